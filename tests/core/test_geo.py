"""Tests for lienket.core.geo: shipped admin-unit data and lookups (no database)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienket.core import geo

# --------------------------------------------------------------- shipped data


def test_counts_match_the_2025_reform():
    assert len(geo.provinces()) == 34
    assert len(geo.communes()) == 3321
    assert len(geo.legacy_provinces()) == 63
    assert len(geo.legacy_districts()) == 696


def test_division_types():
    types = {p.division_type for p in geo.provinces()}
    assert types == {"tỉnh", "thành phố trung ương"}
    assert sum(p.division_type == "thành phố trung ương" for p in geo.provinces()) == 6
    assert {c.division_type for c in geo.communes()} == {"xã", "phường", "đặc khu"}


def test_codes_are_unique_and_zero_padded():
    codes = [c.code for c in geo.communes()]
    assert len(set(codes)) == len(codes)
    assert all(len(c) == 5 and c.isdigit() for c in codes)
    assert all(len(p.code) == 2 for p in geo.provinces())


def test_every_commune_and_legacy_province_points_to_an_existing_province():
    known = {p.code for p in geo.provinces()}
    assert {c.province_code for c in geo.communes()} == known
    assert {lp.new_province_code for lp in geo.legacy_provinces()} == known
    assert all(lp.valid_to == "2025-06-30" for lp in geo.legacy_provinces())


def test_every_legacy_district_belongs_to_a_legacy_province():
    legacy = {lp.code for lp in geo.legacy_provinces()}
    assert {d.legacy_province_code for d in geo.legacy_districts()} == legacy


def test_every_legacy_ward_maps_to_an_existing_commune():
    wards = geo.legacy_wards()
    assert len(wards) > 10_000
    for w in wards:
        c = geo.commune(w.new_commune_code)
        assert c is not None, w
        new_prov = geo.legacy_province(w.legacy_province_code).new_province_code
        assert c.province_code == new_prov, w
        assert all(geo.commune(o) is not None for o in w.other_commune_codes)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Bắc Giang", "Bắc Ninh"),
        ("Hải Dương", "Hải Phòng"),
        ("Bắc Kạn", "Thái Nguyên"),
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Bình Dương", "Hồ Chí Minh"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Hà Giang", "Tuyên Quang"),
        ("Hà Nội", "Hà Nội"),
    ],
)
def test_old_province_maps_to_new(old, new):
    (lp,) = [lp for lp in geo.legacy_provinces() if lp.short_name == old]
    assert geo.province(lp.new_province_code).short_name == new


def test_coordinates_are_inside_vietnam():
    for unit in [*geo.provinces(), *geo.communes()]:
        if unit.lat is not None:
            assert 8.0 < unit.lat < 23.5 and 102.0 < unit.lon < 117.5, unit
    assert sum(c.lat is not None for c in geo.communes()) == 3321


def test_province_and_commune_by_code():
    assert geo.province("24").name == "Tỉnh Bắc Ninh"
    assert geo.province(24).short_name == "Bắc Ninh"
    assert geo.commune(9286).name == "Phường Nam Sơn"
    assert geo.province("99") is None
    assert geo.commune("nope") is None
    assert all(c.province_code == "24" for c in geo.communes("24"))
    assert 90 < len(geo.communes("24")) < 120


def test_legacy_districts_filter():
    bac_giang = geo.legacy_districts("24")  # old code 24 = Bắc Giang
    assert "Huyện Lạng Giang" in {d.name for d in bac_giang}
    lang_giang = next(d for d in bac_giang if d.name == "Huyện Lạng Giang")
    assert (lang_giang.short_name, lang_giang.division_type) == ("Lạng Giang", "huyện")
    assert lang_giang.lat is not None and geo.legacy_province("24").lat is not None


# --------------------------------------------------------------- find_province


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Bắc Ninh", "Bắc Ninh"),
        ("Tỉnh Bắc Ninh", "Bắc Ninh"),
        ("bac ninh", "Bắc Ninh"),
        ("BẮC NINH", "Bắc Ninh"),
        ("T. Bắc Ninh", "Bắc Ninh"),
        ("Bac Ninh Province", "Bắc Ninh"),
        ("Bắc Giang", "Bắc Ninh"),
        ("bac giang", "Bắc Ninh"),
        ("Tỉnh Bắc Giang", "Bắc Ninh"),
        ("Hai Duong", "Hải Phòng"),
        ("tinh hai duong", "Hải Phòng"),
        ("Tỉnh Bắc Kạn", "Thái Nguyên"),
        ("Bac Kan", "Thái Nguyên"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("Tp HCM", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("Ho Chi Minh City", "Hồ Chí Minh"),
        ("Hà Nội", "Hà Nội"),
        ("Hanoi", "Hà Nội"),
        ("Thủ đô Hà Nội", "Hà Nội"),
        ("TP Hải Phòng", "Hải Phòng"),
        ("Thừa Thiên Huế", "Huế"),
        ("Dak Lak", "Đắk Lắk"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Ba Ria - Vung Tau", "Hồ Chí Minh"),
        ("  quảng   ninh  ", "Quảng Ninh"),
        ("Kon Tum", "Quảng Ngãi"),
    ],
)
def test_find_province_spellings(text, short):
    p = geo.find_province(text)
    assert p is not None, text
    assert p.short_name == short


@pytest.mark.parametrize("text", ["", "   ", "xyz", "Hà Tây", "Tỉnh", "TP.", "Phường Nam Sơn", None, 42])
def test_find_province_unknown_is_none(text):
    assert geo.find_province(text) is None


def test_every_province_finds_itself_by_name_and_short_name():
    for p in geo.provinces():
        assert geo.find_province(p.name) == p
        assert geo.find_province(p.short_name) == p
    for lp in geo.legacy_provinces():
        assert geo.find_province(lp.name).code == lp.new_province_code
        assert geo.find_province(lp.short_name).code == lp.new_province_code


def test_find_legacy_province_keeps_the_old_unit():
    assert geo.find_legacy_province("Bắc Giang").code == "24"
    assert geo.find_legacy_province("bắc ninh").code == "27"
    assert geo.find_legacy_province("Hà Tây") is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_province_never_raises(text):
    result = geo.find_province(text)
    assert result is None or isinstance(result, geo.Province)


# --------------------------------------------------------------- find_commune


def test_find_commune_with_prefixes_and_without_diacritics():
    assert geo.find_commune("Phường Nam Sơn", "24").code == "09286"
    assert geo.find_commune("phuong nam son", "24").code == "09286"
    assert geo.find_commune("P. Nam Sơn", "24").code == "09286"
    assert geo.find_commune("Kinh Bắc").name == "Phường Kinh Bắc"
    assert geo.find_commune("Xã Không Có Thật", "24") is None


def test_find_commune_needs_a_province_when_the_name_repeats():
    assert len([c for c in geo.communes() if c.short_name == "Tân Thành"]) > 2
    assert geo.find_commune("Xã Tân Thành") is None
    assert geo.find_commune("Phường Nam Sơn").province_code == "24"  # the only Nam Sơn since 2025
    assert geo.find_commune("Xã Tân Thành", "80") is not None


def test_find_commune_uses_diacritics_to_break_a_folded_tie():
    # Hải Phòng has both Xã Cẩm Giang and Xã Cẩm Giàng.
    assert geo.find_commune("Xã Cẩm Giàng", "31").name == "Xã Cẩm Giàng"
    assert geo.find_commune("Xã Cẩm Giang", "31").name == "Xã Cẩm Giang"
    assert geo.find_commune("xa cam giang", "31") is None


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from([None, "24", "31", "99"]))
def test_find_commune_never_raises(text, province_code):
    result = geo.find_commune(text, province_code)
    assert result is None or isinstance(result, geo.Commune)


# --------------------------------------------------------------- normalise_address


@pytest.mark.parametrize(
    ("address", "province", "commune", "legacy", "steps"),
    [
        (
            "Lô A2, KCN Quế Võ, phường Nam Sơn, TP. Bắc Ninh, Bắc Ninh",
            "24",
            "Phường Nam Sơn",
            "27",
            "province+legacy_district+legacy_ward",
        ),
        (
            "Cụm công nghiệp Nghĩa Hòa, huyện Lạng Giang, tỉnh Bắc Giang",
            "24",
            "Xã Tiên Lục",
            "24",
            "legacy_province+legacy_district+zone_name",
        ),
        ("Xã Nghĩa Hòa huyện Lạng Giang tỉnh Bắc Giang", "24", "Xã Tiên Lục", "24", None),
        (
            "Số 10 Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh",
            "24",
            "Phường Kinh Bắc",
            "27",
            "province+commune",
        ),
        ("phuong Nam Son, tp Bac Ninh, Bac Ninh", "24", "Phường Nam Sơn", "27", None),
        ("Phường Phúc Xá, Quận Ba Đình, Hà Nội", "01", "Phường Hồng Hà", "01", None),
        ("Phường Hồng Hà, Hà Nội", "01", "Phường Hồng Hà", "01", "province+commune"),
        ("Phường Sài Gòn, TP. Hồ Chí Minh", "79", "Phường Sài Gòn", "79", "province+commune"),
        ("Thôn Đông, thị trấn Cẩm Giang, huyện Cẩm Giàng, tỉnh Hải Dương", "31", "Xã Cẩm Giang", "30", None),
        ("Khu 3, thị trấn Đồng Tâm, huyện Chợ Mới, Bắc Kạn, Việt Nam", "19", "Xã Chợ Mới", "06", None),
        ("KCN Đại An, TP Hải Dương, Hải Dương", "31", None, "30", "legacy_province+legacy_district"),
        ("Đường TS1, KCN Tiên Sơn, Bắc Ninh", "24", None, None, "province"),
        ("Xã Đại Đồng, Tiên Du, Bắc Ninh", "24", "Xã Đại Đồng", "27", "province+legacy_district+legacy_ward"),
        ("KCN VSIP, phường Phù Chẩn thị xã Từ Sơn tỉnh Bắc Ninh", "24", "Phường Từ Sơn", "27", None),
        ("Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội", "01", "Phường Ba Đình", "01", "province+commune"),
        ("Phường Kinh Bắc", "24", "Phường Kinh Bắc", "27", "commune_unique"),
        # Without commas the head is read as a current name: Quế Võ is now a phường (and was a district).
        ("Lô CN3, Quế Võ Bắc Ninh", "24", "Phường Quế Võ", "27", "province+commune"),
    ],
)
def test_normalise_address(address, province, commune, legacy, steps):
    unit = geo.normalise_address(address)
    assert unit.province_code == province, unit
    assert (geo.commune(unit.commune_code).name if unit.commune_code else None) == commune, unit
    assert unit.legacy_province_code == legacy, unit
    if steps is not None:
        assert unit.matched_on == steps


def test_normalise_address_district_without_ward_keeps_the_district():
    unit = geo.normalise_address("CCN Hợp Thịnh, huyện Hiệp Hòa, tỉnh Bắc Giang")
    assert unit.legacy_district_code is not None
    assert geo.legacy_districts("24")[0].legacy_province_code == "24"
    assert {d.code: d for d in geo.legacy_districts()}[unit.legacy_district_code].name == "Huyện Hiệp Hòa"


@pytest.mark.parametrize("text", ["", "nothing here", ",,,", None, "Việt Nam"])
def test_normalise_address_unknown(text):
    unit = geo.normalise_address(text)
    assert unit == geo.AddressUnit(None, None, None, "")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalise_address_never_raises(text):
    unit = geo.normalise_address(text)
    assert unit.commune_code is None or geo.commune(unit.commune_code).province_code == unit.province_code


# --------------------------------------------------------------- distance


def test_haversine_km():
    assert geo.haversine_km(21.0, 105.8, 21.0, 105.8) == 0
    # Hà Nội (Hoàn Kiếm) to Hồ Chí Minh (Bến Thành): ~1,140 km great-circle.
    d = geo.haversine_km(21.0285, 105.8542, 10.7725, 106.6980)
    assert 1130 < d < 1150
    assert geo.haversine_km(10, 106, 11, 106) == pytest.approx(111.2, abs=0.2)


def test_bad_csv_names_file_line_and_field(tmp_path, monkeypatch):
    bad = tmp_path / "admin"
    bad.mkdir()
    (bad / "provinces.csv").write_text(
        "code,name,short_name,division_type\n01,Hà Nội,,tỉnh\n", encoding="utf-8"
    )

    class FakeFiles:
        def joinpath(self, *parts):
            return tmp_path.joinpath(*parts)

    monkeypatch.setattr(geo.resources, "files", lambda _pkg: FakeFiles())
    with pytest.raises(geo.AdminDataError, match=r"provinces.csv: line 2: field 'short_name' is empty"):
        geo._read("provinces.csv", ("code", "name", "short_name", "division_type"))


def test_shipped_files_match_a_fresh_build_from_the_installed_packages():
    pytest.importorskip("vietnam_provinces")
    pytest.importorskip("vietnamadminunits")
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "tools" / "build_admin_units.py"
    spec = importlib.util.spec_from_file_location("build_admin_units", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0
