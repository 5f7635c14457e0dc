"""Freshness: the stale queue, verify, the freshness include, the verified share, reminders by e-mail."""

import datetime as dt
from types import SimpleNamespace

from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from lienket.web.audit import selectors
from lienket.web.audit.models import AuditEntry
from lienket.web.registry.models import Enterprise


def test_stale_queue_lists_unverified_and_verify_removes_it(client, officer, supplier):
    Enterprise.objects.filter(pk=supplier.pk).update(verified_on=None)
    client.force_login(officer)
    url = reverse("audit:stale") + "?model=enterprise"
    assert (
        str(supplier.pk) in client.get(url + "&page=1").content.decode()
        or selectors.stale(Enterprise).filter(pk=supplier.pk).exists()
    )
    resp = client.post(reverse("audit:verify", args=["enterprise", supplier.pk]), {"next": url})
    assert resp.status_code == 302 and resp["Location"] == url
    supplier.refresh_from_db()
    assert supplier.verified_on == timezone.localdate() and supplier.verified_by == officer
    assert not selectors.stale(Enterprise).filter(pk=supplier.pk).exists()
    assert AuditEntry.objects.filter(object_id=str(supplier.pk), action="verify", actor=officer).exists()


def test_verify_refuses_an_outside_redirect(client, officer, supplier):
    client.force_login(officer)
    resp = client.post(reverse("audit:verify", args=["enterprise", supplier.pk]), {"next": "//evil.example/"})
    assert resp["Location"].startswith("/lich-su/")


def test_stale_cutoff_follows_the_setting(settings, supplier):
    settings.STALE_AFTER_DAYS = 30
    today = dt.date(2026, 11, 24)
    Enterprise.objects.filter(pk=supplier.pk).update(verified_on=dt.date(2026, 10, 1))
    assert selectors.stale(Enterprise, today).filter(pk=supplier.pk).exists()
    settings.STALE_AFTER_DAYS = 365
    assert not selectors.stale(Enterprise, today).filter(pk=supplier.pk).exists()


def test_verified_share_counts_live_enterprises_and_zones(officer, supplier, province):
    from lienket.web.registry import services

    before = selectors.verified_share(province.code)
    Enterprise.objects.filter(pk=supplier.pk).update(verified_on=None, province=province)
    low = selectors.verified_share(province.code)
    services.verify(Enterprise.objects.get(pk=supplier.pk), actor=officer)
    high = selectors.verified_share(province.code)
    assert high.verified == low.verified + 1 and high.total == low.total >= before.total
    assert 0 <= high.share <= 1 and high.pct == round(100 * high.share, 1)
    assert selectors.verified_share().total >= high.total


def test_freshness_include_shows_who_and_when(officer, supplier):
    from lienket.web.registry import services

    services.verify(supplier, actor=officer)
    supplier = Enterprise.objects.select_related("verified_by").get(pk=supplier.pk)
    request = RequestFactory().get("/")
    html = Template('{% include "audit/_freshness.html" with obj=firm %}').render(
        Context({"firm": supplier, "user": officer, "request": request})
    )
    assert "alice" in html and "/lich-su/registry/enterprise/" in html and "badge-stale" not in html
    Enterprise.objects.filter(pk=supplier.pk).update(verified_on=dt.date(2000, 1, 1))
    supplier.refresh_from_db()
    anon = SimpleNamespace(is_authenticated=False, is_officer=False)
    html = Template('{% include "audit/_freshness.html" with obj=firm %}').render(
        Context({"firm": supplier, "user": anon})
    )
    assert "badge-stale" in html and "/lich-su/" not in html


def test_remind_stale_emails_enterprise_users(settings, enterprise_user, supplier, capsys):
    from django.core import mail

    from lienket.commands import remind_stale

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []

    enterprise_user.email = "bob@example.vn"
    enterprise_user.save()
    Enterprise.objects.filter(pk=supplier.pk).update(verified_on=None)
    remind_stale.run(SimpleNamespace(dry_run=True, limit=10))
    assert mail.outbox == [] and "bob@example.vn" in capsys.readouterr().out
    remind_stale.run(SimpleNamespace(dry_run=False, limit=10))
    assert [m.to for m in mail.outbox] == [["bob@example.vn"]]
    assert supplier.name_vi in mail.outbox[0].body
    Enterprise.objects.filter(pk=supplier.pk).update(verified_on=timezone.localdate())
    remind_stale.run(SimpleNamespace(dry_run=False, limit=10))
    assert len(mail.outbox) == 1
