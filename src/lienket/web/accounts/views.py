"""Account pages: login (throttled, TOTP), sign-up, claims, officers' claim queue, the own-enterprise page."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lienket.core import totp as totp_core
from lienket.web.registry import models as rm
from lienket.web.registry import services as registry

from . import forms, services
from .models import Claim
from .permissions import enterprise_user_required, officer_required


class LoginView(auth_views.LoginView):
    """Django's login with throttling and, for officers who enrolled, a TOTP code."""

    form_class = forms.LoginForm
    template_name = "registration/login.html"


def signup(request):
    form = forms.SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            user = services.sign_up(
                username=d["username"],
                email=d["email"],
                password=d["password1"],
                role=d["role"],
                phone=d["phone"],
            )
        except services.AccountError as exc:
            form.add_error(None, str(exc))
        else:
            auth_login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
            messages.success(
                request, _("Đã tạo tài khoản. Hãy tìm doanh nghiệp của bạn và gửi yêu cầu nhận hồ sơ.")
            )
            return redirect("accounts:home")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def home(request):
    return render(
        request,
        "accounts/home.html",
        {
            "claims": request.user.claims.select_related("enterprise")[:20],
            "totp": services.totp_required(request.user),
        },
    )


@login_required
def claim(request, enterprise_id: int):
    enterprise = get_object_or_404(rm.Enterprise, pk=enterprise_id)
    form = forms.ClaimForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_claim(request.user, enterprise, **form.cleaned_data)
        except services.AccountError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Đã gửi yêu cầu; cán bộ Sở sẽ xem xét."))
            return redirect("accounts:home")
    return render(request, "accounts/claim.html", {"form": form, "enterprise": enterprise})


@officer_required
def claim_queue(request):
    pending = Claim.objects.filter(status=Claim.Status.PENDING).select_related("user", "enterprise")[:200]
    return render(
        request, "accounts/claim_queue.html", {"claims": pending, "form": forms.ClaimDecisionForm()}
    )


@require_POST
@officer_required
def claim_decide(request, pk: int):
    claim_obj = get_object_or_404(Claim, pk=pk)
    form = forms.ClaimDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Hãy chọn quyết định và ghi lý do."))
        return redirect("accounts:claim_queue")
    try:
        services.decide_claim(
            claim_obj,
            officer=request.user,
            approve=form.cleaned_data["decision"] == "approve",
            reason=form.cleaned_data["reason"],
        )
    except services.AccountError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Đã xử lý yêu cầu."))
    return redirect("accounts:claim_queue")


def _save(request, form, obj, *, create_model=None, extra=None):
    """Save a versioned form through the registry services; conflicts and rule errors become form errors."""
    values = {**form.changed_values(), **(extra or {})}
    try:
        if create_model is not None:
            return registry.create_record(create_model, values, actor=request.user)
        return registry.update_record(
            obj, values, expected_version=form.cleaned_data.get("row_version"), actor=request.user
        )
    except registry.RegistryError as exc:
        form.add_error(None, str(exc))
        return None


@enterprise_user_required
def my_enterprise(request):
    firm = get_object_or_404(rm.Enterprise, pk=request.user.enterprise_id)
    form = forms.EnterpriseProfileForm(request.POST or None, instance=firm)
    if request.method == "POST" and form.is_valid() and _save(request, form, firm):
        messages.success(request, _("Đã lưu hồ sơ."))
        return redirect("accounts:my_enterprise")
    return render(
        request,
        "accounts/my_enterprise.html",
        {
            "firm": firm,
            "form": form,
            "offerings": firm.offerings.select_related("product"),
            "figures": firm.year_figures.all(),
        },
    )


_CHILDREN = {
    "san-pham": (rm.Offering, forms.OfferingForm, _("Sản phẩm cung ứng")),
    "so-lieu": (rm.EnterpriseYearFigure, forms.YearFigureForm, _("Số liệu theo năm")),
}


@enterprise_user_required
def my_child(request, kind: str, pk: int | None = None):
    if kind not in _CHILDREN:
        raise PermissionDenied
    model, form_class, title = _CHILDREN[kind]
    firm = get_object_or_404(rm.Enterprise, pk=request.user.enterprise_id)
    obj = get_object_or_404(model, pk=pk, enterprise=firm) if pk else None
    form = form_class(request.POST or None, instance=obj)
    if request.method == "POST" and form.is_valid():
        saved = _save(request, form, obj, create_model=None if obj else model, extra={"enterprise": firm})
        if saved:
            if model is rm.Offering:
                registry.refresh_product_text(firm)
            messages.success(request, _("Đã lưu."))
            return redirect("accounts:my_enterprise")
    return render(request, "accounts/my_child.html", {"form": form, "obj": obj, "title": title, "firm": firm})


@require_POST
@enterprise_user_required
def my_child_delete(request, kind: str, pk: int):
    if kind not in _CHILDREN:
        raise PermissionDenied
    model = _CHILDREN[kind][0]
    obj = get_object_or_404(model, pk=pk, enterprise_id=request.user.enterprise_id)
    registry.soft_delete(obj, actor=request.user, reason=request.POST.get("reason", ""))
    messages.success(request, _("Đã xóa (có thể khôi phục)."))
    return HttpResponseRedirect(reverse("accounts:my_enterprise"))


@officer_required
def totp_setup(request):
    try:
        device = services.totp_required(request.user) or services.start_totp(request.user)
    except services.AccountError as exc:
        raise PermissionDenied(str(exc)) from exc
    form = forms.TOTPConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not device.confirmed:
        try:
            services.confirm_totp(request.user, form.cleaned_data["code"])
        except services.AccountError as exc:
            form.add_error("code", str(exc))
        else:
            messages.success(request, _("Đã bật xác thực hai lớp."))
            return redirect("accounts:home")
    uri = None if device.confirmed else totp_core.provisioning_uri(device.secret, request.user.get_username())
    return render(request, "accounts/totp.html", {"device": device, "uri": uri, "form": form})
