from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "lienket.web.registry"
    label = "registry"
    verbose_name = "Sổ đăng ký CNHT / Registry"

    def ready(self) -> None:
        from django.db import connections
        from django.db.backends.signals import connection_created

        from lienket.web import counts

        connection_created.connect(counts.install, dispatch_uid="lienket-counts-install")
        for conn in connections.all(initialized_only=True):
            counts.install(connection=conn)
