"""Smoke test in a real browser: home, the zone map (markers without tiles), the directory's htmx filters and the
language switch, at desktop and phone width."""

from __future__ import annotations

import re

import pytest

from tests.web.portal_fixtures import build_portal_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def data(transactional_db):
    return build_portal_data()


def test_portal_smoke(page, live_server, data):
    from playwright.sync_api import expect

    from lienket.web.registry.models import Enterprise, Zone

    base = live_server.url
    # Other suites may have left data in the test database: expected counts come from it, not constants.
    mapped = Zone.objects.filter(lat__isnull=False, lon__isnull=False)
    n_zones, n_kcn = mapped.count(), mapped.filter(kind="kcn").count()
    n_first_page = min(Enterprise.objects.count(), 20)
    # Home: headline figures and the map's markers.
    page.goto(f"{base}/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator("h1")).to_contain_text("Công nghiệp hỗ trợ")
    expect(page.locator(".figure").first).to_be_visible()
    expect(page.locator("#home-map path.zone-marker")).to_have_count(n_zones)
    page.snap("home")

    # Zone map: no tile server is reachable, the markers still show and a note says why.
    page.get_by_role("link", name="Khu, cụm công nghiệp", exact=True).click()
    expect(page).to_have_url(re.compile(r"/khu-cum-cong-nghiep/$"))
    markers = page.locator("#zone-map path.zone-marker")
    expect(markers).to_have_count(n_zones)
    expect(markers.first).to_be_visible()
    expect(page.locator("#zone-map")).to_have_attribute("data-tiles-state", "failed", timeout=10_000)
    expect(page.locator("#zone-map-note")).to_contain_text("Không tải được nền bản đồ")
    expect(page.locator("#results table")).to_contain_text(data.ccn_full.name_vi)
    # Filter by kind through htmx: the map and the list follow.
    page.select_option("#id_kind", "kcn")
    expect(page.locator("#zone-map path.zone-marker")).to_have_count(n_kcn)
    expect(page).to_have_url(re.compile(r"kind=kcn"))
    page.snap("zones")

    # Directory: a search without diacritics finds the zip maker, then a filter narrows the list.
    page.get_by_role("link", name="Doanh nghiệp", exact=True).click()
    expect(page.locator("#results .item-list li")).to_have_count(n_first_page)
    page.locator("#id_q").press_sequentially("khoa keo dong tien", delay=20)
    results = page.locator("#results .item-list li")
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("Khóa Kéo Đồng Tiến")
    expect(page).to_have_url(re.compile(r"q=khoa(\+|%20)keo"))
    page.locator("#id_q").fill("")
    page.locator("#id_q").press("Enter")
    expect(results).to_have_count(n_first_page)
    page.locator("#id_q").fill("hanbit")
    page.locator("#id_q").press("Enter")
    page.select_option("#id_ownership", "fdi")
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("Hanbit")
    page.snap("directory")

    # Language switch: a POST with CSRF, back to the same page in English.
    page.get_by_role("button", name="EN").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Enterprise directory")
    expect(page.get_by_role("link", name="Industrial parks and clusters", exact=True)).to_be_visible()
    page.snap("english")

    # The zone page in English: Decree 32 verdict and the English name.
    page.goto(f"{base}/khu-cum-cong-nghiep/{data.ccn_full.code}/")
    expect(page.locator("h1")).to_contain_text("Nghia Hoa Test Cluster")
    expect(page.locator("#rules-h")).to_have_text("Conditions of Decree 32/2024/NĐ-CP")
    page.snap("zone")

    assert page.js_errors == []
