#!/usr/bin/env python3
"""ALL DATA IS SYNTHETIC. No record describes a real enterprise, household, cooperative or person: every name,
tax code, identity number, address detail and phone number is drawn at random from the pools below. Place
names, industrial parks and the alumina complexes are real places used as scenery only. Trade names that would
read as well-known real companies or brands are blocked (``_BLOCK``).

Labelled test data for entity resolution: the messy lists a Sở Công Thương officer of the NEW Lâm Đồng
province receives while building one register of supporting-industry (CNHT) and processing enterprises.

Scenario
--------
On 1 July 2025 old Lâm Đồng (tax-code prefix 58, phone area 0263, formerly 063), old Đắk Nông (64, 0261/0501)
and old Bình Thuận (34, 0252/062) became the new Lâm Đồng province. Districts are gone; communes and wards
were merged and renamed (Bảo Lộc -> phường 1/2/3 Bảo Lộc, B'Lao; Đà Lạt -> Xuân Hương/Cam Ly/Lâm Viên/... - Đà
Lạt; Gia Nghĩa -> Bắc/Nam/Đông Gia Nghĩa; Phan Thiết -> Phú Thủy, Mũi Né, Hàm Thắng, ...; La Gi -> La Gi,
Phước Hội). Lists written before, during and after the merger mix old and new units, "tỉnh Bình Thuận" next to
"tỉnh Lâm Đồng", and sometimes an old district with a new commune. The old->new commune mapping in ``_GAZ``
follows the 2025 resolutions as well as the author remembers them; a few pairs may be approximate, which does
not matter for synthetic data. Enterprises: KCN Lộc Sơn and Phú Hội (silk reeling and weaving, tea, coffee,
vegetables, flowers, dairy), KCN Tâm Thắng, CCN Nhân Cơ and the contractors of the Tân Rai and Nhân Cơ alumina
complexes (mechanical, electrical, transport, chemicals), KCN Hàm Kiệm I/II, Sơn Mỹ I, Phan Thiết, Tuy Phong,
CCN Phú Hài, wind and solar EPC / O&M contractors with branches at the project sites, fish-sauce households
and companies, dragon-fruit packing houses and cold stores, seafood, rubber, cashew, pepper, macadamia and
coffee processors, FDI from Taiwan, Japan, Korea, China and Thailand, cooperatives (HTX) and household
businesses (hộ kinh doanh) whose owners are Kinh, Hoa, K'Ho, Churu, M'Nông, Chăm or Tày/Nùng.

Sources (row id = PREFIX-number; share of rows, within about 1.5 points from n = 20,000 up)
-------------------------------------------------------------------------------------------
THUE  16%  tax-authority extract (2025, after the merger): official registered name, mostly UPPER CASE; exact
           MST, one row per taxpayer unit, branches with their own -00n code; households with the owner's
           personal MST or 12-digit CCCD; registered address mostly still in old units, written out in full;
           phone often empty. Companies seated outside the province appear only through their local branches.
BQL    8%  tenant lists of the three old park management boards: short names (Cty TNHH ...), investor country
           in brackets, English names for FDI, "Lô B5, KCN Lộc Sơn" addresses, MST in 60% of rows (spaced, or
           the parent's code on a branch), landlines. Only units located in a KCN/CCN.
CNL    7%  old Lâm Đồng DOIT CNHT surveys 2016-2024: "Cty", abbreviated sectors, old units, old 063 code and
           11-digit mobiles in early years, "ĐT: ... - Fax: ..." cells, a fifth without diacritics, "MST:"
           prefix. Only units in old Lâm Đồng.
CND    5%  old Đắk Nông DOIT surveys: upper case, dash-separated addresses, Đắk/Đăk/Đắc/Dak and
           R'Lấp/R’Lấp/RLấp spellings, dotted MST, typos, 0501 area code; contractor heavy. Only units in old
           Đắk Nông.
CNB    6%  old Bình Thuận DOIT surveys from an old Excel file: a third of the rows in TCVN3 (.VnTime) or VNI
           mojibake; "P. Phú Thủy - TP. Phan Thiết"; 062 area code. Only units in old Bình Thuận.
TK    12%  statistics enterprise survey 2017-2025 after Excel: MST as numbers (leading zero lost,
           "5800123456.0", CCCD as 6.82E+10, branch code without dash), phones without the leading 0,
           names cut at 40 characters, "_x000D_", "#N/A", UTF-8 read as cp1252, rarely a code pasted from
           another row.
BHXH   9%  social-insurance employer units: UPPER CASE, mostly without diacritics, SX TM abbreviations, MST
           almost always, branches as units of their own, short addresses, rarely a phone.
HQ     6%  customs declarants: registered English name, 10- or 13-digit code (branch code with or without the
           dash), English addresses, +84 phones. Importers and exporters only.
KC    11%  khuyến công / OCOP lists: households (Cơ sở, HKD, Hộ ông/bà, owner in brackets), cooperatives with
           their director, small firms; CMND/CCCD/personal MST or nothing in the code column; village-level
           addresses (Thôn, Bon, Khu phố, Tổ); mobiles old and new.
VND    6%  vendor master lists of FDI anchors and of the two alumina plants: English names, Chinese / Japanese
           / Korean script for FDI vendors, ASCII upper case for Vietnamese vendors, "VAT:"/"Tax ID:" codes
           (often the parent's code for a site), English or ASCII addresses, +84 phones.
HC     8%  trade-fair sign-up web form (late 2025), typed by the firm: lower case or no diacritics, a brand
           instead of the company name, typos, old tone placement (Hoà), decomposed Unicode, new commune
           names, codes with spaces or typos, one or two mobiles.
NL     6%  energy-project contractor lists (wind/solar EPC, O&M, grid, transport): Vietnamese or English
           names, "Chi nhánh Bình Thuận - ...", project-site addresses, parent or branch code, the site
           manager's mobile.

Truth rule: one record per legal enterprise
-------------------------------------------
``truth`` names the legal person (pháp nhân) the row belongs to, as the register should read "one record per
real enterprise":
* A dependent unit - chi nhánh, nhà máy, xưởng, kho, văn phòng đại diện, địa điểm kinh doanh - has no legal
  personality (Luật Doanh nghiệp 2020, art. 44) and operates under its parent. Its rows take the PARENT's
  truth, whether they carry their own MST-00n code, the parent's code or none, and wherever the parent is
  seated: an HCM EPC contractor's Tuy Phong branch belongs to the HCM company. Sites are attributes of the
  enterprise record.
* A separate legal person is a separate truth even inside one group: subsidiaries (công ty con with their own
  10-digit code, e.g. "Công ty TNHH MTV X Bình Thuận" of "Công ty CP X"), sister companies of one owner, and
  the two Vietnamese companies of one foreign investor ("... Vina" in Bảo Lộc and "... Vina 2" in Phan Thiết).
* Continuation in law keeps the truth: renaming, conversion of legal form (TNHH -> CP, DNTN -> TNHH) with the
  same MST, moving the seat (even from another old province or from HCM), and a household business converted
  into an enterprise (the enterprise takes over the household's rights and obligations, Decree 01/2021): the
  household's rows (owner's personal MST, CCCD or nothing) and the company's rows (new MST) share one truth.
* No continuation, new truth: a company dissolved and a new company founded by the same owner at the same
  address with a near-identical name (new MST) are two enterprises; the register keeps the old one as
  dissolved.
* A household business is its owner's business at one place: a namesake owner in another commune is another
  truth. Cooperatives are legal persons of their own, never merged with members or with namesake companies.

Hard negatives (different truths, built on purpose; about a quarter of the entities belong to such a set)
---------------------------------------------------------------------------------------------------------
* twin: identical full name, one firm in each of two old provinces (registered before names were checked
  nationally), now in one province.
* sisters: 2-4 companies of one owner sharing the group name, different sectors and locality suffixes,
  sometimes the same phone or the same seat.
* parent/subsidiary: an outside contractor with a local branch (same truth as the parent) and a local
  subsidiary (own truth) named "<group> <province>", often at the very same site.
* FDI pair: one foreign investor's two Vietnamese companies ("Bowoo Food Việt Nam" and "... Việt Nam Bình
  Thuận").
* same characters: a Taiwanese "Hsin-yuan" and a mainland "Xinyuan" firm (新源), both "Tân Nguyên" in
  Vietnamese.
* household vs company and cooperative vs company sharing a trade or place name; households "Hộ kinh doanh
  Nguyễn Văn Hùng" of two different people.
* refounded: a dissolved company and its successor by the same owner, same address and phone, near-identical
  name.
Hard positives: renamings, legal-form conversions, moves, household -> company, branch rows, English and CJK
names, TCVN3/VNI/UTF-8 damage, typos, Excel damage, old and new units, old area codes and 11-digit mobiles.
Chance coincidences add more: common trade names recur across sectors, and at very large n even full names can
repeat; such rows still carry their own truth.

Usage: ``records(n, seed)``; ``python gen_lamdong.py --n N --seed S --out FILE.csv [--show K] [--group G]``.
Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
import unicodedata
from bisect import bisect_right
from itertools import accumulate

__all__ = ["FIELDS", "SHARES", "SOURCES", "fold", "mst_valid", "records"]

FIELDS = ("id", "name", "tax_code", "address", "phone", "truth")
SHARES = {"THUE": 16, "BQL": 8, "CNL": 7, "CND": 5, "CNB": 6, "TK": 12, "BHXH": 9, "HQ": 6, "KC": 11,
          "VND": 6, "HC": 8, "NL": 6}
SOURCES = tuple(SHARES)

# ----------------------------------------------------------------------------------------------------------
# text helpers


def _build_fold() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        d = unicodedata.normalize("NFD", ch)
        if d != ch and d[0].isascii() and d[0].isalpha():
            table[cp] = d[0]
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    for cp in range(0x300, 0x370):
        table[cp] = None
    return table


_FOLD = _build_fold()


def fold(s: str) -> str:
    """Drop Vietnamese diacritics (đ -> d); works on NFC and NFD text."""
    return s.translate(_FOLD)


_VN_GROUPS = ("aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị", "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ",
              "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ")
_TCVN3_LOWER = dict(zip("".join(_VN_GROUPS) + "đ",
                        "aµ¶·¸¹" "¨»¼½¾Æ" "©ÇÈÉÊË" "eÌÎÏÐÑ" "ªÒÓÔÕÖ" "i×ØÜÝÞ" "oßáâãä" "«åæçèé" "¬êëìíî"
                        "uïñòóô" "\xadõö÷øù" "yúûüýþ" "®", strict=True))


def _build_tcvn3() -> dict[int, str]:
    t = {}
    for k, v in _TCVN3_LOWER.items():
        if k != v:
            t[ord(k)] = v
            t[ord(k.upper())] = v  # .VnTimeH upper-case fonts reuse the lower-case codes
    t.update({ord(k): v for k, v in zip("ĂÂÊÔƠƯĐ", "¡¢£¤¥¦§", strict=True)})
    return t


def _build_vni() -> dict[int, str]:
    plain = dict(zip("\u0301\u0300\u0309\u0303\u0323", "ùøûõï", strict=True))
    circ = dict(zip("\u0301\u0300\u0309\u0303\u0323", "áàåãä", strict=True))
    breve = dict(zip("\u0301\u0300\u0309\u0303\u0323", "éèúüë", strict=True))
    itone = dict(zip("\u0301\u0300\u0309\u0303\u0323", "íìæóò", strict=True))
    t: dict[int, str] = {}
    for ch in "".join(_VN_GROUPS):
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        tone = next((m for m in marks if m in plain), "")
        mod = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
        if not marks:
            continue
        if mod == "\u0302":
            out = base + (circ[tone] if tone else "â")
        elif mod == "\u0306":
            out = base + (breve[tone] if tone else "ê")
        elif mod == "\u031b":
            out = ("ô" if base == "o" else "ö") + (plain[tone] if tone else "")
        elif base == "i":
            out = itone[tone]
        else:
            out = base + plain[tone]
        t[ord(ch)] = out
        t[ord(ch.upper())] = out.upper()
    t[ord("đ")], t[ord("Đ")] = "ñ", "Ñ"
    return t


_TCVN3 = _build_tcvn3()
_VNI = _build_vni()
_ALT = {}
for _g in _VN_GROUPS:
    for _c in _g[1:]:
        _ALT[_c] = _g.replace(_c, "")
_ALT.update({"ư": "u", "ơ": "o", "â": "a", "ê": "e", "ô": "o", "ă": "a", "đ": "d"})
_TONE_OLD = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ",
             "ũy": "uỹ", "ụy": "uỵ", "òe": "oè", "óe": "oé"}
_NEAR = dict(zip("asnmhgtrioucevplkdy", "samnghrtoiyvrcolkfu", strict=True))


def _tcvn3(s: str) -> str:
    return s.translate(_TCVN3)


def _vni(s: str) -> str:
    return s.translate(_VNI)


def _mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


def _old_tones(s: str) -> str:
    for a, b in _TONE_OLD.items():
        if a in s:
            s = s.replace(a, b)
    return s


def _typo(s: str, r: random.Random) -> str:
    """One keyboard or diacritic slip."""
    if len(s) < 5:
        return s
    i = r.randrange(1, len(s) - 2)
    x = r.random()
    if x < 0.2:
        return s[:i] + s[i + 1:]
    if x < 0.35:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if x < 0.45:
        return s[:i] + s[i] + s[i:]
    if x < 0.6:
        c = _NEAR.get(s[i].lower())
        if c:
            return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]
        return s
    if x < 0.7:
        j = s.find(" ", i)
        return s[:j] + s[j + 1:] if j > 0 else s
    pos = [k for k, c in enumerate(s) if c.lower() in _ALT]
    if not pos:
        return s
    k = r.choice(pos)
    c = s[k]
    alt = r.choice(_ALT[c.lower()])
    return s[:k] + (alt.upper() if c.isupper() else alt) + s[k + 1:]


def _apos(s: str, r: random.Random) -> str:
    if "'" in s and r.random() < 0.35:
        s = s.replace("'", r.choice(("’", "", " ", "-")))
    return s


def _dak(s: str, r: random.Random) -> str:
    if "Đắk" in s and r.random() < 0.3:
        s = s.replace("Đắk", r.choice(("Đăk", "Đắc", "Đak", "Dak")))
    return _apos(s, r)


class _WC:
    """Weighted choice from (item, weight) pairs."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        pairs = [p for p in pairs if p[1] > 0]
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))
        self.total = self.cum[-1] if self.cum else 0.0

    def __call__(self, r: random.Random):
        return self.items[bisect_right(self.cum, r.random() * self.total)]


# ----------------------------------------------------------------------------------------------------------
# tax codes

_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _check(nine: str) -> int:
    c = 10 - sum(int(d) * w for d, w in zip(nine, _W, strict=True)) % 11
    return -1 if c == 10 else c


def mst_valid(code: str) -> bool:
    """True for a 10-digit MST (optionally with -nnn) whose 10th digit is the check digit."""
    base = code.split("-", 1)[0]
    return len(base) == 10 and base.isdigit() and _check(base[:9]) == int(base[9])


# ----------------------------------------------------------------------------------------------------------
# geography: (region, old district type, name, old commune type, name, new unit type, name, street key)

