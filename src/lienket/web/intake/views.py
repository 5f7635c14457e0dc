"""Officer pages: upload → preview (per-row status, paginated, htmx) → confirm; templates and error reports."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from lienket.core.intake import SPECS

from . import services
from .forms import UploadForm
from .models import ImportBatch, ImportRow

PAGE_SIZE = 50


def officer_required(view):
    """Signed-in officers and admins only (others get 403)."""

    @login_required
    def wrapped(request, *args, **kwargs):
        if not getattr(request.user, "is_officer", False):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@officer_required
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            batch = services.start(d["file"], d["kind"], d["sheet"], request.user)
        except services.ImportFailed as exc:
            error = str(exc)
        else:
            return redirect("intake:batch", pk=batch.pk)
    recent = ImportBatch.objects.select_related("user")[:20]
    context = {"form": form, "error": error, "recent": recent, "kinds": SPECS.items()}
    return render(request, "intake/upload.html", context, status=400 if error else 200)


@officer_required
def template(request, kind):
    if kind not in SPECS:
        raise Http404
    response = HttpResponse(
        services.template_xlsx(kind),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="mau-{kind}.xlsx"'
    return response


def _rows_page(request, batch):
    rows = ImportRow.objects.filter(batch=batch).order_by("row_number")
    status = request.GET.get("status", "")
    if status in ImportRow.Status.values:
        rows = rows.filter(status=status)
    return Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page")), status


@officer_required
def batch(request, pk):
    b = get_object_or_404(ImportBatch.objects.select_related("user"), pk=pk)
    page, status = _rows_page(request, b)
    context = {"batch": b, "page": page, "status": status, "statuses": ImportRow.Status.choices}
    if request.headers.get("HX-Request") == "true" and request.GET.get("fragment") == "rows":
        return render(request, "intake/_rows.html", context)
    return render(request, "intake/batch.html", context)


@officer_required
def status(request, pk):
    b = get_object_or_404(ImportBatch, pk=pk)
    live = services.live_progress(b) if b.is_running else None
    if live is not None:
        _phase, b.progress_done, b.progress_total = live
    response = render(request, "intake/_status.html", {"batch": b})
    if not b.is_running and request.headers.get("HX-Request") == "true":
        response["HX-Refresh"] = "true"  # the work ended: reload the page to show the rows
    return response


@officer_required
@require_POST
def confirm(request, pk):
    b = get_object_or_404(ImportBatch, pk=pk)
    try:
        services.confirm(b, request.user)
    except services.ImportFailed as exc:
        return render(
            request,
            "intake/batch.html",
            {"batch": b, "error": str(exc), "page": _rows_page(request, b)[0]},
            status=409,
        )
    return redirect("intake:batch", pk=b.pk)


@officer_required
@require_POST
def cancel(request, pk):
    b = get_object_or_404(ImportBatch, pk=pk)
    services.cancel(b)
    return redirect("intake:upload")


@officer_required
def errors(request, pk, fmt):
    if fmt not in ("xlsx", "csv"):
        raise Http404
    b = get_object_or_404(ImportBatch, pk=pk)
    rows = ImportRow.objects.filter(batch=b, status=ImportRow.Status.ERROR).order_by("row_number")
    data = services.error_report(services.error_lines(rows.iterator()), fmt, b.sheet)
    ctype = (
        "text/csv; charset=utf-8"
        if fmt == "csv"
        else ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    )
    response = HttpResponse(data, content_type=ctype)
    response["Content-Disposition"] = f'attachment; filename="loi-lo-{b.pk}.{fmt}"'
    return response
