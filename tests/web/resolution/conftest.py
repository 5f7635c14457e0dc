"""Fixtures of the resolution officer pages: a queued pair of two live enterprises, the officer's client."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_index():
    from lienket.web.resolution import services

    services.reset_index()
    yield
    services.reset_index()


@pytest.fixture(autouse=True)
def _runs_inline(settings):
    """The officer's "run now" works inside the request: no test spawns a process (test mode's default)."""
    settings.RESOLUTION_RUN_INLINE = True


@pytest.fixture
def pair_records(db):
    """Two live enterprises with offerings (synthetic demo data), lower id first."""
    from lienket.web.registry.models import Enterprise

    a, b = Enterprise.objects.filter(offerings__isnull=False).distinct().order_by("pk")[:2]
    return a, b


@pytest.fixture
def candidate(pair_records):
    from lienket.web.resolution.models import MatchCandidate

    a, b = pair_records
    return MatchCandidate.objects.create(left=a, right=b, score=0.8, reasons=["same brand", "same park"])


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client
