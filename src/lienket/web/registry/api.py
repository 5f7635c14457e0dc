"""The registry's REST router, mounted at /api/v1/: public reads (paginated, filterable, stable order) of zones,
enterprises, the CNHT taxonomy, offerings and open demands; token-authenticated writes by role.

What the public sees: business records and the enterprise's business contacts (company phone, e-mail, website:
published to be found by buyers). Never exposed: named contact persons (``contact_person``, ``contact_name``),
user accounts, who verified or deleted a record, and a demand's current sources (commercially sensitive).
Soft-deleted records and enterprises merged into another are invisible.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema, Status
from pydantic import AfterValidator, create_model

from lienket.web.api import services as api_services
from lienket.web.api.errors import ApiError, ErrorOut
from lienket.web.api.filters import apply_filters, pk_in
from lienket.web.api.pagination import PageParams, page_schema, paginate
from lienket.web.api.security import is_officer, require_enterprise_member, require_officer, token_auth

from . import models as m
from . import services as registry_services
from .selectors import search_words

api_prefix = ""
router = Router(tags=["registry"])

MAX_ID = 2**63 - 1
MAX_INT = 2**31 - 1
ERRORS = {code: ErrorOut for code in (400, 401, 403, 404, 409, 422, 429, 500)}
READ_ERRORS = {code: ErrorOut for code in (404, 422, 429, 500)}


def _no_nul(value):
    # PostgreSQL text cannot hold NUL: refuse it at the edge (422), not in the database (500).
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    if isinstance(value, dict):
        for k, v in value.items():
            _no_nul(k)
            _no_nul(v)
    if isinstance(value, list):
        for v in value:
            _no_nul(v)
    return value


def Text(max_length: int, min_length: int = 0):  # noqa: N802 - a type factory
    return Annotated[str, Field(max_length=max_length, min_length=min_length), AfterValidator(_no_nul)]


Code = Text(40)
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Count = Annotated[int, Field(ge=0, le=MAX_INT)]
Year = Annotated[int, Field(ge=1900, le=2100)]
Num = Annotated[float, Field(ge=0, le=1e15, allow_inf_nan=False)]
Json = Annotated[Any, AfterValidator(_no_nul)]


def _num(value) -> float | None:
    return None if value is None else float(value)


# --------------------------------------------------------------------------- read schemas


class SectorOut(Schema):
    code: str
    name_vi: str
    name_en: str


class TaxonomyVersionOut(Schema):
    code: str
    title_vi: str
    title_en: str
    in_force: dt.date | None
    is_current: bool


class ProductOut(Schema):
    id: int
    code: str
    version: str = Field(alias="version.code")
    sector: str = Field(alias="sector.code")
    group_code: str = Field(alias="group.code")
    group_name_vi: str = Field(alias="group.name_vi")
    name_vi: str
    name_en: str
    names: dict
    synonyms: dict
    hs_codes: list


class Provenance(Schema):
    source: str
    is_synthetic: bool
    verified_on: dt.date | None
    updated_at: dt.datetime
    row_version: int


class ZoneOut(Provenance):
    id: int
    code: str
    name_vi: str
    name_en: str
    kind: str
    status: str
    province_code: str = Field(alias="province.code")
    province_name: str = Field(alias="province.name")
    commune_code: str | None = None
    commune_name: str | None = None
    location_as_written: str
    planned_area_ha: float | None
    established_area_ha: float | None
    industrial_land_ha: float | None
    leased_land_ha: float | None
    clean_land_ha: float | None
    occupancy_pct: float | None
    infrastructure_investor: str
    decision_number: str
    decision_date: dt.date | None
    priority_sectors: list[str]
    priority_note: str
    lease_price_min: float | None
    lease_price_max: float | None
    lease_price_unit: str
    lat: float | None
    lon: float | None
    has_boundary: bool
    contact_phone: str
    contact_email: str
    website: str
    description_vi: str
    description_en: str

    @staticmethod
    def resolve_commune_code(obj):
        return obj.commune.code if obj.commune_id else None

    @staticmethod
    def resolve_commune_name(obj):
        return obj.commune.name if obj.commune_id else None

    @staticmethod
    def resolve_priority_sectors(obj):
        return [s.code for s in obj.priority_sectors.all()]

    @staticmethod
    def resolve_has_boundary(obj):
        return obj.boundary is not None

    @staticmethod
    def resolve_occupancy_pct(obj):
        return _num(obj.occupancy_pct)


class ZoneDetailOut(ZoneOut):
    boundary: dict | None


class CertificationOut(Schema):
    standard: str
    certificate_no: str
    issuer: str
    valid_from: dt.date | None
    valid_until: dt.date | None


class EnterpriseOut(Provenance):
    id: int
    tax_code: str | None
    name_vi: str
    name_en: str
    name_other: str
    legal_form: str
    ownership: str
    investor_countries: list[str]
    is_supplier: bool
    is_buyer: bool
    is_cnht: bool
    sectors: list[str]
    zone_id: int | None
    zone_code: str | None = None
    province_code: str | None = None
    commune_code: str | None = None
    address_raw: str
    founded_year: int | None
    website: str
    email: str
    phone: str
    description_vi: str
    description_en: str
    certifications: list[CertificationOut]

    @staticmethod
    def resolve_sectors(obj):
        return [s.code for s in obj.sectors.all()]

    @staticmethod
    def resolve_zone_code(obj):
        return obj.zone.code if obj.zone_id else None

    @staticmethod
    def resolve_province_code(obj):
        return obj.province.code if obj.province_id else None

    @staticmethod
    def resolve_commune_code(obj):
        return obj.commune.code if obj.commune_id else None

    @staticmethod
    def resolve_certifications(obj):
        return list(obj.certifications.all())


class OfferingOut(Provenance):
    id: int
    enterprise_id: int
    enterprise_name: str = Field(alias="enterprise.name_vi")
    product_id: int
    product_code: str = Field(alias="product.code")
    product_name_vi: str = Field(alias="product.name_vi")
    sector: str = Field(alias="product.sector.code")
    description: str
    capacity: float | None
    capacity_unit: str
    moq: float | None
    lead_time_days: int | None
    export_share: float | None


class DemandOut(Provenance):
    id: int
    buyer_id: int
    buyer_name: str = Field(alias="buyer.name_vi")
    product_id: int
    product_code: str = Field(alias="product.code")
    product_name_vi: str = Field(alias="product.name_vi")
    sector: str = Field(alias="product.sector.code")
    title: str
    specification: str
    year: int
    annual_quantity: float | None
    quantity_unit: str
    annual_value: float | None
    currency: str
    required_certifications: list[str]
    target_date: dt.date | None
    status: str


SectorPage = page_schema(SectorOut)
ProductPage = page_schema(ProductOut)
ZonePage = page_schema(ZoneOut)
EnterprisePage = page_schema(EnterpriseOut)
OfferingPage = page_schema(OfferingOut)
DemandPage = page_schema(DemandOut)


# --------------------------------------------------------------------------- selectors (public querysets)


def zones_qs():
    return (
        m.Zone.objects.select_related("province", "commune")
        .prefetch_related("priority_sectors")
        .order_by("province__code", "kind", "name_vi", "id")
    )


def enterprises_qs():
    return (
        m.Enterprise.objects.filter(merged_into__isnull=True)
        .select_related("zone", "province", "commune")
        .prefetch_related(
            "sectors",
            Prefetch("certifications", queryset=m.Certification.objects.order_by("standard", "id")),
        )
        .order_by("name_vi", "id")
    )


def products_qs():
    return m.Product.objects.select_related("version", "sector", "group").order_by(
        "version__code", "order", "code", "id"
    )


def offerings_qs():
    return (
        m.Offering.objects.filter(enterprise__deleted_at__isnull=True, enterprise__merged_into__isnull=True)
        .select_related("enterprise", "product", "product__sector")
        .order_by("enterprise__name_vi", "product__code", "id")
    )


def demands_qs():
    return (
        m.Demand.objects.filter(buyer__deleted_at__isnull=True, buyer__merged_into__isnull=True)
        .select_related("buyer", "product", "product__sector")
        .order_by("-year", "buyer__name_vi", "product__code", "id")
    )


def _search(qs, q: str | None):
    """Every folded word of ``q`` (at most 8) must occur in the row's folded ``search_text``."""
    return search_words(qs, q, max_words=8)


