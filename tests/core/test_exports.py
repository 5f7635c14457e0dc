import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from lienket.core.exports import safe_cell, safe_row


def test_formula_prefixes_are_neutralised():
    for bad in ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\n=1"]:
        assert safe_cell(bad) == "'" + bad


def test_plain_values_pass_unchanged():
    for ok in ["Công ty TNHH", "a=b", "", None, -5, 3.5, Decimal("-1.2"), dt.date(2026, 1, 1), True]:
        assert safe_cell(ok) == ok


def test_safe_row():
    assert safe_row(["=1", 2, "x"]) == ["'=1", 2, "x"]


@given(st.text())
def test_no_output_starts_a_formula(text):
    out = safe_cell(text)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
