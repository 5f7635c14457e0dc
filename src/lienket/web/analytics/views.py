"""Analytics pages: localization (public), disruption scenarios (officers), investment promotion list (public;
weights editable by officers), site matching (public). Every table downloads as CSV or XLSX (``?format=``)."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.http import require_POST

from lienket.core.sites import SiteRequest
from lienket.web.portal.context import selected_province

from . import charts, exports, selectors, services
from .forms import LocalizationForm, ScenarioForm, ScopeForm, SiteForm, WeightForm
from .models import SavedScenario


def officer_required(view):
    """Signed-in officers (and admins) only: others are sent to log in, or refused (403)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not getattr(request.user, "is_officer", False):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def is_officer(request) -> bool:
    return bool(request.user.is_authenticated and getattr(request.user, "is_officer", False))


def _scope_data(request, form_class=ScopeForm, **kwargs):
    """The bound scope form (province defaults to the portal's selected province) and its clean values."""
    data = request.GET.copy()
    if "province" not in data:
        chosen = selected_province(request)
        data["province"] = chosen.code if chosen else ""
    form = form_class(data, **kwargs)
    form.is_valid()
    return form, getattr(form, "cleaned_data", {})


def _fmt(request) -> str | None:
    fmt = request.GET.get("format")
    return fmt if fmt in {"csv", "xlsx"} else None


def index(request):
    return render(request, "analytics/index.html", {"officer": is_officer(request)})


# ------------------------------------------------------------------------------------------------ localization


def localization(request):
    form, cd = _scope_data(request, LocalizationForm, officer=is_officer(request))
    year = cd.get("year") or (selectors.years() or [None])[-1]
    page = selectors.localization(
        year=year,
        province=cd.get("province") or None,
        sector=cd.get("sector") or None,
        product=cd.get("product") or None,
        buyer=cd.get("buyer") or None,
    )
    if fmt := _fmt(request):
        headers = [_("Năm"), _("Tổng giá trị nhu cầu (VND)"), _("Cung ứng trong tỉnh (VND)"),
                   _("Cung ứng trong nước (VND)"), _("Nhập khẩu (VND)"), _("Tỷ lệ trong tỉnh"),
                   _("Tỷ lệ trong nước"), _("Số dòng nhu cầu")]  # fmt: skip
        rows = [
            (
                y,
                r.total_value,
                r.province_value,
                r.vietnam_value,
                r.imported_value,
                r.in_province,
                r.in_vietnam,
                r.lines,
            )
            for y, r in page.trend
        ]
        return exports.table_response(fmt, "noi-dia-hoa", _("Nội địa hóa"), headers, rows)
    targets_by_year: dict[int, float] = {}
    for t, _m, _met in page.targets:
        if t.unit == "%":
            targets_by_year[t.year] = max(targets_by_year.get(t.year, 0), t.value / 100)
    chart = charts.bar_chart(
        [charts.Bar(str(y), r.in_province, r.in_vietnam, targets_by_year.get(y)) for y, r in page.trend],
        title=_("Tỷ lệ nội địa hóa theo năm"),
        pct=True,
        legend=(_("Trong tỉnh"), _("Trong nước")),
    )
    return render(request, "analytics/localization.html", {"form": form, "page": page, "chart": chart})


# ------------------------------------------------------------------------------------------------ scenarios


@officer_required
def scenario_list(request):
    if request.method == "POST":
        form = ScenarioForm(request.POST)
        if form.is_valid():
            cd = form.cleaned_data
            try:
                obj = services.save_scenario(
                    name=cd["name"] or _("Kịch bản không tên"),
                    year=cd.get("year"),
                    province=cd.get("province") or None,
                    countries=cd["countries"],
                    firms=cd["suppliers"],
                    zones=cd["zones"],
                    weeks=cd["weeks"],
                    note=cd.get("note", ""),
                    actor=request.user,
                )
            except services.AnalyticsError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Đã chạy và lưu kịch bản."))
                return redirect("analytics:scenario_detail", pk=obj.pk)
    else:
        chosen = selected_province(request)
        form = ScenarioForm(
            initial={"weeks": 8, "countries": "CN", "province": chosen.code if chosen else ""}
        )
    scenarios = list(selectors.saved_scenarios()[:200])
    return render(request, "analytics/scenario_list.html", {"form": form, "scenarios": scenarios})


