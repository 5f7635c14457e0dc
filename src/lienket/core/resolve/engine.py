"""Blocking, scoring and clustering: records in, one entity label per record out.

``resolve(records, engine=...)``: ``"python"`` runs everything here (blocking keys, ``model.score_pair``,
union–find: ``clustering``); ``"duckdb"`` and ``"spark"`` run the same model through Splink (``splink_engine``).
Names cut at a fixed width are completed first (``cutnames``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from lienket.core import geo
from lienket.core.resolve.address import abbreviated_province, bare_place, place_names
from lienket.core.resolve.clustering import ATTACH_MIN_PROBABILITY, cluster, constrained_cluster, same_park
from lienket.core.resolve.cutnames import complete_cut_names
from lienket.core.resolve.estimates import model_for
from lienket.core.resolve.model import (
    AGREE_MAX,
    COMPARISONS,
    Comparison,
    score_pair,
    weight_to_probability,
)
from lienket.core.resolve.normalise import Features, RawRecord, features_many, realign
from lienket.core.resolve.syllables import VI_SYLLABLE, VI_SYLLABLE_STRICT
from lienket.core.resolve.tax import tax_check_ok, tax_slip
from lienket.core.text import fold

__all__ = [
    "BLOCKING_KEYS",
    "DEFAULT_THRESHOLD",
    "MAX_BLOCK",
    "PAIRS_PER_RECORD",
    "Pair",
    "TYPO_MAX_BLOCK",
    "block_columns",
    "candidate_pairs",
    "typo_keys",
    "with_counts",
    "placed_in_data_set",
    "unmarked_casting",
    "corrected_brands",
    "expanded_park_initials",
    "resolve",
    "resolve_features",
]

# Pairs at or above this probability are the same enterprise in batch resolution (the CLI contract).
DEFAULT_THRESHOLD = 0.9
# A blocking key shared by more records than this is too common to say anything (e.g. an empty-ish name).
MAX_BLOCK = 400
# Pair budget: when the blocks together would compare more than this many pairs per record, the largest blocks
# (the least telling: a name or a plot shared by hundreds of records) are dropped, largest first, until the rest
# fits. Keeps time and memory linear in N on any data (1,000,000 records: ≤ 20 million pairs).
PAIRS_PER_RECORD = 20
# Typo blocks (brand with one letter deleted) are looser, so a smaller cap keeps the pair count linear.
TYPO_MAX_BLOCK = 20
# Only brands carried by at most this many records get typo keys: a slip makes a rare brand, and a name one letter
# off a common brand ("An Bình" / "An Vinh") is as likely another firm, so common brands need exact agreement.
TYPO_MAX_BRAND_N = 3
# Brands shorter than this get no typo keys (one deletion from "an" leaves almost nothing).
TYPO_MIN_LEN = 6
# Nor do brands longer than this: a brand's deletions cost its length squared in characters, and no firm's brand
# is this long (a cell of pasted text would otherwise take gigabytes).
TYPO_MAX_LEN = 60
BRAND_AGREE_MIN_LEN = 5

# Each key is a tuple of feature columns, all non-empty; records sharing a key's values become candidate pairs.
BLOCKING_KEYS: tuple[tuple[str, ...], ...] = (
    ("tax",),
    ("phone",),
    ("name_sorted",),
    ("brand_key",),
    ("brand_key", "province"),
    ("brand_key", "zone"),
    ("zone", "lot"),
    ("brand_key", "lot"),  # "Lô CN20-2" written without its park
    ("street", "province"),
    ("tax_sci", "brand_head"),
)


@dataclass(frozen=True)
class Pair:
    """A scored candidate pair (``a`` < ``b`` as ids in input order)."""

    a: int
    b: int
    probability: float
    reasons: tuple[str, ...]


def block_columns(feats: Sequence[Features]) -> tuple[list[str], list[list[str | None]]]:
    """Blocking key values per record (``None`` when a field is empty, the value is unique, or its block exceeds
    ``MAX_BLOCK`` or falls to the pair budget, ``PAIRS_PER_RECORD``).

    Returns ``(column names, rows)``; every executor blocks on exactly these keys, so they see the same pairs.
    """
    names = [f"bk_{'_'.join(key)}" for key in BLOCKING_KEYS]
    rows: list[list[str | None]] = [[None] * len(BLOCKING_KEYS) for _ in feats]
    sizes: list[dict[str, int]] = []
    for j, key in enumerate(BLOCKING_KEYS):
        counts: dict[str, int] = defaultdict(int)
        for i, f in enumerate(feats):
            vals = [getattr(f, c) for c in key]
            if all(vals):
                value = "|".join(vals)
                rows[i][j] = value
                counts[value] += 1
        sizes.append(counts)
    limit = _size_limit(sizes, PAIRS_PER_RECORD * max(len(feats), 1))
    for j, counts in enumerate(sizes):
        for row in rows:
            if row[j] is not None and not 2 <= counts[row[j]] <= limit:
                row[j] = None
    return names, rows


def _size_limit(sizes: list[dict[str, int]], budget: int) -> int:
    """The largest block size (≤ ``MAX_BLOCK``) such that the blocks of at most that size compare no more than
    ``budget`` pairs in all. Decided by size only, so the same blocks go whatever the order of the records."""
    pairs_by_size: Counter[int] = Counter()
    for counts in sizes:
        for n in counts.values():
            if 2 <= n <= MAX_BLOCK:
                pairs_by_size[n] += n * (n - 1) // 2
    total = sum(pairs_by_size.values())
    limit = MAX_BLOCK
    for n in sorted(pairs_by_size, reverse=True):
        if total <= budget:
            break
        total -= pairs_by_size[n]
        limit = n - 1
    return limit


def _deletions(brand: str) -> set[str]:
    return {brand} | {brand[:i] + brand[i + 1 :] for i in range(len(brand))}


def _slip_of(rare: str, common: str) -> bool:
    """``rare`` reads as ``common`` with one slip in a word that cannot be a Vietnamese syllable ("tieb", "kgang";
    so "thinh phat" is never taken for "thanh phat": both are real names), or in a one-word foreign brand, which
    is why a correction also needs exactly one common neighbour."""
    ra, co = rare.split(), common.split()
    if len(ra) != len(co) or OSA.distance(rare, common) > 1:
        return False
    changed = [(w, v) for w, v in zip(ra, co, strict=True) if w != v]
    if len(changed) != 1:
        return False
    w, v = changed[0]
    # "hon veit" → "hon viet": no Vietnamese syllable made one; "sang dae" is no "sang jae" ("jae" is none either)
    return (
        len(ra) == 1
        or not VI_SYLLABLE.fullmatch(w)
        or (not VI_SYLLABLE_STRICT.fullmatch(w) and VI_SYLLABLE_STRICT.fullmatch(v) is not None)
    )


def corrected_brands(brands: Counter[str]) -> dict[str, str]:
    """Rare brands (≤ ``TYPO_MAX_BRAND_N`` records) that are one slip from exactly one common brand, mapped to it:
    a typo makes a brand nobody else writes, while the firm's other records carry the right one."""
    common = [b for b, n in brands.items() if n > TYPO_MAX_BRAND_N and TYPO_MIN_LEN <= len(b) <= TYPO_MAX_LEN]
    index: dict[str, list[str]] = defaultdict(list)
    for b in common:
        for d in _deletions(b):
            index[d].append(b)
    out: dict[str, str] = {}
    for b, n in brands.items():
        if n > TYPO_MAX_BRAND_N or not TYPO_MIN_LEN <= len(b) <= TYPO_MAX_LEN:
            continue
        near = {c for d in _deletions(b) for c in index.get(d, ()) if c != b and _slip_of(b, c)}
        if len(near) == 1:
            out[b] = near.pop()
    return out


