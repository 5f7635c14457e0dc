"""run_resolution: the same merges and queued pairs as the one-query-per-pair version it replaced, rejected pairs
kept apart, and a number of queries that does not grow with the number of enterprises."""

from __future__ import annotations

import uuid

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from lienket.web.registry.models import Enterprise
from lienket.web.resolution import services
from lienket.web.resolution.models import MatchCandidate, Merge

pytestmark = pytest.mark.django_db

SYLLABLES = "bam cor dul fen gix hov jat kum lep mor nix pav qua rus sib tov vex wun xal yop zed".split()


def _previous_run_resolution(actor=None, *, auto_merge: bool = True) -> dict[str, int]:
    """The version before the prefetching rewrite (queries per enterprise and per pair), kept as the reference."""
    lower, upper = services.thresholds()
    counts = {"merged": 0, "queued": 0}
    batch = f"resolve-{uuid.uuid4().hex[:12]}"
    for pk in list(Enterprise.objects.order_by("pk").values_list("pk", flat=True)):
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
        for s in services.score_candidates(cand, exclude={pk}):
            if s.probability < lower:
                break
            a, b = sorted((pk, s.enterprise_id))
            if s.probability >= upper and auto_merge:
                other = Enterprise.objects.filter(pk=s.enterprise_id).first()
                if (
                    other is not None
                    and not MatchCandidate.objects.filter(left_id=a, right_id=b, status="rejected").exists()
                ):
                    services.merge(
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
                _candidate, created = MatchCandidate.objects.get_or_create(
                    left_id=a, right_id=b, defaults={"score": s.probability, "reasons": list(s.reasons)}
                )
                counts["queued"] += int(created)
    return counts


def _twins() -> list[tuple[Enterprise, Enterprise]]:
    """(original, upper-case copy with the same address and phone): sure duplicates."""
    out = []
    for a in Enterprise.objects.exclude(address_raw="").exclude(phone="").order_by("pk")[:4]:
        twin = Enterprise.objects.create(
            name_vi=a.name_vi.upper(), address_raw=a.address_raw, phone=a.phone, province=a.province
        )
        out.append((a, twin))
    return out


def _doubtful() -> list[Enterprise]:
    """Copies of a few other enterprises' names alone (no address, phone or province): pairs for review."""
    ents = Enterprise.objects.exclude(address_raw="").exclude(phone="").order_by("pk")[4:7]
    return [Enterprise.objects.create(name_vi=a.name_vi.upper()) for a in ents]


def _reject(x: Enterprise, y: Enterprise) -> tuple[int, int]:
    a, b = sorted((x.pk, y.pk))
    MatchCandidate.objects.create(left_id=a, right_id=b, score=0.99, reasons=[], status="rejected")
    return a, b


def _outcome(run) -> tuple:
    counts = run()
    merges = sorted(Merge.objects.values_list("canonical_id", "merged_id", "score"))
    pairs = sorted(MatchCandidate.objects.values_list("left_id", "right_id", "score", "reasons", "status"))
    alive = sorted(Enterprise.objects.values_list("pk", flat=True))
    return counts, merges, pairs, alive


def _rolled_back(run) -> tuple:
    with transaction.atomic():
        out = _outcome(run)
        transaction.set_rollback(True)
    services.reset_index()  # the index saw rows the rollback undid
    return out


@pytest.mark.parametrize("auto_merge", [True, False])
def test_same_merges_and_queued_pairs_as_the_previous_version(officer, auto_merge):
    twins = _twins()
    doubtful = _doubtful()
    kept_apart = _reject(*twins[0])
    before = _rolled_back(lambda: _previous_run_resolution(officer, auto_merge=auto_merge))
    after = _rolled_back(lambda: services.run_resolution(officer, auto_merge=auto_merge))
    assert after == before
    counts, merges, pairs, _alive = after
    assert counts["queued"] == len(pairs) - 1 >= len(doubtful)
    assert kept_apart not in {tuple(sorted(m[:2])) for m in merges}
    if auto_merge:
        assert counts["merged"] >= len(twins) - 1
    else:
        assert counts["merged"] == 0 and counts["queued"] >= len(twins) - 1 + len(doubtful)


def test_a_rejected_pair_is_never_merged_and_merged_records_are_skipped(officer):
    (orig, twin), *others = _twins()
    _reject(orig, twin)
    counts = services.run_resolution(officer)
    assert Enterprise.objects.filter(pk__in=[orig.pk, twin.pk]).count() == 2
    assert counts["merged"] == Merge.objects.count() >= len(others)
    for merged in Merge.objects.values_list("merged_id", flat=True):
        assert Merge.objects.filter(canonical_id=merged).count() == 0  # a merged record merged nothing after
    again = services.run_resolution(officer)
    assert again == {"merged": 0, "queued": 0}  # every decision of the first run is kept


def test_merges_are_audited_with_one_batch(officer):
    from lienket.web.audit.models import AuditEntry

    _twins()
    services.run_resolution(officer)
    batches = set(Merge.objects.values_list("batch", flat=True))
    assert len(batches) == 1
    assert AuditEntry.objects.filter(action="merge", batch=batches.pop()).count() == 2 * Merge.objects.count()


def _unique_enterprises(n: int, offset: int = 0) -> None:
    """Enterprises that share no blocking key with anyone: only a made-up name, no address, phone or tax code."""
    province = Enterprise.objects.exclude(province=None).first().province
    for i in range(offset, offset + n):
        brand = "".join(SYLLABLES[(i // len(SYLLABLES) ** k) % len(SYLLABLES)] for k in range(3)) + "tra"
        Enterprise.objects.create(name_vi=f"Công ty TNHH {brand.title()}", province=province)


def test_queries_do_not_grow_with_the_number_of_enterprises(officer):
    _twins()
    services.run_resolution(officer)  # the demo's duplicates settled: the next runs merge nothing
    _unique_enterprises(10)
    with CaptureQueriesContext(connection) as small:
        first = services.run_resolution(officer)
    _unique_enterprises(40, offset=10)
    with CaptureQueriesContext(connection) as large:
        second = services.run_resolution(officer)
    assert first == second == {"merged": 0, "queued": 0}
    assert len(large) == len(small), (len(small), len(large))
    assert len(large) <= 5  # enterprise ids, known pairs, index refresh, one step of enterprises


def test_progress_is_reported_per_step(officer, monkeypatch):
    monkeypatch.setattr(services, "RUN_CHUNK", 25)
    seen = []
    total = Enterprise.objects.count()
    services.run_resolution(officer, progress=lambda done, total, counts: seen.append((done, total)))
    assert seen[-1] == (total, total) and len(seen) == -(-total // 25)
