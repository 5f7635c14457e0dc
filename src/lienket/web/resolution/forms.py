"""Forms of the officer pages (filters, decisions, undo). Every POST form carries the CSRF token."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .selectors import BANDS, queue_provinces


class QueueFilterForm(forms.Form):
    """Review-queue filters: score band and province."""

    band = forms.ChoiceField(
        label=_("Mức điểm"),
        required=False,
        choices=[("", _("Tất cả"))] + [(k, v[0]) for k, v in BANDS.items()],
    )
    province = forms.ChoiceField(label=_("Tỉnh / thành phố"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("Tất cả"))] + [(p.code, p.name) for p in queue_provinces()]


class ConfirmForm(forms.Form):
    """Confirm a pair: which record is kept (canonical) and an optional note."""

    canonical = forms.TypedChoiceField(label=_("Bản ghi giữ lại"), coerce=int, widget=forms.RadioSelect)
    reason = forms.CharField(label=_("Ghi chú"), required=False, max_length=1000)

    def __init__(self, *args, left=None, right=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["canonical"].choices = [(e.pk, f"#{e.pk} {e.name_vi}") for e in (left, right) if e]


class RejectForm(forms.Form):
    """Reject a pair: the two records are different enterprises (reason required)."""

    reason = forms.CharField(label=_("Lý do không trùng"), max_length=1000)


class UndoForm(forms.Form):
    """Undo a merge (reason required)."""

    reason = forms.CharField(
        label=_("Lý do hoàn tác"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
