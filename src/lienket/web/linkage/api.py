"""Linkage API (mounted at /api/v1/linkage/): public supplier search, free-text matching and the multilingual
product lookup; with a token, a demand's ranked candidates, a supplier's fitting demands, the introductions
pipeline (officers write) and the yearly pipeline KPIs (officers)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from django.db.models import Q
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from lienket.web.api.errors import ApiError, ErrorOut
from lienket.web.api.security import is_officer, require_officer, token_auth
from lienket.web.audit.models import AuditEntry
from lienket.web.linkage import selectors, services
from lienket.web.linkage.models import Introduction
from lienket.web.registry.models import Demand, Enterprise

api_prefix = "linkage"
router = Router(tags=["linkage"])
ERRORS = {code: ErrorOut for code in (400, 401, 403, 404, 409, 422, 429)}
Text = Annotated[str, Field(max_length=500)]
Stage = Literal["meeting", "sample", "contract", "dropped"]


class SearchParams(Schema):
    q: Text = ""
    sector: int | None = None
    product: Annotated[str, Field(max_length=40)] = ""
    certification: Annotated[str, Field(max_length=80)] = ""
    province: int | None = None
    zone: int | None = None
    ownership: Annotated[str, Field(max_length=10)] = ""
    min_capacity: Annotated[float, Field(ge=0, le=1e15)] | None = None
    limit: Annotated[int, Field(ge=1, le=200)] = 20


class MatchParams(Schema):
    text: Annotated[str, Field(min_length=1, max_length=500)]
    required_certifications: Annotated[str, Field(max_length=300)] = ""
    quantity: Annotated[float, Field(ge=0, le=1e15)] | None = None
    quantity_unit: Annotated[str, Field(max_length=40)] = ""
    province: int | None = None
    require_certs: bool = False
    same_province_only: bool = False
    limit: Annotated[int, Field(ge=1, le=100)] = 20


def _no_nul(*values: str) -> None:
    if any("\x00" in (v or "") for v in values):
        raise ApiError(422, "text must not contain NUL characters")


@router.get(
    "/search", summary="Search suppliers (any language, typos) with facets", response={200: dict, **ERRORS}
)
def search_suppliers(request: HttpRequest, params: Query[SearchParams]):
    _no_nul(params.q, params.product, params.certification, params.ownership)
    facets = selectors.Facets(
        sector=params.sector,
        product=params.product,
        certification=params.certification,
        province=params.province,
        zone=params.zone,
        ownership=params.ownership,
        min_capacity=params.min_capacity,
    )
    result = selectors.search(params.q, facets)  # total and facets over all hits (≤ SEARCH_LIMIT)
    fc = result.facet_counts
    return {
        "total": result.total,
        "results": [h.as_dict() for h in result.hits[: params.limit]],
        "facets": {
            "sector": [{"id": s[0], "name": s[1], "count": n} for s, n in fc["sector"]],
            "product": [{"code": p[0], "name": p[1], "count": n} for p, n in fc["product"]],
            "province": [{"id": p[0], "name": p[1], "count": n} for p, n in fc["province"]],
            "zone": [{"id": z[0], "name": z[1], "count": n} for z, n in fc["zone"]],
            "ownership": [{"value": o, "count": n} for o, n in fc["ownership"]],
        },
    }


@router.get(
    "/match", summary="Rank suppliers for free text + certificates + quantity", response={200: dict, **ERRORS}
)
def match_suppliers(request: HttpRequest, params: Query[MatchParams]):
    _no_nul(params.text, params.required_certifications, params.quantity_unit)
    req = selectors.MatchRequest(
        text=params.text,
        required_certifications=[c.strip() for c in params.required_certifications.split(",") if c.strip()],
        quantity=params.quantity,
        quantity_unit=params.quantity_unit,
        require_certs=params.require_certs,
        same_province_only=params.same_province_only,
    )
    if params.province:
        from lienket.web.registry.models import AdminUnit

        p = AdminUnit.objects.filter(pk=params.province).first()
        if p is None:
            raise ApiError(404, f"Unknown province id {params.province}.")
        req.province_id, req.lat, req.lon = p.pk, p.lat, p.lon
    return {"results": [h.as_dict() for h in selectors.match(req, top=params.limit)]}


@router.get(
    "/products", summary="Find taxonomy products in any language", response={200: list[dict], **ERRORS}
)
def find_products(request: HttpRequest, q: Annotated[str, Field(max_length=200)] = ""):
    _no_nul(q)
    return [
        {
            "code": p.code,
            "name_vi": p.name_vi,
            "name_en": p.name_en,
            "sector": p.sector.code,
            "hs": p.hs_codes,
        }
        for p in selectors.product_lookup(q, limit=30)
    ]


@router.get("/demands/{demand_id}/matches", auth=token_auth, response={200: dict, **ERRORS})
def demand_matches(
    request: HttpRequest,
    demand_id: int,
    require_certs: bool = False,
    same_province_only: bool = False,
    require_capacity: bool = False,
    limit: Annotated[int, Field(ge=1, le=100)] = 20,
):
    """Ranked candidates of a demand with reasons (officers; buyer users for their own demands)."""
    demand = selectors.demands_for_user(request.auth).filter(pk=demand_id).first()
    if demand is None:
        raise ApiError(404, "No such demand among those you may see.")
    req = selectors.request_for_demand(demand)
    req.require_certs, req.same_province_only, req.require_capacity = (
        require_certs,
        same_province_only,
        require_capacity,
    )
    return {"demand_id": demand.pk, "results": [h.as_dict() for h in selectors.match(req, top=limit)]}


@router.get("/opportunities", auth=token_auth, response={200: list[dict], **ERRORS})
def my_opportunities(request: HttpRequest):
    """Open demands that fit the offerings of the token user's enterprise."""
    ent = request.auth.enterprise
    if ent is None:
        raise ApiError(403, "Your account is not linked to an enterprise.")
    return [
        {
            "demand_id": d.pk,
            "title": d.title,
            "buyer": d.buyer.name_vi,
            "product": d.product.code,
            **h.as_dict(),
        }
        for d, h in selectors.opportunities_for_supplier(ent)
    ]


