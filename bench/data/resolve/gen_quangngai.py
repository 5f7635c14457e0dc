"""ALL DATA IS SYNTHETIC. No record describes a real enterprise, household, cooperative, person, tax code,
ID number or phone number: names, codes and numbers are drawn at random (tax codes carry a valid check digit
and phones follow the real numbering plans, so a collision with a real one is possible and coincidental).
Brand cores that would read as well-known real companies are blocked (see BLOCKED).

Labelled test data for entity resolution (deduplicating enterprise records), new Quảng Ngãi province, 2025.

Scenario
--------
On 1 July 2025 old Quảng Ngãi and old Kon Tum merged into the new Quảng Ngãi province (two-level local
government: districts abolished, communes/wards merged and renamed; e.g. xã Bình Thuận/Bình Trị/Bình Đông of
huyện Bình Sơn -> xã Vạn Tường, the Kon Tum city wards -> phường Kon Tum / Đăk Cấm / Đăk Bla). The new
Department of Industry and Trade (Sở Công Thương) builds one register of supporting-industry (CNHT) and
processing enterprises: Dung Quất economic zone (east/west industrial parks, the refinery and steel/heavy-
industry anchors and the mechanical, steel-structure, erection, welding, blasting/painting, scaffolding,
crane, industrial-gas, manpower, logistics and maintenance contractors around them), VSIP Quảng Ngãi and
KCN Tịnh Phong (Korean/Taiwanese/Japanese/Singaporean/Chinese light industry: garments, footwear, packaging,
beverages), KCN Quảng Phú (seafood, food, sugar), KCN Phổ Phong and the Sa Huỳnh cluster, the CCNs, and in
the former Kon Tum KCN Hòa Bình, KCN Sao Mai, the Bờ Y border-gate economic zone (trade with Laos/Cambodia),
wood/furniture, cassava starch, rubber, coffee and medicinal-herb (sâm Ngọc Linh) processors, cooperatives
and household businesses, many with ethnic-minority owners (Xơ Đăng / Ba Na "A Thút", "Y Hiên"; Gia Rai
"Ksor ...", "Siu H'Lan"; Hrê / Cor "Đinh Văn ...", "Hồ Thị ..."). The officer received Excel lists from
eleven sources and must keep one record per real enterprise.

Sources (id prefix, share of rows at n=100,000 seed 0, habits)
--------------------------------------------------------------
THUE  19.3%  Tax-authority extract (active taxpayers). Registered names, ~55% in upper case; clean codes,
             dependent units listed under their own 13-character "-NNN" code; about half the addresses
             already rewritten to the post-merger commune, some half-updated; the phone is often that of
             the accounting/tax-agent service that filed for the firm. Households appear under the owner's
             name ("HỘ KINH DOANH NGUYỄN VĂN A", or the bare name) with the owner's 12-digit CCCD (the
             personal tax number since 7/2025) or an old personal tax code.
KKT    5.3%  Economic-zone / industrial-park management board, investor and project list. Park tenants
             only (plus outside contractors' project sites). Vietnamese registered names, FDI sometimes with
             the English or native-script name in brackets; the tax column often holds the project code or
             the old investment-certificate number ("GCNĐKĐT số ...", "MST: ...; MSDA: ..."); addresses
             often just "Lô B2, KCN phía Đông Dung Quất".
VSIP   0.8%  VSIP Quảng Ngãi tenant list in English ("Shintae Textile Vina Co., Ltd", "Lot E5-6, VSIP Quang
             Ngai Industrial Park, Tinh Phong Commune, Son Tinh District"), +84 phones, some native-script.
SCTQ  12.0%  Old Quảng Ngãi DOIT lists 2016-2024 (CNHT surveys, CCN tenants): clerk abbreviations (Cty TNHH,
             CTCP, TNHH 1TV, TM&DV, XD, KCT), old names with "(nay là ...)", "(GĐ: ...)", "(tạm ngừng KD)",
             pre-merger addresses in short forms ("Lô A5-1 - KCN P.Đông DQ - Bình Sơn - QNgãi"), several
             phones per cell, pre-2017 area codes and pre-2018 11-digit mobiles, Excel-damaged codes.
SCTK   4.9%  Old Kon Tum DOIT lists: the same habits, plus ~24% of rows in TCVN3 (ABC) and ~8% in VNI
             legacy encoding read as Unicode ("C«ng ty TNHH", "Coâng ty TNHH").
TKE   12.5%  Statistics enterprise survey: ~38% of rows upper-case ASCII without diacritics, codes typed into
             number cells (".0", "4,318,225,919", lost leading zero, scientific notation for 12-13 digits).
HQ     4.2%  Customs import/export list: ASCII upper case, English registered names ("... JSC",
             "... CO., LTD"), clean codes (branches often as 13 digits without the dash), few phones.
BHXH  12.4%  Social-insurance employers: branches and site offices pay separately, so many unit rows;
             the tax column sometimes holds the BHXH unit code ("TA1560N"); fixed-width names cut at 80.
NN    13.2%  Khuyến công / agriculture / OCOP lists: households ("Hộ ông ...", "Cơ sở chế biến tinh bột sắn
             ...", "HKD ..."), cooperatives ("HTX NN Bình Minh"), small processors; village-level addresses,
             owners' mobiles (old 11-digit numbers too), tax column mostly empty or a CCCD / old CMND.
WEB    9.6%  Self-registration web form: lower case, no diacritics, NFD-decomposed text, typos, stray spaces,
             English or Korean/Japanese/Chinese names typed by FDI staff, +84 phones, e-mail in the phone box.
NCC    5.8%  Approved-vendor list of a Korean-owned Dung Quất heavy-industry anchor: English upper-case names,
             hangul for Korean vendors ("(주)삼금테크비나"), head-office addresses of outside contractors,
             sales-representative mobiles.

Realistic variation
-------------------
Legal forms in every spelling (Công ty TNHH / Cty TNHH / C.ty TNHH / TNHH MTV / 1TV / Công ty trách nhiệm
hữu hạn một thành viên / Co., Ltd / One Member Co., Ltd / Công ty Cổ phần / CTCP / JSC / Corp. / DNTN /
Doanh nghiệp tư nhân / Private Enterprise / HTX / H.T.X / Hộ kinh doanh / HKD), form left out or put in
brackets after the name; sector words abbreviated (Thương mại và Dịch vụ -> TM&DV); diacritics stripped,
upper/lower case, old tone placement (Hoà, Thuỷ), NFD text, TCVN3/VNI, typos; "X Vina" / "X Việt Nam" /
"X Vietnam" / "X VN", Sino-Vietnamese readings of Chinese brands (Hsin Yuan = Tân Nguyên), hangul, kanji,
hanzi (traditional for Taiwanese, simplified for mainland firms), Wade-Giles vs pinyin; old and new names
after renaming or TNHH -> CP conversion; branch, factory, representative-office, site-office and warehouse
names built around the parent name ("Chi nhánh ... tại Dung Quất", "Nhà máy ... - Chi nhánh Công ty ...",
"Ban điều hành dự án ... - Cty CP ...", "CN ... tại Kon Tum"); addresses before and after the merger (old
commune + district + province, new commune + "tỉnh Quảng Ngãi", half-updated mixtures such as "xã Vạn
Tường, huyện Bình Sơn", "phường Kon Tum, tỉnh Kon Tum", "xã Bình Trị (nay là xã Vạn Tường)"), park lots
("Lô C2-6, KKT DQ", "Số 27 đường VSIP 1"), kiệt/hẻm numbers, villages (thôn, làng Kon Klor), km posts on
national roads, English addresses, outside head offices with pre/post-2025 wards (Vũng Tàu now in HCMC,
Quy Nhơn now in Gia Lai); relocations; a cell with a line break; empty cells.

Hard negatives (different truth, similar records)
-------------------------------------------------
* namesakes: the same brand and sector registered separately in old Quảng Ngãi and old Kon Tum (names were
  only unique within a province), often with the very same legal form; and, naturally, common cores
  ("Minh Phát"), common owner names and common household business names in other communes;
* sister firms of one owner: same core with another sector or suffix ("... 2", "... Group", "... Dung
  Quất"), same address (often) and main phone (often), tax codes registered days apart (close serials);
* parent vs subsidiary: an outside or FDI parent and its locally registered TNHH MTV "... Dung Quất" /
  "... Miền Trung" subsidiary, frequently at the parent's site office address;
* one foreign brand, two legal entities in two parks ("X Vina" in VSIP, "X Dung Quất" in the EZ);
* accounting / tax-agent phones shared by many small firms (pool grows with n), "virtual office"
  addresses shared by several firms; cooperatives named after the commune like their neighbours.

Truth rule (what counts as one real enterprise)
-----------------------------------------------
1. One label per legal person identified by a 10-digit enterprise/cooperative tax code (MST). Everything
   registered under that code is the same entity: branches (13-character "-NNN" codes), factories
   registered as branches, representative offices, contractors' site offices and project boards (Ban điều
   hành / Ban chỉ huy công trường), business locations and warehouses (no own code) -- also when the head
   office is outside the province. A row describing only the branch (its name, address, phone, -NNN code)
   carries the parent's label.
2. Same code over time, same entity: renaming, TNHH -> CP conversion, relocation, pre- and post-merger
   addresses, old and new phone numbers.
3. A household business (hộ kinh doanh, no enterprise code) is one entity per owner and premises. A
   household that was converted into a company carries the company's label: its household rows (owner's
   name, CCCD, the household premises) are the history of the same business.
4. Different legal persons are different entities however closely related: subsidiary vs parent, sister
   firms, the same foreign brand's companies in two parks, namesakes, a cooperative vs its members.

Codes and phones
----------------
MST: 10 digits, N10 = 10 - (sum of N1..N9 weighted 31,29,23,19,17,13,7,5,3 mod 11), redrawn when that is 10;
prefixes 430/431 (old Quảng Ngãi), 610/611 (old Kon Tum), outside head offices 010x Hà Nội, 030/031 HCMC,
040 Đà Nẵng, 350 Bà Rịa-Vũng Tàu, 020 Hải Phòng, 400 Quảng Nam, 410 Bình Định, 590 Gia Lai, 280 Thanh Hóa,
360 Đồng Nai, 370 Bình Dương; dependent units "<parent>-001".."-004". valid_mst() accepts 10 digits with the
right check digit, optionally followed by "-NNN". A single wrong digit or a swap of two different
adjacent digits among the first nine always fails the check (the weights differ pairwise by non-multiples
of 11). Households: CCCD (birthplace 051 Quảng Ngãi / 062 Kon Tum / others), old personal tax codes (8x,
valid check digit), old 9-digit CMND (212/233). Excel damage: lost leading zero, ".0", "4.30254E+12",
"5.1089E+10", thousands separators, leading apostrophe, spaced or dotted digits, branch suffix as "001",
"-01", "/001", " - 001".
Phones: mobiles 09x/08x/07x/05x/03x, written with the pre-2018 11-digit prefix (0168..., 0123..., 0186...) in
old lists; landlines 0255 (Quảng Ngãi) / 0260 (Kon Tum) + 7 digits, pre-2017 055 / 060, outside 024/028 + 8
digits, 0236, 0254, ...; spaces, dots, dashes, brackets, +84 / 84 forms, lost leading zero, local number
without area code, several numbers per cell with " - ", " / ", "; ", newline, " hoặc ", labels (ĐT:, DĐ:,
Fax:, Hotline:) and contact persons ("(anh Hùng)").

Measured shape (n=100,000, seed 0; python gen_quangngai.py 100000 --json)
-------------------------------------------------------------------------
entities 45,553; 2.195 records per entity; singleton share 45.37% of entities; largest group 58.
Records per entity: 1: 20,666 | 2: 13,793 | 3: 5,806 | 4: 2,193 | 5-9: 2,418 | 10-19: 545 | 20-39: 121 |
40+: 11 entities.
Share of rows with a name 99.71%, a tax-code cell 74.84%, a valid code (valid_mst) 53.50%, a phone 72.94%,
an address 95.09%.
Entity classes (fresh draws): local Quảng Ngãi firms 31%, Kon Tum firms 13.5%, Dung Quất contractors 9%,
outside head offices with local units 5.5%, FDI 5%, cooperatives 5%, households 31%, plus related firms
(sisters, namesakes, subsidiaries, second brand entities) drawn next to their relative. Name pools, house
and lot numbers widen with sqrt(n / 100,000), so a larger n does not pile more firms onto the same names.

n = 1,000,000 (2-core development machine, CPython 3.11): records() 19-25 s (CLI wall time including the
statistics 23-31 s), peak RSS 0.92 GB.

Usage
-----
    from gen_quangngai import records
    rows = records(100_000, seed=0)   # list of dicts: id, name, tax_code, address, phone, truth

    python gen_quangngai.py N [--seed S] [--show K] [--group G] [--json] [--dump out.jsonl]
        --show K   print K random rows        --group G  print every row of truth group G (or of row id G)
        --json     statistics as JSON          --dump F   write all rows as JSON lines
"""

from __future__ import annotations

import argparse
import bisect
import gc
import json
import random
import re
import sys
import time
import unicodedata

# ============================================================================ sources and classes

SOURCES = ("THUE", "KKT", "VSIP", "SCTQ", "SCTK", "TKE", "HQ", "BHXH", "NN", "WEB", "NCC")
S_THUE, S_KKT, S_VSIP, S_SCTQ, S_SCTK, S_TKE, S_HQ, S_BHXH, S_NN, S_WEB, S_NCC = range(11)

# entity classes
C_QN, C_KT, C_DQ, C_OUT, C_FDI, C_HTX, C_HKD = range(7)
CLASS_NAMES = ("QN_SME", "KT_SME", "DQ_CONTRACTOR", "OUTSIDE_HQ", "FDI", "COOPERATIVE", "HOUSEHOLD")
# share of entities per class (fresh draws; related entities follow their parent's class)
CLASS_CUM = (0.310, 0.445, 0.535, 0.590, 0.640, 0.690, 1.0)
# (probability of a singleton, Pareto tail index, Pareto scale, largest group) of an entity's records
SIZE_LAW = ((0.46, 1.85, 1.28, 24), (0.48, 1.85, 1.25, 20), (0.30, 1.65, 1.40, 40), (0.22, 1.55, 1.50, 58),
            (0.16, 1.50, 1.70, 58), (0.44, 2.00, 1.20, 12), (0.60, 2.30, 1.10, 8))
# a source already drawn for an entity is less likely to be drawn again (its lists overlap less than
# lists of different agencies do)
REPEAT_DECAY = 0.55

# legal forms
F_TNHH, F_MTV, F_CP, F_DNTN, F_HTX, F_HKD = range(6)

# ============================================================================ text transforms

_VN_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VN_UPPER = _VN_LOWER.upper()


def _strip_table() -> dict[int, str]:
    t = {}
    for ch in _VN_LOWER + _VN_UPPER:
        t[ord(ch)] = unicodedata.normalize("NFD", ch)[0]
    t[ord("đ")] = "d"
    t[ord("Đ")] = "D"
    return t


_STRIP = _strip_table()

# TCVN3 (ABC) codes for the lower-case letters, in the order of _VN_LOWER
_TCVN3_LOWER = (
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî"
    "ïóñòô" "\u00adõøö÷ù" "úýûüþ" "®"
)


def _tcvn3_table() -> dict[int, str]:
    t = {ord(a): b for a, b in zip(_VN_LOWER, _TCVN3_LOWER, strict=True)}
    # upper-case letters: the .VnTimeH habit -- toned capitals use the lower-case codes,
    # only the seven base letters have their own capital codes
    for a, b in zip(_VN_UPPER, _TCVN3_LOWER, strict=True):
        t[ord(a)] = b
    for a, b in zip("ĂÂÊÔƠƯĐ", "¡¢£¤¥¦§", strict=True):
        t[ord(a)] = b
    return t


_TCVN3 = _tcvn3_table()


def _vni_table() -> dict[int, str]:
    tone_lo = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
    tone_up = {"\u0301": "Ù", "\u0300": "Ø", "\u0309": "Û", "\u0303": "Õ", "\u0323": "Ï"}
    circ_lo = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
    circ_up = {"": "Â", "\u0301": "Á", "\u0300": "À", "\u0309": "Å", "\u0303": "Ã", "\u0323": "Ä"}
    brev_lo = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
    brev_up = {"": "Ê", "\u0301": "É", "\u0300": "È", "\u0309": "Ú", "\u0303": "Ü", "\u0323": "Ë"}
    i_lo = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
    i_up = {"\u0301": "Í", "\u0300": "Ì", "\u0309": "Æ", "\u0303": "Ó", "\u0323": "Ò"}
    t = {ord("đ"): "ñ", ord("Đ"): "Ñ"}
    for ch in _VN_LOWER[:-1] + _VN_UPPER[:-1]:
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        up = base.isupper()
        shape = ""
        tone = ""
        for m in marks:
            if m in "\u0306\u0302\u031b":
                shape = m
            else:
                tone = m
        if base in "iI" and tone:
            t[ord(ch)] = (i_up if up else i_lo)[tone]
            continue
        if base in "yY" and tone == "\u0323":
            t[ord(ch)] = "Î" if up else "î"
            continue
        if shape == "\u0302":
            t[ord(ch)] = base + (circ_up if up else circ_lo)[tone]
        elif shape == "\u0306":
            t[ord(ch)] = base + (brev_up if up else brev_lo)[tone]
        elif shape == "\u031b":
            h = ("Ô" if base == "O" else "Ö") if up else ("ô" if base == "o" else "ö")
            t[ord(ch)] = h + ((tone_up if up else tone_lo)[tone] if tone else "")
        else:
            t[ord(ch)] = base + (tone_up if up else tone_lo)[tone]
    return t


_VNI = _vni_table()

_OLD_TONE = (
    ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
    ("òe", "oè"), ("óe", "oé"), ("ủy", "uỷ"), ("úy", "uý"), ("ùy", "uỳ"), ("ụy", "uỵ"), ("ũy", "uỹ"),
)


def _old_tone(s: str) -> str:
    """Old-style tone placement (Hoà, Thuỷ) as typed by older keyboards/fonts."""
    for a, b in _OLD_TONE:
        if a in s:
            s = s.replace(a, b)
    return s


def _ascii(s: str) -> str:
    return s.translate(_STRIP)


def _tcvn3(s: str) -> str:
    return s.translate(_TCVN3)


def _vni(s: str) -> str:
    return s.translate(_VNI)


_NEIGH = "qwertyuiopasdfghjklzxcvbnm"
_TONE_SLIP = {"á": "à", "à": "á", "ả": "ã", "ã": "ả", "ạ": "a", "ấ": "ầ", "ầ": "ấ", "ậ": "â", "ắ": "ằ",
              "ế": "ề", "ề": "ế", "ệ": "ê", "í": "ì", "ị": "i", "ó": "ò", "ò": "ó", "ọ": "o", "ố": "ồ",
              "ồ": "ố", "ộ": "ô", "ớ": "ờ", "ờ": "ớ", "ợ": "ơ", "ú": "ù", "ù": "ú", "ụ": "u", "ứ": "ừ",
              "ừ": "ứ", "ự": "ư", "ý": "ỳ", "ỹ": "ý", "đ": "d", "ư": "u", "ơ": "o", "ă": "a", "â": "a",
              "ê": "e", "ô": "o"}


def _typo(rng: _Rng, s: str) -> str:
    n = len(s)
    if n < 4:
        return s
    i = 1 + int(rng.random() * (n - 2))
    u = rng.random()
    c = s[i]
    if u < 0.22:  # dropped letter
        return s[:i] + s[i + 1:]
    if u < 0.36:  # doubled letter
        return s[:i] + c + s[i:]
    if u < 0.54:  # swapped letters
        return s[:i - 1] + c + s[i - 1] + s[i + 1:]
    if u < 0.80:  # wrong tone / lost hat somewhere in the string
        for j in range(i, n):
            r = _TONE_SLIP.get(s[j])
            if r is not None:
                return s[:j] + r + s[j + 1:]
        return s
    if u < 0.90:  # neighbouring key
        if c.isalpha() and c.isascii():
            k = _NEIGH.find(c.lower())
            if k >= 0:
                return s[:i] + _NEIGH[(k + 1) % 26] + s[i + 1:]
        return s[:i] + s[i + 1:]
    if c == " ":  # lost space
        return s[:i] + s[i + 1:]
    return s[:i] + " " + s[i:]  # stray space


