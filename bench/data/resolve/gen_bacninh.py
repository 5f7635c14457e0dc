"""ALL DATA IS SYNTHETIC. Held-out entity-resolution benchmark: the new Bắc Ninh province (after 1 July 2025).

Scenario
--------
On 1 July 2025 old Bắc Ninh and old Bắc Giang were merged into the new Bắc Ninh province; the district level was
abolished and communes/wards were merged and renamed. The Department of Industry and Trade compiles its
supporting-industry (CNHT) register from lists that were never meant to be joined. Firms sit in the industrial
parks (KCN) Yên Phong, Quế Võ, VSIP Bắc Ninh, Tiên Sơn, Đại Đồng – Hoàn Sơn, Thuận Thành II/III and, on the old
Bắc Giang side, Quang Châu, Đình Trám, Vân Trung, Song Khê – Nội Hoàng and Việt Hàn; in industrial clusters (CCN)
such as Đa Hội, Đồng Quang, Phong Khê, Khắc Niệm, Nghĩa Hòa or Hợp Thịnh; in the craft villages Đa Hội (steel),
Đồng Kỵ (wood) and Dương Ổ / Phong Khê (paper); or in town offices. Industries: electronics supply chains dominated
by mainland Chinese suppliers, Taiwanese and Korean firms, domestic mould / plastic / metal-stamping SMEs,
packaging, logistics, and craft-village household businesses.

Every record is one row of one source list: ``id`` (``bn`` + 7 digits, assigned after shuffling), ``name``,
``tax_code``, ``address``, ``phone`` and ``truth`` (an opaque label of the real enterprise).

Sources and their habits
------------------------
``bql_irc``      Park management board investment/enterprise registration list. Official Vietnamese legal name,
                 mostly UPPER CASE; tax code = enterprise code (clean, rarely missing); lot + park + commune,
                 mostly already converted to the new (post-merger) units, some still old; company landline, the
                 park board's hotline (shared) or blank. Only firms inside KCN.
``einvoice``     VAT e-invoice / tax registration extract. Legal name exactly as registered (UPPER CASE), tax code
                 always present and exact (branches with ``-001``; households with the 12-digit citizen-ID number
                 that replaced personal tax codes in 2025); registered address old or auto-converted; the phone is
                 often that of the accounting-service office that files for dozens of small firms (shared).
``erp_vendor``   Vendor master of an electronics assembler exported from its ERP: ASCII upper case, English trade
                 names for foreign firms ("HUASHENG PRECISION TECHNOLOGY (VIETNAM) CO., LTD"), "CTY TNHH ..." for
                 domestic ones, vendor-code prefixes ("V12345 - ..."), names cut at 35-50 and addresses at 40-80
                 characters; tax code with "VAT"/"MST" prefixes, Excel dropping the leading zero of Hà Nội codes,
                 occasional digit slips; English addresses ("Lot C5, Que Vo IP"); "+84 222 ..." phones, or the
                 Chinese / Korean / Taiwanese parent's number (+86/+82/+886).
``work_permit``  Labour department foreign work-permit list, company as written by staff: the simplified-Chinese
                 name copied from the passport-holder's papers, "Cty TNHH Huasheng VN", the Hán-Việt reading
                 ("Hoa Thịnh"), Hangul for Korean firms; old (pre-merger) addresses copied from old permits;
                 HR mobiles, +86 parent numbers, a visa agent's mobile shared by many firms. Foreign firms only.
``cnht_survey``  CNHT programme survey forms filled by the firms themselves: free text, "Cty"/"CTCP"/"KHKT"/"SX&TM"
                 abbreviations, Chinese name plus pinyin (with or without tones and spaces), short trade names only,
                 lower case, typos, the old tone placement ("Hoà"), tax codes with spaces/dots or inside the name
                 field, self-written addresses (park only, old or new units), one or two contact phones.
``bg_legacy``    Old Bắc Giang list typed before the merger (2016-2024 Excel): Title Case, sometimes without
                 diacritics, former company names, "huyện/thị xã Việt Yên, tỉnh Bắc Giang" addresses, pre-2017
                 landline codes (0240 instead of 0204) and pre-2018 11-digit mobiles (016x, 012x). Only firms in
                 old Bắc Giang.
``ccn_centre``   Cluster development centre / craft-village tenant list: short names, "HKD"/"Hộ ông ..." for
                 households, lot numbers inside the cluster, the centre's hotline (shared) for many tenants, the
                 households' old 10-digit personal tax codes.

Hard-case tags (``labelled`` gives ``src:<source>`` first, then these where they apply)
------------------------------------------------------------------------------------------
name_zh (simplified/traditional Chinese name), name_pinyin (pinyin with/without tones or spaces), name_hanviet
(Hán-Việt reading that differs from the Latin brand), name_en (English trade name), name_hangul, abbrev,
no_diacritics, truncated, typo, tone_style (old tone-mark placement), short_name (trade name only), owner_name
(household listed by the owner's name only), former_name (name before a renaming; same tax code), tax_missing,
tax_mistyped (digit slip: the check digit no longer holds), tax_format (spaces, dots, prefixes, branch suffix without
dash), excel_zero (leading zero lost), tax_in_name (tax code written into the name field, tax field empty),
cccd_taxid (household with the 12-digit citizen-ID tax number), parent_taxcode (a branch listed with its parent's
10-digit code), old_address, addr_partial (park/village only), addr_missing, old_phone, foreign_phone, shared_phone
(park/cluster hotline, accounting office, visa agent or a group parent's number shared by several enterprises),
multi_phone, dup_in_source (the enterprise appears twice in one list), branch (a branch with its own 13-digit code,
and its parent: two enterprises), group_twin (same foreign group, two legal entities in different parks),
name_collision (different enterprises with the same or nearly the same name), shared_lot (several firms renting
the same ready-built factory lot).

Realism rules
-------------
* Names are random combinations of syllables (Chinese characters with pinyin and Hán-Việt readings, Korean and
  Vietnamese syllables, invented English brands); no real firm is meant. Tax codes are random with the valid
  Vietnamese mod-11 check digit (weights 31,29,23,19,17,13,7,5,3; check = 10 - sum mod 11; 10 never issued),
  prefixes 230/231 (Bắc Ninh), 240/241 (Bắc Giang), 010 (Hà Nội head offices), 80/81/83 (household owners'
  personal codes); branches ``<10 digits>-001``; 12-digit citizen-ID numbers have a real province/century prefix.
  Phones are random inside real formats (0222/0204 landlines, old 0241/0240, current 10-digit and old 11-digit
  mobile prefixes, +86/+82/+886). Place names are real; the old-to-new commune mapping follows the
  2025 arrangement approximately (one old unit per lot, not surveyed boundaries).
* Cluster sizes 1..8; roughly 55-70 % of records belong to multi-record enterprises.
* Every multi-record enterprise is connected by evidence a careful officer would accept with two rows side by
  side: the same (correctly typed) tax code, or the same non-shared phone plus a similar name, or a similar name
  plus the same park/cluster (households: the same house). The generator checks this for each cluster and repairs
  a disconnected record by giving it the tax code (or, for households without one, the owner's mobile and full
  name). "Similar" counts Chinese characters as similar to their pinyin and Hán-Việt readings and Hangul to its
  romanisation, but pinyin and Hán-Việt are not similar to each other.
* Different enterprises never share a tax code (except a branch tagged parent_taxcode) nor a private phone;
  same-name enterprises are tagged name_collision / group_twin / branch and differ by tax code and place.
"""

from __future__ import annotations

import gc
import random
import sys
import unicodedata
from collections import Counter

PREFIX = "bn"
SOURCES = ("bql_irc", "einvoice", "erp_vendor", "work_permit", "cnht_survey", "bg_legacy", "ccn_centre")
TAGS = (
    "name_zh", "name_pinyin", "name_hanviet", "name_en", "name_hangul", "abbrev", "no_diacritics", "truncated",
    "typo", "tone_style", "short_name", "owner_name", "former_name", "tax_missing", "tax_mistyped", "tax_format",
    "excel_zero", "tax_in_name", "cccd_taxid", "parent_taxcode", "old_address", "addr_partial", "addr_missing",
    "old_phone", "foreign_phone", "shared_phone", "multi_phone", "dup_in_source", "branch", "group_twin",
    "name_collision", "shared_lot",
)
_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)

