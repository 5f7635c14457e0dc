"""Imports against the test database: messy officers' files, idempotence, atomicity, provenance, the CLI."""

from __future__ import annotations

import openpyxl
import pytest

from lienket.web.audit.models import AuditEntry
from lienket.web.intake import services
from lienket.web.intake.models import FieldProvenance, ImportBatch, ImportRow
from lienket.web.registry.models import Enterprise, Offering, SupplyLink, Zone, ZoneFigure

pytestmark = pytest.mark.django_db


def _xlsx(path, rows, title="Danh sách", merge=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return str(path)


ENT_HEAD = [
    "STT",
    "MST",
    "TÊN DOANH NGHIỆP",
    "Tỉnh",
    "Điện thoại",
    "Sở hữu",
    "Quốc gia nhà đầu tư",
    "Ngành",
    "Địa chỉ",
]


def _enterprise_file(tmp_path, name="dn.xlsx"):
    return _xlsx(
        tmp_path / name,
        [
            ["DANH SÁCH DOANH NGHIỆP CNHT (dữ liệu tổng hợp)"],
            ENT_HEAD,
            [
                1,
                "0109 990 001",
                "Công ty TNHH Khóa Kéo Thử Nghiệm",
                "Bắc Giang",
                "+84 912 345 678",
                "FDI",
                "Hàn Quốc",
                "Dệt may",
                "Lô B2, KCN Vân Trung, Việt Yên, Bắc Giang",
            ],
            [
                2,
                109990002,
                "CÔNG TY CỔ PHẦN CƠ KHÍ THỬ NGHIỆM",
                "Hải Dương",
                "0220.3854.123",
                "trong nước",
                None,
                "Cơ khí",
                "Hải Dương",
            ],
            [3, "12", "Công ty lỗi", "Sao Hỏa", "12", "FDI", None, None, None],
        ],
        merge="A1:E1",
    )


def test_messy_enterprise_file_is_imported_with_provenance_and_audit(tmp_path, officer):
    path = _enterprise_file(tmp_path)
    before = Enterprise.objects.count()
    out = services.import_file(path, "enterprises", user=officer)
    assert out.counts["new"] + out.counts["review"] == 2 and out.counts["error"] == 1
    assert Enterprise.objects.count() == before + 2
    a = Enterprise.objects.get(tax_code="0109990001")
    assert a.province.code == "24"  # Bắc Giang is Bắc Ninh since 2025
    assert a.phone == "+84912345678" and a.investor_countries == ["KR"] and a.ownership == "fdi"
    assert a.legal_form == "tnhh" and [s.code for s in a.sectors.all()] == ["TEX"]
    assert "khoa keo" in a.search_text
    b = Enterprise.objects.get(tax_code="0109990002")
    assert b.province.code == "31" and b.phone == "+842203854123" and b.legal_form == "cp"
    assert not Enterprise.objects.filter(name_vi="Công ty lỗi").exists()
    prov = FieldProvenance.objects.filter(batch=out.batch, object_id=str(a.pk))
    assert {p.field for p in prov} >= {"tax_code", "name_vi", "phone", "province", "sectors"}
    assert all(p.row_number == 3 and p.sheet == "Danh sách" and p.user == officer for p in prov)
    audit = AuditEntry.objects.filter(batch=str(out.batch.pk), via="import")
    assert audit.count() == 2 and {x.actor for x in audit} == {officer}
    rows = {r.row_number: r for r in ImportRow.objects.filter(batch=out.batch)}
    assert rows[5].status == "error"
    assert {e["column"] for e in rows[5].errors} == {"B", "D", "E"}
    assert out.batch.file_name == "dn.xlsx" and len(out.batch.sha256) == 64 and out.batch.status == "done"


def test_reimporting_the_same_file_changes_nothing(tmp_path, officer):
    path = _enterprise_file(tmp_path)
    services.import_file(path, "enterprises", user=officer)
    counts = (Enterprise.objects.count(), AuditEntry.objects.count(), FieldProvenance.objects.count())
    again = services.import_file(path, "enterprises", user=officer)
    assert again.counts["unchanged"] == 2 and again.counts["new"] == 0 and again.counts["updated"] == 0
    assert (Enterprise.objects.count(), AuditEntry.objects.count(), FieldProvenance.objects.count()) == counts


def test_a_changed_value_updates_only_that_field(tmp_path, officer):
    services.import_file(_enterprise_file(tmp_path), "enterprises", user=officer)
    path = _xlsx(
        tmp_path / "sua.xlsx",
        [
            ["Mã số thuế", "Tên doanh nghiệp", "Điện thoại"],
            ["0109990001", "Công ty TNHH Khóa Kéo Thử Nghiệm", "0987 654 321"],
        ],
    )
    out = services.import_file(path, "enterprises", user=officer)
    assert out.counts["updated"] == 1
    a = Enterprise.objects.get(tax_code="0109990001")
    assert a.phone == "+84987654321" and a.province.code == "24"  # empty cells keep stored values
    (line,) = AuditEntry.objects.filter(batch=str(out.batch.pk))
    assert line.action == "update" and set(line.changes) == {"phone"}
    (p,) = FieldProvenance.objects.filter(batch=out.batch)
    assert (p.field, p.value, p.row_number) == ("phone", "+84987654321", 2)


def test_a_crash_while_writing_leaves_nothing(tmp_path, officer, monkeypatch):
    before = (Enterprise.objects.count(), ImportBatch.objects.count(), AuditEntry.objects.count())

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_write_provenance", boom)
    with pytest.raises(RuntimeError):
        services.import_file(_enterprise_file(tmp_path), "enterprises", user=officer)
    assert (Enterprise.objects.count(), ImportBatch.objects.count(), AuditEntry.objects.count()) == before


def test_dry_run_writes_nothing(tmp_path):
    before = (Enterprise.objects.count(), ImportBatch.objects.count())
    out = services.import_file(_enterprise_file(tmp_path), "enterprises", dry_run=True)
    assert out.batch is None and out.counts["error"] == 1
    assert (Enterprise.objects.count(), ImportBatch.objects.count()) == before


def test_duplicate_rows_in_one_file_are_an_error_on_the_second(tmp_path):
    path = _xlsx(
        tmp_path / "d.xlsx", [["MST", "Tên doanh nghiệp"], ["0109990009", "A"], ["0109 990 009", "A bis"]]
    )
    out = services.import_file(path, "enterprises")
    assert [p.status for p in out.plan.rows] == ["new", "error"]
    assert "dòng 2" in out.plan.rows[1].errors[0].message


@pytest.mark.parametrize(
    "content, name",
    [(b"", "rong.xlsx"), (b"%PDF-1.4 fake", "bao-cao.xlsx")],
)
def test_unreadable_input_writes_nothing(tmp_path, content, name):
    p = tmp_path / name
    p.write_bytes(content)
    before = (Enterprise.objects.count(), ImportBatch.objects.count())
    with pytest.raises(services.ImportFailed, match=name):
        services.import_file(str(p), "enterprises")
    assert (Enterprise.objects.count(), ImportBatch.objects.count()) == before


def test_merged_header_cells_write_nothing(tmp_path):
    path = _xlsx(tmp_path / "gop.xlsx", [ENT_HEAD, [1, "0109990011", "Công ty A", "Bắc Ninh"]], merge="B1:C1")
    before = Enterprise.objects.count()
    with pytest.raises(services.ImportFailed, match="gộp"):
        services.import_file(path, "enterprises")
    assert Enterprise.objects.count() == before


def test_oversized_file_uses_the_setting(tmp_path, settings):
    settings.UPLOAD_MAX_BYTES = 1000
    with pytest.raises(services.ImportFailed, match="quá giới hạn"):
        services.import_file(_enterprise_file(tmp_path), "enterprises")


def _cp1258(text: str) -> bytes:
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            out += unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)).encode("cp1258")
            out += tones.encode("cp1258")
    return out


