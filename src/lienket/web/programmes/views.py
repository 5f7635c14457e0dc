"""Views of the programmes app: short; selectors read, services write, templates show."""

from __future__ import annotations

import datetime as dt
import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lienket.web.accounts.permissions import enterprise_user_required, officer_required
from lienket.web.programmes import forms, selectors, services, xlsx
from lienket.web.programmes import models as m
from lienket.web.programmes.indicators import instance_province_ids
from lienket.web.registry.models import Enterprise, Zone

INQUIRY_LIMIT = 5  # per client address per hour
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --------------------------------------------------------------------------- programmes


def programme_list(request: HttpRequest) -> HttpResponse:
    rows = selectors.programmes(instance_province_ids())
    return render(request, "programmes/programme_list.html", {"programmes": rows})


def programme_detail(request: HttpRequest, code: str) -> HttpResponse:
    prog = selectors.programme(code)
    return render(request, "programmes/programme_detail.html", {"p": selectors.programme_progress(prog)})


def indicator_list(request: HttpRequest) -> HttpResponse:
    return render(request, "programmes/indicator_list.html", {"indicators": selectors.indicators()})


@officer_required
def annual_report(request: HttpRequest) -> HttpResponse:
    from lienket.web.programmes.report.builder import ReportError, build

    form = forms.ReportForm(
        request.GET or None, initial={"year": timezone.localdate().year, "lang": get_language()}
    )
    if form.is_valid():
        d = form.cleaned_data
        try:
            content, _pages = build(
                d["year"], d["lang"], d["format"], d["province"].code if d["province"] else None
            )
        except ReportError as exc:
            form.add_error(None, str(exc))
        else:
            ctype = "application/pdf" if d["format"] == "pdf" else "text/html; charset=utf-8"
            resp = HttpResponse(content, content_type=ctype)
            name = f"bao-cao-cnht-{d['year']}-{d['lang']}.{d['format']}"
            resp["Content-Disposition"] = (
                f'{"attachment" if d["format"] == "pdf" else "inline"}; filename="{name}"'
            )
            return resp
    return render(request, "programmes/report_form.html", {"form": form})


# --------------------------------------------------------------------------- support activities


@officer_required
def activity_list(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind") or None
    ctx = {"activities": selectors.activities(kind), "kinds": m.SupportActivity.Kind.choices, "kind": kind}
    return render(request, "programmes/activity_list.html", ctx)


@officer_required
def activity_create(request: HttpRequest) -> HttpResponse:
    form = forms.ActivityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "experts"}
        try:
            obj = services.create_activity(data, experts=form.cleaned_data["experts"], actor=request.user)
        except services.ProgrammeError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("programmes:activity_detail", pk=obj.pk)
    return render(request, "programmes/form.html", {"form": form, "title": _("Hoạt động hỗ trợ mới")})


@officer_required
def activity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    act = selectors.activity(pk)
    form = forms.ParticipantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        services.add_participant(act, d["enterprise"], d["outcome"], d["note"], actor=request.user)
        return redirect("programmes:activity_detail", pk=pk)
    return render(request, "programmes/activity_detail.html", {"a": act, "form": form})


@officer_required
def expert_list(request: HttpRequest) -> HttpResponse:
    return render(request, "programmes/expert_list.html", {"experts": selectors.experts()})


