from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "lienket.web.analytics"
    label = "analytics"
