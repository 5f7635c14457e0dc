"""Officer pages of entity resolution: who may open them, confirm / reject / skip, undo, run now, query bounds."""

from __future__ import annotations

import pytest
from django.urls import reverse

from lienket.web.audit.models import AuditEntry
from lienket.web.registry.models import Enterprise
from lienket.web.resolution import services
from lienket.web.resolution.models import MatchCandidate, Merge, ResolutionRun, SourceValue

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _pages(candidate, merge_pk, enterprise_pk, run_pk):
    return [
        ("get", reverse("resolution:queue")),
        ("get", reverse("resolution:pair", args=[candidate.pk])),
        ("get", reverse("resolution:merges")),
        ("get", reverse("resolution:undo", args=[merge_pk])),
        ("get", reverse("resolution:source_values", args=[enterprise_pk])),
        ("get", reverse("resolution:run")),
        ("get", reverse("resolution:run_detail", args=[run_pk])),
        ("get", reverse("resolution:run_status", args=[run_pk])),
        ("post", reverse("resolution:confirm", args=[candidate.pk])),
        ("post", reverse("resolution:reject", args=[candidate.pk])),
        ("post", reverse("resolution:skip", args=[candidate.pk])),
        ("post", reverse("resolution:run")),
    ]


def test_only_officers_reach_the_resolution_pages(persona_client, candidate, officer):
    other = Enterprise.objects.exclude(pk__in=[candidate.left_id, candidate.right_id]).order_by("pk")
    record = services.merge(other[0], other[1], officer, "fixture")
    run = ResolutionRun.objects.create(status="done", counts={"merged": 0, "queued": 0})
    for method, url in _pages(candidate, record.pk, other[0].pk, run.pk):
        if persona_client.persona == "officer" and method == "post":
            continue  # the officer's writes are tested below, one by one
        r = getattr(persona_client, method)(url)
        expected = {"anonymous": 302, "enterprise": 403, "buyer": 403, "officer": 200}[persona_client.persona]
        assert r.status_code == expected, (persona_client.persona, method, url, r.status_code)
        if expected == 302:
            assert reverse("login") in r["Location"] or "/login/" in r["Location"]
    # nothing was decided (or started) by anyone who was refused
    candidate.refresh_from_db()
    assert candidate.status == "pending"
    assert ResolutionRun.objects.count() == 1


def test_queue_lists_pending_pairs_with_score_and_reasons(officer_client, candidate):
    page = officer_client.get(reverse("resolution:queue")).content.decode()
    assert candidate.left.name_vi in page and candidate.right.name_vi in page
    assert "0.80" in page or "0,80" in page
    assert "same park" in page


def test_queue_filters_by_score_band_and_province(officer_client, candidate):
    high = officer_client.get(reverse("resolution:queue"), {"band": "high"}).content.decode()
    assert reverse("resolution:pair", args=[candidate.pk]) not in high
    mid = officer_client.get(reverse("resolution:queue"), {"band": "mid"}).content.decode()
    assert reverse("resolution:pair", args=[candidate.pk]) in mid
    code = candidate.left.province.code
    same = officer_client.get(reverse("resolution:queue"), {"province": code}).content.decode()
    assert reverse("resolution:pair", args=[candidate.pk]) in same


def test_queue_fragment_for_htmx(officer_client, candidate):
    r = officer_client.get(reverse("resolution:queue"), {"fragment": "queue"}, **HTMX)
    body = r.content.decode()
    assert body.startswith('<div id="queue">') and "<html" not in body


def test_queue_hides_pairs_whose_record_was_merged_away(officer_client, candidate, officer):
    services.merge(candidate.left, candidate.right, officer, "elsewhere")
    page = officer_client.get(reverse("resolution:queue")).content.decode()
    assert reverse("resolution:pair", args=[candidate.pk]) not in page


def test_queue_query_count_is_bounded(officer_client, pair_records, django_assert_max_num_queries):
    ents = list(Enterprise.objects.order_by("pk")[:30])
    MatchCandidate.objects.bulk_create(
        MatchCandidate(left=ents[i], right=ents[j], score=0.6 + (i + j) / 200, reasons=["x"])
        for i in range(0, 10)
        for j in range(i + 1, i + 4)
    )
    with django_assert_max_num_queries(12):
        r = officer_client.get(reverse("resolution:queue"))
    assert r.status_code == 200 and r.content.decode().count('class="button" href="/trung-lap/cap/') == 25