SCENARIO_BUYER_HEADERS = (gettext_noop("Mã bên mua"), gettext_noop("Bên mua"), gettext_noop("Giá trị rủi ro (VND)"), gettext_noop("Rủi ro mỗi tuần (VND)"), gettext_noop("Tuần thiếu hàng đầu tiên"), gettext_noop("Số dòng"), gettext_noop("Sản phẩm"))  # fmt: skip
SCENARIO_PRODUCT_HEADERS = (gettext_noop("Mã sản phẩm"), gettext_noop("Sản phẩm"), gettext_noop("Giá trị rủi ro (VND)"), gettext_noop("Rủi ro mỗi tuần (VND)"), gettext_noop("Tuần thiếu hàng đầu tiên"), gettext_noop("Số bên mua"))  # fmt: skip
SCENARIO_PRIORITY_HEADERS = (gettext_noop("Thứ tự"), gettext_noop("Bên mua"), gettext_noop("Sản phẩm"), gettext_noop("Giá trị rủi ro (VND)"), gettext_noop("Tuần thiếu hàng đầu tiên"), gettext_noop("Tỷ trọng bị ngừng"), gettext_noop("Nhà cung ứng thay thế trong tỉnh (năng lực)"))  # fmt: skip


def scenario_sheets(obj: SavedScenario) -> list[tuple]:
    """The sheets of a scenario's workbook: summary, buyers, products, weeks, priority list."""
    r = obj.result
    summary = [
        (_("Tên"), obj.name), (_("Năm"), r.get("year")), (_("Tỉnh"), obj.province_code or _("Tất cả")),
        (_("Nước ngừng"), ", ".join(obj.stop_countries)), (_("Nhà cung ứng ngừng"), ", ".join(obj.stop_firms)),
        (_("Khu / cụm ngừng"), ", ".join(obj.stop_zones)), (_("Số tuần"), float(obj.weeks)),
        (_("Tổng giá trị rủi ro (VND)"), r.get("value_at_risk")),
        (_("Rủi ro mỗi tuần khi hết tồn kho (VND)"), r.get("value_at_risk_per_week")),
        (_("Tỷ lệ nội địa hóa trong tỉnh"), r.get("localization_rate")),
        (_("Tỷ lệ nội địa hóa trong nước"), r.get("localization_rate_vietnam")),
        (_("Dòng nhu cầu / bị ảnh hưởng"), f"{r.get('demand_lines')} / {r.get('lines_affected')}"),
    ]  # fmt: skip
    buyers = [
        (b["id"], b["name"], b["value_at_risk"], b["value_at_risk_per_week"], b["first_short_week"], b["lines"],
         ", ".join(b["products"]))
        for b in r.get("buyers", [])
    ]  # fmt: skip
    products = [
        (
            p["code"],
            p["name"],
            p["value_at_risk"],
            p["value_at_risk_per_week"],
            p["first_short_week"],
            p["buyers"],
        )
        for p in r.get("products", [])
    ]
    weeks = [(i + 1, v) for i, v in enumerate(r.get("weekly", []))]
    priority = [
        (p["rank"], p["buyer_name"], p["product_name"], p["value_at_risk"], p["first_short_week"], p["lost_share"],
         "; ".join(f"{s['name']} ({s['capacity'] if s['capacity'] is not None else '?'} {s['unit']})".strip()
                   for s in p["substitutes"]))
        for p in r.get("priority", [])
    ]  # fmt: skip
    return [
        (_("Tóm tắt"), (_("Mục"), _("Giá trị")), summary),
        (_("Bên mua"), [_(h) for h in SCENARIO_BUYER_HEADERS], buyers),
        (_("Sản phẩm"), [_(h) for h in SCENARIO_PRODUCT_HEADERS], products),
        (_("Theo tuần"), (_("Tuần"), _("Giá trị thiếu hụt (VND)")), weeks),
        (_("Ưu tiên"), [_(h) for h in SCENARIO_PRIORITY_HEADERS], priority),
    ]


