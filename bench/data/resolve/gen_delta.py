"""ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number.

Held-out benchmark generator "delta": the register of supporting-industry (CNHT) enterprises,
food-processing and agro-machinery suppliers that the Department of Industry and Trade of the
new Cần Thơ city (old Cần Thơ + Sóc Trăng + Hậu Giang, merged 1 July 2025, districts abolished,
two-level local government) compiles from older lists, together with neighbouring suppliers from
the new Vĩnh Long province (old Vĩnh Long + Bến Tre + Trà Vinh).  Place names (old districts,
communes, wards, industrial parks KCN Trà Nóc 1/2, Hưng Phú 1/2A, Thốt Nốt, Sông Hậu, Tân Phú
Thạnh, An Nghiệp, Trần Đề, Giao Long, Hòa Phú and a few CCN clusters) are real; the mapping of
old communes to post-2025 units is simplified.  Firm names, owners, lots and phones are synthetic.

Sources (share of records; each has its own habits):
  doit_legacy  18 %  old Sóc Trăng / Hậu Giang / Cần Thơ DOIT Excel lists: pre-2025 province,
                     district and commune names, "Cty TNHH"/"DNTN", often UPPER CASE or without
                     diacritics, old area codes (0710/079/0711...), 11-digit old mobiles,
                     Excel-damaged tax codes (leading zero lost, 1.80012E+09), ~2 % mojibake rows,
                     pre-rename names of renamed firms, DNTN form of converted firms.
  fair_reg     13 %  agricultural-machinery trade-fair registration typed by the firms: owner in
                     the name cell ("DNTN Cơ khí Ba Tâm (anh Tâm)"), brand only, mobiles, short
                     addresses, tax code mostly missing, typos and Southern spellings.
  seafood_asl  12 %  a seafood exporter's approved supplier list in English ("Co., Ltd", "JSC",
                     "Private Enterprise", "Tra Noc 1 IP, Can Tho City"), +84 phones.
  park_tenants 10 %  park-board tenant lists: official names, investor country, lot + park,
                     landline and fax; only firms located in a KCN/CCN.
  customs      15 %  customs declarant list: UPPER CASE without diacritics, tax code always
                     present (branches "-00n" or 13 digits), digits-only phones.
  khuyencong   13 %  khuyến công support-programme beneficiaries (2025): small DNTN / cơ sở,
                     owner names, new post-merger commune/ward names, mobiles.
  yellowpages  19 %  Yellow-Pages style directory: Title Case, several phones per cell, hotline,
                     stale old area codes, addresses old or new.

Enterprises: about n/2.6 (the pool grows with n); records per enterprise 1..12 (about 37 %
appear once, mean about 2.6).  Tax codes: 10 digits, mod-11 check digit (weights
31,29,23,19,17,13,7,5,3; codes whose check would be 10 are never issued), prefix by old province
(18 Cần Thơ, 22 Sóc Trăng, 63 Hậu Giang, 15 Vĩnh Long, 13 Bến Tre, 21 Trà Vinh, 03 HCMC,
01 Hà Nội); a branch is its own enterprise with code "<parent>-00n".

Hard cases (share of enterprises, approximate): namesakes - the same name (e.g. "DNTN Cơ khí
Thành Công") in different towns, different enterprises (~6 %); legal-form twins X TNHH vs X Cổ
phần, different enterprises (~3 %); branches "-00n" vs their parent (~4 % branches, ~2.5 %
parents); family firms sharing a phone or an address, different enterprises (~4 %); renamed
firms keeping the tax code (~4 %); DNTN converted to TNHH keeping the tax code (~3 %).

Noise (share of records, approximate): tax code missing ~35 %, spaced/dotted ~4 %, mistyped
~2 %, Excel-damaged ~2 %; phone missing ~12 %, several phones in one cell ~12 %, old area code or
11-digit mobile ~10 %; no diacritics ~35 %, upper case ~25 %, typos ~2 %, Southern spelling ~1 %,
mojibake ~0.4 %; English names ~14 %; old place names ~50 %; values in the wrong column ~1 %;
brand + mobile only ~1 %.

Interface: records(n, seed) -> list of dicts with keys id, name, tax_code, address, phone,
truth (all str); labelled(n, seed) -> (records, tag tuples, first tag "src:NAME").
CLI: python gen_delta.py [N] [SEED]
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from collections import Counter

SOURCES = ("doit_legacy", "fair_reg", "seafood_asl", "park_tenants", "customs", "khuyencong", "yellowpages")
SOURCE_SHARES = {
    "doit_legacy": 0.18,
    "fair_reg": 0.13,
    "seafood_asl": 0.12,
    "park_tenants": 0.10,
    "customs": 0.15,
    "khuyencong": 0.13,
    "yellowpages": 0.19,
}

# ---------------------------------------------------------------------------------------------
# text helpers


def _build_unaccent() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x1F00):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    return table


_UNACCENT = _build_unaccent()


def unaccent(s: str) -> str:
    return s.translate(_UNACCENT)


def _mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(first9: str) -> int | None:
    """Mod-11 check digit of a Vietnamese tax code; None when it would be 10 (never issued)."""
    c = 10 - sum(int(ch) * w for ch, w in zip(first9, _W, strict=True)) % 11
    return None if c == 10 else c


def valid_tax(code: str) -> bool:
    base = code.split("-")[0]
    if len(base) != 10 or not base.isdigit():
        return False
    return check_digit(base[:9]) == int(base[9])


# ---------------------------------------------------------------------------------------------
# geography (real names; old -> new mapping simplified)

TAX_PREFIX = {"CT": "18", "ST": "22", "HG": "63", "VL": "15", "BT": "13", "TV": "21", "HCM": "03", "HN": "01"}
NEW_AREA = {"CT": "0292", "ST": "0299", "HG": "0293", "VL": "0270", "BT": "0275", "TV": "0294",
            "HCM": "028", "HN": "024"}
OLD_AREA = {"CT": "0710", "ST": "079", "HG": "0711", "VL": "070", "BT": "075", "TV": "074",
            "HCM": "08", "HN": "04"}
PROV_OLD = {
    "CT": ("TP. Cần Thơ", "Thành phố Cần Thơ", "TP Cần Thơ", "Cần Thơ"),
    "ST": ("tỉnh Sóc Trăng", "Sóc Trăng", "T. Sóc Trăng"),
    "HG": ("tỉnh Hậu Giang", "Hậu Giang", "T. Hậu Giang"),
    "VL": ("tỉnh Vĩnh Long", "Vĩnh Long"),
    "BT": ("tỉnh Bến Tre", "Bến Tre"),
    "TV": ("tỉnh Trà Vinh", "Trà Vinh"),
    "HCM": ("TP. Hồ Chí Minh", "TP.HCM", "Tp Hồ Chí Minh"),
    "HN": ("TP. Hà Nội", "Hà Nội"),
}
PROV_NEW = {
    "CT": ("TP. Cần Thơ", "thành phố Cần Thơ", "Cần Thơ"),
    "ST": ("TP. Cần Thơ", "thành phố Cần Thơ", "Cần Thơ"),
    "HG": ("TP. Cần Thơ", "thành phố Cần Thơ", "Cần Thơ"),
    "VL": ("tỉnh Vĩnh Long", "Vĩnh Long"),
    "BT": ("tỉnh Vĩnh Long", "Vĩnh Long"),
    "TV": ("tỉnh Vĩnh Long", "Vĩnh Long"),
    "HCM": ("TP. Hồ Chí Minh", "TP.HCM"),
    "HN": ("TP. Hà Nội", "Hà Nội"),
}
PROV_EN = {"CT": "Can Tho City", "ST": "Soc Trang Province", "HG": "Hau Giang Province",
           "VL": "Vinh Long Province", "BT": "Ben Tre Province", "TV": "Tra Vinh Province",
           "HCM": "Ho Chi Minh City", "HN": "Hanoi"}
PROV_EN_NEW = {"CT": "Can Tho City", "ST": "Can Tho City", "HG": "Can Tho City", "VL": "Vinh Long Province",
               "BT": "Vinh Long Province", "TV": "Vinh Long Province", "HCM": "Ho Chi Minh City",
               "HN": "Hanoi"}
PROV_WEIGHT = {"CT": 42, "ST": 18, "HG": 14, "VL": 10, "BT": 8, "TV": 8}

# (province, district type, district name, "type:old>type:new|...", streets, hamlets)
# types: P phường, X xã, T thị trấn; district types Q quận, H huyện, TP thành phố, TX thị xã
_DISTRICTS_RAW = [
    ("CT", "Q", "Ninh Kiều", "P:Cái Khế>P:Cái Khế|P:An Hòa>P:Cái Khế|P:An Cư>P:Ninh Kiều|P:Tân An>P:Tân An"
     "|P:Xuân Khánh>P:Ninh Kiều|P:Hưng Lợi>P:An Bình|P:An Khánh>P:An Bình|P:An Bình>P:An Bình",
     "Nguyễn Văn Cừ|Trần Hưng Đạo|Mậu Thân|30 Tháng 4|Nguyễn Trãi|Cách Mạng Tháng Tám|3 Tháng 2|Hòa Bình",
     "khu vực 1|khu vực 2|khu vực 3|khu vực 5"),
    ("CT", "Q", "Bình Thủy", "P:Trà Nóc>P:Thới An Đông|P:Thới An Đông>P:Thới An Đông|P:Trà An>P:Thới An Đông"
     "|P:Bình Thủy>P:Bình Thủy|P:An Thới>P:Bình Thủy|P:Long Hòa>P:Long Tuyền|P:Long Tuyền>P:Long Tuyền",
     "Lê Hồng Phong|Cách Mạng Tháng Tám|Võ Văn Kiệt|Huỳnh Phan Hộ|Bùi Hữu Nghĩa",
     "khu vực Bình Phó|khu vực Bình Dương|khu vực Thới Hòa|khu vực Bình Thường"),
    ("CT", "Q", "Cái Răng", "P:Lê Bình>P:Cái Răng|P:Thường Thạnh>P:Cái Răng|P:Ba Láng>P:Cái Răng"
     "|P:Hưng Phú>P:Hưng Phú|P:Hưng Thạnh>P:Hưng Phú|P:Tân Phú>P:Hưng Phú|P:Phú Thứ>P:Hưng Phú",
     "Quốc lộ 1A|Võ Nguyên Giáp|Trần Hưng Đạo|Nguyễn Văn Quy|Quang Trung|Lê Bình",
     "khu vực Phú Thạnh|khu vực Thạnh Mỹ|khu vực Yên Thượng|khu vực Thạnh Hòa"),
    ("CT", "Q", "Ô Môn", "P:Châu Văn Liêm>P:Ô Môn|P:Thới Hòa>P:Ô Môn|P:Phước Thới>P:Phước Thới"
     "|P:Trường Lạc>P:Phước Thới|P:Thới Long>P:Thới Long|P:Long Hưng>P:Thới Long",
     "Quốc lộ 91|Kim Đồng|Trần Hưng Đạo|Tôn Đức Thắng",
     "khu vực Thới Lợi|khu vực Thới Phước|khu vực Long Thạnh|khu vực Thới Bình"),
    ("CT", "Q", "Thốt Nốt", "P:Thốt Nốt>P:Thốt Nốt|P:Thới Thuận>P:Thốt Nốt|P:Trung Nhứt>P:Trung Nhứt"
     "|P:Trung Kiên>P:Trung Nhứt|P:Thuận Hưng>P:Thuận Hưng|P:Tân Hưng>P:Thuận Hưng|P:Tân Lộc>P:Tân Lộc",
     "Quốc lộ 91|Nguyễn Trãi|Lê Thị Tạo|Đường tỉnh 921",
     "khu vực Phụng Thạnh|khu vực Long Thạnh A|khu vực Qui Long|khu vực Thới Bình"),
    ("CT", "H", "Phong Điền", "T:Phong Điền>X:Phong Điền|X:Nhơn Ái>X:Nhơn Ái|X:Nhơn Nghĩa>X:Nhơn Ái"
     "|X:Mỹ Khánh>X:Phong Điền|X:Trường Long>X:Trường Long|X:Giai Xuân>X:Phong Điền",
     "Đường tỉnh 923|Đường tỉnh 932|Lộ Vòng Cung",
     "ấp Nhơn Lộc|ấp Thạnh Hòa|ấp Mỹ Ái|ấp Tân Bình|ấp Nhơn Thọ"),
    ("CT", "H", "Cờ Đỏ", "T:Cờ Đỏ>X:Cờ Đỏ|X:Thới Hưng>X:Cờ Đỏ|X:Trung An>X:Trung Hưng|X:Trung Hưng>X:Trung Hưng"
     "|X:Đông Hiệp>X:Đông Hiệp",
     "Quốc lộ 80|Đường tỉnh 921|Đường tỉnh 919",
     "ấp Thới Hòa|ấp Thới Thuận|ấp Trung Thạnh|ấp Đông Thắng"),
    ("CT", "H", "Thới Lai", "T:Thới Lai>X:Thới Lai|X:Trường Thành>X:Trường Thành|X:Trường Xuân>X:Trường Xuân"
     "|X:Đông Thuận>X:Đông Thuận|X:Định Môn>X:Thới Lai",
     "Quốc lộ 91B|Đường tỉnh 922|Đường tỉnh 919",
     "ấp Thới Thuận A|ấp Trường Hòa|ấp Đông Lợi|ấp Thới Hiệp"),
    ("CT", "H", "Vĩnh Thạnh", "T:Vĩnh Thạnh>X:Vĩnh Thạnh|T:Thạnh An>X:Thạnh An|X:Thạnh Quới>X:Thạnh Quới"
     "|X:Thạnh Mỹ>X:Vĩnh Trinh|X:Vĩnh Trinh>X:Vĩnh Trinh",
     "Quốc lộ 80|Đường tỉnh 919",
     "ấp Vĩnh Quới|ấp Qui Lân|ấp Thạnh Phước|ấp Vĩnh Lân"),
    ("ST", "TP", "Sóc Trăng", "P:2>P:Sóc Trăng|P:3>P:Sóc Trăng|P:4>P:Phú Lợi|P:7>P:Phú Lợi|P:5>P:Mỹ Xuyên"
     "|P:6>P:Phú Lợi|P:8>P:Sóc Trăng|P:10>P:Mỹ Xuyên",
     "Trần Hưng Đạo|Lê Hồng Phong|Phú Lợi|Hùng Vương|Nguyễn Văn Linh|Quốc lộ 1A|Lý Thường Kiệt",
     "khóm 1|khóm 2|khóm 3|khóm 5"),
    ("ST", "H", "Châu Thành", "T:Châu Thành>X:Châu Thành|X:An Hiệp>X:An Ninh|X:An Ninh>X:An Ninh"
     "|X:Phú Tân>X:Phú Tâm|X:Hồ Đắc Kiện>X:Hồ Đắc Kiện|X:Thuận Hòa>X:Thuận Hòa",
     "Quốc lộ 1A|Đường tỉnh 932|Đường tỉnh 939",
     "ấp Phước Thuận|ấp Xa Mau|ấp Phú Hòa|ấp Trà Quýt A|ấp Phụng Hiệp"),
    ("ST", "H", "Kế Sách", "T:Kế Sách>X:Kế Sách|T:An Lạc Thôn>X:An Lạc Thôn|X:Phong Nẫm>X:Phong Nẫm"
     "|X:Nhơn Mỹ>X:Nhơn Mỹ|X:Đại Hải>X:Đại Hải|X:Thới An Hội>X:Thới An Hội",
     "Quốc lộ Nam Sông Hậu|Đường tỉnh 932",
     "ấp An Khương|ấp Phong Hòa|ấp Mỹ Hòa|ấp Ba Rinh"),
    ("ST", "H", "Mỹ Xuyên", "T:Mỹ Xuyên>X:Nhu Gia|X:Đại Tâm>X:Nhu Gia|X:Gia Hòa 1>X:Gia Hòa|X:Ngọc Tố>X:Ngọc Tố"
     "|X:Hòa Tú 1>X:Hòa Tú",
     "Quốc lộ 1A|Đường tỉnh 934|Triệu Nương",
     "ấp Đay Sô|ấp Phước Hòa|ấp Hòa Khanh|ấp Tâm Phước"),
    ("ST", "H", "Trần Đề", "T:Trần Đề>X:Trần Đề|T:Lịch Hội Thượng>X:Lịch Hội Thượng|X:Đại Ân 2>X:Trần Đề"
     "|X:Liêu Tú>X:Liêu Tú|X:Tài Văn>X:Tài Văn|X:Viên An>X:Viên An",
     "Quốc lộ Nam Sông Hậu|Đường tỉnh 934",
     "ấp Cảng Cá|ấp Chợ|ấp Đầu Giồng|ấp Nhì"),
    ("ST", "H", "Long Phú", "T:Long Phú>X:Long Phú|T:Đại Ngãi>X:Đại Ngãi|X:Trường Khánh>X:Trường Khánh"
     "|X:Tân Thạnh>X:Tân Thạnh",
     "Quốc lộ Nam Sông Hậu|Đường tỉnh 933",
     "ấp Ba Xuyên|ấp Phú Đức|ấp Nhơn Hòa|ấp Tân Quy"),
    ("ST", "TX", "Vĩnh Châu", "P:1>P:Vĩnh Châu|P:2>P:Vĩnh Châu|P:Khánh Hòa>P:Khánh Hòa|P:Vĩnh Phước>P:Vĩnh Phước"
     "|X:Lai Hòa>X:Lai Hòa|X:Vĩnh Hải>X:Vĩnh Hải",
     "Quốc lộ Nam Sông Hậu|Nguyễn Huệ|Trưng Vương",
     "khóm Vĩnh Bình|khóm Wathpich|khóm Biển Dưới|ấp Lai Hòa A"),
    ("ST", "TX", "Ngã Năm", "P:1>P:Ngã Năm|P:2>P:Ngã Năm|P:3>P:Mỹ Quới|X:Mỹ Quới>P:Mỹ Quới|X:Tân Long>X:Tân Long",
     "Quốc lộ 61B|Đường tỉnh 938",
     "khóm Vĩnh Mỹ|khóm Tân Thành|ấp Mỹ Đông"),
    ("ST", "H", "Thạnh Trị", "T:Phú Lộc>X:Phú Lộc|T:Hưng Lợi>X:Phú Lộc|X:Lâm Tân>X:Lâm Tân|X:Vĩnh Lợi>X:Vĩnh Lợi",
     "Quốc lộ 1A|Đường tỉnh 937",
     "ấp Tân Lộc|ấp Xóm Tro|ấp Kiết Lập"),
    ("HG", "TP", "Vị Thanh", "P:I>P:Vị Thanh|P:III>P:Vị Thanh|P:IV>P:Vị Tân|P:V>P:Vị Tân|P:VII>P:Vị Thanh"
     "|X:Hỏa Lựu>P:Vị Tân|X:Hỏa Tiến>P:Vị Tân",
     "Trần Hưng Đạo|Nguyễn Công Trứ|Quốc lộ 61|Ba Mươi Tháng Tư|Lê Hồng Phong",
     "khu vực 1|khu vực 4|ấp Thạnh Hòa|ấp Thạnh Lợi"),
    ("HG", "TP", "Ngã Bảy", "P:Ngã Bảy>P:Ngã Bảy|P:Lái Hiếu>P:Ngã Bảy|P:Hiệp Thành>P:Ngã Bảy|P:Hiệp Lợi>P:Đại Thành"
     "|X:Đại Thành>P:Đại Thành|X:Tân Thành>P:Đại Thành",
     "Hùng Vương|Quốc lộ 1A|Nguyễn Huệ|Trần Hưng Đạo",
     "khu vực 2|khu vực 3|ấp Mái Dầm|ấp Xẻo Vông"),
    ("HG", "TX", "Long Mỹ", "P:Thuận An>P:Long Mỹ|P:Bình Thạnh>P:Long Mỹ|P:Vĩnh Tường>P:Long Phú 1"
     "|X:Long Bình>P:Long Bình|X:Long Phú>P:Long Phú 1",
     "Quốc lộ 61B|Nguyễn Văn Trỗi|Đường tỉnh 930",
     "khu vực 1|khu vực Bình Hiếu|ấp 3|ấp Long Hòa"),
    ("HG", "H", "Châu Thành", "T:Ngã Sáu>X:Châu Thành|T:Mái Dầm>X:Châu Thành|X:Đông Phú>X:Đông Phước"
     "|X:Đông Phước>X:Đông Phước|X:Phú Hữu>X:Phú Hữu|X:Phú Tân>X:Phú Hữu",
     "Quốc lộ Nam Sông Hậu|Đường tỉnh 925|Quốc lộ 61C",
     "ấp Phú Xuân|ấp Phú Lợi|ấp Mỹ Lợi A|ấp Đông Lợi"),
    ("HG", "H", "Châu Thành A", "T:Một Ngàn>X:Tân Hòa|T:Cái Tắc>X:Thạnh Xuân|T:Rạch Gòi>X:Thạnh Xuân"
     "|X:Tân Phú Thạnh>X:Thạnh Xuân|X:Trường Long Tây>X:Trường Long Tây",
     "Quốc lộ 1A|Quốc lộ 61C|Đường tỉnh 931B",
     "ấp Tân Thạnh Tây|ấp Tân Phú|ấp Xáng Mới|ấp Nhơn Thuận 1A"),
    ("HG", "H", "Phụng Hiệp", "T:Cây Dương>X:Phụng Hiệp|T:Kinh Cùng>X:Phụng Hiệp|X:Hiệp Hưng>X:Hiệp Hưng"
     "|X:Tân Phước Hưng>X:Tân Phước Hưng|X:Phương Bình>X:Phương Bình",
     "Quốc lộ 1A|Quốc lộ 61|Đường tỉnh 927",
     "ấp Mỹ Hiệp|ấp Sậy Niêu|ấp Long Phụng|ấp Tân Long"),
    ("HG", "H", "Vị Thủy", "T:Nàng Mau>X:Vị Thủy|X:Vĩnh Thuận Tây>X:Vĩnh Thuận Đông|X:Vị Thắng>X:Vĩnh Tường",
     "Quốc lộ 61|Đường tỉnh 931",
     "ấp 1|ấp 3|ấp 6"),
    ("VL", "TP", "Vĩnh Long", "P:1>P:Thanh Đức|P:2>P:Long Châu|P:5>P:Tân Ngãi|P:8>P:Phước Hậu|X:Tân Hòa>P:Tân Hạnh",
     "Phạm Thái Bường|Đinh Tiên Hoàng|Quốc lộ 53|Nguyễn Huệ|Trần Phú",
     "khóm 1|khóm 3|ấp Tân Quới Hưng"),
    ("VL", "H", "Long Hồ", "T:Long Hồ>X:Long Hồ|X:Hòa Phú>X:Phú Quới|X:Lộc Hòa>X:Phú Quới|X:Phú Đức>X:Long Hồ",
     "Quốc lộ 1A|Quốc lộ 57|Đường tỉnh 902",
     "ấp Phước Yên|ấp Phú Hưng|ấp Hòa Ninh"),
    ("VL", "TX", "Bình Minh", "P:Cái Vồn>P:Cái Vồn|P:Thành Phước>P:Bình Minh|X:Đông Thành>P:Đông Thành",
     "Quốc lộ 54|Quốc lộ 1A|Đường Nam Sông Hậu",
     "khóm 2|khóm 4|ấp Thuận Phát"),
    ("VL", "H", "Trà Ôn", "T:Trà Ôn>X:Trà Ôn|X:Hựu Thành>X:Hựu Thành|X:Lục Sĩ Thành>X:Lục Sĩ Thành",
     "Quốc lộ 54|Đường tỉnh 904",
     "ấp Mỹ Hưng|ấp Phú Thạnh"),
    ("BT", "TP", "Bến Tre", "P:Phú Khương>P:Phú Khương|P:6>P:An Hội|P:7>P:Bến Tre|P:Phú Tân>P:Phú Tân"
     "|X:Sơn Đông>P:Sơn Đông",
     "Đồng Khởi|Nguyễn Đình Chiểu|Quốc lộ 60|Hùng Vương",
     "khu phố 1|khu phố 3|ấp 2"),
    ("BT", "H", "Châu Thành", "T:Châu Thành>X:Tân Phú|X:An Phước>X:Giao Long|X:Giao Long>X:Giao Long"
     "|X:Tiên Thủy>X:Tiên Thủy|X:Phú Túc>X:Phú Túc",
     "Quốc lộ 60|Quốc lộ 57C|Đường tỉnh 884",
     "ấp 1|ấp 4|ấp Phước Hòa|ấp Thạnh Hưng"),
    ("BT", "H", "Mỏ Cày Nam", "T:Mỏ Cày>X:Mỏ Cày|X:Đa Phước Hội>X:Mỏ Cày|X:Cẩm Sơn>X:Cẩm Sơn",
     "Quốc lộ 57|Quốc lộ 60",
     "ấp Phước Khánh|ấp Tân Lợi"),
    ("BT", "H", "Giồng Trôm", "T:Giồng Trôm>X:Giồng Trôm|X:Lương Hòa>X:Lương Hòa|X:Châu Hòa>X:Châu Hòa",
     "Đường tỉnh 885|Đường tỉnh 887",
     "ấp 5|ấp Bình Thành"),
    ("TV", "TP", "Trà Vinh", "P:1>P:Trà Vinh|P:7>P:Nguyệt Hóa|P:8>P:Long Đức|P:9>P:Hòa Thuận|X:Long Đức>P:Long Đức",
     "Nguyễn Đáng|Điện Biên Phủ|Quốc lộ 53|Phạm Ngũ Lão",
     "khóm 2|khóm 4|ấp Kinh Lớn"),
    ("TV", "TX", "Duyên Hải", "P:1>P:Duyên Hải|P:2>P:Duyên Hải|X:Trường Long Hòa>P:Trường Long Hòa",
     "Quốc lộ 53|Đường tỉnh 914",
     "khóm 1|ấp Cồn Trứng|ấp Ba Động"),
    ("TV", "H", "Càng Long", "T:Càng Long>X:Càng Long|X:An Trường>X:An Trường|X:Tân An>X:Tân An",
     "Quốc lộ 53|Quốc lộ 60",
     "khóm 3|ấp Long Trị|ấp Tân Bình"),
    ("TV", "H", "Tiểu Cần", "T:Tiểu Cần>X:Tiểu Cần|T:Cầu Quan>X:Tân Hòa|X:Hùng Hòa>X:Hùng Hòa",
     "Quốc lộ 60|Quốc lộ 54",
     "khóm 1|ấp Sóc Cầu|ấp Cây Hẹ"),
    ("HCM", "Q", "Bình Tân", "P:Tân Tạo A>P:Tân Tạo|P:An Lạc>P:An Lạc|P:Bình Hưng Hòa>P:Bình Hưng Hòa",
     "Kinh Dương Vương|Tỉnh lộ 10|Hồ Học Lãm", "khu phố 2|khu phố 5"),
    ("HCM", "Q", "Tân Bình", "P:2>P:Tân Sơn Hòa|P:4>P:Tân Sơn Nhất|P:15>P:Tân Bình",
     "Cộng Hòa|Trường Chinh|Hoàng Văn Thụ", "khu phố 1"),
    ("HCM", "H", "Bình Chánh", "X:Vĩnh Lộc A>X:Vĩnh Lộc|X:Tân Kiên>X:Tân Nhựt|X:Lê Minh Xuân>X:Tân Nhựt",
     "Quốc lộ 1A|Trần Văn Giàu", "ấp 3|ấp 5"),
    ("HN", "Q", "Long Biên", "P:Sài Đồng>P:Phúc Lợi|P:Phúc Đồng>P:Long Biên", "Nguyễn Văn Linh|Ngô Gia Tự", "tổ 5"),
]


def _parse_districts():
    out = []
    for prov, dtype, dname, comms, streets, hamlets in _DISTRICTS_RAW:
        cl = []
        for part in comms.split("|"):
            old, new = part.split(">")
            ot, on = old.split(":")
            nt, nn = new.split(":")
            cl.append((ot, on, nt, nn))
        out.append((prov, dtype, dname, tuple(cl), tuple(streets.split("|")), tuple(hamlets.split("|"))))
    return tuple(out)


DISTRICTS = _parse_districts()
DIST_BY_PROV: dict[str, list[int]] = {}
for _i, _d in enumerate(DISTRICTS):
    DIST_BY_PROV.setdefault(_d[0], []).append(_i)


def _find_loc(prov: str, dname: str, cname: str) -> tuple[int, int]:
    for i, d in enumerate(DISTRICTS):
        if d[0] == prov and d[2] == dname:
            for j, c in enumerate(d[3]):
                if c[1] == cname:
                    return i, j
    raise KeyError((prov, dname, cname))


# (kind, Vietnamese name, English name, (province, district, old commune), weight)
_PARKS_RAW = [
    ("KCN", "Trà Nóc 1", "Tra Noc 1", ("CT", "Bình Thủy", "Trà Nóc"), 16),
    ("KCN", "Trà Nóc 2", "Tra Noc 2", ("CT", "Ô Môn", "Phước Thới"), 13),
    ("KCN", "Hưng Phú 1", "Hung Phu 1", ("CT", "Cái Răng", "Tân Phú"), 9),
    ("KCN", "Hưng Phú 2A", "Hung Phu 2A", ("CT", "Cái Răng", "Phú Thứ"), 6),
    ("KCN", "Thốt Nốt", "Thot Not", ("CT", "Thốt Nốt", "Thới Thuận"), 6),
    ("KCN", "Sông Hậu", "Song Hau", ("HG", "Châu Thành", "Đông Phú"), 7),
    ("KCN", "Tân Phú Thạnh", "Tan Phu Thanh", ("HG", "Châu Thành A", "Tân Phú Thạnh"), 7),
    ("KCN", "An Nghiệp", "An Nghiep", ("ST", "Châu Thành", "An Hiệp"), 9),
    ("KCN", "Trần Đề", "Tran De", ("ST", "Trần Đề", "Đại Ân 2"), 3),
    ("KCN", "Giao Long", "Giao Long", ("BT", "Châu Thành", "An Phước"), 6),
    ("KCN", "Hòa Phú", "Hoa Phu", ("VL", "Long Hồ", "Hòa Phú"), 7),
    ("CCN", "Nhơn Ái", "Nhon Ai", ("CT", "Phong Điền", "Nhơn Ái"), 2),
    ("CCN", "Phú Hữu A", "Phu Huu A", ("HG", "Châu Thành", "Phú Hữu"), 2),
    ("CCN", "Đại Ngãi", "Dai Ngai", ("ST", "Long Phú", "Đại Ngãi"), 2),
    ("CCN", "Vĩnh Thạnh", "Vinh Thanh", ("CT", "Vĩnh Thạnh", "Vĩnh Thạnh"), 2),
    ("CCN", "Tân Hòa", "Tan Hoa", ("HG", "Châu Thành A", "Một Ngàn"), 2),
]
PARKS = tuple((k, vn, en, _find_loc(*loc), w) for k, vn, en, loc, w in _PARKS_RAW)
PARK_WEIGHTS = tuple(p[4] for p in PARKS)

# ---------------------------------------------------------------------------------------------
# vocabulary (synthetic firm names are assembled from these)

# (Vietnamese, English, category)
INDUSTRIES = (
    ("Bao bì", "Packaging", "pack"),
    ("Bao bì Giấy", "Paper Packaging", "pack"),
    ("Bao bì Nhựa", "Plastic Packaging", "pack"),
    ("In Bao bì", "Printing and Packaging", "pack"),
    ("Thùng Carton", "Carton", "pack"),
    ("Nhãn mác", "Label", "pack"),
    ("Lon hộp", "Can Making", "pack"),
    ("Nhựa", "Plastics", "pack"),
    ("Cơ khí", "Mechanical", "mech"),
    ("Cơ khí Chế tạo", "Engineering", "mech"),
    ("Inox", "Stainless Steel", "mech"),
    ("Cơ khí Nông nghiệp", "Agro-Mechanical", "agri"),
    ("Máy Nông nghiệp", "Agricultural Machinery", "agri"),
    ("Chế tạo Máy", "Machinery", "agri"),
    ("Máy Xay xát", "Rice Milling Machinery", "agri"),
    ("Máy Chế biến Thực phẩm", "Food Processing Machinery", "agri"),
    ("Điện lạnh", "Refrigeration", "cold"),
    ("Kho lạnh", "Cold Storage", "cold"),
    ("Cơ điện lạnh", "M&E Refrigeration", "cold"),
    ("Hóa chất", "Chemicals", "chem"),
    ("Vật tư Thủy sản", "Aquaculture Supplies", "sea"),
    ("Phụ gia Thực phẩm", "Food Additives", "sea"),
    ("Thiết bị Điện", "Electrical Equipment", "elec"),
    ("Điện Công nghiệp", "Industrial Electric", "elec"),
    ("Phụ liệu May", "Garment Accessories", "garm"),
    ("Dây kéo Nút", "Zippers and Buttons", "garm"),
)
IND_BY_CAT: dict[str, list[int]] = {}
for _i, _x in enumerate(INDUSTRIES):
    IND_BY_CAT.setdefault(_x[2], []).append(_i)
CAT_WEIGHTS = {"pack": 20, "mech": 20, "agri": 18, "cold": 12, "chem": 7, "sea": 9, "elec": 9, "garm": 5}
_CATS = tuple(CAT_WEIGHTS)
_CAT_W = tuple(CAT_WEIGHTS.values())

# (full, abbreviations, English)
TRADES = (
    ("", ("",), ""),
    ("Sản xuất Thương mại", ("SX TM", "SX-TM", "SXTM"), "Production Trading"),
    ("Thương mại Dịch vụ", ("TM DV", "TM-DV", "TMDV"), "Trading Service"),
    ("Sản xuất Thương mại Dịch vụ", ("SX TM DV", "SX-TM-DV", "SXTMDV"), "Production Trading Service"),
    ("Xuất nhập khẩu", ("XNK",), "Import Export"),
    ("Kỹ thuật", ("KT",), "Technical"),
    ("Đầu tư", ("ĐT",), "Investment"),
)
TRADE_W = (50, 14, 10, 12, 5, 5, 4)

SYL = ("Thành", "Tân", "Phú", "Hưng", "Minh", "Phát", "Thịnh", "Hoàng", "Kim", "Đại", "Vạn", "Thuận", "Hòa",
       "Quang", "Trường", "Nam", "Bình", "An", "Phước", "Lộc", "Tài", "Đức", "Hiệp", "Long", "Mỹ", "Gia",
       "Hải", "Việt", "Tiến", "Toàn", "Khang", "Thái", "Hữu", "Nhật", "Sơn", "Bảo", "Duy", "Huy", "Thiên",
       "Trung", "Vĩnh", "Hồng", "Ngọc", "Quốc", "Phong", "Định", "Hậu", "Cường", "Lợi", "Nghĩa", "Tín",
       "Xuân", "Khánh", "Dũng", "Đông", "Nguyên", "Vinh", "Công", "Lực", "Uy", "Tường", "Hạnh", "Trí")
REGIONAL = ("Tây Đô", "Cửu Long", "Mê Kông", "Sông Hậu", "Phương Nam", "Miền Tây", "Nam Bộ", "Đồng Bằng",
            "Tây Nam", "Chín Rồng", "Sông Tiền", "Cù Lao")
ORDINALS = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Lâm", "Thạch", "Sơn", "Kim", "Danh", "Châu", "Quách", "Tăng", "Mai", "Tô")
SUR_W = (30, 10, 9, 6, 7, 6, 4, 3, 3, 3, 2, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1)
MIDDLE_M = ("Văn", "Minh", "Hoàng", "Thanh", "Hữu", "Quốc", "Công", "Tấn", "Phước")
MIDDLE_F = ("Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Hồng")
GIVEN_M = ("Tâm", "Lợi", "Phúc", "Hùng", "Dũng", "Tuấn", "Hải", "Hòa", "Bình", "Sang", "Tài", "Nhân", "Nghĩa",
           "Trí", "Tín", "Hậu", "Lộc", "Phát", "Thành", "Em", "Khải", "Quý", "Thiện", "Vũ", "Dương", "Giàu",
           "Vinh", "Thắng", "Hiếu", "Toàn", "Sơn", "Rạng", "Chiến", "Phong", "Kiệt", "Cảnh")
GIVEN_F = ("Hiền", "Lan", "Hạnh", "Thảo", "Mai", "Hồng", "Nga", "Trang", "Phượng", "Liên", "Diệu", "Xuân",
           "Thu", "Vân", "Loan", "Yến", "Giang", "Ngân")

JP1 = ("Taka", "Naka", "Yama", "Kawa", "Hoshi", "Mori", "Fuji", "Aki", "Shima", "Kita", "Minami", "Hira", "Oka",
       "Sawa", "Ishi", "Kuro", "Shiro", "Matsu", "Sugi", "Tsuru", "Asa", "Kane", "Miya", "Nishi", "Hana", "Ao")
JP2 = ("moto", "shita", "kawa", "yama", "da", "no", "gawa", "zaki", "hara", "mura", "saki", "oka", "ta",
       "be", "tsu", "ishi")
JP_SUFFIX = {"pack": ("Pack", "Shiki", "Label"), "mech": ("Seiki", "Kogyo", "Tekko"), "agri": ("Kikai", "Noki"),
             "cold": ("Reiki", "Cold Chain"), "chem": ("Kasei", "Chemical"), "sea": ("Suisan Shizai", "Foods"),
             "elec": ("Denki", "Electric"), "garm": ("Fastener", "Trim")}
TW = (("Hsin", "Tân"), ("Feng", "Phong"), ("Fu", "Phú"), ("Hua", "Hoa"), ("Sheng", "Thịnh"), ("Lung", "Long"),
      ("Chang", "Trường"), ("Yuan", "Nguyên"), ("Ta", "Đại"), ("Kuo", "Quốc"), ("Mei", "Mỹ"), ("Hung", "Hồng"),
      ("Chin", "Kim"), ("Tai", "Thái"), ("Ho", "Hòa"), ("Shun", "Thuận"), ("Yi", "Nghĩa"), ("Li", "Lợi"),
      ("Hsing", "Hưng"), ("Cheng", "Thành"), ("Kang", "Khang"), ("Te", "Đức"), ("Wan", "Vạn"), ("Pao", "Bảo"),
      ("Chia", "Gia"), ("Ming", "Minh"), ("Yung", "Vĩnh"), ("Jih", "Nhật"))
KR = ("Dae", "Han", "Sung", "Jin", "Hyun", "Dong", "Seo", "Woo", "Kwang", "Il", "Sam", "Young", "Min", "Jae",
      "Hwa", "Kyung", "Chang", "Won", "Shin", "Bo", "Yeon", "Tae")
TH1 = ("Siam", "Chao", "Rattana", "Sukho", "Chaiya", "Wattana", "Somboon", "Prasert", "Kasem", "Thana",
       "Charoen", "Sirin")
SG1 = ("Pacific", "Orient", "Straits", "Harbourfront", "Equator", "Summit", "Apex", "Crestline", "Evergreen",
       "Meridian", "Silverline", "Bluewater", "Kingsway", "Northstar", "Lumen", "Tembusu")
FOREIGN_EN = {"pack": ("Packaging", "Pack", "Label"), "mech": ("Precision", "Engineering", "Metal"),
              "agri": ("Agro Machinery", "Machinery"), "cold": ("Refrigeration", "Coldchain"),
              "chem": ("Chemical", "Chemicals"), "sea": ("Aqua Feed", "Food Ingredients"),
              "elec": ("Electric", "Electrical"), "garm": ("Accessories", "Trims")}
COUNTRY = {"JP": ("Nhật Bản", "Japan"), "TW": ("Đài Loan", "Taiwan"), "KR": ("Hàn Quốc", "Korea"),
           "TH": ("Thái Lan", "Thailand"), "SG": ("Singapore", "Singapore")}
COUNTRY_W = {"JP": 30, "TW": 25, "KR": 22, "TH": 12, "SG": 11}

MOBILE_PREFIX = ("090", "091", "093", "094", "096", "097", "098", "086", "088", "089", "092", "032", "033",
                 "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082",
                 "083", "084", "085", "056", "058", "094", "091", "090")
NEW2OLD_MOBILE = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
                  "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
                  "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
                  "056": "0186", "058": "0188"}

FORMS_DOMESTIC = ("TNHH", "MTV", "CP", "DNTN", "COSO")
FORMS_W = (30, 22, 10, 24, 14)
IN_PARK_P = {"TNHH": 0.45, "MTV": 0.35, "CP": 0.65, "DNTN": 0.08, "COSO": 0.0}


class Ent:
    """One legal entity (a branch with its own -00n code is its own Ent)."""

    __slots__ = ("truth", "form", "ind", "trade", "core", "fdi", "country", "fname", "hv", "owner", "nick",
                 "brand", "tax", "prov", "dist", "comm", "park", "lot", "house", "street", "hamlet", "land",
                 "mobiles", "fax", "old_core", "old_ind", "old_form", "parent", "bno", "hard", "size", "aff",
                 "female")

    def __init__(self) -> None:
        self.truth = ""
        self.form = "TNHH"
        self.ind = 0
        self.trade = 0
        self.core = ""
        self.fdi = False
        self.country = ""
        self.fname = ""
        self.hv = ""
        self.owner = ""
        self.nick = ""
        self.brand = ""
        self.tax = ""
        self.prov = "CT"
        self.dist = 0
        self.comm = 0
        self.park = -1
        self.lot = ""
        self.house = ""
        self.street = ""
        self.hamlet = ""
        self.land = ""
        self.mobiles: list[str] = []
        self.fax = ""
        self.old_core = ""
        self.old_ind = -1
        self.old_form = ""
        self.parent: Ent | None = None
        self.bno = 0
        self.hard: list[str] = []
        self.size = 0
        self.aff: list[float] = []
        self.female = False

    @property
    def cat(self) -> str:
        return INDUSTRIES[self.ind][2]

    @property
    def full_tax(self) -> str:
        return f"{self.tax}-{self.bno:03d}" if self.bno else self.tax


# ---------------------------------------------------------------------------------------------
# enterprise pool

NAMESAKE_CORES = ("Thành Công", "Phát Đạt", "Hưng Thịnh", "Tân Tiến", "Phú Cường", "Hoàng Long", "Minh Phát",
                  "Kim Ngân", "Thuận Phát", "Hòa Bình", "Đại Phát", "Vạn Lợi", "Thành Đạt", "Tấn Phát",
                  "Ba Hùng", "Tư Lợi", "Út Thảo", "Hai Sang", "Năm Tài", "Sáu Phước")
_NS_KEYS = frozenset(unaccent(c).lower() for c in NAMESAKE_CORES)
_BRAND_EN = {"pack": "Pack", "mech": "Mech", "agri": "Agri", "cold": "Cool", "chem": "Chem", "sea": "Aqua",
             "elec": "Electric", "garm": "Trims"}
_LOT_LETTERS = "ABCDKM"
# records per enterprise: P(1) then a truncated geometric tail up to 12
_SIZES = tuple(range(1, 13))
_SIZE_W = (0.37,) + tuple(0.63 * 0.38 * 0.62 ** (k - 2) / (1 - 0.62 ** 11) for k in range(2, 13))
# source affinity
_S_IDX = {s: i for i, s in enumerate(SOURCES)}


def _wchoice(rng: random.Random, seq, weights):
    return rng.choices(seq, weights)[0]


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.taxes: set[str] = set()
        self.used_phones: set[str] = set()
        self.ns_used: dict[tuple, set[int]] = {}
        self.counter = 0

    # -- identifiers -------------------------------------------------------------------------
    def truth(self) -> str:
        self.counter += 1
        return f"E{self.counter:07d}"

    def tax(self, prov: str) -> str:
        rng = self.rng
        pre = TAX_PREFIX[prov]
        while True:
            third = "0" if pre != "03" else rng.choice("01")
            body = f"{pre}{third}{rng.randrange(1_000_000):06d}"
            c = check_digit(body)
            if c is None:
                continue
            t = body + str(c)
            if t not in self.taxes:
                self.taxes.add(t)
                return t

    def mobile(self) -> str:
        rng = self.rng
        while True:
            m = rng.choice(MOBILE_PREFIX) + f"{rng.randrange(10_000_000):07d}"
            if m not in self.used_phones:
                self.used_phones.add(m)
                return m

    def landline(self, prov: str) -> str:
        rng = self.rng
        while True:
            n_local = 8 if prov in ("HCM", "HN") else 7
            local = rng.choice("33336262") + f"{rng.randrange(10 ** (n_local - 1)):0{n_local - 1}d}"
            key = f"{prov}:{local}"
            if key not in self.used_phones:
                self.used_phones.add(key)
                return key

    # -- names -------------------------------------------------------------------------------
    def core(self, e: Ent) -> str:
        rng = self.rng
        cat = e.cat
        for attempt in range(60):
            r = rng.random()
            if e.form in ("DNTN", "COSO") and r < 0.45:
                core = e.nick if rng.random() < 0.6 else f"{e.nick.split()[-1]} {rng.choice(SYL)}"
            elif r < 0.55 and attempt < 20:
                a, b = rng.sample(SYL, 2)
                core = f"{a} {b}"
            elif r < 0.85 or attempt >= 40:
                a, b, c = rng.sample(SYL, 3)
                core = f"{a} {b} {c}"
            else:
                core = f"{rng.choice(REGIONAL)} {rng.choice(SYL)}"
            k = unaccent(core).lower()
            if k in _NS_KEYS:
                continue
            key = f"{k}|{cat}"
            if key not in self.names:
                self.names.add(key)
                return core
        while True:  # practically unreachable
            core = " ".join(rng.sample(SYL, 4))
            key = f"{unaccent(core).lower()}|{cat}"
            if key not in self.names:
                self.names.add(key)
                return core

    def owner(self, e: Ent, surname: str | None = None) -> None:
        rng = self.rng
        e.female = rng.random() < 0.3
        sur = surname or _wchoice(rng, SURNAMES, SUR_W)
        if e.female:
            given = rng.choice(GIVEN_F)
            mid = rng.choice(MIDDLE_F)
        else:
            given = rng.choice(GIVEN_M)
            mid = rng.choice(MIDDLE_M)
        e.owner = f"{sur} {mid} {given}"
        e.nick = f"{rng.choice(ORDINALS)} {given}"

    def brand(self, e: Ent) -> None:
        rng = self.rng
        if e.fdi:
            e.brand = e.fname.split()[0]
            return
        parts = e.core.split()
        r = rng.random()
        if e.core == e.nick or r < 0.45:
            e.brand = e.core
        elif r < 0.75:
            e.brand = "".join(unaccent(p)[0] for p in parts) + " " + _BRAND_EN[e.cat]
        else:
            e.brand = unaccent(e.core).replace(" ", "")

    # -- places and phones ------------------------------------------------------------------
    def place(self, e: Ent, prov: str | None = None, park_p: float = 0.0, dist: int | None = None) -> None:
        rng = self.rng
        if dist is None and rng.random() < park_p:
            if prov is None:
                pk = _wchoice(rng, range(len(PARKS)), PARK_WEIGHTS)
            else:
                cands = [i for i, p in enumerate(PARKS) if DISTRICTS[p[3][0]][0] == prov]
                pk = rng.choice(cands) if cands else -1
            if pk >= 0:
                e.park = pk
                e.dist, e.comm = PARKS[pk][3]
                e.prov = DISTRICTS[e.dist][0]
                if PARKS[pk][0] == "KCN":
                    e.lot = rng.choice((
                        f"{rng.randint(1, 40)}{rng.choice('AB ')}".strip(),
                        f"{rng.randint(2, 9)}-{rng.randint(1, 20)}{rng.choice('AB ')}".strip(),
                        f"{rng.choice(_LOT_LETTERS)}{rng.randint(1, 30)}",
                        f"{rng.choice(_LOT_LETTERS)}{rng.randint(1, 9)}-{rng.randint(1, 12)}",
                    ))
                else:
                    e.lot = f"{rng.randint(1, 25)}"
                return
        if dist is None:
            if prov is None:
                prov = _wchoice(rng, tuple(PROV_WEIGHT), tuple(PROV_WEIGHT.values()))
            dist = rng.choice(DIST_BY_PROV[prov])
        d = DISTRICTS[dist]
        e.prov = d[0]
        e.dist = dist
        e.comm = rng.randrange(len(d[3]))
        urban = d[3][e.comm][0] == "P"
        if urban:
            e.house = rng.choice((str(rng.randint(1, 400)), f"{rng.randint(1, 300)}/{rng.randint(1, 40)}",
                                  str(rng.randint(1, 150)), f"{rng.randint(10, 200)}{rng.choice('ABC')}"))
            e.street = rng.choice(d[4])
            e.hamlet = rng.choice(d[5]) if rng.random() < 0.35 else ""
        else:
            e.hamlet = rng.choice(d[5])
            e.street = rng.choice(d[4]) if rng.random() < 0.45 else ""
            e.house = (f"Số {rng.randint(1, 300)}" if rng.random() < 0.5 else f"Tổ {rng.randint(1, 15)}") \
                if rng.random() < 0.4 else ""

    def phones(self, e: Ent) -> None:
        rng = self.rng
        p_land = 0.95 if e.fdi else {"CP": 0.9, "TNHH": 0.7, "MTV": 0.6, "DNTN": 0.45, "COSO": 0.2}[e.form]
        p_mob = 0.3 if e.fdi else {"CP": 0.45, "TNHH": 0.75, "MTV": 0.8, "DNTN": 0.97, "COSO": 1.0}[e.form]
        if rng.random() < p_land:
            e.land = self.landline(e.prov)
            if rng.random() < 0.4:
                e.fax = self.landline(e.prov)
        if rng.random() < p_mob or not e.land:
            e.mobiles.append(self.mobile())
            if rng.random() < 0.18:
                e.mobiles.append(self.mobile())

    # -- enterprises -------------------------------------------------------------------------
    def domestic(self, form: str | None = None, cat: str | None = None, prov: str | None = None,
                 dist: int | None = None, core: str | None = None, surname: str | None = None,
                 park_ok: bool = True) -> Ent:
        rng = self.rng
        e = Ent()
        e.truth = self.truth()
        e.form = form or _wchoice(rng, FORMS_DOMESTIC, FORMS_W)
        cat = cat or _wchoice(rng, _CATS, _CAT_W)
        if e.form in ("DNTN", "COSO") and cat in ("chem", "garm") and rng.random() < 0.7:
            cat = rng.choice(("mech", "agri"))
        e.ind = rng.choice(IND_BY_CAT[cat])
        e.trade = 0 if e.form == "COSO" else _wchoice(rng, range(len(TRADES)), TRADE_W)
        self.owner(e, surname)
        e.core = core if core is not None else self.core(e)
        self.place(e, prov, IN_PARK_P[e.form] if park_ok else 0.0, dist)
        self.phones(e)
        e.tax = self.tax(e.prov)
        self.brand(e)
        return e

    def fdi(self) -> Ent:
        rng = self.rng
        e = Ent()
        e.truth = self.truth()
        e.fdi = True
        e.form = _wchoice(rng, ("TNHH", "MTV", "CP"), (80, 5, 15))
        cat = _wchoice(rng, _CATS, (22, 14, 12, 14, 10, 10, 10, 8))
        e.ind = rng.choice(IND_BY_CAT[cat])
        e.country = _wchoice(rng, tuple(COUNTRY_W), tuple(COUNTRY_W.values()))
        self.owner(e)
        for _ in range(200):
            c = e.country
            hv = ""
            if c == "JP":
                fname = f"{rng.choice(JP1)}{rng.choice(JP2)} {rng.choice(JP_SUFFIX[cat])}"
            elif c == "TW":
                a, b = rng.sample(TW, 2)
                fname = f"{a[0]} {b[0]} {rng.choice(FOREIGN_EN[cat])}"
                hv = f"{a[1]} {b[1]}"
            elif c == "KR":
                a, b = rng.sample(KR, 2)
                fname = f"{a}{b.lower()} {rng.choice(FOREIGN_EN[cat])}"
            elif c == "TH":
                fname = f"{rng.choice(TH1)} {rng.choice(FOREIGN_EN[cat])}"
                if rng.random() < 0.5:
                    fname = f"{rng.choice(TH1)} {fname}"
            else:
                fname = f"{rng.choice(SG1)} {rng.choice(FOREIGN_EN[cat])}"
                if rng.random() < 0.6:
                    fname = f"{rng.choice(SG1)} {fname}"
            key = "fdi|" + fname.lower().replace(" ", "")
            if key not in self.names and (not hv or "hv|" + unaccent(hv).lower() not in self.names):
                self.names.add(key)
                if hv:
                    self.names.add("hv|" + unaccent(hv).lower())
                e.fname, e.hv = fname, hv
                break
        else:
            return self.domestic()
        e.core = e.hv or e.fname
        self.place(e, None, 0.9)
        self.phones(e)
        e.tax = self.tax(e.prov)
        self.brand(e)
        return e

    def single(self) -> list[Ent]:
        rng = self.rng
        if rng.random() < 0.035:
            e = self.fdi()
        else:
            e = self.domestic()
        r = rng.random()
        if e.form == "DNTN" and r < 0.13:
            e.old_form = "DNTN"
            e.form = "MTV" if rng.random() < 0.7 else "TNHH"
            e.hard.append("converted")
        elif e.form in ("TNHH", "MTV", "CP") and r < 0.065:
            saved = e.ind
            if rng.random() < 0.35:
                e.ind = rng.choice(IND_BY_CAT[e.cat])
            if e.fdi:
                e.old_core = f"{e.fname.split()[0]} {rng.choice(FOREIGN_EN[e.cat])}"
                e.old_ind = e.ind
            else:
                e.old_ind = e.ind
                e.old_core = self.core(e)
            e.ind = saved
            e.hard.append("renamed")
        return [e]

    def namesakes(self) -> list[Ent]:
        rng = self.rng
        for _ in range(30):
            core = rng.choice(NAMESAKE_CORES)
            form = _wchoice(rng, ("DNTN", "TNHH", "COSO", "MTV"), (55, 20, 15, 10))
            ind = rng.choice(IND_BY_CAT[_wchoice(rng, ("mech", "agri", "pack", "cold"), (45, 30, 15, 10))])
            used = self.ns_used.setdefault((core, ind, form), set())
            free = [i for i, d in enumerate(DISTRICTS) if i not in used and d[0] in PROV_WEIGHT]
            k = _wchoice(rng, (2, 3, 4, 5, 6), (40, 30, 15, 10, 5))
            if len(free) >= k:
                break
        else:
            return self.single()
        out = []
        for dist in rng.sample(free, k):
            used.add(dist)
            e = self.domestic(form=form, cat=INDUSTRIES[ind][2], dist=dist, core=core, park_ok=False)
            e.ind = ind
            e.trade = 0 if rng.random() < 0.7 else e.trade
            e.hard.append("namesake")
            out.append(e)
        return out

    def twins(self) -> list[Ent]:
        rng = self.rng
        f1, f2 = _wchoice(rng, (("TNHH", "CP"), ("MTV", "CP"), ("DNTN", "TNHH"), ("TNHH", "MTV")), (55, 20, 15, 10))
        a = self.domestic(form=f1)
        same_place = rng.random()
        if same_place < 0.35 and a.park < 0:
            dist = a.dist
            b = self.domestic(form=f2, cat=a.cat, dist=dist, core=a.core)
        elif same_place < 0.75:
            b = self.domestic(form=f2, cat=a.cat, prov=a.prov, core=a.core)
        else:
            b = self.domestic(form=f2, cat=a.cat, core=a.core)
        b.ind = a.ind
        b.trade = a.trade if rng.random() < 0.6 else b.trade
        for e in (a, b):
            e.hard.append("form_twin")
        return [a, b]

    def branches(self) -> list[Ent]:
        rng = self.rng
        prov = _wchoice(rng, ("CT", "HCM", "HN", "ST", "HG", "VL"), (40, 33, 9, 7, 6, 5))
        if rng.random() < 0.2:
            p = self.fdi()
        else:
            p = self.domestic(form=_wchoice(rng, ("TNHH", "CP", "MTV"), (45, 45, 10)), prov=prov,
                              park_ok=prov not in ("HCM", "HN"))
        p.hard.append("branch_parent")
        out = [p]
        k = _wchoice(rng, (1, 2, 3), (60, 28, 12))
        for i in range(1, k + 1):
            b = Ent()
            b.truth = self.truth()
            for a in ("form", "ind", "trade", "core", "fdi", "country", "fname", "hv", "owner", "nick", "brand",
                      "tax", "female"):
                setattr(b, a, getattr(p, a))
            b.bno = i
            bprov = _wchoice(rng, tuple(PROV_WEIGHT), tuple(PROV_WEIGHT.values()))
            self.place(b, bprov if rng.random() < 0.6 else None, 0.35)
            if b.dist == p.dist and b.park == p.park:
                self.place(b, "ST" if p.prov != "ST" else "HG", 0.0)
            self.phones(b)
            if rng.random() < 0.25 and p.mobiles:
                b.mobiles = [p.mobiles[0]] + b.mobiles[:1]
            b.hard.append("branch")
            out.append(b)
        return out

    def family(self) -> list[Ent]:
        rng = self.rng
        sur = _wchoice(rng, SURNAMES, SUR_W)
        k = _wchoice(rng, (2, 3), (70, 30))
        mode = _wchoice(rng, ("phone", "addr", "both"), (55, 30, 15))
        first = self.domestic(form=_wchoice(rng, ("DNTN", "COSO", "MTV", "TNHH"), (40, 20, 25, 15)),
                              surname=sur, park_ok=False)
        if not first.mobiles:
            first.mobiles.append(self.mobile())
        out = [first]
        for _ in range(k - 1):
            e = self.domestic(form=_wchoice(rng, ("DNTN", "COSO", "MTV", "TNHH"), (40, 20, 25, 15)),
                              surname=sur, dist=first.dist, park_ok=False,
                              cat=first.cat if rng.random() < 0.6 else None)
            if mode in ("addr", "both"):
                e.comm, e.house, e.street, e.hamlet = first.comm, first.house, first.street, first.hamlet
                if rng.random() < 0.5 and first.land:
                    e.land = first.land
            if mode in ("phone", "both"):
                e.mobiles = [first.mobiles[0]] + e.mobiles[:1]
            out.append(e)
        tag = {"phone": "family_phone", "addr": "family_addr", "both": "family_phone"}[mode]
        for e in out:
            e.hard.append(tag)
            if mode == "both":
                e.hard.append("family_addr")
        return out

    def group(self) -> list[Ent]:
        r = self.rng.random()
        if r < 0.025:
            return self.namesakes()
        if r < 0.04:
            return self.twins()
        if r < 0.06:
            return self.branches()
        if r < 0.08:
            return self.family()
        return self.single()


def _affinity(e: Ent) -> list[float]:
    cat = e.cat
    prov = e.prov
    small = e.form in ("DNTN", "COSO")
    doit = {"ST": 1.6, "HG": 1.6, "CT": 1.1}.get(prov, 0.12 if prov in ("VL", "BT", "TV") else 0.03)
    fair = {"agri": 2.2, "mech": 1.6, "cold": 0.8}.get(cat, 0.3) * (0.3 if e.fdi else 1.3 if small else 1.0)
    sea = {"pack": 1.6, "cold": 1.8, "chem": 1.4, "sea": 1.8, "elec": 0.5, "mech": 0.5}.get(cat, 0.2)
    park = 4.0 if e.park >= 0 else 0.0
    if e.fdi:
        customs = 2.2
    else:
        customs = {"CP": 1.3, "TNHH": 0.9, "MTV": 0.7, "DNTN": 0.15, "COSO": 0.02}[e.form]
    if cat == "garm":
        customs *= 1.5
    if e.fdi or prov in ("HCM", "HN"):
        kc = 0.0
    else:
        kc = {"DNTN": 1.8, "COSO": 2.2, "MTV": 0.7, "TNHH": 0.6, "CP": 0.2}[e.form]
        if e.bno:
            kc *= 0.1
    return [doit, fair, sea, park, customs, kc, 1.0]


def _pool(n: int, rng: random.Random) -> list[Ent]:
    b = _Builder(rng)
    ents: list[Ent] = []
    total = 0
    while total < n:
        for e in b.group():
            if total >= n:
                break
            k = _wchoice(rng, _SIZES, _SIZE_W)
            if ("renamed" in e.hard or "converted" in e.hard) and k == 1:
                k = 2
            k = min(k, n - total)
            e.size = k
            e.aff = _affinity(e)
            total += k
            ents.append(e)
    return ents


# ---------------------------------------------------------------------------------------------
# rendering helpers

VN_FORMS = {
    "TNHH": (("Công ty TNHH {}", "Cty TNHH {}", "Công ty trách nhiệm hữu hạn {}", "CTY TNHH {}", "Công Ty TNHH {}",
              "C.ty TNHH {}", "TNHH {}", "{} (Cty TNHH)"), (30, 22, 8, 5, 6, 3, 3, 1)),
    "MTV": (("Công ty TNHH MTV {}", "Công ty TNHH một thành viên {}", "Công ty trách nhiệm hữu hạn một thành viên {}",
             "Cty TNHH MTV {}", "Cty TNHH 1TV {}", "Công ty TNHH {}", "Cty TNHH {}", "Công ty TNHH 1 thành viên {}"),
            (25, 10, 6, 18, 5, 15, 6, 3)),
    "CP": (("Công ty Cổ phần {}", "Công ty CP {}", "CTCP {}", "Cty CP {}", "Cty Cổ phần {}", "Công ty Cổ Phần {}"),
           (25, 20, 15, 15, 8, 6)),
    "DNTN": (("Doanh nghiệp tư nhân {}", "DNTN {}", "DN TN {}", "Doanh nghiệp TN {}", "DNTN. {}", "{}"),
             (25, 50, 4, 5, 2, 4)),
    "COSO": (("Cơ sở {}", "CS {}", "Hộ kinh doanh {}", "HKD {}", "Cơ sở sản xuất {}", "{}"), (45, 12, 10, 6, 12, 8)),
}
EN_FORMS = {
    "TNHH": (("{} Co., Ltd", "{} Company Limited", "{} Co., Ltd.", "{} Co.,Ltd", "{} Limited Company"),
             (40, 20, 15, 15, 10)),
    "MTV": (("{} One Member Co., Ltd", "{} Co., Ltd", "{} One Member Limited Liability Company", "{} Company Limited"),
            (30, 40, 10, 20)),
    "CP": (("{} JSC", "{} Joint Stock Company", "{} Corporation", "{} J.S.C"), (45, 35, 10, 10)),
    "DNTN": (("{} Private Enterprise", "{} Pte. Enterprise", "{} Private Ent."), (80, 10, 10)),
    "COSO": (("{} Workshop", "{} Production Facility", "{} Household Business"), (50, 30, 20)),
}
_CTYPE = {"P": (("Phường", "P.", "phường", "P"), (40, 40, 15, 5)),
          "X": (("xã", "Xã", "X."), (50, 35, 15)),
          "T": (("thị trấn", "TT.", "TT", "Thị trấn"), (35, 35, 10, 20))}
_DTYPE = {"Q": (("Quận", "Q.", "quận", "Q"), (35, 45, 15, 5)),
          "H": (("huyện", "H.", "Huyện"), (45, 30, 25)),
          "TP": (("TP.", "thành phố", "Tp", "TP"), (50, 25, 15, 10)),
          "TX": (("TX.", "thị xã", "Thị xã"), (50, 25, 25))}
_CTYPE_EN = {"P": "Ward", "X": "Commune", "T": "Town"}
_DTYPE_EN = {"Q": "District", "H": "District", "TP": "City", "TX": "Town"}
_ROAD_ABBR = (("Quốc lộ ", ("QL", "QL ", "Quốc lộ ", "QL.")), ("Đường tỉnh ", ("ĐT", "ĐT ", "Đường tỉnh ", "Tỉnh lộ ")))
_SOUTHERN = {"Vĩnh": "Dĩnh", "Vạn": "Dạn", "Vinh": "Dinh", "Gia": "Da", "Giàu": "Dàu", "Dương": "Giương",
             "Nhất": "Nhứt", "Nhân": "Nhơn", "Phát": "Phác", "Tiến": "Tiếng", "Cường": "Cườn", "Việt": "Diệt",
             "Vũ": "Dũ", "Dũng": "Giũng", "Nghĩa": "Nghỉa", "Lực": "Lựt", "Phúc": "Phút", "Quốc": "Quốt"}
_OLD_TONE = {"Hòa": "Hoà", "Thủy": "Thuỷ", "Hóa": "Hoá", "Khỏe": "Khoẻ", "Quý": "Qúy", "hóa": "hoá", "Thụy": "Thuỵ"}
_OWNER_TITLE_M = ("anh", "A.", "ông", "chú")
_OWNER_TITLE_F = ("chị", "C.", "bà", "cô")


def _pick(rng: random.Random, spec):
    return rng.choices(spec[0], spec[1])[0]


def _ward_label(ctype: str, name: str, rng: random.Random) -> str:
    if ctype == "P" and name.isdigit():
        lab = rng.choice(("Phường", "P.", "P", "phường"))
        return f"{lab}{'' if lab in ('P.', 'P') else ' '}{name}"
    if ctype == "P" and set(name) <= set("IVX"):
        return f"{rng.choice(('Phường ', 'P.', 'phường ', 'P. '))}{name}"
    lab = _pick(rng, _CTYPE[ctype])
    return f"{lab}{' ' if not lab.endswith('.') or rng.random() < 0.5 else ''}{name}"


def _road(street: str, rng: random.Random) -> str:
    for full, abbrs in _ROAD_ABBR:
        if street.startswith(full):
            return rng.choice(abbrs) + street[len(full):]
    if street == "Quốc lộ 1A":
        return "QL1A"
    return street


def _typo(s: str, rng: random.Random) -> str:
    if len(s) < 6:
        return s
    for _ in range(6):
        i = rng.randrange(1, len(s) - 1)
        if s[i].isalpha() and s[i + 1].isalpha():
            break
    else:
        return s
    r = rng.random()
    if r < 0.35:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.65:
        return s[:i] + s[i + 1:]
    if r < 0.85:
        return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice("aeinhtou") + s[i + 1:]


def _southern(s: str, rng: random.Random) -> str:
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if w in _SOUTHERN]
    if not idx:
        return s
    i = rng.choice(idx)
    words[i] = _SOUTHERN[words[i]]
    return " ".join(words)


def _old_tone(s: str) -> str:
    for a, b in _OLD_TONE.items():
        if a in s:
            s = s.replace(a, b)
    return s


def _fmt_mobile(m: str, rng: random.Random, style: int | None = None, old_ok: bool = False) -> tuple[str, bool]:
    """Format a 10-digit mobile; returns (text, used_old_11_digit)."""
    if old_ok and m[:3] in NEW2OLD_MOBILE:
        o = NEW2OLD_MOBILE[m[:3]] + m[3:]
        return rng.choice((o, f"{o[:5]} {o[5:8]} {o[8:]}", f"{o[:4]}.{o[4:7]}.{o[7:]}", f"{o[:4]} {o[4:]}")), True
    s = rng.randrange(9) if style is None else style
    if s == 0:
        return m, False
    if s == 1:
        return f"{m[:4]} {m[4:7]} {m[7:]}", False
    if s == 2:
        return f"{m[:4]}.{m[4:7]}.{m[7:]}", False
    if s == 3:
        return f"+84 {m[1:4]} {m[4:7]} {m[7:]}", False
    if s == 4:
        return f"+84{m[1:]}", False
    if s == 5:
        return f"84{m[1:]}", False
    if s == 6:
        return m[1:], False  # Excel dropped the leading zero
    if s == 7:
        return f"{m[:4]}-{m[4:7]}-{m[7:]}", False
    return f"{m[:4]} {m[4:6]} {m[6:8]} {m[8:]}", False


def _fmt_land(key: str, rng: random.Random, old_area: bool = False, style: int | None = None,
              intl: bool = False) -> str:
    prov, local = key.split(":")
    area = OLD_AREA[prov] if old_area else NEW_AREA[prov]
    if intl:
        return rng.choice((f"+84 {area[1:]} {local}", f"+84-{area[1:]}-{local}", f"(+84) {area[1:]} {local}",
                           f"+84 {area[1:]} {local[:3]} {local[3:]}"))
    s = rng.randrange(8) if style is None else style
    if s == 0:
        return f"{area} {local}"
    if s == 1:
        return f"{area}.{local}"
    if s == 2:
        return f"({area}) {local[0]} {local[1:4]} {local[4:]}" if len(local) == 7 else f"({area}) {local}"
    if s == 3:
        return f"{area}{local}"
    if s == 4:
        return f"{area}-{local}"
    if s == 5:
        return f"({area}) {local}"
    if s == 6:
        return f"{area} {local[:3]} {local[3:]}"
    return f"{area}.{local[0]}.{local[1:4]}.{local[4:]}" if len(local) == 7 else f"{area}.{local}"


def _tax_excel(code: str) -> str:
    if code.startswith("0"):
        return code.lstrip("0")
    return f"{int(code):.5E}".replace("E+0", "E+0")


def _tax_mistype(code: str, rng: random.Random) -> str:
    digits = list(code)
    if rng.random() < 0.5:
        i = rng.randrange(2, 10)
        digits[i] = rng.choice([d for d in "0123456789" if d != digits[i]])
    else:
        cand = [i for i in range(2, 9) if digits[i] != digits[i + 1]]
        if not cand:
            i = rng.randrange(2, 10)
            digits[i] = rng.choice([d for d in "0123456789" if d != digits[i]])
        else:
            i = rng.choice(cand)
            digits[i], digits[i + 1] = digits[i + 1], digits[i]
    return "".join(digits)


def _tax_spaced(code: str, rng: random.Random) -> str:
    r = rng.randrange(5)
    if r == 0:
        return f"{code[:4]} {code[4:7]} {code[7:]}"
    if r == 1:
        return f"{code[:2]} {code[2:]}"
    if r == 2:
        return f"{code[:4]}.{code[4:7]}.{code[7:]}"
    if r == 3:
        return " ".join(code)
    return f"{code[:3]} {code[3:6]} {code[6:]}"


def _branch_suffix(bno: int, rng: random.Random, compact_ok: bool = False) -> str:
    r = rng.random()
    if compact_ok and r < 0.4:
        return f"{bno:03d}"
    if r < 0.8:
        return f"-{bno:03d}"
    return rng.choice((f" - {bno:03d}", f"-{bno:03d}", f" -{bno:03d}", f"–{bno:03d}"))


def _render_tax(e: Ent, rng: random.Random, tags: list, p_miss: float, p_spaced: float = 0.03,
                p_typo: float = 0.015, p_excel: float = 0.0, prefix_p: float = 0.0,
                compact_branch: bool = False) -> str:
    if rng.random() < p_miss:
        tags.append("noise:tax_missing")
        return ""
    base = e.tax
    r = rng.random()
    if r < p_typo:
        base = _tax_mistype(base, rng)
        tags.append("noise:tax_mistyped")
    elif r < p_typo + p_excel and not e.bno:
        tags.append("noise:tax_excel")
        return _tax_excel(base)
    elif r < p_typo + p_excel + p_spaced:
        base = _tax_spaced(base, rng)
        tags.append("noise:tax_spaced")
    if e.bno:
        if rng.random() < 0.06 and not compact_branch:
            tags.append("noise:branch_code_dropped")
        else:
            base += _branch_suffix(e.bno, rng, compact_branch)
    if prefix_p and rng.random() < prefix_p:
        base = rng.choice(("MST: ", "MST ", "MST:", "Mã số thuế: ")) + base
    return base


def _cap_words(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def _body_vn(e: Ent, rng: random.Random, tags: list, old: bool, ind_p: float = 0.88,
             trade_full: float = 0.45) -> str:
    if e.fdi:
        if old:
            core = e.old_core
        elif e.hv and rng.random() < 0.65:
            core = e.hv
            tags.append("noise:han_viet")
        else:
            core = e.fname
        vn = rng.choices(("Việt Nam", "VN", "Viet Nam", "Vina", ""),
                         (70, 10, 8, 25 if e.country == "KR" else 3, 8))[0]
        if e.country == "KR" and rng.random() < 0.25:
            core = " ".join(core.split(" ")[0:1]) if rng.random() < 0.5 else core
        return f"{core} {vn}".strip()
    core = e.old_core if old and e.old_core else e.core
    ind = e.old_ind if old and e.old_ind >= 0 else e.ind
    parts = []
    if e.trade:
        t = TRADES[e.trade]
        r = rng.random()
        if r < trade_full:
            parts.append(t[0])
        elif r < trade_full + 0.3:
            parts.append(rng.choice(t[1]))
    if rng.random() < ind_p or e.nick == core and rng.random() < 0.5:
        iv = INDUSTRIES[ind][0]
        r = rng.random()
        parts.append(iv if r < 0.6 else iv.lower().capitalize() if r < 0.85 else _cap_words(iv))
    parts.append(core)
    return " ".join(parts)


def _body_en(e: Ent, rng: random.Random, old: bool) -> str:
    if e.fdi:
        core = e.old_core if old else e.fname
        return f"{core} {rng.choice(('Vietnam', 'Vietnam', 'Viet Nam', '(Vietnam)'))}"
    core = unaccent(e.old_core if old and e.old_core else e.core)
    ind = e.old_ind if old and e.old_ind >= 0 else e.ind
    if e.trade and rng.random() < 0.2:
        return f"{core} {TRADES[e.trade][2]} {INDUSTRIES[ind][1]}"
    if rng.random() < 0.1:
        return core
    return f"{core} {INDUSTRIES[ind][1]}"


def _branch_place(e: Ent, rng: random.Random) -> str:
    d = DISTRICTS[e.dist]
    r = rng.random()
    if e.park >= 0 and r < 0.3:
        return f"{PARKS[e.park][0]} {PARKS[e.park][1]}"
    if r < 0.55:
        return PROV_OLD[d[0]][-1] if rng.random() < 0.6 else PROV_NEW[d[0]][-1]
    return d[2] if d[1] != "TP" or rng.random() < 0.5 else f"TP. {d[2]}"


def _name(e: Ent, rng: random.Random, tags: list, lang: str, old_p: float, ind_p: float = 0.88,
          form_drop: float = 0.0, trade_full: float = 0.45) -> str:
    old = False
    if (e.old_core or e.old_form) and rng.random() < old_p:
        old = True
        tags.append("hard:old_name")
    form = e.old_form if old and e.old_form else e.form
    if lang == "en":
        tags.append("noise:english")
        body = _body_en(e, rng, old)
        name = _pick(rng, EN_FORMS[form]).format(body)
    else:
        body = _body_vn(e, rng, tags, old, ind_p, trade_full)
        if form_drop and rng.random() < form_drop:
            tags.append("noise:no_legal_form")
            name = body
        else:
            name = _pick(rng, VN_FORMS[form]).format(body)
    if e.bno:
        if rng.random() < 0.1:
            tags.append("noise:branch_unmarked")
            return name
        p = _branch_place(e, rng)
        if lang == "en":
            p = unaccent(p)
            pat = rng.choice(("{n} - {p} Branch", "{n} ({p} Branch)", "Branch of {n} in {p}", "{n} - Branch {b}"))
        else:
            pat = _pick(rng, (("Chi nhánh {n} tại {p}", "CN {n} tại {p}", "Chi nhánh {p} - {n}", "{n} - Chi nhánh {p}",
                               "Nhà máy {p} - {n}", "CN {n}", "Chi nhánh {n}", "{n} - CN {p}", "Chi nhánh {b} - {n}"),
                              (25, 15, 12, 12, 8, 8, 8, 7, 5)))
        name = pat.format(n=name, p=p, b=f"{e.bno:02d}" if rng.random() < 0.5 else e.bno)
    return name


def _with_owner(name: str, e: Ent, rng: random.Random, tags: list) -> str:
    tags.append("noise:owner_in_name")
    given = e.owner.split()[-1]
    title = rng.choice(_OWNER_TITLE_F if e.female else _OWNER_TITLE_M)
    r = rng.random()
    if r < 0.4:
        return f"{name} ({title} {given})"
    if r < 0.6:
        return f"{name} - {e.owner}"
    if r < 0.8:
        return f"{name} (Chủ: {e.owner})"
    return f"{e.owner} - {name}"


def _hamlet(h: str, rng: random.Random) -> str:
    if h.startswith("khu vực ") and rng.random() < 0.4:
        return rng.choice(("KV ", "KV. ", "Khu vực ")) + h[8:]
    if h.startswith("ấp ") and rng.random() < 0.3:
        return rng.choice(("Ấp ", "ap ", "A. ")) + h[3:]
    return h


def _addr_vn(e: Ent, rng: random.Random, tags: list, era: str, short_p: float = 0.0) -> str:
    d = DISTRICTS[e.dist]
    prov = d[0]
    ot, on, nt, nn = d[3][e.comm]
    out = []
    short = rng.random() < short_p
    if e.park >= 0:
        pk = PARKS[e.park]
        if e.lot and rng.random() < 0.85:
            out.append(rng.choice(("Lô ", "Lô ", "Lô số ", "L.")) + e.lot)
        r = rng.random()
        if r < 0.55:
            out.append(f"{pk[0]} {pk[1]}")
        elif r < 0.85:
            out.append(("Khu công nghiệp " if pk[0] == "KCN" else "Cụm công nghiệp ") + pk[1])
        else:
            out.append(("Khu CN " if pk[0] == "KCN" else "Cụm CN ") + pk[1])
    elif not short or not e.hamlet:
        st = e.street
        if st:
            if st.startswith(("Quốc lộ", "Đường tỉnh")):
                st = _road(st, rng)
            elif rng.random() < 0.2:
                st = "đường " + st
            if e.house:
                h = e.house
                out.append(f"{h} {st}" if rng.random() < 0.7 or h.startswith(("Số", "Tổ")) else f"Số {h} {st}")
            else:
                out.append(st)
        elif e.house:
            out.append(e.house)
    if e.hamlet and e.park < 0 and (rng.random() < 0.8 or not out):
        out.append(_hamlet(e.hamlet, rng))
    merged = prov in ("CT", "ST", "HG", "VL", "BT", "TV")
    if era == "old" or not merged:
        if not (short and e.park >= 0):
            out.append(_ward_label(ot, on, rng))
        if not short or rng.random() < 0.5:
            lab = _pick(rng, _DTYPE[d[1]])
            out.append(f"{lab}{'' if lab.endswith('.') and rng.random() < 0.3 else ' '}{d[2]}")
        if not (d[1] == "TP" and prov == "ST" and rng.random() < 0.3):
            out.append(rng.choice(PROV_OLD[prov]))
        if merged:
            tags.append("place:old")
    elif era == "new":
        out.append(_ward_label(nt, nn, rng))
        out.append(rng.choice(PROV_NEW[prov]))
        tags.append("place:new")
    else:
        if rng.random() < 0.5:
            out.append(f"{_ward_label(nt, nn, rng)} ({_ward_label(ot, on, rng)} cũ)")
        else:
            out.append(_ward_label(ot, on, rng))
            if rng.random() < 0.4:
                out.append(f"{_pick(rng, _DTYPE[d[1]])} {d[2]}")
        out.append(rng.choice(PROV_NEW[prov]))
        tags.append("place:mixed")
    sep = ", " if rng.random() < 0.85 else rng.choice((" - ", ",", " , "))
    return sep.join(out)


def _en_name_of(s: str) -> str:
    return unaccent(s)


def _addr_en(e: Ent, rng: random.Random, tags: list, era: str) -> str:
    d = DISTRICTS[e.dist]
    prov = d[0]
    ot, on, nt, nn = d[3][e.comm]
    out = []
    if e.park >= 0:
        pk = PARKS[e.park]
        if e.lot and rng.random() < 0.8:
            out.append(f"Lot {e.lot}")
        if pk[0] == "KCN":
            out.append(rng.choice((f"{pk[2]} Industrial Park", f"{pk[2]} IP", f"{pk[2]} Industrial Zone",
                                   f"{pk[2]} I.P.")))
        else:
            out.append(f"{pk[2]} Industrial Cluster")
    else:
        st = unaccent(e.street)
        if st.startswith("Quoc lo "):
            st = rng.choice(("National Road ", "Highway ", "NH")) + st[8:]
        elif st.startswith("Duong tinh "):
            st = "Provincial Road " + st[11:]
        elif st:
            st += rng.choice((" Street", " St.", " Str.", ""))
        h = unaccent(e.house).replace("So ", "No. ").replace("To ", "Group ")
        if st:
            out.append(f"{'No. ' if h and h[0].isdigit() and rng.random() < 0.5 else ''}{h} {st}".strip())
        elif h:
            out.append(h)
        if e.hamlet:
            hm = unaccent(e.hamlet)
            if hm.startswith("ap "):
                hm = f"{hm[3:]} Hamlet"
            elif hm.startswith("khu vuc "):
                hm = f"{hm[8:]} Area"
            out.append(hm)
    if era == "old" or prov in ("HCM", "HN"):
        w = unaccent(on)
        out.append(f"Ward {w}" if on.isdigit() or set(on) <= set("IVX") else f"{w} {_CTYPE_EN[ot]}")
        if rng.random() < 0.8:
            out.append(f"{unaccent(d[2])} {rng.choice((_DTYPE_EN[d[1]], 'Dist.')) if d[1] in 'QH' else _DTYPE_EN[d[1]]}")
        out.append(PROV_EN[prov])
        tags.append("place:old")
    else:
        out.append(f"{unaccent(nn)} {_CTYPE_EN[nt]}")
        out.append(PROV_EN_NEW[prov])
        tags.append("place:new")
    if rng.random() < 0.4:
        out.append("Vietnam")
    return ", ".join(out)


def _phone_cell(parts: list[str], rng: random.Random, tags: list) -> str:
    if len(parts) > 1:
        tags.append("noise:phone_multi")
        return rng.choice((" - ", " / ", "; ", ", ", " – ")).join(parts)
    return parts[0] if parts else ""


# ---------------------------------------------------------------------------------------------
# sources

def _brand_only(e: Ent, rng: random.Random, tags: list) -> tuple[str, str, str, str]:
    tags.append("noise:brand_only")
    iv = INDUSTRIES[e.ind][0]
    name = rng.choice((e.brand, f"{iv} {e.brand}", e.brand.upper()))
    phone = _fmt_mobile(e.mobiles[0], rng)[0] if e.mobiles else _fmt_land(e.land, rng)
    d = DISTRICTS[e.dist]
    addr = rng.choice(("", d[2], PROV_OLD[d[0]][-1], f"{d[3][e.comm][1]}, {d[2]}"))
    return name, "", addr, phone


def _finish_text(s: str, rng: random.Random, tags: list, p_upper: float, p_unacc: float, p_tone: float = 0.0,
                 p_typo: float = 0.0, p_south: float = 0.0, tag: bool = True) -> str:
    if p_tone and rng.random() < p_tone:
        s2 = _old_tone(s)
        if s2 != s and tag:
            tags.append("noise:old_tone")
        s = s2
    if p_south and rng.random() < p_south:
        s2 = _southern(s, rng)
        if s2 != s and tag:
            tags.append("noise:southern")
        s = s2
    if p_typo and rng.random() < p_typo:
        s = _typo(s, rng)
        if tag:
            tags.append("noise:typo")
    if rng.random() < p_unacc:
        s = unaccent(s)
        if tag:
            tags.append("noise:no_diacritics")
    if rng.random() < p_upper:
        s = s.upper()
        if tag:
            tags.append("noise:upper")
    return s


def _wrong_column(rec: list, rng: random.Random, tags: list) -> None:
    """rec = [name, tax, addr, phone]; move one value into a neighbouring column."""
    r = rng.random()
    if r < 0.45 and rec[3]:
        rec[2] = f"{rec[2]} - ĐT: {rec[3]}" if rec[2] else rec[3]
        rec[3] = ""
    elif r < 0.75 and rec[1]:
        rec[3] = rec[1] if not rec[3] else f"{rec[3]} {rec[1]}"
        rec[1] = ""
    elif rec[2]:
        rec[0] = f"{rec[0]} - {rec[2].split(',')[0]}"
        rec[2] = ", ".join(rec[2].split(",")[1:]).strip()
    else:
        return
    tags.append("noise:wrong_column")


def _src_doit(e: Ent, rng: random.Random, tags: list) -> list:
    name = _name(e, rng, tags, "vn", 0.8, ind_p=0.85, trade_full=0.3)
    tax = _render_tax(e, rng, tags, 0.15, 0.04, 0.02, 0.08)
    era = "old" if rng.random() < 0.92 else "mixed"
    addr = "" if rng.random() < 0.05 else _addr_vn(e, rng, tags, era, 0.2)
    parts = []
    if rng.random() > 0.18:
        old_area = rng.random() < 0.55
        if e.land and (rng.random() < 0.8 or not e.mobiles):
            parts.append(_fmt_land(e.land, rng, old_area))
            if old_area:
                tags.append("noise:phone_old_area")
        if e.mobiles and (not parts or rng.random() < 0.2):
            m, was_old = _fmt_mobile(e.mobiles[0], rng, old_ok=rng.random() < 0.5)
            parts.append(m)
            if was_old:
                tags.append("noise:phone_old_mobile")
    else:
        tags.append("noise:phone_missing")
    phone = _phone_cell(parts, rng, tags)
    up = rng.random() < 0.3
    unacc = 0.3
    name = _finish_text(name, rng, tags, 1.0 if up else 0.0, unacc, 0.25, 0.02)
    addr = _finish_text(addr, rng, tags, 1.0 if up else 0.0, unacc, tag=False)
    if rng.random() < 0.02 and "noise:no_diacritics" not in tags:
        name, addr = _mojibake(name), _mojibake(addr)
        tags.append("noise:mojibake")
    rec = [name, tax, addr, phone]
    if rng.random() < 0.015:
        _wrong_column(rec, rng, tags)
    return rec


def _src_fair(e: Ent, rng: random.Random, tags: list) -> list:
    if rng.random() < 0.04 and (e.mobiles or e.land):
        return list(_brand_only(e, rng, tags))
    name = _name(e, rng, tags, "vn", 0.4, ind_p=0.92, form_drop=0.2, trade_full=0.2)
    if e.form in ("DNTN", "COSO") and rng.random() < 0.3 or rng.random() < 0.05:
        name = _with_owner(name, e, rng, tags)
    if rng.random() < 0.08:
        name = name.lower()
    name = _finish_text(name, rng, tags, 0.05, 0.25, 0.1, 0.05, 0.06)
    tax = _render_tax(e, rng, tags, 0.6, 0.08, 0.04, 0.0, 0.2)
    r = rng.random()
    era = "new" if r < 0.55 else "mixed" if r < 0.75 else "old"
    addr = "" if rng.random() < 0.08 else _addr_vn(e, rng, tags, era, 0.4)
    addr = _finish_text(addr, rng, tags, 0.0, 0.2, tag=False)
    parts = []
    if e.mobiles:
        parts.append(_fmt_mobile(e.mobiles[0], rng)[0])
        if len(e.mobiles) > 1 and rng.random() < 0.4:
            parts.append(_fmt_mobile(e.mobiles[1], rng)[0])
        if e.land and rng.random() < 0.1:
            parts.append(_fmt_land(e.land, rng))
    elif e.land:
        parts.append(_fmt_land(e.land, rng))
    phone = _phone_cell(parts, rng, tags)
    rec = [name, tax, addr, phone]
    if rng.random() < 0.02:
        _wrong_column(rec, rng, tags)
    return rec


_PRODUCTS = {"pack": ("cartons", "PE bags", "PP woven bags", "labels", "cans", "shrink film"),
             "cold": ("cold storage", "ice", "refrigeration service"), "chem": ("chlorine", "detergents", "CIP chemicals"),
             "sea": ("additives", "phosphate-free additives", "shrimp feed"), "elec": ("electrical maintenance",),
             "mech": ("stainless steel tables", "conveyors", "maintenance"), "agri": ("processing machines",),
             "garm": ("zippers", "labels")}


def _src_seafood(e: Ent, rng: random.Random, tags: list) -> list:
    if rng.random() < 0.9:
        name = _name(e, rng, tags, "en", 0.3)
    else:
        name = unaccent(_name(e, rng, tags, "vn", 0.3))
        tags.append("noise:no_diacritics")
    if rng.random() < 0.08:
        name += f" ({rng.choice(_PRODUCTS[e.cat])})"
    if rng.random() < 0.15:
        name = name.upper()
        tags.append("noise:upper")
    tax = _render_tax(e, rng, tags, 0.4, 0.02, 0.015)
    era = "old" if rng.random() < 0.6 else "new"
    addr = "" if rng.random() < 0.03 else _addr_en(e, rng, tags, era)
    parts = []
    if rng.random() < 0.1:
        tags.append("noise:phone_missing")
    else:
        if e.land and (rng.random() < 0.75 or not e.mobiles):
            parts.append(_fmt_land(e.land, rng, intl=rng.random() < 0.7))
        if e.mobiles and (not parts or rng.random() < 0.15):
            m = e.mobiles[0]
            parts.append(_fmt_mobile(m, rng, rng.choice((3, 4, 3, 0)))[0])
        if e.fax and parts and rng.random() < 0.1:
            parts.append("Fax: " + _fmt_land(e.fax, rng, intl=True))
    phone = _phone_cell(parts, rng, tags)
    return [name, tax, addr, phone]


def _src_park(e: Ent, rng: random.Random, tags: list) -> list:
    name = _name(e, rng, tags, "vn", 0.3, ind_p=0.95, trade_full=0.7)
    if e.fdi and rng.random() < 0.5:
        c = COUNTRY[e.country]
        name += rng.choice((f" ({c[0]})", f" ({c[1]})", f" - {c[0]}", f" (vốn {c[0]})"))
        tags.append("noise:country_in_name")
    name = _finish_text(name, rng, tags, 0.1, 0.05, 0.1)
    tax = _render_tax(e, rng, tags, 0.12, 0.02, 0.01)
    era = "new" if rng.random() < 0.6 else "old"
    addr = _addr_vn(e, rng, tags, era, 0.2)
    parts = []
    if rng.random() < 0.1:
        tags.append("noise:phone_missing")
    else:
        if e.land:
            parts.append(_fmt_land(e.land, rng, style=rng.choice((0, 1, 2, 5))))
            if e.fax and rng.random() < 0.3:
                parts.append("Fax: " + _fmt_land(e.fax, rng, style=rng.choice((0, 1, 2, 5))))
        elif e.mobiles:
            parts.append(_fmt_mobile(e.mobiles[0], rng)[0])
    phone = _phone_cell(parts, rng, tags)
    return [name, tax, addr, phone]


def _src_customs(e: Ent, rng: random.Random, tags: list) -> list:
    lang = "en" if e.fdi and rng.random() < 0.5 else "vn"
    name = unaccent(_name(e, rng, tags, lang, 0.1, ind_p=0.95, trade_full=0.75)).upper()
    tags.append("noise:upper")
    tags.append("noise:no_diacritics")
    tax = e.tax + (_branch_suffix(e.bno, rng, True) if e.bno else "")
    era = "new" if rng.random() < 0.5 else "old"
    addr = unaccent(_addr_vn(e, rng, [], era, 0.1)).upper()
    phone = ""
    if rng.random() < 0.55:
        if e.land:
            phone = _fmt_land(e.land, rng, style=rng.choice((3, 3, 0)))
        elif e.mobiles:
            phone = _fmt_mobile(e.mobiles[0], rng, rng.choice((0, 0, 6)))[0]
    else:
        tags.append("noise:phone_missing")
    return [name, tax, addr, phone]


def _src_khuyencong(e: Ent, rng: random.Random, tags: list) -> list:
    if rng.random() < 0.015 and e.mobiles:
        return list(_brand_only(e, rng, tags))
    name = _name(e, rng, tags, "vn", 0.35, ind_p=0.9, trade_full=0.6)
    if e.form in ("DNTN", "COSO") and rng.random() < 0.35:
        name = _with_owner(name, e, rng, tags)
    name = _finish_text(name, rng, tags, 0.05, 0.1, 0.0, 0.02, 0.03)
    tax = _render_tax(e, rng, tags, 0.5, 0.05, 0.02, 0.0, 0.1)
    era = "new" if rng.random() < 0.8 else "mixed"
    addr = "" if rng.random() < 0.04 else _addr_vn(e, rng, tags, era, 0.3)
    parts = []
    if rng.random() < 0.12:
        tags.append("noise:phone_missing")
    elif e.mobiles:
        parts.append(_fmt_mobile(e.mobiles[0], rng)[0])
    elif e.land:
        parts.append(_fmt_land(e.land, rng))
    phone = _phone_cell(parts, rng, tags)
    rec = [name, tax, addr, phone]
    if rng.random() < 0.01:
        _wrong_column(rec, rng, tags)
    return rec


def _src_yellow(e: Ent, rng: random.Random, tags: list) -> list:
    if rng.random() < 0.02 and (e.mobiles or e.land):
        return list(_brand_only(e, rng, tags))
    name = _cap_words(_name(e, rng, tags, "vn", 0.6, trade_full=0.6))
    name = _finish_text(name, rng, tags, 0.05, 0.15, 0.2, 0.01, 0.01)
    tax = _render_tax(e, rng, tags, 0.65, 0.04, 0.01, 0.0, 0.3)
    r = rng.random()
    era = "old" if r < 0.6 else "new" if r < 0.85 else "mixed"
    addr = "" if rng.random() < 0.03 else _addr_vn(e, rng, tags, era, 0.1)
    addr = _finish_text(addr, rng, tags, 0.0, 0.1, tag=False)
    parts = []
    old_area = rng.random() < 0.35
    if e.land:
        parts.append(_fmt_land(e.land, rng, old_area))
        if old_area:
            tags.append("noise:phone_old_area")
        if e.fax and rng.random() < 0.35:
            parts.append("Fax: " + _fmt_land(e.fax, rng, old_area))
    for m in e.mobiles:
        if not parts or rng.random() < 0.5:
            t, was_old = _fmt_mobile(m, rng, old_ok=old_area and rng.random() < 0.5)
            parts.append(("Hotline: " if rng.random() < 0.3 else "") + t)
            if was_old:
                tags.append("noise:phone_old_mobile")
    if rng.random() < 0.05:
        parts = []
        tags.append("noise:phone_missing")
    phone = _phone_cell(parts, rng, tags)
    rec = [name, tax, addr, phone]
    if rng.random() < 0.01:
        _wrong_column(rec, rng, tags)
    return rec


_RENDER = (_src_doit, _src_fair, _src_seafood, _src_park, _src_customs, _src_khuyencong, _src_yellow)
_SRC_TAG = tuple(f"src:{s}" for s in SOURCES)


# ---------------------------------------------------------------------------------------------
# public interface

def _generate(n: int, seed: int) -> tuple[list[dict], list[tuple]]:
    if n <= 0:
        return [], []
    rng = random.Random(f"gen_delta:{seed}")
    ents = _pool(n, rng)
    rng.shuffle(ents)
    quota = [SOURCE_SHARES[s] * n for s in SOURCES]
    idx = range(len(SOURCES))
    rows: list[tuple] = []
    choices = rng.choices
    for e in ents:
        used = [0] * len(SOURCES)
        hard = tuple(f"hard:{h}" for h in e.hard)
        for _ in range(e.size):
            w = [a * (q if q > 1.0 else 1.0) * (0.3 ** u) for a, q, u in zip(e.aff, quota, used, strict=True)]
            si = choices(idx, w)[0]
            quota[si] -= 1
            used[si] += 1
            tags: list[str] = []
            rec = _RENDER[si](e, rng, tags)
            rows.append((rec, e.truth, (_SRC_TAG[si], *hard, *tags)))
    rng.shuffle(rows)
    out = []
    tag_out = []
    for i, (rec, truth, tags) in enumerate(rows):
        out.append({"id": f"cth-{seed}-{i:07d}", "name": rec[0], "tax_code": rec[1], "address": rec[2],
                    "phone": rec[3], "truth": truth})
        tag_out.append(tags)
    return out, tag_out


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic records with keys id, name, tax_code, address, phone, truth."""
    return _generate(n, seed)[0]


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """records(n, seed) plus one tag tuple per record; the first tag is "src:NAME"."""
    return _generate(n, seed)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 10_000
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    src = Counter(t[0] for t in tags)
    other = Counter(x for t in tags for x in t[1:])
    per_ent = Counter(r["truth"] for r in recs)
    dist = Counter(per_ent.values())
    print(f"records: {len(recs)}  enterprises: {len(per_ent)}  seed: {seed}  time: {dt:.1f}s")
    print("per source:")
    for s in SOURCES:
        c = src.get(f"src:{s}", 0)
        print(f"  {s:13s} {c:9d}  {c / max(1, n):6.1%}  (target {SOURCE_SHARES[s]:.0%})")
    print("per tag:")
    for k, c in sorted(other.items()):
        print(f"  {k:28s} {c:9d}  {c / max(1, n):6.1%}")
    print("records per enterprise:")
    for k in sorted(dist):
        print(f"  {k:3d} {dist[k]:9d}")
    if per_ent:
        print(f"  mean {len(recs) / len(per_ent):.2f}  singletons {dist.get(1, 0) / len(per_ent):.1%}  "
              f"max {max(dist)}")
    for f in ("name", "tax_code", "address", "phone"):
        filled = sum(1 for r in recs if r[f])
        print(f"  {f:9s} present {filled / max(1, n):.1%}")


if __name__ == "__main__":
    main()
