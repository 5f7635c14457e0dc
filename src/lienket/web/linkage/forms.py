"""Forms of the linkage app: the search box with facets, free-text matching, the buyer's demand form and the
officer's stage form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lienket.web.linkage.models import Introduction
from lienket.web.linkage.selectors import Facets, MatchRequest
from lienket.web.registry.models import AdminUnit, Currency, Demand, Enterprise, Product, Sector, Zone


def _current_products():
    return Product.objects.filter(version__is_current=True).select_related("sector").order_by("code")


class ProductChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.code} · {obj.name_vi}" + (f" / {obj.name_en}" if obj.name_en else "")


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Tìm nhà cung ứng"),
        required=False,
        max_length=300,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("khóa kéo, zipper, 지퍼, ファスナー, 拉链 …")}
        ),
    )
    sector = forms.ModelChoiceField(
        label=_("Ngành"), queryset=Sector.objects.order_by("order", "code"), required=False
    )
    product = forms.ChoiceField(label=_("Sản phẩm"), required=False)
    certification = forms.CharField(label=_("Chứng nhận"), required=False, max_length=80)
    province = forms.ModelChoiceField(
        label=_("Tỉnh / thành phố"),
        queryset=AdminUnit.objects.filter(
            scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE, enterprises__isnull=False
        ).distinct(),
        required=False,
    )
    zone = forms.ModelChoiceField(
        label=_("Khu / cụm công nghiệp"), queryset=Zone.objects.all(), required=False
    )
    ownership = forms.ChoiceField(
        label=_("Sở hữu"), choices=[("", "---------"), *Enterprise.Ownership.choices], required=False
    )
    min_capacity = forms.DecimalField(label=_("Năng lực tối thiểu"), required=False, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].choices = [("", "---------")] + [
            (code, f"{code} · {name}")
            for code, name in Product.objects.filter(version__is_current=True)
            .order_by("code")
            .values_list("code", "name_vi")
        ]

    def facets(self) -> Facets:
        d = self.cleaned_data if self.is_valid() else {}
        return Facets(
            sector=d["sector"].pk if d.get("sector") else None,
            product=d.get("product") or "",
            certification=d.get("certification") or "",
            province=d["province"].pk if d.get("province") else None,
            zone=d["zone"].pk if d.get("zone") else None,
            ownership=d.get("ownership") or "",
            min_capacity=float(d["min_capacity"]) if d.get("min_capacity") is not None else None,
        )

    def text(self) -> str:
        return (self.cleaned_data.get("q") or "") if self.is_valid() else ""


class MatchForm(forms.Form):
    """Free-text matching: what is needed, certificates, quantity, where."""

    text = forms.CharField(label=_("Cần mua gì?"), max_length=500)
    required_certifications = forms.CharField(
        label=_("Chứng nhận yêu cầu"),
        required=False,
        help_text=_("Cách nhau bởi dấu phẩy: ISO 9001, IATF 16949"),
    )
    quantity = forms.DecimalField(label=_("Sản lượng / năm"), required=False, min_value=0)
    quantity_unit = forms.CharField(label=_("Đơn vị"), required=False, max_length=40)
    province = forms.ModelChoiceField(
        label=_("Tỉnh / thành phố của bên mua"),
        queryset=AdminUnit.objects.filter(scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE),
        required=False,
    )
    require_certs = forms.BooleanField(label=_("Chỉ nhà cung ứng đủ chứng nhận"), required=False)
    same_province_only = forms.BooleanField(label=_("Chỉ trong tỉnh"), required=False)

    def request(self) -> MatchRequest:
        d = self.cleaned_data
        p = d.get("province")
        return MatchRequest(
            text=d["text"],
            required_certifications=[
                c.strip() for c in (d.get("required_certifications") or "").split(",") if c.strip()
            ],
            quantity=float(d["quantity"]) if d.get("quantity") is not None else None,
            quantity_unit=d.get("quantity_unit") or "",
            lat=p.lat if p else None,
            lon=p.lon if p else None,
            province_id=p.pk if p else None,
            require_certs=d.get("require_certs", False),
            same_province_only=d.get("same_province_only", False),
        )


class HardFilterForm(forms.Form):
    """Optional hard filters on a demand's candidate list."""

    require_certs = forms.BooleanField(label=_("Chỉ nhà cung ứng đủ chứng nhận còn hiệu lực"), required=False)
    same_province_only = forms.BooleanField(label=_("Chỉ trong tỉnh của bên mua"), required=False)
    require_capacity = forms.BooleanField(label=_("Chỉ nhà cung ứng đủ năng lực"), required=False)


class CertificationsField(forms.CharField):
    """A comma-separated list of certificate names stored as a JSON list."""

    def prepare_value(self, value):
        if isinstance(value, list):
            return ", ".join(value)
        return value

    def to_python(self, value):
        value = super().to_python(value) or ""
        return [c.strip() for c in value.replace(";", ",").split(",") if c.strip()]


class DemandForm(forms.ModelForm):
    product_q = forms.CharField(
        label=_("Tìm sản phẩm"),
        required=False,
        help_text=_("Tiếng Việt (có hoặc không dấu), English, 한국어, 日本語, 中文 hoặc mã HS."),
    )
    product = ProductChoiceField(label=_("Sản phẩm (danh mục CNHT)"), queryset=Product.objects.none())
    required_certifications = CertificationsField(
        label=_("Chứng nhận yêu cầu"),
        required=False,
        help_text=_("Cách nhau bởi dấu phẩy: ISO 9001, IATF 16949"),
    )

    class Meta:
        model = Demand
        fields = [
            "product",
            "title",
            "specification",
            "annual_quantity",
            "quantity_unit",
            "annual_value",
            "currency",
            "exchange_rate",
            "required_certifications",
            "target_date",
            "status",
        ]
        widgets = {"target_date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, products=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = _current_products()
        if products is not None:
            codes = [p.code for p in products]
            if self.instance.pk and self.instance.product_id:
                codes.append(self.instance.product.code)
            qs = qs.filter(code__in=codes)
        self.fields["product"].queryset = qs
        self.order_fields(["product_q", "product"])

    def values(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "product_q"}


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Chuyển sang bước"), choices=Introduction.Stage.choices[1:])
    on = forms.DateField(label=_("Ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Ghi chú"), required=False, max_length=500)
    contract_value = forms.DecimalField(label=_("Giá trị hợp đồng"), required=False, min_value=0)
    currency = forms.ChoiceField(label=_("Tiền tệ"), choices=Currency.choices, initial=Currency.VND)
    exchange_rate = forms.DecimalField(label=_("Tỷ giá (VND/USD)"), required=False, min_value=0)
    reason = forms.CharField(label=_("Lý do dừng"), required=False, max_length=300)


class IntroduceForm(forms.Form):
    supplier = forms.IntegerField(widget=forms.HiddenInput)
    notes = forms.CharField(label=_("Ghi chú"), required=False, max_length=500)
