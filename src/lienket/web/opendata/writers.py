"""Serialise a dataset as CSV (streamed), XLSX (write-only workbook) or GeoJSON (streamed), with every text cell
passed through ``safe_cell`` so a spreadsheet never runs a cell as a formula."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterator

from openpyxl import Workbook

from lienket.core.exports import safe_row

from .datasets import CHUNK, Dataset


class _Echo:
    """A file-like object whose write returns the line (csv.writer into a generator)."""

    def write(self, value: str) -> str:
        return value


def _cell(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def csv_lines(dataset: Dataset) -> Iterator[str]:
    """The CSV text, line by line (UTF-8 with a BOM so Excel shows Vietnamese correctly)."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(dataset.header())
    for row in dataset.rows():
        yield writer.writerow([_cell(v) for v in safe_row(row)])


def xlsx_file(dataset: Dataset):
    """A temporary file holding the XLSX (write-only mode keeps memory flat); the caller streams and closes it."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(dataset.slug)
    ws.append(dataset.header())
    for row in dataset.rows():
        ws.append(safe_row(row))
    tmp = tempfile.TemporaryFile()
    wb.save(tmp)
    tmp.seek(0)
    return tmp


def _geometry(zone) -> dict | None:
    boundary = zone.boundary
    if isinstance(boundary, dict):
        kind = boundary.get("type")
        if kind == "Feature":
            return boundary.get("geometry")
        if kind == "FeatureCollection":
            geoms = [f.get("geometry") for f in boundary.get("features", []) if isinstance(f, dict)]
            geoms = [g for g in geoms if g]
            return {"type": "GeometryCollection", "geometries": geoms} if geoms else None
        if kind in {"Polygon", "MultiPolygon"}:
            return boundary
    return None


def zone_feature(zone, header: list[str], row: list) -> dict:
    """A zone as a GeoJSON Feature: its boundary polygon and its point when both exist, else whichever it has."""
    point = {"type": "Point", "coordinates": [zone.lon, zone.lat]} if zone.lat is not None else None
    polygon = _geometry(zone)
    if point and polygon:
        geometry = {"type": "GeometryCollection", "geometries": [point, polygon]}
    else:
        geometry = point or polygon
    return {
        "type": "Feature",
        "id": zone.id,
        "geometry": geometry,
        "properties": dict(zip(header, row, strict=True)),
    }


def geojson_chunks(dataset: Dataset) -> Iterator[str]:
    """A FeatureCollection of zones, one feature per chunk (RFC 7946: WGS 84 longitude, latitude)."""
    header = dataset.header()
    yield '{"type": "FeatureCollection", "features": [\n'
    first = True
    for zone in dataset.queryset().iterator(chunk_size=CHUNK):
        row = [c.get(zone) for c in dataset.columns]
        text = json.dumps(zone_feature(zone, header, row), ensure_ascii=False)
        yield text if first else ",\n" + text
        first = False
    yield "\n]}\n"


def xlsx_bytes(dataset: Dataset) -> bytes:
    """The whole XLSX in memory (tests and small tables)."""
    with xlsx_file(dataset) as f:
        return f.read()


def csv_text(dataset: Dataset) -> str:
    buf = io.StringIO()
    for line in csv_lines(dataset):
        buf.write(line)
    return buf.getvalue()
