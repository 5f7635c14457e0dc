"""ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number.

Held-out benchmark generator: the new Hải Phòng city after the 1 July 2025 merger (old Hải Phòng + old Hải
Dương; districts abolished, communes/wards merged and renamed). The city's Department of Industry and Trade
(Sở Công Thương) builds one register of supporting-industry (CNHT) enterprises from the lists it receives.
Place names (parks, clusters, old communes/districts and their 2025 wards/communes) are real; firm names, tax
codes, phones and e-mails are invented.

Industry mix: electronics (a large Korean display/electronics anchor and its vendors), automotive and
motorbike parts, mechanical/moulds, rubber/plastic, garment and footwear accessories, packaging,
shipbuilding-related steel, logistics. ~36 % of enterprises are foreign-invested (Korea ~50 %, Japan ~20 %,
China ~15 %, Taiwan ~8 %, Singapore/other ~7 %). Sites: KCN Tràng Duệ, VSIP Hải Phòng, Nomura, Đình Vũ (= Deep
C I), Nam Đình Vũ, An Dương, Đại An, Nam Sách, Phúc Điền, Tân Trường, Lai Vu, Cộng Hòa (Chí Linh), Lai Khê;
CCN Ba Hàng, Cẩm Thượng, Việt Hòa, Cao An, Vĩnh Niệm; street offices in Hải An, Ngô Quyền, Hồng Bàng, Thủy
Nguyên and Hải Dương city; head offices of parents in Hà Nội, TP. Hồ Chí Minh, Bắc Ninh and Quảng Ninh.

Sources (share of records) and their habits:
- tax_bhxh (22 %): tax-office / social-insurance extract. Official Vietnamese names (sometimes the long legal
  form, ~15 % upper case with diacritics), tax code ~97 % present but formatted many ways (spaces, dots,
  leading zero lost by Excel, "MST:" prefix, branch codes without dash shown in scientific notation, ~3 %
  digit typos), registered address in old or new administrative units, phone in ~35 %.
- customs (15 %): import/export declarant list. Upper-case unaccented Vietnamese names (English name for ~20 %
  of FDI), tax code always present (branch suffix -00n on branches, ~1.5 % typos), short upper-case address,
  phone ~55 % as bare digits or old area codes.
- hd_doit (14 %): the old Hải Dương DOIT Excel list (firms located in old Hải Dương only). "Cty TNHH" short
  forms, ~50 % upper case, ~25 % without diacritics, ~4 % legacy VNI/TCVN3 mojibake, old
  province/district/commune names, old names of renamed firms, tax code ~85 % (Excel dropped the leading zero
  in ~20 %), 0320/0220 area codes.
- bql (13 %): the park management board's tenant list (KCN tenants only): park + lot number, investor country
  in brackets, ~75 % tax codes, switchboard with fax.
- fair (13 %): trade-fair / business-matching registration typed by the firms: casual names (brand only
  in ~15 %, lower case, typos), mobiles in many formats, e-mail typed into the phone field (~6 %), phone
  typed into the address field (~3 %), tax code ~35 %, address ~75 %.
- anchor_avl (10 %): the Korean anchor's approved-vendor list: English names ("Co., Ltd", "Vina", "JSC"),
  vendor codes in the name (~20 %) or in the tax column (~5 %), +84 phones with extensions, English addresses.
- port_dir (8 %): port / logistics directory: logistics, shipping, steel and importers; English trading names,
  switchboards with extensions and hotlines, street addresses with old districts, tax code ~50 %.
- hq_list (5 %): a list sent by head offices (Hà Nội, HCMC, Bắc Ninh, Quảng Ninh, local) of their branches and
  factories here: parent rows and branch rows; ~25 % of branch rows give the parent's 10-digit tax code.

Noise (rates are per record, before source mixing): legal form spelled many ways (Công ty TNHH / Cty TNHH /
TNHH MTV / trách nhiệm hữu hạn một thành viên / Co., Ltd / Company Limited; Cổ phần / CP / CTCP / JSC / Joint
Stock Company / Corporation), English vs Vietnamese names ("X Vina", "X Việt Nam", "X Vietnam Co., Ltd";
Vina/Việt Nam swapped ~8 % of Korean rows), Chinese names in Hán-Việt reading or pinyin, Japanese names
translated or not, missing diacritics, upper case, typos (~3 %), tax codes missing/mistyped/spaced/scientific,
phones with +84 / 0 / old area codes (031, 0320, 04, 08) / 11-digit old mobiles / several numbers /
extensions, addresses with KCN / Khu công nghiệp / IP / Industrial Park, lot numbers (Lô CN3.2, Lot B12-4),
old pre-2025 units vs new units vs a mix.

Hard cases (share of enterprises, approximate): namesakes ~4 % (identical names registered before the merger
in old Hải Phòng and old Hải Dương, different parks, different tax codes); legal-form twins ~3.5 % (X TNHH vs
X Cổ phần, different firms; a third of them share phone and address); sister firms ~7 % (same brand, different
line of business, shared switchboard, 60 % also share the lot); branch families ~9 % (a parent and 1-3
branches or factories with their own "-00n" codes: each branch is its own enterprise); renamed firms ~5 %
(same tax code, old name in older lists; a third of them by legal-form conversion TNHH -> Cổ phần).

Truth: one label per legal entity (one tax code; a branch with its own -00n code is its own enterprise).
Enterprises average ~2.6 records (~40 % appear once, at most 12). Records are shuffled so that no two records
of one enterprise are adjacent.

Usage: python gen_coast.py [N] [SEED]
"""

from __future__ import annotations

import bisect
import random
import sys
import time
import unicodedata
from collections import Counter

SOURCES = ("tax_bhxh", "customs", "hd_doit", "bql", "fair", "anchor_avl", "port_dir", "hq_list")
SOURCE_SHARES = {
    "tax_bhxh": 0.22,
    "customs": 0.15,
    "hd_doit": 0.14,
    "bql": 0.13,
    "fair": 0.13,
    "anchor_avl": 0.10,
    "port_dir": 0.08,
    "hq_list": 0.05,
}
KEYS = ("id", "name", "tax_code", "address", "phone", "truth")

# ----------------------------------------------------------------------------------------------------------
# Text helpers: diacritic folding and the two legacy encodings an old Excel list still shows.

_VN_BASES = "aăâeêioôơuưy"
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền, hỏi, ngã, sắc, nặng


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _build_fold() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "D"}
    for base in _VN_BASES:
        for b in (base, base.upper()):
            plain = unicodedata.normalize("NFD", b)[0]
            table[ord(b)] = plain
            for t in _TONES:
                table[ord(_compose(b, t))] = plain
    return table


_FOLD = _build_fold()


def fold(s: str) -> str:
    """Drop Vietnamese diacritics (đ -> d)."""
    return s.translate(_FOLD)


