"""ALL DATA IS SYNTHETIC.

No record describes a real enterprise, household or person. Names, tax codes (MST), citizen-ID (CCCD) numbers,
phone numbers, lot and house numbers are drawn at random; only place names (old and new provinces, districts,
communes, industrial parks, streets) are real, as a setting. Names that would read as well-known real companies or
brands are blocked (see ``BLOCKED``); any other resemblance to a real firm is chance.

Held-out labelled test data for entity resolution: messy lists of enterprise records as the Department of Industry
and Trade (Sở Công Thương) of the NEW Vĩnh Long province receives them, each row labelled with the enterprise it
belongs to. Standard library only.

Scenario
--------
On 1 July 2025 old Vĩnh Long, old Bến Tre and old Trà Vinh merged into the new Vĩnh Long province; districts were
abolished, communes merged and renamed (xã An Phước, huyện Châu Thành, tỉnh Bến Tre -> xã Giao Long, tỉnh Vĩnh
Long). The department builds one register of supporting-industry (CNHT) and processing enterprises from lists made
before and after the merger, which mix old and new names freely: coconut processing in Bến Tre (fibre, coir mats and
cocopeat, activated carbon, desiccated coconut, nata de coco, the coconut-candy households of Mỏ Cày), KCN Giao Long,
An Hiệp and Phú Thuận (Bến Tre), KCN Hòa Phú, Bình Minh and Cổ Chiên (Vĩnh Long), KCN Long Đức and Cầu Quan, the
Định An economic zone and the Duyên Hải power-centre contractors (Trà Vinh); Taiwanese, mainland Chinese, Korean and
Japanese footwear, garment, packaging and electronics plants; brick and pottery kilns of Mang Thít; rice mills;
seafood; mechanical workshops; cooperatives; household businesses, many with Khmer owners in Trà Vinh ("Thạch Thị Sa
Rây", "Sơn Thanh Tùng", "Kim Sóc Khol"). Parents registered elsewhere (TP. Hồ Chí Minh, Bình Dương, Long An, Cần
Thơ, Hà Nội) appear through their local branches. The old -> new commune table (``_GEO_TEXT``) follows the public
2025 conversion tables; the new communes of KCN An Hiệp and KCN Cổ Chiên, and the new wards outside the province,
are our best understanding. Tax codes start with the old province (Bến Tre 130.., Vĩnh Long 150.., Trà Vinh
210..); personal codes with 8; CCCD numbers with the province of birth (083 / 086 / 084).

Sources
-------
The id of a row is ``<prefix>-<number>``; shares are of rows and hold within about one point for n >= 20,000.

    prefix  share  source and its habits
    THUE    14%    Tax authority extract (Thuế tỉnh Vĩnh Long, autumn 2025). Official names, mostly UPPER CASE with
                   diacritics, legal form spelled out in full; code on every row (branches parent-00n; households the
                   owner's personal code or, since July 2025, the CCCD); addresses mostly rewritten to the new
                   communes ("..., xã Giao Long, tỉnh Vĩnh Long"); phones sparse.
    BQL     9%     Industrial-park management boards: tenants only, a park branch of an outside firm as its own
                   row; English names for about half of the FDI; "Lô A5, KCN Giao Long" written many ways; old and
                   new area codes, "ĐT: ... - Fax: ...".
    SBT     9%     Old Bến Tre DOIT CNHT survey (2022): only what lies in old Bến Tre; "Cty TNHH", "SX-TM"; old
                   addresses (ấp, xã, huyện, tỉnh Bến Tre); codes spaced or dotted ("1300 456 789"), often blank or
                   "chưa có"; area code 075, 11-digit mobiles (0169...).
    SVL     8%     Old Vĩnh Long DOIT survey (2023): only old Vĩnh Long; half the rows without diacritics or UPPER
                   CASE, some in VNI legacy encoding read as Windows-1252 ("Coâng ty"); codes often missing.
    STV     8%     Old Trà Vinh DOIT survey (2021): only old Trà Vinh; about a third of the rows in TCVN3 (ABC)
                   legacy encoding ("C«ng ty", "Trµ Vinh"); area code 074, 11-digit mobiles, local numbers alone.
    TK      10%    Statistics enterprise survey (2024) through Excel: codes as numbers (leading 0 lost, "...0",
                   "1.30012E+09", "'1300123456", "#N/A"), phones without the leading 0, names cut at 60 characters,
                   line breaks inside cells, trailing spaces; no households.
    BHXH    8%     Social-insurance employer list (2025): UPPER CASE, mostly without diacritics; branches as
                   employers of their own; phones rare.
    HQ      6%     Customs import-export list: exporters only; English names ("... CO., LTD", "JSC", registered
                   abbreviations such as "SVP PRIVATE ENTERPRISE"), English addresses; code nearly always.
    KC      11%    Khuyến công and OCOP lists (2023-2025): households, cooperatives, small firms ("Cơ sở kẹo dừa Tư
                   Hạnh", "HKD Nguyễn Văn Hùng", "Lò gạch Sáu Đời", "Nhà máy xay xát Tám Lợi" - a household); CCCD,
                   personal code or nothing; mobiles; old, new and half-new addresses.
    FDI     7%     Vendor lists of FDI anchors: English names, Chinese / Korean / Japanese script for foreign firms
                   ("鑫隆鞋業(越南)有限公司", "(주)대진비나", "岡田精機ベトナム有限会社"), Chinese renderings of some
                   Vietnamese suppliers; "VAT: ..." codes; +84 phones.
    WEB     10%    Trade-fair sign-up web form (October 2025), typed by the firms: lower case, no diacritics,
                   typos, "mst ..." prefixes, brand without legal form, new or half-new addresses.

Truth rule
----------
One truth group = one record of the register = one legal person, followed through time:

1. An enterprise or cooperative (10-digit code) is one group across renames, legal-form conversions (DNTN -> TNHH,
   TNHH -> CP keep the code), moves (a workshop that moved into a park), old and new addresses and all spellings.
2. Its dependent units - chi nhánh, nhà máy, văn phòng đại diện, địa điểm kinh doanh, code = the parent's 10 digits
   + "-00n" - are in the parent's group: they are not legal persons (Luật Doanh nghiệp 2020, art. 44). A parent
   registered outside the province is one group with all its local units, wherever the rows put them.
3. A household business converted into an enterprise (chuyển đổi hộ kinh doanh thành doanh nghiệp: same owner,
   same trade, usually the same premises) is one group with that enterprise, though its rows carry a household name
   and the owner's personal code or CCCD instead of the company's code.
4. Every other household business is a group of its own (one person may register only one).

Not merged - separate groups although they share a lot: subsidiaries and sister companies of one family with their
own 10-digit codes, even at the same address with the same switchboard; a company re-founded under a similar name
after the old one was dissolved (new code, same premises and phone; the old one appears only in pre-2025 lists); FDI
"twins" of one foreign group (own code, another park or province); firms that registered the same name in different
old provinces before names were checked nationally; households with the same trade name or owner name in different
communes; a household and an unrelated company sharing a trade name.

Tax-code typos are single-digit substitutions or adjacent transpositions, which the check digit always catches: a
clean-looking code (10 digits, or 10 + "-" + 3) that fails the check is a typo of the row's true code, and a code
that passes belongs to exactly one group.

Hard negatives
--------------
About one entity in seven is made on purpose to look like another (twins about 9 %, members of sister
groups about 6 %):

- pre-merger namesakes: "Công ty TNHH Lương thực thực phẩm Thuận Hòa" in old Trà Vinh (210...) and in old Vĩnh Long
  (150...), different trades and addresses;
- sister companies: "Công ty CP Chế biến dừa X", "Công ty TNHH MTV Than hoạt tính X", "Công ty TNHH Thương mại Dịch
  vụ X Bến Tre", half of them at one address, often with one switchboard;
- FDI twins: "... Việt Nam" in one park and "... Trà Vinh" / "(茶榮)" in another; Korean "X Vina" and "X Vina 2";
  Japanese "X Seiki" and "X Kasei" of one group;
- successors: "Cty TNHH X" (dissolved, pre-2025 lists only) and "Cty TNHH X Phát" at the same address and phone;
- households: one trade name ("Cơ sở sản xuất kẹo dừa Tư Nghĩa") or one owner name ("Lò gạch Lê Thúy Nga") in
  different communes; a household and an unrelated company with the household's trade name;
- cooperatives named after communes whose names exist in two old provinces ("HTX lúa gạo Tân Bình").

Use
---
``records(n, seed)`` returns exactly n shuffled dicts with str values for id, name, tax_code, address, phone,
truth; deterministic per (n, seed). Command line::

    python bench/data/resolve/gen_vinhlong.py --n 20000 --seed 11 --out vinhlong.csv
    python bench/data/resolve/gen_vinhlong.py --n 20000 --seed 11 --show 20
    python bench/data/resolve/gen_vinhlong.py --n 20000 --seed 11 --group THUE-000123
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
import unicodedata

__all__ = ["FIELDS", "SOURCES", "fold", "is_valid_mst", "main", "mst_check_digit", "records"]

FIELDS = ("id", "name", "tax_code", "address", "phone", "truth")

# ---------------------------------------------------------------------------------------------------------
# Sources: prefix -> (share in % as stated in the docstring, base sampling weight tuned to give that share)
# ---------------------------------------------------------------------------------------------------------
SOURCES = {
    "THUE": (14, 1.08),
    "BQL": (9, 1.79),
    "SBT": (9, 1.10),
    "SVL": (8, 1.49),
    "STV": (8, 2.02),
    "TK": (10, 0.83),
    "BHXH": (8, 0.63),
    "HQ": (6, 1.00),
    "KC": (11, 0.69),
    "FDI": (7, 1.34),
    "WEB": (10, 0.70),
}
_SRC = tuple(SOURCES)
THUE, BQL, SBT, SVL, STV, TK, BHXH, HQ, KC, FDI, WEB = range(len(_SRC))
_OLD_ONLY = (SBT, SVL, STV, TK, KC)  # lists made before 2025: the only ones a dissolved firm still appears in
_NEW_ONLY = (THUE, BQL, BHXH, HQ, FDI, WEB, KC)

# ---------------------------------------------------------------------------------------------------------
# Text: folding, tone siblings for typos, legacy encodings (TCVN3 / VNI read back as Windows-1252)
# ---------------------------------------------------------------------------------------------------------
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền, hỏi, ngã, sắc, nặng


def _build_fold() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1EA0, 0x1EFA)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and base and base.isascii():
            table[cp] = base
    return table


_FOLD = _build_fold()


def fold(s: str) -> str:
    """Vietnamese text without diacritics (đ -> d), case kept."""
    return s.translate(_FOLD)


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _build_siblings() -> dict[str, tuple[str, ...]]:
    sib: dict[str, tuple[str, ...]] = {}
    for v in "aăâeêioôơuưy":
        group = (v,) + tuple(_nfc(v + t) for t in _TONES)
        for g in group:
            sib[g] = group
    return sib


_SIB = _build_siblings()

_TCVN3_TONED = {
    "a": "µ¶·¸¹", "ă": "»¼½¾Æ", "â": "ÇÈÉÊË", "e": "ÌÎÏÐÑ", "ê": "ÒÓÔÕÖ", "i": "×ØÜÝÞ",
    "o": "ßáâãä", "ô": "åæçèé", "ơ": "êëìíî", "u": "ïñòóô", "ư": "õö÷øù", "y": "úûüýþ",
}
_TCVN3_PLAIN = {"ă": "¨", "â": "©", "ê": "ª", "ô": "«", "ơ": "¬", "ư": "\xad", "đ": "®",
                "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}


def _build_tcvn3() -> dict[int, str]:
    t = {ord(k): v for k, v in _TCVN3_PLAIN.items()}
    for base, codes in _TCVN3_TONED.items():
        for mark, code in zip(_TONES, codes, strict=True):
            ch = _nfc(base + mark)
            t[ord(ch)] = code
            t[ord(ch.upper())] = code  # TCVN3 has no toned capitals: the upper-case font reuses these codes
    return t


def _build_vni() -> dict[int, str]:
    tone = dict(zip(_TONES, "øûõùï", strict=True))
    hat = dict(zip(("",) + _TONES, "âàåãáä", strict=True))
    breve = dict(zip(("",) + _TONES, "êèúüéë", strict=True))
    i_tone = dict(zip(_TONES, "ìæóíò", strict=True))
    low: dict[str, str] = {"đ": "ñ", "ơ": "ô", "ư": "ö", "â": "aâ", "ê": "eâ", "ô": "oâ", "ă": "aê"}
    for m in _TONES:
        for v in "aeouy":
            low[_nfc(v + m)] = v + tone[m]
        low[_nfc("i" + m)] = i_tone[m]
        for v, b in (("â", "a"), ("ê", "e"), ("ô", "o")):
            low[_nfc(v + m)] = b + hat[m]
        low[_nfc("ă" + m)] = "a" + breve[m]
        low[_nfc("ơ" + m)] = "ô" + tone[m]
        low[_nfc("ư" + m)] = "ö" + tone[m]
    low[_nfc("y\u0323")] = "î"
    t = {ord(k): v for k, v in low.items()}
    t.update({ord(k.upper()): v.upper() for k, v in low.items()})
    return t


_TCVN3 = _build_tcvn3()
_VNI = _build_vni()

# ---------------------------------------------------------------------------------------------------------
# Tax codes (mã số thuế)
# ---------------------------------------------------------------------------------------------------------
_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_check_digit(first9: str) -> int | None:
    """Check digit of a tax code from its first nine digits; None when the sum gives 10 (never issued)."""
    c = 10 - sum(int(d) * w for d, w in zip(first9, _W, strict=True)) % 11
    return None if c == 10 else c


def is_valid_mst(code: str) -> bool:
    """True for a well-formed 10-digit code, or 10 digits + '-' + 3 digits, whose check digit is right."""
    code = code.strip()
    if len(code) == 14:
        if code[10] != "-" or not code[11:].isdigit():
            return False
        code = code[:10]
    if len(code) != 10 or not code.isdigit():
        return False
    return mst_check_digit(code[:9]) == int(code[9])


# ---------------------------------------------------------------------------------------------------------
# Geography: old province / district / commune -> new commune (1 July 2025), from the public 2025 conversion
# tables as we understand them. Codes: BT = old Bến Tre, VL = old Vĩnh Long, TV = old Trà Vinh.
# ---------------------------------------------------------------------------------------------------------
_GEO_TEXT = """
@BT Huyện Ba Tri
Thị trấn Ba Tri>Xã Ba Tri; Thị trấn Tiệm Tôm>Xã Tân Thủy; Xã An Bình Tây>Xã Ba Tri; Xã An Hiệp>Xã An
Hiệp; Xã An Hòa Tây>Xã Tân Thủy; Xã An Ngãi Trung>Xã An Ngãi Trung; Xã An Ngãi Tây>Xã An Hiệp; Xã An Phú
Trung>Xã An Ngãi Trung; Xã An Đức>Xã Ba Tri; Xã Bảo Thuận>Xã Bảo Thạnh; Xã Bảo Thạnh>Xã Bảo Thạnh; Xã Mỹ
Chánh>Xã Mỹ Chánh Hòa; Xã Mỹ Hòa>Xã Mỹ Chánh Hòa; Xã Mỹ Nhơn>Xã Mỹ Chánh Hòa; Xã Mỹ Thạnh>Xã An Ngãi
Trung; Xã Phú Lễ>Xã Tân Xuân; Xã Phước Ngãi>Xã Tân Xuân; Xã Tân Hưng>Xã An Hiệp; Xã Tân Thủy>Xã Tân
Thủy; Xã Tân Xuân>Xã Tân Xuân; Xã Vĩnh An>Xã Ba Tri; Xã Vĩnh Hòa>Xã Ba Tri
@BT Huyện Bình Đại
Thị trấn Bình Đại>Xã Bình Đại; Xã Bình Thắng>Xã Bình Đại; Xã Bình Thới>Xã Bình Đại; Xã Châu Hưng>Xã Châu
Hưng; Xã Long Hòa>Xã Châu Hưng; Xã Long Định>Xã Phú Thuận; Xã Lộc Thuận>Xã Lộc Thuận; Xã Phú Long>Xã
Thạnh Trị; Xã Phú Thuận>Xã Phú Thuận; Xã Tam Hiệp>Xã Phú Thuận; Xã Thạnh Phước>Xã Thạnh Phước; Xã Thạnh
Trị>Xã Thạnh Trị; Xã Thới Lai>Xã Châu Hưng; Xã Thới Thuận>Xã Thới Thuận; Xã Thừa Đức>Xã Thới Thuận; Xã
Vang Quới Tây>Xã Lộc Thuận; Xã Vang Quới Đông>Xã Lộc Thuận; Xã Đại Hòa Lộc>Xã Thạnh Phước; Xã Định
Trung>Xã Thạnh Trị
@BT Huyện Châu Thành
Thị trấn Châu Thành>Xã Phú Túc; Thị trấn Tiên Thủy>Xã Tiên Thủy; Xã An Phước>Xã Giao Long; Xã Giao
Long>Xã Giao Long; Xã Hữu Định>Phường Phú Tân; Xã Phú Túc>Xã Phú Túc; Xã Phú Đức>Xã Tân Phú; Xã Phước
Thạnh>Phường Phú Tân; Xã Quới Sơn>Xã Giao Long; Xã Quới Thành>Xã Tiên Thủy; Xã Tam Phước>Phường Sơn
Đông; Xã Thành Triệu>Xã Tiên Thủy; Xã Tiên Long>Xã Tân Phú; Xã Tân Phú>Xã Tân Phú; Xã Tân Thạch>Xã Phú
Túc; Xã Tường Đa>Xã Phú Túc
@BT Huyện Chợ Lách
Thị trấn Chợ Lách>Xã Chợ Lách; Xã Hòa Nghĩa>Xã Chợ Lách; Xã Hưng Khánh Trung B>Xã Hưng Khánh Trung; Xã
Long Thới>Xã Chợ Lách; Xã Phú Phụng>Xã Phú Phụng; Xã Phú Sơn>Xã Vĩnh Thành; Xã Sơn Định>Xã Phú Phụng; Xã
Tân Thiềng>Xã Vĩnh Thành; Xã Vĩnh Bình>Xã Phú Phụng; Xã Vĩnh Hòa>Xã Hưng Khánh Trung; Xã Vĩnh Thành>Xã
Vĩnh Thành
@BT Huyện Giồng Trôm
Thị trấn Giồng Trôm>Xã Giồng Trôm; Xã Bình Hòa>Xã Giồng Trôm; Xã Bình Thành>Xã Giồng Trôm; Xã Châu
Bình>Xã Châu Hòa; Xã Châu Hòa>Xã Châu Hòa; Xã Hưng Lễ>Xã Hưng Nhượng; Xã Hưng Nhượng>Xã Hưng Nhượng; Xã
Hưng Phong>Xã Phước Long; Xã Long Mỹ>Xã Phước Long; Xã Lương Hòa>Xã Lương Hòa; Xã Lương Phú>Xã Lương
Phú; Xã Lương Quới>Xã Châu Hòa; Xã Mỹ Thạnh>Xã Lương Phú; Xã Phong Nẫm>Xã Lương Hòa; Xã Phước Long>Xã
Phước Long; Xã Sơn Phú>Phường An Hội; Xã Thuận Điền>Xã Lương Phú; Xã Thạnh Phú Đông>Xã Tân Hào; Xã Tân
Hào>Xã Tân Hào; Xã Tân Lợi Thạnh>Xã Tân Hào; Xã Tân Thanh>Xã Hưng Nhượng
@BT Huyện Mỏ Cày Bắc
Thị trấn Phước Mỹ Trung>Xã Phước Mỹ Trung; Xã Hòa Lộc>Xã Tân Thành Bình; Xã Hưng Khánh Trung A>Xã Hưng
Khánh Trung; Xã Khánh Thạnh Tân>Xã Nhuận Phú Tân; Xã Nhuận Phú Tân>Xã Nhuận Phú Tân; Xã Phú Mỹ>Xã Phước
Mỹ Trung; Xã Thanh Tân>Phường Bến Tre; Xã Thành An>Xã Tân Thành Bình; Xã Thạnh Ngãi>Xã Phước Mỹ Trung;
Xã Tân Bình>Xã Tân Thành Bình; Xã Tân Phú Tây>Xã Phước Mỹ Trung; Xã Tân Thanh Tây>Xã Nhuận Phú Tân; Xã
Tân Thành Bình>Xã Tân Thành Bình
@BT Huyện Mỏ Cày Nam
Thị trấn Mỏ Cày>Xã Mỏ Cày; Xã An Thạnh>Xã Mỏ Cày; Xã An Thới>Xã Thành Thới; Xã An Định>Xã An Định; Xã
Bình Khánh>Xã Đồng Khởi; Xã Cẩm Sơn>Xã Hương Mỹ; Xã Hương Mỹ>Xã Hương Mỹ; Xã Minh Đức>Xã An Định; Xã
Ngãi Đăng>Xã Hương Mỹ; Xã Phước Hiệp>Xã Đồng Khởi; Xã Thành Thới A>Xã Thành Thới; Xã Thành Thới B>Xã
Thành Thới; Xã Tân Hội>Xã Mỏ Cày; Xã Tân Trung>Xã An Định; Xã Đa Phước Hội>Xã Mỏ Cày; Xã Định Thủy>Xã
Đồng Khởi
@BT Huyện Thạnh Phú
Thị trấn Thạnh Phú>Xã Thạnh Phú; Xã An Nhơn>Xã An Qui; Xã An Qui>Xã An Qui; Xã An Thuận>Xã An Qui; Xã An
Thạnh>Xã Thạnh Phú; Xã An Điền>Xã Thạnh Hải; Xã Bình Thạnh>Xã Thạnh Phú; Xã Giao Thạnh>Xã Thạnh Phong;
Xã Hòa Lợi>Xã Quới Điền; Xã Mỹ An>Xã Thạnh Phú; Xã Mỹ Hưng>Xã Quới Điền; Xã Phú Khánh>Xã Đại Điền; Xã
Quới Điền>Xã Quới Điền; Xã Thạnh Hải>Xã Thạnh Hải; Xã Thạnh Phong>Xã Thạnh Phong; Xã Thới Thạnh>Xã Đại
Điền; Xã Tân Phong>Xã Đại Điền; Xã Đại Điền>Xã Đại Điền
@BT Thành phố Bến Tre
Phường 6>Phường Sơn Đông; Phường 7>Phường Bến Tre; Phường 8>Phường Phú Khương; Phường An Hội>Phường An
Hội; Phường Phú Khương>Phường Phú Khương; Phường Phú Tân>Phường Phú Tân; Xã Bình Phú>Phường Bến Tre; Xã
Mỹ Thạnh An>Phường An Hội; Xã Nhơn Thạnh>Phường Phú Khương; Xã Phú Hưng>Phường Phú Khương; Xã Phú
Nhuận>Phường An Hội; Xã Sơn Đông>Phường Sơn Đông
@TV Huyện Châu Thành
Thị trấn Châu Thành>Xã Châu Thành; Xã Hòa Lợi>Xã Hưng Mỹ; Xã Hòa Minh>Xã Hòa Minh; Xã Hòa Thuận>Phường
Hòa Thuận; Xã Hưng Mỹ>Xã Hưng Mỹ; Xã Long Hòa>Xã Long Hòa; Xã Lương Hòa>Xã Song Lộc; Xã Lương Hòa A>Xã
Song Lộc; Xã Mỹ Chánh>Xã Châu Thành; Xã Nguyệt Hóa>Phường Nguyệt Hóa; Xã Phước Hảo>Xã Hưng Mỹ; Xã Song
Lộc>Xã Song Lộc; Xã Thanh Mỹ>Xã Châu Thành; Xã Đa Lộc>Xã Châu Thành
@TV Huyện Càng Long
Thị trấn Càng Long>Xã Càng Long; Xã An Trường>Xã An Trường; Xã An Trường A>Xã An Trường; Xã Bình Phú>Xã
Bình Phú; Xã Huyền Hội>Xã Tân An; Xã Mỹ Cẩm>Xã Càng Long; Xã Nhị Long>Xã Nhị Long; Xã Nhị Long Phú>Xã
Càng Long; Xã Phương Thạnh>Xã Bình Phú; Xã Tân An>Xã Tân An; Xã Tân Bình>Xã An Trường; Xã Đại Phúc>Xã
Bình Phú; Xã Đại Phước>Xã Nhị Long; Xã Đức Mỹ>Xã Nhị Long
@TV Huyện Cầu Kè
Thị trấn Cầu Kè>Xã Cầu Kè; Xã An Phú Tân>Xã An Phú Tân; Xã Châu Điền>Xã Cầu Kè; Xã Hòa Tân>Xã An Phú
Tân; Xã Hòa Ân>Xã Cầu Kè; Xã Ninh Thới>Xã Phong Thạnh; Xã Phong Phú>Xã Phong Thạnh; Xã Phong Thạnh>Xã
Phong Thạnh; Xã Tam Ngãi>Xã Tam Ngãi; Xã Thông Hòa>Xã Tam Ngãi; Xã Thạnh Phú>Xã Tam Ngãi
@TV Huyện Cầu Ngang
Thị trấn Cầu Ngang>Xã Cầu Ngang; Thị trấn Mỹ Long>Xã Mỹ Long; Xã Hiệp Hòa>Xã Nhị Trường; Xã Hiệp Mỹ
Tây>Xã Hiệp Mỹ; Xã Hiệp Mỹ Đông>Xã Hiệp Mỹ; Xã Kim Hòa>Xã Vinh Kim; Xã Long Sơn>Xã Hiệp Mỹ; Xã Mỹ Hòa>Xã
Cầu Ngang; Xã Mỹ Long Bắc>Xã Mỹ Long; Xã Mỹ Long Nam>Xã Mỹ Long; Xã Nhị Trường>Xã Nhị Trường; Xã Thuận
Hòa>Xã Cầu Ngang; Xã Thạnh Hòa Sơn>Xã Ngũ Lạc; Xã Trường Thọ>Xã Nhị Trường; Xã Vinh Kim>Xã Vinh Kim
@TV Huyện Duyên Hải
Thị trấn Long Thành>Xã Long Thành; Xã Long Khánh>Xã Long Thành; Xã Long Vĩnh>Xã Long Vĩnh; Xã Ngũ Lạc>Xã
Ngũ Lạc; Xã Đôn Châu>Xã Đôn Châu; Xã Đôn Xuân>Xã Đôn Châu; Xã Đông Hải>Xã Đông Hải
@TV Huyện Tiểu Cần
Thị trấn Cầu Quan>Xã Tân Hòa; Thị trấn Tiểu Cần>Xã Tiểu Cần; Xã Hiếu Trung>Xã Tiểu Cần; Xã Hiếu Tử>Xã
Tập Ngãi; Xã Hùng Hòa>Xã Hùng Hòa; Xã Long Thới>Xã Tân Hòa; Xã Ngãi Hùng>Xã Hùng Hòa; Xã Phú Cần>Xã Tiểu
Cần; Xã Tân Hòa>Xã Tân Hòa; Xã Tân Hùng>Xã Hùng Hòa; Xã Tập Ngãi>Xã Tập Ngãi
@TV Huyện Trà Cú
Thị trấn Trà Cú>Xã Trà Cú; Thị trấn Định An>Xã Đại An; Xã An Quảng Hữu>Xã Lưu Nghiệp Anh; Xã Hàm
Giang>Xã Hàm Giang; Xã Hàm Tân>Xã Hàm Giang; Xã Kim Sơn>Xã Hàm Giang; Xã Long Hiệp>Xã Long Hiệp; Xã Lưu
Nghiệp Anh>Xã Lưu Nghiệp Anh; Xã Ngãi Xuyên>Xã Trà Cú; Xã Ngọc Biên>Xã Long Hiệp; Xã Phước Hưng>Xã Tập
Sơn; Xã Thanh Sơn>Xã Trà Cú; Xã Tân Hiệp>Xã Long Hiệp; Xã Tân Sơn>Xã Tập Sơn; Xã Tập Sơn>Xã Tập Sơn; Xã
Đại An>Xã Đại An; Xã Định An>Xã Đại An
@TV Thành phố Trà Vinh
Phường 1>Phường Trà Vinh; Phường 3>Phường Trà Vinh; Phường 4>Phường Long Đức; Phường 5>Phường Hòa Thuận;
Phường 7>Phường Nguyệt Hóa; Phường 8>Phường Nguyệt Hóa; Phường 9>Phường Trà Vinh; Xã Long Đức>Phường
Long Đức
@TV Thị xã Duyên Hải
Phường 1>Phường Duyên Hải; Phường 2>Phường Trường Long Hòa; Xã Dân Thành>Phường Duyên Hải; Xã Hiệp
Thạnh>Xã Long Hữu; Xã Long Hữu>Xã Long Hữu; Xã Long Toàn>Phường Duyên Hải; Xã Trường Long Hòa>Phường
Trường Long Hòa
@VL Huyện Bình Tân
Thị trấn Tân Quới>Xã Tân Quới; Xã Mỹ Thuận>Xã Mỹ Thuận; Xã Nguyễn Văn Thảnh>Xã Mỹ Thuận; Xã Thành Lợi>Xã
Tân Quới; Xã Thành Trung>Xã Mỹ Thuận; Xã Tân An Thạnh>Xã Tân Lược; Xã Tân Bình>Xã Tân Quới; Xã Tân
Lược>Xã Tân Lược; Xã Tân Thành>Xã Tân Lược
@VL Huyện Long Hồ
Thị trấn Long Hồ>Xã Long Hồ; Xã An Bình>Xã An Bình; Xã Bình Hòa Phước>Xã An Bình; Xã Hòa Ninh>Xã An
Bình; Xã Hòa Phú>Xã Phú Quới; Xã Long An>Xã Long Hồ; Xã Long Phước>Xã Long Hồ; Xã Lộc Hòa>Xã Phú Quới;
Xã Phú Quới>Xã Phú Quới; Xã Phước Hậu>Phường Phước Hậu; Xã Thanh Đức>Phường Thanh Đức; Xã Thạnh Quới>Xã
Phú Quới; Xã Tân Hạnh>Phường Tân Hạnh; Xã Đồng Phú>Xã An Bình
@VL Huyện Mang Thít
Thị trấn Cái Nhum>Xã Cái Nhum; Xã An Phước>Xã Cái Nhum; Xã Bình Phước>Xã Bình Phước; Xã Chánh An>Xã Cái
Nhum; Xã Hòa Tịnh>Xã Bình Phước; Xã Long Mỹ>Xã Bình Phước; Xã Mỹ An>Xã Nhơn Phú; Xã Mỹ Phước>Xã Nhơn
Phú; Xã Nhơn Phú>Xã Nhơn Phú; Xã Tân An Hội>Xã Tân Long Hội; Xã Tân Long>Xã Tân Long Hội; Xã Tân Long
Hội>Xã Tân Long Hội
@VL Huyện Tam Bình
Thị trấn Tam Bình>Xã Tam Bình; Xã Bình Ninh>Xã Ngãi Tứ; Xã Hòa Hiệp>Xã Hòa Hiệp; Xã Hòa Lộc>Xã Hòa Hiệp;
Xã Hòa Thạnh>Xã Hòa Hiệp; Xã Hậu Lộc>Xã Cái Ngang; Xã Loan Mỹ>Xã Ngãi Tứ; Xã Long Phú>Xã Song Phú; Xã Mỹ
Lộc>Xã Cái Ngang; Xã Mỹ Thạnh Trung>Xã Tam Bình; Xã Ngãi Tứ>Xã Ngãi Tứ; Xã Phú Lộc>Xã Cái Ngang; Xã Phú
Thịnh>Xã Song Phú; Xã Song Phú>Xã Song Phú; Xã Tân Lộc>Xã Cái Ngang; Xã Tân Phú>Xã Song Phú
@VL Huyện Trà Ôn
Thị trấn Trà Ôn>Xã Trà Ôn; Xã Hòa Bình>Xã Hòa Bình; Xã Hựu Thành>Xã Vĩnh Xuân; Xã Lục Sĩ Thành>Xã Lục Sĩ
Thành; Xã Nhơn Bình>Xã Trà Côn; Xã Phú Thành>Xã Lục Sĩ Thành; Xã Thuận Thới>Xã Vĩnh Xuân; Xã Thới Hòa>Xã
Hòa Bình; Xã Trà Côn>Xã Trà Côn; Xã Tân Mỹ>Xã Trà Côn; Xã Tích Thiện>Xã Trà Ôn; Xã Vĩnh Xuân>Xã Vĩnh
Xuân; Xã Xuân Hiệp>Xã Hòa Bình
@VL Huyện Vũng Liêm
Thị trấn Vũng Liêm>Xã Trung Thành; Xã Hiếu Nghĩa>Xã Hiếu Thành; Xã Hiếu Nhơn>Xã Hiếu Thành; Xã Hiếu
Phụng>Xã Hiếu Phụng; Xã Hiếu Thuận>Xã Hiếu Phụng; Xã Hiếu Thành>Xã Hiếu Thành; Xã Quới An>Xã Quới An; Xã
Quới Thiện>Xã Quới Thiện; Xã Thanh Bình>Xã Quới Thiện; Xã Trung An>Xã Hiếu Phụng; Xã Trung Chánh>Xã
Trung Hiệp; Xã Trung Hiếu>Xã Trung Thành; Xã Trung Hiệp>Xã Trung Hiệp; Xã Trung Nghĩa>Xã Trung Ngãi; Xã
Trung Ngãi>Xã Trung Ngãi; Xã Trung Thành>Xã Trung Thành; Xã Trung Thành Tây>Xã Quới An; Xã Trung Thành
Đông>Xã Trung Ngãi; Xã Tân An Luông>Xã Trung Hiệp; Xã Tân Quới Trung>Xã Quới An
@VL Thành phố Vĩnh Long
Phường 1>Phường Long Châu; Phường 3>Phường Phước Hậu; Phường 4>Phường Phước Hậu; Phường 5>Phường Thanh
Đức; Phường 8>Phường Tân Hạnh; Phường 9>Phường Long Châu; Phường Trường An>Phường Long Châu; Phường Tân
Hòa>Phường Tân Ngãi; Phường Tân Hội>Phường Tân Ngãi; Phường Tân Ngãi>Phường Tân Ngãi
@VL Thị xã Bình Minh
Phường Cái Vồn>Phường Bình Minh; Phường Thành Phước>Phường Bình Minh; Phường Đông Thuận>Phường Đông
Thành; Xã Mỹ Hòa>Phường Cái Vồn; Xã Thuận An>Phường Bình Minh; Xã Đông Bình>Phường Đông Thành; Xã Đông
Thành>Phường Đông Thành; Xã Đông Thạnh>Phường Đông Thành
"""


def _parse_geo() -> dict[str, dict[str, list[tuple[str, str]]]]:
    geo: dict[str, dict[str, list[tuple[str, str]]]] = {}
    chunks: list[tuple[str, str, list[str]]] = []
    for line in _GEO_TEXT.strip().splitlines():
        if line.startswith("@"):
            prov, dist = line[1:].split(" ", 1)
            chunks.append((prov, dist, []))
        else:
            chunks[-1][2].append(line)
    for prov, dist, lines in chunks:
        pairs = [tuple(p.strip().split(">")) for p in " ".join(lines).split(";")]
        geo.setdefault(prov, {})[dist] = [(a, b) for a, b in pairs]
    return geo


_GEO = _parse_geo()
_PROV_NAME = {"BT": "Bến Tre", "VL": "Vĩnh Long", "TV": "Trà Vinh"}
_PROV_ZH = {"BT": "檳椥", "VL": "永隆", "TV": "茶榮"}
_AREA = {"BT": "0275", "VL": "0270", "TV": "0294"}
_OLD_AREA = {"0275": "075", "0270": "070", "0294": "074", "028": "08", "024": "04", "0274": "0650",
             "0272": "072", "0292": "0710"}
_MST_PREFIX = {"BT": "130", "VL": "150", "TV": "210"}
_CCCD_PROV = {"BT": "083", "VL": "086", "TV": "084"}
_CITY = {"BT": "Thành phố Bến Tre", "VL": "Thành phố Vĩnh Long", "TV": "Thành phố Trà Vinh"}

# Industrial parks / zones: key, Vietnamese short name, English, province, old district, old commune, new commune
_PARKS = {
    "GL": ("KCN", "Giao Long", "BT", "Huyện Châu Thành", "Xã An Phước", "Xã Giao Long"),
    "AH": ("KCN", "An Hiệp", "BT", "Huyện Châu Thành", "Xã An Hiệp", "Xã Phú Túc"),
    "PT": ("KCN", "Phú Thuận", "BT", "Huyện Bình Đại", "Xã Phú Thuận", "Xã Phú Thuận"),
    "HP": ("KCN", "Hòa Phú", "VL", "Huyện Long Hồ", "Xã Hòa Phú", "Xã Phú Quới"),
    "BM": ("KCN", "Bình Minh", "VL", "Thị xã Bình Minh", "Xã Mỹ Hòa", "Phường Cái Vồn"),
    "CC": ("KCN", "Cổ Chiên", "VL", "Huyện Long Hồ", "Xã Thanh Đức", "Phường Thanh Đức"),
    "LD": ("KCN", "Long Đức", "TV", "Thành phố Trà Vinh", "Xã Long Đức", "Phường Long Đức"),
    "CQ": ("KCN", "Cầu Quan", "TV", "Huyện Tiểu Cần", "Thị trấn Cầu Quan", "Xã Tân Hòa"),
    "DA": ("KKT", "Định An", "TV", "Huyện Trà Cú", "Xã Định An", "Xã Đại An"),
    "DH": ("TTĐL", "Duyên Hải", "TV", "Thị xã Duyên Hải", "Xã Dân Thành", "Phường Duyên Hải"),
}
_PARKS_BY_PROV = {"BT": (("GL", 55), ("AH", 35), ("PT", 10)),
                  "VL": (("HP", 60), ("BM", 30), ("CC", 10)),
                  "TV": (("LD", 60), ("CQ", 15), ("DA", 15), ("DH", 10))}

_HAMLETS = ("Phước Hòa", "An Thạnh", "Bình Thạnh", "Tân Lợi", "Long Thạnh", "Phú Hữu", "Giồng Lớn", "Thạnh Hòa",
            "Mỹ Lợi", "An Bình", "Hòa Thuận", "Thới Lợi", "Tân Quới", "Phú Long", "Vĩnh Hưng", "Cây Da",
            "Bến Súc", "Cái Sơn", "Hưng Thạnh", "Phước Thạnh", "Thanh Sơn", "Đông Hòa", "Tân Định", "Long Hòa",
            "Mỹ An", "Phú Thạnh", "Tân Hưng", "Bình Phú", "Thạnh Lợi", "Cái Cấm", "Giồng Keo", "Bà Hiền")
_KHMER_HAMLETS = ("Sóc Ruộng", "Ô Chát", "Ba Se", "Kinh Xáng", "Sóc Tre", "Ô Đùng", "Trà Sất", "Chông Nô",
                  "Ô Rồm", "Sa Bình", "Sóc Chùa", "Kim Câu", "Đại Thôn", "Giồng Lức", "Ô Lắc", "Bến Có")
_STREETS = {
    "BT": ("Nguyễn Đình Chiểu", "Đồng Khởi", "Hùng Vương", "Đoàn Hoàng Minh", "Nguyễn Văn Tư", "Trần Quốc Tuấn",
           "Quốc lộ 60", "Nguyễn Thị Định", "Võ Nguyên Giáp"),
    "VL": ("Phạm Thái Bường", "2 Tháng 9", "Nguyễn Huệ", "Trần Phú", "Phó Cơ Điều", "Đinh Tiên Hoàng",
           "Quốc lộ 53", "Quốc lộ 54", "Lê Thái Tổ"),
    "TV": ("Điện Biên Phủ", "Nguyễn Đáng", "Phạm Ngũ Lão", "Lê Lợi", "Nguyễn Thị Minh Khai", "Quốc lộ 53",
           "Quốc lộ 54", "Võ Nguyên Giáp", "Sơn Thông"),
}

# Parents registered outside the province (their local units are what the department sees).
# key: (area code, tax prefix, old ward, old district, old province, new ward, new province, streets)
_OUTSIDE = (
    ("028", "031", "Phường Tân Phong", "Quận 7", "TP. Hồ Chí Minh", "Phường Tân Mỹ", "TP. Hồ Chí Minh",
     ("Nguyễn Văn Linh", "Nguyễn Lương Bằng")),
    ("028", "030", "Phường 2", "Quận Tân Bình", "TP. Hồ Chí Minh", "Phường Tân Sơn Hòa", "TP. Hồ Chí Minh",
     ("Hoàng Văn Thụ", "Phổ Quang")),
    ("028", "031", "Phường An Lạc", "Quận Bình Tân", "TP. Hồ Chí Minh", "Phường An Lạc", "TP. Hồ Chí Minh",
     ("Kinh Dương Vương", "Quốc lộ 1A")),
    ("0274", "370", "Phường Bình Hòa", "Thành phố Thuận An", "tỉnh Bình Dương", "Phường Bình Hòa",
     "TP. Hồ Chí Minh", ("Quốc lộ 13", "Đại lộ Bình Dương")),
    ("0272", "110", "Thị trấn Bến Lức", "Huyện Bến Lức", "tỉnh Long An", "Xã Bến Lức", "tỉnh Tây Ninh",
     ("Quốc lộ 1A", "Nguyễn Hữu Thọ")),
    ("0292", "180", "Phường Trà Nóc", "Quận Bình Thủy", "TP. Cần Thơ", "Phường Bình Thủy", "TP. Cần Thơ",
     ("Lê Hồng Phong", "Đường số 2")),
    ("024", "010", "Phường Dịch Vọng Hậu", "Quận Cầu Giấy", "TP. Hà Nội", "Phường Cầu Giấy", "TP. Hà Nội",
     ("Trần Thái Tông", "Xuân Thủy")),
)

# ---------------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------------
_SYL_A = ("Phú Thành Hưng Minh Tân Thanh Hoàng Phước Kim Tấn Vạn Thiên Đại Hiệp Toàn Song Nam Việt Quốc Hồng "
          "Hải Bảo An Phúc Trường Thuận Đức Gia Mỹ Ngọc Tín Hòa Khánh Quang Huy Nhật Đông Sơn Bình Hữu Lộc "
          "Thái Hoa Trung").split()
_SYL_B = ("Thịnh Công Phát Lợi Thành Phú Long Hưng Tài Lộc Nghĩa Tín An Khang Vượng Đạt Hậu Mỹ Quang Minh "
          "Tiến Thắng Hòa Nguyên Phong Ngân Hiệp Bình Thái Tâm Hải Sơn Lực Cường").split()
_HANZI = dict(zip(
    ("Phú Thành Hưng Minh Tân Thanh Hoàng Phước Kim Tấn Vạn Thiên Đại Hiệp Toàn Song Nam Việt Quốc Hồng Hải "
     "Bảo An Phúc Trường Thuận Đức Gia Mỹ Ngọc Tín Hòa Khánh Quang Huy Nhật Đông Sơn Bình Hữu Lộc Thái Hoa "
     "Trung Thịnh Công Phát Lợi Long Tài Nghĩa Khang Vượng Đạt Hậu Tiến Thắng Nguyên Phong Ngân Tâm Lực "
     "Cường").split(),
    "富成興明新清皇福金進萬天大協全雙南越國鴻海寶安福長順德嘉美玉信和慶光輝日東山平友祿泰華中盛功發利隆財義康旺達厚進勝元豐銀心力強",
    strict=True))
_PLACE_CORES = {"": ("Mekong", "Cửu Long", "Sông Tiền", "Cổ Chiên", "Nam Bộ", "Miền Tây", "Tây Nam"),
                "BT": ("Hàm Luông", "Ba Lai", "Mỏ Cày", "Đồng Khởi", "Chợ Lách"),
                "VL": ("Long Hồ", "Mang Thít", "Bình Minh", "Vũng Liêm", "Trà Ôn"),
                "TV": ("Trà Cú", "Duyên Hải", "Định An", "Cầu Kè", "Ao Bà Om")}
_EN_A = ("Green", "Golden", "Blue", "Sun", "Star", "Eco", "Delta", "River", "Ocean", "Lotus", "Palm", "Smart")
_EN_B = ("Coco", "Coir", "Field", "Link", "Tech", "Land", "Way", "Star", "Pro", "Fiber", "Steel", "Pack")
# Folded names that would read as well-known real companies or brands: never generated.
BLOCKED = ("luong quoi", "betrimex", "pou chen", "pou yuen", "chi hung", "cocoland", "vinamilk", "samsung",
           "hansol", "hansae", "taekwang", "changshin", "youngone", "hwaseung", "hyosung", "feng tay",
           "ching luh", "texhong", "ykk", "toray", "tu huong", "thanh long", "thanh van", "hoang anh",
           "vinh hoan", "tra bac", "pharimexco", "nike", "adidas", "daewoo", "hyundai", "lotte", "fujita",
           "takeda", "mazda", "matsuda", "hoa phat", "hoa sen", "dai dung", "viet tien", "nha be", "minh phu",
           "phong phu", "viet thang", "thai tuan", "tan hiep phat", "kinh do", "bibica")

_SURNAMES = ("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Huỳnh", "Huỳnh", "Võ", "Phan",
             "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý", "Đinh", "Lâm", "Tô", "Châu", "Cao")
_MIDDLE_M = ("Văn", "Văn", "Văn", "Minh", "Thanh", "Hoàng", "Quốc", "Hữu", "Công", "Tấn")
_MIDDLE_F = ("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Thúy")
_GIVEN_M = ("Hùng", "Dũng", "Tâm", "Phúc", "Tài", "Tốt", "Đời", "Hải", "Sơn", "Nam", "Phong", "Tuấn", "Tiến",
            "Lộc", "Thành", "Nghĩa", "Đức", "Khanh", "Lợi", "Hiếu", "Trung", "Bình", "Quang", "Vũ", "Sang")
_GIVEN_F = ("Hạnh", "Thu", "Lan", "Hiền", "Hoa", "Mai", "Cúc", "Nga", "Trinh", "Tuyết", "Hồng", "Dung", "Bé",
            "Thảo", "Vân", "Yến", "Loan", "Phượng", "Nhung", "Liên")
_KHMER_SUR = ("Thạch", "Thạch", "Sơn", "Sơn", "Kim", "Danh", "Lâm", "Trà", "Kiên", "Lý")
_KHMER_GIVEN = ("Sa Rây", "Sóc Khol", "Sa Phol", "Chanh Thy", "Sóc Kha", "Som Nang", "Sa Vương", "Pích",
                "Sa Ri", "Thươne", "Chanh Ra", "Sà Quăng", "Kim Thol", "Sa Ly", "Phan Na", "Sóc Thi")
_ORDINALS = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út")

# Foreign brand syllables: Han character, Wade-Giles (Taiwan), pinyin (mainland), Hán-Việt reading
_TW = (("鑫", "Hsin", "Xin", "Hâm"), ("裕", "Yu", "Yu", "Dụ"), ("豐", "Feng", "Feng", "Phong"),
       ("國", "Kuo", "Guo", "Quốc"), ("泰", "Tai", "Tai", "Thái"), ("盛", "Sheng", "Sheng", "Thịnh"),
       ("佳", "Chia", "Jia", "Giai"), ("隆", "Lung", "Long", "Long"), ("偉", "Wei", "Wei", "Vĩ"),
       ("明", "Ming", "Ming", "Minh"), ("宏", "Hung", "Hong", "Hoằng"), ("騰", "Teng", "Teng", "Đằng"),
       ("億", "Yi", "Yi", "Ức"), ("富", "Fu", "Fu", "Phú"), ("聯", "Lien", "Lian", "Liên"),
       ("全", "Chuan", "Quan", "Toàn"), ("華", "Hua", "Hua", "Hoa"), ("凱", "Kai", "Kai", "Khải"),
       ("順", "Shun", "Shun", "Thuận"), ("昌", "Chang", "Chang", "Xương"), ("祥", "Hsiang", "Xiang", "Tường"),
       ("達", "Ta", "Da", "Đạt"), ("興", "Hsing", "Xing", "Hưng"), ("茂", "Mao", "Mao", "Mậu"),
       ("源", "Yuan", "Yuan", "Nguyên"), ("益", "Yi", "Yi", "Ích"), ("榮", "Jung", "Rong", "Vinh"))
_KR = (("대", "Dae"), ("성", "Sung"), ("진", "Jin"), ("한", "Han"), ("영", "Young"), ("우", "Woo"), ("일", "Il"),
       ("광", "Kwang"), ("화", "Hwa"), ("신", "Shin"), ("동", "Dong"), ("서", "Seo"), ("창", "Chang"),
       ("경", "Kyung"), ("현", "Hyun"), ("정", "Jung"), ("태", "Tae"), ("원", "Won"), ("보", "Bo"), ("남", "Nam"),
       ("국", "Kuk"), ("양", "Yang"), ("해", "Hae"), ("세", "Se"), ("호", "Ho"), ("명", "Myung"), ("인", "In"))
_JP_NAME = (("岡田", "Okada", "オカダ"), ("中村", "Nakamura", "ナカムラ"), ("小林", "Kobayashi", "コバヤシ"),
            ("石川", "Ishikawa", "イシカワ"), ("森本", "Morimoto", "モリモト"), ("坂本", "Sakamoto", "サカモト"),
            ("内田", "Uchida", "ウチダ"), ("平野", "Hirano", "ヒラノ"), ("川村", "Kawamura", "カワムラ"),
            ("西田", "Nishida", "ニシダ"), ("北村", "Kitamura", "キタムラ"), ("大塚", "Otsuka", "オオツカ"))
_JP_EXTRA = (("Mekong", "メコン"), ("Asia", "アジア"), ("Global", "グローバル"), ("Delta", "デルタ"),
             ("Techno", "テクノ"), ("Fine", "ファイン"))
_JP_SUFFIX = (("精機", "Seiki", "セイキ"), ("工業", "Kogyo", "コウギョウ"), ("化成", "Kasei", "カセイ"),
              ("電子", "Denshi", "デンシ"), ("産業", "Sangyo", "サンギョウ"), ("製作所", "Seisakusho", "セイサクショ"))

# Sectors: Vietnamese product words, English, Chinese, export prob, park prob, supplies FDI assemblers,
# where (province:district:weight, '*' = anywhere in that province)
_SECTORS = {
    "xodua": (("Chỉ xơ dừa", "Xơ dừa", "Sản phẩm xơ dừa"), "Coconut Fibre", "椰纖", .55, .15, False,
              "BT:Huyện Mỏ Cày Nam:5 BT:Huyện Mỏ Cày Bắc:4 BT:Huyện Giồng Trôm:4 BT:Huyện Châu Thành:2 "
              "BT:Huyện Thạnh Phú:2 BT:Huyện Ba Tri:2 TV:Huyện Càng Long:2 TV:Huyện Châu Thành:1"),
    "thamdua": (("Thảm xơ dừa", "Mụn dừa", "Giá thể xơ dừa"), "Coir Products", "椰棕製品", .6, .1, False,
                "BT:Huyện Mỏ Cày Nam:3 BT:Huyện Mỏ Cày Bắc:3 BT:Huyện Giồng Trôm:2 BT:Huyện Châu Thành:1 "
                "TV:Huyện Càng Long:1"),
    "than": (("Than hoạt tính",), "Activated Carbon", "活性炭", .7, .35, False,
             "BT:Huyện Châu Thành:3 BT:Huyện Mỏ Cày Nam:2 BT:Huyện Giồng Trôm:2 TV:Huyện Càng Long:2 "
             "TV:Huyện Tiểu Cần:1"),
    "comdua": (("Chế biến dừa", "Cơm dừa nạo sấy", "Thực phẩm dừa", "Sản phẩm dừa"), "Coconut Products",
               "椰子食品", .65, .35, False,
               "BT:Huyện Châu Thành:3 BT:Huyện Giồng Trôm:3 BT:Huyện Mỏ Cày Nam:2 BT:Huyện Mỏ Cày Bắc:2 "
               "BT:Thành phố Bến Tre:1 TV:Huyện Càng Long:1"),
    "keodua": (("Kẹo dừa", "Bánh kẹo"), "Coconut Candy", "椰子糖", .2, .03, False,
               "BT:Huyện Mỏ Cày Nam:12 BT:Huyện Mỏ Cày Bắc:3 BT:Huyện Châu Thành:2 BT:Thành phố Bến Tre:2"),
    "thachdua": (("Thạch dừa",), "Nata de Coco", "椰果", .4, .1, False,
                 "BT:Huyện Mỏ Cày Nam:3 BT:Huyện Giồng Trôm:2 BT:Huyện Châu Thành:1"),
    "giay": (("Giày da", "Giày", "Da giày"), "Footwear", "鞋業", .9, .8, True, ""),
    "degiay": (("Đế giày", "Nguyên phụ liệu giày"), "Shoe Materials", "鞋材", .6, .8, True, ""),
    "may": (("May mặc", "May", "Dệt may"), "Garment", "製衣", .85, .6, True, ""),
    "phulieu": (("Phụ liệu may", "Nhãn mác", "Dây kéo"), "Garment Accessories", "輔料", .5, .7, True, ""),
    "baobi": (("Bao bì", "Bao bì giấy", "Thùng carton"), "Packaging", "包裝", .3, .55, True, ""),
    "nhua": (("Nhựa", "Bao bì nhựa"), "Plastics", "塑膠", .3, .5, True, ""),
    "cokhi": (("Cơ khí", "Cơ khí chế tạo", "Cơ khí chính xác"), "Mechanical", "機械", .2, .25, True, ""),
    "ketcau": (("Kết cấu thép", "Cơ khí xây dựng"), "Steel Structure", "鋼構", .1, .3, True,
               "TV:Thị xã Duyên Hải:3 TV:Huyện Trà Cú:2 TV:Thành phố Trà Vinh:2 VL:*:2 BT:*:2"),
    "xaylap": (("Xây lắp điện", "Xây dựng", "Cơ điện"), "Construction", "工程", .05, .2, False,
               "TV:Thị xã Duyên Hải:4 TV:Huyện Duyên Hải:2 TV:Huyện Trà Cú:2 TV:Thành phố Trà Vinh:2 VL:*:1 "
               "BT:*:1"),
    "dien": (("Dây cáp điện", "Linh kiện điện tử"), "Electrical Components", "電子", .8, .9, True, ""),
    "gach": (("Gạch ngói", "Vật liệu xây dựng"), "Brick and Tile", "磚瓦", .02, 0.0, False,
             "VL:Huyện Mang Thít:14 VL:Huyện Vũng Liêm:2 VL:Huyện Long Hồ:1 TV:Huyện Càng Long:1"),
    "gom": (("Gốm", "Gốm mỹ nghệ", "Gốm đỏ"), "Pottery", "陶瓷", .5, 0.0, False,
            "VL:Huyện Mang Thít:10 VL:Huyện Long Hồ:2"),
    "gao": (("Lương thực", "Xay xát lúa gạo", "Lương thực thực phẩm"), "Rice", "糧食", .35, .05, False,
            "VL:Huyện Bình Tân:3 VL:Thị xã Bình Minh:3 VL:Huyện Tam Bình:3 VL:Huyện Trà Ôn:3 "
            "VL:Huyện Vũng Liêm:2 TV:Huyện Cầu Kè:2 TV:Huyện Tiểu Cần:2 TV:Huyện Càng Long:2 "
            "TV:Huyện Châu Thành:1"),
    "thuysan": (("Thủy sản", "Chế biến thủy sản", "Thủy hải sản"), "Seafood", "水產", .6, .2, False,
                "BT:Huyện Bình Đại:4 BT:Huyện Ba Tri:3 BT:Huyện Thạnh Phú:3 BT:Thành phố Bến Tre:1 "
                "TV:Huyện Cầu Ngang:2 TV:Huyện Duyên Hải:2 TV:Thị xã Duyên Hải:2 TV:Huyện Trà Cú:1"),
    "go": (("Chế biến gỗ", "Gỗ", "Nội thất"), "Wood Products", "木業", .3, .2, False, ""),
    "thucan": (("Thức ăn chăn nuôi", "Thức ăn thủy sản"), "Feed", "飼料", .1, .6, False, ""),
}
_DOMESTIC_SECTORS = (("xodua", 12), ("thamdua", 5), ("than", 4), ("comdua", 8), ("keodua", 6), ("thachdua", 3),
                     ("giay", 2), ("degiay", 3), ("may", 6), ("phulieu", 3), ("baobi", 5), ("nhua", 3),
                     ("cokhi", 10), ("ketcau", 4), ("xaylap", 5), ("gach", 6), ("gom", 2), ("gao", 9),
                     ("thuysan", 6), ("go", 4), ("thucan", 2))
_HH_SECTORS = (("keodua", 16), ("xodua", 14), ("thamdua", 4), ("than", 5), ("comdua", 4), ("thachdua", 4),
               ("gach", 16), ("gom", 4), ("gao", 12), ("cokhi", 9), ("may", 4), ("thuysan", 5), ("go", 3))
_HH_TPL = {
    "keodua": ("Cơ sở kẹo dừa {n}", "Cơ sở sản xuất kẹo dừa {n}", "Kẹo dừa {n}", "CS kẹo dừa {n}",
               "Lò kẹo dừa {n}"),
    "xodua": ("Cơ sở chỉ xơ dừa {n}", "Cơ sở se chỉ xơ dừa {n}", "Xơ dừa {n}", "CS xơ dừa {n}",
              "Vựa xơ dừa {n}"),
    "thamdua": ("Cơ sở thảm xơ dừa {n}", "Cơ sở mụn dừa {n}", "CS dệt thảm {n}"),
    "than": ("Lò than {n}", "Cơ sở than thiêu kết {n}", "Cơ sở than gáo dừa {n}"),
    "comdua": ("Cơ sở cơm dừa {n}", "Lò sấy cơm dừa {n}", "CS cơm dừa nạo sấy {n}"),
    "thachdua": ("Cơ sở thạch dừa {n}", "Thạch dừa {n}", "CS thạch dừa {n}"),
    "gach": ("Lò gạch {n}", "Cơ sở gạch ngói {n}", "Lò gạch thủ công {n}", "Cơ sở SX gạch {n}"),
    "gom": ("Lò gốm {n}", "Cơ sở gốm {n}", "Cơ sở gốm đỏ {n}"),
    "gao": ("Nhà máy xay xát {n}", "NM xay xát {n}", "Cơ sở xay xát {n}", "Lò sấy lúa {n}"),
    "cokhi": ("Cơ sở cơ khí {n}", "Cơ khí {n}", "Tiệm tiện {n}", "Cơ sở tiện hàn {n}"),
    "may": ("Cơ sở may {n}", "Cơ sở may gia công {n}", "Tổ may {n}"),
    "thuysan": ("Cơ sở chế biến thủy sản {n}", "Cơ sở mắm {n}", "Cơ sở khô {n}"),
    "go": ("Cơ sở mộc {n}", "Xưởng mộc {n}", "Cơ sở đồ gỗ {n}"),
}
_HTX_LINES = ("Nông nghiệp", "Sản xuất kinh doanh dịch vụ", "Dịch vụ nông nghiệp", "Thủ công mỹ nghệ",
              "Sản xuất thương mại dịch vụ", "")
_HTX_PROD = {"xodua": "chỉ xơ dừa", "comdua": "dừa", "keodua": "dừa", "thamdua": "thủ công xơ dừa",
             "gach": "gạch gốm", "gom": "gốm", "gao": "lúa gạo", "thuysan": "thủy sản", "may": "may mặc",
             "than": "than dừa"}
_FDI_SECTORS = {"tw": (("giay", 6), ("degiay", 3), ("may", 3), ("baobi", 2), ("nhua", 1), ("phulieu", 1)),
                "cn": (("giay", 3), ("may", 3), ("phulieu", 2), ("baobi", 1), ("than", 1), ("nhua", 1)),
                "kr": (("may", 4), ("giay", 3), ("phulieu", 2), ("baobi", 1), ("nhua", 1)),
                "jp": (("dien", 4), ("cokhi", 3), ("may", 1), ("than", 1), ("baobi", 1))}
_FDI_PROD = {"giay": "Giày", "degiay": "Đế giày", "may": "May mặc", "phulieu": "Phụ liệu may", "baobi": "Bao bì",
             "nhua": "Nhựa", "than": "Than hoạt tính", "dien": "Điện tử", "cokhi": "Cơ khí"}

_LINES = ((("",), 35), (("Sản xuất",), 10), (("Sản xuất", "Thương mại"), 15),
          (("Sản xuất", "Thương mại", "Dịch vụ"), 12), (("Thương mại", "Dịch vụ"), 8), (("Xuất nhập khẩu",), 6),
          (("Đầu tư",), 3), (("Sản xuất", "và", "Thương mại"), 4), (("Chế biến",), 4))
_LINE_ABBR = {"Sản xuất": "SX", "Thương mại": "TM", "Dịch vụ": "DV", "Xuất nhập khẩu": "XNK", "Đầu tư": "ĐT",
              "Chế biến": "CB", "và": "&"}
_LINE_EN = {"Sản xuất": "Production", "Thương mại": "Trading", "Dịch vụ": "Service",
            "Xuất nhập khẩu": "Import Export", "Đầu tư": "Investment", "Chế biến": "Processing", "và": "and"}

_FORM_FORMAL = {
    "tnhh": ("Công ty TNHH", "Công ty TNHH", "Công ty trách nhiệm hữu hạn"),
    "mtv": ("Công ty TNHH MTV", "Công ty TNHH Một thành viên", "Công ty trách nhiệm hữu hạn một thành viên"),
    "cp": ("Công ty Cổ phần", "Công ty CP", "Công ty cổ phần"),
    "dntn": ("Doanh nghiệp tư nhân", "DNTN"),
    "htx": ("Hợp tác xã", "HTX"),
}
_FORM_CASUAL = {
    "tnhh": ("Cty TNHH", "Cty TNHH", "CTY TNHH", "C.ty TNHH", "CT TNHH", "Cty. TNHH", "TNHH", "Công ty TNHH"),
    "mtv": ("Cty TNHH MTV", "Cty TNHH 1TV", "Công ty TNHH 1 thành viên", "TNHH MTV", "Cty TNHH một thành viên",
            "Cty TNHH", "Công ty TNHH", "Cty TNHH MTV"),
    "cp": ("CTCP", "Cty CP", "Cty Cổ phần", "Cty CP", "Công ty CP", "CT CP", "Cty cổ phần"),
    "dntn": ("DNTN", "DN tư nhân", "Doanh nghiệp TN", "DNTN", "Doanh nghiệp tư nhân"),
    "htx": ("HTX", "Hợp tác xã", "H.T.X", "HTX"),
}
_FORM_EN = {
    "tnhh": ("Co., Ltd", "Co.,Ltd", "Company Limited", "Co., Ltd.", "Limited Company", "Co Ltd"),
    "mtv": ("One Member Co., Ltd", "Co., Ltd", "One Member Limited Liability Company", "Company Limited"),
    "cp": ("JSC", "Joint Stock Company", "Corporation", "J.S.C", "Corp."),
    "dntn": ("Private Enterprise", "Pte. Enterprise", "Private Ent."),
    "htx": ("Cooperative", "Co-operative", "Coop"),
}
_FORM_ZH = {"tnhh": "有限公司", "mtv": "有限公司", "cp": "股份公司", "dntn": "私人企業", "htx": "合作社"}

_MOBILE = ("090", "093", "091", "094", "098", "097", "096", "086", "088", "089", "070", "079", "077", "076", "078",
           "083", "084", "085", "081", "082", "032", "033", "034", "035", "036", "037", "038", "039", "056", "058")
_OLD_MOBILE = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
               "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
               "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
               "056": "0186", "058": "0188"}
_PLACEHOLDERS = ("chưa có", "Đang cập nhật", "0", "-", "x", "N/A", "không có", "đang làm thủ tục")


# ---------------------------------------------------------------------------------------------------------
# Source styles: how each list writes things
# ---------------------------------------------------------------------------------------------------------
class _Style:
    __slots__ = ("p_old", "new_addr", "mixed_addr", "p_addr", "p_tax", "p_phone", "upper", "lower", "nofold",
                 "moji", "moji_kind", "typo", "casual", "line_abbr", "line_drop", "prod_drop", "tail_drop",
                 "old_area", "old_mobile", "abbr_addr", "placeholder")

    def __init__(self, **kw: float | str) -> None:
        for k in self.__slots__:
            setattr(self, k, kw.get(k, 0.0))


_STY = {
    THUE: _Style(p_old=.05, new_addr=.72, mixed_addr=.1, p_addr=1, p_tax=1, p_phone=.45, upper=.8, typo=0,
                 casual=0, line_abbr=0, line_drop=0, prod_drop=0, tail_drop=0, abbr_addr=.1),
    BQL: _Style(p_old=.3, new_addr=.45, mixed_addr=.15, p_addr=.97, p_tax=.85, p_phone=.8, upper=.15, typo=.02,
                casual=.5, line_abbr=.4, line_drop=.3, prod_drop=.15, tail_drop=.2, old_area=.15, abbr_addr=.4,
                placeholder=.02),
    SBT: _Style(p_old=.85, new_addr=0, mixed_addr=0, p_addr=.95, p_tax=.75, p_phone=.85, upper=.05, typo=.04,
                casual=.8, line_abbr=.5, line_drop=.3, prod_drop=.1, tail_drop=.3, old_area=.35, old_mobile=.3,
                abbr_addr=.5, placeholder=.06),
    SVL: _Style(p_old=.8, new_addr=0, mixed_addr=0, p_addr=.9, p_tax=.65, p_phone=.7, upper=.45, nofold=.45,
                moji=.08, moji_kind="vni", typo=.04, casual=.6, line_abbr=.45, line_drop=.25, prod_drop=.15,
                tail_drop=.3, old_area=.3, old_mobile=.25, abbr_addr=.55, placeholder=.05),
    STV: _Style(p_old=.9, new_addr=0, mixed_addr=0, p_addr=.9, p_tax=.7, p_phone=.8, upper=.2, moji=.35,
                moji_kind="tcvn3", typo=.05, casual=.6, line_abbr=.4, line_drop=.3, prod_drop=.15, tail_drop=.3,
                old_area=.4, old_mobile=.35, abbr_addr=.5, placeholder=.06),
    TK: _Style(p_old=.7, new_addr=0, mixed_addr=.05, p_addr=.95, p_tax=.96, p_phone=.8, upper=.1, typo=.03,
               casual=.7, line_abbr=.5, line_drop=.2, prod_drop=.1, tail_drop=.2, old_area=.1, old_mobile=.1,
               abbr_addr=.6),
    BHXH: _Style(p_old=.3, new_addr=.45, mixed_addr=.25, p_addr=.85, p_tax=.9, p_phone=.2, upper=.85, nofold=.8,
                 typo=.02, casual=.7, line_abbr=.5, line_drop=.2, prod_drop=.1, tail_drop=.2, abbr_addr=.7),
    HQ: _Style(p_old=.3, new_addr=.25, mixed_addr=.1, p_addr=.95, p_tax=.98, p_phone=.7, upper=.85, typo=.015,
               old_area=.05, abbr_addr=.5),
    KC: _Style(p_old=.5, new_addr=.35, mixed_addr=.2, p_addr=.92, p_tax=.5, p_phone=.9, upper=.05, lower=.03,
               typo=.05, casual=.85, line_abbr=.5, line_drop=.4, prod_drop=.1, tail_drop=.4, old_area=.1,
               old_mobile=.2, abbr_addr=.5, placeholder=.08),
    FDI: _Style(p_old=.4, new_addr=.2, mixed_addr=.15, p_addr=.8, p_tax=.5, p_phone=.75, upper=.5, typo=.03,
                casual=.7, line_abbr=.5, line_drop=.5, prod_drop=.3, tail_drop=.5, abbr_addr=.5),
    WEB: _Style(p_old=.05, new_addr=.55, mixed_addr=.3, p_addr=.9, p_tax=.75, p_phone=.95, upper=.08, lower=.3,
                nofold=.25, typo=.08, casual=.9, line_abbr=.5, line_drop=.5, prod_drop=.25, tail_drop=.5,
                abbr_addr=.6, placeholder=.05),
}

# how strongly each kind of enterprise shows up in each list (0 = never); index by source
_AFF = {
    "co": (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, .35, .8, 1.0),
    "fdi": (1.0, 1.4, .8, .8, .8, 1.0, 1.2, 1.5, 0.0, 1.6, .4),
    "htx": (1.0, 0.0, 1.0, 1.0, 1.0, .8, .6, .3, 1.5, 0.0, .8),
    "hkd": (.3, 0.0, .6, .6, .6, 0.0, .05, 0.0, 1.6, 0.0, .5),
    "ext": (1.0, 1.0, 1.0, 1.0, 1.0, .8, 1.0, .8, 0.0, .7, .6),
}


class _Ent:
    __slots__ = ("kind", "sector", "prov", "provs", "co", "old_co", "loc", "old_loc", "mst", "phones", "hh",
                 "units", "exporter", "in_park", "cnht", "dead", "newonly", "nrows", "truth", "khmer")

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.sector = ""
        self.prov = ""
        self.provs: tuple[str, ...] = ()
        self.co: dict | None = None
        self.old_co: dict | None = None
        self.loc: dict = {}
        self.old_loc: dict | None = None
        self.mst = ""
        self.phones: list[str] = []
        self.hh: dict | None = None
        self.units: list[dict] = []
        self.exporter = False
        self.in_park = False
        self.cnht = False
        self.dead = False
        self.newonly = False
        self.nrows = 1
        self.truth = ""
        self.khmer = False


def _wchoice(rng: random.Random, pairs):
    total = 0.0
    for _, w in pairs:
        total += w
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def _parse_where(spec: str) -> tuple[tuple[tuple[str, str], float], ...]:
    return tuple(((p, d.strip()), float(w)) for p, d, w in re.findall(r"(BT|VL|TV):([^:]+):(\d+)", spec))


_WHERE = {k: _parse_where(v[6]) for k, v in _SECTORS.items()}


# ---------------------------------------------------------------------------------------------------------
# The world: enterprises with their true identity and history
# ---------------------------------------------------------------------------------------------------------
class _World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.issued: set[str] = set()
        self.numbers: set[str] = set()
        self.ents: list[_Ent] = []
        self.cos: list[_Ent] = []
        self.hhs: list[_Ent] = []
        self.fdis: list[_Ent] = []
        self.htxs: list[_Ent] = []
        self.htx_names: dict[str, list[tuple[str, str, str]]] = {}
        self.names: set[str] = set()  # proper names in use: per old province (domestic), national (FDI)
        for p, dists in _GEO.items():
            for d, pairs in dists.items():
                for oc, _nc in pairs:
                    if oc.startswith("Xã "):
                        self.htx_names.setdefault(oc[3:], []).append((p, d, oc))

    # ---- identifiers -----------------------------------------------------------------------------------
    def mst(self, prefix: str) -> str:
        rng = self.rng
        while True:
            body = prefix + "".join(rng.choices("0123456789", k=9 - len(prefix)))
            c = mst_check_digit(body)
            if c is None:
                continue
            code = body + str(c)
            if code not in self.issued:
                self.issued.add(code)
                return code

    def cccd(self, prov: str, female: bool) -> str:
        rng = self.rng
        while True:
            year = rng.randint(1950, 2001)
            g = (1 if female else 0) + (2 if year >= 2000 else 0)
            code = f"{_CCCD_PROV.get(prov, '079')}{g}{year % 100:02d}{rng.randint(0, 999999):06d}"
            if code not in self.issued:
                self.issued.add(code)
                return code

    def _unique_number(self, make) -> str:
        while True:
            x = make()
            if x not in self.numbers:
                self.numbers.add(x)
                return x

    def landline(self, area: str) -> str:
        rng = self.rng
        n = 8 if area in ("028", "024") else 7
        return self._unique_number(lambda: f"{area}|{rng.choice('3356')}{rng.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}")

    def mobile(self) -> str:
        rng = self.rng
        return self._unique_number(lambda: f"{rng.choice(_MOBILE)}{rng.randint(0, 9999999):07d}")

    # ---- names -----------------------------------------------------------------------------------------
    def claim(self, co: dict, scope: str) -> bool:
        """Register a proper name; False when an enterprise of that scope already uses it."""
        body = " ".join((*co["line"], co["prod"], co["core"], co["tail"]))
        key = scope + "|" + " ".join(fold(body).lower().split())
        if key in self.names or _blocked(body):
            return False
        self.names.add(key)
        return True

    def core(self, prov: str = "") -> str:
        rng = self.rng
        while True:
            r = rng.random()
            if r < 0.74:
                a, b = rng.choice(_SYL_A), rng.choice(_SYL_B)
                if a == b:
                    continue
                c = f"{a} {b}"
                if rng.random() < 0.12:
                    c += " " + rng.choice(("Phát", "Thịnh", "Lợi", "Hưng"))
            elif r < 0.84:
                c = rng.choice(_PLACE_CORES[""] + _PLACE_CORES.get(prov, ()))
                if rng.random() < 0.5:
                    c += " " + rng.choice(_SYL_B)
            elif r < 0.92:
                c = f"{rng.choice(_EN_A)} {rng.choice(_EN_B)}"
            else:
                c = "".join(rng.choices("ABCDHKLMNPTVĐ", k=rng.choice((2, 3, 3))))
            if not _blocked(c) and c.split()[-1] != c.split()[0]:
                return c

    def person(self, prov: str, khmer: bool) -> dict:
        while True:
            p = self._person(prov, khmer)
            if not _blocked(p["full"]):
                return p

    def _person(self, prov: str, khmer: bool) -> dict:
        rng = self.rng
        female = rng.random() < 0.45
        if khmer:
            sur = rng.choice(_KHMER_SUR)
            given = rng.choice(_KHMER_GIVEN)
            if rng.random() < 0.4:
                given = rng.choice(_GIVEN_F if female else _GIVEN_M)
                mid = rng.choice(("Thị",) if female else ("Thanh", "Văn", ""))
            else:
                mid = "Thị" if female and rng.random() < 0.6 else ""
        else:
            sur = rng.choice(_SURNAMES)
            mid = rng.choice(_MIDDLE_F if female else _MIDDLE_M)
            given = rng.choice(_GIVEN_F if female else _GIVEN_M)
        full = " ".join(x for x in (sur, mid, given) if x)
        return {"full": full, "given": given, "female": female}

    # ---- places ----------------------------------------------------------------------------------------
    def place(self, sector: str, prov: str | None = None, khmer: bool = False) -> dict:
        rng = self.rng
        where = _WHERE.get(sector, ())
        if prov is not None:
            where = tuple(x for x in where if x[0][0] == prov)
        if where and rng.random() < 0.85:
            p, d = _wchoice(rng, where)
        else:
            p = prov or _wchoice(rng, (("BT", 36), ("VL", 34), ("TV", 30)))
            d = "*"
        if d == "*":
            dists = list(_GEO[p])
            d = _wchoice(rng, [(x, 4.0 if x.startswith("Thành phố") else 1.0) for x in dists])
        oc, nc = rng.choice(_GEO[p][d])
        return {"prov": p, "dist": d, "oc": oc, "nc": nc, "street": self.street(p, oc, khmer), "park": "",
                "lot": ""}

    def street(self, p: str, oc: str, khmer: bool) -> str:
        rng = self.rng
        if oc.startswith("Phường") or (oc.startswith("Thị trấn") and rng.random() < 0.5):
            r = rng.random()
            if r < 0.55:
                no = str(rng.randint(1, 420))
                if rng.random() < 0.25:
                    no += f"/{rng.randint(1, 30)}"
                return f"Số {no} {rng.choice(_STREETS[p])}"
            if r < 0.8:
                return f"{'Khóm' if p != 'BT' else 'Khu phố'} {rng.randint(1, 9)}"
            return f"{rng.randint(1, 300)} {rng.choice(_STREETS[p])}, {'Khóm' if p != 'BT' else 'Khu phố'} " \
                   f"{rng.randint(1, 9)}"
        if khmer and rng.random() < 0.7:
            return f"Ấp {rng.choice(_KHMER_HAMLETS)}"
        if rng.random() < 0.15:
            return f"Ấp {rng.randint(1, 6)}"
        return f"Ấp {rng.choice(_HAMLETS)}"

    def park_place(self, prov: str, sector: str) -> dict:
        rng = self.rng
        opts = _PARKS_BY_PROV[prov]
        if sector not in ("xaylap", "ketcau", "cokhi"):
            opts = tuple(o for o in opts if o[0] != "DH")
        key = _wchoice(rng, opts)
        _, _, p, d, oc, nc = _PARKS[key]
        r = rng.random()
        if key == "DH":
            lot = ""
        elif r < 0.6:
            lot = f"{rng.choice('ABCDEFGH')}{rng.randint(1, 24)}"
            if rng.random() < 0.25:
                lot += f"-{lot[0]}{int(lot[1:]) + 1}"
        elif r < 0.85:
            lot = f"số {rng.randint(1, 60)}"
        else:
            lot = f"CN{rng.randint(1, 40):02d}"
        street = f"Ấp {rng.choice(_HAMLETS)}" if key == "DH" else ""
        return {"prov": p, "dist": d, "oc": oc, "nc": nc, "street": street, "park": key, "lot": lot}

    def outside_place(self) -> dict:
        rng = self.rng
        o = rng.choice(_OUTSIDE)
        return {"prov": "OUT", "out": o, "street": f"Số {rng.randint(1, 600)} {rng.choice(o[7])}", "park": "",
                "lot": ""}

    # ---- identities ------------------------------------------------------------------------------------
    def co_identity(self, sector: str, form: str | None = None, core: str | None = None,
                    prov: str = "") -> dict:
        rng = self.rng
        if form is None:
            form = _wchoice(rng, (("tnhh", 38), ("mtv", 30), ("cp", 12), ("dntn", 20 if sector in (
                "gao", "gach", "xaylap", "cokhi", "thuysan") else 6)))
        line = ("",) if form == "dntn" and rng.random() < 0.7 else _wchoice(rng, _LINES)
        prods = _SECTORS[sector][0]
        prod = rng.choice(prods) if rng.random() < 0.55 else ""
        tail = ""
        r = rng.random()
        if r < 0.14 and prov in _PROV_NAME:
            tail = _PROV_NAME[prov]
        elif r < 0.2:
            tail = rng.choice(("Mekong", "Việt Nam", "Miền Tây"))
        co = {"form": form, "line": line, "prod": prod, "core": core or self.core(prov), "tail": tail,
              "sector": sector, "foreign": ""}
        attempt = 0
        while core is None and not self.claim(co, prov):
            attempt += 1
            co["core"] = self.core(prov)
            if attempt > 10:  # crowded: vary the whole name, at last number it
                co["line"] = _wchoice(rng, _LINES)
                co["prod"] = rng.choice(prods)
            if attempt > 30:
                co["core"] += f" {rng.randint(1, 99)}"
        return self._finish_co(co)

    def _finish_co(self, co: dict) -> dict:
        rng = self.rng
        en_prod = _SECTORS[co["sector"]][1]
        core_f = fold(co["core"])
        line = co["line"]
        r = rng.random()
        if co.get("en"):
            pass
        elif r < 0.5:
            co["en"] = f"{core_f} {en_prod}"
        elif r < 0.7:
            co["en"] = core_f
        elif r < 0.85 and line != ("",):
            co["en"] = f"{core_f} {' '.join(_LINE_EN.get(w, fold(w)) for w in line)}"
        else:
            co["en"] = f"{en_prod} {core_f}" if rng.random() < 0.5 else f"{core_f} {fold(co['tail'])}".strip()
        if "abbr" not in co:
            words = co["en"].replace("-", " ").split()
            co["abbr"] = "".join(w[0] for w in words).upper() if len(words) >= 3 and rng.random() < 0.35 else ""
        if "zh" not in co:
            syl = co["core"].split()
            co["zh"] = "".join(_HANZI[s] for s in syl) if all(s in _HANZI for s in syl) else ""
        return co

    def fdi_identity(self, nat: str, sector: str, twin_of: dict | None = None, prov: str = "") -> dict | None:
        rng = self.rng
        form = _wchoice(rng, (("tnhh", 75), ("mtv", 15), ("cp", 10)))
        sp = _SECTORS[sector]
        zh_prod = sp[2]
        en_prod = sp[1]
        vn_prod = _FDI_PROD.get(sector, sp[0][0])
        if twin_of is not None:
            co = dict(twin_of)
            co["twin"] = True
            if nat in ("tw", "cn"):
                co["tail"] = _PROV_NAME[prov]
                co["en"] = co["en"].replace("(Vietnam)", f"({fold(_PROV_NAME[prov])})")
                co["script"] = co["script"].replace("越南", _PROV_ZH[prov])
                co["zh"] = co["script"]
            elif nat == "kr":
                co["tail"] = "Vina 2"
                co["en"] = co["en"].replace("Vina", "Vina 2")
                co["script"] = co["script"].replace("비나", "비나2")
            else:
                old_suffix = next(s for s in _JP_SUFFIX if s[1] in co["en"])
                new_suffix = rng.choice([s for s in _JP_SUFFIX if s != old_suffix])
                co["core"] = co["core"].replace(old_suffix[1], new_suffix[1])
                co["en"] = co["en"].replace(old_suffix[1], new_suffix[1])
                co["script"] = co["script"].replace(old_suffix[0], new_suffix[0]).replace(old_suffix[2],
                                                                                         new_suffix[2])
            co["form"] = form
            co["abbr"] = ""
            if not self.claim(co, "FDI"):
                return None
            return co
        attempt = 0
        while True:
            attempt += 1
            num = f" {attempt - 29}" if attempt > 30 else ""  # a crowded name space: registrars accept a number
            if nat in ("tw", "cn"):
                syl = rng.sample(_TW, 3 if attempt > 8 or rng.random() < 0.15 else 2)
                roman = " ".join(x[1] for x in syl) if nat == "tw" else syl[0][2] + "".join(
                    x[2].lower() for x in syl[1:])
                roman += num
                hv = " ".join(x[3] for x in syl) + num
                chars = "".join(x[0] for x in syl) + num.strip()
                if rng.random() < 0.2:
                    core, prod = hv, vn_prod
                else:
                    core, prod = roman, (vn_prod if rng.random() < 0.6 else "")
                tail = "Việt Nam"
                en = f"{roman} {en_prod} (Vietnam)"
                script = (f"{chars}{zh_prod}(越南){_FORM_ZH[form]}" if rng.random() < 0.7
                          else f"越南{chars}{zh_prod}{_FORM_ZH[form]}")
                zh = script
            elif nat == "kr":
                syl = rng.sample(_KR, 3 if attempt > 8 else 2)
                roman = syl[0][1] + "".join(x[1].lower() for x in syl[1:])
                core = roman + (" " + rng.choice(("Tech", "Apparel", "Global", "Pack", "Textile", "Precision"))
                                if rng.random() < 0.3 else "") + num
                prod, tail = "", "Vina"
                en = f"{core} Vina"
                hangul = "".join(x[0] for x in syl) + num.strip()
                script = rng.choice((f"(주){hangul}비나", f"{hangul}비나 유한회사", f"주식회사 {hangul}비나"))
                zh = ""
            else:
                n, sfx = rng.choice(_JP_NAME), rng.choice(_JP_SUFFIX)
                core, prod, tail = f"{n[1]} {sfx[1]}", "", "Việt Nam"
                kana = f"{n[2]}{sfx[2]}"
                if attempt > 4:
                    w = rng.choice(_JP_EXTRA)
                    core, kana = f"{n[1]} {w[0]} {sfx[1]}", f"{n[2]}{w[1]}{sfx[2]}"
                core += num
                en = f"{core} Vietnam"
                script = (f"{n[0]}{sfx[0]}{num.strip()}ベトナム有限会社" if rng.random() < 0.6
                          else f"{kana}{num.strip()}・ベトナム")
                zh = ""
            if not _blocked(core) and not _blocked(en) and self.claim(
                    {"line": ("",), "prod": "", "core": core, "tail": tail}, "FDI"):
                break
        return {"form": form, "line": ("",), "prod": prod, "core": core, "tail": tail, "sector": sector,
                "foreign": nat, "en": en, "script": script, "zh": zh, "abbr": ""}

    def household(self, sector: str, prov: str, place: dict | None = None, person: dict | None = None,
                  nick: str | None = None, khmer: bool | None = None) -> dict:
        rng = self.rng
        if khmer is None:
            khmer = prov == "TV" and rng.random() < 0.45
        owner = person or self.person(prov, khmer)
        if nick is None:
            r = rng.random()
            if khmer and r < 0.6:
                nick = owner["full"]
            elif r < 0.55:
                nick = f"{rng.choice(_ORDINALS)} {owner['given']}"
            elif r < 0.8:
                nick = owner["full"]
            else:
                nick = f"{rng.choice(_SYL_A)} {rng.choice(_SYL_B)}"
                if _blocked(nick):
                    nick = owner["full"]
        tpls = _HH_TPL.get(sector, ("Cơ sở {n}",))
        loc = place or self.place(sector, prov, khmer)
        h = {"owner": owner, "nick": nick, "sector": sector, "tpl": rng.randrange(len(tpls)), "loc": loc,
             "phone": self.mobile(), "pmst": "", "cccd": ""}
        r = rng.random()
        if r < 0.45:
            h["cccd"] = self.cccd(loc["prov"] if loc["prov"] in _CCCD_PROV else prov, owner["female"])
        elif r < 0.75:
            h["pmst"] = self.mst("8")
            if rng.random() < 0.5:
                h["cccd"] = self.cccd(loc["prov"] if loc["prov"] in _CCCD_PROV else prov, owner["female"])
        return h

    # ---- entity makers ---------------------------------------------------------------------------------
    def _finish(self, e: _Ent) -> _Ent:
        rng = self.rng
        e.nrows = _nrows(rng, e.kind)
        provs = [e.loc.get("prov", "")] + [u["loc"]["prov"] for u in e.units]
        if e.old_loc:
            provs.append(e.old_loc["prov"])
        if e.hh:
            provs.append(e.hh["loc"]["prov"])
        e.provs = tuple(p for p in dict.fromkeys(provs) if p in _PROV_NAME)
        e.in_park = bool(e.loc.get("park")) or any(u["loc"].get("park") for u in e.units)
        self.ents.append(e)
        return e

    def make_co(self, sector: str | None = None, prov: str | None = None, co: dict | None = None,
                loc: dict | None = None, events: bool = True) -> _Ent:
        rng = self.rng
        e = _Ent("co")
        e.sector = sector or _wchoice(rng, _DOMESTIC_SECTORS)
        sp = _SECTORS[e.sector]
        if loc is None:
            if rng.random() < sp[4]:
                p = prov or _wchoice(rng, (("BT", 40), ("VL", 32), ("TV", 28)))
                loc = self.park_place(p, e.sector)
            else:
                e.khmer = prov == "TV" and rng.random() < 0.12
                loc = self.place(e.sector, prov, e.khmer)
        e.loc = loc
        e.prov = loc["prov"]
        e.co = co or self.co_identity(e.sector, prov=e.prov)
        e.mst = self.mst(_MST_PREFIX[e.prov] + rng.choice("0011"))
        e.exporter = rng.random() < sp[3]
        e.cnht = sp[5]
        if rng.random() < 0.75:
            e.phones.append(self.landline(_AREA[e.prov]))
        if not e.phones or rng.random() < 0.55:
            e.phones.append(self.mobile())
        if events:
            self._events(e)
        self.cos.append(e)
        return self._finish(e)

    def _events(self, e: _Ent) -> None:
        rng = self.rng
        co = e.co
        assert co is not None
        r = rng.random()
        if r < 0.07:  # renamed, same legal person and code
            old = dict(co)
            if rng.random() < 0.5:
                old["core"] = self.core()
            else:
                old["prod"] = "" if co["prod"] else rng.choice(_SECTORS[e.sector][0])
                old["line"] = _wchoice(rng, _LINES)
                old["tail"] = "" if co["tail"] else rng.choice((_PROV_NAME[e.prov], "Mekong", "Miền Tây"))
            old.pop("abbr", None)
            old.pop("zh", None)
            old["en"] = ""
            e.old_co = self._finish_co(old)
        elif r < 0.12 and co["form"] in ("tnhh", "mtv", "dntn"):  # legal-form conversion keeps the code
            old = dict(co)
            co = dict(co)
            co["form"] = {"tnhh": "cp", "mtv": "tnhh", "dntn": rng.choice(("tnhh", "mtv"))}[old["form"]]
            e.co = co
            e.old_co = old
        if rng.random() < 0.07 and e.kind == "co":  # moved (e.g. from a village workshop into a park)
            e.old_loc = self.place(e.sector, e.prov)
            if rng.random() < 0.4 and _SECTORS[e.sector][4] > 0:
                e.loc = self.park_place(e.prov, e.sector)
        if rng.random() < 0.08:  # dependent units with their own -00n codes
            for _ in range(rng.choice((1, 1, 1, 2, 3))):
                self.add_unit(e)
        if e.kind == "co" and e.sector in _HH_TPL and co["form"] in ("mtv", "tnhh", "dntn") and \
                rng.random() < 0.12:  # household business converted into this enterprise
            same = rng.random() < 0.75
            hh = self.household(e.sector, e.prov, place=dict(e.old_loc or e.loc) if same else None,
                                nick=co["core"] if rng.random() < 0.7 else None)
            if hh["loc"].get("park"):
                hh["loc"] = self.place(e.sector, e.prov)
            if rng.random() < 0.5:
                e.phones.append(hh["phone"])
            e.hh = hh

    def add_unit(self, e: _Ent, prov: str | None = None) -> None:
        rng = self.rng
        k = len(e.units) + 1
        p = prov or _wchoice(rng, (("BT", 36), ("VL", 34), ("TV", 30)))
        sp = _SECTORS[e.sector]
        if rng.random() < max(sp[4], 0.3):
            loc = self.park_place(p, e.sector)
        else:
            loc = self.place(e.sector, p)
        r = rng.random()
        utype = "Chi nhánh" if r < 0.55 else "Nhà máy" if r < 0.8 else "Văn phòng đại diện" if r < 0.88 \
            else "Địa điểm kinh doanh"
        e.units.append({"suffix": f"-{k:03d}", "type": utype, "loc": loc,
                        "phone": self.landline(_AREA[p]) if rng.random() < 0.6 else ""})

    def make_fdi(self, nat: str | None = None, twin_of: _Ent | None = None) -> _Ent:
        rng = self.rng
        e = _Ent("fdi")
        if twin_of is not None:
            nat = twin_of.co["foreign"]
            e.sector = twin_of.sector
            prov = rng.choice([p for p in ("BT", "VL", "TV") if p != twin_of.prov])
        else:
            nat = nat or _wchoice(rng, (("tw", 40), ("kr", 25), ("cn", 20), ("jp", 15)))
            e.sector = _wchoice(rng, _FDI_SECTORS[nat])
            prov = _wchoice(rng, (("BT", 40), ("VL", 30), ("TV", 30)))
        co = self.fdi_identity(nat, e.sector, twin_of.co if twin_of is not None else None, prov)
        e.co = co if co is not None else self.fdi_identity(nat, e.sector, None, prov)
        e.loc = self.park_place(prov, e.sector) if rng.random() < 0.93 else self.place(e.sector, prov)
        e.prov = prov
        e.mst = self.mst(_MST_PREFIX[prov] + rng.choice("0011"))
        e.exporter = rng.random() < 0.92
        e.cnht = True
        e.phones.append(self.landline(_AREA[prov]))
        if rng.random() < 0.3:
            e.phones.append(self.mobile())
        if rng.random() < 0.25:
            for _ in range(rng.choice((1, 1, 2))):
                self.add_unit(e)
        if rng.random() < 0.04:
            old = dict(e.co)
            old["form"] = "mtv" if e.co["form"] == "tnhh" else "tnhh"
            e.old_co = old
        self.fdis.append(e)
        return self._finish(e)

    def make_ext(self) -> _Ent:
        rng = self.rng
        e = _Ent("ext")
        e.sector = _wchoice(rng, _DOMESTIC_SECTORS)
        e.loc = self.outside_place()
        o = e.loc["out"]
        e.prov = "OUT"
        e.co = self.co_identity(e.sector, form=_wchoice(rng, (("tnhh", 40), ("cp", 45), ("mtv", 15))))
        e.mst = self.mst(o[1])
        e.exporter = rng.random() < _SECTORS[e.sector][3]
        e.cnht = _SECTORS[e.sector][5]
        e.phones.append(self.landline(o[0]))
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            self.add_unit(e)
        return self._finish(e)

    def make_htx(self, twin_of: _Ent | None = None) -> _Ent:
        rng = self.rng
        e = _Ent("htx")
        e.sector = _wchoice(rng, (("xodua", 4), ("comdua", 3), ("keodua", 1), ("thamdua", 2), ("gach", 2),
                                  ("gom", 2), ("gao", 4), ("thuysan", 2), ("may", 1), ("than", 1)))
        if twin_of is not None:
            co = dict(twin_of.co)
            name = co["core"]
            cands = [x for x in self.htx_names[name] if x[0] != twin_of.prov or x[1] != twin_of.loc["dist"]]
            p, d, oc = rng.choice(cands)
            e.sector = twin_of.sector
        else:
            p = _wchoice(rng, (("BT", 45), ("VL", 30), ("TV", 25)))
            place = self.place(e.sector, p)
            p, d, oc = place["prov"], place["dist"], place["oc"]
            name = oc[3:] if oc.startswith("Xã ") and not _blocked(oc[3:]) else self.core(p)
            co = {"form": "htx", "line": (rng.choice(_HTX_LINES),), "prod": _HTX_PROD.get(e.sector, ""),
                  "core": name, "tail": "", "sector": e.sector, "foreign": ""}
            while not self.claim(co, p):
                co["core"] = self.core(p) + (f" {rng.randint(1, 99)}" if rng.random() < 0.2 else "")
            co = self._finish_co(co)
        nc = dict(_GEO[p][d])[oc]
        e.loc = {"prov": p, "dist": d, "oc": oc, "nc": nc, "street": self.street(p, oc, False), "park": "",
                 "lot": ""}
        e.prov = p
        e.co = co
        e.mst = self.mst(_MST_PREFIX[p] + "0")
        e.exporter = rng.random() < 0.1
        e.phones.append(self.mobile())
        if rng.random() < 0.3:
            e.phones.append(self.landline(_AREA[p]))
        self.htxs.append(e)
        return self._finish(e)

    def make_hkd(self, base: _Ent | None = None, same_owner_name: bool = False) -> _Ent:
        rng = self.rng
        e = _Ent("hkd")
        if base is not None:
            bh = base.hh
            assert bh is not None
            e.sector = bh["sector"]
            prov = rng.choice(("BT", "VL", "TV")) if rng.random() < 0.3 else base.prov
            if same_owner_name:
                person = dict(bh["owner"])
                e.hh = self.household(e.sector, prov, person=person, nick=bh["nick"])
            else:
                person = self.person(prov, False)
                nick = bh["nick"]
                if nick.split()[0] in _ORDINALS:
                    person["given"] = nick.split()[-1]
                    person["full"] = " ".join(person["full"].split()[:-1] + [person["given"]])
                e.hh = self.household(e.sector, prov, person=person, nick=nick, khmer=False)
            e.hh["tpl"] = bh["tpl"]
        else:
            e.sector = _wchoice(rng, _HH_SECTORS)
            where = _WHERE.get(e.sector)
            prov = _wchoice(rng, [(w[0][0], w[1]) for w in where]) if where else _wchoice(
                rng, (("BT", 40), ("VL", 32), ("TV", 28)))
            e.hh = self.household(e.sector, prov)
        e.loc = e.hh["loc"]
        e.prov = e.loc["prov"]
        e.phones = [e.hh["phone"]]
        self.hhs.append(e)
        return self._finish(e)

    # ---- the population --------------------------------------------------------------------------------
    def spawn(self) -> list[_Ent]:
        rng = self.rng
        r = rng.random()
        if r < 0.11 and len(self.ents) > 20:
            out = self.twin()
            if out:
                return out
        elif r < 0.135 and len(self.ents) > 20:
            return self.sisters()
        kind = _wchoice(rng, (("hkd", 36), ("co", 44), ("htx", 7), ("fdi", 4.5), ("ext", 8.5)))
        if kind == "hkd":
            return [self.make_hkd()]
        if kind == "co":
            return [self.make_co()]
        if kind == "htx":
            return [self.make_htx()]
        if kind == "fdi":
            return [self.make_fdi()]
        return [self.make_ext()]

    def twin(self) -> list[_Ent]:
        """A different enterprise that looks like an existing one."""
        rng = self.rng
        t = _wchoice(rng, (("premerger", 30), ("hh_same", 22), ("hh_vs_co", 14), ("fdi", 8), ("successor", 12),
                           ("htx", 8), ("co_vs_hh", 6)))
        if t == "premerger" and self.cos:
            base = rng.choice(self.cos)
            if base.kind != "co" or base.prov not in _PROV_NAME:
                return []
            co = {k: v for k, v in base.co.items() if k not in ("en", "abbr", "zh")}
            if co["tail"] in _PROV_NAME.values():
                co["tail"] = ""
            prov = rng.choice([p for p in ("BT", "VL", "TV") if p != base.prov])
            sector = base.sector if co["prod"] else _wchoice(rng, _DOMESTIC_SECTORS)
            co["sector"] = sector
            if not self.claim(co, prov):
                return []
            return [self.make_co(sector, prov, co=self._finish_co(co), events=False)]
        if t == "hh_same" and self.hhs:
            base = rng.choice(self.hhs)
            return [self.make_hkd(base, same_owner_name=rng.random() < 0.35)]
        if t == "hh_vs_co" and self.hhs:
            base = rng.choice(self.hhs)
            sector = _wchoice(rng, _DOMESTIC_SECTORS)
            prov = rng.choice(("BT", "VL", "TV"))
            co = self.co_identity(sector, core=base.hh["nick"], prov=prov)
            if not self.claim(co, prov):
                return []
            return [self.make_co(sector, prov, co=co, events=False)]
        if t == "co_vs_hh" and self.cos:
            base = rng.choice(self.cos)
            if base.kind != "co" or len(base.co["core"].split()) != 2 or base.prov not in _PROV_NAME:
                return []
            e = self.make_hkd()
            e.hh["nick"] = base.co["core"]
            return [e]
        if t == "fdi" and self.fdis:
            base = rng.choice(self.fdis)
            if base.co.get("twin") or base.co.get("has_twin"):
                return []
            base.co["has_twin"] = True
            return [self.make_fdi(twin_of=base)]
        if t == "successor" and self.cos:
            base = rng.choice(self.cos)
            if base.kind != "co" or base.dead or base.newonly or base.units or base.hh:
                return []
            co = {k: v for k, v in base.co.items() if k not in ("en", "abbr", "zh")}
            c = co["core"]
            co["core"] = rng.choice((f"{c} Phát", f"Tân {c}", f"{c} Xanh", f"{c} {_PROV_NAME[base.prov]}",
                                     f"{c} 2"))
            co["form"] = rng.choice(("tnhh", "mtv", "cp"))
            if _blocked(co["core"]) or not self.claim(co, base.prov):
                return []
            base.dead = True
            e = self.make_co(base.sector, base.prov, co=self._finish_co(co), loc=dict(base.loc), events=False)
            e.newonly = True
            if rng.random() < 0.7:
                e.phones = list(base.phones[:1]) + e.phones[1:]
            return [e]
        if t == "htx" and self.htxs:
            base = rng.choice(self.htxs)
            if len(self.htx_names.get(base.co["core"], ())) < 2:
                return []
            return [self.make_htx(twin_of=base)]
        return []

    def sisters(self) -> list[_Ent]:
        """Two or three companies of one family group: shared brand, often shared address and phone."""
        rng = self.rng
        fam = rng.choice((("comdua", "xodua", "than", "thamdua", "thachdua"), ("gao", "thucan", "thuysan"),
                          ("cokhi", "ketcau", "xaylap"), ("giay", "degiay", "baobi"), ("may", "phulieu", "baobi")))
        core = self.core()
        prov = rng.choice(("BT", "VL", "TV"))
        k = rng.choice((2, 2, 2, 3))
        forms = rng.sample(("cp", "tnhh", "mtv"), k)
        first = None
        out = []
        for i in range(k):
            sector = fam[i] if i < len(fam) else fam[0]
            co = self.co_identity(sector, form=forms[i], core=core, prov=prov)
            co["prod"] = rng.choice(_SECTORS[sector][0]) if i else co["prod"]
            if i == 2:
                co["line"] = ("Thương mại", "Dịch vụ")
                co["tail"] = _PROV_NAME[prov]
            co["en"] = ""
            self.claim(co, prov)
            co = self._finish_co(co)
            loc = None
            if first is not None and rng.random() < 0.5:
                loc = dict(first.loc)
            e = self.make_co(sector, prov, co=co, loc=loc, events=False)
            if first is not None and rng.random() < 0.6:
                e.phones = list(first.phones[:1]) + e.phones[1:]
            first = first or e
            out.append(e)
        return out


def _blocked(s: str) -> bool:
    f = " " + " ".join(fold(s).lower().replace("-", " ").split()) + " "
    return any(f" {b} " in f for b in BLOCKED)


def _nrows(rng: random.Random, kind: str) -> int:
    r = rng.random()
    if kind == "hkd":
        return 1 if r < 0.62 else 2 if r < 0.85 else 3 if r < 0.94 else 4 if r < 0.98 else rng.randint(5, 6)
    if kind == "co":
        if r < 0.34:
            return 1
        if r < 0.56:
            return 2
        if r < 0.70:
            return 3
        if r < 0.80:
            return 4
        if r < 0.87:
            return 5
        if r < 0.92:
            return 6
        return rng.randint(7, 12) if r < 0.975 else rng.randint(13, 30)
    if kind == "htx":
        return 1 if r < 0.4 else 2 if r < 0.65 else 3 if r < 0.82 else 4 if r < 0.92 else rng.randint(5, 8)
    if kind == "fdi":
        if r < 0.1:
            return 1
        if r < 0.3:
            return rng.randint(2, 4)
        if r < 0.62:
            return rng.randint(5, 10)
        return rng.randint(11, 25) if r < 0.92 else rng.randint(26, 70)
    return 1 if r < 0.3 else 2 if r < 0.6 else 3 if r < 0.8 else rng.randint(4, 6) if r < 0.95 else rng.randint(7, 12)


# ---------------------------------------------------------------------------------------------------------
# Rendering one list row
# ---------------------------------------------------------------------------------------------------------
def _typo(rng: random.Random, s: str) -> str:
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    ch = s[i]
    r = rng.random()
    low = ch.lower()
    if r < 0.35 and low in _SIB:
        alt = rng.choice(_SIB[low])
        return s[:i] + (alt.upper() if ch.isupper() else alt) + s[i + 1:]
    if r < 0.55:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.75:
        return s[:i] + s[i + 1:]
    if r < 0.88:
        return s[:i] + ch + s[i:]
    if ch == " ":
        return s[:i] + s[i + 1:]
    return s[:i] + " " + s[i:]


def _digit_typo(rng: random.Random, code: str) -> str:
    d = list(code)
    i = rng.randrange(0, 9)
    if rng.random() < 0.5 and d[i] != d[i + 1]:
        d[i], d[i + 1] = d[i + 1], d[i]
    else:
        j = rng.randrange(2, 10)
        d[j] = rng.choice([x for x in "0123456789" if x != d[j]])
    return "".join(d)


def _form_text(rng: random.Random, form: str, casual: float) -> str:
    table = _FORM_CASUAL if rng.random() < casual else _FORM_FORMAL
    return rng.choice(table[form])


def _line_text(rng: random.Random, line: tuple[str, ...], st: _Style) -> str:
    if line == ("",) or rng.random() < st.line_drop:
        return ""
    if rng.random() < st.line_abbr:
        sep = rng.choice((" ", "-", " - ", " "))
        return sep.join(_LINE_ABBR.get(w, w) for w in line if w != "và")
    return " ".join(line)


def _vn_name(rng: random.Random, co: dict, st: _Style) -> str:
    form = _form_text(rng, co["form"], st.casual)
    prod = co["prod"]
    if prod and rng.random() < st.prod_drop:
        prod = ""
    tail = co["tail"]
    if tail and rng.random() < st.tail_drop:
        tail = "VN" if tail == "Việt Nam" and rng.random() < 0.4 else ""
    body = " ".join(x for x in (_line_text(rng, co["line"], st), prod, co["core"], tail) if x)
    r = rng.random()
    if r < st.casual * 0.06:
        return f"{body} ({form})"
    if r < st.casual * 0.09:
        return f"{body}, {form}"
    if r < st.casual * 0.13:
        return body
    return f"{form} {body}"


def _en_name(rng: random.Random, co: dict) -> str:
    if co.get("abbr") and rng.random() < 0.3:
        base = co["abbr"]
    else:
        base = co["en"]
    return f"{base} {rng.choice(_FORM_EN[co['form']])}"


def _hh_name(rng: random.Random, hh: dict, src: int) -> str:
    tpls = _HH_TPL.get(hh["sector"], ("Cơ sở {n}",))
    owner = hh["owner"]["full"]
    nick = hh["nick"]
    r = rng.random()
    if src == THUE:
        return rng.choice((f"Hộ kinh doanh {nick}", f"Hộ kinh doanh {owner}", f"HỘ KINH DOANH {nick}"))
    if r < 0.45:
        tpl = tpls[hh["tpl"]]
    elif r < 0.62:
        tpl = rng.choice(tpls)
    elif r < 0.72:
        tpl = rng.choice(("Hộ kinh doanh {n}", "HKD {n}", "Hộ KD {n}"))
    elif r < 0.84:
        return rng.choice(("HKD {o}", "Hộ kinh doanh {o}", "Hộ {t} {o}", "{o}")).format(
            o=owner, t="bà" if hh["owner"]["female"] else "ông")
    elif r < 0.93:
        return f"{tpls[hh['tpl']].format(n=nick)} ({owner})" if nick != owner else tpls[hh["tpl"]].format(n=nick)
    else:
        return f"{owner} - {tpls[hh['tpl']].format(n=nick)}" if nick != owner else owner
    return tpl.format(n=nick)


def _unit_name(rng: random.Random, parent: str, unit: dict, en: bool, co: dict) -> str:
    loc = unit["loc"]
    park = loc.get("park")
    place = _PARKS[park][1] if park and rng.random() < 0.5 else _PROV_NAME.get(loc["prov"], "")
    if en:
        kind = "Factory" if unit["type"] == "Nhà máy" else "Representative Office" if unit["type"].startswith(
            "Văn") else "Branch"
        return f"{parent} - {fold(place)} {kind}" if rng.random() < 0.7 else f"{parent} ({kind})"
    t = unit["type"]
    r = rng.random()
    if r < 0.2:
        return parent
    if t == "Nhà máy":
        prod = co["prod"] or _SECTORS[co["sector"]][0][0]
        return rng.choice((f"Nhà máy {prod.lower()} {co['core']} - Chi nhánh {parent}",
                           f"Chi nhánh {parent} - Nhà máy {place}", f"Nhà máy {place} ({parent})"))
    if t == "Văn phòng đại diện":
        return rng.choice((f"Văn phòng đại diện {parent} tại {place}", f"VPĐD {parent}"))
    if t == "Địa điểm kinh doanh":
        return rng.choice((f"Địa điểm kinh doanh - {parent}", f"ĐĐKD {parent} tại {place}"))
    return rng.choice((f"Chi nhánh {parent} tại {place}", f"Chi nhánh {parent}", f"CN {parent}",
                       f"{parent} - Chi nhánh {place}", f"Chi nhánh {place} - {parent}"))


def _unit_word(rng: random.Random, full: str, abbr: float) -> str:
    """'Xã An Phước' -> 'xã An Phước' | 'X. An Phước' | 'An Phước'; 'Phường 7' -> 'P.7' ..."""
    for long, shorts in (("Thành phố ", ("TP. ", "TP ", "Tp.", "Tp. ")), ("Thị xã ", ("TX. ", "Tx ", "TX ")),
                         ("Thị trấn ", ("TT. ", "TT ", "Tt.")), ("Huyện ", ("H. ", "huyện ", "H.")),
                         ("Xã ", ("X. ", "xã ", "X.")), ("Phường ", ("P. ", "P.", "phường ", "P"))):
        if full.startswith(long):
            name = full[len(long):]
            if long == "Phường " and not name.isdigit() and rng.random() < 0.7:
                return rng.choice(("phường ", "P. ")) + name
            r = rng.random()
            if r < abbr:
                return rng.choice(shorts) + name
            if r < abbr + 0.12 and not name.isdigit():
                return name
            return (long.lower() if rng.random() < 0.6 else long) + name
    return full


def _street_en(s: str) -> str:
    f = fold(s)
    if f.startswith("Ap "):
        return f"{f[3:]} Hamlet"
    if f.startswith("Khom ") or f.startswith("Khu pho "):
        return f"Quarter {f.split()[-1]}"
    if f.startswith("So "):
        return f[3:] + " Street"
    return f


def _addr(rng: random.Random, loc: dict, mode: str, st: _Style, en: bool) -> str:
    if loc["prov"] == "OUT":
        o = loc["out"]
        if mode == "new":
            parts = [loc["street"], o[5], o[6]]
        else:
            parts = [loc["street"], o[2], o[3], o[4]]
        s = ", ".join(parts)
        return fold(s) if en else s
    park = loc["park"]
    street = loc["street"]
    if park:
        kind, pname = _PARKS[park][0], _PARKS[park][1]
        lot = loc["lot"]
        if en:
            pen = {"KCN": "Industrial Park", "KKT": "Economic Zone", "TTĐL": "Power Center"}[kind]
            pen = rng.choice((pen, "IP")) if kind == "KCN" else pen
            street = (f"Lot {lot.replace('số ', '')}, " if lot and rng.random() < 0.8 else "") + \
                f"{fold(pname)} {pen}"
        else:
            if kind == "KCN":
                pw = rng.choice(("KCN ", "KCN ", "Khu công nghiệp ", "Khu CN ", "K.C.N "))
            elif kind == "KKT":
                pw = rng.choice(("KKT ", "Khu kinh tế "))
            else:
                pw = rng.choice(("Trung tâm Điện lực ", "TTĐL ", "Khu vực Trung tâm Điện lực "))
            p = pw + pname
            if lot and rng.random() < 0.85:
                lw = rng.choice(("Lô ", "Lô ", "lô ", "Lô đất "))
                p = f"{lw}{lot}{rng.choice((', ', ' ', ' - '))}{p}"
            street = f"{street}, {p}" if street else p
    elif en:
        street = _street_en(street)
    if en:
        oc, nc, d = fold(loc["oc"]), fold(loc["nc"]), fold(loc["dist"])

        def eng(x: str) -> str:
            for a, b in (("Xa ", "Commune"), ("Phuong ", "Ward"), ("Thi tran ", "Town"), ("Huyen ", "District"),
                         ("Thanh pho ", "City"), ("Thi xa ", "Town")):
                if x.startswith(a):
                    return f"{b} {x[len(a):]}" if x[len(a):].isdigit() else f"{x[len(a):]} {b}"
            return x

        if mode == "new":
            parts = [street, eng(nc), "Vinh Long Province"]
        else:
            parts = [street, eng(oc), eng(d), f"{fold(_PROV_NAME[loc['prov']])} Province"]
        if rng.random() < 0.4:
            parts.append("Vietnam")
        if rng.random() < 0.25:
            parts = [p for p in parts[:1] + parts[2:]]
        return ", ".join(p for p in parts if p)
    a = st.abbr_addr
    prov_old = _PROV_NAME[loc["prov"]]
    p_old = rng.choice(("tỉnh ", "Tỉnh ", "T. ", "", "")) + prov_old
    p_new = rng.choice(("tỉnh ", "tỉnh ", "Tỉnh ", "T. ", "")) + "Vĩnh Long"
    o = _unit_word(rng, loc["oc"], a)
    d = _unit_word(rng, loc["dist"], a)
    if mode == "new":
        n = _unit_word(rng, loc["nc"], a)
        if loc["nc"] != loc["oc"] and rng.random() < 0.1:
            n = f"{n} ({o} cũ)"
        parts = [street, n, p_new]
    elif mode == "mixed":
        r = rng.random()
        if r < 0.45:
            parts = [street, o, p_new]
        elif r < 0.75:
            parts = [street, _unit_word(rng, loc["nc"], a), d, p_old]
        else:
            parts = [street, o, d, p_new]
    else:
        parts = [street, o, d, p_old]
        r = rng.random()
        if r < 0.08:
            parts = [d, p_old]
        elif r < 0.16:
            parts = [street, d, p_old]
    sep = ", " if rng.random() < 0.82 else rng.choice((" - ", ",", "; "))
    return sep.join(p for p in parts if p)


def _fmt_mobile(rng: random.Random, m: str, st: _Style, src: int) -> str:
    if rng.random() < st.old_mobile and m[:3] in _OLD_MOBILE:
        o = _OLD_MOBILE[m[:3]] + m[3:]
        return rng.choice((o, f"{o[:4]} {o[4:7]} {o[7:]}", f"{o[:4]}.{o[4:7]}.{o[7:]}", f"{o[:4]} {o[4:]}"))
    if src == TK and rng.random() < 0.5:
        return m[1:]
    r = rng.random()
    if src in (HQ, FDI) and r < 0.6:
        return rng.choice((f"+84 {m[1:4]} {m[4:7]} {m[7:]}", f"+84{m[1:]}", f"(+84) {m[1:]}", f"84{m[1:]}",
                           f"+84-{m[1:4]}-{m[4:]}"))
    return rng.choice((m, m, f"{m[:4]} {m[4:7]} {m[7:]}", f"{m[:4]}.{m[4:7]}.{m[7:]}", f"{m[:4]}-{m[4:7]}-{m[7:]}",
                       f"{m[:3]} {m[3:6]} {m[6:]}", f"+84 {m[1:4]} {m[4:7]} {m[7:]}", f"+84{m[1:]}"))


def _fmt_land(rng: random.Random, x: str, st: _Style, src: int) -> str:
    area, local = x.split("|")
    if rng.random() < st.old_area and area in _OLD_AREA:
        area = _OLD_AREA[area]
    if src == TK and rng.random() < 0.5:
        return area[1:] + local
    a = area[1:]
    r = rng.random()
    if r < 0.05 and src not in (HQ, FDI):
        return local
    if src in (HQ, FDI) and r < 0.6:
        return rng.choice((f"+84 {a} {local}", f"+84-{a}-{local}", f"(84-{a}) {local}", f"84 {a} {local}"))
    loc2 = rng.choice((local, local, f"{local[:4]} {local[4:]}", f"{local[:1]} {local[1:4]} {local[4:]}",
                       f"{local[:3]}.{local[3:]}", f"{local[:4]}.{local[4:]}"))
    return rng.choice((f"{area} {loc2}", f"{area}.{loc2}", f"({area}) {loc2}", f"{area}-{loc2}", area + local,
                       f"{area} {loc2}"))


def _phone(rng: random.Random, phones: list[str], st: _Style, src: int) -> str:
    if not phones or rng.random() >= st.p_phone:
        return ""
    picks = [phones[0]] if len(phones) == 1 or rng.random() < 0.55 else (
        [phones[1]] if rng.random() < 0.5 else phones[:2])
    out = []
    for x in picks:
        if "|" in x:
            s = _fmt_land(rng, x, st, src)
            if src in (BQL, SBT, TK, HQ) and rng.random() < 0.12 and len(picks) == 1:
                digits = x.split("|")[1]
                fax = digits[:-1] + str((int(digits[-1]) + 1) % 10)
                s = f"ĐT: {s} - Fax: {fax}" if src != HQ else f"Tel: {s}; Fax: {fax}"
            out.append(s)
        else:
            out.append(_fmt_mobile(rng, x, st, src))
    s = rng.choice((" - ", " / ", "; ", " hoặc ", ", ")).join(out)
    if src in (SBT, SVL, STV, KC) and rng.random() < 0.1:
        s = rng.choice(("ĐT: ", "Đt: ", "SĐT ", "DĐ: ")) + s
    return s


def _fmt_tax(rng: random.Random, code: str, st: _Style, src: int) -> str:
    if not code:
        return rng.choice(_PLACEHOLDERS) if rng.random() < st.placeholder else ""
    if rng.random() >= st.p_tax:
        return rng.choice(_PLACEHOLDERS) if rng.random() < st.placeholder * 3 else ""
    if len(code) == 12:  # CCCD of a household owner
        if src == TK or (src in (SVL, KC) and rng.random() < 0.2):
            return code.lstrip("0")
        r = rng.random()
        if r < 0.2:
            return f"CCCD {code}"
        if r < 0.3:
            return f"{code[:3]} {code[3:6]} {code[6:]}"
        return code
    base, suffix = code[:10], code[10:]
    if rng.random() < st.typo * 0.6:
        base = _digit_typo(rng, base)
    if suffix:
        r = rng.random()
        if r < 0.12:
            suffix = ""
        elif r < 0.22:
            suffix = suffix.replace("-", "")
        elif r < 0.3:
            suffix = " - " + suffix[1:]
        elif r < 0.35:
            suffix = "-" + str(int(suffix[1:]))
    if src == TK:
        r = rng.random()
        if r < 0.03:
            return "#N/A"
        if not suffix:
            v = base.lstrip("0")
            if r < 0.08:
                return f"{int(v) / 10 ** (len(v) - 1):.5f}".rstrip("0") + f"E+{len(v) - 1:02d}"
            if r < 0.18:
                return v + ".0"
            if r < 0.25:
                return "'" + base
            return v
        return base + suffix
    r = rng.random()
    spaced = {SBT: .3, SVL: .15, STV: .1, WEB: .15, KC: .15, BQL: .1, FDI: .05}.get(src, 0)
    if r < spaced:
        s = rng.choice((f"{base[:4]} {base[4:7]} {base[7:]}", f"{base[:4]}.{base[4:7]}.{base[7:]}",
                        f"{base[:2]} {base[2:]}", " ".join(base)))
    else:
        s = base
    s += suffix
    if src == FDI and rng.random() < 0.6:
        s = rng.choice(("VAT: ", "Tax ID: ", "VAT No. ", "MST ")) + s
    elif src in (WEB, BQL, KC) and rng.random() < 0.15:
        s = rng.choice(("MST: ", "mst ", "MST ", "Mã số thuế: ")) + s
    return s


class _Renderer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def row(self, e: _Ent, src: int) -> tuple[str, str, str, str]:
        rng = self.rng
        st = _STY[src]
        use_old = rng.random() < st.p_old
        facet = "main"
        unit = None
        want = _SRC_PROV.get(src)  # a provincial list sees only what lies in its old province; BQL only parks
        if want or src == BQL:
            def fits(loc: dict) -> bool:
                return loc["prov"] == want if want else bool(loc.get("park"))

            units = [u for u in e.units if fits(u["loc"])]
        else:
            def fits(loc: dict) -> bool:
                return True

            units = e.units
        if e.kind == "hkd":
            facet = "hh"
        elif (e.kind == "ext" and (src not in (HQ, FDI, WEB) or rng.random() < 0.8)) or not fits(e.loc):
            if e.old_loc is not None and fits(e.old_loc) and (not units or rng.random() < 0.5):
                use_old = True
            elif units:
                facet, unit = "unit", rng.choice(units)
            elif e.hh is not None and fits(e.hh["loc"]):
                facet = "hh"
        elif e.hh is not None and src in (KC, SBT, SVL, STV, WEB, THUE) and fits(e.hh["loc"]) and \
                (src != THUE or e.hh["pmst"] or e.hh["cccd"]) and \
                rng.random() < (0.65 if use_old else 0.15) * (1.6 if src == KC else 1.0):
            facet = "hh"
        elif units and rng.random() < {BQL: .5, BHXH: .5, THUE: .4, TK: .4}.get(src, .25):
            facet, unit = "unit", rng.choice(units)

        if facet == "hh":
            hh = e.hh
            assert hh is not None
            name = _hh_name(rng, hh, src)
            code = hh["pmst"] if hh["pmst"] and (src == THUE or rng.random() < 0.5) else hh["cccd"]
            tax = _fmt_tax(rng, code, st, src)
            loc = hh["loc"]
            phones = [hh["phone"]]
        else:
            co = e.old_co if (use_old and e.old_co is not None) else e.co
            assert co is not None
            en = False
            if src == HQ:
                en = rng.random() < 0.9
            elif src == FDI:
                en = rng.random() < (0.55 if co["foreign"] else 0.7)
            elif co["foreign"] and src in (BQL, WEB, BHXH):
                en = rng.random() < {BQL: .45, WEB: .3, BHXH: .1}[src]
            if src == FDI and co["foreign"] and rng.random() < 0.45:
                name = co["script"]
            elif src == FDI and co.get("zh") and not co["foreign"] and rng.random() < 0.1:
                name = co["zh"] + _FORM_ZH[co["form"]]
            elif en:
                name = _en_name(rng, co)
            else:
                name = _vn_name(rng, co, st)
            tax_code = e.mst
            loc = e.old_loc if (use_old and e.old_loc is not None) else e.loc
            phones = e.phones
            if facet == "unit":
                assert unit is not None
                if fold(name).isascii():  # vendor lists in CJK script do not name branches
                    name = _unit_name(rng, name, unit, en, co)
                loc = unit["loc"]
                if src in (BQL, FDI, WEB) and rng.random() < 0.15:
                    pass  # the list gives the parent's own code for the branch
                else:
                    tax_code = e.mst + unit["suffix"]
                phones = [unit["phone"]] if unit["phone"] else e.phones
            tax = _fmt_tax(rng, tax_code, st, src)

        # address
        if rng.random() < st.p_addr:
            en_addr = src in (HQ,) or (src == FDI and rng.random() < 0.7)
            r = rng.random()
            mode = "old" if use_old and src != THUE else "new" if r < st.new_addr else \
                "mixed" if r < st.new_addr + st.mixed_addr else "old"
            addr = _addr(rng, loc, mode, st, en_addr)
        else:
            addr = ""
        phone = _phone(rng, phones, st, src)

        # how the list damaged the text
        if rng.random() < st.typo and fold(name).isascii():
            name = _typo(rng, name)
        if addr and rng.random() < st.typo:
            addr = _typo(rng, addr)
        r = rng.random()
        if r < st.upper:
            name = name.upper()
            if src in (THUE, BHXH, HQ) or rng.random() < 0.5:
                addr = addr.upper()
        elif r < st.upper + st.lower:
            name = name.lower()
            addr = addr.lower() if rng.random() < 0.5 else addr
        if st.moji and rng.random() < st.moji:
            table = _TCVN3 if st.moji_kind == "tcvn3" else _VNI
            name = name.translate(table)
            addr = addr.translate(table)
        elif st.nofold and rng.random() < st.nofold:
            name = fold(name)
            addr = fold(addr)
        if src == TK:
            if len(name) > 60 and rng.random() < 0.5:
                name = name[:60]
            if rng.random() < 0.05:
                name = name + "  "
            if addr and rng.random() < 0.04:
                addr = addr.replace(", ", ",\n", 1)
        if src == WEB and rng.random() < 0.1:
            name = "  " + name if rng.random() < 0.5 else name.replace(" ", "  ", 1)
        return name, tax, addr, phone


_SRC_PROV = {SBT: "BT", SVL: "VL", STV: "TV"}


def _source_weights(e: _Ent) -> list[float]:
    aff = _AFF[e.kind]
    w = []
    for i, name in enumerate(_SRC):
        x = SOURCES[name][1] * aff[i]
        if i in _SRC_PROV and _SRC_PROV[i] not in e.provs:
            x = 0.0
        elif i == BQL and not e.in_park:
            x = 0.0
        elif i == HQ and not e.exporter:
            x = 0.0
        elif i == FDI and not e.cnht:
            x = 0.0
        elif i == KC and e.kind == "co" and e.sector not in _HH_TPL:
            x *= 0.3
        if e.dead and i not in _OLD_ONLY:
            x = 0.0
        if e.newonly and i not in _NEW_ONLY:
            x = 0.0
        if e.kind == "hkd" and i == THUE and not (e.hh and e.hh["pmst"]):
            x = 0.0
        w.append(x)
    if sum(w) == 0:
        w[WEB] = 1.0
    return w


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly n synthetic list rows (dicts of str: id, name, tax_code, address, phone, truth), shuffled."""
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(f"gen_vinhlong/{seed}")
    world = _World(rng)
    total = 0
    chosen: list[_Ent] = []
    while total < n:
        for e in world.spawn():
            if total >= n:
                break
            e.nrows = min(e.nrows, n - total)
            total += e.nrows
            chosen.append(e)
    perm = list(range(len(chosen)))
    rng.shuffle(perm)
    for e, k in zip(chosen, perm, strict=True):
        e.truth = f"E{k:07d}"
    rend = _Renderer(rng)
    src_idx = range(len(_SRC))
    rows: list[tuple] = []
    for e in chosen:
        w = _source_weights(e)
        for s in rng.choices(src_idx, weights=w, k=e.nrows):
            rows.append((s, *rend.row(e, s), e.truth))
    rng.shuffle(rows)
    counters = [0] * len(_SRC)
    out = []
    for s, name, tax, addr, phone, truth in rows:
        counters[s] += 1
        out.append({"id": f"{_SRC[s]}-{counters[s]:06d}", "name": name, "tax_code": tax, "address": addr,
                    "phone": phone, "truth": truth})
    return out


