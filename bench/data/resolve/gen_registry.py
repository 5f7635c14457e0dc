"""Held-out generator C of messy, labelled Vietnamese enterprise records ("registry habits").

ALL DATA IS SYNTHETIC. Brand names, tax codes, lot numbers, street numbers and telephone numbers are drawn at
random; park, province, district and ward names are used only as realistic place labels, and any resemblance of
a generated enterprise to a real one is a coincidence.

    records(n, seed=0) -> list of n dicts {id, name, tax_code, address, phone, truth}

``truth`` is the id of the real (synthetic) enterprise behind a record. The generator was written without
looking at the resolver or at the other generators; it follows how Vietnamese enterprise lists look in the
wild. Habits modelled:

Enterprises
  * legal form: Công ty TNHH (two or more members), TNHH MTV (one member; the "MTV" is often left out even in the
    registry), Cổ phần, Doanh nghiệp tư nhân, Hợp tác xã, and branches ("Chi nhánh Công ty ... tại Bắc Giang")
    whose tax code is the head office's plus a three-digit suffix (0101234567-001): a branch is a different
    enterprise from its head office;
  * a trade descriptor (Cơ khí chính xác, Nhựa, Bao bì, Thương mại Dịch vụ, ...) or none, and a brand: two or
    three syllables from ~150 Vietnamese syllables with Zipf-like popularity (Minh, Phát, Hưng, Thịnh, ...), set
    phrases (Thăng Long, Kinh Bắc), "Vina-" compounds, initials (HTP), owners' names for private enterprises, or
    for foreign-invested firms an invented Korean, Japanese or Chinese/Taiwanese romanised brand (Seojin,
    Takamoto, Foxlink) with "Việt Nam"/"Vina". The share of three-syllable brands and of qualified foreign
    brands grows with n, so the name space grows with the data set. A name (legal form aside) is unique
    nationwide for most firms and only within the province for older ones (~15%), so the same brand with
    another trade, and sometimes the same trade and brand, belong to different enterprises in other parks and
    provinces; when a name is taken the founder adds a syllable ("Minh Phát" -> "Minh Phát Đạt");
  * families: the same owner registers two or three firms with one brand and different trades
    ("Nhựa Minh Phát", "Bao bì Minh Phát"), often at the same address and with the owner's mobile;
  * a 10-digit tax code whose first two digits are the province (23 Bắc Ninh, 24 Bắc Giang, 02 Hải Phòng, 01 Hà
    Nội, 46 Thái Nguyên, ...), with the mod-11 check digit; unique per enterprise;
  * an address in an industrial park or cluster (~70 KCN/KCX/CCN in 19 provinces, lots "Lô CN5", "Lô B2-3",
    "Lô số 45") or in town ("Số 12, đường Lý Thái Tổ", "Km 15, Quốc lộ 18") or in a village ("Thôn Đông,
    xã ..."); a telephone: landline with the province's area code (0222, 0225, 0204, 024, ...) or a mobile;
  * some enterprises move (a later record has the new address and phone, same tax code) and some convert from
    TNHH to Cổ phần (later records show the new legal form, same tax code).

Records: 1 to 8 per enterprise (skewed: most 1-3, mean ~2.2), each from a source with its own habits:
  * registry: full legal name in capitals or in proper case, correct tax code, formal address (old three-level
    administration with district and old province, or the 2025 two-level one: no district and the merged
    province, e.g. Bắc Giang -> Bắc Ninh, Hải Dương -> Hải Phòng, Bình Dương -> Thành phố Hồ Chí Minh);
    "Tel: ...; Fax: ..." phone fields;
  * park management board: English names ("Minh Phat Plastic Co., Ltd", "Seojin Vina Co., Ltd", "MINH PHAT
    JSC"), or short Vietnamese names without the trade, lot and park only, English park names, tax code often
    missing; branches sometimes listed under the head office's name;
  * survey / self-declared: no or partial diacritics, lower case, typos (dropped, doubled, swapped letters),
    Telex residue ("Phats", "Nhuwaj"), wrong tone marks, spaced Korean brands ("Seo Jin"), tax codes with spaces,
    dots or "MST: ", one-digit slips, a branch giving its head office's code, phones as "+84 222 3.812.345",
    "(0222) 3812345", pre-2018 eleven-digit mobiles (0168...), pre-2017 area codes (0241), a contact person's
    mobile;
  * Excel lists: abbreviations (Cty, CTCP, Cty CP, TNHH MTV, TM-DV, SX&TM, XNK), form after the name
    ("Minh Phát (Cty TNHH)", "TNHH Minh Phát"), capitals, numbers that lost their leading zero (101234567,
    912345678), abbreviated administrative units ("P. Suối Hoa - TP. Bắc Ninh"), missing fields.

About 40% of records have no tax code and about 30% no phone. Records are shuffled; ids are sequential after
the shuffle. Deterministic for (n, seed); standard library only.
"""

from __future__ import annotations

import math
import random
import unicodedata
import zlib
from bisect import bisect
from collections import deque
from operator import mul

# --------------------------------------------------------------------------------------------------------------
# Text helpers


def _ascii_table() -> dict[int, str]:
    table = {}
    for cp in range(0xC0, 0x1EFF):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[cp] = base
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    return table


_ASCII = _ascii_table()


def _fold(s: str) -> str:
    return s.translate(_ASCII)


_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_SHAPES = {"\u0302": None, "\u0306": "w", "\u031b": "w"}  # circumflex doubles the vowel


def _telex(word: str) -> str:
    """The keys typed for a word when the Vietnamese input method was off: Phát -> Phats, Nhựa -> Nhuwaj."""
    out, tone = [], ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TONES:
            tone = _TONES[ch]
        elif ch in _SHAPES:
            mark = _SHAPES[ch]
            out.append(out[-1].lower() if mark is None and out else (mark or ""))
        elif ch == "đ":
            out.append("dd")
        elif ch == "Đ":
            out.append("Dd")
        else:
            out.append(ch)
    return "".join(out) + tone


def _retone(word: str, rnd: random.Random) -> str:
    """A wrong tone mark on a word (or one added, or one lost)."""
    d = unicodedata.normalize("NFD", word)
    marks = list(_TONES)
    for i, ch in enumerate(d):
        if ch in _TONES:
            other = _ch(rnd, [m for m in marks if m != ch] + [""])
            return unicodedata.normalize("NFC", d[:i] + other + d[i + 1 :])
    for i, ch in enumerate(d):
        if ch.lower() in "aeiouy":
            return unicodedata.normalize("NFC", d[: i + 1] + _ch(rnd, marks) + d[i + 1 :])
    return word


def _typo(s: str, rnd: random.Random) -> str:
    """One keyboard slip: a letter dropped, doubled or swapped with its neighbour, Telex residue, a wrong tone."""
    if len(s) < 4:
        return s
    kind = rnd.random()
    if kind < 0.5:
        i = _rr(rnd, 1, len(s) - 1)
        if not s[i].isalpha():
            return s
        if kind < 0.2:
            return s[:i] + s[i + 1 :]
        if kind < 0.35:
            return s[:i] + s[i] + s[i:]
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    words = s.split(" ")
    marked = [i for i, w in enumerate(words) if w and not w.isascii()]
    if not marked:
        i = _rr(rnd, 1, len(s) - 1)
        return s[:i] + s[i + 1 :]
    j = _ch(rnd, marked)
    words[j] = _telex(words[j]) if kind < 0.75 else _retone(words[j], rnd)
    return " ".join(words)


def _part_fold(s: str, rnd: random.Random) -> str:
    """Diacritics on some words only (a phone keyboard, a copy from two sources)."""
    return " ".join(_fold(w) if rnd.random() < 0.5 else w for w in s.split(" "))


def _ch(rnd: random.Random, seq):
    return seq[int(rnd.random() * len(seq))]


def _ri(rnd: random.Random, a: int, b: int) -> int:
    return a + int(rnd.random() * (b - a + 1))


def _rr(rnd: random.Random, a: int, b: int | None = None) -> int:
    return int(rnd.random() * a) if b is None else a + int(rnd.random() * (b - a))


def _cum(weights):
    total, acc = float(sum(weights)), []
    run = 0.0
    for w in weights:
        run += w
        acc.append(run / total)
    acc[-1] = 1.0
    return acc


# --------------------------------------------------------------------------------------------------------------
# Names

SYLLABLES = (
    "Minh Phát Hưng Thịnh An Phú Thành Đạt Việt Hoàng Long Tân Nam Hải Phúc Hòa Bình Thái Quang Trung Đức Huy "
    "Tiến Thắng Lộc Kim Hà Sơn Gia Đông Anh Bảo Hồng Vinh Toàn Khang Tâm Phong Thuận Lợi Tài Cường Dũng Hùng Ngọc "
    "Nhật Quốc Trường Thiên Vũ Xuân Lâm Linh Mạnh Nghĩa Hiếu Hiệp Hợp Tín Thông Tuấn Vạn Vĩnh Đại Đồng Sáng Tú "
    "Tùng Uy Yên Châu Cát Công Chiến Duy Giang Hạnh Hào Hậu Hiền Hoàn Hương Khánh Khải Khôi Kiên Lan Lạc Lực Lương "
    "Mai Mỹ Nga Nguyên Nhân Ninh Oanh Phương Quân Quý Quyết Sinh Tấn Thạch Thanh Thảo Thủy Tiên Trang Trí Trọng "
    "Tường Văn Vương Yến Bắc Đoàn Kết Hạ Âu Á Đăng Định Điền Hoa Kỳ Lai Luân Nhất Như Phi Sao Sang Tạo Thiện Thọ "
    "Thương Tính Triều Trinh Ánh Bách Cẩm Chính Danh Dương Hằng"
).split()
_SYL_CUM = _cum([1.0 / (r + 1) ** 0.85 for r in range(len(SYLLABLES))])

