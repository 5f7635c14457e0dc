"""Annual report timing: gather, HTML and PDF on the configured database (default: the demo's).

    LIENKET_HOME=/path/with/demo python bench/report.py --year 2025 [--province 24] [--repeat 3]

Prints the figures recorded in docs/benchmarks.md (never asserted in tests)."""

from __future__ import annotations

import argparse
import statistics
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--year", type=int, default=2025)
    ap.add_argument("--province", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from lienket.commands._django import setup

    setup()
    from lienket.web.programmes.report import builder
    from lienket.web.registry.models import Enterprise, Zone

    print(f"database: {Enterprise.objects.count()} enterprises, {Zone.objects.count()} zones")
    times: dict[str, list[float]] = {"gather": [], "html": [], "pdf": []}
    pdfs = set()
    for _ in range(args.repeat):
        t = time.perf_counter()
        data = builder.gather(args.year, "vi", args.province)
        times["gather"].append(time.perf_counter() - t)
        t = time.perf_counter()
        builder.render_html(data)
        times["html"].append(time.perf_counter() - t)
        t = time.perf_counter()
        pdf, pages = builder.render_pdf(data)
        times["pdf"].append(time.perf_counter() - t)
        pdfs.add(pdf)
    for k, v in times.items():
        print(f"{k:7s} median {statistics.median(v):.2f} s  (min {min(v):.2f}, max {max(v):.2f})")
    print(f"pdf: {pages} pages, {len(pdf):,} bytes, identical across runs: {len(pdfs) == 1}")


if __name__ == "__main__":
    main()
