"""Writes of the programmes app: transactional functions taking plain values, each recording an audit line in
the same transaction; they raise ``ProgrammeError`` (shown to the user) for broken rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from lienket.core import indicators as core
from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry
from lienket.web.programmes import models as m
from lienket.web.registry.models import Enterprise, Zone, ZoneFigure

A = AuditEntry.Action


class ProgrammeError(Exception):
    """A domain rule was broken; the message is shown to the user."""


def _full_clean(obj: models.Model, exclude=None) -> None:
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as exc:
        raise ProgrammeError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from exc


def _save_new(
    obj: models.Model, actor, via=AuditEntry.Via.UI, reason: str = "", exclude=None
) -> models.Model:
    _full_clean(obj, exclude=exclude)
    obj.save()
    audit.record(obj, action=A.CREATE, actor=actor, via=via, reason=reason)
    return obj


# --------------------------------------------------------------------------- actuals


@transaction.atomic
def enter_actual(
    indicator: m.Indicator, year: int, value: Decimal, source: str, *, province=None, actor=None
) -> m.ActualValue:
    """Record (or correct) an entered actual; computed indicators take their actuals from the registry."""
    if indicator.method != m.Indicator.Method.ENTERED:
        raise ProgrammeError(_("Chỉ tiêu này được tính từ sổ đăng ký, không nhập tay."))
    row = m.ActualValue.objects.filter(indicator=indicator, province=province, year=year).first()
    if row is None:
        row = m.ActualValue(indicator=indicator, province=province, year=year, value=value, source=source)
        return _save_new(row, actor)
    before = audit.snapshot(row)
    row.value, row.source = value, source
    _full_clean(row, exclude=["indicator", "province"])
    row.row_version += 1
    row.save()
    audit.record(row, action=A.UPDATE, actor=actor, before=before)
    return row


# --------------------------------------------------------------------------- support activities


@transaction.atomic
def create_activity(data: dict, *, experts=(), actor=None) -> m.SupportActivity:
    """A training, consulting or grant activity; ``data`` holds the model's field values."""
    obj = m.SupportActivity(**data)
    _full_clean(obj)
    obj.save()
    obj.experts.set(list(experts))
    audit.record(obj, action=A.CREATE, actor=actor)
    return obj


@transaction.atomic
def add_participant(
    activity: m.SupportActivity,
    enterprise: Enterprise,
    outcome: str = "enrolled",
    note: str = "",
    *,
    actor=None,
) -> m.Participation:
    """Enrol an enterprise in an activity (once), or update its outcome if it is already enrolled."""
    row = m.Participation.objects.filter(activity=activity, enterprise=enterprise).first()
    if row is None:
        return _save_new(
            m.Participation(activity=activity, enterprise=enterprise, outcome=outcome, note=note), actor
        )
    before = audit.snapshot(row)
    row.outcome, row.note = outcome, note
    _full_clean(row)
    row.save()
    audit.record(row, action=A.UPDATE, actor=actor, before=before)
    return row


@transaction.atomic
def assess_readiness(
    enterprise: Enterprise, scores: dict, *, assessed_on: dt.date, note="", activity=None, actor=None
):
    """Add a supplier-readiness assessment (each dimension 0–5); earlier ones stay as history."""
    unknown = set(scores) - set(m.ReadinessAssessment.DIMENSIONS)
    missing = set(m.ReadinessAssessment.DIMENSIONS) - set(scores)
    if unknown or missing:
        raise ProgrammeError(f"readiness scores: unknown {sorted(unknown)}, missing {sorted(missing)}")
    core.readiness_score(scores)  # raises IndicatorError for a score outside 0..5
    row = m.ReadinessAssessment(
        enterprise=enterprise, assessed_on=assessed_on, note=note, activity=activity, **scores
    )
    return _save_new(row, actor)


# --------------------------------------------------------------------------- periodic reporting


@transaction.atomic
def ensure_period(year: int, period: str) -> m.ReportingPeriod:
    """The Circular 14/2024 reporting period (created with its dates and deadline the first time)."""
    start, end, due = core.reporting_deadline(year, period)
    obj, created = m.ReportingPeriod.objects.get_or_create(
        year=year, period=period, defaults={"starts_on": start, "ends_on": end, "due_on": due}
    )
    if created:
        audit.record(obj, action=A.CREATE, via=AuditEntry.Via.SYSTEM)
    return obj


def current_period(today: dt.date) -> tuple[int, str]:
    """The period being filed on ``today``: H1 until 20 June, FY until 20 December, then next year's H1."""
    if today <= dt.date(today.year, 6, 20):
        return today.year, "H1"
    if today <= dt.date(today.year, 12, 20):
        return today.year, "FY"
    return today.year + 1, "H1"


