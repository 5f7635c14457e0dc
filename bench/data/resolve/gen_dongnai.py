"""ALL DATA IS SYNTHETIC. Held-out entity-resolution benchmark: the supporting-industry (CNHT) register of the new
Đồng Nai province.

Scenario
--------
On 1 July 2025 old Đồng Nai and old Bình Phước were merged into the new Đồng Nai province; the district level was
abolished and communes/wards were merged and renamed. The Department of Industry and Trade (Sở Công Thương) compiles
a CNHT register (footwear, furniture / wood processing, garment, plastic and packaging, a little mechanical work) by
stacking lists obtained from other offices. Many tenants are Taiwanese FDI firms, some Korean and Japanese, and
there are many domestic SMEs and household workshops. Each output row is one line of one of those lists; `truth`
names the real enterprise. A dependent branch with its own 13-digit tax code is its own enterprise.

Firm names are random combinations of syllables (no real firm is meant). Tax codes are random with a valid
mod-11 check digit (weights 31,29,23,19,17,13,7,5,3; check = 10 - (sum mod 11); a result of 10 is never issued);
branches are `<10 digits>-001`. Household businesses carry a personal tax code (8x...) or, in lists made after
1 July 2025, the 12-digit citizen-ID number (CCCD) that replaced it. Phones are random numbers in real Vietnamese
formats (0251 / 0271 / 028 landlines, 09x/08x/07x/05x/03x mobiles). Place names (provinces, old districts, old and
new communes/wards, industrial parks KCN and clusters CCN) are real, but the old->new commune mapping used here is
APPROXIMATE (chosen for plausibility, not copied from Resolution 1662/NQ-UBTVQH15); the Chơn Thành wards of 2022
are written in their pre-2022 commune form.

Sources (tag `src:<name>`) and their habits
-------------------------------------------
- bhxh      social-insurance employer list: legal name, often in capitals with accents or abbreviated (Cty TNHH,
            SX-TM-DV), occasionally TCVN3 mojibake from an old font; tax code nearly always; registered address,
            mostly old units; phone often that of the accounting-service office filing the declarations (shared).
- evn       electricity customer list: meter name in capitals without accents, cut at 50 characters, sometimes
            prefixed by the customer code (PB05...); a household meter is in the owner's personal name; meter (site)
            address without accents; SMS mobile typed as a bare number (Excel may drop the leading zero).
- customs   import/export declaration extract: English name (or unaccented Vietnamese), exact 10/13-digit tax
            code, English or unaccented address, +84 phone. Only FDI firms and domestic exporters.
- env       environmental permits / EIA list: project wording with capacity units ("Dự án nhà máy sản xuất đế giày
            công suất 3.000.000 đôi/năm của Công ty ..."), phone of the environmental consultant (shared).
- pccc      fire-safety inspection list: facility names ("Nhà xưởng Cty ...", "Xưởng mộc <owner>"), site
            addresses with hamlets, owner's mobile, CCN centre phone for cluster tenants (shared); tax rarely.
- fair      B2B matchmaking registration typed from business cards: short brand names, English, bilingual
            Chinese (traditional characters) or Korean, pinyin instead of Wade-Giles ("Bao Xing" for "Pou Hsing"),
            sales staff mobiles with "Mr/Ms", partial addresses ("KCN Nhơn Trạch 3, ĐN").
- bql       park boards' tenant lists: name with investor country flattened from a merged column, lot only
            (the park was the merged sheet header), tax code as number-text or Excel float, park hotline (shared).
- bp_cnht   the old Bình Phước CNHT list typed before the merger: old province/district, 0651 area code and
            11-digit pre-2018 mobiles, old names of renamed firms, TCVN3 mojibake and typos.
- einvoice  VAT e-invoice buyer extract: the full legal name spelled out in capitals ("CÔNG TY TRÁCH NHIỆM HỮU HẠN"),
            exact tax code (CCCD for households after 7/2025), registered address in the new units.

Hard-case tags (after the `src:` tag)
-------------------------------------
mst_typo (check digit invalid), mst_zero_lost (Excel dropped the leading 0 of an 03.. code), mst_excel
(3600123456.0 or 3.60012E+09), mst_formatted (spaces / "MST:" prefix), mst_in_name (merged cell: code inside the
name, tax column empty), cccd_tax, branch (own 13-digit enterprise), branch_parent_mst (a branch line carrying the
parent's 10-digit code), phone_old_code (061/0651/08 area codes, 11-digit mobiles), phone_zero_lost, shared_phone
(park hotline, accounting office, environmental consultant, CCN centre), multi_phone, no_diacritics, english_name,
foreign_script (Chinese/Korean script), romanisation (pinyin vs Wade-Giles/Taiwanese), abbrev, truncated, typo,
mojibake, person_name, project_name, unit_in_name, code_in_name, renamed (old name, same tax code), vat_name,
old_address, partial_address, english_address, merged_cell, common_name (same auspicious short name as other firms),
sister_firm (same brand, separate legal entity in another park), household, dup_in_source.

Realism rules
-------------
- About 70 % of rows (14,000 per 20,000) belong to multi-row enterprises; ~60 % of enterprises are singletons;
  cluster sizes 1..8.
- Every true pair is chained by evidence a careful officer would accept: a shared exact tax code, or a shared
  (non-shared-pool) phone plus a similar name, or a similar name plus the same lot / street address. The generator
  checks this per row while building a cluster and repairs a row that lost all evidence.
- Different enterprises never share a tax code except a branch line tagged branch_parent_mst; look-alikes (common
  names, sister firms, branches) always differ in address and own phones.
"""

from __future__ import annotations

import gc
import random
import sys
import time
import unicodedata
from collections import Counter

PREFIX = "dn"
SOURCES = ("bhxh", "evn", "customs", "env", "pccc", "fair", "bql", "bp_cnht", "einvoice")
_SRC_W = {"bhxh": 20, "evn": 15, "customs": 12, "env": 9, "pccc": 10, "fair": 8, "bql": 14, "bp_cnht": 30,
          "einvoice": 9}
TAGS = ("mst_typo", "mst_zero_lost", "mst_excel", "mst_formatted", "mst_in_name", "cccd_tax", "branch",
        "branch_parent_mst", "phone_old_code", "phone_zero_lost", "shared_phone", "multi_phone", "no_diacritics",
        "english_name", "foreign_script", "romanisation", "abbrev", "truncated", "typo", "mojibake", "person_name",
        "project_name", "unit_in_name", "code_in_name", "renamed", "vat_name", "old_address", "partial_address",
        "english_address", "merged_cell", "common_name", "sister_firm", "household", "dup_in_source")

