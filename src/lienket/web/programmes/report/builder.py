"""The annual CNHT report: gather the figures (reusing the portal's and the programmes' selectors so the report
shows what the portal shows), render HTML, print to PDF with WeasyPrint.

Deterministic: nothing reads the clock. The date printed is the data's own date (the latest verification date
in the registry); the same database gives byte-identical HTML and PDF.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import translation

from lienket.core import indicators as core
from lienket.web.portal import selectors as portal
from lienket.web.programmes import selectors
from lienket.web.programmes.indicators import CATALOGUE, computed_series, instance_province_ids
from lienket.web.registry.models import AdminUnit, Demand, Enterprise, Offering, Sector, SupplyLink, Zone

FONTS = Path(__file__).resolve().parent.parent / "static" / "programmes" / "fonts"
KEY_COMPUTATIONS = ("cnht_enterprises", "fdi_suppliers", "localization_in_province", "localization_domestic",
                    "cnht_output_share", "verified_share")  # fmt: skip


class ReportError(ValueError):
    """The report cannot be built (unknown province, year without data)."""


@dataclass
class ReportData:
    year: int
    lang: str
    province: AdminUnit | None
    province_ids: list[int] | None
    data_date: dt.date | None
    synthetic: bool
    sections: dict = field(default_factory=dict)


def _province(code: str | None) -> AdminUnit | None:
    if not code:
        return None
    p = AdminUnit.objects.filter(
        scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE, code=code
    ).first()
    if p is None:
        raise ReportError(f"--province {code!r}: not a current province code (e.g. 24 for Bắc Ninh)")
    return p


def _pct(part, whole) -> Decimal | None:
    v = core.share_pct(float(part or 0), float(whole or 0))
    return None if v is None else Decimal(str(v)).quantize(Decimal("0.1"))


# --------------------------------------------------------------------------- map


def zone_map_svg(zones: list[Zone], width: int = 640, height: int = 420) -> str:
    """A static SVG scatter of zones at their coordinates (numbered like the zones table); no tiles, no network.

    Equirectangular with a cos(latitude) correction so distances look right at Vietnam's latitudes."""
    pts = [(i, z) for i, z in enumerate(zones, 1) if z.lat is not None and z.lon is not None]
    if not pts:
        return ""
    lats = [z.lat for _, z in pts]
    lons = [z.lon for _, z in pts]
    k = math.cos(math.radians(sum(lats) / len(lats)))
    pad = 0.05
    x0, x1 = min(lons) - pad, max(lons) + pad
    y0, y1 = min(lats) - pad, max(lats) + pad
    span = max((x1 - x0) * k, y1 - y0)
    scale = (min(width, height) - 60) / span
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    colours = {"kcn": "#1f5fa8", "ccn": "#d9822b", "kkt": "#2e8b57"}

    def xy(z):
        return width / 2 + (z.lon - cx) * k * scale, height / 2 - (z.lat - cy) * scale

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#f4f7fa" stroke="#9fb3c8"/>',
    ]
    # A light graticule every 0.1 degree so the scale is readable without a basemap.
    step = 0.1 if span < 1.5 else 0.5
    g = math.floor(x0 / step) * step
    while g <= x1:
        x = width / 2 + (g - cx) * k * scale
        if 0 <= x <= width:
            out.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#dde6ee"/>')
            out.append(
                f'<text x="{x + 2:.1f}" y="{height - 4}" font-size="9" fill="#7b8da0">{g:.1f}°E</text>'
            )
        g += step
    g = math.floor(y0 / step) * step
    while g <= y1:
        y = height / 2 - (g - cy) * scale
        if 0 <= y <= height:
            out.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#dde6ee"/>')
            out.append(f'<text x="3" y="{y - 2:.1f}" font-size="9" fill="#7b8da0">{g:.1f}°N</text>')
        g += step
    for i, z in pts:
        x, y = xy(z)
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{colours.get(z.kind, "#555")}" '
            f'stroke="#fff" stroke-width="1.5"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{y + 3.2:.1f}" font-size="8" text-anchor="middle" fill="#fff" '
            f'font-weight="bold">{i}</text>'
        )
    out.append("</svg>")
    return "".join(out)


# --------------------------------------------------------------------------- sections


def _zones_section(province: AdminUnit | None, province_ids) -> dict:
    zones = list(portal.zones({}, province))
    if province is None and province_ids is not None:
        zones = [z for z in zones if z.province_id in province_ids]
    by_kind = []
    for kind, label in Zone.Kind.choices:
        rows = [z for z in zones if z.kind == kind]
        ind = sum((z.industrial_land_ha or 0 for z in rows if z.leased_land_ha is not None), Decimal(0))
        leased = sum((z.leased_land_ha or 0 for z in rows if z.industrial_land_ha), Decimal(0))
        by_kind.append(
            {
                "label": label,
                "count": len(rows),
                "industrial": ind,
                "leased": leased,
                "occupancy": _pct(leased, ind),
                "clean": sum((z.clean_land_ha or 0 for z in rows), Decimal(0)),
            }
        )
    return {"zones": zones, "by_kind": by_kind, "map_svg": zone_map_svg(zones)}