# --------------------------------------------------------------------------- filters


class ZoneFilters(Schema):
    province: Code | None = Field(None, description="Province code (mã tỉnh 2025), e.g. 24 for Bắc Ninh.")
    kind: Literal["kcn", "ccn", "kkt"] | None = None
    status: Literal["planned", "established", "building", "operating"] | None = None
    sector: Code | None = Field(None, description="Priority sector code.")
    q: Text(200) | None = Field(None, description="Words in code, name or location; diacritics optional.")


ZONE_FILTERS = {
    "province": "province__code",
    "kind": "kind",
    "status": "status",
    "sector": pk_in(m.Zone.priority_sectors.through, "sector__code", "zone_id"),
    "q": _search,
}


class EnterpriseFilters(Schema):
    province: Code | None = None
    zone: Code | None = Field(None, description="Zone code.")
    sector: Code | None = None
    product: Code | None = Field(None, description="Product code: enterprises offering it.")
    certification: Text(120) | None = Field(None, description="Standard, e.g. ISO 9001 (substring).")
    ownership: Literal["domestic", "state", "fdi", "jv"] | None = None
    is_cnht: bool | None = None
    is_supplier: bool | None = None
    is_buyer: bool | None = None
    q: Text(200) | None = Field(
        None, description="Words in names, tax code, address, products; no diacritics needed."
    )


