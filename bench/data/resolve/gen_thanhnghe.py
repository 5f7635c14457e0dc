"""ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number.

Held-out benchmark generator "thanhnghe": a joint register of supporting-industry (CNHT) suppliers
kept by the Departments of Industry and Trade (DOIT / Sở Công Thương) of Thanh Hóa and Nghệ An.

Scenario
    Suppliers around the Nghi Sơn economic zone (refinery, steel, cement, thermal power), Taiwanese and
    Korean footwear / garment FDI plants (sole, insole, lace, box, glue suppliers), electronics plants in
    VSIP Nghệ An, WHA Industrial Zone 1 Nghệ An, KCN Hoàng Mai, KCN Nam Cấm and KCN Bắc Vinh, plus KCN
    Lễ Môn, Hoàng Long, Bỉm Sơn, Lam Sơn - Sao Vàng, Ngọc Lặc, Thạch Quảng and many CCN clusters.
    Many small mechanical workshops and family firms (DNTN, HTX); foreign firms from Taiwan, Korea,
    China (pinyin / Wade-Giles vs Hán-Việt readings, traditional vs simplified characters), Japan and
    Thailand.  Place names are real; the old -> new commune mapping after the 1 July 2025 reform
    (districts abolished, communes merged and renamed, "xã X, huyện Y, tỉnh Z" -> "xã X', tỉnh Z") is a
    simplified approximation.  A few parents sit in Hà Nội, TP HCM, Bình Dương or Hà Tĩnh and run
    branches in the two provinces.  Firm names, people and numbers are synthetic.

Sources (SOURCE_SHARES, target share of records; realised shares stay within about +-0.01)
    doit_th      0.15  Thanh Hóa DOIT CNHT Excel: district-era addresses, "Cty TNHH"/"DNTN", often upper
                       case or without diacritics, ~4 % rows in TCVN3/VNI mojibake, old 037 area code.
    doit_na      0.13  Nghệ An DOIT CNHT list: mixed case, "Cty CP", old 038 area code, district-era
                       addresses, outdated (pre-rename) names.
    nghison_ez   0.09  Nghi Sơn EZ & Thanh Hóa IP management board investor list: "Tên VN (English
                       name)", investment certificate number in the tax column (~25 %), investor
                       country appended to the address.
    shoe_vendor  0.10  A Taiwanese shoe maker's vendor list: vendor codes, Chinese characters, pinyin /
                       Wade-Giles, English names and addresses, +84 phones.
    tax_dept     0.17  Provincial tax department extract: reliable tax codes, upper-case names cut at 50
                       characters, post-2025 addresses, few phones.
    bhxh         0.14  Social-insurance unit list: "CÔNG TY TNHH ..." spelled out, registered office
                       address, insurance unit codes occasionally in the tax column.
    assoc        0.10  Business-association member list: brand-first names, director mobiles
                       ("anh Hùng 0912..."), short addresses.
    yellowpages  0.12  Scraped online yellow pages: title case, legal form often dropped, several
                       phones per cell, "MST:" prefixes, mixed old/new addresses.

Enterprises: ~n/2.6 (mean 2.5-2.7 records, ~38-42 % singletons, largest 10-12).  One enterprise = one
legal entity = one tax code; a branch with its own "-00n" code is its own enterprise.

Noise (approximate record rates at n=100,000): legal form re-spelled in most rows (full / abbreviated /
English, "CTCP", "Cty TNHH 1TV", "Co., Ltd", "JSC", "DNTN", "HTX"), upper case ~25 %, diacritics dropped
~12 %, typo in name ~5 %, TCVN3/VNI mojibake ~1 %, cut at 50 characters ~3 % (tax_dept), legal form
dropped ~4 %, English name ~8 %, Chinese characters ~1 %, vendor codes ~3 %; tax code missing ~25 %,
mistyped ~2 %, spaced/dashed ~4 %, Excel-damaged ~2 %, replaced by an investment certificate number ~1 %;
phone missing ~38 %, old 037/038 area code or 11-digit old mobile ~15 %, several phones per cell ~9 %,
director mobiles ~7 %; district-era address ~55 %, English address ~7 %, old/new mixed ~1 %, address
missing ~3 %; tax and phone swapped or a social-insurance unit code in the tax column ~1.5 %.

Hard cases (share of enterprises at n=100,000): same name in the other province ~3.4 % (pairs TH/NA),
legal-form twins ~3 % (pairs), branches ~6.6 % with parents ~4.4 % (parents partly in Hà Nội, TP HCM,
Bình Dương, Hà Tĩnh), sister firms sharing a brand plus an address or switchboard ~4.8 %, renamed firms
~4.3 %, names in two languages sharing no word ~7.5 % (mostly FDI: Hán-Việt vs pinyin/Wade-Giles,
unrelated English trade names).

Tags per record (labelled()): "src:NAME" first, then "hard:*" for the enterprise's hard cases and
"noise:*" for the noise applied to that record.
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata

SOURCES = ("doit_th", "doit_na", "nghison_ez", "shoe_vendor", "tax_dept", "bhxh", "assoc", "yellowpages")
SOURCE_SHARES = {
    "doit_th": 0.15,
    "doit_na": 0.13,
    "nghison_ez": 0.09,
    "shoe_vendor": 0.10,
    "tax_dept": 0.17,
    "bhxh": 0.14,
    "assoc": 0.10,
    "yellowpages": 0.12,
}

# ---------------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------------


def _build_fold() -> dict[int, str]:
    table: dict[int, str] = {0x0111: "d", 0x0110: "D"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[cp] = base
    return table


_FOLD = _build_fold()


def fold(s: str) -> str:
    """Drop Vietnamese diacritics (đ -> d)."""
    return s.translate(_FOLD)


_TCVN3_LOWER = {
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9, "ă": 0xA8, "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD,
    "ắ": 0xBE, "ặ": 0xC6, "â": 0xA9, "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB, "đ": 0xAE,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1, "ê": 0xAA, "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4,
    "ế": 0xD5, "ệ": 0xD6, "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE, "ò": 0xDF, "ỏ": 0xE1,
    "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4, "ô": 0xAB, "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ơ": 0xAC, "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE, "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2,
    "ú": 0xF3, "ụ": 0xF4, "ư": 0xAD, "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9, "ỳ": 0xFA,
    "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}
_TCVN3_UPPER_BASE = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}


def _build_tcvn3() -> dict[int, str]:
    table = {ord(k): chr(v) for k, v in _TCVN3_LOWER.items()}
    for k, v in _TCVN3_UPPER_BASE.items():
        table[ord(k)] = chr(v)
    for k, v in _TCVN3_LOWER.items():
        up = k.upper()
        if up != k and ord(up) not in table:
            table[ord(up)] = chr(v)  # upper-case toned letters were typed with the .VnXxxH font
    return table


_VNI_TONE_PLAIN = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_TONE_HAT = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_TONE_BREVE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò"}


def _build_vni() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "ñ", ord("Đ"): "Ñ"}
    letters = set(_TCVN3_LOWER) | {"ơ", "ư"}
    for low in letters:
        for ch in (low, low.upper()):
            if ch in "đĐ":
                continue
            upper = ch.isupper()
            if ch.lower() in _VNI_I:
                out = _VNI_I[ch.lower()]
                table[ord(ch)] = out.upper() if upper else out
                continue
            parts = unicodedata.normalize("NFD", ch)
            base, marks = parts[0], parts[1:]
            tone = next((m for m in marks if m in _VNI_TONE_PLAIN), None)
            if "\u031b" in marks:  # horn: ơ / ư are single VNI bytes
                head, mod = ("ô" if base.lower() == "o" else "ö"), ""
                tones = _VNI_TONE_PLAIN
            elif "\u0302" in marks:
                head, mod, tones = base.lower(), "â", _VNI_TONE_HAT
            elif "\u0306" in marks:
                head, mod, tones = base.lower(), "ê", _VNI_TONE_BREVE
            else:
                head, mod, tones = base.lower(), "", _VNI_TONE_PLAIN
            tail = tones[tone] if tone else mod
            out = head + tail
            table[ord(ch)] = out.upper() if upper else out
    return table


_TCVN3 = _build_tcvn3()
_VNI = _build_vni()

_KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"

# ---------------------------------------------------------------------------------------------------
# Geography (real place names; old -> new mapping simplified)
# ---------------------------------------------------------------------------------------------------

PROVINCES = {
    "TH": ("Thanh Hóa", "28", "237"),
    "NA": ("Nghệ An", "29", "238"),
    "HT": ("Hà Tĩnh", "30", "239"),
    "HN": ("Hà Nội", "01", "24"),
    "HCM": ("Hồ Chí Minh", "03", "28"),
    "BD": ("Bình Dương", "37", "274"),
}

# zone key -> (kind, vietnamese short name, english name)
ZONES = {
    "NGHISON": ("KKT", "Nghi Sơn", "Nghi Son Economic Zone"),
    "LEMON": ("KCN", "Lễ Môn", "Le Mon Industrial Park"),
    "HOANGLONG": ("KCN", "Hoàng Long", "Hoang Long Industrial Park"),
    "BIMSON": ("KCN", "Bỉm Sơn", "Bim Son Industrial Park"),
    "LAMSON": ("KCN", "Lam Sơn - Sao Vàng", "Lam Son - Sao Vang Industrial Park"),
    "NGOCLAC": ("KCN", "Ngọc Lặc", "Ngoc Lac Industrial Park"),
    "THACHQUANG": ("KCN", "Thạch Quảng", "Thach Quang Industrial Park"),
    "VSIPNA": ("KCN", "VSIP Nghệ An", "VSIP Nghe An"),
    "WHA": ("KCN", "WHA Industrial Zone 1 Nghệ An", "WHA Industrial Zone 1 Nghe An"),
    "HOANGMAI": ("KCN", "Hoàng Mai", "Hoang Mai Industrial Park"),
    "NAMCAM": ("KCN", "Nam Cấm", "Nam Cam Industrial Park"),
    "BACVINH": ("KCN", "Bắc Vinh", "Bac Vinh Industrial Park"),
    "CCN:Vạn Thắng": ("CCN", "Vạn Thắng", "Van Thang Industrial Cluster"),
    "CCN:Thiệu Đô": ("CCN", "Thiệu Đô", "Thieu Do Industrial Cluster"),
    "CCN:Hà Phong": ("CCN", "Hà Phong", "Ha Phong Industrial Cluster"),
    "CCN:Đông Tiến": ("CCN", "Đông Tiến", "Dong Tien Industrial Cluster"),
    "CCN:Vĩnh Minh": ("CCN", "Vĩnh Minh", "Vinh Minh Industrial Cluster"),
    "CCN:Hoằng Kim": ("CCN", "Hoằng Kim", "Hoang Kim Industrial Cluster"),
    "CCN:Nga Thắng": ("CCN", "Nga Thắng", "Nga Thang Industrial Cluster"),
    "CCN:Nghi Phú": ("CCN", "Nghi Phú", "Nghi Phu Industrial Cluster"),
    "CCN:Hưng Lộc": ("CCN", "Hưng Lộc", "Hung Loc Industrial Cluster"),
    "CCN:Diễn Hồng": ("CCN", "Diễn Hồng", "Dien Hong Industrial Cluster"),
    "CCN:Nam Giang": ("CCN", "Nam Giang", "Nam Giang Industrial Cluster"),
    "CCN:Quỳnh Hồng": ("CCN", "Quỳnh Hồng", "Quynh Hong Industrial Cluster"),
    "CCN:Thị trấn Đô Lương": ("CCN", "Thị trấn Đô Lương", "Do Luong Town Industrial Cluster"),
    "CCN:Hoa Thành": ("CCN", "Hoa Thành", "Hoa Thanh Industrial Cluster"),
}

# (province, district type, district, commune type, commune, new commune type, new commune, zone, urban)
_P = (
    ("TH", "TP", "Thanh Hóa", "phường", "Điện Biên", "phường", "Hạc Thành", None, True),
    ("TH", "TP", "Thanh Hóa", "phường", "Ba Đình", "phường", "Hạc Thành", None, True),
    ("TH", "TP", "Thanh Hóa", "phường", "Đông Thọ", "phường", "Hạc Thành", None, True),
    ("TH", "TP", "Thanh Hóa", "phường", "Quảng Hưng", "phường", "Quảng Phú", "LEMON", True),
    ("TH", "TP", "Thanh Hóa", "phường", "Quảng Thành", "phường", "Quảng Phú", None, True),
    ("TH", "TP", "Thanh Hóa", "xã", "Hoằng Long", "phường", "Nguyệt Viên", "HOANGLONG", True),
    ("TH", "TP", "Thanh Hóa", "phường", "Tào Xuyên", "phường", "Nguyệt Viên", None, True),
    ("TH", "TP", "Thanh Hóa", "xã", "Thiệu Dương", "phường", "Hàm Rồng", None, True),
    ("TH", "TP", "Thanh Hóa", "phường", "Đông Cương", "phường", "Hàm Rồng", None, True),
    ("TH", "TX", "Nghi Sơn", "phường", "Hải Thượng", "phường", "Nghi Sơn", "NGHISON", False),
    ("TH", "TX", "Nghi Sơn", "xã", "Hải Hà", "phường", "Nghi Sơn", "NGHISON", False),
    ("TH", "TX", "Nghi Sơn", "xã", "Tĩnh Hải", "phường", "Ngọc Sơn", "NGHISON", False),
    ("TH", "TX", "Nghi Sơn", "phường", "Hải Yến", "phường", "Ngọc Sơn", "NGHISON", False),
    ("TH", "TX", "Nghi Sơn", "xã", "Tân Trường", "xã", "Trường Lâm", "NGHISON", False),
    ("TH", "TX", "Nghi Sơn", "phường", "Trúc Lâm", "phường", "Trúc Lâm", "NGHISON", False),
    ("TH", "TX", "Nghi Sơn", "phường", "Nguyên Bình", "phường", "Tân Dân", None, False),
    ("TH", "TX", "Nghi Sơn", "phường", "Bình Minh", "phường", "Tĩnh Gia", None, True),
    ("TH", "TX", "Nghi Sơn", "phường", "Hải Hòa", "phường", "Tĩnh Gia", None, True),
    ("TH", "TX", "Nghi Sơn", "phường", "Hải Bình", "phường", "Hải Bình", "NGHISON", False),
    ("TH", "TX", "Bỉm Sơn", "phường", "Bắc Sơn", "phường", "Bỉm Sơn", "BIMSON", True),
    ("TH", "TX", "Bỉm Sơn", "phường", "Ba Đình", "phường", "Bỉm Sơn", None, True),
    ("TH", "TX", "Bỉm Sơn", "phường", "Đông Sơn", "phường", "Quang Trung", None, True),
    ("TH", "TX", "Bỉm Sơn", "xã", "Quang Trung", "phường", "Quang Trung", "BIMSON", False),
    ("TH", "huyện", "Thọ Xuân", "thị trấn", "Sao Vàng", "xã", "Sao Vàng", "LAMSON", False),
    ("TH", "huyện", "Thọ Xuân", "thị trấn", "Lam Sơn", "xã", "Lam Sơn", "LAMSON", False),
    ("TH", "huyện", "Thọ Xuân", "thị trấn", "Thọ Xuân", "xã", "Thọ Xuân", None, False),
    ("TH", "huyện", "Ngọc Lặc", "thị trấn", "Ngọc Lặc", "xã", "Ngọc Lặc", "NGOCLAC", False),
    ("TH", "huyện", "Ngọc Lặc", "xã", "Thúy Sơn", "xã", "Ngọc Lặc", "NGOCLAC", False),
    ("TH", "huyện", "Thạch Thành", "xã", "Thạch Quảng", "xã", "Thạch Quảng", "THACHQUANG", False),
    ("TH", "huyện", "Thạch Thành", "thị trấn", "Kim Tân", "xã", "Kim Tân", None, False),
    ("TH", "huyện", "Thiệu Hóa", "thị trấn", "Thiệu Hóa", "xã", "Thiệu Hóa", None, False),
    ("TH", "huyện", "Thiệu Hóa", "xã", "Thiệu Đô", "xã", "Thiệu Hóa", "CCN:Thiệu Đô", False),
    ("TH", "huyện", "Yên Định", "thị trấn", "Quán Lào", "xã", "Yên Định", None, False),
    ("TH", "huyện", "Yên Định", "thị trấn", "Quý Lộc", "xã", "Quý Lộc", None, False),
    ("TH", "huyện", "Vĩnh Lộc", "thị trấn", "Vĩnh Lộc", "xã", "Vĩnh Lộc", "CCN:Vĩnh Minh", False),
    ("TH", "huyện", "Hậu Lộc", "thị trấn", "Hậu Lộc", "xã", "Hậu Lộc", None, False),
    ("TH", "huyện", "Nga Sơn", "thị trấn", "Nga Sơn", "xã", "Nga Sơn", None, False),
    ("TH", "huyện", "Nga Sơn", "xã", "Nga Thắng", "xã", "Nga Thắng", "CCN:Nga Thắng", False),
    ("TH", "huyện", "Hoằng Hóa", "thị trấn", "Bút Sơn", "xã", "Hoằng Hóa", None, False),
    ("TH", "huyện", "Hoằng Hóa", "xã", "Hoằng Kim", "xã", "Hoằng Giang", "CCN:Hoằng Kim", False),
    ("TH", "huyện", "Nông Cống", "thị trấn", "Nông Cống", "xã", "Nông Cống", None, False),
    ("TH", "huyện", "Nông Cống", "xã", "Vạn Thắng", "xã", "Thắng Lợi", "CCN:Vạn Thắng", False),
    ("TH", "huyện", "Đông Sơn", "thị trấn", "Rừng Thông", "phường", "Đông Sơn", None, True),
    ("TH", "huyện", "Đông Sơn", "xã", "Đông Tiến", "phường", "Đông Tiến", "CCN:Đông Tiến", False),
    ("TH", "huyện", "Hà Trung", "thị trấn", "Hà Trung", "xã", "Hà Trung", None, False),
    ("TH", "huyện", "Hà Trung", "xã", "Hà Phong", "xã", "Hà Trung", "CCN:Hà Phong", False),
    ("TH", "huyện", "Triệu Sơn", "thị trấn", "Triệu Sơn", "xã", "Triệu Sơn", None, False),
    ("TH", "TP", "Sầm Sơn", "phường", "Trường Sơn", "phường", "Sầm Sơn", None, True),
    ("TH", "TP", "Sầm Sơn", "phường", "Quảng Tiến", "phường", "Nam Sầm Sơn", None, True),
    ("NA", "TP", "Vinh", "phường", "Lê Lợi", "phường", "Thành Vinh", None, True),
    ("NA", "TP", "Vinh", "phường", "Quang Trung", "phường", "Thành Vinh", None, True),
    ("NA", "TP", "Vinh", "phường", "Hưng Bình", "phường", "Thành Vinh", None, True),
    ("NA", "TP", "Vinh", "phường", "Hà Huy Tập", "phường", "Trường Vinh", None, True),
    ("NA", "TP", "Vinh", "phường", "Trường Thi", "phường", "Trường Vinh", None, True),
    ("NA", "TP", "Vinh", "phường", "Bến Thủy", "phường", "Trường Vinh", None, True),
    ("NA", "TP", "Vinh", "phường", "Hưng Dũng", "phường", "Vinh Hưng", None, True),
    ("NA", "TP", "Vinh", "phường", "Đông Vĩnh", "phường", "Vinh Phú", None, True),
    ("NA", "TP", "Vinh", "xã", "Hưng Đông", "phường", "Vinh Phú", "BACVINH", True),
    ("NA", "TP", "Vinh", "xã", "Nghi Phú", "phường", "Vinh Phú", "CCN:Nghi Phú", True),
    ("NA", "TP", "Vinh", "phường", "Hưng Lộc", "phường", "Vinh Lộc", "CCN:Hưng Lộc", True),
    ("NA", "TX", "Cửa Lò", "phường", "Nghi Thủy", "phường", "Cửa Lò", None, True),
    ("NA", "TX", "Cửa Lò", "phường", "Thu Thủy", "phường", "Cửa Lò", None, True),
    ("NA", "TX", "Hoàng Mai", "phường", "Quỳnh Thiện", "phường", "Hoàng Mai", None, True),
    ("NA", "TX", "Hoàng Mai", "xã", "Quỳnh Vinh", "phường", "Hoàng Mai", "HOANGMAI", False),
    ("NA", "TX", "Hoàng Mai", "xã", "Quỳnh Lộc", "phường", "Tân Mai", "HOANGMAI", False),
    ("NA", "TX", "Hoàng Mai", "phường", "Mai Hùng", "phường", "Quỳnh Mai", None, True),
    ("NA", "huyện", "Nghi Lộc", "thị trấn", "Quán Hành", "xã", "Nghi Lộc", None, False),
    ("NA", "huyện", "Nghi Lộc", "xã", "Nghi Xá", "xã", "Hải Lộc", "NAMCAM", False),
    ("NA", "huyện", "Nghi Lộc", "xã", "Nghi Long", "xã", "Trung Lộc", "NAMCAM", False),
    ("NA", "huyện", "Nghi Lộc", "xã", "Nghi Thuận", "xã", "Thần Lĩnh", "WHA", False),
    ("NA", "huyện", "Nghi Lộc", "xã", "Nghi Quang", "xã", "Hải Lộc", "NAMCAM", False),
    ("NA", "huyện", "Hưng Nguyên", "xã", "Hưng Tây", "xã", "Hưng Nguyên Nam", "VSIPNA", False),
    ("NA", "huyện", "Hưng Nguyên", "xã", "Hưng Đạo", "xã", "Hưng Nguyên Nam", "VSIPNA", False),
    ("NA", "huyện", "Hưng Nguyên", "thị trấn", "Hưng Nguyên", "xã", "Hưng Nguyên", None, False),
    ("NA", "huyện", "Diễn Châu", "thị trấn", "Diễn Châu", "xã", "Diễn Châu", None, False),
    ("NA", "huyện", "Diễn Châu", "xã", "Diễn Hồng", "xã", "Đức Châu", "CCN:Diễn Hồng", False),
    ("NA", "huyện", "Quỳnh Lưu", "thị trấn", "Cầu Giát", "xã", "Quỳnh Lưu", None, False),
    ("NA", "huyện", "Quỳnh Lưu", "xã", "Quỳnh Hồng", "xã", "Quỳnh Văn", "CCN:Quỳnh Hồng", False),
    ("NA", "huyện", "Yên Thành", "xã", "Hoa Thành", "xã", "Yên Thành", "CCN:Hoa Thành", False),
    ("NA", "huyện", "Đô Lương", "thị trấn", "Đô Lương", "xã", "Đô Lương", "CCN:Thị trấn Đô Lương", False),
    ("NA", "huyện", "Nam Đàn", "thị trấn", "Nam Đàn", "xã", "Nam Đàn", None, False),
    ("NA", "huyện", "Nam Đàn", "xã", "Nam Giang", "xã", "Kim Liên", "CCN:Nam Giang", False),
    ("NA", "TX", "Thái Hòa", "phường", "Hòa Hiếu", "phường", "Thái Hòa", None, True),
    ("NA", "TX", "Thái Hòa", "phường", "Quang Tiến", "phường", "Tây Hiếu", None, True),
    ("NA", "huyện", "Thanh Chương", "thị trấn", "Dùng", "xã", "Thanh Chương", None, False),
    ("HN", "quận", "Cầu Giấy", "phường", "Dịch Vọng Hậu", "phường", "Cầu Giấy", None, True),
    ("HN", "quận", "Hoàng Mai", "phường", "Đại Kim", "phường", "Định Công", None, True),
    ("HN", "quận", "Long Biên", "phường", "Phúc Đồng", "phường", "Long Biên", None, True),
    ("HCM", "quận", "7", "phường", "Tân Phú", "phường", "Tân Mỹ", None, True),
    ("HCM", "quận", "Tân Bình", "phường", "4", "phường", "Tân Sơn Hòa", None, True),
    ("BD", "TP", "Thủ Dầu Một", "phường", "Hòa Phú", "phường", "Bình Dương", None, True),
    ("BD", "TX", "Bến Cát", "phường", "Mỹ Phước", "phường", "Bến Cát", None, True),
    ("HT", "TX", "Kỳ Anh", "phường", "Kỳ Long", "phường", "Hoành Sơn", None, True),
    ("HT", "TP", "Hà Tĩnh", "phường", "Trần Phú", "phường", "Thành Sen", None, True),
)

PLACES_BY_PROV: dict[str, list[tuple]] = {}
for _pl in _P:
    PLACES_BY_PROV.setdefault(_pl[0], []).append(_pl)
ZONE_PLACES: dict[str, list[tuple]] = {}
for _pl in _P:
    if _pl[7]:
        ZONE_PLACES.setdefault(_pl[7], []).append(_pl)

STREETS = {
    "TH": ("Lê Lai", "Bà Triệu", "Trần Phú", "Lê Hoàn", "Quang Trung", "Nguyễn Trãi", "Đại lộ Lê Lợi",
           "Tống Duy Tân", "Hạc Thành", "Dương Đình Nghệ", "Bà Triệu", "Quốc lộ 1A", "Quốc lộ 47",
           "Trần Hưng Đạo", "Phan Chu Trinh", "Nguyễn Du"),
    "NA": ("Lê Duẩn", "Nguyễn Văn Cừ", "Lê Hồng Phong", "Quang Trung", "Trường Chinh", "Nguyễn Sỹ Sách",
           "Phan Bội Châu", "Lê Mao", "Hồ Tùng Mậu", "Quốc lộ 1A", "Quốc lộ 46", "Đại lộ Lê Nin",
           "Trần Phú", "Nguyễn Du", "Hermann Gmeiner", "Mai Hắc Đế"),
    "HN": ("Duy Tân", "Trần Thái Tông", "Giải Phóng", "Nguyễn Văn Linh"),
    "HCM": ("Nguyễn Văn Linh", "Cộng Hòa", "Hoàng Văn Thụ"),
    "BD": ("Đại lộ Bình Dương", "Hữu Nghị", "Độc Lập"),
    "HT": ("Trần Phú", "Hàm Nghi", "Nguyễn Du"),
}

# ---------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------

# (vietnamese, english, chinese traditional, chinese simplified, group); group "shoe" = footwear/garment
# supply chain (vendor list), "elec" = electronics, "heavy" = Nghi Sơn EZ supply, "gen" = other
INDUSTRIES = (
    ("Cơ khí", "Mechanical", "機械", "机械", "heavy"),
    ("Cơ khí Chính xác", "Precision Mechanics", "精密機械", "精密机械", "elec"),
    ("Cơ khí Xây dựng", "Construction Mechanics", "建設機械", "建设机械", "heavy"),
    ("Kết cấu Thép", "Steel Structure", "鋼結構", "钢结构", "heavy"),
    ("Đúc", "Casting", "鑄造", "铸造", "heavy"),
    ("Gia công Kim loại", "Metal Processing", "金屬加工", "金属加工", "heavy"),
    ("Bao bì", "Packaging", "包裝", "包装", "shoe"),
    ("Bao bì Carton", "Carton Packaging", "紙箱", "纸箱", "shoe"),
    ("In và Bao bì", "Printing and Packaging", "印刷包裝", "印刷包装", "shoe"),
    ("Nhựa", "Plastics", "塑膠", "塑胶", "gen"),
    ("Cao su", "Rubber", "橡膠", "橡胶", "shoe"),
    ("Hóa chất", "Chemicals", "化工", "化工", "shoe"),
    ("Keo dán", "Adhesives", "膠業", "胶业", "shoe"),
    ("Vật liệu Giày", "Footwear Materials", "鞋材", "鞋材", "shoe"),
    ("Đế giày", "Shoe Soles", "鞋底", "鞋底", "shoe"),
    ("Phụ liệu May", "Garment Accessories", "服飾配件", "服饰配件", "shoe"),
    ("May mặc", "Garment", "製衣", "制衣", "shoe"),
    ("Dệt may", "Textile and Garment", "紡織", "纺织", "shoe"),
    ("Điện tử", "Electronics", "電子", "电子", "elec"),
    ("Linh kiện Điện tử", "Electronic Components", "電子零件", "电子零件", "elec"),
    ("Dây cáp Điện", "Electric Cable", "電線電纜", "电线电缆", "elec"),
    ("Thiết bị Điện", "Electrical Equipment", "電氣設備", "电气设备", "heavy"),
    ("Khuôn mẫu", "Mould", "模具", "模具", "elec"),
    ("Vật liệu Chịu lửa", "Refractory Materials", "耐火材料", "耐火材料", "heavy"),
    ("Bảo ôn Cách nhiệt", "Thermal Insulation", "保溫材料", "保温材料", "heavy"),
    ("Van Công nghiệp", "Industrial Valves", "工業閥門", "工业阀门", "heavy"),
    ("Bu lông Ốc vít", "Fasteners", "螺絲", "螺丝", "heavy"),
    ("Môi trường", "Environment", "環保", "环保", "gen"),
    ("Xử lý Nước", "Water Treatment", "水處理", "水处理", "gen"),
    ("Tự động hóa", "Automation", "自動化", "自动化", "elec"),
    ("Sơn Công nghiệp", "Industrial Coatings", "工業塗料", "工业涂料", "heavy"),
    ("Thép", "Steel", "鋼鐵", "钢铁", "heavy"),
    ("Vật tư Thiết bị", "Materials and Equipment", "設備材料", "设备材料", "gen"),
    ("Kỹ thuật Công nghiệp", "Industrial Engineering", "工業技術", "工业技术", "heavy"),
    ("Xây lắp Điện", "Electrical Installation", "電力安裝", "电力安装", "heavy"),
    ("Cơ điện", "Mechanical and Electrical", "機電", "机电", "heavy"),
    ("Vận tải", "Transport", "運輸", "运输", "gen"),
    ("Gỗ", "Wood", "木業", "木业", "gen"),
    ("Pallet Gỗ", "Wooden Pallet", "木棧板", "木栈板", "shoe"),
    ("Dây giày", "Shoelace", "鞋帶", "鞋带", "shoe"),
    ("Mút xốp", "Foam", "泡棉", "泡棉", "shoe"),
    ("Tem nhãn", "Labels", "標籤", "标签", "shoe"),
    ("Thương mại Dịch vụ", "Trading and Services", "貿易服務", "贸易服务", "gen"),
    ("Đầu tư Phát triển", "Investment and Development", "投資發展", "投资发展", "gen"),
    ("Sản xuất và Thương mại", "Manufacturing and Trading", "生產貿易", "生产贸易", "gen"),
    ("Bê tông", "Concrete", "混凝土", "混凝土", "heavy"),
    ("Vật liệu Xây dựng", "Building Materials", "建材", "建材", "heavy"),
    ("Mạ kẽm", "Galvanizing", "鍍鋅", "镀锌", "heavy"),
    ("Đột dập", "Metal Stamping", "沖壓", "冲压", "elec"),
    ("Ống thép", "Steel Pipe", "鋼管", "钢管", "heavy"),
    ("Lót giày", "Insoles", "鞋墊", "鞋垫", "shoe"),
    ("Hộp giấy", "Paper Box", "紙盒", "纸盒", "shoe"),
    ("Bảng mạch", "Circuit Board", "電路板", "电路板", "elec"),
    ("Cơ khí Sửa chữa", "Repair Engineering", "維修工程", "维修工程", "heavy"),
)
_IND_BY_GROUP: dict[str, list[int]] = {}
for _i, _ind in enumerate(INDUSTRIES):
    _IND_BY_GROUP.setdefault(_ind[4], []).append(_i)

SYLLABLES = (
    "Hùng", "Cường", "Tân", "Phát", "Minh", "Anh", "Phú", "Thành", "Hưng", "Thịnh", "Đức", "Long",
    "Hoàng", "Gia", "Bảo", "An", "Việt", "Trường", "Sơn", "Hải", "Nam", "Bắc", "Đông", "Lam", "Hồng",
    "Quang", "Huy", "Khánh", "Lộc", "Tài", "Thắng", "Lợi", "Vinh", "Hòa", "Bình", "Tiến", "Đạt", "Kim",
    "Ngọc", "Mạnh", "Dũng", "Tuấn", "Nghĩa", "Trung", "Tín", "Nhật", "Quốc", "Thái", "Toàn", "Thuận",
    "Phúc", "Xuân", "Hà", "Linh", "Châu", "Hiếu", "Hậu", "Khang", "Trí", "Vũ", "Tùng", "Lâm", "Đăng",
    "Khoa", "Hiền", "Hạnh", "Nguyên", "Quý", "Sang", "Thiện", "Tâm", "Thông", "Vượng", "Định", "Hiệp",
    "Hào", "Mai", "Liên", "Kiên", "Cao", "Triều", "Duy", "Phong", "Thanh", "Tuệ", "Chiến", "Công", "Hợp",
    "Hướng", "Ninh", "Quyết", "Tấn", "Thạch", "Tường", "Văn", "Vĩnh", "Yên", "Lực", "Danh", "Đồng",
    "Hoan", "Nhân", "Sinh", "Thọ", "Trọng", "Vạn", "Bách", "Cát", "Dương", "Điền", "Giang", "Lễ",
)
REGION_WORDS = ("Nghi Sơn", "Thanh Hóa", "Nghệ An", "Miền Trung", "Xứ Thanh", "Xứ Nghệ", "Sông Lam",
                "Hồng Lĩnh", "Lam Kinh", "Hàm Rồng", "Cửa Lò", "Bắc Trung Bộ", "Toàn Cầu", "Quốc tế",
                "Sông Mã", "Núi Nưa", "Pù Mát", "Hoàng Mai", "Vinh", "Việt Nam")
EN_BRANDS = ("Blue River", "Golden Star", "Green Field", "Red Sun", "Sunrise", "Pacific Bridge", "Eastern Sea",
             "Silver Moon", "Dragon Gate", "Phoenix", "Lotus", "Everbright", "Everwin", "Unitech", "Goldwin",
             "Newtech", "Prime Source", "Smartway", "Bestway", "Topline", "Greenway", "Highland", "Evergreen",
             "Skyline", "Oceanic", "Northstar", "Summit", "Crown", "Diamond", "Unity", "Victory", "Galaxy",
             "Infinity", "Horizon", "Kingstone", "Rainbow", "Trustlink", "Sunflower", "Maple", "Bluestone",
             "Everglory", "Goodluck", "Fortune", "Greatwall", "Allwin", "Megastar", "Metrotech", "Nova",
             "Orient", "Polaris", "Redstone", "Sapphire", "Titan", "Ultra", "Vista", "Winner", "Zenith")
EN_SUFFIX = ("Group", "International", "Industrial", "Global", "Holdings", "Asia")

# chinese syllables: (traditional, simplified, pinyin, wade-giles, han-viet)
ZH = (
    ("豐", "丰", "feng", "feng", "Phong"), ("泰", "泰", "tai", "tai", "Thái"), ("華", "华", "hua", "hua", "Hoa"),
    ("盛", "盛", "sheng", "sheng", "Thịnh"), ("榮", "荣", "rong", "jung", "Vinh"), ("興", "兴", "xing", "hsing", "Hưng"),
    ("達", "达", "da", "ta", "Đạt"), ("鑫", "鑫", "xin", "hsin", "Hâm"), ("寶", "宝", "bao", "pao", "Bảo"),
    ("昌", "昌", "chang", "chang", "Xương"), ("隆", "隆", "long", "lung", "Long"), ("源", "源", "yuan", "yuan", "Nguyên"),
    ("祥", "祥", "xiang", "hsiang", "Tường"), ("德", "德", "de", "te", "Đức"), ("永", "永", "yong", "yung", "Vĩnh"),
    ("利", "利", "li", "li", "Lợi"), ("東", "东", "dong", "tung", "Đông"), ("明", "明", "ming", "ming", "Minh"),
    ("宏", "宏", "hong", "hung", "Hoành"), ("億", "亿", "yi", "yi", "Ức"), ("豪", "豪", "hao", "hao", "Hào"),
    ("富", "富", "fu", "fu", "Phú"), ("金", "金", "jin", "chin", "Kim"), ("正", "正", "zheng", "cheng", "Chính"),
    ("成", "成", "cheng", "cheng", "Thành"), ("信", "信", "xin", "hsin", "Tín"), ("和", "和", "he", "ho", "Hòa"),
    ("勝", "胜", "sheng", "sheng", "Thắng"), ("順", "顺", "shun", "shun", "Thuận"), ("裕", "裕", "yu", "yu", "Dụ"),
    ("萬", "万", "wan", "wan", "Vạn"), ("鴻", "鸿", "hong", "hung", "Hồng"), ("聯", "联", "lian", "lien", "Liên"),
    ("冠", "冠", "guan", "kuan", "Quán"), ("展", "展", "zhan", "chan", "Triển"), ("廣", "广", "guang", "kuang", "Quảng"),
    ("偉", "伟", "wei", "wei", "Vĩ"), ("佳", "佳", "jia", "chia", "Giai"), ("益", "益", "yi", "yi", "Ích"),
    ("國", "国", "guo", "kuo", "Quốc"), ("長", "长", "chang", "chang", "Trường"), ("慶", "庆", "qing", "ching", "Khánh"),
    ("福", "福", "fu", "fu", "Phúc"), ("安", "安", "an", "an", "An"), ("光", "光", "guang", "kuang", "Quang"),
    ("強", "强", "qiang", "chiang", "Cường"), ("進", "进", "jin", "chin", "Tiến"), ("輝", "辉", "hui", "hui", "Huy"),
    ("嘉", "嘉", "jia", "chia", "Gia"), ("茂", "茂", "mao", "mao", "Mậu"), ("康", "康", "kang", "kang", "Khang"),
    ("新", "新", "xin", "hsin", "Tân"), ("協", "协", "xie", "hsieh", "Hiệp"), ("群", "群", "qun", "chun", "Quần"),
)
# korean syllables: (hangul, romanisations, han-viet)
KO = (
    ("대", ("Dae", "Tae"), "Đại"), ("성", ("Sung", "Seong"), "Thành"), ("한", ("Han",), "Hàn"),
    ("일", ("Il",), "Nhất"), ("신", ("Shin", "Sin"), "Tân"), ("영", ("Young", "Yeong"), "Vinh"),
    ("동", ("Dong",), "Đông"), ("진", ("Jin", "Chin"), "Chân"), ("우", ("Woo", "U"), "Vũ"),
    ("화", ("Hwa",), "Hoa"), ("정", ("Jung", "Jeong"), "Chính"), ("광", ("Kwang", "Gwang"), "Quang"),
    ("세", ("Se",), "Thế"), ("명", ("Myung", "Myeong"), "Minh"), ("원", ("Won",), "Nguyên"),
    ("창", ("Chang",), "Xương"), ("현", ("Hyun", "Hyeon"), "Hiền"), ("태", ("Tae",), "Thái"),
    ("승", ("Seung",), "Thắng"), ("보", ("Bo",), "Bảo"), ("경", ("Kyung", "Gyeong"), "Kinh"),
    ("흥", ("Heung",), "Hưng"), ("천", ("Chun", "Cheon"), "Thiên"), ("해", ("Hae",), "Hải"),
    ("금", ("Keum", "Geum"), "Kim"), ("용", ("Yong",), "Long"), ("상", ("Sang",), "Thượng"),
)
JP = ("Yamato", "Sanko", "Nissei", "Kyowa", "Shinko", "Hokuto", "Tokai", "Chubu", "Meiko", "Sanwa",
      "Taisei", "Nakano", "Okamoto", "Ishida", "Kanemori", "Marufuji", "Hirose", "Kitagawa", "Sakaguchi",
      "Tamura", "Ueno", "Yoshimura", "Fujimori", "Kawasaki Seiko", "Aoyama", "Morita", "Hayashi")
JP_IND = {"Mechanical": ("Kikai", "機械"), "Precision Mechanics": ("Seimitsu", "精密"),
          "Electronics": ("Denshi", "電子"), "Metal Stamping": ("Puresu", "プレス"), "Mould": ("Kanagata", "金型"),
          "Packaging": ("Hoso", "包装"), "Chemicals": ("Kagaku", "化学"), "Electric Cable": ("Densen", "電線")}
JP_A = ("Yama", "Kawa", "Naka", "Shin", "Taka", "Fuji", "Hoku", "Nishi", "Higashi", "Mitsu", "Oka", "Sakura",
        "Kita", "Minami", "Hira", "Aki", "Ishi", "Matsu", "Tani", "Hama")
JP_B = ("to", "moto", "mura", "sei", "ko", "wa", "da", "no", "kawa", "shima", "tec", "den", "kogyo", "seiki")
_EXTRA_WORDS = ("Global", "International", "Industrial", "Asia", "Tech", "Precision", "Holdings", "Plus", "Pro")
TH_SECOND = ("Kij", "Phol", "Thai", "Rung", "Suk", "Chai", "Mongkol", "Sinsap", "Pan", "Porn")
TH_BRANDS = (("Charoen", "Jaroen"), ("Wattana", "Vadhana"), ("Pattana", "Phatthana"), ("Somboon", "Sombun"),
             ("Siriwat", "Sirivat"), ("Prasert", "Prasoet"), ("Rattana", "Ratana"), ("Kittisak", "Kitisak"),
             ("Chaiyo", "Chaiyoh"), ("Sukjai", "Sukchai"), ("Thongchai", "Tongchai"), ("Boonmee", "Bunmi"))

SURNAMES = ("Nguyễn", "Lê", "Trần", "Hoàng", "Phạm", "Đặng", "Hồ", "Võ", "Lê Văn", "Nguyễn Văn", "Trịnh", "Mai")
GIVEN = (("anh", "Hùng"), ("anh", "Tuấn"), ("anh", "Dũng"), ("anh", "Cường"), ("chị", "Lan"), ("chị", "Hương"),
         ("anh", "Hải"), ("anh", "Sơn"), ("chị", "Hoa"), ("anh", "Thắng"), ("chị", "Nga"), ("anh", "Bình"),
         ("anh", "Long"), ("chị", "Thủy"), ("anh", "Quang"), ("chị", "Mai"), ("anh", "Đức"), ("anh", "Nam"),
         ("ông", "Kim"), ("ông", "Lin"), ("Mr.", "Park"), ("Mr.", "Chen"), ("Ms.", "Wang"), ("anh", "Toàn"))

# legal forms: key -> (full, abbreviated, english suffix)
FORMS = {
    "TNHH": (("Công ty TNHH", "Công ty trách nhiệm hữu hạn"),
             ("Cty TNHH", "C.ty TNHH", "CT TNHH", "Cty. TNHH", "Công ty TNHH"),
             ("Co., Ltd", "Company Limited", "Co.,Ltd", "Ltd")),
    "MTV": (("Công ty TNHH MTV", "Công ty TNHH một thành viên", "Công ty trách nhiệm hữu hạn một thành viên"),
            ("Cty TNHH MTV", "Cty TNHH 1TV", "CT TNHH MTV", "Cty TNHH 1 TV", "Công ty TNHH MTV"),
            ("One Member Co., Ltd", "Co., Ltd", "One Member Company Limited")),
    "CP": (("Công ty cổ phần", "Công ty CP"),
           ("CTCP", "Cty CP", "Cty cổ phần", "C.ty CP", "Công ty CP"),
           ("JSC", "Joint Stock Company", ".,JSC", "Corporation")),
    "DNTN": (("Doanh nghiệp tư nhân",), ("DNTN", "DN tư nhân", "D.N.T.N", "DNTN"), ("Private Enterprise",)),
    "HTX": (("Hợp tác xã",), ("HTX", "H.T.X", "HTX"), ("Cooperative",)),
}
LEGAL_TOKENS = frozenset(
    "cong ty cty c.ty cty. tnhh trach nhiem huu han mtv 1tv co co., ltd co.,ltd "
    "company limited one member cp ctcp jsc joint stock corporation dntn "
    "d.n.t.n private enterprise htx h.t.x hop tac xa cooperative .,jsc".split()
)

COUNTRY_VI = {"TW": "Đài Loan (Trung Quốc)", "KR": "Hàn Quốc", "CN": "Trung Quốc", "JP": "Nhật Bản",
              "TH": "Thái Lan", "VN": "Việt Nam", "SG": "Singapore"}

# ---------------------------------------------------------------------------------------------------
# Tax codes
# ---------------------------------------------------------------------------------------------------

_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(first9: str) -> int | None:
    """Mod-11 check digit of a Vietnamese tax code; None when the code would never be issued."""
    c = 10 - sum(int(d) * w for d, w in zip(first9, _WEIGHTS, strict=True)) % 11
    return None if c == 10 else c


def _new_tax(rng: random.Random, prefix: str, used: set[str]) -> str:
    while True:
        body = prefix + f"{rng.randrange(10_000_000):07d}"
        c = check_digit(body)
        if c is not None:
            code = body + str(c)
            if code not in used:
                used.add(code)
                return code


# ---------------------------------------------------------------------------------------------------
# Enterprises
# ---------------------------------------------------------------------------------------------------


class _Ent:
    __slots__ = ("eid", "tax", "form", "ind", "brand", "core", "old_core", "old_form", "en", "zh", "country",
                 "place", "house", "land", "mobile", "director", "irc", "parent", "branch_no", "hard", "size",
                 "mask", "fdi_hv")

    def __init__(self) -> None:
        self.old_core = None
        self.old_form = None
        self.en: tuple[str, ...] = ()
        self.zh = ""
        self.country = "VN"
        self.irc = ""
        self.parent: _Ent | None = None
        self.branch_no = 0
        self.hard: tuple[str, ...] = ()
        self.land = ""
        self.mobile = ""
        self.fdi_hv = False

    @property
    def prov(self) -> str:
        return self.place[0]


def _tokens(s: str) -> set[str]:
    out = set()
    for t in fold(s).lower().replace("(", " ").replace(")", " ").replace(",", " ").split():
        if t not in LEGAL_TOKENS:
            out.add(t)
    return out


_OLD_MOBILE = {"32": "162", "33": "163", "34": "164", "35": "165", "36": "166", "37": "167", "38": "168",
               "39": "169", "70": "120", "79": "121", "77": "122", "76": "126", "78": "128", "83": "123",
               "84": "124", "85": "125", "81": "127", "82": "129", "56": "186", "58": "188", "59": "199"}
_MOBILE_PREFIXES = ("91", "94", "88", "98", "97", "96", "86", "90", "93", "89", "32", "33", "34", "35", "36",
                    "37", "38", "39", "70", "79", "77", "76", "78", "83", "84", "85", "81", "82", "56", "58")


class _Pool:
    """Builds enterprises family by family."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used_tax: set[str] = set()
        self.used_names: set[str] = set()
        self.used_en: set[str] = set()
        self.ents: list[_Ent] = []

    # -- primitives -------------------------------------------------------------------------------
    def _place(self, prov: str, zone_bias: float = 0.55) -> tuple:
        rng = self.rng
        places = PLACES_BY_PROV[prov]
        if prov in ("TH", "NA") and rng.random() < zone_bias:
            zoned = [p for p in places if p[7]]
            return rng.choice(zoned)
        return rng.choice(places)

    def _house(self, place: tuple) -> str:
        rng = self.rng
        zone = place[7]
        if zone and rng.random() < 0.85:
            if zone.startswith("CCN"):
                return f"Lô {rng.choice('ABCDE')}{rng.randint(1, 20)}"
            if rng.random() < 0.2:
                return f"Lô CN{rng.randint(1, 40)}"
            return f"Lô {rng.choice('ABCDEFGH')}{rng.randint(1, 30)}"
        if place[8]:
            st = rng.choice(STREETS[place[0]])
            if st.startswith(("Đại lộ", "Quốc lộ")):
                return f"Số {rng.randint(1, 450)} {st}"
            return f"Số {rng.randint(1, 450)} đường {st}"
        r = rng.random()
        if r < 0.4:
            return f"Thôn {rng.randint(1, 12)}"
        if r < 0.7:
            return f"Xóm {rng.randint(1, 15)}"
        if r < 0.85:
            return f"Khối {rng.randint(1, 9)}"
        return f"Tiểu khu {rng.randint(1, 8)}"

    def _phones(self, e: _Ent) -> None:
        rng = self.rng
        area = PROVINCES[e.place[0]][2]
        width = 10 - len(area)
        e.land = area + str(rng.choice((3, 3, 3, 8, 6))) + str(rng.randrange(10 ** (width - 1))).zfill(width - 1)
        e.mobile = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"
        title, given = rng.choice(GIVEN)
        e.director = f"{title} {given}"

    def _brand(self, n: int | None = None) -> str:
        rng = self.rng
        k = n or (2 if rng.random() < 0.85 else 3)
        return " ".join(rng.sample(SYLLABLES, k))

    def _claim(self, core: str) -> bool:
        key = fold(core).lower().replace(" ", "").replace("-", "")
        if key in self.used_names:
            return False
        self.used_names.add(key)
        return True

    def _domestic_core(self, group: str | None = None) -> tuple[int, str, str]:
        rng = self.rng
        for attempt in range(60):
            ind = rng.choice(_IND_BY_GROUP[group]) if group else rng.randrange(len(INDUSTRIES))
            brand = self._brand()
            if attempt > 20:
                brand = brand + " " + rng.choice(REGION_WORDS)
            core = f"{INDUSTRIES[ind][0]} {brand}"
            if self._claim(core):
                return ind, brand, core
        raise RuntimeError("name space exhausted")

    def _finish(self, e: _Ent, prov_reg: str) -> _Ent:
        e.eid = f"TN{len(self.ents):06d}"
        if e.parent is None:
            e.tax = _new_tax(self.rng, PROVINCES[prov_reg][1], self.used_tax)
        self.ents.append(e)
        return e

    def _en_domestic(self, e: _Ent, unrelated: bool) -> None:
        rng = self.rng
        ind_en = INDUSTRIES[e.ind][1]
        if unrelated:
            for _ in range(30):
                b = rng.choice(EN_BRANDS)
                if rng.random() < 0.5:
                    b += " " + rng.choice(EN_SUFFIX)
                name = f"{b} {ind_en}"
                if name not in self.used_en:
                    break
            self.used_en.add(name)
            e.en = (name,)
        else:
            e.en = (f"{fold(e.brand)} {ind_en}",)

    # -- enterprise kinds -------------------------------------------------------------------------
    def domestic(self, prov: str | None = None, group: str | None = None, form: str | None = None) -> _Ent:
        rng = self.rng
        e = _Ent()
        prov = prov or ("TH" if rng.random() < 0.52 else "NA")
        e.form = form or rng.choices(("TNHH", "MTV", "CP", "DNTN", "HTX"), (40, 22, 24, 11, 3))[0]
        e.ind, e.brand, e.core = self._domestic_core(group)
        e.place = self._place(prov, 0.45)
        e.house = self._house(e.place)
        self._phones(e)
        r = rng.random()
        if r < 0.05:
            self._en_domestic(e, True)
            if not (_tokens(e.core) & _tokens(e.en[0])):
                e.hard = ("hard:no_shared_word",)
        elif r < 0.25:
            self._en_domestic(e, False)
        if e.place[7] and not e.place[7].startswith("CCN") and rng.random() < 0.3:
            e.irc = self._irc(e.place[0])
        if rng.random() < 0.05:
            self._rename(e)
        return self._finish(e, prov)

    def _irc(self, prov: str) -> str:
        return ("26" if prov == "TH" else "27") + f"{self.rng.randrange(100_000_000):08d}"

    def _rename(self, e: _Ent) -> None:
        rng = self.rng
        if rng.random() < 0.5:
            for _ in range(30):
                ind = rng.randrange(len(INDUSTRIES))
                old = f"{INDUSTRIES[ind][0]} {self._brand()}"
                if self._claim(old):
                    break
        else:
            for _ in range(30):
                ind = rng.randrange(len(INDUSTRIES))
                old = f"{INDUSTRIES[ind][0]} {e.brand}"
                if self._claim(old):
                    break
        e.old_core = old
        if e.form in ("TNHH", "CP") and rng.random() < 0.4:
            e.old_form = "DNTN" if e.form == "TNHH" else "TNHH"
        e.hard = e.hard + ("hard:renamed",)

    def foreign(self, prov: str | None = None, country: str | None = None) -> _Ent:
        rng = self.rng
        e = _Ent()
        prov = prov or ("TH" if rng.random() < 0.55 else "NA")
        e.country = country or rng.choices(("TW", "KR", "CN", "JP", "TH"), (35, 30, 20, 10, 5))[0]
        group = rng.choices(("shoe", "elec", "heavy", "gen"), (45, 30, 20, 5))[0]
        if e.country in ("KR", "CN", "JP") and group == "shoe" and rng.random() < 0.4:
            group = "elec"
        e.form = rng.choices(("TNHH", "MTV", "CP"), (60, 30, 10))[0]
        for attempt in range(120):
            extra = "" if attempt < 40 else " " + rng.choice(_EXTRA_WORDS)
            e.ind = rng.choice(_IND_BY_GROUP[group])
            vi_ind, en_ind, zh_t, zh_s, _g = INDUSTRIES[e.ind]
            hv = False
            if e.country in ("TW", "CN"):
                syl = rng.sample(ZH, 2)
                trad = "".join(s[0] for s in syl)
                simp = "".join(s[1] for s in syl)
                if e.country == "TW":
                    roman = rng.choice((" ".join(s[3].capitalize() for s in syl),
                                        "".join(s[3] for s in syl).capitalize()))
                    alt = " ".join(s[2].capitalize() for s in syl)
                    e.zh = "越南{}{}{}".format(trad, zh_t, rng.choice(("股份有限公司", "有限公司", "實業有限公司")))
                else:
                    roman = rng.choice((" ".join(s[2].capitalize() for s in syl),
                                        "".join(s[2] for s in syl).capitalize()))
                    alt = roman.replace(" ", "") if " " in roman else " ".join(s[2].capitalize() for s in syl)
                    e.zh = f"越南{simp}{zh_s}有限公司"
                roman += extra
                alt += extra
                hanviet = " ".join(s[4] for s in syl) + extra
                unrelated = rng.random() < (0.25 if e.country == "TW" else 0.12)
                en_brand = roman
                if unrelated:
                    en_brand = rng.choice(EN_BRANDS) + (" " + rng.choice(EN_SUFFIX) if rng.random() < 0.5 else "") + extra
                en = (f"{en_brand} {en_ind} (Vietnam)",
                      f"{en_brand if unrelated else alt} {en_ind} Vietnam")
                hv = rng.random() < 0.35
                e.brand = hanviet if hv else roman
                core = (f"{vi_ind} {hanviet}") if hv else (f"{roman} Việt Nam" if rng.random() < 0.6
                                                                 else f"{vi_ind} {roman} Việt Nam")
            elif e.country == "KR":
                syl = rng.sample(KO, 2)
                roman = syl[0][1][0] + syl[1][1][0].lower() + extra
                spaced = f"{syl[0][1][0]} {syl[1][1][0]}" + extra
                alt = f"{syl[0][1][-1]}-{syl[1][1][-1].lower()}" + extra
                e.zh = f"{syl[0][0]}{syl[1][0]}비나"
                hanviet = " ".join(s[2] for s in syl) + extra
                en = (f"{roman} {en_ind} Vina", f"{spaced} {en_ind} Vina", f"{alt} {en_ind} Vina")
                hv = rng.random() < 0.15
                e.brand = hanviet if hv else roman
                r = rng.random()
                if hv:
                    core = f"{vi_ind} {hanviet} Việt Nam"
                elif r < 0.5:
                    core = f"{roman} {en_ind} Vina"
                elif r < 0.8:
                    core = f"{spaced} {vi_ind} Vina"
                else:
                    core = f"{roman} Vina"
            elif e.country == "JP":
                b = rng.choice(JP) if rng.random() < 0.2 else rng.choice(JP_A) + rng.choice(JP_B)
                b += extra
                jp = JP_IND.get(en_ind)
                en = (f"{b} {en_ind} Vietnam",) + (((f"{b} {jp[0]} Vietnam"),) if jp else ())
                e.brand = b
                r = rng.random()
                core = (f"{b} {en_ind} Việt Nam" if r < 0.5 else f"{vi_ind} {b} Việt Nam" if r < 0.8
                        else f"{b} Việt Nam")
            else:
                (b1, b1alt), b2 = rng.choice(TH_BRANDS), rng.choice(TH_SECOND)
                b, balt = b1 + b2.lower() + extra, b1alt + b2.lower() + extra
                en = (f"Siam {b} {en_ind}", f"Siam {balt} {en_ind}")
                e.brand = f"Siam {b}"
                core = f"Siam {b} Việt Nam" if rng.random() < 0.5 else f"{vi_ind} Siam {b} Việt Nam"
            if en[0] not in self.used_en and self._claim(core):
                break
        else:
            raise RuntimeError("foreign name space exhausted")
        self.used_en.add(en[0])
        e.en = en
        e.core = core
        e.fdi_hv = hv
        e.place = self._place(prov, 0.9)
        e.house = self._house(e.place)
        self._phones(e)
        e.irc = self._irc(prov)
        if not (_tokens(core) & _tokens(en[0])):
            e.hard = ("hard:no_shared_word",)
        if rng.random() < 0.05:
            self._rename(e)
        return self._finish(e, prov)

    # -- families ---------------------------------------------------------------------------------
    def legal_twins(self) -> list[_Ent]:
        rng = self.rng
        a = self.domestic()
        forms = [f for f in ("TNHH", "MTV", "CP", "DNTN") if f != a.form]
        b = _Ent()
        b.form = rng.choice(forms)
        b.ind, b.brand, b.core, b.en = a.ind, a.brand, a.core, a.en
        b.place = rng.choice([p for p in PLACES_BY_PROV[a.prov] if p[1:3] == a.place[1:3]])
        b.house = self._house(b.place)
        while b.house == a.house and b.place == a.place:
            b.house = self._house(b.place)
        self._phones(b)
        a.hard = a.hard + ("hard:legal_twin",)
        b.hard = ("hard:legal_twin",)
        return [a, self._finish(b, a.prov)]

    def same_name(self) -> list[_Ent]:
        rng = self.rng
        a = self.domestic(prov=rng.choice(("TH", "NA")))
        b = _Ent()
        b.form, b.ind, b.brand, b.core = a.form, a.ind, a.brand, a.core
        other = "NA" if a.prov == "TH" else "TH"
        b.place = self._place(other, 0.45)
        b.house = self._house(b.place)
        self._phones(b)
        a.hard = a.hard + ("hard:same_name",)
        b.hard = ("hard:same_name",)
        return [a, self._finish(b, other)]

    def branches(self) -> list[_Ent]:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            prov = rng.choices(("HN", "HCM", "BD", "HT"), (35, 30, 20, 15))[0]
        else:
            prov = rng.choice(("TH", "NA"))
        if rng.random() < 0.25:
            parent = self.foreign(prov=prov if prov in ("TH", "NA") else None)
            if prov not in ("TH", "NA"):
                parent.place = rng.choice(PLACES_BY_PROV[prov])
                parent.house = self._house(parent.place)
                self._phones(parent)
                self.used_tax.discard(parent.tax)
                parent.tax = _new_tax(rng, PROVINCES[prov][1], self.used_tax)
        else:
            parent = self.domestic(prov=prov, form=rng.choice(("TNHH", "MTV", "CP", "CP")))
        parent.hard = parent.hard + ("hard:parent",)
        fam = [parent]
        k = rng.choices((1, 2, 3), (60, 30, 10))[0]
        for i in range(1, k + 1):
            b = _Ent()
            b.form = "BR"
            b.parent = parent
            b.branch_no = i
            b.ind, b.brand, b.core, b.en, b.zh, b.country = (parent.ind, parent.brand, parent.core, parent.en,
                                                             parent.zh, parent.country)
            bprov = rng.choice(("TH", "NA")) if prov not in ("TH", "NA") or rng.random() < 0.5 else (
                "NA" if prov == "TH" else "TH")
            b.place = self._place(bprov, 0.6)
            b.house = self._house(b.place)
            self._phones(b)
            if rng.random() < 0.15:
                b.land = parent.land  # shared switchboard
            b.tax = f"{parent.tax}-{i:03d}"
            b.hard = ("hard:branch",)
            fam.append(self._finish(b, bprov))
        return fam

    def sisters(self) -> list[_Ent]:
        rng = self.rng
        prov = rng.choice(("TH", "NA"))
        for _ in range(50):
            brand = self._brand(2)
            if not any(fold(f"{ind[0]}{brand}").lower().replace(" ", "") in self.used_names
                       for ind in INDUSTRIES):
                break
        k = rng.choices((2, 3, 4), (50, 35, 15))[0]
        inds = rng.sample(range(len(INDUSTRIES)), k)
        place = self._place(prov, 0.5)
        house = self._house(place)
        share_addr = rng.random() < 0.6
        share_land = (not share_addr) or rng.random() < 0.5
        fam: list[_Ent] = []
        for j, ind in enumerate(inds):
            e = _Ent()
            if j == 0 and rng.random() < 0.5:
                e.form, e.core = "CP", f"Tập đoàn {brand}"
            else:
                e.form = rng.choice(("TNHH", "MTV", "CP"))
                e.core = f"{INDUSTRIES[ind][0]} {brand}"
            self._claim(e.core)
            e.ind, e.brand = ind, brand
            if share_addr or j == 0:
                e.place, e.house = place, house
            else:
                e.place = self._place(prov, 0.5)
                e.house = self._house(e.place)
            self._phones(e)
            if share_land and j:
                e.land = fam[0].land
            e.hard = ("hard:sister",)
            fam.append(self._finish(e, prov))
        return fam

    def family(self) -> list[_Ent]:
        r = self.rng.random()
        if r < 0.75:
            return [self.domestic()]
        if r < 0.89:
            return [self.foreign()]
        if r < 0.91:
            return self.legal_twins()
        if r < 0.93:
            return self.same_name()
        if r < 0.98:
            return self.branches()
        return self.sisters()


