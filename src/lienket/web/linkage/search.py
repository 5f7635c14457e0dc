"""The in-process search index over the registry's suppliers (enterprises + offerings + certifications).

Built with :class:`lienket.core.match.index.MatchIndex` and cached per process. Each request computes a cheap
signature — count and latest ``updated_at`` of enterprises, offerings and certifications, plus today's date
(certificate validity and freshness move with the calendar) — and rebuilds the index only when it changed.
See docs/linkage.md for costs at 100k suppliers.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from django.db.models import Count, Max
from django.utils import timezone

from lienket.core.match.analyze import cert_key
from lienket.core.match.index import MatchIndex, Supplier
from lienket.core.match.signals import CertRecord
from lienket.web.registry.models import Certification, Enterprise, Offering


@dataclass
class OfferingInfo:
    """What the index keeps of one offering: product, its sector, capacity."""

    product_id: int
    code: str
    name_vi: str
    name_en: str
    sector_id: int
    capacity: float | None
    capacity_unit: str


@dataclass
class Entry:
    """One indexed supplier with the plain values facets, reasons and tie-breakers need (no more queries)."""

    pk: int
    name_vi: str
    name_en: str
    ownership: str
    province_id: int | None
    province_name: str
    zone_id: int | None
    zone_name: str
    lat: float | None
    lon: float | None
    verified_on: dt.date | None
    is_synthetic: bool
    sector_ids: set[int] = field(default_factory=set)
    offerings: list[OfferingInfo] = field(default_factory=list)
    certs: list[CertRecord] = field(default_factory=list)
    valid_cert_keys: list = field(default_factory=list)

    @property
    def product_codes(self) -> set[str]:
        return {o.code for o in self.offerings}

    def offering_for(self, code: str) -> OfferingInfo | None:
        return next((o for o in self.offerings if o.code == code), None)

    @property
    def max_capacity(self) -> float | None:
        caps = [o.capacity for o in self.offerings if o.capacity is not None]
        return max(caps) if caps else None


@dataclass
class RegistryIndex:
    """A :class:`MatchIndex` plus the entries it was built from, in the same order."""

    signature: tuple
    entries: list[Entry]
    index: MatchIndex
    built_on: dt.date
    positions: dict[int, int] = field(default_factory=dict)
    pks: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    province_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def __post_init__(self) -> None:
        # Vectorised columns so per-request masks cost no Python loop at 100k suppliers.
        self.pks = np.fromiter((e.pk for e in self.entries), dtype=np.int64, count=len(self.entries))
        self.province_ids = np.fromiter(
            (e.province_id or -1 for e in self.entries), dtype=np.int64, count=len(self.entries)
        )
        self.zone_ids = np.fromiter(
            (e.zone_id or -1 for e in self.entries), dtype=np.int64, count=len(self.entries)
        )
        self.ownerships = np.array([e.ownership for e in self.entries], dtype=object)

    def made_codes(self, pk: int, threshold: float = 0.7) -> set[str]:
        """Product codes the supplier offers or clearly makes according to its texts."""
        i = self.positions.get(pk)
        if i is None:
            return set()
        ev = self.index.evidence[i]
        return self.entries[i].product_codes | {c for c, (w, _t) in ev.items() if w >= threshold}

    def cached_mask(self, key: tuple, keep) -> np.ndarray:
        """``mask(keep)`` remembered under ``key`` for the life of this index (facets repeat across pages)."""
        cache = self.__dict__.setdefault("_masks", {})
        m = cache.get(key)
        if m is None:
            if len(cache) > 256:
                cache.clear()
            m = cache[key] = self.mask(keep)
        return m

    def mask(self, keep) -> np.ndarray:
        """Boolean mask of entries for which ``keep(entry)`` is true."""
        return np.fromiter((bool(keep(e)) for e in self.entries), dtype=bool, count=len(self.entries))


_lock = threading.Lock()
_cache: dict[str, RegistryIndex] = {}


def signature(today: dt.date) -> tuple:
    """What the index depends on; a soft delete bumps ``updated_at``, a hard delete the count."""
    sig: list = [today.isoformat()]
    for model in (Enterprise, Offering, Certification):
        agg = model.all_objects.aggregate(n=Count("id"), last=Max("updated_at"))
        sig += [agg["n"], agg["last"].isoformat() if agg["last"] else ""]
    return tuple(sig)


def _location(row: dict) -> tuple[float | None, float | None]:
    # The zone's point is the most precise; then the commune's; then the province's centre.
    for prefix in ("zone__", "commune__", "province__"):
        lat, lon = row.get(prefix + "lat"), row.get(prefix + "lon")
        if lat is not None and lon is not None:
            return lat, lon
    return None, None


def build(today: dt.date | None = None) -> RegistryIndex:
    """Read the registry (five queries) and build the index of live, unmerged suppliers."""
    today = today or timezone.localdate()
    sig = signature(today)
    rows = list(
        Enterprise.objects.filter(is_supplier=True, merged_into__isnull=True)
        .order_by("id")
        .values(
            "id", "name_vi", "name_en", "name_other", "ownership", "description_vi", "description_en",
            "province_id", "province__name", "province__lat", "province__lon", "zone_id", "zone__name_vi",
            "zone__lat", "zone__lon", "commune__lat", "commune__lon", "verified_on", "is_synthetic",
        )
    )  # fmt: skip
    entries: dict[int, Entry] = {}
    for r in rows:
        lat, lon = _location(r)
        entries[r["id"]] = Entry(
            pk=r["id"],
            name_vi=r["name_vi"],
            name_en=r["name_en"],
            ownership=r["ownership"],
            province_id=r["province_id"],
            province_name=r["province__name"] or "",
            zone_id=r["zone_id"],
            zone_name=r["zone__name_vi"] or "",
            lat=lat,
            lon=lon,
            verified_on=r["verified_on"],
            is_synthetic=r["is_synthetic"],
        )
    for eid, sid in Enterprise.sectors.through.objects.values_list("enterprise_id", "sector_id"):
        if eid in entries:
            entries[eid].sector_ids.add(sid)
    descriptions: dict[int, list[str]] = defaultdict(list)
    for o in Offering.objects.filter(enterprise__is_supplier=True).values(
        "enterprise_id", "product_id", "product__code", "product__name_vi", "product__name_en",
        "product__sector_id", "description", "capacity", "capacity_unit",
    ):  # fmt: skip
        e = entries.get(o["enterprise_id"])
        if e is None:
            continue
        e.offerings.append(
            OfferingInfo(
                o["product_id"], o["product__code"], o["product__name_vi"], o["product__name_en"] or "",
                o["product__sector_id"], float(o["capacity"]) if o["capacity"] is not None else None,
                o["capacity_unit"] or "",
            )
        )  # fmt: skip
        if o["description"]:
            descriptions[e.pk].append(o["description"])
    for c in Certification.objects.values("enterprise_id", "standard", "valid_from", "valid_until"):
        e = entries.get(c["enterprise_id"])
        if e is not None:
            e.certs.append(CertRecord(c["standard"], c["valid_from"], c["valid_until"]))
    ordered = list(entries.values())
    for e in ordered:  # certificate keys valid today, computed once (the certificate facet reads them)
        e.valid_cert_keys = [cert_key(c.standard) for c in e.certs if c.valid_on(today)]
    extra = {r["id"]: r for r in rows}
    suppliers = []
    for e in ordered:
        r = extra[e.pk]
        suppliers.append(
            Supplier(
                id=e.pk,
                name=e.name_vi,
                description=r["description_vi"] or "",
                # Offerings are what the firm makes: product names count as MAKE evidence in the ranker.
                products=[n for o in e.offerings for n in (o.name_vi, o.name_en) if n],
                certifications=[c.standard for c in e.certs if c.valid_on(today)],
                province=e.province_name,
                extra_text=[t for t in (e.name_en, r["name_other"], r["description_en"]) if t]
                + descriptions.get(e.pk, []),
            )
        )
    index = MatchIndex(suppliers, embed=False)
    return RegistryIndex(sig, ordered, index, today, {e.pk: i for i, e in enumerate(ordered)})


def get_index(today: dt.date | None = None) -> RegistryIndex:
    """The cached index, rebuilt when the registry (or the date) changed since it was built."""
    today = today or timezone.localdate()
    sig = signature(today)
    current = _cache.get("index")
    if current is not None and current.signature == sig:
        return current
    with _lock:
        current = _cache.get("index")
        if current is None or current.signature != signature(today):
            current = build(today)
            _cache["index"] = current
    return current


def clear() -> None:
    """Forget the cached index (tests, or after a bulk import in the same process)."""
    _cache.clear()
