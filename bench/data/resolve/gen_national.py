"""ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number.

Held-out benchmark generator: a NATIONAL supporting-industry (CNHT) supplier database.

Scenario
--------
The Ministry of Industry and Trade's supporting-industry centre assembles one national supplier
list from many provinces' submissions after the 1 July 2025 merger (63 -> 34 provinces, districts
abolished, communes merged and renamed).  Firms sit all over the country (Hà Nội, TP. Hồ Chí Minh
incl. former Bình Dương and Bà Rịa - Vũng Tàu, Hải Phòng incl. Hải Dương, Bắc Ninh incl. Bắc Giang,
Thái Nguyên, Phú Thọ incl. Vĩnh Phúc and Hòa Bình, Hưng Yên incl. Thái Bình, Đồng Nai incl. Bình
Phước, Tây Ninh incl. Long An, Đà Nẵng incl. Quảng Nam, Thanh Hóa, Nghệ An, Ninh Bình, Quảng Ninh).
Sectors are the six CNHT sectors (mechanical, electronics, garment/textile, leather/footwear,
automotive, high-tech) plus generic "sản xuất và thương mại" trading-manufacturing firms; about
22 % of firms are FDI (Korean, Japanese, Chinese, Taiwanese).  Province and industrial-park names
are real; firm names, tax codes, phone numbers, lots and street numbers are synthetic.

An enterprise is one legal entity = one tax code (mã số thuế).  A branch with its own
"NNNNNNNNNN-00n" code is its own enterprise.  ``truth`` holds the enterprise key.

Sources (SOURCE_SHARES)
-----------------------
- doit_excel    28 %  provincial DOIT submissions, each province with its own template habits
                      (old or new province names, upper case, VNI/TCVN3 mojibake, Excel-damaged
                      tax codes and phones, several phones per cell, occasional swapped columns);
                      lists the site located in the submitting province (HQ or plant).
- dkkd_registry 16 %  national business registry extract: current legal name (mostly upper case),
                      tax code always, registered HQ address (old or new admin units).  At most one
                      row per enterprise.
- gso_survey    14 %  GSO enterprise survey: reliable tax code, address reduced to the coded
                      commune (+ district before the merger) and province.  At most one row.
- vcci_dir      10 %  VCCI member directory: names cut at 40 characters, phones with extensions,
                      pre-2017 area codes, few tax codes.
- supplier_prog  9 %  JICA/KOTRA-style supplier-development programme: English names
                      ("Minh Phat Precision Co., Ltd"), English addresses, +84 phones.
- oem_vendor     8 %  Samsung/LG/Toyota/Honda-tier vendor list: English names, PLANT address,
                      vendor codes sometimes in the tax-code column.
- trade_fair     8 %  trade-fair catalogues: brand + product, mobile numbers, few tax codes.
- web_scrape     7 %  press/website scraping: brand names, hotlines, "MST: ..." from footers.

Noise (approximate per-record rates, measured at n = 1,000,000)
----------------------------------------------------------------
legal form re-spelled ~33 %, form dropped ~6 %, brand-only names ~9 %, upper case ~40 %, Excel
PROPER() case ~1 %, no diacritics ~6 % (plus ASCII English names ~17 %), typos ~1.5 %, mojibake
~1.5 % (VNI and TCVN3, whole row), trade words abbreviated ~2 %, FDI romanisation / Hán-Việt /
translated / Vina-vs-Việt Nam variants ~4 %, VCCI names cut at 40 characters ~3 %.
Tax code present ~62 %: spaced/punctuated ~2 %, Excel-damaged ~1 % (leading zero dropped,
apostrophe, 1,01235E+11), mistyped ~0.6 %, "MST:" prefix ~1 %, vendor code in the tax column ~1.6 %.
Phone present ~79 %: +84/84 ~11 %, pre-2017 area codes ~5 %, 11-digit old mobiles ~4 %, several
per cell ~12 %, extensions ~2 %, Excel-dropped leading zero ~1 %, fax appended ~1 %.
Address present ~92 %: old admin units ~24 %, old province name ~15 %, English ~13 %, abbreviated
~15 %, mixed old/new ~4 %, province only ~2 %; tax and phone swapped ~0.5 %, phone inside the
address ~0.5 %.

Hard cases (share of enterprise families; every one is decidable by a careful officer)
-------------------------------------------------------------------------------------------
- hc:same_name_diff_prov  2.5 %  2-3 different enterprises with the identical legal name in
                                 different provinces (different tax codes, phones, addresses).
- hc:same_name_diff_park  1.2 %  2 identical names in different parks of one (new) province.
- hc:legal_form_twin      1.8 %  same brand + trade, different legal form (TNHH vs CP ...).
- hc:branch / hc:branch_parent 3.5 %  parent plus 1-2 branches with "-00n" codes.
- hc:sister               2.0 %  2-3 group firms sharing brand, HQ address and switchboard.
- hc:renamed              3.0 %  one enterprise seen under its old and new name (same tax code);
                                 records carrying the old name are tagged hc:old_name.
- hc:hq_plant             6.0 %  one enterprise seen at its HQ and at its plant in another
                                 province; plant-address records tagged hc:plant_address and
                                 linked by tax code or a shared phone.

Size: about n/2.65 enterprises; ~38 % appear once, mean 2.5-2.8 records, largest 10-12.

Usage: ``python gen_national.py [N] [SEED]`` prints a summary.
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from bisect import bisect
from collections import Counter
from itertools import accumulate

SOURCES = (
    "doit_excel",
    "dkkd_registry",
    "gso_survey",
    "vcci_dir",
    "supplier_prog",
    "oem_vendor",
    "trade_fair",
    "web_scrape",
)
SOURCE_SHARES = {
    "doit_excel": 0.28,
    "dkkd_registry": 0.16,
    "gso_survey": 0.14,
    "vcci_dir": 0.10,
    "supplier_prog": 0.09,
    "oem_vendor": 0.08,
    "trade_fair": 0.08,
    "web_scrape": 0.07,
}
_SRC_CODE = {
    "doit_excel": "SCT",
    "dkkd_registry": "DKKD",
    "gso_survey": "TCTK",
    "vcci_dir": "VCCI",
    "supplier_prog": "SDP",
    "oem_vendor": "OEM",
    "trade_fair": "HC",
    "web_scrape": "WEB",
}

# ---------------------------------------------------------------------------------------------
# Geography.  New (post-merger) provinces: key -> (name, is_city)
# ---------------------------------------------------------------------------------------------
_NEW_PROV = {
    "HN": ("Hà Nội", True),
    "HCM": ("Hồ Chí Minh", True),
    "HP": ("Hải Phòng", True),
    "BN": ("Bắc Ninh", False),
    "TN": ("Thái Nguyên", False),
    "PT": ("Phú Thọ", False),
    "HY": ("Hưng Yên", False),
    "DNA": ("Đồng Nai", False),
    "TNI": ("Tây Ninh", False),
    "DNG": ("Đà Nẵng", True),
    "TH": ("Thanh Hóa", False),
    "NA": ("Nghệ An", False),
    "NB": ("Ninh Bình", False),
    "QNI": ("Quảng Ninh", False),
}

# Old (pre-merger) provinces: key -> (name, is_city, new key, tax prefix, area code 2017+,
# area code before 2017, subscriber digits, weight of firms registered there)
_OLD_PROV = {
    "HN": ("Hà Nội", True, "HN", "01", "024", "04", 8, 16.0),
    "HCM": ("Hồ Chí Minh", True, "HCM", "03", "028", "08", 8, 16.0),
    "BD": ("Bình Dương", False, "HCM", "37", "0274", "0650", 7, 8.0),
    "BV": ("Bà Rịa - Vũng Tàu", False, "HCM", "35", "0254", "064", 7, 2.0),
    "HP": ("Hải Phòng", True, "HP", "02", "0225", "031", 7, 5.0),
    "HD": ("Hải Dương", False, "HP", "08", "0220", "0320", 7, 3.0),
    "BN": ("Bắc Ninh", False, "BN", "23", "0222", "0241", 7, 7.0),
    "BG": ("Bắc Giang", False, "BN", "24", "0204", "0240", 7, 3.0),
    "TN": ("Thái Nguyên", False, "TN", "46", "0208", "0280", 7, 3.0),
    "BK": ("Bắc Kạn", False, "TN", "47", "0209", "0281", 7, 0.4),
    "VP": ("Vĩnh Phúc", False, "PT", "25", "0211", "0211", 7, 4.0),
    "PT": ("Phú Thọ", False, "PT", "26", "0210", "0210", 7, 1.5),
    "HB": ("Hòa Bình", False, "PT", "54", "0218", "0218", 7, 0.8),
    "HY": ("Hưng Yên", False, "HY", "09", "0221", "0321", 7, 4.0),
    "TB": ("Thái Bình", False, "HY", "10", "0227", "036", 7, 1.5),
    "DNA": ("Đồng Nai", False, "DNA", "36", "0251", "061", 7, 6.0),
    "BP": ("Bình Phước", False, "DNA", "38", "0271", "0651", 7, 1.2),
    "TNI": ("Tây Ninh", False, "TNI", "39", "0276", "066", 7, 1.5),
    "LA": ("Long An", False, "TNI", "11", "0272", "072", 7, 3.0),
    "DNG": ("Đà Nẵng", True, "DNG", "04", "0236", "0511", 7, 3.0),
    "QNA": ("Quảng Nam", False, "DNG", "40", "0235", "0510", 7, 1.5),
    "TH": ("Thanh Hóa", False, "TH", "28", "0237", "037", 7, 2.0),
    "NA": ("Nghệ An", False, "NA", "29", "0238", "038", 7, 2.0),
    "NB": ("Ninh Bình", False, "NB", "27", "0229", "030", 7, 0.8),
    "HNA": ("Hà Nam", False, "NB", "07", "0226", "0351", 7, 1.5),
    "NDI": ("Nam Định", False, "NB", "06", "0228", "0350", 7, 1.0),
    "QNI": ("Quảng Ninh", False, "QNI", "57", "0203", "033", 7, 1.5),
}

# Parks: old province | park (kind + name) | old ward | old district | new commune (post-merger)
_PARKS_RAW = """
HN|KCN Thăng Long|xã Kim Chung|huyện Đông Anh|xã Thiên Lộc
HN|KCN Quang Minh|thị trấn Quang Minh|huyện Mê Linh|xã Quang Minh
HN|KCN Nội Bài|xã Quang Tiến|huyện Sóc Sơn|xã Nội Bài
HN|KCN Phú Nghĩa|xã Phú Nghĩa|huyện Chương Mỹ|xã Phú Nghĩa
HN|KCN Bắc Thường Tín|xã Hà Hồi|huyện Thường Tín|xã Thường Tín
HN|KCNC Hòa Lạc|xã Thạch Hòa|huyện Thạch Thất|xã Hòa Lạc
HN|KCN Sài Đồng B|phường Thạch Bàn|quận Long Biên|phường Long Biên
HN|KCN Thạch Thất - Quốc Oai|xã Phùng Xá|huyện Thạch Thất|xã Tây Phương
HCM|KCX Tân Thuận|phường Tân Thuận Đông|quận 7|phường Tân Thuận
HCM|KCN Tân Bình|phường Tây Thạnh|quận Tân Phú|phường Tây Thạnh
HCM|KCN Vĩnh Lộc|phường Bình Hưng Hòa B|quận Bình Tân|phường Bình Hưng Hòa
HCM|KCN Tân Tạo|phường Tân Tạo A|quận Bình Tân|phường Tân Tạo
HCM|KCN Hiệp Phước|xã Hiệp Phước|huyện Nhà Bè|xã Hiệp Phước
HCM|KCNC TP.HCM|phường Tân Phú|thành phố Thủ Đức|phường Tăng Nhơn Phú
HCM|KCN Lê Minh Xuân|xã Tân Nhựt|huyện Bình Chánh|xã Tân Nhựt
HCM|KCX Linh Trung|phường Linh Trung|thành phố Thủ Đức|phường Linh Xuân
BD|KCN VSIP|phường Bình Hòa|thành phố Thuận An|phường Bình Hòa
BD|KCN Sóng Thần 2|phường Dĩ An|thành phố Dĩ An|phường Dĩ An
BD|KCN Mỹ Phước 3|phường Thới Hòa|thị xã Bến Cát|phường Thới Hòa
BD|KCN Nam Tân Uyên|phường Khánh Bình|thành phố Tân Uyên|phường Tân Khánh
BD|KCN VSIP II|phường Hòa Phú|thành phố Thủ Dầu Một|phường Bình Dương
BD|KCN Bàu Bàng|thị trấn Lai Uyên|huyện Bàu Bàng|xã Bàu Bàng
BD|KCN Đồng An|phường Bình Hòa|thành phố Thuận An|phường Bình Hòa
BD|KCN Việt Hương|phường Thuận Giao|thành phố Thuận An|phường Thuận Giao
BV|KCN Phú Mỹ I|phường Phú Mỹ|thị xã Phú Mỹ|phường Phú Mỹ
BV|KCN Mỹ Xuân A|phường Mỹ Xuân|thị xã Phú Mỹ|phường Tân Thành
BV|KCN Đông Xuyên|phường Rạch Dừa|thành phố Vũng Tàu|phường Rạch Dừa
BV|KCN Châu Đức|xã Suối Nghệ|huyện Châu Đức|xã Nghĩa Thành
HP|KCN Tràng Duệ|xã Lê Lợi|huyện An Dương|xã An Hưng
HP|KCN Đình Vũ|phường Đông Hải 2|quận Hải An|phường Đông Hải
HP|KCN VSIP Hải Phòng|xã Tam Hưng|huyện Thủy Nguyên|phường Thủy Nguyên
HP|KCN Nomura|xã Tân Tiến|huyện An Dương|phường An Dương
HP|KCN Đồ Sơn|phường Ngọc Xuyên|quận Đồ Sơn|phường Đồ Sơn
HP|KCN Nam Cầu Kiền|xã Hoàng Động|huyện Thủy Nguyên|phường Thủy Nguyên
HD|KCN Đại An|phường Tứ Minh|thành phố Hải Dương|phường Tứ Minh
HD|KCN Nam Sách|xã Ái Quốc|thành phố Hải Dương|phường Ái Quốc
HD|KCN Phúc Điền|xã Cẩm Phúc|huyện Cẩm Giàng|xã Cẩm Giàng
HD|KCN Tân Trường|xã Tân Trường|huyện Cẩm Giàng|xã Tuệ Tĩnh
HD|KCN Lai Vu|xã Lai Vu|huyện Kim Thành|xã Lai Khê
BN|KCN Yên Phong|xã Long Châu|huyện Yên Phong|xã Yên Phong
BN|KCN Quế Võ|phường Phương Liễu|thị xã Quế Võ|phường Quế Võ
BN|KCN Tiên Sơn|xã Hoàn Sơn|huyện Tiên Du|xã Tiên Du
BN|KCN VSIP Bắc Ninh|xã Phù Chẩn|thành phố Từ Sơn|phường Từ Sơn
BN|KCN Đại Đồng - Hoàn Sơn|xã Đại Đồng|huyện Tiên Du|xã Đại Đồng
BN|KCN Thuận Thành II|xã Mão Điền|thị xã Thuận Thành|phường Mão Điền
BG|KCN Quang Châu|xã Quang Châu|thị xã Việt Yên|phường Nếnh
BG|KCN Đình Trám|phường Hồng Thái|thị xã Việt Yên|phường Nếnh
BG|KCN Vân Trung|xã Vân Trung|thị xã Việt Yên|phường Vân Hà
BG|KCN Song Khê - Nội Hoàng|xã Nội Hoàng|huyện Yên Dũng|phường Tiền Phong
BG|KCN Hòa Phú|xã Mai Đình|huyện Hiệp Hòa|xã Hiệp Hòa
TN|KCN Yên Bình|phường Đồng Tiến|thành phố Phổ Yên|phường Phổ Yên
TN|KCN Điềm Thụy|xã Điềm Thụy|huyện Phú Bình|xã Điềm Thụy
TN|KCN Sông Công I|phường Bách Quang|thành phố Sông Công|phường Bách Quang
TN|KCN Nam Phổ Yên|phường Trung Thành|thành phố Phổ Yên|phường Trung Thành
VP|KCN Bá Thiện|xã Thiện Kế|huyện Bình Xuyên|xã Bình Tuyền
VP|KCN Bình Xuyên|thị trấn Hương Canh|huyện Bình Xuyên|xã Bình Xuyên
VP|KCN Khai Quang|phường Khai Quang|thành phố Vĩnh Yên|phường Vĩnh Phúc
VP|KCN Tam Dương II|xã Kim Long|huyện Tam Dương|xã Hoàng An
PT|KCN Thụy Vân|xã Thụy Vân|thành phố Việt Trì|phường Thanh Miếu
PT|KCN Phù Ninh|xã Tử Đà|huyện Phù Ninh|xã Phù Ninh
HB|KCN Lương Sơn|thị trấn Lương Sơn|huyện Lương Sơn|xã Lương Sơn
HY|KCN Thăng Long II|xã Liêu Xá|huyện Yên Mỹ|xã Yên Mỹ
HY|KCN Phố Nối A|xã Lạc Hồng|huyện Văn Lâm|xã Lạc Đạo
HY|KCN Minh Đức|xã Minh Đức|thị xã Mỹ Hào|phường Đường Hào
HY|KCN Dệt may Phố Nối|phường Dị Sử|thị xã Mỹ Hào|phường Mỹ Hào
TB|KCN Tiền Hải|xã Tây Giang|huyện Tiền Hải|xã Tiền Hải
TB|KCN Phúc Khánh|phường Phú Khánh|thành phố Thái Bình|phường Trần Lãm
TB|KCN Nguyễn Đức Cảnh|phường Tiền Phong|thành phố Thái Bình|phường Thái Bình
DNA|KCN Amata|phường Long Bình|thành phố Biên Hòa|phường Long Bình
DNA|KCN Biên Hòa 2|phường Long Bình Tân|thành phố Biên Hòa|phường Trấn Biên
DNA|KCN Nhơn Trạch 3|xã Hiệp Phước|huyện Nhơn Trạch|xã Nhơn Trạch
DNA|KCN Long Thành|xã Tam An|huyện Long Thành|xã An Phước
DNA|KCN Hố Nai|xã Hố Nai 3|huyện Trảng Bom|xã Hố Nai
DNA|KCN Sông Mây|xã Bắc Sơn|huyện Trảng Bom|xã Bàu Hàm
DNA|KCN Lộc An - Bình Sơn|xã Bình Sơn|huyện Long Thành|xã Bình An
DNA|KCN Tam Phước|phường Tam Phước|thành phố Biên Hòa|phường Tam Phước
BP|KCN Minh Hưng - Hàn Quốc|xã Minh Hưng|thị xã Chơn Thành|phường Minh Hưng
BP|KCN Becamex Bình Phước|xã Thành Tâm|thị xã Chơn Thành|phường Chơn Thành
TNI|KCN Trảng Bàng|phường An Tịnh|thị xã Trảng Bàng|phường An Tịnh
TNI|KCN Phước Đông|xã Phước Đông|huyện Gò Dầu|xã Phước Thạnh
TNI|KCN Thành Thành Công|phường An Hòa|thị xã Trảng Bàng|phường Trảng Bàng
LA|KCN Đức Hòa 1|xã Đức Hòa Đông|huyện Đức Hòa|xã Đức Hòa
LA|KCN Tân Đức|xã Hựu Thạnh|huyện Đức Hòa|xã Hựu Thạnh
LA|KCN Xuyên Á|xã Mỹ Hạnh Bắc|huyện Đức Hòa|xã Mỹ Hạnh
LA|KCN Long Hậu|xã Long Hậu|huyện Cần Giuộc|xã Phước Vĩnh Tây
LA|KCN Phúc Long|xã Long Hiệp|huyện Bến Lức|xã Bến Lức
LA|KCN Thuận Đạo|xã Long Định|huyện Cần Đước|xã Long Cang
DNG|KCN Hòa Khánh|phường Hòa Khánh Bắc|quận Liên Chiểu|phường Hòa Khánh
DNG|KCN Liên Chiểu|phường Hòa Hiệp Bắc|quận Liên Chiểu|phường Hải Vân
DNG|KCN Hòa Cầm|phường Hòa Thọ Tây|quận Cẩm Lệ|phường Cẩm Lệ
DNG|KCNC Đà Nẵng|xã Hòa Liên|huyện Hòa Vang|xã Hòa Vang
DNG|KCN Đà Nẵng|phường An Hải Bắc|quận Sơn Trà|phường An Hải
QNA|KCN Điện Nam - Điện Ngọc|phường Điện Ngọc|thị xã Điện Bàn|phường Điện Bàn Đông
QNA|KCN Tam Hiệp|xã Tam Hiệp|huyện Núi Thành|xã Núi Thành
QNA|KCN Bắc Chu Lai|xã Tam Hiệp|huyện Núi Thành|xã Núi Thành
TH|KCN Lễ Môn|phường Quảng Hưng|thành phố Thanh Hóa|phường Quảng Phú
TH|KKT Nghi Sơn|xã Hải Thượng|thị xã Nghi Sơn|phường Nghi Sơn
TH|KCN Hoàng Long|phường Tào Xuyên|thành phố Thanh Hóa|phường Hàm Rồng
TH|KCN Bỉm Sơn|phường Bắc Sơn|thị xã Bỉm Sơn|phường Bỉm Sơn
NA|KCN VSIP Nghệ An|xã Hưng Tây|huyện Hưng Nguyên|xã Hưng Nguyên
NA|KCN Bắc Vinh|xã Hưng Đông|thành phố Vinh|phường Vinh Phú
NA|KCN Nam Cấm|xã Nghi Long|huyện Nghi Lộc|xã Thần Lĩnh
NA|KCN WHA Nghệ An|xã Nghi Thuận|huyện Nghi Lộc|xã Nghi Lộc
NB|KCN Gián Khẩu|xã Gia Trấn|huyện Gia Viễn|xã Gia Trấn
NB|KCN Khánh Phú|xã Khánh Phú|huyện Yên Khánh|xã Yên Khánh
HNA|KCN Đồng Văn II|phường Bạch Thượng|thị xã Duy Tiên|phường Duy Tiên
HNA|KCN Hòa Mạc|phường Hòa Mạc|thị xã Duy Tiên|phường Duy Hà
NDI|KCN Hòa Xá|phường Mỹ Xá|thành phố Nam Định|phường Nam Định
NDI|KCN Bảo Minh|xã Liên Minh|huyện Vụ Bản|xã Liên Minh
QNI|KCN Đông Mai|phường Đông Mai|thị xã Quảng Yên|phường Đông Mai
QNI|KCN Cái Lân|phường Bãi Cháy|thành phố Hạ Long|phường Bãi Cháy
QNI|KCN Amata Sông Khoai|xã Sông Khoai|thị xã Quảng Yên|phường Liên Hòa
"""

# Streets (non-park premises): old province | street | old ward | old district | new commune
_STREETS_RAW = """
HN|phố Nguyễn Văn Cừ|phường Gia Thụy|quận Long Biên|phường Bồ Đề
HN|đường Phạm Văn Đồng|phường Cổ Nhuế 1|quận Bắc Từ Liêm|phường Đông Ngạc
HN|đường Nguyễn Xiển|phường Hạ Đình|quận Thanh Xuân|phường Khương Đình
HN|phố Minh Khai|phường Vĩnh Tuy|quận Hai Bà Trưng|phường Vĩnh Tuy
HN|đường Cầu Giấy|phường Quan Hoa|quận Cầu Giấy|phường Cầu Giấy
HN|đường Lĩnh Nam|phường Mai Động|quận Hoàng Mai|phường Tương Mai
HN|đường Cổ Linh|phường Long Biên|quận Long Biên|phường Long Biên
HCM|đường Cộng Hòa|phường 13|quận Tân Bình|phường Tân Bình
HCM|đường Nguyễn Thị Thập|phường Tân Phú|quận 7|phường Tân Mỹ
HCM|đường Lũy Bán Bích|phường Tân Thới Hòa|quận Tân Phú|phường Phú Thạnh
HCM|đường Quang Trung|phường 10|quận Gò Vấp|phường An Hội Tây
HCM|đường Kinh Dương Vương|phường An Lạc|quận Bình Tân|phường An Lạc
HCM|đường Tô Ký|phường Tân Chánh Hiệp|quận 12|phường Trung Mỹ Tây
BD|đại lộ Bình Dương|phường Phú Hòa|thành phố Thủ Dầu Một|phường Phú Lợi
BD|đường ĐT743|phường Bình Thắng|thành phố Dĩ An|phường Đông Hòa
BD|đường Mỹ Phước - Tân Vạn|phường Tân Định|thị xã Bến Cát|phường Tây Nam
BV|đường 30 Tháng 4|phường Rạch Dừa|thành phố Vũng Tàu|phường Rạch Dừa
BV|Quốc lộ 51|phường Long Hương|thành phố Bà Rịa|phường Long Hương
HP|đường Lạch Tray|phường Đằng Giang|quận Ngô Quyền|phường Gia Viên
HP|đường Nguyễn Văn Linh|phường Dư Hàng Kênh|quận Lê Chân|phường An Biên
HP|đường Trần Phú|phường Lương Khánh Thiện|quận Ngô Quyền|phường Ngô Quyền
HD|đường Nguyễn Lương Bằng|phường Thanh Bình|thành phố Hải Dương|phường Thành Đông
HD|đường Thanh Niên|phường Quang Trung|thành phố Hải Dương|phường Lê Thanh Nghị
BN|đường Lý Thái Tổ|phường Suối Hoa|thành phố Bắc Ninh|phường Kinh Bắc
BN|đường Nguyễn Trãi|phường Võ Cường|thành phố Bắc Ninh|phường Võ Cường
BN|đường Lý Thánh Tông|phường Đồng Nguyên|thành phố Từ Sơn|phường Đồng Nguyên
BG|đường Hùng Vương|phường Ngô Quyền|thành phố Bắc Giang|phường Bắc Giang
BG|đường Xương Giang|phường Xương Giang|thành phố Bắc Giang|phường Đa Mai
TN|đường Lương Ngọc Quyến|phường Hoàng Văn Thụ|thành phố Thái Nguyên|phường Phan Đình Phùng
TN|đường Cách Mạng Tháng 8|phường Phan Đình Phùng|thành phố Thái Nguyên|phường Phan Đình Phùng
BK|đường Trường Chinh|phường Đức Xuân|thành phố Bắc Kạn|phường Đức Xuân
VP|đường Mê Linh|phường Liên Bảo|thành phố Vĩnh Yên|phường Vĩnh Yên
VP|đường Nguyễn Tất Thành|phường Khai Quang|thành phố Vĩnh Yên|phường Vĩnh Phúc
PT|đại lộ Hùng Vương|phường Gia Cẩm|thành phố Việt Trì|phường Việt Trì
HB|đường Cù Chính Lan|phường Phương Lâm|thành phố Hòa Bình|phường Hòa Bình
HY|đường Nguyễn Văn Linh|phường An Tảo|thành phố Hưng Yên|phường Sơn Nam
HY|Quốc lộ 5|phường Bần Yên Nhân|thị xã Mỹ Hào|phường Mỹ Hào
TB|đường Lý Bôn|phường Đề Thám|thành phố Thái Bình|phường Thái Bình
DNA|đường Phạm Văn Thuận|phường Tân Mai|thành phố Biên Hòa|phường Tam Hiệp
DNA|Quốc lộ 51|phường Long Bình Tân|thành phố Biên Hòa|phường Long Hưng
BP|đường Phú Riềng Đỏ|phường Tân Phú|thành phố Đồng Xoài|phường Đồng Xoài
TNI|đường 30 Tháng 4|phường 3|thành phố Tây Ninh|phường Tân Ninh
LA|Quốc lộ 1A|phường 6|thành phố Tân An|phường Long An
DNG|đường Nguyễn Văn Linh|phường Nam Dương|quận Hải Châu|phường Hải Châu
DNG|đường Điện Biên Phủ|phường Chính Gián|quận Thanh Khê|phường Thanh Khê
QNA|đường Phan Bội Châu|phường Tân Thạnh|thành phố Tam Kỳ|phường Tam Kỳ
TH|đại lộ Lê Lợi|phường Lam Sơn|thành phố Thanh Hóa|phường Hạc Thành
NA|đường Lê Duẩn|phường Trung Đô|thành phố Vinh|phường Trường Vinh
NB|đường Trần Hưng Đạo|phường Đông Thành|thành phố Ninh Bình|phường Hoa Lư
HNA|đường Lê Công Thanh|phường Hai Bà Trưng|thành phố Phủ Lý|phường Phủ Lý
NDI|đường Trần Hưng Đạo|phường Bà Triệu|thành phố Nam Định|phường Nam Định
QNI|đường Hạ Long|phường Bãi Cháy|thành phố Hạ Long|phường Bãi Cháy
"""


def _parse_places(raw: str) -> list[tuple]:
    out = []
    for line in raw.strip().splitlines():
        out.append(tuple(line.split("|")))
    return out


_PARKS = _parse_places(_PARKS_RAW)
_STREETS = _parse_places(_STREETS_RAW)
_PARKS_BY_OLD: dict[str, list[tuple]] = {}
for _p in _PARKS:
    _PARKS_BY_OLD.setdefault(_p[0], []).append(_p)
_STREETS_BY_OLD: dict[str, list[tuple]] = {}
for _s in _STREETS:
    _STREETS_BY_OLD.setdefault(_s[0], []).append(_s)
_PARKS_BY_NEW: dict[str, list[tuple]] = {}
for _p in _PARKS:
    _PARKS_BY_NEW.setdefault(_OLD_PROV[_p[0]][2], []).append(_p)
_OLD_KEYS = tuple(_OLD_PROV)
_OLD_CUM = list(accumulate(_OLD_PROV[k][7] for k in _OLD_KEYS))
_NEW_KEYS = tuple(_NEW_PROV)
_TAX_PREFIX_ALL = {v[3] for v in _OLD_PROV.values()}

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
_SYL = (
    "An Bình Phát Minh Hoàng Long Thành Công Phú Thịnh Hưng Tân Tiến Đại Việt Nam Hà Trường Sơn "
    "Quang Huy Khang Gia Bảo Thái Đức Hải Vĩnh Thuận Lợi Toàn Cầu Kim Ngọc Nhật Hồng Lâm Thiên "
    "Trí Đông Mạnh Hòa Phúc Lộc Thắng Xuân Tuấn Dũng Kiên Tín Nghĩa Vinh Hậu Tài Đạt Hiệp Nguyên "
    "Anh Quốc Mai Sao Hùng Cường Hạnh Ánh Dương Khải Lực Vượng Thông Hợp Tâm Uy"
).split()
_COMMON_BRANDS = (
    "Minh Phát", "Hoàng Long", "Thành Công", "An Phát", "Phú Thịnh", "Hưng Thịnh", "Tân Tiến",
    "Việt Hưng", "Đại Phát", "Thành Đạt", "Phúc Lộc", "Hoàng Gia", "Trường Thịnh", "Hải Đăng",
    "Nam Việt", "Tân Phát", "Quang Minh", "Đức Thành", "Hòa Bình", "Bảo Long",
)
# descriptor: (Vietnamese, English, sector, products for trade-fair lines)
_DESCRIPTORS = (
    ("Cơ khí", "Mechanical", "co_khi", ("gia công cơ khí", "chi tiết máy")),
    ("Cơ khí Chính xác", "Precision Mechanical", "co_khi", ("gia công CNC", "chi tiết chính xác")),
    ("Khuôn mẫu", "Mould", "co_khi", ("khuôn ép nhựa", "khuôn dập")),
    ("Đúc", "Casting", "co_khi", ("đúc gang", "đúc nhôm áp lực")),
    ("Rèn Dập", "Forging and Stamping", "co_khi", ("dập nguội", "rèn nóng")),
    ("Kết cấu Thép", "Steel Structure", "co_khi", ("nhà xưởng thép", "kết cấu thép")),
    ("Gia công Kim loại", "Metal Works", "co_khi", ("cắt laser", "chấn gấp tôn")),
    ("Xi mạ", "Plating", "co_khi", ("mạ kẽm", "mạ niken crom")),
    ("Cơ khí Chế tạo", "Engineering", "co_khi", ("chế tạo máy", "thiết bị phi tiêu chuẩn")),
    ("Bu lông Ốc vít", "Fasteners", "co_khi", ("bu lông", "ốc vít công nghiệp")),
    ("Điện tử", "Electronics", "dien_tu", ("lắp ráp điện tử", "bo mạch")),
    ("Linh kiện Điện tử", "Electronic Components", "dien_tu", ("linh kiện SMT", "cuộn cảm")),
    ("Dây cáp điện", "Cable", "dien_tu", ("dây điện", "bó dây wire harness")),
    ("Bảng mạch", "PCB", "dien_tu", ("mạch in PCB", "lắp ráp SMT")),
    ("Nhựa Kỹ thuật", "Engineering Plastics", "dien_tu", ("ép phun nhựa", "vỏ nhựa")),
    ("Bao bì", "Packaging", "dien_tu", ("thùng carton", "khay nhựa định hình")),
    ("May mặc", "Garment", "det_may", ("áo sơ mi", "quần âu")),
    ("Dệt may", "Textile and Garment", "det_may", ("vải dệt kim", "hàng may mặc")),
    ("Sợi", "Yarn", "det_may", ("sợi cotton", "sợi PE")),
    ("Phụ liệu May", "Garment Accessories", "det_may", ("khóa kéo", "cúc áo")),
    ("Dệt nhuộm", "Dyeing and Weaving", "det_may", ("nhuộm vải", "in hoa")),
    ("Nhãn mác", "Label", "det_may", ("nhãn dệt", "thẻ bài")),
    ("Giày da", "Footwear", "da_giay", ("giày thể thao", "giày da")),
    ("Da giày", "Leather and Shoes", "da_giay", ("mũ giày", "giày da nam")),
    ("Đế giày", "Shoe Sole", "da_giay", ("đế cao su", "đế EVA")),
    ("Thuộc da", "Tannery", "da_giay", ("da thuộc", "da bò")),
    ("Túi xách", "Bags", "da_giay", ("túi xách", "ba lô")),
    ("Phụ tùng Ô tô", "Auto Parts", "o_to", ("phụ tùng ô tô", "chi tiết gầm")),
    ("Linh kiện Ô tô", "Automotive Components", "o_to", ("linh kiện ô tô", "cụm dây điện xe")),
    ("Phụ tùng Xe máy", "Motorcycle Parts", "o_to", ("phụ tùng xe máy", "ống xả")),
    ("Cao su Kỹ thuật", "Technical Rubber", "o_to", ("gioăng cao su", "cao su chống rung")),
    ("Ghế Ô tô", "Auto Seats", "o_to", ("ghế ô tô", "khung ghế")),
    ("Công nghệ cao", "Hi-Tech", "cnc", ("vật liệu công nghệ cao", "thiết bị đo")),
    ("Tự động hóa", "Automation", "cnc", ("robot công nghiệp", "dây chuyền tự động")),
    ("Vật liệu mới", "Advanced Materials", "cnc", ("vật liệu composite", "màng phủ nano")),
    ("Cơ điện tử", "Mechatronics", "cnc", ("thiết bị cơ điện tử", "cảm biến")),
    ("Công nghệ", "Technology", "cnc", ("giải pháp công nghệ", "thiết bị thông minh")),
    ("Sản xuất và Thương mại", "Manufacturing and Trading", "chung", ("gia công theo đơn", "phụ tùng")),
    ("Thương mại và Dịch vụ Kỹ thuật", "Technical Trading and Services", "chung",
     ("vật tư kỹ thuật", "bảo trì máy")),
    ("Đầu tư và Phát triển Công nghiệp", "Industrial Investment and Development", "chung",
     ("linh kiện công nghiệp", "hạ tầng nhà xưởng")),
    ("Công nghiệp", "Industrial", "chung", ("sản phẩm công nghiệp", "linh kiện lắp ráp")),
    ("Kỹ thuật", "Engineering", "chung", ("thiết bị kỹ thuật", "lắp đặt")),
)
_DESC_ABBREV = {
    "Sản xuất và Thương mại": ("SX và TM", "SX&TM", "SX-TM", "Sản xuất - Thương mại", "SX TM"),
    "Thương mại và Dịch vụ Kỹ thuật": ("TM và DV Kỹ thuật", "TM&DV KT", "TM DV Kỹ thuật"),
    "Đầu tư và Phát triển Công nghiệp": ("ĐT&PT Công nghiệp", "Đầu tư Phát triển CN", "ĐT và PT CN"),
    "Cơ khí Chính xác": ("CK Chính xác", "Cơ khí CX"),
    "Kết cấu Thép": ("KC Thép",),
    "Phụ tùng Ô tô": ("PT Ô tô", "Phụ tùng Oto"),
    "Linh kiện Điện tử": ("LK Điện tử",),
    "Công nghệ cao": ("CNC",),
}
_SECTOR_DESC: dict[str, list[int]] = {}
for _i, _d in enumerate(_DESCRIPTORS):
    _SECTOR_DESC.setdefault(_d[2], []).append(_i)

_KR_SYL = (
    "Dae Sung Hyun Jin Woo Seo Hwa Kwang Young Han Min Sam Il Dong Jung Hae Chang Won Kyung Bo "
    "Yeon Tae Seung Myung Shin Gwang Chul Jae Soo Hee Nam Joo Kang Yong Hyo Eun Ji Sun Chan Gyu Doo "
    "Beom Ra Ah Hyuk"
).split()
_KR_WORD = (("Tech", "dien_tu"), ("Precision", "co_khi"), ("Electronics", "dien_tu"),
            ("Industrial", "co_khi"), ("Auto", "o_to"), ("Textile", "det_may"), ("Shoes", "da_giay"),
            ("Hitech", "cnc"), ("Metal", "co_khi"), ("Plastic", "dien_tu"), ("Innotech", "cnc"),
            ("Components", "dien_tu"), ("Mold", "co_khi"), ("Cable", "dien_tu"), ("Parts", "o_to"),
            ("Materials", "cnc"), ("Fashion", "det_may"), ("Global", "co_khi"), ("E&T", "dien_tu"),
            ("Chemical", "cnc"))
_JP_SYL = "ya ma ka wa ta ni mo to su ki hi ro na ga sa no ko fu chi ha se mi ku shi da be ri yo tsu u".split()
# (romaji word, English translation, Vietnamese translation, sector)
_JP_WORD = (("Seiki", "Precision", "Chính xác", "co_khi"), ("Kogyo", "Industries", "Công nghiệp", "co_khi"),
            ("Denshi", "Electronics", "Điện tử", "dien_tu"), ("Kinzoku", "Metal", "Kim loại", "co_khi"),
            ("Gomu", "Rubber", "Cao su", "o_to"), ("Buhin", "Parts", "Phụ tùng", "o_to"),
            ("Seni", "Textile", "Dệt", "det_may"))
# (pinyin, Wade-Giles, Hán-Việt)
_CN_SYL = (
    ("Xin", "Hsin", "Hâm"), ("Hua", "Hua", "Hoa"), ("Da", "Ta", "Đạt"), ("Jing", "Ching", "Tinh"),
    ("Yuan", "Yuan", "Nguyên"), ("Hong", "Hung", "Hoằng"), ("Fu", "Fu", "Phú"), ("Tai", "Tai", "Thái"),
    ("Chang", "Chang", "Xương"), ("Sheng", "Sheng", "Thịnh"), ("Jin", "Chin", "Kim"),
    ("Long", "Lung", "Long"), ("Xing", "Hsing", "Hưng"), ("Yong", "Yung", "Vĩnh"), ("De", "Te", "Đức"),
    ("Guang", "Kuang", "Quang"), ("Ming", "Ming", "Minh"), ("Rui", "Jui", "Thụy"), ("Feng", "Feng", "Phong"),
    ("Qiang", "Chiang", "Cường"), ("Tian", "Tien", "Thiên"), ("Hai", "Hai", "Hải"), ("Kang", "Kang", "Khang"),
    ("Bao", "Pao", "Bảo"), ("Heng", "Heng", "Hằng"), ("Lian", "Lien", "Liên"), ("Wei", "Wei", "Vĩ"),
    ("Cheng", "Cheng", "Thành"), ("Mei", "Mei", "Mỹ"), ("Sen", "Sen", "Sâm"), ("Zhong", "Chung", "Trung"),
    ("Shun", "Shun", "Thuận"), ("Quan", "Chuan", "Toàn"), ("Li", "Li", "Lợi"), ("Ji", "Chi", "Cát"),
    ("Hui", "Hui", "Huy"), ("Tong", "Tung", "Thông"), ("Yu", "Yu", "Vũ"), ("Ye", "Yeh", "Nghiệp"),
    ("Shen", "Shen", "Thân"), ("Ding", "Ting", "Đỉnh"), ("Jia", "Chia", "Gia"), ("Hao", "Hao", "Hạo"),
    ("Yi", "I", "Ích"),
)
# (English word, Hán-Việt/Vietnamese word, sector)
_CN_WORD = (("Precision", "Tinh mật", "co_khi"), ("Technology", "Khoa học Kỹ thuật", "cnc"),
            ("Electronics", "Điện tử", "dien_tu"), ("Industrial", "Công nghiệp", "co_khi"),
            ("Shoes", "Giày", "da_giay"), ("Textile", "Dệt", "det_may"), ("Metal", "Kim loại", "co_khi"),
            ("Auto Parts", "Phụ tùng Ô tô", "o_to"))

# ---------------------------------------------------------------------------------------------
# Text helpers: diacritics, legacy-encoding mojibake, typos
# ---------------------------------------------------------------------------------------------
_ASCII = {ord("đ"): "d", ord("Đ"): "D"}
for _cp in range(0xC0, 0x1EFA):
    _ch = chr(_cp)
    _dec = unicodedata.normalize("NFD", _ch)
    if len(_dec) > 1 and _dec[0].isascii() and _dec[0].isalpha():
        _ASCII[_cp] = _dec[0]


def _strip(s: str) -> str:
    return s.translate(_ASCII)


_TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}  # acute grave hook tilde dot
_MODS = {"\u0302": "circ", "\u0306": "breve", "\u031b": "horn"}


def _split_vn(ch: str):
    dec = unicodedata.normalize("NFD", ch)
    base, mod, tone = dec[0], None, None
    for m in dec[1:]:
        if m in _TONES:
            tone = _TONES[m]
        elif m in _MODS:
            mod = _MODS[m]
    return base, mod, tone


def _build_vni() -> dict[int, str]:
    tone_l, tone_u = "ùøûõï", "ÙØÛÕÏ"
    circ_l, circ_u = "áàåãä", "ÁÀÅÃÄ"
    brev_l, brev_u = "éèúüë", "ÉÈÚÜË"
    i_l, i_u = "íìæóò", "ÍÌÆÓÒ"
    table = {ord("đ"): "ñ", ord("Đ"): "Ñ"}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        if cp in _ASCII and ch not in "đĐ":
            base, mod, tone = _split_vn(ch)
            if base.lower() not in "aeiouy":
                continue
            up = base.isupper()
            if mod == "circ":
                s = base + ((circ_u if up else circ_l)[tone] if tone is not None else ("Â" if up else "â"))
            elif mod == "breve":
                s = base + ((brev_u if up else brev_l)[tone] if tone is not None else ("Ê" if up else "ê"))
            else:
                if mod == "horn":
                    base = {"o": "ô", "O": "Ô", "u": "ö", "U": "Ö"}[base]
                if base in "iI" and tone is not None:
                    s = (i_u if up else i_l)[tone]
                elif base in "yY" and tone == 4:
                    s = "Î" if up else "î"
                else:
                    s = base + ((tone_u if up else tone_l)[tone] if tone is not None else "")
            table[cp] = s
    return table


def _build_tcvn3() -> dict[int, str]:
    # per (base, modifier): glyphs for [no tone, grave, hook, tilde, acute, dot]
    glyphs = {
        ("a", None): "aµ¶·¸¹", ("a", "breve"): "¨»¼½¾Æ", ("a", "circ"): "©ÇÈÉÊË",
        ("e", None): "eÌÎÏÐÑ", ("e", "circ"): "ªÒÓÔÕÖ", ("i", None): "i×ØÜÝÞ",
        ("o", None): "oßáâãä", ("o", "circ"): "«åæçèé", ("o", "horn"): "¬êëìíî",
        ("u", None): "uïñòóô", ("u", "horn"): "\u00adõö÷øù", ("y", None): "yúûüýþ",
    }
    order = {None: 0, 1: 1, 2: 2, 3: 3, 0: 4, 4: 5}  # tone index -> glyph position
    upper_plain = {("a", "breve"): "¡", ("a", "circ"): "¢", ("e", "circ"): "£", ("o", "circ"): "¤",
                   ("o", "horn"): "¥", ("u", "horn"): "¦"}
    table = {ord("đ"): "®", ord("Đ"): "§"}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        if cp in _ASCII and ch not in "đĐ":
            base, mod, tone = _split_vn(ch)
            key = (base.lower(), mod)
            if key not in glyphs:
                continue
            if base.isupper() and tone is None:
                table[cp] = upper_plain.get(key, base)
            else:
                table[cp] = glyphs[key][order[tone]]
    return table


_VNI = _build_vni()
_TCVN3 = _build_tcvn3()


def _mojibake(s: str, kind: str) -> str:
    s = unicodedata.normalize("NFC", s)
    return s.translate(_VNI if kind == "vni" else _TCVN3)


_KEYB = "qwertyuiopasdfghjklzxcvbnm"


def _typo(rng: random.Random, s: str, skip: int = 0) -> str:
    """One keyboard slip in a word of length >= 4 (after the first ``skip`` characters)."""
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 4 and sum(len(x) + 1 for x in words[:i]) >= skip]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        w = w[:j] + w[j + 1:]
    elif op < 0.55:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.8:
        c = rng.choice(_KEYB)
        w = w[:j] + (c.upper() if w[j].isupper() else c) + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _title(s: str) -> str:
    """Excel PROPER(): capitalises every word, so TNHH becomes Tnhh."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))


