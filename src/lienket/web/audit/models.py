"""Audit trail: every write (UI, API, import, merge, CLI) records who, when, what changed and why."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    """Nhật ký thay đổi: một bản ghi cho mỗi lần tạo, sửa, xóa, khôi phục, gộp hoặc nhập dữ liệu."""

    class Action(models.TextChoices):
        CREATE = "create", _("Tạo mới")
        UPDATE = "update", _("Sửa")
        DELETE = "delete", _("Xóa (mềm)")
        RESTORE = "restore", _("Khôi phục")
        REVERT = "revert", _("Hoàn tác")
        MERGE = "merge", _("Gộp bản ghi trùng")
        UNMERGE = "unmerge", _("Tách bản ghi đã gộp")
        VERIFY = "verify", _("Xác minh")
        IMPORT = "import", _("Nhập từ tệp")

    class Via(models.TextChoices):
        UI = "ui", _("Giao diện")
        ADMIN = "admin", _("Trang quản trị")
        API = "api", _("API")
        IMPORT = "import", _("Nhập tệp")
        CLI = "cli", _("Dòng lệnh")
        SYSTEM = "system", _("Hệ thống")

    at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    action = models.CharField(_("thao tác"), max_length=10, choices=Action.choices)
    via = models.CharField(_("qua"), max_length=8, choices=Via.choices, default=Via.UI)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.CharField(max_length=64, db_index=True)
    object_repr = models.CharField(_("bản ghi"), max_length=300)
    changes = models.JSONField(_("thay đổi"), default=dict, blank=True, help_text="{field: [before, after]}")
    reason = models.TextField(_("lý do"), blank=True)
    batch = models.CharField(
        _("lô"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("Mã lô nhập / gộp để xem và hoàn tác cùng nhau."),
    )

    class Meta:
        verbose_name = _("nhật ký thay đổi")
        verbose_name_plural = _("nhật ký thay đổi")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_action_display()} {self.object_repr}"