# ----------------------------------------------------------------------------------------------- places
# (name, short, old unit kind, old unit, old district kind, old district, new kind, new unit, region)
_KCN = [
    ("Biên Hòa 2", "BH2", "phường", "Long Bình Tân", "thành phố", "Biên Hòa", "phường", "Long Bình", "dn"),
    ("Amata", "", "phường", "Long Bình", "thành phố", "Biên Hòa", "phường", "Long Bình", "dn"),
    ("Loteco", "", "phường", "Long Bình", "thành phố", "Biên Hòa", "phường", "Long Bình", "dn"),
    ("Agtex Long Bình", "", "phường", "Long Bình", "thành phố", "Biên Hòa", "phường", "Long Bình", "dn"),
    ("Tam Phước", "", "phường", "Tam Phước", "thành phố", "Biên Hòa", "phường", "Tam Phước", "dn"),
    ("Hố Nai", "", "xã", "Hố Nai 3", "huyện", "Trảng Bom", "xã", "Trảng Bom", "dn"),
    ("Sông Mây", "", "xã", "Bắc Sơn", "huyện", "Trảng Bom", "xã", "Trảng Bom", "dn"),
    ("Bàu Xéo", "", "xã", "Đồi 61", "huyện", "Trảng Bom", "xã", "An Viễn", "dn"),
    ("Giang Điền", "", "xã", "Giang Điền", "huyện", "Trảng Bom", "xã", "An Viễn", "dn"),
    ("Long Thành", "", "xã", "Tam An", "huyện", "Long Thành", "xã", "An Phước", "dn"),
    ("An Phước", "", "xã", "An Phước", "huyện", "Long Thành", "xã", "An Phước", "dn"),
    ("Long Đức", "", "xã", "Long Đức", "huyện", "Long Thành", "xã", "Long Thành", "dn"),
    ("Lộc An - Bình Sơn", "", "xã", "Bình Sơn", "huyện", "Long Thành", "xã", "Bình An", "dn"),
    ("Gò Dầu", "", "xã", "Phước Thái", "huyện", "Long Thành", "xã", "Phước Thái", "dn"),
    ("Nhơn Trạch 1", "NT1", "thị trấn", "Hiệp Phước", "huyện", "Nhơn Trạch", "xã", "Nhơn Trạch", "dn"),
    ("Nhơn Trạch 2", "NT2", "xã", "Phú Hội", "huyện", "Nhơn Trạch", "xã", "Nhơn Trạch", "dn"),
    ("Nhơn Trạch 3", "NT3", "thị trấn", "Hiệp Phước", "huyện", "Nhơn Trạch", "xã", "Nhơn Trạch", "dn"),
    ("Nhơn Trạch 5", "NT5", "xã", "Long Tân", "huyện", "Nhơn Trạch", "xã", "Nhơn Trạch", "dn"),
    ("Nhơn Trạch 6", "NT6", "xã", "Long Thọ", "huyện", "Nhơn Trạch", "xã", "Phước An", "dn"),
    ("Dệt may Nhơn Trạch", "", "thị trấn", "Hiệp Phước", "huyện", "Nhơn Trạch", "xã", "Nhơn Trạch", "dn"),
    ("Ông Kèo", "", "xã", "Phước Khánh", "huyện", "Nhơn Trạch", "xã", "Phước An", "dn"),
    ("Thạnh Phú", "", "xã", "Thạnh Phú", "huyện", "Vĩnh Cửu", "xã", "Tân An", "dn"),
    ("Dầu Giây", "", "xã", "Xuân Thạnh", "huyện", "Thống Nhất", "xã", "Dầu Giây", "dn"),
    ("Xuân Lộc", "", "xã", "Xuân Tâm", "huyện", "Xuân Lộc", "xã", "Xuân Hòa", "dn"),
    ("Long Khánh", "", "xã", "Bình Lộc", "thành phố", "Long Khánh", "phường", "Bình Lộc", "dn"),
    ("Định Quán", "", "xã", "La Ngà", "huyện", "Định Quán", "xã", "La Ngà", "dn"),
    ("Minh Hưng - Hàn Quốc", "", "xã", "Minh Hưng", "huyện", "Chơn Thành", "phường", "Minh Hưng", "bp"),
    ("Minh Hưng III", "", "xã", "Minh Hưng", "huyện", "Chơn Thành", "phường", "Minh Hưng", "bp"),
    ("Minh Hưng - Sikico", "", "xã", "Đồng Nơ", "huyện", "Hớn Quản", "xã", "Tân Hưng", "bp"),
    ("Chơn Thành I", "", "xã", "Thành Tâm", "huyện", "Chơn Thành", "phường", "Chơn Thành", "bp"),
    ("Chơn Thành II", "", "xã", "Thành Tâm", "huyện", "Chơn Thành", "phường", "Chơn Thành", "bp"),
    ("Becamex Bình Phước", "", "xã", "Minh Thành", "huyện", "Chơn Thành", "phường", "Chơn Thành", "bp"),
    ("Đồng Xoài I", "", "xã", "Tiến Hưng", "thành phố", "Đồng Xoài", "phường", "Đồng Xoài", "bp"),
    ("Đồng Xoài III", "", "xã", "Tiến Thành", "thành phố", "Đồng Xoài", "phường", "Bình Phước", "bp"),
    ("Bắc Đồng Phú", "", "thị trấn", "Tân Phú", "huyện", "Đồng Phú", "xã", "Đồng Phú", "bp"),
    ("Nam Đồng Phú", "", "xã", "Tân Lập", "huyện", "Đồng Phú", "xã", "Đồng Phú", "bp"),
]
_CCN = [
    ("Thiện Tân", "", "xã", "Thiện Tân", "huyện", "Vĩnh Cửu", "xã", "Tân An", "dn"),
    ("Tân An", "", "xã", "Tân An", "huyện", "Vĩnh Cửu", "xã", "Tân An", "dn"),
    ("Phú Thạnh - Vĩnh Thanh", "", "xã", "Vĩnh Thanh", "huyện", "Nhơn Trạch", "xã", "Phước An", "dn"),
    ("Gia Kiệm", "", "xã", "Gia Kiệm", "huyện", "Thống Nhất", "xã", "Gia Kiệm", "dn"),
    ("Long Giao", "", "xã", "Long Giao", "huyện", "Cẩm Mỹ", "xã", "Cẩm Mỹ", "dn"),
    ("Tam An", "", "xã", "Tam An", "huyện", "Long Thành", "xã", "An Phước", "dn"),
    ("Bình Lộc", "", "xã", "Bình Lộc", "thành phố", "Long Khánh", "phường", "Bình Lộc", "dn"),
    ("Tân Khai", "", "xã", "Tân Khai", "huyện", "Hớn Quản", "xã", "Tân Khai", "bp"),
    ("Thành Tâm", "", "xã", "Thành Tâm", "huyện", "Chơn Thành", "phường", "Chơn Thành", "bp"),
]
# (street, hamlet word, old unit kind, old unit, old district kind, old district, new kind, new unit, region)
_STREETS = [
    ("Quốc lộ 1A", "khu phố", "phường", "Tân Biên", "thành phố", "Biên Hòa", "phường", "Hố Nai", "dn"),
    ("Quốc lộ 1A", "khu phố", "phường", "Hố Nai", "thành phố", "Biên Hòa", "phường", "Hố Nai", "dn"),
    ("Đường Đồng Khởi", "khu phố", "phường", "Tân Hiệp", "thành phố", "Biên Hòa", "phường", "Tam Hiệp", "dn"),
    ("Đường Bùi Hữu Nghĩa", "khu phố", "phường", "Tân Vạn", "thành phố", "Biên Hòa", "phường", "Biên Hòa", "dn"),
    ("Đường Phạm Văn Thuận", "khu phố", "phường", "Tân Tiến", "thành phố", "Biên Hòa", "phường", "Trấn Biên",
     "dn"),
    ("Đường Nguyễn Ái Quốc", "khu phố", "phường", "Trảng Dài", "thành phố", "Biên Hòa", "phường", "Trảng Dài",
     "dn"),
    ("Quốc lộ 51", "khu phố", "phường", "Long Bình Tân", "thành phố", "Biên Hòa", "phường", "Long Hưng", "dn"),
    ("Quốc lộ 1A", "ấp", "xã", "Quảng Tiến", "huyện", "Trảng Bom", "xã", "Trảng Bom", "dn"),
    ("Đường 3 Tháng 2", "khu phố", "thị trấn", "Trảng Bom", "huyện", "Trảng Bom", "xã", "Trảng Bom", "dn"),
    ("Đường Sông Thao - Bàu Hàm", "ấp", "xã", "Bàu Hàm", "huyện", "Trảng Bom", "xã", "Bàu Hàm", "dn"),
    ("Quốc lộ 1A", "ấp", "xã", "Trung Hòa", "huyện", "Trảng Bom", "xã", "Hưng Thịnh", "dn"),
    ("Đường Hương lộ 24", "ấp", "xã", "Bình Minh", "huyện", "Trảng Bom", "xã", "Bình Minh", "dn"),
    ("Quốc lộ 51", "ấp", "xã", "Long Phước", "huyện", "Long Thành", "xã", "Long Phước", "dn"),
    ("Tỉnh lộ 769", "ấp", "xã", "Bình Sơn", "huyện", "Long Thành", "xã", "Bình An", "dn"),
    ("Đường 25B", "ấp", "xã", "Phước Thiền", "huyện", "Nhơn Trạch", "xã", "Nhơn Trạch", "dn"),
    ("Đường Tôn Đức Thắng", "ấp", "xã", "Long Thọ", "huyện", "Nhơn Trạch", "xã", "Phước An", "dn"),
    ("Quốc lộ 20", "ấp", "xã", "Gia Tân 3", "huyện", "Thống Nhất", "xã", "Gia Kiệm", "dn"),
    ("Tỉnh lộ 768", "ấp", "xã", "Tân Bình", "huyện", "Vĩnh Cửu", "xã", "Tân An", "dn"),
    ("Quốc lộ 1A", "ấp", "xã", "Bình Lộc", "thành phố", "Long Khánh", "phường", "Bình Lộc", "dn"),
    ("Quốc lộ 1A", "ấp", "xã", "Xuân Hiệp", "huyện", "Xuân Lộc", "xã", "Xuân Lộc", "dn"),
    ("Quốc lộ 13", "ấp", "xã", "Minh Long", "huyện", "Chơn Thành", "phường", "Chơn Thành", "bp"),
    ("Quốc lộ 14", "khu phố", "phường", "Tân Bình", "thành phố", "Đồng Xoài", "phường", "Đồng Xoài", "bp"),
    ("Đường Phú Riềng Đỏ", "khu phố", "phường", "Tân Xuân", "thành phố", "Đồng Xoài", "phường", "Đồng Xoài",
     "bp"),
    ("ĐT 741", "ấp", "xã", "Tân Tiến", "huyện", "Đồng Phú", "xã", "Đồng Phú", "bp"),
    ("Quốc lộ 13", "khu phố", "phường", "An Lộc", "thị xã", "Bình Long", "phường", "An Lộc", "bp"),
    ("Quốc lộ 13", "ấp", "xã", "Tân Khai", "huyện", "Hớn Quản", "xã", "Tân Khai", "bp"),
    ("ĐT 741", "ấp", "xã", "Phú Riềng", "huyện", "Phú Riềng", "xã", "Phú Riềng", "bp"),
]
# head offices outside the province (parents of branches): (street, old ward/district/province, new ward/province)
_OUTSIDE = [
    ("Đường Cộng Hòa", "phường 13, quận Tân Bình, TP. Hồ Chí Minh", "phường Tân Bình, Thành phố Hồ Chí Minh", "03",
     "Cong Hoa Street, Tan Binh Ward, Ho Chi Minh City, Vietnam"),
    ("Đường Kinh Dương Vương", "phường An Lạc, quận Bình Tân, TP. Hồ Chí Minh",
     "phường An Lạc, Thành phố Hồ Chí Minh", "03", "Kinh Duong Vuong Street, An Lac Ward, Ho Chi Minh City, Vietnam"),
    ("Đại lộ Bình Dương", "phường Phú Hòa, thành phố Thủ Dầu Một, tỉnh Bình Dương",
     "phường Phú Lợi, Thành phố Hồ Chí Minh", "37", "Binh Duong Avenue, Phu Hoa Ward, Thu Dau Mot City, "
     "Binh Duong Province, Vietnam"),
    ("Đường ĐT 743", "phường Bình Hòa, thành phố Thuận An, tỉnh Bình Dương",
     "phường Bình Hòa, Thành phố Hồ Chí Minh", "37", "DT 743 Road, Binh Hoa Ward, Thuan An City, "
     "Binh Duong Province, Vietnam"),
]
_ROMAN = {"1": "I", "2": "II", "3": "III", "5": "V", "6": "VI"}