_GAZ = [
    ("LD", "tp", "Đà Lạt", "p", "1", "p", "Xuân Hương - Đà Lạt", "dalat"),
    ("LD", "tp", "Đà Lạt", "p", "2", "p", "Xuân Hương - Đà Lạt", "dalat"),
    ("LD", "tp", "Đà Lạt", "p", "5", "p", "Cam Ly - Đà Lạt", "dalat"),
    ("LD", "tp", "Đà Lạt", "p", "8", "p", "Lâm Viên - Đà Lạt", "dalat"),
    ("LD", "tp", "Đà Lạt", "p", "11", "p", "Xuân Trường - Đà Lạt", "dalat"),
    ("LD", "tp", "Đà Lạt", "p", "7", "p", "Lang Biang - Đà Lạt", "dalat"),
    ("LD", "tp", "Đà Lạt", "x", "Xuân Thọ", "p", "Xuân Trường - Đà Lạt", ""),
    ("LD", "tp", "Đà Lạt", "x", "Tà Nung", "p", "Cam Ly - Đà Lạt", ""),
    ("LD", "h", "Lạc Dương", "tt", "Lạc Dương", "p", "Lang Biang - Đà Lạt", ""),
    ("LD", "tp", "Bảo Lộc", "p", "1", "p", "1 Bảo Lộc", "baoloc"),
    ("LD", "tp", "Bảo Lộc", "p", "Lộc Sơn", "p", "1 Bảo Lộc", "baoloc"),
    ("LD", "tp", "Bảo Lộc", "p", "2", "p", "2 Bảo Lộc", "baoloc"),
    ("LD", "tp", "Bảo Lộc", "p", "Lộc Tiến", "p", "2 Bảo Lộc", "baoloc"),
    ("LD", "tp", "Bảo Lộc", "p", "B'Lao", "p", "B'Lao", "baoloc"),
    ("LD", "tp", "Bảo Lộc", "p", "Lộc Phát", "p", "B'Lao", "baoloc"),
    ("LD", "tp", "Bảo Lộc", "x", "Lộc Thanh", "p", "3 Bảo Lộc", ""),
    ("LD", "h", "Đức Trọng", "tt", "Liên Nghĩa", "x", "Đức Trọng", "ductrong"),
    ("LD", "h", "Đức Trọng", "x", "Phú Hội", "x", "Đức Trọng", ""),
    ("LD", "h", "Đức Trọng", "x", "Hiệp Thạnh", "x", "Hiệp Thạnh", ""),
    ("LD", "h", "Đức Trọng", "x", "Ninh Gia", "x", "Ninh Gia", ""),
    ("LD", "h", "Đức Trọng", "x", "Tân Hội", "x", "Tân Hội", ""),
    ("LD", "h", "Lâm Hà", "tt", "Nam Ban", "x", "Nam Ban Lâm Hà", ""),
    ("LD", "h", "Lâm Hà", "tt", "Đinh Văn", "x", "Đinh Văn Lâm Hà", ""),
    ("LD", "h", "Lâm Hà", "x", "Phúc Thọ", "x", "Phúc Thọ Lâm Hà", ""),
    ("LD", "h", "Di Linh", "tt", "Di Linh", "x", "Di Linh", ""),
    ("LD", "h", "Di Linh", "x", "Gia Hiệp", "x", "Gia Hiệp", ""),
    ("LD", "h", "Di Linh", "x", "Đinh Trang Thượng", "x", "Đinh Trang Thượng", ""),
    ("LD", "h", "Bảo Lâm", "tt", "Lộc Thắng", "x", "Bảo Lâm 1", ""),
    ("LD", "h", "Bảo Lâm", "x", "Lộc An", "x", "Bảo Lâm 3", ""),
    ("LD", "h", "Đơn Dương", "tt", "D'Ran", "x", "D'Ran", ""),
    ("LD", "h", "Đơn Dương", "x", "Ka Đô", "x", "Ka Đô", ""),
    ("LD", "h", "Đạ Huoai", "tt", "Mađaguôi", "x", "Đạ Huoai", ""),
    ("LD", "h", "Đạ Tẻh", "tt", "Đạ Tẻh", "x", "Đạ Tẻh", ""),
    ("LD", "h", "Cát Tiên", "tt", "Cát Tiên", "x", "Cát Tiên", ""),
    ("DN", "tp", "Gia Nghĩa", "p", "Nghĩa Đức", "p", "Bắc Gia Nghĩa", "gianghia"),
    ("DN", "tp", "Gia Nghĩa", "p", "Nghĩa Trung", "p", "Bắc Gia Nghĩa", "gianghia"),
    ("DN", "tp", "Gia Nghĩa", "p", "Nghĩa Thành", "p", "Nam Gia Nghĩa", "gianghia"),
    ("DN", "tp", "Gia Nghĩa", "p", "Nghĩa Tân", "p", "Đông Gia Nghĩa", "gianghia"),
    ("DN", "h", "Đắk R'Lấp", "x", "Nhân Cơ", "x", "Nhân Cơ", ""),
    ("DN", "h", "Đắk R'Lấp", "x", "Nhân Đạo", "x", "Nhân Cơ", ""),
    ("DN", "h", "Đắk R'Lấp", "tt", "Kiến Đức", "x", "Kiến Đức", ""),
    ("DN", "h", "Đắk R'Lấp", "x", "Quảng Tín", "x", "Quảng Tín", ""),
    ("DN", "h", "Cư Jút", "x", "Tâm Thắng", "x", "Cư Jút", ""),
    ("DN", "h", "Cư Jút", "tt", "Ea T'ling", "x", "Cư Jút", ""),
    ("DN", "h", "Cư Jút", "x", "Nam Dong", "x", "Nam Dong", ""),
    ("DN", "h", "Đắk Mil", "tt", "Đắk Mil", "x", "Đắk Mil", ""),
    ("DN", "h", "Đắk Mil", "x", "Thuận An", "x", "Thuận An", ""),
    ("DN", "h", "Đắk Song", "tt", "Đức An", "x", "Đức An", ""),
    ("DN", "h", "Đắk Song", "x", "Trường Xuân", "x", "Trường Xuân", ""),
    ("DN", "h", "Krông Nô", "tt", "Đắk Mâm", "x", "Krông Nô", ""),
    ("DN", "h", "Krông Nô", "x", "Nam Đà", "x", "Nam Đà", ""),
    ("DN", "h", "Đắk Glong", "x", "Quảng Khê", "x", "Quảng Khê", ""),
    ("DN", "h", "Tuy Đức", "x", "Đắk Búk So", "x", "Tuy Đức", ""),
    ("BT", "tp", "Phan Thiết", "p", "Phú Thủy", "p", "Phú Thủy", "phanthiet"),
    ("BT", "tp", "Phan Thiết", "p", "Đức Long", "p", "Phan Thiết", "phanthiet"),
    ("BT", "tp", "Phan Thiết", "p", "Lạc Đạo", "p", "Phan Thiết", "phanthiet"),
    ("BT", "tp", "Phan Thiết", "p", "Hàm Tiến", "p", "Mũi Né", "phanthiet"),
    ("BT", "tp", "Phan Thiết", "p", "Mũi Né", "p", "Mũi Né", "phanthiet"),
    ("BT", "tp", "Phan Thiết", "p", "Phú Hài", "p", "Phú Thủy", "phanthiet"),
    ("BT", "tp", "Phan Thiết", "p", "Xuân An", "p", "Hàm Thắng", "phanthiet"),
    ("BT", "tp", "Phan Thiết", "x", "Phong Nẫm", "p", "Hàm Thắng", ""),
    ("BT", "tp", "Phan Thiết", "x", "Tiến Thành", "p", "Tiến Thành", ""),
    ("BT", "h", "Hàm Thuận Nam", "x", "Hàm Kiệm", "x", "Hàm Kiệm", ""),
    ("BT", "h", "Hàm Thuận Nam", "x", "Hàm Mỹ", "x", "Hàm Kiệm", ""),
    ("BT", "h", "Hàm Thuận Nam", "tt", "Thuận Nam", "x", "Hàm Thuận Nam", ""),
    ("BT", "h", "Hàm Thuận Nam", "x", "Tân Lập", "x", "Tân Lập", ""),
    ("BT", "h", "Hàm Thuận Bắc", "tt", "Ma Lâm", "x", "Hàm Thuận", ""),
    ("BT", "h", "Hàm Thuận Bắc", "x", "Hàm Liêm", "x", "Hàm Liêm", ""),
    ("BT", "h", "Hàm Tân", "x", "Sơn Mỹ", "x", "Sơn Mỹ", ""),
    ("BT", "h", "Hàm Tân", "x", "Tân Thắng", "x", "Sơn Mỹ", ""),
    ("BT", "h", "Hàm Tân", "tt", "Tân Minh", "x", "Tân Minh", ""),
    ("BT", "tx", "La Gi", "p", "Phước Hội", "p", "Phước Hội", "lagi"),
    ("BT", "tx", "La Gi", "p", "Tân An", "p", "La Gi", "lagi"),
    ("BT", "tx", "La Gi", "x", "Tân Hải", "x", "Tân Hải", ""),
    ("BT", "h", "Tuy Phong", "tt", "Liên Hương", "x", "Liên Hương", ""),
    ("BT", "h", "Tuy Phong", "tt", "Phan Rí Cửa", "x", "Phan Rí Cửa", ""),
    ("BT", "h", "Tuy Phong", "x", "Vĩnh Tân", "x", "Vĩnh Hảo", ""),
    ("BT", "h", "Tuy Phong", "x", "Phú Lạc", "x", "Tuy Phong", ""),
    ("BT", "h", "Tuy Phong", "x", "Bình Thạnh", "x", "Tuy Phong", ""),
    ("BT", "h", "Bắc Bình", "tt", "Chợ Lầu", "x", "Bắc Bình", ""),
    ("BT", "h", "Bắc Bình", "x", "Hòa Thắng", "x", "Hòa Thắng", ""),
    ("BT", "h", "Bắc Bình", "tt", "Lương Sơn", "x", "Lương Sơn", ""),
    ("BT", "h", "Đức Linh", "tt", "Võ Xu", "x", "Võ Xu", ""),
    ("BT", "h", "Tánh Linh", "tt", "Lạc Tánh", "x", "Tánh Linh", ""),
    ("BT", "h", "Phú Quý", "x", "Ngũ Phụng", "dk", "Phú Quý", ""),
    ("HCM", "q", "1", "p", "Bến Nghé", "p", "Sài Gòn", "hcm"),
    ("HCM", "q", "3", "p", "Võ Thị Sáu", "p", "Xuân Hòa", "hcm"),
    ("HCM", "q", "7", "p", "Tân Phong", "p", "Tân Mỹ", "hcm"),
    ("HCM", "q", "Bình Thạnh", "p", "25", "p", "Thạnh Mỹ Tây", "hcm"),
    ("HCM", "q", "Tân Bình", "p", "2", "p", "Tân Sơn Hòa", "hcm"),
    ("HCM", "tp", "Thủ Đức", "p", "Thảo Điền", "p", "An Khánh", "hcm"),
    ("HN", "q", "Cầu Giấy", "p", "Dịch Vọng Hậu", "p", "Cầu Giấy", "hn"),
    ("HN", "q", "Thanh Xuân", "p", "Nhân Chính", "p", "Thanh Xuân", "hn"),
    ("HN", "q", "Đống Đa", "p", "Láng Hạ", "p", "Láng", "hn"),
    ("DNI", "tp", "Biên Hòa", "p", "Long Bình", "p", "Long Bình", "bienhoa"),
    ("KH", "tp", "Nha Trang", "p", "Phước Hải", "p", "Nam Nha Trang", "nhatrang"),
    ("NT", "tp", "Phan Rang - Tháp Chàm", "p", "Đô Vinh", "p", "Đô Vinh", "phanrang"),
]
_LOCAL = ("LD", "DN", "BT")
_GAZ_BY_REGION: dict[str, list] = {}
for _e in _GAZ:
    _GAZ_BY_REGION.setdefault(_e[0], []).append(_e)
_GAZ_BY_COMMUNE = {(e[2], e[4]): e for e in _GAZ}
_PROV = {"LD": ("tỉnh", "Lâm Đồng"), "DN": ("tỉnh", "Đắk Nông"), "BT": ("tỉnh", "Bình Thuận"),
         "HCM": ("tp", "Hồ Chí Minh"), "HN": ("tp", "Hà Nội"), "DNI": ("tỉnh", "Đồng Nai"),
         "KH": ("tỉnh", "Khánh Hòa"), "NT": ("tỉnh", "Ninh Thuận")}
_NEW_PROV = {"LD": "LD", "DN": "LD", "BT": "LD", "HCM": "HCM", "HN": "HN", "DNI": "DNI", "KH": "KH",
             "NT": "KH"}
_PROV_ABBR = {"Hồ Chí Minh": ("TP.HCM", "TP. HCM", "Tp.HCM", "HCM"), "Hà Nội": ("HN", "Hà Nội"),
              "Lâm Đồng": ("LĐ", "L.Đồng"), "Bình Thuận": ("B.Thuận", "BT"), "Đắk Nông": ("ĐN", "Đ.Nông")}
_TAX_PREFIX = {"LD": "58", "DN": "64", "BT": "34", "HCM": "03", "HN": "01", "DNI": "36", "KH": "42",
               "NT": "45"}
_AREA = {"LD": ("263", "63"), "DN": ("261", "501"), "BT": ("252", "62"), "HCM": ("28", "8"), "HN": ("24",
                                                                                                    "4"),
         "DNI": ("251", "61"), "KH": ("258", "58"), "NT": ("259", "68")}
