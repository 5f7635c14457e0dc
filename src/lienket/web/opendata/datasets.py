"""The public datasets: what each one holds (columns), in which formats, under which licence.

Every dataset keeps ``is_synthetic``; soft-deleted rows and enterprises merged into another never appear.
Rows are read with ``iterator()`` so big tables stream without being held in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Max, Q
from django.utils.translation import gettext_lazy as _

from lienket.web.registry import models as m

CHUNK = 2000


def licence() -> dict:
    """The licence of every dataset (``OPEN_DATA_LICENCE`` setting: a dict with id, title, url)."""
    default = {
        "id": "CC-BY-4.0",
        "title": "Creative Commons Attribution 4.0 International",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    value = getattr(settings, "OPEN_DATA_LICENCE", None)
    if isinstance(value, str):
        return {**default, "url": value, "id": value, "title": value}
    return {**default, **(value or {})}


def publisher() -> dict:
    """Who publishes (``OPEN_DATA_PUBLISHER``: name, url, email); the province's Department by default."""
    default = {"name": "Sở Công Thương", "url": "", "email": ""}
    return {**default, **(getattr(settings, "OPEN_DATA_PUBLISHER", None) or {})}


def _code(obj) -> str:
    return obj.code if obj is not None else ""


def _iso(value) -> str:
    return value.isoformat() if value else ""


@dataclass(frozen=True)
class Column:
    name: str
    get: Callable


@dataclass(frozen=True)
class Dataset:
    """One downloadable table of the public registry."""

    slug: str
    title_vi: str
    title_en: str
    description_vi: str
    description_en: str
    queryset: Callable
    columns: list[Column]
    formats: tuple[str, ...] = ("csv", "xlsx")
    keywords: list[str] = field(default_factory=list)

    def rows(self) -> Iterator[list]:
        for obj in self.queryset().iterator(chunk_size=CHUNK):
            yield [c.get(obj) for c in self.columns]

    def header(self) -> list[str]:
        return [c.name for c in self.columns]

    def modified(self) -> dt.datetime | None:
        """When the data last changed (the newest ``updated_at``; None for tables without one)."""
        model = self.queryset().model
        if not any(f.name == "updated_at" for f in model._meta.fields):
            return None
        return self.queryset().order_by().aggregate(last=Max("updated_at"))["last"]


def zones_qs():
    return (
        m.Zone.objects.select_related("province", "commune")
        .prefetch_related("priority_sectors")
        .order_by("province__code", "kind", "code", "id")
    )


def enterprises_qs():
    return (
        m.Enterprise.objects.filter(merged_into__isnull=True)
        .select_related("province", "commune", "zone")
        .prefetch_related("sectors")
        .order_by("name_vi", "id")
    )


def products_qs():
    return m.Product.objects.select_related("version", "sector", "group").order_by(
        "version__code", "order", "code", "id"
    )


def offerings_qs():
    return (
        m.Offering.objects.filter(
            Q(enterprise__deleted_at__isnull=True) & Q(enterprise__merged_into__isnull=True)
        )
        .select_related("enterprise", "product", "product__version")
        .order_by("enterprise__name_vi", "product__code", "id")
    )


def _num(v):
    return None if v is None else float(v)


PROVENANCE = [
    Column("source", lambda o: o.source),
    Column("is_synthetic", lambda o: o.is_synthetic),
    Column("verified_on", lambda o: _iso(o.verified_on)),
    Column("updated_at", lambda o: _iso(o.updated_at)),
]

ZONE_COLUMNS = [
    Column("id", lambda z: z.id),
    Column("code", lambda z: z.code),
    Column("name_vi", lambda z: z.name_vi),
    Column("name_en", lambda z: z.name_en),
    Column("kind", lambda z: z.kind),
    Column("status", lambda z: z.status),
    Column("province_code", lambda z: _code(z.province)),
    Column("province", lambda z: z.province.name),
    Column("commune_code", lambda z: _code(z.commune)),
    Column("commune", lambda z: z.commune.name if z.commune_id else ""),
    Column("location_as_written", lambda z: z.location_as_written),
    Column("planned_area_ha", lambda z: _num(z.planned_area_ha)),
    Column("established_area_ha", lambda z: _num(z.established_area_ha)),
    Column("industrial_land_ha", lambda z: _num(z.industrial_land_ha)),
    Column("leased_land_ha", lambda z: _num(z.leased_land_ha)),
    Column("clean_land_ha", lambda z: _num(z.clean_land_ha)),
    Column("occupancy_pct", lambda z: _num(z.occupancy_pct)),
    Column("infrastructure_investor", lambda z: z.infrastructure_investor),
    Column("decision_number", lambda z: z.decision_number),
    Column("decision_date", lambda z: _iso(z.decision_date)),
    Column("priority_sectors", lambda z: " ".join(s.code for s in z.priority_sectors.all())),
    Column("lease_price_min", lambda z: _num(z.lease_price_min)),
    Column("lease_price_max", lambda z: _num(z.lease_price_max)),
    Column("lease_price_unit", lambda z: z.lease_price_unit),
    Column("lat", lambda z: z.lat),
    Column("lon", lambda z: z.lon),
    Column("contact_phone", lambda z: z.contact_phone),
    Column("contact_email", lambda z: z.contact_email),
    Column("website", lambda z: z.website),
    *PROVENANCE,
]