def _build_vni() -> dict[int, str]:
    low_tone = dict(zip(_TONES, "øûõùï", strict=True))
    up_tone = dict(zip(_TONES, "ØÛÕÙÏ", strict=True))
    table: dict[int, str] = {ord("đ"): "ñ", ord("Đ"): "Ñ"}
    special_i = {"\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0301": "í", "\u0323": "ò"}
    circ = {None: "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
    breve = {None: "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
    for base in _VN_BASES:
        for upper in (False, True):
            b = base.upper() if upper else base
            for t in (None, *_TONES):
                ch = b if t is None else _compose(b, t)
                if ch in "aeiouyAEIOUY":
                    continue
                plain = unicodedata.normalize("NFD", b)[0]
                if base == "i":
                    enc = special_i[t]
                    enc = enc.upper() if upper else enc
                elif base in "âêô":
                    m = circ[t]
                    enc = plain + (m.upper() if upper else m)
                elif base == "ă":
                    m = breve[t]
                    enc = plain + (m.upper() if upper else m)
                else:
                    head = {"ơ": "ô", "ư": "ö"}.get(base, plain)
                    head = head.upper() if upper else head
                    enc = head + ("" if t is None else (up_tone if upper else low_tone)[t])
                table[ord(ch)] = enc
    return table


def _build_tcvn3() -> dict[int, str]:
    rows = {
        "a": "µ¶·¸¹",
        "ă": "»¼½¾Æ",
        "â": "ÇÈÉÊË",
        "e": "ÌÎÏÐÑ",
        "ê": "ÒÓÔÕÖ",
        "i": "×ØÜÝÞ",
        "o": "ßáâãä",
        "ô": "åæçèé",
        "ơ": "êëìíî",
        "u": "ïñòóô",
        "ư": "õö÷øù",
        "y": "úûüýþ",
    }
    table: dict[int, str] = {}
    for base, glyphs in rows.items():
        for t, g in zip(_TONES, glyphs, strict=True):
            table[ord(_compose(base, t))] = g
            table[ord(_compose(base.upper(), t))] = g  # .VnTimeH upper case reuses the same code points
    plain_low = {"ă": "¨", "â": "©", "ê": "ª", "ô": "«", "ơ": "¬", "ư": "\u00ad", "đ": "®"}
    plain_up = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}
    for k, v in (plain_low | plain_up).items():
        table[ord(k)] = v
    return table


_VNI = _build_vni()
_TCVN3 = _build_tcvn3()

# ----------------------------------------------------------------------------------------------------------
# Geography. Site = (key, kind, vi names, en names, old commune, old district, new unit, region, lot style,
# sector weights). Old -> new units as in the 2025 commune arrangement (checked with vietnamadminunits).

SECTORS = ("elec", "auto", "mech", "rubber", "garment", "pack", "steel", "logi")
_SECTOR_W = (0.22, 0.12, 0.16, 0.12, 0.10, 0.10, 0.08, 0.10)
_SECTOR_W_FDI = (0.34, 0.15, 0.14, 0.11, 0.10, 0.06, 0.04, 0.06)

_S = [
    (
        "TD",
        "kcn",
        ("KCN Tràng Duệ", "Khu công nghiệp Tràng Duệ", "Khu CN Tràng Duệ"),
        ("Trang Due Industrial Park", "Trang Due IP"),
        ("xã", "Hồng Phong"),
        ("huyện", "An Dương"),
        ("phường", "An Phong"),
        "HP",
        "cn",
        dict(elec=5, mech=2, rubber=2, pack=2, auto=1),
    ),
    (
        "VSIP",
        "kcn",
        ("KCN VSIP Hải Phòng", "Khu đô thị, công nghiệp và dịch vụ VSIP Hải Phòng", "KCN VSIP"),
        ("VSIP Hai Phong Industrial Park", "VSIP Hai Phong IP", "VSIP Haiphong"),
        ("xã", "Lập Lễ"),
        ("huyện", "Thủy Nguyên"),
        ("phường", "Nam Triệu"),
        "HP",
        "cnd",
        dict(elec=3, auto=3, mech=2, pack=1, rubber=1, garment=1, logi=1),
    ),
    (
        "NOM",
        "kcn",
        ("KCN Nomura - Hải Phòng", "Khu công nghiệp Nomura", "KCN Nomura"),
        ("Nomura Haiphong Industrial Zone", "Nomura IZ"),
        ("xã", "Tân Tiến"),
        ("huyện", "An Dương"),
        ("phường", "An Phong"),
        "HP",
        "ld",
        dict(elec=2, mech=2, rubber=2, auto=1, pack=1),
    ),
    (
        "DV",
        "kcn",
        ("KCN Đình Vũ", "Khu công nghiệp Đình Vũ", "KCN Deep C", "KCN Đình Vũ (DEEP C)"),
        ("Dinh Vu Industrial Zone", "DEEP C Industrial Zones", "Deep C Hai Phong IZ"),
        ("phường", "Đông Hải 2"),
        ("quận", "Hải An"),
        ("phường", "Đông Hải"),
        "HP",
        "cnd",
        dict(logi=4, steel=3, auto=1, rubber=1, pack=1),
    ),
    (
        "NDV",
        "kcn",
        ("KCN Nam Đình Vũ", "Khu công nghiệp Nam Đình Vũ (Khu 1)", "KCN Nam Đình Vũ khu 1"),
        ("Nam Dinh Vu Industrial Zone", "Nam Dinh Vu IZ"),
        ("phường", "Đông Hải 2"),
        ("quận", "Hải An"),
        ("phường", "Đông Hải"),
        "HP",
        "cn",
        dict(logi=3, steel=3, mech=1),
    ),
    (
        "AD",
        "kcn",
        ("KCN An Dương", "Khu công nghiệp An Dương"),
        ("An Duong Industrial Park", "An Duong IP"),
        ("xã", "Bắc Sơn"),
        ("huyện", "An Dương"),
        ("phường", "An Dương"),
        "HP",
        "cnd",
        dict(elec=2, pack=2, mech=1, rubber=1, garment=1),
    ),
    (
        "DA",
        "kcn",
        ("KCN Đại An", "Khu công nghiệp Đại An", "KCN Đại An mở rộng"),
        ("Dai An Industrial Park", "Dai An IP"),
        ("phường", "Tứ Minh"),
        ("thành phố", "Hải Dương"),
        ("phường", "Tứ Minh"),
        "HD",
        "ln",
        dict(elec=3, auto=2, mech=2, garment=1, rubber=1, pack=1),
    ),
    (
        "NS",
        "kcn",
        ("KCN Nam Sách", "Khu công nghiệp Nam Sách"),
        ("Nam Sach Industrial Park", "Nam Sach IP"),
        ("phường", "Ái Quốc"),
        ("thành phố", "Hải Dương"),
        ("phường", "Ái Quốc"),
        "HD",
        "ln",
        dict(mech=2, pack=2, elec=1, garment=1),
    ),
    (
        "PD",
        "kcn",
        ("KCN Phúc Điền", "Khu công nghiệp Phúc Điền"),
        ("Phuc Dien Industrial Park", "Phuc Dien IP"),
        ("xã", "Cẩm Phúc"),
        ("huyện", "Cẩm Giàng"),
        ("xã", "Mao Điền"),
        "HD",
        "ln",
        dict(elec=2, garment=2, rubber=2, pack=1),
    ),
    (
        "TT",
        "kcn",
        ("KCN Tân Trường", "Khu công nghiệp Tân Trường"),
        ("Tan Truong Industrial Park", "Tan Truong IP"),
        ("xã", "Tân Trường"),
        ("huyện", "Cẩm Giàng"),
        ("xã", "Mao Điền"),
        "HD",
        "ln",
        dict(mech=2, elec=2, auto=1),
    ),
    (
        "LV",
        "kcn",
        ("KCN Lai Vu", "Khu công nghiệp Lai Vu"),
        ("Lai Vu Industrial Park", "Lai Vu IP"),
        ("xã", "Lai Vu"),
        ("huyện", "Kim Thành"),
        ("xã", "Lai Khê"),
        "HD",
        "ln",
        dict(elec=2, garment=2, mech=1),
    ),
    (
        "CH",
        "kcn",
        ("KCN Cộng Hòa", "Khu công nghiệp Cộng Hòa", "KCN Cộng Hòa - Chí Linh"),
        ("Cong Hoa Industrial Park", "Cong Hoa IP"),
        ("phường", "Cộng Hòa"),
        ("thành phố", "Chí Linh"),
        ("phường", "Trần Hưng Đạo"),
        "HD",
        "ln",
        dict(elec=2, mech=1, garment=1),
    ),
    (
        "LK",
        "kcn",
        ("KCN Lai Khê", "Khu công nghiệp Lai Khê"),
        ("Lai Khe Industrial Park", "Lai Khe IP"),
        ("xã", "Lai Khê"),
        ("huyện", "Kim Thành"),
        ("xã", "Lai Khê"),
        "HD",
        "ln",
        dict(auto=2, mech=1, steel=1),
    ),
    (
        "BH",
        "ccn",
        ("CCN Ba Hàng", "Cụm công nghiệp Ba Hàng", "Cụm CN Ba Hàng"),
        ("Ba Hang Industrial Cluster",),
        ("phường", "Ái Quốc"),
        ("thành phố", "Hải Dương"),
        ("phường", "Ái Quốc"),
        "HD",
        "num",
        dict(mech=2, pack=1, rubber=1, steel=1),
    ),
    (
        "CT",
        "ccn",
        ("CCN Cẩm Thượng", "Cụm công nghiệp Cẩm Thượng"),
        ("Cam Thuong Industrial Cluster",),
        ("phường", "Cẩm Thượng"),
        ("thành phố", "Hải Dương"),
        ("phường", "Thành Đông"),
        "HD",
        "num",
        dict(mech=2, garment=2, pack=1),
    ),
    (
        "VH",
        "ccn",
        ("CCN Việt Hòa", "Cụm công nghiệp Việt Hòa"),
        ("Viet Hoa Industrial Cluster",),
        ("phường", "Việt Hòa"),
        ("thành phố", "Hải Dương"),
        ("phường", "Việt Hòa"),
        "HD",
        "num",
        dict(mech=1, garment=1, rubber=1, pack=1),
    ),
    (
        "CA",
        "ccn",
        ("CCN Cao An", "Cụm công nghiệp Cao An"),
        ("Cao An Industrial Cluster",),
        ("xã", "Cao An"),
        ("huyện", "Cẩm Giàng"),
        ("phường", "Việt Hòa"),
        "HD",
        "num",
        dict(mech=1, elec=1, rubber=1),
    ),
    (
        "VNM",
        "ccn",
        ("CCN Vĩnh Niệm", "Cụm công nghiệp Vĩnh Niệm"),
        ("Vinh Niem Industrial Cluster",),
        ("phường", "Vĩnh Niệm"),
        ("quận", "Lê Chân"),
        ("phường", "An Biên"),
        "HP",
        "num",
        dict(mech=2, pack=1, steel=1),
    ),
    (
        "HA",
        "city",
        ("đường Đình Vũ", "đường Nguyễn Bỉnh Khiêm", "đường Bùi Thị Tự Nhiên"),
        (),
        ("phường", "Đông Hải 1"),
        ("quận", "Hải An"),
        ("phường", "Đông Hải"),
        "HP",
        "street",
        dict(logi=3, steel=1),
    ),
    (
        "TC",
        "city",
        ("đường Tràng Cát", "đường Đình Vũ"),
        (),
        ("phường", "Tràng Cát"),
        ("quận", "Hải An"),
        ("phường", "Hải An"),
        "HP",
        "street",
        dict(logi=2, steel=1),
    ),
    (
        "MT",
        "city",
        ("đường Lê Thánh Tông", "đường Chùa Vẽ", "phố Máy Tơ"),
        (),
        ("phường", "Máy Tơ"),
        ("quận", "Ngô Quyền"),
        ("phường", "Gia Viên"),
        "HP",
        "street",
        dict(logi=3),
    ),
    (
        "LT",
        "city",
        ("đường Lạch Tray", "đường Văn Cao"),
        (),
        ("phường", "Lạch Tray"),
        ("quận", "Ngô Quyền"),
        ("phường", "Gia Viên"),
        "HP",
        "street",
        dict(logi=2, pack=1),
    ),
    (
        "SD",
        "city",
        ("đường Hùng Vương", "đường Bạch Đằng"),
        (),
        ("phường", "Sở Dầu"),
        ("quận", "Hồng Bàng"),
        ("phường", "Hồng Bàng"),
        "HP",
        "street",
        dict(steel=2, logi=1, mech=1),
    ),
    (
        "MD",
        "city",
        ("tổ dân phố 5", "khu Bến Rừng", "tổ dân phố 3"),
        (),
        ("thị trấn", "Minh Đức"),
        ("huyện", "Thủy Nguyên"),
        ("phường", "Bạch Đằng"),
        "HP",
        "street",
        dict(steel=3),
    ),
    (
        "HT",
        "city",
        ("đường Nguyễn Lương Bằng", "đường Lê Thanh Nghị"),
        (),
        ("phường", "Hải Tân"),
        ("thành phố", "Hải Dương"),
        ("phường", "Tân Hưng"),
        "HD",
        "street",
        dict(logi=1, pack=1, garment=1),
    ),
    (
        "TB",
        "city",
        ("đường Nguyễn Lương Bằng", "đường Thanh Niên"),
        (),
        ("phường", "Thanh Bình"),
        ("thành phố", "Hải Dương"),
        ("phường", "Lê Thanh Nghị"),
        "HD",
        "street",
        dict(logi=1, mech=1),
    ),
    # head offices of parents elsewhere
    (
        "HN1",
        "city",
        ("phố Duy Tân", "đường Trần Thái Tông"),
        (),
        ("phường", "Dịch Vọng Hậu"),
        ("quận", "Cầu Giấy"),
        ("phường", "Cầu Giấy"),
        "HN",
        "street",
        {},
    ),
    (
        "HN2",
        "city",
        ("đường Phạm Hùng", "đường Lê Quang Đạo"),
        (),
        ("phường", "Mễ Trì"),
        ("quận", "Nam Từ Liêm"),
        ("phường", "Đại Mỗ"),
        "HN",
        "street",
        {},
    ),
    (
        "HCM1",
        "city",
        ("đường Tôn Đức Thắng", "đường Lê Duẩn"),
        (),
        ("phường", "Bến Nghé"),
        ("quận", "1"),
        ("phường", "Sài Gòn"),
        "HCM",
        "street",
        {},
    ),
    (
        "HCM2",
        "city",
        ("đường Nguyễn Lương Bằng", "đường Nguyễn Văn Linh"),
        (),
        ("phường", "Tân Phú"),
        ("quận", "7"),
        ("phường", "Tân Mỹ"),
        "HCM",
        "street",
        {},
    ),
    (
        "BN1",
        "kcn",
        ("KCN VSIP Bắc Ninh", "Khu công nghiệp VSIP Bắc Ninh"),
        ("VSIP Bac Ninh Industrial Park",),
        ("xã", "Phù Chẩn"),
        ("thị xã", "Từ Sơn"),
        ("phường", "Từ Sơn"),
        "BN",
        "cnd",
        {},
    ),
    (
        "QN1",
        "city",
        ("đường Nguyễn Văn Cừ", "đường Trần Hưng Đạo"),
        (),
        ("phường", "Hồng Hải"),
        ("thành phố", "Hạ Long"),
        ("phường", "Hạ Long"),
        "QN",
        "street",
        {},
    ),
]
(S_KEY, S_KIND, S_VI, S_EN, S_OCOM, S_ODIS, S_NEW, S_REG, S_LOT, S_SEC) = range(10)
SITES = tuple(_S)
LOCAL = ("HP", "HD")
_OUTSIDE_SITES = [i for i, s in enumerate(SITES) if s[S_REG] not in LOCAL]

PROV_OLD = {
    "HP": ("TP. Hải Phòng", "thành phố Hải Phòng", "Hải Phòng", "TP Hải Phòng", "HP"),
    "HD": ("tỉnh Hải Dương", "Hải Dương", "T. Hải Dương", "tỉnh HD"),
    "HN": ("Hà Nội", "TP. Hà Nội", "thành phố Hà Nội"),
    "HCM": ("TP. Hồ Chí Minh", "TP.HCM", "Thành phố Hồ Chí Minh"),
    "BN": ("tỉnh Bắc Ninh", "Bắc Ninh"),
    "QN": ("tỉnh Quảng Ninh", "Quảng Ninh"),
}
PROV_NEW = dict(PROV_OLD, HD=PROV_OLD["HP"])
PROV_EN = {
    "HP": "Hai Phong City",
    "HD": "Hai Duong Province",
    "HN": "Hanoi",
    "HCM": "Ho Chi Minh City",
    "BN": "Bac Ninh Province",
    "QN": "Quang Ninh Province",
}
_UNIT_ABBR = {
    "xã": "X.",
    "phường": "P.",
    "thị trấn": "TT.",
    "huyện": "H.",
    "quận": "Q.",
    "thành phố": "TP.",
    "thị xã": "TX.",
}
_UNIT_EN = {
    "xã": "Commune",
    "phường": "Ward",
    "thị trấn": "Town",
    "huyện": "District",
    "quận": "District",
    "thành phố": "City",
    "thị xã": "Town",
}

TAX_PREFIX = {
    "HP": ("0200", "0201", "0202", "0203"),
    "HD": ("0800", "0801", "0802"),
    "HN": tuple(f"010{i}" for i in range(10)),
    "HCM": tuple(f"03{i:02d}" for i in range(17)),
    "BN": ("2300", "2301"),
    "QN": ("5700", "5701"),
}
# region -> (new area code, pre-2017 area code, local digits)
AREA = {
    "HP": ("225", "31", 7),
    "HD": ("220", "320", 7),
    "HN": ("24", "4", 8),
    "HCM": ("28", "8", 8),
    "BN": ("222", "241", 7),
    "QN": ("203", "33", 7),
}
_MOBILE_PREFIX = (
    "090",
    "091",
    "093",
    "094",
    "096",
    "097",
    "098",
    "088",
    "086",
    "083",
    "084",
    "085",
    "081",
    "082",
    "070",
    "076",
    "077",
    "078",
    "079",
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "056",
    "058",
    "089",
    "092",
)
_OLD_MOBILE = {
    "032": "0162",
    "033": "0163",
    "034": "0164",
    "035": "0165",
    "036": "0166",
    "037": "0167",
    "038": "0168",
    "039": "0169",
    "070": "0120",
    "079": "0121",
    "077": "0122",
    "076": "0126",
    "078": "0128",
    "083": "0123",
    "084": "0124",
    "085": "0125",
    "081": "0127",
    "082": "0129",
    "056": "0186",
    "058": "0188",
}

# ----------------------------------------------------------------------------------------------------------
# Names

_VN_CORE = tuple(
    dict.fromkeys(
        "An Bình Phát Thịnh Hưng Long Minh Tân Thành Đạt Hoàng Phú Quang Việt Đức Hải Hòa Khang Gia Kim "
        "Ngọc Trường Sơn Thái Vĩnh Xuân Hồng Nam Bắc Đông Trung Tiến Thắng Lợi Cường Huy Anh Duy Hiếu "
        "Khánh Lâm Mạnh Nghĩa Phong Quân Tài Tâm Thiện Toàn Trí Tuấn Vân Vượng Hà Lộc Phúc Thọ Tín Nhật "
        "Đại Kiên Bảo Châu Hạnh Hậu Hiệp Linh Mai Nguyên Phương Sang Thanh Thảo Trang Tùng Vinh Đăng Định "
        "Dũng Giang Hùng Khôi Lực Nhân Quý Sáng Thông Triều Tường Yến Hiền Lương Chiến Hợp Thuận Hân Ánh "
        "Dương Kỳ Luân Nhất Tú Uyên Vũ Xương Khải Đồng Lai Mỹ".split()
    )
)
_SEC_PHRASES = {
    "elec": (
        ("Điện tử", "Electronics"),
        ("Linh kiện điện tử", "Electronic Components"),
        ("Công nghệ điện tử", "Electronic Technology"),
        ("Kỹ thuật điện tử", "Electronics Engineering"),
        ("Thiết bị điện", "Electrical Equipment"),
        ("Dây cáp điện", "Cable"),
        ("Mạch in", "PCB"),
    ),
    "auto": (
        ("Phụ tùng ô tô", "Auto Parts"),
        ("Phụ tùng xe máy", "Motorcycle Parts"),
        ("Linh kiện ô tô", "Automotive Components"),
        ("Cơ khí ô tô", "Auto Mechanical"),
        ("Phụ tùng ô tô xe máy", "Auto-Moto Parts"),
    ),
    "mech": (
        ("Cơ khí chính xác", "Precision Mechanical"),
        ("Khuôn mẫu", "Mould"),
        ("Cơ khí", "Mechanical"),
        ("Gia công cơ khí", "Mechanical Processing"),
        ("Cơ khí chế tạo", "Engineering"),
        ("Khuôn mẫu chính xác", "Precision Mould"),
        ("Đúc", "Casting"),
        ("Xi mạ", "Plating"),
    ),
    "rubber": (
        ("Nhựa", "Plastic"),
        ("Cao su kỹ thuật", "Technical Rubber"),
        ("Nhựa kỹ thuật", "Engineering Plastics"),
        ("Cao su", "Rubber"),
        ("Nhựa và Cao su", "Plastic and Rubber"),
        ("Ép nhựa", "Plastic Injection"),
    ),
    "garment": (
        ("Phụ liệu may", "Garment Accessories"),
        ("Phụ liệu dệt may", "Textile Accessories"),
        ("Da giày", "Footwear"),
        ("Phụ liệu giày", "Shoe Materials"),
        ("Nhãn mác", "Label"),
        ("Dây kéo", "Zipper"),
        ("Xốp EVA", "EVA Foam"),
    ),
    "pack": (
        ("Bao bì", "Packaging"),
        ("In và Bao bì", "Printing and Packaging"),
        ("Bao bì Carton", "Carton Packaging"),
        ("Bao bì nhựa", "Plastic Packaging"),
        ("Giấy và Bao bì", "Paper and Packaging"),
    ),
    "steel": (
        ("Thép", "Steel"),
        ("Kết cấu thép", "Steel Structure"),
        ("Cơ khí đóng tàu", "Shipbuilding Engineering"),
        ("Công nghiệp tàu thủy", "Shipbuilding Industry"),
        ("Thép và Vật tư hàng hải", "Steel and Marine Supplies"),
        ("Kim khí", "Metal"),
    ),
    "logi": (
        ("Logistics", "Logistics"),
        ("Vận tải biển", "Shipping"),
        ("Tiếp vận", "Logistics"),
        ("Giao nhận vận tải", "Forwarding"),
        ("Kho vận", "Warehousing"),
        ("Vận tải và Thương mại", "Transport and Trading"),
        ("Dịch vụ cảng", "Port Services"),
    ),
}
_GENERIC = (
    ("Sản xuất và Thương mại", "Production and Trading"),
    ("Thương mại và Dịch vụ", "Trading and Services"),
    ("Đầu tư và Phát triển", "Investment and Development"),
    ("Công nghiệp", "Industrial"),
    ("Kỹ thuật", "Technical"),
    ("Thương mại", "Trading"),
    ("Sản xuất", "Manufacturing"),
)
_KR_SYL = tuple(
    dict.fromkeys(
        "Seo Jin Hwa Sung Dae Woo Kyung Hyun Min Young Han Il Shin Dong Won Tae Chang Ho Jung Sam Bo "
        "Kwang Yu Nam Myung Sang Hee Joo Soo Eun Gil Jae Yeon Hae Bong Chul Kook Seong Hyo Ki".split()
    )
)
_KR_WORD = ("Tech", "ENG", "Hitech", "Industrial", "Materials", "Solution", "Global", "Industry", "Systems")
_KR_SEC = {
    "elec": ("Electronics", "Display", "Tech", "Optics", "Components"),
    "auto": ("Auto", "Motors", "Parts"),
    "mech": ("Precision", "ENG", "Metal", "Mold"),
    "rubber": ("Polymer", "Chemical", "Plastic"),
    "garment": ("Textile", "Fashion", "Materials"),
    "pack": ("Packaging", "Pack"),
    "steel": ("Steel", "Heavy Industries", "Marine"),
    "logi": ("Logistics", "Shipping"),
}
_JP_ROOT = (
    "Kawa",
    "Yama",
    "Naka",
    "Taka",
    "Fuji",
    "Hoku",
    "Matsu",
    "Ishi",
    "Sumi",
    "Mori",
    "Hira",
    "Kita",
    "Oka",
    "Shima",
    "Aoi",
    "Tsuru",
    "Hana",
    "Asa",
    "Kiyo",
    "Nishi",
    "Higa",
    "Kuro",
    "Shira",
    "Toyo",
    "Nichi",
    "Sakura",
    "Ono",
    "Uchi",
    "Iwa",
    "Tomi",
    "Miya",
    "Hama",
)
_JP_SUF = (
    "moto",
    "shita",
    "hara",
    "da",
    "no",
    "gawa",
    "saki",
    "zawa",
    "mura",
    "oka",
    "kawa",
    "ta",
    "be",
    "yoshi",
    "tomo",
    "hashi",
    "ishi",
    "kura",
    "mizu",
    "naga",
)
_JP_WORD = {
    "elec": (
        ("Denshi", "Điện tử"),
        ("Electric", "Điện"),
        ("Electronics", "Điện tử"),
        ("Precision", "Chính xác"),
    ),
    "auto": (
        ("Auto Parts", "Phụ tùng ô tô"),
        ("Seisakusho", "Chế tạo"),
        ("Kogyo", "Công nghiệp"),
        ("Precision", "Chính xác"),
    ),
    "mech": (
        ("Seiki", "Cơ khí chính xác"),
        ("Seisakusho", "Chế tạo"),
        ("Giken", "Kỹ thuật"),
        ("Kinzoku", "Kim loại"),
        ("Precision", "Chính xác"),
        ("Mold", "Khuôn mẫu"),
    ),
    "rubber": (("Rubber", "Cao su"), ("Kasei", "Hóa chất"), ("Plastics", "Nhựa"), ("Gomu", "Cao su")),
    "garment": (
        ("Sangyo", "Công nghiệp"),
        ("Textile", "Dệt may"),
        ("Fastener", "Khóa kéo"),
        ("Label", "Nhãn mác"),
    ),
    "pack": (("Packaging", "Bao bì"), ("Shiki", "In"), ("Pack", "Bao bì")),
    "steel": (("Steel", "Thép"), ("Kinzoku", "Kim loại"), ("Zosen", "Đóng tàu"), ("Tekko", "Sắt thép")),
    "logi": (
        ("Logistics", "Logistics"),
        ("Unyu", "Vận tải"),
        ("Soko", "Kho vận"),
        ("Shipping", "Vận tải biển"),
    ),
}
_JP_GENERIC = (
    ("Kogyo", "Công nghiệp"),
    ("Industries", "Công nghiệp"),
    ("Sangyo", "Công nghiệp"),
    ("Manufacturing", "Sản xuất"),
)
_CN_SYL = (
    ("Hong", "Hồng"),
    ("Tai", "Thái"),
    ("Xin", "Tân"),
    ("Hua", "Hoa"),
    ("Long", "Long"),
    ("Feng", "Phong"),
    ("Sheng", "Thịnh"),
    ("Da", "Đại"),
    ("Fu", "Phú"),
    ("Jin", "Kim"),
    ("Guang", "Quang"),
    ("Ming", "Minh"),
    ("Xing", "Hưng"),
    ("Cheng", "Thành"),
    ("Tian", "Thiên"),
    ("Hai", "Hải"),
    ("Mei", "Mỹ"),
    ("Kang", "Khang"),
    ("Yuan", "Nguyên"),
    ("Li", "Lợi"),
    ("Bao", "Bảo"),
    ("Jia", "Gia"),
    ("An", "An"),
    ("De", "Đức"),
    ("Rui", "Thụy"),
    ("Xiang", "Tường"),
    ("Heng", "Hằng"),
    ("Wei", "Vĩ"),
    ("Chang", "Xương"),
    ("Hui", "Huy"),
    ("Yong", "Vĩnh"),
    ("Run", "Nhuận"),
    ("Quan", "Toàn"),
    ("Zhong", "Trung"),
    ("Shun", "Thuận"),
    ("Hao", "Hạo"),
    ("Lian", "Liên"),
    ("Jun", "Tuấn"),
    ("Kai", "Khải"),
    ("Wan", "Vạn"),
)
_CN_SEC = {
    "elec": (
        ("Khoa học kỹ thuật", "Technology"),
        ("Điện tử", "Electronics"),
        ("Linh kiện chính xác", "Precision Components"),
        ("Quang điện", "Optoelectronics"),
    ),
    "auto": (
        ("Phụ tùng ô tô", "Auto Parts"),
        ("Cơ điện", "Electromechanical"),
        ("Linh kiện chính xác", "Precision Components"),
    ),
    "mech": (
        ("Cơ điện", "Electromechanical"),
        ("Kim loại", "Metal"),
        ("Khuôn mẫu", "Mould"),
        ("Cơ khí", "Machinery"),
    ),
    "rubber": (("Nhựa", "Plastic"), ("Vật liệu mới", "New Material"), ("Cao su", "Rubber")),
    "garment": (("Dệt may", "Textile"), ("Giày", "Footwear"), ("Phụ liệu may mặc", "Garment Accessories")),
    "pack": (("Bao bì", "Packaging"), ("In ấn bao bì", "Printing and Packaging")),
    "steel": (("Kim loại", "Metal"), ("Thép", "Steel"), ("Công nghiệp nặng", "Heavy Industry")),
    "logi": (("Vận tải", "Transport"), ("Logistics", "Logistics"), ("Kho vận", "Supply Chain")),
}
_CN_GENERIC = (
    ("Công nghiệp", "Industrial"),
    ("Khoa học kỹ thuật", "Technology"),
    ("Vật liệu mới", "New Material"),
)
_OT_ROOT = (
    "Asia",
    "Pacific",
    "Ocean",
    "Global",
    "Trans",
    "Sea",
    "Link",
    "Star",
    "Blue",
    "Harbor",
    "Delta",
    "Nova",
    "Prime",
    "Orient",
    "Meridian",
    "Apex",
    "Vector",
    "Crest",
    "Summit",
    "Atlas",
    "Coral",
    "Zenith",
)
_OT_WORD = (
    "Logistics",
    "Engineering",
    "Technologies",
    "Industries",
    "Packaging",
    "Materials",
    "Marine",
    "Precision",
    "Components",
    "Systems",
)

FORM_VI_OFF = {
    "tnhh": ("Công ty TNHH", "Công ty TNHH", "Công ty trách nhiệm hữu hạn"),
    "tnhh1": (
        "Công ty TNHH một thành viên",
        "Công ty TNHH MTV",
        "Công ty trách nhiệm hữu hạn một thành viên",
    ),
    "cp": ("Công ty Cổ phần", "Công ty cổ phần", "Công ty Cổ phần"),
}
FORM_VI_SHORT = {
    "tnhh": ("Cty TNHH", "Công ty TNHH", "CTY TNHH", "Cty TNHH"),
    "tnhh1": ("Cty TNHH MTV", "Công ty TNHH 1TV", "Cty TNHH 1 TV", "Công ty TNHH MTV"),
    "cp": ("Công ty CP", "CTCP", "Cty CP", "Cty Cổ phần", "Cty cổ phần"),
}
FORM_EN = {
    "tnhh": ("Co., Ltd", "Co.,Ltd", "Company Limited", "Co. Ltd", "Limited"),
    "tnhh1": ("Co., Ltd", "One Member Co., Ltd", "One Member Company Limited", "Company Limited"),
    "cp": ("JSC", "Joint Stock Company", "J.S.C", "Corporation", "., JSC"),
}
COUNTRY_VI = {
    "KR": "Hàn Quốc",
    "JP": "Nhật Bản",
    "CN": "Trung Quốc",
    "TW": "Đài Loan",
    "SG": "Singapore",
    "VN": "Việt Nam",
}
_ORIGINS = ("KR", "JP", "CN", "TW", "SG")
_ORIGIN_W = (0.50, 0.20, 0.15, 0.08, 0.07)


class Ent:
    """One legal entity (doanh nghiệp): the unit that a truth label names."""

    __slots__ = (
        "truth",
        "origin",
        "sector",
        "form",
        "body_vi",
        "body_en",
        "brand_vi",
        "brand_en",
        "py",
        "old",
        "tax",
        "site",
        "lot",
        "num",
        "land",
        "fax",
        "mobiles",
        "email",
        "etags",
        "parent",
        "place",
        "trader",
        "hard",
        "k",
    )

    def __init__(self) -> None:
        self.old = None
        self.parent = None
        self.place = None
        self.land = ""
        self.fax = ""
        self.etags: tuple = ()
        self.hard = False
        self.py = ""


def tax_check(nine: str) -> int:
    """Mod-11 check digit of a 9-digit tax stem; 10 means the stem is never issued."""
    s = sum(int(c) * w for c, w in zip(nine, (31, 29, 23, 19, 17, 13, 7, 5, 3), strict=True))
    return 10 - s % 11


def tax_valid(code: str) -> bool:
    """True when a 10-digit tax code (or its first 10 digits) carries a correct check digit."""
    head = code[:10]
    if len(head) != 10 or not head.isdigit():
        return False
    c = tax_check(head[:9])
    return c != 10 and int(head[9]) == c


def _pick_w(r: random.Random, items, cum):
    return items[bisect.bisect(cum, r.random() * cum[-1])]


def _cum(ws):
    out, t = [], 0.0
    for w in ws:
        t += w
        out.append(t)
    return out


class _Pool:
    """Builds the enterprise pool with unique names, tax codes and phones."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.names: set[str] = set()
        self.taxes: set[str] = set()
        self.phones: set[str] = set()
        self.ents: list[Ent] = []
        self._sec_cum = _cum(_SECTOR_W)
        self._sec_cum_fdi = _cum(_SECTOR_W_FDI)
        self._org_cum = _cum(_ORIGIN_W)
        self._site_tab: dict[tuple[str, str], tuple[list[int], list[float]]] = {}
        for reg in LOCAL:
            for sec in SECTORS:
                idx = [i for i, s in enumerate(SITES) if s[S_REG] == reg and s[S_SEC].get(sec)]
                self._site_tab[reg, sec] = (idx, _cum([SITES[i][S_SEC][sec] for i in idx]))

    # -- identifiers
    def tax(self, region: str) -> str:
        r = self.r
        pre = TAX_PREFIX[region]
        while True:
            stem = r.choice(pre) + f"{r.randrange(100000):05d}"
            c = tax_check(stem)
            if c == 10:
                continue
            code = stem + str(c)
            if code not in self.taxes:
                self.taxes.add(code)
                return code

    def land(self, region: str) -> str:
        r = self.r
        area, _, nd = AREA[region]
        while True:
            first = r.choice("3336628") if nd == 7 else r.choice("3367")
            p = area + first + f"{r.randrange(10 ** (nd - 1)):0{nd - 1}d}"
            if p not in self.phones:
                self.phones.add(p)
                return p

    def mobile(self) -> str:
        r = self.r
        while True:
            p = r.choice(_MOBILE_PREFIX) + f"{r.randrange(10**7):07d}"
            if p not in self.phones:
                self.phones.add(p)
                return p

    # -- names
    def _try_body(self, origin: str, sector: str, core):
        """One candidate (body_vi, body_en, brand_vi, brand_en, core)."""
        r = self.r
        if origin == "VN":
            if core is None:
                if r.random() < 0.12:
                    core = "".join(r.choice("ABCDEGHKLMNPQSTVX") for _ in range(r.choice((2, 3, 3))))
                else:
                    a, b = r.sample(_VN_CORE, 2)
                    core = f"{a} {b}"
            vi, en = r.choice(_SEC_PHRASES[sector]) if r.random() < 0.75 else r.choice(_GENERIC)
            body_vi, body_en = f"{vi} {core}", f"{fold(core)} {en}"
            if r.random() < 0.08:
                body_vi, body_en = body_vi + " Việt Nam", body_en + " Vietnam"
            return body_vi, body_en, core, fold(core), core
        if origin == "KR":
            if core is None:
                if r.random() < 0.3:
                    core = "".join(r.choice("ABCDEGHJKMNPSTWY") for _ in range(r.choice((2, 2, 3))))
                else:
                    a, b = r.sample(_KR_SYL, 2)
                    core = a + b.lower()
            u = r.random()
            word = r.choice(_KR_SEC[sector]) if r.random() < 0.6 else r.choice(_KR_WORD)
            if u < 0.25 and len(core) > 3:
                tail_vi, tail_en = "Vina", "Vina"
                body = core
            elif u < 0.85:
                tail_vi, tail_en = "Vina", "Vina"
                body = f"{core} {word}"
            else:
                tail_vi, tail_en = "Việt Nam", "Vietnam"
                body = f"{core} {word}"
            return f"{body} {tail_vi}", f"{body} {tail_en}", core, core, core
        if origin == "JP":
            if core is None:
                core = r.choice(_JP_ROOT) + r.choice(_JP_SUF)
            w1, t1 = r.choice(_JP_WORD[sector]) if r.random() < 0.75 else r.choice(_JP_GENERIC)
            if r.random() < 0.3:
                w2, t2 = r.choice(_JP_GENERIC)
                if w2 not in w1 and t2 != t1:
                    w1 = f"{w1} {w2}"
            en = f"{core} {w1} Vietnam"
            vi = f"{t1} {core} Việt Nam" if r.random() < 0.3 and " " not in w1 else f"{core} {w1} Việt Nam"
            return vi, en, core, core, core
        if origin in ("CN", "TW"):
            if core is None:
                syl = r.sample(_CN_SYL, 3 if r.random() < 0.3 else 2)
                py = "".join(p for p, _ in syl)
                py = py[0] + py[1:].lower()
                hv = " ".join(h for _, h in syl)
                core = (py, hv)
            py, hv = core
            sv, se = r.choice(_CN_SEC[sector]) if r.random() < 0.8 else r.choice(_CN_GENERIC)
            hanviet = r.random() < 0.6
            brand_vi = hv if hanviet else py
            if r.random() < 0.5:
                vi, en = f"{sv} {brand_vi} (Việt Nam)", f"{py} {se} (Vietnam)"
            else:
                vi, en = f"{sv} {brand_vi} Việt Nam", f"{py} {se} Vietnam"
            return vi, en, hv, py, core
        if core is None:
            a, b = r.sample(_OT_ROOT, 2)
            core = a + b.lower() if r.random() < 0.5 else f"{a} {b}"
        w = r.choice(_OT_WORD)
        return f"{core} {w} Việt Nam", f"{core} {w} Vietnam", core, core, core

    def body(self, origin: str, sector: str, core=None, reserve: bool = True):
        """A unique body (the name without its legal form); keeps `core` (brand) when given."""
        for attempt in range(60):
            cand = self._try_body(origin, sector, core if attempt < 40 else None)
            key = fold(cand[0]).lower()
            if key not in self.names:
                if reserve:
                    self.names.add(key)
                return cand
        # very large pools: append a locality word until unique
        base = cand
        for extra in (
            "Hải Phòng",
            "Miền Bắc",
            "Đông Bắc",
            "Duyên Hải",
            "Quốc tế",
            "Toàn Cầu",
            "Số 1",
            "Số 2",
        ):
            vi = f"{base[0]} {extra}"
            key = fold(vi).lower()
            if key not in self.names:
                self.names.add(key)
                return (vi, f"{base[1]} {fold(extra)}", *base[2:])
        i = 3
        while True:
            vi = f"{base[0]} Số {i}"
            key = fold(vi).lower()
            if key not in self.names:
                self.names.add(key)
                return (vi, f"{base[1]} No.{i}", *base[2:])
            i += 1

    # -- entities
    def _site(self, region: str, sector: str) -> int:
        idx, cum = self._site_tab[region, sector]
        return _pick_w(self.r, idx, cum)

    def _lot(self, site: int) -> tuple[str, int]:
        r = self.r
        style = SITES[site][S_LOT]
        if style == "street":
            return "", r.randrange(1, 480)
        if style == "cn":
            lot = (
                f"CN{r.randrange(1, 41)}" if r.random() < 0.5 else f"{r.choice('ABCDEF')}{r.randrange(1, 41)}"
            )
            if r.random() < 0.5:
                lot += f"-{r.randrange(1, 13)}"
        elif style == "cnd":
            lot = f"CN{r.randrange(1, 21)}.{r.randrange(1, 31)}" + r.choice(("", "", "", "A", "B"))
        elif style == "ld":
            lot = f"{r.choice('ABCDEFGHJKLMN')}-{r.randrange(1, 61)}"
        elif style == "ln":
            lot = f"{r.choice('ABCDEFGHKL')}{r.randrange(1, 61)}"
            if r.random() < 0.4:
                lot += f"-{r.randrange(1, 13)}"
        else:
            lot = str(r.randrange(1, 201)) if r.random() < 0.7 else f"{r.choice('ABCD')}{r.randrange(1, 41)}"
        return lot, 0

    def new(
        self, *, origin=None, sector=None, region=None, core=None, form=None, body=None, site=None
    ) -> Ent:
        r = self.r
        e = Ent()
        e.truth = ""
        if origin is None:
            origin = _pick_w(r, _ORIGINS, self._org_cum) if r.random() < 0.36 else "VN"
        e.origin = origin
        if sector is None:
            sector = _pick_w(r, SECTORS, self._sec_cum if origin == "VN" else self._sec_cum_fdi)
        e.sector = sector
        if form is None:
            u = r.random()
            if origin == "VN":
                form = "tnhh" if u < 0.45 else "tnhh1" if u < 0.63 else "cp"
                if sector == "logi" and r.random() < 0.3:
                    form = "cp"
            else:
                form = "tnhh" if u < 0.70 else "tnhh1" if u < 0.95 else "cp"
        e.form = form
        if body is None:
            body = self.body(origin, sector, core)
        e.body_vi, e.body_en, e.brand_vi, e.brand_en, core = body
        if origin in ("CN", "TW"):
            e.py = core[0]
        if region is None:
            region = "HP" if r.random() < 0.55 else "HD"
        if site is None:
            site = self._site(region, sector)
        e.site = site
        reg = SITES[site][S_REG]
        e.tax = self.tax(reg)
        e.lot, e.num = self._lot(site)
        if r.random() < (0.9 if origin != "VN" else 0.7):
            e.land = self.land(reg)
            if r.random() < 0.3:
                e.fax = self.land(reg)
        e.mobiles = [self.mobile()] + ([self.mobile()] if r.random() < 0.35 else [])
        dom = fold(e.brand_en).lower().replace(" ", "").replace("-", "")
        if origin == "VN" or r.random() < 0.3:
            e.email = (
                f"{r.choice(('ketoan', 'kinhdoanh', 'info', 'sales', 'contact'))}.{dom}@gmail.com"
                if r.random() < 0.4
                else f"{r.choice(('info', 'sales', 'kinhdoanh', 'admin'))}@{dom}.com.vn"
            )
        else:
            box = r.choice(("purchasing", "sales", "admin", "hr", "info"))
            e.email = f"{box}@{dom}{r.choice(('vina', 'vn', ''))}.com"
        e.trader = origin != "VN" or sector in ("logi", "steel") or r.random() < 0.45
        e.k = 1
        self.ents.append(e)
        return e

    def build(self, m: int) -> list[Ent]:
        r = self.r
        while len(self.ents) < m:
            u = r.random()
            if u < 0.025:
                self._namesakes()
            elif u < 0.045:
                self._twins()
            elif u < 0.08:
                self._sisters()
            elif u < 0.115:
                self._branch_family()
            else:
                self.new()
        for e in self.ents:
            if e.parent is None and "parent" not in e.etags and r.random() < 0.05:
                self._rename(e)
        return self.ents

    def _namesakes(self) -> None:
        # identical names registered before the merger in the two old provinces
        a = self.new(region="HP")
        b = self.new(
            origin=a.origin,
            sector=a.sector,
            region="HD",
            form=a.form,
            body=(a.body_vi, a.body_en, a.brand_vi, a.brand_en, (a.py, a.brand_vi) if a.py else a.brand_vi),
        )
        b.py = a.py
        for e in (a, b):
            e.etags = ("namesake",)
            e.hard = True

    def _twins(self) -> None:
        r = self.r
        a = self.new(form="tnhh" if r.random() < 0.7 else "tnhh1")
        shared = r.random() < 0.33
        region = SITES[a.site][S_REG] if r.random() < 0.5 else None
        b = self.new(
            origin=a.origin,
            sector=a.sector,
            form="cp",
            region=region,
            site=a.site if shared else None,
            body=(a.body_vi, a.body_en, a.brand_vi, a.brand_en, (a.py, a.brand_vi) if a.py else a.brand_vi),
        )
        b.py = a.py
        tags = ("form_twin",)
        if shared:
            b.land = a.land or self.land(SITES[a.site][S_REG])
            a.land = b.land
            b.lot, b.num = a.lot, a.num
            tags = ("form_twin", "shared_phone", "shared_address")
        for e in (a, b):
            e.etags = tags
            e.hard = True

    def _sisters(self) -> None:
        r = self.r
        a = self.new()
        core = (a.py, a.brand_vi) if a.origin in ("CN", "TW") else a.brand_vi
        group = [a]
        used = {a.sector}
        for _ in range(1 if r.random() < 0.7 else 2):
            sec = r.choice([s for s in SECTORS if s not in used])
            used.add(sec)
            group.append(self.new(origin=a.origin, sector=sec, core=core, region=SITES[a.site][S_REG]))
        if not a.land:
            a.land = self.land(SITES[a.site][S_REG])
        share_addr = r.random() < 0.6
        for e in group:
            e.land = a.land
            e.etags = ("sister", "shared_phone") + (("shared_address",) if share_addr else ())
            e.hard = True
            if share_addr:
                e.site, e.lot, e.num = a.site, a.lot, a.num

    def _branch_family(self) -> None:
        r = self.r
        u = r.random()
        if u < 0.85:
            site = r.choice(_OUTSIDE_SITES)
            p = self.new(site=site, form="cp" if r.random() < 0.6 else "tnhh")
        else:
            p = self.new(form="cp" if r.random() < 0.6 else "tnhh")
        p.etags = ("parent",)
        p.hard = True
        nb = 1 if r.random() < 0.6 else 2 if r.random() < 0.7 else 3
        nos = sorted(r.sample(range(1, 7), nb)) if r.random() < 0.3 else list(range(1, nb + 1))
        places = set()
        preg = SITES[p.site][S_REG]
        for no in nos:
            region = "HD" if preg == "HP" else "HP" if preg == "HD" else r.choice(LOCAL)
            site = self._site(region, p.sector)
            s = SITES[site]
            place = "Hải Phòng" if region == "HP" else "Hải Dương"
            if place in places:
                place = (
                    s[S_VI][0].replace("KCN ", "").replace("CCN ", "") if s[S_KIND] != "city" else s[S_NEW][1]
                )
            if place in places:
                place = f"số {no} tại {place}"
            places.add(place)
            b = Ent()
            b.truth = ""
            b.origin, b.sector, b.form = p.origin, p.sector, p.form
            b.body_vi, b.body_en, b.brand_vi, b.brand_en, b.py = (
                p.body_vi,
                p.body_en,
                p.brand_vi,
                p.brand_en,
                p.py,
            )
            b.parent, b.place = p, place
            b.site = site
            b.lot, b.num = self._lot(site)
            b.tax = f"{p.tax}-{no:03d}"
            b.land = self.land(region) if r.random() < 0.6 else ""
            b.mobiles = [self.mobile()]
            b.email = p.email
            b.trader = p.trader
            b.etags = ("branch",)
            b.hard = True
            b.k = 1
            self.ents.append(b)

    def _rename(self, e: Ent) -> None:
        r = self.r
        if e.form == "cp" and r.random() < 0.35:
            # converted from TNHH to joint-stock: same tax code, same body
            e.old = ("tnhh" if r.random() < 0.5 else "tnhh1", e.body_vi, e.body_en, e.brand_vi, e.brand_en)
        else:
            b = self.body(e.origin, e.sector)
            e.old = (e.form, b[0], b[1], b[2], b[3])
        e.etags = e.etags + ("renamed",)


# ----------------------------------------------------------------------------------------------------------
# Rendering helpers


def _typo(s: str, r: random.Random) -> str:
    if len(s) < 6:
        return s
    i = r.randrange(3, len(s) - 1)
    op = r.random()
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.55:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if op < 0.75:
        return s[:i] + s[i] + s[i:]
    if op < 0.9 and s[i].isalpha():
        return s[:i] + r.choice("aeinoutrhg") + s[i + 1 :]
    return s.replace(" ", "", 1) if " " in s[3:] else s[:i] + s[i + 1 :]


def _tax_fmt(code: str, r: random.Random, p_fmt: float, p_zero: float, p_typo: float, tags: list) -> str:
    """Renders a tax code the way one spreadsheet cell shows it."""
    branch = len(code) > 10
    head, tail = code[:10], code[11:]
    if r.random() < p_typo:
        d = list(head)
        i = r.randrange(2, 10)
        if r.random() < 0.5 and i < 9 and d[i] != d[i + 1]:
            d[i], d[i + 1] = d[i + 1], d[i]
        else:
            d[i] = r.choice([c for c in "0123456789" if c != d[i]])
        head = "".join(d)
        tags.append("tax_typo")
    u = r.random()
    if r.random() < p_zero:
        digits = (head + tail).lstrip("0")
        if branch and r.random() < 0.6:
            tags.append("tax_sci")
            return f"{int(digits):.5E}".replace("E+", "E+").replace(".00000E", "E")
        tags.append("tax_lost_zero")
        return digits if not branch else digits[:-3] + "-" + tail
    if u < p_fmt:
        v = r.random()
        if v < 0.3:
            tags.append("tax_spaced")
            s = f"{head[:4]} {head[4:7]} {head[7:]}" if r.random() < 0.6 else " ".join(head)
        elif v < 0.55:
            tags.append("tax_dotted")
            s = f"{head[:4]}.{head[4:7]}.{head[7:]}"
        elif v < 0.8:
            tags.append("tax_prefixed")
            s = r.choice(("MST: ", "MST ", "Mã số thuế: ", "'")) + head
        else:
            tags.append("tax_spaced")
            s = head + " "
        return s + (("-" + tail) if branch else "")
    if branch:
        v = r.random()
        if v < 0.15:
            tags.append("branch_no_dash")
            return head + tail
        if v < 0.3:
            return f"{head} - {tail}"
    return head + ("-" + tail if branch else "")


def _land_fmt(num: str, region: str, r: random.Random, p_old: float, p_intl: float, tags: list) -> str:
    area, old_area, nd = AREA[region]
    local = num[len(area) :]
    if r.random() < p_old:
        tags.append("phone_old_area")
        area = old_area
    if r.random() < p_intl and area != old_area:
        tags.append("phone_intl")
        v = r.random()
        if v < 0.4:
            return f"+84 {area} {local[:-3]} {local[-3:]}"
        if v < 0.7:
            return f"+84-{area}-{local}"
        return f"84{area}{local}" if v < 0.85 else f"(+84) {area} {local}"
    v = r.random()
    if v < 0.2:
        return f"0{area} {local[:-3]} {local[-3:]}"
    if v < 0.4:
        return f"0{area}.{local}" if r.random() < 0.5 else f"0{area}.{local[:-3]}.{local[-3:]}"
    if v < 0.55:
        return f"(0{area}) {local}"
    if v < 0.65:
        tags.append("phone_lost_zero")
        return f"{area}{local}"
    if v < 0.75:
        return f"0{area}-{local}"
    return f"0{area}{local}" if v < 0.9 else f"0{area} {local}"


def _mob_fmt(m: str, r: random.Random, p_old: float, p_intl: float, tags: list) -> str:
    if r.random() < p_old and m[:3] in _OLD_MOBILE:
        tags.append("phone_old_mobile")
        o = _OLD_MOBILE[m[:3]] + m[3:]
        return o if r.random() < 0.5 else f"{o[:4]} {o[4:7]} {o[7:]}"
    if r.random() < p_intl:
        tags.append("phone_intl")
        return f"+84 {m[1:4]} {m[4:7]} {m[7:]}" if r.random() < 0.6 else "+84" + m[1:]
    v = r.random()
    if v < 0.3:
        return m
    if v < 0.5:
        return f"{m[:4]} {m[4:7]} {m[7:]}"
    if v < 0.7:
        return f"{m[:4]}.{m[4:7]}.{m[7:]}"
    if v < 0.8:
        return f"{m[:3]} {m[3:6]} {m[6:]}"
    if v < 0.9:
        tags.append("phone_lost_zero")
        return m[1:]
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def _phone(
    e: Ent,
    r: random.Random,
    tags: list,
    *,
    p_land: float,
    p_old: float,
    p_intl: float,
    p_multi: float,
    p_ext: float,
    p_fax: float,
) -> str:
    reg = SITES[e.site][S_REG]
    if e.land and r.random() < p_land:
        s = _land_fmt(e.land, reg, r, p_old, p_intl, tags)
        if r.random() < p_ext:
            tags.append("phone_ext")
            x = r.randrange(100, 400)
            s += r.choice((f" - ext {x}", f" (máy lẻ {x})", f" ext.{x}", f" (ext. {x})", f"/{x}"))
        if e.fax and r.random() < p_fax:
            tags.append("fax_in_phone")
            f = _land_fmt(e.fax, reg, r, 0.0, 0.0, tags)
            s = r.choice((f"Tel: {s}; Fax: {f}", f"{s} - Fax: {f}", f"ĐT: {s}  Fax: {f}"))
        elif r.random() < p_multi:
            tags.append("multi_phone")
            s += r.choice(("; ", " - ", " / ", ", ")) + _mob_fmt(r.choice(e.mobiles), r, p_old, p_intl, tags)
        return s
    s = _mob_fmt(e.mobiles[0] if r.random() < 0.7 else r.choice(e.mobiles), r, p_old, p_intl, tags)
    if len(e.mobiles) > 1 and r.random() < p_multi:
        tags.append("multi_phone")
        s += r.choice(("; ", " - ", " / ")) + _mob_fmt(e.mobiles[1], r, p_old, p_intl, tags)
    return s


def _unit(pfx: str, name: str, r: random.Random, abbr: float) -> str:
    if r.random() < abbr:
        return f"{_UNIT_ABBR[pfx]} {name}" if r.random() < 0.8 else f"{_UNIT_ABBR[pfx]}{name}"
    if r.random() < 0.15 and not name.isdigit():
        return name
    return f"{pfx} {name}" if r.random() < 0.7 else f"{pfx.capitalize()} {name}"


def _addr_vi(
    e: Ent,
    r: random.Random,
    admin: str,
    tags: list,
    *,
    p_lot: float = 0.85,
    abbr: float = 0.3,
    p_prov: float = 0.9,
    p_new_prov: float = 0.5,
) -> str:
    s = SITES[e.site]
    reg = s[S_REG]
    parts = []
    if s[S_KIND] == "city":
        street = s[S_VI][e.num % len(s[S_VI])]
        if street.startswith(("tổ", "khu")):
            parts.append(street.capitalize())
        else:
            lane = f"/{e.num % 17 + 2}" if e.num % 5 == 0 else ""
            parts.append(
                r.choice(("Số {n} {st}", "Số {n}, {st}", "{n} {st}", "số {n} {st}")).format(
                    n=f"{e.num}{lane}", st=street if r.random() < 0.7 else street.split(" ", 1)[1]
                )
            )
        if reg in ("HN", "HCM") and r.random() < 0.4:
            parts.insert(0, f"Tầng {r.randrange(2, 20)}")
    else:
        if e.lot and r.random() < p_lot:
            parts.append(r.choice(("Lô ", "Lô ", "Lô đất ", "lô ", "Lô số ")) + e.lot)
        names = s[S_VI]
        parts.append(names[0] if r.random() < 0.6 else r.choice(names))
    if admin == "none":
        tags.append("park_only")
        if r.random() < 0.5:
            parts.append(r.choice(PROV_NEW[reg] if r.random() < p_new_prov else PROV_OLD[reg]))
    elif admin == "new":
        tags.append("new_admin")
        if s[S_KIND] == "city" or r.random() < 0.8:
            parts.append(_unit(*s[S_NEW], r, abbr))
        if r.random() < p_prov:
            parts.append(r.choice(PROV_NEW[reg]))
    elif admin == "mixed":
        tags.append("mixed_admin")
        if r.random() < 0.5:
            parts.append(_unit(*s[S_OCOM], r, abbr))
        parts.append(_unit(*s[S_ODIS], r, abbr))
        parts.append(r.choice(PROV_NEW[reg]))
    else:
        tags.append("old_admin")
        if s[S_KIND] == "city" or r.random() < 0.6:
            parts.append(_unit(*s[S_OCOM], r, abbr))
        if r.random() < 0.9:
            parts.append(_unit(*s[S_ODIS], r, abbr))
        if r.random() < p_prov:
            parts.append(r.choice(PROV_OLD[reg]))
    sep = ", " if r.random() < 0.85 else r.choice((" - ", ","))
    return sep.join(parts)


def _addr_en(e: Ent, r: random.Random, admin: str, tags: list) -> str:
    tags.append("english_address")
    s = SITES[e.site]
    reg = s[S_REG]
    parts = []
    if s[S_KIND] == "city":
        street = fold(s[S_VI][e.num % len(s[S_VI])])
        if street.startswith(("to ", "khu ")):
            parts.append(street.title())
        else:
            street = street.split(" ", 1)[1].title()
            parts.append(f"No. {e.num} {street} Street" if r.random() < 0.6 else f"{e.num} {street} St.")
    else:
        if e.lot and r.random() < 0.85:
            parts.append("Lot " + e.lot)
        parts.append(r.choice(s[S_EN]) if s[S_EN] else fold(s[S_VI][0]))
    if admin == "new":
        tags.append("new_admin")
        parts.append(f"{fold(s[S_NEW][1])} {_UNIT_EN[s[S_NEW][0]]}")
        parts.append(PROV_EN["HP" if reg == "HD" else reg])
    elif admin == "old":
        tags.append("old_admin")
        if r.random() < 0.5:
            parts.append(f"{fold(s[S_OCOM][1])} {_UNIT_EN[s[S_OCOM][0]]}")
        parts.append(fold(s[S_ODIS][1]) + (f" {_UNIT_EN[s[S_ODIS][0]]}" if r.random() < 0.6 else ""))
        parts.append(
            PROV_EN[reg] if r.random() < 0.7 else PROV_EN[reg].replace(" Province", "").replace(" City", "")
        )
    else:
        tags.append("park_only")
        parts.append(PROV_EN["HP" if reg == "HD" and r.random() < 0.5 else reg])
    if r.random() < 0.5:
        parts.append("Vietnam" if r.random() < 0.7 else "Viet Nam")
    return ", ".join(parts)


def _admin(r: random.Random, p_old: float, p_mixed: float, p_none: float) -> str:
    u = r.random()
    if u < p_none:
        return "none"
    if u < p_none + p_mixed:
        return "mixed"
    return "old" if u < p_none + p_mixed + p_old else "new"


def _name_parts(e: Ent, use_old: bool):
    if use_old and e.old is not None:
        return e.old
    return e.form, e.body_vi, e.body_en, e.brand_vi, e.brand_en


def _vi_name(e: Ent, r: random.Random, official: bool, use_old: bool, tags: list) -> str:
    form, body_vi, body_en, brand_vi, brand_en = _name_parts(e, use_old)
    if e.origin in ("CN", "TW") and e.py and r.random() < 0.2:
        # the other reading of the same Chinese name
        if e.brand_vi in body_vi:
            body_vi = body_vi.replace(e.brand_vi, e.py)
            tags.append("pinyin")
        elif e.py in body_vi:
            body_vi = body_vi.replace(e.py, e.brand_vi)
            tags.append("hanviet")
    if e.origin == "KR" and r.random() < 0.08:
        tags.append("vina_swap")
        body_vi = (
            body_vi.replace(" Vina", " Việt Nam")
            if body_vi.endswith("Vina")
            else body_vi.replace(" Việt Nam", " Vina")
        )
    forms = FORM_VI_OFF if official else FORM_VI_SHORT
    f = r.choice(forms[form])
    if e.parent is not None:
        p = e.parent
        pv = f"{r.choice(forms[p.form])} {p.body_vi}"
        place = e.place
        v = r.random()
        if v < 0.45:
            return f"Chi nhánh {pv} tại {place}"
        if v < 0.65:
            return f"Chi nhánh {place} - {pv}"
        if v < 0.8:
            return f"{pv} - Chi nhánh {place}"
        if v < 0.9:
            return f"CN {pv} tại {place}"
        return f"Nhà máy {p.brand_vi} {place} - Chi nhánh {pv}"
    return f"{f} {body_vi}"


def _en_name(e: Ent, r: random.Random, use_old: bool, tags: list) -> str:
    tags.append("english_name")
    form, body_vi, body_en, brand_vi, brand_en = _name_parts(e, use_old)
    if e.parent is not None:
        p = e.parent
        pe = f"{p.body_en} {r.choice(FORM_EN[p.form])}"
        place = fold(e.place).replace("so ", "No.").replace(" tai ", " ")
        v = r.random()
        if v < 0.5:
            return f"{pe} - {place} Branch"
        if v < 0.8:
            return f"{pe} ({place} branch)"
        return f"Branch of {pe} in {place}"
    if e.origin == "KR" and r.random() < 0.08:
        tags.append("vina_swap")
        body_en = (
            body_en.replace(" Vina", " Vietnam")
            if body_en.endswith("Vina")
            else body_en.replace(" Vietnam", " Vina")
        )
    fe = r.choice(FORM_EN[form])
    return f"{body_en}{fe}" if fe.startswith(".") else f"{body_en} {fe}"


def _casual_name(e: Ent, r: random.Random, use_old: bool, tags: list) -> str:
    form, body_vi, body_en, brand_vi, brand_en = _name_parts(e, use_old)
    v = r.random()
    if e.hard or v < 0.45 or e.parent is not None:
        s = (
            _vi_name(e, r, False, use_old, tags).lower()
            if r.random() < 0.5
            else _vi_name(e, r, False, use_old, tags)
        )
        tags.append("casual_name")
        return s
    if v < 0.65:
        tags.append("brand_only")
        return brand_vi if r.random() < 0.6 else brand_en
    if v < 0.85:
        tags.append("casual_name")
        return r.choice(("cty ", "Cty ", "Công ty ", "CT ")) + (brand_vi if r.random() < 0.5 else brand_en)
    tags.append("casual_name")
    return body_vi if r.random() < 0.6 else body_en


# ----------------------------------------------------------------------------------------------------------
# Sources: each returns (name, tax, address, phone) and appends tags


def _src_tax_bhxh(e, r, tags):
    old = e.old is not None and r.random() < 0.15
    name = _vi_name(e, r, True, old, tags)
    if r.random() < 0.15:
        name = name.upper()
        tags.append("upper")
    elif r.random() < 0.05:
        name = fold(name)
        tags.append("unaccented")
    tax = _tax_fmt(e.tax, r, 0.14, 0.08, 0.03, tags) if r.random() < 0.97 else ""
    addr = _addr_vi(e, r, _admin(r, 0.5, 0.05, 0.0), tags, abbr=0.2)
    phone = (
        _phone(e, r, tags, p_land=0.85, p_old=0.15, p_intl=0.0, p_multi=0.05, p_ext=0.0, p_fax=0.05)
        if r.random() < 0.35
        else ""
    )
    if r.random() < 0.005:
        tags.append("mojibake_tcvn3")
        name, addr = name.translate(_TCVN3), addr.translate(_TCVN3)
    return name, tax, addr, phone, old


def _src_customs(e, r, tags):
    old = e.old is not None and r.random() < 0.4
    if e.origin != "VN" and r.random() < 0.2:
        name = _en_name(e, r, old, tags).upper()
    else:
        name = fold(_vi_name(e, r, True, old, tags)).upper()
        tags.append("unaccented")
    tags.append("upper")
    tax = _tax_fmt(e.tax, r, 0.0, 0.0, 0.015, tags)
    addr = fold(_addr_vi(e, r, _admin(r, 0.7, 0.1, 0.0), tags, p_lot=0.8, abbr=0.8, p_prov=0.8)).upper()
    addr = addr.replace("LO DAT ", "LO ").replace("KHU CONG NGHIEP", "KCN").replace("CUM CONG NGHIEP", "CCN")
    addr = addr.replace("THANH PHO HAI PHONG", "HP").replace("TP. HAI PHONG", "HAI PHONG")
    if r.random() < 0.55:
        phone = _phone(e, r, tags, p_land=0.8, p_old=0.35, p_intl=0.1, p_multi=0.0, p_ext=0.0, p_fax=0.0)
        if r.random() < 0.6:
            phone = "".join(c for c in phone if c.isdigit())
    else:
        phone = ""
    return name, tax, addr, phone, old


def _src_hd_doit(e, r, tags):
    old = e.old is not None and r.random() < 0.7
    name = _vi_name(e, r, r.random() < 0.3, old, tags)
    addr = _addr_vi(e, r, "old" if r.random() < 0.92 else "none", tags, abbr=0.5, p_prov=0.5, p_new_prov=0.0)
    u = r.random()
    if u < 0.25:
        name, addr = fold(name).upper(), fold(addr).upper()
        tags += ["unaccented", "upper"]
    elif u < 0.5:
        name = name.upper()
        tags.append("upper")
    if r.random() < 0.03:
        name = _typo(name, r)
        tags.append("name_typo")
    tax = _tax_fmt(e.tax, r, 0.05, 0.2, 0.03, tags) if r.random() < 0.85 else ""
    phone = (
        _phone(e, r, tags, p_land=0.8, p_old=0.4, p_intl=0.0, p_multi=0.15, p_ext=0.03, p_fax=0.1)
        if r.random() < 0.85
        else ""
    )
    v = r.random()
    if v < 0.02:
        tags.append("mojibake_vni")
        name, addr = name.translate(_VNI), addr.translate(_VNI)
    elif v < 0.04:
        tags.append("mojibake_tcvn3")
        name, addr = name.translate(_TCVN3), addr.translate(_TCVN3)
    return name, tax, addr, phone, old


def _src_bql(e, r, tags):
    old = e.old is not None and r.random() < 0.4
    if e.origin != "VN" and r.random() < 0.2:
        name = _en_name(e, r, old, tags)
    else:
        name = _vi_name(e, r, r.random() < 0.6, old, tags)
    if e.origin != "VN" and r.random() < 0.4:
        tags.append("country_in_name")
        name += f" ({COUNTRY_VI[e.origin]})" if r.random() < 0.7 else f" - {e.origin}"
    tax = _tax_fmt(e.tax, r, 0.08, 0.05, 0.02, tags) if r.random() < 0.75 else ""
    addr = _addr_vi(e, r, _admin(r, 0.15, 0.0, 0.7), tags, p_lot=0.95)
    phone = (
        _phone(e, r, tags, p_land=0.9, p_old=0.1, p_intl=0.05, p_multi=0.05, p_ext=0.05, p_fax=0.3)
        if r.random() < 0.55
        else ""
    )
    return name, tax, addr, phone, old


def _src_fair(e, r, tags):
    old = e.old is not None and r.random() < 0.1
    name = _casual_name(e, r, old, tags)
    if r.random() < 0.05:
        name = _typo(name, r)
        tags.append("name_typo")
    if r.random() < 0.12:
        name = fold(name)
        tags.append("unaccented")
    tax = _tax_fmt(e.tax, r, 0.25, 0.05, 0.05, tags) if r.random() < 0.35 else ""
    addr = (
        _addr_vi(e, r, _admin(r, 0.4, 0.15, 0.35), tags, p_lot=0.5, abbr=0.5, p_prov=0.7)
        if r.random() < 0.75
        else ""
    )
    phone = (
        _phone(e, r, tags, p_land=0.35, p_old=0.05, p_intl=0.05, p_multi=0.2, p_ext=0.02, p_fax=0.0)
        if r.random() < 0.9
        else ""
    )
    u = r.random()
    if u < 0.06:
        tags.append("email_in_phone")
        phone = e.email if not phone or r.random() < 0.5 else f"{phone} - {e.email}"
    elif u < 0.09 and phone:
        tags.append("phone_in_address")
        addr, phone = phone, (e.email if r.random() < 0.5 else "")
    return name, tax, addr, phone, old


def _src_anchor(e, r, tags):
    old = e.old is not None and r.random() < 0.5
    if r.random() < 0.85:
        name = _en_name(e, r, old, tags)
    else:
        name = fold(_vi_name(e, r, False, old, tags))
        tags.append("unaccented")
    if r.random() < 0.5:
        name = name.upper()
        tags.append("upper")
    code = f"{r.choice(('V', 'VD', 'S'))}{r.randrange(10000, 99999)}"
    if r.random() < 0.2:
        tags.append("vendor_code_in_name")
        name = f"[{code}] {name}" if r.random() < 0.5 else f"{code} - {name}"
    if r.random() < 0.7:
        tax = _tax_fmt(e.tax, r, 0.1, 0.03, 0.02, tags)
    elif r.random() < 0.17:
        tax = code
        tags.append("vendor_code_in_tax")
    else:
        tax = ""
    addr = _addr_en(e, r, "old" if r.random() < 0.7 else "new", tags) if r.random() < 0.9 else ""
    phone = (
        _phone(e, r, tags, p_land=0.7, p_old=0.05, p_intl=0.7, p_multi=0.1, p_ext=0.25, p_fax=0.05)
        if r.random() < 0.95
        else ""
    )
    return name, tax, addr, phone, old


def _src_port(e, r, tags):
    old = e.old is not None and r.random() < 0.4
    if r.random() < 0.6:
        name = _en_name(e, r, old, tags)
        if r.random() < 0.5:
            name = name.upper()
            tags.append("upper")
    else:
        name = _vi_name(e, r, False, old, tags)
    tax = _tax_fmt(e.tax, r, 0.1, 0.05, 0.02, tags) if r.random() < 0.5 else ""
    if r.random() < 0.2:
        addr = _addr_en(e, r, "old", tags)
    else:
        addr = _addr_vi(e, r, _admin(r, 0.75, 0.1, 0.1), tags, abbr=0.6)
    phone = (
        _phone(e, r, tags, p_land=0.9, p_old=0.2, p_intl=0.1, p_multi=0.3, p_ext=0.2, p_fax=0.1)
        if r.random() < 0.95
        else ""
    )
    if phone and r.random() < 0.15:
        tags.append("multi_phone")
        phone += " - Hotline: " + _mob_fmt(e.mobiles[-1], r, 0.0, 0.0, tags)
    return name, tax, addr, phone, old


def _src_hq(e, r, tags):
    old = e.old is not None and r.random() < 0.3
    name = _vi_name(e, r, True, old, tags)
    if e.parent is not None and r.random() < 0.25:
        tags.append("tax_parent_for_branch")
        tax = e.tax[:10]
    else:
        tax = _tax_fmt(e.tax, r, 0.05, 0.03, 0.01, tags) if r.random() < 0.95 else ""
    addr = _addr_vi(e, r, _admin(r, 0.4, 0.1, 0.05), tags)
    phone = (
        _phone(e, r, tags, p_land=0.8, p_old=0.1, p_intl=0.0, p_multi=0.1, p_ext=0.1, p_fax=0.15)
        if r.random() < 0.8
        else ""
    )
    return name, tax, addr, phone, old


_RENDER = {
    "tax_bhxh": _src_tax_bhxh,
    "customs": _src_customs,
    "hd_doit": _src_hd_doit,
    "bql": _src_bql,
    "fair": _src_fair,
    "anchor_avl": _src_anchor,
    "port_dir": _src_port,
    "hq_list": _src_hq,
}
_ANCHOR_SECTORS = {"elec", "mech", "rubber", "pack", "logi", "auto"}


def _eligible(e: Ent) -> tuple[str, ...]:
    s = SITES[e.site]
    reg = s[S_REG]
    local = reg in LOCAL
    out = []
    if local:
        out.append("tax_bhxh")
    if e.trader:
        out.append("customs")
    if reg == "HD":
        out.append("hd_doit")
    if local and s[S_KIND] == "kcn":
        out.append("bql")
    if local:
        out.append("fair")
    if e.sector in _ANCHOR_SECTORS:
        out.append("anchor_avl")
    if e.sector in ("logi", "steel") or (e.trader and e.sector in ("auto", "pack") and local):
        out.append("port_dir")
    if e.parent is not None or "parent" in e.etags:
        out.append("hq_list")
    if not out:
        out.append("customs")
    return tuple(out)


_K_DIST = (0.417, 0.22, 0.13, 0.08, 0.05, 0.035, 0.025, 0.017, 0.011, 0.007, 0.005, 0.003)
_K_MAX = len(_K_DIST)


def _calibrate(groups: dict[tuple[str, ...], int], total: int) -> dict[tuple[str, ...], tuple[list, list]]:
    """Source weights such that the expected record shares match SOURCE_SHARES (iterative scaling)."""
    w = dict(SOURCE_SHARES)
    for _ in range(80):
        exp = dict.fromkeys(SOURCES, 0.0)
        for sig, mass in groups.items():
            tw = sum(w[s] for s in sig)
            for s in sig:
                exp[s] += mass * w[s] / tw
        for s in SOURCES:
            if exp[s] > 0:
                w[s] = min(w[s] * (SOURCE_SHARES[s] * total / exp[s]) ** 0.8, 1e6)
    return {sig: (list(sig), _cum([w[s] for s in sig])) for sig in groups}


def _generate(n: int, seed: int, with_tags: bool):
    if n <= 0:
        return [], []
    r = random.Random(f"gen_coast:{seed}")
    m = max(1, min(n, round(n / 2.6)))
    pool = _Pool(r).build(m)
    # records per enterprise: draw, then nudge to exactly n
    kcum = _cum(_K_DIST)
    ks = list(range(1, _K_MAX + 1))
    if len(pool) > n:
        pool = pool[:n]
        for e in pool:
            if e.parent is not None and e.parent not in pool:
                e.parent = None
                e.etags = ()
    total = 0
    for e in pool:
        e.k = _pick_w(r, ks, kcum)
        total += e.k
    np_ = len(pool)
    while total > n:
        e = pool[r.randrange(np_)]
        if e.k > 1:
            e.k -= 1
            total -= 1
    while total < n:
        e = pool[r.randrange(np_)]
        if e.k < _K_MAX:
            e.k += 1
            total += 1
    for i, e in enumerate(pool):
        e.truth = f"hp{seed}-{i:07d}"
    groups: dict[tuple[str, ...], int] = {}
    sigs = []
    for e in pool:
        sig = _eligible(e)
        sigs.append(sig)
        groups[sig] = groups.get(sig, 0) + e.k
    table = _calibrate(groups, n)

    rows = []
    rnd = r.random
    for e, sig in zip(pool, sigs, strict=True):
        srcs, cum = table[sig]
        top = cum[-1]
        for _ in range(e.k):
            src = srcs[bisect.bisect(cum, rnd() * top)]
            tags = ["src:" + src]
            tags.extend(e.etags)
            name, tax, addr, phone, old = _RENDER[src](e, r, tags)
            if old:
                tags.append("old_name")
                if not tax:  # an officer links the old name through the tax code
                    tax = e.tax
            if not tax:
                tags.append("no_tax")
                if e.hard and not addr:
                    addr = _addr_vi(e, r, "none", tags)
            if not phone:
                tags.append("no_phone")
            if not addr:
                tags.append("no_address")
            rows.append((name, tax, addr, phone, e.truth, tuple(dict.fromkeys(tags)) if with_tags else None))
    r.shuffle(rows)
    _spread(rows, r)
    recs = [
        {
            "id": f"C{seed}-{i:07d}",
            "name": x[0],
            "tax_code": x[1],
            "address": x[2],
            "phone": x[3],
            "truth": x[4],
        }
        for i, x in enumerate(rows)
    ]
    tags_out = [x[5] for x in rows] if with_tags else []
    return recs, tags_out


def _spread(rows: list, r: random.Random) -> None:
    """Swaps records so that no two records of one enterprise sit next to each other."""
    n = len(rows)
    for i in range(1, n):
        if rows[i][4] != rows[i - 1][4]:
            continue
        t = rows[i][4]
        for _ in range(200):
            j = r.randrange(n)
            tj = rows[j][4]
            if tj == t or abs(j - i) <= 1:
                continue
            if rows[i - 1][4] == tj or (i + 1 < n and rows[i + 1][4] == tj):
                continue
            if (j > 0 and rows[j - 1][4] == t) or (j + 1 < n and rows[j + 1][4] == t):
                continue
            rows[i], rows[j] = rows[j], rows[i]
            break


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic records for (n, seed); keys id, name, tax_code, address, phone, truth."""
    return _generate(n, seed, False)[0]


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """records(n, seed) and one tag tuple per record ("src:NAME", then noise / hard-case tags)."""
    return _generate(n, seed, True)


def main(argv: list[str] | None = None) -> None:
    """CLI: python gen_coast.py [N] [SEED] prints a summary."""
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 10000
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    src = Counter(t[0] for t in tags)
    other = Counter(x for t in tags for x in t[1:])
    per = Counter(Counter(rec["truth"] for rec in recs).values())
    ents = sum(per.values())
    print(
        f"records: {len(recs)}  enterprises: {ents}  "
        f"mean records/enterprise: {len(recs) / max(ents, 1):.2f}  time: {dt:.1f}s"
    )
    try:
        import resource

        print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    except ImportError:  # pragma: no cover
        pass
    print("per source:")
    for s in SOURCES:
        c = src.get("src:" + s, 0)
        print(f"  {s:12s} {c:9d}  {c / max(n, 1):6.1%}  (target {SOURCE_SHARES[s]:.0%})")
    print("records per enterprise:")
    for k in sorted(per):
        print(f"  {k:3d}: {per[k]:8d}  {per[k] / max(ents, 1):6.1%}")
    print("tags:")
    for t, c in other.most_common():
        print(f"  {t:22s} {c:9d}  {c / max(n, 1):6.2%}")
    for rec, t in list(zip(recs, tags, strict=True))[:12]:
        print(" ", rec, t)


if __name__ == "__main__":
    main()