# ----------------------------------------------------------------------------------------------- names
_VN_SYL = ("Tân", "Phát", "Hưng", "Thịnh", "Thành", "Đạt", "Phú", "Quý", "An", "Bình", "Minh", "Hoàng", "Long",
           "Việt", "Nam", "Kim", "Đức", "Tín", "Nghĩa", "Trường", "Sơn", "Hải", "Thái", "Hòa", "Lộc", "Phúc",
           "Gia", "Huy", "Khang", "Vĩnh", "Toàn", "Thắng", "Lợi", "Quang", "Tiến", "Hiệp", "Hảo", "Mỹ", "Nhật",
           "Đông", "Tường", "Vạn", "Thiên", "Bảo", "Ngọc", "Hồng", "Trí", "Tâm", "Uy", "Duy", "Khải", "Hoàn",
           "Cường", "Lâm", "Tùng", "Phong", "Thuận", "Nguyên", "Đăng", "Khoa", "Hợp", "Thông", "Hiếu", "Vy")
_COMMON = ("Tân Phát", "Hưng Thịnh", "Thành Đạt", "Phú Thịnh", "Minh Phát", "An Phát", "Hoàng Long", "Việt Hưng",
           "Phúc Thịnh", "Kim Long", "Tân Tiến", "Đại Phát")
# traditional character, Wade-Giles / Taiwanese romanisation, pinyin
_TW = (("寶", "Pou", "Bao"), ("成", "Cheng", "Cheng"), ("興", "Hsing", "Xing"), ("新", "Hsin", "Xin"),
       ("豐", "Feng", "Feng"), ("台", "Tai", "Tai"), ("昌", "Chang", "Chang"), ("許", "Hsu", "Xu"),
       ("蔡", "Tsai", "Cai"), ("中", "Chung", "Zhong"), ("鴻", "Hung", "Hong"), ("聯", "Lien", "Lian"),
       ("元", "Yuen", "Yuan"), ("勝", "Sheng", "Sheng"), ("慶", "Ching", "Qing"), ("國", "Kuo", "Guo"),
       ("偉", "Wei", "Wei"), ("福", "Fu", "Fu"), ("康", "Kang", "Kang"), ("順", "Shun", "Shun"),
       ("榮", "Jung", "Rong"), ("裕", "Yu", "Yu"), ("嘉", "Chia", "Jia"), ("華", "Hwa", "Hua"),
       ("德", "Teh", "De"), ("東", "Tung", "Dong"), ("明", "Ming", "Ming"), ("志", "Chih", "Zhi"),
       ("益", "Yi", "Yi"), ("金", "Chin", "Jin"), ("長", "Chang", "Chang"), ("泰", "Tai", "Tai"))
_KR = (("Hwa", "화"), ("Seung", "승"), ("Dong", "동"), ("Sung", "성"), ("Young", "영"), ("Jin", "진"),
       ("Han", "한"), ("Kyung", "경"), ("Sam", "삼"), ("Woo", "우"), ("Il", "일"), ("Tae", "태"), ("Hyun", "현"),
       ("Won", "원"), ("Kwang", "광"), ("Shin", "신"), ("Dae", "대"), ("Ho", "호"), ("Chang", "창"),
       ("Myung", "명"), ("Jung", "정"), ("Sun", "선"), ("Bo", "보"), ("Yong", "용"))
_JP = ("ta", "ka", "ma", "ya", "na", "shi", "mi", "to", "ko", "fu", "ji", "hi", "sa", "no", "mo", "ri", "ku", "wa",
       "ki", "se")
_JP_END = ("", "", "moto", "yama", "kawa", "da", "sawa", "mura")
_JP_SUF = (("Seiki", "PRECISION"), ("Kogyo", "INDUSTRIAL"), ("Seisakusho", "MANUFACTURING"), ("", ""))
_SUR = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Trương", "Đinh")
_MID = ("Văn", "Thị", "Minh", "Ngọc", "Thanh", "Đức", "Quốc", "Hữu", "Thị Kim", "Văn", "Thị")
_GIV = ("Hùng", "Dũng", "Tuấn", "Hoa", "Lan", "Hương", "Nam", "Phúc", "Tâm", "Sơn", "Hải", "Long", "Bình",
        "Cường", "Thảo", "Mai", "Trang", "Khoa", "Vinh", "Tài", "Lộc", "Nhung", "Quân", "Hiền", "Thủy", "Tú")
# sector: vn words, English words, Chinese words, project product, capacity unit, workshop word
_SECTORS = {
    "shoe": (("Giày da", "Đế giày", "Phụ liệu giày", "Da giày", "Khuôn giày", "Mút xốp"),
             ("FOOTWEAR", "SHOES", "SHOE MATERIALS", "SOLE"), ("鞋業", "鞋材"),
             ("giày dép", "đế giày", "phụ liệu giày"), ("đôi/năm", "đôi sản phẩm/năm"), "Xưởng giày"),
    "wood": (("Gỗ", "Chế biến gỗ", "Nội thất", "Đồ gỗ", "Ván ép"),
             ("WOOD", "FURNITURE", "WOODEN PRODUCTS", "WOODWORKING"), ("木業", "家具"),
             ("đồ gỗ nội thất", "gỗ ghép thanh", "ván ép"), ("m3 sản phẩm/năm", "sản phẩm/năm"), "Xưởng mộc"),
    "garment": (("May mặc", "Dệt may", "Phụ liệu may", "Nhãn mác", "May"),
                ("GARMENT", "TEXTILE", "LABEL", "APPAREL"), ("製衣", "紡織"),
                ("quần áo may sẵn", "nhãn mác dệt", "phụ liệu may mặc"), ("sản phẩm/năm", "chiếc/năm"), "Xưởng may"),
    "plastic": (("Nhựa", "Bao bì nhựa", "Bao bì", "In bao bì", "Thùng carton"),
                ("PLASTIC", "PACKAGING", "PACKING", "PLASTIC PACKAGING"), ("塑膠", "包裝"),
                ("bao bì nhựa", "thùng carton", "màng PE"), ("tấn/năm", "tấn sản phẩm/năm"), "Cơ sở bao bì"),
    "mech": (("Cơ khí", "Khuôn mẫu", "Xi mạ"), ("MECHANICAL", "MOULD", "ENGINEERING"), ("機械", "五金"),
             ("linh kiện cơ khí", "khuôn mẫu"), ("tấn sản phẩm/năm", "bộ/năm"), "Xưởng cơ khí"),
}
_SECTOR_KEYS = ("shoe", "wood", "garment", "plastic", "mech")
_SECTOR_W = (28, 27, 20, 18, 7)
_COUNTRY = {"tw": ("Đài Loan", "Taiwan"), "kr": ("Hàn Quốc", "Korea"), "jp": ("Nhật Bản", "Japan")}
_FORMS = {  # short, spelled out, English
    "TNHH": ("TNHH", "Trách nhiệm hữu hạn", "COMPANY LIMITED"),
    "MTV": ("TNHH MTV", "Trách nhiệm hữu hạn Một thành viên", "ONE MEMBER COMPANY LIMITED"),
    "CP": ("CP", "Cổ phần", "JOINT STOCK COMPANY"),
    "DNTN": ("DNTN", "Doanh nghiệp tư nhân", "PRIVATE ENTERPRISE"),
}
_MID_WORDS = (("Sản xuất Thương mại", "SX TM", "PRODUCTION TRADING"),
              ("Sản xuất Thương mại Dịch vụ", "SX-TM-DV", "PRODUCTION TRADING SERVICE"),
              ("Xuất nhập khẩu", "XNK", "IMPORT EXPORT"), ("Sản xuất", "SX", "MANUFACTURING"))

