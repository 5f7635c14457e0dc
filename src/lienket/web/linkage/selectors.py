"""Reads of the linkage app: supplier search with facets, demand → supplier matching with reasons, demands
that fit a supplier, the officers' candidate dashboard, introductions and the yearly pipeline KPIs."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from lienket.core.geo import haversine_km
from lienket.core.match.analyze import cert_key, cert_satisfies
from lienket.core.match.concepts import default_lexicon
from lienket.core.match.index import Match, Query
from lienket.core.match.signals import (
    CertCheck,
    Freshness,
    annual_capacity,
    bonus,
    capacity_ratio,
    check_certifications,
    freshness,
)
from lienket.core.text import fold
from lienket.web.linkage.models import Introduction
from lienket.web.linkage.search import Entry, RegistryIndex, get_index
from lienket.web.registry.models import AdminUnit, Demand, Enterprise, Product, Sector, Zone

# Ranked hits kept per search (pages and facet counts are computed over them).
SEARCH_LIMIT = 100


def stale_after() -> int:
    return int(getattr(settings, "STALE_AFTER_DAYS", 365))


# --------------------------------------------------------------------------- search


@dataclass
class Facets:
    """Facet filters of the search box (all optional)."""

    sector: int | None = None
    product: str = ""
    certification: str = ""
    province: int | None = None
    zone: int | None = None
    ownership: str = ""
    min_capacity: float | None = None

    def mask(self, reg: RegistryIndex) -> np.ndarray:
        """Entries passing every facet: id columns compared vectorised; set-valued facets (sector, product,
        certificate, capacity) built once per value and cached on the index."""
        m = np.ones(len(reg.entries), dtype=bool)
        if self.province:
            m &= reg.province_ids == self.province
        if self.zone:
            m &= reg.zone_ids == self.zone
        if self.ownership:
            m &= reg.ownerships == self.ownership
        if self.sector:
            m &= reg.cached_mask(("sector", self.sector), lambda e: self.sector in e.sector_ids)
        if self.product:
            m &= reg.cached_mask(("product", self.product), lambda e: self.product in e.product_codes)
        if self.certification:
            want = cert_key(self.certification)
            m &= reg.cached_mask(
                ("cert", want.compact),
                lambda e: any(cert_satisfies(k, want) for k in e.valid_cert_keys),
            )
        if self.min_capacity is not None:
            m &= reg.cached_mask(("capacity", self.product, self.min_capacity), self._capable)
        return m

    def _capable(self, e: Entry) -> bool:
        offer = e.offering_for(self.product) if self.product else None
        cap = offer.capacity if offer else e.max_capacity
        return cap is not None and cap >= self.min_capacity

    @property
    def active(self) -> bool:
        return any(
            [self.sector, self.product, self.certification, self.province, self.zone, self.ownership]
        ) or (self.min_capacity is not None)


@dataclass
class Hit:
    """One search or match result: the entry, the ranker's reasons and the registry-side signals."""

    entry: Entry
    score: float
    match: Match | None
    fresh: Freshness
    products: list[dict] = field(default_factory=list)
    certs: CertCheck | None = None
    capacity: float | None = None
    capacity_ratio: float | None = None
    distance_km: float | None = None
    same_province: bool = False

    @property
    def capacity_pct(self) -> float | None:
        return None if self.capacity_ratio is None else 100 * self.capacity_ratio

    @property
    def terms(self) -> list[str]:
        return self.match.matched_terms if self.match else []

    @property
    def why(self) -> str:
        return self.match.why if self.match else ""

    def as_dict(self) -> dict:
        """Plain JSON for the API."""
        e = self.entry
        out = {
            "enterprise_id": e.pk,
            "name": e.name_vi,
            "name_en": e.name_en,
            "province": e.province_name,
            "zone": e.zone_name,
            "ownership": e.ownership,
            "score": round(self.score, 4),
            "why": self.why,
            "matched_products": self.products,
            "matched_terms": self.terms,
            "verified_on": e.verified_on.isoformat() if e.verified_on else None,
            "stale": self.fresh.stale,
            "is_synthetic": e.is_synthetic,
        }
        if self.certs is not None:
            out["certifications"] = {
                "held": [
                    {"required": n, "standard": r.standard, "valid_until": _iso(r.valid_until)}
                    for n, r in self.certs.held
                ],
                "expired": [
                    {"required": n, "standard": r.standard, "valid_until": _iso(r.valid_until)}
                    for n, r in self.certs.expired
                ],
                "missing": self.certs.missing,
            }
        out["capacity_per_year"] = self.capacity
        out["capacity_ratio"] = round(self.capacity_ratio, 3) if self.capacity_ratio is not None else None
        out["distance_km"] = round(self.distance_km, 1) if self.distance_km is not None else None
        out["same_province"] = self.same_province
        return out


