"""Accounts: one user model with a role (officer, enterprise user, buyer user)."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """Người dùng — a person who signs in. Officers edit province-wide; enterprise/buyer users own one enterprise."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("Quản trị hệ thống")
        OFFICER = "officer", _("Cán bộ Sở Công Thương")
        ENTERPRISE = "enterprise", _("Người dùng doanh nghiệp")
        BUYER = "buyer", _("Người dùng bên mua")

    role = models.CharField(_("vai trò"), max_length=16, choices=Role.choices, default=Role.ENTERPRISE)
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("doanh nghiệp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="users",
    )
    phone = models.CharField(_("điện thoại"), max_length=32, blank=True)

    @property
    def is_officer(self) -> bool:
        """Officers and admins may edit and verify every record of the province."""
        return self.is_superuser or self.role in {self.Role.ADMIN, self.Role.OFFICER}


class OfficerTOTP(models.Model):
    """Mã xác thực hai lớp (TOTP, RFC 6238) của một cán bộ: the secret and whether login requires a code."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="totp")
    secret = models.CharField(_("khóa bí mật"), max_length=64)
    confirmed = models.BooleanField(_("đã kích hoạt"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_counter = models.BigIntegerField(
        default=0, help_text="Last accepted time step (a code is used once)."
    )

    class Meta:
        verbose_name = _("xác thực hai lớp")
        verbose_name_plural = _("xác thực hai lớp")

    def __str__(self) -> str:
        return f"TOTP {self.user}"


class Claim(models.Model):
    """Yêu cầu nhận hồ sơ doanh nghiệp: a user asks to manage an existing enterprise profile; an officer decides."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ duyệt")
        APPROVED = "approved", _("Đã duyệt")
        REJECTED = "rejected", _("Từ chối")

    user = models.ForeignKey(
        User, verbose_name=_("người yêu cầu"), on_delete=models.CASCADE, related_name="claims"
    )
    enterprise = models.ForeignKey(
        "registry.Enterprise", verbose_name=_("doanh nghiệp"), on_delete=models.CASCADE, related_name="claims"
    )
    tax_code = models.CharField(_("mã số thuế khai báo"), max_length=20, blank=True)
    evidence = models.TextField(
        _("chứng cứ"), help_text=_("Chức vụ, giấy tờ, cách Sở có thể liên hệ để xác nhận.")
    )
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.PENDING)
    reason = models.TextField(_("lý do quyết định"), blank=True)
    decided_by = models.ForeignKey(
        User,
        verbose_name=_("người duyệt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    created_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("yêu cầu nhận hồ sơ")
        verbose_name_plural = _("yêu cầu nhận hồ sơ")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "enterprise"],
                condition=models.Q(status="pending"),
                name="claim_one_pending_per_user_enterprise",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.enterprise} ({self.get_status_display()})"
