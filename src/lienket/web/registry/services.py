"""Writes to the registry: transactional functions taking plain values; they raise domain exceptions."""

from __future__ import annotations

from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from lienket.core.text import fold
from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry

from . import models as m


class RegistryError(Exception):
    """A domain rule was broken; the message is shown to the user."""


def check_demand_shares(demand: m.Demand) -> str | None:
    """A message when the current sources' shares of a demand do not sum to 1 (None when they do or none exist)."""
    shares = [s.share for s in demand.sources.all()]
    if not shares:
        return None
    total = sum(shares, Decimal("0"))
    if abs(total - Decimal("1")) > Decimal("0.001"):
        return f"Tổng tỷ trọng nguồn cung của “{demand}” là {total:.3f}, không bằng 1."
    return None


def refresh_product_text(enterprise: m.Enterprise) -> None:
    """Recompute the folded product terms the directory search uses, from the enterprise's offerings."""
    terms: list[str] = []
    for off in enterprise.offerings.select_related("product"):
        terms += [off.product.name_vi, off.product.name_en, off.description[:200]]
    enterprise.product_text = fold(" ".join(t for t in terms if t))
    enterprise.save(update_fields=["product_text", "search_text", "updated_at"])


@transaction.atomic
def soft_delete(obj: m.Tracked, *, actor=None, reason: str = "", via: str = AuditEntry.Via.UI) -> None:
    """Hide a record (no hard delete from the UI); ``restore`` brings it back. Audited."""
    if obj.deleted_at is not None:
        return
    before = audit.snapshot(obj)
    claim_version(obj, None)
    obj.deleted_at = timezone.now()
    obj.deleted_by = actor if getattr(actor, "is_authenticated", False) else None
    obj.save(update_fields=["deleted_at", "deleted_by", "updated_at"])
    audit.record(
        obj,
        action=AuditEntry.Action.DELETE,
        actor=actor,
        before=before,
        after=audit.snapshot(obj),
        reason=reason,
        via=via,
    )


@transaction.atomic
def restore(obj: m.Tracked, *, actor=None, reason: str = "", via: str = AuditEntry.Via.UI) -> None:
    """Undo a soft delete. Audited."""
    if obj.deleted_at is None:
        return
    before = audit.snapshot(obj)
    claim_version(obj, None)
    obj.deleted_at = None
    obj.deleted_by = None
    obj.save(update_fields=["deleted_at", "deleted_by", "updated_at"])
    audit.record(obj, action=AuditEntry.Action.RESTORE, actor=actor, before=before, reason=reason, via=via)


# --- Trust: optimistic locking, audited create/update, verification, revert -------------------------------------


class ConflictError(RegistryError):
    """Somebody saved the record after this form was opened (optimistic locking): who, when, which version."""

    def __init__(self, obj, *, expected: int, current: int | None, by: str = "", at=None):
        self.obj, self.expected, self.current, self.by, self.at = obj, expected, current, by, at
        when = timezone.localtime(at).strftime("%d/%m/%Y %H:%M") if at else "?"
        who = by or "người dùng khác"
        super().__init__(
            f"“{obj}” đã được {who} sửa lúc {when} (phiên bản {current}, biểu mẫu của bạn là phiên bản {expected}). "
            "Hãy tải lại trang, xem thay đổi của họ rồi sửa lại."
        )


def _last_writer(obj) -> tuple[str, object]:
    entry = audit.history(obj).first()
    if entry is None:
        return "", getattr(obj, "updated_at", None)
    return (entry.actor.get_username() if entry.actor else entry.get_via_display()), entry.at


def claim_version(obj: m.Tracked, expected_version: int | None) -> None:
    """Compare-and-swap the row version in the database; raises ``ConflictError`` if it moved since
    ``expected_version`` was read. ``None`` skips the check (scripts and imports that hold no form)."""
    model = type(obj)
    if expected_version is None:
        model.all_objects.filter(pk=obj.pk).update(row_version=models.F("row_version") + 1)
        obj.row_version = model.all_objects.values_list("row_version", flat=True).get(pk=obj.pk)
        return
    # One UPDATE ... WHERE row_version = expected: atomic on SQLite and PostgreSQL alike.
    done = model.all_objects.filter(pk=obj.pk, row_version=expected_version).update(
        row_version=expected_version + 1
    )
    if not done:
        current = model.all_objects.filter(pk=obj.pk).values_list("row_version", flat=True).first()
        by, at = _last_writer(obj)
        raise ConflictError(obj, expected=expected_version, current=current, by=by, at=at)
    obj.row_version = expected_version + 1


