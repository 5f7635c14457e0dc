"""Hand-built linkage data on top of the demo province: zipper makers, a distractor and a buyer's demand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone


@pytest.fixture(autouse=True)
def _fresh_index():
    from lienket.web.linkage import search

    search.clear()
    yield
    search.clear()


@pytest.fixture
def zip_world(db, province, buyer_enterprise):
    """Two zipper makers (one fully certified and fresh, one with an expired IATF and stale), a logistics
    firm that only carries zippers, and an open demand of the buyer for zippers with three certificates."""
    from lienket.web.registry.models import AdminUnit, Certification, Demand, Enterprise, Offering, Product

    today = timezone.localdate()
    zip_product = Product.objects.get(version__is_current=True, code="TEX-ACC-ZIP")
    far = AdminUnit.objects.filter(scheme="2025", level=1, lat__isnull=False).exclude(pk=province.pk)
    far = far.exclude(code__in=["01", "22"]).order_by("-lat").first()  # a northern province, not next door

    def firm(name, desc, prov, verified_on, **kw):
        return Enterprise.objects.create(
            name_vi=name, description_vi=desc, province=prov, verified_on=verified_on, is_supplier=True, **kw
        )

    best = firm(
        "Công ty TNHH Khóa Kéo Minh Phúc Thử Nghiệm",
        "Chuyên sản xuất khóa kéo nylon và khóa kéo kim loại cho hàng may mặc.",
        province,
        today - dt.timedelta(days=10),
        name_en="Minh Phuc Test Zipper Co",
    )
    best.sectors.add(zip_product.sector)
    Offering.objects.create(
        enterprise=best, product=zip_product, capacity=Decimal("100000"), capacity_unit="pcs/month"
    )
    for std in ("ISO 9001:2015", "IATF 16949", "ISO 14001:2015"):
        Certification.objects.create(
            enterprise=best, standard=std, valid_from=today - dt.timedelta(days=300),
            valid_until=today + dt.timedelta(days=700),
        )  # fmt: skip
    second = firm(
        "Công ty Cổ phần Dây Kéo Hưng Thịnh Thử Nghiệm",
        "Sản xuất khóa kéo răng đồng cho túi xách, giày dép.",
        far,
        today - dt.timedelta(days=900),
    )
    Offering.objects.create(
        enterprise=second, product=zip_product, capacity=Decimal("5000"), capacity_unit="pcs/month"
    )
    Certification.objects.create(
        enterprise=second, standard="ISO 9001", valid_from=today - dt.timedelta(days=100), valid_until=None
    )
    Certification.objects.create(
        enterprise=second,
        standard="IATF16949",
        valid_from=dt.date(2018, 1, 1),
        valid_until=dt.date(2021, 1, 1),
    )
    carrier = firm(
        "Công ty TNHH Vận Tải Thử Nghiệm An Bình",
        "Vận chuyển khóa kéo, cúc áo và phụ liệu cho khách hàng may mặc. We transport zippers.",
        province,
        today,
    )
    demand = Demand.objects.create(
        buyer=buyer_enterprise,
        product=zip_product,
        title="Cần mua khóa kéo nylon số 5",
        year=today.year,
        annual_quantity=Decimal("600000"),
        quantity_unit="pcs",
        required_certifications=["ISO 9001", "IATF 16949", "ISO 14001"],
    )
    if buyer_enterprise.province_id != province.pk:
        buyer_enterprise.province = province
        buyer_enterprise.save()
    return {"best": best, "second": second, "carrier": carrier, "demand": demand, "product": zip_product}


@pytest.fixture
def other_buyer(db, buyer_enterprise):
    from lienket.web.registry.models import Enterprise

    other = Enterprise.objects.filter(is_buyer=True).exclude(pk=buyer_enterprise.pk).order_by("id").first()
    if other is None:
        other = Enterprise.objects.create(name_vi="Công ty Lắp Ráp Khác", is_buyer=True, is_supplier=False)
    return other


@pytest.fixture
def token_for():
    from lienket.web.api.models import ApiToken

    def issue(user):
        return {"HTTP_AUTHORIZATION": "Bearer " + ApiToken.issue(user, "test")[1]}

    return issue
