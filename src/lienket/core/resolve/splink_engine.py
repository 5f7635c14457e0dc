"""Run the resolution model on Splink 5, on DuckDB (default) or on Spark (local mode here, a cluster at scale).

The Splink settings are built from ``model.COMPARISONS`` with fixed m/u probabilities (no training), and blocking
uses the precomputed ``engine.block_columns`` keys, so DuckDB, Spark and the pure-Python executor score the same
candidate pairs with the same weights. Splink and its backends are imported lazily (they are heavy).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from typing import Any

from lienket.core.resolve.model import (
    COMPARISONS,
    PRIOR,
    SITE_PAIRS,
    Comparison,
    Level,
    place_kind,
    specific_desc,
)
from lienket.core.resolve.normalise import Features
from lienket.core.resolve.tax import OTHER_NUMBER_EDITS

__all__ = ["duckdb_connection", "resolve_splink", "settings_dict", "spark_session"]

_STRING_COLS = (
    "name_sorted",
    "name_key",
    "brand",
    "brand_key",
    "acronym",
    "initials",
    "given_name",
    "roman",
    "desc",
    "legal",
    "tax",
    "phone",
    "phone2",
    "phone_kind",
    "zone",
    "lot",
    "street",
    "hamlet",
    "commune",
    "province",
    "district",
    "tax_sci",
)


def _sql(level: Level, comp: Comparison, dialect: str) -> str:
    """SQL condition of one level in ``dialect`` (duckdb | spark); mirrors ``model._test``."""
    col = comp.columns[0]
    left, right = f'"{col}_l"', f'"{col}_r"'
    if dialect == "spark":
        left, right = f"`{col}_l`", f"`{col}_r`"

    def q(name: str, side: str) -> str:
        return f"`{name}_{side}`" if dialect == "spark" else f'"{name}_{side}"'

    jw = "jaro_winkler" if dialect == "spark" else "jaro_winkler_similarity"
    dl, dr = q("desc_spec", "l"), q("desc_spec", "r")
    if dialect == "spark":
        overlap = f"size(array_intersect({dl}, {dr})) > 0"
        empty = f"size({dl}) = 0 OR size({dr}) = 0"
    else:
        overlap = f"len(list_intersect({dl}, {dr})) > 0"
        empty = f"len({dl}) = 0 OR len({dr}) = 0"
    desc_ok = (
        f"({q('desc', 'l')} = {q('desc', 'r')} OR {q('desc', 'l')} IS NULL OR {q('desc', 'r')} IS NULL "
        f"OR {empty} OR {overlap})"
    )
    bl, br = q("brand_tokens", "l"), q("brand_tokens", "r")
    kind = level.kind
    if kind == "null":
        return f"{left} IS NULL OR {right} IS NULL"
    if kind == "exact":
        return f"{left} = {right}"
    if kind == "hamlet_full":
        return f"{left} = {right} AND {left} NOT LIKE '%#'"
    if kind == "hamlet":
        # Mirrors model.hamlets_agree on "VILLAGE#GROUP".
        vl, gl, vr, gr = (f"split_part({c}, '#', {k})" for c in (left, right) for k in (1, 2))
        return (
            f"(CASE WHEN {gl} <> '' AND {gr} <> '' THEN {left} = {right} "
            f"WHEN {gl} <> '' THEN {vr} IN ({vl}, {gl}) WHEN {gr} <> '' THEN {vl} IN ({vr}, {gr}) "
            f"ELSE {vl} = {vr} END)"
        )
    if kind == "landlines":
        return f"instr({q('phone_kind', 'l')}, 'L') > 0 AND instr({q('phone_kind', 'r')}, 'L') > 0"
    if kind == "mobiles":
        return f"{q('phone_kind', 'l')} = 'M' AND {q('phone_kind', 'r')} = 'M'"
    if kind == "zones":
        return f"{q('zone', 'l')} IS NOT NULL AND {q('zone', 'r')} IS NOT NULL"
    if kind == "codes":
        return f"{q('tax', 'l')} IS NOT NULL AND {q('tax', 'r')} IS NOT NULL"
    if kind == "communes":
        return f"{q('commune', 'l')} IS NOT NULL AND {q('commune', 'r')} IS NOT NULL"
    if kind == "overlap":
        if dialect == "spark":
            return f"size(array_intersect(split({left}, '[|]'), split({right}, '[|]'))) > 0"
        return f"len(list_intersect(string_split({left}, '|'), string_split({right}, '|'))) > 0"
    if kind == "tax_shared":
        return f"{left} = {right} AND greatest({q('tax_firms', 'l')}, {q('tax_firms', 'r')}) >= {int(level.threshold)}"
    if kind in ("phone_any", "phone_shared"):
        p2l, p2r = q("phone2", "l"), q("phone2", "r")
        agree = f"({left} = {right} OR {left} = {p2r} OR {p2l} = {right} OR {p2l} = {p2r})"
        if kind == "phone_any":
            return agree
        return f"{agree} AND greatest({q('phone_firms', 'l')}, {q('phone_firms', 'r')}) >= {int(level.threshold)}"
    if kind == "typo":
        # Mirrors tax.tax_slip. Optimal string alignment ≤ 1 and same length: one slip or two neighbours
        # swapped (rapidfuzz OSA); or one digit dropped or doubled (also behind a leading zero put back).
        substr = "substring" if dialect == "spark" else "substr"
        return (
            f"(length({left}) = length({right}) AND damerau_levenshtein({left}, {right}) <= {int(level.threshold)} "
            f"AND NOT ({q('tax_valid', 'l')} AND {q('tax_valid', 'r')})) "
            f"OR (length({left}) = 10 AND length({right}) = 10 AND ("
            f"({substr}({left}, 1, 1) = '0' AND levenshtein({substr}({left}, 2, 9), {right}) = 1) "
            f"OR ({substr}({right}, 1, 1) = '0' AND levenshtein({substr}({right}, 2, 9), {left}) = 1))) "
            f"OR (abs(length({left}) - length({right})) = 1 AND greatest(length({left}), length({right})) >= 10 "
            f"AND levenshtein({left}, {right}) = 1) "
            f"OR (length({left}) = 10 AND length({right}) = 12 AND {substr}({right}, 1, 1) = '0' "
            f"AND levenshtein({left}, {substr}({right}, 2, 11)) = 1) "
            f"OR (length({right}) = 10 AND length({left}) = 12 AND {substr}({left}, 1, 1) = '0' "
            f"AND levenshtein({right}, {substr}({left}, 2, 11)) = 1)"
        )
    if kind == "other_number":
        # Mirrors tax.other_number on a code that fails the check digit in a data set of real codes.
        return f"({q('tax_other', 'l')} OR {q('tax_other', 'r')}) AND levenshtein({left}, {right}) >= {OTHER_NUMBER_EDITS}"
    if kind in ("name_exact", "name_agree"):
        # The same words with the brand's in the same order ("Kim Thành" is not "Thành Kim"): mirrors model._test.
        same = (
            f"{left} = {right} AND coalesce({q('brand_key', 'l')}, '') = coalesce({q('brand_key', 'r')}, '') "
            f"AND {q('name_n', 'l')} <= {int(level.threshold)}"
        )
        return same if kind == "name_exact" else f"{same} AND {q('name_agree', 'l')} > 0"
    if kind == "jw":
        last = comp.columns[-1]
        return f"{jw}({q(last, 'l')}, {q(last, 'r')}) >= {level.threshold}"
    if kind == "zone_similar":
        # Mirrors model._test: Jaro-Winkler, or one name the start of the other.
        return (
            f"({jw}({left}, {right}) >= {level.threshold} "
            f"OR substring({left}, 1, length({right}) + 1) = concat({right}, ' ') "
            f"OR substring({right}, 1, length({left}) + 1) = concat({left}, ' '))"
        )
    if kind == "brand_exact":
        return (
            f"{q('brand', 'l')} IS NOT NULL AND {q('brand_key', 'l')} = {q('brand_key', 'r')} AND {desc_ok} "
            f"AND {q('brand_n', 'l')} <= {int(level.threshold)}"
        )
    if kind == "brand_zone":
        return (
            f"{q('brand_key', 'l')} = {q('brand_key', 'r')} AND {q('zone', 'l')} = {q('zone', 'r')} AND {desc_ok} "
            f"AND {q('bz_n', 'l')} <= {int(level.threshold)}"
        )
    if kind == "brand_agree":
        return f"{q('brand_agree', 'l')} > 0 AND {q('brand_key', 'l')} = {q('brand_key', 'r')} AND {desc_ok}"
    if kind == "brand_jw":
        return (
            f"greatest({jw}({q('brand', 'l')}, {q('brand', 'r')}), {jw}({q('brand_key', 'l')}, {q('brand_key', 'r')})) "
            f">= {level.threshold} AND {desc_ok}"
        )
    if kind == "reading":
        rl, rr, kl, kr = q("readings", "l"), q("readings", "r"), q("brand_key", "l"), q("brand_key", "r")
        has = "array_contains" if dialect == "spark" else "list_contains"
        return f"({has}({rl}, {kr}) OR {has}({rr}, {kl})) AND {desc_ok}"
    if kind == "roman":
        return f"{q('roman', 'l')} = {q('roman', 'r')} AND {desc_ok}"
    if kind == "brand_subset":
        if dialect == "spark":
            return f"(size(array_except({bl}, {br})) = 0 OR size(array_except({br}, {bl})) = 0) AND {desc_ok}"
        return f"(list_has_all({br}, {bl}) OR list_has_all({bl}, {br})) AND {desc_ok}"
    if kind == "initials":
        extra = int(level.threshold)

        def starts(acr: str, ini: str) -> str:
            return (
                f"({acr} IS NOT NULL AND {ini} IS NOT NULL AND substring({acr}, 1, length({ini})) = {ini} "
                f"AND length({acr}) - length({ini}) <= {extra})"
            )

        al, ar, il, ir = q("acronym", "l"), q("acronym", "r"), q("initials", "l"), q("initials", "r")
        return f"({starts(al, ir)} OR {starts(ar, il)})"
    if kind == "brand_overlap":
        if dialect == "spark":
            return f"size(array_intersect({bl}, {br})) >= {int(level.threshold)}"
        return f"len(list_distinct(list_intersect({bl}, {br}))) >= {int(level.threshold)}"
    if kind == "owner":
        # CAST: on Spark a column with no given name at all arrives untyped, and array_contains refuses it
        gl, gr = q("given_name", "l"), q("given_name", "r")
        has = "array_contains" if dialect == "spark" else "list_contains"
        return (
            f"(({gl} IS NOT NULL AND {gr} IS NULL AND {has}({br}, CAST({gl} AS STRING))) "
            f"OR ({gr} IS NOT NULL AND {gl} IS NULL AND {has}({bl}, CAST({gr} AS STRING))))"
        )
    if kind == "person_trade":
        gl, gr = q("given_name", "l"), q("given_name", "r")
        ll, lr, kl, kr = q("legal", "l"), q("legal", "r"), q("brand", "l"), q("brand", "r")
        return (
            f"((({gl} IS NOT NULL AND {gr} IS NULL AND {lr} IS NULL AND {kr} IS NOT NULL) "
            f"OR ({gr} IS NOT NULL AND {gl} IS NULL AND {ll} IS NULL AND {kl} IS NOT NULL)) "
            f"AND NOT {q('branch', 'l')} AND NOT {q('branch', 'r')})"
        )
    if kind in SITE_PAIRS:
        x, y = sorted(SITE_PAIRS[kind])
        pl, pr = q("place_kind", "l"), q("place_kind", "r")
        return f"(({pl} = '{x}' AND {pr} = '{y}') OR ({pl} = '{y}' AND {pr} = '{x}'))"
    if kind == "else":
        return "ELSE"
    raise ValueError(f"unknown level kind {kind!r}")


def settings_dict(
    dialect: str, block_cols: Sequence[str], comparisons: tuple[Comparison, ...] = COMPARISONS
) -> dict[str, Any]:
    """Splink settings of the model for ``dialect``, blocking on the precomputed key columns."""
    from splink import block_on

    specs = []
    for comp in comparisons:
        levels = []
        for level in comp.levels:
            entry: dict[str, Any] = {
                "sql_condition": _sql(level, comp, dialect),
                "label_for_charts": level.label,
            }
            if level.kind == "null":
                entry["is_null_level"] = True
            else:
                entry["m_probability"] = level.m
                entry["u_probability"] = level.u
            levels.append(entry)
        specs.append(
            {
                "output_column_name": comp.name,
                "comparison_description": comp.name,
                "comparison_levels": levels,
            }
        )
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": PRIOR,
        "blocking_rules_to_generate_predictions": [block_on(c) for c in block_cols]
        + [block_on("typo_key", arrays_to_explode=["typo_key"])],
        "comparisons": specs,
        "retain_matching_columns": False,
        "retain_intermediate_calculation_columns": False,
        "additional_columns_to_retain": [],
    }


def _frame(feats: Sequence[Features], blocks: list[list[str | None]], block_cols: Sequence[str]):
    import pandas as pd

    from lienket.core.resolve.engine import typo_keys

    data: dict[str, list] = {"unique_id": list(range(len(feats)))}
    for col in _STRING_COLS:
        data[col] = [getattr(f, col) or None for f in feats]
    data["name_n"] = [f.name_n for f in feats]
    data["brand_n"] = [f.brand_n for f in feats]
    data["bz_n"] = [f.bz_n for f in feats]
    data["phone_firms"] = [f.phone_firms for f in feats]
    data["tax_firms"] = [f.tax_firms for f in feats]
    data["name_agree"] = [f.name_agree for f in feats]
    data["brand_agree"] = [f.brand_agree for f in feats]
    data["tax_valid"] = [f.tax_valid for f in feats]
    data["tax_other"] = [f.tax_other for f in feats]
    data["branch"] = [f.branch for f in feats]
    data["brand_tokens"] = [sorted(set(f.brand.split())) for f in feats]
    data["desc_spec"] = [specific_desc(f.desc) for f in feats]
    data["typo_key"] = typo_keys(feats)
    data["readings"] = [list(f.readings) for f in feats]
    data["place_kind"] = [place_kind(f) or None for f in feats]
    for j, c in enumerate(block_cols):
        data[c] = [b[j] for b in blocks]
    return pd.DataFrame(data)


def duckdb_connection():
    """An in-memory DuckDB connection that spills to a temporary directory beyond ``LIENKET_DUCKDB_MEMORY``
    (default 4GB): without a limit DuckDB takes up to 80 % of RAM for the pair table at 1,000,000 records."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{os.environ.get('LIENKET_DUCKDB_MEMORY', '4GB')}'")
    con.execute(f"SET temp_directory = '{tempfile.mkdtemp(prefix='lienket-duckdb-')}'")
    con.execute("SET preserve_insertion_order = false")
    return con


