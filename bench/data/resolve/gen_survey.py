"""Held-out generator D: the lists a provincial Department of Industry and Trade merges.

ALL DATA IS SYNTHETIC. Every enterprise, name, tax code, phone number and address below is
drawn by a seeded random generator from made-up word lists; any likeness to a real firm is a
coincidence. Place names are real Vietnamese places, but the ward mergers are approximate.

Written independently of the resolver and of the other generators, from how such lists look in
practice. ``records(n, seed)`` returns ``n`` labelled rows ``{id, name, tax_code, address, phone,
truth}`` (all ``str``; any field but ``id``/``truth`` may be ``""``); ``truth`` is the key of the
real enterprise. Pure standard library, deterministic for ``(n, seed)``; ids are sequential after
shuffling, so they say nothing about groups.

Scenario: the Department of the (new, 2025) Bắc Ninh province (old Bắc Ninh + old Bắc Giang)
merges five sources; most enterprises are located there, some in neighbouring provinces.

1. CNHT survey filled in by the enterprises themselves: free-text names, often the trading name
   only ("Nhựa Tân Tiến", "Tân Tiến Plastic", "Cty Tân Tiến"), legal form at the end ("Tân Tiến,
   Công ty TNHH"), the province stuck on ("Cơ khí Tân Tiến Bắc Ninh"); tax codes with spaces,
   dots, dashes, "MST:", an apostrophe, Excel damage (lost leading zero, "1.01235E+09", ".0"),
   one wrong digit, a digit too many or too few, a branch giving its head office's code; the
   phone of the person who filled the form, sometimes an accounting-service number shared by
   several unrelated small firms.
2. Industrial-park boards' tenant lists: the investor's name as in the investment certificate,
   English and upper case for many FDI firms ("SEOJIN VINA CO., LTD" next to "Công ty TNHH
   Seojin Vina"), lot numbers ("Lô CN-06", "Lot B2", "Plot", "Factory No. 3", "Xưởng số 2"), park
   names with or without "KCN"; ready-built factories shared by several tenants; the board's own
   switchboard number given for tenants.
3. Trade-promotion event attendees: short names, acronyms, mobile phones, nearly no tax code,
   address reduced to a district or province.
4. Customs/export list: English names in capitals, or the Vietnamese name without diacritics in
   capitals; tax codes nearly always (13 digits for branches); addresses in capitals.
5. Bank/credit programme list: full legal name (sometimes "Công ty Trách nhiệm hữu hạn ..."),
   tax code, head-office address with ward and district of the OLD (pre-2025) units, old area
   codes ("04.3856.1234", "0241 ...") and old 11-digit mobiles ("0168...").

Enterprises: 1..10 records each (skewed, singletons most common); about a quarter FDI (Korean,
Japanese, Chinese, Taiwanese brands romanised: "<Brand> Vina", "<Brand> Việt Nam", "<Brand>
Electronics Vietnam", "(Vietnam)"; Chinese brands sometimes read in Sino-Vietnamese in the
Vietnamese name: "Xinhua" = "Tân Hoa"). Domestic names combine a scope ("Sản xuất và Thương
mại"), an industry word (Cơ khí, Nhựa, Bao bì, Khuôn mẫu, Xi mạ, Ốc vít, ...) and a brand (two or
three auspicious syllables, a person, a place, "Việt Nhật", an acronym, an English-ish coinage);
core names are unique (legally required), so the name space grows with n and a collision is
resolved as real founders do, by adding a place or "Số 1".

Hard cases (each its own truth unless said): branches "Chi nhánh Công ty ... tại Hải Dương" with
13-digit codes (0101234567-002); sister firms sharing a brand with other industry words and
codes ("Nhựa Hòa Phát" vs "Ống thép Hòa Phát"), often sharing a hotline "1900 ..."; the same
name registered in two provinces (pre-2006 firms) or with the province added; namesakes in
another legal form; an enterprise that changed its name or legal form (old name in older lists,
same tax code: SAME truth); FDI groups with several plants.

Text noise: typos (missing, doubled, swapped, neighbouring-key letters), wrong tone marks or
lost hats, Telex leftovers ("Nhuwaj"), old/new tone placement ("Hòa"/"Hoà", "Thủy"/"Thuỷ"),
i/y ("Mỹ"/"Mĩ"), no diacritics, ALL CAPS, lower case, Title Case ("Công Ty Tnhh"), decomposed
Unicode (NFD), UTF-8 read as cp1252 ("CÃ´ng"), stray spaces; abbreviations Cty, CT, C.ty, Cty
TNHH, CTCP, Cty CP, JSC, Co.,Ltd, Corp, TNHH MTV, 1TV, MTV, DNTN, HTX, SX&TM, TM-DV, XNK.
Phones: "0222.3812.345", "+84 (0)222 3812345", "(0222) 3 812 345", "0912-345-678",
"84912345678", "912345678", "A. Hùng 0912...", two numbers, "Tel: ... Fax: ...", local number
without area code. Addresses: old or new (2025) units, mixed, abbreviated "P.", "Q.", "TX.",
"TP.", "H.", "TT.", English ("Lot B2, Que Vo Industrial Park, ..."), "Km 12, QL5", villages.

Missing fields overall: about 45 % without tax code, 35 % without phone, 15 % without address.
"""

from __future__ import annotations

import gc
import random
import re
import unicodedata
from bisect import bisect_left

__all__ = ["records"]

SURVEY, PARK, EVENT, CUSTOMS, BANK = range(5)


class _Rng(random.Random):
    """``random.Random`` with float-based choice/randrange: same determinism, a third of the cost."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            return int(self.random() * start)
        return start + int(self.random() * (stop - start))


# ----------------------------------------------------------------------------------------------
# Vietnamese text helpers


def _plain(s: str) -> str:
    """Strip Vietnamese diacritics ("Đồng Kỵ" -> "Dong Ky")."""
    if s.isascii():
        return s
    s = s.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode("ascii")


_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # ngang, huyền, sắc, hỏi, ngã, nặng
_TELEX_TONE = ("", "f", "s", "r", "x", "j")
_TELEX_BASE = {
    "a": "a",
    "ă": "aw",
    "â": "aa",
    "e": "e",
    "ê": "ee",
    "i": "i",
    "o": "o",
    "ô": "oo",
    "ơ": "ow",
    "u": "u",
    "ư": "uw",
    "y": "y",
}
_SIBLING = {
    "a": "ăâ",
    "ă": "aâ",
    "â": "aă",
    "e": "ê",
    "ê": "e",
    "o": "ôơ",
    "ô": "oơ",
    "ơ": "oô",
    "u": "ư",
    "ư": "u",
}
_VOWEL: dict[str, tuple[str, int]] = {}
_TONED: dict[tuple[str, int], str] = {}
for _b in _TELEX_BASE:
    for _up in (_b, _b.upper()):
        for _t, _m in enumerate(_MARKS):
            _c = unicodedata.normalize("NFC", _up + _m)
            _VOWEL[_c] = (_up, _t)
            _TONED[(_up, _t)] = _c

# "hòa" <-> "hoà", "thủy" <-> "thuỷ", "khỏe" <-> "khoẻ" (old and new tone placement)
_TONE_POS: dict[str, str] = {}
for _a, _b in (("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y")):
    for _t in range(1, 6):
        _old, _new = _TONED[(_a, _t)] + _b, _a + _TONED[(_b, _t)]
        _TONE_POS[_old], _TONE_POS[_new] = _new, _old
# "Mỹ" <-> "Mĩ", "Lý" <-> "Lí", "Kỳ" <-> "Kì"
_IY = {}
for _t in range(6):
    _IY[_TONED[("y", _t)]], _IY[_TONED[("i", _t)]] = _TONED[("i", _t)], _TONED[("y", _t)]

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _i, _c in enumerate(_row):
        near = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
        if _r > 0:
            near += _ROWS[_r - 1][_i : _i + 2]
        if _r < 2:
            near += _ROWS[_r + 1][max(0, _i - 1) : _i + 1]
        _NEAR[_c] = near


def _telex(word: str) -> str:
    out, tone = [], ""
    for ch in word:
        v = _VOWEL.get(ch)
        if v:
            base, t = v
            tx = _TELEX_BASE[base.lower()]
            out.append(tx if base.islower() else tx[0].upper() + tx[1:])
            if t:
                tone = _TELEX_TONE[t]
        elif ch == "đ":
            out.append("dd")
        elif ch == "Đ":
            out.append("Dd")
        else:
            out.append(ch)
    return "".join(out) + tone


def _retone(word: str, rng: _Rng) -> str:
    """A wrong tone mark, or a lost/wrong hat ("Tiến" -> "Tiền", "Tién")."""
    idx = [i for i, ch in enumerate(word) if ch in _VOWEL]
    if not idx:
        return word
    toned = [i for i in idx if _VOWEL[word[i]][1]]
    i = rng.choice(toned or idx)
    base, t = _VOWEL[word[i]]
    sib = _SIBLING.get(base.lower())
    if sib and rng.random() < 0.35:
        nb = rng.choice(sib)
        nb = nb if base.islower() else nb.upper()
        return word[:i] + _TONED[(nb, t)] + word[i + 1 :]
    nt = rng.choice([x for x in range(6) if x != t])
    return word[:i] + _TONED[(base, nt)] + word[i + 1 :]


def _typo(word: str, rng: _Rng) -> str:
    n = len(word)
    if n < 3:
        return word
    i = rng.randrange(1, n)
    r = rng.random()
    if r < 0.3:
        return word[:i] + word[i + 1 :]
    if r < 0.5:
        return word[:i] + word[i] + word[i:]
    if r < 0.75 and i < n - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    c = word[i]
    near = _NEAR.get(_plain(c).lower())
    if not near:
        return word[:i] + word[i + 1 :]
    x = rng.choice(near)
    return word[:i] + (x.upper() if c.isupper() else x) + word[i + 1 :]


_TONE_POS_RE = re.compile(
    "(?:"
    + "|".join(
        f"[{''.join(_TONED[(x, t)] for t in range(1, 6))}][{y}]|{x}[{''.join(_TONED[(c, t)] for c in y for t in range(1, 6))}]"
        for x, y in (("o", "ae"), ("u", "y"), ("O", "AE"), ("U", "Y"))
    )
    + r")(?!\w)"
)
_IY_RE = re.compile(r"\b[MLKmlk][" + "".join(c for c in _IY if _VOWEL[c][1]) + r"]\b")


def _tone_place(s: str) -> str:
    def swap(m: re.Match) -> str:
        i = m.start()
        prev = s[i - 1] if i else " "
        return _TONE_POS[m.group()] if prev.isalpha() and prev not in "qQ" else m.group()

    s = _TONE_POS_RE.sub(swap, s)
    return _IY_RE.sub(lambda m: m.group()[0] + _IY[m.group()[1]], s)


def _on_word(s: str, rng: _Rng, fn, accented: bool = False) -> str:
    words = s.split(" ")
    if accented:
        cand = [i for i, w in enumerate(words) if not w.isascii()]
    else:
        cand = [i for i, w in enumerate(words) if len(w) > 2]
    if not cand:
        return s
    # founders' typos land on the distinctive (last) words more than on "Công ty"
    i = cand[-1 - min(int(rng.random() * 3), len(cand) - 1)] if rng.random() < 0.7 else rng.choice(cand)
    words[i] = fn(words[i], rng)
    return " ".join(words)


def _title(s: str, keep_upper: bool) -> str:
    return " ".join(w if keep_upper and w.isupper() else w[:1].upper() + w[1:].lower() for w in s.split(" "))


def _spacing(s: str, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.3:
        return s + " "
    if r < 0.5:
        return " " + s
    if r < 0.65 and ", " in s:
        return s.replace(", ", ",", 1)
    if r < 0.75 and ", " in s:
        return s.replace(", ", " , ", 1)
    i = s.find(" ", int(rng.random() * len(s)))
    return s if i < 0 else s[:i] + "  " + s[i + 1 :]


def _mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


# per source: typo, no diacritics, upper, lower, title, telex, retone, NFD, spacing, mojibake
_NAME_NOISE = {
    SURVEY: (0.10, 0.17, 0.07, 0.02, 0.04, 0.025, 0.06, 0.02, 0.06, 0.004),
    PARK: (0.04, 0.06, 0.0, 0.0, 0.01, 0.0, 0.02, 0.02, 0.04, 0.0),
    EVENT: (0.12, 0.22, 0.08, 0.04, 0.04, 0.025, 0.06, 0.01, 0.06, 0.002),
    CUSTOMS: (0.03, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.03, 0.0),
    BANK: (0.02, 0.02, 0.06, 0.0, 0.02, 0.0, 0.015, 0.01, 0.02, 0.0),
}
_ADDR_NOISE = {  # typo, no diacritics, upper, NFD
    SURVEY: (0.04, 0.12, 0.04, 0.01),
    PARK: (0.02, 0.05, 0.03, 0.01),
    EVENT: (0.04, 0.2, 0.05, 0.0),
    CUSTOMS: (0.02, 0.0, 0.0, 0.0),
    BANK: (0.01, 0.02, 0.05, 0.01),
}


_TONE_PLACE_P = 0.18


def _scaled_noise(p: tuple[float, ...]) -> tuple[float, tuple[float, ...]]:
    """P(any habit) and the habits' probabilities given that one may apply (marginals unchanged)."""
    typo, nodia, upper, lower, title, telex, retone, nfd, space, moji = p
    none = 1.0
    for q in (_TONE_PLACE_P, typo, nodia, upper + lower + title, telex, retone, nfd, space, moji):
        none *= 1.0 - q
    anyp = 1.0 - none
    return anyp, tuple(q / anyp for q in (_TONE_PLACE_P, *p))


_NAME_NOISE_SCALED = {src: _scaled_noise(p) for src, p in _NAME_NOISE.items()}


