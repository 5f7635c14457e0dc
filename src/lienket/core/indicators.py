"""Programme indicators: projections to a target year (linear and CAGR), the on-track / at-risk rule, and the
registry computations behind the computed indicators, all on plain data (no Django).

The web layer reads the database into the small dataclasses below and calls these functions, so the progress
page, the API and the annual report compute every figure the same way.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class IndicatorError(ValueError):
    """Bad indicator input (a year twice, a negative share, ...); the message names the offending value."""


@dataclass(frozen=True)
class Point:
    """One observed value of an indicator in one year."""

    year: int
    value: float


class Status(StrEnum):
    """Verdict on a target: reached, on track, at risk, or not enough data to say."""

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class Assessment:
    """Where an indicator stands against one target: the latest actual, both projections, and the verdict."""

    target_year: int
    target_value: float
    latest: Point | None
    linear: float | None
    cagr_rate: float | None  # compound annual growth rate as a fraction (0.08 = +8 %/year)
    cagr: float | None
    status: Status
    reason: str = ""


def _sorted_points(points: Iterable[Point]) -> list[Point]:
    pts = sorted(points, key=lambda p: p.year)
    seen: set[int] = set()
    for p in pts:
        if p.year in seen:
            raise IndicatorError(f"year {p.year} appears twice in the series")
        if p.value is None or (isinstance(p.value, float) and math.isnan(p.value)):
            raise IndicatorError(f"year {p.year}: value missing")
        seen.add(p.year)
    return pts


def linear_projection(points: Iterable[Point], year: int) -> float | None:
    """Least-squares straight line through the points, read at ``year``; None with fewer than two points."""
    pts = _sorted_points(points)
    if len(pts) < 2:
        return None
    n = len(pts)
    mx = sum(p.year for p in pts) / n
    my = sum(p.value for p in pts) / n
    sxx = sum((p.year - mx) ** 2 for p in pts)
    sxy = sum((p.year - mx) * (p.value - my) for p in pts)
    slope = sxy / sxx
    return my + slope * (year - mx)


def cagr_rate(first: Point, last: Point) -> float | None:
    """Compound annual growth rate between two points; None when undefined (non-positive start or end, same year)."""
    if last.year <= first.year or first.value <= 0 or last.value <= 0:
        return None
    return (last.value / first.value) ** (1.0 / (last.year - first.year)) - 1.0


def cagr_projection(points: Iterable[Point], year: int) -> tuple[float | None, float | None]:
    """(rate, projected value at ``year``) growing the latest value at the first-to-last CAGR; Nones if undefined."""
    pts = _sorted_points(points)
    if len(pts) < 2:
        return None, None
    rate = cagr_rate(pts[0], pts[-1])
    if rate is None:
        return None, None
    return rate, pts[-1].value * (1.0 + rate) ** (year - pts[-1].year)


def assess(
    points: Iterable[Point],
    target_year: int,
    target_value: float,
    *,
    higher_is_better: bool = True,
    as_of_year: int | None = None,
) -> Assessment:
    """Judge one target from the actuals.

    Rule (documented in docs/programmes.md): an actual in or after the target year decides alone (achieved or
    at risk, since the year is over); otherwise the target is *achieved* if the latest actual already meets it,
    *on track* if the linear projection to the target year meets it, and *at risk* if it does not. CAGR is shown
    beside it but does not decide, because a few noisy early years make compound growth swing widely. With no
    actual, or a single one that does not yet meet the target, the verdict is *no data*.
    """
    pts = _sorted_points(points)
    if as_of_year is not None:
        pts = [p for p in pts if p.year <= as_of_year]

    def meets(value: float) -> bool:
        return value >= target_value if higher_is_better else value <= target_value

    if not pts:
        return Assessment(target_year, target_value, None, None, None, None, Status.NO_DATA, "no actual")
    latest = pts[-1]
    linear = linear_projection(pts, target_year)
    rate, cagr = cagr_projection(pts, target_year)
    if latest.year >= target_year:
        at_target = next((p for p in pts if p.year == target_year), latest)
        status = Status.ACHIEVED if meets(at_target.value) else Status.AT_RISK
        return Assessment(
            target_year, target_value, latest, linear, rate, cagr, status, "target year reached"
        )
    if meets(latest.value):
        return Assessment(
            target_year, target_value, latest, linear, rate, cagr, Status.ACHIEVED, "already met"
        )
    if linear is None:
        return Assessment(
            target_year, target_value, latest, None, rate, cagr, Status.NO_DATA, "one actual only"
        )
    status = Status.ON_TRACK if meets(linear) else Status.AT_RISK
    return Assessment(target_year, target_value, latest, linear, rate, cagr, status, "linear projection")


# --------------------------------------------------------------------------- registry computations


@dataclass(frozen=True)
class DemandLine:
    """A buyer's yearly demand for one product: value in VND and where it is sourced today (shares by kind)."""

    value_vnd: float
    shares: dict[str, float] = field(
        default_factory=dict
    )  # kind ("import", "domestic", "in_province") → 0..1
    sector: str = ""