PHRASES = (
    "Thăng Long|Kinh Bắc|Hoàn Cầu|Sông Hồng|Đông Á|Ánh Dương|Sao Mai|Bình Minh|Hồng Hà|Trường Sơn|Hạ Long|"
    "Việt Nhật|Việt Hàn|Việt Đức|Việt Trung|Thái Bình Dương|Đại Dương|Tân Thế Kỷ|Phương Đông|Nam Việt|Đất Việt|"
    "Sài Gòn|Ngôi Sao|Hoa Sen|Phượng Hoàng|Kim Long|Rồng Vàng|Hưng Thịnh|An Phát|Thành Công|Việt Á|Tiến Phát"
).split("|")
VINA = "pack plast tech steel con mex tex chem paper wood cable print metal glass mold fil tape foam".split()
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô Dương Lý Phan Đào Trịnh".split()
MIDDLES = "Văn Thị Đức Minh Quang Hữu Thanh Ngọc".split()

# (Vietnamese, English, abbreviations used in lists)
TRADES = (
    ("Cơ khí chính xác", "Precision Mechanical", ("CKCX", "Cơ khí CX")),
    ("Cơ khí", "Mechanical", ("CK",)),
    ("Nhựa", "Plastic", ()),
    ("Bao bì", "Packaging", ("BB",)),
    ("Điện tử", "Electronics", ()),
    ("Dệt may", "Textile Garment", ()),
    ("May mặc", "Garment", ()),
    ("Khuôn mẫu", "Mould", ()),
    (
        "Thương mại Dịch vụ",
        "Trading and Services",
        ("TM DV", "TMDV", "TM-DV", "TM&DV", "Thương mại và Dịch vụ"),
    ),
    (
        "Sản xuất và Thương mại",
        "Production and Trading",
        ("SX&TM", "SXTM", "SX-TM", "SX và TM", "Sản xuất TM"),
    ),
    ("Sản xuất Thương mại Dịch vụ", "Production Trading Services", ("SX-TM-DV", "SXTMDV", "SX TM DV")),
    ("Xây dựng", "Construction", ("XD",)),
    ("Đầu tư và Xây dựng", "Investment and Construction", ("ĐT&XD", "ĐTXD", "Đầu tư XD")),
    ("Xuất nhập khẩu", "Import Export", ("XNK",)),
    ("Thép", "Steel", ()),
    ("Kết cấu thép", "Steel Structure", ("KCT",)),
    ("Linh kiện điện tử", "Electronic Components", ("LKĐT", "Linh kiện ĐT")),
    ("Công nghệ", "Technology", ("CN",)),
    ("Vật liệu xây dựng", "Construction Materials", ("VLXD",)),
    ("Gỗ", "Wood", ()),
    ("Giấy", "Paper", ()),
    ("In và Bao bì", "Printing and Packaging", ("In - Bao bì",)),
    ("Hóa chất", "Chemical", ("HC",)),
    ("Cao su", "Rubber", ()),
    ("Thiết bị điện", "Electrical Equipment", ("TBĐ",)),
    ("Vận tải", "Transport", ("VT",)),
    ("Logistics", "Logistics", ()),
    ("Môi trường", "Environment", ("MT",)),
    ("Dây cáp điện", "Cable", ()),
    ("Tự động hóa", "Automation", ("TĐH",)),
    ("Đúc", "Casting", ()),
    ("Sơn", "Paint", ()),
    ("Kỹ thuật", "Engineering", ("KT",)),
    ("Thực phẩm", "Food", ("TP",)),
)
_TRADE_CUM = _cum(
    [
        3,
        4,
        5,
        4,
        4,
        2,
        2,
        3,
        7,
        5,
        3,
        4,
        2,
        2,
        2,
        2,
        2,
        2,
        1.5,
        1.5,
        1,
        1.5,
        1,
        1,
        1.5,
        1.5,
        1,
        1,
        1,
        1,
        1,
        1,
        2,
        1,
    ]
)
HTX_TRADES = ("Dịch vụ nông nghiệp", "Mây tre đan", "Đồ gỗ mỹ nghệ", "Cơ khí", "Vận tải", "Gốm sứ", "Dệt")
HTX_EN = (
    "Agricultural Services",
    "Rattan Bamboo",
    "Fine Art Wood",
    "Mechanical",
    "Transport",
    "Ceramics",
    "Weaving",
)

FOREIGN = (
    (
        "Han Seo Dae Sam Hyun Kwang Young Sung Dong Myung Shin Jung Woo Il Heung Kum Chang Bum Yoo Won Kyung Sang Hae "
        "Jin Tae Min Se Ah Nam Boo"
    ).split(),
    "wha jin shin sung woo won kwang il yang dong heung chang min san hwa jung bo ho duk kyung seong lim an do tech "
    "ju".split(),
    "Nis Tak Yama Mitsu Fuji Kane Tani Hiro Naka Matsu Taka Oka Kawa Shima Toyo Nichi Sumi Koyo Mura Ari Hoshi Kita "
    "Miya Asa Ono Yoshi".split(),
    "sei moto hara da ko kawa tec den zawa shita yama mura no gi be ta kura shin wa hashi".split(),
    "Fox Hon Lin Tai Yuan Feng Sheng Xin Hua Kai Jia Mei Wei Tong Xiang Fu Chen Ever Sun Gold Lian Rui Zhong Hong "
    "Da Jin".split(),
    "link tek tron con tech wei feng sheng xin da hua long star wel yang jia fu tai hong mei rich win".split(),
)
QUALIFIERS = (
    "Tech Global Precision Industrial Hitech Material Pack E&T Display Auto Metal Chemical Optics Energy "
    "Mold Plus Vision Pro Smart Solutions Electric"
).split()

# form key -> (registry Vietnamese, other Vietnamese spellings, English spellings)
FORMS = {
    "tnhh": (
        "Công ty TNHH",
        ("Cty TNHH", "Công ty trách nhiệm hữu hạn", "CT TNHH", "Cty TNHH", "Công ty TNHH"),
        ("Co., Ltd", "Company Limited", "Co.,Ltd", "Co., Ltd.", "CO.,LTD", "Ltd"),
    ),
    "mtv": (
        "Công ty TNHH MTV",
        ("Cty TNHH MTV", "Công ty TNHH Một thành viên", "Cty TNHH 1TV", "Công ty TNHH MTV"),
        ("One Member Co., Ltd", "Co., Ltd", "One Member Company Limited", "Company Limited"),
    ),
    "cp": (
        "Công ty Cổ phần",
        ("Công ty CP", "CTCP", "Cty CP", "Cty Cổ phần", "Công ty cổ phần"),
        ("Joint Stock Company", "JSC", "Corporation", "J.S.C", "Corp."),
    ),
    "dntn": (
        "Doanh nghiệp tư nhân",
        ("DNTN", "DN tư nhân", "Doanh nghiệp TN"),
        ("Private Enterprise", "Enterprise"),
    ),
    "htx": ("Hợp tác xã", ("HTX", "H.T.X"), ("Cooperative", "Co-operative")),
}
SWAP_FORM = {
    "tnhh": ("TNHH", "Cty TNHH"),
    "mtv": ("TNHH MTV", "Cty TNHH MTV", "TNHH"),
    "cp": ("CP", "CTCP", "Cty CP"),
    "dntn": ("DNTN",),
    "htx": ("HTX",),
}

# --------------------------------------------------------------------------------------------------------------
# Places