# ---------------------------------------------------------------------------------------------
# Tax codes and phones
# ---------------------------------------------------------------------------------------------
_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(first9: str) -> int | None:
    """Mod-11 check digit of a tax code; None when the code would never be issued."""
    c = 10 - sum(int(d) * w for d, w in zip(first9, _W, strict=True)) % 11
    return None if c == 10 else c


def tax_valid(code: str) -> bool:
    base = code.split("-")[0]
    return len(base) == 10 and base.isdigit() and check_digit(base[:9]) == int(base[9])


_MOBILE_PFX = ("090", "091", "093", "094", "096", "097", "098", "086", "088", "089", "032", "033", "034",
               "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083",
               "084", "085", "056", "058", "059")
_MOBILE_OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
               "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
               "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
               "056": "0186", "058": "0188", "059": "0199"}

# ---------------------------------------------------------------------------------------------
# Legal forms
# ---------------------------------------------------------------------------------------------
_FORM_CANON = {"TNHH": "Công ty TNHH", "MTV": "Công ty TNHH một thành viên", "CP": "Công ty Cổ phần",
               "DNTN": "Doanh nghiệp tư nhân"}
_FORM_VN = {
    "TNHH": (("Công ty TNHH", 40), ("Cty TNHH", 15), ("Công Ty TNHH", 8), ("Công ty trách nhiệm hữu hạn", 8),
             ("TNHH", 6), ("C.ty TNHH", 3), ("Cty. TNHH", 3), ("CÔNG TY TNHH", 5)),
    "MTV": (("Công ty TNHH MTV", 35), ("Công ty TNHH một thành viên", 15), ("Cty TNHH MTV", 15),
            ("Công ty trách nhiệm hữu hạn một thành viên", 8), ("Cty TNHH 1TV", 5), ("TNHH MTV", 5),
            ("Công ty TNHH", 12)),
    "CP": (("Công ty Cổ phần", 35), ("Công ty CP", 20), ("CTCP", 15), ("Cty CP", 12), ("Công ty cổ phần", 10),
           ("Cty Cổ phần", 5)),
    "DNTN": (("Doanh nghiệp tư nhân", 50), ("DNTN", 40), ("Doanh nghiệp TN", 10)),
}
_FORM_EN = {
    "TNHH": (("Co., Ltd", 40), ("Company Limited", 20), ("Co.,Ltd", 15), ("Co., Ltd.", 10), ("CO., LTD", 10),
             ("LLC", 5)),
    "MTV": (("Co., Ltd", 55), ("One Member Co., Ltd", 20), ("Company Limited", 20), ("One Member LLC", 5)),
    "CP": (("JSC", 40), ("Joint Stock Company", 35), ("Corporation", 15), ("Corp.", 10)),
    "DNTN": (("Private Enterprise", 70), ("Enterprise", 30)),
}