def localization_rate(
    lines: Iterable[DemandLine], kinds: Sequence[str] = ("in_province",), sector: str | None = None
) -> float | None:
    """Share (%) of demand value sourced from ``kinds``, weighted by value; None when no valued demand.

    Lines without a value count for nothing (their weight is unknown); shares above 1 in total are an error.
    """
    total = 0.0
    local = 0.0
    for i, line in enumerate(lines):
        if sector and line.sector != sector:
            continue
        if not line.value_vnd or line.value_vnd <= 0:
            continue
        s = sum(line.shares.values())
        if s > 1.0001 or any(v < 0 for v in line.shares.values()):
            raise IndicatorError(
                f"demand line {i}: source shares sum to {s:.4f} (must be 0..1, none negative)"
            )
        total += line.value_vnd
        local += line.value_vnd * sum(line.shares.get(k, 0.0) for k in kinds)
    if total == 0:
        return None
    return local / total * 100.0


@dataclass(frozen=True)
class FirmYear:
    """One enterprise's figures for a year (VND): revenue and supporting-industry output."""

    revenue_vnd: float | None
    cnht_output_vnd: float | None
    manufacturing: bool = True


def cnht_share_of_output(rows: Iterable[FirmYear]) -> float | None:
    """CNHT output ÷ revenue of manufacturing firms, in %; firms missing revenue are left out of both sums."""
    num = den = 0.0
    for r in rows:
        if not r.manufacturing or r.revenue_vnd is None or r.revenue_vnd <= 0:
            continue
        den += r.revenue_vnd
        num += r.cnht_output_vnd or 0.0
    return None if den == 0 else num / den * 100.0


def share_pct(part: int | float, whole: int | float) -> float | None:
    """``part`` ÷ ``whole`` in % (None for an empty whole)."""
    if not whole:
        return None
    if part < 0 or whole < 0:
        raise IndicatorError(f"share of negative numbers: {part} / {whole}")
    return part / whole * 100.0


def verified_within(verified_on: Iterable[dt.date | None], at: dt.date, days: int) -> tuple[int, int]:
    """(records verified in the ``days`` before ``at``, all records): the 'share of verified records' inputs."""
    n = ok = 0
    for d in verified_on:
        n += 1
        if d is not None and d <= at and (at - d).days <= days:
            ok += 1
    return ok, n


def growth_series(points: Iterable[Point]) -> list[Point]:
    """Year-on-year growth (%) of consecutive years of a series (gaps are skipped, not interpolated)."""
    pts = _sorted_points(points)
    out = []
    for a, b in zip(pts, pts[1:], strict=False):
        if b.year == a.year + 1 and a.value > 0:
            out.append(Point(b.year, (b.value / a.value - 1.0) * 100.0))
    return out


def readiness_score(scores: dict[str, int | None], weights: dict[str, float] | None = None) -> float | None:
    """Weighted mean (0–5) of the readiness dimensions that were scored; None when none was."""
    num = den = 0.0
    for key, value in scores.items():
        if value is None:
            continue
        if not 0 <= value <= 5:
            raise IndicatorError(f"readiness score {key}={value} outside 0..5")
        w = (weights or {}).get(key, 1.0)
        num += w * value
        den += w
    return None if den == 0 else num / den


def reporting_deadline(year: int, period: str) -> tuple[dt.date, dt.date, dt.date]:
    """Circular 14/2024 periods: (start, end, filing deadline) for ``period`` "H1" (15 Dec–14 Jun, due 20 Jun)
    or "FY" (15 Dec–14 Dec, due 20 Dec)."""
    start = dt.date(year - 1, 12, 15)
    if period == "H1":
        return start, dt.date(year, 6, 14), dt.date(year, 6, 20)
    if period == "FY":
        return start, dt.date(year, 12, 14), dt.date(year, 12, 20)
    raise IndicatorError(f"period {period!r}: expected 'H1' or 'FY'")
