"""Parsers for values as officers write them (core.values)."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienket.core import values as V


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1.860,24", "1860.24"),
        ("1,860.24", "1860.24"),
        ("1 860,24", "1860.24"),
        ("1\u00a0860,24", "1860.24"),
        ("1860.24", "1860.24"),
        ("1.860", "1860"),
        ("0.860", "0.860"),
        ("1,5", "1.5"),
        ("1.234.567", "1234567"),
        ("1,234,567", "1234567"),
        ("(3,5)", "-3.5"),
        (12.5, "12.5"),
        (75, "75"),
    ],
)
def test_numbers_written_the_vietnamese_and_english_ways(raw, expected):
    assert V.parse_decimal(raw) == Decimal(expected)


@pytest.mark.parametrize("raw", ["abc", "1.2.3,4,5", "1,23,4", "12 ha"])
def test_not_a_number_names_what_was_written(raw):
    with pytest.raises(V.ValueParseError, match="không phải là số"):
        V.parse_decimal(raw)


@pytest.mark.parametrize(
    "raw, unit, ha",
    [
        ("1.860,24 ha", "ha", "1860.24"),
        ("12.500 m²", "ha", "1.25"),
        ("12500m2", "ha", "1.25"),
        ("0,5 km2", "ha", "50"),
        (12500, "m2", "1.25"),
        ("34", "ha", "34"),
        ("75 hecta", "ha", "75"),
    ],
)
def test_areas_become_hectares(raw, unit, ha):
    assert V.parse_area_ha(raw, unit) == Decimal(ha)


def test_negative_area_is_refused():
    with pytest.raises(V.ValueParseError):
        V.parse_area_ha("-3 ha")


@pytest.mark.parametrize(
    "raw",
    [
        "20/06/2025",
        "20-6-2025",
        "20.06.2025",
        "2025-06-20",
        45828,
        "45828",
        "ngày 20 tháng 6 năm 2025",
        dt.datetime(2025, 6, 20, 0, 0),
        "20/06/25",
    ],
)
def test_dates_day_first_iso_and_excel_serials(raw):
    assert V.parse_date(raw) == dt.date(2025, 6, 20)


@pytest.mark.parametrize("raw", ["31/02/2025", "2025/20/06x", "tháng sáu"])
def test_impossible_dates_are_refused(raw):
    with pytest.raises(V.ValueParseError):
        V.parse_date(raw)


@pytest.mark.parametrize(
    "raw, e164",
    [
        ("0912 345 678", "+84912345678"),
        ("+84 912 345 678", "+84912345678"),
        ("(+84) 222.3854.123", "+842223854123"),
        ("84912345678", "+84912345678"),
        (912345678, "+84912345678"),
        ("+84 (0) 912 345 678", "+84912345678"),
        ("0222 3854 123 / 0912 345 678", "+842223854123"),
    ],
)
def test_phones_become_e164(raw, e164):
    assert V.parse_phone(raw) == e164


@pytest.mark.parametrize("raw", ["12", "0912", "abc"])
def test_bad_phones_are_refused(raw):
    with pytest.raises(V.ValueParseError):
        V.parse_phone(raw)


@pytest.mark.parametrize(
    "raw, code",
    [
        ("0100 109 106", "0100109106"),
        (100109106, "0100109106"),
        (100109106.0, "0100109106"),
        ("0100109106 - 001", "0100109106-001"),
        ("0100.109.106", "0100109106"),
    ],
)
def test_tax_codes(raw, code):
    assert V.parse_tax_code(raw) == code


def test_short_tax_code_is_refused():
    with pytest.raises(V.ValueParseError, match="mã số thuế"):
        V.parse_tax_code("12345")


@pytest.mark.parametrize(
    "raw, code",
    [
        ("Bắc Giang", "24"),
        ("tỉnh Hải Dương", "31"),
        ("Bac Kan", "19"),
        ("TP. Hà Nội", "01"),
        ("Bắc Ninh", "24"),
        ("24", "24"),
    ],
)
def test_old_and_new_province_names(raw, code):
    assert V.parse_province(raw) == code


def test_unknown_province():
    with pytest.raises(V.ValueParseError, match="Atlantis"):
        V.parse_province("Atlantis")


@pytest.mark.parametrize(
    "raw, value",
    [
        ("có", True),
        ("X", True),
        ("yes", True),
        (1, True),
        ("không", False),
        ("No", False),
        ("0", False),
        ("sai", False),
    ],
)
def test_yes_no(raw, value):
    assert V.parse_bool(raw) is value


def test_countries_by_name_and_code():
    assert V.parse_countries("Hàn Quốc, Nhật Bản; USA / kr") == ["KR", "JP", "US"]
    assert V.parse_country("Đài Loan (Trung Quốc)") == "TW"
    with pytest.raises(V.ValueParseError):
        V.parse_country("Wakanda")


def test_sectors_and_products_by_name():
    assert V.parse_sectors("Dệt may; Cơ khí, điện tử") == ["TEX", "MEC", "ELE"]
    from lienket.core.taxonomy import load_taxonomy

    p = load_taxonomy("2025").products()[0]
    assert V.parse_product(p.name_vi) == p.code
    assert V.parse_product(p.code.lower()) == p.code
    with pytest.raises(V.ValueParseError):
        V.parse_product("bánh mì kẹp")


def test_email_and_url():
    assert V.parse_email("Info@Example.VN; sales@example.vn") == "info@example.vn"
    assert V.parse_url("www.example.vn") == "https://www.example.vn"
    with pytest.raises(V.ValueParseError):
        V.parse_email("not an address")


# ---- properties


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_property_vietnamese_format_round_trips(d):
    intpart, frac = f"{d:.2f}".split(".")
    groups = []
    while intpart:
        groups.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    vn = ".".join(groups) + "," + frac
    en = ",".join(groups) + "." + frac
    assert V.parse_decimal(vn) == d
    assert V.parse_decimal(en) == d
    assert V.parse_decimal(" ".join(groups) + "," + frac) == d


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_property_dates_in_every_written_form(d):
    for text in (f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}-{d.month}-{d.year}", d.isoformat()):
        assert V.parse_date(text) == d
    assert V.parse_date((d - dt.date(1899, 12, 30)).days) == d


@given(st.sampled_from(["3", "5", "7", "8", "9"]), st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_property_mobile_numbers_in_any_format(prefix, rest):
    national = prefix + rest
    e164 = "+84" + national
    spaced = f"0{national[:3]} {national[3:6]} {national[6:]}"
    for written in (
        "0" + national,
        "+84 " + national,
        spaced,
        "84" + national,
        f"(+84) {national[:3]}.{national[3:]}",
    ):
        assert V.parse_phone(written) == e164


@given(st.text(max_size=30))
def test_property_parsers_raise_only_their_own_error(text):
    for fn in (
        V.parse_decimal,
        V.parse_date,
        V.parse_phone,
        V.parse_tax_code,
        V.parse_bool,
        V.parse_area_ha,
        V.parse_province,
        V.parse_countries,
    ):
        try:
            fn(text)
        except V.ValueParseError:
            pass
