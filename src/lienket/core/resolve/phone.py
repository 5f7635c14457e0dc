"""Phone cells as written: every number of a cell in today's national numbering (``phones``, ``normalise_phone``;
numbers renumbered in 2017–2018 mapped), the kinds of number a cell gives (``phone_kinds``) and the province of a
landline's area code (``phone_province``).
"""

from __future__ import annotations

import re

from lienket.core.resolve.places import area_province

__all__ = ["normalise_phone", "phone_kinds", "phone_province", "phones"]


# Numbers renumbered in 2017–2018, still printed on old letterheads and in old lists (national number, no 0):
# eleven-digit mobiles 01xx → 0xx, and landline area codes (Decision 2036/QĐ-BTTTT, 2017). Only old codes that
# cannot be read as a current number are mapped (old 033 Quảng Ninh is also a mobile prefix today, so it is not).
_OLD_MOBILE = {
    "120": "70", "121": "79", "122": "77", "126": "76", "128": "78", "123": "83", "124": "84", "125": "85",
    "127": "81", "129": "82", "162": "32", "163": "33", "164": "34", "165": "35", "166": "36", "167": "37",
    "168": "38", "169": "39", "186": "56", "188": "58", "199": "59",
}  # fmt: skip
_OLD_AREA3 = {  # three-digit old codes + 7 digits (ten-digit national numbers)
    "240": "204", "241": "222", "280": "208", "281": "209", "230": "215", "231": "213", "320": "220",
    "321": "221", "350": "228", "351": "226", "500": "262", "501": "261", "510": "235", "511": "236",
    "650": "274", "651": "271", "710": "292", "711": "293", "780": "290", "781": "291",
}  # fmt: skip
_OLD_AREA2 = {  # two-digit old codes + 7 digits, or Hà Nội 4 + 8 digits (nine-digit national numbers)
    "20": "214", "22": "212", "25": "205", "26": "206", "27": "207", "29": "216", "30": "229", "31": "225",
    "53": "233", "54": "234", "57": "257", "60": "260", "61": "251", "62": "252", "63": "263", "64": "254",
    "66": "276", "67": "277", "68": "259", "72": "272", "73": "273", "74": "294", "75": "275",
}  # fmt: skip


def _renumbered(national: str) -> str:
    if len(national) == 10 and national[:3] in _OLD_MOBILE:
        return _OLD_MOBILE[national[:3]] + national[3:]
    if len(national) == 10 and national[:3] in _OLD_AREA3:
        return _OLD_AREA3[national[:3]] + national[3:]
    if len(national) == 9 and national[0] == "4":
        return "24" + national[1:]
    if len(national) == 9 and national[:2] in _OLD_AREA2:
        return _OLD_AREA2[national[:2]] + national[2:]
    return national


_PHONE_SPLIT = re.compile(
    r"[/;,|&]|\s[-–]\s|\b(?:ext|fax|máy lẻ|hotline|tel|đt|dđ|mobile|hoặc|hoac|or|và|va|and)\b", re.IGNORECASE
)


def _national(part: str) -> str:
    """The national number (no leading 0, current numbering) of one number as written."""
    digits = re.sub(r"\D", "", part)
    if digits.startswith("0084"):
        digits = digits[4:]
    elif digits.startswith("84") and len(digits) >= 11:
        digits = digits[2:]
    return _renumbered(digits.lstrip("0"))


def _one_phone(part: str) -> str:
    digits = _national(part)
    if len(digits) < 8:
        return ""
    return digits[-9:]


def phone_province(raw: str | None) -> str:
    """Current province code of the first landline in a phone cell ("(0222) 3 812 345" → Bắc Ninh; old codes
    such as 0241 too), or "" when the cell has none (mobiles carry no place)."""
    if not raw:
        return ""
    for part in _PHONE_SPLIT.split(str(raw)):
        if found := area_province(_national(part)):
            return found
    return ""


def phone_kinds(raw: str | None) -> str:
    """Which kinds of number a phone cell gives: "L" (landlines: an area code, the firm's switchboard), "M"
    (mobiles and service numbers: often a person's), "LM" (both) or "". A landline and a mobile that differ say
    little against a match; two landlines that differ say much."""
    kinds = set()
    parts = _PHONE_SPLIT.split(str(raw or ""))
    for part in parts if any(len(_national(p)) >= 8 for p in parts) else [str(raw or "")]:
        digits = _national(part)  # "0222 - 3812345": one number split at its area code, as in ``phones``
        if len(digits) >= 8:
            kinds.add("L" if len(digits) == 10 and digits[0] == "2" else "M")
    return "".join(sorted(kinds))


def phones(raw: str | None) -> tuple[str, ...]:
    """Every number of a phone cell, normalised like ``normalise_phone``, in written order without repeats:
    ``"Tel: 0251 7333285 - Fax: 0251 7333286"`` and ``"0383.774.631 / 0983089618"`` give two."""
    if not raw:
        return ()
    out = [p for part in _PHONE_SPLIT.split(str(raw)) if (p := _one_phone(part))]
    if not out:  # "0222 - 3812345": one number split at its area code
        out = [p] if (p := _one_phone(str(raw))) else []
    return tuple(dict.fromkeys(out))


def normalise_phone(raw: str | None) -> str:
    """Last 9 digits of the national number: ``+84 208 5801 275``, ``0208.5801.275``, ``(0208) 5801275`` agree,
    and so do renumbered ones (``0280 3 801 275`` and ``0208 3 801 275``; ``0163 …`` and ``033 …``). The first
    number of a cell that lists several (``phones`` gives them all).

    >>> normalise_phone("+84 96 437 3295") == normalise_phone("0964373295")
    True
    """
    found = phones(raw)
    return found[0] if found else ""
