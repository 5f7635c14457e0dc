"""ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number: firm names are random
combinations of syllables and words (a stop-list keeps well-known groups out; any coincidence with a registered name
is accidental), tax codes are random digits with a valid check digit, telephone numbers are random digits inside
the real numbering plans. Communes, districts, industrial parks, clusters and streets are real; village names and
lot numbers are invented.

Held-out entity-resolution data for lienket, written without reading the resolver: lists of supporting-industry
(CNHT) suppliers that a Department of Industry and Trade in the north has to merge.

Scenario
    The new Bắc Ninh province after the 1 July 2025 merger (old Bắc Ninh + old Bắc Giang; two-level government,
    districts abolished, communes merged and renamed), an electronics supply-chain hub: mechanical parts, moulds,
    plastic injection, PCB/SMT, cables and wire harness, packaging (carton, foam, trays), labels and printing,
    chemicals, tooling, stamping, plating, logistics. Firms sit in the industrial parks Yên Phong I/II-C, Quế Võ
    I/II/III, VSIP Bắc Ninh, Tiên Sơn, Đại Đồng - Hoàn Sơn, Thuận Thành II/III, Nam Sơn - Hạp Lĩnh, Quang Châu,
    Vân Trung, Đình Trám, Song Khê - Nội Hoàng, Hòa Phú, in clusters (CCN Khắc Niệm, Phong Khê, Khúc Xuyên, Đông
    Thọ, Mả Ông, Mẫn Xá - Văn Môn, Châu Minh, Đa Hội, Phú Lâm), on town streets or in villages (thôn, xóm, khu).
    Enterprises (share of enterprises): domestic 66 %, fdi_kr 18 % Korean (romanised names with "Vina" / "Việt
    Nam", spacing varies), fdi_cn 8.1 % Chinese (Hán-Việt registered names vs pinyin English and brand names),
    fdi_tw 3.6 % Taiwanese/HK (Wade-Giles), fdi_jp 2.4 % Japanese, fdi_ot 1.6 % others. outside 6.2 % are
    registered outside the province (Hà Nội: Đông Anh, Sóc Sơn, Gia Lâm; Hải Phòng, Thái Nguyên, Vĩnh Phúc/Phú
    Thọ) and appear because they supply or own branches here; new_firm 3.6 % were founded after the merger
    (prefix 23, new addresses only). Tax codes: 10 digits with the mod-11 check digit and the
    province prefix of registration (Bắc Ninh 23, Bắc Giang 24, Hà Nội 01, Hải Phòng 02, Thái Nguyên 46, Vĩnh Phúc
    25), branches XXXXXXXXXX-00n. Names are unique per (new) province among unrelated firms, except the namesake
    cases below; the name pool grows with n (1,000,000 records: about 432,000 enterprises).
    Records per enterprise: 1..8, mean 2.31, singletons about 40 %.

Sources (share of records; the id is "<source>-<number>")
    thue  18 %  tax department list: registered name in capitals with diacritics, clean 10/13-digit codes,
                registered (mostly pre-2025) address, registered phone (sometimes an accounting service's).
    avl   18 %  FDI buyers' approved-vendor lists: English names ("Co., Ltd", JSC), no diacritics, vendor codes in
                the name cell, English plant addresses ("Lot C5, Yen Phong IP, ..."), sales contacts, +84.
    pccc  11 %  environmental-permit / fire-safety inspection lists: the plant or project instead of the firm
                ("Nhà máy X 2", "Xưởng sản xuất số 2 - Cty TNHH X"), addresses by lot.
    cnht  13 %  CNHT programme application forms typed by the firms: free text, typos, lost diacritics, NFD,
                several phones, director's mobile, e-mail in the phone cell, "MST:" prefixes.
    vcci  12 %  VCCI / association directory: abbreviations (CTCP, Cty TNHH MTV, TM&DV, SX-TM, XNK), names cut
                at 50 characters by the directory's field, landlines, older area codes.
    web   18 %  web / Yellow Pages scrapes: brand names, English/Vietnamese mixed, Title Case, 1900/1800 hotlines,
                pre-2017 area codes (0241, 0240, 04, 031, 0280), old 11-digit mobiles.
    word  10 %  a district report typed in Word before 2025 and pasted into Excel: row numbers in the name, cells
                merged or shifted (MST inside the name, phone inside the address, the address in the tax cell).

Addresses (share of records): addr_pre 49.3 % before 2025 (xã/phường/thị trấn, huyện/thị xã/thành phố, tỉnh
    Bắc Ninh or Bắc Giang); addr_post 27.2 % after (new commune or ward + tỉnh Bắc Ninh, also for old Bắc Giang
    places); addr_mixed 13.3 % (new ward with an old district, old ward with the new province, new ward with "Bắc
    Giang"); addr_en 13.1 % of all records are in English (counted in their era too); addr_short 3.0 % give only
    the park ("KCN Quế Võ, Bắc Ninh").

Hard cases (share of enterprises)
    sister              4.0 %  firms of one group: one brand and one lot or building, different tax codes
    namesake_province   3.1 %  one legal name registered in Bắc Ninh/Bắc Giang and in another province
    namesake_form       2.0 %  unrelated firms whose names differ only by legal form (TNHH / CP / MTV / DNTN)
    branch              3.0 %  dependent branches (13-digit code) - each its own enterprise; "Chi nhánh ...
                               tại Bắc Ninh", or only the head office's name on some buyer lists
    branch_parent       2.2 %  the head offices of those branches present in the data
    renamed             3.0 %  renamed or converted firms keeping their tax code, old name on some records
    moved               3.0 %  firms that moved between parks, old lot on some records
    shared_lot          2.4 %  unrelated firms in one ready-built factory lot with the landlord's phone
    shared_phone        3.1 %  unrelated small firms filing with one accounting-service phone
Hard cases (share of records)
    parent_code          0.56 %  a branch record giving only the head office's 10-digit code (never the tax list)
    old_name             1.6 %   a renamed firm under its former name
    old_address          1.6 %   a moved firm at its former lot
    plant_name           5.0 %   a plant, workshop or project name instead of the firm's
    plant_no_brand       0.40 %  ... with no trace of the firm's name ("Xưởng sản xuất số 2")
    en_translation       7.8 %   a Vietnamese firm's English name, business line translated and moved
                                 ("Cơ khí Chính xác Đông Á" = "Dong A Precision Mechanical Co., Ltd")
    en_proper_translated 0.21 %  ... the proper name translated too ("Hoàng Gia" = "Royal")
    brand_name           9.0 %   a web brand instead of the legal name ("Bao bì Hưng Phát", "Yulsan Vina")
    hanviet_pinyin       2.7 %   a Chinese/Taiwanese firm in the other script (Hán-Việt vs pinyin / Wade-Giles)
    korean_variant       3.0 %   a Korean name spaced or romanised otherwise ("Yul San", "YulSan", Sung/Seong)
    abbreviation         5.5 %   abbreviated line or initials ("Cty CP TM DV XNK Hưng Phát", "HPPM Co., Ltd")
    cut_name             1.3 %   a name cut at 50 characters (vcci)
    vendor_code          4.4 %   a buyer's vendor code in the name cell (avl)
    row_number           1.05 %  a row number in the name cell (word)
    column_shift         2.5 %   shifted or merged cells (word)
    landlord_phone       1.07 %  the landlord's phone on a shared-lot firm's record
    service_phone        0.93 %  the accounting-service phone on a shared-phone firm's record

Noise (share of records)
    names      typo 5.1 % (slips, Telex residue "DDoong", wrong tone), no_diacritics 7.1 %, upper 5.8 % (ALL
               CAPS besides the tax list's habit), nfd 1.5 %, mojibake 0.23 % (UTF-8 read as cp1252),
               spacing 4.5 %
    tax codes  tax_empty 30.5 %, tax_formatted 3.5 % (spaces, dots, dashes), tax_prefix 5.5 % ("MST:"),
               tax_lost_zero 0.26 %, tax_scientific 0.79 % (Excel), tax_mistyped 1.28 % (a digit changed
               or two swapped: the check digit fails)
    phones     phone_empty 11.1 %, phone_plus84 6.4 %, phone_lost_zero 2.17 %, phone_old_mobile 2.82 % (the
               11-digit number before 2018), phone_old_area 5.5 % (before 2017), phone_multi 9.3 %, phone_ext
               0.73 % ("máy lẻ"), phone_email 1.64 %, phone_hotline 0.26 %
    addresses  addr_empty 7.2 %, addr_no_diacritics 3.9 %

labelled(n, seed) returns the records with, for each, the tuple of these tags (enterprise tags are repeated on
every record of the enterprise); SHARES holds the numbers above. Usage:
    python bench/data/resolve/gen_north.py 20000 [seed]
"""

from __future__ import annotations

import sys
import time
import unicodedata
from bisect import bisect
from itertools import accumulate
from random import Random

SOURCES = ("thue", "avl", "pccc", "cnht", "vcci", "web", "word")
SOURCE_SHARES = {"thue": 0.18, "avl": 0.177, "pccc": 0.112, "cnht": 0.128, "vcci": 0.12, "web": 0.18, "word": 0.103}

# documented shares: tag -> (basis, share); basis "enterprise" = share of distinct truths, "record" = of records
SHARES = {
    "domestic": ("enterprise", 0.66), "fdi_kr": ("enterprise", 0.18), "fdi_cn": ("enterprise", 0.081),
    "fdi_tw": ("enterprise", 0.036), "fdi_jp": ("enterprise", 0.024), "fdi_ot": ("enterprise", 0.016),
    "outside": ("enterprise", 0.062), "new_firm": ("enterprise", 0.036),
    "sister": ("enterprise", 0.040), "namesake_province": ("enterprise", 0.031),
    "namesake_form": ("enterprise", 0.020), "branch": ("enterprise", 0.030), "branch_parent": ("enterprise", 0.022),
    "renamed": ("enterprise", 0.030), "moved": ("enterprise", 0.030), "shared_lot": ("enterprise", 0.024),
    "shared_phone": ("enterprise", 0.031),
    "parent_code": ("record", 0.0056), "old_name": ("record", 0.016), "old_address": ("record", 0.016),
    "plant_name": ("record", 0.050), "plant_no_brand": ("record", 0.0040), "en_translation": ("record", 0.078),
    "en_proper_translated": ("record", 0.0021), "brand_name": ("record", 0.090), "hanviet_pinyin": ("record", 0.027),
    "korean_variant": ("record", 0.030), "abbreviation": ("record", 0.055), "cut_name": ("record", 0.013),
    "vendor_code": ("record", 0.044), "row_number": ("record", 0.0105), "column_shift": ("record", 0.025),
    "landlord_phone": ("record", 0.0107), "service_phone": ("record", 0.0093),
    "typo": ("record", 0.051), "no_diacritics": ("record", 0.071), "upper": ("record", 0.058),
    "nfd": ("record", 0.015), "mojibake": ("record", 0.0023), "spacing": ("record", 0.045),
    "tax_empty": ("record", 0.305), "tax_formatted": ("record", 0.035), "tax_prefix": ("record", 0.055),
    "tax_lost_zero": ("record", 0.0026), "tax_scientific": ("record", 0.0079), "tax_mistyped": ("record", 0.0128),
    "phone_empty": ("record", 0.111), "phone_plus84": ("record", 0.064), "phone_lost_zero": ("record", 0.0217),
    "phone_old_mobile": ("record", 0.0282), "phone_old_area": ("record", 0.055), "phone_multi": ("record", 0.093),
    "phone_ext": ("record", 0.0073), "phone_email": ("record", 0.0164), "phone_hotline": ("record", 0.0026),
    "addr_empty": ("record", 0.072), "addr_pre": ("record", 0.493), "addr_post": ("record", 0.272),
    "addr_mixed": ("record", 0.133), "addr_en": ("record", 0.131), "addr_short": ("record", 0.030),
    "addr_no_diacritics": ("record", 0.039),
}

# ---------------------------------------------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------------------------------------------

_VN_LOW = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"


def _fold_map() -> dict[int, str]:
    table = {}
    for ch in _VN_LOW + _VN_LOW.upper():
        table[ord(ch)] = unicodedata.normalize("NFD", ch)[0]
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    return table


_FOLD = str.maketrans(_fold_map())


def fold(text: str) -> str:
    """Vietnamese letters without diacritics ('Đông Á' -> 'Dong A')."""
    return text.translate(_FOLD)


def _key(text: str) -> str:
    """Register key of a name core: folded, lower case, letters and digits only, country suffix dropped."""
    low = fold(text).lower()
    for tail in ("(viet nam)", "(vietnam)", "viet nam", "vietnam", "vina"):
        if low.endswith(tail):
            low = low[: -len(tail)]
            break
    return "".join(ch for ch in low if ch.isalnum())


_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def _telex(word: str) -> str:
    """A word as typed with the Vietnamese input method switched off ('Đông' -> 'DDoong', 'Phát' -> 'Phats')."""
    out = []
    tone = ""
    for ch in word:
        if ch == "đ":
            out.append("dd")
            continue
        if ch == "Đ":
            out.append("DD")
            continue
        parts = unicodedata.normalize("NFD", ch)
        base = parts[0]
        for mark in parts[1:]:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark == "\u0302":
                base = base + base.lower()
            elif mark in ("\u0306", "\u031b"):
                base = base + "w"
        out.append(base)
    return "".join(out) + tone


def _retone(word: str, rng: Random) -> str:
    """The same word with a wrong tone mark on one vowel."""
    spots = []
    for i, ch in enumerate(word):
        parts = unicodedata.normalize("NFD", ch)
        if parts[0].lower() in "aeiouy":
            spots.append(i)
    if not spots:
        return word
    i = rng.choice(spots)
    parts = unicodedata.normalize("NFD", word[i])
    shape = "".join(m for m in parts[1:] if m not in _TONES)
    old = "".join(m for m in parts[1:] if m in _TONES)
    choices = [t for t in ("", *_TONES) if t != old]
    new = unicodedata.normalize("NFC", parts[0] + shape + rng.choice(choices))
    return word[:i] + new + word[i + 1 :]


_NEAR = {}
for _row in ("qwertyuiop", "asdfghjkl", "zxcvbnm"):
    for _i, _c in enumerate(_row):
        _NEAR[_c] = (_row[_i - 1] if _i else "") + (_row[_i + 1] if _i + 1 < len(_row) else "")


def _typo(text: str, rng: Random) -> str:
    """One typing slip in one of the last words: drop, double, swap, neighbour key, Telex residue or wrong tone."""
    words = text.split(" ")
    cands = [i for i in range(max(0, len(words) - 4), len(words)) if sum(c.isalpha() for c in words[i]) >= 3]
    if not cands:
        cands = [i for i, w in enumerate(words) if w]
        if not cands:
            return text
    wi = rng.choice(cands)
    w = words[wi]
    r = rng.random()
    plain = w == fold(w)
    if r < 0.15 and not plain:
        new = _telex(w)
    elif r < 0.30 and not plain:
        new = _retone(w, rng)
    else:
        letters = [i for i, c in enumerate(w) if c.isalpha()]
        i = rng.choice(letters) if letters else 0
        r = rng.random()
        if r < 0.3:
            new = w[:i] + w[i + 1 :]
        elif r < 0.5:
            new = w[:i] + w[i] + w[i:]
        elif r < 0.75 and i + 1 < len(w):
            new = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        else:
            near = _NEAR.get(fold(w[i]).lower(), "")
            new = w[:i] + (rng.choice(near) if near else "x") + w[i + 1 :]
    if new == w:
        new = w[:-1] if len(w) > 1 else w + w
    words[wi] = new
    return " ".join(words)