def _cum(pairs):
    return tuple(p[0] for p in pairs), list(accumulate(p[1] for p in pairs))


_FORM_VN_C = {k: _cum(v) for k, v in _FORM_VN.items()}
_FORM_EN_C = {k: _cum(v) for k, v in _FORM_EN.items()}
_TWIN_FORMS = (("TNHH", "CP"), ("MTV", "CP"), ("CP", "TNHH"), ("TNHH", "DNTN"))

_SIZE_P = (0.42, 0.22, 0.13, 0.08, 0.055, 0.035, 0.025, 0.017, 0.01, 0.006, 0.003, 0.001)
_SIZE_CUM = list(accumulate(_SIZE_P))
_FAMILY = (("regular", 0.800), ("same_name_diff_prov", 0.025), ("same_name_diff_park", 0.012),
           ("legal_form_twin", 0.018), ("branch", 0.035), ("sister", 0.020), ("renamed", 0.030),
           ("hq_plant", 0.060))
_FAMILY_KIND, _FAMILY_CUM = _cum(_FAMILY)
# internal draw weights (registry/GSO rows are capped at one per enterprise, so they are drawn a
# little more often than their target share)
_DRAW_W = {"doit_excel": 0.246, "dkkd_registry": 0.210, "gso_survey": 0.172, "vcci_dir": 0.089,
           "supplier_prog": 0.079, "oem_vendor": 0.070, "trade_fair": 0.071, "web_scrape": 0.062}
