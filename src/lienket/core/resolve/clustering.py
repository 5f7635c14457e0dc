"""Scored links into enterprises: connected components (``cluster``) and the union both executors use
(``constrained_cluster``): strongest links first, refusing a union that would put two parks or two tax codes in one
enterprise, then weak links attaching records left alone (``ATTACH_MIN_PROBABILITY``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from lienket.core.resolve.model import agreeing_levels, same_park, specific_desc
from lienket.core.resolve.normalise import Features
from lienket.core.resolve.tax import other_number, tax_slip

__all__ = ["ATTACH_MIN_PROBABILITY", "cluster", "constrained_cluster", "same_park"]


def cluster(n: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """Connected components of ``n`` nodes: the smallest member index labels each component."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


# A link this strong (a rare full name and the same phone, say) joins two parks: the firm moved or one list
# wrote its old park; weaker links still refuse to put two parks in one enterprise.
ZONE_OVERRIDE_BITS = 12.0
# Below this weight a link does not join two clusters whose trade words (``model.specific_desc``) share none: sister
# firms of one group share a brand, premises, a switchboard, and differ in trade (2026-12-04, 3rd session, seven
# generators at 20k: F1 +0.0007 to +0.0016 on five, -0.0008 and -0.0003 on two whose firms change trade words
# between lists).
TRADE_OVERRIDE_BITS = 8.0
# A link at least this strong (p ≥ 0.97) is not refused for a number in the tax cell that is another number (a code
# marked "?" far from every code of the other side: a park board's project code beside the firm's tax code); weaker
# links are (it may be another firm's code mistyped). Measured on 23 sets at 20k: 5 bits +0.0084 in sum (largest
# fall -0.0002), 8 bits +0.0049, every link +0.0079 with four sets -0.0004.
OTHER_NUMBER_SILENT_BITS = 5.0


# Second pass for records left alone: a link below the threshold (probability ≥ ATTACH_MIN_PROBABILITY) attaches a
# record that no link joined to anything when it is the record's only such link target (all its weak links point
# into one cluster) and carries evidence other than the name: a shared phone, lot, street or tax code (one slip
# apart), or a similar but not equal name in the same park. A name alone never attaches (namesakes in other
# parks are the common trap); one plausible firm and one more shared fact is what an officer goes by. The one
# exception is a record that gives nothing but a name (``_name_only_same_words``): no other fact can ever agree.
# 2026-12-05, nine generators at 20k: F1 +0.0003 to +0.0041 on every one (probability 0.05 lost on two, 0.5
# gained less; letting clusters of two attach as well mixed gains and losses).
ATTACH_MIN_PROBABILITY = 0.2
_ATTACH_EVIDENCE = ("phone", "lot", "street", "tax", "district", "tax_sci")
# A number or a code that many firms of the data set give is no evidence of this one.
_SHARED_KINDS = frozenset({"phone_shared", "tax_shared"})
_NAME_EQUAL = frozenset({"name_exact", "name_agree", "brand_agree", "brand_exact", "brand_zone"})


def _attachable(a: Features, b: Features) -> bool:
    """A weak link that may attach a lone record: some evidence besides the name (see ATTACH_MIN_PROBABILITY)."""
    met = agreeing_levels(a, b)
    name, zone = met.get("name"), met.get("zone")
    if name is not None and name.kind == "owner":
        # A household and a workshop on one lot or street number, the workshop holding the owner's given name:
        # neighbours as often as one firm (100k: 226 other firms' pairs to 21 one firm's between probability 0.2
        # and the threshold); only a strong link joins them.
        return False
    if any(c in met and met[c].weight > 1 and met[c].kind not in _SHARED_KINDS for c in _ATTACH_EVIDENCE):
        return True
    return (
        name is not None
        and name.kind not in _NAME_EQUAL
        and name.kind != "else"
        and zone is not None
        and zone.weight > 1
    )


def _name_only_same_words(lone: Features, other: Features) -> bool:
    """``lone`` gives nothing but a name (no tax code, phone or address: "Gia Toan JSC", "TNHH Youngsung" on a
    list of names) and ``other`` writes the same words: no other fact can ever agree, so the one firm of the data set
    with that name is the one (two firms with it are two targets: the officer decides)."""
    if lone.tax or lone.phone or lone.address_written or lone.province:
        return False
    met = agreeing_levels(lone, other)
    name = met.get("name")
    # "Loc Khang Joint Stock Company" is not "Loc Khang Private Enterprise", nor a branch its head office
    return (
        name is not None
        and name.kind in ("name_exact", "name_agree")
        and all(c not in met or met[c].weight > 0 for c in ("legal", "branch"))
    )


def _may_have_moved(a: Features, b: Features) -> bool:
    # A strong link may join two parks unless it is a branch and a firm that is not one (one switchboard, two
    # sites) or two provinces (a namesake elsewhere).
    return a.branch == b.branch and (not a.province or not b.province or a.province == b.province)


def _tax_key(f: Features) -> str:
    # A branch written with its head office's ten-digit code: the code names the parent, not this unit ("*").
    return f.tax + "*" if f.branch and len(f.tax) == 10 else f.tax


