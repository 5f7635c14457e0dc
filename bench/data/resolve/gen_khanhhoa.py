#!/usr/bin/env python3
"""ALL DATA IS SYNTHETIC.
No record describes a real enterprise, person, tax code or phone number.  Brand
names are random combinations of Sino-Vietnamese syllables, Korean syllables or
invented foreign roots; tax codes, CCCD numbers, investment-certificate numbers
and phones are drawn at random (tax codes only follow the public check-digit
rule).  Place names (provinces, old districts, communes, industrial parks) are
real or plausible, because the resolver has to cope with them.

Scenario
--------
On 1 July 2025 old Khanh Hoa and old Ninh Thuan became the new Khanh Hoa
province (capital Nha Trang).  Districts were abolished and communes merged and
renamed.  The Department of Industry and Trade builds ONE register of
supporting-industry (CNHT) and processing enterprises from about ten lists.
Industries: Korean shipbuilding subcontractors around a Mipo-style yard at Ninh
Thuy (steel, welding, painting/blasting, piping, electrical, manpower); seafood
processing and its suppliers (ice, cartons, cold storage, nets, aquafeed,
shrimp seed); fish sauce, salt, bird's nest (yen sao); grape/wine and garlic in
Ninh Thuan; wind/solar O&M; mechanical workshops; building materials; Cham
pottery/brocade households.  Parks: KCN Suoi Dau, Ninh Thuy, Nam Cam Ranh, Van
Thang (Van Phong EZ), Du Long, Thanh Hai, Phuoc Nam; clusters (CCN) Dac Loc,
Dien Phu, Song Cau, Ninh Xuan, Thap Cham, Quang Son.
The old-commune -> new-commune mapping in ADMIN below is an APPROXIMATION of
the 2025 reorganisation (right in spirit: 2-4 old communes fold into one new
commune/ward, districts disappear, Ninh Thuan addresses become "tinh Khanh
Hoa"); it is not an authoritative gazetteer.

Sources (id prefix; approximate share of records at n = 100,000; habits)
-----------------------------------------------------------------------
TAX  (17%)  provincial tax extract of active taxpayers.  Legal name (55% upper
     case), clean tax code, one row per dependent unit (branch code -001,
     sometimes old 13-digit form without dash), registered address (55% still
     in old district/commune words), phone often the accounting service's.
     Households: owner name, personal TIN (8xxxxxxxxx) or 12-digit CCCD.
HDDT (10%)  e-invoice provider / bank customer list.  Proper-case legal name,
     tax code almost always, new admin units (65%), phones in many formats,
     occasional Unicode NFD text.
TK   (11%)  statistics enterprise survey 2017-2024, Excel export.  Names cut at
     40 characters, many unaccented upper case, tax codes damaged by Excel
     (4.20123E+09, dropped leading zero, ".0"), phones without leading 0,
     abbreviated old addresses; establishments (branches) as own rows.
BHXH (10%)  social-insurance employer list.  Upper case with CTY/CN
     abbreviations, tax column holds the BHXH unit code (TA1234B) for ~30%,
     short old addresses, phone rarely.
NTCT (10%)  old Ninh Thuan Dept. of Industry & Trade lists 2012-2025.  Legacy
     encoding damage (TCVN3 30%, VNI 15%, UTF-8 read as cp1252 8%, '?' 4%),
     old names before conversion/renaming, old districts, area code 068, 11-digit
     mobiles before late 2018, "MST:" labels, several yearly copies of a row.
FORM (11%)  trade-fair / Zalo / Google-Form self-registration 2025.  Short
     trade names, lower case without diacritics, typos, Telex residue, several
     phones in one cell, tax code rarely, old or new addresses, duplicates.
KC   (9.5%) khuyen cong (industrial extension) beneficiary lists: households by
     owner name (incl. Cham and Raglai names with spelling variants), HTX,
     CCCD / old CMND numbers in the tax column, village-level addresses.
BQL  (8%)   Van Phong EZ / industrial-park boards' investor lists.  Park
     firms only; English names for FDI; tax column often holds the investment
     certificate (IRC) number, not the tax code; "Lo B2, KCN Suoi Dau" addresses;
     one row per project.
HQ   (7%)   customs exporters/importers (VNACCS): unaccented upper case names
     (Vietnamese or English), clean tax codes, unaccented addresses.
SHIP (6.6%) the Korean yard's vendor list: English/romanised names, hangul
     ("(주)대진마린 비나"), Korean CEO names and +82 mobiles, "Tax ID:" or vendor
     codes in the tax column, English addresses.

Realistic variation
-------------------
Legal forms in all spellings (Cong ty TNHH / Cty TNHH / TNHH MTV / trach nhiem
huu han mot thanh vien / Co., Ltd / Co phan / CP / CTCP / JSC / DNTN / HTX /
ho kinh doanh / co so); descriptor abbreviations (SX-TM-DV, XNK, VLXD); missing
diacritics, upper/lower/title case, old-style tone placement (Hoa/Thuy), typos,
Telex residue, NFD; English vs Vietnamese names ("X Vina", "X Viet Nam",
"X Vietnam Co., Ltd", translated descriptors), hangul names, trade
abbreviations (HALOSEA); tax codes missing, mistyped, spaced, labelled,
Excel-damaged, replaced by IRC/BHXH/CCCD/CMND/vendor numbers; phones with or
without 0/+84, old area codes 058/068, 11-digit mobiles, fax numbers, several
per cell; addresses with KCN / Khu cong nghiep / IP / lot numbers, old vs new
province/district/commune names, new commune with old district, English and
unaccented addresses; firms that moved, renamed, converted or grew out of a
household.

Hard negatives (different truth, look alike)
--------------------------------------------
* popular short trade names ("Thanh Dat", "Hai Long", "Bien Xanh") shared by
  unrelated firms in other towns and trades (brand pool grows with n so that the
  number of firms per brand stays provincial);
* identical legal names registered before 2015 in old Khanh Hoa and old Ninh
  Thuan (uniqueness used to be per province) - now in one province;
* same or near-same names in different parks (Korean "Seojin Vina" at Suoi Dau
  vs "Seojin Engineering Vina" at Ninh Thuy; local "X" vs "X Ninh Thuan");
* sister firms of one family: same brand, different trade, shared phone and
  often address, near-consecutive tax codes;
* parent and subsidiary companies with their own codes (incl. wind/solar
  project companies "... Phuoc Huu 1", "... Phuoc Huu 2");
* accounting-service phones and virtual-office addresses shared by many firms;
* common personal names among household businesses.

Truth rule
----------
One truth label = one legal enterprise as the officer wants it registered:
* an enterprise = the holder of a 10-digit tax code (company, DNTN, HTX) or one
  household business (ho kinh doanh); every dependent unit of it (chi nhanh
  "-001".., factory, representative office, project row of the park board,
  in-province branch of an out-of-province company) carries the parent's truth;
* an out-of-province company present only through its branch is one truth
  covering both its branch rows and rows that show the head office;
* the truth survives renaming, conversion with the same tax code (DNTN->TNHH,
  TNHH->CP), moves (including into a park) and phone changes;
* a household business that re-registered as a company (new code, usually the
  same trade name, owner, premises, phone) is the SAME truth as that company;
* subsidiaries, project companies, sister firms and namesakes with their own
  code are different truths.

Codes/phones
------------
Tax codes: 10 digits, N10 = 10 - (sum(w*Ni) mod 11) with w = 31,29,23,19,17,13,
7,5,3 (redrawn when that is 10).  Prefixes follow the provincial series: 42
(old Khanh Hoa), 45 (old Ninh Thuan), 03/01/04/37/36/34/02 for head offices
elsewhere; 8xxxxxxxxx personal TINs for households.  Dependent units add
"-001", "-002"...  Single-digit substitutions always fail the check; adjacent
swaps almost always.  CCCD: 056 (Khanh Hoa) / 058 (Ninh Thuan) + sex/century
digit + year + 6 digits.  Phones: landlines 0258 (old 058) and 0259 (old 068)
+ 7 digits; mobiles 09x/08x/07x/03x/05x with the pre-2018 11-digit forms
(0168->038 ...); Korean mobiles +82 10-xxxx-xxxx; head offices 028/024/0236...
Other numbers found in the tax column: investment certificates (IRC, random 10
digits or old 11-digit 37.../40... series), BHXH unit codes (TA1234B), 9-digit
CMND, yard vendor codes (V12345, VD-123).  Legacy-encoding rows contain the
characters a real mis-decoded file contains (soft hyphen, C1 controls).

Shape (measured at n = 100,000, seed 0)
---------------------------------------
records 100,000 -> 39,953 truth labels; 2.50 records per entity; singletons
34.4%; entity sizes 1: 13,748 | 2: 11,228 | 3: 6,869 | 4-5: 5,779 |
6-10: 2,013 | 11-20: 316 (max 20; the yard and big firms with branches).
Tax column filled 76.0% (61.7% of rows hold a check-digit-valid 10-digit code,
possibly with a unit suffix); phone filled 60.6%; address filled 97.7%.
Namesakes: ~77% of firms share their brand with at least one unrelated firm
(mean 2.1 firms per brand, the most popular ~25); ~5.5% share descriptor +
brand; ~30% of households share the owner's full name.  Entities scale with n
(~0.40 n) and these namesake rates stay about the same from 3,000 to
1,000,000 records (brand pool grows with n; the fixed commune-name and
personal-name spaces are widened beyond ~100k records).
n = 1,000,000: about 50-60 s and 1.0 GB peak RSS (Python 3.11, 2 cores).

Use
---
    from gen_khanhhoa import records
    rows = records(100_000, seed=0)     # list of dicts, shuffled
    python gen_khanhhoa.py 20000 --seed 1 --show 15 --group 5
    python gen_khanhhoa.py 1000000 --json > stats.json
"""
from __future__ import annotations

import argparse
import bisect
import json
import re
import resource
import sys
import time
import unicodedata
from collections import Counter
from random import Random

# ---------------------------------------------------------------------------
# text transforms
# ---------------------------------------------------------------------------
_VL = ("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
_VA = _VL + _VL.upper()


def _base(ch):
    if ch == "đ":
        return "d"
    if ch == "Đ":
        return "D"
    return unicodedata.normalize("NFD", ch)[0]


STRIP = str.maketrans({c: _base(c) for c in _VA})

_T3 = dict(zip("àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵăâêôơưđ",
               [0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA,
                0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC,
                0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB,
                0xEC, 0xED, 0xEE, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA,
                0xFB, 0xFC, 0xFD, 0xFE, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE], strict=False))
_T3U = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}
TCVN3 = str.maketrans({c: chr(_T3U.get(c, _T3.get(c.lower(), 0x3F))) for c in _VA})

