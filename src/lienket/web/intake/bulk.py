"""Fast writes for big imports: ids allocated up front, then one ``executemany`` per chunk.

Django's ``bulk_create`` compiles every value of every object through the field API (about 40 % of a
100,000-row import's time in cProfile); here each column is adapted by its field only when its type needs it
(JSON, dates, decimals), and plain text / integers / booleans / foreign keys go to the driver as they are.
The caller holds the transaction; model constraints (unique tax code, non-empty name) stay in the database.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.utils import timezone

from lienket.web import counts

CHUNK = 5000

# Field types whose Python value is already what the driver wants.
_PLAIN = {
    "AutoField",
    "BigAutoField",
    "BigIntegerField",
    "BooleanField",
    "CharField",
    "EmailField",
    "ForeignKey",
    "IntegerField",
    "OneToOneField",
    "PositiveBigIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "SlugField",
    "SmallIntegerField",
    "TextField",
    "URLField",
}


def _adapter(field) -> Callable[[Any], Any] | None:
    """How a column's Python value becomes a driver parameter: None when it already is one."""
    kind = field.get_internal_type()
    if kind in _PLAIN:
        return None
    conn = connections[DEFAULT_DB_ALIAS]
    if kind == "JSONField" and field.encoder is None:
        # A JSON string: SQLite stores it as text; psycopg sends str untyped, so PostgreSQL casts it to jsonb.
        return lambda v: None if v is None else json.dumps(v)
    return lambda v: field.get_db_prep_save(v, conn)


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def allocate_ids(model, n: int) -> list[int] | None:
    """``n`` fresh primary keys for ``model`` inside the caller's transaction, or None on another backend.

    PostgreSQL draws them from the column's sequence; SQLite (which holds the write lock for the whole
    transaction once anything was written) continues after both MAX(id) and its AUTOINCREMENT counter."""
    if n <= 0:
        return []
    table = model._meta.db_table
    pk = model._meta.pk.column
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)", [table, pk, n]
            )
            return sorted(r[0] for r in cur.fetchall())
        if connection.vendor == "sqlite":
            cur.execute(f"SELECT MAX({_q(pk)}) FROM {_q(table)}")
            top = cur.fetchone()[0] or 0
            cur.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            row = cur.fetchone()
            top = max(top, row[0] if row else 0)
            return list(range(top + 1, top + 1 + n))
    return None


def insert_tuples(model, attnames: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """INSERT rows given as tuples in ``attnames`` order (no model instances); returns the row count."""
    by_name = {f.attname: f for f in model._meta.concrete_fields}
    fields = [by_name[a] for a in attnames]
    adapt = [_adapter(f) for f in fields]
    sql = (
        f"INSERT INTO {_q(model._meta.db_table)} ({', '.join(_q(f.column) for f in fields)}) "
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    if connection.vendor == "postgresql":
        return _copy(model, fields, adapt, rows)
    n = 0
    buf: list[tuple] = []
    with connection.cursor() as cur:
        for row in rows:
            buf.append(tuple(v if a is None else a(v) for v, a in zip(row, adapt, strict=True)))
            if len(buf) >= CHUNK:
                cur.executemany(sql, buf)
                n += len(buf)
                buf = []
        if buf:
            cur.executemany(sql, buf)
            n += len(buf)
    return n


def _copy(model, fields, adapt, rows: Iterable[Sequence[Any]]) -> int:
    """PostgreSQL: ``COPY … FROM STDIN`` through psycopg, several times faster than an INSERT per row."""
    sql = f"COPY {_q(model._meta.db_table)} ({', '.join(_q(f.column) for f in fields)}) FROM STDIN"
    # Build every row first: producing a row may query (a model's __str__), and the connection is busy
    # for the whole COPY (a query inside it waits forever).
    data = [[v if a is None else a(v) for v, a in zip(row, adapt, strict=True)] for row in rows]
    with connection.cursor() as cur, cur.cursor.copy(sql) as copy:
        for row in data:
            copy.write_row(row)
    # COPY bypasses Django's execute wrappers: tell the count cache (lienket.web.counts) once the rows are in.
    counts.invalidate()
    transaction.on_commit(counts.invalidate)
    return len(data)


def insert_objects(model, objs: list) -> None:
    """INSERT new model instances, setting their primary keys (as ``bulk_create`` does, without its per-value
    compile). ``auto_now`` / ``auto_now_add`` fields get one timestamp for the whole call."""
    if not objs:
        return
    ids = allocate_ids(model, len(objs))
    if ids is None:  # another backend: Django's own path
        model.objects.bulk_create(objs, batch_size=1000)
        return
    now = timezone.now()
    fields = list(model._meta.concrete_fields)
    for f in fields:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            for o in objs:
                setattr(o, f.attname, now)
    pk_name = model._meta.pk.attname
    for o, i in zip(objs, ids, strict=True):
        setattr(o, pk_name, i)
        o._state.adding = False
        o._state.db = connection.alias
    attnames = [f.attname for f in fields]
    insert_tuples(model, attnames, ([getattr(o, a) for a in attnames] for o in objs))


def update_objects(model, objs: list, attnames_of) -> None:
    """UPDATE each object's own changed columns (``attnames_of(obj)``) with one ``executemany`` per set of
    columns: a re-import that changes 100,000 records issues a handful of statements, not a CASE per value."""
    by_name = {f.attname: f for f in model._meta.concrete_fields}
    groups: dict[tuple[str, ...], list] = {}
    for o in objs:
        groups.setdefault(tuple(sorted(attnames_of(o))), []).append(o)
    pk = model._meta.pk
    with connection.cursor() as cur:
        for names, group in groups.items():
            fields = [by_name[a] for a in names]
            adapt = [_adapter(f) for f in fields]
            sql = (
                f"UPDATE {_q(model._meta.db_table)} SET {', '.join(f'{_q(f.column)} = %s' for f in fields)} "
                f"WHERE {_q(pk.column)} = %s"
            )
            params = [
                (
                    *(
                        getattr(o, f.attname) if a is None else a(getattr(o, f.attname))
                        for f, a in zip(fields, adapt, strict=True)
                    ),
                    o.pk,
                )
                for o in group
            ]
            for i in range(0, len(params), CHUNK):
                cur.executemany(sql, params[i : i + CHUNK])