# key: (old kind, old name, tax prefix, area code, area code before 2017, new kind, new name, south?, aliases,
#       districts [(kind, name, old wards [(kind, name)], new wards [(kind, name)])])
P = "phường"
X = "xã"
TT = "thị trấn"
PROVINCES = {
    "BN": (
        "tỉnh",
        "Bắc Ninh",
        "23",
        "0222",
        "0241",
        "tỉnh",
        "Bắc Ninh",
        False,
        ("BN", "Bac Ninh"),
        (
            (
                "thành phố",
                "Bắc Ninh",
                ((P, "Suối Hoa"), (P, "Đại Phúc"), (P, "Võ Cường"), (P, "Vũ Ninh")),
                ((P, "Kinh Bắc"), (P, "Võ Cường")),
            ),
            (
                "thành phố",
                "Từ Sơn",
                ((P, "Đồng Kỵ"), (P, "Đình Bảng"), (P, "Châu Khê")),
                ((P, "Từ Sơn"), (P, "Đồng Nguyên")),
            ),
            (
                "huyện",
                "Yên Phong",
                ((TT, "Chờ"), (X, "Văn Môn"), (X, "Đông Phong")),
                ((X, "Yên Phong"), (X, "Văn Môn")),
            ),
            (
                "huyện",
                "Tiên Du",
                ((TT, "Lim"), (X, "Nội Duệ"), (X, "Phú Lâm")),
                ((X, "Tiên Du"), (X, "Liên Bão")),
            ),
        ),
    ),
    "BG": (
        "tỉnh",
        "Bắc Giang",
        "24",
        "0204",
        "0240",
        "tỉnh",
        "Bắc Ninh",
        False,
        ("BG",),
        (
            (
                "thành phố",
                "Bắc Giang",
                ((P, "Trần Phú"), (P, "Hoàng Văn Thụ"), (P, "Dĩnh Kế")),
                ((P, "Bắc Giang"), (P, "Đa Mai")),
            ),
            (
                "thị xã",
                "Việt Yên",
                ((P, "Bích Động"), (P, "Nếnh"), (X, "Hồng Thái")),
                ((P, "Việt Yên"), (P, "Nếnh")),
            ),
            ("huyện", "Hiệp Hòa", ((TT, "Thắng"), (X, "Đức Thắng")), ((X, "Hiệp Hòa"), (X, "Hợp Thịnh"))),
            ("huyện", "Lạng Giang", ((TT, "Vôi"), (X, "Tân Dĩnh")), ((X, "Lạng Giang"), (X, "Tân Dĩnh"))),
        ),
    ),
    "HP": (
        "thành phố",
        "Hải Phòng",
        "02",
        "0225",
        "031",
        "thành phố",
        "Hải Phòng",
        False,
        ("HP", "Hai Phong"),
        (
            (
                "quận",
                "Lê Chân",
                ((P, "Dư Hàng Kênh"), (P, "An Biên"), (P, "Kênh Dương")),
                ((P, "Lê Chân"), (P, "An Biên")),
            ),
            (
                "quận",
                "Ngô Quyền",
                ((P, "Lạch Tray"), (P, "Đằng Giang"), (P, "Máy Tơ")),
                ((P, "Ngô Quyền"), (P, "Gia Viên")),
            ),
            ("quận", "Hồng Bàng", ((P, "Quán Toan"), (P, "Sở Dầu")), ((P, "Hồng Bàng"), (P, "Hồng An"))),
            ("huyện", "An Dương", ((TT, "An Dương"), (X, "Lê Thiện")), ((P, "An Dương"), (P, "An Phong"))),
        ),
    ),
    "HD": (
        "tỉnh",
        "Hải Dương",
        "08",
        "0220",
        "0320",
        "thành phố",
        "Hải Phòng",
        False,
        ("HD",),
        (
            (
                "thành phố",
                "Hải Dương",
                ((P, "Trần Hưng Đạo"), (P, "Thanh Bình"), (P, "Ngọc Châu")),
                ((P, "Hải Dương"), (P, "Lê Thanh Nghị")),
            ),
            ("huyện", "Cẩm Giàng", ((TT, "Lai Cách"), (X, "Cẩm Điền")), ((X, "Cẩm Giàng"), (X, "Tuệ Tĩnh"))),
            ("thành phố", "Chí Linh", ((P, "Sao Đỏ"), (P, "Cộng Hòa")), ((P, "Chu Văn An"), (P, "Chí Linh"))),
        ),
    ),
    "HY": (
        "tỉnh",
        "Hưng Yên",
        "09",
        "0221",
        "0321",
        "tỉnh",
        "Hưng Yên",
        False,
        ("HY",),
        (
            (
                "thành phố",
                "Hưng Yên",
                ((P, "Hiến Nam"), (P, "Lê Lợi"), (P, "An Tảo")),
                ((P, "Phố Hiến"), (P, "Sơn Nam")),
            ),
            (
                "thị xã",
                "Mỹ Hào",
                ((P, "Bần Yên Nhân"), (P, "Phan Đình Phùng"), (P, "Dị Sử")),
                ((P, "Mỹ Hào"), (P, "Đường Hào")),
            ),
            ("huyện", "Văn Lâm", ((TT, "Như Quỳnh"), (X, "Lạc Hồng")), ((X, "Như Quỳnh"), (X, "Lạc Đạo"))),
        ),
    ),
    "TB": (
        "tỉnh",
        "Thái Bình",
        "10",
        "0227",
        "036",
        "tỉnh",
        "Hưng Yên",
        False,
        ("TB",),
        (
            (
                "thành phố",
                "Thái Bình",
                ((P, "Bồ Xuyên"), (P, "Tiền Phong"), (P, "Kỳ Bá")),
                ((P, "Thái Bình"), (P, "Trần Hưng Đạo")),
            ),
            (
                "huyện",
                "Tiền Hải",
                ((TT, "Tiền Hải"), (X, "Tây Giang")),
                ((X, "Tiền Hải"), (X, "Tây Thụy Anh")),
            ),
        ),
    ),
    "VP": (
        "tỉnh",
        "Vĩnh Phúc",
        "25",
        "0211",
        "0211",
        "tỉnh",
        "Phú Thọ",
        False,
        ("VP",),
        (
            (
                "thành phố",
                "Vĩnh Yên",
                ((P, "Liên Bảo"), (P, "Khai Quang"), (P, "Đồng Tâm")),
                ((P, "Vĩnh Phúc"), (P, "Vĩnh Yên")),
            ),
            (
                "thành phố",
                "Phúc Yên",
                ((P, "Trưng Trắc"), (P, "Xuân Hòa"), (P, "Hùng Vương")),
                ((P, "Phúc Yên"), (P, "Xuân Hòa")),
            ),
            (
                "huyện",
                "Bình Xuyên",
                ((TT, "Hương Canh"), (X, "Bá Hiến"), (X, "Thiện Kế")),
                ((X, "Bình Xuyên"), (X, "Bình Nguyên")),
            ),
        ),
    ),
    "PT": (
        "tỉnh",
        "Phú Thọ",
        "26",
        "0210",
        "0210",
        "tỉnh",
        "Phú Thọ",
        False,
        ("PT",),
        (
            (
                "thành phố",
                "Việt Trì",
                ((P, "Gia Cẩm"), (P, "Tiên Cát"), (P, "Thanh Miếu")),
                ((P, "Việt Trì"), (P, "Thanh Miếu")),
            ),
            (
                "huyện",
                "Lâm Thao",
                ((TT, "Lâm Thao"), (X, "Tiên Kiên")),
                ((X, "Lâm Thao"), (X, "Phùng Nguyên")),
            ),
        ),
    ),
    "HN": (
        "thành phố",
        "Hà Nội",
        "01",
        "024",
        "04",
        "thành phố",
        "Hà Nội",
        False,
        ("HN", "Ha Noi", "Hanoi"),
        (
            (
                "quận",
                "Cầu Giấy",
                ((P, "Dịch Vọng"), (P, "Trung Hòa"), (P, "Yên Hòa")),
                ((P, "Cầu Giấy"), (P, "Yên Hòa")),
            ),
            (
                "quận",
                "Hoàng Mai",
                ((P, "Đại Kim"), (P, "Thịnh Liệt"), (P, "Yên Sở")),
                ((P, "Hoàng Mai"), (P, "Định Công")),
            ),
            (
                "huyện",
                "Đông Anh",
                ((TT, "Đông Anh"), (X, "Kim Chung"), (X, "Vân Nội")),
                ((X, "Đông Anh"), (X, "Thiên Lộc")),
            ),
            ("quận", "Long Biên", ((P, "Thạch Bàn"), (P, "Ngọc Thụy")), ((P, "Long Biên"), (P, "Phúc Lợi"))),
            ("huyện", "Thanh Trì", ((X, "Ngọc Hồi"), (X, "Tứ Hiệp")), ((X, "Ngọc Hồi"), (X, "Thanh Trì"))),
        ),
    ),
    "TN": (
        "tỉnh",
        "Thái Nguyên",
        "46",
        "0208",
        "0280",
        "tỉnh",
        "Thái Nguyên",
        False,
        ("TN",),
        (
            (
                "thành phố",
                "Thái Nguyên",
                ((P, "Hoàng Văn Thụ"), (P, "Phan Đình Phùng"), (P, "Tân Thịnh")),
                ((P, "Phan Đình Phùng"), (P, "Gia Sàng")),
            ),
            (
                "thành phố",
                "Phổ Yên",
                ((P, "Ba Hàng"), (P, "Bãi Bông"), (X, "Hồng Tiến")),
                ((P, "Phổ Yên"), (P, "Vạn Xuân")),
            ),
            (
                "thành phố",
                "Sông Công",
                ((P, "Bách Quang"), (P, "Mỏ Chè")),
                ((P, "Sông Công"), (P, "Bách Quang")),
            ),
        ),
    ),
    "QN": (
        "tỉnh",
        "Quảng Ninh",
        "57",
        "0203",
        "033",
        "tỉnh",
        "Quảng Ninh",
        False,
        ("QN",),
        (
            (
                "thành phố",
                "Hạ Long",
                ((P, "Bãi Cháy"), (P, "Hồng Hải"), (P, "Giếng Đáy")),
                ((P, "Bãi Cháy"), (P, "Hạ Long")),
            ),
            ("thị xã", "Quảng Yên", ((P, "Quảng Yên"), (P, "Đông Mai")), ((P, "Quảng Yên"), (P, "Đông Mai"))),
            (
                "thành phố",
                "Uông Bí",
                ((P, "Quang Trung"), (P, "Thanh Sơn")),
                ((P, "Uông Bí"), (P, "Vàng Danh")),
            ),
        ),
    ),
    "HNA": (
        "tỉnh",
        "Hà Nam",
        "07",
        "0226",
        "0351",
        "tỉnh",
        "Ninh Bình",
        False,
        ("HNam",),
        (
            (
                "thành phố",
                "Phủ Lý",
                ((P, "Minh Khai"), (P, "Lương Khánh Thiện"), (P, "Châu Sơn")),
                ((P, "Phủ Lý"), (P, "Châu Sơn")),
            ),
            ("thị xã", "Duy Tiên", ((P, "Đồng Văn"), (P, "Bạch Thượng")), ((P, "Duy Tiên"), (P, "Đồng Văn"))),
        ),
    ),
    "ND": (
        "tỉnh",
        "Nam Định",
        "06",
        "0228",
        "0350",
        "tỉnh",
        "Ninh Bình",
        False,
        ("NĐ",),
        (
            (
                "thành phố",
                "Nam Định",
                ((P, "Vị Xuyên"), (P, "Năng Tĩnh"), (P, "Mỹ Xá")),
                ((P, "Nam Định"), (P, "Thiên Trường")),
            ),
            ("huyện", "Ý Yên", ((TT, "Lâm"), (X, "Yên Xá")), ((X, "Ý Yên"), (X, "Yên Đồng"))),
        ),
    ),
    "TH": (
        "tỉnh",
        "Thanh Hóa",
        "28",
        "0237",
        "037",
        "tỉnh",
        "Thanh Hóa",
        False,
        ("TH",),
        (
            (
                "thành phố",
                "Thanh Hóa",
                ((P, "Điện Biên"), (P, "Đông Thọ"), (P, "Quảng Hưng")),
                ((P, "Hạc Thành"), (P, "Quảng Phú")),
            ),
            ("thị xã", "Nghi Sơn", ((P, "Hải Hòa"), (P, "Hải Thượng")), ((P, "Nghi Sơn"), (P, "Hải Lĩnh"))),
        ),
    ),
    "BD": (
        "tỉnh",
        "Bình Dương",
        "37",
        "0274",
        "0650",
        "thành phố",
        "Hồ Chí Minh",
        True,
        ("BD", "Binh Duong"),
        (
            (
                "thành phố",
                "Thủ Dầu Một",
                ((P, "Phú Cường"), (P, "Hiệp Thành"), (P, "Phú Hòa")),
                ((P, "Thủ Dầu Một"), (P, "Phú Lợi")),
            ),
            (
                "thành phố",
                "Thuận An",
                ((P, "Lái Thiêu"), (P, "Bình Hòa"), (P, "An Phú")),
                ((P, "Lái Thiêu"), (P, "Bình Hòa")),
            ),
            (
                "thành phố",
                "Dĩ An",
                ((P, "Dĩ An"), (P, "Tân Đông Hiệp")),
                ((P, "Dĩ An"), (P, "Tân Đông Hiệp")),
            ),
        ),
    ),
    "VT": (
        "tỉnh",
        "Bà Rịa - Vũng Tàu",
        "35",
        "0254",
        "064",
        "thành phố",
        "Hồ Chí Minh",
        True,
        ("BR-VT", "BRVT"),
        (
            (
                "thành phố",
                "Vũng Tàu",
                ((P, "Thắng Tam"), (P, "Rạch Dừa")),
                ((P, "Vũng Tàu"), (P, "Rạch Dừa")),
            ),
            ("thị xã", "Phú Mỹ", ((P, "Phú Mỹ"), (P, "Tân Phước")), ((P, "Phú Mỹ"), (P, "Tân Phước"))),
        ),
    ),
    "SG": (
        "thành phố",
        "Hồ Chí Minh",
        "03",
        "028",
        "08",
        "thành phố",
        "Hồ Chí Minh",
        True,
        ("TP.HCM", "TP HCM", "Tp. HCM", "HCM", "Sài Gòn"),
        (
            ("quận", "Tân Bình", ((P, "2"), (P, "4"), (P, "12")), ((P, "Tân Sơn Hòa"), (P, "Bảy Hiền"))),
            (
                "quận",
                "Bình Tân",
                ((P, "Bình Hưng Hòa"), (P, "Tân Tạo A"), (P, "An Lạc")),
                ((P, "Bình Tân"), (P, "Tân Tạo")),
            ),
            (
                "thành phố",
                "Thủ Đức",
                ((P, "Linh Trung"), (P, "Hiệp Phú"), (P, "Tăng Nhơn Phú A")),
                ((P, "Linh Xuân"), (P, "Tăng Nhơn Phú")),
            ),
            ("quận", "7", ((P, "Tân Phong"), (P, "Tân Thuận Đông")), ((P, "Tân Mỹ"), (P, "Tân Thuận"))),
        ),
    ),
    "DN": (
        "tỉnh",
        "Đồng Nai",
        "36",
        "0251",
        "061",
        "tỉnh",
        "Đồng Nai",
        True,
        ("ĐN", "Dong Nai"),
        (
            (
                "thành phố",
                "Biên Hòa",
                ((P, "Long Bình"), (P, "An Bình"), (P, "Tân Hiệp")),
                ((P, "Biên Hòa"), (P, "Long Bình")),
            ),
            (
                "huyện",
                "Nhơn Trạch",
                ((X, "Hiệp Phước"), (X, "Phước Thiền")),
                ((X, "Nhơn Trạch"), (X, "Phước An")),
            ),
            ("huyện", "Trảng Bom", ((TT, "Trảng Bom"), (X, "Hố Nai 3")), ((X, "Trảng Bom"), (X, "Bàu Hàm"))),
        ),
    ),
    "LA": (
        "tỉnh",
        "Long An",
        "11",
        "0272",
        "072",
        "tỉnh",
        "Tây Ninh",
        True,
        ("LA",),
        (
            ("thành phố", "Tân An", ((P, "1"), (P, "2"), (P, "Khánh Hậu")), ((P, "Long An"), (P, "Tân An"))),
            (
                "huyện",
                "Đức Hòa",
                ((TT, "Hậu Nghĩa"), (X, "Đức Hòa Đông")),
                ((X, "Đức Hòa"), (X, "Hậu Nghĩa")),
            ),
            ("huyện", "Bến Lức", ((TT, "Bến Lức"), (X, "Thanh Phú")), ((X, "Bến Lức"), (X, "Lương Hòa"))),
        ),
    ),
}
PROV_KEYS = tuple(PROVINCES)
_PROV_CUM = _cum([14, 7, 10, 6, 6, 2, 6, 2, 14, 4, 3, 3, 2, 2, 6, 2, 6, 5, 3])

