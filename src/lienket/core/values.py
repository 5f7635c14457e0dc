"""Parsers for values as Vietnamese officers write them in Excel and CSV files.

Every parser takes the raw cell (a string, a number, a date or ``None``) and returns a plain Python value, or
``None`` for an empty cell; a value that cannot be read raises :class:`ValueParseError` with a message an officer
understands (in Vietnamese, naming what was written). Pure standard library plus ``lienket.core``.

Conventions, decided once:

* Numbers: ``.`` followed by exactly three digits is a thousands separator (``1.860`` = 1860, the Vietnamese
  way); ``,`` is the decimal mark unless several commas group thousands (``1,860,240``) or a dot follows it
  (``1,860.24``). When both marks appear, the last one is the decimal mark. Spaces group thousands.
* Dates are day first (``20/06/2025``, ``20-6-2025``, ``20.06.2025``), or ISO (``2025-06-20``), or an Excel
  serial number (days since 1899-12-30).
* Phones become E.164 (``+84912345678``); a 9-digit number that lost its leading 0 in Excel is accepted.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from lienket.core import geo
from lienket.core.legacy_text import repair_vietnamese
from lienket.core.text import clean_tax_code, fold, is_valid_tax_code, normalize_space

__all__ = [
    "ValueParseError",
    "parse_area_ha",
    "parse_bool",
    "parse_countries",
    "parse_country",
    "parse_date",
    "parse_decimal",
    "parse_email",
    "parse_int",
    "parse_percent",
    "parse_phone",
    "parse_product",
    "parse_province",
    "parse_sectors",
    "parse_tax_code",
    "parse_text",
    "parse_url",
    "parse_year",
    "quick_fold",
]

_MARKS = re.compile(r"[\u0300-\u036f]")
_WS = re.compile(r"\s+")


def quick_fold(text: str | None) -> str:
    """``core.text.fold`` for Vietnamese and Latin text, several times faster (one regex instead of a Python
    loop per character): lower case, no diacritics, đ → d, spaces collapsed. Used on every cell of big files."""
    if not text:
        return ""
    if text.isascii():
        return _WS.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKC", text).replace("đ", "d").replace("Đ", "D")
    return _WS.sub(" ", _MARKS.sub("", unicodedata.normalize("NFD", text))).lower().strip()


class ValueParseError(ValueError):
    """A cell value that cannot be read; the message names what was written and what is expected."""


def _is_empty(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def parse_text(raw, max_length: int | None = None) -> str | None:
    """Text with whitespace collapsed, in composed Unicode (NFC); numbers from Excel come back without a trailing
    ``.0``. Text typed in the old TCVN3 (.VnTime) or VNI fonts, or UTF-8 read as Windows-1252, is read back as
    Unicode (``lienket.core.legacy_text``)."""
    if _is_empty(raw):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    s = normalize_space(unicodedata.normalize("NFC", repair_vietnamese(str(raw))))
    if max_length is not None and len(s) > max_length:
        raise ValueParseError(f"dài {len(s)} ký tự, tối đa {max_length}")
    return s


# ---------------------------------------------------------------- numbers

_NUM_CHARS = re.compile(r"^[+-]?[0-9.,]+$")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


def _number_string(s: str) -> str:
    """A written number → a string Decimal accepts; ValueParseError when it is not a number."""
    s = _SPACES.sub("", s)
    neg = False
    if s.startswith("(") and s.endswith(")"):  # accountants' negative
        neg, s = True, s[1:-1]
    if not s or not _NUM_CHARS.match(s):
        raise ValueParseError("không phải là số")
    sign = ""
    if s[0] in "+-":
        sign, s = ("-" if s[0] == "-" else ""), s[1:]
    if neg:
        sign = "-"
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        if s.count(dec) > 1:
            raise ValueParseError("có nhiều dấu thập phân")
        intpart, frac = s.split(dec)
        groups = intpart.split(thou)
        if any(len(g) != 3 for g in groups[1:]) or not groups[0]:
            raise ValueParseError("nhóm hàng nghìn không đúng")
        s = "".join(groups) + "." + frac
    elif dots > 1 or commas > 1:
        sep = "." if dots else ","
        groups = s.split(sep)
        if any(len(g) != 3 for g in groups[1:]) or not groups[0]:
            raise ValueParseError("nhóm hàng nghìn không đúng")
        s = "".join(groups)
    elif dots == 1:
        intpart, frac = s.split(".")
        # '1.860' is Vietnamese thousands; '0.860' and '1.86' are decimals.
        if len(frac) == 3 and intpart and intpart.lstrip("0"):
            s = intpart + frac
    elif commas == 1:
        s = s.replace(",", ".")
    if s.startswith(".") or s.endswith("."):
        s = s.strip(".") or "0"
    return sign + s


def parse_decimal(raw, *, minimum: Decimal | None = None, maximum: Decimal | None = None) -> Decimal | None:
    """A number written ``1.860,24``, ``1,860.24``, ``1 860,24``, ``1860.24`` or an Excel number → Decimal."""
    if _is_empty(raw):
        return None
    if isinstance(raw, bool):
        raise ValueParseError("không phải là số")
    if isinstance(raw, int):
        value = Decimal(raw)
    elif isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise ValueParseError("không phải là số")
        value = Decimal(
            repr(raw)
        )  # repr keeps Excel's shortest round-trip digits (0.1, not 0.1000000000000000055)
    elif isinstance(raw, Decimal):
        value = raw
    else:
        text = str(raw).strip()
        try:
            value = Decimal(_number_string(text))
        except (InvalidOperation, ValueParseError) as exc:
            raise ValueParseError(f"“{text}” không phải là số") from exc
    if minimum is not None and value < minimum:
        raise ValueParseError(f"{value} nhỏ hơn {minimum}")
    if maximum is not None and value > maximum:
        raise ValueParseError(f"{value} lớn hơn {maximum}")
    return value


def parse_int(raw, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    """A whole number (``1.200`` = 1200, ``775 người`` is refused: units belong in the header)."""
    value = parse_decimal(raw)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise ValueParseError(f"“{raw}” không phải là số nguyên")
    n = int(value)
    if minimum is not None and n < minimum:
        raise ValueParseError(f"{n} nhỏ hơn {minimum}")
    if maximum is not None and n > maximum:
        raise ValueParseError(f"{n} lớn hơn {maximum}")
    return n


def parse_year(raw) -> int | None:
    """A calendar year 1900–2100 (a date gives its year)."""
    if isinstance(raw, dt.date):
        return raw.year
    return parse_int(raw, minimum=1900, maximum=2100)


def parse_percent(raw) -> Decimal | None:
    """A percentage 0–100: ``45%``, ``45,5``; a spreadsheet fraction (``0.455`` formatted as %) is scaled by 100
    only when the cell is a number ≤ 1 and the text had no ``%`` — never guessed for text."""
    if _is_empty(raw):
        return None
    if isinstance(raw, str):
        text = raw.strip().rstrip("%").strip()
        value = parse_decimal(text)
    else:
        value = parse_decimal(raw)
        if value is not None and 0 < value <= 1 and isinstance(raw, float):
            value = value * 100  # Excel stores 45% as 0.45
    if value is None:
        return None
    if value < 0 or value > 100:
        raise ValueParseError(f"{value} ngoài khoảng 0–100 %")
    return value


_AREA_UNITS = {
    "ha": Decimal(1),
    "hecta": Decimal(1),
    "hec ta": Decimal(1),
    "hectare": Decimal(1),
    "hectares": Decimal(1),
    "m2": Decimal("0.0001"),
    "m²": Decimal("0.0001"),
    "met vuong": Decimal("0.0001"),
    "km2": Decimal(100),
    "km²": Decimal(100),
}
_AREA_RE = re.compile(r"^(.*?)(?:\s*(ha|hecta|hec ta|hectares?|m2|m²|met vuong|km2|km²))?$")


def parse_area_ha(raw, default_unit: str = "ha") -> Decimal | None:
    """An area in hectares: ``1.860,24 ha``, ``12.500 m²``, ``12500m2``, ``0,5 km2``; a bare number is in
    ``default_unit`` (the unit the column header names)."""
    if _is_empty(raw):
        return None
    unit = default_unit
    if isinstance(raw, str):
        text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", quick_fold(raw)).replace("²", "2")
        m = _AREA_RE.match(text)
        number, written = (m.group(1), m.group(2)) if m else (text, None)
        unit = written or default_unit
        value = parse_decimal(number)
        if value is None:
            raise ValueParseError(f"“{raw}”: thiếu số")
    else:
        value = parse_decimal(raw)
    factor = _AREA_UNITS.get(quick_fold(unit).replace("²", "2"))
    if factor is None:
        raise ValueParseError(f"đơn vị diện tích “{unit}” không rõ (dùng ha hoặc m²)")
    if value < 0:
        raise ValueParseError(f"diện tích âm ({raw})")
    if factor == 1:
        return value
    # format 'f' keeps 50 as 50, not 5E+1
    return Decimal(format((value * factor).normalize(), "f"))


# ---------------------------------------------------------------- dates

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")


def parse_date(raw) -> dt.date | None:
    """A date: ``20/06/2025``, ``20-6-2025``, ``20.06.2025``, ``ngày 20 tháng 6 năm 2025``, ISO ``2025-06-20``,
    an Excel date cell or an Excel serial number (45828 = 2025-06-20). Day first, always."""
    if _is_empty(raw):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if not 1 <= raw < 2958466:
            raise ValueParseError(f"số {raw} không phải là ngày Excel")
        return _EXCEL_EPOCH + dt.timedelta(days=int(raw))
    text = quick_fold(str(raw)).strip(" .")
    if text.isdigit() and 20000 <= int(text) < 80000:  # a serial that came through CSV as text
        return _EXCEL_EPOCH + dt.timedelta(days=int(text))
    for regex, order in ((_DMY, "dmy"), (_ISO, "ymd"), (_WORDS, "dmy")):
        m = regex.match(text)
        if not m:
            continue
        a, b, c = (int(x) for x in m.groups()[:3])
        d, mo, y = (a, b, c) if order == "dmy" else (c, b, a)
        if y < 100:
            y += 2000 if y < 70 else 1900
        try:
            return dt.date(y, mo, d)
        except ValueError:
            raise ValueParseError(f"“{raw}” không phải là ngày có thật (ngày/tháng/năm)") from None
    raise ValueParseError(f"“{raw}” không đọc được là ngày (dùng ngày/tháng/năm, ví dụ 20/06/2025)")


# ---------------------------------------------------------------- phones, codes, contacts

_PHONE_SPLIT = re.compile(r"\s*(?:[;/|]|,\s|\s-\s|\bhoac\b|\bor\b)\s*")


def parse_phone(raw) -> str | None:
    """A Vietnamese phone number in E.164: ``0912 345 678``, ``+84 912 345 678``, ``(+84) 222.3854.123``,
    ``84912345678``, or ``912345678`` (Excel dropped the 0). When several are written, the first is kept."""
    if _is_empty(raw):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip()
    first = _PHONE_SPLIT.split(quick_fold(text))[0]
    first = re.sub(r"\b(?:ext|máy lẻ|may le|ml|x)\.?\s*\d+$", "", first).strip()
    plus = first.lstrip("( ").startswith("+")
    digits = re.sub(r"\D", "", first)
    if plus or (digits.startswith("84") and len(digits) in (11, 12)):
        if not digits.startswith("84"):
            if plus and 8 <= len(digits) <= 15:
                return "+" + digits  # a foreign number: keep it as written
            raise ValueParseError(f"“{text}” không phải là số điện thoại")
        national = digits[2:].lstrip("0")
    elif digits.startswith("0"):
        national = digits[1:]
    elif len(digits) in (9, 10):
        national = digits
    else:
        raise ValueParseError(f"“{text}” không phải là số điện thoại Việt Nam")
    if not 9 <= len(national) <= 10:
        raise ValueParseError(f"“{text}”: số điện thoại Việt Nam cần 10 hoặc 11 chữ số (kể cả số 0 đầu)")
    return "+84" + national


def parse_tax_code(raw) -> str | None:
    """Mã số thuế: 10 digits, or ``NNNNNNNNNN-NNN`` for a branch; spaces and dots are dropped and a 9-digit
    number that lost its leading 0 in Excel is restored."""
    if _is_empty(raw):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int):
        raw = str(raw).zfill(10) if len(str(raw)) == 9 else str(raw)
    code = clean_tax_code(str(raw))
    if len(code) == 9 and code.isdigit():
        code = "0" + code
    if not is_valid_tax_code(code):
        raise ValueParseError(f"mã số thuế “{raw}” không hợp lệ (cần 10 chữ số, hoặc 10 chữ số-3 chữ số)")
    return code


_EMAIL_RE = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[a-z]{2,}$", re.I)


def parse_email(raw) -> str | None:
    """An e-mail address (the first when several are written), lower-cased."""
    if _is_empty(raw):
        return None
    first = re.split(r"[;,\s]+", str(raw).strip())[0].lower()
    if first.startswith("mailto:"):
        first = first[7:]
    if not _EMAIL_RE.match(first):
        raise ValueParseError(f"“{raw}” không phải là địa chỉ email")
    return first


def parse_url(raw) -> str | None:
    """A web address; ``www.x.vn`` becomes ``https://www.x.vn``."""
    if _is_empty(raw):
        return None
    s = str(raw).strip()
    if not re.match(r"^https?://", s, re.I):
        s = "https://" + s
    if not re.match(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$", s, re.I):
        raise ValueParseError(f"“{raw}” không phải là địa chỉ web")
    return s


# ---------------------------------------------------------------- yes / no

_TRUE = {"co", "x", "yes", "y", "true", "1", "dung", "phai", "v", "✓", "✔", "ok", "c"}
_FALSE = {"khong", "no", "n", "false", "0", "sai", "k", "ko", "-", "khong phai"}


def parse_bool(raw) -> bool | None:
    """Có / không, x, yes / no, true / false, 1 / 0, đúng / sai, ✓."""
    if _is_empty(raw):
        return None
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float):
        if raw in (0, 1):
            return bool(raw)
        raise ValueParseError(f"“{raw}”: cần có / không")
    key = quick_fold(str(raw)).strip(" .")
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueParseError(f"“{raw}”: cần có / không")


