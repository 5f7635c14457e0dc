"""Names cut at a fixed width (power-company and customs systems store 40 characters): the width, read from a spike
in the data set's name lengths (``cut_width``), and each cut name completed from the longer names that start with it
(``complete_cut_names``).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from lienket.core.resolve.normalise import Features, RawRecord
from lienket.core.resolve.vocabulary import DESCRIPTORS, LEGAL_PHRASES

__all__ = ["complete_cut_names", "cut_width"]


# A name length is a cut when at least this many records (and this share of the data set) have exactly that length
# and it is CUT_SPIKE times as common as the lengths around it: a system that stores names in a fixed-width field.
CUT_MIN_RECORDS = 20
CUT_MIN_SHARE = 0.005
CUT_SPIKE = 3.0
CUT_MIN_WIDTH = 20
# A cut name is completed only from a prefix this long (folded, canonical words), and only when every longer name
# that starts with it names one brand.
CUT_MIN_PREFIX = 10
CUT_MAX_COMPLETIONS = 50
# A cut that falls on a space leaves a name one character shorter once the cell is trimmed ("CTY TNHH MOT THANH VIEN
# THUONG MAI DICH" of "... DICH VU ..."): that length is read as cut too when it is this much more common than the
# lengths around it. Such names are only checked for a cut before the brand, never completed (a whole word ends it).
CUT_TRIMMED_EXCESS = 1.3


def cut_width(name_lengths: Sequence[int]) -> int | None:
    """The fixed width at which this data set's names were cut (power-company and customs systems store 40
    characters: "CÔNG TY TNHH MỘT THÀNH VIÊN MÚT XỐP PHƯƠ"), read from a spike in the name lengths (characters,
    NFC; 0 for an empty name); ``None`` when the lengths show none."""
    return _cut_width(Counter(n for n in name_lengths if n), len(name_lengths))


def _cut_width(lengths: Counter[int], total: int) -> int | None:
    """``cut_width`` from the counts of the non-empty name lengths of ``total`` records."""
    if not lengths:
        return None
    width, count = lengths.most_common(1)[0]
    if width < CUT_MIN_WIDTH or count < max(CUT_MIN_RECORDS, CUT_MIN_SHARE * total):
        return None
    return width if count >= CUT_SPIKE * _typical(lengths, width, (-3, -2, -1, 1, 2, 3)) else None


def _typical(lengths: Counter[int], centre: int, offsets: tuple[int, ...]) -> float:
    """How many names have a length near ``centre``: the median count of the six lengths ``centre + offsets``
    (at least 1)."""
    around = sorted(lengths.get(centre + d, 0) for d in offsets)
    return max((around[2] + around[3]) / 2, 1.0)


def complete_cut_names(records: Sequence[RawRecord], feats: Sequence[Features]) -> list[Features]:
    """``feats`` with each name cut at the data set's fixed width (``cut_width``) completed from the data set: when
    the longer names starting with the cut one ("mechanical electrical nhat tri" → "... nhat tri son") all name one
    brand, the cut record takes that name's words, brand and descriptors. A cut that leaves a partial country or
    legal-form word ("... SHIN VI" for "Shin Việt Nam") is tried without it; a cut name left with no brand has an
    unknown name. Other records are unchanged."""
    lengths = [len(unicodedata.normalize("NFC", r.name)) if r.name else 0 for r in records]
    counts = Counter(n for n in lengths if n)
    width = _cut_width(counts, len(lengths))
    if width is None:
        return list(feats)
    cut = [i for i, n in enumerate(lengths) if n == width and feats[i].name_key]
    if not cut:
        return list(feats)
    trimmed = counts.get(width - 1, 0) >= CUT_TRIMMED_EXCESS * _typical(counts, width, (-4, -3, -2, 2, 3, 4))
    cut_set = set(cut)
    full = sorted({(f.name_key, i) for i, f in enumerate(feats) if f.name_key and i not in cut_set})
    keys = [k for k, _ in full]
    longer = [feats[k] for _, k in full]
    out = list(feats)
    for i in cut:
        out[i] = _completed(feats[i], keys, longer)
    if trimmed:
        for i, n in enumerate(lengths):
            if n == width - 1 and feats[i].name_key:
                out[i] = _without_partial_name(feats[i])
    return out


def _completed(f: Features, keys: list[str], longer: list[Features]) -> Features:
    """A cut record's features completed from the longer names (``keys``, sorted, and their ``longer`` features)."""
    key = f.name_key
    tries = [key]
    while True:  # "... tokai viet n": the cut fell in "Việt Nam"
        head, _, last = key.rpartition(" ")
        if not head or not any(w.startswith(last) for w in _TAIL_STARTS):
            break
        key = head
        tries.append(key)
    for prefix in tries:
        if len(prefix) < CUT_MIN_PREFIX:
            continue
        lo = bisect_left(keys, prefix)
        hi = bisect_left(keys, prefix + "\uffff", lo)
        if lo == hi or hi - lo > CUT_MAX_COMPLETIONS:
            continue
        found = longer[lo:hi]
        if len({g.brand_key for g in found}) != 1 or not found[0].brand:
            continue
        best = Counter(g.name_key for g in found).most_common(1)[0][0]
        model = next(g for g in found if g.name_key == best)
        return replace(
            f,
            name_key=model.name_key,
            name_sorted=model.name_sorted,
            brand=model.brand,
            desc=model.desc,
            legal=f.legal or model.legal,
        )
    return _without_partial_name(f)


def _without_partial_name(f: Features) -> Features:
    """A cut record whose name was cut before the brand ("CÔNG TY TNHH MỘT THÀNH VIÊN BAO BÌ GIẤY" for "... Giấy
    Thạch Nhất"), inside a trade word ("... THIẾT BỊ CÔNG " for "... Công nghiệp Quang Nhân Lực") or inside the
    legal form ("CONG TY TRACH NHIEM HUU HAN MOT THANH VI"): what is left names a trade or nothing, not a firm, and
    two such records are not namesakes. The name is unknown. Other records are unchanged."""
    if (
        not f.brand
        or set(f.brand.split()) <= set(f.desc.split())
        or _starts_one_of(_TRADES, f.brand)
        or _starts_one_of(_LEGAL_TAILS, f.brand)
    ):
        return replace(f, name_key="", name_sorted="", brand="", desc="")
    return f


# Trade phrases, and every legal form from each of its words on ("mot thanh vien" of "trach nhiem huu han mot thanh
# vien"), sorted for a prefix search.
_TRADES = sorted(DESCRIPTORS)
_LEGAL_TAILS = sorted({" ".join(p.split()[k:]) for p, _ in LEGAL_PHRASES for k in range(len(p.split()))})


def _starts_one_of(phrases: list[str], brand: str) -> bool:
    """``brand`` is the start of one of the sorted ``phrases``: "cong nghie" of the trade "cong nghiep", "mot thanh
    vi" of the legal form's "mot thanh vien"."""
    i = bisect_left(phrases, brand)
    return i < len(phrases) and phrases[i].startswith(brand)


_TAIL_STARTS = (
    "viet",
    "vietnam",
    "vina",
    "nam",
    "co",
    "ltd",
    "limited",
    "company",
    "jsc",
    "corp",
    "corporation",
)
