from django.apps import AppConfig


class OpendataConfig(AppConfig):
    name = "lienket.web.opendata"
    label = "opendata"
