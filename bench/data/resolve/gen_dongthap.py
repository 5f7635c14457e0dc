"""ALL DATA IS SYNTHETIC. No record describes a real enterprise, person, tax code, ID-card number or
phone number. Names are random combinations of common Vietnamese / Chinese / Korean / Japanese
syllables and English words, tax codes are random numbers given a valid check digit, phones and ID
numbers are random digits; any resemblance to a real firm or person is coincidental (the most
obvious real brand names are blacklisted).

Labelled test data for entity resolution: supporting-industry and processing enterprises of the
new Đồng Tháp province.

Scenario
--------
On 1 July 2025 old Đồng Tháp (capital Cao Lãnh) and old Tiền Giang (capital Mỹ Tho) merged into
the new Đồng Tháp province, seated in Mỹ Tho. Districts were abolished and communes/wards merged
and renamed (two-level local government): "Phường 1, TP. Mỹ Tho, Tiền Giang" became "Phường Mỹ Tho,
tỉnh Đồng Tháp", "xã Tân Lập 1, huyện Tân Phước" became "xã Tân Phước 1", "Phường 11, TP. Cao
Lãnh" became "Phường Mỹ Trà". (The old -> new commune table in _GEO_SPEC follows the 2025
arrangement in simplified form; it is good enough for synthetic data, not an official reference.)
The new Department of Industry and Trade (Sở Công Thương) builds ONE register of supporting-industry
(công nghiệp hỗ trợ, CNHT) and processing enterprises: FDI footwear/garment/plastics/packaging
plants in KCN Long Giang, Tân Hương, Mỹ Tho, Bình Đông, Soài Rạp, Sa Đéc, Trần Quốc Toản, Sông Hậu,
Tân Kiều and the CCN clusters; their suppliers (soles, labels, cartons, adhesives, accessories,
logistics); pangasius and fruit processors and their suppliers (ice, cold storage, feed,
packaging); rice mills; mechanical workshops and boat yards; cooperatives (HTX) and household
businesses (hộ kinh doanh). The officer received Excel lists from eleven sources and must produce
one record per real enterprise.

Each call builds entities (households 30, private enterprises 6.5, limited companies 36, joint-stock
companies 6.5, cooperatives 5.5, FDI companies 8.5, out-of-province head offices with local units 7
-- draw weights, before related entities are added) and renders every listing of an entity through
the habits of the source that listed it.

Sources (id prefix, share of rows in records(100_000, seed=0), habits)
-----------------------------------------------------------------------
THUE   20.76%  Tax-authority extract of taxpayers active after the merger. Names mostly UPPER CASE
               with diacritics, registry or statute-long legal forms ("CÔNG TY TRÁCH NHIỆM HỮU HẠN
               MỘT THÀNH VIÊN ..."). Dependent units are separate rows: branches/factories with
               13-character codes "1201234567-001", business locations with the parent's code or
               their 5-digit location code ("00002", "1201234567 - ĐĐKD 00002"). Households are
               listed under the OWNER's name ("NGUYỄN VĂN TÁM") or "HỘ KINH DOANH ..." with the
               12-digit CCCD (the personal tax code since 2025) or an older personal code.
               Registered addresses (about half still in old units), phone often empty or the
               accounting service's.
DKKD    9.33%  Business-registration extract (national portal). Registry spelling, sometimes the
               registered English name in brackets, ", Việt Nam" suffix, mostly new two-level
               addresses. No household businesses.
BQL     5.15%  Industrial-park management board investor lists. English names for FDI ("MYUNGDAE
               FOOTWEAR VINA ONE MEMBER COMPANY LIMITED"), "Vietnamese name (新泰(越南)鞋業有限公司)",
               sometimes only the foreign-script name; lot numbers ("Lô A5-A6", "Lô số 84",
               "Lô II-5"), address often just "Lô C17, KCN Long Giang"; the tax column holds the
               tax code, the 10-digit investment project code ("Mã DA: 5434047897"), both, or a note.
SCTDT   7.32%  Old Đồng Tháp DOIT lists and
SCTTG   9.35%  old Tiền Giang DOIT lists (CNHT, khuyến công, exporter lists 2016-2025), typed by
               clerks: Cty / CTCP / TNHH 1TV / DN TN, SX-TM-DV, CBTS, XNK TS; brand first
               ("Phú Long Triều (Cty TNHH Một TV)"); notes "(nay là Cty CP ...)", "(ngưng hoạt
               động)", "(GĐ: ...)"; old communes/districts with P.1 / TX. / H. / TPMT / TPCL; old
               numbering (073 / 067 area codes, 11-digit 01xx mobiles); several phones per cell, the
               phone pasted into the address; text from TCVN3 (.VnTime) and VNI-Times files read as
               cp1252 ("C«ng ty", "Coâng ty"; more often in the Tiền Giang lists); tax codes with
               spaces, dots, "MST:", or "chưa có" / "Đang cập nhật" / "x".
TKE    10.13%  Statistics-office enterprise survey export: tax codes stored as numbers (leading 0 of
               HCMC / Hà Nội codes lost, "1202783820.0", 13-digit codes without dash shown as
               "1.22942E+12"), Excel PROPER() case ("Công Ty Tnhh Mtv"), lower case, no diacritics,
               short "commune - district" addresses.
HQ      4.15%  Customs exporter list: UPPER CASE without diacritics or the English name, head-office
               tax code only (never a branch), unaccented or English addresses, "+84-273-..." phones.
BHXH   10.10%  Social-insurance employer list: each paying unit separately, short forms, a quarter
               without diacritics, the insurance unit code ("TG4596C") instead of the tax code in
               about a tenth of rows, HR phones with a name "(C. Lan KT)".
KC     12.67%  Khuyến công / agriculture lists of households, cooperatives and small firms kept by
               commune officers: "Cơ sở nước đá Tư Lành", "Hộ ông Nguyễn Văn Tám", "CS kẹo Út Hiền
               (Nguyễn Thị Hiền)", the CCCD (its leading 0 often lost) or a 9-digit CMND in the tax column,
               hamlet addresses, "(nay là xã ..., tỉnh Đồng Tháp)", several mobiles.
WEB     6.86%  Self-registration web form: whatever the firm typed -- no diacritics, decomposed
               Unicode (NFD), lower / upper case, Telex residue ("Coong ty coor phaanf"), old / new
               tone placement (Hòa / Hoà, Thủy / Thuỷ), brand-only names, English names, Chinese plus
               English for FDI, typos, spaced-out tax codes, +84 phones.
VND     4.17%  Approved-vendor master exported from an FDI buyer's ERP: English upper case,
               Vietnamese without diacritics, occasionally Chinese, "VAT: ..." / "Tax ID: ...",
               English addresses ("Lot A6-A7, Tan Huong Industrial Park, ... Commune, ... District,
               Tien Giang").

Realistic variation
-------------------
* Legal forms: Công ty TNHH MTV / TNHH Một thành viên / Cty TNHH 1TV / Công ty trách nhiệm hữu hạn
  một thành viên / TNHH MTV / Co., Ltd / One Member Company Limited; Công ty Cổ phần / Cty CP /
  CTCP / JSC / Joint Stock Company / Corporation; DNTN / Doanh nghiệp tư nhân / DN TN; HTX / Hợp tác
  xã; households: Hộ kinh doanh / HKD / Hộ KD / Cơ sở / CSSX / Lò / Hộ ông, bà; MTV often dropped.
* Industry words full or abbreviated (Chế biến Thủy sản / CBTS / CB Thủy sản) or dropped;
  registered names unique nationwide (a taken name gets a place tail or another brand).
* FDI: romanised brand (Taiwanese "Hsin Kuang", mainland "Xinfeng", Korean "Myungdae ... Vina",
  Japanese "Kinoshita Seisakusho Việt Nam"), Hán-Việt rendering for some Chinese firms ("Tân
  Quảng"), "(Việt Nam)" / "Vina" / "Việt Nam" tails, English names with "(Vietnam) Co., Ltd", and
  foreign-script names (traditional or simplified hanzi, hangul, kanji/katakana).
* Addresses: old three-level units, new two-level units, mixtures (old district with the new
  province name, new commune with the old district), "(nay là ...)" annotations, abbreviations at
  four levels, English renderings, street / khóm / khu phố / ấp / tổ / Quốc lộ 1A / ĐT.864 / TL864,
  park lots; head offices in HCMC, Hà Nội, Long An (now Tây Ninh), Cần Thơ, Bình Dương (now HCMC),
  Đồng Nai, Bến Tre, Vĩnh Long, An Giang in old or new form; about 2% of cells empty.
* Case, diacritics removed, PROPER(), NFD, TCVN3 / VNI garbling, tone placement, Telex residue,
  single-character typos, doubled / leading / trailing / non-breaking spaces.
* Time: renamed firms (same code, new brand or new legal form), moved firms (old address in older
  lists), household businesses later registered as companies (older lists show the household).

Hard negatives (different truth, deliberately confusable)
----------------------------------------------------------
* Sister firms: 7% of households, private enterprises, limited companies and cooperatives get a
  sister at the SAME address (same house number, street / hamlet) and usually the same phone: the
  spouse's household business, or a company of the same family with the same brand and another
  industry, a brand sharing one syllable, or a new brand.
* Namesakes: 4% of those entities get a namesake in another town -- the same shop name (and often
  the same trade) for households, the same brand in another industry or legal form for companies,
  a household named like a company, a cooperative with the same name.
* Parent and subsidiary: 16% of joint-stock companies own a one-member limited company named after
  them ("Công ty TNHH MTV Nông sản Hiệp Duy Mỹ Tho" beside "Công ty CP XNK Nông sản Hiệp Duy"),
  sometimes in a park, sometimes sharing the group switchboard.
* Same foreign brand, two companies: 12% of FDI companies have a twin of the same group in another
  park (separate tax code), named with a place tail ("... Long Giang", "... Sa Đéc") or another
  product line.
* Accounting / tax-agent phones: 16% of limited companies and private enterprises give the phone of
  an accounting service (pool of max(3, n/1800) per former province). In records(100_000, 0) the
  most shared phone number (compared on its last 9 digits) appears under 19 different truth labels.
* Person-name collisions (Nguyễn Văn Hùng), "Út Hiền"-style nicknames, brands such as "Cao Lãnh",
  "Sa Đéc", "Mekong", identical street names in every town, Châu Thành / Cai Lậy / Cao Lãnh / Hồng
  Ngự existing as two districts, "ĐT" meaning Đồng Tháp, điện thoại or đường tỉnh.
* Excel slips: with probability 0.006 a row takes the tax cell of the previous row generated for the
  same list, usually the valid code of another enterprise.

Truth rule (what "one real enterprise" means)
----------------------------------------------
One truth label = one legal person, or one household business, identified by its registration
(10-digit tax code) and followed through time.
* SAME truth: the head office and every dependent unit without legal personality -- branches (chi
  nhánh, "-001"), factories registered as branches (nhà máy), business locations (địa điểm kinh
  doanh), warehouses, representative offices -- wherever the head office is. A company registered
  in HCMC, Hà Nội, Long An ... whose branches and factories are in the province is ONE enterprise:
  its head-office rows (customs, vendor lists) and all its local unit rows share the label.
* SAME truth: renaming, change of legal form under the same tax code (TNHH MTV -> TNHH -> CP), an
  FDI company renamed after an acquisition, an address move, the 2025 renaming of communes.
* SAME truth: a household business that its owner turned into a DNTN or company -- the household
  rows (owner name, CCCD, shop name) and the company rows are one business.
* DIFFERENT truth: subsidiaries (own tax code, even when wholly owned and named after the parent),
  sister firms of one family at one address, the spouse's household business, companies of one
  foreign group in different parks, namesakes, anything that merely shares a phone or an address.

Codes and phones
----------------
* Tax codes: 10 digits, N10 = 10 - (sum of N1..N9 x 31,29,23,19,17,13,7,5,3 mod 11), prefixes with
  a result of 10 are never issued. Prefixes: 12 old Tiền Giang, 14 old Đồng Tháp, 03 HCMC, 01 Hà Nội,
  11 Long An, 18 Cần Thơ, 37 Bình Dương, 36 Đồng Nai, 13 Bến Tre, 15 Vĩnh Long, 16 An Giang;
  personal codes start with 8. Branches / factories / representative offices: parent code + "-001",
  "-002", ...; business locations: 5-digit location codes. Codes are unique per entity.
* Households: CCCD 082 (Tiền Giang) / 087 (Đồng Tháp) + sex-century digit + two-digit birth year + 6
  digits; old CMND 312 / 341 + 6 digits; personal tax code 8xxxxxxxxx or a provincial 10-digit code.
* Investment project codes: 53 / 54 / 55 + 8 digits (about 1 in 11 passes the check by chance);
  social-insurance unit codes TG/DT + 4 digits + letter.
* Typos: one digit replaced (always fails the check), adjacent digits swapped (fails unless the
  digits are equal or the check digit is involved), a digit dropped or inserted (wrong length).
  Renderings: spaces, dots, "MST:", apostrophe, "-001" / " - 001" / "001" / "_001" / ".001",
  number-formatted (lost 0, ".0", scientific notation).
* Phones: landlines 0273 (old Tiền Giang, formerly 073) and 0277 (old Đồng Tháp, formerly 067) + 7
  digits; head-office cities 028, 024, 0272, 0292, 0274, 0251, 0275, 0270, 0296; mobiles 10 digits
  with 2018 prefixes, shown in old lists with the pre-2018 11-digit prefix (038 -> 0168 ...);
  grouped / dotted / dashed / bracketed / +84 / 84 / lost leading 0 / ".0"; several numbers per cell
  with " - ", "; ", " / ", ", ", " – ", "-" or a line break; "ĐT:", "DĐ:", "Fax:", "(ext 123)",
  "(Chị Lan - kế toán)".

Measured shape (records(100_000, seed=0))
-----------------------------------------
entities 43,120; rows per entity 2.319; max group 53.
Entity sizes: 1: 20,166 | 2: 10,793 | 3: 5,180 | 4: 2,663 | 5: 1,545 | 6-10: 2,239 | 11-20: 459 |
21-50: 74 | 51+: 1. Singleton entities: 46.77% of entities.
Rows with a non-empty tax_code 81.48%; with a strictly valid code (the raw cell is exactly
NNNNNNNNNN or NNNNNNNNNN-NNN and passes the check, see tax_code_valid) 60.26%; with a phone
66.27%; with an address 98.13%. Source shares as in the table above. stats() recomputes all of
these figures.
Per-entity listing count: 1 + Poisson(lambda), lambda log-normal per entity with a kind-specific
median and spread, capped at 40; each dependent unit adds a listing with probability 0.55. Name
variety grows with n: above 100,000 rows a growing share of brands, shop names and nicknames come
from a long-tail syllable list, so that a million rows do not collapse onto a few hundred names.

Performance (python3.11, 2-core machine, `python gen_dongthap.py 1000000 --json`)
-------------------------------------------------------------------------------------
n = 1,000,000, seed 0: 431,196 entities, 2.319 rows per entity, max group 52. records() took
17-28 s wall in six runs (the whole CLI run including stats() 25-36 s); peak RSS 824 MB.
Garbage collection is disabled during generation.

Usage
-----
    from gen_dongthap import records
    rows = records(100_000, seed=0)   # list of dicts: id, name, tax_code, address, phone, truth

    python gen_dongthap.py 100000 --seed 0 --json           # statistics as JSON
    python gen_dongthap.py 100000 --show 20                 # 20 random rows
    python gen_dongthap.py 100000 --group max               # all rows of the largest group
    python gen_dongthap.py 100000 --group E0004248          # a truth label (or a row id)
    python gen_dongthap.py 1000000 --dump /tmp/rows.jsonl   # JSON lines
"""

import argparse
import bisect
import gc
import json
import math
import random
import re
import sys
import time
import unicodedata
from collections import Counter

__all__ = [
    "SOURCES",
    "records",
    "stats",
    "tax_check_digit",
    "tax_code_valid",
]

# ===========================================================================
# Random number generator
# ===========================================================================