# ----------------------------------------------------------------------------------------------- phones
_MOBILE = ("090", "093", "089", "070", "076", "077", "078", "079", "091", "094", "088", "081", "082", "083",
           "084", "085", "086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039", "092",
           "056", "058", "099", "059")
_OLD_MOBILE = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
               "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
               "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
               "056": "0186", "058": "0188", "059": "0199"}
_OLD_AREA = {"0251": "061", "0271": "0651", "028": "08"}

# TCVN3 (ABC) single-byte font codes for lowercase Vietnamese letters (approximate subset); capitals lose accents
_TCVN3 = dict(zip("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ",
                  "¨©®ª«¬\xad¸µ¶·¹ÊÇÈÉË¾»¼½ÆÐÌÎÏÑÕÒÓÔÖÝ×ØÜÞãßáâäèåæçéíêëìîóïñòôøõö÷ùýúûüþ", strict=True))

_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_UNACC: dict[str, str] = {}


def _unacc(s: str) -> str:
    r = _UNACC.get(s)
    if r is None:
        t = s.replace("đ", "d").replace("Đ", "D")
        r = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
        r = unicodedata.normalize("NFC", r)
        if len(_UNACC) < 200_000:
            _UNACC[s] = r
    return r


def _mojibake(s: str) -> str:
    out = []
    for c in s:
        if c in _TCVN3:
            out.append(_TCVN3[c])
        elif c.isupper() and ord(c) > 127:
            out.append(_unacc(c))
        else:
            out.append(c)
    return "".join(out)


def check_digit(d9: str) -> int | None:
    """Check digit of a 10-digit Vietnamese tax code from its first nine digits (None: never issued)."""
    c = 10 - sum(int(a) * w for a, w in zip(d9, _W, strict=True)) % 11
    return None if c == 10 else c


