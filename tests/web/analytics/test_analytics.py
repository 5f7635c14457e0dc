"""Analytics pages and their numbers: hand-worked network (conftest.hand), UI = CLI, personas, exports."""

from __future__ import annotations

import io
import json
from argparse import Namespace

import pytest
from django.urls import reverse

from lienket.core.network import ScenarioSpec
from lienket.web import analytics_source
from lienket.web.analytics import selectors, services
from lienket.web.analytics.exports import safe_cell
from lienket.web.analytics.models import SavedScenario, StrategicWeight

from .conftest import YEAR

M = 1_000_000


def cli(tmp_path, **kw) -> dict:
    from lienket.commands import scenario as command

    out = tmp_path / "result.json"
    args = Namespace(network=None, stop=kw["stop"], weeks=kw["weeks"], year=kw.get("year"),
                     province=kw.get("province"), out=str(out))  # fmt: skip
    assert command.run(args) == 0
    return json.loads(out.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------------ network source


def test_registry_network_maps_firms_sources_and_money(hand):
    from lienket.web.registry.models import Enterprise

    before = Enterprise.all_objects.count()
    net = analytics_source.load_network(year=YEAR, province=hand.province.code)
    assert len(net.demand) == 4
    assert net.firms[str(hand.buyer.pk)].country == "KR"
    assert net.firms[str(hand.s3.pk)].country == "CN" and net.firms[str(hand.s1.pk)].country == "VN"
    assert net.firms[str(hand.s1.pk)].zone == "TEST-Z"
    usd_line = next(li for li in net.demand if li.product == hand.products[1].code)
    assert usd_line.annual_value == pytest.approx(104 * M)  # 4,000 USD × 26,000
    anon = next(li for li in net.demand if li.product == hand.products[3].code)
    assert [s.origin for s in anon.sources] == [f"anon:in_province:{hand.province.code}", "anon:domestic"]
    # No enterprise was invented for the unnamed sources.
    assert Enterprise.all_objects.count() == before


def test_province_by_name_and_unknown_province(hand):
    by_name = analytics_source.load_network(year=YEAR, province=hand.province.name)
    assert len(by_name.demand) == 4
    with pytest.raises(analytics_source.NetworkError, match="no province"):
        analytics_source.load_network(year=YEAR, province="Atlantis")


# ------------------------------------------------------------------------------------------------ localization


def test_localization_hand_computed(hand):
    """2031 total 52 + 104 + 26 + 10.4 = 192.4 M. In province: S1 0.5 × 52 = 26; S3 (Chinese FDI but in P) 26;
    unnamed in-province 0.25 × 10.4 = 2.6 → 54.6 M. In Vietnam: 26 + S2 0.4 × 104 = 41.6 + unnamed 10.4 → 78 M.
    2032: everything from S1 → 100% / 100%."""
    page = selectors.localization(year=YEAR, province=hand.province.code)
    assert page.result.total_value == pytest.approx(192.4 * M)
    assert page.result.in_province == pytest.approx(54.6 / 192.4)
    assert page.result.in_vietnam == pytest.approx(78 / 192.4)
    assert [y for y, _ in page.trend] == [YEAR, YEAR + 1]
    assert page.trend[1][1].in_province == pytest.approx(1.0)
    only_a = selectors.localization(year=YEAR, province=hand.province.code, product=hand.products[0].code)
    assert only_a.result.in_province == pytest.approx(0.5)


def test_localization_targets_are_shown(hand):
    page = selectors.localization(year=YEAR, province=hand.province.code)
    assert any(
        t.indicator_code == "cnht_share_of_domestic_demand" and t.value == 45 for t, _m, _ok in page.targets
    )


def test_localization_page_is_public_and_shows_definitions(persona_client, hand):
    url = reverse("analytics:localization") + f"?province={hand.province.code}&year={YEAR}"
    resp = persona_client.get(url)
    assert resp.status_code == 200
    html = resp.content.decode()
    assert "<svg" in html and "Định nghĩa" in html
    assert "28,4%" in html or "28.4%" in html  # 54.6 / 192.4
    assert ('name="buyer"' in html) == (persona_client.persona == "officer")


def test_localization_csv_export(client, hand):
    resp = client.get(reverse("analytics:localization") + f"?province={hand.province.code}&format=csv")
    assert resp["Content-Type"].startswith("text/csv")
    lines = resp.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[1].startswith(f"{YEAR},192400000")


# ------------------------------------------------------------------------------------------------ scenarios


def test_scenario_hand_computed(hand, officer):
    """Stop CN, KR for 8 weeks. d1: 1 M/wk × 0.3 × (8 − 2) = 1.8 M from week 3; d2: 2 M/wk × 0.6 × 8 = 9.6 M
    from week 1; d3 (S3 is Chinese) has 70 days of cover → 0; d4 untouched. Total 11.4 M; weekly 1.2, 1.2, then
    1.5 M for weeks 3–8. Substitutes for d1 (product A in P): S4 (5,000) before S1 (1,000)."""
    obj = services.save_scenario(
        name="CN+KR 8", year=YEAR, province=hand.province.code, countries=["CN", "KR"], firms=[], zones=[],
        weeks=8, actor=officer,
    )  # fmt: skip
    r = obj.result
    assert r["value_at_risk"] == pytest.approx(11.4 * M)
    assert r["value_at_risk_per_week"] == pytest.approx(1.5 * M)
    assert [(b["id"], b["first_short_week"]) for b in r["buyers"]] == [(str(hand.buyer.pk), 1)]
    assert r["weekly"] == pytest.approx([1.2 * M, 1.2 * M] + [1.5 * M] * 6)
    assert [p["value_at_risk"] for p in r["priority"]] == pytest.approx([9.6 * M, 1.8 * M])
    assert [s["id"] for s in r["priority"][1]["substitutes"]] == [str(hand.s4.pk), str(hand.s1.pk)]
    from lienket.web.audit.models import AuditEntry

    assert AuditEntry.objects.filter(object_id=str(obj.pk), action="create").count() == 1


def test_scenario_by_named_supplier_and_zone(hand):
    """Stopping S1 (by name or by its zone) for 8 weeks: d1 1 M/wk × 0.5 × 6 = 3 M (2032 not in scope)."""
    for spec in (ScenarioSpec(stop_firms=frozenset({str(hand.s1.pk)}), weeks=8),
                 ScenarioSpec(stop_zones=frozenset({"TEST-Z"}), weeks=8)):  # fmt: skip
        _net, _res, payload = selectors.run_scenario(year=YEAR, province=hand.province.code, spec=spec)
        assert payload["value_at_risk"] == pytest.approx(3 * M)


def test_ui_and_cli_give_the_same_figures_on_hand_network(hand, officer, client, tmp_path):
    client.force_login(officer)
    resp = client.post(
        reverse("analytics:scenario_list"),
        {"name": "UI run", "year": YEAR, "province": hand.province.code, "countries": "cn, KR", "weeks": 8},
    )
    assert resp.status_code == 302
    obj = SavedScenario.objects.get(name="UI run")
    out = cli(tmp_path, stop="CN,KR", weeks=8.0, year=YEAR, province=hand.province.code)
    assert out["value_at_risk"] == pytest.approx(obj.result["value_at_risk"], rel=1e-12)
    assert out["localization_rate"] == pytest.approx(obj.result["localization_rate"], rel=1e-12)
    assert [(b["id"], b["first_short_week"]) for b in out["buyers"]] == [
        (b["id"], b["first_short_week"]) for b in obj.result["buyers"]
    ]
    page = client.get(reverse("analytics:scenario_detail", args=[obj.pk])).content.decode()
    assert "11.400.000" in page or "11,400,000" in page


def test_ui_and_cli_agree_on_demo_province(officer, province, tmp_path):
    year = analytics_source.demand_years()[-1]
    obj = services.save_scenario(
        name="demo", year=year, province=province.code, countries=["CN", "KR"], firms=[], zones=[], weeks=8,
        actor=officer,
    )  # fmt: skip
    out = cli(tmp_path, stop="CN,KR", weeks=8.0, year=year, province=province.code)
    assert obj.result["value_at_risk"] > 0
    assert out["value_at_risk"] == pytest.approx(obj.result["value_at_risk"], rel=1e-12)
    assert out["localization_rate"] == pytest.approx(obj.result["localization_rate"], rel=1e-12)
    assert [b["id"] for b in out["buyers"]] == [b["id"] for b in obj.result["buyers"]]
    assert [b["value_at_risk"] for b in out["buyers"]] == pytest.approx(
        [b["value_at_risk"] for b in obj.result["buyers"]]
    )
    # Without --year the CLI takes the latest year, as the UI does.
    assert cli(tmp_path, stop="CN,KR", weeks=8.0, province=province.code)["value_at_risk"] == pytest.approx(
        obj.result["value_at_risk"]
    )


@pytest.mark.parametrize(
    "name", ["analytics:scenario_list", "analytics:weights", "analytics:scenario_compare"]
)
def test_officer_pages_need_an_officer(persona_client, name):
    resp = persona_client.get(reverse(name))
    expected = {"anonymous": 302, "enterprise": 403, "buyer": 403, "officer": 200}[persona_client.persona]
    assert resp.status_code == expected


def test_enterprise_user_cannot_see_a_saved_scenario(client, enterprise_user, officer, hand):
    obj = services.save_scenario(name="x", year=YEAR, province=hand.province.code, countries=["CN"], firms=[],
                                 zones=[], weeks=2, actor=officer)  # fmt: skip
    client.force_login(enterprise_user)
    assert client.get(reverse("analytics:scenario_detail", args=[obj.pk])).status_code == 403
    assert client.post(reverse("analytics:scenario_delete", args=[obj.pk])).status_code == 403
    assert SavedScenario.objects.filter(pk=obj.pk).exists()


def test_scenario_form_rejects_unknown_supplier_and_empty_stop(client, officer, hand):
    client.force_login(officer)
    resp = client.post(
        reverse("analytics:scenario_list"), {"name": "bad", "suppliers": "0000000000", "weeks": 8}
    )
    assert resp.status_code == 200 and "0000000000" in resp.content.decode()
    resp = client.post(reverse("analytics:scenario_list"), {"name": "empty", "weeks": 8})
    assert resp.status_code == 200 and not SavedScenario.objects.filter(name="empty").exists()


def test_compare_and_xlsx_export_neutralise_formulas(client, officer, hand):
    from openpyxl import load_workbook

    a = services.save_scenario(name="=HYPERLINK(\"http://x\")", year=YEAR, province=hand.province.code,
                               countries=["CN"], firms=[], zones=[], weeks=4, actor=officer)  # fmt: skip
    b = services.save_scenario(name="KR 8", year=YEAR, province=hand.province.code, countries=["KR"], firms=[],
                               zones=[], weeks=8, actor=officer)  # fmt: skip
    client.force_login(officer)
    resp = client.get(reverse("analytics:scenario_compare") + f"?ids={a.pk}&ids={b.pk}")
    assert resp.status_code == 200 and "KR 8" in resp.content.decode()
    wb = load_workbook(
        io.BytesIO(client.get(reverse("analytics:scenario_detail", args=[a.pk]) + "?format=xlsx").content)
    )
    assert wb.sheetnames[:2] == ["Tóm tắt", "Bên mua"]
    assert wb["Tóm tắt"]["B2"].value == '\'=HYPERLINK("http://x")'
    # CN for 4 weeks: d1 1 M × 0.3 × (4 − 2) = 0.6 M; d3 covered 10 weeks → 0.
    assert wb["Tóm tắt"]["B9"].value == pytest.approx(0.6 * M)
    cmp = load_workbook(
        io.BytesIO(
            client.get(reverse("analytics:scenario_compare") + f"?ids={a.pk}&ids={b.pk}&format=xlsx").content
        )
    )
    assert cmp.active["B1"].value.startswith("'=")


def test_safe_cell():
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("+84") == "'+84" and safe_cell("@x") == "'@x"
    assert (
        safe_cell("-5") == "'-5"
        and safe_cell(-5) == -5
        and safe_cell(None) == ""
        and safe_cell("abc") == "abc"
    )


def test_scenario_list_query_count_is_bounded(client, officer, hand, django_assert_max_num_queries):
    for i in range(5):
        services.save_scenario(name=f"s{i}", year=YEAR, province=hand.province.code, countries=["CN"], firms=[],
                               zones=[], weeks=i, actor=officer)  # fmt: skip
    client.force_login(officer)
    with django_assert_max_num_queries(25):
        assert client.get(reverse("analytics:scenario_list")).status_code == 200


# ------------------------------------------------------------------------------------------------ gaps and weights


def test_promotion_list_hand_computed_and_weights(hand, officer, client):
    """Gaps in P, 2031: B imported 0.6 × 104 = 62.4 M; A imported 0.5 × 52 = 26 M; C from a Chinese firm 26 M;
    D none. A and C tie → product code order. Weight 3 on A → 78 M, first."""
    items = selectors.promotion_list(year=YEAR, province=hand.province.code)
    a, b, c, _d = (p.code for p in hand.products)
    assert [(i["gap"].product, round(i["gap"].score)) for i in items] == [
        (b, 62_400_000),
        (a, 26 * M),
        (c, 26 * M),
    ]
    assert items[0]["gap"].buyers == 1
    client.force_login(officer)
    resp = client.post(
        reverse("analytics:weights"), {"product": hand.products[0].pk, "weight": "3", "note": "anchor"}
    )
    assert resp.status_code == 302
    assert StrategicWeight.objects.get(product=hand.products[0]).weight == 3
    items = selectors.promotion_list(year=YEAR, province=hand.province.code)
    assert items[0]["gap"].product == a and items[0]["gap"].score == pytest.approx(78 * M)


def test_promotion_zones_need_clean_land(hand):
    hand.zone.clean_land_ha = 12
    hand.zone.lat, hand.zone.lon = 21.0, 106.0
    hand.zone.save()
    items = selectors.promotion_list(year=YEAR, province=hand.province.code)
    assert all(c["zone"].code == "TEST-Z" for i in items for c in i["zones"])
    assert items[0]["zones"] and items[0]["zones"][0]["clean_land_ha"] == 12


def test_promotion_page_is_public_and_exports(persona_client, hand):
    url = reverse("analytics:promotion") + f"?province={hand.province.code}&year={YEAR}"
    assert persona_client.get(url).status_code == 200
    resp = persona_client.get(url + "&format=xlsx")
    assert resp["Content-Type"].startswith("application/vnd.openxmlformats")


# ------------------------------------------------------------------------------------------------ sites


def test_site_matching_ranks_zones_with_reasons(persona_client, hand):
    hand.zone.clean_land_ha = 30
    hand.zone.save()
    resp = persona_client.get(reverse("analytics:sites") + "?land_ha=20")
    assert resp.status_code == 200
    results = resp.context["results"]
    eligible = [r["match"].zone_id for r in results if r["match"].eligible]
    assert "TEST-Z" in eligible
    assert all(r["match"].eligible for r in results[: len(eligible)])  # eligible zones first
    assert "Đất sạch 30 ha đủ cho nhu cầu 20 ha" in resp.content.decode()


def test_cluster_rules_come_from_policy_thresholds(db):
    from lienket.web.registry.models import PolicyThreshold

    PolicyThreshold.objects.update_or_create(
        key="ccn_expansion_min_occupancy", defaults={"value": 65, "label_vi": "x"}
    )
    assert selectors.cluster_rules().expansion_min_occupancy_pct == 65


def test_pages_are_translated_to_english(client, hand):
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(reverse("analytics:localization") + f"?province={hand.province.code}").content.decode()
    assert "Definitions" in html and "In-province localization rate" in html


def test_charts_are_escaped_svg():
    from lienket.web.analytics import charts

    svg = charts.bar_chart([charts.Bar("<b>", 0.5, 0.7, 0.45)], title="a & b", pct=True, legend=("x", "y"))
    assert svg.startswith("<svg") and "<b>" not in svg and "&lt;b&gt;" in svg and "50.0%" in svg
    assert charts.bar_chart([], title="t") == "" and "1,000" in charts.hbar_chart([("x", 1000)], title="t")


def test_index_lists_scenarios_only_for_officers(persona_client, db):
    html = persona_client.get(reverse("analytics:index")).content.decode()
    assert reverse("analytics:localization") in html
    assert (reverse("analytics:scenario_list") in html) == (persona_client.persona == "officer")


def test_public_pages_query_counts_are_bounded(client, hand, django_assert_max_num_queries):
    with django_assert_max_num_queries(30):
        assert (
            client.get(reverse("analytics:promotion") + f"?province={hand.province.code}").status_code == 200
        )
    with django_assert_max_num_queries(30):
        assert client.get(reverse("analytics:localization")).status_code == 200
    with django_assert_max_num_queries(30):
        assert client.get(reverse("analytics:sites") + "?land_ha=5").status_code == 200
