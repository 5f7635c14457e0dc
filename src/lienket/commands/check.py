"""``lienket check``: name every configuration problem at once (exit 1 if any)."""

from __future__ import annotations

import os
from pathlib import Path

_BOOL = {"1", "true", "yes", "on", "0", "false", "no", "off"}


def problems(env: dict[str, str]) -> list[str]:
    """Every problem with the configuration in ``env`` (an environment mapping), without starting Django."""
    out: list[str] = []
    mode = env.get("LIENKET_MODE", "dev")
    if mode not in {"demo", "dev", "test", "production"}:
        out.append(f"LIENKET_MODE={mode!r}: use demo, dev, test or production")
    prod = mode == "production"
    for name in (
        "DEBUG",
        "SECURE_COOKIES",
        "SECURE_SSL_REDIRECT",
        "BEHIND_TLS_PROXY",
        "LIENKET_RESOLUTION_RUN_INLINE",
    ):
        if env.get(name) and env[name].strip().lower() not in _BOOL:
            out.append(f"{name}={env[name]!r} is not a boolean (use true or false)")
    for name in (
        "DB_CONN_MAX_AGE",
        "EMAIL_PORT",
        "UPLOAD_MAX_BYTES",
        "LIENKET_STALE_AFTER_DAYS",
        "LIENKET_RESOLUTION_RUN_STALE_MINUTES",
        "SECURE_HSTS_SECONDS",
    ):
        if env.get(name):
            try:
                int(env[name])
            except ValueError:
                out.append(f"{name}={env[name]!r} is not an integer")
    if prod:
        key = env.get("SECRET_KEY", "")
        if not key:
            out.append("SECRET_KEY is not set (required in production; use 50+ random characters)")
        elif len(key) < 40 or len(set(key)) < 10:
            out.append("SECRET_KEY is too short or too simple (use 50+ random characters)")
        if not env.get("ALLOWED_HOSTS"):
            out.append("ALLOWED_HOSTS is not set (comma-separated host names this site answers to)")
        if env.get("DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}:
            out.append("DEBUG is on in production mode")
        if not env.get("DATABASE_URL"):
            out.append(
                "DATABASE_URL is not set: production should use PostgreSQL (postgres://user@host:5432/db)"
            )
    url = env.get("DATABASE_URL")
    if url:
        try:
            import dj_database_url

            cfg = dj_database_url.parse(url)
            if not cfg.get("ENGINE"):
                raise ValueError("no engine")
        except Exception as exc:  # noqa: BLE001 - any parse failure is a config problem
            out.append(f"DATABASE_URL cannot be parsed ({exc}); e.g. postgres://user@127.0.0.1:5432/lienket")
    if env.get("CACHE_URL", "locmem") not in {"locmem", "db"}:
        out.append(f"CACHE_URL={env['CACHE_URL']!r}: use locmem or db")
    if prod and env.get("CACHE_URL", "locmem") == "locmem":
        out.append("CACHE_URL is locmem in production: gunicorn workers will not share login throttling (use db)")
    tiles = env.get("MAP_TILE_URL")
    if tiles and not all(t in tiles for t in ("{z}", "{x}", "{y}")):
        out.append(f"MAP_TILE_URL={tiles!r} must contain {{z}}, {{x}} and {{y}}")
    home = Path(env.get("LIENKET_HOME") or Path.cwd() / "var")
    probe = home if home.exists() else home.parent
    if not os.access(probe, os.W_OK):
        out.append(f"LIENKET_HOME={home} is not writable")
    media = env.get("MEDIA_ROOT")
    if media and Path(media).exists() and not os.access(media, os.W_OK):
        out.append(f"MEDIA_ROOT={media} is not writable")
    if prod and env.get("EMAIL_BACKEND", "").endswith("console.EmailBackend"):
        out.append("EMAIL_BACKEND is the console backend in production: reminders would not be sent")
    return out


def _database_problems() -> list[str]:
    out = []
    try:
        from lienket.commands._django import setup

        setup()
        from django.db import connection
        from django.db.migrations.executor import MigrationExecutor

        connection.ensure_connection()
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            out.append(f"{len(pending)} database migrations not applied: run `lienket manage migrate`")
    except Exception as exc:  # noqa: BLE001 - report, don't crash
        out.append(f"database: {type(exc).__name__}: {exc}")
    return out


def run(args) -> int:
    found = problems(dict(os.environ))
    if not found:
        found += _database_problems()
    if found:
        print(f"{len(found)} configuration problem(s):")
        for p in found:
            print(f"  - {p}")
        return 1
    print("configuration OK")
    return 0
