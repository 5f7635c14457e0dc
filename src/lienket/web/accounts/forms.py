"""Forms of the accounts app: login (throttled, TOTP), sign-up, claims, the own-enterprise page."""

from __future__ import annotations

from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from lienket.web.registry import models as rm

from . import backends, services
from .models import User


class LoginForm(AuthenticationForm):
    """Username + password (+ a TOTP code for officers who enrolled); locked after repeated failures."""

    otp = forms.CharField(
        label=_("Mã xác thực (nếu đã bật)"),
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _("Đăng nhập sai quá nhiều lần. Hãy thử lại sau %(minutes)s phút."),
        "otp": _("Cần mã xác thực hai lớp hợp lệ."),
    }

    def clean(self):
        if backends.enabled():
            # The backend counts failures and checks TOTP on every login path; only name the lock here.
            try:
                return super().clean()
            except forms.ValidationError:
                if services.login_locked(
                    self.cleaned_data.get("username") or "", services.client_ip(self.request)
                ):
                    raise forms.ValidationError(
                        self.error_messages["locked"],
                        code="locked",
                        params={"minutes": services._limits()[2]},
                    ) from None
                raise
        username = self.cleaned_data.get("username") or ""
        password = self.cleaned_data.get("password")
        ip = services.client_ip(self.request)
        if services.login_locked(username, ip):
            raise forms.ValidationError(
                self.error_messages["locked"], code="locked", params={"minutes": services._limits()[2]}
            )
        if username and password:
            self.user_cache = authenticate(self.request, username=username, password=password)
            if self.user_cache is None:
                services.register_login_failure(username, ip)
                raise self.get_invalid_login_error()
            device = services.totp_required(self.user_cache)
            if device and not services.check_totp(device, self.cleaned_data.get("otp", "")):
                services.register_login_failure(username, ip)
                self.user_cache = None
                raise forms.ValidationError(self.error_messages["otp"], code="otp")
            self.confirm_login_allowed(self.user_cache)
            services.clear_login_failures(username)
        return self.cleaned_data


class SignUpForm(forms.Form):
    username = forms.CharField(label=_("Tên đăng nhập"), max_length=150)
    email = forms.EmailField(label=_("Thư điện tử"))
    phone = forms.CharField(label=_("Điện thoại"), max_length=32, required=False)
    role = forms.ChoiceField(
        label=_("Tôi là"),
        choices=[
            (User.Role.ENTERPRISE, _("Doanh nghiệp cung ứng")),
            (User.Role.BUYER, _("Bên mua / lắp ráp")),
        ],
    )
    password1 = forms.CharField(
        label=_("Mật khẩu"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    password2 = forms.CharField(
        label=_("Nhập lại mật khẩu"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", _("Hai mật khẩu không khớp."))
        return data


class ClaimForm(forms.Form):
    tax_code = forms.CharField(label=_("Mã số thuế"), max_length=20, required=False)
    evidence = forms.CharField(
        label=_("Chứng cứ"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("Chức vụ của bạn, giấy tờ, cách Sở có thể liên hệ để xác nhận."),
    )


class ClaimDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Duyệt")), ("reject", _("Từ chối"))])
    reason = forms.CharField(label=_("Lý do"), widget=forms.Textarea(attrs={"rows": 2}), max_length=1000)


class VersionedForm(forms.ModelForm):
    """A model form carrying the row version it was opened at (optimistic locking)."""

    row_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["row_version"].initial = self.instance.row_version

    def changed_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields if name in self.cleaned_data}


class EnterpriseProfileForm(VersionedForm):
    class Meta:
        model = rm.Enterprise
        fields = [
            "name_en",
            "name_other",
            "address_raw",
            "website",
            "email",
            "phone",
            "contact_person",
            "founded_year",
            "description_vi",
            "description_en",
            "sectors",
        ]
        widgets = {"sectors": forms.CheckboxSelectMultiple}


class OfferingForm(VersionedForm):
    class Meta:
        model = rm.Offering
        fields = [
            "product",
            "description",
            "capacity",
            "capacity_unit",
            "moq",
            "lead_time_days",
            "export_share",
        ]


class YearFigureForm(VersionedForm):
    class Meta:
        model = rm.EnterpriseYearFigure
        fields = ["year", "workforce", "revenue", "exports", "cnht_output", "currency", "exchange_rate"]


class TOTPConfirmForm(forms.Form):
    code = forms.CharField(label=_("Mã 6 số từ ứng dụng"), max_length=8)
