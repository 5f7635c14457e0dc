"""Model parameters read from the data set itself: from pairs of records that share a tax code (the same firm,
nearly always), how often one firm's records carry different phones, sit at two kinds of place, or disagree on
their legal form and place. ``model_for`` gives the comparisons every executor scores with.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from lienket.core.resolve.model import (
    COMPARISONS,
    SITE_PAIRS,
    Comparison,
    Level,
    agreeing_levels,
    phones_agree,
    place_kind,
    site_pair,
    with_level_m,
    with_phone_disagreement,
)
from lienket.core.resolve.normalise import Features

__all__ = [
    "PHONE_KIND_M_RANGE",
    "PHONE_M_RANGE",
    "READ_M_FLOOR",
    "READ_PRIOR_PAIRS",
    "SITE_M_RANGE",
    "model_for",
    "phone_disagreement",
    "phone_disagreements",
    "read_level_shares",
    "site_shares",
]


# How the share of true pairs with different phones is read from the data: pairs of records sharing a tax code
# (blocks of at most PHONE_M_MAX_BLOCK records), both with a phone; at least PHONE_M_MIN_PAIRS of them, else the
# model's default; the estimate is kept within PHONE_M_RANGE.
PHONE_M_MIN_PAIRS = 100
PHONE_M_MAX_BLOCK = 50
PHONE_M_RANGE = (0.05, 0.6)
# One kind of pair may differ far more often: a person's mobile and the firm's switchboard nearly always do.
PHONE_KIND_M_RANGE = (0.02, 0.95)


def phone_disagreement(feats: Sequence[Features]) -> float | None:
    """Share of record pairs sharing a tax code (the same firm, nearly always) whose phones differ, or ``None``
    when fewer than ``PHONE_M_MIN_PAIRS`` such pairs carry phones. A registry extract keeps one number per firm
    (≈ 0); a survey gives the mobile of whoever filled the form (≈ 0.5): one fixed value suits neither."""
    return phone_disagreements(feats).get("all")


def _pair_kind(a: Features, b: Features) -> str:
    if "L" in a.phone_kind and "L" in b.phone_kind:
        return "landlines"
    if a.phone_kind == "M" and b.phone_kind == "M":
        return "mobiles"
    return "else"


def _tax_groups(feats: Sequence[Features], keep: Callable[[Features], bool]) -> list[list[Features]]:
    """Records that share a tax code (the same firm, nearly always) and pass ``keep``, one list per code with at
    least two records; codes given by more than ``PHONE_M_MAX_BLOCK`` such records are left out."""
    by_tax: dict[str, list[Features]] = defaultdict(list)
    for f in feats:
        if f.tax and keep(f):
            by_tax[f.tax].append(f)
    return [group for group in by_tax.values() if 2 <= len(group) <= PHONE_M_MAX_BLOCK]


def _pairs_in(groups: list[list[Features]]) -> Iterator[tuple[Features, Features]]:
    for group in groups:
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                yield group[x], group[y]


def _tax_pairs(feats: Sequence[Features], keep: Callable[[Features], bool]) -> Iterator[tuple[Features, Features]]:
    """Each pair of records within one of the ``_tax_groups``."""
    return _pairs_in(_tax_groups(feats, keep))


def phone_disagreements(feats: Sequence[Features]) -> dict[str, float]:
    """``phone_disagreement`` overall (``"all"``, within ``PHONE_M_RANGE``) and for each kind of pair — two
    landlines, two mobiles, one of each (``"else"``) — that has ``PHONE_M_MIN_PAIRS`` pairs (within
    ``PHONE_KIND_M_RANGE``); kinds with fewer take the overall share. ``{}`` when too few pairs carry phones."""
    both: Counter[str] = Counter()
    differ: Counter[str] = Counter()
    for a, b in _tax_pairs(feats, lambda f: bool(f.phone)):
        kind = _pair_kind(a, b)
        d = not phones_agree(a, b)
        both[kind] += 1
        both["all"] += 1
        differ[kind] += d
        differ["all"] += d
    if both["all"] < PHONE_M_MIN_PAIRS:
        return {}
    low, high = PHONE_M_RANGE
    overall = min(max(differ["all"] / both["all"], low), high)
    out = {"all": overall}
    low, high = PHONE_KIND_M_RANGE
    for kind in ("landlines", "mobiles", "else"):
        n = both[kind]
        out[kind] = min(max(differ[kind] / n, low), high) if n >= PHONE_M_MIN_PAIRS else overall
    return out


# How often one firm is written at two kinds of place (a park in one list and a street address or a village in
# another: its head office in town, its plant in a park) is read the same way: pairs sharing a tax code with a place
# known on both sides, at least SITE_M_MIN_PAIRS of them, each share kept within SITE_M_RANGE. 2026-12-07, 20k:
# the park / street estimate is 0.000-0.067 on the nineteen generators and within 0.01 of the share among all true
# candidate pairs; park / village and street / village within 0.005 on twelve.
SITE_M_MIN_PAIRS = 100
SITE_M_RANGE = (0.02, 0.3)


def site_shares(feats: Sequence[Features]) -> dict[str, float]:
    """Per ``SITE_PAIRS`` level, the share of record pairs sharing a tax code, both placed (``model.place_kind``),
    at that level, within ``SITE_M_RANGE``; ``{}`` when fewer than ``SITE_M_MIN_PAIRS`` such pairs."""
    n = 0
    counts: Counter[str] = Counter()
    for a, b in _tax_pairs(feats, lambda f: bool(place_kind(f))):
        n += 1
        counts[site_pair(a, b)] += 1
    if n < SITE_M_MIN_PAIRS:
        return {}
    low, high = SITE_M_RANGE
    return {kind: min(max(counts[kind] / n, low), high) for kind in SITE_PAIRS}


# The m probabilities of the place and legal-form comparisons are read from the data as well: the share of pairs
# sharing a tax code at each level, shrunk towards the model's value by READ_PRIOR_PAIRS pseudo-pairs and kept at
# READ_M_FLOOR or above (no single disagreement is a veto); at most READ_MAX_PAIRS pairs, spread over the file, are
# read. Levels that only say which values are known (m = u = 1) are not counted. 2026-12-07, 20k, nineteen
# generators: the shares of pairs sharing a tax code are within 0.01-0.04 of those of all true candidate pairs, and
# far from one fixed value ("street: different" 0.00-0.07 against 0.2 set by hand; "hamlet: different" 0.01-0.39).
READ_COMPARISONS = ("legal", "zone", "lot", "street", "hamlet", "commune", "district", "province")
READ_PRIOR_PAIRS = 50
READ_MAX_PAIRS = 20_000
READ_M_FLOOR = 0.005


def _counted(level: Level) -> bool:
    """Whether a level is read: not unknown, and not one that only says both values are known."""
    return level.kind != "null" and not level.neutral


def _read_m(level: Level, count: int, n: int) -> Level:
    if not _counted(level):
        return level
    m = (count + READ_PRIOR_PAIRS * level.m) / (n + READ_PRIOR_PAIRS)
    return replace(level, m=max(READ_M_FLOOR, m))


def read_level_shares(
    feats: Sequence[Features], comparisons: tuple[Comparison, ...] = COMPARISONS
) -> tuple[Comparison, ...]:
    """``comparisons`` with the m of each level of ``READ_COMPARISONS`` read from pairs sharing a tax code."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    groups = _tax_groups(feats, lambda f: True)
    total = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    step = -(-total // READ_MAX_PAIRS)  # every step-th pair: a sample spread over the whole file
    for k, (a, b) in enumerate(_pairs_in(groups)):
        if k % step:
            continue
        for name, level in agreeing_levels(a, b, comparisons).items():
            if name in READ_COMPARISONS and _counted(level):
                counts[name][level.label] += 1
    out = []
    for comp in comparisons:
        c = counts.get(comp.name)
        if c:
            n = sum(c.values())
            comp = replace(comp, levels=tuple(_read_m(lv, c[lv.label], n) for lv in comp.levels))
        out.append(comp)
    return tuple(out)


def model_for(feats: Sequence[Features]) -> tuple[Comparison, ...]:
    """The comparisons for this data set: ``COMPARISONS`` with the place and legal-form levels, the phone
    disagreement and the shares of two kinds of place read from the data."""
    comparisons = read_level_shares(feats)
    m = phone_disagreements(feats)
    if m:
        comparisons = with_phone_disagreement(m, comparisons)
    for kind, share in site_shares(feats).items():
        comparisons = with_level_m(comparisons, kind, share)
    return comparisons
