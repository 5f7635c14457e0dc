"""Supply network analytics: localization rate (nội địa hóa), import-disruption scenarios, supply gaps.

Pure Python, no Django. A :class:`Network` is firms plus buyers' demand lines; each demand line says which
origins (a registered firm, or ``import:<ISO country>``) supply which share of it. Formulas are written out in
``docs/analytics.md``; this module is the reference implementation that the CLI contract
(``lienket scenario``) and the officer pages share.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from lienket.core.text import fold

IMPORT_PREFIX = "import:"
DOMESTIC_COUNTRY = "VN"
WEEKS_PER_YEAR = 52
# Shares of a line may differ from 1 by this much before we warn (floating-point noise in exported data).
SHARE_SUM_TOLERANCE = 1e-6
# Far beyond any real amount or horizon; keeps every sum and product finite (no inf in RESULT.json).
MAX_VALUE = 1e250
MAX_WEEKS = 1e6
_NUMERIC_STR_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


class NetworkError(ValueError):
    """Invalid network data; the message names the place (``demand[3].annual_value``) and the problem."""


# ------------------------------------------------------------------------------------------------------------
# Model
# ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Firm:
    """A registered firm (doanh nghiệp): a supplier, a buyer, or both.

    ``province_key`` is the province folded and trimmed (``'Bắc Ninh'`` = ``'bac ninh'``); ``''`` means unknown.
    """

    id: str
    province: str = ""
    country: str = ""
    zone: str = ""
    name: str = ""

    province_key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Cached: compared once per source of every line, so folding it each time dominated large runs.
        object.__setattr__(self, "province_key", province_key(self.province))


@dataclass(frozen=True)
class Source:
    """One origin of a demand line and the share of the line it supplies (0–1).

    ``import_country`` is the ISO country of an ``import:XX`` origin (upper-case, trimmed), else ``None``.
    """

    origin: str
    share: float

    import_country: str | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # The ISO country of an ``import:XX`` origin (upper-case, trimmed), else None; cached for speed.
        country = None
        if self.origin[: len(IMPORT_PREFIX)].lower() == IMPORT_PREFIX:
            country = normalize_country(self.origin[len(IMPORT_PREFIX) :])
        object.__setattr__(self, "import_country", country)

    @property
    def is_import(self) -> bool:
        """True for an ``import:XX`` origin."""
        return self.import_country is not None


@dataclass(frozen=True)
class DemandLine:
    """A buyer's yearly demand for one input product (nhu cầu đầu vào) and where it comes from."""

    buyer: str
    product: str
    annual_value: float
    cover_days: float = 0.0
    sources: tuple[Source, ...] = ()
    year: int | None = None
    sector: str = ""
    index: int = 0

    @property
    def share_sum(self) -> float:
        """Sum of the line's source shares (should be 1)."""
        return math.fsum(s.share for s in self.sources)


@dataclass
class Network:
    """Firms by id plus demand lines; ``warnings`` holds what the loader tolerated.

    ``raw_ids`` maps an id to the JSON value it was read from when that was not a string (``7`` → ``"7"``),
    so outputs can give ids back in the type they came in.
    """

    firms: dict[str, Firm] = field(default_factory=dict)
    demand: list[DemandLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    raw_ids: dict[str, object] = field(default_factory=dict)

    def firm(self, firm_id: str) -> Firm | None:
        """The firm with this id, or ``None``."""
        return self.firms.get(firm_id)


@dataclass(frozen=True)
class ScenarioSpec:
    """What stops and for how long: origin countries, named supplier firms, whole zones; ``weeks`` ≥ 0."""

    stop_countries: frozenset[str] = frozenset()
    stop_firms: frozenset[str] = frozenset()
    stop_zones: frozenset[str] = frozenset()
    weeks: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "stop_countries", frozenset(normalize_country(c) for c in self.stop_countries)
        )
        object.__setattr__(self, "stop_firms", frozenset(str(f).strip() for f in self.stop_firms))
        object.__setattr__(self, "stop_zones", frozenset(str(z).strip() for z in self.stop_zones))
        w = self.weeks
        if (
            isinstance(w, bool)
            or not isinstance(w, int | float)
            or not math.isfinite(w)
            or not 0 <= w <= MAX_WEEKS
        ):
            raise NetworkError(f"weeks must be a number between 0 and {MAX_WEEKS:g}, got {w!r}")


