"""History pages, revert, trash and restore, the admin's optimistic locking and soft bulk delete."""

import pytest
from django.urls import reverse

from lienket.web.audit.models import AuditEntry
from lienket.web.registry import services
from lienket.web.registry.models import Enterprise


def _history_url(obj):
    return reverse("audit:history", args=[obj._meta.app_label, obj._meta.model_name, obj.pk])


def test_history_shows_before_and_after_per_field(client, officer, supplier):
    old = supplier.phone
    services.update_record(
        supplier,
        {"phone": "0911222333"},
        expected_version=supplier.row_version,
        actor=officer,
        reason="Gọi điện xác nhận",
    )
    client.force_login(officer)
    body = client.get(_history_url(supplier)).content.decode()
    assert "0911222333" in body and "Gọi điện xác nhận" in body and "alice" in body
    assert (old or "—") in body


def test_enterprise_user_sees_own_history_but_not_another(client, enterprise_user, supplier, other_supplier):
    client.force_login(enterprise_user)
    assert client.get(_history_url(supplier)).status_code == 200
    assert client.get(_history_url(other_supplier)).status_code == 403


def test_anonymous_cannot_see_history(client, supplier):
    assert client.get(_history_url(supplier)).status_code == 403


def test_officer_reverts_a_change_and_the_revert_is_audited(client, officer, supplier):
    old = supplier.contact_person
    services.update_record(
        supplier, {"contact_person": "Sai tên"}, expected_version=supplier.row_version, actor=officer
    )
    entry = AuditEntry.objects.filter(object_id=str(supplier.pk), action="update").first()
    client.force_login(officer)
    resp = client.post(reverse("audit:revert", args=[entry.pk]), {"reason": "nhập nhầm"})
    assert resp.status_code == 302
    supplier.refresh_from_db()
    assert supplier.contact_person == old
    last = AuditEntry.objects.filter(object_id=str(supplier.pk)).first()
    assert last.action == "revert" and last.reason == "nhập nhầm" and last.actor == officer


def test_enterprise_user_cannot_revert(client, enterprise_user, officer, supplier):
    services.update_record(supplier, {"phone": "0900"}, expected_version=supplier.row_version, actor=officer)
    entry = AuditEntry.objects.filter(object_id=str(supplier.pk)).first()
    client.force_login(enterprise_user)
    assert client.post(reverse("audit:revert", args=[entry.pk])).status_code == 403


def test_soft_delete_lands_in_trash_and_restores(client, officer, other_supplier):
    services.soft_delete(other_supplier, actor=officer, reason="trùng")
    assert not Enterprise.objects.filter(pk=other_supplier.pk).exists()
    client.force_login(officer)
    page = client.get(reverse("audit:trash", args=["enterprise"])).content.decode()
    assert other_supplier.name_vi in page
    client.post(reverse("audit:trash", args=["enterprise"]), {"pk": other_supplier.pk})
    assert Enterprise.objects.filter(pk=other_supplier.pk).exists()
    actions = list(
        AuditEntry.objects.filter(object_id=str(other_supplier.pk)).values_list("action", flat=True)[:2]
    )
    assert actions == ["restore", "delete"]


def test_revert_of_a_delete_restores(officer, other_supplier):
    services.soft_delete(other_supplier, actor=officer)
    entry = AuditEntry.objects.filter(object_id=str(other_supplier.pk), action="delete").first()
    services.revert(entry, actor=officer)
    assert Enterprise.objects.filter(pk=other_supplier.pk).exists()


def test_admin_has_no_hard_bulk_delete(client, admin_user, other_supplier):
    client.force_login(admin_user)
    url = reverse("admin:registry_enterprise_changelist")
    page = client.get(url).content.decode()
    assert 'value="delete_selected"' not in page and 'value="soft_delete_selected"' in page
    client.post(url, {"action": "soft_delete_selected", "_selected_action": [other_supplier.pk]})
    assert Enterprise.all_objects.filter(pk=other_supplier.pk, deleted_at__isnull=False).exists()
    # The per-object delete page is soft too.
    services.restore(other_supplier, actor=admin_user)
    client.post(reverse("admin:registry_enterprise_delete", args=[other_supplier.pk]), {"post": "yes"})
    assert Enterprise.all_objects.filter(pk=other_supplier.pk, deleted_at__isnull=False).exists()


