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
