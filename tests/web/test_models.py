"""Model rules: bad input gives a clear error and saves nothing."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from lienket.web.registry.models import AdminUnit, Enterprise, Zone


def _zone(province, **kw):
    data = dict(code="CCN-TEST", name_vi="CCN Thử nghiệm", kind="ccn", status="operating", province=province)
    data.update(kw)
    return Zone(**data)


@pytest.mark.django_db
class TestZone:
    def test_occupancy_is_leased_over_industrial_land(self, province):
        z = _zone(province, industrial_land_ha=Decimal("50"), leased_land_ha=Decimal("30"))
        assert z.occupancy_pct == Decimal("60.0")

    def test_occupancy_unknown_without_industrial_land(self, province):
        assert _zone(province, leased_land_ha=Decimal("3")).occupancy_pct is None
        assert (
            _zone(province, industrial_land_ha=Decimal("0"), leased_land_ha=Decimal("0")).occupancy_pct
            is None
        )

    def test_leased_above_industrial_is_refused_by_validation(self, province):
        z = _zone(province, industrial_land_ha=Decimal("20"), leased_land_ha=Decimal("25"))
        with pytest.raises(ValidationError) as err:
            z.full_clean()
        assert "leased_land_ha" in err.value.message_dict

    def test_leased_above_industrial_is_refused_by_the_database(self, province):
        z = _zone(province, industrial_land_ha=Decimal("20"), leased_land_ha=Decimal("25"))
        with pytest.raises(IntegrityError), transaction.atomic():
            z.save()
        assert not Zone.objects.filter(code="CCN-TEST").exists()

    def test_negative_area_is_refused(self, province):
        z = _zone(province, planned_area_ha=Decimal("-1"))
        with pytest.raises(ValidationError) as err:
            z.full_clean()
        assert "planned_area_ha" in err.value.message_dict
        with pytest.raises(IntegrityError), transaction.atomic():
            z.save()

    def test_commune_must_lie_in_the_province(self, province):
        other = AdminUnit.objects.filter(scheme="2025", level=3).exclude(parent=province).first()
        z = _zone(province, commune=other)
        with pytest.raises(ValidationError) as err:
            z.full_clean()
        assert "commune" in err.value.message_dict

    def test_a_valid_zone_saves(self, province):
        commune = AdminUnit.objects.filter(scheme="2025", level=3, parent=province).first()
        z = _zone(
            province,
            commune=commune,
            industrial_land_ha=Decimal("40"),
            leased_land_ha=Decimal("10"),
            clean_land_ha=Decimal("20"),
        )
        z.full_clean()
        z.save()
        assert Zone.objects.get(code="CCN-TEST").occupancy_pct == Decimal("25.0")

    def test_clean_land_cannot_exceed_unleased_land(self, province):
        z = _zone(
            province,
            industrial_land_ha=Decimal("40"),
            leased_land_ha=Decimal("30"),
            clean_land_ha=Decimal("15"),
        )
        with pytest.raises(ValidationError) as err:
            z.full_clean()
        assert "clean_land_ha" in err.value.message_dict


@pytest.mark.django_db
class TestEnterprise:
    @pytest.mark.parametrize(
        "code", ["12345", "01001091060", "0100109106-01", "abcdefghij", "0100109106-0011"]
    )
    def test_malformed_tax_code_is_refused(self, province, code):
        e = Enterprise(name_vi="Công ty TNHH Thử", tax_code=code, province=province)
        with pytest.raises(ValidationError) as err:
            e.full_clean()
        assert "tax_code" in err.value.message_dict

    @pytest.mark.parametrize(
        "written,stored",
        [("0100109106", "0100109106"), ("0100 109 106", "0100109106"), ("0100109106-001", "0100109106-001")],
    )
    def test_written_tax_codes_are_normalised(self, province, written, stored):
        e = Enterprise(name_vi="Công ty TNHH Thử", tax_code=written, province=province)
        e.full_clean()
        assert e.tax_code == stored

    def test_tax_code_is_unique(self, province):
        Enterprise.objects.create(name_vi="A", tax_code="0999999991", province=province)
        with pytest.raises(IntegrityError), transaction.atomic():
            Enterprise.objects.create(name_vi="B", tax_code="0999999991", province=province)

    def test_many_enterprises_may_have_no_tax_code(self, province):
        Enterprise.objects.create(name_vi="A", tax_code="", province=province)
        Enterprise.objects.create(name_vi="B", tax_code=None, province=province)
        assert Enterprise.objects.filter(name_vi__in=["A", "B"], tax_code__isnull=True).count() == 2

    def test_fdi_needs_investor_country(self, province):
        e = Enterprise(name_vi="Công ty TNHH Hana Vina", ownership="fdi", province=province)
        with pytest.raises(ValidationError) as err:
            e.full_clean()
        assert "investor_countries" in err.value.message_dict

    def test_search_text_ignores_diacritics(self, province):
        e = Enterprise.objects.create(name_vi="Công ty TNHH Khóa kéo Đông Á", province=province)
        assert "khoa keo dong a" in e.search_text
