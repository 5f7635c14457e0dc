"""Buyers' demands: posting with the multilingual product picker, editing, audit, and who may see or change
which demand; pages per persona."""

from __future__ import annotations

import pytest

from lienket.web.audit.services import history
from lienket.web.linkage import services
from lienket.web.registry.models import Demand


def _form(product, **extra):
    data = {
        "product": product.pk,
        "title": "Cần mua khóa kéo kim loại",
        "specification": "Khóa kéo đồng số 5",
        "annual_quantity": "240000",
        "quantity_unit": "pcs",
        "currency": "VND",
        "required_certifications": "ISO 9001, OEKO-TEX",
        "target_date": "2027-06-30",
        "status": "open",
    }
    data.update(extra)
    return data


def test_buyer_posts_a_demand_for_its_own_enterprise_and_it_is_audited(client, buyer_user, zip_world):
    client.force_login(buyer_user)
    assert client.get("/ket-noi/nhu-cau/moi/").status_code == 200
    resp = client.post("/ket-noi/nhu-cau/moi/", _form(zip_world["product"]))
    demand = Demand.objects.get(title="Cần mua khóa kéo kim loại")
    assert resp.status_code == 302 and resp.url.endswith(f"/nhu-cau/{demand.pk}/")
    assert demand.buyer_id == buyer_user.enterprise_id
    assert demand.required_certifications == ["ISO 9001", "OEKO-TEX"]
    assert [a.action for a in history(demand)] == ["create"]
    assert history(demand)[0].actor_id == buyer_user.pk


def test_a_forged_buyer_field_is_ignored(client, buyer_user, zip_world, other_buyer):
    client.force_login(buyer_user)
    client.post("/ket-noi/nhu-cau/moi/", _form(zip_world["product"], buyer=other_buyer.pk))
    assert Demand.objects.get(title="Cần mua khóa kéo kim loại").buyer_id == buyer_user.enterprise_id


def test_product_picker_narrows_choices_in_any_language(client, buyer_user, db):
    client.force_login(buyer_user)
    resp = client.post("/ket-noi/nhu-cau/moi/", {"product_q": "拉链", "pick": "1"})
    codes = [p.code for p in resp.context["form"].fields["product"].queryset]
    assert "TEX-ACC-ZIP" in codes and len(codes) < 20
    assert not Demand.objects.filter(title="").exists()


def test_buyer_edits_its_own_demand(client, buyer_user, zip_world):
    client.force_login(buyer_user)
    d = zip_world["demand"]
    resp = client.post(
        f"/ket-noi/nhu-cau/{d.pk}/sua/", _form(zip_world["product"], title="Khóa kéo nylon (sửa)")
    )
    assert resp.status_code == 302
    d.refresh_from_db()
    assert d.title == "Khóa kéo nylon (sửa)"
    assert history(d)[0].action == "update" and "title" in history(d)[0].changes


def test_buyer_cannot_edit_another_buyers_demand(client, buyer_user, zip_world, other_buyer):
    other = Demand.objects.create(
        buyer=other_buyer, product=zip_world["product"], title="Nhu cầu của bên khác", year=2026
    )
    client.force_login(buyer_user)
    assert client.get(f"/ket-noi/nhu-cau/{other.pk}/sua/").status_code == 403
    resp = client.post(f"/ket-noi/nhu-cau/{other.pk}/sua/", _form(zip_world["product"], title="Chiếm"))
    assert resp.status_code == 403
    assert client.get(f"/ket-noi/nhu-cau/{other.pk}/").status_code == 403
    other.refresh_from_db()
    assert other.title == "Nhu cầu của bên khác"
    with pytest.raises(services.NotAllowed):
        services.update_demand(buyer_user, other, {"title": "Chiếm"})


def test_buyer_lists_only_its_own_demands(client, buyer_user, zip_world, other_buyer):
    Demand.objects.create(buyer=other_buyer, product=zip_world["product"], title="Của bên khác", year=2026)
    client.force_login(buyer_user)
    listed = client.get("/ket-noi/nhu-cau/").context["page"].object_list
    assert listed and all(d.buyer_id == buyer_user.enterprise_id for d in listed)


def test_enterprise_user_cannot_post_or_see_demands(client, enterprise_user, zip_world):
    client.force_login(enterprise_user)
    assert client.get("/ket-noi/nhu-cau/moi/").status_code == 403
    assert client.get(f"/ket-noi/nhu-cau/{zip_world['demand'].pk}/").status_code == 403
    assert list(client.get("/ket-noi/nhu-cau/").context["page"].object_list) == []


def test_officer_edits_any_demand(client, officer, zip_world):
    client.force_login(officer)
    d = zip_world["demand"]
    resp = client.post(f"/ket-noi/nhu-cau/{d.pk}/sua/", _form(zip_world["product"], status="closed"))
    assert resp.status_code == 302
    d.refresh_from_db()
    assert d.status == "closed"


PAGES = {
    # url: expected status per persona (302 = sent to login)
    "/ket-noi/tim-kiem/": {"anonymous": 200, "officer": 200, "enterprise": 200, "buyer": 200},
    "/ket-noi/ghep-noi/": {"anonymous": 200, "officer": 200, "enterprise": 200, "buyer": 200},
    "/ket-noi/nhu-cau/": {"anonymous": 302, "officer": 200, "enterprise": 200, "buyer": 200},
    "/ket-noi/nhu-cau/moi/": {"anonymous": 302, "officer": 403, "enterprise": 403, "buyer": 200},
    "/ket-noi/co-hoi/": {"anonymous": 302, "officer": 200, "enterprise": 200, "buyer": 200},
    "/ket-noi/gioi-thieu/": {"anonymous": 302, "officer": 200, "enterprise": 200, "buyer": 200},
    "/ket-noi/ung-vien/": {"anonymous": 302, "officer": 200, "enterprise": 403, "buyer": 403},
    "/ket-noi/chi-so/": {"anonymous": 302, "officer": 200, "enterprise": 403, "buyer": 403},
}


@pytest.mark.parametrize("url", list(PAGES))
def test_pages_per_persona(db, persona_client, url):
    resp = persona_client.get(url)
    assert resp.status_code == PAGES[url][persona_client.persona], (url, persona_client.persona)
    if resp.status_code == 302:
        assert "/tai-khoan/" in resp.url or "login" in resp.url
