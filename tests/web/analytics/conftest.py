"""A small hand-worked network in the test database (synthetic firms, year 2031, in a province without demo
demand), used to check the analytics pages' numbers against hand-computed values."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

YEAR = 2031


@dataclass
class HandNetwork:
    province: object
    other: object
    buyer: object
    s1: object
    s2: object
    s3: object
    s4: object
    zone: object
    products: list


@pytest.fixture
def hand(db):
    """Buyer B (Korean FDI) in province P buys, in 2031 (VND unless stated):

    d1 product A 52,000,000, cover 14 d: S1 (VN, P, zone Z) 0.5, import CN 0.3, import JP 0.2
    d2 product B 4,000 USD × 26,000 = 104,000,000, cover 0: import KR 0.6, S2 (VN, other province) 0.4
    d3 product C 26,000,000, cover 70 d: S3 (Chinese FDI in P) 1.0
    d4 product D 10,400,000, cover 21 d: unnamed in-province 0.25, unnamed domestic 0.75
    and in 2032: product A 52,000,000 from S1 only. S1 offers A (capacity 1,000), S4 (VN, P) offers A (5,000).
    """
    from lienket.web.registry.models import (
        AdminUnit,
        Demand,
        DemandSource,
        Enterprise,
        Offering,
        Product,
        Zone,
    )

    used = set(Enterprise.objects.values_list("province__code", flat=True))
    provinces = list(
        AdminUnit.objects.filter(scheme="2025", level=1).exclude(code__in=used).order_by("code")[:2]
    )
    p, q = provinces
    zone = Zone.objects.create(
        code="TEST-Z", name_vi="CCN thử nghiệm", kind="ccn", province=p, is_synthetic=True
    )

    def firm(name, prov, ownership="domestic", countries=(), **kw):
        return Enterprise.objects.create(
            name_vi=name,
            province=prov,
            ownership=ownership,
            investor_countries=list(countries),
            is_synthetic=True,
            **kw,
        )

    buyer = firm("Bên mua thử B", p, "fdi", ["KR"], is_buyer=True)
    s1 = firm("Nhà cung ứng thử S1", p, zone=zone)
    s2 = firm("Nhà cung ứng thử S2", q)
    s3 = firm("Nhà cung ứng thử S3", p, "fdi", ["CN"])
    s4 = firm("Nhà cung ứng thử S4", p)
    products = list(Product.objects.filter(version__is_current=True).order_by("code")[:4])
    a, b, c, d = products
    Offering.objects.create(enterprise=s1, product=a, capacity=Decimal(1000), capacity_unit="cái")
    Offering.objects.create(enterprise=s4, product=a, capacity=Decimal(5000), capacity_unit="cái")

    def demand(product, value, cover, sources, year=YEAR, **money):
        dem = Demand.objects.create(
            buyer=buyer, product=product, title=f"thử {product.code}", year=year, annual_value=Decimal(value),
            cover_days=cover, is_synthetic=True, **money,
        )  # fmt: skip
        for kind, country, supplier, share in sources:
            DemandSource.objects.create(
                demand=dem, kind=kind, country=country, supplier=supplier, share=Decimal(str(share))
            )

    demand(
        a,
        52_000_000,
        14,
        [("in_province", "", s1, 0.5), ("import", "CN", None, 0.3), ("import", "JP", None, 0.2)],
    )
    demand(b, 4_000, 0, [("import", "KR", None, 0.6), ("domestic", "", s2, 0.4)], currency="USD",
           exchange_rate=Decimal(26_000))  # fmt: skip
    demand(c, 26_000_000, 70, [("in_province", "", s3, 1.0)])
    demand(d, 10_400_000, 21, [("in_province", "", None, 0.25), ("domestic", "", None, 0.75)])
    demand(a, 52_000_000, 0, [("in_province", "", s1, 1.0)], year=YEAR + 1)
    return HandNetwork(p, q, buyer, s1, s2, s3, s4, zone, products)
