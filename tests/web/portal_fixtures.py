"""A small, hand-made portal dataset built through the ORM (used by tests/web and tests/browser).

Two provinces, a KCN and three CCNs with known areas, five enterprises with Vietnamese names (diacritics on
purpose), offerings, certifications and the Decree 32/2024 thresholds. Codes carry a ``PT`` prefix so the data
sits beside any reference or demo data another fixture loaded into the same database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

PASSWORD = "S3cure-pass-for-portal-tests"


@dataclass
class PortalData:
    province: object
    other_province: object
    kcn: object
    ccn_full: object
    ccn_empty: object
    ccn_other: object
    zip_maker: object
    fdi_buyer: object
    mould_shop: object
    button_maker: object
    other_firm: object
    sector_textile: object
    sector_mech: object
    product_zip: object
    product_mould: object
    version: object
    user: object


def _province(code: str, name: str, lat: float, lon: float):
    from lienket.web.registry.models import AdminUnit

    unit, _ = AdminUnit.objects.get_or_create(
        scheme=AdminUnit.Scheme.CURRENT,
        level=AdminUnit.Level.PROVINCE,
        code=code,
        defaults={"name": name, "short_name": name.removeprefix("Tỉnh "), "lat": lat, "lon": lon},
    )
    return unit


def _threshold(key: str, value: str, comparator: str, unit: str, label_vi: str, label_en: str):
    from lienket.web.registry.models import PolicyThreshold

    PolicyThreshold.objects.get_or_create(
        key=key,
        defaults={
            "value": Decimal(value),
            "comparator": comparator,
            "unit": unit,
            "label_vi": label_vi,
            "label_en": label_en,
            "legal_source": "Nghị định 32/2024/NĐ-CP",
        },
    )


def build_portal_data() -> PortalData:
    """Create the dataset (idempotent enough for one test database) and return its records."""
    from django.contrib.auth import get_user_model

    from lienket.web.registry.models import (
        Certification,
        Enterprise,
        Offering,
        Product,
        ProductGroup,
        Sector,
        TaxonomyVersion,
        Zone,
        ZoneMilestone,
        ZonePhase,
    )

    today = dt.date.today()
    bn = _province("24", "Tỉnh Bắc Ninh", 21.18, 106.07)
    tn = _province("19", "Tỉnh Thái Nguyên", 21.59, 105.85)

    textile = Sector.objects.create(code="PT-DM", name_vi="Dệt may (thử)", name_en="Textile (test)", order=90)
    mech = Sector.objects.create(
        code="PT-CK", name_vi="Cơ khí chế tạo (thử)", name_en="Mechanical (test)", order=91
    )
    version = TaxonomyVersion.objects.filter(is_current=True).first()
    if version is None:
        version = TaxonomyVersion.objects.create(
            code="PT-2025", title_vi="Danh mục thử nghiệm", title_en="Test list", is_current=True
        )
    g_textile = ProductGroup.objects.create(
        version=version, sector=textile, code="PT-G1", name_vi="Phụ liệu may", name_en="Garment accessories"
    )
    g_mech = ProductGroup.objects.create(
        version=version, sector=mech, code="PT-G2", name_vi="Khuôn mẫu", name_en="Moulds and dies"
    )
    zip_product = Product.objects.create(
        version=version,
        group=g_textile,
        sector=textile,
        code="PT-P1",
        name_vi="Khóa kéo và bộ phận",
        name_en="Zippers and parts",
        hs_codes=["9607.11", "9607.20"],
    )
    mould_product = Product.objects.create(
        version=version,
        group=g_mech,
        sector=mech,
        code="PT-P2",
        name_vi="Khuôn ép nhựa chính xác",
        name_en="Precision injection moulds",
        hs_codes=["8480.71"],
    )

    def zone(code, name, kind, province, industrial, leased, clean, lat, lon, **kw):
        z = Zone.objects.create(
            code=code,
            name_vi=name,
            name_en=kw.pop("name_en", ""),
            kind=kind,
            status=kw.pop("status", Zone.Status.OPERATING),
            province=province,
            established_area_ha=industrial * Decimal("1.4"),
            planned_area_ha=industrial * Decimal("1.5"),
            industrial_land_ha=industrial,
            leased_land_ha=leased,
            clean_land_ha=clean,
            lat=lat,
            lon=lon,
            verified_on=today,
            **kw,
        )
        return z

    kcn = zone(
        "PT-KCN-QV",
        "KCN Quế Võ Thử",
        Zone.Kind.KCN,
        bn,
        Decimal("400"),
        Decimal("300"),
        Decimal("60"),
        21.15,
        106.15,
    )
    kcn.priority_sectors.add(mech)
    # Nghĩa Hòa-like cluster: 34 ha of clean land for textile supporting industry.
    ccn_full = zone(
        "PT-CCN-NH",
        "CCN Nghĩa Hòa Thử",
        Zone.Kind.CCN,
        bn,
        Decimal("50"),
        Decimal("40"),
        Decimal("8"),
        21.35,
        106.25,
        name_en="Nghia Hoa Test Cluster",
        is_synthetic=True,
    )
    ccn_full.priority_sectors.add(textile)
    ZonePhase.objects.create(
        zone=ccn_full, name="Giai đoạn 1", area_ha=Decimal("35"), start_year=2021, end_year=2030
    )
    ZoneMilestone.objects.create(
        zone=ccn_full,
        kind=ZoneMilestone.Kind.WASTEWATER,
        status=ZoneMilestone.Status.DONE,
        date=dt.date(2023, 5, 1),
        capacity_m3_day=Decimal("1500"),
    )
    ccn_empty = zone(
        "PT-CCN-TB",
        "CCN Thanh Bình Thử",
        Zone.Kind.CCN,
        bn,
        Decimal("70"),
        Decimal("10"),
        Decimal("45"),
        21.05,
        105.95,
    )
    ccn_other = zone(
        "PT-CCN-CM",
        "CCN Chợ Mới Thử",
        Zone.Kind.CCN,
        tn,
        Decimal("30"),
        Decimal("3"),
        Decimal("20"),
        21.80,
        105.78,
    )

    def firm(tax, name, province, zone_, ownership, sectors, **kw):
        e = Enterprise(
            tax_code=tax,
            name_vi=name,
            province=province,
            zone=zone_,
            ownership=ownership,
            verified_on=kw.pop("verified_on", today),
            **kw,
        )
        e.save()
        e.sectors.set(sectors)
        return e

    zip_maker = firm(
        "0109990001",
        "Công ty TNHH Khóa Kéo Đồng Tiến",
        bn,
        ccn_full,
        Enterprise.Ownership.DOMESTIC,
        [textile],
        name_en="Dong Tien Zipper Co., Ltd",
        description_vi="Sản xuất khóa kéo kim loại và nhựa cho ngành may mặc.",
        is_synthetic=True,
    )
    fdi_buyer = firm(
        "0109990002",
        "Công ty TNHH Điện tử Hanbit Việt Nam",
        bn,
        kcn,
        Enterprise.Ownership.FDI,
        [mech],
        investor_countries=["KR"],
        is_supplier=False,
        is_buyer=True,
    )
    mould_shop = firm(
        "0109990003",
        "Công ty Cổ phần Cơ khí Chính xác Bắc Ninh",
        bn,
        kcn,
        Enterprise.Ownership.DOMESTIC,
        [mech],
        legal_form=Enterprise.LegalForm.CP,
        verified_on=today - dt.timedelta(days=900),
    )
    button_maker = firm(
        "0109990004",
        "Công ty TNHH Cúc Áo Hưng Thịnh",
        bn,
        ccn_empty,
        Enterprise.Ownership.JV,
        [textile],
        investor_countries=["JP"],
    )
    other_firm = firm(
        "0109990005",
        "Công ty TNHH Chỉ May Thái Nguyên",
        tn,
        ccn_other,
        Enterprise.Ownership.DOMESTIC,
        [textile],
    )
    Offering.objects.create(
        enterprise=zip_maker, product=zip_product, capacity=Decimal("2000000"), capacity_unit="chiếc"
    )
    Offering.objects.create(enterprise=mould_shop, product=mould_product, lead_time_days=45)
    Certification.objects.create(
        enterprise=mould_shop, standard="IATF 16949", valid_until=today + dt.timedelta(days=300)
    )
    Certification.objects.create(enterprise=zip_maker, standard="ISO 9001:2015")
    kcn.anchor_tenants.add(fdi_buyer)

    _threshold(
        "ccn_new_min_avg_occupancy",
        "50",
        ">",
        "%",
        "Tỷ lệ lấp đầy bình quân (lập CCN mới)",
        "Average occupancy (new cluster)",
    )
    _threshold(
        "ccn_new_max_unleased_ha",
        "100",
        "<=",
        "ha",
        "Đất chưa cho thuê (lập CCN mới)",
        "Unleased land (new cluster)",
    )
    _threshold(
        "ccn_expansion_min_occupancy", "60", ">=", "%", "Tỷ lệ lấp đầy (mở rộng)", "Occupancy (expansion)"
    )
    _threshold("ccn_expansion_max_area_ha", "75", "<=", "ha", "Diện tích sau mở rộng", "Area after expansion")

    user = get_user_model().objects.create_user(username="portal-visitor", password=PASSWORD)
    return PortalData(
        province=bn,
        other_province=tn,
        kcn=kcn,
        ccn_full=ccn_full,
        ccn_empty=ccn_empty,
        ccn_other=ccn_other,
        zip_maker=zip_maker,
        fdi_buyer=fdi_buyer,
        mould_shop=mould_shop,
        button_maker=button_maker,
        other_firm=other_firm,
        sector_textile=textile,
        sector_mech=mech,
        product_zip=zip_product,
        product_mould=mould_product,
        version=version,
        user=user,
    )


@pytest.fixture
def portal_data(db) -> PortalData:
    """The portal dataset inside the test's transaction."""
    return build_portal_data()