@dataclass(frozen=True)
class Substitute:
    """A possible local replacement supplier for an affected line (from matching)."""

    firm_id: str
    name: str = ""
    province: str = ""
    capacity: float | None = None
    score: float | None = None


@dataclass(frozen=True)
class LineImpact:
    """Effect of a scenario on one demand line."""

    index: int
    buyer: str
    product: str
    annual_value: float
    cover_days: float
    lost_share: float
    shortage_weeks: float
    value_at_risk: float
    value_at_risk_per_week: float
    first_short_week: int | None
    stopped_origins: tuple[str, ...] = ()
    substitutes: tuple[Substitute, ...] = ()

    @property
    def affected(self) -> bool:
        """True when the line runs short inside the scenario window."""
        return self.first_short_week is not None


@dataclass(frozen=True)
class BuyerImpact:
    """Per-buyer aggregate of affected lines."""

    id: str
    value_at_risk: float
    value_at_risk_per_week: float
    first_short_week: int | None
    lines: int
    products: tuple[str, ...]


@dataclass(frozen=True)
class ProductImpact:
    """Per-product aggregate of affected lines."""

    product: str
    value_at_risk: float
    value_at_risk_per_week: float
    first_short_week: int | None
    buyers: int


@dataclass(frozen=True)
class ScenarioResult:
    """Everything a scenario produces; ``buyers``/``products`` hold only value_at_risk > 0, sorted."""

    spec: ScenarioSpec
    lines: tuple[LineImpact, ...]
    value_at_risk: float
    value_at_risk_per_week: float
    buyers: tuple[BuyerImpact, ...]
    products: tuple[ProductImpact, ...]
    priority: tuple[LineImpact, ...]
    warnings: tuple[str, ...] = ()

    @property
    def affected_lines(self) -> tuple[LineImpact, ...]:
        """Lines that run short inside the window."""
        return tuple(li for li in self.lines if li.affected)


@dataclass(frozen=True)
class LocalizationScope:
    """Which demand lines a localization rate covers; ``None`` means no filter on that field."""

    province: str | None = None
    sector: str | None = None
    product: str | None = None
    buyer: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class LocalizationResult:
    """Localization rate: value supplied in the buyer's province / in Vietnam ÷ total demand value."""

    in_province: float
    in_vietnam: float
    total_value: float
    province_value: float
    vietnam_value: float
    imported_value: float
    lines: int
    by_year: dict[int, LocalizationResult] = field(default_factory=dict)


@dataclass(frozen=True)
class SupplyGap:
    """A product whose demand is imported or unmet: a candidate for investment attraction."""

    product: str
    imported_value: float
    unmet_value: float
    gap_value: float
    total_value: float
    buyers: int
    weight: float
    score: float
    buyer_ids: tuple[str, ...] = ()


# ------------------------------------------------------------------------------------------------------------
# Normalisation helpers
# ------------------------------------------------------------------------------------------------------------


def normalize_country(code: object) -> str:
    """ISO country code trimmed and upper-cased (``' cn'`` → ``'CN'``); ``None`` → ``''``."""
    if code is None:
        return ""
    return str(code).strip().upper()


def province_key(province: object) -> str:
    """Key to compare provinces: folded diacritics, lower case, single spaces; ``None`` → ``''``."""
    if province is None:
        return ""
    return fold(str(province))


def parse_stop_list(text: str | None) -> tuple[frozenset[str], list[str]]:
    """Parse ``'CN, kr'`` into ``{'CN', 'KR'}``; returns (codes, warnings). Empty entries are dropped.

    ``import:CN`` is accepted as ``CN``. Codes that are not two letters are kept but warned about.
    """
    codes: set[str] = set()
    warnings: list[str] = []
    for raw in re.split(r"[,;\s]+", text or ""):
        code = raw.strip()
        if code[: len(IMPORT_PREFIX)].lower() == IMPORT_PREFIX:
            code = code[len(IMPORT_PREFIX) :]
        code = normalize_country(code)
        if not code:
            continue
        if not re.fullmatch(r"[A-Z]{2}", code):
            warnings.append(f"--stop: {code!r} is not a two-letter ISO 3166 code; it matches only exactly")
        codes.add(code)
    if not codes:
        warnings.append("--stop is empty: nothing is stopped, value at risk is 0")
    return frozenset(codes), warnings


