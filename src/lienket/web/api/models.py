"""API tokens: a secret shown once, stored only as its SHA-256 hash."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PREFIX = "lk_"


def hash_token(raw: str) -> str:
    """SHA-256 of the token: enough for 256-bit random secrets (no slow hash needed, unlike passwords)."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


class ApiToken(models.Model):
    """Khóa truy cập API của một người dùng; quyền theo vai trò của người dùng đó."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người dùng"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(_("tên khóa"), max_length=120, help_text=_("Dùng để làm gì, ví dụ: cổng CKAN."))
    key_prefix = models.CharField(_("tiền tố"), max_length=12, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    last_used = models.DateTimeField(_("dùng lần cuối"), null=True, blank=True, editable=False)
    revoked = models.BooleanField(_("đã thu hồi"), default=False)

    class Meta:
        verbose_name = _("khóa API")
        verbose_name_plural = _("khóa API")
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.name} ({self.key_prefix}…)"

    @classmethod
    def issue(cls, user, name: str) -> tuple[ApiToken, str]:
        """Create a token for ``user``; returns the row and the plain secret (shown once, never stored)."""
        raw = PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, key_prefix=raw[:10], key_hash=hash_token(raw))
        return token, raw

    @classmethod
    def lookup(cls, raw: str) -> ApiToken | None:
        """The live token matching ``raw`` (None when unknown, revoked, or its user is inactive)."""
        if not raw or not raw.startswith(PREFIX) or len(raw) > 200:
            return None
        token = (
            cls.objects.select_related("user", "user__enterprise")
            .filter(key_hash=hash_token(raw), revoked=False, user__is_active=True)
            .first()
        )
        if token is not None:
            now = timezone.now()
            # One write a minute at most, not one per request.
            if token.last_used is None or (now - token.last_used).total_seconds() > 60:
                cls.objects.filter(pk=token.pk).update(last_used=now)
                token.last_used = now
        return token