FILING_FIELDS = (
    "workers",
    "local_workers",
    "registered_capital_vnd",
    "implemented_capital_vnd",
    "revenue_vnd",
    "exports_usd",
    "budget_vnd",
)


@transaction.atomic
def file_report(
    enterprise: Enterprise, period: m.ReportingPeriod, values: dict, *, actor, today=None
) -> m.Filing:
    """An enterprise files (or corrects) its figures for a period. Only a user of that enterprise, or an
    officer, may file; the enterprise must be located in an industrial cluster."""
    if not (getattr(actor, "is_officer", False) or getattr(actor, "enterprise_id", None) == enterprise.pk):
        raise ProgrammeError(_("Bạn chỉ có thể nộp báo cáo cho doanh nghiệp của mình."))
    if enterprise.zone_id is None or enterprise.zone.kind != Zone.Kind.CCN:
        raise ProgrammeError(_("Doanh nghiệp không nằm trong cụm công nghiệp nên không thuộc diện báo cáo."))
    today = today or timezone.localdate()
    clean = {k: values.get(k) for k in FILING_FIELDS}
    row = m.Filing.objects.filter(period=period, enterprise=enterprise).first()
    if row is None:
        row = m.Filing(
            period=period,
            enterprise=enterprise,
            zone=enterprise.zone,
            submitted_by=actor,
            submitted_on=today,
            **clean,
        )
        row.source = f"báo cáo định kỳ {period}"
        return _save_new(row, actor)
    before = audit.snapshot(row)
    for k, v in clean.items():
        setattr(row, k, v)
    row.submitted_by, row.submitted_on = actor, today
    _full_clean(row)
    row.row_version += 1
    row.save()
    audit.record(row, action=A.UPDATE, actor=actor, before=before)
    return row


def _recipients(enterprise: Enterprise) -> list[str]:
    emails = [enterprise.email] if enterprise.email else []
    emails += [u.email for u in enterprise.users.all() if u.email and u.is_active]
    return sorted(set(emails))


@transaction.atomic
def send_reminders(period: m.ReportingPeriod, enterprises, *, actor) -> tuple[int, list[str]]:
    """E-mail every enterprise of ``enterprises`` that has not filed for ``period``; (sent, names skipped)."""
    filed = set(m.Filing.objects.filter(period=period).values_list("enterprise_id", flat=True))
    sent, skipped = 0, []
    for e in enterprises:
        if e.pk in filed:
            continue
        to = _recipients(e)
        if not to:
            skipped.append(e.name_vi)
            continue
        subject = _("Nhắc nộp báo cáo %(period)s (hạn %(due)s)") % {
            "period": period,
            "due": period.due_on.strftime("%d/%m/%Y"),
        }
        body = _(
            "Kính gửi %(name)s,\n\nTheo Thông tư 14/2024/TT-BCT, doanh nghiệp trong cụm công nghiệp nộp báo cáo "
            "%(period)s trước ngày %(due)s. Vui lòng đăng nhập cổng thông tin và nộp số liệu của doanh nghiệp."
            "\n\nSở Công Thương"
        ) % {"name": e.name_vi, "period": period, "due": period.due_on.strftime("%d/%m/%Y")}
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
        rem = m.Reminder.objects.create(period=period, enterprise=e, recipients=to, sent_by=actor)
        audit.record(rem, action=A.CREATE, actor=actor)
        sent += 1
    return sent, skipped


@transaction.atomic
def aggregate_filings(period: m.ReportingPeriod, *, actor, province_ids=None) -> list[ZoneFigure]:
    """Sum the period's filings per cluster into the registry's ZoneFigure (one row per zone, year, period)."""
    from lienket.web.programmes.selectors import zone_totals

    out = []
    for row in zone_totals(period, province_ids):
        fig = ZoneFigure.all_objects.filter(
            zone_id=row["zone_id"], year=period.year, period=period.period
        ).first()
        values = {
            "tenants": row["tenants"],
            "workers": row["workers"],
            "local_workers": row["local_workers"],
            "registered_capital": row["registered_capital"],
            "implemented_capital": row["implemented_capital"],
            "revenue": row["revenue"],
            "exports": row["exports"],
            "exports_currency": "USD",
            "budget_contribution": row["budget"],
            "currency": "VND",
            "source": f"Tổng hợp báo cáo doanh nghiệp {period} (Thông tư 14/2024/TT-BCT)",
            "is_synthetic": m.Filing.objects.filter(
                period=period, zone_id=row["zone_id"], is_synthetic=True
            ).exists(),
            "deleted_at": None,
        }
        if fig is None:
            fig = ZoneFigure(zone_id=row["zone_id"], year=period.year, period=period.period, **values)
            _full_clean(fig)
            fig.save()
            audit.record(fig, action=A.CREATE, actor=actor, reason=f"aggregate {period}")
        else:
            before = audit.snapshot(fig)
            for k, v in values.items():
                setattr(fig, k, v)
            _full_clean(fig)
            fig.row_version += 1
            fig.save()
            audit.record(fig, action=A.UPDATE, actor=actor, before=before, reason=f"aggregate {period}")
        out.append(fig)
    return out