# ------------------------------------------------------------------------------------------------------------
# Loading NETWORK.json
# ------------------------------------------------------------------------------------------------------------


def _number(value: object, where: str, *, minimum: float = 0.0, maximum: float = MAX_VALUE) -> float:
    """A finite number ≥ ``minimum`` (numeric strings such as ``"1200.5"`` accepted), else NetworkError."""
    num: float | None = None
    if isinstance(value, bool):
        num = None  # JSON true/false is not a quantity
    elif isinstance(value, int | float):
        num = float(value)
    elif isinstance(value, str) and _NUMERIC_STR_RE.match(value.strip()):
        num = float(value.strip())
    if num is None:
        raise NetworkError(f"{where}: must be a number, got {value!r}")
    if not math.isfinite(num):
        raise NetworkError(f"{where}: must be a finite number, got {value!r}")
    if num < minimum:
        raise NetworkError(f"{where}: must be ≥ {minimum:g}, got {value!r}")
    if num > maximum:
        raise NetworkError(f"{where}: must be ≤ {maximum:g}, got {value!r}")
    return num


def _ident(value: object, where: str) -> str:
    """An id: a non-empty string or an integer, trimmed."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise NetworkError(f"{where}: must be a string id, got {value!r}")
    text = str(value).strip()
    if not text:
        raise NetworkError(f"{where}: must not be empty")
    return text


def _text(value: object, where: str) -> str:
    """Optional text field: ``None`` → ``''``; numbers become strings; lists/objects are errors."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise NetworkError(f"{where}: must be text, got {value!r}")
    return str(value).strip()


def network_from_dict(data: object, *, source: str = "network") -> Network:
    """Build a :class:`Network` from parsed NETWORK.json, validating every field.

    Raises :class:`NetworkError` naming ``source`` and the JSON path (``demand[3].sources[0].share``) for
    errors; tolerated oddities (unknown firms, shares not summing to 1, ...) go to ``Network.warnings``.
    """
    if not isinstance(data, dict):
        raise NetworkError(f"{source}: the top level must be a JSON object with 'firms' and 'demand'")
    if "demand" not in data:
        raise NetworkError(f"{source}: missing 'demand' (a list of demand lines)")
    firms_raw = data.get("firms")
    if firms_raw is None:
        firms_raw = []
    if not isinstance(firms_raw, list):
        raise NetworkError(f"{source}: firms: must be a list")
    demand_raw = data["demand"]
    if demand_raw is None:
        demand_raw = []
    if not isinstance(demand_raw, list):
        raise NetworkError(f"{source}: demand: must be a list")

    net = Network()
    warn = net.warnings
    for i, raw in enumerate(firms_raw):
        where = f"{source}: firms[{i}]"
        if not isinstance(raw, dict):
            raise NetworkError(f"{where}: must be an object with 'id', 'province', 'country'")
        fid = _ident(raw.get("id"), f"{where}.id")
        firm = Firm(
            id=fid,
            province=_text(raw.get("province"), f"{where}.province"),
            country=normalize_country(_text(raw.get("country"), f"{where}.country")),
            zone=_text(raw.get("zone"), f"{where}.zone"),
            name=_text(raw.get("name"), f"{where}.name"),
        )
        if fid in net.firms:
            if net.firms[fid] != firm:
                warn.append(
                    f"{where}: duplicate firm id {fid!r} with different data; the first entry is kept"
                )
            continue
        net.firms[fid] = firm

    for i, raw in enumerate(demand_raw):
        where = f"{source}: demand[{i}]"
        if not isinstance(raw, dict):
            raise NetworkError(
                f"{where}: must be an object with 'buyer', 'product', 'annual_value', 'sources'"
            )
        buyer = _ident(raw.get("buyer"), f"{where}.buyer")
        if not isinstance(raw.get("buyer"), str):
            net.raw_ids.setdefault(buyer, raw.get("buyer"))
        if "annual_value" not in raw:
            raise NetworkError(f"{where}.annual_value: missing")
        annual_value = _number(raw.get("annual_value"), f"{where}.annual_value")
        cover_raw = raw.get("cover_days")
        cover_days = 0.0 if cover_raw is None else _number(cover_raw, f"{where}.cover_days")
        year_raw = raw.get("year")
        year = None if year_raw is None else int(_number(year_raw, f"{where}.year"))
        sources_raw = raw.get("sources")
        if sources_raw is None:
            sources_raw = []
        if not isinstance(sources_raw, list):
            raise NetworkError(f"{where}.sources: must be a list of {{'origin', 'share'}}")
        sources: list[Source] = []
        for j, sraw in enumerate(sources_raw):
            swhere = f"{where}.sources[{j}]"
            if not isinstance(sraw, dict):
                raise NetworkError(f"{swhere}: must be an object with 'origin' and 'share'")
            origin = _ident(sraw.get("origin"), f"{swhere}.origin")
            if "share" not in sraw or sraw.get("share") is None:
                raise NetworkError(f"{swhere}.share: missing")
            # A share above 1 is almost always a percentage (60 for 60%); refuse rather than guess.
            share = _number(sraw.get("share"), f"{swhere}.share", maximum=1.0 + SHARE_SUM_TOLERANCE)
            src = Source(origin=origin, share=share)
            country = src.import_country
            if country is not None:
                if not country:
                    warn.append(f"{swhere}.origin: {origin!r} names no country; it is never stopped")
                src = Source(origin=f"{IMPORT_PREFIX}{country}", share=share)
            elif origin not in net.firms:
                warn.append(
                    f"{swhere}.origin: firm {origin!r} is not in 'firms'; treated as unknown "
                    "(never stopped by country, never local)"
                )
            sources.append(src)
        line = DemandLine(
            buyer=buyer,
            product=_text(raw.get("product"), f"{where}.product"),
            annual_value=annual_value,
            cover_days=cover_days,
            sources=tuple(sources),
            year=year,
            sector=_text(raw.get("sector"), f"{where}.sector"),
            index=i,
        )
        if abs(line.share_sum - 1.0) > SHARE_SUM_TOLERANCE:
            warn.append(f"{where}: shares sum to {line.share_sum:.6g}, not 1; used as given (not rescaled)")
        if buyer not in net.firms:
            warn.append(
                f"{where}.buyer: {buyer!r} is not in 'firms'; its province is unknown (local share 0)"
            )
        net.demand.append(line)
    return net


