"""Start Django for a command (settings from the environment)."""

from __future__ import annotations

import os


def setup(mode: str | None = None) -> None:
    """Configure and start Django; ``mode`` sets LIENKET_MODE unless the environment already does."""
    if mode:
        os.environ.setdefault("LIENKET_MODE", mode)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lienket.web.settings")
    import django

    django.setup()