ENTERPRISE_COLUMNS = [
    Column("id", lambda e: e.id),
    Column("tax_code", lambda e: e.tax_code or ""),
    Column("name_vi", lambda e: e.name_vi),
    Column("name_en", lambda e: e.name_en),
    Column("legal_form", lambda e: e.legal_form),
    Column("ownership", lambda e: e.ownership),
    Column("investor_countries", lambda e: " ".join(e.investor_countries or [])),
    Column("is_supplier", lambda e: e.is_supplier),
    Column("is_buyer", lambda e: e.is_buyer),
    Column("is_cnht", lambda e: e.is_cnht),
    Column("sectors", lambda e: " ".join(s.code for s in e.sectors.all())),
    Column("zone_code", lambda e: _code(e.zone)),
    Column("province_code", lambda e: _code(e.province)),
    Column("commune_code", lambda e: _code(e.commune)),
    Column("address", lambda e: e.address_raw),
    Column("founded_year", lambda e: e.founded_year),
    Column("website", lambda e: e.website),
    Column("email", lambda e: e.email),
    Column("phone", lambda e: e.phone),
    *PROVENANCE,
]

PRODUCT_COLUMNS = [
    Column("id", lambda p: p.id),
    Column("version", lambda p: p.version.code),
    Column("sector", lambda p: p.sector.code),
    Column("group_code", lambda p: p.group.code),
    Column("group_name_vi", lambda p: p.group.name_vi),
    Column("code", lambda p: p.code),
    Column("name_vi", lambda p: p.name_vi),
    Column("name_en", lambda p: p.name_en),
    Column("hs_codes", lambda p: " ".join(p.hs_codes or [])),
    # Taxonomy rows come from the published decrees: never synthetic, kept for a uniform layout.
    Column("is_synthetic", lambda p: False),
]

OFFERING_COLUMNS = [
    Column("id", lambda o: o.id),
    Column("enterprise_id", lambda o: o.enterprise_id),
    Column("enterprise", lambda o: o.enterprise.name_vi),
    Column("product_version", lambda o: o.product.version.code),
    Column("product_code", lambda o: o.product.code),
    Column("product", lambda o: o.product.name_vi),
    Column("description", lambda o: o.description),
    Column("capacity", lambda o: _num(o.capacity)),
    Column("capacity_unit", lambda o: o.capacity_unit),
    Column("moq", lambda o: _num(o.moq)),
    Column("lead_time_days", lambda o: o.lead_time_days),
    Column("export_share_pct", lambda o: _num(o.export_share)),
    *PROVENANCE,
]

DATASETS: dict[str, Dataset] = {
    d.slug: d
    for d in [
        Dataset(
            "zones",
            "Khu, cụm công nghiệp",
            "Industrial parks and clusters",
            "Khu công nghiệp, cụm công nghiệp: diện tích, đất công nghiệp, tỷ lệ lấp đầy, ngành ưu tiên, vị trí.",
            "Industrial parks (KCN) and clusters (CCN): areas, industrial land, occupancy, priority sectors, "
            "location.",
            zones_qs,
            ZONE_COLUMNS,
            formats=("csv", "xlsx", "geojson"),
            keywords=["khu công nghiệp", "cụm công nghiệp", "industrial park", "industrial cluster"],
        ),
        Dataset(
            "enterprises",
            "Doanh nghiệp công nghiệp hỗ trợ",
            "Supporting-industry enterprises",
            "Doanh nghiệp cung ứng và bên mua: mã số thuế, loại hình, sở hữu, ngành, địa chỉ, liên hệ của doanh "
            "nghiệp (không có thông tin cá nhân).",
            "Suppliers and buyers: tax code, legal form, ownership, sectors, address, business contacts "
            "(no personal data).",
            enterprises_qs,
            ENTERPRISE_COLUMNS,
            keywords=["doanh nghiệp", "công nghiệp hỗ trợ", "supporting industry", "suppliers"],
        ),
        Dataset(
            "products",
            "Danh mục sản phẩm công nghiệp hỗ trợ",
            "Supporting-industry product list",
            "Sản phẩm CNHT ưu tiên phát triển theo từng phiên bản danh mục (Nghị định 111/2015, 205/2025), "
            "kèm mã HS.",
            "Priority supporting-industry products by list version (Decrees 111/2015, 205/2025), with HS codes.",
            products_qs,
            PRODUCT_COLUMNS,
            keywords=["danh mục sản phẩm", "HS code", "taxonomy"],
        ),
        Dataset(
            "offerings",
            "Sản phẩm doanh nghiệp cung ứng",
            "What enterprises supply",
            "Sản phẩm từng doanh nghiệp cung ứng: năng lực, đơn hàng tối thiểu, thời gian giao hàng.",
            "Products each enterprise supplies: capacity, minimum order, lead time.",
            offerings_qs,
            OFFERING_COLUMNS,
            keywords=["nhà cung ứng", "suppliers", "capacity"],
        ),
    ]
}

MEDIA_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "geojson": "application/geo+json",
}

LABELS = {"csv": "CSV", "xlsx": "Excel (XLSX)", "geojson": "GeoJSON"}
NAV_TITLE = _("Dữ liệu mở")