@officer_required
def scenario_detail(request, pk: int):
    obj = get_object_or_404(SavedScenario, pk=pk)
    if fmt := _fmt(request):
        sheets = scenario_sheets(obj)
        if fmt == "xlsx":
            return exports.xlsx_response(f"kich-ban-{obj.pk}", sheets)
        table = request.GET.get("table", "buyers")
        index = {"summary": 0, "buyers": 1, "products": 2, "weeks": 3, "priority": 4}.get(table, 1)
        title, headers, rows = sheets[index]
        return exports.csv_response(f"kich-ban-{obj.pk}-{table}", headers, rows)
    r = obj.result
    weekly = charts.bar_chart(
        [charts.Bar(str(i + 1), v) for i, v in enumerate(r.get("weekly", [])[:104])],
        title=_("Giá trị thiếu hụt theo tuần (VND)"),
    )
    buyers_chart = charts.hbar_chart(
        [(b["name"], b["value_at_risk"]) for b in r.get("buyers", [])[:15]],
        title=_("Giá trị rủi ro theo bên mua"),
    )
    return render(
        request,
        "analytics/scenario_detail.html",
        {"obj": obj, "r": r, "weekly_chart": weekly, "buyers_chart": buyers_chart},
    )


@officer_required
@require_POST
def scenario_delete(request, pk: int):
    obj = get_object_or_404(SavedScenario, pk=pk)
    services.delete_scenario(obj, actor=request.user)
    messages.success(request, _("Đã xóa kịch bản."))
    return redirect("analytics:scenario_list")


@officer_required
def scenario_compare(request):
    ids = [int(i) for i in request.GET.getlist("ids") if i.isdigit()][:6]
    items = list(SavedScenario.objects.filter(pk__in=ids).order_by("pk"))
    rows = [
        (_("Năm"), [s.result.get("year") for s in items]),
        (_("Tỉnh"), [s.province_code or _("Tất cả") for s in items]),
        (_("Nước ngừng"), [", ".join(s.stop_countries) for s in items]),
        (_("Nhà cung ứng ngừng"), [len(s.stop_firms) for s in items]),
        (_("Khu / cụm ngừng"), [", ".join(s.stop_zones) for s in items]),
        (_("Số tuần"), [float(s.weeks) for s in items]),
        (_("Tổng giá trị rủi ro (VND)"), [s.result.get("value_at_risk") for s in items]),
        (_("Rủi ro mỗi tuần (VND)"), [s.result.get("value_at_risk_per_week") for s in items]),
        (_("Bên mua bị ảnh hưởng"), [len(s.result.get("buyers", [])) for s in items]),
        (_("Sản phẩm bị ảnh hưởng"), [len(s.result.get("products", [])) for s in items]),
        (_("Tuần thiếu hàng sớm nhất"), [min((b["first_short_week"] for b in s.result.get("buyers", [])), default=None) for s in items]),
    ]  # fmt: skip
    if fmt := _fmt(request):
        headers = [_("Chỉ tiêu")] + [s.name for s in items]
        return exports.table_response(
            fmt, "so-sanh-kich-ban", _("So sánh"), headers, [(label, *vals) for label, vals in rows]
        )
    chart = charts.hbar_chart(
        [(s.name, s.result.get("value_at_risk") or 0) for s in items], title=_("Tổng giá trị rủi ro")
    )
    return render(request, "analytics/scenario_compare.html", {"items": items, "rows": rows, "chart": chart})


# ------------------------------------------------------------------------------------------------ gaps


