"""Record types of a synthetic (or real-seed) province: zones, enterprises, offerings, demand, links, figures.

Plain dataclasses of plain values; the Django loader (``lienket.web.registry.loader``) maps them onto models.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any


@dataclass
class PhaseRec:
    """Giai đoạn — one development phase of a zone (or of a provincial cluster plan)."""

    name: str
    area_ha: float | None
    start_year: int | None
    end_year: int | None
    note: str = ""


@dataclass
class MilestoneRec:
    """Mốc — 1/500 plan, site clearance, wastewater plant, environmental approval, infrastructure done."""

    kind: str
    status: str
    date: str | None
    capacity_m3_day: float | None
    reference: str
    note: str = ""


@dataclass
class ZoneRec:
    """Khu công nghiệp (kcn) / cụm công nghiệp (ccn) / khu kinh tế (kkt)."""

    code: str
    name_vi: str
    name_en: str
    kind: str
    status: str
    province_code: str
    commune_code: str | None
    legacy_location: str
    planned_area_ha: float | None
    established_area_ha: float | None
    industrial_land_ha: float | None
    leased_land_ha: float | None
    clean_land_ha: float | None
    infrastructure_investor: str
    decision_number: str
    decision_date: str | None
    priority_sectors: list[str]
    anchor_tenants: list[str]
    lease_price_min: float | None
    lease_price_max: float | None
    lease_price_unit: str
    lat: float | None
    lon: float | None
    phases: list[PhaseRec]
    milestones: list[MilestoneRec]
    contact_name: str
    contact_phone: str
    contact_email: str
    description_vi: str
    description_en: str
    is_synthetic: bool
    source: str


@dataclass
class YearFigureRec:
    """Số liệu năm của doanh nghiệp: lao động, doanh thu, xuất khẩu, giá trị sản xuất CNHT."""

    year: int
    workforce: int | None
    revenue: float | None
    exports: float | None
    cnht_output: float | None
    currency: str
    exchange_rate: float


@dataclass
class CertRec:
    """Chứng nhận — a management-system or product certificate held by an enterprise."""

    standard: str
    certificate_no: str
    issuer: str
    valid_from: str | None
    valid_until: str | None


@dataclass
class EnterpriseRec:
    """Doanh nghiệp — supplier and/or buyer, with its yearly figures and certificates."""

    key: str
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
    zone_code: str | None
    address_raw: str
    province_code: str
    commune_code: str | None
    sector_codes: list[str]
    founded_year: int | None
    website: str
    email: str
    phone: str
    contact_person: str
    description_vi: str
    description_en: str
    year_figures: list[YearFigureRec]
    certifications: list[CertRec]
    is_synthetic: bool
    source: str
    verified_on: str | None


@dataclass
class OfferingRec:
    """Sản phẩm cung ứng — a CNHT product an enterprise can supply."""

    enterprise_key: str
    product_code: str
    description: str
    capacity: float | None
    capacity_unit: str
    moq: float | None
    lead_time_days: int | None
    export_share: float | None


@dataclass
class DemandSourceRec:
    """Where a demand is met today: import (by country), domestic (other province), in-province supplier."""

    kind: str
    country: str | None
    supplier_key: str | None
    share: float


@dataclass
class DemandRec:
    """Nhu cầu mua — a buyer's yearly need for a CNHT product and how it is sourced today."""

    key: str
    buyer_key: str
    product_code: str
    title: str
    specification: str
    year: int
    annual_quantity: float | None
    quantity_unit: str
    annual_value: float | None
    currency: str
    exchange_rate: float
    required_certifications: list[str]
    target_date: str | None
    status: str
    cover_days: int | None
    sources: list[DemandSourceRec]


@dataclass
class ProjectRec:
    """Dự án đầu tư — an investment project in a zone (investment registration certificate)."""

    key: str
    investor_key: str
    zone_code: str | None
    sector_code: str
    name: str
    certificate_no: str
    certificate_date: str | None
    registered_capital: float | None
    implemented_capital: float | None
    currency: str
    exchange_rate: float
    land_area_ha: float | None
    workers: int | None
    status: str


