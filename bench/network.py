"""Network analytics at scale: columnar engine (lienket.core.network_columnar) on a SYNTHETIC network.

    python bench/network.py                          # 1,000,000 firms, 10,000,000 demand lines
    python bench/network.py --firms 10000 --lines 100000 --check   # small run, also checked against the reference

Generates firms, demand lines (each with 1–3 sources: firms or imports) with numpy/polars (no Python loop over
rows), then times: the one-off preparation (id joins), a disruption scenario (stop CN,KR for 8 weeks) and the
localization roll-up (all lines + trend by year, then one province). Prints wall time and peak RSS; asserts
nothing (docs/benchmarks.md records the figures).
"""

from __future__ import annotations

import argparse
import pathlib
import resource
import sys
import time

import numpy as np
import polars as pl

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lienket.core import network_columnar as col  # noqa: E402
from lienket.core.network import LocalizationScope, ScenarioSpec  # noqa: E402

PROVINCES = [f"province {i:02d}" for i in range(34)]
COUNTRIES = ["VN", "CN", "KR", "JP", "TW", "US", ""]
COUNTRY_P = [0.62, 0.12, 0.1, 0.08, 0.04, 0.02, 0.02]
IMPORT_COUNTRIES = ["CN", "KR", "JP", "TW", "DE", "US", "TH"]
IMPORT_P = [0.4, 0.2, 0.15, 0.1, 0.05, 0.05, 0.05]


