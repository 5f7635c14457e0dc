"""Read queries of the programmes app: progress of programmes against targets, support activities, periodic
filings, announcements and inquiries. The progress page, the API and the report all read ``programme_progress``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.shortcuts import get_object_or_404

from lienket.core import indicators as core
from lienket.web.programmes import models as m
from lienket.web.programmes.indicators import computed_series, instance_province_ids
from lienket.web.registry.models import Enterprise, Zone

# --------------------------------------------------------------------------- programmes and targets


def targets(
    indicator_code: str, province_code: str | None = None
) -> list[tuple[m.Programme, int, Decimal, str]]:
    """Targets of one indicator as (programme, year, value, unit), by year.

    With ``province_code``: that province's programmes and the national ones (province left empty);
    without it: every programme.
    """
    qs = m.Target.objects.filter(indicator__code=indicator_code, programme__deleted_at__isnull=True)
    if province_code:
        qs = qs.filter(Q(programme__province__code=province_code) | Q(programme__province__isnull=True))
    qs = qs.select_related("programme__province", "indicator").order_by("year", "programme__code")
    return [(t.programme, t.year, t.value, t.indicator.unit) for t in qs]


def programmes(province_ids: list[int] | None = None) -> QuerySet[m.Programme]:
    """Programmes (national ones always), optionally only those of ``province_ids``."""
    qs = m.Programme.objects.select_related("province").annotate(n_targets=Count("targets"))
    if province_ids is not None:
        qs = qs.filter(Q(province__isnull=True) | Q(province_id__in=province_ids))
    return qs.order_by("province__code", "start_year", "code")


def programme(code: str) -> m.Programme:
    return get_object_or_404(m.Programme.objects.select_related("province"), code=code)


@dataclass(frozen=True)
class TargetProgress:
    """One target with its assessment against the indicator's actuals."""

    year: int
    value: float
    baseline_year: int | None
    baseline_value: float | None
    note: str
    assessment: core.Assessment


@dataclass
class IndicatorProgress:
    """An indicator of a programme: actual values by year (computed or entered), their sources, its targets."""

    indicator: m.Indicator
    actuals: list[core.Point]
    sources: dict[int, str]
    targets: list[TargetProgress] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({p.year for p in self.actuals} | {t.year for t in self.targets})

    def actual(self, year: int) -> float | None:
        return next((p.value for p in self.actuals if p.year == year), None)

    def target(self, year: int) -> float | None:
        return next((t.value for t in self.targets if t.year == year), None)

    def rows(self) -> list[tuple[int, float | None, float | None]]:
        """(year, actual, target) for every year that has either."""
        return [(y, self.actual(y), self.target(y)) for y in self.years]


@dataclass
class ProgrammeProgress:
    programme: m.Programme
    scope: str  # "national" or the province name
    indicators: list[IndicatorProgress]


def _round(v: float) -> float:
    # Two decimals everywhere (page, API, report) so the three show identical figures.
    return round(float(v), 2)


def indicator_actuals(
    indicator: m.Indicator, province_ids: list[int] | None, as_of_year: int | None = None
) -> tuple[list[core.Point], dict[int, str]]:
    """Actual values by year (rounded to 2 decimals) and the source of each: the registry or the entered row."""
    if indicator.method == m.Indicator.Method.COMPUTED:
        series = computed_series(indicator.computation, province_ids)
        sources = {y: "registry" for y in series}
    else:
        qs = m.ActualValue.objects.filter(indicator=indicator)
        if province_ids is None:
            qs = qs.filter(province__isnull=True)
        elif len(province_ids) == 1:
            qs = qs.filter(province_id=province_ids[0])
        else:
            qs = qs.filter(province__isnull=True)
        series = {a.year: float(a.value) for a in qs}
        sources = {a.year: a.source for a in qs}
    if as_of_year is not None:
        series = {y: v for y, v in series.items() if y <= as_of_year}
    return [core.Point(y, _round(v)) for y, v in sorted(series.items())], sources


def programme_scope(programme: m.Programme) -> list[int] | None:
    """Province ids an indicator of ``programme`` is computed over: its province, or the instance's provinces."""
    return [programme.province_id] if programme.province_id else instance_province_ids()


def programme_progress(programme: m.Programme, as_of_year: int | None = None) -> ProgrammeProgress:
    """Every indicator the programme targets: actuals, targets and on-track / at-risk assessments."""
    province_ids = programme_scope(programme)
    rows: dict[int, IndicatorProgress] = {}
    for t in programme.targets.select_related("indicator").order_by("indicator__code", "year"):
        ind = t.indicator
        if ind.pk not in rows:
            actuals, sources = indicator_actuals(ind, province_ids, as_of_year)
            rows[ind.pk] = IndicatorProgress(ind, actuals, sources)
        ip = rows[ind.pk]
        value = float(t.value)
        ip.targets.append(
            TargetProgress(
                year=t.year,
                value=_round(value),
                baseline_year=t.baseline_year,
                baseline_value=float(t.baseline_value) if t.baseline_value is not None else None,
                note=t.note,
                assessment=core.assess(
                    ip.actuals, t.year, value, higher_is_better=ind.higher_is_better, as_of_year=as_of_year
                ),
            )
        )
    scope = programme.province.name if programme.province_id else "national"
    return ProgrammeProgress(programme, scope, list(rows.values()))