# A park written by its initials ("KCN BX", "Lô C29, KCN BTSĐ", "KCN SC2") is expanded to the one park of the data
# set with those initials (and that number) when at least this many records write that park out.
PARK_INITIALS_MIN_RECORDS = 3
_PARK_NUMBER = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "1": "1", "2": "2", "3": "3", "4": "4", "5": "5"}
_PARK_INITIALS = re.compile(r"([a-z]{2,5})\s*([0-9]|i{1,3}|iv|v)?")


def _park_initials(zone: str) -> tuple[str, str] | None:
    """``(initials, number)`` of a park written out ("binh xuyen ii" → ("bx", "2")); None for one word."""
    words = zone.split()
    number = ""
    if len(words) > 2 and words[-1] in _PARK_NUMBER:
        number = _PARK_NUMBER[words.pop()]
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return None
    return "".join(w[0] for w in words), number


def _written_initials(zone: str) -> tuple[str, str] | None:
    """``(initials, number)`` of a park written as initials ("bx ii", "sc2", "btsd"); None when the zone reads as
    a name: a Vietnamese syllable ("an") is a name, letters that cannot be one ("bx", "tlvp") are initials."""
    m = _PARK_INITIALS.fullmatch(zone)
    if not m or VI_SYLLABLE.fullmatch(m.group(1)):
        return None
    return m.group(1), _PARK_NUMBER.get(m.group(2) or "", "")