_SRC_KEYS, _SRC_CUM = _cum(tuple(_DRAW_W.items()))
_P_PLANT = {"dkkd_registry": 0.0, "gso_survey": 0.25, "doit_excel": 0.5, "vcci_dir": 0.1, "supplier_prog": 0.5,
            "oem_vendor": 0.85, "trade_fair": 0.3, "web_scrape": 0.35}
_P_OLD_NAME = {"dkkd_registry": 0.0, "gso_survey": 0.3, "doit_excel": 0.45, "vcci_dir": 0.7,
               "supplier_prog": 0.5, "oem_vendor": 0.5, "trade_fair": 0.6, "web_scrape": 0.3}
_HC_NEED_ID = {"same_name_diff_prov", "same_name_diff_park", "legal_form_twin", "sister", "branch",
               "branch_parent"}

_ABBR = (("thị trấn ", "TT. "), ("thị xã ", "TX. "), ("thành phố ", "TP. "), ("Thành phố ", "TP. "),
         ("phường ", "P. "), ("quận ", "Q. "), ("huyện ", "H. "), ("xã ", "X. "), ("tỉnh ", ""))
_EN_ADMIN = {"phường": "Ward", "xã": "Commune", "thị trấn": "Township", "quận": "District", "huyện": "District",
             "thị xã": "Town", "thành phố": "City"}
