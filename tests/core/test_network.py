"""lienket.core.network: scenario, localization and supply-gap formulas on hand-worked networks (synthetic data)."""

from __future__ import annotations

import json
import math
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienket.core.network import (
    DemandLine,
    Firm,
    LocalizationScope,
    Network,
    NetworkError,
    ScenarioSpec,
    Source,
    Substitute,
    line_impact,
    localization_rate,
    network_from_dict,
    parse_stop_list,
    scenario,
    supply_gaps,
)

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "network"


def five_firms() -> Network:
    return network_from_dict(
        json.loads((DATA / "five_firms.json").read_text(encoding="utf-8")), source="five"
    )


def spec(*countries: str, weeks: float = 8, firms=(), zones=()) -> ScenarioSpec:
    return ScenarioSpec(
        stop_countries=frozenset(countries),
        stop_firms=frozenset(firms),
        stop_zones=frozenset(zones),
        weeks=weeks,
    )


def net(lines: list[dict], firms: list[dict] | None = None) -> Network:
    return network_from_dict({"firms": firms or [], "demand": lines}, source="t.json")


# --------------------------------------------------------------------------------------------------------------
# The 5-firm network
# --------------------------------------------------------------------------------------------------------------


def test_five_firm_network_stop_cn_kr_8_weeks():
    """Firms: B1 (Bắc Ninh), B2 (Hải Phòng), S1 (Bắc Ninh, VN), S2 (Hải Phòng, VN), S3 (CN). Stop CN, KR, W = 8.

    L0 B1 zipper  52 000, cover 14 d: stopped import:CN 0.3; shortage 8 − 2 = 6; VaR = 1000 × 0.3 × 6 = 1 800;
                                       first week floor(14/7) + 1 = 3
    L1 B1 PCB    104 000, cover  0 d: stopped import:KR 0.6; shortage 8; VaR = 2000 × 0.6 × 8 = 9 600; week 1
    L2 B2 thread  26 000, cover 70 d: S3 is CN → lost 1.0, but shortage max(0, 8 − 10) = 0 → VaR 0, no week
    L3 B2 button  10 400, cover 21 d: import:cn 0.25 (lower case); shortage 8 − 3 = 5; VaR = 200 × .25 × 5 = 250;
                                       week 4
    L4 B2 label    5 200, cover null → 0: S1 is VN → lost 0 → VaR 0
    Total 11 650; B1 = 1 800 + 9 600 = 11 400 (first week min(3, 1) = 1); B2 = 250 (week 4).
    """
    result = scenario(five_firms(), spec("CN", "KR"))
    assert result.value_at_risk == pytest.approx(11650)
    assert [(b.id, b.value_at_risk, b.first_short_week) for b in result.buyers] == [
        ("B1", pytest.approx(11400), 1),
        ("B2", pytest.approx(250), 4),
    ]
    by_index = {li.index: li for li in result.lines}
    assert by_index[0].value_at_risk == pytest.approx(1800) and by_index[0].first_short_week == 3
    assert by_index[1].value_at_risk == pytest.approx(9600) and by_index[1].first_short_week == 1
    assert (
        by_index[2].lost_share == 1.0
        and by_index[2].value_at_risk == 0
        and by_index[2].first_short_week is None
    )
    assert by_index[3].value_at_risk == pytest.approx(250) and by_index[3].first_short_week == 4
    assert by_index[4].lost_share == 0 and by_index[4].first_short_week is None
    # Per week once short: L0 300, L1 1 200, L3 50 → 1 550; products sorted by VaR: PCB, zipper, button.
    assert result.value_at_risk_per_week == pytest.approx(1550)
    assert [p.product for p in result.products] == ["PCB", "zipper", "button"]
    assert [li.index for li in result.priority] == [1, 0, 3]


