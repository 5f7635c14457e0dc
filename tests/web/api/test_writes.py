"""Writes: token auth, role permissions, full_clean validation, optimistic locking, audit lines."""

import pytest
from django.core.management import call_command

from lienket.web.api.models import ApiToken
from lienket.web.audit.models import AuditEntry
from lienket.web.audit.services import history
from lienket.web.registry.models import Demand, Enterprise, Offering, Product, Zone

pytestmark = pytest.mark.django_db


def _new_zone(province):
    return {
        "code": "CCN-API-1",
        "name_vi": "Cụm công nghiệp Thử API",
        "kind": "ccn",
        "province_code": province.code,
    }


def test_officer_creates_a_zone_and_it_is_audited_via_api(as_officer, officer, province):
    resp = as_officer.post("/zones/", _new_zone(province))
    assert resp.status_code == 201, resp.content
    zone = Zone.objects.get(code="CCN-API-1")
    entry = history(zone).first()
    assert entry.action == AuditEntry.Action.CREATE and entry.via == "api" and entry.actor == officer
    assert zone.is_synthetic is False


def test_anonymous_cannot_write(api, province):
    assert api.post("/zones/", _new_zone(province)).status_code == 401


def test_revoked_token_is_refused(client, officer, province):
    from .conftest import Api

    token, raw = ApiToken.issue(officer, "old")
    token.revoked = True
    token.save()
    assert Api(client, raw).post("/zones/", _new_zone(province)).status_code == 401


def test_enterprise_user_cannot_create_zones(as_enterprise, province):
    resp = as_enterprise.post("/zones/", _new_zone(province))
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "forbidden"


def test_model_rules_are_enforced_by_full_clean(as_officer, province):
    data = _new_zone(province) | {"industrial_land_ha": 10, "leased_land_ha": 20}
    resp = as_officer.post("/zones/", data)
    assert resp.status_code == 422
    assert "leased_land_ha" in resp.json()["error"]["details"]
    assert not Zone.objects.filter(code="CCN-API-1").exists()


def test_unknown_province_code_is_a_validation_error(as_officer, province):
    resp = as_officer.post("/zones/", _new_zone(province) | {"province_code": "ZZ"})
    assert resp.status_code == 422 and "province_code" in resp.json()["error"]["details"]


def test_enterprise_user_edits_own_profile_and_row_version_bumps(as_enterprise, supplier, enterprise_user):
    before = supplier.row_version
    resp = as_enterprise.patch(f"/enterprises/{supplier.pk}/", {"website": "https://example.vn"})
    assert resp.status_code == 200, resp.content
    supplier.refresh_from_db()
    assert supplier.website == "https://example.vn" and supplier.row_version == before + 1
    assert resp.json()["row_version"] == before + 1 and resp["ETag"] == f'"{before + 1}"'
    entry = history(supplier).first()
    assert entry.via == "api" and entry.actor == enterprise_user and "website" in entry.changes


def test_enterprise_user_cannot_edit_another_enterprise(as_enterprise, other_supplier):
    resp = as_enterprise.patch(f"/enterprises/{other_supplier.pk}/", {"website": "https://evil.example"})
    assert resp.status_code == 403
    other_supplier.refresh_from_db()
    assert other_supplier.website != "https://evil.example"


def test_enterprise_user_cannot_set_officer_only_fields(as_enterprise, supplier):
    resp = as_enterprise.patch(f"/enterprises/{supplier.pk}/", {"is_cnht": True})
    assert resp.status_code == 403 and "is_cnht" in resp.json()["error"]["details"]


def test_stale_if_match_is_a_409_and_changes_nothing(as_officer, supplier):
    resp = as_officer.patch(
        f"/enterprises/{supplier.pk}/", {"website": "https://a.example"}, headers={"If-Match": '"999"'}
    )
    assert resp.status_code == 409 and resp.json()["error"]["code"] == "version_conflict"
    resp = as_officer.patch(
        f"/enterprises/{supplier.pk}/", {"website": "https://a.example", "row_version": 998}
    )
    assert resp.status_code == 409
    supplier.refresh_from_db()
    ok = as_officer.patch(
        f"/enterprises/{supplier.pk}/",
        {"website": "https://a.example"},
        headers={"If-Match": f'W/"{supplier.row_version}"'},
    )
    assert ok.status_code == 200


def test_two_writers_with_the_same_version_second_gets_409(as_officer, as_enterprise, supplier):
    v = supplier.row_version
    assert (
        as_officer.patch(f"/enterprises/{supplier.pk}/", {"phone": "0241", "row_version": v}).status_code
        == 200
    )
    assert (
        as_enterprise.patch(f"/enterprises/{supplier.pk}/", {"phone": "0242", "row_version": v}).status_code
        == 409
    )


