"""Backup and restore round trip, and migrations from an empty database, on the engine the suite runs on.

Runs the real ``lienket`` commands in subprocesses against a fresh database (a temporary SQLite file, or a
temporary PostgreSQL database next to the test one), so the test database of the session is never touched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

SCRIPT = r"""
import hashlib, json, sys
from lienket.commands._django import setup
setup()
from django.db import connection
action = sys.argv[1]
if action == "prepare":
    from django.core.management import call_command
    call_command("migrate", interactive=False, verbosity=0)
    from lienket.core import synth
    from lienket.web.registry import loader
    loader.load_reference()
    loader.load_dataset(synth.generate(seed=3, enterprises=15, extra_zones=1, include_real=False), ref_prefix="bk")
elif action == "mutate":
    from lienket.web.registry.models import Enterprise, Offering
    Offering.all_objects.filter(pk__in=list(Offering.all_objects.values_list("pk", flat=True)[:3])).delete()
    Enterprise.all_objects.filter(pk=Enterprise.all_objects.order_by("pk").first().pk).update(name_vi="ĐÃ SỬA")
    from lienket.web.registry.models import Sector
    Sector.objects.create(code="ZZ", name_vi="Ngành thêm sau sao lưu", name_en="added", order=99)
out = {}
with connection.cursor() as cur:
    for table in sorted(connection.introspection.table_names()):
        cur.execute(f'SELECT * FROM "{table}"')
        rows = sorted(repr(tuple(str(v) for v in row)) for row in cur.fetchall())
        out[table] = [len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()]
print(json.dumps(out))
"""


def _pg_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


@pytest.fixture
def fresh_db(tmp_path):
    """Environment for subprocesses pointing at a brand-new, empty database of the suite's engine."""
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE"}}
    env.update(LIENKET_MODE="test", LIENKET_HOME=str(tmp_path / "home"))
    pg = _pg_url()
    if pg is None:
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        yield env
        return
    import psycopg

    name = f"lk_backup_{uuid.uuid4().hex[:10]}"
    base = pg.rsplit("/", 1)[0]
    admin = base.replace("postgres://", "postgresql://") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = f"{base}/{name}"
    try:
        yield env
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _state(env, action="dump") -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, action], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _lienket(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lienket.cli", *args], env=env, capture_output=True, text=True, timeout=300
    )


def test_migrations_from_empty_then_backup_and_restore_every_table(fresh_db, tmp_path):
    original = _state(fresh_db, "prepare")  # migrates a brand-new database from nothing
    assert original["registry_enterprise"][0] >= 15 and original["django_migrations"][0] > 0

    out = tmp_path / "lienket.backup"
    proc = _lienket(fresh_db, "backup", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0

    changed = _state(fresh_db, "mutate")
    assert changed != original
    assert {t for t in original if changed[t] != original[t]} >= {"registry_enterprise", "registry_offering"}

    proc = _lienket(fresh_db, "restore", str(out), "--yes")
    assert proc.returncode == 0, proc.stderr
    restored = _state(fresh_db)
    differing = sorted(t for t in original if restored.get(t) != original[t])
    assert differing == [], f"tables differ after restore: {differing}"
    assert set(restored) == set(original)


def test_restore_refuses_a_file_that_is_not_a_backup(fresh_db, tmp_path):
    bogus = tmp_path / "not-a-backup.bin"
    bogus.write_bytes(b"hello world, not a database")
    proc = _lienket(fresh_db, "restore", str(bogus), "--yes")
    assert proc.returncode == 2 and "not-a-backup.bin" in proc.stderr
    proc = _lienket(fresh_db, "restore", str(tmp_path / "missing.bin"), "--yes")
    assert proc.returncode == 2 and "no such backup file" in proc.stderr
