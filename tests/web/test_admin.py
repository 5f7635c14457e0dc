"""The back office: every admin page renders for officers; other personas are kept out."""

from types import SimpleNamespace

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
    can_add = admin.site._registry[model].has_add_permission(SimpleNamespace(user=admin_user))
    assert client.get(add).status_code == (200 if can_add else 403)
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


@pytest.mark.django_db
def test_admin_delete_is_soft_and_audited(client, admin_user):
    from lienket.web.audit.models import AuditEntry
    from lienket.web.registry.models import Enterprise

    ent = Enterprise.objects.order_by("pk").first()
    client.force_login(admin_user)
    resp = client.post(reverse("admin:registry_enterprise_delete", args=[ent.pk]), {"post": "yes"})
    assert resp.status_code == 302
    assert not Enterprise.objects.filter(pk=ent.pk).exists()
    kept = Enterprise.all_objects.get(pk=ent.pk)
    assert kept.deleted_at is not None and kept.deleted_by == admin_user
    line = AuditEntry.objects.get(object_id=str(ent.pk), action="delete")
    assert line.actor == admin_user and "deleted_at" in line.changes


@pytest.mark.django_db
def test_admin_edit_records_before_and_after(client, admin_user):
    from lienket.web.audit.models import AuditEntry
    from lienket.web.registry.models import Zone

    zone = Zone.objects.filter(industrial_land_ha__isnull=False).order_by("pk").first()
    client.force_login(admin_user)
    url = reverse("admin:registry_zone_change", args=[zone.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list | dict)}
    data.update({"priority_sectors": [s.pk for s in zone.priority_sectors.all()], "anchor_tenants": [],
                 "contact_name": "Nguyễn Văn Kiểm Tra", "boundary": "null"})
    data.update({k: v.pk for k, v in [("province", zone.province)]})
    if zone.commune_id:
        data["commune"] = zone.commune_id
    for prefix, rel in (("phases", zone.phases), ("milestones", zone.milestones), ("photos", zone.photos),
                        ("figures", zone.figures)):
        items = list(rel.all())
        data.update({f"{prefix}-TOTAL_FORMS": str(len(items)), f"{prefix}-INITIAL_FORMS": str(len(items)),
                     f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
        fs_form = client.get(url).context["inline_admin_formsets"]
        for fs in fs_form:
            if fs.formset.prefix != prefix:
                continue
            for i, f in enumerate(fs.formset.forms):
                for name in f.fields:
                    val = f.initial.get(name)
                    if hasattr(val, "pk"):
                        val = val.pk
                    if val is not None and name != "image":
                        data[f"{prefix}-{i}-{name}"] = val
                data[f"{prefix}-{i}-id"] = f.instance.pk
                data[f"{prefix}-{i}-zone"] = zone.pk
    resp = client.post(url, data)
    assert resp.status_code == 302, resp.context["adminform"].form.errors if resp.context else resp
    line = AuditEntry.objects.filter(object_id=str(zone.pk), action="update").latest("at")
    assert line.changes["contact_name"] == [zone.contact_name, "Nguyễn Văn Kiểm Tra"]
    assert line.actor == admin_user and line.via == "admin"
