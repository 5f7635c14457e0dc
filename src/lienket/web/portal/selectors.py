"""Read queries for the public portal (house style: views call selectors, selectors own the ORM).

Every list query here has a bounded number of SQL statements whatever the page size: relations shown in
lists are fetched with select_related / prefetch_related, and the tests pin the counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, QuerySet, Sum
from django.shortcuts import get_object_or_404

from lienket.core.sites import ClusterRules, ClusterRuleStatus, cluster_rule_status
from lienket.web.counts import memo
from lienket.web.registry.models import (
    AdminUnit,
    Certification,
    Enterprise,
    Offering,
    PolicyThreshold,
    Product,
    ProductGroup,
    Sector,
    TaxonomyVersion,
    Zone,
)
from lienket.web.registry.selectors import search_words

# PolicyThreshold keys (loaded from data/demo/seeds.json) → fields of core.sites.ClusterRules.
CLUSTER_THRESHOLD_KEYS = {
    "new_cluster_min_avg_occupancy_pct": "ccn_new_min_avg_occupancy",
    "new_cluster_max_unleased_ha": "ccn_new_max_unleased_ha",
    "expansion_min_occupancy_pct": "ccn_expansion_min_occupancy",
    "expansion_max_area_ha": "ccn_expansion_max_area_ha",
}


# --------------------------------------------------------------------------- provinces and freshness


def portal_provinces(codes: list[str] | None = None) -> QuerySet[AdminUnit]:
    """Current provinces shown in the selector: the configured codes, else those holding zones or enterprises."""
    qs = AdminUnit.objects.filter(scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE)
    if codes:
        qs = qs.filter(code__in=codes)
    else:
        # IN (subquery) lets PostgreSQL hash the firms' provinces once; an EXISTS per province took ~1 s at 100k.
        qs = qs.filter(
            Q(pk__in=Zone.objects.order_by().values("province_id"))
            | Q(pk__in=Enterprise.objects.order_by().values("province_id"))
        )
    return qs.only("id", "code", "name", "short_name").order_by("name")


@dataclass(frozen=True)
class Freshness:
    """The footer's note: the most recent verification date and whether any shown record is synthetic."""

    latest: dt.date | None
    synthetic: bool


def data_freshness() -> Freshness:
    """Latest ``verified_on`` over zones and enterprises, and whether any of them is synthetic (two queries,
    cached for a minute: the footer shows it on every page)."""
    cached = cache.get("portal:freshness")
    if cached is not None:
        return cached
    z = Zone.objects.aggregate(latest=Max("verified_on"), synthetic=Count("id", filter=Q(is_synthetic=True)))
    e = Enterprise.objects.aggregate(
        latest=Max("verified_on"), synthetic=Count("id", filter=Q(is_synthetic=True))
    )
    dates = [d for d in (z["latest"], e["latest"]) if d]
    found = Freshness(latest=max(dates) if dates else None, synthetic=bool(z["synthetic"] or e["synthetic"]))
    cache.set("portal:freshness", found, 60)
    return found


# --------------------------------------------------------------------------- home


@dataclass(frozen=True)
class HeadlineFigures:
    """Headline figures for the home page, for one province or the whole instance."""

    zones_by_kind: list[tuple[str, str, int]]  # (kind, label, count)
    clean_land_ha: Decimal
    enterprises: int
    fdi: int
    suppliers: int
    buyers: int

    @property
    def fdi_share_pct(self) -> Decimal | None:
        if not self.enterprises:
            return None
        return (Decimal(self.fdi) / Decimal(self.enterprises) * 100).quantize(Decimal("0.1"))


def headline_figures(province: AdminUnit | None) -> HeadlineFigures:
    """Zones by kind, clean land ready to lease, enterprises, FDI share and suppliers (two queries)."""
    zones = Zone.objects.all()
    firms = Enterprise.objects.all()
    if province is not None:
        zones = zones.filter(province=province)
        firms = firms.filter(province=province)
    kinds = {k: Count("id", filter=Q(kind=k)) for k in Zone.Kind.values}
    z = zones.aggregate(clean=Sum("clean_land_ha"), **kinds)
    e = firms.aggregate(
        total=Count("id"),
        fdi=Count("id", filter=Q(ownership__in=[Enterprise.Ownership.FDI, Enterprise.Ownership.JV])),
        suppliers=Count("id", filter=Q(is_supplier=True)),
        buyers=Count("id", filter=Q(is_buyer=True)),
    )
    return HeadlineFigures(
        zones_by_kind=[(k, label, z[k]) for k, label in Zone.Kind.choices],
        clean_land_ha=z["clean"] or Decimal("0"),
        enterprises=e["total"],
        fdi=e["fdi"],
        suppliers=e["suppliers"],
        buyers=e["buyers"],
    )


# --------------------------------------------------------------------------- zones


