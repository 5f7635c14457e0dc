"""Analytics records: saved disruption scenarios and the strategic weights of the investment promotion list."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class SavedScenario(models.Model):
    """Kịch bản gián đoạn nguồn cung đã lưu: what stops, for how long, and the figures it gave when run."""

    name = models.CharField(_("tên kịch bản"), max_length=200)
    year = models.PositiveSmallIntegerField(_("năm nhu cầu"), null=True, blank=True)
    province_code = models.CharField(_("mã tỉnh"), max_length=16, blank=True)
    stop_countries = models.JSONField(_("nước ngừng cung ứng"), default=list, blank=True)
    stop_firms = models.JSONField(_("nhà cung ứng ngừng cung ứng (mã)"), default=list, blank=True)
    stop_zones = models.JSONField(_("khu / cụm ngừng hoạt động (mã)"), default=list, blank=True)
    weeks = models.DecimalField(
        _("số tuần"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(520)],
    )
    note = models.TextField(_("ghi chú"), blank=True)
    result = models.JSONField(_("kết quả"), default=dict, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("kịch bản gián đoạn")
        verbose_name_plural = _("kịch bản gián đoạn")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name

    @property
    def value_at_risk(self) -> float | None:
        """Total value at risk (VND) when the scenario was saved."""
        return self.result.get("value_at_risk")


class StrategicWeight(models.Model):
    """Trọng số chiến lược của một sản phẩm trong danh sách xúc tiến đầu tư (mặc định 1; dữ liệu, sửa được)."""

    product = models.OneToOneField(
        "registry.Product",
        on_delete=models.CASCADE,
        related_name="strategic_weight",
        verbose_name=_("sản phẩm"),
    )
    weight = models.DecimalField(
        _("trọng số"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    note = models.CharField(_("lý do"), max_length=300, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("trọng số chiến lược")
        verbose_name_plural = _("trọng số chiến lược")
        ordering = ["product"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(weight__gte=0) & models.Q(weight__lte=100), name="strategic_weight_range"
            )
        ]

    def __str__(self) -> str:
        return f"{self.product} × {self.weight}"
