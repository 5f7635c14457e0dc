"""Enterprise imports ask the resolution model in batches (find_existing_many): the same matches as one row at a
time, and a number of queries that does not grow with the number of rows."""

from __future__ import annotations

import csv

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lienket.web.intake import services
from lienket.web.registry.models import Enterprise
from lienket.web.resolution import services as resolution

pytestmark = pytest.mark.django_db

HEAD = ["Tên doanh nghiệp", "Điện thoại", "Địa chỉ"]
# Syllables for made-up brands: every new row gets its own, so it matches nobody.
SYLLABLES = "bam cor dul fen gix hov jat kum lep mor nix pav qua rus sib tov vex wun xal yop zed".split()


@pytest.fixture(autouse=True)
def _fresh_index():
    resolution.reset_index()
    yield
    resolution.reset_index()


def _rows(n: int) -> list[list[str]]:
    """``n`` rows without a tax code: half existing enterprises as stored (the model finds them; nothing changes,
    so no row is validated), half new firms."""
    # "TNHH MTV" firms named "Công ty TNHH ..." would be updated (the file's name says the legal form).
    known = Enterprise.objects.exclude(address_raw="").exclude(legal_form="tnhh_mtv")
    known = list(known.order_by("pk")[: n // 2])
    assert len(known) == n // 2, "the test database needs more enterprises with an address"
    rows = [[e.name_vi, "", e.address_raw] for e in known]  # phones: the file would normalise them
    for i in range(n - len(rows)):
        brand = SYLLABLES[i % len(SYLLABLES)] + SYLLABLES[(i // len(SYLLABLES)) % len(SYLLABLES)] + "tra"
        rows.append([f"Công ty TNHH {brand.title()} {i}", "", f"Lô Z{i}, KCN Không Tên, tỉnh Cà Mau"])
    return rows


def _csv(tmp_path, rows, name="dn.csv") -> str:
    path = tmp_path / name
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEAD)
        w.writerows(rows)
    return str(path)


def _queries(tmp_path, n: int, **kw) -> tuple[int, services.Outcome]:
    path = _csv(tmp_path, _rows(n), f"dn-{n}.csv")
    with CaptureQueriesContext(connection) as ctx:
        out = services.import_file(path, "enterprises", **kw)
    return len(ctx.captured_queries), out


def test_planning_queries_do_not_grow_with_the_rows(tmp_path):
    services.import_file(_csv(tmp_path, _rows(2), "warm.csv"), "enterprises", dry_run=True)  # index built
    small, out10 = _queries(tmp_path, 10, dry_run=True)
    large, out50 = _queries(tmp_path, 50, dry_run=True)
    assert out50.counts["rows"] == 50 and out50.counts["error"] == 0
    assert out50.counts["unchanged"] == 25 and out50.counts["new"] == 25
    assert large == small, (small, large)


def test_importing_queries_do_not_grow_with_the_rows(tmp_path, officer):
    services.import_file(_csv(tmp_path, _rows(2), "warm.csv"), "enterprises", user=officer)  # + content types
    small, _ = _queries(tmp_path, 10, user=officer)
    large, out50 = _queries(tmp_path, 50, user=officer)
    assert out50.counts["new"] >= 20
    assert large == small, (small, large)


def test_batch_matches_equal_the_one_by_one_answers(tmp_path):
    parsed = services.read_file(_csv(tmp_path, _rows(40)), "enterprises")
    ctx = services.Context(parsed)
    ctx.prefetch_matches(parsed.rows)
    assert len(ctx.matches) == 40
    for row in parsed.rows:
        one = resolution.find_existing(services._match_candidate(row.values))
        assert ctx.matches[row.row] == one, row.row


def test_plan_is_the_same_with_and_without_the_batch_lookup(tmp_path, monkeypatch):
    path = _csv(tmp_path, _rows(40))

    def summary(plan):
        return [(p.row.row, p.status, getattr(p.obj, "pk", None), p.note, dict(p.changes)) for p in plan.rows]

    batched = summary(services.import_file(path, "enterprises", dry_run=True).plan)
    monkeypatch.setattr(services, "_matcher", lambda: (resolution.find_existing, None))
    one_by_one = summary(services.import_file(path, "enterprises", dry_run=True).plan)
    assert batched == one_by_one
    statuses = {s for _r, s, *_ in batched}
    assert "new" in statuses and statuses & {"unchanged", "updated"}


def test_small_chunks_give_the_same_plan(tmp_path, monkeypatch):
    path = _csv(tmp_path, _rows(12))

    def statuses():
        plan = services.import_file(path, "enterprises", dry_run=True).plan
        return [(p.status, getattr(p.obj, "pk", None)) for p in plan.rows]

    whole = statuses()
    monkeypatch.setattr(services, "MATCH_CHUNK", 5)
    assert statuses() == whole