# ============================================================================ RNG


class _Rng(random.Random):
    """random.Random (C Mersenne Twister) with cheap helpers built on random()."""

    variety = 1.0  # set per call of records(): name-pool width relative to n = 100,000
    p_long = 0.12  # share of four-word person names / three-syllable brand cores

    def pick(self, seq):
        return seq[int(self.random() * len(seq))]

    def skew(self, seq, power: float = 1.8):
        """Pick favouring the front of seq (lists are ordered most-common first)."""
        return seq[int(len(seq) * self.random() ** power)]

    def digits(self, k: int) -> str:
        return str(int(self.random() * 10 ** k)).zfill(k)

    def wpick(self, cum):
        """Index drawn from a cumulative weight list."""
        return bisect.bisect_right(cum, self.random() * cum[-1])


def _cum(weights) -> list[float]:
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


# ============================================================================ tax codes and other identifiers

_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _check_digit(d9: str) -> int:
    """Vietnamese MST check digit for 9 digits, -1 when the rule gives 10 (such numbers are not issued)."""
    s = 0
    for c, w in zip(d9, _W, strict=True):
        s += (ord(c) - 48) * w
    c = 10 - s % 11
    return c if c < 10 else -1


_MST_RE = re.compile(r"^(\d{10})(-\d{3})?$")


def valid_mst(s: str) -> bool:
    """True when s (stripped) is 10 digits, optionally '-NNN', and the check digit is right."""
    m = _MST_RE.match(s.strip())
    if not m:
        return False
    d = m.group(1)
    return _check_digit(d[:9]) == ord(d[9]) - 48


def _mst(rng: _Rng, prefix: str, used: set) -> str:
    k = 9 - len(prefix)
    while True:
        d9 = prefix + rng.digits(k)
        c = _check_digit(d9)
        if c < 0:
            continue
        m = d9 + chr(48 + c)
        if m not in used:
            used.add(m)
            return m


def _near_mst(rng: _Rng, m: str, used: set) -> str:
    """A code registered a few days later by the same people: same prefix, close serial."""
    base = int(m[:9])
    for _ in range(60):
        d9 = str(base + 1 + int(rng.random() * 40)).zfill(9)
        c = _check_digit(d9)
        if c >= 0 and d9 + chr(48 + c) not in used:
            used.add(d9 + chr(48 + c))
            return d9 + chr(48 + c)
    return _mst(rng, m[:3], used)


_CCCD_PROV = ("051", "051", "051", "062", "062", "049", "052", "064", "048", "038")


def _cccd(rng: _Rng, region: int, female: bool) -> str:
    if region == 1:
        p = "062" if rng.random() < 0.85 else rng.pick(_CCCD_PROV)
    else:
        p = "051" if rng.random() < 0.85 else rng.pick(_CCCD_PROV)
    yy = 55 + int(rng.random() * 50)
    cent = 0 if yy < 100 else 2
    g = cent + (1 if female else 0)
    return f"{p}{g}{yy % 100:02d}{rng.digits(6)}"


def _personal_mst(rng: _Rng, used: set) -> str:
    return _mst(rng, rng.pick(("80", "81", "83", "84", "85", "86")), used)


def _cmnd(rng: _Rng, region: int) -> str:
    return ("233" if region == 1 else "212") + rng.digits(6)


def _project_code(rng: _Rng) -> str:
    u = rng.random()
    if u < 0.6:  # 10-digit project code (Investment Law 2020)
        return rng.pick(("21", "54", "77", "86")) + rng.digits(8)
    if u < 0.85:  # old 12-digit investment certificate number
        return "3410" + rng.pick(("43", "22", "23")) + "000" + rng.digits(3)
    return "34" + rng.pick(("1", "2")) + rng.digits(9)


def _bhxh_code(rng: _Rng) -> str:
    return rng.pick(("TA", "TB", "TC", "YN", "YK", "KT", "QN")) + rng.digits(4) + rng.pick("ABCDEFGHKLMNZ")


# ============================================================================ phones

_MOBILE_PREFIX = ("090", "093", "089", "091", "094", "088", "086", "096", "097", "098", "032", "033", "034",
                  "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083",
                  "084", "085", "056", "058", "059", "090", "091", "098", "097", "035", "039", "090", "094")
_OLD_MOBILE = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
               "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
               "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
               "056": "0186", "058": "0188", "059": "0199"}
_OLD_AREA = {"0255": "055", "0260": "060", "024": "04", "028": "08", "0236": "0511", "0254": "064",
             "0225": "031", "0235": "0510", "0256": "056", "0269": "059", "0237": "037", "0251": "061",
             "0274": "0650"}


def _mobile(rng: _Rng) -> str:
    return rng.pick(_MOBILE_PREFIX) + rng.digits(7)


def _landline(rng: _Rng, area: str) -> str:
    if area in ("024", "028"):
        return area + rng.pick(("3", "3", "6", "2")) + rng.digits(7)
    if area == "0255":
        return area + rng.pick(("3822", "3818", "3610", "3611", "3825", "3713", "6250", "2210", "3858")) + rng.digits(3)
    if area == "0260":
        return area + rng.pick(("3862", "3864", "3913", "3866", "2210", "3831", "3501")) + rng.digits(3)
    return area + rng.pick(("3", "3", "6", "2")) + rng.digits(6)


def _split_land(p: str) -> tuple[str, str]:
    k = 3 if p[:3] in ("024", "028") else 4
    return p[:k], p[k:]


def _old_number(p: str) -> str:
    """The same number as written before the 2017-2018 renumbering."""
    if p[:2] == "02":
        a, loc = _split_land(p)
        o = _OLD_AREA.get(a)
        return o + loc if o else p
    o = _OLD_MOBILE.get(p[:3])
    return o + p[3:] if o else p


def _fmt_land(rng: _Rng, a: str, loc: str, mode: int) -> str:
    if mode == 3:
        return (a + loc)[1:] if rng.random() < 0.7 else a + loc
    if mode == 2:
        return f"+84 {a[1:]} {loc[:-4]} {loc[-4:]}" if rng.random() < 0.7 else f"+84{a[1:]}{loc}"
    u = rng.random()
    if mode == 0:
        if u < 0.6:
            return a + loc
        return f"{a} {loc}" if u < 0.85 else f"{a}.{loc}"
    if u < 0.25:
        return a + loc
    if u < 0.45:
        return f"{a} {loc}"
    if u < 0.6:
        return f"{a}.{loc}"
    if u < 0.72:
        return f"({a}) {loc[:-4]} {loc[-4:]}"
    if u < 0.82:
        return f"{a}-{loc}"
    if u < 0.9:
        return f"{a}.{loc[:-3]}.{loc[-3:]}"
    if u < 0.96:
        return loc  # local number without the area code
    return (a + loc)[1:]


def _fmt_mob(rng: _Rng, p: str, mode: int) -> str:
    if mode == 3:
        return p[1:] if rng.random() < 0.7 else p
    if mode == 2:
        if rng.random() < 0.7:
            return f"+84 {p[1:4]} {p[4:7]} {p[7:]}"
        return "+84" + p[1:] if rng.random() < 0.6 else "84" + p[1:]
    u = rng.random()
    if mode == 0:
        if u < 0.72:
            return p
        return f"{p[:4]} {p[4:7]} {p[7:]}" if u < 0.9 else f"{p[:4]}.{p[4:7]}.{p[7:]}"
    if u < 0.3:
        return p
    if u < 0.52:
        return f"{p[:4]} {p[4:7]} {p[7:]}"
    if u < 0.66:
        return f"{p[:4]}.{p[4:7]}.{p[7:]}"
    if u < 0.72:
        return f"{p[:4]}-{p[4:7]}-{p[7:]}"
    if u < 0.8:
        return f"{p[:3]} {p[3:6]} {p[6:]}"
    if u < 0.86:
        return f"{p[:4]}.{p[4:]}"
    if u < 0.91:
        return f"{p[:4]} {p[4:]}"
    if u < 0.95:
        return "+84" + p[1:]
    return p[1:]


def _fmt_phone(rng: _Rng, p: str, mode: int, old: bool = False) -> str:
    """mode 0: official/plain, 1: clerk typing, 2: international, 3: numeric Excel cell.
    old: write the number as it was before the 2017 (area codes) / 2018 (11-digit mobiles) renumbering."""
    if p[:2] == "02":
        a, loc = _split_land(p)
        if old:
            a = _OLD_AREA.get(a, a)
        return _fmt_land(rng, a, loc, mode)
    if old:
        p = _old_number(p)
    return _fmt_mob(rng, p, mode)


_PHONE_JOIN = (" - ", " / ", "; ", ", ", " – ", "\n", " ; ", "/", " hoặc ", " & ")
_PHONE_WHO = (" (anh {g})", " (chị {g})", " (A.{g})", " (C.{g})", " (GĐ)", " (KT)", " (Kế toán)", " - {g}",
              " (Mr {g})", " (Ms {g})")


# ============================================================================ places

# old commune/ward, old district, old province (0 = Quảng Ngãi, 1 = Kon Tum), new commune/ward, tag, weight
# (old -> new follows the shape of the 2025 reorganisation; it is simplified and synthetic)
PLACES = (
    ("xã Bình Thuận", "huyện Bình Sơn", 0, "xã Vạn Tường", "DQ", 4),
    ("xã Bình Đông", "huyện Bình Sơn", 0, "xã Vạn Tường", "DQ", 3),
    ("xã Bình Trị", "huyện Bình Sơn", 0, "xã Vạn Tường", "DQ", 3),
    ("xã Bình Hải", "huyện Bình Sơn", 0, "xã Vạn Tường", "DQ", 2),
    ("xã Bình Phước", "huyện Bình Sơn", 0, "xã Vạn Tường", "DQ", 2),
    ("xã Bình Hòa", "huyện Bình Sơn", 0, "xã Vạn Tường", "DQ", 2),
    ("thị trấn Châu Ổ", "huyện Bình Sơn", 0, "xã Bình Sơn", "town", 4),
    ("xã Bình Chánh", "huyện Bình Sơn", 0, "xã Bình Sơn", "DQW", 2),
    ("xã Bình Long", "huyện Bình Sơn", 0, "xã Bình Sơn", "rural", 1),
    ("xã Bình Nguyên", "huyện Bình Sơn", 0, "xã Bình Sơn", "CCN", 2),
    ("xã Bình Trung", "huyện Bình Sơn", 0, "xã Bình Sơn", "rural", 1),
    ("xã Bình Hiệp", "huyện Bình Sơn", 0, "xã Đông Sơn", "rural", 1),
    ("xã Bình Châu", "huyện Bình Sơn", 0, "xã Đông Sơn", "coast", 1),
    ("xã Bình Thanh", "huyện Bình Sơn", 0, "xã Đông Sơn", "rural", 1),
    ("xã Bình Minh", "huyện Bình Sơn", 0, "xã Bình Minh", "rural", 1),
    ("xã Bình Mỹ", "huyện Bình Sơn", 0, "xã Bình Chương", "rural", 1),
    ("xã Tịnh Phong", "huyện Sơn Tịnh", 0, "xã Thọ Phong", "VSIP", 5),
    ("xã Tịnh Thọ", "huyện Sơn Tịnh", 0, "xã Thọ Phong", "rural", 1),
    ("xã Tịnh Hà", "huyện Sơn Tịnh", 0, "xã Sơn Tịnh", "rural", 1),
    ("xã Tịnh Sơn", "huyện Sơn Tịnh", 0, "xã Sơn Tịnh", "rural", 1),
    ("xã Tịnh Bắc", "huyện Sơn Tịnh", 0, "xã Ba Gia", "rural", 1),
    ("xã Tịnh Giang", "huyện Sơn Tịnh", 0, "xã Trường Giang", "rural", 1),
    ("xã Tịnh Kỳ", "thành phố Quảng Ngãi", 0, "xã Tịnh Khê", "coast", 1),
    ("xã Tịnh Khê", "thành phố Quảng Ngãi", 0, "xã Tịnh Khê", "coast", 1),
    ("xã Tịnh Ấn Tây", "thành phố Quảng Ngãi", 0, "phường Trương Quang Trọng", "CCN", 2),
    ("phường Trương Quang Trọng", "thành phố Quảng Ngãi", 0, "phường Trương Quang Trọng", "city", 3),
    ("xã Tịnh Ấn Đông", "thành phố Quảng Ngãi", 0, "phường Trương Quang Trọng", "city", 1),
    ("phường Lê Hồng Phong", "thành phố Quảng Ngãi", 0, "phường Cẩm Thành", "city", 4),
    ("phường Trần Phú", "thành phố Quảng Ngãi", 0, "phường Cẩm Thành", "city", 4),
    ("phường Nguyễn Nghiêm", "thành phố Quảng Ngãi", 0, "phường Cẩm Thành", "city", 3),
    ("phường Trần Hưng Đạo", "thành phố Quảng Ngãi", 0, "phường Cẩm Thành", "city", 2),
    ("phường Chánh Lộ", "thành phố Quảng Ngãi", 0, "phường Cẩm Thành", "city", 3),
    ("phường Nghĩa Lộ", "thành phố Quảng Ngãi", 0, "phường Nghĩa Lộ", "city", 3),
    ("phường Nghĩa Chánh", "thành phố Quảng Ngãi", 0, "phường Nghĩa Lộ", "city", 3),
    ("phường Quảng Phú", "thành phố Quảng Ngãi", 0, "phường Nghĩa Lộ", "QP", 4),
    ("xã Nghĩa Dõng", "thành phố Quảng Ngãi", 0, "xã An Phú", "rural", 1),
    ("xã Nghĩa Hà", "thành phố Quảng Ngãi", 0, "xã An Phú", "rural", 1),
    ("thị trấn La Hà", "huyện Tư Nghĩa", 0, "xã Tư Nghĩa", "CCN", 2),
    ("xã Nghĩa Kỳ", "huyện Tư Nghĩa", 0, "xã Tư Nghĩa", "rural", 1),
    ("xã Nghĩa Hòa", "huyện Tư Nghĩa", 0, "xã Vệ Giang", "rural", 1),
    ("thị trấn Chợ Chùa", "huyện Nghĩa Hành", 0, "xã Nghĩa Hành", "town", 1),
    ("xã Hành Minh", "huyện Nghĩa Hành", 0, "xã Đình Cương", "rural", 1),
    ("thị trấn Mộ Đức", "huyện Mộ Đức", 0, "xã Mộ Đức", "town", 1),
    ("xã Đức Chánh", "huyện Mộ Đức", 0, "xã Long Phụng", "rural", 1),
    ("phường Nguyễn Nghiêm", "thị xã Đức Phổ", 0, "phường Đức Phổ", "town", 2),
    ("xã Phổ Phong", "thị xã Đức Phổ", 0, "xã Nguyễn Nghiêm", "PP", 2),
    ("phường Phổ Thạnh", "thị xã Đức Phổ", 0, "phường Sa Huỳnh", "SH", 2),
    ("xã Phổ Khánh", "thị xã Đức Phổ", 0, "xã Khánh Cường", "coast", 1),
    ("thị trấn Di Lăng", "huyện Sơn Hà", 0, "xã Sơn Hà", "mount", 1),
    ("thị trấn Ba Tơ", "huyện Ba Tơ", 0, "xã Ba Tơ", "mount", 1),
    ("xã Long Hiệp", "huyện Minh Long", 0, "xã Minh Long", "mount", 1),
    ("thị trấn Trà Xuân", "huyện Trà Bồng", 0, "xã Trà Bồng", "mount", 1),
    ("xã Sơn Dung", "huyện Sơn Tây", 0, "xã Sơn Tây", "mount", 1),
    ("xã An Vĩnh", "huyện Lý Sơn", 0, "đặc khu Lý Sơn", "coast", 1),
    ("phường Quyết Thắng", "thành phố Kon Tum", 1, "phường Kon Tum", "city", 4),
    ("phường Thắng Lợi", "thành phố Kon Tum", 1, "phường Kon Tum", "city", 3),
    ("phường Thống Nhất", "thành phố Kon Tum", 1, "phường Kon Tum", "city", 3),
    ("phường Quang Trung", "thành phố Kon Tum", 1, "phường Kon Tum", "city", 2),
    ("phường Duy Tân", "thành phố Kon Tum", 1, "phường Kon Tum", "city", 2),
    ("phường Trường Chinh", "thành phố Kon Tum", 1, "phường Đăk Cấm", "city", 2),
    ("phường Ngô Mây", "thành phố Kon Tum", 1, "phường Đăk Cấm", "city", 2),
    ("phường Lê Lợi", "thành phố Kon Tum", 1, "phường Đăk Bla", "city", 2),
    ("phường Trần Hưng Đạo", "thành phố Kon Tum", 1, "phường Đăk Bla", "city", 2),
    ("xã Hòa Bình", "thành phố Kon Tum", 1, "phường Đăk Bla", "HB", 4),
    ("xã Đăk Cấm", "thành phố Kon Tum", 1, "phường Đăk Cấm", "rural", 1),
    ("xã Vinh Quang", "thành phố Kon Tum", 1, "xã Ngọk Bay", "rural", 1),
    ("xã Ia Chim", "thành phố Kon Tum", 1, "xã Ia Chim", "rural", 1),
    ("xã Đăk Rơ Wa", "thành phố Kon Tum", 1, "xã Đăk Rơ Wa", "rural", 1),
    ("thị trấn Đăk Hà", "huyện Đăk Hà", 1, "xã Đăk Hà", "town", 2),
    ("xã Đăk La", "huyện Đăk Hà", 1, "xã Đăk Hà", "CCN", 1),
    ("xã Đăk Hring", "huyện Đăk Hà", 1, "xã Đăk Mar", "rural", 1),
    ("thị trấn Đăk Tô", "huyện Đăk Tô", 1, "xã Đăk Tô", "SM", 3),
    ("xã Tân Cảnh", "huyện Đăk Tô", 1, "xã Đăk Tô", "rural", 1),
    ("thị trấn Plei Kần", "huyện Ngọc Hồi", 1, "xã Ngọc Hồi", "town", 2),
    ("xã Bờ Y", "huyện Ngọc Hồi", 1, "xã Bờ Y", "BY", 3),
    ("thị trấn Sa Thầy", "huyện Sa Thầy", 1, "xã Sa Thầy", "town", 1),
    ("xã Mô Rai", "huyện Sa Thầy", 1, "xã Mô Rai", "mount", 1),
    ("thị trấn Măng Đen", "huyện Kon Plông", 1, "xã Măng Đen", "mount", 1),
    ("xã Đăk Long", "huyện Kon Plông", 1, "xã Đăk Long", "mount", 1),
    ("thị trấn Đăk Rve", "huyện Kon Rẫy", 1, "xã Kon Rẫy", "mount", 1),
    ("xã Đăk Hà", "huyện Tu Mơ Rông", 1, "xã Tu Mơ Rông", "mount", 1),
    ("xã Ngọc Linh", "huyện Đăk Glei", 1, "xã Ngọc Linh", "mount", 1),
    ("thị trấn Đăk Glei", "huyện Đăk Glei", 1, "xã Đăk Glei", "mount", 1),
    ("xã Ia Tơi", "huyện Ia H'Drai", 1, "xã Ia Tơi", "mount", 1),
)
PROV_NAME = ("tỉnh Quảng Ngãi", "tỉnh Kon Tum")
PROV_SHORT = (("Quảng Ngãi", "Q.Ngãi", "QNgãi", "Tỉnh Quảng Ngãi", "T.Quảng Ngãi", "QN", "Quảng Ngãi"),
              ("Kon Tum", "KonTum", "T.Kon Tum", "Tỉnh Kon Tum", "KT", "Kon Tum", "Kontum"))
_TYPE_ABBR = {"xã": ("X.", "xã", "Xã", "x."), "phường": ("P.", "phường", "Phường", "P"),
              "thị trấn": ("TT.", "thị trấn", "TT", "Thị trấn"), "huyện": ("H.", "huyện", "Huyện", "h."),
              "thành phố": ("TP.", "TP", "Tp.", "Thành phố", "T.P"), "thị xã": ("TX.", "TX", "Thị xã"),
              "đặc khu": ("ĐK", "đặc khu", "Đặc khu")}
_TYPE_EN = {"xã": "Commune", "phường": "Ward", "thị trấn": "Town", "huyện": "District", "thành phố": "City",
            "thị xã": "Town", "đặc khu": "Special Zone"}


