"""``lienket synth``: generate a synthetic province; write it as JSON (``--out``) or load it into the database."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from lienket.cli import CommandError


def run(args) -> int:
    """Generate with ``args.seed``, ``args.enterprises``, ``args.zones``, ``args.province``; write or load it."""
    from lienket.core import synth

    provinces = [p.strip() for p in args.province.split(",") if p.strip()] if args.province else None
    if args.enterprises < 0:
        raise CommandError(f"--enterprises must be >= 0 (got {args.enterprises})")
    if args.zones < 0:
        raise CommandError(f"--zones must be >= 0 (got {args.zones})")
    t0 = time.perf_counter()
    try:
        ds = synth.generate(
            seed=args.seed, enterprises=args.enterprises, province_codes=provinces, extra_zones=args.zones
        )
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    counts = ", ".join(f"{k} {v}" for k, v in ds.counts().items())
    print(f"generated in {time.perf_counter() - t0:.2f} s: {counts}", file=sys.stderr)

    if args.out:
        path = Path(args.out)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(ds.to_json(indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from exc
        print(f"wrote {path}", file=sys.stderr)
        return 0

    try:
        from lienket.commands import _django

        _django.setup()
        from lienket.web.registry.loader import load_dataset
    except ImportError as exc:
        raise CommandError(
            f"cannot load into the database: {exc} (use --out FILE to write JSON instead)"
        ) from exc
    try:
        report = load_dataset(ds)
    except ValueError as exc:
        raise CommandError(f"not loaded: {exc}") from exc
    print(f"loaded: {report}", file=sys.stderr)
    return 0
