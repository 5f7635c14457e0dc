"""Where a record is, read from the parts of it that are not the park: the commune named in an address and the
province a landline's area code stands for.

Both feed ``Features`` (``commune``, ``province``): the commune code is the *current* (2025) one, so "P. Tân Tạo A"
written before the reform and "phường Tân Tạo" written after it agree; a landline's area code gives a province to
a record that has a phone but no address.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lienket.core.geo import normalise_address

__all__ = ["AREA_CODES", "area_province", "commune_code", "commune_named"]

# Landline area codes since Decision 2036/QĐ-BTTTT (2017) → the (pre-2025) province they were given to; national
# numbers without the leading 0 (old codes are mapped to these by ``phone._renumbered`` first).
AREA_CODES: dict[str, str] = {
    "24": "Hà Nội", "28": "Hồ Chí Minh", "203": "Quảng Ninh", "204": "Bắc Giang", "205": "Lạng Sơn",
    "206": "Cao Bằng", "207": "Tuyên Quang", "208": "Thái Nguyên", "209": "Bắc Kạn", "210": "Phú Thọ",
    "211": "Vĩnh Phúc", "212": "Sơn La", "213": "Lai Châu", "214": "Lào Cai", "215": "Điện Biên", "216": "Yên Bái",
    "218": "Hòa Bình", "219": "Hà Giang", "220": "Hải Dương", "221": "Hưng Yên", "222": "Bắc Ninh", "225": "Hải Phòng",
    "226": "Hà Nam", "227": "Thái Bình", "228": "Nam Định", "229": "Ninh Bình", "232": "Quảng Bình",
    "233": "Quảng Trị", "234": "Thừa Thiên Huế", "235": "Quảng Nam", "236": "Đà Nẵng", "237": "Thanh Hóa",
    "238": "Nghệ An", "239": "Hà Tĩnh", "251": "Đồng Nai", "252": "Bình Thuận", "254": "Bà Rịa - Vũng Tàu",
    "255": "Quảng Ngãi", "256": "Bình Định", "257": "Phú Yên", "258": "Khánh Hòa", "259": "Ninh Thuận",
    "260": "Kon Tum", "261": "Đắk Nông", "262": "Đắk Lắk", "263": "Lâm Đồng", "269": "Gia Lai", "270": "Vĩnh Long",
    "271": "Bình Phước", "272": "Long An", "273": "Tiền Giang", "274": "Bình Dương", "275": "Bến Tre",
    "276": "Tây Ninh", "277": "Đồng Tháp", "290": "Cà Mau", "291": "Bạc Liêu", "292": "Cần Thơ", "293": "Hậu Giang",
    "294": "Trà Vinh", "296": "An Giang", "297": "Kiên Giang", "299": "Sóc Trăng",
}  # fmt: skip


@lru_cache(maxsize=128)
def _province_code(name: str) -> str:
    return normalise_address("tỉnh " + name).province_code or ""


def area_province(national: str) -> str:
    """Current province code of a landline (national number without its 0: ``"2223812345"`` → Bắc Ninh), or ""
    for a mobile, a service number or an unknown code."""
    if len(national) != 10 or national[0] != "2":
        return ""
    name = AREA_CODES.get(national[:2]) or AREA_CODES.get(national[:3])
    return _province_code(name) if name else ""


# "xã Lâm Thao", "X. Lâm Thao", "P.Nếnh", "phường Tân Tạo A", "TT. Chờ", "đặc khu Vân Đồn" (an island special zone,
# a commune-level unit since 2025); English "Huong Lam Commune", "Cat Lai Ward". The name stops at a comma, a dash,
# a bracket or the next unit word (district, town, province).
_UNIT_AFTER = r"(?=\s*(?:[,;\-/()]|$)|\s+(?:huyen|h|quan|q|thi xa|tx|thanh pho|tp|tinh|t|district|province|city)\b\.?)"
_COMMUNE = re.compile(
    r"(?<![a-z0-9])(xa|phuong|thi tran|tt|dac khu|p|x|f)(?:\.\s*|\s+)(?!\d)([a-z0-9]+(?:\s+[a-z0-9]+){0,3}?)"
    + _UNIT_AFTER
)
_COMMUNE_EN = re.compile(r"(?:^|[,;\-]\s*)([a-z]+(?:\s+[a-z]+){0,3}?)\s+(ward|commune)\b")
# The unit word as written: a ward (phường) and a commune (xã) of one name in one province are told apart by it
# ("P. Tân Thịnh, Thái Nguyên" is the ward of Thái Nguyên city, "X. Tân Thịnh" the commune of Định Hóa).
_UNIT_WORD = {"xa": "xa", "x": "xa", "commune": "xa", "phuong": "phuong", "p": "phuong", "f": "phuong",
              "ward": "phuong", "thi tran": "thi tran", "tt": "thi tran", "dac khu": "dac khu"}  # fmt: skip
_DISTRICT = re.compile(
    r"(?<![a-z0-9])(?:huyen|h|quan|q|thi xa|tx|thanh pho|tp)(?:\.\s*|\s+)([a-z]+(?:\s+[a-z]+){0,3}?)" + _UNIT_AFTER
)
_DISTRICT_EN = re.compile(r"(?:^|[,;\-]\s*)([a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:district|town)\b")
_COUNTRY = frozenset({"viet nam", "vietnam", "vn"})


@lru_cache(maxsize=100_000)
def commune_named(commune: str, district: str, province: str, unit: str = "xa") -> str:
    """Current code of the commune ``commune`` (folded, without "xã") in the district and province written after it
    (either may be ""); ``unit`` (xa, phuong, thi tran, dac khu) is the kind of unit written before the name."""
    query = ", ".join(p for p in (f"{unit} {commune}", district, province) if p)
    return normalise_address(query).commune_code or ""


def commune_code(address: str) -> str:
    """Current (2025) code of the commune or ward an address names, or "". ``address`` is folded (lower case, no
    diacritics). Old names map to the commune that took them in ("phường Nếnh, thị xã Việt Yên, Bắc Giang" and
    "P. Nếnh, Bắc Ninh" agree); the district and province written after the name pick the right one of several
    namesakes."""
    m = _COMMUNE.search(address)
    if m:
        unit, commune = m.group(1), m.group(2)
    elif m := _COMMUNE_EN.search(address):
        commune, unit = m.group(1), m.group(2)
    else:
        return ""
    commune = " ".join(commune.split())
    rest = address[m.end() :]
    d = _DISTRICT.search(rest) or _DISTRICT_EN.search(rest)
    district = " ".join(d.group(1).split()) if d else ""
    parts = [p.strip(" .") for p in re.split(r"[,;\-]", rest)]
    parts = [p for p in parts if p and p not in _COUNTRY]
    province = parts[-1] if parts else ""
    return commune_named(commune, district, province, _UNIT_WORD[unit])
