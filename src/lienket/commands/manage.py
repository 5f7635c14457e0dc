"""``lienket manage ARGS``: any Django management command (migrate, createsuperuser, shell, ...)."""

from __future__ import annotations

import os


def run(args) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lienket.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["lienket manage", *args.args])
    return 0