_SIZES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
_SIZE_W = (400, 220, 140, 90, 55, 35, 25, 15, 8, 5, 3, 2)

# ---------------------------------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------------------------------

_OLD_AREA = {"237": "37", "238": "38", "239": "39", "24": "4", "28": "8", "274": "650"}
_DTYPE = {"TP": ("TP", "thành phố", "Tp.", "TP."), "TX": ("thị xã", "TX", "TX."), "huyện": ("huyện", "H.", "huyện"),
          "quận": ("quận", "Q.", "quận")}
_CTYPE = {"phường": ("phường", "P.", "phường"), "xã": ("xã", "X.", "xã"), "thị trấn": ("thị trấn", "TT", "TT.")}
_EN_CTYPE = {"phường": "Ward", "xã": "Commune", "thị trấn": "Town"}
_EN_DTYPE = {"TP": "City", "TX": "Town", "huyện": "District", "quận": "District"}


def _prov_text(rng: random.Random, prov: str, new: bool) -> str:
    name = PROVINCES[prov][0]
    if prov == "BD" and new:
        return rng.choice(("TP Hồ Chí Minh", "TP. Hồ Chí Minh"))
    if prov in ("HN", "HCM"):
        return rng.choice((f"TP {name}", f"TP. {name}", f"thành phố {name}", name))
    return rng.choice((f"tỉnh {name}", f"tỉnh {name}", name, f"T. {name}"))


