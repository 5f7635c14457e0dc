"""Public portal pages: every page renders in Vietnamese and English for anonymous and logged-in visitors,
filters and the diacritic-insensitive search work, unknown codes give 404, and list pages keep a bounded number
of SQL queries (committed baselines: raise them only with a reason in the commit message)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.web.portal_fixtures import PortalData, build_portal_data

# Query-count baselines per page (whatever the number of rows shown). An N+1 regression breaks these.
MAX_QUERIES = {
    "home": 9,
    "zone_list": 7,
    "enterprise_list": 12,
    "zone_detail": 24,  # + page-view counter (content type when uncached, update, savepoint, insert, release)
    "enterprise_detail": 16,
    "taxonomy": 8,
}


@pytest.fixture
def portal_data(db) -> PortalData:
    return build_portal_data()


def _pages(data):
    return {
        "home": reverse("portal:home"),
        "zone_list": reverse("portal:zone_list"),
        "zone_detail": reverse("portal:zone_detail", args=[data.ccn_full.code]),
        "enterprise_list": reverse("portal:enterprise_list"),
        "enterprise_detail": reverse("portal:enterprise_detail", args=[data.zip_maker.pk]),
        "taxonomy": reverse("portal:taxonomy"),
    }


def _get(client, url, lang="vi", **params):
    # The language is the visitor's choice (cookie set by the VI/EN switch); browsers' Accept-Language is ignored.
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    return client.get(url, params)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("logged_in", [False, True], ids=["anonymous", "logged-in"])
def test_every_page_renders(client, portal_data, lang, logged_in):
    if logged_in:
        client.force_login(portal_data.user)
    for name, url in _pages(portal_data).items():
        response = _get(client, url, lang)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert f'<html lang="{lang}">' in html, name
        assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
        assert assets and all(a.startswith("/static/") for a in assets), (name, assets)  # vendored, no CDN
        if logged_in:
            assert portal_data.user.username in html, name


def test_english_pages_are_translated(client, portal_data):
    html_vi = _get(client, reverse("portal:zone_list"), "vi").content.decode()
    html_en = _get(client, reverse("portal:zone_list"), "en").content.decode()
    assert "Khu, cụm công nghiệp" in html_vi
    assert "Industrial parks and clusters" in html_en
    # Model choice labels come from the registry's catalogue.
    assert "Industrial cluster" in html_en


def test_zone_names_switch_language(client, portal_data):
    url = reverse("portal:zone_detail", args=[portal_data.ccn_full.code])
    assert "CCN Nghĩa Hòa Thử" in _get(client, url, "vi").content.decode()
    assert "Nghia Hoa Test Cluster" in _get(client, url, "en").content.decode()


def test_unknown_codes_give_404(client, portal_data):
    assert client.get(reverse("portal:zone_detail", args=["NO-SUCH-ZONE"])).status_code == 404
    assert client.get(reverse("portal:enterprise_detail", args=[999_999_999])).status_code == 404
    assert client.get(reverse("portal:taxonomy_version", args=["1999"])).status_code == 404


def test_synthetic_records_carry_a_badge(client, portal_data):
    html = _get(client, reverse("portal:zone_detail", args=[portal_data.ccn_full.code])).content.decode()
    assert "badge-synthetic" in html
    html = _get(client, reverse("portal:zone_detail", args=[portal_data.ccn_empty.code])).content.decode()
    assert 'class="badge badge-synthetic"' not in html.split("<main")[1].split("</h1>")[0]


def test_stale_record_is_marked(client, portal_data):
    html = _get(
        client, reverse("portal:enterprise_detail", args=[portal_data.mould_shop.pk])
    ).content.decode()
    assert "badge-stale" in html
    html = _get(client, reverse("portal:enterprise_detail", args=[portal_data.zip_maker.pk])).content.decode()
    assert "badge-stale" not in html


class TestProvinceSelection:
    def test_province_filters_every_page_and_is_kept_in_the_session(self, client, portal_data):
        other = portal_data.other_province.code
        html = _get(client, reverse("portal:zone_list"), province=other).content.decode()
        assert portal_data.ccn_other.name_vi in html and portal_data.kcn.name_vi not in html
        # No province parameter on the next page: the session keeps the province.
        url = reverse("portal:enterprise_list")
        names = {e.name_vi for e in _get(client, url, q="cong ty").context["page"].paginator.object_list}
        assert portal_data.other_firm.name_vi in names and portal_data.zip_maker.name_vi not in names
        # An empty value clears it.
        names = {e.name_vi for e in _get(client, url, province="", q="dong tien").context["page"].object_list}
        assert portal_data.zip_maker.name_vi in names

    def test_home_figures_follow_the_province(self, client, portal_data):
        response = _get(client, reverse("portal:home"), province=portal_data.other_province.code)
        figures = response.context["figures"]
        kinds = {k: n for k, _, n in figures.zones_by_kind}
        expected_ccn = (
            type(portal_data.kcn).objects.filter(province=portal_data.other_province, kind="ccn").count()
        )
        assert kinds["ccn"] == expected_ccn >= 1


class TestZoneFilters:
    def _codes(self, client, **params):
        response = _get(client, reverse("portal:zone_list"), province="", **params)
        return {z.code for z in response.context["zones"]}

    def test_kind(self, client, portal_data):
        codes = self._codes(client, kind="kcn")
        assert portal_data.kcn.code in codes and portal_data.ccn_full.code not in codes

    def test_sector_and_minimum_clean_land(self, client, portal_data):
        codes = self._codes(client, sector=portal_data.sector_textile.pk)
        assert portal_data.ccn_full.code in codes and portal_data.kcn.code not in codes
        codes = self._codes(client, min_clean_ha="40")
        assert portal_data.ccn_empty.code in codes and portal_data.ccn_full.code not in codes

    def test_status(self, client, portal_data):
        assert portal_data.kcn.code not in self._codes(client, status="planned")

    def test_map_markers_are_embedded(self, client, portal_data):
        html = _get(client, reverse("portal:zone_list"), province="").content.decode()
        assert 'id="zone-map-data"' in html and portal_data.ccn_full.code in html
        assert "data-tiles=" in html


class TestClusterRules:
    def test_cluster_page_shows_occupancy_and_decree_32_verdict(self, client, portal_data):
        response = _get(client, reverse("portal:zone_detail", args=[portal_data.ccn_full.code]))
        rules = response.context["rules"]
        assert rules.status is not None and rules.status.expansion_ok  # 40 ÷ 50 ha = 80 % ≥ 60 %
        html = response.content.decode()
        assert "80,0 %" in html and "Nghị định 32/2024" in html

    def test_low_occupancy_cluster_cannot_expand(self, client, portal_data):
        response = _get(client, reverse("portal:zone_detail", args=[portal_data.ccn_empty.code]))
        assert response.context["rules"].status.expansion_ok is False

    def test_thresholds_are_read_from_the_table(self, client, portal_data):
        from lienket.web.registry.models import PolicyThreshold

        PolicyThreshold.objects.filter(key="ccn_expansion_min_occupancy").update(value=90)
        response = _get(client, reverse("portal:zone_detail", args=[portal_data.ccn_full.code]))
        assert response.context["rules"].status.expansion_ok is False

    def test_missing_threshold_gives_no_verdict(self, client, portal_data):
        from lienket.web.registry.models import PolicyThreshold

        PolicyThreshold.objects.filter(key="ccn_expansion_min_occupancy").delete()
        response = _get(client, reverse("portal:zone_detail", args=[portal_data.ccn_full.code]))
        assert response.context["rules"].status is None
        assert "ccn_expansion_min_occupancy" in response.content.decode()

    def test_parks_have_no_cluster_rules(self, client, portal_data):
        response = _get(client, reverse("portal:zone_detail", args=[portal_data.kcn.code]))
        assert response.context["rules"] is None


class TestDirectory:
    def _names(self, client, **params):
        response = _get(client, reverse("portal:enterprise_list"), province="", **params)
        assert response.status_code == 200
        return {e.name_vi for e in response.context["page"].object_list}

    def test_search_ignores_diacritics(self, client, portal_data):
        for query in ["khoa keo", "Khóa Kéo", "KHOA KÉO", "dong tien"]:
            assert portal_data.zip_maker.name_vi in self._names(client, q=query), query
        assert portal_data.mould_shop.name_vi not in self._names(client, q="khoa keo")

    def test_search_finds_tax_code(self, client, portal_data):
        assert self._names(client, q="0109990003") == {portal_data.mould_shop.name_vi}

    def test_filters(self, client, portal_data):
        d = portal_data
        assert d.fdi_buyer.name_vi in self._names(client, ownership="fdi")
        assert d.zip_maker.name_vi not in self._names(client, ownership="fdi")
        assert self._names(client, product=d.product_mould.pk) == {d.mould_shop.name_vi}
        assert self._names(client, certification="IATF 16949") >= {d.mould_shop.name_vi}
        assert d.zip_maker.name_vi not in self._names(client, certification="IATF 16949")
        assert d.button_maker.name_vi in self._names(client, sector=d.sector_textile.pk)
        assert d.mould_shop.name_vi not in self._names(client, sector=d.sector_textile.pk)
        assert self._names(client, zone=d.kcn.pk) >= {d.fdi_buyer.name_vi, d.mould_shop.name_vi}
        assert d.fdi_buyer.name_vi in self._names(client, role="buyer")
        assert d.fdi_buyer.name_vi not in self._names(client, role="supplier")

    def test_htmx_request_gets_the_results_fragment(self, client, portal_data):
        url = reverse("portal:enterprise_list")
        full = client.get(url, {"q": "khoa keo"})
        fragment = client.get(url, {"q": "khoa keo"}, HTTP_HX_REQUEST="true")
        assert "<html" in full.content.decode()
        body = fragment.content.decode()
        assert "<html" not in body and body.lstrip().startswith('<section id="results"')
        assert portal_data.zip_maker.name_vi in body
        assert "HX-Request" in fragment["Vary"]
        restore = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
        assert "<html" in restore.content.decode()

    def test_pagination(self, client, portal_data):
        from lienket.web.portal.views import PAGE_SIZE
        from lienket.web.registry.models import Enterprise

        for i in range(PAGE_SIZE + 1):
            Enterprise.objects.create(name_vi=f"Công ty Phân Trang Xyzw {i:02d}", province=portal_data.province)
        first = _get(client, reverse("portal:enterprise_list"), province="", q="phan trang xyzw")
        assert len(first.context["page"].object_list) == PAGE_SIZE
        second = _get(client, reverse("portal:enterprise_list"), province="", q="phan trang xyzw", page=2)
        assert [e.name_vi for e in second.context["page"].object_list] == [
            f"Công ty Phân Trang Xyzw {PAGE_SIZE:02d}"
        ]
        assert "page=2" in first.content.decode()

    def test_bad_filter_values_are_ignored_not_500(self, client, portal_data):
        response = _get(client, reverse("portal:enterprise_list"), sector="abc", product="-1", page="x")
        assert response.status_code == 200


def test_taxonomy_shows_groups_products_and_hs_codes(client, portal_data):
    html = _get(client, reverse("portal:taxonomy_version", args=[portal_data.version.code])).content.decode()
    assert "Khuôn ép nhựa chính xác" in html and "8480.71" in html and "Phụ liệu may" in html


def test_language_switch_posts_with_csrf(client, portal_data):
    html = _get(client, reverse("portal:home")).content.decode()
    assert 'action="/i18n/setlang/"' in html and "csrfmiddlewaretoken" in html
    response = client.post("/i18n/setlang/", {"language": "en", "next": reverse("portal:zone_list")})
    assert response.status_code == 302
    assert "Industrial parks and clusters" in client.get(reverse("portal:zone_list")).content.decode()


@pytest.mark.parametrize("page", sorted(MAX_QUERIES))
def test_query_count_baselines(client, portal_data, django_assert_max_num_queries, page):
    from lienket.web.registry.models import Enterprise

    # Extra rows must not add queries (no N+1): 30 more enterprises spread over the sectors and zones.
    for i in range(30):
        e = Enterprise.objects.create(
            name_vi=f"Công ty Đếm Truy Vấn {i}", province=portal_data.province, zone=portal_data.kcn
        )
        e.sectors.set([portal_data.sector_mech, portal_data.sector_textile])
    client.force_login(portal_data.user)
    url = _pages(portal_data)[page]
    with django_assert_max_num_queries(MAX_QUERIES[page]):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_catalogue_is_complete_and_compiled(lang):
    """Every message has a translation, and the committed .mo matches the .po (someone forgot to compile)."""
    import gettext
    from pathlib import Path

    from django.conf import settings

    folder = Path(settings.LOCALE_PATHS[0]) / lang / "LC_MESSAGES"
    po = (folder / "django.po").read_text(encoding="utf-8")
    singles = re.findall(r'\nmsgid "(.+)"\nmsgstr "(.*)"\n', po)
    assert len(singles) > 100
    assert [m for m, s in singles if not s] == []
    assert not re.search(r'msgstr\[\d\] ""\n', po)
    with open(folder / "django.mo", "rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for msgid, msgstr in singles:
        assert compiled.gettext(msgid.replace('\\"', '"')) == msgstr.replace('\\"', '"'), msgid