def _iso(d):
    return d.isoformat() if d else None


def _products(e: Entry, codes: list[str]) -> list[dict]:
    """Offerings behind the matched codes (or the codes themselves when named only in text)."""
    out = []
    for code in codes:
        o = e.offering_for(code)
        out.append({"code": code, "name": o.name_vi if o else code, "offered": o is not None})
    return out


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    facet_counts: dict[str, list[tuple]]


def _facet_counts(hits: list[Hit]) -> dict[str, list[tuple]]:
    """Value → count over the hits, for the facet side bar (top 12 each)."""
    sectors, products, provinces, zones, owners = Counter(), Counter(), Counter(), Counter(), Counter()
    for h in hits:
        e = h.entry
        sectors.update(e.sector_ids)
        products.update({(o.code, o.name_vi) for o in e.offerings})
        if e.province_id:
            provinces[(e.province_id, e.province_name)] += 1
        if e.zone_id:
            zones[(e.zone_id, e.zone_name)] += 1
        owners[e.ownership] += 1
    names = dict(Sector.objects.values_list("id", "name_vi")) if sectors else {}
    return {
        "sector": [((sid, names.get(sid, "")), n) for sid, n in sectors.most_common(12)],
        "product": products.most_common(12),
        "province": provinces.most_common(12),
        "zone": zones.most_common(12),
        "ownership": owners.most_common(),
    }


def search(text: str, facets: Facets | None = None, *, limit: int = SEARCH_LIMIT) -> SearchResult:
    """Suppliers for a free-text query in any of the supported languages, filtered by ``facets``.

    Ranking: the core ranker (product evidence from offerings and text, then certificates, then loose text),
    plus the small freshness/verification bonus so verified, fresh profiles win ties. An empty query lists the
    filtered suppliers, freshest first.
    """
    facets = facets or Facets()
    reg = get_index()
    today = reg.built_on
    mask = facets.mask(reg) if facets.active else None
    hits: list[Hit] = []
    if text.strip():
        for m in reg.index.search(Query("q", text), limit, mask=mask):
            e = reg.entries[reg.positions[m.supplier_id]]
            fr = freshness(e.verified_on, today, stale_after())
            hits.append(Hit(e, m.score + bonus(fr), m, fr, _products(e, m.matched_products)))
        hits.sort(key=lambda h: (-h.score, h.entry.name_vi))
    else:
        pool = [e for i, e in enumerate(reg.entries) if mask is None or mask[i]]
        for e in pool:
            fr = freshness(e.verified_on, today, stale_after())
            hits.append(Hit(e, bonus(fr), None, fr))
        hits.sort(key=lambda h: (-h.score, h.entry.name_vi))
    return SearchResult(hits[:limit], len(hits), _facet_counts(hits))


# --------------------------------------------------------------------------- matching


@dataclass
class MatchRequest:
    """What a buyer asks for: text (+ a taxonomy product), certificates, annual quantity, location, filters."""

    text: str
    required_certifications: list[str] = field(default_factory=list)
    product_code: str = ""
    quantity: float | None = None
    quantity_unit: str = ""
    lat: float | None = None
    lon: float | None = None
    province_id: int | None = None
    exclude_ids: set[int] = field(default_factory=set)
    # Hard filters (optional): only complete certificates, only the same province, enough capacity.
    require_certs: bool = False
    same_province_only: bool = False
    require_capacity: bool = False


