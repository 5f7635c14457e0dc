"""find_existing_many: the import's batch lookup gives find_existing's answers with a bounded number of queries."""

from __future__ import annotations

import pytest

from lienket.core.text import fold
from lienket.web.registry.models import Enterprise
from lienket.web.resolution import services

pytestmark = pytest.mark.django_db


def _rows():
    ents = list(Enterprise.objects.exclude(tax_code=None).exclude(address_raw="").order_by("pk")[:6])
    rows = [{"name": "x", "tax_code": " ".join([e.tax_code[:4], e.tax_code[4:]])} for e in ents[:3]]
    rows += [{"name": fold(e.name_vi).upper(), "address": e.address_raw, "phone": e.phone} for e in ents[3:]]
    rows.append({"name": "Công ty TNHH Chưa Từng Có Xyzzy", "address": "Lô Z9, KCN Không Tên, tỉnh Cà Mau"})
    rows.append({"name": "", "tax_code": "0999999999"})  # a tax code nobody has, no name: new
    return ents, rows


def test_batch_answers_equal_one_by_one_answers(db):
    ents, rows = _rows()
    many = services.find_existing_many(rows)
    one = [services.find_existing(r) for r in rows]
    assert many == one
    assert [m[0] for m in many[:3]] == ents[:3] and {m[2] for m in many[:3]} == {"auto"}
    assert [m[0] for m in many[3:6]] == ents[3:6]
    assert many[-2][0] is None and many[-2][2] == "new"
    assert many[-1] == (None, 0.0, "new")


def test_batch_lookup_uses_a_bounded_number_of_queries(db, django_assert_max_num_queries):
    _ents, rows = _rows()
    services.find_existing_many(rows[:1])  # builds the in-process index once
    with django_assert_max_num_queries(3):  # tax codes, index refresh, enterprises scored
        out = services.find_existing_many(rows * 5)
    assert len(out) == len(rows) * 5


def test_empty_batch(db):
    assert services.find_existing_many([]) == []