def _noisy(s: str, src: int, rng: _Rng) -> str:
    anyp, (tone, typo, nodia, upper, lower, title, telex, retone, nfd, space, moji) = _NAME_NOISE_SCALED[src]
    rnd = rng.random
    if rnd() >= anyp:  # most names are written as they are
        return s
    if rnd() < tone:
        s = _tone_place(s)
    if rnd() < typo:
        s = _on_word(s, rng, _typo)
    if rnd() < telex:
        s = _on_word(s, rng, lambda w, _r: _telex(w), accented=True)
    if rnd() < retone:
        s = _on_word(s, rng, _retone, accented=True)
    if rnd() < nodia:
        s = _plain(s)
    r = rnd()
    if r < upper:
        s = s.upper()
    elif r < upper + lower:
        s = s.lower()
    elif r < upper + lower + title:
        s = _title(s, rnd() < 0.5)
    if rnd() < nfd:
        s = unicodedata.normalize("NFD", s)
    if rnd() < space:
        s = _spacing(s, rng)
    if rnd() < moji and not s.isascii():
        s = _mojibake(s)
    return s


# ----------------------------------------------------------------------------------------------
# Word lists (all made up for this generator)

# auspicious / Sino-Vietnamese syllables, the most popular first (drawn with a skew)
_SYL = (
    "Tân Thành Phát Hòa Minh Hưng Long Phú An Thịnh Việt Hoàng Đức Tiến Gia Kim Nam Đại Trường Hải "
    "Quang Bình Sơn Thái Công Ngọc Vạn Lộc Tài Phúc Huy Khang Vinh Hà Hồng Lâm Thắng Lợi Toàn Thuận "
    "Tín Nghĩa Trí Tâm Nhật Quốc Dương Anh Tuấn Hùng Dũng Khải Hoàn Mỹ Hoa Lan Mai Đạt Thiên Hợp "
    "Nhất Hiệp Hậu Kỳ Uy Xuân Vân Châu Giang Linh Phong Bảo Trọng Chính Sáng Tường Khánh Phương Liên "
    "Thủy Yến Hiền Duy Khôi Nguyên Thọ Lực Kiên Vĩnh Định Thảo Ánh Hào Quý Ân Thông Đăng Luân Sang "
    "Thiện Sinh Chiến Hiển Cường Mạnh Trung Đông Bắc Tây Hạnh Hiếu Lương Ninh Yên Hưởng Tú Trang "
    "Thanh Hải Kiệt Lực Doanh Phồn Vượng Cát Tường Đỉnh Hưng Nguyên Hạ Thu Đông Tùng Bách Lam Ngân "
    "Tiên Đoàn Kết Hậu Vĩ Triều Danh Lê Trần Lý Hữu Chí Đạo Thực Hoài Diệp Nhân Lập Khoa Cảnh Tấn"
).split()
_SYL = tuple(dict.fromkeys(_SYL))
_PLACE_BRANDS = (
    "Kinh Bắc",
    "Sông Cầu",
    "Sông Hồng",
    "Đông Á",
    "Thăng Long",
    "Hà Bắc",
    "Từ Sơn",
    "Đồng Kỵ",
    "Phong Khê",
    "Đa Hội",
    "Quế Võ",
    "Đông Dương",
    "Trường Sơn",
    "Bạch Đằng",
    "Hồng Hà",
    "Hà Thành",
    "Xương Giang",
    "Yên Thế",
    "Lục Nam",
    "Cẩm Giàng",
    "Phố Hiến",
    "Tam Đảo",
    "Tây Đô",
    "Sông Đà",
    "Hạ Long",
    "Cửu Long",
    "Sài Gòn",
    "Hải Đăng",
    "Lạc Hồng",
    "Văn Lang",
    "Âu Lạc",
    "Thái Bình Dương",
    "Bắc Hà",
    "Nam Việt",
    "Phù Đổng",
    "Tiên Sơn",
    "Dâu",
    "Luy Lâu",
    "Chũ",
    "Nếnh",
    "Đình Bảng",
)
_VIET = (
    "Nhật",
    "Hàn",
    "Đức",
    "Úc",
    "Mỹ",
    "Trung",
    "Thái",
    "Anh",
    "Pháp",
    "Séc",
    "Ý",
    "Nga",
    "Lào",
    "Sing",
    "Hoa",
    "Á",
    "Âu",
    "Tiệp",
    "Ba Lan",
)
_X_VIET = ("Sao", "Đất", "Trí", "Nam", "Á", "Hồn", "Tâm", "Trường", "Tín", "Đại", "Hưng", "Nhân", "Tinh")
_EN1 = (
    "Green",
    "Sun",
    "Star",
    "Golden",
    "Blue",
    "Smart",
    "Global",
    "Asia",
    "Pacific",
    "Delta",
    "Alpha",
    "Eco",
    "Royal",
    "Grand",
    "Pro",
    "Top",
    "First",
    "New",
    "Great",
    "Prime",
    "Vina",
    "Viet",
    "Sky",
    "Ocean",
    "Red",
    "Silver",
    "Hi",
    "Max",
    "Unique",
    "Ever",
)
_EN2 = (
    "tech",
    "pack",
    "steel",
    "star",
    "mech",
    "vision",
    "land",
    "line",
    "power",
    "max",
    "world",
    "tek",
    "plas",
    "sun",
    "way",
    "link",
    "pro",
    "cons",
    "mold",
    "tronic",
    "plast",
    "metal",
)
_SURNAMES = (
    ("Nguyễn",) * 8
    + ("Trần",) * 3
    + ("Lê",) * 2
    + (
        "Phạm",
        "Hoàng",
        "Phan",
        "Vũ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đào",
        "Trịnh",
        "Đinh",
        "Lương",
        "Tạ",
        "Nghiêm",
        "Chu",
        "Hà",
        "Vương",
        "Mạc",
        "Thân",
        "Giáp",
        "Lại",
        "Kiều",
    )
)
_MIDDLES = (
    "Văn",
    "Văn",
    "Thị",
    "Thị",
    "Đức",
    "Minh",
    "Quang",
    "Hữu",
    "Thanh",
    "Ngọc",
    "Xuân",
    "Công",
    "Đình",
    "Trọng",
    "Bá",
    "Thế",
    "Hồng",
    "Kim",
    "Mạnh",
    "Tiến",
)
_GIVEN = (
    "Hùng",
    "Dũng",
    "Tuấn",
    "Nam",
    "Hải",
    "Long",
    "Hoa",
    "Lan",
    "Hương",
    "Thủy",
    "Minh",
    "Quân",
    "Thắng",
    "Sơn",
    "Tùng",
    "Hà",
    "Linh",
    "Trang",
    "Hòa",
    "Cường",
    "Phong",
    "Đông",
    "Huy",
    "Khánh",
    "Yến",
    "Thảo",
    "Ngọc",
    "Bình",
    "Việt",
    "Đạt",
    "Hiếu",
    "Tâm",
    "Phúc",
    "Nga",
    "Hằng",
    "Toàn",
    "Kiên",
    "Lộc",
    "Thành",
    "Vinh",
    "Thúy",
    "Quý",
    "Sáng",
    "Chiến",
)

# (Vietnamese, English) industry words; the English one also serves the "Tân Tiến Plastic" habit
_INDUSTRIES = (
    ("Cơ khí", "Mechanical"),
    ("Nhựa", "Plastic"),
    ("Bao bì", "Packaging"),
    ("Điện tử", "Electronics"),
    ("Khuôn mẫu", "Mould"),
    ("Dệt may", "Textile and Garment"),
    ("May mặc", "Garment"),
    ("Da giày", "Leather and Footwear"),
    ("Linh kiện điện tử", "Electronic Components"),
    ("Cao su kỹ thuật", "Technical Rubber"),
    ("Xi mạ", "Plating"),
    ("Đúc", "Casting"),
    ("Gia công cơ khí", "Mechanical Processing"),
    ("Ốc vít", "Fasteners"),
    ("Cơ khí chính xác", "Precision Mechanical"),
    ("Thép", "Steel"),
    ("Ống thép", "Steel Pipe"),
    ("Kết cấu thép", "Steel Structure"),
    ("Nhôm kính", "Aluminium and Glass"),
    ("Dây và cáp điện", "Wire and Cable"),
    ("Sơn", "Paint"),
    ("Hóa chất", "Chemicals"),
    ("In và Bao bì", "Printing and Packaging"),
    ("Giấy", "Paper"),
    ("Gỗ", "Wood"),
    ("Nội thất", "Furniture"),
    ("Thiết bị điện", "Electrical Equipment"),
    ("Tự động hóa", "Automation"),
    ("Phụ tùng ô tô", "Auto Parts"),
    ("Vật liệu mới", "New Materials"),
    ("Công nghệ", "Technology"),
    ("Kỹ thuật", "Engineering"),
    ("Điện lạnh", "Refrigeration"),
    ("Inox", "Stainless Steel"),
    ("Lò xo", "Spring"),
    ("Băng tải", "Conveyor"),
    ("Thiết bị công nghiệp", "Industrial Equipment"),
    ("Cao su", "Rubber"),
    ("Màng nhựa", "Plastic Film"),
    ("Bao bì nhựa", "Plastic Packaging"),
    ("Bao bì giấy", "Paper Packaging"),
    ("Tem nhãn", "Label"),
    ("Sợi", "Yarn"),
    ("Đồ gỗ", "Woodwork"),
    ("Khuôn đúc", "Die Casting"),
    ("Cơ điện", "Mechanical and Electrical"),
    ("Thép không gỉ", "Stainless Steel"),
    ("Kim khí", "Hardware"),
    ("Hàn cắt", "Welding"),
    ("Dụng cụ cắt", "Cutting Tools"),
    ("Bánh răng", "Gear"),
    ("Dây đai", "Belt"),
    ("Giấy carton", "Carton"),
    ("Vải không dệt", "Non-woven Fabric"),
    ("Dây điện ô tô", "Wiring Harness"),
    ("Gioăng phớt", "Gasket and Seal"),
    ("Nhựa kỹ thuật", "Engineering Plastics"),
)
_IND_WEIGHTS = tuple(6 if i < 15 else 2 for i in range(len(_INDUSTRIES)))
# business-scope words put before the industry, with their abbreviations and English
_SCOPES = (
    (
        "Sản xuất và Thương mại",
        ("SX và TM", "SX&TM", "SX - TM", "SXTM", "Sản xuất - Thương mại"),
        "Manufacturing and Trading",
    ),
    ("Thương mại và Dịch vụ", ("TM&DV", "TM và DV", "TM-DV", "TMDV"), "Trading and Services"),
    ("Sản xuất Thương mại Dịch vụ", ("SX TM DV", "SXTMDV", "SX-TM-DV"), "Production Trading Services"),
    ("Đầu tư và Phát triển", ("ĐT&PT", "ĐT và PT", "Đầu tư & PT"), "Investment and Development"),
    ("Xuất nhập khẩu", ("XNK", "XNK"), "Import Export"),
    ("Thương mại", ("TM", "TM"), "Trading"),
    ("Sản xuất", ("SX", "SX"), "Manufacturing"),
    ("Đầu tư Sản xuất và Thương mại", ("ĐT SX và TM", "ĐTSX&TM"), "Investment Production and Trading"),
    ("Công nghiệp", ("CN", "Công nghiệp"), "Industrial"),
)

_FORM_VN = {
    "TNHH": "Công ty TNHH",
    "MTV": "Công ty TNHH Một thành viên",
    "CP": "Công ty Cổ phần",
    "DNTN": "Doanh nghiệp tư nhân",
    "HTX": "Hợp tác xã",
}
_FORM_FULL = {
    "TNHH": "Công ty Trách nhiệm hữu hạn",
    "MTV": "Công ty Trách nhiệm hữu hạn một thành viên",
    "CP": "Công ty Cổ phần",
    "DNTN": "Doanh nghiệp tư nhân",
    "HTX": "Hợp tác xã",
}
_FORM_ABBR = {
    "TNHH": (
        "Cty TNHH",
        "Cty TNHH",
        "CT TNHH",
        "Cty. TNHH",
        "C.ty TNHH",
        "Cty tnhh",
        "CÔNG TY TNHH",
        "Công ty TNHH",
        "TNHH",
        "CTY TNHH",
    ),
    "MTV": (
        "Cty TNHH MTV",
        "Công ty TNHH MTV",
        "CT TNHH MTV",
        "Cty TNHH 1TV",
        "Công ty TNHH 1 TV",
        "TNHH MTV",
        "Cty TNHH một thành viên",
        "Cty MTV",
        "MTV",
    ),
    "CP": ("Cty CP", "CTCP", "CT CP", "Cty Cổ phần", "Công ty CP", "Cty cổ phần", "CTY CP", "CTCP"),
    "DNTN": ("DNTN", "DN TN", "Doanh nghiệp TN", "DNTN", "DNTN"),
    "HTX": ("HTX", "H.T.X", "HTX"),
}
_FORM_END = {
    "TNHH": (
        ", Công ty TNHH",
        " - Công ty TNHH",
        " (Cty TNHH)",
        " Co., Ltd",
        " Co.,Ltd",
        " CO.,LTD",
        " TNHH",
        " Company Limited",
        " LTD",
    ),
    "MTV": (", Công ty TNHH MTV", " - Cty TNHH MTV", " Co., Ltd", " One Member Co., Ltd", " TNHH MTV"),
    "CP": (", Công ty Cổ phần", " - CTCP", " JSC", " J.S.C", " Corp", " Corporation", " (CTCP)", ", JSC"),
    "DNTN": (", DNTN", " - Doanh nghiệp tư nhân", " (DNTN)"),
    "HTX": (", HTX", " - Hợp tác xã", " Cooperative"),
}
_FORM_EN = {
    "TNHH": ("COMPANY LIMITED", "CO., LTD", "CO.,LTD", "CO., LTD.", "CO.LTD", "LIMITED COMPANY", "LTD"),
    "MTV": (
        "ONE MEMBER COMPANY LIMITED",
        "ONE MEMBER CO., LTD",
        "CO., LTD",
        "ONE MEMBER LIMITED LIABILITY COMPANY",
        "CO.,LTD",
    ),
    "CP": ("JOINT STOCK COMPANY", "JSC", "., JSC", "CORPORATION", "CORP", "J.S.C", "JOINT STOCK COMPANY"),
    "DNTN": ("PRIVATE ENTERPRISE", "PRIVATE ENTERPRISE", "PTE"),
    "HTX": ("COOPERATIVE", "CO-OPERATIVE"),
}

