"""ALL DATA IS SYNTHETIC. Generator E: vendor and supplier-development lists merged by a province.

No record describes a real enterprise, person or telephone line: names are drawn from syllable tables, tax codes are
random (with a valid check digit), phones are random. Place names (provinces, districts, wards, industrial parks and
clusters, streets) are real, so that addresses look like the ones officers actually receive; which street lies in
which ward, lot numbers and house numbers are made up.

Scenario. The Department of Industry and Trade of the new (2025) Bắc Ninh province (old Bắc Ninh + old Bắc Giang)
merges four kinds of lists about the same supplier population:

* ``avl``   - FDI buyers' approved-vendor lists (Samsung/Canon/Foxconn-style). English legal names in upper case
  ("MINH ANH PRECISION MECHANICAL CO., LTD", "HANSHIN VINA CO.,LTD"), sometimes an unaccented Vietnamese name
  ("CONG TY TNHH CO KHI MINH ANH"), buyer vendor codes glued to the name ("SV-004213 MINH ANH PRECISION",
  "... (V0912345)"), English addresses ("Lot CN5, Yen Phong IP, Yen Phong Dist., Bac Ninh"), tax code usually
  missing, switchboard numbers in +84 forms.
* ``match`` - KOTRA/JETRO-style matchmaking lists: title-case transliterated names, often with the Korean/Japanese/
  Chinese parent ("Hanshin Vina Co., Ltd. (Parent: Hanshin Co., Ltd., Korea)", rarely with the hangul name),
  short English addresses ("Que Vo IP, Bac Ninh"), the contact person's mobile ("0912 345 678 (Mr. Tuấn)").
* ``cnht``  - the province's own supporting-industry (CNHT) programme records: Vietnamese legal names with full or
  abbreviated legal forms (Công ty TNHH, Cty TNHH MTV, CTCP, Cty CP, DNTN, HTX), tax codes (10 digits; 13 as
  ``xxxxxxxxxx-00n`` for dependent branches), Vietnamese addresses in three administrative eras.
* ``self``  - supplier self-registration web forms: trading names in lower case, no diacritics, Telex leftovers
  ("cow khis minh anh"), mobiles, half addresses ("kcn que vo").

Every record is written in an era: before 2017 (old landline area codes 0241/0240/04/031..., 11-digit mobiles
016x/012x, older district/commune forms such as "huyện Quế Võ", "thị xã Từ Sơn", "huyện Việt Yên"), 2017 to June 2025
(districts of the 63-province map) or from 1 July 2025 (34 provinces, no district level: "phường Nếnh, tỉnh Bắc
Ninh" for what was "phường Quang Châu, thị xã Việt Yên, tỉnh Bắc Giang"). New-era records still use old addresses
about a third of the time, as people do.

Enterprises (the ``truth`` key) have 1..8 records, skewed: about 46% are singletons, FDI firms appear in more
lists; about 2.3 records per enterprise overall. Roughly 78% domestic, 10% Korean, 5% Japanese, 4% mainland
Chinese, 3% Taiwanese. Distinct names grow with n (syllable names with uniqueness checks, as the national register
enforces), so 1M rows give about 430k enterprises and about as many distinct legal names (21 s, ~1 GB on a
2-core machine).

Hard cases (share of enterprises, approximate):

* sister firms sharing a brand with different products and tax codes, often the same premises and switchboard
  ("Công ty CP Đầu tư Minh Anh" / "Công ty TNHH Cơ khí Minh Anh"; "Hanshin Vina" / "Hanshin Electronics Vina"):
  ~5.5% of enterprises are in such a family of 2-3;
* the same legal name in two provinces (different tax-code prefix and address): ~1.4%;
* dependent branches ("Chi nhánh Công ty TNHH X tại Bắc Giang", "X CO., LTD - BAC NINH BRANCH", tax code
  ``X-001``) are their own truth, separate from the head office; ~4% of enterprises are a head office or branch
  in such a family; about 1 branch record in 5 drops the "Chi nhánh"/"branch" marker, about 1 written branch
  code in 8 is only the head office's 10-digit code;
* namesakes differing only in legal form (Công ty TNHH X / Công ty CP X, unrelated): ~1.4%;
* renamed or converted enterprises (TNHH -> CP, MTV -> TNHH, DNTN -> TNHH, a new industry word, or a new name
  after a takeover) keep their tax code and truth: ~3.7%;
* firms that moved between parks or from a village workshop into a park (same tax code, same truth, often a new
  landline): ~3.5%;
* Korean/Japanese/Chinese/Taiwanese brands romanised several ways ("Hanshin"/"Han Shin"/"Han-Shin", "Dong-A"/
  "Dong A", "Seong"/"Sung", "Toyo"/"Touyou"/"Tohyoh", pinyin "Hongfu" vs Wade-Giles "Hung Fu" vs the Hán-Việt
  "Hồng Phú" in the Vietnamese registered name): every FDI enterprise, ~20-30% of its records not in the
  registered spelling;
* unrelated firms sharing a lot (ready-built factories), an accounting-service phone (~3% of domestic firms
  without a landline), or a common brand-like name in different trades ("Nhựa Minh Anh" / "Cơ khí Minh Anh") arise naturally.

Noise: typos, lost diacritics, ALL CAPS, NFD unicode (~1% of records), UTF-8 read as cp1252 mojibake (~0.4%),
Telex leftovers, tax codes with spaces/dots/"MST:", leading zeros lost by Excel (Hà Nội, Hải Phòng, Hải Dương,
Hưng Yên codes start with 0), ``.0`` float tails and rare scientific notation, typos in a digit, 13-digit codes
written without the dash; phones in +84/84/0/no-zero forms, dotted and spaced, old area codes and 11-digit mobiles
in old records, two numbers in one field, staff mobiles that change between lists.

Evidence. Of all pairs of records of the same enterprise, about 37% share neither a tax code (first ten digits,
leading zeros restored) nor a phone number (digits after +84/0 normalisation, stale area codes not mapped);
about 26% share neither of those nor a lot or house number. Those pairs are linked only by
the name (usually a distinctive one: a syllable name plus trade words, or a foreign brand), as in real merged lists.
Run this file as a script to print the measured figures for a given n.

Interface: ``records(n, seed=0)`` -> list of dicts ``{id, name, tax_code, address, phone, truth}`` (all str; any
field except id/truth may be ""), exactly n rows, deterministic for (n, seed), shuffled before ids are assigned.
Pure standard library.
"""

from __future__ import annotations

import random
import unicodedata

__all__ = ["records"]

# --------------------------------------------------------------------------------------------------------------
# text helpers

_VN_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VN_ALL = _VN_LOWER + _VN_LOWER.upper()


def _base_letter(c: str) -> str:
    if c == "đ":
        return "d"
    if c == "Đ":
        return "D"
    return unicodedata.normalize("NFD", c)[0]


_STRIP = str.maketrans({c: _base_letter(c) for c in _VN_ALL})


def _strip(s: str) -> str:
    """Vietnamese without diacritics (đ -> d)."""
    return s.translate(_STRIP)


_TONE_KEY = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def _telex_parts(c: str) -> tuple[str, str]:
    if c in "đĐ":
        return ("dd" if c == "đ" else "DD"), ""
    d = unicodedata.normalize("NFD", c)
    base, out, tone = d[0], d[0], ""
    for m in d[1:]:
        if m == "\u0302":
            out = base + base.lower()
        elif m in "\u0306\u031b":
            out = base + ("W" if base.isupper() and not c.islower() else "w")
        elif m in _TONE_KEY:
            tone = _TONE_KEY[m]
    return out, tone


_TELEX = {c: _telex_parts(c) for c in _VN_ALL}


def _telex(s: str, rng: random.Random) -> str:
    """What is typed with the Vietnamese IME switched off: 'Cơ khí' -> 'Cow khis' (most words)."""
    words = []
    for w in s.split(" "):
        if rng.random() < 0.25 or not any(c in _TELEX for c in w):
            words.append(w)
            continue
        tone = ""
        buf = []
        for c in w:
            t = _TELEX.get(c)
            if t is None:
                buf.append(c)
            else:
                buf.append(t[0])
                tone = tone or t[1]
        words.append("".join(buf) + tone)
    return " ".join(words)


# fmt: off
_NEAR = {
    "a": "qsz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "g": "fh", "h": "gj", "i": "uo", "k": "jl",
    "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb",
    "y": "tu", "0": "9", "1": "2", "2": "13", "3": "24", "4": "35", "5": "46", "6": "57", "7": "68", "8": "79",
}
# fmt: on


def _typo(s: str, rng: random.Random) -> str:
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 1)
    c = s[i]
    if c == " " or c == ",":
        return s
    r = rng.random()
    if r < 0.3:
        return s[:i] + s[i + 1 :]
    if r < 0.55:
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    if r < 0.7:
        return s[:i] + c + s[i:]
    near = _NEAR.get(_strip(c).lower())
    if not near:
        return s[:i] + s[i + 1 :]
    k = rng.choice(near)
    return s[:i] + (k.upper() if c.isupper() else k) + s[i + 1 :]


def _mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


def _words_cap(s: str) -> str:
    """'Công ty TNHH cơ khí' -> 'Công Ty TNHH Cơ Khí' (keeps acronyms)."""
    return " ".join(w[:1].upper() + w[1:] if w and not w.isupper() else w for w in s.split(" "))


