"""The back office: every admin page renders for officers; other personas are kept out."""

import pytest
from django.contrib import admin
from django.urls import reverse

from lienket.web.registry.models import Enterprise, Zone

MODELS = [model for model in admin.site._registry]


def _name(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


@pytest.mark.django_db
@pytest.mark.parametrize("model", MODELS, ids=_name)
def test_officer_sees_changelist_and_add_form(client, admin_user, model):
    client.force_login(admin_user)
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert client.get(changelist).status_code == 200
    assert client.get(changelist + "?q=bac").status_code == 200
    add = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    assert client.get(add).status_code == 200
    obj = model._default_manager.order_by("pk").first()
    if obj is not None:
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        assert client.get(change).status_code == 200


@pytest.mark.django_db
def test_officer_with_registry_permissions_edits_zones(client, officer):
    client.force_login(officer)
    assert client.get(reverse("admin:registry_zone_changelist")).status_code == 200
    zone = Zone.objects.first()
    assert client.get(reverse("admin:registry_zone_change", args=[zone.pk])).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["anonymous", "enterprise_user", "buyer_user"])
def test_non_officers_are_kept_out_of_the_back_office(client, request, who):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    resp = client.get(reverse("admin:registry_enterprise_changelist"))
    assert resp.status_code == 302 and "/login/" in resp["Location"]


@pytest.mark.django_db
def test_admin_form_rejects_malformed_tax_code_and_saves_nothing(client, admin_user, province):
    client.force_login(admin_user)
    before = Enterprise.objects.count()
    resp = client.post(
        reverse("admin:registry_enterprise_add"),
        {
            "name_vi": "Công ty TNHH Thử nghiệm",
            "tax_code": "12345",
            "legal_form": "tnhh",
            "ownership": "domestic",
            "investor_countries": "[]",
            "is_supplier": "on",
            "province": province.pk,
            **_empty_inlines(),
        },
    )
    assert resp.status_code == 200
    assert "Mã số thuế" in resp.content.decode()
    assert Enterprise.objects.count() == before


@pytest.mark.django_db
def test_admin_form_rejects_leased_above_industrial_land(client, admin_user, province):
    client.force_login(admin_user)
    resp = client.post(
        reverse("admin:registry_zone_add"),
        {
            "code": "CCN-X",
            "name_vi": "CCN X",
            "kind": "ccn",
            "status": "operating",
            "province": province.pk,
            "industrial_land_ha": "30",
            "leased_land_ha": "31",
            "lease_price_unit": "USD/m²",
            **_empty_zone_inlines(),
        },
    )
    assert resp.status_code == 200
    assert "Đất đã cho thuê không thể lớn hơn" in resp.content.decode()
    assert not Zone.objects.filter(code="CCN-X").exists()


def _formset(prefix):
    return {
        f"{prefix}-TOTAL_FORMS": "0",
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def _empty_inlines():
    out = {}
    for p in ("offerings", "certifications", "year_figures"):
        out.update(_formset(p))
    return out


def _empty_zone_inlines():
    out = {}
    for p in ("phases", "milestones", "photos", "figures"):
        out.update(_formset(p))
    return out