def _buyer_point(buyer: Enterprise) -> tuple[float | None, float | None]:
    for obj in (buyer.zone, buyer.commune, buyer.province):
        if obj is not None and obj.lat is not None and obj.lon is not None:
            return obj.lat, obj.lon
    return None, None


def request_for_demand(demand: Demand) -> MatchRequest:
    """A :class:`MatchRequest` from a registry demand: its title, product names and specification."""
    buyer = demand.buyer
    lat, lon = _buyer_point(buyer)
    p = demand.product
    return MatchRequest(
        text=" . ".join(t for t in (demand.title, p.name_vi, p.name_en) if t),
        required_certifications=[str(c) for c in demand.required_certifications or []],
        product_code=p.code,
        quantity=float(demand.annual_quantity) if demand.annual_quantity is not None else None,
        quantity_unit=demand.quantity_unit,
        lat=lat,
        lon=lon,
        province_id=buyer.province_id,
        exclude_ids={buyer.pk},
    )


def _score_hit(reg: RegistryIndex, m: Match, req: MatchRequest, today: dt.date) -> Hit:
    e = reg.entries[reg.positions[m.supplier_id]]
    fr = freshness(e.verified_on, today, stale_after())
    certs = check_certifications(req.required_certifications, e.certs, today)
    offer = e.offering_for(req.product_code) if req.product_code else None
    cap = annual_capacity(offer.capacity, offer.capacity_unit, req.quantity_unit) if offer else None
    ratio = capacity_ratio(cap, req.quantity)
    km = None
    if None not in (req.lat, req.lon, e.lat, e.lon):
        km = haversine_km(req.lat, req.lon, e.lat, e.lon)
    codes = list(m.matched_products)
    if offer and offer.code not in codes:
        codes.insert(0, offer.code)
    score = m.score + bonus(fr, capacity=ratio, distance_km=km)
    return Hit(
        e,
        score,
        m,
        fr,
        _products(e, codes),
        certs,
        cap,
        ratio,
        km,
        bool(req.province_id and e.province_id == req.province_id),
    )


def match(req: MatchRequest, *, top: int = 20, only: set[int] | None = None) -> list[Hit]:
    """Ranked suppliers for ``req`` with their reasons. Missing or expired certificates lower the rank
    (through the ranker's coverage term, on valid certificates only) and are listed; hard filters are opt-in."""
    reg = get_index()
    today = reg.built_on
    mask = np.ones(len(reg.entries), dtype=bool) if only is None else np.isin(reg.pks, list(only))
    if req.exclude_ids:
        mask &= ~np.isin(reg.pks, list(req.exclude_ids))
    if req.same_province_only and req.province_id:
        mask &= reg.province_ids == req.province_id
    query = Query("demand", req.text, req.required_certifications)
    hits = []
    hard = req.require_certs or req.require_capacity
    # The bonus can reorder near-ties, so rank a few more than shown; more again when hard filters drop some.
    for m in reg.index.search(query, top * 4 if hard else top + 10, mask=mask):
        h = _score_hit(reg, m, req, today)
        if req.require_certs and not h.certs.complete:
            continue
        if req.require_capacity and (h.capacity_ratio is None or h.capacity_ratio < 1):
            continue
        hits.append(h)
    hits.sort(key=lambda h: (-h.score, h.entry.name_vi))
    return hits[:top]


def is_maker(hit: Hit) -> bool:
    """The supplier offers or clearly makes an asked product (not just a loose word match)."""
    return any(p["offered"] for p in hit.products) or (hit.why.startswith("makes"))


# --------------------------------------------------------------------------- demands


def demands_for_user(user):
    """Demands the user may see: officers all, buyer users their own enterprise's."""
    qs = Demand.objects.select_related("buyer", "product", "product__sector")
    if user.is_officer:
        return qs
    if getattr(user, "role", "") == "buyer" and user.enterprise_id:
        return qs.filter(buyer_id=user.enterprise_id)
    return qs.none()