_TONE_VNI = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_CIRC_VNI = {None: "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_BREV_VNI = {None: "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_I_VNI = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def _vni(ch):
    up = ch.isupper()
    if ch in "đĐ":
        return "Ñ" if up else "ñ"
    d = unicodedata.normalize("NFD", ch)
    base, shape, tone = d[0], None, None
    for m in d[1:]:
        if m in "\u0302\u0306\u031b":
            shape = m
        else:
            tone = m
    if shape == "\u031b":
        out = ("ô" if base.lower() == "o" else "ö") + (_TONE_VNI[tone] if tone else "")
    elif shape == "\u0302":
        out = base.lower() + _CIRC_VNI[tone]
    elif shape == "\u0306":
        out = base.lower() + _BREV_VNI[tone]
    elif base.lower() == "i" and tone:
        out = _I_VNI[tone]
    elif base.lower() == "y" and tone == "\u0323":
        out = "î"
    else:
        out = base.lower() + (_TONE_VNI[tone] if tone else "")
    return out.upper() if up else out


VNI = str.maketrans({c: _vni(c) for c in _VA})


def _moji(ch):
    out = []
    for b in ch.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


MOJI = str.maketrans({c: _moji(c) for c in _VA})


def _q(ch):
    try:
        ch.encode("cp1252")
        return ch
    except UnicodeEncodeError:
        return "?"


QMARK = str.maketrans({c: _q(c) for c in _VA})

_TELEX_T = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_TELEX_S = {"\u0302": None, "\u0306": "w", "\u031b": "w"}


def telex(s):
    """Text typed with the input method switched off: 'Thủy sản' -> 'Thuyr sanr'."""
    out = []
    for w in s.split(" "):
        tone = ""
        buf = []
        for ch in w:
            if ch in "đĐ":
                buf.append("dd" if ch == "đ" else "DD")
                continue
            d = unicodedata.normalize("NFD", ch)
            buf.append(d[0])
            for m in d[1:]:
                if m in _TELEX_T:
                    tone = _TELEX_T[m]
                elif m == "\u0302":
                    buf.append(d[0].lower())
                elif m in _TELEX_S:
                    buf.append("w")
        out.append("".join(buf) + tone)
    return " ".join(out)


_OLDTONE = {}
for _a, _b in (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("òe", "oè"),
               ("óe", "oé"), ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")):
    _OLDTONE[_a] = _b
    _OLDTONE[_a.upper()] = _b.upper()
    _OLDTONE[_a[0].upper() + _a[1]] = _b[0].upper() + _b[1]
_OLDTONE_RE = re.compile("|".join(sorted(_OLDTONE, key=len, reverse=True)))


def oldtone(s):
    return _OLDTONE_RE.sub(lambda m: _OLDTONE[m.group(0)], s)


def strip(s):
    return s.translate(STRIP)


_KEYNB = {"a": "sq", "s": "ad", "d": "sf", "e": "wr", "r": "et", "t": "ry", "y": "tu", "u": "yi",
          "i": "uo", "o": "ip", "n": "bm", "m": "n", "h": "gj", "g": "fh", "c": "xv", "l": "k",
          "k": "jl", "p": "o", "b": "vn", "v": "cb", "q": "a", "x": "zc"}


def typo(s, r):
    if len(s) < 5:
        return s
    i = r.randrange(1, len(s) - 2)
    x = r.random()
    if x < 0.28:
        return s[:i] + s[i + 1:]
    if x < 0.42:
        return s[:i] + s[i] + s[i:]
    if x < 0.64:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if x < 0.82:
        c = s[i]
        b = strip(c).lower()
        if c != b and c.lower() != b:
            return s[:i] + (b.upper() if c.isupper() else b) + s[i + 1:]
        nb = _KEYNB.get(b)
        if nb:
            n = r.choice(nb)
            return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1:]
        return s
    j = s.find(" ", i)
    if j > 0:
        return s[:j] + s[j + 1:]
    return s[:i] + " " + s[i:]


# ---------------------------------------------------------------------------
# administrative units (APPROXIMATE 2025 mapping; see docstring)
# ---------------------------------------------------------------------------
# (old province, district type, district name, economic weight, english name,
#  "ctype old>ntype new|..." )
ADMIN = [
    ("KH", "TP", "Nha Trang", 30, "Nha Trang City",
     "P Vĩnh Hải>P Bắc Nha Trang|P Vĩnh Phước>P Bắc Nha Trang|P Vĩnh Hòa>P Bắc Nha Trang|"
     "X Vĩnh Lương>P Bắc Nha Trang|P Vĩnh Thọ>P Nha Trang|P Xương Huân>P Nha Trang|"
     "P Vạn Thắng>P Nha Trang|P Vạn Thạnh>P Nha Trang|P Phương Sài>P Nha Trang|"
     "P Phương Sơn>P Nha Trang|P Lộc Thọ>P Nha Trang|P Tân Lập>P Nha Trang|P Phước Tân>P Nha Trang|"
     "P Phước Hòa>P Nha Trang|P Phước Long>P Nam Nha Trang|P Vĩnh Trường>P Nam Nha Trang|"
     "P Vĩnh Nguyên>P Nam Nha Trang|P Phước Hải>P Nam Nha Trang|X Phước Đồng>P Nam Nha Trang|"
     "P Ngọc Hiệp>P Tây Nha Trang|X Vĩnh Ngọc>P Tây Nha Trang|X Vĩnh Thạnh>P Tây Nha Trang|"
     "X Vĩnh Trung>P Tây Nha Trang|X Vĩnh Hiệp>P Tây Nha Trang|X Vĩnh Thái>P Tây Nha Trang|"
     "X Vĩnh Phương>P Tây Nha Trang"),
    ("KH", "TP", "Cam Ranh", 10, "Cam Ranh City",
     "P Cam Nghĩa>P Bắc Cam Ranh|P Cam Phúc Bắc>P Bắc Cam Ranh|P Cam Phúc Nam>P Bắc Cam Ranh|"
     "P Cam Lộc>P Cam Ranh|P Cam Phú>P Cam Ranh|P Cam Thuận>P Cam Ranh|P Ba Ngòi>P Ba Ngòi|"
     "P Cam Lợi>P Ba Ngòi|P Cam Linh>P Cam Linh|X Cam Thành Nam>P Cam Linh|"
     "X Cam Thịnh Đông>X Nam Cam Ranh|X Cam Thịnh Tây>X Nam Cam Ranh|X Cam Lập>X Nam Cam Ranh|"
     "X Cam Phước Đông>X Nam Cam Ranh|X Cam Bình>X Nam Cam Ranh"),
    ("KH", "TX", "Ninh Hòa", 12, "Ninh Hoa Town",
     "P Ninh Hiệp>P Ninh Hòa|P Ninh Đa>P Ninh Hòa|X Ninh Đông>P Ninh Hòa|X Ninh Phụng>P Ninh Hòa|"
     "P Ninh Thủy>P Đông Ninh Hòa|P Ninh Diêm>P Đông Ninh Hòa|P Ninh Hải>P Đông Ninh Hòa|"
     "X Ninh Phước>P Đông Ninh Hòa|X Ninh Vân>P Đông Ninh Hòa|P Ninh Giang>P Hòa Thắng|"
     "P Ninh Hà>P Hòa Thắng|X Ninh Phú>P Hòa Thắng|X Ninh Xuân>X Tây Ninh Hòa|"
     "X Ninh Bình>X Tây Ninh Hòa|X Ninh Quang>X Tây Ninh Hòa|X Ninh Lộc>X Nam Ninh Hòa|"
     "X Ninh Ích>X Nam Ninh Hòa|X Ninh Hưng>X Nam Ninh Hòa|X Ninh An>X Bắc Ninh Hòa|"
     "X Ninh Thọ>X Bắc Ninh Hòa|X Ninh Sơn>X Bắc Ninh Hòa|X Ninh Tân>X Tân Định|X Ninh Tây>X Tân Định"),
    ("KH", "H", "Vạn Ninh", 6, "Van Ninh District",
     "TT Vạn Giã>X Vạn Ninh|X Vạn Phú>X Vạn Ninh|X Vạn Bình>X Vạn Ninh|X Vạn Thắng>X Vạn Thắng|"
     "X Vạn Khánh>X Vạn Thắng|X Vạn Long>X Vạn Thắng|X Vạn Hưng>X Vạn Hưng|X Vạn Lương>X Vạn Hưng|"
     "X Xuân Sơn>X Vạn Hưng|X Vạn Phước>X Tu Bông|X Vạn Thọ>X Tu Bông|X Vạn Thạnh>X Đại Lãnh|"
     "X Đại Lãnh>X Đại Lãnh"),
    ("KH", "H", "Diên Khánh", 8, "Dien Khanh District",
     "TT Diên Khánh>X Diên Khánh|X Diên An>X Diên Khánh|X Diên Toàn>X Diên Khánh|"
     "X Diên Thạnh>X Diên Khánh|X Diên Phú>X Diên Điền|X Diên Điền>X Diên Điền|X Diên Sơn>X Diên Điền|"
     "X Diên Lạc>X Diên Lạc|X Diên Hòa>X Diên Lạc|X Diên Bình>X Diên Lạc|X Diên Lâm>X Diên Lâm|"
     "X Diên Xuân>X Diên Lâm|X Diên Đồng>X Diên Lâm|X Diên Thọ>X Diên Thọ|X Diên Phước>X Diên Thọ|"
     "X Suối Hiệp>X Suối Hiệp|X Suối Tiên>X Suối Hiệp|X Diên Tân>X Suối Hiệp"),
    ("KH", "H", "Cam Lâm", 7, "Cam Lam District",
     "TT Cam Đức>X Cam Lâm|X Cam Hải Tây>X Cam Lâm|X Cam Thành Bắc>X Cam Lâm|X Cam Hải Đông>X Cam Lâm|"
     "X Suối Tân>X Suối Dầu|X Suối Cát>X Suối Dầu|X Cam Hiệp Bắc>X Cam Hiệp|X Cam Hiệp Nam>X Cam Hiệp|"
     "X Cam Tân>X Cam Hiệp|X Cam Hòa>X Cam Hiệp|X Cam An Bắc>X Cam An|X Cam An Nam>X Cam An|"
     "X Cam Phước Tây>X Cam An"),
    ("KH", "H", "Khánh Vĩnh", 1, "Khanh Vinh District",
     "TT Khánh Vĩnh>X Khánh Vĩnh|X Sông Cầu>X Khánh Vĩnh|X Khánh Đông>X Khánh Vĩnh|X Khánh Bình>X Khánh Vĩnh"),
    ("KH", "H", "Khánh Sơn", 0.5, "Khanh Son District",
     "TT Tô Hạp>X Tô Hạp|X Sơn Trung>X Tô Hạp|X Sơn Bình>X Tô Hạp"),
    ("NT", "TP", "Phan Rang - Tháp Chàm", 14, "Phan Rang - Thap Cham City",
     "P Phủ Hà>P Phan Rang|P Thanh Sơn>P Phan Rang|P Kinh Dinh>P Phan Rang|P Mỹ Hương>P Phan Rang|"
     "P Tấn Tài>P Phan Rang|P Đạo Long>P Phan Rang|P Đông Hải>P Đông Hải|P Mỹ Đông>P Đông Hải|"
     "P Mỹ Hải>P Đông Hải|P Mỹ Bình>P Đông Hải|P Văn Hải>P Ninh Chử|P Bảo An>P Bảo An|"
     "X Thành Hải>P Bảo An|P Phước Mỹ>P Bảo An|P Đô Vinh>P Đô Vinh"),
    ("NT", "H", "Ninh Hải", 4, "Ninh Hai District",
     "TT Khánh Hải>P Ninh Chử|X Tri Hải>X Ninh Hải|X Tân Hải>X Ninh Hải|X Phương Hải>X Ninh Hải|"
     "X Nhơn Hải>X Ninh Hải|X Xuân Hải>X Xuân Hải|X Hộ Hải>X Xuân Hải|X Vĩnh Hải>X Vĩnh Hải|"
     "X Thanh Hải>X Vĩnh Hải"),
    ("NT", "H", "Thuận Bắc", 3, "Thuan Bac District",
     "X Lợi Hải>X Thuận Bắc|X Bắc Phong>X Thuận Bắc|X Phước Chiến>X Công Hải|X Công Hải>X Công Hải|"
     "X Bắc Sơn>X Công Hải|X Phước Kháng>X Công Hải"),
    ("NT", "H", "Ninh Phước", 5, "Ninh Phuoc District",
     "TT Phước Dân>X Ninh Phước|X Phước Thuận>X Ninh Phước|X Phước Sơn>X Ninh Phước|"
     "X An Hải>X Ninh Phước|X Phước Hải>X Ninh Phước|X Phước Hậu>X Phước Hậu|X Phước Thái>X Phước Hậu|"
     "X Phước Vinh>X Phước Hữu|X Phước Hữu>X Phước Hữu"),
    ("NT", "H", "Thuận Nam", 4, "Thuan Nam District",
     "X Phước Nam>X Thuận Nam|X Phước Ninh>X Thuận Nam|X Phước Minh>X Thuận Nam|"
     "X Phước Dinh>X Phước Dinh|X Cà Ná>X Cà Ná|X Phước Diêm>X Cà Ná|X Phước Hà>X Phước Hà|"
     "X Nhị Hà>X Phước Hà"),
    ("NT", "H", "Ninh Sơn", 3, "Ninh Son District",
     "TT Tân Sơn>X Ninh Sơn|X Quảng Sơn>X Ninh Sơn|X Lương Sơn>X Lâm Sơn|X Lâm Sơn>X Lâm Sơn|"
     "X Mỹ Sơn>X Mỹ Sơn|X Nhơn Sơn>X Mỹ Sơn|X Hòa Sơn>X Anh Dũng|X Ma Nới>X Anh Dũng"),
    ("NT", "H", "Bác Ái", 1, "Bac Ai District",
     "X Phước Đại>X Bác Ái|X Phước Chính>X Bác Ái|X Phước Tiến>X Bác Ái Tây|"
     "X Phước Thắng>X Bác Ái Tây|X Phước Bình>X Bác Ái Đông|X Phước Hòa>X Bác Ái Đông"),
]
DISTS = []     # (prov, dtype, dname, ename)
COMS = []      # (ctype, cname, di, ntype, nname)
DCOMS = []     # di -> [ci]
COM_BY = {}    # (dname, cname) -> ci
for _p, _dt, _dn, _w, _en, _txt in ADMIN:
    _di = len(DISTS)
    DISTS.append((_p, _dt, _dn, _en))
    DCOMS.append([])
    for _it in _txt.split("|"):
        _o, _nw = _it.split(">")
        _ct, _cn = _o.split(" ", 1)
        _nt, _nn = _nw.split(" ", 1)
        COM_BY[(_dn, _cn)] = len(COMS)
        DCOMS[_di].append(len(COMS))
        COMS.append((_ct, _cn, _di, _nt, _nn))
DIST_W = {"KH": ([i for i, a in enumerate(ADMIN) if a[0] == "KH"], [a[3] for a in ADMIN if a[0] == "KH"]),
          "NT": ([i for i, a in enumerate(ADMIN) if a[0] == "NT"], [a[3] for a in ADMIN if a[0] == "NT"])}
CT_W = {"P": "phường", "X": "xã", "TT": "thị trấn"}
CT_A = {"P": "P.", "X": "X.", "TT": "TT."}
CT_E = {"P": "Ward", "X": "Commune", "TT": "Town"}
DT_W = {"TP": "thành phố", "TX": "thị xã", "H": "huyện"}
DT_A = {"TP": "TP.", "TX": "TX.", "H": "H."}
PROV_W = {"KH": "Khánh Hòa", "NT": "Ninh Thuận"}
PROV_A = {"KH": ("KH", "T.KH", "Khánh Hòa", "K.Hòa"), "NT": ("NT", "Ninh Thuận", "T.NT", "N.Thuận")}
TOWN = {"Nha Trang": ("Nha Trang", "Khánh Hòa"), "Cam Ranh": ("Cam Ranh",), "Ninh Hòa": ("Ninh Hòa",),
        "Vạn Ninh": ("Vạn Ninh", "Vân Phong"), "Diên Khánh": ("Diên Khánh",), "Cam Lâm": ("Cam Lâm",),
        "Khánh Vĩnh": ("Khánh Vĩnh",), "Khánh Sơn": ("Khánh Sơn",),
        "Phan Rang - Tháp Chàm": ("Ninh Thuận", "Phan Rang"), "Ninh Hải": ("Ninh Hải", "Ninh Thuận"),
        "Thuận Bắc": ("Thuận Bắc", "Ninh Thuận"), "Ninh Phước": ("Ninh Phước", "Ninh Thuận"),
        "Thuận Nam": ("Thuận Nam", "Ninh Thuận"), "Ninh Sơn": ("Ninh Sơn",), "Bác Ái": ("Bác Ái",)}

# parks: (kind, name, english, district, old commune, weight for FDI/domestic)
PARKS_RAW = [
    ("KCN", "Suối Dầu", "Suoi Dau Industrial Park", "Cam Lâm", "Suối Tân", 10),
    ("KCN", "Ninh Thủy", "Ninh Thuy Industrial Park", "Ninh Hòa", "Ninh Thủy", 8),
    ("KCN", "Nam Cam Ranh", "Nam Cam Ranh Industrial Park", "Cam Ranh", "Cam Thịnh Đông", 4),
    ("KCN", "Vạn Thắng", "Van Thang Industrial Park", "Vạn Ninh", "Vạn Thắng", 3),
    ("KCN", "Du Long", "Du Long Industrial Park", "Thuận Bắc", "Lợi Hải", 4),
    ("KCN", "Thành Hải", "Thanh Hai Industrial Park", "Phan Rang - Tháp Chàm", "Thành Hải", 5),
    ("KCN", "Phước Nam", "Phuoc Nam Industrial Park", "Thuận Nam", "Phước Nam", 3),
    ("CCN", "Đắc Lộc", "Dac Loc Industrial Cluster", "Nha Trang", "Vĩnh Phương", 4),
    ("CCN", "Diên Phú", "Dien Phu Industrial Cluster", "Diên Khánh", "Diên Phú", 3),
    ("CCN", "Sông Cầu", "Song Cau Industrial Cluster", "Khánh Vĩnh", "Sông Cầu", 1),
    ("CCN", "Ninh Xuân", "Ninh Xuan Industrial Cluster", "Ninh Hòa", "Ninh Xuân", 2),
    ("CCN", "Tháp Chàm", "Thap Cham Industrial Cluster", "Phan Rang - Tháp Chàm", "Đô Vinh", 3),
    ("CCN", "Quảng Sơn", "Quang Son Industrial Cluster", "Ninh Sơn", "Quảng Sơn", 1),
    ("YARD", "Donghae Vina", "Donghae Vina Shipyard", "Ninh Hòa", "Ninh Phước", 0),
]
PARKS = [(k, nm, en, COM_BY[(d, c)], w, DISTS[COMS[COM_BY[(d, c)]][2]][0])
         for k, nm, en, d, c, w in PARKS_RAW]
YARD = len(PARKS) - 1
PARK_W = {reg: ([i for i, p in enumerate(PARKS) if p[5] == reg and p[4] > 0],
                [p[4] for p in PARKS if p[5] == reg and p[4] > 0]) for reg in ("KH", "NT")}
SHIP_PARKS = ([1, YARD, 0, 2, 3], [40, 28, 16, 10, 6])

STREETS = {
    "Nha Trang": "Trần Phú|Lê Thánh Tôn|Thống Nhất|23 Tháng 10|2 Tháng 4|Lê Hồng Phong|Nguyễn Thị Minh Khai|"
                 "Phạm Văn Đồng|Hùng Vương|Nguyễn Trãi|Quang Trung|Yersin|Võ Văn Ký|Nguyễn Tất Thành|"
                 "Dã Tượng|Phong Châu|Hoàng Văn Thụ|Cù Chính Lan|Võ Thị Sáu|Mai Xuân Thưởng|Bắc Sơn|"
                 "Trần Quý Cáp|Lạc Long Quân|Nguyễn Khuyến|Đường Số 4|Lê Hồng Phong|Phước Long",
    "Cam Ranh": "Hùng Vương|Nguyễn Trọng Kỷ|Phạm Văn Đồng|Lê Duẩn|Trần Hưng Đạo|Nguyễn Chí Thanh|Đại lộ Nguyễn Tất Thành",
    "Ninh Hòa": "Trần Quý Cáp|Nguyễn Thị Ngọc Oanh|Trần Phú|Hùng Vương|Quốc lộ 26|Lê Lợi",
    "Diên Khánh": "Lý Tự Trọng|Lạc Long Quân|Hùng Vương|Quốc lộ 1A",
    "Cam Lâm": "Quốc lộ 1A|Đường Cam Đức|Hùng Vương",
    "Vạn Ninh": "Hùng Vương|Quốc lộ 1A|Lê Hồng Phong",
    "Phan Rang - Tháp Chàm": "Thống Nhất|16 Tháng 4|Ngô Gia Tự|Lê Duẩn|21 Tháng 8|Yên Ninh|Trần Phú|"
                             "Quang Trung|Minh Mạng|Lê Hồng Phong|Nguyễn Văn Cừ|Bác Ái|Hải Thượng Lãn Ông|Trường Chinh",
}
STREETS = {k: v.split("|") for k, v in STREETS.items()}
STREET_GEN = "Quốc lộ 1A|Hùng Vương|Trần Phú|Lê Lợi|Nguyễn Huệ|Quang Trung|Lê Duẩn|Tỉnh lộ 703".split("|")
VILL1 = "Phú|Tân|Mỹ|Hòa|Vĩnh|Phước|Xuân|An|Bình|Long|Lương|Đông|Tây|Trung|Thủy|Hiệp|Lộc|Thành|Hữu|Văn|Như|Chung|Đại|Ninh|Khánh".split("|")
VILL2 = "Lợi|Thọ|Hải|Sơn|Điền|Giang|Ninh|Thạnh|Đức|Nghiệp|Lâm|Thiện|Hòa|Phú|Xuân|Bình|An|Tân|Lập|Mỹ|Hưng|Quý|Khánh|Cường".split("|")
CHAM_VILL = "Bàu Trúc|Mỹ Nghiệp|Hữu Đức|Phước Lập|Văn Lâm|Chung Mỹ|Hiếu Thiện|An Nhơn|Như Bình|Vụ Bổn|Phú Nhuận|Thành Tín|Tuấn Tú|Chất Thường|Hậu Sanh|Thành Ý".split("|")
CHAM_DIST = {"Ninh Phước", "Ninh Hải", "Thuận Nam", "Thuận Bắc", "Phan Rang - Tháp Chàm"}
RAGLAI_DIST = {"Bác Ái", "Ninh Sơn", "Thuận Bắc", "Thuận Nam", "Khánh Sơn", "Khánh Vĩnh"}
QL_KM = {"KH": (1380, 1510), "NT": (1520, 1590)}

OUT_HQ = [  # prefix, province text, streets, districts, area code, weight
    ("03", "TP. Hồ Chí Minh", ["Nguyễn Đình Chiểu", "Điện Biên Phủ", "Cộng Hòa", "Nguyễn Văn Linh", "Võ Văn Kiệt", "Nam Kỳ Khởi Nghĩa"],
     ["Quận 1", "Quận 3", "Quận 7", "Quận Tân Bình", "Quận Bình Thạnh", "TP. Thủ Đức"], "28", 50),
    ("01", "Hà Nội", ["Láng Hạ", "Trần Duy Hưng", "Phạm Hùng", "Nguyễn Chí Thanh", "Duy Tân"],
     ["Quận Đống Đa", "Quận Cầu Giấy", "Quận Nam Từ Liêm", "Quận Hoàng Mai"], "24", 20),
    ("04", "TP. Đà Nẵng", ["Nguyễn Văn Linh", "Điện Biên Phủ", "2 Tháng 9"], ["Quận Hải Châu", "Quận Thanh Khê"], "236", 8),
    ("37", "Bình Dương", ["Đại lộ Bình Dương", "Đường số 7, KCN Sóng Thần"], ["TP. Thủ Dầu Một", "TP. Thuận An", "TP. Dĩ An"], "274", 7),
    ("36", "Đồng Nai", ["Đường số 2, KCN Biên Hòa 2", "Phạm Văn Thuận"], ["TP. Biên Hòa"], "251", 6),
    ("34", "Bình Thuận", ["Trần Hưng Đạo", "Tôn Đức Thắng"], ["TP. Phan Thiết"], "252", 5),
    ("02", "Hải Phòng", ["Lê Hồng Phong", "Lạch Tray"], ["Quận Ngô Quyền", "Quận Hải An"], "225", 4),
]
OUT_W = [o[5] for o in OUT_HQ]

# ---------------------------------------------------------------------------
# sectors: key, Vietnamese descriptors, English, w(KH), w(NT), export p,
#          shipyard-vendor p, park p, household-friendly weight, Korean descriptors
# ---------------------------------------------------------------------------
SECTORS = [
    ("ship", "Cơ khí Đóng tàu|Kỹ thuật Hàng hải|Công nghiệp Tàu thủy|Dịch vụ Hàng hải", "Marine Engineering", 2.5, .3, .3, .9, .6, 0, "Marine|Heavy Industries|Ship Service|Offshore"),
    ("steel", "Kết cấu thép|Cơ khí Kết cấu thép|Thép|Gia công Thép", "Steel Structure", 4, 1.5, .15, .55, .5, .05, "Steel|Industrial|Precision|E&C"),
    ("paint", "Sơn Công nghiệp|Sơn và Phun cát|Xử lý Bề mặt|Bảo ôn", "Industrial Coating", 1.3, .3, .05, .7, .5, 0, "Painting|Coating|Tech"),
    ("elec", "Điện Công nghiệp|Cơ điện|Điện - Tự động hóa|Thiết bị Điện", "Electrical Engineering", 3, 1.5, .05, .3, .3, .1, "Electric|E&C|Tech"),
    ("pipe", "Ống Công nghiệp|Lắp đặt Đường ống|Van và Ống", "Piping", 1, .3, .05, .6, .5, 0, "Pipe|Piping|Engineering"),
    ("manp", "Cung ứng Nhân lực|Dịch vụ Nhân lực|Giàn giáo", "Manpower Supply", 1.3, .3, 0, .7, .2, 0, "Manpower|Global|Service"),
    ("mech", "Cơ khí|Cơ khí Chế tạo|Gia công Cơ khí|Cơ khí Chính xác|Sửa chữa Cơ khí", "Mechanical", 6, 4, .05, .15, .3, .35, "Precision|Tech|Engineering"),
    ("boat", "Đóng tàu cá|Sửa chữa Tàu thuyền|Đóng sửa Tàu cá|Composite Tàu thuyền", "Boat Building", 2, 2, .02, .03, .05, .4, ""),
    ("seafood", "Thủy sản|Chế biến Thủy sản|Hải sản|Thủy hải sản|Chế biến Hải sản Xuất khẩu", "Seafood", 6, 4, .5, 0, .35, .2, "Food"),
    ("fishsauce", "Nước mắm|Chế biến Nước mắm|Hải sản khô", "Fish Sauce", 1.5, 3, .1, 0, .05, .7, ""),
    ("ice", "Nước đá|Sản xuất Nước đá|Đá lạnh", "Ice", 1.5, 1.5, 0, 0, .1, .5, ""),
    ("carton", "Bao bì|Bao bì Giấy|Bao bì Carton|In và Bao bì|Bao bì Nhựa", "Packaging", 2, 1, .1, 0, .5, .1, ""),
    ("cold", "Kho lạnh|Dịch vụ Kho lạnh|Logistics Lạnh|Kho vận", "Cold Storage", 1.2, .5, .05, 0, .4, .05, ""),
    ("nets", "Lưới|Ngư lưới cụ|Sản xuất Lưới|Ngư cụ", "Fishing Nets", .8, 1, .1, 0, .2, .5, ""),
    ("feed", "Thức ăn Thủy sản|Thức ăn Chăn nuôi|Giống Thủy sản|Tôm giống", "Aquafeed", 1.5, 3, .2, 0, .3, .3, ""),
    ("salt", "Muối|Sản xuất Muối|Muối Công nghiệp|Diêm nghiệp", "Salt", 1, 3, .15, 0, .05, .5, ""),
    ("nest", "Yến sào|Yến|Sản phẩm Yến|Yến Thiên nhiên", "Bird's Nest", 3, 1, .35, 0, .1, .6, ""),
    ("wine", "Rượu vang|Vang Nho|Nho|Nông sản Nho", "Wine", .3, 2.5, .05, 0, .05, .6, ""),
    ("garlic", "Tỏi|Nông sản|Chế biến Nông sản|Đặc sản", "Agricultural Products", .5, 2.5, .1, 0, .05, .6, ""),
    ("wind", "Điện gió|Năng lượng Gió|Phong điện", "Wind Power", .3, 2, 0, 0, .05, 0, ""),
    ("solar", "Năng lượng Mặt trời|Điện mặt trời|Năng lượng Tái tạo|Điện Năng lượng", "Solar Energy", .8, 3, 0, 0, .05, 0, ""),
    ("om", "Kỹ thuật Năng lượng|Vận hành Bảo dưỡng Điện|Dịch vụ Năng lượng|Xây lắp Điện", "Energy Services", 1, 2.5, 0, .02, .05, 0, ""),
    ("bm", "Vật liệu Xây dựng|Vật liệu và Xây dựng|Vật liệu Xây dựng Tổng hợp", "Building Materials", 4, 3, .02, 0, .15, .4, ""),
    ("concrete", "Bê tông|Bê tông Ly tâm|Bê tông Đúc sẵn|Bê tông Thương phẩm", "Concrete", 1.5, 1, 0, .02, .4, .05, ""),
    ("brick", "Gạch Tuynel|Gạch không nung|Gạch ngói|Gạch Terrazzo", "Bricks", 1, 1.5, 0, 0, .2, .3, ""),
    ("stone", "Đá Granite|Khai thác Đá|Đá xây dựng|Khoáng sản", "Stone", 1.2, 1.5, .1, 0, .1, .1, ""),
    ("wood", "Chế biến Gỗ|Gỗ|Nội thất Gỗ|Mộc", "Wood", 2, 1, .2, 0, .2, .5, ""),
    ("garment", "May mặc|May xuất khẩu|Dệt may", "Garment", 1.2, .8, .4, 0, .5, .3, "Apparel|Fashion"),
    ("food", "Thực phẩm|Chế biến Thực phẩm|Nước giải khát|Bánh kẹo", "Food", 2, 1.5, .1, 0, .2, .5, "Food"),
    ("pottery", "Gốm|Gốm Mỹ nghệ|Thổ cẩm", "Handicrafts", .2, 1.2, .1, 0, 0, .8, ""),
    ("print", "In|In ấn|Quảng cáo và In", "Printing", 1, .5, 0, 0, .1, .4, ""),
    ("gas", "Khí Công nghiệp|Gas|Khí hóa lỏng", "Industrial Gas", .6, .4, 0, .4, .3, 0, "Gas|Industrial"),
    ("trade", "Thương mại|Thương mại Dịch vụ|Vật tư Thiết bị|Vật tư Kỹ thuật", "Trading", 5, 3, .05, .12, .05, .3, ""),
    ("transport", "Vận tải|Vận tải Biển|Logistics|Vận tải và Du lịch", "Transport", 2, 1.5, 0, .06, .05, .2, ""),
    ("env", "Môi trường|Xử lý Chất thải|Cấp thoát nước", "Environment", .8, .5, 0, .02, .2, 0, ""),
]
SEC = {}
for _s in SECTORS:
    SEC[_s[0]] = {"vi": _s[1].split("|"), "en": _s[2], "KH": _s[3], "NT": _s[4], "exp": _s[5],
                  "ship": _s[6], "park": _s[7], "hh": _s[8], "kd": [x for x in _s[9].split("|") if x]}
SEC_KEYS = [s[0] for s in SECTORS]
HH_SEC = {reg: ([k for k in SEC_KEYS if SEC[k]["hh"] > 0],
                [SEC[k]["hh"] * (SEC[k][reg] + .3) for k in SEC_KEYS if SEC[k]["hh"] > 0]) for reg in ("KH", "NT")}
KR_SECS = (["ship", "steel", "paint", "pipe", "elec", "manp", "mech", "gas", "garment", "food"],
           [22, 20, 12, 8, 9, 9, 8, 3, 5, 2])
FDI_SECS = (["seafood", "feed", "carton", "garment", "solar", "wind", "nest", "food", "wood", "cold", "steel", "salt"],
            [18, 12, 10, 12, 8, 5, 6, 10, 8, 5, 4, 2])
BR_SECS = (["wind", "solar", "om", "elec", "steel", "gas", "transport", "cold", "env", "concrete", "seafood", "feed", "trade", "bm"],
           [12, 16, 14, 8, 6, 5, 6, 4, 4, 4, 5, 7, 6, 3])

KD = {"Marine": ("마린", "Hàng hải"), "Heavy Industries": ("중공업", "Công nghiệp nặng"),
      "Ship Service": ("쉽서비스", "Dịch vụ Tàu biển"), "Offshore": ("오프쇼어", "Ngoài khơi"),
      "Steel": ("스틸", "Thép"), "Industrial": ("산업", "Công nghiệp"), "Precision": ("정밀", "Cơ khí Chính xác"),
      "E&C": ("이앤씨", "Xây lắp"), "Painting": ("도장", "Sơn"), "Coating": ("코팅", "Sơn phủ"),
      "Tech": ("테크", "Công nghệ"), "Pipe": ("파이프", "Ống"), "Piping": ("배관", "Đường ống"),
      "Engineering": ("엔지니어링", "Kỹ thuật"), "Electric": ("전기", "Điện"), "Manpower": ("인력", "Nhân lực"),
      "Global": ("글로벌", "Toàn Cầu"), "Service": ("서비스", "Dịch vụ"), "Gas": ("가스", "Khí"),
      "Apparel": ("어패럴", "May mặc"), "Fashion": ("패션", "Thời trang"), "Food": ("푸드", "Thực phẩm")}

DESC_PRE = [((), 26), (("Thương mại",), 6), (("Thương mại", "Dịch vụ"), 12), (("Sản xuất", "Thương mại"), 9),
            (("Sản xuất", "Thương mại", "Dịch vụ"), 10), (("Đầu tư",), 4), (("Xây dựng",), 4),
            (("Xuất nhập khẩu",), 3), (("Đầu tư", "Phát triển"), 3), (("Thương mại", "Dịch vụ", "Xuất nhập khẩu"), 3),
            (("Kỹ thuật",), 3), (("Dịch vụ",), 3), (("Đầu tư", "Xây dựng"), 3), (("Sản xuất", "Xuất nhập khẩu"), 2)]
DESC_ABBR = {"Thương mại": "TM", "Dịch vụ": "DV", "Sản xuất": "SX", "Xây dựng": "XD", "Đầu tư": "ĐT",
             "Xuất nhập khẩu": "XNK", "Kỹ thuật": "KT", "Phát triển": "PT", "Vật liệu Xây dựng": "VLXD",
             "Cơ khí": "CK", "Tư vấn": "TV", "Vận tải": "VT"}
DESC_EN = {"Thương mại": "Trading", "Dịch vụ": "Services", "Sản xuất": "Production", "Xây dựng": "Construction",
           "Đầu tư": "Investment", "Xuất nhập khẩu": "Import Export", "Kỹ thuật": "Technical",
           "Phát triển": "Development"}

FORM_VI = {
    "TNHH": (["Công ty TNHH", "Công ty trách nhiệm hữu hạn", "Cty TNHH", "Công Ty TNHH", "CT TNHH", "C.ty TNHH", "Cty. TNHH", "TNHH"],
             [46, 8, 24, 8, 3, 3, 3, 5]),
    "MTV": (["Công ty TNHH MTV", "Công ty TNHH một thành viên", "Công ty trách nhiệm hữu hạn một thành viên",
             "Cty TNHH MTV", "Cty TNHH 1TV", "TNHH MTV", "Công ty TNHH 1 thành viên", "Công ty TNHH"],
            [38, 12, 6, 20, 3, 5, 4, 12]),
    "CP": (["Công ty Cổ phần", "Công ty CP", "CTCP", "Cty CP", "Cty Cổ phần", "Công Ty Cổ Phần", "Cty. CP"],
           [44, 18, 14, 14, 5, 3, 2]),
    "DNTN": (["Doanh nghiệp tư nhân", "DNTN", "DN tư nhân", "Doanh nghiệp TN"], [45, 42, 8, 5]),
    "HTX": (["Hợp tác xã", "HTX", "Hợp tác xã SX-KD-DV", "HTX DV"], [50, 40, 5, 5]),
}
FORM_EN = {"TNHH": (["Co., Ltd", "Company Limited", "Co.,Ltd", "CO., LTD.", "Co. Ltd", "LLC"], [40, 25, 15, 10, 6, 4]),
           "MTV": (["Co., Ltd", "One Member Co., Ltd", "One Member Limited Liability Company", "Company Limited"], [45, 25, 10, 20]),
           "CP": (["Joint Stock Company", "JSC", "J.S.C", "Corporation", "Corp."], [45, 35, 8, 8, 4]),
           "DNTN": (["Private Enterprise", "Pte. Enterprise"], [85, 15]),
           "HTX": (["Cooperative", "Co-op"], [80, 20])}
FORM_MAIN = {"TNHH": "TNHH", "MTV": "TNHH", "CP": "CP", "DNTN": "DNTN", "HTX": "HTX"}

# brand syllables (Sino-Vietnamese, weights = popularity)
VN_SYL = ("Thành 5|Phát 5|Tân 5|Phú 5|Hưng 4|Thịnh 4|Minh 4|Long 4|Hải 4|An 4|Đạt 3|Phúc 3|Lộc 3|Hoàng 3|"
          "Việt 3|Nam 3|Thuận 3|Khang 3|Gia 3|Bảo 3|Quang 3|Hòa 3|Kim 2|Trường 2|Tiến 2|Thái 2|Đức 2|Hồng 2|"
          "Ngọc 2|Sơn 2|Thiên 2|Trung 2|Vạn 2|Toàn 2|Nhật 2|Đông 2|Phong 2|Huy 2|Anh 2|Tài 2|Thắng 2|Vĩnh 2|"
          "Xuân 2|Mỹ 2|Lợi 2|Tín 2|Hiệp 2|Khánh 2|Lâm 1.5|Quý 1.5|Bình 1.5|Châu 1.5|Uy 1|Trí 1|Nguyên 1|Hào 1|"
          "Cát 1|Đại 2|Nghĩa 1|Kiến 1|Duy 1|Sang 1|Hạnh 1|Định 1|Hậu 1|Yến 1|Vinh 1.5|Tường 1|Triều 1|Danh 1|"
          "Hoa 1|Mai 1|Linh 1|Quốc 1.5|Tuấn 1|Hùng 1|Dũng 1|Lực 1|Cường 1|Thông 1|Vượng 1.5|Khải 1|Đăng 1|"
          "Sinh 1|Thụy 0.7|Hiển 0.7|Ân 1|Phương 1|Tâm 1|Nhân 1|Hợp 1|Thống 0.7|Dương 1")
VN_SYL = [(x.rsplit(" ", 1)[0], float(x.rsplit(" ", 1)[1])) for x in VN_SYL.split("|")]
WORD_BRANDS = ("Biển Xanh|Sao Biển|Hải Âu|Ánh Dương|Bình Minh|Hoàng Gia|Đại Dương|Sóng Biển|Vân Phong|Hòn Khói|"
               "Biển Đông|Nam Trung Bộ|Thái Bình Dương|Ngọc Trai|Sao Mai|Hướng Dương|Phương Nam|Miền Trung|Đất Việt|"
               "Trường Sơn|Mặt Trời|Năm Sao|Hòn Tre|Nắng Gió|Hoa Sen|Rồng Việt|Kim Cương|Đông Hải|Xanh|Sao Việt|"
               "Biển Việt|Cánh Buồm|Hải Đăng|Mũi Né Xanh|Thuận Phong|Gió Biển|Ánh Sao|Bạch Dương|Tràng An|Tầm Nhìn").split("|")
PLACE_SUF = ["Nha Trang", "Khánh Hòa", "Ninh Thuận", "Cam Ranh", "Ninh Hòa", "Phan Rang", "Miền Trung",
             "Việt Nam", "Vân Phong", "Cà Ná", "Sài Gòn", "Nam Trung Bộ"]
PLACE_W = [14, 14, 12, 6, 5, 6, 8, 12, 4, 2, 2, 3]

KR_CO = [("Dae", "대"), ("Han", "한"), ("Sung", "성"), ("Jin", "진"), ("Seo", "서"), ("Hyun", "현"), ("Dong", "동"),
         ("Il", "일"), ("Woo", "우"), ("Kyung", "경"), ("Sam", "삼"), ("Shin", "신"), ("Hwa", "화"), ("Tae", "태"),
         ("Yang", "양"), ("Won", "원"), ("Chang", "창"), ("Myung", "명"), ("Kum", "금"), ("Gwang", "광"),
         ("Bo", "보"), ("Yeon", "연"), ("Ho", "호"), ("Kang", "강"), ("Se", "세"), ("Hae", "해"), ("Cheon", "천"),
         ("A", "아"), ("Mi", "미"), ("Jung", "중"), ("Nam", "남"), ("Pyung", "평"), ("Un", "운"), ("Yu", "유"),
         ("Bu", "부"), ("Ryong", "룡"), ("Gyeong", "경"), ("Deok", "덕")]
KR_SUR = [("Kim", "김", 21, "KIM"), ("Lee", "이", 15, "LEE|YI|RHEE"), ("Park", "박", 8, "PARK|PAK"),
          ("Choi", "최", 5, "CHOI|CHOE"), ("Jung", "정", 4, "JUNG|JEONG|CHUNG"), ("Kang", "강", 2.4, "KANG"),
          ("Cho", "조", 2.1, "CHO|JO"), ("Yoon", "윤", 2, "YOON|YUN"), ("Jang", "장", 2, "JANG|CHANG"),
          ("Lim", "임", 1.7, "LIM|IM"), ("Han", "한", 1.5, "HAN"), ("Oh", "오", 1.5, "OH"), ("Seo", "서", 1.2, "SEO|SUH"),
          ("Shin", "신", 1.2, "SHIN|SIN"), ("Kwon", "권", 1, "KWON"), ("Hwang", "황", 1, "HWANG"),
          ("Ahn", "안", 1, "AHN|AN"), ("Song", "송", 1, "SONG"), ("Yoo", "유", 1, "YOO|YU|RYU"), ("Hong", "홍", .8, "HONG")]
KR_GIV = [("Min", "민"), ("Jun", "준"), ("Seo", "서"), ("Ho", "호"), ("Young", "영"), ("Sung", "성"),
          ("Hyun", "현"), ("Woo", "우"), ("Jin", "진"), ("Soo", "수"), ("Dong", "동"), ("Jae", "재"), ("Hee", "희"),
          ("Kyung", "경"), ("Chul", "철"), ("Sang", "상"), ("Tae", "태"), ("Won", "원"), ("Seok", "석"),
          ("Hwan", "환"), ("Ki", "기"), ("Yong", "용"), ("Hoon", "훈"), ("Il", "일")]
KR_ALT = {"Sung": "Seong", "Young": "Yeong", "Kyung": "Gyeong", "Ki": "Gi", "Chul": "Cheol", "Hyun": "Hyeon",
          "Seok": "Suk", "Jun": "Joon", "Soo": "Su", "Woo": "U"}
JP1 = "Taka|Yama|Kawa|Shin|Mizu|Hoshi|Kita|Naka|Oka|Sakura|Fuji|Aoi|Maru|Hana".split("|")
JP2 = "moto|shima|saki|gawa|no|tani|hara|da|zawa|mura|be|kura".split("|")
CN1 = "Xin|Jia|Da|Fu|Sheng|Tai|Hong|Long|Yuan|Hua|Kai|Rui|Tian|Jin".split("|")
CN2 = "fu|sheng|xing|feng|tai|hua|li|da|yuan|cheng|long|an|yi|shun".split("|")
EU1 = "Nor|Vel|Aqua|Mar|Sol|Tra|Lin|Dex|Ori|Kai|Zen|Lum|Ter|Pan|Ast|Nex|Ro|Blu|Gal|Ama|Lux|Cor|Sil|Ven".split("|")
EU2 = "vik|ona|ex|ia|tek|ris|gen|mar|co|lan|sen|ta|io|ava|dis|ora|eon|ix|ant|ela".split("|")
FDI_WORD = {"seafood": ("Seafoods", "Thủy sản"), "feed": ("Feed", "Thức ăn Thủy sản"), "carton": ("Packaging", "Bao bì"),
            "garment": ("Apparel", "May mặc"), "solar": ("Solar", "Năng lượng Mặt trời"), "wind": ("Wind Power", "Điện gió"),
            "nest": ("Nest", "Yến sào"), "food": ("Foods", "Thực phẩm"), "wood": ("Furniture", "Đồ gỗ"),
            "cold": ("Cold Chain", "Kho lạnh"), "steel": ("Steel", "Thép"), "salt": ("Salt", "Muối")}

VN_SUR = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 6), ("Huỳnh", 5), ("Võ", 5), ("Phan", 4), ("Trương", 2),
          ("Bùi", 2), ("Đặng", 2), ("Đỗ", 2), ("Ngô", 1.5), ("Hồ", 2), ("Dương", 1), ("Đinh", 1), ("Lương", .8),
          ("Hoàng", 1.5), ("Lâm", .8), ("Mai", .7), ("Cao", .8), ("Tô", .5), ("Châu", .5), ("Đoàn", 1), ("Lý", .6),
          ("Thái", .5), ("Vũ", 1), ("Tạ", .4), ("Hà", .6), ("Kiều", .3), ("La", .3), ("Nông", .2), ("Văn", .3)]
