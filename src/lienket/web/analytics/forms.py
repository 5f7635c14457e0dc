"""Forms of the analytics pages (scope, scenario, weights, site request)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lienket.core.network import parse_stop_list
from lienket.web.registry.models import Product, Sector, Zone

from . import selectors


def _year_choices():
    return [("", _("Mới nhất"))] + [(str(y), str(y)) for y in reversed(selectors.years())]


def _province_choices():
    return [("", _("Tất cả tỉnh / thành phố"))] + [(p.code, p.name) for p in selectors.provinces()]


class ScopeForm(forms.Form):
    """Year and province (shared by every analytics page)."""

    year = forms.TypedChoiceField(label=_("Năm"), required=False, coerce=int, empty_value=None)
    province = forms.ChoiceField(label=_("Tỉnh / thành phố"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = _year_choices()
        self.fields["province"].choices = _province_choices()


class LocalizationForm(ScopeForm):
    sector = forms.ChoiceField(label=_("Ngành"), required=False)
    product = forms.CharField(label=_("Mã sản phẩm"), required=False, max_length=40)
    buyer = forms.CharField(label=_("Bên mua (mã doanh nghiệp)"), required=False, max_length=20)

    def __init__(self, *args, officer: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [("", _("Tất cả ngành"))] + [
            (s.code, s.name_vi) for s in selectors.sectors()
        ]
        if not officer:
            # One buyer's sourcing is commercially sensitive: only officers may scope by buyer.
            del self.fields["buyer"]


class ScenarioForm(ScopeForm):
    name = forms.CharField(label=_("Tên kịch bản"), max_length=200, required=False)
    countries = forms.CharField(
        label=_("Nước ngừng cung ứng (mã ISO, vd. CN,KR)"), required=False, max_length=200
    )
    suppliers = forms.CharField(
        label=_("Nhà cung ứng ngừng cung ứng (mã số thuế hoặc mã, cách nhau bởi dấu phẩy)"),
        required=False,
        max_length=2000,
    )
    zones = forms.MultipleChoiceField(label=_("Khu / cụm ngừng hoạt động"), required=False)
    weeks = forms.FloatField(label=_("Số tuần"), min_value=0, max_value=520, initial=8)
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zones"].choices = list(Zone.objects.order_by("code").values_list("code", "name_vi"))

    def clean_countries(self):
        codes, _warnings = parse_stop_list(self.cleaned_data.get("countries") or "")
        return sorted(codes)

    def clean_suppliers(self):
        ids, unknown = selectors.enterprise_ids(self.cleaned_data.get("suppliers") or "")
        if unknown:
            raise forms.ValidationError(_("Không tìm thấy doanh nghiệp: %(v)s") % {"v": ", ".join(unknown)})
        return ids

    def clean(self):
        data = super().clean()
        if not (data.get("countries") or data.get("suppliers") or data.get("zones")) and not self.errors:
            raise forms.ValidationError(
                _("Chọn ít nhất một nước, nhà cung ứng hoặc khu / cụm ngừng cung ứng.")
            )
        return data


class WeightForm(forms.Form):
    product = forms.ModelChoiceField(label=_("Sản phẩm"), queryset=Product.objects.none())
    weight = forms.DecimalField(label=_("Trọng số"), min_value=0, max_value=100, decimal_places=2)
    note = forms.CharField(label=_("Lý do"), required=False, max_length=300)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = Product.objects.filter(version__is_current=True).order_by("code")


class SiteForm(forms.Form):
    land_ha = forms.FloatField(label=_("Diện tích đất cần (ha)"), min_value=0.01, max_value=10_000)
    sector = forms.ModelChoiceField(
        label=_("Ngành"), queryset=Sector.objects.order_by("order"), required=False
    )
    workforce = forms.IntegerField(label=_("Lao động cần"), min_value=0, required=False)
    wastewater = forms.FloatField(label=_("Nước thải (m³/ngày)"), min_value=0, required=False)
    power = forms.FloatField(label=_("Công suất điện (kW)"), min_value=0, required=False)
    province = forms.ChoiceField(label=_("Tỉnh mong muốn"), required=False)
    product = forms.CharField(
        label=_("Sản phẩm sẽ cung ứng (mã, để tính khoảng cách tới bên mua)"), required=False, max_length=40
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from lienket.web.registry.models import AdminUnit

        self.fields["province"].choices = [("", _("Không chọn"))] + list(
            AdminUnit.objects.filter(level=1, scheme="2025", zones__isnull=False)
            .distinct()
            .order_by("name")
            .values_list("code", "name")
        )
