"""Versioned CNHT product taxonomy (Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển) and its lexicon.

The data lives in ``lienket/data/taxonomy/nd*.json`` (one file per legal version: Decree 111/2015 and
Decree 205/2025). This module only reads and checks those files; it never writes them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from lienket.core.text import fold

SECTOR_CODES = ("TEX", "LEA", "ELE", "AUT", "MEC", "HTE")
NAME_LANGS = ("ko", "ja", "zh")
SYNONYM_LANGS = ("vi", "en")

_SECTOR_RE = re.compile(r"^[A-Z]{3}$")
_PART_RE = re.compile(r"^[A-Z0-9]{2,4}$")
_HS_RE = re.compile(r"^\d{4}(\.\d{2}){0,3}$")
_FILE_RE = re.compile(r"^nd\d+-(\d{4})\.json$")


@dataclass(frozen=True)
class Product:
    """A priority supporting-industry product (sản phẩm CNHT) with its multilingual names and HS codes."""

    code: str
    group_code: str
    sector_code: str
    name_vi: str
    name_en: str
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=True)
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=True)
    hs_codes: tuple[str, ...] = ()

    def terms(self, lang: str | None = None) -> list[str]:
        """All names and synonyms of the product, or only those of ``lang`` ("vi", "en", "ko", "ja", "zh").

        Order: the vi name, the en name, then ``names`` and ``synonyms`` in file order; duplicates removed.
        """
        out: list[str] = []
        if lang in (None, "vi"):
            out.append(self.name_vi)
        if lang in (None, "en"):
            out.append(self.name_en)
        for table in (self.names, self.synonyms):
            for key, values in table.items():
                if lang is None or key == lang:
                    out.extend(values)
        seen: set[str] = set()
        return [t for t in out if not (t in seen or seen.add(t))]

    def matches_hs(self, code: str) -> bool:
        """True when one of the product's HS codes and ``code`` share a prefix (either way round, dots ignored)."""
        q = code.replace(".", "").strip()
        if not q:
            return False
        return any(
            h.replace(".", "").startswith(q) or q.startswith(h.replace(".", "")) for h in self.hs_codes
        )


@dataclass(frozen=True)
class Group:
    """A product group (nhóm sản phẩm) inside a sector."""

    code: str
    sector_code: str
    name_vi: str
    name_en: str
    products: tuple[Product, ...]


@dataclass(frozen=True)
class Sector:
    """One of the six CNHT sectors (lĩnh vực): TEX, LEA, ELE, AUT, MEC, HTE."""

    code: str
    name_vi: str
    name_en: str
    groups: tuple[Group, ...]

    def products(self) -> list[Product]:
        """All products of the sector, in file order."""
        return [p for g in self.groups for p in g.products]


@dataclass(frozen=True)
class Taxonomy:
    """One legal version of the CNHT product list (2015 or 2025)."""

    version: str
    title_vi: str
    title_en: str
    legal_source: dict[str, Any] = field(hash=False, compare=True)
    sectors: tuple[Sector, ...] = ()

    def products(self) -> list[Product]:
        """All products, in file order."""
        return [p for s in self.sectors for g in s.groups for p in g.products]

    def groups(self) -> list[Group]:
        """All groups, in file order."""
        return [g for s in self.sectors for g in s.groups]

    def product(self, code: str) -> Product:
        """The product with ``code``; KeyError naming the version when there is none."""
        for p in self.products():
            if p.code == code:
                return p
        raise KeyError(f"no product {code!r} in CNHT taxonomy version {self.version}")

    def group(self, code: str) -> Group:
        """The group with ``code``; KeyError naming the version when there is none."""
        for g in self.groups():
            if g.code == code:
                return g
        raise KeyError(f"no group {code!r} in CNHT taxonomy version {self.version}")

    def sector(self, code: str) -> Sector:
        """The sector with ``code``; KeyError naming the version when there is none."""
        for s in self.sectors:
            if s.code == code:
                return s
        raise KeyError(f"no sector {code!r} in CNHT taxonomy version {self.version}")

    def by_hs(self, prefix: str) -> list[Product]:
        """Products whose HS codes share a prefix with ``prefix`` (a heading finds its subheadings and a full
        customs line such as 8544.30.19 finds the product filed under 8544.30); dots are ignored."""
        return [p for p in self.products() if p.matches_hs(prefix)]