MID_M = "Văn|Văn|Văn|Hữu|Minh|Quốc|Đức|Thanh|Ngọc|Công|Xuân|Anh|Tấn|Thành|Trọng|Đình|Bá|Hoàng|Tuấn|Duy|Quang|Chí|Văn Minh|Hữu Thanh".split("|")
MID_F = "Thị|Thị|Thị|Thị|Ngọc|Thanh|Kim|Thu|Mỹ|Thùy|Bích|Hồng|Phương|Xuân|Minh|Hoài|Thị Thanh|Thị Kim|Thị Ngọc".split("|")
GIV_M = ("An|Bình|Cường|Dũng|Hải|Hùng|Hưng|Khoa|Long|Lộc|Minh|Nam|Nghĩa|Phong|Phúc|Phước|Quang|Sơn|Tài|Tâm|"
         "Thắng|Thành|Thịnh|Tiến|Toàn|Trung|Tuấn|Vinh|Việt|Vũ|Hiếu|Hòa|Khánh|Lâm|Lợi|Nhân|Sang|Tín|Trí|Đạt|"
         "Định|Đông|Hoàng|Huy|Kiên|Mạnh|Phát|Quý|Tùng|Thuận|Thông|Tú|Anh|Bảo|Châu|Duy|Hậu|Kha|Luân|Nhật|"
         "Sĩ|Tân|Thái|Triều|Vĩnh|Xuân|Ân|Chiến|Đức|Hạnh|Ba|Bốn|Năm|Sáu|Lành|Mẫn|Nguyên|Quân|Thọ|Trực").split("|")
