"""Reading officers' Excel and CSV files: safe opening, tolerant header matching, declarative column specs and
per-row, per-field validation. Pure Python (openpyxl and the standard library); the web app resolves references
to records and writes.

Decisions (docs/intake.md):

* Formulas: the cached value Excel saved is read; a formula cell without a cached value (a file written by a
  program and never opened in Excel) makes the file unreadable, naming the cell.
* Merged cells in or below the header row make the file unreadable (a merged cell keeps its value only in the
  first cell, so the others would be read as empty). Merged title rows above the header are fine.
* CSV: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text", tab-separated) and Windows-1258
  (Excel's "CSV" on a Vietnamese Windows) are read; the delimiter is the most frequent of ``,`` ``;`` tab in the
  header line.
* The header row is the first of the first 15 rows where at least two known headers (or every required one)
  appear; rows above it (titles) are ignored, as are columns with unknown headers (``STT``).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lienket.core import values as V
from lienket.core.legacy_text import repair_vietnamese
from lienket.core.text import fold

__all__ = [
    "KINDS",
    "SPECS",
    "Column",
    "FieldError",
    "HeaderMatch",
    "IntakeError",
    "KindSpec",
    "Limits",
    "ParsedFile",
    "RowResult",
    "column_letter",
    "match_headers",
    "normalise_header",
    "open_table",
    "read_file",
    "validate_row",
]

MIB = 1024 * 1024


class IntakeError(Exception):
    """The file cannot be read at all (nothing is written); the message names the file and the problem."""


@dataclass(frozen=True)
class Limits:
    """Limits that protect the server: file size, data rows, uncompressed size of an xlsx (zip bombs)."""

    max_bytes: int = 20 * MIB
    max_rows: int = 200_000
    max_uncompressed: int = 400 * MIB
    max_ratio: int = 400


@dataclass(frozen=True)
class Column:
    """One column of a kind: the field key, the Vietnamese template header, accepted aliases (any language,
    folded when compared), whether a value is required, and the parser ``parse(raw, unit) -> value``."""

    key: str
    header: str
    parse: Callable[[Any, str | None], Any]
    aliases: tuple[str, ...] = ()
    required: bool = False
    help: str = ""
    example: Any = None


@dataclass(frozen=True)
class KindSpec:
    """What a file of one kind holds: its columns and the row-level rules."""

    kind: str
    label: str
    columns: tuple[Column, ...]
    # Groups of keys of which at least one must be filled (e.g. an enterprise by tax code or by name).
    one_of: tuple[tuple[str, ...], ...] = ()
    check: Callable[[dict], list[tuple[str, str]]] | None = None

    def column(self, key: str) -> Column:
        """The column with ``key`` (KeyError naming the kind otherwise)."""
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.kind}: no column {key!r}")


@dataclass(frozen=True)
class FieldError:
    """One problem in one cell: the sheet column (``C`` or ``3`` for CSV), its header, the field and why."""

    column: str
    header: str
    field: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """JSON-safe form (stored on import rows)."""
        return {"column": self.column, "header": self.header, "field": self.field, "message": self.message}


@dataclass
class RowResult:
    """One data row: its number in the sheet (1-based, as Excel shows it), parsed values and errors."""

    row: int
    values: dict[str, Any]
    errors: list[FieldError] = field(default_factory=list)
    empty: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.empty


@dataclass(frozen=True)
class HeaderMatch:
    """Which sheet column holds which field, with the unit written in a header (``Diện tích (m²)``)."""

    columns: dict[int, Column]
    headers: dict[int, str]
    units: dict[str, str]
    ignored: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass
class ParsedFile:
    """A whole file read and validated, ready for the registry to plan and apply."""

    name: str
    kind: str
    format: str
    sheet: str
    header_row: int
    headers: HeaderMatch
    rows: list[RowResult]
    encoding: str = ""

    def counts(self) -> dict[str, int]:
        """Rows valid, with errors and empty (skipped)."""
        return {
            "rows": len(self.rows),
            "valid": sum(1 for r in self.rows if r.ok),
            "errors": sum(1 for r in self.rows if r.errors),
            "skipped": sum(1 for r in self.rows if r.empty),
        }


def column_letter(index: int) -> str:
    """0-based column index → Excel letters: 0 → ``A``, 27 → ``AB``."""
    out = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


# ---------------------------------------------------------------- parsers used by the specs


def _text(n: int | None = None) -> Callable[[Any, str | None], Any]:
    return lambda raw, unit: V.parse_text(raw, n)


def _area(raw, unit):
    return V.parse_area_ha(raw, unit or "ha")


def _dec(minimum=0):
    from decimal import Decimal

    lo = None if minimum is None else Decimal(minimum)
    return lambda raw, unit: V.parse_decimal(raw, minimum=lo)


def _int(minimum=0, maximum=None):
    return lambda raw, unit: V.parse_int(raw, minimum=minimum, maximum=maximum)


def _p(fn):
    return lambda raw, unit: fn(raw)


def _lat(raw, unit):
    from decimal import Decimal

    v = V.parse_decimal(raw, minimum=Decimal(8), maximum=Decimal(24))
    return None if v is None else float(v)


def _lon(raw, unit):
    from decimal import Decimal

    v = V.parse_decimal(raw, minimum=Decimal(102), maximum=Decimal(118))
    return None if v is None else float(v)


_ZONE_KIND = {
    "kcn": ("khu cong nghiep", "industrial park", "ip", "industrial zone", "khu cn"),
    "ccn": ("cum cong nghiep", "industrial cluster", "cluster", "cum cn"),
    "kkt": ("khu kinh te", "economic zone", "kkt"),
}
_ZONE_STATUS = {
    "planned": ("quy hoach", "planned", "trong quy hoach", "du kien"),
    "established": ("da thanh lap", "thanh lap", "established"),
    "building": ("dang xay dung", "dang xay dung ha tang", "xay dung", "building", "under construction"),
    "operating": ("dang hoat dong", "hoat dong", "operating", "in operation"),
}
_OWNERSHIP = {
    "domestic": ("trong nuoc", "tu nhan", "domestic", "private", "dn trong nuoc", "viet nam", "vn"),
    "state": ("nha nuoc", "state", "dnnn", "state owned", "soe"),
    "fdi": (
        "fdi",
        "von dau tu nuoc ngoai",
        "co von dau tu nuoc ngoai",
        "nuoc ngoai",
        "foreign",
        "100% von nuoc ngoai",
    ),
    "jv": ("lien doanh", "joint venture", "jv"),
}
_LEGAL_FORM = {
    "tnhh_mtv": ("tnhh mtv", "tnhh mot thanh vien", "cong ty tnhh mot thanh vien", "single member llc"),
    "tnhh": ("tnhh", "cong ty tnhh", "trach nhiem huu han", "llc", "co ltd", "co., ltd", "ltd"),
    "cp": ("cp", "co phan", "cong ty co phan", "ctcp", "jsc", "joint stock"),
    "dntn": ("dntn", "doanh nghiep tu nhan", "private enterprise"),
    "hop_danh": ("hop danh", "partnership"),
    "branch": ("chi nhanh", "branch"),
    "coop": ("htx", "hop tac xa", "cooperative"),
    "other": ("khac", "other"),
}
_PERIOD = {
    "H1": ("h1", "6 thang", "6 thang dau nam", "sau thang", "half year", "nua nam"),
    "FY": ("fy", "ca nam", "nam", "year", "full year", "12 thang"),
}
_DEMAND_STATUS = {
    "open": ("dang tim", "mo", "open", "dang tim nha cung ung"),
    "matched": ("da co ung vien", "matched"),
    "closed": ("da dong", "dong", "closed"),
}
_CURRENCY = {"VND": ("vnd", "dong", "d", "vnđ", "trieu dong"), "USD": ("usd", "$", "us$", "do la", "dollar")}


def _choice(choices, what):
    return lambda raw, unit: V.parse_choice(raw, choices, what)


def _currency(raw, unit):
    if V._is_empty(raw):
        return None
    return V.parse_choice(
        str(raw).strip().lower(), {k.lower(): v for k, v in _CURRENCY.items()}, "tiền tệ"
    ).upper()


def _period(raw, unit):
    if V._is_empty(raw):
        return None
    return V.parse_choice(raw, {k.lower(): v for k, v in _PERIOD.items()}, "kỳ").upper()


def _str_list(raw, unit):
    if V._is_empty(raw):
        return None
    return [p.strip() for p in re.split(r"[;,\n]", str(raw)) if p.strip()] or None


def infer_zone_kind(name: str | None) -> str | None:
    """``KCN ...`` / ``Khu công nghiệp ...`` → ``kcn``; ``CCN`` / ``Cụm công nghiệp`` → ``ccn``; else None."""
    f = V.quick_fold(name)
    if re.match(r"^(kcn|khu cong nghiep|khu cn)\b", f) or f.endswith("industrial park"):
        return "kcn"
    if re.match(r"^(ccn|cum cong nghiep|cum cn)\b", f) or f.endswith("industrial cluster"):
        return "ccn"
    if re.match(r"^(kkt|khu kinh te)\b", f):
        return "kkt"
    return None


def infer_legal_form(name: str | None) -> str | None:
    """The legal form written in an enterprise name (``Công ty TNHH MTV ...`` → ``tnhh_mtv``), else None."""
    f = re.sub(r"[.,]", " ", V.quick_fold(name))
    f = re.sub(r"\s+", " ", f)
    if re.search(r"\b(tnhh mtv|tnhh mot thanh vien|trach nhiem huu han mot thanh vien)\b", f):
        return "tnhh_mtv"
    if re.search(r"\b(tnhh|trach nhiem huu han|co ltd|llc)\b", f):
        return "tnhh"
    if re.search(r"\b(co phan|ctcp|jsc|joint stock)\b", f) or re.match(r"^(cong ty|cty) cp\b", f):
        return "cp"
    if re.search(r"\bchi nhanh\b", f):
        return "branch"
    if re.search(r"\b(doanh nghiep tu nhan|dntn)\b", f):
        return "dntn"
    if re.search(r"\b(hop tac xa|htx)\b", f):
        return "coop"
    return None


# ---------------------------------------------------------------- the specs

_ENTERPRISE_REF = {
    "tax": ("ma so thue doanh nghiep", "mst doanh nghiep", "mst", "ma so thue", "tax code", "tax id"),
    "name": (
        "ten doanh nghiep",
        "ten dn",
        "ten cong ty",
        "doanh nghiep",
        "enterprise",
        "company",
        "company name",
    ),
}


def _ref_columns(prefix: str, vi: str, en: str, *, extra_tax=(), extra_name=()) -> tuple[Column, ...]:
    return (
        Column(
            f"{prefix}_tax_code",
            f"MST {vi}",
            _p(V.parse_tax_code),
            (f"ma so thue {fold(vi)}", f"{en} tax code", *extra_tax),
            example="0101234567",
        ),
        Column(
            f"{prefix}_name",
            f"Tên {vi}",
            _text(300),
            (f"{en} name", f"{en}", fold(vi), *extra_name),
            example="Công ty TNHH Ví dụ (dữ liệu mẫu)",
        ),
    )


def _check_zone(v: dict) -> list[tuple[str, str]]:
    errs = []
    ind, leased, est = v.get("industrial_land_ha"), v.get("leased_land_ha"), v.get("established_area_ha")
    if ind is not None and leased is not None and leased > ind:
        errs.append(("leased_land_ha", f"đất đã cho thuê ({leased} ha) lớn hơn đất công nghiệp ({ind} ha)"))
    if ind is not None and est is not None and ind > est:
        errs.append(
            ("industrial_land_ha", f"đất công nghiệp ({ind} ha) lớn hơn diện tích thành lập ({est} ha)")
        )
    if (v.get("lat") is None) != (v.get("lon") is None):
        errs.append(("lon", "cần cả vĩ độ và kinh độ"))
    if not v.get("kind") and v.get("name_vi"):
        kind = infer_zone_kind(v["name_vi"])
        if kind:
            v["kind"] = kind
        else:
            errs.append(("kind", "không rõ là KCN hay CCN: ghi cột Loại hoặc bắt đầu tên bằng KCN / CCN"))
    return errs


def _check_enterprise(v: dict) -> list[tuple[str, str]]:
    errs = []
    if not v.get("legal_form") and v.get("name_vi"):
        form = infer_legal_form(v["name_vi"])
        if form:
            v["legal_form"] = form
    if v.get("ownership") in {"fdi", "jv"} and not v.get("investor_countries"):
        errs.append(("investor_countries", "doanh nghiệp FDI / liên doanh cần quốc gia của nhà đầu tư"))
    if v.get("is_supplier") is False and v.get("is_buyer") is False:
        errs.append(("is_supplier", "doanh nghiệp phải là nhà cung ứng, bên mua, hoặc cả hai"))
    return errs


def _check_money(v: dict) -> list[tuple[str, str]]:
    if v.get("currency") == "USD" and v.get("exchange_rate") is None:
        return [("exchange_rate", "cần tỷ giá (VND/USD) của kỳ khi số tiền tính bằng USD")]
    return []


def _check_figure(v: dict) -> list[tuple[str, str]]:
    errs = _check_money(v)
    w, lw = v.get("workers"), v.get("local_workers")
    if w is not None and lw is not None and lw > w:
        errs.append(("local_workers", f"lao động địa phương ({lw}) lớn hơn tổng lao động ({w})"))
    return errs


def _check_link(v: dict) -> list[tuple[str, str]]:
    errs = _check_money(v)
    st, bt = v.get("supplier_tax_code"), v.get("buyer_tax_code")
    if st and bt and st == bt:
        errs.append(("buyer_tax_code", "bên mua phải khác nhà cung ứng"))
    return errs


_MONEY = (
    Column("currency", "Tiền tệ", _currency, ("currency", "don vi tien te", "loai tien"), example="VND"),
    Column("exchange_rate", "Tỷ giá (VND/USD)", _dec(), ("exchange rate", "ty gia"), example=None),
)

SPECS: dict[str, KindSpec] = {
    "enterprises": KindSpec(
        "enterprises",
        "Doanh nghiệp",
        (
            Column(
                "tax_code",
                "Mã số thuế",
                _p(V.parse_tax_code),
                ("mst", "tax code", "tax id", "ma so dn", "ma so doanh nghiep"),
                example="0101234567",
            ),
            Column(
                "name_vi",
                "Tên doanh nghiệp",
                _text(300),
                (
                    "ten cong ty",
                    "ten dn",
                    "ten",
                    "name",
                    "company name",
                    "enterprise name",
                    "ten tieng viet",
                    "doanh nghiep",
                ),
                required=True,
                example="Công ty TNHH Ví dụ Bắc Giang (dữ liệu mẫu)",
            ),
            Column(
                "name_en",
                "Tên tiếng Anh",
                _text(300),
                ("ten giao dich", "english name", "name en", "ten tieng anh giao dich"),
                example="Example Bac Giang Co., Ltd",
            ),
            Column(
                "legal_form",
                "Loại hình",
                _choice(_LEGAL_FORM, "loại hình"),
                ("loai hinh doanh nghiep", "legal form", "loai hinh dn"),
                example="TNHH",
            ),
            Column(
                "ownership",
                "Sở hữu",
                _choice(_OWNERSHIP, "sở hữu"),
                ("hinh thuc so huu", "ownership", "loai hinh so huu", "von"),
                example="FDI",
            ),
            Column(
                "investor_countries",
                "Quốc gia nhà đầu tư",
                _p(V.parse_countries),
                (
                    "quoc gia",
                    "nuoc dau tu",
                    "investor country",
                    "investor countries",
                    "country",
                    "quoc tich nha dau tu",
                ),
                example="Hàn Quốc",
            ),
            Column(
                "is_supplier", "Nhà cung ứng", _p(V.parse_bool), ("supplier", "la nha cung ung"), example="có"
            ),
            Column(
                "is_buyer",
                "Bên mua",
                _p(V.parse_bool),
                ("buyer", "la ben mua", "doanh nghiep lap rap"),
                example="không",
            ),
            Column(
                "is_cnht",
                "Doanh nghiệp CNHT",
                _p(V.parse_bool),
                ("cnht", "supporting industry", "dn cnht"),
                example="có",
            ),
            Column(
                "sectors",
                "Ngành",
                _p(V.parse_sectors),
                ("linh vuc", "nganh cnht", "sector", "sectors"),
                example="Dệt may; Cơ khí",
            ),
            Column(
                "zone",
                "Khu / cụm công nghiệp",
                _text(200),
                (
                    "kcn",
                    "ccn",
                    "kcn ccn",
                    "khu cong nghiep",
                    "cum cong nghiep",
                    "zone",
                    "industrial park",
                    "khu cum cong nghiep",
                ),
                example="KCN Vân Trung",
            ),
            Column(
                "address_raw",
                "Địa chỉ",
                _text(400),
                ("dia chi tru so", "address", "tru so"),
                example="Lô B2, KCN Vân Trung, Việt Yên, Bắc Giang",
            ),
            Column(
                "province",
                "Tỉnh / thành phố",
                _p(V.parse_province),
                ("tinh", "tinh thanh pho", "province", "thanh pho", "tinh tp"),
                example="Bắc Giang",
            ),
            Column(
                "founded_year",
                "Năm thành lập",
                _p(V.parse_year),
                ("founded", "year founded", "nam thanh lap"),
                example=2015,
            ),
            Column(
                "phone",
                "Điện thoại",
                _p(V.parse_phone),
                ("so dien thoai", "dt", "dien thoai lien he", "phone", "tel", "sdt"),
                example="+84 204 3854 123",
            ),
            Column("email", "Email", _p(V.parse_email), ("e mail", "thu dien tu"), example="info@example.vn"),
            Column("website", "Website", _p(V.parse_url), ("trang web", "web"), example="www.example.vn"),
            Column(
                "contact_person",
                "Người liên hệ",
                _text(200),
                ("contact", "contact person", "lien he"),
                example="Nguyễn Văn A",
            ),
            Column(
                "description_vi",
                "Giới thiệu",
                _text(),
                ("mo ta", "san pham chinh", "description", "nganh nghe kinh doanh"),
                example="Sản xuất khóa kéo, cúc áo",
            ),
            Column(
                "source_ref", "Mã tham chiếu", _text(120), ("source ref", "ma nguon", "ref", "id"), example=""
            ),
        ),
        check=_check_enterprise,
    ),
    "zones": KindSpec(
        "zones",
        "Khu / cụm công nghiệp",
        (
            Column(
                "code",
                "Mã khu / cụm",
                _text(40),
                ("ma", "code", "zone code", "ma kcn", "ma ccn"),
                required=True,
                example="BG-CCN-01",
            ),
            Column(
                "name_vi",
                "Tên khu / cụm",
                _text(200),
                (
                    "ten",
                    "name",
                    "ten kcn",
                    "ten ccn",
                    "ten khu cong nghiep",
                    "ten cum cong nghiep",
                    "zone name",
                ),
                required=True,
                example="Cụm công nghiệp Nghĩa Hòa",
            ),
            Column("name_en", "Tên tiếng Anh", _text(200), ("english name", "name en"), example=""),
            Column("kind", "Loại", _choice(_ZONE_KIND, "loại"), ("loai khu", "kind", "type"), example="CCN"),
            Column(
                "status",
                "Tình trạng",
                _choice(_ZONE_STATUS, "tình trạng"),
                ("trang thai", "status"),
                example="Đang hoạt động",
            ),
            Column(
                "province",
                "Tỉnh / thành phố",
                _p(V.parse_province),
                ("tinh", "province", "tinh thanh pho"),
                required=True,
                example="Bắc Giang",
            ),
            Column(
                "location_as_written",
                "Địa điểm",
                _text(300),
                ("dia chi", "vi tri", "location", "address"),
                example="xã Nghĩa Hòa, huyện Lạng Giang",
            ),
            Column(
                "planned_area_ha",
                "Diện tích quy hoạch (ha)",
                _area,
                ("dien tich quy hoach", "planned area"),
                example="75",
            ),
            Column(
                "established_area_ha",
                "Diện tích thành lập (ha)",
                _area,
                ("dien tich thanh lap", "dien tich", "established area", "area"),
                example="75",
            ),
            Column(
                "industrial_land_ha",
                "Đất công nghiệp (ha)",
                _area,
                ("dien tich dat cong nghiep", "dat cong nghiep", "industrial land"),
                example="1.860,24",
            ),
            Column(
                "leased_land_ha",
                "Đất đã cho thuê (ha)",
                _area,
                ("dien tich da cho thue", "da cho thue", "leased land", "leased"),
                example="40,5",
            ),
            Column(
                "clean_land_ha",
                "Đất sạch (ha)",
                _area,
                ("dat sach", "clean land", "dat sach san sang"),
                example="34",
            ),
            Column(
                "infrastructure_investor",
                "Chủ đầu tư hạ tầng",
                _text(300),
                ("chu dau tu", "investor", "infrastructure investor"),
                example="",
            ),
            Column(
                "decision_number",
                "Số quyết định thành lập",
                _text(100),
                ("so quyet dinh", "quyet dinh", "decision number", "decision no"),
                example="123/QĐ-UBND",
            ),
            Column(
                "decision_date",
                "Ngày quyết định",
                _p(V.parse_date),
                ("ngay ban hanh", "decision date", "ngay quyet dinh thanh lap"),
                example="20/06/2025",
            ),
            Column("lat", "Vĩ độ", _lat, ("latitude", "lat"), example=None),
            Column("lon", "Kinh độ", _lon, ("longitude", "lon", "lng"), example=None),
            Column("contact_name", "Người liên hệ", _text(200), ("contact", "lien he"), example=""),
            Column(
                "contact_phone",
                "Điện thoại",
                _p(V.parse_phone),
                ("phone", "sdt", "so dien thoai"),
                example="0204 3854 123",
            ),
            Column("contact_email", "Email", _p(V.parse_email), ("e mail",), example=""),
            Column("website", "Website", _p(V.parse_url), ("web", "trang web"), example=""),
            Column(
                "priority_note",
                "Ngành ưu tiên",
                _text(300),
                ("nganh nghe uu tien", "priority sectors", "nganh thu hut"),
                example="Dệt may, CNHT",
            ),
            Column("source_ref", "Mã tham chiếu", _text(120), ("source ref", "ref"), example=""),
        ),
        check=_check_zone,
    ),
    "offerings": KindSpec(
        "offerings",
        "Sản phẩm cung ứng",
        (
            *_ref_columns(
                "enterprise",
                "doanh nghiệp",
                "enterprise",
                extra_tax=_ENTERPRISE_REF["tax"],
                extra_name=_ENTERPRISE_REF["name"],
            ),
            Column(
                "product",
                "Sản phẩm",
                _p(V.parse_product),
                ("ma san pham", "product", "product code", "ten san pham", "san pham cnht"),
                required=True,
                example="Khóa kéo",
            ),
            Column("description", "Mô tả", _text(), ("description", "quy cach"), example=""),
            Column(
                "capacity",
                "Năng lực / năm",
                _dec(),
                ("nang luc", "capacity", "cong suat"),
                example="1.000.000",
            ),
            Column(
                "capacity_unit",
                "Đơn vị năng lực",
                _text(40),
                ("don vi", "unit", "capacity unit"),
                example="chiếc",
            ),
            Column("moq", "Đơn hàng tối thiểu", _dec(), ("moq", "minimum order"), example="5.000"),
            Column(
                "lead_time_days",
                "Thời gian giao hàng (ngày)",
                _int(0, 3650),
                ("lead time", "thoi gian giao hang"),
                example=30,
            ),
            Column(
                "export_share",
                "Tỷ trọng xuất khẩu (%)",
                _p(V.parse_percent),
                ("xuat khau", "export share", "ty trong xuat khau"),
                example="20%",
            ),
        ),
        one_of=(("enterprise_tax_code", "enterprise_name"),),
    ),
    "demands": KindSpec(
        "demands",
        "Nhu cầu mua",
        (
            *_ref_columns(
                "buyer",
                "bên mua",
                "buyer",
                extra_tax=("mst doanh nghiep", "mst", "ma so thue"),
                extra_name=("ten doanh nghiep", "doanh nghiep", "ben mua"),
            ),
            Column(
                "product",
                "Sản phẩm",
                _p(V.parse_product),
                ("ma san pham", "product", "product code"),
                required=True,
                example="Khóa kéo",
            ),
            Column(
                "title", "Tiêu đề", _text(300), ("title", "nhu cau", "noi dung"), example="Khóa kéo kim loại"
            ),
            Column(
                "specification",
                "Quy cách kỹ thuật",
                _text(),
                ("quy cach", "specification", "spec"),
                example="",
            ),
            Column("year", "Năm", _p(V.parse_year), ("year", "nam nhu cau"), required=True, example=2025),
            Column(
                "annual_quantity",
                "Sản lượng / năm",
                _dec(),
                ("san luong", "annual quantity", "so luong"),
                example="200.000",
            ),
            Column("quantity_unit", "Đơn vị", _text(40), ("unit", "dvt", "don vi tinh"), example="chiếc"),
            Column(
                "annual_value",
                "Giá trị / năm",
                _dec(),
                ("gia tri", "annual value", "value"),
                example="1.500.000.000",
            ),
            *_MONEY,
            Column(
                "required_certifications",
                "Chứng nhận yêu cầu",
                _str_list,
                ("chung nhan", "certifications", "yeu cau chung nhan"),
                example="ISO 9001",
            ),
            Column(
                "cover_days", "Số ngày tồn kho dự phòng", _int(0, 3650), ("ton kho", "cover days"), example=30
            ),
            Column(
                "target_date",
                "Thời hạn",
                _p(V.parse_date),
                ("han", "target date", "deadline"),
                example="31/12/2025",
            ),
            Column("status", "Trạng thái", _choice(_DEMAND_STATUS, "trạng thái"), ("status",), example=""),
        ),
        one_of=(("buyer_tax_code", "buyer_name"),),
        check=_check_money,
    ),
    "links": KindSpec(
        "links",
        "Quan hệ cung ứng",
        (
            *_ref_columns("supplier", "nhà cung ứng", "supplier"),
            *_ref_columns("buyer", "bên mua", "buyer"),
            Column(
                "product",
                "Sản phẩm",
                _p(V.parse_product),
                ("ma san pham", "product", "product code"),
                example="Khóa kéo",
            ),
            Column("year", "Năm", _p(V.parse_year), ("year",), required=True, example=2025),
            Column(
                "value",
                "Giá trị",
                _dec(),
                ("value", "gia tri hop dong", "gia tri cung ung"),
                example="500.000.000",
            ),
            *_MONEY,
        ),
        one_of=(("supplier_tax_code", "supplier_name"), ("buyer_tax_code", "buyer_name")),
        check=_check_link,
    ),
    "zone-figures": KindSpec(
        "zone-figures",
        "Số liệu định kỳ khu / cụm",
        (
            Column(
                "zone_code",
                "Mã khu / cụm",
                _text(40),
                ("ma", "zone code", "ma kcn", "ma ccn"),
                example="BG-CCN-01",
            ),
            Column(
                "zone_name",
                "Tên khu / cụm",
                _text(200),
                ("ten", "zone", "zone name", "khu cum", "ten kcn ccn"),
                example="CCN Nghĩa Hòa",
            ),
            Column("year", "Năm", _p(V.parse_year), ("year",), required=True, example=2025),
            Column("period", "Kỳ", _period, ("ky bao cao", "period"), required=True, example="6 tháng"),
            Column(
                "tenants",
                "Số doanh nghiệp / dự án",
                _int(0),
                ("so doanh nghiep", "so du an", "tenants"),
                example=8,
            ),
            Column(
                "workers",
                "Lao động",
                _int(0),
                ("tong lao dong", "so lao dong", "workers", "employees"),
                example=775,
            ),
            Column("local_workers", "Lao động địa phương", _int(0), ("local workers",), example=600),
            Column(
                "registered_capital",
                "Vốn đăng ký",
                _dec(),
                ("registered capital", "von dang ky dau tu"),
                example="",
            ),
            Column("implemented_capital", "Vốn thực hiện", _dec(), ("implemented capital",), example=""),
            Column("revenue", "Doanh thu", _dec(), ("revenue", "tong doanh thu"), example="350.000.000.000"),
            Column(
                "exports",
                "Xuất khẩu",
                _dec(),
                ("exports", "kim ngach xuat khau", "gia tri xuat khau"),
                example="5.500.000",
            ),
            Column("exports_currency", "Tiền tệ xuất khẩu", _currency, ("exports currency",), example="USD"),
            Column(
                "budget_contribution",
                "Nộp ngân sách",
                _dec(),
                ("budget", "nop ngan sach nha nuoc"),
                example="",
            ),
            *_MONEY,
        ),
        one_of=(("zone_code", "zone_name"),),
        check=_check_figure,
    ),
}
KINDS = tuple(SPECS)


# ---------------------------------------------------------------- headers

_UNIT_IN_HEADER = re.compile(r"\(([^)]*)\)")


def normalise_header(text) -> tuple[str, str | None]:
    """(folded header without punctuation, required marks or parentheses; unit named in parentheses or None).

    ``'Diện tích (m²) *'`` → ``('dien tich', 'm2')``; ``'MÃ SỐ THUẾ'`` → ``('ma so thue', None)``.
    """
    if text is None:
        return "", None
    s = fold(repair_vietnamese(str(text))).replace("²", "2")  # headers typed in .VnTime / VNI fonts too
    unit = None
    for inner in _UNIT_IN_HEADER.findall(s):
        words = inner.replace(".", " ").split()
        for w in words:
            if w in {"ha", "hecta", "m2", "km2"}:
                unit = w
    s = _UNIT_IN_HEADER.sub(" ", s)
    s = re.sub(r"[^0-9a-z]+", " ", s).strip()
    return s, unit


def _index(spec: KindSpec) -> dict[str, Column]:
    index: dict[str, Column] = {}
    for c in spec.columns:
        for name in (c.header, c.key.replace("_", " "), *c.aliases):
            index.setdefault(normalise_header(name)[0], c)
    return index


def match_headers(cells: list, spec: KindSpec) -> HeaderMatch:
    """Map a header row to the spec's columns, tolerant to case, diacritics, punctuation, required marks, units
    in parentheses and English names. Two sheet columns for one field is an :class:`IntakeError`."""
    index = _index(spec)
    columns: dict[int, Column] = {}
    headers: dict[int, str] = {}
    units: dict[str, str] = {}
    ignored: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells):
        if cell is None or not str(cell).strip():
            continue
        key, unit = normalise_header(cell)
        col = index.get(key)
        if col is None:
            ignored.append(str(cell).strip())
            continue
        if col.key in seen:
            raise IntakeError(
                f"cột {column_letter(seen[col.key])} “{headers[seen[col.key]]}” và cột {column_letter(i)} "
                f"“{str(cell).strip()}” cùng là “{col.header}”: hãy giữ một cột"
            )
        seen[col.key] = i
        columns[i] = col
        headers[i] = str(cell).strip()
        if unit:
            units[col.key] = unit
    found = {c.key for c in columns.values()}
    missing = [c.header for c in spec.columns if c.required and c.key not in found]
    for group in spec.one_of:
        if not found & set(group):
            missing.append(" hoặc ".join(spec.column(k).header for k in group))
    return HeaderMatch(columns, headers, units, tuple(ignored), tuple(missing))


# ---------------------------------------------------------------- rows


def validate_row(
    cells: list | tuple, header: HeaderMatch, spec: KindSpec, row: int, *, csv_columns=False
) -> RowResult:
    """Parse one data row into ``{field: value}`` with one :class:`FieldError` per bad or missing cell."""
    values: dict[str, Any] = {}
    errors: list[FieldError] = []
    where = {}
    any_value = False
    n = len(cells)
    for i, col in header.columns.items():
        raw = cells[i] if i < n else None
        letter = str(i + 1) if csv_columns else column_letter(i)
        where[col.key] = (letter, header.headers[i])
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            values[col.key] = None
            continue
        any_value = True
        if isinstance(raw, str) and not raw.isascii():
            raw = repair_vietnamese(raw)  # typed in .VnTime (TCVN3) or VNI fonts, or mojibake: read as Unicode
        try:
            values[col.key] = col.parse(raw, header.units.get(col.key))
        except V.ValueParseError as exc:
            values[col.key] = None
            errors.append(FieldError(letter, header.headers[i], col.key, str(exc)))
    if not any_value:
        return RowResult(row, values, [], empty=True)
    bad = {e.field for e in errors}
    for col in spec.columns:
        if col.required and values.get(col.key) is None and col.key not in bad:
            letter, head = where.get(col.key, ("", col.header))
            errors.append(FieldError(letter, head, col.key, "bắt buộc, đang để trống"))
    for group in spec.one_of:
        if all(values.get(k) is None for k in group) and not bad & set(group):
            letter, head = where.get(group[0], ("", spec.column(group[0]).header))
            names = " hoặc ".join(spec.column(k).header for k in group)
            errors.append(FieldError(letter, head, group[0], f"cần {names}"))
    if spec.check and not errors:
        for key, message in spec.check(values):
            letter, head = where.get(
                key, ("", spec.column(key).header if key in {c.key for c in spec.columns} else key)
            )
            errors.append(FieldError(letter, head, key, message))
    return RowResult(row, values, errors)


# ---------------------------------------------------------------- opening files

_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Table:
    """Rows of one sheet (or a CSV file) as plain cell values, streamed."""

    format: str
    sheet: str
    rows: Iterator[tuple[int, tuple]]
    total_rows: int | None
    merged: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    encoding: str = ""
    sheets: tuple[str, ...] = ()


def _sniff(head: bytes, name: str) -> str:
    """``xlsx`` or ``csv`` from the first bytes; IntakeError for anything else, saying what the file is."""
    ext = os.path.splitext(name)[1].lower()
    if head.startswith(_XLSX_MAGIC):
        return "xlsx"
    if head.startswith(_OLE_MAGIC):
        raise IntakeError(
            "tệp Excel 97-2003 (.xls) hoặc tệp Excel có mật khẩu: hãy mở trong Excel, bỏ mật khẩu và "
            "lưu lại dạng .xlsx"
        )
    if head.startswith(b"%PDF"):
        raise IntakeError(f"đây là tệp PDF (đuôi “{ext}”), không phải bảng tính: cần tệp .xlsx hoặc .csv")
    for magic, what in (
        (b"\x89PNG", "ảnh PNG"),
        (b"\xff\xd8\xff", "ảnh JPEG"),
        (b"Rar!", "tệp RAR"),
        (b"\x1f\x8b", "tệp gzip"),
        (b"<?xml", "tệp XML"),
        (b"<html", "trang HTML"),
    ):
        if head[: len(magic)].lower() == magic.lower():
            raise IntakeError(f"đây là {what} (đuôi “{ext}”), không phải bảng tính: cần tệp .xlsx hoặc .csv")
    if ext in {".xlsx", ".xlsm", ".xls"}:
        raise IntakeError(f"tệp có đuôi “{ext}” nhưng không phải là tệp Excel .xlsx (có thể đã bị đổi tên)")
    if b"\x00" in head[:4096] and not (
        head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE)
    ):
        if head[1:2] == b"\x00" or head[0:1] == b"\x00":
            return "csv"  # UTF-16 without BOM: decoded below
        raise IntakeError("tệp nhị phân, không phải bảng tính .xlsx hay .csv")
    return "csv"


def _sheet_paths(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → path of its XML part inside the xlsx."""
    import xml.etree.ElementTree as ET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        wb = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError) as exc:
        raise IntakeError(f"tệp .xlsx hỏng hoặc không phải sổ tính Excel ({exc})") from None
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    out: dict[str, str] = {}
    for s in wb.iter(f"{ns_main}sheet"):
        target = targets.get(s.get(f"{ns_rel}id"), "")
        path = target.lstrip("/") if target.startswith("/") else "xl/" + target
        out[s.get("name", "")] = os.path.normpath(path).replace(os.sep, "/")
    return out


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_CELL_RE = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF_RE = re.compile(rb'\br="([A-Z]+\d+)"')


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _scan_sheet(zf: zipfile.ZipFile, path: str) -> tuple[list[tuple[int, int, int, int, str]], list[str]]:
    """Merged ranges (first row, last row, first col, last col, ref) and formula cells with no cached value,
    found by streaming the sheet XML (read-only openpyxl exposes neither)."""
    merged: list[tuple[int, int, int, int, str]] = []
    uncached: list[str] = []
    carry = b""
    with zf.open(path) as fh:
        while True:
            chunk = fh.read(1 << 20)
            data = carry + chunk
            if not chunk:
                tail = data
            else:
                cut = data.rfind(b">")
                tail, carry = data[: cut + 1], data[cut + 1 :]
                # keep an unfinished <c ...> element for the next chunk
                open_c = tail.rfind(b"<c ")
                if (
                    open_c != -1
                    and tail.find(b"</c>", open_c) == -1
                    and not tail[open_c:].rstrip().endswith(b"/>")
                ):
                    tail, carry = tail[:open_c], tail[open_c:] + carry
            if b"<f" in tail and len(uncached) < 5:
                for m in _CELL_RE.finditer(tail):
                    body = m.group(2) or b""
                    if b"<f" in body and not re.search(rb"<(?:\w+:)?v>[^<]+</(?:\w+:)?v>", body):
                        ref = _REF_RE.search(m.group(1))
                        uncached.append(ref.group(1).decode() if ref else "?")
                        if len(uncached) >= 5:
                            break
            for m in _MERGE_RE.finditer(tail):
                c1, r1, c2, r2 = m.groups()
                c2, r2 = c2 or c1, r2 or r1
                ref = (c1 + r1 + (b":" + c2 + r2 if c2 != c1 or r2 != r1 else b"")).decode()
                merged.append((int(r1), int(r2), _col_index(c1), _col_index(c2), ref))
            if not chunk:
                break
    return merged, uncached


