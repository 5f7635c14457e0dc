"""``lienket restore FILE [--yes]``: replace the configured database with a backup made by ``lienket backup``.

SQLite: the online backup API copies the file back page by page. PostgreSQL: ``pg_restore --clean --if-exists``.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from lienket.commands.backup import _cli_error, pg_env


def restore_database(db: dict, src: Path) -> None:
    """Replace the database described by ``db`` with the backup file ``src``."""
    src = Path(src)
    if not src.is_file():
        raise _cli_error(f"{src}: no such backup file")
    engine = db["ENGINE"]
    if engine.endswith("sqlite3"):
        with open(src, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise _cli_error(f"{src}: not a SQLite backup (made on another database engine?)")
        source = sqlite3.connect(str(src))
        target = sqlite3.connect(str(db["NAME"]))
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
            source.close()
    elif "postgresql" in engine:
        with open(src, "rb") as fh:
            if fh.read(5) != b"PGDMP":
                raise _cli_error(f"{src}: not a pg_dump custom-format backup")
        exe = shutil.which("pg_restore")
        if not exe:
            raise _cli_error("pg_restore not found on PATH (install postgresql-client)")
        args, env = pg_env(db)
        proc = subprocess.run(
            [
                exe,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "-d",
                str(db["NAME"]),
                *args,
                str(src),
            ],
            env=env,
            capture_output=True,
            text=True,
        )
        if proc.returncode:
            raise _cli_error(f"pg_restore failed: {proc.stderr.strip()}")
    else:
        raise _cli_error(f"restore: unsupported database engine {engine}")


def run(args) -> int:
    from lienket.commands._django import setup

    setup()
    from django.db import connections

    db = connections["default"].settings_dict
    if not args.yes:
        answer = input(f"Replace every row of database {db['NAME']} with {args.file}? [y/N] ")
        if answer.strip().lower() not in {"y", "yes", "c", "co", "có"}:
            print("lienket restore: cancelled", file=sys.stderr)
            return 1
    connections.close_all()
    restore_database(db, Path(args.file))
    print(f"lienket restore: {db['NAME']} restored from {args.file}")
    return 0
