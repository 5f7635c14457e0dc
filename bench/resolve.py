"""Entity-resolution benchmark: precision, recall, F1 (pairwise), time and peak memory for lienket and two baselines.

    python bench/resolve.py [--sizes 3000,100000,1000000]
                            [--generators synth,scratch,registry,survey,vendor,archive,south,north,central,coast,delta,
                             national,thanhnghe,thainguyen,phutho,dongnai,bacninh,cantho,quangninh,hanoi,
                             tayninh,hungyen,gialai,khanhhoa,laocai,dongthap,quangngai,vinhlong,
                             lamdong]
                            [--engines duckdb,python] [--no-baselines]

Labelled messy sets come from the generators in bench/data/resolve/ (GENERATORS below), each written by a different
author who did not read the resolver (gen_synth: tuned on; the others held out until their first run; see
docs/resolution.md, Evaluation data). Each set runs with the resolver's default (a dependent branch joins its head
office); a set whose truth rule keeps branches apart (BRANCHES_SEPARATE) also runs with branches="separate".
Baselines in the same run: exact tax code only; Splink with a generic configuration (Jaro–Winkler on folded name
and address, exact tax code and phone digits). Peak memory is the process's max RSS (ru_maxrss) after each step,
so a later, smaller step reports the earlier peak: run sizes separately for memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "data" / "resolve"))

import gen_archive  # noqa: E402
import gen_bacninh  # noqa: E402
import gen_cantho  # noqa: E402
import gen_central  # noqa: E402
import gen_coast  # noqa: E402
import gen_delta  # noqa: E402
import gen_dongnai  # noqa: E402
import gen_dongthap  # noqa: E402
import gen_gialai  # noqa: E402
import gen_hanoi  # noqa: E402
import gen_hungyen  # noqa: E402
import gen_khanhhoa  # noqa: E402
import gen_lamdong  # noqa: E402
import gen_laocai  # noqa: E402
import gen_national  # noqa: E402
import gen_north  # noqa: E402
import gen_phutho  # noqa: E402
import gen_quangngai  # noqa: E402
import gen_quangninh  # noqa: E402
import gen_registry  # noqa: E402
import gen_scratch  # noqa: E402
import gen_south  # noqa: E402
import gen_survey  # noqa: E402
import gen_synth  # noqa: E402
import gen_tayninh  # noqa: E402
import gen_thainguyen  # noqa: E402
import gen_thanhnghe  # noqa: E402
import gen_vendor  # noqa: E402
import gen_vinhlong  # noqa: E402

from lienket.core.resolve.engine import resolve  # noqa: E402
from lienket.core.resolve.normalise import RawRecord  # noqa: E402
from lienket.core.resolve.tax import normalise_tax  # noqa: E402
from lienket.core.text import fold  # noqa: E402

GENERATORS = {
    "synth": gen_synth,
    "scratch": gen_scratch,
    "registry": gen_registry,
    "survey": gen_survey,
    "vendor": gen_vendor,
    "archive": gen_archive,
    "south": gen_south,
    "north": gen_north,
    "central": gen_central,
    "coast": gen_coast,
    "delta": gen_delta,
    "national": gen_national,
    "thanhnghe": gen_thanhnghe,
    "thainguyen": gen_thainguyen,
    "phutho": gen_phutho,
    "dongnai": gen_dongnai,
    "bacninh": gen_bacninh,
    "cantho": gen_cantho,
    "quangninh": gen_quangninh,
    "hanoi": gen_hanoi,
    "tayninh": gen_tayninh,
    "hungyen": gen_hungyen,
    "gialai": gen_gialai,
    "khanhhoa": gen_khanhhoa,
    "laocai": gen_laocai,
    "dongthap": gen_dongthap,
    "quangngai": gen_quangngai,
    "vinhlong": gen_vinhlong,
    "lamdong": gen_lamdong,
}

# The sets whose truth rule keeps a dependent branch with its own "-00n" code an enterprise of its own (their
# docstrings say so). The resolver's default joins a branch to its head office (one legal person:
# docs/adr/0006-branches-joined-by-default.md); on these sets the run also prints "--branches separate", the reading
# their authors chose (synth and scratch hold branches without their head office, labelled one by one). The other eight
# label a branch as part of its head office.
BRANCHES_SEPARATE = frozenset(
    "synth scratch registry survey vendor archive south north central coast delta national thanhnghe thainguyen "
    "phutho dongnai bacninh cantho quangninh hanoi tayninh".split()
)


def pairwise_prf(truth: list[str], pred: list) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering against the truth."""

    def pairs(labels) -> int:
        return sum(v * (v - 1) // 2 for v in Counter(labels).values())

    tp, p, t = pairs(list(zip(truth, pred, strict=True))), pairs(pred), pairs(truth)
    prec, rec = (tp / p if p else 1.0), (tp / t if t else 1.0)
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def baseline_tax(records: list[RawRecord]) -> list[str]:
    """Same enterprise iff the cleaned tax codes are equal (records without one stay alone)."""
    return [normalise_tax(r.tax_code) or f"_{r.id}" for r in records]


def baseline_splink(records: list[RawRecord]) -> list[int]:
    """Splink with a generic configuration on folded strings, parameters estimated by Splink (u by random
    sampling, m by EM on two blocking passes), as a newcomer would set it up."""
    import logging

    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    logging.getLogger("splink").setLevel(logging.ERROR)
    df = pd.DataFrame(
        {
            "unique_id": range(len(records)),
            "name": [fold(r.name) or None for r in records],
            "address": [fold(r.address) or None for r in records],
            "tax": [normalise_tax(r.tax_code) or None for r in records],
            "phone": ["".join(c for c in r.phone if c.isdigit())[-9:] or None for r in records],
        }
    )
    df["name3"] = df["name"].str[-12:]
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name", [0.95, 0.88]),
            cl.JaroWinklerAtThresholds("address", [0.95, 0.85]),
            cl.ExactMatch("tax"),
            cl.ExactMatch("phone"),
        ],
        blocking_rules_to_generate_predictions=[block_on("tax"), block_on("phone"), block_on("name3")],
    )
    linker = Linker(DuckDBAPI().register(df), settings, log_level=logging.ERROR)
    linker.training.estimate_probability_two_random_records_match([block_on("tax")], recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=min(2e6, len(df) * 50))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("tax"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("name3"))
    pairs = linker.inference.predict(threshold_match_probability=0.9)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pairs, 0.9).as_pandas_dataframe()
    label = dict(zip(clusters["unique_id"], clusters["cluster_id"], strict=True))
    return [label.get(i, f"_{i}") for i in range(len(records))]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(name: str, fn, records, truth) -> None:
    t0 = time.perf_counter()
    pred = fn(records)
    dt = time.perf_counter() - t0
    p, r, f = pairwise_prf(truth, pred)
    print(
        f"  {name:<22} P={p:.4f} R={r:.4f} F1={f:.4f}  time={dt:8.1f}s  peak={peak_mb():7.0f} MB", flush=True
    )