# FDI: (romanisation syllables [with Sino-Vietnamese reading], product words (English, Vietnamese))
_KR_SYL = (
    "Seo Jin Dae Yang Shin Sung Woo Dong Han Hwa Young Poong Kum Il Chang Hyun Jung Min Kyung Nam "
    "Won Bo Sam Tae Kwang Yoon Joo Hae Sei Gwang Hee Myung Chun Eun Hong Kang Ji Sang Seok Su Ho "
    "Yong In Jae Moon Baek Ryu Chul Bu Jeon Duk Gyeong Hyo Ok Pyung Wha Hak Soo"
).split()
_KR_TAIL = ("tron", "tek", "tech", "com", "nix", "sys", "plus", "tel", "gen", "one")
_JP_HEAD = (
    "Yama",
    "Kawa",
    "Fuji",
    "Naka",
    "Taka",
    "Matsu",
    "Nishi",
    "Higashi",
    "Kita",
    "Mina",
    "Oka",
    "Hoshi",
    "Asa",
    "Toyo",
    "Dai",
    "Shin",
    "Kyo",
    "Ise",
    "Mitsu",
    "Sumi",
    "Tachi",
    "Hira",
    "Ishi",
    "Ono",
    "Kuro",
    "Shira",
    "Aoi",
    "Hama",
    "Miya",
    "Saka",
)
_JP_TAIL = (
    "moto",
    "da",
    "no",
    "shima",
    "zawa",
    "mura",
    "kawa",
    "saki",
    "hara",
    "ta",
    "ya",
    "sei",
    "tec",
    "gawa",
    "guchi",
    "oka",
    "yama",
    "ki",
    "wa",
    "be",
)
_CN_SYL = (
    ("Xin", "Tân"),
    ("Hua", "Hoa"),
    ("Long", "Long"),
    ("Jin", "Kim"),
    ("Da", "Đại"),
    ("Fu", "Phú"),
    ("Tai", "Thái"),
    ("Sheng", "Thịnh"),
    ("Li", "Lợi"),
    ("Feng", "Phong"),
    ("Yuan", "Nguyên"),
    ("Tian", "Thiên"),
    ("Hai", "Hải"),
    ("Kang", "Khang"),
    ("Xiang", "Tường"),
    ("Heng", "Hằng"),
    ("Bao", "Bảo"),
    ("Hong", "Hồng"),
    ("Mei", "Mỹ"),
    ("Rui", "Thụy"),
    ("Guang", "Quang"),
    ("Ming", "Minh"),
    ("Cheng", "Thành"),
    ("Hui", "Huy"),
    ("Jia", "Gia"),
    ("Wei", "Vĩ"),
    ("Zhong", "Trung"),
    ("Dong", "Đông"),
    ("Xing", "Hưng"),
    ("An", "An"),
    ("Shun", "Thuận"),
    ("De", "Đức"),
    ("Yu", "Vũ"),
    ("Tong", "Thông"),
    ("Lian", "Liên"),
    ("Hao", "Hào"),
    ("Kai", "Khải"),
    ("Run", "Nhuận"),
    ("Sen", "Sâm"),
    ("Qiang", "Cường"),
)
_TW_SYL = (
    ("Chia", "Gia"),
    ("Hsin", "Tân"),
    ("Fu", "Phú"),
    ("Yuan", "Nguyên"),
    ("Sheng", "Thịnh"),
    ("Lung", "Long"),
    ("Feng", "Phong"),
    ("Tai", "Thái"),
    ("Chang", "Trường"),
    ("Kuo", "Quốc"),
    ("Ching", "Tinh"),
    ("Wei", "Vĩ"),
    ("Teng", "Đằng"),
    ("Chun", "Xuân"),
    ("Hung", "Hùng"),
    ("Shun", "Thuận"),
    ("Mei", "Mỹ"),
    ("Kai", "Khải"),
    ("Tung", "Đông"),
    ("Ta", "Đại"),
    ("Jui", "Thụy"),
    ("Pao", "Bảo"),
    ("Hua", "Hoa"),
    ("Cheng", "Thành"),
    ("Hsiang", "Tường"),
    ("Kuang", "Quang"),
    ("Te", "Đức"),
    ("Yung", "Vĩnh"),
    ("Chin", "Kim"),
    ("Ho", "Hòa"),
)
_PROD = {
    "KR": (
        ("Electronics", "Điện tử"),
        ("Precision", "Chính xác"),
        ("Tech", "Công nghệ"),
        ("System", "Hệ thống"),
        ("Hi-Tech", "Công nghệ cao"),
        ("Industrial", "Công nghiệp"),
        ("Metal", "Kim loại"),
        ("Chemical", "Hóa chất"),
        ("Auto", "Ô tô"),
        ("Plastic", "Nhựa"),
        ("Mold", "Khuôn mẫu"),
        ("Display", "Hiển thị"),
        ("Optics", "Quang học"),
        ("Communication", "Truyền thông"),
        ("E&T", "E&T"),
        ("Global", "Toàn cầu"),
        ("Vision", "Vision"),
        ("Packaging", "Bao bì"),
    ),
    "JP": (
        ("Seiki", "Seiki"),
        ("Kogyo", "Kogyo"),
        ("Denki", "Denki"),
        ("Seimitsu", "Seimitsu"),
        ("Precision", "Chính xác"),
        ("Manufacturing", "Sản xuất"),
        ("Industries", "Công nghiệp"),
        ("Giken", "Giken"),
        ("Electric", "Điện"),
        ("Tech", "Công nghệ"),
        ("Parts", "Linh kiện"),
    ),
    "CN": (
        ("Technology", "Khoa học Kỹ thuật"),
        ("Electronic Technology", "Công nghệ Điện tử"),
        ("Precision", "Chính xác"),
        ("Industrial", "Công nghiệp"),
        ("New Material", "Vật liệu mới"),
        ("Intelligent Technology", "Công nghệ Thông minh"),
        ("Hardware", "Ngũ kim"),
        ("Textile", "Dệt may"),
        ("Packaging", "Bao bì"),
        ("Optical", "Quang học"),
        ("Auto Parts", "Phụ tùng ô tô"),
        ("Energy", "Năng lượng"),
    ),
    "TW": (
        ("Industrial", "Công nghiệp"),
        ("Enterprise", "Doanh nghiệp"),
        ("Precision", "Chính xác"),
        ("Plastic", "Nhựa"),
        ("Electronic", "Điện tử"),
        ("Textile", "Dệt"),
        ("Rubber", "Cao su"),
        ("Metal", "Kim loại"),
        ("Shoes", "Giày"),
        ("Machinery", "Máy móc"),
    ),
}

# ----------------------------------------------------------------------------------------------
# Geography: old (pre-2025) units with their 2025 ward; "KIND Name>KIND New name"

