"""``lienket dedupe [--dry-run | --run ID]``: entity resolution on the configured database (auto-merge above the
upper threshold, queue pairs between the thresholds for officers). Thresholds: LIENKET_RESOLVE_UPPER / _LOWER.

``--run ID`` does a run queued from the officer page (``ResolutionRun``): the web app starts this command as a
detached process; progress, counts and any error are written to the run, which the page polls."""

from __future__ import annotations

HELP = "entity resolution on the database: auto-merge sure duplicates, queue the doubtful pairs for review"


def add_arguments(parser) -> None:
    parser.add_argument(
        "--dry-run", action="store_true", help="count what would be merged and queued; write nothing"
    )
    parser.add_argument(
        "--run",
        type=int,
        metavar="ID",
        default=None,
        help="do the queued run ID started from the officer page (progress and outcome recorded on it)",
    )


def run(args) -> int:
    from lienket.commands._django import setup

    setup()
    if getattr(args, "run", None) is not None:
        return _queued_run(args)
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


def _queued_run(args) -> int:
    from lienket.web.resolution.services import ResolutionError, execute_run

    if args.dry_run:
        print("lienket dedupe: --run and --dry-run do not go together (a queued run writes)")
        return 2
    try:
        job = execute_run(args.run)
    except ResolutionError as exc:
        print(f"lienket dedupe: {exc}")
        return 2
    if job.status != job.Status.DONE:
        print(f"lienket dedupe: run #{job.pk} failed: {job.error}")
        return 1
    print(
        f"lienket dedupe: run #{job.pk} done: merged {job.counts.get('merged', 0)} pair(s), "
        f"queued {job.counts.get('queued', 0)} new pair(s) for review"
    )
    return 0