ENTERPRISE_FILTERS = {
    "province": "province__code",
    "zone": "zone__code",
    "sector": pk_in(m.Enterprise.sectors.through, "sector__code", "enterprise_id"),
    "product": pk_in(m.Offering, "product__code", "enterprise_id"),
    "certification": pk_in(m.Certification, "standard__icontains", "enterprise_id"),
    "ownership": "ownership",
    "is_cnht": "is_cnht",
    "is_supplier": "is_supplier",
    "is_buyer": "is_buyer",
    "q": _search,
}


class ProductFilters(Schema):
    version: Code | None = Field(None, description="Taxonomy version code; default: the current list.")
    sector: Code | None = None
    group: Code | None = None
    q: Text(200) | None = None


PRODUCT_FILTERS = {
    "version": "version__code",  # without it: the current version (list_products)
    "sector": "sector__code",
    "group": "group__code",
    "q": _search,
}


class OfferingFilters(Schema):
    enterprise: Id | None = None
    product: Code | None = None
    sector: Code | None = None
    province: Code | None = None
    zone: Code | None = None


OFFERING_FILTERS = {
    "enterprise": "enterprise_id",
    "product": "product__code",
    "sector": "product__sector__code",
    "province": "enterprise__province__code",
    "zone": "enterprise__zone__code",
}


class DemandFilters(Schema):
    product: Code | None = None
    sector: Code | None = None
    province: Code | None = None
    year: Year | None = None


DEMAND_FILTERS = {
    "product": "product__code",
    "sector": "product__sector__code",
    "province": "buyer__province__code",
    "year": "year",
}


# --------------------------------------------------------------------------- reads


def _etag(response: HttpResponse, obj) -> None:
    response["ETag"] = f'"{obj.row_version}"'


@router.get("/sectors/", response={200: SectorPage, **READ_ERRORS}, summary="CNHT sectors")
def list_sectors(request: HttpRequest, page: Query[PageParams]):
    return paginate(m.Sector.objects.order_by("order", "code", "id"), page)


@router.get("/taxonomy/versions/", response={200: list[TaxonomyVersionOut], **READ_ERRORS})
def list_taxonomy_versions(request: HttpRequest):
    return list(m.TaxonomyVersion.objects.order_by("-code", "id"))


@router.get("/products/", response={200: ProductPage, **READ_ERRORS}, summary="CNHT products")
def list_products(request: HttpRequest, filters: Query[ProductFilters], page: Query[PageParams]):
    qs = products_qs() if filters.version else products_qs().filter(version__is_current=True)
    return paginate(apply_filters(qs, filters, PRODUCT_FILTERS), page)


@router.get("/products/{product_id}/", response={200: ProductOut, **READ_ERRORS})
def get_product(request: HttpRequest, product_id: Id):
    return products_qs().get(pk=product_id)


@router.get("/zones/", response={200: ZonePage, **READ_ERRORS}, summary="Industrial zones and clusters")
def list_zones(request: HttpRequest, filters: Query[ZoneFilters], page: Query[PageParams]):
    return paginate(apply_filters(zones_qs(), filters, ZONE_FILTERS), page)