def _taxonomy_dir():
    return resources.files("lienket.data").joinpath("taxonomy")


def _version_files() -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in _taxonomy_dir().iterdir():
        m = _FILE_RE.match(entry.name)
        if m:
            out[m.group(1)] = entry.name
    return out


def available_versions() -> list[str]:
    """Versions with a data file, sorted (e.g. ``['2015', '2025']``)."""
    return sorted(_version_files())


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def validate(data: dict, source: str) -> list[str]:
    """Check a taxonomy dict as read from JSON; return error messages naming ``source`` and the code at fault.

    Checks: required keys and names, six-sector code set, group/product code prefixes, unique codes, ko/ja/zh
    names and vi/en synonym lists, HS codes written as 4–10 digits with dots (``9607``, ``8544.30``).
    """
    errors: list[str] = []

    def err(where: str, msg: str) -> None:
        errors.append(f"{source}: {where}: {msg}")

    if not isinstance(data, dict):
        return [f"{source}: top level must be an object"]
    for key in ("version", "title_vi", "title_en"):
        if not isinstance(data.get(key), str) or not data.get(key, "").strip():
            err("file", f"missing or empty {key!r}")
    if not isinstance(data.get("legal_source"), dict) or not data["legal_source"].get("document"):
        err("file", "missing 'legal_source.document'")
    sectors = data.get("sectors")
    if not isinstance(sectors, list) or not sectors:
        err("file", "missing or empty 'sectors'")
        return errors

    seen: set[str] = set()
    for si, sec in enumerate(sectors):
        if not isinstance(sec, dict):
            err(f"sectors[{si}]", "must be an object")
            continue
        scode = sec.get("code")
        if not isinstance(scode, str) or not _SECTOR_RE.match(scode) or scode not in SECTOR_CODES:
            err(f"sectors[{si}]", f"sector code {scode!r} is not one of {', '.join(SECTOR_CODES)}")
            scode = str(scode)
        if scode in seen:
            err(scode, "duplicate code")
        seen.add(scode)
        for key in ("name_vi", "name_en"):
            if not isinstance(sec.get(key), str) or not sec.get(key, "").strip():
                err(scode, f"missing {key}")
        groups = sec.get("groups")
        if not isinstance(groups, list) or not groups:
            err(scode, "missing or empty 'groups'")
            continue
        for gi, grp in enumerate(groups):
            if not isinstance(grp, dict):
                err(f"{scode}.groups[{gi}]", "must be an object")
                continue
            gcode = str(grp.get("code"))
            head, _, tail = gcode.rpartition("-")
            if head != scode or not _PART_RE.match(tail):
                err(f"{scode}.groups[{gi}]", f"group code {gcode!r} must look like '{scode}-XXX'")
            if gcode in seen:
                err(gcode, "duplicate code")
            seen.add(gcode)
            for key in ("name_vi", "name_en"):
                if not isinstance(grp.get(key), str) or not grp.get(key, "").strip():
                    err(gcode, f"missing {key}")
            products = grp.get("products")
            if not isinstance(products, list) or not products:
                err(gcode, "missing or empty 'products'")
                continue
            for pi, prod in enumerate(products):
                if not isinstance(prod, dict):
                    err(f"{gcode}.products[{pi}]", "must be an object")
                    continue
                pcode = str(prod.get("code"))
                head, _, tail = pcode.rpartition("-")
                if head != gcode or not _PART_RE.match(tail):
                    err(f"{gcode}.products[{pi}]", f"product code {pcode!r} must look like '{gcode}-XXX'")
                if pcode in seen:
                    err(pcode, "duplicate code")
                seen.add(pcode)
                for key in ("name_vi", "name_en"):
                    if not isinstance(prod.get(key), str) or not prod.get(key, "").strip():
                        err(pcode, f"missing {key}")
                names = prod.get("names")
                if not isinstance(names, dict):
                    err(pcode, "missing 'names' object")
                else:
                    for lang in NAME_LANGS:
                        if not _str_list(names.get(lang)) or not names.get(lang):
                            err(pcode, f"names.{lang} must be a non-empty list of strings")
                syns = prod.get("synonyms")
                if not isinstance(syns, dict):
                    err(pcode, "missing 'synonyms' object")
                else:
                    for lang, values in syns.items():
                        if not _str_list(values):
                            err(pcode, f"synonyms.{lang} must be a list of non-empty strings")
                hs = prod.get("hs_codes")
                if not isinstance(hs, list) or not hs:
                    err(pcode, "hs_codes must be a non-empty list")
                else:
                    for h in hs:
                        if not isinstance(h, str) or not _HS_RE.match(h):
                            err(pcode, f"HS code {h!r} must be 4–10 digits written like '9607' or '8544.30'")
    return errors


