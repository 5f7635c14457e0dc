"""ALL DATA IS SYNTHETIC. Held-out entity-resolution records for the new Hồ Chí Minh City.

Scenario. On 1 July 2025 old Hồ Chí Minh City, Bình Dương and Bà Rịa–Vũng Tàu merged into one city and the
district level disappeared. The city's Department of Industry and Trade (Sở Công Thương) merges lists of
supporting-industry (CNHT) suppliers - mechanical, moulds, plastics, packaging, electronics, wire, garment and
footwear accessories - drawn from six sources, each with its own habits:

  - customs import/export declarations (id prefix HQ): upper-case unaccented Vietnamese names or the English
    name, importer addresses in English, clean 10/13-digit codes (13 without the dash), +84 landlines;
  - EVN power-customer lists of industrial parks (EVN): names cut at a fixed 40-character width, upper case,
    sometimes the account holder's name with the firm's, consumption-point addresses from old contracts, mobiles;
  - social-insurance employer lists (BHXH): registered names, Excel tax codes (lost leading zero, scientific
    notation), landlines or the accounting-service phone that files the declarations;
  - trade-fair exhibitor catalogues (HCH): bilingual or brand-only names, hangul/kanji/hanzi next to Latin,
    short addresses, booth contact mobiles;
  - bank / credit-guarantee-fund lists (NH): upper-case names, "MST:" and dotted codes, head-office addresses;
  - Zalo / Google-Form sign-ups (ZL): free typing, lower case, lost diacritics, typos, several phones in a cell.

About a quarter of the firms are FDI (Korea 8 %, Japan 6 %, Taiwan 4 %, mainland China 4 %, Singapore 3 % of all
firms) named in romanisation (Revised Romanisation, Hepburn, Wade-Giles, pinyin), in English, with Sino-Vietnamese
(Hán-Việt) registered names for Chinese-speaking investors, and in ~2 % of their records only in their own script.
Addresses come from three eras: before July 2025 (ward, district, old province), after (ward + "TP. Hồ Chí Minh"),
and mixed (new ward with the old province "Bình Dương" / "Bà Rịa - Vũng Tàu" still written). Real industrial parks
(VSIP I/II/II-A/III, Mỹ Phước, Sóng Thần, Đồng An, Việt Hương, Nam Tân Uyên, Bàu Bàng, Tân Tạo, Tân Bình, Vĩnh Lộc,
Hiệp Phước, Lê Minh Xuân, Cát Lái, Tây Bắc Củ Chi, Tân Thuận and Linh Trung EPZs, the Hi-Tech Park, Phú Mỹ I/II,
Mỹ Xuân, Cái Mép, Đông Xuyên, Châu Đức) are written as KCN, Khu công nghiệp, IP, Industrial Park, I.Z., EPZ, KCX.

Sources of invention. Firm names come from syllable tables (Vietnamese, Korean, Japanese, Chinese, English) and
are unique per old province, as the business register requires, so distinct names grow with n. Tax codes are
random 10-digit codes with the province prefix (03 HCMC, 37 Bình Dương, 35 Bà Rịa–Vũng Tàu ...) and the real
mod-11 check digit; dependent branches have XXXXXXXXXX-00n. Phones are random numbers in real numbering plans
(028/08, 0274/0650, 0254/064; mobiles, with 11-digit pre-2018 forms). No record is a real enterprise, person or line.

Records per enterprise: 1..8, skewed (about 42 % singletons, FDI firms one more now and then), about 2.4 on
average. `truth` is the firm's id; branches are firms of their own.

Hard cases (share of enterprises, approximately; see SHARES):
  - sister firms sharing brand and premises (half share the landline) with different tax codes  ~5 %
  - same legal name in two provinces (Đồng Nai, Long An, Hà Nội ... or two old provinces)       ~2 %
  - dependent branches (own truth), 13-digit codes; 30 % of their coded records give only the
    parent's 10-digit code, some carry only the parent's name                                     ~4 %
  - namesakes differing only in legal form (TNHH / Cổ phần / DNTN)                                 ~2 %
  - renamed or converted (DNTN -> TNHH, TNHH -> Cổ phần) firms keeping their tax code; the old
    name in about 3 % of all records                                                              ~5 %
  - firms that moved (old address and landline in about 4 % of all records)                       ~6 %
  - unrelated firms sharing a ready-built factory lot (nhà xưởng xây sẵn)                          ~4 %
  - unrelated firms sharing an accounting-service phone (2-10 firms a service)                    ~4 %
Record-level hard cases: names truncated at a fixed width (40 in EVN, 50 in BHXH) or half typed ~8 %, brand-only
names ~6 %, names in hangul/kanji/hanzi only ~0.5 %, EVN account holder's name with the firm's ~1.7 %.

Noise (share of records, approximately; see NOISE): typos 5.6 %; lost diacritics 6.6 % on top of the sources
that drop them (ASCII-only names: 39 % of records, 25 % outside customs); ALL CAPS ~48 %; NFD unicode 3.6 %;
mojibake (UTF-8 read as cp1252) 1.7 %. Tax codes: empty 33 %, "MST:"-style prefix 6.4 %, dots 3.5 %, spaces
3.5 %, lost leading zero 1.8 %, Excel scientific notation ("3.70123E+09", "3,70123E+09") 2.7 %, mistyped with a
bad check digit 1.3 %. Phones: +84 forms 13 %, lost leading zero 3.5 %, pre-2018 11-digit mobiles 7.5 %, old area
codes (08, 0650, 064) 6 %, several phones in one cell 11.5 %, fax after "Tel:", contact names; empty phones 10 %,
empty addresses 6.5 %.

A truth never carries two different head-office tax codes: a renamed or converted firm keeps its code.
Usage: python bench/data/resolve/gen_south.py 20000 [seed]
"""

from __future__ import annotations

import random
import sys
import unicodedata

__all__ = ["records", "SHARES", "NOISE", "check_digit_ok"]

SHARES = {
    "sister": 0.05,
    "namesake_province": 0.02,
    "branch": 0.04,
    "namesake_form": 0.02,
    "renamed": 0.05,
    "moved": 0.06,
    "shared_lot": 0.04,
    "shared_phone": 0.04,
}
NOISE = {
    "truncated": 0.08,
    "brand_only": 0.063,
    "native_only": 0.005,
    "typo": 0.056,
    "folded": 0.066,
    "nfd": 0.036,
    "mojibake": 0.017,
    "tax_empty": 0.33,
    "tax_prefix": 0.064,
    "tax_dots": 0.035,
    "tax_spaces": 0.035,
    "tax_lost_zero": 0.018,
    "tax_scientific": 0.027,
    "tax_typo": 0.013,
    "branch_parent_code": 0.0085,
    "phone_plus84": 0.13,
    "phone_lost_zero": 0.035,
    "phone_old_mobile": 0.075,
    "phone_old_area": 0.06,
    "multi_phone": 0.115,
    "phone_empty": 0.10,
    "address_empty": 0.065,
    "old_name": 0.033,
    "old_loc": 0.044,
}

_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit_ok(code10: str) -> bool:
    """True when a 10-digit tax code carries the mod-11 check digit of Vietnamese tax codes."""
    if len(code10) != 10 or not code10.isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(code10[:9], _W, strict=True))
    c = 10 - s % 11
    return c <= 9 and int(code10[9]) == c


# ---------------------------------------------------------------- text helpers


def _fold_table() -> dict[int, str]:
    table = {}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    return table


_FOLD = _fold_table()
_MOJI: dict[int, str] = {}
for _cp in list(_FOLD) + [ord(c) for c in "ăâêôơưĂÂÊÔƠƯ"]:
    _MOJI[_cp] = chr(_cp).encode("utf-8").decode("cp1252", errors="replace")


def _fold(s: str) -> str:
    return s.translate(_FOLD)


_ABBR = (
    ("Công ty", "Cty"),
    ("Trách nhiệm hữu hạn", "TNHH"),
    ("Một thành viên", "MTV"),
    ("Cổ phần", "CP"),
    ("Doanh nghiệp tư nhân", "DNTN"),
    ("Sản xuất", "SX"),
    ("Thương mại", "TM"),
    ("Dịch vụ", "DV"),
    ("Xuất nhập khẩu", "XNK"),
    ("Kỹ thuật", "KT"),
    ("Chi nhánh", "CN"),
)


def _abbr(s: str, rng: random.Random) -> str:
    for long, short in _ABBR:
        if long in s and rng.random() < 0.6:
            s = s.replace(long, short)
    return s


_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def _typo(s: str, rng: random.Random) -> str:
    if len(s) < 6:
        return s
    i = rng.randrange(2, len(s) - 1)
    op = rng.random()
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.5:
        return s[:i] + s[i] + s[i:]
    if op < 0.75 and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + rng.choice(_KEYS) + s[i + 1 :]


# ---------------------------------------------------------------- name tables

