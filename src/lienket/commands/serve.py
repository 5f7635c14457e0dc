"""``lienket serve``: production server (gunicorn) after collectstatic; configuration comes from the environment."""

from __future__ import annotations

import os
import sys


def run(args) -> int:
    from lienket.commands import check

    problems = check.problems(dict(os.environ))
    if problems:
        print("lienket serve: configuration problems:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 2
    from lienket.commands._django import setup

    setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    from django.conf import settings

    if settings.CACHE_URL == "db":
        call_command("createcachetable", verbosity=0)
    workers = args.workers or (2 * (os.cpu_count() or 1) + 1)
    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        "lienket.web.wsgi:application",
        "--bind",
        args.bind,
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        "--forwarded-allow-ips",
        os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
    ]
    os.execv(sys.executable, argv)
    return 0  # pragma: no cover