def test_five_firm_localization():
    """Total demand 52 000 + 104 000 + 26 000 + 10 400 + 5 200 = 197 600.

    In the buyer's province: L0 S1 0.5 × 52 000 = 26 000 (both Bắc Ninh); L3 S2 0.75 × 10 400 = 7 800 (both Hải
    Phòng); L1's S2 and L4's S1 are in the other province. 33 800 / 197 600 = 13/76.
    In Vietnam: 26 000 + 0.4 × 104 000 + 7 800 + 5 200 = 80 600 → 31/76. Imports: 0.5 × 52 000 + 0.6 × 104 000 +
    26 000 (S3 is CN) + 0.25 × 10 400 = 117 000.
    """
    loc = localization_rate(five_firms())
    assert loc.in_province == pytest.approx(13 / 76)
    assert loc.in_vietnam == pytest.approx(31 / 76)
    assert loc.total_value == 197600 and loc.imported_value == pytest.approx(117000)
    assert loc.by_year == {}


def test_localization_scope_by_province_and_product():
    """Scope Hải Phòng buyers (B2): 26 000 + 10 400 + 5 200 = 41 600; local 7 800 → 0.1875."""
    loc = localization_rate(five_firms(), LocalizationScope(province="hai phong"))
    assert loc.total_value == 41600 and loc.in_province == pytest.approx(7800 / 41600)
    loc = localization_rate(five_firms(), LocalizationScope(product="zipper"))
    assert loc.in_province == pytest.approx(0.5) and loc.in_vietnam == pytest.approx(0.5)


def test_localization_trend_by_year():
    """2024: 100 × 0.2 local; 2025: 300 × 0.5 local + 100 × 0 → 0.2 and 150/400 = 0.375; all: 170/500 = 0.34."""
    firms = [
        {"id": "B", "province": "P", "country": "VN"},
        {"id": "S", "province": "P", "country": "VN"},
    ]
    lines = [
        {"buyer": "B", "product": "x", "annual_value": 100, "year": 2024, "sources": [
            {"origin": "S", "share": 0.2}, {"origin": "import:CN", "share": 0.8}]},
        {"buyer": "B", "product": "x", "annual_value": 300, "year": 2025, "sources": [
            {"origin": "S", "share": 0.5}, {"origin": "import:CN", "share": 0.5}]},
        {"buyer": "B", "product": "y", "annual_value": 100, "year": 2025, "sources": [
            {"origin": "import:JP", "share": 1}]},
    ]  # fmt: skip
    loc = localization_rate(net(lines, firms))
    assert loc.in_province == pytest.approx(0.34)
    assert sorted(loc.by_year) == [2024, 2025]
    assert loc.by_year[2024].in_province == pytest.approx(0.2)
    assert loc.by_year[2025].in_province == pytest.approx(0.375)
    assert localization_rate(net(lines, firms), LocalizationScope(year=2024)).total_value == 100


def test_localization_of_empty_network_is_zero():
    loc = localization_rate(net([]))
    assert (loc.in_province, loc.in_vietnam, loc.total_value) == (0.0, 0.0, 0.0)


def test_domestic_firm_in_other_province_counts_for_vietnam_not_province():
    firms = [
        {"id": "B", "province": "Bắc Ninh", "country": "VN"},
        {"id": "S", "province": "Hà Nội", "country": "VN"},
    ]
    loc = localization_rate(
        net([{"buyer": "B", "annual_value": 10, "sources": [{"origin": "S", "share": 1}]}], firms)
    )
    assert (loc.in_province, loc.in_vietnam) == (0.0, 1.0)


# --------------------------------------------------------------------------------------------------------------
# Formulas on single lines
# --------------------------------------------------------------------------------------------------------------


def one_line(cover_days, weeks, share=1.0, value=5200.0):
    line = DemandLine("B", "p", value, cover_days, (Source("import:CN", share),))
    return line_impact(Network(), line, spec("CN", weeks=weeks))