_CCCD_PROV = {"LD": "068", "DN": "067", "BT": "060"}
_CMND_PROV = {"LD": "25", "DN": "245", "BT": "26"}
_STREETS = {
    "dalat": ("Phan Đình Phùng", "Trần Phú", "Hùng Vương", "Ba Tháng Hai", "Yersin", "Mai Anh Đào",
              "Nguyễn Tử Lực", "Hai Bà Trưng", "Bùi Thị Xuân", "Ngô Quyền", "Trần Hưng Đạo"),
    "baoloc": ("Trần Phú", "Lê Thị Pha", "Nguyễn Văn Cừ", "Lý Thường Kiệt", "Phan Đình Phùng", "Hà Giang",
               "Lam Sơn", "Nguyễn Công Trứ", "Trần Quốc Toản", "Lê Hồng Phong"),
    "ductrong": ("Thống Nhất", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng"),
    "gianghia": ("Lê Duẩn", "23 tháng 3", "Trần Hưng Đạo", "Nguyễn Tất Thành", "Hùng Vương", "Lê Thánh Tông",
                 "Tôn Đức Thắng"),
    "phanthiet": ("Trần Hưng Đạo", "Tôn Đức Thắng", "Võ Văn Kiệt", "Thủ Khoa Huân", "Hải Thượng Lãn Ông",
                  "Trần Phú", "Lê Hồng Phong", "Nguyễn Hội", "Huỳnh Thúc Kháng", "Nguyễn Đình Chiểu",
                  "Từ Văn Tư"),
    "lagi": ("Thống Nhất", "Nguyễn Huệ", "Lê Lợi", "Ngô Quyền", "Trần Hưng Đạo"),
    "hcm": ("Nguyễn Thị Minh Khai", "Lê Duẩn", "Điện Biên Phủ", "Nguyễn Văn Trỗi", "Cộng Hòa",
            "Nguyễn Hữu Thọ",
            "Xô Viết Nghệ Tĩnh", "Võ Văn Tần", "Hoàng Văn Thụ", "Nguyễn Văn Hưởng"),
    "hn": ("Trần Duy Hưng", "Nguyễn Chí Thanh", "Láng Hạ", "Lê Văn Lương", "Xuân Thủy", "Nguyễn Trãi"),
    "bienhoa": ("Đồng Khởi", "Phạm Văn Thuận", "Nguyễn Ái Quốc"),
    "nhatrang": ("Trần Phú", "Lê Hồng Phong", "Thái Nguyên"),
    "phanrang": ("Thống Nhất", "16 tháng 4", "Ngô Gia Tự"),
}
_ROADS = {"LD": ("20", "27", "28", "55"), "DN": ("14", "28", "14C"), "BT": ("1A", "28", "55")}
_VILLAGES = {"LD": ("Hiệp Thuận", "B'Nơr", "Ka Đơn", "Đạ Nghịt", "Phú Thạnh", "Tân Phú", "Lạc Bình"),
             "DN": ("Bon Bu Sir", "Bon Ja Ra", "Bon Bu N'Doh", "Bon Sa Pa", "Quảng Bình", "Thuận Hải"),
             "BT": ("Phú Sơn", "Lâm Giang", "Bình Đức", "Văn Lâm", "Ku Kê", "Thuận Hòa", "Hiệp Hòa")}
_ALUMINA_SITE = {"DN": (("Nhân Cơ", "Khu vực Nhà máy Alumin Nhân Cơ", "Nhan Co Alumina Plant area"),),
                 "LD": (("Lộc Thắng", "Khu vực Nhà máy Alumin Tân Rai", "Tan Rai Alumina Plant area"),)}
_ENERGY_SITES = (("Phú Lạc", "Nhà máy điện gió"), ("Bình Thạnh", "Trang trại điện gió"),
                 ("Vĩnh Tân", "Nhà máy điện mặt trời"), ("Hòa Thắng", "Nhà máy điện mặt trời"),
                 ("Hòa Thắng", "Nhà máy điện gió"), ("Tân Lập", "Nhà máy điện mặt trời"),
                 ("Sơn Mỹ", "Trạm biến áp 220kV"), ("Hàm Kiệm", "Nhà máy điện mặt trời"))
_ENERGY_EN = {"Nhà máy điện gió": "Wind farm", "Trang trại điện gió": "Wind farm",
              "Nhà máy điện mặt trời": "Solar plant", "Trạm biến áp 220kV": "220kV substation"}

# parks: key, type, Vietnamese name variants, English name, (district, commune), preferred sectors
_PARKS = [
    ("LOCSON", "KCN", ("Lộc Sơn",), "Loc Son", ("Bảo Lộc", "Lộc Sơn"),
     {"tolua", "may", "bb", "che", "tra", "ck", "nhua", "tp"}),
    ("PHUHOI", "KCN", ("Phú Hội",), "Phu Hoi", ("Đức Trọng", "Phú Hội"),
     {"tp", "cbns", "go", "vlxd", "rauhoa", "hoa", "nncnc", "sua", "caphe", "bb"}),
    ("TAMTHANG", "KCN", ("Tâm Thắng",), "Tam Thang", ("Cư Jút", "Tâm Thắng"),
     {"cbns", "go", "vlxd", "tinhbot", "caphe", "tieu", "dieu", "caosu"}),
    ("NHANCO", "CCN", ("Nhân Cơ",), "Nhan Co", ("Đắk R'Lấp", "Nhân Cơ"), {"ck", "ckct", "ckxd", "hc", "vt",
                                                                          "ktd"}),
    ("HK1", "KCN", ("Hàm Kiệm I", "Hàm Kiệm 1", "Hàm Kiệm"), "Ham Kiem I", ("Hàm Thuận Nam", "Hàm Kiệm"),
     {"thuysan", "tp", "ck", "may", "bb", "khol", "thanhlong"}),
    ("HK2", "KCN", ("Hàm Kiệm II", "Hàm Kiệm 2"), "Ham Kiem II", ("Hàm Thuận Nam", "Hàm Mỹ"),
     {"thuysan", "tp", "ck", "may", "nhua", "vlxd"}),
    ("SONMY", "KCN", ("Sơn Mỹ I", "Sơn Mỹ 1", "Sơn Mỹ"), "Son My I", ("Hàm Tân", "Sơn Mỹ"),
     {"ckct", "hc", "nltt", "ktd", "vlxd"}),
    ("PHANTHIET", "KCN", ("Phan Thiết", "Phan Thiết giai đoạn 2", "Phan Thiết 2"), "Phan Thiet",
     ("Phan Thiết", "Phong Nẫm"), {"thuysan", "haisan", "may", "tp", "bb"}),
    ("TUYPHONG", "KCN", ("Tuy Phong",), "Tuy Phong", ("Tuy Phong", "Vĩnh Tân"), {"dg", "nltt", "ckct",
                                                                                 "ktd"}),
    ("PHUHAI", "CCN", ("Phú Hài", "chế biến nước mắm Phú Hài"), "Phu Hai", ("Phan Thiết", "Phú Hài"),
     {"nuocmam", "haisan"}),
]
_PARKS_BY_REGION: dict[str, list] = {}
for _p in _PARKS:
    _PARKS_BY_REGION.setdefault(_GAZ_BY_COMMUNE[_p[4]][0], []).append(_p)
_PARK_PREFIX = {"KCN": ("KCN", "KCN", "KCN", "Khu công nghiệp", "Khu công nghiệp", "K.C.N", "Khu CN"),
                "CCN": ("CCN", "CCN", "Cụm công nghiệp", "Cụm CN", "CCN-TTCN")}
_PARK_EN = {"KCN": ("Industrial Park", "IP", "Industrial Zone", "IZ", "I.P"),
            "CCN": ("Industrial Cluster", "IC", "Industrial Cluster")}

# ----------------------------------------------------------------------------------------------------------
# sectors: key -> (Vietnamese, abbreviations, English, group)

_SEC = {
    "sxtm": ("Sản xuất Thương mại", ("SX TM", "SX-TM", "SXTM", "Sản xuất - Thương mại", "SX & TM"),
             "Production Trading", "gen"),
    "tmdv": ("Thương mại Dịch vụ", ("TM DV", "TM-DV", "TMDV", "TM & DV", "Thương mại - Dịch vụ"),
             "Trading Service", "gen"),
    "dtpt": ("Đầu tư Phát triển", ("ĐTPT", "Đầu tư & Phát triển", "ĐT PT"), "Investment Development", "gen"),
    "xnk": ("Xuất nhập khẩu", ("XNK", "Xuất Nhập Khẩu", "XNK"), "Import Export", "gen"),
    "cbns": ("Chế biến Nông sản", ("CB Nông sản", "CBNS", "Chế biến NS"), "Agricultural Processing", "agri"),
    "ns": ("Nông sản", ("Nông Sản", "NS"), "Agricultural Products", "agri"),
    "nncnc": ("Nông nghiệp Công nghệ cao", ("NN CNC", "Nông nghiệp CNC", "NNCNC"), "Hi-Tech Agriculture",
              "agri"),
    "tp": ("Thực phẩm", ("TP", "Thực Phẩm"), "Food", "agri"),
    "che": ("Chè", ("Trà", "Chè"), "Tea", "agri"),
    "tra": ("Trà", ("Chè", "Trà"), "Tea", "agri"),
    "caphe": ("Cà phê", ("Cafe", "Cà Phê", "Càfê"), "Coffee", "agri"),
    "rauhoa": ("Rau Hoa", ("Rau - Hoa", "Rau hoa"), "Vegetables and Flowers", "agri"),
    "hoa": ("Hoa", ("Hoa cắt cành", "Hoa"), "Flowers", "agri"),
    "sua": ("Sữa", ("Bò sữa", "Sữa"), "Dairy", "agri"),
    "tolua": ("Tơ lụa", ("Tơ tằm", "Tơ Lụa", "Lụa"), "Silk", "silk"),
    "thuysan": ("Chế biến Thủy sản", ("CB Thủy sản", "CBTS", "CB TS", "Chế biến Thuỷ sản"),
                "Seafood Processing",
                "sea"),
    "haisan": ("Hải sản", ("HS", "Hải Sản"), "Seafood", "sea"),
    "nuocmam": ("Nước mắm", ("NM", "Nước Mắm"), "Fish Sauce", "sea"),
    "nuocda": ("Nước đá", ("Nước Đá",), "Ice", "sea"),
    "thanhlong": ("Thanh long", ("Thanh Long",), "Dragon Fruit", "agri"),
    "khol": ("Kho lạnh", ("Kho Lạnh",), "Cold Storage", "agri"),
    "caosu": ("Cao su", ("Cao Su",), "Rubber", "agri"),
    "dieu": ("Hạt điều", ("Điều", "Hạt Điều"), "Cashew", "agri"),
    "tieu": ("Hồ tiêu", ("Tiêu", "Hồ Tiêu"), "Pepper", "agri"),
    "macca": ("Mắc ca", ("Macca", "Mắc-ca"), "Macadamia", "agri"),
    "tinhbot": ("Tinh bột sắn", ("TB sắn", "Tinh bột mì"), "Tapioca Starch", "agri"),
    "go": ("Chế biến Gỗ", ("CB Gỗ", "Gỗ"), "Wood Processing", "manu"),
    "vlxd": ("Vật liệu Xây dựng", ("VLXD", "VL Xây dựng"), "Building Materials", "manu"),
    "bb": ("Bao bì", ("Bao Bì",), "Packaging", "manu"),
    "nhua": ("Nhựa", ("Nhựa",), "Plastics", "manu"),
    "may": ("May mặc", ("May", "May Mặc"), "Garment", "manu"),
    "hc": ("Hóa chất", ("HC", "Hoá chất"), "Chemicals", "manu"),
    "ck": ("Cơ khí", ("CK", "Cơ Khí"), "Mechanical", "mech"),
    "ckct": ("Cơ khí Chế tạo", ("CK Chế tạo", "CKCT", "Cơ khí CT"), "Mechanical Engineering", "mech"),
    "ckxd": ("Cơ khí Xây dựng", ("CK XD", "CKXD", "Cơ khí XD"), "Mechanical Construction", "mech"),
    "xld": ("Xây lắp Điện", ("XL Điện", "XLĐ", "Xây lắp điện"), "Electrical Construction", "elec"),
    "ktd": ("Kỹ thuật Điện", ("KT Điện", "KTĐ", "Kỹ thuật điện"), "Electrical Engineering", "elec"),
    "vt": ("Vận tải", ("VT", "Vận Tải"), "Transport", "trans"),
    "logi": ("Logistics", ("Logistic", "Giao nhận"), "Logistics", "trans"),
    "xd": ("Xây dựng", ("XD", "Xây Dựng"), "Construction", "trans"),
    "mt": ("Môi trường", ("MT", "Môi Trường"), "Environment", "trans"),
    "nl": ("Năng lượng", ("NL", "Năng Lượng"), "Energy", "energy"),
    "nltt": ("Năng lượng Tái tạo", ("NLTT", "NL Tái tạo"), "Renewable Energy", "energy"),
    "dg": ("Điện gió", ("Điện Gió",), "Wind Power", "energy"),
    "dmt": ("Điện mặt trời", ("ĐMT", "Điện Mặt Trời"), "Solar Power", "energy"),
    "htx_nn": ("Nông nghiệp", ("NN", "Nông nghiệp"), "Agricultural", "agri"),
    "htx_dvnn": ("Dịch vụ Nông nghiệp", ("DV NN", "DVNN", "DV Nông nghiệp"), "Agricultural Service", "agri"),
    "htx_nndv": ("Nông nghiệp Dịch vụ", ("NN DV", "NNDV", "NN-DV"), "Agriculture and Service", "agri"),
    "htx_sx": ("Sản xuất Kinh doanh Dịch vụ", ("SX KD DV", "SXKDDV"), "Production Trading Service", "agri"),
    "htx_tt": ("Dâu tằm tơ", ("Dâu tằm", "Dâu Tằm Tơ"), "Sericulture", "silk"),
    "htx_tc": ("Dệt thổ cẩm", ("Thổ cẩm", "Dệt Thổ Cẩm"), "Brocade Weaving", "silk"),
    "htx_ts": ("Thủy sản", ("TS", "Thuỷ sản"), "Fisheries", "sea"),
}
_EXPORT = {"caphe", "tieu", "dieu", "che", "tra", "hoa", "thanhlong", "macca", "caosu", "tinhbot", "tolua",
           "thuysan", "haisan", "nuocmam", "may", "go", "xnk", "rauhoa", "khol"}
_REGION_SEC = {
    "LD": _WC([("tolua", 8), ("che", 5), ("tra", 3), ("caphe", 7), ("rauhoa", 4), ("hoa", 4), ("nncnc", 4),
               ("sua", 2), ("tp", 5), ("cbns", 5), ("macca", 2), ("dieu", 2), ("go", 3), ("vlxd", 3), ("bb",
                                                                                                       2),
               ("ck", 4), ("ckct", 2), ("xld", 2), ("vt", 3), ("sxtm", 6), ("tmdv", 6), ("dtpt", 3), ("xnk",
                                                                                                      2),
               ("mt", 1), ("may", 2), ("ns", 3)]),
    "DN": _WC([("ck", 5), ("ckct", 4), ("ckxd", 3), ("xld", 3), ("ktd", 3), ("vt", 6), ("logi", 1), ("hc", 3),
               ("caphe", 8), ("tieu", 6), ("caosu", 4), ("dieu", 4), ("macca", 4), ("tinhbot", 3), ("go", 3),
               ("vlxd", 4), ("sxtm", 5), ("tmdv", 5), ("xd", 5), ("mt", 2), ("ns", 4), ("cbns", 3)]),
    "BT": _WC([("nuocmam", 9), ("thuysan", 6), ("haisan", 5), ("nuocda", 3), ("thanhlong", 7), ("khol", 3),
               ("nl", 2), ("nltt", 3), ("dg", 2), ("dmt", 2), ("xld", 3), ("ktd", 2), ("may", 3), ("caosu",
                                                                                                   3),
               ("dieu", 3), ("vlxd", 3), ("ck", 3), ("vt", 3), ("bb", 2), ("sxtm", 5), ("tmdv", 5), ("xnk",
                                                                                                     3),
               ("tp", 3), ("ns", 2)]),
}
_OUT_SEC = _WC([("nltt", 6), ("dg", 3), ("dmt", 3), ("nl", 3), ("xld", 6), ("ktd", 4), ("ckct", 4), ("ckxd",
                                                                                                     3),
                ("vt", 3), ("logi", 2), ("xd", 4), ("hc", 2), ("mt", 2)])
_FDI_SEC = {
    "LD": _WC([("tolua", 5), ("che", 2), ("hoa", 3), ("nncnc", 3), ("may", 2), ("tp", 2), ("bb", 1), ("ck",
                                                                                                      1),
               ("caphe", 1)]),
    "DN": _WC([("ckct", 4), ("hc", 3), ("ktd", 2), ("caphe", 1), ("tinhbot", 2), ("caosu", 1), ("go", 1),
               ("ck", 1)]),
    "BT": _WC([("may", 3), ("thuysan", 3), ("tp", 2), ("thanhlong", 1), ("nltt", 2), ("dg", 2), ("ktd", 1),
               ("bb", 1), ("ck", 1)]),
}
_FG_OF = {"tolua": "silk", "che": "tea", "tra": "tea", "hoa": "agri", "nncnc": "agri", "rauhoa": "agri",
          "thanhlong": "agri", "may": "garment", "tp": "food", "cbns": "food", "tinhbot": "food",
          "bb": "pack",
          "nhua": "pack", "ck": "mech", "ckct": "mech", "ckxd": "mech", "hc": "chem", "ktd": "elec",
          "xld": "elec",
          "caphe": "coffee", "caosu": "rubber", "go": "wood", "thuysan": "seafood", "haisan": "seafood",
          "nltt": "energy", "dg": "energy", "dmt": "energy", "nl": "energy"}
# group -> (zh traditional, zh simplified, ja, ja romaji, ko, ko romanised, English)
_FG = {
    "silk": ("絲綢", "丝绸", "シルク", "Silk", "실크", "Silk", "Silk"),
    "tea": ("茶業", "茶业", "茶園", "Chaen", "티", "Tea", "Tea"),
    "agri": ("農業", "农业", "アグリ", "Agri", "아그로", "Agro", "Agriculture"),
    "garment": ("成衣", "成衣", "繊維", "Seni", "텍스타일", "Textile", "Garment"),
    "food": ("食品", "食品", "食品", "Shokuhin", "푸드", "Food", "Foods"),
    "pack": ("包裝", "包装", "パック", "Pack", "팩", "Pack", "Packaging"),
    "mech": ("機械", "机械", "精機", "Seiki", "정밀", "Precision", "Machinery"),
    "chem": ("化工", "化工", "化学", "Kagaku", "케미칼", "Chemical", "Chemical"),
    "elec": ("電機", "电机", "電機", "Denki", "전기", "Electric", "Electric"),
    "coffee": ("咖啡", "咖啡", "コーヒー", "Coffee", "커피", "Coffee", "Coffee"),
    "rubber": ("橡膠", "橡胶", "ゴム", "Gomu", "러버", "Rubber", "Rubber"),
    "wood": ("木業", "木业", "木材", "Mokuzai", "우드", "Wood", "Wood"),
    "seafood": ("水產", "水产", "水産", "Suisan", "수산", "Fisheries", "Seafood"),
    "energy": ("能源", "能源", "エナジー", "Energy", "에너지", "Energy", "Energy"),
}
# household trades: Vietnamese, English, weights per region (LD, DN, BT)
_HH_TRADES = [
    ("Nước mắm", "Fish Sauce", (0, 0, 10)), ("Chế biến hải sản khô", "Dried Seafood", (0, 0, 5)),
    ("Mực một nắng", "Sun-dried Squid", (0, 0, 3)), ("Sơ chế thanh long", "Dragon Fruit Packing", (0, 0, 6)),
    ("Nước đá", "Ice", (0, 0, 3)), ("Gốm", "Pottery", (0, 0, 1)), ("Dệt thổ cẩm", "Brocade", (2, 1, 1)),
    ("Cà phê rang xay", "Roasted Coffee", (5, 6, 1)), ("Chè", "Tea", (5, 0, 0)), ("Trà atisô",
                                                                                  "Artichoke Tea",
                                                                              (2, 0, 0)),
    ("Mứt", "Candied Fruit", (3, 0, 0)), ("Rau an toàn", "Vegetables", (3, 1, 0)), ("Hoa", "Flowers", (4, 0,
                                                                                                       0)),
    ("Dâu tây", "Strawberry", (1, 0, 0)), ("Ươm tơ", "Silk Reeling", (4, 0, 0)), ("Dệt lụa", "Silk Weaving",
                                                                                 (2, 0, 0)),
    ("Sữa bò tươi", "Fresh Milk", (2, 0, 0)), ("Hồ tiêu", "Pepper", (0, 4, 0)), ("Hạt điều", "Cashew", (1, 3,
                                                                                                        2)),
    ("Mắc ca", "Macadamia", (2, 3, 0)), ("Rượu cần", "Rice Wine", (1, 2, 0)), ("Sầu riêng", "Durian", (1, 2,
                                                                                                       0)),
    ("Cơ khí", "Mechanical Workshop", (3, 3, 3)), ("Hàn tiện", "Welding and Turning", (2, 2, 2)),
    ("Mộc", "Carpentry", (2, 2, 2)), ("Sửa chữa tàu cá", "Boat Repair", (0, 0, 1)),
    ("Bánh tráng", "Rice Paper", (1, 0, 1)),
]
_HH_BY_REGION = {reg: _WC([(t, t[2][i]) for t in _HH_TRADES]) for i, reg in enumerate(_LOCAL)}
_HTX_SEC = {"LD": _WC([("htx_nn", 4), ("htx_dvnn", 3), ("htx_nndv", 3), ("htx_sx", 2), ("che", 2), ("caphe",
                                                                                                    2),
                       ("rauhoa", 2), ("hoa", 2), ("htx_tt", 2), ("htx_tc", 1)]),
            "DN": _WC([("htx_nn", 4), ("htx_dvnn", 3), ("htx_nndv", 3), ("htx_sx", 2), ("caphe", 3), ("tieu",
                                                                                                      2),
                       ("macca", 1), ("htx_tc", 1)]),
            "BT": _WC([("htx_nn", 3), ("htx_dvnn", 3), ("htx_nndv", 2), ("htx_sx", 2), ("thanhlong", 4),
                       ("nuocmam", 2), ("htx_ts", 2), ("htx_tc", 1)])}

# ----------------------------------------------------------------------------------------------------------
# names

_VN_SYL = ("An Bình Phúc Phước Thịnh Phát Hưng Thành Đạt Tân Tín Nghĩa Minh Quang Hoàng Kim Ngọc Bảo Gia Huy "
           "Khang Lộc Tài Thuận Lợi Hòa Hải Sơn Nam Việt Đông Trường Long Vĩnh Phú Quý Toàn Thắng Lâm Trí "
           "Đức Tiến Hiệp Hợp Tâm Nhân Hậu Mỹ Thái Xuân Hạnh Hương Uyên Anh Dũng Cường Thiên Nguyên Vạn Hồng "
           "Đại Tường Cát Hào Kiệt Nhật Hoàn Thọ Đăng Khoa Vinh Lập Quốc Châu Duy Phong Trung Nhất Sang "
           "Hiếu").split()
_DESCR = {"LD": ("Cao Nguyên Xanh", "Đại Ngàn", "Rừng Thông", "Đồi Chè", "Sương Mai", "Lang Biang",
                 "Hoa Hồng",
                 "Ngàn Thông", "Đồi Xanh", "Thác Bạc"),
          "DN": ("Đất Đỏ", "Bazan", "Nam Nung", "Tà Đùng", "Đại Ngàn", "Cao Nguyên", "Đồi Xanh", "Sêrêpốk"),
          "BT": ("Mũi Né", "Biển Xanh", "Hải Âu", "Sao Biển", "Đồi Cát", "Tà Cú", "Hòn Rơm", "Nắng Gió",
                 "Đa Mi",
                 "Sông Lũy", "Phú Quý", "Ánh Dương")}
_TAILS = {"LD": ("Lâm Đồng", "Lâm Đồng", "Đà Lạt", "Bảo Lộc", "Di Linh", "Đức Trọng", "Lâm Hà"),
          "DN": ("Đắk Nông", "Đắk Nông", "Gia Nghĩa", "Đắk Mil", "Tây Nguyên"),
          "BT": ("Bình Thuận", "Bình Thuận", "Phan Thiết", "La Gi", "Mũi Né", "Tuy Phong", "Hàm Tân"),
          "OUT": ("Miền Nam", "Việt Nam", "Phương Nam", "Sài Gòn")}
# folded, lower case word sequences that must not occur in a generated trade name (well-known brands)
_BLOCK = {
    "hoa phat", "thanh cong", "trung nguyen", "phuc long", "tam chau", "cau dat", "hoang anh", "hung thinh",
    "kinh do", "nam long", "viet tien", "minh phu", "hung vuong", "duc long", "tan tao", "tan long",
    "an phat",
    "hoa binh", "bao viet", "phu thai", "dong tam", "vinh hoan", "long dinh", "thien long", "a chau",
    "tan hiep phat",
    "thai binh", "vinamilk", "vinacomin", "vinamit", "hasfarm", "ladofoods", "lien thanh", "nam ngu",
    "muoi kho",
    "hong hanh", "viet thang", "hoa sen", "son ha", "tan a", "hai ha", "bien hoa",
    "masan", "vingroup", "vinfast", "petrolimex", "formosa", "foxconn", "hon hai", "feng tai", "fengtai",
    "fu sheng",
    "fusheng", "pou chen", "pao cheng", "evergreen", "giant", "acer", "asus", "tai hua", "hua xing",
    "xinyuan group",
    "samsung", "hyundai", "lotte", "posco", "hyosung", "doosan", "hanwha", "daewoo", "kumho", "shinhan",
    "toyota", "honda", "yamaha", "sony", "canon", "nidec", "kyocera", "panasonic", "mitsubishi", "sumitomo",
    "hitachi", "toshiba", "denso", "brother", "fujitsu", "mabuchi", "takeda", "kubota", "maeda", "nomura",
    "murata", "shimizu", "taekwang", "changshin", "dongwon", "daewon", "youngone", "taeyoung",
    "kyungshin", "seojin", "sungwoo", "hanil", "daesang", "hansol",
    "siam cement", "charoen", "betagro", "mitr phol", "thai union", "trung nam", "bamboo",
}
_ZH = [("新", "新", "Hsin", "Xin", "Tân"), ("源", "源", "Yuan", "Yuan", "Nguyên"), ("泰", "泰", "Tai", "Tai",
                                                                                "Thái"),
       ("豐", "丰", "Feng", "Feng", "Phong"), ("龍", "龙", "Lung", "Long", "Long"), ("華", "华", "Hua", "Hua",
                                                                                 "Hoa"),
       ("盛", "盛", "Sheng", "Sheng", "Thịnh"), ("富", "富", "Fu", "Fu", "Phú"), ("恆", "恒", "Heng", "Heng",
                                                                              "Hằng"),
       ("金", "金", "Chin", "Jin", "Kim"), ("康", "康", "Kang", "Kang", "Khang"), ("美", "美", "Mei", "Mei", "Mỹ"),
       ("昌", "昌", "Chang", "Chang", "Xương"), ("利", "利", "Li", "Li", "Lợi"), ("宏", "宏", "Hung", "Hong",
                                                                              "Hoành"),
       ("興", "兴", "Hsing", "Xing", "Hưng"), ("達", "达", "Ta", "Da", "Đạt"), ("祥", "祥", "Hsiang", "Xiang",
                                                                            "Tường"),
       ("順", "顺", "Shun", "Shun", "Thuận"), ("發", "发", "Fa", "Fa", "Phát"), ("安", "安", "An", "An", "An"),
       ("寶", "宝", "Pao", "Bao", "Bảo"), ("東", "东", "Tung", "Dong", "Đông"), ("益", "益", "Yi", "Yi", "Ích"),
       ("勝", "胜", "Sheng", "Sheng", "Thắng"), ("鴻", "鸿", "Hung", "Hong", "Hồng"), ("茂", "茂", "Mao", "Mao",
                                                                                   "Mậu"),
       ("榮", "荣", "Jung", "Rong", "Vinh"), ("佳", "佳", "Chia", "Jia", "Giai")]
_JP = [("Nishimura", "西村", "ニシムラ"), ("Hayashi", "林", "ハヤシ"), ("Morita", "森田", "モリタ"),
       ("Okada", "岡田", "オカダ"), ("Ishikawa", "石川", "イシカワ"), ("Kojima", "小島", "コジマ"),
       ("Fujii", "藤井", "フジイ"), ("Nakano", "中野", "ナカノ"), ("Yoshida", "吉田", "ヨシダ"), ("Sakai", "酒井", "サカイ"),
       ("Inoue", "井上", "イノウエ"), ("Kimura", "木村", "キムラ"), ("Ueda", "上田", "ウエダ"), ("Hirano", "平野", "ヒラノ"),
       ("Arai", "新井", "アライ"), ("Takagi", "高木", "タカギ"), ("Ogawa", "小川", "オガワ"), ("Sugimoto", "杉本", "スギモト"),
       ("Noguchi", "野口", "ノグチ"), ("Miyazaki", "宮崎", "ミヤザキ"), ("Kaneko", "金子", "カネコ"),
       ("Iwasaki", "岩崎", "イワサキ"), ("Sakamoto", "坂本", "サカモト"), ("Matsumoto", "松本", "マツモト"),
       ("Uchida", "内田", "ウチダ"), ("Kubo", "久保", "クボ"), ("Hamada", "浜田", "ハマダ"), ("Taniguchi", "谷口", "タニグチ"),
       ("Endo", "遠藤", "エンドウ"), ("Aoki", "青木", "アオキ"), ("Fukuda", "福田", "フクダ"), ("Kondo", "近藤", "コンドウ"),
       ("Maruyama", "丸山", "マルヤマ"), ("Ando", "安藤", "アンドウ"), ("Horiuchi", "堀内", "ホリウチ")]
_JP_EXTRA = (("", ""), ("", ""), ("Sangyo", "産業"), ("Shoji", "商事"), ("Giken", "技研"), ("Tech", "テック"))
_KR_SYL = (("Dae", "대"), ("Jin", "진"), ("Seo", "서"), ("Young", "영"), ("Myung", "명"), ("Jung", "정"), ("Woo",
                                                                                                     "우"),
           ("Sung", "성"), ("Il", "일"), ("Han", "한"), ("Dong", "동"), ("Sae", "새"), ("Kyung", "경"), ("Sam",
                                                                                                   "삼"),
           ("Se", "세"), ("Shin", "신"), ("Hwa", "화"), ("Yong", "용"), ("Chang", "창"), ("Won", "원"), ("Ho", "호"),
           ("Kwang", "광"), ("Tae", "태"), ("Hyun", "현"), ("Min", "민"), ("Joo", "주"), ("Bo", "보"), ("Eun", "은"))
_TH = ("Sombat", "Rungroj", "Thanakorn", "Chaiyaphon", "Siriwat", "Prasert", "Wattana", "Kittisak",
       "Pornchai",
       "Somchai", "Anurak", "Boonmee", "Charoenkit", "Decha", "Kasem", "Narong", "Pattana", "Sakda", "Thawat",
       "Worachai")
_TH_EXTRA = ("", "", " Inter", " Asia", " Global")
_ORIGIN_VN = {"TW": "Đài Loan", "JP": "Nhật Bản", "KR": "Hàn Quốc", "CN": "Trung Quốc", "TH": "Thái Lan"}

_FAM_KINH = _WC([("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 4), ("Phan",
                                                                                                    4),
                 ("Vũ", 3), ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương",
                                                                                                   1),
                 ("Lý", 1), ("Đinh", 1), ("Trương", 1), ("Lương", 1), ("Mai", 1), ("Cao", 1), ("Tạ", 1)])