_PROVINCES = {
    "BN": (
        "Bắc Ninh",
        False,
        "BN",
        ("23",),
        "222",
        "241",
        "Bắc Ninh",
        (
            (
                "TP",
                "Bắc Ninh",
                "TP",
                "P Suối Hoa>P Kinh Bắc; P Tiền An>P Kinh Bắc; P Ninh Xá>P Kinh Bắc; "
                "P Vũ Ninh>P Vũ Ninh; P Đại Phúc>P Võ Cường; P Võ Cường>P Võ Cường; P Vạn An>P Kinh Bắc; "
                "P Khúc Xuyên>P Vũ Ninh; P Hạp Lĩnh>P Hạp Lĩnh; P Khắc Niệm>P Võ Cường; P Vân Dương>P Nam Sơn; "
                "P Nam Sơn>P Nam Sơn; P Phong Khê>P Vũ Ninh",
            ),
            (
                "TP",
                "Từ Sơn",
                "TX",
                "P Đông Ngàn>P Từ Sơn; P Đồng Kỵ>P Đồng Nguyên; P Trang Hạ>P Đồng Nguyên; "
                "P Đồng Nguyên>P Đồng Nguyên; P Châu Khê>P Từ Sơn; P Tân Hồng>P Từ Sơn; P Đình Bảng>P Từ Sơn; "
                "P Phù Khê>P Phù Khê; P Hương Mạc>P Phù Khê; P Tam Sơn>P Tam Sơn; P Phù Chẩn>P Tam Sơn",
            ),
            (
                "H",
                "Tiên Du",
                "H",
                "TT Lim>X Tiên Du; X Phật Tích>X Phật Tích; X Hoàn Sơn>X Liên Bão; "
                "X Nội Duệ>X Tiên Du; X Liên Bão>X Liên Bão; X Việt Đoàn>X Phật Tích; X Đại Đồng>X Đại Đồng; "
                "X Tân Chi>X Đại Đồng",
            ),
            (
                "H",
                "Yên Phong",
                "H",
                "TT Chờ>X Yên Phong; X Yên Trung>X Yên Trung; X Long Châu>X Yên Phong; "
                "X Đông Phong>X Tam Giang; X Tam Giang>X Tam Giang; X Văn Môn>X Văn Môn; X Đông Thọ>X Văn Môn",
            ),
            (
                "TX",
                "Quế Võ",
                "H",
                "P Phố Mới>P Quế Võ; P Phương Liễu>P Phương Liễu; P Bằng An>P Quế Võ; "
                "P Việt Hùng>P Quế Võ; P Nhân Hòa>P Nhân Hòa; X Phù Lãng>X Phù Lãng; P Phượng Mao>P Phương Liễu",
            ),
            (
                "TX",
                "Thuận Thành",
                "H",
                "P Hồ>P Thuận Thành; P Xuân Lâm>P Trạm Lộ; P Hà Mãn>P Song Liễu; "
                "P Thanh Khương>P Thuận Thành; P Gia Đông>P Trí Quả",
            ),
            ("H", "Gia Bình", "H", "TT Gia Bình>X Gia Bình; X Đại Lai>X Đại Lai; X Nhân Thắng>X Nhân Thắng"),
            ("H", "Lương Tài", "H", "TT Thứa>X Lương Tài; X Lâm Thao>X Lâm Thao; X Trung Kênh>X Trung Kênh"),
        ),
        (
            ("KCN", "Quế Võ", 4, 1),
            ("KCN", "Quế Võ II", 4, 4),
            ("KCN", "Quế Võ III", 4, 6),
            ("KCN", "Tiên Sơn", 2, 2),
            ("KCN", "Yên Phong", 3, 2),
            ("KCN", "Yên Phong II-C", 3, 4),
            ("KCN", "VSIP Bắc Ninh", 1, 10),
            ("KCN", "Đại Đồng - Hoàn Sơn", 2, 6),
            ("KCN", "Thuận Thành II", 5, 2),
            ("KCN", "Nam Sơn - Hạp Lĩnh", 0, 8),
            ("CCN", "Đồng Quang", 1, 0),
            ("CCN", "Châu Khê", 1, 4),
            ("CCN", "Phong Khê", 0, 12),
            ("KCN", "Gia Bình", 6, 1),
            ("CCN", "Khắc Niệm", 0, 9),
        ),
        ("1A", "18", "38", "17", "TL295", "TL286"),
    ),
    "BG": (
        "Bắc Giang",
        False,
        "BG",
        ("24",),
        "204",
        "240",
        "Bắc Ninh",
        (
            (
                "TP",
                "Bắc Giang",
                "TP",
                "P Trần Phú>P Bắc Giang; P Ngô Quyền>P Bắc Giang; P Hoàng Văn Thụ>P Bắc Giang; "
                "P Thọ Xương>P Bắc Giang; P Dĩnh Kế>P Đa Mai; X Song Khê>P Đa Mai; X Đồng Sơn>P Đa Mai; X Tân Mỹ>P Tiền Phong",
            ),
            (
                "TX",
                "Việt Yên",
                "H",
                "P Bích Động>P Việt Yên; P Nếnh>P Nếnh; P Quang Châu>P Vân Hà; P Hồng Thái>P Nếnh; "
                "X Vân Trung>P Vân Hà; X Tăng Tiến>P Việt Yên",
            ),
            (
                "H",
                "Yên Dũng",
                "H",
                "TT Nham Biền>X Yên Dũng; X Nội Hoàng>X Tiền Phong; X Tiền Phong>X Tiền Phong",
            ),
            ("H", "Lạng Giang", "H", "TT Vôi>X Lạng Giang; X Tân Dĩnh>X Tân Dĩnh; X Phi Mô>X Lạng Giang"),
            ("H", "Hiệp Hòa", "H", "TT Thắng>X Hiệp Hòa; X Hòa Sơn>X Hoàng Vân; X Đoan Bái>X Hợp Thịnh"),
            ("H", "Tân Yên", "H", "TT Cao Thượng>X Tân Yên; X Đồng Đình>X Phúc Hòa"),
        ),
        (
            ("KCN", "Quang Châu", 1, 2),
            ("KCN", "Đình Trám", 1, 3),
            ("KCN", "Vân Trung", 1, 4),
            ("KCN", "Song Khê - Nội Hoàng", 0, 5),
            ("KCN", "Việt Hàn", 1, 5),
            ("KCN", "Hòa Phú", 4, 1),
            ("CCN", "Đồng Đình", 5, 1),
        ),
        ("1A", "37", "31", "17"),
    ),
    "HN": (
        "Hà Nội",
        True,
        "HN",
        ("01", "01", "01", "05"),
        "24",
        "4",
        "Hà Nội",
        (
            (
                "Q",
                "Cầu Giấy",
                "Q",
                "P Dịch Vọng Hậu>P Cầu Giấy; P Yên Hòa>P Yên Hòa; P Mai Dịch>P Cầu Giấy; "
                "P Trung Hòa>P Yên Hòa",
            ),
            (
                "Q",
                "Hoàng Mai",
                "Q",
                "P Định Công>P Định Công; P Tương Mai>P Tương Mai; P Hoàng Liệt>P Hoàng Liệt",
            ),
            (
                "Q",
                "Long Biên",
                "Q",
                "P Sài Đồng>P Phúc Lợi; P Phúc Đồng>P Long Biên; P Thạch Bàn>P Long Biên",
            ),
            ("Q", "Bắc Từ Liêm", "H", "P Cổ Nhuế 1>P Đông Ngạc; P Minh Khai>P Phú Diễn"),
            ("H", "Đông Anh", "H", "TT Đông Anh>X Đông Anh; X Kim Chung>X Thiên Lộc; X Hải Bối>X Vĩnh Thanh"),
            ("H", "Gia Lâm", "H", "TT Trâu Quỳ>X Gia Lâm; X Dương Xá>X Gia Lâm; X Kiêu Kỵ>X Bát Tràng"),
            ("H", "Sóc Sơn", "H", "X Mai Đình>X Nội Bài; X Quang Tiến>X Nội Bài"),
            ("H", "Mê Linh", "H", "X Quang Minh>X Quang Minh; X Kim Hoa>X Quang Minh"),
            ("Q", "Thanh Xuân", "Q", "P Khương Trung>P Khương Đình; P Thanh Xuân Bắc>P Thanh Xuân"),
            ("Q", "Hà Đông", "TP", "P Văn Quán>P Hà Đông; P Vạn Phúc>P Hà Đông; P Yên Nghĩa>P Yên Nghĩa"),
        ),
        (
            ("KCN", "Thăng Long", 4, 1),
            ("KCN", "Nội Bài", 6, 1),
            ("KCN", "Quang Minh", 7, 0),
            ("KCN", "Sài Đồng B", 2, 2),
        ),
        ("5", "3", "1A", "32"),
    ),
    "HD": (
        "Hải Dương",
        False,
        "HD",
        ("08",),
        "220",
        "320",
        "Hải Phòng",
        (
            (
                "TP",
                "Hải Dương",
                "TP",
                "P Trần Phú>P Hải Dương; P Phạm Ngũ Lão>P Lê Thanh Nghị; "
                "P Nguyễn Trãi>P Hải Dương; P Tứ Minh>P Tân Hưng; P Việt Hòa>P Việt Hòa; P Thạch Khôi>P Thạch Khôi",
            ),
            ("H", "Cẩm Giàng", "H", "TT Lai Cách>X Cẩm Giang; X Cẩm Điền>X Cẩm Giang; X Cẩm Phúc>X Tuệ Tĩnh"),
            ("H", "Bình Giang", "H", "TT Kẻ Sặt>X Kẻ Sặt; X Tráng Liệt>X Kẻ Sặt"),
            ("H", "Nam Sách", "H", "TT Nam Sách>X Nam Sách; X An Bình>X Nam An"),
            ("TX", "Kinh Môn", "H", "P An Lưu>P Kinh Môn; P Minh Tân>P Phạm Sư Mạnh"),
            ("TP", "Chí Linh", "TX", "P Sao Đỏ>P Chu Văn An; P Cộng Hòa>P Trần Hưng Đạo"),
        ),
        (
            ("KCN", "Đại An", 0, 3),
            ("KCN", "Nam Sách", 3, 1),
            ("KCN", "Phúc Điền", 1, 2),
            ("KCN", "Tân Trường", 1, 1),
            ("KCN", "Việt Hòa - Kenmark", 0, 4),
        ),
        ("5", "18", "37", "38"),
    ),
    "HY": (
        "Hưng Yên",
        False,
        "HY",
        ("09",),
        "221",
        "321",
        "Hưng Yên",
        (
            (
                "H",
                "Văn Lâm",
                "H",
                "TT Như Quỳnh>X Như Quỳnh; X Lạc Hồng>X Lạc Đạo; X Minh Hải>X Như Quỳnh; "
                "X Tân Quang>X Như Quỳnh; X Trưng Trắc>X Đại Đồng",
            ),
            ("TX", "Mỹ Hào", "H", "P Bần Yên Nhân>P Mỹ Hào; P Dị Sử>P Đường Hào; P Phan Đình Phùng>P Mỹ Hào"),
            ("H", "Yên Mỹ", "H", "TT Yên Mỹ>X Yên Mỹ; X Giai Phạm>X Nguyễn Văn Linh"),
            ("TP", "Hưng Yên", "TX", "P Lê Lợi>P Phố Hiến; P An Tảo>P Sơn Nam"),
        ),
        (
            ("KCN", "Phố Nối A", 0, 4),
            ("KCN", "Thăng Long II", 2, 1),
            ("KCN", "Minh Đức", 1, 1),
            ("KCN", "Như Quỳnh", 0, 0),
        ),
        ("5", "39", "38"),
    ),
    "VP": (
        "Vĩnh Phúc",
        False,
        "VP",
        ("25",),
        "211",
        "211",
        "Phú Thọ",
        (
            ("TP", "Vĩnh Yên", "TX", "P Khai Quang>P Vĩnh Phúc; P Liên Bảo>P Vĩnh Yên; P Đống Đa>P Vĩnh Yên"),
            ("TP", "Phúc Yên", "TX", "P Xuân Hòa>P Xuân Hòa; P Phúc Thắng>P Phúc Yên"),
            (
                "H",
                "Bình Xuyên",
                "H",
                "TT Hương Canh>X Bình Xuyên; TT Thanh Lãng>X Bình Xuyên; X Thiện Kế>X Bình Nguyên; "
                "X Bá Hiến>X Bình Xuyên",
            ),
        ),
        (
            ("KCN", "Khai Quang", 0, 0),
            ("KCN", "Bình Xuyên", 2, 0),
            ("KCN", "Bá Thiện", 2, 2),
            ("KCN", "Bình Xuyên II", 2, 3),
        ),
        ("2", "2B"),
    ),
    "TN": (
        "Thái Nguyên",
        False,
        "TN",
        ("46",),
        "208",
        "280",
        "Thái Nguyên",
        (
            (
                "TP",
                "Phổ Yên",
                "TX",
                "P Ba Hàng>P Phổ Yên; P Đồng Tiến>P Phổ Yên; P Bãi Bông>P Vạn Xuân; "
                "X Trung Thành>P Trung Thành",
            ),
            ("TP", "Sông Công", "TX", "P Lương Sơn>P Bá Xuyên; P Bách Quang>P Bách Quang"),
            ("TP", "Thái Nguyên", "TP", "P Hoàng Văn Thụ>P Phan Đình Phùng; P Tân Thịnh>P Gia Sàng"),
            ("H", "Phú Bình", "H", "X Điềm Thụy>X Điềm Thụy; TT Hương Sơn>X Phú Bình"),
        ),
        (
            ("KCN", "Yên Bình", 0, 1),
            ("KCN", "Sông Công I", 1, 1),
            ("KCN", "Điềm Thụy", 3, 0),
        ),
        ("3", "37"),
    ),
    "HP": (
        "Hải Phòng",
        True,
        "HP",
        ("02",),
        "225",
        "31",
        "Hải Phòng",
        (
            ("Q", "Hồng Bàng", "Q", "P Sở Dầu>P Hồng Bàng; P Quán Toan>P Hồng An"),
            ("Q", "Ngô Quyền", "Q", "P Lạch Tray>P Gia Viên; P Đằng Giang>P Gia Viên"),
            ("Q", "Hải An", "Q", "P Đông Hải 2>P Đông Hải; P Tràng Cát>P Nam Hải"),
            ("H", "An Dương", "H", "X Lê Lợi>P An Dương; X Hồng Phong>P An Phong; X Tân Tiến>P An Hải"),
            ("H", "Thủy Nguyên", "H", "X Lập Lễ>P Thủy Nguyên; X Tam Hưng>P Thiên Hương"),
        ),
        (
            ("KCN", "VSIP Hải Phòng", 4, 0),
            ("KCN", "Đình Vũ", 2, 0),
            ("KCN", "Tràng Duệ", 3, 0),
            ("KCN", "Nomura", 3, 2),
            ("KCN", "An Dương", 3, 1),
        ),
        ("5", "10"),
    ),
    "BD": (
        "Bình Dương",
        False,
        "BD",
        ("37",),
        "274",
        "650",
        "Hồ Chí Minh",
        (
            ("TP", "Thuận An", "TX", "P An Phú>P An Phú; P Bình Hòa>P Bình Hòa; P Lái Thiêu>P Lái Thiêu"),
            ("TP", "Dĩ An", "TX", "P Dĩ An>P Dĩ An; P Tân Đông Hiệp>P Tân Đông Hiệp"),
            ("TX", "Bến Cát", "H", "P Mỹ Phước>P Bến Cát; P Thới Hòa>P Thới Hòa"),
            ("TP", "Thủ Dầu Một", "TX", "P Phú Hòa>P Phú Lợi; P Hiệp Thành>P Thủ Dầu Một"),
        ),
        (
            ("KCN", "VSIP", 0, 1),
            ("KCN", "Sóng Thần 1", 1, 0),
            ("KCN", "Mỹ Phước 3", 2, 1),
            ("KCN", "Việt Hương", 0, 0),
        ),
        ("13", "1K"),
    ),
    "HCM": (
        "Hồ Chí Minh",
        True,
        "HCM",
        ("03",),
        "28",
        "8",
        "Hồ Chí Minh",
        (
            ("Q", "12", "Q", "P Tân Thới Nhất>P Đông Hưng Thuận; P Thạnh Xuân>P Thới An"),
            ("Q", "Tân Bình", "Q", "P 4>P Tân Sơn Nhất; P 15>P Tân Sơn"),
            ("Q", "Bình Tân", "Q", "P Bình Hưng Hòa A>P Bình Hưng Hòa; P Tân Tạo A>P Tân Tạo"),
            ("TP", "Thủ Đức", "Q", "P Linh Trung>P Linh Xuân; P Hiệp Phú>P Tăng Nhơn Phú"),
            ("H", "Củ Chi", "H", "X Tân An Hội>X Củ Chi; X Tân Phú Trung>X Tân An Hội"),
            ("H", "Bình Chánh", "H", "X Vĩnh Lộc A>X Vĩnh Lộc; X Lê Minh Xuân>X Bình Lợi"),
        ),
        (
            ("KCX", "Linh Trung", 3, 0),
            ("KCN", "Tân Tạo", 2, 1),
            ("KCN", "Tân Bình", 1, 1),
            ("KCN", "Lê Minh Xuân", 5, 1),
            ("KCN", "Vĩnh Lộc", 5, 0),
            ("KCN", "Tây Bắc Củ Chi", 4, 0),
        ),
        ("1A", "22"),
    ),
    "DN": (
        "Đồng Nai",
        False,
        "DN",
        ("36",),
        "251",
        "61",
        "Đồng Nai",
        (
            ("TP", "Biên Hòa", "TP", "P An Bình>P Tam Hiệp; P Long Bình>P Long Bình; P Tam Hiệp>P Tam Hiệp"),
            ("H", "Nhơn Trạch", "H", "X Hiệp Phước>X Nhơn Trạch; X Phước Thiền>X Phước An"),
            ("H", "Trảng Bom", "H", "TT Trảng Bom>X Trảng Bom; X Hố Nai 3>X Hố Nai"),
            ("H", "Long Thành", "H", "TT Long Thành>X Long Thành; X An Phước>X An Phước"),
        ),
        (
            ("KCN", "Biên Hòa 2", 0, 0),
            ("KCN", "Amata", 0, 1),
            ("KCN", "Nhơn Trạch 3", 1, 0),
            ("KCN", "Hố Nai", 2, 1),
            ("KCN", "Long Thành", 3, 1),
            ("KCN", "Loteco", 0, 1),
        ),
        ("1A", "51"),
    ),
}
_NEW_CITY = {"Hà Nội", "Hải Phòng", "Hồ Chí Minh"}
_PROV_KEYS = ("BN", "BG", "HN", "HD", "HY", "VP", "TN", "HP", "BD", "HCM", "DN")
_PROV_W = (42, 26, 9, 6, 5, 3, 3, 3, 1.5, 1, 0.5)
_HOME = ("BN", "BG")


def _parse_geo():
    geo = {}
    for key, (
        name,
        city,
        abbr,
        prefixes,
        area,
        old_area,
        new_prov,
        dists,
        parks,
        roads,
    ) in _PROVINCES.items():
        districts = []
        for kind, dname, prev, wards in dists:
            ws = []
            for item in wards.split("; "):
                old, new = item.split(">")
                ok, on = old.split(" ", 1)
                nk, nn = new.split(" ", 1)
                ws.append((ok, on, nk, nn))
            districts.append((kind, dname, prev, tuple(ws)))
        geo[key] = (name, city, abbr, prefixes, area, old_area, new_prov, tuple(districts), parks, roads)
    return geo


_GEO = _parse_geo()

