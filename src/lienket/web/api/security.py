"""Token authentication, role permissions and the cache-based rate limiter of the API."""

from __future__ import annotations

import math
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from ninja.security import HttpBearer
from ninja.throttling import BaseThrottle

from .errors import ApiError
from .models import ApiToken

_NO_TOKEN = object()


def request_token(request: HttpRequest) -> ApiToken | None:
    """The live token sent with the request (``Authorization: Bearer`` or ``Token``), cached on the request."""
    cached = getattr(request, "_lk_token", _NO_TOKEN)
    if cached is not _NO_TOKEN:
        return cached
    header = request.headers.get("Authorization", "")
    scheme, _sep, raw = header.partition(" ")
    token = None
    if scheme.lower() in {"bearer", "token"}:
        token = ApiToken.lookup(raw.strip())
    request._lk_token = token
    return token


class TokenAuth(HttpBearer):
    """``Authorization: Bearer lk_...``: the user the token belongs to (401 when missing, unknown or revoked)."""

    openapi_scheme = "bearer"

    def __call__(self, request: HttpRequest):
        token = request_token(request)
        return token.user if token is not None else None

    def authenticate(self, request, token):  # pragma: no cover - __call__ does the work
        return None


token_auth = TokenAuth()


# --------------------------------------------------------------------------- permissions


def is_officer(user) -> bool:
    return bool(getattr(user, "is_officer", False))


def require_officer(user) -> None:
    if not is_officer(user):
        raise ApiError(403, "Only officers (cán bộ Sở Công Thương) may do this.")


def require_enterprise_member(user, enterprise_id: int | None, *, role: str) -> None:
    """Officers pass; otherwise the user must have ``role`` and belong to the enterprise."""
    if is_officer(user):
        return
    if getattr(user, "role", None) != role or not user.enterprise_id or user.enterprise_id != enterprise_id:
        raise ApiError(403, "You may only change records of your own enterprise.")


# --------------------------------------------------------------------------- rate limits


def _rate(name: str, default: str) -> tuple[int, int]:
    """``"120/min"`` → (120, 60). Limits are read per request so settings overrides apply at once."""
    # Test runs share one locmem cache across the whole suite: lift the defaults there (tests set them explicitly).
    if getattr(settings, "MODE", "") == "test":
        default = "100000/min"
    value = getattr(settings, name, default)
    count, _sep, period = str(value).partition("/")
    seconds = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hour": 3600, "d": 86400, "day": 86400}
    return int(count), seconds.get(period.strip() or "min", 60)


class CacheRateLimit(BaseThrottle):
    """Fixed-window counter in Django's cache, per token (``API_RATE_LIMIT_TOKEN``, default 600/min) or per
    client IP (``API_RATE_LIMIT_ANON``, default 120/min); writes also count against ``API_RATE_LIMIT_WRITE``."""

    _local = threading.local()

    def _hit(self, key: str, limit: int, period: int) -> float | None:
        now = time.time()
        window = int(now // period)
        cache_key = f"lk-api-rl:{key}:{period}:{window}"
        cache.add(cache_key, 0, timeout=period + 1)
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, timeout=period + 1)
            count = 1
        if count > limit:
            return (window + 1) * period - now
        return None

    def allow_request(self, request: HttpRequest) -> bool:
        if not getattr(settings, "API_RATE_LIMIT_ENABLED", True):
            return True
        token = request_token(request)
        if token is not None:
            key, (limit, period) = f"t{token.pk}", _rate("API_RATE_LIMIT_TOKEN", "600/min")
        else:
            key, (limit, period) = f"ip{self.get_ident(request)}", _rate("API_RATE_LIMIT_ANON", "120/min")
        waits = [self._hit(key, limit, period)]
        if request.method not in {"GET", "HEAD", "OPTIONS"}:
            w_limit, w_period = _rate("API_RATE_LIMIT_WRITE", "60/min")
            waits.append(self._hit(f"w{key}", w_limit, w_period))
        waits = [w for w in waits if w is not None]
        self._local.wait = max(waits) if waits else None
        return not waits

    def wait(self) -> float | None:
        wait = getattr(self._local, "wait", None)
        return None if wait is None else max(1, math.ceil(wait))
