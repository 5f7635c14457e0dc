"""ALL DATA IS SYNTHETIC. Held-out entity-resolution benchmark: the supporting-industry register of the new Cần Thơ.

Scenario
--------
On 1 July 2025 old Cần Thơ city, old Sóc Trăng province and old Hậu Giang province merged into the new Cần Thơ city;
the district level was abolished and communes/wards were merged and renamed. The city's Department of Industry and
Trade (Sở Công Thương) builds one register of supporting-industry (CNHT) enterprises serving agro-food and seafood
processing: packaging (carton, PE bags), cold storage and refrigeration installers, mechanical workshops building
rice-milling and drying machines, boat and engine repair, labels and printing, chemicals, feed; many family firms and
household businesses, some Khmer owners (Sóc Trăng: Thạch, Sơn, Kim, Lâm, Danh), some Taiwanese and Japanese
food-machinery suppliers in the parks. The register is compiled from eight lists that describe the same firms in
their own ways. Every record is (id, name, tax_code, address, phone) plus `truth`, the label of the real enterprise.

Firm names are random combinations of syllables and words (no real firm is meant). Tax codes are random with the
valid mod-11 check digit (weights 31,29,23,19,17,13,7,5,3; check = 10 - sum mod 11; 10 is never issued); old
Cần Thơ codes start 18, Sóc Trăng 22, Hậu Giang 63; household owners' personal codes start 8; dependent branches
are `<parent 10 digits>-001`; since 2025 households may be identified by the owner's 12-digit citizen ID (CCCD,
province code 092/094/093). Phones are random inside real formats: 10-digit mobiles with current network prefixes,
landlines 0292 (Cần Thơ), 0299 (Sóc Trăng), 0293 (Hậu Giang) + 7 digits, a few 028 head offices; old lists keep
pre-2017 area codes 0710 / 0711 / 079 (an old Sóc Trăng "079 3xx xxxx" looks like a current 079 mobile) and
pre-2018 11-digit mobiles (0168 -> 038 ...). Place names
(provinces, old districts, communes/wards, hamlets, parks and clusters) are real; the old-to-new commune mapping and
some hamlet/street placements are APPROXIMATE and must not be used as an official table.

Sources (tag `src:<name>`) and their habits
-------------------------------------------
- `thue`      tax department e-invoice extract: official name in capitals WITH diacritics, tax code always (branches
              with -001; households by 12-digit CCCD), address re-registered in the new units ("phường Thới An Đông,
              thành phố Cần Thơ"), phone often blank or the accounting-service office that files for the firm.
- `nganhang`  a bank's SME loan list: CAPITALS WITHOUT DIACRITICS, "CTY TNHH", "DNTN", "HKD"; tax code stored as a
              number (1801234567.0, thousands separators); mobiles that lost the leading 0 or carry 84; old units.
- `bql`       industrial-park / cluster board tenant list: legal name or English name for FDI, lot addresses
              ("Lô 16A, KCN Trà Nóc 1"), phone frequently the park hotline or cluster-centre phone.
- `hiephoi`   Mekong business association member directory: legal name, sometimes "(ENGLISH NAME)" appended,
              "Cty" abbreviations, phones "(0292) 3.841.234" or +84, half the addresses already in new units.
- `st_cu`     old Sóc Trăng CNHT list typed before the merger: "T. Sóc Trăng", old districts, "Khóm", old 079 area
              code and 11-digit pre-2018 mobiles, DNTN/CS abbreviations, hỏi/ngã and telex typos, former names.
- `hg_cu`     old Hậu Giang CNHT list, same habits with 0711 / 0293 codes and "H. Châu Thành A".
- `nongnghiep` agriculture department's processing-facility list: trade names ("Cơ sở sấy lúa ..."), owner names in
              parentheses, "Ấp"/"KV" addresses in old units, landlines with dots, old 0710 codes, tax code rarely.
- `hoicho`    trade-promotion fair registration form filled by exhibitors: brand names, lower case or no diacritics,
              the representative's mobile (often not the firm's main phone), short addresses ("KCN Trà Nóc, CT").

Hard-case tags (after the `src:` tag, in this order of kinds)
-------------------------------------------------------------
name:    upper, no_diacritics, abbrev, typo, trade_name, english_name, renamed (former legal form / name of a
         converted DNTN), owner_name (household listed by the owner's real name), nfd (decomposed Unicode)
address: old_address, new_address, short_address (no lot/house number), addr_missing
phone:   phone_format, old_phone (0710/0711/079 or 11-digit mobile), phone_alt (a second phone of the firm),
         phone_multi (two phones in one cell), phone_missing, shared_phone (the phone is also used by other
         enterprises: park hotline, accounting office, cluster centre, branch using the head-office phone)
tax:     tax_missing, tax_mistyped (one digit wrong; check digit invalid), tax_format (text/number artefacts:
         '1801234567, 1801234567.0, 1.801.234.567, "1801 234 567", 1801234567001; a 03... code typed as a number
         loses its leading 0),
         tax_cccd (12-digit citizen ID as tax code)
entity:  household, khmer, foreign, branch (a branch with its own 13-digit code, and its parent: two enterprises),
         two_parks (same brand in two parks = two enterprises), common_name (same short household/DNTN name in two
         places = two enterprises), family (relatives' workshops in one hamlet: nearly equal names, two enterprises)

Realism rules
-------------
- Cluster sizes 1..8; roughly 60-70 % of records belong to multi-record enterprises; an enterprise appears in
  different lists, and about one time in ten twice in the same list.
- Every true pair is decidable by an officer with the two rows side by side: every record of a multi-record
  enterprise carries the enterprise's name core and at least two of (the canonical tax code, its own unshared
  phone, its lot/house-number address), so any two records share one of them.
- No two enterprises share a tax code (a branch's 13-digit code differs from its parent's 10-digit code); phones
  shared between enterprises are always tagged `shared_phone`.
"""

from __future__ import annotations

import gc
import random
import sys
import unicodedata
from collections import Counter

SOURCES = ("thue", "nganhang", "bql", "hiephoi", "st_cu", "hg_cu", "nongnghiep", "hoicho")

# ----------------------------------------------------------------------------------------------------------------
# text helpers


def _build_strip_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "D"}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    return table


_STRIP = _build_strip_table()


def strip_diacritics(s: str) -> str:
    return s.translate(_STRIP)


_HOINGA = dict(zip("ảẻỉỏủỷởửẩểổẳãẽĩõũỹỡữẫễỗẵ", "ãẽĩõũỹỡữẫễỗẵảẻỉỏủỷởửẩểổẳ", strict=True))
_OLD_TONE = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ",
             "ũy": "uỹ", "ụy": "uỵ", "òe": "oè", "óe": "oé"}


def _typo(rng: random.Random, s: str) -> str:
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 3]
    if not cand:
        return s + " "
    i = rng.choice(cand)
    w = words[i]
    op = rng.random()
    if op < 0.3 and any(c in _HOINGA for c in w):
        w = "".join(_HOINGA.get(c, c) for c in w)  # hỏi/ngã confusion (southern speech)
    elif op < 0.5 and strip_diacritics(w) != w:
        w = strip_diacritics(w) + rng.choice("sfrxj")  # telex residue: "Phats", "Thanhf"
    elif op < 0.7:
        j = rng.randrange(len(w) - 1)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.85:
        j = rng.randrange(len(w))
        w = w[:j] + w[j] + w[j:]
    else:
        w = strip_diacritics(w)
    words[i] = w
    return " ".join(words)