def promotion(request):
    form, cd = _scope_data(request)
    items = selectors.promotion_list(year=cd.get("year"), province=cd.get("province") or None)
    if fmt := _fmt(request):
        headers = [_("Thứ tự"), _("Mã sản phẩm"), _("Sản phẩm"), _("Ngành"), _("Nhập khẩu (VND)"),
                   _("Chưa đáp ứng (VND)"), _("Khoảng trống (VND)"), _("Số bên mua"), _("Trọng số"), _("Điểm"),
                   _("Khu / cụm đề xuất")]  # fmt: skip
        rows = [
            (i["rank"], i["gap"].product, i["name"], i["sector"], i["gap"].imported_value, i["gap"].unmet_value,
             i["gap"].gap_value, i["gap"].buyers, i["gap"].weight, i["gap"].score,
             "; ".join(f"{c['zone'].name_vi} ({c['clean_land_ha']} ha"
                       + (f", {c['distance_km']:.0f} km" if c["distance_km"] is not None else "") + ")"
                       for c in i["zones"]))
            for i in items
        ]  # fmt: skip
        return exports.table_response(fmt, "danh-sach-xuc-tien-dau-tu", _("Xúc tiến đầu tư"), headers, rows)
    chart = charts.hbar_chart([(i["name"], i["gap"].score) for i in items[:15]], title=_("Điểm khoảng trống"))
    return render(
        request,
        "analytics/promotion.html",
        {"form": form, "items": items, "chart": chart, "officer": is_officer(request)},
    )


@officer_required
def weights(request):
    form = WeightForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_strategic_weight(
                product=form.cleaned_data["product"],
                weight=form.cleaned_data["weight"],
                note=form.cleaned_data["note"],
                actor=request.user,
            )
        except services.AnalyticsError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Đã lưu trọng số."))
            return redirect("analytics:weights")
    rows = selectors.StrategicWeight.objects.select_related("product", "updated_by").order_by("product__code")
    if fmt := _fmt(request):
        return exports.table_response(
            fmt, "trong-so-chien-luoc", _("Trọng số"), [_("Mã sản phẩm"), _("Sản phẩm"), _("Trọng số"), _("Lý do")],
            [(w.product.code, w.product.name_vi, float(w.weight), w.note) for w in rows],
        )  # fmt: skip
    return render(request, "analytics/weights.html", {"form": form, "rows": rows})


# ------------------------------------------------------------------------------------------------ sites


def sites(request) -> HttpResponse:
    form = SiteForm(request.GET or None)
    results = None
    if form.is_bound and form.is_valid():
        cd = form.cleaned_data
        req = SiteRequest(
            land_ha=cd["land_ha"],
            sector=cd["sector"].name_vi if cd.get("sector") else "",
            workforce=cd.get("workforce") or 0,
            wastewater_m3_day=cd.get("wastewater") or 0.0,
            power_kw=cd.get("power") or 0.0,
            preferred_province=_province_name(cd.get("province")),
        )
        results = selectors.match_sites(req, product=cd.get("product") or None)
        if fmt := _fmt(request):
            headers = [_("Thứ tự"), _("Mã"), _("Khu / cụm"), _("Đủ đất sạch"), _("Điểm"), _("Khoảng cách (km)"),
                       _("Lý do")]  # fmt: skip
            rows = [
                (n, r["match"].zone_id, r["match"].name, r["match"].eligible, round(r["match"].score, 4),
                 r["match"].distance_km, "; ".join(x.text_vi for x in r["match"].reasons))
                for n, r in enumerate(results, 1)
            ]  # fmt: skip
            return exports.table_response(fmt, "dia-diem-dau-tu", _("Địa điểm"), headers, rows)
    return render(request, "analytics/sites.html", {"form": form, "results": results})


def _province_name(code: str | None) -> str:
    if not code:
        return ""
    from lienket.web.registry.models import AdminUnit

    return (
        AdminUnit.objects.filter(level=1, scheme="2025", code=code).values_list("name", flat=True).first()
        or ""
    )
