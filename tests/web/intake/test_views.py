"""Officer pages: upload → preview → confirm; templates; error reports; who may see them."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lienket.web.intake.models import ImportBatch
from lienket.web.registry.models import Enterprise

pytestmark = pytest.mark.django_db


def _upload(rows, name="dn.xlsx"):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return SimpleUploadedFile(name, buf.getvalue())


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


def test_enterprise_user_cannot_open_the_import_pages(client, enterprise_user):
    client.force_login(enterprise_user)
    assert client.get(reverse("intake:upload")).status_code == 403


def test_anonymous_visitor_is_sent_to_login(client):
    assert client.get(reverse("intake:upload")).status_code == 302


def test_officer_uploads_previews_and_confirms(officer_client, settings, tmp_path):
    settings.LIENKET_HOME = tmp_path
    f = _upload(
        [
            ["MST", "Tên doanh nghiệp", "Tỉnh"],
            ["0109990031", "Công ty TNHH Xem Trước", "Bắc Kạn"],
            ["99", "Công ty lỗi", "Bắc Ninh"],
        ]
    )
    r = officer_client.post(reverse("intake:upload"), {"kind": "enterprises", "file": f})
    assert r.status_code == 302
    batch = ImportBatch.objects.latest("id")
    assert batch.status == "preview" and batch.created == 1 and batch.errors == 1
    assert not Enterprise.objects.filter(tax_code="0109990031").exists()  # nothing written before confirm
    page = officer_client.get(reverse("intake:batch", args=[batch.pk]))
    assert "Công ty TNHH Xem Trước" in page.content.decode()
    frag = officer_client.get(
        reverse("intake:batch", args=[batch.pk]),
        {"status": "error", "fragment": "rows"},
        HTTP_HX_REQUEST="true",
    )
    assert "Công ty lỗi" in frag.content.decode() and "Xem Trước" not in frag.content.decode()
    csv_report = officer_client.get(reverse("intake:errors", args=[batch.pk, "csv"]))
    assert "Sheet,3,A" in csv_report.content.decode("utf-8-sig")
    r = officer_client.post(reverse("intake:confirm", args=[batch.pk]))
    assert r.status_code == 302
    batch.refresh_from_db()
    assert batch.status == "done"
    e = Enterprise.objects.get(tax_code="0109990031")
    assert e.province.code == "19"  # Bắc Kạn → Thái Nguyên
    status = officer_client.get(reverse("intake:status", args=[batch.pk]), HTTP_HX_REQUEST="true")
    assert status.status_code == 200


def test_unreadable_upload_shows_the_message_and_writes_nothing(officer_client, settings, tmp_path):
    settings.LIENKET_HOME = tmp_path
    before = Enterprise.objects.count()
    f = SimpleUploadedFile("bao-cao.xlsx", b"%PDF-1.4 not a spreadsheet")
    r = officer_client.post(reverse("intake:upload"), {"kind": "enterprises", "file": f})
    batch = ImportBatch.objects.latest("id")
    assert batch.status == "failed" and "PDF" in batch.message
    assert r.status_code == 302
    assert "PDF" in officer_client.get(reverse("intake:batch", args=[batch.pk])).content.decode()
    assert Enterprise.objects.count() == before
    empty = officer_client.post(
        reverse("intake:upload"), {"kind": "enterprises", "file": SimpleUploadedFile("x.csv", b"")}
    )
    assert empty.status_code == 200  # Django refuses an empty upload in the form itself


@pytest.mark.parametrize("kind", ["enterprises", "zones", "offerings", "demands", "links", "zone-figures"])
def test_templates_have_vietnamese_headers_that_read_back(officer_client, kind, tmp_path):
    from lienket.core.intake import SPECS, match_headers

    r = officer_client.get(reverse("intake:template", args=[kind]))
    assert r.status_code == 200
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    headers = [c.value for c in wb["Dữ liệu"][1]]
    m = match_headers(headers, SPECS[kind])
    assert len(m.columns) == len(SPECS[kind].columns) and not m.missing
    assert "Hướng dẫn" in wb.sheetnames


def test_upload_page_query_count_is_bounded(officer_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        assert officer_client.get(reverse("intake:upload")).status_code == 200