_MID_M = ("Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc", "Tấn", "Duy")
_MID_F = ("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Bích")
_GIV_M = ("An Bình Cường Dũng Hải Hiếu Hòa Hùng Huy Khánh Long Minh Nam Phúc Quang Sơn Tâm Thắng Thành "
          "Tuấn Vinh Tài Trung Lộc Hưng Đạt Toàn Phong Tùng Lâm").split()
_GIV_F = ("Anh Dung Hà Hạnh Hằng Hoa Hương Lan Liên Linh Mai Nga Ngọc Nhung Oanh Phương Thảo Thủy Trang "
          "Tuyết Vân Yến Hồng").split()
_HOA_FAM = ("Trương", "Lâm", "Quách", "Diệp", "Hứa", "Lý", "Mã", "Tăng", "Thái", "La")
_CHAM_FAM = ("Thông", "Lưu", "Đàng", "Bá", "Thiên Sanh", "Quảng Đại", "Thuận", "Hán", "Phú", "Lộ")
_CHAM_GIV = ("Hồng", "Xuân", "Tài", "Thành", "Nhung", "Lan", "Sơn", "Minh", "Đồng", "Kha", "Sanh", "Hiệp")
_KHO_M = ("Brơi", "Đăm", "Tiếp", "Sớ", "Mừng", "Bình", "Dũng", "Điệp", "Ha Sen", "Jũ", "Dơng")
_KHO_F = ("Hảo", "Liên", "Dung", "Huyên", "Bẻo", "Thủy", "Dơn", "Ngọc", "H'Liên", "Điểu")
_KHO_FAM = ("Liêng Hót", "Cil", "Kră Jăn", "Rơ Ông", "Bon Đing", "Păng Ting", "Kơ Să")
_CHURU = ("Touneh Hàn Tính", "Ya Tuấn", "Ma Ly", "Bơ Nah Ha Tam", "Sô Ha Phan", "Touneh Ha Bình",
          "Ya Thị Mai", "Ma Hữu Tùng", "Bơ Nah Ha Lai")
_MNONG = ("Điểu Kré", "Điểu Xuân", "Điểu Lành", "Điểu Dũng", "Y Tâm", "Y Krăng", "Y Bình", "Thị Rinh",
          "H'Bia",
          "Điểu Thị Hương", "Thị Nhung", "Điểu Sơn", "Y Sĩ", "Điểu K'Rứt")
_TAY_FAM = ("Nông", "Hoàng", "Lương", "Ma", "Lục", "Đinh", "Hà")
_NICK = ("Cô Ba", "Bà Hai", "Bà Tư", "Sáu Lộc", "Út Hạnh", "Năm Thành", "Tám Hòa", "Chín Lợi", "Ba Thương",
         "Dì Bảy", "Hai Lúa", "Cô Út")

_FORM_VN = {
    "TNHH": ("Công ty TNHH", "Công ty TNHH", "Cty TNHH", "Công ty Trách nhiệm hữu hạn", "CÔNG TY TNHH",
             "C.ty TNHH",
             "Cty. TNHH", "CT TNHH", "Cty TNHH", "Cong ty TNHH"),
    "MTV": ("Công ty TNHH MTV", "Công ty TNHH Một thành viên", "Cty TNHH MTV", "Cty TNHH 1TV",
            "Công ty trách nhiệm hữu hạn một thành viên", "Công ty TNHH 1 thành viên", "Cty TNHH",
            "Công ty TNHH",
            "TNHH MTV"),
    "CP": ("Công ty Cổ phần", "Công ty CP", "CTCP", "Cty CP", "Cty Cổ phần", "C.ty CP", "Công ty CP",
           "CTY CP"),
    "DNTN": ("Doanh nghiệp tư nhân", "DNTN", "DNTN", "DN tư nhân", "Doanh nghiệp TN", "D.N.T.N"),
    "HTX": ("Hợp tác xã", "HTX", "HTX", "H.T.X", "HTX."),
}
_FORM_EN = {"TNHH": ("CO., LTD", "COMPANY LIMITED", "CO.,LTD", "CO. LTD", "LIMITED COMPANY", "LTD", "LLC"),
            "MTV": ("CO., LTD", "ONE MEMBER CO., LTD", "COMPANY LIMITED", "CO.,LTD",
                    "ONE MEMBER LIMITED LIABILITY "
                    "COMPANY", "LLC"),
            "CP": ("JOINT STOCK COMPANY", "JSC", "JSC", "J.S.C", "CORPORATION", "CORP."),
            "DNTN": ("PRIVATE ENTERPRISE", "ENTERPRISE", "CO."),
            "HTX": ("COOPERATIVE", "CO-OPERATIVE", "COOP")}

# ----------------------------------------------------------------------------------------------------------
# sources: date windows (decimal years) and calibrated base weights (docstring shares hold for the entity mix)

_WINDOW = {"THUE": (2025.55, 2025.9), "BQL": (2022.0, 2025.9), "CNL": (2016.0, 2024.9), "CND": (2016.0,
                                                                                                2024.9),
           "CNB": (2016.0, 2024.9), "TK": (2017.0, 2025.5), "BHXH": (2024.0, 2025.8), "HQ": (2020.0, 2025.9),
           "KC": (2015.0, 2025.9), "VND": (2018.0, 2025.9), "HC": (2025.6, 2025.95), "NL": (2018.0, 2025.9)}
# base weight per list, calibrated (8 rounds at n = 180,000) so that the realised shares meet SHARES
_BASE = {"THUE": 16.5, "BQL": 28.4, "CNL": 11.25, "CND": 13.4, "CNB": 10.9, "TK": 5.3, "BHXH": 5.1, "HQ": 8.9,
         "KC": 8.0, "VND": 4.8, "HC": 6.6, "NL": 17.4}
# most rows one list holds for one unit (a tax extract lists a taxpayer once, a yearly survey several times)
_CAP = {"THUE": 1, "HQ": 1, "BHXH": 2, "BQL": 2, "HC": 2, "CNL": 3, "CND": 3, "CNB": 3, "TK": 4, "KC": 3,
        "VND": 3, "NL": 3}
_MAIN = {"suffix": "", "main": True, "key": 0}

_SIZE = {
    "small": _WC([(1, 58), (2, 24), (3, 10), (4, 5), (5, 3)]),
    "mid": _WC([(1, 36), (2, 20), (3, 14), (4, 10), (5, 7), (6, 5), (7, 3), (8, 2), (9, 1.5), (10, 1), (12,
                                                                                                        0.8),
                (15, 0.5), (20, 0.2)]),
    "big": _WC([(1, 10), (2, 12), (3, 12), (4, 12), (5, 10), (6, 9), (7, 7), (8, 6), (10, 7), (13, 5), (17,
                                                                                                        4),
                (25, 3), (35, 1.5), (50, 0.6)]),
}
_FAMILY = _WC([("dn", 50), ("hkd", 20), ("hkd2dn", 3), ("htx", 5), ("fdi", 6), ("out", 5), ("twin", 2.5),
               ("sisters", 2.5), ("parentsub", 1.5), ("hh_vs_co", 2), ("htx_vs_co", 1.2), ("same_owner", 1.3),
               ("refound", 1.2), ("hanzi", 0.6), ("fdi_pair", 0.7)])


