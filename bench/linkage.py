"""Linkage benchmark: the web search layer (facets, freshness bonus, reasons) over the core ranker, at 1k and
100k suppliers, without a database (the registry index is built from SYNTHETIC catalog lines).

    python bench/linkage.py               # 1k and 100k
    python bench/linkage.py --big 20000   # another size

Prints build time and per-query p50/p95 for: plain search, search with a province facet, search with a
certificate facet, and demand matching (certificates, capacity, distance). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import pathlib
import random
import statistics
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("LIENKET_HOME", tempfile.mkdtemp(prefix="lk-bench-"))
os.environ.setdefault("LIENKET_MODE", "test")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lienket.web.settings")

import django  # noqa: E402

django.setup()

from lienket.core.match.analyze import cert_key  # noqa: E402
from lienket.core.match.index import MatchIndex, Supplier  # noqa: E402
from lienket.core.match.signals import CertRecord  # noqa: E402
from lienket.web.linkage import search as search_mod  # noqa: E402
from lienket.web.linkage import selectors  # noqa: E402
from lienket.web.linkage.search import Entry, OfferingInfo, RegistryIndex  # noqa: E402

TODAY = dt.date(2026, 11, 24)


def _generator():
    spec = importlib.util.spec_from_file_location("match_generate", ROOT / "bench/data/match/generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def registry_index(records: list[dict], seed: int = 3) -> tuple[RegistryIndex, float]:
    """A RegistryIndex from catalog lines: random provinces (1–34), verification dates, capacities."""
    rng = random.Random(seed)
    entries, sups = [], []
    for i, r in enumerate(records):
        s = Supplier.from_record(r)
        s.id = i + 1
        certs = [
            CertRecord(c, TODAY - dt.timedelta(days=rng.randint(0, 2000)), TODAY + dt.timedelta(days=rng.randint(-400, 900)))
            for c in s.certifications
        ]  # fmt: skip
        prov = rng.randint(1, 34)
        e = Entry(
            pk=i + 1, name_vi=s.name, name_en="", ownership=rng.choice(["domestic", "fdi"]), province_id=prov,
            province_name=f"P{prov}", zone_id=None, zone_name="", lat=20 + rng.random() * 3, lon=105 + rng.random() * 2,
            verified_on=TODAY - dt.timedelta(days=rng.randint(0, 1500)) if rng.random() < 0.8 else None,
            is_synthetic=True, certs=certs,
            offerings=[OfferingInfo(0, "TEX-ACC-ZIP", "Khóa kéo", "Zipper", 0, rng.randint(1000, 200000), "pcs/month")]
            if "zip" in (s.description + s.name).lower() or "khoa keo" in (s.description + s.name).lower() else [],
        )  # fmt: skip
        s.certifications = [c.standard for c in certs if c.valid_on(TODAY)]
        e.valid_cert_keys = [cert_key(c) for c in s.certifications]
        entries.append(e)
        sups.append(s)
    t = time.perf_counter()
    reg = RegistryIndex(
        ("bench",), entries, MatchIndex(sups, embed=False), TODAY, {e.pk: i for i, e in enumerate(entries)}
    )
    return reg, time.perf_counter() - t


def timed(fn, items) -> tuple[float, float]:
    ms = []
    for it in items:
        t = time.perf_counter()
        fn(it)
        ms.append((time.perf_counter() - t) * 1000)
    ms.sort()
    return statistics.median(ms), ms[min(len(ms) - 1, int(0.95 * len(ms)))]


def run(n: int, gen, queries: list[dict]) -> None:
    records = gen.generate()["catalog"] if n <= 1000 else gen.scale_catalog(n)
    reg, build = registry_index(records)
    search_mod._cache["index"] = reg
    selectors.get_index = lambda: reg  # no database: the bench feeds the index directly
    texts = [q["text"] for q in queries]
    print(f"\n{len(reg.entries)} suppliers: index build {build:.1f} s")
    rows = {
        "search (text)": lambda q: selectors.search(q),
        "search + province facet": lambda q: selectors.search(q, selectors.Facets(province=7)),
        "search + certificate facet": lambda q: selectors.search(
            q, selectors.Facets(certification="ISO 9001")
        ),
        "match (certs, capacity, distance)": lambda q: selectors.match(
            selectors.MatchRequest(q, ["ISO 9001"], "TEX-ACC-ZIP", 600000, "pcs", 21.2, 106.1), top=20
        ),
    }
    for name, fn in rows.items():
        p50, p95 = timed(fn, texts)
        print(f"  {name:36s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--big", type=int, default=100_000)
    a = ap.parse_args()
    gen = _generator()
    queries = gen.generate()["queries"][:120]
    run(1000, gen, queries)
    run(a.big, gen, queries[:60])


if __name__ == "__main__":
    main()