def _spaces(s: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return s.replace(", ", ",", 1 + rng.randrange(3))
    if r < 0.65:
        i = s.find(" ", rng.randrange(max(1, len(s))))
        return s if i < 0 else s[:i] + "  " + s[i + 1 :]
    if r < 0.85:
        return s + " "
    return " " + s


# --------------------------------------------------------------------------------------------------------------
# names

# fmt: off
# Vietnamese syllables used in enterprise names; the first 34 are the common ones (weight 3).
_VN_SYL_COMMON = (
    "Minh Anh Phát Thành Hưng Việt Long Hoàng Tân Phú Thịnh Đạt An Nam Hải Quang Đức Trường Thắng Tiến Phúc "
    "Hòa Bình Hà Sơn Lộc Tài Gia Huy Khang Vĩnh Kim Ngọc Thiên"
).split()
_VN_SYL_RARE = (
    "Đông Hồng Trung Thái Hùng Dũng Cường Bảo Toàn Thuận Lợi Tín Nghĩa Hiệp Hạnh Linh Hương Mai Lan Hoa "
    "Thảo Vũ Quốc Đại Hợp Thông Khánh Phong Lâm Tuấn Hiếu Kiên Trí Nhật Tâm Thủy Hiền Yến Thanh Xuân Thu "
    "Đăng Duy Khôi Vinh Phương Trang Hậu Lực Quý Thọ Uy Vượng Sáng Bắc Á Âu Tú Mạnh Chiến Đô Nguyên Hoan "
    "Kỳ Liên Nhân Khải Hoàn Cát Tường Danh Thiện Kết Ánh Dương Lương Trọng Tùng Sinh Hào Nhất Chính Khoa "
    "Vân Hưởng Quân Công Định Lập Tiên Diệu Triều Thăng Ninh Hiển"
).split()
_VN_SYL = tuple(_VN_SYL_COMMON * 3 + _VN_SYL_RARE)
_ACRO_LETTERS = "ABCDEGHKLMNPQSTVX"

# (Vietnamese trade words, English, short English used in buyer lists)
_INDUSTRY = (
    ("Cơ khí chính xác", "Precision Mechanical", "Precision"),
    ("Cơ khí", "Mechanical", "Mechanical"),
    ("Cơ khí chế tạo", "Mechanical Engineering", "Mechanical"),
    ("Khuôn mẫu", "Mould", "Mould"),
    ("Khuôn mẫu chính xác", "Precision Mould", "Mould"),
    ("Nhựa", "Plastic", "Plastic"),
    ("Ép nhựa", "Plastic Injection", "Plastic"),
    ("Bao bì", "Packaging", "Packaging"),
    ("Bao bì giấy", "Paper Packaging", "Packaging"),
    ("In và Bao bì", "Printing and Packaging", "Printing"),
    ("Giấy", "Paper", "Paper"),
    ("Tem nhãn", "Label", "Label"),
    ("Điện tử", "Electronics", "Electronics"),
    ("Linh kiện điện tử", "Electronic Components", "Electronics"),
    ("Thiết bị điện", "Electrical Equipment", "Electric"),
    ("Dây và Cáp điện", "Wire and Cable", "Cable"),
    ("Công nghệ", "Technology", "Tech"),
    ("Kỹ thuật", "Engineering", "Engineering"),
    ("Tự động hóa", "Automation", "Automation"),
    ("Thương mại và Dịch vụ", "Trading and Services", "Trading"),
    ("Sản xuất và Thương mại", "Production and Trading", "Trading"),
    ("Thương mại", "Trading", "Trading"),
    ("Đầu tư và Phát triển", "Investment and Development", "Investment"),
    ("Đầu tư Xây dựng", "Construction Investment", "Construction"),
    ("Dệt may", "Textile and Garment", "Textile"),
    ("May mặc", "Garment", "Garment"),
    ("Phụ liệu may", "Garment Accessories", "Accessories"),
    ("Da giày", "Footwear", "Footwear"),
    ("Thép", "Steel", "Steel"),
    ("Thép không gỉ", "Stainless Steel", "Stainless"),
    ("Đúc", "Casting", "Casting"),
    ("Đúc kim loại", "Metal Casting", "Casting"),
    ("Mạ", "Plating", "Plating"),
    ("Xử lý bề mặt", "Surface Treatment", "Surface"),
    ("Sơn tĩnh điện", "Powder Coating", "Coating"),
    ("Cao su", "Rubber", "Rubber"),
    ("Keo dán", "Adhesive", "Adhesive"),
    ("Hóa chất", "Chemical", "Chemical"),
    ("Gỗ", "Wood", "Wood"),
    ("Pallet", "Pallet", "Pallet"),
    ("Thiết bị công nghiệp", "Industrial Equipment", "Equipment"),
    ("Vật liệu mới", "New Materials", "Materials"),
    ("Màng nhựa", "Plastic Film", "Film"),
    ("Xốp", "Foam", "Foam"),
    ("Bulong ốc vít", "Fastener", "Fastener"),
    ("Lò xo", "Spring", "Spring"),
    ("Khuôn dập", "Stamping Die", "Stamping"),
    ("Dập kim loại", "Metal Stamping", "Stamping"),
    ("Gia công kim loại", "Metal Processing", "Metal"),
    ("Nhôm", "Aluminium", "Aluminium"),
    ("Dụng cụ cắt", "Cutting Tools", "Tools"),
    ("Vật tư công nghiệp", "Industrial Supplies", "Supplies"),
    ("Môi trường", "Environment", "Environment"),
    ("Logistics", "Logistics", "Logistics"),
    ("Vận tải", "Transport", "Transport"),
)
_IND_ASCII = tuple(_strip(i[0]) for i in _INDUSTRY)

# (Vietnamese, English); index 0 = none. Repeated entries weight the draw.
_SUFFIX = (
    ("", ""),
    ("Việt Nam", "Vietnam"),
    ("Bắc Ninh", "Bac Ninh"),
    ("Kinh Bắc", "Kinh Bac"),
    ("Quốc tế", "International"),
    ("Toàn Cầu", "Global"),
    ("Bắc Giang", "Bac Giang"),
    ("Hà Nội", "Ha Noi"),
    ("Á Châu", "Asia"),
)
_SUFFIX_DRAW = (0,) * 70 + (1,) * 8 + (2,) * 4 + (3,) * 2 + (4,) * 4 + (5,) * 2 + (6,) * 3 + (7,) * 1 + (8,) * 1

# craft villages / localities used in cooperative (HTX) names
_HTX_PLACES = ("Đa Hội", "Đại Bái", "Mẫn Xá", "Phong Khê", "Đồng Kỵ", "Châu Khê", "Văn Môn", "Phù Khê",
               "Tam Sơn", "Đông Xuyên", "Quảng Bố", "Ngọc Xuyên")

_FORMS_VN = ("TNHH",) * 40 + ("TNHH MTV",) * 20 + ("CP",) * 30 + ("DNTN",) * 6 + ("HTX",) * 1
_FORM_VI = {
    "TNHH": ("Công ty TNHH",) * 8 + ("Cty TNHH",) * 3 + ("Công ty Trách nhiệm hữu hạn", "C.ty TNHH", "Công ty TNHH"),
    "TNHH MTV": ("Công ty TNHH MTV",) * 5 + ("Công ty TNHH một thành viên", "Cty TNHH MTV", "Cty TNHH MTV",
                                             "Công ty TNHH 1TV", "Công ty TNHH"),
    "CP": ("Công ty Cổ phần",) * 5 + ("Công ty CP",) * 3 + ("CTCP",) * 2 + ("Cty CP",) * 2 + ("Cty Cổ phần",),
    "DNTN": ("Doanh nghiệp tư nhân",) * 3 + ("DNTN",) * 3 + ("DN tư nhân",),
    "HTX": ("Hợp tác xã",) * 2 + ("HTX",) * 2,
}
_FORM_EN = {
    "TNHH": ("CO., LTD",) * 4 + ("CO.,LTD",) * 3 + ("COMPANY LIMITED",) * 3 + ("CO., LTD.", "LIMITED COMPANY",
                                                                              "CO LTD", "LTD"),
    "TNHH MTV": ("ONE MEMBER CO., LTD",) * 2 + ("ONE MEMBER COMPANY LIMITED", "CO., LTD", "COMPANY LIMITED",
                                                  "CO.,LTD"),
    "CP": ("JOINT STOCK COMPANY",) * 4 + ("JSC",) * 4 + ("J.S.C", "CORPORATION", "JOINT STOCK CO."),
    "DNTN": ("PRIVATE ENTERPRISE",) * 3 + ("PRIVATE BUSINESS",),
    "HTX": ("COOPERATIVE",) * 2 + ("CO-OPERATIVE",),
}
_FORM_TITLE = {  # matchmaking lists
    "TNHH": ("Co., Ltd.", "Co., Ltd", "Company Limited", "Co.,Ltd"),
    "TNHH MTV": ("One Member Co., Ltd.", "Co., Ltd.", "Co., Ltd"),
    "CP": ("JSC", "Joint Stock Company", "Corp.", "JSC."),
    "DNTN": ("Private Enterprise",),
    "HTX": ("Cooperative",),
}

# Korean syllables: (romanisations, registered spelling first; hangul)
_KR = (
    (("Han",), "한"), (("Shin", "Sin"), "신"), (("Dong",), "동"), (("A", "Ah"), "아"),
    (("Sung", "Seong"), "성"), (("Young", "Yeong"), "영"), (("Hyun", "Hyeon"), "현"),
    (("Kwang", "Gwang"), "광"), (("Jung", "Jeong"), "정"), (("Kyung", "Gyeong", "Kyoung"), "경"),
    (("Il",), "일"), (("Woo", "U"), "우"), (("Seo", "Suh"), "서"), (("Won",), "원"), (("Jin",), "진"),
    (("Bum", "Beom"), "범"), (("Duk", "Deok"), "덕"), (("Hwa",), "화"), (("Sam",), "삼"),
    (("Kum", "Geum"), "금"), (("Kook", "Guk"), "국"), (("Chang",), "창"), (("Myung", "Myeong"), "명"),
    (("Yong",), "용"), (("Ho",), "호"), (("Kang", "Gang"), "강"), (("Tae",), "태"), (("Sun", "Seon"), "선"),
    (("Hae",), "해"), (("Dae",), "대"), (("Chul", "Cheol"), "철"), (("Eun",), "은"), (("Heung",), "흥"),
    (("Mi",), "미"), (("In",), "인"), (("Bo",), "보"), (("Nam",), "남"), (("Joo", "Ju"), "주"),
    (("Kyo", "Gyo"), "교"), (("Sang",), "상"), (("Moon", "Mun"), "문"), (("Pyung", "Pyeong"), "평"),
    (("Chun", "Cheon"), "천"), (("Hee", "Hui"), "희"), (("Yoo", "Yu"), "유"), (("Ji",), "지"), (("Se",), "세"),
    (("Doo", "Du"), "두"), (("Hyo",), "효"), (("Byung", "Byeong"), "병"), (("Gun", "Geon", "Kun"), "건"),
    (("Jae",), "재"), (("Wook", "Uk"), "욱"), (("Suk", "Seok"), "석"), (("Yang",), "양"), (("Ah",), "아"),
)
_KR_FIRST = tuple(i for i, s in enumerate(_KR) if s[0][0] not in ("A", "Ah"))
_KR_SECTOR = (
    ("",), ("",), ("",), ("Electronics", "Electronic"), ("Precision",), ("Tech", "Tec"), ("Techno",),
    ("Industrial", "Industry"), ("Chemical",), ("Metal",), ("Plastics", "Plastic"), ("Hi-Tech", "Hitech", "Hi Tech"),
    ("Engineering",), ("Display",), ("Materials", "Material"), ("Components", "Component"), ("Electric",),
    ("Telecom",), ("Mold", "Mould"), ("Package",), ("Vision",), ("Solution", "Solutions"), ("E&T",), ("T&C",),
    ("Global",), ("Innotek",), ("Flex",), ("Optics",),
)
_KR_HANGUL_TAIL = {"Vina": "비나", "Vietnam": "베트남", "": ""}

_JP_PRE = (("",), ("Shin",), ("Nihon", "Nippon"), ("Dai",), ("Tōhō",), ("Kita",), ("Higashi",), ("Nishi",))
_JP_ELEM = (
    "Yamada", "Tanaka", "Nishimura", "Matsumoto", "Kobayashi", "Ōtsuka", "Ōta", "Kōyō", "Dai-ichi", "Tōyō",
    "Sankō", "Taiyō", "Yamato", "Fuji", "Asahi", "Nissin", "Tōwa", "Kyōwa", "Shin'ei", "Chūō", "Sanwa",
    "Meiwa", "Daiwa", "Nakamura", "Suzuki", "Yoshida", "Okamoto", "Hayashi", "Morita", "Ishikawa", "Kondō",
    "Saitō", "Endō", "Gotō", "Kōno", "Ōno", "Ōkubo", "Ōmori", "Shōwa", "Tōkai", "Hōei", "Kōsei", "Marubeni",
    "Sumida", "Hokuto", "Kansai", "Chūbu", "Hokuriku", "Kyūshū", "Tōhoku", "Sakura", "Miyako", "Hinode",
)
# (romaji, English translation or "")
_JP_SUF = (
    ("", ""), ("Seiki", "Precision Machinery"), ("Seimitsu", "Precision"), ("Kōgyō", "Industry"),
    ("Denshi", "Electronics"), ("Kasei", "Chemical"), ("Giken", "Engineering"), ("Tekkō", "Steel"),
    ("Shōji", "Trading"), ("Kinzoku", "Metal"), ("Denki", "Electric"), ("Sangyō", "Industrial"),
    ("Seisakusho", "Manufacturing"), ("Kōki", "Machinery"), ("Gomu", "Rubber"), ("Precision", ""),
    ("Electronics", ""), ("Plastic", ""), ("Packaging", ""), ("Mold", ""),
)
# spellings of the long vowels ō / ū: registered Hepburn-without-macron, then "ou/uu", "oh", "oo"
_JP_LONG = (("o", "u"), ("ou", "uu"), ("oh", "u"), ("oo", "uu"))
_JP_SPECIAL = {"Dai-ichi": ("Daiichi", "Dai-ichi", "Dai Ichi"), "Shin'ei": ("Shinei", "Shin-ei", "Shin'ei")}

# Chinese characters: (pinyin, Wade-Giles, Hán-Việt)
_CN = (
    ("Hong", "Hung", "Hồng"), ("Hai", "Hai", "Hải"), ("Fu", "Fu", "Phú"), ("Kang", "K'ang", "Khang"),
    ("Xin", "Hsin", "Tân"), ("Hua", "Hua", "Hoa"), ("Zhong", "Chung", "Trung"), ("De", "Te", "Đức"),
    ("Guang", "Kuang", "Quang"), ("Ming", "Ming", "Minh"), ("Da", "Ta", "Đạt"), ("Yuan", "Yuan", "Nguyên"),
    ("Sheng", "Sheng", "Thịnh"), ("Tai", "T'ai", "Thái"), ("Jin", "Chin", "Kim"), ("Dong", "Tung", "Đông"),
    ("Chang", "Ch'ang", "Trường"), ("Yong", "Yung", "Vĩnh"), ("Li", "Li", "Lợi"), ("Xiang", "Hsiang", "Tường"),
    ("Rong", "Jung", "Vinh"), ("Hui", "Hui", "Huy"), ("Jing", "Ching", "Tinh"), ("Jia", "Chia", "Gia"),
    ("Qiang", "Ch'iang", "Cường"), ("Tian", "T'ien", "Thiên"), ("Feng", "Feng", "Phong"), ("Lian", "Lien", "Liên"),
    ("Cheng", "Ch'eng", "Thành"), ("Wei", "Wei", "Vĩ"), ("Long", "Lung", "Long"), ("Shun", "Shun", "Thuận"),
    ("Bao", "Pao", "Bảo"), ("Kai", "K'ai", "Khải"), ("Zhi", "Chih", "Chí"), ("Quan", "Ch'uan", "Toàn"),
    ("He", "Ho", "Hòa"), ("Tong", "T'ung", "Thông"), ("Run", "Jun", "Nhuận"), ("Ding", "Ting", "Đỉnh"),
    ("Chuang", "Ch'uang", "Sáng"), ("Yu", "Yu", "Vũ"), ("Sen", "Sen", "Sâm"), ("Heng", "Heng", "Hằng"),
)
# (English, Hán-Việt)
_CN_SECTOR = (
    ("Technology", "Khoa học Kỹ thuật"), ("Precision", "Chính xác"), ("Electronic", "Điện tử"),
    ("Industrial", "Công nghiệp"), ("Plastic", "Nhựa"), ("Metal", "Kim loại"), ("Packaging", "Bao bì"),
    ("Optical", "Quang học"), ("Hardware", "Ngũ kim"), ("Mould", "Khuôn mẫu"), ("New Material", "Vật liệu mới"),
    ("Intelligent Technology", "Công nghệ Thông minh"), ("Electric", "Điện khí"), ("Printing", "In ấn"),
    ("Textile", "Dệt"), ("Electronic Technology", "Khoa học Kỹ thuật Điện tử"),
)
_CN_CITY = ("Shenzhen", "Dongguan", "Suzhou", "Kunshan", "Ningbo", "Xiamen", "Huizhou", "Guangzhou")
_TW_CITY = ("Taipei", "New Taipei", "Taoyuan", "Taichung", "Kaohsiung", "Hsinchu")

_VN_FAMILY = ("Nguyễn",) * 6 + ("Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đào")
_VN_GIVEN = ("Tuấn", "Hùng", "Hương", "Lan", "Dũng", "Hà", "Thảo", "Linh", "Nam", "Trang", "Hải", "Hoa", "Long",
             "Thủy", "Quang", "Huyền", "Minh", "Ngọc", "Sơn", "Phương", "Cường", "Hạnh", "Đức", "Yến")
_KR_FAMILY = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim")
_JP_FAMILY = ("Tanaka", "Suzuki", "Sato", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura")

# --------------------------------------------------------------------------------------------------------------
# places (real names; checked against the 2025 official lists)

# old province key -> (name before July 2025, name from July 2025, English old, English new, tax-code prefix,
#                       landline area code from 2017, before 2017, subscriber digits, "tỉnh"/"thành phố")
_PROV = {
    "BN": ("Bắc Ninh", "Bắc Ninh", "Bac Ninh", "Bac Ninh", "23", "222", "241", 7, "tỉnh"),
    "BG": ("Bắc Giang", "Bắc Ninh", "Bac Giang", "Bac Ninh", "24", "204", "240", 7, "tỉnh"),
    "HN": ("Hà Nội", "Hà Nội", "Hanoi", "Ha Noi", "01", "24", "4", 8, "thành phố"),
    "HD": ("Hải Dương", "Hải Phòng", "Hai Duong", "Hai Phong", "08", "220", "320", 7, "tỉnh"),
    "HP": ("Hải Phòng", "Hải Phòng", "Hai Phong", "Hai Phong", "02", "225", "31", 7, "thành phố"),
    "VP": ("Vĩnh Phúc", "Phú Thọ", "Vinh Phuc", "Phu Tho", "25", "211", "211", 7, "tỉnh"),
    "HY": ("Hưng Yên", "Hưng Yên", "Hung Yen", "Hung Yen", "09", "221", "321", 7, "tỉnh"),
    "TN": ("Thái Nguyên", "Thái Nguyên", "Thai Nguyen", "Thai Nguyen", "46", "208", "280", 7, "tỉnh"),
}
_NEW_PROV_PRE = {"Hà Nội": "thành phố", "Hải Phòng": "thành phố"}

# industrial parks (KCN) and clusters (CCN):
# (kind, name, old province, commune 2017-2025, commune before (or None), district 2017-2025, district before
#  (or None), ward/commune from July 2025, lot prefixes ("" = numbered streets))
_PARKS = (
    ("KCN", "Yên Phong", "BN", ("xã", "Long Châu"), None, ("huyện", "Yên Phong"), None, ("xã", "Yên Phong"),
     ("CN", "E")),
    ("KCN", "Yên Phong II-C", "BN", ("xã", "Tam Giang"), None, ("huyện", "Yên Phong"), None, ("xã", "Tam Giang"),
     ("CN",)),
    ("KCN", "Quế Võ", "BN", ("phường", "Phương Liễu"), ("xã", "Phương Liễu"), ("thị xã", "Quế Võ"),
     ("huyện", "Quế Võ"), ("phường", "Phương Liễu"), ("B", "C", "K")),
    ("KCN", "Quế Võ II", "BN", ("xã", "Ngọc Xá"), None, ("thị xã", "Quế Võ"), ("huyện", "Quế Võ"),
     ("phường", "Đào Viên"), ("A", "D")),
    ("KCN", "Tiên Sơn", "BN", ("xã", "Hoàn Sơn"), None, ("huyện", "Tiên Du"), None, ("xã", "Đại Đồng"),
     ("E", "I", "H")),
    ("KCN", "VSIP Bắc Ninh", "BN", ("phường", "Phù Chẩn"), ("xã", "Phù Chẩn"), ("thành phố", "Từ Sơn"),
     ("thị xã", "Từ Sơn"), ("phường", "Từ Sơn"), ("",)),
    ("KCN", "Đại Đồng - Hoàn Sơn", "BN", ("xã", "Đại Đồng"), None, ("huyện", "Tiên Du"), None, ("xã", "Đại Đồng"),
     ("CN", "D")),
    ("KCN", "Thuận Thành II", "BN", ("xã", "Mão Điền"), None, ("thị xã", "Thuận Thành"), ("huyện", "Thuận Thành"),
     ("phường", "Mão Điền"), ("CN",)),
    ("KCN", "Nam Sơn - Hạp Lĩnh", "BN", ("phường", "Hạp Lĩnh"), None, ("thành phố", "Bắc Ninh"), None,
     ("phường", "Hạp Lĩnh"), ("CN", "B")),
    ("KCN", "Quang Châu", "BG", ("phường", "Quang Châu"), ("xã", "Quang Châu"), ("thị xã", "Việt Yên"),
     ("huyện", "Việt Yên"), ("phường", "Nếnh"), ("CN", "C")),
    ("KCN", "Vân Trung", "BG", ("phường", "Vân Trung"), ("xã", "Vân Trung"), ("thị xã", "Việt Yên"),
     ("huyện", "Việt Yên"), ("phường", "Nếnh"), ("CN", "B")),
    ("KCN", "Đình Trám", "BG", ("phường", "Hồng Thái"), ("xã", "Hồng Thái"), ("thị xã", "Việt Yên"),
     ("huyện", "Việt Yên"), ("phường", "Việt Yên"), ("A", "B", "C")),
    ("KCN", "Song Khê - Nội Hoàng", "BG", ("phường", "Song Khê"), ("xã", "Song Khê"), ("thành phố", "Bắc Giang"),
     None, ("phường", "Tiền Phong"), ("CN",)),
    ("KCN", "Việt Hàn", "BG", ("xã", "Hương Lâm"), None, ("huyện", "Hiệp Hòa"), None, ("xã", "Xuân Cẩm"), ("CN",)),
    ("CCN", "Châu Khê", "BN", ("phường", "Châu Khê"), None, ("thành phố", "Từ Sơn"), ("thị xã", "Từ Sơn"),
     ("phường", "Phù Khê"), ("",)),
    ("CCN", "Phong Khê", "BN", ("phường", "Phong Khê"), ("xã", "Phong Khê"), ("thành phố", "Bắc Ninh"), None,
     ("phường", "Võ Cường"), ("",)),
    ("CCN", "Khắc Niệm", "BN", ("phường", "Khắc Niệm"), ("xã", "Khắc Niệm"), ("thành phố", "Bắc Ninh"), None,
     ("phường", "Hạp Lĩnh"), ("CN",)),
    ("CCN", "Nghĩa Hòa", "BG", ("xã", "Nghĩa Hòa"), None, ("huyện", "Lạng Giang"), None, ("xã", "Tiên Lục"),
     ("CN",)),
    # outside the province: head offices, suppliers on the same buyer lists
    ("KCN", "Thăng Long", "HN", ("xã", "Kim Chung"), None, ("huyện", "Đông Anh"), None, ("xã", "Thiên Lộc"),
     ("C", "D", "E")),
    ("KCN", "Quang Minh", "HN", ("thị trấn", "Quang Minh"), None, ("huyện", "Mê Linh"), None, ("xã", "Quang Minh"),
     ("CN",)),
    ("KCN", "Đại An", "HD", ("phường", "Tứ Minh"), None, ("thành phố", "Hải Dương"), None, ("phường", "Tứ Minh"),
     ("CN",)),
    ("KCN", "Đình Vũ", "HP", ("phường", "Đông Hải 2"), None, ("quận", "Hải An"), None, ("phường", "Đông Hải"),
     ("CN", "CT")),
    ("KCN", "Khai Quang", "VP", ("phường", "Khai Quang"), None, ("thành phố", "Vĩnh Yên"), None,
     ("phường", "Vĩnh Phúc"), ("CN",)),
    ("KCN", "Phố Nối A", "HY", ("xã", "Tân Quang"), None, ("huyện", "Văn Lâm"), None, ("xã", "Như Quỳnh"),
     ("A", "C", "D")),
    ("KCN", "Yên Bình", "TN", ("phường", "Hồng Tiến"), ("xã", "Hồng Tiến"), ("thành phố", "Phổ Yên"),
     ("thị xã", "Phổ Yên"), ("phường", "Phổ Yên"), ("CN",)),
)
_PARK_EN = {p[1]: _strip(p[1]) for p in _PARKS}
_PARKS_HOME = tuple(i for i, p in enumerate(_PARKS) if p[2] in ("BN", "BG"))
_PARKS_HOME_W = tuple(i for i in _PARKS_HOME for _ in range(1 if _PARKS[i][0] == "CCN" else 3))
_PARKS_HOME_KCN = tuple(i for i in _PARKS_HOME if _PARKS[i][0] == "KCN")  # FDI firms are not in village clusters
_PARKS_AWAY = tuple(i for i, p in enumerate(_PARKS) if p[2] not in ("BN", "BG"))

# urban wards with streets: (old province, ward 2017-2025, district 2017-2025, district before, new ward, streets)
_STREETS = (
    ("BN", ("phường", "Suối Hoa"), ("thành phố", "Bắc Ninh"), None, ("phường", "Kinh Bắc"),
     ("Lý Thái Tổ", "Nguyễn Văn Cừ", "Huyền Quang", "Nguyễn Đăng Đạo")),
    ("BN", ("phường", "Võ Cường"), ("thành phố", "Bắc Ninh"), None, ("phường", "Võ Cường"),
     ("Lý Anh Tông", "Nguyễn Quyền", "Lê Thái Tổ", "Bình Than")),
    ("BN", ("phường", "Tiền An"), ("thành phố", "Bắc Ninh"), None, ("phường", "Kinh Bắc"),
     ("Ngô Gia Tự", "Trần Hưng Đạo", "Nguyễn Trãi")),
    ("BN", ("phường", "Đông Ngàn"), ("thành phố", "Từ Sơn"), ("thị xã", "Từ Sơn"), ("phường", "Từ Sơn"),
     ("Trần Phú", "Minh Khai", "Lý Thánh Tông")),
    ("BN", ("phường", "Đình Bảng"), ("thành phố", "Từ Sơn"), ("thị xã", "Từ Sơn"), ("phường", "Từ Sơn"),
     ("Lý Thái Tổ", "Hữu Nghị")),
    ("BN", ("phường", "Đồng Nguyên"), ("thành phố", "Từ Sơn"), ("thị xã", "Từ Sơn"), ("phường", "Đồng Nguyên"),
     ("Lê Quang Đạo", "Nguyễn Văn Cừ")),
    ("BG", ("phường", "Trần Phú"), ("thành phố", "Bắc Giang"), None, ("phường", "Bắc Giang"),
     ("Xương Giang", "Nguyễn Thị Lưu", "Lê Lợi")),
    ("BG", ("phường", "Hoàng Văn Thụ"), ("thành phố", "Bắc Giang"), None, ("phường", "Bắc Giang"),
     ("Hoàng Văn Thụ", "Ngô Gia Tự", "Nguyễn Văn Cừ")),
    ("BG", ("phường", "Dĩnh Kế"), ("thành phố", "Bắc Giang"), None, ("phường", "Bắc Giang"),
     ("Lê Lợi", "Giáp Hải")),
    ("HN", ("phường", "Dịch Vọng Hậu"), ("quận", "Cầu Giấy"), None, ("phường", "Cầu Giấy"),
     ("Duy Tân", "Trần Thái Tông", "Xuân Thủy")),
    ("HN", ("phường", "Hoàng Liệt"), ("quận", "Hoàng Mai"), None, ("phường", "Hoàng Liệt"),
     ("Linh Đường", "Nguyễn Hữu Thọ")),
    ("HN", ("phường", "Phúc Lợi"), ("quận", "Long Biên"), None, ("phường", "Phúc Lợi"), ("Phúc Lợi", "Vạn Hạnh")),
)
_STREETS_HOME = tuple(i for i, s in enumerate(_STREETS) if s[0] in ("BN", "BG"))
_STREETS_AWAY = tuple(i for i, s in enumerate(_STREETS) if s[0] not in ("BN", "BG"))

# rural communes: (old province, commune 2017-2025, district 2017-2025, district before, new commune, villages)
_VILLAGES = (
    ("BN", ("xã", "Văn Môn"), ("huyện", "Yên Phong"), None, ("xã", "Văn Môn"),
     ("thôn Mẫn Xá", "thôn Ân Phú", "thôn Đại Lâm")),
    ("BN", ("xã", "Đại Bái"), ("huyện", "Gia Bình"), None, ("xã", "Gia Bình"),
     ("thôn Đại Bái", "thôn Đoan Bái", "thôn Ngọc Xuyên", "thôn Quảng Bố")),
    ("BN", ("xã", "Tân Chi"), ("huyện", "Tiên Du"), None, ("xã", "Tân Chi"), ("thôn Đông", "thôn Trung", "thôn Đoài")),
    ("BN", ("xã", "Lâm Thao"), ("huyện", "Lương Tài"), None, ("xã", "Lâm Thao"), ("thôn Đông", "thôn Nam")),
    ("BN", ("xã", "Hòa Tiến"), ("huyện", "Yên Phong"), None, ("xã", "Tam Giang"), ("thôn Thượng", "thôn Hạ")),
    ("BG", ("xã", "Nghĩa Hòa"), ("huyện", "Lạng Giang"), None, ("xã", "Tiên Lục"), ("thôn Trung", "thôn Bắc")),
    ("BG", ("xã", "Hương Lâm"), ("huyện", "Hiệp Hòa"), None, ("xã", "Xuân Cẩm"), ("thôn Đông", "thôn Đoài")),
)

_UNIT_EN = {"xã": "Commune", "phường": "Ward", "thị trấn": "Town", "huyện": "Dist.", "quận": "Dist.",
            "thị xã": "Town", "thành phố": "City"}
_UNIT_EN_LONG = {"huyện": "District", "quận": "District"}
_UNIT_ABBR = {"xã": ("xã", "X.", "xã"), "phường": ("phường", "P.", "P."), "thị trấn": ("thị trấn", "TT"),
              "huyện": ("huyện", "H.", "huyện"), "quận": ("quận", "Q."), "thị xã": ("thị xã", "TX", "TX."),
              "thành phố": ("thành phố", "TP", "TP.")}

# mobile prefixes after the 0 (weights by repetition); old 11-digit forms until 2018
_MOBILE_PRE = ("90", "91", "93", "94", "96", "97", "98") * 3 + (
    "86", "88", "89", "81", "82", "83", "84", "85", "32", "33", "34", "35", "36", "37", "38", "39",
    "70", "76", "77", "78", "79", "56", "58", "59")
_OLD_MOBILE = {"32": "162", "33": "163", "34": "164", "35": "165", "36": "166", "37": "167", "38": "168",
               "39": "169", "70": "120", "79": "121", "77": "122", "76": "126", "78": "128", "83": "123",
               "84": "124", "85": "125", "81": "127", "82": "129", "56": "186", "58": "188", "59": "199"}

_TAX_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)

# buyers' vendor-code styles: (prefix, digits, multiplier, offset) - an affine permutation of the enterprise number
_BUYERS = (("SV-", 6, 7919, 104729), ("V", 7, 3571, 2750159), ("C", 6, 6007, 38113), ("FXV", 6, 9973, 500009),
           ("LGV-", 6, 4421, 77711))

# sources by enterprise kind (weights by repetition) and eras by source (0: <2017, 1: 2017-06/2025, 2: from 07/2025)
_SRC_VN = ("cnht",) * 45 + ("self",) * 25 + ("avl",) * 20 + ("match",) * 10
_SRC_FDI = ("avl",) * 45 + ("match",) * 35 + ("cnht",) * 15 + ("self",) * 5
_SRC_BRANCH = ("cnht",) * 50 + ("avl",) * 30 + ("self",) * 10 + ("match",) * 10
_ERA = {"cnht": (0,) * 2 + (1,) * 5 + (2,) * 3, "avl": (0,) * 1 + (1,) * 5 + (2,) * 4,
        "match": (0,) * 3 + (1,) * 10 + (2,) * 7, "self": (1,) * 4 + (2,) * 6}
_SIZE_VN = (1,) * 50 + (2,) * 20 + (3,) * 12 + (4,) * 7 + (5,) * 5 + (6,) * 3 + (7,) * 2 + (8,) * 1
_SIZE_FDI = (1,) * 30 + (2,) * 22 + (3,) * 16 + (4,) * 11 + (5,) * 8 + (6,) * 6 + (7,) * 4 + (8,) * 3
_KINDS = ("vn",) * 78 + ("kr",) * 10 + ("jp",) * 5 + ("cn",) * 4 + ("tw",) * 3
# fmt: on


# --------------------------------------------------------------------------------------------------------------
# model


class _Name:
    """One legal name. kind vn: ind/proper/suf; kr: syl/style/sector/tail; jp: pre/elem/suf/style/tail;
    cn, tw: chars/sector/tail/hv (the Vietnamese registered name uses Hán-Việt)."""

    __slots__ = ("kind", "form", "ind", "proper", "suf", "syl", "style", "sector", "tail", "hv")

    def __init__(self, kind: str, form: str) -> None:
        self.kind = kind
        self.form = form
        self.ind = -1
        self.proper = ""
        self.suf = 0
        self.syl: tuple = ()
        self.style = 0
        self.sector = 0
        self.tail = ""
        self.hv = False

    def copy(self) -> _Name:
        n = _Name(self.kind, self.form)
        for a in ("ind", "proper", "suf", "syl", "style", "sector", "tail", "hv"):
            setattr(n, a, getattr(self, a))
        return n

    def key(self) -> str:
        """Registry key: the name without the legal form (the law allows the same words with another form)."""
        if self.kind == "vn":
            return f"v|{self.ind}|{self.proper}|{self.suf}"
        if self.kind == "jp":
            return f"jp|{self.syl[:4]}|{self.tail}"
        return f"{self.kind}|{self.syl}|{self.sector}|{self.tail}"


class _Ent:
    __slots__ = (
        "no",
        "key",
        "kind",
        "name",
        "loc",
        "land",
        "mobiles",
        "tax",
        "branch",
        "ho",
        "place",
        "parent",
        "pname",
        "ploc",
        "pland",
        "change",
        "size",
        "tags",
    )

    def __init__(self, no: int, kind: str) -> None:
        self.no = no
        self.key = f"T{no:07d}"
        self.kind = kind
        self.name: _Name | None = None
        self.loc: tuple = ()
        self.land: tuple | None = None  # (old province key, subscriber digits)
        self.mobiles: list[str] = []
        self.tax = ""
        self.branch = 0
        self.ho: _Ent | None = None
        self.place = ""
        self.parent = ""
        self.pname: _Name | None = None
        self.ploc: tuple | None = None
        self.pland: tuple | None = None
        self.change = 0
        self.size = 1
        self.tags: list[str] = []


def _tax_valid(body9: str) -> int:
    """Check digit of a 10-digit tax code, or -1 when the nine digits cannot carry one."""
    c = 10 - sum(int(d) * w for d, w in zip(body9, _TAX_W, strict=True)) % 11
    return -1 if c == 10 else c


class _World:
    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.n = n
        self.names: set[str] = set()
        self.brands: set[tuple] = set()
        self.taxes: set[str] = set()
        self.lands: set[str] = set()
        self.no = 0
        # shared phones of accounting / business-service firms used by small enterprises
        self.service = [
            ("BN" if rng.random() < 0.7 else "BG", self._sub(7)) for _ in range(max(3, n // 4000))
        ]
        # more firms -> more lots (ready-built factories are still shared)
        self.lots = 30 + n // 3000

    # ---- identifiers
    def _sub(self, digits: int) -> str:
        r = self.rng
        return r.choice("3367") + "".join(r.choice("0123456789") for _ in range(digits - 1))

    def landline(self, prov: str) -> tuple:
        digits = _PROV[prov][7]
        while True:
            sub = self._sub(digits)
            if prov + sub not in self.lands:
                self.lands.add(prov + sub)
                return (prov, sub)

    def mobile(self) -> str:
        r = self.rng
        return r.choice(_MOBILE_PRE) + str(r.randrange(10**6, 10**7))

    def taxcode(self, prov: str) -> str:
        r = self.rng
        pre = _PROV[prov][4]
        while True:
            body = pre + str(r.randrange(2)) + f"{r.randrange(10**6):06d}"
            c = _tax_valid(body)
            if c < 0 or body in self.taxes:
                continue
            self.taxes.add(body)
            return body + str(c)

    # ---- names
    def _vn_proper(self, long: bool = False) -> str:
        r = self.rng
        x = r.random()
        if long:
            x = 0.8
        syl = _VN_SYL
        if x < 0.06:
            return r.choice(syl)
        if x < 0.74:
            a, b = r.choice(syl), r.choice(syl)
            return a + " " + b if a != b else a + " " + r.choice(_VN_SYL_RARE)
        if x < 0.93:
            return " ".join((r.choice(syl), r.choice(syl), r.choice(syl)))
        return "".join(r.choice(_ACRO_LETTERS) for _ in range(3))

    def vn_name(
        self,
        form: str | None = None,
        proper: str | None = None,
        suf: int | None = None,
        avoid_ind: tuple = (),
    ) -> _Name:
        """A domestic name unused so far (ignoring the legal form). proper/suf fix the brand of a sister firm or a
        renamed firm; if every trade word is taken with that brand, a new brand is drawn."""
        r = self.rng
        form = form or r.choice(_FORMS_VN)
        for attempt in range(80):
            nm = _Name("vn", form)
            given = proper if attempt < 40 else None
            if form == "HTX" and given is None:
                nm.proper = r.choice(_HTX_PLACES)
                nm.ind = r.randrange(len(_INDUSTRY))
                if attempt > 8:
                    nm.form = form = "TNHH"
                    continue
            else:
                nm.proper = given if given is not None else self._vn_proper(long=attempt % 40 > 10)
                nm.ind = -1 if (r.random() < 0.12 and given is None) else r.randrange(len(_INDUSTRY))
                if given is not None and nm.ind in avoid_ind:
                    continue
                nm.suf = suf if (suf is not None and given is not None) else r.choice(_SUFFIX_DRAW)
            k = nm.key()
            if k not in self.names:
                self.names.add(k)
                return nm
        raise RuntimeError("name space exhausted")  # pragma: no cover

    def fdi_name(self, kind: str, brand: tuple | None = None, avoid: tuple = ()) -> _Name:
        """A foreign-invested firm's name. brand=(syl, style) reuses a brand (sisters, renames); a new brand is
        drawn unused (unrelated firms rarely share one), growing from 2 to 3 syllables as the space fills."""
        r = self.rng
        for attempt in range(80):
            nm = _Name(kind, "CP" if r.random() < 0.04 else "TNHH")
            fresh = brand is None or attempt >= 40  # a sister that cannot be named becomes a new brand
            hard = attempt % 40 > 12
            if kind == "kr":
                if fresh:
                    k = 3 if hard else (2 if r.random() < 0.95 else 1)
                    syl = (r.choice(_KR_FIRST),) + tuple(r.randrange(len(_KR)) for _ in range(k - 1))
                    # registered spelling: mostly the first romanisation, sometimes another
                    nm.syl = tuple((x, 0 if r.random() < 0.8 else r.randrange(len(_KR[x][0]))) for x in syl)
                    nm.style = r.choice((0, 0, 0, 1, 2)) if k > 1 else 0
                else:
                    nm.syl, nm.style = brand
                bkey = ("kr",) + tuple(x for x, _ in nm.syl)
                nm.sector = r.randrange(len(_KR_SECTOR))
                nm.tail = r.choice(("Vina",) * 11 + ("Vietnam",) * 6 + ("",) * 3)
            elif kind == "jp":
                if fresh:
                    pre = r.randrange(len(_JP_PRE)) if r.random() < 0.15 or hard else 0
                    suf2 = r.randrange(1, len(_JP_SUF)) if r.random() < 0.1 or hard else 0
                    nm.syl = (
                        pre,
                        r.randrange(len(_JP_ELEM)),
                        r.randrange(len(_JP_SUF)),
                        suf2,
                        r.randrange(2),
                    )
                    nm.style = r.choice((0, 0, 0, 0, 1, 2))
                else:
                    syl, nm.style = brand
                    nm.syl = syl[:2] + (r.randrange(len(_JP_SUF)), 0) + syl[4:]
                bkey = ("jp",) + nm.syl[:4]
                nm.tail = r.choice(("Vietnam",) * 8 + ("",) * 2)
                nm.sector = nm.syl[2]
            else:
                if fresh:
                    nm.syl = tuple(r.randrange(len(_CN)) for _ in range(3 if hard else 2))
                    nm.style = r.choice((0, 0, 1))  # joined / spaced
                else:
                    nm.syl, nm.style = brand
                bkey = ("cn",) + nm.syl
                nm.sector = r.randrange(len(_CN_SECTOR))
                nm.tail = r.choice(("(Vietnam)", "Vietnam", "Vietnam", "Vina", ""))
                nm.hv = r.random() < 0.5
            if fresh and bkey in self.brands and r.random() > 0.05:
                continue
            if not fresh and nm.sector in avoid:
                continue
            key = nm.key()
            if key not in self.names:
                self.names.add(key)
                self.brands.add(bkey)
                return nm
        raise RuntimeError("name space exhausted")  # pragma: no cover

    # ---- places
    def home_loc(self, kind: str) -> tuple:
        r = self.rng
        if kind != "vn":
            if r.random() < 0.95:
                return self.park_loc(r.choice(_PARKS_HOME_KCN))
            return self.street_loc(r.choice(_STREETS_HOME))
        if r.random() < 0.35:
            return self.park_loc(r.choice(_PARKS_HOME_W))
        if r.random() < 0.6:
            return self.street_loc(r.choice(_STREETS_HOME))
        v = r.randrange(len(_VILLAGES))
        return ("V", v, r.choice(_VILLAGES[v][5]))

    def away_loc(self) -> tuple:
        r = self.rng
        if r.random() < 0.5:
            return self.park_loc(r.choice(_PARKS_AWAY))
        return self.street_loc(r.choice(_STREETS_AWAY))

    def park_loc(self, p: int) -> tuple:
        r = self.rng
        pre = r.choice(_PARKS[p][8])
        num = 1 + int(self.lots * r.random() ** 1.5)
        sub = r.randrange(1, 6) if r.random() < 0.2 else 0
        return ("P", p, pre, num, sub)

    def street_loc(self, s: int) -> tuple:
        r = self.rng
        return ("S", s, 1 + int((self.lots * 4) * r.random() ** 2), r.choice(_STREETS[s][5]))

    @staticmethod
    def prov_of(loc: tuple) -> str:
        if loc[0] == "P":
            return _PARKS[loc[1]][2]
        if loc[0] == "S":
            return _STREETS[loc[1]][0]
        return _VILLAGES[loc[1]][0]

    # ---- enterprises
    def new_ent(self, kind: str, name: _Name, loc: tuple) -> _Ent:
        r = self.rng
        self.no += 1
        e = _Ent(self.no, kind)
        e.name = name
        e.loc = loc
        prov = self.prov_of(loc)
        e.tax = self.taxcode(prov)
        has_land = r.random() < (0.95 if kind != "vn" else 0.55)
        if has_land:
            e.land = self.landline(prov)
        elif kind == "vn" and r.random() < 0.03:
            e.land = r.choice(self.service)
        e.mobiles = [self.mobile() for _ in range(1 + (r.random() < 0.35) + (r.random() < 0.15))]
        e.size = r.choice(_SIZE_VN if kind == "vn" else _SIZE_FDI)
        if kind != "vn":
            e.parent = self.parent_name(name)
        return e

    def parent_name(self, nm: _Name) -> str:
        r = self.rng
        if nm.kind == "kr":
            b = _kr_brand(nm, None)
            return r.choice((f"{b} Co., Ltd.", f"{b} Corporation", f"{b} Co., Ltd.")) + ", Korea"
        if nm.kind == "jp":
            b = _jp_brand(nm, None)
            return r.choice((f"{b} Co., Ltd.", f"{b} Corporation", f"Kabushiki Kaisha {b}")) + ", Japan"
        b = _cn_roman(nm, None)
        sector = _CN_SECTOR[nm.sector][0]
        city = r.choice(_CN_CITY if nm.kind == "cn" else _TW_CITY)
        return f"{b} {sector} Co., Ltd., {city}"

    def maybe_history(self, e: _Ent) -> None:
        """Rename / conversion (same tax code) and moves between parks."""
        r = self.rng
        if e.branch:
            return
        if r.random() < 0.04:
            self.rename(e)
        if (e.loc[0] == "P" and r.random() < 0.06) or (
            e.loc[0] != "P" and e.kind == "vn" and r.random() < 0.015
        ):
            old = e.loc
            prov = self.prov_of(old)
            choices = (
                (_PARKS_HOME if e.kind == "vn" else _PARKS_HOME_KCN) if prov in ("BN", "BG") else _PARKS_AWAY
            )
            p = r.choice(choices)
            e.loc = self.park_loc(p)  # the firm now sits here; old records show the previous site
            e.ploc = old
            e.pland = e.land
            if e.land is not None and r.random() < 0.6:
                e.land = self.landline(self.prov_of(e.loc))
            e.change = e.change or r.choice((1, 2, 2))
            e.tags.append("moved")

    def rename(self, e: _Ent) -> None:
        r = self.rng
        old = e.name
        x = r.random()
        if old.kind == "vn":
            if x < 0.55 and old.form in ("TNHH", "TNHH MTV", "DNTN"):
                new = old.copy()
                new.form = {"TNHH": "CP", "TNHH MTV": r.choice(("TNHH", "CP")), "DNTN": "TNHH"}[old.form]
                tag = "converted"
            elif x < 0.85:
                new = self.vn_name(
                    form=r.choice(("TNHH", "CP", old.form)), proper=old.proper, avoid_ind=(old.ind,)
                )
                tag = "renamed"
            else:
                new = self.vn_name(form=r.choice(("TNHH", "CP")))
                tag = "renamed"
        else:
            if x < 0.7:
                new = self.fdi_name(old.kind, brand=(old.syl, old.style), avoid=(old.sector,))
            else:
                new = self.fdi_name(old.kind)
            tag = "renamed"
        e.pname = old
        e.name = new
        e.change = r.choice((1, 2, 2))
        e.tags.append(tag)

    def family(self) -> list[_Ent]:
        """One enterprise, or a family of related ones (tagged fam=... so tests can find them together)."""
        ents = self._family()
        if len(ents) > 1:
            fam = f"fam=F{ents[0].no:07d}"
            for e in ents:
                e.tags.append(fam)
        return ents

    def _family(self) -> list[_Ent]:
        r = self.rng
        x = r.random()
        kind = r.choice(_KINDS)
        if x < 0.025:  # sister firms sharing a brand
            ents = []
            k = 2 if r.random() < 0.7 else 3
            if kind == "vn":
                first = self.vn_name()
                if first.ind < 0:
                    first.ind = r.randrange(len(_INDUSTRY))
                    self.names.add(first.key())
                names = [first]
                for _ in range(k - 1):
                    names.append(
                        self.vn_name(
                            proper=first.proper, suf=first.suf, avoid_ind=tuple(n.ind for n in names)
                        )
                    )
            else:
                first = self.fdi_name(kind)
                names = [first]
                for _ in range(k - 1):
                    names.append(
                        self.fdi_name(
                            kind, brand=(first.syl, first.style), avoid=tuple(n.sector for n in names)
                        )
                    )
            loc0 = self.home_loc(kind)
            same_site = r.random() < 0.5
            shared_land = None
            for i, nm in enumerate(names):
                loc = loc0 if (i == 0 or same_site) else self.home_loc(kind)
                e = self.new_ent(kind, nm, loc)
                if shared_land is None:
                    shared_land = e.land
                elif r.random() < 0.45 and shared_land is not None:
                    e.land = shared_land
                if kind != "vn":
                    e.parent = ents[0].parent if ents else e.parent
                e.tags.append("sister")
                ents.append(e)
            for e in ents:
                self.maybe_history(e)
            return ents
        # same legal name in two provinces (registered separately, before the national register)
        if x < 0.033:
            nm = self.vn_name()
            a = self.new_ent("vn", nm, self.home_loc("vn"))
            b = self.new_ent("vn", nm, self.away_loc())
            a.tags.append("two_provinces")
            b.tags.append("two_provinces")
            return [a, b]
        if x < 0.053:  # head office and dependent branches
            nm = self.vn_name() if kind == "vn" else self.fdi_name(kind)
            ho_loc = self.away_loc() if r.random() < 0.5 else self.home_loc(kind)
            ho = self.new_ent(kind, nm, ho_loc)
            ho.tags.append("head_office")
            ents = [ho]
            for b in range(1, 2 + (r.random() < 0.2)):
                loc = self.home_loc(kind)
                br = self.new_ent(kind, nm, loc)
                self.taxes.discard(br.tax[:9])  # a branch has no own 10-digit code
                br.tax = f"{ho.tax}-{b:03d}"
                br.branch = b
                br.ho = ho
                br.place = _branch_place(loc, r)
                br.parent = ho.parent
                if r.random() < 0.4:
                    br.land = ho.land
                br.tags.append("branch")
                ents.append(br)
            self.maybe_history(ho)
            return ents
        if x < 0.061:  # namesakes that differ only in the legal form (unrelated)
            nm = self.vn_name(form=r.choice(("TNHH", "TNHH MTV", "DNTN")))
            other = nm.copy()
            other.form = "CP" if nm.form != "DNTN" else r.choice(("TNHH", "CP"))
            a = self.new_ent("vn", nm, self.home_loc("vn"))
            b = self.new_ent("vn", other, self.home_loc("vn"))
            a.tags.append("form_namesake")
            b.tags.append("form_namesake")
            return [a, b]
        nm = self.vn_name() if kind == "vn" else self.fdi_name(kind)
        loc = self.home_loc(kind) if (kind != "vn" or r.random() < 0.9) else self.away_loc()
        e = self.new_ent(kind, nm, loc)
        self.maybe_history(e)
        if kind != "vn":
            e.tags.append("romanised")
        return [e]


def _branch_place(loc: tuple, r: random.Random) -> str:
    """Where a branch says it is: the old province or district at registration time."""
    if loc[0] == "P":
        p = _PARKS[loc[1]]
        prov, dist = p[2], p[5][1]
    elif loc[0] == "S":
        s = _STREETS[loc[1]]
        prov, dist = s[0], s[2][1]
    else:
        v = _VILLAGES[loc[1]]
        prov, dist = v[0], v[2][1]
    return _PROV[prov][0] if r.random() < 0.65 else dist


# --------------------------------------------------------------------------------------------------------------
# rendering: names


def _kr_brand(nm: _Name, r: random.Random | None) -> str:
    parts = []
    alt = r is not None and r.random() < 0.18
    for s, v in nm.syl:
        spellings = _KR[s][0]
        if alt and len(spellings) > 1 and r.random() < 0.6:
            parts.append(r.choice(spellings))
        else:
            parts.append(spellings[v])
    style = nm.style
    if r is not None and len(parts) > 1 and r.random() < 0.25:
        style = r.randrange(3)
    if style == 0:
        return parts[0] + "".join(p.lower() for p in parts[1:])
    return (" ", " ", "-")[style].join(parts)


def _kr_sector(nm: _Name, r: random.Random | None) -> str:
    opts = _KR_SECTOR[nm.sector]
    if r is not None and len(opts) > 1 and r.random() < 0.2:
        return r.choice(opts)
    return opts[0]


def _jp_long(s: str, style: int) -> str:
    if "ō" not in s and "ū" not in s and "Ō" not in s:
        return s
    o, u = _JP_LONG[style]
    return s.replace("Ō", o.capitalize()).replace("ō", o).replace("ū", u)


def _jp_brand(nm: _Name, r: random.Random | None) -> str:
    pre, elem, suf, suf2, nip = nm.syl
    style = nm.style
    if r is not None and r.random() < 0.2:
        style = r.choice((0, 0, 1, 1, 2, 3))
    words = []
    if pre:
        opts = _JP_PRE[pre]
        words.append(opts[nip % len(opts)] if (r is None or r.random() < 0.75) else r.choice(opts))
    e = _JP_ELEM[elem]
    if e in _JP_SPECIAL:
        e = _JP_SPECIAL[e][0] if r is None else r.choice(_JP_SPECIAL[e])
    words.append(e)
    for k in (suf, suf2):
        if k:
            romaji, en = _JP_SUF[k]
            words.append(en if (r is not None and en and r.random() < 0.08) else romaji)
    return _jp_long(" ".join(words), style)


def _cn_roman(nm: _Name, r: random.Random | None) -> str:
    system = 0 if nm.kind == "cn" else 1
    if r is not None and r.random() < 0.15:
        system = 1 - system
    parts = [
        _CN[c][system].replace("'", "") if (r is not None and r.random() < 0.5) else _CN[c][system]
        for c in nm.syl
    ]
    style = nm.style
    if r is not None and r.random() < 0.25:
        style = 1 - style
    if style == 0:
        return parts[0] + "".join(p.lower() for p in parts[1:])
    return " ".join(parts)


def _cn_hv(nm: _Name) -> str:
    return " ".join(_CN[c][2] for c in nm.syl)


def _vn_core(nm: _Name, r: random.Random) -> str:
    """Trade words + proper name + suffix, as registered in Vietnamese."""
    parts = []
    if nm.ind >= 0:
        parts.append(_INDUSTRY[nm.ind][0])
    parts.append(nm.proper)
    if nm.suf:
        parts.append(_SUFFIX[nm.suf][0])
    return " ".join(parts)


def _vn_core_en(nm: _Name, r: random.Random, short: bool = False) -> str:
    proper = _strip(nm.proper)
    parts = [proper]
    if nm.ind >= 0:
        parts.append(_INDUSTRY[nm.ind][2] if short else _INDUSTRY[nm.ind][1])
    if nm.suf and not short:
        parts.append(_SUFFIX[nm.suf][1])
    return " ".join(parts)


def _fdi_core(nm: _Name, r: random.Random | None, lang: str) -> str:
    """Name without legal form. lang 'vi' (registered in Vietnam) or 'en'."""
    if nm.kind == "kr":
        words = [_kr_brand(nm, r)]
        sec = _kr_sector(nm, r)
        if sec:
            words.append(sec)
        tail = nm.tail
        if tail == "Vietnam" and lang == "vi":
            tail = "Việt Nam"
        elif r is not None and tail and r.random() < 0.05:
            tail = "Vietnam" if tail == "Vina" else "Vina"
        if tail:
            words.append(tail)
        return " ".join(words)
    if nm.kind == "jp":
        words = [_jp_brand(nm, r)]
        if nm.tail:
            words.append(
                "Việt Nam"
                if lang == "vi"
                else ("Viet Nam" if r is not None and r.random() < 0.2 else "Vietnam")
            )
        return " ".join(words)
    sector_en, sector_hv = _CN_SECTOR[nm.sector]
    if lang == "vi" and nm.hv and (r is None or r.random() < 0.9):
        return f"{sector_hv} {_cn_hv(nm)}" + (" Việt Nam" if nm.tail else "")
    tail = nm.tail
    if lang == "vi" and tail:
        tail = "(Việt Nam)" if tail.startswith("(") else ("Việt Nam" if tail == "Vietnam" else tail)
    words = [_cn_roman(nm, r), sector_en]
    if tail:
        words.append(tail)
    return " ".join(words)


def _legal_vi(nm: _Name, r: random.Random) -> str:
    form = r.choice(_FORM_VI[nm.form]) if nm.kind == "vn" else r.choice(("Công ty TNHH",) * 6 + ("Cty TNHH",))
    if nm.kind != "vn" and nm.form == "CP":
        form = "Công ty Cổ phần"
    core = _vn_core(nm, r) if nm.kind == "vn" else _fdi_core(nm, r, "vi")
    return f"{form} {core}"


def _legal_en(nm: _Name, r: random.Random) -> str:
    if nm.kind == "vn":
        core = _vn_core_en(nm, r)
        form = r.choice(_FORM_EN[nm.form])
    else:
        core = _fdi_core(nm, r, "en")
        form = r.choice(_FORM_EN["CP" if nm.form == "CP" else "TNHH"])
        if nm.kind in ("cn", "tw") and "(Vietnam)" not in core and r.random() < 0.3:
            core = core.replace(" Vietnam", " (Vietnam)")
    return f"{core} {form}"


def _short_en(nm: _Name, r: random.Random) -> str:
    if nm.kind == "vn":
        x = r.random()
        if x < 0.6:
            return _vn_core_en(nm, r, short=True)
        if x < 0.85:
            return _strip(nm.proper)
        return _strip(nm.proper).replace(" ", "")
    core = _fdi_core(nm, r, "en")
    return (
        core.replace(" Vina", "").replace(" Vietnam", "").replace(" (Vietnam)", "")
        if r.random() < 0.4
        else core
    )


def _name_avl(e: _Ent, nm: _Name, r: random.Random) -> str:
    x = r.random()
    if nm.kind == "vn" and x < 0.22:
        name = _strip(_legal_vi(nm, r)).upper()
    elif x < 0.85:
        name = _legal_en(nm, r).upper()
    else:
        name = _short_en(nm, r).upper()
    if e.branch:
        place = _strip(e.place).upper()
        y = r.random()
        if y < 0.35:
            name = f"{name} - {place} BRANCH"
        elif y < 0.6:
            name = f"{name} ({place} BRANCH)"
        elif y < 0.75:
            name = f"BRANCH OF {name} IN {place}"
        elif y < 0.85:
            name = f"CHI NHANH {name} TAI {place}"
    if r.random() < 0.3:  # vendor code glued to the name
        pre, digits, mul, off = r.choice(_BUYERS)
        code = f"{pre}{(e.no * mul + off) % 10**digits:0{digits}d}"
        y = r.random()
        short = _short_en(nm, r).upper()
        if y < 0.4:
            name = f"{code} {short}"
        elif y < 0.7:
            name = f"{name} ({code})"
        elif y < 0.85:
            name = f"[{code}] {name}"
        else:
            name = f"{code}-{short}"
    return name


def _contact(e: _Ent, r: random.Random) -> str:
    x = r.random()
    if e.kind == "kr" and x < 0.3:
        return f"Mr. {r.choice(_KR_FAMILY)}"
    if e.kind == "jp" and x < 0.3:
        return f"Mr. {r.choice(_JP_FAMILY)}"
    given = r.choice(_VN_GIVEN)
    return r.choice(("Mr.", "Ms.", "Mr", "Ms", "anh", "chị")) + " " + given


def _name_match(e: _Ent, nm: _Name, r: random.Random) -> str:
    x = r.random()
    if nm.kind == "vn":
        if x < 0.55:
            core = _words_cap(_vn_core_en(nm, r))
            name = f"{core} {r.choice(_FORM_TITLE[nm.form])}"
        elif x < 0.8:
            name = _strip(_legal_vi(nm, r))
        else:
            name = _legal_vi(nm, r)
    else:
        core = _fdi_core(nm, r, "en")
        name = f"{core} {r.choice(_FORM_TITLE['CP' if nm.form == 'CP' else 'TNHH'])}"
        y = r.random()
        if e.parent and y < 0.3:
            name = f"{name} (Parent: {e.parent})"
        elif e.parent and y < 0.4:
            name = f"{name} - {e.parent.split(',')[0]}"
        elif e.parent and y < 0.45 and not e.branch:
            name = e.parent.split(",")[0] + " (Vietnam)"
        if nm.kind == "kr" and r.random() < 0.08:
            hangul = "".join(_KR[s][1] for s, _ in nm.syl) + _KR_HANGUL_TAIL.get(nm.tail, "")
            name = f"{name} ({hangul})"
    if e.branch:
        name = r.choice((f"{name} - {_strip(e.place)} Branch", f"{name} ({_strip(e.place)} branch)", name))
    return name


def _name_cnht(e: _Ent, nm: _Name, r: random.Random) -> str:
    name = _legal_vi(nm, r)
    if e.branch:
        place = e.place
        y = r.random()
        if y < 0.45:
            name = f"Chi nhánh {name} tại {place}"
        elif y < 0.6:
            name = f"Chi nhánh {place} - {name}"
        elif y < 0.72:
            name = f"{name} - Chi nhánh {place}"
        elif y < 0.85:
            name = f"CN {name} tại {place}"
        # else: the branch is written under the company's name only
    y = r.random()
    if y < 0.3:
        return name.upper()
    if y < 0.42:
        return _words_cap(name)
    return name


def _name_self(e: _Ent, nm: _Name, r: random.Random) -> str:
    x = r.random()
    if nm.kind == "vn":
        core_parts = []
        if nm.ind >= 0 and r.random() < 0.6:
            core_parts.append(_INDUSTRY[nm.ind][0])
        core_parts.append(nm.proper)
        if nm.suf and r.random() < 0.5:
            core_parts.append(_SUFFIX[nm.suf][0])
        core = " ".join(core_parts)
        if x < 0.25:
            name = r.choice(("cty ", "công ty ", "cong ty ", "xưởng ", "cty tnhh ")) + core
        elif x < 0.35:
            name = _legal_vi(nm, r)
        else:
            name = core
    else:
        name = _fdi_core(nm, r, "en")
        if x < 0.3:
            name = "cty " + name
    if e.branch and r.random() < 0.5:
        name = f"cn {name} {e.place}"
    if r.random() < 0.06:
        name = _telex(name, r)
    elif r.random() < 0.55:
        name = _strip(name)
    z = r.random()
    if z < 0.6:
        return name.lower()
    if z < 0.7:
        return name.upper()
    return name


# --------------------------------------------------------------------------------------------------------------
# rendering: tax codes and phones


def _fmt_tax(code: str, src: str, r: random.Random) -> str:
    base, _, br = code.partition("-")
    x = r.random()
    if br:
        y = r.random()
        if y < 0.12:
            br = ""  # the branch written with the head office's code
        elif y < 0.22:
            code = base + br
        elif y < 0.3:
            code = f"{base} - {br}"
        elif y < 0.34:
            code = f"{base}-{int(br)}"
        else:
            code = f"{base}-{br}"
        if not br:
            code = base
    if r.random() < 0.012:  # one digit mistyped or two swapped
        i = r.randrange(9)
        if r.random() < 0.5:
            code = code[:i] + str((int(code[i]) + r.randrange(1, 10)) % 10) + code[i + 1 :]
        else:
            code = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    excel = src in ("avl", "cnht")
    if excel and code.isdigit() and len(code) == 10:
        if code[0] == "0" and r.random() < 0.35:
            code = code.lstrip("0")
            if r.random() < 0.05:
                code += ".0"
            return code
        if r.random() < 0.004:
            return f"{int(code) / 10**9:.5f}E+09".replace(".00000", "")
        if r.random() < 0.006:
            return code + ".0"
        if r.random() < 0.005:
            return "'" + code
    if x < 0.6:
        return code
    if x < 0.72:
        return r.choice(("MST: ", "MST ", "MST:", "Mã số thuế: ", "mst ", "MSDN: ")) + code
    if len(code) >= 10 and code[:10].isdigit():
        head, tail = code[:10], code[10:]
        if x < 0.84:
            return f"{head[:4]} {head[4:7]} {head[7:]}{tail}"
        if x < 0.92:
            return f"{head[:4]}.{head[4:7]}.{head[7:]}{tail}"
        return " ".join(head) if (x < 0.94 and not tail) else f"{head[:2]} {head[2:]}{tail}"
    return code


def _group(sub: str, r: random.Random, sep: str) -> str:
    if len(sub) == 7:
        return r.choice(
            (f"{sub[:4]}{sep}{sub[4:]}", f"{sub[:3]}{sep}{sub[3:]}", f"{sub[0]}{sep}{sub[1:4]}{sep}{sub[4:]}")
        )
    return r.choice((f"{sub[:4]}{sep}{sub[4:]}", f"{sub[:2]}{sep}{sub[2:5]}{sep}{sub[5:]}"))


def _fmt_land(land: tuple, era: int, intl: float, r: random.Random) -> str:
    prov, sub = land
    p = _PROV[prov]
    area = p[6] if (era == 0 or r.random() < 0.04) else p[5]
    if r.random() < intl:
        sep = r.choice((" ", " ", "-", ".", ""))
        pre = r.choice(("+84 ", "+84 ", "+84-", "(+84) ", "84 ", "+84"))
        if pre == "+84-":
            sep = "-"
        return f"{pre}{area}{sep}{_group(sub, r, sep) if sep else sub}"
    x = r.random()
    if x < 0.3:
        return f"0{area} {_group(sub, r, ' ')}"
    if x < 0.5:
        return f"0{area}.{_group(sub, r, '.')}"
    if x < 0.62:
        return f"(0{area}) {sub}"
    if x < 0.78:
        return f"0{area}{sub}"
    if x < 0.86:
        return f"0{area}-{sub}"
    if x < 0.92:
        return f"{area}{sub}"  # leading zero lost in Excel
    return f"0{area} {sub}"


def _fmt_mobile(m: str, era: int, intl: float, r: random.Random) -> str:
    if era == 0 and m[:2] in _OLD_MOBILE:
        m = _OLD_MOBILE[m[:2]] + m[2:]
    if r.random() < intl:
        return r.choice(
            (f"+84 {m[:3]} {m[3:6]} {m[6:]}", f"+84{m}", f"84{m}", f"(+84) {m}", f"+84-{m[:3]}-{m[3:]}")
        )
    x = r.random()
    if x < 0.35:
        return "0" + m
    if x < 0.55:
        return f"0{m[:3]} {m[3:6]} {m[6:]}"
    if x < 0.7:
        return f"0{m[:3]}.{m[3:6]}.{m[6:]}"
    if x < 0.8:
        return f"0{m[:2]} {m[2:5]} {m[5:]}"
    if x < 0.88:
        return f"0{m[:3]}-{m[3:6]}-{m[6:]}"
    if x < 0.95:
        return m  # leading zero lost
    return f"0{m[:4]} {m[4:]}"


def _phone(e: _Ent, land: tuple | None, src: str, era: int, r: random.Random) -> str:
    mob = e.mobiles[0] if r.random() < 0.7 else r.choice(e.mobiles)
    if src == "avl":
        if r.random() < 0.12:
            return ""
        if land is not None and r.random() < 0.8:
            return _fmt_land(land, era, 0.6, r)
        return _fmt_mobile(mob, era, 0.5, r)
    if src == "match":
        if r.random() < 0.1:
            return ""
        if land is not None and r.random() < 0.2:
            return _fmt_land(land, era, 0.4, r)
        s = _fmt_mobile(mob, era, 0.3, r)
        if r.random() < 0.15:
            s = f"{s} ({_contact(e, r)})"
        return s
    if src == "cnht":
        if r.random() < 0.15:
            return ""
        if land is not None and r.random() < 0.55:
            s = _fmt_land(land, era, 0.0, r)
            y = r.random()
            if y < 0.12:
                s = f"{s} - {_fmt_mobile(mob, era, 0.0, r)}"
            elif y < 0.18:
                fax = land[1][:-1] + str((int(land[1][-1]) + 1) % 10)
                s = f"ĐT: {s}; Fax: {_fmt_land((land[0], fax), era, 0.0, r)}"
            elif y < 0.22:
                s = f"{s} (máy lẻ {r.randrange(101, 130)})"
            return s
        return _fmt_mobile(mob, era, 0.0, r)
    if r.random() < 0.03:
        return ""
    if land is not None and r.random() < 0.1:
        return _fmt_land(land, era, 0.0, r)
    return _fmt_mobile(mob, era, 0.1, r)


# --------------------------------------------------------------------------------------------------------------
# rendering: addresses


def _unit_vi(u: tuple, r: random.Random, abbr: float) -> str:
    t, name = u
    if r.random() < abbr:
        a = r.choice(_UNIT_ABBR[t])
        return f"{a}{name}" if a.endswith(".") and r.random() < 0.3 else f"{a} {name}"
    return f"{t} {name}"


def _unit_en(u: tuple, r: random.Random) -> str:
    t, name = u
    word = _UNIT_EN_LONG.get(t, _UNIT_EN[t]) if r.random() < 0.4 else _UNIT_EN[t]
    return f"{_strip(name)} {word}"


def _admin(
    prov_key: str,
    old_unit: tuple,
    older_unit: tuple | None,
    dist: tuple,
    older_dist: tuple | None,
    new_unit: tuple,
    era: int,
) -> tuple:
    """(commune, district or None, province name) in the form of the era."""
    p = _PROV[prov_key]
    if era == 2:
        return new_unit, None, p[1]
    if era == 0:
        return (older_unit or old_unit), (older_dist or dist), p[0]
    return old_unit, dist, p[0]


def _loc_parts(loc: tuple) -> tuple:
    if loc[0] == "P":
        p = _PARKS[loc[1]]
        return p[2], p[3], p[4], p[5], p[6], p[7]
    if loc[0] == "S":
        s = _STREETS[loc[1]]
        return s[0], s[1], None, s[2], s[3], s[4]
    v = _VILLAGES[loc[1]]
    return v[0], v[1], None, v[2], v[3], v[4]


def _lot_vi(loc: tuple, r: random.Random) -> str:
    _, p, pre, num, sub = loc
    if not pre:
        return f"Số {num}, đường số {1 + num % 12}"
    n = f"{num:02d}" if r.random() < 0.15 else str(num)
    sep = "-" if r.random() < 0.2 else ""
    s = f"{pre}{sep}{n}" + (f"-{sub}" if sub else "")
    return r.choice(("Lô ", "Lô ", "Lô ", "Lô đất ", "Lô số ")) + s


def _lot_en(loc: tuple, r: random.Random) -> str:
    _, p, pre, num, sub = loc
    if not pre:
        return f"No. {num}, Street {1 + num % 12}"
    n = f"{num:02d}" if r.random() < 0.15 else str(num)
    sep = "-" if r.random() < 0.2 else ""
    return r.choice(("Lot ", "Lot ", "Plot ", "Lot No. ")) + f"{pre}{sep}{n}" + (f"-{sub}" if sub else "")


def _park_vi(p: tuple, r: random.Random) -> str:
    kind, name = p[0], p[1]
    if r.random() < 0.2:
        kind = "Khu công nghiệp" if kind == "KCN" else "Cụm công nghiệp"
    return f"{kind} {name}"


def _park_en(p: tuple, r: random.Random) -> str:
    en = _PARK_EN[p[1]]
    if p[0] == "KCN":
        return f"{en} {r.choice(('IP', 'IP', 'Industrial Park', 'Industrial Zone', 'I.Z'))}"
    return f"{en} {r.choice(('Industrial Cluster', 'IC', 'Industrial Complex'))}"


def _addr_vi(loc: tuple, era: int, r: random.Random) -> str:
    prov_key, old_u, older_u, dist, older_d, new_u = _loc_parts(loc)
    if era == 2 and r.random() < 0.35:
        era = 1  # still the old address
    commune, district, prov = _admin(prov_key, old_u, older_u, dist, older_d, new_u, era)
    parts = []
    if loc[0] == "P":
        if r.random() < 0.9:
            parts.append(_lot_vi(loc, r))
        parts.append(_park_vi(_PARKS[loc[1]], r))
    elif loc[0] == "S":
        num, street = loc[2], loc[3]
        parts.append(
            r.choice(
                (
                    f"Số {num}, đường {street}",
                    f"Số {num} {street}",
                    f"{num} {street}",
                    f"Số nhà {num}, phố {street}",
                )
            )
        )
    else:
        parts.append(loc[2][:1].upper() + loc[2][1:] if r.random() < 0.5 else loc[2])
    abbr = 0.35
    if r.random() < 0.8 or loc[0] != "P":
        parts.append(_unit_vi(commune, r, abbr))
    if district is not None and r.random() < 0.95:
        parts.append(_unit_vi(district, r, abbr))
    elif district is None and r.random() < 0.04:
        parts.append(_unit_vi(dist, r, abbr))  # a new ward with the abolished district
    pre = _NEW_PROV_PRE.get(prov, "tỉnh") if era == 2 else _PROV[prov_key][8]
    y = r.random()
    if y < 0.55:
        parts.append(f"{pre} {prov}")
    elif y < 0.9:
        parts.append(prov)
    else:
        parts.append(("T. " if pre == "tỉnh" else "TP. ") + prov)
    if r.random() < 0.08:
        parts.append("Việt Nam")
    sep = ", " if r.random() < 0.9 else " - "
    return sep.join(parts)


def _addr_en(loc: tuple, era: int, r: random.Random) -> str:
    prov_key, old_u, older_u, dist, older_d, new_u = _loc_parts(loc)
    if era == 2 and r.random() < 0.35:
        era = 1
    commune, district, _ = _admin(prov_key, old_u, older_u, dist, older_d, new_u, era)
    p = _PROV[prov_key]
    prov = p[3] if era == 2 else p[2]
    parts = []
    if loc[0] == "P":
        if r.random() < 0.85:
            parts.append(_lot_en(loc, r))
        parts.append(_park_en(_PARKS[loc[1]], r))
        if r.random() < 0.5:
            parts.append(_unit_en(commune, r))
    elif loc[0] == "S":
        num, street = loc[2], _strip(loc[3])
        parts.append(
            r.choice((f"No. {num}, {street} Street", f"{num} {street} St.", f"No.{num} {street} Str."))
        )
        parts.append(_unit_en(commune, r))
    else:
        village = _strip(loc[2]).replace("thon ", "")
        parts.append(f"{village} Village")
        parts.append(_unit_en(commune, r))
    if district is not None and r.random() < 0.9:
        parts.append(_unit_en(district, r))
    parts.append(prov + (" Province" if r.random() < 0.4 and prov_key not in ("HN", "HP") else ""))
    if r.random() < 0.3:
        parts.append(r.choice(("Vietnam", "Viet Nam", "VN")))
    return ", ".join(parts)


def _addr_short_en(loc: tuple, era: int, r: random.Random) -> str:
    prov_key = _loc_parts(loc)[0]
    p = _PROV[prov_key]
    prov = p[3] if era == 2 else p[2]
    if loc[0] == "P":
        return f"{_park_en(_PARKS[loc[1]], r)}, {prov}"
    return _addr_en(loc, era, r)


def _addr_half(loc: tuple, era: int, r: random.Random) -> str:
    prov_key, old_u, older_u, dist, older_d, new_u = _loc_parts(loc)
    p = _PROV[prov_key]
    prov = p[1] if era == 2 and r.random() < 0.6 else p[0]
    x = r.random()
    if loc[0] == "P":
        park = _park_vi(_PARKS[loc[1]], r)
        if x < 0.3:
            s = park
        elif x < 0.55:
            s = f"{park}, {prov}"
        elif x < 0.75:
            s = f"{_lot_vi(loc, r)} {park}"
        elif x < 0.9:
            s = f"{dist[1]}, {prov}"
        else:
            s = _addr_vi(loc, era, r)
    elif loc[0] == "S":
        num, street = loc[2], loc[3]
        if x < 0.4:
            s = f"{num} {street}"
        elif x < 0.7:
            s = f"{num} {street}, {dist[1]}"
        else:
            s = _addr_vi(loc, era, r)
    else:
        if x < 0.5:
            s = f"{loc[2]}, {old_u[1]}, {dist[1]}"
        elif x < 0.75:
            s = f"{old_u[1]} {dist[1]} {prov}"
        else:
            s = _addr_vi(loc, era, r)
    return s


# --------------------------------------------------------------------------------------------------------------
# one record

_NAME_FN = {"avl": _name_avl, "match": _name_match, "cnht": _name_cnht, "self": _name_self}
_TAX_P = {"avl": 0.35, "match": 0.45, "cnht": 0.92, "self": 0.55}
_ADDR_P = {"avl": 0.9, "match": 0.75, "cnht": 0.95, "self": 0.7}


def _render(e: _Ent, r: random.Random) -> tuple[str, str, str, str]:
    if e.branch:
        src = r.choice(_SRC_BRANCH)
    else:
        src = r.choice(_SRC_VN if e.kind == "vn" else _SRC_FDI)
    era = r.choice(_ERA[src])
    old = era < e.change
    nm = e.pname if (old and e.pname is not None) else e.name
    loc = e.ploc if (old and e.ploc is not None) else e.loc
    land = e.pland if (old and e.ploc is not None) else e.land

    name = _NAME_FN[src](e, nm, r)
    tax = _fmt_tax(e.tax, src, r) if r.random() < _TAX_P[src] else ""
    if r.random() < _ADDR_P[src]:
        if src == "avl":
            addr = _addr_en(loc, era, r)
            if r.random() < 0.6:
                addr = addr.upper()
        elif src == "match":
            x = r.random()
            addr = (
                _addr_short_en(loc, era, r)
                if x < 0.5
                else (_addr_en(loc, era, r) if x < 0.8 else _addr_vi(loc, era, r))
            )
        elif src == "cnht":
            addr = _addr_vi(loc, era, r)
        else:
            addr = _addr_half(loc, era, r)
            if r.random() < 0.55:
                addr = _strip(addr)
            if r.random() < 0.6:
                addr = addr.lower()
    else:
        addr = ""
    phone = _phone(e, land, src, era, r)

    # field mess
    if r.random() < 0.04 + (src == "self") * 0.06:
        name = _typo(name, r)
    if addr and r.random() < 0.03:
        addr = _typo(addr, r)
    if src == "cnht" and r.random() < 0.06:
        name = _strip(name)
        if r.random() < 0.5:
            addr = _strip(addr)
    x = r.random()
    if x < 0.015 and src in ("cnht", "self", "match"):
        name = unicodedata.normalize("NFD", name)
        addr = unicodedata.normalize("NFD", addr)
    elif x < 0.019 and src in ("cnht", "avl"):
        name = _mojibake(name)
        addr = _mojibake(addr)
    if r.random() < 0.05:
        name = _spaces(name, r)
    if addr and r.random() < 0.05:
        addr = _spaces(addr, r)
    return name, tax, addr, phone


# --------------------------------------------------------------------------------------------------------------
# entry points


def _generate(n: int, seed: int = 0) -> tuple[list[dict], dict[str, tuple[str, ...]]]:
    """Rows and, per truth, the hard cases it takes part in (for tests and the summary)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    world = _World(rng, n)
    rows: list[tuple[str, str, str, str, str]] = []
    cases: dict[str, tuple[str, ...]] = {}
    append = rows.append
    while len(rows) < n:
        for e in world.family():
            key = e.key
            if e.tags:
                cases[key] = tuple(e.tags)
            for _ in range(e.size):
                append((*_render(e, rng), key))
    del rows[n:]
    rng.shuffle(rows)
    out: list = rows  # converted in place, so the tuples are freed as the dicts are made
    for i, (nm, tx, ad, ph, t) in enumerate(rows):
        out[i] = {"id": f"E{i + 1:07d}", "name": nm, "tax_code": tx, "address": ad, "phone": ph, "truth": t}
    present = {row["truth"] for row in out} if len(cases) else set()
    return out, {k: v for k, v in cases.items() if k in present}


def records(n: int, seed: int = 0) -> list[dict]:
    """n synthetic records of generator E, deterministic for (n, seed)."""
    return _generate(n, seed)[0]


# --------------------------------------------------------------------------------------------------------------
# summary (python bench/data/resolve/gen_vendor.py [n])


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def _norm_tax(s: str) -> str:
    if "E+" in s:
        return ""
    d = _digits(s.split(".0")[0] if s.endswith(".0") else s)
    if len(d) == 9:
        d = "0" + d
    if len(d) == 8:
        d = "00" + d
    return d[:10] if len(d) >= 10 else ""


def _norm_phones(s: str) -> set[str]:
    out = set()
    for part in s.replace(";", "/").replace(" - ", "/").split("/"):
        part = part.split("(m")[0]
        d = _digits(part)
        if d.startswith("84") and len(d) >= 10:
            d = d[2:]
        d = d.lstrip("0")
        if len(d) >= 9:
            out.add(d)
    return out


def summary(n: int = 20000, seed: int = 0) -> dict[str, float]:
    rows, cases = _generate(n, seed)
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["truth"], []).append(row)
    pairs = no_id = no_id_addr = 0
    for g in groups.values():
        feats = [(_norm_tax(x["tax_code"]), _norm_phones(x["phone"]), x["address"].lower()) for x in g]
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                pairs += 1
                a, b = feats[i], feats[j]
                shared = (a[0] and a[0] == b[0]) or (a[1] & b[1])
                if not shared:
                    no_id += 1
                    if not _lot_overlap(a[2], b[2]):
                        no_id_addr += 1
    tags: dict[str, int] = {}
    for t in cases.values():
        for x in t:
            if not x.startswith("fam="):
                tags[x] = tags.get(x, 0) + 1
    out = {
        "records": len(rows),
        "enterprises": len(groups),
        "records_per_enterprise": len(rows) / len(groups),
        "singletons": sum(len(g) == 1 for g in groups.values()) / len(groups),
        "true_pairs": pairs,
        "pairs_no_tax_no_phone": no_id / max(1, pairs),
        "pairs_no_tax_phone_address": no_id_addr / max(1, pairs),
    }
    out.update({f"case_{k}": v / len(groups) for k, v in sorted(tags.items())})
    return out


def _lot_overlap(a: str, b: str) -> bool:
    """Do two addresses share a lot/house token (e.g. 'cn5', 'b12') and a first word of the place?"""
    ta = {w.strip(",.") for w in _strip(a).replace("-", "").split() if any(c.isdigit() for c in w)}
    tb = {w.strip(",.") for w in _strip(b).replace("-", "").split() if any(c.isdigit() for c in w)}
    return bool(ta & tb)


if __name__ == "__main__":  # pragma: no cover
    import sys
    import time

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    t0 = time.perf_counter()
    stats = summary(size)
    for k, v in stats.items():
        print(f"{k:32s} {v:.4f}" if isinstance(v, float) else f"{k:32s} {v}")
    print(f"{'seconds':32s} {time.perf_counter() - t0:.1f}")
