"""Reads for the audit app: which models are tracked, who may see a record's history, stale and deleted records,
and the share of verified records (an indicator)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models import AuditEntry


def tracked_models() -> dict[str, type]:
    """Registry models with provenance, verification and soft delete, keyed by ``model_name``."""
    from lienket.web.registry.models import Tracked

    return {
        model._meta.model_name: model
        for model in apps.get_app_config("registry").get_models()
        if issubclass(model, Tracked)
    }


def model_for(app_label: str, model_name: str):
    """The model behind a history URL, or None when it is not a model the audit pages show."""
    try:
        model = apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return None
    return model if app_label in {"registry", "accounts"} else None


def stale_cutoff(today: dt.date | None = None) -> dt.date:
    """Records verified before this day are stale (``STALE_AFTER_DAYS``, default 365)."""
    today = today or timezone.localdate()
    return today - dt.timedelta(days=getattr(settings, "STALE_AFTER_DAYS", 365))


def _label_relations(model) -> list[str]:
    """Required foreign keys: what a record's ``__str__`` names (an offering: its enterprise and product)."""
    return [f.name for f in model._meta.concrete_fields if f.many_to_one and not f.null]


def stale(model, today: dt.date | None = None):
    """Live records of ``model`` never verified or verified before the cut-off, oldest first."""
    return (
        model.objects.filter(Q(verified_on__isnull=True) | Q(verified_on__lt=stale_cutoff(today)))
        .select_related("verified_by", *_label_relations(model))
        .order_by("verified_on", "pk")
    )


def trash(model):
    """Soft-deleted records of ``model``, most recently deleted first."""
    return (
        model.all_objects.filter(deleted_at__isnull=False)
        .select_related("deleted_by", *_label_relations(model))
        .order_by("-deleted_at")
    )


def owner_enterprise_id(obj) -> int | None:
    """The enterprise a record belongs to (itself for an enterprise), for enterprise users' own history."""
    from lienket.web.registry.models import Enterprise

    if isinstance(obj, Enterprise):
        return obj.pk
    for attr in ("enterprise_id", "buyer_id"):
        if getattr(obj, attr, None):
            return getattr(obj, attr)
    return None


def can_see_history(user, obj) -> bool:
    """Officers see every history; an enterprise or buyer user sees the history of their own enterprise's records."""
    if not user.is_authenticated:
        return False
    if user.is_officer:
        return True
    owner = owner_enterprise_id(obj)
    return bool(owner and user.enterprise_id == owner)


def entries_for(obj):
    """Audit lines of one record, newest first, with their actor."""
    from django.contrib.contenttypes.models import ContentType

    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True), object_id=str(obj.pk)
    ).select_related("actor")


@dataclass(frozen=True)
class VerifiedShare:
    """Share of live enterprises and zones verified within ``STALE_AFTER_DAYS`` (an indicator)."""

    verified: int
    total: int

    @property
    def share(self) -> float | None:
        """verified ÷ total (None when there is nothing to measure)."""
        return self.verified / self.total if self.total else None

    @property
    def pct(self) -> float | None:
        """The share in per cent, one decimal."""
        return None if self.share is None else round(100 * self.share, 1)


def verified_share(province_code: str | None = None, today: dt.date | None = None) -> VerifiedShare:
    """How many live enterprises and zones (of one province, by its code, or all) were verified recently."""
    from lienket.web.registry.models import Enterprise, Zone

    cutoff = stale_cutoff(today)
    verified = total = 0
    for model in (Enterprise, Zone):
        qs = model.objects.all()
        if province_code:
            qs = qs.filter(province__code=province_code)
        total += qs.count()
        verified += qs.filter(verified_on__gte=cutoff).count()
    return VerifiedShare(verified=verified, total=total)
