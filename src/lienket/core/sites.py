"""Site matching for an investor (tìm địa điểm đầu tư) and Decree 32/2024 cluster (CCN) rule checks.

Pure Python, no Django. Zones (KCN/CCN) come in as :class:`ZoneFacts`; every verdict comes out as a
:class:`Reason` with Vietnamese and English text so pages can show *why* a zone ranks where it does.
Thresholds are data (:class:`ClusterRules`, :class:`SiteWeights`), never constants buried in code.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from lienket.core.text import fold

EARTH_RADIUS_KM = 6371.0088
# Distance at which the distance component falls to 0.5 (1 / (1 + d / scale)).
DEFAULT_DISTANCE_SCALE_KM = 50.0


@dataclass(frozen=True)
class Reason:
    """One verdict on a zone: a stable ``code``, pass/fail, and a sentence in Vietnamese and English."""

    code: str
    ok: bool
    text_vi: str
    text_en: str


@dataclass(frozen=True)
class ClusterRules:
    """Cụm công nghiệp thresholds. Defaults: Decree 32/2024/NĐ-CP (check the text before relying on them).

    New cluster: the area's existing CCNs average occupancy > ``new_cluster_min_avg_occupancy_pct`` or their
    unleased industrial land ≤ ``new_cluster_max_unleased_ha``. Expansion: occupancy ≥
    ``expansion_min_occupancy_pct`` (or pending demand above free land), area after expansion ≤
    ``expansion_max_area_ha``, shared infrastructure done.
    """

    new_cluster_min_avg_occupancy_pct: float = 50.0
    new_cluster_max_unleased_ha: float = 100.0
    expansion_min_occupancy_pct: float = 60.0
    expansion_max_area_ha: float = 75.0
    source: str = "Nghị định 32/2024/NĐ-CP"


@dataclass(frozen=True)
class ClusterRuleStatus:
    """Whether the figures meet the new-cluster and expansion thresholds, with reasons."""

    occupancy_pct: float | None
    new_cluster_ok: bool
    expansion_ok: bool
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class SiteRequest:
    """What an investor needs: land, sector, workforce, wastewater, power, preferred province."""

    land_ha: float
    sector: str = ""
    workforce: int = 0
    wastewater_m3_day: float = 0.0
    power_kw: float = 0.0
    preferred_province: str = ""


@dataclass(frozen=True)
class ZoneFacts:
    """Facts about a KCN/CCN that site matching needs (``None`` = not known)."""

    id: str
    name: str = ""
    kind: str = "CCN"
    province: str = ""
    lat: float | None = None
    lon: float | None = None
    clean_land_ha: float | None = None
    priority_sectors: tuple[str, ...] = ()
    plan_1_500_approved: bool | None = None
    site_clearance_done: bool | None = None
    wastewater_status: str = ""  # "operating", "building", "planned", "none" or ""
    wastewater_free_m3_day: float | None = None
    power_available_kw: float | None = None
    workforce_available: int | None = None
    occupancy_pct: float | None = None
    lease_price: float | None = None
    lease_price_unit: str = "USD/m²"


@dataclass(frozen=True)
class BuyerLocation:
    """A buyer the investor would supply, with a weight (e.g. its demand value)."""

    id: str
    lat: float
    lon: float
    weight: float = 1.0


@dataclass(frozen=True)
class SiteWeights:
    """Weights of the score components (each component is in [0, 1]); province/distance count only when asked."""

    sector: float = 2.0
    plan_1_500: float = 1.0
    site_clearance: float = 1.0
    wastewater: float = 1.5
    power: float = 1.0
    workforce: float = 0.5
    province: float = 1.0
    lease_price: float = 1.0
    distance: float = 1.5
    distance_scale_km: float = DEFAULT_DISTANCE_SCALE_KM


@dataclass(frozen=True)
class SiteMatch:
    """A ranked zone: ``eligible`` when it has enough clean land; ``score`` in [0, 1]; reasons explain both."""

    zone_id: str
    name: str
    eligible: bool
    score: float
    reasons: tuple[Reason, ...]
    distance_km: float | None = None
    lease_price: float | None = None
    cluster_status: ClusterRuleStatus | None = None
    components: dict[str, float] = field(default_factory=dict)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _pct(x: float) -> str:
    return f"{x:g}%"


def cluster_rule_status(
    occupancy_pct: float | None,
    *,
    area_avg_occupancy_pct: float | None = None,
    unleased_land_ha: float | None = None,
    area_after_expansion_ha: float | None = None,
    shared_infrastructure_done: bool | None = None,
    pending_demand_ha: float | None = None,
    free_land_ha: float | None = None,
    rules: ClusterRules | None = None,
) -> ClusterRuleStatus:
    """Check a CCN's figures against the Decree 32/2024 thresholds in ``rules``.

    new_cluster_ok: (area average occupancy, or this cluster's when no average is given) > the new-cluster
    threshold, or unleased industrial land ≤ its ceiling. expansion_ok: occupancy ≥ the expansion threshold (or
    pending demand > free land), and — when known — area after expansion ≤ the ceiling and shared
    infrastructure done. Unknown facts do not block, but unknown occupancy fails both.
    """
    r = rules or ClusterRules()
    reasons: list[Reason] = []
    avg = area_avg_occupancy_pct if area_avg_occupancy_pct is not None else occupancy_pct

    new_by_occ = avg is not None and avg > r.new_cluster_min_avg_occupancy_pct
    new_by_land = unleased_land_ha is not None and unleased_land_ha <= r.new_cluster_max_unleased_ha
    if avg is None:
        reasons.append(
            Reason("NEW_CLUSTER_OCCUPANCY", False, "Chưa có số liệu tỷ lệ lấp đầy", "No occupancy data")
        )
    else:
        reasons.append(
            Reason(
                "NEW_CLUSTER_OCCUPANCY",
                new_by_occ,
                f"Tỷ lệ lấp đầy bình quân {_pct(avg)} ({'trên' if new_by_occ else 'chưa trên'} "
                f"{_pct(r.new_cluster_min_avg_occupancy_pct)}, điều kiện thành lập CCN mới)",
                f"Average occupancy {_pct(avg)} ({'above' if new_by_occ else 'not above'} "
                f"{_pct(r.new_cluster_min_avg_occupancy_pct)} needed for a new cluster)",
            )
        )
    if unleased_land_ha is not None:
        reasons.append(
            Reason(
                "NEW_CLUSTER_UNLEASED_LAND",
                new_by_land,
                f"Đất công nghiệp chưa cho thuê {unleased_land_ha:g} ha (ngưỡng ≤ {r.new_cluster_max_unleased_ha:g} ha)",
                f"Unleased industrial land {unleased_land_ha:g} ha (threshold ≤ {r.new_cluster_max_unleased_ha:g} ha)",
            )
        )

    occ_ok = occupancy_pct is not None and occupancy_pct >= r.expansion_min_occupancy_pct
    demand_ok = (
        pending_demand_ha is not None and free_land_ha is not None and pending_demand_ha > free_land_ha
    )
    if occupancy_pct is not None:
        reasons.append(
            Reason(
                "EXPANSION_OCCUPANCY",
                occ_ok,
                f"Tỷ lệ lấp đầy {_pct(occupancy_pct)} ({'đạt' if occ_ok else 'chưa đạt'} "
                f"≥ {_pct(r.expansion_min_occupancy_pct)} để mở rộng)",
                f"Occupancy {_pct(occupancy_pct)} ({'meets' if occ_ok else 'below'} "
                f"≥ {_pct(r.expansion_min_occupancy_pct)} for expansion)",
            )
        )
    if demand_ok:
        reasons.append(
            Reason(
                "EXPANSION_DEMAND",
                True,
                f"Nhu cầu thuê {pending_demand_ha:g} ha vượt quỹ đất trống {free_land_ha:g} ha",
                f"Pending demand {pending_demand_ha:g} ha exceeds free land {free_land_ha:g} ha",
            )
        )
    area_ok = area_after_expansion_ha is None or area_after_expansion_ha <= r.expansion_max_area_ha
    if area_after_expansion_ha is not None:
        reasons.append(
            Reason(
                "EXPANSION_AREA",
                area_ok,
                f"Diện tích sau mở rộng {area_after_expansion_ha:g} ha (tối đa {r.expansion_max_area_ha:g} ha)",
                f"Area after expansion {area_after_expansion_ha:g} ha (maximum {r.expansion_max_area_ha:g} ha)",
            )
        )
    infra_ok = shared_infrastructure_done is not False
    if shared_infrastructure_done is not None:
        reasons.append(
            Reason(
                "EXPANSION_INFRASTRUCTURE",
                infra_ok,
                "Hạ tầng dùng chung (đường, cấp nước, thu gom và xử lý nước thải) "
                + ("đã hoàn thành" if infra_ok else "chưa hoàn thành"),
                "Shared infrastructure (roads, water, wastewater collection and treatment) "
                + ("done" if infra_ok else "not done"),
            )
        )
    return ClusterRuleStatus(
        occupancy_pct=occupancy_pct,
        new_cluster_ok=new_by_occ or new_by_land,
        expansion_ok=(occ_ok or demand_ok) and area_ok and infra_ok,
        reasons=tuple(reasons),
    )


def _capacity(need: float, have: float | None) -> float:
    """1 when capacity covers the need, 0.5 when unknown, 0 when short; no need counts as covered."""
    if need <= 0:
        return 1.0
    if have is None:
        return 0.5
    return 1.0 if have >= need else 0.0


def _weighted_distance(zone: ZoneFacts, buyers: list[BuyerLocation]) -> float | None:
    if zone.lat is None or zone.lon is None or not buyers:
        return None
    total_w = math.fsum(max(0.0, b.weight) for b in buyers)
    if total_w <= 0:
        return None
    return (
        math.fsum(max(0.0, b.weight) * haversine_km(zone.lat, zone.lon, b.lat, b.lon) for b in buyers)
        / total_w
    )


def _zone_reasons(req: SiteRequest, z: ZoneFacts) -> tuple[bool, dict[str, float], list[Reason]]:
    reasons: list[Reason] = []
    comp: dict[str, float] = {}

    eligible = z.clean_land_ha is not None and z.clean_land_ha >= req.land_ha
    if z.clean_land_ha is None:
        reasons.append(Reason("CLEAN_LAND", False, "Chưa có số liệu đất sạch", "No clean-land figure"))
    else:
        reasons.append(
            Reason(
                "CLEAN_LAND",
                eligible,
                f"Đất sạch {z.clean_land_ha:g} ha {'đủ' if eligible else 'không đủ'} cho nhu cầu {req.land_ha:g} ha",
                f"Clean land {z.clean_land_ha:g} ha {'covers' if eligible else 'short of'} the {req.land_ha:g} ha needed",
            )
        )

    if req.sector:
        sectors = {fold(s) for s in z.priority_sectors}
        fit = fold(req.sector) in sectors
        comp["sector"] = 1.0 if fit else (0.5 if not sectors else 0.0)
        reasons.append(
            Reason(
                "SECTOR",
                fit or not sectors,
                f"Ngành {req.sector}: "
                + (
                    "thuộc ngành ưu tiên"
                    if fit
                    else ("khu không giới hạn ngành" if not sectors else "không thuộc ngành ưu tiên")
                ),
                f"Sector {req.sector}: "
                + (
                    "a priority sector"
                    if fit
                    else ("zone has no sector list" if not sectors else "not a priority sector")
                ),
            )
        )

    for code, value, weight_key, vi, en in (
        (
            "PLAN_1_500",
            z.plan_1_500_approved,
            "plan_1_500",
            "Quy hoạch chi tiết 1/500",
            "1/500 detailed plan",
        ),
        ("SITE_CLEARANCE", z.site_clearance_done, "site_clearance", "Giải phóng mặt bằng", "Site clearance"),
    ):
        comp[weight_key] = 1.0 if value else 0.0
        state_vi = "đã xong" if value else ("chưa có số liệu" if value is None else "chưa xong")
        state_en = "done" if value else ("unknown" if value is None else "not done")
        reasons.append(Reason(code, bool(value), f"{vi}: {state_vi}", f"{en}: {state_en}"))

    operating = fold(z.wastewater_status) == "operating"
    ww = _capacity(req.wastewater_m3_day, z.wastewater_free_m3_day) if operating else 0.0
    if not operating and req.wastewater_m3_day <= 0:
        ww = 0.5  # no discharge needed: a missing plant matters less
    comp["wastewater"] = ww
    free = z.wastewater_free_m3_day
    if operating:
        ww_vi = "đang hoạt động" + ("" if free is None else f", còn {free:g} m³/ngày")
        ww_en = "operating" + ("" if free is None else f", {free:g} m³/day free")
    else:
        ww_vi, ww_en = "chưa hoạt động", "not operating"
    if req.wastewater_m3_day > 0:
        ww_vi += f" (cần {req.wastewater_m3_day:g} m³/ngày)"
        ww_en += f" (need {req.wastewater_m3_day:g} m³/day)"
    reasons.append(
        Reason("WASTEWATER", ww == 1.0, f"Nhà máy xử lý nước thải {ww_vi}", f"Wastewater plant {ww_en}")
    )

    if req.power_kw > 0:
        comp["power"] = _capacity(req.power_kw, z.power_available_kw)
        have = "?" if z.power_available_kw is None else f"{z.power_available_kw:g}"
        reasons.append(
            Reason(
                "POWER",
                comp["power"] == 1.0,
                f"Điện cần {req.power_kw:g} kW; sẵn có {have} kW",
                f"Power needed {req.power_kw:g} kW; available {have} kW",
            )
        )
    if req.workforce > 0:
        comp["workforce"] = _capacity(req.workforce, z.workforce_available)
        have = "?" if z.workforce_available is None else str(z.workforce_available)
        reasons.append(
            Reason(
                "WORKFORCE",
                comp["workforce"] == 1.0,
                f"Lao động cần {req.workforce}; sẵn có {have}",
                f"Workers needed {req.workforce}; available {have}",
            )
        )

    if req.preferred_province:
        same = bool(z.province) and fold(z.province) == fold(req.preferred_province)
        comp["province"] = 1.0 if same else 0.0
        reasons.append(
            Reason(
                "PROVINCE",
                same,
                f"Tỉnh {z.province or '?'} {'đúng' if same else 'khác'} tỉnh mong muốn ({req.preferred_province})",
                f"Province {z.province or '?'} {'is' if same else 'is not'} the preferred one ({req.preferred_province})",
            )
        )

    if z.occupancy_pct is not None:
        reasons.append(
            Reason(
                "OCCUPANCY",
                True,
                f"Tỷ lệ lấp đầy {_pct(z.occupancy_pct)}",
                f"Occupancy {_pct(z.occupancy_pct)}",
            )
        )
    return eligible, comp, reasons


def rank_sites(
    request: SiteRequest,
    zones: list[ZoneFacts],
    buyers: list[BuyerLocation],
    *,
    weights: SiteWeights | None = None,
    cluster_rules: ClusterRules | None = None,
) -> list[SiteMatch]:
    """Rank ``zones`` for an investor's ``request``.

    A zone is *eligible* when its clean land ≥ land needed. score = Σ weight × component ÷ Σ weight over the
    components that apply, each in [0, 1]: sector fit (zone without a sector list 0.5), 1/500 plan, site
    clearance, wastewater plant operating with free capacity, power and workforce (only if needed; unknown
    capacity 0.5), preferred province (only if given), lease price (cheapest 1 → dearest 0 among zones with a
    price; unknown 0.5) and weighted distance d to ``buyers`` (1 / (1 + d/scale), only if buyers are given).
    Order: eligible first, score descending, distance ascending, zone id. CCNs also carry
    :func:`cluster_rule_status` for their occupancy.
    """
    w = weights or SiteWeights()
    prices = [z.lease_price for z in zones if z.lease_price is not None]
    lo, hi = (min(prices), max(prices)) if prices else (0.0, 0.0)
    matches = []
    for z in zones:
        eligible, comp, reasons = _zone_reasons(request, z)
        if z.lease_price is None:
            comp["lease_price"] = 0.5
        else:
            comp["lease_price"] = 1.0 if hi == lo else 1.0 - (z.lease_price - lo) / (hi - lo)
            reasons.append(
                Reason(
                    "LEASE_PRICE",
                    True,
                    f"Giá thuê {z.lease_price:g} {z.lease_price_unit}",
                    f"Lease price {z.lease_price:g} {z.lease_price_unit}",
                )
            )
        distance = _weighted_distance(z, buyers)
        if buyers:
            comp["distance"] = 0.0 if distance is None else 1.0 / (1.0 + distance / w.distance_scale_km)
            reasons.append(
                Reason(
                    "DISTANCE",
                    distance is not None,
                    "Chưa có toạ độ" if distance is None else f"Cách bên mua bình quân {distance:.1f} km",
                    "No coordinates" if distance is None else f"Average distance to buyers {distance:.1f} km",
                )
            )
        status = None
        if z.kind.upper() == "CCN":
            status = cluster_rule_status(z.occupancy_pct, rules=cluster_rules)
            reasons.append(
                Reason(
                    "CLUSTER_RULE",
                    status.expansion_ok,
                    "CCN đủ điều kiện mở rộng (NĐ 32/2024)" if status.expansion_ok else "CCN chưa đủ điều kiện mở rộng (NĐ 32/2024)",
                    "Cluster meets the expansion rule (Decree 32/2024)" if status.expansion_ok else "Cluster does not meet the expansion rule (Decree 32/2024)",
                )
            )  # fmt: skip
        total_w = math.fsum(getattr(w, k) for k in comp)
        score = math.fsum(getattr(w, k) * v for k, v in comp.items()) / total_w if total_w > 0 else 0.0
        matches.append(
            SiteMatch(
                zone_id=z.id,
                name=z.name,
                eligible=eligible,
                score=score,
                reasons=tuple(reasons),
                distance_km=distance,
                lease_price=z.lease_price,
                cluster_status=status,
                components=comp,
            )
        )
    inf = float("inf")
    return sorted(
        matches,
        key=lambda m: (not m.eligible, -m.score, inf if m.distance_km is None else m.distance_km, m.zone_id),
    )