def zones(filters: dict, province: AdminUnit | None) -> QuerySet[Zone]:
    """Zones matching the list filters (kind, status, sector, minimum clean land) in ``province``."""
    qs = Zone.objects.select_related("province", "commune")
    if province is not None:
        qs = qs.filter(province=province)
    if filters.get("kind"):
        qs = qs.filter(kind=filters["kind"])
    if filters.get("status"):
        qs = qs.filter(status=filters["status"])
    if filters.get("sector"):
        qs = qs.filter(priority_sectors=filters["sector"])
    if filters.get("min_clean_ha") is not None:
        qs = qs.filter(clean_land_ha__gte=filters["min_clean_ha"])
    return qs.order_by("province__name", "kind", "name_vi")


def zone_markers(rows) -> list[dict]:
    """The map's markers (JSON-ready) for zones that have coordinates."""
    from django.urls import reverse

    out = []
    for z in rows:
        if z.lat is None or z.lon is None:
            continue
        occ = z.occupancy_pct
        out.append(
            {
                "code": z.code,
                "name": z.name_vi,
                "kind": z.kind,
                "kind_label": str(z.get_kind_display()),
                "detail": f"{occ} %" if occ is not None else "",
                "lat": z.lat,
                "lon": z.lon,
                "url": reverse("portal:zone_detail", args=[z.code]),
            }
        )
    return out


ZONE_PAGE_LIMIT = 50


def zone_tenants(zone: Zone) -> list[Enterprise]:
    """The first ``ZONE_PAGE_LIMIT`` tenants (a large park can hold thousands; the page links to the directory)."""
    qs = Enterprise.objects.filter(zone=zone).prefetch_related("sectors").order_by("name_vi", "id")
    return list(qs[:ZONE_PAGE_LIMIT])


def zone_projects(zone: Zone) -> list:
    """The first ``ZONE_PAGE_LIMIT`` investment projects of a zone."""
    return list(
        _projects()
        .filter(zone=zone)
        .select_related("investor", "sector")
        .order_by("name", "id")[:ZONE_PAGE_LIMIT]
    )


def zone_detail(code: str) -> Zone:
    """One zone with everything its page shows, or 404."""
    qs = Zone.objects.select_related(
        "province", "commune", "infrastructure_investor_enterprise", "verified_by"
    ).prefetch_related(
        "priority_sectors",
        "phases",
        "milestones",
        "photos",
        "figures",
        Prefetch("anchor_tenants", queryset=Enterprise.objects.only("id", "name_vi", "is_synthetic")),
    )
    return get_object_or_404(qs, code=code)


def _projects():
    from lienket.web.registry.models import InvestmentProject

    return InvestmentProject.objects.order_by("name")


@dataclass(frozen=True)
class ClusterRulesView:
    """Decree 32/2024 checks for one cluster (CCN): the thresholds read from PolicyThreshold and the verdict."""

    thresholds: list[PolicyThreshold]
    missing: list[str]  # threshold keys not configured: no verdict is given without them
    area_average: Decimal | None
    area_clusters: int
    area_unleased_ha: Decimal | None
    status: ClusterRuleStatus | None


def cluster_rules(zone: Zone) -> ClusterRulesView:
    """Evaluate ``zone`` with ``core.sites.cluster_rule_status`` against thresholds from the database.

    The area is the cluster's province (districts no longer exist after 2025-07-01): its average is the mean
    occupancy of the province's established clusters whose occupancy is known, and its unleased land their sum.
    """
    rows = {t.key: t for t in PolicyThreshold.objects.filter(key__in=CLUSTER_THRESHOLD_KEYS.values())}
    missing = [key for key in CLUSTER_THRESHOLD_KEYS.values() if key not in rows]
    peers = list(
        Zone.objects.filter(province_id=zone.province_id, kind=Zone.Kind.CCN)
        .exclude(status=Zone.Status.PLANNED)
        .only("id", "industrial_land_ha", "leased_land_ha")
    )
    rates = [p.occupancy_pct for p in peers if p.occupancy_pct is not None]
    average = (sum(rates) / len(rates)).quantize(Decimal("0.1")) if rates else None
    unleased = [p.unleased_land_ha for p in peers if p.unleased_land_ha is not None]
    unleased_total = sum(unleased) if unleased else None
    status = None
    if not missing:
        rules = ClusterRules(
            **{field: float(rows[key].value) for field, key in CLUSTER_THRESHOLD_KEYS.items()},
            source=rows[CLUSTER_THRESHOLD_KEYS["expansion_min_occupancy_pct"]].legal_source
            or ClusterRules.source,
        )
        infra = [m for m in zone.milestones.all() if m.kind == m.Kind.INFRA_DONE]
        status = cluster_rule_status(
            float(zone.occupancy_pct) if zone.occupancy_pct is not None else None,
            area_avg_occupancy_pct=float(average) if average is not None else None,
            unleased_land_ha=float(unleased_total) if unleased_total is not None else None,
            shared_infrastructure_done=(infra[0].status == infra[0].Status.DONE) if infra else None,
            rules=rules,
        )
    return ClusterRulesView(
        thresholds=[rows[k] for k in CLUSTER_THRESHOLD_KEYS.values() if k in rows],
        missing=missing,
        area_average=average,
        area_clusters=len(rates),
        area_unleased_ha=unleased_total,
        status=status,
    )


