"""Read queries of the officer pages: the review queue, a pair side by side, merge history, source values, runs."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from lienket.web.registry.models import AdminUnit, Certification, Enterprise, EnterpriseYearFigure, Offering

from .models import MatchCandidate, Merge, ResolutionRun, SourceValue

# Score bands of the queue filter: key -> (label, lowest score included, highest score excluded).
BANDS = {
    "high": (_("Cao (≥ 0,9)"), 0.9, None),
    "mid": (_("Trung bình (0,75–0,9)"), 0.75, 0.9),
    "low": (_("Thấp (< 0,75)"), None, 0.75),
}


def pending_candidates(band: str = "", province: str = "") -> QuerySet[MatchCandidate]:
    """Pending pairs whose two records are both still live, best score first, filtered by band and province
    code (a pair is in a province when either record is)."""
    qs = MatchCandidate.objects.filter(
        status=MatchCandidate.Status.PENDING,
        left__deleted_at__isnull=True,
        right__deleted_at__isnull=True,
    ).select_related("left__province", "right__province", "left__zone", "right__zone")
    if band in BANDS:
        _label, low, high = BANDS[band]
        if low is not None:
            qs = qs.filter(score__gte=low)
        if high is not None:
            qs = qs.filter(score__lt=high)
    if province:
        qs = qs.filter(Q(left__province__code=province) | Q(right__province__code=province))
    return qs.order_by("-score", "pk")


def queue_provinces() -> QuerySet[AdminUnit]:
    """Current provinces that hold at least one enterprise (the queue's province filter)."""
    return AdminUnit.objects.filter(
        scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE, enterprises__isnull=False
    ).distinct()


def _with_children(qs: QuerySet[Enterprise]) -> QuerySet[Enterprise]:
    return qs.select_related("province", "commune", "zone", "verified_by").prefetch_related(
        Prefetch("offerings", queryset=Offering.objects.select_related("product").order_by("product__code")),
        Prefetch("certifications", queryset=Certification.objects.order_by("standard")),
        Prefetch("year_figures", queryset=EnterpriseYearFigure.objects.order_by("-year")),
        "sectors",
    )


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side view: a field label, each record's value as text, and whether they differ."""

    label: str
    left: str
    right: str

    @property
    def differs(self) -> bool:
        return self.left.strip().casefold() != self.right.strip().casefold()


def _figures(e: Enterprise) -> str:
    parts = []
    for f in e.year_figures.all():
        bits = [str(f.year)]
        if f.workforce is not None:
            bits.append(f"{f.workforce} LĐ")
        if f.revenue is not None:
            bits.append(f"DT {f.revenue:,.0f} {f.currency}")
        parts.append(" · ".join(bits))
    return "\n".join(parts)


def _values(e: Enterprise) -> list[tuple[str, str]]:
    return [
        (_("Tên tiếng Việt"), e.name_vi),
        (_("Tên tiếng Anh / giao dịch"), e.name_en),
        (_("Tên khác / viết tắt"), e.name_other),
        (_("Mã số thuế"), e.tax_code or ""),
        (_("Loại hình"), e.get_legal_form_display()),
        (_("Địa chỉ (như đã ghi)"), e.address_raw),
        (_("Điện thoại"), e.phone),
        (_("Email"), e.email),
        (_("Tỉnh / thành phố"), str(e.province or "")),
        (_("Xã / phường"), str(e.commune or "")),
        (_("Khu / cụm công nghiệp"), str(e.zone or "")),
        (_("Năm thành lập"), str(e.founded_year or "")),
        (_("Ngành"), ", ".join(sorted(str(s) for s in e.sectors.all()))),
        (_("Sản phẩm cung ứng"), "\n".join(str(o.product) for o in e.offerings.all())),
        (_("Chứng nhận"), "\n".join(c.standard for c in e.certifications.all())),
        (_("Số liệu năm"), _figures(e)),
        (_("Nguồn dữ liệu"), e.source),
        (_("Mã tham chiếu nguồn"), e.source_ref),
        (_("Dữ liệu tổng hợp"), str(_("có") if e.is_synthetic else _("không"))),
        (_("Xác minh"), f"{e.verified_on:%d/%m/%Y} ({e.verified_by or '—'})" if e.verified_on else ""),
        (_("Tạo lúc"), f"{e.created_at:%d/%m/%Y %H:%M}"),
    ]


def pair(candidate_id: int) -> tuple[MatchCandidate, Enterprise, Enterprise, list[Row]] | None:
    """A queued pair with both records (soft-deleted ones too, so a decided pair still shows) and the rows of
    the side-by-side comparison; None when the pair does not exist."""
    candidate = MatchCandidate.objects.select_related("decided_by").filter(pk=candidate_id).first()
    if candidate is None:
        return None
    records = _with_children(Enterprise.all_objects.all()).in_bulk([candidate.left_id, candidate.right_id])
    left, right = records[candidate.left_id], records[candidate.right_id]
    rows = [
        Row(str(label), lv, rv) for (label, lv), (_l, rv) in zip(_values(left), _values(right), strict=True)
    ]
    return candidate, left, right, rows


def next_pending(exclude: set[int] | None = None) -> MatchCandidate | None:
    """The best-scored pending pair not in ``exclude`` (the officer's skipped pairs)."""
    return pending_candidates().exclude(pk__in=exclude or set()).first()


def merges(state: str = "") -> QuerySet[Merge]:
    """Merge history, newest first; ``state`` "active" or "undone" filters."""
    qs = Merge.objects.select_related("canonical", "merged", "by", "undone_by").defer("snapshot")
    if state == "active":
        qs = qs.filter(undone_at__isnull=True)
    elif state == "undone":
        qs = qs.filter(undone_at__isnull=False)
    return qs


def source_values(enterprise: Enterprise) -> dict[str, list[SourceValue]]:
    """Each field's values per source (from merges still in force), keyed by the field's label."""
    out: dict[str, list[SourceValue]] = {}
    qs = SourceValue.objects.filter(enterprise=enterprise, merge__undone_at__isnull=True).select_related(
        "merge__merged"
    )
    for v in qs.order_by("field", "at", "pk"):
        out.setdefault(_field_label(v.field), []).append(v)
    return out


def _field_label(name: str) -> str:
    """The field's verbose name in the active language ("address_raw" → "địa chỉ (như đã ghi)")."""
    try:
        return str(Enterprise._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:  # a field renamed since the merge keeps its stored name
        return name


def recent_runs(limit: int = 10) -> list[ResolutionRun]:
    """The latest resolution runs, newest first, with who started them."""
    return list(ResolutionRun.objects.select_related("started_by")[:limit])