@router.get("/zones/{zone_id}/", response={200: ZoneDetailOut, **READ_ERRORS})
def get_zone(request: HttpRequest, response: HttpResponse, zone_id: Id):
    zone = zones_qs().get(pk=zone_id)
    _etag(response, zone)
    return zone


@router.get("/enterprises/", response={200: EnterprisePage, **READ_ERRORS}, summary="Enterprises")
def list_enterprises(request: HttpRequest, filters: Query[EnterpriseFilters], page: Query[PageParams]):
    return paginate(apply_filters(enterprises_qs(), filters, ENTERPRISE_FILTERS), page)


@router.get("/enterprises/{enterprise_id}/", response={200: EnterpriseOut, **READ_ERRORS})
def get_enterprise(request: HttpRequest, response: HttpResponse, enterprise_id: Id):
    ent = enterprises_qs().get(pk=enterprise_id)
    _etag(response, ent)
    return ent


@router.get("/offerings/", response={200: OfferingPage, **READ_ERRORS}, summary="What enterprises supply")
def list_offerings(request: HttpRequest, filters: Query[OfferingFilters], page: Query[PageParams]):
    return paginate(apply_filters(offerings_qs(), filters, OFFERING_FILTERS), page)


@router.get("/offerings/{offering_id}/", response={200: OfferingOut, **READ_ERRORS})
def get_offering(request: HttpRequest, response: HttpResponse, offering_id: Id):
    off = offerings_qs().get(pk=offering_id)
    _etag(response, off)
    return off


@router.get("/demands/", response={200: DemandPage, **READ_ERRORS}, summary="Open buyer demands")
def list_demands(request: HttpRequest, filters: Query[DemandFilters], page: Query[PageParams]):
    qs = demands_qs().filter(status=m.Demand.Status.OPEN)
    return paginate(apply_filters(qs, filters, DEMAND_FILTERS), page)


@router.get("/demands/{demand_id}/", response={200: DemandOut, **READ_ERRORS})
def get_demand(request: HttpRequest, response: HttpResponse, demand_id: Id):
    """An open demand; closed and matched ones are visible to officers and the buyer's own users only."""
    demand = demands_qs().get(pk=demand_id)
    if demand.status != m.Demand.Status.OPEN:
        user = getattr(request, "auth", None) or _token_user(request)
        if not (is_officer(user) or (user is not None and user.enterprise_id == demand.buyer_id)):
            raise ApiError(404, "Not found.")
    _etag(response, demand)
    return demand


def _token_user(request):
    from lienket.web.api.security import request_token

    token = request_token(request)
    return token.user if token else None


# --------------------------------------------------------------------------- write schemas


class Versioned(Schema):
    row_version: Count | None = Field(
        None,
        description="Optimistic locking: the row_version you read (or send If-Match). 409 if it changed.",
    )


class ZoneIn(Versioned):
    code: Text(40, 1)
    name_vi: Text(200, 1)
    name_en: Text(200) = ""
    kind: Literal["kcn", "ccn", "kkt"]
    status: Literal["planned", "established", "building", "operating"] = "planned"
    province_code: Code
    commune_code: Code | None = None
    location_as_written: Text(300) = ""
    planned_area_ha: Num | None = None
    established_area_ha: Num | None = None
    industrial_land_ha: Num | None = None
    leased_land_ha: Num | None = None
    clean_land_ha: Num | None = None
    infrastructure_investor: Text(300) = ""
    decision_number: Text(100) = ""
    decision_date: dt.date | None = None
    priority_sector_codes: list[Code] | None = Field(None, max_length=20)
    priority_note: Text(300) = ""
    lease_price_min: Num | None = None
    lease_price_max: Num | None = None
    lease_price_unit: Text(40) = "USD/m²/chu kỳ"
    lat: Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)] | None = None
    lon: Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)] | None = None
    boundary: Json | None = None
    contact_phone: Text(40) = ""
    contact_email: Text(254) = ""
    website: Text(200) = ""
    description_vi: Text(5000) = ""
    description_en: Text(5000) = ""
    source: Text(2000) = ""
    source_ref: Text(120) = ""


