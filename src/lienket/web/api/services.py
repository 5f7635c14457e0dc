"""Writes made through the API: create, update (optimistic locking on ``row_version``) and soft delete, each
validated with ``full_clean()`` and audited (via="api") in the same transaction."""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction

from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry
from lienket.web.registry import services as registry_services

VIA = AuditEntry.Via.API


class VersionConflict(Exception):
    """The client's row_version is not the stored one: someone else changed the record first."""

    def __init__(self, expected: int, current: int):
        super().__init__(f"row_version is {current}, not {expected}: reload the record and retry.")
        self.expected, self.current = expected, current


def _apply(obj, fields: dict, m2m: dict) -> None:
    for name, value in fields.items():
        setattr(obj, name, value)
    obj.full_clean()


def _save_m2m(obj, m2m: dict) -> None:
    for name, values in m2m.items():
        getattr(obj, name).set(values)


@transaction.atomic
def create(model, fields: dict, m2m: dict | None = None, *, actor, authorize: Callable | None = None):
    """A new ``model`` row from ``fields`` (model attribute → value) and many-to-many ``m2m``. Audited."""
    obj = model()
    _apply(obj, fields, m2m or {})
    if authorize:
        authorize(obj)
    obj.save()
    _save_m2m(obj, m2m or {})
    audit.record(obj, action=AuditEntry.Action.CREATE, actor=actor, via=VIA)
    return obj


@transaction.atomic
def update(
    queryset,
    pk: int,
    fields: dict,
    m2m: dict | None = None,
    *,
    actor,
    expected_version: int | None = None,
    authorize: Callable | None = None,
):
    """Change the row ``pk`` of ``queryset`` (locked); ``authorize(obj)`` runs before and after the change.
    Raises ``VersionConflict`` when ``expected_version`` is given and differs. Bumps row_version. Audited."""
    obj = queryset.select_for_update().get(pk=pk)
    if authorize:
        authorize(obj)
    if expected_version is not None and expected_version != obj.row_version:
        raise VersionConflict(expected_version, obj.row_version)
    before = audit.snapshot(obj)
    _apply(obj, fields, m2m or {})
    if authorize:
        authorize(obj)
    obj.row_version += 1
    obj.save()
    _save_m2m(obj, m2m or {})
    audit.record(obj, action=AuditEntry.Action.UPDATE, actor=actor, before=before, via=VIA)
    return obj


@transaction.atomic
def delete(
    queryset, pk: int, *, actor, expected_version: int | None = None, authorize: Callable | None = None
):
    """Soft-delete the row ``pk`` of ``queryset`` (registry ``soft_delete``, audited); bumps row_version."""
    obj = queryset.select_for_update().get(pk=pk)
    if authorize:
        authorize(obj)
    if expected_version is not None and expected_version != obj.row_version:
        raise VersionConflict(expected_version, obj.row_version)
    type(obj).all_objects.filter(pk=obj.pk).update(row_version=obj.row_version + 1)
    obj.row_version += 1
    registry_services.soft_delete(obj, actor=actor, via=VIA)
    return obj
