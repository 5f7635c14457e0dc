"""Reads for the analytics pages: the registry's network, localization with targets, scenarios with
substitutes, the investment promotion list and site matching. Figures come from ``lienket.core`` (the same
reference implementation ``lienket scenario`` uses), so pages and CLI agree."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q

from lienket.core.network import (
    WEEKS_PER_YEAR,
    DemandLine,
    LocalizationResult,
    LocalizationScope,
    Network,
    ScenarioResult,
    ScenarioSpec,
    Substitute,
    localization_rate,
    scenario,
    supply_gaps,
)
from lienket.core.sites import BuyerLocation, ClusterRules, SiteRequest, ZoneFacts, haversine_km, rank_sites
from lienket.web import analytics_source
from lienket.web.registry import models as rm

from .models import SavedScenario, StrategicWeight

# Programme indicators that measure how much demand is supplied domestically (compared with the in-Vietnam share).
LOCALIZATION_INDICATORS = (
    "cnht_share_of_domestic_demand",
    "cnht_share_of_industrial_demand",
    "components_share_of_domestic_demand",
    "textile_domestic_supply",
    "footwear_domestic_supply",
)
PRIORITY_ROWS = 100
SUBSTITUTES_PER_LINE = 5


# ------------------------------------------------------------------------------------------------ scope helpers


def provinces() -> list[rm.AdminUnit]:
    """Provinces that have buyers with demand (for the scope selector)."""
    codes = rm.Demand.objects.values_list("buyer__province__code", flat=True).distinct()
    return list(rm.AdminUnit.objects.filter(level=1, scheme="2025", code__in=list(codes)).order_by("name"))


def years() -> list[int]:
    """Years with demand lines, ascending."""
    return analytics_source.demand_years()


def sectors() -> list[rm.Sector]:
    return list(rm.Sector.objects.order_by("order", "code"))


def firm_names(ids) -> dict[str, str]:
    """Enterprise names by id (as text); anonymous origins get a descriptive label."""
    pks = [int(i) for i in ids if str(i).isdigit()]
    names = {
        str(pk): n for pk, n in rm.Enterprise.all_objects.filter(pk__in=pks).values_list("pk", "name_vi")
    }
    for i in ids:
        if analytics_source.is_anonymous(str(i)):
            names[str(i)] = (
                "(nguồn trong tỉnh chưa nêu tên)" if "in_province" in i else "(nguồn trong nước chưa nêu tên)"
            )
    return names


def product_names(codes) -> dict[str, str]:
    """Product names by code (the current taxonomy version first)."""
    out: dict[str, str] = {}
    for code, name, current in rm.Product.objects.filter(code__in=list(codes)).values_list(
        "code", "name_vi", "version__is_current"
    ):
        if current or code not in out:
            out[code] = name
    return out


# ------------------------------------------------------------------------------------------------ localization


@dataclass(frozen=True)
class Target:
    """A programme target on a localization-type indicator."""

    programme: str
    indicator_code: str
    year: int
    value: float
    unit: str
    source: str  # "programmes" (the programmes app) or "seeds" (lienket/data/demo/seeds.json)


def _field(row, name: str, index: int):
    if isinstance(row, tuple | list):
        return row[index] if len(row) > index else None
    if isinstance(row, dict):
        return row.get(name)
    return getattr(row, name, None)


def targets(province_code: str | None) -> list[Target]:
    """Targets of the localization indicators: from ``lienket.web.programmes.selectors.targets`` when that app
    provides it, else from the seed programmes (``seed_sections()["programmes"]``)."""
    try:
        from lienket.web.programmes import selectors as programme_selectors

        fn = programme_selectors.targets
    except (ImportError, AttributeError):
        fn = None
    out: list[Target] = []
    if fn is not None:
        for code in LOCALIZATION_INDICATORS:
            for row in fn(code, province_code=province_code):
                value = _field(row, "value", 2)
                year = _field(row, "year", 1)
                if value is None or year is None:
                    continue
                out.append(
                    Target(
                        programme=str(_field(row, "programme", 0) or ""),
                        indicator_code=code,
                        year=int(year),
                        value=float(value),
                        unit=str(_field(row, "unit", 3) or "%"),
                        source="programmes",
                    )
                )
        if out:
            return sorted(out, key=lambda t: (t.year, t.indicator_code, t.programme))
    from lienket.core.synth.seeds import seed_sections

    for prog in seed_sections().get("programmes", []):
        if prog.get("province_code") not in (None, province_code):
            continue
        for t in prog.get("targets", []):
            if t.get("indicator_code") in LOCALIZATION_INDICATORS:
                out.append(
                    Target(
                        programme=prog.get("name", ""),
                        indicator_code=t["indicator_code"],
                        year=int(t["year"]),
                        value=float(t["value"]),
                        unit=t.get("unit", "%"),
                        source="seeds",
                    )
                )
    return sorted(out, key=lambda t: (t.year, t.indicator_code, t.programme))


@dataclass(frozen=True)
class LocalizationPage:
    result: LocalizationResult  # the chosen year (or every year when none is chosen)
    trend: list[tuple[int, LocalizationResult]]
    targets: list[tuple[Target, LocalizationResult | None, bool | None]]
    year: int | None


def localization(
    *,
    year: int | None,
    province: str | None,
    sector: str | None = None,
    product: str | None = None,
    buyer: str | None = None,
) -> LocalizationPage:
    """Localization rate for ``year`` and a scope; ``trend`` over every year; targets compared with the
    in-Vietnam share of their year (None when that year has no demand data)."""
    net = analytics_source.build_network(years=None, province=province)
    scope = LocalizationScope(sector=sector or None, product=product or None, buyer=buyer or None)
    all_years = localization_rate(net, scope)
    trend = sorted(all_years.by_year.items())
    result = all_years.by_year.get(year) if year is not None else all_years
    if result is None:
        result = LocalizationResult(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0)
    compared = []
    for t in targets(analytics_source.resolve_province(province)):
        measured = all_years.by_year.get(t.year)
        met = None if measured is None or t.unit != "%" else measured.in_vietnam * 100 >= t.value
        compared.append((t, measured, met))
    return LocalizationPage(result=result, trend=trend, targets=compared, year=year)


# ------------------------------------------------------------------------------------------------ scenarios


def offering_index(products) -> dict[tuple[str, str], list[dict]]:
    """Offerings of these products by live enterprises, keyed by (product code, province code)."""
    idx: dict[tuple[str, str], list[dict]] = {}
    rows = rm.Offering.objects.filter(
        product__code__in=list(products),
        enterprise__merged_into__isnull=True,
        enterprise__deleted_at__isnull=True,
    ).values(
        "enterprise_id",
        "enterprise__name_vi",
        "enterprise__province__code",
        "product__code",
        "capacity",
        "capacity_unit",
    )
    for r in rows:
        idx.setdefault((r["product__code"], r["enterprise__province__code"] or ""), []).append(r)
    return idx


def substitutes_finder(net: Network, idx: dict) -> Callable[[DemandLine], list[Substitute]]:
    """Local substitutes: enterprises in the buyer's province offering the same product, largest capacity
    first (unknown capacity last); the buyer itself is left out."""

    def find(line: DemandLine) -> list[Substitute]:
        buyer = net.firms.get(line.buyer)
        rows = idx.get((line.product, buyer.province if buyer else ""), [])
        subs = [
            Substitute(
                firm_id=str(r["enterprise_id"]),
                name=r["enterprise__name_vi"],
                province=r["enterprise__province__code"] or "",
                capacity=None if r["capacity"] is None else float(r["capacity"]),
            )
            for r in rows
            if str(r["enterprise_id"]) != line.buyer
        ]
        subs.sort(key=lambda s: (s.capacity is None, -(s.capacity or 0), s.firm_id))
        return subs[:SUBSTITUTES_PER_LINE]

    return find


def weekly_losses(result: ScenarioResult, lines: dict[int, DemandLine]) -> list[float]:
    """Value lost in each week 1..ceil(W): a line loses annual_value/52 × lost_share for every part of a week
    after its cover runs out (cover_days/7 weeks) and before W. The weeks sum to the total value at risk."""
    weeks = result.spec.weeks
    out = [0.0] * math.ceil(weeks)
    for li in result.affected_lines:
        start = li.cover_days / 7
        per_week = li.annual_value / WEEKS_PER_YEAR * li.lost_share
        for w in range(int(math.floor(start)), len(out)):
            overlap = min(w + 1, weeks) - max(w, start)
            if overlap > 0:
                out[w] += per_week * overlap
    return out


def run_scenario(
    *, year: int | None, province: str | None, spec: ScenarioSpec
) -> tuple[Network, ScenarioResult, dict]:
    """Run a scenario on the registry's network (as ``lienket scenario`` would) and build a JSON payload:
    contract figures, buyers, products, the weekly loss and the priority list with local substitutes."""
    net = analytics_source.load_network(year=year, province=province)
    idx = offering_index({line.product for line in net.demand})
    unit = {(k[0], str(r["enterprise_id"])): r["capacity_unit"] for k, rows in idx.items() for r in rows}
    result = scenario(net, spec, substitutes=substitutes_finder(net, idx))
    loc = localization_rate(net)
    names = firm_names({b.id for b in result.buyers} | {li.buyer for li in result.priority[:PRIORITY_ROWS]})
    pnames = product_names({line.product for line in net.demand})
    by_index = {line.index: line for line in net.demand}
    payload = {
        "value_at_risk": result.value_at_risk,
        "localization_rate": loc.in_province,
        "localization_rate_vietnam": loc.in_vietnam,
        "value_at_risk_per_week": result.value_at_risk_per_week,
        "total_annual_value": loc.total_value,
        "demand_lines": len(net.demand),
        "lines_affected": len(result.affected_lines),
        "year": year if year is not None else (years()[-1] if years() else None),
        "weeks": spec.weeks,
        "buyers": [
            {
                "id": b.id,
                "name": names.get(b.id, b.id),
                "value_at_risk": b.value_at_risk,
                "value_at_risk_per_week": b.value_at_risk_per_week,
                "first_short_week": b.first_short_week,
                "lines": b.lines,
                "products": [pnames.get(p, p) for p in b.products],
            }
            for b in result.buyers
        ],
        "products": [
            {
                "code": p.product,
                "name": pnames.get(p.product, p.product),
                "value_at_risk": p.value_at_risk,
                "value_at_risk_per_week": p.value_at_risk_per_week,
                "first_short_week": p.first_short_week,
                "buyers": p.buyers,
            }
            for p in result.products
        ],
        "weekly": weekly_losses(result, by_index),
        "priority": [
            {
                "rank": i + 1,
                "buyer": li.buyer,
                "buyer_name": names.get(li.buyer, li.buyer),
                "product": li.product,
                "product_name": pnames.get(li.product, li.product),
                "value_at_risk": li.value_at_risk,
                "first_short_week": li.first_short_week,
                "lost_share": li.lost_share,
                "cover_days": li.cover_days,
                "substitutes": [
                    {
                        "id": s.firm_id,
                        "name": s.name,
                        "capacity": s.capacity,
                        "unit": unit.get((li.product, s.firm_id), ""),
                    }
                    for s in li.substitutes
                ],
            }
            for i, li in enumerate(result.priority[:PRIORITY_ROWS])
        ],
        "warnings": (list(net.warnings) + list(result.warnings))[:50],
    }
    return net, result, payload


def saved_scenarios():
    return SavedScenario.objects.select_related("created_by").order_by("-created_at", "-id")


# ------------------------------------------------------------------------------------------------ gaps


def strategic_weights() -> dict[str, float]:
    """Product code → strategic weight (products without a row weigh 1)."""
    return {code: float(w) for code, w in StrategicWeight.objects.values_list("product__code", "weight")}


def _unit_location(row: dict, prefix: str) -> tuple[float, float] | None:
    for level in ("commune", "province"):
        lat, lon = row.get(f"{prefix}{level}__lat"), row.get(f"{prefix}{level}__lon")
        if lat is not None and lon is not None:
            return lat, lon
    return None


def buyer_locations(ids) -> dict[str, tuple[float, float]]:
    """Coordinates of enterprises (their commune's, else their province's centre)."""
    pks = [int(i) for i in ids if str(i).isdigit()]
    out = {}
    for r in rm.Enterprise.all_objects.filter(pk__in=pks).values(
        "pk", "commune__lat", "commune__lon", "province__lat", "province__lon"
    ):
        loc = _unit_location(r, "")
        if loc:
            out[str(r["pk"])] = loc
    return out


def _zones(province_code: str | None):
    qs = rm.Zone.objects.select_related("province").prefetch_related("priority_sectors", "milestones")
    if province_code:
        qs = qs.filter(province__code=province_code, province__scheme="2025")
    return list(qs.order_by("code"))


def promotion_list(*, year: int | None, province: str | None, limit: int = 50) -> list[dict]:
    """Investment promotion list: supply gaps (imported + unmet demand) ranked by value × strategic weight, each
    with up to 3 zones that have clean land, ranked by sector fit then mean distance to the product's buyers."""
    net = analytics_source.load_network(year=year, province=province)
    gaps = supply_gaps(net, strategic_weights())[:limit]
    products = {
        p.code: p
        for p in rm.Product.objects.filter(code__in=[g.product for g in gaps]).select_related("sector", "version")
        .order_by("version__is_current")
    }  # fmt: skip
    locs = buyer_locations({b for g in gaps for b in g.buyer_ids})
    zones = [z for z in _zones(analytics_source.resolve_province(province)) if (z.clean_land_ha or 0) > 0]
    out = []
    for rank, g in enumerate(gaps, 1):
        product = products.get(g.product)
        sector_id = product.sector_id if product else None
        points = [locs[b] for b in g.buyer_ids if b in locs]
        candidates = []
        for z in zones:
            sectors = {s.id for s in z.priority_sectors.all()}
            fit = "yes" if sector_id in sectors else ("open" if not sectors else "no")
            dist = None
            if points and z.lat is not None and z.lon is not None:
                dist = sum(haversine_km(z.lat, z.lon, la, lo) for la, lo in points) / len(points)
            candidates.append({"zone": z, "fit": fit, "distance_km": dist, "clean_land_ha": z.clean_land_ha})
        order = {"yes": 0, "open": 1, "no": 2}
        candidates.sort(key=lambda c: (order[c["fit"]], c["distance_km"] is None, c["distance_km"] or 0))
        out.append(
            {
                "rank": rank,
                "gap": g,
                "product": product,
                "name": product.name_vi if product else g.product,
                "sector": product.sector.name_vi if product else "",
                "zones": [c for c in candidates if c["fit"] != "no"][:3],
            }
        )
    return out


