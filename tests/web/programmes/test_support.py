"""Support activities, participants, readiness assessments and experts: officer pages, audited writes."""

import datetime as dt

import pytest
from django.urls import reverse

from lienket.web.audit.models import AuditEntry
from lienket.web.programmes import models as m
from lienket.web.programmes import selectors, services


@pytest.fixture
def consulting(db, province, buyer_enterprise, officer):
    buyer_enterprise.ownership = "fdi"
    buyer_enterprise.investor_countries = ["KR"]
    buyer_enterprise.save()
    expert = services._save_new(m.Expert(name="Nguyễn Văn Kaizen", specialties=["Kaizen", "5S"]), officer)
    return services.create_activity(
        {
            "kind": "consulting",
            "title": "Tư vấn theo tiêu chuẩn nhà cung ứng",
            "topic": "lean",
            "province": province,
            "buyer": buyer_enterprise,
            "start_date": dt.date(2024, 3, 1),
            "cost_vnd": 120_000_000,
        },
        experts=[expert],
        actor=officer,
    )


@pytest.mark.django_db
def test_firms_consulted_counts_participants_towards_fdi_buyers(
    seeded, consulting, supplier, other_supplier, officer
):
    services.add_participant(consulting, supplier, "completed", actor=officer)
    services.add_participant(consulting, other_supplier, "dropped", actor=officer)
    services.add_participant(
        consulting, supplier, "became_supplier", actor=officer
    )  # an update, not a second row
    assert consulting.participations.count() == 2
    prog = m.Programme.objects.get(code="decision-295qd-ubnd")
    ip = next(
        i
        for i in selectors.programme_progress(prog).indicators
        if i.indicator.computation == "firms_consulted"
    )
    assert ip.actual(2024) == 1.0
    assert AuditEntry.objects.filter(content_type__model="participation").count() == 3


@pytest.mark.django_db
def test_readiness_history_and_bounds(supplier, officer, client):
    services.assess_readiness(supplier, dict(quality=2, cost=3, delivery=2, scale=1, management=2, certifications=0),
                              assessed_on=dt.date(2024, 1, 10), actor=officer)  # fmt: skip
    with pytest.raises(Exception, match="6"):
        services.assess_readiness(supplier, dict(quality=6, cost=3, delivery=2, scale=1, management=2, certifications=0),
                                  assessed_on=dt.date(2024, 6, 1), actor=officer)  # fmt: skip
    client.force_login(officer)
    url = reverse("programmes:readiness", args=[supplier.pk])
    resp = client.post(url, {"assessed_on": "2025-01-15", "quality": 4, "cost": 4, "delivery": 3, "scale": 2,
                             "management": 4, "certifications": 3, "note": "sau tư vấn"})  # fmt: skip
    assert resp.status_code == 302
    hist = selectors.readiness_history(supplier)
    assert [h.assessed_on.year for h in hist] == [2025, 2024]
    assert str(hist[0].overall) == "3.3"
    assert "3,3" in client.get(url).content.decode()  # Vietnamese decimal comma


@pytest.mark.django_db
def test_officer_pages_render_and_create_activity(client, officer, consulting, province, supplier):
    client.force_login(officer)
    for name, args in [("activity_list", []), ("activity_detail", [consulting.pk]), ("expert_list", []),
                       ("activity_create", [])]:  # fmt: skip
        assert client.get(reverse(f"programmes:{name}", args=args)).status_code == 200
    resp = client.post(reverse("programmes:activity_create"), {"kind": "training", "title": "Đào tạo ISO 31000",
                       "topic": "ISO 31000", "province": province.pk, "start_date": "2025-04-01"})  # fmt: skip
    assert resp.status_code == 302
    act = m.SupportActivity.objects.get(title="Đào tạo ISO 31000")
    resp = client.post(
        reverse("programmes:activity_detail", args=[act.pk]),
        {"enterprise": supplier.pk, "outcome": "completed"},
    )
    assert resp.status_code == 302 and act.participations.get().outcome == "completed"
    assert AuditEntry.objects.filter(content_type__model="supportactivity", object_id=str(act.pk)).exists()


@pytest.mark.django_db
def test_activity_dates_must_be_ordered(officer, province):
    with pytest.raises(services.ProgrammeError, match="end_date"):
        services.create_activity({"kind": "training", "title": "x", "province": province,
                                  "start_date": dt.date(2025, 5, 1), "end_date": dt.date(2025, 4, 1)}, actor=officer)  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["enterprise_user", "buyer_user"])
def test_non_officers_cannot_see_support_pages(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("programmes:activity_list")).status_code == 403
    assert client.get(reverse("programmes:annual_report")).status_code == 403
    client.logout()
    assert client.get(reverse("programmes:activity_list")).status_code == 302