# ------------------------------------------------------------------------------------------------------------
# Scenario
# ------------------------------------------------------------------------------------------------------------


def is_stopped(network: Network, source: Source, spec: ScenarioSpec) -> bool:
    """True when ``source`` is cut by ``spec``: an import from a stopped country, or a firm that is stopped by
    its country, its id or its zone. Firms missing from the network are never stopped by country or zone."""
    country = source.import_country
    if country is not None:
        return bool(country) and country in spec.stop_countries
    if source.origin in spec.stop_firms:
        return True
    firm = network.firms.get(source.origin)
    if firm is None:
        return False
    return (bool(firm.country) and firm.country in spec.stop_countries) or (
        bool(firm.zone) and firm.zone in spec.stop_zones
    )


def line_impact(network: Network, line: DemandLine, spec: ScenarioSpec) -> LineImpact:
    """Apply the scenario formulas to one line (see docs/analytics.md).

    lost_share = Σ stopped shares; shortage_weeks = max(0, W − cover_days/7);
    value_at_risk = annual_value/52 × lost_share × shortage_weeks;
    first_short_week = floor(cover_days/7) + 1 when lost_share > 0 and shortage_weeks > 0.
    """
    stopped = [s for s in line.sources if is_stopped(network, s, spec)]
    lost_share = math.fsum(s.share for s in stopped)
    shortage_weeks = max(0.0, spec.weeks - line.cover_days / 7)
    per_week = line.annual_value / WEEKS_PER_YEAR * lost_share
    value_at_risk = line.annual_value / WEEKS_PER_YEAR * lost_share * shortage_weeks
    first = math.floor(line.cover_days / 7) + 1 if lost_share > 0 and shortage_weeks > 0 else None
    return LineImpact(
        index=line.index,
        buyer=line.buyer,
        product=line.product,
        annual_value=line.annual_value,
        cover_days=line.cover_days,
        lost_share=lost_share,
        shortage_weeks=shortage_weeks,
        value_at_risk=value_at_risk,
        value_at_risk_per_week=per_week,
        first_short_week=first,
        stopped_origins=tuple(dict.fromkeys(s.origin for s in stopped)),
    )


