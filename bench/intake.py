"""Benchmark: import 100,000 synthetic enterprise rows from xlsx and from CSV (``lienket import`` path).

Builds a throw-away SQLite database under a temp LIENKET_HOME (reference data only), generates the files with
openpyxl (write-only) and csv, imports each one (new records), then re-imports it (every row unchanged), and
prints rows/s and wall time per phase. Synthetic data: names and tax codes are generated, not real firms.

    python bench/intake.py [--rows 100000] [--keep DIR]
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--keep", default=None, help="work directory to keep (default: a temp dir)")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="lk-bench-intake-")
    os.environ["LIENKET_HOME"] = work
    os.environ.pop("DATABASE_URL", None)
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

    for fmt, writer in (("xlsx", write_xlsx), ("csv", write_csv)):
        path = os.path.join(work, f"enterprises.{fmt}")
        t = time.perf_counter()
        writer(path, args.rows)
        print(
            f"\n{fmt}: generated {args.rows:,} rows, {os.path.getsize(path) / 1e6:.1f} MB in {time.perf_counter() - t:.1f}s"
        )
        if fmt == "csv":  # start from an empty registry again so both formats create every record
            from lienket.web.registry.models import Enterprise

            Enterprise.objects.all().delete()
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