def _old_tone(s: str) -> str:
    for a, b in _OLD_TONE.items():
        if a in s:
            s = s.replace(a, b)
    return s


# ----------------------------------------------------------------------------------------------------------------
# geography (real names; old->new mapping approximate)

PROV = {
    #       old name          abbr   landline  old landline  tax prefix  CCCD code
    "CT": ("TP. Cần Thơ", "TPCT", "0292", "0710", "18", "092"),
    "ST": ("tỉnh Sóc Trăng", "ST", "0299", "079", "22", "094"),
    "HG": ("tỉnh Hậu Giang", "HG", "0293", "0711", "63", "093"),
}

# prov | old district (kind:name) | old commune (kind:name) | new commune (kind:name) | place kind | places
_UNITS_TXT = """
CT|Q:Ninh Kiều|P:Xuân Khánh|P:Ninh Kiều|st|30 Tháng 4;Mậu Thân;Nguyễn Văn Cừ
CT|Q:Ninh Kiều|P:An Hòa|P:Cái Khế|st|Cách Mạng Tháng Tám;Trần Hưng Đạo;Mậu Thân
CT|Q:Ninh Kiều|P:Hưng Lợi|P:Tân An|st|30 Tháng 4;Trần Hoàng Na;Nguyễn Văn Linh
CT|Q:Bình Thủy|P:Trà Nóc|P:Thới An Đông|st|Lê Hồng Phong;Huỳnh Phan Hộ;Trần Quang Diệu
CT|Q:Bình Thủy|P:Long Hòa|P:Long Tuyền|kv|Bình Phó A;Bình Phó B;Bình Thường
CT|Q:Cái Răng|P:Lê Bình|P:Cái Răng|st|Quốc lộ 1A;Lê Bình;Trần Hưng Đạo
CT|Q:Cái Răng|P:Tân Phú|P:Hưng Phú|kv|Phú Lợi;Phú Thạnh;Phú Thuận
CT|Q:Cái Răng|P:Ba Láng|P:Cái Răng|kv|Thạnh Hòa;Thạnh Phú;Thạnh Mỹ
CT|Q:Ô Môn|P:Châu Văn Liêm|P:Ô Môn|st|Quốc lộ 91;Trần Hưng Đạo;26 Tháng 3
CT|Q:Ô Môn|P:Phước Thới|P:Phước Thới|kv|Thới Hòa;Thới Bình;Thới Trinh
CT|Q:Ô Môn|P:Thới Long|P:Thới Long|kv|Thới Thuận;Thới Hưng;Thới Phước
CT|Q:Thốt Nốt|P:Thốt Nốt|P:Thốt Nốt|st|Quốc lộ 91;Nguyễn Trọng Quyền;Lê Thị Tạo
CT|Q:Thốt Nốt|P:Thới Thuận|P:Thuận Hưng|kv|Thới Bình;Thới Hòa;Thới An
CT|Q:Thốt Nốt|P:Trung Kiên|P:Trung Nhứt|kv|Trung Phú;Trung Thạnh;Qui Thạnh
CT|H:Phong Điền|TT:Phong Điền|X:Phong Điền|ap|Nhơn Lộc;Thị Tứ;Nhơn Lợi
CT|H:Phong Điền|X:Nhơn Ái|X:Nhơn Ái|ap|Nhơn Phú;Nhơn Thọ;Nhơn Thuận
CT|H:Cờ Đỏ|TT:Cờ Đỏ|X:Cờ Đỏ|ap|Thới Hòa;Thới Thuận;Thới Phong
CT|H:Thới Lai|TT:Thới Lai|X:Thới Lai|ap|Thới Phong A;Thới Thuận A;Thới Bình
CT|H:Vĩnh Thạnh|TT:Thạnh An|X:Thạnh An|ap|Phụng Quới A;Qui Long;Thạnh Lợi
CT|H:Vĩnh Thạnh|TT:Vĩnh Thạnh|X:Vĩnh Thạnh|ap|Vĩnh Quới;Vĩnh Thới;Vĩnh Tiến
ST|TP:Sóc Trăng|P:Phường 2|P:Phú Lợi|st|Lê Hồng Phong;Trần Hưng Đạo;Phú Lợi
ST|TP:Sóc Trăng|P:Phường 7|P:Sóc Trăng|st|Lê Duẩn;Tôn Đức Thắng;Quốc lộ 1A
ST|TP:Sóc Trăng|P:Phường 10|P:Sóc Trăng|kh|Khóm 3;Khóm 5;Khóm 6
ST|H:Châu Thành|X:An Hiệp|X:Phú Tâm|ap|An Trạch;Phước Hòa;Xây Đá B
ST|H:Châu Thành|TT:Châu Thành|X:Thuận Hòa|ap|Trà Quýt A;Phụ Hòa;Xa Mau
ST|H:Mỹ Xuyên|TT:Mỹ Xuyên|X:Mỹ Xuyên|kh|Khóm 1;Khóm 4;Khóm 6
ST|H:Mỹ Xuyên|X:Hòa Tú 1|X:Hòa Tú|ap|Hòa Phuông;Hòa Nhờ A;Hòa Thượng
ST|H:Kế Sách|TT:Kế Sách|X:Kế Sách|ap|An Thành;An Định;An Phú
ST|H:Kế Sách|X:An Lạc Thôn|X:An Lạc Thôn|ap|An Phú;An Thạnh;An Bình
ST|H:Long Phú|X:Đại Ngãi|X:Đại Ngãi|ap|Ngãi Hội 1;Ngãi Hội 2;Ngãi Hòa
ST|H:Long Phú|TT:Long Phú|X:Long Phú|ap|Phố;Thạnh Đức;Tân Thạnh
ST|H:Trần Đề|TT:Trần Đề|X:Trần Đề|ap|Cảng Cá;Giồng Chát;Đầu Giồng
ST|TX:Vĩnh Châu|P:Phường 1|P:Vĩnh Châu|kh|Khóm Vĩnh Bình;Khóm Biển Trên;Khóm Trà Teo
ST|TX:Ngã Năm|P:Phường 1|P:Ngã Năm|kh|Khóm 1;Khóm 2;Khóm Vĩnh Sử
ST|H:Mỹ Tú|TT:Huỳnh Hữu Nghĩa|X:Mỹ Tú|ap|Cầu Đồn;Mỹ Ninh;Tú Điềm
HG|TP:Vị Thanh|P:Phường 1|P:Vị Thanh|st|Trần Hưng Đạo;Nguyễn Công Trứ;30 Tháng 4
HG|TP:Vị Thanh|P:Phường 5|P:Vị Tân|kv|Khu vực 1;Khu vực 4;Khu vực 6
HG|TP:Ngã Bảy|P:Lái Hiếu|P:Ngã Bảy|st|Hùng Vương;Quốc lộ 61;Nguyễn Trãi
HG|H:Châu Thành|X:Đông Phú|X:Đông Phước|ap|Phú Thạnh;Phú Lễ;Đông Lợi
HG|H:Châu Thành|TT:Ngã Sáu|X:Ngã Sáu|ap|Đông Bình;Đông Lợi;Đông Thạnh
HG|H:Châu Thành|X:Phú Hữu|X:Phú Hữu|ap|Phú Lợi;Phú Xuân;Phú Trí A
HG|H:Châu Thành A|X:Tân Phú Thạnh|X:Tân Hòa|ap|Tân Thạnh;Tân Long;Tân Phú
HG|H:Châu Thành A|TT:Cái Tắc|X:Tân Hòa|ap|Tân Phú A;Tân Lợi;Tân Thuận
HG|H:Châu Thành A|X:Nhơn Nghĩa A|X:Thạnh Xuân|ap|Nhơn Thuận 1;Nhơn Xuân;Nhơn Lộc
HG|H:Phụng Hiệp|TT:Cây Dương|X:Phụng Hiệp|ap|Mỹ Lợi;Mỹ Phú;Mỹ Hưng
HG|TX:Long Mỹ|P:Thuận An|P:Long Mỹ|kv|Bình Thạnh;Bình Hưng;Bình An
HG|H:Vị Thủy|TT:Nàng Mau|X:Vị Thủy|ap|Thị Tứ;Vị Hòa;Vị Bình
"""

