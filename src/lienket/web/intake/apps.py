from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "lienket.web.intake"
    label = "intake"
