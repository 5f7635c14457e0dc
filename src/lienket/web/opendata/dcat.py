"""The DCAT-AP catalogue (JSON-LD) a CKAN portal harvests (ckanext-dcat reads dcat:Catalog → dcat:Dataset →
dcat:Distribution with dcat:downloadURL, dcat:mediaType, dct:license and dct:modified)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from .datasets import DATASETS, LABELS, MEDIA_TYPES, licence, publisher

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _lang(vi: str, en: str) -> list[dict]:
    return [{"@value": vi, "@language": "vi"}, {"@value": en, "@language": "en"}]


def _date(value) -> dict:
    return {"@value": value.isoformat(timespec="seconds"), "@type": "xsd:dateTime"}


def catalogue(build_uri) -> dict:
    """The catalogue as a JSON-LD dict; ``build_uri(path)`` makes absolute URLs (``request.build_absolute_uri``)."""
    lic = licence()
    pub = publisher()
    agent = {"@type": "foaf:Agent", "foaf:name": pub["name"]}
    if pub.get("url"):
        agent["foaf:homepage"] = {"@id": pub["url"]}
    datasets = []
    newest = None
    for ds in DATASETS.values():
        modified = ds.modified()
        newest = max(filter(None, [newest, modified]), default=None)
        page = build_uri(reverse("opendata:index")) + f"#{ds.slug}"
        item = {
            "@id": build_uri(reverse("opendata:index")) + f"#dataset-{ds.slug}",
            "@type": "dcat:Dataset",
            "dct:identifier": ds.slug,
            "dct:title": _lang(ds.title_vi, ds.title_en),
            "dct:description": _lang(ds.description_vi, ds.description_en),
            "dcat:keyword": ds.keywords,
            "dct:license": {"@id": lic["url"]},
            "dct:publisher": agent,
            "dcat:landingPage": {"@id": page},
            "dct:language": [{"@id": "http://publications.europa.eu/resource/authority/language/VIE"}],
            "dcat:distribution": [],
        }
        if pub.get("email"):
            item["dcat:contactPoint"] = {
                "@type": "vcard:Organization",
                "vcard:fn": pub["name"],
                "vcard:hasEmail": {"@id": f"mailto:{pub['email']}"},
            }
        if modified:
            item["dct:modified"] = _date(modified)
        for fmt in ds.formats:
            url = build_uri(reverse("opendata:download", args=[ds.slug, fmt]))
            dist = {
                "@id": url + "#distribution",
                "@type": "dcat:Distribution",
                "dct:title": f"{ds.title_en} ({LABELS[fmt]})",
                "dcat:downloadURL": {"@id": url},
                "dcat:accessURL": {"@id": url},
                "dcat:mediaType": MEDIA_TYPES[fmt],
                "dct:format": fmt.upper(),
                "dct:license": {"@id": lic["url"]},
            }
            if modified:
                dist["dct:modified"] = _date(modified)
            item["dcat:distribution"].append(dist)
        datasets.append(item)
    return {
        "@context": CONTEXT,
        "@id": build_uri(reverse("opendata:catalog")),
        "@type": "dcat:Catalog",
        "dct:title": _lang("Dữ liệu mở công nghiệp hỗ trợ", "Supporting-industry open data"),
        "dct:description": _lang(
            "Sổ đăng ký công nghiệp hỗ trợ của tỉnh: khu, cụm công nghiệp, doanh nghiệp, sản phẩm.",
            "The province's supporting-industry registry: industrial zones, enterprises, products.",
        ),
        "dct:publisher": agent,
        "dct:license": {"@id": lic["url"]},
        "dct:modified": _date(newest or timezone.now()),
        "foaf:homepage": {"@id": build_uri(reverse("opendata:index"))},
        "dcat:dataset": datasets,
    }