# ----------------------------------------------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------------------------------------------
# (simplified, traditional, pinyin with tone, Hán-Việt)
_CHARS = [
    ("华", "華", "huá", "Hoa"), ("盛", "盛", "shèng", "Thịnh"), ("鑫", "鑫", "xīn", "Hâm"), ("达", "達", "dá", "Đạt"),
    ("泰", "泰", "tài", "Thái"), ("通", "通", "tōng", "Thông"), ("宏", "宏", "hóng", "Hoành"), ("伟", "偉", "wěi", "Vĩ"),
    ("德", "德", "dé", "Đức"), ("信", "信", "xìn", "Tín"), ("源", "源", "yuán", "Nguyên"), ("祥", "祥", "xiáng", "Tường"),
    ("裕", "裕", "yù", "Dụ"), ("丰", "豐", "fēng", "Phong"), ("瑞", "瑞", "ruì", "Thụy"), ("汇", "匯", "huì", "Hối"),
    ("嘉", "嘉", "jiā", "Gia"), ("立", "立", "lì", "Lập"), ("顺", "順", "shùn", "Thuận"), ("富", "富", "fù", "Phú"),
    ("金", "金", "jīn", "Kim"), ("宝", "寶", "bǎo", "Bảo"), ("永", "永", "yǒng", "Vĩnh"), ("恒", "恆", "héng", "Hằng"),
    ("兴", "興", "xīng", "Hưng"), ("新", "新", "xīn", "Tân"), ("光", "光", "guāng", "Quang"), ("明", "明", "míng", "Minh"),
    ("安", "安", "ān", "An"), ("昌", "昌", "chāng", "Xương"), ("隆", "隆", "lóng", "Long"), ("海", "海", "hǎi", "Hải"),
    ("天", "天", "tiān", "Thiên"), ("利", "利", "lì", "Lợi"), ("成", "成", "chéng", "Thành"), ("和", "和", "hé", "Hòa"),
    ("东", "東", "dōng", "Đông"), ("长", "長", "cháng", "Trường"), ("凯", "凱", "kǎi", "Khải"), ("博", "博", "bó", "Bác"),
    ("捷", "捷", "jié", "Tiệp"), ("联", "聯", "lián", "Liên"), ("志", "志", "zhì", "Chí"), ("盈", "盈", "yíng", "Doanh"),
    ("健", "健", "jiàn", "Kiện"), ("众", "眾", "zhòng", "Chúng"), ("力", "力", "lì", "Lực"), ("星", "星", "xīng", "Tinh"),
    ("辉", "輝", "huī", "Huy"), ("腾", "騰", "téng", "Đằng"), ("晟", "晟", "shèng", "Thịnh"), ("航", "航", "háng", "Hàng"),
    ("正", "正", "zhèng", "Chính"), ("中", "中", "zhōng", "Trung"), ("亿", "億", "yì", "Ức"), ("万", "萬", "wàn", "Vạn"),
    ("美", "美", "měi", "Mỹ"), ("佳", "佳", "jiā", "Giai"), ("弘", "弘", "hóng", "Hoằng"), ("欣", "欣", "xīn", "Hân"),
    ("毅", "毅", "yì", "Nghị"), ("荣", "榮", "róng", "Vinh"), ("川", "川", "chuān", "Xuyên"), ("峰", "峰", "fēng", "Phong"),
]
# (simplified, traditional, pinyin, English, Vietnamese legal wording, Vietnamese abbreviation)
_IND_CN = [
    ("精密", "精密", "jīngmì", "Precision", "Chính xác"),
    ("科技", "科技", "kējì", "Technology", "Khoa học Kỹ thuật"),
    ("电子", "電子", "diànzǐ", "Electronics", "Điện tử"),
    ("精密科技", "精密科技", "jīngmì kējì", "Precision Technology", "Khoa học Kỹ thuật Chính xác"),
    ("塑胶", "塑膠", "sùjiāo", "Plastic", "Nhựa"),
    ("五金", "五金", "wǔjīn", "Hardware", "Ngũ kim"),
    ("模具", "模具", "mújù", "Mould", "Khuôn mẫu"),
    ("包装", "包裝", "bāozhuāng", "Packaging", "Bao bì"),
    ("新材料", "新材料", "xīn cáiliào", "New Material", "Vật liệu mới"),
    ("光电", "光電", "guāngdiàn", "Optoelectronics", "Quang điện"),
    ("电路", "電路", "diànlù", "Circuit", "Mạch điện tử"),
    ("线缆", "線纜", "xiànlǎn", "Cable", "Dây cáp"),
    ("智能科技", "智能科技", "zhìnéng kējì", "Intelligent Technology", "Công nghệ Thông minh"),
    ("供应链", "供應鏈", "gōngyìngliàn", "Supply Chain", "Chuỗi cung ứng"),
    ("精工", "精工", "jīnggōng", "Precision Industry", "Cơ khí Chính xác"),
]
_TW_PRE = ["Ever", "Uni", "Fu", "Quan", "Hon", "Lite", "Chen", "Sun", "Tai", "Wis", "Ko", "Jin", "Yu", "Kin", "Tong",
           "Ad", "Gi", "Pro", "Cheng", "Lian", "Nan", "Hsin", "Chia", "Ming", "Giga", "Top", "Wei", "Li", "Ya", "Zhen"]
_TW_SUF = ["tek", "tron", "win", "link", "star", "max", "pal", "con", "tex", "lux", "gain", "wise", "mate", "nix",
           "bond", "flex", "tech", "sonic", "tronic", "ware"]
_KR = [("Seo", "서"), ("Jin", "진"), ("Hwa", "화"), ("Sung", "성"), ("Dong", "동"), ("Il", "일"), ("Young", "영"),
       ("Poong", "풍"), ("Hyun", "현"), ("Kwang", "광"), ("Tae", "태"), ("Woo", "우"), ("Han", "한"), ("Myung", "명"),
       ("Jung", "정"), ("Won", "원"), ("Yang", "양"), ("Shin", "신"), ("Kyung", "경"), ("Bo", "보"), ("Nam", "남"),
       ("Sam", "삼"), ("Dae", "대"), ("Hyo", "효"), ("Chang", "창"), ("Mi", "미"), ("Ji", "지"), ("Eun", "은"),
       ("Heung", "흥"), ("Do", "도"), ("Ah", "아"), ("Se", "세")]
# (English, Hangul, Vietnamese)
_IND_KR = [("", "", ""), ("Tech", "테크", "Công nghệ"), ("Electronics", "전자", "Điện tử"),
           ("Precision", "정밀", "Chính xác"), ("Industrial", "산업", "Công nghiệp"), ("Chemical", "화학", "Hóa chất"),
           ("System", "시스템", "Hệ thống"), ("Metal", "메탈", "Kim loại")]
_VN_SYL = (
    "An Anh Bảo Bình Cường Chiến Dũng Duy Đại Đạt Đông Đức Gia Giang Hà Hải Hạnh Hào Hiệp Hiếu Hòa Hoàng Hồng "
    "Hùng Hưng Hương Huy Khang Khánh Khoa Kim Lâm Lộc Long Lực Mạnh Minh Nam Nga Ngọc Nguyên Nhật Ninh Phát Phong "
    "Phú Phúc Phương Quang Quân Quý Sơn Tài Tâm Tân Thái Thắng Thành Thảo Thiên Thịnh Thuận Tiến Toàn Trung "
    "Trường Tuấn Tùng Uy Việt Vinh Vĩnh Vũ Xuân Yên Kinh Bắc Hợp Lợi Đoàn Đăng Hiển Luân Nghĩa Phước Sáng Tín "
    "Trí Vượng Hậu Lan Mai Châu Cát Dương Hằng Khôi Linh Nhân Quyết Sang Tường Vân Kiên Thủy Thụy"
).split()
# (Vietnamese, English)
_IND_VN = [("Cơ khí", "Mechanical"), ("Cơ khí Chính xác", "Precision Mechanical"), ("Nhựa", "Plastic"),
           ("Khuôn mẫu", "Mould"), ("Bao bì", "Packaging"), ("In và Bao bì", "Printing and Packaging"),
           ("Đúc", "Casting"), ("Dập kim loại", "Metal Stamping"), ("Điện tử", "Electronics"),
           ("Công nghệ", "Technology"), ("Sản xuất và Thương mại", "Production and Trading"),
           ("Logistics", "Logistics"), ("Vận tải", "Transport"), ("Xi mạ", "Plating"), ("Linh kiện", "Components"),
           ("Dây và Cáp điện", "Wire and Cable"), ("Thương mại và Dịch vụ", "Trading and Services")]
_CRAFT = {"steel": [("Thép", "Steel"), ("Cơ khí", "Mechanical"), ("Xi mạ", "Plating")],
          "wood": [("Đồ gỗ", "Furniture"), ("Gỗ mỹ nghệ", "Fine Art Wood")],
          "paper": [("Giấy", "Paper"), ("Bao bì", "Packaging")]}
_FORMS = [("Công ty TNHH", "Company Limited", 60), ("Công ty Cổ phần", "Joint Stock Company", 25),
          ("Công ty TNHH Một thành viên", "One Member Company Limited", 15)]
_SURN = ("Nguyễn " * 8 + "Trần Lê Phạm Hoàng Vũ Đỗ Ngô Dương Bùi Đặng Nghiêm Nguyễn Trần Lê Đào Phan").split()
_MID_M = "Văn Văn Văn Đức Hữu Xuân Quang Minh Thanh Công".split()
_MID_F = "Thị Thị Thị Ngọc Thanh Thu".split()
_GIV_M = ("Hùng Dũng Tuấn Hải Cường Lâm Thắng Nam Sơn Thành Tùng Phong Huy Long Bình Trung Khánh Toàn Quý Hiếu "
          "Kiên Mạnh Hòa Thịnh Vinh Quyết Chiến Đông Tiến Hưng Lực Nghĩa Phúc Tài Thuận Vượng Khải Định").split()
_GIV_F = "Hương Lan Hoa Hạnh Thủy Mai Nga Hằng Yến Dung Liên Oanh Thảo Nhung Huyền Loan Phượng Hiền Thơm".split()

