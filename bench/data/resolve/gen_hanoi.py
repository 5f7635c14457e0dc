"""ALL DATA IS SYNTHETIC. No record describes a real enterprise, person, tax
code or telephone subscriber; names are random combinations of common
Vietnamese / Japanese / Korean / Taiwanese brand syllables, tax codes are
random numbers that merely pass the mod-11 check, phone numbers are random
numbers inside real numbering plans.  The old->new administrative mapping
used below is a plausible approximation applied consistently, not an
official reference table.

Scenario
--------
Hà Nội's Department of Industry and Trade (Sở Công Thương) is building one
register of supporting-industry (công nghiệp hỗ trợ, CNHT) enterprises:
mechanical parts, moulds, plastics, electronic components, packaging,
rubber, garment accessories, electric wire and cable, printing.  The data
officer has been handed nine lists.  Hà Nội includes former Hà Tây (merged
2008); since 1 July 2025 there are no districts any more and wards/communes
were merged and renamed ("phường Hoàng Mai", "xã Quang Minh", "xã Thiên
Lộc" ...) while most lists still carry old forms ("quận Long Biên",
"huyện Mê Linh", "thị xã Sơn Tây", "H. Thạch Thất").  Firms sit in the
industrial parks (KCN Thăng Long, KCN Nội Bài, KCN Quang Minh, KCN Bắc
Thăng Long, KCN Thạch Thất - Quốc Oai, KCN Phú Nghĩa, KCN Sài Đồng B, Khu
công nghệ cao Hòa Lạc), in industrial clusters (CCN Ngọc Hồi, CCN Phú Thị,
CCN Hà Bình Phương, CCN Quất Động, CCN Bích Hòa, the Phùng Xá mechanical
craft-village cluster in Thạch Thất), or have a head office in a city
street ("Số 12 ngõ 34 phố Duy Tân", "Tầng 5, tòa nhà ...") with the
factory in a park.  Many are Japanese, Korean or Taiwanese FDI firms; some
suppliers are in neighbouring Hưng Yên, Bắc Ninh and Vĩnh Phúc (merged
into Phú Thọ in 2025).

Sources (tag "src:<name>") and their habits
-------------------------------------------
thue      Tax department extract (Thuế TP Hà Nội).  Official registered name
          in capitals with diacritics ("CÔNG TY TNHH CƠ KHÍ CHÍNH XÁC MINH
          PHÁT"), tax code always present and clean (branches "-001"),
          registered head-office address mostly already in the new units
          (no district), phone = the phone declared at registration, which
          is often the accounting-service office that filed the papers and
          is therefore shared by unrelated firms.  Household businesses
          appear under the owner's name, since 7/2025 often with the 12-digit
          citizen ID as tax code instead of the old personal tax code.
          Only firms registered in Hà Nội (codes 01..., 05... of former Hà Tây).
cnht      Hà Nội CNHT development centre member/support list (Excel kept by
          hand over years).  Mixed case, "Cty TNHH", "CTCP", old districts
          ("H. Mê Linh"), factory address as often as head office, tax code
          often missing or spaced ("0101 234 567"), phones like
          "(024) 3.812.3456 - 0912 345 678", contact names in the phone cell.
          Not updated after renames/moves for a good share of firms.
kcn       Tenant lists of the park management boards (Ban quản lý các KCN và
          CX Hà Nội; Ban quản lý Khu CNC Hòa Lạc).  Only firms with premises
          in a park; "Lô 45, KCN Thăng Long", often no ward at all, English
          registered names for FDI firms, phone frequently the park's own
          hotline (shared by every tenant of that park).
jvendor   Approved vendor list of a Japanese assembler.  English names
          ("Minh Phat Precision Mechanical Co., Ltd", "MARUYAMA SEIKO VIETNAM
          CO.,LTD"), vendor codes glued to the name, occasionally katakana
          (マルヤマ精工ベトナム), factory/shipping address in English ("Lot J-4,
          Thang Long Industrial Park, Dong Anh Dist., Hanoi"), +84 phones.
          The vendor master is rarely updated (old names, old addresses).
hoicho    Sign-up sheet (Google Form) of a 2025 business-matching fair.
          Typed by the firms' staff: lower case, no diacritics, keyboard
          typos, Telex leftovers ("minh phats"), sometimes only a brand,
          the contact person's mobile (sometimes a different person than in
          other lists), tax code rarely given, short addresses.
tke       Statistics office enterprise survey extract.  Upper case, names cut
          at a fixed width of 45 characters, some rows with the VSIC code
          glued in front ("2592-CÔNG TY ..."), administrative address in old
          units ("Xã Kim Chung, Huyện Đông Anh, Thành phố Hà Nội"), phone
          column numeric so the leading zero is often lost.  Hà Nội firms only.
hoadon    Bank / e-invoice customer list.  No diacritics, upper case,
          "CTY CP", "CTY TNHH"; tax code passed through Excel
          ("101234567", "101234567.0", "1.01234567E+08", rarely a lossy
          "1.01235E+08"), branch suffix sometimes dropped (the bank books the
          branch under the head office code); "84..." phones.
langnghe  Craft-village list of Phùng Xá / Thạch Thất (mechanical village).
          Household businesses ("Hộ kinh doanh Khuất Văn Minh", "Cơ sở cơ
          khí Văn Minh") and small firms of the area; thôn/xóm addresses in
          old units, occasionally still "Hà Tây"; owner's mobile.
ds2015    Old 2015 list inherited from the former department.  Names and
          legal forms as of 2015 (before renames and TNHH->CP conversions),
          addresses before moves, phones in pre-2017 numbering (Hà Nội
          "04 3xxx xxxx" instead of "024 3xxx xxxx", 11-digit mobiles
          "0168 xxx xxxx" instead of "038 xxx xxxx"), some mojibake from an
          old encoding conversion.  Only firms founded before 2015.

Truth and traps
---------------
`truth` labels the legal entity.  A dependent branch ("Chi nhánh ...",
tax code "<head office>-001") is its own entity, distinct from its head
office.  Deliberate traps: namesakes (same brand, different firm in another
park or province, different tax code), sister companies sharing head-office
address and phone, branches, renamed firms (same tax code, new name),
TNHH->CP conversions (same tax code), firms that moved, virtual-office /
accounting-service addresses and phones shared by unrelated firms, park
hotlines shared by all tenants of a park, different contact persons' mobiles.
Every record keeps something a careful officer could recognise (brand,
owner, tax code, phone or address); a bare brand with nothing else occurs
only occasionally, as in real sign-up sheets.

Interface: records(n, seed) -> list[dict]; labelled(n, seed) -> (records,
tags); CLI: python gen_hanoi.py N [SEED].
"""

from __future__ import annotations

import gc
import random
import sys
import time
import unicodedata
from bisect import bisect_right
from collections import Counter

__all__ = ["records", "labelled", "main"]

# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------


def _build_strip():
    t = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1EA0, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            t[cp] = base
    t[ord("đ")] = "d"
    t[ord("Đ")] = "D"
    return t


_STRIP = _build_strip()


def _nd(s):
    return s.translate(_STRIP)


_KB = {
    "q": "wa",
    "w": "qes",
    "e": "wrd",
    "r": "etf",
    "t": "ryg",
    "y": "tuh",
    "u": "yij",
    "i": "uok",
    "o": "ipl",
    "p": "ol",
    "a": "qsz",
    "s": "adwx",
    "d": "sfe",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "j": "hku",
    "k": "jli",
    "l": "ko",
    "z": "xa",
    "x": "zcs",
    "c": "xvd",
    "v": "cbf",
    "b": "vng",
    "n": "bmh",
    "m": "nj",
}


def _typo(s, rng):
    n = len(s)
    if n < 4:
        return s
    for _ in range(6):
        i = rng.randrange(n)
        if s[i].isalpha():
            break
    else:
        return s
    c = s[i]
    r = rng.random()
    if r < 0.4:
        b = _nd(c).lower()
        nb = _KB.get(b)
        if not nb:
            return s[:i] + s[i + 1 :]
        x = nb[rng.randrange(len(nb))]
        if c.isupper():
            x = x.upper()
        return s[:i] + x + s[i + 1 :]
    if r < 0.65:
        return s[:i] + s[i + 1 :]
    if r < 0.8:
        return s[:i] + c + s[i:]
    if i + 1 < n:
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    return s[:i]


_TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def _telex_word(w):
    d = unicodedata.normalize("NFD", w)
    out = []
    tone = ""
    for ch in d:
        if ch in _TONE:
            tone = _TONE[ch]
        elif ch == "\u0302" and out:
            out.append(out[-1])
        elif ch in ("\u0306", "\u031b"):
            out.append("w")
        elif ch == "đ":
            out.append("dd")
        elif ch == "Đ":
            out.append("Dd")
        else:
            out.append(ch)
    s = "".join(out) + tone
    return s.upper() if w.isupper() else s


def _telex(s, rng):
    """Leave the Telex keystrokes of one accented word in the text."""
    ws = s.split(" ")
    idx = [i for i, w in enumerate(ws) if _nd(w) != w]
    if not idx:
        return s, False
    i = idx[rng.randrange(len(idx))]
    ws[i] = _telex_word(ws[i])
    return " ".join(ws), True


def _mojibake(s):
    return s.encode("utf-8").decode("cp1252", errors="replace")


def _tbl(pairs):
    items, cum, t = [], [], 0.0
    for it, w in pairs:
        if w <= 0:
            continue
        t += w
        items.append(it)
        cum.append(t)
    return (items, cum, t)


def _pick(rng, tbl):
    items, cum, t = tbl
    i = bisect_right(cum, rng.random() * t)
    return items[i if i < len(items) else -1]