_KIND_FULL = {
    "P": "phường",
    "X": "xã",
    "TT": "thị trấn",
    "Q": "quận",
    "H": "huyện",
    "TX": "thị xã",
    "TP": "thành phố",
}
_KIND_ABBR = {
    "P": ("P.", "P.", "P. ", "Phường"),
    "X": ("X.", "xã", "Xã"),
    "TT": ("TT.", "TT", "Thị trấn"),
    "Q": ("Q.", "Q.", "Q ", "Quận"),
    "H": ("H.", "H.", "huyện", "Huyện"),
    "TX": ("TX.", "TX ", "Tx."),
    "TP": ("TP.", "TP ", "Tp.", "Tp "),
}
_KIND_EN = {
    "P": "Ward",
    "X": "Commune",
    "TT": "Town",
    "Q": "District",
    "H": "District",
    "TX": "Town",
    "TP": "City",
}
_STREETS = (
    "Lý Thái Tổ",
    "Trần Hưng Đạo",
    "Nguyễn Văn Cừ",
    "Lê Lợi",
    "Ngô Gia Tự",
    "Hai Bà Trưng",
    "Nguyễn Trãi",
    "Lý Thường Kiệt",
    "Nguyễn Du",
    "Hùng Vương",
    "Lê Thánh Tông",
    "Trần Phú",
    "Nguyễn Gia Thiều",
    "Huyền Quang",
    "Kinh Dương Vương",
    "Minh Khai",
    "Lê Duẩn",
    "Quang Trung",
    "Hoàng Quốc Việt",
    "Phạm Văn Đồng",
    "Nguyễn Văn Linh",
    "Võ Nguyên Giáp",
    "Lê Hồng Phong",
    "Điện Biên Phủ",
    "Bà Triệu",
    "Trường Chinh",
    "Tô Hiến Thành",
    "Lạc Long Quân",
    "Âu Cơ",
    "Nguyễn Huệ",
    "Phan Bội Châu",
    "Nguyễn Thái Học",
    "Cách Mạng Tháng Tám",
    "Xương Giang",
    "Lê Văn Thịnh",
    "Nguyễn Đăng Đạo",
    "Thiên Đức",
    "Hoàng Hoa Thám",
    "Lý Anh Tông",
    "Nguyễn Cao",
    "Đấu Mã",
    "Lê Quang Đạo",
    "Trần Lựu",
    "Hàn Thuyên",
    "Nguyễn Quyền",
    "Bình Than",
    "Ngô Quyền",
    "Giải Phóng",
    "Tam Trinh",
    "Hồ Tùng Mậu",
)
_VILLAGES = (
    "Đông Xuyên",
    "Lũng Sơn",
    "Đa Hội",
    "Phù Lưu",
    "Mão Điền",
    "Yên Lã",
    "Ngọc Xá",
    "Đại Lâm",
    "Tam Tảo",
    "Kim Thao",
    "Thượng",
    "Trung",
    "Hạ",
    "Đông",
    "Đoài",
    "Nam",
    "Bắc",
    "Mới",
    "Tiền",
    "Hậu",
    "Ngọc Trì",
    "Xuân Ổ",
    "Dương Ổ",
    "Khả Lễ",
    "Vân Trại",
    "Núi Hiếu",
    "Nguyệt Đức",
    "Phúc Lâm",
    "Hòa Đình",
    "Cổ Mễ",
)
_AGENT_WORDS = ("Kế toán", "Dịch vụ kế toán", "Thuế")

