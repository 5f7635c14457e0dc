"""Imports: read a file (``core.intake``), plan each row against the registry (new / updated / unchanged /
review / error), then apply every valid row in one transaction with provenance and audit lines.

Reading and planning write nothing to the registry; ``apply`` runs in ``transaction.atomic`` so a crash leaves
no half-written record. Re-importing the same file plans every row as unchanged and writes nothing.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import gc
import hashlib
import io
import os
import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from lienket.core import geo
from lienket.core.exports import safe_row
from lienket.core.intake import (
    SPECS,
    FieldError,
    IntakeError,
    Limits,
    ParsedFile,
    RowResult,
    column_letter,
    read_file,
)
from lienket.core.text import fold
from lienket.core.values import quick_fold
from lienket.web.audit.models import AuditEntry
from lienket.web.registry import models as m

from . import bulk
from .models import FieldProvenance, ImportBatch, ImportRow

Progress = Callable[[str, int, int], None]
CHUNK = 2000
SKIP_SNAPSHOT = {"search_text", "product_text", "updated_at", "created_at", "row_version"}


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while a file is read, planned and applied: a 100,000-row plan holds
    millions of objects that each collection would walk again (it doubled the re-import time); plain
    reference counting still frees everything, and the collector runs as usual afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class ImportFailed(Exception):
    """The file cannot be imported at all (unreadable, too big, wrong sheet...); nothing was written."""


def limits() -> Limits:
    """Limits from settings: ``UPLOAD_MAX_BYTES`` (20 MiB) and ``IMPORT_MAX_ROWS`` (200,000)."""
    return Limits(
        max_bytes=int(getattr(settings, "UPLOAD_MAX_BYTES", 20 * 1024 * 1024)),
        max_rows=int(getattr(settings, "IMPORT_MAX_ROWS", 200_000)),
    )


def _json(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if isinstance(value, m.models.Model):
        return value.pk
    return value


def _same(a: Any, b: Any) -> bool:
    """Equal as stored values (Decimal('75') == Decimal('75.00'); None == '' for text)."""
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, decimal.Decimal | int | float) and isinstance(b, decimal.Decimal | int | float):
        if isinstance(a, bool) or isinstance(b, bool):
            return a is b
        return decimal.Decimal(str(a)) == decimal.Decimal(str(b))
    return a == b


def _snapshot(obj) -> dict[str, Any]:
    """Concrete field values, JSON-safe, without the derived fields (the audit line's 'after')."""
    return {
        f.attname: _json(getattr(obj, f.attname))
        for f in obj._meta.concrete_fields
        if f.name not in SKIP_SNAPSHOT
    }


# ---------------------------------------------------------------- planning


@dataclass
class Planned:
    """What one row will do: the record to create or update, the changes, the fields it provides."""

    row: RowResult
    status: str
    obj: Any = None
    changes: dict[str, list] = field(default_factory=dict)
    provided: dict[str, Any] = field(default_factory=dict)
    m2m: dict[str, list[int]] = field(default_factory=dict)
    note: str = ""
    errors: list[FieldError] = field(default_factory=list)


@dataclass
class Plan:
    """Every row of a file, planned; ``counts`` as shown in the summary."""

    parsed: ParsedFile
    rows: list[Planned]

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in ("new", "updated", "unchanged", "review", "error")}
        for p in self.rows:
            out[p.status] = out.get(p.status, 0) + 1
        out["rows"] = len(self.rows)
        return out


MATCH_CHUNK = 1000  # rows scored by the resolution model per batch lookup


def _matcher():
    """The resolution engineer's matchers ``(one row, many rows)`` when installed, else ``(None, None)`` (exact
    tax code and name + province)."""
    try:
        from lienket.web.resolution.services import find_existing, find_existing_many
    except ImportError:
        return None, None
    return find_existing, find_existing_many


def _match_candidate(v: dict) -> dict:
    """The row as the resolution matcher reads it."""
    return {
        "name": v.get("name_vi"),
        "name_vi": v.get("name_vi"),
        "name_en": v.get("name_en"),
        "tax_code": v.get("tax_code"),
        "address": v.get("address_raw"),
        "address_raw": v.get("address_raw"),
        "phone": v.get("phone"),
        "province": v.get("province"),
    }


