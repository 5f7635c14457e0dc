from django.apps import AppConfig


class LinkageConfig(AppConfig):
    name = "lienket.web.linkage"
    label = "linkage"