GIV_F = ("Anh|Ánh|Bích|Châu|Dung|Diệu|Hà|Hạnh|Hằng|Hiền|Hoa|Hồng|Hương|Lan|Lệ|Liên|Linh|Loan|Mai|My|Nga|"
         "Ngân|Ngọc|Nhung|Oanh|Phượng|Phương|Quyên|Sương|Thảo|Thanh|Thu|Thủy|Trang|Trinh|Tuyết|Vân|Yến|"
         "Xuân|Huệ|Lài|Mận|Nhàn|Cúc|Đào|Hậu|Kiều|Ly|Nguyệt|Tâm|Thắm|Thoa|Uyên|Hoàng|Tiên|Diễm|Kim").split("|")
CHAM_SUR = [("Đàng", 18), ("Thành", 12), ("Lưu", 8), ("Quảng", 8), ("Trượng", 5), ("Thiên", 4), ("Hán", 4),
            ("Phú", 4), ("Báo", 3), ("Thập", 3), ("Nại", 3), ("Đạo", 2), ("Bá", 3), ("Lộ", 2), ("Tài", 2)]
CHAM_MID = "Văn|Thị|Năng|Ngọc|Minh|Thị|Hữu|Đình|Văn|Thị".split("|")
CHAM_GIV = ("Sanh|Thới|Phước|Sơn|Trí|Dũng|Hoa|Lan|Sen|Kiều|Thuận|Lộc|Hồng|Nhân|Tài|Chiến|Châu|Hiếu|Ngọc|Sa|Đua|"
            "Thiết|Hải|Ly|Thọ|Quang|Minh|Sang|Tín|Nghĩa|Thanh|Đức|Bình|Liên|Hương|Mai|Thu|Hạnh|Xuân|Tuyết|Vân|"
            "Hòa|Phú|Sĩ|Dinh|Bảy|Tấn|Thái").split("|")
RAGLAI_SUR = [("Pinăng|Pi Năng|Pinang", 30), ("Katơr|Ka Tơr|Catơr", 20), ("Chamaléa|Chamalé|Cha Ma Léa", 25),
              ("Mấu", 10), ("Bo Bo", 6), ("Cao", 6), ("Ma", 5), ("Tro", 3)]
RAGLAI_GIV = "Hòa|Sơn|Lệ|Chín|Tuấn|Nga|Dũng|Ninh|Hùng|Thị|Ánh|Lương|Bảy|Sáu|Nước|Tâm|Thanh".split("|")

MOB_PFX = ("090|093|089|070|079|077|076|078|091|094|088|083|084|085|081|082|086|096|097|098|"
           "032|033|034|035|036|037|038|039|056|058|059").split("|")
MOB_PW = [9, 6, 2, 2, 2, 2, 2, 2, 8, 4, 2, 2, 2, 2, 1.5, 1.5, 3, 6, 8, 8, 2.5, 2.5, 2.5, 2.5, 3, 3, 4, 4, .6, .6, .4]
MOB_OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
           "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
           "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
           "056": "0186", "058": "0188", "059": "0199"}
OLD_AREA = {"258": "058", "259": "068"}
BLDG = ("Xanh|Sông Hồng|Hải Âu|Phương Nam|Thiên Phú|Trần Phú Center|Sao Biển|Ánh Dương|Bình An|"
        "Hoàng Gia|Tân Phát|Gia Long").split("|")
W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(d9):
    s = 0
    for w, c in zip(W, d9, strict=False):
        s += w * (ord(c) - 48)
    m = s % 11
    return None if m == 0 else 10 - m


def valid_mst(s):
    if len(s) != 10 or not s.isdigit():
        return False
    return check_digit(s[:9]) == ord(s[9]) - 48


def _cum(ws):
    out, t = [], 0.0
    for w in ws:
        t += w
        out.append(t)
    return out


class WP:
    """weighted picker"""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = _cum(weights)
        self.tot = self.cum[-1]

    def __call__(self, r):
        return self.items[bisect.bisect(self.cum, r.random() * self.tot)]


SEC_PICK = {reg: WP(SEC_KEYS, [SEC[k][reg] for k in SEC_KEYS]) for reg in ("KH", "NT")}
HH_PICK = {reg: WP(*HH_SEC[reg]) for reg in ("KH", "NT")}
KR_PICK = WP(*KR_SECS)
FDI_PICK = WP(*FDI_SECS)
BR_PICK = WP(*BR_SECS)
DIST_PICK = {reg: WP(*DIST_W[reg]) for reg in ("KH", "NT")}
PARK_PICK = {reg: WP(*PARK_W[reg]) for reg in ("KH", "NT")}
SHIP_PARK_PICK = WP(*SHIP_PARKS)
DESC_PICK = WP([d for d, _ in DESC_PRE], [w for _, w in DESC_PRE])
FORMVI_PICK = {k: WP(*v) for k, v in FORM_VI.items()}
FORMEN_PICK = {k: WP(*v) for k, v in FORM_EN.items()}
PLACE_PICK = WP(PLACE_SUF, PLACE_W)
SUR_PICK = WP([s for s, _ in VN_SUR], [w for _, w in VN_SUR])
CHAM_PICK = WP([s for s, _ in CHAM_SUR], [w for _, w in CHAM_SUR])
RAG_PICK = WP([s for s, _ in RAGLAI_SUR], [w for _, w in RAGLAI_SUR])
KRSUR_PICK = WP(KR_SUR, [x[2] for x in KR_SUR])
MOB_PICK = WP(MOB_PFX, MOB_PW)
OUT_PICK = WP(OUT_HQ, OUT_W)
SYL_PICK = WP([s for s, _ in VN_SYL], [w for _, w in VN_SYL])

# source windows (year range of the list) and share of rows written with new admin units
SRC = ("TAX", "HDDT", "TK", "BHXH", "NTCT", "FORM", "KC", "BQL", "HQ", "SHIP")
WIN = {"TAX": (2025.62, 2025.9), "HDDT": (2024.8, 2025.9), "TK": (2017.0, 2025.3), "BHXH": (2023.0, 2025.9),
       "NTCT": (2012.0, 2025.45), "FORM": (2025.55, 2025.9), "KC": (2014.0, 2025.9), "BQL": (2019.0, 2025.9),
       "HQ": (2021.0, 2025.9), "SHIP": (2013.0, 2025.8)}
NEWADM = {"TAX": .45, "HDDT": .65, "TK": 0, "BHXH": .35, "NTCT": 0, "FORM": .5, "KC": .5, "BQL": .6, "HQ": .3, "SHIP": .25}
MERGE_Y = 2025.5
DUP = {"TAX": .02, "HDDT": .04, "TK": .1, "BHXH": .04, "NTCT": .3, "FORM": .14, "KC": .15, "BQL": .1, "HQ": .03, "SHIP": .08}
# global multipliers of inclusion probabilities (tuned to the shares in the docstring)
MULT = {"TAX": .74, "HDDT": .88, "TK": .97, "BHXH": 1.0, "NTCT": .8, "FORM": 1.15, "KC": .8, "BQL": 1.0, "HQ": 1.55, "SHIP": 1.6}
VIS = (0.5, 0.85, 1.25, 1.8)


class Ent:
    __slots__ = ("kind", "form", "sec", "reg", "size", "nm", "old", "old_y", "en", "abbr", "kr", "kr_old",
                 "owner", "female", "mst", "loc", "oldloc", "move_y", "land", "mob", "mob2", "oldmob", "mob_y",
                 "acct", "fax", "irc", "bhxh", "vendor", "br", "year", "ceo", "ship", "exp", "paddr", "pland",
                 "hh", "conv_y", "ptin", "cccd", "cmnd", "trade", "eth", "krmob", "big")

    def __init__(self):
        for a in self.__slots__:
            setattr(self, a, None)


def _digits(r, k):
    return str(r.randrange(10 ** k)).zfill(k)