class Context:
    """Lookups shared by the rows of one plan, loaded once (never a query per row for references)."""

    def __init__(self, parsed: ParsedFile) -> None:
        self.parsed = parsed
        self.province_ids = dict(m.AdminUnit.objects.filter(scheme="2025", level=1).values_list("code", "id"))
        self._commune_ids: dict[str, int] | None = None
        self._zones: dict[str, m.Zone] | None = None
        self._zone_names: dict[str, list[m.Zone]] | None = None
        self._ent_index: tuple[dict, dict] | None = None
        self._products: dict[str, int] | None = None
        self.sector_ids = dict(m.Sector.objects.values_list("code", "id"))
        self.seen: dict[tuple, int] = {}  # natural key → row number inside this file
        self.matcher, self.matcher_many = _matcher()
        self.matches: dict[int, tuple] = {}  # row number → (enterprise, score, band), from the batch lookup
        self.enterprises: dict[int, m.Enterprise] = {}
        self.enterprise_sectors: dict[int, set[int]] = {}
        self.children: tuple[str, set[int], dict[tuple, Any]] | None = None

    def prefetch_enterprises(self, rows: list[RowResult]) -> None:
        """Load, in a few queries, the existing enterprises the rows' tax codes point at (and their sectors)."""
        by_tax, _ = self.enterprise_index()
        ids = {
            by_tax[r.values["tax_code"]][2] or by_tax[r.values["tax_code"]][0]
            for r in rows
            if r.ok and r.values.get("tax_code") in by_tax
        }
        ids_list = sorted(ids)
        through = m.Enterprise.sectors.through
        for i in range(0, len(ids_list), 900):  # SQLite's variable limit
            chunk = ids_list[i : i + 900]
            self.enterprises.update(m.Enterprise.objects.in_bulk(chunk))
            for eid, sid in through.objects.filter(enterprise_id__in=chunk).values_list(
                "enterprise_id", "sector_id"
            ):
                self.enterprise_sectors.setdefault(eid, set()).add(sid)

    def prefetch_matches(self, rows: list[RowResult]) -> None:
        """Score, in one batch lookup (a constant number of queries), the rows that will ask the resolution model:
        those without a tax code. ``match`` then reads the answer instead of querying per row."""
        if self.matcher_many is None:
            return
        todo = [r for r in rows if not r.errors and not r.values.get("tax_code")]
        if todo:
            found = self.matcher_many([_match_candidate(r.values) for r in todo])
            self.matches.update(zip((r.row for r in todo), found, strict=True))

    def match(self, row: RowResult, cand: dict) -> tuple:
        """The model's ``(enterprise, score, band)`` for this row: prefetched, else asked now."""
        found = self.matches.pop(row.row, None)
        return found if found is not None else self.matcher(cand)

    def prefetch_children(self, kind: str, rows: list[RowResult]) -> None:
        """Load, in a few queries, the existing offerings / demands / links / zone figures of the parents the
        rows name, indexed by natural key (a 100,000-row file must not cost a query per row)."""
        model, fk = _CHILD_PARENT[kind]
        parents: set[int] = set()
        for r in rows:
            if not r.ok:
                continue
            v = r.values
            if kind == "zone-figures":
                if v.get("zone_code"):
                    z = self.zone_by_code(v["zone_code"])
                else:
                    z = self.zone(v["zone_name"])[0] if v.get("zone_name") else None
                pk = z.pk if z is not None else None
            else:
                prefix = fk[: -len("_id")]
                pk = self.enterprise_ref(v.get(f"{prefix}_tax_code"), v.get(f"{prefix}_name"))[0]
            if pk is not None:
                parents.add(pk)
        index: dict[tuple, Any] = {}
        ids = sorted(parents)
        for i in range(0, len(ids), 900):  # SQLite's variable limit
            for obj in model.objects.filter(**{f"{fk}__in": ids[i : i + 900]}):
                key = tuple(sorted((k, getattr(obj, k)) for k in _CHILD_KEYS[kind]))
                index.setdefault(key, obj)  # the model's ordering decides, as .first() did
        self.children = (kind, parents, index)

    def existing_child(self, kind: str, model, lookup: dict) -> Any:
        """The record with this natural key, from the prefetched index when its parent was prefetched."""
        loaded = self.children
        fk = _CHILD_PARENT[kind][1]
        if loaded is not None and loaded[0] == kind and lookup.get(fk) in loaded[1]:
            return loaded[2].get(tuple(sorted(lookup.items())))
        return model.objects.filter(**lookup).first()

    def enterprise(self, pk: int) -> m.Enterprise | None:
        """An enterprise from the prefetched ones, else from the database."""
        if pk not in self.enterprises:
            self.enterprises[pk] = m.Enterprise.objects.filter(pk=pk).first()
        return self.enterprises[pk]

    def commune_id(self, code: str | None) -> int | None:
        if not code:
            return None
        if self._commune_ids is None:
            self._commune_ids = dict(
                m.AdminUnit.objects.filter(scheme="2025", level=3).values_list("code", "id")
            )
        return self._commune_ids.get(code)

    def _load_zones(self) -> None:
        zones = list(m.Zone.all_objects.all())
        self._zones = {z.code: z for z in zones}
        self._zone_names = {}
        for z in zones:
            if z.deleted_at is None:
                self._zone_names.setdefault(_zone_key(z.name_vi), []).append(z)

    def zone_by_code(self, code: str) -> m.Zone | None:
        if self._zones is None:
            self._load_zones()
        return self._zones.get(code)

    def zone(self, text: str) -> tuple[m.Zone | None, str]:
        """A zone by code, or by name without its KCN/CCN prefix; (None, reason) when none or several match."""
        z = self.zone_by_code(text)
        if z is not None and z.deleted_at is None:
            return z, ""
        hits = self._zone_names.get(_zone_key(text), [])
        if len(hits) == 1:
            return hits[0], ""
        if len(hits) > 1:
            return None, f"“{text}” ứng với {len(hits)} khu / cụm; hãy ghi mã"
        return None, f"không tìm thấy khu / cụm “{text}”"

    def enterprise_index(self) -> tuple[dict, dict]:
        """(tax code → (id, deleted?), folded name → [(id, province id)])."""
        if self._ent_index is None:
            by_tax: dict[str, tuple[int, bool, int | None]] = {}
            by_name: dict[str, list[tuple[int, int | None]]] = {}
            rows = m.Enterprise.all_objects.values_list(
                "id", "tax_code", "name_vi", "province_id", "deleted_at", "merged_into_id"
            )
            for pk, tax, name, prov, deleted, merged in rows.iterator(chunk_size=5000):
                if tax:
                    by_tax[tax] = (pk, deleted is not None, merged)
                if deleted is None and merged is None:
                    by_name.setdefault(quick_fold(name), []).append((pk, prov))
            self._ent_index = (by_tax, by_name)
        return self._ent_index

    def enterprise_ref(self, tax: str | None, name: str | None) -> tuple[int | None, str]:
        """An existing enterprise by tax code, else by its exact (folded) name when unique."""
        by_tax, by_name = self.enterprise_index()
        if tax:
            hit = by_tax.get(tax)
            if hit and not hit[1]:
                return hit[2] or hit[0], ""
            if hit:
                return None, f"doanh nghiệp MST {tax} đã bị xóa"
            if not name:
                return None, f"không có doanh nghiệp MST {tax} trong sổ đăng ký"
        if name:
            hits = by_name.get(quick_fold(name), [])
            if len(hits) == 1:
                return hits[0][0], ""
            if len(hits) > 1:
                return None, f"có {len(hits)} doanh nghiệp tên “{name}”; hãy ghi mã số thuế"
            return None, f"không tìm thấy doanh nghiệp “{name}”" + (f" (MST {tax})" if tax else "")
        return None, "thiếu doanh nghiệp"

    def product_id(self, code: str) -> int | None:
        if self._products is None:
            version = m.TaxonomyVersion.objects.filter(is_current=True).first()
            qs = m.Product.objects.filter(version=version) if version else m.Product.objects.none()
            self._products = dict(qs.values_list("code", "id"))
        return self._products.get(code)

    def error(self, row: RowResult, key: str, message: str) -> FieldError:
        """A FieldError on ``key``'s column of this file."""
        for i, col in self.parsed.headers.columns.items():
            if col.key == key:
                letter = str(i + 1) if self.parsed.format == "csv" else column_letter(i)
                return FieldError(letter, self.parsed.headers.headers[i], key, message)
        spec = SPECS[self.parsed.kind]
        header = next((c.header for c in spec.columns if c.key == key), key)
        return FieldError("", header, key, message)


