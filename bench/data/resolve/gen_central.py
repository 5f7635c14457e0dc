"""ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number.

Firm names are random combinations of common Vietnamese (Hán-Việt) syllables, Japanese surname
fragments plus generic trade words, romanised Korean syllables, Chinese characters with their
readings, and generic English words; tax codes, lots, house numbers and phone numbers are drawn at
random (tax codes carry a valid check digit so that they look right). Any resemblance to a real firm
is coincidence. Park, cluster, commune and district names are real place names; the old-to-new
commune mapping follows the 2025 reorganisation as far as the author knows it (approximate).

Scenario
--------
On 1 July 2025 Quảng Nam merged into Đà Nẵng and the districts were abolished (two-level local
government); communes and wards were merged and renamed (Hòa Khánh Bắc -> phường Liên Chiểu,
Điện Ngọc -> phường Điện Bàn Bắc, Tam Hiệp -> xã Núi Thành, Tam Thăng -> phường Quảng Phú, ...).
The city's Department of Industry and Trade builds one register of supporting-industry (CNHT)
enterprises from lists that it receives: the automotive complex at Chu Lai and its suppliers
(seats, wiring harness, glass, rubber, stamping, paint, moulds), the parks of Hòa Khánh,
Liên Chiểu, Hòa Cầm, An Đồn, the High-Tech Park, Điện Nam-Điện Ngọc, Tam Thăng, Bắc Chu Lai,
Tam Anh and a handful of clusters (garment and footwear accessories, wood and furniture,
electronics, mechanical, plastic packaging). Old addresses (with districts and pre-merger
communes) and old phone numbers (0511/0510 area codes, 11-digit mobiles) keep appearing.

Origin (share of records): ~77 % domestic, ~11 % Japanese, ~6 % Korean, ~5 % Chinese/Taiwanese,
~1.4 % Thai/Singaporean. About 1 % of enterprises are companies registered outside (Hà Nội,
HCMC, Bình Dương, ...) whose dependent branch works here. Enterprises average ~2.7 records (at
1,000,000 records: ~365,000 enterprises; the pools of names, lots, tax codes and phones grow with
n, registered names stay unique except for the deliberate hard cases, and a short brand (trade
word + brand) is shared by at most three firms); ~37 % of enterprises appear once
(singletons, ~13 % of records), the largest have 12 records. Tax codes: 10 digits with the mod-11 check
digit (weights 31,29,23,19,17,13,7,5,3; check = 10 - sum mod 11, codes whose check would be 10
are never issued), prefix 04 Đà Nẵng, 40 Quảng Nam, 01 Hà Nội, 03 HCMC, 37 Bình Dương,
36 Đồng Nai, 02 Hải Phòng, 23 Bắc Ninh, 43 Quảng Ngãi, 33 Huế; branches 10 digits + "-00n".

Sources (share of records at n=20000, seed 0; a list only names firms it can know; tag src:NAME):
  avl       ~9 %  automotive assembler's approved-vendor list (auto, mechanical, plastic, electronics
                  suppliers): English names, vendor code in the name cell (~35 % of its rows),
                  English plant addresses, +84 phones, parent's code for branches.
  qn_doit  ~13 %  old Quảng Nam DOIT CNHT list typed by officers (only firms in former Quảng Nam):
                  "Cty TNHH", "DNTN", "SX-TM", old communes and districts, 0510 numbers, Hán-Việt
                  readings of Chinese names, legacy encodings.
  ipboard  ~16 %  park / High-Tech Park board tenant lists (only park tenants): names in capitals,
                  lot-only addresses (60 %), investor country appended to foreign names (30 %).
  jetro    ~3.5 % Japanese chamber list (only Japanese firms): romaji, katakana + English, the
                  parent's name (K.K., 株式会社), rarely a tax code.
  registry ~19 %  business-registration extract: registered names in capitals, clean tax codes,
                  registered head office (in another province for firms registered outside).
  scrape   ~14 %  Google-Maps / web scrape: brand names, Title Case, no legal form, hotlines
                  1900/1800, mixed English/Vietnamese, "MST: ..." from a web footer (10 %).
  insure   ~14 %  social-insurance / customs list with Excel damage: tax codes as numbers (lost
                  leading zero, 4.00123E+09, ".0"), names cut at 40 characters, digits-only phones.
  fair     ~12 %  trade-fair registration form typed by the firm: typos, no diacritics, e-mails in
                  the phone cell, several phones, the director's mobile.
Fields present: tax code ~66 %, phone ~70 %, address ~88 %, name ~99.9 % of records.

Hard cases (share of enterprises at n=20000; every record of such an enterprise carries the tag):
  namesake         ~2.6 %  same name, different firm in another park, the other former province
                           or registered in Hà Nội / HCMC (names were unique per province only).
  legal_form_twin  ~1.4 %  names differing only by legal form (TNHH / CP / MTV / DNTN): different firms.
  sister           ~2.7 %  sister firms of one group: same brand, other trade, same premises and
                           switchboard, their own tax codes.
  branch           ~3.6 %  dependent branches, each its own enterprise, 13-digit code; ~20 % of their
                           records carry only the parent's 10-digit code [parent_code] and a few the
                           parent's head office [parent_address].
  parent           ~2.5 %  the companies those branches belong to (a third registered outside).
  renamed          ~2.9 %  renamed firms keeping their tax code; older lists show the old name
                           (TNHH -> CP conversion or a new brand) [old_name].
  moved            ~2.6 %  moved firms; older lists show the old site/lot [old_site].
  shared_lot       ~1.9 %  ready-built factories: 2-4 unrelated tenants on one lot ("Nhà xưởng số 2"),
                           the landlord's phone on ~60 % of their phones.
  shared_phone     ~2.6 %  3-8 small firms giving the phone of one accounting-service office.
  Per record (share of records): English translation of a Vietnamese name [english_name] ~15 %,
  katakana [katakana] ~0.5 %, romaji variants (Kogyo/Kougyou/Kōgyō, split or joined)
  [romaji_variant] ~1 %, Japanese parent's name [parent_name] ~0.7 %, Hán-Việt / pinyin /
  Wade-Giles [han_viet, pinyin, wade_giles] ~0.4 %, abbreviations and initials [abbrev] ~5 %,
  vendor codes in the name [vendor_code] ~2 %, names cut at 40 characters [truncated] ~4.5 %,
  legacy VNI encoding [vni] ~0.7 %, UTF-8 read as cp1252 [mojibake] ~0.6 %, pre-merger
  addresses [old_address] ~42 %, old phone numbers (0511/0510 area codes, 11-digit mobiles)
  [old_phone] ~10 %, missing fields [no_tax ~34 %, no_phone ~30 %, no_address ~12 %].
  Origin tag on every record: origin:dom / jp / kr / cn / tw / th / sg.

Noise (share of records at n=20000): typos (keyboard neighbours, dropped/doubled letters,
transpositions, Telex residue such as "Nhuwja") [typo] ~8.5 %; missing diacritics [no_diacritics]
~13 %; case changes [case] ~7.5 %; extra or non-breaking spaces [spaces] ~6.5 %; tax codes with
spaces/dots/"MST:" [tax_format] ~6.3 %; a mistyped or transposed tax digit [tax_typo] ~1.3 %;
Excel-damaged tax codes [tax_excel] ~9.5 %; e-mail in the phone cell [email_in_phone] ~1.6 %;
several phones [multi_phone] ~5.7 %; extension "máy lẻ" / "ext." [extension] ~2.4 %. Phones come
in many formats (+84, 0084, brackets, dots, spaces, digits only) and addresses with or without
"KCN" / "Khu công nghiệp" / "IP" / "Industrial Park", "Lô" / "Lot" / "Plot", in English or not.
The shares above are the module constants SOURCE_SHARES, HARD_CASE_SHARES and NOISE_SHARES.

Usage: python bench/data/resolve/gen_central.py 20000 [seed]
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from bisect import bisect
from collections import Counter
from itertools import accumulate

# --------------------------------------------------------------------------------------------
# Text helpers (tables built once at import)
# --------------------------------------------------------------------------------------------

_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_MODS = ("\u0302", "\u0306", "\u031b")


def _build_tables():
    strip, telex, vni = {}, {}, {}
    plain = {"s": "ù", "f": "ø", "r": "û", "x": "õ", "j": "ï"}
    circ = {"s": "á", "f": "à", "r": "å", "x": "ã", "j": "ä"}
    breve = {"s": "é", "f": "è", "r": "ú", "x": "ü", "j": "ë"}
    itone = {"s": "í", "f": "ì", "r": "æ", "x": "ó", "j": "ò"}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        d = unicodedata.normalize("NFD", ch)
        base = d[0]
        if len(d) == 1 or not base.isascii() or not base.isalpha():
            continue
        marks = d[1:]
        if any(m not in _TONES and m not in _MODS for m in marks):
            continue
        strip[cp] = base
        low = base.lower()
        tone = next((_TONES[m] for m in marks if m in _TONES), "")
        mod = next((m for m in marks if m in _MODS), "")
        if mod == "\u0302":
            tk, core = low + low, low
        elif mod == "\u0306":
            tk, core = low + "w", low
        elif mod == "\u031b":
            tk, core = low + "w", {"o": "ô", "u": "ö"}.get(low, low)
        else:
            tk, core = low, low
        telex[ch] = ((tk.upper() if base.isupper() else tk), tone)
        if mod == "\u0302":
            v = core + (circ[tone] if tone else "â")
        elif mod == "\u0306":
            v = core + (breve[tone] if tone else "ê")
        elif low == "i" and tone:
            v = itone[tone]
        else:
            v = core + (plain[tone] if tone else "")
        vni[ch] = v.upper() if base.isupper() else v
    strip[ord("đ")], strip[ord("Đ")] = "d", "D"
    telex["đ"], telex["Đ"] = ("dd", ""), ("DD", "")
    vni["đ"], vni["Đ"] = "ñ", "Ñ"
    return strip, telex, vni


_STRIP, _TELEX, _VNI = _build_tables()


def strip_marks(s: str) -> str:
    """Remove Vietnamese diacritics (đ -> d)."""
    return s.translate(_STRIP)


def to_vni(s: str) -> str:
    """Vietnamese text typed in the legacy VNI encoding, displayed in a Windows-1252 font."""
    return "".join(_VNI.get(c, c) for c in s)


def to_mojibake(s: str) -> str:
    """UTF-8 bytes read back as Windows-1252."""
    return s.encode("utf-8").decode("cp1252", errors="replace")


def _telex_word(w: str) -> str:
    tail = ""
    while w and not w[-1].isalpha():
        w, tail = w[:-1], w[-1] + tail
    out, tone = [], ""
    for c in w:
        t = _TELEX.get(c)
        if t is None:
            out.append(c)
        else:
            out.append(t[0])
            tone = tone or t[1]
    return "".join(out) + tone + tail


_KEYS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_NEIGH: dict[str, str] = {}
for _r, _row in enumerate(_KEYS):
    for _i, _c in enumerate(_row):
        _n = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
        if _r > 0:
            _n += _KEYS[_r - 1][_i : _i + 2]
        if _r < 2:
            _n += _KEYS[_r + 1][max(0, _i - 1) : _i + 1]
        _NEIGH[_c] = _n


def typo(s: str, rng: random.Random) -> str:
    """One typing error: keyboard neighbour, dropped/doubled letter, transposition, Telex residue."""
    if len(s) < 4:
        return s
    r = rng.random()
    if r < 0.22:
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if any(c in _TELEX for c in w)]
        if idx:
            i = rng.choice(idx)
            words[i] = _telex_word(words[i])
            return " ".join(words)
    pos = [i for i, c in enumerate(s) if c.isalpha()]
    if not pos:
        return s
    i = rng.choice(pos)
    c = s[i]
    if r < 0.5:
        nb = _NEIGH.get(c.lower())
        if nb:
            x = rng.choice(nb)
            return s[:i] + (x.upper() if c.isupper() else x) + s[i + 1 :]
        return s[:i] + s[i + 1 :]
    if r < 0.72:
        return s[:i] + s[i + 1 :]
    if r < 0.88:
        return s[:i] + c + s[i:]
    if i + 1 < len(s):
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    return s[:i]


# --------------------------------------------------------------------------------------------
# Tax codes and phones
# --------------------------------------------------------------------------------------------

_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(d9: str) -> int | None:
    """Official mod-11 check digit of the first nine digits; None if the code cannot be issued."""
    c = 10 - sum(w * (ord(d) - 48) for w, d in zip(_W, d9, strict=True)) % 11
    return None if c == 10 else c


# province -> (tax prefixes, new area code, old area code, landline first digits, local length)
_PROV = {
    "DN": (("040",), "236", "511", "3623", 7),
    "QN": (("400", "401"), "235", "510", "3", 7),
    "HN": (("010",), "24", "4", "3", 8),
    "HCM": (("030", "031"), "28", "8", "3", 8),
    "BD": (("370",), "274", "650", "3", 7),
    "DNai": (("360",), "251", "61", "3", 7),
    "HP": (("020",), "225", "31", "3", 7),
    "BN": (("230",), "222", "241", "3", 7),
    "QNg": (("430",), "255", "55", "3", 7),
    "Hue": (("330",), "234", "54", "3", 7),
}

# old 11-digit mobile prefixes -> new 10-digit prefixes (2018 conversion)
_MOBILE_OLD = {
    "032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
    "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
    "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
    "056": "0186", "058": "0188", "059": "0199",
}
_MOBILE_NEW_ONLY = ("090", "091", "093", "094", "096", "097", "098", "088", "089", "086")


def _fmt_land(area: str, local: str, rng: random.Random) -> str:
    a = "0" + area
    r = rng.random()
    if len(local) == 7:
        p1, p2 = local[:4], local[4:]
        q1, q2, q3 = local[:1], local[1:4], local[4:]
    else:
        p1, p2 = local[:4], local[4:]
        q1, q2, q3 = local[:2], local[2:5], local[5:]
    if r < 0.30:
        return f"{a} {p1} {p2}"
    if r < 0.45:
        return f"{a}.{p1}.{p2}"
    if r < 0.58:
        return f"({a}) {q1} {q2} {q3}"
    if r < 0.68:
        return f"{a}{local}"
    if r < 0.76:
        return f"+84 {area} {p1} {p2}"
    if r < 0.81:
        return f"+84-{area}-{local}"
    if r < 0.85:
        return f"0084 {area} {local}"
    if r < 0.92:
        return f"{a}-{local}"
    return f"({a}) {local}"


def _fmt_mobile(m: str, rng: random.Random) -> str:
    r = rng.random()
    if len(m) == 10:
        if r < 0.35:
            return m
        if r < 0.55:
            return f"{m[:4]} {m[4:7]} {m[7:]}"
        if r < 0.70:
            return f"{m[:4]}.{m[4:7]}.{m[7:]}"
        if r < 0.82:
            return f"+84 {m[1:4]} {m[4:7]} {m[7:]}"
        if r < 0.88:
            return f"+84{m[1:]}"
        if r < 0.93:
            return f"(+84) {m[1:]}"
        return f"{m[:4]}-{m[4:]}"
    if r < 0.5:
        return m
    if r < 0.8:
        return f"{m[:5]} {m[5:8]} {m[8:]}"
    return f"{m[:5]}.{m[5:]}"


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

# (kind, vi name, en name, old commune type, old commune, old district type, old district, old province,
#  new commune type, new commune, weight, sectors favoured)
_SITES = [
    ("KCN", "Hòa Khánh", "Hoa Khanh", "phường", "Hòa Khánh Bắc", "quận", "Liên Chiểu", "DN",
     "phường", "Liên Chiểu", 14, "mech elec plastic garment wood"),
    ("KCN", "Hòa Khánh mở rộng", "Hoa Khanh Expansion", "phường", "Hòa Khánh Bắc", "quận", "Liên Chiểu",
     "DN", "phường", "Liên Chiểu", 5, "mech plastic wood"),
    ("KCN", "Liên Chiểu", "Lien Chieu", "phường", "Hòa Hiệp Bắc", "quận", "Liên Chiểu", "DN",
     "phường", "Hải Vân", 4, "mech plastic"),
    ("KCN", "Hòa Cầm", "Hoa Cam", "phường", "Hòa Thọ Tây", "quận", "Cẩm Lệ", "DN",
     "phường", "Cẩm Lệ", 6, "elec garment mech plastic"),
    ("KCN", "Đà Nẵng", "Da Nang", "phường", "An Hải Bắc", "quận", "Sơn Trà", "DN",
     "phường", "An Hải", 3, "elec garment"),
    ("KCN", "Dịch vụ Thủy sản Đà Nẵng", "Da Nang Seafood Service", "phường", "Thọ Quang", "quận", "Sơn Trà",
     "DN", "phường", "Sơn Trà", 1, "plastic"),
    ("KCNC", "Đà Nẵng", "Da Nang", "xã", "Hòa Liên", "huyện", "Hòa Vang", "DN",
     "phường", "Liên Chiểu", 5, "elec mech"),
    ("KCN", "Hòa Ninh", "Hoa Ninh", "xã", "Hòa Ninh", "huyện", "Hòa Vang", "DN",
     "xã", "Bà Nà", 1, "mech wood"),
    ("CCN", "Thanh Vinh", "Thanh Vinh", "phường", "Hòa Khánh Bắc", "quận", "Liên Chiểu", "DN",
     "phường", "Liên Chiểu", 2, "mech wood plastic"),
    ("KCN", "Điện Nam - Điện Ngọc", "Dien Nam - Dien Ngoc", "phường", "Điện Ngọc", "thị xã", "Điện Bàn",
     "QN", "phường", "Điện Bàn Bắc", 12, "garment auto elec mech plastic wood"),
    ("KCN", "Bắc Chu Lai", "Bac Chu Lai", "xã", "Tam Hiệp", "huyện", "Núi Thành", "QN",
     "xã", "Núi Thành", 6, "auto mech plastic wood"),
    ("KCN", "Tam Hiệp", "Tam Hiep", "xã", "Tam Hiệp", "huyện", "Núi Thành", "QN",
     "xã", "Núi Thành", 3, "auto mech"),
    ("KCN", "Cơ khí ô tô Chu Lai", "Chu Lai Automotive", "xã", "Tam Hiệp", "huyện", "Núi Thành", "QN",
     "xã", "Núi Thành", 8, "auto auto mech plastic"),
    ("KCN", "Tam Anh", "Tam Anh", "xã", "Tam Anh Nam", "huyện", "Núi Thành", "QN",
     "xã", "Tam Anh", 2, "auto mech"),
    ("KCN", "Tam Thăng", "Tam Thang", "xã", "Tam Thăng", "thành phố", "Tam Kỳ", "QN",
     "phường", "Quảng Phú", 5, "garment garment elec"),
    ("KCN", "Thuận Yên", "Thuan Yen", "phường", "Hòa Thuận", "thành phố", "Tam Kỳ", "QN",
     "phường", "Quảng Phú", 1, "garment wood"),
    ("KCN", "Đông Quế Sơn", "Dong Que Son", "xã", "Quế Cường", "huyện", "Quế Sơn", "QN",
     "xã", "Quế Sơn", 2, "garment wood"),
    ("CCN", "Trảng Nhật", "Trang Nhat", "xã", "Điện Hòa", "thị xã", "Điện Bàn", "QN",
     "xã", "Điện Bàn Tây", 2, "wood mech"),
    ("CCN", "An Lưu", "An Luu", "phường", "Điện Nam Đông", "thị xã", "Điện Bàn", "QN",
     "phường", "Điện Bàn Đông", 1, "garment plastic"),
    ("CCN", "Thanh Hà", "Thanh Ha", "phường", "Thanh Hà", "thành phố", "Hội An", "QN",
     "phường", "Hội An Tây", 1, "wood"),
    ("CCN", "Đại Hiệp", "Dai Hiep", "xã", "Đại Hiệp", "huyện", "Đại Lộc", "QN",
     "xã", "Đại Lộc", 1, "garment wood"),
]

# (street, old commune type, old commune, old district type, old district, old prov, new type, new commune, w)
_STREETS = [
    ("Tôn Đức Thắng", "phường", "Hòa Khánh Nam", "quận", "Liên Chiểu", "DN", "phường", "Hòa Khánh", 4),
    ("Nguyễn Lương Bằng", "phường", "Hòa Khánh Bắc", "quận", "Liên Chiểu", "DN", "phường", "Liên Chiểu", 3),
    ("Âu Cơ", "phường", "Hòa Khánh Bắc", "quận", "Liên Chiểu", "DN", "phường", "Liên Chiểu", 2),
    ("Trường Chinh", "phường", "Hòa Phát", "quận", "Cẩm Lệ", "DN", "phường", "An Khê", 3),
    ("Cách Mạng Tháng Tám", "phường", "Khuê Trung", "quận", "Cẩm Lệ", "DN", "phường", "Cẩm Lệ", 2),
    ("Nguyễn Hữu Thọ", "phường", "Hòa Thuận Tây", "quận", "Hải Châu", "DN", "phường", "Hòa Cường", 2),
    ("Điện Biên Phủ", "phường", "Chính Gián", "quận", "Thanh Khê", "DN", "phường", "Thanh Khê", 2),
    ("Ngô Quyền", "phường", "An Hải Bắc", "quận", "Sơn Trà", "DN", "phường", "An Hải", 1),
    ("Quốc lộ 1A", "xã", "Hòa Châu", "huyện", "Hòa Vang", "DN", "phường", "Hòa Xuân", 2),
    ("Quốc lộ 14B", "xã", "Hòa Nhơn", "huyện", "Hòa Vang", "DN", "xã", "Bà Nà", 1),
    ("Quốc lộ 1A", "phường", "Vĩnh Điện", "thị xã", "Điện Bàn", "QN", "phường", "Điện Bàn", 2),
    ("Hùng Vương", "phường", "An Xuân", "thành phố", "Tam Kỳ", "QN", "phường", "Tam Kỳ", 1),
    ("Phan Châu Trinh", "phường", "Tân Thạnh", "thành phố", "Tam Kỳ", "QN", "phường", "Bàn Thạch", 1),
    ("Quốc lộ 1A", "thị trấn", "Núi Thành", "huyện", "Núi Thành", "QN", "xã", "Núi Thành", 2),
    ("ĐT 609", "thị trấn", "Ái Nghĩa", "huyện", "Đại Lộc", "QN", "xã", "Đại Lộc", 1),
    ("Quốc lộ 1A", "thị trấn", "Nam Phước", "huyện", "Duy Xuyên", "QN", "xã", "Nam Phước", 1),
]

_VILLAGES = ("Phú Sơn", "Trung Nghĩa", "Quán Nam", "Hưởng Phước", "Đông Lâm", "Tây An", "Thái Lai",
             "Phước Thuận", "Bình Long", "Tân Mỹ", "Xuân Thiều", "Đa Phước", "An Tây", "Kim Liên")

_HQ = [
    ("Số {n} Phạm Hùng, P. Mỹ Đình 2, Q. Nam Từ Liêm, TP Hà Nội", "HN"),
    ("Tầng {f}, Số {n} Trần Duy Hưng, P. Trung Hòa, Q. Cầu Giấy, TP Hà Nội", "HN"),
    ("Lô {lot}, KCN Bắc Thăng Long, H. Đông Anh, TP Hà Nội", "HN"),
    ("Số {n} Nguyễn Văn Linh, P. Tân Phong, Q. 7, TP Hồ Chí Minh", "HCM"),
    ("Số {n} Lê Trọng Tấn, P. Tây Thạnh, Q. Tân Phú, TP Hồ Chí Minh", "HCM"),
    ("Lô {lot}, KCN Tân Tạo, Q. Bình Tân, TP Hồ Chí Minh", "HCM"),
    ("Lô {lot}, KCN Sóng Thần 2, TP Dĩ An, tỉnh Bình Dương", "BD"),
    ("Lô {lot}, KCN Biên Hòa 2, TP Biên Hòa, tỉnh Đồng Nai", "DNai"),
    ("Số {n} Lạch Tray, Q. Ngô Quyền, TP Hải Phòng", "HP"),
    ("Lô {lot}, KCN Quế Võ, TX Quế Võ, tỉnh Bắc Ninh", "BN"),
    ("Số {n} Quang Trung, TP Quảng Ngãi, tỉnh Quảng Ngãi", "QNg"),
    ("Số {n} Hùng Vương, TP Huế, tỉnh Thừa Thiên Huế", "Hue"),
]

_SITE_WORD_VI = {
    "KCN": ("KCN", "KCN", "KCN", "Khu công nghiệp", "Khu Công Nghiệp", "Khu CN", "K.C.N"),
    "CCN": ("CCN", "Cụm công nghiệp", "Cụm CN", "CCN"),
    "KCNC": ("Khu Công nghệ cao", "Khu CNC", "KCNC", "Khu công nghệ cao"),
}
_SITE_WORD_EN = {
    "KCN": ("Industrial Park", "Industrial Park", "IP", "Industrial Zone", "I.P."),
    "CCN": ("Industrial Cluster", "Industrial Complex", "IC"),
    "KCNC": ("Hi-Tech Park", "High-Tech Park", "HTP", "Hi Tech Park"),
}
_DIST_ABBR = {"quận": ("Q.", "quận", "Quận", ""), "huyện": ("H.", "huyện", "Huyện", ""),
              "thị xã": ("TX", "TX.", "thị xã", ""), "thành phố": ("TP", "TP.", "thành phố", "")}
_COMM_ABBR = {"phường": ("P.", "phường", "Phường", ""), "xã": ("xã", "X.", "Xã", ""),
              "thị trấn": ("TT", "TT.", "thị trấn", "")}
_EN_UNIT = {"phường": "Ward", "xã": "Commune", "thị trấn": "Town", "quận": "District", "huyện": "District",
            "thị xã": "Town", "thành phố": "City"}
_PROV_VI = {"DN": ("TP Đà Nẵng", "TP. Đà Nẵng", "Đà Nẵng", "Thành phố Đà Nẵng", "TP.ĐN"),
            "QN": ("tỉnh Quảng Nam", "Quảng Nam", "T. Quảng Nam", "Tỉnh Quảng Nam")}
_PROV_EN = {"DN": ("Da Nang City", "Danang", "Da Nang", "Danang City"),
            "QN": ("Quang Nam Province", "Quang Nam", "Quang Nam Prov.")}

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_FORM_VI = {"tnhh": "Công ty TNHH", "mtv": "Công ty TNHH MTV", "cp": "Công ty Cổ phần",
            "dntn": "Doanh nghiệp tư nhân", "htx": "Hợp tác xã"}
_FORM_VI_LONG = {"tnhh": "Công ty Trách nhiệm hữu hạn", "mtv": "Công ty TNHH Một thành viên",
                 "cp": "Công ty Cổ phần", "dntn": "Doanh nghiệp tư nhân", "htx": "Hợp tác xã"}
_FORM_ABBR = {"tnhh": ("Cty TNHH", "Cty TNHH", "CTY TNHH", "C.ty TNHH", "Công ty TNHH"),
              "mtv": ("Cty TNHH MTV", "Cty TNHH 1TV", "Cty TNHH MTV", "Công ty TNHH MTV"),
              "cp": ("Cty CP", "CTCP", "Cty Cổ phần", "Công ty CP"),
              "dntn": ("DNTN", "DNTN", "DN tư nhân"), "htx": ("HTX",)}
_FORM_EN = {"tnhh": ("Co., Ltd", "Co., Ltd.", "Company Limited", "Co.,Ltd", "Limited Company"),
            "mtv": ("One Member Co., Ltd", "Co., Ltd", "Company Limited", "One Member Limited Liability Company"),
            "cp": ("Joint Stock Company", "JSC", "Corporation", "Corp.", "., JSC"),
            "dntn": ("Private Enterprise", "Private Enterprise", "Pte. Enterprise"),
            "htx": ("Cooperative",)}
_FORM_W = (("tnhh", 55), ("mtv", 13), ("cp", 23), ("dntn", 7), ("htx", 2))

_PREFIX = [("", "", ""), ("", "", ""), ("", "", ""), ("", "", ""), ("", "", ""),
           ("Sản xuất Thương mại", "Manufacturing Trading", "SX-TM"),
           ("Sản xuất Thương mại Dịch vụ", "Production Trading Service", "SX-TM-DV"),
           ("Thương mại và Dịch vụ", "Trading and Service", "TM&DV"),
           ("Đầu tư", "Investment", "ĐT"),
           ("Sản xuất và Thương mại", "Production and Trading", "SX&TM"),
           ("Kỹ thuật", "Engineering", "KT")]

_TRADES = {
    "auto": [("Ghế Ô tô", "Auto Seat"), ("Dây điện Ô tô", "Automotive Wiring Harness"),
             ("Kính Ô tô", "Auto Glass"), ("Cao su Kỹ thuật", "Technical Rubber"), ("Cao su", "Rubber"),
             ("Dập", "Stamping"), ("Cơ khí Dập", "Metal Stamping"), ("Sơn Công nghiệp", "Industrial Paint"),
             ("Sơn", "Paint"), ("Phụ tùng Ô tô", "Auto Parts"), ("Linh kiện Ô tô", "Automotive Components"),
             ("Mút xốp", "Foam")],
    "mech": [("Cơ khí Chính xác", "Precision Mechanical"), ("Cơ khí", "Mechanical"), ("Khuôn mẫu", "Mould"),
             ("Đúc", "Casting"), ("Xi mạ", "Plating"), ("Kết cấu Thép", "Steel Structure"),
             ("Gia công Cơ khí", "Machining"), ("Cơ điện", "Mechanical and Electrical")],
    "garment": [("May mặc", "Garment"), ("Phụ liệu May", "Garment Accessories"), ("Khóa kéo", "Zipper"),
                ("Nút áo", "Button"), ("Nhãn mác", "Label"), ("Dệt", "Textile"), ("Da giày", "Footwear"),
                ("Đế giày", "Shoe Sole"), ("In", "Printing")],
    "wood": [("Gỗ", "Wood"), ("Chế biến Gỗ", "Wood Processing"), ("Nội thất", "Furniture"),
             ("Đồ gỗ Nội thất", "Wooden Furniture"), ("Ván ép", "Plywood")],
    "elec": [("Điện tử", "Electronics"), ("Linh kiện Điện tử", "Electronic Components"),
             ("Thiết bị Điện", "Electrical Equipment"), ("Dây và Cáp điện", "Wire and Cable"),
             ("Bảng mạch", "Circuit Board"), ("Cơ điện tử", "Mechatronics")],
    "plastic": [("Nhựa", "Plastic"), ("Bao bì", "Packaging"), ("Bao bì Nhựa", "Plastic Packaging"),
                ("Bao bì Giấy", "Paper Packaging"), ("Thùng Carton", "Carton"),
                ("Nhựa Kỹ thuật", "Engineering Plastics"), ("Màng PE", "PE Film")],
}
_SECTOR_W = (("auto", 16), ("mech", 20), ("garment", 18), ("wood", 12), ("elec", 12), ("plastic", 16))
_AVL_SECTORS = {"auto", "mech", "plastic", "elec"}

_SYL = ("An Anh Bảo Bình Cường Đại Đạt Đông Đức Dũng Gia Hà Hải Hạnh Hào Hiệp Hòa Hoàng Hồng Hùng Hưng "
        "Hương Huy Khang Khánh Kim Lâm Lộc Long Lợi Mai Minh Mỹ Nam Ngọc Nguyên Nhật Phát Phong Phú Phúc "
        "Phước Quang Quốc Sơn Tài Tâm Tân Thái Thắng Thanh Thành Thịnh Thuận Tiến Tín Toàn Trí Trung "
        "Trường Tuấn Uy Vạn Việt Vinh Vĩnh Vũ Xuân Hậu Nghĩa Thiên Kiên Hiền Liên Châu Duy Định Ân "
        "Bách Cát Danh Điền Khải Lực Mạnh Nhân Phương Quý Sáng Tường Vượng Á Âu Kỳ Thông Tùng Hoài "
        "Luân Đăng Hữu Lập Nhất Sang Thọ Tú Vân Hoa Lam Mạnh Khôi Thiện Chí Đồng Hợp Gấm").split()
# Frequent syllables in firm names come first and get more weight (Zipf-like).
_SYL_CUM = list(accumulate(1.0 / (i + 8) ** 0.9 for i in range(len(_SYL))))
_PLACE_BRANDS = ("Sông Hàn", "Miền Trung", "Đà Nẵng", "Quảng Nam", "Chu Lai", "Hội An", "Sơn Trà",
                 "Hải Vân", "Ngũ Hành Sơn", "Thu Bồn", "Tam Kỳ", "Điện Bàn", "Trường Sơn", "Bạch Mã",
                 "Phương Nam", "Phương Đông", "Đông Dương", "Châu Á", "Thái Bình Dương", "Việt Nhật",
                 "Việt Hàn", "Việt Đức", "Việt Úc", "Việt Mỹ", "Toàn Cầu", "Miền Trung Tây Nguyên")
_AVOID = {"Hòa Phát", "Trường Hải", "Thành Công", "Việt Tiến", "Hòa Bình", "Vạn Thịnh Phát",
          "Hoàng Anh", "Tân Hiệp Phát", "Minh Long", "Phú Thái", "Hưng Thịnh", "Đông Á", "Tân Á",
          "Hoa Sen", "Thái Bình", "Việt Á", "Sông Đà"}

_JP_A = [("Kita", "キタ"), ("Asa", "アサ"), ("Nishi", "ニシ"), ("Higashi", "ヒガシ"), ("Minami", "ミナミ"),
         ("Taka", "タカ"), ("Naka", "ナカ"), ("Yama", "ヤマ"), ("Kawa", "カワ"), ("Ishi", "イシ"),
         ("Matsu", "マツ"), ("Mori", "モリ"), ("Oka", "オカ"), ("Hoshi", "ホシ"), ("Fuku", "フク"),
         ("Kiku", "キク"), ("Shima", "シマ"), ("Sugi", "スギ"), ("Hira", "ヒラ"), ("Uchi", "ウチ"),
         ("Mizu", "ミズ"), ("Kaga", "カガ"), ("Tsuru", "ツル"), ("Aki", "アキ"), ("Hata", "ハタ"),
         ("Iwa", "イワ"), ("Kuro", "クロ"), ("Shiro", "シロ"),
         ("Ura", "ウラ"), ("Tomi", "トミ"), ("Yoshi", "ヨシ"), ("Kane", "カネ"), ("Hashi", "ハシ"), ("Ono", "オノ"),
         ("Sato", "サト"), ("Miya", "ミヤ"), ("Kuma", "クマ"), ("Nomi", "ノミ"), ("Tsuka", "ツカ"), ("Ike", "イケ")]
_JP_B = [("mura", "ムラ"), ("moto", "モト"), ("kawa", "カワ"), ("yama", "ヤマ"), ("saki", "サキ"),
         ("hara", "ハラ"), ("da", "ダ"), ("no", "ノ"), ("shita", "シタ"), ("zawa", "ザワ"), ("oka", "オカ"),
         ("be", "ベ"), ("sawa", "サワ"), ("ta", "タ"), ("gawa", "ガワ"), ("jima", "ジマ"), ("uchi", "ウチ"),
         ("hashi", "ハシ"), ("zaki", "ザキ"),
         ("ue", "ウエ"), ("guchi", "グチ"), ("kura", "クラ"), ("nishi", "ニシ"), ("tani", "タニ"), ("ike", "イケ")]
# (romaji variants, kanji, katakana reading, English, sectors)
_JP_TRADE = [
    (("Seiki",), "精機", "セイキ", "Precision", "mech auto"),
    (("Kogyo", "Kougyou", "Kōgyō"), "工業", "コウギョウ", "Industries", "mech auto plastic garment wood elec"),
    (("Denshi",), "電子", "デンシ", "Electronics", "elec"),
    (("Giken",), "技研", "ギケン", "Engineering", "mech elec"),
    (("Seisakusho", "Seisakusyo"), "製作所", "セイサクショ", "Manufacturing", "mech auto"),
    (("Kasei",), "化成", "カセイ", "Chemical", "plastic auto"),
    (("Gomu",), "ゴム", "ゴム", "Rubber", "auto"),
    (("Denko", "Denkou", "Denkō"), "電工", "デンコウ", "Electric", "elec auto"),
    (("Koki", "Kouki", "Kōki"), "工機", "コウキ", "Machinery", "mech"),
    (("Tekko", "Tekkou", "Tekkō"), "鉄工", "テッコウ", "Iron Works", "mech auto"),
    (("Sangyo", "Sangyou", "Sangyō"), "産業", "サンギョウ", "Industry", "mech plastic wood garment"),
    (("Hoso", "Housou", "Hōsō"), "包装", "ホウソウ", "Packaging", "plastic"),
    (("Mokko", "Mokkou", "Mokkō"), "木工", "モッコウ", "Woodworks", "wood"),
    (("Buhin",), "部品", "ブヒン", "Parts", "auto elec"),
    (("Kanagata",), "金型", "カナガタ", "Mold", "mech plastic"),
    (("Seni", "Sen'i"), "繊維", "センイ", "Textile", "garment"),
    (("Hosei", "Housei", "Hōsei"), "縫製", "ホウセイ", "Sewing", "garment"),
]
_KR = [("Dae", "Tae"), ("Sung", "Seong"), ("Jin", "Chin"), ("Il", "Il"), ("Han", "Han"), ("Sam", "Sam"),
       ("Woo", "U"), ("Hyun", "Hyeon"), ("Dong", "Tong"), ("Kum", "Geum"), ("Young", "Yeong"),
       ("Shin", "Sin"), ("Kwang", "Gwang"), ("Chang", "Chang"), ("Hwa", "Hwa"), ("Joo", "Ju"),
       ("Myung", "Myeong"), ("Won", "Won"), ("Yang", "Yang"), ("Kyung", "Gyeong"), ("Seo", "Suh"),
       ("Bo", "Bo"), ("Hee", "Hui"), ("Jung", "Jeong")]
_KR_TRADE = {"auto": ("Auto Parts", "Precision", "Tech", "Rubber"), "mech": ("Precision", "Tech", "Metal", "E&T"),
             "garment": ("Textile", "Apparel", "Global", "Fashion"), "wood": ("Wood", "Furniture"),
             "elec": ("Electronics", "Tech", "E&C"), "plastic": ("Chemical", "Packaging", "Plastic")}
# (hanzi, pinyin, Wade-Giles as used in Taiwan, Hán-Việt)
_CN = [("鸿", "Hong", "Hung", "Hồng"), ("发", "Fa", "Fa", "Phát"), ("兴", "Xing", "Hsing", "Hưng"),
       ("隆", "Long", "Lung", "Long"), ("昌", "Chang", "Chang", "Xương"), ("达", "Da", "Ta", "Đạt"),
       ("荣", "Rong", "Jung", "Vinh"), ("盛", "Sheng", "Sheng", "Thịnh"), ("丰", "Feng", "Feng", "Phong"),
       ("华", "Hua", "Hua", "Hoa"), ("泰", "Tai", "Tai", "Thái"), ("金", "Jin", "Chin", "Kim"),
       ("宝", "Bao", "Pao", "Bảo"), ("源", "Yuan", "Yuan", "Nguyên"), ("利", "Li", "Li", "Lợi"),
       ("德", "De", "Te", "Đức"), ("富", "Fu", "Fu", "Phú"), ("新", "Xin", "Hsin", "Tân"),
       ("永", "Yong", "Yung", "Vĩnh"), ("顺", "Shun", "Shun", "Thuận"), ("益", "Yi", "I", "Ích"),
       ("明", "Ming", "Ming", "Minh"), ("光", "Guang", "Kuang", "Quang"), ("建", "Jian", "Chien", "Kiến"),
       ("成", "Cheng", "Cheng", "Thành"), ("东", "Dong", "Tung", "Đông"), ("亚", "Ya", "Ya", "Á"),
       ("美", "Mei", "Mei", "Mỹ"), ("宏", "Hong", "Hung", "Hoành"), ("祥", "Xiang", "Hsiang", "Tường"),
       ("佳", "Jia", "Chia", "Giai"), ("和", "He", "Ho", "Hòa")]
# (English, hanzi, Hán-Việt trade word) per sector
_CN_TRADE = {"auto": ("Auto Parts", "汽配", "Phụ tùng"), "mech": ("Precision", "精密", "Tinh mật"),
             "garment": ("Textile", "纺织", "Dệt"), "wood": ("Wood", "木业", "Mộc nghiệp"),
             "elec": ("Electronics", "电子", "Điện tử"), "plastic": ("Plastic", "塑胶", "Nhựa")}
_TH = ("Siri", "Thana", "Chai", "Wat", "Pong", "Kit", "Sri", "Rat", "Suk", "Anan", "Phan", "Sak")
_SG = ("Pacific", "Straits", "Orient", "Crest", "Summit", "Unity", "Evergreen", "Apex", "Meridian",
       "Harbour", "Keystone", "Lion")
_COUNTRY = {"jp": ("Nhật Bản", "Japan"), "kr": ("Hàn Quốc", "Korea"), "cn": ("Trung Quốc", "China"),
            "tw": ("Đài Loan", "Taiwan"), "th": ("Thái Lan", "Thailand"), "sg": ("Singapore", "Singapore")}


def _pick(rng, cum, items):
    return items[bisect(cum, rng.random() * cum[-1])]


def _cum(pairs):
    return list(accumulate(w for _, w in pairs)), [k for k, _ in pairs]


_FORM_CUM = _cum(_FORM_W)
_SECTOR_CUM = _cum(_SECTOR_W)
_SITE_CUM = list(accumulate(s[10] for s in _SITES))
_STREET_CUM = list(accumulate(s[8] for s in _STREETS))
_ORIGIN_W = (("dom", 765), ("jp", 110), ("kr", 60), ("cn", 30), ("tw", 20), ("th", 7), ("sg", 8))
_ORIGIN_CUM = _cum(_ORIGIN_W)


class Name:
    """Every spelling a firm's name can take; built once per enterprise (and once more if renamed)."""

    __slots__ = ("form", "vi_core", "vi_abbr_core", "en_core", "en_trans", "brand_vi", "brand_en", "initials",
                 "alts", "branch")

    def __init__(self, form, vi_core, vi_abbr_core, en_core, en_trans, brand_vi, brand_en, alts=()):
        self.form = form
        self.vi_core = vi_core
        self.vi_abbr_core = vi_abbr_core
        self.en_core = en_core
        self.en_trans = en_trans
        self.brand_vi = brand_vi
        self.brand_en = brand_en
        self.initials = "".join(w[0] for w in strip_marks(en_trans).replace("-", " ").split() if w[0].isalpha())
        self.alts = alts  # tuple of (tag, text) for foreign spellings
        self.branch = None  # (vi label, en label) for dependent branches