def _cp1252_table() -> list[str]:
    table = []
    for b in range(256):
        try:
            table.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            table.append(chr(b))
    return table


_CP1252 = _cp1252_table()


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 ('Bắc Ninh' -> 'Báº¯c Ninh')."""
    return "".join(_CP1252[b] for b in text.encode("utf-8"))


def _title(text: str) -> str:
    """Web-style Title Case: every word capitalised, acronyms kept."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


# ---------------------------------------------------------------------------------------------------------------
# tax codes (mã số thuế / mã số doanh nghiệp)
# ---------------------------------------------------------------------------------------------------------------

_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(first9: str) -> int | None:
    """Mod-11 check digit of a tax code; None when the nine digits admit none (10 - sum % 11 == 10)."""
    total = 0
    for w, c in zip(_WEIGHTS, first9, strict=True):
        total += w * (ord(c) - 48)
    c = 10 - total % 11
    return c if c < 10 else None


def tax_valid(code: str) -> bool:
    """True when the first ten characters are digits carrying a correct check digit."""
    head = code[:10]
    return len(head) == 10 and head.isdigit() and check_digit(head[:9]) == ord(head[9]) - 48


# ---------------------------------------------------------------------------------------------------------------
# provinces, telephone plans
# ---------------------------------------------------------------------------------------------------------------

# code: (name, kind, tax prefix, area code since 2017, area code before, subscriber digits, new province (2025))
_PROV = {
    "BN": ("Bắc Ninh", "tỉnh", "23", "0222", "0241", 7, ("tỉnh", "Bắc Ninh")),
    "BG": ("Bắc Giang", "tỉnh", "24", "0204", "0240", 7, ("tỉnh", "Bắc Ninh")),
    "HN": ("Hà Nội", "thành phố", "01", "024", "04", 8, ("thành phố", "Hà Nội")),
    "HP": ("Hải Phòng", "thành phố", "02", "0225", "031", 7, ("thành phố", "Hải Phòng")),
    "TN": ("Thái Nguyên", "tỉnh", "46", "0208", "0280", 7, ("tỉnh", "Thái Nguyên")),
    "VP": ("Vĩnh Phúc", "tỉnh", "25", "0211", "0211", 7, ("tỉnh", "Phú Thọ")),
}

# mobile prefixes since the 2018 switch (with the 11-digit prefix they replaced), weight
_MOBILE = [
    ("086", "", 3), ("096", "", 6), ("097", "", 7), ("098", "", 7),
    ("032", "0162", 2), ("033", "0163", 3), ("034", "0164", 3), ("035", "0165", 3),
    ("036", "0166", 3), ("037", "0167", 3), ("038", "0168", 3), ("039", "0169", 3),
    ("088", "", 2), ("091", "", 6), ("094", "", 4), ("081", "0127", 1), ("082", "0129", 1),
    ("083", "0123", 1), ("084", "0124", 1), ("085", "0125", 1),
    ("089", "", 2), ("090", "", 5), ("093", "", 3), ("070", "0120", 1), ("079", "0121", 1),
    ("077", "0122", 1), ("076", "0126", 1), ("078", "0128", 1),
    ("092", "", 1), ("056", "0186", 1), ("058", "0188", 1), ("059", "0199", 1),
]
_MOBILE_CUM = list(accumulate(w for _, _, w in _MOBILE))


# ---------------------------------------------------------------------------------------------------------------
# geography: old (before 1 July 2025) commune -> new commune, districts, parks and clusters
# ---------------------------------------------------------------------------------------------------------------

# district key: (province, kind(s) newest first, name, English kind(s))
_DIST = {
    "tpbn": ("BN", ("thành phố",), "Bắc Ninh"),
    "tuson": ("BN", ("thành phố", "thị xã"), "Từ Sơn"),
    "yenphong": ("BN", ("huyện",), "Yên Phong"),
    "quevo": ("BN", ("thị xã", "huyện"), "Quế Võ"),
    "tiendu": ("BN", ("huyện",), "Tiên Du"),
    "thuanthanh": ("BN", ("thị xã", "huyện"), "Thuận Thành"),
    "giabinh": ("BN", ("huyện",), "Gia Bình"),
    "luongtai": ("BN", ("huyện",), "Lương Tài"),
    "tpbg": ("BG", ("thành phố",), "Bắc Giang"),
    "yendung": ("BG", ("thành phố", "huyện"), "Bắc Giang|Yên Dũng"),
    "vietyen": ("BG", ("thị xã", "huyện"), "Việt Yên"),
    "hiephoa": ("BG", ("huyện",), "Hiệp Hòa"),
    "langgiang": ("BG", ("huyện",), "Lạng Giang"),
    "tanyen": ("BG", ("huyện",), "Tân Yên"),
    "lucnam": ("BG", ("huyện",), "Lục Nam"),
    "yenthe": ("BG", ("huyện",), "Yên Thế"),
    "donganh": ("HN", ("huyện",), "Đông Anh"),
    "socson": ("HN", ("huyện",), "Sóc Sơn"),
    "gialam": ("HN", ("huyện",), "Gia Lâm"),
    "anduong": ("HP", ("huyện",), "An Dương"),
    "thuynguyen": ("HP", ("thành phố", "huyện"), "Thủy Nguyên"),
    "phoyen": ("TN", ("thành phố", "thị xã"), "Phổ Yên"),
    "songcong": ("TN", ("thành phố",), "Sông Công"),
    "phubinh": ("TN", ("huyện",), "Phú Bình"),
    "binhxuyen": ("VP", ("huyện",), "Bình Xuyên"),
    "vinhyen": ("VP", ("thành phố",), "Vĩnh Yên"),
    "phucyen": ("VP", ("thành phố",), "Phúc Yên"),
}

# district | old kind | old name | older kind ('' = same) | new kind | new name | u(rban) / r(ural)
_PLACES_TXT = """
tpbn|Phường|Suối Hoa||Phường|Kinh Bắc|u
tpbn|Phường|Kinh Bắc||Phường|Kinh Bắc|u
tpbn|Phường|Tiền Ninh Vệ||Phường|Kinh Bắc|u
tpbn|Phường|Khúc Xuyên||Phường|Kinh Bắc|u
tpbn|Phường|Vạn An||Phường|Kinh Bắc|u
tpbn|Phường|Võ Cường||Phường|Võ Cường|u
tpbn|Phường|Đại Phúc||Phường|Võ Cường|u
tpbn|Phường|Phong Khê|Xã|Phường|Võ Cường|u
tpbn|Phường|Vũ Ninh||Phường|Vũ Ninh|u
tpbn|Phường|Đáp Cầu||Phường|Vũ Ninh|u
tpbn|Phường|Thị Cầu||Phường|Vũ Ninh|u
tpbn|Phường|Kim Chân|Xã|Phường|Vũ Ninh|u
tpbn|Phường|Vân Dương|Xã|Phường|Nam Sơn|u
tpbn|Phường|Nam Sơn|Xã|Phường|Nam Sơn|r
tpbn|Phường|Khắc Niệm|Xã|Phường|Hạp Lĩnh|u
tpbn|Phường|Hạp Lĩnh|Xã|Phường|Hạp Lĩnh|r
tuson|Phường|Đông Ngàn||Phường|Từ Sơn|u
tuson|Phường|Tân Hồng||Phường|Từ Sơn|u
tuson|Phường|Đình Bảng||Phường|Từ Sơn|u
tuson|Phường|Phù Chẩn|Xã|Phường|Từ Sơn|r
tuson|Phường|Đồng Kỵ||Phường|Đồng Nguyên|u
tuson|Phường|Trang Hạ||Phường|Đồng Nguyên|u
tuson|Phường|Đồng Nguyên||Phường|Đồng Nguyên|u
tuson|Phường|Hương Mạc|Xã|Phường|Phù Khê|r
tuson|Phường|Phù Khê|Xã|Phường|Phù Khê|r
tuson|Phường|Châu Khê||Phường|Phù Khê|u
tuson|Phường|Tam Sơn|Xã|Phường|Tam Sơn|r
tuson|Phường|Tương Giang|Xã|Phường|Tam Sơn|r
yenphong|Thị trấn|Chờ||Xã|Yên Phong|u
yenphong|Xã|Đông Tiến||Xã|Yên Phong|r
yenphong|Xã|Trung Nghĩa||Xã|Yên Phong|r
yenphong|Xã|Long Châu||Xã|Yên Phong|r
yenphong|Xã|Tam Đa||Xã|Tam Đa|r
yenphong|Xã|Thụy Hòa||Xã|Tam Đa|r
yenphong|Xã|Đông Phong||Xã|Tam Đa|r
yenphong|Xã|Tam Giang||Xã|Tam Giang|r
yenphong|Xã|Hòa Tiến||Xã|Tam Giang|r
yenphong|Xã|Yên Phụ||Xã|Văn Môn|r
yenphong|Xã|Văn Môn||Xã|Văn Môn|r
yenphong|Xã|Đông Thọ||Xã|Văn Môn|r
yenphong|Xã|Dũng Liệt||Xã|Yên Trung|r
yenphong|Xã|Yên Trung||Xã|Yên Trung|r
quevo|Phường|Phố Mới|Thị trấn|Phường|Quế Võ|u
quevo|Phường|Bằng An|Xã|Phường|Quế Võ|r
quevo|Phường|Quế Tân|Xã|Phường|Quế Võ|r
quevo|Phường|Việt Hùng|Xã|Phường|Quế Võ|r
quevo|Phường|Phương Liễu|Xã|Phường|Phương Liễu|r
quevo|Phường|Phượng Mao|Xã|Phường|Phương Liễu|r
quevo|Xã|Việt Thống||Phường|Nhân Hòa|r
quevo|Phường|Đại Xuân|Xã|Phường|Nhân Hòa|r
quevo|Phường|Nhân Hòa|Xã|Phường|Nhân Hòa|r
quevo|Phường|Phù Lương|Xã|Phường|Đào Viên|r
quevo|Xã|Ngọc Xá||Phường|Đào Viên|r
quevo|Xã|Đào Viên||Phường|Đào Viên|r
quevo|Phường|Bồng Lai|Xã|Phường|Bồng Lai|r
quevo|Phường|Cách Bi|Xã|Phường|Bồng Lai|r
quevo|Xã|Châu Phong||Xã|Phù Lãng|r
quevo|Xã|Phù Lãng||Xã|Phù Lãng|r
quevo|Xã|Chi Lăng||Xã|Chi Lăng|r
tiendu|Thị trấn|Lim||Xã|Tiên Du|u
tiendu|Xã|Phú Lâm||Xã|Tiên Du|r
tiendu|Xã|Nội Duệ||Xã|Tiên Du|r
tiendu|Xã|Hoàn Sơn||Xã|Đại Đồng|r
tiendu|Xã|Đại Đồng||Xã|Đại Đồng|r
tiendu|Xã|Tri Phương||Xã|Đại Đồng|r
tiendu|Xã|Lạc Vệ||Xã|Tân Chi|r
tiendu|Xã|Tân Chi||Xã|Tân Chi|r
tiendu|Xã|Liên Bão||Xã|Liên Bão|r
tiendu|Xã|Việt Đoàn||Xã|Liên Bão|r
tiendu|Xã|Phật Tích||Xã|Phật Tích|r
tiendu|Xã|Cảnh Hưng||Xã|Phật Tích|r
thuanthanh|Phường|Hồ|Thị trấn|Phường|Thuận Thành|u
thuanthanh|Phường|Gia Đông|Xã|Phường|Thuận Thành|r
thuanthanh|Phường|Song Hồ|Xã|Phường|Thuận Thành|r
thuanthanh|Xã|Mão Điền||Phường|Mão Điền|r
thuanthanh|Phường|An Bình|Xã|Phường|Mão Điền|r
thuanthanh|Xã|Hoài Thượng||Phường|Mão Điền|r
thuanthanh|Phường|Trạm Lộ|Xã|Phường|Trạm Lộ|r
thuanthanh|Phường|Thanh Khương|Xã|Phường|Trí Quả|r
thuanthanh|Phường|Trí Quả|Xã|Phường|Trí Quả|r
thuanthanh|Phường|Xuân Lâm|Xã|Phường|Song Liễu|r
thuanthanh|Phường|Hà Mãn|Xã|Phường|Song Liễu|r
thuanthanh|Phường|Ninh Xá|Xã|Phường|Ninh Xá|r
giabinh|Thị trấn|Gia Bình||Xã|Gia Bình|u
giabinh|Xã|Đại Bái||Xã|Gia Bình|r
giabinh|Thị trấn|Nhân Thắng||Xã|Nhân Thắng|r
giabinh|Xã|Lãng Ngâm||Xã|Đông Cứu|r
luongtai|Thị trấn|Thứa||Xã|Lương Tài|u
luongtai|Xã|Trung Kênh||Xã|Trung Kênh|r
tpbg|Phường|Trần Phú||Phường|Bắc Giang|u
tpbg|Phường|Ngô Quyền||Phường|Bắc Giang|u
tpbg|Phường|Hoàng Văn Thụ||Phường|Bắc Giang|u
tpbg|Phường|Xương Giang||Phường|Bắc Giang|u
tpbg|Phường|Dĩnh Kế||Phường|Bắc Giang|u
tpbg|Phường|Đa Mai||Phường|Đa Mai|u
tpbg|Phường|Song Mai|Xã|Phường|Đa Mai|r
tpbg|Phường|Tân Mỹ|Xã|Phường|Đa Mai|r
tpbg|Phường|Song Khê|Xã|Phường|Tiền Phong|r
tpbg|Phường|Đồng Sơn|Xã|Phường|Tiền Phong|r
tpbg|Phường|Tân Tiến|Xã|Phường|Tân Tiến|r
yendung|Phường|Nội Hoàng|Xã|Phường|Tiền Phong|r
yendung|Phường|Tiền Phong|Xã|Phường|Tiền Phong|r
yendung|Phường|Hương Gián|Xã|Phường|Tân Tiến|r
yendung|Phường|Tân An|Thị trấn|Phường|Tân An|u
yendung|Phường|Nham Biền|Thị trấn|Phường|Yên Dũng|u
yendung|Phường|Cảnh Thụy|Xã|Phường|Cảnh Thụy|r
vietyen|Phường|Nếnh|Thị trấn|Phường|Nếnh|u
vietyen|Phường|Quang Châu|Xã|Phường|Nếnh|r
vietyen|Phường|Vân Trung|Xã|Phường|Nếnh|r
vietyen|Phường|Tăng Tiến|Xã|Phường|Nếnh|r
vietyen|Phường|Bích Động|Thị trấn|Phường|Việt Yên|u
vietyen|Phường|Hồng Thái|Xã|Phường|Việt Yên|r
vietyen|Xã|Minh Đức||Phường|Việt Yên|r
vietyen|Phường|Tự Lạn|Xã|Phường|Tự Lạn|r
vietyen|Xã|Hương Mai||Phường|Tự Lạn|r
vietyen|Xã|Vân Hà||Phường|Vân Hà|r
vietyen|Phường|Ninh Sơn|Xã|Phường|Vân Hà|r
hiephoa|Thị trấn|Thắng||Xã|Hiệp Hòa|u
hiephoa|Xã|Đông Lỗ||Xã|Hiệp Hòa|r
hiephoa|Xã|Lương Phong||Xã|Hiệp Hòa|r
hiephoa|Xã|Mai Đình||Xã|Xuân Cẩm|r
hiephoa|Xã|Hương Lâm||Xã|Xuân Cẩm|r
hiephoa|Xã|Châu Minh||Xã|Xuân Cẩm|r
hiephoa|Thị trấn|Bắc Lý||Xã|Xuân Cẩm|r
hiephoa|Xã|Hợp Thịnh||Xã|Hợp Thịnh|r
langgiang|Thị trấn|Vôi||Xã|Lạng Giang|u
langgiang|Thị trấn|Kép||Xã|Kép|u
langgiang|Xã|Tân Dĩnh||Xã|Tân Dĩnh|r
tanyen|Thị trấn|Cao Thượng||Xã|Tân Yên|u
lucnam|Thị trấn|Đồi Ngô||Xã|Lục Nam|u
yenthe|Thị trấn|Bố Hạ||Xã|Bố Hạ|u
donganh|Xã|Mai Lâm||Xã|Đông Anh|r
donganh|Xã|Vân Nội||Xã|Phúc Thịnh|r
donganh|Xã|Võng La||Xã|Thiên Lộc|r
donganh|Xã|Thụy Lâm||Xã|Thư Lâm|r
socson|Xã|Phù Lỗ||Xã|Sóc Sơn|r
socson|Xã|Minh Trí||Xã|Kim Anh|r
socson|Xã|Phú Cường||Xã|Nội Bài|r
gialam|Xã|Ninh Hiệp||Xã|Phù Đổng|r
gialam|Xã|Dương Xá||Xã|Gia Lâm|r
gialam|Xã|Kiêu Kỵ||Xã|Gia Lâm|r
anduong|Xã|Hồng Phong||Phường|An Phong|r
anduong|Xã|Nam Sơn||Phường|An Dương|r
thuynguyen|Phường|Lập Lễ|Xã|Phường|Nam Triệu|r
thuynguyen|Phường|Tam Hưng|Xã|Phường|Nam Triệu|r
phoyen|Phường|Đồng Tiến||Phường|Vạn Xuân|r
phoyen|Phường|Tân Phú|Xã|Phường|Trung Thành|r
phoyen|Phường|Ba Hàng||Phường|Phổ Yên|u
songcong|Phường|Bách Quang||Phường|Bách Quang|u
phubinh|Xã|Điềm Thụy||Xã|Điềm Thụy|r
binhxuyen|Xã|Thiện Kế||Xã|Bình Xuyên|r
binhxuyen|Thị trấn|Bá Hiến||Xã|Bình Tuyền|r
binhxuyen|Thị trấn|Hương Canh||Xã|Bình Nguyên|u
vinhyen|Phường|Khai Quang||Phường|Vĩnh Phúc|u
phucyen|Phường|Phúc Thắng||Phường|Phúc Yên|u
"""


