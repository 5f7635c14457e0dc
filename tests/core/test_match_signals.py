"""Registry-side ranking signals: certificate validity, capacity, distance, freshness, and the search mask."""

import datetime as dt

import numpy as np

from lienket.core.match.index import MatchIndex, Query, Supplier
from lienket.core.match.signals import (
    MAX_BONUS,
    CertRecord,
    bonus,
    capacity_ratio,
    capacity_score,
    check_certifications,
    distance_score,
    freshness,
)

TODAY = dt.date(2026, 11, 24)


def test_certificate_valid_expired_and_missing_are_told_apart():
    held = [
        CertRecord("ISO 9001:2015", dt.date(2024, 1, 1), dt.date(2027, 1, 1)),
        CertRecord("IATF16949", dt.date(2020, 1, 1), dt.date(2023, 1, 1)),
    ]
    check = check_certifications(["ISO 9001", "IATF 16949", "ISO 14001"], held, TODAY)
    assert [name for name, _rec in check.held] == ["ISO 9001"]
    assert [name for name, _rec in check.expired] == ["IATF 16949"]
    assert check.expired[0][1].valid_until == dt.date(2023, 1, 1)
    assert check.missing == ["ISO 14001"]
    assert round(check.coverage, 3) == 0.333
    assert not check.complete


def test_certificate_not_yet_valid_does_not_count_and_open_ended_does():
    held = [CertRecord("ISO 14001", dt.date(2027, 1, 1), None), CertRecord("ISO 9001")]
    check = check_certifications(["ISO 14001", "ISO 9001", " "], held, TODAY)
    assert [n for n, _ in check.held] == ["ISO 9001"]
    assert [n for n, _ in check.expired] == ["ISO 14001"]
    assert check_certifications([], held, TODAY).coverage == 1.0


def test_capacity_ratio_and_score():
    assert capacity_ratio(None, 10) is None
    assert capacity_ratio(10, 0) is None
    assert capacity_ratio(50, 100) == 0.5
    assert capacity_score(None) == 0.5
    assert capacity_score(0.5) == 0.5
    assert capacity_score(3.0) == 1.0


def test_distance_score_halves_at_fifty_km():
    assert distance_score(None) == 0.0
    assert distance_score(0) == 1.0
    assert distance_score(50) == 0.5
    assert distance_score(10) > distance_score(100)


def test_freshness_and_stale_flag():
    assert freshness(None, TODAY) == freshness(None, TODAY, 30)
    assert freshness(None, TODAY).stale
    assert freshness(TODAY, TODAY).score == 1.0
    old = freshness(TODAY - dt.timedelta(days=400), TODAY, 365)
    assert old.stale and old.days == 400 and 0.4 < old.score < 0.5
    assert freshness(TODAY - dt.timedelta(days=2000), TODAY, 365).score == 0.0


def test_bonus_prefers_fresh_verified_close_capable_and_stays_small():
    fresh = freshness(TODAY, TODAY)
    stale = freshness(TODAY - dt.timedelta(days=500), TODAY)
    assert bonus(fresh) > bonus(stale)
    assert bonus(fresh, capacity=2.0) > bonus(fresh, capacity=0.2)
    assert bonus(fresh, distance_km=5) > bonus(fresh, distance_km=300)
    best = bonus(fresh, capacity=5, distance_km=0)
    assert abs(best - MAX_BONUS) < 1e-9 and MAX_BONUS <= 0.5


def test_search_mask_keeps_only_allowed_suppliers():
    sups = [
        Supplier(id="a", name="Zip A", description="sản xuất khóa kéo"),
        Supplier(id="b", name="Zip B", description="sản xuất khóa kéo"),
        Supplier(id="c", name="Other", description="sản xuất khuôn mẫu"),
    ]
    index = MatchIndex(sups, embed=False)
    q = Query("q", "khóa kéo")
    assert {m.supplier_id for m in index.search(q, 10)} >= {"a", "b"}
    only_b = index.search(q, 10, mask=np.array([False, True, True]))
    assert [m.supplier_id for m in only_b][0] == "b"
    assert "a" not in {m.supplier_id for m in only_b}
    assert index.search(q, 10, mask=np.zeros(3, dtype=bool)) == []


def test_annual_capacity_converts_periods_and_refuses_other_units():
    from lienket.core.match.signals import annual_capacity

    assert annual_capacity(1000, "pcs/month", "pcs") == 12000
    assert annual_capacity(1000, "pcs/tháng", "") == 12000
    assert annual_capacity(5, "tấn", "tấn") == 5
    assert annual_capacity(1000, "pcs/month", "kg") is None
    assert annual_capacity(1000, "pcs/fortnight", "pcs") is None
    assert annual_capacity(None, "pcs", "pcs") is None
