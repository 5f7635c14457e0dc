"""Held-out entity-resolution benchmark: supporting-industry suppliers of the new Phú Thọ province.

ALL DATA IS SYNTHETIC.  Every firm name is a random combination of syllables or words, every tax code,
phone number, lot number, supplier number and person is drawn at random.  Only the place names (provinces,
old districts and communes, industrial parks, craft villages) are real, and the old-commune -> new-commune
mapping is an approximation good enough for a benchmark, not an authoritative gazetteer.

Scenario
--------
On 1 July 2025 old Phú Thọ, old Vĩnh Phúc and old Hòa Bình were merged into the new Phú Thọ province, the
district level was abolished and communes/wards were merged and renamed (e.g. phường Khai Quang, TP Vĩnh Yên,
tỉnh Vĩnh Phúc -> phường Vĩnh Phúc, tỉnh Phú Thọ; thị trấn Hương Canh, huyện Bình Xuyên -> xã Bình Xuyên).
The Department of Industry and Trade compiles one register of supporting-industry (CNHT) suppliers of the
Japanese car assembler and the Japanese motorbike assembler in Vĩnh Phúc and of the electronics firms, out of
the lists below.  Each record is one row of one list; ``truth`` is the enterprise behind it.

Entities: Japanese FDI suppliers, other FDI (Korean "... Vina", Chinese/Taiwanese "... (Vietnam)"),
domestic companies (TNHH / TNHH MTV / Cổ phần) and household workshops, cooperatives and private enterprises
(hộ kinh doanh / cơ sở, HTX, DNTN) in craft villages.  Parks: Khai Quang, Bình Xuyên, Bình Xuyên II,
Bá Thiện, Bá Thiện II, Tam Dương, Thăng Long Vĩnh Phúc, Chấn Hưng, Sơn Lôi (old Vĩnh Phúc); Thụy Vân, Phú Hà,
Trung Hà, Cẩm Khê (old Phú Thọ); Lương Sơn, Bờ trái Sông Đà, Nam Lương Sơn (old Hòa Bình).

Sources and their habits
------------------------
``tax``        provincial tax office extract.  Full legal Vietnamese name in capitals, clean 10-digit tax code
               (13-digit ``2500123456-002`` for a branch), full address (about 30% still with the pre-merger
               commune/district/province), registered phone: company landline, director's mobile or, for many
               small firms, the phone of the accounting-service office that files their returns (shared).
``asm_car``    the car assembler's supplier list: English names in capitals ("VIETNAM OHNO SEIKO CO.,LTD",
               "NAKAMURA SEIKO (VIETNAM) CO., LTD", "MINH PHAT MECHANICAL JSC"), romaji variants
               (Ohno/Ono/Oono, Shou/Sho, Kogyo/Kougyou), supplier numbers glued to the name ("[S10234] ..."),
               English addresses ("Lot CN3-2, Binh Xuyen IZ, Vinh Phuc"), international phone formats.
``asm_moto``   the motorbike assembler's list: Japanese suppliers in katakana/kanji ("ナカムラ精工ベトナム有限会社",
               "ベトナム・オオノ精工") or romaji, Vietnamese suppliers in unaccented capitals
               ("CONG TY TNHH CO KHI MINH PHAT"), Japanese or unaccented addresses, "No.1234" supplier numbers.
``park``       tenant lists of the park management boards: "Cty TNHH ...", lots "Lô CN3-2", park abbreviations
               "KCN BX" or English "Binh Xuyen IZ"; the phone is often the park's own hotline (shared).
``cnht_old``   the CNHT programme's lists typed by officers before 2025: old province and district names,
               old 11-digit mobiles (0166..., 0123...), "MST: ..." or spaced or mistyped tax codes, unaccented
               words typed with Telex left on ("Phats"), old tone placement ("Hoà"), names before a rename,
               TNHH before the conversion to Cổ phần, Phú Thọ addresses of firms that later moved, Japanese
               firms written with a Vietnamese translation of their name ("Cơ khí chính xác Nakamura Việt Nam").
``training``   CNHT training-course attendee sheets: the company as written by the participant -- brand only,
               lower case, a person's name or title glued in ("Anh Tuấn - Cty Minh Phát"), personal mobiles,
               rarely an address (just "Bình Xuyên" or "KCN Khai Quang") or a tax code.
``stats``      provincial statistics office's enterprise survey: names cut at a fixed width of 40 characters,
               Excel-mangled tax codes ("2.50123E+09"), leading zeros lost (tax codes from Hà Nội "01...",
               phones "912345678"), the VSIC code sometimes in the tax-code column, survey-style addresses.
``household``  commune / craft-village registers of hộ kinh doanh, cơ sở, HTX and DNTN: short common names
               ("Cơ sở cơ khí Hùng Lan"), the owner's name, the owner's mobile, personal tax codes (8...).

Hard cases (tags in ``labelled``; the first tag of a record is ``src:<source>``)
--------------------------------------------------------------------------------
Entity-level tags, put on every record of the entity: ``same_name`` (two different enterprises with the same
name in different parks -- or two households with the same short name in different villages: different truth),
``branch`` / ``parent`` (a branch with its own 13-digit code ``<parent>-00k`` is its OWN entity: it is a
separately registered dependent unit with its own address and phone; branch records always carry a branch
marker in the name; records of the parent company are the parent), ``renamed`` (new name, same tax code),
``tnhh_to_cp`` (converted from TNHH to Cổ phần, same tax code), ``moved`` (moved from a Phú Thọ park to a
Vĩnh Phúc park; keeps its 26... tax code), ``outside_tax`` (FDI registered elsewhere first: tax code 01/23/...).
Record-level tags: ``old_name``, ``old_form``, ``old_location`` (the record shows the state before the change),
``old_address``, ``old_mobile``, ``old_landline``, ``shared_phone_park``, ``shared_phone_accounting``,
``jp_translated``, ``katakana``, ``romaji_variant``, ``supplier_no``, ``person_in_name``, ``brand_only``,
``name_truncated``, ``telex_typo``, ``old_tone``, ``tax_typo`` (one digit mistyped: the check digit fails),
``tax_spaced``, ``tax_prefixed``, ``tax_excel``, ``tax_lost_zero``, ``vsic_in_tax``, ``phone_lost_zero``.

Realism: records of changed entities that show the old state always keep either the tax code or the
director's mobile, so a human with the rows side by side can decide nearly every true pair.  Tax codes follow
the mod-11 rule (weights 31,29,23,19,17,13,7,5,3; check = 10 - sum mod 11, a 10 is never issued).

Interface: ``records(n, seed)``, ``labelled(n, seed)``, ``main(argv)``; ``python gen_phutho.py N [SEED]``.
Python standard library only; deterministic for a given (n, seed).
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata

__all__ = ["SOURCES", "labelled", "main", "records", "tax_check_digit"]

SOURCES = ("tax", "asm_car", "asm_moto", "park", "cnht_old", "training", "stats", "household")
_SRC_TAG = {s: "src:" + s for s in SOURCES}

# --------------------------------------------------------------------------------------------------------
# tax codes

_TAX_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_check_digit(first9: str) -> int | None:
    """Check digit for the first nine digits of a Vietnamese tax code, or None when 10 (never issued)."""
    s = 0
    for w, c in zip(_TAX_W, first9, strict=True):
        s += w * (ord(c) - 48)
    c = 10 - s % 11
    return None if c == 10 else c


def _mistype(rng: random.Random, code10: str) -> str:
    i = rng.randrange(10)
    d = str((int(code10[i]) + rng.randrange(1, 10)) % 10)
    return code10[:i] + d + code10[i + 1:]


# --------------------------------------------------------------------------------------------------------
# text helpers


def _build_fold() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[cp] = base
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    return table


_FOLD = _build_fold()
_TONE_LETTER = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_OLD_TONE = (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("ụy", "uỵ"),
             ("ủy", "uỷ"), ("úy", "uý"), ("òe", "oè"), ("óe", "oé"), ("Hòa", "Hoà"))


def fold(s: str) -> str:
    """Strip Vietnamese diacritics (đ -> d)."""
    return s.translate(_FOLD)


def _telex(word: str) -> str:
    """The word as typed with the Vietnamese input method switched off: 'Phát' -> 'Phats'."""
    tone = ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TONE_LETTER:
            tone = _TONE_LETTER[ch]
    return fold(word) + tone


def _old_tone(s: str) -> str:
    for a, b in _OLD_TONE:
        if a in s:
            s = s.replace(a, b)
    return s


def _has_old_tone_target(s: str) -> bool:
    return any(a in s for a, _ in _OLD_TONE)


# --------------------------------------------------------------------------------------------------------
# places

_PROV = {  # code: (Vietnamese, English, Japanese, landline area code)
    "VP": ("Vĩnh Phúc", "Vinh Phuc", "ヴィンフック省", "0211"),
    "PT": ("Phú Thọ", "Phu Tho", "フート省", "0210"),
    "HB": ("Hòa Bình", "Hoa Binh", "ホアビン省", "0218"),
    "HN": ("Hà Nội", "Hanoi", "ハノイ市", "024"),
}
_CTYPE_ABBR = {"phường": "P.", "xã": "X.", "thị trấn": "TT", "thành phố": "TP", "huyện": "H.", "thị xã": "TX",
               "quận": "Q."}
_CTYPE_EN = {"phường": "Ward", "xã": "Commune", "thị trấn": "Town", "thành phố": "City", "huyện": "District",
             "thị xã": "Town", "quận": "District"}

# key: (old commune type, old commune, old district type, old district, province, new type, new commune,
#       urban, streets)
_LOC = {
    "khai_quang": ("phường", "Khai Quang", "thành phố", "Vĩnh Yên", "VP", "phường", "Vĩnh Phúc", True,
                   ("Mê Linh", "Nguyễn Tất Thành", "Lam Sơn", "Tôn Đức Thắng")),
    "lien_bao": ("phường", "Liên Bảo", "thành phố", "Vĩnh Yên", "VP", "phường", "Vĩnh Phúc", True,
                 ("Hùng Vương", "Lý Thái Tổ", "Chiền", "Nguyễn Chí Thanh")),
    "dong_tam": ("phường", "Đồng Tâm", "thành phố", "Vĩnh Yên", "VP", "phường", "Vĩnh Yên", True,
                 ("Lạc Long Quân", "Nguyễn Tất Thành", "Trần Phú")),
    "hung_vuong_py": ("phường", "Hùng Vương", "thành phố", "Phúc Yên", "VP", "phường", "Phúc Yên", True,
                      ("Hai Bà Trưng", "Trần Phú", "Nguyễn Văn Linh")),
    "xuan_hoa": ("phường", "Xuân Hòa", "thành phố", "Phúc Yên", "VP", "phường", "Xuân Hòa", True,
                 ("Nguyễn Văn Linh", "Xuân Hòa", "Lê Quang Đạo")),
    "huong_canh": ("thị trấn", "Hương Canh", "huyện", "Bình Xuyên", "VP", "xã", "Bình Xuyên", False, ()),
    "son_loi": ("xã", "Sơn Lôi", "huyện", "Bình Xuyên", "VP", "xã", "Xuân Lãng", False, ()),
    "tam_hop": ("xã", "Tam Hợp", "huyện", "Bình Xuyên", "VP", "xã", "Xuân Lãng", False, ()),
    "thanh_lang": ("thị trấn", "Thanh Lãng", "huyện", "Bình Xuyên", "VP", "xã", "Xuân Lãng", False, ()),
    "ba_hien": ("xã", "Bá Hiến", "huyện", "Bình Xuyên", "VP", "xã", "Bình Nguyên", False, ()),
    "thien_ke": ("xã", "Thiện Kế", "huyện", "Bình Xuyên", "VP", "xã", "Bình Tuyền", False, ()),
    "te_lo": ("xã", "Tề Lỗ", "huyện", "Yên Lạc", "VP", "xã", "Tề Lỗ", False, ()),
    "yen_lac": ("thị trấn", "Yên Lạc", "huyện", "Yên Lạc", "VP", "xã", "Yên Lạc", False, ()),
    "kim_long": ("xã", "Kim Long", "huyện", "Tam Dương", "VP", "xã", "Hội Thịnh", False, ()),
    "chan_hung": ("xã", "Chấn Hưng", "huyện", "Vĩnh Tường", "VP", "xã", "Vĩnh Tường", False, ()),
    "ly_nhan": ("xã", "Lý Nhân", "huyện", "Vĩnh Tường", "VP", "xã", "Vĩnh Hưng", False, ()),
    "an_tuong": ("xã", "An Tường", "huyện", "Vĩnh Tường", "VP", "xã", "Vĩnh An", False, ()),
    "thuy_van": ("xã", "Thụy Vân", "thành phố", "Việt Trì", "PT", "phường", "Thanh Miếu", False, ()),
    "gia_cam": ("phường", "Gia Cẩm", "thành phố", "Việt Trì", "PT", "phường", "Việt Trì", True,
                ("Hùng Vương", "Châu Phong", "Trần Phú", "Nguyễn Tất Thành")),
    "nong_trang": ("phường", "Nông Trang", "thành phố", "Việt Trì", "PT", "phường", "Nông Trang", True,
                   ("Hùng Vương", "Nguyễn Du", "Kim Đồng")),
    "ha_loc": ("xã", "Hà Lộc", "thị xã", "Phú Thọ", "PT", "phường", "Phú Thọ", False, ()),
    "lam_thao": ("thị trấn", "Lâm Thao", "huyện", "Lâm Thao", "PT", "xã", "Lâm Thao", False, ()),
    "son_vi": ("xã", "Sơn Vi", "huyện", "Lâm Thao", "PT", "xã", "Phùng Nguyên", False, ()),
    "thuong_nong": ("xã", "Thượng Nông", "huyện", "Tam Nông", "PT", "xã", "Tam Nông", False, ()),
    "phuong_xa": ("xã", "Phương Xá", "huyện", "Cẩm Khê", "PT", "xã", "Cẩm Khê", False, ()),
    "phong_chau": ("thị trấn", "Phong Châu", "huyện", "Phù Ninh", "PT", "xã", "Phù Ninh", False, ()),
    "hoa_son": ("xã", "Hòa Sơn", "huyện", "Lương Sơn", "HB", "xã", "Lương Sơn", False, ()),
    "thanh_lap": ("xã", "Thành Lập", "huyện", "Lương Sơn", "HB", "xã", "Liên Sơn", False, ()),
    "nhuan_trach": ("xã", "Nhuận Trạch", "huyện", "Lương Sơn", "HB", "xã", "Cao Dương", False, ()),
    "huu_nghi": ("phường", "Hữu Nghị", "thành phố", "Hòa Bình", "HB", "phường", "Hòa Bình", True,
                 ("Cù Chính Lan", "Trần Hưng Đạo", "An Dương Vương")),
    "thinh_lang": ("phường", "Thịnh Lang", "thành phố", "Hòa Bình", "HB", "phường", "Tân Hòa", True,
                   ("Trương Hán Siêu", "Lê Thánh Tông")),
    "cau_giay": ("phường", "Dịch Vọng Hậu", "quận", "Cầu Giấy", "HN", "phường", "Cầu Giấy", True,
                 ("Duy Tân", "Trần Thái Tông", "Xuân Thủy")),
    "my_dinh": ("phường", "Mỹ Đình 1", "quận", "Nam Từ Liêm", "HN", "phường", "Từ Liêm", True,
                ("Lê Đức Thọ", "Nguyễn Cơ Thạch", "Lê Quang Đạo")),
}
_LOC_LOCAL = tuple(k for k, v in _LOC.items() if v[4] != "HN")
_LOC_URBAN = tuple(k for k in _LOC_LOCAL if _LOC[k][7])
_LOC_RURAL = tuple(k for k in _LOC_LOCAL if not _LOC[k][7])
_LOC_HN = ("cau_giay", "my_dinh")
# craft villages: (locality, village, trades)
_CRAFT = (
    ("ly_nhan", "Lý Nhân", ("rèn", "cơ khí", "gò hàn")),
    ("thanh_lang", "Thanh Lãng", ("mộc", "cơ khí", "đúc")),
    ("an_tuong", "Bích Chu", ("mộc", "sơn")),
    ("te_lo", "Tề Lỗ", ("cơ khí", "tiện", "gò hàn")),
    ("huong_canh", "Hương Canh", ("gốm", "cơ khí")),
    ("son_vi", "Sơn Vi", ("cơ khí", "nhựa")),
    ("phuong_xa", "Phương Xá", ("cơ khí", "may")),
    ("yen_lac", "Đông Lỗ", ("cơ khí", "xi mạ")),
)

# key: (name, abbreviation, English, Japanese, locality, lot style, weight, weight for Japanese firms)
_PARKS = {
    "KQ": ("Khai Quang", "KQ", "Khai Quang", "カイクアン", "khai_quang", 0, 3.0, 3.0),
    "BX": ("Bình Xuyên", "BX", "Binh Xuyen", "ビンスエン", "huong_canh", 1, 3.0, 3.0),
    "BX2": ("Bình Xuyên II", "BX II", "Binh Xuyen II", "ビンスエンII", "ba_hien", 2, 1.5, 1.5),
    "BT": ("Bá Thiện", "BT", "Ba Thien", "バーティエン", "thien_ke", 3, 2.0, 2.0),
    "BT2": ("Bá Thiện II", "BT II", "Ba Thien II", "バーティエンII", "thien_ke", 4, 1.2, 1.0),
    "TD": ("Tam Dương", "TD", "Tam Duong", "タムズオン", "kim_long", 0, 1.0, 0.8),
    "TLVP": ("Thăng Long Vĩnh Phúc", "TLVP", "Thang Long Vinh Phuc", "タンロン・ヴィンフック", "tam_hop", 1, 2.0, 4.0),
    "CH": ("Chấn Hưng", "CH", "Chan Hung", "チャンフン", "chan_hung", 2, 1.0, 0.5),
    "SL": ("Sơn Lôi", "SL", "Son Loi", "ソンロイ", "son_loi", 3, 1.0, 0.5),
    "TV": ("Thụy Vân", "TV", "Thuy Van", "トゥイヴァン", "thuy_van", 4, 2.0, 0.6),
    "PH": ("Phú Hà", "PH", "Phu Ha", "フーハー", "ha_loc", 0, 1.5, 0.5),
    "TH": ("Trung Hà", "TH", "Trung Ha", "チュンハー", "thuong_nong", 2, 1.0, 0.3),
    "CK": ("Cẩm Khê", "CK", "Cam Khe", "カムケー", "phuong_xa", 3, 0.7, 0.2),
    "LS": ("Lương Sơn", "LS", "Luong Son", "ルオンソン", "hoa_son", 1, 1.2, 0.6),
    "BTSD": ("Bờ trái Sông Đà", "BTSĐ", "Song Da Left Bank", "ソンダー川左岸", "huu_nghi", 4, 0.8, 0.2),
    "NLS": ("Nam Lương Sơn", "NLS", "Nam Luong Son", "南ルオンソン", "thanh_lap", 0, 0.8, 0.3),
}
_PARK_KEYS = tuple(_PARKS)
_PARK_W = tuple(v[6] for v in _PARKS.values())
_PARK_W_JP = tuple(v[7] for v in _PARKS.values())
_PARKS_VP = tuple(k for k, v in _PARKS.items() if _LOC[v[4]][4] == "VP")
_PARKS_PT = tuple(k for k, v in _PARKS.items() if _LOC[v[4]][4] == "PT")

_VILLAGE_A = ("Đông", "Đoài", "Thượng", "Hạ", "Trung", "Tiền", "Hậu", "Bắc", "Nam", "Tân", "Phú", "Yên")
_VILLAGE_B = ("Đạo", "Xá", "Lai", "Mỹ", "Hội", "Kênh", "Lập", "Thành", "Phong", "Lộc", "Hòa", "Sơn", "Lạc")

# --------------------------------------------------------------------------------------------------------
# names

_VN_A = ("An", "Bảo", "Bình", "Cát", "Chí", "Cường", "Đại", "Đăng", "Đức", "Gia", "Hải", "Hà", "Hòa", "Hoàng",
         "Hồng", "Hùng", "Hưng", "Hữu", "Khánh", "Kim", "Lâm", "Long", "Mạnh", "Minh", "Nam", "Ngọc", "Nhật",
         "Phú", "Phúc", "Phương", "Quang", "Quốc", "Sơn", "Tân", "Thái", "Thành", "Thắng", "Thiên", "Thịnh",
         "Tiến", "Toàn", "Trung", "Trường", "Tuấn", "Việt", "Vĩnh", "Xuân", "Hợp", "Đông", "Kiến", "Mỹ",
         "Lộc", "Vạn", "Thuận", "Huy", "Khải", "Đạt", "Vũ", "Anh", "Tùng")
_VN_B = ("Phát", "Thịnh", "Hưng", "Long", "Đạt", "Thành", "Tiến", "Phúc", "Lộc", "An", "Khang", "Hòa", "Minh",
         "Quang", "Việt", "Nam", "Sơn", "Hà", "Linh", "Dũng", "Cường", "Vượng", "Thái", "Tín", "Nghĩa",
         "Hải", "Phong", "Tài", "Trí", "Đức", "Nhật", "Gia", "Bình", "Thuận", "Huy", "Hoàng", "Khánh", "Kim",
         "Mạnh", "Tâm", "Hàn", "Tuệ")
# (Vietnamese descriptor, English, VSIC)
_DESC = (
    ("Cơ khí", "MECHANICAL", "25920"), ("Cơ khí chính xác", "PRECISION MECHANICAL", "25920"),
    ("Nhựa", "PLASTIC", "22209"), ("Cao su", "RUBBER", "22120"), ("Khuôn mẫu", "MOULD", "25930"),
    ("Điện tử", "ELECTRONICS", "26100"), ("Linh kiện điện tử", "ELECTRONIC COMPONENTS", "26100"),
    ("Dây cáp điện", "ELECTRIC CABLE", "27320"), ("Bao bì", "PACKAGING", "17020"),
    ("Sơn tĩnh điện", "POWDER COATING", "25920"), ("Xi mạ", "PLATING", "25920"), ("Đúc", "CASTING", "24310"),
    ("Kim khí", "HARDWARE", "25990"), ("Sản xuất và Thương mại", "PRODUCTION AND TRADING", "46900"),
    ("Thương mại và Dịch vụ", "TRADING AND SERVICES", "46900"), ("Kỹ thuật", "ENGINEERING", "33120"),
    ("Công nghệ", "TECHNOLOGY", "28290"), ("Thiết bị công nghiệp", "INDUSTRIAL EQUIPMENT", "28190"),
    ("Phụ tùng ô tô xe máy", "AUTO AND MOTORBIKE PARTS", "29300"),
    ("Linh kiện xe máy", "MOTORCYCLE PARTS", "30910"), ("Gia công kim loại", "METAL PROCESSING", "25920"),
    ("Ốc vít", "FASTENER", "25930"), ("In và Bao bì", "PRINTING AND PACKAGING", "18110"),
    ("Lò xo", "SPRING", "25990"), ("Công nghệ cao", "HIGH TECH", "26100"),
)
_HTX_DESC = ("Cơ khí", "Dịch vụ Cơ khí", "Mộc", "Rèn", "Công nghiệp", "Tiểu thủ công nghiệp", "Cơ khí Xây dựng")
_KR_SYL = ("Dae", "Han", "Sam", "Seo", "Jin", "Young", "Sung", "Hyun", "Woo", "Il", "Kwang", "Dong", "Shin",
           "Hwa", "Jung", "Myung", "Kyung", "Bu", "Chang", "Hee", "Won", "Tae", "Yang", "Seung", "Ho", "Min",
           "Gi", "Nam", "Chun", "Ah", "Hyo", "Jae", "Kum", "Pyung", "Soo", "Yoo")
_CN_SYL = ("Hong", "Xin", "Jia", "Fu", "Tai", "Sheng", "Long", "Wei", "Yuan", "Hua", "Ding", "Feng", "Rui",
           "Cheng", "Kai", "Li", "Xiang", "Jin", "Hai", "Bao", "Yi", "De", "Heng", "Da", "Zhong", "Tian",
           "Mei", "Quan", "Lian", "Sen", "Yu", "Kun")
# Japanese family-name morphemes: (romaji variants, katakana, kanji); variant 0 is the usual Hepburn spelling
_JP_MORPH = (
    (("naka",), "ナカ", "中"), (("mura",), "ムラ", "村"), (("yama",), "ヤマ", "山"), (("kawa",), "カワ", "川"),
    (("ta",), "タ", "田"), (("moto",), "モト", "本"), (("shima",), "シマ", "島"), (("hara",), "ハラ", "原"),
    (("mori",), "モリ", "森"), (("no",), "ノ", "野"), (("i",), "イ", "井"), (("kami",), "カミ", "上"),
    (("matsu",), "マツ", "松"), (("take",), "タケ", "竹"), (("fuji",), "フジ", "藤"), (("hashi",), "ハシ", "橋"),
    (("saka",), "サカ", "坂"), (("ishi",), "イシ", "石"), (("o", "oh", "oo"), "オオ", "大"),
    (("sho", "shou", "shoh"), "ショウ", "庄"), (("ko", "kou", "koh"), "コウ", "幸"),
    (("to", "tou", "toh"), "トウ", "東"), (("yu", "yuu"), "ユウ", "友"), (("ryu", "ryuu"), "リュウ", "竜"),
    (("sawa",), "サワ", "沢"), (("kita",), "キタ", "北"), (("nishi",), "ニシ", "西"), (("hira",), "ヒラ", "平"),
    (("uchi",), "ウチ", "内"), (("ike",), "イケ", "池"), (("tani",), "タニ", "谷"), (("maru",), "マル", "丸"),
    (("sugi",), "スギ", "杉"), (("hoshi",), "ホシ", "星"), (("kane",), "カネ", "金"), (("shiba",), "シバ", "芝"),
)
_JP_WORD = (  # stand-alone brand words
    (("tokai", "toukai"), "トウカイ", "東海"), (("chubu", "chuubu"), "チュウブ", "中部"),
    (("kansai",), "カンサイ", "関西"), (("nippon", "nihon"), "ニッポン", "日本"), (("daiichi",), "ダイイチ", "第一"),
    (("sanko", "sankou"), "サンコウ", "三光"), (("kyowa", "kyouwa"), "キョウワ", "協和"),
    (("taiyo", "taiyou"), "タイヨウ", "太陽"), (("asahi",), "アサヒ", "旭"), (("shinwa",), "シンワ", "新和"),
    (("meiwa",), "メイワ", "明和"), (("showa", "shouwa"), "ショウワ", "昭和"),
)
# industry words: (romaji variants, kanji, English, Vietnamese translation)
_JP_IND = (
    (("seiko", "seikou"), "精工", "PRECISION", "Cơ khí chính xác"),
    (("kogyo", "kougyou", "kogyou"), "工業", "INDUSTRIAL", "Công nghiệp"),
    (("denki",), "電機", "ELECTRIC", "Điện cơ"), (("denshi",), "電子", "ELECTRONICS", "Điện tử"),
    (("giken",), "技研", "ENGINEERING", "Kỹ thuật"), (("gomu",), "ゴム", "RUBBER", "Cao su"),
    (("jushi",), "樹脂", "PLASTICS", "Nhựa"), (("hatsujo", "hatsujou"), "発条", "SPRING", "Lò xo"),
    (("tekko", "tekkou"), "鉄工", "IRON WORKS", "Cơ khí"), (("kasei",), "化成", "CHEMICAL", "Hóa chất"),
    (("kanagata",), "金型", "MOLD", "Khuôn mẫu"), (("seimitsu",), "精密", "PRECISION", "Chính xác"),
    (("densen",), "電線", "WIRE", "Dây điện"), (("toso", "tosou"), "塗装", "COATING", "Sơn phủ"),
    (("mekki",), "メッキ", "PLATING", "Xi mạ"), (("buhin",), "部品", "PARTS", "Linh kiện"),
    (("seisakusho",), "製作所", "MANUFACTURING", "Chế tạo"),
)
_SURNAME = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Lý", "Phan",
            "Trịnh", "Đào", "Kiều", "Tạ", "Hà", "Lưu", "Chu", "Nguyễn", "Trần", "Nguyễn")
_MID_M = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân", "Mạnh", "Công", "Tiến", "Văn", "Văn")
_MID_F = ("Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Thị", "Thị")
_GIVEN_M = ("Hùng", "Tuấn", "Dũng", "Hải", "Long", "Nam", "Sơn", "Thắng", "Cường", "Bình", "Quân", "Hưng",
            "Toàn", "Khánh", "Phong", "Trung", "Đức", "Vinh", "Tú", "Hiếu", "Lâm", "Thành")
_GIVEN_F = ("Lan", "Hoa", "Hương", "Mai", "Hằng", "Thủy", "Nga", "Linh", "Trang", "Huyền", "Yến", "Hạnh",
            "Dung", "Phượng", "Loan", "Thảo", "Vân", "Oanh")
_ROLES = ("KT", "Kế toán", "Phó GĐ", "GĐ", "TP QC", "NV mua hàng", "Trưởng phòng KD", "QLSX", "NV kỹ thuật")

# legal-form renderings
_PFX = {
    "tnhh": ("Công ty TNHH", "Cty TNHH", "Công ty trách nhiệm hữu hạn", "CTy TNHH", "Công Ty TNHH", "C.ty TNHH",
             "Cty. TNHH", "Công ty TNHH"),
    "mtv": ("Công ty TNHH MTV", "Công ty TNHH một thành viên", "Công ty trách nhiệm hữu hạn một thành viên",
            "Cty TNHH MTV", "Cty TNHH 1TV", "Công ty TNHH 1 thành viên", "Công ty TNHH", "Cty TNHH"),
    "cp": ("Công ty Cổ phần", "Công ty CP", "CTCP", "Cty CP", "Cty Cổ phần", "Công ty cổ phần", "C.ty CP"),
    "dntn": ("Doanh nghiệp tư nhân", "DNTN", "DN tư nhân", "Doanh nghiệp TN"),
    "htx": ("Hợp tác xã", "HTX", "H.T.X"),
}
_PFX_LEGAL = {
    "tnhh": ("CÔNG TY TNHH", "CÔNG TY TRÁCH NHIỆM HỮU HẠN"),
    "mtv": ("CÔNG TY TNHH MỘT THÀNH VIÊN", "CÔNG TY TNHH MTV", "CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN"),
    "cp": ("CÔNG TY CỔ PHẦN",), "dntn": ("DOANH NGHIỆP TƯ NHÂN",), "htx": ("HỢP TÁC XÃ",),
}
_PFX_SURVEY = {
    "tnhh": ("CTY TNHH", "CÔNG TY TNHH"), "mtv": ("CTY TNHH MTV", "CÔNG TY TNHH MTV", "CTY TNHH MỘT THÀNH VIÊN"),
    "cp": ("CTY CP", "CÔNG TY CP", "CTCP", "CÔNG TY CỔ PHẦN"), "dntn": ("DNTN", "DOANH NGHIỆP TN"),
    "htx": ("HTX", "HỢP TÁC XÃ"),
}
_SFX_EN = {
    "tnhh": ("CO.,LTD", "CO., LTD", "COMPANY LIMITED", "CO., LTD.", "CO.LTD", "LIMITED COMPANY"),
    "mtv": ("ONE MEMBER CO.,LTD", "ONE MEMBER COMPANY LIMITED", "CO.,LTD", "COMPANY LIMITED", "CO., LTD"),
    "cp": ("JSC", "JOINT STOCK COMPANY", "J.S.C", "JOINT-STOCK COMPANY", "CORPORATION"),
    "dntn": ("PRIVATE ENTERPRISE", "PRIVATE ENT."), "htx": ("COOPERATIVE", "CO-OPERATIVE"),
}
_SFX_TITLE = {
    "tnhh": ("Co., Ltd", "Co., Ltd.", "Company Limited", "Co.,Ltd"),
    "mtv": ("One Member Co., Ltd", "Co., Ltd", "One Member Company Limited"),
    "cp": ("JSC", "Joint Stock Company", "Corporation"), "dntn": ("Private Enterprise",), "htx": ("Cooperative",),
}

# --------------------------------------------------------------------------------------------------------
# phones

_MOB_OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
            "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
            "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
            "056": "0186", "058": "0188", "059": "0199"}
_MOB_OLD_KEYS = tuple(_MOB_OLD)
_MOB_NEW_ONLY = ("086", "096", "097", "098", "089", "090", "093", "088", "091", "094", "092", "099", "087")
_VSIC_NOISE = ("25920", "22209", "26100", "29300", "30910", "2592", "C2592", "25930")

# --------------------------------------------------------------------------------------------------------
# sources

_ERA_OLD = {"tax": 0.0, "asm_car": 0.45, "asm_moto": 0.45, "park": 0.3, "cnht_old": 1.0, "training": 0.45,
            "stats": 0.7, "household": 0.55}
_STALE_ADDR = {"tax": 0.3, "asm_car": 0.5, "asm_moto": 0.5, "park": 0.35, "cnht_old": 1.0, "training": 0.5,
               "stats": 0.3, "household": 0.4}
_SRC_W = {  # relative source weights per entity kind
    "jp": {"tax": 2.0, "asm_car": 2.6, "asm_moto": 2.6, "park": 2.4, "cnht_old": 1.4, "training": 1.0,
           "stats": 1.2},
    "fdi": {"tax": 2.5, "asm_car": 0.8, "asm_moto": 1.0, "park": 3.0, "cnht_old": 1.2, "training": 1.0,
            "stats": 1.6},
    "vn": {"tax": 3.0, "asm_car": 0.4, "asm_moto": 0.7, "park": 1.2, "cnht_old": 2.0, "training": 2.2,
           "stats": 2.0},
    "hh": {"tax": 0.8, "cnht_old": 1.2, "training": 1.5, "stats": 1.4, "household": 4.0},
}
_SRC_W_OUTSIDE = {"asm_car": 2.0, "asm_moto": 2.0, "cnht_old": 1.0, "training": 0.5}
# cluster sizes: (size, weight); size 0 means "large" (5..15)
_SIZE_W = {
    "jp": ((1, 0.26), (2, 0.22), (3, 0.14), (4, 0.09), (0, 0.29)),
    "fdi": ((1, 0.42), (2, 0.25), (3, 0.12), (4, 0.07), (0, 0.14)),
    "vn": ((1, 0.66), (2, 0.19), (3, 0.07), (4, 0.035), (0, 0.05)),
    "hh": ((1, 0.74), (2, 0.17), (3, 0.06), (4, 0.02), (0, 0.01)),
}
_LARGE = tuple(range(5, 16))
_LARGE_W = tuple(1.0 / (k - 3.5) for k in _LARGE)
_KIND_W = (("jp", 0.10), ("fdi", 0.12), ("vn", 0.48), ("hh", 0.30))
_OUTSIDE_PFX = ("01", "01", "01", "03", "02", "23", "08", "24", "46")
_PROV_TAX = {"VP": "25", "PT": "26", "HB": "54", "HN": "01"}


class _Ent:
    __slots__ = ("truth", "kind", "ident", "old_ident", "form", "old_form", "loc", "old_loc", "tax",
                 "landline", "old_landline", "mobile", "staff", "acct", "sup_car", "sup_moto", "parent",
                 "branch_no", "etags", "changed")

    def __init__(self) -> None:
        self.old_ident = None
        self.old_form = None
        self.old_loc = None
        self.tax = ""
        self.landline = None
        self.old_landline = None
        self.staff = ()
        self.acct = None
        self.sup_car = ""
        self.sup_moto = ""
        self.parent = None
        self.branch_no = 0
        self.etags = ()
        self.changed = False


def _weighted(pairs):
    keys = tuple(p[0] for p in pairs)
    cum = []
    t = 0.0
    for p in pairs:
        t += p[1]
        cum.append(t)
    return keys, tuple(cum)


_KIND_KEYS, _KIND_CUM = _weighted(_KIND_W)
_SIZE_TAB = {k: _weighted(v) for k, v in _SIZE_W.items()}


class _Gen:
    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n = n
        self.used_tax: set[str] = set()
        self.used_phone: set[str] = set()
        self.used_name: set = set()
        self.used_sup: set[str] = set()
        self.n_ent = 0
        rng = self.rng
        self.hotline = {}
        for k, p in _PARKS.items():
            self.hotline[k] = self._landline(_LOC[p[4]][4])
        n_acct = max(2, n // 1500)
        self.acct_offices = {}
        for prov in ("VP", "PT", "HB"):
            self.acct_offices[prov] = [self._landline(prov) if rng.random() < 0.5 else ("m", self._mobile())
                                       for _ in range(n_acct)]

    # ---- identifiers
    def _tax(self, prefix: str) -> str:
        rng = self.rng
        while True:
            body = prefix + "".join(rng.choices("0123456789", k=9 - len(prefix)))
            c = tax_check_digit(body)
            if c is None:
                continue
            code = body + str(c)
            if code not in self.used_tax:
                self.used_tax.add(code)
                return code

    def _mobile(self) -> str:
        rng = self.rng
        while True:
            pfx = rng.choice(_MOB_OLD_KEYS) if rng.random() < 0.55 else rng.choice(_MOB_NEW_ONLY)
            num = pfx + "".join(rng.choices("0123456789", k=7))
            if num not in self.used_phone:
                self.used_phone.add(num)
                return num

    def _landline(self, prov: str) -> tuple:
        rng = self.rng
        area = _PROV[prov][3]
        while True:
            if prov == "HN":
                sub = rng.choice("3367") + "".join(rng.choices("0123456789", k=7))
            else:
                sub = rng.choice("33336628") + "".join(rng.choices("0123456789", k=6))
            if area + sub not in self.used_phone:
                self.used_phone.add(area + sub)
                return ("l", area, sub)

    def _person(self) -> tuple[str, str, bool]:
        rng = self.rng
        male = rng.random() < 0.6
        given = rng.choice(_GIVEN_M if male else _GIVEN_F)
        full = f"{rng.choice(_SURNAME)} {rng.choice(_MID_M if male else _MID_F)} {given}"
        return full, given, male

    # ---- identities (name material)
    def _ident(self, kind: str, sub: str = "") -> tuple:
        rng = self.rng
        for _ in range(1000):
            if kind == "vn" or sub in ("dntn", "htx"):
                r = rng.random()
                if r < 0.6:
                    brand = f"{rng.choice(_VN_A)} {rng.choice(_VN_B)}"
                elif r < 0.85:
                    brand = f"{rng.choice(_VN_A)} {rng.choice(_VN_B)} {rng.choice(_VN_B)}"
                else:
                    brand = "".join(rng.choices("ABCDHKLMNPQSTV", k=rng.choice((2, 3, 3))))
                if sub == "htx":
                    desc = rng.randrange(len(_HTX_DESC))
                else:
                    desc = rng.randrange(len(_DESC)) if rng.random() < 0.72 else -1
                ident = ("vn" if not sub else sub, brand, desc)
                key = ident
            elif kind == "fdi":
                if sub == "kr":
                    syl = rng.sample(_KR_SYL, 3 if rng.random() < 0.3 else 2)
                else:
                    syl = rng.sample(_CN_SYL, 3 if rng.random() < 0.2 else 2)
                brand = syl[0] + "".join(s.lower() for s in syl[1:])
                desc = rng.randrange(len(_DESC)) if (sub != "kr" or rng.random() < 0.5) else -1
                ident = ("fdi", brand, desc, sub)
                key = ("fdi", brand, desc)
            elif kind == "jp":
                r = rng.random()
                if r < 0.1:
                    fam = (rng.choice(_JP_WORD),)
                else:
                    fam = tuple(rng.sample(_JP_MORPH, 3 if r > 0.85 else 2))
                canon = tuple(0 if (len(m[0]) == 1 or rng.random() < 0.8) else rng.randrange(len(m[0]))
                              for m in fam)
                ind = rng.choice(_JP_IND)
                icanon = 0 if len(ind[0]) == 1 or rng.random() < 0.85 else rng.randrange(len(ind[0]))
                ident = ("jp", fam, canon, ind, icanon)
                key = ("jp", "".join(m[1] for m in fam), ind[1])
            else:  # household
                owner, given, male = self._person()
                if rng.random() < 0.6:
                    other = rng.choice(_GIVEN_F if male else _GIVEN_M)
                    short = f"{given} {other}" if male else f"{other} {given}"
                else:
                    short = given
                ident = ("hkd", owner, short, None, male)
                key = None
            if key is None or key not in self.used_name:
                if key is not None:
                    self.used_name.add(key)
                return ident
        raise RuntimeError("name space exhausted")  # pragma: no cover

    # ---- locations
    def _detail(self, lk: str) -> tuple:
        rng = self.rng
        L = _LOC[lk]
        if L[7]:
            return ("st", str(rng.randint(1, 480)), rng.choice(L[8]))
        if rng.random() < 0.25:
            return ("vil", rng.choice(("thôn", "xóm", "tổ dân phố")), str(rng.randint(1, 12)))
        return ("vil", rng.choice(("thôn", "thôn", "xóm", "tổ dân phố")),
                f"{rng.choice(_VILLAGE_A)} {rng.choice(_VILLAGE_B)}")

    def _lot(self, style: int) -> str:
        rng = self.rng
        if style == 0:
            return f"CN{rng.randint(1, 9)}-{rng.randint(1, 12)}"
        if style == 1:
            return f"{rng.choice('ABCDEF')}{rng.randint(1, 30)}"
        if style == 2:
            return f"CN-{rng.randint(1, 40):02d}"
        if style == 3:
            return f"{rng.choice('ABCDEFGH')}{rng.randint(1, 9)}-{rng.randint(1, 6)}"
        return str(rng.randint(1, 80))

    def _park_loc(self, park: str) -> tuple:
        p = _PARKS[park]
        return (park, self._lot(p[5]), p[4], None)

    def _pick_park(self, jp: bool = False, among: tuple | None = None) -> str:
        rng = self.rng
        if among is not None:
            return rng.choice(among)
        return rng.choices(_PARK_KEYS, weights=_PARK_W_JP if jp else _PARK_W)[0]

    @staticmethod
    def _prov(loc: tuple) -> str:
        return _LOC[loc[2]][4]

    # ---- entities
    def _new(self, kind: str, sub: str = "") -> _Ent:
        rng = self.rng
        e = _Ent()
        self.n_ent += 1
        e.truth = f"PT{self.n_ent:07d}"
        e.kind = kind
        e.ident = self._ident(kind, sub)
        if kind == "jp":
            e.form = "cp" if rng.random() < 0.08 else ("mtv" if rng.random() < 0.35 else "tnhh")
        elif kind == "fdi":
            e.form = "cp" if rng.random() < 0.05 else ("mtv" if rng.random() < 0.4 else "tnhh")
        elif kind == "vn":
            r = rng.random()
            e.form = "tnhh" if r < 0.4 else ("mtv" if r < 0.7 else "cp")
        else:
            e.form = sub
        # location
        if kind == "jp":
            e.loc = self._park_loc(self._pick_park(jp=True)) if rng.random() < 0.95 else None
        elif kind == "fdi":
            e.loc = self._park_loc(self._pick_park()) if rng.random() < 0.9 else None
        elif kind == "vn":
            e.loc = self._park_loc(self._pick_park()) if rng.random() < 0.35 else None
        else:
            e.loc = None
        if e.loc is None:
            if kind == "hh":
                if rng.random() < 0.65:
                    c = rng.choice(_CRAFT)
                    lk = c[0]
                    det = ("vil", "thôn", c[1]) if rng.random() < 0.5 else self._detail(lk)
                    if sub == "hkd":
                        e.ident = ("hkd", e.ident[1], e.ident[2], rng.choice(c[2]), e.ident[4])
                else:
                    lk = rng.choice(_LOC_RURAL)
                    det = self._detail(lk)
                if sub == "hkd" and e.ident[3] is None:
                    trade = rng.choice(("cơ khí", "cơ khí", "tiện", "gò hàn", "nhựa", "đúc", "xi mạ"))
                    e.ident = ("hkd", e.ident[1], e.ident[2], trade, e.ident[4])
            else:
                lk = rng.choice(_LOC_URBAN) if rng.random() < 0.5 else rng.choice(_LOC_RURAL)
                det = self._detail(lk)
            e.loc = (None, None, lk, det)
        prov = self._prov(e.loc)
        # tax code
        if kind in ("jp", "fdi") and rng.random() < 0.15:
            e.tax = self._tax(rng.choice(_OUTSIDE_PFX))
            e.etags = ("outside_tax",)
        elif sub == "hkd":
            e.tax = self._tax(rng.choice(("80", "81", "83", "84"))) if rng.random() < 0.5 else ""
        else:
            e.tax = self._tax(_PROV_TAX[prov])
        # phones
        if kind != "hh" or rng.random() < 0.15:
            e.landline = self._landline(prov)
        e.mobile = self._mobile()
        k = rng.choice((0, 1, 1, 2, 3)) if kind != "hh" else rng.choice((0, 0, 1))
        e.staff = tuple(self._mobile() for _ in range(k))
        if kind in ("vn", "hh") and e.form in ("mtv", "tnhh", "dntn", "htx") and rng.random() < 0.25:
            e.acct = rng.choice(self.acct_offices[prov])
        if kind == "jp" or (kind in ("vn", "fdi") and rng.random() < 0.5):
            e.sup_car = self._sup("S", 6)
            e.sup_moto = self._sup("", 6)
        return e

    def _sup(self, pfx: str, k: int) -> str:
        rng = self.rng
        while True:
            s = pfx + "".join(rng.choices("0123456789", k=k))
            if s not in self.used_sup:
                self.used_sup.add(s)
                return s

    def _size(self, kind: str) -> int:
        keys, cum = _SIZE_TAB[kind]
        s = self.rng.choices(keys, cum_weights=cum)[0]
        if s == 0:
            s = self.rng.choices(_LARGE, weights=_LARGE_W)[0]
        return s

    # ---- groups of entities generated together (hard cases)
    def group(self) -> list[tuple[_Ent, int]]:
        rng = self.rng
        kind = rng.choices(_KIND_KEYS, cum_weights=_KIND_CUM)[0]
        sub = ""
        if kind == "fdi":
            sub = "kr" if rng.random() < 0.55 else "cn"
        elif kind == "hh":
            r = rng.random()
            sub = "hkd" if r < 0.6 else ("htx" if r < 0.75 else "dntn")
        r = rng.random()
        e = self._new(kind, sub)
        out = []
        if kind != "hh" and r < 0.045:  # parent with one or two branches
            e.etags += ("parent",)
            if rng.random() < 0.4:
                lk = rng.choice(_LOC_HN)
                e.loc = (None, None, lk, self._detail(lk))
                e.landline = self._landline("HN")
                if "outside_tax" not in e.etags:
                    self.used_tax.discard(e.tax)
                    e.tax = self._tax("01")
            out.append((e, max(2, self._size(kind))))
            for b in range(rng.choice((1, 1, 2))):
                br = _Ent()
                self.n_ent += 1
                br.truth = f"PT{self.n_ent:07d}"
                br.kind = kind
                br.parent = e
                br.branch_no = b + 1 + (rng.randrange(4) if rng.random() < 0.3 else 0)
                br.ident = e.ident
                br.form = e.form
                if rng.random() < 0.7:
                    br.loc = self._park_loc(self._pick_park(jp=kind == "jp"))
                else:
                    lk = rng.choice(_LOC_LOCAL)
                    br.loc = (None, None, lk, self._detail(lk))
                br.tax = f"{e.tax}-{br.branch_no:03d}"
                br.landline = self._landline(self._prov(br.loc))
                br.mobile = self._mobile()
                br.staff = (self._mobile(),)
                br.sup_car, br.sup_moto = (self._sup("S", 6), self._sup("", 6)) if e.sup_car else ("", "")
                br.etags = ("branch",)
                out.append((br, max(2, self._size(kind))))
            return out
        r -= 0.045
        if r < 0.035 and (kind == "vn" or sub in ("hkd", "dntn")):  # same name, different place
            twin = self._new(kind, sub)
            if sub == "hkd":
                male = e.ident[4]
                owner = (f"{rng.choice(_SURNAME)} {rng.choice(_MID_M if male else _MID_F)} "
                         f"{e.ident[1].rsplit(' ', 1)[1]}")
                twin.ident = ("hkd", owner, e.ident[2], e.ident[3], male)
                c = rng.choice(_CRAFT)
                while c[0] == e.loc[2]:
                    c = rng.choice(_CRAFT)
                twin.loc = (None, None, c[0], ("vil", "thôn", c[1]))
                twin.landline = None
            else:
                twin.ident = e.ident
                pa = self._pick_park()
                pb = self._pick_park()
                while pb == pa:
                    pb = self._pick_park()
                e.loc = self._park_loc(pa)
                twin.loc = self._park_loc(pb)
                for x in (e, twin):
                    self.used_tax.discard(x.tax)
                    x.tax = self._tax(_PROV_TAX[self._prov(x.loc)])
                    x.landline = self._landline(self._prov(x.loc))
            e.etags += ("same_name",)
            twin.etags += ("same_name",)
            return [(e, self._size(kind)), (twin, self._size(kind))]
        r -= 0.035
        size = self._size(kind)
        if kind != "hh":
            if r < 0.03:  # renamed, same tax code
                e.old_ident = self._ident(kind, sub if kind == "fdi" else "")
                e.etags += ("renamed",)
                e.changed = True
            elif r < 0.07 and kind == "vn":  # converted TNHH -> CP
                e.old_form = rng.choice(("tnhh", "mtv"))
                e.form = "cp"
                e.etags += ("tnhh_to_cp",)
                e.changed = True
            elif r < 0.10:  # moved from a Phú Thọ park to a Vĩnh Phúc park
                e.old_loc = self._park_loc(self._pick_park(among=_PARKS_PT))
                e.loc = self._park_loc(self._pick_park(among=_PARKS_VP))
                if "outside_tax" not in e.etags:
                    self.used_tax.discard(e.tax)
                    e.tax = self._tax("26")
                e.old_landline = self._landline("PT")
                e.landline = self._landline("VP")
                e.etags += ("moved",)
                e.changed = True
            if e.changed:
                size = max(size, 2)
        out.append((e, size))
        return out

    # ---- rendering
    def sources_for(self, e: _Ent, k: int) -> list[str]:
        rng = self.rng
        if e.loc[2] in _LOC_HN:
            w = _SRC_W_OUTSIDE
        else:
            w = dict(_SRC_W[e.kind])
            if e.loc[0] is None and e.old_loc is None:
                w.pop("park", None)
            if not e.tax or e.form == "hkd":
                w.pop("tax", None)
            if e.kind == "hh" and e.form == "dntn":
                w["asm_moto"] = 0.15
        keys = tuple(w)
        weights = tuple(w.values())
        srcs = rng.choices(keys, weights=weights, k=k)
        if srcs.count("tax") > 2:
            rest = [x for x in keys if x != "tax"]
            rw = [w[x] for x in rest]
            seen = 0
            for i, s in enumerate(srcs):
                if s == "tax":
                    seen += 1
                    if seen > 2:
                        srcs[i] = rng.choices(rest, weights=rw)[0]
        if e.changed and k >= 2:
            srcs[0] = "cnht_old"
            if srcs[1] in ("cnht_old",):
                srcs[1] = "tax" if "tax" in w else "training"
        return srcs

    def render(self, e: _Ent, src: str, force_new: bool) -> tuple:
        rng = self.rng
        tags = [_SRC_TAG[src]]
        tags.extend(e.etags)
        old = (not force_new) and rng.random() < _ERA_OLD[src]
        ident, form, loc, landline = e.ident, e.form, e.loc, e.landline
        if old:
            if e.old_ident is not None:
                ident = e.old_ident
                tags.append("old_name")
            if e.old_form is not None:
                form = e.old_form
                tags.append("old_form")
            if e.old_loc is not None:
                loc = e.old_loc
                landline = e.old_landline
                tags.append("old_location")
        name = self._name(e, ident, form, src, tags)
        tax = self._tax_field(e, src, tags)
        admin_old = old or rng.random() < _STALE_ADDR[src]
        addr = self._address(e, loc, src, admin_old, tags)
        if old and e.changed and not tax:  # keep one strong identifier on rows showing the old state
            phone = self._fmt_mobile(e.mobile, src, src in ("cnht_old", "household", "stats", "training"), tags)
        else:
            phone = self._phone(e, src, old, landline, loc, tags)
        if src in ("cnht_old", "training", "household") and rng.random() < 0.12:
            if _has_old_tone_target(name) or _has_old_tone_target(addr):
                name, addr = _old_tone(name), _old_tone(addr)
                tags.append("old_tone")
        return name, tax, addr, phone, tags

    # names ---------------------------------------------------------------------------------------------
    def _jp_romaji(self, ident: tuple, vary: float, tags: list) -> tuple[str, str]:
        rng = self.rng
        _, fam, canon, ind, icanon = ident
        parts = []
        varied = False
        for m, c in zip(fam, canon, strict=True):
            if len(m[0]) > 1 and rng.random() < vary:
                v = rng.randrange(len(m[0]))
                varied = varied or v != c
                parts.append(m[0][v])
            else:
                parts.append(m[0][c])
        if len(ind[0]) > 1 and rng.random() < vary:
            v = rng.randrange(len(ind[0]))
            varied = varied or v != icanon
            iw = ind[0][v]
        else:
            iw = ind[0][icanon]
        if varied:
            tags.append("romaji_variant")
        return "".join(parts).capitalize(), iw.capitalize()

    def _name(self, e: _Ent, ident: tuple, form: str, src: str, tags: list) -> str:
        rng = self.rng
        if e.parent is not None:
            return self._branch_name(e, src, tags)
        k = ident[0]
        if k == "jp":
            return self._name_jp(e, ident, form, src, tags)
        if k == "fdi":
            return self._name_fdi(e, ident, form, src, tags)
        if k == "hkd":
            return self._name_hkd(ident, src, tags)
        # vn, dntn, htx
        brand, d = ident[1], ident[2]
        if k == "htx":
            dvi, den = _HTX_DESC[d], fold(_HTX_DESC[d]).upper()
        elif d >= 0:
            dvi, den = _DESC[d][0], _DESC[d][1]
        else:
            dvi, den = "", ""
        core = f"{dvi} {brand}" if dvi else brand
        if src == "tax":
            return f"{rng.choice(_PFX_LEGAL[form])} {core}".upper()
        if src == "stats":
            return self._truncate(f"{rng.choice(_PFX_SURVEY[form])} {core}".upper(), tags)
        if src == "asm_car" or (src == "asm_moto" and rng.random() < 0.4):
            if rng.random() < 0.3:
                s = fold(f"{rng.choice(_PFX_LEGAL[form])} {core}").upper()
            else:
                s = f"{fold(brand).upper()} {den} {rng.choice(_SFX_EN[form])}" if den else \
                    f"{fold(brand).upper()} {rng.choice(_SFX_EN[form])}"
            return self._supplier(e, s, src, tags)
        if src == "asm_moto":
            return self._supplier(e, fold(f"{rng.choice(_PFX_SURVEY[form])} {core}").upper(), src, tags)
        if src == "training":
            return self._short(brand, dvi, rng.choice(_PFX[form]), tags)
        # park, cnht_old, household
        if dvi and rng.random() < 0.25:
            core = brand
        elif dvi and rng.random() < 0.3:
            core = f"{dvi.lower()} {brand}" if k != "htx" else core
        s = f"{rng.choice(_PFX[form])} {core}"
        if src == "cnht_old":
            s = self._typo(s, tags)
        return s

    def _name_jp(self, e: _Ent, ident: tuple, form: str, src: str, tags: list) -> str:
        rng = self.rng
        fam, ind = ident[1], ident[3]
        if src == "tax":
            f, i = self._jp_romaji(ident, 0.0, tags)
            return f"{rng.choice(_PFX_LEGAL[form])} {f} {i} Việt Nam".upper()
        if src == "asm_moto" and rng.random() < 0.6:
            tags.append("katakana")
            kana = "".join(m[1] for m in fam)
            kanji = "".join(m[2] for m in fam)
            kaisha = "株式会社" if form == "cp" else "有限会社"
            t = rng.randrange(5)
            if t == 0:
                s = f"{kana}{ind[1]}ベトナム{kaisha}"
            elif t == 1:
                s = f"ベトナム・{kana}{ind[1]}"
            elif t == 2:
                s = f"{kanji}{ind[1]}（ベトナム）"
            elif t == 3:
                s = f"{kana}{ind[1]}・ベトナム"
            else:
                s = f"{kaisha}{kanji}{ind[1]}ベトナム"
            return self._supplier(e, s, src, tags)
        if src in ("asm_car", "asm_moto"):
            f, i = self._jp_romaji(ident, 0.35, tags)
            F, ind_word = f.upper(), i.upper()
            if rng.random() < 0.2:
                ind_word = ind[2]
            t = rng.randrange(5)
            sfx = rng.choice(_SFX_EN[form])
            if t == 0:
                s = f"{F} {ind_word} VIETNAM {sfx}"
            elif t == 1:
                s = f"VIETNAM {F} {ind_word} {sfx}"
            elif t == 2:
                s = f"{F} {ind_word} (VIETNAM) {sfx}"
            elif t == 3:
                s = f"{F} {ind_word} VIET NAM {sfx}"
            else:
                s = f"{F} {ind_word} VN {sfx}"
            if src == "asm_moto" and rng.random() < 0.5:
                s = f"{f} {ind_word.title()} Vietnam {rng.choice(_SFX_TITLE[form])}"
            return self._supplier(e, s, src, tags)
        if src == "training":
            f, i = self._jp_romaji(ident, 0.4, tags)
            return self._short(f, i, rng.choice(("Cty", "Công ty", "cty TNHH")), tags)
        p_tr = {"cnht_old": 0.35, "park": 0.12, "stats": 0.2}.get(src, 0.0)
        f, i = self._jp_romaji(ident, 0.25 if src == "cnht_old" else 0.1, tags)
        if rng.random() < p_tr:
            tags.append("jp_translated")
            core = f"{ind[3]} {f} Việt Nam"
        elif src == "park" and rng.random() < 0.35:
            return f"{f} {i} Vietnam {rng.choice(_SFX_TITLE[form])}"
        else:
            core = f"{f} {i} {rng.choice(('Việt Nam', 'Việt Nam', 'VN', 'Vietnam'))}"
        if src == "stats":
            return self._truncate(f"{rng.choice(_PFX_SURVEY[form])} {core}".upper(), tags)
        return f"{rng.choice(_PFX[form])} {core}"

    def _name_fdi(self, e: _Ent, ident: tuple, form: str, src: str, tags: list) -> str:
        rng = self.rng
        _, brand, d, sub = ident
        den = _DESC[d][1] if d >= 0 else ""
        dvi = _DESC[d][0] if d >= 0 else ""
        if sub == "kr":
            en_core = f"{brand.upper()} {den} VINA" if den else f"{brand.upper()} VINA"
            vi_core = f"{brand} {den.title()} Vina" if den else f"{brand} Vina"
        else:
            en_core = f"{brand.upper()} {den} {rng.choice(('(VIETNAM)', 'VIETNAM', 'VIET NAM'))}"
            vi_core = f"{dvi} {brand} Việt Nam" if dvi else f"{brand} Việt Nam"
        if src in ("asm_car", "asm_moto"):
            return self._supplier(e, f"{en_core} {rng.choice(_SFX_EN[form])}", src, tags)
        if src == "tax":
            return f"{rng.choice(_PFX_LEGAL[form])} {vi_core}".upper()
        if src == "stats":
            return self._truncate(f"{rng.choice(_PFX_SURVEY[form])} {vi_core}".upper(), tags)
        if src == "training":
            return self._short(brand, "", rng.choice(("Cty", "Công ty")), tags)
        if rng.random() < 0.3:
            return f"{en_core.title()} {rng.choice(_SFX_TITLE[form])}"
        return f"{rng.choice(_PFX[form])} {vi_core}"

    def _name_hkd(self, ident: tuple, src: str, tags: list) -> str:
        rng = self.rng
        _, owner, short, trade, male = ident
        given = owner.rsplit(" ", 1)[1]
        if src == "stats":
            t = rng.random()
            if t < 0.4:
                s = f"HỘ KD {owner}".upper()
            elif t < 0.8:
                s = f"CƠ SỞ {trade} {short}".upper()
            else:
                s = f"CS SX {trade} {short} ({owner})".upper()
            return self._truncate(s, tags)
        if src == "training":
            t = rng.random()
            if t < 0.3:
                return f"cơ sở {trade} {short.lower()}"
            if t < 0.55:
                tags.append("person_in_name")
                return f"{rng.choice(('Anh', 'A.') if male else ('Chị', 'C.'))} {given} - {trade} {short}"
            if t < 0.75:
                return owner
            tags.append("brand_only")
            return f"{trade.capitalize()} {short}"
        t = rng.random()
        if t < 0.25:
            return f"Hộ kinh doanh {owner}"
        if t < 0.4:
            return f"HKD {owner}"
        if t < 0.7:
            return f"Cơ sở {trade} {short}"
        if t < 0.85:
            return f"Xưởng {trade} {short} ({owner})"
        s = f"{trade.capitalize()} {short} - {owner}"
        return self._typo(s, tags) if src == "cnht_old" else s

    def _branch_name(self, e: _Ent, src: str, tags: list) -> str:
        rng = self.rng
        p = e.parent
        pname = self._name(p, p.ident, p.form, src, [])
        prov = self._prov(e.loc)
        pv = _PROV[prov][0]
        park = _PARKS[e.loc[0]][0] if e.loc[0] else ""
        if src == "stats":  # survey width: the marker is abbreviated so that the brand survives the cut
            return self._truncate(f"CN {pname}", tags)
        if src == "tax":
            place = f"KCN {park}" if park and rng.random() < 0.5 else rng.choice((pv, "Phú Thọ"))
            return f"CHI NHÁNH {pname} TẠI {place}".upper()
        if src in ("asm_car", "asm_moto"):
            if any("\u3040" <= ch <= "\u30ff" for ch in pname):
                return f"{pname} {_PROV[prov][2].rstrip('省市')}支店"
            place = fold(park or pv).upper()
            return f"{pname} - {place} BRANCH" if rng.random() < 0.6 else f"{pname} ({place} BRANCH)"
        if src == "training":
            return f"{rng.choice(('CN', 'chi nhánh', 'Chi nhánh'))} {pname}"
        marker = rng.choice(("Chi nhánh", "CN", "Chi nhánh"))
        where = f"tại {park and 'KCN ' + park or pv}" if rng.random() < 0.6 else ""
        return f"{marker} {pname} {where}".rstrip()

    def _short(self, brand: str, extra: str, pfx: str, tags: list) -> str:
        rng = self.rng
        t = rng.random()
        company = brand if rng.random() < 0.6 or not extra else f"{extra} {brand}"
        if t < 0.3:
            tags.append("brand_only")
            return company.lower() if rng.random() < 0.6 else company
        if t < 0.55:
            return f"{rng.choice(('cty', 'Cty', 'công ty', pfx))} {company}".lower()
        if t < 0.85:
            tags.append("person_in_name")
            full, given, male = self._person()
            if rng.random() < 0.5:
                who = f"{rng.choice(('Anh', 'A.') if male else ('Chị', 'C.'))} {given}"
            elif rng.random() < 0.5:
                who = f"{full} ({rng.choice(_ROLES)})"
            else:
                who = rng.choice(_ROLES)
            if rng.random() < 0.7:
                return f"{who} - {rng.choice(('Cty', 'Công ty', 'cty'))} {company}"
            return f"{rng.choice(('Cty', 'Công ty'))} {company} ({who})"
        return self._typo(f"{pfx} {company}", tags, p=0.3)

    def _typo(self, s: str, tags: list, p: float = 0.1) -> str:
        rng = self.rng
        if rng.random() >= p:
            return s
        words = s.split(" ")
        cand = [i for i, w in enumerate(words) if not w.isascii()]
        if not cand:
            return s
        i = rng.choice(cand)
        words[i] = _telex(words[i]) if rng.random() < 0.6 else fold(words[i])
        tags.append("telex_typo")
        return " ".join(words)

    def _supplier(self, e: _Ent, s: str, src: str, tags: list) -> str:
        rng = self.rng
        if rng.random() >= 0.3:
            return s
        if src == "asm_car" and e.sup_car:
            tags.append("supplier_no")
            return f"[{e.sup_car}] {s}" if rng.random() < 0.6 else f"{s} ({e.sup_car})"
        if src == "asm_moto" and e.sup_moto:
            tags.append("supplier_no")
            return f"No.{e.sup_moto} {s}" if rng.random() < 0.5 else f"{s} / No.{e.sup_moto}"
        return s

    def _truncate(self, s: str, tags: list, width: int = 40) -> str:
        if len(s) > width:
            tags.append("name_truncated")
            return s[:width].rstrip()
        return s

    # tax codes -----------------------------------------------------------------------------------------
    def _tax_field(self, e: _Ent, src: str, tags: list) -> str:
        rng = self.rng
        code = e.tax
        if not code:
            return ""
        r = rng.random()
        if src == "tax":
            return code
        if src == "stats":
            if r < 0.06:
                tags.append("vsic_in_tax")
                return rng.choice(_VSIC_NOISE)
            if r > 0.88:
                return ""
            if len(code) == 10 and rng.random() < 0.14:
                tags.append("tax_excel")
                return f"{int(code):.5E}"
            if code[0] == "0" and len(code) == 10 and rng.random() < 0.7:
                tags.append("tax_lost_zero")
                return code.lstrip("0")
            if len(code) == 14 and rng.random() < 0.4:
                return code.replace("-", "")
            return code
        p = {"asm_car": 0.55, "asm_moto": 0.45, "park": 0.4, "cnht_old": 0.7, "training": 0.1,
             "household": 0.5}[src]
        if e.changed and src == "cnht_old":
            p = 0.85
        if r >= p:
            return ""
        p_typo = {"cnht_old": 0.05, "training": 0.06, "household": 0.03, "park": 0.015}.get(src, 0.0)
        if rng.random() < p_typo:
            tags.append("tax_typo")
            code = _mistype(rng, code[:10]) + code[10:]
        base, br = code[:10], code[10:]
        t = rng.random()
        if src in ("cnht_old", "household", "training") and t < 0.2:
            tags.append("tax_spaced")
            base = f"{base[:4]} {base[4:7]} {base[7:]}" if rng.random() < 0.6 else f"{base[:2]} {base[2:]}"
        elif src in ("cnht_old", "household", "park") and t < 0.45:
            tags.append("tax_prefixed")
            return f"{rng.choice(('MST: ', 'MST ', 'Mã số thuế: ', 'MSDN: '))}{base}{br}"
        elif src == "asm_car" and t < 0.1:
            tags.append("tax_prefixed")
            return f"Tax code: {base}{br}"
        if br and rng.random() < 0.3:
            br = " - " + br[1:]
        return base + br

    # addresses -----------------------------------------------------------------------------------------
    def _address(self, e: _Ent, loc: tuple, src: str, old: bool, tags: list) -> str:
        rng = self.rng
        park, lot, lk, det = loc
        L = _LOC[lk]
        if src == "training":
            r = rng.random()
            if r < 0.5:
                return ""
            if park and r < 0.75:
                return f"KCN {_PARKS[park][0]}"
            if old and L[3] != L[6]:
                tags.append("old_address")
            return L[3] if old else L[6]
        if src in ("asm_car",) or (src == "asm_moto" and rng.random() < 0.4):
            if src == "asm_moto" and e.kind == "jp" and park and rng.random() < 0.6:
                p = _PARKS[park]
                prov = _PROV[L[4]][2] if old else _PROV["PT"][2]
                return f"{prov}{p[3]}工業団地 {lot}"
            return self._addr_en(loc, old, tags)
        if src == "asm_moto":
            return fold(self._addr_vi(loc, old, True, tags))
        if src == "stats":
            if rng.random() < 0.1:
                return ""
            return self._addr_survey(loc, old, tags)
        if src == "park":
            p = _PARKS[park]
            if e.kind in ("jp", "fdi") and rng.random() < 0.3:
                return f"Lot {lot}, {p[2]} {rng.choice(('IZ', 'Industrial Park', 'IP'))}"
            r = rng.random()
            if r < 0.35:
                return f"Lô {lot}, KCN {p[1]}"
            if r < 0.7:
                return f"Lô {lot} - KCN {p[0]}"
            return self._addr_vi(loc, old, False, tags)
        return self._addr_vi(loc, old, src == "cnht_old" and rng.random() < 0.5 or rng.random() < 0.2, tags)

    def _addr_vi(self, loc: tuple, old: bool, abbr: bool, tags: list) -> str:
        rng = self.rng
        park, lot, lk, det = loc
        L = _LOC[lk]
        if park:
            p = _PARKS[park]
            if abbr:
                head = f"Lô {lot} KCN {p[1] if rng.random() < 0.5 else p[0]}"
            else:
                head = f"Lô {lot}, {rng.choice(('KCN', 'Khu công nghiệp'))} {p[0]}"
        elif det[0] == "st":
            head = f"Số {det[1]} đường {det[2]}" if not abbr else f"{det[1]} {det[2]}"
        else:
            head = f"{det[1].capitalize() if rng.random() < 0.5 else det[1]} {det[2]}"
        prov = L[4]
        if old:
            if prov != "HN":
                tags.append("old_address")
            if abbr:
                parts = (head, f"{_CTYPE_ABBR[L[0]]} {L[1]}", f"{_CTYPE_ABBR[L[2]]} {L[3]}", _PROV[prov][0])
                return rng.choice((", ", " - ")).join(parts)
            pt = "thành phố" if prov == "HN" else "tỉnh"
            return f"{head}, {L[0]} {L[1]}, {L[2]} {L[3]}, {pt} {_PROV[prov][0]}"
        if prov == "HN":
            return f"{head}, {L[5]} {L[6]}, {rng.choice(('thành phố Hà Nội', 'TP Hà Nội', 'Hà Nội'))}"
        if abbr:
            return f"{head}, {_CTYPE_ABBR[L[5]]} {L[6]}, Phú Thọ"
        s = f"{head}, {L[5]} {L[6]}, tỉnh Phú Thọ"
        if prov != "PT" and rng.random() < 0.07:
            s += f" ({_PROV[prov][0]} cũ)"
        return s

    def _addr_en(self, loc: tuple, old: bool, tags: list) -> str:
        rng = self.rng
        park, lot, lk, det = loc
        L = _LOC[lk]
        if park:
            p = _PARKS[park]
            head = f"Lot {lot}, {p[2]} {rng.choice(('Industrial Park', 'IZ', 'Industrial Zone', 'IP'))}"
        elif det[0] == "st":
            head = f"No. {det[1]} {fold(det[2])} Street"
        else:
            head = f"{fold(det[2])} {'Village' if det[1] != 'tổ dân phố' else 'Quarter'}"
        prov = L[4]
        if old:
            if prov != "HN":
                tags.append("old_address")
            if rng.random() < 0.4:
                return f"{head}, {_PROV[prov][1]}"
            return (f"{head}, {fold(L[3])} {_CTYPE_EN[L[2]]}, {_PROV[prov][1]}"
                    f"{' Province' if prov != 'HN' else ''}, Vietnam")
        if prov == "HN":
            return f"{head}, {fold(L[6])} Ward, Hanoi, Vietnam"
        return f"{head}, {fold(L[6])} {_CTYPE_EN[L[5]]}, Phu Tho Province, Vietnam"

    def _addr_survey(self, loc: tuple, old: bool, tags: list) -> str:
        rng = self.rng
        park, lot, lk, det = loc
        L = _LOC[lk]
        if old:
            if L[4] != "HN":
                tags.append("old_address")
            s = f"{L[0].capitalize()} {L[1]} - {L[2].capitalize()} {L[3]} - Tỉnh {_PROV[L[4]][0]}"
        else:
            s = f"{L[5].capitalize()} {L[6]} - Tỉnh Phú Thọ"
        if rng.random() < 0.5:
            if park:
                s = f"KCN {_PARKS[park][0]} - {s}"
            elif det[0] == "st":
                s = f"Số {det[1]} {det[2]} - {s}"
            else:
                s = f"{det[1].capitalize()} {det[2]} - {s}"
        return s

    # phones --------------------------------------------------------------------------------------------
    def _fmt_mobile(self, m: str, src: str, old_ok: bool = False, tags: list | None = None) -> str:
        rng = self.rng
        if old_ok and m[:3] in _MOB_OLD and rng.random() < 0.4:
            o = _MOB_OLD[m[:3]] + m[3:]
            if tags is not None:
                tags.append("old_mobile")
            t = rng.randrange(3)
            return o if t == 0 else (f"{o[:4]}.{o[4:7]}.{o[7:]}" if t == 1 else f"{o[:4]} {o[4:7]} {o[7:]}")
        if src in ("asm_car", "asm_moto") and rng.random() < 0.7:
            return f"+84 {m[1:4]} {m[4:7]} {m[7:]}" if rng.random() < 0.6 else f"+84{m[1:]}"
        if src == "stats" and rng.random() < 0.3:
            if tags is not None:
                tags.append("phone_lost_zero")
            return m[1:]
        t = rng.randrange(5)
        if t == 0:
            return m
        if t == 1:
            return f"{m[:4]} {m[4:7]} {m[7:]}"
        if t == 2:
            return f"{m[:4]}.{m[4:7]}.{m[7:]}"
        if t == 3:
            return f"{m[:3]} {m[3:6]} {m[6:]}"
        return f"{m[:4]}{m[4:7]}{m[7:]}" if src != "training" else f"{m[:4]}-{m[4:7]}-{m[7:]}"

    def _fmt_land(self, ll: tuple, src: str, old: bool, tags: list | None = None) -> str:
        rng = self.rng
        if ll[0] == "m":
            return self._fmt_mobile(ll[1], src)
        _, area, sub = ll
        if area == "024" and old and rng.random() < 0.5:
            if tags is not None:
                tags.append("old_landline")
            return f"04 {sub[:4]} {sub[4:]}"
        if src in ("asm_car", "asm_moto") and rng.random() < 0.7:
            return f"+84-{area[1:]}-{sub}" if rng.random() < 0.5 else f"+84 {area[1:]} {sub}"
        if src == "stats" and rng.random() < 0.3:
            if tags is not None:
                tags.append("phone_lost_zero")
            return area[1:] + sub
        t = rng.randrange(5)
        if t == 0:
            return f"{area} {sub}"
        if t == 1:
            return f"{area}.{sub}"
        if t == 2:
            return f"({area}) {sub[:-3]} {sub[-3:]}"
        if t == 3:
            return f"{area}-{sub}"
        return area + sub

    def _phone(self, e: _Ent, src: str, old: bool, landline, loc: tuple, tags: list) -> str:
        rng = self.rng
        r = rng.random()
        old_ok = old and src in ("cnht_old", "household", "stats", "training")
        if src == "tax":
            if e.acct is not None and r < 0.6:
                tags.append("shared_phone_accounting")
                return self._fmt_land(e.acct, src, False)
            if landline and r < 0.6:
                return self._fmt_land(landline, src, old)
            if r < 0.8:
                return self._fmt_mobile(e.mobile, src)
            if r < 0.88 and landline:
                return f"{self._fmt_land(landline, src, old)} / {self._fmt_mobile(e.mobile, src)}"
            return ""
        if src == "park":
            if r < 0.35 and loc[0]:
                tags.append("shared_phone_park")
                s = self._fmt_land(self.hotline[loc[0]], src, False)
                return f"Hotline {s}" if rng.random() < 0.2 else s
            if r < 0.75 and landline:
                return self._fmt_land(landline, src, old)
            if r < 0.85:
                return self._fmt_mobile(e.mobile, src)
            return ""
        if src in ("asm_car", "asm_moto"):
            if r < 0.65 and landline:
                s = self._fmt_land(landline, src, old, tags)
            elif r < 0.85:
                s = self._fmt_mobile(e.mobile, src)
            else:
                return ""
            return f"Tel: {s}" if rng.random() < 0.15 else s
        if src == "training":
            if r < 0.95:
                pool = e.staff + (e.mobile,) if e.staff else (e.mobile,)
                return self._fmt_mobile(rng.choice(pool), src, old_ok, tags)
            return ""
        if src == "stats":
            if e.acct is not None and r < 0.3:
                tags.append("shared_phone_accounting")
                return self._fmt_land(e.acct, src, False)
            if r < 0.4 and landline:
                return self._fmt_land(landline, src, old, tags)
            if r < 0.78:
                return self._fmt_mobile(e.mobile, src, old_ok, tags)
            return ""
        if src == "household":
            if r < 0.87:
                return self._fmt_mobile(e.mobile, src, old_ok, tags)
            return ""
        # cnht_old
        if r < 0.45:
            s = self._fmt_mobile(e.mobile, src, old_ok, tags)
        elif r < 0.68 and landline:
            s = self._fmt_land(landline, src, old, tags)
        elif r < 0.85 and landline:
            sep = rng.choice((" / ", "; ", " - ", ", "))
            s = f"{self._fmt_land(landline, src, old, tags)}{sep}{self._fmt_mobile(e.mobile, src, old_ok, tags)}"
        elif r < 0.95 and e.staff:
            s = self._fmt_mobile(rng.choice(e.staff), src, old_ok, tags)
        elif r < 0.95:
            s = self._fmt_mobile(e.mobile, src, old_ok, tags)
        else:
            return ""
        return f"ĐT: {s}" if rng.random() < 0.1 else s


def _nfc(s: str) -> str:
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


def _generate(n: int, seed: int) -> list[tuple]:
    if n < 0:
        raise ValueError("n must be >= 0")
    g = _Gen(n, seed)
    rng = g.rng
    rows: list[tuple] = []
    while len(rows) < n:
        for e, k in g.group():
            srcs = g.sources_for(e, k)
            truth = e.truth
            for j, src in enumerate(srcs):
                force_new = e.changed and j == 1
                name, tax, addr, phone, tags = g.render(e, src, force_new)
                rows.append((_nfc(name), tax, _nfc(addr), phone, truth, tuple(tags)))
    del rows[n:]
    rng.shuffle(rows)
    return rows


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """``n`` records plus one tag tuple per record (first tag ``src:<source>``, then the hard cases)."""
    rows = _generate(n, seed)
    recs = []
    tags = []
    width = max(7, len(str(n)))
    for i, (name, tax, addr, phone, truth, tg) in enumerate(rows):
        recs.append({"id": f"pt{i + 1:0{width}d}", "name": name, "tax_code": tax, "address": addr,
                     "phone": phone, "truth": truth})
        tags.append(tg)
    return recs, tags


def records(n: int, seed: int = 0) -> list[dict]:
    """``n`` synthetic records with keys id, name, tax_code, address, phone, truth."""
    return labelled(n, seed)[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or len(argv) > 2:
        print("usage: gen_phutho.py N [SEED]", file=sys.stderr)
        return 2
    n = int(argv[0])
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    sizes: dict[str, int] = {}
    for r in recs:
        sizes[r["truth"]] = sizes.get(r["truth"], 0) + 1
    hist: dict[int, int] = {}
    for s in sizes.values():
        hist[s] = hist.get(s, 0) + 1
    singles = hist.get(1, 0)
    print(f"{len(recs)} records, {len(sizes)} entities, {dt:.2f} s")
    if recs:
        print(f"singleton records: {singles / len(recs):.1%}; cluster sizes: "
              + ", ".join(f"{k}:{hist[k]}" for k in sorted(hist)))
    src_count: dict[str, int] = {}
    tag_count: dict[str, int] = {}
    for tg in tags:
        src_count[tg[0]] = src_count.get(tg[0], 0) + 1
        for t in tg[1:]:
            tag_count[t] = tag_count.get(t, 0) + 1
    print("sources: " + ", ".join(f"{k[4:]}={v}" for k, v in sorted(src_count.items())))
    print("tags: " + ", ".join(f"{k}={v}" for k, v in sorted(tag_count.items())))
    for r, tg in list(zip(recs, tags, strict=True))[:12]:
        print(f"{r['truth']} | {r['name']} | {r['tax_code']} | {r['address']} | {r['phone']} | {','.join(tg)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
