"""The columnar engine (Polars + numpy) gives the reference module's numbers: fixtures, hand-worked cases, random
networks (hypothesis)."""

from __future__ import annotations

import json
import math
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lienket.core import network as ref
from lienket.core import network_columnar as col
from lienket.core.network import LocalizationScope, ScenarioSpec, network_from_dict

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "network"


def load(name: str) -> ref.Network:
    return network_from_dict(json.loads((DATA / name).read_text(encoding="utf-8")), source=name)


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def assert_same_scenario(net: ref.Network, spec: ScenarioSpec) -> None:
    want = ref.scenario(net, spec)
    got = col.scenario(col.from_network(net), spec)
    assert close(got.value_at_risk, want.value_at_risk)
    assert close(got.value_at_risk_per_week, want.value_at_risk_per_week)
    gb, wb = got.buyer_impacts(), list(want.buyers)
    assert [b.id for b in gb] == [b.id for b in wb]
    for g, w in zip(gb, wb, strict=True):
        assert close(g.value_at_risk, w.value_at_risk) and g.first_short_week == w.first_short_week
        assert close(g.value_at_risk_per_week, w.value_at_risk_per_week)
        assert (g.lines, g.products) == (w.lines, w.products)
    gp, wp = got.product_impacts(), list(want.products)
    assert [(p.product, p.first_short_week, p.buyers) for p in gp] == [
        (p.product, p.first_short_week, p.buyers) for p in wp
    ]
    assert got.priority().get_column("line").to_list() == [li.index for li in want.priority]
    assert got.priority(3).get_column("line").to_list() == [li.index for li in want.priority[:3]]
    for li, row in zip(want.lines, got.lines.iter_rows(named=True), strict=True):
        assert close(row["value_at_risk"], li.value_at_risk)
        assert row["first_short_week"] == li.first_short_week


def assert_same_localization(net: ref.Network, scope: LocalizationScope | None = None) -> None:
    want = ref.localization_rate(net, scope)
    got = col.localization_rate(col.from_network(net), scope)
    for f in (
        "in_province",
        "in_vietnam",
        "total_value",
        "province_value",
        "vietnam_value",
        "imported_value",
    ):
        assert close(getattr(got, f), getattr(want, f)), f
    assert got.lines == want.lines
    assert sorted(got.by_year) == sorted(want.by_year)
    for y, w in want.by_year.items():
        assert close(got.by_year[y].in_province, w.in_province)
        assert close(got.by_year[y].in_vietnam, w.in_vietnam)


def assert_same_gaps(net: ref.Network, weights=None) -> None:
    want = ref.supply_gaps(net, weights)
    got = col.supply_gaps(col.from_network(net), weights)
    assert [(g.product, g.buyers, g.buyer_ids) for g in got] == [
        (g.product, g.buyers, g.buyer_ids) for g in want
    ]
    for g, w in zip(got, want, strict=True):
        assert close(g.score, w.score) and close(g.imported_value, w.imported_value)
        assert close(g.unmet_value, w.unmet_value) and close(g.total_value, w.total_value)


def test_five_firms_hand_worked():
    """five_firms.json, stop CN,KR, W = 8 (see tests/core/test_network.py for the derivation):

    zipper 1,000/wk × 0.3 × (8 − 2) = 1,800 (wk 3); PCB 2,000/wk × 0.6 × 8 = 9,600 (wk 1); B1 = 11,400;
    thread (S3 is a CN firm) 500 × 1 × (8 − 10) → 0; button 200 × 0.25 × 5 = 250 (wk 4); total 11,650.
    Localization 33,800 / 197,600 = 13/76 in province; 80,600 / 197,600 = 31/76 in Vietnam.
    """
    net = load("five_firms.json")
    cn = col.from_network(net)
    res = col.scenario(cn, ScenarioSpec(stop_countries=frozenset({"CN", "KR"}), weeks=8))
    assert res.value_at_risk == pytest.approx(11_650)
    assert [(b.id, b.value_at_risk, b.first_short_week) for b in res.buyer_impacts()] == [
        ("B1", pytest.approx(11_400), 1),
        ("B2", pytest.approx(250), 4),
    ]
    loc = col.localization_rate(cn)
    assert loc.in_province == pytest.approx(13 / 76) and loc.in_vietnam == pytest.approx(31 / 76)
    payload = col.scenario_payload(cn, res)
    expected = json.loads((DATA / "five_firms.expected.json").read_text(encoding="utf-8"))
    assert payload["value_at_risk"] == pytest.approx(expected["value_at_risk"])
    assert payload["localization_rate"] == pytest.approx(expected["localization_rate"])
    assert [(b["id"], b["first_short_week"]) for b in payload["buyers"]] == [
        (b["id"], b["first_short_week"]) for b in expected["buyers"]
    ]