class FastRandom(random.Random):
    """random.Random whose hot helpers are built on the C-level random()."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))

    def pick(self, table):
        """Weighted choice from a table built by :func:`_wt`."""
        items, cum = table
        return items[bisect.bisect_right(cum, self.random() * cum[-1])]

    def digits(self, k):
        return f"{int(self.random() * 10 ** k):0{k}d}"


def _wt(pairs):
    """(item, weight) pairs -> (items, cumulative weights) for FastRandom.pick."""
    items, cum, tot = [], [], 0.0
    for item, w in pairs:
        if w <= 0:
            continue
        tot += w
        items.append(item)
        cum.append(tot)
    return tuple(items), tuple(cum)


# ===========================================================================
# Vietnamese text tools: diacritics, legacy encodings, spelling variants
# ===========================================================================

_COMB = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none grave hook tilde acute dot

# TCVN3 (ABC, .VnTime) byte codes for the six tone forms of each vowel.
_TCVN3_LOW = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_UP_PLAIN = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6}
_VNI_MARK_LO = ("", "ø", "û", "õ", "ù", "ï")
_VNI_MARK_UP = ("", "Ø", "Û", "Õ", "Ù", "Ï")
_VNI_CIRC_LO = ("â", "à", "å", "ã", "á", "ä")
_VNI_CIRC_UP = ("Â", "À", "Å", "Ã", "Á", "Ä")
_VNI_BREV_LO = ("ê", "è", "ú", "ü", "é", "ë")
_VNI_BREV_UP = ("Ê", "È", "Ú", "Ü", "É", "Ë")
_VNI_I_LO = ("i", "ì", "æ", "ó", "í", "ò")
_VNI_I_UP = ("I", "Ì", "Æ", "Ó", "Í", "Ò")


def _vni(base, t, upper):
    plain = unicodedata.normalize("NFD", base)[0]
    if base == "i":
        return (_VNI_I_UP if upper else _VNI_I_LO)[t]
    if base == "y" and t == 5:
        return "Î" if upper else "î"
    marks = _VNI_MARK_UP if upper else _VNI_MARK_LO
    p = plain.upper() if upper else plain
    if base in "aeouy":
        return p + marks[t]
    if base in "âêô":
        return p + (_VNI_CIRC_UP if upper else _VNI_CIRC_LO)[t]
    if base == "ă":
        return p + (_VNI_BREV_UP if upper else _VNI_BREV_LO)[t]
    if base == "ơ":
        return ("Ô" if upper else "ô") + marks[t]
    return ("Ö" if upper else "ö") + marks[t]  # ư


def _build_text_tables():
    strip, tcvn, vni = {}, {}, {}
    for base, codes in _TCVN3_LOW.items():
        for t in range(6):
            lo = unicodedata.normalize("NFC", base + _COMB[t])
            up = lo.upper()
            plain = unicodedata.normalize("NFD", lo)[0]
            if lo != plain:
                strip[ord(lo)] = plain
                strip[ord(up)] = plain.upper()
                vni[ord(lo)] = _vni(base, t, False)
                vni[ord(up)] = _vni(base, t, True)
            code = codes[t]
            if code is not None:
                ch = bytes([code]).decode("cp1252")
                tcvn[ord(lo)] = ch
                if t == 0:
                    tcvn[ord(up)] = bytes([_TCVN3_UP_PLAIN[up]]).decode("cp1252")
                else:  # .VnTimeH habit: capitals with tone marks reuse the lower-case codes
                    tcvn[ord(up)] = ch
    strip[ord("đ")], strip[ord("Đ")] = "d", "D"
    tcvn[ord("đ")], tcvn[ord("Đ")] = bytes([0xAE]).decode("cp1252"), bytes([0xA7]).decode("cp1252")
    vni[ord("đ")], vni[ord("Đ")] = "ñ", "Ñ"
    return strip, tcvn, vni


_STRIP, _TCVN3, _VNI = _build_text_tables()


def strip_marks(s):
    """Remove Vietnamese diacritics (đ -> d)."""
    return s.translate(_STRIP)


def to_tcvn3(s):
    """Unicode text as it looks after a TCVN3 (.VnTime) file is read as cp1252."""
    return s.translate(_TCVN3)


def to_vni(s):
    """Unicode text as it looks after a VNI-Times file is read as cp1252."""
    return s.translate(_VNI)


_OLD_NEW_TONE = {}
for _v, _w in (("o", "a"), ("o", "e"), ("u", "y")):
    for _t in range(1, 6):
        _old = unicodedata.normalize("NFC", _v + _COMB[_t]) + _w
        _new = _v + unicodedata.normalize("NFC", _w + _COMB[_t])
        _OLD_NEW_TONE[_old] = _new
        _OLD_NEW_TONE[_new] = _old
        _OLD_NEW_TONE[_old.upper()] = _new.upper()
        _OLD_NEW_TONE[_new.upper()] = _old.upper()
_TONE_RE = re.compile("(" + "|".join(sorted(_OLD_NEW_TONE, key=len, reverse=True)) + r")(?!\w)")


def tone_swap(s):
    """Old/new tone placement: Hòa <-> Hoà, Thủy <-> Thuỷ (only at syllable end)."""
    return _TONE_RE.sub(lambda m: _OLD_NEW_TONE[m.group(1)], s)


_TELEX_TONE = {"\u0300": "f", "\u0301": "s", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def telex_residue(s):
    """What a web form gets when the Vietnamese IME is off: 'Công ty' -> 'Coong ty'."""
    out = []
    for word in s.split(" "):
        tone = ""
        buf = []
        for ch in unicodedata.normalize("NFD", word):
            if ch in _TELEX_TONE:
                tone = _TELEX_TONE[ch]
            elif ch == "\u0302" and buf:
                buf.append(buf[-1])
            elif ch in ("\u0306", "\u031b"):
                buf.append("w")
            elif ch == "đ":
                buf.append("dd")
            elif ch == "Đ":
                buf.append("DD")
            else:
                buf.append(ch)
        out.append("".join(buf) + tone)
    return " ".join(out)


_TRAD2SIMP = str.maketrans(
    "豐華廣偉興億鴻達聯東勝順寶凱榮業紡織製膠裝電實紙龍飼義運發國後紗標瀝",
    "丰华广伟兴亿鸿达联东胜顺宝凯荣业纺织制胶装电实纸龙饲义运发国后纱标沥",
)

# ===========================================================================
# Tax codes
# ===========================================================================

_TAX_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_check_digit(first9):
    """Check digit for the first nine digits of a tax code, or None when the sum
    gives 10 (such prefixes are never issued)."""
    s = 0
    for c, w in zip(first9, _TAX_W, strict=True):
        s += (ord(c) - 48) * w
    d = 10 - s % 11
    return None if d == 10 else d


_TAX_RE = re.compile(r"\d{10}(?:-\d{3})?")


def tax_code_valid(s):
    """True when the raw field is exactly NNNNNNNNNN or NNNNNNNNNN-NNN and the first
    ten digits pass the mod-11 check (no trimming, no other characters)."""
    if not _TAX_RE.fullmatch(s):
        return False
    return tax_check_digit(s[:9]) == ord(s[9]) - 48


# ===========================================================================
# Geography of the new Đồng Tháp (old Tiền Giang = TG, old Đồng Tháp = DT)
# district | type | name | initials | new commune = old communes ; ... | weight
# (old -> new commune mapping simplified from the 2025 arrangement; synthetic use only)
# ===========================================================================

_GEO_SPEC = """
TG|tp|Mỹ Tho|MT|Mỹ Tho=P:1,P:2,P:Tân Long;Đạo Thạnh=P:4,P:5,X:Đạo Thạnh;Mỹ Phong=P:9,X:Mỹ Phong,X:Tân Mỹ Chánh;Thới Sơn=P:6,X:Thới Sơn;Trung An=P:10,X:Trung An,X:Phước Thạnh|15
TG|tx|Gò Công|GC|Gò Công=P:1,P:2,P:5,X:Long Hưng;Long Thuận=X:Long Thuận,X:Long Chánh,X:Long Hòa;Bình Xuân=X:Bình Xuân,X:Bình Đông;Sơn Qui=P:3,P:4,X:Tân Trung|4
TG|tx|Cai Lậy|CL|Cai Lậy=P:1,P:2,P:3,P:4,P:5,X:Long Khánh;Nhị Quý=P:Nhị Mỹ,X:Nhị Quý,X:Phú Quý;Thanh Hòa=X:Thanh Hòa,X:Tân Bình,X:Tân Hội;Mỹ Phước Tây=X:Mỹ Phước Tây,X:Mỹ Hạnh Đông,X:Mỹ Hạnh Trung,X:Tân Phú|5
TG|h|Cái Bè|CB|Cái Bè=TT:Cái Bè,X:Đông Hòa Hiệp,X:Hòa Khánh;An Hữu=X:An Hữu,X:Hòa Hưng,X:An Thái Trung;Mỹ Lợi=X:Mỹ Lợi A,X:Mỹ Lợi B,X:Mỹ Tân;Mỹ Đức Tây=X:Mỹ Đức Tây,X:Mỹ Đức Đông,X:Thiện Trí;Mỹ Thiện=X:Thiện Trung,X:Mỹ Trung,X:Mỹ Lương;Hậu Mỹ=X:Hậu Mỹ Bắc A,X:Hậu Mỹ Bắc B,X:Hậu Mỹ Trinh;Hội Cư=X:An Cư,X:Hậu Thành,X:Mỹ Hội;Thanh Hưng=X:Tân Thanh,X:Tân Hưng,X:Hậu Mỹ Phú,X:An Thái Đông|9
TG|h|Cai Lậy|CL|Mỹ Thành=X:Mỹ Thành Bắc,X:Mỹ Thành Nam,X:Phú Nhuận;Thạnh Phú=X:Thạnh Lộc,X:Phú Cường;Bình Phú=X:Bình Phú,X:Cẩm Sơn,X:Phú An;Hiệp Đức=X:Hiệp Đức,X:Hội Xuân,X:Tân Phong;Long Tiên=X:Long Tiên,X:Long Trung,X:Mỹ Long;Ngũ Hiệp=X:Ngũ Hiệp,X:Tam Bình|6
TG|h|Tân Phước|TP|Tân Phước 1=TT:Mỹ Phước,X:Tân Lập 1,X:Tân Lập 2;Tân Phước 2=X:Thạnh Mỹ,X:Thạnh Hòa,X:Thạnh Tân;Tân Phước 3=X:Phước Lập,X:Tân Hòa Thành,X:Tân Hòa Đông;Hưng Thạnh=X:Hưng Thạnh,X:Tân Hòa Tây,X:Phú Mỹ|4
TG|h|Châu Thành|CT|Tân Hương=X:Tân Hương,X:Tân Lý Đông,X:Tân Lý Tây;Châu Thành=TT:Tân Hiệp,X:Thân Cửu Nghĩa,X:Tân Hội Đông;Long Hưng=X:Long Hưng,X:Tam Hiệp,X:Thạnh Phú;Long Định=X:Long Định,X:Nhị Bình,X:Điềm Hy;Bình Trưng=X:Bình Trưng,X:Bình Đức,X:Phú Phong;Vĩnh Kim=X:Vĩnh Kim,X:Đông Hòa,X:Song Thuận;Kim Sơn=X:Kim Sơn,X:Bàn Long,X:Hữu Đạo,X:Dưỡng Điềm|10
TG|h|Chợ Gạo|CG|Chợ Gạo=TT:Chợ Gạo,X:Long Bình Điền,X:Song Bình;Mỹ Tịnh An=X:Mỹ Tịnh An,X:Phú Kiết,X:Trung Hòa;Lương Hòa Lạc=X:Lương Hòa Lạc,X:Thanh Bình,X:Hòa Tịnh;Tân Thuận Bình=X:Tân Thuận Bình,X:Quơn Long,X:Đăng Hưng Phước;An Thạnh Thủy=X:An Thạnh Thủy,X:Bình Phan,X:Bình Phục Nhứt;Bình Ninh=X:Bình Ninh,X:Xuân Đông,X:Hòa Định|5
TG|h|Gò Công Tây|GCT|Vĩnh Bình=TT:Vĩnh Bình,X:Thạnh Nhựt,X:Thạnh Trị;Đồng Sơn=X:Đồng Sơn,X:Đồng Thạnh,X:Bình Nhì;Phú Thành=X:Phú Thành,X:Bình Tân;Long Bình=X:Long Bình,X:Long Vĩnh;Vĩnh Hựu=X:Vĩnh Hựu,X:Yên Luông,X:Thành Công|3
TG|h|Gò Công Đông|GCĐ|Tân Hòa=TT:Tân Hòa,X:Tăng Hòa,X:Bình Nghị;Gia Thuận=TT:Vàm Láng,X:Gia Thuận,X:Kiểng Phước;Tân Điền=X:Tân Điền,X:Tân Thành,X:Tân Tây;Tân Đông=X:Tân Đông,X:Phước Trung,X:Bình Ân|3
TG|h|Tân Phú Đông|TPĐ|Tân Thới=X:Tân Thới,X:Tân Phú,X:Phú Thạnh;Tân Phú Đông=X:Phú Đông,X:Phú Tân,X:Tân Thạnh|1
DT|tp|Cao Lãnh|CL|Cao Lãnh=P:1,P:2,P:3,P:4,P:Hòa Thuận,X:Hòa An;Mỹ Ngãi=P:6,X:Mỹ Ngãi,X:Mỹ Tân,X:Tịnh Thới;Mỹ Trà=P:11,P:Mỹ Phú,X:Mỹ Trà,X:Tân Thuận Đông,X:Tân Thuận Tây|9
DT|tp|Sa Đéc|SĐ|Sa Đéc=P:1,P:2,P:3,P:4,P:An Hòa,P:Tân Quy Đông,X:Tân Khánh Đông,X:Tân Quy Tây,X:Tân Phú Đông|8
DT|tp|Hồng Ngự|HN|An Bình=P:An Bình A,P:An Bình B,P:An Lạc;Hồng Ngự=P:An Thạnh,X:Tân Hội,X:Bình Thạnh;Thường Lạc=X:Thường Thới Hậu A,X:Thường Lạc|3
DT|h|Tân Hồng|TH|Tân Hồng=TT:Sa Rài,X:Bình Phú,X:Tân Công Chí;Tân Thành=X:Thông Bình,X:Tân Thành A;Tân Hộ Cơ=X:Tân Hộ Cơ,X:Tân Thành B;An Phước=X:An Phước,X:Tân Phước|2
DT|h|Hồng Ngự|HN|Thường Phước=TT:Thường Thới Tiền,X:Thường Phước 1,X:Thường Phước 2;Long Khánh=X:Long Khánh A,X:Long Khánh B;Long Phú Thuận=X:Long Thuận,X:Phú Thuận A,X:Phú Thuận B|2
DT|h|Tam Nông|TN|An Hòa=X:Phú Thành B,X:An Hòa;Tam Nông=X:Phú Đức,X:Phú Hiệp;Phú Thọ=X:Phú Thành A,X:Phú Thọ;Tràm Chim=TT:Tràm Chim,X:Tân Công Sính;Phú Cường=X:Phú Cường,X:Hòa Bình;An Long=X:An Phong,X:Phú Ninh,X:An Long|2
DT|h|Thanh Bình|TB|Thanh Bình=TT:Thanh Bình,X:Tân Mỹ,X:Tân Phú;Tân Thạnh=X:Tân Thạnh,X:Phú Lợi;Bình Thành=X:Bình Thành,X:Bình Tấn;Tân Long=X:Tân Long,X:Tân Hòa,X:Tân Quới,X:Tân Huề|3
DT|h|Tháp Mười|TM|Tháp Mười=TT:Mỹ An,X:Mỹ Hòa,X:Mỹ Đông;Thanh Mỹ=X:Thanh Mỹ,X:Phú Điền;Mỹ Quí=X:Mỹ Quí,X:Láng Biển;Đốc Binh Kiều=X:Đốc Binh Kiều,X:Tân Kiều;Trường Xuân=X:Trường Xuân,X:Hưng Thạnh|3
DT|h|Cao Lãnh|CL|Mỹ Thọ=TT:Mỹ Thọ,X:Mỹ Hội,X:Mỹ Xương;Phương Thịnh=X:Phương Thịnh,X:Phương Trà;Phong Mỹ=X:Phong Mỹ,X:Gáo Giồng;Ba Sao=X:Ba Sao,X:Tân Hội Trung;Bình Hàng Trung=X:Bình Hàng Trung,X:Bình Hàng Tây,X:Mỹ Long;Mỹ Hiệp=X:Mỹ Hiệp,X:Bình Thạnh,X:Nhị Mỹ|4
DT|h|Lấp Vò|LV|Lấp Vò=TT:Lấp Vò,X:Bình Thạnh Trung,X:Bình Thành;Mỹ An Hưng=X:Mỹ An Hưng A,X:Mỹ An Hưng B,X:Tân Mỹ;Tân Khánh Trung=X:Tân Khánh Trung,X:Long Hưng A,X:Long Hưng B|4
DT|h|Lai Vung|LV|Lai Vung=TT:Lai Vung,X:Tân Thành,X:Long Thắng;Hòa Long=X:Hòa Long,X:Long Hậu,X:Vĩnh Thới;Phong Hòa=X:Phong Hòa,X:Định Hòa;Tân Dương=X:Tân Dương,X:Tân Hòa,X:Hòa Thành|4
DT|h|Châu Thành|CT|Phú Hựu=TT:Cái Tàu Hạ,X:Phú Hựu,X:An Nhơn;Tân Nhuận Đông=X:Tân Nhuận Đông,X:Hòa Tân,X:An Hiệp;Tân Phú Trung=X:Tân Phú Trung,X:Tân Bình,X:Phú Long|4
"""

_NEW_WARDS = frozenset(
    "Mỹ Tho,Đạo Thạnh,Mỹ Phong,Thới Sơn,Trung An,Gò Công,Long Thuận,Bình Xuân,Sơn Qui,An Bình,"
    "Hồng Ngự,Thường Lạc,Cao Lãnh,Mỹ Ngãi,Mỹ Trà,Sa Đéc,Mỹ Phước Tây,Thanh Hòa,Cai Lậy,Nhị Quý".split(",")
)
_OLD_PROV = ("Tiền Giang", "Đồng Tháp")
_OLD_PROV_AB = ("TG", "ĐT")
_DTYPE_FULL = {"tp": "Thành phố", "tx": "Thị xã", "h": "Huyện"}
_DTYPE_SHORT = {"tp": ("TP. ", "TP.", "Tp ", "TP "), "tx": ("TX. ", "TX.", "Tx ", "TX "), "h": ("H. ", "H.", "huyện ", "")}
_CTYPE_FULL = {"P": "Phường", "X": "Xã", "TT": "Thị trấn"}
_CTYPE_SHORT = {"P": ("P.", "P. ", "P"), "X": ("X.", "X. ", "xã "), "TT": ("TT.", "TT. ", "TT ")}


def _parse_geo():
    dists = []
    for line in _GEO_SPEC.strip().splitlines():
        reg, dtype, dname, ini, body, w = line.split("|")
        news, olds = [], []
        for chunk in body.split(";"):
            new, old = chunk.split("=")
            ni = len(news)
            news.append(("P" if new in _NEW_WARDS else "X", new))
            for o in old.split(","):
                ct, cn = o.split(":")
                olds.append((ct, cn, ni))
        dists.append((0 if reg == "TG" else 1, dtype, dname, ini, tuple(olds), tuple(news), int(w)))
    return tuple(dists)


_DISTS = _parse_geo()
_DIST_BY_REG = (
    _wt((i, d[6]) for i, d in enumerate(_DISTS) if d[0] == 0),
    _wt((i, d[6]) for i, d in enumerate(_DISTS) if d[0] == 1),
)


def _find_commune(reg, dtype, dname, cname):
    for di, d in enumerate(_DISTS):
        if d[0] == reg and d[1] == dtype and d[2] == dname:
            for ci, o in enumerate(d[4]):
                if o[1] == cname:
                    return di, ci
    raise KeyError((reg, dtype, dname, cname))


# Industrial parks (KCN) and clusters (CCN): short name, kind, English, hanzi, region, location, weight
_PARK_SPEC = (
    ("Long Giang", "KCN", "龍江", 0, ("h", "Tân Phước", "Tân Lập 1"), 30),
    ("Tân Hương", "KCN", "新香", 0, ("h", "Châu Thành", "Tân Hương"), 26),
    ("Mỹ Tho", "KCN", "美湫", 0, ("tp", "Mỹ Tho", "Trung An"), 14),
    ("Bình Đông", "KCN", "平東", 0, ("tx", "Gò Công", "Bình Đông"), 5),
    ("Soài Rạp", "KCN", "", 0, ("h", "Gò Công Đông", "Gia Thuận"), 3),
    ("Trung An", "CCN", "", 0, ("tp", "Mỹ Tho", "Trung An"), 3),
    ("Tân Mỹ Chánh", "CCN", "", 0, ("tp", "Mỹ Tho", "Tân Mỹ Chánh"), 3),
    ("Song Thuận", "CCN", "", 0, ("h", "Châu Thành", "Song Thuận"), 3),
    ("An Thạnh", "CCN", "", 0, ("h", "Cái Bè", "An Hữu"), 2),
    ("Sa Đéc", "KCN", "沙瀝", 1, ("tp", "Sa Đéc", "Tân Quy Đông"), 10),
    ("Trần Quốc Toản", "KCN", "", 1, ("tp", "Cao Lãnh", "11"), 6),
    ("Sông Hậu", "KCN", "後江", 1, ("h", "Lai Vung", "Tân Thành"), 7),
    ("Tân Kiều", "KCN", "", 1, ("h", "Tháp Mười", "Tân Kiều"), 2),
    ("Thường Thới Tiền", "CCN", "", 1, ("h", "Hồng Ngự", "Thường Thới Tiền"), 2),
    ("Bình Thành", "CCN", "", 1, ("h", "Thanh Bình", "Bình Thành"), 2),
    ("Cái Tàu Hạ - An Nhơn", "CCN", "", 1, ("h", "Châu Thành", "An Nhơn"), 2),
)
_PARKS = tuple(
    (name, kind, hz, reg) + _find_commune(reg, loc[0], loc[1], loc[2]) + (w,)
    for name, kind, hz, reg, loc, w in _PARK_SPEC
)  # (name, kind, hanzi, reg, district idx, commune idx, weight)
_PARK_ALL = _wt((i, p[6]) for i, p in enumerate(_PARKS))
_PARK_BY_REG = (
    _wt((i, p[6]) for i, p in enumerate(_PARKS) if p[3] == 0),
    _wt((i, p[6]) for i, p in enumerate(_PARKS) if p[3] == 1),
)
_PARK_CN = _wt((i, p[6] * (4 if p[0] == "Long Giang" else 1)) for i, p in enumerate(_PARKS) if p[1] == "KCN")
_PARK_TW = _wt((i, p[6] * (3 if p[0] == "Tân Hương" else 1)) for i, p in enumerate(_PARKS) if p[1] == "KCN")
_PARK_KCN = _wt((i, p[6]) for i, p in enumerate(_PARKS) if p[1] == "KCN")

_STREETS = (
    "Lê Lợi", "Hùng Vương", "Nguyễn Huệ", "Trần Hưng Đạo", "Lý Thường Kiệt", "Nguyễn Trãi", "Ấp Bắc",
    "Nam Kỳ Khởi Nghĩa", "Trưng Trắc", "30 Tháng 4", "Phạm Hữu Lầu", "Tôn Đức Thắng", "Nguyễn Sinh Sắc",
    "Nguyễn Tất Thành", "Đinh Bộ Lĩnh", "Lê Văn Phẩm", "Học Lạc", "Thủ Khoa Huân", "Trương Định",
    "Điện Biên Phủ", "Lý Tự Trọng", "Phan Đình Phùng", "Võ Văn Kiệt", "Trần Quốc Toản", "Ngô Quyền",
    "Nguyễn Thị Minh Khai", "Lê Duẩn", "Phan Bội Châu", "Hai Bà Trưng", "Nguyễn Văn Cừ", "Lê Thị Hồng Gấm",
    "Tết Mậu Thân", "Nguyễn Trung Trực", "Mạc Đĩnh Chi", "Lê Đại Hành", "Trần Phú", "Võ Thị Sáu",
    "Nguyễn Đình Chiểu", "Hòa Bình", "Cách Mạng Tháng 8", "Nguyễn Văn Trỗi", "Lê Lai", "Bà Triệu",
)
_HAMLETS = (
    "Mỹ Phú", "Tân Thuận", "An Hòa", "Bình Hòa", "Long Hòa", "Phú Hòa", "Hòa Lợi", "Thới Bình",
    "Tân Bình", "Mỹ Lợi", "Hòa Bình", "Bắc", "Đông", "Tây", "Trung", "Hòa Khánh", "Phú Thạnh",
    "Tân Hòa", "Long Thạnh", "Bình Thạnh", "Mỹ Hòa", "An Lợi", "Tân Lợi", "Phú Lợi", "Hưng Thạnh",
    "Tân Phú", "Long Phú", "Bình Phú", "An Phú", "Tân Thạnh", "Hòa Thuận", "Phước Hòa", "Thạnh Lợi",
    "Hậu Thành", "Mỹ Thuận", "Tân Điền", "Cầu Xây", "Rạch Chanh", "Kinh Xáng", "Gò Tre", "Cây Gáo",
    "Ông Văn", "Bờ Xe", "Long Hưng", "Tân Hiệp", "Mỹ Tường", "Phú Xuân", "Thạnh Hòa", "Bình Long",
    "1", "2", "3", "4", "5", "6", "7", "1A", "2B",
)
_ROADS = (
    (("QL", "1A"), ("QL", "50"), ("QL", "60"), ("ĐT", "864"), ("ĐT", "868"), ("ĐT", "870"), ("ĐT", "879")),
    (("QL", "30"), ("QL", "80"), ("QL", "54"), ("QL", "N2"), ("ĐT", "848"), ("ĐT", "849"), ("ĐT", "845")),
)

# Head offices outside the province: tax prefix, weight, [(street, old ward, old district, old prov, new ward, new prov)]
_OUT_CITIES = (
    ("03", 46, (
        ("Nguyễn Thị Minh Khai", "Phường 6", "Quận 3", "TP. Hồ Chí Minh", "Phường Xuân Hòa", "TP. Hồ Chí Minh"),
        ("Kinh Dương Vương", "Phường An Lạc", "Quận Bình Tân", "TP. Hồ Chí Minh", "Phường An Lạc", "TP. Hồ Chí Minh"),
        ("Cộng Hòa", "Phường 13", "Quận Tân Bình", "TP. Hồ Chí Minh", "Phường Tân Bình", "TP. Hồ Chí Minh"),
        ("Nguyễn Văn Linh", "Phường Tân Phong", "Quận 7", "TP. Hồ Chí Minh", "Phường Tân Mỹ", "TP. Hồ Chí Minh"),
        ("Quốc lộ 1A", "Xã Tân Kiên", "Huyện Bình Chánh", "TP. Hồ Chí Minh", "Xã Tân Nhựt", "TP. Hồ Chí Minh"),
        ("Lê Văn Việt", "Phường Hiệp Phú", "TP. Thủ Đức", "TP. Hồ Chí Minh", "Phường Tăng Nhơn Phú", "TP. Hồ Chí Minh"),
    )),
    ("01", 9, (
        ("Trần Duy Hưng", "Phường Trung Hòa", "Quận Cầu Giấy", "TP. Hà Nội", "Phường Yên Hòa", "TP. Hà Nội"),
        ("Nguyễn Văn Cừ", "Phường Bồ Đề", "Quận Long Biên", "TP. Hà Nội", "Phường Bồ Đề", "TP. Hà Nội"),
    )),
    ("11", 12, (
        ("Quốc lộ 1A", "Xã Mỹ Yên", "Huyện Bến Lức", "Tỉnh Long An", "Xã Mỹ Yên", "Tỉnh Tây Ninh"),
        ("KCN Long Hậu", "Xã Long Hậu", "Huyện Cần Giuộc", "Tỉnh Long An", "Xã Phước Vĩnh Tây", "Tỉnh Tây Ninh"),
        ("Hùng Vương", "Phường 2", "TP. Tân An", "Tỉnh Long An", "Phường Long An", "Tỉnh Tây Ninh"),
    )),
    ("18", 8, (
        ("KCN Trà Nóc", "Phường Trà Nóc", "Quận Bình Thủy", "TP. Cần Thơ", "Phường Thới An Đông", "TP. Cần Thơ"),
        ("Ba Tháng Hai", "Phường Xuân Khánh", "Quận Ninh Kiều", "TP. Cần Thơ", "Phường Tân An", "TP. Cần Thơ"),
    )),
    ("37", 8, (
        ("Đại lộ Bình Dương", "Phường Phú Hòa", "TP. Thủ Dầu Một", "Tỉnh Bình Dương", "Phường Phú Lợi", "TP. Hồ Chí Minh"),
        ("KCN VSIP", "Phường Bình Hòa", "TP. Thuận An", "Tỉnh Bình Dương", "Phường Bình Hòa", "TP. Hồ Chí Minh"),
    )),
    ("36", 5, (
        ("KCN Biên Hòa 2", "Phường An Bình", "TP. Biên Hòa", "Tỉnh Đồng Nai", "Phường Long Bình", "Tỉnh Đồng Nai"),
    )),
    ("13", 3, (
        ("Đồng Khởi", "Phường Phú Khương", "TP. Bến Tre", "Tỉnh Bến Tre", "Phường Phú Khương", "Tỉnh Vĩnh Long"),
    )),
    ("15", 3, (
        ("Phạm Thái Bường", "Phường 4", "TP. Vĩnh Long", "Tỉnh Vĩnh Long", "Phường Thanh Đức", "Tỉnh Vĩnh Long"),
    )),
    ("16", 4, (
        ("Trần Hưng Đạo", "Phường Mỹ Thới", "TP. Long Xuyên", "Tỉnh An Giang", "Phường Mỹ Thới", "Tỉnh An Giang"),
    )),
)
_OUT_CITY_T = _wt((i, c[1]) for i, c in enumerate(_OUT_CITIES))
_CITY_LAND = {"03": ("028", 8), "01": ("024", 8), "11": ("0272", 7), "18": ("0292", 7), "37": ("0274", 7),
              "36": ("0251", 7), "13": ("0275", 7), "15": ("0270", 7), "16": ("0296", 7)}

# ===========================================================================
# People and brand names
# ===========================================================================

_SURNAMES = _wt((
    ("Nguyễn", 30), ("Trần", 10), ("Lê", 9), ("Phạm", 5), ("Huỳnh", 6), ("Võ", 5), ("Phan", 4),
    ("Trương", 3), ("Bùi", 2), ("Đặng", 2), ("Đỗ", 2), ("Ngô", 2), ("Hồ", 3), ("Dương", 2), ("Đinh", 1),
    ("Lâm", 2), ("Lý", 2), ("Mai", 1), ("Tô", 1), ("Châu", 1), ("Thái", 1), ("Lương", 1), ("Đoàn", 1),
    ("Cao", 1), ("Tạ", 1), ("Quách", 1), ("La", 1), ("Hứa", 1), ("Kiều", 1),
))
_MID_M = _wt((("Văn", 60), ("Minh", 8), ("Thanh", 8), ("Hoàng", 4), ("Quốc", 5), ("Hữu", 6), ("Công", 3),
              ("Ngọc", 3), ("Tấn", 4), ("Đức", 2), ("Phước", 2), ("Thành", 3)))
_MID_F = _wt((("Thị", 65), ("Ngọc", 10), ("Thanh", 6), ("Kim", 8), ("Thu", 4), ("Mỹ", 3), ("Bích", 2),
              ("Hồng", 2), ("Thúy", 2)))
_GIVEN_M = (
    "Hùng", "Dũng", "Tâm", "Phúc", "Lành", "Tám", "Sơn", "Hải", "Long", "Tuấn", "Minh", "Thành", "Phong",
    "Hiếu", "Hòa", "Lộc", "Tài", "Tiến", "Vinh", "Quang", "Trung", "Nghĩa", "Nhân", "Thắng", "Khánh",
    "Cường", "Bình", "An", "Đức", "Hậu", "Lợi", "Nam", "Kiệt", "Toàn", "Trí", "Thịnh", "Tùng", "Hưng",
    "Danh", "Sang", "Chiến", "Hoàng", "Luân", "Lực", "Mến", "Quí", "Sĩ", "Tín", "Trọng", "Dương", "Phát",
    "Thiện", "Hiền", "Bảo", "Khoa", "Tân", "Mười", "Đạt", "Nhựt", "Hên", "Rồi", "Bé",
)
_GIVEN_F = (
    "Lan", "Hoa", "Hồng", "Hương", "Mai", "Ngọc", "Nga", "Thảo", "Trang", "Vân", "Yến", "Loan", "Hạnh",
    "Thủy", "Phượng", "Diễm", "Kiều", "Liên", "Nhung", "Oanh", "Tuyết", "Hiền", "Xuân", "Đào", "Cúc",
    "Lài", "Mận", "Lệ", "Thu", "Bích", "Trinh", "Dung", "Linh", "Nguyệt", "Phương", "Em", "Út", "Đẹp",
)
_ORDINALS = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út", "Út", "Hai", "Ba")
_HONOR = ("Ông", "Bà", "ông", "bà", "Anh", "Chị", "A.", "C.", "Cô", "Chú")

_SYL = _wt((
    ("Phát", 10), ("Thành", 10), ("Tân", 8), ("Hưng", 8), ("Thịnh", 7), ("Đạt", 6), ("Lợi", 6), ("Phú", 7),
    ("An", 6), ("Minh", 7), ("Long", 6), ("Hoàng", 6), ("Phúc", 5), ("Lộc", 5), ("Tài", 4), ("Gia", 5),
    ("Kim", 5), ("Nam", 5), ("Việt", 5), ("Hòa", 5), ("Thuận", 5), ("Trường", 4), ("Hải", 4), ("Quang", 4),
    ("Đức", 4), ("Khang", 4), ("Huy", 3), ("Vinh", 4), ("Hiệp", 4), ("Hồng", 3), ("Ngọc", 3), ("Thái", 3),
    ("Mỹ", 3), ("Anh", 3), ("Tiến", 3), ("Toàn", 3), ("Thắng", 3), ("Hậu", 2), ("Nghĩa", 3), ("Trung", 3),
    ("Tâm", 3), ("Quý", 2), ("Vĩnh", 3), ("Đông", 2), ("Nguyên", 3), ("Sáng", 1), ("Châu", 2), ("Cường", 2),
    ("Hùng", 2), ("Khánh", 2), ("Nhân", 2), ("Phong", 3), ("Sang", 2), ("Tín", 3), ("Trí", 2), ("Xuân", 2),
    ("Bảo", 3), ("Bình", 3), ("Duy", 2), ("Lâm", 2), ("Nhật", 2), ("Phương", 3), ("Sơn", 2), ("Thiên", 3),
    ("Tú", 2), ("Uy", 1), ("Vạn", 3), ("Hoa", 2), ("Lực", 1), ("Hạnh", 1), ("Thông", 1), ("Thủy", 1),
    ("Kiên", 1), ("Luân", 1), ("Đại", 2), ("Hữu", 1), ("Trọng", 1), ("Triều", 1), ("Danh", 1), ("Quốc", 2),
    ("Hằng", 1), ("Yến", 1), ("Ngân", 2), ("Đăng", 2), ("Khôi", 1), ("Hà", 2), ("Linh", 2), ("Thới", 1),
    ("Phước", 3), ("Lạc", 1), ("Mai", 1), ("Sen", 1), ("Hiển", 1), ("Đoàn", 1), ("Kiệt", 1), ("Dũng", 1),
))
# rarer name syllables: used more as n grows, so that the namesake density stays that of a province
_SYL_RARE = tuple(dict.fromkeys(x for x in (
    "Ái Bách Bằng Bích Cẩm Cát Chánh Chấn Chí Chiến Chính Công Cúc Diệp Diệu Doanh Dung Duyên Dương Đào "
    "Điền Định Đồng Giang Hạ Hàn Hảo Hạo Hiền Hoài Hoan Hội Huệ Hướng Hương Kha Khải Khanh Khiêm Khoa "
    "Khuê Khương Kiều Kỳ Lan Lãm Lập Liên Liêm Lĩnh Loan Luận Lương Mạnh Mẫn Mậu Miên Nga Ngạn Nghi "
    "Ngôn Nhã Nhàn Nhi Nhung Ninh Oanh Phấn Phi Phụng Phượng Quế Quân Quyên Quỳnh San Sâm Song Sương "
    "Tấn Tạo Thạch Thanh Thảo Thế Thi Thiện Thiệu Thoại Thu Thục Thư Thương Tiên Toại Trà Trâm Trang "
    "Trân Triết Trinh Trúc Trực Tuệ Tùng Tường Tuyền Uyên Vân Văn Viễn Vũ Vượng Vy Xương Yên Ánh Âu "
    "Cảnh Chương Dân Diễm Đan Điệp Giao Hân Hiếu Huân Hưởng Kết Khiết Lệ Lữ Mừng Nghiệp Nhuận Phố "
    "Quảng Sinh Tánh Thạnh Thiêm Thuần Tiền Toản Trữ Tuân Tuyết Ước Vĩ Xuyên Bửu Chơn Hiệu Lũy Nhơn "
    "Phụng Quới Sáu Thới Tồn Trọn Tuấn Vàng Vững Ẩn Bền Cao Dinh Hạnh Khởi Lai Mến Nhựt Ơn Quyết Tâm"
).split() if x not in {i for i in _SYL[0]}))
_BRAND_BLACKLIST = frozenset((
    "Vĩnh Hoàn", "Hùng Vương", "Sao Mai", "Sa Giang", "Vạn Đức", "Hoàng Anh", "Hòa Phát", "Thành Công",
    "Hoa Sen", "Đồng Tâm", "Trung Nguyên", "Nam Việt", "Việt Nam", "An Giang", "Mỹ Tho", "Tân Hiệp Phát",
    "Kim Long", "Hoàng Long", "Việt Thắng", "Phú Thái",
))
_PLACE_BRANDS = (
    "Cửu Long", "Mê Kông", "Mekong", "Sông Tiền", "Sông Hậu", "Đồng Tháp", "Tiền Giang", "Miền Tây",
    "Nam Bộ", "Phương Nam", "Sa Đéc", "Cao Lãnh", "Gò Công", "Cái Bè", "Cai Lậy", "Tháp Mười",
    "Hồng Ngự", "Lai Vung", "Chợ Gạo", "Tân Phước", "Đồng Sen", "Sen Hồng", "Bình Minh", "Trường Giang",
    "Tây Nam", "Đất Phương Nam", "Mười Tháp", "Vàm Cỏ", "Rạch Miễu", "Chín Rồng", "Phù Sa", "Đất Sen",
)
_EN_A = ("Green", "Golden", "Blue", "Star", "Sun", "Eco", "Delta", "Mekong", "Asia", "Global", "Pacific",
         "Royal", "Smart", "Lotus", "Viet", "Tiger", "Ocean", "Sky", "First", "Prime", "Vina", "New", "Rich",
         "Happy", "Lucky", "Nature", "Unique", "Grand", "Top", "Alpha")
_EN_B = ("Star", "Land", "Way", "Link", "Trade", "Vina", "Gold", "Sun", "Life", "Field", "Home", "Port",
         "Max", "Plus", "Pro", "One", "Bridge", "Gate", "Wave", "Hub", "Line", "Tech", "Group", "Co")
_ACR = "ABCDGHKLMNPQSTV"

# ===========================================================================
# Industries (id, Vietnamese, abbreviations, English, group)
# ===========================================================================

SEA, FRUIT, RICE, FEED, PACK, ICE, MECH, BOAT, GARM, PLAS, WOOD, TRADE, TRANS, ELEC, BUILD, COOP = range(16)

_IND = (
    ("Thủy sản", ("TS",), "Seafood", SEA),
    ("Chế biến Thủy sản", ("CBTS", "CB Thủy sản", "Chế biến TS"), "Seafood Processing", SEA),
    ("Xuất nhập khẩu Thủy sản", ("XNK Thủy sản", "XNK TS"), "Seafood Import Export", SEA),
    ("Nuôi trồng Thủy sản", ("NTTS", "Nuôi trồng TS"), "Aquaculture", SEA),
    ("Thức ăn Thủy sản", ("TĂTS", "Thức ăn TS"), "Aquafeed", FEED),
    ("Thức ăn Chăn nuôi", ("TĂCN", "Thức ăn CN", "TACN"), "Feed", FEED),
    ("Chế biến Nông sản", ("CB Nông sản", "CBNS"), "Agricultural Products Processing", FRUIT),
    ("Nông sản", ("NS",), "Agricultural Products", FRUIT),
    ("Rau quả", ("Rau quả",), "Fruit and Vegetables", FRUIT),
    ("Trái cây", ("Trái cây",), "Fruit", FRUIT),
    ("Thực phẩm", ("TP",), "Foods", FRUIT),
    ("Chế biến Thực phẩm", ("CBTP", "CB Thực phẩm"), "Food Processing", FRUIT),
    ("Xuất nhập khẩu Nông sản", ("XNK Nông sản", "XNK NS"), "Agricultural Import Export", FRUIT),
    ("Lương thực", ("LT",), "Food", RICE),
    ("Xay xát Lương thực", ("Xay xát LT", "XX Lương thực"), "Rice Milling", RICE),
    ("Lương thực Thực phẩm", ("LTTP", "LT-TP"), "Food", RICE),
    ("Gạo", ("Gạo",), "Rice", RICE),
    ("Bao bì", ("BB",), "Packaging", PACK),
    ("Bao bì Giấy", ("BB Giấy",), "Paper Packaging", PACK),
    ("In Bao bì", ("In BB",), "Packaging Printing", PACK),
    ("Bao bì Nhựa", ("BB Nhựa",), "Plastic Packaging", PACK),
    ("Giấy", ("Giấy",), "Paper", PACK),
    ("In ấn", ("In",), "Printing", PACK),
    ("Nước đá", ("Nước đá", "NĐ"), "Ice", ICE),
    ("Kho lạnh", ("Kho lạnh",), "Cold Storage", ICE),
    ("Cơ điện lạnh", ("CĐL", "Cơ điện lạnh"), "Refrigeration Engineering", ICE),
    ("Cơ khí", ("CK",), "Mechanical", MECH),
    ("Cơ khí Chế tạo", ("CK Chế tạo", "CKCT"), "Mechanical Engineering", MECH),
    ("Kết cấu Thép", ("KC Thép",), "Steel Structure", MECH),
    ("Máy Nông nghiệp", ("Máy NN",), "Agricultural Machinery", MECH),
    ("Đóng tàu", ("Đóng tàu",), "Shipbuilding", BOAT),
    ("Cơ khí Đóng tàu", ("CK Đóng tàu", "CKĐT"), "Shipbuilding Engineering", BOAT),
    ("Sửa chữa Tàu thuyền", ("SC Tàu thuyền",), "Ship Repair", BOAT),
    ("May mặc", ("May",), "Garment", GARM),
    ("Phụ liệu May mặc", ("Phụ liệu may", "PL May"), "Garment Accessories", GARM),
    ("Giày da", ("Giày da",), "Footwear", GARM),
    ("Đế giày", ("Đế giày",), "Shoe Soles", GARM),
    ("Nhãn mác", ("Nhãn mác",), "Labels", GARM),
    ("Nhựa", ("Nhựa",), "Plastics", PLAS),
    ("Cao su", ("Cao su",), "Rubber", PLAS),
    ("Hóa chất", ("HC",), "Chemicals", PLAS),
    ("Gỗ", ("Gỗ",), "Wood", WOOD),
    ("Chế biến Gỗ", ("CB Gỗ",), "Wood Processing", WOOD),
    ("Thương mại Dịch vụ", ("TM-DV", "TMDV", "TM DV", "Thương mại - Dịch vụ", "TM&DV"), "Trading Services", TRADE),
    ("Sản xuất Thương mại Dịch vụ", ("SX-TM-DV", "SX TM DV", "SXTMDV", "Sản xuất - Thương mại - Dịch vụ"),
     "Production Trading Services", TRADE),
    ("Sản xuất Thương mại", ("SX-TM", "SX TM", "SXTM"), "Production and Trading", TRADE),
    ("Thương mại Xuất nhập khẩu", ("TM XNK", "TM-XNK"), "Trading Import Export", TRADE),
    ("Xuất nhập khẩu", ("XNK",), "Import Export", TRADE),
    ("Vận tải", ("VT",), "Transport", TRANS),
    ("Logistics", ("Logistics",), "Logistics", TRANS),
    ("Giao nhận Vận tải", ("GNVT",), "Forwarding", TRANS),
    ("Thiết bị Điện", ("TB Điện",), "Electrical Equipment", ELEC),
    ("Điện tử", ("ĐT",), "Electronics", ELEC),
    ("Vật liệu Xây dựng", ("VLXD",), "Construction Materials", BUILD),
    ("Gạch ngói", ("Gạch",), "Bricks", BUILD),
    # cooperative lines
    ("Nông nghiệp", ("NN",), "Agricultural", COOP),
    ("Dịch vụ Nông nghiệp", ("DVNN", "DV NN", "DV Nông nghiệp"), "Agricultural Services", COOP),
    ("Nông nghiệp Dịch vụ", ("NN-DV", "NNDV", "NN DV"), "Agricultural Services", COOP),
    ("Sản xuất Kinh doanh Dịch vụ", ("SXKD DV", "SX KD DV"), "Production Business Services", COOP),
    ("Xoài", ("Xoài",), "Mango", COOP),
    ("Thanh long", ("Thanh long",), "Dragon Fruit", COOP),
    ("Sầu riêng", ("Sầu riêng",), "Durian", COOP),
    ("Vú sữa", ("Vú sữa",), "Star Apple", COOP),
    ("Khóm", ("Khóm",), "Pineapple", COOP),
    ("Sen", ("Sen",), "Lotus", COOP),
    ("Hoa kiểng", ("Hoa kiểng",), "Ornamental Flowers", COOP),
    ("Quýt hồng", ("Quýt hồng",), "Mandarin", COOP),
    ("Nghêu", ("Nghêu",), "Clam", COOP),
    ("Rau an toàn", ("Rau AT",), "Safe Vegetables", COOP),
    ("Vận tải Thủy bộ", ("VT Thủy bộ",), "Transport", COOP),
    ("Tiểu thủ công nghiệp", ("TTCN",), "Handicraft", COOP),
    # FDI lines (names as registered by foreign-invested companies)
    ("Giày", ("Giày",), "Footwear", GARM),
    ("Dệt may", ("Dệt may",), "Textile", GARM),
    ("Túi xách", ("Túi xách",), "Bags", GARM),
    ("Vật liệu Giày", ("VL Giày",), "Shoe Materials", GARM),
    ("Keo dán", ("Keo",), "Adhesive", PLAS),
    ("Công nghiệp", ("CN",), "Industrial", MECH),
    ("Kim khí", ("Kim khí",), "Metal", MECH),
    ("Sợi", ("Sợi",), "Yarn", GARM),
)
_IND_VN = tuple(i[0] for i in _IND)
_IND_AB = tuple(i[1] for i in _IND)
_IND_EN = tuple(i[2] for i in _IND)
_IND_GRP = tuple(i[3] for i in _IND)
_IND_BY_GRP = [[] for _ in range(16)]
for _i, _row in enumerate(_IND[:_IND_VN.index("Giày")]):
    _IND_BY_GRP[_row[3]].append(_i)
_IND_BY_GRP = tuple(tuple(x) for x in _IND_BY_GRP)
_GRP_W = (
    _wt(zip((SEA, FRUIT, RICE, FEED, PACK, ICE, MECH, BOAT, GARM, PLAS, WOOD, TRADE, TRANS, ELEC, BUILD),
            (6, 14, 6, 4, 9, 5, 12, 4, 10, 5, 3, 14, 4, 3, 4), strict=True)),
    _wt(zip((SEA, FRUIT, RICE, FEED, PACK, ICE, MECH, BOAT, GARM, PLAS, WOOD, TRADE, TRANS, ELEC, BUILD),
            (14, 12, 12, 6, 6, 6, 10, 4, 4, 3, 3, 12, 3, 2, 6), strict=True)),
)
_SUPPLY_GRPS = frozenset((PACK, GARM, PLAS, MECH, TRANS, ELEC, ICE, TRADE))
_EXPORT_GRPS = frozenset((SEA, FRUIT, RICE, GARM, WOOD, FEED))

# FDI lines: (industry id, hanzi, English word used in the registered foreign name)
_FDI_LINES = _wt((
    ((_IND_VN.index("Giày"), "鞋業", "Footwear"), 16), ((_IND_VN.index("Giày da"), "鞋業", "Shoes"), 6),
    ((_IND_VN.index("Dệt may"), "紡織", "Textile"), 8), ((_IND_VN.index("May mặc"), "製衣", "Garment"), 9),
    ((_IND_VN.index("Túi xách"), "箱包", "Bags"), 4), ((_IND_VN.index("Vật liệu Giày"), "鞋材", "Shoe Materials"), 6),
    ((_IND_VN.index("Đế giày"), "鞋底", "Outsole"), 4), ((_IND_VN.index("Keo dán"), "膠業", "Adhesive"), 3),
    ((_IND_VN.index("Nhựa"), "塑膠", "Plastic"), 5), ((_IND_VN.index("Cao su"), "橡膠", "Rubber"), 3),
    ((_IND_VN.index("Bao bì"), "包裝", "Packaging"), 5), ((_IND_VN.index("In ấn"), "印刷", "Printing"), 3),
    ((_IND_VN.index("Giấy"), "紙業", "Paper"), 2), ((_IND_VN.index("Điện tử"), "電子", "Electronics"), 4),
    ((_IND_VN.index("Kim khí"), "五金", "Hardware"), 4), ((_IND_VN.index("Gỗ"), "木業", "Wood"), 3),
    ((_IND_VN.index("Thực phẩm"), "食品", "Food"), 4), ((_IND_VN.index("Thức ăn Chăn nuôi"), "飼料", "Feed"), 3),
    ((_IND_VN.index("Hóa chất"), "化工", "Chemical"), 2), ((_IND_VN.index("Công nghiệp"), "實業", "Industrial"), 5),
    ((_IND_VN.index("Sợi"), "紡紗", "Yarn"), 2), ((_IND_VN.index("Nhãn mác"), "商標", "Label"), 2),
))
_I_NNGHIEP = _IND_VN.index("Nông nghiệp")
_COOP_T = _wt((i, 6 if _IND_VN[i] in ("Nông nghiệp", "Dịch vụ Nông nghiệp") else 1.3) for i in _IND_BY_GRP[COOP])

# Chinese syllables: traditional, pinyin, Taiwanese romanisation, Hán-Việt
_CHN = (
    ("新", "Xin", "Hsin", "Tân"), ("泰", "Tai", "Tai", "Thái"), ("豐", "Feng", "Feng", "Phong"),
    ("盛", "Sheng", "Sheng", "Thịnh"), ("裕", "Yu", "Yu", "Dụ"), ("隆", "Long", "Lung", "Long"),
    ("嘉", "Jia", "Chia", "Gia"), ("華", "Hua", "Hua", "Hoa"), ("廣", "Guang", "Kuang", "Quảng"),
    ("美", "Mei", "Mei", "Mỹ"), ("富", "Fu", "Fu", "Phú"), ("利", "Li", "Li", "Lợi"), ("偉", "Wei", "Wei", "Vĩ"),
    ("宏", "Hong", "Hung", "Hoành"), ("昌", "Chang", "Chang", "Xương"), ("大", "Da", "Ta", "Đại"),
    ("金", "Jin", "Chin", "Kim"), ("興", "Xing", "Hsing", "Hưng"), ("成", "Cheng", "Cheng", "Thành"),
    ("永", "Yong", "Yung", "Vĩnh"), ("億", "Yi", "Yi", "Ức"), ("源", "Yuan", "Yuan", "Nguyên"),
    ("鴻", "Hong", "Hung", "Hồng"), ("達", "Da", "Ta", "Đạt"), ("聯", "Lian", "Lien", "Liên"),
    ("祥", "Xiang", "Hsiang", "Tường"), ("東", "Dong", "Tung", "Đông"), ("益", "Yi", "Yi", "Ích"),
    ("勝", "Sheng", "Sheng", "Thắng"), ("順", "Shun", "Shun", "Thuận"), ("寶", "Bao", "Pao", "Bảo"),
    ("峰", "Feng", "Feng", "Phong"), ("立", "Li", "Li", "Lập"), ("晶", "Jing", "Ching", "Tinh"),
    ("全", "Quan", "Chuan", "Toàn"), ("恒", "Heng", "Heng", "Hằng"), ("凱", "Kai", "Kai", "Khải"),
    ("榮", "Rong", "Jung", "Vinh"), ("發", "Fa", "Fa", "Phát"), ("德", "De", "Te", "Đức"),
    ("國", "Guo", "Kuo", "Quốc"), ("明", "Ming", "Ming", "Minh"), ("義", "Yi", "Yi", "Nghĩa"),
)
_CHN_BLACK = frozenset(("Hua Wei", "Huawei", "Feng Tai", "Fengtai", "Chia Hsin", "Hung Fu", "Hongfu",
                        "Pao Chen", "Yu Yuan", "Yuyuan", "Feng Tay"))
_KOR = (
    ("대", "Dae"), ("한", "Han"), ("성", "Sung"), ("진", "Jin"), ("우", "Woo"), ("영", "Young"), ("동", "Dong"),
    ("신", "Shin"), ("화", "Hwa"), ("광", "Kwang"), ("세", "Se"), ("원", "Won"), ("정", "Jung"), ("미", "Mi"),
    ("태", "Tae"), ("경", "Kyung"), ("창", "Chang"), ("일", "Il"), ("금", "Kum"), ("유", "Yu"), ("호", "Ho"),
    ("보", "Bo"), ("승", "Seung"), ("명", "Myung"), ("현", "Hyun"), ("재", "Jae"), ("남", "Nam"), ("강", "Kang"),
)
_KOR_BLACK = frozenset(("Daewoo", "Hanjin", "Taekwang", "Changshin", "Hwaseung", "Dongwon", "Hanwha",
                        "Kumho", "Hansae", "Youngone", "Sungwoo", "Hanil", "Samsung", "Jinwoo"))
_KOR_IND = (("", ""), ("Tech", "테크"), ("Global", "글로벌"), ("Industrial", "산업"))
_JP_PRE = (("Fuji", "富士"), ("Toyo", "東洋"), ("Sanwa", "三和"), ("Daiwa", "大和"), ("Shinwa", "新和"),
           ("Taiyo", "太陽"), ("Kyowa", "協和"), ("Showa", "昭和"), ("Heiwa", "平和"), ("Asahi", "旭"),
           ("Chuo", "中央"), ("Hikari", "光"), ("Meiwa", "明和"), ("Nissei", "日精"), ("Tokai", "東海"),
           ("Hokuto", "北斗"), ("Sakura", "桜"), ("Matsuda", "松田"), ("Morita", "森田"), ("Okada", "岡田"),
           ("Nakano", "中野"), ("Ueda", "上田"), ("Ishii", "石井"), ("Kinoshita", "木下"), ("Yamane", "山根"))
_JP_SUF = (("Seiki", "精機", "Cơ khí"), ("Kogyo", "工業", "Công nghiệp"), ("Denshi", "電子", "Điện tử"),
           ("Sangyo", "産業", "Công nghiệp"), ("Kasei", "化成", "Nhựa"), ("Giken", "技研", "Cơ khí"),
           ("Seisakusho", "製作所", "Cơ khí"), ("Shokuhin", "食品", "Thực phẩm"), ("Seni", "繊維", "Dệt may"),
           ("Hoso", "包装", "Bao bì"), ("Suisan", "水産", "Thủy sản"))
_JP_BLACK = frozenset(("Fuji Seiki", "Toyo Denshi", "Asahi Kasei", "Showa Denshi", "Fuji Denshi", "Daiwa Kasei"))
_OT_ORIG = ("Singapore", "Hong Kong", "Thailand", "USA", "Malaysia")

# Household-business activities (phrase, group)
_HKD_ACTS = (
    ("nước đá", ICE), ("xay xát lúa gạo", RICE), ("xay xát", RICE), ("sấy lúa", RICE), ("cơ khí", MECH),
    ("hàn tiện", MECH), ("sửa chữa máy nông nghiệp", MECH), ("đóng ghe", BOAT), ("đóng tàu", BOAT),
    ("sản xuất hủ tiếu", FRUIT), ("bột", FRUIT), ("sản xuất nem", FRUIT), ("bánh phồng tôm", SEA),
    ("nước mắm", SEA), ("khô cá", SEA), ("chế biến khô cá lóc", SEA), ("thức ăn thủy sản", FEED),
    ("sơ chế trái cây", FRUIT), ("đóng gói xoài", FRUIT), ("sấy trái cây", FRUIT), ("may gia công", GARM),
    ("in lụa", GARM), ("thêu", GARM), ("đan lục bình", WOOD), ("mộc", WOOD), ("thùng carton", PACK),
    ("bao bì", PACK), ("nước uống đóng chai", FRUIT), ("gạch", BUILD), ("kẹo", FRUIT), ("bánh tráng", FRUIT),
    ("lạp xưởng", FRUIT), ("chổi", WOOD), ("sấy khô cá", SEA), ("xay bột", FRUIT), ("gia công đế giày", GARM),
)
_HKD_ACT_T = _wt((i, 3 if a[1] in (ICE, RICE, MECH, FRUIT) else 1) for i, a in enumerate(_HKD_ACTS))

# ===========================================================================
# Phones
# ===========================================================================

_MOBILE = _wt((("090", 6), ("091", 7), ("093", 5), ("094", 4), ("096", 4), ("097", 6), ("098", 6),
               ("086", 2), ("088", 2), ("089", 2), ("070", 2), ("076", 2), ("077", 2), ("078", 2), ("079", 2),
               ("081", 2), ("082", 2), ("083", 2), ("084", 2), ("085", 2), ("032", 3), ("033", 3), ("034", 3),
               ("035", 3), ("036", 3), ("037", 3), ("038", 3), ("039", 3), ("056", 1), ("058", 1), ("059", 1),
               ("092", 1)))
_MOBILE_OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
               "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
               "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
               "056": "0186", "058": "0188", "059": "0199"}
_LAND = ("0273", "0277")  # old: 073 / 067
_LAND_OLD = {"0273": "073", "0277": "067", "0272": "072", "0292": "0710", "0274": "0650", "0251": "061",
             "0275": "075", "0270": "070", "0296": "076", "028": "08", "024": "04"}

# ===========================================================================
# Legal forms
# ===========================================================================

# per form: (registry style, statute-long style, clerk short style, acronym style)
_FORM_SPELL = {
    "MTV": (
        ("Công ty TNHH MTV", "Công ty TNHH Một thành viên", "Công ty TNHH một thành viên", "Công ty TNHH Một Thành Viên"),
        ("Công ty trách nhiệm hữu hạn một thành viên", "Công ty Trách nhiệm hữu hạn Một thành viên"),
        ("Cty TNHH MTV", "Cty TNHH 1TV", "Cty TNHH Một TV", "Cty TNHH một thành viên", "Cty TNHH",
         "Công ty TNHH 1 thành viên", "Cty TNHH MTV", "Công ty TNHH"),
        ("TNHH MTV", "CTY TNHH MTV", "Cty TNHH MTV", "TNHH 1TV"),
    ),
    "TNHH": (
        ("Công ty TNHH",),
        ("Công ty trách nhiệm hữu hạn", "Công ty Trách nhiệm hữu hạn"),
        ("Cty TNHH", "Cty. TNHH", "Công ty TNHH", "Cty TNHH"),
        ("TNHH", "CTY TNHH", "Cty TNHH"),
    ),
    "CP": (
        ("Công ty Cổ phần", "Công ty cổ phần", "Công ty CP"),
        ("Công ty cổ phần",),
        ("Cty CP", "Cty Cổ phần", "Công ty CP", "Cty cổ phần", "CTCP"),
        ("CTCP", "Cty CP", "CT CP", "CTY CP"),
    ),
    "DNTN": (
        ("Doanh nghiệp tư nhân", "Doanh nghiệp Tư nhân"),
        ("Doanh nghiệp tư nhân",),
        ("DNTN", "DN tư nhân", "DN TN", "Doanh nghiệp TN", "DNTN"),
        ("DNTN", "DNTN."),
    ),
    "HTX": (
        ("Hợp tác xã",),
        ("Hợp tác xã",),
        ("HTX", "Hợp tác xã", "HTX"),
        ("HTX", "H.T.X"),
    ),
}
_FORM_EN = {
    "MTV": ("Co., Ltd", "Company Limited", "One Member Co., Ltd", "CO.,LTD", "Co.,Ltd.", "One Member Company Limited"),
    "TNHH": ("Co., Ltd", "Company Limited", "CO.,LTD", "Co.,Ltd.", "Co. Ltd"),
    "CP": ("JSC", "Joint Stock Company", "Corporation", "J.S.C", "Corp."),
    "DNTN": ("Private Enterprise", "Private Ent.", "Enterprise"),
    "HTX": ("Cooperative", "Co-operative", "Co-op"),
}

K_HKD, K_DNTN, K_TNHH, K_CP, K_HTX, K_FDI, K_OUT = range(7)
_KIND_NAMES = ("household", "private_enterprise", "limited_company", "joint_stock", "cooperative", "fdi",
               "out_of_province_hq")

# ===========================================================================
# Sources
# ===========================================================================

S_THUE, S_DKKD, S_BQL, S_SCTDT, S_SCTTG, S_TKE, S_HQ, S_BHXH, S_KC, S_WEB, S_VND = range(11)
SOURCES = ("THUE", "DKKD", "BQL", "SCTDT", "SCTTG", "TKE", "HQ", "BHXH", "KC", "WEB", "VND")

# base weights per kind: THUE DKKD BQL SCT TKE HQ BHXH KC WEB VND (SCT -> SCTDT/SCTTG by region)
_SRC_BASE = {
    K_HKD: (25, 0, 0, 17, 8, 0, 1, 42, 7, 0),
    K_DNTN: (24, 10, 0, 20, 12, 1, 8, 12, 8, 0),
    K_TNHH: (22, 15, 0, 17, 12, 0, 12, 4, 9, 0),
    K_CP: (18, 13, 0, 16, 12, 0, 15, 2, 7, 0),
    K_HTX: (15, 4, 0, 16, 8, 0, 6, 40, 6, 0),
    K_FDI: (14, 10, 26, 9, 9, 0, 14, 0, 4, 0),
    K_OUT: (22, 6, 0, 16, 10, 0, 16, 2, 5, 0),
}
# probability that a record of an entity with dependent units describes one of the units
_P_UNIT = (0.62, 0.45, 0.45, 0.5, 0.5, 0.4, 0.04, 0.5, 0.2, 0.3, 0.2)
_P_UNIT_OUT = (0.97, 0.55, 1.0, 0.92, 0.92, 0.6, 0.05, 0.85, 0.95, 0.75, 0.3)
# probability that a record uses the pre-renaming / pre-conversion / pre-move facts (when there are any)
_P_OLD = (0.1, 0.04, 0.2, 0.5, 0.5, 0.35, 0.25, 0.3, 0.6, 0.05, 0.3)
# probability that the address / name cell is empty
_P_NO_ADDR = (0.003, 0.0, 0.01, 0.02, 0.02, 0.02, 0.01, 0.03, 0.04, 0.05, 0.03)
_P_NO_NAME = (0.0, 0.0, 0.0, 0.002, 0.002, 0.003, 0.0, 0.002, 0.001, 0.0, 0.0)
# probability of old (pre-July-2025) administrative names in the address
_P_ERA_OLD = (0.55, 0.3, 0.6, 0.93, 0.93, 0.7, 0.6, 0.6, 0.65, 0.35, 0.55)

# ===========================================================================
# Entity
# ===========================================================================


class _Ent:
    __slots__ = (
        "truth", "kind", "reg", "parts", "old", "en", "en_old", "fs", "origin", "owner", "nick", "act",
        "hname", "tax", "pid", "cmnd", "pmst", "phones", "fax", "acct", "loc", "prev_loc", "units", "hq",
        "exporter", "supplier", "was_hkd", "proj", "bhxh", "hv", "src_t", "note",
    )

    def __init__(self, truth, kind, reg):
        self.truth = truth
        self.kind = kind
        self.reg = reg
        self.parts = None
        self.old = None
        self.en = ""
        self.en_old = ""
        self.fs = ""
        self.origin = ""
        self.owner = ""
        self.nick = ""
        self.act = ""
        self.hname = ""
        self.tax = ""
        self.pid = ""
        self.cmnd = ""
        self.pmst = ""
        self.phones = ()
        self.fax = ""
        self.acct = ""
        self.loc = None
        self.prev_loc = None
        self.units = ()
        self.hq = None
        self.exporter = False
        self.supplier = False
        self.was_hkd = False
        self.proj = ""
        self.bhxh = ""
        self.hv = ""
        self.src_t = None
        self.note = ""


# location tuple: (district idx, commune idx, house, street, hamlet, road, park idx, lot)
# unit tuple: (kind 'CN'|'NM'|'DD'|'VP'|'KHO', seq, loc, place label, code, phone)

_KIND_T = _wt(((K_HKD, 30), (K_DNTN, 6.5), (K_TNHH, 36), (K_CP, 6.5), (K_HTX, 5.5), (K_FDI, 8.5), (K_OUT, 7)))


class _Gen:
    def __init__(self, n, seed):
        self.n = n
        self.rng = FastRandom(f"gen_dongthap:{seed}")
        self.taxes = set()
        self.names = set()
        self.n_ent = 0
        self.q = 1.0 - min(1.0, 100000.0 / max(1, n))  # share of long-tail names (0 up to n=100,000)
        est = max(50, n // 2)
        self.acct = (self._acct_pool(0, est), self._acct_pool(1, est))
        self.last_tax = [""] * 11
        self.src_cache = {}
        self.renderers = (
            self.r_thue, self.r_dkkd, self.r_bql, self.r_sct, self.r_sct, self.r_tke, self.r_hq,
            self.r_bhxh, self.r_kc, self.r_web, self.r_vnd,
        )

    # ------------------------------------------------------------------ basics
    def _acct_pool(self, reg, est):
        """Accounting / tax-agent services whose phone many small firms give as their own."""
        rng = self.rng
        k = max(3, est // 900)
        pool = []
        for _ in range(k):
            p = self.mobile() if rng.random() < 0.6 else self.landline(reg)
            pool.append(p)
        return tuple(pool)

    def mobile(self):
        rng = self.rng
        return rng.pick(_MOBILE) + rng.digits(7)

    def landline(self, reg):
        rng = self.rng
        return _LAND[reg] + rng.choice("3333362") + rng.digits(6)

    def person(self, female=None):
        rng = self.rng
        if female is None:
            female = rng.random() < 0.3
        if female:
            return f"{rng.pick(_SURNAMES)} {rng.pick(_MID_F)} {rng.choice(_GIVEN_F)}", True
        return f"{rng.pick(_SURNAMES)} {rng.pick(_MID_M)} {rng.choice(_GIVEN_M)}", False

    def new_tax(self, prefix2):
        rng = self.rng
        while True:
            if prefix2 in ("12", "14", "11", "18", "13", "15", "16", "37", "36"):
                body = prefix2 + rng.choice("0011122") + rng.digits(6)
            elif prefix2 == "03":
                body = "03" + rng.choice("0011") + rng.digits(6)
                body = body[:2] + str(rng.randint(0, 1)) + body[3:]
            elif prefix2 == "8":
                body = "8" + rng.digits(8)
            else:
                body = prefix2 + "0" + rng.digits(6)
            d = tax_check_digit(body)
            if d is None:
                continue
            code = body + str(d)
            if code in self.taxes:
                continue
            self.taxes.add(code)
            return code

    def cccd(self, reg, female, year=None):
        rng = self.rng
        if year is None:
            year = rng.randint(1955, 1998)
        g = ("0" if not female else "1") if year < 2000 else ("2" if not female else "3")
        return ("082" if reg == 0 else "087") + g + f"{year % 100:02d}" + rng.digits(6)

    def cmnd_no(self, reg):
        return ("312" if reg == 0 else "341") + self.rng.digits(6)

    def brand(self, style=None):
        rng = self.rng
        if rng.random() < self.q:
            return self.brand_ext()
        r = rng.random() if style is None else style
        while True:
            if r < 0.66:
                a = rng.pick(_SYL)
                b = rng.pick(_SYL)
                if a == b:
                    continue
                s = f"{a} {b}"
            elif r < 0.78:
                a = rng.pick(_SYL)
                b = rng.pick(_SYL)
                c = rng.pick(_SYL)
                if a == b or b == c:
                    continue
                s = f"{a} {b} {c}"
            elif r < 0.86:
                s = rng.choice(_PLACE_BRANDS)
            elif r < 0.93:
                a, b = rng.choice(_EN_A), rng.choice(_EN_B)
                if a == b:
                    continue
                s = a + b if rng.random() < 0.45 else f"{a} {b}"
            else:
                k = rng.randint(2, 3)
                letters = [rng.choice(_ACR) for _ in range(k)]
                f = rng.random()
                if f < 0.5:
                    s = "".join(letters)
                elif f < 0.7:
                    s = ".".join(letters)
                else:
                    s = letters[0] + "&" + letters[-1]
            if s not in _BRAND_BLACKLIST:
                return s

    def brand_ext(self):
        """The long tail of trade names (weighted in as n grows beyond 100,000 rows)."""
        rng = self.rng
        r = rng.random()
        while True:
            if r < 0.55:
                a, b = rng.pick(_SYL), rng.choice(_SYL_RARE)
                s = f"{a} {b}" if rng.random() < 0.5 else f"{b} {a}"
            elif r < 0.7:
                a, b = rng.choice(_SYL_RARE), rng.choice(_SYL_RARE)
                s = f"{a} {b}"
            elif r < 0.92:
                a, b, c = rng.pick(_SYL), rng.choice(_SYL_RARE), rng.pick(_SYL)
                s = f"{a} {b} {c}"
            else:
                k = rng.randint(3, 4)
                s = "".join(rng.choice(_ACR) for _ in range(k))
            if s not in _BRAND_BLACKLIST and len(set(s.split())) == len(s.split()):
                return s
            r = rng.random()

    def nickname(self, given):
        rng = self.rng
        if rng.random() < self.q:
            given = rng.choice(_SYL_RARE)
        return rng.choice(_ORDINALS) + " " + given

    def phones_for(self, reg, landline_p=0.5, n_mobile=1):
        rng = self.rng
        ph = []
        if rng.random() < landline_p:
            ph.append(self.landline(reg))
        for _ in range(n_mobile):
            if not ph or rng.random() < 0.75:
                ph.append(self.mobile())
        return tuple(ph)

    # ------------------------------------------------------------------ locations
    def location(self, reg, urban_p=0.45, park=-1, rural_road_p=0.25):
        rng = self.rng
        if park >= 0:
            p = _PARKS[park]
            return (p[4], p[5], "", "", "", None, park, self.lot())
        d = rng.pick(_DIST_BY_REG[reg])
        dist = _DISTS[d]
        olds = dist[4]
        urban_c = [i for i, o in enumerate(olds) if o[0] != "X"]
        if urban_c and rng.random() < urban_p:
            c = rng.choice(urban_c)
        else:
            c = rng.randint(0, len(olds) - 1)
        if olds[c][0] != "X":  # ward / township: house number + street
            house = str(rng.randint(1, 450))
            f = rng.random()
            if f < 0.18:
                house += "/" + str(rng.randint(1, 30))
            elif f < 0.26:
                house += rng.choice("ABC")
            q = ""
            if rng.random() < 0.4:
                q = ("Khu phố " if reg == 0 else "Khóm ") + str(rng.randint(1, 9))
            return (d, c, house, rng.choice(_STREETS), q, None, -1, "")
        ham = "ấp " + rng.choice(_HAMLETS)
        road = rng.choice(_ROADS[reg]) if rng.random() < rural_road_p else None
        house = ""
        if rng.random() < 0.35:
            house = "Tổ " + str(rng.randint(1, 15))
        elif rng.random() < 0.25:
            house = "Số " + str(rng.randint(1, 900))
        return (d, c, house, "", ham, road, -1, "")

    def lot(self):
        rng = self.rng
        f = rng.random()
        if f < 0.55:
            a = rng.choice("ABCDEFGHK")
            n1 = rng.randint(1, 30)
            if rng.random() < 0.35:
                return f"{a}{n1}-{a}{n1 + 1}"
            return f"{a}{n1}"
        if f < 0.85:
            n1 = rng.randint(1, 160)
            if rng.random() < 0.3:
                return f"{n1}-{n1 + 1}"
            return str(n1)
        return f"{rng.choice(('I', 'II', 'III', 'IV'))}-{rng.randint(1, 25)}"

    # ------------------------------------------------------------------ entities
    def new_ent(self, kind, reg=None):
        rng = self.rng
        self.n_ent += 1
        if reg is None:
            reg = 0 if rng.random() < 0.55 else 1
        e = _Ent(f"E{self.n_ent:07d}", kind, reg)
        return e

    def unique_parts(self, form, ind, brand, tail, e):
        """Company names are unique nationwide: a taken name gets a place tail or a new brand."""
        rng = self.rng
        for _ in range(8):
            key = f"{_IND_VN[ind] if ind >= 0 else ''}|{brand}|{tail}".lower()
            if key not in self.names:
                self.names.add(key)
                return (form, ind, brand, tail)
            r = rng.random()
            if r < 0.35 and not tail:
                d = _DISTS[e.loc[0]] if e.loc else _DISTS[0]
                tail = rng.choice((d[2], _OLD_PROV[d[0]], "Mekong", "Miền Tây", "Việt Nam"))
            elif e.kind == K_FDI:
                tail = rng.choice(("Việt Nam", "Vina", "(Việt Nam)", _PARKS[e.loc[6]][0], "Group"))
                if rng.random() < 0.3:
                    brand = f"{brand} {rng.choice(('Tech', 'Industrial', 'International', 'Global'))}"
            elif r < 0.55:
                brand = f"{brand} {rng.pick(_SYL)}"
            else:
                brand = self.brand()
        return (form, ind, brand + " " + rng.digits(2), tail)

    def en_base(self, parts, joined=None):
        rng = self.rng
        form, ind, brand, tail = parts
        b = strip_marks(brand)
        if joined is None:
            joined = rng.random() < 0.15
        if joined:
            b = b.replace(" ", "")
        s = b
        if ind >= 0 and rng.random() < 0.85:
            s = f"{b} {_IND_EN[ind]}"
        if tail:
            t = strip_marks(tail).replace("Viet Nam", "Vietnam")
            s = f"{s} {t}"
        return s

    def make_company(self, kind, reg=None, loc=None, brand=None, ind=None, form=None, tail=""):
        rng = self.rng
        e = self.new_ent(kind, reg)
        reg = e.reg
        if ind is None:
            ind = rng.choice(_IND_BY_GRP[rng.pick(_GRP_W[reg])])
        grp = _IND_GRP[ind]
        if form is None:
            if kind == K_CP:
                form = "CP"
            elif kind == K_DNTN:
                form = "DNTN"
            else:
                form = "MTV" if rng.random() < 0.55 else "TNHH"
        if loc is None:
            park = -1
            pp = {K_CP: 0.16, K_TNHH: 0.08, K_DNTN: 0.02}.get(kind, 0.0)
            if grp in (PACK, GARM, PLAS, MECH, ELEC) or rng.random() < 0.3:
                if rng.random() < pp * 1.6:
                    park = rng.pick(_PARK_BY_REG[reg])
            loc = self.location(reg, 0.5 if kind != K_DNTN else 0.35, park)
        e.loc = loc
        owner = None
        if brand is None:
            r = rng.random()
            if kind == K_DNTN and r < 0.3:
                owner, fem = self.person()
                brand = self.nickname(owner.split()[-1])
            elif kind == K_DNTN and r < 0.4:
                owner, fem = self.person()
                brand = owner
            else:
                brand = self.brand()
        indin = ind if rng.random() < (0.78 if kind != K_DNTN else 0.55) else -1
        e.parts = self.unique_parts(form, indin, brand, tail, e)
        e.act = _IND_VN[ind]
        e.owner = owner or self.person()[0]
        e.tax = self.new_tax(("12", "14")[reg])
        e.phones = self.phones_for(reg, 0.6 if kind == K_CP else 0.4, 1 + (rng.random() < 0.3))
        if rng.random() < 0.15:
            e.fax = self.landline(reg)
        e.en = self.en_base(e.parts)
        e.exporter = grp in _EXPORT_GRPS and rng.random() < (0.6 if kind == K_CP else 0.3)
        e.supplier = grp in _SUPPLY_GRPS and rng.random() < 0.45
        if kind in (K_TNHH, K_DNTN) and rng.random() < 0.16:
            e.acct = rng.choice(self.acct[reg])
        e.bhxh = ("TG" if reg == 0 else "DT") + rng.digits(4) + rng.choice("ABCDEFGHKMNPZ")
        # history
        r = rng.random()
        if r < (0.08 if kind == K_CP else 0.05):
            self.rename(e)
        elif kind in (K_TNHH, K_DNTN) and r < 0.10:
            self.convert_from_hkd(e, grp)
        if rng.random() < 0.08:
            e.prev_loc = self.location(reg, 0.5)
        # dependent units
        up = {K_CP: 0.34, K_TNHH: 0.07, K_DNTN: 0.03}.get(kind, 0.0)
        if rng.random() < up:
            cap = 45 if kind == K_CP else 6
            nu = min(cap, 1 + int(1.3 * (rng.random() ** (-1 / 1.25) - 1)))
            e.units = self.make_units(e, nu)
        return e

    def rename(self, e):
        rng = self.rng
        form, ind, brand, tail = e.parts
        r = rng.random()
        if r < 0.35 and form in ("MTV", "TNHH"):
            e.old = e.parts
            e.parts = (rng.choice(("CP", "TNHH" if form == "MTV" else "MTV")), ind, brand, tail)
        elif r < 0.55:
            e.old = (form, ind, brand, tail)
            newind = rng.choice(_IND_BY_GRP[_IND_GRP[ind]]) if ind >= 0 else -1
            e.parts = self.unique_parts(form, newind, brand, rng.choice(("", "Group", "Việt Nam", tail)), e)
        else:
            e.old = e.parts
            e.parts = self.unique_parts(form if rng.random() < 0.7 else "CP", ind, self.brand(), "", e)
        e.en_old = e.en
        e.en = self.en_base(e.parts)

    def convert_from_hkd(self, e, grp):
        """The company grew out of a household business of its owner (same business, same truth)."""
        rng = self.rng
        e.was_hkd = True
        fem = rng.random() < 0.3
        e.owner, _ = self.person(fem)
        given = e.owner.split()[-1]
        e.nick = self.nickname(given)
        e.hname = e.parts[2] if rng.random() < 0.6 else e.nick
        acts = [a for a, g in _HKD_ACTS if g == grp]
        e.act = rng.choice(acts) if acts else rng.choice(_HKD_ACTS)[0]
        e.pid = self.cccd(e.reg, fem)
        if rng.random() < 0.5:
            e.cmnd = self.cmnd_no(e.reg)
        if rng.random() < 0.5:
            e.pmst = self.new_tax("8")
        if len(e.phones) < 2 or rng.random() < 0.5:
            e.phones = (self.mobile(),) + e.phones

    def make_units(self, e, nu):
        rng = self.rng
        units = []
        ncode = 0
        ndd = 0
        for _ in range(nu):
            r = rng.random()
            if e.kind == K_FDI:
                uk = "NM" if r < 0.7 else "CN"
            elif e.kind == K_OUT:
                uk = "CN" if r < 0.55 else ("NM" if r < 0.8 else ("DD" if r < 0.95 else "VP"))
            else:
                uk = "DD" if r < 0.45 else ("CN" if r < 0.75 else ("NM" if r < 0.9 else ("KHO" if r < 0.97 else "VP")))
            reg = e.reg if rng.random() < 0.75 else 1 - e.reg
            if uk == "NM" and rng.random() < 0.45:
                loc = self.location(reg, park=rng.pick(_PARK_BY_REG[reg]))
            else:
                loc = self.location(reg, 0.4)
            d = _DISTS[loc[0]]
            place = d[2] if rng.random() < 0.55 else _OLD_PROV[d[0]]
            if uk in ("DD", "KHO"):
                ndd += 1
                code = f"{ndd:05d}"
            else:
                ncode += 1
                code = f"{e.tax}-{ncode:03d}"
            ph = self.landline(reg) if rng.random() < 0.5 else (self.mobile() if rng.random() < 0.5 else "")
            units.append((uk, ndd if uk in ("DD", "KHO") else ncode, loc, place, code, ph))
        return tuple(units)

    def make_hkd(self, reg=None, loc=None, act=None, hname=None):
        rng = self.rng
        e = self.new_ent(K_HKD, reg)
        reg = e.reg
        fem = rng.random() < 0.35
        e.owner, _ = self.person(fem)
        e.nick = self.nickname(e.owner.split()[-1])
        e.act = act if act is not None else _HKD_ACTS[rng.pick(_HKD_ACT_T)][0]
        if hname is None:
            r = rng.random()
            hname = e.nick if r < 0.4 else (self.brand(rng.random() * 0.66) if r < 0.75 else "")
        e.hname = hname
        e.loc = loc if loc is not None else self.location(reg, 0.3, rural_road_p=0.3)
        e.pid = self.cccd(reg, fem)
        if rng.random() < 0.6:
            e.cmnd = self.cmnd_no(reg)
        r = rng.random()
        if r < 0.45:
            e.pmst = self.new_tax("8")
        elif r < 0.6:
            e.pmst = self.new_tax(("12", "14")[reg])
        e.phones = self.phones_for(reg, 0.15, 1 + (rng.random() < 0.3))
        e.supplier = rng.random() < 0.03
        if rng.random() < 0.04:
            e.prev_loc = self.location(reg, 0.3)
        return e

    def make_htx(self, reg=None):
        rng = self.rng
        e = self.new_ent(K_HTX, reg)
        reg = e.reg
        e.loc = self.location(reg, 0.1, rural_road_p=0.1)
        ind = rng.pick(_COOP_T)
        r = rng.random()
        d = _DISTS[e.loc[0]]
        if r < 0.45 and rng.random() >= self.q:
            brand = d[4][e.loc[1]][1]
            if brand.isdigit():
                brand = d[2]
        elif r < 0.6 and e.loc[4].startswith("ấp ") and not e.loc[4][3].isdigit() and rng.random() >= self.q:
            brand = e.loc[4][3:]
        else:
            brand = self.brand(rng.random() * 0.7)
        e.parts = ("HTX", ind, brand, "")
        e.owner, _ = self.person()
        e.act = _IND_VN[ind]
        if rng.random() < 0.85:
            e.tax = self.new_tax(("12", "14")[reg])
        e.phones = self.phones_for(reg, 0.2, 1)
        e.en = self.en_base(e.parts, False)
        e.bhxh = ("TG" if reg == 0 else "DT") + rng.digits(4) + rng.choice("ABCDEFGHKMNPZ")
        e.exporter = rng.random() < 0.05
        if rng.random() < 0.05:
            if not e.tax:
                e.tax = self.new_tax(("12", "14")[reg])
            e.units = self.make_units(e, 1)
        return e

    def fdi_brand(self, origin):
        rng = self.rng
        while True:
            if origin in ("TW", "CN"):
                a, b = rng.choice(_CHN), rng.choice(_CHN)
                if a is b:
                    continue
                if origin == "TW":
                    roman = f"{a[2]} {b[2]}" if rng.random() < 0.75 else a[2] + b[2].lower()
                    hz = a[0] + b[0]
                else:
                    roman = a[1] + b[1].lower() if rng.random() < 0.6 else f"{a[1]} {b[1]}"
                    hz = (a[0] + b[0]).translate(_TRAD2SIMP)
                if roman in _CHN_BLACK:
                    continue
                return roman, hz, f"{a[3]} {b[3]}"
            if origin == "KR":
                a, b = rng.choice(_KOR), rng.choice(_KOR)
                if a is b:
                    continue
                roman = a[1] + b[1].lower()
                if roman in _KOR_BLACK:
                    continue
                return roman, a[0] + b[0], ""
            if origin == "JP":
                a, b = rng.choice(_JP_PRE), rng.choice(_JP_SUF)
                roman = f"{a[0]} {b[0]}"
                if roman in _JP_BLACK:
                    continue
                return roman, a[1] + b[1], b[2]
            a, b = rng.choice(_EN_A), rng.choice(_EN_B)
            if a != b:
                return f"{a} {b}" if rng.random() < 0.6 else a + b, "", ""

    def make_fdi(self, twin=None):
        rng = self.rng
        if twin is not None:
            origin = twin.origin
        else:
            origin = rng.pick(_wt((("TW", 35), ("CN", 32), ("KR", 19), ("JP", 9), ("OT", 5))))
        if origin == "CN":
            park = rng.pick(_PARK_CN)
        elif origin == "TW":
            park = rng.pick(_PARK_TW)
        else:
            park = rng.pick(_PARK_KCN)
        if twin is not None:
            for _ in range(5):
                if park != twin.loc[6]:
                    break
                park = rng.pick(_PARK_KCN)
        if rng.random() < 0.06:
            park = rng.pick(_PARK_ALL)
        reg = _PARKS[park][3]
        e = self.new_ent(K_FDI, reg)
        e.origin = origin
        e.loc = self.location(reg, park=park)
        line_ind, line_zh, line_en = rng.pick(_FDI_LINES)
        if twin is not None:
            roman, hz, hv = twin.hv
            if rng.random() < 0.5:
                line_ind, line_zh, line_en = rng.pick(_FDI_LINES)
        else:
            roman, hz, hv = self.fdi_brand(origin)
        if origin == "JP" and hv:
            line_ind = _IND_VN.index(hv) if hv in _IND_VN else line_ind
        e.hv = (roman, hz, hv)
        form = "MTV" if rng.random() < 0.6 else ("TNHH" if rng.random() < 0.9 else "CP")
        pname = _PARKS[park][0]
        if pname not in ("Long Giang", "Tân Hương", "Sa Đéc", "Mỹ Tho", "Sông Hậu", "Bình Đông"):
            d = _DISTS[_PARKS[park][4]]
            pname = d[2] if rng.random() < 0.6 else _OLD_PROV[d[0]]
        place_tail = twin is not None and rng.random() < 0.6
        tail_vn = pname if place_tail else ("Vina" if origin == "KR" and rng.random() < 0.7 else "Việt Nam")
        r = rng.random()
        ind = -1
        brand = roman
        if origin in ("TW", "CN") and r < 0.2:
            brand = hv
            tail_vn = "" if rng.random() < 0.6 else tail_vn
        elif r < 0.5:
            ind = line_ind
            if tail_vn == "Việt Nam" and origin in ("TW", "CN") and rng.random() < 0.5:
                tail_vn = "(Việt Nam)"
        e.parts = self.unique_parts(form, ind, brand, tail_vn, e)
        en_tail = strip_marks(tail_vn).replace("Viet Nam", "Vietnam")
        if rng.random() < 0.6 and origin != "JP":
            e.en = f"{roman} {line_en} {en_tail}".replace("  ", " ").strip()
        else:
            e.en = f"{roman} {en_tail}".strip()
        if origin in ("TW", "CN"):
            zh_line = line_zh if origin == "TW" else line_zh.translate(_TRAD2SIMP)
            place_hz = _PARKS[park][2] if place_tail and _PARKS[park][2] and pname == _PARKS[park][0] else "越南"
            if origin == "CN":
                place_hz = place_hz.translate(_TRAD2SIMP)
            f = rng.random()
            if f < 0.45:
                e.fs = f"{hz}({place_hz}){zh_line}有限公司"
            elif f < 0.75:
                e.fs = f"{place_hz}{hz}{zh_line}有限公司"
            else:
                e.fs = f"{hz}{zh_line}({place_hz})有限公司"
        elif origin == "KR":
            kind_en, kind_ko = rng.choice(_KOR_IND)
            if kind_en and rng.random() < 0.5:
                e.en = f"{roman} {kind_en} Vina"
            e.fs = rng.choice((f"{hz}비나", f"{hz} 베트남", f"(주){hz}비나", f"{hz}{kind_ko} 비나"))
        elif origin == "JP":
            e.fs = rng.choice((f"{hz}ベトナム有限会社", f"{hz}ベトナム", f"ベトナム{hz}有限会社"))
        e.act = _IND_VN[line_ind]
        e.tax = self.new_tax(("12", "14")[reg])
        e.proj = rng.choice(("54", "55", "53")) + rng.digits(8)
        e.bhxh = ("TG" if reg == 0 else "DT") + rng.digits(4) + rng.choice("ABCDEFGHKMNPZ")
        e.phones = (self.landline(reg),) + ((self.mobile(),) if rng.random() < 0.5 else ())
        if rng.random() < 0.3:
            e.fax = self.landline(reg)
        e.exporter = rng.random() < 0.92
        e.supplier = _IND_GRP[line_ind] in _SUPPLY_GRPS and rng.random() < 0.6
        if rng.random() < 0.05:
            self.rename_fdi(e, origin)
        if rng.random() < 0.2:
            e.units = self.make_units(e, 1 + int(rng.random() < 0.35) + int(rng.random() < 0.1))
        return e

    def rename_fdi(self, e, origin):
        """Acquisition: a new foreign brand for the same legal entity (same tax code)."""
        e.old = e.parts
        e.en_old = e.en
        roman, hz, hv = self.fdi_brand(origin)
        e.hv = (roman, hz, hv)
        e.parts = self.unique_parts(e.parts[0], e.parts[1], roman, e.parts[3], e)
        e.en = f"{roman} {strip_marks(e.parts[3])}".replace("Viet Nam", "Vietnam").replace("(", "").replace(")", "")
        e.fs = ""

    def make_out(self):
        """A company registered outside the province with branches/factories here."""
        rng = self.rng
        ci = rng.pick(_OUT_CITY_T)
        code, _, addrs = _OUT_CITIES[ci]
        kind = K_OUT
        reg = 0 if rng.random() < 0.6 else 1
        e = self.new_ent(kind, reg)
        ind = rng.choice(_IND_BY_GRP[rng.pick(_GRP_W[reg])])
        form = "CP" if rng.random() < 0.5 else ("TNHH" if rng.random() < 0.5 else "MTV")
        e.loc = self.location(reg, 0.4)
        brand = self.brand()
        e.parts = self.unique_parts(form, ind if rng.random() < 0.7 else -1, brand, "", e)
        e.act = _IND_VN[ind]
        e.owner, _ = self.person()
        e.tax = self.new_tax(code)
        st, ow, od, op, nw, np_ = rng.choice(addrs)
        house = str(rng.randint(1, 600))
        if st.startswith("KCN"):
            house = "Lô " + self.lot() + ","
        old_a = f"{house} {st}, {ow}, {od}, {op}"
        new_a = f"{house} {st}, {nw}, {np_}"
        e.hq = (old_a, new_a, code)
        area, k = _CITY_LAND[code]
        e.phones = (area + rng.choice("3362") + rng.digits(k - 1),)
        e.en = self.en_base(e.parts)
        grp = _IND_GRP[ind]
        e.exporter = grp in _EXPORT_GRPS and rng.random() < 0.5
        e.supplier = grp in _SUPPLY_GRPS and rng.random() < 0.5
        e.bhxh = ("TG" if reg == 0 else "DT") + rng.digits(4) + rng.choice("ABCDEFGHKMNPZ")
        nu = min(14, 1 + int(0.9 * (rng.random() ** (-1 / 1.5) - 1)))
        e.units = self.make_units(e, nu)
        if rng.random() < 0.05:
            self.rename(e)
        return e

    # ------------------------------------------------------------------ relations (hard negatives)
    def sister(self, e):
        """Same family, same house and phone, different legal entity."""
        rng = self.rng
        if e.kind == K_HKD:
            s = self.make_hkd(e.reg, loc=e.loc)
            s.owner = e.owner.split()[0] + " " + ("Thị " if rng.random() < 0.7 else "Ngọc ") + rng.choice(_GIVEN_F)
            s.phones = e.phones[:1] + s.phones[1:] if rng.random() < 0.7 else s.phones
            return s
        kind = rng.choice((K_TNHH, K_TNHH, K_DNTN, K_CP)) if e.kind != K_FDI else K_TNHH
        form, ind, brand, tail = e.parts
        r = rng.random()
        if r < 0.5:
            nb = brand
            others = [i for i in _IND_BY_GRP[rng.pick(_GRP_W[e.reg])] if i != ind]
            nind = rng.choice(others) if others else ind
        elif r < 0.8:
            nb = brand.split()[0] + " " + rng.pick(_SYL) if " " in brand else brand + " " + rng.pick(_SYL)
            nind = ind if ind >= 0 else rng.choice(_IND_BY_GRP[TRADE])
        else:
            nb = self.brand()
            nind = ind if ind >= 0 else rng.choice(_IND_BY_GRP[TRADE])
        s = self.make_company(kind, e.reg, loc=e.loc, brand=nb, ind=nind if nind >= 0 else None)
        s.owner = e.owner
        if rng.random() < 0.8:
            s.phones = e.phones
        if e.acct:
            s.acct = e.acct
        return s

    def subsidiary(self, e):
        rng = self.rng
        form, ind, brand, tail = e.parts
        d = _DISTS[rng.pick(_DIST_BY_REG[e.reg])]
        t = rng.choice((d[2], _OLD_PROV[d[0]], "Mekong", ""))
        nind = ind if rng.random() < 0.5 else rng.choice(_IND_BY_GRP[_IND_GRP[ind] if ind >= 0 else TRADE])
        park = rng.pick(_PARK_BY_REG[e.reg]) if rng.random() < 0.4 else -1
        loc = self.location(e.reg, 0.4, park)
        s = self.make_company(K_TNHH, e.reg, loc=loc, brand=brand, ind=nind, form="MTV", tail=t)
        if rng.random() < 0.35:
            s.phones = e.phones[:1] + s.phones[1:]
        return s

    def namesake(self, e):
        """Same trade name in another town: unrelated firm or household."""
        rng = self.rng
        reg = e.reg if rng.random() < 0.6 else 1 - e.reg
        if e.kind == K_HKD:
            return self.make_hkd(reg, act=e.act if rng.random() < 0.6 else None, hname=e.hname or None)
        form, ind, brand, tail = e.parts
        if e.kind == K_HTX:
            s = self.make_htx(reg)
            s.parts = ("HTX", ind if rng.random() < 0.5 else s.parts[1], brand, "")
            return s
        kind = rng.choice((K_TNHH, K_TNHH, K_DNTN, K_CP))
        if rng.random() < 0.25 and " " in brand and not brand.isascii():
            return self.make_hkd(reg, hname=brand)
        grp = _IND_GRP[ind] if ind >= 0 else rng.pick(_GRP_W[reg])
        nind = rng.choice(_IND_BY_GRP[grp if grp != COOP else TRADE])
        return self.make_company(kind, reg, brand=brand, ind=nind)

    def twin_fdi(self, e):
        return self.make_fdi(twin=e)

    # ------------------------------------------------------------------ record counts
    # median listing intensity and spread of the log-normal "prominence" per kind
    _NREC = {K_HKD: (0.34, 0.95), K_DNTN: (0.6, 0.95), K_HTX: (0.6, 0.95), K_TNHH: (0.66, 1.0),
             K_CP: (1.2, 1.02), K_FDI: (1.95, 0.94), K_OUT: (0.9, 0.95)}

    def nrec(self, e):
        """1 + Poisson(prominence); prominence is log-normal per entity (capped at 40); each
        dependent unit adds a listing with probability 0.55."""
        rng = self.rng
        med, sig = self._NREC[e.kind]
        lam = med * math.exp(sig * rng.gauss(0.0, 1.0))
        if lam > 40.0:  # even the biggest firm sits in a bounded number of lists
            lam = 40.0
        if lam > 30.0:
            k = int(lam + math.sqrt(lam) * rng.gauss(0.0, 1.0) + 0.5)
        else:
            lim = math.exp(-lam)
            k = 0
            p = rng.random()
            while p > lim:
                k += 1
                p *= rng.random()
        n = 1 + (k if k > 0 else 0)
        for _ in e.units:
            if rng.random() < 0.55:
                n += 1
        return n if n < 120 else 120

    def src_table(self, e):
        key = (e.kind, e.reg, e.loc[6] >= 0 or any(u[2][6] >= 0 for u in e.units), e.exporter, e.supplier)
        t = self.src_cache.get(key)
        if t is None:
            b = list(_SRC_BASE[e.kind])
            if key[2]:
                b[2] += 22 if e.kind != K_FDI else 0
            if e.exporter:
                b[5] += 20 if e.kind == K_FDI else 16
            if e.supplier:
                b[9] += 22 if e.kind != K_HKD else 8
            sct = S_SCTTG if e.reg == 0 else S_SCTDT
            pairs = [(S_THUE, b[0]), (S_DKKD, b[1]), (S_BQL, b[2]), (sct, b[3]), (S_TKE, b[4]), (S_HQ, b[5]),
                     (S_BHXH, b[6]), (S_KC, b[7]), (S_WEB, b[8]), (S_VND, b[9])]
            if e.kind in (K_CP, K_OUT, K_FDI):
                pairs.append((S_SCTDT if e.reg == 0 else S_SCTTG, b[3] * 0.25))
            t = _wt(pairs)
            self.src_cache[key] = t
        return t

    # ------------------------------------------------------------------ main loop
    def run(self):
        n = self.n
        rng = self.rng
        out = []
        app = out.append
        while len(out) < n:
            kind = rng.pick(_KIND_T)
            if kind == K_HKD:
                e = self.make_hkd()
            elif kind == K_HTX:
                e = self.make_htx()
            elif kind == K_FDI:
                e = self.make_fdi()
            elif kind == K_OUT:
                e = self.make_out()
            else:
                e = self.make_company(kind)
            group = [e]
            r = rng.random()
            if kind == K_FDI:
                if r < 0.12:
                    group.append(self.twin_fdi(e))
            elif kind == K_CP and r < 0.16:
                group.append(self.subsidiary(e))
            elif kind != K_OUT and r < 0.07:
                group.append(self.sister(e))
            elif kind != K_OUT and r < 0.11:
                group.append(self.namesake(e))
            for x in group:
                self.emit(x, app)
        del out[n:]
        return out

    def emit(self, e, app):
        rng = self.rng
        k = self.nrec(e)
        table = self.src_table(e)
        truth = e.truth
        rend = self.renderers
        for _ in range(k):
            src = rng.pick(table)
            name, tax, addr, phone = rend[src](e, src)
            if rng.random() < _P_NO_ADDR[src]:
                addr = ""
            elif rng.random() < _P_NO_NAME[src] and tax:
                name = ""
            if rng.random() < 0.006:  # Excel fill-down / copy slip: the cell above
                prev = self.last_tax[src]
                if prev:
                    tax = prev
            elif tax:
                self.last_tax[src] = tax
            app({"id": src, "name": name, "tax_code": tax, "address": addr, "phone": phone, "truth": truth})

    # ======================================================================
    # rendering helpers
    # ======================================================================
    def view(self, e, src):
        """-> (unit or None, old: bool)."""
        rng = self.rng
        unit = None
        if e.units:
            p = _P_UNIT_OUT[src] if e.kind == K_OUT else _P_UNIT[src]
            if rng.random() < p:
                unit = rng.choice(e.units)
        old = (e.old is not None or e.was_hkd or e.prev_loc is not None) and rng.random() < _P_OLD[src]
        return unit, old

    def vn_name(self, parts, fst, ist, suffix=False):
        """Vietnamese company name. fst: 0 registry, 1 statute-long, 2 clerk short, 3 acronym, -1 none."""
        rng = self.rng
        form, ind, brand, tail = parts
        body = brand
        if ind >= 0 and ist != 2:
            iv = _IND_VN[ind] if ist == 0 else rng.choice(_IND_AB[ind])
            body = f"{iv} {brand}"
        if tail:
            body = f"{body} {tail}"
        if fst < 0:
            return body
        fs = rng.choice(_FORM_SPELL[form][fst])
        if form == "MTV" and fst >= 2 and rng.random() < 0.15:
            fs = rng.choice(("Cty TNHH", "Công ty TNHH", "TNHH"))
        if suffix:
            r = rng.random()
            if r < 0.5:
                return f"{body} ({fs})"
            if r < 0.8:
                return f"{body}, {fs}"
            return f"{body} - {fs}"
        return f"{fs} {body}"

    def en_name(self, e, old=False):
        rng = self.rng
        base = e.en_old if old and e.en_old else e.en
        form = (e.old if old and e.old else e.parts)[0]
        f = rng.choice(_FORM_EN[form])
        if form == "DNTN" and rng.random() < 0.5:
            return f"DNTN {base}"
        return f"{base} {f}"

    def hkd_name(self, e, style):
        """Household business. style 0 registry, 1 shop sign, 2 owner, 3 officer note, 4 short."""
        rng = self.rng
        hn = e.hname
        if style == 0:
            if hn and rng.random() < 0.7:
                return f"Hộ kinh doanh {hn}"
            return f"Hộ kinh doanh {e.owner}"
        if style == 1:
            cs = rng.choice(("Cơ sở", "Cơ sở", "CS", "Cơ sở SX", "CSSX", "Cơ sở sản xuất", "Lò", "Hộ KD"))
            if cs in ("Cơ sở SX", "CSSX", "Cơ sở sản xuất") and e.act.startswith("sản xuất "):
                cs = "Cơ sở"
            tail = hn or e.nick
            if rng.random() < 0.15:
                return f"{cs} {e.act}".strip()
            return f"{cs} {e.act} {tail}"
        if style == 2:
            return e.owner
        if style == 3:
            h = rng.choice(("Hộ ông", "Hộ bà", "Ông", "Bà", "Hộ")) if e.owner else "Hộ"
            if h in ("Hộ ông", "Ông") and " Thị " in e.owner:
                h = h.replace("ông", "bà").replace("Ông", "Bà")
            r = rng.random()
            if r < 0.4:
                return f"{h} {e.owner}"
            if r < 0.7:
                return f"CS {e.act} {hn or e.nick} ({e.owner})"
            return f"{e.owner} - {e.act}"
        return f"{rng.choice(('HKD', 'Hộ KD', 'HKD.'))} {hn or e.owner}"

    def unit_name(self, e, u, base):
        rng = self.rng
        uk, seq, loc, place, code, _ = u
        brand = e.parts[2]
        r = rng.random()
        if uk == "CN":
            if r < 0.35:
                return f"Chi nhánh {base} tại {place}"
            if r < 0.55:
                return f"Chi nhánh {base}"
            if r < 0.7:
                return f"{base} - Chi nhánh {place}"
            if r < 0.85:
                return f"CN {base} tại {place}"
            return f"Chi nhánh {place} - {base}"
        if uk == "NM":
            iv = _IND_VN[e.parts[1]] if e.parts[1] >= 0 and rng.random() < 0.5 else ""
            if r < 0.3:
                return f"Nhà máy {iv + ' ' if iv else ''}{brand} {place}".replace("  ", " ")
            if r < 0.55:
                return f"Chi nhánh {base} - Nhà máy {place}"
            if r < 0.75:
                return f"{base} (Nhà máy {place})"
            if r < 0.9:
                return f"Nhà máy {place} - {base}"
            return f"NM {brand} {place}"
        if uk in ("DD", "KHO"):
            if uk == "KHO" or r < 0.15:
                return f"Kho {brand} {place}" if r < 0.6 else f"Kho hàng - {base}"
            if r < 0.5:
                return f"Địa điểm kinh doanh số {seq} - {base}"
            if r < 0.7:
                return f"Địa điểm kinh doanh - {base}"
            if r < 0.85:
                return f"ĐĐKD {base} tại {place}"
            return f"{base} - Địa điểm kinh doanh {place}"
        if r < 0.6:
            return f"Văn phòng đại diện {base} tại {place}"
        return f"VPĐD {base}"

    # ---- finishing touches --------------------------------------------------
    def mess(self, s, p_typo, p_space=0.02):
        rng = self.rng
        if p_typo and rng.random() < p_typo and len(s) > 6:
            i = rng.randint(1, len(s) - 3)
            r = rng.random()
            if r < 0.3:
                s = s[:i] + s[i + 1:]
            elif r < 0.5:
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            elif r < 0.62:
                s = s[:i] + s[i] + s[i:]
            elif r < 0.85:
                s = s[:i] + strip_marks(s[i]) + s[i + 1:]
            else:
                j = s.find(" ", i)
                if j > 0:
                    s = s[:j] + s[j + 1:]
        if p_space and rng.random() < p_space:
            r = rng.random()
            if r < 0.35:
                s = s + " "
            elif r < 0.6:
                s = " " + s
            elif r < 0.8:
                s = s.replace(" ", "  ", 1)
            else:
                s = s.replace(" ", "\xa0", 1)
        return s

    # ---- tax codes ---------------------------------------------------------
    def typo_digits(self, code):
        rng = self.rng
        if len(code) < 10:
            return code
        i = rng.randint(0, 9)
        r = rng.random()
        if r < 0.5:
            d = str((int(code[i]) + rng.randint(1, 9)) % 10)
            return code[:i] + d + code[i + 1:]
        if r < 0.8 and i < 9:
            return code[:i] + code[i + 1] + code[i] + code[i + 2:]
        if r < 0.9:
            return code[:i] + code[i + 1:]
        return code[:i] + rng.choice("0123456789") + code[i:]

    def fmt_tax(self, code, p_typo=0.0, p_space=0.0, p_num=0.0, p_label=0.0):
        """Render a 10-digit or 13-char code as a clerk would."""
        rng = self.rng
        if not code:
            return ""
        branch = ""
        if len(code) == 14:
            code, branch = code[:10], code[11:]
        if p_typo and rng.random() < p_typo:
            code = self.typo_digits(code)
        if branch:
            r = rng.random()
            if r < 0.72:
                code = f"{code}-{branch}"
            elif r < 0.82:
                code = f"{code} - {branch}"
            elif r < 0.9:
                code = code + branch
            elif r < 0.95:
                code = f"{code}_{branch}"
            else:
                code = f"{code}.{branch}"
        if p_num and rng.random() < p_num:
            digits = code.replace("-", "").replace(" ", "")
            if digits.isdigit():
                v = int(digits)
                r = rng.random()
                if len(str(v)) >= 12:
                    return f"{v:.5E}".replace("E+", "E+")
                if r < 0.5:
                    return str(v)
                return f"{v}.0"
        if p_space and rng.random() < p_space:
            r = rng.random()
            if len(code) == 10:
                if r < 0.4:
                    code = f"{code[:4]} {code[4:7]} {code[7:]}"
                elif r < 0.7:
                    code = f"{code[:3]} {code[3:6]} {code[6:]}"
                elif r < 0.85:
                    code = f"{code[:4]}.{code[4:7]}.{code[7:]}"
                else:
                    code = " ".join(code)
            elif r < 0.5:
                code = " " + code
            else:
                code = "'" + code
        if p_label and rng.random() < p_label:
            code = rng.choice(("MST: ", "MST:", "MST ", "Mã số thuế: ", "MSDN: ")) + code
        return code

    def ddkd_tax(self, e, code):
        """Business locations have a 5-digit location code, not a tax code of their own."""
        rng = self.rng
        r = rng.random()
        if r < 0.6:
            return e.tax
        if r < 0.75:
            return code
        if r < 0.85:
            return f"{e.tax} - ĐĐKD {code}"
        if r < 0.9:
            return f"{e.tax} ({code})"
        return ""

    def no_tax(self, p_note):
        rng = self.rng
        if rng.random() < p_note:
            return rng.choice(("Đang cập nhật", "chưa có", "-", "x", "Chưa cấp", "0", "KCĐ", "không có", "N/A"))
        return ""

    def hkd_tax(self, e, cccd_p, mst_p, cmnd_p, lost0_p=0.0):
        """Tax column for a household: CCCD (now the tax code), personal MST, old CMND, or nothing."""
        rng = self.rng
        r = rng.random()
        if r < cccd_p:
            v = e.pid
            if rng.random() < lost0_p:
                v = v.lstrip("0")
            return v
        r -= cccd_p
        if r < mst_p and e.pmst:
            return e.pmst
        r -= mst_p
        if r < cmnd_p and e.cmnd:
            return e.cmnd
        return ""

    # ---- phones --------------------------------------------------------------
    def fmt_phone(self, p, style):
        """style: 0 plain, 1 grouped, 2 dots, 3 dash/paren, 4 +84, 5 lost leading zero, 6 old numbering."""
        rng = self.rng
        if style == 0:
            return p
        land = not p.startswith(("09", "08", "07", "05", "03"))
        if land:
            ac = p[:4] if p[:3] not in ("028", "024") else p[:3]
            rest = p[len(ac):]
        else:
            ac, rest = p[:4], p[4:]
        if style == 1:
            if land:
                return f"{ac} {rest[:4]} {rest[4:]}" if rng.random() < 0.6 else f"{ac} {rest[0]} {rest[1:4]} {rest[4:]}"
            return f"{ac} {rest[:3]} {rest[3:]}" if rng.random() < 0.7 else f"{p[:3]} {p[3:6]} {p[6:]}"
        if style == 2:
            if land:
                return f"{ac}.{rest}" if rng.random() < 0.5 else f"{ac}.{rest[:4]}.{rest[4:]}"
            return f"{ac}.{rest[:3]}.{rest[3:]}"
        if style == 3:
            if land:
                return f"({ac}) {rest}" if rng.random() < 0.6 else f"{ac}-{rest}"
            return f"{ac}-{rest[:3]}-{rest[3:]}"
        if style == 4:
            r = rng.random()
            if r < 0.4:
                return f"+84 {p[1:4]} {p[4:7]} {p[7:]}" if not land else f"+84 {ac[1:]} {rest}"
            if r < 0.7:
                return f"+84-{ac[1:]}-{rest}"
            if r < 0.85:
                return "84" + p[1:]
            return f"(+84) {ac[1:]} {rest}"
        if style == 5:
            return p[1:] if rng.random() < 0.8 else p[1:] + ".0"
        if land:
            old = _LAND_OLD.get(ac)
            if old:
                return f"{old}.{rest}" if rng.random() < 0.5 else f"({old}) {rest}"
            return p
        old = _MOBILE_OLD.get(p[:3])
        if old:
            s = old + p[3:]
            return s if rng.random() < 0.6 else f"{s[:5]} {s[5:8]} {s[8:]}"
        return p

    def phones_cell(self, phones, style_t, p_multi, p_label=0.0, p_note=0.0, fax=""):
        rng = self.rng
        if not phones:
            return ""
        if len(phones) > 1 and rng.random() < p_multi:
            sel = list(phones)
            if rng.random() < 0.3:
                sel.reverse()
        else:
            sel = [phones[0] if rng.random() < 0.7 else rng.choice(phones)]
        parts = []
        for p in sel:
            s = self.fmt_phone(p, rng.pick(style_t))
            parts.append(s)
        sep = rng.choice((" - ", " - ", "; ", " / ", ", ", " – ", "\n", "-"))
        cell = sep.join(parts)
        if p_label and rng.random() < p_label:
            cell = rng.choice(("ĐT: ", "ĐT:", "Tel: ", "DĐ: ", "Đt ", "SĐT: ")) + cell
        if fax and rng.random() < 0.3:
            cell = f"{cell} - Fax: {self.fmt_phone(fax, rng.pick(style_t))}"
        if p_note and rng.random() < p_note:
            cell = cell + " (" + rng.choice(_HONOR) + " " + rng.choice(_GIVEN_F + _GIVEN_M) + \
                rng.choice(("", "", " KT", " - kế toán", " GĐ", " NS")) + ")"
        return cell

    # ---- addresses -------------------------------------------------------------
    def street_part(self, loc, ab, english=False):
        rng = self.rng
        d, c, house, street, ham, road, park, lot = loc
        if park >= 0:
            p = _PARKS[park]
            if english:
                pk = f"{strip_marks(p[0])} {'Industrial Park' if p[1] == 'KCN' else 'Industrial Cluster'}"
                if rng.random() < 0.4:
                    pk = pk.replace("Industrial Park", rng.choice(("IZ", "IP", "Industrial Zone")))
                return f"Lot {lot}, {pk}"
            kcn = p[1]
            if ab == 0 and rng.random() < 0.5:
                kcn = "Khu công nghiệp" if kcn == "KCN" else "Cụm công nghiệp"
            r = rng.random()
            if r < 0.55:
                lt = f"Lô {lot}"
            elif r < 0.7:
                lt = f"Lô số {lot}"
            elif r < 0.8:
                lt = lot
            elif r < 0.9 and "-" in lot and lot[0] != "I" and lot[0] != "V":
                lt = f"Lô {lot}".replace("-", ", ")
            else:
                lt = ""
            return f"{lt}, {kcn} {p[0]}" if lt else f"{kcn} {p[0]}"
        parts = []
        if street:
            if english:
                parts.append(f"{house} {strip_marks(street)} Street" if rng.random() < 0.5 else f"No. {house} {strip_marks(street)} St.")
            else:
                r = rng.random()
                if r < 0.3:
                    parts.append(f"Số {house} đường {street}" if ab < 2 else f"Số {house} {street}")
                elif r < 0.75:
                    parts.append(f"{house} {street}")
                elif r < 0.9:
                    parts.append(f"{house} đường {street}")
                else:
                    parts.append(f"{house}, {street}")
            if ham and rng.random() < 0.7:
                if english:
                    parts.append(strip_marks(ham).replace("Khu pho", "Quarter"))
                elif ab >= 2:
                    parts.append(ham.replace("Khu phố ", rng.choice(("KP ", "KP.", "Kp ", "khu phố "))).replace("Khóm ", rng.choice(("Khóm ", "K.", "khóm "))))
                else:
                    parts.append(ham)
        else:
            if house and rng.random() < 0.8:
                parts.append(strip_marks(house).replace("To ", "Group ") if english else (house if ab < 2 else house.replace("Tổ ", "T.")))
            if english:
                parts.append("Hamlet " + strip_marks(ham[3:]) if ham else "")
            else:
                h = ham
                if ab == 0 and rng.random() < 0.6:
                    h = "Ấp " + ham[3:]
                elif ab >= 2 and rng.random() < 0.25:
                    h = "A." + ham[3:]
                parts.append(h)
            if road is not None and rng.random() < 0.8:
                kind, no = road
                if english:
                    parts.append(f"National Road {no}" if kind == "QL" else f"Provincial Road {no}")
                elif kind == "QL":
                    parts.append(rng.choice((f"Quốc lộ {no}", f"QL{no}", f"QL {no}", f"QL.{no}", f"Quốc Lộ {no}")))
                else:
                    parts.append(rng.choice((f"Đường tỉnh {no}", f"ĐT{no}", f"ĐT {no}", f"ĐT.{no}", f"Tỉnh lộ {no}", f"TL{no}")))
        return ", ".join(x for x in parts if x)

    def commune_old(self, ct, cn, ab):
        rng = self.rng
        if ab == 0:
            return f"{_CTYPE_FULL[ct]} {cn}"
        if ab == 1:
            return f"{_CTYPE_FULL[ct].lower()} {cn}"
        if ab == 2:
            sp = rng.choice(_CTYPE_SHORT[ct])
            if ct == "P" and not cn.isdigit() and sp == "P":
                sp = "P."
            return f"{sp}{cn}"
        if ct == "P" and cn.isdigit():
            return f"P{cn}"
        if rng.random() < 0.5:
            sp = rng.choice(_CTYPE_SHORT[ct])
            return f"{'P.' if sp == 'P' else sp}{cn}"
        return cn

    def district(self, dist, ab):
        rng = self.rng
        dt, dn, ini = dist[1], dist[2], dist[3]
        if ab == 0:
            return f"{_DTYPE_FULL[dt]} {dn}"
        if ab == 1:
            return f"{_DTYPE_FULL[dt].lower()} {dn}"
        if ab == 2:
            return f"{rng.choice(_DTYPE_SHORT[dt])}{dn}"
        if dt == "tp":
            return f"TP{ini}" if rng.random() < 0.5 else f"TP.{ini}"
        if dt == "tx":
            return f"TX{ini}" if rng.random() < 0.5 else f"TX.{dn}"
        return dn if rng.random() < 0.6 else f"H.{dn}"

    def prov(self, reg, ab, new):
        rng = self.rng
        name = "Đồng Tháp" if new else _OLD_PROV[reg]
        if ab == 0:
            return f"Tỉnh {name}"
        if ab == 1:
            return f"tỉnh {name}"
        if ab == 2:
            return name if rng.random() < 0.8 else f"T.{name}"
        return (("TG", "ĐT")[reg] if not new else "ĐT") if rng.random() < 0.5 else name

    def address(self, loc, p_old, ab_t, p_drop_prov=0.1, p_street=1.0, p_nay=0.0, english=False):
        """Render a location. Era: old admin units / new two-level / mixed / 'nay là' annotation."""
        rng = self.rng
        d = _DISTS[loc[0]]
        ct, cn, ni = d[4][loc[1]]
        nt, nn = d[5][ni]
        ab = rng.pick(ab_t)
        if english:
            return self.address_en(loc, d, ct, cn, nt, nn, rng.random() < p_old)
        sp = self.street_part(loc, ab) if rng.random() < p_street else ""
        r = rng.random()
        bits = [sp] if sp else []
        if r < p_old:
            era = 0 if rng.random() < 0.88 else 2  # 2: old units but new province name
            bits.append(self.commune_old(ct, cn, ab))
            bits.append(self.district(d, ab))
            if rng.random() >= p_drop_prov:
                bits.append(self.prov(d[0], ab, era == 2))
            s = ", ".join(bits)
            if p_nay and rng.random() < p_nay:
                s += f" (nay là {self.commune_old(nt, nn, min(ab, 1))}, {self.prov(d[0], min(ab, 1), True)})"
            return s
        if rng.random() < 0.12:  # half-updated: new commune + old district/province
            bits.append(self.commune_old(nt, nn, ab))
            bits.append(self.district(d, ab))
            bits.append(self.prov(d[0], ab, rng.random() < 0.5))
        else:
            bits.append(self.commune_old(nt, nn, ab))
            if rng.random() >= p_drop_prov * 0.5:
                bits.append(self.prov(d[0], ab, True))
        return ", ".join(bits)

    def address_en(self, loc, d, ct, cn, nt, nn, old):
        rng = self.rng
        sp = self.street_part(loc, 2, english=True)
        ctn = {"P": "Ward", "X": "Commune", "TT": "Town"}
        if old:
            c = f"{'Ward ' + cn if ct == 'P' and cn.isdigit() else strip_marks(cn) + ' ' + ctn[ct]}"
            dn = strip_marks(d[2]) + {"tp": " City", "tx": " Town", "h": " District"}[d[1]]
            pv = strip_marks(_OLD_PROV[d[0]]) + rng.choice((" Province", "", " Prov."))
            s = ", ".join(x for x in (sp, c, dn, pv) if x)
        else:
            c = strip_marks(nn) + " " + ctn[nt]
            s = ", ".join(x for x in (sp, c, "Dong Thap Province") if x)
        if rng.random() < 0.4:
            s += rng.choice((", Vietnam", ", Viet Nam", ", VN", ", VIETNAM"))
        return s

    def hq_address(self, e, p_old):
        rng = self.rng
        old_a, new_a, _ = e.hq
        return old_a if rng.random() < p_old else new_a

    # ---- common per-record decisions -------------------------------------------
    def pick_loc(self, e, unit, old):
        if unit is not None:
            return unit[2]
        if old and e.prev_loc is not None:
            return e.prev_loc
        return e.loc

    def base_parts(self, e, old):
        if old and e.old is not None:
            return e.old
        return e.parts

    def is_household_view(self, e, old):
        return e.kind == K_HKD or (old and e.was_hkd)

    # ======================================================================
    # Sources
    # ======================================================================
    _AB_REG = _wt(((0, 6), (1, 3), (2, 1)))
    _AB_CLERK = _wt(((0, 1), (1, 2), (2, 5), (3, 2)))
    _AB_SHORT = _wt(((1, 2), (2, 6), (3, 2)))
    _PH_PLAIN = _wt(((0, 7), (1, 2), (2, 1)))
    _PH_CLERK = _wt(((0, 3), (1, 3), (2, 3), (3, 1), (5, 0.6), (6, 1.6)))
    _PH_STAT = _wt(((0, 5), (1, 1), (5, 3)))
    _PH_INTL = _wt(((0, 2), (1, 1), (4, 6)))
    _PH_WEB = _wt(((0, 5), (1, 3), (2, 1), (3, 1), (4, 1.5)))

    def r_thue(self, e, src):
        """Tax-authority extract (taxpayers active in the new province). Upper case legal names,
        codes nearly always present (13-char for dependent units), registered addresses, few phones."""
        rng = self.rng
        unit, old = self.view(e, src)
        loc = self.pick_loc(e, unit, old)
        if self.is_household_view(e, old):
            r = rng.random()
            if r < 0.5:
                name = e.owner
            elif r < 0.85:
                name = self.hkd_name(e, 0)
            else:
                name = f"{e.owner} ({self.hkd_name(e, 1)})"
            tax = self.hkd_tax(e, 0.55, 0.35, 0.0)
            phone = self.phones_cell(e.phones, self._PH_PLAIN, 0.1) if rng.random() < 0.35 else ""
        else:
            parts = self.base_parts(e, old)
            base = self.vn_name(parts, 1 if rng.random() < 0.22 else 0, 0)
            if unit is not None:
                name = self.unit_name(e, unit, base)
                code = unit[4]
                if len(code) == 5:
                    tax = self.ddkd_tax(e, code)
                else:
                    tax = self.fmt_tax(code, 0.003)
            else:
                name = base
                tax = self.fmt_tax(e.tax, 0.003)
            if e.hq is not None and unit is None:
                loc = None
            r = rng.random()
            if r < 0.45:
                phone = ""
            elif e.acct and r < 0.8:
                phone = self.fmt_phone(e.acct, rng.pick(self._PH_PLAIN))
            else:
                ph = (unit[5],) if unit is not None and unit[5] else e.phones
                phone = self.phones_cell(ph, self._PH_PLAIN, 0.1)
        if rng.random() < 0.8:
            name = name.upper()
        name = self.mess(name, 0.004, 0.02)
        if loc is None:
            addr = self.hq_address(e, 0.6)
        else:
            addr = self.address(loc, _P_ERA_OLD[src], self._AB_REG, 0.02)
        return name, tax, addr, phone

    def r_dkkd(self, e, src):
        """Business-registration extract (national portal, new Department of Finance)."""
        rng = self.rng
        unit, old = self.view(e, src)
        loc = self.pick_loc(e, unit, old)
        parts = self.base_parts(e, old)
        fst = 1 if rng.random() < 0.25 else 0
        base = self.vn_name(parts, fst, 0)
        if unit is not None:
            name = self.unit_name(e, unit, base)
            code = unit[4]
            tax = self.ddkd_tax(e, code) if len(code) == 5 else code
        else:
            name = base
            if e.en and rng.random() < 0.12:
                en = self.en_name(e, old)
                name = f"{base} ({en.upper() if rng.random() < 0.7 else en})"
            tax = e.tax
        if rng.random() < 0.25:
            name = name.upper()
        if e.hq is not None and unit is None:
            addr = self.hq_address(e, 0.35)
        else:
            addr = self.address(loc, _P_ERA_OLD[src], self._AB_REG, 0.0)
        if rng.random() < 0.45:
            addr += ", Việt Nam"
        ph = (unit[5],) if unit is not None and unit[5] else e.phones
        if e.acct and rng.random() < 0.5:
            ph = (e.acct,)
        phone = self.phones_cell(ph, self._PH_PLAIN, 0.15) if rng.random() < 0.75 else ""
        return self.mess(name, 0.002, 0.01), tax, addr, phone

    def r_bql(self, e, src):
        """Industrial-park management board investor list: park lots, English and foreign-script
        names for FDI, project codes in the tax column."""
        rng = self.rng
        unit, old = self.view(e, src)
        loc = self.pick_loc(e, unit, old)
        if loc[6] < 0:
            parked = [u for u in e.units if u[2][6] >= 0]
            if parked:
                unit = rng.choice(parked)
                loc = unit[2]
            elif e.loc[6] >= 0:
                unit, loc = None, e.loc
        parts = self.base_parts(e, old)
        if e.kind == K_FDI:
            r = rng.random()
            if r < 0.38:
                name = self.en_name(e, old)
                if rng.random() < 0.6:
                    name = name.upper()
            elif r < 0.82 or not e.fs or old:
                name = self.vn_name(parts, rng.choice((0, 0, 2)), 0)
            elif r < 0.95:
                name = f"{self.vn_name(parts, 0, 0)} ({e.fs})"
            else:
                name = e.fs
        else:
            base = self.vn_name(parts, rng.choice((0, 2, 2)), rng.choice((0, 0, 1)))
            name = self.unit_name(e, unit, base) if unit is not None and rng.random() < 0.6 else base
        if unit is not None and e.kind == K_FDI and rng.random() < 0.5:
            name += rng.choice((" (Nhà máy 2)", " - NM2", " (mở rộng)", " - Dự án mở rộng"))
        r = rng.random()
        if r < 0.5:
            tax = self.fmt_tax(e.tax if unit is None or len(unit[4]) == 5 else unit[4], 0.01, 0.1)
        elif r < 0.68 and e.proj:
            tax = e.proj if rng.random() < 0.7 else f"Mã DA: {e.proj}"
        elif r < 0.75 and e.proj:
            tax = f"{e.tax} / {e.proj}"
        else:
            tax = self.no_tax(0.2)
        a = rng.random()
        if loc[6] >= 0 and a < 0.5:
            addr = self.street_part(loc, 2)
        else:
            addr = self.address(loc, _P_ERA_OLD[src], self._AB_CLERK, 0.2)
        ph = (unit[5],) if unit is not None and unit[5] else e.phones
        phone = ""
        if rng.random() < 0.55:
            phone = self.phones_cell(ph, self._PH_CLERK, 0.2, 0.05, 0.05, e.fax)
            if rng.random() < 0.08:
                phone += f" (ext {rng.randint(100, 250)})"
        return self.mess(name, 0.01, 0.03), tax, addr, phone

    def r_sct(self, e, src):
        """Old DOIT lists of the two former provinces (CNHT, khuyến công, exporters, 2016-2025),
        typed by clerks: short forms, old place names, old phone numbering, legacy fonts."""
        rng = self.rng
        tg = src == S_SCTTG
        unit, old = self.view(e, src)
        if unit is not None and _DISTS[unit[2][0]][0] != (0 if tg else 1):
            same = [u for u in e.units if _DISTS[u[2][0]][0] == (0 if tg else 1)]
            unit = rng.choice(same) if same else None
        loc = self.pick_loc(e, unit, old)
        if self.is_household_view(e, old):
            name = self.hkd_name(e, rng.choice((1, 1, 1, 4, 0, 3)))
            tax = self.hkd_tax(e, 0.2, 0.25, 0.2, 0.3) if rng.random() < 0.6 else self.no_tax(0.15)
        else:
            parts = self.base_parts(e, old)
            if e.kind == K_FDI and rng.random() < 0.12 and e.hv[2] and e.origin in ("TW", "CN"):
                parts = (parts[0], -1, e.hv[2], "")
            r = rng.random()
            if r < 0.08:
                base = self.vn_name(parts, 2, rng.choice((0, 1)), suffix=True)
            elif r < 0.12:
                base = self.vn_name(parts, -1, 0)
            else:
                base = self.vn_name(parts, rng.choice((0, 2, 2, 2, 3)), rng.choice((0, 0, 1, 1, 2)))
            name = self.unit_name(e, unit, base) if unit is not None else base
            if old and e.old is not None and rng.random() < 0.15:
                name += f" (nay là {self.vn_name(e.parts, 2, 1)})"
            elif rng.random() < 0.02:
                name += rng.choice((" (ngưng hoạt động)", " (tạm ngừng KD)", " - đã đổi tên", " (trùng)", " *"))
            elif e.owner and rng.random() < 0.03:
                name += f" (GĐ: {e.owner})"
            if rng.random() < 0.65:
                code = e.tax if unit is None or len(unit[4]) == 5 else unit[4]
                tax = self.fmt_tax(code, 0.012, 0.12, 0.05, 0.06)
            else:
                tax = self.no_tax(0.2)
        up = 0.3 if tg else 0.1
        if rng.random() < up:
            name = name.upper()
        name = self.mess(name, 0.02, 0.05)
        if e.hq is not None and unit is None and rng.random() < 0.7:
            addr = self.hq_address(e, 0.9)
        else:
            addr = self.address(loc, _P_ERA_OLD[src], self._AB_CLERK, 0.25, 0.9)
        ph = (unit[5],) if unit is not None and unit[5] else e.phones
        phone = ""
        if rng.random() < 0.75:
            phone = self.phones_cell(ph, self._PH_CLERK, 0.3, 0.1, 0.05, e.fax)
        if phone and rng.random() < 0.05:
            addr = f"{addr} - {phone}" if phone[:1] in "ĐDTS" else f"{addr} - ĐT: {phone}"
            phone = ""
        enc = rng.random()
        if enc < (0.07 if tg else 0.04):
            name, addr = to_tcvn3(name), to_tcvn3(addr)
        elif enc < (0.09 if tg else 0.07):
            name, addr = to_vni(name), to_vni(addr)
        elif enc < 0.12:
            name = tone_swap(name)
        return name, tax, addr, phone

    def r_tke(self, e, src):
        """Statistics-office enterprise survey: software exports, numeric tax codes, PROPER() case."""
        rng = self.rng
        unit, old = self.view(e, src)
        loc = self.pick_loc(e, unit, old)
        if self.is_household_view(e, old):
            r = rng.random()
            name = f"{self.hkd_name(e, 1)} - {e.owner}" if r < 0.4 else self.hkd_name(e, rng.choice((0, 1, 2)))
            tax = self.hkd_tax(e, 0.3, 0.4, 0.0, 0.6)
        else:
            parts = self.base_parts(e, old)
            base = self.vn_name(parts, rng.choice((0, 0, 2)), rng.choice((0, 0, 1)))
            name = self.unit_name(e, unit, base) if unit is not None else base
            code = e.tax if unit is None or len(unit[4]) == 5 else unit[4]
            tax = self.fmt_tax(code, 0.006, 0.0, 0.3) if rng.random() < 0.88 else ""
        r = rng.random()
        if r < 0.12:
            name = name.title()
        elif r < 0.15:
            name = name.lower()
        elif r < 0.3:
            name = strip_marks(name)
        name = self.mess(name, 0.006, 0.02)
        if e.hq is not None and unit is None:
            addr = self.hq_address(e, 0.7)
        else:
            addr = self.address(loc, _P_ERA_OLD[src], self._AB_SHORT, 0.5, 0.55)
        if rng.random() < 0.1:
            addr = addr.replace(", ", " - ")
        ph = (unit[5],) if unit is not None and unit[5] else e.phones
        phone = self.phones_cell(ph, self._PH_STAT, 0.05) if rng.random() < 0.5 else ""
        return name, tax, addr, phone

    def r_hq(self, e, src):
        """Customs exporter list: upper case without diacritics, English names, head-office codes."""
        rng = self.rng
        _, old = self.view(e, src)
        parts = self.base_parts(e, old)
        r = rng.random()
        eng_p = 0.7 if e.kind == K_FDI else 0.3
        if r < eng_p and e.en:
            name = self.en_name(e, old).upper()
        elif r < 0.9:
            name = strip_marks(self.vn_name(parts, rng.choice((0, 0, 2)), 0)).upper()
        else:
            name = self.vn_name(parts, 0, 0)
        tax = self.fmt_tax(e.tax, 0.008)
        if e.hq is not None:
            addr = strip_marks(self.hq_address(e, 0.6)).upper()
        else:
            loc = e.prev_loc if old and e.prev_loc is not None else e.loc
            a = rng.random()
            if a < 0.25 or (e.kind == K_FDI and a < 0.45):
                addr = self.address(loc, _P_ERA_OLD[src], self._AB_SHORT, english=True).upper()
            elif a < 0.85:
                addr = strip_marks(self.address(loc, _P_ERA_OLD[src], self._AB_SHORT, 0.1)).upper()
            else:
                addr = self.address(loc, _P_ERA_OLD[src], self._AB_REG, 0.1)
        phone = self.phones_cell(e.phones, self._PH_INTL, 0.1, fax=e.fax) if rng.random() < 0.65 else ""
        return self.mess(name, 0.004, 0.01), tax, addr, phone

    def r_bhxh(self, e, src):
        """Social-insurance employer list: each paying unit separately, HR phones with names."""
        rng = self.rng
        unit, old = self.view(e, src)
        loc = self.pick_loc(e, unit, old)
        if self.is_household_view(e, old):
            name = self.hkd_name(e, rng.choice((0, 1, 4)))
            tax = self.hkd_tax(e, 0.5, 0.3, 0.0)
        else:
            parts = self.base_parts(e, old)
            base = self.vn_name(parts, rng.choice((2, 2, 3, 0)), rng.choice((0, 1, 1, 2)))
            name = self.unit_name(e, unit, base) if unit is not None else base
            r = rng.random()
            if r < 0.78:
                code = e.tax if unit is None or len(unit[4]) == 5 else unit[4]
                tax = self.fmt_tax(code, 0.008, 0.05)
            elif r < 0.9 and e.bhxh:
                tax = e.bhxh
            else:
                tax = ""
        if rng.random() < 0.25:
            name = strip_marks(name)
        if rng.random() < 0.2:
            name = name.upper()
        if e.hq is not None and unit is None:
            addr = self.hq_address(e, 0.6)
        else:
            addr = self.address(loc, _P_ERA_OLD[src], self._AB_SHORT, 0.35, 0.8)
        ph = e.phones + ((unit[5],) if unit is not None and unit[5] else ())
        phone = self.phones_cell(ph[::-1], self._PH_WEB, 0.1, 0.0, 0.3) if rng.random() < 0.7 else ""
        return self.mess(name, 0.008, 0.03), tax, addr, phone

    def r_kc(self, e, src):
        """Khuyến công / agriculture lists of households, cooperatives and small firms (commune
        officers): shop names, owner names, ID-card numbers in the tax column, several mobiles."""
        rng = self.rng
        unit, old = self.view(e, src)
        loc = self.pick_loc(e, unit, old)
        if self.is_household_view(e, old):
            name = self.hkd_name(e, rng.choice((1, 1, 3, 3, 4, 0)))
            tax = self.hkd_tax(e, 0.3, 0.1, 0.25, 0.35)
        else:
            parts = self.base_parts(e, old)
            base = self.vn_name(parts, rng.choice((2, 2, 0)), rng.choice((0, 1, 2)))
            name = self.unit_name(e, unit, base) if unit is not None else base
            if e.owner and rng.random() < 0.12:
                name += f" ({e.owner})"
            tax = self.fmt_tax(e.tax, 0.015, 0.15, 0.1) if e.tax and rng.random() < 0.4 else self.no_tax(0.2)
        name = self.mess(name, 0.02, 0.04)
        if rng.random() < 0.1:
            name = name.upper()
        if e.hq is not None and unit is None:
            addr = self.hq_address(e, 0.8)
        else:
            addr = self.address(loc, _P_ERA_OLD[src], self._AB_CLERK, 0.35, 0.9, 0.04)
        ph = e.phones if rng.random() < 0.7 or unit is None or not unit[5] else (unit[5],)
        phone = self.phones_cell(ph, self._PH_CLERK, 0.4, 0.05, 0.15) if rng.random() < 0.85 else ""
        if phone and rng.random() < 0.05:
            addr = f"{addr} ({phone})" if phone[:1] in "ĐDTS" else f"{addr} (ĐT: {phone})"
            phone = ""
        if rng.random() < 0.02:
            name, addr = to_tcvn3(name), to_tcvn3(addr)
        return name, tax, addr, phone

    def r_web(self, e, src):
        """Self-registration web form: typed by the firm itself, in every style imaginable."""
        rng = self.rng
        unit, old = self.view(e, src)
        loc = self.pick_loc(e, unit, old)
        if self.is_household_view(e, old):
            name = self.hkd_name(e, rng.choice((1, 1, 0, 4)))
            tax = self.hkd_tax(e, 0.5, 0.2, 0.05)
        else:
            parts = self.base_parts(e, old)
            r = rng.random()
            if r < (0.45 if e.kind == K_FDI else 0.08) and e.en:
                name = self.en_name(e, old)
            elif r < 0.6 and e.kind == K_FDI and e.fs and rng.random() < 0.2:
                name = f"{e.fs} / {self.en_name(e, old)}"
            elif rng.random() < 0.12:
                name = self.vn_name(parts, -1, rng.choice((0, 2)))
            else:
                name = self.vn_name(parts, rng.choice((0, 0, 2, 3)), rng.choice((0, 1)))
            if unit is not None:
                name = self.unit_name(e, unit, name)
            code = e.tax if unit is None or len(unit[4]) == 5 else unit[4]
            tax = self.fmt_tax(code, 0.04, 0.12) if rng.random() < 0.9 else self.no_tax(0.3)
        r = rng.random()
        if r < 0.2:
            name = strip_marks(name)
        elif r < 0.25:
            name = unicodedata.normalize("NFD", name)
        elif r < 0.32:
            name = name.lower()
        elif r < 0.36:
            name = name.upper()
        elif r < 0.37:
            name = telex_residue(name)
        elif r < 0.43:
            name = tone_swap(name)
        name = self.mess(name, 0.05, 0.06)
        if e.hq is not None and unit is None:
            addr = self.hq_address(e, 0.3)
        else:
            addr = self.address(loc, _P_ERA_OLD[src], self._AB_CLERK, 0.3, 0.85)
        if rng.random() < 0.2:
            addr = strip_marks(addr)
        ph = (unit[5],) if unit is not None and unit[5] else e.phones
        phone = self.phones_cell(ph, self._PH_WEB, 0.15) if rng.random() < 0.9 else ""
        return name, tax, addr, phone

    def r_vnd(self, e, src):
        """Approved-vendor list exported from an FDI buyer's ERP: English, no diacritics, VAT no."""
        rng = self.rng
        unit, old = self.view(e, src)
        loc = self.pick_loc(e, unit, old)
        if self.is_household_view(e, old):
            name = strip_marks(self.hkd_name(e, rng.choice((1, 2, 4)))).upper()
            tax = self.hkd_tax(e, 0.6, 0.3, 0.0)
        else:
            parts = self.base_parts(e, old)
            r = rng.random()
            if r < 0.45 and e.en:
                name = self.en_name(e, old).upper()
            elif r < 0.75:
                name = strip_marks(self.vn_name(parts, rng.choice((0, 2, 3)), rng.choice((0, 1)))).upper()
            elif r < 0.87 or not e.fs:
                name = self.vn_name(parts, 0, 0)
            else:
                name = e.fs
            if unit is not None and rng.random() < 0.3:
                name += f" - {strip_marks(unit[3]).upper()} BRANCH"
            r = rng.random()
            code = e.tax if unit is None or len(unit[4]) == 5 or rng.random() < 0.5 else unit[4]
            if r < 0.75:
                tax = self.fmt_tax(code, 0.01)
            elif r < 0.9:
                tax = rng.choice(("VAT: ", "VAT ", "MST ", "Tax ID: ")) + code
            else:
                tax = ""
        if e.hq is not None and unit is None:
            addr = strip_marks(self.hq_address(e, 0.5))
        else:
            a = rng.random()
            if a < 0.5:
                addr = self.address(loc, _P_ERA_OLD[src], self._AB_SHORT, english=True)
            elif a < 0.85:
                addr = strip_marks(self.address(loc, _P_ERA_OLD[src], self._AB_SHORT, 0.1))
            else:
                addr = self.address(loc, _P_ERA_OLD[src], self._AB_REG, 0.1)
            if rng.random() < 0.3:
                addr = addr.upper()
        phone = self.phones_cell(e.phones, self._PH_INTL, 0.2) if rng.random() < 0.7 else ""
        return self.mess(name, 0.005, 0.02), tax, addr, phone


