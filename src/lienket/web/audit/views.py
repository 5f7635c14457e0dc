"""History of a record (before/after per field), revert, trash with restore, the stale-records queue, verify."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lienket.web.accounts.permissions import officer_required
from lienket.web.registry import services

from . import selectors
from .models import AuditEntry


def _record(app_label: str, model_name: str, pk: str):
    model = selectors.model_for(app_label, model_name)
    if model is None:
        raise Http404
    manager = getattr(model, "all_objects", model._default_manager)
    return model, get_object_or_404(manager, pk=pk)


def _labels(model) -> dict[str, str]:
    out = {}
    for f in model._meta.get_fields():
        if hasattr(f, "verbose_name"):
            out[getattr(f, "attname", f.name)] = str(f.verbose_name)
            out[f.name] = str(f.verbose_name)
    return out


def history(request, app_label: str, model_name: str, pk: str):
    model, obj = _record(app_label, model_name, pk)
    if not selectors.can_see_history(request.user, obj):
        raise PermissionDenied
    labels = _labels(model)
    page = Paginator(selectors.entries_for(obj), 50).get_page(request.GET.get("page"))
    rows = [
        (e, [(labels.get(k, k), v[0], v[1]) for k, v in sorted(e.changes.items())]) for e in page.object_list
    ]
    return render(
        request,
        "audit/history.html",
        {
            "obj": obj,
            "model": model,
            "meta": model._meta,
            "page": page,
            "rows": rows,
            "can_revert": request.user.is_officer,
        },
    )


@require_POST
@officer_required
def revert(request, entry_id: int):
    entry = get_object_or_404(AuditEntry.objects.select_related("content_type"), pk=entry_id)
    try:
        services.revert(entry, actor=request.user, reason=request.POST.get("reason", "").strip())
    except services.RegistryError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Đã hoàn tác thay đổi."))
    ct = entry.content_type
    return HttpResponseRedirect(reverse("audit:history", args=[ct.app_label, ct.model, entry.object_id]))


@officer_required
def trash_index(request):
    counts = [
        (name, model._meta.verbose_name_plural, selectors.trash(model).count())
        for name, model in sorted(selectors.tracked_models().items())
    ]
    return render(request, "audit/trash_index.html", {"counts": counts})


@officer_required
def trash(request, model_name: str):
    model = selectors.tracked_models().get(model_name)
    if model is None:
        raise Http404
    if request.method == "POST":
        obj = get_object_or_404(model.all_objects, pk=request.POST.get("pk"))
        services.restore(obj, actor=request.user, reason=request.POST.get("reason", "").strip())
        messages.success(request, _("Đã khôi phục “%(obj)s”.") % {"obj": obj})
        return HttpResponseRedirect(request.path)
    page = Paginator(selectors.trash(model), 50).get_page(request.GET.get("page"))
    return render(request, "audit/trash.html", {"meta": model._meta, "model_name": model_name, "page": page})


@officer_required
def stale(request):
    models = selectors.tracked_models()
    model_name = request.GET.get("model", "enterprise")
    model = models.get(model_name) or models["enterprise"]
    page = Paginator(selectors.stale(model), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "audit/stale.html",
        {
            "models": sorted((n, m._meta.verbose_name_plural) for n, m in models.items()),
            "model_name": model._meta.model_name,
            "meta": model._meta,
            "page": page,
            "cutoff": selectors.stale_cutoff(),
        },
    )


@require_POST
@officer_required
def verify(request, model_name: str, pk: int):
    model = selectors.tracked_models().get(model_name)
    if model is None:
        raise Http404
    obj = get_object_or_404(model.objects, pk=pk)
    services.verify(obj, actor=request.user, reason=request.POST.get("reason", "").strip())
    messages.success(request, _("Đã xác minh “%(obj)s”.") % {"obj": obj})
    nxt = request.POST.get("next", "")
    if not nxt.startswith("/") or nxt.startswith("//"):
        nxt = reverse("audit:stale") + f"?model={model_name}"
    return HttpResponseRedirect(nxt)
