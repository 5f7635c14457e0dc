"""Held-out entity-resolution benchmark: CNHT suppliers of the new Thái Nguyên province.

ALL DATA IS SYNTHETIC.  Firm names are random combinations of syllables and trade words, tax codes,
phone numbers, e-mail addresses, lot numbers and house numbers are random.  Any resemblance to a real
enterprise is accidental.  Only the place names (provinces, old districts, communes/wards, industrial
parks and clusters, streets) are real; the old -> new commune mapping is simplified and not authoritative.

Scenario
--------
On 1 July 2025 old Thái Nguyên and old Bắc Kạn were merged into the new Thái Nguyên province, the
district level was abolished and communes/wards were merged and renamed (e.g. xã Đồng Tiến, thành phố
Phổ Yên -> phường Vạn Xuân; thị trấn Hương Sơn, huyện Phú Bình -> xã Phú Bình; phường Đức Xuân, thành
phố Bắc Kạn stays phường Đức Xuân but now in tỉnh Thái Nguyên).  The provincial Department of Industry
and Trade compiles one register of supporting-industry (công nghiệp hỗ trợ, CNHT) suppliers around the
Samsung Electronics Vietnam Thái Nguyên complex (Yên Bình industrial park) from seven lists.  Parks
used: KCN Yên Bình, Điềm Thụy, Sông Công I/II, Nam Phổ Yên, Tây Phổ Yên, Quyết Thắng, Trung Thành,
Thanh Bình (Bắc Kạn) and the clusters (CCN) Kha Sơn, Điềm Thụy, Hà Thượng, Phú Lạc, Nguyên Gon,
Tân Thành, Huyền Tụng (Bắc Kạn).  A few suppliers sit outside the province (Bắc Ninh, Bắc Giang,
Hà Nội, Vĩnh Phúc, Hải Phòng, TP HCM) and carry those provinces' tax-code prefixes (23, 24, 01, 25, 02, 03).

Entities
--------
* ``kr``    Korean first/second-tier vendors (legal name "Công ty TNHH Hansol Tech Vina"; Korean name
            "(주)한솔테크 비나"; some registered under a Vietnamese translation "Công ty TNHH Công nghệ
            Hansol Việt Nam").
* ``fdi``   other foreign-invested firms (Chinese/Taiwanese style brands, "... (Việt Nam)").
* ``vn``    Vietnamese companies (TNHH, TNHH MTV, Cổ phần).
* ``small`` small local suppliers: DNTN, HTX and hộ kinh doanh (HKD; tax code = owner's personal code,
            prefix 8x), with short common names; HKD names are NOT unique across entities.
Tax codes: 10 digits, digit 10 = mod-11 check digit over weights 31,29,23,19,17,13,7,5,3
(check = 10 - sum mod 11; bodies giving 10 are never issued).  Thái Nguyên prefix 46, Bắc Kạn 47.
Phones: mobiles (current 10-digit prefixes; old 11-digit forms 016x/012x/018x/0199 before the 2018
renumbering), landlines 0208 (old 0280) for Thái Nguyên, 0209 (old 0281) for Bắc Kạn.

Branch decision: a branch (chi nhánh, 13-digit code "4601234567-001") is a DIFFERENT entity from its
parent (own establishment, own code, address and phone).  Its truth label differs from the parent's
even when a source writes the parent's 10-digit code on the branch row (tag ``branch_parent_code``).
Renamed firms, TNHH -> Cổ phần conversions and firms that moved parks keep ONE truth label (the tax
code is kept).

Sources (first tag ``src:NAME``) and their habits
-------------------------------------------------
* ``tax``           Tax department list.  One row per taxpayer.  Full legal name in capitals with
                    diacritics, exact 10/13-digit code, post-2025 address (a few not yet updated), the
                    registered phone, which for many small firms is their accounting-service firm's.
* ``kr_vendor``     Korean tier-1 vendors' ERP Excel exports (several vendors -> repeated rows).  English
                    or Hangul names, romanisation variants (Hyun/Hyeon, Jeong/Jung, Seong/Sung, ...),
                    suffix drift (Vina / Vietnam / VN), vendor codes stuck to the name, Korean-style
                    English addresses with pre-2025 units ("Lot CN-05, Yen Binh IP, Pho Yen City, Thai
                    Nguyen"), sometimes Hangul addresses, +84 phones; Excel drops leading zeros.
                    Often stale (old names, old parks).
* ``park_board``    Park/cluster management boards' tenant lists.  Names with abbreviated forms (Cty
                    TNHH, CTCP) or English for FDI, lots with abbreviated parks ("Lô CN5, KCN YB",
                    "Yen Binh Industrial Park"), the board's hotline for tenants without a phone, the
                    parent's 10-digit code on branch rows.
* ``cnht_app``      Provincial CNHT programme support applications (several years).  Officer typing:
                    no diacritics, capitals, typos, pre-2025 communes/districts/province (huyện Phú Bình,
                    TX Phổ Yên, tỉnh Bắc Kạn), "MST: ..." or spaced codes, one-digit code typos, old
                    11-digit mobiles and old 0280/0281 area codes.  Often stale.
* ``bhxh``          Social-insurance / labour lists.  Capitals cut at a fixed width of 40 characters,
                    Excel-mangled codes ("4.60123E+09"), lost leading zeros, accountant phones.
* ``fair_form``     Trade-fair / matchmaking Google Form sign-ups.  Lowercase, often the brand only,
                    personal mobiles, e-mails typed into the phone / tax / address columns.
* ``commune_list``  Commune/ward economic offices' lists of local suppliers (new units, HKD listed under
                    the owner's name), owner mobiles.

Hard-case tags (after the source tag)
-------------------------------------
``same_name_diff_park`` (two enterprises with the same name core in different parks), ``branch``,
``parent_of_branch``, ``branch_parent_code``, ``renamed`` (+ ``old_name`` on rows showing the old name),
``converted`` (TNHH -> Cổ phần, + ``old_form``), ``moved_park`` (+ ``old_site``),
``shared_phone_park``, ``shared_phone_accountant``, ``kr_translated``, ``romanisation``,
``suffix_variant``, ``hangul``, ``vendor_code``, ``brand_only``, ``truncated``, ``typo``, ``old_admin``,
``bac_kan``, ``out_of_province``, ``tax_missing``, ``tax_spaced``, ``tax_prefixed``, ``tax_typo``
(always fails the check digit), ``tax_excel``, ``tax_lead_zero``, ``phone_old_mobile``,
``phone_old_area``, ``phone_multi``, ``email_in_phone``, ``email_in_tax``, ``email_in_address``.

Interface: ``records(n, seed)``, ``labelled(n, seed)``, ``main(argv)``
(``python gen_thainguyen.py N [SEED]``).
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from collections import Counter, namedtuple

SOURCES = ("tax", "kr_vendor", "park_board", "cnht_app", "bhxh", "fair_form", "commune_list")
_SRC_CODE = {"tax": "CT", "kr_vendor": "KV", "park_board": "BQ", "cnht_app": "CN", "bhxh": "BH",
             "fair_form": "GF", "commune_list": "XA"}
_TAX, _KRV, _PARK, _CNHT, _BHXH, _FORM, _XA = range(7)

# ---------------------------------------------------------------------------------------------- text
_VI_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_UNACC = {ord("đ"): "d", ord("Đ"): "D"}
for _ch in _VI_LOWER + _VI_LOWER.upper():
    _UNACC[ord(_ch)] = unicodedata.normalize("NFD", _ch)[0]


def unaccent(s: str) -> str:
    return s.translate(_UNACC)


# old-style tone placement (hoà, thuỷ) used by some typists; both forms are NFC
_OLD_TONE = (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("úy", "uý"),
             ("ùy", "uỳ"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"), ("óe", "oé"), ("òe", "oè"))


def _old_tone(s: str) -> str:
    for a, b in _OLD_TONE:
        if a in s:
            s = s.replace(a, b)
    return s


_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def _typo(s: str, rng: random.Random) -> str:
    """One keyboard slip on a letter (never on digits)."""
    if len(s) < 5:
        return s
    for _ in range(4):
        i = rng.randrange(1, len(s) - 1)
        c = s[i]
        if c.isalpha() and s[i + 1].isalpha():
            break
    else:
        return s
    op = rng.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1:
        return s[:i] + c + s[i:]
    if op == 2:
        return s[:i] + s[i + 1] + c + s[i + 2:]
    r = _KEYS[rng.randrange(26)]
    return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]


# ---------------------------------------------------------------------------------------------- names
_VN_SYL = ("An", "Bình", "Phát", "Thịnh", "Hưng", "Minh", "Long", "Thành", "Đạt", "Tiến", "Phú", "Quang",
           "Hải", "Nam", "Việt", "Hoàng", "Gia", "Trường", "Tân", "Đức", "Hòa", "Khang", "Lộc", "Phúc",
           "Thái", "Vinh", "Hà", "Sơn", "Kim", "Ngọc", "Hồng", "Đông", "Tài", "Thuận", "Trung", "Hợp",
           "Nhật", "Quốc", "Toàn", "Xuân", "Cường", "Huy", "Khánh", "Linh", "Mạnh", "Nguyên", "Phong",
           "Sáng", "Tâm", "Thắng", "Uy", "Vượng", "Bảo", "Châu", "Duy", "Hiếu", "Lâm", "Nghĩa", "Thủy",
           "Anh", "Dũng", "Kiên", "Lợi", "Thọ", "Vạn", "Hậu")
_VN_IND = (("Cơ khí chính xác", "Precision Mechanics"), ("Điện tử", "Electronics"),
           ("Công nghệ", "Technology"), ("Khuôn mẫu", "Mould"), ("Nhựa", "Plastics"),
           ("Bao bì", "Packaging"), ("Vật liệu", "Materials"), ("Hóa chất", "Chemicals"),
           ("Linh kiện điện tử", "Electronic Components"), ("Kỹ thuật", "Engineering"),
           ("Tự động hóa", "Automation"), ("Cơ khí", "Mechanical"),
           ("Thương mại và Dịch vụ", "Trading and Services"),
           ("Xây dựng và Lắp đặt", "Construction and Installation"), ("Vận tải", "Transport"),
           ("In ấn", "Printing"), ("Môi trường", "Environment"),
           ("Thiết bị công nghiệp", "Industrial Equipment"),
           ("Suất ăn công nghiệp", "Industrial Catering"), ("May mặc", "Garment"), ("Cao su", "Rubber"),
           ("Kim loại", "Metal"), ("Đầu tư và Phát triển", "Investment and Development"),
           ("Giải pháp công nghiệp", "Industrial Solutions"), ("Điện lạnh", "Refrigeration"))
_KR_IND = (("Tech", "Công nghệ", "테크"), ("Electronics", "Điện tử", "전자"),
           ("Precision", "Cơ khí chính xác", "정밀"),
           ("Mold", "Khuôn mẫu", "금형"), ("Plastic", "Nhựa", "플라스틱"), ("Packaging", "Bao bì", "포장"),
           ("Materials", "Vật liệu", "소재"), ("Chemical", "Hóa chất", "화학"), ("Components", "Linh kiện", "부품"),
           ("Engineering", "Kỹ thuật", "엔지니어링"), ("Automation", "Tự động hóa", "오토메이션"),
           ("Optics", "Quang học", "광학"), ("Metal", "Kim loại", "메탈"), ("Rubber", "Cao su", "고무"),
           ("Display", "Màn hình", "디스플레이"), ("Hitech", "Công nghệ cao", "하이테크"),
           ("Industrial", "Công nghiệp", "산업"), ("Logistics", "Giao nhận vận tải", "로지스틱스"))
_KR_SYL = (("한", ("Han",)), ("솔", ("Sol",)), ("성", ("Seong", "Sung")), ("정", ("Jeong", "Jung", "Chung")),
           ("현", ("Hyun", "Hyeon")), ("대", ("Dae",)), ("원", ("Won",)), ("진", ("Jin", "Chin")),
           ("우", ("Woo", "Wu")), ("삼", ("Sam",)), ("일", ("Il",)), ("광", ("Kwang", "Gwang")),
           ("동", ("Dong",)), ("영", ("Young", "Yeong")), ("민", ("Min",)), ("유", ("Yoo", "Yu")),
           ("창", ("Chang",)), ("태", ("Tae",)), ("신", ("Shin", "Sin")), ("호", ("Ho",)),
           ("경", ("Kyung", "Gyeong", "Kyeong")), ("은", ("Eun",)), ("지", ("Ji",)), ("서", ("Seo",)),
           ("남", ("Nam",)), ("보", ("Bo",)), ("화", ("Hwa",)), ("재", ("Jae",)), ("상", ("Sang",)),
           ("희", ("Hee", "Hui")), ("덕", ("Deok", "Duk")), ("석", ("Seok", "Suk")), ("준", ("Jun", "Joon")),
           ("명", ("Myung", "Myeong")), ("철", ("Chul", "Cheol")), ("혁", ("Hyuk", "Hyeok")),
           ("선", ("Sun", "Seon")), ("용", ("Yong",)), ("승", ("Seung",)), ("도", ("Do",)), ("인", ("In",)))
_FDI_SYL = ("Lux", "Ever", "Win", "Star", "Sun", "Tek", "Nova", "Fine", "Grand", "Jia", "Hong", "Sheng",
            "Xin", "Tai", "Yuan", "Fu", "Da", "Hua", "Kang", "Ming", "Rich", "Bright", "Top", "Hi", "Wei")
_SMALL_ACT = (("Cơ khí", "Mechanical"), ("Gia công cơ khí", "Machining"),
              ("Bao bì carton", "Carton Packaging"),
              ("In ấn", "Printing"), ("Vận tải", "Transport"), ("Suất ăn", "Catering"),
              ("Điện lạnh", "Refrigeration"),
              ("Đồ gỗ", "Woodwork"), ("May", "Sewing"), ("Vật tư công nghiệp", "Industrial Supplies"),
              ("Vệ sinh công nghiệp", "Industrial Cleaning"), ("Sửa chữa điện", "Electrical Repair"))
_SURN = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Ma",
         "Nông", "Hà", "Triệu", "Lục", "Đinh", "Lương")
_MID = ("Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu", "Thanh", "Kim")
_GIVEN = ("Hùng", "Dũng", "Lan", "Hương", "Tuấn", "Hải", "Nga", "Thắng", "Cường", "Hoa", "Sơn", "Tùng",
          "Yến", "Quý", "Hiền", "Phương", "Thủy", "Hòa", "Long", "Mai", "Bình", "Toàn")

_FORM_LEGAL = {"tnhh": (("Công ty TNHH", 0.75), ("Công ty trách nhiệm hữu hạn", 1.0)),
               "mtv": (("Công ty TNHH một thành viên", 0.5), ("Công ty TNHH MTV", 0.8),
                       ("Công ty trách nhiệm hữu hạn một thành viên", 1.0)),
               "cp": (("Công ty Cổ phần", 1.0),), "dntn": (("Doanh nghiệp tư nhân", 1.0),),
               "htx": (("Hợp tác xã", 1.0),), "hkd": (("Hộ kinh doanh", 1.0),)}
_FORM_VI = {"tnhh": ("Công ty TNHH", "Cty TNHH", "Công ty trách nhiệm hữu hạn", "Công Ty TNHH", "Cty TNHH"),
            "mtv": ("Công ty TNHH MTV", "Công ty TNHH một thành viên", "Cty TNHH MTV",
                    "Công ty trách nhiệm hữu hạn một thành viên", "Công ty TNHH 1TV"),
            "cp": ("Công ty Cổ phần", "Công ty CP", "CTCP", "Cty CP", "Cty Cổ phần", "Công ty cổ phần"),
            "dntn": ("Doanh nghiệp tư nhân", "DNTN", "DN tư nhân"), "htx": ("Hợp tác xã", "HTX"),
            "hkd": ("Hộ kinh doanh", "HKD", "Cơ sở")}
_FORM_SHORT = {"tnhh": "Công ty TNHH", "mtv": "Công ty TNHH MTV", "cp": "Công ty CP", "dntn": "DNTN",
               "htx": "HTX", "hkd": "HKD"}
_FORM_EN = {"tnhh": ("Co., Ltd", "Co.,Ltd", "Company Limited", "Limited Company", "Co., Ltd."),
            "mtv": ("Co., Ltd", "One Member Co., Ltd", "One Member Limited Liability Company",
                    "Company Limited"),
            "cp": ("JSC", "Joint Stock Company", "Corporation", "J.S.C"),
            "dntn": ("Private Enterprise",), "htx": ("Cooperative",), "hkd": ("Household Business",)}

# ---------------------------------------------------------------------------------------------- places
TN, BK = "Thái Nguyên", "Bắc Kạn"
Park = namedtuple("Park", "code kind name abbr old_unit district dtypes prov new_unit ko")
PARKS = (
    Park("YB", "KCN", "Yên Bình", "YB", ("xã", "Đồng Tiến"), "Phổ Yên", ("thành phố", "thị xã"), TN,
         ("phường", "Vạn Xuân"), "옌빈"),
    Park("DT", "KCN", "Điềm Thụy", "ĐT", ("xã", "Điềm Thụy"), "Phú Bình", ("huyện",),
         TN, ("xã", "Điềm Thụy"), "디엠투이"),
    Park("SC1", "KCN", "Sông Công I", "SC1", ("phường", "Bách Quang"),
         "Sông Công", ("thành phố", "thị xã"), TN,
         ("phường", "Bách Quang"), "송꽁1"),
    Park("SC2", "KCN", "Sông Công II", "SC2", ("xã", "Tân Quang"), "Sông Công", ("thành phố", "thị xã"), TN,
         ("phường", "Sông Công"), "송꽁2"),
    Park("NPY", "KCN", "Nam Phổ Yên", "NPY", ("xã", "Thuận Thành"), "Phổ Yên", ("thành phố", "thị xã"), TN,
         ("phường", "Trung Thành"), "남포옌"),
    Park("TPY", "KCN", "Tây Phổ Yên", "TPY", ("xã", "Phúc Thuận"), "Phổ Yên", ("thành phố", "thị xã"), TN,
         ("phường", "Phúc Thuận"), "서포옌"),
    Park("QT", "KCN", "Quyết Thắng", "QT", ("xã", "Quyết Thắng"), "Thái Nguyên", ("thành phố",), TN,
         ("phường", "Quyết Thắng"), "꾸옛탕"),
    Park("TT", "KCN", "Trung Thành", "TT", ("xã", "Trung Thành"), "Phổ Yên", ("thành phố", "thị xã"), TN,
         ("phường", "Trung Thành"), "쭝타인"),
    Park("TB", "KCN", "Thanh Bình", "TB", ("xã", "Thanh Bình"), "Chợ Mới", ("huyện",),
         BK, ("xã", "Thanh Thịnh"), "타인빈"),
    Park("KS", "CCN", "Kha Sơn", "KS", ("xã", "Kha Sơn"), "Phú Bình", ("huyện",), TN, ("xã", "Kha Sơn"),
         "카선"),
    Park("CDT", "CCN", "Điềm Thụy", "ĐT", ("xã", "Điềm Thụy"), "Phú Bình", ("huyện",),
         TN, ("xã", "Điềm Thụy"), "디엠투이"),
    Park("HT", "CCN", "Hà Thượng", "HT", ("xã", "Hà Thượng"), "Đại Từ", ("huyện",), TN, ("xã", "Đại Từ"),
         "하트엉"),
    Park("PL", "CCN", "Phú Lạc", "PL", ("xã", "Phú Lạc"), "Đại Từ", ("huyện",), TN, ("xã", "Phú Lạc"), "푸락"),
    Park("NG", "CCN", "Nguyên Gon", "NG", ("phường", "Cải Đan"), "Sông Công", ("thành phố", "thị xã"), TN,
         ("phường", "Sông Công"), "응우옌곤"),
    Park("TTH", "CCN", "Tân Thành", "TTh", ("xã", "Tân Thành"), "Phú Bình", ("huyện",),
         TN, ("xã", "Tân Thành"), "떤타인"),
    Park("HTG", "CCN", "Huyền Tụng", "HTg", ("phường", "Huyền Tụng"), "Bắc Kạn", ("thành phố", "thị xã"), BK,
         ("phường", "Bắc Kạn"), "후옌뚱"),
)
_CCN = tuple(i for i, p in enumerate(PARKS) if p.kind == "CCN")
# park weights for foreign vendors: Yên Bình hosts the Samsung complex
_FOREIGN_PARKS = (0, 0, 0, 0, 1, 1, 1, 2, 3, 3, 4, 4, 5, 6, 7, 8)
_VN_PARKS = (0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)

Town = namedtuple("Town", "old_unit district dtypes prov new_unit streets")
TOWNS = (
    Town(("phường", "Ba Hàng"), "Phổ Yên", ("thành phố", "thị xã"), TN, ("phường", "Phổ Yên"),
         ("đường Lý Nam Đế", "đường Thanh Niên", "Quốc lộ 3")),
    Town(("phường", "Đồng Tiến"), "Phổ Yên", ("thành phố", "thị xã"), TN, ("phường", "Vạn Xuân"),
         ("đường Hồng Tiến", "Quốc lộ 3")),
    Town(("phường", "Bãi Bông"), "Phổ Yên", ("thành phố", "thị xã"), TN, ("phường", "Phổ Yên"),
         ("đường Bãi Bông",)),
    Town(("phường", "Lương Sơn"), "Sông Công", ("thành phố", "thị xã"), TN, ("phường", "Bách Quang"),
         ("đường Cách Mạng Tháng Mười", "Quốc lộ 3")),
    Town(("phường", "Thắng Lợi"), "Sông Công", ("thành phố", "thị xã"), TN, ("phường", "Sông Công"),
         ("đường Thắng Lợi", "đường Thống Nhất")),
    Town(("thị trấn", "Hương Sơn"), "Phú Bình", ("huyện",), TN, ("xã", "Phú Bình"),
         ("Quốc lộ 37", "phố Úc Sơn")),
    Town(("xã", "Kha Sơn"), "Phú Bình", ("huyện",), TN, ("xã", "Kha Sơn"), ("xóm Ngọc Sơn", "xóm Phú Sơn")),
    Town(("xã", "Tân Khánh"), "Phú Bình", ("huyện",), TN, ("xã", "Tân Khánh"),
         ("xóm Soi Vàng", "xóm Đồng Quan")),
    Town(("thị trấn", "Hùng Sơn"), "Đại Từ", ("huyện",), TN, ("xã", "Đại Từ"),
         ("Quốc lộ 37", "đường Ngô Quyền")),
    Town(("phường", "Hoàng Văn Thụ"), "Thái Nguyên", ("thành phố",), TN, ("phường", "Phan Đình Phùng"),
         ("đường Hoàng Văn Thụ", "đường Lương Ngọc Quyến", "đường Quang Trung")),
    Town(("phường", "Tân Lập"), "Thái Nguyên", ("thành phố",), TN, ("phường", "Tích Lương"),
         ("đường 3/2", "đường Lương Thế Vinh")),
    Town(("phường", "Gia Sàng"), "Thái Nguyên", ("thành phố",), TN, ("phường", "Gia Sàng"),
         ("đường Cách Mạng Tháng Tám", "đường Thống Nhất")),
    Town(("phường", "Phú Xá"), "Thái Nguyên", ("thành phố",), TN, ("phường", "Tích Lương"),
         ("đường Cách Mạng Tháng Tám",)),
    Town(("phường", "Đức Xuân"), "Bắc Kạn", ("thành phố", "thị xã"), BK, ("phường", "Đức Xuân"),
         ("đường Trường Chinh", "đường Nguyễn Văn Tố")),
    Town(("phường", "Phùng Chí Kiên"), "Bắc Kạn", ("thành phố", "thị xã"), BK, ("phường", "Bắc Kạn"),
         ("đường Hùng Vương", "đường Thành Công")),
    Town(("thị trấn", "Đồng Tâm"), "Chợ Mới", ("huyện",), BK, ("xã", "Chợ Mới"), ("Quốc lộ 3",)),
    Town(("thị trấn", "Phủ Thông"), "Bạch Thông", ("huyện",), BK, ("xã", "Phủ Thông"),
         ("Quốc lộ 3", "tổ Phố Mới")),
)
Out = namedtuple("Out", "park district prov prefix area new_unit new_prov")
OUTS = (
    Out("KCN Yên Phong", ("huyện", "Yên Phong"), "Bắc Ninh", "23", "0222", ("xã", "Yên Phong"), "Bắc Ninh"),
    Out("KCN Quế Võ", ("thị xã", "Quế Võ"), "Bắc Ninh", "23", "0222", ("phường", "Quế Võ"), "Bắc Ninh"),
    Out("KCN Quang Châu", ("huyện", "Việt Yên"), "Bắc Giang", "24", "0204", ("phường", "Việt Yên"), "Bắc Ninh"),
    Out("KCN Đình Trám", ("huyện", "Việt Yên"), "Bắc Giang", "24", "0204", ("phường", "Nếnh"), "Bắc Ninh"),
    Out("KCN Thăng Long", ("huyện", "Đông Anh"), "Hà Nội", "01", "024", ("xã", "Thiên Lộc"), "Hà Nội"),
    Out("KCN Bá Thiện", ("huyện", "Bình Xuyên"), "Vĩnh Phúc", "25", "0211", ("xã", "Bình Xuyên"), "Phú Thọ"),
    Out("KCN Tràng Duệ", ("huyện", "An Dương"), "Hải Phòng", "02", "0225", ("phường", "An Dương"), "Hải Phòng"),
    Out("KCX Tân Thuận", ("quận", "7"), "Hồ Chí Minh", "03", "028", ("phường", "Tân Thuận"), "Hồ Chí Minh"),
)
_CITY_PROV = ("Hà Nội", "Hải Phòng", "Hồ Chí Minh")
_ABBR = {"thành phố": "TP", "thị xã": "TX", "huyện": "H.", "phường": "P.", "xã": "X.", "thị trấn": "TT",
         "tỉnh": "T.", "quận": "Q."}
_EN_T = {"thành phố": "City", "thị xã": "Town", "huyện": "District", "phường": "Ward", "xã": "Commune",
         "thị trấn": "Township", "tỉnh": "Province", "quận": "District"}
_KO_PROV = {TN: "타이응우옌성", BK: "박깐성"}
_PLACE_KO = {"Thái Nguyên": "타이응우옌", "Phổ Yên": "포옌", "Sông Công": "송꽁", "Bắc Kạn": "박깐",
             "Phú Bình": "푸빈", "Đại Từ": "다이뜨", "Chợ Mới": "쩌머이"}


def _prov_vi(prov: str) -> str:
    return ("thành phố " if prov in _CITY_PROV else "tỉnh ") + prov


def _unit_en(u: tuple) -> str:
    t, name = u
    if name.isdigit():
        return f"District {name}"
    return f"{unaccent(name)} {_EN_T[t]}"


def _street_en(s: str) -> str:
    a = unaccent(s)
    for pre, post in (("duong ", " Street"), ("pho ", " Street"), ("xom ", " Hamlet"), ("to ", " Group")):
        if a.startswith(pre):
            return a[len(pre):] + post
    if a.startswith("Quoc lo "):
        return "National Road " + a[8:]
    return a


# ---------------------------------------------------------------------------------------------- codes
_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(body9: str) -> int | None:
    """Mod-11 check digit of a 9-digit tax-code body, None if the body is never issued."""
    r = sum(w * (ord(c) - 48) for w, c in zip(_W, body9, strict=True)) % 11
    return None if r == 0 else 10 - r


_MOB = ("090", "091", "093", "094", "096", "097", "098", "086", "088", "089", "032", "033", "034", "035",
        "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085",
        "056", "058", "059")
_MOB_OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
            "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
            "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
            "056": "0186", "058": "0188", "059": "0199"}
_AREA_OLD = {"0208": "0280", "0209": "0281"}


def _phone_parts(num: str) -> tuple[str, str, str]:
    if num[:3] in ("024", "028") and num[:4] not in ("0280", "0281"):
        return num[:3], num[3:7], num[7:]
    if num.startswith("02"):
        return num[:4], num[4:8], num[8:]
    return num[:4], num[4:7], num[7:]


def _fmt_phone(num: str, style: int) -> str:
    if style == 0:
        return num
    if style == 4:
        return "84" + num[1:]
    if style == 8:
        return "+84" + num[1:]
    a, b, c = _phone_parts(num)
    if style == 1:
        return f"{a} {b} {c}"
    if style == 2:
        return f"{a}.{b}.{c}"
    if style == 3:
        return f"+84 {a[1:]} {b} {c}"
    if style == 5:
        return f"(+84) {a[1:]}-{b}-{c}"
    if style == 6:
        return f"({a}) {b}{c}"
    if style == 7:
        return f"+84-{a[1:]}-{b}-{c}"
    return f"{a} {b}{c}"


_PSTYLE = {_TAX: (0, 0, 0, 1, 1, 1, 2, 9), _KRV: (3, 3, 4, 7, 7, 7, 8, 8, 0), _PARK: (1, 1, 1, 2, 2, 0, 0, 6),
           _CNHT: (0, 0, 0, 0, 2, 2, 1), _BHXH: (0, 0, 0, 0, 0, 1), _FORM: (0, 0, 0, 0, 1, 1, 2, 2, 3, 8),
           _XA: (0, 0, 0, 1, 1, 2, 2)}

# ---------------------------------------------------------------------------------------------- sizes
_SIZES = tuple(range(1, 16))


def _cum(ws):
    out, t = [], 0.0
    for w in ws:
        t += w
        out.append(t)
    return out


_SIZE_CUM = {
    "kr": _cum((58, 28, 17, 11, 8, 6, 5, 4, 3.2, 2.6, 2, 1.6, 1.3, 1, .8)),
    "fdi": _cum((72, 28, 14, 8, 5, 4, 3, 2, 1.5, 1, .8, .6, .5, .4, .3)),
    "vn": _cum((100, 34, 15, 8, 5, 3.5, 2.5, 2, 1.5, 1.2, .9, .7, .5, .4, .3)),
    "small": _cum((140, 32, 11, 5, 2.5, 1.5, 1, .6, .4, .3)),
    "out": _cum((80, 25, 9, 4, 2, 1)),
    "branch": _cum((50, 30, 15, 8, 5, 3, 2, 1.5, 1)),
}
# source weights (tax, kr_vendor, park_board, cnht_app, bhxh, fair_form, commune_list)
_SRC_W = {
    "kr": (2, 6, 2.5, 1, 2, 1.5, 0), "fdi": (2, 4, 2.5, 1, 2, 1, 0), "vn": (2, 2.5, 1.5, 2.5, 2, 2, .6),
    "small": (1.5, .4, .6, 2, .8, 2, 3), "out": (0, 5, 0, .6, 0, 2, 0), "branch": (2, 3, 2, 1, 2.5, 1, 0),
}
_STALE = (0.05, 0.45, 0.3, 0.55, 0.3, 0.15, 0.2)


# ---------------------------------------------------------------------------------------------- entities
class _Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.tax_used: set[str] = set()
        self.phone_used: set[str] = set()
        self.names: set = set()
        self.accountants: list[str] = []
        self.count = 0
        self.hotline = [self.landline("0209" if p.prov == BK else "0208") for p in PARKS]

    # -- codes and numbers
    def tax(self, prefix: str) -> str:
        rng = self.rng
        while True:
            body = prefix + f"{rng.randrange(10_000_000):07d}"
            c = check_digit(body)
            if c is None:
                continue
            code = body + str(c)
            if code not in self.tax_used:
                self.tax_used.add(code)
                return code

    def mobile(self) -> str:
        rng = self.rng
        while True:
            num = _MOB[rng.randrange(len(_MOB))] + f"{rng.randrange(10_000_000):07d}"
            if num not in self.phone_used:
                self.phone_used.add(num)
                return num

    def landline(self, area: str) -> str:
        rng = self.rng
        width = 11 - len(area)
        while True:
            num = area + "36"[rng.randrange(2)] + str(rng.randrange(10 ** (width - 1))).zfill(width - 1)
            if num not in self.phone_used:
                self.phone_used.add(num)
                return num

    def accountant(self) -> str:
        if not self.accountants or self.rng.random() < 0.08:
            self.accountants.append(self.mobile() if self.rng.random() < 0.5 else self.landline("0208"))
            return self.accountants[-1]
        return self.accountants[self.rng.randrange(len(self.accountants))]

    # -- entity construction
    def _new(self, kind: str) -> dict:
        self.count += 1
        return {"id": f"E{self.count:07d}", "kind": kind, "sub": "", "parent": None, "tags": [],
                "translated": False, "vsuffix": "", "old": None, "old_site": None, "owner": "",
                "suffix": "", "suffix_en": "", "bplace": ""}

    def brand_vn(self, ind: int, nsyl: int = 2) -> str:
        rng = self.rng
        for attempt in range(30):
            k = nsyl + (attempt // 10)
            syl = []
            while len(syl) < k:
                s = _VN_SYL[rng.randrange(len(_VN_SYL))]
                if s not in syl:
                    syl.append(s)
            b = " ".join(syl)
            if (b, ind) not in self.names:
                self.names.add((b, ind))
                return b
        return b

    def brand_kr(self, ind: int) -> tuple:
        rng = self.rng
        for attempt in range(30):
            k = 2 + (attempt // 10)
            syl = tuple(rng.randrange(len(_KR_SYL)) for _ in range(k))
            key = ("kr", syl, ind)
            if len(set(syl)) == k and key not in self.names:
                self.names.add(key)
                break
        rom = tuple(rng.randrange(len(_KR_SYL[s][1])) for s in syl)
        return (syl, rom, 0 if rng.random() < 0.75 else 1)

    def brand_fdi(self, ind: int) -> str:
        rng = self.rng
        for attempt in range(30):
            parts = rng.sample(_FDI_SYL, 2 + attempt // 10)
            b = parts[0] + "".join(p.lower() for p in parts[1:])
            if ("fdi", b, ind) not in self.names:
                self.names.add(("fdi", b, ind))
                return b
        return b

    def site_park(self, choices: tuple, avoid: int = -1) -> tuple:
        rng = self.rng
        while True:
            p = choices[rng.randrange(len(choices))]
            if p != avoid:
                break
        letters = ("CN", "A", "B", "C", "D", "E", "XN") if PARKS[p].kind == "KCN" else ("A", "B", "C", "L")
        return ("park", p, letters[rng.randrange(len(letters))], rng.randint(1, 40))

    def site_town(self, bk_share: float = 0.15) -> tuple:
        rng = self.rng
        while True:
            t = rng.randrange(len(TOWNS))
            if (TOWNS[t].prov == BK) == (rng.random() < bk_share):
                break
        town = TOWNS[t]
        street = town.streets[rng.randrange(len(town.streets))]
        return ("town", t, street, rng.randint(1, 450), rng.randint(1, 25))

    def site_out(self) -> tuple:
        rng = self.rng
        return ("out", rng.randrange(len(OUTS)), ("CN", "A", "B", "C")[rng.randrange(4)], rng.randint(1, 60))

    def finish(self, e: dict, accountant_p: float, landline_p: float, mobiles: int) -> dict:
        """Tax code, phones, e-mail and location tags from the site."""
        rng = self.rng
        site = e["site"]
        if site[0] == "out":
            o = OUTS[site[1]]
            prefix, area = o.prefix, o.area
            e["tags"].append("out_of_province")
        else:
            prov = PARKS[site[1]].prov if site[0] == "park" else TOWNS[site[1]].prov
            if e["old_site"] is not None and e["old_site"][0] == "park":
                prov = PARKS[e["old_site"][1]].prov  # registered where it started
            prefix, area = ("47", "0209") if prov == BK else ("46", "0208")
            if prov == BK:
                e["tags"].append("bac_kan")
        if e["sub"] == "hkd":
            prefix = ("80", "81", "83", "84")[rng.randrange(4)]
        if e["parent"] is None:
            e["tax"] = self.tax(prefix)
        cur_area = area
        if site[0] == "park":
            cur_area = "0209" if PARKS[site[1]].prov == BK else "0208"
        elif site[0] == "town":
            cur_area = "0209" if TOWNS[site[1]].prov == BK else "0208"
        e["land"] = self.landline(cur_area) if rng.random() < landline_p else ""
        e["mob"] = [self.mobile() for _ in range(mobiles)]
        e["acct"] = self.accountant() if rng.random() < accountant_p else ""
        e["reg"] = e["acct"] or e["land"] or e["mob"][0]
        e["hotlines"] = self.hotline
        b = e.get("brand_plain") or "congty"
        local = unaccent(b).lower().replace(" ", "").replace("-", "")
        r = rng.random()
        if r < 0.35:
            e["email"] = f"{local}{rng.randint(68, 99)}@gmail.com"
        elif r < 0.55:
            e["email"] = f"ketoan.{local}@gmail.com"
        elif r < 0.75:
            e["email"] = f"sales@{local}.com.vn"
        elif r < 0.9:
            e["email"] = f"{local}.tn@{('yahoo.com', 'gmail.com', 'naver.com')[rng.randrange(3)]}"
        else:
            e["email"] = f"info@{local}vina.com"
        return e

    def legal_forms(self, e: dict, forms) -> None:
        rng = self.rng
        fv = {}
        for f in forms:
            if f in fv:
                continue
            r = rng.random()
            for text, cum in _FORM_LEGAL[f]:
                if r < cum:
                    fv[f] = text
                    break
        e["fv"] = fv

    def kr(self, site=None) -> dict:
        rng = self.rng
        e = self._new("kr")
        ind = rng.randrange(len(_KR_IND))
        brand = self.brand_kr(ind)
        form = "tnhh" if rng.random() < 0.93 else "cp"
        e["cur"] = (form, brand, ind)
        r = rng.random()
        e["suffix"] = "Vina" if r < 0.55 else "Việt Nam" if r < 0.9 else "VN" if r < 0.95 else ""
        e["suffix_en"] = {"Vina": "VINA", "Việt Nam": "VIETNAM", "VN": "VN", "": ""}[e["suffix"]]
        e["translated"] = rng.random() < 0.15
        if e["translated"] and not e["suffix_en"]:
            e["suffix_en"] = "VINA"
        e["brand_plain"] = _kr_text(brand)
        e["site"] = site or self.site_park(_FOREIGN_PARKS)
        self._changes(e, ("renamed", "moved"))
        self.legal_forms(e, (form, (e["old"] or e["cur"])[0]))
        return self.finish(e, 0.05, 0.9, 1 + (rng.random() < 0.5))

    def fdi(self) -> dict:
        rng = self.rng
        e = self._new("fdi")
        ind = rng.randrange(len(_KR_IND))
        brand = self.brand_fdi(ind)
        e["cur"] = ("tnhh", brand, ind)
        e["suffix"] = "Việt Nam" if rng.random() < 0.7 else "(Việt Nam)"
        e["suffix_en"] = "VIETNAM" if rng.random() < 0.7 else "(VIETNAM)"
        e["translated"] = rng.random() < 0.3
        e["brand_plain"] = brand
        e["site"] = self.site_park(_FOREIGN_PARKS)
        self._changes(e, ("moved",))
        self.legal_forms(e, ("tnhh",))
        return self.finish(e, 0.05, 0.9, 1 + (rng.random() < 0.4))

    def vn(self, site=None) -> dict:
        rng = self.rng
        e = self._new("vn")
        ind = rng.randrange(len(_VN_IND))
        brand = self.brand_vn(ind)
        r = rng.random()
        form = "tnhh" if r < 0.5 else "mtv" if r < 0.72 else "cp"
        e["cur"] = (form, brand, ind)
        e["brand_plain"] = brand
        if site is None:
            site = self.site_park(_VN_PARKS) if rng.random() < 0.6 else self.site_town()
        e["site"] = site
        self._changes(e, ("renamed", "converted", "moved"))
        self.legal_forms(e, (form, (e["old"] or e["cur"])[0]))
        return self.finish(e, 0.25, 0.7, 1 + (rng.random() < 0.3))

    def small(self) -> dict:
        rng = self.rng
        e = self._new("small")
        r = rng.random()
        sub = "hkd" if r < 0.55 else "dntn" if r < 0.85 else "htx"
        e["sub"] = sub
        act = rng.randrange(len(_SMALL_ACT))
        e["site"] = self.site_park(_CCN) if rng.random() < 0.25 else self.site_town(0.2)
        e["owner"] = f"{rng.choice(_SURN)} {rng.choice(_MID)} {rng.choice(_GIVEN)}"
        if sub == "htx":
            unit = (PARKS[e["site"][1]] if e["site"][0] == "park" else TOWNS[e["site"][1]]).new_unit
            brand = unit[1]
        elif sub == "hkd":  # short, common, not unique
            brand = f"{_VN_SYL[rng.randrange(24)]} {_VN_SYL[rng.randrange(24)]}"
        else:
            brand = self.brand_vn(-1 - act)
        e["cur"] = (sub, brand, act)
        e["with_act"] = sub != "dntn" or rng.random() < 0.4
        e["brand_plain"] = brand
        self._changes(e, ("renamed",) if sub == "dntn" else ())
        self.legal_forms(e, (sub,))
        return self.finish(e, 0.35, 0.25 if sub == "hkd" else 0.5, 1)

    def out(self) -> dict:
        e = self.kr(site=self.site_out()) if self.rng.random() < 0.5 else self.vn(site=self.site_out())
        e["loc_out"] = True
        return e

    def _changes(self, e: dict, allowed) -> None:
        rng = self.rng
        form, brand, ind = e["cur"]
        old = None
        if "renamed" in allowed and rng.random() < 0.05:
            if e["kind"] == "kr":
                nb = self.brand_kr(ind) if rng.random() < 0.5 else brand
                oi = rng.randrange(len(_KR_IND)) if nb is brand else ind
                old = (form, nb, oi)
            else:
                oi = rng.randrange(len(_VN_IND)) if e["kind"] == "vn" and rng.random() < 0.4 else ind
                old = (form, self.brand_vn(oi), oi)
            e["tags"].append("renamed")
        if "converted" in allowed and form == "cp" and rng.random() < 0.12:
            old = ("tnhh" if rng.random() < 0.6 else "mtv",) + (old or e["cur"])[1:]
            e["tags"].append("converted")
        e["old"] = old
        if "moved" in allowed and e["site"][0] == "park" and rng.random() < 0.04:
            e["old_site"] = e["site"]
            e["site"] = self.site_park(_FOREIGN_PARKS if e["kind"] in ("kr", "fdi") else _VN_PARKS,
                                       avoid=e["site"][1])
            e["tags"].append("moved_park")

    def twin(self, a: dict) -> dict:
        """Different enterprise, same name core, other park."""
        rng = self.rng
        b = dict(a)
        self.count += 1
        b["id"] = f"E{self.count:07d}"
        b["tags"] = [t for t in a["tags"] if t not in ("renamed", "converted", "moved_park", "bac_kan")]
        b["old"] = None
        b["old_site"] = None
        b["site"] = self.site_park(_FOREIGN_PARKS if a["kind"] == "kr" else _VN_PARKS, avoid=a["site"][1])
        form, brand, ind = a["cur"]
        if a["kind"] == "kr":
            b["suffix"] = "Việt Nam" if a["suffix"] != "Việt Nam" else "Vina"
            b["suffix_en"] = "VIETNAM" if b["suffix"] == "Việt Nam" else "VINA"
        elif rng.random() < 0.75:
            form = {"tnhh": "cp", "mtv": "cp", "cp": "tnhh"}[form]
        else:
            b["vsuffix"] = " " + ("Thái Nguyên", "Phổ Yên", "Việt Nam")[rng.randrange(3)]
        b["cur"] = (form, brand, ind)
        self.legal_forms(b, (form,))
        for x in (a, b):
            x["tags"].append("same_name_diff_park")
        return self.finish(b, 0.2, 0.8, 1)

    def branches(self, parent: dict) -> list[dict]:
        rng = self.rng
        out = []
        start = rng.randint(1, 9)
        for i in range(1 if rng.random() < 0.8 else 2):
            b = self._new(parent["kind"])
            b["parent"] = parent
            b["tax"] = f"{parent['tax']}-{start + i:03d}"
            b["site"] = self.site_park(_FOREIGN_PARKS if parent["kind"] == "kr" else _VN_PARKS,
                                       avoid=parent["site"][1] if parent["site"][0] == "park" else -1)
            park = PARKS[b["site"][1]]
            b["bplace"] = park.district if rng.random() < 0.5 else park.prov
            b["cur"] = parent["cur"]
            b["brand_plain"] = parent["brand_plain"]
            b["tags"].append("branch")
            out.append(self.finish(b, 0.05, 0.7, 1))
        parent["tags"].append("parent_of_branch")
        return out


def _kr_text(brand: tuple, rng: random.Random | None = None, vary: float = 0.0) -> str:
    syl, rom, join = brand
    parts = []
    for s, r in zip(syl, rom, strict=True):
        variants = _KR_SYL[s][1]
        if vary and len(variants) > 1 and rng.random() < vary:
            r = (r + 1 + rng.randrange(len(variants) - 1)) % len(variants)
        parts.append(variants[r])
    if join == 0:
        return parts[0] + "".join(p.lower() for p in parts[1:])
    return " ".join(parts)


def _kr_hangul(brand: tuple) -> str:
    return "".join(_KR_SYL[s][0] for s in brand[0])


# ---------------------------------------------------------------------------------------------- rendering
def _brand_of(e: dict, st: tuple, rng, tags, vary: float = 0.0) -> str:
    brand = st[1]
    if e["kind"] == "kr":
        t = _kr_text(brand, rng, vary)
        if vary and t != _kr_text(brand):
            if t.replace(" ", "").lower() != _kr_text(brand).replace(" ", "").lower():
                tags.append("romanisation")
        return t
    return brand


def _vi_core(e: dict, st: tuple, rng, tags, vary: float = 0.0) -> str:
    form, brand, ind = st
    kind = e["kind"]
    if kind in ("kr", "fdi"):
        b = _brand_of(e, st, rng, tags, vary)
        if e["translated"]:
            tags.append("kr_translated")
            return f"{_KR_IND[ind][1]} {b} {'Việt Nam' if kind == 'kr' else '(Việt Nam)'}"
        return f"{b} {_KR_IND[ind][0]} {e['suffix']}".rstrip()
    if kind == "vn":
        return f"{_VN_IND[ind][0]} {brand}{e['vsuffix']}"
    if e["sub"] == "dntn" and not e["with_act"]:
        return brand
    return f"{_SMALL_ACT[ind][0]} {brand}"


def _en_core(e: dict, st: tuple, rng, tags, vary: float = 0.0) -> str:
    form, brand, ind = st
    kind = e["kind"]
    if kind in ("kr", "fdi"):
        b = _brand_of(e, st, rng, tags, vary)
        suf = e["suffix_en"]
        if vary and rng.random() < 0.3:
            alt = ("VINA", "VIETNAM", "VN", "VIET NAM") if kind == "kr" else ("VIETNAM", "(VIETNAM)", "VN")
            s2 = alt[rng.randrange(len(alt))]
            if s2 != suf:
                tags.append("suffix_variant")
                suf = s2
        return f"{b} {_KR_IND[ind][0]} {suf}".rstrip()
    if kind == "vn":
        return f"{unaccent(brand)} {_VN_IND[ind][1]}{unaccent(e['vsuffix'])}"
    return f"{unaccent(brand)} {_SMALL_ACT[ind][1]}"


def _name(e: dict, st: tuple, style: str, rng, tags) -> str:
    """style: legal | loose | short | en | ko | brand"""
    p = e["parent"]
    if p is not None:
        base = _name(p, p["cur"], style, rng, tags)
        place = e["bplace"]
        r = rng.random()
        if style == "legal":
            return f"Chi nhánh {base} tại {place}"
        if style == "short":  # fixed-width lists: the branch marker goes first so truncation keeps it
            return f"CN {base} tại {place}" if r < 0.5 else f"Chi nhánh {base} tại {place}"
        if style == "loose":
            if r < 0.4:
                return f"Chi nhánh {base} tại {place}"
            if r < 0.7:
                return f"{base} - Chi nhánh {place}"
            return f"CN {base} tại {place}" if r < 0.85 else f"Chi nhánh {place} - {base}"
        if style == "en":
            pe = unaccent(place)
            if r < 0.5:
                return f"{base} - {pe} Branch"
            return f"{base} ({pe} Branch)" if r < 0.8 else f"{pe} Branch of {base}"
        if style == "ko":
            return f"{base} {_PLACE_KO.get(place, '타이응우옌')} 지점" if r < 0.7 else f"{base} 지점"
        return f"{base} chi nhánh {place.lower()}" if r < 0.5 else f"{base} cn {place.lower()}"
    form = st[0]
    if style == "legal":
        return f"{e['fv'].get(form) or _FORM_LEGAL[form][0][0]} {_vi_core(e, st, rng, tags)}"
    if style in ("loose", "short"):
        core = _vi_core(e, st, rng, tags, 0.1)
        if e["sub"] == "hkd" and rng.random() < 0.3:
            return core if rng.random() < 0.5 else f"Cơ sở {core}"
        if style == "short":
            return f"{_FORM_SHORT[form]} {core}"
        fv = _FORM_VI[form]
        return f"{fv[rng.randrange(len(fv))]} {core}"
    if style == "en":
        core = _en_core(e, st, rng, tags, 0.35)
        fe = _FORM_EN[form]
        return f"{core} {fe[rng.randrange(len(fe))]}"
    if style == "ko":
        tags.append("hangul")
        ind = st[2]
        core = _kr_hangul(st[1]) + _KR_IND[ind][2]
        suf = "비나" if e["suffix"] in ("Vina", "VN", "") else "베트남"
        r = rng.random()
        if r < 0.35:
            return f"(주){core} {suf}"
        if r < 0.55:
            return f"{core}{suf}(주)"
        if r < 0.7:
            return f"주식회사 {core}{suf}"
        if r < 0.85:
            return f"{core} {e['suffix_en'] or 'VINA'}"
        return f"(유){core}{suf}"
    # brand only
    tags.append("brand_only")
    if e["kind"] == "kr":
        r = rng.random()
        if r < 0.08:
            return _kr_hangul(st[1])
        b = _brand_of(e, st, rng, tags, 0.3).lower()
        return b + " vina" if r < 0.35 else b
    if e["kind"] == "fdi":
        return st[1].lower()
    b = st[1].lower()
    return "cty " + b if e["kind"] == "vn" and rng.random() < 0.25 else b


def _lot(site: tuple, rng, canonical: bool = False) -> str:
    letter, num = site[2], site[3]
    if canonical:
        return f"{letter}-{num:02d}"
    r = rng.randrange(4)
    return (f"{letter}-{num:02d}", f"{letter}{num}", f"{letter} {num:02d}", f"{letter}-{num}")[r]


def _addr(e: dict, site: tuple, style: str, rng, tags) -> str:
    """style: new | old | en | ko | park | caps | trunc | form | commune"""
    kind = site[0]
    if kind == "out":
        o = OUTS[site[1]]
        lot = _lot(site, rng)
        if style == "form":
            return o.prov.lower()
        if style in ("new", "park", "commune") or (style in ("en", "ko") and rng.random() < 0.2):
            if style in ("en", "ko"):
                return (f"Lot {lot}, {unaccent(o.park[4:])} Industrial Park, {_unit_en(o.new_unit)}, "
                        f"{unaccent(o.new_prov)}")
            return f"Lô {lot}, {o.park}, {o.new_unit[0]} {o.new_unit[1]}, {_prov_vi(o.new_prov)}"
        tags.append("old_admin")
        if style in ("en", "ko"):
            return (f"Lot {lot}, {unaccent(o.park[4:])} Industrial Park, {_unit_en(o.district)}, "
                    f"{unaccent(o.prov)}")
        if style == "caps":
            return unaccent(f"LO {lot}, {o.park}, {_ABBR[o.district[0]]} {o.district[1]}, {o.prov}").upper()
        return f"Lô {lot}, {o.park}, {o.district[0]} {o.district[1]}, {_prov_vi(o.prov)}"
    if kind == "park":
        p = PARKS[site[1]]
        full = "Khu công nghiệp" if p.kind == "KCN" else "Cụm công nghiệp"
        if style == "new":
            lot = _lot(site, rng, True)
            pk = f"{full} {p.name}" if rng.random() < 0.4 else f"{p.kind} {p.name}"
            return f"Lô {lot}, {pk}, {p.new_unit[0]} {p.new_unit[1]}, tỉnh Thái Nguyên"
        if style in ("old", "caps", "trunc"):
            dt = p.dtypes[rng.randrange(len(p.dtypes))]
            tags.append("old_admin")
            if style == "old":
                return (f"Lô {_lot(site, rng, True)}, {p.kind} {p.name}, {p.old_unit[0]} {p.old_unit[1]}, "
                        f"{dt} {p.district}, tỉnh {p.prov}")
            if style == "trunc":
                return (f"Lô {_lot(site, rng)}, {p.kind} {p.name}, {_ABBR[p.old_unit[0]]} {p.old_unit[1]}, "
                        f"{_ABBR[dt]} {p.district}, {p.prov}")
            s = (f"LO {_lot(site, rng)} {p.kind} {p.name}, {_ABBR[p.old_unit[0]]} {p.old_unit[1]}, "
                 f"{_ABBR[dt]} {p.district}, {p.prov}")
            return unaccent(s).upper()
        if style == "en":
            lot = _lot(site, rng)
            pt = ("IC", "IP", "Industrial Park", "Industrial Complex")[rng.randrange(4)] if p.kind == "KCN" \
                else "Industrial Cluster"
            if rng.random() < 0.8:
                tags.append("old_admin")
                dt = p.dtypes[rng.randrange(len(p.dtypes))]
                dist = f"{unaccent(p.district)} {_EN_T[dt]}"
                return f"Lot {lot}, {unaccent(p.name)} {pt}, {dist}, {unaccent(p.prov)}"
            new = _unit_en(p.new_unit)
            return f"Lot {lot}, {unaccent(p.name)} {pt}, {new}, Thai Nguyen Province, Vietnam"
        if style == "ko":
            tags.append("old_admin" if p.prov == BK else "hangul")
            return f"베트남 {_KO_PROV[p.prov]} {p.ko} 공단 {_lot(site, rng)}"
        if style == "park":
            lot = _lot(site, rng)
            r = rng.random()
            if r < 0.4:
                return f"Lô {lot}, {p.kind} {p.abbr}"
            if r < 0.75:
                return f"Lô {lot} - {p.kind} {p.name}"
            kind_en = "Industrial Park" if p.kind == "KCN" else "Industrial Cluster"
            return f"{lot}, {unaccent(p.name)} {kind_en}"
        if style == "form":
            r = rng.random()
            if r < 0.35:
                return f"{p.kind.lower()} {p.name.lower()}"
            if r < 0.6:
                return f"{p.name.lower()}, {p.district.lower()}"
            if r < 0.8:
                return f"{p.kind.lower()} {p.abbr.lower()}"
            return f"{p.new_unit[1].lower()}, thái nguyên"
        # commune
        return f"Lô {_lot(site, rng)}, {p.kind} {p.name}, {p.new_unit[0]} {p.new_unit[1]}"
    t = TOWNS[site[1]]
    street, house, grp = site[2], site[3], site[4]
    loc = street if street.startswith(("xóm", "tổ")) else f"Số {house}, {street}"
    if style in ("new", "park"):
        return f"{loc}, {t.new_unit[0]} {t.new_unit[1]}, tỉnh Thái Nguyên"
    if style == "commune":
        return f"{loc}, {t.new_unit[0]} {t.new_unit[1]}" if rng.random() < 0.6 else f"Tổ {grp}, {loc}"
    dt = t.dtypes[rng.randrange(len(t.dtypes))]
    if style in ("old", "caps", "trunc"):
        tags.append("old_admin")
        if style == "old":
            return f"{loc}, {t.old_unit[0]} {t.old_unit[1]}, {dt} {t.district}, tỉnh {t.prov}"
        s = f"{loc}, {_ABBR[t.old_unit[0]]} {t.old_unit[1]}, {_ABBR[dt]} {t.district}, {t.prov}"
        return unaccent(s).upper() if style == "caps" else s
    if style in ("en", "ko"):
        tags.append("old_admin")
        hn = "" if street.startswith(("xóm", "tổ")) else f"No. {house}, "
        return f"{hn}{_street_en(street)}, {_unit_en(t.old_unit)}, {unaccent(t.district)} {_EN_T[dt]}, " \
               f"{unaccent(t.prov)}"
    # form
    r = rng.random()
    if r < 0.4:
        return f"{street.lower()}, {t.new_unit[1].lower()}"
    if r < 0.7:
        return t.district.lower()
    tags.append("old_admin")
    return f"{t.old_unit[1].lower()} {t.district.lower()}"


def _tax_text(code: str, mode: str, rng, tags) -> str:
    if mode == "plain" or not code:
        return code
    tags.append("tax_" + mode)
    if mode == "spaced":
        s = f"{code[:4]} {code[4:7]} {code[7:10]}"
        return s + code[10:].replace("-", " - ") if len(code) > 10 else s
    if mode == "prefixed":
        pre = ("MST: ", "MST ", "MST:", "Mã số thuế: ", "Tax code: ")[rng.randrange(5)]
        return pre + code
    if mode == "excel":
        return f"{int(code):.5E}"
    if mode == "lead_zero":
        return code[1:]
    # typo: change one digit of the 10-digit part (always breaks the check digit)
    i = rng.randrange(10)
    d = ord(code[i]) - 48
    nd = (d + rng.randint(1, 9)) % 10
    return code[:i] + chr(48 + nd) + code[i + 1:]


def _tax_mode(code: str, src: int, rng) -> str:
    r = rng.random()
    branch = "-" in code
    if src == _TAX:
        return "plain"
    if src == _KRV:
        if code[0] == "0" and not branch and r < 0.6:
            return "lead_zero"
        if r < 0.12:
            return "missing"
        return "excel" if r < 0.16 and not branch else "spaced" if r < 0.2 else "plain"
    if src == _PARK:
        return "missing" if r < 0.18 else "spaced" if r < 0.25 else "plain"
    if src == _CNHT:
        if r < 0.08:
            return "missing"
        if r < 0.36:
            return "prefixed"
        if r < 0.5:
            return "spaced"
        return "typo" if r < 0.57 else "plain"
    if src == _BHXH:
        if code[0] == "0" and not branch and r < 0.7:
            return "lead_zero"
        return "excel" if r < 0.35 and not branch else "missing" if r < 0.42 else "plain"
    if src == _FORM:
        return "missing" if r < 0.65 else "typo" if r < 0.7 else "spaced" if r < 0.75 else "plain"
    return "missing" if r < 0.45 else "plain"


def _phone(e: dict, src: int, site: tuple, rng, tags) -> str:
    r = rng.random()
    mob = e["mob"]
    styles = _PSTYLE[src]
    old_ok = src in (_CNHT, _KRV, _FORM)
    if src == _TAX:
        if r < 0.12:
            return ""
        num = e["reg"]
    elif src == _KRV:
        if r < 0.1:
            return ""
        num = e["land"] if e["land"] and r < 0.7 else mob[0]
    elif src == _PARK:
        if site[0] == "park" and r < 0.25:
            tags.append("shared_phone_park")
            return _fmt_phone(e["hotlines"][site[1]], styles[rng.randrange(len(styles))])
        if r < 0.4:
            return ""
        num = e["land"] or mob[0]
    elif src == _CNHT:
        if r < 0.08:
            return ""
        num = e["land"] if e["land"] and r < 0.3 else mob[-1]
    elif src == _BHXH:
        if r < 0.1:
            return ""
        num = e["reg"] if r < 0.8 else (e["land"] or mob[0])
    elif src == _FORM:
        if r < 0.08:
            tags.append("email_in_phone")
            return e["email"]
        if r < 0.15:
            return ""
        num = mob[-1]
    else:
        if r < 0.12:
            return ""
        num = mob[0]
    if num == e["acct"]:
        tags.append("shared_phone_accountant")
    if old_ok and rng.random() < 0.3:
        if num[:3] in _MOB_OLD:
            num = _MOB_OLD[num[:3]] + num[3:]
            tags.append("phone_old_mobile")
        elif num[:4] in _AREA_OLD:
            num = _AREA_OLD[num[:4]] + num[4:]
            tags.append("phone_old_area")
    text = _fmt_phone(num, styles[rng.randrange(len(styles))])
    if src in (_TAX, _KRV, _PARK) and e["land"] and num == e["land"] and rng.random() < 0.08:
        sep = (" / ", "; ", " - ")[rng.randrange(3)]
        text += sep + _fmt_phone(mob[0], styles[rng.randrange(len(styles))])
        tags.append("phone_multi")
    return text


def _render(e: dict, src: int, stale: bool, rng: random.Random) -> tuple:
    tags = ["src:" + SOURCES[src]]
    tags.extend(e["tags"])
    st = e["cur"]
    if stale and e["old"] is not None:
        st = e["old"]
        if st[1] != e["cur"][1] or st[2] != e["cur"][2]:
            tags.append("old_name")
        if st[0] != e["cur"][0]:
            tags.append("old_form")
    site = e["site"]
    if stale and e["old_site"] is not None:
        site = e["old_site"]
        tags.append("old_site")
    kind = e["kind"]
    r = rng.random()
    code = e["tax"]
    if src == _TAX:
        name = _name(e, st, "legal", rng, tags).upper()
        addr = _addr(e, site, "new" if r < 0.9 else "old", rng, tags)
    elif src == _KRV:
        if kind == "kr" and r < 0.35:
            name = _name(e, st, "ko", rng, tags)
        elif kind in ("kr", "fdi") or r < 0.6:
            name = _name(e, st, "en", rng, tags)
            name = name.upper() if rng.random() < 0.7 else name
        else:
            name = unaccent(_name(e, st, "loose", rng, tags)).upper()
        if rng.random() < 0.15:
            vc = f"{'VS'[rng.randrange(2)]}{rng.randrange(100000):05d}"
            name = f"{name} ({vc})" if rng.random() < 0.6 else f"[{vc}] {name}"
            tags.append("vendor_code")
        ar = rng.random()
        astyle = "ko" if kind == "kr" and site[0] == "park" and ar < 0.06 else "en" if ar < 0.85 else "new"
        addr = _addr(e, site, astyle, rng, tags)
    elif src == _PARK:
        name = _name(e, st, "en" if kind in ("kr", "fdi") and r < 0.45 else "loose", rng, tags)
        if rng.random() < 0.2:
            name = name.upper()
        elif rng.random() < 0.1:
            name = _old_tone(name)
        addr = _addr(e, site, "park", rng, tags)
    elif src == _CNHT:
        name = unaccent(_name(e, st, "en" if kind in ("kr", "fdi") and r < 0.3 else "loose", rng, tags))
        if rng.random() < 0.75:
            name = name.upper()
        if rng.random() < 0.12:
            name = _typo(name, rng)
            tags.append("typo")
        addr = _addr(e, site, "caps" if rng.random() < 0.85 else "new", rng, tags)
        if rng.random() < 0.1:
            addr = _typo(addr, rng)
            if "typo" not in tags:
                tags.append("typo")
        if rng.random() < 0.7:
            addr = unaccent(addr)
    elif src == _BHXH:
        name = _name(e, st, "short", rng, tags).upper()
        if len(name) > 40:
            name = name[:40].rstrip()
            tags.append("truncated")
        addr = _addr(e, site, "trunc" if r < 0.5 else "new", rng, tags)
        if len(addr) > 60:
            addr = addr[:60].rstrip(" ,")
            if "truncated" not in tags:
                tags.append("truncated")
    elif src == _FORM:
        if r < 0.55:
            name = _name(e, st, "brand", rng, tags)
        elif r < 0.8:
            name = _name(e, st, "loose", rng, tags).lower()
        elif r < 0.9:
            name = _name(e, st, "en", rng, tags).lower()
        else:
            name = unaccent(_name(e, st, "brand", rng, tags))
        ar = rng.random()
        if ar < 0.25:
            addr = ""
        elif ar < 0.3:
            addr = e["email"]
            tags.append("email_in_address")
        else:
            addr = _addr(e, site, "form", rng, tags)
    else:
        if e["sub"] == "hkd":
            if r < 0.35:
                name = e["owner"]
            elif r < 0.6:
                name = f"HKD {e['owner']}"
            elif r < 0.8:
                name = f"{e['owner']} ({_vi_core(e, st, rng, tags)})"
            else:
                name = _name(e, st, "loose", rng, tags)
        else:
            name = _name(e, st, "loose", rng, tags)
        if rng.random() < 0.1:
            name = _old_tone(name)
        addr = _addr(e, site, "commune" if rng.random() < 0.75 else "old", rng, tags)
    # tax code
    if src in (_PARK, _KRV) and e["parent"] is not None and rng.random() < (0.4 if src == _PARK else 0.2):
        code = code[:10]
    mode = _tax_mode(code, src, rng)
    if e["parent"] is not None and len(code) == 10 and mode != "missing":
        tags.append("branch_parent_code")
    if mode == "missing":
        tags.append("tax_missing")
        tax = ""
    else:
        tax = _tax_text(code, mode, rng, tags)
    if src == _FORM and not tax and rng.random() < 0.06:
        tax = e["email"]
        tags.append("email_in_tax")
    phone = _phone(e, src, site, rng, tags)
    if src == _FORM and not (phone or addr or tax):  # a sign-up always leaves some contact
        phone = _fmt_phone(e["mob"][-1], 0)
    return name, tax, addr, phone, tags


def _pick_sources(e: dict, k: int, rng: random.Random) -> list[int]:
    if e["parent"] is not None:
        w = list(_SRC_W["branch"])
    elif e.get("loc_out"):
        w = list(_SRC_W["out"])
    else:
        w = list(_SRC_W[e["kind"]])
    if e["site"][0] != "park" and (e["old_site"] is None):
        w[_PARK] = 0
    if e["site"][0] != "town":
        w[_XA] *= 0.3
    caps = {_TAX: 1, _PARK: 2 if e["old_site"] is not None else 1, _XA: 1}
    used = Counter()
    out = []
    idx = range(7)
    for _ in range(k):
        s = rng.choices(idx, w)[0]
        out.append(s)
        used[s] += 1
        if s in caps and used[s] >= caps[s]:
            w[s] = 0
    return out


def _emit(e: dict, k: int, rng: random.Random, sink: list) -> None:
    srcs = _pick_sources(e, k, rng)
    changed = e["old"] is not None or e["old_site"] is not None
    stale = [changed and rng.random() < _STALE[s] for s in srcs]
    if changed and k >= 2 and len(set(stale)) == 1:
        j = next((i for i, s in enumerate(srcs) if s != _TAX), k - 1)
        stale[j] = not stale[j]
    if e["old_site"] is not None and srcs.count(_PARK) == 2:  # old and new park board list
        ps = [i for i, s in enumerate(srcs) if s == _PARK]
        stale[ps[0]], stale[ps[1]] = True, False
    truth = e["id"]
    for s, old in zip(srcs, stale, strict=True):
        name, tax, addr, phone, tags = _render(e, s, old, rng)
        sink.append((s, name, tax, addr, phone, truth, tuple(dict.fromkeys(tags))))


def _size(e: dict, rng: random.Random) -> int:
    if e["parent"] is not None:
        key = "branch"
    elif e.get("loc_out"):
        key = "out"
    else:
        key = e["kind"]
    cum = _SIZE_CUM[key]
    return rng.choices(_SIZES[:len(cum)], cum_weights=cum)[0]


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """``n`` records and one tag tuple per record (first tag ``src:NAME``)."""
    rng = random.Random(seed)
    ctx = _Ctx(rng)
    rows: list[tuple] = []
    while len(rows) < n:
        r = rng.random()
        if r < 0.22:
            group = [ctx.kr()]
        elif r < 0.28:
            group = [ctx.fdi()]
        elif r < 0.64:
            group = [ctx.vn()]
        elif r < 0.93:
            group = [ctx.small()]
        else:
            group = [ctx.out()]
        g = group[0]
        r2 = rng.random()
        if g["kind"] in ("kr", "vn") and g["site"][0] == "park" and g["old_site"] is None and r2 < 0.03:
            group.append(ctx.twin(g))
        elif g["kind"] in ("kr", "vn") and g["old"] is None and r2 > 0.95:
            group.extend(ctx.branches(g))
        for e in group:
            k = min(_size(e, rng), n - len(rows))
            if k <= 0:
                break
            _emit(e, k, rng, rows)
    rng.shuffle(rows)
    counters = dict.fromkeys(range(7), 0)
    recs, tags = [], []
    nfc = unicodedata.normalize
    for s, name, tax, addr, phone, truth, tg in rows:
        counters[s] += 1
        recs.append({"id": f"{_SRC_CODE[SOURCES[s]]}-{counters[s]:07d}", "name": nfc("NFC", name),
                     "tax_code": tax, "address": nfc("NFC", addr), "phone": phone, "truth": truth})
        tags.append(tg)
    return recs, tags


def records(n: int, seed: int = 0) -> list[dict]:
    """``n`` shuffled records with keys id, name, tax_code, address, phone, truth."""
    return labelled(n, seed)[0]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 1000
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    sizes = Counter(Counter(r["truth"] for r in recs).values())
    ents = sum(sizes.values())
    single = sizes.get(1, 0)
    print(f"{n} records, {ents} entities, {single / max(n, 1):.1%} singleton records, {dt:.2f}s")
    print("cluster sizes:", dict(sorted(sizes.items())))
    print("sources:", dict(Counter(t[0] for t in tags).most_common()))
    print("tags:", dict(Counter(x for t in tags for x in t[1:]).most_common()))
    for r, t in list(zip(recs, tags, strict=True))[:12]:
        print(r["id"], "|", r["name"], "|", r["tax_code"], "|", r["address"], "|", r["phone"], "|",
              r["truth"], "|", ",".join(t))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
