"""Forms of the programmes app (officer pages, the enterprise filing form, the public inquiry form)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from lienket.web.programmes import models as m
from lienket.web.registry.models import AdminUnit, Enterprise


class ReportForm(forms.Form):
    year = forms.IntegerField(label=_("Năm"), min_value=1990, max_value=2100)
    lang = forms.ChoiceField(label=_("Ngôn ngữ"), choices=[("vi", "Tiếng Việt"), ("en", "English")])
    format = forms.ChoiceField(label=_("Định dạng"), choices=[("pdf", "PDF"), ("html", "HTML")])
    province = forms.ModelChoiceField(
        label=_("Tỉnh / thành phố"),
        queryset=AdminUnit.objects.filter(scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE),
        required=False,
        to_field_name="code",
        empty_label=_("Tất cả tỉnh / thành phố"),
    )


class ActivityForm(forms.ModelForm):
    class Meta:
        model = m.SupportActivity
        fields = [
            "kind",
            "title",
            "topic",
            "programme",
            "province",
            "buyer",
            "supplier_standard",
            "experts",
            "start_date",
            "end_date",
            "cost_vnd",
            "funding",
            "outcome",
        ]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = AdminUnit.objects.filter(
            scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE
        )
        self.fields["buyer"].queryset = Enterprise.objects.filter(is_buyer=True).only("id", "name_vi")


class ParticipantForm(forms.Form):
    enterprise = forms.ModelChoiceField(
        label=_("Doanh nghiệp"), queryset=Enterprise.objects.only("id", "name_vi")
    )
    outcome = forms.ChoiceField(label=_("Kết quả"), choices=m.Participation.Outcome.choices)
    note = forms.CharField(label=_("Ghi chú"), required=False, max_length=300)


class ReadinessForm(forms.ModelForm):
    class Meta:
        model = m.ReadinessAssessment
        fields = [
            "assessed_on",
            "quality",
            "cost",
            "delivery",
            "scale",
            "management",
            "certifications",
            "note",
        ]
        widgets = {"assessed_on": forms.DateInput(attrs={"type": "date"})}


class FilingForm(forms.ModelForm):
    class Meta:
        model = m.Filing
        fields = [
            "workers",
            "local_workers",
            "registered_capital_vnd",
            "implemented_capital_vnd",
            "revenue_vnd",
            "exports_usd",
            "budget_vnd",
        ]


class PeriodForm(forms.Form):
    year = forms.IntegerField(label=_("Năm"), min_value=1990, max_value=2100)
    period = forms.ChoiceField(label=_("Kỳ"), choices=m.ReportingPeriod.Period.choices)


class AnnouncementForm(forms.ModelForm):
    class Meta:
        model = m.Announcement
        fields = [
            "kind",
            "title",
            "summary",
            "body",
            "province",
            "zone",
            "clean_land_ha",
            "priority_sectors",
            "starts_at",
            "ends_at",
            "venue",
            "capacity",
            "is_published",
            "published_on",
        ]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "published_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = AdminUnit.objects.filter(
            scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE
        )


class InquiryForm(forms.ModelForm):
    # Honeypot: hidden from people by CSS; bots that fill every field are dropped.
    website = forms.CharField(required=False, label=_("Để trống ô này"))

    class Meta:
        model = m.Inquiry
        fields = ["name", "organisation", "email", "phone", "country", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class FollowUpForm(forms.Form):
    status = forms.ChoiceField(label=_("Trạng thái"), choices=m.Inquiry.Status.choices)
    note = forms.CharField(label=_("Ghi chú xử lý"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


def default_period(today: dt.date) -> tuple[int, str]:
    from lienket.web.programmes.services import current_period

    return current_period(today)
