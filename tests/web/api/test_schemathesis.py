"""Property-based run of the whole API from its OpenAPI document (schemathesis 4): no generated request, read or
write (with an officer's token), may get a 5xx. Examples per operation are bounded to keep the run short."""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

# Bounded so the run stays well under a minute per database; raise it locally with LIENKET_API_FUZZ_EXAMPLES.
MAX_EXAMPLES = int(os.environ.get("LIENKET_API_FUZZ_EXAMPLES", "6"))


def _load_schema():
    from lienket.web.wsgi import application

    # Loaded at collection (pytest-django has configured Django by then): schemathesis' lazy
    # ``from_fixture`` loader fails on pytest 9 (it reads Function._nodeid, which pytest 9 removed).
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


schema = _load_schema()


@pytest.fixture(autouse=True)
def _keep_test_connection():
    """Requests go straight to the WSGI handler, whose request signals would close the test transaction's
    connection on PostgreSQL; detach them as Django's own test client does."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_error_for_any_generated_request(case, officer_token):
    case.call_and_validate(headers={"Authorization": f"Bearer {officer_token}"}, checks=[not_a_server_error])


@pytest.mark.django_db
@schema.include(method="GET").parametrize()
@settings(
    max_examples=max(2, MAX_EXAMPLES // 2),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_server_error_for_anonymous_reads(case):
    case.call_and_validate(checks=[not_a_server_error])