class _Place:
    __slots__ = ("dist", "prov", "dkinds", "dname", "dname_old", "kind", "name", "kind_old", "nkind", "nname",
                 "urban", "nprov")

    def __init__(self, line: str) -> None:
        dist, kind, name, kind_old, nkind, nname, urban = line.split("|")
        prov, dkinds, dname = _DIST[dist]
        self.dist = dist
        self.prov = prov
        self.dkinds = dkinds
        self.dname, _, old = dname.partition("|")
        self.dname_old = old or self.dname
        self.kind = kind
        self.name = name
        self.kind_old = kind_old or kind
        self.nkind = nkind
        self.nname = nname
        self.urban = urban == "u"
        self.nprov = _PROV[prov][6]


_PLACES = [_Place(line) for line in _PLACES_TXT.strip().splitlines()]
_PLACE_AT = {(p.dist, p.name): p for p in _PLACES}

# key, VN names, English names, lot style, lot letters, places "dist:ward;...", weight, ready-built factories
_PARKS_TXT = (
    "yp1|KCN Yên Phong;KCN Yên Phong I;Khu công nghiệp Yên Phong;KCN Yên Phong 1|"
    "Yen Phong Industrial Park;Yen Phong IP;Yen Phong I IP;Yen Phong 1 Industrial Zone|letter|ABCDEK|"
    "yenphong:Long Châu;yenphong:Đông Phong;yenphong:Tam Giang;yenphong:Yên Trung|14|0",
    "yp2|KCN Yên Phong II-C;KCN Yên Phong 2C;KCN Yên Phong II;Khu công nghiệp Yên Phong II-C|"
    "Yen Phong II-C Industrial Park;Yen Phong 2C IP;Yen Phong II IP|cn||"
    "yenphong:Tam Giang;yenphong:Hòa Tiến;yenphong:Tam Đa|6|1",
    "qv1|KCN Quế Võ;KCN Quế Võ I;Khu công nghiệp Quế Võ;KCN Quế Võ 1|"
    "Que Vo Industrial Park;Que Vo IP;Que Vo I Industrial Zone|letter|ABCDEFK|"
    "quevo:Phương Liễu;quevo:Phượng Mao;tpbn:Nam Sơn;tpbn:Vân Dương|10|0",
    "qv2|KCN Quế Võ II;KCN Quế Võ 2;Khu công nghiệp Quế Võ II|Que Vo II Industrial Park;Que Vo 2 IP|cn||"
    "quevo:Ngọc Xá;quevo:Châu Phong;quevo:Phù Lương|3|1",
    "qv3|KCN Quế Võ III;KCN Quế Võ 3;Khu công nghiệp Quế Võ III|Que Vo III Industrial Park;Que Vo 3 IP|"
    "cn||quevo:Việt Hùng;quevo:Quế Tân;quevo:Bằng An|4|1",
    "vsip|KCN VSIP Bắc Ninh;VSIP Bắc Ninh;KCN Việt Nam - Singapore Bắc Ninh|"
    "VSIP Bac Ninh;VSIP Bac Ninh Industrial Park;Vietnam Singapore Industrial Park Bac Ninh|road||"
    "tuson:Phù Chẩn;tiendu:Đại Đồng|8|1",
    "ts|KCN Tiên Sơn;Khu công nghiệp Tiên Sơn|Tien Son Industrial Park;Tien Son IP|ts||"
    "tiendu:Hoàn Sơn;tiendu:Nội Duệ;tuson:Đồng Nguyên|7|0",
    "ddhs|KCN Đại Đồng - Hoàn Sơn;KCN Đại Đồng Hoàn Sơn;Khu công nghiệp Đại Đồng - Hoàn Sơn|"
    "Dai Dong - Hoan Son Industrial Park;Dai Dong Hoan Son IP|cn||"
    "tiendu:Đại Đồng;tiendu:Hoàn Sơn;tiendu:Tri Phương|4|1",
    "tt2|KCN Thuận Thành II;KCN Thuận Thành 2|Thuan Thanh II Industrial Park;Thuan Thanh 2 IP|cn||"
    "thuanthanh:Mão Điền;thuanthanh:An Bình|4|1",
    "tt3|KCN Thuận Thành III;KCN Thuận Thành 3|Thuan Thanh III Industrial Park;Thuan Thanh 3 IP|letter|"
    "ABCDE|thuanthanh:Thanh Khương;thuanthanh:Trạm Lộ;thuanthanh:Xuân Lâm|3|1",
    "nshl|KCN Nam Sơn - Hạp Lĩnh;KCN Nam Sơn Hạp Lĩnh|"
    "Nam Son - Hap Linh Industrial Park;Nam Son Hap Linh IP|cn||"
    "tpbn:Nam Sơn;tpbn:Hạp Lĩnh;tpbn:Khắc Niệm|3|0",
    "qc|KCN Quang Châu;Khu công nghiệp Quang Châu|Quang Chau Industrial Park;Quang Chau IP|letter|"
    "ABCDEFGH|vietyen:Quang Châu;vietyen:Nếnh|9|1",
    "vt|KCN Vân Trung;Khu công nghiệp Vân Trung|Van Trung Industrial Park;Van Trung IP|cn||"
    "vietyen:Vân Trung;vietyen:Tăng Tiến|6|1",
    "dt|KCN Đình Trám;Khu công nghiệp Đình Trám|Dinh Tram Industrial Park;Dinh Tram IP|letter|ABCD|"
    "vietyen:Hồng Thái;vietyen:Nếnh|5|0",
    "sknh|KCN Song Khê - Nội Hoàng;KCN Song Khê Nội Hoàng|"
    "Song Khe - Noi Hoang Industrial Park;Song Khe Noi Hoang IP|cn||tpbg:Song Khê;yendung:Nội Hoàng|5|1",
    "hoaphu|KCN Hòa Phú;Khu công nghiệp Hòa Phú|Hoa Phu Industrial Park;Hoa Phu IP|cn||"
    "hiephoa:Mai Đình;hiephoa:Hương Lâm;hiephoa:Châu Minh|4|1",
    "bthl|KCN Bắc Thăng Long;Khu công nghiệp Thăng Long|Thang Long Industrial Park;Bac Thang Long IP|"
    "letter|ABCDEFGHJ|donganh:Võng La|0|0",
    "tdue|KCN Tràng Duệ;Khu công nghiệp Tràng Duệ|Trang Due Industrial Park;Trang Due IP|cn||"
    "anduong:Hồng Phong|0|1",
    "vsiphp|KCN VSIP Hải Phòng;VSIP Hải Phòng|VSIP Hai Phong;VSIP Hai Phong Industrial Park|road||"
    "thuynguyen:Lập Lễ;thuynguyen:Tam Hưng|0|1",
    "yb|KCN Yên Bình;Khu công nghiệp Yên Bình|Yen Binh Industrial Park;Yen Binh IP|cn||"
    "phoyen:Đồng Tiến;phoyen:Tân Phú|0|1",
    "dthuy|KCN Điềm Thụy;Khu công nghiệp Điềm Thụy|Diem Thuy Industrial Park;Diem Thuy IP|cn||"
    "phubinh:Điềm Thụy|0|1",
    "sc1|KCN Sông Công I;KCN Sông Công 1|Song Cong I Industrial Park;Song Cong 1 IP|letter|ABC|"
    "songcong:Bách Quang|0|0",
    "bthien|KCN Bá Thiện;KCN Bá Thiện II|Ba Thien Industrial Park;Ba Thien IP|cn||"
    "binhxuyen:Thiện Kế;binhxuyen:Bá Hiến|0|1",
    "kq|KCN Khai Quang;Khu công nghiệp Khai Quang|Khai Quang Industrial Park;Khai Quang IP|letter|ABCD|"
    "vinhyen:Khai Quang|0|0",
    "bx|KCN Bình Xuyên;Khu công nghiệp Bình Xuyên|Binh Xuyen Industrial Park;Binh Xuyen IP|cn||"
    "binhxuyen:Hương Canh|0|1",
    "ccn_kn|CCN Khắc Niệm;Cụm công nghiệp Khắc Niệm|Khac Niem Industrial Cluster|lot||tpbn:Khắc Niệm|3|0",
    "ccn_pk|CCN Phong Khê;CCN giấy Phong Khê;Cụm công nghiệp làng nghề Phong Khê|"
    "Phong Khe Industrial Cluster|lot||tpbn:Phong Khê|3|0",
    "ccn_kx|CCN Khúc Xuyên;Cụm công nghiệp làng nghề Khúc Xuyên|Khuc Xuyen Industrial Cluster|lot||"
    "tpbn:Khúc Xuyên|1|0",
    "ccn_dt|CCN Đông Thọ;Cụm công nghiệp Đông Thọ|Dong Tho Industrial Cluster|lot||yenphong:Đông Thọ|2|0",
    "ccn_mo|CCN Mả Ông;Cụm công nghiệp Mả Ông|Ma Ong Industrial Cluster|lot||yenphong:Yên Trung|2|0",
    "ccn_mx|CCN Mẫn Xá - Văn Môn;CCN làng nghề Văn Môn|Man Xa - Van Mon Industrial Cluster|lot||"
    "yenphong:Văn Môn|2|0",
    "ccn_cm|CCN Châu Minh;CCN Châu Minh - Bắc Lý - Hương Lâm|Chau Minh Industrial Cluster|lot||"
    "hiephoa:Châu Minh|3|0",
    "ccn_dh|CCN Đa Hội;CCN thép Đa Hội|Da Hoi Industrial Cluster|lot||tuson:Châu Khê|2|0",
    "ccn_pl|CCN Phú Lâm;Cụm công nghiệp Phú Lâm|Phu Lam Industrial Cluster|lot||tiendu:Phú Lâm|2|0",
)


class _Park:
    __slots__ = ("key", "vn", "en", "style", "letters", "places", "weight", "ready", "ccn", "prov")

    def __init__(self, line: str) -> None:
        key, vn, en, style, letters, places, weight, ready = line.split("|")
        self.key = key
        self.vn = vn.split(";")
        self.en = en.split(";")
        self.style = style
        self.letters = letters
        self.places = [_PLACE_AT[tuple(p.split(":"))] for p in places.split(";")]
        self.weight = int(weight)
        self.ready = ready == "1"
        self.ccn = key.startswith("ccn_")
        self.prov = self.places[0].prov


_PARKS = [_Park(line) for line in _PARKS_TXT]
_KCN_HOME = [p for p in _PARKS if not p.ccn and p.weight]
_CCN_HOME = [p for p in _PARKS if p.ccn]
_KCN_OUT = {prov: [p for p in _PARKS if p.prov == prov and not p.ccn] for prov in ("HN", "HP", "TN", "VP")}
_URBAN_HOME = [p for p in _PLACES if p.prov in ("BN", "BG") and p.urban]
_RURAL_HOME = [p for p in _PLACES if p.prov in ("BN", "BG") and not p.urban]
_PLACES_OUT = {prov: [p for p in _PLACES if p.prov == prov] for prov in ("HN", "HP", "TN", "VP")}

_STREETS = ("Lý Thái Tổ", "Nguyễn Gia Thiều", "Ngô Gia Tự", "Trần Hưng Đạo", "Lê Thái Tổ", "Nguyễn Văn Cừ",
            "Kinh Dương Vương", "Lý Anh Tông", "Huyền Quang", "Nguyễn Trãi", "Lý Thường Kiệt", "Hùng Vương",
            "Lê Lợi", "Nguyễn Thị Minh Khai", "Xương Giang", "Trần Phú", "Minh Khai", "Lý Thánh Tông",
            "Nguyễn Đăng Đạo", "Thiên Đức", "Hoàng Hoa Thám", "Lê Văn Thịnh", "Quốc lộ 1A", "Quốc lộ 18",
            "Quốc lộ 38", "Quốc lộ 37", "Tỉnh lộ 295", "Tỉnh lộ 286", "Tỉnh lộ 398", "Tỉnh lộ 282")
_VILLAGE_SYL = ("Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Phú", "Ngọc", "Xuân", "Yên", "Đại", "Lạc",
                "Mai", "Ninh", "Hòa", "Vân", "Khánh", "Lũng", "Xá", "Khê", "Đình", "Cầu", "Hương", "Quan", "Đoài",
                "Nội", "Sơn", "Lâm", "Thọ", "Hậu", "Tiền", "Dương", "Phù", "Mỹ", "Tảo", "Chi", "Giang", "Bình",
                "Hữu", "Cổ", "Liễu", "Mão", "Tháp", "Lộ")

# ---------------------------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------------------------

# legal form: registered VN forms, other full forms, short forms, English forms
_FORMS = {
    "tnhh": (("Công ty TNHH",), ("Công ty Trách nhiệm hữu hạn", "Công ty TNHH"),
             ("Cty TNHH", "Cty. TNHH", "C.ty TNHH", "CT TNHH"),
             ("Co., Ltd", "Co.,Ltd", "Company Limited", "Co. Ltd", "Limited Company")),
    "mtv": (("Công ty TNHH MTV", "Công ty TNHH Một thành viên"),
            ("Công ty Trách nhiệm hữu hạn Một thành viên", "Công ty TNHH MTV", "Công ty TNHH Một thành viên"),
            ("Cty TNHH MTV", "Cty TNHH 1TV", "CT TNHH MTV"),
            ("One Member Co., Ltd", "One Member Limited Liability Company", "Co., Ltd", "Company Limited")),
    "cp": (("Công ty Cổ phần", "Công ty CP"), ("Công ty Cổ phần", "Công ty CP"),
           ("CTCP", "Cty CP", "Cty Cổ phần", "C.ty CP"),
           ("Joint Stock Company", "JSC", "Corporation", "J.S.C", "Corp.")),
    "dntn": (("Doanh nghiệp tư nhân",), ("Doanh nghiệp tư nhân", "Doanh nghiệp TN"), ("DNTN",),
             ("Private Enterprise", "Private Enterprise")),
}