class EnterpriseIn(Versioned):
    tax_code: Text(20) | None = None
    name_vi: Text(300, 1)
    name_en: Text(300) = ""
    name_other: Text(300) = ""
    legal_form: Literal["tnhh", "tnhh_mtv", "cp", "dntn", "hop_danh", "branch", "coop", "other"] = "tnhh"
    ownership: Literal["domestic", "state", "fdi", "jv"] = "domestic"
    investor_countries: list[Text(2)] = Field(default_factory=list, max_length=30)
    is_supplier: bool = True
    is_buyer: bool = False
    is_cnht: bool = False
    sector_codes: list[Code] | None = Field(None, max_length=10)
    zone_code: Code | None = None
    province_code: Code | None = None
    commune_code: Code | None = None
    address_raw: Text(400) = ""
    founded_year: Year | None = None
    website: Text(200) = ""
    email: Text(254) = ""
    phone: Text(40) = ""
    description_vi: Text(5000) = ""
    description_en: Text(5000) = ""
    source: Text(2000) = ""
    source_ref: Text(120) = ""


class OfferingIn(Versioned):
    enterprise_id: Id
    product_id: Id
    description: Text(5000) = ""
    capacity: Num | None = None
    capacity_unit: Text(40) = ""
    moq: Num | None = None
    lead_time_days: Count | None = None
    export_share: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = None
    source: Text(2000) = ""
    source_ref: Text(120) = ""


class DemandIn(Versioned):
    buyer_id: Id
    product_id: Id
    title: Text(300, 1)
    specification: Text(5000) = ""
    year: Year
    annual_quantity: Num | None = None
    quantity_unit: Text(40) = ""
    annual_value: Num | None = None
    currency: Literal["VND", "USD"] = "VND"
    exchange_rate: Num | None = None
    required_certifications: list[Text(120, 1)] = Field(default_factory=list, max_length=20)
    cover_days: Count = 0
    target_date: dt.date | None = None
    status: Literal["open", "matched", "closed"] = "open"
    source: Text(2000) = ""
    source_ref: Text(120) = ""


def _patch_of(schema: type[Schema]) -> type[Schema]:
    """The same fields, all optional: a PATCH changes only the fields it sends."""
    fields = {
        name: (info.annotation | None, Field(None, description=info.description))
        for name, info in schema.model_fields.items()
    }
    return create_model(f"{schema.__name__.removesuffix('In')}Patch", __base__=Schema, **fields)


ZonePatch = _patch_of(ZoneIn)
EnterprisePatch = _patch_of(EnterpriseIn)
OfferingPatch = _patch_of(OfferingIn)
DemandPatch = _patch_of(DemandIn)


# --------------------------------------------------------------------------- input → model fields


def _unit(code: str | None, level: int, field: str):
    if code is None:
        return None
    unit = m.AdminUnit.objects.filter(scheme=m.AdminUnit.Scheme.CURRENT, level=level, code=code).first()
    if unit is None:
        raise ApiError(422, f"Unknown {field}: {code!r}.", details={field: ["unknown code"]})
    return unit


def _sectors(codes: list[str], field: str) -> list[m.Sector]:
    found = list(m.Sector.objects.filter(code__in=set(codes)))
    missing = sorted(set(codes) - {s.code for s in found})
    if missing:
        raise ApiError(422, f"Unknown sector codes: {', '.join(missing)}.", details={field: missing})
    return found


def _row(model_qs, pk: int, field: str):
    obj = model_qs.filter(pk=pk).first()
    if obj is None:
        raise ApiError(422, f"Unknown {field}: {pk}.", details={field: ["not found"]})
    return obj


def _convert(data: dict) -> tuple[dict, dict]:
    """API field names → model attributes (codes and ids resolved); many-to-many apart."""
    fields, m2m = {}, {}
    for key, value in data.items():
        if key == "row_version":
            continue
        if key in {"province_code", "commune_code"}:
            level = m.AdminUnit.Level.PROVINCE if key == "province_code" else m.AdminUnit.Level.COMMUNE
            fields[key.removesuffix("_code")] = _unit(value, level, key)
        elif key == "zone_code":
            fields["zone"] = None if value is None else _zone_by_code(value)
        elif key in {"sector_codes", "priority_sector_codes"}:
            m2m["sectors" if key == "sector_codes" else "priority_sectors"] = _sectors(value or [], key)
        elif key in {"enterprise_id", "buyer_id"}:
            qs = m.Enterprise.objects.filter(merged_into__isnull=True)
            fields[key.removesuffix("_id")] = _row(qs, value, key)
        elif key == "product_id":
            fields["product"] = _row(m.Product.objects.all(), value, key)
        elif isinstance(value, float) and key not in {"lat", "lon"}:
            fields[key] = Decimal(str(value))
        elif value is None and key in _BLANK_TEXT:
            fields[key] = ""
        else:
            fields[key] = value
    return fields, m2m