class _Ent:
    """One legal enterprise (truth group) with its name states, seats and dependent units."""

    __slots__ = ("truth", "kind", "region", "states", "locs", "units", "land", "mob", "mob_old", "t0", "t1",
                 "origin", "wc", "code", "owner")

    def __init__(self, truth: str, kind: str, region: str):
        self.truth, self.kind, self.region = truth, kind, region
        self.states: list = []  # (from, state dict), ascending
        self.locs: list = []  # (from, loc) of the seat, ascending
        self.units: list = []  # dependent units
        self.land = None  # (area region, 8-digit subscriber)
        self.mob, self.mob_old = "", ""
        self.t0, self.t1 = 2010.0, 2026.0
        self.origin = ""
        self.wc = None
        self.code = ""
        self.owner = ""

    def state(self, t: float) -> dict:
        st = self.states[0][1]
        for t_from, s in self.states:
            if t_from <= t:
                st = s
        return st

    def loc(self, t: float):
        lc = self.locs[0][1]
        for t_from, x in self.locs:
            if t_from <= t:
                lc = x
        return lc


class _Gen:
    def __init__(self, seed: int):
        self.r = random.Random(f"gen_lamdong:{seed}")
        self.names: set[str] = set()
        self.codes: set[str] = set()
        self.n_truth = 0
        self.recent: list[str] = []
        self.truth_base = self.r.randrange(10**6)

    # -- identities ------------------------------------------------------------------------------------------
    def truth(self) -> str:
        self.n_truth += 1
        return f"E{(self.truth_base + self.n_truth * 7919) % 10**8:08d}"

    def mst(self, region: str, year: float) -> str:
        r = self.r
        pre = _TAX_PREFIX[region] + ("0" if year < 2012 else "1")
        while True:
            nine = pre + f"{r.randrange(10**6):06d}"
            c = _check(nine)
            if c >= 0 and nine not in self.codes:
                self.codes.add(nine)
                return nine + str(c)

    def personal_mst(self) -> str:
        r = self.r
        while True:
            nine = "8" + f"{r.randrange(10**8):08d}"
            c = _check(nine)
            if c >= 0 and nine not in self.codes:
                self.codes.add(nine)
                return nine + str(c)

    def cccd(self, region: str, female: bool) -> str:
        r = self.r
        yy = r.randrange(55, 105)
        g = (1 if female else 0) + (2 if yy >= 100 else 0)
        return f"{_CCCD_PROV.get(region, '079')}{g}{yy % 100:02d}{r.randrange(10**6):06d}"

    def person(self, region: str, female: bool | None = None) -> str:
        r = self.r
        if female is None:
            female = r.random() < 0.4
        x = r.random()
        if region == "LD" and x < 0.12:
            return ("Ka " + r.choice(_KHO_F)) if female else ("K'" + r.choice(_KHO_M))
        if region == "LD" and x < 0.16:
            return r.choice(_KHO_FAM) + " " + r.choice(_KHO_F if female else _KHO_M)
        if region == "LD" and x < 0.2:
            return r.choice(_CHURU)
        if region == "DN" and x < 0.12:
            return r.choice(_MNONG)
        if region == "DN" and x < 0.17:
            mid = "Thị" if female else "Văn"
            return f"{r.choice(_TAY_FAM)} {mid} {r.choice(_GIV_F if female else _GIV_M)}"
        if region == "BT" and x < 0.12:
            return f"{r.choice(_CHAM_FAM)} {'Thị' if female else 'Văn'} {r.choice(_CHAM_GIV)}"
        fam = r.choice(_HOA_FAM) if (region == "BT" and x < 0.18) or x > 0.97 else _FAM_KINH(r)
        mid = r.choice(_MID_F if female else _MID_M)
        return f"{fam} {mid} {r.choice(_GIV_F if female else _GIV_M)}"

    def proper(self, region: str) -> str:
        r = self.r
        while True:
            x = r.random()
            if x < 0.78:
                a, b = r.sample(_VN_SYL, 2)
                p = f"{a} {b}"
            elif x < 0.9:
                a, b, c = r.sample(_VN_SYL, 3)
                p = f"{a} {b} {c}"
            else:
                p = r.choice(_DESCR[region]) if region in _DESCR else " ".join(r.sample(_VN_SYL, 2))
            if not _blocked(p):
                return p

    def claim(self, sec: str, proper: str, tail: str) -> bool:
        key = fold(f"{sec}|{proper}{tail}").lower()
        if key in self.names:
            return False
        self.names.add(key)
        return True

    def phones(self, e: _Ent, land_p: float, mob_p: float, area: str | None = None) -> None:
        r = self.r
        if r.random() < land_p:
            e.land = self.landline(area or e.region)
        if r.random() < mob_p or not e.land:
            e.mob, e.mob_old = self.mobile()

    def landline(self, region: str) -> tuple[str, str]:
        """(region, subscriber): 7 digits in the provinces, 8 in Hà Nội and HCM."""
        r = self.r
        if region in ("HCM", "HN"):
            return region, r.choice("3362") + f"{r.randrange(10**7):07d}"
        return region, r.choice("33336") + f"{r.randrange(10**6):06d}"

    def mobile(self) -> tuple[str, str]:
        r = self.r
        x = r.random()
        if x < 0.45:
            old = r.choice(("162", "163", "164", "165", "166", "167", "168", "169", "120", "121", "122",
                            "126",
                            "128", "123", "124", "125", "127", "129", "186", "188"))
            new = {"162": "32", "163": "33", "164": "34", "165": "35", "166": "36", "167": "37", "168": "38",
                   "169": "39", "120": "70", "121": "79", "122": "77", "126": "76", "128": "78", "123": "83",
                   "124": "84", "125": "85", "127": "81", "129": "82", "186": "56", "188": "58"}[old]
            sub = f"{r.randrange(10**7):07d}"
            return f"0{new}{sub}", f"0{old}{sub}"
        pre = r.choice(("86", "96", "97", "98", "88", "91", "94", "89", "90", "93", "92", "99"))
        return f"0{pre}{r.randrange(10**7):07d}", ""

    # -- locations -------------------------------------------------------------------------------------------
    def loc(self, region: str, sec: str = "", park_p: float = 0.0, urban_p: float = 0.5):
        r = self.r
        if region in _PARKS_BY_REGION and r.random() < park_p:
            parks = _PARKS_BY_REGION[region]
            park = _WC([(p, 4 if sec in p[5] else 1) for p in parks])(r)
            gaz = _GAZ_BY_COMMUNE[park[4]]
            lot = f"{r.choice('ABCDEF')}{r.randrange(1, 31)}"
            if r.random() < 0.25:
                lot += f"-{r.randrange(1, 9)}"
            return (gaz, park, ("lot", lot))
        gaz = r.choice(_GAZ_BY_REGION[region])
        if gaz[7] and (r.random() < urban_p or region not in _LOCAL):
            return (gaz, None, ("st", str(r.randrange(1, 480)), r.choice(_STREETS[gaz[7]])))
        x = r.random()
        if x < 0.3 and region in _ROADS:
            return (gaz, None, ("ql", str(r.randrange(1, 180)), r.choice(_ROADS[region])))
        if x < 0.45 and region in _VILLAGES and gaz[3] != "p":
            return (gaz, None, ("vil", r.choice(_VILLAGES[region])))
        if gaz[3] == "p":
            return (gaz, None, ("kp" if region == "BT" else "to", str(r.randrange(1, 16))))
        return (gaz, None, ("vil", str(r.randrange(1, 15))))

    def site_loc(self, region: str, sec: str):
        r = self.r
        if _SEC[sec][3] == "energy" or (region == "BT" and r.random() < 0.6):
            commune, what = r.choice(_ENERGY_SITES)
            gaz = next(g for g in _GAZ_BY_REGION["BT"] if g[4] == commune)
            return (gaz, None, ("site", what, _ENERGY_EN[what]))
        if region in _ALUMINA_SITE and r.random() < 0.7:
            commune, vn, en = r.choice(_ALUMINA_SITE[region])
            gaz = next(g for g in _GAZ_BY_REGION[region] if g[4] == commune)
            return (gaz, None, ("site", vn, en))
        return self.loc(region, sec, park_p=0.5)

    # -- entities --------------------------------------------------------------------------------------------
    def new_state(self, form: str, sec: str, proper: str, tail: str, owner: str = "", **kw) -> dict:
        r = self.r
        st = {"form": form, "sec": sec, "proper": proper, "tail": tail, "owner": owner, "native": "",
              "origin": "", "tw": False}
        st.update(kw)
        if form == "MTV":
            st["fpre"] = r.choice(("Công ty TNHH MTV", "Công ty TNHH Một thành viên", "Công ty TNHH MTV"))
        elif form != "HKD":
            st["fpre"] = _FORM_VN[form][0]
        if form == "HKD":
            st["official"] = (f"Hộ kinh doanh {st['trade_vn']} {proper}" if r.random() < 0.6
                              else f"Hộ kinh doanh {owner}")
            st["en"] = fold(f"{proper} {st['trade_en']}").upper()
            return st
        sec_vn = _SEC[sec][0] if sec else ""
        st["official"] = " ".join(x for x in (st["fpre"], sec_vn, proper + tail) if x)
        if "en" not in st:
            core = fold(proper).upper()
            if r.random() < 0.15:
                core = core.replace(" ", "")
            if sec and (r.random() < 0.75 or _SEC[sec][3] != "gen"):
                core += " " + _SEC[sec][2].upper()
            if tail and r.random() < 0.5:
                core += " " + fold(tail).strip().upper()
            st["en"] = core
        st["enform"] = r.choice(_FORM_EN[form][:3])
        return st

    def base_dn(self, region: str, kind: str = "dn", form: str | None = None, sec: str | None = None,
                proper: str | None = None, tail: str | None = None, t0: float | None = None,
                exempt: bool = False, owner: str | None = None) -> _Ent:
        r = self.r
        e = _Ent(self.truth(), kind, region)
        e.owner = owner or self.person(region if region in _LOCAL else "LD")
        if form is None:
            form = _WC([("TNHH", 40), ("MTV", 25), ("CP", 24), ("DNTN", 11)])(r)
        if sec is None:
            sec = _REGION_SEC[region](r) if region in _LOCAL else _OUT_SEC(r)
        tails = _TAILS.get(region, _TAILS["OUT"])
        for i in range(60):
            p = proper or self.proper(region)
            if tail is not None and i == 0:
                tl = tail
            else:
                tl = " " + r.choice(tails) if r.random() < (0.18 if tail is None else 0.9) else ""
            if exempt or (not _blocked(f"{_SEC[sec][0]} {p}{tl}") and self.claim(sec, p, tl)) or i == 59:
                break
        e.t0 = t0 if t0 is not None else _WC([(r.uniform(1996, 2008), 2), (r.uniform(2008, 2016), 3),
                                               (r.uniform(2016, 2025.4), 4)])(r)
        e.code = self.mst(region, e.t0)
        own = e.owner if form == "DNTN" and r.random() < 0.3 else ""
        st = self.new_state(form, sec, own or p, "" if own else tl, e.owner)
        e.states.append((e.t0, st))
        return e

    def finish(self, e: _Ent, park_p: float, branch_p: float, rename_p: float, move_p: float) -> _Ent:
        r = self.r
        sec = _sec_of(e.states[0][1])
        if not e.locs:
            e.locs.append((e.t0, self.loc(e.region, sec, park_p)))
        if not e.land and not e.mob:
            self.phones(e, 0.7 if e.kind in ("dn", "out") else 0.95, 0.75)
        if r.random() < branch_p or e.kind == "out":
            nb = 1 if r.random() < 0.7 else r.randrange(2, 4)
            for i in range(nb):
                self.add_branch(e, i + 1)
        if r.random() < rename_p:
            self.rename(e)
        if r.random() < move_p:
            t = r.uniform(max(e.t0 + 0.5, 2015.0), 2025.4)
            if t > e.t0:
                reg = e.region if r.random() < 0.7 or e.region not in _LOCAL else r.choice(_LOCAL)
                if e.region not in _LOCAL and r.random() < 0.5:
                    reg = r.choice(_LOCAL)
                e.locs.append((t, self.loc(reg, sec, park_p + 0.2)))
        return e

    def add_branch(self, e: _Ent, i: int) -> None:
        r = self.r
        sec = _sec_of(e.states[0][1])
        if e.kind == "out":
            reg = "BT" if _SEC[sec][3] == "energy" else _WC([("DN", 4), ("LD", 3), ("BT", 3)])(r)
            loc = self.site_loc(reg, sec) if r.random() < 0.7 else self.loc(reg, sec, 0.4)
        else:
            reg = r.choice([x for x in _LOCAL if x != e.region] + [e.region])
            loc = self.loc(reg, sec, 0.4)
        gaz = loc[0]
        place = _PROV[reg][1] if r.random() < 0.6 else gaz[2]
        kind = _WC([("cn", 6), ("nm", 3), ("kho", 1 if _SEC[sec][3] == "agri" else 0.1), ("vp", 0.6)])(r)
        suffix = f"-{i:03d}" if r.random() < 0.75 else ""
        e.units.append({"suffix": suffix, "bkind": kind, "place": place, "loc": loc, "region": reg, "key": i})

    def rename(self, e: _Ent) -> None:
        r = self.r
        t = r.uniform(max(e.t0 + 0.5, 2015.0), 2025.4)
        if t <= e.t0:
            return
        old = e.states[-1][1]
        x = r.random()
        for _ in range(10):
            form, sec, proper, tail = old["form"], old["sec"], old["proper"], old["tail"]
            if x < 0.35:
                form = {"TNHH": "CP", "MTV": r.choice(("CP", "TNHH")), "CP": "TNHH",
                        "DNTN": r.choice(("TNHH", "MTV")), "HTX": "HTX"}[form]
            elif x < 0.6 and e.kind != "fdi":
                sec = _REGION_SEC[e.region](r) if e.region in _LOCAL else _OUT_SEC(r)
            elif x < 0.75 and e.kind != "fdi":
                proper = self.proper(e.region)
            else:
                tail = "" if tail else " " + r.choice(_TAILS.get(e.region, _TAILS["OUT"]))
            if not _blocked(f"{_SEC[sec][0] if sec else ''} {proper}{tail}"):
                break
        if e.kind != "fdi":
            self.claim(sec, proper, tail)
        kw = {k: old[k] for k in ("native", "origin", "tw", "en", "sec_real") if k in old and e.kind == "fdi"}
        e.states.append((t, self.new_state(form, sec, proper, tail, old["owner"], **kw)))

    def dn(self, region: str | None = None, **kw) -> _Ent:
        region = region or _WC([("LD", 45), ("DN", 20), ("BT", 35)])(self.r)
        e = self.base_dn(region, **kw)
        g = _SEC[e.states[0][1]["sec"]][3]
        park_p = {"mech": 0.45, "manu": 0.5, "silk": 0.5, "sea": 0.35, "agri": 0.2, "elec": 0.3}.get(g, 0.08)
        return self.finish(e, park_p, 0.1, 0.09, 0.07)

    def hh_state(self, region: str, owner: str, trade=None, brand: str | None = None) -> dict:
        r = self.r
        trade = trade or _HH_BY_REGION[region](r)
        while brand is None or _blocked(f"{trade[0]} {brand}"):
            x = r.random()
            brand = (self.proper(region) if x < 0.6 else r.choice(_NICK) if x < 0.85
                     else owner.split()[-1] + " " + r.choice(_VN_SYL))
        female = " Thị " in owner or owner.startswith(("Ka ", "H'", "Thị "))
        return self.new_state("HKD", "", brand, "", owner, trade_vn=trade[0], trade_en=trade[1],
                              pmst=self.personal_mst(), cccd=self.cccd(region, female),
                              cmnd=self.cmnd(region),
                              title="bà" if female else "ông")

    def cmnd(self, region: str) -> str:
        """Old 9-digit identity card number (CMND) of the province."""
        pre = _CMND_PROV[region]
        return pre + f"{self.r.randrange(10**7):07d}"[: 9 - len(pre)]

    def hkd(self, region: str | None = None, owner: str | None = None, trade=None, brand: str | None = None,
            official_owner: bool = False) -> _Ent:
        r = self.r
        region = region or _WC([("LD", 40), ("DN", 22), ("BT", 38)])(r)
        e = _Ent(self.truth(), "hkd", region)
        e.owner = owner or self.person(region)
        st = self.hh_state(region, e.owner, trade, brand)
        if official_owner:
            st["official"] = f"Hộ kinh doanh {e.owner}"
        e.t0 = r.uniform(2005, 2025.3)
        e.states.append((e.t0, st))
        e.locs.append((e.t0, self.loc(region, urban_p=0.3)))
        self.phones(e, 0.08, 1.0)
        if r.random() < 0.03:
            e.locs.append((r.uniform(e.t0, 2025.5), self.loc(region, urban_p=0.3)))
        return e

    def hkd2dn(self) -> _Ent:
        r = self.r
        h = self.hkd()
        st0 = h.states[0][1]
        t = r.uniform(max(h.t0 + 1, 2016.0), 2025.3)
        if t <= h.t0:
            t = h.t0 + 0.3
        h.kind = "dn"
        sec = {"Nước mắm": "nuocmam", "Cà phê rang xay": "caphe", "Chè": "che", "Hồ tiêu": "tieu",
               "Hạt điều": "dieu", "Mắc ca": "macca", "Cơ khí": "ck", "Ươm tơ": "tolua", "Dệt lụa": "tolua",
               "Sơ chế thanh long": "thanhlong", "Mứt": "tp", "Hoa": "hoa", "Chế biến hải sản khô": "haisan",
               "Mực một nắng": "haisan", "Nước đá": "nuocda", "Trà atisô": "tra"}.get(st0["trade_vn"], "sxtm")
        brand = st0["proper"]
        tail = " " + r.choice(_TAILS[h.region]) if r.random() < 0.3 else ""
        self.claim(sec, brand, tail)
        st = self.new_state(r.choice(("MTV", "TNHH", "MTV")), sec, brand, tail, h.owner)
        h.code = self.mst(h.region, t)
        st["code"] = h.code
        h.states.append((t, st))
        if r.random() < 0.35:
            h.locs.append((t, self.loc(h.region, sec, 0.3)))
        if not h.land and r.random() < 0.4:
            h.land = self.landline(h.region)
        return h

    def htx(self, region: str | None = None, proper: str | None = None) -> _Ent:
        r = self.r
        region = region or _WC([("LD", 40), ("DN", 25), ("BT", 35)])(r)
        e = _Ent(self.truth(), "htx", region)
        e.owner = self.person(region)
        sec = _HTX_SEC[region](r)
        loc = self.loc(region, urban_p=0.1)
        for _ in range(30):
            p = proper or (loc[0][4] if r.random() < 0.5 and not loc[0][4].isdigit() else self.proper(region))
            if not _blocked(f"{_SEC[sec][0]} {p}") and self.claim(sec, p, ""):
                break
            proper = None
        e.t0 = r.uniform(2004, 2024.5)
        e.code = self.mst(region, e.t0)
        e.states.append((e.t0, self.new_state("HTX", sec, p, "", e.owner)))
        e.locs.append((e.t0, loc))
        self.phones(e, 0.3, 1.0)
        return self.finish(e, 0.0, 0.0, 0.03, 0.02)

    def fdi(self, region: str | None = None, origin: str | None = None, zh: tuple | None = None,
            sec: str | None = None) -> _Ent:
        r = self.r
        region = region or _WC([("LD", 35), ("DN", 20), ("BT", 45)])(r)
        origin = origin or _WC([("TW", 30), ("JP", 20), ("KR", 25), ("CN", 15), ("TH", 10)])(r)
        sec = sec or _FDI_SEC[region](r)
        fg = _FG[_FG_OF.get(sec, "food")]
        e = _Ent(self.truth(), "fdi", region)
        e.origin = origin
        e.owner = self.person("LD") if r.random() < 0.3 else ""
        for _ in range(60):
            native = ""
            tail = " Việt Nam"
            if origin in ("TW", "CN"):
                a, b = zh or r.sample(_ZH, 2)
                if origin == "TW":
                    rom = f"{a[2]} {b[2]}" if r.random() < 0.6 else f"{a[2]}-{b[2].lower()}"
                    native = r.choice((f"越南{a[0]}{b[0]}{fg[0]}有限公司", f"{a[0]}{b[0]}{fg[0]}(越南)有限公司",
                                       f"{a[0]}{b[0]}越南{fg[0]}責任有限公司"))
                else:
                    rom = f"{a[3]}{b[3].lower()}"
                    native = r.choice((f"越南{a[1]}{b[1]}{fg[1]}有限公司", f"{a[1]}{b[1]}(越南){fg[1]}有限公司"))
                hv = f"{a[4]} {b[4]}"
                if r.random() < 0.45:
                    proper, sec_vn_used = hv, sec
                else:
                    proper, sec_vn_used = f"{rom} {fg[6]}", ""
                en = f"{fold(rom).upper()} {fg[6].upper()} (VIETNAM)"
            elif origin == "JP":
                fam = r.choice(_JP)
                xr, xj = r.choice(_JP_EXTRA) if fg[3] not in ("Seiki", "Shokuhin") else ("", "")
                word, wj = (xr, xj) if xr else (fg[3], fg[2])
                proper, sec_vn_used = f"{fam[0]} {word}", ""
                native = r.choice((f"{fam[1]}{wj}ベトナム有限会社", f"{fam[2]}{wj}ベトナム", f"{fam[1]}{wj}ベトナム"))
                en = f"{fam[0].upper()} {word.upper()} VIETNAM"
            elif origin == "KR":
                (a1, h1), (a2, h2) = r.sample(_KR_SYL, 2)
                rom = a1 + a2.lower()
                tail = " Vina" if r.random() < 0.7 else " Việt Nam"
                proper, sec_vn_used = f"{rom} {fg[5]}", ""
                native = r.choice((f"{h1}{h2}{fg[4]} 비나", f"(주){h1}{h2}{fg[4]} 베트남", f"{h1}{h2}{fg[4]}비나"))
                en = f"{rom.upper()} {fg[5].upper()} {fold(tail).strip().upper()}"
            else:
                proper, sec_vn_used = f"{r.choice(_TH)}{r.choice(_TH_EXTRA)} {fg[6]}", ""
                en = f"{proper.upper()} VIETNAM"
            if _blocked(f"{_SEC[sec_vn_used][0] if sec_vn_used else ''} {proper}{tail}") or _blocked(en):
                continue
            if zh is not None or self.claim(sec_vn_used, proper, tail):
                break
        e.t0 = r.uniform(2004, 2024.5)
        e.code = self.mst(region, e.t0)
        st = self.new_state(_WC([("TNHH", 6), ("MTV", 3), ("CP", 1)])(r), sec_vn_used, proper, tail, e.owner,
                            native=native, origin=origin, en=en, tw=origin in ("TW", "CN"), sec_real=sec)
        e.states.append((e.t0, st))
        self.phones(e, 0.95, 0.4)
        return self.finish(e, 0.8, 0.15, 0.05, 0.04)

    def out(self, home: str | None = None, sec: str | None = None, proper: str | None = None) -> _Ent:
        r = self.r
        home = home or _WC([("HCM", 50), ("HN", 25), ("DNI", 10), ("KH", 8), ("NT", 7)])(r)
        e = self.base_dn(home, kind="out", form=_WC([("CP", 5), ("TNHH", 4), ("MTV", 1)])(r),
                         sec=sec or _OUT_SEC(r), proper=proper, tail="" if proper else None,
                         t0=r.uniform(1995, 2021))
        e.locs.append((e.t0, self.loc(home, urban_p=1.0)))
        self.phones(e, 0.95, 0.5)
        return self.finish(e, 0.0, 1.0, 0.05, 0.06)

    # -- families (one entity, or a designed hard-negative set) ----------------------------------------------
    def family(self, rows: list) -> None:
        r = self.r
        kind = _FAMILY(r)
        ents: list[_Ent] = []
        if kind == "dn":
            ents.append(self.dn())
        elif kind == "hkd":
            ents.append(self.hkd())
        elif kind == "hkd2dn":
            ents.append(self.hkd2dn())
        elif kind == "htx":
            ents.append(self.htx())
        elif kind == "fdi":
            ents.append(self.fdi())
        elif kind == "out":
            ents.append(self.out())
        elif kind == "twin":
            a, b = r.sample(_LOCAL, 2)
            e1 = self.dn(a, tail="", t0=r.uniform(1998, 2009))
            st = e1.states[0][1]
            form = st["form"] if st["form"] != "DNTN" else "TNHH"
            e1.states[0][1].update(self.new_state(form, st["sec"], st["proper"], "", e1.owner))
            e2 = self.dn(b, form=form, sec=st["sec"], proper=st["proper"], tail="", t0=r.uniform(1998, 2009),
                         exempt=True)
            e2.states[0][1].update({k: st[k] for k in ("fpre", "official", "en", "enform", "proper", "tail")})
            ents += [e1, e2]
        elif kind == "sisters":
            region = r.choice(_LOCAL)
            owner = self.person(region)
            p = self.proper(region)
            head = self.dn(region, form="CP", sec="dtpt", proper=p, tail="", owner=owner)
            ents.append(head)
            for _ in range(r.randrange(1, 4)):
                reg = r.choice(_LOCAL)
                tail = " " + r.choice(_TAILS[reg]) if r.random() < 0.6 else ""
                s = self.dn(reg, form=r.choice(("TNHH", "MTV", "CP")), sec=_REGION_SEC[reg](r), proper=p,
                            tail=tail,
                            owner=owner)
                if r.random() < 0.4:
                    s.land, s.mob, s.mob_old = head.land, head.mob, head.mob_old
                if r.random() < 0.35:
                    s.locs = [(s.t0, head.locs[0][1])]
                ents.append(s)
        elif kind == "parentsub":
            parent = self.out()
            pst = parent.states[0][1]
            br = parent.units[0]
            sub = self.dn(br["region"], form="MTV", sec=pst["sec"], proper=pst["proper"],
                          tail=" " + _PROV[br["region"]][1], t0=r.uniform(max(parent.t0, 2012), 2024))
            if r.random() < 0.6:
                sub.locs = [(sub.t0, br["loc"])]
            sub.owner = parent.owner
            ents += [parent, sub]
        elif kind == "hh_vs_co":
            h = self.hkd()
            brand = h.states[0][1]["proper"]
            if brand in _NICK:
                brand = self.proper(h.region)
                h.states[0][1]["proper"] = brand
            c = self.dn(r.choice(_LOCAL), proper=brand, tail="")
            ents += [h, c]
        elif kind == "htx_vs_co":
            h = self.htx()
            p = h.states[0][1]["proper"]
            c = self.dn(h.region, sec=r.choice(("ns", "cbns", "tp", "sxtm", "caphe")), proper=p, tail="")
            ents += [h, c]
        elif kind == "same_owner":
            given = r.choice(("Hùng", "Hoa", "Hải", "Lan", "Minh", "Hương", "Dũng", "Mai"))
            owner = f"{r.choice(('Nguyễn', 'Trần', 'Lê'))} {r.choice(('Văn', 'Thị'))} {given}"
            for _ in range(2 if r.random() < 0.8 else 3):
                ents.append(self.hkd(owner=owner, official_owner=True))
        elif kind == "refound":
            a = self.dn(t0=r.uniform(2000, 2016))
            a.units = []
            y = r.uniform(max(a.t0 + 2, 2017.0), 2024.5)
            a.t1 = y
            a.states = [(t, s) for t, s in a.states if t < y]
            a.locs = [(t, lc) for t, lc in a.locs if t < y]
            st = a.states[-1][1]
            form = {"TNHH": "MTV", "MTV": "TNHH", "CP": "TNHH", "DNTN": "MTV"}[st["form"]]
            tail = st["tail"] or (" " + r.choice(_TAILS[a.region]) if r.random() < 0.4 else "")
            b = self.base_dn(a.region, form=form, sec=st["sec"], proper=st["proper"], tail=tail,
                             t0=y + r.uniform(0.1, 1.0), exempt=True, owner=a.owner)
            b.locs = [(b.t0, a.loc(y - 0.01))]
            b.land, b.mob, b.mob_old = a.land, a.mob, a.mob_old
            ents += [a, self.finish(b, 0.0, 0.0, 0.0, 0.0)]
        elif kind == "fdi_pair":
            e1 = self.fdi()
            st = e1.states[0][1]
            reg = r.choice([x for x in _LOCAL if x != e1.region])
            e2 = self.fdi(region=reg, origin=e1.origin, sec=st["sec_real"])
            if st["tail"]:
                tail = st["tail"] + (" 2" if r.random() < 0.5 else " " + _PROV[reg][1])
            else:
                tail = " " + _PROV[reg][1]
            nst = self.new_state(e2.states[0][1]["form"], st["sec"], st["proper"], tail, e2.owner,
                                 native=st["native"], origin=st["origin"], tw=st["tw"],
                                 sec_real=st["sec_real"],
                                 en=st["en"] + " " + fold(tail.replace(" Việt Nam", "")).strip().upper())
            e2.states = [(e2.t0, nst)]
            ents += [e1, e2]
        else:  # hanzi
            while True:
                zh = tuple(r.sample(_ZH, 2))
                a, b = zh
                if not any(_blocked(x) for x in (f"{a[2]} {b[2]}", a[3] + b[3], f"{a[4]} {b[4]}")):
                    break
            e1 = self.fdi(region=r.choice(("LD", "BT")), origin="TW", zh=zh)
            e2 = self.fdi(region=r.choice(("DN", "BT")), origin="CN", zh=zh, sec=r.choice(("ckct", "hc",
                                                                                           "ktd")))
            ents += [e1, e2]
        for e in ents:
            self.emit(e, rows)

    # -- rows ------------------------------------------------------------------------------------------------
    def weights(self, e: _Ent, st: dict, t0: float, t1: float) -> _WC:
        sec = _sec_of(st)
        g = _SEC[sec][3] if sec else "hh"
        k = "hkd" if st["form"] == "HKD" else e.kind
        allloc = [lc for _, lc in e.locs] + [u["loc"] for u in e.units]
        regions = {lc[0][0] for lc in allloc}
        has_park = any(lc[1] for lc in allloc)
        local_seat = any(lc[0][0] in _LOCAL for _, lc in e.locs)
        exporter = sec in _EXPORT
        w = {}
        w["THUE"] = (0.5 if k == "hkd" else 1.0) if local_seat else (1.0 if any(u["suffix"] for u in e.units)
                                                                     else 0.0)
        w["BQL"] = (1.3 if k == "fdi" else 1.0) if has_park else 0.0
        cn = {"mech": 1.3, "elec": 1.3, "manu": 1.3, "silk": 1.3, "agri": 0.8, "sea": 0.8, "energy": 0.6,
              "trans": 0.7, "gen": 0.5, "hh": 0.25}[g]
        if k == "htx":
            cn = 0.3
        for src, reg in (("CNL", "LD"), ("CND", "DN"), ("CNB", "BT")):
            w[src] = cn if reg in regions else 0.0
        w["TK"] = 0.6 if k == "hkd" else 1.0
        w["BHXH"] = 0.03 if k == "hkd" else 0.7 if k == "htx" else 1.0
        w["HQ"] = (0.0 if k == "hkd" else 2.0 if k == "fdi" else (1.0 if k != "htx" else 0.3) if exporter
                   else 0.6 if g == "energy" else 0.3 if g in ("mech", "elec", "manu") else 0.05)
        w["KC"] = (2.5 if k in ("hkd", "htx") else 0.0 if k in ("fdi", "out")
                   else 0.5 if g in ("agri", "sea", "silk") and st["form"] in ("DNTN", "TNHH",
                                                                               "MTV") else 0.1)
        w["VND"] = (1.2 if k == "fdi" else 2.0 if g in ("mech", "elec", "trans") or sec in ("bb", "nhua",
                                                                                            "hc")
                    else 0.6 if g == "energy" else 0.2 if (k == "hkd" and st.get("trade_vn") in ("Cơ khí",
                                                                                                 "Hàn tiện"))
                    else 0.05 if k == "hkd" else 0.1)
        w["HC"] = (0.2 if k == "fdi" else 0.1 if k == "out" else 0.8 if k == "hkd" else 1.2 if k == "htx"
                   else 1.0 if g in ("agri", "sea", "silk") else 0.3)
        bt_or_out = "BT" in regions or k == "out"
        w["NL"] = (4.0 if g == "energy" else 1.5 if g == "elec" and bt_or_out
                   else 0.5 if g in ("mech", "trans") and bt_or_out else 0.0)
        pairs = []
        for src, x in w.items():
            lo, hi = _WINDOW[src]
            if x > 0 and min(hi, t1) > max(lo, t0):
                pairs.append((src, x * _BASE[src]))
        return _WC(pairs or [("TK", 1.0)])

    def emit(self, e: _Ent, rows: list, m: int | None = None) -> None:
        r = self.r
        if m is None:
            m = _SIZE["small" if e.kind == "hkd" else "big" if e.kind in ("fdi", "out") else "mid"](r)
            m += len(e.units) // 2 + (1 if len(e.states) > 1 and r.random() < 0.6 else 0)
        used: dict = {}
        hh_end = next((t for t, st in e.states if st["form"] != "HKD"), e.t0)
        if hh_end > e.t0:  # a household that became a company: rows from both lives
            m = max(m, 2)
            m_h = max(1, round(m * 0.45))
            self.emit_phase(e, rows, m_h, e.states[0][1], e.t0, hh_end, used)
            self.emit_phase(e, rows, m - m_h, e.states[-1][1], hh_end, e.t1, used)
        else:
            self.emit_phase(e, rows, m, e.states[-1][1], e.t0, e.t1, used)
        code = e.states[-1][1].get("code") or e.code
        if code:
            self.recent.append(code)
            if len(self.recent) > 50:
                del self.recent[:25]

    def emit_phase(self, e: _Ent, rows: list, m: int, st: dict, t0: float, t1: float, used: dict) -> None:
        r = self.r
        wc = self.weights(e, st, t0, t1)
        for _ in range(m):
            for _try in range(12):
                src = wc(r)
                lo, hi = _WINDOW[src]
                lo, hi = max(lo, t0), min(hi, t1)
                if lo >= hi:
                    continue
                date = lo + (hi - lo) * r.random()
                unit = self.pick_unit(e, src, date, used)
                if unit is not None:
                    break
            else:
                continue  # every list that could hold this enterprise already does: a smaller group
            used[src, unit[0]["key"]] = used.get((src, unit[0]["key"]), 0) + 1
            st = e.state(date)
            name, tax, addr, phone = getattr(self, "r_" + src)(e, st, unit[0], unit[1], date)
            rows.append((src, name, tax, addr, phone, e.truth))

    def pick_unit(self, e: _Ent, src: str, date: float, used: dict):
        r = self.r
        st = e.state(date)
        main = (_MAIN, e.loc(date))
        cands = [main, main] if e.kind != "out" else [main]
        if st["form"] != "HKD":
            cands += [(u, u["loc"]) for u in e.units]
        if src == "BQL":
            cands = [c for c in cands if c[1][1]]
        elif src in ("CNL", "CND", "CNB"):
            reg = {"CNL": "LD", "CND": "DN", "CNB": "BT"}[src]
            cands = [c for c in cands if c[1][0][0] == reg]
        elif src == "THUE":
            cands = [c for c in cands if c[1][0][0] in _LOCAL and (c[0].get("main") or c[0]["suffix"])]
        elif src == "NL" and e.kind == "out" and len(cands) > 1 and r.random() < 0.7:
            cands = cands[1:]
        cap = _CAP[src]
        cands = [c for c in cands if used.get((src, c[0]["key"]), 0) < cap]
        return r.choice(cands) if cands else None

    # -- rendering helpers -----------------------------------------------------------------------------------
    def code_of(self, e: _Ent, st: dict, unit: dict, branch_code_p: float = 1.0) -> str:
        code = st.get("code") or e.code
        if unit.get("suffix") and self.r.random() < branch_code_p:
            return code + unit["suffix"]
        return code

    def vn(self, st: dict, unit: dict, formal: float = 0.5, sec_abbr: float = 0.2, sec_drop: float = 0.1,
           tail_drop: float = 0.15) -> str:
        r = self.r
        if st["form"] == "HKD":
            return self.hh_name(st, formal)
        if r.random() < formal:
            name = st["official"]
        else:
            f = r.choice(_FORM_VN[st["form"]])
            sec = st["sec"]
            sec_s = ""
            if sec:
                x = r.random()
                sec_s = ("" if x < sec_drop else r.choice(_SEC[sec][1]) if x < sec_drop + sec_abbr
                         else _SEC[sec][0])
            tail = "" if st["tail"] and r.random() < tail_drop else st["tail"]
            if st["form"] == "CP" and r.random() < 0.05:
                name = " ".join(x for x in (sec_s, st["proper"] + tail) if x) + " JSC"
            else:
                name = " ".join(x for x in (f, sec_s, st["proper"] + tail) if x)
        if not unit.get("main") and unit.get("bkind"):
            name = self.branch_vn(name, st, unit)
        return name

    def branch_vn(self, parent: str, st: dict, unit: dict) -> str:
        r = self.r
        place, k = unit["place"], unit["bkind"]
        x = r.random()
        if k == "cn":
            return (f"Chi nhánh {parent} tại {place}" if x < 0.55 else f"Chi nhánh {place} - {parent}"
                    if x < 0.8 else f"CN {parent} - {place}")
        sec = st.get("sec_real") or st["sec"]
        short = _SEC[sec][1][0] if sec else ""
        if k == "nm":
            return (f"Nhà máy {place} - {parent}" if x < 0.4 else f"Chi nhánh {parent} - Nhà máy {place}"
                    if x < 0.7 else f"Nhà máy {short} {st['proper']} {place}".replace("  ", " "))
        if k == "kho":
            return f"Kho lạnh {place} - {parent}" if x < 0.6 else f"Kho {st['proper']} {place}"
        return f"Văn phòng đại diện {parent} tại {place}" if x < 0.7 else f"VPĐD {parent} - {place}"

    def hh_name(self, st: dict, formal: float) -> str:
        r = self.r
        if r.random() < formal:
            return st["official"]
        tr, b, o = st["trade_vn"], st["proper"], st["owner"]
        x = r.random()
        if x < 0.18:
            return f"Cơ sở {tr.lower()} {b}"
        if x < 0.3:
            return f"Cơ sở sản xuất {tr.lower()} {b}"
        if x < 0.38:
            return f"CS {tr} {b}"
        if x < 0.5:
            return f"{r.choice(('HKD', 'Hộ kinh doanh', 'Hộ KD'))} {o}"
        if x < 0.6:
            return o
        if x < 0.68:
            return f"Hộ {st['title']} {o}"
        if x < 0.8:
            return f"{tr} {b} ({o})"
        if x < 0.88:
            return f"{b} - {o}"
        if x < 0.94:
            return f"Cơ sở {b}"
        return f"{tr} {b}"

    def en(self, st: dict, unit: dict) -> str:
        r = self.r
        if st["form"] == "HKD":
            return f"{st['en']} HOUSEHOLD BUSINESS" if r.random() < 0.5 else fold(st["owner"]).upper()
        form = st["enform"] if r.random() < 0.6 else r.choice(_FORM_EN[st["form"]])
        name = f"{st['en']} {form}"
        if not unit.get("main") and unit.get("bkind"):
            place = fold(unit["place"])
            kind = {"cn": "BRANCH", "nm": "FACTORY", "kho": "WAREHOUSE",
                    "vp": "REPRESENTATIVE OFFICE"}[unit["bkind"]]
            place = place.upper()
            name = f"{name} - {place} {kind}" if r.random() < 0.7 else f"{kind} OF {name} IN {place}"
        return name if r.random() < 0.7 else name.title()

    def tax(self, code: str, typo: float = 0.0, spaced: float = 0.0) -> str:
        r = self.r
        if not code:
            return ""
        x = r.random()
        if x < typo:
            return _typo_code(code, r)
        if x < typo + spaced:
            base, _, suf = code.partition("-")
            y = r.random()
            if y < 0.4:
                s = f"{base[:4]} {base[4:7]} {base[7:]}"
            elif y < 0.6:
                s = " ".join(base)
            elif y < 0.8:
                s = f"{base[:2]} {base[2:]}"
            else:
                s = f"{base[:4]}.{base[4:7]}.{base[7:]}"
            return s + (r.choice(("-", " - ", "- ", " ")) + suf if suf else "")
        return code

    def phone(self, e: _Ent, st: dict, date: float, style: str = "vn", stale: float = 0.0, both: float = 0.2,
              land_first: float = 0.6) -> str:
        r = self.r
        land = e.land if st["form"] != "HKD" else None
        mob = e.mob
        parts = []
        use_land = land and (not mob or r.random() < land_first)
        if use_land:
            parts.append(_fmt_land(land, date, style, r, stale))
        if mob and (not use_land or r.random() < both):
            parts.append(_fmt_mob(mob, e.mob_old, date, style, r, stale))
        if not parts:
            return ""
        return r.choice((" - ", " / ", "; ", ", ")).join(parts)

    def addr(self, loc, date: float, new_p: float, style: int, mix_p: float = 0.15) -> str:
        r = self.r
        if date < 2025.5:
            mode = "old"
        else:
            x = r.random()
            mode = "mix" if x < new_p * mix_p else "new" if x < new_p else "old"
        s = _addr_vn(loc, date, mode, style, r)
        return _dak(s, r) if loc[0][0] == "DN" else _apos(s, r)

    def wrong_code(self) -> str:
        return self.r.choice(self.recent) if self.recent else ""

    # -- sources ---------------------------------------------------------------------------------------------
    def r_THUE(self, e, st, unit, loc, date):
        r = self.r
        if st["form"] == "HKD":
            name = st["official"]
            x = r.random()
            tax = st["cccd"] if x < 0.5 else st["pmst"] if x < 0.9 else ""
        else:
            name = self.vn(st, unit, formal=1.0)
            tax = self.code_of(e, st, unit)
        name = name.upper() if r.random() < 0.8 else name
        addr = self.addr(loc, date, 0.25, 0)
        phone = self.phone(e, st, date, "compact") if r.random() < 0.45 else ""
        return name, tax, addr, phone

    def r_BQL(self, e, st, unit, loc, date):
        r = self.r
        if e.kind == "fdi" and r.random() < 0.35:
            name = self.en(st, unit)
        else:
            name = self.vn(st, unit, formal=0.2, sec_abbr=0.35, sec_drop=0.25)
        if e.origin and r.random() < 0.35:
            name += f" ({_ORIGIN_VN[e.origin]})"
        tax = ""
        if r.random() < 0.6:
            tax = self.tax(self.code_of(e, st, unit, 0.8), typo=0.04, spaced=0.15)
        addr = self.addr(loc, date, 0.5, 2)
        phone = self.phone(e, st, date, "vn", land_first=0.9, both=0.1) if r.random() < 0.8 else ""
        return name, tax, addr, phone

    def _survey(self, e, st, unit, loc, date, upper):
        r = self.r
        name = self.vn(st, unit, formal=0.3, sec_abbr=0.3, sec_drop=0.15)
        if r.random() < upper:
            name = name.upper()
        elif r.random() < 0.05:
            name = name.title()
        if r.random() < 0.08:
            name = _typo(name, r)
        if st["form"] == "HKD":
            x = r.random()
            tax = (st["cmnd"] if x < 0.15 and date < 2021 else st["pmst"] if x < 0.4 else "")
        else:
            tax = self.code_of(e, st, unit, 0.6) if r.random() < 0.72 else ""
            if r.random() < 0.004:
                tax = self.wrong_code()
        return name, tax

    def r_CNL(self, e, st, unit, loc, date):
        r = self.r
        name, tax = self._survey(e, st, unit, loc, date, 0.1)
        tax = self.tax(tax, typo=0.04, spaced=0.08)
        if tax and r.random() < 0.1:
            tax = "MST: " + tax
        addr = self.addr(loc, date, 0.0, 1)
        phone = self.phone(e, st, date, "cell", stale=0.3, both=0.3) if r.random() < 0.85 else ""
        if r.random() < 0.2:
            name, addr = fold(name), fold(addr)
        return name, tax, addr, phone

    def r_CND(self, e, st, unit, loc, date):
        r = self.r
        name, tax = self._survey(e, st, unit, loc, date, 0.4)
        if tax and r.random() < 0.3 and "-" not in tax:
            tax = f"{tax[:4]}.{tax[4:7]}.{tax[7:]}"
        else:
            tax = self.tax(tax, typo=0.06, spaced=0.05)
        addr = self.addr(loc, date, 0.0, 3)
        if r.random() < 0.4:
            addr = addr.upper()
        phone = self.phone(e, st, date, "vn", stale=0.4, both=0.3) if r.random() < 0.8 else ""
        return name, tax, addr, phone

    def r_CNB(self, e, st, unit, loc, date):
        r = self.r
        name, tax = self._survey(e, st, unit, loc, date, 0.15)
        tax = self.tax(tax, typo=0.04, spaced=0.1)
        addr = self.addr(loc, date, 0.0, 4)
        phone = self.phone(e, st, date, "dots", stale=0.3) if r.random() < 0.8 else ""
        x = r.random()
        if x < 0.25:
            name, addr = _tcvn3(name), _tcvn3(addr)
        elif x < 0.35:
            name, addr = _vni(name), _vni(addr)
        return name, tax, addr, phone

    def r_TK(self, e, st, unit, loc, date):
        r = self.r
        x = r.random()
        name = self.vn(st, unit, formal=0.5, sec_abbr=0.25)
        if x < 0.3:
            name = fold(name).upper()
        if r.random() < 0.1:
            name = name[:40].rstrip()
        if r.random() < 0.03:
            name = name.replace(" ", " _x000D_\n", 1) if r.random() < 0.5 else name + "_x000D_"
        if st["form"] == "HKD":
            y = r.random()
            code = st["pmst"] if y < 0.3 else st["cccd"] if y < 0.5 else ""
        else:
            code = self.code_of(e, st, unit, 0.7) if r.random() < 0.85 else ""
        tax = _excel_code(code, r)
        if r.random() < 0.005:
            tax = _excel_code(self.wrong_code(), r)
        elif tax and r.random() < 0.03:
            tax = _typo_code(tax, r) if tax.isdigit() and len(tax) == 10 else tax
        elif r.random() < 0.01:
            tax = "#N/A"
        addr = self.addr(loc, date, 0.4, r.choice((1, 2)))
        phone = self.phone(e, st, date, "excel", both=0.0) if r.random() < 0.75 else ""
        if r.random() < 0.08:
            name, addr = _mojibake(name), _mojibake(addr)
        return name, tax, addr, phone

    def r_BHXH(self, e, st, unit, loc, date):
        r = self.r
        name = self.vn(st, unit, formal=0.4, sec_abbr=0.5, sec_drop=0.05, tail_drop=0.05)
        name = fold(name).upper() if r.random() < 0.6 else name.upper()
        if st["form"] == "HKD":
            tax = st["pmst"] if r.random() < 0.5 else ""
        else:
            tax = self.code_of(e, st, unit) if r.random() < 0.92 else ""
        addr = self.addr(loc, date, 0.3, 2)
        if r.random() < 0.6:
            addr = fold(addr).upper()
        phone = self.phone(e, st, date, "compact") if r.random() < 0.15 else ""
        return name, tax, addr, phone

    def r_HQ(self, e, st, unit, loc, date):
        r = self.r
        name = self.en(st, unit) if r.random() < 0.85 else fold(self.vn(st, unit, formal=0.8)).upper()
        code = self.code_of(e, st, unit)
        tax = code.replace("-", "") if "-" in code and r.random() < 0.5 else code
        addr = _addr_en(loc, date, r)
        phone = self.phone(e, st, date, "intl", both=0.05, land_first=0.85) if r.random() < 0.8 else ""
        return name, tax, addr, phone

    def r_KC(self, e, st, unit, loc, date):
        r = self.r
        name = self.vn(st, unit, formal=0.2, sec_abbr=0.3, sec_drop=0.2, tail_drop=0.3)
        if st["form"] == "HTX" and r.random() < 0.3:
            name = f"{name} ({st['owner']})" if r.random() < 0.5 else f"{name} - GĐ: {st['owner']}"
        if r.random() < 0.06:
            name = _typo(name, r)
        if st["form"] == "HKD":
            x = r.random()
            if date < 2021:
                code = st["cmnd"] if x < 0.3 else st["pmst"] if x < 0.5 else ""
            else:
                code = st["cccd"] if x < 0.35 else st["pmst"] if x < 0.5 else ""
            if code == st["cccd"] and r.random() < 0.3:
                code = f"{code[:3]} {code[3:6]} {code[6:]}"
            tax = code
        else:
            tax = self.tax(self.code_of(e, st, unit, 0.5), typo=0.05, spaced=0.1) if r.random() < 0.6 else ""
        addr = self.addr(loc, date, 0.6, r.choice((1, 2, 3)))
        phone = self.phone(e, st, date, "vn", stale=0.3, land_first=0.2, both=0.1) if r.random() < 0.9 else ""
        return name, tax, addr, phone

    def r_VND(self, e, st, unit, loc, date):
        r = self.r
        x = r.random()
        if st.get("native") and x < 0.5:
            name = st["native"] if r.random() < 0.6 else f"{self.en(st, unit)} ({st['native']})"
        elif x < 0.75:
            name = self.en(st, unit)
        else:
            name = fold(self.vn(st, unit, formal=0.3, sec_abbr=0.4)).upper()
        tax = ""
        if r.random() < 0.75:
            tax = self.tax(self.code_of(e, st, unit, 0.2), typo=0.03, spaced=0.1)
            if tax and r.random() < 0.2:
                tax = r.choice(("VAT: ", "VAT ", "MST ", "Tax ID: ")) + tax
        addr = _addr_en(loc, date, r) if r.random() < 0.6 else fold(self.addr(loc, date, 0.2, 2))
        phone = self.phone(e, st, date, "intl") if r.random() < 0.7 else ""
        return name, tax, addr, phone

    def r_HC(self, e, st, unit, loc, date):
        r = self.r
        x = r.random()
        if x < 0.25 and st["form"] != "HKD":
            sec = st.get("sec_real") or st["sec"]
            brand = _SEC[sec][0] if sec and _SEC[sec][3] != "gen" else ""
            name = f"{brand} {st['proper']}".strip()
        elif x < 0.3 and e.kind == "fdi":
            name = self.en(st, unit)
        else:
            name = self.vn(st, unit, formal=0.15, sec_abbr=0.3, sec_drop=0.2, tail_drop=0.4)
        y = r.random()
        if y < 0.25:
            name = fold(name).lower()
        elif y < 0.4:
            name = name.lower()
        elif y < 0.5:
            name = name.upper()
        if r.random() < 0.15:
            name = _typo(name, r)
        if r.random() < 0.1:
            name = _old_tones(name)
        if st["form"] == "HKD":
            z = r.random()
            tax = st["cccd"] if z < 0.2 else st["pmst"] if z < 0.35 else ""
        else:
            tax = self.tax(self.code_of(e, st, unit, 0.3), typo=0.08, spaced=0.2) if r.random() < 0.6 else ""
        addr = self.addr(loc, date, 0.75, r.choice((1, 2, 3)), mix_p=0.25)
        if r.random() < 0.2:
            addr = fold(addr)
        phone = self.phone(e, st, date, "vn", both=0.25, land_first=0.2)
        if r.random() < 0.1:
            name, addr = unicodedata.normalize("NFD", name), unicodedata.normalize("NFD", addr)
        return name, tax, addr, phone

    def r_NL(self, e, st, unit, loc, date):
        r = self.r
        name = self.en(st, unit) if r.random() < 0.45 else self.vn(st, unit, formal=0.4, sec_abbr=0.3)
        tax = ""
        if r.random() < 0.6:
            tax = self.tax(self.code_of(e, st, unit, 0.5), typo=0.03, spaced=0.1)
        addr = _addr_en(loc, date, r) if r.random() < 0.3 else self.addr(loc, date, 0.4, r.choice((1, 2)))
        if r.random() < 0.3:
            phone = _fmt_mob(self.mobile()[0], "", date, "vn", r, 0.0)  # site manager's own mobile
        else:
            phone = self.phone(e, st, date, r.choice(("vn", "intl")), both=0.2)
        return name, tax, addr, phone