# ---------------------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------------------
def _write_csv(rows: list[dict], fh) -> None:
    w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Command line: --n N --seed S [--out FILE.csv] [--show K] [--group G]."""
    ap = argparse.ArgumentParser(description="Synthetic labelled enterprise lists of the new Vĩnh Long province.")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", help="write UTF-8 CSV here")
    ap.add_argument("--show", type=int, default=0, metavar="K", help="print K random rows")
    ap.add_argument("--group", metavar="G", help="print all rows of truth group G (or of the group of row id G)")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = records(a.n, a.seed)
    dt = time.perf_counter() - t0
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="") as fh:
            _write_csv(rows, fh)
    if a.show:
        pick = random.Random(f"show/{a.seed}").sample(rows, min(a.show, len(rows)))
        _write_csv(pick, sys.stdout)
    if a.group:
        g = a.group
        by_id = next((r["truth"] for r in rows if r["id"] == g), None)
        g = by_id or g
        _write_csv([r for r in rows if r["truth"] == g], sys.stdout)
    if not (a.out or a.show or a.group):
        counts: dict[str, int] = {}
        for r in rows:
            p = r["id"].split("-")[0]
            counts[p] = counts.get(p, 0) + 1
        print(f"{len(rows)} rows, {len({r['truth'] for r in rows})} entities, {dt:.2f} s")
        for p in _SRC:
            print(f"  {p:5s} {counts.get(p, 0) / max(1, len(rows)):6.1%}   (stated {SOURCES[p][0]}%)")
    else:
        print(f"{len(rows)} rows in {dt:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