_PARK_VN = {"KCN": (("KCN {}", 50), ("Khu công nghiệp {}", 30), ("Khu CN {}", 10), ("K.C.N {}", 5),
                    ("KCN. {}", 5)),
            "KCX": (("KCX {}", 60), ("Khu chế xuất {}", 40)),
            "KCNC": (("Khu công nghệ cao {}", 50), ("KCNC {}", 30), ("Khu CNC {}", 20)),
            "KKT": (("KKT {}", 50), ("Khu kinh tế {}", 50))}
_PARK_VN_C = {k: _cum(v) for k, v in _PARK_VN.items()}
_PARK_EN = {"KCN": ("{} Industrial Park", "{} IP", "{} Industrial Zone"),
            "KCX": ("{} Export Processing Zone", "{} EPZ"),
            "KCNC": ("{} Hi-Tech Park",), "KKT": ("{} Economic Zone",)}


class _Ent:
    __slots__ = ("idx", "kind", "form", "desc", "brand", "vn", "en", "alts", "tax", "sites", "hq_phone",
                 "mobiles", "plant_phone", "hc", "old", "parent", "branch_prov", "prod")

    def __init__(self):
        self.alts = ()
        self.old = None
        self.parent = None
        self.branch_prov = None
        self.hc = None
        self.hq_phone = None
        self.plant_phone = None
        self.mobiles = ()

    def main_phone(self):
        return self.hq_phone or self.mobiles[0]