# ---------------------------------------------------------------- provinces, countries, taxonomy


@lru_cache(maxsize=4096)
def _province_code(text: str) -> str | None:
    p = geo.find_province(text)
    return p.code if p else None


def parse_province(raw) -> str | None:
    """The current (2025) province code for a name written old or new: ``Bắc Giang`` → ``24`` (Bắc Ninh),
    ``Hải Dương`` → ``31`` (Hải Phòng), ``TP. Hà Nội`` → ``01``; a two-digit code is accepted as is."""
    if _is_empty(raw):
        return None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        raw = str(int(raw)).zfill(2)
    text = str(raw).strip()
    if text.isdigit() and len(text) <= 2:
        p = geo.province(text)
        if p is None:
            raise ValueParseError(f"không có tỉnh / thành phố mã “{text}”")
        return p.code
    code = _province_code(text)
    if code is None:
        raise ValueParseError(f"không nhận ra tỉnh / thành phố “{text}”")
    return code


# ISO 3166-1 alpha-2 of the countries that invest in and trade with Vietnamese supporting industry, with the
# names officers write (Vietnamese, English, and the usual abbreviations).
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "VN": ("Việt Nam", "Vietnam", "Viet Nam", "VNM"),
    "KR": ("Hàn Quốc", "Korea", "South Korea", "Republic of Korea", "Đại Hàn", "KOR", "Nam Hàn"),
    "JP": ("Nhật Bản", "Nhật", "Japan", "JPN"),
    "CN": ("Trung Quốc", "China", "PRC", "CHN", "TQ"),
    "TW": ("Đài Loan", "Đài Loan (Trung Quốc)", "Taiwan", "Chinese Taipei", "TWN"),
    "HK": ("Hồng Kông", "Hong Kong", "Hồng Kông (Trung Quốc)", "HKG"),
    "SG": ("Singapore", "Xin-ga-po", "Xingapo", "SGP"),
    "US": ("Hoa Kỳ", "Mỹ", "United States", "USA", "U.S.A.", "United States of America"),
    "DE": ("Đức", "Germany", "Deutschland", "DEU"),
    "FR": ("Pháp", "France", "FRA"),
    "GB": ("Anh", "Vương quốc Anh", "United Kingdom", "UK", "Great Britain", "GBR"),
    "IT": ("Ý", "Italia", "Italy", "ITA"),
    "NL": ("Hà Lan", "Netherlands", "Holland", "NLD"),
    "CH": ("Thụy Sĩ", "Switzerland", "CHE"),
    "SE": ("Thụy Điển", "Sweden", "SWE"),
    "DK": ("Đan Mạch", "Denmark", "DNK"),
    "BE": ("Bỉ", "Belgium", "BEL"),
    "ES": ("Tây Ban Nha", "Spain", "ESP"),
    "AT": ("Áo", "Austria", "AUT"),
    "FI": ("Phần Lan", "Finland", "FIN"),
    "NO": ("Na Uy", "Norway", "NOR"),
    "PL": ("Ba Lan", "Poland", "POL"),
    "CZ": ("Séc", "Cộng hòa Séc", "Czech Republic", "Czechia", "CZE"),
    "RU": ("Nga", "Liên bang Nga", "Russia", "RUS"),
    "TH": ("Thái Lan", "Thailand", "THA"),
    "MY": ("Malaysia", "Ma-lai-xi-a", "MYS"),
    "ID": ("Indonesia", "In-đô-nê-xi-a", "IDN"),
    "PH": ("Philippines", "Phi-líp-pin", "PHL"),
    "KH": ("Campuchia", "Cambodia", "KHM"),
    "LA": ("Lào", "Laos", "Lao PDR", "LAO"),
    "MM": ("Myanmar", "Mi-an-ma", "MMR"),
    "IN": ("Ấn Độ", "India", "IND"),
    "AU": ("Úc", "Australia", "Ô-xtrây-li-a", "AUS"),
    "NZ": ("New Zealand", "Niu Di-lân", "NZL"),
    "CA": ("Canada", "Ca-na-đa", "CAN"),
    "IL": ("Israel", "Ixraen", "ISR"),
    "TR": ("Thổ Nhĩ Kỳ", "Turkey", "Türkiye", "TUR"),
    "AE": ("Các Tiểu vương quốc Ả Rập Thống nhất", "UAE", "United Arab Emirates", "ARE"),
    "SA": ("Ả Rập Xê Út", "Saudi Arabia", "SAU"),
    "BR": ("Brazil", "Bra-xin", "BRA"),
    "MX": ("Mexico", "Mê-hi-cô", "MEX"),
    "VG": ("Quần đảo Virgin thuộc Anh", "British Virgin Islands", "BVI", "VGB"),
    "KY": ("Quần đảo Cayman", "Cayman Islands", "CYM"),
    "SC": ("Seychelles", "SYC"),
    "WS": ("Samoa", "WSM"),
    "LU": ("Luxembourg", "Lúc-xăm-bua", "LUX"),
    "IE": ("Ireland", "Ai-len", "IRL"),
}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, names in _COUNTRIES.items():
        index[code.lower()] = code
        for n in names:
            index[re.sub(r"[^0-9a-z]", "", fold(n))] = code
    return index