_KIND_LONG = {"Q": "quận", "H": "huyện", "TP": "thành phố", "TX": "thị xã", "P": "phường", "X": "xã",
              "TT": "thị trấn"}


def _parse_units() -> list[dict]:
    out = []
    for line in _UNITS_TXT.strip().splitlines():
        prov, dist, comm, new, pk, places = line.split("|")
        dk, dn = dist.split(":")
        ck, cn = comm.split(":")
        nk, nn = new.split(":")
        out.append({"prov": prov, "dk": dk, "dn": dn, "ck": ck, "cn": cn, "nk": nk, "nn": nn, "pk": pk,
                    "places": places.split(";")})
    return out


UNITS = _parse_units()
_UNIT_BY_COMM = {(u["prov"], u["cn"], u["dn"]): u for u in UNITS}
_UNITS_BY_PROV = {p: [u for u in UNITS if u["prov"] == p] for p in PROV}

# parks and clusters: (key, kind, variants of the name, (prov, old commune, old district))
PARKS = [
    ("TN1", "KCN", ("KCN Trà Nóc 1", "KCN Trà Nóc I", "Khu công nghiệp Trà Nóc 1"), ("CT", "Trà Nóc", "Bình Thủy")),
    ("TN2", "KCN", ("KCN Trà Nóc 2", "KCN Trà Nóc II", "Khu công nghiệp Trà Nóc 2"), ("CT", "Phước Thới", "Ô Môn")),
    ("HP", "KCN", ("KCN Hưng Phú", "KCN Hưng Phú 1", "Khu công nghiệp Hưng Phú"), ("CT", "Tân Phú", "Cái Răng")),
    ("TNO", "KCN", ("KCN Thốt Nốt", "Khu công nghiệp Thốt Nốt", "KCN Thốt Nốt"), ("CT", "Thới Thuận", "Thốt Nốt")),
    ("AN", "KCN", ("KCN An Nghiệp", "Khu công nghiệp An Nghiệp", "KCN An Nghiệp"), ("ST", "An Hiệp", "Châu Thành")),
    ("SH", "KCN", ("KCN Sông Hậu", "Khu công nghiệp Sông Hậu", "KCN Sông Hậu - đợt 1"),
     ("HG", "Đông Phú", "Châu Thành")),
    ("TPT", "KCN", ("KCN Tân Phú Thạnh", "Khu công nghiệp Tân Phú Thạnh", "KCN Tân Phú Thạnh GĐ1"),
     ("HG", "Tân Phú Thạnh", "Châu Thành A")),
    ("PHA", "CCN", ("CCN Phú Hữu A", "Cụm CN Phú Hữu A", "Cụm công nghiệp Phú Hữu A GĐ3"),
     ("HG", "Phú Hữu", "Châu Thành")),
    ("NNA", "CCN", ("CCN Nhơn Nghĩa A", "Cụm công nghiệp Nhơn Nghĩa A", "CCN Nhơn Nghĩa A"),
     ("HG", "Nhơn Nghĩa A", "Châu Thành A")),
    ("DN", "CCN", ("CCN Đại Ngãi", "Cụm công nghiệp Đại Ngãi", "CCN Đại Ngãi"), ("ST", "Đại Ngãi", "Long Phú")),
]
_PARK_SHORT = {"TN1": "KCN Trà Nóc", "TN2": "KCN Trà Nóc", "HP": "KCN Hưng Phú", "TNO": "KCN Thốt Nốt",
               "AN": "KCN An Nghiệp", "SH": "KCN Sông Hậu", "TPT": "KCN Tân Phú Thạnh", "PHA": "CCN Phú Hữu",
               "NNA": "CCN Nhơn Nghĩa A", "DN": "CCN Đại Ngãi"}

# ----------------------------------------------------------------------------------------------------------------
# names

SYL = ("Minh", "Phát", "Thành", "Hưng", "Phú", "Tân", "Long", "An", "Thịnh", "Lợi", "Hòa", "Khang", "Tín", "Nghĩa",
       "Đạt", "Vĩnh", "Quang", "Kim", "Ngọc", "Bảo", "Trí", "Đức", "Nhật", "Hoàng", "Gia", "Thuận", "Phong", "Huy",
       "Toàn", "Thắng", "Tiến", "Lộc", "Tài", "Hiệp", "Hải", "Trung", "Việt", "Mỹ", "Thạnh", "Nguyên", "Phước",
       "Định", "Vạn", "Đông", "Mai", "Sang", "Uy", "Thủy", "Khải", "Quý", "Duy", "Hiền", "Trọng", "Thái")
BRAND_PRE = ("Mekong", "Tây Đô", "Cửu Long", "Nam Bộ", "Sông Hậu", "Miền Tây", "Đồng Bằng", "Phương Nam")

# (Vietnamese, abbreviation, English) -- agro-food / seafood supporting industries
INDUSTRY = (
    ("Bao bì", "BB", "PACKAGING"), ("Bao bì Giấy", "BB Giấy", "PAPER PACKAGING"),
    ("Nhựa Bao bì", "Nhựa BB", "PLASTIC PACKAGING"), ("Cơ khí", "CK", "MECHANICAL"),
    ("Cơ khí Chế tạo máy", "CK CTM", "MACHINERY"), ("Cơ khí Nông nghiệp", "CK NN", "AGRI MACHINERY"),
    ("Điện lạnh", "ĐL", "REFRIGERATION"), ("Kỹ thuật Lạnh", "KT Lạnh", "COOLING ENGINEERING"),
    ("Kho lạnh", "Kho lạnh", "COLD STORAGE"), ("In Bao bì", "In BB", "PRINTING PACKAGING"),
    ("In ấn Nhãn mác", "In NM", "LABEL PRINTING"), ("Hóa chất", "HC", "CHEMICALS"),
    ("Thức ăn Thủy sản", "TĂ TS", "AQUAFEED"), ("Thức ăn Chăn nuôi", "TĂCN", "FEED"),
    ("Cơ khí Tàu thủy", "CK Tàu thủy", "MARINE ENGINEERING"), ("Máy sấy", "Máy sấy", "DRYER"),
    ("Thiết bị Chế biến", "TB Chế biến", "FOOD EQUIPMENT"),
)
PREFIX = (("", ""), ("Sản xuất Thương mại", "SX TM"), ("Thương mại Dịch vụ", "TM DV"),
          ("Sản xuất Thương mại Dịch vụ", "SX-TM-DV"), ("Đầu tư", "ĐT"), ("Kỹ thuật", "KT"))