_VN_SYL = (
    "An Bình Phúc Hưng Thành Đạt Tân Phát Thịnh Vượng Minh Quang Hòa Hiệp Lợi Nam Việt Sơn Trường Long Khang Gia "
    "Huy Hoàng Kim Ngọc Đức Tài Thuận Thiên Phú Quý Trí Tín Nghĩa Hải Đông Mỹ Lộc Toàn Thắng Hồng Nhật Phương "
    "Hạnh Vinh Khải Tiến Hữu Tường Kiệt Bảo Châu Duy Lâm Sang Uy Vạn Xuân Đại Dũng Cường Hùng Kiên Linh Mạnh "
    "Nguyên Phong Quốc Tâm Thái Thanh Thông Trung Tuấn Vĩnh Triều Hậu Hiền Lực Năng Định Chánh Nhân Khôi Thiện "
    "Ánh Dương Hiếu Đăng Khoa Lạc Sáng Thạch Trọng Tú Vân Yên Hân Quân Nhất Hoa Kỳ Anh Khánh Luân Nhơn Phước"
).split()
_VN_DESC = (
    ("Cơ khí Chính xác", "Precision Mechanical"),
    ("Cơ khí", "Mechanical"),
    ("Khuôn mẫu", "Mould"),
    ("Khuôn mẫu Chính xác", "Precision Mould"),
    ("Nhựa", "Plastic"),
    ("Bao bì", "Packaging"),
    ("Bao bì Giấy", "Paper Packaging"),
    ("Điện tử", "Electronics"),
    ("Linh kiện Điện tử", "Electronic Components"),
    ("Dây và Cáp điện", "Wire and Cable"),
    ("Xi mạ", "Plating"),
    ("Đúc", "Casting"),
    ("Sơn tĩnh điện", "Powder Coating"),
    ("Phụ liệu May", "Garment Accessories"),
    ("Nhãn mác", "Label"),
    ("Dây kéo", "Zipper"),
    ("Cao su", "Rubber"),
    ("Kỹ thuật", "Engineering"),
    ("Cơ điện", "Mechanical Electrical"),
    ("Ốc vít", "Fastener"),
    ("Lò xo", "Spring"),
    ("Bánh răng", "Gear"),
    ("Gia công Kim loại", "Metal Works"),
    ("Thép", "Steel"),
    ("Inox", "Stainless Steel"),
    ("Keo dán", "Adhesive"),
    ("Đế giày", "Shoe Sole"),
    ("Mút xốp", "Foam"),
    ("In ấn", "Printing"),
    ("Kim khí", "Hardware"),
    ("Phụ tùng Ô tô", "Auto Parts"),
    ("Công nghệ", "Technology"),
    ("Vật liệu Mới", "New Materials"),
    ("Tự động hóa", "Automation"),
    ("Thiết bị Công nghiệp", "Industrial Equipment"),
    ("Hóa chất", "Chemical"),
    ("Dệt", "Textile"),
    ("Sợi", "Yarn"),
    ("Da", "Leather"),
    ("Nhôm", "Aluminium"),
)
_VN_PRE = (
    ("Sản xuất Thương mại", "Production Trading"),
    ("Thương mại Dịch vụ", "Trading Service"),
    ("Sản xuất Thương mại Dịch vụ", "Production Trading Service"),
    ("Đầu tư", "Investment"),
    ("Xuất nhập khẩu", "Import Export"),
    ("Sản xuất", "Production"),
)
_EN_FORM = {
    "TNHH": "CO., LTD",
    "TNHH1": "ONE MEMBER CO., LTD",
    "CP": "JOINT STOCK COMPANY",
    "DNTN": "PRIVATE ENTERPRISE",
}
_EN_FORM_ALT = {"TNHH": "COMPANY LIMITED", "TNHH1": "CO., LTD", "CP": "JSC", "DNTN": "P.E."}
_VI_FORM = {
    "TNHH": ("Công ty TNHH", "Công ty Trách nhiệm hữu hạn"),
    "TNHH1": ("Công ty TNHH Một thành viên", "Công ty TNHH MTV"),
    "CP": ("Công ty Cổ phần", "Công ty CP", "CTCP"),
    "DNTN": ("Doanh nghiệp tư nhân", "DNTN"),
}

# Korean: romanisation and hangul
_KR = (
    ("Han", "한"),
    ("Il", "일"),
    ("Sam", "삼"),
    ("Jin", "진"),
    ("Dae", "대"),
    ("Woo", "우"),
    ("Sung", "성"),
    ("Hyun", "현"),
    ("Kwang", "광"),
    ("Young", "영"),
    ("Seo", "서"),
    ("Dong", "동"),
    ("Shin", "신"),
    ("Hwa", "화"),
    ("Kum", "금"),
    ("Yang", "양"),
    ("Jung", "정"),
    ("Won", "원"),
    ("Chang", "창"),
    ("Hee", "희"),
    ("Myung", "명"),
    ("Bo", "보"),
    ("Nam", "남"),
    ("Ho", "호"),
    ("Kyung", "경"),
    ("Tae", "태"),
    ("Joo", "주"),
    ("Eun", "은"),
    ("Min", "민"),
    ("Gil", "길"),
    ("Se", "세"),
    ("Yu", "유"),
    ("Kook", "국"),
    ("Hyo", "효"),
    ("Ji", "지"),
    ("Pyung", "평"),
    ("Chun", "천"),
    ("Soo", "수"),
)
_KR_SFX = (
    ("Vina", "VINA", "비나"),
    ("Việt Nam", "VIETNAM", "베트남"),
    ("Precision Vina", "PRECISION VINA", "정밀비나"),
    ("Tech Vina", "TECH VINA", "테크비나"),
    ("Electronics Vina", "ELECTRONICS VINA", "전자비나"),
    ("Hi-Tech Việt Nam", "HI-TECH VIETNAM", "하이테크"),
    ("Industrial Vina", "INDUSTRIAL VINA", "산업비나"),
    ("Chemical Vina", "CHEMICAL VINA", "화학비나"),
    ("E&T Vina", "E&T VINA", "이앤티비나"),
)
_KR_BAN = {"Samsung", "Daewoo", "Hyundai", "Hanwha", "Hyosung", "Daesung"}
# Japanese: (romaji, kanji, katakana)
_JP1 = (
    ("Yama", "山", "ヤマ"),
    ("Naka", "中", "ナカ"),
    ("Kawa", "川", "カワ"),
    ("Mori", "森", "モリ"),
    ("Shima", "島", "シマ"),
    ("Ishi", "石", "イシ"),
    ("Matsu", "松", "マツ"),
    ("Taka", "高", "タカ"),
    ("Kita", "北", "キタ"),
    ("Nishi", "西", "ニシ"),
    ("Higashi", "東", "ヒガシ"),
    ("Oka", "岡", "オカ"),
    ("Hara", "原", "ハラ"),
    ("Sawa", "沢", "サワ"),
    ("Kuro", "黒", "クロ"),
    ("Shira", "白", "シラ"),
    ("Aoki", "青木", "アオキ"),
    ("Ota", "太田", "オオタ"),
    ("Fuku", "福", "フク"),
    ("Hoshi", "星", "ホシ"),
    ("Miya", "宮", "ミヤ"),
    ("Hira", "平", "ヒラ"),
)
_JP2 = (
    ("moto", "本", "モト"),
    ("da", "田", "ダ"),
    ("mura", "村", "ムラ"),
    ("guchi", "口", "グチ"),
    ("no", "野", "ノ"),
    ("shita", "下", "シタ"),
    ("kawa", "川", "カワ"),
    ("saki", "崎", "サキ"),
    ("hara", "原", "ハラ"),
    ("oka", "岡", "オカ"),
    ("zawa", "沢", "ザワ"),
    ("shima", "島", "シマ"),
    ("ta", "田", "タ"),
    ("uchi", "内", "ウチ"),
    ("be", "部", "ベ"),
    ("naga", "永", "ナガ"),
    ("ki", "木", "キ"),
)
_JP_IND = (
    ("Seiki", "精機"),
    ("Kogyo", "工業"),
    ("Seisakusho", "製作所"),
    ("Denki", "電機"),
    ("Kasei", "化成"),
    ("Giken", "技研"),
    ("Kinzoku", "金属"),
    ("Precision", "精密"),
    ("Gomu", "ゴム"),
    ("Shoji", "商事"),
)
# Chinese: (hanzi traditional, simplified, Wade-Giles, pinyin, Hán-Việt)
_ZH = (
    ("金", "金", "Chin", "Jin", "Kim"),
    ("新", "新", "Hsin", "Xin", "Tân"),
    ("福", "福", "Fu", "Fu", "Phúc"),
    ("泰", "泰", "Tai", "Tai", "Thái"),
    ("國", "国", "Kuo", "Guo", "Quốc"),
    ("昌", "昌", "Chang", "Chang", "Xương"),
    ("宏", "宏", "Hung", "Hong", "Hoành"),
    ("裕", "裕", "Yu", "Yu", "Dụ"),
    ("豐", "丰", "Feng", "Feng", "Phong"),
    ("勝", "胜", "Sheng", "Sheng", "Thắng"),
    ("明", "明", "Ming", "Ming", "Minh"),
    ("華", "华", "Hua", "Hua", "Hoa"),
    ("隆", "隆", "Lung", "Long", "Long"),
    ("光", "光", "Kuang", "Guang", "Quang"),
    ("正", "正", "Cheng", "Zheng", "Chính"),
    ("德", "德", "Te", "De", "Đức"),
    ("源", "源", "Yuan", "Yuan", "Nguyên"),
    ("和", "和", "Ho", "He", "Hòa"),
    ("榮", "荣", "Jung", "Rong", "Vinh"),
    ("興", "兴", "Hsing", "Xing", "Hưng"),
    ("東", "东", "Tung", "Dong", "Đông"),
    ("利", "利", "Li", "Li", "Lợi"),
    ("達", "达", "Ta", "Da", "Đạt"),
    ("順", "顺", "Shun", "Shun", "Thuận"),
    ("偉", "伟", "Wei", "Wei", "Vĩ"),
    ("長", "长", "Chang", "Chang", "Trường"),
    ("永", "永", "Yung", "Yong", "Vĩnh"),
    ("億", "亿", "Yi", "Yi", "Ức"),
    ("展", "展", "Chan", "Zhan", "Triển"),
    ("鴻", "鸿", "Hung", "Hong", "Hồng"),
    ("晶", "晶", "Ching", "Jing", "Tinh"),
    ("寶", "宝", "Pao", "Bao", "Bảo"),
)
# (traditional, simplified, English, Vietnamese)
_ZH_IND = (
    ("工業", "工业", "INDUSTRIAL", "Công nghiệp"),
    ("科技", "科技", "TECHNOLOGY", "Công nghệ"),
    ("精密", "精密", "PRECISION", "Chính xác"),
    ("五金", "五金", "HARDWARE", "Kim khí"),
    ("電子", "电子", "ELECTRONICS", "Điện tử"),
    ("塑膠", "塑胶", "PLASTIC", "Nhựa"),
    ("包裝", "包装", "PACKAGING", "Bao bì"),
    ("橡膠", "橡胶", "RUBBER", "Cao su"),
    ("紡織", "纺织", "TEXTILE", "Dệt"),
    ("鞋材", "鞋材", "SHOE MATERIALS", "Vật liệu giày"),
    ("模具", "模具", "MOULD", "Khuôn mẫu"),
    ("電線", "电线", "WIRE", "Dây điện"),
)
_SG1 = (
    "Apex Pacific Lion Orient Summit Eastern Crest Unity Pinnacle Harbour Sterling Keystone Zenith Prime Vertex "
    "Meridian Horizon Marina Sentosa Orchid Straits Evergreen Tembusu Bayfront Quantum Vista Regal Kestrel Ardent "
    "Nova Axis Cobalt Onyx Beacon Trident Falcon Everest Emerald"
).split()
_SG2 = (
    ("Precision", "Chính xác"),
    ("Engineering", "Kỹ thuật"),
    ("Technologies", "Công nghệ"),
    ("Industries", "Công nghiệp"),
    ("Components", "Linh kiện"),
    ("Packaging", "Bao bì"),
    ("Plastics", "Nhựa"),
    ("Metal", "Kim loại"),
    ("Electronics", "Điện tử"),
    ("Polymer", "Polyme"),
    ("Moulding", "Khuôn"),
    ("Automation", "Tự động hóa"),
)
_SURNAME = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
_MIDDLE = "Văn Thị Minh Ngọc Thanh Hữu Đức Quốc Kim Hoài".split()
_KR_SURNAME = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim".split()