# ------------------------------------------------------------------------------------------------ sites


THRESHOLD_KEYS = {
    "new_cluster_min_avg_occupancy_pct": "ccn_new_min_avg_occupancy",
    "new_cluster_max_unleased_ha": "ccn_new_max_unleased_ha",
    "expansion_min_occupancy_pct": "ccn_expansion_min_occupancy",
    "expansion_max_area_ha": "ccn_expansion_max_area_ha",
}


def cluster_rules() -> ClusterRules:
    """Decree 32/2024 thresholds from the registry's PolicyThreshold rows (the core defaults where missing)."""
    values = rm.PolicyThreshold.values()
    kwargs = {attr: float(values[key]) for attr, key in THRESHOLD_KEYS.items() if key in values}
    return ClusterRules(**kwargs)


def _milestone(z: rm.Zone, kind: str):
    return next((m for m in z.milestones.all() if m.kind == kind), None)


def zone_facts(z: rm.Zone) -> ZoneFacts:
    """What site matching knows about a zone; facts the registry does not hold (free wastewater capacity,
    power, workforce) are unknown (None)."""
    plan = _milestone(z, rm.ZoneMilestone.Kind.PLAN_1_500)
    clearance = _milestone(z, rm.ZoneMilestone.Kind.SITE_CLEARANCE)
    ww = _milestone(z, rm.ZoneMilestone.Kind.WASTEWATER)
    ww_status = (
        {"done": "operating", "in_progress": "building", "planned": "planned"}.get(ww.status, "")
        if ww
        else ""
    )
    prices = [p for p in (z.lease_price_min, z.lease_price_max) if p is not None]
    occ = z.occupancy_pct
    return ZoneFacts(
        id=z.code,
        name=z.name_vi,
        kind=z.kind.upper(),
        province=z.province.name if z.province else "",
        lat=z.lat,
        lon=z.lon,
        clean_land_ha=None if z.clean_land_ha is None else float(z.clean_land_ha),
        priority_sectors=tuple(s.name_vi for s in z.priority_sectors.all()),
        plan_1_500_approved=None if plan is None else plan.status == "done",
        site_clearance_done=None if clearance is None else clearance.status == "done",
        wastewater_status=ww_status,
        wastewater_free_m3_day=None,
        occupancy_pct=None if occ is None else float(occ),
        lease_price=float(sum(prices) / len(prices)) if prices else None,
        lease_price_unit=z.lease_price_unit or "",
    )


