"""The upload form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lienket.core.intake import SPECS


class UploadForm(forms.Form):
    """Tệp Excel / CSV, loại dữ liệu, trang tính (tùy chọn)."""

    kind = forms.ChoiceField(label=_("Loại dữ liệu"), choices=[(k, s.label) for k, s in SPECS.items()])
    file = forms.FileField(label=_("Tệp (.xlsx hoặc .csv)"))
    sheet = forms.CharField(label=_("Trang tính (để trống: trang đầu)"), required=False, max_length=120)
