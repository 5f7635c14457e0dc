"""Entity resolution services: match one incoming row, merge / unmerge, batch resolution with a review queue.

Thresholds (probabilities) come from settings, documented in docs/resolution.md:
``LIENKET_RESOLVE_UPPER`` (default 0.97): at or above, merge automatically / treat an import row as that firm;
``LIENKET_RESOLVE_LOWER`` (default 0.5): between the two, queue the pair for an officer.
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lienket.core.resolve.engine import BLOCKING_KEYS
from lienket.core.resolve.model import score_pair, weight_to_probability
from lienket.core.resolve.normalise import Features, RawRecord, features, normalise_tax
from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry
from lienket.web.registry.models import Enterprise

from .models import MatchCandidate, Merge, SourceValue


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


# ---------------------------------------------------------------------------------------- merge / unmerge

_COPY_FIELDS = (
    "tax_code",
    "name_en",
    "name_other",
    "address_raw",
    "phone",
    "email",
    "website",
    "contact_person",
)


def _child_relations():
    """Reverse foreign keys to Enterprise whose rows move on a merge (offerings, figures, links, users, ...)."""
    skip = {MatchCandidate, Merge, SourceValue, Enterprise}
    return [
        rel
        for rel in Enterprise._meta.related_objects
        if rel.one_to_many and rel.related_model not in skip and rel.field.concrete
    ]


@transaction.atomic
def merge(
    canonical: Enterprise, duplicate: Enterprise, actor=None, reason: str = "", *, score=None, batch=""
) -> Merge:
    """Fold ``duplicate`` into ``canonical``: children move, empty fields are filled, each source's values are
    kept as ``SourceValue`` rows, the duplicate is soft-deleted with ``merged_into`` set. Audited; undo with
    ``unmerge``."""
    from django.db import IntegrityError

    if canonical.pk == duplicate.pk:
        raise ResolutionError("Không thể gộp một doanh nghiệp với chính nó.")
    if canonical.deleted_at is not None or duplicate.deleted_at is not None:
        raise ResolutionError("Cả hai bản ghi phải đang hoạt động (chưa xóa, chưa gộp).")
    batch = batch or f"merge-{uuid.uuid4().hex[:12]}"
    before_c, before_d = audit.snapshot(canonical), audit.snapshot(duplicate)
    moved: dict[str, list] = {}
    for rel in _child_relations():
        model, field = rel.related_model, rel.field.name
        manager = getattr(model, "all_objects", model._default_manager)
        for pk in manager.filter(**{field: duplicate}).values_list("pk", flat=True):
            try:
                with transaction.atomic():
                    manager.filter(pk=pk).update(**{field: canonical})
            except IntegrityError:
                # The canonical record already has this row (e.g. the same year's figures): the duplicate keeps it.
                continue
            moved.setdefault(f"{model._meta.label}.{field}", []).append(pk)
    filled = {}
    dup_tax = duplicate.tax_code
    if dup_tax and not canonical.tax_code:
        # The unique tax code moves: clear it on the duplicate first.
        duplicate.tax_code = None
        duplicate.save(update_fields=["tax_code", "updated_at"])
    for f in _COPY_FIELDS:
        value = dup_tax if f == "tax_code" else getattr(duplicate, f)
        if value and not getattr(canonical, f):
            setattr(canonical, f, value)
            filled[f] = value
    if filled:
        canonical.save(update_fields=[*filled, "updated_at"])
    duplicate.merged_into = canonical
    duplicate.deleted_at = timezone.now()
    duplicate.deleted_by = actor if getattr(actor, "is_authenticated", False) else None
    duplicate.save(update_fields=["merged_into", "deleted_at", "deleted_by", "updated_at"])
    record = Merge.objects.create(
        canonical=canonical,
        merged=duplicate,
        snapshot={"canonical": before_c, "merged": before_d, "moved": moved, "filled": filled},
        score=score,
        reason=reason,
        batch=batch,
        by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    for ent, snap in ((canonical, before_c), (duplicate, before_d)):
        for f in ("name_vi", *_COPY_FIELDS):
            if snap.get(f):
                SourceValue.objects.create(
                    enterprise=canonical,
                    field=f,
                    value=str(snap[f]),
                    source=ent.source,
                    source_ref=ent.source_ref,
                    merge=record,
                )
    audit.record(
        canonical, action=AuditEntry.Action.MERGE, actor=actor, before=before_c, reason=reason, batch=batch
    )
    audit.record(
        duplicate, action=AuditEntry.Action.MERGE, actor=actor, before=before_d, reason=reason, batch=batch
    )
    return record


@transaction.atomic
def unmerge(record: Merge, actor=None, reason: str = "") -> None:
    """Undo a merge exactly: children move back, filled fields are cleared, the duplicate is restored."""
    from django.apps import apps

    if record.undone_at is not None:
        raise ResolutionError("Lần gộp này đã được hoàn tác.")
    canonical = Enterprise.all_objects.select_for_update().get(pk=record.canonical_id)
    duplicate = Enterprise.all_objects.select_for_update().get(pk=record.merged_id)
    before_c, before_d = audit.snapshot(canonical), audit.snapshot(duplicate)
    snap = record.snapshot
    for key, pks in snap.get("moved", {}).items():
        label, field = key.rsplit(".", 1)
        model = apps.get_model(label)
        getattr(model, "all_objects", model._default_manager).filter(pk__in=pks).update(**{field: duplicate})
    for f in snap.get("filled", {}):
        setattr(canonical, f, snap["canonical"].get(f) if f != "tax_code" else None)
    canonical.save()
    old = snap["merged"]
    duplicate.tax_code = old.get("tax_code")
    duplicate.merged_into = None
    duplicate.deleted_at = None
    duplicate.deleted_by = None
    duplicate.save()
    record.values.all().delete()
    record.undone_at = timezone.now()
    record.undone_by = actor if getattr(actor, "is_authenticated", False) else None
    record.save(update_fields=["undone_at", "undone_by"])
    audit.record(
        canonical,
        action=AuditEntry.Action.UNMERGE,
        actor=actor,
        before=before_c,
        reason=reason,
        batch=record.batch,
    )
    audit.record(
        duplicate,
        action=AuditEntry.Action.UNMERGE,
        actor=actor,
        before=before_d,
        reason=reason,
        batch=record.batch,
    )


def run_resolution(actor=None, *, auto_merge: bool = True) -> dict[str, int]:
    """Scan live enterprises: merge pairs at or above the upper threshold (older record kept), queue pairs
    between the thresholds as ``MatchCandidate`` (existing decisions are kept). Returns counts."""
    lower, upper = thresholds()
    counts = {"merged": 0, "queued": 0}
    batch = f"resolve-{uuid.uuid4().hex[:12]}"
    pks = list(Enterprise.objects.order_by("pk").values_list("pk", flat=True))
    for pk in pks:
        e = Enterprise.objects.filter(pk=pk).first()
        if e is None:
            continue
        cand = {
            "name_vi": e.name_vi,
            "name_en": e.name_en,
            "tax_code": e.tax_code,
            "address": e.address_raw,
            "phone": e.phone,
        }
        for s in score_candidates(cand, exclude={pk}):
            if s.probability < lower:
                break
            a, b = sorted((pk, s.enterprise_id))
            if s.probability >= upper and auto_merge:
                other = Enterprise.objects.filter(pk=s.enterprise_id).first()
                if (
                    other is not None
                    and not MatchCandidate.objects.filter(left_id=a, right_id=b, status="rejected").exists()
                ):
                    merge(
                        Enterprise.objects.get(pk=a),
                        Enterprise.objects.get(pk=b),
                        actor,
                        "tự động (trên ngưỡng)",
                        score=s.probability,
                        batch=batch,
                    )
                    counts["merged"] += 1
                    break
            else:
                _, created = MatchCandidate.objects.get_or_create(
                    left_id=a, right_id=b, defaults={"score": s.probability, "reasons": list(s.reasons)}
                )
                counts["queued"] += int(created)
    return counts