def test_shortage_begins_after_cover():
    """cover 14 d = 2 weeks: W = 2 → shortage 0 (no week); W = 2.5 → 0.5 week, 100 × 0.5 = 50, first week 3."""
    li = one_line(14, 2)
    assert (li.shortage_weeks, li.value_at_risk, li.first_short_week) == (0, 0, None)
    li = one_line(14, 2.5)
    assert (li.shortage_weeks, li.value_at_risk, li.first_short_week) == (0.5, 50, 3)


def test_first_short_week_uses_floor_of_cover_weeks():
    """cover 13 d: floor(13/7) + 1 = 2; shortage 3 − 13/7 = 8/7 weeks; VaR = 100 × 0.5 × 8/7."""
    li = one_line(13, 3, share=0.5)
    assert li.first_short_week == 2
    assert li.value_at_risk == pytest.approx(100 * 0.5 * 8 / 7)
    assert li.value_at_risk_per_week == pytest.approx(50)


def test_zero_weeks_means_no_risk():
    li = one_line(0, 0)
    assert (li.value_at_risk, li.first_short_week) == (0, None)


def test_stop_by_named_firm_and_by_zone():
    """S1 in zone Z1 (0.4), S2 (0.6); 5 200/52 = 100 a week; W = 1: stop S2 → 60; stop zone Z1 → 40."""
    firms = [{"id": "S1", "country": "VN", "zone": "Z1"}, {"id": "S2", "country": "VN"}]
    lines = [
        {
            "buyer": "B",
            "annual_value": 5200,
            "sources": [{"origin": "S1", "share": 0.4}, {"origin": "S2", "share": 0.6}],
        }
    ]
    n = net(lines, firms)
    assert scenario(n, spec(weeks=1, firms={"S2"})).value_at_risk == pytest.approx(60)
    assert scenario(n, spec(weeks=1, zones={"Z1"})).value_at_risk == pytest.approx(40)
    assert scenario(n, spec("VN", weeks=1)).value_at_risk == pytest.approx(100)


def test_duplicate_buyer_lines_are_aggregated_and_ties_sorted_by_id():
    """B twice (100 × 1 × 1 + 100 × 0.5 × 1 = 150); A and C 100 each → B, A, C."""
    lines = [
        {"buyer": "C", "annual_value": 5200, "sources": [{"origin": "import:CN", "share": 1}]},
        {"buyer": "B", "annual_value": 5200, "sources": [{"origin": "import:CN", "share": 1}]},
        {"buyer": "A", "annual_value": 5200, "sources": [{"origin": "import:CN", "share": 1}]},
        {"buyer": "B", "annual_value": 5200, "sources": [{"origin": "import:CN", "share": 0.5}, {"origin": "import:VN", "share": 0.5}]},
    ]  # fmt: skip
    result = scenario(net(lines), spec("CN", weeks=1))
    assert [(b.id, b.value_at_risk, b.lines) for b in result.buyers] == [
        ("B", 150, 2),
        ("A", 100, 1),
        ("C", 100, 1),
    ]


def test_buyer_first_short_week_is_minimum_over_affected_lines():
    lines = [
        {
            "buyer": "B",
            "annual_value": 5200,
            "cover_days": 35,
            "sources": [{"origin": "import:CN", "share": 1}],
        },
        {
            "buyer": "B",
            "annual_value": 5200,
            "cover_days": 8,
            "sources": [{"origin": "import:CN", "share": 1}],
        },
        {
            "buyer": "B",
            "annual_value": 5200,
            "cover_days": 0,
            "sources": [{"origin": "import:JP", "share": 1}],
        },
    ]
    (b,) = scenario(net(lines), spec("CN", weeks=8)).buyers
    assert (
        b.first_short_week == 2
    )  # floor(8/7) + 1; the JP line is not stopped, the 35-day line starts at week 6


def test_buyer_with_zero_value_at_risk_is_not_listed():
    lines = [{"buyer": "B", "annual_value": 0, "sources": [{"origin": "import:CN", "share": 1}]}]
    result = scenario(net(lines), spec("CN"))
    assert result.buyers == () and result.value_at_risk == 0
    assert result.lines[0].first_short_week == 1  # the line formula still says when it would run short