# ----------------------------------------------------------------------------------------------------------------
# Places (real names; old -> new mapping approximate)
# ----------------------------------------------------------------------------------------------------------------
_VY = ("huyện Việt Yên", "thị xã Việt Yên")
# key, type, Vietnamese name, English name, old province, [(old commune, old district(s), new commune)], weight,
# craft
_SITES = [
    ("YP", "kcn", "KCN Yên Phong", "Yen Phong IP", "BN",
     [("xã Yên Trung", "huyện Yên Phong", "xã Yên Trung"), ("xã Long Châu", "huyện Yên Phong", "xã Yên Phong"),
      ("xã Đông Phong", "huyện Yên Phong", "xã Tam Đa")], 10, None),
    ("QV", "kcn", "KCN Quế Võ", "Que Vo IP", "BN",
     [("phường Phương Liễu", "thị xã Quế Võ", "phường Phương Liễu"),
      ("phường Vân Dương", "thành phố Bắc Ninh", "phường Nam Sơn"),
      ("phường Nam Sơn", "thành phố Bắc Ninh", "phường Nam Sơn")], 10, None),
    ("VSIP", "kcn", "KCN VSIP Bắc Ninh", "VSIP Bac Ninh IP", "BN",
     [("phường Phù Chẩn", "thành phố Từ Sơn", "phường Từ Sơn"), ("xã Đại Đồng", "huyện Tiên Du", "xã Đại Đồng")],
     7, None),
    ("TS", "kcn", "KCN Tiên Sơn", "Tien Son IP", "BN",
     [("xã Nội Duệ", "huyện Tiên Du", "xã Tiên Du"), ("phường Đồng Nguyên", "thành phố Từ Sơn", "phường Đồng Nguyên")],
     7, None),
    ("DDHS", "kcn", "KCN Đại Đồng – Hoàn Sơn", "Dai Dong - Hoan Son IP", "BN",
     [("xã Hoàn Sơn", "huyện Tiên Du", "xã Đại Đồng"), ("xã Đại Đồng", "huyện Tiên Du", "xã Đại Đồng")], 5, None),
    ("TT2", "kcn", "KCN Thuận Thành II", "Thuan Thanh II IP", "BN",
     [("xã Mão Điền", "thị xã Thuận Thành", "phường Mão Điền")], 3, None),
    ("TT3", "kcn", "KCN Thuận Thành III", "Thuan Thanh III IP", "BN",
     [("xã Thanh Khương", "thị xã Thuận Thành", "phường Trí Quả"),
      ("phường Trạm Lộ", "thị xã Thuận Thành", "phường Trạm Lộ")], 3, None),
    ("QC", "kcn", "KCN Quang Châu", "Quang Chau IP", "BG", [("xã Quang Châu", _VY, "phường Nếnh")], 8, None),
    ("DT", "kcn", "KCN Đình Trám", "Dinh Tram IP", "BG",
     [("xã Hồng Thái", _VY, "phường Việt Yên"), ("thị trấn Nếnh", _VY, "phường Nếnh")], 5, None),
    ("VT", "kcn", "KCN Vân Trung", "Van Trung IP", "BG",
     [("xã Vân Trung", _VY, "phường Nếnh"), ("xã Tăng Tiến", _VY, "phường Nếnh")], 6, None),
    ("SKNH", "kcn", "KCN Song Khê – Nội Hoàng", "Song Khe - Noi Hoang IP", "BG",
     [("xã Song Khê", "thành phố Bắc Giang", "phường Tiền Phong"),
      ("xã Nội Hoàng", ("huyện Yên Dũng", "thành phố Bắc Giang"), "phường Tiền Phong")], 4, None),
    ("VH", "kcn", "KCN Việt Hàn", "Viet Han IP", "BG",
     [("xã Hương Mai", _VY, "phường Tự Lạn"), ("xã Tự Lạn", _VY, "phường Tự Lạn")], 3, None),
    ("C_DH", "ccn", "CCN Đa Hội", "Da Hoi IC", "BN",
     [("phường Châu Khê", "thành phố Từ Sơn", "phường Phù Khê")], 4, "steel"),
    ("C_DQ", "ccn", "CCN Đồng Quang", "Dong Quang IC", "BN",
     [("phường Đồng Kỵ", "thành phố Từ Sơn", "phường Đồng Nguyên")], 3, "wood"),
    ("C_PK", "ccn", "CCN Phong Khê", "Phong Khe IC", "BN",
     [("phường Phong Khê", "thành phố Bắc Ninh", "phường Võ Cường")], 3, "paper"),
    ("C_KN", "ccn", "CCN Khắc Niệm", "Khac Niem IC", "BN",
     [("phường Khắc Niệm", "thành phố Bắc Ninh", "phường Hạp Lĩnh")], 2, None),
    ("C_HL", "ccn", "CCN Hạp Lĩnh", "Hap Linh IC", "BN",
     [("phường Hạp Lĩnh", "thành phố Bắc Ninh", "phường Hạp Lĩnh")], 2, None),
    ("C_TG", "ccn", "CCN Tương Giang", "Tuong Giang IC", "BN",
     [("phường Tương Giang", "thành phố Từ Sơn", "phường Tam Sơn")], 2, None),
    ("C_NH", "ccn", "CCN Nghĩa Hòa", "Nghia Hoa IC", "BG",
     [("xã Nghĩa Hòa", "huyện Lạng Giang", "xã Tiên Lục")], 2, None),
    ("C_HT", "ccn", "CCN Hợp Thịnh", "Hop Thinh IC", "BG",
     [("xã Hợp Thịnh", "huyện Hiệp Hòa", "xã Hợp Thịnh")], 2, None),
    ("C_TD", "ccn", "CCN Tân Dĩnh", "Tan Dinh IC", "BG",
     [("xã Tân Dĩnh", "huyện Lạng Giang", "xã Tân Dĩnh")], 2, None),
    ("C_XC", "ccn", "CCN Xuân Cẩm – Hương Lâm", "Xuan Cam - Huong Lam IC", "BG",
     [("xã Xuân Cẩm", "huyện Hiệp Hòa", "xã Xuân Cẩm")], 2, None),
    ("C_HM", "ccn", "CCN Hoàng Mai", "Hoang Mai IC", "BG", [("xã Hoàng Ninh", _VY, "phường Nếnh")], 2, None),
    ("V_DH", "vil", "thôn Đa Hội", "Da Hoi village", "BN",
     [("phường Châu Khê", "thành phố Từ Sơn", "phường Phù Khê")], 5, "steel"),
    ("V_DK", "vil", "khu phố Đồng Kỵ", "Dong Ky quarter", "BN",
     [("phường Đồng Kỵ", "thành phố Từ Sơn", "phường Đồng Nguyên")], 5, "wood"),
    ("V_DO", "vil", "thôn Dương Ổ", "Duong O village", "BN",
     [("phường Phong Khê", "thành phố Bắc Ninh", "phường Võ Cường")], 4, "paper"),
    ("S_LTT", "st", "đường Lý Thái Tổ", "Ly Thai To Street", "BN",
     [("phường Suối Hoa", "thành phố Bắc Ninh", "phường Kinh Bắc")], 3, None),
    ("S_NVC", "st", "đường Nguyễn Văn Cừ", "Nguyen Van Cu Street", "BN",
     [("phường Võ Cường", "thành phố Bắc Ninh", "phường Võ Cường")], 3, None),
    ("S_MK", "st", "đường Minh Khai", "Minh Khai Street", "BN",
     [("phường Đông Ngàn", "thành phố Từ Sơn", "phường Từ Sơn")], 2, None),
    ("S_XG", "st", "đường Xương Giang", "Xuong Giang Street", "BG",
     [("phường Ngô Quyền", "thành phố Bắc Giang", "phường Bắc Giang")], 2, None),
    ("S_HV", "st", "đường Hùng Vương", "Hung Vuong Street", "BG",
     [("phường Trần Phú", "thành phố Bắc Giang", "phường Bắc Giang")], 2, None),
    ("S_QL37", "st", "Quốc lộ 37", "National Road 37", "BG", [("phường Hồng Thái", _VY, "phường Việt Yên")], 2, None),
]
_BY_TYPE: dict[str, list] = {}
for _s in _SITES:
    _BY_TYPE.setdefault(_s[1], []).append(_s)
_OLD_PROV = {"BN": "tỉnh Bắc Ninh", "BG": "tỉnh Bắc Giang"}

# ----------------------------------------------------------------------------------------------------------------
# Phones
# ----------------------------------------------------------------------------------------------------------------
_MOB_NEW = ["086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039", "088", "091", "094",
            "081", "082", "083", "084", "085", "089", "090", "093", "070", "076", "077", "078", "079", "092", "056",
            "058", "099", "059"]
# 2018 conversion of 11-digit mobile prefixes (new -> old)
_MOB_OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
            "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
            "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
            "056": "0186", "058": "0188", "059": "0199"}
_AREA = {"BN": ("0222", "0241"), "BG": ("0204", "0240")}  # (since 2017, before 2017)
_CN_AREA = ["755", "769", "512", "752", "21", "574"]


def _fold_char(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))


_FOLD = {i: _fold_char(chr(i)) for i in range(0xC0, 0x1F00) if _fold_char(chr(i)) != chr(i)}
_FOLD.update({ord("đ"): "d", ord("Đ"): "D"})


def _fold(s: str) -> str:
    """Strip Vietnamese diacritics and pinyin tone marks."""
    return s.translate(_FOLD)


def _digits(r: random.Random, k: int) -> str:
    return f"{r.randrange(10 ** k):0{k}d}"


