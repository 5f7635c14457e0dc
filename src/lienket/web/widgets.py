"""Form widgets rendered in Python instead of one template per option.

Django renders a ``<select>`` by including ``select_option.html`` once per option; the directory's filter form
has ~250 options (zones, taxonomy products, certificates), which cost ~20 ms of every directory page at 100,000
firms (cProfile, bench/load.py). ``FastSelect`` writes the same markup directly (tests/web/test_widgets.py
compares it with Django's output).
"""

from __future__ import annotations

from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe


def _attrs(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: in order, ``False`` left out, ``True`` as a bare name."""
    out = []
    for key, value in attrs.items():
        if value is False:
            continue
        out.append(f" {key}" if value is True else f' {key}="{conditional_escape(str(value))}"')
    return "".join(out)


class FastSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, attrs)
        wanted = {str(v) for v in self.format_value(value)}
        has_selected = False
        parts = [f'<select name="{conditional_escape(name)}"{_attrs(final)}>']

        def option(v, label) -> None:
            nonlocal has_selected
            v = "" if v is None else str(v)
            # As ChoiceWidget.optgroups: a single select marks only the first option that matches.
            chosen = (not has_selected or self.allow_multiple_selected) and v in wanted
            has_selected |= chosen
            mark = " selected" if chosen else ""
            parts.append(
                f'\n  <option value="{conditional_escape(v)}"{mark}>{conditional_escape(label)}</option>\n'
            )

        for group_value, group_label in self.choices:
            if isinstance(group_label, (list, tuple)):
                parts.append(f'\n  <optgroup label="{conditional_escape(group_value)}">')
                for v, label in group_label:
                    option(v, label)
                parts.append("\n  </optgroup>")
            else:
                option(group_value, group_label)
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


def use_fast_selects(form: forms.Form) -> None:
    """Swap each plain ``Select`` of ``form`` for a ``FastSelect`` with the same attributes and choices."""
    for field in form.fields.values():
        w = field.widget
        if type(w) is forms.Select:
            fast = FastSelect(attrs=w.attrs, choices=w.choices)
            fast.is_required = w.is_required
            field.widget = fast