FORMS = {
    "Công ty TNHH": ("Cty TNHH", "CTY TNHH", "C.ty TNHH"),
    "Công ty TNHH MTV": ("Cty TNHH MTV", "Cty TNHH 1TV", "Công ty TNHH Một thành viên"),
    "Công ty Cổ phần": ("Cty CP", "CTCP", "Công ty CP"),
    "Doanh nghiệp tư nhân": ("DNTN", "DN tư nhân", "DNTN"),
    "Cơ sở": ("CS", "Cơ sở", "C.sở"),
    "Cơ sở sản xuất": ("CSSX", "CS SX", "Cơ sở SX"),
    "Hộ kinh doanh": ("HKD", "Hộ KD", "HKD"),
}
HH_TRADE = ("cơ khí", "hàn tiện", "sửa chữa máy nông nghiệp", "đóng ghe", "sửa chữa máy ghe", "in lụa", "bao bì PE",
            "chế tạo máy sấy lúa", "làm lò sấy", "gia công cơ khí", "điện lạnh", "sản xuất bao bì", "xay xát",
            "cơ khí tàu thủy")
RANKS = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út")
GIVEN = ("Lúa", "Thành", "Phát", "Hùng", "Dũng", "Nhỏ", "Bé", "Đen", "Lớn", "Hiền", "Tâm", "Lành", "Sang", "Được",
         "Chiến", "Hên", "Mót", "Xị", "Tới", "Nhiều", "Lộc", "Cường", "Tiền", "Khởi", "Nghĩa", "Hoàng", "Sơn")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Châu",
            "Trương", "Đoàn", "Phan", "Tô")
MIDDLE_M = ("Văn", "Hữu", "Minh", "Thanh", "Công")
MIDDLE_F = ("Thị", "Ngọc", "Kim")
KHMER_SUR = ("Thạch", "Sơn", "Kim", "Lâm", "Danh", "Lý", "Triệu")
KHMER_SYL = ("Sô", "Phal", "Sà", "Rết", "Chanh", "Đa", "Sa", "Rươl", "Som", "Bo", "Ngọc", "Tha", "Sóc", "Khom", "Pho",
             "Ry", "Thol", "Sà Phia", "Mây", "Sen", "Kha", "Na", "Sung", "Chăn", "Thu", "Ni")
JP_A = ("Yama", "Kawa", "Naka", "Mori", "Taka", "Hoshi", "Matsu", "Fuji", "Saka", "Ishi", "Shima", "Oka", "Kita")
JP_B = ("moto", "da", "mura", "kawa", "saki", "no", "hara", "ta", "shita", "zawa", "oka")
JP_SUF = ("Seiki", "Kikai", "Techno", "Engineering", "Food Machinery", "Reiki")
TW_SYL = ("Chien", "Sheng", "Feng", "Hsin", "Tai", "Kuo", "Yung", "Chang", "Hua", "Fu", "Lung", "Ming", "Wei", "Chia")
TW_SUF = ("Machinery", "Industrial", "Packaging", "Precision", "Food Machinery")

# ----------------------------------------------------------------------------------------------------------------
# tax codes and phones

_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(nine: str) -> int:
    """Check digit of a Vietnamese tax code (10 = never issued)."""
    return 10 - sum(int(c) * w for c, w in zip(nine, _W, strict=True)) % 11


def tax_valid(code10: str) -> bool:
    return len(code10) == 10 and code10.isdigit() and check_digit(code10[:9]) == int(code10[9])


MOBILE_PREFIXES = ("086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039",
                   "088", "091", "094", "083", "084", "085", "081", "082",
                   "089", "090", "093", "070", "076", "077", "078", "079", "092", "056", "058", "099", "059")
# 2018 conversion of 11-digit mobiles: new prefix -> old prefix
OLD_MOBILE = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
              "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
              "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
              "056": "0186", "058": "0188", "059": "0199"}
OLD_LANDLINE = {"0292": "0710", "0293": "0711", "0299": "079"}


class _Ctx:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 1_000_003 + 20250701)
        self.taxes: set[str] = set()
        self.phones: set[str] = set()
        r = self.rng
        self.hotline = {p[0]: self.landline(p[3][0]) for p in PARKS}
        self.accounting = {p: [self.landline(p) if r.random() < 0.5 else self.mobile() for _ in range(6)]
                           for p in PROV}

    def tax(self, prefix: str) -> str:
        r = self.rng
        while True:
            nine = prefix + "".join(r.choice("0123456789") for _ in range(9 - len(prefix)))
            c = check_digit(nine)
            if c < 10 and (code := nine + str(c)) not in self.taxes:
                self.taxes.add(code)
                return code

    def mobile(self) -> str:
        r = self.rng
        while True:
            p = r.choice(MOBILE_PREFIXES) + str(r.randrange(10_000_000)).zfill(7)
            if p not in self.phones:
                self.phones.add(p)
                return p

    def landline(self, prov: str) -> str:
        r = self.rng
        while True:
            p = PROV[prov][2] + r.choice("3333336") + str(r.randrange(1_000_000)).zfill(6)
            if p not in self.phones:
                self.phones.add(p)
                return p


def _mistype(rng: random.Random, code: str) -> str:
    root, sep, br = code.partition("-")
    while True:
        d = list(root)
        if rng.random() < 0.5:
            i = rng.randrange(2, 9)
            d[i], d[i + 1] = d[i + 1], d[i]
        else:
            i = rng.randrange(2, 10)
            d[i] = rng.choice("0123456789".replace(d[i], ""))
        new = "".join(d)
        if not tax_valid(new):
            return new + sep + br


def _fmt_tax(rng: random.Random, code: str, src: str) -> str:
    root, _, br = code.partition("-")
    x = rng.random()
    if len(code) == 12:  # CCCD
        return ("'" + code) if x < 0.5 else f"{code[:3]} {code[3:6]} {code[6:]}"
    if br:
        if x < 0.4:
            return root + br
        if x < 0.7:
            return f"{root} - {br}"
        return "'" + code
    if src == "nganhang" or x < 0.3:
        return f"{int(root)}.0" if rng.random() < 0.6 else f"{int(root):,}".replace(",", ".")  # stored as number
    if x < 0.6:
        return "'" + root
    return f"{root[:4]} {root[4:7]} {root[7:]}"


def _fmt_phone(rng: random.Random, p: str, style: str) -> str:
    land = len(p) == 11
    if style == "old":
        if land and p[:4] in OLD_LANDLINE:
            return OLD_LANDLINE[p[:4]] + (" " if rng.random() < 0.5 else ".") + p[4:]
        if not land and p[:3] in OLD_MOBILE:
            return OLD_MOBILE[p[:3]] + p[3:]
        style = "dots"
    if style == "plain":
        return p
    if style == "nozero":
        return p[1:]
    if style == "84":
        return "84" + p[1:]
    if land:
        a, b = (p[:3], p[3:]) if p.startswith("028") else (p[:4], p[4:])
        if style == "dots":
            return f"{a}.{b[:3]}.{b[3:]}" if rng.random() < 0.5 and len(b) == 7 else f"{a}.{b[:4]}.{b[4:]}"
        if style == "spaces":
            return f"{a} {b[:4]} {b[4:]}"
        if style == "paren":
            return f"({a}) {b[0]}.{b[1:4]}.{b[4:]}" if rng.random() < 0.5 and len(b) == 7 else f"({a}) {b}"
        return f"+84 {a[1:]} {b}"
    a, b, c = p[:4], p[4:7], p[7:]  # mobile
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "spaces":
        return f"{a} {b} {c}"
    if style == "paren":
        return f"{a}-{b}-{c}"
    return f"+84 {p[1:4]} {p[4:7]} {p[7:]}"