def _check(d9: str) -> int | None:
    c = 10 - sum(int(a) * w for a, w in zip(d9, _W, strict=True)) % 11
    return None if c == 10 else c


class _Gen:
    def __init__(self, seed: int):
        self.r = random.Random(f"bacninh:{seed}")
        self.taxes: set[str] = set()
        self.phones: set[str] = set()
        self.names: dict[str, tuple[int, int] | None] = {}
        self.hotline = {s[0]: self._landline(s[4]) for s in _SITES if s[1] in ("kcn", "ccn", "vil")}
        self.pools: dict[str, list[str]] = {"acct": [], "agent": []}
        self.fdi_pool: list[dict] = []
        self.dom_pool: list[dict] = []
        self.parent_pool: list[dict] = []
        self.lot_pool: dict[str, list[str]] = {}
        self.recs: list[list] = []  # [name, tax, address, phone, truth, tags(set)]

    # --- identifiers ---------------------------------------------------------------------------------------
    def _tax(self, prefix: str) -> str:
        r = self.r
        while True:
            d9 = prefix + _digits(r, 9 - len(prefix))
            c = _check(d9)
            if c is not None and d9 not in self.taxes:
                self.taxes.add(d9)
                return d9 + str(c)

    def _landline(self, reg: str) -> str:
        r = self.r
        while True:
            p = _AREA[reg][0] + r.choice("367") + _digits(r, 6)
            if p not in self.phones:
                self.phones.add(p)
                return p

    def _mobile(self) -> str:
        r = self.r
        while True:
            p = r.choice(_MOB_NEW) + _digits(r, 7)
            if p not in self.phones:
                self.phones.add(p)
                return p

    def _foreign(self, kind: str) -> str:
        r = self.r
        d = lambda k: _digits(r, k)  # noqa: E731
        if kind == "cn":
            if r.random() < 0.6:
                return "+86 1" + r.choice("35789") + d(1) + " " + d(4) + " " + d(4)
            return "+86 " + r.choice(_CN_AREA) + " " + d(4) + " " + d(4)
        if kind == "kr":
            return r.choice(["+82 10-", "+82-10-"]) + d(4) + "-" + d(4) if r.random() < 0.6 else \
                "+82 31-" + d(3) + "-" + d(4)
        return "+886 9" + d(2) + " " + d(3) + " " + d(3) if r.random() < 0.6 else "+886 2 " + d(4) + " " + d(4)

    def _shared(self, pool: str) -> str:
        lst = self.pools[pool]
        if not lst or self.r.random() < 0.08:
            lst.append(self._mobile())
            if len(lst) > 60:
                lst.pop(0)
        return self.r.choice(lst)

    # --- entity ---------------------------------------------------------------------------------------------
    def _site(self, types: tuple[str, ...], craft: str | None = None):
        cands = [s for t in types for s in _BY_TYPE[t] if craft is None or s[7] == craft]
        return self.r.choices(cands, weights=[s[6] for s in cands])[0]

    def _lot(self, site) -> str:
        r = self.r
        t = site[1]
        if t == "kcn":
            pool = self.lot_pool.setdefault(site[0], [])
            u = r.random()
            if u < 0.45:
                lot = f"Lô {r.choice('ABCDEFGHK')}{r.randint(1, 24)}"
            elif u < 0.75:
                lot = f"Lô CN{r.randint(1, 40):02d}"
            else:
                lot = f"Lô {r.choice('ABCDEK')}{r.randint(1, 12)}-{r.randint(1, 9)}"
            if r.random() < 0.3:
                lot = f"Nhà xưởng số {r.randint(1, 12)}, {lot}"
                pool.append(lot)
                if len(pool) > 40:
                    pool.pop(0)
            return lot
        if t == "ccn":
            return f"Lô {r.choice(['', 'A', 'B', 'C', 'CN'])}{r.randint(1, 60)}"
        if t == "vil":
            return f"số {r.randint(1, 220)}, xóm {r.randint(1, 12)}"
        return f"Số {r.randint(1, 480)}"

    def _new_name_key(self, key: str) -> bool:
        return key not in self.names

    def entity(self, kind: str) -> dict:
        r = self.r
        e: dict = {"kind": kind, "old_name": None, "tw": None, "tags": set()}
        if kind in ("cn", "tw", "kr"):
            site = self._site(("kcn",)) if r.random() < 0.85 else self._site(("ccn",))
        elif kind == "vn":
            u = r.random()
            site = self._site(("kcn",)) if u < 0.35 else self._site(("ccn",)) if u < 0.7 else self._site(("st",))
        else:  # household
            site = self._site(("vil",)) if r.random() < 0.7 else self._site(("ccn",), r.choice(list(_CRAFT)))
        e["site"] = site
        e["unit"] = r.randrange(len(site[5]))
        e["lot"] = self._lot(site)
        if site[1] == "kcn" and r.random() < 0.06 and len(self.lot_pool.get(site[0], [])) > 3:
            e["lot"] = r.choice(self.lot_pool[site[0]])
            e["tags"].add("shared_lot")
        reg = site[4]
        e["reg"] = reg
        e["old"] = r.random() < 0.55  # existed before 2017/2018 number changes
        e["mob"] = self._mobile()
        e["land"] = self._landline(reg) if kind != "hh" and r.random() < 0.8 else None
        e["fphone"] = self._foreign(kind) if kind in ("cn", "tw", "kr") and r.random() < 0.7 else None
        if kind == "hh":
            self._household(e)
        else:
            prefix = r.choices(["230", "231", "240", "241", "010"],
                               weights=[5, 3, 4, 2, 1] if reg == "BN" else [1, 1, 5, 3, 1])[0]
            e["tax"] = self._tax(prefix)
            getattr(self, "_name_" + kind)(e)
            e["lat_fam"] = "vn" if kind == "vn" else "lat"
            if r.random() < 0.05:
                self._rename(e)
        return e

    def _cn_brand(self):
        r = self.r
        n = 2 if r.random() < 0.85 else 3
        return r.sample(_CHARS, n)

    def _name_cn(self, e: dict, brand=None) -> None:
        r = self.r
        fixed = brand is not None
        for _ in range(4):
            b = brand if fixed else self._cn_brand()
            ind = r.choice(_IND_CN)
            py = "".join(c[2] for c in b)
            key = _fold(py).lower() + "|" + ind[3].lower()
            if fixed or key not in self.names:
                break
        brand = b
        e["key"] = key
        py = py[0].upper() + py[1:]
        e["py"] = py
        e["py_sp"] = " ".join(c[2].capitalize() for c in brand)
        e["pyfull"] = py + " " + ind[2]
        e["hv"] = " ".join(c[3] for c in brand)
        e["zh"] = "".join(c[0] for c in brand) + ind[0]
        e["brand"] = brand
        e["ind"] = ind
        lat = _fold(py)
        e["lat"] = lat
        vn_mode = r.random()
        if vn_mode < 0.35:
            e["vn"] = f"Công ty TNHH {ind[4]} {lat} Việt Nam"
            e["vn_fam"] = "lat"
        elif vn_mode < 0.6:
            e["vn"] = f"Công ty TNHH {lat} {ind[3]} (Việt Nam)"
            e["vn_fam"] = "lat"
        else:
            e["vn"] = f"Công ty TNHH {ind[4]} {e['hv']} Việt Nam"
            e["vn_fam"] = "hv"
        e["en"] = f"{lat} {ind[3]} (Vietnam)"
        e["short"] = lat

    def _name_tw(self, e: dict, brand=None) -> None:
        r = self.r
        for _ in range(4):
            b = brand or (r.choice(_TW_PRE) + r.choice(_TW_SUF))
            ind = r.choice(_IND_CN[:6])
            key = b.lower() + "|tw"
            if brand or key not in self.names:
                break
        brand = b
        chars = r.sample(_CHARS, 2)
        e.update(key=key, lat=brand, short=brand, ind=ind, hv=" ".join(c[3] for c in chars))
        e["zh"] = "".join(c[1] for c in chars) + ind[1]
        e["vn"] = f"Công ty TNHH {brand} Việt Nam" if r.random() < 0.6 else f"Công ty TNHH {ind[4]} {brand}"
        e["vn_fam"] = "lat"
        e["en"] = f"{brand} {ind[3]} Vietnam"

    def _name_kr(self, e: dict, brand=None) -> None:
        r = self.r
        for _ in range(4):
            b = brand
            if b is None:
                s1, s2 = r.sample(_KR, 2)
                b = (s1[0] + s2[0].lower(), s1[1] + s2[1])
            ind = r.choice(_IND_KR)
            key = b[0].lower() + "|" + ind[0].lower()
            if brand or key not in self.names:
                break
        lat, hg = b
        e.update(key=key, lat=lat, short=lat, kbrand=brand, ind=ind)
        sp = (" " + ind[0]) if ind[0] else ""
        e["hg"] = f"{hg}{ind[1]} 비나" if r.random() < 0.5 else f"(주){hg}{ind[1]}"
        if r.random() < 0.7 or not ind[2]:
            e["vn"] = f"Công ty TNHH {lat}{sp} Vina"
        else:
            e["vn"] = f"Công ty TNHH {ind[2]} {lat} Việt Nam"
        e["vn_fam"] = "lat"
        e["en"] = f"{lat}{sp} Vina"

    def _name_vn(self, e: dict, brand=None, craft=None) -> None:
        r = self.r
        craft = craft or e["site"][7]
        inds = _CRAFT[craft] if craft else _IND_VN
        for _ in range(4):
            b = brand or " ".join(r.sample(_VN_SYL, 2))
            key = _fold(b).lower()
            if brand or key not in self.names:
                break
        ind = r.choice(inds)
        form = r.choices(_FORMS, weights=[f[2] for f in _FORMS])[0]
        e.update(key=key, short=b, ind=ind, form=form)
        if ind[0].startswith(("Sản xuất", "Thương mại")) and r.random() < 0.5:
            e["vn"] = f"{form[0]} {ind[0]} {b}"
        else:
            e["vn"] = f"{form[0]} {ind[0]} {b}"
        e["vn_fam"] = "vn"
        e["en"] = f"{_fold(b)} {ind[1]} {form[1]}"
        e["lat"] = _fold(b)

    def _household(self, e: dict) -> None:
        r = self.r
        female = r.random() < 0.3
        for _ in range(3):
            owner = (f"{r.choice(_SURN)} {r.choice(_MID_F if female else _MID_M)} "
                     f"{r.choice(_GIV_F if female else _GIV_M)}")
            if _fold(owner).lower() + "|" + e["site"][0] not in self.names:
                break
        craft = e["site"][7] or "steel"
        for _ in range(3):
            trade = f"{r.choice(_CRAFT[craft])[0]} {' '.join(r.sample(_VN_SYL, 2))}"
            if _fold(trade).lower() not in self.names:
                break
        e.update(owner=owner, trade=trade, female=female, key=_fold(owner).lower() + "|" + e["site"][0],
                 old_key=_fold(trade).lower())
        e["tax"] = None
        e["pit"] = self._tax(r.choice(["80", "81", "83"])) if r.random() < 0.55 else None
        if r.random() < 0.5:
            prov = r.choice(["027", "027", "027", "024", "001", "030"])
            yy = r.randint(55, 99) if r.random() < 0.8 else r.randint(0, 5)
            g = (1 if female else 0) + (2 if yy < 20 else 0)
            while True:
                cccd = f"{prov}{g}{yy:02d}" + _digits(r, 6)
                if cccd not in self.taxes:
                    self.taxes.add(cccd)
                    break
            e["cccd"] = cccd
        else:
            e["cccd"] = None

    def _rename(self, e: dict) -> None:
        kind, r = e["kind"], self.r
        for _ in range(4):
            if kind == "vn":
                b = " ".join(r.sample(_VN_SYL, 2))
                name, key = f"{e['form'][0]} {e['ind'][0]} {b}", _fold(b).lower()
            elif kind == "kr":
                s1, s2 = r.sample(_KR, 2)
                b = s1[0] + s2[0].lower()
                name, key = f"Công ty TNHH {b} Vina", b.lower() + "|"
            else:
                b = _fold("".join(c[2] for c in r.sample(_CHARS, 2))).capitalize()
                name, key = f"Công ty TNHH {b} Việt Nam", b.lower() + "|old"
            if key not in self.names and key != e["key"]:
                break
        e["old_name"], e["old_key"] = name, key

    def twin(self, base: dict) -> dict:
        """Same foreign group, separate legal entity in a park of the other old province."""
        r = self.r
        base["twinned"] = True
        e = dict(base)
        e["tags"] = {"group_twin"}
        e["old_name"] = e["old_key"] = None
        other = "BG" if base["reg"] == "BN" else "BN"
        cands = [s for s in _BY_TYPE["kcn"] if s[4] == other]
        site = r.choices(cands, weights=[s[6] for s in cands])[0]
        e.update(site=site, unit=r.randrange(len(site[5])), reg=other, lot=self._lot(site))
        e["tax"] = self._tax(r.choice(["230", "231"] if other == "BN" else ["240", "241"]))
        e["mob"] = self._mobile()
        e["land"] = self._landline(other) if r.random() < 0.8 else None
        place = "Bắc Giang" if other == "BG" else "Bắc Ninh"
        e["vn"] = e["vn"].replace(" (Việt Nam)", f" {place}").replace(" Việt Nam", f" {place}")
        if e["vn"] == base["vn"]:
            e["vn"] = e["vn"] + f" {place}"
        e["en"] = e["en"].replace("(Vietnam)", f"({_fold(place)})").replace(" Vietnam", " " + _fold(place))
        e["zh"] = e.get("zh", "") and e["zh"] + ("北江" if other == "BG" else "北宁")
        e["key"] = None
        e["sibling"] = base
        return e

    def collide(self, base: dict) -> dict:
        """A different domestic firm with the same brand (different industry word and place)."""
        e = self.entity("vn")
        for _ in range(5):
            if e["site"][0] != base["site"][0]:
                break
            e["site"] = self._site(("kcn", "ccn", "st"))
            e["unit"] = 0
            e["lot"] = self._lot(e["site"])
        e["reg"] = e["site"][4]
        self._name_vn(e, brand=base["short"], craft=e["site"][7])
        return e

    def branch(self, parent: dict | None) -> dict:
        r = self.r
        e = self.entity("vn")
        if parent is None:
            parent = self.entity(r.choice(["vn", "vn", "cn", "kr"]))
            parent["tax"] = self._tax("010")
            parent["external"] = True
        n = parent.get("nbranch", 0) + 1
        parent["nbranch"] = n
        e["tax"] = f"{parent['tax']}-{n:03d}"
        place = "Bắc Giang" if e["reg"] == "BG" else "Bắc Ninh"
        e["vn"] = f"Chi nhánh {parent['vn']} tại {place}"
        e["en"] = f"{parent['en']} - {_fold(place)} Branch"
        e["short"] = parent["short"]
        e["lat"] = parent.get("lat", "")
        e["kind"] = "br"
        e["old_name"] = e["old_key"] = None
        e["vn_fam"] = parent["vn_fam"]
        e["lat_fam"] = parent["lat_fam"]
        e["parent"] = parent
        e["key"] = None
        e["fphone"] = None
        e["tags"] = {"branch"}
        return e


