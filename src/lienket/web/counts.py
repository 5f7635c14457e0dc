"""Row counts for paginated lists that do not rescan 100,000 firms on every page view.

A list page shows its total ("22,521 doanh nghiệp", "page 3 of 1,127"); on PostgreSQL a ``COUNT(*)`` over a large
share of the registry is a sequential scan of the wide firm table (50–90 ms at 100,000 firms), and it ran on every
directory page, zone page and API list (bench/load.py, docs/adr/0004-count-cache.md).

Rule: a count below ``COUNT_CACHE_MIN`` (default 1,000) is always exact and computed per request. A larger count is
kept in the cache for at most ``COUNT_CACHE_SECONDS`` (default 60) under the SQL of the query and a *generation*
number. Every committed INSERT, UPDATE or DELETE made through Django's cursors (saves, bulk_create, queryset updates,
raw SQL; ``watch_writes`` on every connection) bumps the generation, and the COPY path of the bulk import calls
``invalidate()``; so a worker that wrote sees fresh totals at once, and with a shared cache
(CACHE_URL=db) every worker does. With the per-process cache, another worker's large
total may lag a write by up to the timeout, a lag nobody can see in a figure of thousands.
"""

from __future__ import annotations

import hashlib
import secrets
import time

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.utils.functional import cached_property

GENERATION_KEY = "counts:generation"
# Writes to these tables never change a listed count (page views, sessions, the cache table itself, audit lines).
QUIET_TABLES = ("programmes_pageview", "django_session", "lienket_cache", "audit_auditentry")
_WRITES = ("insert", "update", "delete")


def _min() -> int:
    return int(getattr(settings, "COUNT_CACHE_MIN", 1000))


def _seconds() -> int:
    return int(getattr(settings, "COUNT_CACHE_SECONDS", 60))


def generation() -> int:
    """The current data generation: a random start (so a cleared cache never brings back an old number), then +1
    per invalidation."""
    found = cache.get(GENERATION_KEY)
    if found is None:
        cache.add(GENERATION_KEY, secrets.randbits(48), None)
        found = cache.get(GENERATION_KEY)
    return found


def invalidate() -> None:
    """Forget every cached count and memo (writes through Django's cursors call it; see ``watch_writes``)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): a fresh random start differs from the keys in use
        cache.set(GENERATION_KEY, secrets.randbits(48), None)


def watch_writes(execute, sql, params, many, context):
    """``connection.execute_wrapper``: a write to a listed table bumps the generation after the statement, and
    again when its transaction commits (so no other worker can cache a count read between the two)."""
    result = execute(sql, params, many, context)
    head = sql.lstrip()[:6].lower() if isinstance(sql, str) else ""
    if head in _WRITES and not any(t in sql for t in QUIET_TABLES):
        connection = context["connection"]
        invalidate()
        if connection.in_atomic_block and not any(
            entry[1] is invalidate for entry in connection.run_on_commit
        ):
            transaction.on_commit(invalidate, using=connection.alias)
    return result


def install(sender=None, connection=None, **kwargs) -> None:
    """``connection_created`` receiver: put ``watch_writes`` on the new connection."""
    if connection is not None and watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)


_memo: dict[str, tuple[int, float, object]] = {}


def memo(key: str, compute, seconds: float = 300):
    """``compute()`` kept in this process until the generation changes (any write) or ``seconds`` pass: for small
    reference lists read on every page (taxonomy products, sectors, zone choices). The value is shared between
    requests, so callers must not mutate it."""
    gen = generation()
    now = time.monotonic()
    hit = _memo.get(key)
    if hit is not None and hit[0] == gen and hit[1] > now:
        return hit[2]
    value = compute()
    _memo[key] = (gen, now + seconds, value)
    return value


def _key(queryset) -> str | None:
    try:
        sql, params = queryset.order_by().query.sql_with_params()
    except Exception:  # noqa: BLE001 - an EmptyResultSet or an unusual query: count it directly
        return None
    digest = hashlib.blake2b(f"{queryset.db}|{sql}|{params!r}".encode(), digest_size=16).hexdigest()
    return f"counts:{generation()}:{digest}"


def cached_count(queryset) -> int:
    """``queryset.count()``, reused from the cache when it is large (see the module's rule)."""
    if _seconds() <= 0:
        return queryset.count()
    key = _key(queryset)
    if key is None:
        return queryset.count()
    found = cache.get(key)
    if found is not None:
        return found
    found = queryset.count()
    if found >= _min():
        cache.set(key, found, _seconds())
    return found


class CachedCountPaginator(Paginator):
    """Django's paginator with ``cached_count`` for the total."""

    @cached_property
    def count(self) -> int:
        if hasattr(self.object_list, "query"):
            return cached_count(self.object_list)
        return super().count