def test_unknown_firm_origin_is_never_stopped_but_warned():
    n = net([{"buyer": "B", "annual_value": 52, "sources": [{"origin": "GHOST", "share": 1}]}])
    assert any("GHOST" in w and "not in 'firms'" in w for w in n.warnings)
    assert scenario(n, spec("CN")).value_at_risk == 0


def test_stopped_country_absent_from_network_is_warned():
    result = scenario(five_firms(), spec("XX"))
    assert result.value_at_risk == 0 and any("'XX'" in w for w in result.warnings)


def test_priority_breaks_value_ties_by_earliest_shortage():
    """Equal value at risk is ordered by first short week, then buyer."""
    lines = [
        {
            "buyer": "A",
            "annual_value": 5200,
            "cover_days": 7,
            "sources": [{"origin": "import:CN", "share": 1}],
        },
        {
            "buyer": "B",
            "annual_value": 10400,
            "cover_days": 10.5,
            "sources": [{"origin": "import:CN", "share": 1}],
        },
    ]
    # line 0: 100 × 1 × (2 − 1) = 100, week 2; line 1: 200 × 1 × (2 − 1.5) = 100, week floor(1.5) + 1 = 2 → by buyer.
    result = scenario(net(lines), spec("CN", weeks=2))
    assert [li.value_at_risk for li in result.priority] == [100, 100]
    assert [li.buyer for li in result.priority] == ["A", "B"]
    lines[1]["cover_days"] = 3.5  # 200 × (2 − 0.5) = 300 → first
    assert [li.buyer for li in scenario(net(lines), spec("CN", weeks=2)).priority] == ["B", "A"]
    # C: 2 600 a year = 50 a week, cover 0 → 50 × 2 = 100 like A, but short from week 1 → before A (week 2).
    lines[1] = {"buyer": "C", "annual_value": 2600, "sources": [{"origin": "import:CN", "share": 1}]}
    result = scenario(net(lines), spec("CN", weeks=2))
    assert [(li.buyer, li.value_at_risk, li.first_short_week) for li in result.priority] == [
        ("C", 100, 1),
        ("A", 100, 2),
    ]


def test_substitutes_hook_called_for_affected_lines_and_stopped_suggestions_dropped():
    calls = []

    def subs(line: DemandLine) -> list[Substitute]:
        calls.append(line.product)
        return [Substitute("S1", capacity=1000), Substitute("S3", capacity=500)]

    result = scenario(five_firms(), spec("CN", "KR"), substitutes=subs)
    assert sorted(calls) == ["PCB", "button", "zipper"]  # thread is covered for 8 weeks, label not stopped
    for li in result.affected_lines:
        assert [s.firm_id for s in li.substitutes] == ["S1"]  # S3 is a Chinese firm, itself stopped


# --------------------------------------------------------------------------------------------------------------
# Supply gaps
# --------------------------------------------------------------------------------------------------------------


def test_supply_gaps_rank_imported_and_unmet_value():
    """five_firms: PCB imported 0.6 × 104 000 = 62 400; zipper 0.5 × 52 000 = 26 000; thread 26 000 (S3 is CN);
    button 0.25 × 10 400 = 2 600; label 0. Weight thread × 3 → 78 000 first."""
    gaps = supply_gaps(five_firms())
    assert [(g.product, g.gap_value) for g in gaps] == [
        ("PCB", pytest.approx(62400)),
        ("thread", 26000),  # ties with zipper on value and buyers → by name
        ("zipper", pytest.approx(26000)),
        ("button", 2600),
    ]
    assert [g.product for g in supply_gaps(five_firms(), weights={"thread": 3})][:2] == ["thread", "PCB"]