def _vi_brand(rng: random.Random) -> str:
    while True:
        r = rng.random()
        if r < 0.07:
            b = rng.choice(_PLACE_BRANDS)
        elif r < 0.80:
            b = _pick(rng, _SYL_CUM, _SYL) + " " + _pick(rng, _SYL_CUM, _SYL)
        elif r < 0.95:
            b = " ".join(_pick(rng, _SYL_CUM, _SYL) for _ in range(3))
        else:
            b = "".join(rng.choice("ABCDHKLMNPSTV") for _ in range(rng.choice((2, 3, 3)))) + \
                rng.choice(("", "", " Việt Nam", " Group"))
        words = b.split()
        if b not in _AVOID and len(set(words)) == len(words):
            return b


def _make_name(rng: random.Random, origin: str, sector: str, form: str | None = None,
               brand: str | None = None, extra: bool = False) -> Name:
    """A fresh name; `extra` widens the name space (used when the plain draw is already taken)."""
    if form is None:
        form = _pick(rng, *_FORM_CUM) if origin == "dom" else ("tnhh" if rng.random() < 0.9 else "cp")
    if origin == "dom":
        brand = brand or _vi_brand(rng)
        if extra and rng.random() < 0.5:
            brand = f"{brand} {_pick(rng, _SYL_CUM, _SYL)}"
        pvi, pen, pab = rng.choice(_PREFIX)
        tvi, ten = rng.choice(_TRADES[sector]) if rng.random() < 0.85 else ("", "")
        vi_core = " ".join(x for x in (pvi, tvi, brand) if x)
        vi_abbr = " ".join(x for x in (pab, tvi, brand) if x)
        b_en = strip_marks(brand)
        if rng.random() < 0.15:
            b_en = b_en.replace(" ", "")
        en_core = " ".join(x for x in (b_en, ten, pen) if x)
        brand_vi = f"{tvi} {brand}" if tvi else brand
        brand_en = f"{b_en} {ten}" if ten else b_en
        return Name(form, vi_core, vi_abbr, en_core, en_core, brand_vi, brand_en)
    if origin == "jp":
        opts = [t for t in _JP_TRADE if sector in t[4]]
        romaji, kanji, kana, eng, _ = rng.choice(opts)
        if rng.random() < 0.25 and romaji[0] not in ("Kogyo", "Sangyo"):
            # "Seiki Kogyo", "Denshi Kogyo": a second, generic trade word
            k2 = _JP_TRADE[1] if rng.random() < 0.7 else _JP_TRADE[10]
            styles = max(len(romaji), len(k2[0]))
            romaji = tuple(f"{romaji[min(i, len(romaji) - 1)]} {k2[0][min(i, len(k2[0]) - 1)]}"
                           for i in range(styles))
            kanji, eng = kanji + k2[1], f"{eng} {k2[3]}"
        a, b = rng.choice(_JP_A), rng.choice(_JP_B)
        while a[0].lower() == b[0]:
            b = rng.choice(_JP_B)
        fam, fam_k = a[0] + b[0], a[1] + b[1]
        if extra:
            c = rng.choice(_JP_B)
            fam, fam_k = fam + c[0], fam_k + c[1]
        loc = rng.choice(("Việt Nam", "Việt Nam", "Việt Nam", "Đà Nẵng"))
        loc_en = strip_marks(loc).replace("Viet Nam", "Vietnam").replace("Da Nang", "Danang")
        rm = romaji[0]
        core = f"{fam} {rm}"
        alts = [("katakana", f"{fam_k}{kanji}{rng.choice(('ベトナム', ' ベトナム', '・ベトナム'))}"),
                ("katakana", f"{fam_k}{kanji}{'ベトナム' if loc_en == 'Vietnam' else 'ダナン'} / {core} {loc_en}"),
                ("parent_name", f"{core} Co., Ltd."), ("parent_name", f"{core} K.K."),
                ("parent_name", f"株式会社{fam_k}{kanji}"),
                ("parent_name", f"{core} {rng.choice(('Corporation', 'Co., Ltd. (Japan)'))}")]
        for v in romaji[1:]:
            alts.append(("romaji_variant", f"{fam} {v} {loc_en}"))
        alts.append(("romaji_variant", f"{fam}{rm} {loc_en}"))
        return Name(form, f"{core} {loc}", f"{core} {loc}", f"{core} {loc_en}", f"{fam} {eng} {loc_en}",
                    core, f"{core} {loc_en}", tuple(alts))
    if origin == "kr":
        s1, s2 = rng.sample(_KR, 2)
        if extra:  # three syllables: "Daesungjin"
            s3 = rng.choice([x for x in _KR if x not in (s1, s2)])
            s2 = (s2[0] + s3[0].lower(), s2[1] + s3[1].lower())
        trade = rng.choice(_KR_TRADE[sector])
        if rng.random() < 0.3:
            trade = rng.choice(("Hi-", "New ", "Global ", "Korea ", "Top ", "Smart ", "Dong-A ")) + trade
        vina = "Vina" if rng.random() < 0.7 else "Vietnam"
        brand = f"{s1[0]}{s2[0].lower()}"
        core = f"{brand} {trade} {vina}"
        vi_core = core.replace("Vietnam", "Việt Nam")
        alts = (("romaji_variant", f"{s1[0]} {s2[0]} {trade} {vina}"),
                ("romaji_variant", f"{s1[0]}-{s2[0]} {trade} {vina}"),
                ("romaji_variant", f"{s1[1]}{s2[1].lower()} {trade} {vina}"))
        return Name(form, vi_core, vi_core, core, core, f"{brand} {trade}", core, alts)
    if origin in ("cn", "tw"):
        c1, c2 = rng.sample(_CN, 2)
        ten, hz, hv = _CN_TRADE[sector]
        py, wg, hanv = c1[1] + c2[1].lower(), f"{c1[2]} {c2[2]}", f"{c1[3]} {c2[3]}"
        if extra:
            c3 = rng.choice([c for c in _CN if c not in (c1, c2)])
            c1 = (c1[0] + c2[0], c1[1], c1[2], c1[3])
            c2 = c3
            py, wg, hanv = py + c3[1].lower(), f"{wg} {c3[2]}", f"{hanv} {c3[3]}"
        roman = py if origin == "cn" else wg
        other = ("wade_giles", f"{wg} {ten} Vietnam") if origin == "cn" else ("pinyin", f"{py} {ten} (Vietnam)")
        alts = (("han_viet", f"{hv} {hanv} Việt Nam"), ("han_viet", f"{hanv} Việt Nam"),
                ("han_viet", f"{hanv}"), other, ("hanzi", f"{c1[0]}{c2[0]}{hz}(越南)有限公司"))
        core = f"{roman} {ten}"
        return Name(form, f"{core} Việt Nam", f"{core} Việt Nam", f"{core} (Vietnam)", f"{core} Vietnam",
                    roman, core, alts)
    if origin == "th":
        b = rng.choice(_TH) + rng.choice(_TH).lower() + (rng.choice(_TH).lower() if extra else "")
    else:
        b = f"{rng.choice(_SG)} {rng.choice(_SG)}" + (f" {rng.choice(_SG)}" if extra else "")
    ten = rng.choice(_TRADES[sector])[1]
    core = f"{b} {ten}"
    alts = (("parent_name", f"{core} {'Pte. Ltd.' if origin == 'sg' else 'Public Co., Ltd.'}"),)
    return Name(form, f"{core} Việt Nam", f"{core} Việt Nam", f"{core} (Vietnam)", f"{core} Vietnam", b, core, alts)