# ---------------------------------------------------------------- places

# province key: (tax prefix, area code new, area code old, subscriber digits, vi name, en name, new vi province)
_PROV = {
    "HCM": ("03", "028", "08", 8, "TP. Hồ Chí Minh", "Ho Chi Minh City", "TP. Hồ Chí Minh"),
    "BD": ("37", "0274", "0650", 7, "Tỉnh Bình Dương", "Binh Duong Province", "TP. Hồ Chí Minh"),
    "BRVT": (
        "35",
        "0254",
        "064",
        7,
        "Tỉnh Bà Rịa - Vũng Tàu",
        "Ba Ria - Vung Tau Province",
        "TP. Hồ Chí Minh",
    ),
    "DN": ("36", "0251", "061", 7, "Tỉnh Đồng Nai", "Dong Nai Province", "Tỉnh Đồng Nai"),
    "LA": ("11", "0272", "072", 7, "Tỉnh Long An", "Long An Province", "Tỉnh Tây Ninh"),
    "HN": ("01", "024", "04", 8, "TP. Hà Nội", "Hanoi", "TP. Hà Nội"),
    "BN": ("23", "0222", "0241", 7, "Tỉnh Bắc Ninh", "Bac Ninh Province", "Tỉnh Bắc Ninh"),
    "DNG": ("04", "0236", "0511", 7, "TP. Đà Nẵng", "Da Nang City", "TP. Đà Nẵng"),
    "BP": ("38", "0271", "0651", 7, "Tỉnh Bình Phước", "Binh Phuoc Province", "Tỉnh Đồng Nai"),
}
_PROV_SHORT = {
    "HCM": ("TP.HCM", "TP. HCM", "Tp Hồ Chí Minh", "Thành phố Hồ Chí Minh", "HCM", "Sài Gòn"),
    "BD": ("Bình Dương", "BD", "T. Bình Dương"),
    "BRVT": ("Bà Rịa - Vũng Tàu", "BR-VT", "Bà Rịa Vũng Tàu", "BRVT"),
}
_NEW_CITY = ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "TP Hồ Chí Minh", "Tp. HCM")

