"""The count cache and the per-process memo (lienket.web.counts): large totals are reused until a write, small ones
are always exact, and every write path (save, queryset update, bulk insert, raw SQL) invalidates."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings

from lienket.web import counts
from lienket.web.registry.models import Enterprise, Sector


@pytest.fixture
def small_threshold():
    with override_settings(COUNT_CACHE_MIN=5, COUNT_CACHE_SECONDS=60):
        yield


def _count_queries(fn):
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        value = fn()
    return value, [q["sql"] for q in ctx.captured_queries if "COUNT" in q["sql"].upper()]


@pytest.mark.django_db
def test_large_count_is_reused_until_a_write(small_threshold, supplier):
    qs = Enterprise.objects.filter(is_supplier=True)
    exact = qs.count()
    assert exact >= 5
    first, q1 = _count_queries(lambda: counts.cached_count(qs))
    again, q2 = _count_queries(lambda: counts.cached_count(Enterprise.objects.filter(is_supplier=True)))
    assert first == again == exact
    assert q1 and not q2  # the second call did not count again

    supplier.is_supplier = False
    supplier.save()  # a save bumps the generation: the next count is fresh
    after, q3 = _count_queries(lambda: counts.cached_count(qs))
    assert after == exact - 1 and q3

    Enterprise.objects.filter(pk=supplier.pk).update(is_supplier=True)  # a queryset update too
    assert counts.cached_count(qs) == exact

    with connection.cursor() as cur:  # and raw SQL
        cur.execute("UPDATE registry_enterprise SET is_supplier = %s WHERE id = %s", [False, supplier.pk])
    assert counts.cached_count(qs) == exact - 1


@pytest.mark.django_db
def test_small_count_is_always_exact(supplier):
    qs = Enterprise.objects.filter(pk=supplier.pk)
    assert counts.cached_count(qs) == 1
    _, queries = _count_queries(lambda: counts.cached_count(qs))
    assert queries  # below COUNT_CACHE_MIN (1,000 by default): counted every time


@pytest.mark.django_db
def test_different_filters_have_different_counts(small_threshold):
    a = counts.cached_count(Enterprise.objects.filter(is_supplier=True))
    b = counts.cached_count(Enterprise.objects.filter(is_supplier=False))
    assert a + b == Enterprise.objects.count()


@pytest.mark.django_db
def test_count_cache_can_be_switched_off(supplier):
    with override_settings(COUNT_CACHE_MIN=1, COUNT_CACHE_SECONDS=0):
        qs = Enterprise.objects.all()
        counts.cached_count(qs)
        _, queries = _count_queries(lambda: counts.cached_count(qs))
        assert queries


@pytest.mark.django_db
def test_cleared_cache_never_brings_back_an_old_generation():
    g1 = counts.generation()
    cache.clear()
    assert counts.generation() != g1  # random start, not 0 again
    counts.invalidate()
    assert counts.generation() != g1


@pytest.mark.django_db
def test_memo_follows_writes():
    calls = []

    def compute():
        calls.append(1)
        return list(Sector.objects.values_list("code", flat=True))

    first = counts.memo("test:sectors", compute)
    assert counts.memo("test:sectors", compute) == first and len(calls) == 1
    Sector.objects.create(code="ZZT", name_vi="Thử", name_en="Test", order=999)
    assert "ZZT" in counts.memo("test:sectors", compute) and len(calls) == 2


@pytest.mark.django_db
def test_page_views_do_not_invalidate(supplier, client):
    client.get(f"/doanh-nghiep/{supplier.pk}/")
    g = counts.generation()
    client.get(f"/doanh-nghiep/{supplier.pk}/")  # counts a page view (UPDATE programmes_pageview)
    assert counts.generation() == g


@pytest.mark.django_db
def test_directory_total_follows_a_soft_delete(small_threshold, client, supplier):
    import re

    def total():
        html = client.get("/doanh-nghiep/").content.decode()
        return Enterprise.objects.count(), html

    n, html = total()
    assert f"{n:,}".replace(",", ".") in html or str(n) in html
    from lienket.web.registry import services

    services.soft_delete(supplier, reason="test")
    n2, html2 = total()
    assert n2 == n - 1
    assert re.search(rf"\b{n2}\b", html2.replace(".", "")) is not None
