#!/usr/bin/env python3
"""ALL DATA IS SYNTHETIC.
No record describes a real enterprise, person, tax code or phone: brands are random
syllable combinations (or invented foreign roots), people are random name parts, tax codes
and phone numbers are random numbers that merely follow the real formats.

Scenario
--------
On 1 July 2025 old Lào Cai and old Yên Bái became the new Lào Cai province (administrative
centre in the former Yên Bái city); districts were abolished and communes merged/renamed.
The Department of Industry and Trade builds ONE register of supporting-industry (CNHT) and
processing enterprises from ~ten lists: border trade at Kim Thành / Hekou, phosphorus and
fertiliser (Tằng Loỏng), copper/iron mining and metallurgy, mine repair shops, wood
(veneer, MDF, pellets), cinnamon and tea, building materials (stone powder, cement,
bricks), garments, cooperatives and ethnic-minority households. The old-commune ->
new-commune mapping (DISTRICTS) and the park list (PARKS: real or plausible KCN/CCN) are
APPROXIMATIONS made for testing, not the official resolution texts.

Sources (id prefix; approx. share at n = 100,000; habits)
-------------------------------------------------------
THUE    16%  provincial tax extract: UPPER CASE full legal names, branches as "CHI NHÁNH ..."
             with -001 codes, households under the owner's name with personal code / CCCD,
             registered (sometimes virtual-office) address, old or new admin names.
BQLKCN   4%  park management boards: English names for FDI, "Lô C4, KCN ..." or just "Lô C4",
             investment-certificate / project codes in the tax column.
KKTCK    4%  border-economic-zone board, Chinese-invested firms: simplified Chinese names,
             pinyin (with/without tones), Hán-Việt and pinyin Vietnamese names, "VN (中文)",
             Chinese addresses, +86 phones, "Đang cập nhật"; also the Chinese investors abroad.
SCTLC    7%  old Lào Cai DOIT lists: "Cty", abbreviations (TM&DV, XNK), former names, old districts,
             020 area code and 11-digit mobiles, "MST:" prefixes.
SCTYB    9%  old Yên Bái DOIT lists: same habits plus TCVN3 / VNI / UTF-8-as-cp1252 / "?" damage,
             029 area code, old tone placement (Hoà, Thuỷ).
TKDN    12%  statistics survey: names cut at 40 characters, addresses at 60, UPPER or unaccented,
             codes and phones damaged by Excel (5.30012E+09, .0, lost leading zero).
HQLC     7%  customs (Lào Cai border gate): ASCII UPPER CASE, English names, head-office codes.
BHXH     9%  social-insurance employers: social-insurance unit codes instead of tax codes.
KCHTX   12%  khuyến công / agriculture lists: households ("Hộ ông ...", "Cơ sở ... <owner>"),
             HTX with director, 12-digit CCCD or 9-digit CMND, variant spellings of Hmong/Dao names.
ZALO     9%  Zalo / Google-Form self registration: lower case, no diacritics, typos, informal
             addresses, several phones in one cell, "chưa có" as tax code.
HDDT    11%  e-invoice provider / bank customer list: "MST: ..." prefixes, new addresses, Title Case.

Realistic variation
-------------------
Legal forms in all spellings (Công ty TNHH / Cty TNHH / TNHH MTV / Công ty trách nhiệm hữu hạn
một thành viên / CTCP / Cổ phần / JSC / Co., Ltd / DNTN / HTX / Tổ hợp tác / hộ kinh doanh /
有限公司 / 股份有限公司), missing diacritics, case, typos, NFD text, double spaces; English vs
Vietnamese names (X Vina, X Việt Nam, X (Vietnam) Mining Co., Ltd); Hán-Việt vs pinyin;
tax codes missing, mistyped, spaced, prefixed, Excel-damaged, replaced by project or social-
insurance codes; phones in many formats, pre-2018 11-digit mobiles, old area codes, +86/+82;
addresses with KCN / Khu công nghiệp / IP / lot numbers, old vs new commune, "(nay là ...)",
half-updated (new commune + old district), former addresses (moves), virtual offices.

Hard negatives
--------------
Popular short trade names (Hoàng Long, Minh Phát ...) shared by unrelated firms in other towns;
same Chinese brand in two parks (two enterprises); sister firms of one family (same brand,
shared mobile/landline, near-consecutive tax codes, often the same address); parent and
subsidiary (own codes, "(thuộc ...)"); the Chinese investor abroad vs its Vietnamese company;
a cooperative vs its director's own household (same person, phone, village); accounting-
service phones and virtual-office addresses shared by many small firms; namesake owners.

Truth rule
----------
One label = one legal person that owns the business: an enterprise or cooperative with its own
10-digit code, a household business (owner + place of business), or a foreign company abroad.
Dependent units carry the parent's label: chi nhánh (code -001..), nhà máy/xưởng, VPĐD, branches
of out-of-province head offices (the head office's own records get the same label).
Same label through renaming, change of legal form keeping the code (DNTN->TNHH, TNHH->CP,
tổ hợp tác->HTX), moves and phone changes, and a household that converted into a company (the
household closed; its records carry the company's label). Different labels: parent vs
subsidiary, sister firms, HTX vs member/director households, investor abroad vs its Vietnamese
company, namesakes.

Codes/phones
------------
Tax codes: 10 digits, N10 = 10 - (sum(w_i*N_i) mod 11) with w = 31,29,23,19,17,13,7,5,3 (redrawn
when 10); 53.. old Lào Cai (and new registrations), 52.. old Yên Bái, 01/02/03/26 head offices;
branches add -001...; personal codes start with 8; CCCD = 3-digit birth province (010 Lào Cai,
015 Yên Bái ...) + sex/century + year + 6 digits. Mistypes (swap, substitution, drop, insert)
almost always fail the check; ~0.2% are another firm's valid code (copy error). Phones: 0214
(old 020) Lào Cai, 0216 (old 029) Yên Bái, 024/0225/028/0210 head offices, 10-digit mobiles
shown as pre-2018 11-digit numbers in old lists (032->0162, 070->0120, 083->0123, ...).

Shape (measured at n = 100,000, seed 0)
---------------------------------------
42,646 entities, 2.35 records per entity (1: 18,990; 2: 10,753; 3: 5,699; 4-5: 4,606; 6-10: 2,197;
11-20: 349; 21+: 52; max 45); singleton entities 44.5% (19% of records); entities: companies 48%,
households 34%, HTX 7.5%, Chinese FDI 5.4%, branches of outside head offices 2.4%, other FDI 1.5%,
Chinese investors abroad 1.1%. Tax column filled 81% (61% of rows hold a checksum-valid code),
phone 69%, address 99%. Entity count scales with n; brand and person-name variety scale too so
namesake density stays provincial (at n = 1,000,000 the commonest company brand is shared by
~20 firms and the commonest household owner name by ~35; names cut at 40 characters by TKDN
collide more). n = 1,000,000: ~45-50 s to generate, ~1.3 GB peak RSS on 2 cores.

Use
---
    from gen_laocai import records
    recs = records(100_000, seed=0)   # list of dicts: id, name, tax_code, address, phone, truth
    python gen_laocai.py N [--seed S] [--show K] [--group G] [--json] [--dump out.jsonl]
--show K prints K random rows, --group G all rows of truth label G (or of the group of record id
G), --json prints statistics and those rows as one JSON object, --dump writes JSON lines.
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import re
import time
import unicodedata
from bisect import bisect_right
from collections import Counter
from itertools import accumulate

# =========================================================================
# Sources (id prefixes) and entity kinds
# =========================================================================
SOURCES = ("THUE", "BQLKCN", "KKTCK", "SCTLC", "SCTYB", "TKDN", "HQLC",
           "BHXH", "KCHTX", "ZALO", "HDDT")
THUE, BQL, KKT, SLC, SYB, TKD, HQL, BHX, KCH, ZAL, HDD = range(11)

VN, HQO, CNF, OFD, CNP, HTX, HHD = range(7)
KIND_NAMES = ("vn-company", "branch-of-outside-HQ", "chinese-FDI", "other-FDI",
              "chinese-investor-abroad", "cooperative", "household")


class FastRandom(random.Random):
    """random.Random with cheaper choice/randrange/randint (still seeded)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randrange(self, a, b=None):
        if b is None:
            return int(self.random() * a)
        return a + int(self.random() * (b - a))

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))


