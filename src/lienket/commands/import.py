"""``lienket import FILE --kind KIND [--dry-run] [--sheet S] [--user U] [--errors REPORT.xlsx|.csv]``.

Imports an Excel/CSV file into the configured database (LIENKET_HOME / DATABASE_URL). Exit status: 0 every row
imported, 1 some rows had errors (the valid ones were applied unless --dry-run), 2 the file could not be read or
the command was misused (nothing written). The module is named ``import`` (the contract's command name), so it
is loaded with ``importlib`` only.
"""

from __future__ import annotations

import os
import sys
import time

from lienket.cli import CommandError


class _Bar:
    """A progress bar on stderr (only when stderr is a terminal, or LIENKET_PROGRESS=1), no dependency."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty() or os.environ.get("LIENKET_PROGRESS") == "1"
        self.last = 0.0
        self.start = time.monotonic()

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.2 and done != total:
            return
        self.last = now
        label = {"read": "đọc  ", "plan": "đối chiếu", "apply": "ghi  "}.get(phase, phase)
        if total:
            frac = min(1.0, done / total)
            bar = "#" * int(frac * 30)
            sys.stderr.write(
                f"\r{label:9} [{bar:<30}] {frac * 100:5.1f}% {done}/{total} {now - self.start:6.1f}s"
            )
        else:
            sys.stderr.write(f"\r{label:9} {done} {now - self.start:6.1f}s")
        sys.stderr.flush()

    def end(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def run(args) -> int:
    """Run an import; see the module docstring for exit statuses."""
    if not os.path.exists(args.file):
        raise CommandError(f"{args.file}: no such file")
    if args.errors and not args.errors.lower().endswith((".xlsx", ".csv")):
        raise CommandError("--errors must name a .xlsx or .csv file")
    from lienket.commands import _django

    _django.setup()
    from django.contrib.auth import get_user_model

    from lienket.web.intake import services

    user = None
    if args.user:
        user = get_user_model().objects.filter(username=args.user).first()
        if user is None:
            raise CommandError(f"--user: no user named {args.user!r}")
    bar = _Bar()
    try:
        outcome = services.import_file(
            args.file, args.kind, sheet=args.sheet, user=user, dry_run=args.dry_run, via="cli", progress=bar
        )
    except services.ImportFailed as exc:
        bar.end()
        raise CommandError(str(exc)) from None
    bar.end()
    c = outcome.counts
    lines = services.error_lines(outcome.plan.rows)
    if args.errors:
        fmt = "csv" if args.errors.lower().endswith(".csv") else "xlsx"
        with open(args.errors, "wb") as fh:
            fh.write(services.error_report(lines, fmt, outcome.plan.parsed.sheet))
    verb = "would be" if args.dry_run else "were"
    print(
        f"{outcome.plan.parsed.name} [{outcome.plan.parsed.sheet}] {args.kind}: {c['rows']} rows — "
        f"created {c['new'] + c['review']} (of which {c['review']} flagged for duplicate review), "
        f"updated {c['updated']}, unchanged {c['unchanged']}, errors {c['error']}"
        + (" (dry run: nothing written)" if args.dry_run else f" (batch {outcome.batch.pk})")
    )
    for line in lines[:20]:
        sheet, row, col, header, _field, msg = line
        print(
            f"  {sheet or outcome.plan.parsed.sheet}, dòng {row}, cột {col} “{header}”: {msg}",
            file=sys.stderr,
        )
    if len(lines) > 20:
        print(
            f"  … {len(lines) - 20} more errors" + (f" in {args.errors}" if args.errors else ""),
            file=sys.stderr,
        )
    if c["error"]:
        print(f"{c['error']} rows had errors; the valid rows {verb} applied", file=sys.stderr)
        return 1
    return 0
