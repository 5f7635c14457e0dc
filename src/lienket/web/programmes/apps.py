from django.apps import AppConfig


class ProgrammesConfig(AppConfig):
    name = "lienket.web.programmes"
    label = "programmes"
