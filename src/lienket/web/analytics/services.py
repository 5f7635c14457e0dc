"""Writes of the analytics app (each one audited in the same transaction): saved scenarios, strategic weights."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from lienket.core.network import MAX_WEEKS, NetworkError, ScenarioSpec
from lienket.web.audit import services as audit

from . import selectors
from .models import SavedScenario, StrategicWeight


class AnalyticsError(ValueError):
    """Bad input for an analytics write (the message is shown to the officer)."""


def build_spec(*, countries, firms, zones, weeks: float) -> ScenarioSpec:
    """A ScenarioSpec from plain values; bad weeks become AnalyticsError."""
    try:
        return ScenarioSpec(
            stop_countries=frozenset(countries),
            stop_firms=frozenset(firms),
            stop_zones=frozenset(zones),
            weeks=float(weeks),
        )
    except (NetworkError, TypeError, ValueError) as exc:
        raise AnalyticsError(str(exc)) from None


@transaction.atomic
def save_scenario(
    *,
    name: str,
    year: int | None,
    province: str | None,
    countries: list[str],
    firms: list[str],
    zones: list[str],
    weeks: float,
    note: str = "",
    actor=None,
) -> SavedScenario:
    """Run the scenario on the registry and save it with its figures; audited."""
    if not name.strip():
        raise AnalyticsError("A scenario needs a name")
    if not 0 <= float(weeks) <= min(MAX_WEEKS, 520):
        raise AnalyticsError("weeks must be between 0 and 520")
    spec = build_spec(countries=countries, firms=firms, zones=zones, weeks=weeks)
    _net, _result, payload = selectors.run_scenario(year=year, province=province, spec=spec)
    obj = SavedScenario.objects.create(
        name=name.strip(),
        year=payload["year"],
        province_code=province or "",
        stop_countries=sorted(spec.stop_countries),
        stop_firms=sorted(spec.stop_firms),
        stop_zones=sorted(spec.stop_zones),
        weeks=Decimal(str(weeks)),
        note=note,
        result=payload,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit.record(obj, action="create", actor=actor, after=_snapshot(obj))
    return obj


def _snapshot(obj: SavedScenario) -> dict:
    """Audit snapshot without the bulky result (only its total is kept)."""
    snap = audit.snapshot(obj)
    snap["result"] = {"value_at_risk": obj.result.get("value_at_risk")}
    return snap


@transaction.atomic
def delete_scenario(obj: SavedScenario, *, actor=None) -> None:
    """Delete a saved scenario; the audit line keeps what it was."""
    before = _snapshot(obj)
    audit.record(obj, action="delete", actor=actor, before=before)
    obj.delete()


@transaction.atomic
def set_strategic_weight(*, product, weight: Decimal, note: str = "", actor=None) -> StrategicWeight:
    """Create or change a product's strategic weight (0–100); audited."""
    weight = Decimal(weight)
    if not Decimal(0) <= weight <= Decimal(100):
        raise AnalyticsError("weight must be between 0 and 100")
    obj = StrategicWeight.objects.filter(product=product).first()
    before = audit.snapshot(obj) if obj else None
    if obj is None:
        obj = StrategicWeight(product=product)
    obj.weight, obj.note = weight, note
    obj.updated_by = actor if getattr(actor, "is_authenticated", False) else None
    obj.save()
    audit.record(
        obj, action="update" if before else "create", actor=actor, before=before, after=audit.snapshot(obj)
    )
    return obj