def _min_week(weeks: Iterable[int | None]) -> int | None:
    known = [w for w in weeks if w is not None]
    return min(known) if known else None


def scenario(
    network: Network,
    spec: ScenarioSpec,
    substitutes: Callable[[DemandLine], list[Substitute]] | None = None,
) -> ScenarioResult:
    """Run an import-disruption scenario over every demand line of ``network``.

    Buyers and products are aggregated over affected lines (those with a first short week); only those with
    value_at_risk > 0 are listed, sorted by value_at_risk descending then id. ``priority`` lists affected lines
    by value_at_risk descending, then earliest shortage, buyer, product. ``substitutes(line)`` (from matching)
    is asked for every affected line; suggestions that the scenario itself stops are dropped.
    """
    impacts: list[LineImpact] = []
    for line in network.demand:
        li = line_impact(network, line, spec)
        if substitutes is not None and li.affected:
            subs = tuple(
                s
                for s in substitutes(line)
                if not is_stopped(network, Source(origin=s.firm_id, share=0.0), spec)
            )
            li = replace(li, substitutes=subs)
        impacts.append(li)

    affected = [li for li in impacts if li.affected]
    by_buyer: dict[str, list[LineImpact]] = {}
    by_product: dict[str, list[LineImpact]] = {}
    for li in affected:
        by_buyer.setdefault(li.buyer, []).append(li)
        by_product.setdefault(li.product, []).append(li)

    buyers = [
        BuyerImpact(
            id=b,
            value_at_risk=math.fsum(li.value_at_risk for li in lis),
            value_at_risk_per_week=math.fsum(li.value_at_risk_per_week for li in lis),
            first_short_week=_min_week(li.first_short_week for li in lis),
            lines=len(lis),
            products=tuple(sorted({li.product for li in lis})),
        )
        for b, lis in by_buyer.items()
    ]
    buyers = sorted((b for b in buyers if b.value_at_risk > 0), key=lambda b: (-b.value_at_risk, b.id))
    products = [
        ProductImpact(
            product=p,
            value_at_risk=math.fsum(li.value_at_risk for li in lis),
            value_at_risk_per_week=math.fsum(li.value_at_risk_per_week for li in lis),
            first_short_week=_min_week(li.first_short_week for li in lis),
            buyers=len({li.buyer for li in lis}),
        )
        for p, lis in by_product.items()
    ]
    products = sorted(
        (p for p in products if p.value_at_risk > 0), key=lambda p: (-p.value_at_risk, p.product)
    )
    priority = sorted(
        affected,
        key=lambda li: (-li.value_at_risk, li.first_short_week or 0, li.buyer, li.product, li.index),
    )

    warnings = []
    present = {s.import_country for line in network.demand for s in line.sources if s.is_import}
    present |= {f.country for f in network.firms.values()}
    for code in sorted(spec.stop_countries - present):
        warnings.append(f"stopped country {code!r} appears nowhere in the network (no import, no firm)")
    return ScenarioResult(
        spec=spec,
        lines=tuple(impacts),
        value_at_risk=math.fsum(li.value_at_risk for li in impacts),
        value_at_risk_per_week=math.fsum(li.value_at_risk_per_week for li in affected),
        buyers=tuple(buyers),
        products=tuple(products),
        priority=tuple(priority),
        warnings=tuple(warnings),
    )


# ------------------------------------------------------------------------------------------------------------
# Localization
# ------------------------------------------------------------------------------------------------------------


def _line_in_scope(network: Network, line: DemandLine, scope: LocalizationScope | None) -> bool:
    if scope is None:
        return True
    if scope.year is not None and line.year != scope.year:
        return False
    if scope.buyer is not None and line.buyer != scope.buyer:
        return False
    if scope.product is not None and line.product != scope.product:
        return False
    if scope.sector is not None and fold(line.sector) != fold(scope.sector):
        return False
    if scope.province is not None:
        buyer = network.firms.get(line.buyer)
        if buyer is None or not buyer.province_key or buyer.province_key != province_key(scope.province):
            return False
    return True