# (kind, name, English short, province, district index, old ward, new ward, lot style)
KCN, CCN, KCX = "Khu công nghiệp", "Cụm công nghiệp", "Khu chế xuất"
PARKS = (
    (KCN, "Quế Võ", "Que Vo", "BN", None, "thị xã Quế Võ", (P, "Phương Liễu"), (P, "Quế Võ"), "CN"),
    (KCN, "Yên Phong", "Yen Phong", "BN", 2, None, (X, "Long Châu"), (X, "Yên Phong"), "L"),
    (KCN, "Tiên Sơn", "Tien Son", "BN", 3, None, (X, "Hoàn Sơn"), (X, "Tiên Du"), "L"),
    (KCN, "VSIP Bắc Ninh", "VSIP Bac Ninh", "BN", 1, None, (X, "Phù Chẩn"), (P, "Phù Khê"), "N"),
    (KCN, "Đại Đồng - Hoàn Sơn", "Dai Dong - Hoan Son", "BN", 3, None, (X, "Đại Đồng"), (X, "Đại Đồng"), "L"),
    (
        KCN,
        "Thuận Thành II",
        "Thuan Thanh II",
        "BN",
        None,
        "thị xã Thuận Thành",
        (X, "Mão Điền"),
        (P, "Mão Điền"),
        "CN",
    ),
    (CCN, "Phong Khê", "Phong Khe", "BN", 0, None, (P, "Phong Khê"), (P, "Vũ Ninh"), "N"),
    (CCN, "Đông Thọ", "Dong Tho", "BN", 2, None, (X, "Đông Thọ"), (X, "Yên Trung"), "N"),
    (KCN, "Nam Sơn - Hạp Lĩnh", "Nam Son - Hap Linh", "BN", 0, None, (P, "Hạp Lĩnh"), (P, "Hạp Lĩnh"), "L"),
    (KCN, "Gia Bình", "Gia Binh", "BN", None, "huyện Gia Bình", (X, "Đông Cứu"), (X, "Gia Bình"), "CN"),
    (KCN, "Đình Trám", "Dinh Tram", "BG", 1, None, (X, "Hồng Thái"), (P, "Nếnh"), "L"),
    (KCN, "Quang Châu", "Quang Chau", "BG", 1, None, (X, "Quang Châu"), (P, "Vân Hà"), "CN"),
    (KCN, "Vân Trung", "Van Trung", "BG", 1, None, (X, "Vân Trung"), (P, "Vân Hà"), "CN"),
    (
        KCN,
        "Song Khê - Nội Hoàng",
        "Song Khe - Noi Hoang",
        "BG",
        0,
        None,
        (X, "Song Khê"),
        (P, "Tiền Phong"),
        "L",
    ),
    (CCN, "Hợp Thịnh", "Hop Thinh", "BG", 2, None, (X, "Hợp Thịnh"), (X, "Hợp Thịnh"), "N"),
    (KCN, "Đình Vũ", "Dinh Vu", "HP", None, "quận Hải An", (P, "Đông Hải 2"), (P, "Đông Hải"), "L"),
    (KCN, "Tràng Duệ", "Trang Due", "HP", 3, None, (X, "Lê Lợi"), (X, "An Hưng"), "CN"),
    (
        KCN,
        "VSIP Hải Phòng",
        "VSIP Hai Phong",
        "HP",
        None,
        "huyện Thủy Nguyên",
        (X, "Lập Lễ"),
        (P, "Thủy Nguyên"),
        "CN",
    ),
    (KCN, "Nomura Hải Phòng", "Nomura Hai Phong", "HP", 3, None, (X, "Tân Tiến"), (X, "An Dương"), "L"),
    (KCN, "Đồ Sơn", "Do Son", "HP", None, "quận Đồ Sơn", (P, "Ngọc Xuyên"), (P, "Đồ Sơn"), "L"),
    (
        KCN,
        "Nam Cầu Kiền",
        "Nam Cau Kien",
        "HP",
        None,
        "huyện Thủy Nguyên",
        (X, "Kiền Bái"),
        (X, "Kiền Bái"),
        "CN",
    ),
    (KCN, "An Dương", "An Duong", "HP", 3, None, (X, "Hồng Phong"), (X, "An Hải"), "CN"),
    (KCN, "Đại An", "Dai An", "HD", 0, None, (P, "Tứ Minh"), (P, "Tứ Minh"), "L"),
    (KCN, "Nam Sách", "Nam Sach", "HD", 0, None, (P, "Ái Quốc"), (P, "Ái Quốc"), "L"),
    (KCN, "Phúc Điền", "Phuc Dien", "HD", 1, None, (X, "Cẩm Phúc"), (X, "Cẩm Giàng"), "CN"),
    (KCN, "Tân Trường", "Tan Truong", "HD", 1, None, (X, "Tân Trường"), (X, "Tuệ Tĩnh"), "L"),
    (KCN, "Lai Vu", "Lai Vu", "HD", None, "huyện Kim Thành", (X, "Lai Vu"), (X, "Lai Khê"), "CN"),
    (KCN, "Thăng Long II", "Thang Long II", "HY", None, "huyện Yên Mỹ", (X, "Liêu Xá"), (X, "Yên Mỹ"), "L"),
    (KCN, "Phố Nối A", "Pho Noi A", "HY", 2, None, (X, "Lạc Hồng"), (X, "Lạc Đạo"), "L"),
    (KCN, "Minh Đức", "Minh Duc", "HY", 1, None, (X, "Minh Đức"), (P, "Mỹ Hào"), "CN"),
    (KCN, "Yên Mỹ II", "Yen My II", "HY", None, "huyện Yên Mỹ", (X, "Hòa Phong"), (X, "Hoàn Long"), "CN"),
    (KCN, "Tiền Hải", "Tien Hai", "TB", 1, None, (X, "Tây Giang"), (X, "Tiền Hải"), "L"),
    (KCN, "Bình Xuyên", "Binh Xuyen", "VP", 2, None, (TT, "Hương Canh"), (X, "Bình Xuyên"), "L"),
    (KCN, "Khai Quang", "Khai Quang", "VP", 0, None, (P, "Khai Quang"), (P, "Vĩnh Phúc"), "L"),
    (KCN, "Bá Thiện", "Ba Thien", "VP", 2, None, (X, "Bá Hiến"), (X, "Bình Nguyên"), "CN"),
    (KCN, "Bá Thiện II", "Ba Thien II", "VP", 2, None, (X, "Thiện Kế"), (X, "Bình Nguyên"), "CN"),
    (
        KCN,
        "Thăng Long Vĩnh Phúc",
        "Thang Long Vinh Phuc",
        "VP",
        2,
        None,
        (X, "Tam Hợp"),
        (X, "Bình Tuyền"),
        "N",
    ),
    (KCN, "Thụy Vân", "Thuy Van", "PT", 0, None, (X, "Thụy Vân"), (P, "Thanh Miếu"), "L"),
    (KCN, "Thăng Long", "Thang Long", "HN", 2, None, (X, "Kim Chung"), (X, "Thiên Lộc"), "N"),
    (
        KCN,
        "Quang Minh",
        "Quang Minh",
        "HN",
        None,
        "huyện Mê Linh",
        (TT, "Quang Minh"),
        (X, "Quang Minh"),
        "L",
    ),
    (KCN, "Nội Bài", "Noi Bai", "HN", None, "huyện Sóc Sơn", (X, "Quang Tiến"), (X, "Nội Bài"), "L"),
    (KCN, "Sài Đồng B", "Sai Dong B", "HN", 3, None, (P, "Thạch Bàn"), (P, "Phúc Lợi"), "L"),
    (KCN, "Phú Nghĩa", "Phu Nghia", "HN", None, "huyện Chương Mỹ", (X, "Phú Nghĩa"), (X, "Phú Nghĩa"), "L"),
    (CCN, "Ngọc Hồi", "Ngoc Hoi", "HN", 4, None, (X, "Ngọc Hồi"), (X, "Ngọc Hồi"), "N"),
    (
        KCN,
        "Thạch Thất - Quốc Oai",
        "Thach That - Quoc Oai",
        "HN",
        None,
        "huyện Quốc Oai",
        (TT, "Quốc Oai"),
        (X, "Quốc Oai"),
        "L",
    ),
    (KCN, "Yên Bình", "Yen Binh", "TN", 1, None, (X, "Hồng Tiến"), (P, "Phổ Yên"), "L"),
    (KCN, "Điềm Thụy", "Diem Thuy", "TN", None, "huyện Phú Bình", (X, "Điềm Thụy"), (X, "Điềm Thụy"), "L"),
    (KCN, "Sông Công I", "Song Cong I", "TN", 2, None, (P, "Bách Quang"), (P, "Bách Quang"), "CN"),
    (KCN, "Đông Mai", "Dong Mai", "QN", 1, None, (P, "Đông Mai"), (P, "Đông Mai"), "L"),
    (KCN, "Cái Lân", "Cai Lan", "QN", 0, None, (P, "Giếng Đáy"), (P, "Bãi Cháy"), "CN"),
    (KCN, "Việt Hưng", "Viet Hung", "QN", 0, None, (P, "Việt Hưng"), (P, "Việt Hưng"), "CN"),
    (KCN, "Đồng Văn II", "Dong Van II", "HNA", 1, None, (P, "Bạch Thượng"), (P, "Duy Tiên"), "L"),
    (KCN, "Châu Sơn", "Chau Son", "HNA", 0, None, (P, "Châu Sơn"), (P, "Châu Sơn"), "L"),
    (KCN, "Hòa Xá", "Hoa Xa", "ND", 0, None, (P, "Mỹ Xá"), (P, "Nam Định"), "L"),
    (KCN, "Lễ Môn", "Le Mon", "TH", 0, None, (P, "Quảng Hưng"), (P, "Quảng Phú"), "L"),
    (KCN, "VSIP I", "VSIP I", "BD", 1, None, (P, "Bình Hòa"), (P, "Bình Hòa"), "N"),
    (KCN, "Mỹ Phước 3", "My Phuoc 3", "BD", None, "thị xã Bến Cát", (P, "Thới Hòa"), (P, "Thới Hòa"), "L"),
    (KCN, "Sóng Thần 1", "Song Than 1", "BD", 2, None, (P, "Dĩ An"), (P, "Dĩ An"), "N"),
    (
        KCN,
        "Nam Tân Uyên",
        "Nam Tan Uyen",
        "BD",
        None,
        "thành phố Tân Uyên",
        (P, "Khánh Bình"),
        (P, "Tân Khánh"),
        "L",
    ),
    (KCN, "Bàu Bàng", "Bau Bang", "BD", None, "huyện Bàu Bàng", (TT, "Lai Uyên"), (X, "Bàu Bàng"), "L"),
    (KCN, "Phú Mỹ I", "Phu My I", "VT", 1, None, (P, "Phú Mỹ"), (P, "Phú Mỹ"), "L"),
    (KCX, "Tân Thuận", "Tan Thuan", "SG", 3, None, (P, "Tân Thuận Đông"), (P, "Tân Thuận"), "N"),
    (KCN, "Tân Tạo", "Tan Tao", "SG", 1, None, (P, "Tân Tạo A"), (P, "Tân Tạo"), "L"),
    (KCN, "Hiệp Phước", "Hiep Phuoc", "SG", None, "huyện Nhà Bè", (X, "Hiệp Phước"), (X, "Hiệp Phước"), "L"),
    (
        "Khu công nghệ cao",
        "TP.HCM",
        "Saigon Hi-Tech Park",
        "SG",
        2,
        None,
        (P, "Tân Phú"),
        (P, "Tăng Nhơn Phú"),
        "L",
    ),
    (KCN, "Amata", "Amata", "DN", 0, None, (P, "Long Bình"), (P, "Long Bình"), "N"),
    (KCN, "Biên Hòa II", "Bien Hoa II", "DN", 0, None, (P, "An Bình"), (P, "Long Hưng"), "N"),
    (KCN, "Nhơn Trạch 3", "Nhon Trach 3", "DN", 1, None, (X, "Hiệp Phước"), (X, "Nhơn Trạch"), "L"),
    (KCN, "Long Thành", "Long Thanh", "DN", None, "huyện Long Thành", (X, "Tam An"), (X, "An Phước"), "L"),
    (KCN, "Đức Hòa 1", "Duc Hoa 1", "LA", 1, None, (X, "Đức Hòa Đông"), (X, "Đức Hòa"), "L"),
    (KCN, "Long Hậu", "Long Hau", "LA", None, "huyện Cần Giuộc", (X, "Long Hậu"), (X, "Cần Giuộc"), "L"),
)
PARKS_BY_PROV: dict[str, list[int]] = {}
for _i, _p in enumerate(PARKS):
    PARKS_BY_PROV.setdefault(_p[3], []).append(_i)