def hand_sets() -> None:
    """The two hand-written sets (tests/data/resolve): officers' mixed style and an upper-case Excel list."""
    import csv

    for path in sorted((Path(__file__).parents[1] / "tests" / "data" / "resolve").glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        records = [RawRecord(r["id"], r["name"], r["tax_code"], r["address"], r["phone"]) for r in rows]
        print(f"hand-written {path.name} n={len(records)}", flush=True)
        # both label a dependent branch apart from its head office
        run("lienket[python] sep.", lambda rs: resolve(rs, engine="python", branches="separate"), records,
            [r["truth"] for r in rows])


# The generic Splink baseline's EM and pair table do not finish in minutes at this size on 2 cores.
SPLINK_BASELINE_MAX = 200_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="3000,100000,1000000")
    ap.add_argument(
        "--generators",
        default="synth,scratch,registry,survey,vendor,archive,south,north,central,coast,delta,national,thanhnghe,"
        "thainguyen,phutho,dongnai,bacninh,cantho,quangninh,hanoi,tayninh,hungyen,gialai,khanhhoa,laocai,dongthap,"
        "quangngai,vinhlong,lamdong",
    )
    ap.add_argument("--engines", default="duckdb")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    print(f"date {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores", flush=True)
    hand_sets()
    for size in [int(s) for s in args.sizes.split(",")]:
        for gname in args.generators.split(","):
            t0 = time.perf_counter()
            rows = GENERATORS[gname].records(size, seed=args.seed)
            records = [RawRecord(r["id"], r["name"], r["tax_code"], r["address"], r["phone"]) for r in rows]
            truth = [r["truth"] for r in rows]
            del rows  # the resolver gets records, as the CLI does; the dicts would only add to the peak
            print(
                f"{gname} n={len(records):,} entities={len(set(truth)):,} (generated in "
                f"{time.perf_counter() - t0:.1f}s)",
                flush=True,
            )
            for engine in args.engines.split(","):
                run(f"lienket[{engine}]", lambda rs, e=engine: resolve(rs, engine=e), records, truth)
                if gname in BRANCHES_SEPARATE:
                    run(
                        f"lienket[{engine}] sep.",
                        lambda rs, e=engine: resolve(rs, engine=e, branches="separate"),
                        records,
                        truth,
                    )
            if not args.no_baselines:
                run("baseline tax code", baseline_tax, records, truth)
                if len(records) <= SPLINK_BASELINE_MAX:
                    run("baseline Splink generic", baseline_splink, records, truth)
                else:
                    print(
                        f"  baseline Splink generic skipped: n > {SPLINK_BASELINE_MAX:,} (EM and its pair table "
                        "do not finish within the 10-minute budget on 2 cores)",
                        flush=True,
                    )
            del records, truth


if __name__ == "__main__":
    main()