def test_supply_gap_counts_unmet_share():
    """Shares 0.3 local + nothing else on 1 000 → unmet 700."""
    firms = [{"id": "B", "country": "VN"}, {"id": "S", "country": "VN"}]
    (gap,) = supply_gaps(
        net(
            [
                {
                    "buyer": "B",
                    "product": "x",
                    "annual_value": 1000,
                    "sources": [{"origin": "S", "share": 0.3}],
                }
            ],
            firms,
        )
    )
    assert (gap.imported_value, gap.unmet_value, gap.buyers) == (0, pytest.approx(700), 1)


# --------------------------------------------------------------------------------------------------------------
# Loading: tolerated oddities and errors
# --------------------------------------------------------------------------------------------------------------


def test_country_codes_and_import_origins_are_case_and_space_insensitive():
    firms = [{"id": "K", "country": " kr "}]
    lines = [{"buyer": "B", "annual_value": 5200, "sources": [
        {"origin": "IMPORT: cn ", "share": 0.5}, {"origin": "K", "share": 0.5}]}]  # fmt: skip
    n = net(lines, firms)
    assert n.demand[0].sources[0].origin == "import:CN" and n.firms["K"].country == "KR"
    assert scenario(n, spec(" Cn", "kr", weeks=1)).value_at_risk == pytest.approx(100)


def test_parse_stop_list():
    assert parse_stop_list(" cn, KR ,,jp")[0] == {"CN", "KR", "JP"}
    assert parse_stop_list("import:cn")[0] == {"CN"}
    codes, warnings = parse_stop_list("")
    assert codes == frozenset() and "nothing is stopped" in warnings[0]
    assert "two-letter" in parse_stop_list("CHN")[1][0]


def test_province_comparison_folds_diacritics():
    firms = [
        {"id": "B", "province": " Bắc Ninh", "country": "VN"},
        {"id": "S", "province": "bac ninh", "country": "VN"},
    ]
    n = net([{"buyer": "B", "annual_value": 10, "sources": [{"origin": "S", "share": 1}]}], firms)
    assert localization_rate(n).in_province == 1.0


def test_missing_provinces_never_match():
    firms = [{"id": "B", "country": "VN"}, {"id": "S", "country": "VN"}]
    n = net([{"buyer": "B", "annual_value": 10, "sources": [{"origin": "S", "share": 1}]}], firms)
    assert localization_rate(n).in_province == 0.0


def test_buyer_not_in_firms_has_no_local_share_and_is_warned():
    firms = [{"id": "S", "province": "P", "country": "VN"}]
    n = net([{"buyer": "B", "annual_value": 10, "sources": [{"origin": "S", "share": 1}]}], firms)
    assert localization_rate(n).in_province == 0.0
    assert any("'B' is not in 'firms'" in w for w in n.warnings)


def test_shares_not_summing_to_one_are_warned_and_used_as_given():
    """0.5 + 0.3 = 0.8: CN line keeps lost share 0.5 (not rescaled to 0.625)."""
    n = net([{"buyer": "B", "annual_value": 5200, "sources": [
        {"origin": "import:CN", "share": 0.5}, {"origin": "import:JP", "share": 0.3}]}])  # fmt: skip
    assert any("shares sum to 0.8" in w for w in n.warnings)
    assert scenario(n, spec("CN", weeks=1)).lines[0].lost_share == 0.5


def test_missing_cover_days_is_zero_and_numeric_strings_accepted():
    n = net(
        [
            {
                "buyer": 7,
                "product": "p",
                "annual_value": " 5200.0 ",
                "sources": [{"origin": "import:CN", "share": "1"}],
            }
        ]
    )
    line = n.demand[0]
    assert (line.buyer, line.annual_value, line.cover_days, line.sources[0].share) == ("7", 5200.0, 0.0, 1.0)


def test_extra_keys_are_ignored():
    n = network_from_dict(
        {"meta": {"x": 1}, "firms": [{"id": "B", "foo": []}], "demand": [
            {"buyer": "B", "annual_value": 1, "sources": [{"origin": "import:CN", "share": 1, "note": "x"}], "z": None}]},
        source="t.json",
    )  # fmt: skip
    assert len(n.demand) == 1


