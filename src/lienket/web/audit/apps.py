from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "lienket.web.audit"
    label = "audit"
    verbose_name = "Lịch sử thay đổi / Audit"