@lru_cache(maxsize=128)
def _province_initials(code: str) -> tuple[str, ...]:
    """Initials of the names of the current province ``code`` and of the old provinces merged into it ("vp")."""
    names = [p.short_name for p in [geo.province(code)] if p]
    names += [lp.short_name for c in geo.legacy_of_new(code) if (lp := geo.legacy_province(c))]
    out = {"".join(w[0] for w in fold(n).split()) for n in names if n}
    return tuple(sorted(i for i in out if len(i) >= 2))


def expanded_park_initials(feats: Sequence[Features]) -> list[Features]:
    """``feats`` with parks written as initials replaced by the park's name, read from the data set itself: park
    boards and assemblers write "KCN BX", "KCN BTSĐ", "YB IP" for parks that other lists write out. A zone is
    expanded only when exactly one park written out by at least ``PARK_INITIALS_MIN_RECORDS`` records has those
    initials and number (in the record's province, when both are known); "TT" for both "Trung Thành" and "Tân
    Thành" stays as written. Other records are unchanged."""
    zones: dict[str, Counter[str]] = defaultdict(Counter)
    for f in feats:
        if f.zone:
            zones[f.zone][f.province] += 1
    parks: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for zone, provinces in sorted(zones.items(), key=lambda kv: -kv[1].total()):  # the most written first
        key = _park_initials(zone)
        if key and provinces.total() >= PARK_INITIALS_MIN_RECORDS:
            known = [(p, n) for p, n in provinces.most_common() if p]
            province = known[0][0] if known else ""
            keys = [key]
            if province and not key[1]:
                # "Thăng Long Vĩnh Phúc" is read without its province ("thang long"): "KCN TLVP" adds the
                # initials of the province, old or new.
                keys += [(key[0] + initials, "") for initials in _province_initials(province)]
            for k in keys:
                parks[k].append((zone, province))
    if not parks:
        return list(feats)
    written = {z: k for z in zones if (k := _written_initials(z)) and k in parks}
    if not written:
        return list(feats)
    # A record that names no province is read in the data set's own province (a province's lists), when one holds
    # most records.
    provinces = Counter(f.province for f in feats if f.province)
    commonest = provinces.most_common(1)
    home = commonest[0][0] if commonest and commonest[0][1] * 2 > provinces.total() else ""
    out = []
    for f in feats:
        key = written.get(f.zone)
        if key:
            found = parks[key]
            if f.province:
                found = [(z, p) for z, p in found if not p or p == f.province]
            elif len(found) > 1 and home:
                found = [(z, p) for z, p in found if not p or p == home]
            if len(found) > 1:
                # The park's name with a slip ("thaanh binh", 3 records in 100,000) is the same park, not a second
                # one with those initials; nor is a name written by under a twentieth as many records.
                top = found[0][0]  # the most written (parks are listed in that order)
                found = [found[0]] + [
                    (z, p) for z, p in found[1:] if not same_park(z, top) and zones[z].total() * 20 >= zones[top].total()
                ]
            if len(found) == 1:
                f = replace(f, zone=found[0][0])
        out.append(f)
    return out