# (area, old ward, old district, new ward) - old-to-new mapping as in vietnamadminunits 1.0.4
_WARDS = (
    ("HCM", "Phường Bến Nghé", "Quận 1", "Phường Sài Gòn"),
    ("HCM", "Phường Tân Định", "Quận 1", "Phường Tân Định"),
    ("HCM", "Phường Võ Thị Sáu", "Quận 3", "Phường Xuân Hòa"),
    ("HCM", "Phường 14", "Quận 10", "Phường Diên Hồng"),
    ("HCM", "Phường 2", "Quận Tân Bình", "Phường Tân Sơn Hòa"),
    ("HCM", "Phường 15", "Quận Tân Bình", "Phường Tân Sơn"),
    ("HCM", "Phường Sơn Kỳ", "Quận Tân Phú", "Phường Tây Thạnh"),
    ("HCM", "Phường Bình Hưng Hòa A", "Quận Bình Tân", "Phường Bình Trị Đông"),
    ("HCM", "Phường An Lạc A", "Quận Bình Tân", "Phường An Lạc"),
    ("HCM", "Phường Tân Thới Hiệp", "Quận 12", "Phường Tân Thới Hiệp"),
    ("HCM", "Phường Thới An", "Quận 12", "Phường Thới An"),
    ("HCM", "Phường Trung Mỹ Tây", "Quận 12", "Phường Trung Mỹ Tây"),
    ("HCM", "Phường 15", "Quận Gò Vấp", "Phường An Hội Đông"),
    ("HCM", "Phường Tân Phong", "Quận 7", "Phường Tân Hưng"),
    ("HCM", "Xã Vĩnh Lộc A", "Huyện Bình Chánh", "Xã Vĩnh Lộc"),
    ("HCM", "Xã Xuân Thới Sơn", "Huyện Hóc Môn", "Xã Xuân Thới Sơn"),
    ("HCM", "Phường Hiệp Bình Chánh", "TP. Thủ Đức", "Phường Hiệp Bình"),
    ("BD", "Phường Phú Hòa", "TP. Thủ Dầu Một", "Phường Phú Lợi"),
    ("BD", "Phường Thuận Giao", "TP. Thuận An", "Phường Thuận Giao"),
    ("BD", "Phường An Phú", "TP. Thuận An", "Phường An Phú"),
    ("BD", "Phường An Bình", "TP. Dĩ An", "Phường Dĩ An"),
    ("BD", "Phường Tân Định", "TX. Bến Cát", "Phường Hòa Lợi"),
    ("BD", "Phường Khánh Bình", "TP. Tân Uyên", "Phường Tân Hiệp"),
    ("BRVT", "Phường Thắng Nhất", "TP. Vũng Tàu", "Phường Rạch Dừa"),
    ("BRVT", "Phường Phước Trung", "TP. Bà Rịa", "Phường Bà Rịa"),
    ("BRVT", "Phường Mỹ Xuân", "TX. Phú Mỹ", "Phường Phú Mỹ"),
    ("DN", "Phường An Bình", "TP. Biên Hòa", "Phường Trấn Biên"),
    ("LA", "Xã Đức Hòa Hạ", "Huyện Đức Hòa", "Xã Đức Hòa"),
    ("HN", "Phường Dịch Vọng Hậu", "Quận Cầu Giấy", "Phường Cầu Giấy"),
    ("BN", "Phường Đại Phúc", "TP. Bắc Ninh", "Phường Võ Cường"),
    ("DNG", "Phường Hòa Khánh Bắc", "Quận Liên Chiểu", "Phường Liên Chiểu"),
    ("BP", "Xã Tân Lập", "Huyện Đồng Phú", "Xã Đồng Phú"),
)
# (kind, vi name, en name, area, old ward, old district, new ward)
_PARKS = (
    ("KCX", "Tân Thuận", "Tan Thuan", "HCM", "Phường Tân Thuận Đông", "Quận 7", "Phường Tân Thuận"),
    ("KCX", "Linh Trung I", "Linh Trung I", "HCM", "Phường Linh Trung", "TP. Thủ Đức", "Phường Linh Xuân"),
    ("KCX", "Linh Trung II", "Linh Trung II", "HCM", "Phường Bình Chiểu", "TP. Thủ Đức", "Phường Tam Bình"),
    ("KCN", "Tân Tạo", "Tan Tao", "HCM", "Phường Tân Tạo A", "Quận Bình Tân", "Phường Tân Tạo"),
    ("KCN", "Vĩnh Lộc", "Vinh Loc", "HCM", "Phường Bình Hưng Hòa B", "Quận Bình Tân", "Phường Bình Tân"),
    ("KCN", "Hiệp Phước", "Hiep Phuoc", "HCM", "Xã Hiệp Phước", "Huyện Nhà Bè", "Xã Hiệp Phước"),
    ("KCN", "Tân Bình", "Tan Binh", "HCM", "Phường Tây Thạnh", "Quận Tân Phú", "Phường Tây Thạnh"),
    ("KCN", "Lê Minh Xuân", "Le Minh Xuan", "HCM", "Xã Lê Minh Xuân", "Huyện Bình Chánh", "Xã Bình Lợi"),
    ("KCN", "Tây Bắc Củ Chi", "Tay Bac Cu Chi", "HCM", "Xã Tân An Hội", "Huyện Củ Chi", "Xã Tân An Hội"),
    ("KCN", "Cát Lái", "Cat Lai", "HCM", "Phường Thạnh Mỹ Lợi", "TP. Thủ Đức", "Phường Cát Lái"),
    ("KCN", "Bình Chiểu", "Binh Chieu", "HCM", "Phường Bình Chiểu", "TP. Thủ Đức", "Phường Tam Bình"),
    (
        "KCNC",
        "Công nghệ cao",
        "Saigon Hi-Tech Park",
        "HCM",
        "Phường Tân Phú",
        "TP. Thủ Đức",
        "Phường Tăng Nhơn Phú",
    ),
    ("KCN", "VSIP I", "VSIP I", "BD", "Phường Bình Hòa", "TP. Thuận An", "Phường Bình Hòa"),
    ("KCN", "VSIP II", "VSIP II", "BD", "Phường Hòa Phú", "TP. Thủ Dầu Một", "Phường Bình Dương"),
    ("KCN", "VSIP II-A", "VSIP II-A", "BD", "Phường Vĩnh Tân", "TP. Tân Uyên", "Phường Vĩnh Tân"),
    ("KCN", "VSIP III", "VSIP III", "BD", "Xã Tân Bình", "Huyện Bắc Tân Uyên", "Phường Vĩnh Tân"),
    ("KCN", "Mỹ Phước", "My Phuoc", "BD", "Phường Mỹ Phước", "TX. Bến Cát", "Phường Bến Cát"),
    ("KCN", "Mỹ Phước 3", "My Phuoc 3", "BD", "Phường Thới Hòa", "TX. Bến Cát", "Phường Thới Hòa"),
    ("KCN", "Sóng Thần 1", "Song Than 1", "BD", "Phường Dĩ An", "TP. Dĩ An", "Phường Dĩ An"),
    ("KCN", "Sóng Thần 2", "Song Than 2", "BD", "Phường Tân Đông Hiệp", "TP. Dĩ An", "Phường Tân Đông Hiệp"),
    ("KCN", "Đồng An", "Dong An", "BD", "Phường Bình Hòa", "TP. Thuận An", "Phường Bình Hòa"),
    ("KCN", "Việt Hương", "Viet Huong", "BD", "Phường Thuận Giao", "TP. Thuận An", "Phường Thuận Giao"),
    ("KCN", "Nam Tân Uyên", "Nam Tan Uyen", "BD", "Phường Khánh Bình", "TP. Tân Uyên", "Phường Tân Hiệp"),
    ("KCN", "Bàu Bàng", "Bau Bang", "BD", "Thị trấn Lai Uyên", "Huyện Bàu Bàng", "Xã Bàu Bàng"),
    ("KCN", "Phú Mỹ I", "Phu My I", "BRVT", "Phường Phú Mỹ", "TX. Phú Mỹ", "Phường Phú Mỹ"),
    ("KCN", "Phú Mỹ II", "Phu My II", "BRVT", "Phường Tân Phước", "TX. Phú Mỹ", "Phường Tân Phước"),
    ("KCN", "Mỹ Xuân A", "My Xuan A", "BRVT", "Phường Mỹ Xuân", "TX. Phú Mỹ", "Phường Phú Mỹ"),
    ("KCN", "Cái Mép", "Cai Mep", "BRVT", "Phường Phước Hòa", "TX. Phú Mỹ", "Phường Tân Phước"),
    ("KCN", "Đông Xuyên", "Dong Xuyen", "BRVT", "Phường Rạch Dừa", "TP. Vũng Tàu", "Phường Rạch Dừa"),
    ("KCN", "Châu Đức", "Chau Duc", "BRVT", "Xã Nghĩa Thành", "Huyện Châu Đức", "Xã Nghĩa Thành"),
    ("KCN", "Nhơn Trạch 2", "Nhon Trach 2", "DN", "Xã Long Thọ", "Huyện Nhơn Trạch", "Xã Phước An"),
    ("KCN", "Tân Đức", "Tan Duc", "LA", "Xã Đức Hòa Hạ", "Huyện Đức Hòa", "Xã Đức Hòa"),
    ("KCN", "Quế Võ", "Que Vo", "BN", "Xã Phương Liễu", "Huyện Quế Võ", "Phường Phương Liễu"),
)
_STREETS = {
    "HCM": "Lê Trọng Tấn|Trường Chinh|Cộng Hòa|Kinh Dương Vương|Hà Huy Giáp|Tô Ký|Nguyễn Văn Linh|Hoàng Văn Thụ|"
    "Lê Văn Khương|Phạm Văn Đồng|Nguyễn Thị Minh Khai|Điện Biên Phủ|Tân Kỳ Tân Quý|Quốc lộ 1A|Đường số 7".split(
        "|"
    ),
    "BD": "Đại lộ Bình Dương|Quốc lộ 13|ĐT 743|Nguyễn An Ninh|30 Tháng 4|Mỹ Phước - Tân Vạn|ĐT 747|Đường số 9".split(
        "|"
    ),
    "BRVT": "Quốc lộ 51|30 Tháng 4|Nguyễn An Ninh|Đường 2 Tháng 9|Đường số 5".split("|"),
    "DN": "Quốc lộ 1K|Đồng Khởi|Đường số 2".split("|"),
    "LA": "Tỉnh lộ 10|Quốc lộ N2".split("|"),
    "HN": "Trần Thái Tông|Xuân Thủy|Hoàng Quốc Việt".split("|"),
    "BN": "Lý Thái Tổ|Đường TS 5".split("|"),
    "DNG": "Nguyễn Văn Cừ|Tôn Đức Thắng".split("|"),
    "BP": "Quốc lộ 14|ĐT 741".split("|"),
}
_PARKS_BY = {a: [p for p in _PARKS if p[3] == a] for a in _PROV}
_WARDS_BY = {a: [w for w in _WARDS if w[0] == a] for a in _PROV}

_MOB_NEW = (
    "90 91 93 94 96 97 98 32 33 34 35 36 37 38 39 70 76 77 78 79 81 82 83 84 85 86 88 89 56 58 59".split()
)
# mobiles renumbered in 2018 from 11 digits: new prefix -> old prefix
_MOB_OLD = {
    "32": "162",
    "33": "163",
    "34": "164",
    "35": "165",
    "36": "166",
    "37": "167",
    "38": "168",
    "39": "169",
    "70": "120",
    "79": "121",
    "77": "122",
    "76": "126",
    "78": "128",
    "83": "123",
    "84": "124",
    "85": "125",
    "81": "127",
    "82": "129",
    "56": "186",
    "58": "188",
    "59": "199",
}


def _en_unit(s: str) -> str:
    """'Phường Tân Định' -> 'Tan Dinh Ward'; 'Phường 15' -> 'Ward 15'; 'Quận 1' -> 'District 1'."""
    for k in ("Thị trấn ", "Phường ", "Xã ", "Quận ", "Huyện ", "TP. ", "TX. "):
        if s.startswith(k):
            name = _fold(s[len(k) :])
            word = {
                "Thị trấn ": "Town",
                "Phường ": "Ward",
                "Xã ": "Commune",
                "Quận ": "District",
                "Huyện ": "District",
                "TP. ": "City",
                "TX. ": "Town",
            }[k]
            if name.isdigit():
                return f"{word} {name}"
            return f"{name} {word}"
    return _fold(s)


