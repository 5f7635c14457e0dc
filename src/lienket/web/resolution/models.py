"""Giải quyết trùng lặp: review queue, merge history (undoable) and per-source values of canonical records."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lienket.web.registry.models import Enterprise


class MatchCandidate(models.Model):
    """Cặp nghi trùng: two enterprises the model scored between the thresholds, waiting for an officer."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ xem xét")
        CONFIRMED = "confirmed", _("Đã xác nhận trùng")
        REJECTED = "rejected", _("Không trùng")

    left = models.ForeignKey(
        Enterprise, verbose_name=_("bản ghi 1"), on_delete=models.CASCADE, related_name="+"
    )
    right = models.ForeignKey(
        Enterprise, verbose_name=_("bản ghi 2"), on_delete=models.CASCADE, related_name="+"
    )
    score = models.FloatField(_("xác suất trùng"))
    reasons = models.JSONField(_("lý do"), default=list, blank=True)
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người quyết định"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("quyết định lúc"), null=True, blank=True)
    decision_reason = models.TextField(_("lý do quyết định"), blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("cặp nghi trùng")
        verbose_name_plural = _("cặp nghi trùng")
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["left", "right"], name="resolution_candidate_unique_pair"),
            models.CheckConstraint(
                condition=Q(left__lt=models.F("right")), name="resolution_candidate_ordered"
            ),
        ]
        indexes = [models.Index(fields=["status", "-score"])]

    def __str__(self) -> str:
        return f"{self.left_id} ~ {self.right_id} ({self.score:.2f}, {self.status})"


class Merge(models.Model):
    """Lần gộp: ``merged`` was folded into ``canonical``; the snapshot lets ``services.unmerge`` undo it exactly."""

    canonical = models.ForeignKey(
        Enterprise, verbose_name=_("bản ghi giữ lại"), on_delete=models.PROTECT, related_name="+"
    )
    merged = models.ForeignKey(
        Enterprise, verbose_name=_("bản ghi bị gộp"), on_delete=models.PROTECT, related_name="+"
    )
    snapshot = models.JSONField(
        _("ảnh chụp"),
        default=dict,
        help_text="{'canonical': {...}, 'merged': {...}, 'moved': {label: [pk, ...]}, 'fields': {...}}",
    )
    score = models.FloatField(_("xác suất trùng"), null=True, blank=True)
    reason = models.TextField(_("lý do"), blank=True)
    batch = models.CharField(_("lô"), max_length=64, db_index=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người gộp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("lúc"), auto_now_add=True)
    undone_at = models.DateTimeField(_("hoàn tác lúc"), null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người hoàn tác"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("lần gộp")
        verbose_name_plural = _("lần gộp")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.merged_id} → {self.canonical_id}"

    @property
    def is_undone(self) -> bool:
        """True once ``unmerge`` restored the two records."""
        return self.undone_at is not None


class SourceValue(models.Model):
    """Giá trị theo nguồn: one source's value of one field of a canonical enterprise, with its provenance."""

    enterprise = models.ForeignKey(
        Enterprise, verbose_name=_("doanh nghiệp"), on_delete=models.CASCADE, related_name="source_values"
    )
    field = models.CharField(_("trường"), max_length=40)
    value = models.TextField(_("giá trị"), blank=True)
    source = models.TextField(_("nguồn"), blank=True)
    source_ref = models.CharField(_("mã tham chiếu nguồn"), max_length=200, blank=True)
    at = models.DateTimeField(_("lúc"), auto_now_add=True)
    merge = models.ForeignKey(
        Merge,
        verbose_name=_("lần gộp"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="values",
    )

    class Meta:
        verbose_name = _("giá trị theo nguồn")
        verbose_name_plural = _("giá trị theo nguồn")
        ordering = ["enterprise", "field", "at"]
        indexes = [models.Index(fields=["enterprise", "field"])]

    def __str__(self) -> str:
        return f"{self.enterprise_id}.{self.field} = {self.value[:40]} ({self.source})"


class ResolutionRun(models.Model):
    """Lượt chạy giải quyết trùng lặp: one ``run_resolution`` started from the officer page, done in a background
    process (``lienket dedupe --run ID``); the run page polls it. One queued or running run at a time."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang chạy")
        DONE = "done", _("Xong")
        FAILED = "failed", _("Thất bại")

    ACTIVE = (Status.QUEUED, Status.RUNNING)

    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người chạy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    started_at = models.DateTimeField(_("bắt đầu lúc"), null=True, blank=True)
    finished_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        _("tín hiệu cuối lúc"), null=True, blank=True, help_text="Last sign of life (start, each step)."
    )
    counts = models.JSONField(_("kết quả"), default=dict, blank=True, help_text='{"merged": n, "queued": n}')
    progress_done = models.PositiveIntegerField(_("đã quét"), default=0)
    progress_total = models.PositiveIntegerField(_("tổng số"), null=True, blank=True)
    error = models.TextField(_("lỗi"), blank=True)

    class Meta:
        verbose_name = _("lượt chạy giải quyết trùng lặp")
        verbose_name_plural = _("lượt chạy giải quyết trùng lặp")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One queued or running run at a time, whatever two officers click at the same moment.
            models.UniqueConstraint(
                models.Value(1),
                condition=Q(status__in=["queued", "running"]),
                name="resolution_run_one_active",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.status}"

    @property
    def is_active(self) -> bool:
        """Queued or running: the run page keeps polling."""
        return self.status in self.ACTIVE

    @property
    def progress_pct(self) -> int:
        """Share of enterprises scanned, 0–100."""
        if not self.progress_total:
            return 0
        return min(100, round(100 * self.progress_done / self.progress_total))
