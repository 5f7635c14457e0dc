"""Read endpoints for programmes, indicators and targets (mounted at /api/v1/programmes/).

The progress endpoint reads the same selector as the progress page, so both give the same actual and target
values (rounded to two decimals) for every indicator."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from lienket.web.programmes import models as m
from lienket.web.programmes import selectors

api_prefix = "programmes"
router = Router(tags=["programmes"])


class ProgrammeOut(Schema):
    code: str
    name: str
    legal_basis: str
    start_year: int
    end_year: int
    province_code: str | None
    targets: int


class IndicatorOut(Schema):
    code: str
    name_vi: str
    name_en: str
    unit: str
    method: str
    computation: str
    definition_vi: str
    definition_en: str


class TargetOut(Schema):
    programme: str
    indicator: str
    year: int
    value: float
    unit: str


class YearValue(Schema):
    year: int
    actual: float | None
    target: float | None


class AssessmentOut(Schema):
    target_year: int
    target_value: float
    latest_year: int | None
    latest_value: float | None
    linear_projection: float | None
    cagr_rate: float | None
    cagr_projection: float | None
    status: str


class IndicatorProgressOut(Schema):
    indicator: str
    unit: str
    method: str
    years: list[YearValue]
    assessments: list[AssessmentOut]


class ProgressOut(Schema):
    programme: ProgrammeOut
    scope: str
    indicators: list[IndicatorProgressOut]


def _programme(p: m.Programme, n_targets: int | None = None) -> dict:
    return {
        "code": p.code,
        "name": p.name,
        "legal_basis": p.legal_basis,
        "start_year": p.start_year,
        "end_year": p.end_year,
        "province_code": p.province.code if p.province_id else None,
        "targets": n_targets if n_targets is not None else p.targets.count(),
    }


def _r(v: float | None) -> float | None:
    return None if v is None else round(v, 2)


@router.get("/", response=list[ProgrammeOut], summary="Programmes (national and provincial)")
def list_programmes(request):
    return [_programme(p, p.n_targets) for p in selectors.programmes()]


@router.get("/indicators", response=list[IndicatorOut], summary="Indicator definitions")
def list_indicators(request):
    return list(selectors.indicators())


@router.get("/targets", response=list[TargetOut], summary="Targets of one indicator")
def list_targets(request, indicator: str, province: str | None = None):
    return [
        {"programme": p.code, "indicator": indicator, "year": y, "value": float(v), "unit": u}
        for p, y, v, u in selectors.targets(indicator, province)
    ]


@router.get("/{code}", response=ProgressOut, summary="A programme's progress: actuals, targets, projections")
def programme_progress(request, code: str):
    prog = get_object_or_404(m.Programme.objects.select_related("province"), code=code)
    p = selectors.programme_progress(prog)
    return {
        "programme": _programme(prog),
        "scope": p.scope,
        "indicators": [
            {
                "indicator": ip.indicator.code,
                "unit": ip.indicator.unit,
                "method": ip.indicator.method,
                "years": [{"year": y, "actual": a, "target": t} for y, a, t in ip.rows()],
                "assessments": [
                    {
                        "target_year": t.year,
                        "target_value": t.value,
                        "latest_year": t.assessment.latest.year if t.assessment.latest else None,
                        "latest_value": t.assessment.latest.value if t.assessment.latest else None,
                        "linear_projection": _r(t.assessment.linear),
                        "cagr_rate": None
                        if t.assessment.cagr_rate is None
                        else round(t.assessment.cagr_rate, 4),
                        "cagr_projection": _r(t.assessment.cagr),
                        "status": t.assessment.status.value,
                    }
                    for t in ip.targets
                ],
            }
            for ip in p.indicators
        ],
    }
