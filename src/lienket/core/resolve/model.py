"""The pairwise model: one Fellegi–Sunter table of comparisons, levels and m/u probabilities.

The same table drives three executors: the pure-Python scorer here (``score_pair``, used by the web app to match
one incoming row), and Splink on DuckDB or Spark (``lienket.core.resolve.splink_engine`` builds its settings
from ``COMPARISONS``). Parameters are fixed by hand (documented in docs/resolution.md), not trained by EM, so a
run never depends on the data it sees and both Splink backends give the same weights.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from rapidfuzz.distance import JaroWinkler

from lienket.core.resolve.normalise import Features
from lienket.core.resolve.tax import other_number, tax_slip

__all__ = [
    "COMPARISONS",
    "agreeing_levels",
    "GENERIC_DESC",
    "PRIOR",
    "Comparison",
    "Level",
    "match_probability",
    "phones_agree",
    "score_pair",
    "specific_desc",
    "weight_to_probability",
    "SITE_PAIRS",
    "place_kind",
    "site_pair",
    "with_level_m",
    "with_phone_disagreement",
]

# Prior odds that two records picked at random are the same enterprise (fixed: decisions must not depend on N).
PRIOR = 1e-5


@dataclass(frozen=True)
class Level:
    """One comparison level: ``kind`` names the test (see ``_TESTS`` and the Splink builder)."""

    label: str
    kind: str
    m: float
    u: float
    threshold: float = 0.0

    @property
    def weight(self) -> float:
        """Bayes factor of this level in bits (log2 m/u)."""
        return math.log2(self.m / self.u)

    @property
    def neutral(self) -> bool:
        """m = u = 1: the level only says which values are known ("both in a park") and weighs nothing."""
        return self.m == 1 and self.u == 1


@dataclass(frozen=True)
class Comparison:
    """A comparison of one or more feature columns; the first level whose test holds applies."""

    name: str
    columns: tuple[str, ...]
    levels: tuple[Level, ...]


# Level kinds (brands always compare without spaces, ``Features.brand_key``: "Woo Seo" = "Wooseo"): "null" (either
# side unknown), "exact", "typo" (same length, ≤ threshold edits where swapping two
# neighbours counts as one, unless both tax codes pass the check digit), "jw" (Jaro–Winkler ≥ threshold),
# "phone_any" (the first or second number of one side equals one of the other's), "name_exact" (same words, at
# most threshold records of the data set carry this name), "name_agree" (same words,
# at most threshold records carry it, and those with a tax code or address — two and a third at least — all name the
# same ones), "brand_exact" (same brand, descriptors compatible, at most threshold records carry it), "brand_zone"
# (same brand in the same park, at most threshold records there), "brand_agree" (the same brand and every record of
# it with a tax code or an address points at one firm: ``AGREE_MAX``), "brand_jw" (brand similar,
# descriptors compatible), "reading" (one brand is a Vietnamese reading of the other's pinyin / Wade–Giles spelling:
# ``Features.readings``; descriptors compatible), "roman" (one East Asian name romanised two ways, ``Features.roman``;
# descriptors compatible), "brand_subset" (one brand's words all in the other's), "brand_overlap" (≥ threshold brand
# words shared), "initials" (one brand is an acronym — ``Features.acronym`` —
# starting with the other's initials, at most threshold letters more: "LLBN" for Long Linh Bắc Ninh), "owner" (one
# brand is a person's full name, ``Features.given_name``, and the other's brand, not one, holds its given name),
# "zones" (both records name a park), "landlines" / "mobiles" (both phone cells give a landline / only mobiles),
# "else".
# Name levels are split by how many records share the value (IDF): two records called "Hoàng Vĩnh" say little
# when twenty firms are called that. The split uses counts, not shares of N, so decisions hold from 3k to 1M.
# A name or brand carried by at most this many records, all of whose records with a tax code or an address point at
# one firm, is that firm's (``name_agree``, ``brand_agree``): a record giving only the name or brand ("Hogwang", a
# phone) meets them on it. 40, not 12 (2026-12-06): lists that repeat one firm fifteen or twenty times ("Chị Loan -
# cty SKD" beside thirteen registered writings) made its own name "common"; the more records agree, the stronger
# the agreement (20k: phutho +0.0031, thainguyen +0.0008, the other seventeen sets unchanged; 100k: phutho +0.0017).
AGREE_MAX = 40
COMPARISONS: tuple[Comparison, ...] = (
    Comparison(
        "tax",
        ("tax",),
        (
            Level("null", "null", 1, 1),
            # A code that six brands or more of the data set give: a group's code written for its dependent units
            # ("Công ty Kho vận X - TKV", "Xí nghiệp Y - Công ty Z" under the group's or parent's ten digits).
            # 2026-12-06: at 20k, 0-1 such codes per generator on nine generators, one with every record another
            # firm's; codes given by five brands or fewer are one firm's for 0.93-1.0 of them.
            Level("exact, a code six firms or more give", "tax_shared", 0.001, 1e-4, 6),
            Level("exact", "exact", 0.86, 2e-9),
            Level("one digit differs or two swapped", "typo", 0.10, 1e-5, 1),
            Level("another number in the cell", "other_number", 0.01, 0.02),
            Level("different", "else", 0.04, 1.0),
        ),
    ),
    Comparison(
        "tax_sci",
        ("tax_sci",),
        (
            # A code Excel showed in scientific notation ("4.00155E+09") against a code or another such cell: the
            # six digits it keeps, rounded, and the length. Two full codes are the tax comparison's. Codes are
            # given in sequence, so firms registered in the same weeks share the six digits: it is no blocking key,
            # and among candidate pairs (2026-12-06, five generators with such cells) it was equal for 0.97 of
            # true pairs with both known and 0.004-0.009 of the others.
            Level("null", "null", 1, 1),
            Level("both codes known", "codes", 1, 1),
            Level("same six digits", "exact", 0.97, 0.006),
            Level("different", "else", 0.03, 0.99),
        ),
    ),
    Comparison(
        "name",
        ("name_sorted", "brand", "desc", "name_key"),
        (
            Level("null", "null", 1, 1),
            Level("same words, rare name", "name_exact", 0.55, 5e-7, 3),
            Level("same words, every record of the name points at one firm", "name_agree", 0.55, 5e-7, AGREE_MAX),
            Level("same brand, every record of the brand points at one firm", "brand_agree", 0.5, 4e-7),
            Level("same words", "name_exact", 0.55, 4e-6, 8),
            Level("same brand in the same park, few there", "brand_zone", 0.3, 5e-6, 3),
            Level("same words, common name", "name_exact", 0.55, 3e-5, 1e9),
            Level("same brand, unique brand", "brand_exact", 0.25, 5e-7, 2),
            Level("same brand, rare brand", "brand_exact", 0.25, 1e-5, 4),
            Level("same brand", "brand_exact", 0.25, 8e-5, 1e9),
            Level("similar brand", "brand_jw", 0.08, 1e-4, 0.9),
            Level("the brand read in Hán-Việt", "reading", 0.05, 5e-5),
            Level("the brand in another romanisation", "roman", 0.05, 3e-5),
            Level("brand inside the other", "brand_subset", 0.05, 5e-4),
            Level("brand shares two words", "brand_overlap", 0.03, 1e-3, 2),
            Level("initials of the other's brand", "initials", 0.03, 3e-3, 2),
            # "Hộ kinh doanh Chu Ngọc Dung" / "Cơ sở đúc Dung": a household registered under its owner's name and
            # known by a trade and the given name. 2026-12-07, 20k: the level holds for 0.012 (phutho) and 0.022
            # (cantho) of true pairs, ~0 elsewhere, and for 0.0004-0.0018 of random pairs; with the same phone,
            # 913 true and 2 false candidate pairs over six sets.
            Level("the owner's given name in the other's brand", "owner", 0.01, 1.5e-3),
            Level("similar name", "jw", 0.02, 3e-3, 0.9),
            # "HỘ KINH DOANH HUỲNH VĂN THIỆN" / "Hộ kinh doanh Linh Tân": a household by its owner in one list, by its
            # trade name in another (neither a branch, the trade name without a legal form); weaker against a match
            # than two different names, so the address or the phone decides. 2026-12-08, 20k: eleven sets up to
            # +0.0004, five down to -0.0003 (dongthap, laocai); u 0.01 (no penalty at all) lost 0.0004 in sum.
            Level("an owner beside a household's trade name", "person_trade", 0.01, 0.05),
            Level("different", "else", 0.02, 1.0),
        ),
    ),
    Comparison(
        "legal",
        ("legal",),
        (
            # TNHH vs CP: a registered legal form is part of the name; conversions are rare.
            Level("null", "null", 1, 1),
            Level("exact", "exact", 0.95, 0.4),
            Level("different", "else", 0.05, 0.6),
        ),
    ),
    Comparison(
        "branch",
        ("branch",),
        (
            # A dependent branch (chi nhánh, 13-digit code) and a firm that is not one are seldom one record's two
            # writings (1–2 % of true pairs among the candidates, 3–15 % of the other candidate pairs).
            Level("both or neither a branch", "exact", 0.985, 0.9),
            Level("one is a branch", "else", 0.015, 0.1),
        ),
    ),
    Comparison(
        "phone",
        ("phone",),
        (
            # 2026-12-04 (3rd session), candidate pairs with both phones, seven generators: a landline and a
            # mobile differ for 0.82-0.99 of true pairs that carry one of each (a person's mobile, the firm's
            # switchboard), two landlines for 0.00-0.07, two mobiles for 0.00-0.30; the batch engine reads each
            # from the data.
            Level("null", "null", 1, 1),
            # A number that many firms of the data set give (an accounting-service office, a park's or a cluster
            # centre's hotline, an environmental consultant): 2026-12-06, candidate pairs on numbers given by nine
            # brands or more, four generators: 0.3-1.5 % of true pairs, ~1.5e-4 of all other pairs.
            Level("exact, a number nine firms or more give", "phone_shared", 0.005, 1.5e-4, 9),
            Level("exact", "phone_any", 0.8, 1e-6),
            Level("two landlines differ", "landlines", 0.05, 0.95),
            Level("two mobiles differ", "mobiles", 0.2, 0.97),
            Level("different", "else", 0.8, 1.0),
        ),
    ),
    Comparison(
        "zone",
        ("zone",),
        (
            Level("null", "null", 1, 1),
            Level("exact", "exact", 0.93, 0.05),
            # a slip, or one name the start of the other ("Đại An" / "Đại An mở rộng"): ``same_park``
            Level("similar", "zone_similar", 0.04, 0.01, 0.9),
            Level("different", "else", 0.03, 0.94),
        ),
    ),
    Comparison(
        "lot",
        ("lot",),
        (
            Level("null", "null", 1, 1),
            Level("exact", "exact", 0.95, 0.003),
            Level("different", "else", 0.05, 0.997),
        ),
    ),
    Comparison(
        "street",
        ("street",),
        (
            Level("null", "null", 1, 1),
            Level("exact", "exact", 0.8, 1e-4),
            Level("different", "else", 0.2, 1.0),
        ),
    ),
    Comparison(
        "site",
        ("zone",),
        (
            # Two records at different kinds of place (``place_kind``): one in a park (a lot of a KCN or CCN) and the
            # other at a street address outside any park, or in a village. A firm's head office in town and its
            # plant in a park are one firm, but most such pairs are two firms. 2026-12-07, candidate pairs with
            # both places known, 20k: park / street holds for 0.00-0.07 of true pairs and 0.06-0.48 of the others
            # (sixteen generators); park / village 0.00-0.04 and 0.00-0.17, street / village 0.00-0.003 and
            # 0.00-0.25 (twelve). How often a firm is written two ways depends on the lists, so the batch engine
            # reads each m from the data (``estimates.site_shares``).
            Level("one in a park, the other at a street address", "park_street", 0.05, 0.25),
            Level("one in a park, the other in a village", "park_village", 0.05, 0.08),
            Level("one at a street address, the other in a village", "street_village", 0.05, 0.05),
            Level("else", "else", 1, 1),
        ),
    ),
    Comparison(
        "hamlet",
        ("hamlet",),
        (
            # Both addresses name a village or quarter below the commune (2026-12-04, candidate pairs in one
            # province of six generators: equal for 0.85–1.0 of true pairs, 0.05–0.4 of the others).
            # "Xóm 3, thôn Nam" against "thôn Nam" or "Xóm 3" agrees, against "xóm 3, thôn Bắc" or "xóm 5, thôn Nam"
            # it does not (``hamlets_agree``); the village and its group both equal is the stronger level.
            Level("null", "null", 1, 1),
            Level("same village and number", "hamlet_full", 0.3, 0.05),
            Level("exact", "hamlet", 0.6, 0.25),
            Level("different", "else", 0.1, 0.7),
        ),
    ),
    Comparison(
        "commune",
        ("commune",),
        (
            # The current commune code (old ward names mapped): for two records in one park it repeats the park
            # (equal for 0.49-0.80 of other candidate pairs there), so it counts only when one side names no park.
            # 2026-12-04 (3rd session), candidate pairs with both communes known and a park on at most one side,
            # six generators: equal for 0.77-1.0 of true pairs, 0.01-0.47 of the others.
            Level("null", "null", 1, 1),
            Level("both in a park", "zones", 1, 1),
            Level("exact", "exact", 0.85, 0.15),
            Level("different", "else", 0.15, 0.85),
        ),
    ),
    Comparison(
        "district",
        ("district",),
        (
            # The pre-2025 district, for records whose communes are not both known ("Việt Yên, Bắc Giang" and "xã
            # Vân Trung, thị xã Việt Yên"; "Phương Liễu, Quế Võ, BN"): with both communes known the commune
            # decides, and two records in parks repeat the park.
            Level("null", "null", 1, 1),
            Level("both in a park", "zones", 1, 1),
            Level("both communes known", "communes", 1, 1),
            Level("same district", "overlap", 0.88, 0.12),
            Level("different", "else", 0.12, 0.88),
        ),
    ),
    Comparison(
        "province",
        ("province",),
        (
            Level("null", "null", 1, 1),
            Level("exact", "exact", 0.96, 0.3),
            Level("different", "else", 0.04, 0.7),
        ),
    ),
)


def _jw(a: str, b: str) -> float:
    return JaroWinkler.similarity(a, b)


# Descriptors any firm may add or drop from one list to the next ("SX TM DV", "Technology"): they never tell two
# firms apart. The specific ones (plastic, steel, zipper...) do.
GENERIC_DESC = frozenset(
    "manufacturing trading services import export investment technology technical industrial group "
    "construction development systems international global solutions repair".split()
)


def specific_desc(desc: str) -> list[str]:
    """The descriptors of ``desc`` that name a trade (sorted), without the generic ones."""
    return sorted(set(desc.split()) - GENERIC_DESC)


def same_park(x: str, y: str, threshold: float = 0.9) -> bool:
    """One park written twice: equal, a slip apart ("tieen son": Jaro–Winkler ≥ ``threshold``), or one name the
    start of the other ("Đại An" / "Đại An mở rộng")."""
    return x == y or _jw(x, y) >= threshold or x.startswith(y + " ") or y.startswith(x + " ")


def _desc_ok(a: Features, b: Features) -> bool:
    """Descriptors compatible: either side names no specific trade, or both share one ("plastic packaging" and
    "packaging" agree; "plastic" and "steel" — sister firms of one group — do not)."""
    if a.desc == b.desc:
        return True
    sa, sb = specific_desc(a.desc), specific_desc(b.desc)
    return not sa or not sb or bool(set(sa) & set(sb))


def hamlets_agree(x: str, y: str) -> bool:
    """Two hamlets (``address.hamlet_of``, "VILLAGE#GROUP") that may be one: the same village and group; or, where one
    side gives a single part, that part is the other's village or group ("Xóm 3" / "Xóm 3, thôn Nam")."""
    vx, _, gx = x.partition("#")
    vy, _, gy = y.partition("#")
    if gx and gy:
        return x == y
    if gx:
        return vy in (vx, gx)
    if gy:
        return vx in (vy, gy)
    return vx == vy