# ===========================================================================
# Public API
# ===========================================================================


def records(n: int, seed: int = 0) -> list[dict]:
    """Return exactly n labelled synthetic rows (shuffled, deterministic for (n, seed))."""
    if n <= 0:
        return []
    was = gc.isenabled()
    gc.disable()
    try:
        g = _Gen(n, seed)
        rows = g.run()
        rng = g.rng
        rnd = rng.random
        for i in range(len(rows) - 1, 0, -1):
            j = int(rnd() * (i + 1))
            rows[i], rows[j] = rows[j], rows[i]
        width = max(6, len(str(n)))
        counters = [0] * len(SOURCES)
        for r in rows:
            s = r["id"]
            counters[s] += 1
            r["id"] = f"{SOURCES[s]}-{counters[s]:0{width}d}"
        return rows
    finally:
        if was:
            gc.enable()


def stats(rows):
    """Shape statistics (the figures quoted in the module docstring)."""
    n = len(rows)
    groups = Counter(r["truth"] for r in rows)
    sizes = Counter(groups.values())
    ent = len(groups)
    buckets = (("1", 1, 1), ("2", 2, 2), ("3", 3, 3), ("4", 4, 4), ("5", 5, 5), ("6-10", 6, 10),
               ("11-20", 11, 20), ("21-50", 21, 50), ("51+", 51, 10 ** 9))
    hist = {}
    for label, lo, hi in buckets:
        hist[label] = sum(c for s, c in sizes.items() if lo <= s <= hi)
    src = Counter(r["id"].split("-")[0] for r in rows)
    return {
        "rows": n,
        "entities": ent,
        "rows_per_entity": round(n / ent, 3) if ent else 0.0,
        "entity_size_histogram": hist,
        "singleton_entity_share": round(sizes.get(1, 0) / ent, 4) if ent else 0.0,
        "max_group": max(groups.values()) if groups else 0,
        "share_tax_code": round(sum(1 for r in rows if r["tax_code"]) / n, 4) if n else 0.0,
        "share_valid_tax_code": round(sum(1 for r in rows if tax_code_valid(r["tax_code"])) / n, 4) if n else 0.0,
        "share_phone": round(sum(1 for r in rows if r["phone"]) / n, 4) if n else 0.0,
        "share_address": round(sum(1 for r in rows if r["address"]) / n, 4) if n else 0.0,
        "source_share": {s: round(src.get(s, 0) / n, 4) for s in SOURCES} if n else {},
    }


