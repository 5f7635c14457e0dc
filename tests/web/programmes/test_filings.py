"""Periodic reporting (Circular 14/2024): enterprises in clusters file, officers chase and aggregate, xlsx."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook

from lienket.web.programmes import models as m
from lienket.web.programmes import selectors, services
from lienket.web.registry.models import Enterprise, Zone, ZoneFigure


@pytest.fixture
def cluster(db):
    return Zone.objects.filter(kind="ccn").order_by("code").first()


@pytest.fixture
def filer(enterprise_user, supplier, cluster):
    supplier.zone, supplier.province = cluster, cluster.province
    supplier.email = "ketoan@example.vn"
    supplier.save()
    return enterprise_user


@pytest.fixture
def period(db):
    return services.ensure_period(2025, "H1")


def test_current_period_follows_the_deadlines():
    assert services.current_period(dt.date(2025, 6, 20)) == (2025, "H1")
    assert services.current_period(dt.date(2025, 6, 21)) == (2025, "FY")
    assert services.current_period(dt.date(2025, 12, 21)) == (2026, "H1")


@pytest.mark.django_db
def test_enterprise_user_files_for_their_own_enterprise(client, filer, supplier, period):
    client.force_login(filer)
    url = reverse("programmes:file_report") + "?year=2025&period=H1"
    assert client.get(url).status_code == 200
    resp = client.post(
        url, {"workers": 120, "local_workers": 90, "revenue_vnd": 5_000_000_000, "exports_usd": 100_000}
    )
    assert resp.status_code == 302
    f = m.Filing.objects.get(period=period, enterprise=supplier)
    assert (f.workers, f.zone_id) == (120, supplier.zone_id)
    resp = client.post(url, {"workers": 100, "local_workers": 130})
    assert resp.status_code == 200 and m.Filing.objects.get(pk=f.pk).workers == 120


@pytest.mark.django_db
def test_enterprise_user_cannot_file_for_another_enterprise(filer, other_supplier, cluster, period):
    other_supplier.zone = cluster
    with pytest.raises(services.ProgrammeError):
        services.file_report(other_supplier, period, {"workers": 1}, actor=filer)


@pytest.mark.django_db
def test_officer_sees_missing_filers_reminds_and_aggregates(
    client, officer, filer, supplier, cluster, period
):
    services.file_report(
        supplier, period, {"workers": 50, "local_workers": 40, "revenue_vnd": 1_000_000}, actor=filer
    )
    client.force_login(officer)
    page = client.get(reverse("programmes:filing_overview") + "?year=2025&period=H1")
    assert page.status_code == 200
    rows = selectors.filing_status(period)
    missing = [r.enterprise for r in rows if r.filing is None]
    assert supplier not in missing and len(rows) == selectors.cluster_enterprises().count()
    with_mail = [e for e in missing if e.email or e.users.exists()]
    url = reverse("programmes:filing_action") + "?year=2025&period=H1"
    assert client.post(url, {"action": "remind"}).status_code == 302
    assert len(mail.outbox) == len(with_mail) == m.Reminder.objects.filter(period=period).count()
    assert client.post(url, {"action": "aggregate"}).status_code == 302
    fig = ZoneFigure.objects.get(zone=cluster, year=2025, period="H1")
    assert (fig.workers, fig.local_workers, fig.tenants) == (50, 40, 1)
    xlsx = client.get(reverse("programmes:filing_xlsx") + "?year=2025&period=H1")
    ws = load_workbook(io.BytesIO(xlsx.content)).active
    assert [c.value for c in ws[4]][1:6] == [
        cluster.code,
        cluster.name_vi,
        1,
        selectors.cluster_enterprises().filter(zone=cluster).count(),
        50,
    ]
    one = client.get(reverse("programmes:filing_xlsx") + f"?year=2025&period=H1&zone={cluster.code}")
    ws = load_workbook(io.BytesIO(one.content)).active
    assert ws.cell(4, 2).value == supplier.name_vi and ws.cell(ws.max_row, 4).value == 50


@pytest.mark.django_db
def test_firm_outside_clusters_is_told_it_need_not_file(client, enterprise_user, supplier):
    Enterprise.objects.filter(pk=supplier.pk).update(zone=None)
    client.force_login(enterprise_user)
    resp = client.get(reverse("programmes:file_report"))
    assert resp.status_code == 200 and "không thuộc diện báo cáo" in resp.content.decode()
