"""Shared fixtures for tests that use the database: reference data and a small demo province, loaded once
per test database, and the personas (Healthchecks style): officer, enterprise user, buyer user, anonymous."""

from __future__ import annotations

import pytest

SEED = 7
ENTERPRISES = 60


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from lienket.core import synth
    from lienket.web.registry import loader

    with django_db_blocker.unblock():
        loader.load_reference()
        loader.load_dataset(
            synth.generate(seed=SEED, enterprises=ENTERPRISES, extra_zones=4, include_real=True),
            ref_prefix="demo",
        )
        loader.load_seed_facts()


@pytest.fixture
def province(db):
    from lienket.web.registry.models import AdminUnit

    return AdminUnit.objects.get(scheme="2025", level=1, code="24")  # Bắc Ninh


@pytest.fixture
def supplier(db):
    from lienket.web.registry.models import Enterprise

    return Enterprise.objects.filter(is_supplier=True, is_buyer=False).order_by("id").first()


@pytest.fixture
def other_supplier(db, supplier):
    from lienket.web.registry.models import Enterprise

    return Enterprise.objects.filter(is_supplier=True).exclude(pk=supplier.pk).order_by("id").first()


@pytest.fixture
def buyer_enterprise(db):
    from lienket.web.registry.models import Enterprise

    return Enterprise.objects.filter(is_buyer=True).order_by("id").first()


def _user(username, role, **extra):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.create_user(username=username, password="S3cure-pass-for-tests", role=role, **extra)
    return user


@pytest.fixture
def officer(db):
    from django.contrib.auth.models import Permission

    user = _user("alice", "officer", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="registry"))
    return user


@pytest.fixture
def admin_user(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser(
        "root", "root@example.org", "S3cure-pass-for-tests", role="admin"
    )


@pytest.fixture
def enterprise_user(db, supplier):
    return _user("bob", "enterprise", enterprise=supplier)


@pytest.fixture
def buyer_user(db, buyer_enterprise):
    return _user("charlie", "buyer", enterprise=buyer_enterprise)


@pytest.fixture(params=["anonymous", "officer", "enterprise", "buyer"])
def persona_client(request, client):
    """A test client logged in as each persona in turn (or not at all)."""
    if request.param != "anonymous":
        user = request.getfixturevalue(
            {"officer": "officer", "enterprise": "enterprise_user", "buyer": "buyer_user"}[request.param]
        )
        client.force_login(user)
    client.persona = request.param
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: login throttling, rate limits and cached aggregates are per test."""
    from django.core.cache import cache

    cache.clear()
    yield