# ----------------------------------------------------------------------------------------------------------------
# entities

_SIZE_W = {"firm": (52, 18, 11, 7, 5, 3, 2, 2), "foreign": (45, 20, 13, 9, 6, 3, 2, 2),
           "dntn": (58, 18, 10, 6, 4, 2, 1, 1), "household": (68, 15, 8, 4, 3, 1, 0.5, 0.5),
           "branch": (65, 20, 9, 4, 2, 0, 0, 0)}
_SIZES = (1, 2, 3, 4, 5, 6, 7, 8)


def _person(r: random.Random) -> tuple[str, str]:
    """(nickname label, real full name) of a southern household owner."""
    given = r.choice(GIVEN)
    sur = r.choice(SURNAMES)
    mid = r.choice(MIDDLE_F) if r.random() < 0.2 else r.choice(MIDDLE_M)
    return f"{r.choice(RANKS)} {given}", f"{sur} {mid} {given}"


def _khmer(r: random.Random) -> str:
    return f"{r.choice(KHMER_SUR)} {r.choice(KHMER_SYL)} {r.choice(KHMER_SYL)}"


def _locator(r: random.Random, u: dict, park: str | None) -> tuple:
    if park:
        lot = r.choice(("{n}{a}", "{a}{n}", "{m}-{n}{a}", "{n}")).format(
            n=r.randint(1, 60), a=r.choice("ABCDE"), m=r.randint(1, 9))
        return ("lot", lot, park)
    place = r.choice(u["places"])
    if u["pk"] == "st":
        num = str(r.randint(1, 420)) + (f"/{r.randint(1, 30)}" if r.random() < 0.25 else "")
        return ("st", num, place)
    return (u["pk"], str(r.randint(1, 14)) if r.random() < 0.6 else str(r.randint(10, 350)), place)


def _new_entity(ctx: _Ctx, kind: str, prov: str | None = None, park: str | None = None) -> dict:
    r = ctx.rng
    if prov is None:
        prov = r.choices(("CT", "ST", "HG"), (50, 25, 25))[0]
    if kind in ("firm", "foreign", "dntn") and park is None:
        p_park = {"firm": 0.45, "foreign": 0.9, "dntn": 0.1}[kind]
        if r.random() < p_park:
            cands = [p for p in PARKS if p[3][0] == prov]
            park = r.choice(cands)[0] if cands else None
    if park:
        pk = next(p for p in PARKS if p[0] == park)
        prov = pk[3][0]
        u = _UNIT_BY_COMM[pk[3]]
    else:
        u = r.choice(_UNITS_BY_PROV[prov])
    e = {"kind": kind, "prov": prov, "unit": u, "park": park, "tags": [], "former": None, "owner": None,
         "en": None, "tax": "", "cccd": "", "shared": False, "alt": ""}
    e["loc"] = _locator(r, u, park)
    if kind == "foreign":
        if r.random() < 0.55:
            core = r.choice(JP_A) + r.choice(JP_B)
            suf = r.choice(JP_SUF)
        else:
            a, b = r.sample(TW_SYL, 2)
            core, suf = f"{a} {b}", r.choice(TW_SUF)
        e.update(form="Công ty TNHH", prefix=("", ""), ind=None, core=core, suffix=f"{suf} Việt Nam",
                 en=f"{strip_diacritics(core).upper()} {suf.upper()} VIETNAM CO., LTD",
                 trade=f"{core} {suf}")
        e["tags"].append("foreign")
    elif kind in ("firm", "dntn"):
        if r.random() < 0.15:
            core = f"{r.choice(BRAND_PRE)} {r.choice(SYL)}"
        elif r.random() < 0.2:
            core = " ".join(r.sample(SYL, 3))
        else:
            core = " ".join(r.sample(SYL, 2))
        ind = r.choice(INDUSTRY)
        if kind == "dntn":
            form = "Doanh nghiệp tư nhân"
            if r.random() < 0.5:  # "DNTN Hai Thành"
                nick, full = _person(r)
                core, e["owner"] = nick, full
            pre = ("", "")
        else:
            form = r.choices(("Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần"), (50, 30, 20))[0]
            pre = r.choice(PREFIX)
            if form != "Công ty Cổ phần" and r.random() < 0.12:
                e["former"] = "Doanh nghiệp tư nhân"  # converted DNTN: older lists keep the old legal form
        e.update(form=form, prefix=pre, ind=ind, core=core, suffix="",
                 en=f"{strip_diacritics(core).upper()} {ind[2]} CO., LTD", trade=f"{ind[0]} {core}")
    else:  # household
        if prov == "ST" and r.random() < 0.45 or prov != "ST" and r.random() < 0.04:
            core = _khmer(r)
            e["owner"] = core
            e["tags"].append("khmer")
        else:
            core, e["owner"] = _person(r)
        trade = r.choice(HH_TRADE)
        form = r.choices(("Cơ sở", "Cơ sở sản xuất", "Hộ kinh doanh"), (60, 15, 25))[0]
        e.update(form=form, prefix=("", ""), ind=(trade, trade, ""), core=core, suffix="", trade=f"{trade} {core}")
        e["tags"].append("household")
    # identifiers
    if kind == "household":
        x = r.random()
        if x < 0.35:
            pass
        else:
            if x < 0.75:
                e["tax"] = ctx.tax("8")
            if x >= 0.55:
                e["cccd"] = PROV[prov][5] + r.choice("0101012") + str(r.randint(50, 99) if r.random() < 0.9 else
                                                                      r.randint(0, 5)).zfill(2) + \
                    str(r.randrange(1_000_000)).zfill(6)
    elif kind != "branch":
        e["tax"] = ctx.tax(PROV[prov][4] if kind != "foreign" or r.random() < 0.8 else "03")
    # phones
    land_p = {"firm": 0.55, "foreign": 0.7, "dntn": 0.35, "household": 0.12}.get(kind, 0.5)
    if kind == "foreign" and r.random() < 0.1:
        e["phone"] = "028" + str(r.randrange(10_000_000, 100_000_000))  # Hồ Chí Minh City head office
    else:
        e["phone"] = ctx.landline(prov) if r.random() < land_p else ctx.mobile()
    if r.random() < 0.45:
        e["alt"] = ctx.mobile()
    if kind in ("household", "dntn", "firm") and bool(e["tax"]) != bool(e["cccd"]) and r.random() < 0.04:
        e["phone"] = r.choice(ctx.accounting[prov])  # the tax agent's phone is the only phone on file
        e["shared"] = True
    return e