def _only_places(words: list[str]) -> bool:
    """Whether ``words`` are place names one after another ("luong hoa tay ninh": Lương Hòa, Tây Ninh)."""
    names, n = place_names(), len(words)
    ok = [True] + [False] * n  # ok[i]: words[:i] are place names
    for i in range(1, n + 1):
        ok[i] = any(ok[j] and " ".join(words[j:i]) in names for j in range(max(0, i - 4), i))
    return ok[n]


def parks_without_places(feats: Sequence[Features]) -> list[Features]:
    """``feats`` with a park read together with the places written after it, in an address without commas ("kcn
    phuc long luong hoa tay ninh" from a web form: "phuc long luong hoa"), read as the park of the data set that
    the name starts with ("phuc long", written by at least ``PARK_INITIALS_MIN_RECORDS`` records and by more
    than the longer name) when the words after it are only names of places. "Đại An mở rộng" stays as written."""
    zones = Counter(f.zone for f in feats if f.zone)
    fixes = {}
    for zone, n in zones.items():
        words = zone.split()
        for k in range(len(words) - 1, 0, -1):  # the longest park the name starts with
            head = " ".join(words[:k])
            if zones.get(head, 0) >= max(PARK_INITIALS_MIN_RECORDS, n + 1) and _only_places(words[k:]):
                fixes[zone] = head
                break
    return [replace(f, zone=fixes[f.zone]) if f.zone in fixes else f for f in feats] if fixes else list(feats)


def typo_keys(feats: Sequence[Features]) -> list[list[str]]:
    """Per record of a rare brand, the brand and the brand with any one letter deleted, kept when
    2..``TYPO_MAX_BLOCK`` records share the key: brands one typo apart (a slip, a swap, a letter missing or
    extra) always share one; a brand in pinyin meets the brands it reads as in Hán-Việt (``~``). The same for tax
    codes (prefixed ``#``); and phone numbers (``@``) of records whose cell lists a second number, with the records
    that write one of those numbers."""
    brand_n = Counter(f.brand for f in feats)
    keys = [
        _deletions(f.brand)
        if TYPO_MIN_LEN <= len(f.brand) <= TYPO_MAX_LEN and brand_n[f.brand] <= TYPO_MAX_BRAND_N
        else set()
        for f in feats
    ]
    second = {f.phone2 for f in feats if f.phone2}
    read = [f.readings for f in feats]
    spelled = {r for rs in read for r in rs}  # a romanised brand meets the brands it can be read as ("~")
    for ks, f, rs in zip(keys, feats, read, strict=True):
        ks.update("~" + r for r in rs)
        if f.brand_key in spelled:
            ks.add("~" + f.brand_key)
        if f.roman:  # "Gyeongjin" meets "Kyeongchin"
            ks.add("%" + f.roman)
        if len(f.tax) >= 10:  # a tax code one digit off, or two digits swapped, shares a deletion
            ks.update("#" + d for d in _deletions(f.tax))
        if f.brand_agree:  # every record of this rare brand points at one firm: they all meet
            ks.add("=" + f.brand_key)
        if f.phone2:  # a second number in the cell meets the records that write it first or second
            ks.update(("@" + f.phone, "@" + f.phone2))
        elif f.phone in second:
            ks.add("@" + f.phone)
    counts = Counter(k for ks in keys for k in ks)
    return [sorted(k for k in ks if 2 <= counts[k] <= TYPO_MAX_BLOCK) for ks in keys]