# ----------------------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------------------
_ABBR = [("Công ty TNHH Một thành viên", ["Cty TNHH MTV", "Công ty TNHH MTV", "CTY TNHH 1TV"]),
         ("Công ty TNHH", ["Cty TNHH", "C.ty TNHH", "CT TNHH", "Cty Tnhh"]),
         ("Công ty Cổ phần", ["Cty CP", "CTCP", "Công ty CP", "Cty Cổ phần"]),
         ("Khoa học Kỹ thuật", ["KHKT", "KH-KT"]), ("Sản xuất và Thương mại", ["SX&TM", "SX và TM", "SXTM"]),
         ("Thương mại và Dịch vụ", ["TM&DV", "TM và DV"]), ("Việt Nam", ["VN", "Việt nam"]),
         ("Chi nhánh", ["CN", "C.nhánh"])]
_EN_SUF = ["Co., Ltd", "Co.,Ltd", "Company Limited", "CO., LTD.", "Co. Ltd"]
_TONE_OLD = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ùy": "uỳ", "úy": "uý", "ụy": "uỵ",
             "Òa": "Oà", "Óa": "Oá"}


def _abbrev(s: str, r: random.Random) -> tuple[str, bool]:
    out, hit = s, False
    for full, alts in _ABBR:
        if full in out and (r.random() < 0.75 or not hit):
            out = out.replace(full, r.choice(alts))
            hit = True
    return out, hit


def _typo(s: str, r: random.Random) -> str:
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 6:
        return s
    for _ in range(6):
        i = r.choice(idx[2:])
        op = r.random()
        if op < 0.35 and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != s[i]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op < 0.6:
            t = s[:i] + s[i + 1:]
        elif op < 0.8:
            t = s[:i] + s[i] + s[i:]
        else:
            f = _fold(s[i])
            t = s[:i] + (f if f != s[i] else s[i].swapcase()) + s[i + 1:]
        if t != s and t.strip():
            return t
    return s


class _Rec:
    __slots__ = ("name", "tax", "addr", "phone", "tags", "fams", "taxid", "own", "site", "lot", "src")


def _similar(a: _Rec, b: _Rec) -> bool:
    return bool(a.fams & b.fams)


def _edge(a: _Rec, b: _Rec, hh: bool) -> bool:
    if a.taxid and a.taxid == b.taxid:
        return True
    if not _similar(a, b):
        return False
    if a.own & b.own:
        return True
    if a.site and a.site == b.site:
        return not hh or (a.lot is not None and a.lot == b.lot)
    return False


def _connected(recs: list[_Rec], hh: bool) -> list[int]:
    """Indices of records not reachable from record 0."""
    seen = {0}
    stack = [0]
    while stack:
        i = stack.pop()
        for j in range(len(recs)):
            if j not in seen and _edge(recs[i], recs[j], hh):
                seen.add(j)
                stack.append(j)
    return [j for j in range(len(recs)) if j not in seen]


