"""The ``lienket`` command.

Each sub-command's arguments are declared here (the CLI contracts live in one place); the work is done by
``lienket.commands.<name>.run(args)``, imported only when that command runs so ``lienket match`` and
``lienket scenario --network`` never load Django.
"""

from __future__ import annotations

import argparse
import importlib
import sys


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lienket", description="lienket — công nghiệp hỗ trợ registry and linkage")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("demo", help="create/migrate the demo SQLite database, load demo data, serve it")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--no-serve", action="store_true", help="only prepare the database")
    s.add_argument("--seed", type=int, default=2025)
    s.add_argument("--enterprises", type=int, default=600, help="synthetic enterprises to add")

    s = sub.add_parser("serve", help="run the web app with gunicorn (production)")
    s.add_argument("--bind", default="127.0.0.1:8000")
    s.add_argument("--workers", type=int, default=0, help="0 = 2 × cores + 1")

    sub.add_parser("check", help="name every configuration problem")

    s = sub.add_parser("synth", help="generate a synthetic province (JSON) or load it into the database")
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--enterprises", type=int, default=500)
    s.add_argument("--zones", type=int, default=0, help="extra synthetic zones (0 = only the real ones)")
    s.add_argument("--province", default=None, help="province code to generate for")
    s.add_argument("--out", default=None, help="write JSON here instead of loading into the database")

    s = sub.add_parser("manage", help="run a Django management command", add_help=False)
    s.add_argument("args", nargs=argparse.REMAINDER)

    s = sub.add_parser("match", help="rank suppliers for queries (no database)")
    s.add_argument("--catalog", required=True, help="suppliers, JSON lines")
    s.add_argument("--queries", required=True, help="queries, JSON lines")
    s.add_argument("--top", type=int, default=10)
    s.add_argument("--out", required=True, help="results, JSON lines")

    s = sub.add_parser("scenario", help="import-disruption scenario")
    s.add_argument("--network", default=None, help="NETWORK.json (without it: the configured database)")
    s.add_argument("--stop", required=True, help="comma-separated ISO country codes to stop, e.g. CN,KR")
    s.add_argument("--weeks", type=float, required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--year", type=int, default=None, help="database mode: demand year")
    s.add_argument("--province", default=None, help="database mode: province code")

    s = sub.add_parser("import", help="import an Excel/CSV file into the registry")
    s.add_argument("file", metavar="FILE")
    s.add_argument(
        "--kind", required=True, choices=["enterprises", "zones", "offerings", "demands", "links", "zone-figures"]
    )
    s.add_argument("--dry-run", action="store_true", help="validate and report; write nothing")
    s.add_argument("--sheet", default=None, help="sheet name (default: the first sheet)")
    s.add_argument("--user", default=None, help="username recorded as the importer")
    s.add_argument("--errors", default=None, help="write per-row errors here (.xlsx or .csv)")

    s = sub.add_parser("resolve", help="entity resolution: which rows are the same enterprise (no database)")
    s.add_argument("input", metavar="INPUT.csv")
    s.add_argument("--out", required=True, metavar="OUTPUT.csv")
    s.add_argument("--engine", choices=["duckdb", "spark"], default="duckdb")
    s.add_argument(
        "--branches",
        choices=["separate", "joined"],
        default="joined",
        help="a dependent branch (13-digit code) joins its head office (default: one legal person) or stays apart",
    )

    s = sub.add_parser("report", help="the annual CNHT report")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--lang", choices=["vi", "en"], default="vi")
    s.add_argument("--format", choices=["pdf", "html"], default="pdf")
    s.add_argument("--out", required=True)
    s.add_argument("--province", default=None, help="province code (default: every province of the instance)")

    s = sub.add_parser("backup", help="back up the database to a file")
    s.add_argument("--out", required=True)

    s = sub.add_parser("restore", help="restore the database from a backup file")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--yes", action="store_true", help="do not ask before replacing the current data")

    _discover(sub)
    return p


def _discover(sub) -> None:
    """Commands declared only by a module ``lienket.commands.<name>`` with ``HELP`` and ``add_arguments(parser)``."""
    import pkgutil

    import lienket.commands as pkg

    declared = set(sub.choices)
    for info in pkgutil.iter_modules(pkg.__path__):
        name = info.name.replace("_", "-")
        if info.name.startswith("_") or name in declared:
            continue
        module = importlib.import_module(f"lienket.commands.{info.name}")
        if hasattr(module, "add_arguments"):
            module.add_arguments(sub.add_parser(name, help=getattr(module, "HELP", None)))


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``lienket`` console script."""
    args = _build_parser().parse_args(argv)
    module = importlib.import_module(f"lienket.commands.{args.command.replace('-', '_')}")
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except CommandError as exc:
        print(f"lienket {args.command}: {exc}", file=sys.stderr)
        return 2


class CommandError(Exception):
    """A user-facing failure: printed without a traceback, exit status 2."""


if __name__ == "__main__":
    # Run the imported module's main so commands raising lienket.cli.CommandError are caught (not __main__'s copy).
    from lienket import cli as _cli

    sys.exit(_cli.main())