def _sec_of(st: dict) -> str:
    return st.get("sec_real") or st["sec"]


def _blocked(s: str) -> bool:
    """True when a run of 1-3 words of s, folded, is a blocked brand phrase."""
    w = fold(s).lower().replace("-", " ").split()
    grams = {" ".join(w[i:i + k]) for k in (1, 2, 3) for i in range(len(w) - k + 1)}
    return not grams.isdisjoint(_BLOCK)


def _typo_code(code: str, r: random.Random) -> str:
    """A mistyped code; a mistyped 10-digit code always fails the check digit."""
    base, _, suf = code.partition("-")
    s = base
    for _ in range(10):
        d = list(base)
        x = r.random()
        if x < 0.5:
            i = r.randrange(len(d))
            d[i] = str((int(d[i]) + r.randrange(1, 10)) % 10) if d[i].isdigit() else d[i]
        elif x < 0.85:
            i = r.randrange(len(d) - 1)
            d[i], d[i + 1] = d[i + 1], d[i]
        elif x < 0.93:
            del d[r.randrange(len(d))]
        else:
            d.insert(r.randrange(len(d)), str(r.randrange(10)))
        s = "".join(d)
        if s != base and not mst_valid(s):
            break
    else:
        s = base[:-1]
    return s + ("-" + suf if suf else "")


