import pytest


@pytest.fixture(autouse=True)
def _clear_cache():
    """Login counters live in the cache: every test starts clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def offering(supplier):
    from lienket.web.registry.models import Offering, Product

    off = supplier.offerings.first()
    if off is None:
        off = Offering.objects.create(enterprise=supplier, product=Product.objects.order_by("pk").first())
    return off