_CHILD_PARENT = {
    "offerings": (m.Offering, "enterprise_id"),
    "demands": (m.Demand, "buyer_id"),
    "links": (m.SupplyLink, "supplier_id"),
    "zone-figures": (m.ZoneFigure, "zone_id"),
}
# The natural key of each child kind: the lookup ``_plan_child`` builds.
_CHILD_KEYS = {
    "offerings": ("enterprise_id", "product_id"),
    "demands": ("buyer_id", "product_id", "year", "title"),
    "links": ("supplier_id", "buyer_id", "product_id", "year"),
    "zone-figures": ("zone_id", "year", "period"),
}


def _zone_key(name: str) -> str:
    f = fold(name)
    for prefix in ("khu cong nghiep ", "cum cong nghiep ", "khu kinh te ", "kcn ", "ccn ", "kkt ", "cum cn "):
        if f.startswith(prefix):
            return f[len(prefix) :].strip()
    return f


def _assign(obj, fields: dict[str, Any], changes: dict[str, list]) -> None:
    """Set the provided (non-empty) fields that differ; record them as ``{field: [before, after]}``."""
    for name, value in fields.items():
        if value is None:
            continue
        current = getattr(obj, name)
        if not _same(current, value):
            changes[name] = [_json(current), _json(value)]
            setattr(obj, name, value)


def _required(model, exclude: tuple[str, ...]) -> list:
    """Fields a new record must not leave empty (blank=False), references excepted."""
    key = (model, exclude)
    if key not in _REQUIRED:
        _REQUIRED[key] = [
            f
            for f in model._meta.concrete_fields
            if not f.blank and not f.is_relation and not f.primary_key and f.name not in exclude
        ]
    return _REQUIRED[key]


_REQUIRED: dict[tuple, list] = {}


def _validate(obj, ctx: Context, p: Planned, exclude: list[str], is_new: bool) -> None:
    """Model rules as per-field errors on the row: every value this row writes goes through its field's
    ``clean`` (type, choices, length, validators), a new record's required fields must be filled, then the
    model's ``clean``. Values the row does not write were validated when they were stored, so they are not
    checked again (``clean_fields`` on all ~35 fields of 100,000 records cost more than the parsing)."""
    meta = obj._meta
    errors: dict[str, list[str]] = {}
    for name in p.provided if is_new else p.changes:
        if name == "sectors":
            continue
        f = meta.get_field(name)
        if f.is_relation or f.name in exclude:
            continue  # references were resolved from the registry's own keys
        try:
            setattr(obj, f.attname, f.clean(getattr(obj, f.attname), obj))
        except ValidationError as exc:
            errors.setdefault(f.name, []).extend(exc.messages)
    if is_new:
        for f in _required(type(obj), tuple(exclude)):
            if f.name not in errors and getattr(obj, f.attname) in f.empty_values:
                errors[f.name] = [str(f.error_messages["blank"])]
    if not errors:
        try:
            obj.clean()
        except ValidationError as exc:
            errors = exc.message_dict
    for fname, msgs in errors.items():
        key = fname if fname != "__all__" else next(iter(p.provided), "")
        for msg in msgs:
            p.errors.append(ctx.error(p.row, key, str(msg)))


_FK_EXCLUDE = {
    "enterprises": ["province", "commune", "zone", "verified_by", "deleted_by", "merged_into"],
    "zones": ["province", "commune", "infrastructure_investor_enterprise", "verified_by", "deleted_by"],
    "offerings": ["enterprise", "product", "verified_by", "deleted_by"],
    "demands": ["buyer", "product", "verified_by", "deleted_by"],
    "links": ["supplier", "buyer", "product", "verified_by", "deleted_by"],
    "zone-figures": ["zone", "verified_by", "deleted_by"],
}


def _finish(p: Planned, obj, ctx: Context, kind: str, is_new: bool) -> Planned:
    """Validate the planned object and settle the row status (an unchanged record writes nothing: no check)."""
    if is_new or p.changes or p.m2m:
        _validate(obj, ctx, p, _FK_EXCLUDE[kind], is_new)
    if p.errors:
        p.status = "error"
        p.obj = None
        return p
    p.obj = obj
    if is_new:
        p.status = "review" if p.note else "new"
    else:
        p.status = "updated" if p.changes or p.m2m else "unchanged"
    return p


def _duplicate(ctx: Context, key: tuple, p: Planned, field_key: str) -> bool:
    """A second row with the same natural key is an error (two rows fighting over one record)."""
    first = ctx.seen.get(key)
    if first is not None:
        p.errors.append(ctx.error(p.row, field_key, f"trùng với dòng {first} của tệp (cùng một bản ghi)"))
        p.status = "error"
        return True
    ctx.seen[key] = p.row.row
    return False


_ENT_FIELDS = (
    "tax_code name_vi name_en legal_form ownership investor_countries is_supplier is_buyer is_cnht address_raw "
    "founded_year phone email website contact_person description_vi source_ref"
).split()