def _fold_name(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(s))


def _open_xlsx(path: str, sheet: str | None, limits: Limits) -> Table:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise IntakeError("tệp .xlsx hỏng (không mở được cấu trúc zip)") from None
    with zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        if total > limits.max_uncompressed:
            raise IntakeError(
                f"tệp .xlsx giải nén ra {total / MIB:.0f} MiB, quá giới hạn {limits.max_uncompressed / MIB:.0f} MiB "
                "(có thể là tệp độc hại “zip bomb”)"
            )
        for i in infos:
            if (
                i.compress_size
                and i.file_size / i.compress_size > limits.max_ratio
                and i.file_size > 10 * MIB
            ):
                raise IntakeError(
                    f"phần “{i.filename}” của tệp nén quá mức bình thường (có thể là “zip bomb”)"
                )
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names:
            raise IntakeError(
                "tệp zip nhưng không phải sổ tính Excel .xlsx (có thể là .docx, .ods hoặc .zip đổi tên)"
            )
        paths = _sheet_paths(zf)
        if not paths:
            raise IntakeError("sổ tính không có trang tính nào")
        sheets = tuple(paths)
        if sheet is None:
            chosen = sheets[0]
        else:
            chosen = next((s for s in sheets if s == sheet), None) or next(
                (s for s in sheets if _fold_name(s) == _fold_name(sheet)), None
            )
            if chosen is None:
                raise IntakeError(
                    f"không có trang tính “{sheet}”; các trang có: {', '.join('“' + s + '”' for s in sheets)}"
                )
        if paths[chosen] not in names:
            raise IntakeError(f"trang tính “{chosen}” bị thiếu trong tệp .xlsx")
        merged, uncached = _scan_sheet(zf, paths[chosen])
    if uncached:
        raise IntakeError(
            f"trang “{chosen}”: ô {', '.join(uncached)} có công thức nhưng chưa có giá trị đã tính; hãy mở tệp "
            "trong Excel, để Excel tính, rồi lưu lại (hoặc dán giá trị thay cho công thức)"
        )
    import warnings

    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about unknown extensions and data validation
        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types on damaged files
            raise IntakeError(f"tệp .xlsx hỏng, không đọc được ({type(exc).__name__}: {exc})") from None
    ws = wb[chosen]
    total_rows = ws.max_row if isinstance(ws.max_row, int) else None

    def rows() -> Iterator[tuple[int, tuple]]:
        try:
            yield from enumerate(ws.iter_rows(values_only=True), 1)
        finally:
            wb.close()

    return Table("xlsx", chosen, rows(), total_rows, merged, sheets=sheets)


