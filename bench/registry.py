"""Registry benchmark: synthesize N enterprises into PostgreSQL and time the enterprise directory.

    python bench/registry.py [--n 100000] [--database-url postgres://postgres@127.0.0.1:5432/lienket_bench]

Creates (or reuses) the database, migrates, loads reference data and the real seed zones, streams N synthetic
enterprises (lienket.core.synth.iter_enterprises) through the bulk loader, then times the directory's first page
and a filtered, searched page through Django's test client (full middleware, template rendering), several times.
Prints figures; asserts nothing (docs/benchmarks.md records them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from types import SimpleNamespace


def _ensure_database(url: str) -> None:
    import psycopg

    dbname = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin.replace("postgres://", "postgresql://"), autocommit=True) as conn:
        exists = conn.execute("select 1 from pg_database where datname = %s", (dbname,)).fetchone()
        if not exists:
            conn.execute(f'create database "{dbname}"')


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/lienket_bench")
    ap.add_argument("--fresh", action="store_true", help="drop the benchmark's enterprises first")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()

    if args.database_url.startswith("postgres"):
        _ensure_database(args.database_url)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("LIENKET_MODE", "test")
    os.environ.setdefault("LIENKET_HOME", "/tmp/lienket-bench")
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))
    from lienket.commands._django import setup

    setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from lienket.core import synth
    from lienket.web.registry import loader
    from lienket.web.registry.models import Enterprise

    t = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    loader.load_reference()
    loader.load_dataset(synth.real_seeds(), ref_prefix="seed")
    print(f"migrate + reference data: {time.perf_counter() - t:.1f} s")

    prefix = f"bench{args.seed}"
    if args.fresh:
        Enterprise.objects.filter(source_ref__startswith=f"{prefix}:").delete()
    have = Enterprise.objects.filter(source_ref__startswith=f"{prefix}:").count()
    if have >= args.n:
        print(f"{have} benchmark enterprises already in the database (use --fresh to rebuild)")
    else:
        t = time.perf_counter()
        chunk: list = []
        done = 0

        def flush():
            nonlocal done
            ds = SimpleNamespace(
                zones=[], enterprises=chunk, offerings=[], demands=[], projects=[], links=[], zone_figures=[]
            )
            loader.load_dataset(ds, ref_prefix=prefix, batch_size=2000)
            done += len(chunk)
            print(f"  {done:>7} enterprises  {time.perf_counter() - t:6.1f} s", flush=True)

        for rec in synth.iter_enterprises(args.seed, args.n):
            chunk.append(rec)
            if len(chunk) == 10_000:
                flush()
                chunk = []
        if chunk:
            flush()
        took = time.perf_counter() - t
        print(f"synthesized and loaded {args.n} enterprises in {took:.1f} s ({args.n / took:.0f}/s)")
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("ANALYZE")

    client = Client()
    pages = {
        "directory, first page": "/doanh-nghiep/",
        "directory, filtered + searched": "/doanh-nghiep/?q=co+khi+chinh+xac&sector=MEC&ownership=domestic",
        "directory, search only (no accents)": "/doanh-nghiep/?q=khuon+mau",
        "directory, page 50": "/doanh-nghiep/?page=50",
    }
    print(f"\nEnterprises in database: {Enterprise.objects.count()}  ({connection.vendor})")
    print(f"{'page':40s} {'first ms':>9s} {'p50 ms':>8s} {'max ms':>8s}  status")
    for label, url in pages.items():
        times = []
        status = None
        for _ in range(args.repeat):
            t = time.perf_counter()
            resp = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
            status = resp.status_code
        print(f"{label:40s} {times[0]:9.1f} {statistics.median(times):8.1f} {max(times):8.1f}  {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