def vi_full(nm: Name) -> str:
    base = f"{_FORM_VI[nm.form]} {nm.vi_core}"
    if nm.branch:
        return f"Chi nhánh {base} {nm.branch[0]}"
    return base


def en_full(nm: Name, rng: random.Random, trans: bool = False) -> str:
    core = nm.en_trans if trans else nm.en_core
    form = rng.choice(_FORM_EN[nm.form])
    base = f"{core}{form}" if form.startswith(".") else f"{core} {form}"
    if nm.branch:
        return f"{base} - {nm.branch[1]}" if rng.random() < 0.7 else f"{nm.branch[1]} of {base}"
    return base


# --------------------------------------------------------------------------------------------
# Enterprises
# --------------------------------------------------------------------------------------------


class Ent:
    __slots__ = ("eid", "origin", "sector", "nm", "old_nm", "tax", "branch_no", "loc", "old_loc", "hq",
                 "hq_prov", "land", "land_old_ok", "mobile", "hotline", "email", "shared_phone", "vendor",
                 "tags", "size", "web_brand")

    def __init__(self):
        self.old_nm = None
        self.branch_no = 0
        self.old_loc = None
        self.hq = None
        self.hq_prov = None
        self.hotline = ""
        self.shared_phone = None
        self.vendor = ""
        self.tags = ()
        self.web_brand = False