def phones_agree(a: Features, b: Features) -> bool:
    """Any number of one phone cell equals any of the other's (both known)."""
    x, y = a.phone, b.phone
    return x == y or (bool(b.phone2) and x == b.phone2) or (bool(a.phone2) and a.phone2 in (y, b.phone2))


def _initials_of(acronym: str, initials: str, extra: float) -> bool:
    return (
        bool(acronym)
        and bool(initials)
        and acronym.startswith(initials)
        and len(acronym) - len(initials) <= extra
    )


def place_kind(f: Features) -> str:
    """The kind of place a record gives: "park", "street" (a street address outside any park), "village" (a village
    or quarter and no street), or ""."""
    if f.zone:
        return "park"
    if f.street and not f.hamlet:
        return "street"
    if f.hamlet and not f.street:
        return "village"
    return ""


# The site comparison's levels: two kinds of place.
SITE_PAIRS = {
    "park_street": frozenset({"park", "street"}),
    "park_village": frozenset({"park", "village"}),
    "street_village": frozenset({"street", "village"}),
}


def site_pair(a: Features, b: Features) -> str:
    """The ``SITE_PAIRS`` level of two records at different kinds of place, or ""."""
    kinds = {place_kind(a), place_kind(b)}
    return next((kind for kind, pair in SITE_PAIRS.items() if kinds == pair), "")


