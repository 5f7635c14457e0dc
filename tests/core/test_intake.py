"""Reading officers' files (core.intake): safe opening, tolerant headers, per-row per-field errors."""

import zipfile
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienket.core import intake as I


def _xlsx(path, rows, title="Sheet1", merge=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return str(path)


HEAD = [
    "STT",
    "Mã khu / cụm",
    "Tên khu / cụm",
    "Tỉnh / thành phố",
    "Đất công nghiệp (ha)",
    "Đất đã cho thuê (ha)",
]


def test_header_matching_ignores_case_diacritics_marks_and_accepts_english():
    spec = I.SPECS["zones"]
    m = I.match_headers(["stt", "MA KHU / CUM *", "Zone name", "PROVINCE", "Dat cong nghiep (m²)"], spec)
    assert [c.key for c in m.columns.values()] == ["code", "name_vi", "province", "industrial_land_ha"]
    assert m.units == {"industrial_land_ha": "m2"}
    assert m.ignored == ("stt",)
    assert m.missing == ()


def test_two_columns_for_one_field_is_refused():
    with pytest.raises(I.IntakeError, match="cùng là"):
        I.match_headers(["Mã số thuế", "MST"], I.SPECS["enterprises"])


def test_title_rows_above_header_and_messy_values(tmp_path):
    path = _xlsx(
        tmp_path / "kcn.xlsx",
        [
            ["DANH SÁCH CỤM CÔNG NGHIỆP (dữ liệu tổng hợp)"],
            [],
            HEAD,
            [1, "HD-01", "Cụm công nghiệp Ví dụ", "Hải Dương", "1.860,24", "40,5"],
            [2, "BG-01", "KCN Ví dụ Hai", "Bắc Giang", "75 ha", "80"],
            [],
            [3, "BK-01", "Khu Ba", "Bắc Kạn", "12.500 m²", None],
        ],
        merge="A1:F1",
    )
    pf = I.read_file(path, "zones")
    assert pf.header_row == 3
    ok, bad, third = pf.rows
    assert ok.values["province"] == "31" and ok.values["industrial_land_ha"] == Decimal("1860.24")
    assert ok.values["kind"] == "ccn" and ok.errors == []
    assert [(e.column, e.field) for e in bad.errors] == [("F", "leased_land_ha")]
    assert bad.row == 5
    assert third.values["industrial_land_ha"] == Decimal("1.25") and third.values["province"] == "19"
    assert [e.field for e in third.errors] == ["kind"]  # "Khu Ba": neither KCN nor CCN


def test_merged_header_cells_are_refused(tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", [HEAD, [1, "A", "KCN A", "Bắc Ninh", 1, 1]], merge="B1:C1")
    with pytest.raises(I.IntakeError, match="B1:C1"):
        I.read_file(path, "zones")


def test_formula_without_cached_value_is_refused_and_cached_one_is_read(tmp_path):
    path = _xlsx(tmp_path / "f.xlsx", [HEAD, [1, "A", "KCN A", "Bắc Ninh", 10, "=E2/2"]])
    with pytest.raises(I.IntakeError, match="F2"):
        I.read_file(path, "zones")
    # the same file as Excel saves it: the formula with its cached value
    cached = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(cached, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<f>E2/2</f><v></v>", b"<f>E2/2</f><v>5</v>").replace(
                    b"<f>E2/2</f><v />", b"<f>E2/2</f><v>5</v>"
                )
                assert b"<v>5</v>" in data
            dst.writestr(item, data)
    (row,) = I.read_file(str(cached), "zones").rows
    assert row.values["leased_land_ha"] == Decimal(5)


def test_wrong_sheet_names_the_sheets(tmp_path):
    path = _xlsx(tmp_path / "s.xlsx", [HEAD], title="Danh sách")
    with pytest.raises(I.IntakeError, match="“Danh sách”"):
        I.read_file(path, "zones", sheet="Sheet9")
    with pytest.raises(I.IntakeError, match="không có dòng dữ liệu"):
        I.read_file(path, "zones", sheet="danh sach")  # tolerant sheet name, but no rows


@pytest.mark.parametrize(
    "content, name, message",
    [
        (b"", "a.xlsx", "0 byte"),
        (b"%PDF-1.7\n...", "bao-cao.xlsx", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "cu.xls", ".xls"),
        (b"hello, world", "renamed.xlsx", "đổi tên"),
    ],
)
def test_unreadable_files_get_a_clear_message(tmp_path, content, name, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(I.IntakeError, match=message) as exc:
        I.read_file(str(p), "zones")
    assert name in str(exc.value)


def test_zip_bomb_and_oversized_files(tmp_path):
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", b"<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (3 * 1024 * 1024))
    with pytest.raises(I.IntakeError, match="zip bomb"):
        I.read_file(str(p), "zones", limits=I.Limits(max_uncompressed=1024 * 1024))
    with pytest.raises(I.IntakeError, match="quá giới hạn"):
        I.read_file(str(p), "zones", limits=I.Limits(max_bytes=100))


def test_too_many_rows(tmp_path):
    path = _xlsx(tmp_path / "r.xlsx", [HEAD] + [[i, f"Z{i}", f"KCN {i}", "Bắc Ninh", 1, 1] for i in range(5)])
    with pytest.raises(I.IntakeError, match="quá giới hạn"):
        I.read_file(path, "zones", limits=I.Limits(max_rows=3))


CSV_TEXT = "Mã số thuế;Tên doanh nghiệp;Tỉnh;Điện thoại\n0100 109 106;Công ty TNHH Hải Dương Việt;Hải Dương;+84 912 345 678\n"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Excel writes it: precomposed â/ơ/ư..., tones as combining marks after them."""
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return out


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_csv_encodings_from_excel(tmp_path, encoding):
    p = tmp_path / "dn.csv"
    text = CSV_TEXT
    if encoding == "utf-16":
        text = text.replace(";", "\t")  # Excel's "Unicode text" is tab separated
    p.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    pf = I.read_file(str(p), "enterprises")
    (row,) = pf.rows
    assert row.values["name_vi"] == "Công ty TNHH Hải Dương Việt"
    assert row.values["tax_code"] == "0100109106" and row.values["province"] == "31"
    assert row.values["phone"] == "+84912345678" and row.values["legal_form"] == "tnhh"


def test_csv_errors_name_the_column_number(tmp_path):
    p = tmp_path / "dn.csv"
    p.write_text("MST,Tên doanh nghiệp,Năm thành lập\n123,A,2015\n,,\n0100109106,,abc\n", encoding="utf-8")
    pf = I.read_file(str(p), "enterprises")
    assert [(r.row, [(e.column, e.field) for e in r.errors]) for r in pf.rows] == [
        (2, [("1", "tax_code")]),
        (4, [("3", "founded_year"), ("2", "name_vi")]),
    ]


def test_infer_kind_and_legal_form():
    assert I.infer_zone_kind("KCN Quang Châu") == "kcn"
    assert I.infer_zone_kind("Khu công nghiệp Vân Trung") == "kcn"
    assert I.infer_zone_kind("Cụm CN Nghĩa Hòa") == "ccn"
    assert I.infer_legal_form("CÔNG TY TNHH MTV CƠ KHÍ") == "tnhh_mtv"
    assert I.infer_legal_form("Cty CP Nhựa") == "cp"
    assert I.infer_legal_form("ABC Vina Co., Ltd") == "tnhh"


@given(st.sampled_from([c for s in I.SPECS.values() for c in s.columns]), st.booleans(), st.booleans())
def test_property_every_template_header_matches_in_any_case_and_folding(col, upper, fold_it):
    from lienket.core.text import fold

    header = col.header + " *"
    header = fold(header) if fold_it else header
    header = header.upper() if upper else header
    spec = next(s for s in I.SPECS.values() if col in s.columns)
    m = I.match_headers([header], spec)
    assert [c.key for c in m.columns.values()] == [col.key]


@given(st.integers(min_value=0, max_value=20000))
def test_property_column_letters(n):
    letters = I.column_letter(n)
    assert I._col_index(letters.encode()) == n


def test_sheets_typed_in_old_vietnamese_fonts_are_read_as_unicode(tmp_path):
    # An archive typed in .VnTime (TCVN3): header and values; one value in VNI, one decomposed (NFD, macOS).
    import unicodedata

    path = _xlsx(
        tmp_path / "cu.xlsx",
        [
            ["STT", "M· khu / côm", "Tªn khu / côm", "TØnh / thµnh phè", "§Êt c«ng nghiÖp (ha)"],
            [1, "HN-01", "Khu c«ng nghiÖp §ång V¨n IV", "Hµ Nam", "120"],
            [2, "HN-02", "KHU COÂNG NGHIEÄP ÑOÀNG VAÊN III", "Hà Nam", "80"],
            [3, "HN-03", unicodedata.normalize("NFD", "Cụm công nghiệp Cầu Giát"), "Hà Nam", "20"],
        ],
    )
    pf = I.read_file(path, "zones")
    assert [r.errors for r in pf.rows] == [[], [], []]
    assert [r.values["name_vi"] for r in pf.rows] == [
        "Khu công nghiệp Đồng Văn IV",
        "KHU CÔNG NGHIỆP ĐỒNG VĂN III",
        "Cụm công nghiệp Cầu Giát",
    ]
    assert {r.values["province"] for r in pf.rows} == {pf.rows[2].values["province"]}
