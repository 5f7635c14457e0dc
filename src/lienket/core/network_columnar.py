"""Columnar engine for supply-network analytics (Polars + numpy): same formulas as :mod:`lienket.core.network`.

The reference module walks rows in Python; this one works on whole columns so that 1,000,000 firms and
10,000,000 demand lines fit in seconds (``bench/network.py``). Both give the same numbers (tests compare them on
the fixtures and on random networks); sums may differ in the last bits because the reference uses ``math.fsum``.

Layout (:class:`ColumnarNetwork`):

- ``firms``: ``id``, ``province_key`` (folded, ``''`` unknown), ``country`` (ISO, ``''`` unknown), ``zone``.
- ``lines``: ``buyer``, ``product``, ``annual_value``, ``cover_days``, ``year`` (nullable), ``sector_key``
  (folded); the row position is the line number.
- ``sources``: ``line`` (row position in ``lines``), ``origin`` (firm id; null for imports), ``share``,
  ``import_country`` (ISO for ``import:XX``, ``''`` for firms), ``is_import``.

``firms.id``, ``lines.buyer`` and ``sources.origin`` share one dtype (text or integers). Pure Python: no Django.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from lienket.core.network import (
    DOMESTIC_COUNTRY,
    WEEKS_PER_YEAR,
    BuyerImpact,
    LocalizationResult,
    LocalizationScope,
    Network,
    ProductImpact,
    ScenarioSpec,
    SupplyGap,
    province_key,
)
from lienket.core.text import fold


@dataclass
class ColumnarNetwork:
    """A network as three data frames (see the module docstring); joins are prepared once and cached."""

    firms: pl.DataFrame
    lines: pl.DataFrame
    sources: pl.DataFrame
    _prep: dict = field(default_factory=dict, repr=False)

    def prepared(self) -> dict:
        """Per-line and per-source numpy arrays that every query needs (computed on first use, then cached).

        src_line, src_share: the sources; src_firm: row of the origin firm (-1 import/unknown);
        line_buyer_firm: row of the buyer's firm (-1 unknown); firm_prov: province code per firm (-1 unknown).
        """
        if self._prep:
            return self._prep
        src = self.sources.select(
            pl.col("line").cast(pl.Int64),
            "origin",
            pl.col("share").cast(pl.Float64),
            "is_import",
            "import_country",
        )
        src_firm = _firm_rows(self.firms, src.get_column("origin"))
        buyer_firm = _firm_rows(self.firms, self.lines.get_column("buyer"))
        prov = self.firms.get_column("province_key").cast(pl.String)
        prov_codes = prov.cast(pl.Categorical).to_physical().cast(pl.Int64).to_numpy()
        prov_codes = np.where(prov.fill_null("").to_numpy() == "", -1, prov_codes)
        country = self.firms.get_column("country").fill_null("").to_numpy()
        self._prep = {
            "n_lines": self.lines.height,
            "src_line": src.get_column("line").to_numpy(),
            "src_share": src.get_column("share").to_numpy(),
            "src_is_import": src.get_column("is_import").to_numpy(),
            "src_firm": src_firm,
            "line_buyer_firm": buyer_firm,
            "firm_prov": prov_codes,
            "firm_is_vn": country == DOMESTIC_COUNTRY,
            "firm_has_country": country != "",
            "value": self.lines.get_column("annual_value").cast(pl.Float64).to_numpy(),
            "cover": self.lines.get_column("cover_days").cast(pl.Float64).to_numpy(),
        }
        return self._prep


def _firm_rows(firms: pl.DataFrame, ids: pl.Series) -> np.ndarray:
    """Row of each id in ``firms`` (-1 when null or unknown). Dense integer ids 0..n-1 are used as rows
    directly (no join); anything else goes through a hash join."""
    fid = firms.get_column("id")
    n = firms.height
    if fid.dtype.is_integer() and ids.dtype.is_integer() and fid.null_count() == 0:
        arr = fid.to_numpy()
        if n == 0 or (
            arr[0] == 0 and arr[-1] == n - 1 and np.array_equal(arr, np.arange(n, dtype=arr.dtype))
        ):
            raw = ids.fill_null(-1).to_numpy().astype(np.int64, copy=False)
            return np.where((raw >= 0) & (raw < n), raw, -1)
    lookup = firms.select(pl.col("id"), pl.int_range(0, n, dtype=pl.Int64).alias("_f"))
    return (
        ids.alias("id").to_frame().join(lookup, on="id", how="left", maintain_order="left")
        .get_column("_f").fill_null(-1).to_numpy()
    )  # fmt: skip


def from_network(network: Network) -> ColumnarNetwork:
    """Convert a reference :class:`Network` (e.g. read from NETWORK.json or the registry) to columns."""
    firms = pl.DataFrame(
        {
            "id": [f.id for f in network.firms.values()],
            "province_key": [f.province_key for f in network.firms.values()],
            "country": [f.country for f in network.firms.values()],
            "zone": [f.zone for f in network.firms.values()],
        },
        schema={"id": pl.String, "province_key": pl.String, "country": pl.String, "zone": pl.String},
    )
    lines = pl.DataFrame(
        {
            "buyer": [d.buyer for d in network.demand],
            "product": [d.product for d in network.demand],
            "annual_value": [d.annual_value for d in network.demand],
            "cover_days": [d.cover_days for d in network.demand],
            "year": [d.year for d in network.demand],
            "sector_key": [fold(d.sector) for d in network.demand],
        },
        schema={
            "buyer": pl.String,
            "product": pl.String,
            "annual_value": pl.Float64,
            "cover_days": pl.Float64,
            "year": pl.Int64,
            "sector_key": pl.String,
        },
    )
    rows = [(i, s) for i, d in enumerate(network.demand) for s in d.sources]
    sources = pl.DataFrame(
        {
            "line": [i for i, _ in rows],
            "origin": [None if s.is_import else s.origin for _, s in rows],
            "share": [s.share for _, s in rows],
            "import_country": [s.import_country or "" for _, s in rows],
            "is_import": [s.is_import for _, s in rows],
        },
        schema={
            "line": pl.Int64,
            "origin": pl.String,
            "share": pl.Float64,
            "import_country": pl.String,
            "is_import": pl.Boolean,
        },
    )
    return ColumnarNetwork(firms=firms, lines=lines, sources=sources)


# ------------------------------------------------------------------------------------------------------------
# Scenario
# ------------------------------------------------------------------------------------------------------------


@dataclass
class ColumnarScenario:
    """Scenario output: totals plus per-line, per-buyer and per-product frames (only value_at_risk > 0 listed).

    ``lines`` has one row per demand line (lost_share, shortage_weeks, value_at_risk, value_at_risk_per_week,
    first_short_week nullable); :meth:`priority` orders the affected lines.
    """

    spec: ScenarioSpec
    value_at_risk: float
    value_at_risk_per_week: float
    lines: pl.DataFrame
    buyers: pl.DataFrame
    products: pl.DataFrame
    affected: np.ndarray

    def priority(self, limit: int | None = None) -> pl.DataFrame:
        """Affected lines by value_at_risk descending, then earliest shortage, buyer (as text), product, line;
        only the first ``limit`` when given (computed on demand: sorting millions of rows costs seconds)."""
        keys = ["value_at_risk", "first_short_week", "_key", "product", "line"]
        desc = [True, False, False, False, False]
        aff = self.lines.filter(pl.Series(self.affected)).with_columns(
            pl.col("buyer").cast(pl.String).alias("_key")
        )
        if limit is not None:
            aff = aff.top_k(limit, by=keys, reverse=[not d for d in desc])
        return aff.sort(keys, descending=desc).drop("_key")

    def buyer_products(self) -> dict[str, tuple[str, ...]]:
        """Affected products per buyer (sorted), keyed by buyer id as text."""
        aff = self.lines.filter(pl.Series(self.affected))
        grouped = aff.group_by(pl.col("buyer").cast(pl.String)).agg(pl.col("product").unique().sort())
        return {b: tuple(p) for b, p in grouped.iter_rows()}

    def buyer_impacts(self) -> list[BuyerImpact]:
        """``buyers`` as the reference dataclasses (same order)."""
        products = self.buyer_products()
        return [
            BuyerImpact(
                id=str(r["buyer"]),
                value_at_risk=r["value_at_risk"],
                value_at_risk_per_week=r["value_at_risk_per_week"],
                first_short_week=r["first_short_week"],
                lines=r["lines"],
                products=products.get(str(r["buyer"]), ()),
            )
            for r in self.buyers.iter_rows(named=True)
        ]

    def product_impacts(self) -> list[ProductImpact]:
        """``products`` as the reference dataclasses (same order)."""
        return [
            ProductImpact(
                product=r["product"],
                value_at_risk=r["value_at_risk"],
                value_at_risk_per_week=r["value_at_risk_per_week"],
                first_short_week=r["first_short_week"],
                buyers=r["buyers"],
            )
            for r in self.products.iter_rows(named=True)
        ]


def _gather(values: np.ndarray, index: np.ndarray, fill) -> np.ndarray:
    """``values[index]`` with ``fill`` where index is -1 (works for an empty ``values``)."""
    ext = np.append(values, np.array([fill], dtype=values.dtype))
    return ext[np.where(index >= 0, index, len(values))]


def _stopped_firms(cn: ColumnarNetwork, spec: ScenarioSpec) -> np.ndarray:
    """Boolean per firm row: stopped by its id, country or zone."""
    f = cn.firms
    mask = np.zeros(f.height, dtype=bool)
    # An empty country or zone never matches (a stop list cannot name "unknown").
    for col, stops in (("country", spec.stop_countries), ("zone", spec.stop_zones)):
        if stops:
            values = f.get_column(col).fill_null("")
            mask |= ((values != "") & values.is_in(sorted(stops))).to_numpy()
    if spec.stop_firms:
        mask |= f.get_column("id").cast(pl.String).is_in(sorted(spec.stop_firms)).to_numpy()
    return mask


def scenario(cn: ColumnarNetwork, spec: ScenarioSpec) -> ColumnarScenario:
    """Disruption scenario over all lines; same formulas and orderings as :func:`lienket.core.network.scenario`.

    lost_share = Σ stopped shares; shortage_weeks = max(0, W − cover_days/7); value_at_risk = annual_value/52 ×
    lost_share × shortage_weeks; first_short_week = floor(cover_days/7) + 1 when lost_share > 0 and
    shortage_weeks > 0. Named suppliers that are not in ``firms`` are stopped by id too (as in the reference).
    """
    p = cn.prepared()
    n = p["n_lines"]
    firm_stop = _stopped_firms(cn, spec)
    src_firm = p["src_firm"]
    known = src_firm >= 0
    stopped = _gather(firm_stop, src_firm, False)
    if spec.stop_countries:
        stopped |= (
            p["src_is_import"]
            & cn.sources.get_column("import_country").is_in(sorted(spec.stop_countries)).to_numpy()
        )
    if spec.stop_firms:
        # Origins missing from ``firms`` are still stopped when named (the reference checks the id first).
        unknown = ~known & ~p["src_is_import"]
        if unknown.any():
            named = cn.sources.get_column("origin").cast(pl.String).is_in(sorted(spec.stop_firms)).to_numpy()
            stopped |= unknown & named.astype(bool)
    lost = np.bincount(p["src_line"][stopped], weights=p["src_share"][stopped], minlength=n)
    value, cover = p["value"], p["cover"]
    shortage = np.maximum(0.0, spec.weeks - cover / 7)
    per_week = value / WEEKS_PER_YEAR * lost
    var = value / WEEKS_PER_YEAR * lost * shortage
    affected = (lost > 0) & (shortage > 0)
    first = np.floor(cover / 7).astype(np.int64) + 1

    lines = pl.DataFrame(
        {
            "line": np.arange(n, dtype=np.int64),
            "buyer": cn.lines.get_column("buyer"),
            "product": cn.lines.get_column("product"),
            "lost_share": lost,
            "shortage_weeks": shortage,
            "value_at_risk": var,
            "value_at_risk_per_week": per_week,
            "first_short_week": pl.Series(first).set(pl.Series(~affected), None),
        }
    )
    aff = lines.filter(pl.Series(affected))
    buyers = (
        aff.group_by("buyer")
        .agg(
            pl.col("value_at_risk").sum(),
            pl.col("value_at_risk_per_week").sum(),
            pl.col("first_short_week").min(),
            pl.len().alias("lines"),
        )
        .filter(pl.col("value_at_risk") > 0)
        .with_columns(pl.col("buyer").cast(pl.String).alias("_key"))
        .sort(["value_at_risk", "_key"], descending=[True, False])
        .drop("_key")
    )
    products = (
        aff.group_by("product")
        .agg(
            pl.col("value_at_risk").sum(),
            pl.col("value_at_risk_per_week").sum(),
            pl.col("first_short_week").min(),
            pl.col("buyer").n_unique().alias("buyers"),
        )
        .filter(pl.col("value_at_risk") > 0)
        .sort(["value_at_risk", "product"], descending=[True, False])
    )
    return ColumnarScenario(
        spec=spec,
        value_at_risk=float(var.sum()),
        value_at_risk_per_week=float(per_week[affected].sum()),
        lines=lines,
        buyers=buyers,
        products=products,
        affected=affected,
    )


# ------------------------------------------------------------------------------------------------------------
# Localization
# ------------------------------------------------------------------------------------------------------------


def line_shares(cn: ColumnarNetwork) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per line: (in-province share, in-Vietnam share, imported share, Σ shares), as in the reference."""
    p = cn.prepared()
    if "local" in p:
        return p["local"], p["domestic"], p["imported"], p["share_sum"]
    n = p["n_lines"]
    line, share, src_firm = p["src_line"], p["src_share"], p["src_firm"]
    buyer_prov = _gather(p["firm_prov"], _gather(p["line_buyer_firm"], line, -1), -1)
    origin_prov = _gather(p["firm_prov"], src_firm, -2)
    is_local = (buyer_prov >= 0) & (origin_prov == buyer_prov)
    is_vn = _gather(p["firm_is_vn"], src_firm, False)
    is_foreign_firm = ~is_vn & _gather(p["firm_has_country"], src_firm, False)
    is_imp = p["src_is_import"] | is_foreign_firm
    p["local"] = np.bincount(line, weights=np.where(is_local, share, 0.0), minlength=n)
    p["domestic"] = np.bincount(line, weights=np.where(is_vn, share, 0.0), minlength=n)
    p["imported"] = np.bincount(line, weights=np.where(is_imp, share, 0.0), minlength=n)
    p["share_sum"] = np.bincount(line, weights=share, minlength=n)
    return p["local"], p["domestic"], p["imported"], p["share_sum"]