_PARK_NAME = {
    KCN: ("KCN", "Khu CN", "K.C.N"),
    CCN: ("CCN", "Cụm CN"),
    KCX: ("KCX",),
    "Khu công nghệ cao": ("Khu CNC",),
}
_PARK_EN = {
    KCN: ("Industrial Park", "IP", "Industrial Zone"),
    CCN: ("Industrial Cluster",),
    KCX: ("Export Processing Zone", "EPZ"),
    "Khu công nghệ cao": ("",),
}

STREETS = (
    "Lý Thái Tổ|Trần Hưng Đạo|Nguyễn Trãi|Lê Lợi|Quang Trung|Hùng Vương|Nguyễn Văn Cừ|Ngô Gia Tự|Trần Phú|Lê Duẩn|"
    "Võ Nguyên Giáp|Hai Bà Trưng|Điện Biên Phủ|Nguyễn Huệ|Lý Thường Kiệt|Phạm Văn Đồng|Nguyễn Văn Linh|"
    "Lê Thánh Tông|Trường Chinh|Tôn Đức Thắng|Hoàng Quốc Việt|Bạch Đằng|Nguyễn Du|Kinh Dương Vương|Lê Hồng Phong|"
    "Phan Đình Phùng|Nguyễn Chí Thanh|Hoàng Hoa Thám|Tô Hiến Thành|Cách Mạng Tháng Tám|Nguyễn Thị Minh Khai|"
    "Mạc Đĩnh Chi|Lê Quý Đôn|Nguyễn Gia Thiều|Thiên Đức|Lạc Long Quân|Âu Cơ|Trần Quốc Tuấn"
).split("|")
HIGHWAYS = ("Quốc lộ 5", "Quốc lộ 18", "Quốc lộ 1A", "Quốc lộ 3", "Quốc lộ 38", "Tỉnh lộ 295", "Quốc lộ 10")
HAMLETS = (
    "Đông Thượng Hạ Trung Nam Bắc Tiền Hậu Đoài Chùa Đình Giữa Ngoài Trong Mới Cả Đông Xuyên Phù Lưu "
    "Yên Lã Đa Hội Mai Trai"
).split()

# Mobile prefixes and their pre-2018 eleven-digit forms.
MOBILE = (
    "090 091 093 094 096 097 098 086 088 089 032 033 034 035 036 037 038 039 070 077 078 079 081 082 083 "
    "084 085 056 058"
).split()
_MOBILE_CUM = _cum(
    [5, 5, 3, 3, 4, 5, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.3, 0.3]
)
OLD_MOBILE = {
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
}

_TAX_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_TAX_ZERO = 48 * sum(_TAX_W)  # the weights applied to ASCII "0"
_COUNT_CUM = _cum([42, 26, 14, 8, 5, 2.5, 1.5, 1.0])  # records per enterprise 1..8, mean ~2.2