@officer_required
def readiness(request: HttpRequest, pk: int) -> HttpResponse:
    firm = get_object_or_404(Enterprise, pk=pk)
    form = forms.ReadinessForm(request.POST or None, initial={"assessed_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        scores = {k: d[k] for k in m.ReadinessAssessment.DIMENSIONS}
        services.assess_readiness(
            firm, scores, assessed_on=d["assessed_on"], note=d["note"], actor=request.user
        )
        return redirect("programmes:readiness", pk=pk)
    ctx = {"firm": firm, "history": selectors.readiness_history(firm), "form": form}
    return render(request, "programmes/readiness.html", ctx)


# --------------------------------------------------------------------------- periodic reporting


def _period(request: HttpRequest) -> m.ReportingPeriod:
    year, period = services.current_period(timezone.localdate())
    form = forms.PeriodForm(request.GET or None)
    if form.is_valid():
        year, period = form.cleaned_data["year"], form.cleaned_data["period"]
    return services.ensure_period(year, period)


@officer_required
def filing_overview(request: HttpRequest) -> HttpResponse:
    period = _period(request)
    rows = selectors.filing_status(period, instance_province_ids())
    ctx = {
        "period": period,
        "rows": rows,
        "missing": sum(1 for r in rows if r.filing is None),
        "form": forms.PeriodForm(initial={"year": period.year, "period": period.period}),
    }
    return render(request, "programmes/filing_overview.html", ctx)


@officer_required
@require_POST
def filing_action(request: HttpRequest) -> HttpResponse:
    period = _period(request)
    if request.POST.get("action") == "remind":
        missing = [
            r.enterprise for r in selectors.filing_status(period, instance_province_ids()) if r.filing is None
        ]
        sent, skipped = services.send_reminders(period, missing, actor=request.user)
        messages.success(request, _("Đã gửi %(n)d thư nhắc.") % {"n": sent})
        if skipped:
            messages.warning(request, _("Không có email: %(names)s") % {"names": ", ".join(skipped[:20])})
    elif request.POST.get("action") == "aggregate":
        figs = services.aggregate_filings(period, actor=request.user, province_ids=instance_province_ids())
        messages.success(request, _("Đã cập nhật số liệu %(n)d cụm công nghiệp.") % {"n": len(figs)})
    return redirect(f"{reverse('programmes:filing_overview')}?year={period.year}&period={period.period}")


@officer_required
def filing_xlsx(request: HttpRequest) -> HttpResponse:
    period = _period(request)
    code = request.GET.get("zone")
    if code:
        zone = get_object_or_404(Zone, code=code)
        content, name = (
            xlsx.cluster_report(period, zone),
            f"bao-cao-{zone.code}-{period.year}-{period.period}.xlsx",
        )
    else:
        content, name = (
            xlsx.province_report(period, instance_province_ids()),
            f"bao-cao-ccn-{period.year}-{period.period}.xlsx",
        )
    resp = HttpResponse(content, content_type=XLSX)
    resp["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp


@enterprise_user_required
def file_report(request: HttpRequest) -> HttpResponse:
    firm = request.user.enterprise
    period = _period(request)
    existing = m.Filing.objects.filter(period=period, enterprise=firm).first()
    form = forms.FilingForm(request.POST or None, instance=existing)
    if request.method == "POST" and form.is_valid():
        values = {k: form.cleaned_data.get(k) for k in services.FILING_FIELDS}
        try:
            services.file_report(firm, period, values, actor=request.user)
        except services.ProgrammeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Đã nộp báo cáo %(period)s.") % {"period": period})
            return redirect(f"{reverse('programmes:file_report')}?year={period.year}&period={period.period}")
    in_cluster = firm.zone_id is not None and firm.zone.kind == Zone.Kind.CCN
    ctx = {"firm": firm, "period": period, "form": form, "existing": existing, "in_cluster": in_cluster}
    return render(request, "programmes/file_report.html", ctx)


# --------------------------------------------------------------------------- news, calls, events


def news_list(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind") or None
    rows = selectors.published(kind if kind in m.Announcement.Kind.values else None)[:50]
    ctx = {"items": rows, "kinds": m.Announcement.Kind.choices, "kind": kind}
    return render(request, "programmes/news_list.html", ctx)


def news_detail(request: HttpRequest, pk: int) -> HttpResponse:
    officer = getattr(request.user, "is_officer", False)
    item = selectors.announcement(pk, include_drafts=officer)
    services.count_view(item)
    registered = (
        item.kind == m.Announcement.Kind.EVENT
        and request.user.is_authenticated
        and request.user.enterprise_id
        and item.registrations.filter(enterprise_id=request.user.enterprise_id).exists()
    )
    ctx = {
        "item": item,
        "registered": registered,
        "registrations": item.registrations.count() if officer else None,
    }
    return render(request, "programmes/news_detail.html", ctx)


@login_required
@require_POST
def event_register(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.announcement(pk)
    if not request.user.enterprise_id:
        raise PermissionDenied
    try:
        services.register_for_event(item, request.user.enterprise, actor=request.user)
        messages.success(request, _("Đã đăng ký tham dự."))
    except services.ProgrammeError as exc:
        messages.error(request, str(exc))
    return redirect("programmes:news_detail", pk=pk)


@officer_required
def announcement_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    obj = get_object_or_404(m.Announcement, pk=pk) if pk else m.Announcement()
    form = forms.AnnouncementForm(request.POST or None, instance=obj)
    if request.method == "POST" and form.is_valid():
        try:
            obj = services.save_announcement(
                form.save(commit=False), sectors=form.cleaned_data["priority_sectors"], actor=request.user
            )
        except services.ProgrammeError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("programmes:news_detail", pk=obj.pk)
    return render(request, "programmes/form.html", {"form": form, "title": _("Tin / mời gọi / sự kiện")})


class NewsFeed(Feed):
    """Atom feed of published announcements (news, investment calls, events)."""

    feed_type = Atom1Feed
    title = gettext_lazy("Công nghiệp hỗ trợ: tin tức, mời gọi đầu tư, sự kiện")
    subtitle = gettext_lazy("Sở Công Thương")

    def link(self):
        return reverse("programmes:news_list")

    def items(self):
        return selectors.published()[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.body[:500]

    def item_link(self, item):
        return reverse("programmes:news_detail", args=[item.pk])

    def item_pubdate(self, item):
        d = item.published_on
        return timezone.make_aware(dt.datetime(d.year, d.month, d.day)) if d else None

    def item_updateddate(self, item):
        return item.updated_at


# --------------------------------------------------------------------------- inquiries and views


def _client_key(request: HttpRequest) -> str:
    # Hash of the address: the limiter needs no personal data kept in the cache.
    addr = request.META.get("REMOTE_ADDR", "")
    return "lk-inquiry:" + hashlib.sha256(addr.encode()).hexdigest()[:24]


def inquiry(request: HttpRequest) -> HttpResponse:
    zone = Zone.objects.filter(code=request.GET.get("zone") or "").first()
    call_id = request.GET.get("call") or ""
    call = (
        m.Announcement.objects.filter(pk=int(call_id), is_published=True).first()
        if call_id.isdigit()
        else None
    )
    form = forms.InquiryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        key = _client_key(request)
        if form.is_spam():
            return render(
                request, "programmes/inquiry_thanks.html"
            )  # bots get the same page and nothing is kept
        count = cache.get(key, 0)
        if count >= INQUIRY_LIMIT:
            return render(
                request,
                "programmes/inquiry_form.html",
                {"form": form, "zone": zone, "call": call, "limited": True},
                status=429,
            )
        cache.set(key, count + 1, 3600)
        data = {k: v for k, v in form.cleaned_data.items() if k != "website"}
        services.submit_inquiry(data, zone=zone, call=call)
        return render(request, "programmes/inquiry_thanks.html")
    return render(request, "programmes/inquiry_form.html", {"form": form, "zone": zone, "call": call})


@officer_required
def inbox(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status") or None
    rows = selectors.inquiries(status if status in m.Inquiry.Status.values else None)[:200]
    return render(
        request,
        "programmes/inbox.html",
        {"rows": rows, "statuses": m.Inquiry.Status.choices, "status": status},
    )


@officer_required
def inquiry_detail(request: HttpRequest, pk: int) -> HttpResponse:
    obj = get_object_or_404(m.Inquiry.objects.select_related("zone", "call", "handled_by"), pk=pk)
    form = forms.FollowUpForm(request.POST or None, initial={"status": obj.status})
    if request.method == "POST" and form.is_valid():
        services.follow_up_inquiry(
            obj, form.cleaned_data["status"], form.cleaned_data["note"], actor=request.user
        )
        return redirect("programmes:inquiry_detail", pk=pk)
    return render(request, "programmes/inquiry_detail.html", {"obj": obj, "form": form})


@officer_required
def view_stats(request: HttpRequest) -> HttpResponse:
    days = request.GET.get("days", "")
    since = timezone.localdate() - dt.timedelta(
        days=int(days) if days.isdigit() and int(days) < 10000 else 90
    )
    ctx = {
        "since": since,
        "zones": selectors.view_counts(Zone, since),
        "firms": selectors.view_counts(Enterprise, since),
        "news": selectors.view_counts(m.Announcement, since),
    }
    return render(request, "programmes/view_stats.html", ctx)


@require_POST
def count_page_view(request: HttpRequest, kind: str, key: str) -> HttpResponse:
    """A tiny endpoint a zone or enterprise page may call (fetch POST) to count a view; 204 whatever happens."""
    obj = None
    if kind == "zone":
        obj = Zone.objects.filter(code=key).only("id").first()
    elif kind == "enterprise" and key.isdigit():
        obj = Enterprise.objects.filter(pk=int(key)).only("id").first()
    if obj is not None:
        services.count_view(obj)
    return HttpResponse(status=204)
