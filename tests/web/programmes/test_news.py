"""News, investment calls and events; the Atom feed; investors' inquiries (honeypot, rate limit); view counts."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from lienket.web.programmes import models as m
from lienket.web.programmes import selectors, services
from lienket.web.registry.models import Zone


@pytest.fixture
def zone(db):
    return Zone.objects.filter(clean_land_ha__gt=0).order_by("code").first()


@pytest.fixture
def call(officer, zone):
    obj = m.Announcement(kind="call", title="Mời gọi đầu tư CNHT dệt may", body="Đất sạch sẵn sàng.", zone=zone,
                         is_published=True, published_on=dt.date(2025, 5, 1))  # fmt: skip
    return services.save_announcement(obj, actor=officer)


@pytest.fixture
def event(officer):
    obj = m.Announcement(kind="event", title="Ngày nhà cung ứng", body="Gặp gỡ bên mua FDI.", is_published=True,
                         starts_at=timezone.now() + dt.timedelta(days=10), capacity=1)  # fmt: skip
    return services.save_announcement(obj, actor=officer)


@pytest.mark.django_db
def test_public_list_detail_and_atom_feed(client, call, event, zone):
    assert "Mời gọi đầu tư CNHT dệt may" in client.get(reverse("programmes:news_list")).content.decode()
    page = client.get(reverse("programmes:news_detail", args=[call.pk])).content.decode()
    assert zone.name_vi in page and f"call={call.pk}" in page
    feed = client.get(reverse("programmes:news_feed"))
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert "Ngày nhà cung ứng" in feed.content.decode()


@pytest.mark.django_db
def test_drafts_are_hidden_from_the_public(client, officer):
    draft = services.save_announcement(m.Announcement(kind="news", title="Nháp", body="..."), actor=officer)
    assert client.get(reverse("programmes:news_detail", args=[draft.pk])).status_code == 404
    client.force_login(officer)
    assert client.get(reverse("programmes:news_detail", args=[draft.pk])).status_code == 200


@pytest.mark.django_db
def test_investment_call_needs_a_zone(officer):
    with pytest.raises(services.ProgrammeError, match="zone"):
        services.save_announcement(m.Announcement(kind="call", title="x", body="y"), actor=officer)


@pytest.mark.django_db
def test_enterprise_registers_once_and_capacity_holds(client, enterprise_user, buyer_user, event):
    client.force_login(enterprise_user)
    url = reverse("programmes:event_register", args=[event.pk])
    client.post(url)
    client.post(url)
    assert event.registrations.count() == 1
    with pytest.raises(services.ProgrammeError):
        services.register_for_event(event, buyer_user.enterprise, actor=buyer_user)


@pytest.mark.django_db
def test_inquiry_lands_in_the_inbox_and_officer_follows_up(client, officer, call):
    cache.clear()
    data = {
        "name": "Kim Min-jun",
        "email": "kim@example.kr",
        "country": "Hàn Quốc",
        "message": "Giá thuê đất?",
    }
    resp = client.post(reverse("programmes:inquiry") + f"?call={call.pk}", data)
    assert resp.status_code == 200
    inq = m.Inquiry.objects.get()
    assert inq.call == call and inq.zone == call.zone and inq.status == "new"
    client.force_login(officer)
    assert "Kim Min-jun" in client.get(reverse("programmes:inbox")).content.decode()
    client.post(
        reverse("programmes:inquiry_detail", args=[inq.pk]), {"status": "answered", "note": "Đã gửi bảng giá"}
    )
    inq.refresh_from_db()
    assert inq.status == "answered" and "bảng giá" in inq.follow_up and inq.handled_by == officer


@pytest.mark.django_db
def test_honeypot_and_rate_limit(client, zone):
    cache.clear()
    url = reverse("programmes:inquiry") + f"?zone={zone.code}"
    data = {"name": "Bot", "email": "bot@example.com", "message": "spam", "website": "http://spam"}
    assert client.post(url, data).status_code == 200
    assert m.Inquiry.objects.count() == 0
    data["website"] = ""
    codes = [client.post(url, data).status_code for _ in range(6)]
    assert codes[:5] == [200] * 5 and codes[5] == 429
    assert m.Inquiry.objects.filter(zone=zone).count() == 5


@pytest.mark.django_db
def test_views_are_counted_by_lienket(client, officer, zone, supplier):
    services.count_view(zone)
    services.count_view(zone)
    client.post(reverse("programmes:count_view", args=["zone", zone.code]))
    client.post(reverse("programmes:count_view", args=["enterprise", str(supplier.pk)]))
    assert client.post(reverse("programmes:count_view", args=["zone", "NO-SUCH"])).status_code == 204
    assert selectors.view_counts(Zone) == [(zone, 3)]
    client.force_login(officer)
    page = client.get(reverse("programmes:view_stats") + "?days=abc").content.decode()
    assert zone.name_vi in page and supplier.name_vi in page


@pytest.mark.django_db
def test_officer_publishes_through_the_form(client, officer, zone):
    client.force_login(officer)
    resp = client.post(reverse("programmes:announcement_create"), {"kind": "news", "title": "Tin mới", "body": "Nội dung",
                       "is_published": "on"})  # fmt: skip
    assert resp.status_code == 302
    assert m.Announcement.objects.get(title="Tin mới").published_on == timezone.localdate()


@pytest.mark.django_db
def test_demo_samples_are_synthetic_and_load_once(client):
    from lienket.web.programmes.loader import load_demo_samples

    assert load_demo_samples()["samples"] > 2
    assert load_demo_samples() == {"samples": 0}
    assert not m.Announcement.objects.filter(is_synthetic=False).exists()
    calls = m.Announcement.objects.filter(kind="call")
    assert all(c.zone and c.zone.clean_land_ha > 0 for c in calls)
    assert "minh họa" in client.get(reverse("programmes:news_list")).content.decode()
