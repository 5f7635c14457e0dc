"""The REST API (django-ninja) under /api/v1/: each app contributes a ``router`` in its ``api.py``."""