def open_demands():
    return (
        Demand.objects.filter(status=Demand.Status.OPEN)
        .select_related("buyer", "buyer__zone", "buyer__commune", "buyer__province", "product")
        .order_by("-year", "id")
    )


def opportunities_for_supplier(enterprise: Enterprise, *, limit: int = 50) -> list[tuple[Demand, Hit]]:
    """Open demands (of other firms) that fit the supplier's offerings or profile, best fit first.

    Demands for a product the supplier offers are always considered; the others only when the ranker says the
    supplier makes what they ask for.
    """
    reg = get_index()
    codes = reg.made_codes(enterprise.pk)
    if not codes:
        return []
    lexicon = reg.index.lexicon
    asked: dict[str, set[str]] = {}
    out = []
    # Only demands whose product (or whose text's products) the firm offers or clearly makes get a ranker call.
    for d in open_demands().exclude(buyer_id=enterprise.pk)[:500]:
        req = request_for_demand(d)
        if req.text not in asked:
            asked[req.text] = (
                {c for qc in lexicon.query_concepts(req.text) for c in qc.codes} if lexicon else set()
            )
        if d.product.code not in codes and not (asked[req.text] & codes):
            continue
        hits = match(req, top=1, only={enterprise.pk})
        if hits:
            out.append((d, hits[0]))
    out.sort(key=lambda x: -x[1].score)
    return out[:limit]


def candidate_board(province: AdminUnit | None = None, *, per_demand: int = 3, limit: int = 40):
    """For each open demand (of buyers in ``province`` when given), its best local candidates: same province
    as the buyer first (hard filter), falling back to all suppliers when none is local."""
    rows = []
    qs = open_demands()
    if province is not None:
        qs = qs.filter(buyer__province=province)
    memo: dict[tuple, tuple[list[Hit], bool]] = {}
    for d in qs[:limit]:
        req = request_for_demand(d)
        key = (req.text, tuple(req.required_certifications), req.province_id, req.quantity, req.quantity_unit)
        if key not in memo:  # many demands repeat the same ask; rank it once
            req.same_province_only = bool(req.province_id)
            hits = [h for h in match(req, top=per_demand * 2) if is_maker(h)][:per_demand]
            local = bool(hits)
            if not hits:
                req.same_province_only = False
                hits = [h for h in match(req, top=per_demand * 2) if is_maker(h)][:per_demand]
            memo[key] = (hits, local)
        hits, local = memo[key]
        rows.append({"demand": d, "hits": hits, "local": local})
    return rows


# --------------------------------------------------------------------------- product lookup


def product_lookup(text: str, *, limit: int = 20):
    """Current-taxonomy products for a search in any language: lexicon concepts first, then folded text."""
    qs = Product.objects.filter(version__is_current=True).select_related("sector")
    text = (text or "").strip()
    if not text:
        return list(qs.order_by("code")[:limit])
    codes: list[str] = []
    for qc in default_lexicon().query_concepts(text):
        codes += [c for c, _w in sorted(qc.codes.items(), key=lambda x: -x[1]) if c not in codes]
    found = {p.code: p for p in qs.filter(code__in=codes)}
    ordered = [found[c] for c in codes if c in found]
    folded = fold(text)
    more = qs.filter(Q(search_text__contains=folded) | Q(code__iexact=text)).exclude(code__in=list(found))
    return (ordered + list(more.order_by("code")[: max(0, limit - len(ordered))]))[:limit]


# --------------------------------------------------------------------------- introductions and KPIs


def introductions_for_user(user):
    """Introductions the user may see: officers all; enterprise and buyer users those of their enterprise."""
    qs = Introduction.objects.select_related("supplier", "buyer", "demand", "demand__product", "created_by")
    if user.is_officer:
        return qs
    if user.enterprise_id:
        return qs.filter(Q(supplier_id=user.enterprise_id) | Q(buyer_id=user.enterprise_id))
    return qs.none()


