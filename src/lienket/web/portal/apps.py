from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "lienket.web.portal"
    label = "portal"
    verbose_name = "Cổng thông tin / Portal"
