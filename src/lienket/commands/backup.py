"""``lienket backup --out FILE``: a consistent copy of the configured database.

SQLite: the sqlite3 online backup API (safe while the site runs). PostgreSQL: ``pg_dump -Fc`` found on PATH.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path


def _cli_error(msg: str):
    from lienket.cli import CommandError

    return CommandError(msg)


def pg_env(db: dict) -> tuple[list[str], dict]:
    """Connection arguments and environment (password via PGPASSWORD, never on the command line)."""
    args = []
    if db.get("HOST"):
        args += ["-h", str(db["HOST"])]
    if db.get("PORT"):
        args += ["-p", str(db["PORT"])]
    if db.get("USER"):
        args += ["-U", str(db["USER"])]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return args, env


def backup_database(db: dict, out: Path) -> None:
    """Write a backup of the Django database settings ``db`` to ``out``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    engine = db["ENGINE"]
    if engine.endswith("sqlite3"):
        tmp = out.with_name(out.name + ".partial")
        src = sqlite3.connect(str(db["NAME"]))
        dst = sqlite3.connect(str(tmp))
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
            src.close()
        tmp.replace(out)
    elif "postgresql" in engine:
        exe = shutil.which("pg_dump")
        if not exe:
            raise _cli_error("pg_dump not found on PATH (install postgresql-client)")
        args, env = pg_env(db)
        proc = subprocess.run(
            [exe, "-Fc", "--no-owner", "-f", str(out), *args, str(db["NAME"])],
            env=env,
            capture_output=True,
            text=True,
        )
        if proc.returncode:
            raise _cli_error(f"pg_dump failed: {proc.stderr.strip()}")
    else:
        raise _cli_error(f"backup: unsupported database engine {engine}")


def run(args) -> int:
    from lienket.commands._django import setup

    setup()
    from django.db import connections

    connections.close_all()
    db = connections["default"].settings_dict
    backup_database(db, Path(args.out))
    print(f"lienket backup: {db['ENGINE'].rsplit('.', 1)[-1]} database written to {args.out}")
    return 0