class _Render:
    def __init__(self, g: _Gen):
        self.g = g
        self.r = g.r

    # --- name -----------------------------------------------------------------------------------------------
    def name(self, e: dict, src: str, rec: _Rec, force_full: bool = False) -> None:
        r = self.r
        tags = rec.tags
        kind = e["kind"]
        fams: set[str] = set()
        if kind == "hh":
            owner, trade = e["owner"], e["trade"]
            if force_full:
                nm, fams = f"{owner} ({trade})", {"own", "trd"}
            elif src == "einvoice":
                nm = r.choice([f"Hộ kinh doanh {owner}", owner, f"HKD {owner}"])
                nm, fams = nm.upper(), {"own"}
                tags.add("owner_name")
            elif src == "ccn_centre":
                u = r.random()
                if u < 0.4:
                    nm, fams = r.choice([f"Hộ ông {owner}", f"HKD {owner}", f"Hộ bà {owner}"]), {"own"}
                    if e["female"]:
                        nm = nm.replace("Hộ ông", "Hộ bà")
                    else:
                        nm = nm.replace("Hộ bà", "Hộ ông")
                    tags.add("owner_name")
                elif u < 0.7:
                    nm, fams = f"Cơ sở {trade}", {"trd"}
                else:
                    nm, fams = f"{owner} - {trade}", {"own", "trd"}
            else:
                u = r.random()
                if u < 0.35:
                    nm, fams = f"Cơ sở sản xuất {trade.lower()}", {"trd"}
                elif u < 0.6:
                    nm, fams = owner, {"own"}
                    tags.add("owner_name")
                else:
                    nm, fams = f"{trade} ({owner})", {"own", "trd"}
                if src == "bg_legacy" and r.random() < 0.3:
                    nm = _fold(nm)
                    tags.add("no_diacritics")
            rec.name, rec.fams = nm, fams
            self._noise(rec, src)
            return
        if e.get("old_name") and not force_full and src in ("bg_legacy", "work_permit", "erp_vendor", "ccn_centre") \
                and r.random() < 0.5:
            nm = e["old_name"]
            if src == "erp_vendor":
                nm = _fold(nm).upper()
            rec.name, rec.fams = nm, {"old"}
            tags.add("former_name")
            self._noise(rec, src, cut=src == "erp_vendor")
            return
        vn, vfam = e["vn"], e["vn_fam"]
        lat_fam = e["lat_fam"]
        if force_full or src in ("bql_irc", "einvoice"):
            nm = vn.upper() if (src == "einvoice" or r.random() < 0.8) else vn
            rec.name, rec.fams = nm, {vfam}
            if vfam == "hv" and kind == "cn":
                tags.add("name_hanviet")
            if not force_full and src == "bql_irc" and r.random() < 0.03:
                rec.name = _typo(rec.name, r)
                if rec.name != nm:
                    tags.add("typo")
            return
        if src == "erp_vendor":
            if kind in ("vn", "br") and r.random() < 0.7:
                nm, hit = _abbrev(vn, r)
                nm = _fold(nm).upper()
                if hit:
                    tags.add("abbrev")
                fams = {vfam}
            else:
                nm = e["en"] if kind in ("vn", "br") else e["en"] + " " + r.choice(_EN_SUF)
                nm = nm.upper()
                fams = {lat_fam}
                tags.add("name_en")
            if r.random() < 0.12:
                nm = f"V{r.randint(10000, 99999)} - {nm}"
            rec.name, rec.fams = nm, fams
            if _fold(vn) != vn and fams == {vfam}:
                tags.add("no_diacritics")
            self._noise(rec, src, cut=True)
            return
        if src == "work_permit":
            u = r.random()
            if kind == "cn" and u < 0.35:
                zh = e["zh"] + r.choice(["(越南)有限公司", "越南有限公司", "(越南)有限公司"])
                rec.name, rec.fams = zh, {"lat", "hv"}
                tags.add("name_zh")
                return
            if kind == "kr" and u < 0.25:
                rec.name, rec.fams = e["hg"], {"lat"}
                tags.add("name_hangul")
                return
            if kind == "tw" and u < 0.25:
                rec.name, rec.fams = e["zh"] + "(越南)有限公司", {"hv"}
                tags.add("name_zh")
                return
            if kind in ("cn", "tw") and u < 0.6:
                nm = r.choice(["Cty TNHH {} VN", "Công ty TNHH {}", "Cty {} Việt Nam", "CTY TNHH {}"]).format(e["hv"])
                rec.name, rec.fams = nm, {"hv"}
                tags.add("name_hanviet")
                if nm.startswith(("Cty", "CTY")):
                    tags.add("abbrev")
                return
            nm, hit = _abbrev(vn, r)
            if r.random() < 0.4:
                nm = _fold(nm)
                tags.add("no_diacritics")
            rec.name, rec.fams = nm, {vfam}
            if hit:
                tags.add("abbrev")
            if vfam == "hv" and kind == "cn":
                tags.add("name_hanviet")
            self._noise(rec, src)
            return
        if src == "cnht_survey":
            u = r.random()
            if kind == "cn" and u < 0.3:
                sep = r.choice([" / ", " - ", " ", "\n"])
                if r.random() < 0.5:
                    nm = e["zh"] + sep + e["en"] + " " + r.choice(_EN_SUF)
                    tags.update(("name_zh", "name_en"))
                else:
                    py = e["py"] + " " + e["ind"][2] if r.random() < 0.5 else e["py_sp"] + " " + e["ind"][2]
                    nm = e["zh"] + sep + py
                    tags.update(("name_zh", "name_pinyin"))
                rec.name, rec.fams = nm.replace("\n", " "), {"lat", "hv"}
                return
            if kind == "cn" and u < 0.45:
                py = r.choice([e["pyfull"], _fold(e["pyfull"]), e["py_sp"], _fold(e["py_sp"]).upper()])
                rec.name, rec.fams = py + r.choice([" Co., Ltd", "", " (Vietnam)"]), {"lat"}
                tags.add("name_pinyin")
                return
            if kind in ("vn", "cn", "kr", "tw") and u < 0.6:
                nm = e["short"] if kind in ("vn", "br") else e["short"].upper()
                rec.name, rec.fams = nm, {lat_fam}
                tags.add("short_name")
                self._noise(rec, src)
                return
            if kind in ("kr", "tw", "cn") and u < 0.75:
                rec.name, rec.fams = e["en"] + " " + r.choice(_EN_SUF), {lat_fam}
                tags.add("name_en")
                return
            nm, hit = _abbrev(vn, r)
            if r.random() < 0.3:
                nm = nm.lower() if r.random() < 0.4 else nm.upper()
            rec.name, rec.fams = nm, {vfam}
            if hit:
                tags.add("abbrev")
            if vfam == "hv" and kind == "cn":
                tags.add("name_hanviet")
            self._noise(rec, src)
            return
        # bg_legacy, ccn_centre
        nm, hit = vn, False
        if r.random() < 0.6:
            nm, hit = _abbrev(vn, r)
        if src == "bg_legacy" and r.random() < 0.2:
            nm = _fold(nm)
            tags.add("no_diacritics")
        rec.name, rec.fams = nm, {vfam}
        if hit:
            tags.add("abbrev")
        if vfam == "hv" and kind == "cn":
            tags.add("name_hanviet")
        self._noise(rec, src)

    def _noise(self, rec: _Rec, src: str, cut: bool = False) -> None:
        r = self.r
        nm = rec.name
        if src in ("cnht_survey", "bg_legacy", "ccn_centre", "work_permit") and len(nm) >= 14 and r.random() < 0.05:
            t = _typo(nm, r)
            if t != nm:
                nm = t
                rec.tags.add("typo")
        if src in ("cnht_survey", "bg_legacy", "ccn_centre") and r.random() < 0.5:
            for a, b in _TONE_OLD.items():
                if a in nm:
                    nm = nm.replace(a, b)
                    rec.tags.add("tone_style")
        if cut:
            lim = r.choice([35, 40, 40, 50])
            if len(nm) > lim:
                nm = nm[:lim].rstrip()
                rec.tags.add("truncated")
        rec.name = nm

    # --- tax ------------------------------------------------------------------------------------------------
    def tax(self, e: dict, src: str, rec: _Rec, anchor: bool) -> None:
        r = self.r
        tags = rec.tags
        rec.taxid = None
        if e["kind"] == "hh":
            pit, cccd = e["pit"], e["cccd"]
            code = None
            if src in ("einvoice", "cnht_survey") and cccd and (anchor or r.random() < 0.8):
                code = cccd
                tags.add("cccd_taxid")
            elif pit and src != "erp_vendor" and (anchor or r.random() < 0.7):
                code = pit
            if code is None:
                rec.tax = ""
                return
            rec.tax, rec.taxid = code, code
            return
        code = e["tax"]
        p_present = {"bql_irc": 0.95, "einvoice": 1.0, "erp_vendor": 0.85, "work_permit": 0.4, "cnht_survey": 0.75,
                     "bg_legacy": 0.85, "ccn_centre": 0.5}[src]
        if not anchor and r.random() > p_present:
            rec.tax = ""
            tags.add("tax_missing")
            return
        if e["kind"] == "br" and src in ("cnht_survey", "ccn_centre", "bg_legacy") and not anchor \
                and r.random() < 0.25:
            rec.tax = code[:10]
            rec.taxid = None
            tags.add("parent_taxcode")
            return
        rec.taxid = code
        if anchor or src == "einvoice":
            rec.tax = code
            return
        u = r.random()
        mist = {"erp_vendor": 0.03, "cnht_survey": 0.06, "bg_legacy": 0.04, "ccn_centre": 0.04,
                "work_permit": 0.05}.get(src, 0.01)
        if u < mist:
            rec.tax = self._mistype(code)
            rec.taxid = None
            tags.add("tax_mistyped")
            return
        if src in ("erp_vendor", "bg_legacy") and code.startswith("0") and len(code) == 10 and r.random() < 0.6:
            rec.tax = code[1:]
            tags.add("excel_zero")
            return
        if src == "cnht_survey" and r.random() < 0.05:
            rec.name = f"{rec.name} (MST: {code})"
            rec.tax = ""
            tags.add("tax_in_name")
            return
        fmt = {"erp_vendor": 0.35, "cnht_survey": 0.35, "bg_legacy": 0.15, "work_permit": 0.2, "ccn_centre": 0.2,
               "bql_irc": 0.05}[src]
        if r.random() < fmt:
            d, br = code[:10], code[11:]
            v = r.random()
            if v < 0.3:
                s = f"{d[:4]} {d[4:7]} {d[7:]}"
            elif v < 0.5:
                s = f"{d[:4]}.{d[4:7]}.{d[7:]}"
            elif v < 0.75:
                s = r.choice(["MST: ", "MST ", "VAT ", "MST:"]) + d
            else:
                s = d
            if br:
                s += r.choice(["-", " - ", "", "/"]) + br
            elif s == d:
                s = d + " "
            rec.tax = s
            tags.add("tax_format")
            return
        rec.tax = code

    def _mistype(self, code: str) -> str:
        r = self.r
        d, rest = code[:10], code[10:]
        for _ in range(10):
            i = r.randrange(2, 10)
            if r.random() < 0.5 and i < 9 and d[i] != d[i + 1]:
                t = d[:i] + d[i + 1] + d[i] + d[i + 2:]
            else:
                t = d[:i] + r.choice([c for c in "0123456789" if c != d[i]]) + d[i + 1:]
            if t[:9] not in self.g.taxes:
                return t + rest
        return d[:9] + str((int(d[9]) + 1) % 10) + rest

    # --- address --------------------------------------------------------------------------------------------
    def address(self, e: dict, src: str, rec: _Rec, anchor: bool) -> None:
        r = self.r
        tags = rec.tags
        site, lot = e["site"], e["lot"]
        oldu, oldd, newu = site[5][e["unit"]]
        if isinstance(oldd, tuple):
            oldd = r.choice(oldd)
        sname = site[2]
        rec.site, rec.lot = site[0], lot
        if not anchor and r.random() < {"erp_vendor": 0.1, "work_permit": 0.08, "cnht_survey": 0.05}.get(src, 0.02):
            rec.addr, rec.site, rec.lot = "", None, None
            tags.add("addr_missing")
            return
        if site[1] == "kcn" and r.random() < 0.3:
            sname = sname.replace("KCN", "Khu công nghiệp")
        elif site[1] == "ccn" and r.random() < 0.3:
            sname = sname.replace("CCN", "Cụm công nghiệp")
        if src == "erp_vendor":
            lot_en = (lot.replace("Nhà xưởng số", "Factory No.").replace("Lô", "Lot").replace("số", "No.")
                      .replace("xóm", "Hamlet").replace("Số", "No."))
            unit = _fold(newu if r.random() < 0.5 else oldu)
            unit = unit.replace("phuong ", "").replace("xa ", "").replace("thi tran ", "")
            prov = "Bac Ninh" if (e["reg"] == "BN" or r.random() < 0.5) else "Bac Giang"
            a = f"{lot_en}, {site[3]}, {unit}, {prov} Province, Vietnam"
            if prov == "Bac Giang":
                tags.add("old_address")
            lim = r.choice([40, 60, 60, 80])
            if len(a) > lim:
                a = a[:lim].rstrip(", ")
                tags.add("truncated")
            rec.addr = a
            if "Lot" not in a and "No." not in a:
                rec.lot = None
            return
        p_old = {"bql_irc": 0.3, "einvoice": 0.5, "work_permit": 0.6, "cnht_survey": 0.35, "bg_legacy": 1.0,
                 "ccn_centre": 0.4}[src]
        old = r.random() < p_old
        if not anchor and src in ("cnht_survey", "work_permit", "ccn_centre") and r.random() < 0.35:
            if site[1] == "vil":
                a = f"{sname}, {_fold(oldu) if r.random() < 0.2 else oldu.split(' ', 1)[1]}"
                rec.lot = None
            elif old:
                dist = oldd.replace("huyện ", "H. ").replace("thị xã ", "TX ").replace("thành phố ", "TP ")
                a = f"{sname}, {r.choice([oldd, dist])}, {_OLD_PROV[e['reg']].split(' ', 1)[1]}"
            else:
                a = f"{sname}, Bắc Ninh"
            rec.addr = a
            tags.add("addr_partial")
            if site[1] != "vil":
                rec.lot = None
            if old:
                tags.add("old_address")
            return
        if old:
            prov = _OLD_PROV[e["reg"]]
            a = f"{lot}, {sname}, {oldu}, {oldd}, {prov}"
            tags.add("old_address")
        else:
            a = f"{lot}, {sname}, {newu}, tỉnh Bắc Ninh"
        if site[1] == "st":
            a = a.replace(f"{lot}, {sname}", f"{lot} {sname}")
        if r.random() < 0.2:
            a = a.replace("tỉnh ", "T. ").replace("huyện ", "H. ").replace("thị xã ", "TX ")
            a = a.replace("thành phố ", "TP ")
        rec.addr = a

    # --- phone ----------------------------------------------------------------------------------------------
    def _fmt_land(self, e: dict, old: bool) -> str:
        r = self.r
        sub = e["land"][4:]
        area = _AREA[e["reg"]][1] if old else e["land"][:4]
        v = r.random()
        if v < 0.3:
            return f"{area} {sub[:4]} {sub[4:]}" if r.random() < 0.5 else f"{area} {sub[:3]} {sub[3:]}"
        if v < 0.5:
            return f"{area}.{sub}"
        if v < 0.65:
            return f"({area}) {sub}"
        if v < 0.8 and not old:
            return f"+84 {area[1:]} {sub[:4]} {sub[4:]}"
        return area + sub

    def _fmt_mob(self, num: str, old: bool) -> str:
        r = self.r
        if old:
            num = _MOB_OLD[num[:3]] + num[3:]
            return r.choice([num, f"{num[:4]} {num[4:7]} {num[7:]}", f"{num[:4]}.{num[4:7]}.{num[7:]}"])
        v = r.random()
        if v < 0.3:
            return f"{num[:4]} {num[4:7]} {num[7:]}"
        if v < 0.45:
            return f"{num[:4]}.{num[4:7]}.{num[7:]}"
        if v < 0.55:
            return f"+84 {num[1:4]} {num[4:7]} {num[7:]}"
        if v < 0.6:
            return "+84" + num[1:]
        return num

    def phone(self, e: dict, src: str, rec: _Rec, anchor: bool) -> None:
        r = self.r
        tags = rec.tags
        rec.own = set()
        kind = e["kind"]
        land, mob, fph = e["land"], e["mob"], e["fphone"]
        legacy = src == "bg_legacy"
        parts: list[str] = []

        def own_land() -> None:
            old = legacy and e["old"] and r.random() < 0.7
            parts.append(self._fmt_land(e, old))
            rec.own.add(land)
            if old:
                tags.add("old_phone")

        def own_mob() -> None:
            old = legacy and e["old"] and mob[:3] in _MOB_OLD and r.random() < 0.8
            parts.append(self._fmt_mob(mob, old))
            rec.own.add(mob)
            if old:
                tags.add("old_phone")

        def foreign() -> None:
            parts.append(fph.replace("+", "00", 1).replace(" ", "") if r.random() < 0.2 else fph)
            tags.add("foreign_phone")  # a group/parent number: never used as evidence
            if e.get("sibling") is not None:
                tags.add("shared_phone")

        def shared(pool: str) -> None:
            if pool == "hot":
                num = self.g.hotline.get(e["site"][0])
                if num is None:
                    return own_mob()
                parts.append(self._fmt_land({"land": num, "reg": e["reg"]}, False))
            else:
                parts.append(self._fmt_mob(self.g._shared(pool), False))
            tags.add("shared_phone")

        if kind == "hh":
            if anchor or r.random() < 0.8:
                own_mob()
            elif src == "ccn_centre":
                shared("hot")
            rec.phone = " / ".join(parts)
            return
        if anchor:
            (own_land if land and r.random() < 0.6 else own_mob)()
            if r.random() < 0.1 and fph:
                foreign()
                tags.add("multi_phone")
            rec.phone = " / ".join(parts)
            return
        u = r.random()
        if src == "bql_irc":
            if u < 0.55 and land:
                own_land()
            elif u < 0.7:
                own_mob()
            elif u < 0.82 and e["site"][1] != "st":
                shared("hot")
        elif src == "einvoice":
            if u < 0.25 and land:
                own_land()
            elif u < 0.45:
                own_mob()
            elif u < 0.7:
                shared("acct")
        elif src == "erp_vendor":
            if u < 0.3 and fph:
                foreign()
            elif u < 0.6 and land:
                parts.append(f"+84 {land[1:4]} {land[4:]}" if r.random() < 0.5 else "+84" + land[1:])
                rec.own.add(land)
            elif u < 0.85:
                own_mob()
        elif src == "work_permit":
            if u < 0.45:
                own_mob()
            elif u < 0.65:
                shared("agent")
            elif u < 0.8 and fph:
                foreign()
        elif src == "cnht_survey":
            if u < 0.5:
                own_mob()
            elif u < 0.65 and land:
                own_land()
            elif u < 0.8:
                own_mob()
                if land:
                    own_land()
                elif fph:
                    foreign()
                if len(parts) > 1:
                    tags.add("multi_phone")
            elif u < 0.85 and fph:
                foreign()
        elif src == "bg_legacy":
            if u < 0.5 and land:
                own_land()
            elif u < 0.8:
                own_mob()
        else:  # ccn_centre
            if u < 0.45:
                own_mob()
            elif u < 0.75 and e["site"][1] != "st":
                shared("hot")
            elif u < 0.85 and land:
                own_land()
        sep = r.choice([" / ", "; ", " - "]) if len(parts) > 1 else ""
        rec.phone = sep.join(parts)


