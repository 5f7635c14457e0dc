"""Public portal views: short and declarative (selectors read, forms filter, templates show).

List pages answer htmx requests (``HX-Request``) with only their results fragment and everything else with the
full page, so filters and paging work the same without JavaScript.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from lienket.web.counts import CachedCountPaginator, cached_count
from lienket.web.portal import selectors
from lienket.web.portal.context import PROVINCE_PARAM, provinces, selected_province
from lienket.web.portal.forms import EnterpriseFilterForm, ZoneFilterForm
from lienket.web.programmes import selectors as news_selectors
from lienket.web.programmes.services import count_view
from lienket.web.registry.models import TaxonomyVersion

PAGE_SIZE = 20


def _is_fragment(request: HttpRequest) -> bool:
    # A history restore after a cache miss asks for the whole page even though it comes from htmx.
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


def _render_list(request, template: str, fragment: str, context: dict) -> HttpResponse:
    response = render(request, fragment if _is_fragment(request) else template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _form_data(request: HttpRequest):
    """The query string with the portal-wide province filled in, so the form shows the active selection."""
    data = request.GET.copy()
    if PROVINCE_PARAM not in data:
        province = selected_province(request)
        data[PROVINCE_PARAM] = province.code if province else ""
    return data


def home(request: HttpRequest) -> HttpResponse:
    province = selected_province(request)
    zones = list(selectors.zones({}, province))
    context = {
        "figures": selectors.headline_figures(province),
        "markers": selectors.zone_markers(zones),
        "zone_count": len(zones),
        "news": list(news_selectors.published()[:5]),
    }
    return render(request, "portal/home.html", context)


def zone_list(request: HttpRequest) -> HttpResponse:
    province = selected_province(request)
    form = ZoneFilterForm(_form_data(request), provinces=provinces(request), sectors=selectors.sectors())
    zones = list(selectors.zones(form.filters(), province))
    context = {"form": form, "zones": zones, "markers": selectors.zone_markers(zones)}
    return _render_list(request, "portal/zone_list.html", "portal/_zone_results.html", context)


def zone_detail(request: HttpRequest, code: str) -> HttpResponse:
    zone = selectors.zone_detail(code)
    count_view(zone)
    context = {
        "zone": zone,
        "rules": selectors.cluster_rules(zone) if zone.kind == zone.Kind.CCN else None,
        "markers": selectors.zone_markers([zone]),
        "tenants": selectors.zone_tenants(zone),
        "projects": selectors.zone_projects(zone),
        "tenant_count": cached_count(zone.tenants.all()),
        "page_limit": selectors.ZONE_PAGE_LIMIT,
    }
    return render(request, "portal/zone_detail.html", context)


def enterprise_list(request: HttpRequest) -> HttpResponse:
    province = selected_province(request)
    form = EnterpriseFilterForm(
        _form_data(request),
        provinces=provinces(request),
        zones=selectors.zone_choices(province),
        sectors=selectors.sectors(),
        products=selectors.current_products(),
        certifications=selectors.certification_standards(),
    )
    page = CachedCountPaginator(selectors.enterprises(form.filters(), province), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {"form": form, "page": page}
    return _render_list(request, "portal/enterprise_list.html", "portal/_enterprise_results.html", context)


def enterprise_detail(request: HttpRequest, pk: int) -> HttpResponse:
    firm = selectors.enterprise_detail(pk)
    count_view(firm)
    return render(request, "portal/enterprise_detail.html", {"firm": firm})


def taxonomy(request: HttpRequest, version: str | None = None) -> HttpResponse:
    versions = selectors.taxonomy_versions()
    if version is None:
        chosen = next(iter(versions), None)
    else:
        chosen = next((v for v in versions if v.code == version), None)
        if chosen is None:
            raise Http404(f"Unknown taxonomy version {version!r}")
    tree = selectors.taxonomy_tree(chosen) if isinstance(chosen, TaxonomyVersion) else []
    return render(request, "portal/taxonomy.html", {"versions": versions, "version": chosen, "tree": tree})
