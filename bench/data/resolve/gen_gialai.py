"""ALL DATA IS SYNTHETIC.  No record describes a real enterprise, person, tax code
(mã số thuế) or telephone number.  Brand names are random combinations of
Vietnamese syllables (a short list of famous real local brands is excluded) or
invented foreign roots; owners' names are random; tax codes are random 10-digit
numbers that merely satisfy the mod-11 check digit; phones are random numbers
inside the public numbering plans.  Place names (provinces, old districts, old and
new communes, industrial parks and clusters) are real or modelled on real ones so
that addresses look like the ones officers type; the old-to-new commune mapping
follows the 2025 reform announcements for Quy Nhơn, An Nhơn, Hoài Nhơn, Tuy Phước
and Pleiku and is approximate elsewhere; park locations are approximate.

gen_gialai: labelled test data for entity resolution
======================================================
Scenario.  On 1 July 2025 old Gia Lai and old Bình Định became the new Gia Lai
province (capital Quy Nhơn); districts were abolished and communes merged and
renamed.  The new Department of Industry and Trade (Sở Công Thương) builds one
register of supporting-industry (CNHT) and processing enterprises: wood and
furniture export around Quy Nhơn (veneer, hardware, glue, paint, packaging,
cushions), granite, building materials, seafood processing and its suppliers
(ice, cartons, cold storage), coffee / pepper / cassava processing and
agricultural machinery in the highlands (Pleiku, An Khê, Chư Sê...), mechanical
workshops, wind / solar O&M contractors.  The officer received ten lists.

Sources (id prefix; approximate share of records at n = 100,000; habits)
-----------------------------------------------------------------------------
THUE  Provincial tax extract, 08/2025 (~25%).  Registered names in CAPITALS
      with diacritics, official legal-form wording (often the long form "CÔNG TY
      TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN"); MST on ~every row; dependent branches
      as own rows "CHI NHÁNH ... TẠI ..." with 13-char codes "4101234567-001";
      households under the owner's name with a personal code 8xxxxxxxxx;
      registered address in old units (or auto-converted to the new ones);
      the registered phone is often an accounting service's number.
BQL   Economic-zone / park board investor list (~5%).  Only firms in KCN / KKT;
      FDI under English names; tax column often holds the investment-certificate
      / project code ("GCNĐT số 3521456789", old "352043000123"); lot addresses
      ("Lô B5, KCN Nhơn Hội (Khu A)"); one row per project (investors repeat).
HHGO  Furniture association member directory 2024, English, for buyers (~3%).
      "TAN PHAT WOOD PROCESSING CO., LTD", English addresses in pre-2025 units,
      +84 phones, sometimes the association office's number; few tax codes.
NMUA  European importer's approved-factory list 2025 (~1%).  English names with
      "Factory 2" / "Plant 2", audit / FSC certificate codes in the tax column.
SCTGL Old Gia Lai DOIT lists 2014-2024 (~9%).  Old districts ("huyện Chư Sê",
      "TX An Khê"), 059 landlines before 2017, 11-digit 016x/012x mobiles before
      2018, names and addresses damaged by legacy encodings ("?" for lost
      letters, VNI-Windows, UTF-8 read as cp1252); repeated rows across years.
SCTBD Old Bình Định DOIT CNHT survey 2019-2022 (~11%).  "Cty TNHH", brand-first
      names, old units ("P. Trần Quang Diệu, TP Quy Nhơn"), spaced or mistyped
      codes, Excel-dropped leading zeros, now and then another firm's code.
TK    Statistics enterprise survey 2024 (~20%).  Official names cut at 50
      characters, codes through Excel (leading zero lost, "4.10123E+09"),
      addresses as "street - commune - district" columns, phones without 0.
HQ    Customs exporters 2024 (~5%).  CAPITALS WITHOUT DIACRITICS or the English
      name; MST nearly always; firms whose head office is in HCMC / Đà Nẵng
      appear here at the head office (its own address, code without "-001").
KC    Khuyến công beneficiaries 2019-2025 (~9%).  Households and micro firms,
      often the owner's name ("Hộ ông Ksor Dơk", "Nguyễn Văn Hùng (Cơ sở mộc
      Tân Phát)"), village addresses, mobiles, few codes, 12-digit CCCD numbers.
FORM  Zalo / Google-Form self-registration 09/2025 (~12%).  Typed by the firms:
      lower case without diacritics, "cty tnhh", "dntn", "cp", typos, new units
      or a mix ("p quy nhon bac (tran quang dieu cu)"), mobiles as +84/84/0,
      several phones in a cell, codes with "mst", spaces or transposed digits,
      duplicate submissions, decomposed Unicode (NFD) from some keyboards.

Realistic variation: legal forms in all spellings (Công ty TNHH / Cty TNHH /
TNHH MTV / Công ty trách nhiệm hữu hạn một thành viên / Co., Ltd / Cổ phần / CP
/ CTCP / JSC / DNTN / HTX / hộ kinh doanh); "Thương mại Dịch vụ" swapped to
"Dịch vụ Thương mại", abbreviations (TM, DV, SX, XNK); English vs Vietnamese
names and acronyms; old / new tone placement (Hòa / Hoà); firms that converted
(DNTN -> TNHH, TNHH -> CP), renamed, moved (house -> park lot), closed; head
offices in HCMC / Đà Nẵng with a local branch; owners who changed mobiles.

Hard negatives: popular short trade names ("Tân Phát", "Minh Hưng"...) reused by
unrelated firms and households in other towns (about ten to twelve holders
each on average, whatever n; three-syllable brands get commoner as n grows so
that accidental namesakes stay at a provincial density); family groups of
sister firms with the same brand, the same owner family, a shared phone, often
the same address and near-consecutive tax codes; parent companies and their
subsidiaries (own MST, same brand); namesake places (Nhơn Hòa park in An Nhơn
vs Nhơn Hòa cluster in Chư Pưh; Tây Sơn, Ngô Mây, Đống Đa, An Phú wards in
several towns); accounting services and the association office whose numbers
appear for many firms.

Truth rule
----------
truth identifies the LEGAL PERSON.  One enterprise tax code (10 digits) = one
truth.  Dependent branches, factories, plants and representative offices that
carry the parent's code with a suffix ("-001", "-002") or are listed as
"Factory 2" belong to the parent's truth, even when the branch sits in another
town and the parent's head office is in HCMC or Đà Nẵng.  Subsidiaries, sister
firms and other companies with their own 10-digit code are different truths,
however similar their names.  A firm that converted (DNTN -> TNHH, TNHH -> CP;
the code is kept) or renamed is the same truth.  A household business (hộ kinh
doanh) is one truth per owner and business place.

Codes, phones
-------------
Tax codes: 10 digits N1..N10; N1N2 province (41 old Bình Định, 59 old Gia Lai,
03 HCMC, 04 Đà Nẵng; 8x personal codes of household owners); N10 = 10 - (sum of
N1..N9 weighted 31,29,23,19,17,13,7,5,3) mod 11.  That value is 0..10; a result
of 10 has no digit, so such 9-digit stems are never issued and are redrawn here
(no 11 arises with this form; under the equivalent "11 - r" form 10 and 11
would be the invalid cases).  Branch codes add "-001".."-00k".  Mistyped codes
usually fail the check.  Phones: landlines 0256 (old 056) Bình Định, 0269 (old
059) Gia Lai, 028 (old 08) HCMC, 0236 (old 0511) Đà Nẵng, area codes changed in
2017; mobiles 10 digits (Viettel 03x/086/09x, Mobifone 07x/089/090/093,
Vinaphone 08x/091/094, Vietnamobile 056/058); before the 2018 change old lists
show the 11-digit forms (0162.., 0120.., 0123.., 0186..).

Shape (n = 100,000, seed 0): ~53,000 entities, 1.87 records per entity, ~54%
singletons, ~23% with 2, ~12% with 3, ~10% with 4-6, a few with 7-12 (large
exporters with branches, several projects and factories); the tax column is
filled on ~74% of rows (~66% hold a check-valid enterprise code, the rest
certificate / audit / CCCD numbers, Excel damage and typos); a phone on ~66%.
Entity mix: ~54% companies, 26% households, 7% DNTN, 3% HTX, 4% FDI, 6% head
office outside the province.  A record's id is "<SOURCE>-<row number>".

Use: records(n, seed) -> list of n dicts with keys id, name, tax_code, address,
phone, truth (all str), shuffled.  Standard library only, deterministic for
(n, seed); n = 1,000,000 takes ~40 s and ~1 GB (mostly the result itself).
python gen_gialai.py 200 --show 30 prints statistics and sample rows
(--group shows whole entities, --json dumps the rows).
"""
from __future__ import annotations

import bisect
import random
import re
import sys
import time
import unicodedata

__all__ = ["records", "main", "mst_check_digit"]

# =============================================================== text helpers
_VN = ("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
       "ùúủũụưừứửữựỳýỷỹỵđ")


def _build_strip():
    table = {}
    for c in _VN + _VN.upper():
        if c == "đ":
            table[ord(c)] = "d"
        elif c == "Đ":
            table[ord(c)] = "D"
        else:
            table[ord(c)] = unicodedata.normalize("NFD", c)[0]
    table.update({ord("ø"): "o", ord("Ø"): "O", ord("å"): "a", ord("Å"): "A",
                  ord("æ"): "ae", ord("Æ"): "AE"})
    return table


_STRIP = _build_strip()


def nodia(s: str) -> str:
    """Remove Vietnamese diacritics (and a few Nordic letters)."""
    return s.translate(_STRIP)


def title_words(s: str) -> str:
    """Capitalise every word, as in 'Chế Biến Gỗ' (common in Vietnamese files)."""
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


_FAMILIES = ["aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
             "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"]
_FAM_OF = {}
for _f in _FAMILIES:
    for _c in _f:
        _FAM_OF[_c] = _f
        _FAM_OF[_c.upper()] = _f.upper()


def typo(s: str, rng: random.Random) -> str:
    """One realistic keying error: drop, swap, double, wrong tone, lost space."""
    n = len(s)
    if n < 6:
        return s
    op = rng.random()
    i = rng.randrange(2, n - 1)
    if s[i] == " " or s[i - 1] == " ":
        i = max(2, i - 2)
    if op < 0.22:
        return s[:i] + s[i + 1:]
    if op < 0.42:
        return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]
    if op < 0.55:
        return s[:i] + s[i] + s[i:]
    if op < 0.88:
        idx = [k for k, c in enumerate(s) if c in _FAM_OF]
        if idx:
            k = idx[rng.randrange(len(idx))]
            fam = _FAM_OF[s[k]]
            return s[:k] + fam[rng.randrange(len(fam))] + s[k + 1:]
        return s[:i] + s[i + 1:]
    sp = [k for k, c in enumerate(s) if c == " "]
    if sp:
        k = sp[rng.randrange(len(sp))]
        return s[:k] + s[k + 1:]
    return s


_OLD_TONE_RE = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])(?!\w)")
_TONE_MARK = {}
for _f in ("oòóỏõọ", "uùúủũụ"):
    for _k, _c in enumerate(_f[1:]):
        _TONE_MARK[_c] = (_f[0], _k)
        _TONE_MARK[_c.upper()] = (_f[0].upper(), _k)
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}


def _old_tone_sub(m):
    base, k = _TONE_MARK[m.group(1)]
    v = m.group(2)
    tv = _TONED[v.lower()][k]
    return base + (tv.upper() if v.isupper() else tv)


def old_tone(s: str) -> str:
    """Old-style tone placement: Hòa -> Hoà, Thủy -> Thuỷ, khỏe -> khoẻ."""
    return _OLD_TONE_RE.sub(_old_tone_sub, s)


_VNI_TONE = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}
_VNI_PLAIN, _VNI_HAT, _VNI_BREVE, _VNI_I = "ùøûõï", "áàåãä", "éèúüë", "íìæóò"


def vni(s: str) -> str:
    """Render text as VNI-Windows bytes read as Latin-1 ('Coâng ty TNHH')."""
    out = []
    for ch in s:
        if ch == "đ":
            out.append("ñ")
            continue
        if ch == "Đ":
            out.append("Ñ")
            continue
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 1:
            out.append(ch)
            continue
        base, up, shape, tone = d[0], d[0].isupper(), None, None
        for m in d[1:]:
            if m in _VNI_TONE:
                tone = _VNI_TONE[m]
            elif m == "\u0302":
                shape = "hat"
            elif m == "\u0306":
                shape = "breve"
            elif m == "\u031b":
                shape = "horn"
        if shape == "horn":
            out.append({"o": "ô", "u": "ö", "O": "Ô", "U": "Ö"}.get(base, base))
            t = "" if tone is None else _VNI_PLAIN[tone]
        elif shape == "hat":
            out.append(base)
            t = "â" if tone is None else _VNI_HAT[tone]
        elif shape == "breve":
            out.append(base)
            t = "ê" if tone is None else _VNI_BREVE[tone]
        elif base in "iI" and tone is not None:
            t = _VNI_I[tone]
        else:
            out.append(base)
            t = "" if tone is None else _VNI_PLAIN[tone]
        out.append(t.upper() if up else t)
    return "".join(out)


def qmark(s: str) -> str:
    """Saved through an ANSI code page: letters outside cp1252 become '?'."""
    return s.encode("cp1252", "replace").decode("cp1252")


