"""Reference data the generator draws on: products (taxonomy 2025), provinces and communes (geo), name parts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from lienket.core import geo


@dataclass(frozen=True)
class ProductRef:
    """The few product fields the generator needs."""

    code: str
    sector_code: str
    name_vi: str
    name_en: str


@lru_cache(maxsize=4)
def products(version: str = "2025") -> tuple[ProductRef, ...]:
    """CNHT products of the taxonomy ``version``, sorted by code (stable order keeps output deterministic)."""
    from lienket.core.taxonomy import load_taxonomy

    items = [
        ProductRef(p.code, p.sector_code, p.name_vi, p.name_en) for p in load_taxonomy(version).products()
    ]
    if not items:
        raise ValueError(f"taxonomy {version}: no products")
    return tuple(sorted(items, key=lambda p: p.code))


@lru_cache(maxsize=1)
def names() -> dict[str, Any]:
    """Name parts from ``lienket/data/demo/names.json``."""
    return _load_json("names.json")


@lru_cache(maxsize=1)
def seeds_raw() -> dict[str, Any]:
    """The real seed file ``lienket/data/demo/seeds.json`` as parsed JSON."""
    return _load_json("seeds.json")


def _load_json(name: str) -> dict[str, Any]:
    path = resources.files("lienket.data").joinpath("demo", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc


@lru_cache(maxsize=64)
def province(code: str) -> geo.Province:
    """The 2025 province with ``code``; unknown codes raise ``ValueError`` naming the code."""
    p = geo.province(code)
    if p is None:
        raise ValueError(f"unknown province code {code!r} (expected a 2025 code such as '24' for Bắc Ninh)")
    return p


@lru_cache(maxsize=64)
def communes(province_code: str) -> tuple[geo.Commune, ...]:
    """Communes of a province sorted by code."""
    return tuple(sorted(geo.communes(province_code), key=lambda c: c.code))


@lru_cache(maxsize=4096)
def commune(code: str) -> geo.Commune | None:
    """The commune with ``code`` or ``None``."""
    return geo.commune(code)