def _plan_enterprise(row: RowResult, ctx: Context) -> Planned:
    v = row.values
    p = Planned(row, "error")
    fields = {k: v.get(k) for k in _ENT_FIELDS}
    prov_code = v.get("province")
    commune_id = None
    if v.get("address_raw"):
        unit = geo.normalise_address(v["address_raw"])
        if not prov_code:
            prov_code = unit.province_code
        if unit.commune_code and unit.province_code == prov_code:
            commune_id = ctx.commune_id(unit.commune_code)
    zone = None
    if v.get("zone"):
        zone, why = ctx.zone(v["zone"])
        if zone is None:
            p.errors.append(ctx.error(row, "zone", why))
        elif not prov_code:
            prov_code = None
            fields["province_id"] = zone.province_id
    if prov_code:
        fields["province_id"] = ctx.province_ids.get(prov_code)
    if commune_id:
        fields["commune_id"] = commune_id
    if zone is not None:
        fields["zone_id"] = zone.pk
    sectors = [ctx.sector_ids[c] for c in (v.get("sectors") or []) if c in ctx.sector_ids]
    p.provided = {k: x for k, x in fields.items() if x is not None}
    if v.get("sectors"):
        p.provided["sectors"] = v["sectors"]
    if p.errors:
        return p
    tax = v.get("tax_code")
    key = ("tax", tax) if tax else ("name", quick_fold(v["name_vi"]), fields.get("province_id"))
    if _duplicate(ctx, key, p, "tax_code" if tax else "name_vi"):
        return p
    existing, note = _find_enterprise(ctx, v, fields, p)
    if p.errors:
        return p
    if existing is None:
        obj = m.Enterprise(source=f"{ctx.parsed.name} / {ctx.parsed.sheet}")
        if zone is not None:
            obj.zone = zone
        for k, x in p.provided.items():
            if k != "sectors":
                setattr(obj, k, x)
        p.note = note
        p.m2m = {"sectors": sectors} if sectors else {}
        return _finish(p, obj, ctx, "enterprises", True)
    _assign(existing, {k: x for k, x in p.provided.items() if k != "sectors"}, p.changes)
    if zone is not None:
        existing.zone = zone
    if sectors:
        have = ctx.enterprise_sectors.get(existing.pk)
        if have is None:
            have = set(existing.sectors.values_list("id", flat=True))
        if not set(sectors) <= have:
            p.m2m = {"sectors": sorted(have | set(sectors))}
            p.changes["sectors"] = [sorted(have), p.m2m["sectors"]]
    return _finish(p, existing, ctx, "enterprises", False)


def _find_enterprise(ctx: Context, v: dict, fields: dict, p: Planned) -> tuple[m.Enterprise | None, str]:
    """Exact tax code first, then the resolution matcher (or exact folded name + province without it)."""
    by_tax, by_name = ctx.enterprise_index()
    tax = v.get("tax_code")
    if tax and tax in by_tax:
        pk, deleted, merged = by_tax[tax]
        if deleted:
            p.errors.append(
                ctx.error(p.row, "tax_code", f"doanh nghiệp MST {tax} đã bị xóa; hãy khôi phục trước")
            )
            return None, ""
        return ctx.enterprise(merged or pk), ""
    # A tax code not in the registry is a new legal entity; the model scores only rows without one (it costs
    # milliseconds a row, and mistyped codes are left to the resolution batch).
    if ctx.matcher is not None and not tax:
        ent, score, band = ctx.match(p.row, _match_candidate(v))
        if band == "auto" and ent is not None and not (tax and ent.tax_code and ent.tax_code != tax):
            return ent, ""
        if band == "review" and ent is not None:
            return None, f"có thể trùng với “{ent}” (#{ent.pk}, điểm {score:.2f}): chờ xem xét"
        return None, ""
    hits = [pk for pk, prov in by_name.get(quick_fold(v["name_vi"]), []) if prov == fields.get("province_id")]
    if len(hits) == 1 and not tax:
        return ctx.enterprise(hits[0]), ""
    return None, ""


_ZONE_FIELDS = (
    "name_vi name_en kind status location_as_written planned_area_ha established_area_ha industrial_land_ha "
    "leased_land_ha clean_land_ha infrastructure_investor decision_number decision_date lat lon contact_name "
    "contact_phone contact_email website priority_note source_ref"
).split()


def _plan_zone(row: RowResult, ctx: Context) -> Planned:
    v = row.values
    p = Planned(row, "error")
    fields = {k: v.get(k) for k in _ZONE_FIELDS}
    fields["province_id"] = ctx.province_ids.get(v["province"])
    if v.get("location_as_written"):
        unit = geo.normalise_address(f"{v['location_as_written']}, {geo.province(v['province']).name}")
        if unit.commune_code and unit.province_code == v["province"]:
            fields["commune_id"] = ctx.commune_id(unit.commune_code)
    p.provided = {k: x for k, x in fields.items() if x is not None}
    if _duplicate(ctx, ("code", v["code"]), p, "code"):
        return p
    existing = ctx.zone_by_code(v["code"])
    if existing is not None and existing.deleted_at is not None:
        p.errors.append(ctx.error(row, "code", f"khu / cụm mã {v['code']} đã bị xóa; hãy khôi phục trước"))
        return p
    if existing is None:
        obj = m.Zone(code=v["code"], source=f"{ctx.parsed.name} / {ctx.parsed.sheet}")
        for k, x in p.provided.items():
            setattr(obj, k, x)
        p.provided["code"] = v["code"]
        return _finish(p, obj, ctx, "zones", True)
    _assign(existing, p.provided, p.changes)
    return _finish(p, existing, ctx, "zones", False)


