from django.apps import AppConfig


class ResolutionConfig(AppConfig):
    name = "lienket.web.resolution"
    label = "resolution"
