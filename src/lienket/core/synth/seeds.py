"""Real seed data (``lienket/data/demo/seeds.json``): real zones and figures with their sources."""

from __future__ import annotations

import copy
from typing import Any

from . import refs
from .records import SynthDataset, build

_SECTIONS = ("zones", "enterprises", "offerings", "demands", "projects", "links", "zone_figures")
# Annotation keys kept in the seed file for people (which fields are real); they are not record fields.
_ANNOTATIONS = ("note", "source")


def real_seeds() -> SynthDataset:
    """The real zones, enterprises and zone figures of ``seeds.json`` as records (``is_synthetic`` false).

    A fresh copy each call, so callers may change the records. Errors name the file, section and item.
    """
    raw = refs.seeds_raw()
    ds = SynthDataset()
    for section in _SECTIONS:
        items = raw.get(section) or []
        rec_type = SynthDataset._TYPES[section]
        names = set(rec_type.__dataclass_fields__)
        out = []
        for i, item in enumerate(items):
            where = f"lienket/data/demo/seeds.json: {section}[{i}]"
            data = {k: copy.deepcopy(v) for k, v in item.items() if k in names or k not in _ANNOTATIONS}
            out.append(build(rec_type, data, where))
        setattr(ds, section, out)
    for z in ds.zones:
        if z.is_synthetic:
            raise ValueError(
                f"lienket/data/demo/seeds.json: zone {z.code} is marked synthetic in the real seed file"
            )
    return ds


def seed_sections() -> dict[str, Any]:
    """The seed file's other sections: ``province_facts``, ``cluster_plans``, ``programmes``, ``thresholds``.

    Plain JSON objects (each with its ``source`` / ``legal_source``); a deep copy.
    """
    raw = refs.seeds_raw()
    return {
        k: copy.deepcopy(raw.get(k, []))
        for k in ("province_facts", "cluster_plans", "programmes", "thresholds")
    }
