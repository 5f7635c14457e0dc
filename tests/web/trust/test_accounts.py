"""Sign-up, claims, login throttling, officers' TOTP, the own-enterprise page."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from lienket.core import totp as totp_core
from lienket.web.accounts import services
from lienket.web.accounts.models import Claim
from lienket.web.audit.models import AuditEntry

GOOD = "Mat-khau-rat-dai-2026"
BACKEND = "lienket.web.accounts.backends.ThrottledModelBackend"


@pytest.fixture(params=["form", "backend"])
def login_mode(request, settings):
    """Throttling and TOTP by the login form alone, or by the backend (every login path)."""
    if request.param == "backend":
        settings.AUTHENTICATION_BACKENDS = [BACKEND]
    return request.param


LOGIN = "/tai-khoan/dang-nhap/"


def _signup(client, **over):
    data = {
        "username": "dn-moi",
        "email": "a@b.vn",
        "role": "enterprise",
        "password1": GOOD,
        "password2": GOOD,
    }
    data.update(over)
    return client.post(reverse("accounts:signup"), data)


def test_enterprise_user_signs_up_with_a_strong_password(client, db):
    resp = _signup(client)
    assert resp.status_code == 302
    user = get_user_model().objects.get(username="dn-moi")
    assert user.role == "enterprise" and user.enterprise_id is None and not user.is_officer
    assert AuditEntry.objects.filter(object_id=str(user.pk), action="create").exists()


@pytest.mark.parametrize("password", ["12345678901", "password123", "Short-1a"])
def test_sign_up_refuses_weak_passwords(client, db, password):
    resp = _signup(client, password1=password, password2=password)
    assert resp.status_code == 200
    assert not get_user_model().objects.filter(username="dn-moi").exists()


def test_nobody_signs_up_as_an_officer(client, db):
    resp = _signup(client, role="officer")
    assert resp.status_code == 200
    assert not get_user_model().objects.filter(username="dn-moi").exists()
    with pytest.raises(services.AccountError):
        services.sign_up(username="x1", email="x@y.vn", password=GOOD, role="officer")


def test_claim_is_approved_by_an_officer_with_a_reason(client, db, officer, supplier):
    _signup(client)
    user = get_user_model().objects.get(username="dn-moi")
    resp = client.post(
        reverse("accounts:claim", args=[supplier.pk]), {"evidence": "Giám đốc", "tax_code": "x"}
    )
    assert resp.status_code == 302
    claim = Claim.objects.get(user=user)
    assert claim.status == "pending"
    client.force_login(officer)
    assert "Giám đốc" in client.get(reverse("accounts:claim_queue")).content.decode()
    client.post(reverse("accounts:claim_decide", args=[claim.pk]), {"decision": "approve", "reason": ""})
    claim.refresh_from_db()
    assert claim.status == "pending"  # a decision needs a reason
    client.post(
        reverse("accounts:claim_decide", args=[claim.pk]), {"decision": "approve", "reason": "Đã gọi điện"}
    )
    claim.refresh_from_db()
    user.refresh_from_db()
    assert claim.status == "approved" and claim.decided_by == officer and claim.reason == "Đã gọi điện"
    assert user.enterprise == supplier
    assert AuditEntry.objects.filter(object_id=str(user.pk), action="update", actor=officer).exists()


def test_rejected_claim_does_not_link(db, officer, supplier, buyer_user):
    claim = services.submit_claim(buyer_user, supplier, evidence="Tôi là kế toán")
    services.decide_claim(claim, officer=officer, approve=False, reason="Không xác nhận được")
    buyer_user.refresh_from_db()
    assert buyer_user.enterprise_id != supplier.pk
    with pytest.raises(services.AccountError):
        services.decide_claim(claim, officer=officer, approve=True, reason="lần hai")


def test_enterprise_user_cannot_decide_claims(client, db, enterprise_user, buyer_user, other_supplier):
    claim = services.submit_claim(buyer_user, other_supplier, evidence="x")
    client.force_login(enterprise_user)
    assert client.get(reverse("accounts:claim_queue")).status_code == 403
    assert (
        client.post(
            reverse("accounts:claim_decide", args=[claim.pk]), {"decision": "approve", "reason": "r"}
        ).status_code
        == 403
    )
    with pytest.raises(services.AccountError):
        services.decide_claim(claim, officer=enterprise_user, approve=True, reason="r")


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_IP_FAILURE_LIMIT=6, LOGIN_LOCK_MINUTES=15)
def test_login_is_locked_after_repeated_failures(login_mode, client, enterprise_user):
    for _ in range(3):
        resp = client.post(LOGIN, {"username": "bob", "password": "wrong"})
        assert resp.status_code == 200
    resp = client.post(LOGIN, {"username": "bob", "password": "S3cure-pass-for-tests"})
    assert resp.status_code == 200 and "15" in resp.content.decode()
    assert "_auth_user_id" not in client.session


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_IP_FAILURE_LIMIT=6, LOGIN_LOCK_MINUTES=15)
def test_login_is_locked_per_address_across_usernames(login_mode, client, enterprise_user):
    for i in range(6):
        client.post(LOGIN, {"username": f"guess{i}", "password": "wrong"})
    client.post(LOGIN, {"username": "bob", "password": "S3cure-pass-for-tests"})
    assert "_auth_user_id" not in client.session


@override_settings(LOGIN_FAILURE_LIMIT=3)
def test_a_successful_login_resets_the_username_counter(login_mode, client, enterprise_user):
    for _ in range(2):
        client.post(LOGIN, {"username": "bob", "password": "wrong"})
    assert client.post(LOGIN, {"username": "bob", "password": "S3cure-pass-for-tests"}).status_code == 302
    client.logout()
    for _ in range(2):
        client.post(LOGIN, {"username": "bob", "password": "wrong"})
    assert client.post(LOGIN, {"username": "bob", "password": "S3cure-pass-for-tests"}).status_code == 302


def test_officer_enrols_totp_and_login_then_needs_a_code(login_mode, client, officer, monkeypatch):
    client.force_login(officer)
    page = client.get(reverse("accounts:totp")).content.decode()
    assert "otpauth://totp/lienket%3Aalice?" in page
    device = officer.totp
    assert client.post(reverse("accounts:totp"), {"code": "000000"}).status_code == 200
    device.refresh_from_db()
    assert not device.confirmed
    client.post(reverse("accounts:totp"), {"code": totp_core.totp(device.secret)})
    device.refresh_from_db()
    assert device.confirmed
    client.logout()
    assert client.post(LOGIN, {"username": "alice", "password": "S3cure-pass-for-tests"}).status_code == 200
    assert "_auth_user_id" not in client.session
    # A later time step (the enrolment code may not be replayed).
    later = __import__("time").time() + 30
    monkeypatch.setattr("lienket.web.accounts.services.time.time", lambda: later)
    code = totp_core.totp(device.secret, later)
    resp = client.post(LOGIN, {"username": "alice", "password": "S3cure-pass-for-tests", "otp": code})
    assert resp.status_code == 302
    client.logout()
    resp = client.post(LOGIN, {"username": "alice", "password": "S3cure-pass-for-tests", "otp": code})
    assert resp.status_code == 200  # replay refused


def test_enterprise_user_edits_own_profile_audited(client, enterprise_user, supplier):
    client.force_login(enterprise_user)
    url = reverse("accounts:my_enterprise")
    assert client.get(url).status_code == 200
    resp = client.post(
        url, {"name_vi": "ignored", "contact_person": "Chị Lan", "row_version": supplier.row_version}
    )
    assert resp.status_code == 302, resp.content.decode()[:2000]
    supplier.refresh_from_db()
    assert supplier.contact_person == "Chị Lan" and supplier.name_vi != "ignored"
    entry = AuditEntry.objects.filter(object_id=str(supplier.pk), action="update").first()
    assert entry.actor == enterprise_user and entry.changes["contact_person"][1] == "Chị Lan"


def test_stale_profile_form_gets_a_conflict_naming_the_other_editor(
    client, enterprise_user, officer, supplier
):
    from lienket.web.registry import services as registry

    opened = supplier.row_version
    registry.update_record(supplier, {"phone": "0900000001"}, expected_version=opened, actor=officer)
    client.force_login(enterprise_user)
    resp = client.post(reverse("accounts:my_enterprise"), {"contact_person": "Anh Tú", "row_version": opened})
    body = resp.content.decode()
    assert resp.status_code == 200 and "alice" in body
    supplier.refresh_from_db()
    assert supplier.contact_person != "Anh Tú" and supplier.phone == "0900000001"


def test_enterprise_user_adds_and_deletes_an_offering(client, enterprise_user, supplier):
    from lienket.web.registry.models import Offering, Product

    product = Product.objects.exclude(offerings__enterprise=supplier).order_by("pk").first()
    client.force_login(enterprise_user)
    resp = client.post(
        reverse("accounts:my_child_add", args=["san-pham"]), {"product": product.pk, "capacity": "1000"}
    )
    assert resp.status_code == 302, resp.content.decode()[:2000]
    off = Offering.objects.get(enterprise=supplier, product=product)
    assert AuditEntry.objects.filter(object_id=str(off.pk), action="create", actor=enterprise_user).exists()
    client.post(reverse("accounts:my_child_delete", args=["san-pham", off.pk]))
    assert not Offering.objects.filter(pk=off.pk).exists() and Offering.all_objects.filter(pk=off.pk).exists()


def test_enterprise_user_cannot_edit_another_enterprise_offering(client, enterprise_user, other_supplier):
    from lienket.web.registry.models import Offering, Product

    other = other_supplier.offerings.first() or Offering.objects.create(
        enterprise=other_supplier, product=Product.objects.order_by("pk").first()
    )
    client.force_login(enterprise_user)
    assert client.get(reverse("accounts:my_child", args=["san-pham", other.pk])).status_code == 404
    assert client.post(reverse("accounts:my_child_delete", args=["san-pham", other.pk])).status_code == 404
    other.refresh_from_db()
    assert other.deleted_at is None


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_backend_throttles_the_other_login_pages_too(settings, client, officer, url):
    settings.AUTHENTICATION_BACKENDS = [BACKEND]
    settings.LOGIN_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post(url, {"username": "alice", "password": "wrong"})
    client.post(url, {"username": "alice", "password": "S3cure-pass-for-tests"})
    assert "_auth_user_id" not in client.session


def test_backend_asks_enrolled_officers_for_their_code_on_the_admin_login(settings, client, officer):
    settings.AUTHENTICATION_BACKENDS = [BACKEND]
    device = services.start_totp(officer)
    device.confirmed = True
    device.save()
    client.post("/admin/login/", {"username": "alice", "password": "S3cure-pass-for-tests"})
    assert "_auth_user_id" not in client.session
