"""Indicator catalogue (codes, names, units, definitions, how each is obtained) and the registry reads behind
the computed ones. Each computation reads the database into ``lienket.core.indicators`` dataclasses and lets the
core do the arithmetic, so the progress page, the API and the report agree."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q

from lienket.core import indicators as core
from lienket.web.registry.models import (
    AdminUnit,
    Demand,
    Enterprise,
    EnterpriseYearFigure,
    SupplyLink,
)

FDI = [Enterprise.Ownership.FDI, Enterprise.Ownership.JV]

# code → (name_vi, name_en, unit, computation or "" for entered, definition_vi, definition_en)
CATALOGUE: dict[str, tuple[str, str, str, str, str, str]] = {
    "cnht_enterprises": (
        "Số doanh nghiệp CNHT",
        "CNHT enterprises",
        "doanh nghiệp",
        "cnht_enterprises",
        "Doanh nghiệp được đánh dấu CNHT có số liệu năm trong sổ đăng ký.",
        "Enterprises flagged as supporting industry that have figures for the year in the registry.",
    ),
    "firms_supplying_assemblers": (
        "Doanh nghiệp cung ứng trực tiếp cho doanh nghiệp lắp ráp",
        "Firms supplying assemblers directly",
        "doanh nghiệp",
        "fdi_suppliers",
        "Doanh nghiệp có quan hệ cung ứng trong năm với một bên mua FDI / liên doanh.",
        "Enterprises with a supply link in the year to an FDI or joint-venture buyer.",
    ),
    "cnht_firms_in_global_chains": (
        "Doanh nghiệp CNHT tham gia chuỗi cung ứng toàn cầu",
        "CNHT firms in global supply chains",
        "doanh nghiệp",
        "fdi_suppliers",
        "Doanh nghiệp có quan hệ cung ứng trong năm với một bên mua FDI / liên doanh.",
        "Enterprises with a supply link in the year to an FDI or joint-venture buyer.",
    ),
    "cnht_share_of_domestic_demand": (
        "Tỷ lệ đáp ứng nhu cầu sản xuất trong nước",
        "Share of domestic production demand met",
        "%",
        "localization_domestic",
        "Giá trị nhu cầu mua do nguồn trong nước (kể cả trong tỉnh) đáp ứng ÷ tổng giá trị nhu cầu, theo năm.",
        "Demand value sourced domestically (in or outside the province) ÷ all demand value, per year.",
    ),
    "components_share_of_domestic_demand": (
        "Tỷ lệ linh kiện, phụ tùng cung ứng trong nước",
        "Components supplied domestically",
        "%",
        "localization_domestic",
        "Giá trị nhu cầu mua do nguồn trong nước đáp ứng ÷ tổng giá trị nhu cầu.",
        "Demand value sourced domestically ÷ all demand value.",
    ),
    "textile_domestic_supply": (
        "Tỷ lệ cung ứng trong nước ngành dệt may",
        "Textile domestic supply",
        "%",
        "localization_textile",
        "Như tỷ lệ đáp ứng trong nước, chỉ tính nhu cầu sản phẩm ngành dệt may.",
        "As the domestic share, for textile-garment products only.",
    ),
    "footwear_domestic_supply": (
        "Tỷ lệ cung ứng trong nước ngành da giày",
        "Footwear domestic supply",
        "%",
        "localization_footwear",
        "Như tỷ lệ đáp ứng trong nước, chỉ tính nhu cầu sản phẩm ngành da giày.",
        "As the domestic share, for leather-footwear products only.",
    ),
    "cnht_share_of_industrial_demand": (
        "Tỷ lệ CNHT trong tỉnh đáp ứng nhu cầu công nghiệp của tỉnh",
        "Share of the province's industrial demand met in the province",
        "%",
        "localization_in_province",
        "Giá trị nhu cầu mua do doanh nghiệp trong tỉnh đáp ứng ÷ tổng giá trị nhu cầu của bên mua trong tỉnh.",
        "Demand value sourced from in-province suppliers ÷ all demand value of the province's buyers.",
    ),
    "cnht_share_of_industrial_output": (
        "Tỷ trọng CNHT trong giá trị sản xuất công nghiệp",
        "CNHT share of industrial output",
        "%",
        "cnht_output_share",
        "Giá trị sản xuất CNHT ÷ doanh thu của doanh nghiệp sản xuất trong sổ đăng ký (quy đổi VND).",
        "CNHT output ÷ revenue of the registry's manufacturing firms (in VND).",
    ),
    "cnht_share_of_manufacturing_output": (
        "Tỷ trọng CNHT trong giá trị sản xuất công nghiệp chế biến, chế tạo",
        "CNHT share of manufacturing output",
        "%",
        "cnht_output_share",
        "Giá trị sản xuất CNHT ÷ doanh thu của doanh nghiệp sản xuất trong sổ đăng ký (quy đổi VND).",
        "CNHT output ÷ revenue of the registry's manufacturing firms (in VND).",
    ),
    "cnht_iip_growth": (
        "Tăng trưởng chỉ số sản xuất công nghiệp CNHT",
        "CNHT industrial production index growth",
        "%/năm",
        "",
        "Chỉ số sản xuất công nghiệp (IIP) ngành CNHT do Cục Thống kê công bố.",
        "The statistics office's industrial production index for CNHT.",
    ),
    "firms_consulted_to_become_fdi_suppliers": (
        "Doanh nghiệp được tư vấn trở thành nhà cung ứng FDI",
        "Firms consulted to become FDI suppliers",
        "doanh nghiệp/năm",
        "firms_consulted",
        "Doanh nghiệp tham gia hoạt động tư vấn theo tiêu chuẩn nhà cung ứng của bên mua FDI, theo năm bắt đầu.",
        "Enterprises in consulting towards an FDI buyer's supplier standard, by the activity's start year.",
    ),
    "verified_share": (
        "Tỷ lệ doanh nghiệp đã xác minh",
        "Share of verified enterprise records",
        "%",
        "verified_share",
        "Doanh nghiệp được xác minh trong số ngày quy định tính đến 31/12 của năm ÷ tổng số doanh nghiệp.",
        "Enterprises verified within the staleness window before 31 December of the year ÷ all enterprises.",
    ),
}

UNITS_EN = {"doanh nghiệp": "firms", "doanh nghiệp/năm": "firms/year", "%/năm": "%/year", "%": "%"}


def instance_province_ids() -> list[int] | None:
    """Provinces the instance shows (LIENKET_PROVINCES), or None for all."""
    codes = getattr(settings, "LIENKET_PROVINCES", None)
    if not codes:
        return None
    return list(
        AdminUnit.objects.filter(
            scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE, code__in=codes
        ).values_list("id", flat=True)
    )


def _firm_filter(prefix: str, province_ids: list[int] | None) -> Q:
    if province_ids is None:
        return Q()
    return Q(**{f"{prefix}province_id__in": province_ids})


def _counts(qs, field: str) -> dict[int, float]:
    return {r["year"]: float(r["n"]) for r in qs.values("year").annotate(n=Count(field, distinct=True))}


def _localization(province_ids, kinds, sector=None) -> dict[int, float]:
    qs = (
        Demand.objects.filter(_firm_filter("buyer__", province_ids))
        .select_related("product__sector")
        .prefetch_related("sources")
        .only("id", "year", "annual_value", "currency", "exchange_rate", "product__sector__code")
    )
    by_year: dict[int, list[core.DemandLine]] = defaultdict(list)
    for d in qs:
        value = d.to_vnd(d.annual_value)
        shares: dict[str, float] = defaultdict(float)
        for s in d.sources.all():
            shares[s.kind] += float(s.share)
        by_year[d.year].append(
            core.DemandLine(float(value or 0), dict(shares), d.product.sector.code if d.product_id else "")
        )
    out = {}
    for year, lines in sorted(by_year.items()):
        rate = core.localization_rate(lines, kinds, sector)
        if rate is not None:
            out[year] = rate
    return out


def _output_share(province_ids) -> dict[int, float]:
    from lienket.web.registry.models import Enterprise as E

    has_sector = Exists(E.sectors.through.objects.filter(enterprise=OuterRef("enterprise_id")))
    qs = (
        EnterpriseYearFigure.objects.filter(_firm_filter("enterprise__", province_ids))
        .annotate(manufacturing=has_sector)
        .only("year", "revenue", "cnht_output", "currency", "exchange_rate")
    )
    by_year: dict[int, list[core.FirmYear]] = defaultdict(list)
    for f in qs:
        rev, out = f.to_vnd(f.revenue), f.to_vnd(f.cnht_output)
        by_year[f.year].append(
            core.FirmYear(
                float(rev) if rev is not None else None,
                float(out) if out is not None else None,
                bool(f.manufacturing),
            )
        )
    return {y: v for y, rows in sorted(by_year.items()) if (v := core.cnht_share_of_output(rows)) is not None}


def _output_growth(province_ids) -> dict[int, float]:
    totals: dict[int, float] = defaultdict(float)
    for f in EnterpriseYearFigure.objects.filter(_firm_filter("enterprise__", province_ids)).only(
        "year", "cnht_output", "currency", "exchange_rate"
    ):
        totals[f.year] += float(f.to_vnd(f.cnht_output) or 0)
    pts = [core.Point(y, v) for y, v in sorted(totals.items())]
    return {p.year: p.value for p in core.growth_series(pts)}


def _verified_share(province_ids) -> dict[int, float]:
    years = sorted(
        set(EnterpriseYearFigure.objects.values_list("year", flat=True).distinct())
        | set(Demand.objects.values_list("year", flat=True).distinct())
    )
    dates = list(
        Enterprise.objects.filter(_firm_filter("", province_ids)).values_list("verified_on", flat=True)
    )
    out = {}
    for y in years:
        ok, n = core.verified_within(dates, dt.date(y, 12, 31), settings.STALE_AFTER_DAYS)
        if n:
            out[y] = core.share_pct(ok, n)
    return out


def _firms_consulted(province_ids) -> dict[int, float]:
    from lienket.web.programmes.models import Participation, SupportActivity

    qs = Participation.objects.filter(
        activity__kind=SupportActivity.Kind.CONSULTING,
        activity__deleted_at__isnull=True,
        activity__buyer__ownership__in=FDI,
    ).exclude(outcome=Participation.Outcome.DROPPED)
    if province_ids is not None:
        qs = qs.filter(activity__province_id__in=province_ids)
    rows = qs.values("activity__start_date__year").annotate(n=Count("enterprise", distinct=True))
    return {r["activity__start_date__year"]: float(r["n"]) for r in rows}


def computed_series(computation: str, province_ids: list[int] | None) -> dict[int, float]:
    """Year → value of a registry computation over the enterprises of ``province_ids`` (None = every province)."""
    if computation == "cnht_enterprises":
        return _counts(
            EnterpriseYearFigure.objects.filter(
                _firm_filter("enterprise__", province_ids),
                enterprise__is_cnht=True,
                enterprise__deleted_at=None,
            ),
            "enterprise",
        )
    if computation == "fdi_suppliers":
        return _counts(
            SupplyLink.objects.filter(
                _firm_filter("supplier__", province_ids), buyer__ownership__in=FDI, supplier__deleted_at=None
            ),
            "supplier",
        )
    if computation == "localization_in_province":
        return _localization(province_ids, ("in_province",))
    if computation == "localization_domestic":
        return _localization(province_ids, ("in_province", "domestic"))
    if computation == "localization_textile":
        return _localization(province_ids, ("in_province", "domestic"), "TEX")
    if computation == "localization_footwear":
        return _localization(province_ids, ("in_province", "domestic"), "LEA")
    if computation == "cnht_output_share":
        return _output_share(province_ids)
    if computation == "cnht_output_growth":
        return _output_growth(province_ids)
    if computation == "verified_share":
        return _verified_share(province_ids)
    if computation == "firms_consulted":
        return _firms_consulted(province_ids)
    raise ValueError(f"unknown indicator computation {computation!r}")
