"""Periodic reports as xlsx (openpyxl): one cluster's filings, or the province's clusters summed."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from lienket.core.exports import safe_row
from lienket.web.programmes import models as m
from lienket.web.programmes import selectors

FIELDS = [
    ("workers", "Lao động"),
    ("local_workers", "Lao động địa phương"),
    ("registered_capital_vnd", "Vốn đăng ký (VND)"),
    ("implemented_capital_vnd", "Vốn thực hiện (VND)"),
    ("revenue_vnd", "Doanh thu (VND)"),
    ("exports_usd", "Xuất khẩu (USD)"),
    ("budget_vnd", "Nộp ngân sách (VND)"),
]
TOTALS = [
    "workers",
    "local_workers",
    "registered_capital",
    "implemented_capital",
    "revenue",
    "exports",
    "budget",
]


def _append(ws, row) -> None:
    # Enterprise users type the names these reports carry: neutralise formula-like text (= + - @).
    ws.append(safe_row(row))


def _num(v):
    return None if v is None else (int(v) if float(v).is_integer() else float(v))


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def cluster_report(period: m.ReportingPeriod, zone) -> bytes:
    """One cluster (CCN): a row per filing enterprise, then the total row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao cum"
    _append(ws, [f"Báo cáo {period} — {zone.name_vi} ({zone.code})"])
    _append(ws, ["Thông tư 14/2024/TT-BCT; tổng hợp từ báo cáo của doanh nghiệp trong cụm"])
    header = ["Mã số thuế", "Doanh nghiệp", "Ngày nộp"] + [label for _f, label in FIELDS]
    _append(ws, header)
    for c in ws[3]:
        c.font = Font(bold=True)
    filings = m.Filing.objects.filter(period=period, zone=zone).select_related("enterprise")
    filings = filings.order_by("enterprise__name_vi")
    for f in filings:
        _append(
            ws,
            [f.enterprise.tax_code or "", f.enterprise.name_vi, f.submitted_on.isoformat()]
            + [_num(getattr(f, k)) for k, _l in FIELDS],
        )
    totals = next((r for r in selectors.zone_totals(period) if r["zone_id"] == zone.pk), None)
    if totals:
        _append(ws, ["", "Tổng cộng", ""] + [_num(totals[k]) for k in TOTALS])
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
    ws.column_dimensions["B"].width = 48
    return _save(wb)


def province_report(period: m.ReportingPeriod, province_ids=None) -> bytes:
    """Every cluster: filings summed per cluster, the number of enterprises that filed and of those that must."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao tinh"
    _append(ws, [f"Báo cáo cụm công nghiệp {period}"])
    _append(ws, ["Thông tư 14/2024/TT-BCT; tổng hợp từ báo cáo của doanh nghiệp trong cụm"])
    _append(ws, ["Tỉnh / thành phố", "Mã cụm", "Cụm công nghiệp", "Doanh nghiệp đã nộp", "Doanh nghiệp phải nộp"]
              + [label for _f, label in FIELDS])  # fmt: skip
    for c in ws[3]:
        c.font = Font(bold=True)
    must: dict[int, int] = {}
    for e in selectors.cluster_enterprises(province_ids):
        must[e.zone_id] = must.get(e.zone_id, 0) + 1
    for r in selectors.zone_totals(period, province_ids):
        _append(
            ws,
            [
                r["zone__province__name"],
                r["zone__code"],
                r["zone__name_vi"],
                r["tenants"],
                must.get(r["zone_id"], 0),
            ]
            + [_num(r[k]) for k in TOTALS],
        )
    ws.column_dimensions["C"].width = 40
    return _save(wb)
