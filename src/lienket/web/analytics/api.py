"""Analytics endpoints (mounted at /api/v1/analytics/): localization and the investment promotion list are
public reads; running a disruption scenario needs an officer's token. Same selectors as the pages and the CLI."""

from __future__ import annotations

from ninja import Query, Router, Schema

from lienket.core.network import NetworkError, parse_stop_list
from lienket.web.api.errors import ApiError
from lienket.web.api.security import require_officer, token_auth

from . import selectors, services

api_prefix = "analytics"
router = Router(tags=["analytics"])


class LocalizationYear(Schema):
    year: int
    in_province: float
    in_vietnam: float
    total_value: float
    imported_value: float
    lines: int


class LocalizationOut(Schema):
    year: int | None
    province: str | None
    in_province: float
    in_vietnam: float
    total_value: float
    lines: int
    trend: list[LocalizationYear]


class GapOut(Schema):
    rank: int
    product: str
    name: str
    imported_value: float
    unmet_value: float
    buyers: int
    weight: float
    score: float
    zones: list[str]


class ScenarioIn(Schema):
    stop: str
    weeks: float
    year: int | None = None
    province: str | None = None


class ScenarioBuyer(Schema):
    id: str
    value_at_risk: float
    first_short_week: int | None


class ScenarioOut(Schema):
    value_at_risk: float
    localization_rate: float
    value_at_risk_per_week: float
    weekly: list[float]
    buyers: list[ScenarioBuyer]


def _province(province: str | None) -> str | None:
    try:
        from lienket.web import analytics_source

        return analytics_source.resolve_province(province)
    except NetworkError as exc:
        raise ApiError(400, str(exc)) from None


@router.get("/localization", response=LocalizationOut, summary="Localization rate (tỷ lệ nội địa hóa)")
def localization(
    request, year: int | None = None, province: str | None = None, sector: str | None = None,
    product: str | None = None,
):  # fmt: skip
    """In-province and in-Vietnam shares of buyers' input demand value; formulas in docs/analytics.md."""
    code = _province(province)
    year = year or (selectors.years() or [None])[-1]
    page = selectors.localization(year=year, province=code, sector=sector, product=product)
    r = page.result
    return {
        "year": year,
        "province": code,
        "in_province": r.in_province,
        "in_vietnam": r.in_vietnam,
        "total_value": r.total_value,
        "lines": r.lines,
        "trend": [
            {
                "year": y,
                "in_province": t.in_province,
                "in_vietnam": t.in_vietnam,
                "total_value": t.total_value,
                "imported_value": t.imported_value,
                "lines": t.lines,
            }
            for y, t in page.trend
        ],  # fmt: skip
    }


@router.get("/promotion", response=list[GapOut], summary="Investment promotion list (supply gaps)")
def promotion(request, year: int | None = None, province: str | None = None, limit: int = Query(50, le=200)):
    """Products with imported or unmet demand, ranked by value × strategic weight, with candidate zones."""
    items = selectors.promotion_list(year=year, province=_province(province), limit=limit)
    return [
        {"rank": i["rank"], "product": i["gap"].product, "name": i["name"], "imported_value": i["gap"].imported_value,
         "unmet_value": i["gap"].unmet_value, "buyers": i["gap"].buyers, "weight": i["gap"].weight,
         "score": i["gap"].score, "zones": [c["zone"].code for c in i["zones"]]}
        for i in items
    ]  # fmt: skip


@router.post(
    "/scenario", response=ScenarioOut, auth=token_auth, summary="Run a disruption scenario (officers)"
)
def run_scenario(request, body: ScenarioIn):
    """Stop the given countries for ``weeks``; same figures as ``lienket scenario --year --province``. Not saved."""
    require_officer(request.auth)
    codes, _warnings = parse_stop_list(body.stop)
    try:
        spec = services.build_spec(countries=codes, firms=[], zones=[], weeks=body.weeks)
    except services.AnalyticsError as exc:
        raise ApiError(400, str(exc)) from None
    _net, _res, payload = selectors.run_scenario(year=body.year, province=_province(body.province), spec=spec)
    return payload
