"""The foundation's commands, run as a user runs them (subprocesses, their own SQLite file)."""

import os
import sqlite3
import subprocess
import sys

import pytest


def _lienket(*args, env=None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "lienket.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


def _clean_env(**extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "LIENKET_MODE", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(extra)
    return env


def _counts(db):
    con = sqlite3.connect(db)
    try:
        return {
            t: con.execute(f"select count(*) from {t}").fetchone()[0]
            for t in (
                "registry_zone",
                "registry_enterprise",
                "registry_offering",
                "registry_demand",
                "accounts_user",
                "registry_zonephoto",
                "registry_provincefact",
            )
        }
    finally:
        con.close()


def test_demo_no_serve_builds_the_database_and_is_safe_to_rerun(tmp_path):
    home = tmp_path / "var"
    env = _clean_env(LIENKET_HOME=str(home), DATABASE_URL="postgres://ignored@127.0.0.1:1/none")
    first = _lienket("demo", "--no-serve", "--enterprises", "120", env=env)
    assert first.returncode == 0, first.stderr
    assert "officer" in first.stdout
    db = home / "lienket.sqlite3"
    counts = _counts(db)
    assert counts["registry_zone"] >= 20 and counts["registry_enterprise"] >= 120
    assert counts["registry_zonephoto"] == counts["registry_zone"]
    assert counts["registry_provincefact"] > 0 and counts["accounts_user"] == 3
    password = next(
        line.split()[1] for line in first.stdout.splitlines() if line.strip().startswith("officer")
    )

    second = _lienket("demo", "--no-serve", "--enterprises", "120", env=env)
    assert second.returncode == 0, second.stderr
    assert "already loaded" in second.stdout
    assert _counts(db) == counts
    # The printed officer password is stable across runs and works.
    assert password in second.stdout


@pytest.mark.parametrize(
    "env,expected",
    [
        (
            {"LIENKET_MODE": "production"},
            ["SECRET_KEY is not set", "ALLOWED_HOSTS is not set", "DATABASE_URL is not set"],
        ),
        ({"LIENKET_MODE": "weird"}, ["LIENKET_MODE='weird'"]),
        ({"DEBUG": "maybe"}, ["DEBUG='maybe' is not a boolean"]),
        ({"MAP_TILE_URL": "https://tiles.example/tile.png"}, ["must contain {z}, {x} and {y}"]),
        (
            {
                "LIENKET_MODE": "production",
                "SECRET_KEY": "short",
                "ALLOWED_HOSTS": "x",
                "DATABASE_URL": "nonsense://",
            },
            ["SECRET_KEY is too short"],
        ),
    ],
)
def test_check_names_every_problem(tmp_path, env, expected):
    result = _lienket("check", env=_clean_env(LIENKET_HOME=str(tmp_path), **env))
    assert result.returncode == 1
    for text in expected:
        assert text in result.stdout


def test_check_passes_on_a_migrated_database(tmp_path):
    env = _clean_env(LIENKET_HOME=str(tmp_path))
    assert _lienket("manage", "migrate", "-v0", env=env).returncode == 0
    result = _lienket("check", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "configuration OK" in result.stdout


def test_production_mode_refuses_to_start_without_secret_key(tmp_path):
    env = _clean_env(LIENKET_HOME=str(tmp_path), LIENKET_MODE="production", ALLOWED_HOSTS="x")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='lienket.web.settings'; django.setup()",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


def test_synth_writes_deterministic_json(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for out in (a, b):
        r = _lienket(
            "synth",
            "--seed",
            "3",
            "--enterprises",
            "30",
            "--out",
            str(out),
            env=_clean_env(LIENKET_HOME=str(tmp_path)),
        )
        assert r.returncode == 0, r.stderr
    assert a.read_bytes() == b.read_bytes()
    assert b'"is_synthetic": true' in a.read_bytes()


@pytest.mark.django_db
def test_vietnamese_is_the_default_whatever_the_browser_asks(client):
    resp = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert resp.status_code == 200 and '<html lang="vi">' in resp.content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<html lang="en">' in client.get("/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()


def test_production_collectstatic_resolves_every_static_reference(tmp_path):
    env = _clean_env(
        LIENKET_HOME=str(tmp_path), LIENKET_MODE="production", SECRET_KEY="x" * 20 + "abcdefghijklmnopqrstuvwxyz0123",
        ALLOWED_HOSTS="lienket.example", DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
    )
    result = _lienket("manage", "collectstatic", "--noinput", "-v0", env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "static" / "staticfiles.json").exists()
