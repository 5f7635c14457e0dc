"""Supplier search: one box in six spellings, facets, ranking by product evidence, freshness on ties."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from lienket.web.linkage import selectors

ZIPPER_SPELLINGS = ["khóa kéo", "khoa keo", "zipper", "지퍼", "ファスナー", "拉链"]


@pytest.mark.parametrize("q", ZIPPER_SPELLINGS)
def test_the_six_zipper_spellings_find_a_zipper_maker_in_the_web_search(client, zip_world, q):
    resp = client.get("/ket-noi/tim-kiem/", {"q": q})
    assert resp.status_code == 200
    hits = resp.context["page"].object_list
    top = [h.entry.pk for h in hits[:5]]
    assert zip_world["best"].pk in top
    # Offerings are product evidence: every hit above the carrier makes zippers.
    ranked = [h.entry.pk for h in resp.context["result"].hits]
    if zip_world["carrier"].pk in ranked:
        assert ranked.index(zip_world["best"].pk) < ranked.index(zip_world["carrier"].pk)
    assert "Minh Phúc Thử Nghiệm" in resp.content.decode()


def test_typo_still_finds_the_zipper_maker(zip_world):
    hits = selectors.search("zipperr").hits
    assert zip_world["best"].pk in [h.entry.pk for h in hits[:5]]


def test_offering_evidence_beats_a_loose_text_mention(zip_world):
    ranked = [h.entry.pk for h in selectors.search("khóa kéo").hits]
    assert ranked.index(zip_world["second"].pk) < ranked.index(zip_world["carrier"].pk)


def test_verified_fresh_profile_wins_a_tie_over_a_stale_one(db, province):
    from lienket.web.registry.models import Enterprise

    today = timezone.localdate()
    desc = "Chuyên sản xuất lò xo nén và lò xo kéo cho xe máy."
    stale = Enterprise.objects.create(
        name_vi="Lò Xo Song Sinh A",
        description_vi=desc,
        province=province,
        verified_on=today - dt.timedelta(days=800),
    )
    fresh = Enterprise.objects.create(
        name_vi="Lò Xo Song Sinh B", description_vi=desc, province=province, verified_on=today
    )
    ranked = [h.entry.pk for h in selectors.search("lò xo song sinh").hits]
    assert ranked.index(fresh.pk) < ranked.index(stale.pk)


def test_facets_filter_by_province_certification_product_and_capacity(zip_world, province):
    all_ids = {h.entry.pk for h in selectors.search("khóa kéo").hits}
    assert {zip_world["best"].pk, zip_world["second"].pk} <= all_ids
    local = {h.entry.pk for h in selectors.search("khóa kéo", selectors.Facets(province=province.pk)).hits}
    assert zip_world["best"].pk in local and zip_world["second"].pk not in local
    # The second maker's IATF certificate expired in 2021: it does not count for the facet.
    iatf = {
        h.entry.pk for h in selectors.search("khóa kéo", selectors.Facets(certification="IATF 16949")).hits
    }
    assert zip_world["best"].pk in iatf and zip_world["second"].pk not in iatf
    prod = selectors.search("", selectors.Facets(product="TEX-ACC-ZIP")).hits
    assert {zip_world["best"].pk, zip_world["second"].pk} <= {h.entry.pk for h in prod}
    assert zip_world["carrier"].pk not in {h.entry.pk for h in prod}
    big = selectors.search("", selectors.Facets(product="TEX-ACC-ZIP", min_capacity=50000)).hits
    assert zip_world["best"].pk in {h.entry.pk for h in big}
    assert zip_world["second"].pk not in {h.entry.pk for h in big}


def test_facet_form_on_the_page_filters_and_counts(client, zip_world, province):
    resp = client.get("/ket-noi/tim-kiem/", {"q": "zipper", "province": province.pk})
    ids = {h.entry.pk for h in resp.context["result"].hits}
    assert zip_world["best"].pk in ids and zip_world["second"].pk not in ids
    counts = dict(resp.context["result"].facet_counts["province"])
    assert counts[(province.pk, province.name)] == len(ids)


def test_index_is_rebuilt_when_the_registry_changes(zip_world):
    from lienket.web.linkage.search import get_index
    from lienket.web.registry.models import Enterprise

    first = get_index()
    assert get_index() is first  # cached while nothing changes
    Enterprise.objects.create(name_vi="Công ty Khuy Nút Mới Toanh", description_vi="Sản xuất cúc áo nhựa.")
    second = get_index()
    assert second is not first
    assert any(e.name_vi == "Công ty Khuy Nút Mới Toanh" for e in second.entries)


def test_search_page_query_count_is_bounded(client, zip_world, django_assert_max_num_queries):
    selectors.search("warm")  # the index build is a one-off per registry change, not per page
    with django_assert_max_num_queries(20):
        resp = client.get("/ket-noi/tim-kiem/", {"q": "khoa keo"})
    assert resp.status_code == 200


def test_htmx_request_gets_only_the_results_fragment(client, zip_world):
    resp = client.get("/ket-noi/tim-kiem/", {"q": "zipper"}, HTTP_HX_REQUEST="true")
    body = resp.content.decode()
    assert 'id="results"' in body and "<html" not in body


def test_product_lookup_understands_other_languages(client, db):
    for q in ("지퍼", "ファスナー", "拉链", "zipper", "khoa keo"):
        resp = client.get("/ket-noi/san-pham/", {"product_q": q})
        assert "TEX-ACC-ZIP" in resp.content.decode(), q


def test_search_page_in_english(client, zip_world):
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = client.get("/ket-noi/tim-kiem/", {"q": "zipper"}).content.decode()
    assert "Find supporting-industry suppliers" in body and "listed among its products" in body


def test_officers_get_an_edit_link_on_each_hit_and_visitors_do_not(client, officer, zip_world):
    link = f"/admin/registry/enterprise/{zip_world['best'].pk}/change/"
    assert link not in client.get("/ket-noi/tim-kiem/", {"q": "zipper"}).content.decode()
    client.force_login(officer)
    assert link in client.get("/ket-noi/tim-kiem/", {"q": "zipper"}).content.decode()