def _apply(obj, values: dict) -> dict:
    """Set plain fields; return many-to-many values to set after the save."""
    m2m = {f.name for f in obj._meta.many_to_many}
    later = {}
    for name, value in values.items():
        if name in m2m:
            later[name] = value
        else:
            setattr(obj, name, value)
    return later


@transaction.atomic
def update_record(
    obj: m.Tracked,
    values: dict,
    *,
    expected_version: int | None,
    actor=None,
    reason: str = "",
    via: str = AuditEntry.Via.UI,
    action: str = AuditEntry.Action.UPDATE,
) -> m.Tracked:
    """Change fields of a registry record: optimistic lock, validation, save, one audit line (before/after)."""
    current = type(obj).all_objects.get(pk=obj.pk)
    before = audit.snapshot(current)
    claim_version(obj, expected_version)
    later = _apply(obj, values)
    try:
        obj.full_clean()
    except ValidationError as exc:
        raise RegistryError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from exc
    obj.save()
    for name, value in later.items():
        getattr(obj, name).set(value)
    audit.record(obj, action=action, actor=actor, before=before, reason=reason, via=via)
    return obj


@transaction.atomic
def create_record(model, values: dict, *, actor=None, reason: str = "", via: str = AuditEntry.Via.UI):
    """Create a registry record (validated) with one audit line."""
    obj = model()
    later = _apply(obj, values)
    try:
        obj.full_clean()
    except ValidationError as exc:
        raise RegistryError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from exc
    obj.save()
    for name, value in later.items():
        getattr(obj, name).set(value)
    audit.record(obj, action=AuditEntry.Action.CREATE, actor=actor, before=None, reason=reason, via=via)
    return obj


@transaction.atomic
def verify(
    obj: m.Tracked, *, actor, on=None, reason: str = "", via: str = AuditEntry.Via.UI, expected_version=None
) -> m.Tracked:
    """Stamp a record as checked today by ``actor`` (verified_by / verified_on). Audited as "verify"."""
    before = audit.snapshot(obj)
    claim_version(obj, expected_version)
    obj.verified_on = on or timezone.localdate()
    obj.verified_by = actor if getattr(actor, "is_authenticated", False) else None
    obj.save(update_fields=["verified_on", "verified_by", "updated_at"])
    entry = audit.record(
        obj, action=AuditEntry.Action.VERIFY, actor=actor, before=before, reason=reason, via=via
    )
    if entry is None:  # re-verified on the same day by the same officer: still worth a line
        AuditEntry.objects.create(
            actor=actor,
            action=AuditEntry.Action.VERIFY,
            via=via,
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
            object_id=str(obj.pk),
            object_repr=str(obj)[:300],
            changes={},
            reason=reason,
        )
    return obj


REVERTIBLE = {
    AuditEntry.Action.UPDATE,
    AuditEntry.Action.VERIFY,
    AuditEntry.Action.REVERT,
    AuditEntry.Action.IMPORT,
}


@transaction.atomic
def revert(entry: AuditEntry, *, actor, reason: str = "", via: str = AuditEntry.Via.UI):
    """Apply the "before" values of one audit entry to its record (itself audited as "revert").

    A deletion is reverted by restoring the record, a creation by soft-deleting it.
    """
    model = entry.content_type.model_class()
    obj = (
        model.all_objects.get(pk=entry.object_id)
        if hasattr(model, "all_objects")
        else model.objects.get(pk=entry.object_id)
    )
    why = reason or f"Hoàn tác thay đổi #{entry.pk} ({entry.at:%d/%m/%Y %H:%M})"
    if entry.action == AuditEntry.Action.DELETE:
        restore(obj, actor=actor, reason=why, via=via)
        return obj
    if entry.action == AuditEntry.Action.CREATE:
        soft_delete(obj, actor=actor, reason=why, via=via)
        return obj
    if entry.action not in REVERTIBLE:
        raise RegistryError(f"Không thể hoàn tác thao tác “{entry.get_action_display()}”.")
    fields = {f.attname: f for f in model._meta.concrete_fields}
    m2m = {f.name for f in model._meta.many_to_many}
    values = {}
    for name, (before, _after) in entry.changes.items():
        if name in m2m:
            values[name] = before or []
        elif name in fields:
            values[name] = fields[name].to_python(before) if before is not None else None
    if not values:
        raise RegistryError("Thay đổi này không có giá trị nào để hoàn tác.")
    return update_record(
        obj, values, expected_version=None, actor=actor, reason=why, via=via, action=AuditEntry.Action.REVERT
    )
