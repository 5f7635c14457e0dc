"""Tax codes (mã số thuế) as written: the digits of a code (``normalise_tax``), what Excel's scientific notation
keeps of one (``tax_sci``), the check digit (``tax_check_ok``), and whether two codes are one code mistyped
(``tax_slip``) or another number altogether (``other_number``).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from rapidfuzz.distance import OSA, Levenshtein

from lienket.core.text import fold

__all__ = [
    "OTHER_NUMBER_EDITS",
    "SCI_DIGITS",
    "normalise_tax",
    "other_number",
    "tax_check_ok",
    "tax_sci",
    "tax_slip",
]


def normalise_tax(raw: str | None) -> str:
    """Digits of a written tax code: 10 digits, or 13 for a dependent branch; ``""`` when unusable.

    Spaces, dots and dashes are dropped; a leading zero lost in Excel is put back; fewer than 8 digits is treated
    as missing (a fragment, not a code).
    >>> normalise_tax("0100 109 106 - 001")
    '0100109106001'
    """
    if not raw:
        return ""
    raw = str(raw).strip()
    parts = [p for p in _NUMBERS_APART.split(raw) if p.strip()]
    if len(parts) > 1:
        return _one_code(parts)
    raw = parts[0].strip() if parts else ""  # "0101234565;": a separator with nothing after it
    if _NOT_TAX.search(raw):  # "GCNĐKĐT 2754706797": an investment certificate's number, not a tax code
        return ""
    if _labelled_other(raw):  # "AUD-2019-1642", "Mã DA: 5531152019", "TK6738C": another register's number
        return ""
    sci = _SCIENTIFIC.fullmatch(raw)
    if sci:
        # Excel showed the code as a number in scientific notation ("2.31493E+09"): usable only when every digit
        # survived ("2.314926275E+09"); otherwise the code is unknown, not the digits that are left.
        head, tail, exp = sci.group(1), sci.group(2) or "", int(sci.group(3))
        if len(tail) > exp or len(tail) < exp or exp not in (8, 9, 11, 12):
            return ""
        raw = head + tail
    elif _FLOAT_TAIL.search(raw):
        raw = _FLOAT_TAIL.sub("", raw)  # "2314926275.0": a number cell written back as text
    short = _SHORT_BRANCH.search(raw)
    if short:
        # "2415005591-1", "0203643782 - 01": a branch number written without its zeros is "-001" (a lost leading
        # zero is put back below, as for any code).
        number = short.group(2)
        raw = short.group(1) + (number.zfill(3) if int(number) else "")
    if _LETTER_INSIDE.search(raw):  # "GCN số 08F8018382": a certificate's number; a tax code has no letters inside
        return ""
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 12 and _OLD_INVESTMENT_CERTIFICATE.fullmatch(digits):
        return ""
    if len(digits) < 8 or len(digits) > 14 or len(set(digits)) == 1:
        return ""
    if len(digits) in (9, 11, 12) and digits[0] != "0":
        # Excel read the code as a number and dropped its leading zero (codes of Hà Nội, Hải Phòng, ... start 0;
        # a citizen's twelve-digit number always does).
        digits = "0" + digits
    if len(digits) == 13 and digits.endswith("000"):
        # "-000" is not a branch suffix; it is how some exports pad a parent code.
        return digits[:10]
    return digits


# Two numbers in one cell ("YN8832F / 4310932874": a social-insurance unit code and the tax code; "MST: … ; BHXH: …"),
# not a branch written with a slash ("3714839131/001").
_NUMBERS_APART = re.compile(r"\s+/\s+|\s*[;|]\s*")


def _one_code(parts: list[str]) -> str:
    """The tax code of a cell holding several numbers: the one part that reads as a code passing the check digit,
    when another part is labelled or lettered (an insurance or certificate number); else ``""``."""
    if not any(re.search(r"[^\W\d_]", p) for p in parts):
        return ""  # "0889 998 016; 028.6699.2146": phones, not codes
    codes = {c for c in (normalise_tax(p) for p in parts) if len(c) in (10, 13) and tax_check_ok(c[:10])}
    return next(iter(codes)) if len(codes) == 1 else ""


# The words of a label before a tax code ("MST:", "Mã số thuế", "Tax ID", "VAT", "MSDN", "CCCD số"); a cell labelled
# with none of them ("AUD-2019-1642", "Mã DA: …", "SUP-0412", "Lô CN 03") holds another number.
_TAX_LABEL_WORDS = frozenset(
    "mst msdn msthue thue tax tin vat dn doanh nghiep cccd cmnd cmt can cuoc dkkd gcndkkd dkdn gcndkdn gcn kkd mshkd "
    "ms id".split()
)
_PLAIN_LABEL_WORDS = frozenset("ma so no code number cty cong ty".split())
_LABEL = re.compile(r"^\s*([a-z][a-z .]*?)\s*[:#\-.]*\s*\(?\s*(?=\d)")


def _labelled_other(raw: str) -> bool:
    if not raw[:1].isalpha():  # most cells are digits: no folding on the hot path
        return False
    m = _LABEL.match(fold(raw))
    if not m:
        return False
    words = m.group(1).replace(".", "").split()  # Latin letters only: the pattern says so
    if any(w in _TAX_LABEL_WORDS for w in words):
        return False
    return not all(w in _PLAIN_LABEL_WORDS for w in words)


_NOT_TAX = re.compile(
    r"(?i)gcn\s*đk\s*đt|gcndkdt|đkđt|\bdkdt\b|\birc\b|đăng ký đầu tư|dang ky dau tu|investment (?:registration )?cert"
    r"|gcn\s*đt|\bgcndt\b|chứng nhận đầu tư|chung nhan dau tu|mã (?:số )?dự án|\bma (?:so )?du an\b|project (?:code|no)"
    r"|\bbhxh\b|bảo hiểm xã hội|mã đơn vị"
)
# A letter between digits: a certificate's or a licence's number ("08F8018382"), not a tax code.
_LETTER_INSIDE = re.compile(r"\d[^\W\d_]+\d")
# The twelve digits of an investment certificate issued before 2015 (Decree 108/2006): two for the province, one for
# the issuer (1 the People's Committee, 2 a park or economic-zone board), then the kind of project ("043": foreign
# investment with a new enterprise) and a serial: "472043000164". A branch code that lost its leading zero reads
# "0XXXXXXXXX" + "0NN", and a citizen's number starts with 0.
_OLD_INVESTMENT_CERTIFICATE = re.compile(r"\d\d[12]0[1-4][1-3]\d{6}")
_SCIENTIFIC = re.compile(r"(\d)(?:[.,](\d*))?\s*[eE]\s*\+?\s*(\d{1,2})")
_SHORT_BRANCH = re.compile(r"(?<!\d)(\d{9,10})\s*[-–]\s*(\d{1,2})\s*$")
_FLOAT_TAIL = re.compile(r"(?<=^\d{9})\.0+$|(?<=^\d{10})\.0+$|(?<=^\d{12})\.0+$|(?<=^\d{13})\.0+$")
_MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


SCI_DIGITS = 6  # significant digits Excel shows of a long number in a General cell ("4.00155E+09")


def _sci(mantissa: str, exponent: int) -> str:
    digits = mantissa.lstrip("0")
    if not digits:
        return ""
    exponent -= len(mantissa) - len(digits)
    if len(digits) > SCI_DIGITS:
        value = Decimal(digits[: SCI_DIGITS + 1]) / 10
        rounded = str(int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP)))
        if len(rounded) > SCI_DIGITS:  # 9.999995 → 10.0000: one more power of ten
            rounded, exponent = rounded[:SCI_DIGITS], exponent + 1
        digits = rounded
    digits = digits.rstrip("0") or "0"
    return f"{digits}e{exponent}"


def tax_sci(raw: str | None, tax: str = "") -> str:
    """The part of a tax code that survives Excel's scientific notation, as a key: ``"4.00155E+09"`` →
    ``"400155e9"``; a full code gives the key Excel would have shown (``"4001550878"`` → ``"400155e9"``,
    ``"0402808164"`` → ``"402808e8"``: the leading zero is lost first). ``tax`` is ``normalise_tax(raw)`` when known.
    ``""`` when the cell holds neither.

    >>> tax_sci("4.00155E+09"), tax_sci("", "4001550878"), tax_sci("4.02808E+08"), tax_sci("1.07261E+11")
    ('400155e9', '400155e9', '402808e8', '')
    """
    if tax:
        digits = tax.lstrip("0")
        return _sci(digits, len(digits) - 1) if digits and len(tax) == 10 else ""
    if not raw:
        return ""
    sci = _SCIENTIFIC.fullmatch(str(raw).strip())
    if not sci:
        return ""
    head, tail, exp = sci.group(1), sci.group(2) or "", int(sci.group(3))
    if exp not in (8, 9):
        # A branch's thirteen digits ("1.07261E+11") keep six of its parent's ten: every branch of the parent
        # would agree.
        return ""
    return _sci(head + tail, exp)


def tax_check_ok(tax: str) -> bool:
    """Whether the tenth digit of a tax code (mã số thuế) is the check digit of the first nine: 10 − (Σ wᵢ·dᵢ mod 11)
    with weights 31, 29, 23, 19, 17, 13, 7, 5, 3. It catches every one-digit slip and every swap of neighbours in
    the first ten digits, so two codes one digit apart that both pass differ in the branch suffix: two branches.

    >>> tax_check_ok("0100109106"), tax_check_ok("0100109107")
    (True, False)
    """
    if len(tax) < 10 or not tax[:10].isdigit():
        return False
    total = sum(w * int(d) for w, d in zip(_MST_WEIGHTS, tax, strict=False))
    return str(10 - total % 11) == tax[9]


def _one_digit_dropped(short: str, long: str) -> bool:
    return len(long) == len(short) + 1 and Levenshtein.distance(short, long, score_cutoff=1) == 1


# A code this many edits (Levenshtein) or more from another is not a slip of it: a different number.
OTHER_NUMBER_EDITS = 4


def other_number(x: str, y: str) -> bool:
    """Two tax cells' codes so far apart that, when one of them fails the check digit, it is another number (an
    investment certificate typed into the tax column), not this firm's code mistyped nor another firm's code."""
    return Levenshtein.distance(x, y) >= OTHER_NUMBER_EDITS


def tax_slip(x: str, y: str, edits: int = 1) -> bool:
    """``y`` reads as ``x`` mistyped: same length, at most ``edits`` slips (a swap of neighbours is one), and not
    both passing the check digit (two valid codes one digit apart are two branches, not a slip). Also one digit
    dropped or doubled ("461606223" for 4616062233: ``normalise_tax`` read nine digits as a lost leading zero
    and wrote "0461606223"; "46160622333")."""
    if len(x) == len(y):
        if OSA.distance(x, y) <= edits and not (tax_check_ok(x) and tax_check_ok(y)):
            return True
        return len(x) == 10 and (
            (x[0] == "0" and _one_digit_dropped(x[1:], y)) or (y[0] == "0" and _one_digit_dropped(y[1:], x))
        )
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if len(short) == 10 and len(long) == 12 and long[0] == "0":
        # eleven digits read as a citizen's number that lost its zero ("46160622333" → "046160622333"): a code
        # with one digit doubled
        return _one_digit_dropped(short, long[1:])
    return len(long) >= 10 and _one_digit_dropped(short, long)
