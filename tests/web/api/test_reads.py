"""Public reads: pagination, filters, stable order, what the public may see, and the error shape."""

import pytest

from lienket.web.registry.models import Certification, Enterprise, Offering, Zone

pytestmark = pytest.mark.django_db


def _error(resp, status, code):
    assert resp.status_code == status, resp.content
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    return body["error"]


def test_zone_list_is_paginated_with_a_total_count(api):
    total = Zone.objects.count()
    first = api.get("/zones/", {"limit": 3}).json()
    second = api.get("/zones/", {"limit": 3, "offset": 3}).json()
    assert first["count"] == total and first["limit"] == 3 and len(first["items"]) == min(3, total)
    ids = [z["id"] for z in first["items"] + second["items"]]
    assert len(ids) == len(set(ids))


def test_limit_above_the_maximum_is_capped(api, settings):
    settings.API_MAX_LIMIT = 5
    body = api.get("/enterprises/", {"limit": 500}).json()
    assert body["limit"] == 5 and len(body["items"]) == 5


def test_order_is_stable_across_pages(api):
    all_ids = [e["id"] for e in api.get("/enterprises/", {"limit": 200}).json()["items"]]
    paged = []
    for offset in range(0, len(all_ids), 7):
        paged += [e["id"] for e in api.get("/enterprises/", {"limit": 7, "offset": offset}).json()["items"]]
    assert paged == all_ids


def test_zone_filters_by_province_kind_and_status(api):
    zone = Zone.objects.select_related("province").first()
    body = api.get(
        "/zones/", {"province": zone.province.code, "kind": zone.kind, "status": zone.status}
    ).json()
    assert zone.id in [z["id"] for z in body["items"]]
    assert all(z["kind"] == zone.kind and z["status"] == zone.status for z in body["items"])
    assert all(z["province_code"] == zone.province.code for z in body["items"])


def test_enterprise_search_ignores_diacritics(api):
    ent = Enterprise.objects.filter(name_vi__regex=r"[àáảãạăâđêôơư]").first() or Enterprise.objects.first()
    from lienket.core.text import fold

    word = max(fold(ent.name_vi).split(), key=len)
    body = api.get("/enterprises/", {"q": word.upper(), "limit": 200}).json()
    assert ent.id in [e["id"] for e in body["items"]]


def test_enterprise_filters_by_sector_product_certification_and_ownership(api):
    off = Offering.objects.select_related("enterprise", "product").first()
    body = api.get("/enterprises/", {"product": off.product.code, "limit": 200}).json()
    assert off.enterprise_id in [e["id"] for e in body["items"]]
    sector = off.enterprise.sectors.first()
    if sector:
        body = api.get("/enterprises/", {"sector": sector.code, "limit": 200}).json()
        assert off.enterprise_id in [e["id"] for e in body["items"]]
    Certification.objects.create(enterprise=off.enterprise, standard="Tiêu chuẩn thử ZQX-77")
    body = api.get("/enterprises/", {"certification": "zqx-77", "limit": 200}).json()
    assert [e["id"] for e in body["items"]] == [off.enterprise_id]
    body = api.get("/enterprises/", {"ownership": "fdi", "limit": 200}).json()
    assert body["count"] == Enterprise.objects.filter(ownership="fdi", merged_into=None).count()


def test_public_enterprise_record_has_business_contacts_but_no_contact_person(api, supplier):
    supplier.contact_person = "Nguyễn Văn A"
    supplier.phone = "0222 3888 999"
    supplier.save()
    body = api.get(f"/enterprises/{supplier.pk}/").json()
    assert body["phone"] == "0222 3888 999"
    assert "contact_person" not in body and "Nguyễn Văn A" not in str(body)
    assert "verified_by" not in body and "deleted_by" not in body


def test_soft_deleted_and_merged_enterprises_are_invisible(api, supplier, other_supplier):
    from lienket.web.registry.services import soft_delete

    soft_delete(supplier)
    other_supplier.merged_into = Enterprise.objects.exclude(pk__in=[supplier.pk, other_supplier.pk]).first()
    other_supplier.save()
    ids = [e["id"] for e in api.get("/enterprises/", {"limit": 200}).json()["items"]]
    assert supplier.pk not in ids and other_supplier.pk not in ids
    _error(api.get(f"/enterprises/{supplier.pk}/"), 404, "not_found")
    _error(api.get(f"/enterprises/{other_supplier.pk}/"), 404, "not_found")
    offering_owners = {o["enterprise_id"] for o in api.get("/offerings/", {"limit": 200}).json()["items"]}
    assert supplier.pk not in offering_owners


def test_products_default_to_the_current_taxonomy(api):
    from lienket.web.registry.models import TaxonomyVersion

    current = TaxonomyVersion.objects.get(is_current=True)
    body = api.get("/products/", {"limit": 200}).json()
    assert body["count"] > 0 and {p["version"] for p in body["items"]} == {current.code}


def test_only_open_demands_are_listed(api):
    body = api.get("/demands/", {"limit": 200}).json()
    assert all(d["status"] == "open" for d in body["items"])


def test_errors_share_one_shape(api):
    _error(api.get("/zones/999999999/"), 404, "not_found")
    err = _error(api.get("/zones/", {"limit": 0}), 422, "validation_error")
    assert err["details"]
    _error(api.get("/zones/", {"kind": "nope"}), 422, "validation_error")
    _error(api.get("/no-such-endpoint/"), 404, "not_found")
    _error(api.post("/zones/", {}), 401, "unauthorized")


def test_nul_characters_are_refused_not_crashed_on(api):
    _error(api.get("/enterprises/", {"q": "a\x00b"}), 422, "validation_error")


def test_detail_carries_an_etag_of_the_row_version(api):
    zone = Zone.objects.first()
    resp = api.get(f"/zones/{zone.pk}/")
    assert resp["ETag"] == f'"{zone.row_version}"'


def test_list_queries_are_bounded(api, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        api.get("/enterprises/", {"limit": 100})
    with django_assert_max_num_queries(6):
        api.get("/zones/", {"limit": 100})
    with django_assert_max_num_queries(5):
        api.get("/offerings/", {"limit": 100})