def _test(kind: str, threshold: float, cols: tuple[str, ...], a: Features, b: Features) -> bool:
    col = cols[0]
    x, y = getattr(a, col), getattr(b, col)
    if kind == "null":
        return not x or not y
    if kind == "exact":
        return x == y
    if kind == "zones":
        return bool(a.zone) and bool(b.zone)
    if kind == "codes":
        return bool(a.tax) and bool(b.tax)
    if kind == "communes":
        return bool(a.commune) and bool(b.commune)
    if kind == "overlap":
        return bool(set(x.split("|")) & set(y.split("|")))
    if kind == "hamlet":
        return hamlets_agree(x, y)
    if kind == "hamlet_full":
        return x == y and not x.endswith("#")
    if kind == "landlines":
        return "L" in a.phone_kind and "L" in b.phone_kind
    if kind == "mobiles":
        return a.phone_kind == "M" and b.phone_kind == "M"
    if kind == "typo":
        return tax_slip(x, y, int(threshold))
    if kind == "other_number":
        return (a.tax_other or b.tax_other) and other_number(x, y)
    if kind == "phone_any":
        return phones_agree(a, b)
    if kind == "tax_shared":
        return x == y and max(a.tax_firms, b.tax_firms) >= threshold
    if kind == "phone_shared":
        return phones_agree(a, b) and max(a.phone_firms, b.phone_firms) >= threshold
    if kind == "name_exact":
        return x == y and a.brand_key == b.brand_key and a.name_n <= threshold
    if kind == "name_agree":
        return x == y and a.brand_key == b.brand_key and a.name_n <= threshold and a.name_agree > 0
    if kind == "jw":
        last = getattr(a, cols[-1]), getattr(b, cols[-1])
        return _jw(*last) >= threshold
    if kind == "zone_similar":
        return same_park(x, y, threshold)
    if kind == "brand_exact":
        return bool(a.brand) and a.brand_key == b.brand_key and _desc_ok(a, b) and a.brand_n <= threshold
    if kind == "brand_zone":
        return (
            bool(a.brand)
            and a.brand_key == b.brand_key
            and bool(a.zone)
            and a.zone == b.zone
            and _desc_ok(a, b)
            and a.bz_n <= threshold
        )
    if kind == "brand_agree":
        return a.brand_agree > 0 and a.brand_key == b.brand_key and _desc_ok(a, b)
    if kind == "brand_jw":
        # Romanised names are written with or without spaces ("Lian Yuan" / "Lienyuan"): the better of the two.
        similar = max(_jw(a.brand, b.brand), _jw(a.brand_key, b.brand_key))
        return bool(a.brand) and bool(b.brand) and similar >= threshold and _desc_ok(a, b)
    if kind == "reading":  # "Yongfa" / "Vĩnh Phát": one side's romanised brand read the Vietnamese way
        return (b.brand_key in a.readings or a.brand_key in b.readings) and _desc_ok(a, b)
    if kind == "roman":  # "Gyeongjin" / "Kyeongchin": one East Asian name romanised two ways
        return bool(a.roman) and a.roman == b.roman and _desc_ok(a, b)
    if kind == "brand_subset":
        ta, tb = set(a.brand.split()), set(b.brand.split())
        return bool(ta) and bool(tb) and (ta <= tb or tb <= ta) and _desc_ok(a, b)
    if kind == "initials":  # "PTSE" for Phát Thuận Sinh (Engineering): at most threshold letters more
        return _initials_of(a.acronym, b.initials, threshold) or _initials_of(
            b.acronym, a.initials, threshold
        )
    if kind == "brand_overlap":
        return len(set(a.brand.split()) & set(b.brand.split())) >= threshold
    if kind == "person_trade":
        ga, gb = a.given_name, b.given_name
        return (
            bool(ga) != bool(gb)
            and not a.branch
            and not b.branch
            and not (b.legal if ga else a.legal)
            and bool(b.brand if ga else a.brand)
        )
    if kind == "owner":
        ga, gb = a.given_name, b.given_name
        return bool(ga) != bool(gb) and (ga in b.brand.split() if ga else gb in a.brand.split())
    if kind in SITE_PAIRS:
        return site_pair(a, b) == kind
    if kind == "else":
        return True
    raise ValueError(f"unknown level kind {kind!r}")