def _firms(province: AdminUnit | None, province_ids):
    qs = Enterprise.objects.filter(merged_into__isnull=True)
    if province is not None:
        return qs.filter(province=province)
    if province_ids is not None:
        return qs.filter(province_id__in=province_ids)
    return qs


def _enterprises_section(firms) -> dict:
    total = firms.count()
    sectors = list(
        Sector.objects.annotate(
            n=Count("enterprises", filter=Q(enterprises__in=firms)),
            cnht=Count("enterprises", filter=Q(enterprises__in=firms, enterprises__is_cnht=True)),
        ).order_by("order", "code")
    )
    own = dict(firms.values_list("ownership").annotate(n=Count("id")))
    ownership = [
        (label, own.get(code, 0), _pct(own.get(code, 0), total))
        for code, label in Enterprise.Ownership.choices
    ]
    biggest = max([s.n for s in sectors] + [1])
    return {
        "total": total,
        "cnht": firms.filter(is_cnht=True).count(),
        "sectors": [(s, s.n, s.cnht, round(100 * s.n / biggest)) for s in sectors],
        "ownership": ownership,
    }


def _latest(series: dict[int, float], year: int) -> tuple[int | None, float | None]:
    years = [y for y in series if y <= year]
    if not years:
        return None, None
    y = max(years)
    return y, round(series[y], 2)


def _localization_section(province: AdminUnit | None, province_ids, year: int) -> list[dict]:
    out = []
    for code in ("cnht_share_of_industrial_demand", "cnht_share_of_domestic_demand"):
        name_vi, name_en, unit, computation, _dv, _de = CATALOGUE[code]
        series = computed_series(computation, province_ids)
        series = {y: round(v, 2) for y, v in sorted(series.items()) if y <= year}
        targets = selectors.targets(code, province.code if province else None)
        if province is None and province_ids is not None:
            targets = [t for t in targets if t[0].province_id is None or t[0].province_id in province_ids]
        out.append(
            {
                "code": code,
                "name_vi": name_vi,
                "name_en": name_en,
                "unit": unit,
                "series": series,
                "targets": [(p, y, float(v)) for p, y, v, _u in targets],
                "bar_max": max(list(series.values()) + [float(v) for _p, _y, v, _u in targets] + [1.0]),
            }
        )
    return out


def _matchmaking_section(firms, year: int) -> dict:
    links = SupplyLink.objects.filter(year=year, supplier__in=firms)
    value = sum(
        (ln.to_vnd(ln.value) or 0 for ln in links.only("value", "currency", "exchange_rate")), Decimal(0)
    )
    out = {
        "links": links.count(),
        "link_suppliers": links.values("supplier").distinct().count(),
        "link_value_bn": (value / Decimal(10**9)).quantize(Decimal("0.1")),
        "introductions": None,
    }
    try:
        from lienket.web.linkage.models import Introduction  # the linkage app may not be there yet
    except ImportError:
        return out
    qs = Introduction.objects.all()
    fields = {f.name for f in Introduction._meta.get_fields()}
    if "created_at" in fields:
        qs = qs.filter(created_at__year=year)
    by_status = []
    if "status" in fields:
        choices = dict(Introduction._meta.get_field("status").choices or [])
        by_status = [
            (choices.get(r["status"], r["status"]), r["n"])
            for r in qs.values("status").annotate(n=Count("id")).order_by("status")
        ]
    out["introductions"] = {"total": qs.count(), "by_status": by_status}
    return out


def _gaps_section(firms, province: AdminUnit | None, province_ids, year: int) -> list[dict]:
    demands = (
        Demand.objects.filter(year=year, buyer__in=firms)
        .select_related("product__sector")
        .prefetch_related("sources")
        .only(
            "id",
            "annual_value",
            "currency",
            "exchange_rate",
            "product__code",
            "product__name_vi",
            "product__name_en",
            "product__sector__code",
        )  # fmt: skip
    )
    agg: dict[int, dict] = {}
    for d in demands:
        v = float(d.to_vnd(d.annual_value) or 0)
        imp = sum(float(s.share) for s in d.sources.all() if s.kind == "import")
        row = agg.setdefault(
            d.product_id, {"product": d.product, "value": 0.0, "imported": 0.0, "buyers": set()}
        )
        row["value"] += v
        row["imported"] += v * imp
        row["buyers"].add(d.buyer_id)
    offers = dict(
        Offering.objects.filter(product_id__in=list(agg), enterprise__in=firms)
        .values_list("product_id")
        .annotate(n=Count("enterprise", distinct=True))
    )
    rows = []
    for pid, r in agg.items():
        if r["imported"] <= 0:
            continue
        rows.append(
            {
                "product": r["product"],
                "value_bn": round(r["value"] / 1e9, 2),
                "imported_bn": round(r["imported"] / 1e9, 2),
                "import_pct": round(100 * r["imported"] / r["value"], 1) if r["value"] else None,
                "buyers": len(r["buyers"]),
                "local_suppliers": offers.get(pid, 0),
            }
        )
    rows.sort(key=lambda r: (-r["imported_bn"], r["product"].code))
    return rows[:12]