_ABBR = {
    "phường": ("P.", "P. ", "F.", "Phường "),
    "xã": ("X.", "xã ", "Xã "),
    "thị trấn": ("TT.", "TT ", "Thị trấn "),
    "quận": ("Q.", "Q. ", "Quận "),
    "huyện": ("H.", "H. ", "huyện ", "Huyện "),
    "thị xã": ("TX.", "TX ", "Thị xã ", "tx "),
    "thành phố": ("TP.", "TP ", "Tp. ", "Thành phố "),
    "tỉnh": ("", "", "T. ", "tỉnh "),
}


# --------------------------------------------------------------------------------------------------------------
# Enterprises


class _Ent:
    __slots__ = (
        "truth",
        "form",
        "mtv_style",
        "form2",
        "conv_t",
        "trade",
        "brand",
        "brand_parts",
        "foreign",
        "suffix",
        "tax",
        "loc",
        "loc2",
        "move_t",
        "phones",
        "phones2",
        "prov",
        "branch",
        "htx_trade",
    )


class _Gen:
    def __init__(self, n: int, seed: int):
        self.rnd = random.Random(seed * 1_000_003 + n)
        g = math.log10(max(n, 1000) / 1000)  # 0 at 1k, 3 at 1M: the name space grows with the data set
        self.p3 = 0.06 + 0.07 * g
        self.pqual = 0.12 + 0.12 * g
        self.seen: set[int] = set()
        self.serial: dict[str, int] = {}
        self.affine: dict[
            str, tuple[int, int]
        ] = {}  # per province: serial = (a*k + b) mod 10**7, a coprime with 10
        self.recent: deque = deque(maxlen=256)
        self.seq = 0

    # ---- pieces
    def syl(self) -> str:
        return SYLLABLES[bisect(_SYL_CUM, self.rnd.random())]

    def vn_brand(self) -> tuple[str, str]:
        r = self.rnd.random()
        if r < 0.07:
            return _ch(self.rnd, PHRASES), ""
        if r < 0.10:
            return "Vina" + _ch(self.rnd, VINA), ""
        if r < 0.13:
            k = _ch(self.rnd, (2, 3, 3, 3, 4))
            return "".join(_ch(self.rnd, "ABCDEGHKLMNPQSTVX") for _ in range(k)), ""
        k = 3 if self.rnd.random() < self.p3 else 2
        parts = [self.syl()]
        while len(parts) < k:
            w = self.syl()
            if w not in parts:
                parts.append(w)
        suffix = ""
        s = self.rnd.random()
        if s < 0.08:
            suffix = "Việt Nam"
        elif s < 0.10:
            suffix = "Vina"
        return " ".join(parts), suffix

    def foreign_brand(self) -> tuple[str, tuple[str, str], str]:
        o = _rr(self.rnd, 3)
        a, b = _ch(self.rnd, FOREIGN[2 * o]), _ch(self.rnd, FOREIGN[2 * o + 1])
        brand = a + b
        if self.rnd.random() < self.pqual:
            brand += " " + _ch(self.rnd, QUALIFIERS)
        return (
            brand,
            (a, b),
            ("Việt Nam" if self.rnd.random() < 0.62 else "Vina" if self.rnd.random() < 0.85 else ""),
        )

    def tax(self, prov: str) -> str:
        prefix = PROVINCES[prov][2]
        k = self.serial.get(prov, 0)
        if prov not in self.affine:
            self.affine[prov] = (
                _rr(self.rnd, 10**6) * 10 + _ch(self.rnd, (1, 3, 7, 9)),
                _rr(self.rnd, 10**7),
            )
        a, b = self.affine[prov]
        while True:
            k += 1
            body = prefix + f"{(a * k + b) % 10**7:07d}"
            s = (sum(map(mul, body.encode(), _TAX_W)) - _TAX_ZERO) % 11
            if s:
                self.serial[prov] = k
                return body + str((10 - s) % 10)

    def phone(self, prov: str, mobile: bool) -> tuple:
        rnd = self.rnd
        if mobile:
            return ("m", MOBILE[bisect(_MOBILE_CUM, rnd.random())], f"{_rr(rnd, 10**7):07d}")
        area = PROVINCES[prov][3]
        if len(area) == 3:  # Hà Nội, TP.HCM: eight-digit numbers
            return ("l", prov, _ch(rnd, "3362") + f"{_rr(rnd, 10**7):07d}")
        return ("l", prov, _ch(rnd, "3336667") + f"{_rr(rnd, 10**6):06d}")

    def location(self, prov: str, in_park: bool) -> tuple:
        rnd = self.rnd
        parks = PARKS_BY_PROV.get(prov)
        if in_park and parks:
            pi = _ch(rnd, parks)
            style = PARKS[pi][8]
            if style == "CN":
                lot = f"CN{_ri(rnd, 1, 24)}" + (f"-{_ri(rnd, 1, 9)}" if rnd.random() < 0.3 else "")
            elif style == "L":
                lot = _ch(rnd, "ABCDEFGHKM") + str(_ri(rnd, 1, 30))
                lot += f"-{_ri(rnd, 1, 9)}" if rnd.random() < 0.35 else ""
            else:
                lot = str(_ri(rnd, 1, 120))
            factory = _ri(rnd, 1, 6) if rnd.random() < 0.12 else 0
            return ("park", pi, lot, factory)
        dists = PROVINCES[prov][9]
        di = _rr(rnd, len(dists))
        wi = _rr(rnd, len(dists[di][2]))
        r = rnd.random()
        if r < 0.55:
            return (
                "street",
                prov,
                di,
                wi,
                _ri(rnd, 1, 420),
                _ch(rnd, STREETS),
                _ri(rnd, 2, 80) if rnd.random() < 0.15 else 0,
            )
        if r < 0.7:
            return ("km", prov, di, wi, _ri(rnd, 1, 40), _ch(rnd, HIGHWAYS))
        return ("village", prov, di, wi, _ch(rnd, HAMLETS) if rnd.random() < 0.7 else str(_ri(rnd, 1, 12)))

    def prov(self) -> str:
        return PROV_KEYS[bisect(_PROV_CUM, self.rnd.random())]

    def unique(self, prov: str, trade: int, brand: str, suffix: str, nationwide: bool) -> bool:
        """The registry's rule: a name (legal form aside) is not used twice; checked nationwide since the national
        portal, within the province for older firms."""
        name = f"{trade}|{brand}|{suffix}"
        nat, loc = zlib.crc32(name.encode()), zlib.crc32(f"{prov}|{name}".encode())
        if (nat if nationwide else loc) in self.seen:
            return False
        self.seen.add(nat)
        self.seen.add(loc)
        return True

    def new_truth(self) -> str:
        self.seq += 1
        return f"E{self.seq:07d}"

    # ---- enterprises
    def enterprise(self, *, twin: tuple | None = None, family: _Ent | None = None) -> _Ent:
        rnd = self.rnd
        e = _Ent()
        e.truth = self.new_truth()
        e.branch = None
        e.htx_trade = -1
        if family is not None:
            foreign = family.foreign
        elif twin is not None:
            foreign = twin[4]
        else:
            foreign = rnd.random() < 0.17
        e.foreign = foreign
        r = rnd.random()
        if foreign:
            e.form = "mtv" if r < 0.45 else "tnhh" if r < 0.85 else "cp"
        else:
            e.form = (
                "tnhh"
                if r < 0.34
                else "mtv"
                if r < 0.60
                else "cp"
                if r < 0.88
                else "dntn"
                if r < 0.96
                else "htx"
            )
            if family is not None and e.form == "htx":
                e.form = "tnhh"
        r = rnd.random()
        e.mtv_style = (
            0 if r < 0.4 else 1 if r < 0.8 else 2
        )  # registry: "TNHH", "TNHH MTV", "TNHH Một thành viên"
        e.form2, e.conv_t = None, 1.0
        if e.form in ("tnhh", "mtv") and rnd.random() < 0.03:
            e.form2, e.conv_t = "cp", rnd.uniform(0.2, 0.8)
        nationwide = twin is None and rnd.random() < 0.85
        for attempt in range(20):
            if family is not None:
                e.prov = family.prov
                e.brand, e.brand_parts, e.suffix = family.brand, family.brand_parts, family.suffix
                e.trade = bisect(_TRADE_CUM, rnd.random())
            elif twin is not None and attempt < 10:
                e.trade, e.brand, e.brand_parts, e.suffix = twin[:4]
                e.prov = self.prov()
            elif (
                attempt >= 3 and e.brand_parts is None and e.brand.count(" ") in (1, 2) and e.brand[0] != "V"
            ):
                # the name is taken: the founder adds a word to it ("Minh Phát" -> "Minh Phát Đạt")
                w = self.syl()
                if w not in e.brand.split():
                    e.brand = f"{e.brand} {w}"
            elif attempt >= 3 and e.brand_parts is not None and " " not in e.brand:
                e.brand = f"{e.brand} {_ch(rnd, QUALIFIERS)}"
            else:
                e.prov = self.prov()
                e.trade = bisect(_TRADE_CUM, rnd.random()) if rnd.random() < 0.82 else -1
                if foreign:
                    e.brand, e.brand_parts, e.suffix = self.foreign_brand()
                elif e.form == "dntn" and rnd.random() < 0.3:
                    e.brand = f"{_ch(rnd, SURNAMES)} {_ch(rnd, MIDDLES)} {self.syl()}"
                    e.brand_parts, e.suffix, e.trade = None, "", -1
                else:
                    (e.brand, e.suffix), e.brand_parts = self.vn_brand(), None
            if e.form == "htx":
                e.htx_trade, e.trade = _rr(rnd, len(HTX_TRADES)), -1
            if self.unique(
                e.prov, e.trade if e.htx_trade < 0 else 100 + e.htx_trade, e.brand, e.suffix, nationwide
            ):
                break
        self.recent.append((e.trade, e.brand, e.brand_parts, e.suffix, foreign))
        e.tax = self.tax(e.prov)
        in_park = rnd.random() < (0.93 if foreign else 0.08 if e.form in ("htx", "dntn") else 0.5)
        if family is not None and rnd.random() < 0.6:
            e.loc = family.loc
        else:
            e.loc = self.location(e.prov, in_park)
        self.set_phones(e, family)
        self.set_move(e)
        return e

    def set_phones(self, e: _Ent, family: _Ent | None) -> None:
        rnd = self.rnd
        small = e.form in ("dntn", "htx") or (not e.foreign and rnd.random() < 0.35)
        phones = [self.phone(e.prov, small)]
        if rnd.random() < 0.35:
            phones.append(self.phone(e.prov, not small))
        if family is not None and rnd.random() < 0.5:
            mob = [p for p in family.phones if p[0] == "m"]
            if mob:
                phones[0] = mob[0]
        e.phones = phones

    def set_move(self, e: _Ent) -> None:
        rnd = self.rnd
        e.loc2, e.phones2, e.move_t = None, None, 1.0
        if rnd.random() < 0.07:
            prov = e.prov if rnd.random() < 0.6 else self.prov()
            e.loc2 = self.location(prov, e.loc[0] == "park" or rnd.random() < 0.3)
            e.move_t = rnd.uniform(0.25, 0.85)
            e.phones2 = (
                e.phones
                if prov == e.prov and rnd.random() < 0.6
                else [self.phone(prov, e.phones[0][0] == "m")]
            )

    def branch(self, head: _Ent, j: int) -> _Ent:
        rnd = self.rnd
        b = _Ent()
        b.truth = self.new_truth()
        for k in (
            "form",
            "mtv_style",
            "form2",
            "conv_t",
            "trade",
            "brand",
            "brand_parts",
            "foreign",
            "suffix",
        ):
            setattr(b, k, getattr(head, k))
        b.htx_trade = head.htx_trade
        b.prov = head.prov if rnd.random() < 0.25 else self.prov()
        b.tax = f"{head.tax}-{j:03d}"
        b.loc = self.location(b.prov, head.foreign or rnd.random() < 0.5)
        place = _place_vi(b.loc) if b.loc[0] == "park" and rnd.random() < 0.3 else PROVINCES[b.prov][1]
        b.branch = (head, rnd.random() < 0.7, place)  # "Chi nhánh ... tại X" or "Chi nhánh X - ..."
        self.set_phones(b, None)
        self.set_move(b)
        return b

    def batch(self) -> list[_Ent]:
        """One enterprise, sometimes with its branches, its family, or an unrelated namesake elsewhere."""
        rnd = self.rnd
        r = rnd.random()
        if r < 0.035 and self.recent:
            twin = self.recent[_rr(rnd, len(self.recent))]
            return [self.enterprise(twin=twin)]
        head = self.enterprise()
        out = [head]
        r = rnd.random()
        if r < 0.05 and head.form not in ("dntn", "htx"):
            for j in range(1, (2 if rnd.random() < 0.75 else 3)):
                out.append(self.branch(head, j))
        elif r < 0.08 and head.brand_parts is None:
            for _ in range(1 if rnd.random() < 0.7 else 2):
                out.append(self.enterprise(family=head))
        return out


