"""Pure indicator logic: projections, the on-track rule, registry computations on plain data."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienket.core import indicators as ind
from lienket.core.indicators import Point, Status


def test_linear_projection_of_a_straight_line_is_exact():
    pts = [Point(2021, 10), Point(2022, 12), Point(2023, 14)]
    assert ind.linear_projection(pts, 2025) == pytest.approx(18)


def test_linear_projection_needs_two_points():
    assert ind.linear_projection([Point(2024, 5)], 2025) is None


def test_cagr_of_doubling_over_two_years():
    rate, value = ind.cagr_projection([Point(2020, 100), Point(2022, 200)], 2024)
    assert rate == pytest.approx(2**0.5 - 1)
    assert value == pytest.approx(400)


def test_cagr_undefined_from_zero():
    assert ind.cagr_rate(Point(2020, 0), Point(2022, 5)) is None


def test_duplicate_year_is_an_error_naming_the_year():
    with pytest.raises(ind.IndicatorError, match="2022"):
        ind.linear_projection([Point(2022, 1), Point(2022, 2)], 2025)


def test_quang_ninh_style_target_on_track_and_at_risk():
    rising = [Point(2021, 30), Point(2022, 34), Point(2023, 38)]
    assert ind.assess(rising, 2025, 45).status is Status.ON_TRACK
    flat = [Point(2021, 30), Point(2022, 31), Point(2023, 31.5)]
    a = ind.assess(flat, 2025, 50)
    assert a.status is Status.AT_RISK and a.linear < 50


def test_already_met_and_target_year_passed():
    assert ind.assess([Point(2022, 60)], 2025, 50).status is Status.ACHIEVED
    assert ind.assess([Point(2024, 10), Point(2025, 40)], 2025, 50).status is Status.AT_RISK
    assert ind.assess([Point(2024, 10), Point(2025, 55)], 2025, 50).status is Status.ACHIEVED


def test_no_data_and_as_of_year():
    assert ind.assess([], 2025, 1).status is Status.NO_DATA
    assert ind.assess([Point(2023, 1)], 2025, 5).status is Status.NO_DATA
    pts = [Point(2022, 1), Point(2023, 2), Point(2026, 100)]
    assert ind.assess(pts, 2025, 50, as_of_year=2023).status is Status.AT_RISK


def test_lower_is_better():
    pts = [Point(2021, 80), Point(2022, 70), Point(2023, 60)]
    assert ind.assess(pts, 2025, 45, higher_is_better=False).status is Status.ON_TRACK


def test_localization_rate_weights_by_value_and_filters_sector():
    lines = [
        ind.DemandLine(100, {"in_province": 0.5, "import": 0.5}, "TEX"),
        ind.DemandLine(300, {"domestic": 1.0}, "ELE"),
        ind.DemandLine(0, {"in_province": 1.0}, "ELE"),
    ]
    assert ind.localization_rate(lines) == pytest.approx(12.5)
    assert ind.localization_rate(lines, ("in_province", "domestic")) == pytest.approx(87.5)
    assert ind.localization_rate(lines, sector="TEX") == pytest.approx(50)
    assert ind.localization_rate([]) is None


def test_localization_rejects_shares_above_one():
    with pytest.raises(ind.IndicatorError, match="line 0"):
        ind.localization_rate([ind.DemandLine(10, {"import": 0.8, "domestic": 0.5})])


def test_cnht_share_of_output_ignores_non_manufacturing_and_missing_revenue():
    rows = [ind.FirmYear(100, 20), ind.FirmYear(None, 50), ind.FirmYear(100, 100, manufacturing=False)]
    assert ind.cnht_share_of_output(rows) == pytest.approx(20)


def test_verified_within_and_growth():
    at = dt.date(2025, 12, 31)
    assert ind.verified_within([dt.date(2025, 6, 1), dt.date(2020, 1, 1), None], at, 365) == (1, 3)
    g = ind.growth_series([Point(2021, 100), Point(2022, 110), Point(2024, 130)])
    assert g == [Point(2022, pytest.approx(10.0))]


def test_readiness_score_and_bounds():
    assert ind.readiness_score({"quality": 4, "cost": 2, "delivery": None}) == 3
    with pytest.raises(ind.IndicatorError, match="quality=6"):
        ind.readiness_score({"quality": 6})


def test_circular_14_periods():
    assert ind.reporting_deadline(2025, "H1") == (
        dt.date(2024, 12, 15),
        dt.date(2025, 6, 14),
        dt.date(2025, 6, 20),
    )
    assert ind.reporting_deadline(2025, "FY")[2] == dt.date(2025, 12, 20)
    with pytest.raises(ind.IndicatorError):
        ind.reporting_deadline(2025, "Q3")


@given(st.floats(0.1, 1e6), st.floats(-1e3, 1e3), st.integers(2000, 2020))
def test_linear_projection_recovers_any_line(a, b, y0):
    pts = [Point(y0 + i, a + b * i) for i in range(4)]
    assert ind.linear_projection(pts, y0 + 10) == pytest.approx(a + b * 10, rel=1e-6, abs=1e-6)