def match_sites(request: SiteRequest, *, product: str | None = None, year: int | None = None) -> list[dict]:
    """Zones ranked for an investor (core.sites); with ``product``, distance to the buyers of that product
    weighted by their demand value."""
    zones = _zones(None)
    facts = [zone_facts(z) for z in zones]
    buyers: list[BuyerLocation] = []
    if product:
        net = analytics_source.load_network(year=year, province=None)
        value: dict[str, float] = {}
        for line in net.demand:
            if line.product == product:
                value[line.buyer] = value.get(line.buyer, 0.0) + line.annual_value
        locs = buyer_locations(value)
        buyers = [
            BuyerLocation(id=b, lat=locs[b][0], lon=locs[b][1], weight=v)
            for b, v in value.items()
            if b in locs
        ]
    by_code = {z.code: z for z in zones}
    return [
        {"match": m, "zone": by_code[m.zone_id]}
        for m in rank_sites(request, facts, buyers, cluster_rules=cluster_rules())
    ]


def enterprise_ids(text: str) -> tuple[list[str], list[str]]:
    """Named suppliers from ids or tax codes (comma/space separated) → (enterprise ids, unknown entries)."""
    ids, unknown = [], []
    for raw in [t.strip() for t in text.replace(";", ",").replace(" ", ",").split(",") if t.strip()]:
        qs = rm.Enterprise.objects.filter(Q(tax_code=raw) | (Q(pk=int(raw)) if raw.isdigit() else Q(pk=None)))
        pk = qs.values_list("pk", flat=True).first()
        if pk is None:
            unknown.append(raw)
        else:
            ids.append(str(pk))
    return ids, unknown