@pytest.mark.parametrize("name", ["five_firms.json", "messy.json"])
@pytest.mark.parametrize(
    "spec",
    [
        ScenarioSpec(stop_countries=frozenset({"CN", "KR"}), weeks=8),
        ScenarioSpec(stop_countries=frozenset({"CN"}), weeks=2),
        ScenarioSpec(stop_countries=frozenset({"VN"}), weeks=52),
        ScenarioSpec(stop_firms=frozenset({"S1", "GHOST"}), weeks=4),
        ScenarioSpec(weeks=8),
    ],
)
def test_fixtures_match_reference(name, spec):
    net = load(name)
    assert_same_scenario(net, spec)
    assert_same_localization(net)
    assert_same_gaps(net, {"zipper": 2.0})


def test_fixture_scopes_match_reference():
    net = load("five_firms.json")
    for scope in (
        LocalizationScope(province="bac ninh"),
        LocalizationScope(product="zipper"),
        LocalizationScope(buyer="B2"),
        LocalizationScope(province="Nowhere"),
    ):
        assert_same_localization(net, scope)


def test_unknown_named_supplier_is_stopped_by_id():
    """A named supplier missing from 'firms' is still stopped by name: 5,200/52 × 1 × 2 weeks = 200."""
    net = network_from_dict(
        {
            "firms": [],
            "demand": [
                {"buyer": "B", "product": "p", "annual_value": 5200, "sources": [{"origin": "X", "share": 1}]}
            ],
        }
    )
    res = col.scenario(col.from_network(net), ScenarioSpec(stop_firms=frozenset({"X"}), weeks=2))
    assert res.value_at_risk == pytest.approx(200)


def test_stop_by_zone_matches_reference():
    net = network_from_dict(
        {
            "firms": [
                {"id": "B", "province": "A", "country": "VN"},
                {"id": "S", "province": "A", "country": "VN", "zone": "Z1"},
            ],
            "demand": [
                {"buyer": "B", "product": "p", "annual_value": 5200, "cover_days": 7, "year": 2024,
                 "sources": [{"origin": "S", "share": 0.5}, {"origin": "import:JP", "share": 0.5}]},
            ],
        }
    )  # fmt: skip
    res = col.scenario(col.from_network(net), ScenarioSpec(stop_zones=frozenset({"Z1"}), weeks=3))
    # 100/wk × 0.5 × (3 − 1) = 100, short from week 2.
    assert res.value_at_risk == pytest.approx(100)
    assert res.buyer_impacts()[0].first_short_week == 2
    assert_same_scenario(net, ScenarioSpec(stop_zones=frozenset({"Z1"}), weeks=3))


# ------------------------------------------------------------------------------------------------------------
# Random networks
# ------------------------------------------------------------------------------------------------------------

FIRMS = [f"F{i}" for i in range(6)]
PROVINCES = ["Bắc Ninh", "bac ninh", "Hải Phòng", "", "Thái Nguyên"]
COUNTRIES = ["VN", "CN", "KR", "", "JP"]