def _zone_vi(rng: random.Random, zone: str) -> str:
    kind, name, _en = ZONES[zone]
    if kind == "KKT":
        return rng.choice(("KKT Nghi Sơn", "Khu kinh tế Nghi Sơn", "KKT Nghi Sơn", "Khu KT Nghi Sơn"))
    if kind == "CCN":
        return rng.choice(("CCN %s", "Cụm công nghiệp %s", "Cụm CN %s", "CCN %s")) % name
    return rng.choice(("KCN %s", "Khu công nghiệp %s", "KCN %s", "Khu CN %s")) % name


def _addr_vi(rng: random.Random, e: _Ent, new: bool, short: bool = False) -> str:
    pl = e.place
    parts = [e.house]
    if pl[7] and e.house.startswith("Lô"):
        parts.append(_zone_vi(rng, pl[7]))
    if new:
        ct = _CTYPE[pl[5]]
        parts.append(f"{ct[0] if rng.random() < 0.8 else ct[1]} {pl[6]}")
        parts.append(_prov_text(rng, pl[0], True))
    else:
        ct = _CTYPE[pl[3]]
        dt = _DTYPE[pl[1]]
        ci = 0 if rng.random() < 0.7 else rng.randrange(len(ct))
        parts.append(f"{ct[ci]} {pl[4]}")
        parts.append(f"{dt[ci if ci < len(dt) else 0]} {pl[2]}")
        if not short or rng.random() < 0.3:
            parts.append(_prov_text(rng, pl[0], False))
    if short and len(parts) > 3:
        del parts[0]
    return ", ".join(parts)


