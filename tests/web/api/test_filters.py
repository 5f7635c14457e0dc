"""The declarative list filters: what ``apply_filters`` skips and applies, and that every filter the registry
declares keeps the rows carrying the value and drops others."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lienket.core.text import fold
from lienket.web.api.filters import apply_filters
from lienket.web.registry import api as r


class Recorder:
    """A stand-in queryset that records the ``filter`` calls made on it."""

    def __init__(self, calls=()):
        self.calls = list(calls)

    def filter(self, **kwargs):
        return Recorder([*self.calls, kwargs])


def test_none_and_empty_string_are_ignored_false_and_zero_filter():
    filters = SimpleNamespace(a=None, b="", c=False, d=0, e="x", unused="y")
    table = {
        "a": "a__code",
        "b": "b__code",
        "c": "flag",
        "d": "year",
        "e": lambda qs, value: qs.filter(custom=value.upper()),
    }
    assert apply_filters(Recorder(), filters, table).calls == [{"flag": False}, {"year": 0}, {"custom": "X"}]


def test_nothing_given_leaves_the_queryset_alone():
    qs = Recorder()
    assert apply_filters(qs, SimpleNamespace(a=None), {"a": "a"}) is qs


def _word(text):
    words = fold(text or "").split()
    return max(words, key=len) if words else None


def _first(manager, attr):
    row = manager.all().first()
    return getattr(row, attr) if row else None


# resource: (base queryset, Filters schema, filter table, {filter: row -> a value that row carries})
RESOURCES = {
    "zones": (
        r.zones_qs,
        r.ZoneFilters,
        r.ZONE_FILTERS,
        {
            "province": lambda z: z.province.code,
            "kind": lambda z: z.kind,
            "status": lambda z: z.status,
            "sector": lambda z: _first(z.priority_sectors, "code"),
            "q": lambda z: _word(z.name_vi),
        },
    ),
    "enterprises": (
        r.enterprises_qs,
        r.EnterpriseFilters,
        r.ENTERPRISE_FILTERS,
        {
            "province": lambda e: e.province.code if e.province_id else None,
            "zone": lambda e: e.zone.code if e.zone_id else None,
            "sector": lambda e: _first(e.sectors, "code"),
            "product": lambda e: (o := e.offerings.select_related("product").first()) and o.product.code,
            "certification": lambda e: (c := _first(e.certifications, "standard")) and c.lower(),
            "ownership": lambda e: e.ownership,
            "is_cnht": lambda e: e.is_cnht,
            "is_supplier": lambda e: e.is_supplier,
            "is_buyer": lambda e: e.is_buyer,
            "q": lambda e: _word(e.name_vi),
        },
    ),
    "products": (
        r.products_qs,
        r.ProductFilters,
        r.PRODUCT_FILTERS,
        {
            "version": lambda p: p.version.code,
            "sector": lambda p: p.sector.code,
            "group": lambda p: p.group.code,
            "q": lambda p: _word(p.name_vi),
        },
    ),
    "offerings": (
        r.offerings_qs,
        r.OfferingFilters,
        r.OFFERING_FILTERS,
        {
            "enterprise": lambda o: o.enterprise_id,
            "product": lambda o: o.product.code,
            "sector": lambda o: o.product.sector.code,
            "province": lambda o: o.enterprise.province.code if o.enterprise.province_id else None,
            "zone": lambda o: o.enterprise.zone.code if o.enterprise.zone_id else None,
        },
    ),
    "demands": (
        r.demands_qs,
        r.DemandFilters,
        r.DEMAND_FILTERS,
        {
            "product": lambda d: d.product.code,
            "sector": lambda d: d.product.sector.code,
            "province": lambda d: d.buyer.province.code if d.buyer.province_id else None,
            "year": lambda d: d.year,
        },
    ),
}


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_query_parameter_has_a_filter(resource):
    _qs, schema, table, samples = RESOURCES[resource]
    assert set(table) == set(schema.model_fields)
    assert set(samples) == set(table), "give each declared filter a sample below"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("resource", "name"), [(res, name) for res, spec in RESOURCES.items() for name in spec[2]]
)
def test_each_declared_filter_keeps_matching_rows_and_drops_others(resource, name):
    base_qs, schema, table, samples = RESOURCES[resource]
    base = base_qs()
    total = base.count()
    tried, narrowed = set(), False
    for row in base[:300]:
        value = samples[name](row)
        if value in (None, "") or value in tried:
            continue
        tried.add(value)
        ids = set(apply_filters(base, schema(**{name: value}), table).values_list("pk", flat=True))
        assert row.pk in ids, f"{name}={value!r} dropped a row carrying it"
        narrowed = narrowed or len(ids) < total
        if narrowed and len(tried) >= 3:
            break
    assert tried, f"no row carries a value for {name}"
    assert narrowed, f"{name} never narrowed the {total} {resource} (tried {sorted(map(str, tried))})"
