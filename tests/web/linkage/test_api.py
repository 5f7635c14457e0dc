"""Linkage API: public search/match/product lookup, token-protected candidates, opportunities, pipeline, KPIs."""

from __future__ import annotations

import json

import pytest

from lienket.web.linkage.models import Introduction

BASE = "/api/v1/linkage"


@pytest.mark.parametrize("q", ["khóa kéo", "khoa keo", "zipper", "지퍼", "ファスナー", "拉链"])
def test_search_endpoint_finds_the_zipper_maker(client, zip_world, q):
    resp = client.get(f"{BASE}/search", {"q": q, "limit": 5})
    assert resp.status_code == 200
    body = resp.json()
    assert zip_world["best"].pk in [r["enterprise_id"] for r in body["results"]]
    assert body["total"] >= len(body["results"])
    assert {"sector", "product", "province", "zone", "ownership"} <= set(body["facets"])


def test_search_endpoint_facets(client, zip_world, province):
    body = client.get(f"{BASE}/search", {"q": "zipper", "province": province.pk, "limit": 50}).json()
    ids = [r["enterprise_id"] for r in body["results"]]
    assert zip_world["best"].pk in ids and zip_world["second"].pk not in ids


def test_match_endpoint_explains(client, zip_world):
    resp = client.get(f"{BASE}/match", {"text": "zipper", "required_certifications": "ISO 9001, ISO 14001"})
    res = {r["enterprise_id"]: r for r in resp.json()["results"]}
    second = res[zip_world["second"].pk]
    assert second["certifications"]["missing"] == ["ISO 14001"]
    assert second["matched_products"][0]["code"] == "TEX-ACC-ZIP"
    assert list(res).index(zip_world["best"].pk) < list(res).index(zip_world["second"].pk)


def test_match_endpoint_validates(client, db):
    assert client.get(f"{BASE}/match").status_code == 422
    assert client.get(f"{BASE}/match", {"text": "x", "province": 999999999}).status_code == 404


def test_products_endpoint(client, db):
    assert "TEX-ACC-ZIP" in [p["code"] for p in client.get(f"{BASE}/products", {"q": "지퍼"}).json()]


def test_demand_matches_need_a_token_and_ownership(
    client, zip_world, buyer_user, enterprise_user, officer, token_for
):
    url = f"{BASE}/demands/{zip_world['demand'].pk}/matches"
    assert client.get(url).status_code == 401
    assert client.get(url, **token_for(enterprise_user)).status_code == 404
    own = client.get(url, {"require_certs": True}, **token_for(buyer_user))
    assert own.status_code == 200
    assert [r["enterprise_id"] for r in own.json()["results"]][0] == zip_world["best"].pk
    assert zip_world["second"].pk not in [r["enterprise_id"] for r in own.json()["results"]]
    assert client.get(url, **token_for(officer)).status_code == 200


def test_opportunities_endpoint(client, zip_world, token_for):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("zipapi", role="enterprise", enterprise=zip_world["best"])
    body = client.get(f"{BASE}/opportunities", **token_for(user)).json()
    assert zip_world["demand"].pk in [r["demand_id"] for r in body]


def _post(client, url, payload, headers):
    return client.post(url, data=json.dumps(payload), content_type="application/json", **headers)


def test_pipeline_through_the_api(client, zip_world, officer, enterprise_user, buyer_user, token_for):
    payload = {
        "supplier_id": zip_world["best"].pk,
        "demand_id": zip_world["demand"].pk,
        "introduced_on": "2026-03-01",
    }
    assert _post(client, f"{BASE}/introductions", payload, {}).status_code == 401
    assert _post(client, f"{BASE}/introductions", payload, token_for(enterprise_user)).status_code == 403
    resp = _post(client, f"{BASE}/introductions", payload, token_for(officer))
    assert resp.status_code == 201, resp.content
    intro_id = resp.json()["id"]
    assert _post(client, f"{BASE}/introductions", payload, token_for(officer)).status_code == 409
    stage = f"{BASE}/introductions/{intro_id}/stage"
    assert _post(client, stage, {"stage": "meeting"}, token_for(buyer_user)).status_code == 403
    assert _post(client, stage, {"stage": "contract"}, token_for(officer)).status_code == 409  # no value
    ok = _post(
        client,
        stage,
        {"stage": "contract", "on": "2026-05-02", "contract_value": 300000000},
        token_for(officer),
    )
    assert ok.status_code == 200 and ok.json()["stage"] == "contract"
    assert Introduction.objects.get(pk=intro_id).contract_value == 300000000
    # The buyer sees its introduction; another enterprise's user does not.
    assert [i["id"] for i in client.get(f"{BASE}/introductions", **token_for(buyer_user)).json()] == [
        intro_id
    ]
    assert client.get(f"{BASE}/introductions", **token_for(enterprise_user)).json() == []
    kpis = client.get(f"{BASE}/kpis", {"year": 2026}, **token_for(officer)).json()
    assert kpis["contracts"] >= 1 and kpis["year"] == 2026
    assert client.get(f"{BASE}/kpis", **token_for(buyer_user)).status_code == 403


@pytest.mark.django_db
def test_introductions_year_out_of_range_is_a_422_not_a_500(client, officer):
    from lienket.web.api.models import ApiToken

    _token, raw = ApiToken.issue(officer, "t")
    resp = client.get("/api/v1/linkage/introductions?year=-662", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert resp.status_code == 422
    ok = client.get("/api/v1/linkage/introductions?year=2025", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert ok.status_code == 200