def _peak_rss_mb():
    try:
        import resource

        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    except Exception:  # pragma: no cover - non-Unix
        return None


def main(argv=None):
    ap = argparse.ArgumentParser(description="Synthetic entity-resolution rows for the new Đồng Tháp (ALL DATA IS SYNTHETIC).")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, metavar="K", help="print K random rows")
    ap.add_argument("--group", metavar="G", help="print all rows of truth group G (a truth label, a row id, or 'max')")
    ap.add_argument("--json", action="store_true", help="print statistics as JSON")
    ap.add_argument("--dump", metavar="PATH", help="write all rows as JSON lines")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = records(a.n, a.seed)
    dt = time.perf_counter() - t0
    st = stats(rows)
    st["seconds"] = round(dt, 2)
    st["peak_rss_mb"] = _peak_rss_mb()
    if a.json:
        print(json.dumps(st, ensure_ascii=False, indent=2))
    elif not a.show and not a.group and not a.dump:
        for k, v in st.items():
            print(f"{k}: {v}")
    if a.show:
        rng = random.Random(a.seed + 1)
        for r in rng.sample(rows, min(a.show, len(rows))):
            print(json.dumps(r, ensure_ascii=False))
    if a.group:
        g = a.group
        if g == "max":
            g = Counter(r["truth"] for r in rows).most_common(1)[0][0]
        else:
            by_id = next((r for r in rows if r["id"] == g), None)
            if by_id is not None:
                g = by_id["truth"]
        for r in rows:
            if r["truth"] == g:
                print(json.dumps(r, ensure_ascii=False))
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False))
                f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