def _excel_code(code: str, r: random.Random) -> str:
    if not code:
        return ""
    if "-" in code:
        return code.replace("-", "") if r.random() < 0.3 else code
    if len(code) >= 12:  # a CCCD: the leading 0 goes, a narrow column shows 6.82E+10
        x = r.random()
        return str(int(code)) if x < 0.4 else f"{int(code):.2E}" if x < 0.7 else code
    x = r.random()
    if x < 0.15:
        return f"{int(code)}.0"
    if x < 0.8:
        return str(int(code))
    return code


def _fmt_mob(new: str, old: str, date: float, style: str, r: random.Random, stale: float) -> str:
    s = old if old and (date < 2018.75 or r.random() < stale) else new
    if style == "excel":
        return s[1:]
    if style == "intl":
        rest = s[1:]
        x = r.random()
        return (f"+84 {rest[:3]} {rest[3:6]} {rest[6:]}" if x < 0.4 else f"+84{rest}" if x < 0.7
                else f"84{rest}" if x < 0.85 else f"(+84) {rest}")
    x = r.random()
    if len(s) == 11:
        return (s if x < 0.4 else f"{s[:4]} {s[4:7]} {s[7:]}" if x < 0.7 else f"{s[:4]}.{s[4:8]}.{s[8:]}"
                if x < 0.85 else f"{s[:5]} {s[5:]}")
    if style == "compact":
        return s
    if style == "dots":
        return f"{s[:4]}.{s[4:7]}.{s[7:]}" if x < 0.7 else s
    return (s if x < 0.35 else f"{s[:4]} {s[4:7]} {s[7:]}" if x < 0.6 else f"{s[:4]}.{s[4:7]}.{s[7:]}"
            if x < 0.75 else f"{s[:4]}-{s[4:7]}-{s[7:]}" if x < 0.85 else f"{s[:3]} {s[3:6]} {s[6:]}"
            if x < 0.93 else f"+84 {s[1:]}")