def _split_type(s: str) -> tuple[str, str]:
    for t in ("thị trấn", "thành phố", "thị xã", "đặc khu", "phường", "huyện", "xã"):
        if s.startswith(t + " "):
            return t, s[len(t) + 1:]
    return "", s


def _place_tables():
    rows = []
    for old_u, old_d, prov, new_u, tag, w in PLACES:
        tu, bu = _split_type(old_u)
        td, bd = _split_type(old_d)
        tn, bn = _split_type(new_u)
        rows.append({
            "old_u": old_u, "old_d": old_d, "prov": prov, "new_u": new_u, "tag": tag, "w": w,
            "tu": tu, "bu": bu, "td": td, "bd": bd, "tn": tn, "bn": bn,
            "u_en": f"{_ascii(bu)} {_TYPE_EN[tu]}", "d_en": f"{_ascii(bd)} {_TYPE_EN[td]}",
            "n_en": f"{_ascii(bn)} {_TYPE_EN[tn]}",
        })
    return rows


PL = _place_tables()

# parks: name, clerk variants, English, tag (must match place tags)
PARKS = (
    ("KCN phía Đông Dung Quất", ("KCN phía Đông Dung Quất", "KCN Đông Dung Quất", "Khu công nghiệp phía Đông Dung Quất",
                                 "KCN phía Đông - KKT Dung Quất", "KCN P.Đông DQ", "KCN phía Đông, KKT Dung Quất"),
     "Dung Quat East Industrial Park", "DQ"),
    ("KCN phía Tây Dung Quất", ("KCN phía Tây Dung Quất", "KCN Tây Dung Quất", "Khu công nghiệp phía Tây Dung Quất",
                                "KCN phía Tây - KKT Dung Quất"), "Dung Quat West Industrial Park", "DQW"),
    ("Khu kinh tế Dung Quất", ("KKT Dung Quất", "Khu KT Dung Quất", "KKT DQ", "Khu kinh tế Dung Quất",
                               "Khu Kinh tế Dung Quất"), "Dung Quat Economic Zone", "DQ"),
    ("KCN VSIP Quảng Ngãi", ("KCN VSIP Quảng Ngãi", "VSIP Quảng Ngãi", "KCN VSIP", "Khu công nghiệp VSIP Quảng Ngãi",
                             "KCN, ĐT và DV VSIP Quảng Ngãi", "KCN Việt Nam - Singapore Quảng Ngãi"),
     "VSIP Quang Ngai Industrial Park", "VSIP"),
    ("KCN Tịnh Phong", ("KCN Tịnh Phong", "Khu công nghiệp Tịnh Phong", "KCN T.Phong", "KCN Tịnh Phong"),
     "Tinh Phong Industrial Park", "VSIP"),
    ("KCN Quảng Phú", ("KCN Quảng Phú", "Khu công nghiệp Quảng Phú", "KCN Q.Phú", "KCN Quảng Phú"),
     "Quang Phu Industrial Park", "QP"),
    ("KCN Phổ Phong", ("KCN Phổ Phong", "Khu công nghiệp Phổ Phong", "KCN Phổ Phong - Đức Phổ"),
     "Pho Phong Industrial Park", "PP"),
    ("CCN Phổ Thạnh", ("CCN Phổ Thạnh", "Cụm công nghiệp Phổ Thạnh", "CCN Sa Huỳnh", "CCN-LN Phổ Thạnh"),
     "Pho Thanh Industrial Cluster", "SH"),
    ("KCN Hòa Bình", ("KCN Hòa Bình", "Khu công nghiệp Hòa Bình", "KCN Hoà Bình", "KCN Hòa Bình - Kon Tum",
                      "KCN Hòa Bình giai đoạn 2"), "Hoa Binh Industrial Park", "HB"),
    ("KCN Sao Mai", ("KCN Sao Mai", "Khu công nghiệp Sao Mai", "KCN Sao Mai - Đăk Tô"), "Sao Mai Industrial Park", "SM"),
    ("KKT cửa khẩu quốc tế Bờ Y", ("KKT cửa khẩu quốc tế Bờ Y", "KKT CKQT Bờ Y", "Khu KT cửa khẩu Bờ Y",
                                   "KKT cửa khẩu Bờ Y", "Khu kinh tế CKQT Bờ Y"),
     "Bo Y International Border Gate Economic Zone", "BY"),
    ("CCN Bình Nguyên", ("CCN Bình Nguyên", "Cụm CN Bình Nguyên", "Cụm công nghiệp Bình Nguyên"),
     "Binh Nguyen Industrial Cluster", "CCN"),
    ("CCN Tịnh Ấn Tây", ("CCN Tịnh Ấn Tây", "Cụm CN Tịnh Ấn Tây", "Cụm công nghiệp Tịnh Ấn Tây"),
     "Tinh An Tay Industrial Cluster", "CCN"),
    ("CCN La Hà", ("CCN La Hà", "Cụm công nghiệp La Hà", "CCN-LN La Hà"), "La Ha Industrial Cluster", "CCN"),
    ("CCN Đăk La", ("CCN Đăk La", "Cụm công nghiệp Đăk La", "CCN Đắk La"), "Dak La Industrial Cluster", "CCN"),
)
PARK_TAGS = ("DQ", "DQW", "VSIP", "QP", "PP", "SH", "HB", "SM", "BY")
EZ_TAGS = ("DQ", "DQW", "VSIP", "QP", "PP", "HB", "SM", "BY")  # on the management board's books


def _parks_for_place():
    out = []
    for row in PL:
        cand = []
        for i, p in enumerate(PARKS):
            if p[3] != row["tag"]:
                continue
            if row["tag"] == "CCN":
                if row["bu"] not in p[0] and not (row["bu"] == "La Hà" and "La Hà" in p[0]):
                    continue
            cand.append(i)
        out.append(tuple(cand))
    return out


PARKS_AT = _parks_for_place()

QN_STREETS = ("Quang Trung", "Hùng Vương", "Lê Lợi", "Phan Đình Phùng", "Nguyễn Nghiêm", "Trần Hưng Đạo",
              "Lê Trung Đình", "Bà Triệu", "Phạm Văn Đồng", "Nguyễn Văn Linh", "Lý Thường Kiệt", "Trường Chinh",
              "Hai Bà Trưng", "Lê Thánh Tôn", "Võ Nguyên Giáp", "Nguyễn Công Phương", "Trương Quang Giao",
              "Phan Bội Châu", "Nguyễn Du", "Chu Văn An", "Lê Duẩn", "Tôn Đức Thắng", "Nguyễn Tự Tân",
              "Hoàng Hoa Thám", "Nguyễn Chí Thanh", "Đinh Tiên Hoàng", "Lê Khiết", "Cách Mạng Tháng Tám",
              "Trần Quang Diệu", "Lê Hữu Trác", "Huỳnh Thúc Kháng", "Nguyễn Trãi", "Trần Cao Vân", "Ba Gia")
KT_STREETS = ("Phan Đình Phùng", "Trần Hưng Đạo", "Lê Hồng Phong", "Bà Triệu", "Ure", "Trần Phú", "Nguyễn Huệ",
              "Phan Chu Trinh", "Hùng Vương", "Duy Tân", "Đào Duy Từ", "Sư Vạn Hạnh", "Trường Chinh", "Bắc Kạn",
              "Đặng Thái Thân", "Lê Lợi", "Nguyễn Viết Xuân", "Hai Bà Trưng", "Phạm Văn Đồng", "Nguyễn Sinh Sắc",
              "Lạc Long Quân", "Ngô Quyền", "Huỳnh Thúc Kháng", "Trần Khánh Dư", "Lý Thái Tổ", "A Khanh")
QN_ROADS = ("Quốc lộ 1A", "Quốc lộ 24", "Quốc lộ 24B", "Đường Võ Văn Kiệt", "Đường Trì Bình - Dung Quất",
            "Đường Hoàng Sa", "Tỉnh lộ 621", "Tỉnh lộ 622B", "Đường Dốc Sỏi - Dung Quất", "Đường Bình Long - Cảng DQ")
QN_ROADS_TOWN = ("Quốc lộ 1A", "Quốc lộ 1A", "Quốc lộ 24", "Quốc lộ 24B", "Tỉnh lộ 623", "Tỉnh lộ 624",
                 "Tỉnh lộ 628", "Đường Hoàng Sa")
KT_ROADS = ("Quốc lộ 14", "Quốc lộ 24", "Quốc lộ 40", "Quốc lộ 40B", "Đường Hồ Chí Minh", "Tỉnh lộ 671")
QN_THON = ("Phú Lộc", "An Lộc", "Tây Phước", "Đông Yên", "Sơn Trà", "Thanh Thủy", "Long Bình", "Tân Hy",
           "Phước Thiện", "Mỹ Tân", "Khánh Mỹ", "An Thạnh", "Đông Hòa", "Tân An", "Thạch An", "Phú Long",
           "Trường Thọ", "Hòa Vinh", "Xuân Yên", "Vĩnh An", "Châu Me", "Lệ Thủy", "Phước Hòa", "Tuyết Diêm",
           "An Điềm", "Đồng Ké", "Gò Da", "Nước Lác", "Đông Lỗ", "Trà Ong")
KT_LANG = ("Kon Klor", "Plei Đôn", "Kon Rờ Bàng", "Đăk Lấp", "Kon Đào", "Đăk Răng", "Tê Pên", "Kon Hơ Ngo",
           "Đăk Wơk", "Ngọc Hoàng", "Long Loi", "Đăk Xanh", "Plei Krông", "Kon Tu Peng", "Tu Thó", "Đăk Tang",
           "Kon Jơ Ri", "Plei Trum", "Đăk Mế", "Kon Pring", "Măng Rương", "Đăk Xú")

# outside head offices: old ward, old district, old city, new ward, new city, code prefixes, area code
OUT_PLACES = (
    ("phường Dịch Vọng Hậu", "quận Cầu Giấy", "TP Hà Nội", "phường Cầu Giấy", "TP Hà Nội", ("010", "0109", "0108"), "024", 5),
    ("phường Láng Hạ", "quận Đống Đa", "TP Hà Nội", "phường Láng", "TP Hà Nội", ("010", "0101"), "024", 3),
    ("phường Mỹ Đình 1", "quận Nam Từ Liêm", "TP Hà Nội", "phường Từ Liêm", "TP Hà Nội", ("010", "0107"), "024", 3),
    ("phường Nhân Chính", "quận Thanh Xuân", "TP Hà Nội", "phường Thanh Xuân", "TP Hà Nội", ("010", "0106"), "024", 2),
    ("phường Bến Nghé", "Quận 1", "TP Hồ Chí Minh", "phường Sài Gòn", "TP Hồ Chí Minh", ("030", "031"), "028", 4),
    ("phường Tân Phú", "Quận 7", "TP Hồ Chí Minh", "phường Tân Mỹ", "TP Hồ Chí Minh", ("030", "031"), "028", 3),
    ("phường 25", "quận Bình Thạnh", "TP Hồ Chí Minh", "phường Thạnh Mỹ Tây", "TP Hồ Chí Minh", ("030", "031"), "028", 2),
    ("phường Thảo Điền", "TP Thủ Đức", "TP Hồ Chí Minh", "phường An Khánh", "TP Hồ Chí Minh", ("031", "0315"), "028", 2),
    ("phường Hòa Thuận Tây", "quận Hải Châu", "TP Đà Nẵng", "phường Hòa Cường", "TP Đà Nẵng", ("040", "0401"), "0236", 5),
    ("phường Hòa Khánh Bắc", "quận Liên Chiểu", "TP Đà Nẵng", "phường Hòa Khánh", "TP Đà Nẵng", ("040", "0402"), "0236", 4),
    ("phường An Hải Bắc", "quận Sơn Trà", "TP Đà Nẵng", "phường An Hải", "TP Đà Nẵng", ("040",), "0236", 2),
    ("phường Thắng Nhì", "TP Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu", "phường Vũng Tàu", "TP Hồ Chí Minh", ("350", "3501"), "0254", 5),
    ("phường Rạch Dừa", "TP Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu", "phường Rạch Dừa", "TP Hồ Chí Minh", ("350",), "0254", 2),
    ("phường Đông Hải 1", "quận Hải An", "TP Hải Phòng", "phường Đông Hải", "TP Hải Phòng", ("020", "0201"), "0225", 2),
    ("xã Tam Hiệp", "huyện Núi Thành", "tỉnh Quảng Nam", "xã Núi Thành", "TP Đà Nẵng", ("400", "4000"), "0235", 3),
    ("phường Nhơn Bình", "TP Quy Nhơn", "tỉnh Bình Định", "phường Quy Nhơn Bắc", "tỉnh Gia Lai", ("410", "4101"), "0256", 3),
    ("phường Hội Thương", "TP Pleiku", "tỉnh Gia Lai", "phường Pleiku", "tỉnh Gia Lai", ("590", "5901"), "0269", 3),
    ("phường Hải Thượng", "thị xã Nghi Sơn", "tỉnh Thanh Hóa", "phường Nghi Sơn", "tỉnh Thanh Hóa", ("280", "2801"), "0237", 2),
    ("phường Long Bình", "TP Biên Hòa", "tỉnh Đồng Nai", "phường Long Bình", "tỉnh Đồng Nai", ("360", "3603"), "0251", 2),
    ("phường Hòa Phú", "TP Thủ Dầu Một", "tỉnh Bình Dương", "phường Bình Dương", "TP Hồ Chí Minh", ("370", "3702"), "0274", 2),
)
OUT_CUM = _cum([r[7] for r in OUT_PLACES])
OUT_STREETS = ("Trần Thái Tông", "Duy Tân", "Láng Hạ", "Phạm Hùng", "Lê Văn Lương", "Nguyễn Huệ", "Tôn Đức Thắng",
               "Nguyễn Văn Linh", "Xô Viết Nghệ Tĩnh", "Điện Biên Phủ", "Nguyễn Hữu Thọ", "Tôn Đức Thắng",
               "Ngô Quyền", "Lê Lợi", "30 Tháng 4", "Trần Hưng Đạo", "Hoàng Văn Thụ", "Lạch Tray", "Xuân Thủy")
TOWERS = ("Phương Đông", "Sao Mai Tower", "An Phú Plaza", "Green Star", "Golden Palace", "Sông Hàn Tower",
          "Sun Tower", "Hải Âu", "Lotus Tower", "Kim Long Center", "Đông Dương", "Hoàng Gia Plaza", "Nam Việt")

# ============================================================================ names

CORE = ("Minh", "Thành", "Phú", "Hoàng", "Tân", "Phát", "Thịnh", "Hưng", "Đức", "Quang", "An", "Việt", "Nam",
        "Long", "Hòa", "Thiên", "Trường", "Hải", "Bảo", "Đại", "Kim", "Ngọc", "Huy", "Sơn", "Phúc", "Vạn",
        "Đông", "Gia", "Hồng", "Tiến", "Trung", "Quốc", "Nhật", "Thái", "Toàn", "Hữu", "Khánh", "Lộc", "Vĩnh",
        "Đăng", "Xuân", "Mỹ", "Hà", "Cát", "Bình", "Phong", "Thuận", "Tài", "Nguyên", "Chí", "Trí", "Tín", "Nhân",
        "Hiệp", "Thắng", "Duy", "Anh", "Khang", "Lâm", "Vinh", "Tường", "Sang", "Uy", "Kiến", "Hào", "Đạt",
        "Thanh", "Tâm", "Mạnh", "Cường", "Bách", "Vũ", "Tùng", "Tuấn", "Quý", "Lợi", "Nghĩa", "Định", "Hậu",
        "Thông", "Thiện", "Hạnh", "Hiển", "Phương", "Ánh", "Dương", "Châu", "Kỳ", "Lực", "Nhất", "Sáng", "Triều",
        "Vương", "Hoa", "Thọ", "Phước", "Hương", "Yên", "Danh", "Đoàn", "Quân", "Luân", "Trọng", "Tú", "Vân")
# brand cores that would read as a well-known real company: never generated
BLOCKED = frozenset((
    "Hòa Phát", "Trung Nguyên", "Minh Phú", "Hoàng Anh", "Thành Công", "Vĩnh Hoàn", "Hùng Vương", "Đức Long",
    "Hoa Sen", "Hòa Bình", "Việt Tiến", "Nam Long", "Đại Nam", "Phú Tài", "Đông Á", "Vạn Thịnh", "Tân Hiệp",
    "Thành Thành", "Hưng Thịnh", "Nam Kim", "Hòa Thọ", "Phước Thịnh", "Việt Á", "Tân Tạo", "Bảo Việt",
    "Samsung", "Daewoo", "Taekwang", "Hanil", "Dongil", "Hansol", "Hyosung", "Kumho", "Hanwha", "Samil",
    "Daesang", "Sunjin", "Taeyang", "Shinsung", "Hansung", "Daehan", "Doosan", "Youngone", "Changshin",
    "Toyota", "Fujita", "Yamaha", "Takashima", "Matsuda", "Feng Tai", "Fengtai", "Pao Chen", "Baochen",
    "Hung Hai", "Honghai", "Kuo Hua", "Ta Tung", "Tatung", "Hua Li", "Meridian Pacific",
))
CORE_PLACE = ("Dung Quất", "Vạn Tường", "Sông Trà", "Trà Khúc", "Thiên Ấn", "Thiên Bút", "Sa Huỳnh", "Mỹ Khê",
              "Châu Ổ", "Sơn Tịnh", "Bình Sơn", "Lý Sơn", "Ba Tơ", "Miền Trung", "Trường Sơn", "Ngọc Linh",
              "Măng Đen", "Đăk Bla", "Kon Tum", "Tây Nguyên", "Bờ Y", "Đăk Tô", "Sa Thầy", "Ngọc Hồi",
              "Đông Dương", "Hoàng Sa", "Sông Vệ", "Cà Đam", "Kon Plông", "Sông Rin", "Ấn Phú", "Thạch Bích",
              "Long Sơn", "Đức Phổ", "Mộ Đức", "Nghĩa Hành", "Tư Nghĩa", "Trà Bồng", "Ba Gia", "Sông Pô Kô")
ACRO_LET = "ABCDGHKLMNPQSTVX"
SUFFIX_QN = ("Quảng Ngãi", "Miền Trung", "Sa Huỳnh", "Dung Quất", "QNG", "Sông Trà", "Thiên Ấn")
SUFFIX_KT = ("Kon Tum", "Tây Nguyên", "Đông Dương", "Măng Đen", "Ngọc Linh", "Bắc Tây Nguyên")
SUFFIX_DQ = ("Dung Quất", "Quảng Ngãi", "Miền Trung", "Vạn Tường", "DQ")
SUFFIX_OUT = ("Việt Nam", "Miền Trung", "Sài Gòn", "Hà Nội", "Thăng Long", "Phương Nam", "Miền Nam", "Đà Nẵng")

