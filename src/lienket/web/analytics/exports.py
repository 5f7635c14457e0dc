"""CSV / XLSX downloads of analytics tables. Text cells that a spreadsheet would run as a formula (starting with
= + - @, or a tab / carriage return) are neutralised with a leading apostrophe."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from django.http import HttpResponse

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """The value to write: numbers as numbers, formula-like text prefixed with a quote, None as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def csv_response(filename: str, headers: Sequence[str], rows: Iterable[Sequence]) -> HttpResponse:
    """UTF-8 CSV with a BOM (Excel opens Vietnamese text correctly)."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf)
    w.writerow([safe_cell(h) for h in headers])
    for row in rows:
        w.writerow([safe_cell(v) for v in row])
    resp = HttpResponse(buf.getvalue(), content_type="text/csv; charset=utf-8")
    resp["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return resp


def workbook_bytes(sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence]]]) -> bytes:
    """An .xlsx with one sheet per (title, headers, rows); header row bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, headers, rows in sheets:
        ws = wb.create_sheet(title=str(title)[:31] or "Sheet")
        ws.append([safe_cell(h) for h in headers])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for row in rows:
            ws.append([safe_cell(v) for v in row])
        for i, h in enumerate(headers, 1):
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = max(
                12, min(48, len(str(h)) + 4)
            )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def xlsx_response(filename: str, sheets) -> HttpResponse:
    resp = HttpResponse(workbook_bytes(sheets), content_type=XLSX_TYPE)
    resp["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return resp


def table_response(fmt: str, filename: str, title: str, headers, rows) -> HttpResponse:
    """One table as CSV (``fmt == 'csv'``) or XLSX."""
    rows = list(rows)
    if fmt == "csv":
        return csv_response(filename, headers, rows)
    return xlsx_response(filename, [(title, headers, rows)])