def with_level_m(comparisons: tuple[Comparison, ...], kind: str, m: float) -> tuple[Comparison, ...]:
    """``comparisons`` with the m probability of every level of ``kind`` set to ``m``."""
    return tuple(
        replace(comp, levels=tuple(replace(lv, m=m) if lv.kind == kind else lv for lv in comp.levels))
        for comp in comparisons
    )


_Scorer = Callable[[Features, Features], tuple[float, list[str]]]


def with_phone_disagreement(
    m: float | Mapping[str, float], comparisons: tuple[Comparison, ...] = COMPARISONS
) -> tuple[Comparison, ...]:
    """``comparisons`` with the share of true pairs whose phones differ set to ``m``: one share for every kind of
    pair, or one per level kind (``"landlines"``, ``"mobiles"``, ``"else"`` for a landline and a mobile, and
    ``"all"``: 1 − all is the share that agree). Kinds not given keep the model's value.

    Lists differ: a registry or a buyer's list keeps one number per firm (m ≈ 0), a survey gives the mobile of
    whoever filled the form (m ≈ 0.5). The batch engine estimates ``m`` from the data
    (``estimates.phone_disagreement``).
    """
    shares = {"all": m, "landlines": m, "mobiles": m, "else": m} if isinstance(m, (int, float)) else dict(m)
    out = []
    for comp in comparisons:
        if comp.name == "phone":
            levels = []
            for lv in comp.levels:
                if lv.kind == "phone_any" and "all" in shares:
                    lv = replace(lv, m=1 - shares["all"])
                elif lv.kind in shares:
                    lv = replace(lv, m=shares[lv.kind])
                levels.append(lv)
            comp = replace(comp, levels=tuple(levels))
        out.append(comp)
    return tuple(out)