# sector phrases: Vietnamese, clerk abbreviation, English
SECT = (
    ("Cơ khí", "CK", "Mechanical"),                                         # 0
    ("Cơ khí Chế tạo", "CKCT", "Mechanical Engineering"),
    ("Kết cấu thép", "KCT", "Steel Structure"),
    ("Lắp máy", "LM", "Erection"),
    ("Lắp máy và Xây dựng", "LM&XD", "Erection and Construction"),
    ("Xây lắp", "XL", "Construction and Installation"),                     # 5
    ("Kỹ thuật Công nghiệp", "KTCN", "Industrial Engineering"),
    ("Bảo dưỡng Công nghiệp", "BDCN", "Industrial Maintenance"),
    ("Phun cát và Sơn", "PC&S", "Blasting and Painting"),
    ("Sơn Công nghiệp", "SCN", "Industrial Coating"),
    ("Giàn giáo", "GG", "Scaffolding"),                                     # 10
    ("Khí Công nghiệp", "KCN", "Industrial Gas"),
    ("Hàn và Kiểm định", "H&KĐ", "Welding and Inspection"),
    ("Dịch vụ Kỹ thuật Dầu khí", "DVKT DK", "Petroleum Technical Services"),
    ("Cơ điện", "CĐ", "M&E"),
    ("Điện Công nghiệp", "ĐCN", "Industrial Electrical"),                  # 15
    ("Thiết bị Công nghiệp", "TBCN", "Industrial Equipment"),
    ("Vận tải", "VT", "Transport"),
    ("Vận tải và Logistics", "VT&Logistics", "Transport and Logistics"),
    ("Cung ứng Nhân lực", "CUNL", "Manpower Supply"),
    ("Môi trường", "MT", "Environment"),                                    # 20
    ("Cẩu và Thiết bị nâng", "Cẩu&TBN", "Crane and Lifting"),
    ("Xây dựng", "XD", "Construction"),
    ("Thương mại", "TM", "Trading"),
    ("Thương mại và Dịch vụ", "TM&DV", "Trading and Services"),
    ("Thương mại Dịch vụ Tổng hợp", "TMDV TH", "General Trading and Services"),  # 25
    ("Đầu tư và Xây dựng", "ĐT&XD", "Investment and Construction"),
    ("Sản xuất và Thương mại", "SX&TM", "Production and Trading"),
    ("Xuất nhập khẩu", "XNK", "Import Export"),
    ("Vật liệu Xây dựng", "VLXD", "Construction Materials"),
    ("Bao bì", "BB", "Packaging"),                                          # 30
    ("Nhựa", "Nhựa", "Plastic"),
    ("May mặc", "May", "Garment"),
    ("Thủy sản", "TS", "Seafood"),
    ("Chế biến Thủy sản", "CBTS", "Seafood Processing"),
    ("Thực phẩm", "TP", "Foods"),                                           # 35
    ("Nông sản", "NS", "Agricultural Products"),
    ("Chế biến Nông sản", "CBNS", "Agricultural Processing"),
    ("Tinh bột sắn", "TBS", "Tapioca Starch"),
    ("Đường", "Đường", "Sugar"),
    ("Cà phê", "CF", "Coffee"),                                             # 40
    ("Cao su", "CS", "Rubber"),
    ("Lâm sản", "LS", "Forest Products"),
    ("Chế biến Gỗ", "CB Gỗ", "Wood Processing"),
    ("Đồ gỗ Nội thất", "Gỗ NT", "Furniture"),
    ("Dược liệu", "DL", "Medicinal Herbs"),                                 # 45
    ("Sâm Ngọc Linh", "Sâm NL", "Ngoc Linh Ginseng"),
    ("Nước giải khát", "NGK", "Beverage"),
    ("Khoáng sản", "KS", "Minerals"),
    ("Thủy điện", "TĐ", "Hydropower"),
    ("Giày da", "GD", "Footwear"),                                          # 50
    ("Điện tử", "ĐT", "Electronics"),
    ("Hóa chất", "HC", "Chemicals"),
    ("Thép", "Thép", "Steel"),
    ("Đầu tư Phát triển", "ĐTPT", "Investment Development"),
    ("Kỹ thuật Xây dựng", "KTXD", "Construction Engineering"),              # 55
    ("Tư vấn Thiết kế", "TVTK", "Design Consulting"),
    ("Dịch vụ Kế toán", "DVKT", "Accounting Services"),
    ("Nông nghiệp Công nghệ cao", "NNCNC", "Hi-tech Agriculture"),
    ("Mây tre đan", "MTĐ", "Rattan and Bamboo"),
    ("Chế biến Lâm sản", "CBLS", "Forest Products Processing"),             # 60
    ("Cơ khí Xây dựng", "CKXD", "Mechanical Construction"),
    ("Cơ khí Sửa chữa", "CKSC", "Mechanical Repair"),
)
_DQ_SECT = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 61, 0, 2, 7, 17)
_QN_SECT = (22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 39, 47, 0, 61, 62, 2, 17, 54, 55,
            56, 57, 22, 24, 23, 20, 48, 53, 43, 44)
_KT_SECT = (22, 23, 24, 25, 26, 28, 29, 36, 37, 38, 40, 41, 42, 43, 44, 45, 46, 48, 49, 17, 60, 58, 0, 62, 54,
            22, 24, 43, 38, 45)
_OUT_SECT = (3, 4, 5, 6, 13, 14, 15, 16, 22, 26, 55, 56, 7, 8, 10, 11, 12, 18, 21, 1, 2, 19)
_HTX_TYPES = (("Nông nghiệp", "NN"), ("Dịch vụ Nông nghiệp", "DVNN"), ("Nông nghiệp Dịch vụ Tổng hợp", "NN DVTH"),
              ("Nông nghiệp và Dịch vụ", "NN&DV"), ("Sản xuất Kinh doanh Dịch vụ Nông nghiệp", "SXKD DVNN"),
              ("Dược liệu", "DL"), ("Sâm Ngọc Linh", "Sâm NL"), ("Cà phê", "CF"), ("Mây tre đan", "MTĐ"),
              ("Thủy sản", "TS"), ("Muối", "Muối"), ("Chế biến Nông sản", "CBNS"), ("Rau an toàn", "RAT"),
              ("Nông lâm nghiệp", "NLN"), ("Dệt thổ cẩm", "DTC"), ("Vận tải", "VT"), ("Dịch vụ Tổng hợp", "DVTH"))
_HTX_EN = ("Agricultural", "Agricultural Services", "General Agricultural Services", "Agriculture and Services",
           "Agricultural Production and Services", "Medicinal Herbs", "Ngoc Linh Ginseng", "Coffee", "Rattan",
           "Fisheries", "Salt", "Agricultural Processing", "Safe Vegetables", "Agro-Forestry", "Brocade Weaving",
           "Transport", "General Services")

HKD_TYPES_QN = ("Cơ sở mộc", "Cơ sở sản xuất kẹo gương", "Cơ sở sản xuất mạch nha", "Cơ sở đường phèn",
                "Cơ sở chế biến hải sản", "Cơ sở sản xuất nước mắm", "Cơ sở chế biến cá bống", "Cơ sở cơ khí",
                "Xưởng cơ khí", "Cơ sở hàn tiện", "Cơ sở sản xuất đá lạnh", "Cơ sở sản xuất bún",
                "Cơ sở bánh tráng", "Cơ sở chế biến tỏi", "Cơ sở làm muối", "Cơ sở sản xuất gạch", "Xưởng may",
                "Cơ sở sửa chữa máy", "Cơ sở gia công inox", "Cơ sở cửa sắt - nhôm kính", "Cơ sở chổi đót",
                "Cơ sở sản xuất bao bì", "Cơ sở chế biến gỗ keo", "Cơ sở xay xát")
HKD_TYPES_KT = ("Cơ sở mộc", "Cơ sở chế biến tinh bột sắn", "Cơ sở sơ chế cà phê", "Cơ sở rang xay cà phê",
                "Cơ sở dệt thổ cẩm", "Cơ sở sản xuất rượu cần", "Cơ sở chế biến dược liệu", "Cơ sở sâm dây",
                "Cơ sở chế biến măng", "Cơ sở mật ong", "Cơ sở thu mua mủ cao su", "Cơ sở cơ khí",
                "Xưởng cưa xẻ gỗ", "Cơ sở đan lát", "Cơ sở sản xuất gạch", "Cơ sở chế biến nông sản",
                "Cơ sở đồ gỗ mỹ nghệ", "Cơ sở xay xát")
HKD_PREFIX = ("Hộ kinh doanh", "HKD", "Hộ KD", "Hộ kinh doanh cá thể")
NICK = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út")

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ",
            "Dương", "Đinh", "Đoàn", "Lương", "Tạ", "Hà", "Lý", "Mai", "Cao", "Châu", "Tô", "Lâm", "Kiều",
            "Thái", "Văn", "Từ", "La", "Hoàng", "Vũ")
MID_M = ("Văn", "Văn", "Hữu", "Minh", "Đức", "Công", "Quang", "Thanh", "Ngọc", "Tấn", "Xuân", "Đình", "Bá",
         "Trọng", "Anh", "Quốc")
MID_F = ("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Hồng", "Bích", "Diệu")
GIVEN_M = ("Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Sơn", "Phúc", "Thành", "Trung", "Quân", "Cường",
           "Vinh", "Long", "Tâm", "Hoàng", "Bình", "An", "Lộc", "Tài", "Thắng", "Toàn", "Khánh", "Phong", "Đạt",
           "Hiếu", "Nhân", "Tín", "Tú", "Hòa", "Lâm", "Nghĩa", "Quang", "Sang", "Thiện", "Trí", "Vũ", "Việt",
           "Duy", "Hậu")
GIVEN_F = ("Lan", "Hoa", "Mai", "Hương", "Thảo", "Trang", "Linh", "Hạnh", "Nga", "Phương", "Yến", "Thủy",
           "Hằng", "Nhung", "Loan", "Dung", "Vân", "Tuyết", "Oanh", "Hiền", "Ly", "Trinh", "Nhi", "Thu", "Hà",
           "Xuân", "Diễm", "Liên", "Ngọc", "Thanh")
# less common syllables, used as the list grows with n (so that namesake density does not grow with n)
_CORE_MORE = ("Âu", "Bắc", "Bằng", "Bền", "Bửu", "Cảnh", "Cao", "Chánh", "Chiến", "Chinh", "Chung", "Cương",
              "Diệp", "Diệu", "Doanh", "Dũng", "Dung", "Đài", "Đan", "Đào", "Đắc", "Điền", "Đỉnh", "Đình", "Đồng",
              "Giang", "Hằng", "Hân", "Hiền", "Hiếu", "Hoài", "Hoan", "Hoàn", "Hội", "Hợp", "Huân", "Huệ", "Hùng",
              "Hưởng", "Khải", "Khanh", "Khoa", "Khôi", "Khương", "Kiên", "Kiều", "Lạc", "Lai", "Lam", "Lan",
              "Lân", "Lập", "Liên", "Linh", "Loan", "Lưu", "Mai", "Mẫn", "Mậu", "Miên", "Nghi", "Ngân", "Nhã",
              "Nhuận", "Ninh", "Oanh", "Phi", "Phổ", "Phụng", "Phượng", "Quế", "Quyền", "Quỳnh", "Sâm", "Sinh",
              "Song", "Sương", "Tạo", "Tấn", "Thạch", "Thăng", "Thảo", "Thi", "Thoại", "Thục", "Thư", "Thụy",
              "Thương", "Tiên", "Tĩnh", "Toại", "Tôn", "Trà", "Trang", "Trâm", "Trân", "Triển", "Trinh", "Trúc",
              "Tuệ", "Tuyên", "Tuyết", "Ưng", "Viễn", "Vĩ", "Vọng", "Xuyên", "Yến", "Ái", "Bá", "Cần", "Chân",
              "Cơ", "Cửu", "Dân", "Dục", "Duyên", "Đoan", "Gấm", "Giáp", "Hạc", "Hàm", "Hanh", "Hảo", "Hiên",
              "Huấn", "Huỳnh", "Kha", "Khiêm", "Khởi", "Kính", "Lễ", "Liêm", "Lĩnh", "Mãn", "Nga", "Nghiệp",
              "Nguyện", "Nhi", "Nhựt", "Phấn", "Quyết", "Sanh", "Sĩ", "Tánh", "Thạnh", "Thế", "Thiêm", "Thuần",
              "Thủy", "Tiếp", "Tịnh", "Tố", "Toản", "Trạch", "Triệu", "Trực", "Tuân", "Uyên", "Vỹ", "Xương",
              "Bông", "Cẩm", "Chương", "Dinh", "Dũ", "Đường", "Hiệu", "Hoành", "Hưởng", "Khiết", "Lũy", "Mạc",
              "Nhạc", "Phẩm", "Quới", "Sỹ", "Thiều", "Tòng", "Trị", "Tứ", "Tước", "Vịnh", "Xảo", "Yết")
GIVEN_M_MORE = ("Bảo", "Cảnh", "Chiến", "Chính", "Công", "Danh", "Định", "Đông", "Giang", "Hiển", "Hưng", "Huy",
                "Kha", "Khang", "Khoa", "Kiên", "Lực", "Luân", "Mạnh", "Nguyên", "Nhật", "Phát", "Phú", "Phước",
                "Quý", "Quyết", "Sinh", "Tân", "Thạch", "Thái", "Thịnh", "Thông", "Thuận", "Tiến", "Trọng",
                "Trường", "Tùng", "Tường", "Vĩnh", "Vương", "Xuân", "Cư", "Dương", "Đăng", "Hào", "Lợi", "Mẫn",
                "Thọ", "Triều", "Trực", "Tuệ", "Uy", "Bửu", "Cang", "Dinh", "Hiệp", "Hội", "Khải", "Lãm", "Ngôn")
GIVEN_F_MORE = ("Ánh", "Bích", "Cẩm", "Châu", "Cúc", "Diệp", "Diệu", "Đào", "Giang", "Hạ", "Hân", "Hậu", "Hồng",
                "Huệ", "Huyền", "Khánh", "Kiều", "Lài", "Lệ", "Liễu", "Lụa", "Mến", "Minh", "My", "Na", "Ngân",
                "Nguyệt", "Nhàn", "Nhạn", "Nhị", "Nương", "Phượng", "Quyên", "Quỳnh", "Sen", "Sương", "Tâm",
                "Thắm", "Thoa", "Thơ", "Thư", "Thúy", "Tiên", "Trâm", "Trúc", "Tú", "Uyên", "Vi", "Vy", "Xuyến")
MID_M_MORE = ("Viết", "Phước", "Tiến", "Hoàng", "Duy", "Như", "Thành", "Nhật", "Trung", "Kim", "Phú", "Thế",
              "Hồng", "Chí", "Gia", "Khắc", "Hải", "Mạnh", "Phi", "Bảo")
MID_F_MORE = ("Phương", "Hoài", "Bảo", "Minh", "Như", "Quỳnh", "Tuyết", "Thúy", "Ánh", "Lệ", "Cẩm", "Xuân", "Hà",
              "Diễm", "Hoàng", "Mai")
# ethnic-minority names (Xơ Đăng / Ba Na: A- for men, Y- for women; Gia Rai clan names; Hrê / Cor / Ca Dong)
ETH_M = ("Thút", "Blút", "Hmui", "Đưk", "Kiên", "Sang", "Nhă", "Phương", "Rin", "Khuyên", "Bâu", "Ríp", "Mrin",
         "Tơ", "Jar", "Pơ", "Hlâm", "Kring", "Dũng", "Hùng", "Vinh", "Lâm", "Thiêm", "Dơ", "Nhiên")
ETH_F = ("Hiên", "Blúi", "Nhơn", "Ngọc", "Mai", "Hơn", "Hnơ", "Lai", "Bư", "Rưm", "Xuân", "Tuyết", "Hlên",
         "Drim", "Kông", "Pla", "Kơi", "Một", "Nhiên", "Phơn", "Hoa", "Linh")
_ETH_ON = ("Bl", "Hm", "Hl", "Kr", "Dr", "Pl", "Tr", "Th", "R", "K", "N", "Nh", "Đ", "B", "H", "M", "S", "T",
           "Ph", "G", "L", "Br", "Kl", "Ng")
_ETH_RIME = ("út", "ui", "ưk", "iên", "ăng", "ơ", "ar", "ing", "ip", "âu", "ong", "ơi", "ăl", "ôn", "an", "ưt",
             "ep", "ah", "ơng", "ul", "ih", "ơk", "uôn", "ăk")
ETH_MORE = tuple(o + r for r in _ETH_RIME for o in _ETH_ON)
GR_CLAN = ("Rơ Châm", "Ksor", "Siu", "Rơ Mah", "Kpă", "Nay", "Rah Lan", "Puih", "Rmah", "Rơ Lan")
GR_M = ("Thoan", "Blih", "Hyuh", "Kim", "Phun", "Hyoh", "Nhơn", "Dơk", "Brơi", "Lới", "Thương", "Djốt")
GR_F = ("H'Lan", "H'Mai", "H'Bia", "H'Lim", "H'Dliê", "H'Nhuin", "H'Ngơn", "H'Juen")
HRE_SUR = ("Đinh", "Phạm", "Hồ", "Bùi", "Đinh", "Hồ")
HRE_GIVEN = ("Lào", "Mười", "Bé", "Kiên", "Chín", "Hét", "Xum", "Lũy", "Nhưng", "Sáu", "Thanh", "Ớt", "Trâm",
             "Rin", "Pho", "Vĩnh", "Dương", "Tiết")

# FDI brands: Korean (romanised, hangul), Japanese (romanised, kanji), Chinese (Wade-Giles, pinyin, trad., simp.,
# Sino-Vietnamese), Singapore/other (English words)
KR_SYL = (("Dae", "대"), ("Han", "한"), ("Sung", "성"), ("Jin", "진"), ("Woo", "우"), ("Hyun", "현"),
          ("Young", "영"), ("Kyung", "경"), ("Seo", "서"), ("Il", "일"), ("Dong", "동"), ("Shin", "신"),
          ("Kwang", "광"), ("Chang", "창"), ("Hwa", "화"), ("Yang", "양"), ("Min", "민"), ("Jung", "정"),
          ("Sam", "삼"), ("Kuk", "국"), ("Tae", "태"), ("Won", "원"), ("Nam", "남"), ("Hee", "희"), ("Bo", "보"),
          ("Sun", "선"), ("Kum", "금"), ("Ah", "아"), ("Se", "세"), ("Do", "도"), ("Myung", "명"), ("Heung", "흥"))
KR_KW = (("", "", ""), ("", "", ""), ("Precision", "정밀", "Chính xác"), ("Industrial", "산업", "Công nghiệp"),
         ("Tech", "테크", ""), ("Steel", "스틸", "Thép"), ("Heavy Industries", "중공업", "Công nghiệp nặng"),
         ("Chemical", "케미칼", "Hóa chất"), ("Textile", "섬유", "Dệt"), ("Apparel", "어패럴", "May mặc"),
         ("E&C", "이앤씨", ""), ("Metal", "메탈", "Kim loại"), ("Engineering", "엔지니어링", "Kỹ thuật"))
JP_SYL = (("Taka", "高"), ("Yama", "山"), ("Naka", "中"), ("Fuji", "富士"), ("Shima", "島"), ("Kawa", "川"),
          ("Matsu", "松"), ("Ishi", "石"), ("Hara", "原"), ("Mori", "森"), ("Hoshi", "星"), ("Kane", "金"),
          ("Mizu", "水"), ("Tama", "玉"), ("Oka", "岡"), ("Moto", "本"), ("Kita", "北"), ("Higashi", "東"),
          ("Nishi", "西"), ("Toyo", "豊"), ("Hira", "平"), ("Saka", "坂"), ("Miya", "宮"), ("Sawa", "沢"))
JP_KW = (("", "", ""), ("Seiki", "精機", "Cơ khí chính xác"), ("Kogyo", "工業", "Công nghiệp"),
         ("Denshi", "電子", "Điện tử"), ("Foods", "フーズ", "Thực phẩm"), ("Precision", "精密", "Chính xác"),
         ("Packaging", "パッケージ", "Bao bì"), ("Chemical", "化学", "Hóa chất"))
ZH_SYL = (("Hsin", "Xin", "新", "新", "Tân"), ("Yuan", "Yuan", "源", "源", "Nguyên"), ("Feng", "Feng", "豐", "丰", "Phong"),
          ("Chen", "Zhen", "振", "振", "Chấn"), ("Fu", "Fu", "富", "富", "Phú"), ("Sheng", "Sheng", "盛", "盛", "Thịnh"),
          ("Tai", "Tai", "泰", "泰", "Thái"), ("Hua", "Hua", "華", "华", "Hoa"), ("Lung", "Long", "隆", "隆", "Long"),
          ("Kuo", "Guo", "國", "国", "Quốc"), ("Hung", "Hong", "宏", "宏", "Hoành"), ("Ta", "Da", "達", "达", "Đạt"),
          ("Chia", "Jia", "佳", "佳", "Giai"), ("Mei", "Mei", "美", "美", "Mỹ"), ("Li", "Li", "利", "利", "Lợi"),
          ("Ho", "He", "和", "和", "Hòa"), ("Chang", "Chang", "長", "长", "Trường"), ("Tung", "Tong", "通", "通", "Thông"),
          ("Yi", "Yi", "億", "亿", "Ức"), ("Kang", "Kang", "康", "康", "Khang"), ("Chin", "Jin", "錦", "锦", "Cẩm"),
          ("Hai", "Hai", "海", "海", "Hải"), ("Tien", "Tian", "天", "天", "Thiên"), ("Hsing", "Xing", "興", "兴", "Hưng"),
          ("Ming", "Ming", "明", "明", "Minh"), ("Wei", "Wei", "威", "威", "Uy"), ("Kai", "Kai", "凱", "凯", "Khải"),
          ("Pao", "Bao", "寶", "宝", "Bảo"), ("Shun", "Shun", "順", "顺", "Thuận"), ("Yu", "Yu", "裕", "裕", "Dụ"))
