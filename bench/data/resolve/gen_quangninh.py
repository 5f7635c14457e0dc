"""ALL DATA IS SYNTHETIC. Held-out entity-resolution benchmark: Quảng Ninh supporting-industry (CNHT) register.

Scenario
--------
The Quảng Ninh Department of Industry and Trade merges seven lists into one CNHT register. Quảng Ninh was not
merged with another province in 2025, but on 1 July 2025 its district level (TP Hạ Long, TP Cẩm Phả, TP Uông Bí,
TP Móng Cái, TX Quảng Yên, TX Đông Triều, huyện Vân Đồn, Hải Hà, Tiên Yên, Đầm Hà ...) was abolished and its
communes/wards were merged and renamed (e.g. "phường Móng Cái 1", "đặc khu Vân Đồn"). Older lists keep the old
wards and districts, some even "huyện Hoành Bồ" (merged into Hạ Long in 2019). Enterprises: Chinese yarn/textile
groups (KCN cảng biển Hải Hà, a.k.a. "KCN Texhong Hải Hà"; Đông Mai; Sông Khoai), Korean/Japanese/Chinese
electronics and auto-part makers (Đông Mai, Sông Khoai, Bạch Đằng, Nam Tiền Phong, Việt Hưng, Cái Lân, Hải Yên,
KKT Vân Đồn), coal-sector mechanical workshops (Vinacomin/TKV joint-stock subsidiaries, TKV dependent companies,
"Xí nghiệp" units of subsidiaries, private repair shops), ship building/repair yards, Móng Cái border-trade firms
with Chinese owners, and household workshops (hộ kinh doanh).

Every firm name is a random combination of syllables (Vietnamese, Sino-Vietnamese, pinyin, Korean- or
Japanese-sounding); no real firm is meant. Tax codes are random 10-digit codes with the valid mod-11 check digit
(weights 31,29,23,19,17,13,7,5,3; check = 10 - sum mod 11; a result of 10 is never issued); dependent branches
carry "<parent 10 digits>-0NN"; household owners carry a personal code (8xxxxxxxxx). Phones are random inside real
formats: mobile 0[35789]x + 7 digits on current prefixes, Quảng Ninh landline 0203 3xx xxxx, Chinese mobile
+86 1[3-9]x xxxx xxxx or Dongxing landline +86 770 xxx xxxx. Place names (districts, wards/communes, parks,
clusters, streets) are real; the old-ward -> new-unit mapping is APPROXIMATE (chosen by hand, not from the
resolution texts) and parks are attached to one representative ward.

Sources and their habits (``src:<name>`` tag)
---------------------------------------------
- ``bqlkkt``: Economic Zone Authority investor/project list (parks and zones only). Official names, sometimes
  "Dự án Nhà máy ... - Công ty ..." project rows, the English investor name in brackets, a second row for phase 2
  (giai đoạn 2); lot addresses "Lô CN5-2, KCN Đông Mai, ..." in old or new units; phone often the park's
  infrastructure hotline; tax code sometimes blank (project not yet incorporated) or "5701234567.0".
- ``haiquan``: border-gate / port customs declarant list (Móng Cái, Cái Lân). VNACCS style: ASCII UPPERCASE
  names and addresses, branch codes written as 13 digits without the dash, old units, phone of a customs broker
  (shared by many declarants), +86 owner mobiles, "84203..." international prefix.
- ``tkv_vendor``: coal group's approved-vendor list. Abbreviations (Cty, CTCP, CK, CĐ, XN, CN, TKV/VINACOMIN
  swapped), vendor codes pasted into the name cell ("NCC.0451 - ..."), dependent units listed under the
  parent's or the group's 10-digit code, short addresses ("Cẩm Phả - QN"), old area code 033.
- ``vcci``: business-association member directory typed from business cards: English names for FDI, Chinese plus
  Vietnamese names for Chinese owners, typos and Telex residue, no diacritics, director mobiles (some still in the
  pre-2018 11-digit 01xx form), two numbers in one cell, old addresses, tax code often missing.
- ``thongke``: statistics office annual enterprise census extract (2024 data): UPPERCASE official names, old units,
  numbers stored as numbers ("5701234567.0", Excel "5.70123E+09" that lost digits), phone of the accounting-service
  office, names before a rename.
- ``hokd``: commune-level household business lists (after the July 2025 merger, new commune names): owner's name,
  "HKD", "Cơ sở ...", personal tax code or none, owner's mobile, "Tổ 5, khu 3" / "Thôn 2" addresses.
- ``pccc``: fire-police inspection list of facilities: "Nhà xưởng ... - Công ty ...", "Cơ sở hàn tiện ...",
  facility (site) address in new units, site manager's mobile or the cluster centre phone, no tax code.

Hard-case tags (after the ``src:`` tag)
---------------------------------------
tax_missing, tax_mistyped (check digit fails), tax_format (float/apostrophe/spaces/no dash), tax_sci (Excel
scientific notation, unusable), branch (enterprise is a dependent branch with a 13-digit code),
branch_parent_code (a branch written with its parent's or the group's 10-digit code: shares a code with a different
enterprise), name_abbrev, name_typo, no_diacritics, english_name, chinese_name, facility_name, person_name,
project_name, vendor_code, renamed (name before a rename), group_name (TKV/Vinacomin suffix shared by many firms),
common_name (short name shared by unrelated firms), same_brand (one foreign brand, several enterprises in different
parks), old_address, park_alias, shared_phone (park hotline, accountant, customs broker, cluster centre, parent's
switchboard), old_mobile, old_area_code, phone_format, phone_intl, multi_phone, phone_missing, dup_in_source.

Realism rules
-------------
Records of one enterprise are pairwise decidable by an officer reading two rows: the same tax code; or a nearly equal
code (one typo) plus a similar name; or the same phone plus a similar name or the same site (lot / house number and
street); or a similar name plus the same site. After generating an enterprise's rows from the source habits the
generator checks every pair and repairs a failing pair (first by restoring the clean tax code, else by restoring the
official name, main phone and full address). Different enterprises never share a full tax code except through the
tagged ``branch_parent_code`` habit; enterprise names are never identical (the law forbids it) except household
"Cơ sở" names; brand twins differ in their name suffix and park.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections import Counter

PREFIX = "qn"
SOURCES = ("bqlkkt", "haiquan", "tkv_vendor", "vcci", "thongke", "hokd", "pccc")
TAGS = (
    "tax_missing", "tax_mistyped", "tax_format", "tax_sci", "branch", "branch_parent_code",
    "name_abbrev", "name_typo", "no_diacritics", "english_name", "chinese_name", "facility_name", "person_name",
    "project_name", "vendor_code", "renamed", "group_name", "common_name", "same_brand",
    "old_address", "park_alias",
    "shared_phone", "old_mobile", "old_area_code", "phone_format", "phone_intl", "multi_phone", "phone_missing",
    "dup_in_source",
)
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)

# ----------------------------------------------------------------------------------------------- text helpers
_ASCII = {}
for _cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
    _ch = chr(_cp)
    _base = unicodedata.normalize("NFD", _ch)[0]
    if _base.isascii() and _base.isalpha():
        _ASCII[_cp] = _base
_ASCII.update({ord("đ"): "d", ord("Đ"): "D"})


def ascii_fold(s: str) -> str:
    return s.translate(_ASCII)


ABBREV = {
    "cty": "cong ty", "ct": "cong ty", "ctcp": "cong ty co phan", "cp": "co phan", "ck": "co khi", "cd": "co dien",
    "tm": "thuong mai", "dv": "dich vu", "xnk": "xuat nhap khau", "sx": "san xuat", "xn": "xi nghiep",
    "cn": "chi nhanh", "hkd": "ho kinh doanh", "vn": "viet nam", "qn": "quang ninh", "dn": "doanh nghiep",
}
GENERIC = frozenset("""
cong ty tnhh trach nhiem huu han co phan mot thanh vien mtv doanh nghiep tu nhan ho kinh chi nhanh xi nghiep tai
va so quang ninh viet nam vietnam vina tap doan than khoang san tkv vinacomin company ltd limited jsc corp inc
det may soi nhuom lieu dien linh kien nghe tung o to chinh xac day khi che tao sua chua thiet bi mo xay lap dong
tau bien thuy thuong mai xuat nhap khau dich vu quoc te ket cau thep khuon mau vat tien kho nha xuong bai du an giai
doan mo rong moi textile yarn electronics electronic precision parts auto trading import export industry
industrial mechanical engineering technology shipbuilding shipyard components wire harness manufacturing
materials garment dyeing accessories branch the of and plant factory project phase
""".split())

_WORD = re.compile(r"[0-9a-z\u3400-\u9fff]+")


def name_core(name: str) -> tuple:
    toks = []
    for t in _WORD.findall(ascii_fold(name).lower()):
        for u in ABBREV.get(t, t).split():
            if u not in GENERIC and not any(c.isdigit() for c in u):
                toks.append(u)
    return tuple(toks)


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    la, lb = len(a), len(b)
    if la < 3 or lb < 3 or abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def name_similar(ca: tuple, cb: tuple) -> bool:
    if not ca or not cb:
        return False
    used = [False] * len(cb)
    hit = 0
    for t in ca:
        for j, u in enumerate(cb):
            if not used[j] and _close(t, u):
                used[j] = True
                hit += 1
                break
    return hit * 2 >= max(len(ca), len(cb))


def tax_key(t: str) -> str:
    t = t.strip().lstrip("'")
    if not t or "E" in t.upper():
        return ""
    if t.endswith(".0"):
        t = t[:-2]
    d = "".join(c for c in t if c.isdigit())
    return d if len(d) in (10, 13) else ""


def tax_near(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


OLD_MOBILE = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
              "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
              "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
              "056": "0186", "058": "0188", "059": "0199"}
NEW_MOBILE = {v: k for k, v in OLD_MOBILE.items()}
_PSPLIT = re.compile(r"\s*(?:/|;|,| - | hoặc | or )\s*")


def phone_keys(p: str) -> frozenset:
    keys = set()
    for part in _PSPLIT.split(p):
        d = "".join(c for c in part if c.isdigit())
        if not d:
            continue
        if d.startswith("0086"):
            d = "86" + d[4:]
        if d.startswith("86") and len(d) in (12, 13):
            keys.add("cn" + d[2:])
            continue
        if d.startswith("0084"):
            d = "0" + d[4:]
        elif d.startswith("84") and len(d) in (11, 12):
            d = "0" + d[2:]
        if len(d) == 9 and d[0] in "35789":
            d = "0" + d
        elif len(d) == 10 and d.startswith("203"):
            d = "0" + d
        if len(d) == 11 and d[:4] in NEW_MOBILE:
            d = NEW_MOBILE[d[:4]] + d[4:]
        keys.add(d)
        if len(d) == 10 and d.startswith("033"):
            keys.add("0203" + d[3:])
    return frozenset(keys)


_SITE_OK = re.compile(r"^(lo|so|o|km)\b|^\d")
_SITE_DROP = re.compile(r"\b(lo dat|lo|so|o|duong|pho|d)\b")


def site_key(addr: str) -> str:
    first = ascii_fold(addr.split(",", 1)[0]).lower().strip()
    if not _SITE_OK.match(first):
        return ""
    k = re.sub(r"[^0-9a-z]", "", _SITE_DROP.sub(" ", first))
    return k if len(k) >= 3 else ""


def features(rec) -> tuple:
    return (tax_key(rec[1]), name_core(rec[0]), phone_keys(rec[3]), site_key(rec[2]))


def decidable(fa: tuple, fb: tuple) -> bool:
    ta, ca, pa, sa = fa
    tb, cb, pb, sb = fb
    if ta and ta == tb:
        return True
    sim = name_similar(ca, cb)
    if sim and ta and tb and tax_near(ta, tb):
        return True
    same_site = bool(sa) and sa == sb
    if pa & pb and (sim or same_site):
        return True
    return sim and same_site


def tax_check(nine: str) -> int:
    return 10 - sum(int(c) * w for c, w in zip(nine, WEIGHTS, strict=True)) % 11


def tax_valid(ten: str) -> bool:
    if len(ten) != 10 or not ten.isdigit():
        return False
    return tax_check(ten[:9]) == int(ten[9])


# ----------------------------------------------------------------------------------------------- place tables
# area key -> (old ward type, old ward, old district type, old district, new unit).  APPROXIMATE mapping.
AREAS = {
    "hl_honghai": ("phường", "Hồng Hải", "TP", "Hạ Long", "phường Hồng Gai"),
    "hl_hongha": ("phường", "Hồng Hà", "TP", "Hạ Long", "phường Hạ Long"),
    "hl_caoxanh": ("phường", "Cao Xanh", "TP", "Hạ Long", "phường Cao Xanh"),
    "hl_hakhanh": ("phường", "Hà Khánh", "TP", "Hạ Long", "phường Cao Xanh"),
    "hl_gieng": ("phường", "Giếng Đáy", "TP", "Hạ Long", "phường Bãi Cháy"),
    "hl_baichay": ("phường", "Bãi Cháy", "TP", "Hạ Long", "phường Bãi Cháy"),
    "hl_halam": ("phường", "Hà Lầm", "TP", "Hạ Long", "phường Hà Lầm"),
    "hl_hatu": ("phường", "Hà Tu", "TP", "Hạ Long", "phường Hà Tu"),
    "hl_viethung": ("phường", "Việt Hưng", "TP", "Hạ Long", "phường Việt Hưng"),
    "hl_daiyen": ("phường", "Đại Yên", "TP", "Hạ Long", "phường Việt Hưng"),
    "hl_troi": ("thị trấn", "Trới", "huyện", "Hoành Bồ", "phường Hoành Bồ"),
    "cp_camthuy": ("phường", "Cẩm Thủy", "TP", "Cẩm Phả", "phường Cẩm Phả"),
    "cp_camtrung": ("phường", "Cẩm Trung", "TP", "Cẩm Phả", "phường Cẩm Phả"),
    "cp_camthinh": ("phường", "Cẩm Thịnh", "TP", "Cẩm Phả", "phường Cẩm Phả"),
    "cp_quanghanh": ("phường", "Quang Hanh", "TP", "Cẩm Phả", "phường Quang Hanh"),
    "cp_cuaong": ("phường", "Cửa Ông", "TP", "Cẩm Phả", "phường Cửa Ông"),
    "cp_mongduong": ("phường", "Mông Dương", "TP", "Cẩm Phả", "phường Mông Dương"),
    "ub_quangtrung": ("phường", "Quang Trung", "TP", "Uông Bí", "phường Uông Bí"),
    "ub_trungvuong": ("phường", "Trưng Vương", "TP", "Uông Bí", "phường Uông Bí"),
    "ub_vangdanh": ("phường", "Vàng Danh", "TP", "Uông Bí", "phường Vàng Danh"),
    "ub_phuongdong": ("phường", "Phương Đông", "TP", "Uông Bí", "phường Yên Tử"),
    "dt_maokhe": ("phường", "Mạo Khê", "TX", "Đông Triều", "phường Mạo Khê"),
    "dt_kimson": ("xã", "Kim Sơn", "TX", "Đông Triều", "phường Bình Khê"),
    "dt_ducchinh": ("phường", "Đức Chính", "TX", "Đông Triều", "phường Đông Triều"),
    "dt_hoangque": ("xã", "Hoàng Quế", "TX", "Đông Triều", "phường Hoàng Quế"),
    "dt_yentho": ("phường", "Yên Thọ", "TX", "Đông Triều", "phường Mạo Khê"),
    "qy_quangyen": ("phường", "Quảng Yên", "TX", "Quảng Yên", "phường Quảng Yên"),
    "qy_dongmai": ("phường", "Đông Mai", "TX", "Quảng Yên", "phường Đông Mai"),
    "qy_songkhoai": ("xã", "Sông Khoai", "TX", "Quảng Yên", "phường Hiệp Hòa"),
    "qy_phongcoc": ("phường", "Phong Cốc", "TX", "Quảng Yên", "phường Phong Cốc"),
    "qy_tienphong": ("xã", "Tiền Phong", "TX", "Quảng Yên", "phường Liên Hòa"),
    "qy_lienvi": ("xã", "Liên Vị", "TX", "Quảng Yên", "phường Liên Hòa"),
    "mc_kalong": ("phường", "Ka Long", "TP", "Móng Cái", "phường Móng Cái 1"),
    "mc_tranphu": ("phường", "Trần Phú", "TP", "Móng Cái", "phường Móng Cái 1"),
    "mc_hoalac": ("phường", "Hòa Lạc", "TP", "Móng Cái", "phường Móng Cái 2"),
    "mc_ninhduong": ("phường", "Ninh Dương", "TP", "Móng Cái", "phường Móng Cái 2"),
    "mc_haiyen": ("phường", "Hải Yên", "TP", "Móng Cái", "phường Móng Cái 3"),
    "vd_cairong": ("thị trấn", "Cái Rồng", "huyện", "Vân Đồn", "đặc khu Vân Đồn"),
    "vd_doanket": ("xã", "Đoàn Kết", "huyện", "Vân Đồn", "đặc khu Vân Đồn"),
    "hh_quangha": ("thị trấn", "Quảng Hà", "huyện", "Hải Hà", "xã Quảng Hà"),
    "hh_quangdien": ("xã", "Quảng Điền", "huyện", "Hải Hà", "xã Quảng Hà"),
    "ty_tienyen": ("thị trấn", "Tiên Yên", "huyện", "Tiên Yên", "xã Tiên Yên"),
    "ty_dongngu": ("xã", "Đông Ngũ", "huyện", "Tiên Yên", "xã Đông Ngũ"),
    "dh_damha": ("thị trấn", "Đầm Hà", "huyện", "Đầm Hà", "xã Đầm Hà"),
}
TOWNS = {
    "hl": ("Lê Thánh Tông", "Nguyễn Văn Cừ", "Trần Hưng Đạo", "Cao Thắng", "Kênh Liêm", "Hạ Long", "Trần Quốc Nghiễn"),
    "cp": ("Trần Phú", "Lý Thường Kiệt", "Bái Tử Long", "Tô Hiệu", "Lê Thanh Nghị"),
    "ub": ("Quang Trung", "Trần Nhân Tông", "Nguyễn Văn Cừ", "Tuệ Tĩnh"),
    "dt": ("Hoàng Hoa Thám", "Nguyễn Bình", "Trần Nhân Tông"),
    "qy": ("Ngô Quyền", "Trần Khánh Dư", "Nguyễn Du"),
    "mc": ("Hữu Nghị", "Tuệ Tĩnh", "Hùng Vương", "Trần Phú", "Chu Văn An", "Hòa Bình"),
    "vd": ("Lý Anh Tông", "Trần Khánh Dư"),
    "hh": ("Lê Lợi", "Trần Phú"),
    "ty": ("Lê Lợi", "Đông Tiến"),
    "dh": ("Lê Lợi", "Trần Hưng Đạo"),
}
TOWN_AREAS = {t: tuple(k for k in AREAS if k.startswith(t + "_")) for t in TOWNS}
# park key -> (canonical name, aliases, area key, lot style)
PARKS = {
    "cailan": ("KCN Cái Lân", (), "hl_gieng", "cn"),
    "viethung": ("KCN Việt Hưng", (), "hl_viethung", "cn"),
    "dongmai": ("KCN Đông Mai", (), "qy_dongmai", "cn"),
    "songkhoai": ("KCN Sông Khoai", (), "qy_songkhoai", "cn"),
    "bachdang": ("KCN Bạch Đằng", (), "qy_lienvi", "ab"),
    "namtienphong": ("KCN Nam Tiền Phong", (), "qy_tienphong", "cn"),
    "haiha": ("KCN cảng biển Hải Hà", ("KCN Texhong Hải Hà", "KCN Hải Hà"), "hh_quangdien", "cn"),
    "haiyen": ("KCN Hải Yên", ("KCN Hải Yên - KKT cửa khẩu Móng Cái",), "mc_haiyen", "ab"),
    "kktmc": ("KKT cửa khẩu Móng Cái", ("Khu kinh tế cửa khẩu Móng Cái", "KKT Móng Cái"), "mc_kalong", "ab"),
    "kktvd": ("KKT Vân Đồn", ("Khu kinh tế Vân Đồn",), "vd_doanket", "ab"),
    "ccn_kimson": ("CCN Kim Sơn", (), "dt_kimson", "ccn"),
    "ccn_camthinh": ("CCN Cẩm Thịnh", (), "cp_camthinh", "ccn"),
    "ccn_hakhanh": ("CCN Hà Khánh", (), "hl_hakhanh", "ccn"),
    "ccn_yentho": ("CCN Yên Thọ", (), "dt_yentho", "ccn"),
    "ccn_dongngu": ("CCN Đông Ngũ", (), "ty_dongngu", "ccn"),
    "ccn_hoangque": ("CCN Hoàng Quế", (), "dt_hoangque", "ccn"),
}
BQL_PARKS = frozenset(k for k in PARKS if not k.startswith("ccn_"))

# ----------------------------------------------------------------------------------------------- name tables
VN_SYL = ("Hưng", "Thịnh", "Phát", "Minh", "Long", "Hoàng", "Đạt", "Phú", "Cường", "Bình", "Tân", "Sơn", "Trường",
          "Đức", "Thắng", "Lợi", "Hòa", "Phong", "Kim", "Ngọc", "Bảo", "Huy", "Khánh", "Lâm", "Mạnh", "Nhật",
          "Thái", "Trung", "Vinh", "Xuân", "Yên", "Hà", "Hồng", "Anh", "Duy", "Hiệp", "Hùng", "Lộc", "Thuận",
          "Toàn", "Uy", "Vạn", "Phúc", "Quý", "Tuấn", "Chiến", "Đăng", "Khải", "Nguyên", "Thiện", "Tín", "Vượng",
          "Hậu", "Khê", "Lực", "Thông", "Cát", "Tường", "Hiển", "Luân", "Định", "Hảo", "Bách", "Dũng")
COMMON = ("Hưng Thịnh", "Thành Đạt", "Hoàng Long", "Minh Anh", "Phú Cường", "Hải Long", "Tân Phát", "An Phát",
          "Trường Thịnh", "Đại Phát", "Quang Minh", "Việt Hưng")
# pinyin, hanzi, Sino-Vietnamese reading
PINYIN = (("Heng", "恒", "Hằng"), ("Da", "达", "Đạt"), ("Xin", "鑫", "Hâm"), ("Hua", "华", "Hoa"),
          ("Sheng", "盛", "Thịnh"), ("Jin", "金", "Kim"), ("Long", "隆", "Long"), ("Fu", "富", "Phú"),
          ("Yuan", "源", "Nguyên"), ("Kang", "康", "Khang"), ("Run", "润", "Nhuận"), ("Feng", "丰", "Phong"),
          ("Tian", "天", "Thiên"), ("Hong", "宏", "Hoằng"), ("Wei", "伟", "Vĩ"), ("Xing", "兴", "Hưng"),
          ("Bao", "宝", "Bảo"), ("Mei", "美", "Mỹ"), ("Li", "利", "Lợi"), ("Ming", "明", "Minh"),
          ("Hai", "海", "Hải"), ("Yi", "益", "Ích"), ("Tong", "通", "Thông"), ("Shun", "顺", "Thuận"))
KR_SYL = ("Dae", "Sung", "Hyun", "Jin", "Woo", "Kwang", "Young", "Han", "Seo", "Il", "Hwa", "Min", "Tae", "Chang",
          "Dong", "Won", "Shin", "Joo", "Kyung", "Hee")
JP_A = ("Yama", "Naka", "Taka", "Kawa", "Shima", "Moto", "Fuji", "Kiyo", "Hoshi", "Mori", "Ishi", "Tomo", "Asa",
        "Oka", "Hira", "Kuro")
JP_B = ("ta", "shita", "da", "no", "mura", "wa", "ki", "zawa", "gawa", "hara", "saki", "kami")
SURN = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Phan", "Đinh")
MIDN = ("Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân")
GIVN = ("Hùng", "Dũng", "Tuấn", "Lan", "Hương", "Hải", "Sơn", "Long", "Thắng", "Hòa", "Bình", "Cường",
        "Phương", "Huệ", "Mạnh", "Quân", "Trung", "Hiếu", "Toàn", "Nghĩa")
SEC = {
    "textile": (("Dệt", "Textile"), ("Sợi", "Yarn"), ("Dệt nhuộm", "Textile Dyeing"), ("Dệt may", "Garment"),
                ("Phụ liệu may", "Garment Accessories")),
    "elec": (("Điện tử", "Electronics"), ("Linh kiện điện tử", "Electronic Components"),
             ("Phụ tùng ô tô", "Auto Parts"), ("Dây điện ô tô", "Wire Harness"), ("Cơ khí chính xác", "Precision"),
             ("Công nghệ", "Technology")),
    "mech": (("Cơ khí", "Mechanical"), ("Cơ khí mỏ", "Mechanical"), ("Cơ điện", "Mechanical"),
             ("Cơ khí và Xây lắp", "Mechanical"), ("Sửa chữa thiết bị mỏ", "Mechanical"),
             ("Thiết bị mỏ", "Mechanical"), ("Kết cấu thép", "Mechanical"), ("Khuôn mẫu", "Mechanical"),
             ("Chế tạo máy", "Mechanical")),
    "ship": (("Đóng tàu", "Shipbuilding"), ("Sửa chữa tàu biển", "Shipyard"), ("Công nghiệp tàu thủy", "Shipbuilding"),
             ("Cơ khí đóng tàu", "Shipbuilding"), ("Đóng mới và Sửa chữa tàu", "Shipyard")),
    "trade": (("Thương mại", "Trading"), ("Thương mại và Xuất nhập khẩu", "Trading Import Export"),
              ("Xuất nhập khẩu", "Import Export"), ("Thương mại Dịch vụ", "Trading"),
              ("Thương mại Quốc tế", "Trading")),
}
HH_SEC = ("cơ khí", "hàn tiện", "may", "sửa chữa máy", "tiện", "hàn xì", "cơ khí sửa chữa")
FORMS = ("Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần", "Doanh nghiệp tư nhân")
ABBR_RULES = (
    ("Công ty Cổ phần", ("Cty CP", "CTCP", "Công ty CP")), ("Công ty TNHH MTV", ("Cty TNHH MTV", "Cty TNHH 1TV")),
    ("Công ty TNHH", ("Cty TNHH", "CT TNHH")), ("Công ty", ("Cty",)), ("Thương mại", ("TM",)),
    ("Dịch vụ", ("DV",)), ("Xuất nhập khẩu", ("XNK",)), ("Cơ khí", ("CK",)), ("Cơ điện", ("CĐ",)),
    ("Xí nghiệp", ("XN",)), ("Chi nhánh", ("CN",)), ("Doanh nghiệp tư nhân", ("DNTN",)), ("Việt Nam", ("VN",)),
    ("Sản xuất", ("SX",)), ("Quảng Ninh", ("QN",)), ("- Vinacomin", ("- TKV", "- VINACOMIN", "-VNM")),
    ("- TKV", ("- Vinacomin", "-TKV")),
)
for _s in VN_SYL + tuple(p[2] for p in PINYIN) + GIVN:
    assert ascii_fold(_s).lower() not in GENERIC, _s
for _p in PINYIN:
    assert _p[0].lower() not in GENERIC, _p

# ----------------------------------------------------------------------------------------------- kinds
# kind -> (weight, size weights 1..8, source weights)
KINDS = {
    "fdi_textile": (6, (20, 20, 20, 15, 10, 7, 5, 3), {"bqlkkt": 4, "thongke": 3, "vcci": 2, "pccc": 2, "haiquan": 2}),
    "fdi_elec": (8, (20, 20, 20, 15, 10, 7, 5, 3), {"bqlkkt": 4, "thongke": 3, "vcci": 2, "pccc": 2, "haiquan": 1.5}),
    "vnm_sub": (4, (20, 25, 20, 15, 10, 5, 3, 2), {"tkv_vendor": 5, "thongke": 3, "vcci": 1, "pccc": 2}),
    "tkv_branch": (3, (45, 30, 15, 10), {"tkv_vendor": 5, "thongke": 2, "pccc": 2}),
    "xn_unit": (4, (45, 30, 15, 10), {"tkv_vendor": 4, "thongke": 2, "pccc": 2}),
    "out_branch": (3, (60, 30, 10), {"thongke": 3, "tkv_vendor": 2, "vcci": 1, "pccc": 2, "haiquan": 1}),
    "mech": (22, (55, 20, 12, 7, 4, 2), {"tkv_vendor": 4, "thongke": 4, "vcci": 2, "pccc": 3, "bqlkkt": 1}),
    "ship": (6, (45, 25, 15, 10, 5), {"thongke": 4, "vcci": 2, "pccc": 2, "haiquan": 2, "bqlkkt": 1}),
    "border": (15, (50, 20, 12, 8, 5, 3, 2), {"haiquan": 6, "thongke": 3, "vcci": 2, "pccc": 1}),
    "household": (29, (84, 13, 3), {"hokd": 6, "pccc": 3, "vcci": 1}),
}
KIND_NAMES = tuple(KINDS)
KIND_W = tuple(KINDS[k][0] for k in KIND_NAMES)


class Ent:
    __slots__ = ("truth", "kind", "name", "old_name", "english", "chinese", "tax", "parent_tax", "park", "area",
                 "site", "land", "mobile", "cn", "flags", "owner", "hotline", "acct", "broker", "parent_land",
                 "nbranch", "has_site")

    def __init__(self, truth, kind):
        self.truth = truth
        self.kind = kind
        self.old_name = self.english = self.chinese = self.owner = None
        self.parent_tax = self.parent_land = self.park = None
        self.tax = self.land = self.cn = ""
        self.hotline = self.acct = self.broker = ""
        self.flags = set()
        self.nbranch = 0


class World:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.taxes = set()
        self.names = set()
        self.lots = set()
        self.phones = set()
        self.group_tax = self.new_tax("57")
        self.group_branches = 0
        self.brands = {"cn": [], "kr": [], "jp": []}
        self.brand_names = set()
        self.parents = []
        self.hotline = {k: self.landline() for k in PARKS}
        self.acct = {t: [self.mobile() if rng.random() < 0.5 else self.landline() for _ in range(12)] for t in TOWNS}
        self.brokers = [self.mobile() for _ in range(25)]
        self.seq = 0

    # -- codes and numbers
    def new_tax(self, prefix: str) -> str:
        rng = self.rng
        tries = 0
        while True:
            tries += 1
            if tries > 20:  # the prefix is crowded (very large n): any Quảng Ninh code
                prefix = prefix[:2]
            nine = prefix + "".join(rng.choice("0123456789") for _ in range(9 - len(prefix)))
            c = tax_check(nine)
            if c == 10:
                continue
            t = nine + str(c)
            if t not in self.taxes:
                self.taxes.add(t)
                return t

    def uniq_phone(self, make):
        while True:
            p = make()
            if p not in self.phones:
                self.phones.add(p)
                return p

    def mobile(self) -> str:
        r = self.rng
        pre = r.choice(("086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039", "088",
                        "091", "094", "081", "082", "083", "084", "085", "089", "090", "093", "070", "076", "077",
                        "078", "079", "092", "056", "058", "099", "059", "091", "098", "090"))
        return self.uniq_phone(lambda: pre + f"{r.randrange(10_000_000):07d}")

    def landline(self) -> str:
        r = self.rng
        return self.uniq_phone(lambda: "02033" + f"{r.randrange(1_000_000):06d}")

    def cn_phone(self) -> str:
        r = self.rng
        if r.random() < 0.2:
            return self.uniq_phone(lambda: "+867707" + f"{r.randrange(1_000_000):06d}")
        return self.uniq_phone(lambda: "+861" + r.choice("3456789") + f"{r.randrange(1_000_000_000):09d}")

    # -- names
    def core(self) -> str:
        a, b = self.rng.sample(VN_SYL, 2)
        return f"{a} {b}"

    def unique_name(self, make, suffixes=("Quảng Ninh", "QN", "Hạ Long", "Miền Bắc", "Đông Bắc")):
        r = self.rng
        tries = 0
        while True:
            nm = make()
            if tries >= 4:
                nm = f"{nm} {r.choice(suffixes)}"
            if tries >= 20:
                nm = f"{nm} {r.choice(VN_SYL)}"
            if nm not in self.names:
                self.names.add(nm)
                return nm
            tries += 1

    # -- places
    def lot(self, park: str) -> str:
        r = self.rng
        style = PARKS[park][3]
        tries = 0
        while True:
            tries += 1
            if tries > 12:  # the small lot grid is full: sub-divided lots
                s = f"Lô {r.choice('ABCDEFGH')}{r.randint(1, 99)}-{r.randint(1, 99)}"
            elif style == "cn":
                s = f"Lô CN{r.randint(1, 40)}-{r.randint(1, 30)}" if r.random() < 0.8 else f"Lô CN{r.randint(1, 40)}"
            elif style == "ab":
                s = f"Lô {r.choice('ABCDEFGH')}{r.randint(1, 60)}"
            else:
                s = f"Lô {r.choice(('A', 'B', 'C', 'CN'))}{r.randint(1, 60)}"
            if (park, s) not in self.lots:
                self.lots.add((park, s))
                return s

    def street_site(self, town: str) -> str:
        r = self.rng
        tries = 0
        while True:
            tries += 1
            st = r.choice(TOWNS[town])
            if tries > 12:
                s = f"Số {r.randint(1, 999)} ngõ {r.randint(1, 99)} đường {st}"
            else:
                s = f"Số {r.randint(1, 999)} đường {st}"
            if (town, s) not in self.lots:
                self.lots.add((town, s))
                return s

    def place(self, e: Ent, parks=(), towns=(), p_park=0.0) -> None:
        r = self.rng
        if parks and r.random() < p_park:
            e.park = r.choice(parks)
            e.area = PARKS[e.park][2]
            e.site = self.lot(e.park)
            e.hotline = self.hotline[e.park]
        else:
            town = r.choice(towns)
            e.area = r.choice(TOWN_AREAS[town])
            e.site = self.street_site(town)
        e.has_site = True
        e.acct = r.choice(self.acct[e.area[:2]])

    # -- entities
    def entity(self) -> Ent:
        r = self.rng
        self.seq += 1
        kind = r.choices(KIND_NAMES, KIND_W)[0]
        if kind == "xn_unit" and not self.parents:
            kind = "vnm_sub"
        e = Ent(f"QN-E{self.seq:07d}", kind)
        e.mobile = self.mobile()
        getattr(self, "make_" + kind)(e)
        if kind != "household" and r.random() < 0.08 and e.tax and len(e.tax) == 10:
            e.old_name = self.renamed(e)
        return e

    def renamed(self, e: Ent) -> str:
        r = self.rng
        nm = e.name
        if "Công ty TNHH MTV" in nm:
            return nm.replace("Công ty TNHH MTV", "Công ty TNHH")
        if "Công ty Cổ phần" in nm and r.random() < 0.5:
            return nm.replace("Công ty Cổ phần", "Công ty TNHH")
        if "Công ty TNHH" in nm and r.random() < 0.5:
            return nm.replace("Công ty TNHH", "Công ty Cổ phần")
        return self.unique_name(lambda: f"{r.choice(FORMS[:3])} {r.choice(SEC['mech'])[0]} {self.core()}")

    def brand(self, nat: str) -> tuple:
        r = self.rng
        pool = self.brands[nat]
        if pool and r.random() < 0.12:
            b = r.choice(pool)
            if len(b[2]) < 3:
                return b
        while True:
            if nat == "cn":
                a, b = r.sample(PINYIN, 2)
                brand = (a[0] + b[0].lower(), a[1] + b[1], [])
            elif nat == "kr":
                a, b = r.sample(KR_SYL, 2)
                brand = (a + b.lower(), None, [])
            else:
                brand = (r.choice(JP_A) + r.choice(JP_B), None, [])
            if brand[0] not in self.brand_names:
                break
            if r.random() < 0.2:  # brand space exhausted at very large n: add a model-style suffix
                brand = (brand[0] + r.choice(("tex", "tek", "con", "ix")) + str(r.randint(2, 99)), brand[1], [])
                if brand[0] not in self.brand_names:
                    break
        self.brand_names.add(brand[0])
        pool.append(brand)
        return brand

    def _fdi(self, e: Ent, nat: str, sector: str, parks) -> None:
        r = self.rng
        brand, hanzi, twins = self.brand(nat)
        used = {t.park for t in twins}
        free = [p for p in parks if p not in used] or list(parks)
        self.place(e, parks=free, p_park=1.0)
        vn, en = r.choice(SEC[sector])
        twin = bool(twins)
        place_sfx = ""
        if twin:
            place_sfx = r.choice(("Quảng Ninh", "Hải Hà", "Đông Mai", "Hạ Long", "Global", "Tech"))
            for t in twins:
                t.flags.add("same_brand")
            e.flags.add("same_brand")
        twins.append(e)
        if nat == "kr":
            base = f"Công ty TNHH {brand} Vina" if r.random() < 0.5 else f"Công ty TNHH {vn} {brand} Vina"
            en_name = f"{brand} {en} Vina Co., Ltd" if vn in base else f"{brand} Vina Co., Ltd"
        elif nat == "jp":
            base = f"Công ty TNHH {brand} {vn} Việt Nam"
            en_name = f"{brand} {en} Vietnam Co., Ltd"
        else:
            base = f"Công ty TNHH {vn} {brand} (Việt Nam)" if r.random() < 0.5 else f"Công ty TNHH {vn} {brand} Việt Nam"
            en_name = f"{brand} {en} (Vietnam) Co., Ltd"
        if place_sfx:
            base = f"{base} {place_sfx}"
            en_name = en_name.replace(" Co., Ltd", f" {ascii_fold(place_sfx)} Co., Ltd")
        e.name = self.unique_name(lambda: base, suffixes=("Một", "Hai", "Ba"))
        e.english = en_name
        if hanzi:
            e.chinese = hanzi + ("纺织" if sector == "textile" else "科技") + "(越南)有限公司"
            if r.random() < 0.5:
                e.cn = self.cn_phone()
        e.tax = self.new_tax(r.choice(("5701", "5702", "5700")))
        e.land = self.landline()

    def make_fdi_textile(self, e: Ent) -> None:
        self._fdi(e, "cn", "textile", ("haiha", "haiha", "haiha", "dongmai", "songkhoai", "haiyen"))

    def make_fdi_elec(self, e: Ent) -> None:
        nat = self.rng.choice(("kr", "kr", "jp", "cn"))
        self._fdi(e, nat, "elec", ("dongmai", "songkhoai", "bachdang", "namtienphong", "viethung", "cailan",
                                   "haiyen", "kktvd"))

    def make_vnm_sub(self, e: Ent) -> None:
        r = self.rng
        vn = r.choice(SEC["mech"])[0]
        e.name = self.unique_name(lambda: f"Công ty Cổ phần {vn} {self.core()} - Vinacomin")
        e.flags.add("group_name")
        e.tax = self.new_tax("5700")
        e.land = self.landline()
        self.place(e, parks=("ccn_camthinh", "ccn_kimson", "ccn_hakhanh"), towns=("cp", "hl", "ub", "dt"), p_park=0.3)
        self.parents.append(e)

    def make_tkv_branch(self, e: Ent) -> None:
        r = self.rng
        vn = r.choice(("Cơ điện", "Sửa chữa thiết bị mỏ", "Kho vận", "Chế tạo máy", "Vật tư"))
        e.name = self.unique_name(lambda: f"Công ty {vn} {self.core()} - TKV")
        e.flags.update(("group_name", "branch"))
        self.group_branches += 1
        if self.group_branches > 999:  # only at very large n: another corporation's dependent units
            self.group_tax = self.new_tax("57")
            self.group_branches = 1
        e.tax = f"{self.group_tax}-{self.group_branches:03d}"
        e.parent_tax = self.group_tax
        e.land = self.landline()
        self.place(e, towns=("cp", "hl", "ub", "dt"))

    def make_xn_unit(self, e: Ent) -> None:
        r = self.rng
        p = r.choice(self.parents)
        p.nbranch += 1
        vn = r.choice(("Cơ điện", "Cơ khí", "Sửa chữa", "Lắp máy", "Vận tải"))
        e.name = self.unique_name(lambda: f"Xí nghiệp {vn} {self.core()} - {p.name}")
        e.flags.add("branch")
        if "group_name" in p.flags:
            e.flags.add("group_name")
        e.tax = f"{p.tax[:10]}-{p.nbranch:03d}"
        e.parent_tax = p.tax[:10]
        e.parent_land = p.land
        e.land = self.landline()
        self.place(e, parks=("ccn_camthinh", "ccn_kimson", "ccn_yentho", "ccn_hoangque"), towns=("cp", "hl", "ub", "dt"),
                   p_park=0.3)

    def make_out_branch(self, e: Ent) -> None:
        r = self.rng
        vn = r.choice(SEC["mech"] + SEC["elec"])[0]
        core = self.core()
        form = r.choice(FORMS[:3])
        e.name = self.unique_name(lambda: r.choice((f"Chi nhánh {form} {vn} {core} tại Quảng Ninh",
                                                    f"Chi nhánh Quảng Ninh - {form} {vn} {core}")))
        e.flags.add("branch")
        parent = self.new_tax(r.choice(("010", "010", "020", "031")))
        e.tax = f"{parent}-{r.randint(1, 6):03d}"
        e.parent_tax = parent
        e.land = self.landline()
        self.place(e, parks=("cailan", "viethung", "dongmai"), towns=("hl", "cp", "qy"), p_park=0.3)

    def _domestic(self, e: Ent, sector: str) -> None:
        r = self.rng
        form = r.choices(FORMS, (40, 25, 25, 10))[0]
        vn = r.choice(SEC[sector])[0]
        if r.random() < 0.12:
            e.flags.add("common_name")
            e.name = self.unique_name(lambda: f"{form} {vn} {r.choice(COMMON)}")
        else:
            e.name = self.unique_name(lambda: f"{form} {vn} {self.core()}")
        e.tax = self.new_tax(r.choice(("5700", "5701", "5701", "5702")))
        if r.random() < 0.7:
            e.land = self.landline()

    def make_mech(self, e: Ent) -> None:
        self._domestic(e, "mech")
        self.place(e, parks=("ccn_kimson", "ccn_camthinh", "ccn_hakhanh", "ccn_yentho", "ccn_hoangque", "viethung",
                             "cailan"), towns=("cp", "cp", "hl", "ub", "dt", "qy"), p_park=0.3)
        if self.rng.random() < 0.3:
            self.parents.append(e)

    def make_ship(self, e: Ent) -> None:
        self._domestic(e, "ship")
        self.place(e, parks=("bachdang", "cailan", "kktvd"), towns=("hl", "qy", "cp", "vd"), p_park=0.35)

    def make_border(self, e: Ent) -> None:
        r = self.rng
        pick = []

        def make():
            pick[:] = r.sample(PINYIN, 2)
            return f"Công ty TNHH {r.choice(SEC['trade'])[0]} {pick[0][2]} {pick[1][2]}"

        e.name = self.unique_name(make, suffixes=("Móng Cái", "Quốc Tế", "MC"))
        a, b = pick
        e.english = f"{a[0]}{b[0].lower()} Trading Co., Ltd"
        e.chinese = a[1] + b[1] + r.choice(("贸易有限公司", "商贸有限公司", "进出口贸易"))
        e.tax = self.new_tax(r.choice(("5701", "5701", "5702")))
        if r.random() < 0.7:
            e.cn = self.cn_phone()
        if r.random() < 0.4:
            e.land = self.landline()
        e.broker = r.choice(self.brokers)
        self.place(e, parks=("kktmc", "haiyen"), towns=("mc", "mc", "mc", "hh"), p_park=0.3)

    def make_household(self, e: Ent) -> None:
        r = self.rng
        given = r.choice(GIVN)
        e.owner = f"{r.choice(SURN)} {r.choice(MIDN)} {given}"
        core = r.choice(COMMON) if r.random() < 0.1 else f"{given} {r.choice(VN_SYL)}"
        if core in COMMON:
            e.flags.add("common_name")
        e.name = f"Cơ sở {r.choice(HH_SEC)} {core}"
        if r.random() < 0.45:
            e.tax = self.new_tax("8")
        town = r.choice(tuple(TOWNS))
        e.area = r.choice(TOWN_AREAS[town])
        if r.random() < 0.5:
            e.site = self.street_site(town)
            e.has_site = True
        else:
            e.site = r.choice((f"Tổ {r.randint(1, 12)}, khu {r.randint(1, 9)}", f"Thôn {r.randint(1, 12)}",
                               f"Khu {r.choice(('Hải Lạng', 'Vĩnh Tuy', 'Đồng Tâm', 'Yên Lập', 'Bắc Sơn'))}"))
            e.has_site = False
        e.acct = ""


# ----------------------------------------------------------------------------------------------- renderers
def _abbrev(name: str, r: random.Random) -> str:
    out = name
    for full, shorts in ABBR_RULES:
        if full in out and r.random() < 0.75:
            out = out.replace(full, r.choice(shorts), 1)
    return out


_TELEX = {"ư": "uw", "ơ": "ow", "ê": "ee", "ô": "oo", "â": "aa", "đ": "dd", "ă": "aw"}


def _typo(name: str, r: random.Random, core: tuple) -> str:
    # pick a distinctive word (not the legal form) and damage it by one edit
    words = name.split(" ")
    cand = [i for i, w in enumerate(words) if ascii_fold(w).lower().strip("()") in core and len(w) >= 3]
    if not cand:
        return name
    i = r.choice(cand)
    w = words[i]
    op = r.random()
    if op < 0.3:
        for ch, rep in _TELEX.items():
            if ch in w.lower():
                w = w.replace(ch, rep, 1)
                break
        else:
            op = 0.5
    if 0.3 <= op < 0.6:
        j = r.randrange(len(w) - 1)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif 0.6 <= op < 0.8:
        j = r.randrange(1, len(w))
        w = w[:j] + w[j + 1:]
    elif op >= 0.8:
        j = r.randrange(len(w))
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _area_old(area: str, r: random.Random, upper_ascii=False) -> str:
    wt, ward, dt, dist, _ = AREAS[area]
    wp = {"phường": ("P.", "phường", "Phường", "P"), "xã": ("xã", "Xã", "X."),
          "thị trấn": ("TT", "thị trấn", "TT.")}[wt]
    if area == "hl_troi" and r.random() < 0.6:
        wp, ward, dt, dist = ("P.", "phường"), "Hoành Bồ", "TP", "Hạ Long"
    dp = {"TP": ("TP {}", "TP. {}", "Thành phố {}", "tp {}"), "TX": ("TX {}", "TX. {}", "Thị xã {}"),
          "huyện": ("huyện {}", "H. {}", "Huyện {}")}[dt]
    s = f"{r.choice(wp)} {ward}, {r.choice(dp).format(dist)}"
    return s


PROV = ("tỉnh Quảng Ninh", "Quảng Ninh", "Quảng Ninh", "QN", "T. Quảng Ninh")


def render_address(e: Ent, r: random.Random, style: str, tags: list) -> str:
    """style: new | old | mixed | short | facility."""
    parts = []
    if e.site:
        parts.append(e.site)
    if e.park:
        pname, aliases, _, _ = PARKS[e.park]
        if aliases and r.random() < 0.4:
            pname = r.choice(aliases)
            tags.append("park_alias")
        elif r.random() < 0.2:
            pname = pname.replace("KCN", "Khu công nghiệp").replace("CCN", "Cụm công nghiệp").replace(
                "KKT", "Khu kinh tế")
        parts.append(pname)
    if style == "mixed":
        style = "old" if r.random() < 0.5 else "new"
    if style == "short":
        parts = parts[1:] if e.park else []
        d = AREAS[e.area]
        parts.append(f"{d[3]}" if r.random() < 0.6 else f"{AREAS[e.area][2]} {d[3]}")
        tags.append("old_address")
        return " - ".join(parts + [r.choice(("QN", "Quảng Ninh"))])
    if style == "old":
        parts.append(_area_old(e.area, r))
        tags.append("old_address")
    else:
        unit = AREAS[e.area][4]
        if r.random() < 0.3:
            unit = unit.replace("phường ", "P. ").replace("xã ", "X. ")
        parts.append(unit)
    parts.append(r.choice(PROV))
    return ", ".join(parts)


def fmt_mobile(p: str, r: random.Random, tags: list, allow_old=True) -> str:
    x = r.random()
    if allow_old and x < 0.12 and p[:3] in OLD_MOBILE:
        tags.append("old_mobile")
        o = OLD_MOBILE[p[:3]] + p[3:]
        return r.choice((o, f"{o[:4]} {o[4:7]} {o[7:]}", f"{o[:4]}.{o[4:7]}.{o[7:]}"))
    if x < 0.55:
        return p
    if x < 0.75:
        return r.choice((f"{p[:4]} {p[4:7]} {p[7:]}", f"{p[:4]}.{p[4:7]}.{p[7:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}"))
    tags.append("phone_format")
    return r.choice((f"+84 {p[1:4]} {p[4:7]} {p[7:]}", "84" + p[1:], p[1:], f"(+84) {p[1:]}"))


def fmt_land(p: str, r: random.Random, tags: list, old_p=0.0) -> str:
    sub = p[4:]
    if r.random() < old_p:
        tags.append("old_area_code")
        return r.choice((f"033.{sub}", f"033 {sub[:3]} {sub[3:]}", f"(033) {sub}", f"033{sub}"))
    x = r.random()
    if x < 0.35:
        return p
    if x < 0.8:
        return r.choice((f"0203.{sub}", f"0203 {sub[:3]} {sub[3:]}", f"(0203) {sub[0]}.{sub[1:4]}.{sub[4:]}",
                         f"(0203) {sub}", f"0203.{sub[:3]}.{sub[3:]}"))
    tags.append("phone_format")
    return r.choice((p[1:], "84" + p[1:], f"+84 203 {sub}"))


def fmt_cn(p: str, r: random.Random, tags: list) -> str:
    tags.append("phone_intl")
    d = p[3:]
    return r.choice((p, f"+86 {d[:3]} {d[3:7]} {d[7:]}", "0086" + d, "86-" + d, f"(+86) {d}"))


def mistype(t: str, r: random.Random) -> str:
    ten, rest = t[:10], t[10:]
    while True:
        d = list(ten)
        if r.random() < 0.5:
            i = r.randrange(9)
            if d[i] == d[i + 1]:
                continue
            d[i], d[i + 1] = d[i + 1], d[i]
        else:
            i = r.randrange(10)
            d[i] = r.choice([c for c in "0123456789" if c != d[i]])
        m = "".join(d)
        if not tax_valid(m):
            return m + rest


def fmt_tax(t: str, r: random.Random, tags: list) -> str:
    x = r.random()
    if len(t) == 10:
        if x < 0.5:
            return t + ".0"
        if x < 0.8:
            return "'" + t
        return r.choice((f"{t[:3]} {t[3:6]} {t[6:]}", f"{t[:4]}.{t[4:7]}.{t[7:]}", f" {t} "))
    return r.choice((t.replace("-", ""), t.replace("-", " - "), t.replace("-", "_"), t.replace("-", ".")))


# source -> (p_missing, p_mistype, p_format, p_sci, p_parent_code)
TAXP = {
    "bqlkkt": (0.12, 0.02, 0.12, 0.0, 0.0),
    "haiquan": (0.0, 0.03, 0.05, 0.0, 0.0),
    "tkv_vendor": (0.1, 0.04, 0.12, 0.0, 0.35),
    "vcci": (0.45, 0.05, 0.05, 0.0, 0.1),
    "thongke": (0.03, 0.02, 0.25, 0.06, 0.0),
    "hokd": (0.5, 0.04, 0.1, 0.0, 0.0),
    "pccc": (0.88, 0.02, 0.0, 0.0, 0.0),
}


def render_tax(e: Ent, r: random.Random, src: str, tags: list) -> str:
    if not e.tax:
        return ""
    pm, pt, pf, ps, pp = TAXP[src]
    t = e.tax
    if e.parent_tax and r.random() < pp:
        tags.append("branch_parent_code")
        t = e.parent_tax
    elif r.random() < pm:
        tags.append("tax_missing")
        return ""
    if src == "haiquan" and len(t) == 13:
        tags.append("tax_format")
        return t.replace("-", "")
    x = r.random()
    if x < pt:
        tags.append("tax_mistyped")
        return mistype(t, r)
    if x < pt + ps and len(t) == 10:
        tags.append("tax_sci")
        return f"{int(t) / 1e9:.5f}E+09"
    if x < pt + ps + pf:
        tags.append("tax_format")
        return fmt_tax(t, r, tags)
    return t


def _name_variant(e: Ent, r: random.Random, src: str, tags: list) -> str:
    nm = e.name
    if e.old_name and src in ("thongke", "vcci", "tkv_vendor") and r.random() < 0.5:
        nm = e.old_name
        tags.append("renamed")
    return nm


def render_name(e: Ent, r: random.Random, src: str, tags: list, dup: int) -> str:
    nm = _name_variant(e, r, src, tags)
    k = e.kind
    if src == "bqlkkt":
        x = r.random()
        if e.english and x < 0.25:
            nm = f"{nm} ({e.english})"
        elif x < 0.4:
            what = {"fdi_textile": "Nhà máy sợi", "fdi_elec": "Nhà máy sản xuất linh kiện", "ship": "Nhà máy đóng tàu"}
            nm = f"Dự án {what.get(k, 'Nhà xưởng sản xuất')} - {nm}"
            tags.append("project_name")
        if dup:
            nm = f"{nm} ({r.choice(('giai đoạn 2', 'mở rộng', 'GĐ2', 'dự án mở rộng'))})"
    elif src == "haiquan":
        if r.random() < 0.3:
            nm = _abbrev(nm, r)
            tags.append("name_abbrev")
        nm = ascii_fold(nm).upper()
        tags.append("no_diacritics")
    elif src == "tkv_vendor":
        if r.random() < 0.7:
            nm2 = _abbrev(nm, r)
            if nm2 != nm:
                tags.append("name_abbrev")
                nm = nm2
        if r.random() < 0.18:
            nm = f"{r.choice(('NCC', 'NCC.', 'TKV-NCC-', 'MS'))}{r.randint(1, 4999):04d} - {nm}"
            tags.append("vendor_code")
        if r.random() < 0.3:
            nm = nm.upper()
    elif src == "vcci":
        x = r.random()
        if e.english and k.startswith("fdi") and x < 0.5:
            nm = e.english
            tags.append("english_name")
        elif e.chinese and x < 0.35:
            nm = r.choice((e.chinese, f"{e.chinese} - {nm}", f"{e.chinese} ({e.english})"))
            tags.append("chinese_name")
        elif e.english and k == "border" and x < 0.5:
            nm = e.english
            tags.append("english_name")
        else:
            if r.random() < 0.3:
                nm = _abbrev(nm, r)
                tags.append("name_abbrev")
            if r.random() < 0.15:
                nm2 = _typo(nm, r, name_core(nm))
                if nm2 != nm:
                    nm = nm2
                    tags.append("name_typo")
            if r.random() < 0.12:
                nm = ascii_fold(nm)
                tags.append("no_diacritics")
            if k == "household" and r.random() < 0.5:
                nm = f"{nm} - {e.owner}"
    elif src == "thongke":
        if r.random() < 0.08:
            nm2 = _typo(nm, r, name_core(nm))
            if nm2 != nm:
                nm = nm2
                tags.append("name_typo")
        nm = nm.upper() if r.random() < 0.7 else nm
    elif src == "hokd":
        x = r.random()
        biz = nm.replace("Cơ sở ", "")
        if x < 0.3:
            nm = f"Hộ kinh doanh {e.owner}"
            tags.append("person_name")
        elif x < 0.45:
            nm = e.owner
            tags.append("person_name")
        elif x < 0.7:
            nm = f"HKD {e.owner} ({biz})"
        elif x < 0.85:
            nm = f"HKD {biz[0].upper()}{biz[1:]}"
            tags.append("name_abbrev")
        if r.random() < 0.1:
            nm2 = _typo(nm, r, name_core(nm))
            if nm2 != nm:
                nm = nm2
                tags.append("name_typo")
    elif src == "pccc":
        if k == "household":
            nm = nm if r.random() < 0.6 else f"{nm} ({e.owner})"
        else:
            fac = {"fdi_textile": ("Nhà máy sợi", "Nhà xưởng dệt", "Kho bãi"), "ship": ("Xưởng đóng tàu", "Bãi đóng tàu"),
                   "border": ("Kho bãi", "Kho")}.get(k, ("Nhà xưởng", "Xưởng cơ khí", "Nhà xưởng sản xuất", "Kho"))
            base = _abbrev(nm, r) if r.random() < 0.4 else nm
            if base != nm:
                tags.append("name_abbrev")
            nm = f"{r.choice(fac)} - {base}" if r.random() < 0.7 else f"{r.choice(fac)} {base}"
            tags.append("facility_name")
    if dup and src != "bqlkkt" and r.random() < 0.3:
        nm = nm + r.choice((" ", ".", "  "))
    return nm


# source -> address style weights (new, old, mixed, short)
ADDR = {
    "bqlkkt": ("mixed",), "haiquan": ("old", "old", "new"), "tkv_vendor": ("short", "old", "mixed"),
    "vcci": ("old", "old", "new"), "thongke": ("old",), "hokd": ("new",), "pccc": ("new", "new", "old"),
}


def render_phone(e: Ent, r: random.Random, src: str, tags: list) -> str:
    x = r.random()
    land, mob = e.land, e.mobile
    if src == "bqlkkt":
        if x < 0.2 and e.hotline:
            tags.append("shared_phone")
            return fmt_land(e.hotline, r, tags)
        if x < 0.35:
            tags.append("phone_missing")
            return ""
        return fmt_land(land, r, tags) if land and x < 0.8 else fmt_mobile(mob, r, tags, False)
    if src == "haiquan":
        if x < 0.35 and e.broker:
            tags.append("shared_phone")
            return fmt_mobile(e.broker, r, tags, False)
        if x < 0.6 and e.cn:
            return fmt_cn(e.cn, r, tags)
        if land and x < 0.8:
            tags.append("phone_format")
            return "84" + land[1:] if r.random() < 0.6 else fmt_land(land, r, tags)
        return fmt_mobile(mob, r, tags, False)
    if src == "tkv_vendor":
        if e.parent_land and x < 0.25:
            tags.append("shared_phone")
            return fmt_land(e.parent_land, r, tags, 0.1)
        if land and x < 0.75:
            return fmt_land(land, r, tags, 0.2)
        if x < 0.85:
            tags.append("phone_missing")
            return ""
        return fmt_mobile(mob, r, tags)
    if src == "vcci":
        if e.cn and x < 0.3:
            return fmt_cn(e.cn, r, tags)
        if land and x < 0.45:
            tags.append("multi_phone")
            return f"{fmt_land(land, r, tags, 0.15)}{r.choice((' - ', ' / ', '; '))}{fmt_mobile(mob, r, tags)}"
        if land and x < 0.65:
            return fmt_land(land, r, tags, 0.2)
        return fmt_mobile(mob, r, tags)
    if src == "thongke":
        if e.acct and x < 0.22:
            tags.append("shared_phone")
            a = e.acct
            return fmt_land(a, r, tags) if a.startswith("0203") else fmt_mobile(a, r, tags, False)
        if x < 0.32:
            tags.append("phone_missing")
            return ""
        if land and x < 0.7:
            p = fmt_land(land, r, tags)
        else:
            p = fmt_mobile(mob, r, tags, False)
        if r.random() < 0.2 and p.startswith("0") and p.isdigit():
            tags.append("phone_format")
            p = p[1:]  # stored as a number: leading zero lost
        return p
    if src == "hokd":
        if x < 0.08:
            tags.append("phone_missing")
            return ""
        return fmt_mobile(mob, r, tags)
    # pccc
    if e.park and e.park.startswith("ccn_") and x < 0.15:
        tags.append("shared_phone")
        return fmt_land(e.hotline, r, tags)
    if land and x < 0.35:
        return fmt_land(land, r, tags)
    return fmt_mobile(mob, r, tags, False)


def render(e: Ent, r: random.Random, src: str, dup: int) -> list:
    tags = [f"src:{src}"]
    name = render_name(e, r, src, tags, dup)
    tax = render_tax(e, r, src, tags)
    addr = render_address(e, r, r.choice(ADDR[src]), tags)
    if src == "haiquan":
        addr = ascii_fold(addr).upper()
    phone = render_phone(e, r, src, tags)
    return [name, tax, addr, phone, tags]


_NAME_TAGS = {"name_abbrev", "name_typo", "no_diacritics", "english_name", "chinese_name", "facility_name",
              "person_name", "project_name", "vendor_code", "renamed"}
_PHONE_TAGS = {"shared_phone", "old_mobile", "old_area_code", "phone_format", "phone_intl", "multi_phone",
               "phone_missing"}
_TAX_TAGS = {"tax_missing", "tax_mistyped", "tax_format", "tax_sci"}


def repair(e: Ent, rec: list, level: int) -> None:
    tags = rec[4]
    if level == 0 and e.tax and "branch_parent_code" not in tags:
        rec[1] = e.tax
        rec[4] = [t for t in tags if t not in _TAX_TAGS]
        return
    rec[0] = e.name
    rec[3] = e.mobile
    drop = _NAME_TAGS | _PHONE_TAGS | {"old_address", "park_alias"}
    rec[4] = [t for t in rec[4] if t not in drop]
    if e.has_site:
        rec[2] = ", ".join(x for x in (e.site, PARKS[e.park][0] if e.park else "", AREAS[e.area][4], "Quảng Ninh") if x)


def entity_records(w: World, e: Ent, size: int) -> list:
    r = w.rng
    spec = KINDS[e.kind][2]
    srcs = [s for s in spec if s != "bqlkkt" or (e.park in BQL_PARKS)]
    wts = [spec[s] for s in srcs]
    chosen = []
    while len(chosen) < size:  # every list once (weighted order) before a list repeats the firm
        avail = [i for i in range(len(srcs)) if srcs[i] not in chosen] or range(len(srcs))
        i = r.choices(avail, [wts[i] for i in avail])[0]
        chosen.append(srcs[i])
    seen = Counter()
    recs = []
    for s in chosen:
        recs.append(render(e, r, s, seen[s]))
        seen[s] += 1
    for rec, s in zip(recs, chosen, strict=True):
        if seen[s] > 1:
            rec[4].append("dup_in_source")
    if size > 1:
        feats = [features(x) for x in recs]
        for rnd in range(5):
            bad = set()
            for i in range(size):
                for j in range(i + 1, size):
                    if not decidable(feats[i], feats[j]):
                        bad.update((i, j))
            if not bad:
                break
            for i in bad if rnd < 4 else range(size):
                repair(e, recs[i], min(rnd, 1))
                feats[i] = features(recs[i])
    for rec in recs:
        for f in e.flags:
            rec[4].append(f)
    return recs


def size_for(e: Ent, r: random.Random) -> int:
    sw = KINDS[e.kind][1]
    return r.choices(range(1, len(sw) + 1), sw)[0]


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    r = random.Random(f"quangninh/{seed}")
    w = World(r)
    total = 0
    ents = []
    while total < n:
        e = w.entity()
        k = min(size_for(e, r), n - total)
        ents.append((e, k))
        total += k
    w.names = w.lots = w.taxes = w.phones = None  # only needed while inventing entities
    out, tags = [], []
    tag_cache = {}
    for i, (e, k) in enumerate(ents):  # rendered after all entities exist: same_brand reaches the earlier twin
        ents[i] = None
        for rec in entity_records(w, e, k):
            out.append({"id": "", "name": rec[0], "tax_code": rec[1], "address": rec[2], "phone": rec[3],
                        "truth": e.truth})
            tg = tuple(dict.fromkeys(rec[4]))
            tags.append(tag_cache.setdefault(tg, tg))
    order = list(range(len(out)))
    r.shuffle(order)
    out = [out[i] for i in order]
    tags = [tags[i] for i in order]
    for i, rec in enumerate(out, 1):
        rec["id"] = f"{PREFIX}{i:07d}"
    return out, tags


def records(n: int, seed: int = 0) -> list[dict]:
    return labelled(n, seed)[0]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: gen_quangninh.py N [SEED]", file=sys.stderr)
        return 2
    n = int(argv[0])
    seed = int(argv[1]) if len(argv) > 1 else 0
    recs, tags = labelled(n, seed)
    sizes = Counter(r["truth"] for r in recs)
    hist = Counter(sizes.values())
    multi = sum(c for c in sizes.values() if c > 1)
    print(f"records: {len(recs)}  enterprises: {len(sizes)}  in multi-record enterprises: {multi}")
    print("cluster sizes: " + "  ".join(f"{k}:{hist[k]}" for k in sorted(hist)))
    src = Counter(t[0] for t in tags)
    print("sources: " + "  ".join(f"{k[4:]}:{v}" for k, v in sorted(src.items())))
    tc = Counter(x for t in tags for x in t[1:])
    print("tags: " + "  ".join(f"{k}:{tc[k]}" for k in TAGS))
    for rec, t in list(zip(recs, tags, strict=True))[:12]:
        print(rec, t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