@dataclass
class LinkRec:
    """Liên kết cung ứng — a supplier selling a product to a buyer in a year."""

    supplier_key: str
    buyer_key: str
    product_code: str
    year: int
    value: float | None
    currency: str
    exchange_rate: float


@dataclass
class ZoneFigureRec:
    """Số liệu định kỳ của KCN/CCN — half-year (H1) or full-year (FY) report."""

    zone_code: str
    year: int
    period: str
    tenants: int | None
    workers: int | None
    local_workers: int | None
    registered_capital: float | None
    implemented_capital: float | None
    revenue: float | None
    exports: float | None
    budget_contribution: float | None
    currency: str
    exchange_rate: float
    # Optional trailing fields: real reported figures (seeds.json) say where they come from.
    is_synthetic: bool = True
    source: str = ""


# Nested list fields that hold records, per record type (for from_json).
_NESTED: dict[type, dict[str, type]] = {
    ZoneRec: {"phases": PhaseRec, "milestones": MilestoneRec},
    EnterpriseRec: {"year_figures": YearFigureRec, "certifications": CertRec},
    DemandRec: {"sources": DemandSourceRec},
}


def build(cls: type, data: dict[str, Any], where: str = "") -> Any:
    """Build a record of type ``cls`` from a JSON object; unknown or missing fields raise ``ValueError``.

    ``where`` names the place (file and item) in the error message.
    """
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected an object for {cls.__name__}, got {type(data).__name__}")
    names = {f.name for f in fields(cls)}
    required = {f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING}
    unknown = sorted(set(data) - names)
    missing = sorted(required - set(data))
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {unknown} for {cls.__name__}")
    if missing:
        raise ValueError(f"{where}: missing field(s) {missing} for {cls.__name__}")
    kwargs = dict(data)
    for name, sub in _NESTED.get(cls, {}).items():
        items = kwargs.get(name) or []
        kwargs[name] = [build(sub, item, f"{where}.{name}[{i}]") for i, item in enumerate(items)]
    return cls(**kwargs)


@dataclass
class SynthDataset:
    """A whole province: zones, enterprises, offerings, demand, investment projects, links, zone figures."""

    zones: list[ZoneRec] = field(default_factory=list)
    enterprises: list[EnterpriseRec] = field(default_factory=list)
    offerings: list[OfferingRec] = field(default_factory=list)
    demands: list[DemandRec] = field(default_factory=list)
    projects: list[ProjectRec] = field(default_factory=list)
    links: list[LinkRec] = field(default_factory=list)
    zone_figures: list[ZoneFigureRec] = field(default_factory=list)

    _TYPES = {
        "zones": ZoneRec,
        "enterprises": EnterpriseRec,
        "offerings": OfferingRec,
        "demands": DemandRec,
        "projects": ProjectRec,
        "links": LinkRec,
        "zone_figures": ZoneFigureRec,
    }

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """Plain dict of lists of plain dicts (JSON-ready)."""
        return {name: [asdict(r) for r in getattr(self, name)] for name in self._TYPES}

    def to_json(self, indent: int | None = None) -> str:
        """Serialise to JSON; the same dataset always gives the same bytes (keys in field order)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "dataset") -> SynthDataset:
        """Rebuild a dataset from ``to_dict`` output; sections other than the seven record lists are ignored."""
        out = cls()
        for name, rec_type in cls._TYPES.items():
            items = data.get(name) or []
            if not isinstance(items, list):
                raise ValueError(f"{where}: '{name}' must be a list")
            setattr(
                out, name, [build(rec_type, item, f"{where}: {name}[{i}]") for i, item in enumerate(items)]
            )
        return out

    @classmethod
    def from_json(cls, text: str, where: str = "dataset") -> SynthDataset:
        """Parse JSON written by ``to_json``."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(
                f"{where}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from exc
        return cls.from_dict(data, where)

    def counts(self) -> dict[str, int]:
        """Number of records per section."""
        return {name: len(getattr(self, name)) for name in self._TYPES}
