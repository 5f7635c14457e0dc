from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "lienket.web.api"
    label = "api"
    verbose_name = "API"