def _zone_by_code(code: str):
    zone = m.Zone.objects.filter(code=code).first()
    if zone is None:
        raise ApiError(422, f"Unknown zone_code: {code!r}.", details={"zone_code": ["unknown code"]})
    return zone


# Text fields a PATCH may send as null: stored as "" (Django keeps blank text as "", not NULL).
_BLANK_TEXT = {
    name
    for schema in (ZoneIn, EnterpriseIn, OfferingIn, DemandIn)
    for name, info in schema.model_fields.items()
    if info.default == "" and name != "tax_code"
}
_REQUIRED_ON_PATCH = {
    name
    for schema in (ZoneIn, EnterpriseIn, OfferingIn, DemandIn)
    for name, info in schema.model_fields.items()
    if info.is_required() or (info.default not in ("", None) and not isinstance(info.default, list))
}


def _patch_data(payload: Schema) -> dict:
    data = payload.model_dump(exclude_unset=True)
    nulls = sorted(k for k, v in data.items() if v is None and k in _REQUIRED_ON_PATCH)
    if nulls:
        raise ApiError(422, "These fields cannot be null.", details={k: ["null"] for k in nulls})
    return data


def _expected_version(request: HttpRequest, data: dict | None = None) -> int | None:
    """The client's version: the If-Match header ("3", W/"3") or a row_version field; None when neither."""
    header = request.headers.get("If-Match", "").strip()
    if header and header != "*":
        value = header.removeprefix("W/").strip('"')
        if not value.isdigit() or len(value) > 12:
            raise ApiError(400, 'If-Match must carry a row_version (for example "3").')
        return int(value)
    if data and data.get("row_version") is not None:
        return int(data["row_version"])
    return None


# --------------------------------------------------------------------------- writes

WRITE = {"auth": token_auth}


def _officer_fields_check(user, data: dict, fields: set[str]) -> None:
    if is_officer(user):
        return
    touched = sorted(fields & set(data))
    if touched:
        raise ApiError(
            403,
            f"Only officers may set: {', '.join(touched)}.",
            details={k: ["officer only"] for k in touched},
        )


@router.post("/zones/", response={201: ZoneDetailOut, **ERRORS}, **WRITE, summary="Create a zone (officers)")
def create_zone(request: HttpRequest, payload: ZoneIn):
    require_officer(request.auth)
    fields, m2m = _convert(payload.model_dump())
    zone = api_services.create(m.Zone, fields, m2m, actor=request.auth)
    return Status(201, zones_qs().get(pk=zone.pk))


@router.patch("/zones/{zone_id}/", response={200: ZoneDetailOut, **ERRORS}, **WRITE)
def update_zone(request: HttpRequest, response: HttpResponse, zone_id: Id, payload: ZonePatch):
    require_officer(request.auth)
    data = _patch_data(payload)
    expected = _expected_version(request, data)
    fields, m2m = _convert(data)
    zone = api_services.update(
        m.Zone.objects.all(), zone_id, fields, m2m, actor=request.auth, expected_version=expected
    )
    _etag(response, zone)
    return zones_qs().get(pk=zone.pk)


@router.delete("/zones/{zone_id}/", response={204: None, **ERRORS}, **WRITE)
def delete_zone(request: HttpRequest, zone_id: Id):
    require_officer(request.auth)
    api_services.delete(
        m.Zone.objects.all(), zone_id, actor=request.auth, expected_version=_expected_version(request)
    )
    return Status(204, None)


ENTERPRISE_OFFICER_FIELDS = {"tax_code", "is_cnht", "source", "source_ref"}