@st.composite
def networks(draw):
    firms = [
        {
            "id": fid,
            "province": draw(st.sampled_from(PROVINCES)),
            "country": draw(st.sampled_from(COUNTRIES)),
            "zone": draw(st.sampled_from(["", "Z1", "Z2"])),
        }
        for fid in FIRMS[: draw(st.integers(0, len(FIRMS)))]
    ]
    origin = st.one_of(
        st.sampled_from(FIRMS + ["GHOST"]),
        st.sampled_from(["import:CN", "import:kr", "import:JP", "import:"]),
    )
    demand = [
        {
            "buyer": draw(st.sampled_from(FIRMS + ["NOBODY"])),
            "product": draw(st.sampled_from(["a", "b", "c"])),
            "annual_value": draw(st.one_of(st.just(0), st.floats(0, 1e9, allow_nan=False))),
            "cover_days": draw(st.sampled_from([None, 0, 3, 7, 14, 30, 100])),
            "year": draw(st.sampled_from([None, 2023, 2024])),
            "sector": draw(st.sampled_from(["", "Điện tử", "dien tu", "det may"])),
            "sources": [
                {"origin": draw(origin), "share": draw(st.sampled_from([0, 0.1, 0.25, 0.5, 1 / 3, 1]))}
                for _ in range(draw(st.integers(0, 4)))
            ],
        }
        for _ in range(draw(st.integers(0, 12)))
    ]
    return network_from_dict({"firms": firms, "demand": demand})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    net=networks(),
    countries=st.sets(st.sampled_from(["CN", "KR", "VN", "JP"])),
    firms=st.sets(st.sampled_from(FIRMS[:3] + ["GHOST"]), max_size=2),
    zones=st.sets(st.sampled_from(["Z1", "Z2"]), max_size=1),
    weeks=st.sampled_from([0, 1, 2.5, 8, 52]),
)
def test_random_networks_match_reference(net, countries, firms, zones, weeks):
    spec = ScenarioSpec(
        stop_countries=frozenset(countries),
        stop_firms=frozenset(firms),
        stop_zones=frozenset(zones),
        weeks=weeks,
    )
    assert_same_scenario(net, spec)
    assert_same_localization(net)
    assert_same_localization(net, LocalizationScope(province="Bắc Ninh", sector="dien tu"))
    assert_same_localization(net, LocalizationScope(year=2024, product="a"))
    assert_same_gaps(net, {"a": 3.0})


def test_dense_integer_ids_skip_the_join_and_agree_with_text_ids():
    """Firms 0..3 as integers (fast path) and as text (join path): same figures. Origin 9 is unknown."""
    import polars as pl

    firms = {"id": [0, 1, 2, 3], "province_key": ["a", "a", "b", ""], "country": ["VN", "CN", "VN", "KR"],
             "zone": ["", "Z", "", ""]}  # fmt: skip
    lines = {"buyer": [0, 2, 3], "product": ["p", "q", "p"], "annual_value": [5200.0, 1040.0, 520.0],
             "cover_days": [7.0, 0.0, 14.0], "year": [2024, 2024, 2025], "sector_key": ["", "", ""]}  # fmt: skip
    sources = {"line": [0, 0, 1, 1, 2], "origin": [1, None, 0, 9, 2], "share": [0.5, 0.5, 0.6, 0.4, 1.0],
               "import_country": ["", "KR", "", "", ""], "is_import": [False, True, False, False, False]}  # fmt: skip
    dense = col.ColumnarNetwork(pl.DataFrame(firms), pl.DataFrame(lines), pl.DataFrame(sources))
    text = col.ColumnarNetwork(
        pl.DataFrame(firms).with_columns(pl.col("id").cast(pl.String)),
        pl.DataFrame(lines).with_columns(pl.col("buyer").cast(pl.String)),
        pl.DataFrame(sources).with_columns(pl.col("origin").cast(pl.String)),
    )
    spec = ScenarioSpec(stop_countries=frozenset({"CN", "KR"}), weeks=4)
    a, b = col.scenario(dense, spec), col.scenario(text, spec)
    # line 0: 100/wk × (0.5 CN firm + 0.5 import KR) × (4 − 1) = 300; others not stopped.
    assert a.value_at_risk == pytest.approx(300) and b.value_at_risk == pytest.approx(300)
    la, lb = col.localization_rate(dense), col.localization_rate(text)
    # local: line 0 firm 1 in 'a' = buyer's 'a' → 2600; line 1 firm 0 in 'a' ≠ 'b'; line 2 buyer has no province.
    assert la.province_value == pytest.approx(2600) and lb.province_value == pytest.approx(2600)
    assert la.vietnam_value == pytest.approx(1040 * 0.6 + 520) == lb.vietnam_value