def indicators() -> QuerySet[m.Indicator]:
    return m.Indicator.objects.annotate(n_targets=Count("targets")).order_by("code")


# --------------------------------------------------------------------------- support activities


def activities(kind: str | None = None) -> QuerySet[m.SupportActivity]:
    qs = (
        m.SupportActivity.objects.select_related("province", "buyer", "programme")
        .prefetch_related("experts")
        .annotate(n_participants=Count("participations", distinct=True))
    )
    if kind:
        qs = qs.filter(kind=kind)
    return qs.order_by("-start_date", "title")


def activity(pk: int) -> m.SupportActivity:
    qs = m.SupportActivity.objects.select_related("province", "buyer", "programme").prefetch_related(
        "experts", Prefetch("participations", queryset=m.Participation.objects.select_related("enterprise"))
    )
    return get_object_or_404(qs, pk=pk)


def experts() -> QuerySet[m.Expert]:
    return m.Expert.objects.prefetch_related(
        Prefetch("activities", queryset=m.SupportActivity.objects.order_by("-start_date"))
    ).order_by("name")


def readiness_history(enterprise: Enterprise) -> list[m.ReadinessAssessment]:
    return list(
        m.ReadinessAssessment.objects.filter(enterprise=enterprise)
        .select_related("activity")
        .order_by("-assessed_on", "-id")
    )


# --------------------------------------------------------------------------- periodic reporting


def cluster_enterprises(province_ids: list[int] | None = None) -> QuerySet[Enterprise]:
    """Enterprises located in an industrial cluster (CCN): those who must file under Circular 14/2024."""
    qs = Enterprise.objects.filter(
        zone__kind=Zone.Kind.CCN, zone__deleted_at__isnull=True, merged_into__isnull=True
    )
    if province_ids is not None:
        qs = qs.filter(zone__province_id__in=province_ids)
    return qs.select_related("zone").order_by("zone__name_vi", "name_vi")


@dataclass(frozen=True)
class FilingStatus:
    enterprise: Enterprise
    filing: m.Filing | None
    reminders: int
    last_reminder: dt.datetime | None


def filing_status(period: m.ReportingPeriod, province_ids: list[int] | None = None) -> list[FilingStatus]:
    """Every cluster enterprise with its filing for ``period`` (or None) and the reminders sent (3 queries)."""
    firms = list(cluster_enterprises(province_ids))
    filings = {f.enterprise_id: f for f in m.Filing.objects.filter(period=period)}
    reminders: dict[int, list] = {}
    for r in m.Reminder.objects.filter(period=period).order_by("sent_at"):
        reminders.setdefault(r.enterprise_id, []).append(r.sent_at)
    return [
        FilingStatus(e, filings.get(e.pk), len(reminders.get(e.pk, [])), (reminders.get(e.pk) or [None])[-1])
        for e in firms
    ]


def zone_totals(period: m.ReportingPeriod, province_ids: list[int] | None = None) -> list[dict]:
    """Filings summed per zone for ``period``: the cluster aggregates written to ZoneFigure and to the xlsx."""
    qs = m.Filing.objects.filter(period=period)
    if province_ids is not None:
        qs = qs.filter(zone__province_id__in=province_ids)
    rows = (
        qs.values("zone_id", "zone__code", "zone__name_vi", "zone__province__name")
        .annotate(
            tenants=Count("enterprise", distinct=True),
            workers=Sum("workers"),
            local_workers=Sum("local_workers"),
            registered_capital=Sum("registered_capital_vnd"),
            implemented_capital=Sum("implemented_capital_vnd"),
            revenue=Sum("revenue_vnd"),
            exports=Sum("exports_usd"),
            budget=Sum("budget_vnd"),
        )
        .order_by("zone__province__name", "zone__name_vi")
    )
    return list(rows)


# --------------------------------------------------------------------------- news, calls, events


def published(kind: str | None = None) -> QuerySet[m.Announcement]:
    qs = m.Announcement.objects.filter(is_published=True).select_related("zone", "province")
    if kind:
        qs = qs.filter(kind=kind)
    return qs.prefetch_related("priority_sectors").order_by("-published_on", "-id")


def announcement(pk: int, *, include_drafts: bool = False) -> m.Announcement:
    qs = m.Announcement.objects.select_related("zone", "province").prefetch_related("priority_sectors")
    if not include_drafts:
        qs = qs.filter(is_published=True)
    return get_object_or_404(qs, pk=pk)


def inquiries(status: str | None = None) -> QuerySet[m.Inquiry]:
    qs = m.Inquiry.objects.select_related("zone", "call", "handled_by")
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-created_at", "-id")


def view_counts(model, since: dt.date | None = None, limit: int = 50) -> list[tuple[object, int]]:
    """(object, views) for the most viewed objects of ``model`` since ``since`` (two queries)."""
    ct = ContentType.objects.get_for_model(model)
    qs = m.PageView.objects.filter(content_type=ct)
    if since:
        qs = qs.filter(day__gte=since)
    rows = list(qs.values("object_id").annotate(n=Sum("count")).order_by("-n", "object_id")[:limit])
    objs = model._default_manager.in_bulk([r["object_id"] for r in rows])
    return [(objs[r["object_id"]], r["n"]) for r in rows if r["object_id"] in objs]
