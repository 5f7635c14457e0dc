"""API fixtures: tokens for each persona, a client that sends them, and generous rate limits by default."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _api_limits(settings):
    from django.core.cache import cache

    cache.clear()
    settings.API_RATE_LIMIT_ANON = "100000/min"
    settings.API_RATE_LIMIT_TOKEN = "100000/min"
    settings.API_RATE_LIMIT_WRITE = "100000/min"


def _token(user):
    from lienket.web.api.models import ApiToken

    return ApiToken.issue(user, "tests")[1]


@pytest.fixture
def officer_token(officer):
    return _token(officer)


@pytest.fixture
def enterprise_token(enterprise_user):
    return _token(enterprise_user)


@pytest.fixture
def buyer_token(buyer_user):
    return _token(buyer_user)


class Api:
    """Thin JSON client for /api/v1/ with an optional bearer token."""

    def __init__(self, client, token=None):
        self.client, self.token = client, token

    def _headers(self, extra):
        headers = dict(extra or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def get(self, path, params=None, headers=None):
        return self.client.get(f"/api/v1{path}", params or {}, headers=self._headers(headers))

    def post(self, path, data, headers=None):
        return self.client.post(
            f"/api/v1{path}", data, content_type="application/json", headers=self._headers(headers)
        )

    def patch(self, path, data, headers=None):
        return self.client.patch(
            f"/api/v1{path}", data, content_type="application/json", headers=self._headers(headers)
        )

    def delete(self, path, headers=None):
        return self.client.delete(f"/api/v1{path}", headers=self._headers(headers))


@pytest.fixture
def api(client):
    return Api(client)


@pytest.fixture
def as_officer(client, officer_token):
    return Api(client, officer_token)


@pytest.fixture
def as_enterprise(client, enterprise_token):
    return Api(client, enterprise_token)


@pytest.fixture
def as_buyer(client, buyer_token):
    return Api(client, buyer_token)