def _fmt_land(land, date: float, style: str, r: random.Random, stale: float) -> str:
    reg, sub = land
    new, old = _AREA[reg]
    use_old = date < 2017.5 or r.random() < stale
    area = "0" + (old if use_old else new)
    if style == "excel":
        return area[1:] + sub
    if style == "intl":
        x = r.random()
        a = area[1:]
        return (f"+84 {a} {sub}" if x < 0.4 else f"+84-{a}-{sub}" if x < 0.6 else f"84{a}{sub}" if x < 0.75
                else f"+84 {a} {sub[:4]} {sub[4:]}")
    if style == "compact":
        return area + sub
    x = r.random()
    if style == "dots":
        return f"{area}.{sub}" if x < 0.6 else f"{area}.{sub[:4]}.{sub[4:]}"
    if style == "cell":
        s = f"{area}.{sub}" if x < 0.5 else f"({area}) {sub}"
        if r.random() < 0.3:
            fax = sub[:-1] + str((int(sub[-1]) + 1) % 10)
            return f"ĐT: {s} - Fax: {area}.{fax}"
        return ("ĐT: " + s) if r.random() < 0.3 else s
    return (f"{area} {sub}" if x < 0.2 else f"{area}.{sub}" if x < 0.35 else f"({area}) {sub}" if x < 0.55
            else f"{area}{sub}" if x < 0.65 else f"{area} {sub[:4]} {sub[4:]}" if x < 0.85
            else f"{area}.{sub[:4]}.{sub[4:]}" if x < 0.95 else f"({area}) {sub[:1]}.{sub[1:4]}.{sub[4:]}")


# ----------------------------------------------------------------------------------------------------------
# addresses


def _commune_old(ctype: str, name: str, style: int, r: random.Random) -> str:
    if ctype == "p":
        if name.isdigit():
            return ("Phường " + name if style == 0 else r.choice(("P.", "P. ", "Phường ", "phường ",
                                                                  "P")) + name)
        return "Phường " + name if style == 0 else r.choice(("P. ", "P.", "phường ", "Phường ")) + name
    if ctype == "tt":
        return "Thị trấn " + name if style == 0 else r.choice(("TT. ", "TT ", "thị trấn ", "TT.")) + name
    return "Xã " + name if style == 0 else r.choice(("xã ", "Xã ", "X. ", "xã ")) + name


def _commune_new(ntype: str, name: str, style: int, r: random.Random) -> str:
    if ntype == "p":
        return "Phường " + name if style == 0 else r.choice(("phường ", "P. ", "Phường ", "P.")) + name
    if ntype == "dk":
        return "Đặc khu " + name if style == 0 else r.choice(("đặc khu ", "ĐK ")) + name
    return "Xã " + name if style == 0 else r.choice(("xã ", "Xã ", "X. ")) + name


def _district(dtype: str, name: str, date: float, style: int, r: random.Random) -> str:
    if name == "Gia Nghĩa" and date < 2019.95:
        dtype = "tx"
    if dtype == "tp":
        return "Thành phố " + name if style == 0 else r.choice(("TP. ", "TP ", "Tp. ", "Tp.", "thành phố ",
                                                                "")) + name
    if dtype == "tx":
        return "Thị xã " + name if style == 0 else r.choice(("TX. ", "TX ", "thị xã ", "Tx.")) + name
    if dtype == "q":
        if name.isdigit():
            return "Quận " + name if style == 0 else r.choice(("Q.", "Q. ", "Quận ")) + name
        return "Quận " + name if style == 0 else r.choice(("Q. ", "Quận ", "Q.")) + name
    return "Huyện " + name if style == 0 else r.choice(("H. ", "huyện ", "Huyện ", "H.", "")) + name


def _province(region: str, style: int, r: random.Random) -> str:
    t, name = _PROV[region]
    if t == "tp":
        if style == 0:
            return "Thành phố " + name
        x = r.random()
        return ("TP. " + name if x < 0.4 else r.choice(_PROV_ABBR[name]) if x < 0.7 else "Tp " + name
                if x < 0.8 else name)
    if style == 0:
        return "Tỉnh " + name if r.random() < 0.7 else "tỉnh " + name
    x = r.random()
    if x < 0.45:
        return "tỉnh " + name
    if x < 0.9 or name not in _PROV_ABBR:
        return name
    return r.choice(_PROV_ABBR[name])


def _detail_vn(detail, region: str, r: random.Random) -> str:
    k = detail[0]
    if k == "lot":
        lot = detail[1]
        if r.random() < 0.2 and lot[1].isdigit():
            lot = lot[0] + r.choice(("-", ".")) + lot[1:]
        return r.choice(("Lô ", "Lô ", "Lô số ", "", "lô ")) + lot
    if k == "st":
        n, st = detail[1], detail[2]
        x = r.random()
        return (f"Số {n} {st}" if x < 0.3 else f"{n} {st}" if x < 0.6 else f"Số {n}, đường {st}" if x < 0.8
                else f"{n} đường {st}" if x < 0.93 else f"{n} Đ. {st}")
    if k == "ql":
        road = r.choice(("QL", "Quốc lộ ", "QL ", "Q.lộ ")) + detail[2]
        return f"Km {detail[1]} {road}" if r.random() < 0.6 else road
    if k == "vil":
        v = detail[1]
        if v.startswith("Bon "):
            return v if r.random() < 0.8 else "bon " + v[4:]
        return r.choice(("Thôn ", "thôn ", "Th. ", "Thôn ")) + v
    if k == "kp":
        return r.choice(("Khu phố ", "KP ", "KP.", "khu phố ")) + detail[1]
    if k == "to":
        return r.choice(("Tổ ", "Tổ dân phố ", "TDP ", "tổ ")) + detail[1]
    return detail[1]


def _park_vn(park, r: random.Random) -> str:
    return r.choice(_PARK_PREFIX[park[1]]) + " " + r.choice(park[2])


def _addr_vn(loc, date: float, mode: str, style: int, r: random.Random) -> str:
    """style 0 formal (tax), 1 standard, 2 short, 3 dash-separated, 4 'P. x - TP. y'."""
    gaz, park, detail = loc
    region = gaz[0]
    st = 0 if style == 0 else 1
    parts = [_detail_vn(detail, region, r)]
    if park:
        parts.append(_park_vn(park, r))
    old_c = _commune_old(gaz[3], gaz[4], st, r)
    dist = _district(gaz[1], gaz[2], date, st, r)
    new_region = _NEW_PROV[region]
    if mode == "old":
        if style == 2 and (park or r.random() < 0.3):
            parts += [dist, _province(region, st, r)] if r.random() < 0.6 else [dist]
        else:
            parts += [old_c, dist, _province(region, st, r)]
    elif mode == "new":
        parts += [_commune_new(gaz[5], gaz[6], st, r), _province(new_region, st, r)]
    else:
        x = r.random()
        if x < 0.35:
            parts += [old_c, dist, _province(new_region, st, r)]
        elif x < 0.65:
            parts += [_commune_new(gaz[5], gaz[6], st, r), dist, _province(new_region, st, r)]
        elif x < 0.85:
            new_c = _commune_new(gaz[5], gaz[6], st, r)
            parts += [new_c if gaz[4] == gaz[6] else f"{new_c} ({old_c} cũ)", _province(new_region, st, r)]
        else:
            parts += [old_c, dist,
                      f"{_province(region, st, r)} (nay là {_commune_new(gaz[5], gaz[6], 1, r)}, "
                      f"{_province(new_region, 1, r)})"]
    sep = " - " if style in (3, 4) else r.choice((", ", ", ", ",", " , "))
    if style == 4:
        sep = r.choice((" - ", ", "))
    return sep.join(p for p in parts if p)


def _addr_en(loc, date: float, r: random.Random) -> str:
    gaz, park, detail = loc
    region = gaz[0]
    k = detail[0]
    parts = []
    if k == "lot":
        parts.append(r.choice(("Lot ", "Lot No. ", "Plot ")) + detail[1])
    elif k == "st":
        parts.append(f"No. {detail[1]} {fold(detail[2])} Street" if r.random() < 0.5
                     else f"{detail[1]} {fold(detail[2])} St.")
    elif k == "ql":
        km, road = detail[1], detail[2]
        parts.append(f"Km {km}, National Road {road}" if r.random() < 0.6 else f"Km{km} NH{road}")
    elif k == "vil":
        parts.append(fold(detail[1]) if detail[1].startswith("Bon") else
                     r.choice(("Hamlet ", "Village ", "Thon ")) + fold(detail[1]))
    elif k in ("kp", "to"):
        parts.append(r.choice(("Quarter ", "Group ", "Block ")) + detail[1])
    else:
        parts.append(detail[2])
    if park:
        pname = fold(r.choice(park[2])) if r.random() < 0.3 else park[3]
        parts.append(f"{pname} {r.choice(_PARK_EN[park[1]])}")
    new = date >= 2025.5 and r.random() < 0.3
    if new:
        ntype, nname = gaz[5], fold(gaz[6])
        parts.append(nname + (" Ward" if ntype == "p" else " Commune" if ntype == "x" else " Zone"))
        parts.append(fold(_PROV[_NEW_PROV[region]][1]) + r.choice((" Province", "", " Prov.")))
    else:
        c = fold(gaz[4])
        ctype = gaz[3]
        if r.random() < 0.7:
            parts.append(f"Ward {c}" if ctype == "p" and c.isdigit() else f"{c} Ward" if ctype == "p"
                         else f"{c} Town" if ctype == "tt" else f"{c} Commune")
        d = fold(gaz[2])
        dt = gaz[1]
        parts.append(f"District {d}" if dt == "q" and d.isdigit() else f"{d} District" if dt in ("h", "q")
                     else f"{d} City" if dt == "tp" else f"{d} Town")
        pname = fold(_PROV[region][1])
        parts.append(pname + ("" if _PROV[region][0] == "tp" else r.choice((" Province", "", " Prov."))))
    if r.random() < 0.6:
        parts.append(r.choice(("Vietnam", "Viet Nam", "VN", "Vietnam")))
    s = ", ".join(parts)
    s = _apos(s, r)
    return s.upper() if r.random() < 0.2 else s


# ----------------------------------------------------------------------------------------------------------
# public API


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n labelled rows (keys id, name, tax_code, address, phone, truth), shuffled, deterministic."""
    if n <= 0:
        return []
    g = _Gen(seed)
    rows: list = []
    while len(rows) < n:
        g.family(rows)
    del rows[n:]
    g.r.shuffle(rows)
    width = max(6, len(str(n)))
    for i, (src, name, tax, addr, phone, truth) in enumerate(rows):
        rows[i] = {"id": f"{src}-{i + 1:0{width}d}", "name": name, "tax_code": tax, "address": addr,
                   "phone": phone, "truth": truth}
    return rows


def _write_csv(rows: list[dict], out) -> None:
    w = csv.DictWriter(out, fieldnames=list(FIELDS), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Synthetic messy enterprise lists of the new Lâm Đồng province.")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", help="CSV file to write (UTF-8)")
    ap.add_argument("--show", type=int, default=0, metavar="K", help="print K random rows")
    ap.add_argument("--group", metavar="G", help="print all rows of truth G, or of the group of row id G")
    a = ap.parse_args(argv)
    t = time.perf_counter()
    rows = records(a.n, a.seed)
    dt = time.perf_counter() - t
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="") as f:
            _write_csv(rows, f)
    if a.show:
        _write_csv(random.Random(a.seed + 1).sample(rows, min(a.show, len(rows))), sys.stdout)
    if a.group:
        g = next((x["truth"] for x in rows if x["id"] == a.group), a.group)
        _write_csv([x for x in rows if x["truth"] == g], sys.stdout)
    if not (a.out or a.show or a.group):
        _write_csv(rows, sys.stdout)
    truths = {x["truth"] for x in rows}
    print(f"{len(rows)} rows, {len(truths)} entities, seed {a.seed}, {dt:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
