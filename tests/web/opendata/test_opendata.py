"""Open data: downloads keep is_synthetic, hide deleted and merged records, neutralise formulas; the DCAT
catalogue lists every distribution with its licence; the page lists the datasets."""

import csv
import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from lienket.web.opendata.datasets import DATASETS
from lienket.web.registry.models import Enterprise, Zone

pytestmark = pytest.mark.django_db


def _csv(client, slug):
    resp = client.get(reverse("opendata:download", args=[slug, "csv"]))
    assert resp.status_code == 200 and resp.streaming
    text = b"".join(resp.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_every_dataset_downloads_in_every_format_with_is_synthetic(client):
    for slug, ds in DATASETS.items():
        for fmt in ds.formats:
            resp = client.get(reverse("opendata:download", args=[slug, fmt]))
            assert resp.status_code == 200, (slug, fmt)
            assert "attachment" in resp["Content-Disposition"]
            content = b"".join(resp.streaming_content)
            if fmt == "csv":
                assert "is_synthetic" in content.decode("utf-8-sig").splitlines()[0].split(",")
            elif fmt == "xlsx":
                ws = load_workbook(io.BytesIO(content), read_only=True).active
                assert "is_synthetic" in next(ws.iter_rows(max_row=1, values_only=True))
            else:
                features = json.loads(content)["features"]
                assert all("is_synthetic" in f["properties"] for f in features)


def test_enterprise_csv_matches_the_public_registry(client):
    rows = _csv(client, "enterprises")
    assert len(rows) == Enterprise.objects.filter(merged_into=None).count()
    synthetic = {r["id"] for r in rows if r["is_synthetic"] == "true"}
    assert synthetic == {
        str(pk) for pk in Enterprise.objects.filter(is_synthetic=True).values_list("pk", flat=True)
    }
    assert "contact_person" not in rows[0]


def test_deleted_and_merged_enterprises_never_appear(client, supplier, other_supplier):
    from lienket.web.registry.services import soft_delete

    soft_delete(supplier)
    other_supplier.merged_into = Enterprise.objects.exclude(pk__in=[supplier.pk, other_supplier.pk]).first()
    other_supplier.save()
    ids = {r["id"] for r in _csv(client, "enterprises")}
    assert str(supplier.pk) not in ids and str(other_supplier.pk) not in ids
    owners = {r["enterprise_id"] for r in _csv(client, "offerings")}
    assert str(supplier.pk) not in owners and str(other_supplier.pk) not in owners


def test_formula_injection_is_neutralised_in_csv_and_xlsx(client, supplier):
    supplier.name_vi = '=HYPERLINK("http://evil.example","x")'
    supplier.address_raw = "+84 1 2 3"
    supplier.save()
    row = next(r for r in _csv(client, "enterprises") if r["id"] == str(supplier.pk))
    assert row["name_vi"].startswith("'=") and row["address"].startswith("'+")
    resp = client.get(reverse("opendata:download", args=["enterprises", "xlsx"]))
    ws = load_workbook(io.BytesIO(b"".join(resp.streaming_content))).active
    header = [c.value for c in ws[1]]
    values = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == supplier.pk)
    cell = values[header.index("name_vi")]
    assert cell.startswith("'=")
    assert not any(c.data_type == "f" for r in ws.iter_rows() for c in r)


def test_zones_geojson_has_points_and_boundaries(client):
    zone = Zone.objects.filter(lat__isnull=False).first()
    zone.boundary = {
        "type": "Polygon",
        "coordinates": [[[106.0, 21.0], [106.01, 21.0], [106.01, 21.01], [106.0, 21.0]]],
    }
    zone.save()
    resp = client.get(reverse("opendata:download", args=["zones", "geojson"]))
    assert resp["Content-Type"] == "application/geo+json"
    data = json.loads(b"".join(resp.streaming_content))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == Zone.objects.count()
    feature = next(f for f in data["features"] if f["id"] == zone.pk)
    kinds = [g["type"] for g in feature["geometry"]["geometries"]]
    assert kinds == ["Point", "Polygon"]
    assert feature["geometry"]["geometries"][0]["coordinates"] == [zone.lon, zone.lat]


def test_dcat_catalogue_lists_datasets_with_licence_and_download_urls(client, settings):
    settings.OPEN_DATA_LICENCE = {"url": "https://example.org/licence", "title": "Test licence"}
    resp = client.get(reverse("opendata:catalog"))
    assert resp.status_code == 200 and resp["Content-Type"].startswith("application/ld+json")
    cat = resp.json()
    assert cat["@type"] == "dcat:Catalog" and "dcat" in cat["@context"]
    assert {d["dct:identifier"] for d in cat["dcat:dataset"]} == set(DATASETS)
    for d in cat["dcat:dataset"]:
        assert {t["@language"] for t in d["dct:title"]} == {"vi", "en"}
        assert d["dct:license"] == {"@id": "https://example.org/licence"}
        for dist in d["dcat:distribution"]:
            url = dist["dcat:downloadURL"]["@id"]
            assert url.startswith("http://testserver/du-lieu-mo/") and dist["dcat:mediaType"]
            assert client.get(url.removeprefix("http://testserver")).status_code == 200
    zones = next(d for d in cat["dcat:dataset"] if d["dct:identifier"] == "zones")
    newest = Zone.objects.order_by("-updated_at").first().updated_at
    assert zones["dct:modified"]["@value"] == newest.isoformat(timespec="seconds")


def test_page_lists_datasets_for_every_persona(persona_client):
    resp = persona_client.get(reverse("opendata:index"))
    assert resp.status_code == 200
    html = resp.content.decode()
    for slug in DATASETS:
        assert reverse("opendata:download", args=[slug, "csv"]) in html
    assert "catalog.jsonld" in html and 'rel="license"' in html


def test_unknown_dataset_or_format_is_404(client):
    assert client.get("/du-lieu-mo/nope.csv").status_code == 404
    assert client.get("/du-lieu-mo/enterprises.geojson").status_code == 404
