"""Benchmark: import 100,000 synthetic enterprise rows from xlsx and from CSV (``lienket import`` path).

Builds a throw-away SQLite database under a temp LIENKET_HOME (reference data only), generates the files with
openpyxl (write-only) and csv, imports each one (new records), then re-imports it (every row unchanged), and
prints rows/s and wall time per phase. Synthetic data: names and tax codes are generated, not real firms.

    python bench/intake.py [--rows 100000] [--keep DIR] [--formats xlsx,csv] [--database URL]

``--database postgres://postgres@127.0.0.1:5432/lkintake_bench`` runs on PostgreSQL instead (the database is
created when missing and its registry tables are emptied first; never point it at a database you care about).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import time

PROVINCES = ["Bắc Giang", "Hải Dương", "Bắc Ninh", "Bắc Kạn", "Hải Phòng", "Thái Nguyên", "Hà Nội"]
SECTORS = ["Dệt may", "Cơ khí", "Điện tử", "Da giày", "Ô tô"]
HEAD = [
    "STT",
    "Mã số thuế",
    "Tên doanh nghiệp",
    "Tỉnh / thành phố",
    "Điện thoại",
    "Sở hữu",
    "Quốc gia nhà đầu tư",
    "Ngành",
    "Năm thành lập",
    "Email",
    "Người liên hệ",
]


def rows(n: int, seed: int = 1):
    rnd = random.Random(seed)
    for i in range(n):
        fdi = rnd.random() < 0.3
        yield [
            i + 1,
            f"{8000000000 + i:010d}"
            if rnd.random() < 0.9
            else f"{8000000000 + i:010d}"[:4] + " " + f"{i:06d}",
            f"Công ty TNHH Tổng Hợp {i} (synthetic)",
            rnd.choice(PROVINCES),
            f"0{rnd.choice('3789')}{rnd.randrange(10**8):08d}"
            if rnd.random() < 0.5
            else f"+84 9{rnd.randrange(10**8):08d}",
            "FDI" if fdi else "trong nước",
            rnd.choice(["Hàn Quốc", "Nhật Bản", "Trung Quốc"]) if fdi else None,
            "; ".join(rnd.sample(SECTORS, rnd.randint(1, 2))),
            rnd.randint(1990, 2024),
            f"info{i}@example.vn",
            "Nguyễn Văn A",
        ]


def write_xlsx(path: str, n: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Doanh nghiệp")
    ws.append(HEAD)
    for r in rows(n):
        ws.append(r)
    wb.save(path)


def write_csv(path: str, n: int) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEAD)
        w.writerows(rows(n))


def _create_pg(url: str) -> None:
    """Create the benchmark database when it does not exist (connecting to the server's ``postgres`` db)."""
    from urllib.parse import urlparse

    import psycopg

    u = urlparse(url)
    name = u.path.lstrip("/")
    admin = url[: len(url) - len(u.path)] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def _empty_registry() -> None:
    """Start each format from a registry without enterprises, audit lines or import batches."""
    from lienket.web.audit.models import AuditEntry
    from lienket.web.intake.models import FieldProvenance, ImportBatch, ImportRow
    from lienket.web.registry.models import Enterprise

    FieldProvenance.objects.all().delete()
    ImportRow.objects.all().delete()
    ImportBatch.objects.all().delete()
    AuditEntry.objects.all().delete()
    Enterprise.sectors.through.objects.all().delete()
    Enterprise.all_objects.all()._raw_delete(Enterprise.all_objects.db)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", default=None, help="work directory to keep (default: a temp dir)")
    ap.add_argument("--formats", default="xlsx,csv", help="comma-separated: xlsx, csv")
    ap.add_argument("--database", default=None, help="a PostgreSQL URL (default: SQLite in the work dir)")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="lk-bench-intake-")
    os.environ["LIENKET_HOME"] = work
    os.environ.pop("DATABASE_URL", None)
    if args.database:
        _create_pg(args.database)
        os.environ["DATABASE_URL"] = args.database
    os.environ.setdefault("LIENKET_MODE", "dev")
    from lienket.commands import _django

    _django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.UPLOAD_MAX_BYTES = 200 * 1024 * 1024
    from lienket.web.intake import services
    from lienket.web.registry import loader

    t = time.perf_counter()
    call_command("migrate", verbosity=0)
    loader.load_reference()
    print(f"database ready in {time.perf_counter() - t:.1f}s ({settings.DATABASES['default']['ENGINE']})")

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    for fmt, writer in (("xlsx", write_xlsx), ("csv", write_csv)):
        if fmt not in formats:
            continue
        _empty_registry()
        path = os.path.join(work, f"enterprises.{fmt}")
        t = time.perf_counter()
        writer(path, args.rows)
        print(
            f"\n{fmt}: generated {args.rows:,} rows, {os.path.getsize(path) / 1e6:.1f} MB in {time.perf_counter() - t:.1f}s"
        )
        for label in ("first import (all new)", "re-import (all unchanged)"):
            phases: dict[str, float] = {}
            cpu0 = time.process_time()
            start = time.perf_counter()
            last = [start, None]

            def progress(phase, done, total, phases=phases, last=last):
                now = time.perf_counter()
                if last[1] is not None and last[1] != phase:
                    phases[last[1]] = phases.get(last[1], 0) + now - last[0]
                    last[0] = now
                last[1] = phase

            out = services.import_file(path, "enterprises", progress=progress)
            total = time.perf_counter() - start
            phases[last[1]] = phases.get(last[1], 0) + time.perf_counter() - last[0]
            c = out.counts
            detail = ", ".join(f"{k} {v:.1f}s" for k, v in phases.items())
            print(
                f"  {label}: {total:.1f}s wall, {time.process_time() - cpu0:.1f}s CPU "
                f"({args.rows / total:,.0f} rows/s) — new {c['new'] + c['review']}, "
                f"unchanged {c['unchanged']}, errors {c['error']}; {detail}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
