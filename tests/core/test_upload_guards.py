"""Upload limits seen from the trust side: the import's public entry point ``lienket.core.intake.read_file``
refuses oversized files, too many rows and zip-bomb workbooks, naming the file (nothing is parsed further)."""

import zipfile

import pytest

from lienket.core.intake import IntakeError, Limits, read_file

WORKBOOK = (
    b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
)


def _csv(path, rows):
    path.write_text(
        "Tên doanh nghiệp,Mã số thuế\n" + "".join(f"Công ty {i},\n" for i in range(rows)), "utf-8"
    )
    return path


def test_file_over_the_byte_limit_is_refused(tmp_path):
    f = _csv(tmp_path / "lon.csv", 2000)
    with pytest.raises(IntakeError, match="lon.csv.*quá giới hạn"):
        read_file(str(f), "enterprises", limits=Limits(max_bytes=1024))


def test_file_over_the_row_limit_is_refused(tmp_path):
    f = _csv(tmp_path / "nhieu-dong.csv", 60)
    with pytest.raises(IntakeError, match="nhieu-dong.csv.*dòng"):
        read_file(str(f), "enterprises", limits=Limits(max_rows=50))


def test_zip_bomb_xlsx_is_refused_before_it_is_inflated(tmp_path):
    f = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("xl/workbook.xml", WORKBOOK)
        # 40 MiB of one byte compresses ~1000:1: far past any real sheet's ratio.
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    assert f.stat().st_size < 1024 * 1024
    with pytest.raises(IntakeError, match="bom.xlsx.*zip bomb"):
        read_file(str(f), "enterprises")
    with pytest.raises(IntakeError, match="bom.xlsx.*MiB"):
        read_file(str(f), "enterprises", limits=Limits(max_uncompressed=8 * 1024 * 1024))