def _scope_mask(cn: ColumnarNetwork, scope: LocalizationScope | None) -> np.ndarray:
    n = cn.lines.height
    mask = np.ones(n, dtype=bool)
    if scope is None:
        return mask
    lines = cn.lines
    if scope.year is not None:
        mask &= (lines.get_column("year") == scope.year).fill_null(False).to_numpy()
    if scope.buyer is not None:
        mask &= (lines.get_column("buyer").cast(pl.String) == str(scope.buyer)).fill_null(False).to_numpy()
    if scope.product is not None:
        mask &= (lines.get_column("product") == scope.product).fill_null(False).to_numpy()
    if scope.sector is not None:
        mask &= (lines.get_column("sector_key").fill_null("") == fold(scope.sector)).to_numpy()
    if scope.province is not None:
        p = cn.prepared()
        key = province_key(scope.province)
        codes = cn.firms.get_column("province_key").cast(pl.String).fill_null("") == key
        firm_ok = codes.to_numpy() & (key != "")
        mask &= _gather(firm_ok, p["line_buyer_firm"], False)
    return mask


def _result(total: float, pv: float, dv: float, iv: float, lines: int) -> LocalizationResult:
    return LocalizationResult(
        in_province=pv / total if total > 0 else 0.0,
        in_vietnam=dv / total if total > 0 else 0.0,
        total_value=total,
        province_value=pv,
        vietnam_value=dv,
        imported_value=iv,
        lines=lines,
    )