def _house_en(h: str) -> str:
    h = fold(h)
    if h.startswith("Lo "):
        return "Lot " + h[3:]
    if h.startswith("So "):
        rest = h[3:].split(" duong ", 1)
        if len(rest) == 2:
            return f"No. {rest[0]} {rest[1]} Street"
        num, _, road = h[3:].partition(" ")
        return "No. {} {}".format(num, road.replace("Dai lo", "Avenue").replace("Quoc lo", "Highway"))
    for vi, en in (("Thon ", "Hamlet "), ("Xom ", "Hamlet "), ("Khoi ", "Block "), ("Tieu khu ", "Sub-zone ")):
        if h.startswith(vi):
            return en + h[len(vi):]
    return h


def _addr_en(rng: random.Random, e: _Ent, new: bool) -> str:
    pl = e.place
    parts = [_house_en(e.house)]
    if pl[7] and e.house.startswith("Lô"):
        kind, name, en = ZONES[pl[7]]
        parts.append(rng.choice((en, fold(name) + (" EZ" if kind == "KKT" else " IP" if kind == "KCN" else " IC"),
                                 en.upper())))
    if new:
        parts.append(f"{fold(pl[6])} {_EN_CTYPE[pl[5]]}")
    else:
        parts.append(f"{fold(pl[4])} {_EN_CTYPE[pl[3]]}")
        parts.append(f"{fold(pl[2])} {_EN_DTYPE[pl[1]]}")
    pv = fold(PROVINCES[pl[0]][0])
    parts.append(pv + (" Province" if pl[0] not in ("HN", "HCM") else " City"))
    if rng.random() < 0.6:
        parts.append("Vietnam")
    return ", ".join(parts)