class _Gen:
    def __init__(self, n: int, seed: int):
        self.n = n
        self.rng = random.Random(f"gen_national|{n}|{seed}")
        self.r = self.rng.random
        self.used_keys: set = set()
        self.used_tax: set = set()
        self.used_phone: set = set()
        self.used_addr: set = set()
        self.ents: list[_Ent] = []
        self.out: list[tuple] = []
        rng = self.rng
        moj = dict.fromkeys(_NEW_KEYS)
        for key, kind in zip(rng.sample([k for k in _NEW_KEYS if k not in ("HN", "HCM")], 3),
                             ("vni", "vni", "tcvn3"), strict=True):
            moj[key] = kind
        self.habit = {}
        for key in _NEW_KEYS:
            self.habit[key] = {
                "upper": rng.choice((0.05, 0.3, 0.8)), "ascii": rng.choice((0.02, 0.08, 0.3)),
                "moj": moj[key], "old_addr": rng.choice((0.2, 0.5, 0.8)), "tax": rng.choice((0.5, 0.65, 0.8)),
                "tax_excel": rng.choice((0.0, 0.05, 0.3)), "phone_excel": rng.choice((0.0, 0.04, 0.2)),
                "multi": rng.choice((0.1, 0.3, 0.5)), "form_drop": rng.choice((0.05, 0.2)),
                "old_area": rng.choice((0.05, 0.2, 0.4)), "abbr": rng.choice((0.1, 0.4, 0.7)),
            }

    # -- small helpers -------------------------------------------------------------------------
    def pick(self, pair):
        labels, cum = pair
        return labels[bisect(cum, self.r() * cum[-1])]

    def size(self, lo: int = 1) -> int:
        while True:
            k = bisect(_SIZE_CUM, self.r() * _SIZE_CUM[-1]) + 1
            if k >= lo:
                return min(k, 12)

    def new_tax(self, prefix: str) -> str:
        rng = self.rng
        while True:
            body = prefix + str(rng.randrange(10_000_000)).zfill(7)
            c = check_digit(body)
            if c is not None:
                code = body + str(c)
                if code not in self.used_tax:
                    self.used_tax.add(code)
                    return code

    def land(self, old: str):
        rng = self.rng
        sub_len = _OLD_PROV[old][6]
        while True:
            sub = rng.choice("3368") + str(rng.randrange(10 ** (sub_len - 1))).zfill(sub_len - 1)
            key = (old, sub)
            fax = (old, str(int(sub) + 1))
            if key not in self.used_phone and fax not in self.used_phone and len(fax[1]) == sub_len:
                self.used_phone.add(key)
                self.used_phone.add(fax)
                return ("L", old, sub)

    def mobile(self):
        rng = self.rng
        while True:
            pfx = rng.choice(_MOBILE_PFX)
            sub = str(rng.randrange(10_000_000)).zfill(7)
            if (pfx, sub) not in self.used_phone:
                self.used_phone.add((pfx, sub))
                return ("M", pfx, sub)

    def pick_old(self, new: str | None = None, exclude_new: str | None = None) -> str:
        if new is not None:
            cands = [k for k in _OLD_KEYS if _OLD_PROV[k][2] == new]
            return self.rng.choices(cands, weights=[_OLD_PROV[k][7] for k in cands])[0]
        while True:
            k = _OLD_KEYS[bisect(_OLD_CUM, self.r() * _OLD_CUM[-1])]
            if _OLD_PROV[k][2] != exclude_new:
                return k

    def site(self, old: str, park: bool, exclude_place=None, place=None):
        rng = self.rng
        parks = _PARKS_BY_OLD.get(old)
        if place is not None:
            cands = [place]
        elif park and parks:
            cands = [p for p in parks if p is not exclude_place] or parks
        else:
            park = False
            cands = _STREETS_BY_OLD[old]
        for _ in range(50):
            place = rng.choice(cands)
            if park:
                code = f"{rng.choice('ABCDEFGHKLMN')}{rng.randint(1, 80)}"
                if rng.random() < 0.4:
                    code += f"-{rng.randint(1, 15)}"
                elif rng.random() < 0.15:
                    code = "CN" + code
            else:
                code = str(rng.randint(1, 999))
                if rng.random() < 0.25:
                    code += f"/{rng.randint(2, 60)}"
            if (place, code) not in self.used_addr:
                self.used_addr.add((place, code))
                return (old, place, park, code)
        return (old, place, park, code)

    # -- names ---------------------------------------------------------------------------------
    def brand_vn(self, attempt: int, common: bool) -> str:
        rng = self.rng
        r = rng.random()
        if common and attempt < 3:
            return rng.choice(_COMMON_BRANDS)
        if attempt >= 4:
            r = 0.7
        if r < 0.10:
            return rng.choice(_COMMON_BRANDS)
        if r < 0.60:
            a, b = rng.sample(_SYL, 2)
            return f"{a} {b}"
        if r < 0.94:
            a, b, c = rng.sample(_SYL, 3)
            return f"{a} {b} {c}"
        return "".join(rng.choice("ABCDEGHKLMNPQSTV") for _ in range(3))

    def name(self, kind: str, brand: str | None = None, desc: int | None = None, common: bool = False,
             sectors: tuple = ()):
        """Returns (desc, brand, vn core, en core, alts, product); registers the name key."""
        rng = self.rng
        for attempt in range(30):
            if kind == "vn":
                if desc is not None and attempt < 3:
                    d = desc
                elif sectors:
                    d = rng.choice([i for s in sectors for i in _SECTOR_DESC[s]])
                else:
                    d = rng.randrange(len(_DESCRIPTORS))
                b = brand if brand is not None and attempt < 25 else self.brand_vn(attempt, common)
                sfx = rng.random() < 0.08
                dv, de = _DESCRIPTORS[d][0], _DESCRIPTORS[d][1]
                vn = f"{dv} {b}{' Việt Nam' if sfx else ''}"
                en = f"{_strip(b)} {de}{' Vietnam' if sfx else ''}"
                key = _strip(vn).lower()
                prod = rng.choice(_DESCRIPTORS[d][3])
                alts = ()
            elif kind == "kr":
                if rng.random() < 0.75:
                    s1, s2 = rng.sample(_KR_SYL, 2)
                    b = s1 + s2.lower()
                    rom = ((f"{s1} {s2}", "noise:romanisation"), (f"{s1}-{s2}", "noise:romanisation"))
                else:
                    b = "".join(rng.choice("ABCDEGHJKMNPSTWY") for _ in range(rng.choice((2, 3, 3))))
                    rom = ((" ".join(b), "noise:romanisation"),)
                w, sec = rng.choice(_KR_WORD)
                d = rng.choice(_SECTOR_DESC[sec])
                bare = ("kr", b.lower(), "")
                r = rng.random()
                if r < 0.2 and not any(("kr", b.lower(), x[0]) in self.used_keys for x in _KR_WORD):
                    vn, en = f"{b} Vina", f"{b} Vina"
                    key = bare
                elif r < 0.75:
                    vn, en = f"{b} {w} Vina", f"{b} {w} Vina"
                    key = ("kr", b.lower(), w)
                else:
                    vn, en = f"{b} {w} Việt Nam", f"{b} {w} Vietnam"
                    key = ("kr", b.lower(), w)
                if key is not bare and bare in self.used_keys:
                    continue
                vina = vn.replace(" Vina", " Việt Nam") if "Vina" in vn else vn.replace(" Việt Nam", " Vina")
                alts = tuple((vn.replace(b, x), en.replace(b, x), t) for x, t in rom) + (
                    (vina, vina.replace("Việt Nam", "Vietnam"), "noise:vina_vietnam"),)
                prod = rng.choice(_DESCRIPTORS[d][3])
            elif kind == "jp":
                b = "".join(rng.choice(_JP_SYL) for _ in range(rng.choice((3, 3, 4)))).capitalize()
                rw, ew, vw, sec = rng.choice(_JP_WORD)
                d = rng.choice(_SECTOR_DESC[sec])
                vn, en = f"{b} {rw} Việt Nam", f"{b} {rw} Vietnam"
                alts = ((f"{b} {ew} Việt Nam", f"{b} {ew} Vietnam", "noise:translated"),
                        (f"{vw} {b} Việt Nam", en, "noise:translated"),
                        (f"{b} {rw} VN", f"{b} {rw} (Vietnam)", "noise:vina_vietnam"))
                key = ("jp", b.lower(), rw)
                prod = rng.choice(_DESCRIPTORS[d][3])
            else:  # cn / tw
                syl = rng.sample(_CN_SYL, 2 if rng.random() < 0.6 else 3)
                py = syl[0][0] + "".join(x[0].lower() for x in syl[1:])
                wg = syl[0][1] + "".join(x[1].lower() for x in syl[1:])
                hv = " ".join(x[2] for x in syl)
                rom = py if kind == "cn" else wg
                we, wv, sec = rng.choice(_CN_WORD)
                d = rng.choice(_SECTOR_DESC[sec])
                en = f"{rom} {we} (Vietnam)"
                if rng.random() < 0.5:
                    vn = f"{rom} {we} (Việt Nam)"
                    alts = ((f"{wv} {hv} Việt Nam", en, "noise:hanviet"),)
                else:
                    vn = f"{wv} {hv} Việt Nam"
                    alts = ((f"{rom} {we} (Việt Nam)", en, "noise:romanised"),)
                if kind == "tw":
                    alts += ((vn.replace(wg, py), en.replace(wg, py), "noise:romanisation"),)
                b = rom
                key = ("cn", py.lower(), we)
                prod = rng.choice(_DESCRIPTORS[d][3])
            if key in self.used_keys:
                continue
            self.used_keys.add(key)
            return d, b, vn, en, alts, prod
        raise RuntimeError("name space exhausted")

    # -- enterprises ---------------------------------------------------------------------------
    def ent(self, kind: str | None = None, old: str | None = None, new: str | None = None,
            exclude_new: str | None = None, park: bool | None = None, name=None, form: str | None = None,
            common: bool = False) -> _Ent:
        rng = self.rng
        e = _Ent()
        e.idx = len(self.ents)
        self.ents.append(e)
        if kind is None:
            r = rng.random()
            kind = "vn" if r < 0.78 else "kr" if r < 0.86 else "jp" if r < 0.91 else "cn" if r < 0.97 else "tw"
        e.kind = kind
        fdi = kind != "vn"
        if form is None:
            r = rng.random()
            if fdi:
                form = "TNHH" if r < 0.75 else "MTV" if r < 0.9 else "CP"
            else:
                form = "TNHH" if r < 0.42 else "MTV" if r < 0.6 else "CP" if r < 0.93 else "DNTN"
        e.form = form
        if name is None:
            name = self.name(kind, common=common)
        e.desc, e.brand, e.vn, e.en, e.alts, e.prod = name
        if old is None:
            old = self.pick_old(new=new, exclude_new=exclude_new)
        if park is None:
            park = rng.random() < (0.95 if fdi else 0.45)
        e.sites = [self.site(old, park)]
        prefix = _OLD_PROV[old][3] if rng.random() < 0.95 else _OLD_PROV[self.pick_old()][3]
        e.tax = self.new_tax(prefix)
        if rng.random() < (0.85 if fdi else 0.7):
            e.hq_phone = self.land(old)
        mob = [self.mobile()] if (e.hq_phone is None or rng.random() < 0.85) else []
        if rng.random() < 0.25:
            mob.append(self.mobile())
        e.mobiles = tuple(mob)
        return e

    def clone_name(self, e: _Ent):
        return (e.desc, e.brand, e.vn, e.en, e.alts, e.prod)

    def family(self):
        rng = self.rng
        kind = self.pick((_FAMILY_KIND, _FAMILY_CUM))
        if kind == "regular":
            return [(self.ent(), self.size())]
        if kind == "same_name_diff_prov":
            e0 = self.ent(kind="vn", common=rng.random() < 0.7)
            fam = [e0]
            seen = {_OLD_PROV[e0.sites[0][0]][2]}
            for _ in range(1 if rng.random() < 0.7 else 2):
                old = self.pick_old()
                while _OLD_PROV[old][2] in seen:
                    old = self.pick_old()
                seen.add(_OLD_PROV[old][2])
                fam.append(self.ent(kind="vn", old=old, name=self.clone_name(e0), form=e0.form))
        elif kind == "same_name_diff_park":
            new = rng.choice([k for k in _NEW_KEYS if len(_PARKS_BY_NEW.get(k, ())) >= 3])
            p1, p2 = rng.sample(_PARKS_BY_NEW[new], 2)
            e0 = self.ent(kind=rng.choice(("vn", "vn", "vn", "kr")), old=p1[0], park=True,
                          common=rng.random() < 0.5)
            e0.sites = [self.site(p1[0], True, place=p1)]
            e1 = self.ent(kind=e0.kind, old=p2[0], park=True, name=self.clone_name(e0), form=e0.form)
            e1.sites = [self.site(p2[0], True, place=p2)]
            fam = [e0, e1]
        elif kind == "legal_form_twin":
            f0, f1 = rng.choice(_TWIN_FORMS)
            e0 = self.ent(kind="vn", form=f0, common=rng.random() < 0.5)
            if rng.random() < 0.6:
                e1 = self.ent(kind="vn", new=_OLD_PROV[e0.sites[0][0]][2], name=self.clone_name(e0), form=f1)
            else:
                e1 = self.ent(kind="vn", exclude_new=_OLD_PROV[e0.sites[0][0]][2], name=self.clone_name(e0),
                              form=f1)
            fam = [e0, e1]
        elif kind == "branch":
            p = self.ent()
            p.hc = "branch_parent"
            fam = [p]
            pnew = _OLD_PROV[p.sites[0][0]][2]
            nb = 1 if rng.random() < 0.7 else 2
            for i in range(nb):
                b = _Ent()
                b.idx = len(self.ents)
                self.ents.append(b)
                b.kind, b.form, b.parent, b.hc = p.kind, p.form, p, "branch"
                b.desc, b.brand, b.vn, b.en, b.alts, b.prod = self.clone_name(p)
                old = self.pick_old(exclude_new=pnew) if rng.random() < 0.8 else self.pick_old(new=pnew)
                b.sites = [self.site(old, rng.random() < 0.8)]
                b.branch_prov = _OLD_PROV[old][2]
                b.tax = f"{p.tax}-{i + 1:03d}"
                self.used_tax.add(b.tax)
                if rng.random() < 0.7:
                    b.hq_phone = self.land(old)
                b.mobiles = (self.mobile(),) if (b.hq_phone is None or rng.random() < 0.5) else ()
                fam.append(b)
            return [(e, self.size() if e.parent is None else min(self.size(), 6)) for e in fam]
        elif kind == "sister":
            m = 2 if rng.random() < 0.7 else 3
            secs = rng.sample(("co_khi", "dien_tu", "det_may", "da_giay", "o_to", "cnc"), m)
            n0 = self.name("vn", common=rng.random() < 0.4, sectors=(secs[0],))
            e0 = self.ent(kind="vn", name=n0)
            fam = [e0]
            for sec in secs[1:]:
                nm = self.name("vn", brand=e0.brand, sectors=(sec,))
                e = self.ent(kind="vn", name=nm, old=e0.sites[0][0])
                e.sites = [e0.sites[0]]
                e.hq_phone = e0.hq_phone or self.land(e0.sites[0][0])
                e0.hq_phone = e.hq_phone
                fam.append(e)
            for e in fam:
                e.hc = "sister"
        elif kind == "renamed":
            e = self.ent()
            e.hc = "renamed"
            r = rng.random()
            if (r < 0.25 and e.kind == "vn") or (e.kind != "vn" and r < 0.3):
                of = {"TNHH": "CP", "MTV": "TNHH", "CP": "TNHH", "DNTN": "TNHH"}[e.form]
                e.old = (of, e.vn, e.en, ())
            else:
                if e.kind == "vn" and r < 0.55:
                    nm = self.name("vn", brand=e.brand)
                else:
                    nm = self.name(e.kind, desc=e.desc if e.kind == "vn" else None)
                of = e.form if rng.random() < 0.6 else rng.choice(("TNHH", "MTV", "CP"))
                e.old = (of, nm[2], nm[3], nm[4])
            return [(e, self.size(2))]
        else:  # hq_plant
            e = self.ent(park=None if rng.random() < 0.4 else False)
            e.hc = "hq_plant"
            hq_old = e.sites[0][0]
            hq_new = _OLD_PROV[hq_old][2]
            if rng.random() < 0.85:
                pold = self.pick_old(exclude_new=hq_new)
            else:
                pold = self.pick_old(new=hq_new)
            e.sites.append(self.site(pold, True))
            if rng.random() < 0.65:
                e.plant_phone = self.land(pold)
            return [(e, self.size(2))]
        for e in fam:
            if e.hc is None:
                e.hc = kind
        return [(e, self.size()) for e in fam]

    # -- field renderers -----------------------------------------------------------------------
    def fmt_phone(self, ph, style: str, tags: list) -> str:
        rng = self.rng
        if ph[0] == "L":
            op = _OLD_PROV[ph[1]]
            area, sub = op[4], ph[2]
            s1, s2 = sub[:4], sub[4:]
            if style == "sp":
                return f"{area} {s1} {s2}"
            if style == "dot":
                return f"{area}.{s1}.{s2}" if rng.random() < 0.5 else f"{area}.{sub}"
            if style == "plain":
                return area + sub
            if style == "paren":
                return f"({area}) {sub}"
            if style == "intl":
                tags.append("noise:phone_intl")
                return f"+84 {area[1:]} {s1} {s2}"
            if style == "intl_plain":
                tags.append("noise:phone_intl")
                return f"+84{area[1:]}{sub}"
            if style == "84":
                tags.append("noise:phone_intl")
                return f"84-{area[1:]}-{sub}"
            if style == "old":
                if op[5] != area:
                    tags.append("noise:phone_old_area")
                a = op[5]
                r = rng.random()
                return f"{a} {s1} {s2}" if r < 0.4 else f"({a}) {sub}" if r < 0.7 else f"{a}.{sub}"
            tags.append("noise:phone_excel")
            return (area + sub)[1:]
        num = ph[1] + ph[2]
        if style == "sp":
            return f"{num[:4]} {num[4:7]} {num[7:]}"
        if style == "dot":
            return f"{num[:4]}.{num[4:7]}.{num[7:]}"
        if style == "plain":
            return num
        if style == "paren":
            return f"{num[:4]} {num[4:]}"
        if style == "intl":
            tags.append("noise:phone_intl")
            return f"+84 {num[1:4]} {num[4:7]} {num[7:]}"
        if style == "intl_plain":
            tags.append("noise:phone_intl")
            return "+84" + num[1:]
        if style == "84":
            tags.append("noise:phone_intl")
            return "84" + num[1:]
        if style == "old":
            o = _MOBILE_OLD.get(ph[1])
            if o is None:
                return f"{num[:4]} {num[4:7]} {num[7:]}"
            tags.append("noise:phone_old_mobile")
            o += ph[2]
            return f"{o[:4]} {o[4:7]} {o[7:]}" if rng.random() < 0.6 else o
        tags.append("noise:phone_excel")
        return num[1:]

    def phone(self, e: _Ent, si: int, styles, tags: list, p_present: float, p_multi: float = 0.0,
              prefer_mobile: float = 0.3, need: str = "", ext: float = 0.0) -> str:
        rng = self.rng
        if not need and rng.random() >= p_present:
            return ""
        land = e.hq_phone if si == 0 else e.plant_phone
        mob = e.mobiles
        if land is not None and (not mob or rng.random() >= prefer_mobile):
            nums = [land]
            if mob and rng.random() < p_multi:
                nums.append(rng.choice(mob))
        elif mob:
            nums = [mob[0] if rng.random() < 0.75 else rng.choice(mob)]
            if len(mob) > 1 and rng.random() < p_multi:
                nums.append(mob[1] if nums[0] is mob[0] else mob[0])
            elif land is not None and rng.random() < p_multi:
                nums.append(land)
        else:
            nums = [e.main_phone()]
        if need == "main":
            main = e.main_phone()
            if main not in nums:
                nums.insert(0, main)
        out = []
        for ph in nums:
            st = self.pick(styles)
            s = self.fmt_phone(ph, st, tags)
            if ext and ph[0] == "L" and rng.random() < ext:
                tags.append("noise:phone_ext")
                x = rng.randint(10, 399)
                s += rng.choice((f" (ext. {x})", f" - máy lẻ {x}", f" ext {x}", f" (máy lẻ {x})"))
            out.append(s)
        if len(out) > 1:
            tags.append("noise:phone_multi")
            return rng.choice((" / ", "; ", " - ", ", ", "\n")).join(out)
        if out[0] and rng.random() < 0.03 and nums[0][0] == "L":
            tags.append("noise:phone_fax")
            fax = ("L", nums[0][1], str(int(nums[0][2]) + 1))
            return f"ĐT: {out[0]} - Fax: {self.fmt_phone(fax, 'sp', [])}"
        return out[0]

    def tax(self, code: str, tags: list, spaced: float = 0.0, excel: float = 0.0, typo: float = 0.0,
            apos: float = 0.0, mst: float = 0.0, nodash: float = 0.0) -> str:
        rng = self.rng
        base, _, br = code.partition("-")
        r = rng.random()
        if r < typo:
            tags.append("noise:tax_typo")
            d = list(base)
            j = rng.randrange(2, 9)
            if rng.random() < 0.5:
                d[j], d[j + 1] = d[j + 1], d[j]
                if d[j] == d[j + 1]:
                    d[j] = str((int(d[j]) + 1) % 10)
            else:
                d[j] = str((int(d[j]) + rng.randint(1, 9)) % 10)
            base = "".join(d)
            return base + ("-" + br if br else "")
        r -= typo
        if r < excel:
            tags.append("noise:tax_excel")
            if br:
                v = int(base + br)
                return f"{v / 10 ** (len(str(v)) - 1):.5f}E+{len(str(v)) - 1}".replace(".", ",", 1) \
                    if rng.random() < 0.5 else str(v)
            if base[0] == "0":
                return str(int(base))
            return "'" + base
        r -= excel
        if r < spaced:
            tags.append("noise:tax_spaced")
            sep = rng.choice((" ", ".", " ", "-"))
            s = f"{base[:4]}{sep}{base[4:7]}{sep}{base[7:]}" if rng.random() < 0.6 else \
                f"{base[:3]}{sep}{base[3:6]}{sep}{base[6:]}"
            return s + (f"-{br}" if br else "")
        r -= spaced
        if r < apos:
            tags.append("noise:tax_apostrophe")
            return "'" + code
        if br:
            r2 = rng.random()
            if r2 < nodash:
                tags.append("noise:branch_code_nodash")
                return base + br
            if r2 < nodash + 0.1:
                tags.append("noise:branch_code_spaced")
                return f"{base} - {br}"
        if rng.random() < mst:
            tags.append("noise:tax_prefixed")
            return rng.choice(("MST: ", "MST ", "Mã số thuế: ", "MST:")) + code
        return code

    def prov_label(self, name: str, city: bool, english: bool = False) -> str:
        rng = self.rng
        if english:
            a = _strip(name)
            if name == "Hồ Chí Minh":
                return rng.choice(("Ho Chi Minh City", "HCMC", "HCM City"))
            if name == "Hà Nội":
                return rng.choice(("Hanoi", "Ha Noi City", "Ha Noi"))
            if city:
                return a + " City"
            return a + " Province" if rng.random() < 0.7 else a
        if name == "Hồ Chí Minh":
            return rng.choice(("TP. Hồ Chí Minh", "TP.HCM", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "Tp. HCM"))
        if city:
            r = rng.random()
            return f"Thành phố {name}" if r < 0.4 else f"TP. {name}" if r < 0.7 else name
        r = rng.random()
        return f"tỉnh {name}" if r < 0.55 else f"Tỉnh {name}" if r < 0.7 else name

    def park_vn(self, park: str) -> str:
        kind, _, nm = park.partition(" ")
        return self.pick(_PARK_VN_C[kind]).format(nm)

    def premise(self, site, english: bool = False) -> str:
        rng = self.rng
        _old, place, is_park, code = site
        if english:
            if is_park:
                kind, _, nm = place[1].partition(" ")
                return f"Lot {code}, " + rng.choice(_PARK_EN[kind]).format(_strip(nm))
            st = place[1]
            for pre, post in (("đường ", " Street"), ("phố ", " Street"), ("đại lộ ", " Boulevard")):
                if st.startswith(pre):
                    return f"No. {code}, {_strip(st[len(pre):])}{post}"
            return f"No. {code}, {_strip(st).replace('Quoc lo', 'National Road')}"
        if is_park:
            r = rng.random()
            lot = "Lô " if r < 0.7 else "Lô đất " if r < 0.85 else "Lô số "
            return f"{lot}{code}, {self.park_vn(place[1])}"
        return f"Số {code} {place[1]}" if rng.random() < 0.6 else f"{code} {place[1]}"

    def admin_en(self, unit: str) -> str:
        for vn in ("thị trấn", "thị xã", "thành phố", "phường", "xã", "quận", "huyện"):
            if unit.startswith(vn + " "):
                nm = _strip(unit[len(vn) + 1:])
                if nm.isdigit() or (nm[:-1].isdigit()):
                    return f"{_EN_ADMIN[vn]} {nm}"
                return f"{nm} {_EN_ADMIN[vn]}"
        return _strip(unit)

    def addr(self, site, fmt: str, tags: list, abbrev: bool = False) -> str:
        rng = self.rng
        old, place, is_park, code = site
        op = _OLD_PROV[old]
        nk = op[2]
        nname, ncity = _NEW_PROV[nk]
        merged = nname != op[0]
        if fmt == "en":
            parts = [self.premise(site, True)]
            if rng.random() < 0.5:
                parts += [self.admin_en(place[2]), self.admin_en(place[3]), self.prov_label(op[0], op[1], True)]
                if merged:
                    tags.append("noise:addr_old_province")
            else:
                parts += [self.admin_en(place[4]), self.prov_label(nname, ncity, True)]
            if rng.random() < 0.5:
                parts.append("Vietnam")
            tags.append("noise:addr_english")
            return ", ".join(parts)
        if fmt == "gso_old":
            if merged:
                tags.append("noise:addr_old_province")
            t = "Thành phố" if op[1] else "Tỉnh"
            return f"{place[2][:1].upper()}{place[2][1:]} - {place[3][:1].upper()}{place[3][1:]} - {t} {op[0]}"
        if fmt == "gso_new":
            t = "Thành phố" if ncity else "Tỉnh"
            return f"{place[4][:1].upper()}{place[4][1:]} - {t} {nname}"
        if fmt == "prov":
            tags.append("noise:addr_province_only")
            if merged and rng.random() < 0.5:
                tags.append("noise:addr_old_province")
                return op[0]
            return nname
        if fmt == "short":
            tags.append("noise:addr_short")
            pr = self.park_vn(place[1]) if is_park else place[1]
            if merged and rng.random() < 0.5:
                tags.append("noise:addr_old_province")
                return f"{pr}, {op[0]}"
            return f"{pr}, {nname}"
        parts = [self.premise(site)]
        if fmt == "old":
            parts += [place[2], place[3], self.prov_label(op[0], op[1])]
            if merged:
                tags.append("noise:addr_old_province")
            else:
                tags.append("noise:addr_old_units")
        elif fmt == "new":
            parts += [place[4], self.prov_label(nname, ncity)]
        else:  # mixed: new commune with old province, or old ward/district with new province
            tags.append("noise:addr_mixed")
            if rng.random() < 0.5:
                parts += [place[4], self.prov_label(op[0], op[1])]
            else:
                parts += [place[2], place[3], self.prov_label(nname, ncity)]
        s = ", ".join(parts)
        if abbrev:
            tags.append("noise:addr_abbrev")
            tight = rng.random() < 0.4
            for a, b in _ABBR:
                s = s.replace(a, b.rstrip() if tight and b else b)
        return s

    # -- names ---------------------------------------------------------------------------------
    def core(self, e: _Ent, old: bool, tags: list, alt_p: float, english: bool = False) -> str:
        if old:
            vn, en, alts = e.old[1], e.old[2], e.old[3]
        else:
            vn, en, alts = e.vn, e.en, e.alts
        if alts and self.r() < alt_p:
            a = self.rng.choice(alts)
            tags.append(a[2])
            vn, en = a[0], a[1]
        return en if english else vn

    def branch_wrap(self, e: _Ent, base: str, english: bool = False) -> str:
        rng = self.rng
        site = e.sites[0]
        pv = _NEW_PROV[e.branch_prov][0]
        if rng.random() < 0.25:
            pv = _OLD_PROV[site[0]][0]
        if english:
            return f"{base} - {_strip(pv)} Branch" if rng.random() < 0.6 else f"{base} ({_strip(pv)} Branch)"
        r = rng.random()
        if r < 0.45:
            return f"Chi nhánh {base} tại {pv}"
        if r < 0.75:
            return f"{base} - Chi nhánh {pv}"
        if r < 0.9:
            return f"CN {base} tại {pv}"
        return f"Chi nhánh {pv} - {base}"

    def legal_vn(self, e: _Ent, old: bool, tags: list, canonical: bool = False, form_drop: float = 0.0,
                 abbrev: float = 0.0, alt_p: float = 0.0) -> str:
        rng = self.rng
        form = e.old[0] if old else e.form
        core = self.core(e, old, tags, 0.0 if canonical else alt_p)
        if abbrev and e.kind == "vn" and rng.random() < abbrev:
            dv = _DESCRIPTORS[e.desc][0]
            ab = _DESC_ABBREV.get(dv)
            if ab and core.startswith(dv):
                core = rng.choice(ab) + core[len(dv):]
                tags.append("noise:trade_abbrev")
        if canonical:
            fs = _FORM_CANON[form]
            if form == "TNHH" and rng.random() < 0.15:
                fs = "Công ty trách nhiệm hữu hạn"
        elif rng.random() < form_drop:
            fs = ""
            tags.append("noise:form_dropped")
        else:
            fs = self.pick(_FORM_VN_C[form])
            if fs != _FORM_CANON[form]:
                tags.append("noise:form_variant")
        name = f"{fs} {core}" if fs else core
        if e.parent is not None:
            name = self.branch_wrap(e, name)
        return name

    def legal_en(self, e: _Ent, old: bool, tags: list, alt_p: float = 0.3) -> str:
        form = e.old[0] if old else e.form
        core = self.core(e, old, tags, alt_p, english=True)
        tags.append("noise:english_name")
        name = f"{core} {self.pick(_FORM_EN_C[form])}"
        if e.parent is not None:
            name = self.branch_wrap(e, name, english=True)
        return name

    def brand_name(self, e: _Ent, old: bool, tags: list) -> str:
        """Trade-fair / website style: brand plus trade or product, no legal form."""
        rng = self.rng
        if e.parent is not None or old:
            return self.legal_vn(e, old, tags, form_drop=0.5, alt_p=0.3)
        tags.append("noise:brand_name")
        r = rng.random()
        if e.kind == "vn":
            if r < 0.35:
                return f"{e.brand.upper()} - {e.prod}"
            if r < 0.75:
                return e.vn
            return e.en
        if r < 0.4:
            return f"{e.brand.upper()} - {e.prod}"
        return self.core(e, False, tags, 0.3, english=rng.random() < 0.6)

    def case_noise(self, texts: list, tags: list, p_upper: float, p_ascii: float, p_title: float = 0.0,
                   moj: str | None = None) -> list:
        r = self.r()
        if r < p_upper:
            texts = [t.upper() for t in texts]
            tags.append("noise:upper")
        elif r < p_upper + p_title:
            texts[0] = _title(texts[0])
            tags.append("noise:proper_case")
        if moj:
            tags.append(f"noise:mojibake_{moj}")
            return [_mojibake(t, moj) for t in texts]
        if self.r() < p_ascii:
            tags.append("noise:no_diacritics")
            texts = [_strip(t) for t in texts]
        return texts

    # -- sources -------------------------------------------------------------------------------
    def need(self, e: _Ent, si: int, old: bool, tax: str, need_id: bool) -> str:
        if tax:
            return ""
        if si == 1 or old:
            return "main"
        return "any" if need_id else ""

    def r_registry(self, e, si, old, tags, need_id):
        name = self.legal_vn(e, False, tags, canonical=True)
        if self.r() < 0.75:
            name = name.upper()
            tags.append("noise:upper")
        addr = self.addr(e.sites[0], "old" if self.r() < 0.4 else "new", tags)
        phone = self.phone(e, 0, _PH["reg"], tags, 0.55, prefer_mobile=0.2)
        return name, e.tax, addr, phone

    def r_gso(self, e, si, old, tags, need_id):
        name = self.legal_vn(e, old, tags, form_drop=0.03, abbrev=0.2, alt_p=0.15)
        name = self.case_noise([name], tags, 0.3, 0.1)[0]
        tax = self.tax(e.tax, tags, typo=0.01, nodash=0.5) if self.r() < 0.97 else ""
        addr = self.addr(e.sites[si], "gso_old" if self.r() < 0.5 else "gso_new", tags)
        phone = self.phone(e, si, _PH["gso"], tags, 0.7, need=self.need(e, si, old, tax, need_id))
        return name, tax, addr, phone

    def r_doit(self, e, si, old, tags, need_id):
        rng = self.rng
        site = e.sites[si]
        nk = _OLD_PROV[site[0]][2]
        h = self.habit[nk]
        tags.append(f"sub:{nk}")
        if e.kind != "vn" and self.r() < 0.15:
            name = self.legal_en(e, old, tags)
        else:
            name = self.legal_vn(e, old, tags, form_drop=h["form_drop"], abbrev=0.25, alt_p=0.3)
        if self.r() < 0.04:
            name = _typo(rng, name)
            tags.append("noise:typo")
        r = self.r()
        if r < 0.05:
            addr = ""
            tags.append("noise:addr_missing")
        else:
            fmt = "old" if r < h["old_addr"] else "mixed" if r < h["old_addr"] + 0.08 else "new"
            addr = self.addr(site, fmt, tags, abbrev=self.r() < h["abbr"])
        moj = h["moj"] if h["moj"] and self.r() < 0.3 else None
        name, addr = self.case_noise([name, addr], tags, h["upper"], h["ascii"], 0.04, moj)
        tax = self.tax(e.tax, tags, spaced=0.08, excel=h["tax_excel"], typo=0.025, apos=0.03,
                       nodash=0.15) if self.r() < h["tax"] else ""
        phone = self.phone(e, si, self.doit_styles[nk], tags, 0.85, p_multi=h["multi"], prefer_mobile=0.35,
                           need=self.need(e, si, old, tax, need_id))
        r = self.r()
        if r < 0.02 and (tax or phone):
            tax, phone = phone, tax
            tags.append("noise:swapped_columns")
        elif r < 0.04 and addr and phone:
            addr = f"{addr} - ĐT: {phone}"
            phone = ""
            tags.append("noise:phone_in_address")
        return name, tax, addr, phone

    def r_vcci(self, e, si, old, tags, need_id):
        if e.kind != "vn" and self.r() < 0.3:
            name = self.legal_en(e, old, tags)
        else:
            name = self.legal_vn(e, old, tags, form_drop=0.02, abbrev=0.3, alt_p=0.2)
        r = self.r()
        if r < 0.1:
            addr = ""
            tags.append("noise:addr_missing")
        else:
            fmt = "old" if r < 0.7 else "new" if r < 0.9 else "mixed"
            addr = self.addr(e.sites[si], fmt, tags, abbrev=self.r() < 0.5)
        name, addr = self.case_noise([name, addr], tags, 0.5, 0.05)
        if len(name) > 40:
            name = name[:40].rstrip()
            tags.append("noise:truncated")
        tax = self.tax(e.tax, tags, spaced=0.1, typo=0.02) if self.r() < 0.35 else ""
        phone = self.phone(e, si, _PH["vcci"], tags, 0.95, p_multi=0.15, prefer_mobile=0.15,
                           need=self.need(e, si, old, tax, need_id), ext=0.3)
        return name, tax, addr, phone

    def r_supplier(self, e, si, old, tags, need_id):
        if self.r() < 0.85:
            name = self.legal_en(e, old, tags)
        else:
            name = _strip(self.legal_vn(e, old, tags, form_drop=0.1))
            tags.append("noise:no_diacritics")
        if self.r() < 0.02:
            name = _typo(self.rng, name)
            tags.append("noise:typo")
        r = self.r()
        if r < 0.1:
            addr = ""
            tags.append("noise:addr_missing")
        elif r < 0.82:
            addr = self.addr(e.sites[si], "en", tags)
        else:
            addr = _strip(self.addr(e.sites[si], "new", tags))
        tax = self.tax(e.tax, tags, spaced=0.05) if self.r() < 0.4 else ""
        phone = self.phone(e, si, _PH["sdp"], tags, 0.8, p_multi=0.1, prefer_mobile=0.4,
                           need=self.need(e, si, old, tax, need_id))
        return name, tax, addr, phone

    def r_vendor(self, e, si, old, tags, need_id):
        if self.r() < 0.9:
            name = self.legal_en(e, old, tags)
        else:
            name = self.legal_vn(e, old, tags, form_drop=0.1, alt_p=0.3)
        if self.r() < 0.4:
            name = name.upper()
            tags.append("noise:upper")
        if self.r() < 0.02:
            name = _typo(self.rng, name)
            tags.append("noise:typo")
        if self.r() < 0.85:
            addr = self.addr(e.sites[si], "en", tags)
        else:
            addr = self.addr(e.sites[si], "new", tags)
        r = self.r()
        if r < 0.55:
            tax = self.tax(e.tax, tags, spaced=0.03, nodash=0.3)
        else:
            tax = ""
        phone = self.phone(e, si, _PH["oem"], tags, 0.7, prefer_mobile=0.3,
                           need=self.need(e, si, old, tax, need_id))
        if not tax and r > 0.8:
            tax = self.rng.choice(("V", "VD", "SV-", "P")) + str(self.rng.randrange(100000, 999999))
            tags.append("noise:vendor_code_in_tax")
        return name, tax, addr, phone

    def r_fair(self, e, si, old, tags, need_id):
        if self.r() < 0.7:
            name = self.brand_name(e, old, tags)
        else:
            name = self.legal_vn(e, old, tags, form_drop=0.2, alt_p=0.3)
        r = self.r()
        if r < 0.3:
            addr = ""
            tags.append("noise:addr_missing")
        else:
            fmt = "prov" if r < 0.6 else "short" if r < 0.8 else "new" if r < 0.95 else "old"
            addr = self.addr(e.sites[si], fmt, tags)
        name, addr = self.case_noise([name, addr], tags, 0.4, 0.05)
        tax = self.tax(e.tax, tags, mst=0.3) if self.r() < 0.05 else ""
        phone = self.phone(e, si, _PH["fair"], tags, 0.95, p_multi=0.2, prefer_mobile=0.85,
                           need=self.need(e, si, old, tax, need_id))
        return name, tax, addr, phone

    def r_web(self, e, si, old, tags, need_id):
        r = self.r()
        if r < 0.5:
            name = self.brand_name(e, old, tags)
        elif r < 0.9:
            name = self.legal_vn(e, old, tags, form_drop=0.1, alt_p=0.3)
        else:
            name = self.legal_en(e, old, tags)
        r = self.r()
        if r < 0.25:
            addr = ""
            tags.append("noise:addr_missing")
        else:
            fmt = "old" if r < 0.6 else "new" if r < 0.9 else "mixed"
            addr = self.addr(e.sites[si], fmt, tags, abbrev=self.r() < 0.3)
        name, addr = self.case_noise([name, addr], tags, 0.15, 0.08)
        tax = self.tax(e.tax, tags, mst=0.5, spaced=0.05) if self.r() < 0.25 else ""
        phone = self.phone(e, si, _PH["web"], tags, 0.9, p_multi=0.15, prefer_mobile=0.6,
                           need=self.need(e, si, old, tax, need_id))
        if phone and self.r() < 0.4:
            phone = self.rng.choice(("Hotline: ", "Hotline ", "ĐT: ", "Tel: ")) + phone
            tags.append("noise:phone_label")
        return name, tax, addr, phone

    # -- emission ------------------------------------------------------------------------------
    def emit(self, e: _Ent, k: int) -> None:
        rng = self.rng
        r = self.r
        srcs = []
        reg = gso = False
        for _ in range(k):
            while True:
                s = _SRC_KEYS[bisect(_SRC_CUM, r() * _SRC_CUM[-1])]
                if s == "dkkd_registry":
                    if reg:
                        continue
                    reg = True
                elif s == "gso_survey":
                    if gso:
                        continue
                    gso = True
                break
            srcs.append(s)
        multi = len(e.sites) > 1
        sis = [1 if multi and r() < _P_PLANT[s] else 0 for s in srcs]
        if multi and k >= 2:
            if 1 not in sis:
                sis[rng.choice([j for j in range(k) if srcs[j] != "dkkd_registry"])] = 1
            if 0 not in sis:
                sis[rng.randrange(k)] = 0
        olds = [e.old is not None and r() < _P_OLD_NAME[s] for s in srcs]
        if e.old is not None and k >= 2:
            if True not in olds:
                olds[rng.choice([j for j in range(k) if srcs[j] != "dkkd_registry"])] = True
            if False not in olds:
                olds[rng.randrange(k)] = False
        hc = e.hc
        need_id = hc in _HC_NEED_ID
        out = self.out
        for s, si, old in zip(srcs, sis, olds, strict=True):
            if s == "dkkd_registry":
                si = 0
                old = False
            tags = ["src:" + s]
            if hc is not None:
                tags.append("hc:" + hc)
                if si == 1:
                    tags.append("hc:plant_address")
                if old:
                    tags.append("hc:old_name")
            if e.kind != "vn":
                tags.append("fdi:" + e.kind)
            name, tax, addr, phone = self.render[s](e, si, old, tags, need_id)
            out.append((e.idx, s, name, tax, addr, phone, tuple(tags)))

    def run(self) -> list[tuple]:
        self.render = {"dkkd_registry": self.r_registry, "gso_survey": self.r_gso, "doit_excel": self.r_doit,
                       "vcci_dir": self.r_vcci, "supplier_prog": self.r_supplier, "oem_vendor": self.r_vendor,
                       "trade_fair": self.r_fair, "web_scrape": self.r_web}
        self.doit_styles = {}
        for nk, h in self.habit.items():
            self.doit_styles[nk] = _cum((("sp", 30), ("dot", 20), ("plain", 20), ("paren", 15),
                                        ("old", 100 * h["old_area"]), ("excel", 100 * h["phone_excel"] + 0.01)))
        while len(self.out) < self.n:
            for e, k in self.family():
                self.emit(e, k)
        del self.out[self.n:]
        self.rng.shuffle(self.out)
        return self.out