def localization_rate(cn: ColumnarNetwork, scope: LocalizationScope | None = None) -> LocalizationResult:
    """Localization rate of the lines in ``scope``; same definitions as the reference (``by_year`` included)."""
    local, domestic, imported, _ = line_shares(cn)
    value = cn.prepared()["value"]
    mask = _scope_mask(cn, scope)
    v = np.where(mask, value, 0.0)  # out-of-scope lines weigh 0 (no boolean copies of every column)
    parts = (v, v * local, v * domestic, v * imported)
    result = _result(*(float(x.sum()) for x in parts), int(mask.sum()))
    years_col = cn.lines.get_column("year")
    by_year: dict[int, LocalizationResult] = {}
    has_year = mask & years_col.is_not_null().to_numpy()
    if has_year.any():
        years = years_col.fill_null(0).to_numpy().astype(np.int64)
        low = int(years[has_year].min())
        slot = np.where(has_year, years - low, 0)
        sums = [np.bincount(slot, weights=np.where(has_year, x, 0.0)) for x in parts]
        counts = np.bincount(slot, weights=has_year.astype(np.float64))
        for i in np.nonzero(counts)[0]:
            by_year[low + int(i)] = _result(*(float(s[i]) for s in sums), int(counts[i]))
    return LocalizationResult(**{**result.__dict__, "by_year": by_year})


