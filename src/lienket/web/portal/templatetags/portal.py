"""Template helpers for the portal: badges for synthetic and stale records, area and percentage formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import template
from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def synthetic_badge(obj) -> str:
    """A visible badge on every record generated for the demo (``is_synthetic``)."""
    if getattr(obj, "is_synthetic", False):
        return format_html(
            '<span class="badge badge-synthetic" title="{}">{}</span>',
            _("Tạo ra để minh họa, không phải bản ghi thật"),
            _("Dữ liệu tổng hợp"),
        )
    return ""


def is_stale(verified_on, today: dt.date | None = None) -> bool:
    """True when a record was never verified or was verified more than STALE_AFTER_DAYS ago."""
    if verified_on is None:
        return True
    if isinstance(verified_on, dt.datetime):
        verified_on = verified_on.date()
    today = today or timezone.localdate()
    return (today - verified_on).days > settings.STALE_AFTER_DAYS


@register.simple_tag
def stale_badge(obj) -> str:
    """'Needs update' when the record's ``verified_on`` is missing or older than STALE_AFTER_DAYS."""
    if not hasattr(obj, "verified_on"):
        return ""
    if is_stale(obj.verified_on):
        return format_html('<span class="badge badge-stale">{}</span>', _("Cần cập nhật"))
    return ""


@register.filter
def ha(value) -> str:
    """Hectares with one decimal and the locale's separators; '—' when unknown."""
    if value is None or value == "":
        return "—"
    return f"{floatformat(value, '1g')} ha"


@register.filter
def pct(value, digits: int = 1) -> str:
    """A percentage (value already in %), locale-formatted; '—' when unknown."""
    if value is None or value == "":
        return "—"
    return f"{floatformat(value, f'{digits}g')} %"


@register.filter
def bar_width(value) -> str:
    """A CSS width for an occupancy bar, clamped to 0–100 %."""
    try:
        number = float(Decimal(str(value)))
    except Exception:  # noqa: BLE001 - any unusable value draws an empty bar
        return "0%"
    return f"{max(0.0, min(100.0, number)):.1f}%"


@register.filter
def local(obj, field: str = "name") -> str:
    """``obj.<field>_en`` when the page is in English and that text exists, else ``obj.<field>_vi``."""
    if obj is None:
        return ""
    from django.utils.translation import get_language

    if (get_language() or "vi").startswith("en"):
        english = getattr(obj, f"{field}_en", "")
        if english:
            return english
    return getattr(obj, f"{field}_vi", "") or ""


@register.filter
def reason(obj) -> str:
    """A ``core.sites.Reason`` (or anything with text_vi / text_en) in the page's language."""
    from django.utils.translation import get_language

    if (get_language() or "vi").startswith("en"):
        return getattr(obj, "text_en", "") or getattr(obj, "text_vi", "")
    return getattr(obj, "text_vi", "")
