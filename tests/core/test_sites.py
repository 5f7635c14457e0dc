"""lienket.core.sites: site ranking and Decree 32/2024 cluster checks on hand-worked, synthetic zones."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienket.core.sites import (
    BuyerLocation,
    ClusterRules,
    SiteRequest,
    SiteWeights,
    ZoneFacts,
    cluster_rule_status,
    haversine_km,
    rank_sites,
)


def test_haversine_one_degree_on_the_equator():
    """2π × 6 371.0088 km / 360 = 111.195 km; same point → 0."""
    assert haversine_km(0, 0, 1, 0) == pytest.approx(2 * math.pi * 6371.0088 / 360)
    assert haversine_km(21.0, 105.8, 21.0, 105.8) == 0


@given(st.floats(-89, 89), st.floats(-179, 179), st.floats(-89, 89), st.floats(-179, 179))
def test_haversine_is_symmetric_and_bounded(a, b, c, d):
    x = haversine_km(a, b, c, d)
    assert x == pytest.approx(haversine_km(c, d, a, b), abs=1e-6)
    assert 0 <= x <= math.pi * 6371.0088 + 1e-6


# ------------------------------------------------------------------------------------------------------------
# Cluster rules
# ------------------------------------------------------------------------------------------------------------


def test_new_cluster_needs_average_occupancy_strictly_above_50():
    assert cluster_rule_status(55).new_cluster_ok
    assert not cluster_rule_status(50).new_cluster_ok  # "> 50%", so exactly 50 fails
    assert cluster_rule_status(50, unleased_land_ha=80).new_cluster_ok  # or unleased land ≤ 100 ha
    assert not cluster_rule_status(50, unleased_land_ha=120).new_cluster_ok
    # the area's average, when given, decides (not this cluster's own figure)
    assert not cluster_rule_status(70, area_avg_occupancy_pct=45).new_cluster_ok


def test_expansion_needs_occupancy_at_least_60_area_and_infrastructure():
    assert cluster_rule_status(60).expansion_ok  # "≥ 60%"
    assert not cluster_rule_status(59.9).expansion_ok
    assert not cluster_rule_status(70, area_after_expansion_ha=80).expansion_ok  # > 75 ha
    assert cluster_rule_status(70, area_after_expansion_ha=75).expansion_ok
    assert not cluster_rule_status(70, shared_infrastructure_done=False).expansion_ok
    assert cluster_rule_status(
        40, pending_demand_ha=20, free_land_ha=10
    ).expansion_ok  # demand above free land


def test_thresholds_are_data():
    rules = ClusterRules(new_cluster_min_avg_occupancy_pct=70, expansion_min_occupancy_pct=80)
    status = cluster_rule_status(75, rules=rules)
    assert status.new_cluster_ok and not status.expansion_ok
    texts = " ".join(r.text_en for r in status.reasons)
    assert "70%" in texts and "80%" in texts


def test_unknown_occupancy_fails_both_with_a_reason():
    status = cluster_rule_status(None)
    assert not status.new_cluster_ok and not status.expansion_ok
    assert (
        status.reasons[0].code == "NEW_CLUSTER_OCCUPANCY" and "No occupancy data" in status.reasons[0].text_en
    )


def test_reasons_are_bilingual():
    status = cluster_rule_status(
        65, unleased_land_ha=30, area_after_expansion_ha=60, shared_infrastructure_done=True
    )
    assert {r.code for r in status.reasons} == {
        "NEW_CLUSTER_OCCUPANCY",
        "NEW_CLUSTER_UNLEASED_LAND",
        "EXPANSION_OCCUPANCY",
        "EXPANSION_AREA",
        "EXPANSION_INFRASTRUCTURE",
    }
    assert all(r.ok and r.text_vi and r.text_en for r in status.reasons)


# ------------------------------------------------------------------------------------------------------------
# Ranking
# ------------------------------------------------------------------------------------------------------------

ZONES = [
    ZoneFacts(
        "A",
        "CCN A (synthetic)",
        province="Bắc Ninh",
        clean_land_ha=34,
        priority_sectors=("Dệt may",),
        plan_1_500_approved=True,
        site_clearance_done=True,
        wastewater_status="operating",
        wastewater_free_m3_day=300,
        occupancy_pct=65,
        lease_price=60,
    ),
    ZoneFacts(
        "B",
        "CCN B (synthetic)",
        province="Thái Nguyên",
        clean_land_ha=12,
        priority_sectors=("Cơ khí",),
        plan_1_500_approved=True,
        site_clearance_done=False,
        lease_price=40,
    ),
    ZoneFacts("C", "KCN C (synthetic)", kind="KCN", clean_land_ha=5, plan_1_500_approved=True),
]


def test_rank_sites_hand_worked_scores():
    """Need 10 ha, sector 'dệt may'; components with default weights (sector 2, plan 1, clearance 1,
    wastewater 1.5, lease 1; Σ = 6.5):
    A: sector 1, plan 1, clearance 1, wastewater operating 1, lease 60 is dearest → 0: (2 + 1 + 1 + 1.5) / 6.5
    B: sector 0, plan 1, clearance 0, wastewater not operating and none needed → 0.5, lease cheapest → 1:
       (1 + 0.75 + 1) / 6.5
    C: 5 ha < 10 ha → not eligible, ranked last whatever its score.
    """
    ranked = rank_sites(SiteRequest(land_ha=10, sector="dệt may"), ZONES, [])
    assert [m.zone_id for m in ranked] == ["A", "B", "C"]
    assert ranked[0].score == pytest.approx(5.5 / 6.5)
    assert ranked[1].score == pytest.approx(2.75 / 6.5)
    assert [m.eligible for m in ranked] == [True, True, False]
    land = {r.code: r for r in ranked[2].reasons}["CLEAN_LAND"]
    assert not land.ok and "5 ha" in land.text_en and "5 ha" in land.text_vi
    assert ranked[0].cluster_status is not None and ranked[0].cluster_status.expansion_ok  # CCN A 65% ≥ 60%
    assert ranked[2].cluster_status is None  # a KCN is not under the CCN decree


def test_wastewater_capacity_below_need_fails():
    ranked = rank_sites(SiteRequest(land_ha=1, wastewater_m3_day=500), ZONES[:1], [])
    ww = {r.code: r for r in ranked[0].reasons}["WASTEWATER"]
    assert not ww.ok and ranked[0].components["wastewater"] == 0.0


def test_preferred_province_and_distance_to_buyers():
    """Buyers weights 3 (at A) and 1 (at B, 1° north of A on the same meridian = 111.195 km):
    distance from A = (3 × 0 + 1 × 111.195) / 4 = 27.80 km → component 1 / (1 + 27.80 / 50)."""
    a = ZoneFacts("A", lat=21.0, lon=106.0, clean_land_ha=10)
    b = ZoneFacts("B", lat=22.0, lon=106.0, clean_land_ha=10)
    buyers = [BuyerLocation("b1", 21.0, 106.0, weight=3), BuyerLocation("b2", 22.0, 106.0, weight=1)]
    ranked = rank_sites(SiteRequest(land_ha=5), [b, a], buyers)
    assert [m.zone_id for m in ranked] == ["A", "B"]
    d = 2 * math.pi * 6371.0088 / 360 / 4
    assert ranked[0].distance_km == pytest.approx(d)
    assert ranked[0].components["distance"] == pytest.approx(1 / (1 + d / 50))
    # Preferring B's province with a heavy weight flips the order.
    b = ZoneFacts("B", province="Thái Nguyên", lat=22.0, lon=106.0, clean_land_ha=10)
    ranked = rank_sites(
        SiteRequest(land_ha=5, preferred_province="thai nguyen"),
        [a, b],
        buyers,
        weights=SiteWeights(province=10),
    )
    assert ranked[0].zone_id == "B"


def test_ties_ordered_by_zone_id_and_scores_in_unit_interval():
    zones = [ZoneFacts(z, clean_land_ha=10) for z in ("Z2", "Z1", "Z3")]
    ranked = rank_sites(SiteRequest(land_ha=1, power_kw=100, workforce=50), zones, [])
    assert [m.zone_id for m in ranked] == ["Z1", "Z2", "Z3"]
    assert all(0 <= m.score <= 1 for m in ranked)
    assert ranked[0].components["power"] == 0.5  # capacity unknown