def _short_unit(s: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return s
    if r < 0.8:
        for long, short in (
            ("Phường ", "P. "),
            ("Xã ", "X. "),
            ("Quận ", "Q."),
            ("Huyện ", "H. "),
            ("Thị trấn ", "TT. "),
        ):
            if s.startswith(long):
                return short + s[len(long) :]
        return s
    for long in ("Phường ", "Xã ", "Huyện ", "Thị trấn ", "TP. ", "TX. "):
        if s.startswith(long):
            return s[len(long) :]
    return s


# ---------------------------------------------------------------- firm


class _Firm:
    __slots__ = (
        "truth",
        "origin",
        "area",
        "form",
        "vi",
        "en",
        "brand",
        "brand_en",
        "native",
        "old",
        "tax",
        "parent",
        "loc",
        "old_loc",
        "land",
        "old_land",
        "mobile",
        "sales",
        "acct",
        "cases",
        "k",
        "group",
    )

    def __init__(self) -> None:
        self.old = None
        self.parent = None
        self.old_loc = None
        self.old_land = ""
        self.acct = ""
        self.native = ""
        self.group = ""
        self.cases: list[str] = []


class _Gen:
    def __init__(self, n: int, seed: int, meta: bool) -> None:
        self.rng = random.Random(seed)
        self.n = n
        self.meta = meta
        self.out: list[dict] = []
        self.tags: list[list[str]] = []
        self.firms: dict[str, _Firm] = {}
        self.names: dict[str, set[str]] = {a: set() for a in _PROV}
        self.taxes: set[str] = set()
        self.lots: list[list] = []  # [loc, remaining]
        self.accts: list[list] = []  # [phone, remaining]
        self.nfirm = 0

    # ---------------------------------------------------------------- identifiers
    def tax(self, area: str) -> str:
        rng = self.rng
        pre = _PROV[area][0]
        while True:
            body = pre + str(rng.randrange(10_000_000)).zfill(7)
            s = sum(int(c) * w for c, w in zip(body, _W, strict=True))
            c = 10 - s % 11
            if c <= 9:
                code = body + str(c)
                if code not in self.taxes:
                    self.taxes.add(code)
                    return code

    def landline(self, area: str) -> str:
        digits = _PROV[area][3]
        r = self.rng
        return _PROV[area][1] + r.choice("3366289") + str(r.randrange(10 ** (digits - 1))).zfill(digits - 1)

    def mobile(self) -> str:
        r = self.rng
        return "0" + r.choice(_MOB_NEW) + str(r.randrange(10_000_000)).zfill(7)

    # ---------------------------------------------------------------- locations
    def location(self, area: str, park_p: float = 0.6) -> tuple:
        r = self.rng
        parks = _PARKS_BY[area]
        if parks and r.random() < park_p:
            p = r.choice(parks)
            lot = f"{r.choice('ABCDEFGHKLMN')}{r.choice(('', '-', ''))}{r.randrange(1, 40)}"
            road = r.randrange(1, 30)
            kind = r.random()
            if kind < 0.5:
                vi, en = f"Lô {lot}", f"Lot {lot}"
            elif kind < 0.8:
                vi, en = f"Lô {lot}, Đường số {road}", f"Lot {lot}, Road No. {road}"
            else:
                vi, en = f"Đường số {road}", f"Road No. {road}"
            return ("P", p, vi, en)
        w = r.choice(_WARDS_BY[area])
        st = r.choice(_STREETS[area])
        num = str(r.randrange(1, 600))
        x = r.random()
        if x < 0.25:
            num += "/" + str(r.randrange(1, 40))
        elif x < 0.35:
            num += r.choice("ABC")
        return ("S", w, f"{num} {st}", f"{_fold(num)} {_fold(st)} Street")

    def lot_location(self, area: str) -> tuple:
        """Ready-built factory (nhà xưởng xây sẵn) lot shared by unrelated tenants."""
        r = self.rng
        parks = _PARKS_BY[area]
        p = r.choice(parks)
        lot = f"{r.choice('ABCDK')}{r.randrange(1, 20)}"
        return ("P", p, f"Nhà xưởng xây sẵn, Lô {lot}", f"Ready-built factory, Lot {lot}")

    def address(self, loc: tuple | None, era: str, style: str) -> str:
        """era: old (district), new (ward + new city), mix (new ward, old province); style: vi, en, short, free."""
        if loc is None:
            return ""
        r = self.rng
        kind, unit, house_vi, house_en = loc
        if kind == "P":
            pk, pvi, pen, area, oward, odist, nward = unit
        else:
            area, oward, odist, nward = unit
        new_city = _PROV[area][6]
        merged = new_city == "TP. Hồ Chí Minh"
        if style == "en":
            park = ""
            if kind == "P":
                if pk == "KCX":
                    park = r.choice((f"{pen} EPZ", f"{pen} Export Processing Zone"))
                elif pk == "KCNC":
                    park = r.choice(("Saigon Hi-Tech Park", "SHTP"))
                else:
                    park = r.choice(
                        (f"{pen} Industrial Park", f"{pen} IP", f"{pen} I.Z.", f"{pen} Industrial Zone")
                    )
                park = ", " + park
            if era == "old":
                tail = f"{_en_unit(oward)}, {_en_unit(odist)}, {_PROV[area][5]}"
            elif era == "new":
                tail = f"{_en_unit(nward)}, " + (
                    "Ho Chi Minh City"
                    if merged
                    else _fold(new_city[4:] if new_city.startswith("TP. ") else new_city[5:]) + " Province"
                )
            else:
                tail = f"{_en_unit(nward)}, {_PROV[area][5]}"
            s = f"{house_en}{park}, {tail}"
            if r.random() < 0.7:
                s += r.choice((", Vietnam", ", Viet Nam", ", VN"))
            return s
        if kind == "P":
            if pk == "KCX":
                park = r.choice((f"KCX {pvi}", f"Khu chế xuất {pvi}", f"KCX {_fold(pvi)}"))
            elif pk == "KCNC":
                park = r.choice(("Khu Công nghệ cao", "Khu CNC", "SHTP"))
            else:
                pv = pvi.replace("VSIP ", "Việt Nam - Singapore ") if r.random() < 0.15 else pvi
                park = r.choice((f"KCN {pv}", f"Khu công nghiệp {pv}", f"KCN {pv}", f"Khu CN {pv}"))
        else:
            park = ""
        if style == "short":
            if era == "old":
                prov = r.choice(_PROV_SHORT.get(area, (_PROV[area][4],)))
            elif era == "new":
                prov = r.choice(_NEW_CITY) if merged else new_city
            else:
                prov = r.choice(_PROV_SHORT.get(area, (_PROV[area][4],)))
            if park:
                return f"{park}, {prov}"
            return f"{_short_unit(odist if era == 'old' else nward, r)}, {prov}"
        parts = [house_vi]
        if park:
            parts.append(park)
        if era == "old":
            parts.append(_short_unit(oward, r))
            parts.append(_short_unit(odist, r))
            parts.append(
                r.choice(_PROV_SHORT.get(area, (_PROV[area][4],))) if r.random() < 0.6 else _PROV[area][4]
            )
        elif era == "new":
            parts.append(_short_unit(nward, r))
            parts.append(r.choice(_NEW_CITY) if merged else new_city)
        else:
            parts.append(_short_unit(nward, r))
            if r.random() < 0.4:
                parts.append(_short_unit(odist, r))
            parts.append(r.choice(_PROV_SHORT.get(area, (_PROV[area][4],))))
        s = ", ".join(parts)
        if style == "free":
            s = s.replace(", ", r.choice((", ", " ", " - ", ","))).lower() if r.random() < 0.5 else s
        return s

    # ---------------------------------------------------------------- names
    def _vn_name(self, f: _Firm, form: str, desc: tuple, brand: str) -> None:
        f.form = form
        f.brand = brand
        f.brand_en = _fold(brand).upper()
        head = _VI_FORM[form][0]
        f.vi = f"{head} {desc[0]} {brand}"
        f.en = f"{f.brand_en} {desc[1].upper()} {_EN_FORM[form]}"

    def name_vn(self, f: _Firm, area: str, form: str | None = None, forced: tuple | None = None) -> tuple:
        r = self.rng
        if form is None:
            x = r.random()
            form = "TNHH" if x < 0.55 else "TNHH1" if x < 0.72 else "CP" if x < 0.93 else "DNTN"
        for attempt in range(200):
            if forced is not None:
                desc, brand = forced
            else:
                d = r.choice(_VN_DESC)
                if r.random() < 0.3:
                    p = r.choice(_VN_PRE)
                    d = (f"{p[0]} {d[0]}", f"{p[1]} {d[1]}")
                x = r.random()
                if x < 0.08 or attempt > 100:
                    brand = "".join(r.choice("ABCDEGHKLMNPQSTVX") for _ in range(3 if attempt < 150 else 4))
                elif x < 0.68 and attempt < 30:
                    a, b = r.sample(_VN_SYL, 2)
                    brand = f"{a} {b}"
                else:
                    a, b, c = r.sample(_VN_SYL, 3)
                    brand = f"{a} {b} {c}"
                desc = d
            key = _fold(f"{desc[0]} {brand}").lower()
            if forced is not None or key not in self.names[area]:
                self.names[area].add(key)
                self._vn_name(f, form, desc, brand)
                return desc, brand
        raise RuntimeError("name space exhausted")  # pragma: no cover

    def name_fdi(self, f: _Firm, area: str, origin: str, forced: tuple | None = None) -> tuple:
        r = self.rng
        f.form = "TNHH" if r.random() < 0.9 else "CP"
        en_form = _EN_FORM[f.form]
        for attempt in range(300):
            if forced is not None:
                parts = forced
            elif origin == "KR":
                syl = r.sample(_KR, 3 if attempt > 20 or r.random() < 0.15 else 2)
                parts = (syl, r.choice(_KR_SFX))
                if "".join(s[0] for s in syl).capitalize() in _KR_BAN:
                    continue
            elif origin == "JP":
                parts = (
                    r.choice(_JP1),
                    r.choice(_JP2),
                    r.choice(_JP_IND),
                    r.choice(("", "", "Asia", "Tokai", "Kansai", "Global", "Shin"))
                    if attempt < 30
                    else r.choice(_SG1),
                )
            elif origin in ("TW", "CN"):
                parts = (
                    r.sample(_ZH, 3 if attempt > 20 or r.random() < 0.25 else 2),
                    r.choice(_ZH_IND),
                    r.random() < 0.5,
                )
            else:
                parts = (
                    r.choice(_SG1),
                    r.choice(_SG1) if attempt > 20 or r.random() < 0.3 else "",
                    r.choice(_SG2),
                )
            if origin == "KR":
                syl, sfx = parts
                brand = "".join(s[0] for s in syl).capitalize()
                vi = f"Công ty TNHH {brand} {sfx[0]}"
                en = f"{brand.upper()} {sfx[1]} {en_form}"
                native = "".join(s[1] for s in syl) + sfx[2]
                native = r.choice((native, f"(주){native}", f"{native} 주식회사"))
                brand_en = brand.upper()
            elif origin == "JP":
                a, b, ind, extra = parts
                brand = f"{a[0]}{b[0]} {ind[0]}"
                if extra:
                    brand = f"{brand} {extra}"
                vi = f"Công ty TNHH {brand} Việt Nam"
                en = f"{brand.upper()} VIETNAM {en_form}"
                native = (a[1] + b[1]) if r.random() < 0.6 else (a[2] + b[2])
                native = (
                    f"{native}{ind[1]}ベトナム" if r.random() < 0.5 else f"ベトナム{native}{ind[1]}株式会社"
                )
                brand_en = f"{a[0]}{b[0]}".upper()
            elif origin in ("TW", "CN"):
                chars, ind, hanviet = parts
                tw = origin == "TW"
                lat = [c[2] if tw else c[3] for c in chars]
                brand = " ".join(lat) if tw else "".join(lat).capitalize()
                hv = " ".join(c[4] for c in chars)
                if hanviet:
                    vi = f"Công ty TNHH {ind[3]} {hv}"
                else:
                    vi = f"Công ty TNHH {ind[3]} {brand} Việt Nam"
                en = r.choice(
                    (
                        f"{brand.upper()} {ind[2]} (VIETNAM) {en_form}",
                        f"VIETNAM {brand.upper()} {ind[2]} {en_form}",
                    )
                )
                zh = "".join(c[0] if tw else c[1] for c in chars)
                native = f"越南{zh}{ind[0] if tw else ind[1]}{'股份' if f.form == 'CP' else ''}{'有限公司' if tw else '有限公司'}"
                brand_en = brand.upper()
                if hanviet:
                    brand = hv
            else:
                a, b, ind = parts
                brand = f"{a} {b} {ind[0]}".replace("  ", " ")
                vi = f"Công ty TNHH {brand} Việt Nam"
                en = (
                    f"{brand.upper()} (VIETNAM) {en_form}"
                    if r.random() < 0.5
                    else f"{brand.upper()} VIETNAM {en_form}"
                )
                native = ""
                brand_en = f"{a} {b}".strip().upper()
            key = _fold(vi).lower()
            if forced is not None or key not in self.names[area]:
                self.names[area].add(key)
                if f.form == "CP":
                    vi = vi.replace("Công ty TNHH", "Công ty Cổ phần")
                f.vi, f.en, f.native, f.brand, f.brand_en = vi, en, native, brand, brand_en
                return parts
        raise RuntimeError("name space exhausted")  # pragma: no cover

    # ---------------------------------------------------------------- firms
    def new_firm(self, area: str, origin: str) -> _Firm:
        r = self.rng
        f = _Firm()
        self.nfirm += 1
        f.truth = f"DN{self.nfirm:07d}"
        f.origin = origin
        f.area = area
        f.tax = self.tax(area)
        f.loc = self.location(area, 0.85 if origin != "VN" else 0.45)
        f.land = self.landline(area) if r.random() < 0.75 else ""
        f.mobile = self.mobile()
        f.sales = self.mobile() if r.random() < 0.5 else f.mobile
        x = r.random()
        f.k = (
            1
            if x < 0.45
            else 2
            if x < 0.67
            else 3
            if x < 0.79
            else 4
            if x < 0.87
            else 5
            if x < 0.925
            else 6
            if x < 0.96
            else 7
            if x < 0.985
            else 8
        )
        if origin != "VN" and f.k < 8 and r.random() < 0.25:
            f.k += 1
        if self.meta:
            self.firms[f.truth] = f
        return f

    def pick_area(self) -> str:
        x = self.rng.random()
        return "HCM" if x < 0.55 else "BD" if x < 0.85 else "BRVT"

    def pick_origin(self) -> str:
        x = self.rng.random()
        return (
            "VN"
            if x < 0.75
            else "KR"
            if x < 0.83
            else "JP"
            if x < 0.89
            else "TW"
            if x < 0.93
            else "CN"
            if x < 0.97
            else "SG"
        )

    def plain(self, area: str | None = None, origin: str | None = None) -> _Firm:
        area = area or self.pick_area()
        origin = origin or self.pick_origin()
        f = self.new_firm(area, origin)
        if origin == "VN":
            self.name_vn(f, area)
        else:
            self.name_fdi(f, area, origin)
        return f

    def decorate(self, f: _Firm) -> None:
        """Independent firm-level hard cases: renamed, moved, shared lot, shared accounting phone."""
        r = self.rng
        if f.k >= 2 and r.random() < SHARES["renamed"] / 0.5 and f.parent is None and not f.cases:
            self.rename(f)
        if f.k >= 2 and r.random() < SHARES["moved"] / 0.55:
            f.old_loc = f.loc
            f.old_land = f.land
            old_area = f.area
            # a namesake stays in its old province: the register forbids two equal names in one
            if f.area in ("HCM", "BD", "BRVT") and "namesake_province" not in f.cases:
                f.area = r.choice(("HCM", "BD", "BD", "BRVT"))
            f.loc = self.location(f.area, 0.8)
            f.land = self.landline(f.area) if f.land or r.random() < 0.5 else ""
            f.cases.append("moved")
            if old_area != f.area:
                f.cases.append("moved_province")
        # only firms without a sister, branch or namesake: the lot is shared by unrelated tenants
        if r.random() < SHARES["shared_lot"] / 0.88 and f.area in ("HCM", "BD", "BRVT") and not f.group:
            open_lots = self.lots
            if open_lots and r.random() < 0.7:
                i = r.randrange(len(open_lots))
                lot = open_lots[i]
                f.loc = lot[0]
                lot[1] -= 1
                if lot[1] <= 0:
                    open_lots[i] = open_lots[-1]
                    open_lots.pop()
                f.cases.append("shared_lot")
            else:
                loc = self.lot_location(f.area)
                f.loc = loc
                self.lots.append([loc, r.randrange(1, 4)])
                f.cases.append("shared_lot")
        if r.random() < SHARES["shared_phone"]:
            if self.accts and r.random() < 0.8:
                i = r.randrange(len(self.accts))
                a = self.accts[i]
                f.acct = a[0]
                a[1] -= 1
                if a[1] <= 0:
                    self.accts[i] = self.accts[-1]
                    self.accts.pop()
            else:
                f.acct = (
                    self.mobile() if r.random() < 0.6 else self.landline(f.area if f.area in _PROV else "HCM")
                )
                self.accts.append([f.acct, r.randrange(2, 11)])
            f.cases.append("shared_phone")

    def rename(self, f: _Firm) -> None:
        r = self.rng
        old = (f.vi, f.en, f.brand, f.brand_en, f.native)
        if f.origin == "VN":
            x = r.random()
            if f.form == "DNTN" or (x < 0.3 and f.form in ("TNHH", "TNHH1")):
                # conversion keeps the code: DNTN -> TNHH, TNHH -> Cổ phần
                new_form = "TNHH" if f.form == "DNTN" else "CP"
                head_old = _VI_FORM[f.form][0]
                f.vi = f.vi.replace(head_old, _VI_FORM[new_form][0], 1)
                f.en = f.en.replace(_EN_FORM[f.form], _EN_FORM[new_form])
                f.form = new_form
                kind = "converted"
            else:
                self.name_vn(f, f.area, f.form)
                kind = "renamed"
        else:
            self.name_fdi(f, f.area, f.origin)
            kind = "renamed"
        f.old = old
        f.cases.append(kind)
        f.cases.append("renamed_any")

    # ---------------------------------------------------------------- records
    def emit_firm(self, f: _Firm) -> None:
        r = self.rng
        fdi = f.origin != "VN"
        for i in range(f.k):
            if len(self.out) >= self.n:
                return
            x = r.random()
            if fdi:
                src = (
                    "HQ"
                    if x < 0.3
                    else "EVN"
                    if x < 0.45
                    else "BHXH"
                    if x < 0.63
                    else "HCH"
                    if x < 0.77
                    else "NH"
                    if x < 0.82
                    else "ZL"
                )
            else:
                src = (
                    "HQ"
                    if x < 0.1
                    else "EVN"
                    if x < 0.23
                    else "BHXH"
                    if x < 0.45
                    else "HCH"
                    if x < 0.55
                    else "NH"
                    if x < 0.73
                    else "ZL"
                )
            # which identity (old / new) and which era does this record reflect
            use_old_name = f.old is not None and (r.random() < (0.6 if src in ("EVN", "BHXH", "NH") else 0.3))
            use_old_loc = f.old_loc is not None and r.random() < 0.5
            if f.old is not None and f.k >= 2 and i == 0:
                use_old_name = True
            if f.old is not None and i == 1:
                use_old_name = False
            if f.old_loc is not None and i == 0:
                use_old_loc = True
            if f.old_loc is not None and i == 1:
                use_old_loc = False
            self.emit(f, src, use_old_name, use_old_loc)

    def emit(self, f: _Firm, src: str, old_name: bool, old_loc: bool) -> None:
        r = self.rng
        tags: list[str] = []
        if old_name:
            vi, en, brand, brand_en, native = f.old
            tags.append("old_name")
        else:
            vi, en, brand, brand_en, native = f.vi, f.en, f.brand, f.brand_en, f.native
        if f.parent is not None:
            if (src == "HQ" and r.random() < 0.4) or r.random() < 0.1:
                tags.append("parent_name")  # the source kept only the parent's name
            else:
                vi = self.branch_vi(vi, f)
                place = {"HCM": "HO CHI MINH CITY", "BD": "BINH DUONG", "BRVT": "BA RIA - VUNG TAU"}.get(
                    f.area, "DONG NAI"
                )
                en = f"{en} - {place} BRANCH"
        loc = f.old_loc if old_loc else f.loc
        land = f.old_land if old_loc else f.land
        if old_loc:
            tags.append("old_loc")
            era = "old" if r.random() < 0.85 else "mix"
        else:
            e = r.random()
            if src in ("EVN", "BHXH"):
                era = "old" if e < 0.6 else "new" if e < 0.8 else "mix"
            else:
                era = "old" if e < 0.4 else "new" if e < 0.75 else "mix"
        # ---- name
        name_kind = "full"
        x = r.random()
        if src == "HQ":
            name = en if (f.origin != "VN" and x < 0.75) or x < 0.5 else _fold(vi).upper()
            if native and r.random() < 0.06:
                name, name_kind = native, "native"
        elif src == "EVN":
            name = vi.upper()
            if x < 0.45:
                name = _abbr(vi, r).upper()
            if r.random() < 0.4:
                name = _fold(name)
            if r.random() < 0.12:
                person = f"{r.choice(_SURNAME)} {r.choice(_MIDDLE)} {r.choice(_VN_SYL)}".upper()
                if f.origin == "KR" and r.random() < 0.5:
                    person = f"{r.choice(_KR_SURNAME)} {r.choice(_KR)[0]} {r.choice(_KR)[0]}".upper()
                name = f"{person} - {name}" if r.random() < 0.4 else f"{name} ({person})"
                tags.append("holder")
            if len(name) > 40:
                name = name[:40]
                name_kind = "truncated"
        elif src == "BHXH":
            name = vi if x < 0.6 else _abbr(vi, r) if x < 0.85 else vi.upper()
            if len(name) > 50 and r.random() < 0.35:
                name = name[:50]
                name_kind = "truncated"
        elif src == "HCH":
            y = r.random()
            if y < 0.3:
                name = r.choice((brand.upper(), brand, brand_en))
                if native and r.random() < 0.5:
                    name = (
                        f"{native.split('(주)')[-1]} {brand_en}"
                        if r.random() < 0.5
                        else f"{brand_en} ({native})"
                    )
                name_kind = "brand"
            elif y < 0.65:
                short = vi.split(" ", 2)[-1] if vi.startswith(("Công ty TNHH", "Công ty CP")) else vi
                name = f"{en} / {vi}" if r.random() < 0.5 else f"{short} - {en}"
                name_kind = "bilingual"
            elif y < 0.88:
                name = en.title() if r.random() < 0.5 else en
            else:
                name = vi
            if native and name_kind != "brand" and r.random() < 0.12:
                name = native if r.random() < 0.3 else f"{native} {name}"
                if name == native:
                    name_kind = "native"
        elif src == "NH":
            name = vi.upper() if x < 0.6 else _abbr(vi, r).upper() if x < 0.8 else vi
        else:  # ZL: free typing
            y = r.random()
            if y < 0.12:
                name = brand if r.random() < 0.5 else brand.lower()
                if r.random() < 0.3:
                    name = f"cty {name}"
                name_kind = "brand"
            else:
                name = _abbr(vi, r)
                if r.random() < 0.35:
                    name = name.lower()
                if r.random() < 0.08 and len(name) > 25:
                    name = name[: r.randrange(18, len(name) - 3)].rstrip()
                    name_kind = "truncated"
            if r.random() < 0.3:
                name = _fold(name)
        if name_kind == "truncated":
            tags.append("truncated")
        elif name_kind == "brand":
            tags.append("brand_only")
        elif name_kind == "native":
            tags.append("native_only")
        # ---- tax code
        tax = self.render_tax(f, src, tags)
        # ---- address
        if r.random() < (0.03 if src in ("HQ", "BHXH", "NH") else 0.1):
            address = ""
            tags.append("address_empty")
        elif src == "HQ":
            address = self.address(loc, era, "en" if r.random() < 0.7 else "vi")
            if not address.isascii():
                address = _fold(address).upper()
        elif src == "HCH":
            address = self.address(
                loc, era, "short" if r.random() < 0.6 else "en" if f.origin != "VN" else "vi"
            )
        elif src == "ZL":
            address = self.address(loc, era, "free" if r.random() < 0.6 else "short")
        else:
            address = self.address(loc, era, "vi")
            if src in ("EVN", "NH") and r.random() < 0.5:
                address = address.upper()
        # ---- phone
        phone = self.render_phone(f, src, land, era, tags)
        # ---- record-level noise
        if r.random() < (0.12 if src == "ZL" else 0.035):
            name2 = _typo(name, r)
            if name2 != name:
                name = name2
                tags.append("typo")
        if not name.isascii() and src != "HQ" and r.random() < 0.1:
            name = _fold(name)
            tags.append("folded")
        if src in ("BHXH", "HCH") and r.random() < 0.06:
            name = name.upper()
        y = r.random()
        if y < 0.045:
            if not name.isascii() or not address.isascii():
                name = unicodedata.normalize("NFD", name)
                address = unicodedata.normalize("NFD", address)
                tags.append("nfd")
        elif y < 0.077 and src in ("BHXH", "NH", "ZL", "EVN"):
            if not name.isascii():
                name = name.translate(_MOJI)
                address = address.translate(_MOJI)
                tags.append("mojibake")
        self.out.append(
            {
                "id": "",
                "name": name,
                "tax_code": tax,
                "address": address,
                "phone": phone,
                "truth": f.truth,
                "_src": src,
            }
        )
        if self.meta:
            self.tags.append(tags)

    def branch_vi(self, vi: str, f: _Firm) -> str:
        r = self.rng
        place = {"HCM": "TP. Hồ Chí Minh", "BD": "Bình Dương", "BRVT": "Bà Rịa - Vũng Tàu"}.get(
            f.area, "Đồng Nai"
        )
        x = r.random()
        if x < 0.5:
            return f"Chi nhánh {vi} tại {place}"
        if x < 0.75:
            return f"Chi nhánh {vi} - Nhà máy {place}"
        return f"{vi} - Chi nhánh {place}"

    def render_tax(self, f: _Firm, src: str, tags: list[str]) -> str:
        r = self.rng
        p_empty = {"HQ": 0.04, "EVN": 0.5, "BHXH": 0.12, "HCH": 0.8, "NH": 0.05, "ZL": 0.55}[src]
        if r.random() < p_empty:
            tags.append("tax_empty")
            return ""
        code = f.tax
        if f.parent is not None:
            if r.random() < 0.3:
                code = f.parent.tax
                tags.append("branch_parent_code")
            else:
                tags.append("branch_code")
                if src == "HQ":
                    return code.replace("-", "")
                return code if r.random() < 0.8 else code.replace("-", " - ")
        x = r.random()
        if src in ("BHXH", "NH", "EVN") and x < 0.12:
            # Excel turned the cell into a number
            if code[0] == "0" and r.random() < 0.75:
                tags.append("tax_lost_zero")
                return code.lstrip("0")
            v = f"{int(code):.5E}"
            tags.append("tax_scientific")
            return v.replace(".", ",") if r.random() < 0.4 else v
        if src == "NH" and x < 0.4 or src in ("ZL", "HCH") and x < 0.2:
            tags.append("tax_prefix")
            return r.choice(("MST: ", "MST:", "MST ", "Mã số thuế: ", "MSDN: ", "mst ")) + code
        if src in ("NH", "ZL") and x < 0.6:
            y = r.random()
            if y < 0.5:
                tags.append("tax_dots")
                return f"{code[:4]}.{code[4:7]}.{code[7:]}"
            tags.append("tax_spaces")
            return f"{code[:4]} {code[4:7]} {code[7:]}" if y < 0.8 else " ".join(code)
        if src == "ZL" and x < 0.72:
            i = r.randrange(10)
            while True:
                d = str(r.randrange(10))
                bad = code[:i] + d + code[i + 1 :]
                if not check_digit_ok(bad):
                    break
            tags.append("tax_typo")
            return bad
        return code

    def fmt_mobile(self, m: str, era: str) -> str:
        r = self.rng
        if era == "old" and m[1:3] in _MOB_OLD and r.random() < 0.35:
            m = "0" + _MOB_OLD[m[1:3]] + m[3:]
            self._tag = "phone_old_mobile"
            x = r.random()
            if x < 0.5:
                return f"{m[:4]} {m[4:7]} {m[7:]}"
            return m if x < 0.8 else f"+84 {m[1:4]} {m[4:7]} {m[7:]}"
        x = r.random()
        if x < 0.3:
            return f"{m[:4]} {m[4:7]} {m[7:]}"
        if x < 0.45:
            return f"{m[:4]}.{m[4:7]}.{m[7:]}"
        if x < 0.65:
            return m
        if x < 0.78:
            self._tag = "phone_plus84"
            return f"+84 {m[1:4]} {m[4:7]} {m[7:]}" if r.random() < 0.5 else f"+84{m[1:]}"
        if x < 0.84:
            return f"84{m[1:]}"
        if x < 0.9:
            self._tag = "phone_lost_zero"
            return m[1:]
        return f"{m[:4]}-{m[4:7]}-{m[7:]}"

    def fmt_land(self, land: str, era: str, area: str) -> str:
        r = self.rng
        code, sub = None, None
        for a in _PROV.values():
            if land.startswith(a[1]) and len(land) - len(a[1]) == a[3]:
                code, sub, old = a[1], land[len(a[1]) :], a[2]
                break
        if code is None:  # pragma: no cover
            return land
        if era == "old" and r.random() < 0.4:
            code = old
            self._tag = "phone_old_area"
        x = r.random()
        if x < 0.3:
            return f"{code} {sub[:4]} {sub[4:]}"
        if x < 0.5:
            return f"({code}) {sub}"
        if x < 0.62:
            return f"{code}.{sub[:4]}.{sub[4:]}"
        if x < 0.75:
            return code + sub
        if x < 0.9:
            self._tag = "phone_plus84"
            return f"+84 {code[1:]} {sub[:4]} {sub[4:]}" if r.random() < 0.6 else f"(+84) {code[1:]}-{sub}"
        return f"84-{code[1:]}-{sub}"

    def render_phone(self, f: _Firm, src: str, land: str, era: str, tags: list[str]) -> str:
        r = self.rng
        p_empty = {"HQ": 0.3, "EVN": 0.1, "BHXH": 0.1, "HCH": 0.04, "NH": 0.06, "ZL": 0.02}[src]
        if r.random() < p_empty:
            tags.append("phone_empty")
            return ""
        self._tag = ""
        phones: list[str] = []
        if f.acct and src in ("BHXH", "NH", "ZL") and r.random() < 0.75:
            p = f.acct
            phones.append(self.fmt_land(p, era, f.area) if p[1] == "2" else self.fmt_mobile(p, era))
            tags.append("acct_phone")
        elif src in ("HQ", "BHXH", "NH") and land:
            phones.append(self.fmt_land(land, era, f.area))
        elif src == "HCH":
            phones.append(self.fmt_mobile(f.sales, era))
        else:
            phones.append(self.fmt_mobile(f.mobile, era))
        if self._tag:
            tags.append(self._tag)
        if r.random() < (0.25 if src in ("ZL", "HCH") else 0.07):
            self._tag = ""
            other = (
                self.fmt_mobile(f.mobile if r.random() < 0.6 else f.sales, era)
                if r.random() < 0.6 or not land
                else self.fmt_land(land, era, f.area)
            )
            if other != phones[0]:
                phones.append(other)
                if self._tag:
                    tags.append(self._tag)
        if len(phones) == 1 and src == "HQ" and land and r.random() < 0.3:
            # customs forms carry a fax: the next number of the landline
            fax = land[:-1] + str((int(land[-1]) + 1) % 10)
            return f"Tel: {phones[0]} Fax: {self.fmt_land(fax, era, f.area)}"
        if len(phones) > 1:
            tags.append("multi_phone")
            return r.choice((" - ", " / ", "; ", ", ", " hoặc ", "\n")).join(phones)
        if src == "HCH" and r.random() < 0.1:
            person = f"{r.choice(('Mr.', 'Ms.', 'A.', 'C.'))} {r.choice(_VN_SYL)}"
            return f"{phones[0]} ({person})"
        return phones[0]

    # ---------------------------------------------------------------- scenarios
    def run(self) -> None:
        r = self.rng
        while len(self.out) < self.n:
            x = r.random()
            group: list[_Firm]
            if x < 0.024:
                group = self.sisters()
            elif x < 0.058:
                group = self.branches()
            elif x < 0.07:
                group = self.namesake_province()
            elif x < 0.082:
                group = self.namesake_form()
            else:
                group = [self.plain()]
            for f in group:
                self.decorate(f)
            for f in group:
                self.emit_firm(f)

    def sisters(self) -> list[_Firm]:
        r = self.rng
        area = self.pick_area()
        origin = "VN" if r.random() < 0.65 else r.choice(("KR", "JP", "TW", "CN", "SG"))
        first = self.plain(area, origin)
        group = [first]
        inds = r.sample(("Precision", "Tech", "Global", "Electronics", "Packaging", "Industrial"), 2)
        for ind in inds[: 1 if r.random() < 0.75 else 2]:
            f = self.new_firm(area, origin)
            if origin == "VN":
                while True:
                    desc = r.choice(_VN_DESC)
                    if _fold(f"{desc[0]} {first.brand}").lower() not in self.names[area]:
                        break
                self.name_vn(f, area, forced=(desc, first.brand))
            else:
                f.form = first.form
                f.brand, f.brand_en, f.native = first.brand, first.brand_en, first.native
                f.vi = first.vi.replace(" Việt Nam", f" {ind} Việt Nam").replace(" Vina", f" {ind} Vina")
                if f.vi == first.vi:
                    f.vi = f"{first.vi} {ind}"
                f.en = first.en.replace(first.brand_en, f"{first.brand_en} {ind.upper()}", 1)
                self.names[area].add(_fold(f.vi).lower())
            f.loc = first.loc
            if r.random() < 0.5:
                f.land = first.land
            if r.random() < 0.2:
                f.sales = first.sales
            group.append(f)
        for f in group:
            f.cases.append("sister")
            f.group = first.truth
        return group

    def branches(self) -> list[_Firm]:
        r = self.rng
        parent = self.plain()
        parent.cases.append("parent")
        parent.group = parent.truth
        group = [parent]
        for j in range(1 if r.random() < 0.75 else 2):
            area = r.choice(("HCM", "BD", "BD", "BRVT"))
            b = self.new_firm(area, parent.origin)
            self.taxes.discard(b.tax)
            b.tax = f"{parent.tax}-{j + 1:03d}"
            b.parent = parent
            b.form = parent.form
            b.vi, b.en, b.brand, b.brand_en, b.native = (
                parent.vi,
                parent.en,
                parent.brand,
                parent.brand_en,
                parent.native,
            )
            b.loc = self.location(area, 0.9)
            b.cases.append("branch")
            b.group = parent.truth
            group.append(b)
        return group

    def namesake_province(self) -> list[_Firm]:
        r = self.rng
        a = self.plain(origin="VN")
        other = r.choice(("DN", "LA", "HN", "BN", "DNG", "BP", "HCM", "BD", "BRVT"))
        if other == a.area:
            other = "DN"
        b = self.new_firm(other, "VN")
        # same descriptor and brand, hence the same registered name
        desc_brand = (a.vi[len(_VI_FORM[a.form][0]) + 1 : -len(a.brand) - 1], a.brand)
        desc_en = a.en[len(a.brand_en) + 1 : -len(_EN_FORM[a.form]) - 1]
        self.names[other].add(_fold(f"{desc_brand[0]} {a.brand}").lower())
        b.form = a.form
        b.brand, b.brand_en = a.brand, a.brand_en
        b.vi = a.vi
        b.en = f"{a.brand_en} {desc_en} {_EN_FORM[a.form]}"
        a.cases.append("namesake_province")
        b.cases.append("namesake_province")
        a.group = b.group = a.truth
        return [a, b]

    def namesake_form(self) -> list[_Firm]:
        r = self.rng
        a = self.plain(origin="VN")
        forms = [
            x
            for x in ("TNHH", "CP", "DNTN", "TNHH1")
            if x != a.form and not (a.form.startswith("TNHH") and x.startswith("TNHH"))
        ]
        area = a.area if r.random() < 0.5 else self.pick_area()
        b = self.new_firm(area, "VN")
        form = r.choice(forms)
        b.form = form
        b.brand, b.brand_en = a.brand, a.brand_en
        b.vi = a.vi.replace(_VI_FORM[a.form][0], _VI_FORM[form][0], 1)
        b.en = a.en.replace(_EN_FORM[a.form], _EN_FORM[form])
        a.cases.append("namesake_form")
        b.cases.append("namesake_form")
        a.group = b.group = a.truth
        return [a, b]

    # ---------------------------------------------------------------- finish
    def finish(self) -> list[dict]:
        r = self.rng
        out = self.out
        order = list(range(len(out)))
        r.shuffle(order)
        res = [out[i] for i in order]
        if self.meta:
            self.tags = [self.tags[i] for i in order]
        for i, rec in enumerate(res):
            rec["id"] = f"{rec.pop('_src')}-{i:07d}"
        return res


def _generate(
    n: int, seed: int = 0, meta: bool = False
) -> tuple[list[dict], list[list[str]], dict[str, _Firm]]:
    """Records plus, when meta is set, each record's tags and the firms by truth (for tests)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    g = _Gen(n, seed, meta)
    g.run()
    res = g.finish()
    if not meta:
        return res, [], {}
    used = {rec["truth"] for rec in res}
    return res, g.tags, {t: f for t, f in g.firms.items() if t in used}


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic records (id, name, tax_code, address, phone, truth), deterministic for (n, seed)."""
    return _generate(n, seed)[0]


def main(argv: list[str]) -> None:
    """Print a short summary of n records."""
    import time

    n = int(argv[1]) if len(argv) > 1 else 20000
    seed = int(argv[2]) if len(argv) > 2 else 0
    t0 = time.perf_counter()
    recs = records(n, seed)
    dt = time.perf_counter() - t0
    ents = len({x["truth"] for x in recs})
    share = lambda key: sum(1 for x in recs if x[key]) / max(1, len(recs))  # noqa: E731
    names = len({x["name"] for x in recs})
    srcs: dict[str, int] = {}
    for x in recs:
        s = x["id"].split("-")[0]
        srcs[s] = srcs.get(s, 0) + 1
    print(f"records               {len(recs)}")
    print(f"enterprises           {ents}")
    print(f"records / enterprise  {len(recs) / max(1, ents):.2f}")
    print(f"distinct names        {names}")
    print(f"with tax code         {share('tax_code'):.1%}")
    print(f"with phone            {share('phone'):.1%}")
    print(f"with address          {share('address'):.1%}")
    print(
        "sources               " + ", ".join(f"{k} {v / len(recs):.0%}" for k, v in sorted(srcs.items()))
        if recs
        else ""
    )
    print(f"generated in          {dt:.2f} s")


if __name__ == "__main__":
    main(sys.argv)
