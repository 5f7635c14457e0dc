"""Import batches, their rows, and the provenance of every value an import stored."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportBatch(models.Model):
    """Lô nhập dữ liệu: one file (one sheet) of one kind, uploaded or imported from the command line."""

    class Status(models.TextChoices):
        READING = "reading", _("Đang đọc tệp")
        PREVIEW = "preview", _("Chờ xác nhận")
        APPLYING = "applying", _("Đang ghi")
        DONE = "done", _("Đã nhập")
        FAILED = "failed", _("Không đọc được")
        CANCELLED = "cancelled", _("Đã hủy")

    file_name = models.CharField(_("tên tệp"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    stored_path = models.CharField(max_length=500, blank=True, editable=False)
    kind = models.CharField(_("loại dữ liệu"), max_length=16)
    sheet = models.CharField(_("trang tính"), max_length=120, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người nhập"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_batches",
    )
    via = models.CharField(_("qua"), max_length=8, default="ui")
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.READING)
    message = models.TextField(_("thông báo"), blank=True)
    started_at = models.DateTimeField(_("bắt đầu"), auto_now_add=True)
    finished_at = models.DateTimeField(_("kết thúc"), null=True, blank=True)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(_("số dòng"), default=0)
    created = models.PositiveIntegerField(_("tạo mới"), default=0)
    updated = models.PositiveIntegerField(_("cập nhật"), default=0)
    unchanged = models.PositiveIntegerField(_("không đổi"), default=0)
    review = models.PositiveIntegerField(_("cần xem xét trùng"), default=0)
    errors = models.PositiveIntegerField(_("lỗi"), default=0)

    class Meta:
        verbose_name = _("lô nhập dữ liệu")
        verbose_name_plural = _("lô nhập dữ liệu")
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.kind}, {self.started_at:%Y-%m-%d %H:%M})"

    @property
    def progress_pct(self) -> int:
        if not self.progress_total:
            return 0
        return min(100, int(self.progress_done * 100 / self.progress_total))

    @property
    def is_running(self) -> bool:
        return self.status in {self.Status.READING, self.Status.APPLYING}


class ImportRow(models.Model):
    """Một dòng của tệp nhập: its status, errors per field, the parsed values and the record it became."""

    class Status(models.TextChoices):
        NEW = "new", _("Tạo mới")
        UPDATED = "updated", _("Cập nhật")
        UNCHANGED = "unchanged", _("Không đổi")
        REVIEW = "review", _("Tạo mới, cần xem xét trùng")
        ERROR = "error", _("Lỗi")
        SKIPPED = "skipped", _("Bỏ qua")

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="rows")
    sheet = models.CharField(_("trang tính"), max_length=120, blank=True)
    row_number = models.PositiveIntegerField(_("dòng"))
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices)
    errors = models.JSONField(
        _("lỗi"), default=list, blank=True, help_text="[{column, header, field, message}]"
    )
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)
    values = models.JSONField(_("giá trị đã đọc"), default=dict, blank=True)
    changes = models.JSONField(_("thay đổi"), default=dict, blank=True)
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    object_id = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("dòng nhập")
        verbose_name_plural = _("dòng nhập")
        ordering = ["batch", "row_number"]
        indexes = [models.Index(fields=["batch", "status"])]

    def __str__(self) -> str:
        return f"{self.batch_id}:{self.row_number} {self.status}"


class FieldProvenance(models.Model):
    """Nguồn gốc của một giá trị: which file, sheet, row, time and user stored this field's value."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    field = models.CharField(_("trường"), max_length=64)
    value = models.TextField(_("giá trị"), blank=True)
    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="provenance")
    sheet = models.CharField(_("trang tính"), max_length=120, blank=True)
    row_number = models.PositiveIntegerField(_("dòng"))
    at = models.DateTimeField(_("lúc"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("nguồn gốc giá trị")
        verbose_name_plural = _("nguồn gốc giá trị")
        indexes = [models.Index(fields=["content_type", "object_id", "field"])]

    def __str__(self) -> str:
        return f"{self.field}={self.value[:40]} (lô {self.batch_id}, dòng {self.row_number})"