def test_pair_page_shows_both_records_and_highlights_differences(officer_client, candidate):
    page = officer_client.get(reverse("resolution:pair", args=[candidate.pk])).content.decode()
    assert candidate.left.name_vi in page and candidate.right.name_vi in page
    assert 'class="differs"' in page
    assert "csrfmiddlewaretoken" in page
    assert page.count("csrfmiddlewaretoken") >= 3  # confirm, reject, skip (+ the language switch)


def test_confirm_merges_moves_children_and_records_the_decision(officer_client, candidate):
    keep, dup = candidate.left, candidate.right
    dup_offerings = set(dup.offerings.values_list("pk", flat=True))
    r = officer_client.post(
        reverse("resolution:confirm", args=[candidate.pk]), {"canonical": keep.pk, "reason": "same MST"}
    )
    assert r.status_code == 302
    candidate.refresh_from_db()
    assert candidate.status == "confirmed" and candidate.decided_by.username == "alice"
    dup = Enterprise.all_objects.get(pk=dup.pk)
    assert dup.merged_into_id == keep.pk and dup.deleted_at is not None
    assert dup_offerings <= set(keep.offerings.values_list("pk", flat=True))
    record = Merge.objects.get(canonical=keep, merged=dup)
    assert record.score == 0.8 and record.by.username == "alice"
    assert AuditEntry.objects.filter(action="merge", batch=record.batch).count() == 2
    assert AuditEntry.objects.filter(object_id=str(candidate.pk), action="update").exists()


def test_confirm_can_keep_the_other_record_via_htmx(officer_client, candidate):
    keep = candidate.right
    r = officer_client.post(
        reverse("resolution:confirm", args=[candidate.pk]), {"canonical": keep.pk}, **HTMX
    )
    assert r.status_code == 200 and 'id="actions"' in r.content.decode()
    assert Enterprise.all_objects.get(pk=candidate.left_id).merged_into_id == keep.pk


def test_confirm_rejects_a_canonical_outside_the_pair(officer_client, candidate):
    outsider = Enterprise.objects.exclude(pk__in=[candidate.left_id, candidate.right_id]).first()
    r = officer_client.post(reverse("resolution:confirm", args=[candidate.pk]), {"canonical": outsider.pk})
    assert r.status_code == 400
    candidate.refresh_from_db()
    assert candidate.status == "pending" and not Merge.objects.exists()


def test_confirm_twice_is_refused_and_changes_nothing(officer_client, candidate):
    url = reverse("resolution:confirm", args=[candidate.pk])
    officer_client.post(url, {"canonical": candidate.left_id})
    r = officer_client.post(url, {"canonical": candidate.left_id})
    assert r.status_code == 409
    assert Merge.objects.count() == 1


def test_reject_records_the_decision_with_its_reason(officer_client, candidate):
    r = officer_client.post(reverse("resolution:reject", args=[candidate.pk]), {"reason": "khác KCN"})
    assert r.status_code == 302
    candidate.refresh_from_db()
    assert (candidate.status, candidate.decision_reason) == ("rejected", "khác KCN")
    assert Enterprise.objects.filter(pk__in=[candidate.left_id, candidate.right_id]).count() == 2
    entry = AuditEntry.objects.get(object_id=str(candidate.pk), action="update")
    assert entry.reason == "khác KCN" and entry.changes["status"] == ["pending", "rejected"]


def test_reject_without_a_reason_is_refused(officer_client, candidate):
    r = officer_client.post(reverse("resolution:reject", args=[candidate.pk]), {"reason": "  "})
    assert r.status_code == 400
    candidate.refresh_from_db()
    assert candidate.status == "pending"


def test_skip_moves_to_the_next_pair_and_writes_nothing(officer_client, candidate, pair_records):
    a, b = pair_records
    c = Enterprise.objects.exclude(pk__in=[a.pk, b.pk]).order_by("pk").first()
    lo, hi = sorted((a, c), key=lambda e: e.pk)
    second = MatchCandidate.objects.create(left=lo, right=hi, score=0.7, reasons=[])
    r = officer_client.post(reverse("resolution:skip", args=[candidate.pk]))
    assert r["Location"] == reverse("resolution:pair", args=[second.pk])
    candidate.refresh_from_db()
    assert candidate.status == "pending" and candidate.decided_at is None


