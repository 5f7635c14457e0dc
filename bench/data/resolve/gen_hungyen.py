"""ALL DATA IS SYNTHETIC. No record describes a real enterprise, household, person, tax code,
investment certificate, social-insurance code or phone number. Brands are random syllable
combinations, tax codes are random 10-digit numbers that merely pass the mod-11 check, phones are
random numbers inside the public numbering plans. Any resemblance to a real firm is chance. Place
names (provinces, old districts, old and new communes, industrial parks and clusters, roads) are real
places, used only as addresses.

Labelled entity-resolution test data: "the officer's pile of Excel files" for the new Hưng Yên
province (old Hưng Yên + old Thái Bình, merged on 2025-07-01, districts abolished, communes merged).
The Department of Industry and Trade (Sở Công Thương) wants one register of supporting-industry
(CNHT) enterprises and received ten lists. Standard library only; everything is drawn from
``random.Random(seed)``; nothing is read from disk or the network.

    records(n, seed=0) -> list of n dicts {id, name, tax_code, address, phone, truth}

All values are str; name / tax_code / address / phone may be "". ``id`` is unique ("<source>-<n>"),
assigned after shuffling, so it says nothing about the entity. ``truth`` is the id of the real
business ("E0000123"); records with equal truth describe the same business. The output is
deterministic for (n, seed); entities are generated lazily in a stream and the stream is cut at
exactly n records (the last entity may lose some of its records).

TRUTH RULE (one truth = one legal business, followed through time)
  * An enterprise is one 10-digit enterprise/tax code. Its dependent units -- a branch with its own
    13-character code "<code>-001", a factory ("Nhà máy ..."), an office -- are the SAME truth: they
    are not legal persons and the register counts enterprises.
  * Renames, moves (even to another province: the code does not change), conversions of legal form
    (DNTN -> TNHH, TNHH -> CP, two-member <-> one-member) keep the truth. A household business
    (hộ kinh doanh) that incorporated as a company keeps its truth (same owner, same workshop; the
    register treats the company as the successor).
  * Separate legal persons are separate truths however close: parent and subsidiary, sister
    companies of a group (often at the same address with the same switchboard), the foreign parent
    ("Kurosugi Seiki Co., Ltd.", Japanese address) and its Vietnamese subsidiary, same-brand firms in
    different parks, namesake households in different communes.
  * A record that uses the foreign parent's name but gives the Vietnamese factory's address/phone
    (a habit of buyers' lists) belongs to the Vietnamese subsidiary it describes.

ENTITIES (shares of entities, measured): Vietnamese companies ~47 % (TNHH, TNHH MTV, CP, some DNTN,
HTX; ~11 % of them have the head office in Hà Nội and a branch/factory in a park or cluster),
household businesses ~32 %, FDI ~20 % (Japanese ~8 %, Korean ~7 %, Chinese/Taiwanese/HK/Singaporean
~6 %; Thăng Long II is mostly Japanese), foreign parents ~0.6 % (only in buyer/JETRO lists). Records
per entity are skewed: ~2.2 on average, ~48 % of the entities are singletons, households mostly 1,
FDI suppliers up to ~12, a few Vietnamese firms 12-20. About 18 % of the entities come in
hard-negative clusters: Vietnamese groups (holding "Tập đoàn X" + "Cơ khí X Hưng Yên" + "Nhựa X",
shared HQ address and switchboard), same-brand Vietnamese
firms that are unrelated, FDI groups with two or three Vietnamese subsidiaries in different parks
plus the parent abroad, same-brand unrelated FDI firms in different parks, and namesake households
("Cơ khí Hùng Hương") in different communes.

SOURCES (share of records at n=100k, measured; habits)
  thue   ~19 %  Tax department extract (Aug 2025). Registered names, mostly UPPER CASE with
                diacritics, official wording ("CÔNG TY TRÁCH NHIỆM HỮU HẠN ..." or "CÔNG TY TNHH"),
                clean codes; branches as separate rows "CHI NHÁNH CÔNG TY ... TẠI HƯNG YÊN" with
                "<code>-001"; firms with the head office in Hà Nội appear only through their branch.
                Addresses as registered: about half still old units (huyện), half new units; for
                households the owner's personal tax code (8xxxxxxxxx) or, since 2025-07, the
                12-digit citizen-ID number.
  bql    ~ 8 %  Industrial-park boards' investor lists (old Hưng Yên board + old Thái Bình economic
                zone board, merged, mid 2025). Only firms in a KCN. FDI under the English name
                about half the time; the "tax" column holds the enterprise code, the investment
                registration (project) number, or nothing; addresses "Lô B-5, KCN Thăng Long II"
                with or without the commune; switchboard and fax.
  nmjp   ~ 4 %  Supplier master of an (invented) Japanese assembler in Thăng Long II (2023).
                Romaji upper case, katakana or kanji names, sometimes the parent's name for the
                local factory; vendor codes ("V10234") instead of tax codes; English addresses
                with old districts; "+84-221-..." phones.
  sct    ~ 5 %  Old Thái Bình DOIT list (compiled 2019-2024): only units in old Thái Bình. Old
                districts ("huyện Tiền Hải", "TP Thái Bình"), names as they were then, pre-2017
                landline codes (036, 0321, 04) and pre-2018 11-digit mobiles (0168...), a quarter
                of the rows damaged by a TCVN3 (ABC) font ("C«ng ty TNHH") and some by VNI
                ("Coâng ty TNHH").
  jetro  ~ 4 %  JETRO-style business-matching list (2022-2024), English names and addresses,
                rarely a tax code; includes Japanese parents with Japanese addresses.
  tke    ~14 %  Statistics office enterprise survey (2024): names cut at a fixed width of 50
                characters, codes exported as numbers (leading zero lost for 0-prefixed codes),
                old units, the accountant's mobile; households by owner name.
  bhxh   ~11 %  Social-insurance employer list (2025): UPPER CASE names, the tax column mixes the
                tax code with the insurance unit code ("YN0123A"); HR mobiles; branches as units;
                rare row shifts.
  form   ~13 %  Trade-fair registration Google Form (Oct 2025) typed by the firms: lower case, no
                diacritics, "cty tnhh", "cp", "kcn", typos, "MST: ...", mistyped or wrong codes
                (director's personal code, the parent's or the accounting firm's code), +84/84/0
                mobiles, several phones in one cell ("0221.3862345 / 0912 345 678"), duplicate
                submissions, old and new units mixed.
  hdon   ~13 %  Bank / e-invoice customer list (2025): half as bank account names (UPPER CASE,
                no diacritics, "CTY TNHH"), half as invoice names; Excel damage: leading zero lost,
                scientific notation ("9.01235E+08"), "-001" glued on; rare row shifts (a neighbour's
                code); head office addresses, often no phone.
  hkd    ~ 9 %  Commune lists of household businesses (Sep 2025, new communes): owner and trade
                name in varying order, citizen-ID numbers, household registration numbers or
                nothing in the tax column; thôn + new commune; the owner's mobile.

OTHER VARIATION: legal-form wording (Công ty TNHH / Cty TNHH / TNHH MTV / Công ty trách nhiệm hữu hạn
một thành viên / Co., Ltd / Cổ phần / CP / CTCP / JSC / DNTN / HTX); English vs Vietnamese names
("X Vina", "X Việt Nam", "X Vietnam Co., Ltd", "Vietnam X Technology", Chinese brands in Sino-
Vietnamese reading "Xinheng" = "Tân Hằng"); renamed, converted and moved firms (old sources keep the
old version, later sources are sometimes stale); tax codes missing, spaced, with "MST:", mistyped,
wrong-person; accounting-service phones shared by unrelated small firms; park landlord switchboards
shared by tenants; old (pre-2025) vs new communes and half-converted addresses ("xã Thụy Trình,
tỉnh Hưng Yên").

CODES: tax code = 9 digits + check digit d10 = 10 - (S mod 11), S = sum(d_i * w_i) with weights
31,29,23,19,17,13,7,5,3; a draw with S mod 11 == 0 (check would be 10) is rejected and redrawn (the
formula never yields 11). Prefixes: old Hưng Yên 0900/0901, old Thái Bình 1000/1001, Hà Nội
0100-0110, personal codes 80-86. Citizen IDs: birth-province code (033 Hưng Yên, 034 Thái Bình,
001 Hà Nội, ...) + sex/century digit + 2-digit birth year + 6 random digits. Investment registration
numbers, insurance unit codes, vendor codes and household registration numbers are invented formats.
Phones: landlines 0221 (Hưng Yên), 0227 (Thái Bình), 024 (Hà Nội) with 7/7/8-digit subscriber
numbers; their pre-2017 forms 0321 / 036 / 04; mobiles 03x/05x/07x/08x/09x (10 digits) and the
pre-2018 11-digit forms (0162-0169, 0120-0129, 0186, 0188, 0199).

Run ``python gen_hungyen.py 200 --show 30`` for sample rows, ``--stats`` for the distributions.
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata

__all__ = ["records", "SOURCES", "tax_check_ok", "main"]

# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------

SOURCES = {
    "thue": "Tax department extract, Aug 2025",
    "bql": "Industrial-park boards' investor lists, mid 2025",
    "nmjp": "Japanese assembler's supplier master, 2023",
    "sct": "Old Thái Bình DOIT CNHT list, 2019-2024",
    "jetro": "JETRO-style business-matching list, 2022-2024",
    "tke": "Statistics office enterprise survey, 2024",
    "bhxh": "Social-insurance employer list, 2025",
    "form": "Trade-fair registration Google Form, Oct 2025",
    "hdon": "Bank / e-invoice customer list, 2025",
    "hkd": "Commune lists of household businesses, Sep 2025",
}
_SRC = tuple(SOURCES)

# Per source: data vintage (decimal years, from-to) | probability that a post-merger row uses the new units
# ("-": the list predates the merger) | probability of a stale (pre-change) name/form/address | weight multiplier
# once the source was used for an entity (duplicate rows) | affinity for JP KR CN VN HH FP entities
_SRC_BLOB = """\
thue  | 2025.60 2025.65 | 0.45 | 0.00 | 0.01 | 3 3 3 3 1.6 0
bql   | 2025.30 2025.60 | 0.30 | 0.25 | 0.03 | 4.5 4.5 4.5 2.6 0 0
nmjp  | 2023.40 2023.50 |    - | 0.15 | 0.03 | 1.6 0.45 0.45 0.4 0 1
sct   | 2019.00 2024.50 |    - | 0.10 | 0.06 | 1.4 1.4 1.4 2.2 1.3 0
jetro | 2022.00 2024.90 |    - | 0.20 | 0.03 | 1.2 0.25 0.25 0.5 0 1.4
tke   | 2024.30 2024.40 |    - | 0.08 | 0.05 | 2 2 2 2.4 0.9 0
bhxh  | 2025.60 2025.75 | 0.35 | 0.20 | 0.06 | 2 2 2 1.7 0.12 0
form  | 2025.75 2025.80 | 0.55 | 0.04 | 0.25 | 1 0.8 0.6 2 0.8 0
hdon  | 2025.50 2025.85 | 0.35 | 0.12 | 0.15 | 1.4 1.4 1.4 2 0.7 0
hkd   | 2025.65 2025.70 | 0.90 | 0.10 | 0.08 | 0 0 0 0.3 4 0
"""
_AFF, _VINT, _PNEW, _STALE, _DUP = {}, {}, {}, {}, {}
for _row in _SRC_BLOB.strip().splitlines():
    _s, _v, _pn, _st, _dp, _af = (x.strip() for x in _row.split("|"))
    _VINT[_s] = tuple(float(x) for x in _v.split())
    if _pn != "-":
        _PNEW[_s] = float(_pn)
    _STALE[_s], _DUP[_s] = float(_st), float(_dp)
    _AFF[_s] = {
        k: float(x)
        for k, x in zip(("JP", "KR", "CN", "VN", "HH", "FP"), _af.split(), strict=True)
        if float(x)
    }

# records per entity: (values, cumulative weights)
_K = {
    "JP": ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12), (18, 38, 57, 72, 83, 90, 94, 97, 98.5, 99.5, 100)),
    "KR": ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), (25, 49, 68, 81, 89, 94, 97, 98.5, 99.5, 100)),
    "CN": ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), (27, 51, 70, 82, 90, 95, 97.5, 98.8, 99.6, 100)),
    "VN": ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), (42, 67, 81, 89, 94, 97, 98.5, 99.3, 99.8, 100)),
    "HH": ((1, 2, 3, 4, 5), (72, 91, 97, 99, 100)),
    "FP": ((1, 2), (80, 100)),
}

# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

_VN_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VN_ALL = _VN_LOWER + _VN_LOWER.upper()


def _base_char(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    return unicodedata.normalize("NFD", ch)[0]


_STRIP = str.maketrans({c: _base_char(c) for c in _VN_ALL})


def _strip(s: str) -> str:
    """Remove Vietnamese diacritics (đ -> d)."""
    return s.translate(_STRIP)


# TCVN3 (ABC) code points of the lower-case letters, shown as Latin-1 characters (the mojibake one
# sees when a .VnTime file is opened without the font). ư is 0xAD, a soft hyphen: invisible.
_TCVN3_LOWER = dict(
    zip(
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ",
        "\xb5\xb8\xb6\xb7\xb9\xa8\xbb\xbe\xbc\xbd\xc6\xa9\xc7\xca\xc8\xc9\xcb\xae\xcc\xd0\xce\xcf"
        "\xd1\xaa\xd2\xd5\xd3\xd4\xd6\xd7\xdd\xd8\xdc\xde\xdf\xe3\xe1\xe2\xe4\xab\xe5\xe8\xe6\xe7"
        "\xe9\xac\xea\xed\xeb\xec\xee\xef\xf3\xf1\xf2\xf4\xad\xf5\xf8\xf6\xf7\xf9\xfa\xfd\xfb\xfc"
        "\xfe",
        strict=True,
    )
)
_TCVN3_UPPER_BASE = {
    "Ă": "\xa1",
    "Â": "\xa2",
    "Ê": "\xa3",
    "Ô": "\xa4",
    "Ơ": "\xa5",
    "Ư": "\xa6",
    "Đ": "\xa7",
}


def _tcvn3_char(ch: str) -> str:
    if ch in _TCVN3_LOWER:
        return _TCVN3_LOWER[ch]
    if ch in _TCVN3_UPPER_BASE:
        return _TCVN3_UPPER_BASE[ch]
    lo = ch.lower()
    if lo in _TCVN3_LOWER:  # upper case with a tone: base capital (with hat/horn) + toned small code
        d = unicodedata.normalize("NFD", ch)
        shape = unicodedata.normalize("NFC", d[0] + "".join(m for m in d[1:] if m in "\u0302\u0306\u031b"))
        return _TCVN3_UPPER_BASE.get(shape, shape) + _TCVN3_LOWER[lo]
    return ch


_TCVN3 = str.maketrans({c: _tcvn3_char(c) for c in _VN_ALL})

_VNI_LOWER = dict(
    zip(
        "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
        (
            "aø aù aâ aõ eø eù eâ ì í oø où oâ oõ uø uù yù aê ñ ó uõ ô ö aï aû aá aà aå aã aä aé aè aú "
            "aü aë eï eû eõ eá eà eå eã eä æ ò oï oû oá oà oå oã oä ôù ôø ôû ôõ ôï uï uû öù öø öû öõ "
            "öï yø î yû yõ"
        ).split(),
        strict=True,
    )
)
_VNI = str.maketrans({**_VNI_LOWER, **{k.upper(): v.upper() for k, v in _VNI_LOWER.items()}})


def _tcvn3(s: str) -> str:
    return s.translate(_TCVN3)


def _vni(s: str) -> str:
    return s.translate(_VNI)


_NEIGH = dict(
    x.split(":")
    for x in "a:sq b:vn c:xv d:sf e:wr g:fh h:gj i:uo k:jl l:k m:n n:bm o:ip p:o r:et s:ad t:ry u:yi v:cb x:zc y:tu".split()
)


def _typo(s: str, r: random.Random) -> str:
    """One keyboard slip in a letter: swap, drop, double, neighbour key, lost diacritic."""
    n = len(s)
    if n < 5:
        return s
    i = 1 + int(r.random() * (n - 2))
    for _ in range(4):
        if s[i].isalpha():
            break
        i = 1 + int(r.random() * (n - 2))
    else:
        return s
    c = s[i]
    op = r.random()
    if op < 0.25 and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    if op < 0.45:
        return s[:i] + s[i + 1 :]
    if op < 0.55:
        return s[:i] + c + s[i:]
    b = _strip(c)
    if b != c and op < 0.8:
        return s[:i] + b + s[i + 1 :]
    nb = _NEIGH.get(b.lower())
    if nb:
        k = nb[int(r.random() * len(nb))]
        return s[:i] + (k.upper() if c.isupper() else k) + s[i + 1 :]
    return s[:i] + s[i + 1 :]


def _partial_strip(s: str, r: random.Random, p: float = 0.5) -> str:
    return " ".join(_strip(w) if r.random() < p else w for w in s.split(" "))


# lower-case abbreviations people type (applied to lower-cased, diacritics-kept text)
_CASUAL = (
    ("công ty trách nhiệm hữu hạn một thành viên", ("cty tnhh mtv", "công ty tnhh mtv", "cty tnhh 1tv")),
    ("công ty trách nhiệm hữu hạn", ("cty tnhh", "công ty tnhh", "cty tnhh")),
    ("công ty tnhh một thành viên", ("cty tnhh mtv", "công ty tnhh mtv")),
    ("công ty tnhh", ("cty tnhh", "cty tnhh", "c.ty tnhh", "ct tnhh", "tnhh")),
    ("công ty cổ phần", ("cty cp", "ctcp", "công ty cp", "cty cổ phần")),
    ("công ty cp", ("cty cp", "ctcp")),
    ("doanh nghiệp tư nhân", ("dntn", "dn tư nhân")),
    ("hộ kinh doanh", ("hkd", "hộ kd", "hộ kinh doanh")),
    ("sản xuất và thương mại", ("sx và tm", "sx & tm", "sản xuất thương mại", "sx-tm")),
    ("thương mại và dịch vụ", ("tm và dv", "tm-dv", "tmdv", "thương mại dịch vụ")),
    ("đầu tư và phát triển", ("đt và pt", "đầu tư phát triển", "đt&pt")),
    ("xuất nhập khẩu", ("xnk",)),
    ("khu công nghiệp", ("kcn",)),
    ("cụm công nghiệp", ("ccn", "cụm cn")),
    ("việt nam", ("vn", "việt nam", "vietnam")),
    ("chi nhánh", ("cn", "chi nhánh")),
)


def _casual(s: str, r: random.Random, p: float = 0.7) -> str:
    s = s.lower()
    for full, subs in _CASUAL:
        if full in s and r.random() < p:
            s = s.replace(full, subs[int(r.random() * len(subs))])
    return s


def _ascii_upper(s: str) -> str:
    return _strip(s).upper()


# --------------------------------------------------------------------------------------------
# Geography: old -> new communes of the new Hưng Yên (from the public 2025 merger resolutions, via
# the MIT-licensed vietnamadminunits data; a subset, good enough for synthetic addresses)
# --------------------------------------------------------------------------------------------

_UNIT_BLOB = """\
Xã Diên Hà = Huyện Hưng Hà: Xã Quang Trung, Xã Duyên Hải, Xã Văn Cẩm
Xã Hồng Minh = Huyện Hưng Hà: Xã Chí Hòa, Xã Minh Hòa, Xã Hồng Minh
Xã Hưng Hà = Huyện Hưng Hà: Thị trấn Hưng Hà, Xã Thống Nhất, Xã Hòa Bình, Xã Minh Khai, Xã Kim Trung, Xã Hồng Lĩnh, Xã Văn Lang
Xã Lê Quý Đôn = Huyện Hưng Hà: Xã Hồng An, Xã Minh Tân, Xã Độc Lập
Xã Long Hưng = Huyện Hưng Hà: Xã Tân Lễ, Thị trấn Hưng Nhân, Xã Liên Hiệp, Xã Tiến Đức, Xã Thái Hưng
Xã Ngự Thiên = Huyện Hưng Hà: Xã Cộng Hòa, Xã Canh Tân, Xã Hòa Tiến, Xã Tân Hòa
Xã Thần Khê = Huyện Hưng Hà: Xã Bắc Sơn, Xã Đông Đô, Xã Tây Đô, Xã Chi Lăng
Xã Tiên La = Huyện Hưng Hà: Xã Tân Tiến, Xã Đoan Hùng, Xã Phúc Khánh, Xã Thái Phương
Xã Châu Ninh = Huyện Khoái Châu: Xã Tứ Dân, Xã Tân Châu, Xã Đông Ninh, Xã Đại Tập
Xã Chí Minh = Huyện Khoái Châu: Xã Chí Minh, Xã Thuần Hưng, Xã Nguyễn Huệ
Xã Khoái Châu = Huyện Khoái Châu: Thị trấn Khoái Châu, Xã Đông Kết, Xã Liên Khê, Xã Phùng Hưng
Xã Triệu Việt Vương = Huyện Khoái Châu: Xã Phạm Hồng Thái, Xã Ông Đình, Xã Tân Dân, Xã An Vĩ
Xã Việt Tiến = Huyện Khoái Châu: Xã Dân Tiến, Xã Đồng Tiến, Xã Việt Hòa
Xã Đức Hợp = Huyện Kim Động: Xã Phú Thọ, Xã Mai Động, Xã Đức Hợp
Xã Hiệp Cường = Huyện Kim Động: Xã Song Mai, Xã Hùng An, Xã Hiệp Cường
Xã Lương Bằng = Huyện Kim Động: Thị trấn Lương Bằng, Xã Phạm Ngũ Lão, Xã Chính Nghĩa, Xã Diên Hồng
Xã Nghĩa Dân = Huyện Kim Động: Xã Nghĩa Dân, Xã Toàn Thắng, Xã Vĩnh Xá, Xã Đồng Thanh
Xã Bình Định = Huyện Kiến Xương: Xã Nam Bình, Xã Bình Định, Xã Hồng Tiến
Xã Bình Nguyên = Huyện Kiến Xương: Xã An Bình, Xã Bình Nguyên, Xã Thanh Tân
Xã Bình Thanh = Huyện Kiến Xương: Xã Minh Quang, Xã Minh Tân, Xã Bình Thanh
Xã Hồng Vũ = Huyện Kiến Xương: Xã Vũ Công, Xã Hồng Vũ
Xã Kiến Xương = Huyện Kiến Xương: Thị trấn Kiến Xương, Xã Bình Minh, Xã Quang Bình, Xã Quang Minh, Xã Quang Trung
Xã Lê Lợi = Huyện Kiến Xương: Xã Lê Lợi, Xã Thống Nhất
Xã Quang Lịch = Huyện Kiến Xương: Xã Vũ Lễ, Xã Quang Lịch, Xã Hòa Bình
Xã Trà Giang = Huyện Kiến Xương: Xã Trà Giang, Xã Quốc Tuấn, Xã Hồng Thái
Xã Vũ Quý = Huyện Kiến Xương: Xã Vũ Ninh, Xã Vũ An, Xã Vũ Quý, Xã Vũ Trung
Xã Đoàn Đào = Huyện Phù Cừ: Xã Phan Sào Nam, Xã Minh Hoàng, Xã Đoàn Đào
Xã Quang Hưng = Huyện Phù Cừ: Thị trấn Trần Cao, Xã Minh Tân, Xã Quang Hưng, Xã Tống Phan
Xã Tiên Tiến = Huyện Phù Cừ: Xã Đình Cao, Xã Nhật Quang, Xã Tiên Tiến
Xã Tống Trân = Huyện Phù Cừ: Xã Tam Đa, Xã Nguyên Hòa, Xã Tống Trân
Xã A Sào = Huyện Quỳnh Phụ: Xã An Khê, Xã An Đồng, Xã An Hiệp, Xã An Thái
Xã Đồng Bằng = Huyện Quỳnh Phụ: Xã An Cầu, Xã An Ấp, Xã An Quý, Xã An Lễ
Xã Minh Thọ = Huyện Quỳnh Phụ: Xã Quỳnh Hoa, Xã Quỳnh Thọ, Xã Quỳnh Giao, Xã Quỳnh Minh
Xã Ngọc Lâm = Huyện Quỳnh Phụ: Xã Quỳnh Lâm, Xã Quỳnh Hoàng, Xã Quỳnh Ngọc
Xã Nguyễn Du = Huyện Quỳnh Phụ: Xã Quỳnh Khê, Xã Châu Sơn, Xã Quỳnh Nguyên
Xã Phụ Dực = Huyện Quỳnh Phụ: Xã An Ninh, Thị trấn An Bài, Xã An Thanh, Xã An Vũ, Xã An Mỹ
Xã Quỳnh An = Huyện Quỳnh Phụ: Xã An Vinh, Xã Đông Hải, Xã Trang Bảo Xá
Xã Quỳnh Phụ = Huyện Quỳnh Phụ: Thị trấn Quỳnh Côi, Xã Quỳnh Hồng, Xã Quỳnh Hải, Xã Quỳnh Hội, Xã Quỳnh Mỹ, Xã Quỳnh Hưng
Xã Tân Tiến = Huyện Quỳnh Phụ: Xã An Dục, Xã An Tràng, Xã Đồng Tiến
Xã Bắc Thái Ninh = Huyện Thái Thụy: Xã Dương Hồng Thủy, Xã Thái Phúc
Xã Bắc Thụy Anh = Huyện Thái Thụy: Xã Thụy Quỳnh, Xã Thụy Việt, Xã Thụy Văn
Xã Đông Thái Ninh = Huyện Thái Thụy: Xã Thái Đô, Xã Thái Xuyên, Xã Mỹ Lộc, Xã Tân Học
Xã Đông Thụy Anh = Huyện Thái Thụy: Xã Thụy Trường, Xã Hồng Dũng, Xã An Tân, Xã Thụy Xuân
Xã Nam Thái Ninh = Huyện Thái Thụy: Xã Thái Thịnh, Xã Thuần Thành, Xã Thái Thọ
Xã Nam Thụy Anh = Huyện Thái Thụy: Xã Thụy Duyên, Xã Thụy Thanh, Xã Thụy Phong
Xã Tây Thái Ninh = Huyện Thái Thụy: Xã Thái Giang, Xã Sơn Hà
Xã Tây Thụy Anh = Huyện Thái Thụy: Xã Thụy Ninh, Xã Thụy Chính, Xã Thụy Dân
Xã Thái Ninh = Huyện Thái Thụy: Xã Thái Thượng, Xã Thái Nguyên, Xã Hòa An, Xã Thái Hưng
Xã Thái Thụy = Huyện Thái Thụy: Thị trấn Diêm Điền, Xã Thụy Trình, Xã Thụy Bình, Xã Thụy Hải, Xã Thụy Liên
Xã Thụy Anh = Huyện Thái Thụy: Xã Thụy Hưng, Xã Dương Phúc, Xã Thụy Sơn
Xã Hoàng Hoa Thám = Huyện Tiên Lữ: Thị trấn Vương, Xã Hưng Đạo, Xã Nhật Tân, Xã An Viên
Xã Tiên Hoa = Huyện Tiên Lữ: Xã Lệ Xá, Xã Trung Dũng, Xã Cương Chính
Xã Tiên Lữ = Huyện Tiên Lữ: Xã Hải Thắng, Xã Thiện Phiến, Xã Thụy Lôi
Xã Ái Quốc = Huyện Tiền Hải: Xã Tây Giang, Xã Ái Quốc
Xã Đồng Châu = Huyện Tiền Hải: Xã Đông Hoàng, Xã Đông Minh, Xã Đông Cơ, Xã Đông Lâm
Xã Đông Tiền Hải = Huyện Tiền Hải: Xã Đông Trà, Xã Đông Long, Xã Đông Xuyên, Xã Đông Quang
Xã Hưng Phú = Huyện Tiền Hải: Xã Nam Trung, Xã Nam Hưng, Xã Nam Phú
Xã Nam Cường = Huyện Tiền Hải: Xã Nam Cường, Xã Nam Chính, Xã Nam Thịnh, Xã Nam Tiến
Xã Nam Tiền Hải = Huyện Tiền Hải: Xã Nam Hà, Xã Nam Hồng, Xã Nam Hải
Xã Tây Tiền Hải = Huyện Tiền Hải: Xã Phương Công, Xã Vân Trường, Xã Bắc Hải
Xã Tiền Hải = Huyện Tiền Hải: Thị trấn Tiền Hải, Xã Vũ Lăng, Xã Tây Lương, Xã Tây Ninh, Xã An Ninh
Xã Mễ Sở = Huyện Văn Giang: Xã Thắng Lợi, Xã Mễ Sở / Huyện Khoái Châu: Xã Bình Minh
Xã Nghĩa Trụ = Huyện Văn Giang: Xã Nghĩa Trụ, Xã Long Hưng, Xã Vĩnh Khúc
Xã Phụng Công = Huyện Văn Giang: Xã Xuân Quan, Xã Cửu Cao, Xã Phụng Công
Xã Văn Giang = Huyện Văn Giang: Thị trấn Văn Giang, Xã Liên Nghĩa, Xã Tân Tiến
Xã Đại Đồng = Huyện Văn Lâm: Xã Đại Đồng, Xã Việt Hưng, Xã Lương Tài
Xã Lạc Đạo = Huyện Văn Lâm: Xã Chỉ Đạo, Xã Minh Hải
Xã Như Quỳnh = Huyện Văn Lâm: Thị trấn Như Quỳnh, Xã Tân Quang, Xã Trưng Trắc, Xã Lạc Hồng, Xã Đình Dù
Xã Tân Thuận = Huyện Vũ Thư: Xã Tân Lập, Xã Bách Thuận, Xã Tự Tân
Xã Thư Trì = Huyện Vũ Thư: Xã Hiệp Hòa, Xã Song Lãng, Xã Minh Lãng
Xã Thư Vũ = Huyện Vũ Thư: Xã Vũ Hội, Xã Việt Thuận, Xã Vũ Vinh, Xã Vũ Vân
Xã Vạn Xuân = Huyện Vũ Thư: Xã Hồng Lý, Xã Đồng Thanh, Xã Xuân Hòa, Xã Việt Hùng
Xã Vũ Thư = Huyện Vũ Thư: Thị trấn Vũ Thư, Xã Minh Khai, Xã Dũng Nghĩa, Xã Minh Quang, Xã Tam Quang, Xã Hòa Bình
Xã Vũ Tiên = Huyện Vũ Thư: Xã Vũ Đoài, Xã Vũ Tiến, Xã Duy Nhất, Xã Hồng Phong
Xã Hoàn Long = Huyện Yên Mỹ: Xã Đồng Than, Xã Hoàn Long / Huyện Khoái Châu: Xã Đông Tảo
Xã Nguyễn Văn Linh = Huyện Yên Mỹ: Xã Nguyễn Văn Linh, Xã Ngọc Long, Xã Liêu Xá, Xã Giai Phạm
Xã Việt Yên = Huyện Yên Mỹ: Xã Thanh Long, Xã Yên Phú, Xã Việt Yên, Xã Minh Châu, Xã Yên Hòa
Xã Yên Mỹ = Huyện Yên Mỹ: Thị trấn Yên Mỹ, Xã Tân Lập, Xã Trung Hòa, Xã Tân Minh, Xã Lý Thường Kiệt
Xã Ân Thi = Huyện Ân Thi: Thị trấn Ân Thi, Xã Quang Vinh, Xã Hoàng Hoa Thám
Xã Hồng Quang = Huyện Ân Thi: Xã Hồ Tùng Mậu, Xã Tiền Phong, Xã Hồng Quang, Xã Hạ Lễ
Xã Nguyễn Trãi = Huyện Ân Thi: Xã Đa Lộc, Xã Đặng Lễ, Xã Cẩm Ninh, Xã Nguyễn Trãi
Xã Phạm Ngũ Lão = Huyện Ân Thi: Xã Phù Ủng, Xã Bắc Sơn, Xã Bãi Sậy, Xã Đào Dương
Xã Xuân Trúc = Huyện Ân Thi: Xã Vân Du, Xã Xuân Trúc, Xã Quảng Lãng
Xã Bắc Đông Hưng = Huyện Đông Hưng: Xã Đông Phương, Xã Đông Cường, Xã Đông Xá
Xã Bắc Đông Quan = Huyện Đông Hưng: Xã Hà Giang, Xã Đông Kinh, Xã Đông Vinh
Xã Bắc Tiên Hưng = Huyện Đông Hưng: Xã Liên An Đô, Xã Phú Lương, Xã Mê Linh, Xã Lô Giang
Xã Đông Hưng = Huyện Đông Hưng: Thị trấn Đông Hưng, Xã Đông Sơn, Xã Đông La, Xã Nguyên Xá, Xã Đông Hợp, Xã Đông Các
Xã Đông Quan = Huyện Đông Hưng: Xã Đông Tân, Xã Đông Quan, Xã Đông Á
Xã Đông Tiên Hưng = Huyện Đông Hưng: Xã Phong Dương Tiến, Xã Phú Châu
Xã Nam Đông Hưng = Huyện Đông Hưng: Xã Xuân Quang Động, Xã Đông Hoàng
Xã Nam Tiên Hưng = Huyện Đông Hưng: Xã Liên Hoa, Xã Trọng Quan, Xã Hồng Giang, Xã Minh Phú
Xã Tiên Hưng = Huyện Đông Hưng: Xã Minh Tân, Xã Hồng Việt, Xã Thăng Long, Xã Hồng Bạch
Phường Hồng Châu = Thành phố Hưng Yên: Phường Hồng Châu, Xã Quảng Châu, Xã Hoàng Hanh
Phường Phố Hiến = Thành phố Hưng Yên: Phường Hiến Nam, Phường An Tảo, Phường Lê Lợi, Phường Minh Khai, Xã Trung Nghĩa, Xã Liên Phương
Phường Sơn Nam = Thành phố Hưng Yên: Phường Lam Sơn, Xã Bảo Khê, Xã Phú Cường, Xã Hùng Cường
Xã Tân Hưng = Thành phố Hưng Yên: Xã Phương Nam, Xã Tân Hưng / Huyện Tiên Lữ: Xã Thủ Sỹ
Phường Thái Bình = Thành phố Thái Bình: Phường Lê Hồng Phong, Phường Bồ Xuyên, Phường Tiền Phong, Xã Tân Bình / Huyện Vũ Thư: Xã Phúc Thành, Xã Tân Phong, Xã Tân Hòa
Phường Trà Lý = Thành phố Thái Bình: Xã Đông Hòa, Phường Hoàng Diệu, Xã Đông Mỹ, Xã Đông Thọ / Huyện Đông Hưng: Xã Đông Dương
Phường Trần Hưng Đạo = Thành phố Thái Bình: Phường Đề Thám, Phường Quang Trung, Phường Trần Hưng Đạo, Xã Phú Xuân
Phường Trần Lãm = Thành phố Thái Bình: Phường Kỳ Bá, Phường Trần Lãm, Xã Vũ Chính, Xã Vũ Đông, Xã Vũ Lạc / Huyện Kiến Xương: Xã Tây Sơn
Phường Vũ Phúc = Thành phố Thái Bình: Phường Phú Khánh, Xã Vũ Phúc / Huyện Vũ Thư: Xã Song An, Xã Trung An, Xã Nguyên Xá
Phường Đường Hào = Thị xã Mỹ Hào: Phường Dị Sử, Phường Phùng Chí Kiên, Xã Xuân Dục, Xã Ngọc Lâm, Xã Hưng Long
Phường Mỹ Hào = Thị xã Mỹ Hào: Phường Bần Yên Nhân, Phường Phan Đình Phùng, Xã Cẩm Xá, Phường Nhân Hòa
Phường Thượng Hồng = Thị xã Mỹ Hào: Xã Dương Quang, Xã Hòa Phong, Phường Bạch Sam, Phường Minh Đức
"""

# Hà Nội head offices: (old district, old ward, new ward, streets)
# Hà Nội head offices: old district | old ward | new ward | streets
_HN_BLOB = """\
Quận Long Biên | Phường Ngọc Lâm | Phường Bồ Đề | phố Ngọc Lâm; đường Nguyễn Văn Cừ
Huyện Gia Lâm | Xã Dương Xá | Xã Gia Lâm | đường Dương Xá; đường Ỷ Lan
Huyện Gia Lâm | Xã Kiêu Kỵ | Xã Gia Lâm | đường Kiêu Kỵ
Quận Hà Đông | Phường Vạn Phúc | Phường Hà Đông | phố Vạn Phúc; đường Lê Văn Lương
Quận Hà Đông | Phường Phúc La | Phường Hà Đông | phố Phúc La; đường Văn Phú
Quận Nam Từ Liêm | Phường Cầu Diễn | Phường Từ Liêm | đường Hồ Tùng Mậu
Quận Bắc Từ Liêm | Phường Phú Diễn | Phường Phú Diễn | đường Phú Diễn; đường Cầu Diễn
Quận Thanh Xuân | Phường Khương Mai | Phường Phương Liệt | phố Khương Trung; đường Trường Chinh
Quận Cầu Giấy | Phường Nghĩa Tân | Phường Nghĩa Đô | phố Trần Quốc Hoàn; phố Tô Hiệu
Huyện Đông Anh | Xã Cổ Loa | Xã Đông Anh | đường Cổ Loa
Huyện Gia Lâm | Thị trấn Yên Viên | Xã Phù Đổng | phố Hà Huy Tập
Huyện Gia Lâm | Xã Lệ Chi | Xã Thuận An | đường Lệ Chi
Quận Bắc Từ Liêm | Phường Thượng Cát | Phường Thượng Cát | đường Thượng Cát
"""
_HN_UNITS = tuple(
    (f[0], f[1], f[2], tuple(f[3].split("; ")))
    for f in (x.split(" | ") for x in _HN_BLOB.strip().splitlines())
)

_TB_DISTRICTS = {
    "Thành phố Thái Bình",
    "Huyện Đông Hưng",
    "Huyện Hưng Hà",
    "Huyện Kiến Xương",
    "Huyện Quỳnh Phụ",
    "Huyện Thái Thụy",
    "Huyện Tiền Hải",
    "Huyện Vũ Thư",
}
_TYPES = ("Thị trấn", "Thị xã", "Thành phố", "Phường", "Xã", "Huyện", "Quận")
_TYPE_ABBR = {
    "Thị trấn": "TT",
    "Thị xã": "TX",
    "Thành phố": "TP",
    "Phường": "P.",
    "Xã": "X.",
    "Huyện": "H.",
    "Quận": "Q.",
}
_TYPE_EN = {
    "Thị trấn": "Town",
    "Thị xã": "Town",
    "Thành phố": "City",
    "Phường": "Ward",
    "Xã": "Commune",
    "Huyện": "District",
    "Quận": "District",
}


def _split_type(s: str) -> tuple[str, str]:
    for t in _TYPES:
        if s.startswith(t + " "):
            return t, s[len(t) + 1 :]
    return "", s


# unit = (region, old ward type, old ward name, district type, district name, new type, new name,
#         streets or ())
_UNITS: list[tuple] = []
_UNIT_IX: dict[tuple[str, str], int] = {}
for _line in _UNIT_BLOB.strip().splitlines():
    _new, _rest = _line.split(" = ")
    _nt, _nn = _split_type(_new)
    for _grp in _rest.split(" / "):
        _dist, _wards = _grp.split(": ")
        _dt, _dn = _split_type(_dist)
        _reg = "TB" if _dist in _TB_DISTRICTS else "HY"
        for _w in _wards.split(", "):
            _wt, _wn = _split_type(_w)
            _UNIT_IX[(_dist, _w)] = len(_UNITS)
            _UNITS.append((_reg, _wt, _wn, _dt, _dn, _nt, _nn, ()))
for _d, _w, _n, _st in _HN_UNITS:
    _UNIT_IX[(_d, _w)] = len(_UNITS)
    _UNITS.append(("HN",) + _split_type(_w) + _split_type(_d) + _split_type(_n) + (_st,))
_HY_UNITS = [i for i, u in enumerate(_UNITS) if u[0] == "HY"]
_TB_UNITS = [i for i, u in enumerate(_UNITS) if u[0] == "TB"]
_HN_UIX = [i for i, u in enumerate(_UNITS) if u[0] == "HN"]
_CITY_STREETS = {
    "Hưng Yên": tuple(
        (
            "đường Nguyễn Văn Linh, đường Điện Biên, đường Tô Hiệu, đường Chùa Chuông, đường Phạm Ngũ "
            "Lão, đường Bạch Đằng, đường Hải Thượng Lãn Ông, đường Triệu Quang Phục, đường Nguyễn Thiện "
            "Thuật, đường Lê Văn Lương"
        ).split(", ")
    ),
    "Thái Bình": tuple(
        (
            "đường Lý Bôn, đường Trần Hưng Đạo, đường Lê Lợi, đường Lý Thường Kiệt, đường Trần Thái "
            "Tông, đường Quang Trung, đường Hùng Vương, đường Trần Lãm, đường Kỳ Đồng, đường Long Hưng, "
            "đường Hoàng Công Chất, đường Ngô Quyền, đường Lê Quý Đôn, đường Trần Nhân Tông"
        ).split(", ")
    ),
}
_ROADS = {
    k: tuple(v.split(", "))
    for k, v in (
        x.split(": ")
        for x in (
            "Văn Lâm: Quốc lộ 5, Đường tỉnh 385; "
            "Mỹ Hào: Quốc lộ 5, Quốc lộ 39; "
            "Yên Mỹ: Quốc lộ 39, Đường tỉnh 376; "
            "Văn Giang: Đường tỉnh 379; "
            "Khoái Châu: Đường tỉnh 377, Đường tỉnh 383; "
            "Kim Động: Quốc lộ 39, Quốc lộ 38; "
            "Ân Thi: Quốc lộ 38; "
            "Đông Hưng: Quốc lộ 10, Quốc lộ 39; "
            "Quỳnh Phụ: Quốc lộ 10; "
            "Vũ Thư: Quốc lộ 10; "
            "Thái Thụy: Quốc lộ 39, Quốc lộ 37; "
            "Tiền Hải: Quốc lộ 37B; "
            "Kiến Xương: Quốc lộ 37B; "
            "Hưng Hà: Quốc lộ 39; "
        )
        .rstrip("; ")
        .split("; ")
    )
}
_THON = tuple(
    (
        "Đông, Tây, Nam, Bắc, Trung, Đoài, Thượng, Hạ, Tiền Phong, Tân Phúc, Phú Thị, An Lạc, Lực Điền, "
        "Bình Minh, Đồng Xuân, Cao Xá, Phương Trù, Nhân Lý, Hòa Bình, Quang Trung, Đại Hạnh, Kim Quan, "
        "Văn Nhuế, Thọ Khê, Tiên Xá, Đồng Lạc, Ninh Xá, Xuân Lôi, Hậu Thượng, Thái Lạc, Mễ Xá, Đa Ngưu, "
        "Ngọc Đà, Hải Yến, Trung Thành, Vân Đình, Quan Xuyên, An Phú"
    ).split(", ")
)

# parks: code, kind, region, vi names (first canonical), en names, old units, lot style,
# weights for (JP, KR, CN, VN, HH)
# code | kind | Vietnamese names (first canonical) | English names | old units (district: ward) | lot style |
# weights for JP KR CN VN HH
_PARKS_BLOB = """\
PNA | KCN | Phố Nối A; Phố Nối A; Phố Nối | Pho Noi A Industrial Park; Pho Noi A IP; Pho Noi A Industrial Zone | Huyện Văn Lâm: Xã Trưng Trắc; Huyện Văn Lâm: Xã Lạc Hồng; Huyện Văn Lâm: Xã Minh Hải; Huyện Yên Mỹ: Xã Giai Phạm | alnum | 3 3 2.5 4 0
TL2 | KCN | Thăng Long II; Thăng Long 2; TL II; Thăng Long II (TLIP II) | Thang Long Industrial Park II; Thang Long II IP; TLIP II; Thang Long II Industrial Park | Huyện Yên Mỹ: Xã Liêu Xá; Huyện Yên Mỹ: Xã Tân Lập; Thị xã Mỹ Hào: Phường Dị Sử; Thị xã Mỹ Hào: Xã Hòa Phong | dash | 9 1 0.4 0.8 0
MD | KCN | Minh Đức | Minh Duc Industrial Park; Minh Duc IP | Thị xã Mỹ Hào: Phường Minh Đức; Thị xã Mỹ Hào: Phường Bạch Sam | cn | 1 1.5 1.5 1.5 0
YM | KCN | Yên Mỹ | Yen My Industrial Park; Yen My IP | Huyện Yên Mỹ: Xã Trung Hòa; Huyện Yên Mỹ: Xã Tân Lập; Huyện Yên Mỹ: Xã Lý Thường Kiệt | alnum | 1.5 1 1.5 1 0
YM2 | KCN | Yên Mỹ II; Yên Mỹ 2 | Yen My II Industrial Park; Yen My 2 IP | Huyện Yên Mỹ: Xã Yên Hòa; Huyện Yên Mỹ: Xã Minh Châu | cn | 1 1 1.5 0.8 0
TD | KCN | Tân Dân | Tan Dan Industrial Park; Tan Dan IP | Huyện Khoái Châu: Xã Tân Dân; Huyện Khoái Châu: Xã Dân Tiến | alnum | 0.8 1 1 1 0
DMPN | KCN | Dệt may Phố Nối; Dệt May Phố Nối; Phố Nối B | Pho Noi Textile and Garment Industrial Park; Pho Noi B IP | Huyện Yên Mỹ: Xã Nguyễn Văn Linh; Thị xã Mỹ Hào: Phường Dị Sử | alnum | 0.3 1 1 1.2 0
KD | KCN | Kim Động | Kim Dong Industrial Park | Huyện Kim Động: Xã Vĩnh Xá; Huyện Kim Động: Xã Toàn Thắng | num | 0.2 0.3 0.6 0.6 0
LHT | KCN | Liên Hà Thái; Liên Hà Thái (Greeniant); Greeniant | Lien Ha Thai Industrial Park; Greeniant Industrial Park; Lien Ha Thai IP (Greeniant) | Huyện Thái Thụy: Xã Thụy Trình; Huyện Thái Thụy: Thị trấn Diêm Điền; Huyện Thái Thụy: Xã Thụy Hải | cn | 0.6 1.2 2.5 0.6 0
CNG | KCN | Cầu Nghìn | Cau Nghin Industrial Park; Cau Nghin IP | Huyện Quỳnh Phụ: Thị trấn An Bài; Huyện Quỳnh Phụ: Xã An Thanh | alnum | 0.3 0.8 1 0.8 0
TH | KCN | Tiền Hải | Tien Hai Industrial Park; Tien Hai IP | Huyện Tiền Hải: Xã Tây Giang; Huyện Tiền Hải: Xã Tây Lương; Huyện Tiền Hải: Xã Đông Lâm; Huyện Tiền Hải: Xã Đông Cơ | num | 0.3 0.5 1 1 0
ST | KCN | Sông Trà | Song Tra Industrial Park; Song Tra IP | Thành phố Thái Bình: Xã Tân Bình; Huyện Vũ Thư: Xã Tân Phong | alnum | 0.3 0.8 1 1 0
PK | KCN | Phúc Khánh | Phuc Khanh Industrial Park; Phuc Khanh IP | Thành phố Thái Bình: Phường Phú Khánh | alnum | 0.3 0.8 0.8 1.2 0
NDC | KCN | Nguyễn Đức Cảnh | Nguyen Duc Canh Industrial Park | Thành phố Thái Bình: Phường Tiền Phong | alnum | 0.2 0.5 0.5 1 0
GL | KCN | Gia Lễ | Gia Le Industrial Park | Thành phố Thái Bình: Xã Đông Mỹ; Huyện Đông Hưng: Xã Đông Xá | num | 0.2 0.4 0.6 0.6 0
CTQ | CCN | Tân Quang | Tan Quang Industrial Cluster | Huyện Văn Lâm: Xã Tân Quang | num | 0 0.1 0.4 1.5 0.3
CNQ | CCN | Như Quỳnh | Nhu Quynh Industrial Cluster | Huyện Văn Lâm: Thị trấn Như Quỳnh | num | 0 0.1 0.3 1.2 0.3
CDS | CCN | Dị Sử | Di Su Industrial Cluster | Thị xã Mỹ Hào: Phường Dị Sử | num | 0.05 0.2 0.3 1.2 0.2
CTL | CCN | Tân Lập | Tan Lap Industrial Cluster | Huyện Yên Mỹ: Xã Tân Lập | num | 0.05 0.1 0.3 1 0.2
CNL | CCN | Ngọc Long | Ngoc Long Industrial Cluster | Huyện Yên Mỹ: Xã Ngọc Long | num | 0 0.1 0.2 0.8 0.2
CLB | CCN | Lương Bằng | Luong Bang Industrial Cluster | Huyện Kim Động: Thị trấn Lương Bằng | num | 0 0.05 0.2 0.7 0.2
CPP | CCN | Phong Phú | Phong Phu Industrial Cluster | Thành phố Thái Bình: Phường Tiền Phong | num | 0 0.1 0.3 1.2 0.3
CTLM | CCN | Trần Lãm | Tran Lam Industrial Cluster | Thành phố Thái Bình: Phường Trần Lãm | num | 0 0.05 0.2 0.8 0.3
CQG | CCN | Quỳnh Giao | Quynh Giao Industrial Cluster | Huyện Quỳnh Phụ: Xã Quỳnh Giao | num | 0 0.1 0.3 0.8 0.3
CDL | CCN | Đông La | Dong La Industrial Cluster | Huyện Đông Hưng: Xã Đông La | num | 0 0.05 0.2 0.8 0.3
CVH | CCN | Vũ Hội | Vu Hoi Industrial Cluster | Huyện Vũ Thư: Xã Vũ Hội | num | 0 0.05 0.2 0.6 0.2
CTT | CCN | Thái Thọ | Thai Tho Industrial Cluster | Huyện Thái Thụy: Xã Thái Thọ | num | 0 0.05 0.3 0.6 0.2
"""


def _parse_park(line: str) -> tuple:
    f = [x.strip() for x in line.split(" | ")]
    units = tuple(tuple(u.split(": ")) for u in f[4].split("; "))
    return (
        f[0],
        f[1],
        tuple(f[2].split("; ")),
        tuple(f[3].split("; ")),
        units,
        f[5],
        tuple(float(x) for x in f[6].split()),
    )


_PARKS_RAW = tuple(_parse_park(x) for x in _PARKS_BLOB.strip().splitlines())
# park = (code, kind, region, vi names, en names, unit indices, lot style)
_PARKS = [
    (p[0], p[1], _UNITS[_UNIT_IX[p[4][0]]][0], p[2], p[3], tuple(_UNIT_IX[u] for u in p[4]), p[5])
    for p in _PARKS_RAW
]
_KIND_COL = {"JP": 0, "KR": 1, "CN": 2, "VN": 3, "HH": 4}


def _cum(ws):
    out, t = [], 0.0
    for w in ws:
        t += w
        out.append(t)
    return out


_PARK_CUM = {
    k: (
        _cum([p[6][c] if p[1] == "KCN" else 0 for p in _PARKS_RAW]),
        _cum([p[6][c] if p[1] == "CCN" else 0 for p in _PARKS_RAW]),
    )
    for k, c in _KIND_COL.items()
}

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_VN_SYL = (
    "An Anh Bảo Bình Cường Đại Đạt Đức Dũng Duy Gia Giang Hà Hải Hạnh Hào Hiền Hiếu Hòa "
    "Hoàng Hồng Hưng Hương Huy Khải Khang Khánh Kiên Kim Lâm Lân Linh Lộc Long Lợi Mai Mạnh "
    "Minh Nam Nghĩa Ngọc Nhật Phát Phong Phú Phúc Phương Quang Quân Quý Sơn Tài Tâm Tân Thắng "
    "Thành Thảo Thịnh Thuận Tiến Toàn Trí Trung Trường Tuấn Tùng Uy Văn Việt Vinh Vĩnh Vượng "
    "Xuân Yên Hậu Đông Tây Bắc Nguyên Thái Châu Sáng Tín Kỳ Lực Hợp Cát Đăng Hoa Thiện Thông "
    "Tú Bách Chiến Công Đô Hiệp Hiển Khôi Lạc Mỹ Ninh Phụng Sao Thạch Thiên Tường Vạn Vũ"
).split()
_ACR = "ABCDEGHKLMNPQSTV"
_CMP_A = tuple(
    (
        "Vina, Viet, Tech, Hung, Thai, Dai, Tan, Phu, Nam, Sao, Kim, Hoa, Minh, Song, Hong, Delta, Sun, "
        "Star, Asia, Inter, Pro, Uni, Mega, Eco, Vin, Tri, Lam, Phong, Dong, Hai"
    ).split(", ")
)
_CMP_B = tuple(
    (
        "tech, plast, mec, tek, pack, tronic, steel, metal, wire, mold, tex, flex, com, max, pro, link, "
        "cons, gear, part, form"
    ).split(", ")
)

# sectors: code, vi phrases, en phrases, household trade words, supplier-capable
# sectors: code | Vietnamese phrases | English phrases | household trade words | supplier-capable
_SECTOR_BLOB = """\
mech | Cơ khí; Cơ khí chính xác; Gia công cơ khí; Cơ khí chế tạo | Mechanical; Precision Mechanics; Mechanical Processing; Machinery Manufacturing | Cơ khí; Xưởng cơ khí; Cơ sở cơ khí; Tiện phay; Gò hàn | 1
mold | Khuôn mẫu; Khuôn mẫu chính xác; Chế tạo khuôn | Mould; Precision Mold; Mold Making | Cơ sở làm khuôn; Khuôn mẫu | 1
elec | Điện tử; Linh kiện điện tử; Công nghệ điện tử | Electronics; Electronic Components; Electronic Technology | Điện tử; Sửa chữa lắp ráp điện tử | 1
plas | Nhựa; Nhựa kỹ thuật; Ép nhựa; Nhựa và Bao bì | Plastic; Engineering Plastics; Plastic Injection; Plastic and Packaging | Cơ sở ép nhựa; Ép nhựa; Tái chế nhựa | 1
wire | Dây điện; Dây và Cáp điện; Dây dẫn điện | Wire Harness; Wire and Cable; Wiring | Cơ sở gia công dây điện | 1
pack | Bao bì; Bao bì Carton; In và Bao bì; Bao bì nhựa | Packaging; Carton Packaging; Printing and Packaging; Plastic Packaging | Cơ sở bao bì; In bao bì; Bao bì carton | 1
garm | Phụ liệu may; Phụ liệu dệt may; Nhãn mác; Khóa kéo | Garment Accessories; Textile Accessories; Labels; Zipper | Cơ sở may; May mặc; Phụ liệu may | 0
surf | Xi mạ; Sơn tĩnh điện; Xử lý bề mặt | Plating; Powder Coating; Surface Treatment | Cơ sở xi mạ; Sơn tĩnh điện | 1
metl | Kim khí; Đúc; Kết cấu thép; Thép | Metal; Casting; Steel Structure; Steel | Đúc đồng; Cơ sở đúc; Gò hàn; Kết cấu thép | 1
fast | Lò xo; Bu lông ốc vít; Ốc vít | Spring; Fastener; Screw | Cơ sở sản xuất ốc vít; Tiện | 1
rubb | Cao su kỹ thuật; Cao su | Technical Rubber; Rubber | Cơ sở cao su | 1
"""
_SECTORS = tuple(
    (f[0], tuple(f[1].split("; ")), tuple(f[2].split("; ")), tuple(f[3].split("; ")), f[4] == "1")
    for f in (x.split(" | ") for x in _SECTOR_BLOB.strip().splitlines())
)
_SEC_IX = {s[0]: i for i, s in enumerate(_SECTORS)}
_SEC_CUM = _cum((26, 7, 11, 14, 5, 10, 8, 5, 8, 4, 2))
_GENERIC = (
    ("Sản xuất và Thương mại", "Production and Trading"),
    ("Thương mại và Dịch vụ", "Trading and Services"),
    ("Đầu tư và Phát triển", "Investment and Development"),
    ("Công nghiệp", "Industrial"),
    ("Kỹ thuật", "Engineering"),
    ("Công nghệ", "Technology"),
    ("Xuất nhập khẩu", "Import Export"),
    ("Thương mại", "Trading"),
    ("Sản xuất", "Manufacturing"),
    ("Đầu tư", "Investment"),
)

_FORM_VI = {
    "TNHH": ("Công ty trách nhiệm hữu hạn", "Công ty TNHH", "Công ty TNHH", "Cty TNHH"),
    "MTV": (
        "Công ty trách nhiệm hữu hạn một thành viên",
        "Công ty TNHH một thành viên",
        "Công ty TNHH MTV",
        "Cty TNHH MTV",
    ),
    "CP": ("Công ty cổ phần", "Công ty cổ phần", "Công ty CP", "CTCP"),
    "DNTN": ("Doanh nghiệp tư nhân", "Doanh nghiệp tư nhân", "DNTN", "DNTN"),
    "HTX": ("Hợp tác xã", "Hợp tác xã", "HTX", "HTX"),
}
_FORM_EN = {
    "TNHH": ("Company Limited", "Co., Ltd", "Co.,Ltd", "Co., Ltd.", "Co. Ltd", "LLC"),
    "MTV": ("One Member Company Limited", "Co., Ltd", "Co.,Ltd", "One Member Co., Ltd", "Co., Ltd.", "LLC"),
    "CP": ("Joint Stock Company", "JSC", "Joint Stock Co.", "., JSC", "Corporation", "J.S.C"),
    "DNTN": ("Private Enterprise", "Private Enterprise", "Co., Ltd", "Private Enterprise"),
    "HTX": ("Cooperative", "Cooperative", "Co-operative", "Cooperative"),
}

# Japanese roots (romaji, kanji, katakana)
_JP_ROOTS = tuple(
    tuple(x.split("/"))
    for x in (
        "Yama/山/ヤマ, Kawa/川/カワ, Naka/中/ナカ, Taka/高/タカ, Mori/森/モリ, Ta/田/タ, Moto/本/モト, Shima/島/シマ, "
        "Saki/崎/サキ, Hira/平/ヒラ, Ishi/石/イシ, Oka/岡/オカ, Matsu/松/マツ, Hara/原/ハラ, No/野/ノ, Mura/村/ムラ, Kiku/菊/キク, "
        "Asa/浅/アサ, Nishi/西/ニシ, Kita/北/キタ, Miya/宮/ミヤ, Kane/金/カネ, Sugi/杉/スギ, Hoso/細/ホソ, Tsuru/鶴/ツル, "
        "Take/竹/タケ, Ike/池/イケ, Kuro/黒/クロ, Shira/白/シラ, Ao/青/アオ, Fuku/福/フク, Hashi/橋/ハシ, Sawa/沢/サワ, "
        "Ume/梅/ウメ, Iwa/岩/イワ, Tani/谷/タニ, Hama/浜/ハマ, Kado/角/カド, Sato/里/サト, Kumo/雲/クモ, Tama/玉/タマ, "
        "Ebi/海老/エビ, Kaji/梶/カジ, Seto/瀬戸/セト"
    ).split(", ")
)
_JP_WORDS = tuple(
    tuple(x.split("/"))
    for x in (
        "Seiki/精機/セイキ/Precision/mech, Kogyo/工業/コウギョウ/Industries/mech, "
        "Seisakusho/製作所/セイサクショ/Manufacturing/mech, Denshi/電子/デンシ/Electronics/elec, "
        "Kasei/化成/カセイ/Chemical/plas, Giken/技研/ギケン/Engineering/mech, Kinzoku/金属/キンゾク/Metal/metl, "
        "Seimitsu/精密/セイミツ/Precision/mech, Hatsujo/発条/ハツジョウ/Spring/fast, Kanagata/金型/カナガタ/Mold/mold, "
        "Densen/電線/デンセン/Wire/wire, Shiko/紙工/シコウ/Packaging/pack, Jushi/樹脂/ジュシ/Plastic/plas, "
        "Tekko/鉄工/テッコウ/Iron Works/metl, Dengyo/電業/デンギョウ/Electric/elec, Gomu/ゴム/ゴム/Rubber/rubb"
    ).split(", ")
)
_JP_PLACES = tuple(
    tuple(x.split("/"))
    for x in (
        "Higashiosaka-shi/Osaka/6, Yao-shi/Osaka/72, Toyota-shi/Aichi/565, Kariya-shi/Aichi/566, "
        "Hamamatsu-shi/Shizuoka/53, Ota-ku/Tokyo/3, Kawaguchi-shi/Saitama/48, Okaya-shi/Nagano/266, "
        "Tsubame-shi/Niigata/256, Seki-shi/Gifu/575, Himeji-shi/Hyogo/79, Sagamihara-shi/Kanagawa/42"
    ).split(", ")
)
_KR_SYL = (
    "Dae Sung Han Il Hyun Jin Woo Kwang Myung Seo Young Shin Dong Sam Jung Chang Hwa Yang Kyung "
    "Bo Won Tae Seong Nam Ho Gil Eun Ji Min Joo Hee Kun Yong Duk Chun Se Hae Ok Poong Mi Na"
).split()
_KR_WORDS = tuple(
    tuple(x.split("/"))
    for x in (
        "/mech, Tech/mech, Precision/mech, Electronics/elec, Hi-Tech/elec, Industrial/metl, Cable/wire, "
        "Plastic/plas, Package/pack, Mold/mold, Metal/metl, E&T/elec, Global/garm, Textile/garm, "
        "Rubber/rubb"
    ).split(", ")
)
_CN_SYL = tuple(
    tuple(x.split("/"))
    for x in (
        "Xin/Tân, Hua/Hoa, Sheng/Thịnh, Long/Long, Tai/Thái, Feng/Phong, Jia/Gia, Yuan/Nguyên, Da/Đại, "
        "Heng/Hằng, Fu/Phú, Kang/Khang, Rui/Thụy, Jin/Kim, Ming/Minh, Hong/Hồng, Bao/Bảo, Hai/Hải, "
        "Tian/Thiên, Xing/Hưng, Li/Lợi, Wei/Vĩ, Zhong/Trung, Guang/Quang, Cheng/Thành, Shun/Thuận, "
        "De/Đức, Yu/Vũ, Tong/Thông, Hui/Huy, Xiang/Tường, Yong/Vĩnh, Lian/Liên, An/An, Run/Nhuận, Hao/Hào"
    ).split(", ")
)
_CN_WORDS = tuple(
    tuple(x.split("/"))
    for x in (
        "Technology/Công nghệ/elec, Precision/Chính xác/mech, Electronic/Điện tử/elec, "
        "Plastic/Nhựa/plas, Packaging/Bao bì/pack, New Material/Vật liệu mới/plas, Science and "
        "Technology/Khoa học kỹ thuật/elec, Hardware/Ngũ kim/fast, Electrical/Thiết bị điện/wire, "
        "Textile Accessories/Phụ liệu dệt may/garm, Wire and Cable/Dây cáp điện/wire, Metal Products/Sản "
        "phẩm kim loại/metl, Intelligent Technology/Công nghệ thông minh/elec, Mould/Khuôn mẫu/mold"
    ).split(", ")
)
_CN_COUNTRY = ("Trung Quốc",) * 14 + ("Đài Loan",) * 3 + ("Hồng Kông",) * 2 + ("Singapore",)

_FAM = tuple(
    n
    for x in (
        "Nguyễn:30 Trần:10 Lê:7 Phạm:8 Vũ:7 Đỗ:5 Hoàng:4 Bùi:5 Đặng:3 Ngô:3 Đào:3 Phan:2 Dương:2 Đinh:2 "
        "Trịnh:2 Lương:1 Lưu:1 Mai:1 Tạ:1 Hà:1 Cao:1 Nhữ:1 Quách:1 Tô:1"
    ).split()
    for n in [x.split(":")[0]] * int(x.split(":")[1])
)
_MID_M = ("Văn",) * 8 + tuple("Đức Hữu Minh Quang Xuân Ngọc Thanh Trọng Công Đình Mạnh Tiến Bá".split())
_MID_F = ("Thị",) * 6 + tuple("Thu Thanh Ngọc Minh Hồng Phương Kim".split())
_GIV_M = (
    "Hùng Tuấn Dũng Cường Hải Long Nam Thắng Sơn Minh Quang Trung Hiếu Đức Tùng Thành Huy Phong "
    "Khánh Bình Toàn Mạnh Thịnh Hưng Vinh Tiến Duy Lâm Hoàng Kiên Chiến Thái Phúc Tâm Hòa"
).split()
_GIV_F = (
    "Hương Lan Hoa Hằng Nga Thủy Mai Linh Huyền Trang Yến Thảo Hà Nhung Loan Phương Dung Oanh "
    "Hạnh Vân Liên Ngọc Thu Hiền Lý"
).split()
_GIV_F_SET = frozenset(_GIV_F)

# --------------------------------------------------------------------------------------------
# Codes and phones
# --------------------------------------------------------------------------------------------

_TAX_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_check_ok(code: str) -> bool:
    """True when a 10-digit code (or its first 10 digits) passes the mod-11 check used here."""
    d = code[:10]
    if len(d) != 10 or not d.isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], _TAX_W, strict=True))
    return s % 11 != 0 and int(d[9]) == 10 - s % 11


_MOB_PRE = (
    ("096", "097", "098", "086", "032", "033", "034", "035", "036", "037", "038", "039") * 3
    + ("090", "093", "089", "070", "076", "077", "078", "079") * 2
    + ("091", "094", "088", "081", "082", "083", "084", "085") * 2
    + ("056", "058", "059", "052")
)
_OLD_MOB = dict(
    x.split(":")
    for x in (
        "032:0162 033:0163 034:0164 035:0165 036:0166 037:0167 038:0168 039:0169 070:0120 079:0121 "
        "077:0122 083:0123 084:0124 085:0125 076:0126 081:0127 078:0128 082:0129 056:0186 058:0188 "
        "059:0199"
    ).split()
)
_AREA = {"HY": "0221", "TB": "0227", "HN": "024"}
_OLD_AREA = {"0221": "0321", "0227": "036", "024": "04"}


def _old_phone(p: str) -> str:
    """The pre-2017 landline / pre-2018 mobile form of a number (same number if none)."""
    if p.startswith("024"):
        return "04" + p[3:]
    if p.startswith("0221"):
        return "0321" + p[4:]
    if p.startswith("0227"):
        return "036" + p[4:]
    old = _OLD_MOB.get(p[:3])
    return old + p[3:] if old else p


def _area_len(p: str) -> int:
    """Length of the area code of a landline, 0 for a mobile. An old Thái Bình landline (036 +
    7 digits) cannot be told from a new 036 mobile by its digits: callers pass area=3 for those."""
    if p.startswith("02"):
        return 3 if p.startswith("024") else 4
    if len(p) == 10 and p.startswith("04"):
        return 2
    if len(p) == 11 and p.startswith("0321"):
        return 4
    return 0


def _fmt_phone(p: str, st: int, area: int | None = None) -> str:
    """Render digits p (national form) in one of several habits."""
    a = _area_len(p) if area is None else area
    if st == 0 or not p:
        return p
    if a:  # landline
        area, sub = p[:a], p[a:]
        if st == 1:
            return f"{area}.{sub}"
        if st == 2:
            return f"{area} {sub[:-3]} {sub[-3:]}" if len(sub) == 7 else f"{area} {sub[:4]} {sub[4:]}"
        if st == 3:
            return f"({area}) {sub}"
        if st == 4:
            return f"+84 {area[1:]} {sub}"
        if st == 5:
            return f"84{p[1:]}"
        if st == 6:
            return p[1:]
        if st == 7:
            return f"{area}-{sub}"
        return f"{area}.{sub[:-3]}.{sub[-3:]}"
    if len(p) == 11:
        g = (p[:5], p[5:8], p[8:])
    else:
        g = (p[:4], p[4:7], p[7:])
    if st == 1:
        return ".".join(g)
    if st == 2:
        return " ".join(g)
    if st == 3:
        return f"{p[:4]} {p[4:]}"
    if st == 4:
        return f"+84 {g[0][1:]} {g[1]} {g[2]}"
    if st == 5:
        return ("+84" if p[-1] in "13579" else "84") + p[1:]
    if st == 6:
        return p[1:]
    if st == 7:
        return "-".join(g)
    return f"{p[:3]} {p[3:6]} {p[6:]}"


# --------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------


class _E:
    __slots__ = (
        "tid",
        "kind",
        "form",
        "old_form",
        "conv_year",
        "sec",
        "brand",
        "vi",
        "en",
        "old_vi",
        "old_en",
        "ren_year",
        "jp",
        "tax",
        "btax",
        "irc",
        "bhxh",
        "bbhxh",
        "vendor",
        "hq",
        "fac",
        "old_loc",
        "move_year",
        "tel",
        "fax",
        "mob",
        "mob2",
        "acc",
        "old_tel",
        "fac_tel",
        "founded",
        "owner",
        "cccd",
        "pmst",
        "hhreg",
        "trade",
        "ptax",
        "country",
        "in_kcn",
        "in_tb",
        "supplier",
        "dirmst",
        "cnb",
        "fp_addr",
    )

    def __init__(self):
        for s in self.__slots__:
            setattr(self, s, None)


class _Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.n_ent = 0
        self.names: set[str] = set()
        self.taxes: set[str] = set()
        self.acc_pool: list[tuple[str, str]] = []
        self.landlord: dict[int, tuple[str, int]] = {}
        self.prev_tax: dict[str, str] = {}

    # ---------------- small draws
    def pick(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def wpick(self, cum):
        x = self.r.random() * cum[-1]
        lo, hi = 0, len(cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if cum[mid] > x:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def digits(self, n: int) -> str:
        return str(int(self.r.random() * 10**n)).zfill(n)

    def taxcode(self, region: str) -> str:
        r = self.r
        while True:
            if region == "HY":
                pre = "0900" if r.random() < 0.45 else "0901"
            elif region == "TB":
                pre = "1000" if r.random() < 0.55 else "1001"
            elif region == "HN":
                pre = "01" + self.pick(("00", "01", "02", "04", "05", "06", "07", "08", "09", "10"))
            else:  # personal
                pre = self.pick(("80", "81", "82", "83", "84", "85", "86")) + self.digits(2)
            d9 = pre + self.digits(9 - len(pre))
            s = sum(int(c) * w for c, w in zip(d9, _TAX_W, strict=True)) % 11
            if s == 0:
                continue
            code = d9 + str(10 - s)
            if code not in self.taxes:
                self.taxes.add(code)
                return code

    def cccd(self, region: str, born: int, female: bool) -> str:
        prov = {"HY": "033", "TB": "034", "HN": "001"}.get(region, "033")
        if self.r.random() < 0.12:
            prov = self.pick(("030", "035", "036", "027", "001", "031"))
        g = (0 if born < 2000 else 2) + (1 if female else 0)
        return f"{prov}{g}{born % 100:02d}{self.digits(6)}"

    def person(self):
        r = self.r
        female = r.random() < 0.22
        fam = self.pick(_FAM)
        if female:
            return f"{fam} {self.pick(_MID_F)} {self.pick(_GIV_F)}", True
        return f"{fam} {self.pick(_MID_M)} {self.pick(_GIV_M)}", False

    def landline(self, region: str) -> str:
        a = _AREA[region]
        first = self.pick("3333336622") if region != "HN" else self.pick("33336677222")
        return a + first + self.digits(7 - len(a) + 3 if region == "HN" else 6)

    def mobile(self) -> str:
        return self.pick(_MOB_PRE) + self.digits(7)

    # ---------------- locations: (park index or -1, street tuple, unit index)
    def loc_park(self, kind: str, kcn: bool = True, region: str | None = None):
        cum = _PARK_CUM[kind][0 if kcn else 1]
        for _ in range(12):
            pi = self.wpick(cum)
            if region is None or _PARKS[pi][2] == region:
                break
        p = _PARKS[pi]
        r = self.r
        st = p[6]
        if st == "dash":
            lot = ("dash", self.pick("ABCDEFGHIJKLMN"), 1 + int(r.random() * 12))
        elif st == "cn":
            lot = ("cn", "CN", 1 + int(r.random() * 14))
        elif st == "alnum":
            lot = ("alnum", self.pick("ABCDEFGH"), 1 + int(r.random() * 20))
        else:
            lot = ("num", "", 1 + int(r.random() * 60))
        road = f"đường D{1 + int(r.random() * 6)}" if r.random() < 0.15 else ""
        return (pi, ("lot", lot, road), self.pick(p[5]))

    def loc_village(self, region: str):
        r = self.r
        ui = self.pick(_HY_UNITS if region == "HY" else _TB_UNITS)
        u = _UNITS[ui]
        city = u[4] if u[3] == "Thành phố" else None
        if city and r.random() < 0.75:
            return (-1, ("st", str(1 + int(r.random() * 280)), self.pick(_CITY_STREETS[city])), ui)
        roads = _ROADS.get(u[4])
        if roads and r.random() < 0.25:
            return (-1, ("km", f"{1 + int(r.random() * 40)}", self.pick(roads), self.pick(_THON)), ui)
        if u[1] == "Phường":
            return (-1, ("tdp", str(1 + int(r.random() * 12))), ui)
        if r.random() < 0.15:
            return (-1, ("thon", f"Thôn {1 + int(r.random() * 12)}"), ui)
        return (-1, ("thon", "Thôn " + self.pick(_THON)), ui)

    def loc_hn(self):
        r = self.r
        ui = self.pick(_HN_UIX)
        st = _UNITS[ui][7]
        floor = f"Tầng {2 + int(r.random() * 14)}" if r.random() < 0.3 else ""
        return (-1, ("st", str(1 + int(r.random() * 300)), self.pick(st), floor), ui)

    # ---------------- names
    def vn_brand(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.62:
            a, b = self.pick(_VN_SYL), self.pick(_VN_SYL)
            while b == a:
                b = self.pick(_VN_SYL)
            return f"{a} {b}"
        if x < 0.72:
            a, b, c = self.pick(_VN_SYL), self.pick(_VN_SYL), self.pick(_VN_SYL)
            if a == b or b == c or a == c:
                return f"{a} {c}" if a != c else a + " " + self.pick(_VN_SYL[:10])
            return f"{a} {b} {c}"
        if x < 0.87:
            return "".join(self.pick(_ACR) for _ in range(2 + int(r.random() * 2.4)))
        return self.pick(_CMP_A) + self.pick(_CMP_B)

    def vn_core(self, brand: str, sec: int, place_region: str):
        """(vi core, en core) of a Vietnamese company name, without the legal form."""
        r = self.r
        s = _SECTORS[sec]
        j = int(r.random() * len(s[1]))
        svi, sen = s[1][j], s[2][min(j, len(s[2]) - 1)]
        ben = _strip(brand)
        g = r.random()
        if g < 0.36:
            vi, en = f"{svi} {brand}", f"{ben} {sen}"
        elif g < 0.56:
            gv, ge = self.pick(_GENERIC)
            vi, en = f"{gv} {brand}", f"{ben} {ge}"
        elif g < 0.7 and " và " not in svi:
            vi, en = f"{svi} và Thương mại {brand}", f"{ben} {sen} and Trading"
        elif g < 0.84:
            vi, en = brand, ben
        else:
            place = {"HY": "Hưng Yên", "TB": "Thái Bình", "HN": "Hà Nội"}[place_region]
            if r.random() < 0.4:
                place = "Việt Nam"
            vi, en = f"{svi} {brand} {place}", f"{ben} {_strip(place)} {sen}"
        if r.random() < 0.06 and "Việt Nam" not in vi:
            vi, en = vi + " Việt Nam", en + " Vietnam"
        return vi, en

    def unique(self, vi: str) -> bool:
        key = _strip(vi).lower()
        if key in self.names:
            return False
        self.names.add(key)
        return True

    # ---------------- entity skeletons
    def _new(self, kind: str) -> _E:
        e = _E()
        self.n_ent += 1
        e.tid = f"E{self.n_ent:07d}"
        e.kind = kind
        return e

    def _finish(self, e: _E):
        locs = [lc for lc in (e.hq, e.fac, e.old_loc) if lc]
        e.in_kcn = any(lc[0] >= 0 and _PARKS[lc[0]][1] == "KCN" for lc in (e.hq, e.fac) if lc)
        e.in_tb = any(_UNITS[lc[2]][0] == "TB" for lc in locs)
        sec = e.sec if e.sec is not None else 0
        e.supplier = _SECTORS[sec][4] or e.kind == "JP"

    def phones(self, e: _E, region: str, land_p: float, fax_p: float, mob_p: float, mob2_p: float):
        r = self.r
        e.tel = self.landline(region) if r.random() < land_p else ""
        e.fax = ""
        if e.tel and r.random() < fax_p:
            e.fax = e.tel[:-1] + str((int(e.tel[-1]) + 1) % 10) if r.random() < 0.7 else self.landline(region)
        e.mob = self.mobile() if r.random() < mob_p else ""
        e.mob2 = self.mobile() if r.random() < mob2_p else ""
        if not (e.tel or e.mob or e.mob2):
            e.mob = self.mobile()

    def accountant(self) -> tuple[str, str]:
        """An accounting-service firm's phone and code, shared by unrelated small clients."""
        pool = self.acc_pool
        if not pool or self.r.random() < 0.12 or len(pool) < 3:
            item = (
                self.mobile()
                if self.r.random() < 0.6
                else self.landline(self.pick(("HY", "HY", "TB", "HN"))),
                self.taxcode(self.pick(("HY", "TB", "HN"))),
            )
            pool.append(item)
            if len(pool) > 4000:
                del pool[: len(pool) // 2]
            return item
        # preferential: recent services get more clients
        return pool[-1 - int(len(pool) * self.r.random() ** 2.5)]

    def changes(self, e: _E, p_ren: float, p_move: float):
        r = self.r
        if r.random() < p_ren:
            e.ren_year = max(e.founded + 1.0, 2017.0) + r.random() * (2025.85 - max(e.founded + 1.0, 2017.0))
        if r.random() < p_move and not e.fac:
            e.move_year = max(e.founded + 1.0, 2016.0) + r.random() * (2025.8 - max(e.founded + 1.0, 2016.0))

    def new_vn(self, brand=None, sec=None, form=None, region=None, hq=None, place=None) -> _E:
        r = self.r
        e = self._new("VN")
        e.sec = self.wpick(_SEC_CUM) if sec is None else sec
        for attempt in range(8):
            b = brand if (brand and attempt < 4) else self.vn_brand()
            reg = region or ("HY" if r.random() < 0.56 else "TB")
            vi, en = self.vn_core(b, e.sec, reg)
            if self.unique(vi):
                break
        else:
            vi, en = f"{vi} {self.pick(_THON)}", f"{en} {_strip(self.pick(_THON))}"
            self.unique(vi)
        e.brand, e.vi, e.en = b, vi, en
        x = r.random()
        e.form = form or (
            "TNHH" if x < 0.5 else "MTV" if x < 0.7 else "CP" if x < 0.9 else "DNTN" if x < 0.97 else "HTX"
        )
        e.founded = 1996 + int(29.9 * r.random() ** 0.7)
        e.owner, female = self.person()
        if r.random() < 0.12 and hq is None and e.form in ("TNHH", "MTV", "CP"):  # head office in Hà Nội
            e.hq = self.loc_hn()
            e.fac = self.loc_park("VN", kcn=r.random() < 0.55, region=reg)
            e.tax = self.taxcode("HN")
            e.btax = e.tax + "-001"
        else:
            if hq is not None:
                e.hq = hq
            elif place == "park" or (place is None and r.random() < 0.32):
                e.hq = self.loc_park("VN", kcn=r.random() < 0.55, region=reg)
            else:
                e.hq = self.loc_village(reg)
            e.tax = self.taxcode(_UNITS[e.hq[2]][0])
            if r.random() < 0.04:
                e.fac = self.loc_park("VN", kcn=r.random() < 0.5)
                e.btax = e.tax + "-001"
        region0 = _UNITS[e.hq[2]][0]
        small = e.hq[0] < 0 and e.form in ("TNHH", "MTV", "DNTN")
        self.phones(e, region0, 0.55 if not small else 0.35, 0.25, 0.9, 0.5)
        if e.fac:
            e.fac_tel = self.landline(_UNITS[e.fac[2]][0]) if r.random() < 0.6 else ""
        if small and r.random() < 0.12:
            e.acc = self.accountant()
        self.changes(e, 0.08, 0.07)
        if e.ren_year:
            if r.random() < 0.75:
                ovi, oen = self.vn_core(e.brand, self.wpick(_SEC_CUM) if r.random() < 0.4 else e.sec, region0)
            else:
                ovi, oen = self.vn_core(self.vn_brand(), e.sec, region0)
            if ovi != e.vi and self.unique(ovi):
                e.old_vi, e.old_en = ovi, oen
            else:
                e.ren_year = None
        if e.move_year:
            e.old_loc = (
                self.loc_village(region0 if region0 != "HN" else "HY") if r.random() < 0.8 else self.loc_hn()
            )
            e.old_tel = self.landline(_UNITS[e.old_loc[2]][0]) if r.random() < 0.6 else ""
            if _UNITS[e.old_loc[2]][0] == "HN":  # moved from Hà Nội: the code keeps its 01 prefix
                e.tax = self.taxcode("HN")
        x = r.random()
        if e.form == "TNHH" and x < 0.04 or e.form == "CP" and x < 0.12:
            e.old_form = "DNTN" if e.form == "TNHH" else "TNHH"
        elif e.form in ("TNHH", "MTV") and x < 0.10:
            e.old_form = "TNHH" if e.form == "MTV" else "MTV"
        elif e.form in ("TNHH", "MTV", "DNTN") and x < 0.16 and e.hq[0] < 0:
            e.old_form = "HKD"  # a household that incorporated
        if e.old_form:
            lo = max(e.founded + 1.0, 2016.0)
            e.conv_year = lo + r.random() * (2025.7 - lo)
            if e.old_form == "HKD":
                e.pmst = self.taxcode("P")
        e.bhxh = self.bhxh_code(e.hq)
        e.bbhxh = self.bhxh_code(e.fac) if e.fac else None
        self._finish(e)
        return e

    def bhxh_code(self, loc) -> str:
        u = _UNITS[loc[2]]
        pre = {"HY": "Y", "TB": "T", "HN": "H"}[u[0]] + _strip(u[4])[:1].upper()
        return f"{pre}{self.digits(4)}{self.pick('ABCDEGHKMNZ')}"

    def new_hh(self, trade=None, region=None, owner=None) -> _E:
        r = self.r
        e = self._new("HH")
        e.form = "HKD"
        e.sec = self.wpick(_SEC_CUM)
        if owner:
            e.owner, female = owner
        else:
            e.owner, female = self.person()
        giv = e.owner.rsplit(" ", 1)[1]
        if trade:
            e.trade = trade
        else:
            word = self.pick(_SECTORS[e.sec][3])
            x = r.random()
            if x < 0.35:
                tb = giv
            elif x < 0.7:
                tb = f"{giv} {self.pick(_GIV_F if not female else _GIV_M)}"
            else:
                tb = self.vn_brand() if r.random() < 0.7 else self.pick(_VN_SYL)
            e.trade = f"{word} {tb}"
        e.vi = e.trade
        e.brand = e.trade.split(" ", 1)[-1]
        e.en = _strip(e.trade)
        reg = region or ("HY" if r.random() < 0.55 else "TB")
        e.hq = self.loc_park("HH", kcn=False) if r.random() < 0.06 else self.loc_village(reg)
        born = 1958 + int(r.random() * 45)
        e.cccd = self.cccd(_UNITS[e.hq[2]][0], born, female)
        e.pmst = self.taxcode("P") if r.random() < 0.85 else ""
        e.hhreg = f"{'05' if _UNITS[e.hq[2]][0] == 'HY' else '08'}{self.pick('ABCDEFGHK')}8{self.digits(6)}"
        e.founded = 1995 + int(30.9 * r.random() ** 0.8)
        e.bhxh = self.bhxh_code(e.hq)
        self.phones(e, _UNITS[e.hq[2]][0], 0.1, 0.0, 0.99, 0.2)
        self.changes(e, 0.0, 0.04)
        if e.move_year:
            e.old_loc = self.loc_village(_UNITS[e.hq[2]][0])
        self._finish(e)
        return e

    def new_fdi(self, kind: str, brand=None, word=None, region=None, kcn=None) -> _E:
        r = self.r
        e = self._new(kind)
        reg = region
        for attempt in range(8):
            if kind == "JP":
                b = brand
                while not b or b[0] == b[1]:
                    b = (self.pick(_JP_ROOTS), self.pick(_JP_ROOTS))
                w = word if word is not None else self.pick(_JP_WORDS)
                bro = b[0][0] + b[1][0].lower()
                e.jp = (b, w)
                e.sec = _SEC_IX[w[4]]
                x = r.random()
                if x < 0.6:
                    vi, en = f"{bro} {w[0]} Việt Nam", f"{bro} {w[0]} Vietnam"
                elif x < 0.75:
                    vi, en = f"{bro} Việt Nam", f"{bro} Vietnam"
                elif x < 0.9:
                    vi, en = f"{bro} {w[3]} Việt Nam", f"{bro} {w[3]} Vietnam"
                else:
                    pl = "Hưng Yên" if (reg or "HY") == "HY" else "Thái Bình"
                    vi, en = f"{bro} {w[0]} {pl}", f"{bro} {w[0]} {_strip(pl)}"
                e.country = "Nhật Bản"
            elif kind == "KR":
                bro = brand or (self.pick(_KR_SYL) + self.pick(_KR_SYL).lower())
                w = word if word is not None else self.pick(_KR_WORDS)
                e.sec = _SEC_IX[w[1]]
                x = r.random()
                mid = f" {w[0]}" if w[0] else ""
                if x < 0.72:
                    vi = en = f"{bro}{mid} Vina"
                else:
                    vi, en = f"{bro}{mid} Việt Nam", f"{bro}{mid} Vietnam"
                e.country = "Hàn Quốc"
            else:
                b = brand or (self.pick(_CN_SYL), self.pick(_CN_SYL))
                w = word if word is not None else self.pick(_CN_WORDS)
                bro = b[0][0] + b[1][0].lower()
                e.cnb = b
                hv = f"{b[0][1]} {b[1][1]}"
                e.sec = _SEC_IX[w[2]]
                x = r.random()
                if x < 0.4:
                    en = f"{bro} {w[0]} (Vietnam)"
                elif x < 0.65:
                    en = f"Vietnam {bro} {w[0]}"
                else:
                    en = f"{bro} {w[0]} Vietnam"
                y = r.random()
                if y < 0.3:
                    vi = f"{w[1]} {hv} Việt Nam"
                elif y < 0.65:
                    vi = f"{w[1]} {bro} (Việt Nam)"
                else:
                    vi = f"{w[1]} {bro} Việt Nam"
                e.country = self.pick(_CN_COUNTRY)
            if self.unique(vi):
                break
            word = None
            if attempt >= 4:
                brand = None
        e.brand, e.vi, e.en = bro, vi, en
        x = r.random()
        e.form = "TNHH" if x < 0.8 else "MTV" if x < 0.9 else "CP"
        e.founded = 2004 + int(21.9 * r.random() ** 0.8)
        if r.random() < 0.05:  # office in Hà Nội, factory in a park (branch)
            e.hq = self.loc_hn()
            e.fac = self.loc_park(kind, kcn=True, region=reg)
            e.tax = self.taxcode("HN")
            e.btax = e.tax + "-001"
        else:
            e.hq = self.loc_park(kind, kcn=kcn if kcn is not None else r.random() < 0.93, region=reg)
            e.tax = self.taxcode(_UNITS[e.hq[2]][0])
            if r.random() < 0.04:
                e.fac = self.loc_park(kind, kcn=True)
                e.btax = e.tax + "-001"
        e.irc = (
            (str(1 + int(r.random() * 9)) + self.digits(9)) if r.random() < 0.75 else ("0" + self.digits(11))
        )
        region0 = _UNITS[e.hq[2]][0]
        self.phones(e, region0, 0.92, 0.6, 0.3, 0.75)
        if r.random() < 0.05 and e.hq[0] >= 0:  # ready-built factory: the landlord's switchboard
            ph, left = self.landlord.get(e.hq[0], ("", 0))
            if left <= 0:
                ph, left = self.landline(region0), 4 + int(r.random() * 20)
            self.landlord[e.hq[0]] = (ph, left - 1)
            e.tel = ph
        if e.fac:
            e.fac_tel = self.landline(_UNITS[e.fac[2]][0])
        e.owner, _ = self.person()  # Vietnamese admin / HR manager
        self.changes(e, 0.03, 0.03)
        if e.ren_year:
            if kind == "JP":
                ob = (self.pick(_JP_ROOTS), self.pick(_JP_ROOTS))
                obro = ob[0][0] + ob[1][0].lower()
                e.old_vi, e.old_en = f"{obro} {e.jp[1][0]} Việt Nam", f"{obro} {e.jp[1][0]} Vietnam"
            elif kind == "KR":
                obro = self.pick(_KR_SYL) + self.pick(_KR_SYL).lower()
                e.old_vi = e.old_en = f"{obro} Vina"
            else:
                ob = (self.pick(_CN_SYL), self.pick(_CN_SYL))
                obro = ob[0][0] + ob[1][0].lower()
                e.old_en, e.old_vi = f"{obro} Technology (Vietnam)", f"Công nghệ {obro} (Việt Nam)"
            if not self.unique(e.old_vi):
                e.ren_year = None
                e.old_vi = e.old_en = None
        if e.move_year:
            e.old_loc = self.loc_park(kind, kcn=True)
            e.old_tel = self.landline(_UNITS[e.old_loc[2]][0])
        e.bhxh = self.bhxh_code(e.hq)
        e.bbhxh = self.bhxh_code(e.fac) if e.fac else None
        e.vendor = f"V{self.digits(5)}" if r.random() < 0.7 else f"SUP-{self.digits(4)}"
        self._finish(e)
        return e

    def new_fp(self, sub: _E) -> _E:
        """The foreign parent of an FDI subsidiary (a separate legal person, abroad)."""
        r = self.r
        e = self._new("FP")
        e.form = "TNHH"
        e.sec = sub.sec
        e.jp = sub.jp
        e.country = sub.country
        if sub.kind == "JP":
            b, w = sub.jp
            bro = b[0][0] + b[1][0].lower()
            e.en = f"{bro} {w[0]}"
            e.vi = e.en
            city, pref, area = self.pick(_JP_PLACES)
            town = self.pick(_JP_ROOTS)[0] + self.pick(("machi", "cho", "dori"))
            e.fp_addr = (
                f"{1 + int(r.random() * 9)}-{1 + int(r.random() * 30)}-{1 + int(r.random() * 20)} "
                f"{town}, {city}, {pref}, Japan"
            )
            rest = self.digits(9 - len(area))
            e.tel = f"+81-{area}-{rest[:-4]}-{rest[-4:]}"
        else:
            e.en = sub.brand
            e.vi = e.en
            e.fp_addr = f"{1 + int(r.random() * 300)}, {self.pick(('Gyeonggi-do', 'Incheon', 'Changwon-si', 'Ansan-si', 'Hwaseong-si'))}, Korea"
            e.tel = f"+82-{self.pick(('31', '32', '55'))}-{self.digits(3)}-{self.digits(4)}"
        e.brand = sub.brand
        e.founded = 1960
        e.supplier = True
        e.in_kcn = e.in_tb = False
        e.hq = None
        return e

    # ---------------- clusters of entities
    def cluster(self) -> list[_E]:
        r = self.r
        x = r.random() * 100
        if x < 6.5:
            return [self.new_fdi("JP")]
        if x < 12.0:
            return [self.new_fdi("KR")]
        if x < 17.0:
            return [self.new_fdi("CN")]
        if x < 57.0:
            return [self.new_vn()]
        if x < 84.0:
            return [self.new_hh()]
        if x < 85.8:  # FDI group: 2-3 subsidiaries of one brand + sometimes the parent abroad
            kind = "JP" if r.random() < 0.6 else "KR" if r.random() < 0.6 else "CN"
            first = self.new_fdi(kind)
            brand = first.jp[0] if kind == "JP" else first.brand if kind == "KR" else None
            if kind == "CN":
                brand = first.cnb
            out = [first]
            for _ in range(1 + (r.random() < 0.3)):
                reg = "TB" if r.random() < 0.35 else "HY"
                out.append(self.new_fdi(kind, brand=brand, region=reg))
            if kind in ("JP", "KR") and r.random() < (0.6 if kind == "JP" else 0.25):
                out.append(self.new_fp(first))
            if r.random() < 0.35:  # shared group switchboard
                for e in out[1:]:
                    if e.kind != "FP":
                        e.tel = first.tel or e.tel
            return out
        if x < 86.7:  # same brand, unrelated FDI (common Korean / Chinese names)
            kind = "KR" if r.random() < 0.6 else "CN" if r.random() < 0.6 else "JP"
            a = self.new_fdi(kind, region="HY")
            if kind == "JP":
                b = self.new_fdi(kind, brand=a.jp[0], region="TB")
            elif kind == "KR":
                b = self.new_fdi(kind, brand=a.brand, region="TB")
            else:
                b = self.new_fdi(kind, brand=a.cnb, region="TB")
            return [a, b]
        if x < 88.5:  # Vietnamese group: holding + subsidiaries, often same HQ and switchboard
            parent = self.new_vn(form="CP")
            out = [parent]
            for _ in range(1 + (r.random() < 0.5) + (r.random() < 0.2)):
                same = r.random() < 0.45
                sub = self.new_vn(
                    brand=parent.brand,
                    form=self.pick(("TNHH", "MTV", "MTV", "CP")),
                    hq=parent.hq if same else None,
                    place="park" if not same else None,
                )
                if same or r.random() < 0.3:
                    sub.tel = parent.tel or sub.tel
                sub.ptax = parent.tax
                out.append(sub)
            if r.random() < 0.5 and not parent.vi.startswith("Tập đoàn"):
                nv = f"Tập đoàn {parent.brand}"
                if self.unique(nv):
                    parent.vi, parent.en = nv, f"{_strip(parent.brand)} Group"
            return out
        if x < 90.3:  # unrelated Vietnamese firms sharing a brand
            a = self.new_vn()
            out = [a]
            for _ in range(1 + (r.random() < 0.3)):
                out.append(
                    self.new_vn(brand=a.brand, sec=self.wpick(_SEC_CUM) if r.random() < 0.6 else a.sec)
                )
            return out
        if x < 92.5:  # namesake households in different communes
            a = self.new_hh()
            out = [a]
            for _ in range(1 + (r.random() < 0.3)):
                own = a.owner if r.random() < 0.25 else None
                b = self.new_hh(trade=a.trade, owner=(own, False) if own else None)
                for _ in range(5):
                    if _UNITS[b.hq[2]][6] != _UNITS[a.hq[2]][6]:
                        break
                    b.hq = self.loc_village(_UNITS[b.hq[2]][0])
                out.append(b)
            return out
        if x < 96.5:
            return [self.new_vn(place="park")]
        return [self.new_hh()]


# --------------------------------------------------------------------------------------------
# Rendering helpers (addresses, names, codes)
# --------------------------------------------------------------------------------------------


def _lot_text(lot, r: random.Random, en: bool) -> str:
    st, a, n = lot
    x = r.random()
    if st == "dash":
        body = (
            f"{a}-{n}" if x < 0.55 else f"{a}{n}" if x < 0.85 else f"{a}.{n}" if x < 0.95 else f"{a}-{n:02d}"
        )
    elif st == "cn":
        body = (
            f"CN{n:02d}" if x < 0.45 else f"CN-{n:02d}" if x < 0.7 else f"CN{n}" if x < 0.9 else f"CN {n:02d}"
        )
    elif st == "alnum":
        body = f"{a}{n}" if x < 0.6 else f"{a}-{n}" if x < 0.85 else f"{a}.{n}" if x < 0.95 else f"{a}{n:02d}"
    else:
        body = f"{n}" if x < 0.7 else f"số {n}" if not en else f"No. {n}"
    if en:
        return f"Lot {body}".replace("số ", "")
    y = r.random()
    return f"Lô {body}" if y < 0.8 else f"lô {body}" if y < 0.93 else f"Lô đất {body}"


def _street_vi(loc, g: _Gen, park_style: int) -> str:
    pi, st, ui = loc
    r = g.r
    if st[0] == "lot":
        p = _PARKS[pi]
        pname = p[3][0] if r.random() < 0.7 else g.pick(p[3])
        pre = p[1]
        if r.random() < 0.25:
            pre = "Khu công nghiệp" if pre == "KCN" else "Cụm công nghiệp"
        elif r.random() < 0.05:
            pre = "Cụm CN" if pre == "CCN" else "KCN"
        road = f", {st[2]}" if st[2] and r.random() < 0.6 else ""
        if park_style == 2:  # park only, no lot
            return f"{pre} {pname}"
        return f"{_lot_text(st[1], r, False)}{road}, {pre} {pname}"
    if st[0] == "st":
        x = r.random()
        num, street = st[1], st[2]
        floor = (st[3] + ", ") if len(st) > 3 and st[3] and r.random() < 0.7 else ""
        if x < 0.5:
            return f"{floor}Số {num} {street}"
        if x < 0.75:
            return f"{floor}{num} {street}"
        if x < 0.9:
            return f"{floor}Số {num}, {street}"
        return f"{floor}SN {num} {street.replace('đường ', '').replace('phố ', '')}"
    if st[0] == "km":
        x = r.random()
        road = st[2]
        if x < 0.3:
            road = road.replace("Quốc lộ ", "QL").replace("Đường tỉnh ", "ĐT")
        elif x < 0.45:
            road = road.replace("Quốc lộ ", "QL ").replace("Đường tỉnh ", "ĐT.")
        km = f"Km {st[1]}" if r.random() < 0.6 else f"Km{st[1]}"
        if r.random() < 0.5:
            return f"{km}, {road}, thôn {st[3]}"
        return f"{km} {road}"
    if st[0] == "tdp":
        return f"Tổ dân phố {st[1]}" if r.random() < 0.7 else f"TDP {st[1]}"
    return st[1] if r.random() < 0.75 else "thôn" + st[1][4:]


def _unit_part(u, mode: int, fmt: int, r: random.Random, province: bool = True) -> str:
    """Administrative part of an address. mode 0 old (ward, district, province), 1 new (ward,
    province), 2 new ward + old district, 3 old ward + new province, 4 old district only,
    5 new with the old commune in brackets."""
    reg = u[0]
    oprov = {"HY": "Hưng Yên", "TB": "Thái Bình", "HN": "Hà Nội"}[reg]
    nprov = "Hà Nội" if reg == "HN" else "Hưng Yên"

    def t(typ, name, level):
        if fmt == 0:
            return f"{typ} {name}"
        if fmt == 1:
            return f"{typ.lower()} {name}" if level else f"{typ} {name}"
        if fmt == 2:
            return f"{_TYPE_ABBR.get(typ, typ)} {name}" if typ else name
        return name

    def pv(name):
        if reg == "HN" and name == "Hà Nội":
            return ("Thành phố Hà Nội", "TP Hà Nội", "TP. Hà Nội", "Hà Nội")[fmt]
        return ("Tỉnh " + name, "tỉnh " + name, "T. " + name if r.random() < 0.5 else name, name)[fmt]

    ow, od, nw = t(u[1], u[2], 1), t(u[3], u[4], 1), t(u[5], u[6], 1)
    if mode == 0:
        parts = [ow, od]
        pp = pv(oprov)
    elif mode == 1:
        parts = [nw]
        pp = pv(nprov)
    elif mode == 2:
        parts = [nw, od]
        pp = pv(nprov)
    elif mode == 3:
        parts = [ow]
        pp = pv(nprov)
    elif mode == 4:
        parts = [od]
        pp = pv(oprov)
    else:
        old = f"{u[1].lower()} {u[2]}, {u[3].lower()} {u[4]}" if u[0] != "HN" else f"{u[1].lower()} {u[2]}"
        parts = [f"{nw} ({old} cũ)" if r.random() < 0.6 else f"{nw} (trước đây là {old})"]
        pp = pv(nprov)
    if province:
        parts.append(pp)
        if reg == "TB" and mode in (1, 2, 3) and r.random() < 0.05:
            parts[-1] += " (Thái Bình cũ)"
    sep = " - " if fmt == 3 and r.random() < 0.4 else ", "
    return sep.join(parts)


def _addr_vi(
    loc, g: _Gen, mode: int, fmt: int | None = None, park_style: int = 0, province: bool = True
) -> str:
    r = g.r
    if fmt is None:
        x = r.random()
        fmt = 1 if x < 0.5 else 0 if x < 0.7 else 2 if x < 0.85 else 3
    u = _UNITS[loc[2]]
    street = _street_vi(loc, g, park_style)
    if loc[0] >= 0 and park_style == 1:  # park address without the commune
        if mode in (0, 4):
            return f"{street}, {u[4]}, {'Hưng Yên' if u[0] == 'HY' else 'Thái Bình'}"
        return f"{street}, Hưng Yên"
    return f"{street}, {_unit_part(u, mode, fmt, r, province)}"


def _addr_en(loc, g: _Gen, new: bool = False) -> str:
    r = g.r
    pi, st, ui = loc
    u = _UNITS[ui]
    if st[0] == "lot":
        p = _PARKS[pi]
        street = f"{_lot_text(st[1], r, True)}, {g.pick(p[4])}"
    elif st[0] == "st":
        street = f"No. {st[1]}, {_strip(st[2]).replace('duong ', '').replace('pho ', '').title()} Street"
    elif st[0] == "km":
        street = f"Km {st[1]}, {_strip(st[2]).replace('Quoc lo ', 'National Road ').replace('Duong tinh ', 'Provincial Road ')}"
    elif st[0] == "tdp":
        street = f"Residential Group {st[1]}"
    else:
        nm = _strip(st[1]).replace("Thon ", "")
        street = f"Hamlet {nm}" if nm.isdigit() else f"{nm} Village"
    prov = {"HY": "Hung Yen", "TB": "Thai Binh", "HN": "Hanoi"}[u[0]]
    if new:
        nprov = "Hanoi" if u[0] == "HN" else "Hung Yen"
        return f"{street}, {_strip(u[6])} {_TYPE_EN.get(u[5], '')}, {nprov} Province, Vietnam".replace(
            "Hanoi Province", "Hanoi"
        )
    x = r.random()
    if x < 0.45:
        s = f"{street}, {_strip(u[2])} {_TYPE_EN.get(u[1], '')}, {_strip(u[4])} {_TYPE_EN.get(u[3], '')}, {prov} Province, Vietnam"
    elif x < 0.8:
        s = f"{street}, {_strip(u[4])}, {prov}"
    else:
        s = f"{street}, {_strip(u[4])} Dist., {prov} Prov., Vietnam"
    return s.replace("Hanoi Province", "Hanoi").replace("Hanoi Prov.", "Hanoi")


def _vi_name(form: str, core: str, style: int) -> str:
    return f"{_FORM_VI[form][style]} {core}"


def _en_name(form: str, core: str, style: int) -> str:
    suf = _FORM_EN[form][style % len(_FORM_EN[form])]
    if suf.startswith("."):
        return core + suf
    return f"{core} {suf}"


def _hh_name(e: _E, g: _Gen, src: str) -> str:
    r = g.r
    x = r.random()
    if src == "thue":
        s = f"Hộ kinh doanh {e.trade}" if x < 0.4 else f"Hộ kinh doanh {e.owner}" if x < 0.7 else e.owner
        return s.upper()
    if src == "sct":
        cs = "" if e.trade.startswith(("Cơ sở", "Xưởng")) else "Cơ sở "
        return (
            f"{cs}{e.trade}"
            if x < 0.35
            else f"{e.trade} ({e.owner})"
            if x < 0.65
            else f"Hộ {e.owner}"
            if x < 0.85
            else e.owner
        )
    if src == "tke":
        s = e.owner if x < 0.55 else f"Hộ {e.owner}" if x < 0.75 else f"{e.trade} - {e.owner}"
        return s.upper() if r.random() < 0.5 else s
    if src == "form":
        s = (
            e.trade
            if x < 0.45
            else e.owner
            if x < 0.6
            else f"{e.trade} - {e.owner}"
            if x < 0.85
            else f"hộ kinh doanh {e.owner}"
        )
        return _casual(_strip(s) if r.random() < 0.55 else s, r)
    if src == "hdon":
        if r.random() < 0.5:
            return _ascii_upper(e.owner if x < 0.7 else f"Ho kinh doanh {e.owner}")
        return f"Hộ kinh doanh {e.owner}" if x < 0.6 else f"HỘ KINH DOANH {e.trade.upper()}"
    if src == "bhxh":
        return f"HỘ KINH DOANH {e.owner.upper()}"
    # hkd
    return (
        f"Hộ kinh doanh {e.trade}"
        if x < 0.3
        else e.owner
        if x < 0.55
        else e.trade
        if x < 0.72
        else f"{e.owner} - {e.trade}"
        if x < 0.9
        else f"{e.trade} ({e.owner})"
    )


def _tax_style(code: str, g: _Gen, p_space=0.0, p_mst=0.0, p_typo=0.0, p_num=0.0, p_sci=0.0) -> str:
    r = g.r
    if not code:
        return ""
    x = r.random()
    if p_typo and x < p_typo:
        c = list(code[:10])
        y = r.random()
        i = 2 + int(r.random() * 7)
        if y < 0.45:
            c[i], c[i + 1] = c[i + 1], c[i]
        elif y < 0.85:
            c[i] = str((int(c[i]) + 1 + int(r.random() * 8)) % 10)
        else:
            del c[i]
        code = "".join(c) + code[10:]
    x = r.random()
    if "-" in code:
        y = r.random()
        if p_num and y < 0.2:
            code = code.replace("-", "")
        elif y < 0.08:
            code = code.replace("-", " - ")
        if p_num and code.startswith("0") and r.random() < p_num:
            code = code[1:]
        return code
    if p_sci and x < p_sci and code.isdigit():
        return f"{int(code):.5E}"
    if p_num and code.startswith("0") and x < p_sci + p_num:
        return code[1:]
    y = r.random()
    if y < p_space and len(code) == 10:
        z = r.random()
        code = (
            f"{code[:4]} {code[4:7]} {code[7:]}"
            if z < 0.5
            else f"{code[:2]} {code[2:]}"
            if z < 0.7
            else " ".join((code[:3], code[3:6], code[6:]))
        )
    z = r.random()
    if z < p_mst:
        return g.pick(("MST: ", "MST ", "MST:", "Mã số thuế: ", "mst ")) + code
    return code


# --------------------------------------------------------------------------------------------
# The record emitter
# --------------------------------------------------------------------------------------------


class _Emitter:
    def __init__(self, g: _Gen):
        self.g = g
        self.r = g.r

    # which version of name / form / place at vintage v
    def version(self, e: _E, v: float, src: str):
        r = self.r
        stale = _STALE[src]
        vi, en = e.vi, e.en
        if e.old_vi and (v < e.ren_year or r.random() < stale):
            vi, en = e.old_vi, e.old_en
        form = e.form
        if e.old_form and (v < e.conv_year or r.random() < stale):
            form = e.old_form
        loc, tel = e.hq, e.tel
        if e.old_loc and (v < e.move_year or r.random() < stale * 0.6):
            loc = e.old_loc
            tel = e.old_tel if e.old_tel is not None else e.tel
        return vi, en, form, loc, tel

    def mode(self, src: str, v: float) -> int:
        r = self.r
        if v < 2025.5:
            return 0 if r.random() < 0.85 else 4
        p = _PNEW.get(src, 0.4)
        x = r.random()
        if x < p:
            return 1 if r.random() < 0.9 else 5
        y = r.random()
        return 0 if y < 0.7 else 2 if y < 0.8 else 3 if y < 0.93 else 4

    def sources(self, e: _E, k: int) -> list[str]:
        r = self.r
        w = []
        for s in _SRC:
            a = _AFF[s].get(e.kind, 0.0)
            if a:
                if s == "bql" and not e.in_kcn:
                    a = 0.0
                elif s == "sct" and not (e.in_tb and e.founded <= 2024):
                    a = 0.0
                elif s in ("nmjp", "jetro") and (not e.supplier or e.founded > 2024):
                    a = 0.0
                elif s == "tke" and e.founded > 2024:
                    a = 0.0
                elif s == "hkd" and e.kind == "VN" and (e.hq[0] >= 0 or e.form == "CP" or e.hq[2] in _HN_UIX):
                    a = 0.0
                if (
                    a
                    and s in ("thue", "tke", "bhxh")
                    and e.fac is None
                    and e.hq
                    and _UNITS[e.hq[2]][0] == "HN"
                ):
                    a = 0.0
            w.append(a)
        out = []
        for _ in range(k):
            t = sum(w)
            if t <= 0:
                break
            x = r.random() * t
            i = 0
            while i < len(w) - 1 and x >= w[i]:
                x -= w[i]
                i += 1
            while w[i] <= 0:  # float edge: never land on an ineligible source
                i -= 1
            s = _SRC[i]
            out.append(s)
            dup = _DUP[s]
            if e.fac and s in ("thue", "bhxh", "tke") and out.count(s) == 1:
                dup = 0.5
            w[i] *= dup
        return out

    def emit(self, e: _E):
        r = self.r
        ks, cum = _K[e.kind]
        k = ks[self.g.wpick(cum)]
        if e.kind == "VN" and r.random() < 0.004:
            k = 12 + int(r.random() * 9)
        for s in self.sources(e, k):
            lo, hi = _VINT[s]
            v = lo + (hi - lo) * r.random()
            if s == "sct":
                v = max(v, e.founded + 0.5)
            rec = getattr(self, "r_" + s)(e, v)
            if rec is not None:
                yield s, rec

    # ------------- helpers shared by renderers
    def unit_for(self, e: _E, src: str):
        """(is_branch, location) of the unit this list knows."""
        if e.fac is None:
            return False, None
        hq_reg = _UNITS[e.hq[2]][0]
        r = self.r
        if src in ("thue", "bhxh", "tke", "sct", "bql", "hkd"):
            if src == "bql":  # the unit inside an industrial park
                fac_kcn = e.fac[0] >= 0 and _PARKS[e.fac[0]][1] == "KCN"
                hq_kcn = e.hq[0] >= 0 and _PARKS[e.hq[0]][1] == "KCN"
                return fac_kcn and not (hq_kcn and r.random() < 0.5), e.fac
            if src == "sct":
                return _UNITS[e.fac[2]][0] == "TB", e.fac
            if hq_reg == "HN":
                return True, e.fac
            return r.random() < 0.5, e.fac
        if src == "hdon":
            return r.random() < 0.25, e.fac
        return False, e.fac

    def branch_name(self, e: _E, base: str, where: str, upper: bool) -> str:
        x = self.r.random()
        if x < 0.55:
            s = f"Chi nhánh {base} tại {where}"
        elif x < 0.75:
            s = f"Chi nhánh {where} - {base}"
        elif x < 0.9:
            s = f"Nhà máy {e.brand} {where} - Chi nhánh {base}"
        else:
            s = f"CN {base}"
        return s.upper() if upper else s

    def phone_cell(self, nums, styles, sep=" / ", old_p=0.0):
        r = self.r
        out = []
        for p in nums:
            if not p:
                continue
            area = None
            if old_p and r.random() < old_p:
                area = 3 if p.startswith("0227") else None
                p = _old_phone(p)
            out.append(_fmt_phone(p, self.g.pick(styles), area))
        return sep.join(out)

    # ------------- the ten lists
    def r_thue(self, e: _E, v: float):
        g, r = self.g, self.r
        vi, en, form, loc, tel = self.version(e, v, "thue")
        if e.kind == "HH":
            name = _hh_name(e, g, "thue")
            tax = e.cccd if (r.random() < 0.55 or not e.pmst) else e.pmst
            addr = _addr_vi(loc, g, self.mode("thue", v), fmt=0)
            ph = self.phone_cell([e.mob], (0, 0, 1, 2)) if r.random() < 0.5 else ""
            return name, tax, addr, ph
        if form == "HKD":
            form = e.form
        br, bloc = self.unit_for(e, "thue")
        base = _vi_name(form, vi, 0 if r.random() < 0.35 else 1)
        upper = r.random() < 0.82
        if br:
            where = (
                "Hưng Yên"
                if v >= 2025.5 and r.random() < 0.6
                else {"HY": "Hưng Yên", "TB": "Thái Bình", "HN": "Hà Nội"}[_UNITS[bloc[2]][0]]
            )
            name = self.branch_name(e, base, where, upper)
            tax, loc = e.btax, bloc
            tel = e.fac_tel or tel
        else:
            name = base.upper() if upper else base
            tax = e.tax
        addr = _addr_vi(loc, g, self.mode("thue", v), fmt=0 if r.random() < 0.7 else 1)
        ph = ""
        x = r.random()
        if e.acc and x < 0.45:
            ph = _fmt_phone(e.acc[0], g.pick((0, 0, 1, 2)))
        elif x < 0.6:
            p = tel or e.mob
            if p and e.founded < 2017 and r.random() < 0.25:
                p = _old_phone(p)
            ph = _fmt_phone(p, g.pick((0, 0, 1, 2, 3))) if p else ""
        return name, tax, addr, ph

    def r_bql(self, e: _E, v: float):
        g, r = self.g, self.r
        vi, en, form, loc, tel = self.version(e, v, "bql")
        if form == "HKD":
            form = e.form
        br, bloc = self.unit_for(e, "bql")
        if br:
            loc = bloc
            tel = e.fac_tel or tel
        if loc[0] < 0 or _PARKS[loc[0]][1] != "KCN":
            if e.fac and e.fac[0] >= 0:
                loc = e.fac
            elif e.hq[0] >= 0:
                loc = e.hq
        fdi = e.kind in ("JP", "KR", "CN")
        x = r.random()
        if fdi and x < 0.5:
            name = _en_name(form, en, int(r.random() * 4))
            name = name.upper() if r.random() < 0.6 else name
        else:
            name = _vi_name(form, vi, 1 if r.random() < 0.7 else 2)
            if r.random() < 0.3:
                name = name.upper()
        if fdi and r.random() < 0.08:
            name += f" ({e.country})"
        if br and r.random() < 0.3:
            name = f"Nhà máy {e.brand} - {name}" if r.random() < 0.5 else f"{name} (chi nhánh)"
        y = r.random()
        if fdi and y < 0.38:
            tax = e.irc if r.random() < 0.7 else g.pick(("GCNĐKĐT số ", "IRC ", "Mã dự án: ")) + e.irc
        elif y < 0.85:
            tax = _tax_style(e.btax if br else e.tax, g, p_space=0.05)
        else:
            tax = ""
        ps = 1 if r.random() < 0.4 else 0
        addr = _addr_vi(loc, g, self.mode("bql", v), park_style=ps)
        nums = [tel] if tel else [e.mob2 or e.mob]
        ph = self.phone_cell(nums, (0, 1, 1, 2, 3, 8))
        if e.fax and r.random() < 0.3:
            ph = (
                f"ĐT: {ph}; Fax: {_fmt_phone(e.fax, 1)}"
                if r.random() < 0.6
                else f"{ph} / {_fmt_phone(e.fax, 1)}"
            )
        if r.random() < 0.1:
            ph = ""
        return name, tax, addr, ph

    def r_nmjp(self, e: _E, v: float):
        g, r = self.g, self.r
        if e.kind == "FP":
            return self.foreign_parent(e, "nmjp")
        vi, en, form, loc, tel = self.version(e, v, "nmjp")
        if form == "HKD":
            form = e.form
        if e.fac:
            loc = e.fac
            tel = e.fac_tel or tel
        x = r.random()
        if e.kind == "JP":
            (b1, b2), w = e.jp
            if x < 0.45:
                name = _en_name(form, en, 1 + int(r.random() * 3)).upper()
            elif x < 0.6:
                name = (
                    f"{b1[2]}{b2[2]}{w[2]}ベトナム" if r.random() < 0.7 else f"{b1[2]}{b2[2]}{w[2]} ベトナム"
                )
            elif x < 0.75:
                name = (
                    f"{b1[1]}{b2[1]}{w[1]}ベトナム" if r.random() < 0.6 else f"ベトナム{b1[1]}{b2[1]}{w[1]}"
                )
            elif x < 0.87:
                name = f"{e.brand} {w[0]} (Vietnam)"
            else:  # the parent's name for the local factory
                name = (
                    f"{e.brand.upper()} {w[0].upper()} CO., LTD."
                    if r.random() < 0.5
                    else f"株式会社{b1[1]}{b2[1]}{w[1]}"
                )
        elif e.kind in ("KR", "CN"):
            name = _en_name(form, en, 1 + int(r.random() * 3))
            name = name.upper() if x < 0.7 else name
        else:
            name = (
                _en_name(form, en, int(r.random() * 4)).upper()
                if x < 0.6
                else _ascii_upper(_vi_name(form, vi, 1))
            )
        y = r.random()
        if e.vendor is None:
            e.vendor = f"V{g.digits(5)}" if r.random() < 0.7 else f"SUP-{g.digits(4)}"
        tax = e.vendor if y < 0.5 else (_tax_style(e.tax, g) if y < 0.9 else "")
        addr = _addr_en(loc, g)
        p = tel or e.mob2 or e.mob
        ph = _fmt_phone(p, g.pick((4, 4, 5, 0))) if p else ""
        if ph.startswith("+84 ") and r.random() < 0.5:
            ph = "+84-" + ph[4:].replace(" ", "-")
        return name, tax, addr, ph

    def foreign_parent(self, e: _E, src: str):
        g, r = self.g, self.r
        x = r.random()
        if e.jp and x < 0.3 and src == "nmjp":
            (b1, b2), w = e.jp
            name = f"株式会社{b1[1]}{b2[1]}{w[1]}"
        elif x < 0.6:
            name = f"{e.en} Co., Ltd." if r.random() < 0.6 else f"{e.en.upper()} CO., LTD."
        else:
            name = f"{e.en} Corporation" if r.random() < 0.6 else f"{e.en.upper()} CORPORATION"
        tax = "" if r.random() < 0.85 else g.digits(13)
        return name, tax, e.fp_addr, e.tel if r.random() < 0.8 else ""

    def r_sct(self, e: _E, v: float):
        g, r = self.g, self.r
        vi, en, form, loc, tel = self.version(e, v, "sct")
        br = False
        if e.fac and _UNITS[e.fac[2]][0] == "TB" and _UNITS[loc[2]][0] != "TB":
            br, loc, tel = True, e.fac, e.fac_tel or tel
        elif _UNITS[loc[2]][0] != "TB":
            for lc in (e.hq, e.fac, e.old_loc):
                if lc and _UNITS[lc[2]][0] == "TB":
                    loc = lc
                    break
        if e.kind == "HH" or form == "HKD":
            name = (
                _hh_name(e, g, "sct")
                if e.kind == "HH"
                else f"Cơ sở {self.g.pick(_SECTORS[e.sec][3])} {e.brand} ({e.owner})"
            )
            tax = e.pmst if e.pmst and r.random() < 0.3 else ""
            tax = _tax_style(tax, g, p_space=0.1)
            nums = [e.mob]
        else:
            if e.kind in ("JP", "KR", "CN") and r.random() < 0.35:
                name = _en_name(form, en, 1 + int(r.random() * 3))
            else:
                name = _vi_name(form, vi, int(r.random() * 4))
            if br and r.random() < 0.6:
                name = self.branch_name(e, name, "Thái Bình", False)
            x = r.random()
            tax = (
                ""
                if x < 0.3
                else _tax_style(e.btax if br else e.tax, g, p_space=0.12, p_mst=0.1, p_typo=0.02)
            )
            nums = [tel, e.mob] if r.random() < 0.35 else [tel or e.mob]
        fmt = 1 if r.random() < 0.6 else 2 if r.random() < 0.5 else 3
        mode = 0 if r.random() < 0.6 else 4
        addr = _addr_vi(loc, g, mode, fmt=fmt, province=r.random() < 0.55)
        if r.random() < 0.08:
            addr = addr.replace("Thành phố Thái Bình", "TP Thái Bình").replace(
                "thành phố Thái Bình", "TP Thái Bình"
            )
        ph = self.phone_cell(nums, (0, 1, 1, 2, 8), sep=" - ", old_p=0.3 if v < 2021 else 0.12)
        if r.random() < 0.15:
            ph = ""
        x = r.random()
        if x < 0.25:
            name, addr = _tcvn3(name), _tcvn3(addr)
        elif x < 0.33:
            name, addr = _vni(name), _vni(addr)
        return name, tax, addr, ph

    def r_jetro(self, e: _E, v: float):
        g, r = self.g, self.r
        if e.kind == "FP":
            return self.foreign_parent(e, "jetro")
        vi, en, form, loc, tel = self.version(e, v, "jetro")
        if form == "HKD":
            form = e.form
        x = r.random()
        if e.kind == "JP" and x < 0.1:
            name = f"{e.brand} {e.jp[1][0]} Co., Ltd. (Vietnam)"
        elif e.kind == "VN" and x < 0.25:
            name = _ascii_upper(_vi_name(form, vi, 1)) if r.random() < 0.5 else _strip(_vi_name(form, vi, 2))
        else:
            name = _en_name(form, en, int(r.random() * 6))
            if r.random() < 0.35:
                name = name.upper()
        if e.fac and r.random() < 0.6:
            loc = e.fac
        tax = "" if r.random() < 0.8 else _tax_style(e.tax, g, p_mst=0.5)
        if tax.startswith("MST"):
            tax = "Tax code: " + tax.split(" ")[-1].replace("MST:", "")
        addr = _addr_en(loc, g)
        p = (tel or e.mob) if r.random() < 0.6 else (e.mob2 or tel or e.mob)
        ph = _fmt_phone(p, g.pick((4, 4, 2, 0, 5))) if p else ""
        return name, tax, addr, ph

    def r_tke(self, e: _E, v: float):
        g, r = self.g, self.r
        vi, en, form, loc, tel = self.version(e, v, "tke")
        if e.kind == "HH" or form == "HKD":
            name = (
                _hh_name(e, g, "tke")
                if e.kind == "HH"
                else (f"{e.owner}" if r.random() < 0.6 else f"Cơ sở {e.brand}")
            )
            tax = e.pmst if (e.pmst and r.random() < 0.2) else ""
        else:
            br, bloc = self.unit_for(e, "tke")
            name = _vi_name(form, vi, 0 if r.random() < 0.3 else 1)
            if br:
                name = self.branch_name(
                    e, name, {"HY": "Hưng Yên", "TB": "Thái Bình", "HN": "Hà Nội"}[_UNITS[bloc[2]][0]], False
                )
                loc = bloc
            tax = "" if r.random() < 0.07 else _tax_style(e.btax if br else e.tax, g, p_num=0.45)
        if r.random() < 0.5:
            name = name.upper()
        name = name[:50].rstrip()  # fixed-width field
        fmt = 3 if r.random() < 0.5 else 1
        addr = _addr_vi(loc, g, 0 if r.random() < 0.8 else 4, fmt=fmt)
        x = r.random()
        if e.acc and x < 0.5:
            ph = _fmt_phone(e.acc[0], g.pick((0, 6)))
        elif x < 0.68:
            p = e.mob2 or e.mob or tel
            ph = _fmt_phone(p, g.pick((0, 0, 6, 1))) if p else ""
        else:
            ph = ""
        return name, tax, addr, ph

    def r_bhxh(self, e: _E, v: float):
        g, r = self.g, self.r
        vi, en, form, loc, tel = self.version(e, v, "bhxh")
        if e.kind == "HH":
            name = _hh_name(e, g, "bhxh")
            tax = e.cccd if r.random() < 0.5 else e.bhxh
            br = False
        else:
            if form == "HKD":
                form = e.form
            br, bloc = self.unit_for(e, "bhxh")
            name = _vi_name(form, vi, 1 if r.random() < 0.55 else 3).upper()
            if br:
                name = self.branch_name(
                    e, name, {"HY": "HƯNG YÊN", "TB": "THÁI BÌNH", "HN": "HÀ NỘI"}[_UNITS[bloc[2]][0]], True
                )
                loc = bloc
            x = r.random()
            code = e.bbhxh if br else e.bhxh
            tax = _tax_style(e.btax if br else e.tax, g) if x < 0.55 else code if x < 0.9 else ""
            if self.g.prev_tax.get("bhxh") and r.random() < 0.005:
                tax = self.g.prev_tax["bhxh"]
            self.g.prev_tax["bhxh"] = e.tax
        addr = _addr_vi(
            loc,
            g,
            self.mode("bhxh", v),
            fmt=2 if r.random() < 0.4 else 1,
            park_style=1 if r.random() < 0.3 else 0,
        )
        p = e.mob2 or e.mob or tel
        ph = _fmt_phone(p, g.pick((0, 0, 1, 2))) if p and r.random() < 0.75 else ""
        return name, tax, addr, ph

    def r_form(self, e: _E, v: float):
        g, r = self.g, self.r
        vi, en, form, loc, tel = self.version(e, v, "form")
        if form == "HKD" and e.kind != "HH":
            form = e.form
        lower = r.random() < 0.55
        nodia = r.random() < 0.5
        if e.kind == "HH":
            name = _hh_name(e, g, "form")
        else:
            x = r.random()
            if e.kind in ("JP", "KR", "CN") and x < 0.6:
                name = _en_name(form, en, 1 + int(r.random() * 5))
                name = name.lower() if lower and r.random() < 0.4 else name
            elif x < 0.08:
                name = vi if r.random() < 0.5 else _strip(vi)
                name = name.lower() if lower else name
            else:
                name = _vi_name(form, vi, int(r.random() * 4))
                if r.random() < 0.2:
                    name = name.upper()
                elif lower:
                    name = _casual(name, r)
                if nodia:
                    name = _strip(name) if r.random() < 0.75 else _partial_strip(name, r)
        if r.random() < 0.12:
            name = _typo(name, r)
        if r.random() < 0.1:
            name = "  " + name if r.random() < 0.3 else name + " "
        # tax code as typed
        tax = ""
        if e.kind == "HH":
            if r.random() < 0.4:
                tax = e.cccd if r.random() < 0.6 or not e.pmst else e.pmst
        elif r.random() < 0.62:
            code = e.tax
            y = r.random()
            if y < 0.02:
                if e.ptax and r.random() < 0.5:
                    code = e.ptax
                elif e.acc and r.random() < 0.5:
                    code = e.acc[1]
                else:
                    if not e.dirmst:
                        e.dirmst = g.taxcode("P")
                    code = e.dirmst
            tax = _tax_style(code, g, p_space=0.12, p_mst=0.25, p_typo=0.05)
        # address as typed
        if e.fac and r.random() < 0.5:
            loc = e.fac
        if e.kind in ("JP", "KR", "CN") and r.random() < 0.4:
            addr = _addr_en(loc, g, new=r.random() < 0.5)
        else:
            addr = _addr_vi(loc, g, self.mode("form", v), fmt=1 if r.random() < 0.6 else 3)
            if lower:
                addr = _casual(addr, r)
            if nodia:
                addr = _strip(addr) if r.random() < 0.8 else _partial_strip(addr, r)
        if r.random() < 0.05:
            addr = _typo(addr, r)
        # phones as typed
        nums = [e.mob or e.mob2 or tel]
        if r.random() < 0.35 and tel and tel not in nums:
            nums.insert(0, tel)
        if r.random() < 0.15 and e.mob2 and e.mob2 not in nums:
            nums.append(e.mob2)
        ph = self.phone_cell(
            nums, (0, 0, 1, 2, 4, 5, 5, 7, 8), sep=g.pick((" / ", " - ", "; ", ", ", " hoặc "))
        )
        if r.random() < 0.1 and ph:
            giv = e.owner.rsplit(" ", 1)[1]
            fem = giv in _GIV_F_SET or " Thị " in e.owner
            title = g.pick(("chị", "c", "Ms") if fem else ("anh", "a", "Mr"))
            ph = f"{title} {giv} {ph}" if r.random() < 0.5 else f"{ph} ({title} {giv})"
        return name, tax, addr, ph

    def r_hdon(self, e: _E, v: float):
        g, r = self.g, self.r
        vi, en, form, loc, tel = self.version(e, v, "hdon")
        bank = r.random() < 0.5
        if e.kind == "HH":
            name = _hh_name(e, g, "hdon")
            code = e.cccd if r.random() < 0.6 or not e.pmst else e.pmst
            br = False
        else:
            if form == "HKD":
                form = e.form
            br, bloc = self.unit_for(e, "hdon")
            if bank:
                name = _ascii_upper(_vi_name(form, vi, 3 if r.random() < 0.6 else 1))
                if r.random() < 0.25:
                    name = name[:40].rstrip()
            elif e.kind in ("JP", "KR", "CN") and r.random() < 0.25:
                name = _en_name(form, en, 1)
            else:
                name = _vi_name(form, vi, 0 if r.random() < 0.3 else 1)
                if r.random() < 0.3:
                    name = name.upper()
            if br:
                name = self.branch_name(
                    e, name, {"HY": "Hưng Yên", "TB": "Thái Bình", "HN": "Hà Nội"}[_UNITS[bloc[2]][0]], bank
                )
                if bank:
                    name = _strip(name)
                loc = bloc
            code = e.btax if br else e.tax
        tax = _tax_style(code, g, p_num=0.35, p_sci=0.08)
        prev = g.prev_tax.get("hdon")
        if prev and r.random() < 0.008:
            tax = prev
        g.prev_tax["hdon"] = code
        addr = _addr_vi(loc, g, self.mode("hdon", v), fmt=0 if r.random() < 0.6 else 1)
        if bank:
            addr = _ascii_upper(addr) if r.random() < 0.6 else addr
        if r.random() < 0.05:
            addr = ""
        p = tel or e.mob
        ph = _fmt_phone(p, g.pick((0, 0, 6, 1))) if p and r.random() < 0.4 else ""
        return name, tax, addr, ph

    def r_hkd(self, e: _E, v: float):
        g, r = self.g, self.r
        vi, en, form, loc, tel = self.version(e, v, "hkd")
        if e.kind == "HH":
            name = _hh_name(e, g, "hkd")
            x = r.random()
            tax = e.cccd if x < 0.45 else e.hhreg if x < 0.62 else ""
            if tax == e.hhreg and r.random() < 0.5:
                tax = "GCN số " + tax
        else:
            name = _vi_name(e.form if form == "HKD" else form, vi, int(r.random() * 4))
            tax = _tax_style(e.tax, g, p_mst=0.3) if r.random() < 0.6 else ""
        if r.random() < 0.12:
            name = name.lower()
        x = r.random()
        u = _UNITS[loc[2]]
        street = _street_vi(loc, g, 0)
        if x < 0.55:
            addr = f"{street}, {u[5].lower()} {u[6]}"
        elif x < 0.8:
            addr = f"{street} - {u[6]}"
        else:
            addr = _addr_vi(loc, g, self.mode("hkd", v), fmt=1)
        p = e.mob or e.mob2 or tel
        ph = _fmt_phone(p, g.pick((0, 0, 0, 1, 2, 6))) if p and r.random() < 0.8 else ""
        return name, tax, addr, ph


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _stream(seed: int):
    g = _Gen(seed)
    em = _Emitter(g)
    while True:
        for e in g.cluster():
            for s, rec in em.emit(e):
                yield s, rec, e.tid


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic records (shuffled, deterministic for (n, seed)); see the module doc."""
    if n <= 0:
        return []
    out: list = []
    append = out.append
    for s, rec, tid in _stream(seed):
        append((s, rec[0], rec[1], rec[2], rec[3], tid))
        if len(out) >= n:
            break
    rng = random.Random(seed * 1_000_003 + n)
    rng.shuffle(out)
    counters = {s: 0 for s in _SRC}
    for i, (s, name, tax, addr, ph, tid) in enumerate(out):
        counters[s] += 1
        out[i] = {
            "id": f"{s}-{counters[s]:07d}",
            "name": name,
            "tax_code": tax,
            "address": addr,
            "phone": ph,
            "truth": tid,
        }
    return out


def _stats(recs: list[dict]) -> str:
    from collections import Counter

    ents = Counter(r["truth"] for r in recs)
    dist = Counter(ents.values())
    src = Counter(r["id"].split("-")[0] for r in recs)
    n = len(recs)
    lines = [f"records {n}, entities {len(ents)}, records/entity {n / max(1, len(ents)):.2f}"]
    lines.append("records per entity: " + ", ".join(f"{k}:{dist[k]}" for k in sorted(dist)))
    lines.append("sources: " + ", ".join(f"{s} {100 * src[s] / n:.1f}%" for s in _SRC))
    for f in ("name", "tax_code", "address", "phone"):
        lines.append(f"non-empty {f}: {100 * sum(1 for r in recs if r[f]) / n:.1f}%")
    pairs = sum(c * (c - 1) // 2 for c in ents.values())
    lines.append(f"true pairs: {pairs}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Synthetic Hưng Yên CNHT records (ALL DATA IS SYNTHETIC).")
    ap.add_argument("n", type=int, nargs="?", default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=20, help="print this many rows, grouped by truth")
    ap.add_argument("--stats", action="store_true", help="print distributions and timing")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    recs = records(a.n, a.seed)
    dt = time.perf_counter() - t0
    if a.show:
        rows = sorted(recs[: a.show], key=lambda d: d["truth"])
        byt = {}
        for d in recs:
            byt.setdefault(d["truth"], []).append(d)
        shown = 0
        for d in rows:
            if shown >= a.show:
                break
            for x in byt.pop(d["truth"], []):
                print(
                    f"{x['truth']} | {x['id']:<14} | {x['name']} | {x['tax_code']} | {x['address']} | {x['phone']}"
                )
                shown += 1
    if a.stats:
        print(_stats(recs))
        print(f"generated in {dt:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
