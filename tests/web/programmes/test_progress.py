"""Programmes, targets and actuals: the seeds load, computed actuals come from the registry, and the progress
page and the API show the same actual and target values for every indicator."""

import re

import pytest
from django.urls import reverse

from lienket.web.audit.models import AuditEntry
from lienket.web.programmes import models as m
from lienket.web.programmes import selectors, services
from lienket.web.registry.models import EnterpriseYearFigure

BN = "decision-295qd-ubnd"


@pytest.mark.django_db
def test_seed_programmes_load_once_with_targets_and_audit(seeded):
    from lienket.web.programmes.loader import load_programmes

    assert seeded["programmes"] == 5
    assert load_programmes()["programmes"] == 0
    bn = m.Programme.objects.get(code=BN)
    assert bn.province.code == "24" and (bn.start_year, bn.end_year) == (2021, 2025)
    assert AuditEntry.objects.filter(object_id=str(bn.pk), action="create").exists()
    rows = selectors.targets("cnht_share_of_domestic_demand")
    assert [(y, float(v)) for _p, y, v, _u in rows] == [(2025, 45.0), (2030, 70.0)]
    assert selectors.targets("cnht_share_of_industrial_demand", "24") == []
    assert len(selectors.targets("cnht_share_of_industrial_demand", "22")) == 2


@pytest.mark.django_db
def test_output_share_is_cnht_output_over_revenue_of_the_province(seeded, province):
    prog = m.Programme.objects.get(code=BN)
    ip = next(
        i
        for i in selectors.programme_progress(prog).indicators
        if i.indicator.code.endswith("manufacturing_output")
    )
    year = ip.actuals[-1].year
    figs = EnterpriseYearFigure.objects.filter(
        year=year, enterprise__province=province, enterprise__sectors__isnull=False
    ).distinct()
    rev = sum(float(f.to_vnd(f.revenue)) for f in figs if f.revenue)
    out = sum(float(f.to_vnd(f.cnht_output) or 0) for f in figs if f.revenue)
    assert ip.actual(year) == pytest.approx(round(out / rev * 100, 2))


@pytest.mark.django_db
def test_entered_actual_needs_a_source_and_is_audited(seeded, officer):
    iip = m.Indicator.objects.get(code="cnht_iip_growth")
    with pytest.raises(services.ProgrammeError, match="source"):
        services.enter_actual(iip, 2024, 9, "", actor=officer)
    row = services.enter_actual(iip, 2024, 9, "Cục Thống kê, niên giám 2024", actor=officer)
    services.enter_actual(iip, 2024, 8.5, "Cục Thống kê, niên giám 2024 (sửa)", actor=officer)
    assert AuditEntry.objects.filter(object_id=str(row.pk), content_type__model="actualvalue").count() == 2
    comp = m.Indicator.objects.get(code="cnht_share_of_domestic_demand")
    with pytest.raises(services.ProgrammeError):
        services.enter_actual(comp, 2024, 9, "x", actor=officer)


@pytest.mark.django_db
def test_progress_page_and_api_agree_on_every_indicator(client, seeded):
    for prog in m.Programme.objects.all():
        page = client.get(reverse("programmes:programme_detail", args=[prog.code]))
        assert page.status_code == 200
        html = page.content.decode()
        api = client.get(f"/api/v1/programmes/{prog.code}")
        assert api.status_code == 200
        for ind in api.json()["indicators"]:
            for row in ind["years"]:
                for kind in ("actual", "target"):
                    cell = re.search(
                        rf'data-indicator="{ind["indicator"]}".*?data-{kind}="{row["year"]}">([^<]*)<',
                        html,
                        re.S,
                    )
                    shown = cell.group(1).strip()
                    expected = row[kind]
                    if expected is None:
                        assert shown == "—"
                    else:
                        assert float(shown.replace(",", ".")) == pytest.approx(expected)


@pytest.mark.django_db
def test_programme_list_indicators_and_targets_api(client, seeded, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert client.get(reverse("programmes:programme_list")).status_code == 200
    assert client.get(reverse("programmes:indicator_list")).status_code == 200
    codes = {p["code"] for p in client.get("/api/v1/programmes/").json()}
    assert BN in codes
    t = client.get(
        "/api/v1/programmes/targets", {"indicator": "cnht_firms_in_global_chains", "province": "24"}
    ).json()
    assert t == [
        {
            "programme": BN,
            "indicator": "cnht_firms_in_global_chains",
            "year": 2025,
            "value": 800.0,
            "unit": "doanh nghiệp",
        }
    ]
    assert len(client.get("/api/v1/programmes/indicators").json()) == m.Indicator.objects.count()
    assert client.get("/api/v1/programmes/no-such").status_code == 404