# --------------------------------------------------------------------------- news, calls, events, inquiries


@transaction.atomic
def save_announcement(obj: m.Announcement, *, sectors=None, actor=None) -> m.Announcement:
    """Create or update an announcement (news, investment call, event)."""
    before = audit.snapshot(type(obj).all_objects.get(pk=obj.pk)) if obj.pk else None
    if obj.is_published and not obj.published_on:
        obj.published_on = timezone.localdate()
    _full_clean(obj)
    if before:
        obj.row_version += 1
    obj.save()
    if sectors is not None:
        obj.priority_sectors.set(list(sectors))
    audit.record(obj, action=A.UPDATE if before else A.CREATE, actor=actor, before=before)
    return obj


@transaction.atomic
def register_for_event(event: m.Announcement, enterprise: Enterprise, *, actor) -> m.EventRegistration:
    """An enterprise user registers their own enterprise for a published matchmaking event (once)."""
    if event.kind != m.Announcement.Kind.EVENT or not event.is_published:
        raise ProgrammeError(_("Chỉ đăng ký được sự kiện đã đăng."))
    if not (getattr(actor, "is_officer", False) or getattr(actor, "enterprise_id", None) == enterprise.pk):
        raise ProgrammeError(_("Bạn chỉ có thể đăng ký cho doanh nghiệp của mình."))
    existing = m.EventRegistration.objects.filter(event=event, enterprise=enterprise).first()
    if existing:
        return existing
    if event.capacity is not None and event.registrations.count() >= event.capacity:
        raise ProgrammeError(_("Sự kiện đã đủ chỗ."))
    try:
        with transaction.atomic():
            reg = m.EventRegistration.objects.create(event=event, enterprise=enterprise, user=actor)
    except IntegrityError:
        return m.EventRegistration.objects.get(event=event, enterprise=enterprise)
    audit.record(reg, action=A.CREATE, actor=actor)
    return reg


@transaction.atomic
def submit_inquiry(data: dict, *, zone: Zone | None = None, call: m.Announcement | None = None) -> m.Inquiry:
    """An investor's inquiry from a zone page or an investment call; it lands in the officers' inbox."""
    obj = m.Inquiry(zone=zone or (call.zone if call else None), call=call, **data)
    _full_clean(obj, exclude=["handled_by"])
    obj.save()
    audit.record(obj, action=A.CREATE, reason="public form")
    return obj


@transaction.atomic
def follow_up_inquiry(inquiry: m.Inquiry, status: str, note: str, *, actor) -> m.Inquiry:
    """An officer moves an inquiry along (new → in progress → answered → closed) with a note."""
    if status not in m.Inquiry.Status.values:
        raise ProgrammeError(f"status {status!r}: expected one of {', '.join(m.Inquiry.Status.values)}")
    before = audit.snapshot(inquiry)
    inquiry.status, inquiry.handled_by = status, actor
    if note:
        stamp = timezone.localtime().strftime("%Y-%m-%d %H:%M")
        inquiry.follow_up = (inquiry.follow_up + "\n" if inquiry.follow_up else "") + f"[{stamp}] {note}"
    inquiry.save()
    audit.record(inquiry, action=A.UPDATE, actor=actor, before=before)
    return inquiry


def count_view(obj: models.Model, day: dt.date | None = None) -> None:
    """Count one page view of ``obj`` for today (a zone, enterprise or announcement page).

    Not audited: a view changes no record. One UPDATE in the common case; the INSERT race is caught."""
    ct = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    day = day or timezone.localdate()
    updated = m.PageView.objects.filter(content_type=ct, object_id=obj.pk, day=day).update(
        count=F("count") + 1
    )
    if updated:
        return
    try:
        with transaction.atomic():
            m.PageView.objects.create(content_type=ct, object_id=obj.pk, day=day, count=1)
    except IntegrityError:
        m.PageView.objects.filter(content_type=ct, object_id=obj.pk, day=day).update(count=F("count") + 1)
