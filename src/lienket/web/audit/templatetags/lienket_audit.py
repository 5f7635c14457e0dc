"""Template helpers of the audit app: ``{% load lienket_audit %}`` then ``{% history_url obj %}``."""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def history_url(obj) -> str:
    """URL of the history page of any model instance."""
    meta = obj._meta
    return reverse("audit:history", args=[meta.app_label, meta.model_name, obj.pk])