# ----------------------------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------------------------
_SIZES = (1, 2, 3, 4, 5, 6, 7, 8)
_SIZE_W = (62, 16, 9, 6, 3.5, 2, 1, 0.5)
_KINDS = ("cn", "tw", "kr", "vn", "hh")
_KIND_W = (30, 6, 12, 34, 14)


def _eligible(e: dict) -> tuple[list[str], list[float]]:
    kind, st = e["kind"], e["site"][1]
    src: dict[str, float] = {"einvoice": 2.0, "cnht_survey": 2.5}
    if st == "kcn":
        src["bql_irc"] = 3.0
    if st in ("ccn", "vil"):
        src["ccn_centre"] = 3.0
    if kind in ("cn", "tw", "kr"):
        src["work_permit"] = 2.5
    if kind in ("cn", "tw", "kr", "vn", "br"):
        src["erp_vendor"] = 2.5 if kind != "vn" else 1.5
    if e["reg"] == "BG":
        src["bg_legacy"] = 2.5
    if kind == "hh" and not (e["pit"] or e["cccd"]):
        src.pop("einvoice")
    return list(src), list(src.values())


def _build(n: int, seed: int) -> tuple[list[dict], list[tuple]]:
    g = _Gen(seed)
    rd = _Render(g)
    r = g.r
    names, taxes, addrs, phones, truths, tagsets, srcs_out = [], [], [], [], [], [], []
    ent_no = 0
    while len(names) < n:
        u = r.random()
        base = r.choice(g.fdi_pool) if u < 0.025 and g.fdi_pool else None
        if base is not None and not base.get("twinned"):
            e = g.twin(base)
        elif u < 0.05 and g.dom_pool:
            e = g.collide(r.choice(g.dom_pool))
        elif u < 0.09:
            e = g.branch(r.choice(g.parent_pool) if g.parent_pool and r.random() < 0.6 else None)
        else:
            e = g.entity(r.choices(_KINDS, weights=_KIND_W)[0])
        srcs, w = _eligible(e)
        size = min(r.choices(_SIZES, weights=_SIZE_W)[0], len(srcs) + (r.random() < 0.3) + (r.random() < 0.15),
                   n - len(names))
        anchor_src = [s for s in ("einvoice", "bql_irc", "ccn_centre", "bg_legacy") if s in srcs]
        chosen = [r.choice(anchor_src)] if size > 1 and anchor_src else [r.choices(srcs, weights=w)[0]]
        for _ in range(size - 1):
            s = r.choices(srcs, weights=w)[0]
            for _ in range(4):
                if s not in chosen or r.random() < 0.1:
                    break
                s = r.choices(srcs, weights=w)[0]
            chosen.append(s)
        hh = e["kind"] == "hh"
        recs: list[_Rec] = []
        for i, s in enumerate(chosen):
            rec = _Rec()
            rec.src = s
            rec.tags = set(e["tags"])
            anchor = size > 1 and i == 0
            rd.name(e, s, rec, force_full=anchor and hh)
            rd.tax(e, s, rec, anchor)
            rd.address(e, s, rec, anchor or (hh and size > 1 and r.random() < 0.5))
            rd.phone(e, s, rec, anchor)
            if "former_name" in rec.tags and not rec.taxid:
                rec.tax, rec.taxid = e["tax"], e["tax"]
                rec.tags -= {"tax_missing", "tax_mistyped", "tax_format", "excel_zero", "tax_in_name"}
            if chosen.count(s) > 1:
                rec.tags.add("dup_in_source")
            recs.append(rec)
        if size > 1:
            for _ in range(size):
                lost = _connected(recs, hh)
                if not lost:
                    break
                rec = recs[lost[0]]
                if not hh:
                    rec.tax, rec.taxid = e["tax"], e["tax"]
                    rec.name = rec.name.replace(f" (MST: {e['tax']})", "")
                    rec.tags -= {"tax_missing", "tax_mistyped", "tax_format", "excel_zero", "tax_in_name",
                                 "parent_taxcode"}
                else:
                    rec.tags -= {"owner_name", "typo", "no_diacritics", "tone_style", "old_phone", "shared_phone"}
                    rd.name(e, rec.src, rec, force_full=True)
                    rec.phone = rd._fmt_mob(e["mob"], False)
                    rec.own = {e["mob"]}
        # name registry (current name, former name or household trade name): retro-tag the first enterprise that
        # used the same key
        start = len(names)
        for key in (e.get("key"), e.get("old_key")):
            if key is None:
                continue
            prev = g.names.get(key, 0)
            if prev == 0:
                g.names[key] = (start, len(recs))
            else:
                if prev is not None:
                    for j in range(prev[0], prev[0] + prev[1]):
                        tagsets[j].add("name_collision")
                    g.names[key] = None
                for rec in recs:
                    rec.tags.add("name_collision")
        if e.get("sibling") is not None:
            sib = e["sibling"]
            sib["twinned"] = True
            span = sib.get("span")
            if span and "group_twin" not in tagsets[span[0]]:
                for j in range(span[0], span[0] + span[1]):
                    tagsets[j].add("group_twin")
                    if "foreign_phone" in tagsets[j]:
                        tagsets[j].add("shared_phone")
        parent = e.get("parent")
        if parent is not None and parent.get("span") and "branch" not in tagsets[parent["span"][0]]:
            p0, pc = parent["span"]
            for j in range(p0, p0 + pc):
                tagsets[j].add("branch")
        truth = f"{PREFIX}E{ent_no:07d}"
        ent_no += 1
        for rec in recs:
            names.append(rec.name)
            taxes.append(rec.tax)
            addrs.append(rec.addr)
            phones.append(rec.phone)
            truths.append(truth)
            tagsets.append(rec.tags)
            srcs_out.append(rec.src)
        e["span"] = (start, len(recs))
        _remember(g, e, r)
    order = list(range(n))
    r.shuffle(order)
    out, tags_out = [], []
    for k, j in enumerate(order):
        out.append({"id": f"{PREFIX}{k + 1:07d}", "name": names[j], "tax_code": taxes[j], "address": addrs[j],
                    "phone": phones[j], "truth": truths[j]})
        tags_out.append((f"src:{srcs_out[j]}",) + tuple(sorted(tagsets[j])))
        tagsets[j] = None  # type: ignore[call-overload]
    return out, tags_out


