"""Number formats for analytics pages."""

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def pct(value, digits: int = 1):
    """0.1234 → '12.3%' (localized decimal separator); '' for None."""
    if value is None or value == "":
        return ""
    return f"{number_format(float(value) * 100, int(digits))}%"


@register.filter
def money(value):
    """Whole number with thousands separators; '' for None."""
    if value is None or value == "":
        return ""
    return number_format(round(float(value)), 0, force_grouping=True)