def test_windows_1258_csv_of_zones_with_m2_and_ha(tmp_path):
    text = (
        "Mã khu / cụm;Tên khu / cụm;Tỉnh / thành phố;Diện tích thành lập (ha);Đất công nghiệp (m²);"
        "Đất đã cho thuê (ha);Ngày quyết định\n"
        "TEST-CCN-1;Cụm công nghiệp Thử Nghiệm;Hải Dương;75;600.000;40,5;20/06/2025\n"
        "TEST-KCN-2;Khu công nghiệp Thử Hai;Bắc Giang;1.860,24 ha;1.500 ha;2.000;2025-06-20\n"
    )
    p = tmp_path / "cum.csv"
    p.write_bytes(_cp1258(text))
    out = services.import_file(str(p), "zones")
    assert [r.status for r in out.plan.rows] == ["new", "error"]
    z = Zone.objects.get(code="TEST-CCN-1")
    assert z.kind == "ccn" and z.province.code == "31" and z.name_vi == "Cụm công nghiệp Thử Nghiệm"
    assert float(z.industrial_land_ha) == 60.0 and float(z.leased_land_ha) == 40.5
    assert str(z.decision_date) == "2025-06-20"
    err = out.plan.rows[1].errors[0]
    assert (err.column, err.field) == ("6", "leased_land_ha")