@router.post(
    "/enterprises/",
    response={201: EnterpriseOut, **ERRORS},
    **WRITE,
    summary="Create an enterprise (officers)",
)
def create_enterprise(request: HttpRequest, payload: EnterpriseIn):
    require_officer(request.auth)
    fields, m2m = _convert(payload.model_dump())
    ent = api_services.create(m.Enterprise, fields, m2m, actor=request.auth)
    return Status(201, enterprises_qs().get(pk=ent.pk))


@router.patch(
    "/enterprises/{enterprise_id}/",
    response={200: EnterpriseOut, **ERRORS},
    **WRITE,
    summary="Change an enterprise (officers; its own enterprise users)",
)
def update_enterprise(
    request: HttpRequest, response: HttpResponse, enterprise_id: Id, payload: EnterprisePatch
):
    user = request.auth
    require_enterprise_member(user, enterprise_id, role="enterprise")
    data = _patch_data(payload)
    _officer_fields_check(user, data, ENTERPRISE_OFFICER_FIELDS)
    expected = _expected_version(request, data)
    fields, m2m = _convert(data)
    qs = m.Enterprise.objects.filter(merged_into__isnull=True)
    ent = api_services.update(qs, enterprise_id, fields, m2m, actor=user, expected_version=expected)
    _etag(response, ent)
    return enterprises_qs().get(pk=ent.pk)


@router.delete("/enterprises/{enterprise_id}/", response={204: None, **ERRORS}, **WRITE)
def delete_enterprise(request: HttpRequest, enterprise_id: Id):
    require_officer(request.auth)
    qs = m.Enterprise.objects.filter(merged_into__isnull=True)
    api_services.delete(qs, enterprise_id, actor=request.auth, expected_version=_expected_version(request))
    return Status(204, None)


def _own(field: str, role: str, user):
    def authorize(obj):
        require_enterprise_member(user, getattr(obj, f"{field}_id"), role=role)

    return authorize


def _offerings_writable():
    return m.Offering.objects.filter(
        enterprise__deleted_at__isnull=True, enterprise__merged_into__isnull=True
    )


@router.post(
    "/offerings/",
    response={201: OfferingOut, **ERRORS},
    **WRITE,
    summary="Add an offering (officers; the enterprise's own users)",
)
def create_offering(request: HttpRequest, payload: OfferingIn):
    user = request.auth
    require_enterprise_member(user, payload.enterprise_id, role="enterprise")
    _officer_fields_check(user, payload.model_dump(exclude_defaults=True), {"source", "source_ref"})
    fields, _m2m = _convert(payload.model_dump())
    off = api_services.create(
        m.Offering, fields, actor=user, authorize=_own("enterprise", "enterprise", user)
    )
    registry_services.refresh_product_text(off.enterprise)
    return Status(201, offerings_qs().get(pk=off.pk))


@router.patch("/offerings/{offering_id}/", response={200: OfferingOut, **ERRORS}, **WRITE)
def update_offering(request: HttpRequest, response: HttpResponse, offering_id: Id, payload: OfferingPatch):
    user = request.auth
    data = _patch_data(payload)
    _officer_fields_check(user, data, {"source", "source_ref"})
    expected = _expected_version(request, data)
    fields, _m2m = _convert(data)
    off = api_services.update(
        _offerings_writable(),
        offering_id,
        fields,
        actor=user,
        expected_version=expected,
        authorize=_own("enterprise", "enterprise", user),
    )
    registry_services.refresh_product_text(off.enterprise)
    _etag(response, off)
    return offerings_qs().get(pk=off.pk)


@router.delete("/offerings/{offering_id}/", response={204: None, **ERRORS}, **WRITE)
def delete_offering(request: HttpRequest, offering_id: Id):
    user = request.auth
    off = api_services.delete(
        _offerings_writable(),
        offering_id,
        actor=user,
        expected_version=_expected_version(request),
        authorize=_own("enterprise", "enterprise", user),
    )
    registry_services.refresh_product_text(off.enterprise)
    return Status(204, None)


def _demands_writable():
    return m.Demand.objects.filter(buyer__deleted_at__isnull=True, buyer__merged_into__isnull=True)


