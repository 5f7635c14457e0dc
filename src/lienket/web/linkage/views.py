"""Linkage pages: supplier search (public), free-text matching, buyers' demands with their candidates, a
supplier's fitting demands, the officers' candidate board, introductions and the pipeline KPIs."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lienket.web.linkage import selectors, services
from lienket.web.linkage.forms import (
    DemandForm,
    HardFilterForm,
    IntroduceForm,
    MatchForm,
    SearchForm,
    StageForm,
)
from lienket.web.linkage.models import Introduction
from lienket.web.registry.models import Demand, Enterprise

PAGE_SIZE = 20


def _login(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


def _officer(view):
    @wraps(view)
    @_login
    def wrapped(request, *args, **kwargs):
        if not request.user.is_officer:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _fragment(request) -> bool:
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    result = selectors.search(form.text(), form.facets()) if form.is_bound else selectors.search("")
    page = Paginator(result.hits, PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {"form": form, "result": result, "page": page}
    response = render(
        request, "linkage/_search_results.html" if _fragment(request) else "linkage/search.html", ctx
    )
    patch_vary_headers(response, ["HX-Request"])
    return response


def match(request: HttpRequest) -> HttpResponse:
    form = MatchForm(request.GET or None)
    hits = selectors.match(form.request(), top=20) if form.is_valid() else None
    return render(request, "linkage/match.html", {"form": form, "hits": hits})


def product_lookup(request: HttpRequest) -> HttpResponse:
    products = selectors.product_lookup(request.GET.get("product_q", ""), limit=30)
    return render(request, "linkage/_product_options.html", {"products": products})


@_login
def demand_list(request: HttpRequest) -> HttpResponse:
    qs = selectors.demands_for_user(request.user)
    status = request.GET.get("status", "")
    if status in Demand.Status.values:
        qs = qs.filter(status=status)
    page = Paginator(qs.order_by("-year", "-id"), PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {"page": page, "status": status, "can_post": services.can_post_demand(request.user)}
    return render(request, "linkage/demand_list.html", ctx)


def _demand_form(request, demand=None):
    q = request.POST.get("product_q") or request.GET.get("product_q", "")
    products = selectors.product_lookup(q, limit=60) if q else None
    if request.method == "POST" and "pick" not in request.POST:
        form = DemandForm(request.POST, instance=demand, products=products)
        if form.is_valid():
            try:
                if demand is None:
                    demand = services.create_demand(request.user, form.values())
                else:
                    demand = services.update_demand(request.user, demand, form.values())
            except services.NotAllowed:
                raise PermissionDenied from None
            messages.success(request, _("Đã lưu nhu cầu mua."))
            return redirect("linkage:demand_detail", pk=demand.pk)
    elif request.method == "POST":  # the "find product" button: show the narrowed list, keep what was typed
        form = DemandForm(initial=request.POST.dict(), instance=demand, products=products)
    else:
        form = DemandForm(instance=demand, products=products, initial={"product_q": q})
    return render(request, "linkage/demand_form.html", {"form": form, "demand": demand})


@_login
def demand_create(request: HttpRequest) -> HttpResponse:
    if not services.can_post_demand(request.user) or not request.user.enterprise_id:
        raise PermissionDenied
    return _demand_form(request)


@_login
def demand_edit(request: HttpRequest, pk: int) -> HttpResponse:
    demand = get_object_or_404(Demand, pk=pk)
    if not services.can_edit_demand(request.user, demand):
        raise PermissionDenied
    return _demand_form(request, demand)


def _get_visible_demand(request, pk):
    demand = get_object_or_404(
        Demand.objects.select_related("buyer", "buyer__zone", "buyer__commune", "buyer__province", "product"),
        pk=pk,
    )
    if not services.can_edit_demand(request.user, demand):
        raise PermissionDenied
    return demand


@_login
def demand_detail(request: HttpRequest, pk: int) -> HttpResponse:
    demand = _get_visible_demand(request, pk)
    filters = HardFilterForm(request.GET or None)
    req = selectors.request_for_demand(demand)
    if filters.is_valid():
        req.require_certs = filters.cleaned_data["require_certs"]
        req.same_province_only = filters.cleaned_data["same_province_only"]
        req.require_capacity = filters.cleaned_data["require_capacity"]
    ctx = {
        "demand": demand,
        "hits": selectors.match(req, top=20),
        "filters": filters,
        "introductions": demand.introductions.select_related("supplier").order_by("-id"),
        "introduced": set(demand.introductions.values_list("supplier_id", flat=True)),
    }
    return render(request, "linkage/demand_detail.html", ctx)


@require_POST
@_officer
def introduce(request: HttpRequest, pk: int) -> HttpResponse:
    demand = get_object_or_404(Demand, pk=pk)
    form = IntroduceForm(request.POST)
    if form.is_valid():
        supplier = get_object_or_404(Enterprise, pk=form.cleaned_data["supplier"])
        try:
            intro = services.introduce(
                request.user, supplier=supplier, demand=demand, notes=form.cleaned_data["notes"]
            )
        except services.LinkageError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Đã ghi nhận giới thiệu."))
            return redirect("linkage:introduction_detail", pk=intro.pk)
    return redirect("linkage:demand_detail", pk=demand.pk)


@_login
def opportunities(request: HttpRequest) -> HttpResponse:
    ent = request.user.enterprise
    if ent is not None and not ent.is_supplier:
        ent = None  # a buyer-only firm: the page explains where its demands are
    rows = selectors.opportunities_for_supplier(ent) if ent else []
    return render(request, "linkage/opportunities.html", {"enterprise": ent, "rows": rows})


@_officer
def board(request: HttpRequest) -> HttpResponse:
    return render(request, "linkage/board.html", {"rows": selectors.candidate_board()})


@_login
def introduction_list(request: HttpRequest) -> HttpResponse:
    qs = selectors.introductions_for_user(request.user)
    stage = request.GET.get("stage", "")
    if stage in Introduction.Stage.values:
        qs = qs.filter(stage=stage)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "linkage/introduction_list.html",
        {"page": page, "stage": stage, "stages": Introduction.Stage.choices},
    )


@_login
def introduction_detail(request: HttpRequest, pk: int) -> HttpResponse:
    intro = get_object_or_404(selectors.introductions_for_user(request.user), pk=pk)
    form = StageForm(request.POST or None) if request.user.is_officer else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            d = form.cleaned_data
            try:
                services.move_stage(
                    request.user, intro, d["stage"], on=d["on"], note=d["note"], contract_value=d["contract_value"],
                    currency=d["currency"], exchange_rate=d["exchange_rate"], reason=d["reason"],
                )  # fmt: skip
            except services.LinkageError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, _("Đã chuyển bước."))
                return redirect("linkage:introduction_detail", pk=intro.pk)
    ctx = {"intro": intro, "form": form, "changes": intro.changes.select_related("actor")}
    return render(request, "linkage/introduction_detail.html", ctx)


@_officer
def kpi_dashboard(request: HttpRequest) -> HttpResponse:
    years = selectors.kpi_years()
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    return render(request, "linkage/kpis.html", {"k": selectors.kpis(year), "years": years, "year": year})