def _sibling(ctx: _Ctx, e: dict, trap: str) -> dict | None:
    r = ctx.rng
    if trap == "branch":
        b = dict(e)
        b["tags"] = list(e["tags"]) + ["branch"]
        other = r.choice([p for p in PROV if p != e["prov"]] + ["CT"])
        u = r.choice(_UNITS_BY_PROV[other])
        place = {"CT": "Cần Thơ", "ST": "Sóc Trăng", "HG": "Hậu Giang"}[other]
        b.update(kind="branch", prov=other, unit=u, park=None, former=None, loc=_locator(r, u, None),
                 branch_of=e, branch_place=place, tax=e["tax"] + "-" + r.choice(("001", "001", "002")),
                 alt=ctx.mobile() if r.random() < 0.3 else "", cccd="")
        if r.random() < 0.3:
            b["phone"] = e["phone"]
            b["shared"] = e["shared"] = True
        else:
            b["phone"] = ctx.landline(other) if r.random() < 0.5 else ctx.mobile()
        e["tags"].append("branch")
        return b
    if trap == "two_parks":
        others = [p for p in PARKS if p[0] != e["park"] and p[1] == "KCN"]
        pk = r.choice(others)
        s = _new_entity(ctx, e["kind"], park=pk[0])
        place = {"CT": "Cần Thơ", "ST": "Sóc Trăng", "HG": "Hậu Giang"}[s["prov"]]
        for k in ("form", "prefix", "ind", "core", "trade"):
            s[k] = e[k]
        s["suffix"] = (e["suffix"] + " " + place).strip() if e["kind"] != "foreign" else e["suffix"]
        if e["kind"] == "foreign":
            s["suffix"] = e["suffix"].replace("Việt Nam", place)
            s["en"] = e["en"].replace("VIETNAM", strip_diacritics(place).upper())
        else:
            s["en"] = e["en"].replace(" CO., LTD", " " + strip_diacritics(place).upper() + " CO., LTD")
        s["former"] = None
        s["tags"].append("two_parks")
        e["tags"].append("two_parks")
        return s
    if trap == "common_name":
        s = _new_entity(ctx, e["kind"], prov=r.choice([p for p in PROV if p != e["prov"]]))
        for k in ("form", "prefix", "ind", "core", "trade", "owner"):
            s[k] = e[k]
        s["tags"] = [t for t in s["tags"] if t != "khmer"] + (["khmer"] if "khmer" in e["tags"] else []) + \
            ["common_name"]
        e["tags"].append("common_name")
        return s
    if trap == "family":
        s = _new_entity(ctx, "household", prov=e["prov"])
        rank0, given = e["core"].split(" ", 1) if "khmer" not in e["tags"] else ("", "")
        if not given:
            return None
        rank = r.choice([x for x in RANKS if x != rank0])
        sur_mid = e["owner"].rsplit(" ", 1)[0]
        s.update(unit=e["unit"], core=f"{rank} {given}", owner=f"{sur_mid} {r.choice(GIVEN)}",
                 ind=e["ind"], form=e["form"], trade=f"{e['ind'][0]} {rank} {given}")
        k, num, place = e["loc"]
        s["loc"] = (k, str(int(num.split("/")[0]) + r.randint(1, 9)), place)
        s["tags"] = [t for t in s["tags"] if t != "khmer"] + ["family"]
        e["tags"].append("family")
        return s
    return None


# ----------------------------------------------------------------------------------------------------------------
# rendering

#            tax shown, mistyped, formatted, phone shown, full address, old-units address
SRC_P = {
    "thue": (1.00, 0.00, 0.08, 0.55, 1.00, 0.08),
    "nganhang": (0.97, 0.02, 0.55, 0.90, 0.92, 0.65),
    "bql": (0.85, 0.04, 0.10, 0.85, 0.97, 0.50),
    "hiephoi": (0.60, 0.04, 0.15, 0.93, 0.88, 0.50),
    "st_cu": (0.55, 0.07, 0.40, 0.88, 0.90, 1.00),
    "hg_cu": (0.55, 0.07, 0.40, 0.88, 0.90, 1.00),
    "nongnghiep": (0.35, 0.05, 0.20, 0.85, 0.85, 0.80),
    "hoicho": (0.30, 0.06, 0.20, 0.97, 0.40, 0.50),
}
PHONE_STYLES = {
    "thue": (("plain", 8), ("spaces", 1), ("dots", 1)),
    "nganhang": (("nozero", 4), ("plain", 4), ("84", 2)),
    "bql": (("spaces", 4), ("paren", 3), ("plain", 3)),
    "hiephoi": (("paren", 4), ("dots", 3), ("intl", 2), ("plain", 1)),
    "st_cu": (("old", 5), ("dots", 3), ("plain", 2)),
    "hg_cu": (("old", 5), ("dots", 3), ("plain", 2)),
    "nongnghiep": (("dots", 5), ("plain", 3), ("old", 2)),
    "hoicho": (("plain", 6), ("spaces", 2), ("dots", 2)),
}


def _legal(e: dict, form: str | None = None, abbrev: bool = False, r: random.Random | None = None) -> str:
    form = form or e["form"]
    if abbrev and r is not None:
        f = r.choice(FORMS.get(form, (form,)))
        pre = e["prefix"][1]
        ind = e["ind"][1] if e["ind"] and r.random() < 0.3 else (e["ind"][0] if e["ind"] else "")
    else:
        f, pre, ind = form, e["prefix"][0], (e["ind"][0] if e["ind"] else "")
    parts = [f, pre, ind, e["core"], e["suffix"]]
    name = " ".join(p for p in parts if p)
    if e["kind"] == "branch":
        parent = _legal(e["branch_of"], abbrev=abbrev, r=r)
        cn = "CN" if abbrev else "Chi nhánh"
        return f"{cn} {parent} tại {e['branch_place']}"
    return name


