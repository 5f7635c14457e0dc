"""``lienket remind-stale``: e-mail enterprise users whose profile has not been verified for STALE_AFTER_DAYS."""

from __future__ import annotations

HELP = "e-mail enterprise users whose profile is stale (not verified within STALE_AFTER_DAYS)"


def add_arguments(parser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="list who would be reminded; send nothing")
    parser.add_argument("--limit", type=int, default=500, help="at most this many e-mails per run")


def run(args) -> int:
    from lienket.commands._django import setup

    setup()
    from lienket.web.audit.reminders import send_stale_reminders

    sent = send_stale_reminders(dry_run=args.dry_run, limit=args.limit)
    verb = "would remind" if args.dry_run else "reminded"
    print(f"lienket remind-stale: {verb} {len(sent)} user(s)")
    for email, firm in sent:
        print(f"  {email}\t{firm}")
    return 0