def _admin_form_data(client, url):
    """The admin change form's current values, as the browser would post them."""
    import re

    html = client.get(url).content.decode()
    data = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html):
        data.setdefault(name, value)
    for name in re.findall(r'<input type="checkbox" name="([^"]+)"[^>]*checked', html):
        data[name] = "on"
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        sel = re.search(r'<option value="([^"]*)"[^>]*selected', body)
        if sel:
            data[name] = sel.group(1)
    for name, body in re.findall(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        data[name] = body.strip()
    return {k: v for k, v in data.items() if k not in {"csrfmiddlewaretoken"}}


@pytest.mark.django_db
def test_two_officers_editing_one_zone_in_admin_second_gets_a_conflict(client, officer, admin_user):
    from lienket.web.registry.models import Zone

    zone = Zone.objects.order_by("pk").first()
    url = reverse("admin:registry_zone_change", args=[zone.pk])
    client.force_login(admin_user)
    data_root = _admin_form_data(client, url)
    assert data_root["row_version_seen"] == str(zone.row_version)
    services.update_record(zone, {"contact_name": "Ông A"}, expected_version=zone.row_version, actor=officer)
    data_root["contact_name"] = "Bà B"
    resp = client.post(url, data_root)
    assert resp.status_code == 200
    body = resp.content.decode()
    assert "alice" in body and "phiên bản" in body
    zone.refresh_from_db()
    assert zone.contact_name == "Ông A"
    # Reloading the form and saving again works, and is audited.
    data = _admin_form_data(client, url)
    data["contact_name"] = "Bà B"
    resp = client.post(url, data)
    assert resp.status_code == 302, resp.content.decode()[-3000:]
    zone.refresh_from_db()
    assert zone.contact_name == "Bà B"
    assert AuditEntry.objects.filter(object_id=str(zone.pk), via="admin", actor=admin_user).exists()


def test_locking_service_raises_conflict_naming_the_editor(officer, admin_user, supplier):
    opened = supplier.row_version
    services.update_record(supplier, {"phone": "1"}, expected_version=opened, actor=officer)
    stale = Enterprise.objects.get(pk=supplier.pk)
    with pytest.raises(services.ConflictError) as exc:
        services.update_record(stale, {"phone": "2"}, expected_version=opened, actor=admin_user)
    assert "alice" in str(exc.value)
    supplier.refresh_from_db()
    assert supplier.phone == "1"


def test_api_writes_are_audited_with_actor_and_channel(client, officer, other_supplier):
    from lienket.web.api.models import ApiToken

    token = ApiToken.issue(officer, "audit test")[1]
    resp = client.patch(
        f"/api/v1/enterprises/{other_supplier.pk}/",
        data={"phone": "0909 111 222"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert resp.status_code == 200, resp.content[:500]
    entry = AuditEntry.objects.filter(object_id=str(other_supplier.pk)).first()
    assert entry.via == "api" and entry.actor == officer and entry.changes["phone"][1] == "0909 111 222"
    # A stale row version is a conflict, not an overwrite.
    resp = client.patch(
        f"/api/v1/enterprises/{other_supplier.pk}/",
        data={"phone": "0000", "row_version": other_supplier.row_version},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert resp.status_code == 409


@pytest.mark.parametrize(
    "url",
    [
        "/lich-su/can-xac-minh/?model=enterprise",
        "/lich-su/can-xac-minh/?model=offering",
        "/lich-su/thung-rac/",
        "/lich-su/thung-rac/enterprise/",
        "/tai-khoan/yeu-cau-nhan-ho-so/",
    ],
)
def test_officer_list_pages_have_bounded_query_counts(client, officer, url, django_assert_max_num_queries):
    from lienket.web.registry.models import Offering

    for off in Offering.objects.order_by("pk")[:5]:
        services.soft_delete(off, actor=officer)
    for firm in Enterprise.objects.order_by("pk")[:5]:
        services.soft_delete(firm, actor=officer)
    client.force_login(officer)
    client.get(url)  # warm per-process caches (provinces, content types)
    with django_assert_max_num_queries(25):
        assert client.get(url).status_code == 200


def test_history_page_query_count_does_not_grow_with_entries(
    client, officer, supplier, django_assert_num_queries
):
    client.force_login(officer)
    url = _history_url(supplier)
    services.update_record(supplier, {"phone": "1"}, expected_version=supplier.row_version, actor=officer)
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for i in range(5):
        supplier.refresh_from_db()
        services.update_record(
            supplier, {"phone": str(i + 2)}, expected_version=supplier.row_version, actor=officer
        )
    with django_assert_num_queries(len(few)):
        client.get(url)
