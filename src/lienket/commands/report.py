"""``lienket report``: the annual CNHT report as PDF or HTML (arguments declared in lienket.cli)."""

from __future__ import annotations

import time
from pathlib import Path

HELP = "the annual CNHT report"


def run(args) -> int:
    """Build the report from the configured database and write it to ``--out``."""
    from lienket.cli import CommandError
    from lienket.commands._django import setup

    setup()
    from lienket.web.programmes.report.builder import ReportError, build

    start = time.perf_counter()
    try:
        content, pages = build(args.year, args.lang, args.format, args.province)
    except ReportError as exc:
        raise CommandError(str(exc)) from exc
    out = Path(args.out)
    try:
        out.write_bytes(content)
    except OSError as exc:
        raise CommandError(f"--out {out}: {exc.strerror}") from exc
    took = time.perf_counter() - start
    extra = f", {pages} pages" if pages else ""
    print(f"wrote {out} ({len(content):,} bytes{extra}) in {took:.1f} s")
    return 0