def _same_unit(x: str, y: str) -> bool:
    """Tax keys that can name one unit: a slip apart, or a branch's own code and its parent's code as written by the
    branch; never the head office's code and a branch writing that code."""
    x, y = x.rstrip("?"), y.rstrip("?")
    if x.endswith("*") or y.endswith("*"):
        if x.endswith("*") and y.endswith("*"):
            return tax_slip(x[:-1], y[:-1])
        parent, other = (x[:-1], y) if x.endswith("*") else (y[:-1], x)
        return len(other) == 13 and other[:10] == parent
    return tax_slip(x, y)


def _real_codes(ta: set[str], tb: set[str]) -> set[str]:
    """``ta`` without the codes marked "?" that are another number next to every code of ``tb``."""
    return {
        x
        for x in ta
        if not (x.endswith("?") and all(other_number(x.strip("?*"), y.strip("?*")) for y in tb))
    }


def _citizen_id(code: str) -> bool:
    return len(code.rstrip("?*")) == 12


def _codes_conflict(ta: set[str], tb: set[str], sure: bool) -> bool:
    """Two sets of codes of one kind that name different units (see ``_conflict``)."""
    if sure and ta and tb and not ta & tb:
        # A code marked "?" (``Features.tax_other``) far from every code of the other side is another number (an
        # investment certificate, a project code): for a sure link it says nothing, and the parks decide.
        ta, tb = _real_codes(ta, tb), _real_codes(tb, ta)
    if ta and tb and not ta & tb:
        return not any(_same_unit(x, y) for x in ta for y in tb)
    return False


def _conflict(
    za: set[str], zb: set[str], ta: set[str], tb: set[str], strong: bool = False, sure: bool = False
) -> bool:
    # Two tax codes more than one digit apart (or two that both pass the check digit), or two parks without a
    # shared tax code: different enterprises however similar the names. A shared tax code overrides the parks: an
    # enterprise that moved keeps its code.
    # A citizen's twelve-digit identity number (CCCD, a household owner's tax code since July 2025) and a ten- or
    # thirteen-digit tax code are two kinds of number: each is compared with its own kind only.
    ia, ib = {x for x in ta if _citizen_id(x)}, {y for y in tb if _citizen_id(y)}
    if ia or ib:
        if ia & ib:
            return False
        if _codes_conflict(ia, ib, strong or sure):
            return True
        ta, tb = ta - ia, tb - ib
    if _codes_conflict(ta, tb, strong or sure):
        return True
    if ta & tb:
        return False
    if za and zb and not za & zb and not strong:
        return not any(same_park(x, y) for x in za for y in zb)
    return False


def constrained_cluster(
    n: int,
    links: Iterable[tuple[float, int, int]],
    feats: Sequence[Features],
    weak: Iterable[tuple[float, int, int]] = (),
) -> list[int]:
    """Cluster label per record from scored links ``(weight, i, j)``, strongest first, refusing any union that
    would put two parks or two distinct tax codes in one enterprise (stops name-only records chaining twins), and a
    weak one that would join two clusters with no trade word in common. Then ``weak`` links (below the threshold)
    attach records left alone to their one plausible firm (``ATTACH_MIN_PROBABILITY``).
    """
    parent = list(range(n))
    zones = [{f.zone} if f.zone else set() for f in feats]
    taxes = [{_tax_key(f) + ("?" if f.tax_other else "")} if f.tax else set() for f in feats]
    trades = [set(specific_desc(f.desc)) for f in feats]

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for w, a, b in sorted(links, key=lambda t: (-round(t[0], 6), t[1], t[2])):
        ra, rb = find(a), find(b)
        strong = w >= ZONE_OVERRIDE_BITS and _may_have_moved(feats[a], feats[b])
        sure = w >= OTHER_NUMBER_SILENT_BITS
        if ra == rb or _conflict(zones[ra], zones[rb], taxes[ra], taxes[rb], strong, sure):
            continue
        if (
            w < TRADE_OVERRIDE_BITS
            and trades[ra]
            and trades[rb]
            and not trades[ra] & trades[rb]
            and not (feats[a].tax and feats[a].tax == feats[b].tax)  # a renamed firm keeps its tax code
        ):
            continue  # "Nhựa Hòa Phát" and "Ống thép Hòa Phát": a weak link does not join two trades
        root, child = min(ra, rb), max(ra, rb)
        parent[child] = root
        zones[root] |= zones[child]
        taxes[root] |= taxes[child]
        trades[root] |= trades[child]
    if weak:
        size = Counter(find(i) for i in range(n))
        targets: dict[int, set[int]] = defaultdict(set)
        for _, a, b in weak:
            ra, rb = find(a), find(b)
            if ra == rb or not (size[ra] == 1 or size[rb] == 1):
                continue
            evidence = _attachable(feats[a], feats[b])
            for x, y, rx, ry in ((a, b, ra, rb), (b, a, rb, ra)):
                if size[rx] == 1 and (evidence or _name_only_same_words(feats[x], feats[y])):
                    targets[x].add(ry)
        for x in sorted(targets):
            if len(targets[x]) != 1:
                continue  # two plausible firms: the officer decides (review queue)
            ra, rb = find(x), find(next(iter(targets[x])))
            if ra == rb or _conflict(zones[ra], zones[rb], taxes[ra], taxes[rb]):
                continue
            if trades[ra] and trades[rb] and not trades[ra] & trades[rb]:
                continue
            root, child = min(ra, rb), max(ra, rb)
            parent[child] = root
            zones[root] |= zones[child]
            taxes[root] |= taxes[child]
            trades[root] |= trades[child]
    return [find(i) for i in range(n)]