_SPARK = None


def spark_session():
    """A local Spark session with Splink's similarity jar and a checkpoint directory (created once)."""
    global _SPARK
    if _SPARK is None:
        from pyspark.sql import SparkSession
        from splink.backends.spark import similarity_jar_location

        builder = (
            SparkSession.builder.master(os.environ.get("LIENKET_SPARK_MASTER", "local[2]"))
            .appName("lienket-resolve")
            .config("spark.jars", similarity_jar_location())
            .config("spark.sql.shuffle.partitions", os.environ.get("LIENKET_SPARK_PARTITIONS", "8"))
            .config("spark.driver.memory", os.environ.get("LIENKET_SPARK_MEMORY", "4g"))
            .config("spark.ui.enabled", "false")
            .config("spark.sql.ansi.enabled", "false")
        )
        _SPARK = builder.getOrCreate()
        _SPARK.sparkContext.setLogLevel("ERROR")
        _SPARK.sparkContext.setCheckpointDir(tempfile.mkdtemp(prefix="lienket-spark-ckpt-"))
    return _SPARK


def resolve_splink(
    feats: Sequence[Features],
    engine: str = "duckdb",
    threshold: float = 0.9,
    comparisons: tuple[Comparison, ...] = COMPARISONS,
) -> list[int]:
    """Cluster label (index of the cluster's smallest member) per record, computed by Splink on ``engine``."""
    import logging

    from splink import Linker

    from lienket.core.resolve.clustering import ATTACH_MIN_PROBABILITY, constrained_cluster
    from lienket.core.resolve.engine import block_columns

    logging.getLogger("splink").setLevel(logging.ERROR)
    if len(feats) == 0:
        return []
    block_cols, blocks = block_columns(feats)
    df = _frame(feats, blocks, block_cols)
    if engine == "duckdb":
        from splink import DuckDBAPI

        db_api = DuckDBAPI(duckdb_connection())
        dialect = "duckdb"
        table = db_api.register(df)
    elif engine == "spark":
        from splink.backends.spark import SparkAPI

        spark = spark_session()
        db_api = SparkAPI(spark_session=spark)
        dialect = "spark"
        table = db_api.register(spark.createDataFrame(df))
    else:
        raise ValueError(f"unknown engine {engine!r} (duckdb or spark)")
    linker = Linker(table, settings_dict(dialect, block_cols, comparisons), log_level=logging.ERROR)
    low = min(threshold, ATTACH_MIN_PROBABILITY)
    pairs = linker.inference.predict(threshold_match_probability=low, warning_mode="never")
    scored = pairs.as_pandas_dataframe()[["match_weight", "match_probability", "unique_id_l", "unique_id_r"]]
    links, weak = [], []
    for w, p, a, b in scored.itertuples(index=False, name=None):
        (links if p >= threshold else weak).append((float(w), min(int(a), int(b)), max(int(a), int(b))))
    # Splink scores the pairs; the park/tax-aware clustering is shared with the Python executor.
    return constrained_cluster(len(feats), links, feats, weak)