def _plan_child(row: RowResult, ctx: Context, kind: str) -> Planned:
    """Offerings, demands, links and zone figures: resolve references, match by natural key, plan."""
    v = row.values
    p = Planned(row, "error")
    refs: dict[str, Any] = {}

    def ent(prefix: str) -> int | None:
        pk, why = ctx.enterprise_ref(v.get(f"{prefix}_tax_code"), v.get(f"{prefix}_name"))
        if pk is None:
            key = f"{prefix}_tax_code" if v.get(f"{prefix}_tax_code") else f"{prefix}_name"
            p.errors.append(ctx.error(row, key, why))
        return pk

    def product(required: bool) -> int | None:
        if not v.get("product"):
            return None
        pk = ctx.product_id(v["product"])
        if pk is None:
            p.errors.append(
                ctx.error(row, "product", f"sản phẩm {v['product']} không có trong danh mục hiện hành")
            )
        return pk

    spec_keys = {c.key for c in SPECS[kind].columns}
    plain = {k: x for k, x in v.items() if x is not None}
    if kind == "offerings":
        refs = {"enterprise_id": ent("enterprise"), "product_id": product(True)}
        key = (refs["enterprise_id"], refs["product_id"])
        model, lookup = m.Offering, dict(refs)
    elif kind == "demands":
        refs = {"buyer_id": ent("buyer"), "product_id": product(True)}
        if not plain.get("title") and refs["product_id"]:
            plain["title"] = f"{v['product']} {v['year']}"
        key = (refs["buyer_id"], refs["product_id"], v["year"], fold(plain.get("title", "")))
        model, lookup = m.Demand, {**refs, "year": v["year"], "title": plain.get("title", "")}
    elif kind == "links":
        refs = {"supplier_id": ent("supplier"), "buyer_id": ent("buyer"), "product_id": product(False)}
        if refs["supplier_id"] and refs["supplier_id"] == refs["buyer_id"]:
            p.errors.append(ctx.error(row, "buyer_tax_code", "bên mua phải khác nhà cung ứng"))
        key = (refs["supplier_id"], refs["buyer_id"], refs["product_id"], v["year"])
        model, lookup = m.SupplyLink, {**refs, "year": v["year"]}
    else:  # zone-figures
        zone, why = (None, "thiếu khu / cụm")
        if v.get("zone_code"):
            zone = ctx.zone_by_code(v["zone_code"])
            why = f"không có khu / cụm mã {v['zone_code']}"
            if zone is not None and zone.deleted_at is not None:
                zone, why = None, f"khu / cụm mã {v['zone_code']} đã bị xóa"
        elif v.get("zone_name"):
            zone, why = ctx.zone(v["zone_name"])
        if zone is None:
            p.errors.append(ctx.error(row, "zone_code" if v.get("zone_code") else "zone_name", why))
        refs = {"zone_id": zone.pk if zone else None}
        key = (refs["zone_id"], v["year"], v["period"])
        model, lookup = m.ZoneFigure, {**refs, "year": v["year"], "period": v["period"]}
    if p.errors:
        return p
    model_fields = {f.name for f in model._meta.concrete_fields if not f.is_relation}
    fields = {k: x for k, x in plain.items() if k in model_fields and k in spec_keys | {"title"}}
    p.provided = {**refs, **fields}
    p.provided = {k: x for k, x in p.provided.items() if x is not None}
    if _duplicate(ctx, key, p, next(iter(fields), "year")):
        return p
    existing = ctx.existing_child(kind, model, lookup)
    if existing is None:
        obj = model(**{k: x for k, x in {**lookup, **fields}.items() if x is not None})
        obj.source = f"{ctx.parsed.name} / {ctx.parsed.sheet}"
        return _finish(p, obj, ctx, kind, True)
    _assign(existing, fields, p.changes)
    return _finish(p, existing, ctx, kind, False)


def plan(parsed: ParsedFile, progress: Progress | None = None) -> Plan:
    """Plan every row against the registry (reads only). Row errors come from parsing or from references."""
    ctx = Context(parsed)
    if parsed.kind == "enterprises":
        ctx.prefetch_enterprises(parsed.rows)
    elif parsed.kind in _CHILD_PARENT:
        ctx.prefetch_children(parsed.kind, parsed.rows)
    out: list[Planned] = []
    n = len(parsed.rows)
    for i, row in enumerate(parsed.rows, 1):
        if parsed.kind == "enterprises" and (i - 1) % MATCH_CHUNK == 0:
            ctx.prefetch_matches(parsed.rows[i - 1 : i - 1 + MATCH_CHUNK])
        if row.errors:
            out.append(Planned(row, "error", errors=list(row.errors)))
        elif parsed.kind == "enterprises":
            out.append(_plan_enterprise(row, ctx))
        elif parsed.kind == "zones":
            out.append(_plan_zone(row, ctx))
        else:
            out.append(_plan_child(row, ctx, parsed.kind))
        if progress and i % CHUNK == 0:
            progress("plan", i, n)
    if progress:
        progress("plan", n, n)
    return Plan(parsed, out)


# ---------------------------------------------------------------- applying


def _prepare_for_bulk(obj) -> None:
    # bulk_create and bulk_update skip save(): keep the derived search fields the model's save() keeps.
    if isinstance(obj, m.Enterprise):
        if obj.tax_code == "":
            obj.tax_code = None
        obj.search_text = enterprise_search_text(obj)
    elif isinstance(obj, m.Zone):
        obj.search_text = fold(" ".join([obj.code, obj.name_vi, obj.name_en, obj.location_as_written]))


def enterprise_search_text(obj: m.Enterprise) -> str:
    """``Enterprise.build_search_text`` with the memoised fold (same text; a test keeps the two equal)."""
    parts = [obj.name_vi, obj.name_en, obj.name_other, obj.tax_code or "", obj.address_raw]
    parts += [obj.description_vi[:500], obj.description_en[:500], obj.product_text]
    return fold(" ".join(p for p in parts if p))


def _model_name(kind: str):
    return {
        "enterprises": m.Enterprise,
        "zones": m.Zone,
        "offerings": m.Offering,
        "demands": m.Demand,
        "links": m.SupplyLink,
        "zone-figures": m.ZoneFigure,
    }[kind]


