"""Template filters of the programmes app."""

from django import template

from lienket.web.programmes.indicators import UNITS_EN

register = template.Library()


@register.filter
def unit(value: str, lang: str = "vi") -> str:
    """An indicator's unit in the page language (units are stored in Vietnamese)."""
    return UNITS_EN.get(value, value) if lang == "en" else value
