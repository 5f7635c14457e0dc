"""``lienket dedupe [--dry-run]``: entity resolution on the configured database (auto-merge above the upper
threshold, queue pairs between the thresholds for officers). Thresholds: LIENKET_RESOLVE_UPPER / _LOWER."""

from __future__ import annotations

HELP = "entity resolution on the database: auto-merge sure duplicates, queue the doubtful pairs for review"


def add_arguments(parser) -> None:
    parser.add_argument(
        "--dry-run", action="store_true", help="count what would be merged and queued; write nothing"
    )


def run(args) -> int:
    from lienket.commands._django import setup

    setup()
    from django.db import transaction

    from lienket.web.resolution.services import ResolutionError, reset_index, run_resolution, thresholds

    try:
        lower, upper = thresholds()
        with transaction.atomic():
            counts = run_resolution(None)
            if args.dry_run:
                # Everything ran for real inside the transaction: rolling back keeps the counts, writes nothing.
                transaction.set_rollback(True)
        if args.dry_run:
            reset_index()  # the in-process index saw rows the rollback undid
    except ResolutionError as exc:
        print(f"lienket dedupe: {exc}")
        return 2
    verb = "would merge" if args.dry_run else "merged"
    print(
        f"lienket dedupe: {verb} {counts['merged']} pair(s) at or above {upper:.2f}; "
        f"{'would queue' if args.dry_run else 'queued'} {counts['queued']} new pair(s) between "
        f"{lower:.2f} and {upper:.2f} for review"
    )
    return 0