def _chunks(items: list, n: int = CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def apply(the_plan: Plan, batch: ImportBatch, user=None, progress: Progress | None = None) -> dict[str, int]:
    """Write every valid planned row in ONE transaction: creates, updates, many-to-many, provenance, audit lines
    and the import rows. Any exception rolls everything back (including the batch's rows)."""
    kind = the_plan.parsed.kind
    model = _model_name(kind)
    ct = ContentType.objects.get_for_model(model)
    actor = user if getattr(user, "is_authenticated", False) else None
    now = timezone.now()
    sheet = the_plan.parsed.sheet
    batch_ref = str(batch.pk)
    new = [p for p in the_plan.rows if p.status in ("new", "review")]
    upd = [p for p in the_plan.rows if p.status == "updated"]
    total = len(new) + len(upd)
    done = 0
    with transaction.atomic():
        ImportRow.objects.filter(batch=batch).delete()
        FieldProvenance.objects.filter(batch=batch).delete()
        for chunk in _chunks(new):
            objs = [p.obj for p in chunk]
            for o in objs:
                _prepare_for_bulk(o)
            bulk.insert_objects(model, objs)
            done += len(chunk)
            if progress:
                progress("apply", done, total)
        for chunk in _chunks(upd):
            names: dict[int, set[str]] = {}
            for p in chunk:
                _prepare_for_bulk(p.obj)
                p.obj.row_version = (p.obj.row_version or 0) + 1
                p.obj.updated_at = now
                cols = {_attname(model, k) for k in p.changes if k != "sectors"} | {
                    "row_version",
                    "updated_at",
                }
                if hasattr(model, "search_text"):
                    cols.add("search_text")
                names[id(p.obj)] = cols
            bulk.update_objects(model, [p.obj for p in chunk], lambda o, names=names: names[id(o)])
            done += len(chunk)
            if progress:
                progress("apply", done, total)
        _apply_m2m(model, new + upd, {p.obj.pk for p in upd})
        _write_audit(new, upd, ct, actor, batch_ref)
        _write_provenance(new, upd, ct, batch, sheet, now, actor)
        _write_rows(the_plan, batch, ct)
        counts = the_plan.counts()
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.DONE,
            finished_at=timezone.now(),
            rows_total=counts["rows"],
            created=counts["new"] + counts["review"],
            updated=counts["updated"],
            unchanged=counts["unchanged"],
            review=counts["review"],
            errors=counts["error"],
            progress_done=total,
            progress_total=total,
        )
    return counts


def _attname(model, name: str) -> str:
    try:
        return model._meta.get_field(name).attname
    except Exception:
        return name


def _apply_m2m(model, planned: list[Planned], existing: set[int]) -> None:
    """Replace the sectors of the planned records; only records that existed can have rows to delete."""
    with_m2m = [p for p in planned if p.m2m.get("sectors") is not None and hasattr(model, "sectors")]
    if not with_m2m:
        return
    through = model.sectors.through
    fk = "enterprise_id" if model is m.Enterprise else "zone_id"
    old = [p.obj.pk for p in with_m2m if p.obj.pk in existing]
    for chunk in _chunks(old, 900):  # SQLite's variable limit
        through.objects.filter(**{f"{fk}__in": chunk}).delete()
    bulk.insert_tuples(
        through, [fk, "sector_id"], ((p.obj.pk, s) for p in with_m2m for s in p.m2m["sectors"])
    )


def _write_audit(new: list[Planned], upd: list[Planned], ct, actor, batch_ref: str) -> None:
    """One audit line per created or updated record (plain inserts: 100,000 lines in one call)."""
    at = timezone.now()
    uid = actor.pk if actor else None
    cols = ["at", "actor_id", "action", "via", "content_type_id", "object_id", "object_repr", "changes"]
    cols += ["reason", "batch"]

    def lines():
        for p in new:
            snap = _snapshot(p.obj)
            if p.m2m.get("sectors"):
                snap["sectors"] = p.m2m["sectors"]
            changes = {k: [None, x] for k, x in snap.items() if x not in (None, "", [], {})}
            yield (
                at,
                uid,
                AuditEntry.Action.CREATE.value,
                AuditEntry.Via.IMPORT.value,
                ct.pk,
                str(p.obj.pk),
                str(p.obj)[:300],
                changes,
                p.note,
                batch_ref,
            )
        for p in upd:
            yield (
                at,
                uid,
                AuditEntry.Action.UPDATE.value,
                AuditEntry.Via.IMPORT.value,
                ct.pk,
                str(p.obj.pk),
                str(p.obj)[:300],
                p.changes,
                "",
                batch_ref,
            )

    bulk.insert_tuples(AuditEntry, cols, lines())


def _write_provenance(new, upd, ct, batch, sheet, now, actor) -> None:
    """One row per stored value (100,000 records carry about a million values): plain inserts, COPY on
    PostgreSQL."""
    cols = [
        "content_type_id",
        "object_id",
        "field",
        "value",
        "batch_id",
        "sheet",
        "row_number",
        "at",
        "user_id",
    ]
    uid = actor.pk if actor else None

    def rows():
        for p in new:
            oid = str(p.obj.pk)
            for k, x in p.provided.items():
                yield (ct.pk, oid, _field(k), _text(x), batch.pk, sheet, p.row.row, now, uid)
        for p in upd:
            oid = str(p.obj.pk)
            for k, change in p.changes.items():
                yield (ct.pk, oid, _field(k), _text(change[1]), batch.pk, sheet, p.row.row, now, uid)

    bulk.insert_tuples(FieldProvenance, cols, rows())


def _field(name: str) -> str:
    return name[:-3] if name.endswith("_id") else name


def _text(x: Any) -> str:
    x = _json(x)
    if isinstance(x, list):
        return ", ".join(str(i) for i in x)
    return "" if x is None else str(x)


