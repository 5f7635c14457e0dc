"""Authentication backend that throttles every login path (portal, /accounts/login/, the admin's login) and asks
officers who enrolled TOTP for their code. Enable with
``AUTHENTICATION_BACKENDS = ["lienket.web.accounts.backends.ThrottledModelBackend"]``."""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from . import services

OTP_FIELD = "otp"


class ThrottledModelBackend(ModelBackend):
    """ModelBackend + failure counting per username and address + TOTP for enrolled officers."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(self._username_field(), "")
        ip = services.client_ip(request)
        if services.login_locked(username or "", ip):
            # PermissionDenied stops authenticate() at once: no other backend is tried.
            raise PermissionDenied("locked")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            services.register_login_failure(username or "", ip)
            return None
        device = services.totp_required(user)
        if device is not None:
            code = request.POST.get(OTP_FIELD, "") if request is not None and hasattr(request, "POST") else ""
            if not services.check_totp(device, code):
                services.register_login_failure(username or "", ip)
                return None
        services.clear_login_failures(username or "")
        return user

    def _username_field(self) -> str:
        from django.contrib.auth import get_user_model

        return get_user_model().USERNAME_FIELD


def enabled() -> bool:
    """True when this backend is configured (the login form then leaves the checks to it)."""
    from django.conf import settings

    return any(
        b.endswith("accounts.backends.ThrottledModelBackend") for b in settings.AUTHENTICATION_BACKENDS
    )