def mojibake(s: str) -> str:
    """UTF-8 bytes read as cp1252: 'CÃ´ng ty'."""
    return s.encode("utf-8").decode("cp1252", "replace")


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def ws_noise(s: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return s + " "
    if r < 0.6:
        return "  " + s if rng.random() < 0.3 else s.replace(" ", "  ", 1)
    if r < 0.8:
        return s.replace(" ", "\u00a0", 1)
    return s + "\t" if rng.random() < 0.2 else " " + s


class WChoice:
    """Weighted choice with a cumulative table (fast for repeated draws)."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum, acc = [], 0.0
        for p in pairs:
            acc += p[1]
            self.cum.append(acc)
        self.tot = acc

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


# =============================================================== tax codes
_MST_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_check_digit(d9: str):
    """Check digit of a 9-digit stem, or None when the stem cannot be issued."""
    r = sum(int(c) * w for c, w in zip(d9, _MST_W, strict=True)) % 11
    c = 10 - r
    return None if c == 10 else c


def _new_mst(rng, prefix, used):
    k = 9 - len(prefix)
    top = 10 ** k
    while True:
        d9 = prefix + str(rng.randrange(top)).zfill(k)
        c = mst_check_digit(d9)
        if c is not None:
            code = d9 + str(c)
            if code not in used:
                used.add(code)
                return code


def _near_mst(rng, base, used):
    """A code issued the same week as `base` (near-consecutive stem)."""
    stem = int(base[:9])
    for _ in range(40):
        d9 = str(stem + rng.randint(-25, 25)).zfill(9)
        if d9[:2] != base[:2]:
            continue
        c = mst_check_digit(d9)
        if c is not None and d9 + str(c) not in used:
            used.add(d9 + str(c))
            return d9 + str(c)
    return _new_mst(rng, base[:4], used)


def digit_typo(code: str, rng) -> str:
    digits = list(code)
    i = rng.randrange(3, min(10, len(digits)) - 1)
    r = rng.random()
    if r < 0.45:
        digits[i], digits[i + 1] = digits[i + 1], digits[i]
        if digits[i] == digits[i + 1]:
            digits[i] = str((int(digits[i]) + 1) % 10)
    elif r < 0.8:
        digits[i] = str((int(digits[i]) + rng.randint(1, 9)) % 10)
    elif r < 0.9:
        del digits[i]
    else:
        digits.insert(i, digits[i])
    return "".join(digits)


def excel_sci(code: str) -> str:
    """A number shown by Excel in a narrow General column: 4.10123E+09."""
    return f"{int(code):.5E}"


# =============================================================== phones
_MOB_PREFIX = WChoice([("086", 4), ("096", 6), ("097", 7), ("098", 6), ("032", 3),
                       ("033", 3), ("034", 3), ("035", 4), ("036", 3), ("037", 3),
                       ("038", 3), ("039", 3), ("089", 2), ("090", 6), ("093", 4),
                       ("070", 1), ("076", 1), ("077", 2), ("078", 1), ("079", 1),
                       ("088", 2), ("091", 5), ("094", 3), ("081", 1), ("082", 1),
                       ("083", 1), ("084", 1), ("085", 1), ("056", 1), ("058", 1)])
_MOB_OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165",
            "036": "0166", "037": "0167", "038": "0168", "039": "0169",
            "070": "0120", "079": "0121", "077": "0122", "076": "0126",
            "078": "0128", "083": "0123", "084": "0124", "085": "0125",
            "081": "0127", "082": "0129", "056": "0186", "058": "0188"}
AREA = {"BD": ("0256", "056", 7), "GL": ("0269", "059", 7),
        "HCM": ("028", "08", 8), "DN": ("0236", "0511", 7)}
_LAND_FIRST = {"BD": "3333336622", "GL": "3333332268", "HCM": "3333662222",
               "DN": "3333662222"}


def new_mobile(rng, used):
    while True:
        m = _MOB_PREFIX(rng) + str(rng.randrange(10_000_000)).zfill(7)
        if m not in used:
            used.add(m)
            return m


def new_land(rng, region, used):
    new, old, k = AREA[region]
    while True:
        first = _LAND_FIRST[region][rng.randrange(10)]
        sub = first + str(rng.randrange(10 ** (k - 1))).zfill(k - 1)
        if (new, sub) not in used:
            used.add((new, sub))
            return ("L", new, old, sub)


def _group(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def fmt_phone(ph, rng, style, old_land=False, old_mob=False):
    """Render a phone.  style: plain dot space paren intl intl_tight 84 lost0
    local (landline without area code)."""
    if isinstance(ph, tuple):
        _, new, old, sub = ph
        area = old if old_land else new
        if style == "plain":
            return area + sub
        if style == "dot":
            return area + "." + sub if rng.random() < 0.6 else \
                area + "." + sub[:4] + "." + sub[4:]
        if style == "space":
            return area + " " + " ".join(_group(sub, (4, 3) if len(sub) == 7 else (4, 4)))
        if style == "paren":
            return "(" + area + ") " + sub
        if style in ("intl", "intl_tight"):
            if style == "intl":
                return "+84 " + area[1:] + " " + " ".join(_group(sub, (4, 3) if len(sub) == 7 else (4, 4)))
            return "+84" + area[1:] + sub
        if style == "84":
            return "84" + area[1:] + sub
        if style == "lost0":
            return area[1:] + sub
        if style == "local":
            return sub if rng.random() < 0.6 else sub[:3] + " " + sub[3:]
        return area + sub
    m = ph
    if old_mob and m[:3] in _MOB_OLD:
        m = _MOB_OLD[m[:3]] + m[3:]
    if style in ("plain", "local"):
        return m
    if style == "dot":
        return ".".join(_group(m, (4, 3, 3) if len(m) == 10 else (5, 3, 3)))
    if style == "space":
        if len(m) == 11:
            return " ".join(_group(m, (5, 3, 3) if rng.random() < 0.7 else (4, 7)))
        return " ".join(_group(m, (4, 3, 3) if rng.random() < 0.7 else (4, 6)))
    if style == "paren":
        return m[:4] + " " + m[4:]
    if style == "intl":
        return "+84 " + " ".join(_group(m[1:], (3, 3, 3) if len(m) == 10 else (3, 3, 4)))
    if style == "intl_tight":
        return "+84" + m[1:]
    if style == "84":
        return "84" + m[1:]
    if style == "lost0":
        return m[1:]
    return m


_SEPS = WChoice([(" - ", 30), (" / ", 20), ("; ", 12), (", ", 12), (" – ", 5), ("/", 8),
                 (" hoặc ", 3), (" -", 5), ("\n", 2)])


def join_phones(parts, rng):
    return _SEPS(rng).join(parts)


# =============================================================== geography
# (district type, district, weight, [(new type, new unit, [(old type, old unit)...])])
_BD = [
    ("TP", "Quy Nhơn", 30, [
        ("P", "Quy Nhơn", [("P", "Hải Cảng"), ("P", "Thị Nại"), ("P", "Trần Phú"), ("P", "Đống Đa")]),
        ("P", "Quy Nhơn Nam", [("P", "Ngô Mây"), ("P", "Nguyễn Văn Cừ"), ("P", "Quang Trung"),
                               ("P", "Ghềnh Ráng")]),
        ("P", "Quy Nhơn Bắc", [("P", "Trần Quang Diệu"), ("P", "Nhơn Phú")]),
        ("P", "Quy Nhơn Tây", [("P", "Bùi Thị Xuân"), ("X", "Phước Mỹ")]),
        ("P", "Quy Nhơn Đông", [("X", "Nhơn Hội"), ("X", "Nhơn Lý"), ("X", "Nhơn Hải"),
                                ("P", "Nhơn Bình")])]),
    ("TX", "An Nhơn", 14, [
        ("P", "Bình Định", [("P", "Bình Định"), ("X", "Nhơn Khánh"), ("X", "Nhơn Phúc")]),
        ("P", "An Nhơn", [("P", "Đập Đá"), ("X", "Nhơn Mỹ"), ("X", "Nhơn Hậu")]),
        ("P", "An Nhơn Đông", [("P", "Nhơn Hưng"), ("X", "Nhơn An")]),
        ("P", "An Nhơn Bắc", [("P", "Nhơn Thành"), ("X", "Nhơn Phong"), ("X", "Nhơn Hạnh")]),
        ("P", "An Nhơn Nam", [("P", "Nhơn Hòa"), ("X", "Nhơn Lộc")]),
        ("X", "An Nhơn Tây", [("X", "Nhơn Tân"), ("X", "Nhơn Thọ")])]),
    ("TX", "Hoài Nhơn", 10, [
        ("P", "Bồng Sơn", [("P", "Bồng Sơn"), ("P", "Hoài Đức")]),
        ("P", "Tam Quan", [("P", "Tam Quan"), ("P", "Tam Quan Bắc")]),
        ("P", "Hoài Nhơn", [("P", "Hoài Thanh Tây"), ("P", "Hoài Thanh")]),
        ("P", "Hoài Nhơn Đông", [("P", "Hoài Hương"), ("X", "Hoài Hải")]),
        ("P", "Hoài Nhơn Tây", [("P", "Hoài Hảo"), ("X", "Hoài Phú")]),
        ("P", "Hoài Nhơn Nam", [("P", "Hoài Tân"), ("P", "Hoài Xuân")]),
        ("P", "Hoài Nhơn Bắc", [("P", "Tam Quan Nam"), ("X", "Hoài Sơn")])]),
    ("H", "Tuy Phước", 12, [
        ("X", "Tuy Phước", [("TT", "Tuy Phước"), ("TT", "Diêu Trì"), ("X", "Phước Thuận"),
                            ("X", "Phước Nghĩa"), ("X", "Phước Lộc")]),
        ("X", "Tuy Phước Đông", [("X", "Phước Sơn"), ("X", "Phước Hòa"), ("X", "Phước Thắng")]),
        ("X", "Tuy Phước Tây", [("X", "Phước An"), ("X", "Phước Thành")]),
        ("X", "Tuy Phước Bắc", [("X", "Phước Hưng"), ("X", "Phước Quang"), ("X", "Phước Hiệp")])]),
    ("H", "Phù Cát", 9, [
        ("X", "Phù Cát", [("TT", "Ngô Mây"), ("X", "Cát Tân"), ("X", "Cát Trinh")]),
        ("X", "Hòa Hội", [("X", "Cát Hanh"), ("X", "Cát Hiệp")]),
        ("X", "Xuân An", [("X", "Cát Nhơn"), ("X", "Cát Hưng")]),
        ("X", "Cát Tiến", [("TT", "Cát Tiến"), ("X", "Cát Chánh")]),
        ("X", "Đề Gi", [("X", "Cát Khánh"), ("X", "Cát Minh")]),
        ("X", "Hội Sơn", [("X", "Cát Sơn"), ("X", "Cát Lâm")])]),
    ("H", "Phù Mỹ", 6, [
        ("X", "Phù Mỹ", [("TT", "Phù Mỹ"), ("X", "Mỹ Quang")]),
        ("X", "Bình Dương", [("TT", "Bình Dương"), ("X", "Mỹ Lợi")]),
        ("X", "An Lương", [("X", "Mỹ Chánh"), ("X", "Mỹ Thành")]),
        ("X", "Phù Mỹ Đông", [("X", "Mỹ An"), ("X", "Mỹ Thọ")]),
        ("X", "Phù Mỹ Tây", [("X", "Mỹ Trinh"), ("X", "Mỹ Hòa")]),
        ("X", "Phù Mỹ Nam", [("X", "Mỹ Tài"), ("X", "Mỹ Cát")])]),
    ("H", "Tây Sơn", 8, [
        ("X", "Tây Sơn", [("TT", "Phú Phong"), ("X", "Tây Xuân")]),
        ("X", "Bình Khê", [("X", "Bình Tường"), ("X", "Tây Vinh")]),
        ("X", "Bình Phú", [("X", "Bình Phú"), ("X", "Bình Thuận")]),
        ("X", "Bình Hiệp", [("X", "Bình Hòa"), ("X", "Bình Tân")]),
        ("X", "Bình An", [("X", "Tây An"), ("X", "Bình Nghi")])]),
    ("H", "Hoài Ân", 3, [
        ("X", "Hoài Ân", [("TT", "Tăng Bạt Hổ"), ("X", "Ân Phong")]),
        ("X", "Ân Hảo", [("X", "Ân Hảo Đông"), ("X", "Ân Hảo Tây")]),
        ("X", "Ân Tường", [("X", "Ân Tường Tây"), ("X", "Ân Tường Đông")])]),
    ("H", "Vân Canh", 2, [
        ("X", "Vân Canh", [("TT", "Vân Canh"), ("X", "Canh Hiển")]),
        ("X", "Canh Vinh", [("X", "Canh Vinh"), ("X", "Canh Hiệp")])]),
    ("H", "Vĩnh Thạnh", 2, [
        ("X", "Vĩnh Thạnh", [("TT", "Vĩnh Thạnh"), ("X", "Vĩnh Hảo")]),
        ("X", "Vĩnh Quang", [("X", "Vĩnh Quang"), ("X", "Vĩnh Thịnh")])]),
    ("H", "An Lão", 1, [
        ("X", "An Lão", [("TT", "An Lão"), ("X", "An Tân")]),
        ("X", "An Hòa", [("X", "An Hòa"), ("X", "An Quang")])]),
]
_GL = [
    ("TP", "Pleiku", 38, [
        ("P", "Pleiku", [("P", "Tây Sơn"), ("P", "Hội Thương"), ("P", "Hoa Lư"), ("P", "Phù Đổng"),
                         ("X", "Trà Đa")]),
        ("P", "Thống Nhất", [("P", "Yên Thế"), ("P", "Đống Đa"), ("P", "Thống Nhất")]),
        ("P", "Diên Hồng", [("P", "Yên Đỗ"), ("P", "Diên Hồng"), ("P", "Ia Kring"), ("X", "Diên Phú")]),
        ("P", "Hội Phú", [("P", "Trà Bá"), ("P", "Hội Phú"), ("P", "Chi Lăng")]),
        ("P", "An Phú", [("P", "Thắng Lợi"), ("X", "Chư Á"), ("X", "An Phú")]),
        ("X", "Biển Hồ", [("X", "Biển Hồ"), ("X", "Tân Sơn")]),
        ("X", "Gào", [("X", "Gào"), ("X", "Ia Kênh")])]),
    ("TX", "An Khê", 10, [
        ("P", "An Khê", [("P", "An Phú"), ("P", "An Phước"), ("P", "Tây Sơn"), ("P", "An Tân")]),
        ("P", "An Bình", [("P", "An Bình"), ("P", "Ngô Mây"), ("X", "Thành An"), ("X", "Song An")]),
        ("X", "Cửu An", [("X", "Cửu An"), ("X", "Tú An"), ("X", "Xuân An")])]),
    ("TX", "Ayun Pa", 4, [
        ("P", "Ayun Pa", [("P", "Cheo Reo"), ("P", "Hòa Bình"), ("P", "Đoàn Kết"), ("P", "Sông Bờ")]),
        ("X", "Ia Rbol", [("X", "Ia Rbol"), ("X", "Chư Băh")])]),
    ("H", "Chư Sê", 8, [
        ("X", "Chư Sê", [("TT", "Chư Sê"), ("X", "Dun"), ("X", "Ia Blang")]),
        ("X", "Bờ Ngoong", [("X", "Bờ Ngoong"), ("X", "Ia Tiêm"), ("X", "Chư Pơng")]),
        ("X", "Ia Ko", [("X", "Ia Ko"), ("X", "Ia Hlốp")]),
        ("X", "Al Bá", [("X", "Al Bá"), ("X", "Kông Htok"), ("X", "Ayun")])]),
    ("H", "Chư Prông", 5, [
        ("X", "Chư Prông", [("TT", "Chư Prông"), ("X", "Ia Drang"), ("X", "Ia Phìn")]),
        ("X", "Bàu Cạn", [("X", "Bàu Cạn"), ("X", "Thăng Hưng"), ("X", "Bình Giáo")]),
        ("X", "Ia Pia", [("X", "Ia Pia"), ("X", "Ia Ga")])]),
    ("H", "Chư Păh", 5, [
        ("X", "Chư Păh", [("TT", "Phú Hòa"), ("X", "Hòa Phú"), ("X", "Nghĩa Hòa")]),
        ("X", "Ia Ly", [("TT", "Ia Ly"), ("X", "Ia Mơ Nông")]),
        ("X", "Ia Khươl", [("X", "Ia Khươl"), ("X", "Hà Tây")])]),
    ("H", "Ia Grai", 5, [
        ("X", "Ia Grai", [("TT", "Ia Kha"), ("X", "Ia Bă"), ("X", "Ia Grăng")]),
        ("X", "Ia Hrung", [("X", "Ia Hrung"), ("X", "Ia Sao"), ("X", "Ia Dêr")]),
        ("X", "Ia Chia", [("X", "Ia Chia"), ("X", "Ia O")])]),
    ("H", "Đak Đoa", 5, [
        ("X", "Đak Đoa", [("TT", "Đak Đoa"), ("X", "Tân Bình"), ("X", "Glar")]),
        ("X", "Kon Gang", [("X", "Kon Gang"), ("X", "Nam Yang")]),
        ("X", "Ia Băng", [("X", "Ia Băng"), ("X", "A Dơk")])]),
    ("H", "Mang Yang", 3, [
        ("X", "Mang Yang", [("TT", "Kon Dơng"), ("X", "Đak Yă"), ("X", "Đak Djrăng")]),
        ("X", "Ayun", [("X", "Ayun"), ("X", "Đak Jơ Ta")])]),
    ("H", "Đak Pơ", 3, [
        ("X", "Đak Pơ", [("TT", "Đak Pơ"), ("X", "Tân An"), ("X", "Cư An")])]),
    ("H", "Kbang", 3, [
        ("X", "Kbang", [("TT", "Kbang"), ("X", "Lơ Ku"), ("X", "Đăk Smar")]),
        ("X", "Sơn Lang", [("X", "Sơn Lang"), ("X", "Đak Rong")])]),
    ("H", "Chư Pưh", 3, [
        ("X", "Chư Pưh", [("TT", "Nhơn Hòa"), ("X", "Ia Hrú"), ("X", "Ia Phang")]),
        ("X", "Ia Le", [("X", "Ia Le"), ("X", "Ia Blứ")])]),
    ("H", "Đức Cơ", 3, [
        ("X", "Đức Cơ", [("TT", "Chư Ty"), ("X", "Ia Kriêng"), ("X", "Ia Dơk")]),
        ("X", "Ia Dom", [("X", "Ia Dom"), ("X", "Ia Nan")])]),
    ("H", "Krông Pa", 2, [
        ("X", "Phú Túc", [("TT", "Phú Túc"), ("X", "Ia Rsai")])]),
    ("H", "Phú Thiện", 2, [
        ("X", "Phú Thiện", [("TT", "Phú Thiện"), ("X", "Ia Sol"), ("X", "Ia Peng")])]),
    ("H", "Kông Chro", 1, [
        ("X", "Kông Chro", [("TT", "Kông Chro"), ("X", "Yang Trung")])]),
]
OLD_PROV = {"BD": "Bình Định", "GL": "Gia Lai"}
NEW_PROV = "Gia Lai"


class Commune:
    __slots__ = ("region", "dtype", "dname", "otype", "oname", "ntype", "nname", "urban")

    def __init__(self, region, dtype, dname, otype, oname, ntype, nname):
        self.region, self.dtype, self.dname = region, dtype, dname
        self.otype, self.oname, self.ntype, self.nname = otype, oname, ntype, nname
        self.urban = otype in ("P", "TT")


def _build_geo():
    pick, index = {}, {}
    for region, table in (("BD", _BD), ("GL", _GL)):
        dists = []
        for dtype, dname, w, units in table:
            cs = []
            for ntype, nname, olds in units:
                for otype, oname in olds:
                    c = Commune(region, dtype, dname, otype, oname, ntype, nname)
                    cs.append(c)
                    index[(dname, oname)] = c
            dists.append((cs, w))
        pick[region] = WChoice(dists)
    return pick, index


_DIST_PICK, _COMMUNE = _build_geo()

# (code, kind, Vietnamese name, English name, region, district, old commune, weight, from)
_PARKS = [
    ("PT", "KCN", "Phú Tài", "Phu Tai", "BD", "Quy Nhơn", "Trần Quang Diệu", 10, 1998),
    ("LM", "KCN", "Long Mỹ", "Long My", "BD", "Quy Nhơn", "Phước Mỹ", 5, 2004),
    ("NHOA", "KCN", "Nhơn Hòa", "Nhon Hoa", "BD", "An Nhơn", "Nhơn Hòa", 6, 2006),
    ("NHA", "KKT", "Nhơn Hội (Khu A)", "Nhon Hoi (Zone A)", "BD", "Quy Nhơn", "Nhơn Hội", 4, 2008),
    ("NHB", "KKT", "Nhơn Hội (Khu B)", "Nhon Hoi (Zone B)", "BD", "Tuy Phước", "Phước Sơn", 2, 2012),
    ("NHC", "KKT", "Nhơn Hội (Khu C)", "Nhon Hoi (Zone C)", "BD", "Tuy Phước", "Phước Thắng", 1, 2018),
    ("VSIP", "KCN", "Becamex VSIP Bình Định", "Becamex VSIP Binh Dinh", "BD", "Tuy Phước",
     "Phước Hòa", 2, 2020),
    ("HH", "KCN", "Hòa Hội", "Hoa Hoi", "BD", "Phù Cát", "Cát Hanh", 2, 2014),
    ("TD", "KCN", "Trà Đa", "Tra Da", "GL", "Pleiku", "Trà Đa", 7, 2000),
    ("NPK", "KCN", "Nam Pleiku", "Nam Pleiku", "GL", "Chư Prông", "Bàu Cạn", 1, 2019),
    ("TPK", "KCN", "Tây Pleiku", "Tay Pleiku", "GL", "Ia Grai", "Ia Dêr", 1, 2019),
    ("NB", "CCN", "Nhơn Bình", "Nhon Binh", "BD", "Quy Nhơn", "Nhơn Bình", 4, 2003),
    ("QT", "CCN", "Quang Trung", "Quang Trung", "BD", "Quy Nhơn", "Quang Trung", 2, 2002),
    ("TQ", "CCN", "Tam Quan", "Tam Quan", "BD", "Hoài Nhơn", "Tam Quan", 3, 2006),
    ("BS", "CCN", "Bồng Sơn", "Bong Son", "BD", "Hoài Nhơn", "Bồng Sơn", 2, 2008),
    ("DT", "CCN", "Diêu Trì", "Dieu Tri", "BD", "Tuy Phước", "Diêu Trì", 3, 2005),
    ("PA", "CCN", "Phước An", "Phuoc An", "BD", "Tuy Phước", "Phước An", 2, 2010),
    ("CN", "CCN", "Cát Nhơn", "Cat Nhon", "BD", "Phù Cát", "Cát Nhơn", 2, 2010),
    ("GDT", "CCN", "Gò Đá Trắng", "Go Da Trang", "BD", "Phù Cát", "Cát Hiệp", 1, 2012),
    ("BDU", "CCN", "Bình Dương", "Binh Duong", "BD", "Phù Mỹ", "Bình Dương", 1, 2009),
    ("TX", "CCN", "Tây Xuân", "Tay Xuan", "BD", "Tây Sơn", "Tây Xuân", 2, 2008),
    ("NT", "CCN", "Nhơn Tân", "Nhon Tan", "BD", "An Nhơn", "Nhơn Tân", 2, 2012),
    ("HB", "CCN", "Hòa Bình", "Hoa Binh", "GL", "An Khê", "An Bình", 2, 2010),
    ("IG", "CCN", "Ia Grai", "Ia Grai", "GL", "Ia Grai", "Ia Kha", 1, 2012),
    ("DP", "CCN", "Diên Phú", "Dien Phu", "GL", "Pleiku", "Diên Phú", 2, 2010),
    ("CS", "CCN", "Chư Sê", "Chu Se", "GL", "Chư Sê", "Chư Sê", 1, 2014),
    ("TA", "CCN", "Tân An", "Tan An", "GL", "Đak Pơ", "Tân An", 1, 2015),
    ("CPH", "CCN", "Nhơn Hòa", "Nhon Hoa", "GL", "Chư Pưh", "Nhơn Hòa", 1, 2016),
    ("DD", "CCN", "Đak Đoa", "Dak Doa", "GL", "Đak Đoa", "Đak Đoa", 1, 2016),
]


class Park:
    __slots__ = ("code", "kind", "vn", "en", "region", "commune", "since")

    def __init__(self, code, kind, vn, en, region, dname, oname, since):
        self.code, self.kind, self.vn, self.en, self.region = code, kind, vn, en, region
        self.commune, self.since = _COMMUNE[(dname, oname)], since


def _build_parks():
    out = {}
    for region in ("BD", "GL"):
        for kinds in (("KCN", "KKT"), ("CCN",)):
            pairs = [(Park(c, k, v, e, r, d, o, s), w) for c, k, v, e, r, d, o, w, s in _PARKS
                     if r == region and k in kinds]
            out[(region, kinds[0])] = WChoice(pairs)
    return out


_PARK_PICK = _build_parks()

_STREETS = ["Trần Hưng Đạo", "Lê Lợi", "Quang Trung", "Nguyễn Huệ", "Hùng Vương", "Lê Duẩn",
            "Nguyễn Tất Thành", "Phạm Văn Đồng", "Trường Chinh", "Hai Bà Trưng", "Tây Sơn",
            "Nguyễn Thái Học", "Điện Biên Phủ", "Lý Thường Kiệt", "Võ Thị Sáu", "Nguyễn Văn Linh",
            "Lê Thánh Tông", "Phan Đình Phùng", "Ngô Mây", "Bạch Đằng", "Trần Phú", "Nguyễn Trãi",
            "Lê Hồng Phong", "Tôn Đức Thắng", "Hoàng Văn Thụ", "Cách Mạng Tháng Tám", "Lê Lai",
            "An Dương Vương", "Nguyễn Du", "Phan Bội Châu", "Võ Nguyên Giáp", "Ngô Quyền",
            "Lý Thái Tổ", "Nguyễn Chí Thanh", "Trần Nhân Tông", "Đinh Tiên Hoàng", "Mạc Đĩnh Chi"]
_STREETS_BD = ["Đào Tấn", "Xuân Diệu", "Tăng Bạt Hổ", "Hoàng Quốc Việt", "Nguyễn Diêu",
               "Lạc Long Quân", "Chế Lan Viên"]
_STREETS_GL = ["Wừu", "Lê Thánh Tôn", "Phạm Hùng", "Sư Vạn Hạnh", "Hàm Nghi", "Tô Vĩnh Diện",
               "Nơ Trang Long"]
_HIGHWAY = {"BD": ["QL1A", "QL19", "QL19B", "QL1D", "ĐT636", "ĐT639"],
            "GL": ["QL14", "QL19", "QL25", "QL14C", "Đường Hồ Chí Minh"]}
_HAMLET_BD = ["Phú Mỹ", "Vĩnh Lợi", "Trung Lương", "An Hòa", "Phú Hiệp", "Lộc Thượng", "Đại An",
              "Tân Đức", "Quảng Tín", "Vạn Thuận", "Hòa Lạc", "Kim Châu", "Chánh Thạnh",
              "Thuận Đạo", "Mỹ Trang", "Lương Thiện", "Hữu Lộc", "Bình Thạnh", "Xuân Quang"]
_PLEI = ["Ring", "Bông", "Kte", "Ngol", "Đôn", "Klăh", "Grông", "Chuet", "Tơ Nher", "Op", "Ia Rơ",
         "Bờ Ghe", "Kép", "Rơ Wai", "Thơ Ga"]
_KON = ["Kơ Nia", "Brông", "Sơ Lăl", "Jơ Dri", "Hra", "Mơ Năng"]

# HQ addresses outside the province: (old district, old ward, new ward)
_EXT_ADDR = {
    "HCM": [("Quận 7", "Tân Phong", "Tân Mỹ"), ("Quận 1", "Bến Nghé", "Sài Gòn"),
            ("Quận Bình Thạnh", "Phường 25", "Thạnh Mỹ Tây"), ("Quận Tân Bình", "Phường 2",
                                                               "Tân Sơn Nhất"),
            ("Quận 3", "Võ Thị Sáu", "Xuân Hòa"), ("Thành phố Thủ Đức", "An Phú", "An Khánh"),
            ("Quận Gò Vấp", "Phường 5", "Hạnh Thông"), ("Quận 12", "Tân Thới Hiệp",
                                                        "Tân Thới Hiệp")],
    "DN": [("Quận Hải Châu", "Hòa Cường Bắc", "Hòa Cường"), ("Quận Sơn Trà", "An Hải Bắc", "An Hải"),
           ("Quận Liên Chiểu", "Hòa Khánh Bắc", "Hòa Khánh"), ("Quận Thanh Khê", "Thạc Gián",
                                                               "Thanh Khê"),
           ("Quận Cẩm Lệ", "Hòa Thọ Đông", "Cẩm Lệ")]}
_EXT_STREETS = {"HCM": ["Nguyễn Văn Linh", "Điện Biên Phủ", "Cộng Hòa", "Nguyễn Thị Minh Khai",
                        "Võ Văn Kiệt", "Phạm Văn Đồng", "Nguyễn Hữu Thọ", "Hoàng Văn Thụ"],
                "DN": ["Nguyễn Văn Linh", "Điện Biên Phủ", "Ngô Quyền", "Nguyễn Hữu Thọ",
                       "Tôn Đức Thắng", "Hàm Nghi"]}
_EXT_CITY = {"HCM": ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "TP.HCM"),
             "DN": ("TP Đà Nẵng", "Thành phố Đà Nẵng", "Da Nang City", "TP.ĐN")}


class Addr:
    __slots__ = ("k", "region", "park", "lot", "no", "street", "hamlet", "c", "ext")

    def __init__(self, k, region, c=None, park=None, lot="", no="", street="", hamlet="",
                 ext=None):
        self.k, self.region, self.c, self.park, self.lot = k, region, c, park, lot
        self.no, self.street, self.hamlet, self.ext = no, street, hamlet, ext


def _lot(rng, park):
    if park.code == "VSIP":
        return f"CN{rng.randint(1, 9)}-{rng.randint(1, 30):02d}"
    if park.kind == "CCN":
        return str(rng.randint(1, 48)) if rng.random() < 0.5 else \
            "ABCDE"[rng.randrange(5)] + str(rng.randint(1, 15))
    s = "ABCDEFG"[rng.randrange(4 if park.kind == "KCN" else 7)] + str(rng.randint(1, 24))
    if rng.random() < 0.12:
        s += "-" + str(rng.randint(1, 6))
    return s


def make_addr(rng, region, kind="auto", near=None):
    """kind: park (KCN/KKT), ccn, town, auto."""
    if kind in ("park", "ccn"):
        park = _PARK_PICK[(region, "KCN" if kind == "park" else "CCN")](rng)
        return Addr("park", region, park.commune, park=park, lot=_lot(rng, park))
    if near is not None and rng.random() < 0.7:
        c = near
    else:
        cs = _DIST_PICK[region](rng)
        c = cs[rng.randrange(len(cs))]
    r = rng.random()
    if c.urban and r < 0.78 or not c.urban and r < 0.12:
        streets = _STREETS + (_STREETS_BD if region == "BD" else _STREETS_GL)
        no = str(int(1 + 400 * rng.random() ** 2))
        if rng.random() < 0.12:
            no += "/" + str(rng.randint(1, 30))
        elif rng.random() < 0.06:
            no += "ABC"[rng.randrange(3)]
        hamlet = ""
        if rng.random() < 0.3:
            hamlet = ("Tổ %d" if region == "GL" or rng.random() < 0.5 else "Khu vực %d") % \
                rng.randint(1, 15)
        return Addr("street", region, c, no=no, street=streets[rng.randrange(len(streets))],
                    hamlet=hamlet)
    if r < 0.3:
        hw = _HIGHWAY[region]
        return Addr("road", region, c, no=str(rng.randint(1, 250)),
                    street=hw[rng.randrange(len(hw))])
    if c.urban:
        q = rng.random()
        if region == "BD" and c.dtype == "TP" and q < 0.5:
            h = ("Khu vực %d" if rng.random() < 0.7 else "KV%d") % rng.randint(1, 12)
        else:
            h = ("Tổ %d" if q < 0.75 else "Tổ dân phố %d") % rng.randint(1, 18)
    elif region == "GL":
        q = rng.random()
        if q < 0.5:
            h = f"Thôn {rng.randint(1, 12)}"
        elif q < 0.8:
            h = "Làng Plei " + _PLEI[rng.randrange(len(_PLEI))]
        elif q < 0.9:
            h = "Làng Kon " + _KON[rng.randrange(len(_KON))]
        else:
            h = f"Tổ {rng.randint(1, 9)}"
    else:
        h = "Thôn " + _HAMLET_BD[rng.randrange(len(_HAMLET_BD))]
        if rng.random() < 0.35:
            h += " " + str(rng.randint(1, 3))
    return Addr("village", region, c, hamlet=h)


def make_ext_addr(rng, city):
    d, w, nw = _EXT_ADDR[city][rng.randrange(len(_EXT_ADDR[city]))]
    st = _EXT_STREETS[city]
    return Addr("ext", city, no=str(rng.randint(1, 600)), street=st[rng.randrange(len(st))],
                ext=(d, w, nw))


_UNIT = {"P": ("phường", "Phường", "P.", "Ward"), "X": ("xã", "Xã", "X.", "Commune"),
         "TT": ("thị trấn", "Thị trấn", "TT.", "Town"), "TP": ("thành phố", "Thành phố", "TP.", "City"),
         "TX": ("thị xã", "Thị xã", "TX.", "Town"), "H": ("huyện", "Huyện", "H.", "District")}
_PARKWORD = {"KCN": (("KCN", 6), ("Khu công nghiệp", 3), ("Khu CN", 1)),
             "KKT": (("KCN", 6), ("Khu công nghiệp", 3), ("Khu CN", 1)),
             "CCN": (("CCN", 6), ("Cụm công nghiệp", 3), ("Cụm CN", 1), ("CCN-TTCN", 1))}
_PW = {k: WChoice(v) for k, v in _PARKWORD.items()}
_CITY_SHORT = {"Quy Nhơn": ("QN", "Q.Nhơn", "Quy Nhơn"), "Pleiku": ("PK", "Pleiku", "Pleiku")}


def _abbr_unit(t, name, rng):
    a = _UNIT[t][2]
    if t == "TP" and rng.random() < 0.3:
        a = "Tp"
    elif t == "TP" and rng.random() < 0.3:
        a = "TP"
    return a + ("" if rng.random() < 0.45 else " ") + name


def _street_part(a, rng, en=False):
    if a.k == "park":
        p = a.park
        if en:
            kw = {"KCN": ("Industrial Park", "IP", "Industrial Zone", "Ind. Zone"),
                  "KKT": ("Industrial Park", "IP", "Economic Zone"),
                  "CCN": ("Industrial Cluster", "Industrial Complex", "IC")}[p.kind]
            s = p.en + " " + kw[rng.randrange(len(kw))]
            if rng.random() < 0.8:
                s = "Lot " + a.lot + ", " + s
            return s
        pw = _PW[p.kind](rng)
        r = rng.random()
        if r < 0.55:
            s = "Lô " + a.lot + ", " + pw + " " + p.vn
        elif r < 0.75:
            s = "Lô " + a.lot + " " + pw + " " + p.vn
        elif r < 0.85:
            s = ("Lô số " if rng.random() < 0.5 else "Lô ") + a.lot + " - " + pw + " " + p.vn
        else:
            s = pw + " " + p.vn
        if p.kind == "KKT" and rng.random() < 0.35:
            s += ", KKT Nhơn Hội"
        return s
    if a.k == "village":
        h = a.hamlet
        if en:
            h = nodia(h)
            for vi in ("Thon ", "Lang ", "To dan pho ", "To ", "Khu vuc ", "KV"):
                if h.startswith(vi):
                    rest = h[len(vi):]
                    if vi in ("Thon ", "Lang "):
                        return "Village " + rest if rest.isdigit() else rest + " Village"
                    return ("Group " if vi.startswith("To") else "Area ") + rest
            return h
        return h
    if a.k == "road":
        if en:
            return "Km {}, {}".format(a.no, nodia(a.street).replace("QL", "National Road "))
        r = rng.random()
        if r < 0.5:
            return f"Km {a.no}, {a.street}"
        if r < 0.8:
            return "Km{} {}".format(a.no, a.street.replace("QL", "Quốc lộ "))
        return f"Km {a.no}+{rng.randint(100, 900)} {a.street}"
    # street / ext
    if en:
        return f"{a.no} {nodia(a.street)} Street" if rng.random() < 0.6 else \
            f"No. {a.no}, {nodia(a.street)} St."
    r = rng.random()
    if r < 0.5:
        s = a.no + " " + a.street
    elif r < 0.75:
        s = "Số " + a.no + " " + a.street
    elif r < 0.9:
        s = a.no + " đường " + a.street
    else:
        s = "Số " + a.no + ", đường " + a.street
    if a.hamlet:
        s += ", " + a.hamlet
    return s


def render_addr(a: Addr, rng, style: str) -> str:
    """style: off_old, off_new, short_old, short_new, mixed, en_old, en_new,
    stats, lot."""
    sp = _street_part(a, rng, en=style.startswith("en"))
    if a.k == "ext":
        d, w, nw = a.ext
        city = _EXT_CITY[a.region]
        if style in ("off_new", "short_new", "mixed", "en_new"):
            if style == "en_new":
                return f"{sp}, {nodia(nw)} Ward, {city[2]}, Vietnam"
            return "{}, phường {}, {}".format(sp, nw, city[0 if style != "off_new" else 1])
        if style.startswith("en"):
            return "{}, {} Ward, {}, {}".format(sp, nodia(w), nodia(d).replace("Quan ", "District "),
                                            city[2])
        ww = w if w.startswith("Phường") else "Phường " + w
        if style in ("short_old",):
            return "{}, {}, {}, {}".format(sp, ww.replace("Phường ", "P."), d.replace("Quận ", "Q."),
                                       city[3])
        return "{}, {}, {}, {}".format(sp, ww, d, city[1 if style == "off_old" else 0])
    c = a.c
    if style == "lot":
        if a.k == "park":
            return sp if rng.random() < 0.7 else sp + ", " + _abbr_unit(c.dtype, c.dname, rng)
        style = "short_old"
    if style == "off_old":
        cap = 1 if rng.random() < 0.55 else 0
        return "{}, {} {}, {} {}, {} {}".format(sp, _UNIT[c.otype][cap], c.oname,
                                            _UNIT[c.dtype][cap], c.dname,
                                            "Tỉnh" if cap else "tỉnh", OLD_PROV[c.region])
    if style == "off_new":
        cap = 1 if rng.random() < 0.55 else 0
        return "{}, {} {}, {} {}".format(sp, _UNIT[c.ntype][cap], c.nname, "Tỉnh" if cap else "tỉnh",
                                     NEW_PROV)
    if style == "short_old":
        r = rng.random()
        if r < 0.15 and c.dname in _CITY_SHORT:
            s = f"{sp}, {_CITY_SHORT[c.dname][rng.randrange(3)]}"
        elif r < 0.3 and a.k == "park":
            s = f"{sp}, {_abbr_unit(c.dtype, c.dname, rng)}"
        elif r < 0.45:
            s = f"{sp}, {c.oname}, {c.dname}"
        else:
            s = f"{sp}, {_abbr_unit(c.otype, c.oname, rng)}, {_abbr_unit(c.dtype, c.dname, rng)}"
        q = rng.random()
        if q < 0.3:
            s += ", " + OLD_PROV[c.region]
        elif q < 0.4:
            s += ", " + ("BĐ" if c.region == "BD" else "GL")
        return s
    if style == "short_new":
        s = f"{sp}, {_abbr_unit(c.ntype, c.nname, rng)}"
        return s + (", Gia Lai" if rng.random() < 0.6 else "")
    if style == "mixed":
        r = rng.random()
        if r < 0.35:
            return f"{sp}, {_UNIT[c.ntype][0]} {c.nname}, {c.dname}, Gia Lai"
        if r < 0.7:
            return f"{sp}, {_UNIT[c.ntype][0]} {c.nname} ({_UNIT[c.otype][0]} {c.oname} cũ), Gia Lai"
        old_u = _abbr_unit(c.otype, c.oname, rng)
        dist = _abbr_unit(c.dtype, c.dname, rng)
        return f"{sp}, {old_u} (nay là {_UNIT[c.ntype][0]} {c.nname}), {dist}, tỉnh Gia Lai"
    if style == "en_old":
        s = (f"{sp}, {nodia(c.oname)} {_UNIT[c.otype][3]}, {nodia(c.dname)} {_UNIT[c.dtype][3]}, "
             f"{nodia(OLD_PROV[c.region])} Province")
        if rng.random() < 0.3:
            s = f"{sp}, {nodia(c.dname)} {_UNIT[c.dtype][3]}, {nodia(OLD_PROV[c.region])} Province"
        return s + (", Vietnam" if rng.random() < 0.7 else "")
    if style == "en_new":
        return f"{sp}, {nodia(c.nname)} {_UNIT[c.ntype][3]}, Gia Lai Province, Vietnam"
    if style == "stats":
        return f"{sp} - {_UNIT[c.otype][1]} {c.oname} - {_UNIT[c.dtype][1]} {c.dname}"
    return sp


# =============================================================== names
_SYL_A = ["Tân", "Minh", "Phú", "Thành", "Hưng", "Thịnh", "Đại", "Vạn", "Kim", "Hoàng", "Quang",
          "Trường", "Thuận", "An", "Bảo", "Gia", "Hải", "Hồng", "Huy", "Khánh", "Long", "Mạnh",
          "Nam", "Ngọc", "Nhật", "Phúc", "Quốc", "Sơn", "Tài", "Thái", "Thiên", "Toàn", "Trung",
          "Tuấn", "Việt", "Xuân", "Hòa", "Đức", "Lộc", "Nguyên", "Duy", "Hiếu", "Mỹ", "Thanh",
          "Vĩnh", "Tiến", "Thắng", "Cường", "Đông", "Nhơn", "Hữu", "Lâm", "Bình", "Châu", "Chí",
          "Công", "Hạnh", "Kiên", "Nghĩa", "Phong", "Quý", "Tâm", "Tín", "Trí", "Vinh", "Đạt",
          "Hiệp", "Khang", "Nhân", "Phương", "Thọ", "Thông", "Tùng", "Hà", "Vũ", "Uy", "Linh",
          "Diệp", "Lực", "Phước", "Trọng", "Hào", "Khải", "Định", "Sang", "Ánh", "Yên", "Tường"]
_SYL_B = ["Phát", "Thịnh", "Hưng", "Lộc", "Tài", "Đạt", "Thành", "Phú", "An", "Long", "Khang",
          "Phúc", "Lợi", "Tín", "Nguyên", "Minh", "Quang", "Anh", "Việt", "Hòa", "Cường", "Sơn",
          "Hải", "Tiến", "Huy", "Mỹ", "Trung", "Nam", "Gia", "Vinh", "Thuận", "Bình", "Hoàng",
          "Kim", "Toàn", "Bảo", "Đức", "Hân", "Ngân", "Phước", "Thái", "Vượng", "Hiệp", "Tâm",
          "Dũng", "Linh", "Hạnh", "Uy", "Lâm", "Nhật", "Thắng", "Trí", "Trường", "Điền", "Khoa",
          "Nghĩa", "Châu", "Đông", "Quý", "Hà"]
# Well-known real brands of the region or the country: never generated.
_BLOCK = {"Hoàng Anh", "Phú Tài", "Đức Long", "Quốc Cường", "Trường Thành", "Hòa Phát",
          "Thành Công", "Hưng Thịnh", "Minh Phú", "Trung Nguyên", "Phúc Sinh", "Vĩnh Hoàn",
          "Bảo Việt", "Việt Tiến", "Hoa Sen", "Minh Long", "Sơn Hà", "Tân Long", "Thiên Long",
          "Nam Long", "Phú Thái", "Tân Hiệp", "Tân Hiệp Phát", "Kim Long", "Hoàng Long",
          "Đại Việt", "Hòa Bình", "Tân Á", "Việt Á", "An Phát", "Tân Cường Thành", "Gia Lai",
          "Phú Phong", "Thành Nam", "Long Hải", "Hải Hà", "Hưng Phát"}
_SUF_ANY = [(("Việt Nam", "Vietnam"), 2), (("68", "68"), 1), (("79", "79"), 1),
            (("579", "579"), 1), (("86", "86"), 1), (("2", "2"), 1), (("Group", "Group"), 1),
            (("Plus", "Plus"), 1), (("Miền Trung", "Mien Trung"), 2)]
_SUFFIXES = {
    "BD": WChoice([(("Quy Nhơn", "Quy Nhon"), 4), (("Bình Định", "Binh Dinh"), 4),
                   (("Nhơn Hội", "Nhon Hoi"), 1)] + _SUF_ANY),
    "GL": WChoice([(("Gia Lai", "Gia Lai"), 5), (("Tây Nguyên", "Tay Nguyen"), 3),
                   (("Pleiku", "Pleiku"), 2), (("An Khê", "An Khe"), 1)] + _SUF_ANY)}


def _SUFFIX(rng, region="BD"):
    return _SUFFIXES["GL" if region == "GL" else "BD"](rng)

# sector -> phrases (Vietnamese, English), weight
_PHR = {
    "wood": [("Chế biến gỗ", "Wood Processing", 5), ("Lâm sản", "Forest Products", 3),
             ("Chế biến lâm sản", "Forest Products Processing", 2), ("Gỗ", "Wood", 4),
             ("Đồ gỗ", "Furniture", 3), ("Nội thất", "Furniture", 2),
             ("Đồ gỗ xuất khẩu", "Export Furniture", 1), ("Sản xuất Thương mại", "Production Trading", 2),
             ("Thương mại Dịch vụ", "Trading Services", 2), ("Xuất nhập khẩu", "Import Export", 2),
             ("", "", 6)],
    "woodsup": [("Ván bóc", "Veneer", 2), ("Ván ép", "Plywood", 2), ("Ngũ kim", "Hardware", 2),
                ("Phụ kiện đồ gỗ", "Furniture Fittings", 1), ("Keo dán", "Adhesives", 1),
                ("Sơn", "Coatings", 2), ("Hóa chất", "Chemicals", 1), ("Bao bì", "Packaging", 4),
                ("Bao bì giấy", "Paper Packaging", 2), ("Nệm mút", "Foam", 1),
                ("Sản xuất Thương mại", "Production Trading", 2), ("", "", 3)],
    "stone": [("Đá granite", "Granite", 4), ("Đá ốp lát", "Stone", 2),
              ("Khai thác và Chế biến đá", "Stone Quarrying and Processing", 1),
              ("Khoáng sản", "Minerals", 2), ("", "", 2)],
    "bmat": [("Vật liệu xây dựng", "Building Materials", 4), ("Gạch", "Brick", 2),
             ("Bê tông", "Concrete", 3), ("Xây dựng", "Construction", 3),
             ("Đầu tư Xây dựng", "Construction Investment", 2), ("", "", 3)],
    "seafood": [("Thủy sản", "Seafood", 4), ("Hải sản", "Seafood", 3),
                ("Chế biến thủy sản", "Seafood Processing", 2),
                ("Xuất nhập khẩu Thủy sản", "Seafood Import Export", 1), ("", "", 2)],
    "seasup": [("Nước đá", "Ice", 3), ("Bao bì", "Packaging", 3), ("Cơ điện lạnh", "Refrigeration", 2),
               ("Kho lạnh", "Cold Storage", 1), ("Thiết bị lạnh", "Cooling Equipment", 1),
               ("", "", 2)],
    "agri": [("Cà phê", "Coffee", 4), ("Nông sản", "Agricultural Products", 4),
             ("Chế biến nông sản", "Agro Processing", 2), ("Hồ tiêu", "Pepper", 2),
             ("Tinh bột sắn", "Tapioca", 1), ("Cao su", "Rubber", 1),
             ("Xuất nhập khẩu Nông sản", "Agri Import Export", 1),
             ("Thương mại Dịch vụ", "Trading Services", 2), ("", "", 3)],
    "agrimech": [("Cơ khí nông nghiệp", "Agricultural Machinery", 3),
                 ("Máy nông nghiệp", "Agricultural Machinery", 2), ("Cơ khí", "Mechanical", 3),
                 ("Máy sấy", "Dryer", 1), ("Thiết bị chế biến", "Processing Equipment", 1),
                 ("", "", 2)],
    "mech": [("Cơ khí", "Mechanical", 5), ("Cơ khí Xây dựng", "Mechanical Construction", 2),
             ("Kết cấu thép", "Steel Structure", 2), ("Cơ khí chính xác", "Precision Engineering", 1),
             ("Inox", "Stainless Steel", 1), ("Gia công cơ khí", "Machining", 1),
             ("Sản xuất Thương mại", "Production Trading", 2), ("", "", 3)],
    "energy": [("Năng lượng", "Energy", 3), ("Năng lượng tái tạo", "Renewable Energy", 2),
               ("Điện gió", "Wind Power", 2), ("Điện mặt trời", "Solar", 2),
               ("Kỹ thuật điện", "Electrical Engineering", 2), ("Xây lắp điện", "Power Construction", 2),
               ("Đầu tư và Phát triển", "Investment and Development", 1), ("", "", 2)],
}
_PHR_PICK = {k: WChoice([((v, e), w) for v, e, w in lst]) for k, lst in _PHR.items()}
_CRAFT = {"wood": ["mộc", "mộc dân dụng", "cưa xẻ gỗ", "chế biến gỗ", "đồ gỗ"],
          "woodsup": ["bao bì", "sơn", "ván bóc", "nệm mút", "ngũ kim"],
          "stone": ["đá granite", "chế tác đá", "đá mỹ nghệ"],
          "bmat": ["gạch", "gạch không nung", "bê tông", "vật liệu xây dựng"],
          "seafood": ["chế biến hải sản", "nước mắm", "hải sản khô"],
          "seasup": ["nước đá", "sản xuất nước đá", "điện lạnh"],
          "agri": ["chế biến cà phê", "xay xát", "sơ chế hồ tiêu", "sấy nông sản"],
          "agrimech": ["cơ khí nông nghiệp", "máy sấy", "sửa chữa máy nông nghiệp"],
          "mech": ["cơ khí", "hàn tiện", "tiện", "cơ khí xây dựng", "sắt thép"],
          "energy": ["điện", "lắp đặt điện mặt trời"]}
_PHR_ABBR = [("Thương mại", "TM"), ("Dịch vụ", "DV"), ("Sản xuất", "SX"), ("Xuất nhập khẩu", "XNK"),
             ("Vật liệu xây dựng", "VLXD"), ("Xây dựng", "XD"), ("Đầu tư", "ĐT")]
_SWAP = [("Thương mại Dịch vụ", "Dịch vụ Thương mại"), ("Sản xuất Thương mại", "Thương mại Sản xuất"),
         ("Sản xuất Thương mại", "Sản xuất và Thương mại")]

_FORM_VN = {
    "TNHH": {"full": ("Công ty trách nhiệm hữu hạn",), "std": ("Công ty TNHH",),
             "abbr": ("Cty TNHH", "Cty TNHH", "CTY TNHH", "Công ty TNHH", "C.ty TNHH", "Cty. TNHH")},
    "MTV": {"full": ("Công ty trách nhiệm hữu hạn một thành viên",),
            "std": ("Công ty TNHH MTV", "Công ty TNHH một thành viên", "Công ty TNHH MTV"),
            "abbr": ("Cty TNHH MTV", "Cty TNHH 1TV", "Cty TNHH MTV", "CTY TNHH MTV", "Cty TNHH 1 TV",
                     "Công ty TNHH MTV", "Cty TNHH")},
    "CP": {"full": ("Công ty cổ phần",), "std": ("Công ty Cổ phần", "Công ty CP", "Công ty cổ phần"),
           "abbr": ("Cty CP", "CTCP", "Cty Cổ phần", "Cty CP", "CT CP", "Công ty CP")},
    "DNTN": {"full": ("Doanh nghiệp tư nhân",), "std": ("Doanh nghiệp tư nhân", "DNTN"),
             "abbr": ("DNTN", "DNTN", "DN TN", "Doanh nghiệp TN")},
    "HTX": {"full": ("Hợp tác xã",), "std": ("Hợp tác xã", "HTX"), "abbr": ("HTX",)},
    "HKD": {"full": ("Hộ kinh doanh",), "std": ("Hộ kinh doanh",), "abbr": ("HKD", "Hộ KD")},
}
_FORM_EN = {"TNHH": (("Company Limited",), ("Co., Ltd", "Co.,Ltd", "Co., Ltd.", "Company Limited")),
            "MTV": (("One Member Company Limited", "One Member Limited Liability Company",
                     "Company Limited"), ("Co., Ltd", "One Member Co., Ltd", "Co.,Ltd")),
            "CP": (("Joint Stock Company", "Corporation"), ("JSC", "Joint Stock Company", "Corp.",
                                                            "J.S.C")),
            "DNTN": (("Private Enterprise",), ("Private Enterprise", "Pte")),
            "HTX": (("Cooperative",), ("Co-op", "Cooperative")),
            "HKD": (("Household Business",), ("",))}

_SURN = WChoice([("Nguyễn", 30), ("Trần", 10), ("Lê", 9), ("Phạm", 5), ("Huỳnh", 6), ("Võ", 7),
                 ("Phan", 4), ("Hoàng", 3), ("Đặng", 3), ("Bùi", 3), ("Đỗ", 2), ("Hồ", 3),
                 ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Đoàn", 2), ("Trương", 2), ("Lương", 1),
                 ("Đinh", 2), ("Mai", 1), ("Châu", 1), ("Tạ", 1), ("Thái", 1), ("Cao", 1)])
_MID_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Ngọc", "Xuân",
          "Anh", "Đình", "Trọng", "Quang"]
_MID_F = ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Hồng", "Bích"]
_GIV_M = ["Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Phong", "Sơn", "Trung", "Hiếu", "Tâm", "Phúc",
          "Quang", "Thành", "Vinh", "Long", "Cường", "Tài", "Lộc", "Hòa", "Bình", "Tùng", "Khoa",
          "Đạt", "Hoàng", "Huy", "Toàn", "Thắng", "Lâm", "Khánh", "Nhân", "Tín", "Sang", "Tú",
          "Vũ", "Hưng", "Định", "Thuận", "Nghĩa", "Quý", "Thủy", "Tiến", "Chiến", "Lợi"]
_GIV_F = ["Lan", "Hoa", "Thảo", "Trinh", "Hạnh", "Nga", "Mai", "Linh", "Hương", "Loan", "Phượng",
          "Yến", "Nhung", "Hằng", "Thủy", "Diệu", "Vân", "Tuyết", "Liên", "Hà", "Trang", "Oanh",
          "Thu", "Duyên", "Ly", "Nhi", "Hòa", "Thúy"]
_JR_SURN = ["Rơ Mah", "Ksor", "Siu", "Nay", "Rơ Châm", "Kpă", "Rah Lan", "Puih", "Rơ Lan", "Kpuih",
            "Rơ Ô"]
_JR_M = ["Dơk", "Blơi", "Thuân", "Hyin", "Phai", "Blưn", "Chung", "Ních", "Hlinh", "Djuan", "Tuk",
         "Yơn", "Byưh", "Đoan", "Kliu"]
_JR_F = ["H'Bia", "H'Lơn", "Hyen", "H'Mai", "Nhi", "Thơm", "H'Yăm", "Blăk", "Hnhuih"]
_BN_GIV = ["Hmok", "Kyơn", "Blêu", "Hrin", "Yuh", "Brông", "Nhuênh", "Nghen", "Djơng"]

# invented foreign roots for FDI
_TW = ["Hsin", "Fu", "Chia", "Sheng", "Tai", "Feng", "Kuo", "Lien", "Wei", "Yu", "Ming", "Yi",
       "Tung", "Hua", "Jin", "Kai", "Lung", "Shun", "Pao", "Chun"]
_KR = ["Dae", "Han", "Seong", "Jin", "Woo", "Kwang", "Hyun", "Sung", "Il", "Min", "Young",
       "Dong", "Jae", "Hee", "Chang", "Bo", "Nam", "Sam"]
_SG1 = ["Pacific", "Orchid", "Meridian", "Harbour", "Straits", "Evergreen", "Summit", "Crescent",
        "Apex", "Keystone", "Sterling", "Banyan", "Marina", "Raffia"]
_DK1 = ["Skov", "Lund", "Nord", "Hav", "Elm", "Birk", "Ege", "Fjord", "Sol", "Vest", "Øster",
        "Bjerg", "Dal", "Holm", "Strand", "Lin", "Ask"]
_DK2 = ["dal", "gaard", "holm", "strup", "vik", "berg", "sted", "lund", "bæk", "toft"]
_FDI_EN = {"wood": ["Furniture", "Wood", "Wood Industries", "Home", "Living", "Timber",
                    "Woodcraft", "Outdoor"],
           "woodsup": ["Hardware", "Packaging", "Coatings", "Veneer", "Fittings"],
           "seafood": ["Seafoods", "Foods", "Marine"], "agri": ["Agri", "Coffee", "Foods"],
           "energy": ["Energy", "Power", "Wind Services"]}
_BLOCK_FDI = {"Daewoo", "Hanwoo", "Samsung", "Hansol", "Dongwha", "Scancom", "Lundgaard"}


def person(rng, eth="kinh"):
    female = rng.random() < 0.3
    if eth == "jrai":
        return _JR_SURN[rng.randrange(len(_JR_SURN))] + " " + \
            (_JR_F if female else _JR_M)[rng.randrange(len(_JR_F if female else _JR_M))], female
    if eth == "bahnar":
        return ("Đinh Thị " if female else "Đinh Văn ") + _BN_GIV[rng.randrange(len(_BN_GIV))], female
    mid, giv = (_MID_F, _GIV_F) if female else (_MID_M, _GIV_M)
    return f"{_SURN(rng)} {mid[rng.randrange(len(mid))]} {giv[rng.randrange(len(giv))]}", \
        female


def relative(rng, owner):
    """A family member: same surname, other given name."""
    surname = owner.split(" ")[0]
    if surname in ("Rơ", "Rah"):
        surname = " ".join(owner.split(" ")[:2])
    female = rng.random() < 0.45
    mid, giv = (_MID_F, _GIV_F) if female else (_MID_M, _GIV_M)
    return f"{surname} {mid[rng.randrange(len(mid))]} {giv[rng.randrange(len(giv))]}"


def random_brand(rng, p3=0.3):
    """Two syllables, or three with probability p3 (raised for large n so that
    accidental namesakes stay about as frequent as in a real province)."""
    while True:
        a = _SYL_A[rng.randrange(len(_SYL_A))]
        b = _SYL_B[rng.randrange(len(_SYL_B))]
        if a == b:
            continue
        s = a + " " + b
        if rng.random() < p3:
            c = _SYL_B[rng.randrange(len(_SYL_B))]
            if c not in (a, b):
                s += " " + c
        if s not in _BLOCK:
            return s


def fdi_root(rng, country):
    while True:
        if country == "TW":
            a, b = rng.sample(_TW, 2)
            s = a + " " + b if rng.random() < 0.6 else a + b.lower()
        elif country == "KR":
            a, b = rng.sample(_KR, 2)
            s = a + b.lower() if rng.random() < 0.7 else a + "-" + b
        elif country == "SG":
            s = _SG1[rng.randrange(len(_SG1))]
        else:
            s = _DK1[rng.randrange(len(_DK1))] + _DK2[rng.randrange(len(_DK2))]
        if s not in _BLOCK_FDI:
            return s


# =============================================================== entities
_KIND = WChoice([("co", 52), ("dntn", 7), ("htx", 3), ("hkd", 28), ("fdi", 4), ("ext", 6)])
_SECTOR = {"BD": WChoice([("wood", 26), ("woodsup", 14), ("stone", 10), ("bmat", 8),
                          ("seafood", 7), ("seasup", 8), ("agri", 5), ("agrimech", 4),
                          ("mech", 13), ("energy", 5)]),
           "GL": WChoice([("wood", 14), ("woodsup", 5), ("stone", 2), ("bmat", 9), ("seasup", 1),
                          ("agri", 25), ("agrimech", 14), ("mech", 18), ("energy", 12)]),
           "fdi": WChoice([("wood", 70), ("woodsup", 18), ("seafood", 4), ("agri", 4),
                           ("energy", 4)]),
           "ext": WChoice([("energy", 35), ("wood", 15), ("agri", 15), ("mech", 10), ("bmat", 10),
                           ("seafood", 5), ("woodsup", 10)])}
_CO_FORM = WChoice([("TNHH", 42), ("MTV", 35), ("CP", 23)])
_FDI_COUNTRY = WChoice([("TW", 40), ("KR", 20), ("SG", 15), ("DK", 20), ("NL", 5)])


class Ent:
    __slots__ = ("truth", "kind", "form", "sector", "size", "region", "exporter", "est", "closed",
                 "phr", "brand", "suffix", "craft", "old_form", "conv", "oldp", "ren", "owner",
                 "female", "eth", "mst", "pcode", "cccd", "land", "mob", "mob2", "old_mob",
                 "mob_chg", "svc", "addr", "old_addr", "moved", "branches", "en_full", "en_abbr",
                 "en_trade", "country", "certs", "audit", "trade", "hq", "fam", "site2")

    def __init__(self):
        self.old_form = self.oldp = self.old_addr = self.old_mob = self.svc = None
        self.conv = self.ren = self.moved = self.mob_chg = 0.0
        self.closed = 9999.0
        self.pcode = self.cccd = self.en_trade = self.country = self.hq = ""
        self.branches, self.certs, self.fam = [], [], []
        self.land = self.mob = self.mob2 = None
        self.site2 = None
        self.suffix = ("", "")
        self.craft = ""
        self.trade = False

    # state of the entity at a date (decimal year)
    def alive(self, when):
        return self.est <= when < self.closed

    def form_at(self, when):
        return self.old_form if self.old_form and when < self.conv else self.form

    def parts_at(self, when):
        if self.oldp and when < self.ren:
            return self.oldp
        return self.phr, self.brand, self.suffix

    def addr_at(self, when):
        return self.old_addr if self.old_addr is not None and when < self.moved else self.addr

    def old_brand_at(self, when):
        """True when `when` precedes a full rename (the brand was different)."""
        return bool(self.oldp) and when < self.ren and self.oldp[1] != self.brand

    def mob_at(self, when):
        return self.old_mob if self.old_mob and when < self.mob_chg else self.mob


class Branch:
    __slots__ = ("code", "addr", "land", "place", "label")

    def __init__(self, code, addr, land, place, label):
        self.code, self.addr, self.land, self.place, self.label = code, addr, land, place, label


def _place_of(a: Addr, rng):
    c = a.c
    if c.dname in ("Quy Nhơn", "Pleiku", "An Khê", "An Nhơn", "Hoài Nhơn") and rng.random() < 0.6:
        return c.dname
    return OLD_PROV[c.region]


class Ctx:
    def __init__(self, n, seed):
        self.rng = random.Random(seed)
        self.out = []
        self.used_mst, self.used_phone, self.used_names = set(), set(), set()
        self.series = {}
        self.n_ent = 0
        rng = self.rng
        est = max(40, int(n / 1.87))
        npop = max(25, est // 35)
        self.p3 = max(0.3, 1.0 - 12_000 / (0.7 * est))
        pop, seen = [], set()
        a_syl, b_syl = _SYL_A[:45], _SYL_B[:40]
        while len(pop) < npop:
            s = a_syl[rng.randrange(len(a_syl))] + " " + b_syl[rng.randrange(len(b_syl))]
            if len(pop) > 1200 and rng.random() < 0.5:
                s = random_brand(rng)
            if s in seen or s in _BLOCK or s.split(" ")[0] == s.split(" ")[-1]:
                continue
            seen.add(s)
            pop.append(s)
        self.popular = pop
        # accounting / tax-agent services: (phone, own MST), each serving dozens of firms
        nsvc = max(3, est // 70)
        self.svc = []
        for _ in range(nsvc):
            region = "BD" if rng.random() < 0.6 else "GL"
            ph = new_land(rng, region, self.used_phone) if rng.random() < 0.5 else \
                new_mobile(rng, self.used_phone)
            self.svc.append((ph, _new_mst(rng, "4101" if region == "BD" else "5901",
                                          self.used_mst)))
        self.assoc_phones = [new_land(rng, "BD", self.used_phone) for _ in range(2)]
        self.recent = []

    def pick_popular(self, rng):
        return self.popular[int(len(self.popular) * rng.random() ** 1.3)]

    def other_code(self, rng, e):
        """A code that belongs to someone else (sister, accountant, random firm)."""
        r = rng.random()
        if e.fam and r < 0.6:
            return e.fam[rng.randrange(len(e.fam))]
        if e.svc and r < 0.8:
            return e.svc[1]
        if self.recent:
            return self.recent[rng.randrange(len(self.recent))]
        return _new_mst(rng, "4101", self.used_mst)


def _mst_prefix(ctx, region, est, rng):
    """Province prefix plus the issuing series of the era.  A series holds 100,000
    stems; when one fills up (only at very large n) codes spill into the next."""
    if region == "BD":
        p = 0 if est < 2006 else (1 if est < 2016 else 2)
        head = "41"
    elif region == "GL":
        p = 0 if est < 2010 else 1
        head = "59"
    elif region == "HCM":
        p = min(18, max(0, int((est - 1998) * 0.7) + rng.randint(-1, 1)))
        head = "03"
    else:
        p = 0 if est < 2008 else (1 if est < 2018 else 2)
        head = "040"
    while True:
        prefix = head + str(p).zfill(4 - len(head))
        c = ctx.series.get(prefix, 0)
        if c < 60_000:
            ctx.series[prefix] = c + 1
            return prefix
        p += 1


def _en_names(e, rng):
    """Registered foreign name and abbreviated name (tên tiếng nước ngoài / viết tắt)."""
    if e.kind == "fdi":
        enphr = e.phr[1]
        root = e.brand
        tail = e.suffix[1]
        full_form = _FORM_EN[e.form][0][0]
        e.en_full = " ".join(x for x in (root, enphr, tail, full_form) if x)
        e.en_abbr = " ".join(x for x in (root, enphr if rng.random() < 0.5 else "", tail,
                                         _FORM_EN[e.form][1][0]) if x)
        e.en_trade = " ".join(x for x in (root, enphr or "Furniture") if x)
        return
    b = nodia(e.brand)
    fused = rng.random() < 0.25
    bb = b.replace(" ", "").capitalize() if fused else b
    phr_en = e.phr[1]
    if not phr_en and e.exporter and e.sector in ("wood", "woodsup"):
        phr_en = ("Wood", "Furniture", "Wood Products")[rng.randrange(3)]
    suf = e.suffix[1]
    ff, fa = _FORM_EN[e.form]
    e.en_full = " ".join(x for x in (b, phr_en, suf, ff[rng.randrange(len(ff))]) if x)
    short_phr = phr_en.split(" ")[0] if phr_en and rng.random() < 0.5 else phr_en
    if rng.random() < 0.15:
        acr = "".join(w[0] for w in b.split(" ")).upper()
        if phr_en:
            acr += phr_en[0].upper()
        e.en_abbr = acr + " " + fa[rng.randrange(len(fa))]
        if e.exporter:
            e.en_trade = acr + " " + ("Furniture" if e.sector == "wood" else
                                      (phr_en.split(" ")[0] if phr_en else "Group"))
    else:
        e.en_abbr = " ".join(x for x in (bb, short_phr, fa[rng.randrange(len(fa))]) if x)


def make_entity(ctx: Ctx, rng, kind=None, region=None, sector=None, brand=None, size=None,
                owner=None, near=None):
    e = Ent()
    ctx.n_ent += 1
    e.truth = f"E{ctx.n_ent:07d}"
    e.kind = kind or _KIND(rng)
    k = e.kind
    if k == "ext":
        e.hq = "HCM" if rng.random() < 0.65 else "DN"
        e.region = region or ("BD" if rng.random() < 0.6 else "GL")
    elif k == "fdi":
        e.region = region or ("BD" if rng.random() < 0.85 else "GL")
    else:
        e.region = region or ("BD" if rng.random() < 0.57 else "GL")
    e.sector = sector or _SECTOR[k if k in ("fdi", "ext") else e.region](rng)
    if e.region == "GL" and e.sector == "seafood":
        e.sector = "seasup" if rng.random() < 0.5 else "agri"
    # size 0 micro, 1 small, 2 medium, 3 large
    if size is not None:
        e.size = size
    elif k == "hkd":
        e.size = 0
    elif k in ("dntn", "htx"):
        e.size = 0 if rng.random() < 0.7 else 1
    elif k == "fdi":
        e.size = 1 if rng.random() < 0.2 else (2 if rng.random() < 0.62 else 3)
    elif k == "ext":
        e.size = 1 if rng.random() < 0.2 else (2 if rng.random() < 0.62 else 3)
    else:
        r = rng.random()
        e.size = 0 if r < 0.5 else (1 if r < 0.83 else (2 if r < 0.96 else 3))
    s = e.sector
    if k == "hkd":
        e.exporter = False
    elif k == "fdi":
        e.exporter = rng.random() < 0.95
    else:
        pexp = {"wood": (0.04, 0.35, 0.8, 0.95), "seafood": (0.02, 0.5, 0.7, 0.9),
                "agri": (0.02, 0.35, 0.6, 0.8), "stone": (0.02, 0.4, 0.6, 0.8),
                "woodsup": (0.0, 0.05, 0.2, 0.4)}.get(s, (0.0, 0.02, 0.05, 0.1))
        e.exporter = rng.random() < pexp[e.size]
    # dates
    if k == "fdi":
        e.est = 2003.0 + 22.0 * rng.random() ** 0.8
    else:
        e.est = 2025.6 - 30.0 * rng.random() ** 1.5
    if e.est < 2024.0 and k not in ("fdi", "ext") and rng.random() < 0.065:
        lo = max(e.est + 1.0, 2016.0)
        e.closed = lo + (2025.45 - lo) * rng.random()
    # legal form
    if k in ("co", "fdi", "ext"):
        e.form = _CO_FORM(rng)
        if k == "fdi" and e.form == "CP" and rng.random() < 0.6:
            e.form = "TNHH"
        if k == "ext" and rng.random() < 0.4:
            e.form = "CP"
        if e.size >= 2 and e.form != "CP" and rng.random() < 0.35:
            e.form = "CP"
    else:
        e.form = {"dntn": "DNTN", "htx": "HTX", "hkd": "HKD"}[k]
    # owner
    eth = "kinh"
    if e.region == "GL" and k in ("hkd", "htx", "dntn"):
        if rng.random() < 0.28:
            eth = "jrai" if rng.random() < 0.7 else "bahnar"
    if owner:
        e.owner, e.female = owner, rng.random() < 0.3
    else:
        e.owner, e.female = person(rng, eth)
    e.eth = eth
    # name parts
    if k == "fdi":
        e.country = _FDI_COUNTRY(rng)
        e.brand = brand or fdi_root(rng, e.country)
        lst = _FDI_EN.get(s, ["Industries"])
        enp = lst[rng.randrange(len(lst))] if rng.random() < 0.6 else ""
        e.phr = (enp, enp)
        e.suffix = ("Vina", "Vina") if e.country == "KR" and rng.random() < 0.6 else \
            ("Việt Nam", "Vietnam")
    else:
        if brand:
            e.brand = brand
        else:
            ppop = {"hkd": 0.45, "dntn": 0.35, "co": 0.25, "ext": 0.15}.get(k, 0.0)
            e.brand = ctx.pick_popular(rng) if rng.random() < ppop else random_brand(rng, ctx.p3)
        if k == "hkd":
            e.phr = ("", "")
            crafts = _CRAFT[s]
            e.craft = crafts[rng.randrange(len(crafts))]
        elif k == "htx":
            e.phr = (("Nông nghiệp Dịch vụ", "Agricultural Services"), ("Dịch vụ Nông nghiệp",
                     "Agricultural Services"), ("Sản xuất Kinh doanh", "Production Business"),
                     ("Cơ khí", "Mechanical"), ("Mộc", "Carpentry"))[rng.randrange(5)]
            if rng.random() < 0.45 and near is None:
                e.brand = "?"  # named after the commune, filled in below
        else:
            e.phr = _PHR_PICK[s](rng)
            if e.phr[0] == "" and e.brand in ctx.popular and rng.random() < 0.7:
                e.phr = _PHR_PICK[s](rng)
            if rng.random() < (0.12 if k != "ext" else 0.05):
                e.suffix = _SUFFIX(rng, e.region)
        e.trade = e.phr[0] in ("Thương mại Dịch vụ", "Xuất nhập khẩu", "Sản xuất Thương mại",
                               "Đầu tư Xây dựng", "Đầu tư và Phát triển")
    # address
    reg = e.region
    if k == "ext":
        e.addr = make_ext_addr(rng, e.hq)
    else:
        r = rng.random()
        pk = {"fdi": (0.85, 0.05), "htx": (0.0, 0.03), "hkd": (0.0, 0.03), "dntn": (0.0, 0.12)}
        pp, pc = pk.get(k, ((0.02, 0.1), (0.08, 0.25), (0.3, 0.25), (0.55, 0.15))[e.size])
        kind_a = "park" if r < pp else ("ccn" if r < pp + pc else "town")
        e.addr = make_addr(rng, reg, kind_a, near=near)
        if e.addr.k == "park" and e.addr.park.since > e.est:
            e.est = e.addr.park.since + rng.random() * (2025.5 - e.addr.park.since)
            if e.closed < e.est + 0.5:
                e.closed = 9999.0
        if e.brand == "?":
            e.brand = e.addr.c.oname
    # codes
    if k == "ext":
        e.mst = _new_mst(rng, _mst_prefix(ctx, e.hq, e.est, rng), ctx.used_mst)
    elif k == "hkd":
        if rng.random() < 0.55:
            e.pcode = _new_mst(rng, ("80", "81", "83", "84", "85", "86")[rng.randrange(6)] +
                               str(rng.randrange(10)), ctx.used_mst)
        e.mst = ""
    else:
        e.mst = _new_mst(rng, _mst_prefix(ctx, reg, e.est, rng), ctx.used_mst)
    if k in ("hkd", "dntn", "htx"):
        birth = rng.randint(1955, 1998)
        prov = {"BD": "052", "GL": "064"}[reg] if rng.random() < 0.85 else \
            ("049", "051", "054", "066", "001", "079")[rng.randrange(6)]
        e.cccd = prov + str((0 if birth < 2000 else 2) + (1 if e.female else 0)) + \
            str(birth % 100).zfill(2) + str(rng.randrange(1_000_000)).zfill(6)
    # phones
    used = ctx.used_phone
    pland = {"co": (0.45, 0.75, 0.95, 0.98)[e.size], "dntn": 0.5, "htx": 0.5, "hkd": 0.08,
             "fdi": 0.95, "ext": 1.0}[k]
    pmob = {"co": (0.75, 0.65, 0.45, 0.3)[e.size], "dntn": 0.9, "htx": 0.85, "hkd": 0.98,
            "fdi": 0.25, "ext": 0.3}[k]
    if rng.random() < pland:
        e.land = new_land(rng, e.hq if k == "ext" else reg, used)
    if rng.random() < pmob or e.land is None:
        e.mob = new_mobile(rng, used)
    if rng.random() < 0.15:
        e.mob2 = new_mobile(rng, used)
    if e.mob and e.est < 2019.0 and rng.random() < 0.07:
        e.old_mob = new_mobile(rng, used)
        e.mob_chg = 2018.0 + 6.5 * rng.random()
    if k in ("co", "dntn", "htx") and e.size <= 1 and rng.random() < 0.11:
        e.svc = ctx.svc[int(len(ctx.svc) * rng.random() ** 1.4)]
    # history
    if k in ("co", "dntn") and e.est < 2021.0:
        r = rng.random()
        if k == "co" and e.form in ("TNHH", "MTV") and r < 0.06:
            e.old_form, e.form = "DNTN", e.form
        elif k == "co" and e.form == "CP" and r < 0.12:
            e.old_form = "TNHH" if rng.random() < 0.6 else "MTV"
        if e.old_form:
            e.conv = e.est + 1.0 + (2025.0 - e.est - 1.0) * rng.random()
        if k == "co" and rng.random() < 0.05:
            if rng.random() < 0.35:
                e.oldp = (e.phr, random_brand(rng, ctx.p3), ("", ""))  # full rename, code kept
            else:
                e.oldp = (_PHR_PICK[s](rng), e.brand, ("", ""))  # business line in the name
            if e.oldp == (e.phr, e.brand, e.suffix):
                e.oldp = None
            else:
                e.ren = e.est + 1.0 + (2025.3 - e.est - 1.0) * rng.random()
    if k != "ext" and e.est < 2023.0 and rng.random() < 0.08:
        e.moved = e.est + 1.0 + (2025.2 - e.est - 1.0) * rng.random()
        if e.addr.k == "park" or rng.random() < 0.5:
            e.old_addr = make_addr(rng, reg, "town", near=e.addr.c)
        else:
            e.old_addr = e.addr
            e.addr = make_addr(rng, reg, "ccn" if e.size >= 1 and rng.random() < 0.5 else "town",
                               near=e.addr.c)
    # branches / second sites
    if k == "ext":
        nb = 1 if rng.random() < 0.85 else 2
        for i in range(nb):
            r = e.region if i == 0 else ("GL" if e.region == "BD" else "BD")
            a = make_addr(rng, r, "park" if rng.random() < 0.35 else
                          ("ccn" if rng.random() < 0.12 else "town"))
            e.branches.append(Branch(f"{i + 1:03d}", a,
                                     new_land(rng, r, used) if rng.random() < 0.65 else None,
                                     _place_of(a, rng),
                                     "Chi nhánh" if rng.random() < 0.75 else "Nhà máy"))
    elif k in ("co", "fdi") and e.size >= 2 and rng.random() < 0.14:
        r = "GL" if e.region == "BD" and rng.random() < 0.7 else e.region
        a = make_addr(rng, r, "ccn" if rng.random() < 0.3 else "town")
        e.branches.append(Branch("001", a, new_land(rng, r, used) if rng.random() < 0.5 else None,
                                 _place_of(a, rng), "Chi nhánh" if rng.random() < 0.6 else "Nhà máy"))
    if k in ("co", "fdi") and e.sector == "wood" and e.size >= 2 and not e.branches and \
            rng.random() < 0.25 and e.addr.k == "park":
        e.site2 = Addr("park", e.region, e.addr.c, park=e.addr.park, lot=_lot(rng, e.addr.park))
    # foreign names, certificates
    if k in ("fdi", "ext", "co") or (k == "dntn" and e.exporter):
        _en_names(e, rng)
    else:
        e.en_full = e.en_abbr = ""
    if k in ("fdi", "co", "ext"):
        pre = "35" if e.region == "BD" else "39"
        for _ in range(1 if rng.random() < 0.8 else 2):
            if e.est < 2015.0 and rng.random() < 0.6:
                e.certs.append(pre + "2" + "04" + "3" + str(rng.randrange(1_000_000)).zfill(6))
            else:
                e.certs.append(pre + str(rng.randrange(100_000_000)).zfill(8))
        q = rng.random()
        if q < 0.4:
            e.audit = f"FSC-C{rng.randrange(1_000_000):06d}"
        elif q < 0.75:
            e.audit = f"AUD-{rng.randint(2019, 2025)}-{rng.randrange(10000):04d}"
        else:
            e.audit = f"SUP{rng.randrange(100000):05d}"
    # unique registered name (proper name must not repeat among enterprises)
    if k not in ("hkd",):
        for _ in range(6):
            key = nodia(" ".join((e.phr[0], e.brand, e.suffix[0]))).lower()
            if key not in ctx.used_names:
                ctx.used_names.add(key)
                break
            e.suffix = _SUFFIX(rng, e.region)
            if rng.random() < 0.5 and k != "fdi":
                e.phr = _PHR_PICK[s](rng)
        if k in ("fdi", "ext", "co") or (k == "dntn" and e.exporter):
            _en_names(e, rng)
    if e.mst:
        if len(ctx.recent) < 512:
            ctx.recent.append(e.mst)
        else:
            ctx.recent[rng.randrange(512)] = e.mst
    return e


def make_group(ctx: Ctx, rng):
    """One entity, or a family of sister firms, or a parent with a subsidiary."""
    e = make_entity(ctx, rng)
    group = [e]
    if e.kind in ("co", "dntn", "hkd") and rng.random() < 0.045:
        nsis = 1 if rng.random() < 0.65 else (2 if rng.random() < 0.75 else 3)
        shared_mob = e.mob or new_mobile(rng, ctx.used_phone)
        for _ in range(nsis):
            r = rng.random()
            if r < 0.5:
                brand = e.brand               # same brand, other business line
            elif r < 0.75:
                brand = e.brand + " " + _SYL_B[rng.randrange(len(_SYL_B))]
            else:
                brand = e.brand
            kind = "co" if rng.random() < 0.8 else ("hkd" if e.kind == "hkd" else "dntn")
            sec = e.sector if rng.random() < 0.5 else \
                ("woodsup" if e.sector == "wood" else ("wood" if e.sector == "woodsup" else e.sector))
            own = e.owner if rng.random() < 0.45 else relative(rng, e.owner)
            s = make_entity(ctx, rng, kind=kind, region=e.region, sector=sec, brand=brand,
                            owner=own, near=e.addr.c if e.addr.c else None,
                            size=max(0, min(2, e.size + rng.randint(-1, 1))) if kind == "co"
                            else None)
            if r >= 0.75 and not s.suffix[0]:
                s.suffix = _SUFFIX(rng, s.region)
                if s.kind in ("co", "dntn"):
                    _en_names(s, rng)
            q = rng.random()
            if q < 0.4:
                s.addr = e.addr                    # same house / same lot
            elif q < 0.6 and e.addr.k == "park":
                s.addr = Addr("park", e.region, e.addr.c, park=e.addr.park,
                              lot=_lot(rng, e.addr.park))
            if rng.random() < 0.55:
                s.mob = shared_mob                 # the family's phone
            if e.land and rng.random() < 0.3:
                s.land = e.land
            if e.mst and s.mst and rng.random() < 0.35 and abs(s.est - e.est) < 3:
                s.mst = _near_mst(rng, e.mst, ctx.used_mst)
            group.append(s)
        codes = [x.mst or x.pcode for x in group if x.mst or x.pcode]
        for x in group:
            x.fam = [c for c in codes if c != (x.mst or x.pcode)]
    elif e.kind in ("co", "ext") and e.form == "CP" and e.size >= 2 and rng.random() < 0.18:
        reg = e.region
        sec = e.sector if rng.random() < 0.6 else _SECTOR[reg](rng)
        s = make_entity(ctx, rng, kind="co", region=reg, sector=sec, brand=e.brand,
                        size=1 + (rng.random() < 0.4))
        s.form = "MTV"
        s.old_form = None
        if not s.suffix[0] and rng.random() < 0.6:
            s.suffix = (("Gia Lai", "Gia Lai"), ("Tây Nguyên", "Tay Nguyen"),
                        ("Quy Nhơn", "Quy Nhon"), ("An Khê", "An Khe"))[rng.randrange(4)]
        _en_names(s, rng)
        if e.land and rng.random() < 0.2:
            s.land = e.land
        if e.kind == "co" and rng.random() < 0.3:
            s.addr = e.addr
        group.append(s)
    return group


# =============================================================== name rendering
def _abbr_phr(phr, rng):
    for long, short in _PHR_ABBR:
        if long in phr and rng.random() < 0.7:
            phr = phr.replace(long, short)
    return phr


def _swap_phr(phr):
    for a, b in _SWAP:
        if a in phr:
            return phr.replace(a, b)
    return phr


def vn_core(e, when, rng, abbr=False, swap=0.0, title=None):
    phr, brand, suf = e.parts_at(when)
    p = phr[0]
    if p:
        if swap and rng.random() < swap:
            p = _swap_phr(p)
        if abbr:
            p = _abbr_phr(p, rng)
        if title is None:
            title = rng.random() < 0.4
        if title:
            p = title_words(p)
        elif e.kind != "fdi":
            p = p[:1].upper() + p[1:]
    if e.kind == "fdi":
        return " ".join(x for x in (brand, p, suf[0]) if x)
    return " ".join(x for x in (p, brand, suf[0]) if x)


def vn_name(e, rng, when, style, abbr=False, swap=0.0, title=None):
    """style: full / std / abbr; the Vietnamese (registered) name at a date."""
    form = e.form_at(when)
    forms = _FORM_VN[form][style]
    lf = forms[rng.randrange(len(forms))]
    if e.kind == "hkd":
        return hkd_name(e, rng, "std")
    return lf + " " + vn_core(e, when, rng, abbr=abbr, swap=swap, title=title)


def hkd_name(e, rng, style):
    """Household names: registered name, workshop name or owner's name."""
    b = e.brand
    craft = e.craft
    if style == "owner":
        return e.owner
    r = rng.random()
    if style == "tax":
        return e.owner if r < 0.5 else "Hộ kinh doanh " + b
    if r < 0.35:
        return "Cơ sở " + craft + " " + b
    if r < 0.55:
        return craft[:1].upper() + craft[1:] + " " + b
    if r < 0.7:
        return ("Xưởng " if rng.random() < 0.6 else "CSSX ") + craft + " " + b
    if r < 0.85:
        return "Hộ kinh doanh " + b
    return "HKD " + (b if rng.random() < 0.5 else e.owner)


def en_name(e, rng, style="any"):
    if not e.en_full:
        return nodia(vn_name(e, rng, 2025.0, "std"))
    r = rng.random()
    if style == "trade" and e.en_trade:
        return e.en_trade
    if r < 0.55:
        return e.en_full
    if r < 0.9:
        return e.en_abbr
    # free translation, sometimes with the words in another order
    b = nodia(e.brand)
    p = e.phr[1]
    form_alt = _FORM_EN[e.form][1]
    f = form_alt[rng.randrange(len(form_alt))]
    if p and e.kind != "fdi" and rng.random() < 0.35:
        return " ".join(x for x in (p, b, f) if x)
    return " ".join(x for x in (b, p, f) if x)


def branch_name(e, b, rng, when, en=False):
    if en:
        base = e.en_abbr or e.en_full or nodia(vn_name(e, rng, when, "std"))
        lab = "Branch" if b.label == "Chi nhánh" else "Factory"
        return f"{base} - {nodia(b.place)} {lab}" if rng.random() < 0.6 else \
            f"{base} ({nodia(b.place)} {lab})"
    parent = vn_name(e, rng, when, "std" if rng.random() < 0.7 else "full")
    r = rng.random()
    if b.label == "Nhà máy":
        if r < 0.5:
            return f"Chi nhánh {parent} - Nhà máy {b.place}"
        return f"Nhà máy {b.place} - {parent}"
    if r < 0.6:
        return f"Chi nhánh {parent} tại {b.place}"
    if r < 0.85:
        return f"Chi nhánh {parent} - {b.place}"
    return f"Chi nhánh {parent}"


def typed_name(e, rng, when):
    """Name typed into a web form by the firm itself."""
    if e.kind == "fdi":
        return en_name(e, rng)
    if e.kind == "hkd":
        return hkd_name(e, rng, "any")
    r = rng.random()
    core = vn_core(e, when, rng, abbr=rng.random() < 0.4, swap=0.15, title=False)
    if r < 0.55:
        forms = _FORM_VN[e.form_at(when)]["abbr"]
        s = forms[rng.randrange(len(forms))] + " " + core
    elif r < 0.75:
        s = vn_name(e, rng, when, "std", title=False)
    elif r < 0.87:
        s = core
    elif r < 0.94:
        forms = _FORM_VN[e.form_at(when)]["abbr"]
        s = core + " (" + forms[rng.randrange(len(forms))] + ")"
    else:
        s = en_name(e, rng) if e.en_full else core
    return s


# =============================================================== sources
SOURCES = ("THUE", "BQL", "HHGO", "NMUA", "SCTGL", "SCTBD", "TK", "HQ", "KC", "FORM")


def _row(ctx, src, e, name, tax, addr, phone):
    ctx.out.append({"id": src, "name": name, "tax_code": tax, "address": addr, "phone": phone,
                    "truth": e.truth})


def _sites(e):
    """(address, branch or None) of the entity's places in the province."""
    if e.kind == "ext":
        return [(b.addr, b) for b in e.branches]
    return [(e.addr, None)] + [(b.addr, b) for b in e.branches]


def _in_region(e, region, when):
    if e.kind == "ext":
        return any(b.addr.region == region for b in e.branches)
    return e.addr_at(when).region == region


def src_thue(ctx, rng, e, force=False):
    W = 2025.62
    if not e.alive(W):
        return 0
    k = e.kind
    if k == "hkd" and not e.pcode:
        return 0
    p = {"co": 0.5, "dntn": 0.55, "htx": 0.45, "fdi": 0.85, "hkd": 0.12, "ext": 0.6}[k]
    if e.size >= 2:
        p += 0.2
    if e.trade:
        p -= 0.15
    if not force and rng.random() >= p:
        return 0
    n = 0

    def phone_for(land):
        if e.svc and rng.random() < 0.6:
            ph = e.svc[0]
        else:
            m = e.mob_at(W)
            ph = land if land and (rng.random() < 0.7 or not m) else m
        if ph is None or rng.random() < 0.35:
            return ""
        return fmt_phone(ph, rng, "plain" if rng.random() < 0.6 else "dot")

    def addr_for(a):
        return render_addr(a, rng, "off_old" if rng.random() < 0.5 else "off_new")

    if k != "ext":
        if k == "hkd":
            name = hkd_name(e, rng, "tax").upper()
            tax = e.pcode
        else:
            name = vn_name(e, rng, W, "full" if rng.random() < 0.35 else "std", title=False).upper()
            tax = e.mst
        _row(ctx, "THUE", e, name, tax, addr_for(e.addr), phone_for(e.land))
        n += 1
    for b in e.branches:
        if rng.random() < (0.8 if k != "ext" else 1.0):
            _row(ctx, "THUE", e, branch_name(e, b, rng, W).upper(), e.mst + "-" + b.code,
                 addr_for(b.addr), phone_for(b.land))
            n += 1
    return n


def src_bql(ctx, rng, e, force=False):
    W = 2025.3
    if not e.alive(W) or e.kind in ("hkd", "htx", "dntn"):
        return 0
    sites = [(a, b) for a, b in _sites(e) if a.k == "park" and a.park.kind in ("KCN", "KKT")]
    if e.kind != "ext" and e.old_addr is not None and W < e.moved:
        sites = []
    if not sites or (not force and rng.random() >= 0.85):
        return 0
    n = 0
    for idx, cert in enumerate(e.certs):
        a, b = sites[min(idx, len(sites) - 1)]
        if e.kind == "fdi":
            r = rng.random()
            name = e.en_full.upper() if r < 0.45 else (e.en_abbr if r < 0.65 else
                                                       vn_name(e, rng, W, "std"))
        else:
            name = vn_name(e, rng, W, "std" if rng.random() < 0.6 else "abbr")
            if rng.random() < 0.2:
                name = name.upper()
            if b is not None and rng.random() < 0.3:
                name = branch_name(e, b, rng, W)
        r = rng.random()
        if r < 0.45:
            q = rng.random()
            tax = cert if q < 0.4 else ("GCNĐT số " + cert if q < 0.7 else
                                        ("IRC " + cert if q < 0.85 else
                                         " ".join(_group(cert, (4, 4, 4)))))
        elif r < 0.85:
            tax = e.mst + ("-" + b.code if b is not None and rng.random() < 0.5 else "")
        else:
            tax = ""
        land = b.land if b is not None else e.land
        phone = fmt_phone(land, rng, "space" if rng.random() < 0.5 else "dot") \
            if land and rng.random() < 0.55 else ""
        _row(ctx, "BQL", e, name, tax, render_addr(a, rng, "lot"), phone)
        n += 1
    return n


def src_hhgo(ctx, rng, e, force=False):
    W = 2024.3
    if not e.alive(W) or e.kind in ("hkd", "htx"):
        return 0
    if e.sector not in ("wood", "woodsup", "stone"):
        return 0
    p = (0.06, 0.25, 0.55, 0.8)[e.size] if e.kind != "fdi" else 0.6
    if e.sector == "stone":
        p *= 0.25
    if not _in_region(e, "BD", W):
        p *= 0.3
    if not force and rng.random() >= p:
        return 0
    r = rng.random()
    if e.en_full:
        name = en_name(e, rng, "trade" if rng.random() < 0.3 else "any")
        if r < 0.6:
            name = name.upper()
    else:
        name = nodia(vn_name(e, rng, W, "std")).upper()
    tax = e.mst if rng.random() < 0.15 else ""
    a, b = _sites(e)[0]
    addr = render_addr(e.addr_at(W) if b is None else a, rng, "en_old")
    land = b.land if b is not None else e.land
    mob = e.mob_at(W)
    q = rng.random()
    if q < 0.06:
        phone = fmt_phone(ctx.assoc_phones[rng.randrange(2)], rng, "intl")
    elif land and (q < 0.55 or not mob):
        phone = fmt_phone(land, rng, "intl")
        if mob and rng.random() < 0.2:
            phone = "Tel: " + phone + " / Mobile: " + fmt_phone(mob, rng, "intl")
    elif mob and q < 0.95:
        phone = fmt_phone(mob, rng, "intl")
    else:
        phone = ""
    _row(ctx, "HHGO", e, name, tax, addr, phone)
    return 1


def src_nmua(ctx, rng, e, force=False):
    W = 2025.2
    if not e.alive(W) or e.sector != "wood" or not e.exporter:
        return 0
    if e.kind not in ("fdi",) and e.size < 2:
        return 0
    if not force and rng.random() >= (0.5 if e.kind == "fdi" else 0.35):
        return 0
    sites = [(a, None) for a in ([e.addr] + ([e.site2] if e.site2 else []))] \
        if e.kind != "ext" else []
    sites += [(b.addr, b) for b in e.branches]
    if e.kind == "ext":
        sites = sites or [(e.addr, None)]
    n = 0
    two = len(sites) > 1
    base = e.en_trade if e.en_trade and rng.random() < 0.5 else en_name(e, rng)
    for i, (a, _b) in enumerate(sites):
        if i > 0 and rng.random() < 0.3:
            continue
        lab = ("Factory", "Plant", "Factory No.")[rng.randrange(3)]
        name = base
        if two:
            name = (base + " - %s %d" if rng.random() < 0.6 else base + " (%s %d)") % (lab, i + 1)
        r = rng.random()
        if r < 0.85:
            tax = e.audit + ("" if i == 0 or e.audit.startswith("FSC") else f"-{i + 1}")
        elif r < 0.92:
            tax = e.mst
        else:
            tax = ""
        addr = render_addr(a, rng, "en_new" if rng.random() < 0.15 else "en_old")
        if rng.random() < 0.4:
            addr = addr.split(",")[0] + ", " + ("Quy Nhon" if a.region == "BD" else
                                                nodia(a.c.dname) if a.c else "Vietnam") + ", Vietnam"
        mob = e.mob2 or e.mob_at(W)
        phone = fmt_phone(mob, rng, "intl") if mob and rng.random() < 0.4 else ""
        _row(ctx, "NMUA", e, name, tax, addr, phone)
        n += 1
    return n


def _damage(s, kind):
    if kind == 1:
        return qmark(s)
    if kind == 2:
        return vni(s)
    if kind == 3:
        return mojibake(s)
    return s


def _old_list_phone(e, rng, when, land):
    """Phone as kept in a pre-2025 provincial list dated `when`."""
    mob = e.mob_at(when)
    old_land = when < 2017.5 or (when < 2019.5 and rng.random() < 0.4)
    old_mob = when < 2018.7 or (when < 2020.0 and rng.random() < 0.3)
    parts = []
    r = rng.random()
    if land and (r < 0.45 or not mob):
        parts.append(fmt_phone(land, rng, ("dot", "plain", "space", "paren", "local")[
            int(rng.random() ** 1.5 * 5)], old_land=old_land))
    if mob and (r >= 0.45 or not parts or rng.random() < 0.2):
        parts.append(fmt_phone(mob, rng, ("plain", "dot", "space")[rng.randrange(3)],
                               old_mob=old_mob))
    if e.svc and rng.random() < 0.2:
        parts = [fmt_phone(e.svc[0], rng, "plain", old_land=old_land, old_mob=old_mob)]
    if not parts or rng.random() < 0.25:
        return ""
    return join_phones(parts, rng)


def _old_list_tax(ctx, e, rng, code, p_present, spaced=0.15, when=0.0):
    if not code:
        return ""
    if e.old_brand_at(when):
        return code          # only the code ties a pre-rename row to the firm
    if rng.random() >= p_present:
        return ""
    r = rng.random()
    if r < 0.03:
        return ctx.other_code(rng, e)
    if r < 0.08:
        return digit_typo(code, rng)
    if r < 0.08 + spaced:
        c10 = code[:10]
        s = c10[:4] + " " + c10[4:7] + " " + c10[7:] if rng.random() < 0.7 else \
            c10[:2] + " " + c10[2:]
        return s + (" - " + code[11:] if len(code) > 10 else "")
    if r < 0.3:
        return ("MST: ", "MST ", "Mã số thuế: ", "MST:")[rng.randrange(4)] + code
    return code


def _site_for_region(e, region, when):
    if e.kind == "ext":
        for b in e.branches:
            if b.addr.region == region:
                return b.addr, b
        return None, None
    a = e.addr_at(when)
    return (a, None) if a.region == region else (None, None)


def _old_list_name(e, rng, when, b):
    if b is not None:
        return branch_name(e, b, rng, when) if rng.random() < 0.7 else \
            vn_name(e, rng, when, "abbr")
    if e.kind == "hkd":
        r = rng.random()
        if r < 0.25:
            return ("Hộ ông " if not e.female else "Hộ bà ") + e.owner
        return hkd_name(e, rng, "any")
    if e.kind == "fdi":
        return vn_name(e, rng, when, "std") if rng.random() < 0.6 else en_name(e, rng)
    r = rng.random()
    if r < 0.4:
        return vn_name(e, rng, when, "std", swap=0.1)
    if r < 0.75:
        return vn_name(e, rng, when, "abbr", abbr=rng.random() < 0.5, swap=0.1)
    if r < 0.87:
        return vn_core(e, when, rng, abbr=True)
    return vn_name(e, rng, when, "std").upper()


def src_sctgl(ctx, rng, e, force=False):
    if e.est > 2024.5:
        return 0
    a, b = _site_for_region(e, "GL", 2024.0)
    if a is None:
        return 0
    p = {"co": 0.3, "dntn": 0.4, "htx": 0.35, "hkd": 0.18, "fdi": 0.5, "ext": 0.4}[e.kind]
    if e.size >= 2:
        p += 0.2
    if not force and rng.random() >= p:
        return 0
    n = 0
    lo = max(e.est, 2014.0)
    hi = min(2024.6, e.closed)
    if hi <= lo:
        return 0
    for _ in range(2 if rng.random() < 0.1 else 1):
        when = lo + (hi - lo) * rng.random()
        if b is None:
            a = e.addr_at(when)
        name = _old_list_name(e, rng, when, b)
        if rng.random() < 0.06:
            name = typo(name, rng)
        addr = render_addr(a, rng, "off_old" if rng.random() < 0.35 else "short_old")
        if rng.random() < 0.2:
            name, addr = old_tone(name), old_tone(addr)
        dmg = 0
        q = rng.random()
        if q < 0.15:
            dmg = 1 if q < 0.07 else (2 if q < 0.115 else 3)
            name, addr = _damage(name, dmg), _damage(addr, dmg)
        elif q < 0.18:
            name = nfd(name)
        code = e.mst if e.kind != "hkd" else e.pcode
        if b is not None and code:
            code = code + "-" + b.code
        tax = _old_list_tax(ctx, e, rng, code, 0.5, when=when)
        phone = _old_list_phone(e, rng, when, b.land if b is not None else e.land)
        if rng.random() < 0.04:
            name = ws_noise(name, rng)
        _row(ctx, "SCTGL", e, name, tax, addr, phone)
        n += 1
    return n


def src_sctbd(ctx, rng, e, force=False):
    if e.est > 2022.9:
        return 0
    a, b = _site_for_region(e, "BD", 2022.0)
    if a is None:
        return 0
    p = {"co": 0.33, "dntn": 0.4, "htx": 0.3, "hkd": 0.2, "fdi": 0.45, "ext": 0.35}[e.kind]
    if e.size >= 2:
        p += 0.2
    if not force and rng.random() >= p:
        return 0
    lo, hi = max(e.est, 2019.0), min(2022.9, e.closed)
    if hi <= lo:
        return 0
    when = lo + (hi - lo) * rng.random()
    if b is None:
        a = e.addr_at(when)
    if b is None and e.kind not in ("hkd", "fdi") and rng.random() < 0.1:
        forms = _FORM_VN[e.form_at(when)]["abbr"]
        name = vn_core(e, when, rng, abbr=True, swap=0.2) + " (" + \
            forms[rng.randrange(len(forms))] + ")"
    else:
        name = _old_list_name(e, rng, when, b)
    if rng.random() < 0.05:
        name = typo(name, rng)
    if rng.random() < 0.15:
        name = old_tone(name)
    addr = render_addr(a, rng, "short_old" if rng.random() < 0.75 else "off_old")
    code = e.mst if e.kind != "hkd" else e.pcode
    if b is not None and code:
        code = code + "-" + b.code
    tax = _old_list_tax(ctx, e, rng, code, 0.7, spaced=0.12, when=when)
    if tax and tax[0] == "0" and rng.random() < 0.6:
        tax = tax.lstrip("0")  # Excel number column
    land = b.land if b is not None else e.land
    phone = _old_list_phone(e, rng, when if rng.random() < 0.9 else 2016.0, land)
    if rng.random() < 0.03:
        name = nfd(name)
    if rng.random() < 0.05:
        name = ws_noise(name, rng)
    _row(ctx, "SCTBD", e, name, tax, addr, phone)
    return 1


def src_tk(ctx, rng, e, force=False):
    W = 2024.4
    if not e.alive(W):
        return 0
    k = e.kind
    p = {"co": 0.45, "dntn": 0.45, "htx": 0.4, "hkd": 0.05, "fdi": 0.7, "ext": 0.3}[k]
    if e.size >= 2:
        p = max(p, 0.75)
    if not force and rng.random() >= p:
        return 0
    if k == "ext":
        b = e.branches[0]
        name = branch_name(e, b, rng, W)
        code = e.mst + "-" + b.code
        a = b.addr
        land = b.land
    elif k == "hkd":
        name = e.owner if rng.random() < 0.6 else hkd_name(e, rng, "any")
        code = e.pcode
        a = e.addr_at(W)
        land = None
    else:
        name = vn_name(e, rng, W, "full" if rng.random() < 0.25 else "std", title=False)
        code = e.mst
        a = e.addr_at(W)
        land = e.land
    if rng.random() < 0.5:
        name = name.upper()
    name = name[:50].rstrip()
    tax = ""
    if code and (rng.random() < 0.92 or e.old_brand_at(W)):
        tax = code
        if "-" not in code:
            r = rng.random()
            if r < 0.08:
                tax = excel_sci(code)
            elif code[0] == "0" and r < 0.85:
                tax = code.lstrip("0")
    addr = render_addr(a, rng, "stats")
    phone = ""
    if rng.random() < 0.55:
        ph = e.svc[0] if e.svc and rng.random() < 0.5 else (land or e.mob_at(W))
        if ph is not None:
            phone = fmt_phone(ph, rng, "lost0" if rng.random() < 0.4 else "plain")
    _row(ctx, "TK", e, name, tax, addr, phone)
    return 1


def src_hq(ctx, rng, e, force=False):
    W = 2024.5
    if not e.alive(W) or not e.exporter:
        return 0
    if not force and rng.random() >= 0.8:
        return 0
    if e.kind == "ext" and rng.random() < 0.3:
        b = e.branches[0]
        name = nodia(branch_name(e, b, rng, W)).upper()
        tax, a, land = e.mst + "-" + b.code, b.addr, b.land
    else:
        if e.en_full and rng.random() < 0.35:
            name = en_name(e, rng).upper()
        else:
            name = nodia(vn_name(e, rng, W, "full" if rng.random() < 0.3 else "std")).upper()
        tax, a, land = e.mst, e.addr_at(W), e.land
    if rng.random() < 0.03:
        tax = ""
    addr = nodia(render_addr(a, rng, "off_old")).upper()
    ph = land or e.mob_at(W)
    phone = fmt_phone(ph, rng, "plain") if ph is not None and rng.random() < 0.35 else ""
    _row(ctx, "HQ", e, name, tax, addr, phone)
    return 1


def src_kc(ctx, rng, e, force=False):
    k = e.kind
    if k in ("fdi", "ext") or (k == "co" and e.size >= 2):
        return 0
    p = {"hkd": 0.14, "dntn": 0.12, "htx": 0.2, "co": (0.08, 0.05)[min(e.size, 1)]}[k]
    if not force and rng.random() >= p:
        return 0
    lo, hi = max(e.est, 2019.0), min(2025.9, e.closed)
    if hi <= lo:
        return 0
    n = 0
    for _ in range(2 if rng.random() < 0.12 else 1):
        when = lo + (hi - lo) * rng.random()
        title = ("Ông " if not e.female else "Bà ")
        r = rng.random()
        if k in ("hkd", "dntn") and r < 0.45:
            q = rng.random()
            if q < 0.3:
                name = e.owner
            elif q < 0.55:
                name = title + e.owner
            elif q < 0.75:
                name = "Hộ " + title.lower() + e.owner
            else:
                name = e.owner + " (" + (hkd_name(e, rng, "any") if k == "hkd" else
                                         vn_name(e, rng, when, "abbr")) + ")"
        elif k == "hkd":
            name = hkd_name(e, rng, "any")
        elif k == "htx":
            name = vn_name(e, rng, when, "std" if rng.random() < 0.5 else "abbr")
        else:
            name = vn_name(e, rng, when, "abbr", abbr=True)
            if rng.random() < 0.2:
                name += " (" + title.lower() + e.owner + ")"
        a = e.addr_at(when)
        st = "short_new" if when > 2025.5 and rng.random() < 0.7 else \
            ("off_old" if rng.random() < 0.4 else "short_old")
        addr = render_addr(a, rng, st)
        tax = ""
        q = rng.random()
        if when > 2025.45 and e.cccd and q < 0.3:
            tax = e.cccd if rng.random() < 0.7 else excel_sci(e.cccd)
        elif q < 0.15 or e.old_brand_at(when):
            tax = e.mst or e.pcode
        mob = e.mob_at(when)
        phone = fmt_phone(mob, rng, ("plain", "dot", "space")[rng.randrange(3)]) \
            if mob and rng.random() < 0.85 else ""
        if rng.random() < 0.05:
            name = typo(name, rng)
        _row(ctx, "KC", e, name, tax, addr, phone)
        n += 1
    return n


def src_form(ctx, rng, e, force=False):
    W = 2025.7
    if not e.alive(W):
        return 0
    p = {"co": 0.2, "dntn": 0.2, "htx": 0.15, "hkd": 0.08, "fdi": 0.15, "ext": 0.25}[e.kind]
    if e.size >= 2 and e.kind == "co":
        p += 0.1
    if not force and rng.random() >= p:
        return 0
    n = 0
    for _ in range(2 if rng.random() < 0.08 else 1):
        b = e.branches[0] if e.kind == "ext" else None
        if b is not None and rng.random() < 0.6:
            r = rng.random()
            name = branch_name(e, b, rng, W) if r < 0.5 else \
                typed_name(e, rng, W) + (" - CN " + b.place if r < 0.8 else "")
            a, land = b.addr, b.land
        else:
            name = typed_name(e, rng, W)
            a, land = e.addr_at(W), e.land
        case = rng.random()
        if case < 0.4:
            name = nodia(name).lower()
        elif case < 0.5:
            name = name.upper()
        elif case < 0.62:
            name = nodia(name)
        if rng.random() < 0.12:
            name = typo(name, rng)
        # address
        q = rng.random()
        st = "short_new" if q < 0.4 else ("off_new" if q < 0.55 else
                                          ("mixed" if q < 0.75 else "short_old"))
        addr = render_addr(a, rng, st)
        if rng.random() < 0.4:
            addr = nodia(addr).lower() if rng.random() < 0.7 else nodia(addr)
        if rng.random() < 0.05:
            addr = ""
        # tax code as typed
        code = e.mst or e.pcode
        if b is not None and code and rng.random() < 0.5:
            code += "-" + b.code
        tax = ""
        if code and rng.random() < 0.72:
            r = rng.random()
            if e.kind == "hkd" and e.cccd and r < 0.4:
                tax = e.cccd
            elif r < 0.55:
                tax = code
            elif r < 0.67:
                tax = ("mst ", "MST: ", "mst:", "Mã số thuế ")[rng.randrange(4)] + code
            elif r < 0.8:
                tax = code[:4] + " " + code[4:7] + " " + code[7:]
            elif r < 0.88:
                tax = digit_typo(code, rng)
            elif r < 0.9:
                tax = ctx.other_code(rng, e)
            else:
                tax = code.replace("-", " - ") if "-" in code else code[:10]
        elif e.kind == "hkd" and e.cccd and rng.random() < 0.25:
            tax = e.cccd
        # phones
        phs = []
        mob = e.mob_at(W)
        if mob:
            phs.append(mob)
        if e.mob2 and rng.random() < 0.5:
            phs.append(e.mob2)
        if land and (not phs or rng.random() < 0.35):
            phs.append(land)
        if len(phs) > 1 and rng.random() < 0.55:
            phs = phs[:1]
        styles = ("plain", "plain", "space", "dot", "intl_tight", "84", "intl", "lost0")
        phone = join_phones([fmt_phone(x, rng, styles[int(rng.random() ** 1.3 * len(styles))])
                             for x in phs], rng) if phs and rng.random() < 0.93 else ""
        if rng.random() < 0.02 and phone:
            name = name + " - " + ("a " if rng.random() < 0.5 else "chị ") + \
                e.owner.split(" ")[-1] + " " + phone.split(" ")[0]
        if rng.random() < 0.04:
            name = nfd(name)
        if rng.random() < 0.08:
            name = ws_noise(name, rng)
        _row(ctx, "FORM", e, name, tax, addr, phone)
        n += 1
    return n


_SRC_FUN = (src_thue, src_bql, src_hhgo, src_nmua, src_sctgl, src_sctbd, src_tk, src_hq, src_kc,
            src_form)
_FALLBACK = {"hkd": (src_sctbd, src_sctgl, src_kc, src_form, src_thue, src_tk),
             "htx": (src_kc, src_tk, src_sctgl, src_sctbd, src_form),
             "dntn": (src_tk, src_sctbd, src_sctgl, src_kc, src_form),
             "co": (src_tk, src_thue, src_form, src_sctbd, src_sctgl, src_kc),
             "fdi": (src_bql, src_thue, src_tk, src_hq, src_form),
             "ext": (src_thue, src_tk, src_form, src_hq)}


def emit(ctx, rng, e):
    n = 0
    for f in _SRC_FUN:
        n += f(ctx, rng, e)
    if n == 0:
        funs = list(_FALLBACK[e.kind])
        w = [1.0 / (i + 1) for i in range(len(funs))]
        while funs:
            i = bisect.bisect_right([sum(w[:j + 1]) for j in range(len(w))], rng.random() * sum(w))
            i = min(i, len(funs) - 1)
            if funs[i](ctx, rng, e, force=True):
                return 1
            del funs[i], w[i]
    return n


# =============================================================== public API
def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic, labelled, shuffled records (see module docstring)."""
    if n <= 0:
        return []
    ctx = Ctx(n, seed)
    rng = ctx.rng
    out = ctx.out
    while len(out) < n:
        for e in make_group(ctx, rng):
            emit(ctx, rng, e)
    del out[n:]
    rng.shuffle(out)
    counters = dict.fromkeys(SOURCES, 0)
    for r in out:
        src = r["id"]
        counters[src] += 1
        r["id"] = f"{src}-{counters[src]:06d}"
    return out


def stats(rows):
    """Figures for the report: entities, records per entity, coverage."""
    per = {}
    for r in rows:
        per[r["truth"]] = per.get(r["truth"], 0) + 1
    dist = {}
    for c in per.values():
        dist[c] = dist.get(c, 0) + 1
    src = {}
    for r in rows:
        s = r["id"].split("-")[0]
        src[s] = src.get(s, 0) + 1
    n = len(rows) or 1
    return {"records": len(rows), "entities": len(per),
            "records_per_entity": dict(sorted(dist.items())),
            "singleton_share": round(dist.get(1, 0) / max(1, len(per)), 3),
            "mean_records_per_entity": round(len(rows) / max(1, len(per)), 3),
            "max_records_per_entity": max(per.values()) if per else 0,
            "with_tax_code": round(sum(1 for r in rows if r["tax_code"]) / n, 3),
            "with_phone": round(sum(1 for r in rows if r["phone"]) / n, 3),
            "with_address": round(sum(1 for r in rows if r["address"]) / n, 3),
            "source_share": {k: round(v / n, 3) for k, v in sorted(src.items())}}


def main(argv=None):
    import argparse
    import json
    ap = argparse.ArgumentParser(description="Synthetic labelled records, new Gia Lai CNHT register")
    ap.add_argument("n", type=int, nargs="?", default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=20, help="sample rows to print")
    ap.add_argument("--json", action="store_true", help="print all rows as JSON lines")
    ap.add_argument("--group", action="store_true", help="print sample rows grouped by truth")
    a = ap.parse_args(argv)
    t0 = time.time()
    rows = records(a.n, a.seed)
    dt = time.time() - t0
    if a.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    st = stats(rows)
    st["seconds"] = round(dt, 2)
    print(json.dumps(st, ensure_ascii=False, indent=1))
    sample = rows[:a.show]
    if a.group:
        keys = []
        for r in rows:
            if r["truth"] not in keys:
                keys.append(r["truth"])
            if len(keys) >= a.show:
                break
        want = set(keys)
        sample = sorted((r for r in rows if r["truth"] in want), key=lambda r: r["truth"])
    for r in sample:
        print(" | ".join((r["id"], r["truth"], r["name"].replace("\n", "\\n"), r["tax_code"],
                          r["address"].replace("\n", "\\n"), r["phone"].replace("\n", "\\n"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