ZH_KW = (("Footwear", "鞋業", "鞋业", "Giày"), ("Industrial", "工業", "工业", "Công nghiệp"),
         ("Textile", "紡織", "纺织", "Dệt"), ("Enterprise", "企業", "企业", ""), ("Food", "食品", "食品", "Thực phẩm"),
         ("Plastic", "塑膠", "塑胶", "Nhựa"), ("Packaging", "包裝", "包装", "Bao bì"), ("Paper", "紙業", "纸业", "Giấy"),
         ("Steel", "鋼鐵", "钢铁", "Thép"), ("Machinery", "機械", "机械", "Cơ khí"), ("Wood", "木業", "木业", "Gỗ"))
SG_W = ("Meridian", "Straits", "Orchid", "Pacific", "Lion", "Harbour", "Crest", "Summit", "Apex", "Kingsway",
        "Marina", "Evergreen", "Sunrise", "Oceanic", "Equator", "Banyan", "Jade", "Northstar", "Unity", "Tropic",
        "Serangoon", "Coral", "Bay", "Horizon")
BRAND_WORD = ("Global", "Hitech", "Green", "Smart", "Plus", "Star", "Power", "Prime", "Best", "Win", "Top",
              "Ace", "Pro", "Eco", "Neo", "Max", "Sun", "Asia", "Royal", "Golden", "Metro", "Nexus", "Vision",
              "Alpha", "Trust", "Link", "Core", "Fine", "World", "Korea", "Taiwan", "Inter", "Union", "Tech")
SG_KW = (("Industries", "Công nghiệp"), ("Holdings", ""), ("Logistics", "Logistics"), ("Packaging", "Bao bì"),
         ("Engineering", "Kỹ thuật"), ("Foods", "Thực phẩm"), ("Beverages", "Nước giải khát"),
         ("Materials", "Vật liệu"), ("Gas", "Khí"), ("Marine", "Hàng hải"))

FORM_FULL = ("Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần", "Doanh nghiệp tư nhân", "Hợp tác xã", "Hộ kinh doanh")
FORM_LONG = ("Công ty trách nhiệm hữu hạn", "Công ty trách nhiệm hữu hạn một thành viên", "Công ty cổ phần",
             "Doanh nghiệp tư nhân", "Hợp tác xã", "Hộ kinh doanh")
FORM_ABBR = (
    ("Cty TNHH", "Công ty TNHH", "CTY TNHH", "C.ty TNHH", "Cty. TNHH", "CT TNHH", "Cty TNHH", "Công ty TNHH", "TNHH"),
    ("Cty TNHH MTV", "Công ty TNHH 1TV", "Cty TNHH 1 TV", "Công ty TNHH Một thành viên", "Cty TNHH một TV",
     "Cty TNHH MTV", "Công ty TNHH MTV", "TNHH MTV", "Cty TNHH 1TV"),
    ("Cty CP", "CTCP", "Công ty CP", "Cty Cổ phần", "Cty cổ phần", "C.ty CP", "Cty CP", "Công ty CP", "CTY CP"),
    ("DNTN", "DN TN", "Doanh nghiệp TN", "DNTN", "D.N.T.N", "DNTN", "DN tư nhân"),
    ("HTX", "H.T.X", "HTX", "Hợp tác xã", "HTX"),
    ("HKD", "Hộ KD", "Hộ kinh doanh", "HKD"),
)
FORM_EN = (
    ("Co., Ltd", "Co.,Ltd", "Co., Ltd.", "Company Limited", "Co. Ltd", "Limited Company", "Co.,LTD"),
    ("One Member Co., Ltd", "Co., Ltd", "Company Limited", "One Member Limited Liability Company", "Co.,Ltd"),
    ("JSC", "Joint Stock Company", "Corporation", "Corp.", "J.S.C", "JSC"),
    ("Private Enterprise", "Private Ent.", "Pte"),
    ("Cooperative", "Co-operative", "Coop"),
    ("Household Business", "HKD"),
)
FORM_KR = ("유한회사", "(주)")

UNIT_CN, UNIT_NM, UNIT_VPDD, UNIT_BDH, UNIT_DDKD = range(5)
_PRODUCT_SECT = frozenset((0, 1, 2, 9, 11, 29, 30, 31, 32, 34, 35, 37, 38, 39, 40, 41, 43, 44, 45, 46, 47, 50, 51,
                           52, 53, 60, 61))
PROJECTS = ("dự án nâng cấp mở rộng Nhà máy lọc dầu", "dự án Lò cao số 4", "dự án Cảng tổng hợp Dung Quất",
            "dự án Nhà máy nhiệt điện", "dự án cao tốc Quảng Ngãi - Kon Tum", "dự án đường ven biển Dung Quất - Sa Huỳnh",
            "gói thầu EPC lò cao", "dự án Nhà máy điện khí", "dự án Kho chứa LPG", "dự án Nhà máy sản xuất container",
            "dự án Đê chắn sóng", "dự án đường Hồ Chí Minh đoạn qua Kon Tum", "dự án Thủy điện Đăk Bla",
            "dự án Nhà máy cán nóng", "dự án bảo dưỡng tổng thể NMLD")
_PROJ_KT = (4, 11, 12)
_PROJ_QN = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 0, 1, 14)
PROJECTS_EN = ("Refinery Upgrading and Expansion", "Blast Furnace No.4", "Dung Quat General Port", "Thermal Power Plant",
               "Quang Ngai - Kon Tum Expressway", "Coastal Road", "Blast Furnace EPC", "Gas Power Plant", "LPG Terminal",
               "Container Factory", "Breakwater", "Ho Chi Minh Road", "Dak Bla Hydropower", "Hot Rolling Mill",
               "Refinery Turnaround")


# ============================================================================ entities


class _Ent:
    __slots__ = ("cls", "truth", "form", "core", "sect", "body", "body_s", "body_en", "nation", "script",
                 "alt", "old", "owner", "female", "pid", "pmst", "hkd", "mst", "loc", "loc_old", "phones",
                 "units", "acct", "region", "conv", "brand")


CORE_ALL = tuple(dict.fromkeys(CORE + _CORE_MORE))
GIVEN_M_ALL = GIVEN_M + GIVEN_M_MORE
GIVEN_F_ALL = GIVEN_F + GIVEN_F_MORE
MID_M_ALL = MID_M + MID_M_MORE
MID_F_ALL = MID_F + MID_F_MORE
ETH_M_ALL = ETH_M + ETH_MORE
ETH_F_ALL = ETH_F + ETH_MORE


def _head(rng: _Rng, seq: tuple, base: int, power: float = 1.0):
    """Pick among the first base*variety items of seq (name pools grow with n), favouring the front."""
    k = int(base * rng.variety)
    k = len(seq) if k > len(seq) else (k if k > 4 else 4)
    return seq[int(k * rng.random() ** power)]


def _person(rng: _Rng, female: bool) -> str:
    sur = rng.skew(SURNAMES, 1.6)
    if female:
        mid, giv = _head(rng, MID_F_ALL, 11), _head(rng, GIVEN_F_ALL, 30, 1.2)
    else:
        mid, giv = _head(rng, MID_M_ALL, 16), _head(rng, GIVEN_M_ALL, 40, 1.2)
    if rng.random() < rng.p_long:  # four-word names: Nguyễn Thị Thu Hà, Trần Văn Minh Tuấn
        giv = f"{_head(rng, GIVEN_F_ALL if female else GIVEN_M_ALL, 30)} {giv}"
    return f"{sur} {mid} {giv}"


def _ethnic_person(rng: _Rng, region: int, female: bool) -> str:
    if region == 1:
        if rng.random() < 0.7:
            return ("Y " + _head(rng, ETH_F_ALL, 30, 1.3)) if female else ("A " + _head(rng, ETH_M_ALL, 30, 1.3))
        return f"{rng.pick(GR_CLAN)} {rng.pick(GR_F) if female else rng.pick(GR_M)}"
    return f"{rng.pick(HRE_SUR)} {'Thị' if female else 'Văn'} {rng.pick(HRE_GIVEN)}"


def _viet_core(rng: _Rng) -> str:
    while True:
        c = _viet_core1(rng)
        if c not in BLOCKED and " ".join(c.split()[:2]) not in BLOCKED:
            return c


def _viet_core1(rng: _Rng) -> str:
    u = rng.random()
    if u < 0.70 - rng.p_long:
        a = _head(rng, CORE_ALL, 107, 1.5)
        b = _head(rng, CORE_ALL, 107, 1.3)
        while b == a:
            b = _head(rng, CORE_ALL, 107)
        return f"{a} {b}"
    if u < 0.79:
        return f"{_head(rng, CORE_ALL, 107, 1.4)} {_head(rng, CORE_ALL, 107)} {_head(rng, CORE_ALL, 107)}"
    if u < 0.90:
        p = rng.pick(CORE_PLACE)
        return p if rng.random() < 0.6 / rng.variety else f"{p} {_head(rng, CORE_ALL, 107)}"
    k = 2 + int(rng.random() * (1.6 + rng.variety * 0.6))
    ac = "".join(rng.pick(ACRO_LET) for _ in range(k))
    return ac if rng.random() < 0.75 else f"{ac} {rng.pick(('Group', 'Việt Nam', 'Holdings', 'Plus'))}"


def _street(rng: _Rng, tag: str, region: int, park: int) -> tuple[str, str]:
    """(Vietnamese, English) street part of an address."""
    if park >= 0:
        ptag = PARKS[park][3]
        if "VSIP" in PARKS[park][0] and rng.random() < 0.6:
            n = 1 + int(rng.random() * 40)
            r = 1 + int(rng.random() * 9)
            return f"Số {n} đường VSIP {r}", f"No. {n} VSIP Street {r}"
        lot = rng.pick("ABCDEFGHK") + str(1 + int(rng.random() * 12 * rng.variety))
        if rng.random() < 0.35:
            lot += f"-{1 + int(rng.random() * 6)}"
        if ptag in ("DQ", "DQW") and rng.random() < 0.15:
            lot = "CN" + str(1 + int(rng.random() * 30))
        return f"Lô {lot}", f"Lot {lot}"
    u = rng.random()
    if tag == "city":
        st = rng.pick(KT_STREETS if region == 1 else QN_STREETS)
        n = str(1 + int(rng.random() * 480 * rng.variety))
        if u < 0.15:
            k = str(2 + int(rng.random() * 300))
            return f"Kiệt {k}/{n[:2]} {st}" if region == 0 else f"Hẻm {k} {st}", f"Alley {k} {_ascii(st)} Street"
        if u < 0.22:
            return f"Số {n}/{1 + int(rng.random() * 30)} {st}", f"No. {n}/{1 + int(rng.random() * 30)} {_ascii(st)} Street"
        return (f"Số {n} {st}" if u < 0.7 else f"{n} {st}"), f"No. {n} {_ascii(st)} Street"
    if tag in ("town", "CCN", "QP", "coast") and u < 0.45:
        road = rng.pick(KT_ROADS if region == 1 else QN_ROADS_TOWN)
        if rng.random() < 0.4:
            km = 1 + int(rng.random() * 60)
            return f"Km {km}, {road}", f"Km {km}, {_ascii(road)}"
        n = str(1 + int(rng.random() * 300))
        return f"Số {n} {road}", f"No. {n} {_ascii(road)}"
    if tag in ("DQ", "DQW") and u < 0.5:
        road = rng.pick(QN_ROADS[3:10])
        n = str(1 + int(rng.random() * 200))
        return f"{n} {road}", f"No. {n} {_ascii(road)}"
    if region == 1:
        if rng.random() < 0.55:
            v = rng.pick(KT_LANG)
            t = "Làng" if rng.random() < 0.5 else "Thôn"
            return f"{t} {v}", f"{_ascii(v)} Village"
        n = str(1 + int(rng.random() * 12))
        return f"Thôn {n}", f"Hamlet {n}"
    if rng.random() < 0.6:
        v = rng.pick(QN_THON)
        if rng.random() < 0.25:
            v += f" {1 + int(rng.random() * 3)}"
        return f"Thôn {v}", f"{_ascii(v)} Hamlet"
    if rng.random() < 0.5:
        n = str(1 + int(rng.random() * 9))
        return f"Tổ dân phố {n}", f"Residential Group {n}"
    n = str(1 + int(rng.random() * 12))
    return f"Thôn {n}", f"Hamlet {n}"


# place choice per class: weights by tag
_TAG_AFF = {
    C_QN: {"DQ": 0.3, "DQW": 0.3, "town": 1.2, "CCN": 1.3, "rural": 1.0, "coast": 1.0, "VSIP": 0.35, "city": 2.2,
           "QP": 1.0, "PP": 0.8, "SH": 0.8, "mount": 0.4},
    C_KT: {"city": 2.4, "HB": 1.2, "SM": 0.8, "BY": 0.9, "town": 1.3, "CCN": 1.0, "rural": 1.0, "mount": 0.9},
    C_DQ: {"DQ": 3.0, "DQW": 2.0, "town": 0.8, "rural": 0.2, "coast": 0.2, "city": 0.3, "CCN": 0.5},
    C_FDI: {"DQ": 1.6, "DQW": 0.8, "VSIP": 3.2, "QP": 0.7, "PP": 0.3, "HB": 0.25, "SM": 0.12, "BY": 0.12},
    C_HTX: {"rural": 2.0, "coast": 1.5, "mount": 2.5, "town": 0.4, "DQ": 0.05},
    C_HKD: {"rural": 2.0, "coast": 1.5, "mount": 1.6, "town": 1.3, "city": 0.9, "CCN": 0.3, "DQ": 0.15,
            "DQW": 0.1, "VSIP": 0.1, "QP": 0.2, "SH": 0.3, "PP": 0.2, "HB": 0.1, "BY": 0.2, "SM": 0.1},
    # in-province units of outside firms
    C_OUT: {"DQ": 3.0, "DQW": 1.6, "city": 0.8, "town": 0.4, "VSIP": 0.4, "HB": 0.3, "BY": 0.15, "QP": 0.3},
}


def _place_cums():
    out = {}
    for cls, aff in _TAG_AFF.items():
        for reg in (0, 1, 2):  # 2 = any
            w = []
            for row in PL:
                x = row["w"] * aff.get(row["tag"], 0.0)
                if reg != 2 and row["prov"] != reg:
                    x = 0.0
                w.append(x)
            if sum(w) > 0:
                out[cls, reg] = _cum(w)
    return out


_PLACE_CUM = _place_cums()


def _new_loc(rng: _Rng, cls: int, region: int) -> tuple:
    cum = _PLACE_CUM.get((cls, region)) or _PLACE_CUM[cls, 2]
    pi = bisect.bisect_right(cum, rng.random() * cum[-1])
    row = PL[pi]
    parks = PARKS_AT[pi]
    park = -1
    if parks:
        p_in = 0.92 if row["tag"] in PARK_TAGS else 0.55
        if cls in (C_HKD, C_HTX):
            p_in = 0.1
        if rng.random() < p_in:
            park = rng.pick(parks)
    sv, se = _street(rng, row["tag"], row["prov"], park)
    return (sv, se, park, pi)


def _out_loc(rng: _Rng) -> tuple:
    oi = rng.wpick(OUT_CUM)
    st = rng.pick(OUT_STREETS)
    n = 1 + int(rng.random() * 300)
    if rng.random() < 0.3:
        fl = 2 + int(rng.random() * 25)
        tw = rng.pick(TOWERS)
        return (f"Tầng {fl}, tòa nhà {tw}, số {n} {st}", f"Floor {fl}, {_ascii(tw)} Building, No. {n} {_ascii(st)} Street",
                -1, -1 - oi)
    return (f"Số {n} {st}", f"No. {n} {_ascii(st)} Street", -1, -1 - oi)


def _loc_region(loc) -> int:
    return PL[loc[3]]["prov"] if loc[3] >= 0 else 2


def _loc_tag(loc) -> str:
    return PL[loc[3]]["tag"] if loc[3] >= 0 else "out"


def _area(loc) -> str:
    if loc[3] < 0:
        return OUT_PLACES[-1 - loc[3]][6]
    return "0260" if PL[loc[3]]["prov"] == 1 else "0255"


# ---------------------------------------------------------------------------- address rendering

A_OLD, A_OLDS, A_NEW, A_NEWS, A_MIX, A_EN, A_ENNEW, A_PARK = range(8)


def _addr(rng: _Rng, loc: tuple, mode: int) -> str:
    sv, se, park, pi = loc
    if pi < 0:
        o = OUT_PLACES[-1 - pi]
        if mode in (A_EN, A_ENNEW):
            if mode == A_ENNEW:
                return f"{se}, {_ascii(o[3]).title()}, {_ascii(o[4])}, Vietnam"
            return f"{se}, {_ascii(o[0]).title()}, {_ascii(o[1]).title()}, {_ascii(o[2])}"
        if mode in (A_NEW, A_NEWS) or (mode == A_MIX and rng.random() < 0.5):
            return f"{sv}, {o[3]}, {o[4]}"
        if mode == A_OLDS:
            return f"{sv}, {o[1]}, {o[2].replace('tỉnh ', '')}"
        return f"{sv}, {o[0]}, {o[1]}, {o[2]}"
    row = PL[pi]
    prov = row["prov"]
    pk = ""
    if park >= 0:
        p = PARKS[park]
        pk = p[0] if mode in (A_OLD, A_NEW) and rng.random() < 0.6 else rng.pick(p[1])
    if mode == A_PARK:
        if park >= 0:
            if rng.random() < 0.75:
                return f"{sv}, {pk}"
            return f"{sv}, {pk}, {row['bd']}" if rng.random() < 0.5 else f"{sv} {pk}"
        mode = A_OLDS
    if mode == A_EN or mode == A_ENNEW:
        parts = [se]
        if park >= 0:
            parts.append(PARKS[park][2])
        if mode == A_ENNEW:
            parts.append(row["n_en"])
            parts.append("Quang Ngai Province")
        else:
            parts.append(row["u_en"])
            parts.append(row["d_en"])
            parts.append("Kon Tum Province" if prov == 1 else "Quang Ngai Province")
        if rng.random() < 0.5:
            parts.append("Vietnam" if rng.random() < 0.7 else "Viet Nam")
        return ", ".join(parts)
    if mode == A_OLD:
        if pk:
            return f"{sv}, {pk}, {row['old_u']}, {row['old_d']}, {PROV_NAME[prov]}"
        return f"{sv}, {row['old_u']}, {row['old_d']}, {PROV_NAME[prov]}"
    if mode == A_NEW:
        if pk:
            return f"{sv}, {pk}, {row['new_u']}, tỉnh Quảng Ngãi"
        return f"{sv}, {row['new_u']}, tỉnh Quảng Ngãi"
    if mode == A_NEWS:
        ab = rng.pick(_TYPE_ABBR[row["tn"]])
        pv = rng.pick(PROV_SHORT[0])
        sep = rng.pick((", ", " - ", ", ", " , "))
        head = f"{sv}{sep}{pk}" if pk else sv
        return f"{head}{sep}{ab} {row['bn']}{sep}{pv}"
    if mode == A_OLDS:
        u = rng.random()
        sep = rng.pick((", ", " - ", ", ", " , ", "-"))
        pv = rng.pick(PROV_SHORT[prov])
        head = f"{sv}{sep}{pk}" if pk else sv
        if u < 0.35:
            return f"{head}{sep}{rng.pick(_TYPE_ABBR[row['tu']])} {row['bu']}{sep}{rng.pick(_TYPE_ABBR[row['td']])} {row['bd']}{sep}{pv}"
        if u < 0.6:
            return f"{head}{sep}{row['bu']}{sep}{row['bd']}{sep}{pv}"
        if u < 0.75:
            return f"{head}{sep}{row['bd']}{sep}{pv}"
        if u < 0.88:
            return f"{head}{sep}{row['bu']}{sep}{row['bd']}"
        return f"{head}{sep}{rng.pick(_TYPE_ABBR[row['td']])} {row['bd']}"
    # A_MIX: the half-updated addresses of mid-2025
    u = rng.random()
    h = f"{sv}, {pk}" if pk else sv
    if u < 0.3:
        return f"{h}, {row['new_u']}, {row['old_d']}, tỉnh Quảng Ngãi"
    if u < 0.5:
        return f"{h}, {row['old_u']} (nay là {row['new_u']}), tỉnh Quảng Ngãi"
    if u < 0.65:
        return f"{h}, {row['old_u']}, {row['old_d']}, tỉnh Quảng Ngãi"
    if u < 0.8:
        return f"{h}, {row['new_u']}, {PROV_NAME[prov]}"
    if u < 0.9:
        return f"{h}, {row['old_u']}, {row['old_d']}, {PROV_NAME[prov]} (cũ)"
    return f"{h}, {row['new_u']}, tỉnh Quảng Ngãi (trước đây là {row['old_u']}, {row['old_d']})"