# domestic business lines: VN, English, product for plant names, weight
_LINES = (
    ("Cơ khí Chính xác", "Precision Mechanical", "linh kiện cơ khí chính xác", 8),
    ("Cơ khí", "Mechanical", "sản phẩm cơ khí", 10),
    ("Khuôn mẫu", "Mould", "khuôn mẫu", 5),
    ("Cơ khí và Khuôn mẫu", "Mechanical and Mould", "khuôn mẫu, linh kiện cơ khí", 3),
    ("Nhựa", "Plastic", "sản phẩm nhựa ép phun", 6),
    ("Công nghệ Nhựa", "Plastic Technology", "linh kiện nhựa", 3),
    ("Ép nhựa", "Plastic Injection", "linh kiện nhựa ép phun", 2),
    ("Điện tử", "Electronics", "linh kiện điện tử", 6),
    ("Linh kiện Điện tử", "Electronic Components", "linh kiện điện tử", 3),
    ("Dây và Cáp điện", "Wire and Cable", "dây cáp điện, bó dây", 3),
    ("Dây điện", "Wire Harness", "bó dây điện", 2),
    ("Bao bì", "Packaging", "bao bì carton", 7),
    ("Bao bì Carton", "Carton Packaging", "thùng carton", 3),
    ("In và Bao bì", "Printing and Packaging", "bao bì in", 3),
    ("Xốp", "Foam", "xốp EPE, xốp PE", 2),
    ("Khay nhựa", "Plastic Tray", "khay nhựa định hình", 2),
    ("Nhãn mác", "Label", "tem nhãn", 2),
    ("In ấn", "Printing", "tem nhãn, ấn phẩm", 2),
    ("Hóa chất", "Chemical", "hóa chất công nghiệp", 3),
    ("Dập Kim loại", "Metal Stamping", "linh kiện dập kim loại", 2),
    ("Xi mạ", "Plating", "xi mạ kim loại", 2),
    ("Dụng cụ Cắt gọt", "Cutting Tools", "dụng cụ cắt gọt", 1),
    ("Thiết bị Công nghiệp", "Industrial Equipment", "thiết bị công nghiệp", 4),
    ("Tự động hóa", "Automation", "thiết bị tự động hóa", 3),
    ("Vật tư Công nghiệp", "Industrial Supplies", "vật tư công nghiệp", 3),
    ("Kỹ thuật", "Engineering", "gia công kỹ thuật", 4),
    ("Công nghệ", "Technology", "linh kiện công nghệ", 5),
    ("Công nghiệp", "Industrial", "sản phẩm công nghiệp", 3),
    ("Giao nhận Vận tải", "Logistics", "kho bãi, giao nhận", 3),
    ("Logistics", "Logistics", "kho vận", 2),
    ("Băng dính", "Adhesive Tape", "băng dính công nghiệp", 1),
    ("Giấy", "Paper", "giấy công nghiệp", 2),
    ("Đúc", "Casting", "sản phẩm đúc", 1),
    ("Gia công Cơ khí", "Mechanical Processing", "gia công cơ khí", 3),
    ("Khí Công nghiệp", "Industrial Gas", "khí công nghiệp", 1),
    ("Môi trường", "Environment", "xử lý chất thải", 1),
    ("Xây dựng", "Construction", "nhà xưởng", 2),
    ("Thương mại", "Trading", "", 4),
    ("Thương mại và Dịch vụ", "Trading and Services", "", 4),
    ("Đầu tư và Phát triển", "Investment and Development", "", 2),
    ("Xuất nhập khẩu", "Import Export", "", 2),
)
_LINE_CUM = list(accumulate(x[3] for x in _LINES))
_TRADE_LINES = frozenset(i for i, x in enumerate(_LINES) if not x[2])
_TECH_LINES = frozenset(i for i, x in enumerate(_LINES) if x[1].split()[-1] in ("Technology", "Engineering",
                                                                                  "Automation", "Electronics"))
_TRADES = (
    ("Sản xuất và Thương mại", "Manufacturing and Trading"),
    ("Thương mại và Dịch vụ", "Trading and Services"),
    ("Sản xuất Thương mại và Dịch vụ", "Production Trading and Services"),
    ("Thương mại Dịch vụ Xuất nhập khẩu", "Trading Service Import Export"),
    ("Đầu tư", "Investment"),
    ("Đầu tư Xây dựng", "Investment Construction"),
    ("Thương mại và Kỹ thuật", "Trading and Engineering"),
    ("Sản xuất", "Manufacturing"),
)
_ABBR = (("Xuất nhập khẩu", "XNK"), ("Thương mại", "TM"), ("Dịch vụ", "DV"), ("Sản xuất", "SX"),
         ("Đầu tư", "ĐT"), ("Phát triển", "PT"), ("Xây dựng", "XD"), ("Kỹ thuật", "KT"), ("Công nghệ", "CN"),
         ("Thiết bị", "TB"), ("Vận tải", "VT"), ("Tự động hóa", "TĐH"), ("Cơ khí", "CK"), ("Công nghiệp", "CN"),
         ("Điện tử", "ĐT"), ("Giao nhận", "GN"))

_VN_SYL = (
    "An Anh Bảo Bình Cường Chiến Dũng Dương Đại Đạt Đăng Đông Đức Gia Giang Hà Hải Hạnh Hào Hiếu Hòa Hoàng Hồng "
    "Huy Hùng Hưng Hương Khang Khánh Khôi Kiên Kim Lâm Lân Linh Lộc Long Lợi Mạnh Minh Nam Nghĩa Ngọc Nguyên "
    "Nhật Nhân Phát Phong Phú Phúc Phương Quang Quân Quý Sáng Sơn Tài Tâm Tân Thái Thành Thắng Thịnh Thiên "
    "Thuận Thông Tiến Tín Toàn Trí Trung Trường Tuấn Tùng Tường Uy Việt Vinh Vĩnh Vũ Vượng Xuân Yên Hậu Hiền "
    "Khải Lực Mai Ninh Sinh Thảo Thủy Trọng Định Bách Cát Duy Hiển Hợp Kỳ Lạc Luân Mỹ Nhất Quốc Tạo Hanh Đô"
).split()
# VN proper names with an English translation (registered English names sometimes translate them)
_TRANSLATABLE = (
    ("Đông Á", "East Asia"), ("Hoàng Gia", "Royal"), ("Toàn Cầu", "Global"), ("Ánh Dương", "Sunshine"),
    ("Thái Bình Dương", "Pacific"), ("Kim Cương", "Diamond"), ("Ngôi Sao", "Star"), ("Bình Minh", "Sunrise"),
    ("Đại Dương", "Ocean"), ("Phương Đông", "Orient"), ("Sao Việt", "Viet Star"), ("Thế Kỷ", "Century"),
    ("Tương Lai", "Future"), ("Hòa Bình", "Peace"), ("Thành Công", "Success"), ("Hợp Nhất", "Unity"),
    ("Tiên Phong", "Pioneer"), ("Ngân Hà", "Galaxy"), ("Mặt Trời", "Sun"), ("Cầu Vồng", "Rainbow"),
    ("Đỉnh Cao", "Peak"), ("Sông Hồng", "Red River"), ("Ánh Sao", "Starlight"), ("Hoàn Mỹ", "Perfect"),
    ("Bạch Kim", "Platinum"), ("Hải Âu", "Seagull"), ("Đại Bàng", "Eagle"), ("Phượng Hoàng", "Phoenix"),
    ("Mùa Xuân", "Spring"), ("Ngọc Trai", "Pearl"), ("Sao Mai", "Morning Star"), ("Chân Trời Mới", "New Horizon"),
    ("Rồng Vàng", "Golden Dragon"), ("Trí Tuệ", "Wisdom"), ("Niềm Tin", "Trust"), ("Tầm Nhìn", "Vision"),
)
_REGIONS = ("Bắc Ninh", "Kinh Bắc", "Bắc Giang", "Việt Nam", "Miền Bắc", "Hà Bắc", "Thăng Long")
_LUCKY = ("68", "86", "88", "36", "69", "99", "168", "368", "2", "3", "9", "1", "79", "268", "888", "666")
_LETTERS = "ABCDEGHKLMNPQSTVX"

_KO_SYL = ("Han Seo Jin Dae Sung Kwang Hyun Young Woo Sam Il Won Tae Hwa Dong Min Jung Sang Yoo Kyung Chang Hee "
           "Joo Myung Nam Shin Sun Yang Eun Ho Ki Ji In Heung Moon Se Kum Bo Chun Do Hak Hye Jae Jong Kang Kook "
           "Mi Na Oh Ryu San Soo Suk Yeon Yong Yun Bong Chul Duk Gyu Hoon Keun Mun Pung Rim Seon Song Wook Ye "
           "Yul Ah Bae Cha Ha Baek Geon Hyo Kyo Ra Sol Tak Gook").split()
_KO_ALT = {"Sung": "Seong", "Kwang": "Gwang", "Kyung": "Gyeong", "Jung": "Jeong", "Kum": "Geum", "Pung": "Poong",
           "Shin": "Sin", "Chun": "Cheon", "Kang": "Gang", "Young": "Yeong", "Myung": "Myeong", "Hyun": "Hyeon",
           "Suk": "Seok", "Chul": "Cheol", "Duk": "Deok", "Kook": "Guk", "Joo": "Ju", "Yoo": "Yu", "Bo": "Po",
           "Won": "Weon", "Gook": "Kuk", "Keun": "Geun", "Kyo": "Gyo"}
_KO_SFX = ("Tech", "Precision", "Electronics", "E&T", "Hitech", "Industrial", "Global", "ENG", "Chemical", "Pack",
           "Telecom", "Materials", "Solution", "Components", "Display", "Mold", "Metal", "Cable", "Logis",
           "Comtech", "Hi-Tech", "Semitech", "Vision", "Optics", "Coating", "Systems", "Plus", "Link", "Flex",
           "Circuit", "Innotech", "Polytech", "Auto", "Sign", "Spring", "Tape")
_KO_SFX_VN = {"Electronics": "Điện tử", "Precision": "Cơ khí Chính xác", "Chemical": "Hóa chất", "Pack": "Bao bì",
              "Mold": "Khuôn mẫu", "Metal": "Kim loại", "Cable": "Cáp điện", "Materials": "Vật liệu"}
# well-known real groups that random syllables must not spell
_STOP = frozenset(
    "samsung hanwha seojin daeduck bumjin shinsung partron intops haesung woojin dongyang hansol hyosung kumho "
    "dongwon daewoo hyundai lotte doosan poongsan youngone taekwang changshin sungwoo seoyon jinyoung namyang "
    "sunjin daesang samil heesung jahwa dongwoo yura kyungshin mando hanil kolon mirae samwha daejoo seoul "
    "hanjin sejin youngpoong iljin hansung samyang dongil hyunwoo kumyang seowon sungjin daesung "
    "kawasaki shimano fujikura okamoto fujita takara hitachi yamaha fujimoto nakamura toyoda kitagawa "
    "foxconn goertek luxshare fulian xinda hongfu jinglong hengtong".split())

# Chinese characters: pinyin, Wade-Giles (Taiwan), Hán-Việt
_ZH = (
    ("xin", "Hsin", "Tân"), ("da", "Ta", "Đạt"), ("hua", "Hua", "Hoa"), ("sheng", "Sheng", "Thịnh"),
    ("li", "Li", "Lập"), ("xun", "Hsun", "Tấn"), ("jing", "Ching", "Tinh"), ("mi", "Mi", "Mật"),
    ("hong", "Hung", "Hồng"), ("fu", "Fu", "Phú"), ("tai", "Tai", "Thái"), ("yuan", "Yuan", "Nguyên"),
    ("chang", "Chang", "Xương"), ("xing", "Hsing", "Hưng"), ("de", "Te", "Đức"), ("jin", "Chin", "Kim"),
    ("long", "Lung", "Long"), ("hai", "Hai", "Hải"), ("tian", "Tien", "Thiên"), ("yong", "Yung", "Vĩnh"),
    ("an", "An", "An"), ("heng", "Heng", "Hằng"), ("tong", "Tung", "Thông"), ("bao", "Pao", "Bảo"),
    ("cheng", "Cheng", "Thành"), ("guang", "Kuang", "Quang"), ("ming", "Ming", "Minh"), ("mei", "Mei", "Mỹ"),
    ("jia", "Chia", "Gia"), ("rui", "Jui", "Thụy"), ("bo", "Po", "Bác"), ("chuang", "Chuang", "Sáng"),
    ("ke", "Ko", "Khoa"), ("lian", "Lien", "Liên"), ("run", "Jun", "Nhuận"), ("jin", "Chin", "Cẩm"),
    ("hui", "Hui", "Huy"), ("he", "Ho", "Hợp"), ("shun", "Shun", "Thuận"), ("jie", "Chieh", "Tiệp"),
    ("xiang", "Hsiang", "Tường"), ("teng", "Teng", "Đằng"), ("yi", "Yi", "Ích"), ("feng", "Feng", "Phong"),
    ("dong", "Tung", "Đông"), ("nan", "Nan", "Nam"), ("zhong", "Chung", "Trung"), ("guo", "Kuo", "Quốc"),
    ("fang", "Fang", "Phương"), ("zheng", "Cheng", "Chính"), ("wei", "Wei", "Vĩ"), ("zhen", "Chen", "Chấn"),
    ("rong", "Jung", "Vinh"), ("kun", "Kun", "Khôn"), ("kai", "Kai", "Khải"), ("wei", "Wei", "Uy"),
    ("hang", "Hang", "Hàng"), ("yu", "Yu", "Vũ"), ("qiang", "Chiang", "Cường"), ("ding", "Ting", "Đỉnh"),
    ("ying", "Ying", "Anh"), ("chen", "Chen", "Thần"), ("tai", "Tai", "Đài"), ("quan", "Chuan", "Toàn"),
    ("xu", "Hsu", "Húc"), ("hao", "Hao", "Hạo"), ("sen", "Sen", "Sâm"), ("lin", "Lin", "Lâm"),
    ("jun", "Chun", "Tuấn"), ("tuo", "To", "Thác"), ("jian", "Chien", "Kiện"), ("shuo", "Shuo", "Thạc"),
)
_ZH_LINES = (
    ("Khoa học Kỹ thuật", "Technology"), ("Công nghệ", "Technology"), ("Điện tử", "Electronics"),
    ("Công nghệ Chính xác", "Precision Technology"), ("Vật liệu mới", "New Material"), ("Bao bì", "Packaging"),
    ("Nhựa", "Plastic"), ("Kim loại", "Metal"), ("Điện tử Thông minh", "Intelligent Electronics"),
    ("Công nghiệp", "Industrial"), ("Linh kiện Điện tử", "Electronic Components"), ("Dây cáp", "Cable"),
    ("Quang điện", "Optoelectronics"), ("Thiết bị Tự động hóa", "Automation Equipment"), ("Hóa chất", "Chemical"),
    ("Khuôn mẫu", "Mould"), ("Thương mại", "Trading"), ("Kỹ thuật Điện tử", "Electronic Technology"),
)
_TW_BIZ = ("Precision Industry", "Enterprise", "Industrial", "Technology", "Electronics", "Plastic", "Metal",
           "Optical", "Machinery", "Packaging")