class Gen:
    def __init__(self, n, seed):
        self.n = n
        self.r = r = Random(f"khanhhoa|{seed}|{n}")
        self.out = []
        self.used = set()
        self.names = set()
        self.ntid = 0
        est = max(200.0, n / 2.3)
        self.est = est
        # > 1 only beyond ~100k records: widens fixed name spaces so namesake density stays provincial
        self.scale = max(1.0, est / 43000.0)
        self.p4 = min(.6, .14 * self.scale ** .8)
        # brand pool: size grows with the expected number of firms -> namesake density stays provincial
        users = 0.62 * est
        P = max(120, int(users / 2.2))
        n2 = min(int(P * 0.5), 3800)
        nw = min(len(WORD_BRANDS), max(6, P // 60))
        nac = min(int(P * 0.06), 2500)
        n3 = max(0, P - n2 - nw - nac)
        seen = set()
        pool, wts = [], []
        for b in r.sample(WORD_BRANDS, nw):
            seen.add(b)
            pool.append(b)
            wts.append(5.0)
        tries = 0
        while len(pool) < nw + n2 and tries < n2 * 30:
            tries += 1
            a, b = SYL_PICK(r), SYL_PICK(r)
            if a == b:
                continue
            s = a + " " + b
            if s in seen:
                continue
            seen.add(s)
            pool.append(s)
            wts.append(5.0 if len(pool) < nw + n2 * 0.05 else 1.0)
        k = 0
        while k < n3:
            a, b, c = SYL_PICK(r), SYL_PICK(r), SYL_PICK(r)
            if a == b or b == c or a == c:
                continue
            s = f"{a} {b} {c}"
            if s in seen:
                continue
            seen.add(s)
            pool.append(s)
            wts.append(1.0)
            k += 1
        k = 0
        while k < nac:
            ln = 2 if r.random() < .35 else 3
            s = "".join(r.choice("ABCDEGHKLMNPQSTVX") for _ in range(ln))
            if r.random() < .12:
                s = s[0] + "&" + s[1:]
            if s in seen:
                continue
            seen.add(s)
            pool.append(s)
            wts.append(1.0)
            k += 1
        self.brand = WP(pool, wts)
        # accounting services and virtual offices shared by many small firms
        na = max(4, int(est / 90))
        self.accts = []
        for _ in range(na):
            reg = "KH" if r.random() < .68 else "NT"
            self.accts.append(("L", self.land(reg)) if r.random() < .45 else ("M", self.mob()))
        nv = max(3, int(est / 260))
        self.voff = []
        for _ in range(nv):
            reg = "KH" if r.random() < .75 else "NT"
            di = DIST_PICK[reg](r) if r.random() < .3 else (0 if reg == "KH" else 8)
            ci = r.choice(DCOMS[di])
            st = r.choice(STREETS.get(DISTS[di][2], STREET_GEN))
            head = r.choice((f"Tầng {r.randint(2, 9)}, tòa nhà {r.choice(BLDG)}, {r.randint(1, 199)} {st}",
                             f"Phòng {r.randint(2, 9)}0{r.randint(1, 9)}, {r.randint(1, 199)} {st}",
                             f"Số {r.randint(1, 199)} {st} (tầng {r.randint(2, 6)})"))
            self.voff.append((head, ci, -1, ""))

    # ------------------------------------------------------------------ codes
    def mst(self, pre):
        r = self.r
        tries = 0
        while True:
            tries += 1
            if tries > 40 and len(pre) > 2:   # series exhausted (very large n): widen
                pre, tries = pre[:-1], 0
            d9 = pre + _digits(r, 9 - len(pre))
            c = check_digit(d9)
            if c is None:
                continue
            code = d9 + str(c)
            if code not in self.used:
                self.used.add(code)
                return code

    def near(self, code):
        base = int(code[:9])
        while True:
            base += self.r.randint(1, 6)
            d9 = str(base).zfill(9)
            c = check_digit(d9)
            if c is None:
                continue
            s = d9 + str(c)
            if s not in self.used:
                self.used.add(s)
                return s

    def local_mst(self, reg, year):
        return self.mst(("42" if reg == "KH" else "45") + ("00" if year < 2009 else "01" if year < 2021 else "02"))

    def cccd(self, reg, female, by):
        r = self.r
        pc = ("056" if reg == "KH" else "058") if r.random() < .8 else r.choice(("054", "062", "060", "068", "079", "052"))
        return pc + str((2 if by >= 2000 else 0) + (1 if female else 0)) + str(by % 100).zfill(2) + _digits(r, 6)

    def mob(self):
        return MOB_PICK(self.r) + _digits(self.r, 7)

    def land(self, reg):
        r = self.r
        return ("258" if reg == "KH" else "259", ("3" if r.random() < .85 else "6") + _digits(r, 6))

    # ------------------------------------------------------------------ people
    def person(self, reg, di=None, female=None):
        r = self.r
        if female is None:
            female = r.random() < .42
        eth = 0
        if reg == "NT" and di is not None:
            dn = DISTS[di][2]
            x = r.random()
            if dn in CHAM_DIST and x < .22:
                eth = 1
            elif dn in RAGLAI_DIST and x < (.35 if dn == "Bác Ái" else .08):
                eth = 2
        elif di is not None and DISTS[di][2] in ("Khánh Sơn", "Khánh Vĩnh") and r.random() < .3:
            eth = 2
        x = r.random() < self.p4
        if eth == 1:
            nm = f"{CHAM_PICK(r)} {'Thị' if female and r.random() < .8 else r.choice(CHAM_MID)} {r.choice(CHAM_GIV)}"
            if x:
                nm = nm.rsplit(" ", 1)[0] + " " + r.choice(CHAM_GIV) + " " + nm.rsplit(" ", 1)[1]
        elif eth == 2:
            nm = f"{RAG_PICK(r)} {'Thị' if female else 'Văn'} {r.choice(RAGLAI_GIV)}"
        else:
            g = GIV_F if female else GIV_M
            nm = f"{SUR_PICK(r)} {r.choice(MID_F if female else MID_M)} {(r.choice(g) + ' ') if x else ''}{r.choice(g)}"
        return nm, female, eth

    def kr_person(self):
        r = self.r
        s = KRSUR_PICK(r)
        g1, g2 = r.sample(KR_GIV, 2)
        return (s, g1, g2)

    # ------------------------------------------------------------------ places
    def street(self, di, ci, eth=0):
        r = self.r
        ct = COMS[ci][0]
        dn = DISTS[di][2]
        if ct in ("P", "TT") and r.random() < .85:
            st = r.choice(STREETS.get(dn, STREET_GEN))
            a = r.randint(1, 320)
            x = r.random()
            num = (str(a) if x < .55 else f"{a}/{r.randint(1, 40)}" if x < .75 else f"{a}{r.choice('ABC')}"
                   if x < .85 else f"Số {a}" if x < .95 else f"Lô {r.choice('ABCDE')}{r.randint(1, 30)}")
            return f"{num} {st}" if r.random() < .9 else f"{num} đường {st}"
        if eth == 1 or (dn in CHAM_DIST and r.random() < .2):
            v = r.choice(CHAM_VILL)
        else:
            v = r.choice(VILL1) + " " + r.choice(VILL2)
            if r.random() < .15:
                v += " " + str(r.randint(1, 3))
        x = r.random()
        if x < .6:
            return f"Thôn {v}"
        if x < .72:
            lo, hi = QL_KM[DISTS[di][0]]
            return f"Km {r.randint(lo, hi)} Quốc lộ 1A, thôn {v}"
        if x < .85:
            return f"Tổ {r.randint(1, 12)}, thôn {v}"
        return f"Xóm {v}" if r.random() < .3 else f"Thôn {v}"

    def lot(self, pi):
        r = self.r
        k = PARKS[pi][0]
        if k == "YARD":
            return ""
        if k == "CCN":
            return str(r.randint(1, 40))
        L = r.choice("ABCDEF")
        x = r.random()
        if x < .7:
            return f"{L}{r.randint(1, 24)}"
        if x < .85:
            a = r.randint(1, 20)
            return f"{L}{a}-{L}{a + 1}"
        return f"CN-{r.randint(1, 30):02d}"

    def new_loc(self, reg, park_p, eth=0, park=None):
        r = self.r
        if park is not None or r.random() < park_p:
            pi = park if park is not None else PARK_PICK[reg](r)
            return ("", PARKS[pi][3], pi, self.lot(pi))
        di = DIST_PICK[reg](r)
        ci = r.choice(DCOMS[di])
        return (self.street(di, ci, eth), ci, -1, "")

    # ------------------------------------------------------------------ entities
    def pick_brand(self):
        return self.brand(self.r)

    def base_ent(self, kind, reg, size=None):
        r = self.r
        e = Ent()
        e.kind = kind
        e.reg = reg
        if size is None:
            x = r.random()
            size = 0 if x < .40 else 1 if x < .82 else 2 if x < .968 else 3
        e.size = size
        x = r.random()
        e.year = round(2025.9 - (x ** 1.6) * 28, 2)
        e.br = []
        return e

    def phones(self, e, reg):
        r = self.r
        s = e.size
        e.land = self.land(reg) if r.random() < (.2, .5, .85, .95)[s] else None
        e.mob = self.mob() if r.random() < .88 else None
        e.mob2 = self.mob() if r.random() < .18 else None
        if e.land and s >= 1 and r.random() < .35:
            e.fax = (e.land[0], str(int(e.land[1]) + r.choice((1, 1, 2, 9))).zfill(7)[-7:])
        if s <= 1 and e.kind == "co" and r.random() < .35:
            e.acct = r.choice(self.accts)
        if e.mob and r.random() < .1:
            e.oldmob = self.mob()
            e.mob_y = r.uniform(max(e.year, 2012), 2025.5)

    def name_key(self, nm, reg=""):
        return f"{FORM_MAIN.get(nm[0], nm[0])}|{'/'.join(nm[1])}|{nm[2]}|{nm[3]}|{reg}"

    def vn_struct(self, e, brand=None, descs=None, suffix=None, form=None):
        r = self.r
        if form is None:
            x = r.random()
            if e.size == 3:
                form = "CP" if x < .55 else "TNHH" if x < .85 else "MTV"
            elif e.year < 2008 and x < .2:
                form = "DNTN"
            else:
                form = "TNHH" if x < .44 else "MTV" if x < .72 else "CP" if x < .88 else "DNTN"
        if descs is None:
            pre = DESC_PICK(r)
            sd = r.choice(SEC[e.sec]["vi"])
            if pre and set(sd.split()) & set(" ".join(pre).split()):
                sd = ""
            descs = pre + ((sd,) if sd and (r.random() < .82 or not pre) else ())
            if not descs:
                descs = (SEC[e.sec]["vi"][0],)
        if brand is None:
            brand = self.pick_brand()
        if suffix is None:
            suffix = PLACE_PICK(r) if r.random() < .14 else ""
        nm = (form, tuple(descs), brand, suffix)
        k = self.name_key(nm)
        tries = 0
        while k in self.names and tries < 6:
            tries += 1
            if tries <= 2:
                nm = (form, nm[1], nm[2], PLACE_PICK(r))
            elif tries <= 4:
                nm = (form, DESC_PICK(r) + (r.choice(SEC[e.sec]["vi"]),), nm[2], nm[3])
            else:
                nm = (form, nm[1], self.pick_brand(), nm[3])
            k = self.name_key(nm)
        self.names.add(k)
        return nm

    def en_of(self, e, nm):
        r = self.r
        b = strip(nm[2])
        if r.random() < .25 and " " in b and len(b) < 14:
            b = b.replace(" ", "")
        sec = SEC[e.sec]["en"]
        pre = [DESC_EN[d] for d in nm[1] if d in DESC_EN]
        parts = [b]
        if r.random() < .6 or not pre:
            parts.append(sec)
        if pre and r.random() < .6:
            parts.append(" ".join(pre[:2]))
        if nm[3] and r.random() < .5:
            parts.append(strip(nm[3]))
        return " ".join(parts)

    def abbr_of(self, nm, e):
        r = self.r
        syl = strip(nm[2]).upper().split()
        if len(syl) == 1 and len(syl[0]) <= 4:
            return None
        x = r.random()
        sec = strip(SEC[e.sec]["en"]).upper().replace("'", "")
        if x < .45:
            return "".join(s[:2] for s in syl) + sec[:3] + ("CO" if r.random() < .5 else "")
        if x < .75:
            return "".join(s[0] for s in syl) + " " + sec.split()[0]
        return "".join(s[:2] for s in syl[:3]) + "CO"

    def finish_co(self, e, park_p=None, loc=None):
        r = self.r
        reg = e.reg
        if loc is None:
            pp = SEC[e.sec]["park"] * (.4, .8, 1.2, 1.5)[e.size] if park_p is None else park_p
            loc = self.new_loc(reg, pp)
        e.loc = loc
        if e.mst is None:
            e.mst = self.local_mst(reg, e.year)
        ow, fem, eth = self.person(reg, COMS[loc[1]][2])
        e.owner, e.female, e.eth = ow, fem, eth
        self.phones(e, reg)
        if e.size <= 1 and loc[2] < 0 and (e.sec in ("trade", "transport", "om", "env", "print", "manp")
                                           and r.random() < .14 or r.random() < .02):
            e.loc = r.choice(self.voff)
        x = SEC[e.sec]["exp"] * (.45, 1.1, 1.6, 2.0)[e.size]
        e.exp = r.random() < x
        sp = SEC[e.sec]["ship"] * (1.35 if reg == "KH" else .3)
        if loc[2] >= 0 and PARKS[loc[2]][1] in ("Ninh Thủy", "Donghae Vina"):
            sp = min(1, sp * 2 + .05)
        e.ship = r.random() < sp
        if e.nm is not None and e.en is None and (e.exp or e.ship or e.size >= 2 or r.random() < .25):
            e.en = self.en_of(e, e.nm)
        if e.nm is not None and r.random() < (.2, .3, .45, .6)[e.size]:
            e.abbr = self.abbr_of(e.nm, e)
        if e.loc[2] >= 0 and r.random() < .6:
            e.irc = [self.irc(reg) for _ in range(1 + (r.random() < .15))]
        if e.size >= 1 and r.random() < .8:
            e.bhxh = self.bhxh()
        self.history(e)
        self.branches(e)

    def irc(self, reg):
        r = self.r
        if r.random() < .35:
            return ("37" if reg == "KH" else "40") + r.choice(("1", "2")) + r.choice(("21", "43", "22")) + "000" + _digits(r, 3)
        return str(r.randint(1, 9)) + _digits(r, 9)

    def bhxh(self):
        r = self.r
        L = "ABCDEFGHKLMNPQRSTVYZ"
        return r.choice("TY") + r.choice(L) + _digits(r, 4) + r.choice(L)

    def history(self, e):
        """renamings, conversions and moves: same truth, different look in older lists"""
        r = self.r
        nm = e.nm
        if nm is None:
            return
        x = r.random()
        span = 2025.7 - e.year
        if span > 1.5 and e.kind == "co":
            if nm[0] in ("TNHH", "MTV") and e.year < 2016 and x < .07:
                e.old = ("DNTN", nm[1], nm[2], "")
                e.old_y = r.uniform(e.year + .5, 2025.5)
            elif nm[0] == "CP" and x < .05:
                e.old = ("TNHH", nm[1], nm[2], nm[3])
                e.old_y = r.uniform(e.year + .5, 2025.5)
            elif x < .09:
                d = DESC_PICK(r) + ((r.choice(SEC[e.sec]["vi"]),) if r.random() < .7 else ())
                e.old = (nm[0], d, nm[2], nm[3] if r.random() < .5 else PLACE_PICK(r) if r.random() < .3 else "")
                e.old_y = r.uniform(e.year + .5, 2025.5)
            elif x < .105:
                e.old = (nm[0], nm[1], self.pick_brand(), nm[3])
                e.old_y = r.uniform(e.year + .5, 2025.5)
        if span > 1 and e.loc[2] != YARD and r.random() < .07:
            e.oldloc = self.new_loc(e.reg if r.random() < .9 else ("NT" if e.reg == "KH" else "KH"), .1)
            e.move_y = r.uniform(e.year + .3, 2025.6)
        if (e.kind == "co" and e.size <= 1 and e.year > 2013 and nm[0] in ("TNHH", "MTV", "DNTN")
                and SEC[e.sec]["hh"] > .2 and r.random() < .09):
            # grew out of a household business
            e.hh = True
            e.conv_y = e.year
            e.year = round(e.year - r.uniform(2, 12), 2)
            e.ptin = self.mst("8")
            e.cccd = self.cccd(e.reg, e.female, r.randint(1960, 1995))
            e.trade = self.trade_of(e, nm[2] if r.random() < .8 else None)

    def trade_of(self, e, brand=None):
        r = self.r
        d = r.choice(SEC[e.sec]["vi"])
        if brand is None:
            x = r.random()
            giv = e.owner.split()[-1]
            if x < .4:
                brand = self.pick_brand()
            elif x < .7:
                brand = r.choice(MID_F if e.female else MID_M).split()[-1] + " " + giv
                if brand.startswith(("Thị ", "Văn ")):
                    brand = giv
            elif x < .85:
                brand = r.choice(("Út", "Hai", "Ba", "Bảy", "Tư", "Sáu")) + " " + giv
            else:
                brand = giv
        return (d, brand)

    def branches(self, e):
        r = self.r
        s = e.size
        p = (.02, .06, .22, .65)[s]
        if r.random() >= p:
            return
        k = 1 if s < 3 else r.choice((1, 1, 2, 2, 3, 4, 5))
        for i in range(k):
            reg = e.reg if r.random() < .55 else ("NT" if e.reg == "KH" else "KH")
            loc = self.new_loc(reg, .15)
            t = "CN" if r.random() < .7 else "NM" if r.random() < .7 else "VP"
            town = r.choice(TOWN.get(DISTS[COMS[loc[1]][2]][2], ("Khánh Hòa",)))
            ph = self.land(reg) if r.random() < .5 else (self.mob() if r.random() < .5 else None)
            e.br.append((f"-{i + 1:03d}", loc, town, t, ph))

    # ------------------------------------------------------------------ kinds
    def mk_co(self, reg=None, sec=None, size=None, **kw):
        r = self.r
        reg = reg or ("KH" if r.random() < .6 else "NT")
        e = self.base_ent("co", reg, size)
        e.sec = sec or SEC_PICK[reg](r)
        e.nm = self.vn_struct(e, **kw)
        return e

    def mk_hh(self, reg=None):
        r = self.r
        reg = reg or ("KH" if r.random() < .5 else "NT")
        e = self.base_ent("hh", reg, 0 if r.random() < .7 else 1)
        e.sec = HH_PICK[reg](r)
        di = DIST_PICK[reg](r)
        if e.sec == "pottery" and reg == "NT" and r.random() < .7:
            di = COMS[COM_BY[("Ninh Phước", "Phước Dân")]][2]
        ci = r.choice(DCOMS[di])
        e.owner, e.female, e.eth = self.person(reg, di)
        e.loc = (self.street(di, ci, e.eth), ci, -1, "")
        if r.random() < .04:
            pi = PARK_PICK[reg](r)
            if PARKS[pi][0] == "CCN":
                e.loc = ("", PARKS[pi][3], pi, self.lot(pi))
        e.trade = self.trade_of(e) if r.random() < .6 else None
        e.ptin = self.mst("8") if r.random() < .75 else None
        e.cccd = self.cccd(reg, e.female, r.randint(1955, 2000))
        e.cmnd = ("225" if reg == "KH" else "264") + _digits(r, 6)
        e.land = self.land(reg) if r.random() < .08 else None
        e.mob = self.mob() if r.random() < .92 else None
        e.mob2 = self.mob() if r.random() < .1 else None
        if e.mob and r.random() < .12:
            e.oldmob = self.mob()
            e.mob_y = r.uniform(max(e.year, 2012), 2025.5)
        e.exp = False
        e.ship = SEC[e.sec]["ship"] > 0 and r.random() < .15 and reg == "KH"
        return e

    def mk_htx(self):
        r = self.r
        reg = "NT" if r.random() < .6 else "KH"
        e = self.base_ent("co", reg, r.choice((0, 1, 1, 2)))
        e.sec = r.choice(("salt", "wine", "garlic", "seafood", "nets", "pottery", "fishsauce", "feed", "food"))
        di = DIST_PICK[reg](r)
        ci = r.choice(DCOMS[di])
        vi = {"salt": "Muối|Diêm nghiệp|Sản xuất Muối", "wine": "Nho|Nông nghiệp Nho|Sản xuất Kinh doanh Nho",
              "garlic": "Nông nghiệp|Tỏi|Dịch vụ Nông nghiệp", "seafood": "Thủy sản|Nghề cá|Dịch vụ Thủy sản",
              "nets": "Ngư cụ|Dịch vụ Nghề cá", "pottery": "Gốm|Gốm Mỹ nghệ|Dệt Thổ cẩm",
              "fishsauce": "Nước mắm|Chế biến Hải sản", "feed": "Nuôi trồng Thủy sản|Giống Thủy sản",
              "food": "Dịch vụ Tổng hợp|Nông nghiệp Tổng hợp"}[e.sec].split("|")
        x = r.random()
        x *= self.scale
        brand = COMS[ci][1] if x < .55 else (r.choice(VILL1) + " " + r.choice(VILL2)) if x < .75 else self.pick_brand()
        e.nm = self.vn_struct(e, brand=brand, descs=(r.choice(vi),), suffix="", form="HTX")
        self.finish_co(e, loc=(self.street(di, ci), ci, -1, ""))
        e.kind = "htx"
        return e

    def kr_root(self):
        r = self.r
        if r.random() < .18:
            a = "".join(r.sample("BDHJKMSTWYGCPN", 2 if r.random() * self.scale < 1.2 else 3))
            return a, a
        (a, ah), (b, bh) = r.sample(KR_CO, 2)
        return a + b.lower(), ah + bh

    def mk_kr(self, root=None, kd=None, park=None):
        r = self.r
        sec = KR_PICK(r)
        ship = sec in ("ship", "steel", "paint", "pipe", "elec", "manp", "mech", "gas")
        if park is None:
            park = SHIP_PARK_PICK(r) if ship and r.random() < .85 else PARK_PICK["KH" if r.random() < .7 else "NT"](r)
        reg = PARKS[park][5]
        e = self.base_ent("kr", reg, r.choice((0, 1, 1, 1, 2, 2, 3)))
        e.year = round(r.uniform(2008, 2025.6), 2)
        e.sec = sec
        if root is None:
            root = self.kr_root()
        kds = SEC[sec]["kd"] or ["Engineering"]
        if kd is None:
            kd = r.choice(kds) if r.random() < .85 else None
        tail = "Vina" if r.random() < .6 else "Việt Nam" if r.random() < .7 else ""
        e.kr = (root[0], root[1], kd, tail)
        self.kr_names(e)
        e.mst = self.local_mst(reg, e.year)
        e.ceo = self.kr_person()
        e.krmob = f"+82 10-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}"
        loc = ("", PARKS[park][3], park, self.lot(park))
        e.loc = loc
        e.owner, e.female, e.eth = self.person(reg, COMS[loc[1]][2])  # Vietnamese contact / chief accountant
        self.phones(e, reg)
        e.exp = r.random() < .55
        e.ship = ship and r.random() < .9
        e.irc = [self.irc(reg) for _ in range(1 + (r.random() < .2))]
        e.bhxh = self.bhxh()
        e.vendor = f"V{r.randint(10000, 39999)}" if r.random() < .5 else f"VD-{r.randint(100, 4999)}"
        if r.random() < .06:
            root2 = (root[0][0] + (root[0][len(root[0]) // 2:][0]).upper(), root[1])
            old = (root2[0], root[1], kd, tail) if r.random() < .5 else (root[0], root[1], r.choice(kds), tail)
            e.kr_old = old
            e.old_y = r.uniform(e.year + .3, 2025.5)
        if r.random() < .1:
            p2 = YARD if park != YARD else 0
            e.br.append(("-001", ("", PARKS[p2][3], p2, self.lot(p2)), "Ninh Hòa", "CN", None))
        return e

    def kr_names(self, e):
        root, rh, kd, tail = e.kr
        core = root + (" " + kd if kd else "") + (" " + tail if tail else "")
        k = self.name_key(("TNHH", (), core, ""))
        if k in self.names:
            tail = "Vina" if tail != "Vina" else "Việt Nam"
            core = root + (" " + kd if kd else "") + " " + tail
            e.kr = (root, rh, kd, tail)
        self.names.add(self.name_key(("TNHH", (), core, "")))
        e.nm = ("TNHH" if self.r.random() < .85 else "MTV", (), core, "")
        e.en = root + (" " + kd if kd else "") + (" Vina" if tail == "Vina" else " Vietnam" if tail else "")

    def mk_fdi(self):
        r = self.r
        sec = FDI_PICK(r)
        x = r.random()
        if x < .3:
            root = r.choice(JP1) + r.choice(JP2)
        elif x < .6:
            root = r.choice(CN1) + r.choice(CN2)
        else:
            root = r.choice(EU1) + r.choice(EU2)
        root = root[0].upper() + root[1:].lower()
        reg = "KH" if r.random() < .62 else "NT"
        e = self.base_ent("fdi", reg, r.choice((1, 1, 2, 2, 3)))
        e.year = round(r.uniform(2005, 2025.6), 2)
        e.sec = sec
        wen, wvi = FDI_WORD[sec]
        y = r.random()
        if y < .5:
            core, en = f"{root} {wen} Việt Nam", f"{root} {wen} Vietnam"
        elif y < .75:
            core, en = f"{root} Việt Nam", f"{root} Vietnam"
        elif y < .9:
            core, en = f"{wvi} {root} Việt Nam", f"{root} {wen} Vietnam"
        else:
            core, en = f"{root} {wen}", f"{root} {wen}"
        form = "TNHH" if r.random() < .8 else "CP"
        k = self.name_key((form, (), core, ""))
        if k in self.names:
            core, en = core + " " + r.choice(("Ninh Thuận", "Khánh Hòa", "Nha Trang")), en + " " + r.choice(("II", "2", "Holdings"))
        self.names.add(self.name_key((form, (), core, "")))
        e.nm = (form, (), core, "")
        e.en = en
        park = PARK_PICK[reg](r) if sec not in ("solar", "wind") or r.random() < .3 else None
        loc = self.new_loc(reg, 1.0, park=park) if park is not None else self.new_loc(reg, 0)
        self.finish_co(e, loc=loc)
        e.kind = "fdi"
        e.exp = r.random() < .8
        if e.irc is None:
            e.irc = [self.irc(reg)]
        return e

    def mk_br(self):
        """out-of-province company working here through dependent branches"""
        r = self.r
        o = OUT_PICK(r)
        e = self.base_ent("br", "NT" if r.random() < .6 else "KH", r.choice((1, 2, 2, 3)))
        e.sec = BR_PICK(r)
        e.year = round(r.uniform(1998, 2024), 2)
        e.nm = self.vn_struct(e, suffix=r.choice(("", "", "", "Miền Nam", "Việt Nam", "Sài Gòn" if o[0] == "03" else "Miền Bắc")))
        e.mst = self.mst(o[0] + ("0" if r.random() < .5 else "1"))
        st = r.choice(o[2])
        e.paddr = r.choice((f"{r.randint(1, 400)} {st}, {r.choice(o[3])}, {o[1]}",
                            f"Tầng {r.randint(2, 20)}, {r.randint(1, 400)} {st}, {r.choice(o[3])}, {o[1]}",
                            f"Số {r.randint(1, 400)} đường {st}, {r.choice(o[3])}, {o[1]}"))
        ar = o[4]
        e.pland = (ar, _digits(r, 10 - len(ar)))
        e.owner, e.female, e.eth = self.person("KH")
        e.en = self.en_of(e, e.nm)
        e.abbr = self.abbr_of(e.nm, e) if r.random() < .5 else None
        e.exp = r.random() < SEC[e.sec]["exp"] * 2
        e.ship = r.random() < SEC[e.sec]["ship"] * 1.5
        k = 1 if r.random() < .75 else r.choice((2, 2, 3))
        for i in range(k):
            reg = e.reg if i == 0 else ("KH" if r.random() < .5 else "NT")
            loc = self.new_loc(reg, SEC[e.sec]["park"])
            town = r.choice(TOWN.get(DISTS[COMS[loc[1]][2]][2], ("Khánh Hòa",)))
            ph = self.land(reg) if r.random() < .55 else self.mob()
            e.br.append((f"-{i + 1:03d}", loc, town, "CN" if r.random() < .85 else "NM", ph))
        e.loc = e.br[0][1]
        e.mob = self.mob() if r.random() < .5 else None
        e.bhxh = self.bhxh()
        if e.loc[2] >= 0:
            e.irc = [self.irc(e.reg)]
        return e

    def mk_spv(self, parent, k, brand, reg):
        r = self.r
        e = self.base_ent("co", reg, 1)
        e.sec = parent.sec if parent.sec in ("wind", "solar") else r.choice(("wind", "solar"))
        e.year = round(r.uniform(2017, 2021), 2)
        di = DIST_PICK[reg](r)
        ci = r.choice(DCOMS[di])
        com = COMS[ci][1]
        e.loc = (self.street(di, ci), ci, -1, "")
        x = r.random() * self.scale
        d = r.choice(SEC[e.sec]["vi"][:2])
        if x < .5:
            nm = (r.choice(("TNHH", "MTV", "CP")), (d,), com, str(k))
        else:
            nm = (r.choice(("TNHH", "CP")), (d,), brand, (PROV_W[reg] + " " + str(k)) if r.random() < .6 else com + " " + str(k))
        self.names.add(self.name_key(nm))
        e.nm = nm
        return e

    # ------------------------------------------------------------------ groups
    def group(self):
        r = self.r
        x = r.random()
        if x < .27:
            return [self.mk_hh()]
        if x < .30:
            return [self.mk_htx()]
        if x < .345:
            return self.g_kr()
        if x < .37:
            return [self.mk_fdi()]
        if x < .40:
            return self.g_br()
        y = r.random()
        if y < .035:
            return self.g_sisters()
        if y < .05:
            return self.g_parent()
        if y < .065:
            return self.g_twins()
        e = self.mk_co()
        self.finish_co(e)
        return [e]

    def g_kr(self):
        r = self.r
        e = self.mk_kr()
        out = [e]
        x = r.random()
        if x < .1:   # same root in another park: different enterprise
            kds = SEC[e.sec]["kd"] or ["Engineering"]
            kd = e.kr[2] if r.random() < .3 else r.choice(kds + ["Global", "Tech", None])
            p2 = e.loc[2]
            while p2 == e.loc[2]:
                p2 = SHIP_PARK_PICK(r)
            t = self.mk_kr(root=(e.kr[0], e.kr[1]), kd=kd, park=p2)
            out.append(t)
        elif x < .18:  # sister firm of the same Korean owner, next lot, shared phone, near code
            kd = r.choice([k for k in KD if k != e.kr[2]][:12])
            t = self.mk_kr(root=(e.kr[0], e.kr[1]), kd=kd, park=e.loc[2])
            t.mst = self.near(e.mst)
            t.ceo = e.ceo if r.random() < .6 else t.ceo
            t.land = e.land or t.land
            t.year = e.year
            out.append(t)
        return out

    def g_br(self):
        r = self.r
        e = self.mk_br()
        out = [e]
        if e.sec in ("wind", "solar", "om") and r.random() < .35:
            reg = "NT" if r.random() < .8 else "KH"
            k0 = r.randint(1, 2)
            first = None
            for k in range(k0, k0 + r.choice((1, 2, 2, 3))):
                s = self.mk_spv(e, k, e.nm[2], reg)
                s.mst = self.near(first.mst) if first else self.local_mst(reg, s.year)
                self.finish_co(s, loc=s.loc)
                if r.random() < .5:
                    s.land = e.pland
                first = first or s
                out.append(s)
        return out

    def g_sisters(self):
        r = self.r
        reg = "KH" if r.random() < .6 else "NT"
        a = self.mk_co(reg=reg)
        self.finish_co(a)
        out = [a]
        brand = a.nm[2]
        secs = [s for s in SEC_KEYS if s != a.sec]
        for _ in range(r.choice((1, 1, 2))):
            sec = r.choice(secs)
            b = self.mk_co(reg=reg, sec=sec, size=max(0, a.size - r.randint(0, 1)), brand=brand,
                           descs=((r.choice(SEC[sec]["vi"]),) if r.random() < .8 else a.nm[1]),
                           suffix=a.nm[3] if r.random() < .5 else "")
            b.year = round(a.year + r.uniform(0, .05), 2) if r.random() < .6 else b.year
            b.mst = self.near(a.mst) if abs(b.year - a.year) < .1 else None
            same_addr = r.random() < .55
            self.finish_co(b, loc=a.loc if same_addr else None)
            if a.land and r.random() < .7:
                b.land = a.land
            elif a.mob and r.random() < .7:
                b.mob = a.mob
            if r.random() < .7:
                b.owner = a.owner if r.random() < .5 else b.owner.split()[0] + " " + " ".join(a.owner.split()[1:2]) + " " + b.owner.split()[-1]
            out.append(b)
        return out

    def g_parent(self):
        r = self.r
        reg = "KH" if r.random() < .65 else "NT"
        p = self.mk_co(reg=reg, size=3, form="CP", suffix="")
        if r.random() < .4:
            p.nm = (p.nm[0], ("Tập đoàn",) + p.nm[1][-1:], p.nm[2], "")
            self.names.add(self.name_key(p.nm))
        self.finish_co(p)
        out = [p]
        for _ in range(r.choice((1, 1, 2))):
            sec = p.sec if r.random() < .5 else r.choice(SEC_KEYS)
            reg2 = reg if r.random() < .6 else ("NT" if reg == "KH" else "KH")
            loc = self.new_loc(reg2, SEC[sec]["park"] * .8)
            town = r.choice(TOWN.get(DISTS[COMS[loc[1]][2]][2], ("Khánh Hòa",)))
            s = self.mk_co(reg=reg2, sec=sec, size=r.choice((1, 2)), brand=p.nm[2],
                           form=r.choice(("MTV", "MTV", "CP", "TNHH")),
                           descs=(r.choice(SEC[sec]["vi"]),) if r.random() < .7 else p.nm[1][-1:], suffix=town)
            self.finish_co(s, loc=loc)
            if r.random() < .35 and p.land:
                s.land = p.land
            out.append(s)
        return out

    def g_twins(self):
        """identical/near names that are different enterprises"""
        r = self.r
        if r.random() < .6:  # pre-2015 same legal name in the two old provinces
            a = self.mk_co(reg="KH", suffix="")
            a.year = round(r.uniform(1998, 2014.9), 2)
            self.finish_co(a)
            b = self.base_ent("co", "NT")
            b.year = round(r.uniform(1998, 2014.9), 2)
            b.sec = a.sec if r.random() < .7 else SEC_PICK["NT"](r)
            b.nm = a.nm if r.random() < .7 else (r.choice(("TNHH", "MTV", "CP", "DNTN")),) + a.nm[1:]
            self.finish_co(b)
            return [a, b]
        a = self.mk_co(suffix="")
        pa = PARK_PICK[a.reg](r)
        self.finish_co(a, loc=self.new_loc(a.reg, 1, park=pa))
        reg2 = "NT" if a.reg == "KH" else "KH"
        b = self.mk_co(reg=reg2, sec=a.sec, brand=a.nm[2], descs=a.nm[1],
                       suffix=r.choice((PROV_W[reg2], "Miền Trung", r.choice(PLACE_SUF))), form=a.nm[0])
        self.finish_co(b, loc=self.new_loc(reg2, 1))
        return [a, b]

    def yard(self):
        r = self.r
        e = self.base_ent("kr", "KH", 3)
        e.year = 2009.4
        e.sec = "ship"
        e.kr = ("Donghae", "동해", "Shipbuilding", "Vina")
        e.nm = ("TNHH", (), "Đóng tàu Donghae Vina", "")
        e.en = "Donghae Vina Shipbuilding"
        e.abbr = "DHV"
        e.big = True
        e.mst = self.mst("4201")
        e.ceo = self.kr_person()
        e.loc = ("Thôn Mỹ Giang", PARKS[YARD][3], YARD, "")
        e.owner, e.female, e.eth = self.person("KH")
        self.phones(e, "KH")
        e.land = self.land("KH")
        e.exp = True
        e.ship = False
        e.irc = [self.irc("KH"), self.irc("KH")]
        e.bhxh = self.bhxh()
        e.br = [("-001", (f"{r.randint(10, 90)} Trần Phú", COM_BY[("Nha Trang", "Lộc Thọ")], -1, ""), "Nha Trang", "VP", self.land("KH"))]
        return e

    # ------------------------------------------------------------------ render helpers
    def vi_name(self, nm, abbrev=0.0):
        r = self.r
        f = FORMVI_PICK[nm[0]](r) if nm[0] in FORMVI_PICK else nm[0]
        parts = [f]
        if nm[1]:
            if abbrev and r.random() < abbrev:
                ab = [DESC_ABBR.get(d, d) for d in nm[1]]
                short = len(ab) > 1 and all(len(a) <= 4 for a in ab)
                parts.append(r.choice((" ", "-", " - ", "", " & ")).join(ab) if short else " ".join(ab))
            else:
                parts.append(" ".join(nm[1]))
        parts.append(nm[2])
        if nm[3]:
            parts.append(nm[3])
        return " ".join(parts)

    def en_name(self, e, nm=None):
        r = self.r
        core = e.en if nm is None or nm is e.nm else self.en_of(e, nm)
        if core is None:
            core = self.en_of(e, e.nm)
        form = (nm or e.nm)[0]
        f = FORMEN_PICK.get(form, FORMEN_PICK["TNHH"])(r)
        return core + (", " if r.random() < .2 else " ") + f

    def kr_name_en(self, e, old=False):
        r = self.r
        root, rh, kd, tail = (e.kr_old if old else e.kr)
        tl = "Vina" if tail == "Vina" else ("Vietnam" if r.random() < .7 else "Viet Nam") if tail else ""
        if tail == "Vina" and r.random() < .12:
            tl = "Vietnam"
        if tail == "" and r.random() < .15:
            tl = "Vina"
        core = root + (" " + kd if kd and r.random() < .93 else "") + (" " + tl if tl else "")
        x = r.random()
        if x < .55:
            return core + r.choice((" Co., Ltd", " Co.,Ltd", " CO., LTD", " Company Limited", " Ltd"))
        return core

    def kr_name_h(self, e):
        r = self.r
        root, rh, kd, tail = e.kr
        kh = KD.get(kd, ("", ""))[0] if kd else ""
        tl = "비나" if tail == "Vina" else "베트남" if tail else ""
        s = rh + kh + ((" " if r.random() < .5 else "") + tl if tl else "")
        return r.choice(("(주)", "㈜", "", "")) + s

    def kr_name_vi(self, e):
        r = self.r
        root, rh, kd, tail = e.kr
        if kd and kd in KD and r.random() < .2:
            return f"{FORMVI_PICK['TNHH'](r)} {KD[kd][1]} {root} Việt Nam"
        return self.vi_name(e.nm)

    def kr_ceo(self, e, style=None):
        r = self.r
        (s, sh, _, alts), (g1, g1h), (g2, g2h) = e.ceo
        sur = r.choice(alts.split("|")) if r.random() < .3 else s.upper()
        a = KR_ALT.get(g1, g1) if r.random() < .2 else g1
        b = KR_ALT.get(g2, g2) if r.random() < .2 else g2
        x = r.random() if style is None else style
        if x < .3:
            return f"{sur.title()} {a}-{b.lower()}"
        if x < .55:
            return f"{sur.upper()} {a.upper()} {b.upper()}"
        if x < .7:
            return f"{sur.title()} {a}{b.lower()}"
        if x < .82:
            return f"Mr. {sur.title()}"
        if x < .92:
            return sh + g1h + g2h
        return f"{a}{b.lower()} {sur.title()}"

    def branch_name(self, e, nm, b):
        r = self.r
        full = self.vi_name(nm) if e.kind != "kr" or r.random() < .7 else self.kr_name_en(e)
        town = b[2]
        t = b[3]
        x = r.random()
        if t == "CN":
            if x < .42:
                return f"Chi nhánh {full} tại {town}"
            if x < .62:
                return f"Chi nhánh {town} - {full}"
            if x < .77:
                return f"CN {full} tại {town}"
            if x < .9:
                return f"{full} - Chi nhánh {town}"
            return f"Chi nhánh {full}"
        if t == "NM":
            if x < .5:
                return f"Nhà máy {SEC[e.sec]['vi'][0].lower()} {town} - {full}"
            if x < .75:
                return f"{full} - Nhà máy {town}"
            return f"Chi nhánh {full} - Nhà máy {r.choice(SEC[e.sec]['vi'])} {town}"
        if x < .6:
            return f"Văn phòng đại diện {full} tại {town}"
        return f"VPĐD {full} tại {town}"

    def hh_name(self, e, mode=None):
        r = self.r
        ow = e.owner
        if e.eth == 2 and r.random() < .45:
            parts = ow.split(" ")
            alts = [s for s, _ in RAGLAI_SUR if parts[0] in s.split("|") or (parts[0] + " " + parts[1]) in s.split("|")]
            if alts:
                cur = next(x for x in alts[0].split("|") if ow.startswith(x + " "))
                ow = r.choice(alts[0].split("|")) + ow[len(cur):]
        if e.eth == 2 and "|" in ow:
            ow = ow.split("|")[0]
        tr = e.trade
        x = r.random() if mode is None else mode
        if tr and x < .55:
            d, b = tr
            y = r.random()
            if y < .35:
                return f"Cơ sở {d.lower()} {b}"
            if y < .5:
                return f"Cơ sở sản xuất {d.lower()} {b}"
            if y < .62:
                return f"{d} {b}"
            if y < .75:
                return f"Cơ sở {d.lower()} {b} ({ow})"
            if y < .87:
                return f"Hộ kinh doanh {d.lower()} {b}"
            return f"CSSX {d.lower()} {b} - {ow}"
        y = r.random()
        if y < .4:
            return f"Hộ kinh doanh {ow}"
        if y < .55:
            return f"HKD {ow}"
        if y < .75:
            return ow
        if y < .9:
            return f"{ow} - {r.choice(SEC[e.sec]['vi']).lower()}"
        return f"Hộ KD {ow}"

    def nm_at(self, e, y):
        if e.old is not None and y < e.old_y:
            return e.old
        return e.nm

    def loc_at(self, e, y):
        if e.oldloc is not None and y < e.move_y:
            return e.oldloc
        return e.loc

    def head(self, loc, en=False):
        r = self.r
        st, ci, pi, lot = loc
        if pi < 0:
            return strip(st) if en else st
        kind, pn, pen = PARKS[pi][:3]
        if kind == "YARD":
            if en:
                return r.choice(("Inside Donghae Vina Shipyard, My Giang", "DHV yard, My Giang Hamlet", "My Giang"))
            return r.choice(("Trong khuôn viên Nhà máy đóng tàu Donghae Vina, thôn Mỹ Giang", "Thôn Mỹ Giang",
                             "Khu vực nhà máy DHV, thôn Mỹ Giang", "Thôn Mỹ Giang"))
        if en:
            pe = pen if r.random() < .5 else pen.replace("Industrial Park", "IP").replace("Industrial Cluster", "IC")
            return f"Lot {lot}, {pe}" if lot and r.random() < .85 else pe
        x = r.random()
        if kind == "KCN":
            pk = "KCN " + pn if x < .6 else "Khu công nghiệp " + pn if x < .9 else "K.C.N " + pn
            if pn == "Vạn Thắng" and r.random() < .3:
                pk += " - KKT Vân Phong"
        else:
            pk = "CCN " + pn if x < .6 else "Cụm công nghiệp " + pn if x < .9 else "Cụm CN " + pn
        if not lot or r.random() < .12:
            return pk
        y = r.random()
        if y < .55:
            return f"Lô {lot}, {pk}"
        if y < .8:
            return f"Lô {lot} {pk}"
        if y < .9:
            return f"Lô số {lot}, {pk}"
        return f"{lot} {pk}"

    def addr(self, loc, new, fmt=None):
        r = self.r
        st, ci, pi, lot = loc
        ct, cn, di, nt, nn = COMS[ci]
        prov, dt, dn, _ = DISTS[di]
        h = self.head(loc)
        f = r.random() if fmt is None else fmt
        if new:
            if f < .4:
                return f"{h}, {CT_W[nt]} {nn}, tỉnh Khánh Hòa"
            if f < .6:
                return f"{h}, {CT_W[nt].capitalize()} {nn}, Tỉnh Khánh Hòa"
            if f < .72:
                return f"{h}, {CT_A[nt]} {nn}, {r.choice(('T. Khánh Hòa', 'Khánh Hòa', 'KH', 'tỉnh KH'))}"
            if f < .82:
                return f"{h}, {nn}, Khánh Hòa"
            if f < .91:
                return f"{h}, {CT_W[nt]} {nn} ({CT_W[ct]} {cn}, {DT_W[dt]} {dn} cũ), tỉnh Khánh Hòa"
            return f"{h}, {CT_W[nt]} {nn}, {DT_W[dt]} {dn}, tỉnh Khánh Hòa"
        pw = PROV_W[prov]
        dname = dn
        if dn == "Phan Rang - Tháp Chàm" and r.random() < .35:
            dname = r.choice(("Phan Rang-Tháp Chàm", "PR-TC", "Phan Rang – Tháp Chàm", "Phan Rang"))
        if f < .38:
            return f"{h}, {CT_W[ct]} {cn}, {DT_W[dt]} {dname}, tỉnh {pw}"
        if f < .55:
            return f"{h}, {CT_W[ct].capitalize()} {cn}, {DT_W[dt].capitalize()} {dname}, Tỉnh {pw}"
        if f < .7:
            return f"{h}, {CT_A[ct]} {cn}, {DT_A[dt]} {dname}, {r.choice(PROV_A[prov])}"
        if f < .82:
            return f"{h}, {cn}, {dname}, {pw}"
        if f < .92:
            return f"{h}, {dname}, {pw}" if pi >= 0 or r.random() < .5 else f"{h}, {CT_W[ct]} {cn}, {dname}"
        return f"{h} - {cn} - {dname} - {pw}"

    def addr_en(self, loc, new):
        r = self.r
        st, ci, pi, lot = loc
        ct, cn, di, nt, nn = COMS[ci]
        prov, dt, dn, den = DISTS[di]
        h = self.head(loc, en=True)
        vn = r.choice((", Vietnam", ", Viet Nam", "", ", VN"))
        pv = r.choice((" Province", " Prov.", ""))
        if new:
            return f"{h}, {strip(nn)} {CT_E[nt]}, Khanh Hoa{pv}{vn}"
        d = den if r.random() < .7 else den.replace("District", "Dist.")
        c = f"{strip(cn)} {CT_E[ct]}, " if r.random() < .55 else ""
        return f"{h}, {c}{d}, {strip(PROV_W[prov])}{pv}{vn}"

    # phones -----------------------------------------------------------------
    def f_land(self, ph, y, plain=False):
        r = self.r
        a, s = ph
        if a in OLD_AREA and y < 2017.5:
            oa = OLD_AREA[a]
            x = r.random()
            if plain or x < .3:
                return oa + s if plain or r.random() < .5 else f"{oa}.{s}"
            if x < .55:
                return f"({oa}) {s}"
            if x < .75:
                return f"{oa} {s[0]} {s[1:4]} {s[4:]}"
            if x < .9:
                return f"({oa}) {s[:1]}.{s[1:4]}.{s[4:]}"
            return s if r.random() < .5 else f"{s[:2]}.{s[2:4]}.{s[4:]}"
        za = "0" + a
        if plain:
            return za + s
        x = r.random()
        if x < .25:
            return f"{za} {s[:4]} {s[4:]}" if len(s) == 7 else f"{za} {s[:4]} {s[4:]}"
        if x < .45:
            return f"{za}.{s}"
        if x < .58:
            return f"({za}) {s[0]}.{s[1:4]}.{s[4:]}" if len(s) == 7 else f"({za}) {s}"
        if x < .68:
            return za + s
        if x < .76:
            return f"{za}-{s}"
        if x < .86:
            return f"+84 {a} {s[:4]} {s[4:]}"
        if x < .92:
            return f"(+84) {a}.{s}"
        return f"{za} {s}"

    def f_mob(self, m, y, plain=False):
        r = self.r
        if y < 2018.7 and m[:3] in MOB_OLD and r.random() < .85:
            o = MOB_OLD[m[:3]] + m[3:]
            if plain:
                return o
            x = r.random()
            return o if x < .5 else f"{o[:4]} {o[4:7]} {o[7:]}" if x < .75 else f"{o[:4]}.{o[4:7]}.{o[7:]}"
        if plain:
            return m
        x = r.random()
        if x < .34:
            return m
        if x < .52:
            return f"{m[:4]} {m[4:7]} {m[7:]}"
        if x < .66:
            return f"{m[:4]}.{m[4:7]}.{m[7:]}"
        if x < .74:
            return f"{m[:3]} {m[3:6]} {m[6:]}"
        if x < .8:
            return f"{m[:4]}-{m[4:7]}-{m[7:]}"
        if x < .88:
            return f"+84 {m[1:4]} {m[4:7]} {m[7:]}"
        if x < .93:
            return "+84" + m[1:]
        return "84" + m[1:]

    def mob_at(self, e, y):
        if e.oldmob is not None and y < e.mob_y:
            return e.oldmob
        return e.mob

    def phone_cell(self, e, y, pref=("land", "mob"), multi=.15, acct=0.0, labels=0.0, fax=0.0, unit=None):
        r = self.r
        items = []
        if unit is not None and unit[4] is not None and r.random() < .8:
            ph = unit[4]
            items.append(self.f_land(ph, y) if isinstance(ph, tuple) else self.f_mob(ph, y))
        elif acct and e.acct is not None and r.random() < acct:
            k, v = e.acct
            items.append(self.f_land(v, y) if k == "L" else self.f_mob(v, y))
        else:
            mob = self.mob_at(e, y)
            got = None
            for p in pref:
                if p == "land" and e.land is not None:
                    items.append(("ĐT: " if labels and r.random() < labels else "") + self.f_land(e.land, y))
                    got = p
                    break
                if p == "mob" and mob is not None:
                    items.append(("DĐ: " if labels and r.random() < labels * .5 else "") + self.f_mob(mob, y))
                    got = p
                    break
            if items and r.random() < multi:
                if got == "land" and mob is not None:
                    items.append(self.f_mob(mob, y))
                elif got == "mob" and e.land is not None:
                    items.append(self.f_land(e.land, y))
                elif e.mob2 is not None:
                    items.append(self.f_mob(e.mob2, y))
            if fax and e.fax is not None and r.random() < fax:
                items.append("Fax: " + self.f_land(e.fax, y))
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return r.choice((" - ", " / ", "; ", ", ", " ; ", " – ")).join(items)

    # tax column -------------------------------------------------------------
    def tax_noise(self, code, typo_p=.02, space_p=.01, label_p=0.0):
        r = self.r
        x = r.random()
        if x < typo_p:
            i = r.randrange(min(10, len(code)))
            y = r.random()
            if y < .45:
                code = code[:i] + str((int(code[i]) + r.randint(1, 9)) % 10) + code[i + 1:]
            elif y < .75 and i < min(9, len(code) - 1):
                code = code[:i] + code[i + 1] + code[i] + code[i + 2:]
            elif y < .9:
                code = code[:i] + code[i + 1:]
            else:
                code = code[:i] + str(r.randint(0, 9)) + code[i:]
        elif x < typo_p + space_p:
            y = r.random()
            code = (f"{code[:4]} {code[4:7]} {code[7:]}" if y < .4 else f"{code[:4]}.{code[4:7]}.{code[7:]}" if y < .6
                    else " ".join(code[:2]) + " " + code[2:] if y < .75 else f"{code[:4]} {code[4:]}" if y < .9
                    else " ".join(code))
        if label_p and r.random() < label_p:
            code = r.choice(("MST: ", "MST ", "Mã số thuế: ", "mst:", "MST:", "MSDN: ")) + code
        return code

    def unit_code(self, e, unit, old13=0.0):
        if unit is None:
            return e.mst
        suf = unit[0]
        if old13 and self.r.random() < old13:
            return e.mst + suf[1:]
        if self.r.random() < .05:
            return e.mst + " - " + suf[1:]
        return e.mst + suf

    # ------------------------------------------------------------------ planning
    def plan(self, e):
        r = self.r
        v = VIS[e.size]
        k = e.kind
        hh = k == "hh"
        p = {}
        nt_here = e.reg == "NT" or any(COMS[b[1][1]][2] >= 8 for b in e.br)
        if hh:
            p["TAX"] = .24
            p["HDDT"] = .06
            p["TK"] = .05
            p["BHXH"] = .015
            p["NTCT"] = .42 if e.reg == "NT" else .0
            p["FORM"] = .22 + (.1 if e.sec in ("nest", "wine", "garlic", "fishsauce", "pottery", "salt") else 0)
            p["KC"] = .62
            p["BQL"] = 0
            p["HQ"] = 0
            p["SHIP"] = .35 if e.ship else 0
        else:
            p["TAX"] = .52 * v
            p["HDDT"] = .28 * v
            p["TK"] = .30 * v
            p["BHXH"] = .28 * v if e.size else .08
            p["NTCT"] = (.42 * v if nt_here else .012)
            p["FORM"] = .12 * v + (.12 if e.sec in ("nest", "wine", "garlic", "fishsauce", "salt", "food", "seafood") else 0)
            p["KC"] = (.06 if e.size <= 1 else .02) + (.45 if k == "htx" else 0) + (.3 if e.hh else 0)
            p["BQL"] = (.8 if e.loc is not None and e.loc[2] >= 0 and e.loc[2] != YARD else
                        .3 if e.loc is not None and e.loc[2] == YARD else 0)
            p["HQ"] = .9 * v if e.exp else .015
            p["SHIP"] = (.85 if e.ship else 0)
            if k in ("kr", "fdi"):
                p["BQL"] = min(.95, p["BQL"] * 1.1)
                p["FORM"] *= .5
                p["KC"] = 0
            if k == "br":
                p["KC"] = 0
                p["NTCT"] = .45 * v if nt_here else 0
        plan = []
        yr0 = e.year
        for s in SRC:
            ps = p[s] * MULT[s]
            if ps <= 0:
                continue
            lo, hi = WIN[s]
            if hi < yr0:
                continue
            if ps >= 1:
                ps = .97
            units = [None]
            if e.br:
                if k == "br":
                    units = [u for u in e.br] if s in ("TAX", "TK", "BHXH", "BQL", "NTCT", "FORM", "KC") else [None] + e.br
                elif s in ("TAX", "HDDT", "TK", "BHXH", "NTCT", "BQL"):
                    units = [None] + e.br
            for u in units:
                if u is not None:
                    if s == "NTCT" and COMS[u[1][1]][2] < 8:
                        continue
                    if s == "BQL" and u[1][2] < 0:
                        continue
                    q = ps * (.9 if s == "TAX" else .55)
                    if k == "br":
                        q = ps if u is e.br[0] else ps * .7
                else:
                    if k == "br" and s not in ("HDDT", "HQ", "SHIP"):
                        continue
                    q = ps if k != "br" else ps * .5
                    if s == "NTCT" and e.reg == "KH":
                        q = .012
                if r.random() < q:
                    plan.append((s, u))
                    dp = .75 if e.big else DUP[s] * (1.5 if e.size >= 2 else 1)
                    while r.random() < dp and dp > 0:
                        plan.append((s, u))
                        dp *= .5
        return plan

    def emit(self, e):
        plan = self.plan(e)
        if not plan:
            return 0
        self.ntid += 1
        t = "KH" + str((self.ntid * 7919731 + 1234567) % 100000000).zfill(8)
        out = self.out
        r = self.r
        for s, u in plan:
            lo, hi = WIN[s]
            y = r.uniform(max(lo, e.year), hi)
            row = FN[s](self, e, u, y)
            if row is not None:
                out.append((s, row[0], row[1], row[2], row[3], t))
        return len(plan)

    def new_adm(self, s, y):
        return y >= MERGE_Y and self.r.random() < NEWADM[s]

    def is_hh(self, e, y):
        return e.kind == "hh" or (e.hh and y < e.conv_y)

    # ------------------------------------------------------------------ sources
    def s_tax(self, e, u, y):
        r = self.r
        new = self.new_adm("TAX", y)
        up = r.random() < .55
        if self.is_hh(e, y):
            name = self.hh_name(e, mode=.9 if r.random() < .7 else None)
            x = r.random()
            tax = e.ptin if (x < .55 and e.ptin) else e.cccd if x < .93 else ""
            ph = self.f_mob(e.mob, y) if e.mob and r.random() < .4 else ""
            a = self.addr(self.loc_at(e, y), new)
            return (name.upper() if up else name, tax, a.upper() if up and r.random() < .5 else a, ph)
        nm = self.nm_at(e, y) if r.random() < .3 else e.nm
        if u is None:
            name = self.vi_name(nm) if e.kind != "br" else self.vi_name(nm)
            loc = self.loc_at(e, y) if r.random() < .15 else e.loc
            a = self.addr(loc, new)
        else:
            name = self.branch_name(e, nm, u)
            a = self.addr(u[1], new)
        tax = self.tax_noise(self.unit_code(e, u, old13=.25), typo_p=.015, space_p=.008)
        ph = self.phone_cell(e, y, multi=.08, acct=.5, labels=.15, fax=.3, unit=u) if r.random() < .62 else ""
        if up:
            name = name.upper()
            if r.random() < .6:
                a = a.upper()
        return (name, tax, a, ph)

    def s_hddt(self, e, u, y):
        r = self.r
        new = self.new_adm("HDDT", y)
        if self.is_hh(e, y):
            name = self.hh_name(e, mode=.2 if r.random() < .6 else None)
            tax = e.cccd if y > 2025.5 and r.random() < .6 else (e.ptin or e.cccd)
            a = self.addr(self.loc_at(e, y), new)
            ph = self.f_mob(e.mob, y) if e.mob and r.random() < .8 else ""
        elif e.kind == "br" and u is None:
            name = self.vi_name(e.nm)
            tax = e.mst
            a = e.paddr
            ph = self.f_land(e.pland, y) if r.random() < .7 else ""
        else:
            nm = e.nm if r.random() < .9 else self.nm_at(e, y)
            name = self.vi_name(nm) if u is None else self.branch_name(e, nm, u)
            tax = self.tax_noise(self.unit_code(e, u), typo_p=.01, space_p=.01)
            a = self.addr(e.loc if u is None else u[1], new)
            ph = self.phone_cell(e, y, multi=.2, acct=.4, unit=u) if r.random() < .78 else ""
        if r.random() < .06:
            name = oldtone(name)
            a = oldtone(a)
        if r.random() < .04:
            name = unicodedata.normalize("NFD", name)
            a = unicodedata.normalize("NFD", a)
        if r.random() < .15:
            name = name.upper()
        return (name, tax, a, ph)

    def s_tk(self, e, u, y):
        r = self.r
        if self.is_hh(e, y):
            name = self.hh_name(e)
            tax = (e.ptin or "") if r.random() < .5 else ""
        else:
            nm = self.nm_at(e, y)
            name = self.vi_name(nm, abbrev=.25) if u is None else self.branch_name(e, nm, u)
            code = e.mst if (u is None or r.random() < .35) else self.unit_code(e, u)
            tax = self.excel(code) if r.random() < .92 else ""
        loc = self.loc_at(e, y) if u is None else u[1]
        a = self.addr(loc, False, fmt=r.choice((.65, .65, .75, .4, .85, .2)))
        if r.random() < .3:
            name = strip(name).upper()
            a = strip(a).upper()
        elif r.random() < .45:
            name = name.upper()
        name = name[:40].rstrip() if r.random() < .97 else name
        if len(a) > 70 and r.random() < .6:
            a = a[:70]
        ph = ""
        if r.random() < .55:
            mob = self.mob_at(e, y)
            if e.land is not None and (r.random() < .6 or mob is None):
                ph = self.f_land(e.land, y, plain=True)
            elif mob is not None:
                ph = self.f_mob(mob, y, plain=True)
            if ph and ph[0] == "0" and r.random() < .45:
                ph = ph[1:]
        return (name, tax, a, ph)

    def excel(self, code):
        r = self.r
        x = r.random()
        if "-" in code:
            return code if x < .85 else code.replace("-", "")
        if code[0] == "0" and x < .75:
            code = code.lstrip("0")
            return code if r.random() < .85 else code + ".0"
        if x < .11:
            v = float(code)
            s = f"{v:.5E}"
            return s if r.random() < .5 else s.replace(".", ",")
        if x < .15:
            return code + ".0"
        if x < .17:
            return "'" + code
        return self.tax_noise(code, typo_p=.02, space_p=0)

    def s_bhxh(self, e, u, y):
        r = self.r
        new = self.new_adm("BHXH", y)
        if self.is_hh(e, y):
            name = self.hh_name(e, mode=.9)
            tax = e.cccd if r.random() < .4 else ""
            loc = self.loc_at(e, y)
        else:
            nm = self.nm_at(e, y) if r.random() < .6 else e.nm
            name = self.vi_name(nm, abbrev=.2) if u is None else self.branch_name(e, nm, u)
            name = name.replace("Công ty", "CTY").replace("Chi nhánh", "CN") if r.random() < .5 else name
            x = r.random()
            tax = (self.tax_noise(self.unit_code(e, u), typo_p=.02, space_p=.01) if x < .58
                   else (e.bhxh or "") if x < .88 else "")
            loc = (self.loc_at(e, y) if u is None else u[1]) if e.kind != "br" or u is not None else e.br[0][1]
        a = self.addr(loc, new, fmt=r.choice((.2, .6, .78, .78, .88, .5)))
        ph = ""
        if r.random() < .3:
            ph = self.phone_cell(e, y, multi=0, unit=u)
        return (name.upper() if r.random() < .75 else name, tax, a.upper() if r.random() < .4 else a, ph)

    def s_ntct(self, e, u, y):
        r = self.r
        if self.is_hh(e, y):
            name = self.hh_name(e)
            x = r.random()
            tax = (e.ptin if x < .3 and e.ptin else "")
            if x > .85:
                tax = (e.cmnd if y < 2021 and e.cmnd else e.cccd)
        else:
            nm = self.nm_at(e, y)
            name = self.vi_name(nm, abbrev=.2) if u is None else self.branch_name(e, nm, u)
            tax = self.tax_noise(self.unit_code(e, u), typo_p=.04, space_p=.03, label_p=.2) if r.random() < .7 else ""
            if tax and r.random() < .08:
                name = f"{name} (MST: {tax.split()[-1]})"
                tax = ""
        loc = self.loc_at(e, y) if u is None else u[1]
        a = self.addr(loc, False)
        ph = ""
        if r.random() < .65:
            ph = self.phone_cell(e, y, multi=.2, labels=.15, fax=.1, unit=u)
        if r.random() < .4:
            name = name.upper()
        x = r.random()
        if x < .3:
            name, a = name.translate(TCVN3), a.translate(TCVN3)
        elif x < .45:
            name, a = name.translate(VNI), a.translate(VNI)
        elif x < .53:
            name, a = name.translate(MOJI), a.translate(MOJI)
        elif x < .57:
            name, a = name.translate(QMARK), a.translate(QMARK)
        elif x < .63:
            name, a = strip(name), strip(a)
        return (name, tax, a, ph)

    def s_form(self, e, u, y):
        r = self.r
        new = y >= MERGE_Y and r.random() < .5
        if self.is_hh(e, y):
            name = self.hh_name(e, mode=r.random() * .8)
            tax = ""
            if r.random() < .12:
                tax = r.choice(("CCCD ", "", "cccd: ")) + e.cccd
        else:
            nm = e.nm
            x = r.random()
            if e.kind == "kr":
                name = r.choice((self.kr_name_en(e), e.kr[0] + " " + (e.kr[3] or "Vina"), self.vi_name(nm)))
            elif x < .38:
                name = self.vi_name(nm, abbrev=.3)
            elif x < .75:
                d = nm[1][-1] if nm[1] else ""
                name = (f"{d} {nm[2]}" if d else nm[2]) + (" " + nm[3] if nm[3] and r.random() < .5 else "")
                if r.random() < .4:
                    name = r.choice(("Cty ", "CTY ", "cty ", "Công ty ", "")) + name
            elif x < .87 and e.abbr:
                name = e.abbr if r.random() < .5 else f"{e.abbr} ({nm[2]})"
            else:
                name = self.vi_name(nm)
            tax = ""
            if r.random() < .42:
                code = e.mst
                tax = self.tax_noise(code, typo_p=.08, space_p=.08, label_p=.35)
            if r.random() < .05:
                name += f" ({r.choice(('a', 'anh', 'chị', 'c', 'A.'))} {e.owner.split()[-1]})"
        loc = e.loc if e.kind != "br" else e.br[0][1]
        a = ""
        if r.random() < .9:
            st, ci, pi, lot = loc
            ct, cn, di, nt, nn = COMS[ci]
            h = self.head(loc)
            dn = DISTS[di][2]
            xx = r.random()
            if new:
                a = (f"{h}, {nn}, Khánh Hòa" if xx < .5 else f"{h}, {CT_W[nt]} {nn}" if xx < .7
                     else f"{h}, {nn}, {dn}, Khánh Hòa" if xx < .88 else f"{nn} - Khánh Hòa")
            else:
                pw = PROV_W[DISTS[di][0]]
                a = (f"{h}, {cn}, {dn}" if xx < .4 else f"{h}, {cn}, {dn}, {pw}" if xx < .75
                     else f"{dn}, {pw}" if xx < .88 else f"{h} {dn}")
        ph = self.phone_cell(e, y, pref=("mob", "land"), multi=.35) if r.random() < .96 else ""
        if ph and r.random() < .12:
            ph = r.choice(("zalo ", "Zalo: ", "sđt ", "ĐT ", "hotline ")) + ph
        x = r.random()
        if x < .42:
            name, a = strip(name).lower(), strip(a).lower()
        elif x < .55:
            name = name.lower()
        elif x < .62:
            name = name.upper()
        elif x < .68:
            name = name.title()
        if r.random() < .16:
            name = typo(name, r)
        if r.random() < .03:
            name = telex(name)
        if r.random() < .05:
            a = typo(a, r)
        if r.random() < .04:
            name = unicodedata.normalize("NFD", name)
        if r.random() < .08:
            name = oldtone(name)
        return (name.strip(), tax, a, ph)

    def s_kc(self, e, u, y):
        r = self.r
        new = self.new_adm("KC", y)
        if self.is_hh(e, y):
            name = self.hh_name(e)
            x = r.random()
            if x < .42:
                tax = e.cccd if y >= 2021 or not e.cmnd or r.random() < .3 else e.cmnd
                if r.random() < .2:
                    tax = r.choice(("CMND: ", "CMND số ", "Số CMND ") if len(tax) == 9 else ("CCCD: ", "CCCD số ", "Số CCCD: ")) + tax
            elif x < .55 and e.ptin:
                tax = e.ptin
            else:
                tax = ""
        else:
            nm = self.nm_at(e, y)
            name = self.vi_name(nm, abbrev=.15)
            if r.random() < .15:
                name += f" ({r.choice(('GĐ', 'Giám đốc', 'Chủ nhiệm' if nm[0] == 'HTX' else 'Chủ DN'))}: {e.owner})"
            tax = self.tax_noise(e.mst, typo_p=.03, space_p=.02, label_p=.1) if r.random() < .6 else ""
        a = self.addr(self.loc_at(e, y), new, fmt=r.choice((.2, .2, .5, .75, .85)))
        mob = self.mob_at(e, y)
        ph = ""
        if r.random() < .82:
            if mob:
                ph = self.f_mob(mob, y)
            elif e.land:
                ph = self.f_land(e.land, y)
            if ph and e.mob2 and r.random() < .2:
                ph += " - " + self.f_mob(e.mob2, y)
        return (name, tax, a, ph)

    def s_bql(self, e, u, y):
        r = self.r
        new = self.new_adm("BQL", y)
        loc = e.loc if u is None else u[1]
        if e.oldloc is not None and y < e.move_y and u is None:
            if e.oldloc[2] >= 0:
                loc = e.oldloc
        if e.kind in ("kr", "fdi"):
            x = r.random()
            if e.kind == "kr":
                name = self.kr_name_en(e, old=e.kr_old is not None and y < e.old_y) if x < .55 else self.kr_name_vi(e)
            else:
                name = self.en_name(e) if x < .55 else self.vi_name(e.nm)
            if x < .55 and r.random() < .6:
                name = name.upper()
        else:
            nm = self.nm_at(e, y)
            name = self.vi_name(nm) if u is None else self.branch_name(e, nm, u)
        if r.random() < .15:
            proj = r.choice(("Nhà máy", "Dự án Nhà máy", "Dự án đầu tư xây dựng Nhà máy", "Xưởng"))
            name = f"{proj} {r.choice(SEC[e.sec]['vi']).lower()} ({name})" if r.random() < .6 else f"{name} - {proj} {r.choice(SEC[e.sec]['vi']).lower()}"
        x = r.random()
        irc = e.irc or []
        fdi = e.kind in ("kr", "fdi")
        if irc and x < (.5 if fdi else .2):
            tax = r.choice(irc)
            tax = r.choice(("", "", "GCNĐKĐT số ", "Số GCNĐT: ", "IRC ", "GCNĐT ")) + tax
        elif x < (.82 if fdi else .75):
            tax = self.tax_noise(self.unit_code(e, u), typo_p=.02, space_p=.02, label_p=.05)
        else:
            tax = ""
        if r.random() < .6:
            a = self.head(loc)
        else:
            a = self.addr(loc, new) if r.random() < .8 or not fdi else self.addr_en(loc, new)
        ph = self.phone_cell(e, y, multi=.1, fax=.15, unit=u) if r.random() < .45 else ""
        return (name, tax, a, ph)

    def s_hq(self, e, u, y):
        r = self.r
        if e.kind == "br" and u is None:
            a = strip(e.paddr).upper()
            loc = None
        else:
            loc = e.loc if u is None else u[1]
            a = strip(self.addr(loc, self.new_adm("HQ", y), fmt=r.choice((.2, .75, .85, .6)))).upper()
            if r.random() < .3:
                a = a.replace(",", "")
        x = r.random()
        if e.kind == "kr":
            name = self.kr_name_en(e).upper() if x < .6 else strip(self.vi_name(e.nm)).upper()
        elif e.en and x < .4:
            name = self.en_name(e).upper()
        else:
            nm = e.nm if r.random() < .9 else self.nm_at(e, y)
            name = strip(self.vi_name(nm) if u is None else self.branch_name(e, nm, u)).upper()
        tax = self.tax_noise(self.unit_code(e, u), typo_p=.01, space_p=0)
        ph = ""
        if r.random() < .6:
            if e.kind == "br" and u is None:
                ph = self.f_land(e.pland, y)
            else:
                ph = self.phone_cell(e, y, multi=.05, unit=u)
            if ph and r.random() < .3:
                ph = ph.replace(" ", "").replace(".", "")
                if ph.startswith("0") and r.random() < .5:
                    ph = "84-" + ph[1:4] + "-" + ph[4:]
        return (name, tax, a, ph)

    def s_ship(self, e, u, y):
        r = self.r
        x = r.random()
        if e.kind == "kr":
            old = e.kr_old is not None and y < e.old_y
            if x < .55:
                name = self.kr_name_en(e, old=old)
                if r.random() < .5:
                    name = name.upper()
            elif x < .72:
                name = self.kr_name_h(e)
            elif x < .85:
                name = f"{self.kr_name_en(e, old=old)} ({self.kr_name_h(e)})"
            else:
                name = self.kr_name_vi(e)
            if r.random() < .08:
                name = f"{name} - CEO {self.kr_ceo(e, style=r.random() * .7)}"
        elif self.is_hh(e, y):
            name = strip(self.hh_name(e)).upper() if r.random() < .6 else self.hh_name(e)
        else:
            nm = self.nm_at(e, y)
            if e.en and x < .5:
                name = self.en_name(e)
                name = name.upper() if r.random() < .5 else name
            elif x < .8:
                name = strip(self.vi_name(nm, abbrev=.3)).upper()
            elif e.abbr:
                name = e.abbr if r.random() < .6 else f"{e.abbr} CO., LTD"
            else:
                name = self.vi_name(nm)
        if self.is_hh(e, y):
            tax = e.ptin or ""
        else:
            y2 = r.random()
            if y2 < .52:
                code = self.unit_code(e, u)
                tax = r.choice(("", "", "Tax ID ", "Tax code: ", "TAX: ", "MST ")) + self.tax_noise(code, typo_p=.03, space_p=.03)
            elif y2 < .7 and e.vendor:
                tax = e.vendor
            else:
                tax = ""
        loc = e.loc if e.kind != "br" or u is not None else None
        if loc is None:
            a = strip(e.paddr)
        else:
            x = r.random()
            if x < .6:
                a = self.addr_en(loc, y >= MERGE_Y and r.random() < .3)
            elif x < .8:
                a = strip(self.addr(loc, False))
            elif x < .83 and e.kind == "kr":
                a = "베트남 칸호아성 " + strip(self.head(loc, en=True))
            else:
                a = ""
        ph = ""
        if r.random() < .72:
            if e.kind == "kr" and e.ceo and r.random() < .4:
                ph = e.krmob if r.random() < .7 else e.krmob.replace("+82 10-", "010-")
                ph = f"{ph} ({self.kr_ceo(e, style=.75 + r.random() * .07)})" if r.random() < .5 else ph
                if r.random() < .3 and e.mob:
                    ph = self.f_mob(e.mob, y) + " / " + ph
            else:
                ph = self.phone_cell(e, y, multi=.15, unit=u)
                if ph and r.random() < .3 and not ph.startswith("+") and sum(c.isdigit() for c in ph) <= 11:
                    ph = ph.replace(" ", "")
                    if ph.startswith("0"):
                        ph = "+84 " + ph[1:]
        return (name, tax, a, ph)


FN = {"TAX": Gen.s_tax, "HDDT": Gen.s_hddt, "TK": Gen.s_tk, "BHXH": Gen.s_bhxh, "NTCT": Gen.s_ntct,
      "FORM": Gen.s_form, "KC": Gen.s_kc, "BQL": Gen.s_bql, "HQ": Gen.s_hq, "SHIP": Gen.s_ship}


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic labelled records (shuffled, deterministic for (n, seed))."""
    n = int(n)
    if n <= 0:
        return []
    g = Gen(n, seed)
    r = g.r
    if n >= 1500:
        g.emit(g.yard())
    out = g.out
    while len(out) < n:
        for e in g.group():
            g.emit(e)
    del out[n:]
    r.shuffle(out)
    cnt = dict.fromkeys(SRC, 0)
    for i, t in enumerate(out):
        s = t[0]
        cnt[s] += 1
        out[i] = {"id": f"{s}-{cnt[s]}", "name": t[1], "tax_code": t[2], "address": t[3], "phone": t[4], "truth": t[5]}
    return out


# ---------------------------------------------------------------------------
# statistics / CLI
# ---------------------------------------------------------------------------
_DIG = re.compile(r"\d+")


def stats(rows):
    n = len(rows)
    by = Counter(x["truth"] for x in rows)
    sizes = Counter(by.values())
    ents = len(by)
    src = Counter(x["id"].split("-", 1)[0] for x in rows)
    tax_fill = sum(1 for x in rows if x["tax_code"]) / n
    valid = 0
    for x in rows:
        t = x["tax_code"]
        if t:
            m = re.search(r"(?<!\d)(\d{10})(?:-\d{3})?(?!\d)", t)
            if m and valid_mst(m.group(1)):
                valid += 1
    ph_fill = sum(1 for x in rows if x["phone"]) / n
    ad_fill = sum(1 for x in rows if x["address"]) / n
    hist = {"1": 0, "2": 0, "3": 0, "4-5": 0, "6-10": 0, "11-20": 0, "21+": 0}
    for k, v in sizes.items():
        key = "1" if k == 1 else "2" if k == 2 else "3" if k == 3 else "4-5" if k <= 5 else "6-10" if k <= 10 else "11-20" if k <= 20 else "21+"
        hist[key] += v
    return {
        "records": n, "entities": ents, "records_per_entity": round(n / ents, 3),
        "max_records_per_entity": max(by.values()),
        "singleton_share": round(sizes.get(1, 0) / ents, 3),
        "entity_size_hist": hist,
        "source_share": {s: round(src.get(s, 0) / n, 3) for s in SRC},
        "tax_fill": round(tax_fill, 3), "tax_with_valid_code": round(valid / n, 3),
        "phone_fill": round(ph_fill, 3), "address_fill": round(ad_fill, 3),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description="synthetic Khanh Hoa supporting-industry register (entity resolution)")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=5, help="print K random rows (default 5)")
    ap.add_argument("--group", type=int, default=0, help="print G multi-record truth groups")
    ap.add_argument("--json", action="store_true", help="print statistics (and samples) as JSON")
    a = ap.parse_args(argv)
    t0 = time.time()
    rows = records(a.n, a.seed)
    dt = time.time() - t0
    st = stats(rows)
    st["seconds"] = round(dt, 2)
    st["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    r = Random(a.seed + 99)
    show = r.sample(rows, min(a.show, len(rows))) if a.show else []
    groups = []
    if a.group:
        by = {}
        for x in rows:
            by.setdefault(x["truth"], []).append(x)
        multi = [k for k, v in by.items() if len(v) > 1]
        for k in r.sample(multi, min(a.group, len(multi))):
            groups.append(by[k])
    if a.json:
        json.dump({"stats": st, "show": show, "groups": groups}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    for k, v in st.items():
        print(f"{k:24s} {v}")
    cols = ("id", "name", "tax_code", "address", "phone", "truth")
    if show:
        print("\n# sample rows")
        for x in show:
            print(" | ".join(repr(x[c]) if c == "name" else x[c] for c in cols))
    for gi, gr in enumerate(groups):
        print(f"\n# group {gi + 1}: truth {gr[0]['truth']} ({len(gr)} records)")
        for x in gr:
            print("  " + " | ".join(x[c] for c in cols[:5]))


if __name__ == "__main__":
    main()