class _World:
    """Uniqueness pools and the random generator for one (n, seed)."""

    def __init__(self, n_ent: int, rng: random.Random):
        self.rng = rng
        self.taxes: set[str] = set()
        self.phones: set[str] = set()
        self.lots: set[tuple] = set()
        self.vendors: set[str] = set()
        self.names: set[str] = set()  # registered names are unique (except deliberate namesakes)
        self.brands: dict[str, int] = {}  # short brand (trade + brand) -> firms using it
        # the lot space of each park grows with the number of firms so lots stay sparse
        self.lot_max = max(30, int(n_ent * 1.5 / 14 / 6))
        self.n = 0

    def tax(self, prov: str) -> str:
        rng = self.rng
        prefixes = _PROV[prov][0]
        while True:
            d9 = rng.choice(prefixes) + f"{rng.randrange(1000000):06d}"
            c = check_digit(d9)
            if c is None:
                continue
            code = d9 + str(c)
            if code not in self.taxes:
                self.taxes.add(code)
                return code

    def landline(self, prov: str) -> tuple[str, str]:
        rng = self.rng
        _, area, _, first, length = _PROV[prov]
        while True:
            local = rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(length - 1))
            key = area + local
            if key not in self.phones:
                self.phones.add(key)
                return area, local

    def mobile(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.45:
                p = rng.choice(list(_MOBILE_OLD))
            else:
                p = rng.choice(_MOBILE_NEW_ONLY)
            m = p + f"{rng.randrange(10000000):07d}"
            if m not in self.phones:
                self.phones.add(m)
                return m

    def location(self, sector: str, park: bool | None = None, prov: str | None = None):
        """(site-or-street tuple, is_site, lot, road, house number, shed)"""
        rng = self.rng
        if park is None:
            park = rng.random() < 0.68
        while True:
            if park:
                s = _SITES[bisect(_SITE_CUM, rng.random() * _SITE_CUM[-1])]
                if sector not in s[11] and rng.random() < 0.6:
                    continue
                if prov and s[7] != prov:
                    continue
                lot = rng.choice("ABCDEFGHKLMN") + str(rng.randint(1, self.lot_max))
                if rng.random() < 0.2:
                    lot += f"-{rng.randint(1, 4)}"
                road = rng.randint(1, 12) if rng.random() < 0.6 else 0
                key = (s[1], s[0], lot)
                if key in self.lots:
                    continue
                self.lots.add(key)
                return (s, True, lot, road, "", 0)
            s = _STREETS[bisect(_STREET_CUM, rng.random() * _STREET_CUM[-1])]
            if prov and s[5] != prov:
                continue
            num = str(rng.randint(1, 999))
            r = rng.random()
            if r < 0.25:
                num = f"K{num}/{rng.randint(1, 60)}"
            elif r < 0.35:
                num = f"Thôn {rng.choice(_VILLAGES)}"
            key = (s[0], s[2], num)
            if key in self.lots:
                continue
            self.lots.add(key)
            return (s, False, "", 0, num, 0)

    def name(self, origin: str, sector: str, form: str | None = None, brand: str | None = None) -> Name:
        """A name not registered yet; a short brand is shared by at most three firms."""
        # the plain name space of foreign firms is small: widen it after the first clash
        widen = 3 if origin == "dom" else 1
        cap = 3 if origin == "dom" else 1
        for attempt in range(60):
            nm = _make_name(self.rng, origin, sector, form, brand, extra=attempt >= widen)
            key = f"{nm.form} {nm.vi_core}".translate(_STRIP).upper()
            bkey = nm.brand_vi.translate(_STRIP).upper()
            if key in self.names or self.brands.get(bkey, 0) >= cap:
                continue
            self.claim(nm, key, bkey)
            return nm
        self.claim(nm)
        return nm

    def claim(self, nm: Name, key: str | None = None, bkey: str | None = None) -> None:
        self.names.add(key or f"{nm.form} {nm.vi_core}".translate(_STRIP).upper())
        bkey = bkey or nm.brand_vi.translate(_STRIP).upper()
        self.brands[bkey] = self.brands.get(bkey, 0) + 1

    def vendor(self) -> str:
        rng = self.rng
        while True:
            v = f"{rng.choice(('V', 'VN', 'S'))}{rng.randrange(100000):05d}"
            if v not in self.vendors:
                self.vendors.add(v)
                return v


def _hq_address(rng: random.Random, prov_hint: str | None = None) -> tuple[str, str]:
    opts = [h for h in _HQ if prov_hint is None or h[1] == prov_hint] or _HQ
    tpl, prov = rng.choice(opts)
    return tpl.format(n=rng.randint(1, 400), f=rng.randint(2, 18),
                      lot=rng.choice("ABCDEK") + str(rng.randint(1, 60))), prov


def _new_ent(w: _World, origin: str | None = None, sector: str | None = None, nm: Name | None = None,
             loc=None, outside: bool = False) -> Ent:
    rng = w.rng
    e = Ent()
    e.origin = origin or _pick(rng, *_ORIGIN_CUM)
    e.sector = sector or _pick(rng, *_SECTOR_CUM)
    e.nm = nm or w.name(e.origin, e.sector)
    if e.origin != "dom" and e.sector not in ("wood",) and rng.random() < 0.9:
        park = True
    elif e.origin == "dom":
        park = rng.random() < 0.6
    else:
        park = None
    e.loc = loc or w.location(e.sector, park)
    site_prov = e.loc[0][7] if e.loc[1] else e.loc[0][5]
    if outside:
        e.hq, e.hq_prov = _hq_address(rng)
        e.tax = w.tax(e.hq_prov)
    else:
        e.tax = w.tax(site_prov)
    e.land = w.landline(e.hq_prov or site_prov)
    e.land_old_ok = rng.random() < 0.6  # number existed before the 2017 area-code change
    e.mobile = w.mobile()
    e.email = _email(rng, e.nm)
    if e.sector in _AVL_SECTORS and rng.random() < 0.55:
        e.vendor = w.vendor()
    if rng.random() < 0.06:
        e.hotline = rng.choice(("1900", "1800")) + f" {rng.randrange(10000):04d}"
    e.web_brand = rng.random() < 0.5
    e.tags = ()
    return e


def _email(rng: random.Random, nm: Name) -> str:
    b = strip_marks(nm.brand_en if nm.brand_en else nm.brand_vi).lower()
    b = "".join(c for c in b if c.isalnum())[:14] or "info"
    r = rng.random()
    if r < 0.4:
        user = rng.choice(("ketoan", "info", "sales", "kinhdoanh", "admin", "hr", "contact"))
        return f"{user}.{b}@gmail.com" if rng.random() < 0.5 else f"{user}@{b}.com.vn"
    if r < 0.7:
        return f"{b}{rng.randint(1, 99)}@gmail.com"
    return f"{b}@{rng.choice(('yahoo.com', 'gmail.com', 'vnn.vn', b + '.vn'))}"


# group sizes of the hard cases (probability that a new group is of that kind)
_GROUPS = (("plain", 0.862), ("sister", 0.012), ("branch", 0.022), ("namesake", 0.015),
           ("legal_form_twin", 0.0075), ("shared_lot", 0.0065), ("shared_phone", 0.005),
           ("renamed", 0.032), ("moved", 0.032), ("outside", 0.006))
_GROUP_CUM = _cum(_GROUPS)

# records per enterprise: (count, probability)
_SIZES = ((1, 0.38), (2, 0.20), (3, 0.15), (4, 0.10), (5, 0.07), (6, 0.04), (7, 0.025), (8, 0.015),
          (9, 0.008), (10, 0.005), (11, 0.004), (12, 0.003))
_SIZE_CUM = _cum(_SIZES)
MEAN_RECORDS = sum(k * p for k, p in _SIZES) / sum(p for _, p in _SIZES)


def _tag(e: Ent, *tags: str) -> None:
    e.tags = e.tags + tags


def _group(w: _World, kind: str) -> list[Ent]:
    rng = w.rng
    if kind == "plain":
        return [_new_ent(w)]
    if kind == "renamed":
        e = _new_ent(w)
        r = rng.random()
        if r < 0.4 and e.nm.form in ("tnhh", "mtv", "dntn"):  # converted to a joint-stock company
            old = _make_name(rng, e.origin, e.sector, form=e.nm.form)
            old.vi_core, old.vi_abbr_core, old.en_core = e.nm.vi_core, e.nm.vi_abbr_core, e.nm.en_core
            old.en_trans, old.brand_vi, old.brand_en, old.alts = (e.nm.en_trans, e.nm.brand_vi,
                                                                  e.nm.brand_en, e.nm.alts)
            e.old_nm = old
            e.nm.form = "cp"
        else:
            e.old_nm = w.name("dom" if rng.random() < 0.7 else e.origin, e.sector)
        _tag(e, "renamed")
        return [e]
    if kind == "moved":
        e = _new_ent(w)
        e.old_loc = e.loc
        e.loc = w.location(e.sector, park=rng.random() < 0.8)
        _tag(e, "moved")
        return [e]
    if kind == "sister":
        first = _new_ent(w)
        group = [first]
        brand = first.nm.brand_vi if first.origin != "dom" else None
        for _ in range(rng.choice((1, 1, 2))):
            sectors = [s for s, _ in _SECTOR_W if s != first.sector]
            sec = rng.choice(sectors)
            if first.origin == "dom":
                core = first.nm.vi_core.split()
                # same brand (the last words of the name), another trade
                b = " ".join(core[-2:]) if len(core) >= 2 else first.nm.vi_core
                nm = w.name("dom", sec, brand=b)
            else:
                # same family / brand word, another trade: swap the first word of the new name
                nm = w.name(first.origin, sec)
                old_w, new_w = nm.brand_vi.split()[0], brand.split()[0]
                nm.vi_core = nm.vi_core.replace(old_w, new_w, 1)
                nm.vi_abbr_core = nm.vi_abbr_core.replace(old_w, new_w, 1)
                nm.en_core = nm.en_core.replace(old_w, new_w, 1)
                nm.en_trans = nm.en_trans.replace(old_w, new_w, 1)
                nm.brand_en = nm.brand_en.replace(old_w, new_w, 1)
                nm.alts = tuple((t, x.replace(old_w, new_w, 1)) for t, x in nm.alts
                                if t in ("romaji_variant", "parent_name", "pinyin", "wade_giles") and old_w in x)
                nm.brand_vi = nm.brand_vi.replace(old_w, new_w, 1)
            s = _new_ent(w, first.origin, sec, nm=nm, loc=first.loc)
            s.land = first.land  # group switchboard
            s.land_old_ok = first.land_old_ok
            group.append(s)
        for e in group:
            _tag(e, "sister")
        return group
    if kind in ("branch", "outside"):
        outside = kind == "outside" or rng.random() < 0.35
        parent = _new_ent(w, origin="dom" if outside else None, outside=outside)
        _tag(parent, "parent")
        group = [parent]
        for i in range(1 if kind == "outside" else rng.choice((1, 1, 1, 2, 3))):
            nm = _make_name(rng, parent.origin, parent.sector)
            for slot in Name.__slots__:
                setattr(nm, slot, getattr(parent.nm, slot))
            loc = w.location(parent.sector, park=True)
            site = loc[0]
            place = rng.choice((site[9], site[1] if rng.random() < 0.5 else "Đà Nẵng"))
            if i == 0:
                vi = rng.choice((f"tại {place}", f"- Nhà máy {place}", "tại Đà Nẵng",
                                 "tại Quảng Nam" if site[7] == "QN" else "tại Đà Nẵng"))
            else:  # a second branch of the same company is told apart by its place or its number
                vi = rng.choice((f"- Nhà máy {site[1]}", f"số {i + 1} tại Đà Nẵng", f"tại {site[1]}"))
            en = f"{strip_marks(place)} Branch" if i == 0 and rng.random() < 0.6 else \
                f"{strip_marks(site[1])} {rng.choice(('Branch', 'Factory', 'Plant'))}"
            nm.branch = (vi, en)
            b = _new_ent(w, parent.origin, parent.sector, nm=nm, loc=loc)
            b.tax = parent.tax
            b.branch_no = i + 1
            b.vendor = parent.vendor if rng.random() < 0.5 else b.vendor
            _tag(b, "branch")
            group.append(b)
        return group
    if kind == "namesake":
        a = _new_ent(w)
        far = rng.random() < 0.4
        b = _new_ent(w, a.origin, a.sector, nm=_copy_name(a.nm), outside=far)
        if not far:
            prov = "QN" if (a.loc[0][7] if a.loc[1] else a.loc[0][5]) == "DN" else "DN"
            b.loc = w.location(b.sector, park=rng.random() < 0.6, prov=prov)
            b.tax = w.tax(prov)
        _tag(a, "namesake")
        _tag(b, "namesake")
        return [a, b]
    if kind == "legal_form_twin":
        a = _new_ent(w, origin="dom")
        forms = [f for f in ("tnhh", "cp", "mtv", "dntn") if f != a.nm.form]
        nm = _copy_name(a.nm)
        nm.form = rng.choice(forms)
        w.claim(nm)
        b = _new_ent(w, "dom", a.sector, nm=nm)
        _tag(a, "legal_form_twin")
        _tag(b, "legal_form_twin")
        return [a, b]
    if kind == "shared_lot":
        first = _new_ent(w, sector=None)
        loc = first.loc if first.loc[1] else w.location(first.sector, park=True)
        landlord = w.landline(loc[0][7])
        group = []
        for i in range(rng.choice((2, 3, 3, 4))):
            e = first if i == 0 else _new_ent(w)
            shed = i + 1
            if e.loc[0][7 if e.loc[1] else 5] != loc[0][7]:
                e.land = w.landline(loc[0][7])  # a landline belongs to the place
            e.loc = (loc[0], True, loc[2], loc[3], "", shed)
            e.shared_phone = landlord
            _tag(e, "shared_lot")
            group.append(e)
        return group
    if kind == "shared_phone":
        acct = w.landline("DN") if rng.random() < 0.6 else ("m", w.mobile())
        group = []
        for _ in range(rng.randint(3, 8)):
            e = _new_ent(w, origin="dom")
            e.shared_phone = acct
            _tag(e, "shared_phone")
            group.append(e)
        return group
    raise ValueError(kind)


def _copy_name(nm: Name) -> Name:
    c = Name.__new__(Name)
    for slot in Name.__slots__:
        setattr(c, slot, getattr(nm, slot))
    return c


# --------------------------------------------------------------------------------------------
# Rendering of one record by one source
# --------------------------------------------------------------------------------------------

SOURCES = ("avl", "qn_doit", "ipboard", "jetro", "registry", "scrape", "insure", "fair")
# documented shares (measured at n=20000, seed 0; see the module docstring)
SOURCE_SHARES = {"avl": 0.088, "qn_doit": 0.135, "ipboard": 0.156, "jetro": 0.035, "registry": 0.187,
                 "scrape": 0.142, "insure": 0.141, "fair": 0.116}
HARD_CASE_SHARES = {"namesake": 0.026, "legal_form_twin": 0.014, "sister": 0.027, "branch": 0.036,
                    "parent": 0.025, "renamed": 0.029, "moved": 0.026, "shared_lot": 0.019, "shared_phone": 0.026}
NOISE_SHARES = {"typo": 0.085, "no_diacritics": 0.13, "case": 0.075, "spaces": 0.065, "tax_format": 0.063,
                "tax_typo": 0.013, "tax_excel": 0.095, "email_in_phone": 0.016, "multi_phone": 0.057,
                "extension": 0.024, "vni": 0.007, "mojibake": 0.006, "english_name": 0.15, "truncated": 0.045,
                "old_address": 0.42, "old_phone": 0.10}
# base weights before applicability (only firms that a list can know are on it)
_SRC_W = {"avl": 15, "qn_doit": 70, "ipboard": 30, "jetro": 120, "registry": 16, "scrape": 10, "insure": 10,
          "fair": 8}
# probability that a record from the source reflects the pre-July-2025 state (old communes/districts)
_OLD_ADMIN = {"avl": 0.5, "qn_doit": 1.0, "ipboard": 0.3, "jetro": 0.5, "registry": 0.35, "scrape": 0.45,
              "insure": 0.55, "fair": 0.3}
# probability of an old (pre-rename / pre-move) record
_OLD_STATE = {"avl": 0.2, "qn_doit": 0.65, "ipboard": 0.3, "jetro": 0.3, "registry": 0.1, "scrape": 0.35,
              "insure": 0.6, "fair": 0.25}
# field presence per source: name, tax, address, phone
_PRESENT = {"avl": (1.0, 0.85, 0.92, 0.8), "qn_doit": (1.0, 0.7, 0.95, 0.75), "ipboard": (1.0, 0.6, 0.97, 0.5),
            "jetro": (1.0, 0.12, 0.9, 0.85), "registry": (1.0, 0.99, 0.99, 0.6),
            "scrape": (1.0, 0.1, 0.88, 0.93), "insure": (0.995, 0.95, 0.6, 0.45),
            "fair": (0.995, 0.5, 0.8, 0.97)}
# noise probabilities: typo, no_diacritics, case, spaces, tax_format, tax_typo
_NOISE = {"avl": (0.03, 0.0, 0.05, 0.04, 0.05, 0.01, 0.0),
          "qn_doit": (0.12, 0.08, 0.05, 0.12, 0.25, 0.04, 0.035),
          "ipboard": (0.05, 0.05, 0.0, 0.08, 0.08, 0.02, 0.0),
          "jetro": (0.02, 0.0, 0.05, 0.03, 0.0, 0.01, 0.0),
          "registry": (0.01, 0.0, 0.0, 0.02, 0.0, 0.005, 0.0),
          "scrape": (0.04, 0.12, 0.12, 0.06, 0.3, 0.02, 0.0),
          "insure": (0.08, 0.3, 0.15, 0.08, 0.0, 0.03, 0.03),
          "fair": (0.35, 0.5, 0.2, 0.1, 0.3, 0.05, 0.03)}


def _in_qn(loc) -> bool:
    return (loc[0][7] if loc[1] else loc[0][5]) == "QN"


def _applicable(e: Ent) -> list[tuple[str, float]]:
    in_qn = _in_qn(e.loc)
    old_qn = e.old_loc is not None and _in_qn(e.old_loc)
    out = []
    for s in SOURCES:
        wt = _SRC_W[s]
        if s == "avl" and e.sector not in _AVL_SECTORS:
            continue
        if s == "avl" and e.vendor == "":
            wt *= 0.25
        if s == "qn_doit" and not (in_qn or old_qn):
            continue
        if s == "ipboard" and not e.loc[1]:
            continue
        if s == "jetro" and e.origin != "jp":
            continue
        if s == "fair" and e.origin != "dom":
            wt *= 0.5
        if e.hq and e.branch_no == 0 and s not in ("avl", "registry", "scrape", "insure"):
            continue
        out.append((s, wt))
    return out


def _admin_vi(site, old: bool, rng: random.Random, is_site: bool) -> str:
    if is_site:
        ct, cm, dt, dn, prov, nt, nc = site[3], site[4], site[5], site[6], site[7], site[8], site[9]
    else:
        ct, cm, dt, dn, prov, nt, nc = site[1], site[2], site[3], site[4], site[5], site[6], site[7]
    if old:
        ca = rng.choice(_COMM_ABBR[ct])
        da = rng.choice(_DIST_ABBR[dt])
        p = rng.choice(_PROV_VI[prov])
        parts = [f"{ca} {cm}".strip(), f"{da} {dn}".strip()]
        if rng.random() < 0.15:
            parts = parts[1:]
        return ", ".join(parts) + ", " + p
    ca = rng.choice(_COMM_ABBR[nt])
    return f"{ca} {nc}".strip() + ", " + rng.choice(_PROV_VI["DN"])


def _admin_en(site, old: bool, rng: random.Random, is_site: bool) -> str:
    if is_site:
        ct, cm, dt, dn, prov, nt, nc = site[3], site[4], site[5], site[6], site[7], site[8], site[9]
    else:
        ct, cm, dt, dn, prov, nt, nc = site[1], site[2], site[3], site[4], site[5], site[6], site[7]
    if old:
        s = f"{strip_marks(cm)} {_EN_UNIT[ct]}, {strip_marks(dn)} {_EN_UNIT[dt]}, {rng.choice(_PROV_EN[prov])}"
        if rng.random() < 0.3:
            s = f"{strip_marks(dn)} {_EN_UNIT[dt]}, {rng.choice(_PROV_EN[prov])}"
    else:
        s = f"{strip_marks(nc)} {_EN_UNIT[nt]}, {rng.choice(_PROV_EN['DN'])}"
    return s + rng.choice((", Vietnam", ", Viet Nam", "", ", VN"))


def addr_vi(loc, old: bool, rng: random.Random, level: str = "full") -> str:
    site, is_site, lot, road, num, shed = loc
    if is_site:
        parts = []
        if shed:
            parts.append(rng.choice((f"Nhà xưởng số {shed}", f"Xưởng {shed}", f"NX{shed}")))
        parts.append(rng.choice(("Lô ", "Lô ", "Lô số ", "lô ")) + lot)
        if road:
            parts.append(rng.choice(("Đường số ", "đường số ", "Đường ")) + str(road))
        if level == "lot":
            return rng.choice((", ", " - ", " ")).join(parts)
        kw = rng.choice(_SITE_WORD_VI[site[0]])
        park = f"{kw} {site[1]}"
        if level == "short":
            return f"{park}, {rng.choice(_PROV_VI[site[7]] if old else _PROV_VI['DN'])}"
        parts.append(park)
        return ", ".join(parts) + ", " + _admin_vi(site, old, rng, True)
    street = site[0]
    if num.startswith("Thôn"):
        head = f"{num}, {street}" if rng.random() < 0.5 else num
    else:
        head = rng.choice((f"{num} {street}", f"Số {num} {street}", f"{num} đường {street}", f"{num} {street}"))
    if level == "short":
        return head + ", " + rng.choice(_PROV_VI[site[5]] if old else _PROV_VI["DN"])
    return head + ", " + _admin_vi(site, old, rng, False)


def addr_en(loc, old: bool, rng: random.Random, level: str = "full") -> str:
    site, is_site, lot, road, num, shed = loc
    if is_site:
        parts = []
        if shed:
            parts.append(rng.choice((f"Factory No. {shed}", f"Workshop {shed}", f"RBF {shed}")))
        parts.append(rng.choice(("Lot ", "Lot ", "Plot ", "Lot No. ")) + lot)
        if road:
            parts.append(rng.choice(("Road No. ", "Street No. ", "Road ")) + str(road))
        park = f"{site[2]} {rng.choice(_SITE_WORD_EN[site[0]])}"
        if site[0] == "KCNC":
            park = rng.choice(("Da Nang Hi-Tech Park", "Danang High-Tech Park", "DHTP"))
        parts.append(park)
        if level == "short":
            return ", ".join(parts[-2:]) + ", " + rng.choice(_PROV_EN["DN"])
        return ", ".join(parts) + ", " + _admin_en(site, old, rng, True)
    street = strip_marks(site[0]).replace("Quoc lo", "National Road").replace("DT", "Provincial Road")
    num = strip_marks(num).replace("Thon", "Hamlet").replace("K", "Lane ", 1)
    return f"{num} {street}, " + _admin_en(site, old, rng, False)


def addr_maps(loc, rng: random.Random) -> str:
    site, is_site, lot, road, num, shed = loc
    if is_site:
        kw = rng.choice(("KCN", "Khu Công Nghiệp", "Khu công nghiệp"))
        head = f"Lô {lot}" + (f" Đường Số {road}" if road else "")
        p = f"{head}, {kw} {site[1]}, {site[9]}, Đà Nẵng"
    else:
        p = f"{num} {site[0]}, {site[7]}, Đà Nẵng"
    return p + rng.choice((", Việt Nam", " 550000, Việt Nam", ", Vietnam", ""))


def _phone_land(e: Ent, old: bool, rng: random.Random, shared_ok: bool = True) -> tuple[str, list]:
    tags = []
    src = e.land
    if e.shared_phone is not None and shared_ok and rng.random() < 0.6:
        src = e.shared_phone
    if src[0] == "m":
        return _fmt_mobile(src[1], rng), tags
    area, local = src
    if old and e.land_old_ok and rng.random() < 0.6:
        for _k, v in _PROV.items():
            if v[1] == area:
                area = v[2]
                break
        tags.append("old_phone")
    return _fmt_land(area, local, rng), tags


def _phone_mobile(e: Ent, old: bool, rng: random.Random) -> tuple[str, list]:
    m = e.mobile
    if old and m[:3] in _MOBILE_OLD and rng.random() < 0.7:
        return _fmt_mobile(_MOBILE_OLD[m[:3]] + m[3:], rng), ["old_phone"]
    return _fmt_mobile(m, rng), []


def _tax_clean(e: Ent, rng: random.Random, parent_p: float = 0.2) -> tuple[str, list]:
    if e.branch_no:
        if rng.random() < parent_p:
            return e.tax, ["parent_code"]
        return f"{e.tax}-{e.branch_no:03d}", []
    return e.tax, []


def _tax_format(code: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return rng.choice(("MST: ", "MST:", "Mã số thuế: ", "MST ", "MSDN: ")) + code
    if r < 0.55:
        return f"{code[:4]} {code[4:7]} {code[7:]}" if len(code) >= 10 else code
    if r < 0.75:
        return f"{code[:4]}.{code[4:7]}.{code[7:]}" if len(code) >= 10 else code
    if r < 0.9:
        return " ".join(code) if rng.random() < 0.3 else f" {code} "
    return code.replace("-", " - ") if "-" in code else code[:2] + "-" + code[2:]


def _tax_typo(code: str, rng: random.Random) -> str:
    digits = [i for i, c in enumerate(code) if c.isdigit()]
    if len(digits) < 10:
        return code
    if rng.random() < 0.5:
        i = rng.choice(digits[2:10])
        d = str((int(code[i]) + rng.randint(1, 9)) % 10)
        return code[:i] + d + code[i + 1 :]
    i = rng.choice(digits[2:9])
    j = i + 1
    if code[j].isdigit() and code[i] != code[j]:
        return code[:i] + code[j] + code[i] + code[j + 1 :]
    return code[:i] + code[i + 1 :]


def _tax_excel(code: str, rng: random.Random) -> str:
    digits = code.replace("-", "")
    num = int(digits)
    r = rng.random()
    if r < 0.45:
        return str(num)
    if r < 0.75:
        m = f"{num:.5E}"
        mant, ex = m.split("E")
        mant = mant.rstrip("0").rstrip(".")
        return f"{mant}E+{int(ex):02d}"
    return f"{num}.0"


def _name_for(src: str, e: Ent, nm: Name, rng: random.Random, tags: list) -> str:
    r = rng.random()
    foreign = e.origin != "dom"
    if src == "avl":
        if foreign and nm.alts and r < 0.15:
            t, s = rng.choice(nm.alts)
            if t != "hanzi":
                tags.append(t)
                return s
        if r < 0.75:
            name = en_full(nm, rng)
            if not foreign:
                tags.append("english_name")
        elif r < 0.88:
            name = f"{nm.initials} {rng.choice(_FORM_EN[nm.form])}" if len(nm.initials) > 1 else en_full(nm, rng)
            tags.append("abbrev")
        else:
            name = vi_full(nm).upper()
        if e.vendor and rng.random() < 0.35:
            sep = rng.choice((" - ", " ", "-", " | "))
            name = f"{e.vendor}{sep}{name}" if rng.random() < 0.8 else f"{name} ({e.vendor})"
            tags.append("vendor_code")
        return name
    if src == "qn_doit":
        if foreign and r < 0.2:
            hv = [a for a in nm.alts if a[0] == "han_viet"]
            if hv:
                tags.append("han_viet")
                return f"{rng.choice(_FORM_ABBR[nm.form])} {rng.choice(hv)[1]}"
        core = nm.vi_abbr_core if rng.random() < 0.6 else nm.vi_core
        if nm.branch:
            return f"CN {rng.choice(_FORM_ABBR[nm.form])} {core} {nm.branch[0]}"
        if rng.random() < 0.1 and len(nm.initials) > 1 and not foreign:
            tags.append("abbrev")
            return f"{rng.choice(_FORM_ABBR[nm.form])} {nm.initials}"
        return f"{rng.choice(_FORM_ABBR[nm.form])} {core}"
    if src == "ipboard":
        name = vi_full(nm) if r < 0.7 else en_full(nm, rng)
        if r >= 0.7 and not foreign:
            tags.append("english_name")
        name = name.upper() if rng.random() < 0.85 else name
        if foreign and rng.random() < 0.3:
            name += f" ({_COUNTRY[e.origin][0]})"
        return name
    if src == "jetro":
        if r < 0.35:
            return en_full(nm, rng)
        alts = [a for a in nm.alts if a[0] in ("katakana", "parent_name", "romaji_variant")]
        if r < 0.6 and alts:
            t, s = rng.choice([a for a in alts if a[0] != "parent_name"] or alts)
            tags.append(t)
            return s
        if r < 0.8 and alts:
            t, s = rng.choice([a for a in alts if a[0] == "parent_name"] or alts)
            tags.append(t)
            return s
        tags.append("english_name")
        return en_full(nm, rng, trans=True)
    if src == "registry":
        if r < 0.04 and nm.form != "dntn":
            return f"{_FORM_VI_LONG[nm.form]} {nm.vi_core}".upper()
        return vi_full(nm).upper()
    if src == "scrape":
        if foreign:
            if r < 0.5:
                return nm.brand_en
            if r < 0.7:
                return en_full(nm, rng)
            hv = [a for a in nm.alts if a[0] in ("katakana", "romaji_variant", "pinyin", "wade_giles")]
            if hv:
                t, s = rng.choice(hv)
                tags.append(t)
                return s
            return nm.brand_en
        if nm.branch and r < 0.3:
            return f"{nm.brand_vi} {nm.branch[0].replace('tại ', '').replace('- ', '')}"
        if r < 0.45:
            return nm.brand_vi.title() if rng.random() < 0.3 else nm.brand_vi
        if r < 0.65:
            tags.append("english_name")
            return nm.brand_en
        if r < 0.8:
            return f"Công Ty {nm.vi_core}".title() if rng.random() < 0.5 else vi_full(nm)
        if r < 0.9:
            tags.append("english_name")
            return en_full(nm, rng)
        tags.append("abbrev")
        return f"{nm.initials} - {nm.brand_vi}" if len(nm.initials) > 1 else nm.brand_vi
    if src == "insure":
        name = vi_full(nm)
        if rng.random() < 0.5:
            name = name.replace("Công ty", "CT", 1) if rng.random() < 0.3 else name
        if len(name) > 40 and rng.random() < 0.7:
            name = name[:40]
            tags.append("truncated")
        return name.upper() if rng.random() < 0.5 else name
    # fair
    if foreign:
        if r < 0.6:
            return en_full(nm, rng)
        return vi_full(nm)
    if r < 0.35:
        return vi_full(nm)
    if r < 0.55:
        return f"Công ty {nm.brand_vi}"
    if r < 0.7:
        tags.append("abbrev")
        return f"{nm.brand_vi} ({nm.initials})" if len(nm.initials) > 1 else nm.brand_vi
    if r < 0.85:
        tags.append("english_name")
        return en_full(nm, rng)
    return f"{rng.choice(_FORM_ABBR[nm.form])} {nm.vi_core}"


def _address_for(src: str, e: Ent, loc, old: bool, rng: random.Random, tags: list) -> str:
    if e.hq and e.branch_no == 0:  # firm registered outside
        return e.hq if src != "avl" else strip_marks(e.hq) + ", Vietnam"
    if src == "registry" and e.branch_no and rng.random() < 0.25:
        tags.append("parent_address")
        return _parent_addr(e, rng)
    if old:
        tags.append("old_address")
    if src in ("avl", "jetro"):
        return addr_en(loc, old, rng, "full" if rng.random() < 0.8 else "short")
    if src == "ipboard":
        r = rng.random()
        if r < 0.6:
            return addr_vi(loc, old, rng, "lot")
        if r < 0.8:
            return addr_vi(loc, old, rng, "full")
        return addr_en(loc, old, rng, "short")
    if src == "scrape":
        if old:
            return addr_vi(loc, True, rng, "full")
        return addr_maps(loc, rng) if rng.random() < 0.7 else addr_en(loc, False, rng)
    if src == "insure":
        return addr_vi(loc, old, rng, "short" if rng.random() < 0.6 else "full")
    if src == "fair" and rng.random() < 0.25:
        return addr_en(loc, old, rng)
    return addr_vi(loc, old, rng, "full")


def _parent_addr(e: Ent, rng: random.Random) -> str:
    return e.hq or "Trụ sở chính: " + addr_vi(e.loc, False, rng, "short")


def _phone_for(src: str, e: Ent, old: bool, rng: random.Random, tags: list) -> str:
    r = rng.random()
    if src == "scrape":
        if e.hotline and r < 0.6:
            return e.hotline
        if r < 0.55:
            p, t = _phone_mobile(e, False, rng)
        else:
            p, t = _phone_land(e, False, rng)
    elif src == "fair":
        if r < 0.08:
            tags.append("email_in_phone")
            return e.email
        p, t = _phone_mobile(e, old, rng)
        if r < 0.45:
            q, t2 = _phone_land(e, old, rng)
            t = t + t2
            tags.append("multi_phone")
            sep = rng.choice((" - ", " / ", "; ", ", ", " hoặc "))
            p = f"{q}{sep}{p}" if rng.random() < 0.5 else f"{p}{sep}{q}"
            if rng.random() < 0.15:
                p += f"{sep}{e.email}"
                tags.append("email_in_phone")
    elif src == "insure":
        p, t = _phone_land(e, old, rng) if r < 0.7 else _phone_mobile(e, old, rng)
        digits = "".join(c for c in p if c.isdigit())
        if digits.startswith("0084"):
            digits = "0" + digits[4:]
        elif digits.startswith("84"):
            digits = "0" + digits[2:]
        p = digits.lstrip("0") if rng.random() < 0.6 else digits
    elif src == "qn_doit":
        if r < 0.6:
            p, t = _phone_land(e, old, rng)
        else:
            p, t = _phone_mobile(e, old, rng)
        if rng.random() < 0.15:
            q, t2 = _phone_mobile(e, old, rng) if r < 0.6 else _phone_land(e, old, rng, False)
            p, t = f"{p} - {q}", t + t2
            tags.append("multi_phone")
    else:
        p, t = _phone_land(e, old, rng)
    if rng.random() < 0.06 and src in ("avl", "registry", "ipboard", "qn_doit", "jetro"):
        p += rng.choice((" - máy lẻ ", " ext. ", " (máy lẻ ", " ext ")) + str(rng.randint(100, 999))
        if p.count("(") > p.count(")"):
            p += ")"
        tags.append("extension")
    tags.extend(t)
    return p


def _spaces(s: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return f" {s}  " if rng.random() < 0.5 else f"{s} "
    if r < 0.7 and " " in s:
        i = rng.choice([i for i, c in enumerate(s) if c == " "])
        return s[:i] + "  " + s[i:]
    if r < 0.85:
        return s.replace(", ", " ,", 1) if ", " in s else s + " "
    return s.replace(" ", "\u00a0", 1) if " " in s else s + " "


def _case(s: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return s.upper()
    if r < 0.7:
        return s.title()
    if r < 0.9:
        return s.lower()
    return s[:1].upper() + s[1:].lower()


def _record(src: str, e: Ent, rng: random.Random) -> tuple[str, str, str, str, list]:
    tags = ["src:" + src, "origin:" + e.origin]
    tags.extend(e.tags)
    old_admin = rng.random() < _OLD_ADMIN[src]
    old_state = rng.random() < _OLD_STATE[src]
    if src == "qn_doit" and e.old_loc is not None and not _in_qn(e.loc):
        old_state = True  # the old Quảng Nam list knows the firm from its former site only
    nm = e.nm
    if e.old_nm is not None and old_state:
        nm = e.old_nm
        tags.append("old_name")
    loc = e.loc
    if e.old_loc is not None and old_state and (src != "qn_doit" or _in_qn(e.old_loc)):
        loc = e.old_loc
        tags.append("old_site")
    p_name, p_tax, p_addr, p_phone = _PRESENT[src]
    typo_p, nodia_p, case_p, space_p, taxfmt_p, taxtypo_p, legacy_p = _NOISE[src]

    name = _name_for(src, e, nm, rng, tags) if rng.random() < p_name else ""
    addr = _address_for(src, e, loc, old_admin, rng, tags) if rng.random() < p_addr else ""
    phone = _phone_for(src, e, old_admin, rng, tags) if rng.random() < p_phone else ""
    tax = ""
    if rng.random() < p_tax:
        tax, t = _tax_clean(e, rng, 0.1 if src == "registry" else 0.25)
        tags.extend(t)
        if src == "insure":
            if rng.random() < 0.7:
                tax = _tax_excel(tax, rng)
                tags.append("tax_excel")
        elif src == "avl" and e.branch_no and rng.random() < 0.5:
            tax = e.tax
            tags.append("parent_code")
        if rng.random() < taxtypo_p:
            tax = _tax_typo(tax, rng)
            tags.append("tax_typo")
        if src == "scrape" and rng.random() < 0.7:
            tax = "MST: " + tax
            tags.append("tax_format")
        elif rng.random() < taxfmt_p:
            tax = _tax_format(tax, rng)
            tags.append("tax_format")

    # noise
    if name and rng.random() < typo_p:
        name = typo(name, rng)
        if rng.random() < 0.3 and addr:
            addr = typo(addr, rng)
        tags.append("typo")
    if rng.random() < nodia_p and (name or addr):
        name, addr = strip_marks(name), strip_marks(addr)
        tags.append("no_diacritics")
    if name and rng.random() < case_p:
        name = _case(name, rng)
        tags.append("case")
    if rng.random() < space_p:
        if name:
            name = _spaces(name, rng)
        if addr and rng.random() < 0.5:
            addr = _spaces(addr, rng)
        tags.append("spaces")
    if rng.random() < legacy_p and (name or addr):
        if rng.random() < 0.55:
            name, addr = to_vni(name), to_vni(addr)
            tags.append("vni")
        else:
            name, addr = to_mojibake(name), to_mojibake(addr)
            tags.append("mojibake")
    if not tax:
        tags.append("no_tax")
    if not phone:
        tags.append("no_phone")
    if not addr:
        tags.append("no_address")
    if not name:
        tags.append("no_name")
    return name, tax, addr, phone, tags


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _enterprises(n: int, rng: random.Random) -> list[Ent]:
    w = _World(int(n / MEAN_RECORDS) + 1, rng)
    ents: list[Ent] = []
    total = 0
    gcum, gitems = _GROUP_CUM
    scum, sitems = _SIZE_CUM
    while total < n:
        for e in _group(w, _pick(rng, gcum, gitems)):
            size = _pick(rng, scum, sitems)
            if "parent" in e.tags and e.hq:
                size = min(size, rng.choice((1, 1, 2, 3)))
            if e.origin != "dom" and size < 3 and rng.random() < 0.3:
                size += 1
            size = min(size, n - total)
            if size <= 0:
                break
            e.size = size
            total += size
            ents.append(e)
    return ents


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """n records and, for each, the tuple of tags (source, hard cases, noise) applied to it."""
    if n <= 0:
        return [], []
    rng = random.Random(f"gen_central:{seed}")
    ents = _enterprises(n, rng)
    ids = rng.sample(range(1, 10 * len(ents) + 10), len(ents))
    rows: list[tuple] = []
    for e, num in zip(ents, ids, strict=True):
        e.eid = f"E{num:07d}"
        app = _applicable(e)
        if not app:
            app = [("registry", 1.0)]
        srcs = [s for s, _ in app]
        wts = [x for _, x in app]
        chosen = []
        for _ in range(e.size):
            if len(chosen) < len(srcs) and rng.random() > 0.08:
                # a list rarely names the same firm twice: sample without replacement
                left = [(s, x) for s, x in zip(srcs, wts, strict=True) if s not in chosen] or app
                cum = list(accumulate(x for _, x in left))
                chosen.append(left[bisect(cum, rng.random() * cum[-1])][0])
            else:
                cum = list(accumulate(wts))
                chosen.append(srcs[bisect(cum, rng.random() * cum[-1])])
        for src in chosen:
            name, tax, addr, phone, tags = _record(src, e, rng)
            rows.append((name, tax, addr, phone, e.eid, tuple(tags)))
    rng.shuffle(rows)
    recs, tagl = [], []
    for i, (name, tax, addr, phone, eid, tags) in enumerate(rows):
        recs.append({"id": f"r{i + 1:07d}", "name": name, "tax_code": tax, "address": addr, "phone": phone,
                     "truth": eid})
        tagl.append(tags)
    return recs, tagl


def records(n: int, seed: int = 0) -> list[dict]:
    """n synthetic records with keys id, name, tax_code, address, phone, truth."""
    return labelled(n, seed)[0]


def summary(recs: list[dict], tags: list[tuple]) -> str:
    n = len(recs)
    per = Counter(r["truth"] for r in recs)
    sizes = Counter(per.values())
    lines = [f"records            {n}",
             f"enterprises        {len(per)}  ({n / max(1, len(per)):.2f} records each)",
             f"singletons         {sizes.get(1, 0) / max(1, len(per)):.1%} of enterprises, "
             f"{sizes.get(1, 0) / max(1, n):.1%} of records",
             "records/enterprise " + " ".join(f"{k}:{sizes[k]}" for k in sorted(sizes))]
    for key in ("tax_code", "phone", "address", "name"):
        lines.append(f"with {key:<13} {sum(1 for r in recs if r[key]) / max(1, n):.1%}")
    src = Counter(t for ts in tags for t in ts if t.startswith("src:"))
    lines.append("sources            " + "  ".join(f"{k[4:]} {v / n:.1%}" for k, v in src.most_common()))
    origin = Counter(t for ts in tags for t in ts if t.startswith("origin:"))
    lines.append("origins (records)  " + "  ".join(f"{k[7:]} {v / n:.1%}" for k, v in origin.most_common()))
    other = Counter(t for ts in tags for t in set(ts) if not t.startswith(("src:", "origin:")))
    lines.append("tags               " + "  ".join(f"{k} {v / n:.1%}" for k, v in sorted(other.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 20000
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    print(f"gen_central n={n} seed={seed}")
    print(summary(recs, tags))
    print(f"time               {dt:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