def _fmt_land(rng: random.Random, land: str, old: bool, intl: float = 0.1) -> str:
    area = next(a for a in ("237", "238", "239", "274", "24", "28") if land.startswith(a))
    local = land[len(area):]
    if old:
        area = _OLD_AREA[area]
    r = rng.random()
    if r < intl and not old:
        return rng.choice(("+84 %s %s %s", "+84-%s-%s%s", "(+84) %s %s %s")) % (area, local[:4], local[4:])
    return rng.choice(("0%s %s %s", "0%s.%s%s", "(0%s) %s%s", "0%s-%s-%s", "0%s%s%s", "0%s %s%s")) % (
        area, local[:4], local[4:])


def _fmt_mobile(rng: random.Random, mob: str, old: bool, intl: float = 0.1) -> str:
    if old and mob[:2] in _OLD_MOBILE:
        m = _OLD_MOBILE[mob[:2]] + mob[2:]
        return rng.choice(("0%s%s", "0%s.%s", "0%s %s")) % (m[:3], m[3:])
    if rng.random() < intl:
        return rng.choice(("+84 %s %s %s", "+84%s%s%s", "(+84) %s%s%s", "84%s%s%s")) % (mob[:3], mob[3:6], mob[6:])
    return rng.choice(("0%s %s %s", "0%s.%s.%s", "0%s%s%s", "0%s%s%s", "0%s-%s-%s")) % (mob[:3], mob[3:6], mob[6:])