def _same_firm_fixes(fixes: dict[str, str], feats: Sequence[Features]) -> dict[str, str]:
    """``fixes`` without a rare brand whose records give a tax code none of the common brand's records give (nor
    one a slip from it): "Onishi Seiko" with its own code is a firm beside "Inishi Tekkou", not its slip."""
    if not fixes:
        return fixes
    wanted = set(fixes) | set(fixes.values())
    taxes: dict[str, set[str]] = defaultdict(set)
    for f in feats:
        if f.tax and f.brand in wanted:
            taxes[f.brand].add(f.tax)
    return {
        rare: common
        for rare, common in fixes.items()
        if not taxes[rare]
        or not taxes[common]
        or any(x == y or tax_slip(x, y) for x in taxes[rare] for y in taxes[common])
    }


# A province holding at least this share of a data set's placed records is the data set's own: an address that is
# only a district's or a commune's name is read there ("Tam Nông" in a list of Phú Thọ's firms).
OWN_PROVINCE_MIN_SHARE = 0.1


def _reread(feats: list[Features], redo: list[tuple[int, RawRecord]]) -> None:
    """Replace ``feats[i]`` by the features of each rewritten record ``(i, record)`` of ``redo``, read in one batch."""
    for (i, _), f in zip(redo, features_many([r for _, r in redo], realigned=True), strict=True):
        feats[i] = f


def placed_in_data_set(records: Sequence[RawRecord], feats: Sequence[Features]) -> list[Features]:
    """``feats`` with the records whose address is only a place's name (``address.bare_place``) placed in the data
    set's own provinces (``OWN_PROVINCE_MIN_SHARE``); ``records`` are the realigned records of ``feats``."""
    counts = Counter(f.province for f in feats if f.province)
    total = sum(counts.values())
    own = frozenset(p for p, n in counts.items() if n >= OWN_PROVINCE_MIN_SHARE * total)
    out = list(feats)
    redo = []
    for i, (r, f) in enumerate(zip(records, feats, strict=True)):
        if not f.address_written:
            continue
        start, candidates = abbreviated_province(r.address)
        fits = {code: name for name, code in reversed(candidates) if code in own}
        if len(fits) == 1:
            # "…, H.Châu Thành, HG" in a Cần Thơ list is Hậu Giang; "…, P. Móng Cái 1, QN" in a Quảng Ninh list
            code, name = next(iter(fits.items()))
            if f.province != code:
                redo.append((i, replace(r, address=r.address[:start] + name)))
        elif not f.province:
            province, commune, district = bare_place(r.address.strip(), own)
            if province:
                out[i] = replace(f, province=province, commune=commune, district=district)
    _reread(out, redo)
    return out


def unmarked_casting(records: Sequence[RawRecord], feats: Sequence[Features]) -> list[Features]:
    """``feats`` with names written without marks ("CONG TY TNHH DUC UY AN THAI") read as the foundry's when "Duc" is
    followed by the brand of a foundry of the data set ("Đúc Uy An Thái"): unmarked, "Đúc" (casting) and "Đức" (a
    given name) are one word. The rest of the brand must be two words or no Vietnamese syllable, so that "Duc Son"
    stays Đức Sơn beside a foundry "Sơn"; ``records`` are the realigned records of ``feats``."""
    foundries = {f.brand for f in feats if f.brand and "casting" in f.desc.split()}
    redo = []
    for i, (r, f) in enumerate(zip(records, feats, strict=True)):
        rest = f.brand[4:] if f.brand.startswith("duc ") else ""
        if rest and rest in foundries and r.name.isascii() and (" " in rest or not VI_SYLLABLE.fullmatch(rest)):
            marked = re.sub(rf"(?i)\bduc(?=\s+{re.escape(rest.split()[0])}\b)", "Đúc", r.name, count=1)
            if marked != r.name:
                redo.append((i, replace(r, name=marked)))
    out = list(feats)
    _reread(out, redo)
    return out


