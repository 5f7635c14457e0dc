"""Open data pages: the list of datasets, downloads (CSV, XLSX, GeoJSON) and the DCAT catalogue."""

from __future__ import annotations

import json

from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from . import writers
from .datasets import DATASETS, LABELS, MEDIA_TYPES, licence
from .dcat import catalogue


@require_GET
def index(request):
    datasets = [
        {"ds": ds, "modified": ds.modified(), "formats": [(fmt, LABELS[fmt]) for fmt in ds.formats]}
        for ds in DATASETS.values()
    ]
    return render(request, "opendata/index.html", {"datasets": datasets, "licence": licence()})


@require_GET
def download(request, slug: str, fmt: str):
    ds = DATASETS.get(slug)
    if ds is None or fmt not in ds.formats:
        raise Http404("No such dataset or format")
    filename = f"lienket-{slug}-{timezone.localdate():%Y%m%d}.{fmt}"
    if fmt == "csv":
        response = StreamingHttpResponse(writers.csv_lines(ds), content_type="text/csv; charset=utf-8")
    elif fmt == "geojson":
        response = StreamingHttpResponse(writers.geojson_chunks(ds), content_type=MEDIA_TYPES[fmt])
    else:
        return FileResponse(
            writers.xlsx_file(ds), as_attachment=True, filename=filename, content_type=MEDIA_TYPES[fmt]
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Link"] = f'<{licence()["url"]}>; rel="license"'
    return response


@require_GET
def catalog(request):
    data = catalogue(request.build_absolute_uri)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/ld+json; charset=utf-8")