def test_duplicate_firm_with_different_data_keeps_first_and_warns():
    n = net([], [{"id": "A", "country": "VN"}, {"id": "A", "country": "CN"}, {"id": "A", "country": "CN"}])
    assert n.firms["A"].country == "VN" and len(n.warnings) == 2


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"buyer": "B", "annual_value": -1, "sources": []}, "demand[1].annual_value: must be ≥ 0"),
        ({"buyer": "B", "annual_value": "lots", "sources": []}, "demand[1].annual_value: must be a number"),
        ({"buyer": "B", "annual_value": True, "sources": []}, "demand[1].annual_value: must be a number"),
        (
            {"buyer": "B", "annual_value": float("nan"), "sources": []},
            "demand[1].annual_value: must be a finite",
        ),
        ({"buyer": "B", "sources": []}, "demand[1].annual_value: missing"),
        (
            {"buyer": "B", "annual_value": 1, "cover_days": -7, "sources": []},
            "demand[1].cover_days: must be ≥ 0",
        ),
        (
            {"buyer": "B", "annual_value": 1, "cover_days": "2 weeks"},
            "demand[1].cover_days: must be a number",
        ),
        ({"annual_value": 1, "sources": []}, "demand[1].buyer: must be a string id"),
        ({"buyer": "B", "annual_value": 1, "sources": {"origin": "x"}}, "demand[1].sources: must be a list"),
        ({"buyer": "B", "annual_value": 1, "sources": [{"share": 1}]}, "demand[1].sources[0].origin"),
        (
            {"buyer": "B", "annual_value": 1, "sources": [{"origin": "S"}]},
            "demand[1].sources[0].share: missing",
        ),
        (
            {"buyer": "B", "annual_value": 1, "sources": [{"origin": "S", "share": -0.1}]},
            "sources[0].share: must be ≥ 0",
        ),
        (
            {"buyer": "B", "annual_value": 1, "sources": [{"origin": "S", "share": 60}]},
            "sources[0].share: must be ≤ 1",
        ),
        ("not an object", "demand[1]: must be an object"),
        ({"buyer": "B", "annual_value": 1e300, "sources": []}, "demand[1].annual_value: must be ≤ 1e+250"),
    ],
)
def test_bad_demand_line_names_file_index_and_field(line, message):
    ok = {"buyer": "B", "annual_value": 1, "sources": []}
    with pytest.raises(NetworkError) as exc:
        network_from_dict({"firms": [], "demand": [ok, line]}, source="net.json")
    assert str(exc.value).startswith("net.json: ") and message in str(exc.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "top level must be a JSON object"),
        ({"firms": []}, "missing 'demand'"),
        ({"firms": {}, "demand": []}, "firms: must be a list"),
        ({"firms": [{"province": "P"}], "demand": []}, "firms[0].id"),
        ({"firms": [{"id": "A", "country": ["VN"]}], "demand": []}, "firms[0].country: must be text"),
    ],
)
def test_bad_top_level_and_firms(data, message):
    with pytest.raises(NetworkError, match=None) as exc:
        network_from_dict(data, source="net.json")
    assert message in str(exc.value)


def test_spec_rejects_negative_or_infinite_weeks():
    for bad in (-1, math.inf, math.nan, 1e7):
        with pytest.raises(NetworkError):
            ScenarioSpec(weeks=bad)


# --------------------------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------------------------

COUNTRIES = ["VN", "CN", "KR", "JP", ""]