def _programmes_section(province: AdminUnit | None, province_ids, year: int) -> list:
    ids = [province.pk] if province else province_ids
    return [selectors.programme_progress(p, as_of_year=year) for p in selectors.programmes(ids)]


def _freshness_section(firms, zones: list[Zone], data_date: dt.date | None) -> dict:
    days = settings.STALE_AFTER_DAYS
    at = data_date or dt.date(1970, 1, 1)
    f_ok, f_n = core.verified_within(firms.values_list("verified_on", flat=True), at, days)
    z_ok, z_n = core.verified_within([z.verified_on for z in zones], at, days)
    return {
        "days": days,
        "firms": (f_ok, f_n, _pct(f_ok, f_n)),
        "zones": (z_ok, z_n, _pct(z_ok, z_n)),
        "synthetic_firms": firms.filter(is_synthetic=True).count(),
        "synthetic_zones": sum(1 for z in zones if z.is_synthetic),
        "figure_years": list(
            firms.filter(year_figures__isnull=False)
            .values_list("year_figures__year")
            .annotate(n=Count("id", distinct=True))
            .order_by("year_figures__year")
        ),
    }


def gather(year: int, lang: str = "vi", province_code: str | None = None) -> ReportData:
    """Every figure of the report for ``year`` (and one province, or every province of the instance)."""
    if not 1990 <= year <= 2100:
        raise ReportError(f"--year {year}: expected a year between 1990 and 2100")
    province = _province(province_code)
    province_ids = [province.pk] if province else instance_province_ids()
    fresh = portal.data_freshness()
    data = ReportData(year, lang, province, province_ids, fresh.latest, fresh.synthetic)
    firms = _firms(province, province_ids)
    zones = _zones_section(province, province_ids)
    key = {}
    for comp in KEY_COMPUTATIONS:
        code = next(c for c, v in CATALOGUE.items() if v[3] == comp)
        y, v = _latest(computed_series(comp, province_ids), year)
        key[comp] = {"name_vi": CATALOGUE[code][0], "name_en": CATALOGUE[code][1], "unit": CATALOGUE[code][2],
                     "year": y, "value": v}  # fmt: skip
    data.sections = {
        "headline": portal.headline_figures(province),
        "key": key,
        "zones": zones,
        "enterprises": _enterprises_section(firms),
        "localization": _localization_section(province, province_ids, year),
        "matchmaking": _matchmaking_section(firms, year),
        "gaps": _gaps_section(firms, province, province_ids, year),
        "programmes": _programmes_section(province, province_ids, year),
        "freshness": _freshness_section(firms, zones["zones"], fresh.latest),
        "method": [(c, v) for c, v in CATALOGUE.items()],
    }
    return data


def render_html(data: ReportData, *, for_pdf: bool = False) -> str:
    """The report as one self-contained HTML page (inline SVG and CSS)."""
    with translation.override(data.lang):
        return render_to_string(
            "programmes/report/report.html",
            {"r": data, "s": data.sections, "for_pdf": for_pdf, "fonts": FONTS.as_uri(), "lang": data.lang},
        )


def render_pdf(data: ReportData) -> tuple[bytes, int]:
    """The report printed by WeasyPrint, and its page count (fonts: shipped Noto Sans, system Noto Sans CJK)."""
    from weasyprint import HTML

    doc = HTML(string=render_html(data, for_pdf=True), base_url=str(FONTS)).render()
    return doc.write_pdf(), len(doc.pages)


def build(
    year: int, lang: str = "vi", fmt: str = "pdf", province_code: str | None = None
) -> tuple[bytes, int]:
    """The report as bytes in ``fmt`` ("pdf" or "html") and its page count (0 for HTML)."""
    if fmt not in {"pdf", "html"}:
        raise ReportError(f"--format {fmt!r}: expected pdf or html")
    if lang not in {"vi", "en"}:
        raise ReportError(f"--lang {lang!r}: expected vi or en")
    data = gather(year, lang, province_code)
    if fmt == "pdf":
        return render_pdf(data)
    return render_html(data).encode("utf-8"), 0
