"""Background resolution runs: "run now" queues a ResolutionRun done by `lienket dedupe --run ID` (inline in tests),
one at a time, stale runs failed, a status fragment polled with htmx, failures recorded on the run."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from lienket.commands import dedupe
from lienket.web.registry.models import Enterprise
from lienket.web.resolution import services
from lienket.web.resolution.models import Merge, ResolutionRun

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _twin(pair_records) -> Enterprise:
    a = pair_records[0]
    return Enterprise.objects.create(
        name_vi=a.name_vi.upper(), address_raw=a.address_raw, phone=a.phone, province=a.province
    )


def _args(*argv):
    parser = argparse.ArgumentParser()
    dedupe.add_arguments(parser)
    return parser.parse_args(list(argv))


def _aged(run: ResolutionRun, hours: float) -> ResolutionRun:
    then = timezone.now() - dt.timedelta(hours=hours)
    ResolutionRun.objects.filter(pk=run.pk).update(created_at=then, heartbeat_at=then)
    return run


def test_run_now_inline_creates_a_done_run_with_counts(officer_client, officer, pair_records):
    _twin(pair_records)
    r = officer_client.post(reverse("resolution:run"))
    run = ResolutionRun.objects.get()
    assert r["Location"] == reverse("resolution:run_detail", args=[run.pk])
    assert run.status == "done" and run.started_by == officer
    assert run.counts["merged"] >= 1 and set(run.counts) == {"merged", "queued"}
    assert run.started_at and run.finished_at and not run.error
    assert run.progress_done == run.progress_total > 0
    assert Merge.objects.filter(by=officer).count() == run.counts["merged"]
    page = officer_client.get(r["Location"]).content.decode()
    assert f"{run.counts['merged']} cặp gộp tự động" in page and "hx-get" not in page  # done: no polling


def test_a_second_run_while_one_is_running_is_refused(officer_client):
    running = ResolutionRun.objects.create(status="running", heartbeat_at=timezone.now())
    r = officer_client.post(reverse("resolution:run"))
    body = r.content.decode()
    assert r.status_code == 409 and f"#{running.pk}" in body and 'role="alert"' in body
    assert reverse("resolution:run_detail", args=[running.pk]) in body
    assert ResolutionRun.objects.count() == 1
    with pytest.raises(services.RunRefused):
        services.start_run(None)


def test_a_queued_run_blocks_too_and_the_database_keeps_one_active(db):
    ResolutionRun.objects.create(status="queued")
    with pytest.raises(services.RunRefused):
        services.start_run(None)
    with pytest.raises(IntegrityError), transaction.atomic():
        ResolutionRun.objects.create(status="running")  # two officers' clicks at the same moment
    ResolutionRun.objects.create(status="done")
    ResolutionRun.objects.create(status="failed")


def test_stale_run_is_marked_failed_on_the_next_view_and_no_longer_blocks(officer_client):
    stuck = _aged(ResolutionRun.objects.create(status="running"), hours=3)
    finished_long_ago = _aged(ResolutionRun.objects.create(status="done"), hours=5)
    page = officer_client.get(reverse("resolution:run_detail", args=[stuck.pk])).content.decode()
    stuck.refresh_from_db()
    assert stuck.status == "failed" and stuck.error == services.STALE_ERROR and stuck.finished_at
    assert "Lượt chạy thất bại" in page and "hx-get" not in page
    finished_long_ago.refresh_from_db()
    assert finished_long_ago.status == "done"
    r = officer_client.post(reverse("resolution:run"))
    assert r.status_code == 302 and ResolutionRun.objects.filter(status="done").count() == 2


def test_a_queued_run_whose_process_finished_long_ago_goes_stale_from_its_creation(db, settings):
    settings.RESOLUTION_RUN_STALE_MINUTES = 30
    queued = ResolutionRun.objects.create(status="queued")  # no heartbeat yet
    ResolutionRun.objects.filter(pk=queued.pk).update(created_at=timezone.now() - dt.timedelta(minutes=31))
    assert services.expire_stale_runs() == 1
    queued.refresh_from_db()
    assert queued.status == "failed"


def test_a_long_run_that_still_reports_progress_is_not_stale(db):
    run = _aged(ResolutionRun.objects.create(status="running"), hours=5)
    ResolutionRun.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now())
    assert services.expire_stale_runs() == 0


def test_poll_fragment_polls_while_active_and_stops_when_done(officer_client):
    run = ResolutionRun.objects.create(
        status="running", heartbeat_at=timezone.now(), progress_done=1000, progress_total=4000
    )
    url = reverse("resolution:run_status", args=[run.pk])
    body = officer_client.get(url, **HTMX).content.decode()
    assert body.startswith('<div id="run-status"') and "<html" not in body
    assert f'hx-get="{url}"' in body and 'hx-trigger="every 2s"' in body and 'hx-swap="outerHTML"' in body
    assert "1000 / 4000" in body and 'value="25"' in body
    ResolutionRun.objects.filter(pk=run.pk).update(
        status="done", counts={"merged": 2, "queued": 7}, finished_at=timezone.now()
    )
    body = officer_client.get(url, **HTMX).content.decode()
    assert "hx-get" not in body and "hx-trigger" not in body
    assert "2 cặp gộp tự động, 7 cặp mới vào hàng chờ." in body
    detail = officer_client.get(reverse("resolution:run_detail", args=[run.pk])).content.decode()
    assert '<div id="run-status"' in detail


def test_run_pages_in_english(officer_client, settings):
    officer_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    done = ResolutionRun.objects.create(status="done", counts={"merged": 2, "queued": 7})
    page = officer_client.get(reverse("resolution:run_detail", args=[done.pk])).content.decode()
    assert "2 pairs merged automatically, 7 new pairs queued for review." in page
    failed = ResolutionRun.objects.create(status="failed", error=services.STALE_ERROR)
    page = officer_client.get(reverse("resolution:run_status", args=[failed.pk])).content.decode()
    assert "The run failed" in page and "No sign of life" in page
    listing = officer_client.get(reverse("resolution:run")).content.decode()
    assert "Recent runs" in listing and "Run now" in listing


def test_run_list_query_count_is_bounded(officer_client, officer, django_assert_max_num_queries):
    ResolutionRun.objects.bulk_create(
        ResolutionRun(status="done", started_by=officer, counts={"merged": i, "queued": i}) for i in range(12)
    )
    with django_assert_max_num_queries(8):
        r = officer_client.get(reverse("resolution:run"))
    assert len(re.findall(r'href="/trung-lap/chay/\d+/"', r.content.decode())) == 10


def test_dedupe_run_marks_the_run_done(pair_records, officer, capsys):
    _twin(pair_records)
    run = ResolutionRun.objects.create(started_by=officer)
    assert dedupe.run(_args("--run", str(run.pk))) == 0
    run.refresh_from_db()
    assert run.status == "done" and run.counts["merged"] >= 1 and run.finished_at >= run.started_at
    assert f"run #{run.pk} done: merged {run.counts['merged']}" in capsys.readouterr().out
    assert Merge.objects.filter(by=officer).exists()  # merged in the name of the officer who started it


def test_dedupe_run_refuses_a_run_that_is_not_queued(capsys):
    done = ResolutionRun.objects.create(status="done")
    assert dedupe.run(_args("--run", str(done.pk))) == 2
    assert dedupe.run(_args("--run", "999999")) == 2
    assert dedupe.run(_args("--run", str(done.pk), "--dry-run")) == 2
    done.refresh_from_db()
    assert done.status == "done"


def test_a_failure_records_the_error(officer_client, monkeypatch, capsys):
    def boom(*args, **kwargs):
        raise RuntimeError("ổ đĩa đầy")

    monkeypatch.setattr(services, "run_resolution", boom)
    run = ResolutionRun.objects.create()
    assert dedupe.run(_args("--run", str(run.pk))) == 1
    run.refresh_from_db()
    assert run.status == "failed" and run.error == "RuntimeError: ổ đĩa đầy" and run.finished_at
    assert "failed: RuntimeError: ổ đĩa đầy" in capsys.readouterr().out
    page = officer_client.get(reverse("resolution:run_status", args=[run.pk])).content.decode()
    assert "RuntimeError: ổ đĩa đầy" in page and "hx-get" not in page
    # Inline from the page too: the request answers with the failed run, not a server error.
    r = officer_client.post(reverse("resolution:run"), follow=True)
    assert r.status_code == 200 and ResolutionRun.objects.filter(status="failed").count() == 2


def test_outside_test_mode_the_page_starts_a_detached_process(
    officer, settings, monkeypatch, tmp_path, django_capture_on_commit_callbacks
):
    settings.RESOLUTION_RUN_INLINE = False
    settings.LIENKET_HOME = tmp_path
    started = []

    class FakePopen:
        def __init__(self, cmd, **kwargs):
            started.append((cmd, kwargs))

    monkeypatch.setattr(subprocess, "Popen", FakePopen)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.start_run(officer)
    ((cmd, kwargs),) = started
    assert cmd == [sys.executable, "-m", "lienket.cli", "dedupe", "--run", str(run.pk)]
    assert kwargs["start_new_session"] is True and kwargs["stdin"] == subprocess.DEVNULL
    assert kwargs["env"]["LIENKET_HOME"] == str(tmp_path)
    assert (tmp_path / "logs" / f"resolution-run-{run.pk}.log").exists()
    run.refresh_from_db()
    assert run.status == "queued"  # the process takes it from here


def test_a_process_that_cannot_start_fails_the_run(officer, settings, monkeypatch, tmp_path):
    settings.RESOLUTION_RUN_INLINE = False
    settings.LIENKET_HOME = tmp_path

    def refuse(cmd, **kwargs):
        raise OSError("no such file")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    run = ResolutionRun.objects.create()
    services.spawn_run(run.pk)
    run.refresh_from_db()
    assert run.status == "failed" and "no such file" in run.error