def _tuple_map(raw: dict[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in (raw or {}).items()}


def _build(data: dict) -> Taxonomy:
    sectors = []
    for sec in data["sectors"]:
        groups = []
        for grp in sec["groups"]:
            products = tuple(
                Product(
                    code=p["code"],
                    group_code=grp["code"],
                    sector_code=sec["code"],
                    name_vi=p["name_vi"],
                    name_en=p["name_en"],
                    names=_tuple_map(p.get("names")),
                    synonyms=_tuple_map(p.get("synonyms")),
                    hs_codes=tuple(p["hs_codes"]),
                )
                for p in grp["products"]
            )
            groups.append(Group(grp["code"], sec["code"], grp["name_vi"], grp["name_en"], products))
        sectors.append(Sector(sec["code"], sec["name_vi"], sec["name_en"], tuple(groups)))
    return Taxonomy(
        version=data["version"],
        title_vi=data["title_vi"],
        title_en=data["title_en"],
        legal_source=dict(data["legal_source"]),
        sectors=tuple(sectors),
    )


def taxonomy_from_dict(data: dict, source: str = "<dict>") -> Taxonomy:
    """Validate ``data`` and build a Taxonomy; ValueError listing every problem when it is invalid."""
    errors = validate(data, source)
    if errors:
        raise ValueError(f"invalid CNHT taxonomy {source} ({len(errors)} problems):\n" + "\n".join(errors))
    return _build(data)


@lru_cache(maxsize=8)
def load_taxonomy(version: str = "2025") -> Taxonomy:
    """Load, validate and cache the taxonomy of ``version``; KeyError for an unknown version, ValueError for an
    invalid file (with every problem listed, naming the file and product code)."""
    files = _version_files()
    if version not in files:
        raise KeyError(
            f"no CNHT taxonomy version {version!r}; available: {', '.join(sorted(files)) or 'none'}"
        )
    name = files[version]
    text = _taxonomy_dir().joinpath(name).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{name}: line {exc.lineno} column {exc.colno}: invalid JSON: {exc.msg}") from exc
    tax = taxonomy_from_dict(data, name)
    if tax.version != version:
        raise ValueError(f"{name}: declares version {tax.version!r} but its file name says {version!r}")
    return tax


@lru_cache(maxsize=8)
def _lexicon(version: str) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for p in load_taxonomy(version).products():
        for term in p.terms():
            key = fold(term)
            if key and p.code not in index.setdefault(key, []):
                index[key].append(p.code)
    return {k: tuple(v) for k, v in index.items()}


def lexicon(version: str = "2025") -> dict[str, list[str]]:
    """Folded term → product codes for every name and synonym in every language (a fresh copy each call).

    Latin terms are folded (``"Khóa kéo"`` → ``"khoa keo"``); Korean, Japanese and Chinese stay as written.
    """
    return {k: list(v) for k, v in _lexicon(version).items()}