_JP_A = ("Aka", "Aoi", "Fuji", "Hoshi", "Ishi", "Kawa", "Kita", "Mori", "Naka", "Oka", "Shima", "Taka", "Tani",
         "Yama", "Mizu", "Hira", "Kuro", "Shira", "Sumi", "Tsuru", "Yoshi", "Maru", "Hana", "Ise", "Asa", "Wada")
_JP_B = ("mura", "kawa", "moto", "hara", "shita", "saki", "yama", "da", "no", "gawa", "zawa", "oka", "numa",
         "bayashi", "ta", "kura", "mori", "zaki", "hata", "ishi")
_JP_BIZ = ("Seiki", "Seiko", "Kogyo", "Denshi", "Giken", "Denki", "Kasei", "Shoji", "Precision", "Tech",
           "Manufacturing", "Packaging")
_OT_A = ("Apex", "Nordic", "Orion", "Vertex", "Zenith", "Meridian", "Summit", "Alpine", "Astra", "Nova", "Polar",
         "Falcon", "Crest", "Lumen", "Sterling", "Harbor", "Cobalt", "Quartz", "Titan", "Evergreen", "Boreal",
         "Keystone", "Pinnacle", "Beacon", "Radiant", "Silverline", "Bluewave", "Ironwood", "Northstar", "Helix")
_OT_B = ("Components", "Industries", "Packaging Solutions", "Technologies", "Materials", "Engineering",
         "Precision", "Logistics", "Manufacturing", "Electronics", "Plastics", "Interconnect", "Coatings")

# ---------------------------------------------------------------------------------------------------------------
# generator tuning
# ---------------------------------------------------------------------------------------------------------------

# records per enterprise: 1..8
_SIZE_CUM = list(accumulate((0.43, 0.25, 0.14, 0.075, 0.045, 0.025, 0.018, 0.017)))

# per-record source weights by kind of enterprise
_SRC_W = {
    "fdi": (("thue", 16), ("avl", 30), ("pccc", 18), ("cnht", 8), ("vcci", 8), ("web", 12), ("word", 8)),
    "dom": (("thue", 21), ("avl", 9), ("pccc", 8), ("cnht", 16), ("vcci", 14), ("web", 20), ("word", 12)),
    "out": (("avl", 35), ("cnht", 6), ("vcci", 16), ("web", 33), ("word", 10)),
    "branch": (("thue", 25), ("avl", 20), ("pccc", 20), ("cnht", 10), ("vcci", 10), ("web", 10), ("word", 5)),
}
_SRC_TABLE = {k: ([s for s, _ in v], list(accumulate(w for _, w in v))) for k, v in _SRC_W.items()}

# enterprise origin among firms registered in the province
_ORIGIN = (("vn", 65), ("kr", 18), ("cn", 8), ("tw", 4), ("jp", 3), ("ot", 2))
_ORIGIN_KEYS = [k for k, _ in _ORIGIN]
_ORIGIN_CUM = list(accumulate(w for _, w in _ORIGIN))

# share of each source's records: (empty tax, empty phone, empty address)
_EMPTY = {
    "thue": (0.01, 0.26, 0.01), "avl": (0.26, 0.07, 0.05), "pccc": (0.46, 0.10, 0.02), "cnht": (0.10, 0.03, 0.06),
    "vcci": (0.44, 0.10, 0.10), "web": (0.56, 0.05, 0.16), "word": (0.40, 0.15, 0.10),
}
# address era per source: (pre, mixed) - the rest is post-2025; avl writes English
_ERA = {
    "thue": (0.70, 0.10), "avl": (0.60, 0.10), "pccc": (0.40, 0.15), "cnht": (0.15, 0.30), "vcci": (0.50, 0.20),
    "web": (0.65, 0.15), "word": (0.95, 0.05),
}
# per source name noise: typo, lost diacritics, ALL CAPS, NFD, mojibake, spacing
_NAME_NOISE = {
    "thue": (0.004, 0.0, 0.0, 0.0, 0.0, 0.004),
    "avl": (0.03, 0.0, 0.0, 0.0, 0.0, 0.04),
    "pccc": (0.04, 0.05, 0.08, 0.02, 0.0, 0.04),
    "cnht": (0.15, 0.25, 0.10, 0.10, 0.004, 0.10),
    "vcci": (0.04, 0.08, 0.10, 0.0, 0.0, 0.04),
    "web": (0.06, 0.15, 0.05, 0.04, 0.012, 0.05),
    "word": (0.06, 0.08, 0.15, 0.0, 0.008, 0.06),
}
_CUT_WIDTH = 50
_VN_FORMS = ("tnhh",) * 10 + ("mtv",) * 4 + ("cp",) * 5 + ("dntn",)  # the VCCI directory's name field


class _Name:
    """One legal name of an enterprise (a renamed firm has two)."""

    __slots__ = ("kind", "form", "freg", "pre", "rest", "core", "en", "en_tr", "brand", "brand_en", "alt",
                 "alt_en", "ko_stem", "syl", "line", "initials")

    def __init__(self) -> None:
        self.pre = ""
        self.alt = ""
        self.alt_en = False
        self.ko_stem = ""
        self.syl = ()
        self.line = -1
        self.en_tr = ""


class _Ent:
    __slots__ = ("truth", "cat", "kind", "prov", "new", "nm", "old_nm", "addr", "old_addr", "land", "mobiles",
                 "hotline", "tax", "branch", "blabel", "service", "landlord", "etags", "domain")

    def __init__(self) -> None:
        self.old_nm = None
        self.old_addr = None
        self.branch = 0
        self.blabel = ""
        self.service = None
        self.landlord = None
        self.hotline = ""
        self.new = False
        self.etags = []


class _Addr:
    __slots__ = ("place", "park", "lot", "factory", "street", "no", "village", "vtype")

    def __init__(self, place: _Place) -> None:
        self.place = place
        self.park = None
        self.lot = None
        self.factory = 0
        self.street = ""
        self.no = ""
        self.village = ""
        self.vtype = ""


def _pick(cum: list, rng: Random) -> int:
    return bisect(cum, rng.random() * cum[-1])


