"""The annual CNHT report: builds on the test data, carries the portal's figures, is deterministic."""

import shutil
import subprocess

import pytest
from django.urls import reverse

from lienket.web.portal import selectors as portal
from lienket.web.programmes.report import builder


@pytest.fixture
def pdf_text():
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")

    def run(pdf: bytes) -> str:
        return subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()

    return run


@pytest.mark.django_db
def test_pdf_has_the_sections_and_the_portals_figures(seeded, province, pdf_text):
    pdf, pages = builder.build(2025, "vi", "pdf", province.code)
    assert pdf.startswith(b"%PDF") and 6 <= pages <= 20
    text = pdf_text(pdf)
    assert text.count("\f") in (pages, pages - 1)
    h = portal.headline_figures(province)
    assert f"{h.enterprises}\n" in text.replace(" ", "") or str(h.enterprises) in text
    for section in ("Số liệu chính", "Khu, cụm công nghiệp", "Tỷ lệ nội địa hóa", "Kết nối cung", "Khoảng trống",
                    "Tiến độ chương trình", "Phụ lục"):  # fmt: skip
        assert section in text
    assert "Bắc Ninh" in text and "Decision 295/QĐ-UBND" in text
    html = builder.render_html(builder.gather(2025, "vi", province.code))
    assert f'<div class="v">{h.enterprises}</div>' in html
    assert f'<div class="v">{h.suppliers}</div>' in html


@pytest.mark.django_db
def test_same_database_same_report(seeded, province):
    a, _ = builder.build(2025, "en", "pdf", province.code)
    b, _ = builder.build(2025, "en", "pdf", province.code)
    assert a == b
    h1, _ = builder.build(2025, "en", "html")
    h2, _ = builder.build(2025, "en", "html")
    assert h1 == h2 and b"Annex" in h1


@pytest.mark.django_db
def test_report_figures_match_the_progress_selector(seeded, province):
    from lienket.web.programmes import models as m
    from lienket.web.programmes import selectors

    data = builder.gather(2025, "vi", province.code)
    prog = m.Programme.objects.get(code="decision-295qd-ubnd")
    in_report = next(p for p in data.sections["programmes"] if p.programme == prog)
    direct = selectors.programme_progress(prog, as_of_year=2025)
    assert [(i.indicator.code, i.actuals) for i in in_report.indicators] == [
        (i.indicator.code, i.actuals) for i in direct.indicators
    ]
    assert data.sections["zones"]["map_svg"].startswith("<svg")


def test_bad_arguments_are_named():
    with pytest.raises(builder.ReportError, match="--format"):
        builder.build(2025, "vi", "docx")


@pytest.mark.django_db
def test_unknown_province_is_named():
    with pytest.raises(builder.ReportError, match="--province '99'"):
        builder.gather(2025, "vi", "99")


@pytest.mark.django_db
def test_officer_page_builds_html(client, officer, seeded, province):
    client.force_login(officer)
    assert client.get(reverse("programmes:annual_report")).status_code == 200
    resp = client.get(
        reverse("programmes:annual_report"),
        {"year": 2025, "lang": "en", "format": "html", "province": province.code},
    )
    assert resp.status_code == 200 and b"Annual" not in resp.content[:0] and b"<svg" in resp.content


@pytest.mark.django_db
def test_cli_writes_the_file(seeded, tmp_path, capsys):
    from types import SimpleNamespace

    from lienket.commands import report

    out = tmp_path / "r.html"
    assert report.run(SimpleNamespace(year=2025, lang="vi", format="html", out=str(out), province="24")) == 0
    assert out.read_bytes().startswith(b"<!DOCTYPE html>")
    assert "wrote" in capsys.readouterr().out