def test_undo_page_asks_for_confirmation_then_restores(officer_client, candidate):
    officer_client.post(reverse("resolution:confirm", args=[candidate.pk]), {"canonical": candidate.left_id})
    record = Merge.objects.get()
    history = officer_client.get(reverse("resolution:merges")).content.decode()
    assert reverse("resolution:undo", args=[record.pk]) in history
    ask = officer_client.get(reverse("resolution:undo", args=[record.pk]))
    assert ask.status_code == 200 and "csrfmiddlewaretoken" in ask.content.decode()
    assert Merge.objects.get().undone_at is None  # the GET only asks
    assert (
        officer_client.post(reverse("resolution:undo", args=[record.pk]), {"reason": ""}).status_code == 400
    )
    r = officer_client.post(reverse("resolution:undo", args=[record.pk]), {"reason": "nhầm"})
    assert r.status_code == 302
    dup = Enterprise.objects.get(pk=candidate.right_id)
    assert dup.merged_into is None
    record.refresh_from_db()
    assert record.undone_by.username == "alice"
    candidate.refresh_from_db()
    assert candidate.status == "rejected"  # the next run will not merge it again
    assert not SourceValue.objects.filter(merge=record).exists()
    again = officer_client.post(reverse("resolution:undo", args=[record.pk]), {"reason": "again"})
    assert again.status_code == 409


def test_source_values_page_lists_each_source_with_provenance(officer_client, candidate):
    Enterprise.all_objects.filter(pk=candidate.right_id).update(source="Sở KH&ĐT 2024.xlsx", source_ref="r-9")
    officer_client.post(reverse("resolution:confirm", args=[candidate.pk]), {"canonical": candidate.left_id})
    page = officer_client.get(reverse("resolution:source_values", args=[candidate.left_id])).content.decode()
    assert "Sở KH&amp;ĐT 2024.xlsx" in page and "r-9" in page
    assert Enterprise.all_objects.get(pk=candidate.right_id).name_vi in page


def test_run_now_reports_auto_merges_and_queued_pairs(officer_client, pair_records):
    a = pair_records[0]
    twin = Enterprise.objects.create(
        name_vi=a.name_vi.upper(), address_raw=a.address_raw, phone=a.phone, province=a.province
    )
    r = officer_client.post(reverse("resolution:run"))
    run = ResolutionRun.objects.get()
    assert r.status_code == 302 and r["Location"] == reverse("resolution:run_detail", args=[run.pk])
    body = officer_client.get(r["Location"]).content.decode()
    assert "resolution-message" in body and "cặp gộp tự động" in body
    merged = Merge.objects.filter(merged__in=[a, twin]).count() + Merge.objects.filter(canonical=twin).count()
    assert merged >= 1 and run.counts["merged"] >= 1
    assert AuditEntry.objects.filter(action="merge").count() >= 2


def test_pages_in_english(officer_client, candidate, settings):
    officer_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    queue = officer_client.get(reverse("resolution:queue")).content.decode()
    assert "Duplicate review queue" in queue and "1 pair pending review" in queue
    pair = officer_client.get(reverse("resolution:pair", args=[candidate.pk])).content.decode()
    assert "Confirm duplicate and merge" in pair and "Tax code" in pair
    r = officer_client.post(reverse("resolution:reject", args=[candidate.pk]), {"reason": "x"}, follow=True)
    assert "Recorded: the two records are different enterprises." in r.content.decode()


def test_navigation_entry_for_officers_only(client, officer, enterprise_user):
    client.force_login(officer)
    assert 'href="/trung-lap/"' in client.get(reverse("portal:home")).content.decode()
    client.force_login(enterprise_user)
    assert 'href="/trung-lap/"' not in client.get(reverse("portal:home")).content.decode()


def test_source_values_are_labelled_by_field_name_in_the_active_language(officer_client, candidate, settings):
    officer_client.post(reverse("resolution:confirm", args=[candidate.pk]), {"canonical": candidate.left_id})
    url = reverse("resolution:source_values", args=[candidate.left_id])
    assert "tên tiếng Việt" in officer_client.get(url).content.decode()
    officer_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "address_raw" not in officer_client.get(url).content.decode()


def test_htmx_error_shows_in_the_actions_panel(officer_client, candidate):
    r = officer_client.post(reverse("resolution:reject", args=[candidate.pk]), {"reason": ""}, **HTMX)
    body = r.content.decode()
    assert r.status_code == 200 and body.startswith('<section id="actions"') and 'role="alert"' in body
    candidate.refresh_from_db()
    assert candidate.status == "pending"