# --------------------------------------------------------------------------- enterprises


def enterprises(filters: dict, province: AdminUnit | None) -> QuerySet[Enterprise]:
    """The directory: filters on sector, product, certification, zone, ownership, role and a folded search.

    The search ignores diacritics: the query is folded like ``Enterprise.search_text`` and every word must occur.
    """
    qs = Enterprise.objects.select_related("province", "zone").prefetch_related("sectors")
    if province is not None:
        qs = qs.filter(province=province)
    qs = search_words(qs, filters.get("q"))
    if filters.get("sector"):
        qs = qs.filter(
            Exists(
                Enterprise.sectors.through.objects.filter(enterprise=OuterRef("pk"), sector=filters["sector"])
            )
        )
    if filters.get("product"):
        qs = qs.filter(Exists(Offering.objects.filter(enterprise=OuterRef("pk"), product=filters["product"])))
    if filters.get("certification"):
        qs = qs.filter(
            Exists(
                Certification.objects.filter(
                    enterprise=OuterRef("pk"), standard__iexact=filters["certification"]
                )
            )
        )
    if filters.get("zone"):
        qs = qs.filter(zone=filters["zone"])
    if filters.get("ownership"):
        qs = qs.filter(ownership=filters["ownership"])
    if filters.get("role") == "supplier":
        qs = qs.filter(is_supplier=True)
    elif filters.get("role") == "buyer":
        qs = qs.filter(is_buyer=True)
    return qs.order_by("name_vi", "id")


def enterprise_detail(pk: int) -> Enterprise:
    """One enterprise with its sectors, offerings, certifications, figures and projects, or 404."""
    qs = Enterprise.objects.select_related("province", "commune", "zone", "verified_by").prefetch_related(
        "sectors",
        "certifications",
        "year_figures",
        Prefetch("offerings", queryset=Offering.objects.select_related("product__group", "product__sector")),
        Prefetch("projects", queryset=_projects().select_related("zone", "sector")),
    )
    return get_object_or_404(qs, pk=pk)


# --------------------------------------------------------------------------- choices for the filter forms


# The filter forms' reference lists are read on every directory page; ``counts.memo`` keeps them per process
# until any write (the data generation changes), so they never go stale in the worker that wrote.


def sectors() -> list[Sector]:
    return memo("portal:sectors", lambda: list(Sector.objects.order_by("order", "code")))


def current_products() -> list[Product]:
    """Products of the current taxonomy version (the directory's product filter)."""
    return memo("portal:current-products", _current_products)


def _current_products() -> list[Product]:
    return list(
        Product.objects.filter(version__is_current=True)
        .select_related("sector")
        .only(
            "id",
            "code",
            "name_vi",
            "name_en",
            "sector__code",
            "sector__name_vi",
            "sector__name_en",
            "sector__order",
        )
        .order_by("sector__order", "order", "code")
    )


def certification_standards() -> list[str]:
    """Distinct certification standards held by enterprises (ISO 9001, IATF 16949, ...)."""
    return memo(
        "portal:certification-standards",
        lambda: sorted(
            set(Certification.objects.order_by().values_list("standard", flat=True).distinct()),
            key=str.casefold,
        ),
    )


def zone_choices(province: AdminUnit | None) -> list[Zone]:
    def compute() -> list[Zone]:
        qs = Zone.objects.only("id", "code", "name_vi", "name_en")
        if province is not None:
            qs = qs.filter(province=province)
        return list(qs.order_by("name_vi"))

    return memo(f"portal:zone-choices:{province.pk if province else ''}", compute)


# --------------------------------------------------------------------------- taxonomy


def taxonomy_versions() -> list[TaxonomyVersion]:
    return list(
        TaxonomyVersion.objects.annotate(n_products=Count("products")).order_by("-is_current", "-code")
    )


def taxonomy_tree(version: TaxonomyVersion) -> list[tuple[Sector, list[ProductGroup]]]:
    """Sector → groups → products of one version, in order (two queries)."""
    groups = (
        ProductGroup.objects.filter(version=version)
        .select_related("sector")
        .prefetch_related(Prefetch("products", queryset=Product.objects.order_by("order", "code")))
        .order_by("sector__order", "sector__code", "order", "code")
    )
    tree: list[tuple[Sector, list[ProductGroup]]] = []
    for group in groups:
        if not tree or tree[-1][0].pk != group.sector_id:
            tree.append((group.sector, []))
        tree[-1][1].append(group)
    return tree