def _remember(g: _Gen, e: dict, r: random.Random) -> None:
    kind = e["kind"]
    lean = {k: e[k] for k in e if k not in ("parent", "sibling")}
    if kind in ("cn", "kr", "tw") and not e.get("sibling"):
        _push(g.fdi_pool, lean, r)
    if kind == "vn":
        _push(g.dom_pool, lean, r)
    if kind in ("vn", "cn", "kr", "tw") and "-" not in e["tax"]:
        _push(g.parent_pool, e, r)


def _push(pool: list, item: dict, r: random.Random, cap: int = 300) -> None:
    if len(pool) < cap:
        pool.append(item)
    else:
        pool[r.randrange(cap)] = item


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """``n`` shuffled records and, for each, ``("src:<source>", <hard-case tags>...)``."""
    if n <= 0:
        return [], []
    was = gc.isenabled()
    gc.disable()  # millions of small containers: the cyclic collector would rescan them again and again
    try:
        return _build(int(n), int(seed))
    finally:
        if was:
            gc.enable()


def records(n: int, seed: int = 0) -> list[dict]:
    """``n`` shuffled labelled records (keys id, name, tax_code, address, phone, truth)."""
    return labelled(n, seed)[0]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or len(argv) > 2:
        print("usage: python gen_bacninh.py N [SEED]", file=sys.stderr)
        return 2
    n, seed = int(argv[0]), int(argv[1]) if len(argv) > 1 else 0
    recs, tags = labelled(n, seed)
    sizes = Counter(Counter(r["truth"] for r in recs).values())
    multi = sum(k * v for k, v in sizes.items() if k > 1)
    print(f"records={len(recs)} enterprises={sum(sizes.values())} in_multi_record_clusters={multi}")
    print("cluster sizes: " + ", ".join(f"{k}:{sizes[k]}" for k in sorted(sizes)))
    src = Counter(t[0] for t in tags)
    print("sources: " + ", ".join(f"{k[4:]}={v}" for k, v in sorted(src.items())))
    tc = Counter(x for t in tags for x in t[1:])
    print("tags: " + ", ".join(f"{k}={tc[k]}" for k in TAGS))
    print("empty: " + ", ".join(f"{f}={sum(1 for r in recs if not r[f])}"
                                 for f in ("name", "tax_code", "address", "phone")))
    for r, t in zip(recs[:12], tags[:12], strict=True):
        print(f"{r['id']} | {r['name']} | {r['tax_code']} | {r['address']} | {r['phone']} | {r['truth']} | "
              f"{' '.join(t)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