def _decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of CSV bytes: BOMs first, then UTF-16 without BOM, UTF-8, Windows-1258."""
    if data.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        enc = "utf-16"
    elif len(data) > 1 and data[1:2] == b"\x00" and data[0:1] != b"\x00":
        enc = "utf-16-le"
    elif len(data) > 1 and data[0:1] == b"\x00":
        enc = "utf-16-be"
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            enc = "cp1258"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IntakeError(
            f"dòng {line}: không đọc được mã ký tự ({enc}): hãy lưu lại dạng CSV UTF-8"
        ) from None
    # Windows-1258 writes tones as combining marks; NFC joins them so 'Hải Dương' compares equal.
    return unicodedata.normalize("NFC", text), enc


def _open_csv(path: str, limits: Limits) -> Table:
    with open(path, "rb") as fh:
        data = fh.read()
    text, enc = _decode(data)
    if "\x00" in text:
        raise IntakeError("tệp chứa ký tự NUL: không phải CSV văn bản")
    first = text.split("\n", 1)[0]
    delim = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)

    def rows() -> Iterator[tuple[int, tuple]]:
        try:
            for no, r in enumerate(reader, 1):
                yield no, tuple(r)
        except csv.Error as exc:
            raise IntakeError(f"dòng {reader.line_num}: CSV sai cấu trúc ({exc})") from None

    return Table("csv", os.path.basename(path), rows(), text.count("\n") + 1, encoding=enc)


def open_table(
    path: str, *, sheet: str | None = None, name: str | None = None, limits: Limits = Limits()
) -> Table:
    """Open an xlsx or CSV file safely (size, type, zip bomb, sheet, formulas) and stream its rows.

    ``name`` is the file name as uploaded (for messages and the extension); raises :class:`IntakeError`.
    """
    name = name or os.path.basename(path)
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise IntakeError(f"không mở được tệp: {exc.strerror or exc}") from None
    if size == 0:
        raise IntakeError("tệp rỗng (0 byte)")
    if size > limits.max_bytes:
        raise IntakeError(f"tệp {size / MIB:.1f} MiB, quá giới hạn {limits.max_bytes / MIB:.0f} MiB")
    with open(path, "rb") as fh:
        head = fh.read(8192)
    fmt = _sniff(head, name)
    if fmt == "xlsx":
        return _open_xlsx(path, sheet, limits)
    return _open_csv(path, limits)


def _norm_cell(v):
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def read_file(
    path: str,
    kind: str,
    *,
    sheet: str | None = None,
    name: str | None = None,
    limits: Limits = Limits(),
    progress: Callable[[int, int | None], None] | None = None,
) -> ParsedFile:
    """Open, find the header row, match headers and validate every data row of a file of ``kind``.

    Raises :class:`IntakeError` (naming the file) when the file cannot be read at all: nothing should then be
    written. Row problems are not exceptions: they are in each :class:`RowResult`.
    """
    if kind not in SPECS:
        raise IntakeError(f"loại dữ liệu “{kind}” không có; chọn một trong: {', '.join(KINDS)}")
    spec = SPECS[kind]
    name = name or os.path.basename(path)
    try:
        table = open_table(path, sheet=sheet, name=name, limits=limits)
        return _read_table(table, spec, name, limits, progress)
    except IntakeError as exc:
        raise IntakeError(f"{name}: {exc}") from None


def _read_table(table: Table, spec: KindSpec, name: str, limits: Limits, progress) -> ParsedFile:
    head_rows: list[tuple[int, tuple]] = []
    header: HeaderMatch | None = None
    header_row = 0
    for no, cells in table.rows:
        head_rows.append((no, cells))
        try:
            match = match_headers(list(cells), spec)
        except IntakeError as exc:
            raise IntakeError(f"trang “{table.sheet}”, dòng tiêu đề {no}: {exc}") from None
        if len(match.columns) >= 2 or (match.columns and not match.missing):
            header, header_row = match, no
            break
        if len(head_rows) >= 15:
            break
    if header is None:
        expected = ", ".join(c.header for c in spec.columns[:6])
        raise IntakeError(
            f"trang “{table.sheet}”: không tìm thấy dòng tiêu đề trong 15 dòng đầu (cần các cột như: {expected}…)"
        )
    for r1, r2, _c1, _c2, ref in table.merged:
        if r2 >= header_row:
            where = "dòng tiêu đề" if r1 <= header_row else "vùng dữ liệu"
            raise IntakeError(
                f"trang “{table.sheet}”: ô gộp (merge) {ref} trong {where}; hãy bỏ gộp ô (Unmerge) để mỗi cột có "
                "một tiêu đề và mỗi ô có giá trị riêng"
            )
    if header.missing:
        raise IntakeError(
            f"trang “{table.sheet}”, dòng tiêu đề {header_row}: thiếu cột {', '.join('“' + m + '”' for m in header.missing)}"
        )
    rows: list[RowResult] = []
    is_csv = table.format == "csv"
    total = table.total_rows
    for no, cells in table.rows:
        result = validate_row([_norm_cell(c) for c in cells], header, spec, no, csv_columns=is_csv)
        if result.empty:
            continue
        rows.append(result)
        if len(rows) > limits.max_rows:
            raise IntakeError(
                f"trang “{table.sheet}”: hơn {limits.max_rows:,} dòng dữ liệu, quá giới hạn".replace(",", ".")
            )
        if progress and no % 2000 == 0:
            progress(no, total)
    if progress:
        progress(total or 0, total)
    if not rows:
        raise IntakeError(f"trang “{table.sheet}”: không có dòng dữ liệu nào dưới dòng tiêu đề {header_row}")
    return ParsedFile(name, spec.kind, table.format, table.sheet, header_row, header, rows, table.encoding)
