"""Fixtures of the programmes tests: the seeds' programmes loaded into the test province."""

import pytest


@pytest.fixture
def seeded(db):
    from lienket.web.programmes.loader import load_programmes

    return load_programmes()
