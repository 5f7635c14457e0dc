"""The ``lienket match`` CLI contract, end to end in a subprocess on tests/data/match fixtures."""

import json
import pathlib
import subprocess
import sys

import pytest

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "match"


def _run(tmp_path, catalog, queries, top=10):
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from lienket.cli import main; sys.exit(main())",
            "match",
            "--catalog",
            str(catalog),
            "--queries",
            str(queries),
            "--top",
            str(top),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()] if out.exists() else []
    return proc, lines


def _queries(tmp_path, rows):
    p = tmp_path / "q.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def zipper_results(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("m")
    spellings = ["khóa kéo", "khoa keo", "zipper", "지퍼", "ファスナー", "拉链", "khoa keoo", "zipperr"]
    rows = [{"id": i, "text": t, "required_certifications": ["ISO 9001"]} for i, t in enumerate(spellings)]
    proc, lines = _run(tmp, DATA / "handset_catalog.jsonl", _queries(tmp, rows), top=5)
    assert proc.returncode == 0, proc.stderr
    return lines


def test_every_zipper_spelling_finds_a_certified_zipper_maker_first(zipper_results):
    assert len(zipper_results) == 8
    for i, line in enumerate(zipper_results):
        assert line["query_id"] == i  # ids echoed as given (int) and in input order
        assert line["results"][0]["supplier_id"] in (1, 5), line
        assert len(line["results"]) <= 5


def test_distractors_rank_below_the_makers(zipper_results):
    for line in zipper_results:
        ids = [r["supplier_id"] for r in line["results"]]
        makers = [ids.index(s) for s in (1, 3, 5, 24) if s in ids]
        for distractor in (2, "MP-4", 6, 23):
            if distractor in ids:
                assert ids.index(distractor) > max(makers), (distractor, ids)


def test_missing_certificate_lowers_the_rank_and_is_shown(zipper_results):
    res = zipper_results[0]["results"]
    ids = [r["supplier_id"] for r in res]
    assert ids.index(24) > ids.index(1) and ids.index(24) > ids.index(5)
    r24 = res[ids.index(24)]
    assert r24["certs_missing"] == ["ISO 9001"] and "missing" in r24["why"]


def test_bad_json_line_exits_2_naming_file_and_line(tmp_path):
    q = tmp_path / "bad.jsonl"
    q.write_text('{"id": 1, "text": "zipper"}\n\n{"id": 2, "text": \n', encoding="utf-8")
    proc, _ = _run(tmp_path, DATA / "handset_catalog.jsonl", q)
    assert proc.returncode == 2
    assert "bad.jsonl, line 3" in proc.stderr


def test_missing_optional_keys_and_string_ids_are_fine(tmp_path):
    cat = tmp_path / "c.jsonl"
    cat.write_text(
        '{"id": "A", "name": "Zipper maker", "description": "we make zippers"}\n{"id": "B"}\n', "utf-8"
    )
    proc, lines = _run(tmp_path, cat, _queries(tmp_path, [{"id": "x", "text": "zipper"}]))
    assert proc.returncode == 0, proc.stderr
    assert lines[0]["query_id"] == "x" and lines[0]["results"][0]["supplier_id"] == "A"