def parse_country(raw) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name or code: ``Hàn Quốc`` / ``Korea`` / ``KOR`` / ``kr`` → ``KR``."""
    if _is_empty(raw):
        return None
    key = re.sub(r"[^0-9a-z]", "", quick_fold(str(raw)))
    code = _country_index().get(key)
    if code is None:
        raise ValueParseError(f"không nhận ra quốc gia “{str(raw).strip()}” (ghi tên hoặc mã ISO 2 chữ cái)")
    return code


_LIST_SPLIT = re.compile(r"\s*(?:[;,/|+\n]|\bvà\b|\band\b)\s*")


def parse_countries(raw) -> list[str] | None:
    """A list of countries separated by ``,`` ``;`` ``/`` or ``và`` → ISO2 codes, duplicates removed."""
    if _is_empty(raw):
        return None
    out: list[str] = []
    for part in _LIST_SPLIT.split(str(raw)):
        if part.strip():
            code = parse_country(part)
            if code not in out:
                out.append(code)
    return out or None


# Short sector words officers use besides the official names (folded).
_SECTOR_WORDS = {
    "TEX": ("det may", "det", "may mac", "may", "textile", "garment", "textile garment"),
    "LEA": ("da giay", "da", "giay", "leather", "footwear", "leather footwear"),
    "ELE": ("dien tu", "electronics", "electronic"),
    "AUT": ("o to", "oto", "automobile", "automotive", "auto", "xe hoi"),
    "MEC": ("co khi", "co khi che tao", "mechanical", "mechanical engineering", "mechanics"),
    "HTE": ("cong nghe cao", "high tech", "hightech", "cnht cong nghe cao", "high technology"),
}


@lru_cache(maxsize=2)
def _sector_index(version: str) -> dict[str, str]:
    from lienket.core.taxonomy import SECTOR_CODES, load_taxonomy

    index: dict[str, str] = {}
    for code in SECTOR_CODES:
        index[code.lower()] = code
        for w in _SECTOR_WORDS.get(code, ()):
            index[w] = code
    for s in load_taxonomy(version).sectors:
        index[fold(s.name_vi)] = s.code
        index[fold(s.name_en)] = s.code
    return index


def parse_sectors(raw, version: str = "2025") -> list[str] | None:
    """CNHT sector codes (TEX, LEA, ELE, AUT, MEC, HTE) from codes or names: ``Dệt may; Cơ khí`` → TEX, MEC."""
    if _is_empty(raw):
        return None
    index = _sector_index(version)
    out: list[str] = []
    for part in _LIST_SPLIT.split(str(raw)):
        key = quick_fold(part).strip(" .")
        if not key:
            continue
        code = index.get(key) or index.get(re.sub(r"^(?:nganh|linh vuc)\s+", "", key))
        if code is None:
            raise ValueParseError(
                f"không nhận ra ngành “{part.strip()}” (TEX, LEA, ELE, AUT, MEC, HTE hoặc tên)"
            )
        if code not in out:
            out.append(code)
    return out or None


@lru_cache(maxsize=2)
def _product_codes(version: str) -> frozenset[str]:
    from lienket.core.taxonomy import load_taxonomy

    return frozenset(p.code for p in load_taxonomy(version).products())


def parse_product(raw, version: str = "2025") -> str | None:
    """A CNHT product code from its code (``TEX-...``) or one of its names or synonyms in any language."""
    if _is_empty(raw):
        return None
    text = str(raw).strip()
    if text in _product_codes(version):
        return text
    upper = text.upper()
    if upper in _product_codes(version):
        return upper
    codes = _lexicon_cached(version).get(fold(text))
    if not codes:
        raise ValueParseError(f"không có sản phẩm “{text}” trong danh mục CNHT {version}")
    if len(codes) > 1:
        raise ValueParseError(f"“{text}” ứng với nhiều sản phẩm ({', '.join(codes)}): hãy ghi mã sản phẩm")
    return codes[0]


@lru_cache(maxsize=2)
def _lexicon_cached(version: str) -> dict[str, list[str]]:
    from lienket.core.taxonomy import lexicon

    return lexicon(version)


def parse_choice(raw, choices: dict[str, tuple[str, ...]], what: str) -> str | None:
    """One of ``choices`` (value → accepted folded words); the message lists what is accepted."""
    if _is_empty(raw):
        return None
    key = quick_fold(str(raw)).strip(" .")
    for value, words in choices.items():
        if key == value or key in words:
            return value
    accepted = ", ".join(words[0] if words else value for value, words in choices.items())
    raise ValueParseError(f"{what} “{str(raw).strip()}” không rõ (chấp nhận: {accepted})")