def line_shares(network: Network, line: DemandLine) -> tuple[float, float, float]:
    """(in-province share, in-Vietnam share, imported share) of one line.

    In-province: origin firms whose province equals the buyer's (both known). In-Vietnam: origin firms whose
    country is VN. Imported: ``import:XX`` origins plus firms with a known country other than VN.
    """
    buyer = network.firms.get(line.buyer)
    buyer_province = buyer.province_key if buyer else ""
    local = domestic = imported = 0.0
    for s in line.sources:
        if s.is_import:
            imported += s.share
            continue
        firm = network.firms.get(s.origin)
        if firm is None:
            continue
        if buyer_province and firm.province_key == buyer_province:
            local += s.share
        if firm.country == DOMESTIC_COUNTRY:
            domestic += s.share
        elif firm.country:
            imported += s.share
    return local, domestic, imported


def _rollup(network: Network, lines: list[DemandLine]) -> LocalizationResult:
    total = math.fsum(line.annual_value for line in lines)
    parts = [(line.annual_value, *line_shares(network, line)) for line in lines]
    province_value = math.fsum(v * loc for v, loc, _, _ in parts)
    vietnam_value = math.fsum(v * dom for v, _, dom, _ in parts)
    imported_value = math.fsum(v * imp for v, _, _, imp in parts)
    return LocalizationResult(
        in_province=province_value / total if total > 0 else 0.0,
        in_vietnam=vietnam_value / total if total > 0 else 0.0,
        total_value=total,
        province_value=province_value,
        vietnam_value=vietnam_value,
        imported_value=imported_value,
        lines=len(lines),
    )


def localization_rate(network: Network, scope: LocalizationScope | None = None) -> LocalizationResult:
    """Localization rate of the demand lines in ``scope``.

    in_province = Σ annual_value × (shares from firms in the buyer's province) ÷ Σ annual_value;
    in_vietnam = the same with firms whose country is VN (imports never count). 0 when the total is 0.
    ``by_year`` repeats the figures per year for lines that carry a year (trend).
    """
    lines = [line for line in network.demand if _line_in_scope(network, line, scope)]
    result = _rollup(network, lines)
    years = sorted({line.year for line in lines if line.year is not None})
    by_year = {y: _rollup(network, [line for line in lines if line.year == y]) for y in years}
    return replace(result, by_year=by_year)


# ------------------------------------------------------------------------------------------------------------
# Supply gaps
# ------------------------------------------------------------------------------------------------------------


def supply_gaps(network: Network, weights: Mapping[str, float] | None = None) -> list[SupplyGap]:
    """Products ranked for investment attraction by imported + unmet demand value.

    imported = annual_value × imported share (see :func:`line_shares`); unmet = annual_value × max(0, 1 − Σ
    shares). score = (imported + unmet) × weight, weight from ``weights[product]`` (default 1). Sorted by score
    descending, then number of buyers descending, then product. Products with no gap are left out.
    """
    acc: dict[str, dict] = {}
    for line in network.demand:
        _, _, imported = line_shares(network, line)
        unmet = max(0.0, 1.0 - line.share_sum)
        a = acc.setdefault(line.product, {"imp": [], "unmet": [], "total": [], "buyers": set()})
        a["imp"].append(line.annual_value * imported)
        a["unmet"].append(line.annual_value * unmet)
        a["total"].append(line.annual_value)
        if imported > 0 or unmet > 0:
            a["buyers"].add(line.buyer)
    gaps = []
    for product, a in acc.items():
        imp, unmet = math.fsum(a["imp"]), math.fsum(a["unmet"])
        gap = imp + unmet
        if gap <= 0:
            continue
        weight = float((weights or {}).get(product, 1.0))
        gaps.append(
            SupplyGap(
                product=product,
                imported_value=imp,
                unmet_value=unmet,
                gap_value=gap,
                total_value=math.fsum(a["total"]),
                buyers=len(a["buyers"]),
                weight=weight,
                score=gap * weight,
                buyer_ids=tuple(sorted(a["buyers"])),
            )
        )
    return sorted(gaps, key=lambda g: (-g.score, -g.buyers, g.product))