def _typo(rng: random.Random, s: str) -> str:
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 4:
        return s
    i = rng.choice(idx[1:])
    r = rng.random()
    if r < 0.3 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.55:
        return s[:i] + s[i + 1:]
    if r < 0.75:
        return s[:i] + s[i] + s[i:]
    c = rng.choice(_KEYBOARD)
    return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]


def _tax_typo(rng: random.Random, t: str) -> str:
    head, tail = t[:10], t[10:]
    i = rng.randrange(2, 9)
    if rng.random() < 0.5:
        head = head[:i] + head[i + 1] + head[i] + head[i + 2:]
    else:
        head = head[:i] + str((int(head[i]) + rng.randint(1, 9)) % 10) + head[i + 1:]
    return head + tail


def _fmt_tax(rng: random.Random, tax: str, tags: list[str], p_space: float, p_excel: float) -> str:
    base, _, br = tax.partition("-")
    r = rng.random()
    if br:
        if r < p_space:
            tags.append("noise:tax_spaced")
            return rng.choice(("%s - %s", "%s %s", "%s%s", "%s.%s", "%s-%s")) % (base, br if rng.random() < 0.8
                                                                                 else str(int(br)))
        if r < p_space + p_excel:
            tags.append("noise:tax_excel")
            return f"{base}{br}"
        return tax
    if r < p_space:
        tags.append("noise:tax_spaced")
        return rng.choice((f"{base[:4]} {base[4:7]} {base[7:]}", f"{base[:2]} {base[2:]}",
                           f"{base[:4]}-{base[4:7]}-{base[7:]}", f"{base[:4]}.{base[4:7]}.{base[7:]}"))
    if r < p_space + p_excel:
        tags.append("noise:tax_excel")
        if base[0] == "0":
            return base[1:]
        return rng.choice((f"{base[0]}.{base[1:6]}E+09", "'" + base, base + ".0"))
    return tax


