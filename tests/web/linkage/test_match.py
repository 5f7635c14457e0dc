"""Demand → supplier matching: reasons (products, certificates with validity, capacity, distance, freshness),
hard filters, both directions, and the pages that show them per persona."""

from __future__ import annotations

from lienket.web.linkage import selectors


def _hits(demand, **flags):
    req = selectors.request_for_demand(demand)
    for k, v in flags.items():
        setattr(req, k, v)
    return selectors.match(req, top=20)


def test_ranking_explanation_contents(zip_world):
    hits = _hits(zip_world["demand"])
    by_pk = {h.entry.pk: h for h in hits}
    best, second = by_pk[zip_world["best"].pk], by_pk[zip_world["second"].pk]
    # Product: the offering is named, with its taxonomy code.
    assert best.products[0] == {"code": "TEX-ACC-ZIP", "name": zip_world["product"].name_vi, "offered": True}
    assert "khoa keo" in best.terms
    # Certificates: all held for the best; for the second one valid, one expired (with its date), one missing.
    assert [n for n, _r in best.certs.held] == ["ISO 9001", "IATF 16949", "ISO 14001"]
    assert best.certs.complete
    assert [n for n, _r in second.certs.held] == ["ISO 9001"]
    assert [(n, r.valid_until.isoformat()) for n, r in second.certs.expired] == [("IATF 16949", "2021-01-01")]
    assert second.certs.missing == ["ISO 14001"]
    # Capacity: 100,000 pcs/month = 1.2 M a year against 600,000 asked; 5,000/month = 60,000 (10 %).
    assert best.capacity == 1_200_000 and best.capacity_ratio == 2.0
    assert second.capacity == 60_000 and abs(second.capacity_ratio - 0.1) < 1e-9
    # Place: the best is in the buyer's province; the second is far away.
    assert best.same_province and not second.same_province
    assert second.distance_km > 100 > (best.distance_km or 0)
    assert not best.fresh.stale and second.fresh.stale
    # Missing certificates lower the rank (and the buyer itself is never its own candidate).
    ranked = [h.entry.pk for h in hits]
    assert ranked.index(best.entry.pk) < ranked.index(second.entry.pk)
    assert zip_world["demand"].buyer_id not in ranked


def test_hard_filters_are_optional(zip_world):
    pks = {h.entry.pk for h in _hits(zip_world["demand"])}
    assert zip_world["second"].pk in pks
    strict = {h.entry.pk for h in _hits(zip_world["demand"], require_certs=True)}
    assert zip_world["best"].pk in strict and zip_world["second"].pk not in strict
    local = {h.entry.pk for h in _hits(zip_world["demand"], same_province_only=True)}
    assert zip_world["second"].pk not in local
    capable = {h.entry.pk for h in _hits(zip_world["demand"], require_capacity=True)}
    assert zip_world["best"].pk in capable and zip_world["second"].pk not in capable


def test_as_dict_carries_the_reasons_for_the_api(zip_world):
    h = next(h for h in _hits(zip_world["demand"]) if h.entry.pk == zip_world["second"].pk)
    d = h.as_dict()
    assert d["certifications"]["expired"] == [
        {"required": "IATF 16949", "standard": "IATF16949", "valid_until": "2021-01-01"}
    ]
    assert d["certifications"]["missing"] == ["ISO 14001"]
    assert d["capacity_ratio"] == 0.1 and d["stale"] is True


def test_demand_page_shows_candidates_with_reasons_to_the_buyer(client, buyer_user, zip_world):
    client.force_login(buyer_user)
    resp = client.get(f"/ket-noi/nhu-cau/{zip_world['demand'].pk}/")
    body = resp.content.decode()
    assert resp.status_code == 200
    assert "Minh Phúc Thử Nghiệm" in body and "Hưng Thịnh Thử Nghiệm" in body
    assert "Thiếu chứng nhận" in body and "ISO 14001" in body
    assert "Chứng nhận hết hạn" in body
    assert "Giới thiệu cho bên mua" not in body  # introducing is the officers' job


def test_demand_page_hard_filter_from_the_query_string(client, officer, zip_world):
    client.force_login(officer)
    resp = client.get(f"/ket-noi/nhu-cau/{zip_world['demand'].pk}/", {"require_certs": "on"})
    ids = {h.entry.pk for h in resp.context["hits"]}
    assert zip_world["best"].pk in ids and zip_world["second"].pk not in ids


def test_free_text_matching_page(client, zip_world, province):
    resp = client.get(
        "/ket-noi/ghep-noi/",
        {"text": "zipper", "required_certifications": "IATF 16949", "province": province.pk},
    )
    hits = resp.context["hits"]
    assert hits[0].entry.pk == zip_world["best"].pk
    assert hits[0].certs.complete


def test_supplier_sees_open_demands_that_fit_its_offerings(client, zip_world):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(
        "zipmaker", password="S3cure-pass-for-tests", role="enterprise", enterprise=zip_world["best"]
    )
    client.force_login(user)
    resp = client.get("/ket-noi/co-hoi/")
    assert resp.status_code == 200
    demands = [d.pk for d, _h in resp.context["rows"]]
    assert zip_world["demand"].pk in demands
    assert "Cần mua khóa kéo nylon số 5" in resp.content.decode()


def test_carrier_is_not_offered_zipper_demands(zip_world):
    rows = selectors.opportunities_for_supplier(zip_world["carrier"])
    assert zip_world["demand"].pk not in [d.pk for d, _h in rows]


def test_officer_board_lists_local_candidates_per_open_demand(client, officer, zip_world):
    client.force_login(officer)
    resp = client.get("/ket-noi/ung-vien/")
    assert resp.status_code == 200
    row = next(r for r in resp.context["rows"] if r["demand"].pk == zip_world["demand"].pk)
    assert row["local"] and row["hits"][0].entry.pk == zip_world["best"].pk
    assert all(h.same_province for h in row["hits"])