# --------------------------------------------------------------------------------------------------------------
# Rendering


def _core_vi(e: _Ent, rnd: random.Random, *, abbr: bool = False, spaced: bool = False) -> str:
    brand = e.brand
    if spaced and e.brand_parts:
        a, b = e.brand_parts
        brand = brand.replace(a + b, f"{a} {b.capitalize()}")
    parts = []
    if e.htx_trade >= 0:
        parts.append(HTX_TRADES[e.htx_trade])
    elif e.trade >= 0:
        vi, _en, ab = TRADES[e.trade]
        parts.append(_ch(rnd, ab) if abbr and ab and rnd.random() < 0.7 else vi)
    parts.append(brand)
    if e.suffix:
        parts.append(e.suffix)
    return " ".join(parts)


def _form_vi(form: str, e: _Ent, rnd: random.Random, *, variant: bool) -> str:
    if variant:
        return _ch(rnd, FORMS[form][1])
    if form == "mtv" and e.mtv_style != 1:
        return "Công ty TNHH Một thành viên" if e.mtv_style else "Công ty TNHH"
    return FORMS[form][0]


def _place_vi(loc: tuple) -> str:
    if loc[0] == "park":
        return f"{_PARK_NAME[PARKS[loc[1]][0]][0]} {PARKS[loc[1]][1]}"
    return PROVINCES[loc[1]][1]


def _legal_vi(
    e: _Ent, form: str, rnd: random.Random, *, variant: bool = False, abbr: bool = False, spaced: bool = False
) -> str:
    name = f"{_form_vi(form, e, rnd, variant=variant)} {_core_vi(e, rnd, abbr=abbr, spaced=spaced)}"
    if e.branch is None:
        return name
    head, tai, place = e.branch
    hname = f"{_form_vi(form, head, rnd, variant=variant)} {_core_vi(head, rnd, abbr=abbr, spaced=spaced)}"
    cn = _ch(rnd, ("CN", "Chi nhánh", "CN")) if variant else "Chi nhánh"
    return f"{cn} {hname} tại {place}" if tai else f"{cn} {place} - {hname}"


def _legal_en(e: _Ent, form: str, rnd: random.Random) -> str:
    brand = _fold(e.brand)
    words = [brand]
    if e.htx_trade >= 0:
        words.append(HTX_EN[e.htx_trade])
    elif e.trade >= 0:
        words.append(TRADES[e.trade][1])
    if e.suffix:
        suf = "Vietnam" if e.suffix == "Việt Nam" else e.suffix
        if e.foreign or rnd.random() < 0.5:
            words.append(suf)
        else:
            words.insert(1, suf)
    if e.foreign and rnd.random() < 0.3 and len(words) > 2:
        del words[1]  # the board drops the trade: "Seojin Vina Co., Ltd"
    name = " ".join(words) + " " + _ch(rnd, FORMS[form][2])
    if e.branch is not None:
        head, _, place = e.branch
        place = _fold(place).replace("KCN ", "").replace("CCN ", "")
        if rnd.random() < 0.2:  # the board lists the branch under its head office's name
            return _legal_en(head, form, rnd)
        name = f"{name} - {place} Branch" if rnd.random() < 0.6 else f"Branch of {name} in {place}"
    return name


def _split_admin(s: str) -> tuple[str, str]:
    for kind in ("thành phố", "thị xã", "huyện", "quận"):
        if s.startswith(kind + " "):
            return kind, s[len(kind) + 1 :]
    raise ValueError(s)


def _admin(kind: str, name: str, style: int, rnd: random.Random) -> str:
    if style == 0:
        return f"{kind} {name}"
    ab = _ch(rnd, _ABBR[kind])
    return f"{ab}{name}" if ab else name


def _address(loc: tuple, rnd: random.Random, *, new: bool, style: int) -> str:
    """style 0: formal, 1: abbreviated (Excel), 2: loose (survey)."""
    if loc[0] == "park":
        _, pi, lot, factory = loc
        pk, pname, _en, prov, di, dname, wold, wnew, lstyle = PARKS[pi]
        detail = f"Lô {lot}" if lstyle != "N" or rnd.random() < 0.5 else f"Lô số {lot}"
        if factory:
            detail = f"Nhà xưởng số {factory}, {detail}"
        if style == 0:
            park = f"{pk} {pname}"
        else:
            park = f"{_ch(rnd, _PARK_NAME[pk])} {pname}"
        pieces = [detail, park]
        ward = wnew if new else wold
        district = None if new else (_split_admin(dname) if dname else PROVINCES[prov][9][di][:2])
    else:
        prov = loc[1]
        dk, dn, wolds, wnews = PROVINCES[prov][9][loc[2]]
        ward = wnews[loc[3] % len(wnews)] if new else wolds[loc[3]]
        district = None if new else (dk, dn)
        if loc[0] == "street":
            num = (
                f"{loc[4]}"
                if not loc[6]
                else (f"{loc[6]}/{loc[4]}" if PROVINCES[prov][7] else f"{loc[4]} ngõ {loc[6]}")
            )
            if style == 0:
                detail = f"Số {num}, đường {loc[5]}" if rnd.random() < 0.7 else f"Số {num} {loc[5]}"
            else:
                detail = f"{num} {loc[5]}" if rnd.random() < 0.6 else f"số {num} đường {loc[5]}"
        elif loc[0] == "km":
            detail = (
                f"Km {loc[4]}, {loc[5]}" if style == 0 else f"Km{loc[4]} {loc[5].replace('Quốc lộ ', 'QL')}"
            )
        else:
            h = loc[4]
            south = PROVINCES[prov][7]
            if h.isdigit():
                detail = f"{'Ấp' if south else _ch(rnd, ('Xóm', 'Tổ dân phố', 'Khu'))} {h}"
            else:
                detail = f"{'Ấp' if south else 'Thôn'} {h}"
        pieces = [detail]
    pv = PROVINCES[prov]
    pkind, pname = (pv[5], pv[6]) if new else (pv[0], pv[1])
    if style == 0:
        pieces.append(f"{ward[0]} {ward[1]}")
        if district:
            pieces.append(f"{district[0]} {district[1]}")
        pieces.append(f"{pkind} {pname}")
        out = ", ".join(pieces)
        return out + ", Việt Nam" if rnd.random() < 0.25 else out
    if style == 1:
        if rnd.random() < 0.7:
            pieces.append(_admin(*ward, 1, rnd))
        if district and rnd.random() < 0.8:
            pieces.append(_admin(*district, 1, rnd))
        pieces.append(_ch(rnd, pv[8]) if rnd.random() < 0.2 else _admin(pkind, pname, 1, rnd))
        return _ch(rnd, (" - ", ", ", " , ", "-")).join(pieces)
    # loose: some parts, lower-case kinds, province often alone
    keep = list(pieces) if rnd.random() < 0.6 else pieces[-1:]
    if rnd.random() < 0.5:
        keep.append(f"{ward[0]} {ward[1]}")
    if district and rnd.random() < 0.5:
        keep.append(f"{district[0]} {district[1]}")
    keep.append(pname if rnd.random() < 0.8 else _ch(rnd, pv[8]))
    return " ".join(keep) if rnd.random() < 0.3 else ", ".join(keep)