# --------------------------------------------------------------------------- pipeline


class IntroductionOut(Schema):
    id: int
    demand_id: int | None
    supplier_id: int
    supplier: str
    buyer_id: int
    buyer: str
    stage: str
    introduced_on: dt.date
    meeting_on: dt.date | None
    sample_on: dt.date | None
    contract_on: dt.date | None
    dropped_on: dt.date | None
    contract_value: str | None
    currency: str
    dropped_reason: str
    notes: str

    @staticmethod
    def from_obj(i: Introduction) -> dict:
        return {
            **{f: getattr(i, f) for f in ("id", "demand_id", "supplier_id", "buyer_id", "stage", "notes")},
            **{
                f: getattr(i, f)
                for f in ("introduced_on", "meeting_on", "sample_on", "contract_on", "dropped_on")
            },
            "supplier": i.supplier.name_vi,
            "buyer": i.buyer.name_vi,
            "contract_value": str(i.contract_value) if i.contract_value is not None else None,
            "currency": i.currency,
            "dropped_reason": i.dropped_reason,
        }


class IntroductionIn(Schema):
    supplier_id: int
    demand_id: int | None = None
    buyer_id: int | None = None
    introduced_on: dt.date | None = None
    notes: Annotated[str, Field(max_length=2000)] = ""


class StageIn(Schema):
    stage: Stage
    on: dt.date | None = None
    note: Annotated[str, Field(max_length=500)] = ""
    contract_value: Annotated[float, Field(ge=0, le=1e15)] | None = None
    currency: Literal["VND", "USD"] = "VND"
    exchange_rate: Annotated[float, Field(ge=0, le=1e9)] | None = None
    reason: Annotated[str, Field(max_length=300)] = ""


@router.get("/introductions", auth=token_auth, response={200: list[IntroductionOut], **ERRORS})
def list_introductions(
    request: HttpRequest, stage: str = "", year: Annotated[int, Field(ge=1990, le=2100)] | None = None
):
    """Officers see all; enterprise and buyer users those of their enterprise."""
    qs = selectors.introductions_for_user(request.auth)
    if stage:
        qs = qs.filter(stage=stage)
    if year:
        qs = qs.filter(Q(introduced_on__year=year) | Q(contract_on__year=year))
    return [IntroductionOut.from_obj(i) for i in qs[:500]]


@router.post("/introductions", auth=token_auth, response={201: IntroductionOut, **ERRORS})
def create_introduction(request: HttpRequest, payload: IntroductionIn):
    """Introduce a supplier to a buyer, for a demand (officers)."""
    require_officer(request.auth)
    supplier = get_object_or_404(Enterprise, pk=payload.supplier_id)
    demand = get_object_or_404(Demand, pk=payload.demand_id) if payload.demand_id else None
    buyer = get_object_or_404(Enterprise, pk=payload.buyer_id) if payload.buyer_id else None
    _no_nul(payload.notes)
    try:
        intro = services.introduce(
            request.auth, supplier=supplier, buyer=buyer, demand=demand, on=payload.introduced_on,
            notes=payload.notes, via=AuditEntry.Via.API,
        )  # fmt: skip
    except services.LinkageError as exc:
        raise ApiError(409, str(exc)) from None
    return 201, IntroductionOut.from_obj(intro)


@router.post(
    "/introductions/{introduction_id}/stage", auth=token_auth, response={200: IntroductionOut, **ERRORS}
)
def move_introduction_stage(request: HttpRequest, introduction_id: int, payload: StageIn):
    """Move an introduction to a later stage or drop it (officers)."""
    require_officer(request.auth)
    intro = get_object_or_404(Introduction, pk=introduction_id)
    _no_nul(payload.note, payload.reason)
    try:
        intro = services.move_stage(
            request.auth, intro, payload.stage, on=payload.on, note=payload.note,
            contract_value=payload.contract_value, currency=payload.currency,
            exchange_rate=payload.exchange_rate, reason=payload.reason, via=AuditEntry.Via.API,
        )  # fmt: skip
    except services.LinkageError as exc:
        raise ApiError(409, str(exc)) from None
    return IntroductionOut.from_obj(Introduction.objects.select_related("supplier", "buyer").get(pk=intro.pk))


@router.get("/kpis", auth=token_auth, response={200: dict, **ERRORS})
def pipeline_kpis(request: HttpRequest, year: Annotated[int, Field(ge=1990, le=2100)] | None = None):
    """Yearly introductions, meetings, contracts and contract value (VND), overall and by sector (officers)."""
    if not is_officer(request.auth):
        raise ApiError(403, "Only officers see pipeline KPIs.")
    return selectors.kpis(year or dt.date.today().year).as_dict()