def _addr_pick(rng: _Rng, loc: tuple, probs: tuple) -> str:
    """probs: cumulative thresholds for modes A_OLD..A_PARK (len 8)."""
    u = rng.random()
    for m, p in enumerate(probs):
        if u < p:
            return _addr(rng, loc, m)
    return _addr(rng, loc, A_OLD)


# ============================================================================ entity factory


class _Ctx:
    def __init__(self, n: int):
        self.used = set()
        self.queue = []
        self.nent = 0
        # phones of accounting / tax-agent services that register and report for many small firms
        self.acct = ([], [])
        self.n_acct = max(3, n // 6000)
        # "virtual office" addresses rented by many small firms
        self.vo = ([], [])
        self.n_vo = max(2, n // 12000)


def _truth(idx: int) -> str:
    return f"QNG-{(idx * 2654435761 + 7340033) % 10_000_000:07d}"


def _sect_for(rng: _Rng, cls: int, region: int) -> int:
    if cls == C_DQ:
        return rng.pick(_DQ_SECT)
    if cls == C_OUT:
        return rng.pick(_OUT_SECT)
    if cls == C_KT or region == 1:
        return rng.pick(_KT_SECT)
    return rng.pick(_QN_SECT)


def _compose(e: _Ent, core: str, sect: int, suffix: str) -> None:
    if sect >= 0:
        sv, sa, sen = SECT[sect]
        e.body = f"{sv} {core}"
        e.body_s = f"{sa} {core}"
        e.body_en = f"{_ascii(core)} {sen}"
    else:
        e.body = core
        e.body_s = core
        e.body_en = _ascii(core)
    if suffix:
        e.body += " " + suffix
        e.body_s += " " + suffix
        e.body_en = f"{_ascii(core)} {_ascii(suffix)}" + (f" {SECT[sect][2]}" if sect >= 0 else "")


def _fdi_names(rng: _Rng, e: _Ent, vsip: bool, brand: tuple | None) -> tuple:
    """Fills body/body_s/body_en/script/alt of an FDI entity; returns the brand tuple for relatives."""
    while brand is None:
        u = rng.random()
        if u < 0.42:
            a, b = rng.pick(KR_SYL), rng.pick(KR_SYL)
            brand = ("KR", a[0] + b[0].lower(), a[1] + b[1], a[0] + " " + b[0])
        elif u < 0.60:
            a, b = rng.pick(ZH_SYL), rng.pick(ZH_SYL)
            tw = rng.random() < 0.65
            rom = f"{a[0]} {b[0]}" if tw else f"{a[1]}{b[1].lower()}"
            brand = ("TW" if tw else "CN", rom, (a[2] + b[2]) if tw else (a[3] + b[3]), f"{a[4]} {b[4]}")
        elif u < 0.78:
            a, b = rng.pick(JP_SYL), rng.pick(JP_SYL)
            brand = ("JP", a[0] + b[0].lower(), a[1] + b[1], "")
        else:
            brand = ("SG", f"{rng.pick(SG_W)} {rng.pick(SG_W)}", "", "")
        if brand[1] in BLOCKED:
            brand = None
            continue
        if rng.random() < min(0.6, 0.2 * rng.variety):
            w = rng.pick(BRAND_WORD)
            brand = (brand[0], f"{brand[1]} {w}", brand[2], brand[3] + " " + w if brand[3] else "")
    nat, rom, scr, alt = brand
    e.nation = nat
    if nat == "KR":
        kw = rng.pick(KR_KW) if not vsip else rng.pick((KR_KW[0], KR_KW[2], KR_KW[3], KR_KW[4], KR_KW[8], KR_KW[9]))
        cs = "Vina" if rng.random() < 0.6 else "Vietnam"
        en = " ".join(x for x in (rom, kw[0], cs) if x)
        vi_cs = "Vina" if cs == "Vina" else "Việt Nam"
        if kw[2] and rng.random() < 0.35:
            e.body = f"{kw[2]} {rom} {vi_cs}"
        else:
            e.body = " ".join(x for x in (rom, kw[0], vi_cs) if x)
        ko_cs = "비나" if cs == "Vina" else "베트남"
        e.script = f"{scr}{kw[1]}{ko_cs}"
        e.alt = ""
    elif nat in ("TW", "CN"):
        kw = rng.pick(ZH_KW)
        en = f"{rom} {kw[0]} Vietnam" if rng.random() < 0.7 else f"{rom} Vietnam"
        if kw[3] and rng.random() < 0.5:
            e.body = f"{kw[3]} {rom} Việt Nam"
        else:
            e.body = en.replace("Vietnam", "Việt Nam")
        e.script = f"{scr}{kw[1] if nat == 'TW' else kw[2]}越南有限公司" if rng.random() < 0.8 else f"越南{scr}有限公司"
        e.alt = f"{kw[3]} {alt} Việt Nam".strip() if kw[3] else f"{alt} Việt Nam"
    elif nat == "JP":
        kw = rng.pick(JP_KW)
        en = " ".join(x for x in (rom, kw[0], "Vietnam") if x)
        e.body = " ".join(x for x in (rom, kw[0], "Việt Nam") if x)
        e.script = f"{scr}{kw[1]}ベトナム有限会社" if rng.random() < 0.7 else f"ベトナム{scr}{kw[1]}株式会社"
        e.alt = ""
    else:
        kw = rng.pick(SG_KW)
        en = f"{rom} {kw[0]} Vietnam"
        e.body = f"{kw[1]} {rom} Việt Nam" if kw[1] and rng.random() < 0.4 else f"{rom} {kw[0]} Việt Nam"
        e.script = ""
        e.alt = ""
    e.body_en = en
    e.body_s = e.body.replace("Việt Nam", "VN") if rng.random() < 0.5 else e.body
    e.core = rom
    return brand


def _size(rng: _Rng, cls: int) -> int:
    p1, alpha, scale, cap = SIZE_LAW[cls]
    if rng.random() < p1:
        return 1
    inv = -1.0 / alpha
    while True:
        x = int(scale * (1.0 - rng.random()) ** inv)
        if x < cap:
            return 1 + x


def _unit(rng: _Rng, e: _Ent, ctx: _Ctx, kind: int, idx: int) -> tuple:
    if e.cls == C_OUT:
        loc = _new_loc(rng, C_OUT, 0 if rng.random() < 0.85 else 1)
    elif e.cls == C_FDI:
        loc = _new_loc(rng, C_FDI, 2)
    else:
        reg = e.region if rng.random() < 0.6 else 1 - e.region
        loc = _new_loc(rng, C_KT if reg == 1 else C_QN, reg)
    suffix = "" if kind == UNIT_DDKD else f"-{idx:03d}"
    if kind == UNIT_BDH:
        label = rng.pick(_PROJ_KT if PL[loc[3]]["prov"] == 1 else _PROJ_QN)
    else:
        label = -1
    phone = _landline(rng, _area(loc)) if rng.random() < 0.45 else _mobile(rng)
    return (kind, loc, suffix, phone, label)


def _place_word(loc: tuple) -> str:
    if loc[3] < 0:
        return "Việt Nam"
    row = PL[loc[3]]
    tag = row["tag"]
    if tag in ("DQ", "DQW"):
        return "Dung Quất"
    if tag == "BY":
        return "Bờ Y"
    if tag == "SH":
        return "Sa Huỳnh"
    return "Kon Tum" if row["prov"] == 1 else "Quảng Ngãi"


def _new_entity(rng: _Rng, ctx: _Ctx, cls: int, rel: tuple | None) -> _Ent:
    e = _Ent()
    e.cls = cls
    e.truth = _truth(ctx.nent)
    ctx.nent += 1
    e.old = None
    e.loc_old = None
    e.units = ()
    e.acct = ""
    e.conv = False
    e.pid = ""
    e.pmst = ""
    e.hkd = ""
    e.script = ""
    e.alt = ""
    e.nation = ""
    e.brand = None
    e.sect = -1
    e.female = rng.random() < 0.33
    rkind = rel[0] if rel else ""
    par = rel[1] if rel else None
    if cls == C_KT:
        e.region = 1
    elif cls in (C_HTX, C_HKD):
        e.region = 1 if rng.random() < 0.36 else 0
    elif cls == C_FDI:
        e.region = 1 if rng.random() < 0.06 else 0
    elif cls == C_OUT:
        e.region = 2
    else:
        e.region = 0
    if rkind == "namesake" and cls in (C_QN, C_KT):
        e.cls = cls = C_KT if par.region == 0 else C_QN
        e.region = 1 - par.region
    elif par is not None and cls not in (C_OUT,):
        e.region = par.region if par.region < 2 else 0
    # ---------------------------------------------------------------- households
    if cls == C_HKD:
        e.form = F_HKD
        eth = rng.random() < (0.42 if e.region == 1 else 0.1)
        e.owner = _ethnic_person(rng, e.region, e.female) if eth else _person(rng, e.female)
        e.pid = _cccd(rng, e.region, e.female)
        e.pmst = _personal_mst(rng, ctx.used) if rng.random() < 0.55 else ""
        types = HKD_TYPES_KT if e.region == 1 else HKD_TYPES_QN
        u = rng.random()
        t = rng.pick(types)
        if u < 0.35:
            e.hkd = ""
        elif u < 0.7:
            a = _head(rng, CORE_ALL, 107, 1.5)
            e.hkd = f"{t} {a} {_head(rng, CORE_ALL, 107)}" if rng.random() < 0.75 else f"{t} {a}"
        elif u < 0.85:
            e.hkd = f"{t} {e.owner.split()[-1]}"
        else:
            e.hkd = f"{t} {rng.pick(NICK)} {e.owner.split()[-1]}"
        e.body = e.hkd
        e.body_s = e.hkd
        e.body_en = _ascii(e.hkd or e.owner)
        e.core = e.hkd
        e.mst = ""
        e.loc = _new_loc(rng, C_HKD, e.region)
        e.phones = (_mobile(rng),) if rng.random() < 0.93 else (_mobile(rng), _mobile(rng))
        return e
    # ---------------------------------------------------------------- cooperatives
    if cls == C_HTX:
        e.form = F_HTX
        e.owner = _ethnic_person(rng, e.region, e.female) if rng.random() < (0.35 if e.region == 1 else 0.08) \
            else _person(rng, e.female)
        e.loc = _new_loc(rng, C_HTX, e.region)
        row = PL[e.loc[3]]
        ti = int(len(_HTX_TYPES) * rng.random() ** 1.4)
        t, ta = _HTX_TYPES[ti]
        u = rng.random()
        if u < 0.35 / rng.variety:
            nm = row["bu"]
        elif u < 0.55 / rng.variety:
            sv = e.loc[0]
            named = not any(c.isdigit() for c in sv) and sv.startswith(("Thôn ", "Làng "))
            nm = sv.replace("Thôn ", "thôn ").replace("Làng ", "làng ") if named else _viet_core(rng)
        else:
            nm = _viet_core(rng)
        if rng.random() < 0.08:
            nm += f" {rng.pick(('1', '2', 'số 1', 'số 2', 'I', 'II'))}"
        e.body = f"{t} {nm}"
        e.body_s = f"{ta} {nm}"
        e.body_en = f"{_ascii(nm)} {_HTX_EN[ti]}"
        e.core = nm
        e.mst = _mst(rng, "610" if e.region == 1 else rng.pick(("430", "431")), ctx.used)
        e.phones = (_mobile(rng),)
        return e
    # ---------------------------------------------------------------- companies
    if cls == C_FDI:
        vsip = False
        brand = None
        if rkind == "brand2":
            brand = par.brand
        e.loc = _new_loc(rng, C_FDI, e.region)
        vsip = PARKS[e.loc[2]][3] == "VSIP" if e.loc[2] >= 0 else False
        e.brand = _fdi_names(rng, e, vsip, brand)
        if rkind == "brand2" and (e.body == par.body or rng.random() < 0.45):
            # same group, another legal entity: "X Vina" (VSIP) and "X Dung Quất" (EZ) both exist
            lw = rng.pick(("Dung Quất", "Dung Quất", "Quảng Ngãi", "Miền Trung")) if e.region == 0 else "Kon Tum"
            for a in (" Vina", " Việt Nam", " VN"):
                e.body = e.body.replace(a, " " + lw)
                e.body_s = e.body_s.replace(a, " " + lw)
            for a in (" Vina", " Vietnam"):
                e.body_en = e.body_en.replace(a, " " + _ascii(lw))
            for a in ("비나", "베트남", "越南", "ベトナム"):
                e.script = e.script.replace(a, "")
        e.form = F_TNHH if rng.random() < 0.88 else F_CP
        e.mst = _mst(rng, rng.pick(("430", "431")) if e.region == 0 else "610", ctx.used)
        e.owner = ""
        e.sect = -1
    else:
        if cls == C_OUT:
            fu = rng.random()
            e.form = F_CP if fu < 0.6 else (F_TNHH if fu < 0.9 else F_MTV)
        elif cls == C_DQ:
            fu = rng.random()
            e.form = F_TNHH if fu < 0.40 else (F_MTV if fu < 0.70 else (F_CP if fu < 0.97 else F_DNTN))
        else:
            fu = rng.random()
            e.form = F_TNHH if fu < 0.40 else (F_MTV if fu < 0.69 else (F_CP if fu < 0.85 else F_DNTN))
        if par is not None and rkind in ("sister", "namesake", "subsidiary"):
            core = par.core
        else:
            core = _viet_core(rng)
        e.core = core
        sect = _sect_for(rng, cls, e.region)
        if rkind == "namesake":
            sect = par.sect if rng.random() < 0.8 else sect
            if rng.random() < 0.55:
                e.form = par.form
        elif rkind == "sister" and sect == par.sect:
            sect = (sect + 1 + int(rng.random() * 5)) % len(SECT)
        elif rkind == "subsidiary":
            e.form = F_MTV if rng.random() < 0.8 else F_TNHH
            sect = par.sect if rng.random() < 0.5 else sect
        if rng.random() < (0.18 if e.form != F_DNTN else 0.05) and rkind != "namesake":
            sect = -1
        e.sect = sect
        suffix = ""
        us = rng.random()
        if rkind == "subsidiary":
            preg = _loc_region(par.units[0][1]) if par.units else par.region
            suffix = "Kon Tum" if preg == 1 else rng.pick(SUFFIX_DQ)
        elif rkind == "sister":
            suffix = rng.pick(("", "", "2", "Group", "Miền Trung", "Dung Quất", "Quảng Ngãi", "Kon Tum"))
        elif cls == C_DQ and us < 0.3:
            suffix = rng.pick(SUFFIX_DQ)
        elif cls == C_QN and us < 0.15:
            suffix = rng.pick(SUFFIX_QN)
        elif cls == C_KT and us < 0.18:
            suffix = rng.pick(SUFFIX_KT)
        elif cls == C_OUT and us < 0.3:
            suffix = rng.pick(SUFFIX_OUT)
        if rkind == "namesake" and rng.random() < 0.3:
            suffix = rng.pick(SUFFIX_KT if e.region == 1 else SUFFIX_QN)
        if suffix and suffix in core:
            suffix = ""
        _compose(e, core, sect, suffix)
        if e.form == F_DNTN or (e.form == F_MTV and rng.random() < 0.5) or rng.random() < 0.3:
            eth = e.region == 1 and rng.random() < 0.06
            e.owner = _ethnic_person(rng, 1, e.female) if eth else _person(rng, e.female)
        else:
            e.owner = ""
        # tax code
        if cls == C_OUT:
            e.loc = _out_loc(rng)
            e.mst = _mst(rng, rng.pick(OUT_PLACES[-1 - e.loc[3]][5]), ctx.used)
        else:
            if rkind == "sister" and par.mst and par.mst[:2] in ("43", "61"):
                e.mst = _near_mst(rng, par.mst, ctx.used)
            else:
                pre = ("610", "611") if e.region == 1 else ("430", "431", "430")
                e.mst = _mst(rng, rng.pick(pre), ctx.used)
            if rkind in ("sister",) and rng.random() < 0.7:
                e.loc = par.loc if par.loc[3] >= 0 else _new_loc(rng, cls, e.region)
            elif rkind == "subsidiary" and rng.random() < 0.5:
                src = par.units[0][1] if par.units else par.loc
                e.loc = src if src[3] >= 0 else _new_loc(rng, C_DQ, 0)
            else:
                e.loc = _new_loc(rng, C_DQ if cls == C_DQ else (C_KT if e.region == 1 else C_QN), e.region)
    # phones
    area = _area(e.loc)
    ph = []
    if rkind == "sister" and rng.random() < 0.6:
        ph.append(par.phones[0])
    if cls in (C_OUT, C_FDI) or rng.random() < 0.5:
        ph.append(_landline(rng, area))
    if not ph or rng.random() < 0.6:
        ph.append(_mobile(rng))
    if rng.random() < 0.12:
        ph.append(_landline(rng, area))  # fax
    e.phones = tuple(ph)
    # accounting-service phone and virtual office (small local firms)
    if cls in (C_QN, C_KT, C_DQ) and rng.random() < 0.11:
        pool = ctx.acct[e.region]
        if len(pool) < ctx.n_acct or rng.random() < 0.02:
            pool.append(_landline(rng, "0260" if e.region == 1 else "0255") if rng.random() < 0.4 else _mobile(rng))
        e.acct = pool[int(len(pool) * rng.random() ** 1.3)]
    if cls in (C_QN, C_KT) and rng.random() < 0.03:
        pool = ctx.vo[e.region]
        if len(pool) < ctx.n_vo or rng.random() < 0.02:
            reg = e.region
            row_i = _new_loc(rng, C_QN if reg == 0 else C_KT, reg)
            while PL[row_i[3]]["tag"] != "city":
                row_i = _new_loc(rng, C_QN if reg == 0 else C_KT, reg)
            fl = 2 + int(rng.random() * 5)
            pool.append((f"Tầng {fl}, {row_i[0]}", f"Floor {fl}, {row_i[1]}", -1, row_i[3]))
        e.loc = rng.pick(pool)
    # history: renaming, legal-form change, relocation, household origin
    if e.form != F_HTX and rng.random() < 0.08:
        if cls == C_FDI:
            if " Vina" in e.body:
                e.old = (e.form, e.body.replace(" Vina", " Việt Nam"), e.body_en.replace(" Vina", " Vietnam"))
            elif " Việt Nam" in e.body:
                e.old = (e.form, e.body.replace(" Việt Nam", " Vina"), e.body_en.replace(" Vietnam", " Vina"))
            else:
                e.old = (e.form, e.body + " Vina", e.body_en + " Vina")
        else:
            osect = _sect_for(rng, cls, e.region) if rng.random() < 0.7 else -1
            if osect >= 0:
                ob, oen = f"{SECT[osect][0]} {e.core}", f"{_ascii(e.core)} {SECT[osect][2]}"
            else:
                ob, oen = e.core, _ascii(e.core)
            if rng.random() < 0.25:
                oc = _viet_core(rng)
                ob = ob.replace(e.core, oc)
                oen = oen.replace(_ascii(e.core), _ascii(oc))
            e.old = (e.form, ob, oen)
    if e.form == F_CP and rng.random() < 0.12:
        e.old = (F_TNHH, e.old[1] if e.old else e.body, e.old[2] if e.old else e.body_en)
    if cls in (C_QN, C_KT) and e.form in (F_TNHH, F_MTV, F_DNTN) and rng.random() < 0.06:
        e.conv = True
        if not e.owner:
            e.owner = _person(rng, e.female)
        e.pid = _cccd(rng, e.region, e.female)
        e.pmst = _personal_mst(rng, ctx.used) if rng.random() < 0.6 else ""
        types = HKD_TYPES_KT if e.region == 1 else HKD_TYPES_QN
        e.hkd = f"{rng.pick(types)} {e.core}" if rng.random() < 0.7 else ""
        if rng.random() < 0.5:
            e.loc_old = _new_loc(rng, C_HKD, e.region)  # the household's premises before the conversion
    if e.loc_old is None and e.loc[3] >= 0 and rng.random() < 0.05:
        e.loc_old = _new_loc(rng, C_KT if e.region == 1 else C_QN, e.region)
    return e


def _add_units(rng: _Rng, e: _Ent, ctx: _Ctx, k: int) -> None:
    cls = e.cls
    if cls == C_OUT:
        nu = 1 + (k >= 6) + (k >= 14) + (k >= 28)
        units = []
        for i in range(nu):
            u = rng.random()
            kind = UNIT_CN if u < 0.5 else (UNIT_BDH if u < 0.85 else (UNIT_VPDD if u < 0.95 else UNIT_DDKD))
            units.append(_unit(rng, e, ctx, kind, i + 1))
        e.units = tuple(units)
    elif cls == C_FDI:
        if k >= 3 and rng.random() < (0.25 + 0.02 * k):
            nu = 1 + (k >= 15 and rng.random() < 0.5)
            e.units = tuple(_unit(rng, e, ctx, UNIT_NM if rng.random() < 0.6 else UNIT_CN, i + 1) for i in range(nu))
    elif cls in (C_QN, C_KT, C_DQ):
        p = 0.05 if k < 4 else 0.25
        if rng.random() < p:
            u = rng.random()
            kind = UNIT_CN if u < 0.55 else (UNIT_NM if u < 0.75 else UNIT_DDKD)
            e.units = (_unit(rng, e, ctx, kind, 1),)


# ---------------------------------------------------------------------------- source mix per entity

#                 THUE KKT VSIP SCTQ SCTK TKE  HQ  BHXH  NN  WEB  NCC
_BASE_W = {
    C_QN: (19, 0, 0, 21, 0, 17, 3, 15, 4, 10, 2),
    C_KT: (18, 0, 0, 0, 30, 16, 4, 14, 5, 9, 0.3),
    C_DQ: (14, 0, 0, 16, 0, 12, 2, 14, 0.3, 8, 16),
    C_OUT: (13, 18, 0, 10, 0, 5, 4, 12, 0, 5, 30),
    C_FDI: (11, 18, 0, 8, 0, 9, 16, 12, 0, 5, 6),
    C_HTX: (16, 0, 0, 13, 0, 8, 1, 9, 36, 6, 0),
    C_HKD: (26, 0, 0, 7, 0, 4, 0.1, 3, 44, 9, 0),
}
_WCACHE: dict = {}


def _weights(e: _Ent) -> tuple:
    loc = e.units[0][1] if (e.cls == C_OUT and e.units) else e.loc
    tag = _loc_tag(loc)
    park = loc[2] >= 0
    reg = _loc_region(loc)
    key = (e.cls, tag, park, reg, e.nation == "KR")
    w = _WCACHE.get(key)
    if w is not None:
        return w
    b = list(_BASE_W[e.cls])
    if reg == 1:
        b[S_SCTK] += b[S_SCTQ]
        b[S_SCTQ] = 0
    if park and tag in EZ_TAGS:
        if e.cls in (C_QN, C_KT):
            b[S_KKT] = 14
        elif e.cls == C_DQ:
            b[S_KKT] = 20
    elif e.cls == C_FDI:
        b[S_KKT] = 10
    if tag == "VSIP" and park:
        b[S_VSIP] = 40 if e.cls == C_FDI else 20
    if e.cls == C_FDI and tag not in ("DQ", "DQW"):
        b[S_NCC] = 1
    if e.cls == C_FDI and e.nation == "KR" and tag in ("DQ", "DQW"):
        b[S_NCC] = 14
    if e.cls in (C_QN,) and tag in ("DQ", "DQW"):
        b[S_NCC] = 8
    if e.cls == C_KT and tag == "BY":
        b[S_HQ] = 12
    w = tuple(b)
    _WCACHE[key] = w
    return w


# ============================================================================ name rendering


def _form_str(rng: _Rng, form: int, style: int) -> str:
    """style 0: registered, 1: long, 2: clerk abbreviation."""
    if style == 0:
        if form == F_MTV and rng.random() < 0.3:
            return "Công ty TNHH Một thành viên"
        return FORM_FULL[form]
    if style == 1:
        return FORM_LONG[form]
    return rng.pick(FORM_ABBR[form])


def _hkd_name(rng: _Rng, e: _Ent, style: int) -> str:
    """style 0: tax register, 1: agriculture/khuyến công lists, 2: other clerks / web."""
    own = e.owner
    if rng.random() < 0.12:
        own = _eth_variant(rng, own)
    biz = e.hkd
    u = rng.random()
    if style == 0:
        if u < 0.45 or not biz:
            return f"Hộ kinh doanh {own}" if u < 0.3 else own
        return f"{biz} ({own})" if u < 0.8 else f"HKD {biz}"
    if style == 1:
        if u < 0.25:
            return f"Hộ {rng.pick(('bà', 'bà', 'gia đình', 'ông/bà') if e.female else ('ông', 'ông', 'gia đình'))} {own}"
        if u < 0.45 and biz:
            return biz
        if u < 0.65 and biz:
            return f"{biz} - {own}"
        if u < 0.8:
            return f"{rng.pick(HKD_PREFIX)} {own}"
        return own if not biz else f"{rng.pick(HKD_PREFIX)} {biz}"
    if biz and u < 0.55:
        return biz if u < 0.35 else f"{rng.pick(HKD_PREFIX)} {biz}"
    return f"{rng.pick(HKD_PREFIX)} {own}" if u < 0.85 else own


def _eth_variant(rng: _Rng, s: str) -> str:
    u = rng.random()
    if s.startswith(("A ", "Y ")):
        if u < 0.4:
            return s[0] + s[2:]  # AThút
        if u < 0.7:
            return s[0] + "-" + s[2:]
        return s[0] + "' " + s[2:] if s[0] == "Y" else s.upper()
    if "H'" in s and u < 0.5:
        return s.replace("H'", "H")
    if "Rơ " in s and u < 0.6:
        return s.replace("Rơ ", "Rơ")
    if "Ksor" in s and u < 0.6:
        return s.replace("Ksor", "Ksơr")
    return _ascii(s) if u < 0.85 else s


def _cur(rng: _Rng, e: _Ent, p_old: float) -> tuple:
    """(form, body, body_short, body_en) as of the list's vintage."""
    if e.old is not None and rng.random() < p_old:
        f, b, be = e.old
        return f, b, b, be
    return e.form, e.body, e.body_s, e.body_en


def _vi_name(rng: _Rng, e: _Ent, style: int, p_old: float, p_short: float) -> str:
    f, b, bs, _ = _cur(rng, e, p_old)
    if rng.random() < p_short:
        b = bs
    if f == F_HKD:
        return _hkd_name(rng, e, 2)
    if style == 2 and rng.random() < 0.06:
        return b  # legal form left out
    if style == 2 and f != F_HTX and rng.random() < 0.04:
        return f"{b} ({rng.pick(FORM_ABBR[f])})"
    return f"{_form_str(rng, f, style)} {b}"


def _en_name(rng: _Rng, e: _Ent, p_old: float) -> str:
    f, _, _, be = _cur(rng, e, p_old)
    return f"{be} {rng.pick(FORM_EN[f])}"


def _parent_label(rng: _Rng, e: _Ent, style: int, p_old: float) -> str:
    if style == 3:
        return _en_name(rng, e, p_old)
    return _vi_name(rng, e, style, p_old, 0.25 if style == 2 else 0.0)


def _unit_name(rng: _Rng, e: _Ent, unit: tuple, style: int, p_old: float) -> str:
    """Name of a dependent unit; style 0 registered, 2 clerk, 3 English."""
    kind, loc, _, _, label = unit
    par = _parent_label(rng, e, style, p_old)
    pw = _place_word(loc)
    u = rng.random()
    if style == 3:
        pwa = _ascii(pw)
        if kind == UNIT_BDH:
            return f"{par} - {PROJECTS_EN[label]} Site Office" if u < 0.6 else f"{par} (Site Office)"
        if kind == UNIT_NM:
            return f"{par} - {pwa} Factory" if u < 0.6 else f"{par} {pwa} Plant"
        if kind == UNIT_VPDD:
            return f"Representative Office of {par} in {pwa}"
        if kind == UNIT_DDKD:
            return f"{par} - {pwa} Warehouse"
        return f"{par} - {pwa} Branch" if u < 0.5 else (f"Branch of {par} in {pwa}" if u < 0.8 else f"{par} ({pwa} Branch)")
    if kind == UNIT_CN:
        if style == 0:
            return f"Chi nhánh {par} tại {pw}" if u < 0.75 else f"Chi nhánh {pw} - {par}"
        if u < 0.3:
            return f"Chi nhánh {par} tại {pw}"
        if u < 0.5:
            return f"CN {par} tại {pw}"
        if u < 0.65:
            return f"{par} - Chi nhánh {pw}"
        if u < 0.8:
            return f"Chi nhánh {par}"
        if u < 0.9:
            return f"{par} (CN {pw})"
        return par
    if kind == UNIT_NM:
        prod = SECT[e.sect][0].lower() if e.sect in _PRODUCT_SECT else ""
        nm = f"Nhà máy {prod} {pw}".replace("  ", " ") if prod and u < 0.5 else f"Nhà máy {e.core} {pw}"
        if style == 0:
            return f"{nm} - Chi nhánh {par}" if u < 0.7 else f"Chi nhánh {par} - {nm}"
        if u < 0.35:
            return f"{nm} ({par})"
        if u < 0.6:
            return f"{par} - {nm}"
        if u < 0.8:
            return nm
        return f"{nm} - CN {par}"
    if kind == UNIT_VPDD:
        if style == 0:
            return f"Văn phòng đại diện {par} tại {pw}"
        return f"VPĐD {par} tại {pw}" if u < 0.6 else f"{par} - VPĐD {pw}"
    if kind == UNIT_BDH:
        pj = PROJECTS[label]
        if style == 0:
            return f"Chi nhánh {par} - Ban điều hành {pj}"
        if u < 0.3:
            return f"Ban điều hành {pj} - {par}"
        if u < 0.55:
            return f"Ban chỉ huy công trường {pj.replace('dự án ', '')} ({par})"
        if u < 0.75:
            return f"{par} - BCH công trường {pw}"
        if u < 0.9:
            return f"BĐH {pj} - {par}"
        return par
    # business location / warehouse: no own tax code
    if u < 0.4:
        return f"Địa điểm kinh doanh - {par}"
    if u < 0.7:
        return f"{par} - Kho {pw}"
    return f"Cửa hàng {e.core} - {par}"


def _script_name(rng: _Rng, e: _Ent) -> str:
    s = e.script
    if e.nation == "KR":
        if rng.random() < 0.5:
            return f"{s} {FORM_KR[0]}"
        return f"{FORM_KR[1]}{s}" if rng.random() < 0.6 else s
    return s


# ============================================================================ tax rendering


def _tax_excel(rng: _Rng, code: str) -> str:
    """What Excel does to a code typed into a General/Number cell."""
    digits = code.replace("-", "")
    u = rng.random()
    if code[0] == "0" and u < 0.75:
        return digits.lstrip("0")
    if len(digits) >= 12 and u < 0.6:
        return f"{int(digits[0])}.{digits[1:6]}E+{len(digits) - 1}"
    if u < 0.4:
        return digits + ".0"
    if u < 0.6:
        return "'" + code
    if u < 0.75:
        return f"{int(digits):,}" if len(digits) <= 12 else digits
    return digits


def _tax_spaced(rng: _Rng, code: str) -> str:
    base, br = code[:10], code[10:]
    u = rng.random()
    if u < 0.35:
        s = f"{base[:4]} {base[4:7]} {base[7:]}"
    elif u < 0.55:
        s = f"{base[:4]}.{base[4:7]}.{base[7:]}"
    elif u < 0.7:
        s = f"{base[:2]} {base[2:]}"
    elif u < 0.8:
        s = " ".join(base)
    else:
        s = f" {base} "
    return s + br


def _tax_branch(rng: _Rng, code: str) -> str:
    if len(code) <= 10:
        return code
    base, br = code[:10], code[11:]
    u = rng.random()
    if u < 0.55:
        return code
    if u < 0.68:
        return base + br
    if u < 0.78:
        return f"{base} - {br}"
    if u < 0.86:
        return f"{base}/{br}"
    if u < 0.93:
        return f"{base}-{br[1:]}"
    return f"{base}_{br}"


def _tax_typo(rng: _Rng, code: str) -> str:
    d = code[:10]
    i = int(rng.random() * 10)
    u = rng.random()
    if u < 0.4:
        c = str((int(d[i]) + 1 + int(rng.random() * 9)) % 10)
        d = d[:i] + c + d[i + 1:]
    elif u < 0.7 and i < 9:
        d = d[:i] + d[i + 1] + d[i] + d[i + 2:]
    elif u < 0.85:
        d = d[:i] + d[i + 1:]
    else:
        d = d[:i] + d[i] + d[i:]
    return d + code[10:]


def _tax_code(rng: _Rng, e: _Ent, unit: tuple | None, p_branch_parent: float) -> str:
    if unit is None:
        return e.mst
    if unit[2] and rng.random() >= p_branch_parent:
        return e.mst + unit[2]
    return e.mst


def _tax_mess(rng: _Rng, code: str, p_excel: float, p_space: float, p_typo: float) -> str:
    if not code:
        return code
    code = _tax_branch(rng, code) if len(code) > 10 else code
    u = rng.random()
    if u < p_typo:
        code = _tax_typo(rng, code)
    u = rng.random()
    if u < p_excel:
        return _tax_excel(rng, code)
    if u < p_excel + p_space:
        return _tax_spaced(rng, code)
    return code


def _hkd_tax(rng: _Rng, e: _Ent, p_pid: float, p_pmst: float) -> str:
    """Households have no enterprise code: the owner's CCCD (the personal tax number since 7/2025) or an old
    personal tax code; a CCCD typed into a number cell loses its leading zero or turns scientific."""
    u = rng.random()
    if u < p_pid:
        v = e.pid
        w = rng.random()
        if w < 0.1:
            return f"{v[1]}.{v[2:6]}E+10"
        if w < 0.28:
            return v[1:]
        return v
    if u < p_pid + p_pmst and e.pmst:
        return e.pmst
    return ""


# ============================================================================ phone rendering


def _phone_list(rng: _Rng, e: _Ent, unit: tuple | None) -> tuple:
    if unit is not None:
        if rng.random() < 0.7:
            return (unit[3],)
        return (unit[3], e.phones[0])
    return e.phones


def _phones(rng: _Rng, nums: tuple, maxn: int, mode: int, p_old: float, labels: bool, who: str) -> str:
    k = 1 if maxn <= 1 or len(nums) == 1 else 1 + int(rng.random() * min(maxn, len(nums)))
    out = []
    for i in range(k):
        p = nums[i]
        s = _fmt_phone(rng, p, mode, p_old > 0.0 and rng.random() < p_old)
        if labels and rng.random() < 0.15:
            s = (rng.pick(("ĐT: ", "DĐ: ", "Tel: ", "ĐT ", "SĐT: ", "Hotline: ")) if i == 0
                 else rng.pick(("Fax: ", "DĐ: ", "", "Fax ")) if p[:2] == "02" else "") + s
        out.append(s)
    s = out[0] if k == 1 else rng.pick(_PHONE_JOIN).join(out)
    if who and rng.random() < 0.08:
        s += rng.pick(_PHONE_WHO).format(g=who.split()[-1])
    return s


# ============================================================================ sources

# address mode cumulative probabilities: (A_OLD, A_OLDS, A_NEW, A_NEWS, A_MIX, A_EN, A_ENNEW, A_PARK)
_AP_THUE = (0.35, 0.35, 0.85, 0.85, 1.0, 1.0, 1.0, 1.0)
_AP_KKT = (0.30, 0.35, 0.55, 0.55, 0.65, 0.65, 0.65, 1.0)
_AP_VSIP = (0.0, 0.0, 0.0, 0.0, 0.0, 0.82, 1.0, 1.0)
_AP_SCT = (0.35, 0.85, 0.88, 0.9, 1.0, 1.0, 1.0, 1.0)
_AP_TKE = (0.55, 0.85, 0.97, 0.97, 1.0, 1.0, 1.0, 1.0)
_AP_HQ = (0.55, 0.6, 0.7, 0.7, 0.7, 0.95, 1.0, 1.0)
_AP_BHXH = (0.35, 0.4, 0.8, 0.8, 1.0, 1.0, 1.0, 1.0)
_AP_NN = (0.3, 0.75, 0.85, 0.9, 1.0, 1.0, 1.0, 1.0)
_AP_WEB = (0.08, 0.3, 0.5, 0.82, 0.94, 0.97, 1.0, 1.0)
_AP_NCC = (0.35, 0.4, 0.55, 0.55, 0.55, 0.9, 1.0, 1.0)


def _pick_unit(rng: _Rng, e: _Ent, p_head: float, region: int = -1) -> tuple | None:
    """None for the head office, else one of the entity's dependent units (of one old province if asked)."""
    if not e.units or rng.random() < p_head:
        return None
    units = e.units
    if region >= 0:
        units = [u for u in units if u[1][3] >= 0 and PL[u[1][3]]["prov"] == region]
        if not units:
            return None
    return units[int(rng.random() * len(units))]


def _hkd_loc(e: _Ent) -> tuple:
    return e.loc_old if (e.conv and e.loc_old is not None) else e.loc


def _loc_of(rng: _Rng, e: _Ent, unit: tuple | None, p_old_loc: float) -> tuple:
    if unit is not None:
        return unit[1]
    if e.loc_old is not None and rng.random() < p_old_loc:
        return e.loc_old
    return e.loc


def _r_thue(rng: _Rng, e: _Ent) -> tuple:
    """Tax authority extract: registered names (often upper case), codes clean, branches with -NNN."""
    if e.form == F_HKD or (e.conv and rng.random() < 0.25):
        name = _hkd_name(rng, e, 0)
        if rng.random() < 0.55:
            name = name.upper()
        tax = _hkd_tax(rng, e, 0.55, 0.4)
        addr = _addr_pick(rng, _hkd_loc(e), _AP_THUE)
        ph = _phones(rng, e.phones, 1, 0, 0.0, False, "") if rng.random() < 0.6 else ""
        return name, tax, addr, ph
    unit = _pick_unit(rng, e, 0.05 if e.cls == C_OUT else 0.55)
    if unit is None:
        name = _vi_name(rng, e, 0, 0.04, 0.0)
    else:
        name = _unit_name(rng, e, unit, 0, 0.04)
    if rng.random() < 0.55:
        name = name.upper()
    tax = _tax_code(rng, e, unit, 0.03)
    if rng.random() < 0.03:
        tax = _tax_mess(rng, tax, 0.3, 0.5, 0.2)
    addr = _addr_pick(rng, _loc_of(rng, e, unit, 0.15), _AP_THUE)
    if rng.random() < 0.03:
        addr = ""
    if e.acct and rng.random() < 0.65:
        ph = _fmt_phone(rng, e.acct, 0)
    elif rng.random() < 0.62:
        ph = _phones(rng, _phone_list(rng, e, unit), 1, 0, 0.0, False, "")
    else:
        ph = ""
    return name, tax, addr, ph


def _r_kkt(rng: _Rng, e: _Ent) -> tuple:
    """EZ / IP management board investor & project list."""
    unit = _pick_unit(rng, e, 0.5)
    u = rng.random()
    if unit is not None and rng.random() < 0.5:
        name = _unit_name(rng, e, unit, 2 if u < 0.5 else 0, 0.3)
    elif e.cls == C_FDI and u < 0.22:
        name = f"{_vi_name(rng, e, 0, 0.2, 0.0)} ({_en_name(rng, e, 0.2)})"
    elif e.cls == C_FDI and u < 0.27 and e.script:
        name = f"{_vi_name(rng, e, 0, 0.2, 0.0)} ({_script_name(rng, e)})"
    else:
        name = _vi_name(rng, e, 0 if u < 0.7 else 2, 0.3, 0.1)
    if rng.random() < 0.08:
        name = name.upper()
    # tax column: code, project code, both, or nothing
    t = rng.random()
    if t < 0.55:
        tax = _tax_mess(rng, _tax_code(rng, e, unit, 0.5), 0.08, 0.08, 0.02)
    elif t < 0.7:
        tax = _project_code(rng)
    elif t < 0.8:
        tax = f"MST: {_tax_code(rng, e, unit, 0.5)}; MSDA: {_project_code(rng)}"
    elif t < 0.86:
        tax = f"GCNĐKĐT số {_project_code(rng)}"
    else:
        tax = ""
    loc = _loc_of(rng, e, unit, 0.3)
    if e.cls == C_OUT and unit is None and e.units:
        loc = e.units[0][1]  # project site rather than head office
    addr = _addr_pick(rng, loc, _AP_KKT) if rng.random() > 0.02 else ""
    if rng.random() < 0.5:
        ph = _phones(rng, _phone_list(rng, e, unit), 2, 1, 0.1, True, "")
    else:
        ph = ""
    return name, tax, addr, ph


def _r_vsip(rng: _Rng, e: _Ent) -> tuple:
    """VSIP Quảng Ngãi tenant list, English."""
    name = _en_name(rng, e, 0.3)
    u = rng.random()
    if u < 0.15:
        name = name.upper()
    elif u < 0.25 and e.nation in ("TW", "CN", "JP", "KR") and e.script:
        name = f"{name} ({_script_name(rng, e)})"
    tax = _tax_mess(rng, e.mst, 0.15, 0.05, 0.02) if rng.random() < 0.7 else ""
    addr = _addr_pick(rng, e.loc, _AP_VSIP)
    ph = _phones(rng, e.phones, 2, 2, 0.0, True, "") if rng.random() < 0.85 else ""
    return name, tax, addr, ph


def _r_sct(rng: _Rng, e: _Ent, kontum: bool) -> tuple:
    """Old DOIT lists (CNHT surveys, industrial-enterprise lists, CCN tenants), 2016-2024."""
    unit = _pick_unit(rng, e, 0.4 if e.cls == C_OUT else 0.65, 1 if kontum else 0)
    as_hkd = e.form == F_HKD or (e.conv and rng.random() < 0.4)
    if as_hkd:
        unit = None
        name = _hkd_name(rng, e, 2)
    elif unit is not None:
        name = _unit_name(rng, e, unit, 2, 0.45)
    elif e.cls == C_FDI and e.alt and rng.random() < 0.25:
        name = f"{_form_str(rng, e.form, 2)} {e.alt}"  # Sino-Vietnamese reading of a Chinese brand
    elif e.old is not None and rng.random() < 0.12:
        name = f"{_form_str(rng, e.old[0], 2)} {e.old[1]} (nay là {_vi_name(rng, e, 2, 0.0, 0.3)})"
    else:
        name = _vi_name(rng, e, 2 if rng.random() < 0.75 else 1, 0.45, 0.35)
    if rng.random() < 0.03:
        name = name.replace(" ", "  ", 1)
    u = rng.random()
    if u < 0.05 and e.owner:
        name += f" (GĐ: {e.owner})" if rng.random() < 0.6 else f" - {e.owner}"
    elif u < 0.07:
        name += rng.pick((" (tạm ngừng KD)", " (đã đổi tên)", " *", " (mới)", " (CNHT)"))
    if rng.random() < 0.2:
        name = _old_tone(name)
    if rng.random() < 0.04:
        name = _typo(rng, name)
    if rng.random() < 0.1:
        name = name.upper()
    # tax
    t = rng.random()
    if as_hkd:
        tax = _hkd_tax(rng, e, 0.15, 0.2)
    elif t < (0.5 if kontum else 0.62):
        tax = _tax_mess(rng, _tax_code(rng, e, unit, 0.35), 0.16, 0.12, 0.04)
    elif t < 0.66:
        tax = rng.pick(("", "", "", "chưa có", "-", "Đang cập nhật", "x"))
    else:
        tax = ""
    loc = _hkd_loc(e) if as_hkd else _loc_of(rng, e, unit, 0.4)
    addr = _addr_pick(rng, loc, _AP_SCT) if rng.random() > 0.04 else ""
    if rng.random() < 0.015:
        addr = addr.replace(", ", ",\n", 1)  # Alt+Enter inside the cell
    if rng.random() < 0.85:
        ph = _phones(rng, _phone_list(rng, e, unit), 3, 1 if rng.random() < 0.9 else 3, 0.25, True, e.owner)
    else:
        ph = ""
    if kontum:
        v = rng.random()
        if v < 0.24:
            name, addr = _tcvn3(name), _tcvn3(addr)
        elif v < 0.32:
            name, addr = _vni(name), _vni(addr)
    return name, tax, addr, ph


def _r_sctq(rng: _Rng, e: _Ent) -> tuple:
    return _r_sct(rng, e, False)


def _r_sctk(rng: _Rng, e: _Ent) -> tuple:
    return _r_sct(rng, e, True)


def _r_tke(rng: _Rng, e: _Ent) -> tuple:
    """Statistics enterprise survey: upper case, often without diacritics; codes typed as numbers."""
    unit = _pick_unit(rng, e, 0.2 if e.cls == C_OUT else 0.6)
    if e.form == F_HKD:
        name = _hkd_name(rng, e, 2)
    elif unit is not None:
        name = _unit_name(rng, e, unit, 0 if rng.random() < 0.5 else 2, 0.35)
    else:
        name = _vi_name(rng, e, 0 if rng.random() < 0.6 else 2, 0.35, 0.1)
    u = rng.random()
    asc = u < 0.38
    if asc:
        name = _ascii(name).upper()
    elif u < 0.55:
        name = name.upper()
    if rng.random() < 0.015:
        name = ""
    if e.form == F_HKD:
        tax = _hkd_tax(rng, e, 0.35, 0.35)
    elif rng.random() < 0.9:
        tax = _tax_mess(rng, _tax_code(rng, e, unit, 0.2), 0.22, 0.04, 0.03)
    else:
        tax = ""
    addr = _addr_pick(rng, _loc_of(rng, e, unit, 0.3), _AP_TKE) if rng.random() > 0.04 else ""
    if asc and addr:
        addr = _ascii(addr).upper()
    if rng.random() < 0.74:
        ph = _phones(rng, _phone_list(rng, e, unit), 1, 0 if rng.random() < 0.8 else 3, 0.1, False, "")
    else:
        ph = ""
    return name, tax, addr, ph


def _r_hq(rng: _Rng, e: _Ent) -> tuple:
    """Customs import/export enterprise list: ASCII upper case, English names, clean codes."""
    unit = _pick_unit(rng, e, 0.7)
    u = rng.random()
    if e.form == F_HKD:
        name = _ascii(_hkd_name(rng, e, 2)).upper()
    elif u < 0.5:
        name = _en_name(rng, e, 0.15).upper()
        if unit is not None and rng.random() < 0.6:
            name = _unit_name(rng, e, unit, 3, 0.15).upper()
    else:
        nm = _unit_name(rng, e, unit, 0, 0.15) if unit is not None else _vi_name(rng, e, 0, 0.15, 0.0)
        name = _ascii(nm).upper()
    if e.form == F_HKD:
        tax = _hkd_tax(rng, e, 0.5, 0.5)
    else:
        tax = _tax_code(rng, e, unit, 0.1)
        if rng.random() < 0.06:
            tax = _tax_mess(rng, tax, 0.5, 0.0, 0.1)
        elif len(tax) > 10 and rng.random() < 0.4:
            tax = tax.replace("-", "")
    loc = _loc_of(rng, e, unit, 0.2)
    if rng.random() < 0.9:
        addr = _addr_pick(rng, loc, _AP_HQ)
        addr = _ascii(addr).upper() if rng.random() < 0.8 else addr
    else:
        addr = ""
    ph = _phones(rng, _phone_list(rng, e, unit), 1, 2 if rng.random() < 0.5 else 0, 0.0, False, "") \
        if rng.random() < 0.4 else ""
    return name, tax, addr, ph


def _r_bhxh(rng: _Rng, e: _Ent) -> tuple:
    """Social-insurance employer list: the paying unit (branches pay separately)."""
    unit = _pick_unit(rng, e, 0.15 if e.cls == C_OUT else 0.55)
    if e.form == F_HKD:
        name = _hkd_name(rng, e, 2)
    elif unit is not None:
        name = _unit_name(rng, e, unit, 0 if rng.random() < 0.6 else 2, 0.1)
    else:
        name = _vi_name(rng, e, 0 if rng.random() < 0.6 else 2, 0.1, 0.15)
    if len(name) > 80 and rng.random() < 0.3:
        name = name[:80]  # fixed-width export
    if rng.random() < 0.2:
        name = name.upper()
    if rng.random() < 0.008:
        name = ""
    t = rng.random()
    if e.form == F_HKD:
        tax = _hkd_tax(rng, e, 0.5, 0.2)
    elif t < 0.72:
        tax = _tax_mess(rng, _tax_code(rng, e, unit, 0.15), 0.06, 0.03, 0.03)
    elif t < 0.88:
        tax = _bhxh_code(rng)
    elif t < 0.92:
        tax = f"{_bhxh_code(rng)} / {_tax_code(rng, e, unit, 0.15)}"
    else:
        tax = ""
    addr = _addr_pick(rng, _loc_of(rng, e, unit, 0.15), _AP_BHXH) if rng.random() > 0.05 else ""
    if e.acct and rng.random() < 0.3:
        ph = _fmt_phone(rng, e.acct, 0)
    elif rng.random() < 0.62:
        ph = _phones(rng, _phone_list(rng, e, unit), 1, 0, 0.0, False, "")
    else:
        ph = ""
    return name, tax, addr, ph


def _r_nn(rng: _Rng, e: _Ent) -> tuple:
    """Khuyến công / agriculture / OCOP lists: households, cooperatives, small processors."""
    as_hkd = e.form == F_HKD or (e.conv and rng.random() < 0.5)
    if as_hkd:
        name = _hkd_name(rng, e, 1)
        t = rng.random()
        if t < 0.12:
            tax = e.pid
        elif t < 0.17:
            tax = _cmnd(rng, e.region)
        elif t < 0.24 and e.pmst:
            tax = e.pmst
        else:
            tax = ""
    else:
        name = _vi_name(rng, e, 2, 0.4, 0.45)
        tax = _tax_mess(rng, e.mst, 0.2, 0.15, 0.05) if rng.random() < 0.35 else ""
    if rng.random() < 0.15:
        name = _old_tone(name)
    if rng.random() < 0.05:
        name = _typo(rng, name)
    if e.region == 1 and rng.random() < 0.1:
        name = _tcvn3(name)
    addr = _addr_pick(rng, _hkd_loc(e) if as_hkd else e.loc, _AP_NN) if rng.random() > 0.03 else ""
    if rng.random() < 0.82:
        ph = _phones(rng, e.phones, 2, 1, 0.3, False, e.owner)
    else:
        ph = ""
    return name, tax, addr, ph


def _r_web(rng: _Rng, e: _Ent) -> tuple:
    """Self-registration web form: whatever the person typed."""
    unit = _pick_unit(rng, e, 0.5)
    u = rng.random()
    if e.form == F_HKD:
        name = _hkd_name(rng, e, 2)
    elif e.cls == C_FDI and u < 0.15 and e.script:
        name = _script_name(rng, e)
        if rng.random() < 0.5:
            name += f" ({e.body_en})"
    elif e.cls in (C_FDI, C_OUT) and u < 0.4:
        name = _en_name(rng, e, 0.05)
    elif unit is not None:
        name = _unit_name(rng, e, unit, 2, 0.05)
    else:
        name = _vi_name(rng, e, 2, 0.05, 0.25)
    v = rng.random()
    if v < 0.18:
        name = _ascii(name)
    elif v < 0.26:
        name = unicodedata.normalize("NFD", name)
    w = rng.random()
    if w < 0.12:
        name = name.lower()
    elif w < 0.22:
        name = name.upper()
    if rng.random() < 0.09:
        name = _typo(rng, name)
    if rng.random() < 0.05:
        name = "  " + name if rng.random() < 0.5 else name + "  "
    # tax
    if e.form == F_HKD:
        tax = _hkd_tax(rng, e, 0.35, 0.2)
    elif rng.random() < 0.8:
        tax = _tax_mess(rng, _tax_code(rng, e, unit, 0.6), 0.0, 0.12, 0.07)
    else:
        tax = ""
    loc = _loc_of(rng, e, unit, 0.1)
    if rng.random() < 0.92:
        addr = _addr_pick(rng, loc, _AP_WEB)
        if v < 0.18:
            addr = _ascii(addr)
        if w < 0.12:
            addr = addr.lower()
    else:
        addr = ""
    if e.acct and rng.random() < 0.25:
        ph = _fmt_phone(rng, e.acct, 1)
    elif rng.random() < 0.95:
        ph = _phones(rng, _phone_list(rng, e, unit), 2, 1 if rng.random() < 0.75 else 2, 0.03, True, "")
    else:
        ph = ""
    if rng.random() < 0.04:  # the form had one box for "phone / e-mail"
        mail = _ascii(e.core or e.owner).lower().replace(" ", "").replace("'", "")
        mail = f"{mail}{rng.pick(('', '', 'qn', 'kt', '2019', '68', 'dq'))}@{rng.pick(('gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com.vn'))}"
        ph = f"{ph} - {mail}" if ph else mail
    return name, tax, addr, ph


def _r_ncc(rng: _Rng, e: _Ent) -> tuple:
    """Approved-vendor list of a Korean-owned Dung Quất heavy-industry anchor."""
    unit = _pick_unit(rng, e, 0.65)
    u = rng.random()
    if e.cls == C_FDI and e.nation == "KR" and u < 0.3:
        name = _script_name(rng, e)
    elif u < 0.55:
        name = _en_name(rng, e, 0.2)
        if unit is not None and rng.random() < 0.4:
            name = _unit_name(rng, e, unit, 3, 0.2)
        if rng.random() < 0.6:
            name = name.upper()
    else:
        name = _unit_name(rng, e, unit, 2, 0.2) if unit is not None else _vi_name(rng, e, 2, 0.2, 0.2)
        if rng.random() < 0.3:
            name = _ascii(name).upper()
    tax = _tax_mess(rng, _tax_code(rng, e, unit, 0.6), 0.18, 0.06, 0.03) if rng.random() < 0.9 else ""
    loc = _loc_of(rng, e, unit, 0.3)
    addr = _addr_pick(rng, loc, _AP_NCC) if rng.random() < 0.8 else ""
    if rng.random() < 0.8:
        nums = (_mobile(rng),) + _phone_list(rng, e, unit) if rng.random() < 0.25 else _phone_list(rng, e, unit)
        ph = _phones(rng, nums, 2, 2 if rng.random() < 0.6 else 1, 0.0, False, "")
    else:
        ph = ""
    return name, tax, addr, ph


_RENDER = (_r_thue, _r_kkt, _r_vsip, _r_sctq, _r_sctk, _r_tke, _r_hq, _r_bhxh, _r_nn, _r_web, _r_ncc)


# ============================================================================ generator


def _related(rng: _Rng, e: _Ent) -> tuple | None:
    cls = e.cls
    u = rng.random()
    if cls in (C_QN, C_KT, C_DQ):
        if u < 0.04:
            return ("sister", e, cls)
        if u < 0.075 and cls in (C_QN, C_KT):
            return ("namesake", e, cls)
    elif cls == C_OUT:
        if u < 0.13:
            return ("subsidiary", e, C_DQ)
    elif cls == C_FDI:
        if u < 0.12:
            return ("brand2", e, C_FDI)
        if u < 0.2:
            return ("subsidiary", e, C_DQ)
    return None


def records(n: int, seed: int = 0) -> list[dict]:
    """n labelled records (dicts with id, name, tax_code, address, phone, truth), shuffled."""
    if n <= 0:
        return []
    rng = _Rng(seed * 1_000_003 + 17)
    # name pools, house numbers and lot numbers widen with n, so that a larger sample does not just pile more
    # firms onto the same names and doors (namesake density stays that of one province)
    rng.variety = max(0.3, (n / 100_000) ** 0.5)
    rng.p_long = min(0.45, 0.12 * rng.variety)
    ctx = _Ctx(n)
    gc_was = gc.isenabled()
    gc.disable()
    try:
        rows = []
        append = rows.append
        render = _RENDER
        total = 0
        while total < n:
            if ctx.queue:
                rk, par, cls = ctx.queue.pop()
                e = _new_entity(rng, ctx, cls, (rk, par))
            else:
                cls = bisect.bisect_right(CLASS_CUM, rng.random())
                e = _new_entity(rng, ctx, cls, None)
            k = _size(rng, e.cls)
            if total + k > n:
                k = n - total
            _add_units(rng, e, ctx, k)
            w = _weights(e)
            truth = e.truth
            if k == 1:
                s = bisect.bisect_right(_cum(w), rng.random() * sum(w))
                nm, tx, ad, ph = render[s](rng, e)
                append((s, nm, tx, ad, ph, truth))
            else:
                w = list(w)
                for _ in range(k):
                    s = bisect.bisect_right(_cum(w), rng.random() * sum(w))
                    w[s] *= REPEAT_DECAY
                    nm, tx, ad, ph = render[s](rng, e)
                    append((s, nm, tx, ad, ph, truth))
            total += k
            rel = _related(rng, e)
            if rel is not None:
                ctx.queue.append(rel)
        rng.shuffle(rows)
        counters = [0] * len(SOURCES)
        for i, (s, nm, tx, ad, ph, truth) in enumerate(rows):
            counters[s] += 1
            rows[i] = {"id": f"{SOURCES[s]}-{counters[s]:06d}", "name": nm, "tax_code": tx, "address": ad,
                       "phone": ph, "truth": truth}
        return rows
    finally:
        if gc_was:
            gc.enable()


# ============================================================================ statistics and CLI


def stats(rows: list[dict]) -> dict:
    from collections import Counter

    n = len(rows)
    sizes = Counter(r["truth"] for r in rows)
    hist = Counter()
    for k in sizes.values():
        if k <= 4:
            hist[str(k)] += 1
        elif k <= 9:
            hist["5-9"] += 1
        elif k <= 19:
            hist["10-19"] += 1
        elif k <= 39:
            hist["20-39"] += 1
        else:
            hist["40+"] += 1
    src = Counter(r["id"].split("-")[0] for r in rows)
    ne = len(sizes)

    def share(x):
        return round(x / n, 4) if n else 0.0

    return {
        "records": n,
        "entities": ne,
        "records_per_entity": round(n / ne, 3) if ne else 0.0,
        "singleton_entities": round(hist["1"] / ne, 4) if ne else 0.0,
        "max_group": max(sizes.values()) if sizes else 0,
        "group_size_histogram": {k: hist[k] for k in ("1", "2", "3", "4", "5-9", "10-19", "20-39", "40+")},
        "share_name": share(sum(1 for r in rows if r["name"])),
        "share_tax_code": share(sum(1 for r in rows if r["tax_code"])),
        "share_valid_tax_code": share(sum(1 for r in rows if valid_mst(r["tax_code"]))),
        "share_phone": share(sum(1 for r in rows if r["phone"])),
        "share_address": share(sum(1 for r in rows if r["address"])),
        "sources": {s: share(src[s]) for s in SOURCES},
    }


def _peak_rss_mb() -> float:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    except Exception:  # pragma: no cover - non-Unix
        return float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Synthetic Quảng Ngãi (incl. former Kon Tum) enterprise records.")
    ap.add_argument("n", type=int, help="number of records")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, metavar="K", help="print K random rows")
    ap.add_argument("--group", default=None, metavar="G", help="print all rows of truth group G (or of record id G)")
    ap.add_argument("--json", action="store_true", help="print statistics as JSON")
    ap.add_argument("--dump", default=None, metavar="OUT", help="write rows as JSON lines")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = records(a.n, a.seed)
    dt = time.perf_counter() - t0
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.show:
        pick = random.Random(a.seed + 1).sample(range(len(rows)), min(a.show, len(rows)))
        for i in pick:
            print(json.dumps(rows[i], ensure_ascii=False))
    if a.group:
        g = a.group
        for r in rows:
            if r["id"] == g:
                g = r["truth"]
                break
        for r in rows:
            if r["truth"] == g:
                print(json.dumps(r, ensure_ascii=False))
    if a.json or not (a.show or a.group or a.dump):
        st = stats(rows)
        st["seconds"] = round(dt, 2)
        st["peak_rss_mb"] = round(_peak_rss_mb(), 1)
        print(json.dumps(st, ensure_ascii=False, indent=1 if not a.json else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