def test_offerings_links_and_zone_figures_reference_existing_records(tmp_path, supplier, buyer_enterprise):
    from lienket.core.taxonomy import load_taxonomy

    product = load_taxonomy("2025").products()[0]
    off = _xlsx(
        tmp_path / "sp.xlsx",
        [
            ["MST doanh nghiệp", "Sản phẩm", "Năng lực / năm", "Tỷ trọng xuất khẩu (%)"],
            [supplier.tax_code, product.name_vi, "1.000.000", "20%"],
            ["0999999999", product.code, 5, 1],
        ],
    )
    out = services.import_file(off, "offerings")
    assert [r.status for r in out.plan.rows] in (
        ["new", "error"],
        ["updated", "error"],
        ["unchanged", "error"],
    )
    o = Offering.objects.get(enterprise=supplier, product__code=product.code)
    assert float(o.capacity) == 1_000_000 and float(o.export_share) == 20
    assert "0999999999" in out.plan.rows[1].errors[0].message
    links = _xlsx(
        tmp_path / "lk.xlsx",
        [
            ["MST nhà cung ứng", "Tên bên mua", "Năm", "Giá trị", "Tiền tệ", "Tỷ giá"],
            [supplier.tax_code, buyer_enterprise.name_vi, 2031, "500.000", "USD", "25.400"],
        ],
    )
    services.import_file(links, "links")
    link = SupplyLink.objects.get(supplier=supplier, buyer=buyer_enterprise, year=2031)
    assert link.currency == "USD" and float(link.exchange_rate) == 25400
    zone = Zone.objects.order_by("id").first()
    figs = _xlsx(
        tmp_path / "sl.xlsx",
        [
            ["Tên khu / cụm", "Năm", "Kỳ", "Lao động", "Lao động địa phương"],
            [zone.name_vi, 2031, "6 tháng", "1.200", 900],
        ],
    )
    services.import_file(figs, "zone-figures")
    assert ZoneFigure.objects.get(zone=zone, year=2031, period="H1").workers == 1200
    assert services.import_file(figs, "zone-figures").counts["unchanged"] == 1


def test_cli_exit_codes_and_error_report(tmp_path, capsys):
    from lienket.cli import main

    path = _enterprise_file(tmp_path)
    report = tmp_path / "loi.xlsx"
    assert main(["import", path, "--kind", "enterprises", "--errors", str(report)]) == 1
    out = capsys.readouterr()
    assert "created 2" in out.out and "dòng 5" in out.err
    ws = openpyxl.load_workbook(report).active
    assert [c.value for c in ws[1]][:4] == ["Trang tính", "Dòng", "Cột", "Tiêu đề cột"]
    assert {(r[0], r[1], r[2]) for r in ws.iter_rows(min_row=2, values_only=True)} == {
        ("Danh sách", 5, "B"),
        ("Danh sách", 5, "D"),
        ("Danh sách", 5, "E"),
    }
    good = _xlsx(tmp_path / "ok.xlsx", [["MST", "Tên doanh nghiệp"], ["0109990021", "Công ty TNHH OK"]])
    assert main(["import", good, "--kind", "enterprises", "--dry-run"]) == 0
    assert not Enterprise.objects.filter(tax_code="0109990021").exists()
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"%PDF-1.4")
    assert main(["import", str(bad), "--kind", "enterprises"]) == 2
    assert "PDF" in capsys.readouterr().err