def _tells(level: Level) -> bool:
    """Whether a level is evidence worth naming: not unknown, and not the site comparison's "else" (m = u = 1)."""
    return level.kind != "null" and not (level.kind == "else" and level.neutral)


def agreeing_levels(
    a: Features, b: Features, comparisons: tuple[Comparison, ...] = COMPARISONS
) -> dict[str, Level]:
    """The level each comparison puts ``a`` and ``b`` at (comparison name → level), null levels left out."""
    out = {}
    for comp in comparisons:
        for level in comp.levels:
            if _test(level.kind, level.threshold, comp.columns, a, b):
                if _tells(level):
                    out[comp.name] = level
                break
    return out


def score_pair(
    a: Features, b: Features, comparisons: tuple[Comparison, ...] = COMPARISONS
) -> tuple[float, list[str]]:
    """Match weight in bits (prior included) of two records and the reasons (``"name: same brand"``, ...)."""
    total = math.log2(PRIOR / (1 - PRIOR))
    reasons: list[str] = []
    for comp in comparisons:
        for level in comp.levels:
            if _test(level.kind, level.threshold, comp.columns, a, b):
                if _tells(level):
                    total += level.weight
                    reasons.append(f"{comp.name}: {level.label}")
                break
    return total, reasons


def weight_to_probability(weight: float) -> float:
    """Probability of a match weight in bits."""
    if weight > 60:
        return 1.0
    odds = 2.0**weight
    return odds / (1 + odds)


def match_probability(a: Features, b: Features) -> float:
    """Probability that ``a`` and ``b`` are the same enterprise under the model."""
    return weight_to_probability(score_pair(a, b)[0])