class _Gen:
    def __init__(self, n: int, seed: int):
        self.rng = random.Random(f"dongnai:{seed}")
        self.n = n
        self.used_tax: set[str] = set()
        self.used_phone: set[str] = set()
        self.sites = [("kcn",) + s for s in _KCN] + [("ccn",) + s for s in _CCN]
        self.site_phone = [self._landline(s[9]) for s in self.sites]
        self.site_lots: list[set] = [set() for _ in self.sites]
        self.max_lot = max(40, n // 1500)
        npool = max(12, n // 600)
        self.acct = [self._phone_any() for _ in range(npool)]
        self.consult = [self._phone_any() for _ in range(max(6, n // 2500))]
        self.recent: list[dict] = []
        self.eid = 0
        self.cccd_used: set[str] = set()

    # ---------------------------------------------------------------- identifiers
    def _tax(self, prefix: str) -> str:
        rng = self.rng
        while True:
            k = 9 - len(prefix)
            d9 = prefix + f"{rng.randrange(10**k):0{k}d}"
            c = check_digit(d9)
            if c is None:
                continue
            t = d9 + str(c)
            if t not in self.used_tax:
                self.used_tax.add(t)
                return t

    def _cccd(self, region: str) -> str:
        rng = self.rng
        while True:
            c = ("075" if region == "dn" else "070") + rng.choice("0101012") + f"{rng.randint(60, 99):02d}"
            c += f"{rng.randrange(10**6):06d}"
            if c not in self.cccd_used:
                self.cccd_used.add(c)
                return c

    def _landline(self, region: str) -> str:
        rng = self.rng
        area = {"dn": "0251", "bp": "0271", "03": "028", "37": "0274"}.get(region, "0251")
        while True:
            if area == "028":
                p = area + rng.choice(("38", "39", "37", "62", "22")) + f"{rng.randrange(10**6):06d}"
            else:
                p = area + rng.choice(("38", "39", "35", "36", "62", "65", "37")) + f"{rng.randrange(10**5):05d}"
            if p not in self.used_phone:
                self.used_phone.add(p)
                return p

    def _mobile(self) -> str:
        rng = self.rng
        while True:
            p = rng.choice(_MOBILE) + f"{rng.randrange(10**7):07d}"
            if p not in self.used_phone:
                self.used_phone.add(p)
                return p

    def _phone_any(self) -> str:
        return self._mobile() if self.rng.random() < 0.5 else self._landline("dn")

    def _person(self) -> str:
        rng = self.rng
        return f"{rng.choice(_SUR)} {rng.choice(_MID)} {rng.choice(_GIV)}"

    # ---------------------------------------------------------------- entities
    def _site(self, ent: dict, kind: str, region: str, exclude: int = -1) -> None:
        rng = self.rng
        if kind in ("tw", "kr", "jp"):
            in_park = rng.random() < 0.92
        elif kind == "dom":
            in_park = rng.random() < 0.45
        else:
            in_park = rng.random() < 0.12
        if in_park:
            cand = [i for i, s in enumerate(self.sites) if s[9] == region and i != exclude]
            if kind == "hh" or (kind == "dom" and rng.random() < 0.4):
                cc = [i for i in cand if self.sites[i][0] == "ccn"]
                cand = cc or cand
            i = rng.choice(cand)
            while True:
                lot = rng.choice("ABCDEFGHK") + str(rng.randint(1, self.max_lot))
                if rng.random() < 0.15:
                    lot += "-" + str(rng.randint(1, 6))
                if lot not in self.site_lots[i] or len(self.site_lots[i]) > 9 * self.max_lot // 2:
                    self.site_lots[i].add(lot)
                    break
            ent["site"] = i
            ent["lot"] = lot
            ent["road"] = rng.choice(("Đường số ", "đường ", "Đường N", "Đường D")) + str(rng.randint(1, 12))
            ent["akey"] = ("lot", i, lot)
        else:
            cand = [s for s in _STREETS if s[8] == region]
            st = rng.choice(cand)
            ent["site"] = -1
            ent["street"] = st
            ent["house"] = str(rng.randint(1, 999)) + (rng.choice("ABC") if rng.random() < 0.1 else "")
            ent["hamlet"] = str(rng.randint(1, 12)) if rng.random() < 0.7 else rng.choice(_VN_SYL) + " " + \
                rng.choice(_VN_SYL)
            ent["akey"] = ("st", st, ent["house"])

    def _entity(self, kind: str | None = None, like: dict | None = None) -> dict:
        rng = self.rng
        self.eid += 1
        ent: dict = {"truth": f"DN-E{self.eid:07d}", "tags": []}
        if like is not None:
            kind = like["kind"]
        if kind is None:
            kind = rng.choices(("tw", "kr", "jp", "dom", "hh"), (16, 8, 4, 52, 20))[0]
        ent["kind"] = kind
        region = like["region"] if like is not None and rng.random() < 0.5 else \
            ("dn" if rng.random() < 0.78 else "bp")
        ent["region"] = region
        ent["sector"] = like["sector"] if like else rng.choices(_SECTOR_KEYS, _SECTOR_W)[0]
        ent["person"] = self._person()
        ent["form"] = "TNHH" if kind in ("tw", "kr", "jp") and rng.random() < 0.85 else \
            rng.choices(("TNHH", "MTV", "CP", "DNTN"), (55, 17, 20, 8))[0]
        ent["sectword"] = rng.randrange(8)
        if like is not None:
            for k in ("core", "rom", "hz", "pin", "hangul", "jpsuf", "mid"):
                if k in like:
                    ent[k] = like[k]
            ent["suffix"] = like["suffix"] if rng.random() < 0.35 else \
                rng.choice(("Việt Nam", "Vina", "Đồng Nai", "Bình Phước", "Global"))
            ent["tags"].append("sister_firm")
            if "sister_firm" not in like["tags"]:
                like["tags"].append("sister_firm")
        elif kind == "tw":
            a, b = rng.sample(_TW, 2)
            ent["rom"] = f"{a[1]} {b[1]}"
            ent["pin"] = f"{a[2]} {b[2]}" if rng.random() < 0.5 else f"{a[2]}{b[2].lower()}"
            ent["hz"] = a[0] + b[0]
            ent["suffix"] = "Việt Nam"
        elif kind == "kr":
            a, b = rng.sample(_KR, 2)
            ent["rom"] = f"{a[0]}{b[0].lower()}" if rng.random() < 0.6 else f"{a[0]} {b[0]}"
            ent["hangul"] = a[1] + b[1] + "비나"
            ent["suffix"] = "Vina" if rng.random() < 0.65 else "Việt Nam"
        elif kind == "jp":
            core = "".join(rng.choice(_JP) for _ in range(rng.randint(2, 3))) + rng.choice(_JP_END)
            ent["rom"] = core.capitalize()
            ent["jpsuf"] = rng.choice(_JP_SUF)
            ent["suffix"] = "Việt Nam"
        else:
            if rng.random() < 0.13:
                ent["core"] = rng.choice(_COMMON)
                ent["tags"].append("common_name")
            else:
                a, b = rng.sample(_VN_SYL, 2)
                ent["core"] = f"{a} {b}"
            ent["mid"] = rng.randrange(len(_MID_WORDS)) if rng.random() < 0.4 else -1
            ent["suffix"] = ""
        if kind == "hh":
            ent["tags"].append("household")
            ent["hh_style"] = rng.random()
        # tax code
        if kind == "hh":
            ent["tax"] = self._tax(rng.choice(("80", "81", "83", "84")))
            ent["cccd"] = self._cccd(region)
        else:
            if kind == "dom" and rng.random() < 0.07:
                ent["tax"] = self._tax(rng.choice(("030", "031")))  # moved in from Hồ Chí Minh City, kept its code
            else:
                ent["tax"] = self._tax("360" if region == "dn" else "380")
        self._site(ent, kind, region, exclude=like["site"] if like is not None else -1)
        ent["land"] = self._landline(region) if kind != "hh" or rng.random() < 0.2 else ""
        ent["mob"] = self._mobile()
        ent["sales"] = self._mobile() if kind != "hh" and rng.random() < 0.5 else ""
        ent["sales_person"] = self._person()
        ent["exporter"] = kind in ("tw", "kr", "jp") or (kind == "dom" and rng.random() < 0.3)
        if kind in ("dom", "tw") and like is None and rng.random() < 0.05:
            a, b = rng.sample(_VN_SYL, 2)
            ent["old_name"] = f"Công ty TNHH {a} {b}"
        ent["code"] = f"PB050{rng.randint(1, 9)}0{rng.randrange(10**6):06d}"
        return ent

    def _branch_of(self, parent: dict) -> dict:
        """A dependent branch (own 13-digit code, own site and phones) of a parent enterprise."""
        rng = self.rng
        self.eid += 1
        ent = dict(parent)
        ent["truth"] = f"DN-E{self.eid:07d}"
        ent["tags"] = [t for t in parent["tags"] if t != "sister_firm"] + ["branch"]
        ent["branch_no"] = rng.choice(("001", "001", "002", "003"))
        ent["tax"] = parent["tax"] + "-" + ent["branch_no"]
        ent["parent_tax"] = parent["tax"]
        region = "bp" if parent["region"] == "dn" and rng.random() < 0.4 else "dn"
        if parent.get("outside"):
            region = "dn" if rng.random() < 0.75 else "bp"
        ent["region"] = region
        self._site(ent, parent["kind"], region, exclude=parent.get("site", -1))
        ent["land"] = self._landline(region)
        ent["mob"] = self._mobile()
        ent["sales"] = ""
        ent["old_name"] = None
        ent.pop("old_name")
        s = ent.get("street")
        place = self.sites[ent["site"]][6] if ent["site"] >= 0 else s[5]
        ent["branch_place"] = place
        return ent

    # ---------------------------------------------------------------- names
    def _vn_name(self, ent: dict, abbrev: bool = False, spelled: bool = False) -> str:
        rng = self.rng
        form = _FORMS[ent["form"]]
        fword = form[1] if spelled else form[0]
        cty = "Công ty" if not abbrev else rng.choice(("Cty", "CTY", "C.ty", "Cty."))
        if ent["form"] == "DNTN":
            head = fword if not abbrev else "DNTN"
        else:
            head = f"{cty} {fword}"
        if ent["kind"] in ("tw", "kr", "jp"):
            body = ent["rom"]
            if ent["kind"] == "jp" and ent["jpsuf"][0]:
                body += " " + ent["jpsuf"][0]
            suf = ent["suffix"]
            if abbrev and suf == "Việt Nam":
                suf = rng.choice(("VN", "Việt Nam", "Viet Nam"))
            name = f"{head} {body} {suf}"
        elif ent["kind"] == "hh" and ent["hh_style"] < 0.45:
            name = ("Hộ kinh doanh " if not abbrev else rng.choice(("HKD ", "Hộ KD "))) + ent["person"]
        elif ent["kind"] == "hh":
            sec = _SECTORS[ent["sector"]]
            name = f"Cơ sở {sec[0][ent['sectword'] % len(sec[0])].lower()} {ent['core']}"
        else:
            parts = [head]
            if ent["mid"] >= 0:
                mw = _MID_WORDS[ent["mid"]]
                parts.append(mw[1] if abbrev else mw[0])
            sec = _SECTORS[ent["sector"]][0]
            if ent["sectword"] < 5:
                parts.append(sec[ent["sectword"] % len(sec)])
            parts.append(ent["core"])
            if ent["suffix"]:
                parts.append(ent["suffix"])
            name = " ".join(parts)
        if ent.get("parent_tax"):
            if abbrev:
                name = f"CN {name}"
            elif rng.random() < 0.5:
                name = f"Chi nhánh {name} tại {ent['branch_place']}"
            else:
                name = f"Chi nhánh {name} - Nhà máy {ent['branch_place']}"
        if spelled:
            name = name.upper()
        return name

    def _en_name(self, ent: dict) -> str:
        rng = self.rng
        form = _FORMS[ent["form"]][2]
        if rng.random() < 0.4:
            form = {"COMPANY LIMITED": "CO., LTD", "JOINT STOCK COMPANY": "JSC"}.get(form, form)
        if ent["kind"] in ("tw", "kr", "jp"):
            body = ent["rom"].upper()
            if ent["kind"] == "jp" and ent["jpsuf"][0]:
                body += " " + (ent["jpsuf"][0] if rng.random() < 0.5 else ent["jpsuf"][1]).upper()
            suf = _unacc(ent["suffix"]).upper().replace("VIET NAM", "VIETNAM")
            if ent["kind"] == "tw" and rng.random() < 0.3:
                name = f"{body} ({suf}) {form}"
            else:
                name = f"{body} {suf} {form}"
        else:
            core = _unacc(ent.get("core", ent["person"])).upper()
            sec = _SECTORS[ent["sector"]][1]
            name = f"{core} {sec[ent['sectword'] % len(sec)]} {form}"
        if ent.get("parent_tax"):
            name = f"{name} - {_unacc(ent['branch_place']).upper()} BRANCH"
        return name

    def _zh_name(self, ent: dict) -> str:
        rng = self.rng
        ind = rng.choice(_SECTORS[ent["sector"]][2])
        return rng.choice((f"{ent['hz']}(越南){ind}有限公司", f"越南{ent['hz']}{ind}有限公司",
                           f"{ent['hz']}{ind}股份有限公司"))

    # ---------------------------------------------------------------- addresses
    def _addr(self, ent: dict, style: str) -> tuple[str, list[str], bool]:
        """style: new | old | abbr | evn | en | lot | park. Returns text, tags, carries-key."""
        rng = self.rng
        tags: list[str] = []
        if ent.get("outside") and not ent.get("parent_tax"):
            o = ent["outside"]
            if style in ("old", "abbr", "evn", "lot", "park") and rng.random() < 0.6:
                t = f"Số {ent['ohouse']} {o[0]}, {o[1]}"
                tags.append("old_address")
            else:
                t = f"Số {ent['ohouse']} {o[0]}, {o[2]}"
            if style == "evn":
                t = _unacc(t).upper()
            elif style == "en":
                t = f"No. {ent['ohouse']}, {o[4]}"
                tags.append("english_address")
            return t, tags, True
        si = ent["site"]
        if si >= 0:
            s = self.sites[si]
            kind, pname = s[0], s[1]
            ouk, ou, odk, od, nk, nu, reg = s[3], s[4], s[5], s[6], s[7], s[8], s[9]
            word = "KCN" if kind == "kcn" else "CCN"
            lot = ent["lot"]
            lot_txt = rng.choice((f"Lô {lot}", f"Lô {lot.replace('-', '')}", f"lô số {lot}", f"Lô {lot}"))
            if style == "park":
                tags.append("partial_address")
                return rng.choice((f"{word} {pname}", f"{word} {pname}, ĐN", f"{word} {pname}, Đồng Nai")), tags, False
            if style == "lot":
                tags.append("merged_cell")
                return lot_txt, tags, True
            pn = pname
            if rng.random() < 0.2 and pn[-1] in _ROMAN and pn[-2] == " ":
                pn = pn[:-1] + _ROMAN[pn[-1]]
            full_word = "Khu công nghiệp" if kind == "kcn" else "Cụm công nghiệp"
            if style == "en":
                tags.append("english_address")
                kind_en = "Industrial Park" if rng.random() < 0.6 else "Industrial Zone"
                if kind == "ccn":
                    kind_en = "Industrial Cluster"
                unit = {"xã": "Commune", "phường": "Ward", "thị trấn": "Town"}
                dist = {"huyện": "District", "thành phố": "City", "thị xã": "Town"}
                if rng.random() < 0.5:
                    tail = f"{_unacc(ou)} {unit[ouk]}, {_unacc(od)} {dist[odk]}, "
                    tail += f"{'Binh Phuoc' if reg == 'bp' else 'Dong Nai'} Province, Vietnam"
                    tags.append("old_address")
                else:
                    tail = f"{_unacc(nu)} {unit[nk]}, Dong Nai Province, Vietnam"
                road = _unacc(ent["road"]).replace("Duong so ", "Road No. ").replace("duong ", "Road ")
                road = road.replace("Duong ", "Road ")
                return f"Lot {lot}, {road}, {_unacc(pn)} {kind_en}, {tail}", tags, True
            head = f"{lot_txt}, {ent['road']}, {word if style != 'new' or rng.random() < 0.7 else full_word} {pn}"
        else:
            st = ent["street"]
            sname, ham, ouk, ou, odk, od, nk, nu, reg = st
            hv = ent["hamlet"]
            hw = ham if rng.random() < 0.6 else {"khu phố": "KP", "ấp": "Ấp"}[ham]
            head = f"Số {ent['house']}, {sname}, {hw} {hv}" if rng.random() < 0.6 else \
                f"{ent['house']} {sname}, {hw} {hv}"
            if style in ("park", "lot"):
                style = "abbr"
            if style == "en":
                tags.append("english_address")
                unit = {"xã": "Commune", "phường": "Ward", "thị trấn": "Town"}
                road = _unacc(sname).replace("Quoc lo", "National Road").replace("Duong ", "").replace(
                    "Tinh lo", "Provincial Road")
                quarter = "Quarter" if ham == "khu phố" else "Hamlet"
                return (f"No. {ent['house']}, {road} Street, {quarter} {_unacc(hv)}, {_unacc(nu)} {unit[nk]}, "
                        f"Dong Nai Province, Vietnam"), tags, True
        prov_old = "Bình Phước" if reg == "bp" else "Đồng Nai"
        if style == "new":
            t = f"{head}, {nk} {nu}, tỉnh Đồng Nai"
        elif style == "old":
            tags.append("old_address")
            t = f"{head}, {ouk} {ou}, {odk} {od}, tỉnh {prov_old}"
        else:  # abbr or evn
            tags.append("old_address")
            ab = {"xã": "X.", "phường": "P.", "thị trấn": "TT.", "huyện": "H.", "thành phố": "TP.", "thị xã": "TX."}
            prov = rng.choice((f"T. {prov_old}", "ĐN" if reg == "dn" else "BP", prov_old))
            if rng.random() < 0.25:
                t = f"{head}, {ab[ouk]} {ou}, {ab[odk]} {od}"
            else:
                t = f"{head}, {ab[ouk]}{ou}, {ab[odk]}{od}, {prov}"
            if style == "evn":
                t = _unacc(t).upper().replace(",", " -").replace("  ", " ")
        return t, tags, True

    # ---------------------------------------------------------------- phones
    def _fmt_phone(self, p: str, style: str) -> str:
        rng = self.rng
        mob = not p.startswith("02")
        if style == "old":
            if mob:
                p = _OLD_MOBILE[p[:3]] + p[3:]
            else:
                for new, old in _OLD_AREA.items():
                    if p.startswith(new):
                        p = old + p[len(new):]
                        break
        if style == "zero":
            return p[1:]
        if style == "plain" or len(p) < 10:
            return p
        if mob and len(p) == 10:
            a, b, c = p[:4], p[4:7], p[7:]
        else:
            cut = 3 if p.startswith(("028", "08")) else 4
            if p.startswith(("061", "0651")):
                cut = len(p) - 7
            a, b, c = p[:cut], p[cut:len(p) - 3], p[len(p) - 3:]
        if style == "intl":
            return rng.choice((f"+84 {a[1:]} {b} {c}", f"84-{a[1:]}-{b}{c}", f"(+84) {a[1:]} {b}{c}"))
        return rng.choice((f"{a}.{b}.{c}", f"{a} {b} {c}", f"({a}) {b}{c}", f"{a}{b}{c}", f"{a}.{b}{c}"))

    # ---------------------------------------------------------------- name noise
    def _typo(self, s: str) -> str:
        rng = self.rng
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 3 and w.lower() not in ("công", "cty", "tnhh")]
        if not idx:
            return s
        i = rng.choice(idx)
        w = words[i]
        r = rng.random()
        if r < 0.35 and _unacc(w) != w:
            w = _unacc(w)
        elif r < 0.6:
            j = rng.randrange(len(w) - 1)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif r < 0.8:
            j = rng.randrange(len(w))
            w = w[:j] + w[j] + w[j:]
        else:
            j = rng.randrange(1, len(w))
            w = w[:j] + w[j + 1:]
        words[i] = w
        return " ".join(words)

    # ---------------------------------------------------------------- one record
    def _record(self, ent: dict, src: str) -> dict:
        rng = self.rng
        kind = ent["kind"]
        tags: list[str] = []
        name_core = True
        # ---- name
        hh_person = kind == "hh" and ent["hh_style"] < 0.45
        if src == "bhxh":
            r = rng.random()
            if r < 0.35:
                name = self._vn_name(ent).upper()
            elif r < 0.65:
                name = self._vn_name(ent, abbrev=True)
                tags.append("abbrev")
            else:
                name = self._vn_name(ent)
            if rng.random() < 0.04 and not name.isupper() and _mojibake(name) != name:
                name = _mojibake(name)
                tags.append("mojibake")
                name_core = False
        elif src == "evn":
            if kind == "hh" and rng.random() < 0.7:
                name = _unacc(ent["person"]).upper()
                tags.append("person_name")
                name_core = hh_person
            else:
                ab = rng.random() < 0.5
                name = _unacc(self._vn_name(ent, abbrev=ab)).upper()
                if ab:
                    tags.append("abbrev")
            tags.append("no_diacritics")
            if len(name) > 50:
                name = name[:50].rstrip()
                tags.append("truncated")
                key = ent["person"] if hh_person else (ent.get("core") or ent.get("rom") or "")
                if _unacc(key).upper() not in name:
                    name_core = False  # the distinctive part was cut off
            if rng.random() < 0.2:
                name = f"{ent['code']} - {name}"
                tags.append("code_in_name")
        elif src == "customs":
            if rng.random() < 0.65:
                name = self._en_name(ent)
                tags.append("english_name")
            else:
                name = _unacc(self._vn_name(ent)).upper()
                tags.append("no_diacritics")
        elif src == "env":
            sec = _SECTORS[ent["sector"]]
            if rng.random() < 0.45:
                cap = rng.choice(("500.000", "1.200.000", "3.000.000", "2.500", "12.000", "800", "60.000"))
                name = (f"Dự án nhà máy sản xuất {rng.choice(sec[3])} công suất {cap} {rng.choice(sec[4])} "
                        f"của {self._vn_name(ent, abbrev=rng.random() < 0.3)}")
                tags += ["project_name", "unit_in_name"]
            else:
                name = self._vn_name(ent)
        elif src == "pccc":
            if kind == "hh":
                if rng.random() < 0.5:
                    name = f"{_SECTORS[ent['sector']][5]} {ent['person']}"
                    tags.append("person_name")
                    name_core = hh_person
                else:
                    name = f"{_SECTORS[ent['sector']][5]} {ent['core']}"
                    name_core = not hh_person
            else:
                pre = "" if ent.get("parent_tax") else rng.choice(("Nhà xưởng ", "Kho xưởng ", "Nhà máy ", ""))
                name = pre + self._vn_name(
                    ent, abbrev=rng.random() < 0.5)
                if "Cty" in name or "CTY" in name or "C.ty" in name:
                    tags.append("abbrev")
        elif src == "fair":
            r = rng.random()
            if kind == "tw" and r < 0.2:
                name = rng.choice((ent["pin"], ent["pin"] + " Vietnam", ent["pin"].upper() + " CO., LTD"))
                tags.append("romanisation")
                name_core = False
            elif kind == "tw" and r < 0.3:
                name = self._zh_name(ent)
                tags.append("foreign_script")
                name_core = False
            elif kind == "tw" and r < 0.55:
                name = f"{ent['rom']} {_unacc(ent['suffix'])} {self._zh_name(ent)}"
                tags.append("foreign_script")
            elif kind == "kr" and r < 0.15:
                name = f"{ent['rom']} Vina ({ent['hangul']})"
                tags.append("foreign_script")
            elif r < 0.55 and kind not in ("hh",):
                name = self._en_name(ent).title().replace("Co., Ltd", "Co., Ltd.")
                tags.append("english_name")
            else:
                base = ent.get("core") or ent.get("rom") or ent["person"]
                sec = _SECTORS[ent["sector"]]
                name = rng.choice((f"{base}", f"{base} {sec[1][0].title()}", f"{sec[0][0]} {base}"))
                tags.append("abbrev")
        elif src == "bql":
            name = self._vn_name(ent)
            if kind in _COUNTRY and rng.random() < 0.4:
                name += f" ({_COUNTRY[kind][0]})" if rng.random() < 0.7 else f" - {_COUNTRY[kind][1]}"
                tags.append("merged_cell")
            if kind == "tw" and rng.random() < 0.25:
                name += f" {ent['hz']}{rng.choice(_SECTORS[ent['sector']][2])}有限公司"
                tags.append("foreign_script")
        elif src == "bp_cnht":
            if ent.get("old_name") and rng.random() < 0.6:
                name = ent["old_name"]
                tags.append("renamed")
                name_core = False
            else:
                name = self._vn_name(ent, abbrev=rng.random() < 0.5)
                if "Cty" in name or "CTY" in name or "C.ty" in name or "HKD" in name:
                    tags.append("abbrev")
            if rng.random() < 0.15 and _mojibake(name) != name:
                name = _mojibake(name)
                tags.append("mojibake")
                name_core = False
        else:  # einvoice
            name = self._vn_name(ent, spelled=True)
            if ent["form"] != "DNTN" and kind != "hh":
                tags.append("vat_name")
        if kind == "tw" and src in ("env", "pccc", "bhxh") and ent["rom"] in name and rng.random() < 0.12:
            name = name.replace(ent["rom"], ent["pin"])  # typed from a mainland-Chinese document
            tags.append("romanisation")
            name_core = False
        if ent.get("old_name") and src in ("bhxh", "pccc", "env") and rng.random() < 0.3 and "renamed" not in tags:
            name = ent["old_name"]
            tags.append("renamed")
            name_core = False
        if src in ("bhxh", "pccc", "fair", "bp_cnht", "env") and rng.random() < 0.06 and "mojibake" not in tags:
            name = self._typo(name)
            tags.append("typo")
        if src in ("pccc", "env", "bhxh") and rng.random() < 0.05 and "no_diacritics" not in tags \
                and "mojibake" not in tags:
            name = _unacc(name)
            tags.append("no_diacritics")

        # ---- tax code
        tax_exact = ent["tax"]
        p_tax = {"bhxh": 0.88, "evn": 0.4, "customs": 1.0, "env": 0.45, "pccc": 0.15, "fair": 0.25, "bql": 0.75,
                 "bp_cnht": 0.7, "einvoice": 0.97}[src]
        if kind == "hh":
            p_tax *= 0.5
        tkey = None
        tax = ""
        if rng.random() < p_tax:
            tax, tkey = tax_exact, tax_exact
            if ent.get("parent_tax") and src in ("bhxh", "evn", "env", "bql") and rng.random() < 0.18:
                tax, tkey = ent["parent_tax"], ent["parent_tax"]
                tags.append("branch_parent_mst")
            elif kind == "hh" and src in ("einvoice", "pccc", "fair") and rng.random() < 0.5:
                tax, tkey = ent["cccd"], ent["cccd"]
                tags.append("cccd_tax")
            elif src in ("bhxh", "bql", "bp_cnht", "env", "fair", "pccc", "evn") and rng.random() < 0.05:
                tax = self._mistype(tax)
                tkey = None
                tags.append("mst_typo")
            elif tax.startswith("0") and "-" not in tax and src in ("bhxh", "bql", "evn", "bp_cnht", "env") \
                    and rng.random() < 0.6:
                tax, tkey = tax[1:], None
                tags.append("mst_zero_lost")
            elif src in ("bql", "bp_cnht", "evn") and "-" not in tax and rng.random() < 0.06:
                tax = rng.choice((f"{tax}.0", f"{tax[0]}.{tax[1:6]}E+09"))
                tkey = tax_exact if tax.endswith(".0") else None
                tags.append("mst_excel")
            elif src in ("bhxh", "env", "fair", "pccc", "bp_cnht") and rng.random() < 0.07:
                d = tax[:10]
                tax = rng.choice((f"MST: {tax}", f"{d[:4]} {d[4:7]} {d[7:]}{tax[10:]}", f"{d[:2]} {d[2:]}{tax[10:]}"))
                tags.append("mst_formatted")
            if src in ("bql", "bp_cnht", "pccc", "env") and tax and rng.random() < 0.04:
                name = f"{name} (MST: {tax})" if rng.random() < 0.5 else f"{name} - MST {tax}"
                tax = ""
                tags.append("mst_in_name")
        # ---- address
        style = {"bhxh": ("old", "abbr", "new"), "evn": ("evn",), "customs": ("en", "evn", "en"),
                 "env": ("new", "old", "new"), "pccc": ("old", "abbr"), "fair": ("park", "abbr", "new", ""),
                 "bql": ("lot", "new", "new", "old"), "bp_cnht": ("old", "abbr"), "einvoice": ("new",)}[src]
        st = rng.choice(style)
        akey = None
        addr = ""
        if st:
            addr, atags, has_key = self._addr(ent, st)
            tags += atags
            if has_key:
                akey = ent["akey"]
            if src == "evn" and rng.random() < 0.1:
                addr = f"{ent['code']} {addr}"
            if src == "bp_cnht" and "mojibake" in tags:
                addr = _mojibake(addr)
        # ---- phone
        pkeys: list[str] = []
        shared = None
        r = rng.random()
        if src == "bhxh" and r < 0.16:
            shared = rng.choice(self.acct)
        elif src == "env" and r < 0.3:
            shared = rng.choice(self.consult)
        elif src == "bql" and r < 0.2 and ent["site"] >= 0:
            shared = self.site_phone[ent["site"]]
        elif src == "pccc" and r < 0.15 and ent["site"] >= 0 and self.sites[ent["site"]][0] == "ccn":
            shared = self.site_phone[ent["site"]]
        phone = ""
        pstyle = {"evn": "plain", "customs": "intl", "einvoice": "plain"}.get(src, "fmt")
        if src == "bp_cnht" and rng.random() < 0.4:
            pstyle = "old"
        if src == "evn" and rng.random() < 0.08:
            pstyle = "zero"
        if shared:
            phone = self._fmt_phone(shared, "fmt")
            tags.append("shared_phone")
        else:
            p_ph = {"bhxh": 0.7, "evn": 0.8, "customs": 0.75, "env": 0.6, "pccc": 0.8, "fair": 0.9, "bql": 0.65,
                    "bp_cnht": 0.75, "einvoice": 0.3}[src]
            if rng.random() < p_ph:
                if src == "fair" and ent["sales"] and rng.random() < 0.55:
                    num = ent["sales"]
                elif src in ("evn", "pccc", "fair") or not ent["land"]:
                    num = ent["mob"] if rng.random() < 0.8 or not ent["land"] else ent["land"]
                else:
                    num = ent["land"] if rng.random() < 0.75 else ent["mob"]
                if pstyle == "old" and num.startswith("0") and not (num[:3] in _OLD_MOBILE or num.startswith(
                        tuple(_OLD_AREA))):
                    pstyle = "fmt"
                phone = self._fmt_phone(num, pstyle)
                if pstyle == "old":
                    tags.append("phone_old_code")
                elif pstyle == "zero":
                    tags.append("phone_zero_lost")
                pkeys.append(num)
                if src == "fair":
                    who = ent["sales_person"] if num == ent["sales"] else ent["person"]
                    title = "Ms" if " Thị" in who else "Mr"
                    if rng.random() < 0.5:
                        phone = f"{phone} ({title} {who.split()[-1]})"
                if src in ("bhxh", "bql", "pccc", "fair") and rng.random() < 0.1:
                    other = ent["mob"] if num != ent["mob"] else (ent["land"] or ent["sales"])
                    if other and other != num:
                        phone = f"{phone} / {self._fmt_phone(other, 'fmt')}"
                        pkeys.append(other)
                        tags.append("multi_phone")
        if kind == "hh":
            tags.append("household")
        rec = {"id": "", "name": name, "tax_code": tax, "address": addr, "phone": phone, "truth": ent["truth"]}
        return {"rec": rec, "tags": tags, "t": tkey, "p": pkeys, "a": akey, "nc": name_core, "src": src}

    def _mistype(self, tax: str) -> str:
        rng = self.rng
        d, rest = tax[:10], tax[10:]
        for _ in range(50):
            r = rng.random()
            if r < 0.5:
                i = rng.randrange(10)
                t = d[:i] + rng.choice("0123456789") + d[i + 1:]
            elif r < 0.85:
                i = rng.randrange(9)
                t = d[:i] + d[i + 1] + d[i] + d[i + 2:]
            else:
                i = rng.randrange(10)
                t = d[:i] + d[i + 1:]
            if len(t) != 10 or check_digit(t[:9]) != int(t[9]):
                return t + rest
        return d[:9] + str((int(d[9]) + 1) % 10) + rest

    # ---------------------------------------------------------------- repair (evidence chain)
    @staticmethod
    def _linked(a: dict, b: dict) -> bool:
        if a["t"] and a["t"] == b["t"]:
            return True
        if a["nc"] and b["nc"]:
            if a["a"] is not None and a["a"] == b["a"]:
                return True
            if set(a["p"]) & set(b["p"]):
                return True
        return False

    def _force_tax(self, r: dict, ent: dict) -> None:
        r["rec"]["tax_code"] = ent["tax"]
        r["t"] = ent["tax"]
        r["tags"] = [t for t in r["tags"] if t == "mst_in_name" or (
            not t.startswith("mst_") and t not in ("cccd_tax", "branch_parent_mst"))]

    def _cluster(self, ent: dict, size: int) -> list[dict]:
        rng = self.rng
        elig = [s for s in SOURCES if self._eligible(ent, s)]
        w = [_SRC_W[s] for s in elig]
        out: list[dict] = []
        used: Counter = Counter()
        for _ in range(size):
            src = rng.choices(elig, w)[0]
            if used[src] and rng.random() < 0.75:
                src = rng.choices(elig, w)[0]
            r = self._record(ent, src)
            if used[src]:
                r["tags"].append("dup_in_source")
            used[src] += 1
            # every record must carry something of its own (no bare name)
            if r["t"] is None and not r["p"] and r["a"] is None:
                self._force_tax(r, ent)
            if out and not any(self._linked(r, o) for o in out):
                self._force_tax(r, ent)
                if not any(self._linked(r, o) for o in out):
                    self._force_tax(out[0], ent)
            out.append(r)
        return out

    @staticmethod
    def _eligible(ent: dict, src: str) -> bool:
        if ent.get("outside") and not ent.get("parent_tax"):
            return src in ("customs", "einvoice", "fair")
        if src == "customs":
            return ent["exporter"]
        if src == "bql":
            return ent["site"] >= 0
        if src == "bp_cnht":
            return ent["region"] == "bp"
        if src in ("env", "fair") and ent["kind"] == "hh":
            return ent["hh_style"] > 0.7
        return True

    def _size(self) -> int:
        return self.rng.choices((1, 2, 3, 4, 5, 6, 7, 8), (60, 16, 9, 6, 4, 2.5, 1.5, 1))[0]

    def run(self) -> tuple[list[dict], list[tuple]]:
        rng = self.rng
        rows: list[tuple[dict, tuple]] = []
        n = self.n
        while len(rows) < n:
            group: list[tuple[dict, int]] = []
            ent = self._entity()
            group.append((ent, self._size()))
            r = rng.random()
            if ent["kind"] in ("tw", "kr", "jp", "dom") and r < 0.05:
                # dependent branch; sometimes the parent is a head office outside the province
                if ent["kind"] == "dom" and rng.random() < 0.35:
                    o = rng.choice(_OUTSIDE)
                    ent["outside"] = o
                    ent["ohouse"] = str(rng.randint(1, 500))
                    self.used_tax.discard(ent["tax"])
                    ent["tax"] = self._tax(o[3] + str(rng.randint(0, 1)) if o[3] == "03" else o[3] + "0")
                    ent["land"] = self._landline(o[3])
                    ent["site"] = -1
                    ent["akey"] = ("hq", o[0], ent["ohouse"])
                    ent["exporter"] = True
                group.append((self._branch_of(ent), self._size()))
            elif ent["kind"] in ("tw", "kr", "dom") and r < 0.08:
                group.append((self._entity(like=ent), self._size()))
            for e, size in group:
                recs = self._cluster(e, size)
                for r_ in recs:
                    tags = r_["tags"]
                    for t in e["tags"]:
                        if t not in tags:
                            tags.append(t)
                    seen: list[str] = []
                    for t in tags:
                        if t not in seen:
                            seen.append(t)
                    rows.append((r_["rec"], ("src:" + r_["src"],) + tuple(seen)))
        del rows[n:]
        rng.shuffle(rows)
        width = max(7, len(str(n)))
        recs_out = [rec for rec, _ in rows]
        tags_out = [tg for _, tg in rows]
        del rows
        for i, rec in enumerate(recs_out):
            rec["id"] = f"{PREFIX}{i + 1:0{width}d}"
        return recs_out, tags_out


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """n shuffled records plus one tag tuple per record (first tag `src:<source>`)."""
    if n <= 0:
        return [], []
    was = gc.isenabled()
    gc.disable()  # millions of small dicts, no cycles: the cyclic collector only costs time here
    try:
        return _Gen(n, seed).run()
    finally:
        if was:
            gc.enable()


def records(n: int, seed: int = 0) -> list[dict]:
    """n shuffled records with keys id, name, tax_code, address, phone, truth."""
    return labelled(n, seed)[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python gen_dongnai.py N [SEED]")
        return 2
    n = int(argv[0])
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    sizes = Counter(Counter(r["truth"] for r in recs).values())
    multi = sum(k * v for k, v in sizes.items() if k > 1)
    print(f"records: {len(recs)}  enterprises: {sum(sizes.values())}  in multi-record enterprises: {multi}"
          f"  ({dt:.2f} s)")
    print("cluster sizes: " + "  ".join(f"{k}:{sizes[k]}" for k in sorted(sizes)))
    src = Counter(t[0] for t in tags)
    print("sources: " + "  ".join(f"{k[4:]}:{v}" for k, v in sorted(src.items())))
    tc = Counter(x for t in tags for x in t[1:])
    print("tags: " + "  ".join(f"{k}:{tc[k]}" for k in TAGS))
    for r, t in list(zip(recs, tags, strict=True))[:12]:
        print(f"{r['id']} | {r['name']} | {r['tax_code']} | {r['address']} | {r['phone']} | {r['truth']} | "
              f"{','.join(t)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
