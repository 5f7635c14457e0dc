"""run_resolution: the same merges and queued pairs as the one-query-per-pair version it replaced, rejected pairs
kept apart, and a number of queries that does not grow with the number of enterprises; every name (name_other too)
takes part, and enterprises are scored with the features the index holds instead of being parsed again."""

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


ALL_NAMES = ("name_vi", "name_en", "name_other")
OLD_NAMES = ("name_vi", "name_en")  # what the run scored an enterprise under until name_other was added


def _previous_run_resolution(
    actor=None, *, auto_merge: bool = True, names: tuple[str, ...] = ALL_NAMES
) -> dict[str, int]:
    """The version before the prefetching rewrite (queries per enterprise and per pair, each enterprise turned
    into a candidate dict and parsed again), kept as the reference. ``names=OLD_NAMES`` is that version exactly;
    the default also passes ``name_other``, the fix the run now has (an enterprise is scored under all its
    names, as the index and ``find_existing`` always did)."""
    lower, upper = services.thresholds()
    counts = {"merged": 0, "queued": 0}
    batch = f"resolve-{uuid.uuid4().hex[:12]}"
    for pk in list(Enterprise.objects.order_by("pk").values_list("pk", flat=True)):
        e = Enterprise.objects.filter(pk=pk).first()
        if e is None:
            continue
        cand = {
            **{name: getattr(e, name) for name in names},
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


PARK_LOT = "Lô A5, KCN Quế Võ, tỉnh Bắc Ninh"


def _by_other_name(address: str = "") -> tuple[Enterprise, Enterprise]:
    """Two records of one firm whose Vietnamese names differ and agree only in their foreign name, kept in
    ``name_other`` on both: the pair matches only when name_other takes part on both sides."""
    a = Enterprise.objects.create(
        name_vi="Công ty TNHH Ánh Dương Phát", name_other="Hanbit Electronics", address_raw=address
    )
    b = Enterprise.objects.create(
        name_vi="Công ty TNHH Linh kiện Quang Minh",
        name_other="Hanbit Electronics Co., Ltd",
        address_raw=address,
    )
    return a, b


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
    _by_other_name(PARK_LOT)
    _by_other_name()
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


def _pairs_of(outcome: tuple) -> tuple[set, set]:
    _counts, merges, pairs, _alive = outcome
    return {m[:2] for m in merges}, {p[:2] for p in pairs}


@pytest.mark.parametrize(("address", "merged"), [(PARK_LOT, True), ("", False)])
def test_a_pair_matching_only_through_name_other_is_merged_or_queued(officer, address, merged):
    a, b = _by_other_name(address)
    # One row of b's fields is matched to a (through a's name_other) by the scoring find_existing uses.
    best = services.score_candidates({"name_other": b.name_other, "address": address}, exclude={b.pk})[0]
    assert best.enterprise_id == a.pk and best.probability >= services.thresholds()[0]
    old = _rolled_back(lambda: _previous_run_resolution(officer, names=OLD_NAMES))
    assert (a.pk, b.pk) not in set.union(*_pairs_of(old))  # the bug: the run never saw the pair
    outcome = _rolled_back(lambda: services.run_resolution(officer))
    assert outcome == _rolled_back(lambda: _previous_run_resolution(officer))
    merges, pairs = _pairs_of(outcome)
    if merged:  # same park and lot, same foreign name: sure (canonical: the older record)
        assert (a.pk, b.pk) in merges and (a.pk, b.pk) not in pairs
    else:  # the foreign name alone: for an officer to review
        assert (a.pk, b.pk) in pairs and (a.pk, b.pk) not in merges
        services.run_resolution(officer)  # the outcome above was rolled back: run again to read the pair
        score = MatchCandidate.objects.get(left=a, right=b).score
        lower, upper = services.thresholds()
        assert lower <= score < upper


def _count_parses(monkeypatch) -> dict[str, int]:
    """Count ``features()`` calls in services: while the index refreshes, and anywhere else."""
    parsed = {"refresh": 0, "elsewhere": 0}
    refreshing = [False]
    real_features, real_refresh = services.features, services._Index.refresh

    def counting_features(rec):
        parsed["refresh" if refreshing[0] else "elsewhere"] += 1
        return real_features(rec)

    def tracking_refresh(self):
        refreshing[0] = True
        try:
            real_refresh(self)
        finally:
            refreshing[0] = False

    monkeypatch.setattr(services, "features", counting_features)
    monkeypatch.setattr(services._Index, "refresh", tracking_refresh)
    return parsed


@pytest.mark.parametrize("auto_merge", [True, False])
def test_indexed_enterprises_are_not_parsed_again_and_results_are_unchanged(officer, monkeypatch, auto_merge):
    Enterprise.objects.update(name_other="")  # where name_other plays no part, the run is exactly the old one
    _twins()
    _doubtful()
    _reject(*_twins()[0])
    old = _rolled_back(lambda: _previous_run_resolution(officer, auto_merge=auto_merge, names=OLD_NAMES))
    live = Enterprise.objects.count()
    with services._INDEX.lock:
        services._INDEX.refresh()  # every live enterprise parsed into the index before the run
    parsed = _count_parses(monkeypatch)
    new = _rolled_back(lambda: services.run_resolution(officer, auto_merge=auto_merge))
    assert new == old
    assert parsed["elsewhere"] == 0, parsed  # scored with the index's features, never parsed again
    # The refreshes re-read only rows written since the index was built (the merged records; the newest row,
    # updated_at >= since), not the registry.
    assert parsed["refresh"] < 3 * (1 + 2 * new[0]["merged"]) < live, (parsed, live)
    # The previous version parsed every live enterprise again (the check above would catch a return to it).
    parsed.update(refresh=0, elsewhere=0)
    with services._INDEX.lock:
        services._INDEX.refresh()
    _rolled_back(lambda: _previous_run_resolution(officer, auto_merge=auto_merge, names=OLD_NAMES))
    assert parsed["elsewhere"] >= live


def test_an_enterprise_missing_from_the_index_is_still_scored(officer):
    """A row the index cannot see (written with an old ``updated_at``, as a bulk load may): the step refreshes
    the index, then parses that row; its twin is merged into the original as before."""
    with services._INDEX.lock:
        services._INDEX.refresh()
    original = Enterprise.objects.exclude(address_raw="").exclude(phone="").order_by("pk").first()
    twin = Enterprise.objects.create(
        name_vi=original.name_vi.upper(), address_raw=original.address_raw, phone=original.phone
    )
    Enterprise.objects.filter(pk=twin.pk).update(updated_at=original.updated_at)
    services.run_resolution(officer)
    with services._INDEX.lock:
        assert twin.pk not in services._INDEX.feats  # the refresh could not see it
    assert Merge.objects.filter(canonical=original, merged=twin).exists()