def _park_board_address(loc: tuple, rnd: random.Random, english: bool) -> str:
    if loc[0] != "park":
        return _address(loc, rnd, new=False, style=1)
    _, pi, lot, factory = loc
    pk, pname, en, prov, *_ = PARKS[pi]
    if english:
        suffix = _ch(rnd, _PARK_EN[pk])
        out = f"Lot {lot}, {en} {suffix}".rstrip()
        return out + f", {_fold(PROVINCES[prov][1])}" if rnd.random() < 0.5 else out
    r = rnd.random()
    if r < 0.5:
        return f"Lô {lot}, {_ch(rnd, _PARK_NAME[pk])} {pname}"
    if r < 0.8:
        return f"Lô {lot}"
    return f"{lot} - {_ch(rnd, _PARK_NAME[pk])} {pname}"


def _tax(e: _Ent, rnd: random.Random, fmt: str) -> str:
    t = e.tax
    if fmt == "plain":
        return t
    if e.branch is not None and rnd.random() < 0.12:
        t = t[:10]  # the branch gives its head office's code
    if rnd.random() < (0.035 if fmt == "survey" else 0.015):
        i = _rr(rnd, 2, 9)
        if rnd.random() < 0.6:
            t = t[:i] + str((int(t[i]) + _ri(rnd, 1, 9)) % 10) + t[i + 1 :]
        elif t[i] != t[i + 1]:
            t = t[:i] + t[i + 1] + t[i] + t[i + 2 :]
    head, tail = t[:10], t[10:]
    if fmt == "excel":
        if tail and rnd.random() < 0.4:
            tail = tail[1:]  # dash lost
        if head[0] == "0" and rnd.random() < 0.3:
            head = head[1:]  # a number column drops the leading zero
        return head + tail
    r = rnd.random()
    if r < 0.45:
        out = head
    elif r < 0.6:
        out = f"{head[:4]} {head[4:7]} {head[7:]}"
    elif r < 0.7:
        out = f"{head[:4]}.{head[4:7]}.{head[7:]}"
    elif r < 0.8:
        out = " ".join(head[:4]) + " " + head[4:] if rnd.random() < 0.3 else f"{head[:2]} {head[2:]}"
    else:
        out = _ch(rnd, ("MST: ", "MST ", "mst:", "MST:", "Mã số thuế: ")) + head
    if tail:
        out += tail if rnd.random() < 0.6 else " " + tail.replace("-", "- ")
    return out


def _phone(p: tuple, rnd: random.Random, t: float, fmt: str) -> str:
    if p[0] == "m":
        pre, rest = p[1], p[2]
        if t < 0.2 and pre in OLD_MOBILE:
            pre = OLD_MOBILE[pre]
        digits = pre + rest
        if fmt == "excel":
            return digits[1:] if rnd.random() < 0.3 else digits
        r = rnd.random()
        if r < 0.35:
            return digits
        if r < 0.55:
            return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
        if r < 0.7:
            return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
        if r < 0.8:
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
        if r < 0.9:
            return (
                "+84" + digits[1:] if rnd.random() < 0.5 else f"+84 {digits[1:4]} {digits[4:7]} {digits[7:]}"
            )
        return "84" + digits[1:]
    pv = PROVINCES[p[1]]
    area = pv[4] if t < 0.12 else pv[3]
    sub = p[2]
    if fmt == "excel":
        d = area + sub
        return d[1:] if rnd.random() < 0.3 else d
    r = rnd.random()
    half = 4
    if r < 0.25:
        return f"{area} {sub}" if rnd.random() < 0.5 else area + sub
    if r < 0.45:
        return f"{area}.{sub}" if rnd.random() < 0.5 else f"{area}.{sub[:half]}.{sub[half:]}"
    if r < 0.6:
        return f"({area}) {sub}" if rnd.random() < 0.6 else f"({area}) {sub[:half]} {sub[half:]}"
    if r < 0.7:
        return f"+84 {area[1:]} {sub[0]}.{sub[1:half]}.{sub[half:]}"
    if r < 0.8:
        return f"{area}-{sub}"
    if r < 0.9:
        return f"{area} {sub[:half]} {sub[half:]}"
    return f"84{area[1:]}{sub}"


def _records_of(e: _Ent, k: int, rnd: random.Random, out: list) -> None:
    rr = rnd.random
    in_park = e.loc[0] == "park"
    for _ in range(k):
        t = rr()
        loc = e.loc2 if (e.loc2 is not None and t > e.move_t) else e.loc
        phones = e.phones2 if (e.loc2 is not None and t > e.move_t) else e.phones
        form = e.form2 if (e.form2 is not None and t > e.conv_t) else e.form
        new = t > 0.8 and rr() < 0.85
        s = rr()
        if in_park:
            src = "reg" if s < 0.22 else "park" if s < 0.50 else "survey" if s < 0.77 else "excel"
        else:
            src = "reg" if s < 0.28 else "survey" if s < 0.65 else "excel"

        if src == "reg":
            name = _legal_vi(e, form, rnd)
            if rr() < 0.55:
                name = name.upper()
            tax = e.tax if rr() > 0.02 else ""
            address = _address(loc, rnd, new=new, style=0)
            if rr() < 0.3:
                phone = ""
            else:
                phone = _phone(phones[0], rnd, t, "reg")
                if phones[0][0] == "l" and rr() < 0.15:
                    fax = phones[0][:2] + (phones[0][2][:-1] + str((int(phones[0][2][-1]) + 1) % 10),)
                    phone = f"Tel: {phone}; Fax: {_phone(fax, rnd, t, 'reg')}"
        elif src == "park":
            english = rr() < (0.75 if e.foreign else 0.3)
            if english:
                name = _legal_en(e, form, rnd)
                if rr() < 0.35:
                    name = name.upper()
            else:
                name = _legal_vi(e, form, rnd, variant=True, abbr=True)
                if rr() < 0.3 and e.trade >= 0 and e.branch is None:  # short name: no trade
                    name = f"{_form_vi(form, e, rnd, variant=True)} {e.brand}" + (
                        f" {e.suffix}" if e.suffix else ""
                    )
            tax = _tax(e, rnd, "park") if rr() < 0.3 else ""
            address = _park_board_address(loc, rnd, english)
            phone = _phone(phones[-1], rnd, t, "park") if rr() < 0.65 else ""
            if rr() < 0.05:
                name = _typo(name, rnd)
        elif src == "survey":
            name = _legal_vi(e, form, rnd, variant=rr() < 0.6, abbr=rr() < 0.4, spaced=rr() < 0.4)
            if e.foreign and rr() < 0.2:
                name = _legal_en(e, form, rnd)
            address = _address(loc, rnd, new=new, style=2) if rr() < 0.9 else ""
            r = rr()
            if r < 0.35:
                name, address = _fold(name), _fold(address)
            elif r < 0.45:
                name = _part_fold(name, rnd)
            c = rr()
            if c < 0.15:
                name = name.lower()
            elif c < 0.25:
                name = name.upper()
            if rr() < 0.22:
                name = _typo(name, rnd)
            if rr() < 0.08:
                address = _typo(address, rnd)
            if rr() < 0.1:
                name = name.replace(" ", "  ", 1) + (" " if rr() < 0.5 else "")
            tax = _tax(e, rnd, "survey") if rr() < 0.5 else ""
            if rr() < 0.88:
                if rr() < 0.15:  # the contact person's own mobile
                    p = ("m", MOBILE[bisect(_MOBILE_CUM, rr())], f"{_rr(rnd, 10**7):07d}")
                else:
                    p = _ch(rnd, phones)
                phone = _phone(p, rnd, t, "survey")
                if len(phones) > 1 and rr() < 0.15:
                    phone += _ch(rnd, (" - ", "/", "; ", " hoặc ")) + _phone(phones[1], rnd, t, "survey")
                if rr() < 0.1:
                    phone = _ch(rnd, ("ĐT: ", "Tel: ", "SĐT ", "Hotline: ")) + phone
            else:
                phone = ""
        else:  # excel
            r = rr()
            if r < 0.25 and e.branch is None:
                core = _core_vi(e, rnd, abbr=True)
                sf = _ch(rnd, SWAP_FORM[form])
                name = _ch(rnd, (f"{sf} {core}", f"{core} ({sf})", f"{core}, {sf}", f"{core} - {sf}"))
            else:
                name = _legal_vi(e, form, rnd, variant=True, abbr=rr() < 0.6)
            if e.foreign and rr() < 0.05:
                name += f" ({_legal_en(e, form, rnd)})"
            u = rr()
            if u < 0.35:
                name = name.upper()
            if rr() < 0.15:
                name = _fold(name)
            if rr() < 0.08:
                name = _typo(name, rnd)
            address = _address(loc, rnd, new=new and rr() < 0.5, style=1) if rr() < 0.82 else ""
            tax = _tax(e, rnd, "excel") if rr() < 0.55 else ""
            phone = _phone(_ch(rnd, phones), rnd, t, "excel") if rr() < 0.55 else ""
        out.append(
            {"id": "", "name": name, "tax_code": tax, "address": address, "phone": phone, "truth": e.truth}
        )


def records(n: int, seed: int = 0) -> list[dict]:
    """n labelled messy records (see the module docstring); deterministic for (n, seed)."""
    gen = _Gen(n, seed)
    rnd = gen.rnd
    out: list[dict] = []
    while len(out) < n:
        for e in gen.batch():
            k = bisect(_COUNT_CUM, rnd.random()) + 1
            _records_of(e, min(k, n - len(out)), rnd, out)
            if len(out) >= n:
                break
    rnd.shuffle(out)
    width = max(7, len(str(n)))
    for i, rec in enumerate(out):
        rec["id"] = f"R{i:0{width}d}"
    return out
