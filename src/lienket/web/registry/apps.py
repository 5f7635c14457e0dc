from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "lienket.web.registry"
    label = "registry"
    verbose_name = "Sổ đăng ký CNHT / Registry"