def rss_mb() -> float:
    """Current resident memory in MB (Linux /proc)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pick(rng, names: list[str], p: list[float] | None, n: int) -> pl.Series:
    """n names drawn with probabilities p, built by gathering codes (no Python loop over rows)."""
    codes = rng.choice(len(names), size=n, p=p).astype(np.uint32)
    return pl.Series(names).gather(codes)


def generate(n_firms: int, n_lines: int, seed: int) -> col.ColumnarNetwork:
    """A synthetic network: firms 0..n-1 (10% are buyers), n_lines demand lines, 1–3 sources per line."""
    rng = np.random.default_rng(seed)
    firms = pl.DataFrame(
        {
            "id": np.arange(n_firms, dtype=np.int64),
            "province_key": pick(rng, PROVINCES, None, n_firms),
            "country": pick(rng, COUNTRIES, COUNTRY_P, n_firms),
            "zone": pick(rng, [""] + [f"Z{i}" for i in range(300)], None, n_firms),
        }
    )
    n_buyers = max(1, n_firms // 10)
    lines = pl.DataFrame(
        {
            "buyer": rng.integers(0, n_buyers, n_lines, dtype=np.int64),
            "product": pick(rng, [f"P{i:04d}" for i in range(600)], None, n_lines),
            "annual_value": np.round(rng.lognormal(20, 1.5, n_lines), 0),
            "cover_days": rng.choice(np.array([0, 7, 10, 14, 21, 30, 45, 60, 90], dtype=np.float64), n_lines),
            "year": rng.choice(np.array([2023, 2024, 2025], dtype=np.int64), n_lines),
            "sector_key": pick(
                rng, ["det may", "da giay", "dien tu", "o to", "co khi", "cong nghe cao"], None, n_lines
            ),
        }
    )
    k = rng.choice(np.array([1, 2, 3], dtype=np.int64), n_lines, p=[0.3, 0.45, 0.25])
    line = np.repeat(np.arange(n_lines, dtype=np.int64), k)
    raw = rng.random(len(line)) + 0.05
    share = raw / np.bincount(line, weights=raw, minlength=n_lines)[line]
    is_import = rng.random(len(line)) < 0.4
    origin = pl.Series("origin", rng.integers(0, n_firms, len(line), dtype=np.int64)).set(
        pl.Series(is_import), None
    )
    imp_country = pick(rng, IMPORT_COUNTRIES, IMPORT_P, len(line))
    sources = pl.DataFrame(
        {
            "line": line,
            "origin": origin,
            "share": share,
            "import_country": pl.Series(np.where(is_import, 1, 0)).cast(pl.Boolean).not_().alias("x")
            .to_frame().select(pl.when(pl.col("x")).then(pl.lit("")).otherwise(imp_country)).to_series(),
            "is_import": is_import,
        }
    )  # fmt: skip
    return col.ColumnarNetwork(firms=firms, lines=lines, sources=sources)


def timed(label: str, fn):
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    print(f"{label:<44} {dt:8.2f} s   RSS {rss_mb():8.0f} MB   peak {peak_mb():8.0f} MB", flush=True)
    return out, dt


def check_against_reference(cn: col.ColumnarNetwork, spec: ScenarioSpec) -> None:
    """Small runs only: rebuild the reference Network and compare the contract figures."""
    from lienket.core import network as ref

    firms = {
        str(r["id"]): ref.Firm(
            id=str(r["id"]), province=r["province_key"], country=r["country"], zone=r["zone"]
        )
        for r in cn.firms.iter_rows(named=True)
    }
    by_line: dict[int, list] = {}
    for r in cn.sources.iter_rows(named=True):
        origin = f"import:{r['import_country']}" if r["is_import"] else str(r["origin"])
        by_line.setdefault(r["line"], []).append(ref.Source(origin=origin, share=r["share"]))
    demand = [
        ref.DemandLine(
            buyer=str(r["buyer"]), product=r["product"], annual_value=r["annual_value"],
            cover_days=r["cover_days"], sources=tuple(by_line.get(i, [])), year=r["year"],
            sector=r["sector_key"], index=i,
        )
        for i, r in enumerate(cn.lines.iter_rows(named=True))
    ]  # fmt: skip
    net = ref.Network(firms=firms, demand=demand)
    want, _ = timed("reference scenario (row by row)", lambda: ref.scenario(net, spec))
    got = col.scenario(cn, spec)
    loc_ref, _ = timed("reference localization", lambda: ref.localization_rate(net))
    loc = col.localization_rate(cn)
    ok = (
        col.isclose(got.value_at_risk, want.value_at_risk)
        and col.isclose(loc.in_province, loc_ref.in_province)
        and [b.id for b in got.buyer_impacts()] == [b.id for b in want.buyers]
    )
    print(f"columnar == reference: {ok}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--firms", type=int, default=1_000_000)
    ap.add_argument("--lines", type=int, default=10_000_000)
    ap.add_argument("--seed", type=int, default=20261124)
    ap.add_argument("--check", action="store_true", help="also compare with the reference (small runs only)")
    args = ap.parse_args(argv)
    print(f"SYNTHETIC network: {args.firms:,} firms, {args.lines:,} demand lines, seed {args.seed}")
    print(f"polars {pl.__version__}, numpy {np.__version__}, threads {pl.thread_pool_size()}")
    cn, _ = timed("generate (numpy/polars)", lambda: generate(args.firms, args.lines, args.seed))
    print(
        f"source rows: {cn.sources.height:,}; frames {cn.firms.estimated_size('mb') + cn.lines.estimated_size('mb') + cn.sources.estimated_size('mb'):.0f} MB"
    )
    spec = ScenarioSpec(stop_countries=frozenset({"CN", "KR"}), weeks=8)
    _, t_prep = timed("prepare (id joins, once)", cn.prepared)
    res, t_scen = timed("scenario stop CN,KR 8 weeks", lambda: col.scenario(cn, spec))
    print(
        f"  value at risk {res.value_at_risk:,.0f}; affected buyers {res.buyers.height:,}; "
        f"products {res.products.height:,}; affected lines {int(res.affected.sum()):,}"
    )
    top, t_top = timed("priority list, top 1,000", lambda: res.priority(1000))
    loc, t_loc = timed("localization roll-up (all + by year)", lambda: col.localization_rate(cn))
    print(
        f"  in province {loc.in_province:.4f}, in Vietnam {loc.in_vietnam:.4f}, years {sorted(loc.by_year)}"
    )
    _, t_loc2 = timed(
        "localization, one province, 2025",
        lambda: col.localization_rate(cn, LocalizationScope(province=PROVINCES[3], year=2025)),
    )
    _, t_gap = timed("supply gaps (no buyer id lists)", lambda: col.supply_gaps(cn, with_buyer_ids=False))
    res2, t_scen2 = timed("scenario stop zone Z1 + CN, 4 weeks", lambda: col.scenario(
        cn, ScenarioSpec(stop_countries=frozenset({"CN"}), stop_zones=frozenset({"Z1"}), weeks=4)))  # fmt: skip
    print(
        f"SUMMARY prepare {t_prep:.2f} s; scenario {t_scen:.2f} s (incl. prepare {t_prep + t_scen:.2f} s); "
        f"priority top 1,000 {t_top:.2f} s; localization {t_loc:.2f} s; province scope {t_loc2:.2f} s; gaps {t_gap:.2f} s; "
        f"second scenario {t_scen2:.2f} s; peak RSS {peak_mb():.0f} MB"
    )
    if args.check:
        check_against_reference(cn, spec)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
