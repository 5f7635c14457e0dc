"""Filter forms for the portal's lists (GET forms: every filtered page has a shareable URL)."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lienket.web.portal.templatetags.portal import local
from lienket.web.registry.models import Enterprise, Zone
from lienket.web.widgets import use_fast_selects

ANY = [("", _("Tất cả"))]


class ZoneFilterForm(forms.Form):
    """Zones list: kind, province (the portal-wide selection), status, priority sector, minimum clean land."""

    province = forms.ChoiceField(label=_("Tỉnh / thành phố"), required=False)
    kind = forms.ChoiceField(label=_("Loại"), required=False, choices=ANY + list(Zone.Kind.choices))
    status = forms.ChoiceField(label=_("Tình trạng"), required=False, choices=ANY + list(Zone.Status.choices))
    sector = forms.ChoiceField(label=_("Ngành ưu tiên"), required=False)
    min_clean_ha = forms.DecimalField(
        label=_("Đất sạch tối thiểu (ha)"),
        required=False,
        min_value=Decimal("0"),
        max_digits=10,
        decimal_places=2,
    )

    def __init__(self, data, *, provinces, sectors):
        super().__init__(data)
        self.fields["province"].choices = [("", _("Tất cả tỉnh / thành phố"))] + [
            (p.code, p.name) for p in provinces
        ]
        self.fields["sector"].choices = ANY + [(str(s.pk), local(s)) for s in sectors]
        self.fields["min_clean_ha"].widget.attrs.update({"inputmode": "decimal", "step": "any"})
        use_fast_selects(self)

    def filters(self) -> dict:
        """Cleaned values for ``selectors.zones`` (invalid fields are ignored, the rest still filter)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            k: data.get(k)
            for k in ("kind", "status", "sector", "min_clean_ha")
            if data.get(k) not in ("", None)
        }


class EnterpriseFilterForm(forms.Form):
    """Enterprise directory: diacritic-insensitive search plus sector, product, certification, place, ownership."""

    q = forms.CharField(label=_("Tìm kiếm"), required=False, max_length=200)
    province = forms.ChoiceField(label=_("Tỉnh / thành phố"), required=False)
    zone = forms.ChoiceField(label=_("Khu / cụm công nghiệp"), required=False)
    sector = forms.ChoiceField(label=_("Ngành"), required=False)
    product = forms.ChoiceField(label=_("Sản phẩm"), required=False)
    certification = forms.ChoiceField(label=_("Chứng nhận"), required=False)
    ownership = forms.ChoiceField(
        label=_("Sở hữu"), required=False, choices=ANY + list(Enterprise.Ownership.choices)
    )
    role = forms.ChoiceField(
        label=_("Vai trò"),
        required=False,
        choices=ANY + [("supplier", _("Nhà cung ứng")), ("buyer", _("Bên mua / lắp ráp"))],
    )

    def __init__(self, data, *, provinces, zones, sectors, products, certifications):
        super().__init__(data)
        self.fields["q"].widget = forms.TextInput(
            attrs={
                "type": "search",
                "placeholder": _("Tên, mã số thuế, sản phẩm… (gõ có dấu hoặc không dấu)"),
                # Active search: results follow the typing; the whole form goes with the request.
                "hx-get": reverse("portal:enterprise_list"),
                "hx-include": "closest form",
                "hx-target": "#results",
                "hx-swap": "outerHTML",
                "hx-push-url": "true",
                "hx-trigger": "input changed delay:350ms, search",
                "autocomplete": "off",
            }
        )
        self.fields["province"].choices = [("", _("Tất cả tỉnh / thành phố"))] + [
            (p.code, p.name) for p in provinces
        ]
        self.fields["zone"].choices = ANY + [(str(z.pk), local(z)) for z in zones]
        self.fields["sector"].choices = ANY + [(str(s.pk), local(s)) for s in sectors]
        grouped: dict[str, list] = {}
        for p in products:
            grouped.setdefault(local(p.sector), []).append((str(p.pk), local(p)))
        self.fields["product"].choices = ANY + list(grouped.items())
        self.fields["certification"].choices = ANY + [(c, c) for c in certifications]
        use_fast_selects(self)

    def filters(self) -> dict:
        """Cleaned values for ``selectors.enterprises``."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        keys = ("q", "zone", "sector", "product", "certification", "ownership", "role")
        return {k: data.get(k) for k in keys if data.get(k) not in ("", None)}