@router.post(
    "/demands/",
    response={201: DemandOut, **ERRORS},
    **WRITE,
    summary="Publish a demand (officers; the buyer's own users)",
)
def create_demand(request: HttpRequest, payload: DemandIn):
    user = request.auth
    require_enterprise_member(user, payload.buyer_id, role="buyer")
    _officer_fields_check(user, payload.model_dump(exclude_defaults=True), {"source", "source_ref"})
    fields, _m2m = _convert(payload.model_dump())
    demand = api_services.create(m.Demand, fields, actor=user, authorize=_own("buyer", "buyer", user))
    return Status(201, demands_qs().get(pk=demand.pk))


@router.patch("/demands/{demand_id}/", response={200: DemandOut, **ERRORS}, **WRITE)
def update_demand(request: HttpRequest, response: HttpResponse, demand_id: Id, payload: DemandPatch):
    user = request.auth
    data = _patch_data(payload)
    _officer_fields_check(user, data, {"source", "source_ref"})
    expected = _expected_version(request, data)
    fields, _m2m = _convert(data)
    demand = api_services.update(
        _demands_writable(),
        demand_id,
        fields,
        actor=user,
        expected_version=expected,
        authorize=_own("buyer", "buyer", user),
    )
    _etag(response, demand)
    return demands_qs().get(pk=demand.pk)


@router.delete("/demands/{demand_id}/", response={204: None, **ERRORS}, **WRITE)
def delete_demand(request: HttpRequest, demand_id: Id):
    user = request.auth
    api_services.delete(
        _demands_writable(),
        demand_id,
        actor=user,
        expected_version=_expected_version(request),
        authorize=_own("buyer", "buyer", user),
    )
    return Status(204, None)


# --------------------------------------------------------------------------- indicators (fallback)


def _programmes_serve_indicators() -> bool:
    """True when the programmes app's own router has an indicators path (then this fallback stays out)."""
    if importlib.util.find_spec("lienket.web.programmes.api") is None:
        return False
    module = importlib.import_module("lienket.web.programmes.api")
    paths = getattr(getattr(module, "router", None), "path_operations", {}) or {}
    return any("indicator" in p for p in paths)


class IndicatorTargetOut(Schema):
    year: int
    value: float
    baseline_year: int | None
    baseline_value: float | None


class IndicatorPointOut(Schema):
    year: int
    value: float


class IndicatorOut(Schema):
    programme: str
    programme_name: str
    scope: str
    code: str
    name_vi: str
    name_en: str
    unit: str
    method: str
    actuals: list[IndicatorPointOut]
    targets: list[IndicatorTargetOut]


class IndicatorFilters(Schema):
    programme: Text(80) | None = Field(None, description="Programme code.")
    indicator: Text(80) | None = Field(None, description="Indicator code.")


def _indicator_rows(filters: IndicatorFilters) -> list[dict]:
    try:
        from lienket.web.programmes import models as pm
        from lienket.web.programmes import selectors as ps
    except ImportError:  # the programmes app is not built yet: no indicators to show
        return []
    rows = []
    programmes = pm.Programme.objects.select_related("province").order_by("code")
    if filters.programme:
        programmes = programmes.filter(code=filters.programme)
    for programme in programmes:
        progress = ps.programme_progress(programme)
        for ip in progress.indicators:
            ind = ip.indicator
            if filters.indicator and ind.code != filters.indicator:
                continue
            rows.append(
                {
                    "programme": programme.code,
                    "programme_name": programme.name,
                    "scope": progress.scope,
                    "code": ind.code,
                    "name_vi": ind.name_vi,
                    "name_en": ind.name_en,
                    "unit": ind.unit,
                    "method": ind.method,
                    "actuals": [{"year": p.year, "value": p.value} for p in ip.actuals],
                    "targets": [
                        {
                            "year": t.year,
                            "value": t.value,
                            "baseline_year": t.baseline_year,
                            "baseline_value": t.baseline_value,
                        }
                        for t in ip.targets
                    ],
                }
            )
    return rows


if not _programmes_serve_indicators():

    @router.get(
        "/indicators/", response={200: list[IndicatorOut], **READ_ERRORS}, summary="Programme indicators"
    )
    def list_indicators(request: HttpRequest, filters: Query[IndicatorFilters]):
        """Actual and target values per programme indicator, the same figures as the programme progress page
        (computed by ``programmes.selectors.programme_progress``)."""
        return _indicator_rows(filters)