def with_counts(feats: Sequence[Features]) -> list[Features]:
    """``feats`` with parks written as initials expanded (``expanded_park_initials``), slipped brands corrected
    (``corrected_brands``) and ``name_n``/``brand_n``/``bz_n`` set to how many records of this data set share the
    name / brand / brand in the same park, ``phone_firms`` / ``tax_firms`` to how many brands give the phone / the
    tax code."""
    feats = parks_without_places(expanded_park_initials(feats))
    fixes = _same_firm_fixes(corrected_brands(Counter(f.brand for f in feats if f.brand)), feats)
    if fixes:
        feats = [replace(f, brand=fixes[f.brand]) if f.brand in fixes else f for f in feats]
    if real_tax_codes(feats):
        feats = [replace(f, tax_other=True) if f.tax and not f.tax_valid else f for f in feats]
    names = Counter(f.name_sorted for f in feats)
    brands = Counter(f.brand_key for f in feats)  # "Joo Hae" and "JooHae" are one brand
    bz = Counter((f.brand_key, f.zone) for f in feats if f.brand and f.zone)
    phone_brands: dict[str, set[str]] = defaultdict(set)
    tax_brands: dict[str, set[str]] = defaultdict(set)
    for f in feats:
        if f.brand_key:
            if f.phone:
                phone_brands[f.phone].add(f.brand_key)
            if f.tax:
                tax_brands[f.tax].add(f.brand_key)
    agree = _agreement(feats, names, lambda f: f.name_sorted)
    brand_keys = Counter(f.brand_key for f in feats if len(f.brand_key) >= BRAND_AGREE_MIN_LEN)
    small = Counter({k: n for k, n in brand_keys.items() if n <= AGREE_MAX})
    brand_agree = _agreement(feats, small, lambda f: f.brand_key if f.brand_key in small else "")
    return [
        replace(
            f,
            name_n=names[f.name_sorted],
            brand_n=brands[f.brand_key],
            bz_n=bz[(f.brand_key, f.zone)] if f.brand and f.zone else 1,
            phone_firms=max(1, len(phone_brands.get(f.phone, ()))),
            tax_firms=max(1, len(tax_brands.get(f.tax, ()))),
            name_agree=agree.get(f.name_sorted, 0),
            brand_agree=brand_agree.get(f.brand_key, 0),
        )
        for f in feats
    ]


# A data set's tax codes are real ones when at least this share of its distinct codes pass the check digit (real
# lists: 0.92–0.98, the rest typos and other numbers); codes drawn at random pass it one time in eleven, and then a
# failed check says nothing.
REAL_CODES_MIN_SHARE = 0.5
REAL_CODES_MIN_N = 50


def real_tax_codes(feats: Sequence[Features]) -> bool:
    """Whether this data set's tax codes carry check digits (``REAL_CODES_MIN_SHARE``)."""
    codes = {f.tax[:10] for f in feats if f.tax}
    if len(codes) < REAL_CODES_MIN_N:
        return True
    return sum(tax_check_ok(c) for c in codes) >= REAL_CODES_MIN_SHARE * len(codes)


def _agreement(
    feats: Sequence[Features], total: Counter[str], key: Callable[[Features], str]
) -> dict[str, int]:
    """Per name (or brand: ``key``): how many of its records carry a tax code or an address (park or street), when
    at least two and at least a third of its ``total`` records do, and they all name one tax code, one park or
    street and one lot. A name whose records all point at one firm is that firm's, however many lists repeat it; a name
    whose records name two tax codes or two parks is shared by several firms."""
    seen: dict[str, list[set[str]]] = defaultdict(lambda: [set(), set(), set()])
    carriers: Counter[str] = Counter()
    kinds: dict[str, set[bool]] = defaultdict(set)
    for f in feats:
        k = key(f)
        if not k:
            continue
        kinds[k].add(f.branch)
        if not (f.tax or f.zone or f.street):
            continue
        carriers[k] += 1
        taxes, places, lots = seen[k]
        if f.tax:
            taxes.add(f.tax)
        if f.zone or f.street:
            places.add(f.zone or f.street)
        if f.lot:
            lots.add(f.lot)
    return {
        name: k
        for name, k in carriers.items()
        if k >= 2 and 3 * k >= total[name] and len(kinds[name]) == 1 and _one_firm(*seen[name])
    }