def _ordinal(k):
    if 10 <= k % 100 <= 20:
        return f"{k}th"
    return f"{k}" + {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")


# ---------------------------------------------------------------------------
# geography
# ---------------------------------------------------------------------------

_K = {
    "p": ("phường", "P.", "Ward"),
    "x": ("xã", "X.", "Commune"),
    "tt": ("thị trấn", "TT.", "Town"),
    "q": ("quận", "Q.", "District"),
    "h": ("huyện", "H.", "District"),
    "tx": ("thị xã", "TX.", "Town"),
    "tp": ("thành phố", "TP.", "City"),
}

_DIST_SRC = [
    (
        "HN",
        "q",
        "Cầu Giấy",
        0,
        "p:Dịch Vọng Hậu>p:Cầu Giấy|p:Dịch Vọng>p:Cầu Giấy|p:Mai Dịch>p:Cầu Giấy|p:Quan Hoa>p:Nghĩa Đô|p:Nghĩa Đô>p:Nghĩa Đô|p:Yên Hòa>p:Yên Hòa|p:Trung Hòa>p:Yên Hòa",
    ),
    (
        "HN",
        "q",
        "Đống Đa",
        0,
        "p:Láng Hạ>p:Láng|p:Láng Thượng>p:Láng|p:Ô Chợ Dừa>p:Ô Chợ Dừa|p:Trung Liệt>p:Đống Đa|p:Kim Liên>p:Kim Liên|p:Khương Thượng>p:Kim Liên|p:Văn Miếu>p:Văn Miếu - Quốc Tử Giám|p:Quang Trung>p:Đống Đa",
    ),
    (
        "HN",
        "q",
        "Thanh Xuân",
        0,
        "p:Thượng Đình>p:Thanh Xuân|p:Nhân Chính>p:Thanh Xuân|p:Thanh Xuân Trung>p:Thanh Xuân|p:Khương Đình>p:Khương Đình|p:Hạ Đình>p:Khương Đình|p:Kim Giang>p:Khương Đình|p:Khương Mai>p:Phương Liệt",
    ),
    (
        "HN",
        "q",
        "Hoàng Mai",
        0,
        "p:Hoàng Văn Thụ>p:Hoàng Mai|p:Tân Mai>p:Hoàng Mai|p:Tương Mai>p:Tương Mai|p:Định Công>p:Định Công|p:Lĩnh Nam>p:Lĩnh Nam|p:Yên Sở>p:Yên Sở|p:Hoàng Liệt>p:Hoàng Liệt|p:Vĩnh Hưng>p:Vĩnh Hưng|p:Thịnh Liệt>p:Hoàng Liệt|p:Mai Động>p:Vĩnh Hưng",
    ),
    (
        "HN",
        "q",
        "Hai Bà Trưng",
        0,
        "p:Minh Khai>p:Vĩnh Tuy|p:Vĩnh Tuy>p:Vĩnh Tuy|p:Bạch Mai>p:Bạch Mai|p:Thanh Nhàn>p:Hai Bà Trưng|p:Quỳnh Mai>p:Bạch Mai|p:Trương Định>p:Tương Mai",
    ),
    (
        "HN",
        "q",
        "Long Biên",
        0,
        "p:Ngọc Lâm>p:Bồ Đề|p:Bồ Đề>p:Bồ Đề|p:Gia Thụy>p:Long Biên|p:Thạch Bàn>p:Long Biên|p:Phúc Đồng>p:Long Biên|p:Sài Đồng>p:Phúc Lợi|p:Việt Hưng>p:Việt Hưng|p:Đức Giang>p:Việt Hưng|p:Phúc Lợi>p:Phúc Lợi|p:Long Biên>p:Long Biên",
    ),
    (
        "HN",
        "q",
        "Nam Từ Liêm",
        0,
        "p:Mỹ Đình 1>p:Từ Liêm|p:Mỹ Đình 2>p:Từ Liêm|p:Mễ Trì>p:Đại Mỗ|p:Cầu Diễn>p:Từ Liêm|p:Phương Canh>p:Xuân Phương|p:Tây Mỗ>p:Tây Mỗ|p:Đại Mỗ>p:Đại Mỗ|p:Phú Đô>p:Từ Liêm",
    ),
    (
        "HN",
        "q",
        "Bắc Từ Liêm",
        0,
        "p:Cổ Nhuế 1>p:Nghĩa Đô|p:Xuân Đỉnh>p:Xuân Đỉnh|p:Phú Diễn>p:Phú Diễn|p:Minh Khai>p:Tây Tựu|p:Thượng Cát>p:Thượng Cát|p:Đức Thắng>p:Đông Ngạc|p:Tây Tựu>p:Tây Tựu|p:Đông Ngạc>p:Đông Ngạc",
    ),
    (
        "HN",
        "q",
        "Hà Đông",
        1,
        "p:Văn Quán>p:Hà Đông|p:Quang Trung>p:Hà Đông|p:Yên Nghĩa>p:Yên Nghĩa|p:Phú Lãm>p:Phú Lương|p:Dương Nội>p:Dương Nội|p:Kiến Hưng>p:Kiến Hưng|p:La Khê>p:Hà Đông|p:Phú La>p:Kiến Hưng|p:Mộ Lao>p:Hà Đông",
    ),
    (
        "HN",
        "q",
        "Ba Đình",
        0,
        "p:Kim Mã>p:Giảng Võ|p:Ngọc Khánh>p:Giảng Võ|p:Liễu Giai>p:Ngọc Hà|p:Đội Cấn>p:Ngọc Hà|p:Cống Vị>p:Ngọc Hà|p:Thành Công>p:Giảng Võ",
    ),
    (
        "HN",
        "q",
        "Tây Hồ",
        0,
        "p:Xuân La>p:Xuân Đỉnh|p:Phú Thượng>p:Phú Thượng|p:Bưởi>p:Tây Hồ|p:Thụy Khuê>p:Tây Hồ|p:Quảng An>p:Tây Hồ",
    ),
    (
        "HN",
        "q",
        "Hoàn Kiếm",
        0,
        "p:Tràng Tiền>p:Hoàn Kiếm|p:Cửa Nam>p:Cửa Nam|p:Hàng Bài>p:Cửa Nam|p:Phan Chu Trinh>p:Cửa Nam",
    ),
    (
        "HN",
        "h",
        "Đông Anh",
        0,
        "tt:Đông Anh>x:Đông Anh|x:Uy Nỗ>x:Đông Anh|x:Kim Chung>x:Thiên Lộc|x:Hải Bối>x:Thiên Lộc|x:Võng La>x:Thiên Lộc|x:Đại Mạch>x:Thiên Lộc|x:Vân Nội>x:Phúc Thịnh|x:Nguyên Khê>x:Phúc Thịnh|x:Xuân Nộn>x:Thư Lâm|x:Cổ Loa>x:Đông Anh|x:Vĩnh Ngọc>x:Vĩnh Thanh|x:Kim Nỗ>x:Phúc Thịnh",
    ),
    (
        "HN",
        "h",
        "Sóc Sơn",
        0,
        "tt:Sóc Sơn>x:Sóc Sơn|x:Mai Đình>x:Nội Bài|x:Quang Tiến>x:Nội Bài|x:Phù Lỗ>x:Kim Anh|x:Tân Minh>x:Đa Phúc|x:Minh Trí>x:Trung Giã|x:Phù Linh>x:Sóc Sơn",
    ),
    (
        "HN",
        "h",
        "Mê Linh",
        0,
        "tt:Quang Minh>x:Quang Minh|x:Kim Hoa>x:Quang Minh|x:Chi Đông>x:Quang Minh|x:Tiền Phong>x:Mê Linh|x:Mê Linh>x:Mê Linh|x:Tiến Thắng>x:Tiến Thắng|x:Thanh Lâm>x:Yên Lãng|x:Đại Thịnh>x:Mê Linh",
    ),
    (
        "HN",
        "h",
        "Thạch Thất",
        1,
        "x:Phùng Xá>x:Tây Phương|x:Hữu Bằng>x:Tây Phương|x:Thạch Xá>x:Tây Phương|x:Bình Phú>x:Tây Phương|x:Thạch Hòa>x:Hòa Lạc|x:Tân Xã>x:Hòa Lạc|x:Bình Yên>x:Hòa Lạc|tt:Liên Quan>x:Thạch Thất|x:Canh Nậu>x:Hạ Bằng|x:Hạ Bằng>x:Hạ Bằng|x:Chàng Sơn>x:Thạch Thất",
    ),
    (
        "HN",
        "h",
        "Quốc Oai",
        1,
        "tt:Quốc Oai>x:Quốc Oai|x:Phượng Cách>x:Kiều Phú|x:Sài Sơn>x:Phú Cát|x:Ngọc Mỹ>x:Quốc Oai|x:Cấn Hữu>x:Hưng Đạo",
    ),
    (
        "HN",
        "h",
        "Chương Mỹ",
        1,
        "tt:Chúc Sơn>p:Chương Mỹ|x:Phú Nghĩa>x:Phú Nghĩa|x:Trường Yên>x:Phú Nghĩa|x:Ngọc Hòa>x:Phú Nghĩa|tt:Xuân Mai>x:Xuân Mai|x:Đông Sơn>x:Trần Phú|x:Hòa Chính>x:Quảng Bị",
    ),
    (
        "HN",
        "h",
        "Thanh Trì",
        0,
        "x:Ngọc Hồi>x:Ngọc Hồi|x:Liên Ninh>x:Ngọc Hồi|x:Tứ Hiệp>x:Thanh Trì|tt:Văn Điển>x:Thanh Trì|x:Tả Thanh Oai>x:Đại Thanh|x:Duyên Hà>x:Thanh Trì|x:Vĩnh Quỳnh>x:Đại Thanh",
    ),
    (
        "HN",
        "h",
        "Gia Lâm",
        0,
        "x:Phú Thị>x:Gia Lâm|x:Dương Xá>x:Gia Lâm|tt:Trâu Quỳ>x:Gia Lâm|x:Kiêu Kỵ>x:Gia Lâm|x:Bát Tràng>x:Bát Tràng|x:Đặng Xá>x:Thuận An|x:Lệ Chi>x:Thuận An|x:Phù Đổng>x:Phù Đổng|tt:Yên Viên>x:Phù Đổng",
    ),
    (
        "HN",
        "h",
        "Thường Tín",
        1,
        "tt:Thường Tín>x:Thường Tín|x:Văn Bình>x:Thường Tín|x:Hà Hồi>x:Thượng Phúc|x:Quất Động>x:Thượng Phúc|x:Liên Phương>x:Thường Tín|x:Duyên Thái>x:Hồng Vân|x:Nhị Khê>x:Thường Tín",
    ),
    (
        "HN",
        "tx",
        "Sơn Tây",
        1,
        "p:Trung Hưng>p:Sơn Tây|p:Quang Trung>p:Sơn Tây|p:Xuân Khanh>p:Tùng Thiện|p:Trung Sơn Trầm>p:Tùng Thiện|x:Kim Sơn>p:Tùng Thiện",
    ),
    (
        "HN",
        "h",
        "Hoài Đức",
        1,
        "x:An Khánh>x:An Khánh|tt:Trạm Trôi>x:Hoài Đức|x:Sơn Đồng>x:Sơn Đồng|x:La Phù>x:Dương Hòa|x:Kim Chung>x:Hoài Đức|x:Vân Canh>x:Hoài Đức",
    ),
    (
        "HN",
        "h",
        "Thanh Oai",
        1,
        "x:Bích Hòa>x:Thanh Oai|x:Cự Khê>x:Bình Minh|tt:Kim Bài>x:Dân Hòa|x:Thanh Thùy>x:Dân Hòa",
    ),
    ("HN", "h", "Đan Phượng", 1, "tt:Phùng>x:Đan Phượng|x:Tân Lập>x:Ô Diên|x:Tân Hội>x:Liên Minh"),
    ("HN", "h", "Phú Xuyên", 1, "tt:Phú Xuyên>x:Phú Xuyên|x:Phúc Tiến>x:Phượng Dực|x:Nam Triều>x:Phú Xuyên"),
    ("HY", "h", "Văn Lâm", 0, "x:Lạc Hồng>x:Như Quỳnh|x:Trưng Trắc>x:Lạc Đạo|tt:Như Quỳnh>x:Như Quỳnh"),
    ("HY", "h", "Yên Mỹ", 0, "x:Liêu Xá>x:Yên Mỹ|x:Giai Phạm>x:Yên Mỹ|x:Nghĩa Hiệp>x:Việt Yên"),
    ("BN", "tx", "Quế Võ", 0, "p:Phương Liễu>p:Quế Võ|p:Nam Sơn>p:Nam Sơn|p:Phố Mới>p:Quế Võ"),
    ("BN", "h", "Yên Phong", 0, "x:Long Châu>x:Yên Phong|x:Đông Phong>x:Yên Trung|x:Yên Trung>x:Yên Trung"),
    ("BN", "h", "Tiên Du", 0, "x:Hoàn Sơn>x:Tiên Du|x:Nội Duệ>x:Liên Bão|tt:Lim>x:Tiên Du"),
    ("BN", "tp", "Từ Sơn", 0, "p:Phù Chẩn>p:Phù Khê|p:Tương Giang>p:Từ Sơn|p:Đình Bảng>p:Đồng Nguyên"),
    ("VP", "tp", "Vĩnh Yên", 0, "p:Khai Quang>p:Vĩnh Phúc|p:Liên Bảo>p:Vĩnh Yên|p:Đồng Tâm>p:Vĩnh Yên"),
    ("VP", "h", "Bình Xuyên", 0, "tt:Hương Canh>x:Bình Xuyên|x:Sơn Lôi>x:Bình Nguyên|tt:Đạo Đức>x:Xuân Lãng"),
]


def _parse_dists():
    out = {}
    for prov, kind, name, hatay, ws in _DIST_SRC:
        wards = []
        wmap = {}
        for part in ws.split("|"):
            a, b = part.split(">")
            ok, on = a.split(":")
            nk, nn = b.split(":")
            w = (ok, on, nk, nn)
            wards.append(w)
            wmap[on] = w
        out[name] = {
            "prov": prov,
            "kind": kind,
            "name": name,
            "hatay": bool(hatay),
            "wards": wards,
            "wmap": wmap,
            "en": _nd(name),
        }
    return out


_D = _parse_dists()

_PROV = {
    "HN": {
        "old": "Hà Nội",
        "new": "Hà Nội",
        "en": "Hanoi",
        "en_new": "Hanoi",
        "area": ("024", "04", 8),
        "tax": None,
    },
    "HY": {
        "old": "Hưng Yên",
        "new": "Hưng Yên",
        "en": "Hung Yen",
        "en_new": "Hung Yen",
        "area": ("0221", "0321", 7),
        "tax": ("0900", "0901"),
    },
    "BN": {
        "old": "Bắc Ninh",
        "new": "Bắc Ninh",
        "en": "Bac Ninh",
        "en_new": "Bac Ninh",
        "area": ("0222", "0241", 7),
        "tax": ("2300", "2301"),
    },
    "VP": {
        "old": "Vĩnh Phúc",
        "new": "Phú Thọ",
        "en": "Vinh Phuc",
        "en_new": "Phu Tho",
        "area": ("0211", "0211", 7),
        "tax": ("2500", "2501"),
    },
}

# code, vn variants, en variants, district, old wards, lot style, is_kcn,
# weight for FDI, weight for domestic, short place name
_PARK_SRC = [
    (
        "TL",
        "KCN Thăng Long|Khu công nghiệp Thăng Long|KCN Thăng Long|Khu CN Thăng Long",
        "Thang Long Industrial Park|Thang Long IP|TLIP",
        "Đông Anh",
        "Kim Chung,Hải Bối,Võng La,Đại Mạch",
        "L",
        1,
        10,
        3,
        "Thăng Long",
    ),
    (
        "NB",
        "KCN Nội Bài|Khu công nghiệp Nội Bài|KCN Nội Bài",
        "Noi Bai Industrial Zone|Noi Bai Industrial Park|Noi Bai IZ",
        "Sóc Sơn",
        "Quang Tiến,Mai Đình",
        "N",
        1,
        5,
        3,
        "Nội Bài",
    ),
    (
        "QM",
        "KCN Quang Minh|KCN Quang Minh I|Khu công nghiệp Quang Minh|KCN Quang Minh 2",
        "Quang Minh Industrial Park|Quang Minh IP",
        "Mê Linh",
        "Quang Minh,Kim Hoa,Chi Đông",
        "C",
        1,
        4,
        6,
        "Quang Minh",
    ),
    (
        "BTL",
        "KCN Bắc Thăng Long|Khu CN Bắc Thăng Long",
        "Bac Thang Long Industrial Park|North Thang Long IP",
        "Đông Anh",
        "Vân Nội,Kim Nỗ",
        "N",
        1,
        2,
        2,
        "Bắc Thăng Long",
    ),
    (
        "TTQO",
        "KCN Thạch Thất - Quốc Oai|KCN Thạch Thất – Quốc Oai|Khu công nghiệp Thạch Thất Quốc Oai",
        "Thach That - Quoc Oai Industrial Park|Thach That Quoc Oai IZ",
        "Thạch Thất",
        "Phùng Xá,Bình Phú",
        "C",
        1,
        2,
        4,
        "Thạch Thất",
    ),
    (
        "PN",
        "KCN Phú Nghĩa|Khu công nghiệp Phú Nghĩa",
        "Phu Nghia Industrial Park|Phu Nghia IZ",
        "Chương Mỹ",
        "Phú Nghĩa,Trường Yên,Ngọc Hòa",
        "C",
        1,
        2,
        4,
        "Phú Nghĩa",
    ),
    (
        "SDB",
        "KCN Sài Đồng B|Khu công nghiệp Sài Đồng B",
        "Sai Dong B Industrial Park|Sai Dong B IZ",
        "Long Biên",
        "Thạch Bàn,Phúc Đồng",
        "N",
        1,
        2,
        2,
        "Sài Đồng",
    ),
    (
        "HL",
        "Khu công nghệ cao Hòa Lạc|Khu CNC Hòa Lạc|KCNC Hòa Lạc",
        "Hoa Lac Hi-Tech Park|Hoa Lac Hi-tech Park|HHTP",
        "Thạch Thất",
        "Thạch Hòa,Tân Xã,Bình Yên",
        "H",
        1,
        3,
        2,
        "Hòa Lạc",
    ),
    (
        "NH",
        "CCN Ngọc Hồi|Cụm công nghiệp Ngọc Hồi|CCN Ngọc Hồi",
        "Ngoc Hoi Industrial Cluster",
        "Thanh Trì",
        "Ngọc Hồi,Liên Ninh",
        "N",
        0,
        0.3,
        4,
        "Ngọc Hồi",
    ),
    (
        "PT",
        "CCN Phú Thị|Cụm công nghiệp Phú Thị",
        "Phu Thi Industrial Cluster",
        "Gia Lâm",
        "Phú Thị,Dương Xá",
        "N",
        0,
        0,
        3,
        "Phú Thị",
    ),
    (
        "HBP",
        "CCN Hà Bình Phương|Cụm CN Hà Bình Phương|CCN Hà Bình Phương",
        "Ha Binh Phuong Industrial Cluster",
        "Thường Tín",
        "Văn Bình,Hà Hồi",
        "N",
        0,
        0.3,
        4,
        "Hà Bình Phương",
    ),
    (
        "PX",
        "CCN làng nghề Phùng Xá|CCN Phùng Xá|Cụm công nghiệp làng nghề Phùng Xá",
        "Phung Xa Craft Village Industrial Cluster|Phung Xa Industrial Cluster",
        "Thạch Thất",
        "Phùng Xá",
        "N",
        0,
        0,
        3,
        "Phùng Xá",
    ),
    (
        "QD",
        "CCN Quất Động|Cụm CN Quất Động",
        "Quat Dong Industrial Cluster",
        "Thường Tín",
        "Quất Động",
        "N",
        0,
        0.2,
        2,
        "Quất Động",
    ),
    (
        "BH",
        "CCN Bích Hòa|Cụm CN Bích Hòa",
        "Bich Hoa Industrial Cluster",
        "Thanh Oai",
        "Bích Hòa",
        "N",
        0,
        0,
        1.5,
        "Bích Hòa",
    ),
    (
        "PNA",
        "KCN Phố Nối A|Khu công nghiệp Phố Nối A",
        "Pho Noi A Industrial Park|Pho Noi A IP",
        "Văn Lâm",
        "Lạc Hồng,Trưng Trắc",
        "N",
        1,
        2,
        2,
        "Phố Nối",
    ),
    (
        "TL2",
        "KCN Thăng Long II|KCN Thăng Long 2|Khu CN Thăng Long II",
        "Thang Long Industrial Park II|TLIP II",
        "Yên Mỹ",
        "Liêu Xá,Giai Phạm",
        "L",
        1,
        5,
        1,
        "Thăng Long II",
    ),
    (
        "QV",
        "KCN Quế Võ|Khu CN Quế Võ",
        "Que Vo Industrial Park|Que Vo IP",
        "Quế Võ",
        "Phương Liễu,Nam Sơn",
        "N",
        1,
        3,
        2,
        "Quế Võ",
    ),
    (
        "YP",
        "KCN Yên Phong|Khu công nghiệp Yên Phong",
        "Yen Phong Industrial Park|Yen Phong IP",
        "Yên Phong",
        "Long Châu,Đông Phong",
        "C",
        1,
        4,
        1,
        "Yên Phong",
    ),
    (
        "TS",
        "KCN Tiên Sơn|Khu CN Tiên Sơn",
        "Tien Son Industrial Park|Tien Son IP",
        "Tiên Du",
        "Hoàn Sơn,Nội Duệ",
        "N",
        1,
        2,
        2,
        "Tiên Sơn",
    ),
    (
        "VSB",
        "VSIP Bắc Ninh|KCN VSIP Bắc Ninh",
        "VSIP Bac Ninh|VSIP Bac Ninh Industrial Park",
        "Từ Sơn",
        "Phù Chẩn",
        "N",
        1,
        2,
        1,
        "VSIP Bắc Ninh",
    ),
    (
        "KQ",
        "KCN Khai Quang|Khu công nghiệp Khai Quang",
        "Khai Quang Industrial Park|Khai Quang IP",
        "Vĩnh Yên",
        "Khai Quang",
        "N",
        1,
        3,
        2,
        "Khai Quang",
    ),
    (
        "BX",
        "KCN Bình Xuyên|Khu CN Bình Xuyên",
        "Binh Xuyen Industrial Park|Binh Xuyen IP",
        "Bình Xuyên",
        "Hương Canh,Sơn Lôi",
        "N",
        1,
        2,
        2,
        "Bình Xuyên",
    ),
]


def _parse_parks():
    parks = []
    for code, vn, en, dist, wards, lot, kcn, wf, wv, short in _PARK_SRC:
        d = _D[dist]
        parks.append(
            {
                "code": code,
                "vn": vn.split("|"),
                "en": en.split("|"),
                "d": d,
                "wards": [d["wmap"][w] for w in wards.split(",")],
                "lot": lot,
                "kcn": bool(kcn),
                "wf": wf,
                "wv": wv,
                "short": short,
                "short_en": _nd(short),
                "prov": d["prov"],
            }
        )
    return parks


_PARKS = _parse_parks()
_PARK_BY = {p["code"]: p for p in _PARKS}
_HN_PARK_FDI = _tbl([(p, p["wf"]) for p in _PARKS if p["prov"] == "HN" and p["kcn"]])
_HN_PARK_VN = _tbl([(p, p["wv"]) for p in _PARKS if p["prov"] == "HN"])
_HN_CCN = _tbl([(p, p["wv"]) for p in _PARKS if p["prov"] == "HN" and not p["kcn"]])
_NB_PARK_FDI = _tbl([(p, p["wf"]) for p in _PARKS if p["prov"] != "HN"])
_NB_PARK_VN = _tbl([(p, p["wv"]) for p in _PARKS if p["prov"] != "HN"])

_BIG_ROADS = {
    "Phạm Hùng",
    "Phạm Văn Đồng",
    "Nguyễn Trãi",
    "Giải Phóng",
    "Nguyễn Văn Linh",
    "Nguyễn Văn Cừ",
    "Lê Văn Lương",
    "Tố Hữu",
    "Lạc Long Quân",
    "Âu Cơ",
    "Lê Trọng Tấn",
    "Hoàng Quốc Việt",
    "Xuân Thủy",
    "Trần Duy Hưng",
    "Nguyễn Hữu Thọ",
    "Cổ Linh",
    "Lĩnh Nam",
    "Tam Trinh",
    "Kim Giang",
    "Quang Trung",
    "Hồ Tùng Mậu",
    "Láng",
    "Nguyễn Xiển",
    "Trường Chinh",
    "Ngô Gia Tự",
}

_STREETS = {
    "Cầu Giấy": (
        "Duy Tân|Trần Thái Tông|Xuân Thủy|Trần Duy Hưng|Nguyễn Khang|Hoàng Quốc Việt|Trần Đăng Ninh|Nguyễn Phong Sắc|Cầu Giấy",
        3,
    ),
    "Đống Đa": ("Láng Hạ|Thái Hà|Tây Sơn|Chùa Bộc|Nguyễn Lương Bằng|Đặng Tiến Đông|Láng|Trường Chinh", 2),
    "Thanh Xuân": (
        "Nguyễn Trãi|Khuất Duy Tiến|Lê Văn Lương|Vũ Trọng Phụng|Nguyễn Tuân|Khương Đình|Kim Giang|Nguyễn Xiển",
        2,
    ),
    "Hoàng Mai": ("Giải Phóng|Tam Trinh|Lĩnh Nam|Nguyễn Hữu Thọ|Nguyễn Đức Cảnh|Kim Đồng|Định Công", 2),
    "Hai Bà Trưng": ("Minh Khai|Bạch Mai|Kim Ngưu|Lạc Trung|Trương Định|Đại La", 1.5),
    "Long Biên": ("Nguyễn Văn Cừ|Ngọc Lâm|Nguyễn Văn Linh|Ngô Gia Tự|Cổ Linh|Sài Đồng", 2),
    "Nam Từ Liêm": ("Phạm Hùng|Lê Đức Thọ|Mễ Trì|Hồ Tùng Mậu|Đình Thôn|Nguyễn Hoàng", 2),
    "Bắc Từ Liêm": ("Phạm Văn Đồng|Cổ Nhuế|Hoàng Công Chất|Phú Diễn|Tân Xuân", 1.5),
    "Hà Đông": ("Quang Trung|Tô Hiệu|Vạn Phúc|Tố Hữu|Phùng Hưng|Lê Trọng Tấn", 2),
    "Ba Đình": ("Kim Mã|Liễu Giai|Đội Cấn|Giảng Võ|Ngọc Khánh", 1),
    "Tây Hồ": ("Lạc Long Quân|Xuân La|Âu Cơ", 0.7),
    "Hoàn Kiếm": ("Hàng Bài|Lý Thường Kiệt|Trần Hưng Đạo", 0.5),
}
_STREET_DIST = _tbl([(k, v[1]) for k, v in _STREETS.items()])
_STREET_LIST = {k: v[0].split("|") for k, v in _STREETS.items()}

_ROADS = [
    ("Quốc lộ 3", "National Road 3", "Sóc Sơn"),
    ("Quốc lộ 3", "National Road 3", "Đông Anh"),
    ("Quốc lộ 32", "National Road 32", "Hoài Đức"),
    ("Quốc lộ 32", "National Road 32", "Đan Phượng"),
    ("Quốc lộ 1A", "National Road 1A", "Thanh Trì"),
    ("Quốc lộ 1A", "National Road 1A", "Thường Tín"),
    ("Quốc lộ 1A", "National Road 1A", "Phú Xuyên"),
    ("Quốc lộ 6", "National Road 6", "Chương Mỹ"),
    ("Quốc lộ 6", "National Road 6", "Hà Đông"),
    ("Quốc lộ 21A", "National Road 21A", "Thạch Thất"),
    ("Quốc lộ 23", "National Road 23", "Mê Linh"),
    ("Quốc lộ 5", "National Road 5", "Gia Lâm"),
    ("Đại lộ Thăng Long", "Thang Long Avenue", "Quốc Oai"),
    ("Quốc lộ 21A", "National Road 21A", "Sơn Tây"),
]

_BLD = [
    "Sông Đà",
    "Thành Công",
    "An Phú",
    "Hà Thành",
    "Viễn Đông",
    "Đại Phát",
    "HH2",
    "CT1",
    "CT3",
    "Việt Á",
    "Hòa Bình",
    "Phương Nam",
    "Tây Hà",
    "Sao Mai",
    "Hoa Sen",
    "Thăng Long",
    "Ngọc Khánh",
    "Đông Đô",
    "Kim Long",
    "Bình Minh",
    "Nam Cường",
    "Trung Yên",
    "HUD3",
    "Licogi",
    "Hồng Hà",
]
_BLD_TOWER = ["Tower", "Building", "Plaza", "Center"]

_THON = [
    "thôn 1",
    "thôn 2",
    "thôn 3",
    "thôn 4",
    "thôn 5",
    "xóm Đình",
    "xóm Chùa",
    "xóm Mới",
    "cụm 2",
    "cụm 3",
    "cụm 5",
    "thôn Đông",
    "thôn Đoài",
    "thôn Trung",
    "xóm Giữa",
    "thôn Bãi",
]

# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

_DESC = [  # vn, en, vsic, weight domestic, weight taiwanese
    ("Cơ khí chính xác", "Precision Mechanical", "2592", 8, 1),
    ("Cơ khí", "Mechanical", "2592", 10, 0),
    ("Khuôn mẫu", "Mould", "2593", 4, 1),
    ("Khuôn mẫu chính xác", "Precision Mould", "2593", 2, 0),
    ("Nhựa", "Plastic", "2220", 6, 3),
    ("Nhựa kỹ thuật", "Engineering Plastics", "2220", 2, 0),
    ("Linh kiện điện tử", "Electronic Components", "2610", 4, 2),
    ("Điện tử", "Electronics", "2610", 3, 3),
    ("Bao bì", "Packaging", "1702", 5, 1),
    ("Bao bì và In", "Packaging and Printing", "1702", 2, 0),
    ("In", "Printing", "1811", 3, 0),
    ("Cao su", "Rubber", "2219", 3, 1),
    ("Cao su kỹ thuật", "Technical Rubber", "2219", 1, 0),
    ("Phụ liệu may", "Garment Accessories", "1329", 2, 1),
    ("Dây và cáp điện", "Electric Wire and Cable", "2732", 2, 1),
    ("Sản xuất và Thương mại", "Production and Trading", "2599", 8, 0),
    ("Thương mại và Sản xuất", "Trading and Production", "2599", 3, 0),
    ("Kỹ thuật", "Engineering", "2599", 3, 0),
    ("Công nghệ", "Technology", "2599", 3, 0),
    ("Công nghiệp", "Industrial", "2599", 3, 3),
    ("Công nghiệp chính xác", "Precision Industry", "2592", 0, 4),
    ("Cơ điện", "Electromechanical", "2790", 2, 0),
    ("Thiết bị điện", "Electrical Equipment", "2790", 2, 0),
    ("Đúc", "Casting", "2431", 2, 0),
    ("Gia công kim loại", "Metal Processing", "2592", 2, 1),
    ("Xi mạ", "Plating", "2592", 1, 0),
    ("Ốc vít", "Fastener", "2599", 1, 1),
    ("Đầu tư và Phát triển Công nghệ", "Technology Investment and Development", "2599", 2, 0),
    ("Kim khí", "Metal", "2599", 1, 1),
]
_DESC_VN = _tbl([(i, d[3]) for i, d in enumerate(_DESC)] + [(-1, 5)])
_DESC_TW = _tbl([(i, d[4]) for i, d in enumerate(_DESC)])

_VSYL = (
    "An Anh Bảo Bình Cường Đại Đạt Đông Đức Dũng Gia Hà Hải Hạnh Hào Hiếu Hòa Hoàng Hồng Huy "
    "Hùng Hưng Hương Khang Khánh Kiên Kim Lâm Lộc Long Mạnh Minh Nam Nghĩa Ngọc Nhật Phát "
    "Phong Phú Phúc Phương Quang Quý Sơn Tâm Tân Thái Thắng Thành Thịnh Thuận Tiến Tín Toàn "
    "Trí Trung Trường Tuấn Việt Vinh Vượng Xuân Hợp Lực Thiện Đăng Kỳ Hiệp Lợi Mỹ Gia Tường"
).split()
_VPLACE = [
    "Thăng Long",
    "Hồng Hà",
    "Sông Đà",
    "Đông Á",
    "Á Châu",
    "Toàn Cầu",
    "Sao Việt",
    "Hà Thành",
    "Kinh Bắc",
    "Đại Việt",
    "Việt Á",
    "Trường Sơn",
    "Tràng An",
    "Phương Đông",
    "Bắc Hà",
    "Nam Việt",
    "Tây Đô",
    "Ba Vì",
    "Tản Viên",
    "Hòa Lạc",
]
_COIN1 = [
    "Viet",
    "Hano",
    "Asia",
    "Sun",
    "Delta",
    "Mega",
    "Meta",
    "Plas",
    "Inox",
    "Star",
    "Gold",
    "Nova",
    "Alpha",
    "Tech",
    "Vina",
    "Indo",
    "Hatec",
    "Tomo",
    "Prime",
    "Kai",
]
_COIN2 = [
    "tech",
    "mec",
    "plas",
    "star",
    "com",
    "tec",
    "pro",
    "max",
    "tek",
    "pack",
    "print",
    "cab",
    "mold",
    "tron",
    "metal",
    "line",
]

_JP_COINED = [
    ("Sanwa", "サンワ"),
    ("Daiichi", "ダイイチ"),
    ("Tokiwa", "トキワ"),
    ("Meiwa", "メイワ"),
    ("Taiyo", "タイヨー"),
    ("Shinwa", "シンワ"),
    ("Hinode", "ヒノデ"),
    ("Fujimi", "フジミ"),
    ("Tsubasa", "ツバサ"),
    ("Yamato", "ヤマト"),
    ("Miyako", "ミヤコ"),
    ("Kyowa", "キョーワ"),
    ("Sankyo", "サンキョー"),
    ("Toyo", "トーヨー"),
    ("Nichiei", "ニチエイ"),
    ("Asahi", "アサヒ"),
]
# surname morphemes: first part, second part (romaji, katakana)
_JP_M1 = [
    ("Yama", "ヤマ"),
    ("Kawa", "カワ"),
    ("Naka", "ナカ"),
    ("Mori", "モリ"),
    ("Ishi", "イシ"),
    ("Kita", "キタ"),
    ("Hoshi", "ホシ"),
    ("Matsu", "マツ"),
    ("Take", "タケ"),
    ("Fuji", "フジ"),
    ("Oka", "オカ"),
    ("Hara", "ハラ"),
    ("Shima", "シマ"),
    ("Kuro", "クロ"),
    ("Shira", "シラ"),
    ("Taka", "タカ"),
    ("Hira", "ヒラ"),
    ("Sugi", "スギ"),
    ("Ichi", "イチ"),
    ("Kane", "カネ"),
    ("Iwa", "イワ"),
    ("Kiku", "キク"),
    ("Miya", "ミヤ"),
    ("Naga", "ナガ"),
    ("Furu", "フル"),
    ("Mizu", "ミズ"),
    ("Hashi", "ハシ"),
    ("Maru", "マル"),
    ("Nishi", "ニシ"),
    ("Uchi", "ウチ"),
    ("Ao", "アオ"),
    ("Sakura", "サクラ"),
    ("Tsuru", "ツル"),
    ("Haya", "ハヤ"),
    ("Kuma", "クマ"),
    ("Ta", "タ"),
    ("Ko", "コ"),
    ("Yoshi", "ヨシ"),
]
_JP_M2 = [
    ("da", "ダ"),
    ("moto", "モト"),
    ("mura", "ムラ"),
    ("kawa", "カワ"),
    ("yama", "ヤマ"),
    ("no", "ノ"),
    ("shita", "シタ"),
    ("zaki", "ザキ"),
    ("hara", "ハラ"),
    ("guchi", "グチ"),
    ("oka", "オカ"),
    ("sawa", "サワ"),
    ("shima", "シマ"),
    ("gawa", "ガワ"),
    ("ta", "タ"),
    ("saki", "サキ"),
    ("uchi", "ウチ"),
    ("bayashi", "バヤシ"),
    ("numa", "ヌマ"),
]
_JP2 = [
    ("Seiko", "精工", "2592"),
    ("Kogyo", "工業", "2599"),
    ("Seimitsu", "精密", "2592"),
    ("Denki", "電機", "2610"),
    ("Kasei", "化成", "2220"),
    ("Giken", "技研", "2599"),
    ("Gomu", "ゴム", "2219"),
    ("Tec", "テック", "2599"),
    ("Precision", "プレシジョン", "2592"),
    ("Mold", "モールド", "2593"),
    ("Plastics", "プラスチック", "2220"),
    ("Electronics", "エレクトロニクス", "2610"),
    ("Parts", "パーツ", "2592"),
    ("Kinzoku", "金属", "2592"),
    ("Densen", "電線", "2732"),
    ("Insatsu", "印刷", "1811"),
    ("Shiki", "紙器", "1702"),
    ("Industries", "インダストリーズ", "2599"),
    ("Seimitsu Kogyo", "精密工業", "2592"),
    ("Kasei Kogyo", "化成工業", "2220"),
    ("Denki Kogyo", "電機工業", "2610"),
    ("Gomu Kogyo", "ゴム工業", "2219"),
    ("Kinzoku Kogyo", "金属工業", "2592"),
    ("Seiko Giken", "精工技研", "2592"),
    ("Densen Kogyo", "電線工業", "2732"),
    ("Seisakusho", "製作所", "2592"),
    ("Tekko", "鉄工", "2592"),
    ("Mold Tec", "モールドテック", "2593"),
    ("Manufacturing", "マニュファクチャリング", "2599"),
    ("Package", "パッケージ", "1702"),
]
_JV_A = ["Ha", "Vi", "Tha", "Hoa", "Do", "Mi", "Sa", "Vina", "Thang", "Hong"]
_JV_B = ["meco", "plast", "tech", "vico", "cera", "lico", "nel", "tex", "pro", "mex", "tron"]
_KR_S1 = [
    "Dae",
    "Han",
    "Seo",
    "Woo",
    "Sung",
    "Dong",
    "Sam",
    "Jin",
    "Hyo",
    "Kwang",
    "Myung",
    "Young",
    "Tae",
    "Se",
    "Bum",
    "Sun",
    "Won",
    "Kum",
    "Hwa",
    "Il",
    "Shin",
    "Yu",
    "Chang",
    "Kyung",
    "Hyun",
    "Do",
    "Nam",
    "Hae",
    "Pyung",
    "Sang",
    "Jung",
    "Eun",
    "Chun",
]
_KR_S2 = [
    "shin",
    "il",
    "young",
    "jin",
    "woo",
    "yang",
    "hwa",
    "sung",
    "won",
    "san",
    "ji",
    "kwang",
    "chang",
    "heung",
    "do",
    "a",
    "bo",
    "kyung",
]
_KR2 = [
    ("Tech", "2599"),
    ("Electronics", "2610"),
    ("Precision", "2592"),
    ("E&T", "2610"),
    ("Hitech", "2610"),
    ("Industrial", "2599"),
    ("Mold", "2593"),
    ("Plastic", "2220"),
    ("Cable", "2732"),
    ("Rubber", "2219"),
    ("Package", "1702"),
    ("", "2599"),
    ("Innotech", "2599"),
    ("Components", "2610"),
    ("Mechatronics", "2592"),
    ("Chemical", "2220"),
    ("Film", "2220"),
    ("Wire", "2732"),
    ("Metal", "2592"),
    ("Electric", "2790"),
    ("Industry", "2599"),
    ("Mobile", "2610"),
    ("Display", "2610"),
    ("Precision Mold", "2593"),
]
_TW_S1 = [
    "Fu",
    "Chang",
    "Yuan",
    "Hsin",
    "Jia",
    "Kuo",
    "Sheng",
    "Tai",
    "Chien",
    "Hong",
    "Lien",
    "Chia",
    "Ming",
    "Teng",
    "Shun",
    "Kai",
    "Yi",
    "Jin",
    "Hua",
    "Long",
    "Da",
    "Tien",
    "Wei",
    "Feng",
]
_TW_S2 = [
    "Sheng",
    "Hong",
    "Tai",
    "Yi",
    "Hua",
    "Feng",
    "Ta",
    "Yang",
    "Lung",
    "Yuan",
    "Fa",
    "Hsin",
    "Chang",
    "Hsing",
    "Mei",
    "Li",
    "Tong",
    "Cheng",
]
_FDI_MORE = [" 2", " II", " Global", " Asia", " Tech", " 3"]

_SURN = _tbl(
    [
        ("Nguyễn", 30),
        ("Trần", 8),
        ("Lê", 7),
        ("Phạm", 6),
        ("Hoàng", 4),
        ("Phan", 3),
        ("Vũ", 4),
        ("Đặng", 3),
        ("Bùi", 3),
        ("Đỗ", 4),
        ("Ngô", 2),
        ("Dương", 2),
        ("Đinh", 2),
        ("Khuất", 7),
        ("Kiều", 5),
        ("Cấn", 4),
        ("Nghiêm", 2),
        ("Lý", 1),
    ]
)
_MID = _tbl(
    [
        ("Văn", 40),
        ("Thị", 12),
        ("Đình", 8),
        ("Xuân", 6),
        ("Hữu", 6),
        ("Quang", 5),
        ("Minh", 5),
        ("Đức", 6),
        ("Công", 4),
        ("Ngọc", 3),
        ("Tiến", 3),
    ]
)
_GIVEN = (
    "Hùng Minh Tuấn Cường Thắng Hải Long Nam Sơn Dũng Hòa Lâm Khánh Phương Hoa Lan Hà Thành "
    "Tùng Quân Huy Trung Bình Hiệp Toản Chiến Hậu Lợi Thịnh Đông Quyết Nghĩa Tâm"
).split()
_HKD_TRADE = _tbl(
    [
        ("cơ khí", 8),
        ("tiện", 2),
        ("đúc", 2),
        ("gia công cơ khí", 2),
        ("nhựa", 1),
        ("bao bì", 1),
        ("rèn", 1),
        ("hàn", 1),
    ]
)
_HKD_TRADE_VSIC = {
    "cơ khí": "2592",
    "tiện": "2592",
    "đúc": "2431",
    "gia công cơ khí": "2592",
    "nhựa": "2220",
    "bao bì": "1702",
    "rèn": "2591",
    "hàn": "2592",
}
_HKD_PFX = _tbl([("Cơ sở", 5), ("Xưởng", 3), ("CS", 1), ("Cơ sở sản xuất", 2), ("", 2)])

_FORM_CASUAL = {
    "TNHH": _tbl(
        [
            ("Công ty TNHH", 6),
            ("Công ty trách nhiệm hữu hạn", 1),
            ("Cty TNHH", 4),
            ("Công Ty TNHH", 2),
            ("C.ty TNHH", 1),
            ("CTY TNHH", 1),
            ("Cty. TNHH", 0.5),
        ]
    ),
    "MTV": _tbl(
        [
            ("Công ty TNHH MTV", 5),
            ("Công ty TNHH một thành viên", 2),
            ("Công ty trách nhiệm hữu hạn một thành viên", 1),
            ("Cty TNHH MTV", 3),
            ("Cty TNHH 1TV", 1),
            ("Công ty TNHH", 2),
            ("Cty TNHH", 1),
        ]
    ),
    "CP": _tbl(
        [
            ("Công ty Cổ phần", 5),
            ("Công ty CP", 4),
            ("CTCP", 3),
            ("Cty CP", 3),
            ("Cty Cổ phần", 1),
            ("Công Ty Cổ Phần", 1),
            ("C.ty CP", 0.5),
        ]
    ),
    "DNTN": _tbl([("Doanh nghiệp tư nhân", 3), ("DNTN", 3), ("Doanh nghiệp TN", 1)]),
}
_FORM_OFF = {
    "TNHH": _tbl([("Công ty TNHH", 7), ("Công ty trách nhiệm hữu hạn", 3)]),
    "MTV": _tbl(
        [
            ("Công ty TNHH một thành viên", 5),
            ("Công ty TNHH MTV", 3),
            ("Công ty trách nhiệm hữu hạn một thành viên", 2),
        ]
    ),
    "CP": _tbl([("Công ty cổ phần", 8), ("Công ty CP", 2)]),
    "DNTN": _tbl([("Doanh nghiệp tư nhân", 1)]),
}
_FORM_STAT = {
    "TNHH": _tbl([("Công ty TNHH", 85), ("Công ty trách nhiệm hữu hạn", 15)]),
    "MTV": _tbl(
        [
            ("Công ty TNHH MTV", 5),
            ("Công ty TNHH một thành viên", 4),
            ("Công ty trách nhiệm hữu hạn một thành viên", 1),
        ]
    ),
    "CP": _tbl([("Công ty cổ phần", 7), ("Công ty CP", 3)]),
    "DNTN": _tbl([("Doanh nghiệp tư nhân", 1)]),
}
_FORM_EN = {
    "TNHH": _tbl(
        [
            ("Co., Ltd", 6),
            ("Co., Ltd.", 3),
            ("Company Limited", 4),
            ("CO.,LTD", 2),
            ("Co.Ltd", 1),
            ("Limited Company", 1),
            ("LLC", 0.5),
        ]
    ),
    "MTV": _tbl(
        [
            ("One Member Co., Ltd", 3),
            ("One Member Limited Liability Company", 1),
            ("Co., Ltd", 4),
            ("Company Limited", 2),
            ("Single Member Co., Ltd", 1),
        ]
    ),
    "CP": _tbl(
        [
            ("JSC", 5),
            ("Joint Stock Company", 4),
            ("., JSC", 2),
            (", JSC", 2),
            ("Corporation", 1),
            ("Corp.", 0.5),
        ]
    ),
    "DNTN": _tbl([("Private Enterprise", 2), ("Enterprise", 1)]),
}
_SFX_VN = {
    "VN": ("Việt Nam", "Việt Nam", "Việt Nam", "VN", "Viet Nam"),
    "VINA": ("Vina", "Vina", "VINA"),
    "HN": ("Hà Nội", "Hà Nội", "HN"),
}
_SFX_EN = {
    "VN": ("Vietnam", "Vietnam", "(Vietnam)", "Viet Nam", "VN"),
    "VINA": ("Vina",),
    "HN": ("Hanoi", "Ha Noi"),
}
_SFX_KATA = {"VN": "ベトナム", "HN": "ハノイ", "VINA": "ビナ"}


def _vn_name(spec, rng, official):
    form, di, brand, _be, sfx, _k, _o = spec
    if official == 2:
        fv = _pick(rng, _FORM_STAT[form])
    elif official:
        fv = _pick(rng, _FORM_OFF[form])
    else:
        fv = _pick(rng, _FORM_CASUAL[form])
    parts = [fv]
    if di >= 0:
        d = _DESC[di][0]
        if not official:
            if rng.random() < 0.35:
                d = d.title()
        parts.append(d)
    parts.append(brand)
    if sfx:
        parts.append(_SFX_VN[sfx][0] if official else rng.choice(_SFX_VN[sfx]))
    return " ".join(parts)


def _en_name(spec, rng):
    form, di, _b, be, sfx, _k, _o = spec
    parts = [be]
    if di >= 0 and rng.random() < 0.92:
        parts.append(_DESC[di][1])
    if sfx:
        parts.append(rng.choice(_SFX_EN[sfx]))
    f = _pick(rng, _FORM_EN.get(form, _FORM_EN["TNHH"]))
    if f[0] in ".,":
        return " ".join(parts) + f
    return " ".join(parts) + " " + f


def _abbr_name(spec):
    form, di, _b, be, _s, _k, _o = spec
    acr = ""
    if di >= 0:
        acr = "".join(w[0] for w in _DESC[di][1].split() if w != "and")
    f = "JSC" if form == "CP" else "CO., LTD"
    return f"{be} {acr} {f}".replace("  ", " ").upper()


def _brand_only(spec, rng):
    form, di, brand, be, sfx, _k, org = spec
    r = rng.random()
    if org in ("jp", "kr"):
        if sfx and r < 0.4:
            return brand + " " + rng.choice(_SFX_VN[sfx])
        return brand
    if di >= 0 and r < 0.35:
        return _DESC[di][0] + " " + brand
    if di >= 0 and r < 0.5:
        return brand + " " + _DESC[di][1].split()[0]
    return brand


# ---------------------------------------------------------------------------
# ids, phones
# ---------------------------------------------------------------------------

_W11 = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _check_digit(nine):
    s = 0
    for ch, w in zip(nine, _W11, strict=False):
        s += (ord(ch) - 48) * w
    c = 10 - (s % 11)
    return None if c == 10 else c


_MOB = _tbl(
    [(p, 3) for p in ("090", "091", "093", "094", "096", "097", "098")]
    + [(p, 1) for p in ("086", "088", "089")]
    + [(p, 1.5) for p in ("032", "033", "034", "035", "036", "037", "038", "039")]
    + [(p, 0.8) for p in ("070", "076", "077", "078", "079", "081", "082", "083", "084", "085")]
    + [(p, 0.3) for p in ("056", "058", "059", "092", "099")]
)
_OLDMOB = {
    "032": "0162",
    "033": "0163",
    "034": "0164",
    "035": "0165",
    "036": "0166",
    "037": "0167",
    "038": "0168",
    "039": "0169",
    "070": "0120",
    "079": "0121",
    "077": "0122",
    "076": "0126",
    "078": "0128",
    "083": "0123",
    "084": "0124",
    "085": "0125",
    "081": "0127",
    "082": "0129",
    "056": "0186",
    "058": "0188",
    "059": "0199",
}


def _digits(rng, k):
    return str(rng.randrange(10**k)).zfill(k)


def _mobile(rng):
    return _pick(rng, _MOB) + _digits(rng, 7)


def _land(rng, prov):
    a_new, a_old, nd = _PROV[prov]["area"]
    if nd == 8:
        r = rng.random()
        lead = "3" if r < 0.6 else "6" if r < 0.8 else "2" if r < 0.92 else "7"
        if lead == "3":
            loc = "3" + str(rng.randint(3, 9)) + _digits(rng, 6)
        else:
            loc = lead + _digits(rng, 7)
    else:
        loc = rng.choice("3868") + _digits(rng, 6)
    return (a_new, a_old, loc)


_LAND_STYLES = 12
_MOB_STYLES = 10


def _fl(a, L, st):
    if len(L) == 8:
        L1, L2 = L[:4], L[4:]
    else:
        L1, L2 = L[:3], L[3:]
    if st == 0:
        return f"{a} {L1} {L2}"
    if st == 1:
        return f"({a}) {L[0]}.{L[1:4]}.{L[4:]}" if len(L) == 8 else f"({a}) {L1}.{L2}"
    if st == 2:
        return f"({a}) {L1} {L2}"
    if st == 3:
        return f"{a}.{L1}.{L2}"
    if st == 4:
        return a + L
    if st == 5:
        return a[1:] + L
    if st == 6:
        return f"+84 {a[1:]} {L1} {L2}"
    if st == 7:
        return f"84{a[1:]}{L}"
    if st == 8:
        return f"{L1} {L2}"
    if st == 9:
        return f"{a}-{L}"
    if st == 10:
        return f"+84-{a[1:]}-{L1}-{L2}"
    return f"{a}.{L}"


def _fm(m, st):
    if st == 0:
        return m
    if st == 1:
        return f"{m[:4]} {m[4:7]} {m[7:]}"
    if st == 2:
        return f"{m[:4]}.{m[4:7]}.{m[7:]}"
    if st == 3:
        return f"{m[:3]} {m[3:6]} {m[6:]}"
    if st == 4:
        return f"+84 {m[1:4]} {m[4:7]} {m[7:]}"
    if st == 5:
        return "+84" + m[1:]
    if st == 6:
        return "84" + m[1:]
    if st == 7:
        return m[1:]
    if st == 8:
        return f"(+84) {m[1:]}"
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


_LAND_TAG = {5: "phone:lost_zero", 6: "phone:intl", 7: "phone:intl", 8: "phone:local_only", 10: "phone:intl"}
_MOB_TAG = {4: "phone:intl", 5: "phone:intl", 6: "phone:intl", 7: "phone:lost_zero", 8: "phone:intl"}


def _lst(*w):
    return _tbl(list(enumerate(w)))


# ---------------------------------------------------------------------------
# locations and address rendering
# ---------------------------------------------------------------------------


def _lot(rng, style):
    if style == "L":
        return rng.choice("ABCDEFGHJK") + "-" + str(rng.randint(1, 14))
    if style == "C":
        return f"CN{rng.randint(1, 9)}-{rng.randint(1, 12)}"
    if style == "H":
        return f"CN{rng.randint(1, 20)}" if rng.random() < 0.7 else f"HT{rng.randint(1, 9)}"
    n = rng.randint(1, 130)
    if rng.random() < 0.08:
        return f"{n}-{n + 1}"
    return str(n)


def _park_loc(rng, park):
    return {
        "k": "park",
        "prov": park["prov"],
        "d": park["d"],
        "w": rng.choice(park["wards"]),
        "park": park,
        "lot": _lot(rng, park["lot"]),
    }


def _street_loc(rng, bld_p=0.25):
    dn = _pick(rng, _STREET_DIST)
    d = _D[dn]
    st = rng.choice(_STREET_LIST[dn])
    no = str(rng.randint(1, 320))
    if rng.random() < 0.06:
        no += rng.choice("ABC")
    ngo = rng.randint(2, 220) if rng.random() < 0.45 else 0
    ngach = rng.randint(2, 80) if ngo and rng.random() < 0.2 else 0
    bld = None
    if rng.random() < bld_p:
        bld = (rng.randint(2, 25), rng.choice(_BLD), rng.random() < 0.3)
        ngo = ngach = 0
    return {
        "k": "street",
        "prov": "HN",
        "d": d,
        "w": rng.choice(d["wards"]),
        "no": no,
        "ngo": ngo,
        "ngach": ngach,
        "st": st,
        "stype": "đường" if st in _BIG_ROADS else "phố",
        "bld": bld,
    }


def _road_loc(rng):
    r_vn, r_en, dn = rng.choice(_ROADS)
    d = _D[dn]
    return {
        "k": "road",
        "prov": "HN",
        "d": d,
        "w": rng.choice(d["wards"]),
        "km": str(rng.randint(3, 35)),
        "road": r_vn,
        "road_en": r_en,
    }


def _village_loc(rng, dn, ward=None):
    d = _D[dn]
    w = d["wmap"][ward] if ward else rng.choice(d["wards"])
    return {"k": "village", "prov": "HN", "d": d, "w": w, "thon": rng.choice(_THON)}


def _detail_vn(loc, rng, short):
    k = loc["k"]
    if k == "park":
        p = loc["park"]
        pn = p["vn"][0] if rng.random() < 0.55 else rng.choice(p["vn"])
        lot = loc["lot"]
        r = rng.random()
        if r < 0.12:
            return pn
        if lot[0].isalpha() and rng.random() < 0.15:
            lot = lot.replace("-", "", 1)
        if r < 0.55:
            return f"Lô {lot}, {pn}"
        if r < 0.75:
            return f"Lô {lot} {pn}"
        if r < 0.87:
            return f"lô {lot} - {pn}"
        return f"Lô số {lot}, {pn}"
    if k == "street":
        st, stype, no = loc["st"], loc["stype"], loc["no"]
        bits = []
        b = loc["bld"]
        if b:
            fl, bn, tower = b
            bname = f"{bn} {'Tower' if tower else ''}".strip()
            r = rng.random()
            if r < 0.45:
                bits.append(f"Tầng {fl}, tòa nhà {bname}")
            elif r < 0.7:
                bits.append(f"Tầng {fl} tòa {bname}")
            elif r < 0.85:
                bits.append(f"T{fl}, tòa nhà {bname}")
            elif not short:
                bits.append(f"Phòng {fl}0{rng.randint(1, 9)}, tầng {fl}, tòa nhà {bname}")
            else:
                bits.append(f"tòa {bname}")
        ngo, ngach = loc["ngo"], loc["ngach"]
        r = rng.random()
        if short:
            if ngo:
                bits.append(f"{no}/{ngo} {st}" if r < 0.5 else f"{no} ngõ {ngo} {st}")
            else:
                bits.append(f"{no} {st}")
        elif ngach:
            if r < 0.4:
                bits.append(f"Số {no}, ngách {ngach}, ngõ {ngo}, {stype} {st}")
            elif r < 0.7:
                bits.append(f"Số {no} ngách {ngach}/{ngo} {st}")
            else:
                bits.append(f"{no}/{ngach}/{ngo} {st}")
        elif ngo:
            if r < 0.3:
                bits.append(f"Số {no}, ngõ {ngo}, {stype} {st}")
            elif r < 0.55:
                bits.append(f"Số {no} ngõ {ngo} {stype} {st}")
            elif r < 0.7:
                bits.append(f"{no} ngõ {ngo} {st}")
            elif r < 0.85:
                bits.append(f"Số {no} ng. {ngo} {st}")
            else:
                bits.append(f"Số nhà {no}, ngõ {ngo} {st}")
        else:
            if r < 0.45:
                bits.append(f"Số {no} {stype} {st}")
            elif r < 0.75:
                bits.append(f"Số {no}, {st}")
            else:
                bits.append(f"{no} {st}")
        return ", ".join(bits)
    if k == "road":
        r = rng.random()
        if r < 0.5:
            return f"Km {loc['km']}, {loc['road']}"
        if r < 0.75:
            return f"Km{loc['km']} {loc['road'].replace('Quốc lộ ', 'QL')}"
        return f"Km số {loc['km']} {loc['road']}"
    return loc["thon"]


def _admin_vn(loc, rng, units, style, hatay=False):
    d = loc["d"]
    ok, on, nk, nn = loc["w"]
    dk, dn = d["kind"], d["name"]
    pk = loc["prov"]
    P = _PROV[pk]
    hn = pk == "HN"
    if hatay and d["hatay"]:
        prov = rng.choice(("Hà Tây", "tỉnh Hà Tây", "T. Hà Tây"))
    elif hn:
        if style == 0:
            prov = rng.choice(("thành phố Hà Nội", "TP. Hà Nội", "Hà Nội"))
        elif style == 1:
            prov = rng.choice(("Thành phố Hà Nội", "TP Hà Nội", "Hà Nội"))
        elif style == 2:
            prov = rng.choice(("TP. Hà Nội", "TP.HN", "Hà Nội", "HN"))
        elif style == 3:
            prov = "Hà Nội"
        else:
            prov = rng.choice(("Hà Nội", "HN", "Hà Nội"))
    else:
        pn = P["new"] if units == "new" else P["old"]
        prov = (f"tỉnh {pn}", f"Tỉnh {pn}", f"T. {pn}", pn, pn)[style]
    if units == "new":
        kn = _K[nk]
        if style == 0:
            return f"{kn[0]} {nn}, {prov}"
        if style == 1:
            return f"{kn[0].capitalize()} {nn}, {prov}"
        if style == 2:
            return f"{kn[1]} {nn}, {prov}"
        if style == 3:
            return f"{nn}, {prov}"
        return f"{kn[0]} {nn}, {prov}"
    if units == "mixed":
        r = rng.random()
        if r < 0.4:
            return f"{_K[nk][0]} {nn} ({_K[dk][0]} {dn} cũ), {prov}"
        if r < 0.75:
            return f"{_K[nk][0]} {nn}, {_K[dk][0]} {dn}, {prov}"
        return f"{_K[ok][0]} {on} (nay là {_K[nk][0]} {nn}), {prov}"
    ko, kd = _K[ok], _K[dk]
    if style == 0:
        return f"{ko[0]} {on}, {kd[0]} {dn}, {prov}"
    if style == 1:
        return f"{ko[0].capitalize()} {on}, {kd[0].capitalize()} {dn}, {prov}"
    if style == 2:
        if rng.random() < 0.2:
            return f"{ko[0]} {on} - {dn} - {prov}"
        return f"{ko[1]} {on}, {kd[1]} {dn}, {prov}"
    if style == 3:
        return f"{on}, {dn}, {prov}"
    return f"{kd[1]} {dn}, {prov}" if rng.random() < 0.4 else f"{dn}, {prov}"


def _addr_vn(loc, rng, units, style, detail=1, hatay=False, admin=True):
    parts = []
    if detail:
        parts.append(_detail_vn(loc, rng, detail == 2))
    if admin:
        parts.append(_admin_vn(loc, rng, units, style, hatay))
    s = ", ".join(parts)
    if admin and style <= 1 and rng.random() < 0.08:
        s += ", Việt Nam"
    return s


def _addr_en(loc, rng, units):
    k = loc["k"]
    bits = []
    if k == "park":
        p = loc["park"]
        pe = rng.choice(p["en"])
        bits.append(f"Lot {loc['lot']}, {pe}" if rng.random() < 0.88 else pe)
    elif k == "street":
        b = loc["bld"]
        st = _nd(loc["st"])
        if b:
            fl, bn, tower = b
            bn = _nd(bn)
            bits.append(
                f"{_ordinal(fl)} Floor, {bn} {'Tower' if tower else 'Building'}"
                if rng.random() < 0.6
                else f"Floor {fl}, {bn} {'Tower' if tower else 'Building'}"
            )
        road = "Road" if loc["stype"] == "đường" and rng.random() < 0.5 else "Street"
        no, ngo = loc["no"], loc["ngo"]
        r = rng.random()
        if ngo:
            if r < 0.5:
                bits.append(f"No. {no}, Lane {ngo}, {st} {road}")
            elif r < 0.8:
                bits.append(f"No.{no}, Lane {ngo} {st} Str.")
            else:
                bits.append(f"{no}/{ngo} {st} St.")
        else:
            bits.append(f"No. {no}, {st} {road}" if r < 0.6 else f"{no} {st} St.")
    elif k == "road":
        bits.append(f"Km {loc['km']}, {loc['road_en']}")
    else:
        t = _nd(loc["thon"]).title()
        bits.append(t.replace("Thon", "Hamlet") if rng.random() < 0.4 else t)
    d = loc["d"]
    ok, on, nk, nn = loc["w"]
    P = _PROV[loc["prov"]]
    if loc["prov"] == "HN":
        prov = rng.choice(("Hanoi", "Ha Noi", "Hanoi City", "Hanoi"))
    else:
        prov = (P["en_new"] if units == "new" else P["en"]) + rng.choice(("", " Province"))
    if units == "new":
        bits.append(f"{_nd(nn)} {_K[nk][2]}")
    else:
        r = rng.random()
        if k == "park" and r < 0.5:
            pass
        else:
            bits.append(f"{_nd(on)} {_K[ok][2]}")
        dk = d["kind"]
        if dk in ("q", "h"):
            bits.append(f"{d['en']} {rng.choice(('Dist.', 'District', 'District'))}")
        else:
            bits.append(f"{d['en']} {_K[dk][2]}")
    bits.append(prov)
    s = ", ".join(bits)
    if rng.random() < 0.3:
        s += ", Vietnam"
    return s


# ---------------------------------------------------------------------------
# enterprises
# ---------------------------------------------------------------------------

_YEAR_VN = _tbl(
    [(y, 1 + (y >= 2000) * 2 + (y >= 2005) * 2 + (y >= 2008) - (y >= 2020)) for y in range(1993, 2025)]
)
_YEAR_FDI = _tbl([(y, 1 + (y >= 2005) * 2 + (y >= 2010) * 2 - (y >= 2020)) for y in range(1996, 2025)])


def _hn_tax_prefix(year, hatay):
    if hatay and year <= 2008:
        return "0500" if year <= 2004 else "0501"
    for lim, p in (
        (2000, "0100"),
        (2005, "0101"),
        (2007, "0102"),
        (2009, "0104"),
        (2011, "0105"),
        (2014, "0106"),
        (2016, "0107"),
        (2018, "0108"),
        (2020, "0109"),
    ):
        if year <= lim:
            return p
    return "0110"


class _Ent:
    __slots__ = (
        "idx",
        "truth",
        "origin",
        "spec",
        "old_spec",
        "change",
        "hq",
        "fac",
        "old_hq",
        "land",
        "fax",
        "mob",
        "mob2",
        "cname",
        "cname2",
        "old_land",
        "reg",
        "acct",
        "tax",
        "cccd",
        "est",
        "vcode",
        "traps",
        "parent",
        "nbr",
        "bplace",
        "owner",
        "shop",
        "trade",
        "vsic",
        "k",
        "prov",
        "parkloc",
        "village",
        "hkdpfx",
    )

    def __init__(self, idx):
        self.idx = idx
        self.truth = f"HN-E{idx:07d}"
        self.old_spec = None
        self.change = None
        self.fac = None
        self.old_hq = None
        self.fax = None
        self.mob2 = None
        self.old_land = None
        self.acct = None
        self.cccd = None
        self.traps = []
        self.parent = None
        self.nbr = 0
        self.bplace = None
        self.owner = None
        self.shop = None
        self.trade = None
        self.village = False
        self.land = None
        self.mob = None


class _World:
    def __init__(self, rng, n):
        self.rng = rng
        self.taxes = set()
        self.names = set()
        self.ents = []
        self.hot = {}
        for p in _PARKS:
            if p["kcn"]:
                a_new, a_old, loc = _land(rng, p["prov"])
                self.hot[p["code"]] = (a_new, a_old, loc)
        self.acct = []
        for _ in range(max(3, n // 4000)):
            loc = _street_loc(rng, bld_p=0.6)
            self.acct.append({"loc": loc, "land": _land(rng, "HN")})

    # -- identifiers --------------------------------------------------------
    def tax(self, prefix):
        rng = self.rng
        while True:
            nine = prefix + _digits(rng, 5)
            c = _check_digit(nine)
            if c is None:
                continue
            t = nine + str(c)
            if t not in self.taxes:
                self.taxes.add(t)
                return t

    def personal_tax(self):
        return self.tax("80" + _digits(self.rng, 2))

    def cccd(self, female):
        rng = self.rng
        byear = rng.randint(1960, 1995)
        g = "1" if female else "0"
        return "001" + g + str(byear)[2:] + _digits(rng, 6)

    def tax_for(self, e):
        if e.prov == "HN":
            return self.tax(_hn_tax_prefix(e.est, e.hq["d"]["hatay"]))
        pre = _PROV[e.prov]["tax"]
        return self.tax(pre[0] if e.est <= 2010 else pre[1])

    # -- names --------------------------------------------------------------
    def vn_brand(self):
        rng = self.rng
        r = rng.random()
        if r < 0.06:
            b = rng.choice(_VPLACE)
        elif r < 0.17:
            b = rng.choice(_COIN1) + rng.choice(_COIN2)
            return b, b
        elif r < 0.93:
            a = rng.choice(_VSYL)
            c = rng.choice(_VSYL)
            while c == a:
                c = rng.choice(_VSYL)
            b = a + " " + c
        else:
            b = " ".join(rng.sample(_VSYL, 3))
        return b, _nd(b)

    def unique_vn_spec(self, form, org, di_tbl, sfx=None, brand=None, tries=25):
        rng = self.rng
        for t in range(tries + 10):
            if brand is None or t > 0:
                b, be = self.vn_brand() if t < tries else (" ".join(rng.sample(_VSYL, 3)), None)
                if be is None:
                    be = _nd(b)
            else:
                b, be = brand
            di = _pick(rng, di_tbl)
            key = (di, b.lower(), sfx)
            if key not in self.names:
                self.names.add(key)
                return (form, di, b, be, sfx, None, org)
        return (
            form,
            di,
            b + " " + str(rng.randint(1, 99)),
            be + " " + str(rng.randint(1, 99)),
            sfx,
            None,
            org,
        )

    def fdi_spec(self, org):
        rng = self.rng
        for t in range(60):
            if org == "jp":
                r = rng.random()
                if r < 0.1:
                    p1 = rng.choice(_JP_COINED)[0] if rng.random() < 0.5 else rng.choice(_JP_M1)[0]
                    b = p1 + " " + rng.choice(_JV_A) + rng.choice(_JV_B)
                    kata = None
                    vsic = "2599"
                    sfx = None
                else:
                    if r < 0.3:
                        p1, k1 = rng.choice(_JP_COINED)
                    else:
                        m1, k1 = rng.choice(_JP_M1)
                        m2, k2 = rng.choice(_JP_M2)
                        while m2.lower() == m1.lower():
                            m2, k2 = rng.choice(_JP_M2)
                        p1, k1 = m1 + m2, k1 + k2
                    p2, k2, vsic = rng.choice(_JP2)
                    b = f"{p1} {p2}"
                    kata = k1 + k2
                    r = rng.random()
                    sfx = "VN" if r < 0.65 else "HN" if r < 0.85 else None
                form = "TNHH" if rng.random() < 0.9 else "CP"
                di = -1
            elif org == "kr":
                k2, vsic = rng.choice(_KR2)
                b = (rng.choice(_KR_S1) + rng.choice(_KR_S2) + " " + k2).strip()
                kata = None
                r = rng.random()
                sfx = "VINA" if r < 0.6 else "VN" if r < 0.9 else "HN"
                form = "TNHH"
                di = -1
            else:
                b = rng.choice(_TW_S1) + " " + rng.choice(_TW_S2)
                kata = None
                di = _pick(rng, _DESC_TW)
                vsic = _DESC[di][2]
                r = rng.random()
                sfx = "VN" if r < 0.8 else "HN" if r < 0.9 else None
                form = "TNHH" if rng.random() < 0.85 else "CP"
            if t >= 40:
                b = b + rng.choice(_FDI_MORE)
                kata = None
            key = (di, b.lower(), sfx)
            if key not in self.names:
                self.names.add(key)
                return (form, di, b, b, sfx, kata, org), vsic
        return (form, di, b + " " + str(t), b + " " + str(t), sfx, None, org), vsic

    def person(self):
        rng = self.rng
        return (_pick(rng, _SURN), _pick(rng, _MID), rng.choice(_GIVEN))

    # -- enterprise construction ---------------------------------------------
    def phones(self, e, p_land):
        rng = self.rng
        if rng.random() < p_land:
            e.land = _land(rng, e.prov)
            if rng.random() < 0.5:
                a, b, L = e.land
                last = str((int(L[-1]) + rng.randint(1, 9)) % 10)
                e.fax = (a, b, L[:-1] + last)
        e.mob = _mobile(rng)
        e.cname = rng.choice(_GIVEN)
        if rng.random() < 0.45:
            e.mob2 = _mobile(rng)
            e.cname2 = rng.choice(_GIVEN)

    def fresh(self, e):
        rng = self.rng
        r = rng.random()
        org = "vn" if r < 0.70 else "jp" if r < 0.80 else "kr" if r < 0.86 else "tw" if r < 0.90 else "hkd"
        e.origin = org
        if org == "hkd":
            e.est = rng.randint(1998, 2024)
            r = rng.random()
            if r < 0.62:
                w = (
                    "Phùng Xá"
                    if rng.random() < 0.65
                    else rng.choice(("Hữu Bằng", "Thạch Xá", "Bình Phú", "Canh Nậu"))
                )
                e.hq = _village_loc(rng, "Thạch Thất", w)
                e.village = True
            elif r < 0.75:
                e.hq = _park_loc(rng, _PARK_BY["PX"])
                e.village = True
            elif r < 0.88:
                e.hq = _park_loc(rng, _pick(rng, _HN_CCN))
                e.village = e.hq["d"]["name"] == "Thạch Thất"
            else:
                e.hq = _village_loc(rng, rng.choice(("Thanh Oai", "Thường Tín", "Quốc Oai", "Chương Mỹ")))
            e.prov = "HN"
            e.owner = " ".join(self.person())
            s, m, g = e.owner.split(" ", 2)
            r = rng.random()
            if r < 0.5 and m != "Thị":
                e.shop = m + " " + g
            elif r < 0.9:
                e.shop = g + " " + rng.choice(_VSYL)
            else:
                e.shop = rng.choice(_VSYL) + " " + rng.choice(_VSYL)
            e.trade = _pick(rng, _HKD_TRADE)
            e.hkdpfx = _pick(rng, _HKD_PFX)
            e.vsic = _HKD_TRADE_VSIC[e.trade]
            e.spec = ("HKD", -1, e.shop, _nd(e.shop), None, None, "hkd")
            e.tax = self.personal_tax()
            e.cccd = self.cccd(m == "Thị") if rng.random() < 0.65 else None
            self.phones(e, 0.08)
            e.reg = e.mob
            e.vcode = f"V{rng.randint(10000, 99999)}"
            return
        if org == "vn":
            e.est = _pick(rng, _YEAR_VN)
            r = rng.random()
            if r < 0.40:
                e.hq = _street_loc(rng) if rng.random() < 0.85 else _road_loc(rng)
                if rng.random() < 0.55:
                    e.fac = _park_loc(rng, _pick(rng, _HN_PARK_VN))
            elif r < 0.70:
                e.hq = _park_loc(rng, _pick(rng, _HN_PARK_VN))
            elif r < 0.82:
                if rng.random() < 0.5:
                    e.hq = _village_loc(
                        rng, "Thạch Thất", rng.choice(("Phùng Xá", "Phùng Xá", "Hữu Bằng", "Bình Phú"))
                    )
                else:
                    e.hq = _park_loc(rng, _PARK_BY["PX"] if rng.random() < 0.5 else _pick(rng, _HN_CCN))
            else:
                e.hq = _park_loc(rng, _pick(rng, _NB_PARK_VN))
            r = rng.random()
            form = "TNHH" if r < 0.43 else "MTV" if r < 0.63 else "CP" if r < 0.95 else "DNTN"
            r = rng.random()
            sfx = "HN" if r < 0.03 else "VN" if r < 0.07 else None
            e.spec = self.unique_vn_spec(form, "vn", _DESC_VN, sfx)
            di = e.spec[1]
            e.vsic = _DESC[di][2] if di >= 0 else "2599"
        else:
            e.est = _pick(rng, _YEAR_FDI)
            if rng.random() < 0.8:
                park = _pick(rng, _HN_PARK_FDI)
                if rng.random() < 0.15:
                    e.hq = _street_loc(rng, bld_p=0.8)
                    e.fac = _park_loc(rng, park)
                else:
                    e.hq = _park_loc(rng, park)
            else:
                e.hq = _park_loc(rng, _pick(rng, _NB_PARK_FDI))
            e.spec, e.vsic = self.fdi_spec(org)
        e.prov = e.hq["prov"]
        e.tax = self.tax_for(e)
        self.phones(e, 0.95 if org != "vn" else 0.85)
        e.reg = e.land or e.mob
        e.vcode = f"V{rng.randint(10000, 99999)}"
        # shared accounting-service phone / virtual office
        r = rng.random()
        if org == "vn" and e.hq["k"] == "street" and r < 0.06:
            a = rng.choice(self.acct)
            e.hq = a["loc"]
            e.acct = a
            e.reg = a["land"]
            e.traps.append("trap:shared_addr")
        elif r < 0.14:
            a = rng.choice(self.acct)
            e.acct = a
            e.reg = a["land"]
            e.traps.append("trap:acct_phone")
        # history
        r = rng.random()
        if r < 0.05 and e.est <= 2021:
            form, di, b, be, sfx, kata, o = e.spec
            if o == "vn" or o == "tw":
                os_ = self.unique_vn_spec(form, o, _DESC_VN if o == "vn" else _DESC_TW, sfx)
                if rng.random() < 0.4:
                    os_ = (os_[0], di, os_[2], os_[3], sfx, None, o)
            else:
                os_, _v = self.fdi_spec(o)
                os_ = (form,) + os_[1:]
            e.old_spec = os_
            e.change = "renamed"
            e.traps.append("trap:renamed")
        elif r < 0.09 and e.spec[0] == "CP" and e.est <= 2019:
            e.old_spec = ("TNHH",) + e.spec[1:]
            e.change = "converted"
            e.traps.append("trap:converted")
        if rng.random() < 0.06 and e.acct is None:
            if e.hq["k"] == "park" and rng.random() < 0.5:
                e.old_hq = _street_loc(rng)
            elif e.prov == "HN":
                e.old_hq = _street_loc(rng) if rng.random() < 0.6 else _park_loc(rng, _pick(rng, _HN_PARK_VN))
            if e.old_hq is not None:
                e.traps.append("trap:moved")
                if e.land and rng.random() < 0.6:
                    e.old_land = _land(rng, e.old_hq["prov"])

    def sister(self, e, o):
        rng = self.rng
        e.origin = o.origin
        e.est = max(o.est, rng.randint(o.est, 2024))
        e.hq = o.hq
        e.prov = o.prov
        form0, di0, b, be, sfx, kata, org = o.spec
        r = rng.random()
        form = "TNHH" if r < 0.4 else "MTV" if r < 0.6 else "CP"
        if org in ("jp", "kr"):
            e.spec, e.vsic = self.fdi_spec(org)
            first = b.split(" ")[0]
            nb = first + " " + e.spec[2].split(" ", 1)[-1] if " " in e.spec[2] else first + " Tech"
            if nb.lower() == b.lower():
                nb = first + " Mold"
            while (-1, nb.lower(), e.spec[4]) in self.names:
                nb = nb + rng.choice(_FDI_MORE)
            self.names.add((-1, nb.lower(), e.spec[4]))
            e.spec = (e.spec[0], -1, nb, nb, e.spec[4], None, org)
        else:
            tbl = _DESC_VN if org == "vn" else _DESC_TW
            e.spec = self.unique_vn_spec(form, org, tbl, sfx, brand=(b, be))
            if e.spec[1] == di0 and e.spec[2] == b:
                e.spec = (form, (di0 + 3) % len(_DESC), b, be, sfx, None, org)
            e.vsic = _DESC[e.spec[1]][2] if e.spec[1] >= 0 else "2599"
        e.tax = self.tax_for(e)
        self.phones(e, 0.9)
        if o.land and rng.random() < 0.75:
            e.land = o.land
            e.fax = o.fax if rng.random() < 0.5 else e.fax
        e.reg = e.land or e.mob
        if rng.random() < 0.5:
            e.fac = _park_loc(rng, _pick(rng, _HN_PARK_VN))
        e.vcode = f"V{rng.randint(10000, 99999)}"
        e.traps.append("trap:sister")
        if "trap:sister" not in o.traps:
            o.traps.append("trap:sister")

    def namesake(self, e, o):
        rng = self.rng
        e.origin = o.origin
        form0, di0, b, be, sfx, kata, org = o.spec
        if org in ("vn", "tw"):
            e.est = _pick(rng, _YEAR_VN)
        else:
            e.est = _pick(rng, _YEAR_FDI)
        if o.prov == "HN" and rng.random() < 0.55:
            e.hq = _park_loc(rng, _pick(rng, _NB_PARK_VN if org == "vn" else _NB_PARK_FDI))
            other_prov = True
        else:
            other_prov = o.prov != "HN"
            r = rng.random()
            if r < 0.5:
                e.hq = _park_loc(rng, _pick(rng, _HN_PARK_VN if org == "vn" else _HN_PARK_FDI))
            elif r < 0.85:
                e.hq = _street_loc(rng)
            else:
                e.hq = _road_loc(rng)
        e.prov = e.hq["prov"]
        if org in ("vn", "tw"):
            r = rng.random()
            if other_prov and r < 0.5:
                di = di0
            else:
                di = _pick(rng, _DESC_VN if org == "vn" else _DESC_TW)
                if di == di0:
                    di = (di0 + 1) % len(_DESC)
            r = rng.random()
            form = "TNHH" if r < 0.45 else "MTV" if r < 0.65 else "CP"
            e.spec = (form, di, b, be, sfx, None, org)
            e.vsic = _DESC[di][2] if di >= 0 else "2599"
        else:
            nsfx = sfx
            if True:
                nsfx = rng.choice(
                    [s for s in ("VN", "HN", "VINA", None) if s != sfx and (org == "kr" or s != "VINA")]
                )
            e.spec = (form0, di0, b, be, nsfx, kata, org)
            e.vsic = o.vsic
        e.tax = self.tax_for(e)
        self.phones(e, 0.85)
        e.reg = e.land or e.mob
        e.vcode = f"V{rng.randint(10000, 99999)}"
        e.traps.append("trap:namesake")
        if "trap:namesake" not in o.traps:
            o.traps.append("trap:namesake")

    def branch(self, e, p):
        rng = self.rng
        e.parent = p
        e.origin = p.origin
        e.spec = p.spec
        e.vsic = p.vsic
        e.est = rng.randint(min(p.est + 1, 2024), 2024)
        p.nbr += 1
        e.tax = f"{p.tax}-{p.nbr:03d}"
        if p.fac is not None and p.fac["k"] == "park" and p.nbr == 1 and rng.random() < 0.6:
            e.hq = p.fac
        elif rng.random() < 0.55:
            e.hq = _park_loc(rng, _pick(rng, _HN_PARK_VN if p.origin == "vn" else _HN_PARK_FDI))
        else:
            e.hq = _park_loc(rng, _pick(rng, _NB_PARK_VN if p.origin == "vn" else _NB_PARK_FDI))
        e.prov = e.hq["prov"]
        park = e.hq["park"]
        if e.prov != p.prov or (e.prov != "HN"):
            e.bplace = (_PROV[e.prov]["old"], _PROV[e.prov]["en"], "prov")
        else:
            e.bplace = (park["short"], park["short_en"], "park")
        self.phones(e, 0.9)
        if p.land and rng.random() < 0.35:
            e.land = p.land
        e.reg = e.land or e.mob
        e.vcode = f"V{rng.randint(10000, 99999)}"
        e.traps.append("trap:branch")
        if "trap:has_branch" not in p.traps:
            p.traps.append("trap:has_branch")

    def new_ent(self, idx):
        rng = self.rng
        e = _Ent(idx)
        ents = self.ents
        r = rng.random()
        done = False
        if len(ents) > 20 and r < 0.11:
            o = ents[rng.randrange(len(ents))]
            if o.origin != "hkd" and o.parent is None:
                if r < 0.035:
                    self.sister(e, o)
                elif r < 0.075:
                    self.namesake(e, o)
                elif o.nbr < 3:
                    self.branch(e, o)
                else:
                    self.namesake(e, o)
                done = True
        if not done:
            self.fresh(e)
        e.parkloc = None
        for loc in (e.hq, e.fac):
            if loc is not None and loc["k"] == "park" and loc["park"]["kcn"] and loc["prov"] == "HN":
                e.parkloc = loc
                break
        if not e.village:
            for loc in (e.hq, e.fac):
                if (
                    loc is not None
                    and loc["d"]["name"] == "Thạch Thất"
                    and (
                        loc["k"] == "village"
                        or (loc["k"] == "park" and loc["park"]["code"] in ("PX", "TTQO"))
                    )
                ):
                    e.village = True
        ents.append(e)
        return e


_SIZE = _tbl(
    [(1, 40), (2, 20), (3, 12), (4, 8.5), (5, 6.5), (6, 4.5), (7, 3), (8, 2.5), ("m", 2.5), ("l", 0.5)]
)
_SIZE_SMALL = _tbl([(1, 55), (2, 25), (3, 12), (4, 6), (5, 2)])


def _cluster_size(rng, e):
    if e.origin == "hkd" or e.parent is not None:
        return _pick(rng, _SIZE_SMALL)
    k = _pick(rng, _SIZE)
    if k == "m":
        return rng.randint(9, 14)
    if k == "l":
        return rng.randint(15, 30)
    return k


# ---------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------

SOURCES = ("thue", "cnht", "kcn", "jvendor", "hoicho", "tke", "hoadon", "langnghe", "ds2015")


def _src_weights(e):
    hkd = e.origin == "hkd"
    fdi = e.origin in ("jp", "kr", "tw")
    w = {"thue": 1.4 if hkd else 3.0, "cnht": 0.4 if hkd else 2.4}
    if e.parkloc is not None:
        w["kcn"] = 2.8 if fdi else 2.0
    if not hkd:
        w["jvendor"] = 2.6 if fdi else 0.8
    w["hoicho"] = 1.0 if hkd else 2.0
    w["tke"] = 0.3 if hkd else 2.0
    w["hoadon"] = 0.3 if hkd else 1.5
    if e.village:
        w["langnghe"] = 4.5
    if e.est <= 2014:
        w["ds2015"] = 1.8
    if e.prov != "HN":
        # Hà Nội's tax department and statistics office do not hold firms
        # registered in Hưng Yên / Bắc Ninh / Vĩnh Phúc; the CNHT centre and
        # the old list hold only the better-known ones.
        del w["thue"]
        del w["tke"]
        w["cnht"] = 1.0
        if "ds2015" in w:
            w["ds2015"] = 0.7
    return w


_REPEAT = {
    "hoicho": 3.0,
    "kcn": 2.0,
    "cnht": 2.0,
    "jvendor": 1.5,
    "langnghe": 2.0,
    "thue": 0.15,
    "tke": 0.5,
    "hoadon": 0.5,
    "ds2015": 0.3,
}


def _choose_sources(rng, e, k):
    w = _src_weights(e)
    keys = list(w.keys())
    ws = [w[x] for x in keys]
    out = []
    while len(out) < k and keys:
        t = sum(ws)
        x = rng.random() * t
        acc = 0.0
        for i, wi in enumerate(ws):  # noqa: B007 (i is the pick, used after the loop)
            acc += wi
            if x < acc:
                break
        out.append(keys.pop(i))
        ws.pop(i)
    if len(out) < k:
        elig = [s for s in w]
        tb = _tbl([(s, _REPEAT[s]) for s in elig])
        while len(out) < k:
            out.append(_pick(rng, tb))
    return out


def _fmt_tax(t, rng, tg, spaced=0.0, typo=0.0):
    r = rng.random()
    if r < typo:
        tg.append("tax:typo")
        d = list(t)
        pos = [i for i, c in enumerate(d) if c.isdigit()]
        if rng.random() < 0.7:
            i = rng.choice(pos[:10])
            d[i] = str((int(d[i]) + rng.randint(1, 9)) % 10)
        else:
            i = rng.choice(pos[:9])
            if d[i + 1].isdigit() and d[i] != d[i + 1]:
                d[i], d[i + 1] = d[i + 1], d[i]
            else:
                d[i] = str((int(d[i]) + 1) % 10)
        t = "".join(d)
    if rng.random() < spaced:
        tg.append("tax:spaced")
        base, sep, suf = t.partition("-")
        if len(base) == 10:
            r = rng.random()
            if r < 0.6:
                base = f"{base[:4]} {base[4:7]} {base[7:]}"
            elif r < 0.85:
                base = f"{base[:3]} {base[3:6]} {base[6:]}"
            else:
                base = f"{base[:4]}.{base[4:7]}.{base[7:]}"
        t = base + sep + suf
    return t


def _excel_tax(t, rng, tg):
    if "-" in t or not t.isdigit():
        return t
    v = int(t)
    r = rng.random()
    if r < 0.4:
        tg.append("tax:excel")
        return str(v)
    if r < 0.75:
        tg.append("tax:excel")
        return f"{v}.0"
    if r < 0.92:
        tg.append("tax:excel_sci")
        nd = len(str(v)) - 1
        return f"{v:.{nd}E}"
    tg.append("tax:excel_lossy")
    return f"{v:.5E}"


def _phone(e, rng, tg, wts, lst, mst, old=False, oldloc=False, mob2=0.0, note=0.0):
    """wts over (land, mobile, land+mobile, land+fax, empty, registered)."""
    land = e.old_land if (oldloc and e.old_land is not None) else e.land
    m = e.mob
    cn = e.cname
    if e.mob2 is not None and rng.random() < mob2:
        m = e.mob2
        cn = e.cname2
        tg.append("phone:other_contact")
    k = _pick(rng, wts)
    if k == 5:
        reg = e.reg
        if reg is None:
            k = 4
        elif isinstance(reg, tuple):
            if e.acct is not None and reg is e.acct["land"]:
                tg.append("phone:acct_shared")
            land = reg
            k = 0
        else:
            m = reg
            k = 1
    if land is None and k in (0, 2, 3):
        k = 1
    if k == 3 and e.fax is None:
        k = 0
    if k == 4 or m is None and k == 1:
        tg.append("phone:empty")
        return ""

    def fl(L):
        a = L[1] if old else L[0]
        if old and a != L[0]:
            tg.append("phone:old_area_code")
        st = _pick(rng, lst)
        t = _LAND_TAG.get(st)
        if t:
            tg.append(t)
        return _fl(a, L[2], st)

    def fm(x):
        if old:
            o = _OLDMOB.get(x[:3])
            if o:
                x = o + x[3:]
                tg.append("phone:old_11digit")
        st = _pick(rng, mst)
        t = _MOB_TAG.get(st)
        if t:
            tg.append(t)
        s = _fm(x, st)
        if rng.random() < note:
            tg.append("phone:contact_note")
            r = rng.random()
            if r < 0.4:
                s = f"{s} (a {cn})" if rng.random() < 0.6 else f"{s} (chị {cn})"
            elif r < 0.7:
                s = f"Anh {cn} - {s}"
            else:
                s = f"{s} - Mr {_nd(cn)}"
        return s

    if k == 0:
        tg.append("phone:land")
        s = fl(land)
        if rng.random() < 0.04:
            s += (
                rng.choice((" (máy lẻ ", " ext. ", " - số lẻ "))
                + str(rng.randint(100, 399))
                + (")" if "(" in s[-12:] else "")
            )
            tg.append("phone:ext")
        return s
    if k == 1:
        tg.append("phone:mobile")
        return fm(m)
    if k == 2:
        tg.append("phone:two")
        a, b = fl(land), fm(m)
        sep = rng.choice((" / ", " - ", "; ", ", ", " | "))
        return a + sep + b if rng.random() < 0.8 else b + sep + a
    tg.append("phone:fax_included")
    a, b = fl(land), fl(e.fax)
    r = rng.random()
    if r < 0.4:
        return f"ĐT: {a} - Fax: {b}"
    if r < 0.7:
        return f"Tel: {a}; Fax: {b}"
    return f"{a} / {b}"


def _name(e, spec, rng, mode, tg):
    """mode: official | casual | en | brand | abbr"""
    if e.origin == "hkd":
        return _hkd_name(e, rng, tg, mode == "official")
    if mode == "brand":
        tg.append("name:brand_only")
        s = _brand_only(spec, rng)
        if e.parent is not None and rng.random() < 0.3:
            s += f" ({'CN ' if rng.random() < 0.5 else 'Chi nhánh '}{e.bplace[0]})"
        return s
    if mode == "official":
        s = _vn_name(spec, rng, True)
    elif mode == "stat":
        s = _vn_name(spec, rng, 2)
    elif mode == "casual":
        s = _vn_name(spec, rng, False)
        if spec[1] >= 0 and rng.random() < 0.08:
            # descriptor dropped
            s = s.replace(_DESC[spec[1]][0] + " ", "", 1).replace(_DESC[spec[1]][0].title() + " ", "", 1)
            tg.append("name:desc_dropped")
        elif spec[1] >= 0 and " và " in _DESC[spec[1]][0] and rng.random() < 0.2:
            a, b = _DESC[spec[1]][0].split(" và ", 1)
            s = s.replace(_DESC[spec[1]][0], f"{b[0].upper()}{b[1:]} và {a[0].lower()}{a[1:]}")
            tg.append("name:word_swap")
    elif mode == "en":
        tg.append("name:english")
        s = _en_name(spec, rng)
        if spec[1] >= 0 and rng.random() < 0.06:
            de = _DESC[spec[1]][1]
            if spec[3] + " " + de in s:
                tg.append("name:word_swap")
                s = s.replace(spec[3] + " " + de, de + " " + spec[3], 1)
    else:
        tg.append("name:abbr")
        s = _abbr_name(spec)
    if e.parent is not None:
        s = _branch_wrap(e, s, rng, mode in ("en", "abbr"))
    return s


def _branch_wrap(e, base, rng, en):
    place, place_en, kind = e.bplace
    r = rng.random()
    if en:
        if r < 0.4:
            return f"{base} - {place_en} Branch"
        if r < 0.7:
            return f"{base} ({place_en} {'Factory' if kind == 'park' else 'Branch'})"
        return f"Branch of {base} in {place_en}"
    if kind == "park":
        if r < 0.35:
            return f"Chi nhánh {base} - Nhà máy {place}"
        if r < 0.6:
            return f"Chi nhánh {base} tại {place}"
        if r < 0.8:
            return f"CN {base} - {place}"
        return f"Nhà máy {place} - {base}"
    if r < 0.6:
        return f"Chi nhánh {base} tại {place}"
    if r < 0.85:
        return f"CN {base} tại {place}"
    return f"{base} - Chi nhánh {place}"


def _hkd_name(e, rng, tg, official):
    o, shop, trade, pfx = e.owner, e.shop, e.trade, e.hkdpfx
    if official:
        tg.append("name:hkd_owner")
        r = rng.random()
        return ("Hộ kinh doanh " + o) if r < 0.55 else (o if r < 0.8 else "HKD " + o)
    r = rng.random()
    if r < 0.3:
        tg.append("name:hkd_owner")
        return rng.choice(("Hộ kinh doanh ", "HKD ", "Hộ KD ", "")) + o
    p = pfx if rng.random() < 0.7 else _pick(rng, _HKD_PFX)
    base = f"{p} {trade} {shop}".strip()
    if not p:
        base = f"{trade.capitalize()} {shop}"
    if r < 0.75:
        tg.append("name:hkd_shop")
        return base
    tg.append("name:hkd_shop_owner")
    return f"{base} ({o})" if rng.random() < 0.6 else f"{base} - {o}"


def _caseify(s, rng, tg, upper=0.0, lower=0.0, nodiac=0.0):
    r = rng.random()
    if r < nodiac:
        s = _nd(s)
        tg.append("name:nodiac")
    r = rng.random()
    if r < upper:
        s = s.upper()
        tg.append("name:upper")
    elif r < upper + lower:
        s = s.lower()
        tg.append("name:lower")
    return s


def _use_old(e, rng, p, tg):
    if e.old_spec is not None and rng.random() < p:
        tg.append("name:old_name" if e.change == "renamed" else "name:old_form")
        return e.old_spec, True
    return e.spec, False


# --- individual sources -------------------------------------------------------

_L_THUE = _lst(1, 0, 0, 0, 4, 0.3, 0, 0, 0, 0.3, 0, 0.5)
_M_THUE = _lst(5, 1, 0.5, 0, 0, 0, 0, 0, 0, 0)
_P_THUE = _tbl([(0, 0), (1, 0), (2, 0), (3, 0), (4, 40), (5, 60)])
_P_THUE_HKD = _tbl([(4, 20), (5, 80)])


def _r_thue(e, rng, tg, W):
    if e.origin == "hkd":
        name = _hkd_name(e, rng, tg, True).upper()
        if e.cccd and rng.random() < 0.7:
            tax = e.cccd
            tg.append("tax:cccd")
        else:
            tax = e.tax
    else:
        name = _name(e, e.spec, rng, "official", tg).upper()
        tax = e.tax
    tg.append("name:official")
    if rng.random() < 0.01:
        name = _typo(name, rng)
        tg.append("name:typo")
    units = "new" if rng.random() < 0.82 else "old"
    tg.append("addr:new_units" if units == "new" else "addr:old_units")
    addr = _addr_vn(e.hq, rng, units, rng.choice((0, 0, 1, 1, 2)))
    phone = _phone(e, rng, tg, _P_THUE_HKD if e.origin == "hkd" else _P_THUE, _L_THUE, _M_THUE)
    return name, tax, addr, phone


_L_CNHT = _lst(3, 3, 2, 2, 1, 0.2, 0.1, 0, 1, 0.5, 0, 1.5)
_M_CNHT = _lst(3, 3, 2, 1.5, 0.3, 0.2, 0, 0, 0, 0.5)
_P_CNHT = _tbl([(0, 35), (1, 18), (2, 25), (3, 6), (4, 10), (5, 6)])


def _r_cnht(e, rng, tg, W):
    spec, old = _use_old(e, rng, 0.4, tg)
    fdi = e.origin in ("jp", "kr", "tw")
    r = rng.random()
    if fdi and r < 0.35:
        name = _name(e, spec, rng, "en", tg)
    elif r < 0.05:
        name = _name(e, spec, rng, "brand", tg)
    else:
        name = _name(e, spec, rng, "casual", tg)
        tg.append("name:casual")
    name = _caseify(name, rng, tg, upper=0.1, nodiac=0.07)
    if rng.random() < 0.04:
        name = _typo(name, rng)
        tg.append("name:typo")
    tax = ""
    if rng.random() < 0.72 or (old and rng.random() < 0.8):
        tax = _fmt_tax(e.tax, rng, tg, spaced=0.15, typo=0.03)
    else:
        tg.append("tax:missing")
    oldloc = e.old_hq is not None and rng.random() < 0.45
    loc = e.hq
    if oldloc:
        loc = e.old_hq
        tg.append("addr:old_location")
    elif e.fac is not None and rng.random() < 0.5:
        loc = e.fac
        tg.append("addr:factory")
    r = rng.random()
    units = "old" if r < 0.72 else "mixed" if r < 0.82 else "new"
    tg.append(f"addr:{units}_units")
    addr = _addr_vn(loc, rng, units, rng.choice((0, 2, 2, 3, 3, 4)), detail=1)
    phone = _phone(e, rng, tg, _P_CNHT, _L_CNHT, _M_CNHT, oldloc=oldloc, mob2=0.2, note=0.12)
    return name, tax, addr, phone


_L_KCN = _lst(4, 1, 2, 1, 2, 0, 0.5, 0, 0.5, 1, 0.3, 1)
_M_KCN = _lst(3, 3, 1, 1, 0.3, 0, 0, 0, 0, 0)
_P_KCN = _tbl([(0, 60), (1, 10), (2, 15), (3, 8), (4, 7)])


def _r_kcn(e, rng, tg, W):
    spec, old = _use_old(e, rng, 0.3, tg)
    fdi = e.origin in ("jp", "kr", "tw")
    r = rng.random()
    if (fdi and r < 0.7) or (not fdi and r < 0.25):
        name = _name(e, spec, rng, "en", tg)
        name = _caseify(name, rng, tg, upper=0.45)
    else:
        name = _name(e, spec, rng, "casual", tg)
        tg.append("name:casual")
        name = _caseify(name, rng, tg, upper=0.2)
    if rng.random() < 0.02:
        name = _typo(name, rng)
        tg.append("name:typo")
    tax = ""
    if rng.random() < 0.55 or (old and rng.random() < 0.7):
        tax = _fmt_tax(e.tax, rng, tg, spaced=0.05, typo=0.02)
    else:
        tg.append("tax:missing")
    loc = e.parkloc
    if loc is not e.hq:
        tg.append("addr:factory")
    r = rng.random()
    if r < 0.45:
        addr = _detail_vn(loc, rng, False)
        tg.append("addr:park_only")
    elif r < 0.8:
        addr = _addr_vn(loc, rng, "old", 4)
        tg.append("addr:old_units")
    else:
        units = "old" if rng.random() < 0.6 else "new"
        addr = _addr_vn(loc, rng, units, rng.choice((0, 2, 3)))
        tg.append(f"addr:{units}_units")
    if rng.random() < 0.38:
        tg.append("phone:park_hotline")
        h = W.hot[loc["park"]["code"]]
        phone = _fl(h[0], h[2], _pick(rng, _L_KCN))
    else:
        phone = _phone(e, rng, tg, _P_KCN, _L_KCN, _M_KCN)
    return name, tax, addr, phone


_L_JV = _lst(1, 0, 0.5, 0.5, 0.5, 0, 4, 0.5, 0, 1, 2, 0.5)
_M_JV = _lst(1, 1, 0.5, 0.5, 4, 2, 1, 0, 1, 0.5)
_P_JV = _tbl([(0, 55), (1, 10), (2, 10), (3, 15), (4, 10)])


def _r_jvendor(e, rng, tg, W):
    spec, old = _use_old(e, rng, 0.5, tg)
    r = rng.random()
    if spec[5] and r < 0.12 and e.parent is None:
        name = spec[5] + (_SFX_KATA.get(spec[4], "") if spec[4] else "")
        tg.append("name:katakana")
    elif r < 0.22 and e.origin == "vn":
        name = _name(e, spec, rng, "abbr", tg)
    elif r < 0.9:
        name = _name(e, spec, rng, "en", tg)
        name = _caseify(name, rng, tg, upper=0.5)
    else:
        name = _name(e, spec, rng, "casual", tg)
        name = _caseify(name, rng, tg, upper=0.2, nodiac=0.6)
    if rng.random() < 0.02:
        name = _typo(name, rng)
        tg.append("name:typo")
    if rng.random() < 0.35:
        tg.append("name:vendor_code")
        vc = e.vcode
        r = rng.random()
        name = f"[{vc}] {name}" if r < 0.4 else f"{name} ({vc})" if r < 0.75 else f"{vc} - {name}"
    tax = ""
    katak = "name:katakana" in tg
    if rng.random() < 0.45 or ((old or katak) and rng.random() < 0.6):
        tax = _fmt_tax(e.tax, rng, tg, spaced=0.05, typo=0.02)
    else:
        tg.append("tax:missing")
    oldloc = e.old_hq is not None and rng.random() < 0.5
    if oldloc:
        loc = e.old_hq
        tg.append("addr:old_location")
    elif e.fac is not None:
        loc = e.fac
        tg.append("addr:factory")
    else:
        loc = e.hq
    units = "old" if rng.random() < 0.85 else "new"
    if rng.random() < 0.9:
        addr = _addr_en(loc, rng, units)
        tg.append("addr:english")
    else:
        addr = _addr_vn(loc, rng, units, 3)
    tg.append(f"addr:{units}_units")
    phone = _phone(e, rng, tg, _P_JV, _L_JV, _M_JV, oldloc=oldloc)
    return name, tax, addr, phone


_L_HC = _lst(2, 0.5, 0.5, 1, 3, 0.3, 0.3, 0, 1, 0.5, 0, 1)
_M_HC = _lst(6, 2, 1.5, 1.5, 0.5, 1, 0.3, 0.5, 0.2, 0.5)
_P_HC = _tbl([(0, 8), (1, 72), (2, 10), (3, 0), (4, 10)])


def _r_hoicho(e, rng, tg, W):
    spec, old = _use_old(e, rng, 0.08, tg)
    fdi = e.origin in ("jp", "kr", "tw")
    r = rng.random()
    if e.origin != "hkd" and r < 0.25:
        name = _name(e, spec, rng, "brand", tg)
    elif fdi and r < 0.6 or (not fdi and r < 0.37):
        name = _name(e, spec, rng, "en", tg)
    else:
        name = _name(e, spec, rng, "casual", tg)
        if e.origin != "hkd" and rng.random() < 0.35:
            name = name.replace("Công ty ", "cty ").replace("Công Ty ", "cty ")
    r = rng.random()
    if r < 0.08:
        name, ok = _telex(name, rng)
        if ok:
            tg.append("name:telex")
        name = name.lower()
        tg.append("name:lower")
    elif r < 0.58:
        name = _nd(name).lower()
        tg.append("name:nodiac")
        tg.append("name:lower")
    elif r < 0.73:
        name = name.lower()
        tg.append("name:lower")
    elif r < 0.78:
        name = name.upper()
        tg.append("name:upper")
    if rng.random() < 0.2:
        name = _typo(name, rng)
        tg.append("name:typo")
        if rng.random() < 0.2:
            name = _typo(name, rng)
    tax = ""
    if rng.random() < 0.2:
        tax = _fmt_tax(
            e.tax if e.origin != "hkd" or e.cccd is None else e.cccd, rng, tg, spaced=0.2, typo=0.08
        )
    else:
        tg.append("tax:missing")
    r = rng.random()
    loc = e.hq if (e.fac is None or rng.random() < 0.5) else e.fac
    if r < 0.3:
        addr = ""
        tg.append("addr:empty")
    else:
        units = "new" if rng.random() < 0.4 else "old"
        tg.append(f"addr:{units}_units")
        r = rng.random()
        if r < 0.4:
            addr = _addr_vn(loc, rng, units, 4, detail=2)
            tg.append("addr:short")
        elif r < 0.6:
            addr = _admin_vn(loc, rng, units, 4)
            tg.append("addr:short")
        else:
            addr = _addr_vn(loc, rng, units, rng.choice((0, 2, 3)), detail=1)
        if rng.random() < 0.6:
            addr = _nd(addr).lower() if rng.random() < 0.8 else _nd(addr)
            tg.append("addr:nodiac")
        if rng.random() < 0.1:
            addr = _typo(addr, rng)
            tg.append("addr:typo")
    phone = _phone(e, rng, tg, _P_HC, _L_HC, _M_HC, mob2=0.35, note=0.1)
    if not phone and not tax and not addr and rng.random() < 0.7:
        phone = _fm(e.mob, 0)
        tg.remove("phone:empty")
        tg.append("phone:mobile")
    return name, tax, addr, phone


_L_TKE = _lst(0, 0, 0, 0, 4, 5, 0, 0, 0.5, 0, 0, 0)
_M_TKE = _lst(4, 0, 0, 0, 0, 0, 0, 4, 0, 0)
_P_TKE = _tbl([(0, 50), (1, 20), (2, 0), (3, 0), (4, 20), (5, 10)])


def _r_tke(e, rng, tg, W):
    spec, old = _use_old(e, rng, 0.2, tg)
    if e.origin == "hkd":
        name = _hkd_name(e, rng, tg, True)
    else:
        name = _name(e, spec, rng, "stat", tg)
    tg.append("name:official")
    name = name.upper()
    if rng.random() < 0.3:
        name = _nd(name)
        tg.append("name:nodiac")
    if rng.random() < 0.15:
        name = f"{e.vsic}-{name}"
        tg.append("name:vsic_prefix")
    if len(name) > 45:
        name = name[:45].rstrip()
        tg.append("name:truncated")
    if rng.random() < 0.015:
        name = _typo(name, rng)
        tg.append("name:typo")
    tax = ""
    if rng.random() < 0.9:
        tax = _fmt_tax(e.tax, rng, tg, typo=0.04)
    else:
        tg.append("tax:missing")
    oldloc = e.old_hq is not None and rng.random() < 0.3
    loc = e.old_hq if oldloc else e.hq
    if oldloc:
        tg.append("addr:old_location")
    addr = _addr_vn(loc, rng, "old", 1)
    tg.append("addr:old_units")
    if "name:nodiac" in tg and rng.random() < 0.7:
        addr = _nd(addr)
    phone = _phone(e, rng, tg, _P_TKE, _L_TKE, _M_TKE, oldloc=oldloc)
    return name, tax, addr, phone


_L_HD = _lst(0.5, 0, 0, 0, 4, 2, 0, 2, 0, 0, 0, 0)
_M_HD = _lst(3, 0, 0, 0, 0, 0.5, 4, 1.5, 0, 0)
_P_HD = _tbl([(0, 30), (1, 40), (2, 0), (3, 0), (4, 30)])
_FORM_HD = {
    "TNHH": ("CTY TNHH", "CONG TY TNHH", "CT TNHH"),
    "MTV": ("CTY TNHH MTV", "CONG TY TNHH MTV", "CTY TNHH 1TV", "CTY TNHH"),
    "CP": ("CTY CP", "CONG TY CP", "CTCP", "CONG TY CO PHAN"),
    "DNTN": ("DNTN", "DOANH NGHIEP TU NHAN"),
}


def _r_hoadon(e, rng, tg, W):
    spec, old = _use_old(e, rng, 0.1, tg)
    fdi = e.origin in ("jp", "kr", "tw")
    if e.origin == "hkd":
        name = _hkd_name(e, rng, tg, True)
    elif fdi and rng.random() < 0.3:
        name = _name(e, spec, rng, "en", tg)
    elif e.origin == "vn" and rng.random() < 0.08:
        name = _name(e, spec, rng, "abbr", tg)
    else:
        form, di, b, be, sfx, _k, _o = spec
        parts = [rng.choice(_FORM_HD[form])]
        if di >= 0:
            parts.append(_DESC[di][0])
        parts.append(b)
        if sfx:
            parts.append(rng.choice(_SFX_VN[sfx]))
        name = " ".join(parts)
        if e.parent is not None:
            name = _branch_wrap(e, name, rng, False)
    name = _nd(name).upper()
    tg.append("name:nodiac")
    tg.append("name:upper")
    if rng.random() < 0.02:
        name = _typo(name, rng)
        tg.append("name:typo")
    tax = ""
    if rng.random() < 0.95:
        t = e.tax
        if e.parent is not None and rng.random() < 0.3:
            t = t.split("-")[0]
            tg.append("tax:branch_suffix_dropped")
        if e.origin == "hkd" and e.cccd and rng.random() < 0.5:
            t = e.cccd
            tg.append("tax:cccd")
        if rng.random() < 0.5:
            t = _excel_tax(t, rng, tg)
        tax = t
    else:
        tg.append("tax:missing")
    units = "new" if rng.random() < 0.5 else "old"
    tg.append(f"addr:{units}_units")
    addr = _nd(_addr_vn(e.hq, rng, units, rng.choice((2, 3)))).upper()
    tg.append("addr:nodiac")
    phone = _phone(e, rng, tg, _P_HD, _L_HD, _M_HD)
    return name, tax, addr, phone


_L_LN = _lst(2, 1, 1, 1, 2, 0, 0, 0, 1, 0.5, 0, 1)
_M_LN = _lst(5, 3, 2, 2, 0, 0, 0, 0.3, 0, 0.5)
_P_LN = _tbl([(0, 5), (1, 80), (2, 5), (3, 0), (4, 10)])


def _r_langnghe(e, rng, tg, W):
    spec, old = _use_old(e, rng, 0.3, tg)
    if e.origin == "hkd":
        name = _hkd_name(e, rng, tg, False)
    elif rng.random() < 0.15:
        name = _name(e, spec, rng, "brand", tg)
    else:
        name = _name(e, spec, rng, "casual", tg)
        tg.append("name:casual")
    if rng.random() < 0.05:
        name = _typo(name, rng)
        tg.append("name:typo")
    tax = ""
    p_tax = 0.25 if e.origin == "hkd" else 0.55
    if rng.random() < p_tax or (old and rng.random() < 0.7):
        tax = _fmt_tax(e.tax, rng, tg, spaced=0.1, typo=0.03)
    else:
        tg.append("tax:missing")
    loc = e.hq
    if loc["d"]["name"] != "Thạch Thất" and e.fac is not None:
        loc = e.fac
        tg.append("addr:factory")
    hatay = rng.random() < 0.04
    if hatay:
        tg.append("addr:ha_tay")
    addr = _addr_vn(loc, rng, "old", rng.choice((0, 2, 3, 3)), hatay=hatay)
    tg.append("addr:old_units")
    phone = _phone(e, rng, tg, _P_LN, _L_LN, _M_LN, note=0.1)
    return name, tax, addr, phone


_L_DS = _lst(3, 2, 2, 2, 1, 0, 0, 0, 0.5, 0.5, 0, 1.5)
_M_DS = _lst(4, 3, 2, 1, 0, 0, 0, 0, 0, 0.5)
_P_DS = _tbl([(0, 45), (1, 15), (2, 20), (3, 10), (4, 10)])


def _r_ds2015(e, rng, tg, W):
    spec, old = _use_old(e, rng, 1.0, tg)
    fdi = e.origin in ("jp", "kr", "tw")
    if fdi and rng.random() < 0.3:
        name = _name(e, spec, rng, "en", tg)
    else:
        name = _name(e, spec, rng, "casual", tg)
        if e.origin != "hkd":
            tg.append("name:casual")
    name = _caseify(name, rng, tg, upper=0.3, nodiac=0.12)
    if rng.random() < 0.04:
        name = _typo(name, rng)
        tg.append("name:typo")
    moj = rng.random() < 0.03
    tax = ""
    if rng.random() < 0.85 or old:
        tax = _fmt_tax(e.tax, rng, tg, spaced=0.1, typo=0.03 if not old else 0.0)
    else:
        tg.append("tax:missing")
    oldloc = e.old_hq is not None
    loc = e.old_hq if oldloc else e.hq
    if oldloc:
        tg.append("addr:old_location")
    hatay = loc["d"]["hatay"] and rng.random() < 0.08
    if hatay:
        tg.append("addr:ha_tay")
    addr = _addr_vn(loc, rng, "old", rng.choice((0, 1, 2, 3)), hatay=hatay)
    tg.append("addr:old_units")
    if moj:
        name = _mojibake(name)
        addr = _mojibake(addr)
        tg.append("name:mojibake")
        tg.append("addr:mojibake")
    phone = _phone(e, rng, tg, _P_DS, _L_DS, _M_DS, old=True, oldloc=oldloc, note=0.05)
    return name, tax, addr, phone


_RENDER = {
    "thue": _r_thue,
    "cnht": _r_cnht,
    "kcn": _r_kcn,
    "jvendor": _r_jvendor,
    "hoicho": _r_hoicho,
    "tke": _r_tke,
    "hoadon": _r_hoadon,
    "langnghe": _r_langnghe,
    "ds2015": _r_ds2015,
}


# ---------------------------------------------------------------------------
# public interface
# ---------------------------------------------------------------------------


def _generate(n, seed):
    n = int(n)
    if n <= 0:
        return [], []
    rng = random.Random(f"hanoi-cnht:{seed}")
    gc_was = gc.isenabled()
    gc.disable()
    try:
        W = _World(rng, n)
        ents = []
        total = 0
        idx = 0
        while total < n:
            idx += 1
            e = W.new_ent(idx)
            k = _cluster_size(rng, e)
            if total + k > n:
                k = n - total
            e.k = k
            total += k
            ents.append(e)
        # the world is no longer needed once every enterprise exists
        W.ents = None
        W.names = None
        W.taxes = None
        recs = []
        tags = []
        for i in range(len(ents)):
            e = ents[i]
            ents[i] = None
            srcs = _choose_sources(rng, e, e.k)
            for s in srcs:
                tg = ["src:" + s]
                name, tax, addr, phone = _RENDER[s](e, rng, tg, W)
                tg.extend(e.traps)
                recs.append(
                    {
                        "id": "",
                        "name": name,
                        "tax_code": tax,
                        "address": addr,
                        "phone": phone,
                        "truth": e.truth,
                    }
                )
                tags.append(tuple(tg))
        W = None
        ents = None
        perm = list(range(len(recs)))
        rng.shuffle(perm)
        out_r = [None] * len(recs)
        out_t = [None] * len(recs)
        width = max(7, len(str(len(recs))))
        for j, i in enumerate(perm):
            r = recs[i]
            r["id"] = f"R{j + 1:0{width}d}"
            out_r[j] = r
            out_t[j] = tags[i]
        return out_r, out_t
    finally:
        if gc_was:
            gc.enable()


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic records (dicts: id, name, tax_code, address, phone, truth)."""
    return _generate(n, seed)[0]


def labelled(n, seed=0):
    """The same records as records(n, seed) plus one tag tuple per record."""
    return _generate(n, seed)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python gen_hanoi.py N [SEED]", file=sys.stderr)
        return 2
    n = int(argv[0])
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    sizes = Counter(r["truth"] for r in recs)
    hist = Counter(sizes.values())
    print(f"records: {len(recs)}  (generated in {dt:.1f}s, seed {seed})")
    print(f"enterprises: {len(sizes)}  (records per enterprise {len(recs) / max(1, len(sizes)):.2f})")
    print("cluster-size histogram:")
    for k in sorted(hist):
        print(f"  {k:3d}: {hist[k]}")
    src = Counter(t[0] for t in tags)
    print("source counts:")
    for s in SOURCES:
        print(f"  {s:10s} {src.get('src:' + s, 0)}")
    tc = Counter(x for t in tags for x in t[1:])
    print("tag counts:")
    for k, v in sorted(tc.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:28s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
