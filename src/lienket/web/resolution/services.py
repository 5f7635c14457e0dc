"""Entity resolution services: match one incoming row, merge / unmerge, batch resolution with a review queue.

Thresholds (probabilities) come from settings, documented in docs/resolution.md:
``LIENKET_RESOLVE_UPPER`` (default 0.97): at or above, merge automatically / treat an import row as that firm;
``LIENKET_RESOLVE_LOWER`` (default 0.5): between the two, queue the pair for an officer.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import sys
import threading
import traceback
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from lienket.core.resolve.engine import BLOCKING_KEYS
from lienket.core.resolve.model import score_pair, weight_to_probability
from lienket.core.resolve.normalise import Features, RawRecord, features
from lienket.core.resolve.tax import normalise_tax
from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry
from lienket.web.registry.models import Enterprise

from .models import MatchCandidate, Merge, ResolutionRun, SourceValue

logger = logging.getLogger(__name__)


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
    """Features of an enterprise under each of its names (Vietnamese, English, other; each distinct name once,
    one nameless entry when it has none): the same names an incoming row with these fields is scored under."""
    names = [n for n in dict.fromkeys((e.name_vi, e.name_en, e.name_other)) if n] or [""]
    common = {"tax_code": e.tax_code or "", "address": e.address_raw or "", "phone": e.phone or ""}
    return [features(RawRecord(id=str(e.pk), name=n, **common)) for n in names]


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
        if cols == ("phone",) and f.phone2:  # "0222 3812 345 / 0912 ...": either number finds the other side
            out.append((i, f.phone2))
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


def score_candidates(
    candidate: dict, exclude: set[int] | None = None, *, refresh: bool = True
) -> list[Scored]:
    """Live enterprises that share a blocking key with ``candidate``, best first, with probability and reasons.
    ``refresh=False`` skips the index refresh query (a batch refreshes once, then scores many rows)."""
    return score_features([features(r) for r in _candidate_record(candidate)], exclude, refresh=refresh)


def score_features(
    incoming: list[Features], exclude: set[int] | None = None, *, refresh: bool = True
) -> list[Scored]:
    """``score_candidates`` for a record already parsed: ``incoming`` holds its features under each of its names
    (e.g. ``_INDEX.feats[pk]`` of an enterprise, so that a run does not parse every enterprise again)."""
    with _INDEX.lock:
        if refresh:
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
        raise ResolutionError(_("Không thể gộp một doanh nghiệp với chính nó."))
    if canonical.deleted_at is not None or duplicate.deleted_at is not None:
        raise ResolutionError(_("Cả hai bản ghi phải đang hoạt động (chưa xóa, chưa gộp)."))
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
        raise ResolutionError(_("Lần gộp này đã được hoàn tác."))
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


RUN_CHUNK = 1000  # enterprises loaded (and new queued pairs written) per step of run_resolution

Progress = Callable[[int, int, dict[str, int]], None]


def run_resolution(
    actor=None, *, auto_merge: bool = True, progress: Progress | None = None
) -> dict[str, int]:
    """Scan live enterprises: merge pairs at or above the upper threshold (older record kept), queue pairs
    between the thresholds as ``MatchCandidate`` (existing decisions are kept; a pair an officer rejected is never
    merged). Returns counts ``{"merged": n, "queued": n}``; ``progress(done, total, counts)`` after each step.

    Queries do not grow with the number of enterprises: the known pairs are read once, enterprises
    ``RUN_CHUNK`` at a time, new pairs written with one ``bulk_create`` per step; only a merge costs queries
    of its own (the merge itself, the two records fetched fresh, one refresh of the index).

    Each enterprise is scored under all its names (Vietnamese, English, other) with the features the index already
    holds (``_INDEX.feats``), not parsed again; one missing from the index (e.g. written by a bulk load that
    bypassed ``updated_at``) makes the step refresh the index once, and is parsed from its row if still missing.
    """
    lower, upper = thresholds()
    counts = {"merged": 0, "queued": 0}
    batch = f"resolve-{uuid.uuid4().hex[:12]}"
    pks = list(Enterprise.objects.order_by("pk").values_list("pk", flat=True))
    known: set[tuple[int, int]] = set()
    rejected: set[tuple[int, int]] = set()
    for left, right, status in MatchCandidate.objects.values_list("left_id", "right_id", "status"):
        known.add((left, right))
        if status == MatchCandidate.Status.REJECTED:
            rejected.add((left, right))
    with _INDEX.lock:
        _INDEX.refresh()
    for start in range(0, len(pks), RUN_CHUNK):
        step = pks[start : start + RUN_CHUNK]
        alive = Enterprise.objects.only(*[f for f in _FIELDS if f != "pk"]).in_bulk(step)
        with _INDEX.lock:
            if any(pk not in _INDEX.feats for pk in alive):
                _INDEX.refresh()
        queued: list[MatchCandidate] = []
        for pk in step:
            e = alive.get(pk)
            if e is None:  # merged away earlier in this run (or deleted meanwhile)
                continue
            with _INDEX.lock:
                incoming = _INDEX.feats.get(pk)
            if incoming is None:  # not in the index even after a refresh: parse its row
                incoming = enterprise_features(e)
            for s in score_features(incoming, exclude={pk}, refresh=False):
                if s.probability < lower:
                    break
                a, b = sorted((pk, s.enterprise_id))
                if s.probability >= upper and auto_merge:
                    if (a, b) in rejected:
                        continue
                    both = Enterprise.objects.in_bulk([a, b])
                    if len(both) < 2:
                        continue
                    merge(both[a], both[b], actor, "tự động (trên ngưỡng)", score=s.probability, batch=batch)
                    counts["merged"] += 1
                    # merge() saved both: the duplicate is gone, the index takes the canonical one's filled fields.
                    alive.pop(b, None)
                    with _INDEX.lock:
                        _INDEX.refresh()
                    break
                if (a, b) not in known:
                    known.add((a, b))
                    queued.append(
                        MatchCandidate(left_id=a, right_id=b, score=s.probability, reasons=list(s.reasons))
                    )
        if queued:
            MatchCandidate.objects.bulk_create(queued, ignore_conflicts=True)
            counts["queued"] += len(queued)
        if progress is not None:
            progress(min(start + RUN_CHUNK, len(pks)), len(pks), dict(counts))
    return counts


# ------------------------------------------------------------------------------------ batch lookup (import)


def find_existing_many(candidates: list[dict]) -> list[tuple[Enterprise | None, float, str]]:
    """``find_existing`` for many incoming rows at once, same answers in the same order.

    Exact tax codes are looked up in one query; the other rows are scored by the model against the in-process
    index, and the enterprises they point to are fetched in one more query (never a query per row).
    """
    out: list[tuple[Enterprise | None, float, str] | None] = [None] * len(candidates)
    written: dict[int, str] = {}
    for i, cand in enumerate(candidates):
        tax = normalise_tax(str(cand.get("tax_code") or ""))
        if len(tax) in (10, 13):
            written[i] = tax if len(tax) == 10 else f"{tax[:10]}-{tax[10:]}"
    by_tax = {e.tax_code: e for e in Enterprise.objects.filter(tax_code__in=set(written.values()))}
    for i, code in written.items():
        if code in by_tax:
            out[i] = (by_tax[code], 1.0, "auto")
    with _INDEX.lock:
        _INDEX.refresh()
    scored: dict[int, list[Scored]] = {
        i: score_candidates(cand, refresh=False) for i, cand in enumerate(candidates) if out[i] is None
    }
    wanted = {s.enterprise_id for ss in scored.values() for s in ss}
    alive = Enterprise.objects.in_bulk(wanted) if wanted else {}
    for i, ss in scored.items():
        out[i] = (None, 0.0, "new")
        for s in ss:
            hit = alive.get(s.enterprise_id)
            if hit is not None:
                found = band(s.probability)
                out[i] = ((None if found == "new" else hit), s.probability, found)
                break
    return out  # type: ignore[return-value]


# ---------------------------------------------------------------------------------- officer decisions


def default_canonical(a: Enterprise, b: Enterprise) -> Enterprise:
    """The record to keep by default: the verified one, else the older one (created first, then lower id)."""
    if bool(a.verified_on) != bool(b.verified_on):
        return a if a.verified_on else b
    return min((a, b), key=lambda e: (e.created_at, e.pk))


def _decide(candidate: MatchCandidate, status: str, actor, reason: str) -> None:
    before = audit.snapshot(candidate)
    candidate.status = status
    candidate.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    candidate.decided_at = timezone.now()
    candidate.decision_reason = reason
    candidate.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
    audit.record(candidate, action=AuditEntry.Action.UPDATE, actor=actor, before=before, reason=reason)


def _pending(candidate_id: int) -> MatchCandidate:
    candidate = MatchCandidate.objects.select_for_update().filter(pk=candidate_id).first()
    if candidate is None:
        raise ResolutionError(_("Cặp nghi trùng không còn tồn tại."))
    if candidate.status != MatchCandidate.Status.PENDING:
        raise ResolutionError(_("Cặp này đã được quyết định."))
    return candidate


@transaction.atomic
def confirm_candidate(candidate_id: int, canonical_id: int, actor=None, reason: str = "") -> Merge:
    """An officer confirms a queued pair: ``canonical_id`` (one of the two) is kept, the other merged into it.
    The pair is marked confirmed; the merge and the decision are audited in the same transaction."""
    candidate = _pending(candidate_id)
    if canonical_id not in (candidate.left_id, candidate.right_id):
        raise ResolutionError(_("Bản ghi giữ lại phải là một trong hai bản ghi của cặp."))
    other_id = candidate.right_id if canonical_id == candidate.left_id else candidate.left_id
    records = Enterprise.all_objects.select_for_update().in_bulk([canonical_id, other_id])
    record = merge(
        records[canonical_id],
        records[other_id],
        actor,
        reason or "xác nhận trùng (hàng chờ xem xét)",
        score=candidate.score,
    )
    _decide(candidate, MatchCandidate.Status.CONFIRMED, actor, reason)
    return record


@transaction.atomic
def reject_candidate(candidate_id: int, actor=None, reason: str = "") -> MatchCandidate:
    """An officer says a queued pair is two different enterprises (reason required); later runs keep it apart."""
    reason = (reason or "").strip()
    if not reason:
        raise ResolutionError(_("Hãy ghi lý do vì sao hai bản ghi không trùng."))
    candidate = _pending(candidate_id)
    _decide(candidate, MatchCandidate.Status.REJECTED, actor, reason)
    return candidate


@transaction.atomic
def undo_merge(merge_id: int, actor=None, reason: str = "") -> Merge:
    """Undo a merge (``unmerge``) and record the pair as "not the same" so that the next run does not redo it."""
    reason = (reason or "").strip()
    if not reason:
        raise ResolutionError(_("Hãy ghi lý do hoàn tác."))
    record = Merge.objects.select_for_update().filter(pk=merge_id).first()
    if record is None:
        raise ResolutionError(_("Lần gộp không tồn tại."))
    unmerge(record, actor, reason)
    a, b = sorted((record.canonical_id, record.merged_id))
    candidate, created = MatchCandidate.objects.get_or_create(
        left_id=a, right_id=b, defaults={"score": record.score or 0.0, "reasons": []}
    )
    before = None if created else audit.snapshot(candidate)
    candidate.status = MatchCandidate.Status.REJECTED
    candidate.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    candidate.decided_at = timezone.now()
    candidate.decision_reason = reason
    candidate.save()
    audit.record(
        candidate,
        action=AuditEntry.Action.CREATE if created else AuditEntry.Action.UPDATE,
        actor=actor,
        before=before,
        reason=reason,
        batch=record.batch,
    )
    return record


# ------------------------------------------------------------------------------------------ background runs

# Stored in Vietnamese, shown through the catalogue in the reader's language (``{% translate run.error %}``).
STALE_ERROR = gettext_noop(
    "Không còn tín hiệu từ tiến trình chạy: coi như thất bại (tiến trình đã dừng hoặc không khởi động được)."
)


class RunRefused(ResolutionError):
    """A run is already queued or running (``run``, or None when it ended meanwhile): one at a time."""

    def __init__(self, run: ResolutionRun | None) -> None:
        self.run = run
        if run is None:
            msg = _("Một lượt chạy khác vừa được bắt đầu. Hãy thử lại sau ít phút.")
        else:
            msg = _(
                "Lượt chạy #%(pk)s (%(status)s, bắt đầu bởi %(who)s) chưa xong: mỗi lúc chỉ một lượt chạy. "
                "Hãy chờ nó kết thúc."
            ) % {"pk": run.pk, "status": run.get_status_display(), "who": run.started_by or "—"}
        super().__init__(msg)


def stale_after() -> dt.timedelta:
    """How long a queued or running run may go without a sign of life (``RESOLUTION_RUN_STALE_MINUTES``)."""
    return dt.timedelta(minutes=int(getattr(settings, "RESOLUTION_RUN_STALE_MINUTES", 120)))


def expire_stale_runs(now: dt.datetime | None = None) -> int:
    """Mark failed the queued or running runs silent for longer than ``stale_after()`` (their process died or
    never started): they no longer block a new run. Returns how many."""
    now = now or timezone.now()
    cutoff = now - stale_after()
    silent = Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at=None, created_at__lt=cutoff)
    return (
        ResolutionRun.objects.filter(status__in=ResolutionRun.ACTIVE)
        .filter(silent)
        .update(status=ResolutionRun.Status.FAILED, finished_at=now, error=STALE_ERROR)
    )


def start_run(actor=None, *, inline: bool | None = None) -> ResolutionRun:
    """Queue a resolution run and start it: in a detached ``lienket dedupe --run ID`` process, or here and now
    when ``inline`` (default: setting ``RESOLUTION_RUN_INLINE``, true in test mode). Raises ``RunRefused`` while
    another run is queued or running; stale ones are marked failed first."""
    expire_stale_runs()
    active = (
        ResolutionRun.objects.filter(status__in=ResolutionRun.ACTIVE).select_related("started_by").first()
    )
    if active is not None:
        raise RunRefused(active)
    try:
        with transaction.atomic():
            run = ResolutionRun.objects.create(
                started_by=actor if getattr(actor, "is_authenticated", False) else None
            )
    except IntegrityError:  # another officer's click won the race (the one-active constraint)
        raise RunRefused(ResolutionRun.objects.filter(status__in=ResolutionRun.ACTIVE).first()) from None
    if inline is None:
        inline = bool(getattr(settings, "RESOLUTION_RUN_INLINE", False))
    if inline:
        return execute_run(run.pk)
    transaction.on_commit(lambda: spawn_run(run.pk))
    return run


def spawn_run(run_id: int) -> None:
    """Start ``lienket dedupe --run ID`` in its own session (a web worker's restart does not stop it); output goes
    to ``LIENKET_HOME/logs/resolution-run-ID.log``. A process that cannot start fails the run at once."""
    home = str(settings.LIENKET_HOME)
    cmd = [sys.executable, "-m", "lienket.cli", "dedupe", "--run", str(run_id)]
    env = {**os.environ, "LIENKET_HOME": home, "LIENKET_MODE": settings.MODE}
    try:
        logs = os.path.join(home, "logs")
        os.makedirs(logs, exist_ok=True)
        with open(os.path.join(logs, f"resolution-run-{run_id}.log"), "ab") as log:
            subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
                close_fds=True,
            )
    except OSError as exc:
        logger.exception("resolution run %s: the process did not start", run_id)
        _finish(run_id, ResolutionRun.Status.FAILED, error=f"{type(exc).__name__}: {exc}")


def _finish(run_id: int, status: str, *, counts: dict | None = None, error: str = "") -> None:
    fields = {"status": status, "finished_at": timezone.now(), "error": error}
    if counts is not None:
        fields["counts"] = counts
    ResolutionRun.objects.filter(pk=run_id).update(**fields)


def execute_run(run_id: int) -> ResolutionRun:
    """Do the queued run ``run_id``: ``run_resolution`` as the officer who started it, the progress and running
    counts written to the run after each step, then ``done`` with the counts or ``failed`` with the error.

    Each merge is its own transaction (no transaction around the whole run), so the run page sees the progress
    and a failure keeps the merges already done, each audited and undoable. Raises ``ResolutionError`` only when
    the run does not exist or is not queued; a failed run is recorded, not raised.
    """
    now = timezone.now()
    claimed = ResolutionRun.objects.filter(pk=run_id, status=ResolutionRun.Status.QUEUED).update(
        status=ResolutionRun.Status.RUNNING,
        started_at=now,
        heartbeat_at=now,
        progress_total=Enterprise.objects.count(),
    )
    run = ResolutionRun.objects.select_related("started_by").filter(pk=run_id).first()
    if run is None:
        raise ResolutionError(_("Không có lượt chạy #%(pk)s.") % {"pk": run_id})
    if not claimed:
        raise ResolutionError(
            _("Lượt chạy #%(pk)s không ở trạng thái chờ (%(status)s).")
            % {"pk": run_id, "status": run.get_status_display()}
        )

    def progress(done: int, total: int, counts: dict[str, int]) -> None:
        ResolutionRun.objects.filter(pk=run_id).update(
            progress_done=done, progress_total=total, counts=counts, heartbeat_at=timezone.now()
        )

    try:
        counts = run_resolution(run.started_by, progress=progress)
    except Exception as exc:  # noqa: BLE001 - any failure is recorded on the run for the officer to see
        logger.exception("resolution run %s failed", run_id)
        _finish(
            run_id, ResolutionRun.Status.FAILED, error="".join(traceback.format_exception_only(exc)).strip()
        )
    else:
        _finish(run_id, ResolutionRun.Status.DONE, counts=counts)
    run.refresh_from_db()
    return run
