"""Helpers for files the platform writes (CSV, XLSX) that people open in spreadsheet programs."""

from __future__ import annotations

from typing import Any

# A cell starting with one of these is read as a formula by Excel/LibreOffice (CSV/formula injection, CWE-1236).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formula injection in one exported cell.

    Text that begins with ``= + - @`` (or a tab / carriage return / newline that hides one) gets a leading
    apostrophe so the program shows it as text; numbers, dates, None and other non-text values pass unchanged
    (a negative number is data, not a formula). Pure; use it on every user-supplied cell of a CSV or XLSX export.
    """
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_row(values) -> list:
    """``safe_cell`` applied to every value of a row."""
    return [safe_cell(v) for v in values]