def _render_name(r: random.Random, e: dict, src: str, tags: list, owner_form: bool) -> str:
    kind = e["kind"]
    old_list = src in ("st_cu", "hg_cu", "nongnghiep")
    form = e["form"]
    if e["former"] and (old_list or src == "hoicho" and r.random() < 0.3):
        form = e["former"]
        tags.append("renamed")
    abbrev = False
    if src == "thue":
        if owner_form:
            name = f"Hộ kinh doanh {e['owner']}"
            tags.append("owner_name")
        elif kind == "household" and e["owner"] == e["core"] and r.random() < 0.5:
            name = f"Hộ kinh doanh {e['owner']}"
        else:
            name = _legal(e, form)
        name = name.upper()
        tags.append("upper")
    elif src == "nganhang":
        name = strip_diacritics(_legal(e, form, abbrev=True, r=r)).upper()
        if kind == "household" and r.random() < 0.3:
            name = f"HKD {strip_diacritics(e['owner']).upper()} ({strip_diacritics(e['core']).upper()})"
            if e["owner"] != e["core"]:
                tags.append("owner_name")
        tags += ["upper", "no_diacritics", "abbrev"]
        abbrev = True
    elif src in ("bql", "hiephoi") and e["en"] and kind in ("foreign", "firm") and (
            kind == "foreign" and r.random() < 0.4 or r.random() < 0.12):
        if src == "hiephoi" and r.random() < 0.5:
            name = f"{_legal(e, form)} ({e['en']})"
        else:
            name = e["en"]
        tags.append("english_name")
    elif src == "hoicho" or src == "nongnghiep" and r.random() < 0.5:
        t = e["trade"]
        if kind == "branch":
            t = f"{e['branch_of']['trade']} {e['branch_place']}"
        if src == "nongnghiep" and kind == "household" and r.random() < 0.5 and e["owner"] != e["core"]:
            t = f"{t} ({e['owner']})"
            tags.append("owner_name")
        elif src == "nongnghiep" and r.random() < 0.4:
            t = f"Cơ sở {t}" if kind == "household" else f"Nhà máy {t}"
        name = t[0].upper() + t[1:]
        tags.append("trade_name")
    else:
        abbrev = src in ("st_cu", "hg_cu") and r.random() < 0.6 or src == "hiephoi" and r.random() < 0.35
        name = _legal(e, form, abbrev=abbrev, r=r)
        if abbrev:
            tags.append("abbrev")
    if src not in ("thue", "nganhang"):
        p_typo = {"st_cu": 0.2, "hg_cu": 0.2, "hoicho": 0.15, "nongnghiep": 0.1}.get(src, 0.04)
        if r.random() < p_typo:
            name = _typo(r, name)
            tags.append("typo")
        if src == "hoicho" and r.random() < 0.4:
            name = strip_diacritics(name)
            tags.append("no_diacritics")
            if r.random() < 0.5:
                name = name.lower()
        elif r.random() < 0.25:
            name = _old_tone(name)  # "Hoà", "Thuỷ": old tone placement
        if src in ("st_cu", "hg_cu") and r.random() < 0.15:
            name = name.upper()
            tags.append("upper")
        if r.random() < 0.03 and "no_diacritics" not in tags:
            name = unicodedata.normalize("NFD", name)
            tags.append("nfd")
    if abbrev and "abbrev" not in tags:
        tags.append("abbrev")
    if r.random() < 0.05:
        name = name + " " if r.random() < 0.5 else " " + name.replace(" ", "  ", 1)
    return name


def _unit_old(r: random.Random, e: dict, style: int) -> str:
    u = e["unit"]
    pv = PROV[e["prov"]]
    ck, cn, dk, dn = u["ck"], u["cn"], u["dk"], u["dn"]
    if style == 0:
        c = cn if cn.startswith("Phường") else f"{ck}. {cn}"
        return f"{c}, {dk}. {dn}, {pv[0] if e['prov'] == 'CT' else 'T. ' + pv[0][5:]}"
    if style == 1:
        c = f"{_KIND_LONG[ck]} {cn}" if not cn.startswith("Phường") else cn
        return f"{c}, {_KIND_LONG[dk]} {dn}, {pv[0].replace('TP.', 'thành phố')}"
    c = f"P{cn.split()[-1]}" if cn.startswith("Phường") else f"{ck}.{cn}"
    return f"{c}, {dk}.{dn}, {pv[1]}"


def _unit_new(r: random.Random, e: dict) -> str:
    u = e["unit"]
    c = f"{_KIND_LONG[u['nk']]} {u['nn']}" if r.random() < 0.6 else f"{u['nk']}. {u['nn']}"
    city = r.choice(("thành phố Cần Thơ", "TP. Cần Thơ", "TP Cần Thơ"))
    return f"{c}, {city}"


def _render_loc(r: random.Random, e: dict) -> str:
    k, num, place = e["loc"]
    if k == "lot":
        pk = next(p for p in PARKS if p[0] == place)
        return f"{r.choice(('Lô ', 'Lô ', 'lô ', 'Lô số '))}{num}, {r.choice(pk[2])}"
    if k == "st":
        if place.startswith("Quốc lộ"):
            pl = place if r.random() < 0.5 else place.replace("Quốc lộ ", "QL")
            return f"Số {num}, {pl}" if r.random() < 0.5 else f"{num} {pl}"
        return r.choice((f"Số {num}, đường {place}", f"{num} {place}", f"Số {num} {place}"))
    if k == "kv":
        lab = "" if place.startswith("Khu vực") else r.choice(("KV ", "khu vực ", "KV. "))
        return f"Số {num}, {lab}{place}" if int(num) > 14 else f"Tổ {num}, {lab}{place}"
    if k == "kh":
        pl = place if place.startswith("Khóm") else f"khóm {place}"
        return f"Số {num}, {pl}"
    lab = r.choice(("ấp ", "Ấp ", "ấp ", "A. "))
    return f"Số {num}, {lab}{place}" if int(num) > 14 else f"Tổ {num}, {lab}{place}"


def _render_addr(r: random.Random, e: dict, mode: str, old: bool, src: str, tags: list) -> str:
    if mode == "none":
        tags.append("addr_missing")
        return ""
    if mode == "short":
        tags.append("short_address")
        if e["park"] and r.random() < 0.7:
            return f"{_PARK_SHORT[e['park']]}, {r.choice(('Cần Thơ', 'CT', 'TP Cần Thơ'))}"
        u = e["unit"]
        if old:
            return f"{u['dn']}, {PROV[e['prov']][0].replace('tỉnh ', '').replace('TP. ', '')}"
        return f"{u['nn']}, Cần Thơ"
    loc = _render_loc(r, e)
    if old:
        tags.append("old_address")
        a = f"{loc}, {_unit_old(r, e, r.randrange(3))}"
    else:
        tags.append("new_address")
        a = f"{loc}, {_unit_new(r, e)}"
        if src == "thue":
            a += ", Việt Nam"
    if src == "nganhang":
        a = strip_diacritics(a).upper()
    elif src == "thue" and r.random() < 0.5:
        a = a.upper()
    return a


def _plan(r: random.Random, e: dict, src: str, multi: bool, owner_form: bool) -> tuple[str, str, str, bool]:
    """(tax mode, phone mode, address mode, old units) for one record, repaired so it carries 2 anchors.

    A record named only by the owner's real name (no name core) carries all three anchors."""
    p_tax, p_mis, p_fmt, p_ph, p_addr, p_old = SRC_P[src]
    canon = e["tax"] or e["cccd"]
    tm = "none"
    if canon and r.random() < p_tax:
        tm = "mis" if r.random() < p_mis and len(e["tax"]) in (10, 14) else ("fmt" if r.random() < p_fmt else "ok")
    pm = "none"
    if r.random() < p_ph:
        x = r.random()
        if src == "bql" and x < 0.22:
            pm = "hotline"
        elif src == "thue" and x < 0.25 and e["kind"] in ("household", "dntn", "firm"):
            pm = "accounting"
        elif e["alt"] and x < (0.55 if src == "hoicho" else 0.35):
            pm = "alt" if r.random() < 0.75 else "multi"
        else:
            pm = "pri"
    am = "full" if r.random() < p_addr else ("short" if src == "hoicho" or r.random() < 0.5 else "none")
    if multi:
        def anchors() -> int:
            shown = (e["cccd"] if src in ("thue", "nganhang") and e["cccd"] else e["tax"]) or e["cccd"]
            t = tm in ("ok", "fmt") and shown == canon
            p = pm in ("pri", "multi") and not e["shared"]
            return t + p + (am == "full")

        if anchors() < 2 and canon and tm != "mis":
            tm = "ok"
        if anchors() < 2:
            am = "full"
        if anchors() < 2:
            pm = "pri"
        if anchors() < 2:  # a shared phone and a mistyped code: keep the code right
            tm = "ok"
        if owner_form:
            tm, pm, am = "ok", "pri", "full"
    old = r.random() < p_old
    return tm, pm, am, old


