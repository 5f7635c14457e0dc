"""Programmes, targets and actuals: the seeds load, computed actuals come from the registry."""

import pytest

from lienket.web.programmes import models as m
from lienket.web.programmes import selectors


@pytest.mark.django_db
def test_seed_programmes_load_once_with_targets(seeded):
    from lienket.web.programmes.loader import load_programmes

    assert seeded["programmes"] == 5
    assert load_programmes()["programmes"] == 0
    bn = m.Programme.objects.get(code="decision-295qd-ubnd")
    assert bn.province.code == "24" and (bn.start_year, bn.end_year) == (2021, 2025)
    rows = selectors.targets("cnht_share_of_domestic_demand")
    assert [(y, float(v)) for _p, y, v, _u in rows] == [(2025, 45.0), (2030, 70.0)]


@pytest.mark.django_db
def test_progress_of_bac_ninh(seeded):
    prog = m.Programme.objects.get(code="decision-295qd-ubnd")
    p = selectors.programme_progress(prog)
    by = {ip.indicator.code: ip for ip in p.indicators}
    print({k: (v.actuals, [t.assessment.status for t in v.targets]) for k, v in by.items()})
    assert by["cnht_share_of_manufacturing_output"].actuals
