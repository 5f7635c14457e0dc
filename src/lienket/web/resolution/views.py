"""Officer pages of entity resolution: review queue, a pair side by side (confirm / reject / skip), merge history
with undo, an enterprise's values per source, and "run resolution now" (a background run whose page polls its
status). Writes go through ``services``; htmx requests get a fragment, plain POSTs a redirect."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lienket.web.accounts.permissions import officer_required
from lienket.web.registry.models import Enterprise

from . import selectors, services
from .forms import ConfirmForm, QueueFilterForm, RejectForm, UndoForm
from .models import Merge, ResolutionRun

PAGE_SIZE = 25
SKIPPED = "resolution_skipped"  # session key: pairs this officer skipped (no write: nothing was decided)


def _htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


@officer_required
def queue(request):
    form = QueueFilterForm(request.GET or None)
    band = province = ""
    if form.is_valid():
        band, province = form.cleaned_data["band"], form.cleaned_data["province"]
    page = Paginator(selectors.pending_candidates(band, province), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = f"band={band}&province={province}"
    context = {"form": form, "page": page, "query": query, "skipped": set(request.session.get(SKIPPED, []))}
    if _htmx(request) and request.GET.get("fragment") == "queue":
        return render(request, "resolution/_queue.html", context)
    return render(request, "resolution/queue.html", context)


def _pair_context(request, pk, confirm_form=None, reject_form=None, error=""):
    found = selectors.pair(pk)
    if found is None:
        raise Http404
    candidate, left, right, rows = found
    keep = services.default_canonical(left, right)
    return {
        "candidate": candidate,
        "left": left,
        "right": right,
        "rows": rows,
        "confirm_form": confirm_form or ConfirmForm(left=left, right=right, initial={"canonical": keep.pk}),
        "reject_form": reject_form or RejectForm(auto_id="id_reject_%s"),
        "default_canonical": keep,
        "error": error,
    }


@officer_required
def pair(request, pk):
    return render(request, "resolution/pair.html", _pair_context(request, pk))


def _done(request, pk, message, merge=None):
    """After a decision: an htmx fragment in place of the actions, or a redirect to the next pair (no JS)."""
    skipped = set(request.session.get(SKIPPED, []))
    following = selectors.next_pending(skipped | {pk})
    if _htmx(request):
        return render(
            request, "resolution/_decided.html", {"message": message, "next": following, "merge": merge}
        )
    messages.success(request, message)
    if following is not None:
        return redirect("resolution:pair", pk=following.pk)
    return redirect("resolution:queue")


def _failed(request, pk, error, **forms):
    context = _pair_context(request, pk, error=error, **forms)
    if _htmx(request):  # htmx swaps only 2xx answers: the error shows in the actions panel
        return render(request, "resolution/_actions.html", context)
    return render(request, "resolution/pair.html", context, status=409 if not forms else 400)


@officer_required
@require_POST
def confirm(request, pk):
    found = selectors.pair(pk)
    if found is None:
        raise Http404
    candidate, left, right, _rows = found
    form = ConfirmForm(request.POST, left=left, right=right)
    if not form.is_valid():
        return _failed(request, pk, _("Hãy chọn bản ghi giữ lại."), confirm_form=form)
    try:
        record = services.confirm_candidate(
            candidate.pk, form.cleaned_data["canonical"], request.user, form.cleaned_data["reason"]
        )
    except services.ResolutionError as exc:
        return _failed(request, pk, str(exc))
    msg = _("Đã gộp #%(merged)s vào #%(canonical)s.") % {
        "merged": record.merged_id,
        "canonical": record.canonical_id,
    }
    return _done(request, pk, msg, merge=record)


@officer_required
@require_POST
def reject(request, pk):
    get_object_or_404(services.MatchCandidate, pk=pk)
    form = RejectForm(request.POST, auto_id="id_reject_%s")
    if not form.is_valid():
        return _failed(request, pk, _("Hãy ghi lý do vì sao hai bản ghi không trùng."), reject_form=form)
    try:
        services.reject_candidate(pk, request.user, form.cleaned_data["reason"])
    except services.ResolutionError as exc:
        return _failed(request, pk, str(exc))
    return _done(request, pk, _("Đã ghi nhận: hai bản ghi không trùng."))


@officer_required
@require_POST
def skip(request, pk):
    get_object_or_404(services.MatchCandidate, pk=pk)
    skipped = request.session.get(SKIPPED, [])
    if pk not in skipped:
        request.session[SKIPPED] = [*skipped, pk][-500:]
    return _done(request, pk, _("Đã bỏ qua cặp này (vẫn nằm trong hàng chờ)."))


@officer_required
def merge_list(request):
    state = request.GET.get("state", "")
    page = Paginator(selectors.merges(state), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "resolution/merges.html", {"page": page, "state": state})


@officer_required
@require_http_methods(["GET", "POST"])
def undo(request, pk):
    record = get_object_or_404(Merge.objects.select_related("canonical", "merged", "by"), pk=pk)
    form = UndoForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            services.undo_merge(record.pk, request.user, form.cleaned_data["reason"])
        except services.ResolutionError as exc:
            error = str(exc)
        else:
            messages.success(request, _("Đã hoàn tác lần gộp; hai bản ghi được tách lại."))
            return redirect("resolution:merges")
    status = 409 if error else (400 if request.method == "POST" else 200)
    return render(
        request, "resolution/undo.html", {"merge": record, "form": form, "error": error}, status=status
    )


@officer_required
def source_values(request, pk):
    enterprise = get_object_or_404(Enterprise.objects.select_related("province", "zone"), pk=pk)
    context = {
        "enterprise": enterprise,
        "values": selectors.source_values(enterprise),
        "merges": selectors.merges("active").filter(canonical=enterprise),
    }
    return render(request, "resolution/source_values.html", context)


@officer_required
@require_http_methods(["GET", "POST"])
def run(request):
    if request.method == "POST":
        try:
            job = services.start_run(request.user)
        except services.RunRefused as exc:
            return _run_page(request, error=str(exc), active=exc.run, status=409)
        return redirect("resolution:run_detail", pk=job.pk)
    return _run_page(request)


def _run_page(request, error="", active=None, status=200):
    services.expire_stale_runs()
    lower, upper = services.thresholds()
    context = {
        "lower": lower,
        "upper": upper,
        "runs": selectors.recent_runs(),
        "error": error,
        "active": active,
    }
    return render(request, "resolution/run.html", context, status=status)


def _run(pk) -> ResolutionRun:
    services.expire_stale_runs()  # a run whose process died shows as failed, and stops the polling
    return get_object_or_404(ResolutionRun.objects.select_related("started_by"), pk=pk)


@officer_required
def run_detail(request, pk):
    return render(request, "resolution/run_detail.html", {"run": _run(pk)})


@officer_required
def run_status(request, pk):
    """The polled fragment: it polls again (every 2 s) only while the run is queued or running."""
    return render(request, "resolution/_run_status.html", {"run": _run(pk)})
