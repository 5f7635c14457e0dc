"""find_existing: the import engineer's entry point (exact tax code first, then the model)."""

from __future__ import annotations

import pytest

from lienket.web.registry.models import Enterprise
from lienket.web.resolution import services


@pytest.fixture(autouse=True)
def _fresh_index():
    services.reset_index()
    yield
    services.reset_index()


def _with_tax(db):
    return Enterprise.objects.exclude(tax_code=None).exclude(address_raw="").order_by("pk").first()


def test_exact_tax_code_written_with_spaces_is_auto(db):
    e = _with_tax(db)
    spaced = " ".join([e.tax_code[:4], e.tax_code[4:7], e.tax_code[7:]])
    found, probability, band = services.find_existing({"name": "whatever", "tax_code": spaced})
    assert (found, probability, band) == (e, 1.0, "auto")


def test_folded_name_and_province_without_tax_code_matches(db):
    e = _with_tax(db)
    from lienket.core.text import fold

    found, probability, band = services.find_existing(
        {"name": fold(e.name_vi).upper(), "address": e.address_raw, "phone": e.phone}
    )
    assert found == e
    assert band == "auto"
    assert probability >= 0.97


def test_unknown_firm_is_new(db):
    found, probability, band = services.find_existing(
        {"name": "Công ty TNHH Chưa Từng Có Xyzzy", "address": "Lô Z9, KCN Không Tên, tỉnh Cà Mau"}
    )
    assert found is None
    assert band == "new"


def test_same_name_in_another_park_is_not_auto(db):
    e = Enterprise.objects.exclude(zone=None).exclude(tax_code=None).order_by("pk").first()
    found, probability, band = services.find_existing(
        {"name": e.name_vi, "address": "Lô Q77, KCN Hoàn Toàn Khác, tỉnh Cà Mau", "phone": "0290 111 2222"}
    )
    assert band != "auto"


def test_soft_deleted_enterprise_is_not_found(db):
    e = _with_tax(db)
    from lienket.web.registry.services import soft_delete

    services.find_existing({"name": e.name_vi})  # builds the index before the delete
    soft_delete(e)
    found, _, _ = services.find_existing({"name": e.name_vi, "address": e.address_raw, "phone": e.phone})
    assert found != e


def test_a_second_number_in_either_phone_cell_finds_the_enterprise(db):
    e = _with_tax(db)
    Enterprise.objects.filter(pk=e.pk).update(phone="0222 3812 999 / 0912 777 001")
    services.reset_index()
    # The incoming row writes only the second number, and a name with nothing else in common: the index must
    # still propose the enterprise (the phone agrees).
    scored = services.score_candidates({"name": "Zq Unrelated Name", "phone": "0912777001"})
    assert e.pk in {s.enterprise_id for s in scored}
    match = next(s for s in scored if s.enterprise_id == e.pk)
    assert "phone: exact" in match.reasons
    # And the other way round: the incoming cell lists two numbers, the enterprise has the second.
    Enterprise.objects.filter(pk=e.pk).update(phone="0912 777 001")
    services.reset_index()
    scored = services.score_candidates({"name": "Zq Unrelated Name", "phone": "0222 000 1111; 0912.777.001"})
    assert e.pk in {s.enterprise_id for s in scored}
