"""Writes to the registry: transactional functions taking plain values; they raise domain exceptions."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
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
def set_demand_sources(demand: m.Demand, sources: list[dict]) -> None:
    """Replace a demand's current sources; shares must each be in [0, 1] and sum to 1."""
    total = sum((Decimal(str(s["share"])) for s in sources), Decimal("0"))
    if sources and abs(total - 1) > Decimal("0.001"):
        raise RegistryError(f"Tổng tỷ trọng nguồn cung phải bằng 1 (đang là {total}).")
    demand.sources.all().delete()
    for s in sources:
        src = m.DemandSource(demand=demand, **s)
        src.full_clean()
        src.save()


@transaction.atomic
def soft_delete(obj: m.Tracked, *, actor=None, reason: str = "", via: str = AuditEntry.Via.UI) -> None:
    """Hide a record (no hard delete from the UI); ``restore`` brings it back. Audited."""
    if obj.deleted_at is not None:
        return
    before = audit.snapshot(obj)
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
    obj.deleted_at = None
    obj.deleted_by = None
    obj.save(update_fields=["deleted_at", "deleted_by", "updated_at"])
    audit.record(obj, action=AuditEntry.Action.RESTORE, actor=actor, before=before, reason=reason, via=via)
