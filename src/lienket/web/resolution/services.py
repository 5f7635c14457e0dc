"""Entity resolution services: match one incoming row, merge / unmerge, batch resolution with a review queue.

Thresholds (probabilities) come from settings, documented in docs/resolution.md:
``LIENKET_RESOLVE_UPPER`` (default 0.97): at or above, merge automatically / treat an import row as that firm;
``LIENKET_RESOLVE_LOWER`` (default 0.5): between the two, queue the pair for an officer.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings

from lienket.core.resolve.engine import BLOCKING_KEYS
from lienket.core.resolve.model import score_pair, weight_to_probability
from lienket.core.resolve.normalise import Features, RawRecord, features, normalise_tax
from lienket.web.registry.models import Enterprise


class ResolutionError(Exception):
    """A merge, unmerge or review decision that cannot be done (the message says why)."""


def thresholds() -> tuple[float, float]:
    """``(lower, upper)`` probabilities from settings; bad values fail fast."""
    lower = float(getattr(settings, "LIENKET_RESOLVE_LOWER", 0.5))
    upper = float(getattr(settings, "LIENKET_RESOLVE_UPPER", 0.97))
    if not 0 < lower <= upper <= 1:
        raise ResolutionError(
            f"LIENKET_RESOLVE_LOWER={lower} / LIENKET_RESOLVE_UPPER={upper}: need 0 < lower ≤ upper ≤ 1"
        )
    return lower, upper


def band(probability: float) -> str:
    """``"auto"`` at or above the upper threshold, ``"review"`` between the thresholds, ``"new"`` below."""
    lower, upper = thresholds()
    if probability >= upper:
        return "auto"
    if probability >= lower:
        return "review"
    return "new"


# ------------------------------------------------------------------------------------ the registry index


def enterprise_features(e: Enterprise) -> list[Features]:
    """Features of an enterprise under each of its names (Vietnamese, English, other)."""
    out = []
    for name in (e.name_vi, e.name_en, e.name_other):
        if name or not out:
            out.append(
                features(
                    RawRecord(
                        id=str(e.pk),
                        name=name or "",
                        tax_code=e.tax_code or "",
                        address=e.address_raw or "",
                        phone=e.phone or "",
                    )
                )
            )
    return out


_FIELDS = (
    "pk",
    "name_vi",
    "name_en",
    "name_other",
    "tax_code",
    "address_raw",
    "phone",
    "updated_at",
    "deleted_at",
)


class _Index:
    """Blocking keys of live enterprises, refreshed incrementally from ``updated_at`` (cheap per call)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.feats: dict[int, list[Features]] = {}
        self.keys: dict[tuple, set[int]] = defaultdict(set)
        self.since = None
        self.db_alias = None

    def _drop(self, pk: int) -> None:
        for f in self.feats.pop(pk, []):
            for key in _keys(f):
                self.keys[key].discard(pk)

    def refresh(self) -> None:
        qs = Enterprise.all_objects.only(*[f for f in _FIELDS if f != "pk"])
        if self.since is not None:
            qs = qs.filter(updated_at__gte=self.since)
        newest = self.since
        for e in qs.iterator(chunk_size=2000):
            self._drop(e.pk)
            if e.deleted_at is None:
                fs = enterprise_features(e)
                self.feats[e.pk] = fs
                for f in fs:
                    for key in _keys(f):
                        self.keys[key].add(e.pk)
            newest = e.updated_at if newest is None or e.updated_at > newest else newest
        self.since = newest

    def candidates(self, f: Features) -> set[int]:
        found: set[int] = set()
        for key in _keys(f):
            found |= self.keys.get(key, set())
        return found


def _keys(f: Features) -> list[tuple]:
    out = []
    for i, cols in enumerate(BLOCKING_KEYS):
        vals = tuple(getattr(f, c) for c in cols)
        if all(vals):
            out.append((i, *vals))
    return out


_INDEX = _Index()


def reset_index() -> None:
    """Forget the in-process registry index (tests; after a bulk load that bypassed ``updated_at``)."""
    with _INDEX.lock:
        _INDEX.reset()


def _candidate_record(candidate: dict) -> list[RawRecord]:
    names = [candidate.get(k) or "" for k in ("name", "name_vi", "name_en", "name_other")]
    names = [n for n in names if n] or [""]
    common = {
        "tax_code": str(candidate.get("tax_code") or ""),
        "address": str(candidate.get("address") or candidate.get("address_raw") or ""),
        "phone": str(candidate.get("phone") or ""),
    }
    return [RawRecord(id="candidate", name=str(n), **common) for n in dict.fromkeys(names)]


@dataclass(frozen=True)
class Scored:
    """An existing enterprise scored against an incoming record."""

    enterprise_id: int
    probability: float
    reasons: tuple[str, ...]


def score_candidates(candidate: dict, exclude: set[int] | None = None) -> list[Scored]:
    """Live enterprises that share a blocking key with ``candidate``, best first, with probability and reasons."""
    incoming = [features(r) for r in _candidate_record(candidate)]
    with _INDEX.lock:
        _INDEX.refresh()
        pks: set[int] = set()
        for f in incoming:
            pks |= _INDEX.candidates(f)
        pks -= exclude or set()
        existing = {pk: _INDEX.feats[pk] for pk in pks if pk in _INDEX.feats}
    out = []
    for pk, fs in existing.items():
        best = max((score_pair(a, b) for a in incoming for b in fs), key=lambda s: s[0])
        out.append(Scored(pk, weight_to_probability(best[0]), tuple(best[1])))
    out.sort(key=lambda s: (-s.probability, s.enterprise_id))
    return out


def find_existing(candidate: dict) -> tuple[Enterprise | None, float, str]:
    """The existing enterprise an incoming row most likely is: ``(enterprise, probability, band)``.

    ``candidate`` holds ``name`` (or ``name_vi``/``name_en``), ``tax_code``, ``address`` (or ``address_raw``),
    ``phone``; any may be missing. An exact tax code wins first (probability 1.0, band ``"auto"``); otherwise the
    model scores the enterprises sharing a blocking key. ``band`` is ``"auto"`` (≥ upper threshold),
    ``"review"`` (between) or ``"new"`` (below: enterprise ``None``, probability of the closest one or 0.0).
    """
    tax = normalise_tax(str(candidate.get("tax_code") or ""))
    if len(tax) in (10, 13):
        written = tax if len(tax) == 10 else f"{tax[:10]}-{tax[10:]}"
        hit = Enterprise.objects.filter(tax_code=written).first()
        if hit is not None:
            return hit, 1.0, "auto"
    for scored in score_candidates(candidate):
        hit = Enterprise.objects.filter(pk=scored.enterprise_id).first()
        if hit is not None:
            found = band(scored.probability)
            return (None if found == "new" else hit), scored.probability, found
    return None, 0.0, "new"
