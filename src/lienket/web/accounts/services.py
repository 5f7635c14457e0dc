"""Writes of the accounts app: sign-up, claims of enterprise profiles, login throttling, officers' TOTP.

Settings read (all optional): LOGIN_FAILURE_LIMIT (per username, default 5), LOGIN_IP_FAILURE_LIMIT (default 20),
LOGIN_LOCK_MINUTES (default 15). Counters live in Django's cache: use a shared cache (database or Redis) when
several gunicorn workers serve the site.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from lienket.core import totp as totp_core
from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry

from .models import Claim, OfficerTOTP, User


class AccountError(Exception):
    """A rule of the accounts domain was broken; the message is shown to the user."""


# --- login throttling ---------------------------------------------------------------------------------------


def _limits() -> tuple[int, int, int]:
    return (
        int(getattr(settings, "LOGIN_FAILURE_LIMIT", 5)),
        int(getattr(settings, "LOGIN_IP_FAILURE_LIMIT", 20)),
        int(getattr(settings, "LOGIN_LOCK_MINUTES", 15)),
    )


def _key(kind: str, value: str) -> str:
    # Hashed so arbitrary user input never becomes a raw cache key.
    return "lienket:login:" + kind + ":" + hashlib.sha256((value or "").strip().lower().encode()).hexdigest()


def client_ip(request) -> str:
    """The peer address (REMOTE_ADDR; a trusted proxy must set it, e.g. gunicorn --forwarded-allow-ips)."""
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def login_locked(username: str, ip: str) -> bool:
    """True while the username or the address has too many recent failures."""
    user_limit, ip_limit, _ = _limits()
    return cache.get(_key("u", username), 0) >= user_limit or (
        bool(ip) and cache.get(_key("ip", ip), 0) >= ip_limit
    )


def register_login_failure(username: str, ip: str) -> None:
    """Count one failed login for the username and the address; both expire after the lock time."""
    _, _, minutes = _limits()
    for kind, value in (("u", username), ("ip", ip)):
        if not value:
            continue
        key = _key(kind, value)
        cache.add(key, 0, timeout=minutes * 60)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=minutes * 60)


def clear_login_failures(username: str) -> None:
    """A successful login forgets the username's failures (the address keeps its count)."""
    cache.delete(_key("u", username))


# --- sign-up and claims -------------------------------------------------------------------------------------

SELF_SERVICE_ROLES = {User.Role.ENTERPRISE, User.Role.BUYER}


@transaction.atomic
def sign_up(*, username: str, email: str, password: str, role: str, phone: str = "") -> User:
    """Create an enterprise or buyer account (never an officer); the password passes Django's validators."""
    if role not in SELF_SERVICE_ROLES:
        raise AccountError("Chỉ có thể tự đăng ký tài khoản doanh nghiệp hoặc bên mua.")
    if User.objects.filter(username__iexact=username).exists():
        raise AccountError("Tên đăng nhập đã được dùng.")
    user = User(username=username, email=email, role=role, phone=phone)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise AccountError(" ".join(exc.messages)) from exc
    user.set_password(password)
    user.save()
    audit.record(
        user, action=AuditEntry.Action.CREATE, actor=user, reason="Tự đăng ký", after=_user_snapshot(user)
    )
    return user


def _user_snapshot(user: User) -> dict:
    return {
        "username": user.username,
        "email": user.email,
        "role": user.role,
        "enterprise_id": user.enterprise_id,
    }


@transaction.atomic
def submit_claim(user: User, enterprise, *, evidence: str, tax_code: str = "") -> Claim:
    """A signed-in enterprise or buyer user asks to manage ``enterprise``; an officer decides later."""
    if user.is_officer:
        raise AccountError("Cán bộ không cần nhận hồ sơ doanh nghiệp.")
    if user.enterprise_id == enterprise.pk:
        raise AccountError("Bạn đã quản lý hồ sơ này.")
    if not evidence.strip():
        raise AccountError("Hãy cho biết chứng cứ (chức vụ, giấy tờ, cách liên hệ để xác nhận).")
    try:
        with transaction.atomic():
            claim = Claim.objects.create(
                user=user, enterprise=enterprise, evidence=evidence.strip(), tax_code=tax_code
            )
    except IntegrityError as exc:
        raise AccountError("Bạn đã có một yêu cầu đang chờ duyệt cho doanh nghiệp này.") from exc
    audit.record(claim, action=AuditEntry.Action.CREATE, actor=user, before=None)
    return claim


@transaction.atomic
def decide_claim(claim: Claim, *, officer: User, approve: bool, reason: str) -> Claim:
    """Approve (links the user to the enterprise) or reject a pending claim, with a reason. Audited."""
    if not officer.is_officer:
        raise AccountError("Chỉ cán bộ mới được duyệt yêu cầu.")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if claim.status != Claim.Status.PENDING:
        raise AccountError("Yêu cầu này đã được xử lý.")
    if not reason.strip():
        raise AccountError("Hãy ghi lý do.")
    before = audit.snapshot(claim)
    claim.status = Claim.Status.APPROVED if approve else Claim.Status.REJECTED
    claim.reason, claim.decided_by, claim.decided_at = reason.strip(), officer, timezone.now()
    claim.save()
    audit.record(claim, action=AuditEntry.Action.UPDATE, actor=officer, before=before, reason=reason)
    if approve:
        user = claim.user
        user_before = _user_snapshot(user)
        user.enterprise = claim.enterprise
        user.save(update_fields=["enterprise"])
        audit.record(
            user,
            action=AuditEntry.Action.UPDATE,
            actor=officer,
            before=user_before,
            after=_user_snapshot(user),
            reason=f"Duyệt yêu cầu nhận hồ sơ #{claim.pk}",
        )
    return claim


# --- TOTP ---------------------------------------------------------------------------------------------------


def start_totp(user: User) -> OfficerTOTP:
    """Create (once) an officer's TOTP secret; login needs a code once it is confirmed."""
    if not user.is_officer:
        raise AccountError("Xác thực hai lớp dành cho cán bộ.")
    device, _created = OfficerTOTP.objects.get_or_create(
        user=user, defaults={"secret": totp_core.new_secret()}
    )
    return device


def check_totp(device: OfficerTOTP, code: str, at: float | None = None) -> bool:
    """Verify a code and refuse to accept the same time step twice (replay)."""
    at = time.time() if at is None else at
    for step in (0, -1, 1):
        moment = at + step * totp_core.PERIOD
        counter = int(moment // totp_core.PERIOD)
        if counter > device.last_counter and totp_core.verify(device.secret, code, at=moment, window=0):
            OfficerTOTP.objects.filter(pk=device.pk).update(last_counter=counter)
            device.last_counter = counter
            return True
    return False


@transaction.atomic
def confirm_totp(user: User, code: str) -> None:
    """Turn TOTP on after the officer typed a valid code from the app."""
    device = OfficerTOTP.objects.filter(user=user).first()
    if device is None:
        raise AccountError("Chưa tạo khóa xác thực.")
    if not check_totp(device, code):
        raise AccountError("Mã xác thực không đúng.")
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    audit.record(
        user, action=AuditEntry.Action.UPDATE, actor=user, before={"totp": False}, after={"totp": True}
    )


def totp_required(user: User) -> OfficerTOTP | None:
    """The confirmed TOTP device of a user (login must then present a code), or None."""
    return OfficerTOTP.objects.filter(user=user, confirmed=True).first()