_PH = {
    "reg": _cum((("sp", 40), ("plain", 30), ("dot", 20), ("paren", 10))),
    "gso": _cum((("plain", 60), ("sp", 30), ("dot", 10))),
    "vcci": _cum((("sp", 40), ("paren", 20), ("dot", 15), ("old", 25))),
    "sdp": _cum((("intl", 60), ("intl_plain", 15), ("84", 10), ("sp", 15))),
    "oem": _cum((("intl", 35), ("sp", 30), ("plain", 20), ("84", 15))),
    "fair": _cum((("sp", 45), ("dot", 30), ("plain", 15), ("old", 10))),
    "web": _cum((("sp", 50), ("dot", 30), ("plain", 10), ("intl", 10))),
}


# ---------------------------------------------------------------------------------------------
# Public interface
# ---------------------------------------------------------------------------------------------
def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """Records plus per-record tag tuples (first element "src:NAME")."""
    if n <= 0:
        return [], []
    g = _Gen(n, seed)
    rows = g.run()
    n_ents = len(g.ents)
    g.render = g.out = None
    del g  # free the generator's bookkeeping (name/tax/phone/address sets) before building dicts
    perm = list(range(n_ents))
    random.Random(f"gen_national-truth|{n}|{seed}").shuffle(perm)
    recs = []
    tags = []
    rows.reverse()
    for i in range(len(rows)):
        ei, src, name, tax, addr, phone, tg = rows.pop()
        recs.append({"id": f"{_SRC_CODE[src]}-{i:07d}", "name": name, "tax_code": tax, "address": addr,
                     "phone": phone, "truth": f"DN{perm[ei]:07d}"})
        tags.append(tg)
    return recs, tags


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly ``n`` shuffled records with keys id, name, tax_code, address, phone, truth."""
    return labelled(n, seed)[0]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 20_000
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    sizes = Counter(Counter(r["truth"] for r in recs).values())
    ents = sum(sizes.values())
    print(f"gen_national: {n} records, seed {seed}, {dt:.1f} s")
    if not recs:
        return
    print(f"enterprises {ents}  (n/{n / ents:.2f}), singletons {sizes[1] / ents:.1%}, "
          f"largest {max(sizes)}")
    print("records per enterprise:", dict(sorted(sizes.items())))
    src = Counter(t[0] for t in tags)
    print("sources:", ", ".join(f"{k[4:]} {v / n:.1%}" for k, v in src.most_common()))
    flat = Counter(x for t in tags for x in t[1:] if not x.startswith("sub:"))
    print("hard cases:", ", ".join(f"{k} {v}" for k, v in sorted(flat.items()) if k.startswith("hc:")))
    print("noise:", ", ".join(f"{k[6:]} {v / n:.1%}" for k, v in flat.most_common() if k.startswith("noise:")))
    for f in ("name", "tax_code", "address", "phone"):
        print(f"  {f:9s} present {sum(1 for r in recs if r[f]) / n:.1%}")
    rng = random.Random(seed)
    for r in rng.sample(recs, min(8, n)):
        print("  ", r)
    try:
        import resource

        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    except ImportError:  # pragma: no cover
        pass


if __name__ == "__main__":
    main()
