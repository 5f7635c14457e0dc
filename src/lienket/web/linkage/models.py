"""Matchmaking pipeline: an officer introduces a supplier to a buyer (for a demand) and follows what happens:
introduction → meeting → sample/audit → contract, or dropped. Every stage move is kept in the history."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from lienket.web.registry.models import NON_NEGATIVE, Currency

ORDER = ["introduction", "meeting", "sample", "contract"]


class Introduction(models.Model):
    """Giới thiệu kết nối: nhà cung ứng × bên mua (× nhu cầu mua), qua các bước đến hợp đồng hoặc dừng."""

    class Stage(models.TextChoices):
        INTRODUCTION = "introduction", _("Giới thiệu")
        MEETING = "meeting", _("Gặp gỡ")
        SAMPLE = "sample", _("Mẫu / đánh giá nhà máy")
        CONTRACT = "contract", _("Hợp đồng")
        DROPPED = "dropped", _("Dừng")

    demand = models.ForeignKey(
        "registry.Demand",
        verbose_name=_("nhu cầu mua"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="introductions",
    )
    supplier = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("nhà cung ứng"),
        on_delete=models.PROTECT,
        related_name="introductions_as_supplier",
    )
    buyer = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("bên mua"),
        on_delete=models.PROTECT,
        related_name="introductions_as_buyer",
    )
    stage = models.CharField(_("bước"), max_length=12, choices=Stage.choices, default=Stage.INTRODUCTION)
    introduced_on = models.DateField(_("ngày giới thiệu"))
    meeting_on = models.DateField(_("ngày gặp gỡ"), null=True, blank=True)
    sample_on = models.DateField(_("ngày mẫu / đánh giá"), null=True, blank=True)
    contract_on = models.DateField(_("ngày hợp đồng"), null=True, blank=True)
    dropped_on = models.DateField(_("ngày dừng"), null=True, blank=True)
    contract_value = models.DecimalField(
        _("giá trị hợp đồng"), max_digits=20, decimal_places=2, null=True, blank=True, validators=NON_NEGATIVE
    )
    currency = models.CharField(_("tiền tệ"), max_length=3, choices=Currency.choices, default=Currency.VND)
    exchange_rate = models.DecimalField(
        _("tỷ giá (VND/USD)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    dropped_reason = models.CharField(_("lý do dừng"), max_length=300, blank=True)
    notes = models.TextField(_("ghi chú"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("giới thiệu kết nối")
        verbose_name_plural = _("giới thiệu kết nối")
        ordering = ["-introduced_on", "-id"]
        indexes = [models.Index(fields=["stage"]), models.Index(fields=["introduced_on"])]
        constraints = [
            models.CheckConstraint(condition=~models.Q(supplier=models.F("buyer")), name="intro_two_parties")
        ]

    def __str__(self) -> str:
        return f"{self.supplier} → {self.buyer}"

    @property
    def is_open(self) -> bool:
        return self.stage not in {self.Stage.CONTRACT, self.Stage.DROPPED}

    def contract_value_vnd(self):
        """Contract value in VND (None when unknown or a USD value lacks its rate)."""
        if self.contract_value is None:
            return None
        if self.currency == Currency.VND:
            return self.contract_value
        return self.contract_value * self.exchange_rate if self.exchange_rate else None


class StageChange(models.Model):
    """Một lần chuyển bước của giới thiệu kết nối (lịch sử)."""

    introduction = models.ForeignKey(Introduction, on_delete=models.CASCADE, related_name="changes")
    from_stage = models.CharField(_("từ bước"), max_length=12, choices=Introduction.Stage.choices, blank=True)
    to_stage = models.CharField(_("đến bước"), max_length=12, choices=Introduction.Stage.choices)
    on = models.DateField(_("ngày"))
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("chuyển bước")
        verbose_name_plural = _("chuyển bước")
        ordering = ["introduction", "created_at", "id"]

    def __str__(self) -> str:
        return f"{self.from_stage or '—'} → {self.to_stage} ({self.on})"