def _one_firm(taxes: set[str], places: set[str], lots: set[str]) -> bool:
    # One tax code (or codes a slip apart: "2419132054" / "2419123054"), one park or street (or one written with a
    # slip) and one lot.
    return (
        len(lots) <= 1
        and (len(taxes) <= 1 or (len(taxes) <= 3 and all(tax_slip(x, y) for x in taxes for y in taxes if x < y)))
        and (len(places) <= 1 or (len(places) <= 3 and all(same_park(x, y) for x in places for y in places if x < y)))
    )


def candidate_pairs(feats: Sequence[Features]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) that share at least one blocking key or typo key, each pair once."""
    seen: set[tuple[int, int]] = set()
    _, rows = block_columns(feats)
    groups: list[dict[str, list[int]]] = []
    for j in range(len(BLOCKING_KEYS)):
        blocks: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            if row[j] is not None:
                blocks[row[j]].append(i)
        groups.append(blocks)
    typo: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(typo_keys(feats)):
        for k in ks:
            typo[k].append(i)
    groups.append(typo)
    for blocks in groups:
        for members in blocks.values():
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    p = (members[x], members[y])
                    if p not in seen:
                        seen.add(p)
                        yield p


def resolve_features(
    feats: Sequence[Features],
    threshold: float = DEFAULT_THRESHOLD,
    comparisons: tuple[Comparison, ...] = COMPARISONS,
) -> list[int]:
    """Cluster label (an index into ``feats``) per record with the pure-Python executor."""
    links, weak = [], []
    for i, j in candidate_pairs(feats):
        weight, _ = score_pair(feats[i], feats[j], comparisons)
        p = weight_to_probability(weight)
        if p >= threshold:
            links.append((weight, i, j))
        elif p >= ATTACH_MIN_PROBABILITY:
            weak.append((weight, i, j))
    return constrained_cluster(len(feats), links, feats, weak)


# The longest cell read, in characters: registered names with a translation in brackets stay under 300, addresses
# under 250. A longer cell is pasted text; reading all of it would only cost time (names are compared in full).
MAX_CELL = 400


def _capped(rec: RawRecord) -> RawRecord:
    cells = (rec.name, rec.tax_code, rec.address, rec.phone)
    if all(len(c or "") <= MAX_CELL for c in cells):
        return rec
    return RawRecord(rec.id, *((c or "")[:MAX_CELL] for c in cells))


def branches_joined(labels: Sequence[int], feats: Sequence[Features]) -> list[int]:
    """``labels`` with each dependent branch joined to its head office: the enterprise as one legal person (one
    ten-digit tax code) rather than each registered unit.

    - Clusters of branches whose codes ("0101234567-001", "-002", or the parent's ten digits written by the branch)
      all name one parent code, and that share a brand, are one enterprise, whether or not its head office is in
      the data.
    - They join the one head-office cluster that holds that code; when none does and none of them holds a record
      of the firm itself, the one head office of their brands that holds no other valid code (the head office's
      lists left its code out).
    - A cluster of branches written without a code joins the one head office of its brand.
    Two candidates: left apart (the officer decides)."""
    n = len(labels)
    roots = cluster(n, enumerate(labels))
    branch_roots = {roots[i] for i, f in enumerate(feats) if f.branch}
    offices_by_code: dict[str, set[int]] = defaultdict(set)
    offices_by_brand: dict[str, set[int]] = defaultdict(set)
    office_codes: dict[int, set[str]] = defaultdict(set)
    codes: dict[int, set[str]] = defaultdict(set)
    brands: dict[int, set[str]] = defaultdict(set)
    with_office: set[int] = set()  # branch clusters that hold a record of the firm itself
    for i, f in enumerate(feats):
        r = roots[i]
        if r in branch_roots:
            if not f.branch:
                with_office.add(r)
            if len(f.tax) == 13 or (f.branch and len(f.tax) == 10 and f.tax_valid):
                codes[r].add(f.tax[:10])
            if f.brand_key:
                brands[r].add(f.brand_key)
        else:
            if len(f.tax) == 10 and f.tax_valid:
                offices_by_code[f.tax].add(r)
                office_codes[r].add(f.tax)
            if f.brand_key:
                offices_by_brand[f.brand_key].add(r)
    joins = []
    # Branches of one parent code and one brand ("Chi nhánh X tại A", "Chi nhánh X tại B"); not the units of a
    # group that each carry a name of their own ("Công ty Vật tư Vạn Kim - TKV", "Công ty Cơ điện Phát Quý - TKV").
    siblings: dict[str, list[int]] = defaultdict(list)
    for r in branch_roots:
        if len(codes[r]) == 1:
            parent = next(iter(codes[r]))
            targets = offices_by_code.get(parent, set())
            if len(targets) == 1:
                joins.append((r, next(iter(targets))))
            elif not targets and brands[r]:
                siblings[parent].append(r)
        elif len(codes[r]) > 1:
            targets = set().union(*(offices_by_code.get(c, set()) for c in codes[r]))
            if len(targets) == 1:
                joins.append((r, next(iter(targets))))
        elif len(brands[r]) == 1:  # written without a code: the one head office of its brand
            targets = offices_by_brand.get(next(iter(brands[r])), set())
            if len(targets) == 1:
                joins.append((r, next(iter(targets))))
    for parent, members in siblings.items():
        # the branches of one parent code that share a brand ("Gỗ Hoàng Thái Group" in both, one of them also
        # written in English) are one enterprise
        groups: list[tuple[list[int], set[str]]] = []
        for r in members:
            rs, bs, apart = [r], set(brands[r]), []
            for g_rs, g_bs in groups:
                if g_bs & bs:
                    rs, bs = rs + g_rs, bs | g_bs
                else:
                    apart.append((g_rs, g_bs))
            groups = [*apart, (rs, bs)]
        for rs, bs in groups:
            joins += [(rs[0], r) for r in rs[1:]]
            if with_office.intersection(rs):
                continue
            # no head office with the code in the data: the one of the brand whose lists left its code out
            targets = {o for b in bs for o in offices_by_brand.get(b, set()) if office_codes[o] <= {parent}}
            if len(targets) == 1:
                joins.append((rs[0], next(iter(targets))))
    return cluster(n, [*enumerate(roots), *joins])


def resolve(
    records: Sequence[RawRecord],
    engine: str = "duckdb",
    threshold: float = DEFAULT_THRESHOLD,
    branches: str = "joined",
) -> list[str]:
    """Entity label per record (the id of the cluster's first record) using ``engine``: python|duckdb|spark.
    ``branches``: "joined" (the default) joins each dependent branch to its head office (``branches_joined``): the
    enterprise as one legal person; "separate" keeps a branch with its own thirteen-digit code a unit of its own
    (docs/adr/0006-branches-joined-by-default.md)."""
    if branches not in ("separate", "joined"):
        raise ValueError(f"branches must be 'separate' or 'joined', not {branches!r}")
    realigned = [realign(_capped(r)) for r in records]
    feats = unmarked_casting(realigned, features_many(realigned, realigned=True))
    feats = with_counts(complete_cut_names(realigned, placed_in_data_set(realigned, feats)))
    comparisons = model_for(feats)
    if engine == "python":
        labels = resolve_features(feats, threshold, comparisons)
    else:
        from lienket.core.resolve.splink_engine import resolve_splink

        labels = resolve_splink(feats, engine=engine, threshold=threshold, comparisons=comparisons)
    if branches == "joined":
        labels = branches_joined(labels, feats)
    return [records[k].id for k in labels]