def _legal(rng: random.Random, form: str, kind: int) -> str:
    opts = FORMS[form][kind]
    return opts[0] if rng.random() < 0.5 else rng.choice(opts)


def _vi_name(rng: random.Random, e: _Ent, kind: int, old: bool = False) -> str:
    if e.form == "BR":
        p = e.parent
        pname = _vi_name(rng, p, kind)
        where = PROVINCES[e.place[0]][0] if e.branch_no == 1 else e.place[2]
        if kind == 1:
            return rng.choice(("CN %s - %s", "CN %s tại %s", "Chi nhánh %s - %s")) % (pname, where)
        r = rng.random()
        if r < 0.55:
            return f"Chi nhánh {pname} tại {where}"
        if r < 0.8:
            return f"{pname} - Chi nhánh {where}"
        return f"Chi nhánh {where} - {pname}"
    form = (e.old_form or e.form) if old else e.form
    core = e.old_core if old else e.core
    if kind == 2:
        return f"{core} {_legal(rng, form, 2)}"
    return f"{_legal(rng, form, kind)} {core}"


def _en_core(rng: random.Random, e: _Ent) -> str:
    if e.en:
        return e.en[0] if len(e.en) == 1 or rng.random() < 0.6 else rng.choice(e.en[1:])
    return f"{fold(e.brand)} {INDUSTRIES[e.ind][1]}"


def _en_name(rng: random.Random, e: _Ent) -> str:
    if e.form == "BR":
        p = e.parent
        where = fold(PROVINCES[e.place[0]][0] if e.branch_no == 1 else e.place[2])
        return f"{_en_name(rng, p)} - {where} Branch"
    return f"{_en_core(rng, e)} {_legal(rng, e.form, 2)}"


def _phone_cell(rng: random.Random, e: _Ent, tags: list[str], p_land: float, p_mob: float, p_both: float,
                p_old: float, intl: float = 0.1) -> str:
    r = rng.random()
    out = []
    if r < p_land + p_both:
        old = rng.random() < p_old
        if old:
            tags.append("noise:phone_old")
        out.append(_fmt_land(rng, e.land, old, intl))
    if p_land <= r < p_land + p_both + p_mob:
        old = rng.random() < p_old * 0.7
        if old and e.mobile[:2] in _OLD_MOBILE:
            tags.append("noise:phone_old")
        out.append(_fmt_mobile(rng, e.mobile, old, intl))
    if len(out) > 1:
        tags.append("noise:multi_phone")
        return rng.choice((" - ", " / ", "; ", ", ", " hoặc ")).join(out)
    return out[0] if out else ""

# ---------------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------------


def _casefold_noise(rng: random.Random, name: str, addr: str, tags: list[str], p_up: float, p_fold: float,
                    p_addr_same: float = 0.8) -> tuple[str, str]:
    if rng.random() < p_fold:
        tags.append("noise:no_diacritics")
        name = fold(name)
        if rng.random() < p_addr_same:
            addr = fold(addr)
    if rng.random() < p_up:
        tags.append("noise:upper")
        name = name.upper()
        if rng.random() < p_addr_same:
            addr = addr.upper()
    return name, addr


def _pick_old(rng: random.Random, e: _Ent, p: float, tags: list[str]) -> bool:
    if e.old_core and rng.random() < p:
        tags.append("noise:old_name")
        return True
    return False


def _tax_cell(rng: random.Random, e: _Ent, tags: list[str], p_present: float, p_space: float, p_excel: float,
              p_typo: float) -> str:
    if rng.random() >= p_present:
        tags.append("noise:tax_missing")
        return ""
    t = e.tax
    if rng.random() < p_typo:
        tags.append("noise:tax_typo")
        t = _tax_typo(rng, t)
    return _fmt_tax(rng, t, tags, p_space, p_excel)


def _mojibake(rng: random.Random, name: str, addr: str, tags: list[str]) -> tuple[str, str]:
    if rng.random() < 0.6:
        tags.append("noise:mojibake_tcvn3")
        return name.translate(_TCVN3), addr.translate(_TCVN3)
    tags.append("noise:mojibake_vni")
    return name.translate(_VNI), addr.translate(_VNI)


def _doit(rng: random.Random, e: _Ent, tags: list[str], na: bool) -> tuple[str, str, str, str]:
    old = _pick_old(rng, e, 0.5 if na else 0.6, tags)
    if na:
        kind = 1 if rng.random() < 0.55 else 0
    else:
        kind = 1 if rng.random() < 0.75 else 0
    name = _vi_name(rng, e, kind, old)
    if na and e.country != "VN" and rng.random() < 0.25:
        tags.append("noise:name_en")
        name = _en_name(rng, e)
    elif e.en and rng.random() < 0.1:
        name = f"{name} ({_en_name(rng, e)})"
    new_addr = rng.random() < (0.1 if na else 0.05)
    if not new_addr:
        tags.append("noise:old_address")
    addr = "" if rng.random() < 0.05 else _addr_vi(rng, e, new_addr)
    if not addr:
        tags.append("noise:addr_missing")
    if rng.random() < (0.03 if na else 0.045):
        name, addr = _mojibake(rng, name, addr, tags)
    elif na:
        name, addr = _casefold_noise(rng, name, addr, tags, 0.2, 0.25)
    else:
        name, addr = _casefold_noise(rng, name, addr, tags, 0.45, 0.35)
    tax = _tax_cell(rng, e, tags, 0.78 if na else 0.8, 0.1, 0.04, 0.04)
    phone = _phone_cell(rng, e, tags, 0.4, 0.2, 0.08, 0.5, 0.02)
    return name, tax, addr, phone


def _doit_th(rng: random.Random, e: _Ent, tags: list[str]) -> tuple[str, str, str, str]:
    return _doit(rng, e, tags, False)


def _doit_na(rng: random.Random, e: _Ent, tags: list[str]) -> tuple[str, str, str, str]:
    return _doit(rng, e, tags, True)


def _nghison_ez(rng: random.Random, e: _Ent, tags: list[str]) -> tuple[str, str, str, str]:
    old = _pick_old(rng, e, 0.35, tags)
    vi = _vi_name(rng, e, 0, old)
    r = rng.random()
    if e.country != "VN" and r < 0.15:
        name = _en_name(rng, e)
        tags.append("noise:name_en")
    elif (e.en or e.country != "VN") and r < 0.65:
        name = f"{vi} ({_en_name(rng, e).upper()})"
    else:
        name = vi
    if rng.random() < 0.5:
        tags.append("noise:upper")
        name = name.upper()
    new_addr = rng.random() < 0.4
    if not new_addr:
        tags.append("noise:old_address")
    addr = _addr_vi(rng, e, new_addr)
    investor = e.parent.country if e.parent else e.country
    if rng.random() < (0.6 if investor != "VN" else 0.15):
        addr += rng.choice((" - NĐT: %s", "; Quốc tịch NĐT: %s", " (NĐT %s)")) % COUNTRY_VI[investor]
    irc = e.irc or (e.parent.irc if e.parent else "")
    if irc and rng.random() < 0.25:
        tags.append("noise:tax_irc")
        tax = rng.choice(("%s", "GCNĐKĐT %s", "IRC %s", "%s")) % irc
    else:
        tax = _tax_cell(rng, e, tags, 0.9, 0.05, 0.02, 0.02)
    phone = _phone_cell(rng, e, tags, 0.45, 0.1, 0.05, 0.2, 0.25)
    return name, tax, addr, phone


def _shoe_vendor(rng: random.Random, e: _Ent, tags: list[str]) -> tuple[str, str, str, str]:
    old = _pick_old(rng, e, 0.4, tags)
    r = rng.random()
    if e.zh and r < 0.35:
        name = e.zh if e.form != "BR" else e.zh + "分公司"
        tags.append("noise:name_zh")
    elif e.zh and r < 0.45:
        name = f"{e.zh} / {_en_name(rng, e).upper()}"
        tags.append("noise:name_zh")
    elif r < 0.8:
        name = _en_name(rng, e)
        if rng.random() < 0.6:
            name = name.upper()
        tags.append("noise:name_en")
    else:
        name = _vi_name(rng, e, rng.randrange(2), old)
    if rng.random() < 0.3:
        tags.append("noise:vendor_code")
        name = rng.choice(("V%05d - %s", "[%05d] %s", "VN%05d %s")) % (rng.randrange(100000), name)
    if rng.random() < 0.7:
        addr = _addr_en(rng, e, rng.random() < 0.3)
        tags.append("noise:addr_en")
    else:
        addr = _addr_vi(rng, e, rng.random() < 0.3)
    tax = _tax_cell(rng, e, tags, 0.7, 0.08, 0.05, 0.03)
    phone = _phone_cell(rng, e, tags, 0.35, 0.3, 0.1, 0.15, 0.6)
    return name, tax, addr, phone


