"""Every public portal page renders for every persona (anonymous, officer, enterprise user, buyer user)."""

import pytest
from django.urls import reverse

from lienket.web.registry.models import Enterprise, TaxonomyVersion, Zone


@pytest.mark.django_db
def test_every_portal_page_renders_for_each_persona(persona_client):
    zone = Zone.objects.order_by("pk").first()
    ent = Enterprise.objects.order_by("pk").first()
    version = TaxonomyVersion.objects.get(is_current=True)
    urls = [
        reverse("portal:home"),
        reverse("portal:zone_list"),
        reverse("portal:zone_list") + "?kind=ccn&min_clean_land=1",
        reverse("portal:zone_detail", args=[zone.code]),
        reverse("portal:enterprise_list"),
        reverse("portal:enterprise_list") + "?q=co+khi&ownership=fdi",
        reverse("portal:enterprise_detail", args=[ent.pk]),
        reverse("portal:taxonomy"),
        reverse("portal:taxonomy_version", args=[version.code]),
        reverse("login"),
    ]
    for url in urls:
        resp = persona_client.get(url)
        assert resp.status_code == 200, (persona_client.persona, url, resp.status_code)
        html = resp.content.decode()
        if persona_client.persona == "anonymous":
            assert "Đăng nhập" in html
        else:
            assert "Đăng xuất" in html


@pytest.mark.django_db
def test_officer_sees_the_back_office_link_and_others_do_not(persona_client):
    html = persona_client.get(reverse("portal:home")).content.decode()
    assert (reverse("admin:index") in html) == (persona_client.persona == "officer")