@st.composite
def networks(draw) -> Network:
    firms = {
        f"F{i}": Firm(
            f"F{i}",
            province=draw(st.sampled_from(["P1", "P2", ""])),
            country=draw(st.sampled_from(COUNTRIES)),
        )
        for i in range(draw(st.integers(1, 6)))
    }
    origins = [*firms, "import:CN", "import:KR", "import:JP", "GHOST"]
    lines = []
    for i in range(draw(st.integers(0, 8))):
        picked = draw(st.lists(st.sampled_from(origins), min_size=1, max_size=4))
        weights = draw(st.lists(st.integers(1, 100), min_size=len(picked), max_size=len(picked)))
        total = sum(weights)
        sources = tuple(Source(o, w / total) for o, w in zip(picked, weights, strict=True))
        lines.append(
            DemandLine(
                buyer=draw(st.sampled_from([*firms, "OUTSIDER"])),
                product=draw(st.sampled_from(["a", "b", "c"])),
                annual_value=draw(st.floats(0, 1e9, allow_nan=False)),
                cover_days=draw(st.floats(0, 400, allow_nan=False)),
                sources=sources,
                index=i,
            )
        )
    return Network(firms=firms, demand=lines)


stop_sets = st.frozensets(st.sampled_from(["VN", "CN", "KR", "JP"]))
week_values = st.floats(0, 60, allow_nan=False)


@settings(max_examples=150, deadline=None)
@given(networks(), stop_sets, week_values)
def test_value_at_risk_is_never_negative_and_buyers_sum_to_total(n, stop, weeks):
    result = scenario(n, spec(*stop, weeks=weeks))
    assert result.value_at_risk >= 0 and all(li.value_at_risk >= 0 for li in result.lines)
    assert math.fsum(b.value_at_risk for b in result.buyers) == pytest.approx(
        result.value_at_risk, rel=1e-9, abs=1e-6
    )
    keys = [(-b.value_at_risk, b.id) for b in result.buyers]
    assert keys == sorted(keys)


@settings(max_examples=100, deadline=None)
@given(networks(), week_values)
def test_stopping_nothing_risks_nothing(n, weeks):
    result = scenario(n, spec(weeks=weeks))
    assert result.value_at_risk == 0 and result.buyers == ()


@settings(max_examples=150, deadline=None)
@given(networks(), stop_sets, stop_sets, week_values)
def test_stopping_a_superset_never_lowers_value_at_risk(n, a, b, weeks):
    small = scenario(n, spec(*a, weeks=weeks)).value_at_risk
    large = scenario(n, spec(*(a | b), weeks=weeks)).value_at_risk
    assert large >= small


@settings(max_examples=100, deadline=None)
@given(networks(), stop_sets, week_values, week_values)
def test_longer_stop_never_lowers_value_at_risk(n, stop, w1, w2):
    lo, hi = sorted((w1, w2))
    assert (
        scenario(n, spec(*stop, weeks=hi)).value_at_risk >= scenario(n, spec(*stop, weeks=lo)).value_at_risk
    )


@settings(max_examples=150, deadline=None)
@given(networks())
def test_localization_rates_are_fractions(n):
    loc = localization_rate(n)
    eps = 1e-12  # shares normalised by division may sum to 1 + 1 ulp
    assert 0 <= loc.in_province <= 1 + eps and 0 <= loc.in_vietnam <= 1 + eps


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
line_like = st.fixed_dictionaries(
    {},
    optional={
        "buyer": json_values,
        "product": json_values,
        "annual_value": json_values,
        "cover_days": json_values,
        "sources": st.lists(
            st.fixed_dictionaries({}, optional={"origin": json_values, "share": json_values}), max_size=3
        )
        | json_values,
    },
)


@settings(max_examples=300, deadline=None)
@given(st.lists(line_like | json_values, max_size=4), st.lists(json_values, max_size=3))
def test_arbitrary_json_either_loads_or_raises_a_named_network_error(demand, firms):
    try:
        n = network_from_dict({"firms": firms, "demand": demand}, source="fuzz.json")
    except NetworkError as exc:
        assert str(exc).startswith("fuzz.json: ")
        return
    result = scenario(n, spec("CN", weeks=4))
    assert result.value_at_risk >= 0