def _write_rows(the_plan: Plan, batch: ImportBatch, ct) -> None:
    """One ImportRow per row of the file (plain inserts)."""
    sheet = the_plan.parsed.sheet
    cols = ["batch_id", "sheet", "row_number", "status", "errors", "note", "values", "changes"]
    cols += ["content_type_id", "object_id"]

    def rows():
        for p in the_plan.rows:
            saved = p.obj is not None and p.obj.pk
            yield (
                batch.pk,
                sheet,
                p.row.row,
                p.status,
                [e.as_dict() for e in p.errors],
                p.note[:300],
                {k: _json(x) for k, x in p.row.values.items() if x is not None},
                p.changes if p.status == "updated" else {},
                ct.pk if saved else None,
                str(p.obj.pk) if saved else "",
            )

    bulk.insert_tuples(ImportRow, cols, rows())


# ---------------------------------------------------------------- one call for the command line


@dataclass
class Outcome:
    """What an import did (or would do with ``dry_run``)."""

    batch: ImportBatch | None
    plan: Plan
    counts: dict[str, int]


def sha256_of(path: str) -> str:
    """Hex SHA-256 of a file, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def import_file(
    path: str,
    kind: str,
    *,
    name: str | None = None,
    sheet: str | None = None,
    user=None,
    dry_run: bool = False,
    via: str = "cli",
    progress: Progress | None = None,
) -> Outcome:
    """Read, plan and (unless ``dry_run``) apply a file. ``ImportFailed`` when it cannot be read: no batch,
    no record is written then."""
    with gc_paused():
        return _import_file(path, kind, name, sheet, user, dry_run, via, progress)


def _import_file(path, kind, name, sheet, user, dry_run, via, progress) -> Outcome:
    name = name or os.path.basename(path)
    try:
        parsed = read_file(
            path,
            kind,
            sheet=sheet,
            name=name,
            limits=limits(),
            progress=(lambda d, t: progress("read", d, t or 0)) if progress else None,
        )
    except IntakeError as exc:
        raise ImportFailed(str(exc)) from None
    the_plan = plan(parsed, progress)
    if dry_run:
        return Outcome(None, the_plan, the_plan.counts())
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            file_name=name,
            sha256=sha256_of(path),
            kind=kind,
            sheet=parsed.sheet,
            user=user if getattr(user, "is_authenticated", False) else None,
            via=via,
            status=ImportBatch.Status.APPLYING,
        )
        counts = apply(the_plan, batch, user, progress)
    batch.refresh_from_db()
    return Outcome(batch, the_plan, counts)


# ---------------------------------------------------------------- the web flow: upload → preview → confirm


def _store_dir() -> str:
    base = os.path.join(str(getattr(settings, "LIENKET_HOME", settings.MEDIA_ROOT)), "intake")
    os.makedirs(base, exist_ok=True)
    return base


def inline_limit() -> int:
    """Files up to this size are read in the request; bigger ones in a background thread."""
    return int(getattr(settings, "IMPORT_INLINE_BYTES", 2 * 1024 * 1024))


def start(upload, kind: str, sheet: str | None, user) -> ImportBatch:
    """Store an uploaded file and read + plan it (preview). Raises ImportFailed for a file refused outright
    (too big, empty): then nothing is stored."""
    size = getattr(upload, "size", None) or 0
    lim = limits()
    if size > lim.max_bytes:
        raise ImportFailed(
            f"{upload.name}: tệp {size / 1048576:.1f} MiB, quá giới hạn {lim.max_bytes / 1048576:.0f} MiB"
        )
    if size == 0:
        raise ImportFailed(f"{upload.name}: tệp rỗng (0 byte)")
    if kind not in SPECS:
        raise ImportFailed(f"loại dữ liệu “{kind}” không có")
    h = hashlib.sha256()
    ext = os.path.splitext(upload.name)[1].lower()[:8]
    tmp = os.path.join(_store_dir(), f"upload-{uuid.uuid4().hex}{ext}")
    with open(tmp, "wb") as fh:
        for chunk in upload.chunks():
            h.update(chunk)
            fh.write(chunk)
    digest = h.hexdigest()
    final = os.path.join(_store_dir(), f"{digest}{ext}")
    shutil.move(tmp, final)
    batch = ImportBatch.objects.create(
        file_name=os.path.basename(upload.name)[:255],
        sha256=digest,
        stored_path=final,
        kind=kind,
        sheet=sheet or "",
        user=user if getattr(user, "is_authenticated", False) else None,
        via="ui",
    )
    _run(batch, _preview, size)
    batch.refresh_from_db()
    return batch


def confirm(batch: ImportBatch, user) -> ImportBatch:
    """Apply a previewed batch (re-read and re-planned: the registry may have changed since the preview)."""
    if batch.status != ImportBatch.Status.PREVIEW:
        raise ImportFailed("lô này không ở trạng thái chờ xác nhận")
    updated = ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.PREVIEW).update(
        status=ImportBatch.Status.APPLYING, progress_done=0
    )
    if not updated:
        raise ImportFailed("lô này đang được ghi")
    size = os.path.getsize(batch.stored_path) if os.path.exists(batch.stored_path) else 0
    _run(batch, lambda b: _apply_batch(b, user), size)
    batch.refresh_from_db()
    return batch


def cancel(batch: ImportBatch) -> None:
    """Drop a previewed batch's planned rows; the registry was never touched."""
    if batch.status == ImportBatch.Status.PREVIEW:
        ImportRow.objects.filter(batch=batch).delete()
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.CANCELLED, finished_at=timezone.now()
        )


def _run(batch: ImportBatch, work: Callable[[ImportBatch], None], size: int) -> None:
    if size <= inline_limit():
        work(batch)
        return

    def target() -> None:
        close_old_connections()
        try:
            work(ImportBatch.objects.get(pk=batch.pk))
        finally:
            connection.close()

    threading.Thread(target=target, name=f"import-{batch.pk}", daemon=True).start()


def _progress_key(pk: int) -> str:
    return f"lienket:intake:progress:{pk}"