class WP:
    """Weighted picker."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        pairs = [p for p in pairs if p[1] > 0]
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))
        self.tot = self.cum[-1]

    def pick(self, rng):
        return self.items[bisect_right(self.cum, rng.random() * self.tot)]


# =========================================================================
# Text helpers: diacritic folding, legacy encodings, tone placement, typos
# =========================================================================
TONED = {"a": "àảãáạ", "ă": "ằẳẵắặ", "â": "ầẩẫấậ", "e": "èẻẽéẹ", "ê": "ềểễếệ",
         "i": "ìỉĩíị", "o": "òỏõóọ", "ô": "ồổỗốộ", "ơ": "ờởỡớợ", "u": "ùủũúụ",
         "ư": "ừửữứự", "y": "ỳỷỹýỵ"}          # order: huyen, hoi, nga, sac, nang
_VN_ALL = "".join(k + v for k, v in TONED.items()) + "đ"
_VN_ALL = _VN_ALL + _VN_ALL.upper()


def _strip_one(c):
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    return "".join(ch for ch in unicodedata.normalize("NFD", c)
                   if not unicodedata.combining(ch))


_FOLD = {ord(c): _strip_one(c) for c in _VN_ALL if _strip_one(c) != c}
_FOLD.update({ord("–"): "-", ord("（"): "(", ord("）"): ")"})


def fold(s):
    return s.translate(_FOLD)


def _build_tcvn3():
    """TCVN3 (ABC, .VnTime) bytes shown as cp1252/latin-1 characters.
    Upper-case toned vowels were typed with the caps font (.VnTimeH) using
    the lower-case codes, which is what survives in old spreadsheets."""
    low = {"a": "µ¶·¸¹", "ă": "»¼½¾Æ", "â": "ÇÈÉÊË", "e": "ÌÎÏÐÑ", "ê": "ÒÓÔÕÖ",
           "i": "×ØÜÝÞ", "o": "ßáâãä", "ô": "åæçèé", "ơ": "êëìíî",
           "u": "ïñòóô", "ư": "õö÷øù", "y": "úûüýþ"}
    m = {}
    for base, toned in TONED.items():
        for j, ch in enumerate(toned):
            m[ord(ch)] = low[base][j]
            m[ord(ch.upper())] = low[base][j]
    for a, b in (("ă", "¨"), ("â", "©"), ("ê", "ª"), ("ô", "«"), ("ơ", "¬"),
                 ("ư", "\xad"), ("đ", "®"), ("Ă", "¡"), ("Â", "¢"), ("Ê", "£"),
                 ("Ô", "¤"), ("Ơ", "¥"), ("Ư", "¦"), ("Đ", "§")):
        m[ord(a)] = b
    return m


def _build_vni():
    """VNI-Windows: base letter + tone/hat byte, read as cp1252."""
    m = {}
    for up in (False, True):
        tone = "ØÛÕÙÏ" if up else "øûõùï"
        circ = "ÀÅÃÁÄ" if up else "àåãáä"
        brev = "ÈÚÜÉË" if up else "èúüéë"
        for base, toned in TONED.items():
            T = toned.upper() if up else toned
            for j, ch in enumerate(T):
                if base == "i":
                    m[ord(ch)] = ("ÌÆÓÍÒ" if up else "ìæóíò")[j]
                elif base == "y" and j == 4:
                    m[ord(ch)] = "Î" if up else "î"
                elif base in "aeouy":
                    m[ord(ch)] = (base.upper() if up else base) + tone[j]
                elif base in "âêô":
                    p = {"â": "a", "ê": "e", "ô": "o"}[base]
                    m[ord(ch)] = (p.upper() if up else p) + circ[j]
                elif base == "ă":
                    m[ord(ch)] = ("A" if up else "a") + brev[j]
                elif base == "ơ":
                    m[ord(ch)] = ("Ô" if up else "ô") + tone[j]
                elif base == "ư":
                    m[ord(ch)] = ("Ö" if up else "ö") + tone[j]
        for b, enc in (("â", "aâ"), ("ê", "eâ"), ("ô", "oâ"), ("ă", "aê"),
                       ("ơ", "ô"), ("ư", "ö"), ("đ", "ñ")):
            m[ord(b.upper() if up else b)] = enc.upper() if up else enc
    return m


_TCVN3 = _build_tcvn3()
_VNI = _build_vni()
_C1 = {}
for _b in range(0x80, 0xA0):
    try:
        _C1[_b] = bytes([_b]).decode("cp1252")
    except UnicodeDecodeError:
        pass


def tcvn3(s):
    return s.translate(_TCVN3)


def vni(s):
    return s.translate(_VNI)


def utf8_as_cp1252(s):
    return s.encode("utf-8").decode("latin-1").translate(_C1)


def qmarks(s):
    return s.encode("ascii", "replace").decode("ascii")


_OLD_TONE = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
             "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
             "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
_OLD_TONE_RE = re.compile("(" + "|".join(_OLD_TONE) + r")\b")


def old_tone(s):
    """'Hòa', 'Thủy' -> 'Hoà', 'Thuỷ' (the other accepted tone placement)."""
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONE[m.group(1)], s)


_NEAR = {
    "a": "qswz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc",
    "g": "ftyhbv", "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop",
    "m": "njk", "n": "bhjm", "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz",
    "t": "rfgy", "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
    "0": "9", "1": "2", "2": "13", "3": "24", "4": "35", "5": "46", "6": "57", "7": "68",
    "8": "79", "9": "80"}


def typo(s, rng):
    L = len(s)
    if L < 5:
        return s
    i = rng.randrange(1, L - 1)
    r = rng.random()
    if r < 0.28:
        return s[:i] + s[i + 1:]
    if r < 0.45:
        return s[:i] + s[i] + s[i:]
    if r < 0.68:
        return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]
    c = s[i]
    nb = _NEAR.get(c.lower())
    if nb:
        return s[:i] + rng.choice(nb) + s[i + 1:]
    if c == " ":
        return s[:i] + s[i + 1:]
    return s[:i] + fold(c) + s[i + 1:]


# =========================================================================
# Administrative geography (APPROXIMATE old -> new mapping, see docstring)
# =========================================================================
# district key, old province, district type, district name, ethnic profile,
# streets, roads, [(old commune type, old name, new type, new name), ...]
_LC, _YB = "Lào Cai", "Yên Bái"
DISTRICTS = [
    ("tplc", _LC, "thành phố", "Lào Cai", "urb",
     ["Hoàng Liên", "Nguyễn Huệ", "Hồng Hà", "Trần Hưng Đạo", "Hoàng Sào", "Lê Thanh",
      "Phan Đình Phùng", "Cốc Lếu", "Kim Đồng", "Nhạc Sơn", "Soi Tiền", "Võ Nguyên Giáp",
      "Hoàng Quốc Việt", "Lý Công Uẩn", "Minh Khai", "Điện Biên", "Quy Hóa", "Ngô Quyền",
      "An Dương Vương", "Tuệ Tĩnh", "Thủy Hoa", "Đăng Châu"],
     [("QL", "4D"), ("QL", "70"), ("QL", "4E")],
     [("phường", "Cốc Lếu", "phường", "Lào Cai"), ("phường", "Duyên Hải", "phường", "Lào Cai"),
      ("phường", "Kim Tân", "phường", "Lào Cai"), ("phường", "Lào Cai", "phường", "Lào Cai"),
      ("phường", "Phố Mới", "phường", "Lào Cai"), ("phường", "Xuân Tăng", "phường", "Lào Cai"),
      ("phường", "Bắc Cường", "phường", "Cam Đường"), ("phường", "Nam Cường", "phường", "Cam Đường"),
      ("phường", "Bình Minh", "phường", "Cam Đường"), ("phường", "Bắc Lệnh", "phường", "Cam Đường"),
      ("phường", "Pom Hán", "phường", "Cam Đường"), ("xã", "Cam Đường", "phường", "Cam Đường"),
      ("xã", "Vạn Hòa", "phường", "Lào Cai"), ("xã", "Đồng Tuyển", "phường", "Lào Cai"),
      ("xã", "Hợp Thành", "xã", "Hợp Thành"), ("xã", "Tả Phời", "xã", "Hợp Thành")]),
    ("sapa", _LC, "thị xã", "Sa Pa", "hl",
     ["Cầu Mây", "Xuân Viên", "Thác Bạc", "Điện Biên Phủ", "Ngũ Chỉ Sơn", "Lê Văn Tám"],
     [("QL", "4D")],
     [("phường", "Sa Pa", "phường", "Sa Pa"), ("phường", "Cầu Mây", "phường", "Sa Pa"),
      ("phường", "Sa Pả", "phường", "Sa Pa"), ("phường", "Ô Quý Hồ", "phường", "Sa Pa"),
      ("xã", "Tả Van", "xã", "Tả Van"), ("xã", "Bản Hồ", "xã", "Bản Hồ"),
      ("xã", "Tả Phìn", "xã", "Tả Phìn"), ("xã", "Thanh Bình", "xã", "Mường Bo")]),
    ("batxat", _LC, "huyện", "Bát Xát", "hl", [], [("ĐT", "156"), ("ĐT", "158")],
     [("thị trấn", "Bát Xát", "xã", "Bát Xát"), ("xã", "Quang Kim", "xã", "Bát Xát"),
      ("xã", "Bản Qua", "xã", "Bản Xèo"), ("xã", "Bản Vược", "xã", "Bản Xèo"),
      ("xã", "Cốc Mỳ", "xã", "Trịnh Tường"), ("xã", "Trịnh Tường", "xã", "Trịnh Tường"),
      ("xã", "Y Tý", "xã", "Y Tý"), ("xã", "Mường Hum", "xã", "Mường Hum"),
      ("xã", "Cốc San", "xã", "Cốc San"), ("xã", "Tòng Sành", "xã", "Cốc San")]),
    ("muongkhuong", _LC, "huyện", "Mường Khương", "hl", [], [("QL", "4D")],
     [("thị trấn", "Mường Khương", "xã", "Mường Khương"), ("xã", "Bản Lầu", "xã", "Bản Lầu"),
      ("xã", "Pha Long", "xã", "Pha Long"), ("xã", "Cao Sơn", "xã", "Cao Sơn"),
      ("xã", "Lùng Vai", "xã", "Bản Lầu")]),
    ("bacha", _LC, "huyện", "Bắc Hà", "hl", [], [("ĐT", "153"), ("QL", "4")],
     [("thị trấn", "Bắc Hà", "xã", "Bắc Hà"), ("xã", "Bảo Nhai", "xã", "Bảo Nhai"),
      ("xã", "Lùng Phình", "xã", "Lùng Phình"), ("xã", "Tả Van Chư", "xã", "Tả Van Chư"),
      ("xã", "Na Hối", "xã", "Bắc Hà")]),
    ("simacai", _LC, "huyện", "Si Ma Cai", "hl", [], [("ĐT", "154")],
     [("thị trấn", "Si Ma Cai", "xã", "Si Ma Cai"), ("xã", "Sín Chéng", "xã", "Sín Chéng"),
      ("xã", "Cán Cấu", "xã", "Si Ma Cai")]),
    ("baothang", _LC, "huyện", "Bảo Thắng", "low", [], [("QL", "70"), ("QL", "4E")],
     [("thị trấn", "Phố Lu", "xã", "Bảo Thắng"), ("thị trấn", "Tằng Loỏng", "xã", "Tằng Loỏng"),
      ("xã", "Phú Nhuận", "xã", "Tằng Loỏng"), ("thị trấn", "Nông trường Phong Hải", "xã", "Phong Hải"),
      ("xã", "Xuân Quang", "xã", "Xuân Quang"), ("xã", "Gia Phú", "xã", "Gia Phú"),
      ("xã", "Sơn Hải", "xã", "Gia Phú"), ("xã", "Thái Niên", "xã", "Bảo Thắng"),
      ("xã", "Sơn Hà", "xã", "Bảo Thắng"), ("xã", "Xuân Giao", "xã", "Tằng Loỏng")]),
    ("baoyen", _LC, "huyện", "Bảo Yên", "tay", [], [("QL", "70"), ("QL", "279")],
     [("thị trấn", "Phố Ràng", "xã", "Bảo Yên"), ("xã", "Bảo Hà", "xã", "Bảo Hà"),
      ("xã", "Nghĩa Đô", "xã", "Nghĩa Đô"), ("xã", "Xuân Hòa", "xã", "Xuân Hòa"),
      ("xã", "Thượng Hà", "xã", "Thượng Hà"), ("xã", "Kim Sơn", "xã", "Bảo Hà"),
      ("xã", "Long Phúc", "xã", "Bảo Yên")]),
    ("vanban", _LC, "huyện", "Văn Bàn", "tay", [], [("QL", "279")],
     [("thị trấn", "Khánh Yên", "xã", "Văn Bàn"), ("xã", "Khánh Yên Hạ", "xã", "Khánh Yên"),
      ("xã", "Võ Lao", "xã", "Võ Lao"), ("xã", "Dương Quỳ", "xã", "Dương Quỳ"),
      ("xã", "Minh Lương", "xã", "Minh Lương"), ("xã", "Chiềng Ken", "xã", "Chiềng Ken"),
      ("xã", "Sơn Thủy", "xã", "Văn Bàn")]),
    ("tpyb", _YB, "thành phố", "Yên Bái", "urb",
     ["Nguyễn Thái Học", "Điện Biên", "Đinh Tiên Hoàng", "Trần Hưng Đạo", "Yên Ninh",
      "Hòa Bình", "Nguyễn Tất Thành", "Kim Đồng", "Lê Hồng Phong", "Thanh Niên",
      "Hoàng Văn Thụ", "Âu Cơ", "Lý Thường Kiệt", "Trần Phú", "Đá Bạc", "Quang Trung",
      "Lê Lợi", "Nguyễn Đức Cảnh", "Tuệ Tĩnh", "Phạm Ngũ Lão"],
     [("QL", "37"), ("QL", "70")],
     [("phường", "Nguyễn Thái Học", "phường", "Yên Bái"), ("phường", "Đồng Tâm", "phường", "Yên Bái"),
      ("phường", "Hồng Hà", "phường", "Yên Bái"), ("phường", "Minh Tân", "phường", "Yên Bái"),
      ("phường", "Yên Ninh", "phường", "Yên Bái"), ("phường", "Yên Thịnh", "phường", "Văn Phú"),
      ("phường", "Nguyễn Phúc", "phường", "Yên Bái"), ("phường", "Nam Cường", "phường", "Nam Cường"),
      ("phường", "Hợp Minh", "phường", "Nam Cường"), ("xã", "Tuy Lộc", "phường", "Nam Cường"),
      ("xã", "Minh Bảo", "phường", "Nam Cường"), ("xã", "Tân Thịnh", "phường", "Văn Phú"),
      ("xã", "Văn Phú", "phường", "Văn Phú"), ("xã", "Văn Tiến", "phường", "Văn Phú"),
      ("xã", "Phúc Lộc", "phường", "Văn Phú"), ("xã", "Giới Phiên", "phường", "Văn Phú"),
      ("xã", "Âu Lâu", "phường", "Âu Lâu")]),
    ("nghialo", _YB, "thị xã", "Nghĩa Lộ", "thai",
     ["Điện Biên", "Nguyễn Thái Học", "Thanh Niên", "Hoàng Liên Sơn", "Tô Hiệu"],
     [("QL", "32")],
     [("phường", "Pú Trạng", "phường", "Nghĩa Lộ"), ("phường", "Tân An", "phường", "Nghĩa Lộ"),
      ("phường", "Trung Tâm", "phường", "Trung Tâm"), ("phường", "Cầu Thia", "phường", "Cầu Thia"),
      ("xã", "Nghĩa An", "phường", "Nghĩa Lộ"), ("xã", "Nghĩa Lợi", "phường", "Trung Tâm"),
      ("xã", "Nghĩa Phúc", "phường", "Cầu Thia")]),
    ("lucyen", _YB, "huyện", "Lục Yên", "tay", [], [("QL", "70"), ("ĐT", "171")],
     [("thị trấn", "Yên Thế", "xã", "Lục Yên"), ("xã", "Liễu Đô", "xã", "Lục Yên"),
      ("xã", "Minh Xuân", "xã", "Lục Yên"), ("xã", "An Phú", "xã", "Tân Lĩnh"),
      ("xã", "Tân Lĩnh", "xã", "Tân Lĩnh"), ("xã", "Khánh Hòa", "xã", "Khánh Hòa"),
      ("xã", "Mường Lai", "xã", "Mường Lai"), ("xã", "Minh Tiến", "xã", "Lâm Thượng")]),
    ("vanyen", _YB, "huyện", "Văn Yên", "low", [], [("ĐT", "151"), ("QL", "37")],
     [("thị trấn", "Mậu A", "xã", "Mậu A"), ("xã", "An Thịnh", "xã", "Mậu A"),
      ("xã", "Đông Cuông", "xã", "Đông Cuông"), ("xã", "Đại Sơn", "xã", "Đại Sơn"),
      ("xã", "Xuân Ái", "xã", "Xuân Ái"), ("xã", "Phong Dụ Hạ", "xã", "Phong Dụ"),
      ("xã", "Châu Quế Hạ", "xã", "Châu Quế"), ("xã", "Lâm Giang", "xã", "Lâm Giang"),
      ("xã", "Yên Hợp", "xã", "Đông Cuông")]),
    ("tranyen", _YB, "huyện", "Trấn Yên", "low", [], [("QL", "37"), ("ĐT", "163")],
     [("thị trấn", "Cổ Phúc", "xã", "Trấn Yên"), ("xã", "Báo Đáp", "xã", "Trấn Yên"),
      ("xã", "Minh Quân", "xã", "Việt Hồng"), ("xã", "Bảo Hưng", "xã", "Việt Hồng"),
      ("xã", "Vân Hội", "xã", "Việt Hồng"), ("xã", "Hưng Khánh", "xã", "Hưng Khánh"),
      ("xã", "Lương Thịnh", "xã", "Lương Thịnh"), ("xã", "Quy Mông", "xã", "Quy Mông"),
      ("xã", "Kiên Thành", "xã", "Quy Mông")]),
    ("vanchan", _YB, "huyện", "Văn Chấn", "thai", [], [("QL", "32")],
     [("thị trấn", "Sơn Thịnh", "xã", "Văn Chấn"), ("thị trấn", "Nông trường Trần Phú", "xã", "Chấn Thịnh"),
      ("xã", "Suối Giàng", "xã", "Sơn Lương"), ("xã", "Sơn Lương", "xã", "Sơn Lương"),
      ("xã", "Cát Thịnh", "xã", "Cát Thịnh"), ("xã", "Thượng Bằng La", "xã", "Thượng Bằng La"),
      ("xã", "Tú Lệ", "xã", "Tú Lệ"), ("xã", "Gia Hội", "xã", "Gia Hội")]),
    ("yenbinh", _YB, "huyện", "Yên Bình", "low", [], [("QL", "37"), ("QL", "70")],
     [("thị trấn", "Yên Bình", "xã", "Yên Bình"), ("thị trấn", "Thác Bà", "xã", "Thác Bà"),
      ("xã", "Phúc An", "xã", "Yên Bình"), ("xã", "Đại Minh", "xã", "Yên Bình"),
      ("xã", "Cảm Ân", "xã", "Cảm Nhân"), ("xã", "Mông Sơn", "xã", "Cảm Nhân"),
      ("xã", "Vũ Linh", "xã", "Bảo Ái"), ("xã", "Tân Hương", "xã", "Thác Bà")]),
    ("mcc", _YB, "huyện", "Mù Cang Chải", "hl", [], [("QL", "32")],
     [("thị trấn", "Mù Cang Chải", "xã", "Mù Cang Chải"), ("xã", "Chế Tạo", "xã", "Chế Tạo"),
      ("xã", "Khao Mang", "xã", "Khao Mang"), ("xã", "La Pán Tẩn", "xã", "Mù Cang Chải")]),
    ("tramtau", _YB, "huyện", "Trạm Tấu", "hl", [], [("ĐT", "174")],
     [("thị trấn", "Trạm Tấu", "xã", "Trạm Tấu"), ("xã", "Hát Lừu", "xã", "Hạnh Phúc"),
      ("xã", "Bản Mù", "xã", "Trạm Tấu")]),
]
DKEY = {d[0]: i for i, d in enumerate(DISTRICTS)}
BORDER_D = {"tplc", "batxat", "muongkhuong"}

_ABBR_T = {"phường": "P.", "xã": "X.", "thị trấn": "TT.", "thành phố": "TP.",
           "thị xã": "TX.", "huyện": "H."}
_ABBR_T2 = {"phường": "P", "xã": "xã", "thị trấn": "TT", "thành phố": "TP",
            "thị xã": "TX", "huyện": "huyện"}
_EN_T = {"phường": "Ward", "xã": "Commune", "thị trấn": "Town", "thành phố": "City",
         "thị xã": "Town", "huyện": "District"}


class Loc:
    __slots__ = ("d", "dkey", "oprov", "oct", "ocn", "odt", "odn", "nct", "ncn", "prof",
                 "urban", "streets", "roads", "old_full", "old_abbr", "new_full",
                 "new_abbr", "mixed", "en_old", "en_new", "inf_old", "inf_new")


LOCS = []
DIST_LOCS = []
for _di, (_k, _prov, _dt, _dn, _prof, _streets, _roads, _comms) in enumerate(DISTRICTS):
    _ids = []
    for (_oct, _ocn, _nct, _ncn) in _comms:
        L = Loc()
        L.d, L.dkey, L.oprov, L.oct, L.ocn, L.odt, L.odn = _di, _k, _prov, _oct, _ocn, _dt, _dn
        L.nct, L.ncn, L.prof = _nct, _ncn, _prof
        L.urban = _oct in ("phường", "thị trấn")
        L.streets, L.roads = _streets, _roads
        a1, a2 = _ABBR_T[_oct], _ABBR_T[_dt]
        L.old_full = f", {_oct} {_ocn}, {_dt} {_dn}, tỉnh {_prov}"
        L.old_abbr = [f", {a1} {_ocn}, {a2} {_dn}, {_prov}", f", {a1}{_ocn}, {a2}{_dn}, T.{_prov}",
                      f" - {_ocn} - {_dn} - {_prov}", f", {_oct} {_ocn}, {_dn}",
                      f", {_ABBR_T2[_oct]} {_ocn}, {_ABBR_T2[_dt]} {_dn}, tỉnh {_prov}"]
        L.new_full = f", {_nct} {_ncn}, tỉnh Lào Cai"
        L.new_abbr = [f", {_ABBR_T[_nct]} {_ncn}, Lào Cai", f", {_nct} {_ncn}, T. Lào Cai",
                      f" - {_nct} {_ncn} - tỉnh Lào Cai", f", {_ABBR_T2[_nct]} {_ncn}, tỉnh Lào Cai (mới)"]
        L.mixed = [f", {_nct} {_ncn}, {_dt} {_dn}, tỉnh {_prov}", f", {_oct} {_ocn}, tỉnh Lào Cai",
                   f", {_nct} {_ncn}, tỉnh {_prov}", f", {_oct} {_ocn}, {_dt} {_dn}, tỉnh Lào Cai"]
        if (_oct, _ocn) != (_nct, _ncn):
            L.mixed.append(f", {_oct} {_ocn} (nay là {_nct} {_ncn}), tỉnh Lào Cai")
        L.en_old = f", {fold(_ocn)} {_EN_T[_oct]}, {fold(_dn)} {_EN_T[_dt]}, {fold(_prov)} Province"
        L.en_new = f", {fold(_ncn)} {_EN_T[_nct]}, Lao Cai Province"
        L.inf_old = f" {_ABBR_T2[_oct].lower()} {_ocn} {_dn}".lower()
        L.inf_new = f" {_ABBR_T2[_nct].lower()} {_ncn} lào cai".lower()
        _ids.append(len(LOCS))
        LOCS.append(L)
    DIST_LOCS.append(_ids)


DIST_URB = [[i for i in ids if LOCS[i].urban] for ids in DIST_LOCS]


def find_loc(dkey, ocn):
    for i in DIST_LOCS[DKEY[dkey]]:
        if LOCS[i].ocn == ocn:
            return i
    raise KeyError((dkey, ocn))


# Parks and clusters (real or plausible); host commune; chinese label
# key, short vn, full vn, english, chinese, host (district, old commune)
PARKS = [
    ("tangloong", "KCN Tằng Loỏng", "Khu công nghiệp Tằng Loỏng", "Tang Loong Industrial Park", "腾龙工业区", ("baothang", "Tằng Loỏng")),
    ("dongphomoi", "KCN Đông Phố Mới", "Khu công nghiệp Đông Phố Mới", "Dong Pho Moi Industrial Park", "东铺美工业区", ("tplc", "Bắc Lệnh")),
    ("bacduyenhai", "KCN Bắc Duyên Hải", "Khu công nghiệp Bắc Duyên Hải", "Bac Duyen Hai Industrial Park", "北沿海工业区", ("tplc", "Duyên Hải")),
    ("kimthanh", "Khu TM-CN Kim Thành", "Khu thương mại - công nghiệp Kim Thành", "Kim Thanh Commercial-Industrial Zone", "金城商贸工业区", ("tplc", "Duyên Hải")),
    ("namyb", "KCN phía Nam Yên Bái", "Khu công nghiệp phía Nam Yên Bái", "South Yen Bai Industrial Park", "安沛南部工业区", ("tpyb", "Văn Tiến")),
    ("aulau", "KCN Âu Lâu", "Khu công nghiệp Âu Lâu", "Au Lau Industrial Park", "欧楼工业区", ("tpyb", "Âu Lâu")),
    ("minhquan", "KCN Minh Quân", "Khu công nghiệp Minh Quân", "Minh Quan Industrial Park", "明军工业区", ("tranyen", "Minh Quân")),
    ("monson", "KCN Mông Sơn", "Khu công nghiệp Mông Sơn", "Mong Son Industrial Park", "蒙山工业区", ("yenbinh", "Mông Sơn")),
    ("bacvy", "KCN Bắc Văn Yên", "Khu công nghiệp Bắc Văn Yên", "North Van Yen Industrial Park", "北文安工业区", ("vanyen", "Đông Cuông")),
    ("ccn_banqua", "CCN Bản Qua", "Cụm công nghiệp Bản Qua", "Ban Qua Industrial Cluster", "", ("batxat", "Bản Qua")),
    ("ccn_yenthe", "CCN Yên Thế", "Cụm công nghiệp Yên Thế", "Yen The Industrial Cluster", "", ("lucyen", "Yên Thế")),
    ("ccn_damhong", "CCN Đầm Hồng", "Cụm công nghiệp Đầm Hồng", "Dam Hong Industrial Cluster", "", ("tpyb", "Nguyễn Phúc")),
    ("ccn_sonthinh", "CCN Sơn Thịnh", "Cụm công nghiệp Sơn Thịnh", "Son Thinh Industrial Cluster", "", ("vanchan", "Sơn Thịnh")),
    ("ccn_hungkhanh", "CCN Hưng Khánh", "Cụm công nghiệp Hưng Khánh", "Hung Khanh Industrial Cluster", "", ("tranyen", "Hưng Khánh")),
    ("ccn_thinhhung", "CCN Thịnh Hưng", "Cụm công nghiệp Thịnh Hưng", "Thinh Hung Industrial Cluster", "", ("yenbinh", "Đại Minh")),
    ("ccn_baoha", "CCN Bảo Hà", "Cụm công nghiệp Bảo Hà", "Bao Ha Industrial Cluster", "", ("baoyen", "Bảo Hà")),
    ("ccn_khanhyen", "CCN Khánh Yên", "Cụm công nghiệp Khánh Yên", "Khanh Yen Industrial Cluster", "", ("vanban", "Khánh Yên Hạ")),
]
PARK_IDX = {p[0]: i for i, p in enumerate(PARKS)}
PARK_LOC = [find_loc(*p[5]) for p in PARKS]
# Chinese names of some places
CN_PLACE = {"tplc": "老街市", "baothang": "保胜县", "batxat": "八刹县", "muongkhuong": "孟康县",
            "tpyb": "安沛市", "sapa": "沙巴市", "vanyen": "文安县", "yenbinh": "安平县",
            "lucyen": "陆安县", "tranyen": "镇安县", "baoyen": "保安县", "vanban": "文盘县"}
CN_PROV = {_LC: "越南老街省", _YB: "越南安沛省"}

# Out-of-province head offices (branch-of-outside-HQ entities)
# code prefix, city, old area, new area, [(old ward, old district, new ward)], streets
HQ_CITIES = [
    ("01", "Hà Nội", "04", "024", 8,
     [("Dịch Vọng", "Cầu Giấy", "Cầu Giấy"), ("Trung Hòa", "Cầu Giấy", "Yên Hòa"),
      ("Láng Hạ", "Đống Đa", "Láng"), ("Thanh Xuân Trung", "Thanh Xuân", "Thanh Xuân"),
      ("Mễ Trì", "Nam Từ Liêm", "Từ Liêm"), ("Phúc Đồng", "Long Biên", "Long Biên"),
      ("Giáp Bát", "Hoàng Mai", "Tương Mai")],
     ["Trần Duy Hưng", "Láng Hạ", "Nguyễn Trãi", "Phạm Văn Đồng", "Giải Phóng",
      "Hoàng Quốc Việt", "Lê Văn Lương", "Tố Hữu", "Xuân Thủy", "Nguyễn Văn Cừ"]),
    ("26", "Phú Thọ", "0210", "0210", 7,
     [("Gia Cẩm", "Việt Trì", "Việt Trì"), ("Thụy Vân", "Việt Trì", "Thanh Miếu")],
     ["Hùng Vương", "Trần Phú", "Nguyễn Tất Thành"]),
    ("03", "Hồ Chí Minh", "08", "028", 8,
     [("Bến Nghé", "Quận 1", "Sài Gòn"), ("Phường 12", "Tân Bình", "Bảy Hiền")],
     ["Nguyễn Thị Minh Khai", "Cộng Hòa", "Điện Biên Phủ"]),
    ("02", "Hải Phòng", "031", "0225", 7,
     [("Máy Tơ", "Ngô Quyền", "Gia Viên"), ("Đông Hải 1", "Hải An", "Hải An")],
     ["Lạch Tray", "Lê Hồng Phong", "Văn Cao"]),
]
HQ_CITY_WP = WP([(0, 70), (1, 10), (2, 10), (3, 10)])

# =========================================================================
# Sectors: name phrases (vn, en), chinese terms (han, pinyin, tone pinyin,
# Han-Viet), factory words, household / cooperative activities, geography
# =========================================================================
SECT = {
    "chem": dict(
        ph=[("Hóa chất", "Chemical"), ("Phân bón", "Fertilizer"), ("Phân bón và Hóa chất", "Fertilizer and Chemicals"),
            ("Hóa chất Phốt pho", "Phosphorus Chemical"), ("Phốt pho", "Phosphorus"), ("Hóa chất Công nghiệp", "Industrial Chemicals")],
        cn=[("化工", "huagong", "huàgōng", "Hóa công"), ("磷化工", "linhuagong", "línhuàgōng", "Lân hóa công"),
            ("肥业", "feiye", "féiyè", "Phì nghiệp")],
        fact=["sản xuất phân bón", "hóa chất", "phốt pho vàng", "axit sunfuric", "phân lân nung chảy"],
        hh=[], htx=[]),
    "mine": dict(
        ph=[("Khoáng sản", "Mineral"), ("Khai khoáng", "Mining"), ("Luyện kim", "Metallurgy"),
            ("Khoáng sản và Luyện kim", "Mining and Metallurgy"), ("Gang thép", "Iron and Steel"),
            ("Đầu tư Khoáng sản", "Mineral Investment"), ("Kim loại màu", "Non-ferrous Metals")],
        cn=[("矿业", "kuangye", "kuàngyè", "Khoáng nghiệp"), ("冶金", "yejin", "yějīn", "Dã kim"),
            ("钢铁", "gangtie", "gāngtiě", "Cương thiết"), ("有色金属", "youse jinshu", "yǒusè jīnshǔ", "Hữu sắc kim thuộc")],
        fact=["tuyển quặng", "luyện đồng", "gang thép", "chế biến khoáng sản", "tuyển quặng sắt"],
        hh=[], htx=[]),
    "mech": dict(
        ph=[("Cơ khí", "Mechanical"), ("Cơ khí Chế tạo", "Mechanical Manufacturing"), ("Cơ khí và Xây lắp", "Mechanical and Installation"),
            ("Cơ điện", "Electromechanical"), ("Cơ khí mỏ", "Mining Machinery"), ("Kết cấu thép", "Steel Structure"),
            ("Sửa chữa Cơ khí", "Mechanical Repair")],
        cn=[("机械", "jixie", "jīxiè", "Cơ giới"), ("机电", "jidian", "jīdiàn", "Cơ điện"),
            ("钢结构", "gangjiegou", "gāngjiégòu", "Cương kết cấu")],
        fact=["cơ khí", "chế tạo kết cấu thép", "sửa chữa thiết bị mỏ", "cơ khí chế tạo"],
        hh=["Xưởng cơ khí", "Cơ sở gò hàn", "Cơ sở sửa chữa máy", "Xưởng hàn xì", "Cơ sở cơ khí"],
        htx=["Cơ khí", "Dịch vụ cơ khí"]),
    "wood": dict(
        ph=[("Chế biến gỗ", "Wood Processing"), ("Lâm sản", "Forest Products"), ("Gỗ", "Wood"), ("Ván ép", "Plywood"),
            ("Ván bóc", "Veneer"), ("Lâm nghiệp", "Forestry"), ("Viên nén", "Wood Pellet"), ("Gỗ MDF", "MDF")],
        cn=[("木业", "muye", "mùyè", "Mộc nghiệp"), ("林业", "linye", "línyè", "Lâm nghiệp"), ("板业", "banye", "bǎnyè", "Bản nghiệp")],
        fact=["chế biến gỗ", "ván MDF", "ván ép", "viên nén gỗ", "ván bóc", "gỗ ghép thanh"],
        hh=["Xưởng mộc", "Cơ sở bóc gỗ", "Xưởng xẻ gỗ", "Cơ sở ván bóc", "Cơ sở chế biến gỗ", "Xưởng đồ gỗ"],
        htx=["Lâm nghiệp", "Chế biến gỗ", "Nông lâm nghiệp", "Ván bóc"]),
    "spice": dict(
        ph=[("Quế", "Cinnamon"), ("Tinh dầu quế", "Cinnamon Oil"), ("Nông lâm sản", "Agro-Forestry Products"), ("Chè", "Tea"),
            ("Trà", "Tea"), ("Chế biến nông sản", "Agricultural Processing"), ("Nông sản", "Agricultural Products"),
            ("Dược liệu", "Herbal"), ("Thảo quả", "Cardamom"), ("Quế hồi", "Cinnamon and Star Anise")],
        cn=[("桂皮", "guipi", "guìpí", "Quế bì"), ("茶业", "chaye", "cháyè", "Trà nghiệp"),
            ("农产品", "nongchanpin", "nóngchǎnpǐn", "Nông sản phẩm"), ("香料", "xiangliao", "xiāngliào", "Hương liệu")],
        fact=["chế biến quế", "chưng cất tinh dầu quế", "chè", "chế biến chè", "chế biến dược liệu"],
        hh=["Cơ sở chế biến chè", "Lò sấy quế", "Cơ sở chưng cất tinh dầu quế", "Cơ sở sao chè",
            "Cơ sở sấy thảo quả", "Cơ sở chế biến quế", "Cơ sở chè Shan tuyết", "Cơ sở sơ chế dược liệu"],
        htx=["Chè", "Quế", "Quế hồi", "Chè Shan tuyết", "Dược liệu", "Thảo quả", "Tinh dầu quế", "Chế biến nông sản"]),
    "bmat": dict(
        ph=[("Vật liệu xây dựng", "Building Materials"), ("Bột đá", "Stone Powder"), ("Xi măng", "Cement"),
            ("Gạch tuynel", "Tunnel Brick"), ("Khai thác đá", "Stone Quarrying"), ("Đá trắng", "White Marble"),
            ("Gạch không nung", "Unburnt Brick"), ("Bê tông", "Concrete")],
        cn=[("建材", "jiancai", "jiàncái", "Kiến tài"), ("石材", "shicai", "shícái", "Thạch tài"), ("水泥", "shuini", "shuǐní", "Thủy nê")],
        fact=["xi măng", "gạch tuynel", "bột đá", "gạch không nung", "đá ốp lát", "bê tông thương phẩm"],
        hh=["Lò gạch", "Cơ sở gạch không nung", "Xưởng đá", "Cơ sở sản xuất gạch", "Cơ sở khai thác cát sỏi"],
        htx=["Vật liệu xây dựng", "Gạch không nung", "Khai thác cát sỏi"]),
    "garm": dict(
        ph=[("May mặc", "Garment"), ("May xuất khẩu", "Export Garment"), ("Dệt may", "Textile and Garment"),
            ("May", "Garment"), ("Thời trang", "Fashion")],
        cn=[("服装", "fuzhuang", "fúzhuāng", "Phục trang"), ("服饰", "fushi", "fúshì", "Phục sức"), ("纺织", "fangzhi", "fǎngzhī", "Phưởng chức")],
        fact=["may", "may xuất khẩu", "may mặc"],
        hh=["Cơ sở may", "Xưởng may", "Cơ sở may gia công"],
        htx=["May mặc", "Dệt may"]),
    "trade": dict(
        ph=[("Thương mại", "Trading"), ("Xuất nhập khẩu", "Import Export"), ("Thương mại và Dịch vụ", "Trading and Services"),
            ("Thương mại Xuất nhập khẩu", "Import Export Trading"), ("Logistics", "Logistics"),
            ("Vận tải và Thương mại", "Transport and Trading"), ("Dịch vụ Thương mại", "Trading Services")],
        cn=[("贸易", "maoyi", "màoyì", "Mậu dịch"), ("商贸", "shangmao", "shāngmào", "Thương mậu"),
            ("进出口", "jinchukou", "jìnchūkǒu", "Tiến xuất khẩu"), ("物流", "wuliu", "wùliú", "Vật lưu")],
        fact=["kho vận", "kho hàng", "bãi hàng"],
        hh=[], htx=["Dịch vụ tổng hợp", "Thương mại và Dịch vụ"]),
    "food": dict(
        ph=[("Thực phẩm", "Food"), ("Chế biến Thực phẩm", "Food Processing"), ("Rượu", "Liquor"),
            ("Nông sản Thực phẩm", "Agro Food"), ("Nước giải khát", "Beverage")],
        cn=[("食品", "shipin", "shípǐn", "Thực phẩm"), ("农业", "nongye", "nóngyè", "Nông nghiệp")],
        fact=["chế biến thực phẩm", "rượu", "nước khoáng", "chế biến chuối"],
        hh=["Cơ sở nấu rượu", "Cơ sở chế biến thịt gác bếp", "Cơ sở làm miến", "Cơ sở sản xuất bánh",
            "Cơ sở xay xát", "Cơ sở làm đậu phụ", "Cơ sở sản xuất bún", "Cơ sở chế biến măng"],
        htx=["Nông nghiệp", "Dịch vụ nông nghiệp", "Rượu", "Miến dong", "Chế biến nông sản", "Nông nghiệp sạch"]),
    "craft": dict(
        ph=[("Thổ cẩm", "Brocade"), ("Mỹ nghệ", "Handicraft"), ("Mây tre đan", "Rattan and Bamboo"),
            ("Thủ công Mỹ nghệ", "Handicraft"), ("Dệt lanh", "Linen Weaving")],
        cn=[("工艺品", "gongyipin", "gōngyìpǐn", "Công nghệ phẩm")],
        fact=["thổ cẩm", "mây tre đan"],
        hh=["Cơ sở dệt thổ cẩm", "Cơ sở thêu", "Cơ sở đan lát", "Cơ sở chạm bạc", "Cơ sở dệt lanh", "Cơ sở may thổ cẩm"],
        htx=["Dệt thổ cẩm", "Thổ cẩm", "Mây tre đan", "Dệt lanh", "Thủ công mỹ nghệ"]),
    "pack": dict(
        ph=[("Bao bì", "Packaging"), ("Nhựa", "Plastic"), ("Thiết bị điện", "Electrical Equipment"),
            ("Điện tử", "Electronics"), ("Bao bì Nhựa", "Plastic Packaging")],
        cn=[("包装", "baozhuang", "bāozhuāng", "Bao trang"), ("塑料", "suliao", "sùliào", "Tố liệu"), ("电子", "dianzi", "diànzǐ", "Điện tử")],
        fact=["bao bì", "nhựa", "bao bì carton"],
        hh=["Cơ sở sản xuất bao bì", "Xưởng nhựa"], htx=[]),
    "agri": dict(ph=[("Nông nghiệp", "Agriculture")], cn=[("农业", "nongye", "nóngyè", "Nông nghiệp")],
                 fact=["chế biến nông sản"], hh=[],
                 htx=["Nông nghiệp", "Dịch vụ nông nghiệp", "Nông lâm nghiệp", "Dịch vụ tổng hợp", "Nông nghiệp và Dịch vụ"]),
}
GENERIC_PH = [("Thương mại và Dịch vụ", "Trading and Services"), ("Đầu tư và Phát triển", "Investment and Development"),
              ("Sản xuất và Thương mại", "Production and Trading"), ("Xây dựng và Thương mại", "Construction and Trading"),
              ("Đầu tư", "Investment"), ("Tổng hợp", "General"), ("Sản xuất Thương mại và Dịch vụ", "Production Trading and Services"),
              ("Đầu tư Xây dựng", "Investment Construction"), ("Phát triển", "Development"), ("Thương mại", "Trading"),
              ("Đầu tư Thương mại", "Investment Trading")]
PHRASE_ABBR = {
    "Thương mại và Dịch vụ": ["TM&DV", "TM-DV", "TM và DV", "Thương mại - Dịch vụ", "TMDV"],
    "Đầu tư và Phát triển": ["ĐT&PT", "ĐT và PT", "Đầu tư - Phát triển"],
    "Sản xuất và Thương mại": ["SX&TM", "SX-TM", "SXTM", "Sản xuất - Thương mại"],
    "Xây dựng và Thương mại": ["XD&TM", "XD và TM", "Xây dựng - Thương mại"],
    "Sản xuất Thương mại và Dịch vụ": ["SX TM&DV", "SX-TM-DV", "SXTMDV"],
    "Đầu tư Xây dựng": ["ĐTXD", "ĐT XD"], "Thương mại": ["TM"], "Đầu tư Thương mại": ["ĐTTM", "ĐT TM"],
    "Xuất nhập khẩu": ["XNK"], "Thương mại Xuất nhập khẩu": ["TM XNK", "TMXNK"], "Vật liệu xây dựng": ["VLXD"],
    "Khoáng sản": ["KS"], "Chế biến gỗ": ["CB gỗ", "CBG"], "Chế biến nông sản": ["CB nông sản", "CBNS"],
    "Nông lâm sản": ["NLS"], "Dịch vụ Thương mại": ["DVTM", "DV TM"], "Cơ khí Chế tạo": ["CKCT", "CK chế tạo"],
    "Cơ khí": ["CK"], "Nông nghiệp": ["NN"], "Dịch vụ nông nghiệp": ["DVNN", "DV NN"], "Nông lâm nghiệp": ["NLN"],
    "Dịch vụ tổng hợp": ["DVTH", "DV tổng hợp"], "Vận tải và Thương mại": ["VT&TM"], "Khoáng sản và Luyện kim": ["KS&LK"],
    "Chế biến Thực phẩm": ["CBTP", "CB thực phẩm"], "Phân bón và Hóa chất": ["PB&HC"], "Đầu tư Khoáng sản": ["ĐTKS", "ĐT KS"],
    "Thủ công Mỹ nghệ": ["TCMN"], "Sửa chữa Cơ khí": ["SCCK"], "Cơ khí và Xây lắp": ["CK&XL"],
}
# district weights per sector (locations outside parks)
SECT_DIST = {
    "chem": [("baothang", 6), ("tplc", 3), ("vanban", 1), ("batxat", 1)],
    "mine": [("batxat", 3), ("baothang", 2), ("vanban", 2), ("tplc", 1), ("lucyen", 2), ("vanyen", 1), ("yenbinh", 1), ("tpyb", 1)],
    "mech": [("tplc", 4), ("baothang", 2), ("batxat", 1), ("tpyb", 3), ("tranyen", 1), ("vanban", 1), ("yenbinh", 1), ("nghialo", 1)],
    "wood": [("vanyen", 4), ("yenbinh", 3), ("tranyen", 3), ("lucyen", 2), ("baoyen", 3), ("vanban", 2), ("vanchan", 2), ("baothang", 1), ("tpyb", 1)],
    "spice": [("vanyen", 4), ("tranyen", 2), ("vanchan", 3), ("bacha", 2), ("batxat", 2), ("sapa", 1), ("muongkhuong", 2),
              ("yenbinh", 1), ("vanban", 2), ("baoyen", 1), ("mcc", 1), ("tramtau", 1), ("simacai", 1)],
    "bmat": [("lucyen", 4), ("yenbinh", 3), ("vanchan", 1), ("baothang", 2), ("tplc", 1), ("tpyb", 1), ("tranyen", 1), ("vanban", 1)],
    "garm": [("tpyb", 3), ("nghialo", 2), ("tplc", 2), ("baothang", 1), ("vanyen", 1)],
    "trade": [("tplc", 8), ("batxat", 1), ("muongkhuong", 1), ("tpyb", 2), ("sapa", 1)],
    "food": [("tplc", 2), ("tpyb", 2), ("bacha", 2), ("sapa", 2), ("vanchan", 1), ("nghialo", 2), ("muongkhuong", 1),
             ("yenbinh", 1), ("simacai", 1), ("baothang", 1)],
    "craft": [("sapa", 3), ("bacha", 2), ("batxat", 2), ("mcc", 2), ("tramtau", 2), ("vanchan", 1), ("simacai", 1), ("muongkhuong", 1), ("vanban", 1)],
    "pack": [("tplc", 2), ("tpyb", 2), ("baothang", 1)],
    "agri": [(d[0], 1) for d in DISTRICTS],
}
SECT_DIST_WP = {k: WP([(DKEY[d], w) for d, w in v]) for k, v in SECT_DIST.items()}
SECT_PARK = {
    "chem": [("tangloong", 6), ("bacduyenhai", 1)],
    "mine": [("tangloong", 3), ("bacduyenhai", 2), ("ccn_banqua", 2), ("ccn_yenthe", 1)],
    "mech": [("tangloong", 2), ("dongphomoi", 2), ("bacduyenhai", 2), ("namyb", 2), ("aulau", 1), ("minhquan", 1), ("ccn_damhong", 1)],
    "wood": [("namyb", 2), ("aulau", 1), ("minhquan", 2), ("monson", 2), ("bacvy", 3), ("ccn_hungkhanh", 2), ("ccn_thinhhung", 1),
             ("ccn_baoha", 1), ("ccn_khanhyen", 1)],
    "spice": [("bacvy", 1), ("ccn_sonthinh", 1), ("dongphomoi", 1)],
    "bmat": [("ccn_yenthe", 3), ("monson", 2), ("ccn_thinhhung", 2), ("tangloong", 1)],
    "garm": [("namyb", 3), ("aulau", 2), ("dongphomoi", 2), ("minhquan", 1), ("ccn_sonthinh", 1)],
    "trade": [("kimthanh", 6), ("dongphomoi", 2), ("bacduyenhai", 1)],
    "food": [("dongphomoi", 2), ("kimthanh", 1), ("namyb", 1), ("ccn_damhong", 1)],
    "pack": [("dongphomoi", 2), ("namyb", 2), ("aulau", 1), ("tangloong", 1)],
}
SECT_PARK_WP = {k: WP([(PARK_IDX[p], w) for p, w in v]) for k, v in SECT_PARK.items()}
PARK_P = {"chem": 0.55, "mine": 0.25, "mech": 0.3, "wood": 0.2, "spice": 0.06, "bmat": 0.12, "garm": 0.5,
          "trade": 0.2, "food": 0.1, "craft": 0.0, "pack": 0.45, "agri": 0.0}
TRADER_P = {"chem": 0.5, "mine": 0.5, "mech": 0.15, "wood": 0.4, "spice": 0.5, "bmat": 0.15, "garm": 0.6,
            "trade": 0.9, "food": 0.2, "craft": 0.1, "pack": 0.3, "agri": 0.05}

VN_SECT = WP([("mech", 14), ("wood", 14), ("trade", 13), ("bmat", 12), ("spice", 10), ("mine", 8), ("food", 8),
              ("chem", 4), ("garm", 5), ("pack", 5), ("craft", 2)])
CN_SECT = WP([("trade", 25), ("mine", 15), ("chem", 12), ("mech", 8), ("wood", 10), ("spice", 8), ("bmat", 6),
              ("garm", 6), ("food", 4), ("pack", 6)])
OF_SECT = WP([("garm", 50), ("pack", 15), ("mech", 10), ("wood", 12), ("food", 5), ("spice", 8)])
HTX_SECT = WP([("spice", 35), ("food", 18), ("craft", 15), ("wood", 10), ("bmat", 4), ("mech", 3), ("agri", 15)])
HH_SECT = WP([("spice", 25), ("food", 25), ("wood", 15), ("craft", 12), ("mech", 10), ("bmat", 8), ("garm", 5)])

# =========================================================================
# Brand names: random syllable combinations (no real local brand)
# =========================================================================
BRAND_SYL = ("An Anh Bảo Bình Cường Chi Dũng Duy Đạt Đông Đức Gia Giang Hà Hải Hạnh Hào Hiếu Hòa Hoàng "
             "Hồng Huy Hùng Hưng Hương Khang Khánh Khôi Kim Lâm Lan Linh Lộc Long Lợi Mai Minh Nam Nga "
             "Ngân Ngọc Nguyên Nhân Nhật Phát Phong Phú Phúc Phương Quang Quân Quý Sáng Sơn Tài Tâm Tân "
             "Thái Thanh Thành Thảo Thắng Thiên Thịnh Thuận Thủy Tiến Toàn Trang Trí Trung Trường Tuấn "
             "Tùng Uy Vân Việt Vinh Vĩnh Vũ Vượng Xuân Yến Đào Lực Hậu Kiên Lương Mạnh Nghĩa Ninh Sang "
             "Tín Trọng Tú Bắc Đại Hiển Khải Luân Hoa Cát Châu Dương Hằng Hợp Kỳ Liên Mỹ Phi Quyết Sinh "
             "Thông Thụy Tường Vạn Hiệp Hân Diệp Ánh Hảo").split()
BRAND_END = "Phát Thịnh Lộc Hưng Vượng Long An Thành Phú Tiến Đạt Minh".split()
_POP_A = "Hoàng Minh Thành Hưng Phú An Việt Thái Đức Tân Hồng Quang Trường Hải Thiên Đại Nam Tây Kim Bảo Phúc Gia Tiến Hà".split()
_POP_B = "Long Phát Đạt Thịnh Thành Hưng An Sơn Hà Minh Anh Phong Lộc Nguyên Bắc Việt Hải Khang Lợi Tiến Quang Vượng".split()
_DENY = {"Hòa Phát", "Việt Tiến", "Thành Công", "Hoàng Anh", "Trường Hải", "Hưng Thịnh", "Nam Long", "Thiên Long",
         "Minh Long", "Bảo Minh", "Bảo Việt", "Tân Long", "Hải Phát", "Phú Thái", "Sơn Hà", "Thái Hưng", "Hồng Hà",
         "An Phát", "Việt Hà", "An Khang", "Phúc Long", "Kim Thành", "Nam Việt", "Hải Hà", "Hoàng Hà", "Trường Thành",
         "Trường Sơn", "Đức Long", "Đại Nam", "Phú Long", "Minh Phú", "Tân Hiệp", "Hà Nam", "Việt Nam", "Nam Hà",
         "Hà Tiến", "Thái Hà", "Tây Hà", "Việt Bắc", "Tây Nguyên", "Kim Long", "Hưng Yên", "Hải Long", "Đại Việt",
         "Thành Nam", "Tiến Thành", "Thiên An", "Hà Anh", "Tân Phong", "Nam Sơn", "Đức Thành", "Gia Lộc", "Hải An",
         "Hà Đông", "Kim Anh", "Bắc Hà", "Tây Bắc"}
POPULAR = [f"{a} {b}" for a in _POP_A for b in _POP_B if a != b and f"{a} {b}" not in _DENY] + ["Tây Bắc", "Đại Việt"]
_INIT = "BCDĐGHKLMNPQSTVX"
_FR_C = "b d g k l m n p r s t v z".split() + ["tr", "ch", "x"]
_FR_V = "a e i o u a o".split()
_FR_END = ["", "", "n", "x", "co", "tech", "ma", "ra", "tek", "lux", "tra"]
CITY_SUF = {"tplc": ["Lào Cai", "LC", "Kim Thành", "Cốc Lếu"], "tpyb": ["Yên Bái", "YB"], "sapa": ["Sa Pa", "Sapa"],
            "baothang": ["Bảo Thắng", "Lào Cai"], "vanyen": ["Văn Yên", "Yên Bái"], "lucyen": ["Lục Yên", "Yên Bái"],
            "yenbinh": ["Yên Bình", "Yên Bái"], "nghialo": ["Nghĩa Lộ", "Mường Lò"], "vanchan": ["Văn Chấn", "Yên Bái"],
            "tranyen": ["Trấn Yên", "Yên Bái"], "batxat": ["Bát Xát", "Lào Cai"], "baoyen": ["Bảo Yên", "Lào Cai"],
            "vanban": ["Văn Bàn", "Lào Cai"], "bacha": ["Bắc Hà", "Lào Cai"]}
NUM_SUF = ["68", "86", "79", "88", "36", "1", "2", "3", "9", "99", "666", "Số 1", "18", "168", "888", "27", "5", "8", "45", "369"]
OTHER_SUF = ["Việt Nam", "Group", "Vina", "Tây Bắc", "Hoàng Liên", "Việt Bắc", "Miền Núi", "Plus", "Xanh", "Quốc tế"]

# Chinese characters: han, pinyin, tone pinyin, Han-Viet
CN_CHARS = [("华", "hua", "huá", "Hoa"), ("鑫", "xin", "xīn", "Hâm"), ("盛", "sheng", "shèng", "Thịnh"), ("泰", "tai", "tài", "Thái"),
            ("隆", "long", "lóng", "Long"), ("兴", "xing", "xīng", "Hưng"), ("达", "da", "dá", "Đạt"), ("丰", "feng", "fēng", "Phong"),
            ("源", "yuan", "yuán", "Nguyên"), ("通", "tong", "tōng", "Thông"), ("宏", "hong", "hóng", "Hoành"), ("远", "yuan", "yuǎn", "Viễn"),
            ("金", "jin", "jīn", "Kim"), ("利", "li", "lì", "Lợi"), ("新", "xin", "xīn", "Tân"), ("安", "an", "ān", "An"),
            ("恒", "heng", "héng", "Hằng"), ("祥", "xiang", "xiáng", "Tường"), ("富", "fu", "fù", "Phú"), ("顺", "shun", "shùn", "Thuận"),
            ("天", "tian", "tiān", "Thiên"), ("海", "hai", "hǎi", "Hải"), ("德", "de", "dé", "Đức"), ("和", "he", "hé", "Hòa"),
            ("鸿", "hong", "hóng", "Hồng"), ("瑞", "rui", "ruì", "Thụy"), ("永", "yong", "yǒng", "Vĩnh"), ("昌", "chang", "chāng", "Xương"),
            ("明", "ming", "míng", "Minh"), ("荣", "rong", "róng", "Vinh"), ("发", "fa", "fā", "Phát"), ("胜", "sheng", "shèng", "Thắng"),
            ("嘉", "jia", "jiā", "Gia"), ("辉", "hui", "huī", "Huy"), ("凯", "kai", "kǎi", "Khải"), ("成", "cheng", "chéng", "Thành"),
            ("宝", "bao", "bǎo", "Bảo"), ("锦", "jin", "jǐn", "Cẩm"), ("正", "zheng", "zhèng", "Chính"), ("福", "fu", "fú", "Phúc"),
            ("广", "guang", "guǎng", "Quảng"), ("威", "wei", "wēi", "Uy"), ("信", "xin", "xìn", "Tín"), ("博", "bo", "bó", "Bác"),
            ("聚", "ju", "jù", "Tụ"), ("晶", "jing", "jīng", "Tinh"), ("峰", "feng", "fēng", "Phong"), ("林", "lin", "lín", "Lâm"),
            ("星", "xing", "xīng", "Tinh"), ("誉", "yu", "yù", "Dự"), ("佳", "jia", "jiā", "Giai"), ("昊", "hao", "hào", "Hạo"),
            ("腾", "teng", "téng", "Đằng"), ("亿", "yi", "yì", "Ức"), ("万", "wan", "wàn", "Vạn"), ("合", "he", "hé", "Hợp")]
CN_CITY = [("云南", "Yunnan", "Vân Nam", "云南省昆明市"), ("河口", "Hekou", "Hà Khẩu", "云南省红河州河口县"),
           ("红河", "Honghe", "Hồng Hà", "云南省红河州蒙自市"), ("昆明", "Kunming", "Côn Minh", "云南省昆明市"),
           ("蒙自", "Mengzi", "Mông Tự", "云南省红河州蒙自市"), ("个旧", "Gejiu", "Cá Cựu", "云南省红河州个旧市")]
CN_ROADS = ["人民路", "滨河路", "口岸路", "南溪路", "北京路", "环城路", "东风路", "金湖路", "世纪大道", "红河大道"]
# invented foreign roots for non-Chinese FDI (Korean/Japanese/Taiwanese-sounding)
KR_SYL = "Han Dong Sung Jin Woo Kwang Young Seo Hyun Min Tae Il Hwa Kyung Jung Sang Chang Yoon Bo Dae Shin Won Ji Ho".split()
JP_A = "Taka Mori Hoshi Yama Kawa Naka Fuji Saka Kita Mina Hiro Asa".split()
JP_B = "tec tex wa da shima moto kura no ya".split()
TW_SYL = "Chun Hsing Yung Fu Chia Tai Hsin Kuo Lien Sheng Wei Ming".split()
FOREIGN_PH = {"garm": ["Apparel", "Garment", "Fashion", "Textile"], "pack": ["Packaging", "Plastic", "Electronics"],
              "mech": ["Precision", "Machinery", "Engineering"], "wood": ["Wood", "Timber", "Furniture"],
              "food": ["Food", "Foods"], "spice": ["Spice", "Agro"]}
FOREIGN_PH_VN = {"Apparel": "May mặc", "Garment": "May mặc", "Fashion": "Thời trang", "Textile": "Dệt may",
                 "Packaging": "Bao bì", "Plastic": "Nhựa", "Electronics": "Điện tử", "Precision": "Cơ khí chính xác",
                 "Machinery": "Máy móc", "Engineering": "Kỹ thuật", "Wood": "Gỗ", "Timber": "Lâm sản",
                 "Furniture": "Nội thất", "Food": "Thực phẩm", "Foods": "Thực phẩm", "Spice": "Gia vị", "Agro": "Nông sản"}

# =========================================================================
# People (owners of households, directors of cooperatives, DNTN owners)
# =========================================================================
_K_SUR = WP([("Nguyễn", 30), ("Trần", 10), ("Lê", 8), ("Phạm", 7), ("Hoàng", 6), ("Vũ", 4), ("Đỗ", 3), ("Bùi", 3),
             ("Đặng", 3), ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Hà", 2), ("Đinh", 2), ("Đào", 2), ("Phan", 2),
             ("Lương", 1), ("Trịnh", 1), ("Mai", 1), ("Cao", 1), ("Tạ", 1), ("Lưu", 1), ("Vương", 1), ("Triệu", 1),
             ("Chu", 1), ("Kiều", 1), ("Văn", 0.5), ("Đoàn", 1), ("Hồ", 1), ("Lại", 0.5)])
_K_MID_M = WP([("Văn", 22), ("Đức", 6), ("Minh", 6), ("Quang", 5), ("Xuân", 4), ("Hữu", 4), ("Ngọc", 3), ("Mạnh", 3),
               ("Thanh", 4), ("Công", 3), ("Trọng", 2), ("Tiến", 2), ("Đình", 4), ("Bá", 2), ("Quốc", 3), ("Anh", 2),
               ("Duy", 2), ("Trung", 2), ("Việt", 2), ("Hồng", 2), ("Kim", 1), ("Thế", 2), ("Tuấn", 1), ("Huy", 1)])
_K_MID_F = WP([("Thị", 45), ("Thị Thu", 5), ("Thị Thanh", 5), ("Thị Minh", 3), ("Thị Ngọc", 3), ("Thị Hồng", 3),
               ("Thị Kim", 2), ("Thu", 4), ("Thanh", 4), ("Ngọc", 3), ("Minh", 2), ("Hồng", 2), ("Phương", 2),
               ("Kim", 2), ("Mai", 1), ("Thùy", 2), ("Bích", 1), ("Diệu", 1), ("Hải", 1), ("Khánh", 1)])
_K_GIV_M = ("Hùng Dũng Tuấn Hải Long Minh Nam Thắng Cường Sơn Trung Hiếu Quang Đức Tùng Thành Hưng Phong Bình Hoàng "
            "Khánh Huy Kiên Lâm Lợi Luân Mạnh Nghĩa Phúc Quân Quý Tài Tâm Thái Thọ Thịnh Toàn Trường Tú Vinh Vũ Anh "
            "Bảo Chiến Công Đạt Định Đông Giang Hà Hậu Hiệp Hòa Học Khải Khoa Lực Ngọc Nhật Ninh Phương Sang Tiến Tín "
            "Trọng Tuyên Việt Xuân Chính Doanh Duy Hiển Kỳ Lộc Lượng Quyết Sỹ Thiện Thuận Tuệ Diện Biên Cảnh Chung "
            "Dương Điệp Hoan Khương Lai Liêm Lịch Nguyên Phú Quảng Sinh Tạo Thao Thủy Tĩnh Triều Trình Tuyến Vương").split()
_K_GIV_F = ("Hằng Hương Lan Hoa Mai Nga Hà Thủy Trang Linh Ngọc Phương Yến Thảo Nhung Huyền Dung Hạnh Loan Liên Thúy "
            "Oanh Vân Tâm Hiền Hồng Quỳnh Anh Giang Nhàn Thơm Hải Duyên Lý Nguyệt Thu Ánh Chi Hậu Huệ Lụa Mến Ngân "
            "Nhi Sen Tuyết Uyên Vui Xuân Bình Chinh Diệp Đào Gấm Hiên Hợi Khuyên Lê Luyến Mơ Nụ Phượng Quế Thắm Thoa "
            "Thư Trinh Tươi Hường Lệ Lương Minh Nhạn Soan Tình Vinh Yên").split()
_MID_RICH_M = ("Văn Đức Minh Quang Xuân Hữu Ngọc Mạnh Thanh Công Trọng Tiến Đình Bá Quốc Anh Duy Trung Việt Hồng Kim "
               "Thế Tuấn Huy Hoàng Gia Khắc Phúc Nhật Hải Tất Viết Sỹ Chí Thành").split()
_MID_RICH_F = [f"Thị {x}" for x in "Thu Thanh Minh Ngọc Hồng Kim Mai Thúy Lan Bích Phương Hải Hà Diệu Tuyết Vân Hoài Quỳnh".split()] + \
    "Thu Thanh Ngọc Minh Hồng Phương Kim Mai Thùy Bích Diệu Hải Khánh Quỳnh Hoài Lan Tuyết Bảo".split()
ETH = {
    "hmong": (WP([("Giàng", 20), ("Sùng", 14), ("Thào", 14), ("Vàng", 12), ("Lý", 10), ("Hầu", 6), ("Mùa", 6), ("Lù", 6),
                  ("Cứ", 4), ("Hạng", 4), ("Tráng", 3), ("Mã", 2)]),
              WP([("A", 6), ("Seo", 3), ("Văn", 1)]), WP([("Thị", 6), ("Mí", 3), ("Thị Mỷ", 0.2)]),
              ("Páo Chứ Dình Sử Tủa Lử Súa Sính Chư Tráng Hờ Lầu Dí Mang Sênh Chía Của Dế Phừ Pó Vừ Chống Dơ Nhè Sàng Thề Nủ "
               "Khua Lồng Trư Giống Chá Dế Khai Kỷ Lềnh Mảy Mua Nhìa Pó Sáng Tếnh Thắng Vư Xình Cang Chu Dùa Hồ Ninh").split(),
              ("Dua Mỷ Pà Dế Cở Chư Sua Mai Sính Dín Ly Súa Mua Dở Lan Chi Và Xá Mỉ Sò Pằng Cu Dợ Chía Dung Hoa Lìa "
               "Mỷ Nu Phống Sở Tồng Vá Xía Chở Dông").split()),
    "dao": (WP([("Tẩn", 14), ("Chảo", 12), ("Lý", 12), ("Phàn", 10), ("Bàn", 10), ("Triệu", 10), ("Đặng", 8), ("Phùng", 4), ("Hoàng", 3)]),
            WP([("Láo", 4), ("Văn", 4), ("A", 1), ("Seo", 1)]), WP([("Thị", 7), ("Mẩy", 0.5), ("Tả", 0.5)]),
            ("Lở Tả Sử Quẩy Chạn Phẩu Lìu Chiêu Sinh Kiều Lai Vạn Quý Tài Phin Dùn Cháng Lỷ Sài Chòi Phú Chàn Dào "
             "Kiềm Lìn Màn Mình Nhàn Phấu Quày Sìu Tòn Vần Xuân Lồng Chánh").split(),
            ("Mẩy Xoa Chài Sử Mai Lở Dung Phảy Chạn Sành Dếnh Lai Kiều Nái Phấy Liều Quẩy Chiêu Dìn Lìu Mùi Nhàn "
             "Phin Sảy Tòn Xuân Chạn Vạn").split()),
    "tay": (WP([("Hoàng", 14), ("Nông", 12), ("La", 8), ("Ma", 8), ("Lường", 5), ("Hà", 8), ("Đàm", 5), ("Lục", 4), ("Hứa", 4),
                ("Bế", 4), ("Lộc", 3), ("Nguyễn", 8), ("Triệu", 3), ("Vi", 2)]),
            _K_MID_M, _K_MID_F, _K_GIV_M, _K_GIV_F),
    "giay": (WP([("Lù", 10), ("Vàng", 8), ("Hoàng", 6), ("Lò", 8), ("Sần", 6), ("Lồ", 4), ("Giàng", 3), ("Sèn", 3)]),
             WP([("Văn", 6), ("Seo", 2), ("A", 1)]), WP([("Thị", 8)]),
             "Dương Dũng Sử Páo Chăn Pấu Tờ Sìn Dín Lìn Khoa Phủ Tiến Thắng Minh Chiến".split(),
             "Ngân Mai Dín Sìn Lan Nhung Hoa Thu Xuân Chiên".split()),
    "thai": (WP([("Lò", 14), ("Hà", 10), ("Lường", 10), ("Cầm", 6), ("Điêu", 5), ("Quàng", 4), ("Tòng", 4), ("Lừ", 3), ("Vì", 3), ("Hoàng", 3)]),
             WP([("Văn", 10)]), WP([("Thị", 10)]),
             ("Pọm Ính Khiêm Thanh Hoan Pấng Tiến Xuân Ún Panh Sơn Phong Chung Ngoan Ươi Hặc Thưởng Cương Dọn Hom "
              "Inh Khoan Lả Mằn Nọi Pánh Sáng Tỉnh Ún Văn Xôm").split(),
             ("Hoa Xuân Lả Ín Ươi Pọm Thanh Hương Lan Mai Nhung Kim Thủy Biên Chiên Dịu Hiên Hom Khiêm Lún Mứng "
              "Nhất Pặng Phượng Sương Ươm Xiêm Ỏn").split()),
    "kinh": (_K_SUR, _K_MID_M, _K_MID_F, _K_GIV_M, _K_GIV_F),
}
ETH_PROF = {
    "urb": WP([("kinh", 85), ("tay", 8), ("dao", 3), ("giay", 2), ("hmong", 2)]),
    "hl": WP([("hmong", 45), ("dao", 22), ("giay", 10), ("tay", 5), ("kinh", 18)]),
    "tay": WP([("tay", 42), ("kinh", 40), ("dao", 13), ("hmong", 5)]),
    "thai": WP([("thai", 42), ("kinh", 40), ("hmong", 10), ("tay", 8)]),
    "low": WP([("kinh", 70), ("tay", 15), ("dao", 10), ("hmong", 5)]),
}
NAME_ALT = {"Seo": "Sèo", "Mỷ": "Mỉ", "Páo": "Pao", "Dình": "Dìn", "Chứ": "Chư", "Tủa": "Tua", "Lử": "Lừ", "Súa": "Sua",
            "Sính": "Sinh", "Pà": "Pa", "Sử": "Sừ", "Tẩn": "Tản", "Lở": "Lỡ", "Mẩy": "Mẫy", "Quẩy": "Quảy", "Lý": "Lí",
            "Thào": "Thò", "Sùng": "Xùng", "Giàng": "Giang", "Chảo": "Chẩu", "Pọm": "Pòm", "Lường": "Lương",
            "Sỹ": "Sĩ", "Thủy": "Thuỷ", "Quý": "Quí", "Mỹ": "Mĩ", "Kỳ": "Kì", "Vĩnh": "Vinh"}
CCCD_OTHER = ["001", "030", "034", "036", "038", "025", "033", "035", "037", "026", "022", "019", "031"]
HIGHLAND_V = ("Sín Lùng Tả Séo Phìn Cốc Pà Ma Hồ Sả Lao Nậm Suối Làng Ngải Sáng Mường Chu Khe Na".split(),
              "Chải Phìn Sán Lìu Cầu Pho Chư Tủng Dền Thàng Hồ Mý Súng Giàng Sang Ngài Chồ Lử Pao Cang Lếch Dìn Sử Pá".split())
LOWLAND_V = ("Khe Làng Đồng Ngòi Nà Thác Gốc Đầm Cây Khuôn Tân Bến Bình Cầu An Hòa Đông Tiên Yên Trung".split(),
             "Lâm Trúc Bầu Mít Dẻ Vầu Hóp Sung Mơ Tre Quế Vải Đa Ngựa Cọ Chè Lụa Hồng Bình Thịnh Xuân Tiến Yên Hợp Tâm Phú".split())

# =========================================================================
# Tax codes (mod-11 check digit), personal ids, phones
# =========================================================================
_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(d9):
    s = 0
    for w, c in zip(_W, d9, strict=False):
        s += w * (ord(c) - 48)
    c = 10 - s % 11
    return -1 if c == 10 else c


def is_valid_mst(s):
    """True for a 10-digit code (optionally with -NNN) whose check digit holds."""
    s = s.strip()
    if len(s) == 14 and s[10] == "-" and s[11:].isdigit():
        s = s[:10]
    return len(s) == 10 and s.isdigit() and check_digit(s[:9]) == ord(s[9]) - 48


_N3 = WP([("0", 55), ("1", 28), ("2", 10), ("3", 4), ("4", 3)])
MOB_PREFIX = WP([(p, w) for p, w in (
    ("096", 6), ("097", 7), ("098", 7), ("086", 4), ("032", 3), ("033", 3), ("034", 3), ("035", 3), ("036", 3),
    ("037", 3), ("038", 3), ("039", 3), ("091", 5), ("094", 4), ("088", 2), ("081", 1.5), ("082", 1.5),
    ("083", 1.5), ("084", 1.5), ("085", 1.5), ("090", 3), ("093", 2), ("089", 1), ("070", 1), ("076", 1),
    ("077", 1), ("078", 1), ("079", 1), ("092", 1), ("056", 0.6), ("058", 0.6), ("099", 0.3), ("059", 0.3))])
NEW2OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
           "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
           "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
           "056": "0186", "058": "0188", "059": "0199"}
OLD_AREA = {"0214": "020", "0216": "029", "024": "04", "028": "08", "0225": "031", "0210": "0210"}
AREA = {_LC: "0214", _YB: "0216"}
_LAND_FIRST = WP([("3", 70), ("6", 20), ("2", 5), ("8", 5)])


def fmt_mob(m, rng, old=False):
    if old:
        o = NEW2OLD.get(m[:3])
        if o:
            m = o + m[3:]
    r = rng.random()
    if len(m) == 11:
        if r < 0.45:
            return m
        if r < 0.65:
            return f"{m[:4]}.{m[4:7]}.{m[7:]}"
        if r < 0.85:
            return f"{m[:4]} {m[4:8]} {m[8:]}"
        return f"{m[:4]}-{m[4:7]}-{m[7:]}"
    if r < 0.40:
        return m
    if r < 0.55:
        return f"{m[:4]}.{m[4:7]}.{m[7:]}"
    if r < 0.68:
        return f"{m[:4]} {m[4:7]} {m[7:]}"
    if r < 0.75:
        return f"{m[:3]} {m[3:6]} {m[6:]}"
    if r < 0.82:
        return "+84" + m[1:]
    if r < 0.87:
        return "84" + m[1:]
    if r < 0.93:
        return f"(+84) {m[1:4]} {m[4:7]} {m[7:]}"
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def fmt_land(t, rng, old=False):
    a, s = t
    if old:
        a = OLD_AREA.get(a, a)
    r = rng.random()
    if r < 0.28:
        return a + s
    if r < 0.45:
        return f"{a}.{s}"
    if r < 0.55:
        return f"{a}.{s[:-3]}.{s[-3:]}"
    if r < 0.67:
        return f"({a}) {s[:-3]} {s[-3:]}"
    if r < 0.77:
        return f"{a} {s}"
    if r < 0.83:
        return f"{a}-{s}"
    if r < 0.89 and not old:
        return f"+84 {a[1:]} {s}"
    if r < 0.95:
        return s
    return f"({a}) {s}"


def fmt_foreign(t, rng):
    cc, num = t
    r = rng.random()
    if cc == "86" and num.startswith("0"):       # chinese landline e.g. 0873-3123456
        if r < 0.5:
            return f"{num[:4]}-{num[4:]}"
        if r < 0.8:
            return f"+86 {num[1:4]} {num[4:]}"
        return f"0086-{num[1:4]}-{num[4:]}"
    if r < 0.30:
        return f"+{cc} {num}"
    if r < 0.45:
        return f"+{cc}-{num}"
    if r < 0.58:
        return f"00{cc} {num}"
    if r < 0.75 and cc == "86":
        return num
    if r < 0.88 and len(num) >= 10:
        return f"+{cc} {num[:3]} {num[3:7]} {num[7:]}"
    return f"{cc}-{num}"


def mistype(c, rng):
    """Typing error on the 10-digit part of a code (keeps '-NNN')."""
    d, rest = c[:10], c[10:]
    if len(d) < 10 or not d.isdigit():
        return c
    i = rng.randrange(10)
    r = rng.random()
    if r < 0.38:
        j = min(i, 8)
        if d[j] != d[j + 1]:
            return d[:j] + d[j + 1] + d[j] + d[j + 2:] + rest
        r = 0.5
    if r < 0.75:
        x = str((int(d[i]) + rng.randint(1, 9)) % 10)
        return d[:i] + x + d[i + 1:] + rest
    if r < 0.88:
        return d[:i] + d[i + 1:] + rest
    return d[:i] + str(rng.randrange(10)) + d[i:] + rest


def excel_damage(c, rng):
    if not c.isdigit():
        return c
    r = rng.random()
    if c[0] == "0" and r < 0.7:
        return c.lstrip("0")
    if r < 0.45:
        return f"{int(c):.5E}"
    if r < 0.75:
        return c + ".0"
    return f"{int(c):.6E}".replace("E+", "e+")


def spaced(c, rng):
    r = rng.random()
    if r < 0.4:
        return f"{c[:4]} {c[4:7]} {c[7:10]}{c[10:]}"
    if r < 0.7:
        return " ".join(c[:10]) + c[10:]
    if r < 0.85:
        return f"{c[:2]} {c[2:10]}{c[10:]}"
    return f"{c[:4]}.{c[4:7]}.{c[7:10]}{c[10:]}"


# =========================================================================
# Entities
# =========================================================================
FORM_VN = WP([("TNHH", 40), ("MTV", 30), ("CP", 22), ("DNTN", 8)])
K_DIST = {
    HHD: WP([(1, 60), (2, 25), (3, 10), (4, 4), (5, 1)]),
    HTX: WP([(1, 44), (2, 28), (3, 15), (4, 7), (5, 4), (6, 2)]),
    VN: WP([(1, 40), (2, 25), (3, 14), (4, 8), (5, 4.5), (6, 3), (7, 2), (8, 1.3), (10, 1.0), (12, 0.6),
            (15, 0.35), (20, 0.2), (30, 0.08), (45, 0.03)]),
    HQO: WP([(1, 30), (2, 25), (3, 18), (4, 10), (5, 6), (6, 4), (8, 3), (10, 2), (14, 1), (20, 0.6), (30, 0.3)]),
    CNF: WP([(1, 24), (2, 22), (3, 17), (4, 12), (5, 8), (6, 5), (7, 4), (8, 3), (10, 2.5), (12, 1.5), (15, 0.8),
             (20, 0.4), (30, 0.2), (45, 0.1)]),
    OFD: WP([(1, 22), (2, 22), (3, 17), (4, 12), (5, 8), (6, 6), (8, 5), (10, 3), (14, 2), (20, 1.5), (30, 1), (45, 0.5)]),
    CNP: WP([(1, 70), (2, 25), (3, 5)]),
}
KIND_MIX = WP([(VN, 47), (HQO, 2.5), (CNF, 5.5), (OFD, 1.5), (HTX, 8), (HHD, 35.5)])


class Ent:
    __slots__ = ("tid", "kind", "form", "sect", "sph", "brand", "suf", "core", "en", "cn", "han", "py", "pyt",
                 "hv", "term", "cnst", "old", "loc", "det", "park", "oloc", "odet", "opark", "voff", "mst",
                 "brs", "hq", "land", "mob", "mob2", "omob", "cnph", "acct", "owner", "cccd", "pmst", "cmnd",
                 "trade", "act", "irc", "bhxh", "k", "trader", "new", "uscc", "parent")

    def __init__(self, kind):
        self.kind = kind
        self.form = self.sect = self.sph = self.brand = self.suf = self.core = self.en = ""
        self.cn = self.han = self.pyt = self.hv = self.cnst = self.mst = self.mob = self.mob2 = ""
        self.omob = self.acct = self.cccd = self.pmst = self.cmnd = self.trade = self.act = ""
        self.irc = self.bhxh = self.uscc = self.parent = ""
        self.py = self.term = self.old = self.oloc = self.odet = self.voff = self.brs = None
        self.hq = self.land = self.cnph = self.owner = self.det = None
        self.loc = 0
        self.park = self.opark = -1
        self.k = 1
        self.trader = self.new = False


class Gen:
    def __init__(self, n, seed):
        self.rng = rng = FastRandom(seed)
        self.n = n
        E = max(60.0, n / 2.3)
        C = E * 0.55
        self.p_pop = min(0.22, 7 * len(POPULAR) / C)
        self.p_init = min(0.05, 2 * len(_INIT) ** 3 / C)
        self.p_amp = min(0.15, 1500 / C)
        self.p_rich = max(0.0, min(0.85, 1.0 - 20000.0 / (E * 0.355)))   # person-name variety grows with n
        self.p_2syl = min(0.62, 2.0 * len(BRAND_SYL) ** 2 / C)
        self.p_cn2 = min(0.9, 3.0 * len(CN_CHARS) ** 2 / (E * 0.05))
        self.used = set()
        self.cores = set()
        self.recent = []
        self.acct = []
        for _ in range(max(4, int(E // 350))):
            if rng.random() < 0.5:
                self.acct.append(("L", (AREA[_LC if rng.random() < 0.55 else _YB], _LAND_FIRST.pick(rng) + f"{rng.randrange(10**6):06d}")))
            else:
                self.acct.append(("M", self.mobile()))
        self.voffs = {_LC: [], _YB: []}
        for prov, vl in self.voffs.items():
            urb = [i for i in range(len(LOCS)) if LOCS[i].streets and LOCS[i].oct == "phường" and LOCS[i].oprov == prov]
            for _ in range(max(2, int(E // 1800))):
                li = rng.choice(urb)
                vl.append((li, ("vo", str(rng.randint(2, 9)), self.housenum(), rng.choice(LOCS[li].streets))))

    # ---------------------------------------------------------- primitives
    def mobile(self):
        return MOB_PREFIX.pick(self.rng) + f"{self.rng.randrange(10**7):07d}"

    def landline(self, prov):
        return (AREA[prov], _LAND_FIRST.pick(self.rng) + f"{self.rng.randrange(10**6):06d}")

    def housenum(self):
        rng = self.rng
        r = rng.random()
        n = rng.randint(1, 480)
        if r < 0.82:
            return str(n)
        if r < 0.92:
            return f"{n}{rng.choice('ABC')}"
        return f"{n}/{rng.randint(1, 40)}"

    def new_mst(self, prefix):
        rng = self.rng
        while True:
            d9 = prefix + _N3.pick(rng) + f"{rng.randrange(10**6):06d}"
            c = check_digit(d9)
            if c < 0:
                continue
            m = d9 + str(c)
            if m not in self.used:
                self.used.add(m)
                if len(self.recent) < 4000:
                    self.recent.append(m)
                else:
                    self.recent[rng.randrange(4000)] = m
                return m

    def near_mst(self, m):
        base = int(m[:9]) + self.rng.randint(1, 40)
        while True:
            d9 = f"{base:09d}"
            c = check_digit(d9)
            if c >= 0 and d9 + str(c) not in self.used:
                self.used.add(d9 + str(c))
                return d9 + str(c)
            base += 1

    def personal_mst(self):
        while True:
            d9 = "8" + f"{self.rng.randrange(10**8):08d}"
            c = check_digit(d9)
            if c >= 0:
                return d9 + str(c)

    def person(self, prof, sex=None, sur=None):
        rng = self.rng
        eth = ETH_PROF[prof].pick(rng)
        s, mm, mf, gm, gf = ETH[eth]
        if sex is None:
            sex = "M" if rng.random() < 0.6 else "F"
        m = sex == "M"
        rich = rng.random() < self.p_rich
        if eth not in ("kinh", "tay") and rng.random() < (0.6 if rich else 0.35):   # Kinh given names are common too
            gm, gf = _K_GIV_M, _K_GIV_F
        if rich and eth != "hmong":
            mid = rng.choice(_MID_RICH_M if m else _MID_RICH_F)
        else:
            mid = (mm if m else mf).pick(rng)
        name = f"{sur or s.pick(rng)} {mid} {rng.choice(gm if m else gf)}"
        return (name, sex, rng.randint(1955, 2003), eth)

    def ids_for(self, e, prov):
        rng = self.rng
        p = e.owner
        code = ("010" if prov == _LC else "015") if (p[3] != "kinh" or rng.random() < 0.65) else rng.choice(CCCD_OTHER)
        g = (0 if p[1] == "M" else 1) + (2 if p[2] >= 2000 else 0)
        e.cccd = f"{code}{g}{p[2] % 100:02d}{rng.randrange(10**6):06d}"
        if rng.random() < 0.55:
            e.pmst = self.personal_mst()
        if p[2] < 2000 and rng.random() < 0.5:
            e.cmnd = ("063" if prov == _LC else "060") + f"{rng.randrange(10**6):06d}"

    def brand(self):
        rng = self.rng
        r = rng.random()
        if r < self.p_pop:
            return rng.choice(POPULAR), "pop"
        r -= self.p_pop
        if r < self.p_init:
            if rng.random() < self.p_amp:
                a = rng.choice(_INIT)
                return f"{a}&{rng.choice(_INIT) if rng.random() < 0.4 else a}", "init"
            return "".join(rng.choice(_INIT) for _ in range(3)), "init"
        r -= self.p_init
        if r < 0.025:
            s = "".join(rng.choice(_FR_C) + rng.choice(_FR_V) for _ in range(rng.randint(2, 3)))
            s = s + rng.choice(_FR_END)
            return ("Vina" + s if rng.random() < 0.25 else s).capitalize(), "for"
        a = rng.choice(BRAND_SYL)
        b = rng.choice(BRAND_SYL)
        while b == a:
            b = rng.choice(BRAND_SYL)
        if rng.random() < self.p_2syl:
            return f"{a} {b}", "2"
        c = rng.choice(BRAND_END) if rng.random() < 0.6 else rng.choice(BRAND_SYL)
        if c in (a, b):
            c = "Phát" if "Phát" not in (a, b) else "Thịnh"
        return f"{a} {b} {c}", "3"

    def unique(self, parts, dkey):
        """Company/HTX names are unique province-wide (and nationally)."""
        rng = self.rng
        sph, brand, suf = parts
        for attempt in range(8):
            core = " ".join(x for x in (sph, brand, suf) if x)
            key = fold(core).lower()
            if key not in self.cores:
                self.cores.add(key)
                return core, suf
            if attempt < 2:
                suf = rng.choice(CITY_SUF.get(dkey, ["Lào Cai", "Yên Bái"]))
            elif attempt < 5:
                suf = rng.choice(NUM_SUF)
            else:
                suf = str(rng.randint(2, 9999))
        self.cores.add(fold(core).lower())
        return core, suf

    def village(self, L):
        rng = self.rng
        if L.prof == "hl":
            a, b = HIGHLAND_V
            return ("thon", f"{rng.choice(a)} {rng.choice(b)}", "Bản" if rng.random() < 0.5 else "Thôn")
        if rng.random() < 0.3:
            return ("thon", str(rng.randint(1, 16)), "Thôn")
        a, b = LOWLAND_V
        return ("thon", f"{rng.choice(a)} {rng.choice(b)}", "Thôn")

    def detail(self, li, company):
        rng = self.rng
        L = LOCS[li]
        r = rng.random()
        if L.urban:
            if L.streets and r < 0.65:
                return ("st", self.housenum(), rng.choice(L.streets))
            if L.roads and r < 0.8:
                return ("km", str(rng.randint(1, 30)), rng.choice(L.roads))
            return ("to", str(rng.randint(1, 30)))
        if L.roads and r < (0.3 if company else 0.12):
            return ("km", str(rng.randint(1, 45)), rng.choice(L.roads))
        return self.village(L)

    def lot(self):
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            return f"{rng.choice('ABCDEFGH')}{rng.randint(1, 30)}"
        if r < 0.7:
            return f"CN{rng.randint(1, 25)}"
        if r < 0.85:
            return f"{rng.choice('ABCDE')}-{rng.randint(1, 15)}"
        return f"{rng.choice('ABCD')}{rng.randint(1, 9)}.{rng.randint(1, 9)}"

    def place(self, sect, company=True, park_p=None, dist_wp=None):
        """Return (loc, det, park)."""
        rng = self.rng
        pp = PARK_P.get(sect, 0.0) if park_p is None else park_p
        if pp and sect in SECT_PARK_WP and rng.random() < pp:
            pk = SECT_PARK_WP[sect].pick(rng)
            return PARK_LOC[pk], ("lot", self.lot(), pk), pk
        d = (dist_wp or SECT_DIST_WP[sect]).pick(rng)
        ids = DIST_LOCS[d]
        if company and rng.random() < 0.6 and DIST_URB[d]:
            ids = DIST_URB[d]
        li = rng.choice(ids)
        return li, self.detail(li, company), -1

    def suffix(self, dkey):
        rng = self.rng
        r = rng.random()
        if r < 0.55:
            return ""
        if r < 0.75:
            return rng.choice(CITY_SUF.get(dkey, ["Lào Cai"]))
        if r < 0.87:
            return rng.choice(NUM_SUF)
        if r < 0.95:
            return rng.choice(OTHER_SUF)
        return ""

    def phones(self, e, prov, p_land, p_mob, p_mob2=0.15):
        rng = self.rng
        if rng.random() < p_land:
            e.land = self.landline(prov)
        if rng.random() < p_mob or e.land is None:
            e.mob = self.mobile()
        if rng.random() < p_mob2:
            e.mob2 = self.mobile()
        if rng.random() < 0.08 and not e.new:
            e.omob = self.mobile()

    # ---------------------------------------------------------- companies
    def mk_vn(self, sect=None, brand=None, form=None, suf=None, place=None, sph=None):
        rng = self.rng
        e = Ent(VN)
        e.sect = sect or VN_SECT.pick(rng)
        e.form = form or FORM_VN.pick(rng)
        bt = "given"
        if brand is None:
            brand, bt = self.brand()
        if sph is None:
            r = rng.random()
            ps = 0.85 if bt in ("pop", "init") else 0.6
            if r < ps:
                sph, sen = rng.choice(SECT[e.sect]["ph"])
            elif r < ps + 0.2:
                sph, sen = rng.choice(GENERIC_PH)
            else:
                sph, sen = "", ""
        else:
            sph, sen = sph
        e.loc, e.det, e.park = place or self.place(e.sect)
        L = LOCS[e.loc]
        e.new = rng.random() < 0.05
        if suf is None:
            suf = self.suffix(L.dkey)
        e.core, e.suf = self.unique((sph, brand, suf), L.dkey)
        e.sph, e.brand = sph, brand
        e.en = " ".join(x for x in (fold(brand), fold(e.suf), sen) if x)
        e.mst = self.new_mst("53" if (e.new or L.oprov == _LC) else "52")
        e.trader = rng.random() < TRADER_P[e.sect]
        self.phones(e, L.oprov, 0.62, 0.92, 0.18)
        if rng.random() < 0.12:
            e.acct = self.acct[int(len(self.acct) * rng.random() ** 2)]
        if e.park < 0 and rng.random() < 0.04:
            vl = self.voffs[L.oprov]
            e.voff = vl[int(len(vl) * rng.random() ** 1.5)]
        e.bhxh = f"{'LC' if L.oprov == _LC else 'YB'}{rng.randrange(10**4):04d}{rng.choice('ABCDEFGHKLMNPZ')}"
        if e.park >= 0:
            e.irc = f"{rng.randint(1, 9)}{rng.randrange(10**9):09d}"
        if e.form == "DNTN" or rng.random() < 0.3:
            e.owner = self.person(L.prof)
        if not e.new:
            r = rng.random()
            if r < 0.085:
                self.add_old_name(e)
            elif r < 0.11 and e.form in ("MTV", "TNHH"):
                self.add_household_past(e, L)
            if rng.random() < 0.06:
                e.oloc, e.odet, e.opark = self.place(e.sect)
        if rng.random() < 0.05:
            self.add_branches(e, rng.choice((1, 1, 1, 2, 2, 3)))
        return e

    def add_old_name(self, e):
        rng = self.rng
        r = rng.random()
        if r < 0.4 and e.form in ("TNHH", "MTV"):
            e.old = ("DNTN", " ".join(x for x in (e.brand, e.suf) if x))
            if e.owner is None:
                e.owner = self.person(LOCS[e.loc].prof)
        elif r < 0.7 and e.form == "CP":
            e.old = ("TNHH" if rng.random() < 0.5 else "MTV", e.core)
        else:
            ob, _ = self.brand()
            oc, _ = self.unique((e.sph, ob, e.suf), LOCS[e.loc].dkey)
            e.old = (e.form if rng.random() < 0.7 else FORM_VN.pick(rng), oc)

    def add_household_past(self, e, L):
        """Company converted from a household business (same truth)."""
        rng = self.rng
        if e.owner is None:
            e.owner = self.person(L.prof)
        hh = SECT[e.sect]["hh"] or SECT["mech"]["hh"]
        e.act = rng.choice(hh)
        e.trade = e.brand if rng.random() < 0.6 else e.owner[0].split()[-1]
        self.ids_for(e, L.oprov)
        e.old = ("HKD", e.trade)

    def add_branches(self, e, nb, far=False):
        rng = self.rng
        e.brs = []
        code = 0
        for _ in range(nb):
            code += 1 if rng.random() < 0.8 else rng.randint(2, 4)
            li, det, pk = self.place(e.sect)
            L = LOCS[li]
            r = rng.random()
            bk = "cn" if (r < 0.55 or e.sect == "trade") else ("nm" if r < 0.93 else "vp")
            ph = ("L", self.landline(L.oprov)) if rng.random() < 0.6 else ("M", self.mobile())
            fact = rng.choice(SECT[e.sect]["fact"])
            e.brs.append((f"{code:03d}", li, det, pk, bk, ph, fact, L.odn if rng.random() < 0.5 else L.ocn))

    def mk_hqo(self):
        rng = self.rng
        e = Ent(HQO)
        e.sect = VN_SECT.pick(rng)
        e.form = WP([("CP", 50), ("TNHH", 30), ("MTV", 20)]).pick(rng)
        brand, bt = self.brand()
        if rng.random() < 0.7:
            sph, sen = rng.choice(SECT[e.sect]["ph"])
        else:
            sph, sen = rng.choice(GENERIC_PH)
        suf = rng.choice(["", "", "", "Việt Nam", "Group", "Miền Bắc", "Thăng Long"])
        e.core, e.suf = self.unique((sph, brand, suf), "")
        e.sph, e.brand = sph, brand
        e.en = " ".join(x for x in (fold(brand), fold(e.suf), sen) if x)
        ci = HQ_CITY_WP.pick(rng)
        c = HQ_CITIES[ci]
        e.hq = (ci, ("st", self.housenum(), rng.choice(c[6])), rng.randrange(len(c[5])))
        e.mst = self.new_mst(c[0])
        self.add_branches(e, 1 if rng.random() < 0.75 else rng.choice((2, 2, 3)))
        e.loc, e.det, e.park = e.brs[0][1], e.brs[0][2], e.brs[0][3]
        e.land = (c[3], str(rng.randint(2, 6)) + f"{rng.randrange(10**(c[4] - 1)):0{c[4] - 1}d}")
        if rng.random() < 0.6:
            e.mob = self.mobile()
        e.trader = rng.random() < TRADER_P[e.sect] + 0.15
        e.bhxh = f"{'LC' if LOCS[e.loc].oprov == _LC else 'YB'}{rng.randrange(10**4):04d}{rng.choice('ABCDEFGHKLMNPZ')}"
        if rng.random() < 0.05:
            self.add_old_name(e)
        return e

    def mk_cnf(self, han=None, avoid_sect=None, avoid_park=-1):
        rng = self.rng
        e = Ent(CNF)
        e.sect = CN_SECT.pick(rng)
        while e.sect == avoid_sect:
            e.sect = CN_SECT.pick(rng)
        e.term = rng.choice(SECT[e.sect]["cn"])
        if han is None:
            chars = rng.sample(CN_CHARS, 2 if rng.random() < self.p_cn2 else 3)
            han = ("".join(c[0] for c in chars), [c[1].capitalize() for c in chars],
                   "".join(c[2] for c in chars).capitalize(), " ".join(c[3] for c in chars))
        e.han, e.py, e.pyt, e.hv = han
        e.form = WP([("MTV", 65), ("TNHH", 20), ("CP", 15)]).pick(rng)
        e.cnst = "hv" if rng.random() < 0.6 else "py"
        sph, sen = rng.choice(SECT[e.sect]["ph"])
        r = rng.random()
        if r < 0.25:
            sph = e.term[3]
        elif r < 0.4:
            sph = ""
        e.sph = sph
        suf = WP([("Việt Nam", 45), ("Lào Cai", 20), ("", 25), ("Quốc tế", 10)]).pick(rng)
        pyj = "".join(e.py).capitalize()
        if e.cnst == "hv":
            brand = e.hv
        else:
            brand = pyj
        e.brand = brand
        if suf == "Quốc tế":
            core = " ".join(x for x in (sph, "Quốc tế", brand) if x)
            e.core, _ = self.unique((core, "", ""), "tplc")
            e.suf = ""
        else:
            e.core, e.suf = self.unique((sph, brand, suf), "tplc")
        PY = pyj
        r = rng.random()
        if r < 0.4:
            e.en = f"{PY} (Vietnam) {sen}"
        elif r < 0.7:
            e.en = f"{PY} {sen} Vietnam"
        elif r < 0.85:
            e.en = f"Lao Cai {PY} {sen}"
        else:
            e.en = f"{PY} International {sen}"
        t = e.term[0]
        tail = "股份有限公司" if e.form == "CP" else "有限公司"
        r = rng.random()
        if r < 0.35:
            e.cn = f"{e.han}(越南){t}{tail}"
        elif r < 0.6:
            e.cn = f"老街{e.han}{t}{tail}"
        elif r < 0.8:
            e.cn = f"越南{e.han}{t}{tail}"
        else:
            e.cn = f"{e.han}{t}(越南){tail}"
        pk = -1
        if rng.random() < 0.7 and e.sect in SECT_PARK_WP:
            for _ in range(4):
                pk = SECT_PARK_WP[e.sect].pick(rng)
                if pk != avoid_park:
                    break
        if pk >= 0 and pk != avoid_park:
            e.loc, e.det, e.park = PARK_LOC[pk], ("lot", self.lot(), pk), pk
        else:
            dwp = WP([(DKEY["tplc"], 60), (DKEY["batxat"], 12), (DKEY["muongkhuong"], 10), (DKEY["baothang"], 12),
                      (DKEY["tpyb"], 6)])
            e.loc, e.det, e.park = self.place(e.sect, True, 0.0, dwp)
        L = LOCS[e.loc]
        e.new = rng.random() < 0.06
        e.mst = self.new_mst("53" if (e.new or L.oprov == _LC) else "52")
        e.irc = f"{rng.randint(1, 9)}{rng.randrange(10**9):09d}"
        e.bhxh = f"{'LC' if L.oprov == _LC else 'YB'}{rng.randrange(10**4):04d}{rng.choice('ABCDEFGHKLMNPZ')}"
        self.phones(e, L.oprov, 0.55, 0.65, 0.1)
        if rng.random() < 0.85:
            e.cnph = ("86", "1" + rng.choice("3456789") + f"{rng.randrange(10**9):09d}")
        elif rng.random() < 0.5:
            e.cnph = ("86", "0873" + f"{rng.randint(3000000, 3999999)}")
        e.trader = rng.random() < 0.85
        if not e.new and rng.random() < 0.05:
            e.oloc, e.odet, e.opark = self.place(e.sect, True, 0.0, SECT_DIST_WP["trade"])
        if rng.random() < 0.04:
            self.add_branches(e, 1)
        return e

    def mk_cnp(self, f):
        """The Chinese investor (a foreign legal person, own truth)."""
        rng = self.rng
        e = Ent(CNP)
        city = rng.choice(CN_CITY)
        grp = rng.random() < 0.2
        term = f.term if rng.random() < 0.7 else rng.choice(SECT["trade"]["cn"])
        e.han, e.py, e.pyt, e.hv = f.han, f.py, f.pyt, f.hv
        e.term = term
        e.form = "TNHH"
        e.cn = f"{city[0]}{f.han}{term[0]}{'集团' if grp else ''}有限公司"
        PY = "".join(f.py).capitalize()
        sen = {"化工": "Chemical", "矿业": "Mining", "贸易": "Trading", "商贸": "Trading", "进出口": "Import and Export",
               "物流": "Logistics", "木业": "Wood", "冶金": "Metallurgy"}.get(term[0], fold(term[3]))
        e.en = f"{city[1]} {PY} {sen}{' Group' if grp else ''}"
        e.core = f"{term[3]} {f.hv} {city[2]}" if not grp else f"Tập đoàn {term[3]} {f.hv} {city[2]}"
        e.det = f"{city[3]}{rng.choice(CN_ROADS)}{rng.randint(1, 300)}号"
        if rng.random() < 0.5:
            al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
            e.uscc = "915325" + "".join(rng.choice(al) for _ in range(12))
        e.cnph = ("86", "1" + rng.choice("3578") + f"{rng.randrange(10**9):09d}")
        if rng.random() < 0.4:
            e.land = ("86", ("0873" if city[0] in ("河口", "红河", "蒙自", "个旧") else "0871") + f"{rng.randint(2000000, 8999999)}")
        e.loc = f.loc
        return e

    def mk_ofd(self):
        rng = self.rng
        e = Ent(OFD)
        e.sect = OF_SECT.pick(rng)
        r = rng.random()
        if r < 0.5:
            a = rng.choice(KR_SYL)
            b = rng.choice(KR_SYL)
            root, cc = a + b.lower(), "82"
        elif r < 0.75:
            root, cc = rng.choice(JP_A) + rng.choice(JP_B), "81"
        else:
            root, cc = f"{rng.choice(TW_SYL)} {rng.choice(TW_SYL)}", "886"
        e.brand = root
        ph = rng.choice(FOREIGN_PH[e.sect])
        e.form = WP([("MTV", 70), ("TNHH", 20), ("CP", 10)]).pick(rng)
        r = rng.random()
        if r < 0.45:
            core, e.en = f"{root} Vina", f"{root} Vina"
        elif r < 0.75:
            core, e.en = f"{root} Việt Nam", f"{root} Vietnam"
        else:
            core, e.en = f"{FOREIGN_PH_VN[ph]} {root} Việt Nam", f"{root} {ph} Vietnam"
            e.sph = FOREIGN_PH_VN[ph]
        e.core, _ = self.unique((core, "", ""), "tpyb")
        e.loc, e.det, e.park = self.place(e.sect, True, 0.85)
        L = LOCS[e.loc]
        e.new = rng.random() < 0.06
        e.mst = self.new_mst("53" if (e.new or L.oprov == _LC) else "52")
        e.irc = f"{rng.randint(1, 9)}{rng.randrange(10**9):09d}"
        e.bhxh = f"{'LC' if L.oprov == _LC else 'YB'}{rng.randrange(10**4):04d}{rng.choice('ABCDEFGHKLMNPZ')}"
        self.phones(e, L.oprov, 0.8, 0.55, 0.1)
        if rng.random() < 0.35:
            e.cnph = (cc, ("10" if cc == "82" else "90" if cc == "81" else "9") + f"{rng.randrange(10**8):08d}")
        e.trader = rng.random() < 0.8
        return e

    def mk_htx(self):
        rng = self.rng
        e = Ent(HTX)
        e.sect = HTX_SECT.pick(rng)
        e.form = "HTX"
        e.act = rng.choice(SECT[e.sect]["htx"])
        e.loc, e.det, e.park = self.place(e.sect, False, 0.0)
        L = LOCS[e.loc]
        r = rng.random()
        if r < 0.6:
            v = self.village(L)[1]
            part = v if not v.isdigit() else rng.choice(HIGHLAND_V[0] if L.prof == "hl" else LOWLAND_V[0]) + " " + rng.choice(LOWLAND_V[1])
        else:
            part = self.brand()[0]
        e.core, _ = self.unique((e.act, part, ""), L.dkey)
        e.sph = e.act
        e.brand = part
        e.en = f"{fold(part)} {fold(e.act)}"
        e.owner = self.person(L.prof)
        e.new = rng.random() < 0.05
        if rng.random() < 0.9:
            e.mst = self.new_mst("53" if (e.new or L.oprov == _LC) else "52")
        self.phones(e, L.oprov, 0.08, 0.96, 0.1)
        e.trader = rng.random() < 0.04
        if not e.new and rng.random() < 0.06:
            e.old = ("THT", e.core)
        e.bhxh = f"{'LC' if L.oprov == _LC else 'YB'}{rng.randrange(10**4):04d}{rng.choice('ABCDEFGHKLMNPZ')}"
        return e

    def mk_hh(self):
        rng = self.rng
        e = Ent(HHD)
        e.sect = HH_SECT.pick(rng)
        e.form = "HKD"
        e.act = rng.choice(SECT[e.sect]["hh"])
        e.loc, e.det, e.park = self.place(e.sect, False, 0.0)
        L = LOCS[e.loc]
        e.owner = self.person(L.prof)
        r = rng.random()
        if r < 0.5:
            giv = e.owner[0].split()[-1]
            r2 = rng.random()
            if r2 < 0.35:
                sp = rng.choice(_K_GIV_F if e.owner[1] == "M" else _K_GIV_M)
                e.trade = f"{giv} {sp}" if e.owner[1] == "M" else f"{sp} {giv}"
            elif r2 < 0.6:
                e.trade = giv
            else:
                e.trade = self.brand()[0]
        e.new = rng.random() < 0.05
        self.ids_for(e, L.oprov)
        self.phones(e, L.oprov, 0.04, 0.97, 0.1)
        return e

    # ---------------------------------------------------------- groups
    def group(self):
        rng = self.rng
        k = KIND_MIX.pick(rng)
        if k == VN:
            e = self.mk_vn()
            g = [e]
            if rng.random() < 0.05:
                for _ in range(1 if rng.random() < 0.8 else 2):
                    g.append(self.sister(e))
            if rng.random() < (0.07 if e.form == "CP" else 0.01):
                g.append(self.subsidiary(e))
            return g
        if k == HQO:
            return [self.mk_hqo()]
        if k == CNF:
            e = self.mk_cnf()
            g = [e]
            if rng.random() < 0.22:
                g.append(self.mk_cnp(e))
            if rng.random() < 0.06:
                g.append(self.mk_cnf((e.han, e.py, e.pyt, e.hv), e.sect, e.park))
            return g
        if k == OFD:
            return [self.mk_ofd()]
        if k == HTX:
            e = self.mk_htx()
            if rng.random() < 0.15:       # the director's own household business (other truth)
                h = self.mk_hh()
                h.owner, h.mob = e.owner, e.mob
                if rng.random() < 0.7:
                    h.loc, h.det = e.loc, e.det
                if SECT[e.sect]["hh"]:
                    h.sect, h.act = e.sect, rng.choice(SECT[e.sect]["hh"])
                self.ids_for(h, LOCS[h.loc].oprov)
                return [e, h]
            return [e]
        return [self.mk_hh()]

    def sister(self, a):
        """Sister firm of the same family: same brand, shared phone, near code."""
        rng = self.rng
        sect = a.sect if rng.random() < 0.5 else VN_SECT.pick(rng)
        phs = [p for p in SECT[sect]["ph"] + GENERIC_PH if p[0] != a.sph]
        sph = rng.choice(phs)
        form = WP([("TNHH", 35), ("MTV", 35), ("CP", 30)]).pick(rng)
        same = rng.random() < 0.6
        place = (a.loc, a.det, a.park) if same else None
        suf = a.suf if rng.random() < 0.7 else None
        s = self.mk_vn(sect=sect, brand=a.brand, form=form, suf=suf, place=place, sph=sph)
        if rng.random() < 0.65 and a.mst[:2] == s.mst[:2]:
            self.used.discard(s.mst)
            s.mst = self.near_mst(a.mst)
        if rng.random() < 0.7 and a.mob:
            s.mob = a.mob
        if rng.random() < 0.5 and a.land:
            s.land = a.land
        if a.acct and rng.random() < 0.6:
            s.acct = a.acct
        if a.owner is not None and rng.random() < 0.7:
            s.owner = self.person(LOCS[s.loc].prof, sur=a.owner[0].split()[0])
        return s

    def subsidiary(self, a):
        rng = self.rng
        rel = {"chem": "mine", "mine": "mech", "wood": "trade", "bmat": "mine", "trade": "trade"}
        sect = rel.get(a.sect, a.sect) if rng.random() < 0.5 else VN_SECT.pick(rng)
        phs = [p for p in SECT[sect]["ph"] if p[0] != a.sph] or GENERIC_PH
        s = self.mk_vn(sect=sect, brand=a.brand, form="MTV" if rng.random() < 0.7 else "TNHH",
                       sph=rng.choice(phs), suf=None)
        if a.land and rng.random() < 0.25:
            s.land = a.land
        s.parent = f"Công ty {'CP' if a.form == 'CP' else 'TNHH'} {a.core}"
        return s

    def draw_k(self, e):
        rng = self.rng
        k = K_DIST[e.kind].pick(rng)
        if e.brs:
            for _ in e.brs:
                if rng.random() < 0.6:
                    k += 1
        return k

    _WCACHE = {}

    def src_wp(self, e):
        L = LOCS[e.loc]
        provs = [L.oprov]
        if e.oloc is not None and LOCS[e.oloc].oprov != L.oprov:
            provs.append(LOCS[e.oloc].oprov)
        key = (e.kind, e.park >= 0, tuple(provs), e.trader, L.dkey in BORDER_D, e.new)
        wp = self._WCACHE.get(key)
        if wp is not None:
            return wp
        k = e.kind
        w = [0.0] * 11
        sct = 0.0
        if k in (VN, HQO):
            w[THUE], w[BQL], w[TKD], w[BHX], w[KCH], w[ZAL], w[HDD] = 17, (30 if e.park >= 0 else 0), 12, 12, 4, 6, 14
            w[KKT] = 6 if (e.trader and L.dkey in BORDER_D) else 0
            w[HQL] = 20 if e.trader else 1.5
            sct = 19
            if k == HQO:
                w[HQL] += 4
                w[HDD] += 2
        elif k == CNF:
            w[THUE], w[BQL], w[KKT], w[TKD], w[BHX], w[ZAL], w[HDD] = 14, (18 if e.park >= 0 else 0), 40, 7, 9, 2, 10
            w[HQL] = 18 if e.trader else 5
            sct = 6
        elif k == OFD:
            w[THUE], w[BQL], w[TKD], w[BHX], w[ZAL], w[HDD] = 15, (22 if e.park >= 0 else 0), 9, 15, 2, 12
            w[HQL] = 14 if e.trader else 4
            sct = 8
        elif k == CNP:
            w[KKT], w[HQL] = 65, 35
        elif k == HTX:
            w[THUE], w[TKD], w[BHX], w[KCH], w[ZAL], w[HDD] = 10, 9, 5, 26, 12, 6
            w[HQL] = 1.5 if e.trader else 0
            sct = 16
        else:
            w[THUE], w[TKD], w[KCH], w[ZAL], w[HDD], w[BHX] = 14, 13, 27, 16, 5, 0.5
            sct = 10
        if e.new:
            sct = 0
            w[TKD] *= 0.3
        if k != CNP:
            for p in provs:
                w[SLC if p == _LC else SYB] += sct * (0.9 if p == _LC else 1.25) / len(provs)
        wp = WP(list(enumerate(w)))
        self._WCACHE[key] = wp
        return wp

# =========================================================================
# Rendering: how each source writes names, codes, addresses and phones
# =========================================================================
FORMS = {
    "TNHH": {"full": ["Công ty trách nhiệm hữu hạn", "Công ty TNHH hai thành viên trở lên"], "std": ["Công ty TNHH"],
             "short": ["Cty TNHH", "C.ty TNHH", "CT TNHH", "Cty. TNHH", "Cty TNHH", "Cty TNHH"], "bare": ["TNHH"]},
    "MTV": {"full": ["Công ty trách nhiệm hữu hạn một thành viên", "Công ty TNHH một thành viên"],
            "std": ["Công ty TNHH MTV", "Công ty TNHH", "Công ty TNHH một thành viên", "Công ty TNHH MTV"],
            "short": ["Cty TNHH MTV", "Cty TNHH 1TV", "Cty TNHH", "Cty TNHH 1 TV", "CT TNHH MTV", "Cty TNHH MTV"],
            "bare": ["TNHH MTV", "TNHH 1TV"]},
    "CP": {"full": ["Công ty cổ phần"], "std": ["Công ty CP", "Công ty Cổ phần", "Công ty cổ phần"],
           "short": ["CTCP", "Cty CP", "Cty Cổ phần", "C.ty CP", "Cty CP"], "bare": ["CP", "CTCP"]},
    "DNTN": {"full": ["Doanh nghiệp tư nhân"], "std": ["DNTN", "Doanh nghiệp tư nhân"],
             "short": ["DNTN", "DN TN", "DN tư nhân"], "bare": ["DNTN"]},
    "HTX": {"full": ["Hợp tác xã"], "std": ["Hợp tác xã", "HTX"], "short": ["HTX", "H.T.X", "HTX"], "bare": ["HTX"]},
    "THT": {"full": ["Tổ hợp tác"], "std": ["Tổ hợp tác"], "short": ["THT", "Tổ HT"], "bare": ["THT"]},
}
FORM_EN = {
    "TNHH": ["CO., LTD", "COMPANY LIMITED", "CO.,LTD", "CO. LTD", "LIMITED COMPANY", "LTD"],
    "MTV": ["CO., LTD", "COMPANY LIMITED", "ONE MEMBER CO., LTD", "ONE MEMBER LIMITED LIABILITY COMPANY", "CO.,LTD", "LIMITED"],
    "CP": ["JOINT STOCK COMPANY", "JSC", "CORPORATION", "J.S.C", "CORP", "., JSC"],
    "DNTN": ["PRIVATE ENTERPRISE", "ENTERPRISE"], "HTX": ["COOPERATIVE", "CO-OPERATIVE"], "THT": ["COOPERATIVE GROUP"],
}
_FE_TITLE = {f: (f if f in ("JSC", "J.S.C", "., JSC") else f.title()) for v in FORM_EN.values() for f in v}
# per source: p(old admin names), p(mixed old/new), p(pre-2018 phones), p(former name), p(former address)
ERA = {THUE: (0.5, 0.1, 0.05, 0.1, 0.15), BQL: (0.55, 0.1, 0.1, 0.3, 0.3), KKT: (0.5, 0.1, 0.05, 0.3, 0.3),
       SLC: (1.0, 0.0, 0.5, 0.6, 0.6), SYB: (1.0, 0.0, 0.55, 0.6, 0.6), TKD: (0.8, 0.1, 0.15, 0.4, 0.4),
       HQL: (0.6, 0.1, 0.05, 0.2, 0.2), BHX: (0.7, 0.1, 0.15, 0.3, 0.3), KCH: (0.6, 0.15, 0.2, 0.3, 0.3),
       ZAL: (0.25, 0.3, 0.0, 0.05, 0.05), HDD: (0.35, 0.15, 0.02, 0.1, 0.1)}
PH_FILL = {THUE: 0.45, BQL: 0.7, KKT: 0.6, SLC: 0.8, SYB: 0.75, TKD: 0.8, HQL: 0.45, BHX: 0.6, KCH: 0.85,
           ZAL: 0.97, HDD: 0.65}
ERR = {THUE: 0.003, BQL: 0.02, KKT: 0.03, SLC: 0.04, SYB: 0.04, TKD: 0.03, HQL: 0.005, BHX: 0.02, KCH: 0.03,
       ZAL: 0.08, HDD: 0.01}
REG_SRC = {THUE, HDD, BHX, TKD, HQL}
SEPS = [" - ", " / ", "; ", ", ", " hoặc ", " – ", " - "]


_ST_TPL = WP([("Số {n}, đường {s}", 42), ("Số {n} đường {s}", 15), ("{n} {s}", 15), ("Số nhà {n}, đường {s}", 10),
              ("SN {n}, đường {s}", 8), ("{n} đường {s}", 10)])


def det_vn(det, rng):
    t = det[0]
    if t == "st":
        return _ST_TPL.pick(rng).format(n=det[1], s=det[2])
    if t == "to":
        r = rng.random()
        return f"Tổ {det[1]}" if r < 0.6 else (f"Tổ dân phố {det[1]}" if r < 0.85 else f"Tổ DP số {det[1]}")
    if t == "thon":
        return f"{det[2]} {det[1]}"
    if t == "km":
        rt, rc = det[2]
        r = rng.random()
        if r < 0.5:
            return f"Km {det[1]}, {'Quốc lộ' if rt == 'QL' else 'Đường tỉnh'} {rc}"
        if r < 0.8:
            return f"Km{det[1]} {rt}{rc}"
        return f"Km {det[1]} {rt} {rc}"
    if t == "vo":
        if rng.random() < 0.6:
            return f"Tầng {det[1]}, số {det[2]} đường {det[3]}"
        return f"Tầng {det[1]} tòa nhà số {det[2]} {det[3]}"
    return ""


def det_en(det, rng):
    t = det[0]
    if t == "st":
        return f"No. {det[1]}, {fold(det[2])} Street" if rng.random() < 0.7 else f"{det[1]} {fold(det[2])} Str."
    if t == "to":
        return f"Group {det[1]}" if rng.random() < 0.5 else f"Residential Group {det[1]}"
    if t == "thon":
        return f"{fold(det[1])} Village" if not det[1].isdigit() else f"Village {det[1]}"
    if t == "km":
        rt, rc = det[2]
        return f"Km {det[1]}, {'National Road' if rt == 'QL' else 'Provincial Road'} {rc}"
    if t == "vo":
        return f"Floor {det[1]}, No. {det[2]} {fold(det[3])} Street"
    return ""


def addr_vn(loc, det, park, rng, era, full_p=0.5):
    L = LOCS[loc]
    if park >= 0:
        P = PARKS[park]
        r = rng.random()
        d = f"Lô {det[1]}, {P[1] if r < 0.65 else P[2]}" if r < 0.85 else f"Lô {det[1]} {P[1]}"
    else:
        d = det_vn(det, rng)
    if era == "old":
        t = L.old_full if rng.random() < full_p else rng.choice(L.old_abbr)
    elif era == "new":
        t = L.new_full if rng.random() < full_p else rng.choice(L.new_abbr)
    else:
        t = rng.choice(L.mixed)
    return d + t


def addr_en(loc, det, park, rng, era):
    L = LOCS[loc]
    if park >= 0:
        P = PARKS[park]
        pe = P[3] if rng.random() < 0.6 else P[3].replace("Industrial Park", "IP").replace("Industrial Cluster", "IC")
        d = f"Lot {det[1]}, {pe}"
    else:
        d = det_en(det, rng)
    t = L.en_old if era == "old" else L.en_new
    return d + t + (", Vietnam" if rng.random() < 0.5 else "")


def addr_cn(loc, det, park, rng, era):
    L = LOCS[loc]
    prov = CN_PROV[L.oprov] if era == "old" else "越南老街省"
    if park >= 0 and PARKS[park][4]:
        return f"{prov}{PARKS[park][4]}{det[1]}地块"
    place = CN_PLACE.get(L.dkey, "")
    if det[0] == "st":
        return f"{prov}{place}{fold(det[2])}路{det[1]}号"
    return f"{prov}{place}{fold(LOCS[loc].ocn if era == 'old' else LOCS[loc].ncn)}"


def addr_inf(loc, det, park, rng, era):
    L = LOCS[loc]
    if park >= 0:
        P = PARKS[park]
        d = f"kcn {P[1][4:]}" if rng.random() < 0.5 else f"lô {det[1]} {P[1]}"
        if rng.random() < 0.5:
            return d.lower()
    else:
        t = det[0]
        if t == "st":
            d = f"{det[1]} {det[2]}" if rng.random() < 0.6 else f"số {det[1]} đường {det[2]}"
        elif t == "to":
            d = f"tổ {det[1]}"
        elif t == "thon":
            d = f"{det[2]} {det[1]}"
        elif t == "km":
            d = f"km{det[1]} {det[2][0]}{det[2][1]}"
        else:
            d = det_vn(det, rng)
    return (d + (L.inf_old if era == "old" else L.inf_new)).lower()


def addr_hq(e, rng, era, en=False):
    ci, det, wi = e.hq
    c = HQ_CITIES[ci]
    ow, od, nw = c[5][wi]
    big = c[1] in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng")
    if en:
        return f"{det_en(det, rng)}, {fold(nw)} Ward, {fold(c[1])}" + (" City" if big else " Province")
    d = det_vn(det, rng)
    if era == "old":
        ods = od if od.startswith("Quận") else (f"quận {od}" if big else f"thành phố {od}")
        return f"{d}, phường {ow}, {ods}, {'TP. ' if big else 'tỉnh '}{c[1]}"
    return f"{d}, phường {nw}, {'TP. ' if big else 'tỉnh '}{c[1]}"


def nm_vn(e, rng, fst, oldname=False, abbr=0.0):
    if oldname and e.old is not None:
        form, core = e.old
    else:
        form, core = e.form, e.core
    if abbr and e.sph and rng.random() < abbr and core.startswith(e.sph):
        ab = PHRASE_ABBR.get(e.sph)
        if ab:
            core = rng.choice(ab) + core[len(e.sph):]
    return f"{rng.choice(FORMS[form][fst])} {core}"


def nm_en(e, rng, upper=True):
    fe = rng.choice(FORM_EN[e.form if e.form in FORM_EN else "TNHH"])
    if upper:
        s = fold(e.en).upper()
    else:
        s, fe = fold(e.en), _FE_TITLE[fe]
    return s + fe if fe.startswith(".") else f"{s} {fe}"


def nm_branch(e, b, rng, fst, era):
    legal = nm_vn(e, rng, fst)
    L = LOCS[b[1]]
    r = rng.random()
    if era == "old":
        place = L.odn if r < 0.5 else L.oprov
    else:
        place = "Lào Cai" if r < 0.7 else L.ncn
    bk = b[4]
    r = rng.random()
    if bk == "cn":
        if r < 0.45:
            return f"Chi nhánh {legal} tại {place}"
        if r < 0.65:
            return f"Chi nhánh {place} - {legal}"
        if r < 0.8:
            return f"CN {legal} tại {place}"
        if r < 0.92:
            return f"{legal} - Chi nhánh {place}"
        return f"Chi nhánh {legal}"
    if bk == "nm":
        if r < 0.15:
            return f"Nhà máy {b[6]} {b[7]}"
        if r < 0.55:
            return f"Nhà máy {b[6]} {e.brand}"
        if r < 0.8:
            return f"Nhà máy {b[6]} {b[7]} - {legal}"
        return f"Chi nhánh {legal} - Nhà máy {b[6]} {b[7]}"
    if r < 0.6:
        return f"Văn phòng đại diện {legal} tại {place}"
    return f"VPĐD {legal} tại {place}"


def alt_core(e):
    """The other transliteration of a Chinese brand (Han-Viet <-> pinyin)."""
    py = "".join(e.py).capitalize()
    if e.cnst == "hv":
        return e.core.replace(e.hv, py, 1)
    return e.core.replace(py, e.hv, 1)


def cn_variant(e, rng):
    s = e.cn
    if rng.random() < 0.35:
        s = s.replace("(", "（").replace(")", "）")
    return s


def py_variant(e, rng):
    r = rng.random()
    if r < 0.45:
        return "".join(e.py).capitalize()
    if r < 0.7:
        return " ".join(e.py)
    if r < 0.85:
        return "".join(e.py).upper()
    return e.pyt


def name_cnf(e, src, rng, oldname):
    r = rng.random()
    if src == KKT:
        if r < 0.3:
            return cn_variant(e, rng)
        if r < 0.55:
            return nm_vn(e, rng, "std" if rng.random() < 0.7 else "short", oldname)
        if r < 0.7:
            return f"{nm_vn(e, rng, 'std')} ({cn_variant(e, rng)})"
        if r < 0.85:
            return nm_en(e, rng, rng.random() < 0.6)
        if r < 0.93:
            return f"{cn_variant(e, rng)} / {py_variant(e, rng)}"
        return f"{rng.choice(FORMS[e.form]['std'])} {alt_core(e)}"
    if src == THUE:
        return nm_vn(e, rng, "std" if rng.random() < 0.7 else "full", oldname).upper()
    if src == BQL:
        if r < 0.4:
            return nm_en(e, rng, rng.random() < 0.6)
        if r < 0.8:
            return nm_vn(e, rng, "std", oldname)
        return f"{nm_vn(e, rng, 'std')} ({nm_en(e, rng)})"
    if src in (SLC, SYB, TKD):
        if r < 0.72:
            return nm_vn(e, rng, "short" if rng.random() < 0.6 else "std", oldname)
        if r < 0.88:
            return nm_en(e, rng, rng.random() < 0.5)
        return f"{rng.choice(FORMS[e.form]['short'])} {alt_core(e)}"
    if src == HQL:
        return nm_en(e, rng) if r < 0.65 else fold(nm_vn(e, rng, "std", oldname)).upper()
    if src == ZAL:
        if r < 0.35:
            return nm_en(e, rng, False).lower()
        if r < 0.6:
            return py_variant(e, rng)
        return nm_vn(e, rng, "short")
    if src == HDD:
        return nm_vn(e, rng, "std", oldname) if r < 0.8 else nm_en(e, rng, rng.random() < 0.6)
    return nm_vn(e, rng, "std", oldname)


def name_ofd(e, src, rng, oldname):
    r = rng.random()
    if src == THUE:
        return nm_vn(e, rng, "std").upper()
    if src in (BQL, HQL):
        return nm_en(e, rng, src == HQL or rng.random() < 0.6) if r < 0.6 else (
            fold(nm_vn(e, rng, "std")).upper() if src == HQL else nm_vn(e, rng, "std"))
    if src == ZAL:
        return nm_en(e, rng, False).lower() if r < 0.5 else e.brand
    if r < 0.75:
        return nm_vn(e, rng, "short" if src in (SLC, SYB, TKD) else "std")
    return nm_en(e, rng, rng.random() < 0.5)


def name_vn(e, src, rng, oldname):
    r = rng.random()
    if src == THUE:
        s = nm_vn(e, rng, "full" if r < 0.3 else "std", oldname)
        return s.upper() if rng.random() < 0.88 else s
    if src == BQL:
        if r < 0.1:
            return nm_en(e, rng, rng.random() < 0.6)
        return nm_vn(e, rng, "std" if r < 0.75 else "short", oldname, 0.1)
    if src == KKT:
        return nm_vn(e, rng, "std" if r < 0.6 else "short", oldname)
    if src in (SLC, SYB):
        if r < 0.08:
            s = (e.old[1] if oldname and e.old else e.core)
        else:
            s = nm_vn(e, rng, "short" if r < 0.6 else ("std" if r < 0.95 else "full"), oldname, 0.35)
        if e.parent and rng.random() < 0.15:
            s = f"{s} (thuộc {e.parent})"
        return s
    if src == TKD:
        return nm_vn(e, rng, "short" if r < 0.5 else ("std" if r < 0.9 else "bare"), oldname, 0.3)
    if src == HQL:
        if r < 0.22:
            return nm_en(e, rng)
        return fold(nm_vn(e, rng, "std" if r < 0.8 else "full", oldname)).upper()
    if src == BHX:
        return nm_vn(e, rng, "std" if r < 0.6 else "short", oldname, 0.15)
    if src == KCH:
        s = nm_vn(e, rng, "short" if r < 0.6 else "std", oldname, 0.3)
        if e.owner is not None and rng.random() < 0.12:
            s = f"{s} (GĐ: {e.owner[0]})" if e.form != "DNTN" else f"{s} - chủ DN {e.owner[0]}"
        return s
    if src == ZAL:
        if r < 0.45:
            return nm_vn(e, rng, rng.choice(("short", "std", "bare")), oldname, 0.3)
        if r < 0.65:
            return e.core
        if r < 0.85:
            return e.brand + (f" {e.suf}" if e.suf and rng.random() < 0.5 else "")
        return f"cty {e.brand}"
    # HDD
    if r < 0.07:
        return nm_en(e, rng, rng.random() < 0.6)
    return nm_vn(e, rng, "std" if r < 0.65 else ("full" if r < 0.92 else "short"), oldname)


def name_htx(e, src, rng, oldname):
    form, core = (e.old if (oldname and e.old) else ("HTX", e.core))
    if rng.random() < 0.25:
        ab = PHRASE_ABBR.get(e.act)
        if ab and core.startswith(e.act):
            core = rng.choice(ab) + core[len(e.act):]
    r = rng.random()
    if src == THUE:
        return f"{rng.choice(FORMS[form]['full'] + FORMS[form]['std'])} {core}".upper()
    if src == HQL:
        return fold(f"{rng.choice(FORMS[form]['full'])} {core}").upper()
    if src == ZAL:
        return f"htx {core}" if r < 0.7 else core
    fst = "short" if src in (SLC, SYB, KCH, TKD) and r < 0.65 else "std"
    s = f"{rng.choice(FORMS[form][fst])} {core}"
    if src in (KCH, SLC, SYB) and rng.random() < 0.1:
        s = f"{s} (GĐ: {e.owner[0]})"
    return s


def alt_person(s, rng, p):
    if rng.random() >= p:
        return s
    return " ".join(NAME_ALT.get(w, w) if rng.random() < 0.7 else w for w in s.split())


_HH_TPL = {
    THUE: WP([("{o}", 45), ("Hộ kinh doanh {o}", 35), ("HKD {o}", 10), ("Hộ kinh doanh {act} {tro}", 10)]),
    KCH: WP([("Hộ {ong} {o}", 20), ("{o}", 20), ("{act} {o}", 20), ("{act} {tro}", 15), ("Hộ kinh doanh {o}", 10),
             ("{o} ({actl})", 8), ("{Ong} {o}", 7)]),
    TKD: WP([("{o}", 45), ("Hộ kinh doanh {o}", 20), ("{act} {o}", 20), ("{act} {tro}", 15)]),
    ZAL: WP([("{act} {tro}", 30), ("{o}", 25), ("{tro}", 15), ("hộ kinh doanh {o}", 15), ("{act} {o}", 15)]),
    SLC: WP([("Hộ {ong} {o}", 25), ("{act} {o}", 30), ("{o}", 25), ("{act} {tro}", 20)]),
    HDD: WP([("Hộ kinh doanh {o}", 50), ("HKD {o}", 20), ("{act} {tro}", 15), ("{o}", 15)]),
}
_HH_TPL[SYB] = _HH_TPL[SLC]


def name_hh(e, src, rng):
    o = e.owner[0]
    if src in (KCH, ZAL, TKD, SLC, SYB):
        o = alt_person(o, rng, 0.15)
    ong = "ông" if e.owner[1] == "M" else "bà"
    t = _HH_TPL.get(src)
    s = t.pick(rng).format(o=o, ong=ong, Ong=ong.capitalize(), act=e.act, actl=e.act.lower(), tro=e.trade or o) \
        if t else f"Hộ kinh doanh {o}"
    return s.upper() if src == THUE and rng.random() < 0.9 else s


def hh_tax(e, src, rng):
    r = rng.random()
    if src == THUE:
        return e.pmst if (e.pmst and r < 0.6) else e.cccd
    if src == KCH:
        if r < 0.45:
            return rng.choice(("", "", "CCCD: ", "CCCD số ", "Số CCCD: ")) + e.cccd
        if r < 0.6 and e.cmnd:
            return rng.choice(("CMND: ", "CMND ", "")) + e.cmnd
        if r < 0.75 and e.pmst:
            return e.pmst
        return ""
    if src == TKD:
        if r < 0.4 and e.pmst:
            return excel_damage(e.pmst, rng) if rng.random() < 0.25 else e.pmst
        if r < 0.8:
            return excel_damage(e.cccd, rng) if rng.random() < 0.35 else e.cccd
        return ""
    if src == ZAL:
        if r < 0.35:
            return e.cccd if rng.random() < 0.7 else f"{e.cccd[:3]} {e.cccd[3:6]} {e.cccd[6:]}"
        if r < 0.45 and e.pmst:
            return e.pmst
        return ""
    if src == HDD:
        c = e.pmst if (e.pmst and r < 0.55) else e.cccd
        return ("MST: " + c) if rng.random() < 0.5 else c
    if src in (SLC, SYB):
        if r < 0.4 and e.pmst:
            return e.pmst
        if r < 0.6 and e.cmnd:
            return e.cmnd
        return ""
    return e.pmst or ""


def co_tax(g, e, src, rng, u):
    code = e.mst
    if code and u:
        code = f"{code}-{e.brs[u - 1][0]}"
    r = rng.random()
    if code and rng.random() < ERR[src]:
        code = mistype(code, rng)
    elif code and rng.random() < 0.002:
        code = rng.choice(g.recent)
    if src == THUE:
        return code
    if src == BQL:
        if r < 0.5 or not e.irc:
            return code if r < 0.85 else ""
        if r < 0.85:
            return rng.choice(("GCNĐT: ", "Mã dự án: ", "", "IRC ", "GCNĐKĐT số ", "Số GCNĐT ")) + e.irc
        return ""
    if src == KKT:
        if r < 0.45:
            return code if rng.random() < 0.7 else spaced(code, rng) if code else ""
        if r < 0.52:
            return "Đang cập nhật"
        if r < 0.62 and e.irc:
            return "Mã dự án " + e.irc
        return ""
    if src in (SLC, SYB):
        if r < 0.6:
            return code
        if r < 0.7:
            return "MST: " + code if code else ""
        if r < 0.8:
            return spaced(code, rng) if code else ""
        return ""
    if src == TKD:
        if r < 0.1 or not code:
            return ""
        if rng.random() < 0.3:
            if u and rng.random() < 0.5:
                return excel_damage(code.replace("-", ""), rng)
            return excel_damage(code, rng)
        return code
    if src == HQL:
        return code if r < 0.995 else ""
    if src == BHX:
        if r < 0.65:
            return code
        if r < 0.87:
            return rng.choice(("Mã ĐV: ", "", "Mã đơn vị ")) + e.bhxh
        return ""
    if src == KCH:
        return code if r < 0.7 else ""
    if src == ZAL:
        if r < 0.45 or not code:
            return ""
        if r < 0.65:
            return code
        if r < 0.8:
            return spaced(code, rng)
        if r < 0.92:
            return rng.choice(("mst ", "MST: ", "mst:", "Mã số thuế ")) + code
        return "chưa có" if rng.random() < 0.5 else "đang làm"
    # HDD
    if r < 0.03 or not code:
        return ""
    if r < 0.48:
        return "MST: " + code
    if r < 0.9:
        return code
    return "Mã số thuế: " + code


def phone_cell(e, src, rng, oldph, u):
    if rng.random() >= PH_FILL[src]:
        return ""
    out = []
    mob = e.omob if (oldph and e.omob) else e.mob
    if e.kind == CNP:
        out.append(fmt_foreign(e.cnph, rng))
        if e.land and rng.random() < 0.4:
            out.append(fmt_foreign(e.land, rng))
    elif u:
        t, v = e.brs[u - 1][5]
        out.append(fmt_land(v, rng, oldph) if t == "L" else fmt_mob(v, rng, oldph))
        if e.land and rng.random() < 0.15:
            out.append(fmt_land(e.land, rng, oldph))
    else:
        used = set()
        if src in (THUE, HDD, BHX) and e.acct and rng.random() < 0.55:
            t, v = e.acct
            out.append(fmt_land(v, rng, oldph) if t == "L" else fmt_mob(v, rng, oldph))
        elif e.cnph and (src == KKT and rng.random() < 0.55 or src in (BQL, HQL, ZAL) and rng.random() < 0.2):
            out.append(fmt_foreign(e.cnph, rng))
            used.add(e.cnph)
        else:
            pl = {BQL: 0.6, SLC: 0.55, SYB: 0.55, HQL: 0.6, TKD: 0.5, BHX: 0.55, THUE: 0.4, HDD: 0.35,
                  KKT: 0.4, KCH: 0.1, ZAL: 0.08}[src]
            if e.land and (rng.random() < pl or not mob):
                out.append(fmt_land(e.land, rng, oldph))
                used.add(e.land)
            elif mob:
                out.append(fmt_mob(mob, rng, oldph))
                used.add(mob)
        p2 = 0.35 if src == ZAL else (0.15 if src in (BQL, KKT, SLC, SYB, KCH) else 0.04)
        if rng.random() < p2:
            cand = [x for x in (("M", e.mob2), ("M", mob), ("L", e.land), ("F", e.cnph)) if x[1] and x[1] not in used]
            if cand:
                t, v = rng.choice(cand)
                out.append(fmt_mob(v, rng, oldph) if t == "M" else (fmt_land(v, rng, oldph) if t == "L" else fmt_foreign(v, rng)))
    if not out:
        return ""
    if src == ZAL:
        s = rng.choice((" ", " - ", "/", ", ", " hoặc ")).join(out)
        r = rng.random()
        if r < 0.12:
            s = s + " (zalo)"
        elif r < 0.2:
            s = "sđt " + s
        return s
    s = rng.choice(SEPS).join(out)
    if src == TKD and s.isdigit() and s[0] == "0" and rng.random() < 0.35:
        s = s[1:]
    return s


# =========================================================================
# One record
# =========================================================================
def render(g, e, src, rng):
    k = e.kind
    P = ERA[src]
    if e.new:
        oldname = useol = oldph = False
        era = "new"
    else:
        oldname = e.old is not None and rng.random() < P[3]
        useol = e.oloc is not None and rng.random() < P[4]
        r0 = rng.random()
        era = "old" if r0 < P[0] else ("mixed" if r0 < P[0] + P[1] else "new")
        oldph = rng.random() < P[2]
    # ---- foreign investor abroad
    if k == CNP:
        r = rng.random()
        if src == KKT:
            name = (cn_variant(e, rng) if r < 0.45 else
                    (f"{fold(e.en)} {rng.choice(('Co., Ltd', 'CO., LTD', 'Group Co., Ltd'))}" if r < 0.75
                     else f"Công ty TNHH {e.core}"))
            tax = e.uscc if (e.uscc and rng.random() < 0.6) else ""
            addr = e.det if rng.random() < 0.8 else "Trung Quốc"
        else:
            name = f"{fold(e.en).upper()} CO., LTD" if r < 0.8 else cn_variant(e, rng)
            tax = ""
            addr = e.det if rng.random() < 0.4 else rng.choice(("CHINA", "YUNNAN, CHINA", "HEKOU, YUNNAN, CHINA"))
        return name, tax, addr, phone_cell(e, src, rng, False, 0)
    # ---- unit (dependent branch / factory) of a company
    u = 0
    if e.brs:
        if k == HQO:
            p = {HQL: 0.3, HDD: 0.5, THUE: 0.8}.get(src, 0.9)
        else:
            p = {THUE: 0.3, BHX: 0.3, TKD: 0.2, SLC: 0.25, SYB: 0.25}.get(src, 0.1)
        if rng.random() < p:
            u = rng.randrange(len(e.brs)) + 1
    # ---- name + tax
    hh_style = k == HHD or (oldname and e.old[0] == "HKD" and src in (THUE, SLC, SYB, TKD, KCH, ZAL))
    if oldname and not hh_style and e.old[0] == "HKD":
        oldname = False
    if hh_style:
        name = name_hh(e, src, rng)
        tax = hh_tax(e, src, rng)
        if tax and rng.random() < ERR[src]:
            tax = typo(tax, rng)
    else:
        if u:
            fst = "std" if src in (THUE, BHX, HDD, HQL) else "short"
            name = nm_branch(e, e.brs[u - 1], rng, fst, era)
            if src == HQL:
                name = fold(name).upper()
            elif src == THUE and rng.random() < 0.88:
                name = name.upper()
        elif k == CNF:
            name = name_cnf(e, src, rng, oldname)
        elif k == OFD:
            name = name_ofd(e, src, rng, oldname)
        elif k == HTX:
            name = name_htx(e, src, rng, oldname)
        else:
            name = name_vn(e, src, rng, oldname)
        tax = co_tax(g, e, src, rng, u)
    # ---- address
    if u:
        b = e.brs[u - 1]
        loc, det, park = b[1], b[2], b[3]
    elif useol:
        loc, det, park = e.oloc, e.odet, e.opark
    else:
        loc, det, park = e.loc, e.det, e.park
    if u == 0 and e.voff is not None and src in REG_SRC and rng.random() < 0.8:
        loc, det, park = e.voff[0], e.voff[1], -1
    if k == HQO and u == 0:
        addr = addr_hq(e, rng, era, en=(src == HQL and rng.random() < 0.2))
        if src == HQL:
            addr = fold(addr).upper()
    elif src == HQL:
        addr = (addr_en(loc, det, park, rng, era) if k in (CNF, OFD) and rng.random() < 0.5
                else addr_vn(loc, det, park, rng, era, 0.3))
        addr = fold(addr).upper()
    elif src == BQL and park >= 0 and rng.random() < 0.55:
        P_ = PARKS[park]
        r = rng.random()
        if k in (CNF, OFD) and r < 0.3:
            addr = f"Lot {det[1]}, {P_[3]}"
        else:
            addr = rng.choice((f"Lô {det[1]}, {P_[1]}", f"Lô {det[1]} - {P_[1]}", f"Lô {det[1]}", f"{P_[1]}, lô {det[1]}"))
    elif src == BQL and k in (CNF, OFD) and rng.random() < 0.3:
        addr = addr_en(loc, det, park, rng, era)
    elif src == KKT and k == CNF and rng.random() < 0.3:
        addr = addr_cn(loc, det, park, rng, era)
    elif src == ZAL:
        addr = addr_inf(loc, det, park, rng, "new" if era == "mixed" else era)
    else:
        full_p = {THUE: 0.75, HDD: 0.6, SLC: 0.35, SYB: 0.35, TKD: 0.3, BHX: 0.5, KCH: 0.4, KKT: 0.5, BQL: 0.5}[src]
        addr = addr_vn(loc, det, park, rng, era, full_p)
    # ---- fill (missing cells)
    r = rng.random()
    if src == ZAL and r < 0.12:
        addr = "" if r < 0.06 else ("Lào Cai" if r < 0.09 else "Yên Bái")
    elif src in (TKD, SLC, SYB, KCH) and r < 0.02:
        addr = ""
    phone = phone_cell(e, src, rng, oldph, u)
    # ---- source habits (case, encodings, truncation, typos)
    if src == ZAL:
        if rng.random() < 0.6:
            name = name.lower()
        if rng.random() < 0.65:
            name, addr = fold(name), fold(addr)
        elif rng.random() < 0.1:
            name = unicodedata.normalize("NFD", name)
        if rng.random() < 0.25:
            name = typo(name, rng)
        if rng.random() < 0.1:
            addr = typo(addr, rng)
    elif src == SYB:
        if rng.random() < 0.5:
            name, addr = old_tone(name), old_tone(addr)
        r = rng.random()
        if r < 0.25:
            name, addr = tcvn3(name), tcvn3(addr)
        elif r < 0.35:
            name, addr = vni(name), vni(addr)
        elif r < 0.43:
            name, addr = utf8_as_cp1252(name), utf8_as_cp1252(addr)
        elif r < 0.48:
            name, addr = qmarks(name), qmarks(addr)
    elif src == SLC:
        if rng.random() < 0.4:
            name, addr = old_tone(name), old_tone(addr)
        r = rng.random()
        if r < 0.05:
            name, addr = tcvn3(name), tcvn3(addr)
        elif r < 0.07:
            name, addr = qmarks(name), qmarks(addr)
        elif r < 0.15:
            name = name.upper()
    elif src == TKD:
        r = rng.random()
        if r < 0.5:
            name, addr = name.upper(), addr.upper()
        elif r < 0.65:
            name, addr = fold(name).upper(), fold(addr).upper()
        if len(name) > 40:
            name = name[:40].rstrip() if rng.random() < 0.5 else name[:40]
        if len(addr) > 60 and rng.random() < 0.5:
            addr = addr[:60]
    elif src == KCH:
        if rng.random() < 0.3:
            name, addr = old_tone(name), old_tone(addr)
        if rng.random() < 0.05:
            name = unicodedata.normalize("NFD", name)
    elif src == BHX:
        r = rng.random()
        if r < 0.45:
            name = name.upper()
        if rng.random() < 0.2:
            name, addr = old_tone(name), old_tone(addr)
    elif src == HDD:
        r = rng.random()
        if r < 0.35:
            name = name.upper()
        elif r < 0.5:
            name = name.title()
        if rng.random() < 0.04:
            name = unicodedata.normalize("NFD", name)
    elif src == BQL:
        if rng.random() < 0.2:
            name = name.upper()
    if rng.random() < 0.01:
        name = name.replace(" ", "  ", 1) if rng.random() < 0.5 else " " + name + " "
    return name, tax, addr, phone


# =========================================================================
# Public API
# =========================================================================
def _entities(n, seed):
    g = Gen(n, seed)
    ents = []
    total = 0
    while total < n:
        for e in g.group():
            e.k = g.draw_k(e)
            total += e.k
            ents.append(e)
    excess = total - n
    while excess > 0:
        e = ents[-1]
        if e.k <= excess:
            excess -= e.k
            ents.pop()
        else:
            e.k -= excess
            excess = 0
    perm = list(range(len(ents)))
    g.rng.shuffle(perm)
    for i, e in enumerate(ents):
        e.tid = f"L{perm[i]:07d}"
    return g, ents


def records(n: int, seed: int = 0) -> list:
    """Exactly n labelled synthetic records, shuffled, deterministic for (n, seed)."""
    if n <= 0:
        return []
    was = gc.isenabled()
    gc.disable()                      # millions of small containers: the cyclic GC only costs time
    try:
        return _records(n, seed)
    finally:
        if was:
            gc.enable()


def _records(n, seed):
    g, ents = _entities(n, seed)
    rng = g.rng
    out = []
    app = out.append
    for e in ents:
        wp = g.src_wp(e)
        tid = e.tid
        for _ in range(e.k):
            src = wp.pick(rng)
            name, tax, addr, phone = render(g, e, src, rng)
            app({"id": SOURCES[src], "name": name, "tax_code": tax, "address": addr, "phone": phone, "truth": tid})
    del ents
    rng.shuffle(out)
    cnt = dict.fromkeys(SOURCES, 0)
    for d in out:
        s = d["id"]
        c = cnt[s] + 1
        cnt[s] = c
        d["id"] = f"{s}-{c}"
    return out


# =========================================================================
# CLI: statistics and samples
# =========================================================================
_CODE_RE = re.compile(r"\d{10}(?:-\d{3})?")


def stats(recs):
    """One pass over the records (a pass over 10^6 scattered dicts costs seconds)."""
    n = len(recs)
    per, src, memo, first, multi = {}, {}, {}, {}, {}
    valid = filled = phones = addrs = 0
    for d in recs:
        tr = d["truth"]
        per[tr] = per.get(tr, 0) + 1
        s = d["id"].rsplit("-", 1)[0]
        src[s] = src.get(s, 0) + 1
        t = d["tax_code"]
        if t:
            filled += 1
            v = memo.get(t)
            if v is None:
                v = memo[t] = any(is_valid_mst(m) for m in _CODE_RE.findall(t))
            valid += v
        if d["phone"]:
            phones += 1
        if d["address"]:
            addrs += 1
        key = d["name"].lower()
        f = first.setdefault(key, tr)
        if f != tr:
            m = multi.get(key)
            if m is None:
                multi[key] = {f, tr}
            elif len(m) < 50:
                m.add(tr)
    sizes = Counter(per.values())
    E = len(per)
    bins = [("1", 1, 1), ("2", 2, 2), ("3", 3, 3), ("4-5", 4, 5), ("6-10", 6, 10), ("11-20", 11, 20), ("21+", 21, 10**9)]
    return {
        "records": n, "entities": E, "records_per_entity": round(n / E, 3),
        "entity_size_hist": {b: sum(c for k, c in sizes.items() if lo <= k <= hi) for b, lo, hi in bins},
        "max_records_per_entity": max(per.values()),
        "singleton_entities_share": round(sizes.get(1, 0) / E, 3),
        "records_in_singletons_share": round(sizes.get(1, 0) / n, 3),
        "tax_column_fill": round(filled / n, 3), "tax_cells_with_valid_mst": round(valid / n, 3),
        "phone_fill": round(phones / n, 3), "address_fill": round(addrs / n, 3),
        "exact_names_shared_by_2plus_entities": len(multi),
        "max_entities_sharing_one_exact_name": max((len(m) for m in multi.values()), default=1),
        "sources": {s: [src.get(s, 0), round(src.get(s, 0) / n, 3)] for s in SOURCES},
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description="Synthetic Lào Cai (new province) CNHT register records for entity resolution.")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print K random sample rows")
    ap.add_argument("--group", default=None, help="print all rows of truth label G (or of the group of record id G)")
    ap.add_argument("--json", action="store_true", help="print statistics and rows as one JSON object")
    ap.add_argument("--dump", default=None, help="write all records as JSON lines to this path")
    a = ap.parse_args(argv)
    t0 = time.time()
    recs = records(a.n, a.seed)
    dt = time.time() - t0
    gc.disable()
    st = stats(recs)
    st["seconds"] = round(dt, 2)
    try:
        import resource
        st["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    except Exception:
        pass
    rows = []
    if a.show:
        rr = random.Random(a.seed + 7)
        rows = rr.sample(recs, min(a.show, len(recs)))
    grp = []
    if a.group:
        g = a.group
        hit = [d for d in recs if d["id"] == g]
        if hit:
            g = hit[0]["truth"]
        grp = sorted((d for d in recs if d["truth"] == g), key=lambda d: d["id"])
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for d in recs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.json:
        print(json.dumps({"stats": st, "sample": rows, "group": grp}, ensure_ascii=False, indent=1))
        return
    for k, v in st.items():
        if k == "sources":
            print("sources:")
            for s, (c, sh) in v.items():
                print(f"  {s:7s} {c:9d}  {sh:.3f}")
        else:
            print(f"{k}: {v}")

    def show(d):
        print(f"{d['id']:14s} | {d['truth']} | {d['name']} | {d['tax_code']} | {d['address']} | {d['phone']}")
    if rows:
        print("\n-- sample --")
        for d in rows:
            show(d)
    if grp:
        print(f"\n-- group {grp[0]['truth']} --")
        for d in grp:
            show(d)


if __name__ == "__main__":
    main()