def test_enterprise_user_manages_own_offerings(as_enterprise, supplier):
    product = Product.objects.filter(version__is_current=True).exclude(offerings__enterprise=supplier).first()
    resp = as_enterprise.post(
        "/offerings/", {"enterprise_id": supplier.pk, "product_id": product.pk, "capacity": 1000}
    )
    assert resp.status_code == 201, resp.content
    off_id = resp.json()["id"]
    assert as_enterprise.patch(f"/offerings/{off_id}/", {"lead_time_days": 14}).json()["lead_time_days"] == 14
    assert as_enterprise.delete(f"/offerings/{off_id}/").status_code == 204
    assert not Offering.objects.filter(pk=off_id).exists()
    assert Offering.all_objects.get(pk=off_id).deleted_at is not None


def test_enterprise_user_cannot_add_offerings_for_another_enterprise(as_enterprise, other_supplier):
    product = Product.objects.filter(version__is_current=True).first()
    resp = as_enterprise.post("/offerings/", {"enterprise_id": other_supplier.pk, "product_id": product.pk})
    assert resp.status_code == 403


def test_enterprise_user_cannot_move_an_offering_to_another_enterprise(
    as_enterprise, supplier, other_supplier
):
    off = Offering.objects.filter(enterprise=supplier).first()
    if off is None:
        pytest.skip("demo supplier has no offering")
    resp = as_enterprise.patch(f"/offerings/{off.pk}/", {"enterprise_id": other_supplier.pk})
    assert resp.status_code == 403
    off.refresh_from_db()
    assert off.enterprise_id == supplier.pk


def test_buyer_publishes_own_demand_but_not_for_others(as_buyer, buyer_enterprise, other_supplier):
    product = Product.objects.filter(version__is_current=True).first()
    data = {"buyer_id": buyer_enterprise.pk, "product_id": product.pk, "title": "Dây điện 2026", "year": 2026}
    resp = as_buyer.post("/demands/", data)
    assert resp.status_code == 201, resp.content
    assert Demand.objects.get(pk=resp.json()["id"]).buyer_id == buyer_enterprise.pk
    assert as_buyer.post("/demands/", data | {"buyer_id": other_supplier.pk}).status_code == 403


def test_buyer_cannot_edit_enterprise_profile(as_buyer, buyer_enterprise):
    assert as_buyer.patch(f"/enterprises/{buyer_enterprise.pk}/", {"phone": "1"}).status_code == 403


def test_demand_in_usd_needs_an_exchange_rate(as_officer, buyer_enterprise):
    product = Product.objects.filter(version__is_current=True).first()
    data = {
        "buyer_id": buyer_enterprise.pk,
        "product_id": product.pk,
        "title": "X",
        "year": 2026,
        "annual_value": 1000,
        "currency": "USD",
    }
    resp = as_officer.post("/demands/", data)
    assert resp.status_code == 422 and "exchange_rate" in resp.json()["error"]["details"]


def test_officer_soft_deletes_an_enterprise_with_audit(as_officer, other_supplier):
    assert as_officer.delete(f"/enterprises/{other_supplier.pk}/").status_code == 204
    ent = Enterprise.all_objects.get(pk=other_supplier.pk)
    assert ent.deleted_at is not None
    assert history(ent).first().action == AuditEntry.Action.DELETE


def test_null_for_a_required_field_is_refused(as_officer, supplier):
    resp = as_officer.patch(f"/enterprises/{supplier.pk}/", {"name_vi": None})
    assert resp.status_code == 422


def test_duplicate_tax_code_is_a_validation_error(as_officer, supplier, other_supplier):
    if not supplier.tax_code:
        pytest.skip("demo supplier has no tax code")
    resp = as_officer.patch(f"/enterprises/{other_supplier.pk}/", {"tax_code": supplier.tax_code})
    assert resp.status_code in {409, 422}


def test_rate_limit_answers_429_with_retry_after(api, settings):
    settings.API_RATE_LIMIT_ANON = "3/min"
    codes = [api.get("/sectors/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    resp = api.get("/sectors/")
    assert resp.status_code == 429 and int(resp["Retry-After"]) >= 1
    assert resp.json()["error"]["code"] == "rate_limited"


def test_token_users_are_limited_separately_from_anonymous(api, as_officer, settings):
    settings.API_RATE_LIMIT_ANON = "2/min"
    settings.API_RATE_LIMIT_TOKEN = "50/min"
    for _ in range(3):
        api.get("/sectors/")
    assert api.get("/sectors/").status_code == 429
    assert as_officer.get("/sectors/").status_code == 200


def test_token_command_prints_the_secret_once_and_stores_its_hash(officer, capsys):
    call_command("api_token", "create", officer.username, "CKAN harvester")
    raw = capsys.readouterr().out.strip()
    token = ApiToken.objects.get(name="CKAN harvester")
    assert raw.startswith("lk_") and raw not in token.key_hash and ApiToken.lookup(raw) == token
    call_command("api_token", "revoke", str(token.pk))
    assert ApiToken.lookup(raw) is None