def _tax_dept(rng: random.Random, e: _Ent, tags: list[str]) -> tuple[str, str, str, str]:
    name = _vi_name(rng, e, 0, False).upper()
    if len(name) > 50:
        tags.append("noise:truncated")
        name = name[:50]
    new_addr = rng.random() < 0.85
    if not new_addr:
        tags.append("noise:old_address")
    addr = _addr_vi(rng, e, new_addr)
    if rng.random() < 0.3:
        addr = addr.upper()
    tax = e.tax if rng.random() < 0.995 else ""
    if not tax:
        tags.append("noise:tax_missing")
    phone = _phone_cell(rng, e, tags, 0.15, 0.1, 0.0, 0.1, 0.0)
    return name, tax, addr, phone


def _bhxh(rng: random.Random, e: _Ent, tags: list[str]) -> tuple[str, str, str, str]:
    old = _pick_old(rng, e, 0.25, tags)
    name = _vi_name(rng, e, 0, old)
    if rng.random() < 0.7:
        tags.append("noise:upper")
        name = name.upper()
    new_addr = rng.random() < 0.5
    if not new_addr:
        tags.append("noise:old_address")
    addr = _addr_vi(rng, e, new_addr)
    if rng.random() < 0.05:
        tags.append("noise:wrong_column")
        tags.append("noise:tax_missing")
        tax = f"{rng.choice(('TA', 'TH', 'NA', 'YN'))}{rng.randrange(10000):04d}{rng.choice('ABCDZ')}"
    else:
        tax = _tax_cell(rng, e, tags, 0.85, 0.05, 0.04, 0.03)
    phone = _phone_cell(rng, e, tags, 0.3, 0.15, 0.05, 0.15, 0.0)
    return name, tax, addr, phone


def _assoc(rng: random.Random, e: _Ent, tags: list[str]) -> tuple[str, str, str, str]:
    old = _pick_old(rng, e, 0.5, tags)
    if e.form != "BR" and rng.random() < 0.6:
        tags.append("noise:brand_first")
        core = e.old_core if old else e.core
        brand = e.brand if e.brand in core else core
        rest = core.replace(brand, "").strip() if brand != core else ""
        form = (e.old_form or e.form) if old else e.form
        name = f"{brand} - {_legal(rng, form, 1)} {rest}" if rest else "{} - {}".format(brand, _legal(
            rng, form, 1))
        name = name.strip()
    else:
        name = _vi_name(rng, e, 1, old)
    new_addr = rng.random() < 0.4
    if not new_addr:
        tags.append("noise:old_address")
    addr = _addr_vi(rng, e, new_addr, short=rng.random() < 0.7)
    name, addr = _casefold_noise(rng, name, addr, tags, 0.15, 0.15)
    tax = _tax_cell(rng, e, tags, 0.4, 0.1, 0.02, 0.03)
    r = rng.random()
    if r < 0.7:
        tags.append("noise:director_mobile")
        mob = _fmt_mobile(rng, e.mobile, rng.random() < 0.12)
        phone = rng.choice(("%s %s", "%s: %s", "%s (%s)")) % (e.director, mob) if rng.random() < 0.8 else (
            f"{mob} - {e.director}")
        if rng.random() < 0.15:
            tags.append("noise:multi_phone")
            phone = f"{_fmt_land(rng, e.land, False)}; {phone}"
    elif r < 0.85:
        phone = _phone_cell(rng, e, tags, 0.5, 0.5, 0.0, 0.2)
    else:
        phone = ""
    return name, tax, addr, phone


def _yellowpages(rng: random.Random, e: _Ent, tags: list[str]) -> tuple[str, str, str, str]:
    old = _pick_old(rng, e, 0.45, tags)
    if e.form != "BR" and rng.random() < 0.4:
        tags.append("noise:no_legal_form")
        name = (e.old_core if old else e.core).title()
    elif e.en and rng.random() < (0.4 if e.country != "VN" else 0.15):
        name = _en_name(rng, e)
        tags.append("noise:name_en")
    else:
        name = _vi_name(rng, e, rng.choice((0, 1, 1)), old)
    r = rng.random()
    if r < 0.1:
        tags.append("noise:mixed_address")
        pl = e.place
        parts = [e.house, f"{pl[5]} {pl[6]}", f"{_DTYPE[pl[1]][0]} {pl[2]}", PROVINCES[pl[0]][0]]
        addr = ", ".join(parts)
    else:
        new_addr = r > 0.75
        if not new_addr:
            tags.append("noise:old_address")
        addr = _addr_vi(rng, e, new_addr)
    if rng.random() < 0.12:
        addr = ""
        tags.append("noise:addr_missing")
    name, addr = _casefold_noise(rng, name, addr, tags, 0.05, 0.2)
    if rng.random() < 0.5:
        tax = _tax_cell(rng, e, tags, 1.0, 0.05, 0.02, 0.03)
        if rng.random() < 0.4:
            tax = "MST: " + tax
    else:
        tags.append("noise:tax_missing")
        tax = ""
    phone = _phone_cell(rng, e, tags, 0.3, 0.25, 0.3, 0.25)
    if not phone and rng.random() < 0.3:
        phone = "Hotline: " + _fmt_mobile(rng, e.mobile, False)
    return name, tax, addr, phone


_RENDER = (_doit_th, _doit_na, _nghison_ez, _shoe_vendor, _tax_dept, _bhxh, _assoc, _yellowpages)
_TYPO_P = (0.07, 0.06, 0.04, 0.05, 0.02, 0.04, 0.06, 0.08)

# ---------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------


def _board_zone(place: tuple) -> bool:
    return place[0] == "TH" and bool(place[7]) and not place[7].startswith("CCN")


def _masks(ents: list[_Ent]) -> None:
    invests = set()
    for e in ents:
        if e.parent is not None and _board_zone(e.place):
            invests.add(id(e.parent))
    for e in ents:
        loc = e.place[0]
        local = loc in ("TH", "NA")
        shoe = INDUSTRIES[e.ind][4] == "shoe" or (e.country in ("TW",) and e.ind >= 0)
        m = 0
        m |= (loc == "TH") << 0
        m |= (loc == "NA") << 1
        m |= (_board_zone(e.place) or id(e) in invests) << 2
        m |= shoe << 3
        m |= local << 4
        m |= local << 5
        m |= 1 << 6
        m |= 1 << 7
        e.mask = m


def _calibrate(ents: list[_Ent]) -> dict[int, list[float]]:
    """Per eligibility mask cumulative source weights so that realised shares match SOURCE_SHARES."""
    load: dict[int, int] = {}
    for e in ents:
        load[e.mask] = load.get(e.mask, 0) + e.size
    target = [SOURCE_SHARES[s] for s in SOURCES]
    w = target[:]
    for _ in range(200):
        got = [0.0] * len(SOURCES)
        for m, cnt in load.items():
            z = sum(w[i] for i in range(len(SOURCES)) if m >> i & 1)
            for i in range(len(SOURCES)):
                if m >> i & 1:
                    got[i] += cnt * w[i] / z
        tot = sum(got)
        w = [w[i] * (target[i] / (got[i] / tot)) ** 0.8 if got[i] else w[i] for i in range(len(SOURCES))]
    cum: dict[int, list[float]] = {}
    for m in load:
        acc, row = 0.0, []
        for i in range(len(SOURCES)):
            acc += w[i] if m >> i & 1 else 0.0
            row.append(acc)
        cum[m] = row
    return cum


def _generate(n: int, seed: int) -> tuple[list[dict], list[tuple]]:
    if n <= 0:
        return [], []
    rng = random.Random(f"thanhnghe:{seed}")
    pool = _Pool(rng)
    total = 0
    size_cum = []
    acc = 0
    for w in _SIZE_W:
        acc += w
        size_cum.append(acc)
    while total < n:
        for e in pool.family():
            e.size = rng.choices(_SIZES, cum_weights=size_cum)[0]
            total += e.size
    ents = pool.ents
    _masks(ents)
    cum = _calibrate(ents)
    rows: list[tuple] = []
    remaining = n
    idx = list(range(len(SOURCES)))
    for e in ents:
        if remaining <= 0:
            break
        k = min(e.size, remaining)
        remaining -= k
        cw = cum[e.mask]
        fam_tags = e.hard
        for si in rng.choices(idx, cum_weights=cw, k=k):
            tags = ["src:" + SOURCES[si]]
            tags.extend(fam_tags)
            name, tax, addr, phone = _RENDER[si](rng, e, tags)
            if rng.random() < _TYPO_P[si]:
                tags.append("noise:typo")
                name = _typo(rng, name)
            if tax and phone and rng.random() < 0.012:
                tags.append("noise:wrong_column")
                tax, phone = phone, tax
            rows.append((name, tax, addr, phone, e.eid, tuple(tags)))
    rng.shuffle(rows)
    recs = []
    tag_list = []
    for i, (name, tax, addr, phone, eid, tags) in enumerate(rows):
        recs.append({"id": f"tn{seed}-{i:07d}", "name": name, "tax_code": tax, "address": addr,
                     "phone": phone, "truth": eid})
        tag_list.append(tags)
    return recs, tag_list


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic records with keys id, name, tax_code, address, phone, truth."""
    return _generate(n, seed)[0]


def labelled(n: int, seed: int = 0) -> tuple[list[dict], list[tuple]]:
    """The same records as records(n, seed) plus per-record tag tuples ("src:NAME", hard/noise tags)."""
    return _generate(n, seed)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 10_000
    seed = int(args[1]) if len(args) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    sizes: dict[str, int] = {}
    for r in recs:
        sizes[r["truth"]] = sizes.get(r["truth"], 0) + 1
    src: dict[str, int] = {}
    tag_count: dict[str, int] = {}
    for t in tags:
        src[t[0]] = src.get(t[0], 0) + 1
        for x in set(t[1:]):
            tag_count[x] = tag_count.get(x, 0) + 1
    ne = len(sizes)
    print(f"thanhnghe: {len(recs)} records, {ne} enterprises ({len(recs) / max(ne, 1):.2f} rec/ent), {dt:.1f} s")
    if ne:
        single = sum(1 for v in sizes.values() if v == 1)
        print(f"  singletons {100 * single / ne:.1f} %, largest {max(sizes.values())}")
    for s in SOURCES:
        print(f"  {s:<12} {src.get('src:' + s, 0) / max(n, 1):6.3f} (target {SOURCE_SHARES[s]:.2f})")
    for k in sorted(tag_count):
        print(f"  {k:<24} {tag_count[k] / max(n, 1):6.3f}")
    for f in ("name", "tax_code", "address", "phone"):
        print(f"  filled {f:<9} {sum(1 for r in recs if r[f]) / max(n, 1):6.3f}")


if __name__ == "__main__":
    main()