def live_progress(batch: ImportBatch) -> tuple[str, int, int] | None:
    """(phase, done, total) of a running batch from the cache: the apply phase runs inside one transaction,
    so its progress never reaches the batch row until the end; the status page reads it here."""
    from django.core.cache import cache

    return cache.get(_progress_key(batch.pk))


def _progress_saver(batch: ImportBatch) -> Progress:
    from django.core.cache import cache

    def save(phase: str, done: int, total: int) -> None:
        cache.set(_progress_key(batch.pk), (phase, done, total or done), 3600)
        if phase != "apply":  # inside apply's transaction the row update would stay invisible anyway
            ImportBatch.objects.filter(pk=batch.pk).update(progress_done=done, progress_total=total or done)

    return save


def _read_plan(batch: ImportBatch) -> Plan:
    progress = _progress_saver(batch)
    parsed = read_file(
        batch.stored_path,
        batch.kind,
        sheet=batch.sheet or None,
        name=batch.file_name,
        limits=limits(),
        progress=lambda d, t: progress("read", d, t or 0),
    )
    return plan(parsed, progress)


def _preview(batch: ImportBatch) -> None:
    with gc_paused():
        _preview_work(batch)


def _preview_work(batch: ImportBatch) -> None:
    try:
        the_plan = _read_plan(batch)
    except IntakeError as exc:
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.FAILED, message=str(exc), finished_at=timezone.now()
        )
        return
    except Exception as exc:  # a crash must still end the batch, not leave it "reading" forever
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.FAILED,
            message=f"lỗi hệ thống: {type(exc).__name__}",
            finished_at=timezone.now(),
        )
        raise
    counts = the_plan.counts()
    ct = ContentType.objects.get_for_model(_model_name(batch.kind))
    with transaction.atomic():
        _write_rows(the_plan, batch, ct)
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.PREVIEW,
            sheet=the_plan.parsed.sheet,
            rows_total=counts["rows"],
            created=counts["new"] + counts["review"],
            updated=counts["updated"],
            unchanged=counts["unchanged"],
            review=counts["review"],
            errors=counts["error"],
        )


def _apply_batch(batch: ImportBatch, user) -> None:
    with gc_paused():
        _apply_batch_work(batch, user)


def _apply_batch_work(batch: ImportBatch, user) -> None:
    try:
        the_plan = _read_plan(batch)
        apply(the_plan, batch, user, _progress_saver(batch))
    except IntakeError as exc:
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.FAILED, message=str(exc), finished_at=timezone.now()
        )
    except Exception as exc:
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.FAILED,
            message=f"lỗi hệ thống, không ghi gì: {type(exc).__name__}: {exc}"[:2000],
            finished_at=timezone.now(),
        )
        if threading.current_thread() is threading.main_thread():
            raise


# ---------------------------------------------------------------- error reports and templates

REPORT_HEADER = ["Trang tính", "Dòng", "Cột", "Tiêu đề cột", "Trường", "Lỗi"]


def error_lines(rows) -> list[list]:
    """Report lines (sheet, row, column, header, field, message) from planned rows or ImportRows."""
    out = []
    for r in rows:
        if isinstance(r, Planned):
            sheet, number, errors = None, r.row.row, [e.as_dict() for e in r.errors]
        else:
            sheet, number, errors = r.sheet, r.row_number, r.errors
        for e in errors:
            out.append(
                [sheet, number, e.get("column", ""), e.get("header", ""), e.get("field", ""), e["message"]]
            )
    return out


def error_report(lines: list[list], fmt: str, sheet: str = "") -> bytes:
    """The error report as ``xlsx`` or ``csv`` (UTF-8 with BOM so Excel shows Vietnamese)."""
    # The report echoes uploaded cells: neutralise formula-like text (= + - @) before Excel opens it.
    lines = [safe_row([sheet if x[0] is None else x[0], *x[1:]]) for x in lines]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(REPORT_HEADER)
        w.writerows(lines)
        return ("\ufeff" + buf.getvalue()).encode("utf-8")
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lỗi"
    ws.append(REPORT_HEADER)
    for c in ws[1]:
        c.font = Font(bold=True)
    for line in lines:
        ws.append(line)
    for col, width in zip("ABCDEF", (18, 8, 6, 28, 20, 80), strict=True):
        ws.column_dimensions[col].width = width
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def template_xlsx(kind: str) -> bytes:
    """An empty import template: the data sheet with Vietnamese headers (required ones marked *) and a guide
    sheet with each column's English name, whether it is required and an example."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    spec = SPECS[kind]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dữ liệu"
    ws.append([c.header + (" *" if c.required else "") for c in spec.columns])
    for i, c in enumerate(spec.columns):
        cell = ws.cell(row=1, column=i + 1)
        cell.font = Font(bold=True)
        if c.required:
            cell.fill = PatternFill("solid", fgColor="FFF2CC")
        ws.column_dimensions[column_letter(i)].width = max(14, len(c.header) + 4)
    ws.freeze_panes = "A2"
    guide = wb.create_sheet("Hướng dẫn")
    guide.append(["Cột", "Tiêu đề", "Tên khác được chấp nhận", "Bắt buộc", "Ví dụ (dữ liệu mẫu)"])
    for c in guide[1]:
        c.font = Font(bold=True)
    for i, c in enumerate(spec.columns):
        guide.append(
            [
                column_letter(i),
                c.header,
                ", ".join(c.aliases[:4]),
                "có" if c.required else "",
                "" if c.example is None else str(c.example),
            ]
        )
    for group in spec.one_of:
        guide.append(["", "Cần ít nhất một trong: " + " / ".join(spec.column(k).header for k in group)])
    guide.append([])
    guide.append(
        [
            "",
            "Số: 1.860,24 hoặc 1860.24; ngày: 20/06/2025; diện tích ghi ha (hoặc ghi “m²” sau số); "
            "tỉnh: tên cũ (trước 2025) hoặc mới đều được.",
        ]
    )
    for col, width in zip("ABCDE", (6, 32, 50, 10, 40), strict=True):
        guide.column_dimensions[col].width = width
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
