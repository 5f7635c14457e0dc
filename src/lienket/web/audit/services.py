"""Recording changes. Callers take a ``snapshot`` before a write and call ``record`` after it, inside the same
transaction, so a rolled-back write leaves no audit line and a committed one always has one."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from .models import AuditEntry

SKIP = {"search_text", "product_text", "updated_at", "created_at", "row_version"}


def _plain(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    return value


def snapshot(obj: models.Model) -> dict[str, Any]:
    """Concrete field values of ``obj`` as JSON-safe values (foreign keys as ids; many-to-many as sorted id lists)."""
    data: dict[str, Any] = {}
    for f in obj._meta.concrete_fields:
        if f.name in SKIP:
            continue
        data[f.attname] = _plain(getattr(obj, f.attname))
    if obj.pk is not None:
        for f in obj._meta.many_to_many:
            data[f.name] = sorted(getattr(obj, f.name).values_list("pk", flat=True))
    return data


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, list]:
    """``{field: [before, after]}`` for fields whose value changed."""
    before, after = before or {}, after or {}
    keys = sorted(set(before) | set(after))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def record(
    obj: models.Model,
    *,
    action: str,
    actor=None,
    before: dict | None = None,
    after: dict | None = None,
    reason: str = "",
    via: str = AuditEntry.Via.UI,
    batch: str = "",
) -> AuditEntry | None:
    """Write one audit line for ``obj``; an update that changed nothing writes none (returns None)."""
    if after is None and action not in {AuditEntry.Action.DELETE}:
        after = snapshot(obj)
    changes = diff(before, after)
    if action == AuditEntry.Action.UPDATE and not changes:
        return None
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        via=via,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        changes=changes,
        reason=reason,
        batch=batch,
    )


def history(obj: models.Model):
    """Audit lines of ``obj``, newest first."""
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True), object_id=str(obj.pk)
    ).select_related("actor")