class _Gen:
    def __init__(self, seed: int, keep_tags: bool = False) -> None:
        self.rng = Random(f"gen_north/{seed}")
        self.keep = keep_tags
        self.rows: list[tuple] = []
        self.tags: list[tuple] = []
        self.used_tax: set[str] = set()
        self.used_phone: set[str] = set()
        self.used_name: set[tuple] = set()
        self.eid = 0
        self.park_cum = {
            "kr": list(accumulate(p.weight * (1.5 if p.prov == "BN" else 1.0) for p in _KCN_HOME)),
            "cn": list(accumulate(p.weight * (2.2 if p.prov == "BG" else 1.0) for p in _KCN_HOME)),
            "any": list(accumulate(p.weight for p in _KCN_HOME)),
        }
        self.ccn_cum = list(accumulate(p.weight for p in _CCN_HOME))

    # ---- identifiers -------------------------------------------------------------------------------------------

    def tax_code(self, prefix: str) -> str:
        rng = self.rng
        while True:
            r = rng.random()
            third = "0" if r < 0.6 else "1" if r < 0.9 else str(rng.randrange(2, 10))
            body = f"{prefix}{third}{rng.randrange(1_000_000):06d}"
            c = check_digit(body)
            if c is None:
                continue
            code = body + str(c)
            if code not in self.used_tax:
                self.used_tax.add(code)
                return code

    def mobile(self) -> tuple:
        rng = self.rng
        while True:
            new, old, _ = _MOBILE[_pick(_MOBILE_CUM, rng)]
            tail = f"{rng.randrange(10_000_000):07d}"
            num = new + tail
            if num not in self.used_phone:
                self.used_phone.add(num)
                return ("m", num, old + tail if old else "")

    def landline(self, prov: str) -> tuple:
        rng = self.rng
        digits = _PROV[prov][5]
        while True:
            sub = rng.choice("3366772") + "".join(rng.choice("0123456789") for _ in range(digits - 1))
            key = prov + sub
            if key not in self.used_phone:
                self.used_phone.add(key)
                return ("l", prov, sub)

    def hotline(self) -> tuple:
        rng = self.rng
        while True:
            num = rng.choice(("1900", "1900", "1800")) + f"{rng.randrange(10_000):04d}"
            if num not in self.used_phone:
                self.used_phone.add(num)
                return ("h", num, "")

    # ---- names -------------------------------------------------------------------------------------------------

    def _claim(self, reg: str, core: str) -> bool:
        k = (reg, _key(core))
        if k in self.used_name:
            return False
        self.used_name.add(k)
        return True

    def vn_proper(self, attempt: int) -> tuple[str, str]:
        """A VN proper name and its English form (transliterated or translated)."""
        rng = self.rng
        syl = _VN_SYL
        r = rng.random()
        if attempt > 12:
            r = 0.7
        if r < 0.60:
            p = " ".join(rng.sample(syl, 2))
            return p, fold(p)
        if r < 0.69:
            p = f"{' '.join(rng.sample(syl, 2))} {rng.choice(_LUCKY)}"
            return p, fold(p)
        if r < 0.80:
            p = " ".join(rng.sample(syl, 3))
            return p, fold(p)
        if r < 0.87:
            p, en = rng.choice(_TRANSLATABLE)
            if rng.random() < 0.4:
                tail = rng.choice(_REGIONS + _LUCKY)
                p += " " + tail
                en += " " + fold(tail)
            return p, (en if rng.random() < 0.5 else fold(p))
        if r < 0.94:
            k = 2 if rng.random() < 0.45 else 3
            p = "".join(rng.choice(_LETTERS) for _ in range(k))
            if k == 2 and rng.random() < 0.3:
                p = f"{p[0]}&{p[1]}"
            return p, p
        p = f"{' '.join(rng.sample(syl, 2))} {rng.choice(_REGIONS)}"
        return p, fold(p)

    def name_vn(self, reg: str, *, proper: tuple | None = None, line: int = -1, form: str = "",
                claim: bool = True, avoid: int = -1) -> _Name:
        rng = self.rng
        nm = _Name()
        nm.kind = "vn"
        for attempt in range(200):
            pr, pr_en = proper if proper else self.vn_proper(attempt)
            li = line if line >= 0 else _pick(_LINE_CUM, rng)
            if li == avoid:
                continue
            vn_line, en_line = _LINES[li][0], _LINES[li][1]
            pre, pre_en = vn_line, en_line
            if li not in _TRADE_LINES and rng.random() < 0.22:
                t_vn, t_en = rng.choice(_TRADES)
                pre = f"{t_vn} {vn_line}"
                pre_en = f"{en_line} {t_en}"
            if attempt > 40:
                pr = f"{pr} {rng.choice(_LUCKY)}"
                pr_en = f"{pr_en} {pr.rsplit(' ', 1)[1]}"
            core = f"{pre} {pr}"
            if not claim or self._claim(reg, core):
                break
        nm.form = form or _VN_FORMS[rng.randrange(len(_VN_FORMS))]
        nm.freg = rng.randrange(len(_FORMS[nm.form][0]))
        nm.pre = pre
        nm.rest = pr
        nm.core = core
        nm.en = f"{pr_en} {pre_en}"
        nm.en_tr = "translated" if pr_en != fold(pr) else "line"
        nm.brand = pr
        nm.brand_en = fold(pr) if rng.random() < 0.7 else pr_en
        nm.line = li
        nm.initials = "".join(w[0] for w in fold(pr).replace("&", " ").split() if w[0].isalpha()).upper()
        return nm

    def _ko_join(self, syl: tuple, style: int) -> str:
        if style == 0:
            return syl[0] + "".join(s.lower() for s in syl[1:])
        if style == 1:
            return " ".join(syl)
        if style == 2:
            return "".join(syl)
        return "-".join(syl)

    def name_kr(self, reg: str, *, syl: tuple = (), stem: str = "") -> _Name:
        rng = self.rng
        nm = _Name()
        nm.kind = "kr"
        for attempt in range(200):
            s = syl or tuple(rng.sample(_KO_SYL, 2 if attempt < 30 or rng.random() < 0.5 else 3))
            if _key("".join(s)) in _STOP:
                continue
            style = (0, 0, 0, 0, 0, 0, 1, 1, 2, 3)[rng.randrange(10)]
            st = stem or self._ko_join(s, style)
            r = rng.random()
            sfx = "" if r < 0.18 else rng.choice(_KO_SFX)
            if attempt > 60:
                sfx = f"{sfx} {rng.choice(_KO_SFX)}".strip()
            country = "Vina" if rng.random() < 0.72 else "Việt Nam"
            pre = ""
            if sfx in _KO_SFX_VN and rng.random() < 0.3:
                pre = _KO_SFX_VN[sfx]
                core = f"{pre} {st} {country}"
                en = f"{st} {sfx} {country}".replace("Việt Nam", "Vietnam")
            else:
                core = " ".join(x for x in (st, sfx, country) if x)
                en = core.replace("Việt Nam", "Vietnam")
            if self._claim(reg, core):
                break
        nm.form = "tnhh" if rng.random() < 0.93 else "cp"
        nm.freg = 0
        nm.pre = pre
        nm.rest = core[len(pre):].strip()
        nm.core = core
        nm.en = en
        nm.brand = st
        nm.brand_en = st
        nm.ko_stem = st
        nm.syl = s
        nm.initials = "".join(x[0] for x in s).upper()
        return nm

    def name_zh(self, reg: str, kind: str, *, chars: tuple = (), rom: str = "", avoid: int = -1) -> _Name:
        """Chinese (pinyin) or Taiwanese (Wade-Giles) firm with its Hán-Việt reading."""
        rng = self.rng
        nm = _Name()
        nm.kind = kind
        for attempt in range(200):
            cs = chars or tuple(rng.choice(_ZH) for _ in range(2 if attempt < 40 else 3))
            if len({c[2] for c in cs}) < len(cs):
                continue
            hv = " ".join(c[2] for c in cs)
            if rom and chars:
                pass
            elif kind == "cn":
                rom = "".join(c[0] for c in cs).capitalize() if rng.random() < 0.75 else \
                    " ".join(c[0].capitalize() for c in cs)
            else:
                rom = "-".join(c[1] for c in cs) if rng.random() < 0.4 else " ".join(c[1] for c in cs)
            if _key(rom) in _STOP:
                continue
            li = rng.randrange(len(_ZH_LINES))
            if li == avoid:
                continue
            l_vn, l_en = _ZH_LINES[li]
            if kind == "tw":
                l_en = rng.choice(_TW_BIZ)
            country_en = rng.choice(("(Vietnam)", "Vietnam", "(Viet Nam)", "Viet Nam"))
            en = f"{rom} {l_en} {country_en}"
            hv_core = f"{l_vn} {hv} Việt Nam"
            rom_core = f"{rom} {l_en} Việt Nam" if rng.random() < 0.5 else f"{l_vn} {rom} Việt Nam"
            reg_hv = rng.random() < (0.7 if kind == "cn" else 0.4)
            core, alt = (hv_core, rom_core) if reg_hv else (rom_core, hv_core)
            if self._claim(reg, f"{l_vn} {hv}") and self._claim(reg, rom_core):
                break
        nm.form = "tnhh" if rng.random() < 0.95 else "cp"
        nm.freg = 0
        nm.core = core
        nm.alt = alt
        nm.alt_en = reg_hv  # the English name (romanised) is the other script when registered in Hán-Việt
        if reg_hv:
            nm.pre, nm.rest = l_vn, f"{hv} Việt Nam"
        else:
            nm.rest = core
        nm.en = en
        nm.brand = hv if reg_hv else rom
        nm.brand_en = rom
        nm.line = li
        nm.syl = cs
        nm.initials = "".join(c[0][0] for c in cs).upper()
        return nm

    def name_jp_ot(self, reg: str, kind: str) -> _Name:
        rng = self.rng
        nm = _Name()
        nm.kind = kind
        for attempt in range(200):
            if kind == "jp":
                stem = rng.choice(_JP_A) + rng.choice(_JP_B)
                if _key(stem) in _STOP:
                    continue
                biz = rng.choice(_JP_BIZ)
            else:
                stem = rng.choice(_OT_A)
                biz = rng.choice(_OT_B)
            if attempt > 30:
                biz = f"{rng.choice(_OT_A if kind == 'ot' else _JP_A)} {biz}"
            core = f"{stem} {biz} Việt Nam"
            if self._claim(reg, core):
                break
        nm.form = "tnhh" if rng.random() < 0.9 else "cp"
        nm.freg = 0
        nm.rest = core
        nm.core = core
        nm.en = f"{stem} {biz} Vietnam"
        nm.brand = stem
        nm.brand_en = stem
        nm.initials = stem[0] + biz[0]
        return nm

    def new_name(self, kind: str, reg: str) -> _Name:
        if kind == "vn":
            return self.name_vn(reg)
        if kind == "kr":
            return self.name_kr(reg)
        if kind in ("cn", "tw"):
            return self.name_zh(reg, kind)
        return self.name_jp_ot(reg, kind)

    # ---- addresses ---------------------------------------------------------------------------------------------

    def lot(self, park: _Park) -> tuple:
        rng = self.rng
        st = park.style
        if st == "letter":
            return ("letter", rng.choice(park.letters), rng.randint(1, 14), rng.randint(1, 6) if rng.random() < 0.25
                    else 0)
        if st == "cn":
            return ("cn", "CN", rng.randint(1, 16), rng.randint(1, 5) if rng.random() < 0.3 else 0)
        if st == "ts":
            return ("ts", "", rng.randint(1, 40), rng.randint(1, 20))
        if st == "road":
            return ("road", "", rng.randint(1, 60), rng.randint(1, 18))
        return ("lot", rng.choice(("", "", "A", "B", "C")), rng.randint(1, 60), 0)

    def park_addr(self, park: _Park) -> _Addr:
        a = _Addr(self.rng.choice(park.places))
        a.park = park
        a.lot = self.lot(park)
        if park.ready and self.rng.random() < 0.25:
            a.factory = self.rng.randint(1, 12)
        return a

    def plain_addr(self, prov: str = "", place: _Place | None = None) -> _Addr:
        rng = self.rng
        if place is not None:
            pass
        elif prov and prov not in ("BN", "BG"):
            place = rng.choice(_PLACES_OUT[prov])
        else:
            place = rng.choice(_URBAN_HOME) if rng.random() < 0.45 else rng.choice(_RURAL_HOME)
        a = _Addr(place)
        if place.urban and rng.random() < 0.75:
            a.street = rng.choice(_STREETS)
            a.no = str(rng.randint(1, 420)) if rng.random() < 0.85 else f"{rng.randint(1, 200)}/{rng.randint(1, 30)}"
        else:
            r = rng.random()
            a.vtype = "Thôn" if r < 0.72 else "Xóm" if r < 0.80 else "Khu phố" if place.urban else "Khu"
            a.village = " ".join(rng.sample(_VILLAGE_SYL, 2))
        return a

    def home_addr(self, kind: str) -> _Addr:
        rng = self.rng
        r = rng.random()
        kcn = 0.90 if kind != "vn" else 0.30
        ccn = 0.05 if kind != "vn" else 0.25
        if r < kcn:
            cum = self.park_cum["kr" if kind == "kr" else "cn" if kind in ("cn", "tw") else "any"]
            return self.park_addr(_KCN_HOME[_pick(cum, rng)])
        if r < kcn + ccn:
            return self.park_addr(_CCN_HOME[_pick(self.ccn_cum, rng)])
        return self.plain_addr()

    def out_addr(self, prov: str) -> _Addr:
        if _KCN_OUT[prov] and self.rng.random() < 0.5:
            return self.park_addr(self.rng.choice(_KCN_OUT[prov]))
        return self.plain_addr(prov)

    # ---- enterprises -------------------------------------------------------------------------------------------

    def _phones(self, e: _Ent, prov: str, big: bool) -> None:
        rng = self.rng
        e.land = self.landline(prov) if rng.random() < (0.8 if big else 0.45) else None
        e.mobiles = [self.mobile() for _ in range(1 + (rng.random() < 0.55) + (rng.random() < 0.3))]
        if big and rng.random() < 0.06:
            e.hotline = self.hotline()

    def firm(self, kind: str = "", *, prov: str = "", nm: _Name | None = None, addr: _Addr | None = None,
             cat: str = "", reg: str = "") -> _Ent:
        rng = self.rng
        e = _Ent()
        self.eid += 1
        e.truth = f"E{self.eid:07d}"
        if not kind:
            kind = _ORIGIN_KEYS[_pick(_ORIGIN_CUM, rng)]
        e.kind = kind
        if addr is None:
            addr = self.out_addr(prov) if prov and prov not in ("BN", "BG") else self.home_addr(kind)
        e.addr = addr
        e.prov = addr.place.prov
        e.new = e.prov in ("BN", "BG") and rng.random() < 0.04
        e.cat = cat or ("out" if e.prov not in ("BN", "BG") else "fdi" if kind != "vn" else "dom")
        reg = reg or ("BN" if e.prov in ("BN", "BG") else e.prov)
        e.nm = nm or self.new_name(kind, reg)
        prefix = "23" if e.new else _PROV[e.prov][2]
        e.tax = self.tax_code(prefix)
        self._phones(e, e.prov, kind != "vn" or e.nm.form == "cp")
        slug = _key(e.nm.brand_en)[:14] or "cty"
        e.domain = slug + rng.choice((".com.vn", ".vn", ".com", ".com.vn"))
        e.etags = ["fdi_" + kind if kind != "vn" else "domestic"]
        if e.cat == "out":
            e.etags.append("outside")
        if e.new:
            e.etags.append("new_firm")
        return e

    def maybe_rename_move(self, e: _Ent, reg: str) -> None:
        rng = self.rng
        if rng.random() < 0.038:
            old = self.renamed_from(e, reg)
            if old is not None:
                e.old_nm = old
                e.etags.append("renamed")
        if e.addr.park is not None and not e.addr.park.ccn and rng.random() < 0.075 and e.prov in ("BN", "BG"):
            while True:
                park = _KCN_HOME[_pick(self.park_cum["any"], rng)]
                if park is not e.addr.park:
                    break
            e.old_addr = self.park_addr(park)
            e.etags.append("moved")
            if not e.new and park.prov != e.prov:
                e.tax = self.tax_code(_PROV[park.prov][2])  # the code keeps the province of registration

    def renamed_from(self, e: _Ent, reg: str) -> _Name | None:
        """The name the firm had before a conversion or renaming (the tax code is kept)."""
        rng = self.rng
        nm = e.nm
        r = rng.random()
        if nm.kind == "vn" and r < 0.45:
            # conversion of legal form: TNHH -> CP and similar; the core stays
            old = _Name()
            for k in _Name.__slots__:
                setattr(old, k, getattr(nm, k))
            old.form = {"cp": "tnhh", "tnhh": "mtv", "mtv": "tnhh", "dntn": "tnhh"}[nm.form]
            old.freg = 0
            return old
        if nm.kind == "vn" and r < 0.75:
            return self.name_vn(reg, proper=(nm.rest, fold(nm.rest)), avoid=nm.line)
        return self.new_name(nm.kind, reg)

    # ---- groups ------------------------------------------------------------------------------------------------

    def size(self) -> int:
        return 1 + _pick(_SIZE_CUM, self.rng)

    def emit(self, e: _Ent, k: int = 0, *, at_least: int = 1) -> None:
        k = max(k or self.size(), at_least)
        srcs, cum = _SRC_TABLE[e.cat]
        etags = tuple(e.etags)
        for _ in range(k):
            src = srcs[_pick(cum, self.rng)]
            name, tax, addr, phone, rtags = self.render(e, src)
            self.rows.append((src, name, tax, addr, phone, e.truth))
            if self.keep:
                self.tags.append(etags + tuple(rtags))

    def single(self) -> None:
        rng = self.rng
        if rng.random() < 0.045:
            prov = ("HN", "HN", "HN", "HP", "TN", "VP")[rng.randrange(6)]
            e = self.firm(prov=prov)
        else:
            e = self.firm()
        self.maybe_rename_move(e, "BN" if e.prov in ("BN", "BG") else e.prov)
        self.emit(e, at_least=2 if (e.old_nm or e.old_addr) else 1)

    def sister_group(self) -> None:
        """Two or three firms of one group: one brand, one address, different tax codes."""
        rng = self.rng
        kind = rng.choice(("vn", "vn", "vn", "kr", "kr", "cn"))
        head = self.firm(kind)
        head.etags.append("sister")
        members = [head]
        shared_land = head.land if rng.random() < 0.5 else None
        for _ in range(1 + (rng.random() < 0.4)):
            nm0 = head.nm
            if kind == "vn":
                nm = self.name_vn("BN", proper=(nm0.rest, fold(nm0.rest)), avoid=nm0.line,
                                  form=rng.choice(("tnhh", "cp", "mtv")))
            elif kind == "kr":
                nm = self.name_kr("BN", syl=nm0.syl, stem=nm0.ko_stem)
            else:
                nm = self.name_zh("BN", "cn", chars=nm0.syl, rom=nm0.brand_en, avoid=nm0.line)
            a = _Addr(head.addr.place)
            for k in _Addr.__slots__:
                setattr(a, k, getattr(head.addr, k))
            if a.park is not None and rng.random() < 0.3:
                a.factory = rng.randint(1, 6)
            e = self.firm(kind, nm=nm, addr=a)
            if shared_land:
                e.land = shared_land
            e.etags.append("sister")
            members.append(e)
        if kind == "vn" and rng.random() < 0.35 and self._claim("BN", f"Tập đoàn {head.nm.rest}"):
            nm = _Name()
            for k in _Name.__slots__:
                setattr(nm, k, getattr(head.nm, k))
            nm.form, nm.freg = "cp", 0
            nm.pre, nm.core = "Tập đoàn", f"Tập đoàn {nm.rest}"
            nm.en, nm.en_tr = f"{nm.brand_en} Group", "translated" if nm.brand_en != fold(nm.rest) else "line"
            head.nm = nm
        for e in members:
            self.emit(e)

    def namesake_province(self) -> None:
        """The same legal name registered in Bắc Ninh / Bắc Giang and in another province."""
        rng = self.rng
        kind = "vn" if rng.random() < 0.85 else "kr"
        a = self.firm(kind)
        prov = ("HN", "HN", "HN", "HN", "HP", "HP", "TN", "TN", "VP", "VP")[rng.randrange(10)]
        if not self._claim(prov, a.nm.core):
            return self.single()
        b = self.firm(kind, prov=prov, nm=a.nm)
        for e in (a, b):
            e.etags.append("namesake_province")
            self.emit(e)
        return None

    def namesake_form(self) -> None:
        """Unrelated firms whose names differ only by legal form (TNHH / CP / MTV / DNTN)."""
        rng = self.rng
        a = self.firm("vn")
        nm = _Name()
        for k in _Name.__slots__:
            setattr(nm, k, getattr(a.nm, k))
        nm.form = rng.choice([f for f in ("tnhh", "cp", "mtv", "dntn") if f != a.nm.form and
                              not {f, a.nm.form} <= {"tnhh", "mtv"}] or ["cp"])
        nm.freg = 0
        r = rng.random()
        if r < 0.55:
            b = self.firm("vn", nm=nm, addr=self.home_addr("vn"))
        elif r < 0.75:
            b = self.firm("vn", nm=nm, addr=self.plain_addr(place=a.addr.place))
        else:
            b = self.firm("vn", prov="HN", nm=nm)
        for e in (a, b):
            e.etags.append("namesake_form")
            self.emit(e)

    def branch_group(self) -> None:
        """A dependent branch (13-digit code) in the province, with or without its head office."""
        rng = self.rng
        r = rng.random()
        if r < 0.55:
            parent = self.firm(prov=("HN", "HN", "HN", "HP", "TN")[rng.randrange(5)],
                               kind="vn" if rng.random() < 0.8 else "kr")
        else:
            parent = self.firm(kind="vn" if rng.random() < 0.75 else "kr")
        br = _Ent()
        self.eid += 1
        br.truth = f"E{self.eid:07d}"
        br.kind = parent.kind
        br.cat = "branch"
        br.nm = parent.nm
        br.addr = self.home_addr("kr" if parent.kind != "vn" else "any")
        if br.addr.park is None and rng.random() < 0.5:
            br.addr = self.park_addr(_KCN_HOME[_pick(self.park_cum["any"], rng)])
        br.prov = br.addr.place.prov
        br.branch = rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 7, 12))
        br.tax = f"{parent.tax}-{br.branch:03d}"
        pl = _PROV[br.prov][0]
        br.blabel = rng.choice((f"tại {pl}", f"tại {pl}", f"{pl}", f"tại {br.addr.place.dname}",
                                f"Nhà máy {br.addr.park.vn[0][4:]}" if br.addr.park else f"tại {pl}"))
        self._phones(br, br.prov, True)
        if rng.random() < 0.3:
            br.land = parent.land or br.land
        br.domain = parent.domain
        br.etags = ["branch", "fdi_" + br.kind if br.kind != "vn" else "domestic"]
        self.emit(br)
        if parent.cat == "out" and rng.random() < 0.5:
            return
        parent.etags.append("branch_parent")
        self.emit(parent)

    def shared_lot(self) -> None:
        """Unrelated firms renting one ready-built factory lot, the landlord's phone on their records."""
        rng = self.rng
        parks = [p for p in _KCN_HOME if p.ready]
        park = rng.choice(parks)
        base = self.park_addr(park)
        landlord = self.landline(base.place.prov) if rng.random() < 0.6 else self.mobile()
        for _ in range(rng.choice((2, 2, 3, 3, 4))):
            a = _Addr(base.place)
            for k in _Addr.__slots__:
                setattr(a, k, getattr(base, k))
            a.factory = rng.randint(1, 12) if rng.random() < 0.6 else 0
            kind = rng.choice(("cn", "cn", "cn", "kr", "kr", "vn", "tw"))
            e = self.firm(kind, addr=a)
            e.landlord = landlord
            e.etags.append("shared_lot")
            self.emit(e)

    def shared_phone(self) -> None:
        """Unrelated small firms whose filings carry one accounting-service phone."""
        rng = self.rng
        phone = self.mobile() if rng.random() < 0.7 else self.landline(rng.choice(("BN", "BG")))
        for _ in range(rng.randint(3, 6)):
            e = self.firm("vn")
            e.service = phone
            e.etags.append("shared_phone")
            self.emit(e)

    def run(self, n: int) -> None:
        rng = self.rng
        groups = (
            (0.0185, self.sister_group), (0.0175, self.namesake_province), (0.0117, self.namesake_form),
            (0.034, self.branch_group), (0.0095, self.shared_lot), (0.0078, self.shared_phone),
        )
        cum = list(accumulate(p for p, _ in groups))
        while len(self.rows) < n:
            r = rng.random()
            i = bisect(cum, r)
            if i < len(groups):
                groups[i][1]()
            else:
                self.single()
        del self.rows[n:]
        del self.tags[n:]

    # ---- rendering ---------------------------------------------------------------------------------------------

    def render(self, e: _Ent, src: str) -> tuple:
        rng = self.rng
        tags: list[str] = []
        pre_p, mixed_p = _ERA[src]
        r = rng.random()
        era = "pre" if r < pre_p else "mixed" if r < pre_p + mixed_p else "post"
        if e.new:
            era = "post" if r < 0.8 else "mixed"
        nm = e.nm
        if e.old_nm is not None and rng.random() < (0.7 if era == "pre" else 0.15):
            nm = e.old_nm
            tags.append("old_name")
        addr = e.addr
        old_addr = e.old_addr is not None and rng.random() < (0.75 if era == "pre" else 0.15)
        if old_addr:
            addr = e.old_addr
        name = self.name_cell(e, nm, src, addr, tags)
        tax = self.tax_cell(e, src, tags)
        address = self.addr_cell(e, addr, src, era, tags)
        if old_addr and address:
            tags.append("old_address")
        phone = self.phone_cell(e, src, tags)
        if src == "word" and rng.random() < 0.28:
            name, tax, address, phone = self.shift(name, tax, address, phone, tags)
        return name, tax, address, phone, tags

    def shift(self, name: str, tax: str, address: str, phone: str, tags: list) -> tuple:
        """A Word table pasted into Excel: merged or shifted cells."""
        rng = self.rng
        r = rng.random()
        if r < 0.4 and tax:
            tags.append("column_shift")
            if not tax[:1].isdigit():  # the cell already says "MST:"
                return f"{name} - {tax}", "", address, phone
            sep = rng.choice((" - MST: ", " (MST ", " MST:", ", MST "))
            return f"{name}{sep}{tax}{')' if '(' in sep else ''}", "", address, phone
        if r < 0.8 and phone:
            tags.append("column_shift")
            sep = rng.choice((" - ĐT: ", ", ĐT ", ". Tel: ", " - ")) if address else rng.choice(("ĐT: ", ""))
            return name, tax, f"{address}{sep}{phone}", ""
        if tax and address:
            tags.append("column_shift")
            return f"{name} {'' if not tax[:1].isdigit() else 'MST: '}{tax}", address, phone, ""
        return name, tax, address, phone

    # names --------------------------------------------------------------------------------------------------------

    def legal_vn(self, nm: _Name, mode: str, core: str = "") -> str:
        forms = _FORMS[nm.form]
        if mode == "reg":
            f = forms[0][nm.freg]
        elif mode == "short":
            f = self.rng.choice(forms[2])
        else:
            f = self.rng.choice(forms[1]) if self.rng.random() < 0.3 else forms[0][nm.freg]
        return f"{f} {core or nm.core}"

    def legal_en(self, nm: _Name) -> str:
        return f"{nm.en} {self.rng.choice(_FORMS[nm.form][3])}"

    def abbreviated(self, nm: _Name, tags: list) -> str:
        """'Cty CP TM DV XNK Hưng Phát' or initials ('HPPM Co., Ltd')."""
        rng = self.rng
        pre = nm.pre
        hits = 0
        if pre:
            for long, short in _ABBR:
                if long in pre:
                    pre = pre.replace(long, short)
                    hits += 1
        if hits:
            pre = pre.replace(" và ", rng.choice(("&", " & ", "-", " ", " và ")))
            if rng.random() < 0.5:
                pre = pre.replace(" ", rng.choice((" ", "-", "")) if len(pre) < 12 else " ")
            tags.append("abbreviation")
            return self.legal_vn(nm, "short", f"{pre} {nm.rest}")
        if nm.kind == "vn" and rng.random() < 0.5:
            ini = nm.initials + "".join(w[0] for w in nm.en.split()[len(nm.initials):] if w[0].isupper())
            tags.append("abbreviation")
            return f"{ini[:5]} {rng.choice(_FORMS[nm.form][3])}".upper() if rng.random() < 0.6 else \
                self.legal_vn(nm, "short", ini[:5])
        return self.legal_vn(nm, "short")

    def branch_wrap(self, e: _Ent, legal: str, en: bool) -> str:
        if en:
            return self.rng.choice((f"{legal} - {fold(e.blabel).replace('tai ', '').strip()} Branch",
                                    f"{legal} Branch", f"Branch of {legal}"))
        lab = e.blabel
        r = self.rng.random()
        if r < 0.45:
            return f"Chi nhánh {legal} {lab}" if lab.startswith("tại") else f"Chi nhánh {legal} - {lab}"
        if r < 0.75:
            return f"{legal} - Chi nhánh {lab.replace('tại ', '')}"
        if r < 0.9:
            return f"Chi nhánh {lab.replace('tại ', '')} - {legal}"
        return f"CN {legal} {lab}"

    def plant(self, e: _Ent, nm: _Name, addr: _Addr, tags: list) -> str:
        rng = self.rng
        b = nm.brand
        li = nm.line
        prod = _LINES[li][2] if nm.kind == "vn" and li >= 0 else ""
        prod = prod or rng.choice(("linh kiện điện tử", "linh kiện điện thoại", "linh kiện nhựa", "bao bì",
                                   "bảng mạch điện tử", "dây cáp", "khuôn mẫu chính xác"))
        k = rng.randint(1, 3)
        r = rng.random()
        tags.append("plant_name")
        where = addr.park.vn[0].replace("KCN ", "").replace("CCN ", "") if addr.park else addr.place.dname
        if r < 0.22:
            return f"Nhà máy {b}" + (f" {k}" if rng.random() < 0.5 else "")
        if r < 0.40:
            return f"Nhà máy sản xuất {prod} {b}"
        if r < 0.54:
            return f"Nhà máy {b} {where}"
        if r < 0.66:
            return f"Dự án nhà máy sản xuất {prod} {b}" + (" (giai đoạn 2)" if rng.random() < 0.3 else "")
        if r < 0.80:
            return f"Nhà máy {b} thuộc {self.legal_vn(nm, 'full')}"
        if r < 0.92:
            return f"Xưởng sản xuất số {k} - {self.legal_vn(nm, 'short')}"
        tags.append("plant_no_brand")
        return rng.choice((f"Xưởng sản xuất số {k}", f"Nhà xưởng số {k}", f"Cơ sở sản xuất {prod}"))

    def name_cell(self, e: _Ent, nm: _Name, src: str, addr: _Addr, tags: list) -> str:
        rng = self.rng
        branch = e.branch > 0
        en_tag = ""
        r = rng.random()
        upper = False
        if src == "thue":
            s = self.legal_vn(nm, "reg")
            if branch:
                s = self.branch_wrap(e, s, False)
            upper = True
        elif src == "avl":
            if r < 0.78:
                s = self.legal_en(nm)
                en_tag = "en"
                if branch:
                    s = self.branch_wrap(e, s, True) if rng.random() < 0.6 else s
                upper = rng.random() < 0.6
            else:
                s = fold(self.legal_vn(nm, "full"))
                if branch and rng.random() < 0.6:
                    s = fold(self.branch_wrap(e, s, False))
                upper = rng.random() < 0.6
            if rng.random() < 0.25:
                code = rng.choice((f"V{rng.randrange(10**6):06d}", f"SV{rng.randrange(10**5):05d}",
                                   f"{rng.randrange(100000, 999999)}", f"VN-{rng.randrange(10**4):04d}"))
                s = rng.choice((f"[{code}] {s}", f"{code} - {s}", f"{s} ({code})", f"{code} {s}"))
                tags.append("vendor_code")
        elif src == "pccc":
            if r < 0.45:
                s = self.plant(e, nm, addr, tags)
            else:
                s = self.legal_vn(nm, "full")
                if branch:
                    s = self.branch_wrap(e, s, False)
        elif src == "cnht":
            if r < 0.12:
                s = self.abbreviated(nm, tags)
            else:
                s = self.legal_vn(nm, "full" if rng.random() < 0.8 else "short")
            if branch:
                s = self.branch_wrap(e, s, False)
            if rng.random() < 0.15:
                s = s.lower()
        elif src == "vcci":
            if r < 0.55:
                s = self.abbreviated(nm, tags)
            else:
                s = self.legal_vn(nm, "full")
            if branch:
                s = self.branch_wrap(e, s, False)
        elif src == "web":
            if r < 0.5:
                s, latin = self.brand_name(nm)
                tags.append("brand_name")
                if latin:
                    en_tag = "brand"
            elif r < 0.85:
                s = _title(self.legal_vn(nm, "full"))
                if branch:
                    s = _title(self.branch_wrap(e, s, False))
            else:
                s = _title(self.legal_en(nm).lower()) if rng.random() < 0.5 else self.legal_en(nm)
                en_tag = "en"
        else:  # word
            s = self.legal_vn(nm, "full")
            if branch:
                s = self.branch_wrap(e, s, False)
            if rng.random() < 0.1:
                s = f"{rng.randint(1, 250)}{rng.choice(('. ', ' ', '/ '))}{s}"
                tags.append("row_number")
        # the script of the name: Hán-Việt vs pinyin / Wade-Giles, English of a Vietnamese firm
        if en_tag == "en":
            if nm.kind == "vn":
                tags.append("en_translation")
                if nm.en_tr == "translated":
                    tags.append("en_proper_translated")
            elif nm.alt_en:
                tags.append("hanviet_pinyin")
        elif en_tag == "brand" and nm.alt_en:
            tags.append("hanviet_pinyin")
        elif nm.alt and src in ("cnht", "vcci", "pccc", "web") and "plant_name" not in tags and \
                rng.random() < 0.15 and nm.core in s:
            s = s.replace(nm.core, nm.alt)
            tags.append("hanviet_pinyin")
        if nm.kind == "kr" and src != "thue" and rng.random() < 0.25:
            var = self.ko_variant(nm)
            if var != nm.ko_stem and nm.ko_stem in s:
                s = s.replace(nm.ko_stem, var)
                tags.append("korean_variant")
        if src == "vcci" and len(s) > _CUT_WIDTH:
            s = s[:_CUT_WIDTH].rstrip()
            tags.append("cut_name")
        return self.name_noise(s, src, upper, tags)

    def brand_name(self, nm: _Name) -> tuple[str, bool]:
        """What a web page calls the firm (brand, line, English or mixed) and whether it is in Latin script."""
        rng = self.rng
        r = rng.random()
        if nm.kind == "vn":
            li = _LINES[nm.line]
            if r < 0.35:
                return f"{li[0]} {nm.rest}", False
            if r < 0.55:
                return f"{nm.brand_en} {li[1]}", True
            if r < 0.75:
                return f"{li[0]} {nm.rest} - {nm.brand_en} {li[1]}", False
            if r < 0.88:
                return f"Công ty {nm.rest}", False
            tail = "Pack" if "Bao bì" in li[0] else "Tech" if nm.line in _TECH_LINES else \
                rng.choice(("Group", "JSC", "Co"))
            return f"{nm.brand_en} {tail} | {li[0]} {rng.choice(('Bắc Ninh', 'Bắc Giang', 'giá tốt', 'uy tín'))}", False
        if r < 0.4:
            return nm.en, True
        if r < 0.7:
            return f"{nm.brand_en} {rng.choice(('Vina', 'Vietnam', 'Việt Nam', 'VN'))}", True
        if r < 0.85:
            return nm.brand_en.upper(), True
        return f"{nm.brand_en} - {nm.en}", True

    def ko_variant(self, nm: _Name) -> str:
        rng = self.rng
        syl = list(nm.syl)
        if rng.random() < 0.4:
            alts = [i for i, s in enumerate(syl) if s in _KO_ALT]
            if alts:
                i = rng.choice(alts)
                syl[i] = _KO_ALT[syl[i]]
        return self._ko_join(tuple(syl), rng.randrange(4))

    def name_noise(self, s: str, src: str, upper: bool, tags: list) -> str:
        rng = self.rng
        typo, nodia, caps, nfd, moji, spacing = _NAME_NOISE[src]
        if rng.random() < typo:
            s = _typo(s, rng)
            tags.append("typo")
        if rng.random() < nodia:
            t = fold(s)
            if t != s:
                s = t
                tags.append("no_diacritics")
        if upper:
            s = s.upper()
        elif rng.random() < caps:
            s = s.upper()
            tags.append("upper")
        if rng.random() < spacing:
            r = rng.random()
            if r < 0.4:
                i = s.find(" ", len(s) // 3)
                if i > 0:
                    s = s[:i] + "  " + s[i + 1 :]
            elif r < 0.7:
                s = s + rng.choice((" ", ".", " .", ","))
            else:
                s = " " + s
            tags.append("spacing")
        if rng.random() < nfd:
            t = unicodedata.normalize("NFD", s)
            if t != s:
                s = t
                tags.append("nfd")
        elif rng.random() < moji:
            t = mojibake(s)
            if t != s:
                s = t
                tags.append("mojibake")
        return s

    # tax codes ----------------------------------------------------------------------------------------------------

    def tax_cell(self, e: _Ent, src: str, tags: list) -> str:
        rng = self.rng
        if rng.random() < _EMPTY[src][0]:
            tags.append("tax_empty")
            return ""
        code = e.tax
        if e.branch:
            if src != "thue" and rng.random() < 0.4:
                code = code[:10]
                tags.append("parent_code")
            elif src != "thue":
                r = rng.random()
                if r < 0.15:
                    code = code.replace("-", " - ")
                elif r < 0.3:
                    code = code.replace("-", "")
                elif r < 0.4:
                    code = f"{code[:10]}-{int(code[11:])}"
        if src == "thue":
            return code
        r = rng.random()
        if r < 0.025:
            digits = list(code[:10])
            if rng.random() < 0.6:
                i = rng.randrange(9)
                digits[i] = rng.choice([d for d in "0123456789" if d != digits[i]])
            else:
                spots = [j for j in range(8) if digits[j] != digits[j + 1]]
                if spots:
                    i = rng.choice(spots)
                    digits[i], digits[i + 1] = digits[i + 1], digits[i]
                else:
                    digits[0] = "1" if digits[0] != "1" else "2"
            code = "".join(digits) + code[10:]
            tags.append("tax_mistyped")
        excel = src in ("avl", "word", "vcci", "pccc")
        r = rng.random()
        digits_only = code.replace("-", "").replace(" ", "")
        if excel and r < 0.025 and digits_only.isdigit():
            if len(digits_only) > 11:
                code = f"{int(digits_only):.5E}".replace("E+", "E+")
                tags.append("tax_scientific")
                return code
            code = f"{int(digits_only)}.0" if rng.random() < 0.6 else f"{int(digits_only):.9e}"
            tags.append("tax_scientific")
            return code
        if excel and code.startswith("0") and r < 0.14:
            tags.append("tax_lost_zero")
            return code.lstrip("0")
        r = rng.random()
        if r < 0.07:
            sep = rng.choice((" ", ".", "-", " "))
            head = code[:10]
            tail = code[10:]
            if rng.random() < 0.25 and src == "cnht":
                head = " ".join(head)
            else:
                head = f"{head[:4]}{sep}{head[4:7]}{sep}{head[7:]}" if rng.random() < 0.6 else \
                    f"{head[:2]}{sep}{head[2:]}"
            code = head + tail
            tags.append("tax_formatted")
        r = rng.random()
        if r < (0.22 if src in ("cnht", "web") else 0.04):
            code = rng.choice(("MST: ", "MST ", "MST:", "Mã số thuế: ", "MSDN: ", "MSDN ")) + code
            tags.append("tax_prefix")
        return code

    # addresses ----------------------------------------------------------------------------------------------------

    def detail_vn(self, a: _Addr) -> str:
        rng = self.rng
        if a.park is not None:
            kind, letters, num, sub = a.lot
            if kind == "letter":
                lot = f"{letters}{num}" + (f"-{sub}" if sub else "")
                lot = lot if rng.random() < 0.8 else lot.replace(letters, letters + rng.choice(("-", " ", "")), 1)
                s = f"{rng.choice(('Lô', 'Lô', 'lô', 'Lô đất'))} {lot}"
            elif kind == "cn":
                n = rng.choice((f"{num:02d}", str(num)))
                lot = f"CN{rng.choice(('', '-', ' '))}{n}" + (f"-{sub}" if sub else "")
                s = f"{rng.choice(('Lô', 'Lô', 'lô'))} {lot}"
            elif kind == "ts":
                s = f"Lô {num}, {rng.choice(('đường', 'Đường'))} TS{sub}"
            elif kind == "road":
                s = f"Số {num}, {rng.choice(('đường số', 'Đường số', 'đường'))} {sub}"
            else:
                s = f"Lô {letters}{num}" if letters else f"Lô số {num}" if rng.random() < 0.5 else f"Lô {num}"
            if a.factory:
                s = f"{rng.choice(('Nhà xưởng số', 'Xưởng', 'Nhà xưởng xây sẵn số'))} {a.factory}, {s}"
            return f"{s}, {rng.choice(a.park.vn)}"
        if a.street:
            r = rng.random()
            if r < 0.4:
                return f"Số {a.no}, đường {a.street}"
            if r < 0.7:
                return f"Số {a.no} {a.street}"
            return f"{a.no} {a.street}"
        return f"{a.vtype if rng.random() < 0.8 else a.vtype.lower()} {a.village}"

    def detail_en(self, a: _Addr) -> str:
        rng = self.rng
        if a.park is not None:
            kind, letters, num, sub = a.lot
            if kind == "letter":
                s = f"{rng.choice(('Lot', 'Lot', 'Plot'))} {letters}{num}" + (f"-{sub}" if sub else "")
            elif kind == "cn":
                s = f"{rng.choice(('Lot', 'Plot'))} CN{rng.choice(('', '-'))}{num:02d}" + (f"-{sub}" if sub else "")
            elif kind == "ts":
                s = f"Lot {num}, TS{sub} Road"
            elif kind == "road":
                s = f"No. {num}, Street {sub}" if rng.random() < 0.5 else f"No {num} Road {sub}"
            else:
                s = f"Lot {letters}{num}"
            if a.factory:
                s = f"{rng.choice(('Factory No.', 'Workshop', 'Factory'))} {a.factory}, {s}"
            return f"{s}, {rng.choice(a.park.en)}"
        if a.street:
            st = fold(a.street)
            return f"No. {a.no}, {st} Street" if rng.random() < 0.6 else f"{a.no} {st} St."
        return f"{fold(a.village)} Village" if rng.random() < 0.6 else f"{fold(a.vtype)} {fold(a.village)}"

    def admin_vn(self, p: _Place, era: str, short: bool, tags: list) -> str:
        rng = self.rng

        def ward(kind: str, name: str) -> str:
            if short:
                return {"Xã": "X. ", "Phường": "P. ", "Thị trấn": "TT "}[kind] + name if rng.random() < 0.6 else name
            return f"{kind if rng.random() < 0.3 else kind.lower()} {name}"

        def district(older: bool) -> str:
            kind = p.dkinds[-1] if older and rng.random() < 0.6 else p.dkinds[0]
            name = p.dname_old if kind == p.dkinds[-1] and len(p.dkinds) > 1 else p.dname
            if short:
                ab = {"thành phố": ("TP ", "TP. ", "Tp "), "thị xã": ("TX ", "TX. ", "Tx "), "huyện": ("H. ", "")}
                return rng.choice(ab[kind]) + name
            return f"{kind if rng.random() < 0.7 else kind.capitalize()} {name}"

        def province(kind: str, name: str) -> str:
            if kind == "tỉnh":
                return rng.choice((f"tỉnh {name}", f"Tỉnh {name}", name, name if short else f"tỉnh {name}"))
            return rng.choice((f"TP {name}", f"thành phố {name}", name, f"TP. {name}"))

        pv = _PROV[p.prov]
        if era == "pre":
            older = rng.random() < 0.3
            wk = p.kind_old if older else p.kind
            return f"{ward(wk, p.name)}, {district(older)}, {province(pv[1], pv[0])}"
        if era == "post":
            return f"{ward(p.nkind, p.nname)}, {province(*p.nprov)}"
        r = rng.random()
        if r < 0.35:
            return f"{ward(p.nkind, p.nname)}, {district(False)}, {province(*p.nprov)}"
        if r < 0.65:
            return f"{ward(p.kind, p.name)}, {province(*p.nprov)}"
        if r < 0.85 and p.prov == "BG":
            return f"{ward(p.nkind, p.nname)}, {province(pv[1], pv[0])}"
        return f"{ward(p.kind, p.name)}, {district(False)}, {province(*p.nprov)}"

    def admin_en(self, p: _Place, era: str) -> str:
        rng = self.rng
        kinds = {"Xã": "Commune", "Phường": "Ward", "Thị trấn": "Town", "thành phố": "City", "thị xã": "Town",
                 "huyện": "District"}
        pv = _PROV[p.prov]

        def prov(kind: str, name: str) -> str:
            n = fold(name)
            if kind == "tỉnh":
                return rng.choice((f"{n} Province", n, f"{n} Province"))
            return rng.choice((f"{n} City", n.replace("Ha Noi", "Hanoi"), n))

        if era == "pre":
            dname = p.dname_old if p.dkinds[0] == "huyện" else p.dname
            return f"{fold(p.name)} {kinds[p.kind]}, {fold(dname)} {kinds[p.dkinds[0]]}, {prov(pv[1], pv[0])}"
        if era == "post":
            return f"{fold(p.nname)} {kinds[p.nkind]}, {prov(*p.nprov)}"
        return f"{fold(p.name)} {kinds[p.kind]}, {prov(*p.nprov)}"

    def addr_cell(self, e: _Ent, a: _Addr, src: str, era: str, tags: list) -> str:
        rng = self.rng
        if rng.random() < _EMPTY[src][2]:
            tags.append("addr_empty")
            return ""
        if a.park is not None and src in ("avl", "web", "vcci") and rng.random() < 0.1:
            tags.append("addr_short")
            if src == "avl":
                return f"{rng.choice(a.park.en)}, {fold(_PROV[a.place.prov][0])}"
            return f"{rng.choice(a.park.vn)}, {_PROV[a.place.prov][0] if era == 'pre' else a.place.nprov[1]}"
        if src == "avl" and rng.random() < 0.85:
            tags.append("addr_en")
            tags.append("addr_" + era)
            s = f"{self.detail_en(a)}, {self.admin_en(a.place, era)}"
            if rng.random() < 0.5:
                s += rng.choice((", Vietnam", ", Viet Nam", ", VN"))
            return s.upper() if rng.random() < 0.3 else s
        tags.append("addr_" + era)
        short = rng.random() < 0.35
        s = f"{self.detail_vn(a)}, {self.admin_vn(a.place, era, short, tags)}"
        if rng.random() < 0.06:
            s += ", Việt Nam"
        if src == "avl":
            s = fold(s)
        elif src in ("cnht", "web") and rng.random() < 0.15:
            s = fold(s)
            tags.append("addr_no_diacritics")
        return s

    # phones -------------------------------------------------------------------------------------------------------

    def fmt(self, p: tuple, src: str, tags: list) -> str:
        rng = self.rng
        kind = p[0]
        if kind == "h":
            n = p[1]
            return rng.choice((n, f"{n[:4]} {n[4:]}", f"{n[:4]}.{n[4:]}", f"{n[:4]} {n[4:6]} {n[6:]}"))
        r = rng.random()
        plus = {"avl": 0.25, "cnht": 0.06, "web": 0.05}.get(src, 0.01)
        lost = {"avl": 0.04, "thue": 0.03, "word": 0.05, "vcci": 0.03, "pccc": 0.03}.get(src, 0.0)
        if kind == "m":
            n, old = p[1], p[2]
            oldp = {"word": 0.35, "web": 0.2, "vcci": 0.12}.get(src, 0.03)
            if old and rng.random() < oldp:
                tags.append("phone_old_mobile")
                return rng.choice((old, f"{old[:4]} {old[4:7]} {old[7:]}", f"{old[:4]}.{old[4:8]}.{old[8:]}",
                                   f"{old[:4]}.{old[4:7]}.{old[7:]}"))
            if r < plus:
                tags.append("phone_plus84")
                t = n[1:]
                return rng.choice((f"+84 {t[:3]} {t[3:6]} {t[6:]}", f"+84{t}", f"84{t}", f"(+84) {t}",
                                   f"+84-{t[:3]}-{t[3:6]}-{t[6:]}", f"84 {t}"))
            if r < plus + lost:
                tags.append("phone_lost_zero")
                return n[1:]
            return rng.choice((n, n, f"{n[:4]} {n[4:7]} {n[7:]}", f"{n[:4]}.{n[4:7]}.{n[7:]}",
                               f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"))
        prov, sub = p[1], p[2]
        pv = _PROV[prov]
        area = pv[3]
        oldp = {"word": 0.45, "web": 0.35, "vcci": 0.15}.get(src, 0.03)
        if pv[4] != pv[3] and rng.random() < oldp:
            area = pv[4]
            tags.append("phone_old_area")
        if len(sub) == 7:
            g = rng.choice((f"{sub[:4]} {sub[4:]}", sub, f"{sub[0]} {sub[1:4]} {sub[4:]}", f"{sub[:3]} {sub[3:]}",
                            f"{sub[0]}.{sub[1:4]}.{sub[4:]}"))
        else:
            g = rng.choice((f"{sub[:4]} {sub[4:]}", sub, f"{sub[:2]} {sub[2:5]} {sub[5:]}"))
        if r < plus:
            tags.append("phone_plus84")
            return rng.choice((f"+84 {area[1:]} {g}", f"84-{area[1:]}-{sub}", f"+84.{area[1:]}.{sub}"))
        if r < plus + lost:
            tags.append("phone_lost_zero")
            return area[1:] + sub
        return rng.choice((f"{area} {g}", f"{area}.{sub}", f"({area}) {g}", f"{area}{sub}", f"{area}-{g}",
                           f"({area}).{sub}", f"{area} {g}"))

    def phone_cell(self, e: _Ent, src: str, tags: list) -> str:
        rng = self.rng
        if rng.random() < _EMPTY[src][1]:
            tags.append("phone_empty")
            return ""
        mobiles = e.mobiles
        r = rng.random()
        if e.service is not None and rng.random() < {"thue": 0.8, "vcci": 0.45}.get(src, 0.2):
            main = e.service
            tags.append("service_phone")
        elif e.landlord is not None and rng.random() < 0.5:
            main = e.landlord
            tags.append("landlord_phone")
        elif src == "thue":
            main = e.land if e.land and r < 0.7 else mobiles[0]
        elif src == "avl":
            main = mobiles[-1] if r < 0.75 or not e.land else e.land
        elif src == "pccc":
            main = mobiles[min(1, len(mobiles) - 1)] if r < 0.6 or not e.land else e.land
        elif src == "cnht":
            main = mobiles[0] if r < 0.6 or not e.land else e.land
        elif src == "vcci":
            main = e.land if e.land and r < 0.7 else mobiles[0]
        elif src == "web":
            main = e.hotline if e.hotline and r < 0.6 else e.land if e.land and r < 0.8 else mobiles[-1]
        else:
            main = e.land if e.land and r < 0.5 else mobiles[0]
        if main and main[0] == "h":
            tags.append("phone_hotline")
        email = {"cnht": 0.06, "avl": 0.02, "vcci": 0.02, "web": 0.02}.get(src, 0.0)
        if rng.random() < email:
            tags.append("phone_email")
            local = rng.choice(("hr", "sales", "ketoan", "info", "purchase", "admin", "contact", "kinhdoanh"))
            mail = f"{local}@{e.domain}"
            if rng.random() < 0.5:
                return mail
            return f"{self.fmt(main, src, tags)} - {mail}"
        s = self.fmt(main, src, tags)
        if main[0] == "l" and rng.random() < {"vcci": 0.05, "cnht": 0.04, "avl": 0.04, "web": 0.02}.get(src, 0.01):
            s += rng.choice((f" (máy lẻ {rng.randint(10, 999)})", f" - máy lẻ {rng.randint(10, 999)}",
                             f" ext {rng.randint(100, 2999)}", f" - số lẻ {rng.randint(10, 299)}",
                             f" (ext: {rng.randint(10, 999)})"))
            tags.append("phone_ext")
        multi = {"cnht": 0.35, "web": 0.15, "vcci": 0.12, "word": 0.10, "avl": 0.05, "pccc": 0.08}.get(src, 0.02)
        if rng.random() < multi:
            others = [p for p in (e.land, *mobiles) if p and p is not main]
            if main[0] == "l" and rng.random() < 0.3:
                fax = ("l", main[1], main[2][:-1] + str((int(main[2][-1]) + 1) % 10))
                s = f"Tel: {s} - Fax: {self.fmt(fax, src, tags)}"
                tags.append("phone_multi")
            elif others:
                o = self.fmt(rng.choice(others), src, tags)
                r = rng.random()
                if r < 0.2:
                    s = f"ĐT: {s}; DĐ: {o}"
                else:
                    s = f"{s}{rng.choice((' / ', ' - ', '; ', ', ', ' hoặc ', ' & '))}{o}"
                tags.append("phone_multi")
        return s


def _generate(n: int, seed: int, keep_tags: bool) -> tuple[list[dict], list[tuple]]:
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError("n must be an int")
    if n < 0:
        raise ValueError("n must be >= 0")
    g = _Gen(seed, keep_tags)
    if n:
        g.run(n)
    rows = g.rows
    perm = list(range(len(rows)))
    g.rng.shuffle(perm)
    counters = dict.fromkeys(SOURCES, 0)
    out: list[dict] = []
    tags: list[tuple] = []
    for i in perm:
        src, name, tax, address, phone, truth = rows[i]
        counters[src] += 1
        out.append({"id": f"{src}-{counters[src]:07d}", "name": name, "tax_code": tax, "address": address,
                    "phone": phone, "truth": truth})
        rows[i] = None
        if keep_tags:
            tags.append(g.tags[i])
    return out, tags


def records(n: int, seed: int = 0) -> list[dict]:
    """n synthetic records (id, name, tax_code, address, phone, truth) of Bắc Ninh supporting-industry firms."""
    return _generate(n, seed, False)[0]


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """The records of records(n, seed) and, for each, the tuple of its hard-case and noise tags."""
    return _generate(n, seed, True)


def source_of(record: dict) -> str:
    return record["id"].split("-", 1)[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 20_000
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs = records(n, seed)
    dt = time.perf_counter() - t0
    truths: dict[str, int] = {}
    srcs = dict.fromkeys(SOURCES, 0)
    for r in recs:
        truths[r["truth"]] = truths.get(r["truth"], 0) + 1
        srcs[source_of(r)] += 1
    m = len(recs) or 1
    ents = len(truths)
    single = sum(1 for v in truths.values() if v == 1)
    print(f"gen_north: {len(recs)} records, seed {seed}, {dt:.2f} s")
    print(f"  enterprises {ents}, records/enterprise {len(recs) / max(ents, 1):.2f}, "
          f"singletons {100 * single / max(ents, 1):.1f} %")
    for key, label in (("tax_code", "tax code"), ("phone", "phone"), ("address", "address"), ("name", "name")):
        print(f"  with {label}: {100 * sum(1 for r in recs if r[key]) / m:.1f} %")
    print("  sources: " + ", ".join(f"{s} {100 * c / m:.1f} %" for s, c in srcs.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
