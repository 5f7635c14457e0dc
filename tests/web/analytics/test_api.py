"""Analytics API: public reads, officer-only scenario runs; same numbers as the pages (hand network)."""

from __future__ import annotations

import pytest

from .conftest import YEAR

M = 1_000_000


def test_localization_api_is_public_and_hand_computed(client, hand):
    resp = client.get(f"/api/v1/analytics/localization?year={YEAR}&province={hand.province.code}")
    assert resp.status_code == 200
    body = resp.json()
    assert body["in_province"] == pytest.approx(54.6 / 192.4) and body["in_vietnam"] == pytest.approx(
        78 / 192.4
    )
    assert [t["year"] for t in body["trend"]] == [YEAR, YEAR + 1]


def test_unknown_province_is_a_400(client, db):
    resp = client.get("/api/v1/analytics/localization?province=Atlantis")
    assert resp.status_code == 400 and "Atlantis" in resp.json()["error"]["message"]


def test_promotion_api(client, hand):
    body = client.get(f"/api/v1/analytics/promotion?year={YEAR}&province={hand.province.code}").json()
    assert [round(g["score"]) for g in body] == [62_400_000, 26 * M, 26 * M]


def test_scenario_api_needs_an_officer_token(client, hand, officer, enterprise_user):
    from lienket.web.api.models import ApiToken

    payload = {"stop": "CN,KR", "weeks": 8, "year": YEAR, "province": hand.province.code}
    assert (
        client.post("/api/v1/analytics/scenario", payload, content_type="application/json").status_code == 401
    )
    _t, raw = ApiToken.issue(enterprise_user, "t")
    resp = client.post("/api/v1/analytics/scenario", payload, content_type="application/json",
                       headers={"Authorization": f"Bearer {raw}"})  # fmt: skip
    assert resp.status_code == 403
    _t, raw = ApiToken.issue(officer, "t")
    resp = client.post("/api/v1/analytics/scenario", payload, content_type="application/json",
                       headers={"Authorization": f"Bearer {raw}"})  # fmt: skip
    assert resp.status_code == 200
    assert resp.json()["value_at_risk"] == pytest.approx(11.4 * M)