def _render(r: random.Random, e: dict, src: str, multi: bool, ctx: _Ctx) -> tuple[dict, list]:
    tags = ["src:" + src]
    shown = (e["cccd"] if src in ("thue", "nganhang") and e["cccd"] else e["tax"]) or e["cccd"]
    owner_form = src == "thue" and e["kind"] == "household" and e["owner"] != e["core"] and r.random() < 0.5
    if owner_form and multi and (shown != (e["tax"] or e["cccd"]) or e["shared"]):
        owner_form = False
    tm, pm, am, old = _plan(r, e, src, multi, owner_form)
    name = _render_name(r, e, src, tags, owner_form)
    addr = _render_addr(r, e, am, old, src, tags)
    # phone
    phones: list[str] = []
    if pm == "none":
        ph = ""
        tags.append("phone_missing")
    else:
        if pm == "hotline":
            nums = [ctx.hotline[e["park"]]] if e["park"] else [e["phone"]]
        elif pm == "accounting":
            nums = [r.choice(ctx.accounting[e["prov"]])]
        elif pm == "alt":
            nums = [e["alt"]]
            tags.append("phone_alt")
        elif pm == "multi":
            nums = [e["phone"], e["alt"]] if r.random() < 0.6 else [e["alt"], e["phone"]]
            tags.append("phone_multi")
        else:
            nums = [e["phone"]]
        styles = PHONE_STYLES[src]
        parts = []
        for num in nums:
            st = r.choices([s for s, _ in styles], [w for _, w in styles])[0]
            txt = _fmt_phone(r, num, st)
            if st == "old" and (num[:4] in OLD_LANDLINE or num[:3] in OLD_MOBILE):
                tags.append("old_phone")
            elif st != "plain":
                tags.append("phone_format")
            parts.append(txt)
        ph = r.choice((" - ", " / ", "; ")).join(parts)
        phones = nums
        if pm in ("hotline", "accounting") or e["shared"] and e["phone"] in nums:
            tags.append("shared_phone")
    # tax
    if tm == "none":
        tax = ""
        tags.append("tax_missing")
    elif tm == "mis" and len(shown) != 12:
        tax = _mistype(r, shown)
        tags.append("tax_mistyped")
    elif tm == "fmt":
        tax = _fmt_tax(r, shown, src)
        tags.append("tax_format")
    else:
        tax = shown
    if len(shown) == 12 and tm != "none":
        tags.append("tax_cccd")
    tags += e["tags"]
    seen = set()
    tags = [t for t in tags if not (t in seen or seen.add(t))]
    return {"name": name, "tax_code": tax, "address": addr, "phone": ph, "_phones": phones}, tags


def _allowed_sources(e: dict) -> tuple[list[str], list[float]]:
    src, w = [], []
    has_id = bool(e["tax"] or e["cccd"])
    table = (("thue", 1.3 if has_id else 0), ("nganhang", (0.8 if e["kind"] != "household" else 0.35) * has_id),
             ("bql", 1.2 if e["park"] else 0), ("hiephoi", 0.3 if e["kind"] == "household" else 0.9),
             ("st_cu", 1.4 if e["prov"] == "ST" else 0), ("hg_cu", 1.4 if e["prov"] == "HG" else 0),
             ("nongnghiep", 1.2 if e["kind"] == "household" else 0.8), ("hoicho", 0.8))
    for s, x in table:
        if x > 0:
            src.append(s)
            w.append(x)
    return src, w


def _pick_sources(r: random.Random, e: dict, size: int) -> list[str]:
    src, w = _allowed_sources(e)
    out: list[str] = []
    s, ww = list(src), list(w)
    for _ in range(size):
        if not s or r.random() < 0.1:  # the same firm listed twice in one list
            out.append(r.choices(src, w)[0])
            continue
        i = r.choices(range(len(s)), ww)[0]
        out.append(s.pop(i))
        ww.pop(i)
    return out


def _generate(n: int, seed: int) -> tuple[list[dict], list[tuple]]:
    ctx = _Ctx(seed)
    r = ctx.rng
    rows: list = []
    pending: list[dict] = []
    ent_no = 0
    kinds = ("firm", "dntn", "household", "foreign")
    kind_w = (44, 12, 38, 6)
    while len(rows) < n:
        if pending:
            e = pending.pop()
        else:
            e = _new_entity(ctx, r.choices(kinds, kind_w)[0])
            x = r.random()
            trap = None
            if e["kind"] in ("firm", "foreign") and x < 0.05 and e["tax"]:
                trap = "branch"
            elif e["park"] and e["kind"] in ("firm", "foreign") and x < 0.10:
                trap = "two_parks"
            elif e["kind"] in ("household", "dntn") and x < 0.06:
                trap = "common_name"
            elif e["kind"] == "household" and x < 0.12 and "khmer" not in e["tags"]:
                trap = "family"
            if trap:
                s = _sibling(ctx, e, trap)
                if s is not None:
                    pending.append(s)
        ent_no += 1
        truth = f"ct-e{seed}-{ent_no:07d}"
        size = r.choices(_SIZES, _SIZE_W[e["kind"]])[0]
        size = min(size, n - len(rows))
        for src in _pick_sources(r, e, size):
            rec, tags = _render(r, e, src, size > 1, ctx)
            rec["truth"] = truth
            rows.append((rec, tuple(tags)))
    r.shuffle(rows)
    recs, tags = [], []
    for i in range(len(rows)):
        rec, t = rows[i]
        rows[i] = None  # free the working dict as soon as it is copied
        recs.append({"id": f"ct{i + 1:07d}", "name": rec["name"], "tax_code": rec["tax_code"],
                     "address": rec["address"], "phone": rec["phone"], "truth": rec["truth"]})
        tags.append(t)
    return recs, tags


def _generate_nogc(n: int, seed: int) -> tuple[list[dict], list[tuple]]:
    enabled = gc.isenabled()
    gc.disable()  # millions of small dicts: the cyclic collector would rescan them again and again
    try:
        return _generate(n, seed)
    finally:
        if enabled:
            gc.enable()


def records(n: int, seed: int = 0) -> list[dict]:
    """n labelled messy records (id, name, tax_code, address, phone, truth), shuffled, deterministic."""
    return _generate_nogc(n, seed)[0]


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """The records of records(n, seed) plus one tag tuple per record (first tag src:<source>)."""
    return _generate_nogc(n, seed)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python gen_cantho.py N [SEED]", file=sys.stderr)
        return 2
    n = int(argv[0])
    seed = int(argv[1]) if len(argv) > 1 else 0
    recs, tags = labelled(n, seed)
    sizes = Counter(Counter(r["truth"] for r in recs).values())
    multi = sum(k * v for k, v in sizes.items() if k > 1)
    print(f"records: {len(recs)}  enterprises: {sum(sizes.values())}  in multi-record enterprises: {multi}")
    print("cluster sizes: " + ", ".join(f"{k}:{sizes[k]}" for k in sorted(sizes)))
    src = Counter(t[0] for t in tags)
    print("sources: " + ", ".join(f"{k[4:]}={v}" for k, v in sorted(src.items())))
    tc = Counter(x for t in tags for x in t[1:])
    print("tags: " + ", ".join(f"{k}={v}" for k, v in sorted(tc.items(), key=lambda kv: -kv[1])))
    for rec, t in list(zip(recs, tags, strict=True))[:12]:
        print(rec, t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