# ------------------------------------------------------------------------------------------------------------
# Supply gaps
# ------------------------------------------------------------------------------------------------------------


def supply_gaps(
    cn: ColumnarNetwork, weights: dict[str, float] | None = None, *, with_buyer_ids: bool = True
) -> list[SupplyGap]:
    """Products ranked by (imported + unmet) × weight; same definitions and order as the reference."""
    _, _, imported, share_sum = line_shares(cn)
    value = cn.prepared()["value"]
    df = pl.DataFrame(
        {
            "product": cn.lines.get_column("product"),
            "buyer": cn.lines.get_column("buyer").cast(pl.String),
            "imp": value * imported,
            "unmet": value * np.maximum(0.0, 1.0 - share_sum),
            "total": value,
            "gap_line": (imported > 0) | (np.maximum(0.0, 1.0 - share_sum) > 0),
        }
    )
    aggs = [
        pl.col("imp").sum(),
        pl.col("unmet").sum(),
        pl.col("total").sum(),
        pl.col("buyer").filter(pl.col("gap_line")).n_unique().alias("buyers"),
    ]
    if with_buyer_ids:
        aggs.append(pl.col("buyer").filter(pl.col("gap_line")).unique().sort().alias("buyer_ids"))
    agg = df.group_by("product").agg(aggs).with_columns((pl.col("imp") + pl.col("unmet")).alias("gap"))
    agg = agg.filter(pl.col("gap") > 0)
    w = weights or {}
    gaps = [
        SupplyGap(
            product=r["product"],
            imported_value=r["imp"],
            unmet_value=r["unmet"],
            gap_value=r["gap"],
            total_value=r["total"],
            buyers=r["buyers"],
            weight=float(w.get(r["product"], 1.0)),
            score=r["gap"] * float(w.get(r["product"], 1.0)),
            buyer_ids=tuple(r["buyer_ids"]) if with_buyer_ids else (),
        )
        for r in agg.iter_rows(named=True)
    ]
    return sorted(gaps, key=lambda g: (-g.score, -g.buyers, g.product))


def scenario_payload(cn: ColumnarNetwork, result: ColumnarScenario) -> dict:
    """The three contract keys of RESULT.json (value_at_risk, localization_rate, buyers) from columns."""
    loc = localization_rate(cn)
    return {
        "value_at_risk": result.value_at_risk,
        "localization_rate": loc.in_province,
        "buyers": [
            {"id": b.id, "value_at_risk": b.value_at_risk, "first_short_week": b.first_short_week}
            for b in result.buyer_impacts()
        ],
    }


def isclose(a: float, b: float) -> bool:
    """Equal up to summation-order rounding (relative 1e-9, absolute 1e-6)."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