@dataclass
class Kpis:
    """Yearly pipeline figures (số giới thiệu, gặp gỡ, hợp đồng, giá trị hợp đồng), overall and by sector."""

    year: int
    introductions: int = 0
    meetings: int = 0
    samples: int = 0
    contracts: int = 0
    dropped: int = 0
    contract_value_vnd: Decimal = Decimal(0)
    value_unknown: int = 0
    by_sector: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "year": self.year,
            "introductions": self.introductions,
            "meetings": self.meetings,
            "samples": self.samples,
            "contracts": self.contracts,
            "dropped": self.dropped,
            "contract_value_vnd": str(self.contract_value_vnd),
            "contracts_with_unknown_value": self.value_unknown,
            "by_sector": [
                {**row, "contract_value_vnd": str(row["contract_value_vnd"])} for row in self.by_sector
            ],
        }


def _sector_of(intro: Introduction, supplier_sectors: dict[int, int]) -> int | None:
    if intro.demand_id and intro.demand and intro.demand.product_id:
        return intro.demand.product.sector_id
    return supplier_sectors.get(intro.supplier_id)


def kpis(year: int) -> Kpis:
    """Counts each stage in the year its date falls in: an introduction made in 2025 whose contract was signed
    in 2026 counts as a 2025 introduction and a 2026 contract. Contract values are summed in VND (USD × the
    stored rate); contracts without a value (or a rate) are counted apart. Sector: the demand's product sector,
    else the supplier's first sector."""
    k = Kpis(year)
    qs = (
        Introduction.objects.filter(
            Q(introduced_on__year=year)
            | Q(meeting_on__year=year)
            | Q(sample_on__year=year)
            | Q(contract_on__year=year)
            | Q(dropped_on__year=year)
        )
        .select_related("demand__product")
        .order_by("id")
    )
    intros = list(qs)
    supplier_sectors: dict[int, int] = {}
    for eid, sid in (
        Enterprise.sectors.through.objects.filter(enterprise_id__in={i.supplier_id for i in intros})
        .order_by("sector_id")
        .values_list("enterprise_id", "sector_id")
    ):
        supplier_sectors.setdefault(eid, sid)
    rows: dict[int | None, dict] = defaultdict(
        lambda: {"introductions": 0, "meetings": 0, "contracts": 0, "contract_value_vnd": Decimal(0)}
    )
    for i in intros:
        row = rows[_sector_of(i, supplier_sectors)]
        if i.introduced_on and i.introduced_on.year == year:
            k.introductions += 1
            row["introductions"] += 1
        if i.meeting_on and i.meeting_on.year == year:
            k.meetings += 1
            row["meetings"] += 1
        if i.sample_on and i.sample_on.year == year:
            k.samples += 1
        if i.dropped_on and i.dropped_on.year == year:
            k.dropped += 1
        if i.contract_on and i.contract_on.year == year and i.stage == Introduction.Stage.CONTRACT:
            k.contracts += 1
            row["contracts"] += 1
            value = i.contract_value_vnd()
            if value is None:
                k.value_unknown += 1
            else:
                k.contract_value_vnd += value
                row["contract_value_vnd"] += value
    names = dict(Sector.objects.values_list("id", "name_vi"))
    codes = dict(Sector.objects.values_list("id", "code"))
    peak = max([r["introductions"] for r in rows.values()] + [1])
    for sid, row in sorted(rows.items(), key=lambda x: (-x[1]["introductions"], x[0] or 0)):
        k.by_sector.append(
            {
                "sector_id": sid,
                "sector_code": codes.get(sid, ""),
                "sector": names.get(sid, ""),
                **row,
                "bar": round(100 * row["introductions"] / peak),
            }
        )
    return k


def kpi_years() -> list[int]:
    """Years with any introduction, newest first (this year when none)."""
    years = {d.year for d in Introduction.objects.dates("introduced_on", "year")}
    years.add(timezone.localdate().year)
    return sorted(years, reverse=True)


def provinces_and_zones():
    return (
        AdminUnit.objects.filter(scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE),
        Zone.objects.all(),
    )