_MOBILE = (
    "91",
    "94",
    "88",
    "81",
    "82",
    "83",
    "84",
    "85",
    "90",
    "93",
    "89",
    "70",
    "76",
    "77",
    "78",
    "79",
    "96",
    "97",
    "98",
    "86",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "38",
    "39",
    "56",
    "58",
    "59",
)
_MOBILE_W = (6, 4, 2, 2, 1, 2, 2, 2, 6, 4, 2, 2, 1, 2, 1, 2, 6, 6, 7, 4, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1)
_OLD_MOBILE = {
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


def _cum(weights) -> list[float]:
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


_SYL_W = _cum(1.0 / (i + 8) for i in range(len(_SYL)))
_PROV_CUM = _cum(_PROV_W)
_IND_CUM = _cum(_IND_WEIGHTS)
_MOBILE_FLAT = tuple(p for p, w in zip(_MOBILE, _MOBILE_W, strict=True) for _ in range(w))
_TAX_PRE = {p: 31 * int(p[0]) + 29 * int(p[1]) for g in _PROVINCES.values() for p in g[3]}
_TAX_HI = [19 * (i // 100) + 17 * (i // 10 % 10) + 13 * (i % 10) for i in range(1000)]
_TAX_LO = [7 * (i // 100) + 5 * (i // 10 % 10) + 3 * (i % 10) for i in range(1000)]
_SIZE_CUM = _cum((40, 21, 13, 9, 6, 4.5, 3, 2, 1, 0.5))

# ----------------------------------------------------------------------------------------------
# Enterprises


class _Loc:
    __slots__ = ("prov", "di", "wi", "kind", "a", "b", "park", "bldg")

    def __init__(self, prov, di, wi, kind, a="", b="", park=-1, bldg=""):
        self.prov, self.di, self.wi, self.kind, self.a, self.b, self.park, self.bldg = (
            prov,
            di,
            wi,
            kind,
            a,
            b,
            park,
            bldg,
        )


class _Name:
    """One legal identity: precomputed spellings a list-writer picks from."""

    __slots__ = (
        "kind",
        "form",
        "core",
        "scope",
        "ind",
        "short",
        "brand",
        "trade_en",
        "en",
        "parent",
        "place",
        "bstyle",
        "tag",
        "split",
        "hv",
    )

    def __init__(self, kind, form):
        self.kind, self.form = kind, form
        self.core = self.short = self.brand = self.trade_en = self.en = ""
        self.scope = self.ind = -1
        self.parent: _Name | None = None
        self.place = self.tag = self.split = self.hv = ""
        self.bstyle = 0

    def english(self) -> str:
        """The registered English name without the legal form (domestic ones made on first use)."""
        if not self.en:
            ien = _INDUSTRIES[self.ind][1] if self.ind >= 0 else ""
            bp = _plain(self.brand).replace("Số ", "No.").upper()
            if " " in bp and len(self.core) % 5 == 0:
                bp = bp.replace(" ", "", 1)  # "TANTIEN"
            en = [bp]
            if ien:
                en.append(ien.upper())
            if self.scope >= 0 and (not ien or len(self.core) % 5 < 3):
                en.append(_SCOPES[self.scope][2].upper())
            self.en = " ".join(en)
        return self.en

    def trade(self) -> str:
        """'Tân Tiến Plastic': the brand with an English industry word."""
        if not self.trade_en:
            ien = _INDUSTRIES[self.ind][1] if self.ind >= 0 else ""
            self.trade_en = f"{self.brand} {ien or ('Group', 'Company', 'Corp', 'Vina')[len(self.core) % 4]}"
        return self.trade_en

    def acronym(self) -> str:
        if self.kind == "fdi":
            return self.brand.upper()
        ien = _INDUSTRIES[self.ind][1] if self.ind >= 0 else ""
        return "".join(w[0] for w in _plain(self.brand).split()).upper() + ien[:1].upper()

    def _branch(self, head: str) -> str:
        if self.bstyle == 0:
            return f"Chi nhánh {head} tại {self.place}"
        if self.bstyle == 1:
            return f"Chi nhánh {self.place} - {head}"
        return f"Chi nhánh {head} - Nhà máy {self.place}"


class _Ent:
    __slots__ = (
        "key",
        "fdi",
        "name",
        "old",
        "tax",
        "office",
        "factory",
        "land",
        "mobiles",
        "hotline",
        "agent",
        "size",
        "home",
    )


class _World:
    def __init__(self, rng: _Rng, n: int):
        self.rng = rng
        self.n = n
        self.cores: set[str] = set()
        self.taxes: set[str] = set()
        self.branches: dict[str, int] = {}
        self.count = 0
        self.agents = [self.mobile() for _ in range(max(3, n // 400))]
        self.boards: dict[tuple[str, int], tuple[str, str]] = {}
        self.shared_lots: dict[tuple[str, int], list[str]] = {}

    # -- small draws
    def pick(self, seq, cum):
        return seq[bisect_left(cum, self.rng.random() * cum[-1])]

    def syl(self) -> str:
        return self.pick(_SYL, _SYL_W)

    def person(self) -> str:
        ch = self.rng.choice
        return f"{ch(_SURNAMES)} {ch(_MIDDLES)} {ch(_GIVEN)}"

    def mobile(self) -> str:
        r = self.rng.random
        return _MOBILE_FLAT[int(r() * len(_MOBILE_FLAT))] + str(1000000 + int(r() * 9000000))

    def landline(self, prov: str) -> tuple[str, str]:
        g = _GEO[prov]
        big = len(g[4]) == 2
        first = self.rng.choice("3333336672")
        return g[4], first + str(self.rng.randrange(10 ** (6 if big else 5), 10 ** (7 if big else 6)))

    def hotline(self) -> str:
        r = self.rng.random()
        head = "1900" if r < 0.8 else "1800"
        if self.rng.random() < 0.5:
            return head + str(self.rng.randrange(1000, 10000))
        return head + str(self.rng.randrange(100000, 1000000))

    def province(self) -> str:
        return self.pick(_PROV_KEYS, _PROV_CUM)

    def tax(self, prov: str) -> str:
        """A 10-digit code: province prefix, serial, check digit (weights 31 29 23 19 17 13 7 5 3)."""
        rnd = self.rng.random
        prefixes = _GEO[prov][3]
        while True:
            p = prefixes[int(rnd() * len(prefixes))]
            d3 = (0, 0, 1, 1, 1, 1, 2)[int(rnd() * 7)]
            x = int(rnd() * 1000000)
            s = (_TAX_PRE[p] + 23 * d3 + _TAX_HI[x // 1000] + _TAX_LO[x % 1000]) % 11
            if s == 0:
                continue
            code = f"{p}{d3}{x:06d}{(10 - s) % 10}"
            if code not in self.taxes:
                self.taxes.add(code)
                return code

    def size(self, bonus: float = 0.0) -> int:
        s = self.pick(range(1, 11), _SIZE_CUM)
        if bonus and self.rng.random() < bonus:
            s = min(10, s + 1)
        return s

    # -- names
    def dom_brand(self, form: str) -> str:
        rng = self.rng
        rnd = rng.random
        r = rnd()
        if form == "DNTN" and r < 0.5:
            return self.person()
        if form == "HTX" and r < 0.6:
            return rng.choice(_PLACE_BRANDS + _VILLAGES)
        if r < 0.56:
            a, b = self.syl(), self.syl()
            return f"{a} {b}" if a != b else f"{a} {self.syl()}"
        if r < 0.70:
            return f"{self.syl()} {self.syl()} {self.syl()}"
        if r < 0.77:
            return rng.choice(_PLACE_BRANDS)
        if r < 0.82:
            return f"{rng.choice(_GIVEN)} {rng.choice(_GIVEN)}"
        if r < 0.88:
            return f"Việt {rng.choice(_VIET)}" if rnd() < 0.6 else f"{rng.choice(_X_VIET)} Việt"
        if r < 0.94:
            k = rng.choice((2, 3, 3, 3, 4))
            acr = "".join(rng.choice("ABCDEGHKLMNPQSTVX") for _ in range(k))
            return acr if rnd() < 0.6 else f"{acr} Việt Nam"
        a, b = rng.choice(_EN1), rng.choice(_EN2)
        return a + b if rnd() < 0.5 else f"{a} {b.capitalize()}"

    def dom_name(
        self,
        prov: str,
        form: str | None = None,
        brand: str | None = None,
        avoid_ind: set[int] | None = None,
        ind: int | None = None,
    ) -> _Name:
        rng = self.rng
        rnd = rng.random
        if form is None:
            form = self.pick(("TNHH", "MTV", "CP", "DNTN", "HTX"), (55, 70, 90, 97, 100))
        for attempt in range(8):
            b = brand or self.dom_brand(form)
            i = ind
            if i is None:
                i = -1 if rnd() < 0.13 else self.pick(range(len(_INDUSTRIES)), _IND_CUM)
                while avoid_ind and i in avoid_ind:
                    i = self.pick(range(len(_INDUSTRIES)), _IND_CUM)
            scope = rng.randrange(len(_SCOPES)) if rnd() < (0.35 if i >= 0 else 0.8) else -1
            if i < 0 and scope < 0 and " " not in b:
                scope = rng.randrange(len(_SCOPES))
            mod = ""
            if attempt >= 3:  # the name is taken: founders add the place or a number
                r = rnd()
                mod = (
                    _GEO[prov][0]
                    if r < 0.4
                    else rng.choice(
                        ("Số 1", "Số 2", "1", "2", "3", "68", "Mới", "Xanh", "Plus", "Group", "Việt Nam")
                    )
                )
            nm = self._dom_spec(form, b, i, scope, mod)
            key = (
                nm.core.lower()
            )  # the law compares names with their diacritics: "Tấn Tiến" is not "Tân Tiến"
            if key not in self.cores:
                self.cores.add(key)
                return nm
        return nm  # pragma: no cover - eight collisions in a row

    @staticmethod
    def _dom_spec(form, brand, ind, scope, mod) -> _Name:
        nm = _Name("dom", form)
        nm.brand = brand + " " + mod if mod else brand
        nm.short = f"{_INDUSTRIES[ind][0]} {nm.brand}" if ind >= 0 else nm.brand
        nm.scope, nm.ind = scope, ind
        nm.core = f"{_SCOPES[scope][0]} {nm.short}" if scope >= 0 else nm.short
        return nm

    def fdi_name(
        self,
        country: str,
        brand: tuple[str, str, str] | None = None,
        avoid: set[int] | None = None,
        tag: str | None = None,
    ) -> _Name:
        rng = self.rng
        rnd = rng.random
        for _ in range(10):
            b, hv, alt = brand or self.fdi_brand(country)
            prods = _PROD[country]
            p = rng.randrange(len(prods)) if rnd() < 0.6 or avoid else -1
            while avoid and p in avoid:
                p = rng.randrange(len(prods))
            t = tag
            if t is None:
                r = rnd()
                if country in ("CN", "TW"):
                    t = "(Việt Nam)" if r < 0.45 else ("Việt Nam" if r < 0.85 else "Vina")
                else:
                    t = "Vina" if r < (0.5 if country == "KR" else 0.15) else "Việt Nam"
            nm = _Name("fdi", "TNHH" if rnd() < 0.9 else "CP")
            pe, pv = prods[p] if p >= 0 else ("", "")
            nm.brand, nm.tag, nm.scope = b, t, p
            tag_en = {"Việt Nam": "Vietnam", "(Việt Nam)": "(Vietnam)"}.get(t, _plain(t))
            if country == "JP" and t == "Việt Nam" and rnd() < 0.15:
                nm.en = " ".join(x for x in ("VIETNAM", b, pe) if x).upper()
            else:
                nm.en = " ".join(x for x in (b, pe, tag_en) if x).upper()
            r = rnd()
            if hv and pv and r < 0.35:
                nm.core = f"{pv} {hv} {t}"  # Sino-Vietnamese reading of the Chinese name
            elif pv and r < 0.7 and pv != pe:
                nm.core = f"{pv} {b} {t}"
            else:
                nm.core = " ".join(x for x in (b, pe, t) if x)
            nm.short = f"{b} {t.strip('()')}" if t != "Việt Nam" or rnd() < 0.5 else b
            nm.trade_en = " ".join(x for x in (b, pe) if x)
            nm.split, nm.hv = alt, hv
            key = nm.core.lower()
            if key not in self.cores:
                self.cores.add(key)
                return nm
        return nm

    def fdi_brand(self, country: str) -> tuple[str, str, str]:
        """(brand, Sino-Vietnamese reading or "", the brand in two words or "")."""
        rng = self.rng
        rnd = rng.random
        if country == "KR":
            a = rng.choice(_KR_SYL)
            if rnd() < 0.15:
                return a + rng.choice(_KR_TAIL), "", ""
            b = rng.choice(_KR_SYL)
            if rnd() < 0.25:
                b += rng.choice(_KR_SYL).lower()
            return a + b.lower(), "", f"{a} {b}"
        if country == "JP":
            b = rng.choice(_JP_HEAD) + rng.choice(_JP_TAIL)
            if rnd() < 0.1:
                b += " " + rng.choice(_JP_HEAD) + rng.choice(_JP_TAIL)
            return b, "", ""
        syl = _CN_SYL if country == "CN" else _TW_SYL
        (a, ha), (b, hb) = rng.choice(syl), rng.choice(syl)
        if rnd() < 0.2:
            c, hc = rng.choice(syl)
            b, hb = f"{b} {c}", f"{hb} {hc}"
        if country == "CN" and rnd() < 0.7:
            return a + b.replace(" ", "").lower(), f"{ha} {hb}", f"{a} {b}"
        return f"{a} {b}", f"{ha} {hb}", ""

    # -- places
    def loc(self, prov: str, park_p: float) -> _Loc:
        rng = self.rng
        rnd = rng.random
        g = _GEO[prov]
        if rnd() < park_p:
            return self.park_loc(prov)
        di = rng.randrange(len(g[7]))
        wi = rng.randrange(len(g[7][di][3]))
        r = rnd()
        if r < 0.55:
            num = str(rng.randrange(1, 400))
            r2 = rnd()
            if r2 < 0.12:
                num += rng.choice("ABCD")
            elif r2 < 0.2:
                num += "/" + str(rng.randrange(1, 30))
            elif r2 < 0.27:
                num = f"{num}, ngõ {rng.randrange(2, 200)}"
            return _Loc(prov, di, wi, "street", num, rng.choice(_STREETS))
        if r < 0.85:
            v = rng.choice(_VILLAGES)
            r2 = rnd()
            a = (
                f"Thôn {v}"
                if r2 < 0.6
                else (
                    f"Xóm {rng.randrange(1, 12)}, thôn {v}" if r2 < 0.8 else f"Khu phố {rng.randrange(1, 10)}"
                )
            )
            return _Loc(prov, di, wi, "village", a)
        km = str(rng.randrange(1, 80))
        if rnd() < 0.3:
            km += f"+{rng.randrange(1, 10)}00"
        return _Loc(prov, di, wi, "road", km, rng.choice(g[9]))

    def park_loc(self, prov: str) -> _Loc:
        rng = self.rng
        g = _GEO[prov]
        pi = rng.randrange(len(g[8]))
        _, _, di, wi = g[8][pi]
        key = (prov, pi)
        if key not in self.boards:
            self.boards[key] = self.landline(prov)
            self.shared_lots[key] = [self.lot() for _ in range(3)]
        bldg = ""
        if rng.random() < 0.15:  # ready-built factory for lease, shared by several tenants
            lot = rng.choice(self.shared_lots[key])
            bldg = rng.choice(("A", "B", "C", "1", "2", "3", "4", "5", "6", "7", "8"))
        else:
            lot = self.lot()
        return _Loc(prov, di, wi, "park", lot, "", pi, bldg)

    def lot(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{rng.choice('ABCDEFGHKLMN')}{rng.randrange(1, 20)}"
        if r < 0.55:
            return f"CN{rng.randrange(1, 30):02d}"
        if r < 0.7:
            return f"{rng.choice('ABCDEK')}{rng.randrange(1, 10)}-{rng.randrange(1, 12)}"
        if r < 0.85:
            return str(rng.randrange(1, 120))
        return f"{rng.choice(('XN', 'K', 'J', 'P'))}{rng.randrange(1, 40)}"

    # -- enterprises
    def ent(self, name: _Name, prov: str, fdi: str = "", tax: str | None = None) -> _Ent:
        rng = self.rng
        rnd = rng.random
        e = _Ent()
        self.count += 1
        e.key = f"D{self.count:07d}"
        e.fdi, e.name, e.old, e.home = fdi, name, None, prov
        e.tax = tax or self.tax(prov)
        if fdi:
            e.office = self.park_loc(prov) if rnd() < 0.92 else self.loc(prov, 0.0)
            e.factory = e.office if e.office.kind == "park" else self.park_loc(prov)
        else:
            e.office = self.loc(prov, 0.08)
            e.factory = (
                e.office if e.office.kind == "park" else (self.park_loc(prov) if rnd() < 0.25 else None)
            )
        e.land = self.landline(prov) if rnd() < (0.9 if fdi else 0.7) else None
        mobile = self.mobile
        r = rnd()
        e.mobiles = (
            [mobile()] if r < 0.4 else ([mobile(), mobile()] if r < 0.8 else [mobile(), mobile(), mobile()])
        )
        e.hotline = self.hotline() if rnd() < 0.04 else ""
        e.agent = rng.choice(self.agents) if not fdi and rnd() < 0.06 else ""
        if name.kind != "br" and rnd() < 0.05:  # changed its name or legal form since the older lists
            e.old = self.renamed(name, prov, fdi)
        return e

    def renamed(self, name: _Name, prov: str, fdi: str) -> _Name:
        rng = self.rng
        if fdi:  # a new product word or suffix under the same brand, or an acquisition
            if rng.random() < 0.5:
                return self.fdi_name(fdi, brand=(name.brand, name.hv, name.split), avoid={name.scope})
            return self.fdi_name(fdi)
        r = rng.random()
        if r < 0.4 and name.form in ("TNHH", "MTV", "DNTN"):  # converted to a joint-stock company
            old = _Name("dom", name.form)
            for s in old.__slots__:
                if s not in ("kind", "form"):
                    setattr(old, s, getattr(name, s))
            name.form, old.form = "CP", name.form
            return old
        if r < 0.7:
            return self.dom_name(prov)
        return self.dom_name(prov, brand=name.brand.split(" Số")[0], avoid_ind={name.ind})

    def spawn(self) -> list[_Ent]:
        rng = self.rng
        rnd = rng.random
        prov = self.province()
        out: list[_Ent] = []
        if rnd() < 0.24:
            country = self.pick(("KR", "CN", "JP", "TW"), (50, 72, 87, 100))
            first = self.ent(self.fdi_name(country), prov, country)
            out.append(first)
            r = rnd()
            if r < 0.14:  # a group with several Vietnamese subsidiaries, same brand, other products
                used = {first.name.scope}
                shared = self.hotline() if rnd() < 0.3 else ""
                for _ in range(rng.choice((1, 1, 2))):
                    nm = self.fdi_name(
                        country, brand=(first.name.brand, first.name.hv, first.name.split), avoid=used
                    )
                    used.add(nm.scope)
                    p2 = prov if rnd() < 0.6 else self.province()
                    e = self.ent(nm, p2, country)
                    if shared:
                        e.hotline = first.hotline = shared
                    out.append(e)
            elif r < 0.19:  # a second plant registered in another province
                p2 = rng.choice([p for p in _PROV_KEYS if p != prov])
                tag = _GEO[p2][0] if rnd() < 0.5 else first.name.tag
                nm = self.fdi_name(
                    country, brand=(first.name.brand, first.name.hv, first.name.split), tag=tag
                )
                out.append(self.ent(nm, p2, country))
            elif r < 0.25:
                out.extend(self.branches_of(first))
            return out
        first = self.ent(self.dom_name(prov), prov)
        out.append(first)
        r = rnd()
        if r < 0.06:  # sister firms: one brand, other industry words, own tax codes
            used = {first.name.ind}
            shared = self.hotline() if rnd() < 0.6 else ""
            land = first.land if rnd() < 0.3 else None
            brand = first.name.brand
            for _ in range(rng.choice((1, 1, 2, 3))):
                nm = self.dom_name(prov, brand=brand, avoid_ind=used)
                used.add(nm.ind)
                e = self.ent(nm, prov)
                if shared:
                    e.hotline = first.hotline = shared
                if land:
                    e.land = land
                if rnd() < 0.5:
                    e.office = first.office
                out.append(e)
        elif r < 0.135:
            out.extend(self.branches_of(first))
        elif r < 0.17:  # the same name registered in another province (or with the place added)
            p2 = rng.choice([p for p in _PROV_KEYS if p != prov])
            n0 = first.name
            r2 = rnd()
            if r2 < 0.45:
                nm = _Name("dom", n0.form)
                for s in nm.__slots__:
                    if s != "kind":
                        setattr(nm, s, getattr(n0, s))
                if rnd() < 0.3:
                    nm.form = rng.choice([f for f in _FORM_VN if f != n0.form])
            else:
                nm = self._dom_spec(n0.form, n0.brand + " " + _GEO[p2][0], n0.ind, n0.scope, "")
            out.append(self.ent(nm, p2))
        return out

    def branches_of(self, head: _Ent) -> list[_Ent]:
        rng = self.rng
        rnd = rng.random
        out = []
        if head.fdi == "" and rnd() < 0.45 and head.home in _HOME:
            # many heads of branches in the province sit in Hà Nội
            head.home = "HN"
            head.tax = self.tax("HN")
            head.office = self.loc("HN", 0.05)
            head.land = self.landline("HN") if head.land else None
        shared = head.hotline or (self.hotline() if rnd() < 0.3 else "")
        head.hotline = shared
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            k = self.branches.get(head.tax, 0) + 1
            self.branches[head.tax] = k
            p2 = (
                rng.choice(_HOME)
                if head.home not in _HOME or rnd() < 0.3
                else rng.choice(("HD", "HN", "HY", "BG", "BN", "TN", "HCM"))
            )
            g = _GEO[p2]
            nm = _Name("br", head.name.form)
            nm.parent = head.name
            nm.bstyle = 0 if rnd() < 0.7 else (1 if rnd() < 0.6 else 2)
            r = rnd()
            if nm.bstyle == 2:
                nm.place = g[7][rng.randrange(len(g[7]))][1]
            else:
                nm.place = g[0] if r < 0.7 else (g[7][rng.randrange(len(g[7]))][1] if r < 0.9 else g[6])
            e = self.ent(nm, p2, head.fdi, tax=f"{head.tax}-{k:03d}")
            e.old = None
            e.hotline = shared if rnd() < 0.7 else e.hotline
            out.append(e)
        return out


# ----------------------------------------------------------------------------------------------
# Rendering: names


def _scope_abbr(nm: _Name, rng: _Rng) -> str:
    s = nm.scope if nm.kind == "dom" else -1
    if s < 0 or rng.random() < 0.4:
        return nm.core
    return f"{rng.choice(_SCOPES[s][1])} {nm.short}"


def _vn_tag(s: str, rng: _Rng) -> str:
    """FDI names: "Việt Nam" also written VN, Vietnam, Viet Nam."""
    if "Việt Nam" in s and rng.random() < 0.3:
        return s.replace("Việt Nam", rng.choice(("VN", "Vietnam", "Viet Nam", "VIỆT NAM")))
    return s


def _split_brand(nm: _Name, s: str, rng: _Rng) -> str:
    """Korean/Chinese one-word brands are also written in two words ("Seo Jin", "SeoJin")."""
    alt = nm.split
    if alt and rng.random() < 0.25:
        alt = alt if rng.random() < 0.7 else alt.replace(" ", "")
        return s.replace(nm.brand, alt).replace(nm.brand.upper(), alt.upper())
    return s


_EN_KEEP = {
    "JSC": "JSC",
    "J.S.C": "J.S.C",
    "IP": "IP",
    "EPZ": "EPZ",
    "I.Z": "I.Z",
    "E&T": "E&T",
    "VN": "VN",
    "CO.,LTD": "Co.,Ltd",
    "CO.LTD": "Co.Ltd",
    "PTE": "Pte",
    "-": "-",
}


def _en_title(s: str) -> str:
    out = []
    for w in s.split(" "):
        k = _EN_KEEP.get(w)
        if k is None:
            k = "(" + w[1:2] + w[2:].lower() if w[:1] == "(" else w[:1] + w[1:].lower()
        out.append(k)
    return " ".join(out)


def _en_legal(nm: _Name, rng: _Rng, upper: bool = True) -> str:
    if nm.kind == "br":
        head = _en_legal(nm.parent, rng)
        place = _plain(nm.place).upper()
        r = rng.random()
        s = (
            f"{head} - {place} BRANCH"
            if r < 0.5
            else (f"BRANCH OF {head} IN {place}" if r < 0.8 else f"{head} ({place} BRANCH)")
        )
    else:
        s = f"{nm.english()} {rng.choice(_FORM_EN[nm.form])}"
    return s if upper else _en_title(s)


def _vn_legal(nm: _Name, rng: _Rng, style: int) -> str:
    """style 0 standard, 1 abbreviated form, 2 full form spelled out, 3 form at the end."""
    if nm.kind == "br":
        head = _vn_legal(nm.parent, rng, style if style != 3 else 1)
        if style == 1 and rng.random() < 0.5:
            s = nm._branch(head)
            return "CN " + s[10:] if s.startswith("Chi nhánh ") else s
        return nm._branch(head)
    if style == 0:
        return f"{_FORM_VN[nm.form]} {nm.core}"
    if style == 1:
        return f"{rng.choice(_FORM_ABBR[nm.form])} {_scope_abbr(nm, rng)}"
    if style == 2:
        return f"{_FORM_FULL[nm.form]} {nm.core}"
    return f"{nm.short if rng.random() < 0.6 else nm.core}{rng.choice(_FORM_END[nm.form])}"


def _short_name(nm: _Name, rng: _Rng, home: str) -> str:
    """What people call the firm: trading name, brand, 'Tân Tiến Plastic', 'Cty Tân Tiến'."""
    if nm.kind == "br":
        p = nm.parent
        r = rng.random()
        if r < 0.3:
            return _short_name(p, rng, home)  # the branch writes its head office's name
        if r < 0.55:
            return f"{p.short} - CN {nm.place}"
        if r < 0.75:
            return f"Chi nhánh {p.short} {nm.place}"
        if r < 0.9:
            return f"Nhà máy {p.short} {nm.place}"
        return f"CN {rng.choice(('Cty', 'Công ty'))} {p.short} tại {nm.place}"
    r = rng.random()
    if nm.kind == "fdi":
        if r < 0.45:
            return _vn_tag(nm.short, rng)
        if r < 0.6:
            return nm.brand
        if r < 0.72:
            return f"{rng.choice(('Cty', 'Công ty', 'Cty TNHH'))} {_vn_tag(nm.short, rng)}"
        if r < 0.85:
            return (
                f"{nm.trade_en} {rng.choice(('Vina', 'Vietnam', 'VN'))}"
                if nm.trade_en != nm.brand
                else nm.short
            )
        return _vn_tag(nm.core, rng)
    if r < 0.45:
        return nm.short
    if r < 0.58:
        return nm.trade()
    if r < 0.7:
        return f"{rng.choice(('Cty', 'Công ty', 'CT', 'Cty', 'C.ty'))} {nm.brand}"
    if r < 0.78:
        return nm.brand
    if r < 0.9:
        return f"{rng.choice(('Cty', 'Công ty', 'Cty', 'CT'))} {nm.short}"
    if r < 0.95:
        return f"{nm.short} {rng.choice((_GEO[home][0], _GEO[home][2]))}"
    acr = nm.acronym()
    return acr if len(acr) >= 3 else nm.short


def _name(e: _Ent, src: int, rng: _Rng) -> str:
    rnd = rng.random
    nm = e.name
    if e.old is not None and rnd() < (0.45 if src in (BANK, CUSTOMS, PARK) else 0.15):
        nm = e.old
    r = rnd()
    fdi = nm.kind == "fdi" or (nm.kind == "br" and e.fdi != "")
    if src == SURVEY:
        if r < 0.22:
            s = _vn_legal(nm, rng, 1)
        elif r < 0.34:
            s = _vn_legal(nm, rng, 0)
        elif r < 0.42:
            s = _vn_legal(nm, rng, 3)
        elif r < 0.47:
            s = _en_legal(nm, rng, upper=rnd() < 0.5)
        else:
            s = _short_name(nm, rng, e.home)
        if fdi:
            s = _split_brand(nm, _vn_tag(s, rng), rng)
    elif src == PARK:
        if fdi:
            if r < 0.45:
                s = _en_legal(nm, rng, upper=rnd() < 0.7)
            elif r < 0.9:
                s = _vn_legal(nm, rng, 0 if rnd() < 0.7 else 1)
            else:
                s = _short_name(nm, rng, e.home)
            s = _split_brand(nm, s, rng)
        elif r < 0.6:
            s = _vn_legal(nm, rng, 0)
        elif r < 0.8:
            s = _vn_legal(nm, rng, 1)
        elif r < 0.95:
            s = _vn_legal(nm, rng, 0).upper()
        else:
            s = _en_legal(nm, rng)
    elif src == EVENT:
        if r < 0.72:
            s = _short_name(nm, rng, e.home)
        elif r < 0.88:
            s = _vn_legal(nm, rng, 1)
        elif r < 0.95:
            s = _vn_legal(nm, rng, 0)
        else:
            s = _en_legal(nm, rng, upper=False)
        if fdi:
            s = _split_brand(nm, s, rng)
    elif src == CUSTOMS:
        if r < (0.75 if fdi else 0.5):
            s = _en_legal(nm, rng)
        elif r < 0.96:
            s = _plain(_vn_legal(nm, rng, 0 if rnd() < 0.7 else 1)).upper()
        else:
            s = _en_legal(nm, rng, upper=False)
    else:  # BANK
        if r < 0.72:
            s = _vn_legal(nm, rng, 0)
        elif r < 0.85:
            s = _vn_legal(nm, rng, 2)
        elif r < 0.95:
            s = _vn_legal(nm, rng, 0).upper()
        else:
            s = _vn_legal(nm, rng, 3)
    return _noisy(s, src, rng)


# ----------------------------------------------------------------------------------------------
# Rendering: tax codes


def _tax(code: str, src: int, rng: _Rng, e: _Ent) -> str:
    rnd = rng.random
    if src == SURVEY and "-" in code and rnd() < 0.12:
        code = code[:10]  # the branch gave its head office's code
    r = rnd()
    slip = 0.06 if src == SURVEY else 0.02 if src in (PARK, EVENT) else 0.008
    if r < slip:
        code = _tax_slip(code, src, rng)
        r = rnd()
    head, _, tail = code.partition("-")
    if src == CUSTOMS:
        if tail and r < 0.3:
            return head + tail
        if r < 0.05:
            return f"{head[:4]} {head[4:7]} {head[7:]}" + (f"-{tail}" if tail else "")
        return code
    if src == BANK:
        if r < 0.2:
            return rng.choice(("MST: ", "MST ", "Mã số thuế: ", "MST:")) + code
        if r < 0.24 and not tail:
            return f"{head[:4]}.{head[4:7]}.{head[7:]}"
        return code
    # survey, park, event: whatever people type into a spreadsheet
    if r < 0.5:
        return code
    if r < 0.58:
        return rng.choice(("MST: ", "MST ", "MST:", "Mã số thuế: ", "MST - ")) + code
    if r < 0.64:
        return f"{head[:4]} {head[4:7]} {head[7:]}" + (f" - {tail}" if tail else "")
    if r < 0.68:
        return f"{head[:4]}.{head[4:7]}.{head[7:]}" + (f"-{tail}" if tail else "")
    if r < 0.72:
        return f"{head[:4]}-{head[4:7]}-{head[7:]}" + (f"-{tail}" if tail else "")
    if r < 0.76:
        return f"'{code}"
    if r < 0.84 and head[0] == "0":  # Excel: the column was a number
        x = head.lstrip("0")
        if tail:
            return x + "-" + tail
        r2 = rnd()
        if r2 < 0.75:
            return x
        if r2 < 0.9:
            return x + ".0"
        return f"{int(x) / 10 ** (len(x) - 1):.5f}E+{len(x) - 1:02d}".replace("0E", "E")
    if r < 0.88 and tail:
        return head + rng.choice(("", " ", "/", "_")) + tail
    if r < 0.92:
        return f"{head[:2]} {head[2:]}" + (f"-{tail}" if tail else "")
    return code


def _tax_slip(code: str, src: int, rng: _Rng) -> str:
    head, sep, tail = code.partition("-")
    r = rng.random()
    i = rng.randrange(2, 10)
    if r < 0.45:  # one wrong digit
        d = rng.choice([c for c in "0123456789" if c != head[i]])
        head = head[:i] + d + head[i + 1 :]
    elif r < 0.7:  # two digits swapped
        i = min(i, 8)
        head = head[:i] + head[i + 1] + head[i] + head[i + 2 :]
    elif r < 0.85 or src != SURVEY:  # a digit lost
        head = head[:i] + head[i + 1 :]
    else:  # a digit too many
        head = head[:i] + rng.choice("0123456789") + head[i:]
    return head + sep + tail


# ----------------------------------------------------------------------------------------------
# Rendering: phones


def _fmt_land(area: str, sub: str, rng: _Rng, r: float) -> str:
    a0 = "0" + area
    if r < 0.18:
        return f"{a0}.{sub[:-3]}.{sub[-3:]}" if len(sub) == 7 else f"{a0}.{sub[:4]}.{sub[4:]}"
    if r < 0.36:
        return f"{a0} {sub}"
    if r < 0.46:
        return f"({a0}) {sub}"
    if r < 0.52:
        return f"({a0}) {sub[0]} {sub[1:4]} {sub[4:]}"
    if r < 0.6:
        return f"+84 {area} {sub}"
    if r < 0.66:
        return f"+84 (0){area} {sub}"
    if r < 0.7:
        return f"+84-{area}-{sub}"
    if r < 0.8:
        return a0 + sub
    if r < 0.84:
        return area + sub
    if r < 0.88:
        return sub if rng.random() < 0.5 else f"{sub[:3]}.{sub[3:]}"
    if r < 0.93:
        return f"{a0}.{sub}"
    if r < 0.97:
        fax = sub[:-1] + str((int(sub[-1]) + 1) % 10)
        return f"Tel: {a0} {sub} - Fax: {a0} {fax}"
    return f"ĐT: {a0}.{sub}"


def _contact(nsn: str) -> str:
    """The person behind a mobile number (the same name whenever that number is written)."""
    return _GIVEN[int(nsn[-4:]) % len(_GIVEN)]


def _fmt_mobile(nsn: str, rng: _Rng, contact: str, old: bool = False) -> str:
    if old and nsn[:2] in _OLD_MOBILE:
        nsn = _OLD_MOBILE[nsn[:2]] + nsn[2:]
    r = rng.random()
    z = "0" + nsn
    if r < 0.3:
        return z
    if r < 0.42:
        return f"{z[:4]} {z[4:7]} {z[7:]}"
    if r < 0.52:
        return f"{z[:4]}.{z[4:7]}.{z[7:]}"
    if r < 0.6:
        return f"{z[:4]}-{z[4:7]}-{z[7:]}"
    if r < 0.65:
        return "+84" + nsn
    if r < 0.69:
        return f"+84 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if r < 0.74:
        return "84" + nsn
    if r < 0.8:
        return nsn
    if r < 0.83:
        return f"(+84) {nsn}"
    if r < 0.88:
        return f"{z} ({rng.choice(('A.', 'anh', 'Mr', 'chị', 'C.', 'Ms'))} {contact})"
    if r < 0.92:
        return f"{rng.choice(('A.', 'Anh', 'Mr', 'Chị', 'Ms.'))} {contact}: {z[:4]}.{z[4:7]}.{z[7:]}"
    if r < 0.96:
        return f"{z[:3]} {z[3:6]} {z[6:]}"
    return f"{z[:4]} {z[4:]}"


def _fmt_hotline(h: str, rng: _Rng) -> str:
    r = rng.random()
    s = f"{h[:4]} {h[4:]}" if len(h) == 8 else f"{h[:4]} {h[4:6]} {h[6:8]} {h[8:]}"
    if r < 0.4:
        return "Hotline: " + s
    if r < 0.6:
        return s
    if r < 0.8:
        return h
    return f"{h[:4]}.{h[4:]}"


def _phone(e: _Ent, src: int, rng: _Rng, boards: dict) -> str:
    rnd = rng.random
    r = rnd()
    if src == SURVEY:
        if r < 0.2:
            return ""
        if e.agent and rnd() < 0.6:
            return _fmt_mobile(e.agent, rng, rng.choice(_GIVEN))
        r = rnd()
        if e.hotline and r < 0.15:
            return _fmt_hotline(e.hotline, rng)
        if r < 0.62 or e.land is None:
            i = rng.randrange(len(e.mobiles))
            s = _fmt_mobile(e.mobiles[i], rng, _contact(e.mobiles[i]))
            if len(e.mobiles) > 1 and rnd() < 0.08:
                s += rng.choice((" - ", " / ", "; ", ", ")) + "0" + e.mobiles[(i + 1) % len(e.mobiles)]
            return s
        s = _fmt_land(*e.land, rng, rnd())
        if rnd() < 0.06:
            s += " / 0" + e.mobiles[0]
        return s
    if src == PARK:
        if r < 0.6:
            return ""
        r = rnd()
        loc = e.factory or e.office
        if r < 0.15 and loc.park >= 0:  # the board's switchboard for its tenants
            area, sub = boards[(loc.prov, loc.park)]
            return _fmt_land(area, sub, rng, rnd())
        if e.hotline and r < 0.32:
            return _fmt_hotline(e.hotline, rng)
        if r < 0.75 and e.land is not None:
            return _fmt_land(*e.land, rng, rnd())
        return _fmt_mobile(e.mobiles[0], rng, _contact(e.mobiles[0]))
    if src == EVENT:
        if r < 0.09:
            return ""
        r = rnd()
        if e.hotline and r < 0.1:
            return _fmt_hotline(e.hotline, rng)
        if r < 0.93 or e.land is None:
            i = rng.randrange(len(e.mobiles))
            return _fmt_mobile(e.mobiles[i], rng, _contact(e.mobiles[i]))
        return _fmt_land(*e.land, rng, rnd())
    if src == CUSTOMS:
        if r < 0.74 or e.land is None:
            return ""
        area, sub = e.land
        r = rnd()
        if r < 0.4:
            return f"84-{area}-{sub}"
        if r < 0.7:
            return f"+84 {area} {sub}"
        return f"0{area}{sub}"
    # BANK: older records, old area codes and 11-digit mobiles
    if r < 0.46:
        return ""
    old = rnd() < 0.4
    if rnd() < 0.6 and e.land is not None:
        area, sub = e.land
        if old:
            area = _GEO[e.home][5] if area == _GEO[e.home][4] else area
        return _fmt_land(area, sub, rng, rnd() * 0.8 if rnd() < 0.8 else rnd())
    return _fmt_mobile(e.mobiles[0], rng, _contact(e.mobiles[0]), old=old)


# ----------------------------------------------------------------------------------------------
# Rendering: addresses


_UNITS: dict[tuple[str, str], tuple[str, tuple[str, ...], str, str]] = {}


def _unit(kind: str, name: str, style: int, rng: _Rng) -> str:
    """style 0 full Vietnamese, 1 abbreviated, 2 bare, 3 English."""
    u = _UNITS.get((kind, name))
    if u is None:
        full = f"{_KIND_FULL[kind]} {name}"
        abbr: list[str] = []
        for a in _KIND_ABBR[kind]:
            if a.endswith("."):
                abbr += [f"{a}{name}", f"{a} {name}", f"{a} {name}"]  # "P.Suối Hoa", "P. Suối Hoa"
            else:
                abbr.append(f"{a.rstrip()} {name}")
        p = _plain(name)
        en = f"{_KIND_EN[kind]} {p}" if p[0].isdigit() else f"{p} {_KIND_EN[kind]}"
        u = _UNITS[(kind, name)] = (full, tuple(abbr), full if name[0].isdigit() else name, en)
    if style == 1:
        return rng.choice(u[1])
    return u[style]


def _prov_unit(name: str, city: bool, style: int, rng: _Rng) -> str:
    if style == 3:
        if name == "Hà Nội":
            return rng.choice(("Hanoi", "Ha Noi City", "Hanoi City"))
        if name == "Hồ Chí Minh":
            return rng.choice(("Ho Chi Minh City", "HCMC", "HCM City"))
        return f"{_plain(name)} {'City' if city else 'Province'}"
    if name == "Hồ Chí Minh":
        return rng.choice(("TP. Hồ Chí Minh", "TP.HCM", "Tp. HCM", "thành phố Hồ Chí Minh", "TP Hồ Chí Minh"))
    if style == 0:
        return f"{'thành phố' if city else 'tỉnh'} {name}"
    if style == 1:
        r = rng.random()
        if city:
            return f"TP. {name}" if r < 0.5 else name
        return f"tỉnh {name}" if r < 0.3 else (f"T. {name}" if r < 0.4 else name)
    return name


def _line1(loc: _Loc, en: bool, rng: _Rng) -> str:
    rnd = rng.random
    k = loc.kind
    r = rnd()
    if k == "street":
        num, st = loc.a, loc.b
        if en:
            return f"No. {num}, {_plain(st)} Street" if r < 0.6 else f"{num} {_plain(st)} St."
        if r < 0.3:
            return f"Số {num}, đường {st}"
        if r < 0.55:
            return f"Số {num} {st}"
        if r < 0.8:
            return f"{num} {st}"
        if r < 0.9:
            return f"{num} đường {st}"
        return f"Số {num} phố {st}"
    if k == "village":
        if en:
            return (
                _plain(loc.a).replace("Thon ", "").replace("thon ", "") + " Village"
                if r < 0.5
                else _plain(loc.a)
            )
        return loc.a if r < 0.8 else loc.a.lower()
    if k == "road":
        km, road = loc.a, loc.b
        ql = road if road.startswith("TL") else f"QL{road}"
        if en:
            return f"Km {km}, National Road {road}" if r < 0.6 else f"Km{km}, Highway No.{road}"
        if r < 0.3:
            return f"Km {km}, {ql}"
        if r < 0.5:
            return f"Km{km} Quốc lộ {road}" if not road.startswith("TL") else f"Km{km} Tỉnh lộ {road[2:]}"
        if r < 0.7:
            return f"Km {km} {ql[:2]} {ql[2:]}"
        if r < 0.85:
            return f"Km {km}, Quốc lộ {road}" if not road.startswith("TL") else f"Km {km}, ĐT{road[2:]}"
        return f"Km {km} - {ql}"
    # park
    g = _GEO[loc.prov]
    pk, pname, _, _ = g[8][loc.park]
    lot = loc.a
    if lot.startswith("CN") and rnd() < 0.4:
        lot = "CN-" + lot[2:] if rnd() < 0.6 else "CN" + lot[2:].lstrip("0")
    elif "-" in lot and rnd() < 0.3:
        lot = lot.replace("-", ".")
    if en:
        pp = _plain(pname)
        if pk == "KCX":
            park = f"{pp} {rng.choice(('Export Processing Zone', 'EPZ'))}"
        elif pk == "CCN":
            park = f"{pp} Industrial Cluster"
        else:
            park = (
                f"{pp} {rng.choice(('Industrial Park', 'Industrial Park', 'IP', 'Industrial Zone', 'I.Z'))}"
            )
        lead = f"{rng.choice(('Lot', 'Lot', 'Plot', 'Lot No.'))} {lot}, {park}"
        if loc.bldg and rnd() < 0.6:
            lead = f"Factory No. {loc.bldg}, {lead}"
        return lead
    if pk == "KCX":
        park = f"{rng.choice(('KCX', 'Khu chế xuất'))} {pname}"
    elif pk == "CCN":
        park = f"{rng.choice(('CCN', 'Cụm công nghiệp', 'Cụm CN'))} {pname}"
    else:
        rp = rnd()
        park = (
            f"KCN {pname}"
            if rp < 0.5
            else f"Khu công nghiệp {pname}"
            if rp < 0.75
            else pname
            if rp < 0.88
            else f"KCN. {pname}"
            if rp < 0.94
            else f"K.C.N {pname}"
        )
    r = rnd()
    lead = (
        f"Lô {lot}, {park}"
        if r < 0.6
        else (f"Lô {lot} {park}" if r < 0.8 else (f"{park}, lô {lot}" if r < 0.9 else f"lô {lot} - {park}"))
    )
    if loc.bldg and rnd() < 0.6:
        lead = f"{rng.choice(('Nhà xưởng số', 'Xưởng số', 'Nhà xưởng', 'Xưởng'))} {loc.bldg}, {lead}"
    return lead


def _address(loc: _Loc, src: int, rng: _Rng) -> str:
    rnd = rng.random
    g = _GEO[loc.prov]
    name, city, _abbr, _, _, _, new_prov, dists, _, _ = g
    dkind, dname, dprev, wards = dists[loc.di]
    wk, wn, nk, nn = wards[loc.wi]
    r = rnd()
    # the era: 0 old full, 1 old abbreviated, 2 new (2025), 3 mixed, 4 short, 5 English
    if src == BANK:
        era = 0 if r < 0.6 else (1 if r < 0.92 else 3)
    elif src == CUSTOMS:
        era = 1 if r < 0.5 else (5 if r < 0.9 else 2)
    elif src == PARK:
        era = 0 if r < 0.28 else (1 if r < 0.5 else (2 if r < 0.75 else (5 if r < 0.92 else 4)))
    elif src == EVENT:
        era = 4 if r < 0.7 else (1 if r < 0.85 else 2)
    else:
        era = 1 if r < 0.35 else (0 if r < 0.55 else (2 if r < 0.78 else (3 if r < 0.88 else 4)))
    if src == BANK and rnd() < 0.5:
        dkind = dprev  # the district before it became a town or city
    parts: list[str]
    if era == 4:
        r = rnd()
        if r < 0.35:
            parts = [name]
        elif r < 0.6:
            parts = [dname, name]
        elif r < 0.75:
            parts = [_unit(dkind, dname, 1, rng), name]
        elif r < 0.9 and loc.kind == "park":
            parts = [_line1(loc, False, rng), name]
        else:
            parts = [_unit(wk, wn, 2, rng), dname, _abbr if rnd() < 0.5 else name]
        s = ", ".join(parts) if rnd() < 0.8 else " - ".join(parts)
    elif era == 5:
        parts = [
            _line1(loc, True, rng),
            _unit(wk, wn, 3, rng),
            _unit(dkind, dname, 3, rng),
            _prov_unit(name, city, 3, rng),
        ]
        if rnd() < 0.3:
            del parts[1]
        if rnd() < 0.5:
            parts.append("Vietnam" if rnd() < 0.7 else "Viet Nam")
        s = ", ".join(parts)
    else:
        line = _line1(loc, False, rng)
        new_city = new_prov in _NEW_CITY
        if era == 0:
            parts = [line, _unit(wk, wn, 0, rng), _unit(dkind, dname, 0, rng), _prov_unit(name, city, 0, rng)]
        elif era == 1:
            st = 1 if rnd() < 0.75 else 2
            parts = [
                line,
                _unit(wk, wn, st, rng),
                _unit(dkind, dname, st, rng),
                _prov_unit(name, city, 1, rng),
            ]
            if rnd() < 0.15:
                del parts[1]
        elif era == 2:
            st = 0 if rnd() < 0.6 else 1
            parts = [line, _unit(nk, nn, st, rng), _prov_unit(new_prov, new_city, st, rng)]
        else:  # people mixing the two maps
            if rnd() < 0.5:
                parts = [
                    line,
                    _unit(nk, nn, 1, rng),
                    _unit(dkind, dname, 1, rng),
                    _prov_unit(name, city, 1, rng),
                ]
            else:
                parts = [line, _unit(wk, wn, 1, rng), _prov_unit(new_prov, new_city, 1, rng)]
        if rnd() < 0.06:
            parts.append("Việt Nam")
        s = ", ".join(parts)
        if rnd() < 0.05:
            s = s.replace(", ", " - ")
    if src == CUSTOMS:
        return _plain(s).upper()
    typo, nodia, upper, nfd = _ADDR_NOISE[src]
    if rnd() < typo:
        s = _on_word(s, rng, _typo)
    if rnd() < nodia:
        s = _plain(s)
    if rnd() < upper:
        s = s.upper()
    if rnd() < nfd:
        s = unicodedata.normalize("NFD", s)
    return s


# ----------------------------------------------------------------------------------------------
# Sources and records

# source weights: domestic with a park plant, domestic without, FDI
_SRC = (SURVEY, PARK, EVENT, CUSTOMS, BANK)
_SRC_CUM = {
    "dp": _cum((0.28, 0.2, 0.22, 0.08, 0.22)),
    "d": _cum((0.36, 0.0, 0.27, 0.06, 0.31)),
    "f": _cum((0.22, 0.34, 0.14, 0.2, 0.1)),
}
_TAX_MISSING = {SURVEY: 0.5, PARK: 0.47, EVENT: 0.96, CUSTOMS: 0.03, BANK: 0.07}
_ADDR_MISSING = {SURVEY: 0.14, PARK: 0.02, EVENT: 0.45, CUSTOMS: 0.05, BANK: 0.01}


def _row(e: _Ent, src: int, rng: _Rng, boards: dict) -> dict:
    rnd = rng.random
    name = _name(e, src, rng)
    tax = "" if rnd() < _TAX_MISSING[src] else _tax(e.tax, src, rng, e)
    phone = _phone(e, src, rng, boards)
    if rnd() < _ADDR_MISSING[src]:
        addr = ""
    else:
        if src == PARK:
            loc = e.factory
        elif src == BANK:
            loc = e.office
        elif e.factory is not None and rnd() < 0.5:
            loc = e.factory
        else:
            loc = e.office
        addr = _address(loc, src, rng)
    return {"id": "", "name": name, "tax_code": tax, "address": addr, "phone": phone, "truth": e.key}


def records(n: int, seed: int = 0) -> list[dict]:
    """``n`` messy labelled enterprise rows from five merged lists (see the module docstring)."""
    if n <= 0:
        return []
    enabled = gc.isenabled()
    gc.disable()  # millions of small objects, no cycles worth collecting: the collector only costs time
    try:
        return _records(n, seed)
    finally:
        if enabled:
            gc.enable()


def _records(n: int, seed: int) -> list[dict]:
    rng = _Rng(f"gen_survey/{n}/{seed}")
    world = _World(rng, n)
    ents: list[_Ent] = []
    total = 0
    while total < n:
        for e in world.spawn():
            e.size = world.size(0.35 if e.fdi else 0.0)
            if e.name.kind == "br" and e.size > 3 and rng.random() < 0.5:
                e.size = rng.randrange(1, 4)
            ents.append(e)
            total += e.size
    rows: list[dict] = []
    pick = world.pick
    boards = world.boards
    left = n
    for e in ents:
        if left <= 0:
            break
        cum = _SRC_CUM["f" if e.fdi else ("dp" if e.factory is not None else "d")]
        for _ in range(min(e.size, left)):
            rows.append(_row(e, pick(_SRC, cum), rng, boards))
        left -= e.size
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"s{i:07d}"
    return rows


if __name__ == "__main__":  # pragma: no cover
    import sys

    for row in records(
        int(sys.argv[1]) if len(sys.argv) > 1 else 30, int(sys.argv[2]) if len(sys.argv) > 2 else 0
    ):
        print(row)
