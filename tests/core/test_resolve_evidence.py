"""Evidence the resolver reads beyond the name: commune codes and landline provinces (``places``), trade words, values
typed into the wrong cell, and when every record of a brand points at one firm."""

from __future__ import annotations

import pytest

from lienket.core.resolve.model import score_pair
from lienket.core.resolve.normalise import RawRecord, features, realign
from lienket.core.resolve.phone import phone_province
from lienket.core.resolve.places import AREA_CODES, area_province, commune_code


def _commune(address: str) -> str:
    return features(RawRecord("1", "X", "", address)).commune


def test_old_and_new_writings_of_one_ward_get_one_current_code():
    old = _commune("Km 9 QL1A, phường Nếnh, thị xã Việt Yên, tỉnh Bắc Giang")
    abbreviated = _commune("Km9 Quốc lộ 1A, P. Nếnh, Tx.Việt Yên, tỉnh Bắc Giang")
    assert old and old == abbreviated
    before = _commune("Lô C1, KCN Tân Tạo, P. Tân Tạo A, Tp. HCM")
    after = _commune("Lô C1, KCN Tân Tạo, phường Tân Tạo, TP. Hồ Chí Minh")
    assert before and before == after


@pytest.mark.parametrize(
    "address",
    [
        "Xóm 10, thôn Đại Lâm, xã Lâm Thao, huyện Lương Tài, tỉnh Bắc Ninh",
        "Xom 10, thon Dai Lam, X. Lam Thao, H. Luong Tai, Bac Ninh, Viet Nam",
        "XÓM 10 - X.LÂM THAO - H.LƯƠNG TÀI - BẮC NINH",
    ],
)
def test_a_commune_is_read_however_it_is_written(address):
    assert _commune(address) == _commune("xã Lâm Thao, tỉnh Bắc Ninh") != ""


def _province(address: str) -> str:
    return features(RawRecord("1", "X", "", address)).province


def test_a_district_is_no_slip_of_a_province_and_a_cut_name_no_abbreviation():
    # "Phổ Yên" (a district of Thái Nguyên) is one letter from the province Phú Yên; "Th" is "Thái Nguyên" cut
    # short after "TP Thái Nguyên", not Thanh Hóa; "TH" after a Thanh Hóa address still is
    assert _province("trung thành, phổ yên") != _province("Tuy Hòa, Phú Yên")
    assert _province("Lô C-27, KCN Quyết Thắng, X. Quyết Thắng, TP Thái Nguyên, Th") == _province("Thái Nguyên")
    assert _province("Số 5 Lê Lợi, TP Thanh Hóa, TH") == _province("tỉnh Thanh Hóa") != ""
    assert _province("Tam Giang, Yên Phong, Bắc Nih") == _province("Bắc Ninh") != ""


def test_ba_ria_vung_tau_written_with_its_dash_is_one_province_not_the_city_vung_tau():
    def district(address: str) -> str:
        return features(RawRecord("1", "X", "", address)).district

    phu_my = district("290 NGUYỄN AN NINH, MỸ XUÂN, TX. PHÚ MỸ, BÀ RỊA VŨNG TÀU")
    assert district("290 Nguyễn An Ninh, Phường Mỹ Xuân, TX. Phú Mỹ, Tỉnh Bà Rịa - Vũng Tàu") == phu_my != ""
    assert district("290 Nguyễn An Ninh, Phường Mỹ Xuân, TX. Phú Mỹ, BRVT") == phu_my
    assert district("12 Lê Lợi, TP. Vũng Tàu, BR-VT") != phu_my


def test_an_old_district_written_outweighs_a_commune_name_unique_today():
    # "X. Tân Quang, TP Sông Công, Thái": the province cut off; Tân Quang is today a commune of Tuyên Quang only,
    # but was a ward of Sông Công (Thái Nguyên)
    cut = _commune("Lô E 38, KCN Sông Công II, X. Tân Quang, TP Sông Công, Thái")
    assert cut == _commune("X. Tân Quang, TP Sông Công, tỉnh Thái Nguyên") != ""


def test_an_old_district_written_bare_after_the_commune_picks_the_commune_of_that_name_there():
    # Phước Thái is today a commune of Đồng Nai; the old commune of Ninh Phước (Ninh Thuận, now Khánh Hòa) went into
    # another. A list kept inside the province writes neither the province nor "huyện".
    full = _commune("Thôn Như Thiện 3, Xã Phước Thái, Huyện Ninh Phước, Tỉnh Ninh Thuận")
    assert _commune("Thôn Như Thiện 3, xã Phước Thái, Ninh Phước") == full != ""
    assert _province("Thôn Như Thiện 3, xã Phước Thái, Ninh Phước") == _province("Khánh Hòa")
    assert _commune("xã Phước Thái") != full  # without the district: the commune of that name today


def test_a_ward_and_a_commune_of_one_name_are_told_apart_by_the_unit_word():
    # Thái Nguyên has the old ward Tân Thịnh (Thái Nguyên city, now Phan Đình Phùng) and the old commune Tân Thịnh
    # (Định Hóa, now Phượng Tiến): "P." names the ward even without the city written after it.
    ward = _commune("xóm 7, thôn Hòa Đình, P. Tân Thịnh, TP. Thái Nguyên, Thái Nguyên")
    assert _commune("xóm 7, thôn Hòa Đình, P. Tân Thịnh, Thái Nguyên") == ward != ""
    assert _commune("Tan Thinh Ward, Thai Nguyen") == ward
    assert _commune("X. Tân Thịnh, H. Định Hóa, Thái Nguyên") == _commune("X. Tân Thịnh, Thái Nguyên") != ward


@pytest.mark.parametrize(
    ("written", "full"),
    [
        # a commune, a district and a province without "xã" and "huyện", the district dissolved in 2024
        ("THÔN HẠ, TIỀN PHONG, YÊN DŨNG, BẮC GIANG", "thon ha, X. Tien Phong, H. Yen Dung, tinh Bac Giang"),
        ("Số 38, ngõ 57 Hồ Tùng Mậu, Nếnh, Việt Yên, Bắc Giang", "phường Nếnh, thị xã Việt Yên, tỉnh Bắc Giang"),
        ("Minh Hải, Văn Lâm, HY", "xã Minh Hải, huyện Văn Lâm, tỉnh Hưng Yên"),
        # parts separated by dashes, with or without spaces
        ("Lô A3 - CCN Phong Khê - Phường Vũ Ninh - T. Bắc Ninh", "phường Vũ Ninh, tỉnh Bắc Ninh"),
        ("Lô CN19-KCN Thuận Thành II-xã Mão Điền-Bắc Ninh", "xã Mão Điền, tỉnh Bắc Ninh"),
        # a city abbreviated, a province's name with a slip
        ("394 Trường Chinh, P. Hòa Phát, Cẩm Lệ, TP.ĐN", "phường Hòa Phát, quận Cẩm Lệ, thành phố Đà Nẵng"),
        ("Lô E6-4, KCN Bình Xuyên II, X. Bá Hiến, H.Bình Xuyên, Vnĩh Phúc", "xã Bá Hiến, tỉnh Vĩnh Phúc"),
        ("Lô E9-7, KCN Yên Phong, xã Long Châu, tỉnh Bắv Ninh", "xã Long Châu, huyện Yên Phong, tỉnh Bắc Ninh"),
    ],
)
def test_a_commune_written_without_its_unit_words_or_between_dashes(written, full):
    assert _commune(written) == _commune(full) != ""


@pytest.mark.parametrize("written", ["Bình Xuyên", "H. Bình Xuyên", "huyện Bình Xuyên"])
def test_an_address_that_is_only_a_district_gives_its_district_and_province(written):
    full = features(RawRecord("1", "X", "", "Lô A1, KCN Bình Xuyên, xã Sơn Lôi, huyện Bình Xuyên, tỉnh Vĩnh Phúc"))
    bare = features(RawRecord("2", "X", "", written))
    assert (bare.province, bare.district) == (full.province, full.district) and bare.district and not bare.commune


@pytest.mark.parametrize("written", ["Bình Nguyên", "Quận 1", "Thị trấn", "Đà Nẵng, Đồng Nai"])
def test_a_bare_name_that_is_no_district_of_its_own_gives_no_district(written):
    assert features(RawRecord("1", "X", "", written)).district == ""


def test_an_abbreviation_several_provinces_share_is_read_in_the_data_sets_own_province():
    from lienket.core.resolve.engine import placed_in_data_set
    from lienket.core.resolve.normalise import features_many

    def placed(addresses: list[str]) -> list[str]:
        recs = [realign(RawRecord(str(i), "X", "", a)) for i, a in enumerate(addresses)]
        return [f.province for f in placed_in_data_set(recs, features_many(recs, realigned=True))]

    quang_ninh, cantho = _province("tỉnh Quảng Ninh"), _province("TP. Cần Thơ")
    # "QN" is Quảng Ninh, Quảng Nam or Quảng Ngãi; "HG" Hậu Giang (now Cần Thơ) or Hà Giang
    assert placed(["Số 906 đường Hòa Bình, phường Móng Cái 1, QN"] + ["P. Hồng Gai, Quảng Ninh"] * 9)[0] == quang_ninh
    assert placed(["Tổ 11, ấp Phú Lễ, X.Đông Phú, H.Châu Thành, HG"] + ["X. Phú Tâm, Cần Thơ"] * 9)[0] == cantho
    # a data set of neither: as written
    assert placed(["Số 906 đường Hòa Bình, phường Móng Cái 1, QN"] + ["xã Lâm Thao, Bắc Ninh"] * 9)[0] != quang_ninh


def test_a_bare_place_name_is_read_in_the_data_sets_own_province():
    from lienket.core.resolve.engine import placed_in_data_set
    from lienket.core.resolve.normalise import features_many

    full = [
        RawRecord(str(i), f"Cơ khí {i}", "", f"Lô A{i}, KCN Tam Dương I, xã Kim Long, huyện Tam Dương, tỉnh Vĩnh Phúc")
        for i in range(8)
    ]
    bare = [
        RawRecord("a", "Cơ khí A", "", "Tam Dương"),  # a district of Vĩnh Phúc and (Tam Đường) of Lai Châu
        RawRecord("b", "Cơ khí B", "", "Bình Nguyên"),  # a commune of Phú Thọ and of Hưng Yên
        RawRecord("c", "Cơ khí C", "", "Châu Thành"),  # a district of ten southern provinces, none of them here
    ]
    records = full + bare
    feats = placed_in_data_set(records, features_many(records))
    a, b, c = feats[-3:]
    assert all(f.province == "" for f in features_many(bare))
    assert a.province == b.province == feats[0].province and a.district == feats[0].district != ""
    assert a.commune == "" and b.commune != "" and c.province == ""
    # in a data set of Lai Châu's firms the same name is Tam Đường
    lai_chau = [RawRecord(str(i), "X", "", "xã Bình Lư, huyện Tam Đường, tỉnh Lai Châu") for i in range(8)]
    placed = placed_in_data_set(lai_chau + bare[:1], features_many(lai_chau + bare[:1]))
    assert placed[-1].province == placed[0].province != a.province


def test_an_old_ward_written_last_without_a_province_is_read_in_the_data_sets_own_province():
    from lienket.core.resolve.engine import placed_in_data_set
    from lienket.core.resolve.normalise import features_many

    records = [RawRecord(str(i), "X", "", f"Lô C{i}, KCN Quế Võ, tỉnh Bắc Ninh") for i in range(8)]
    records += [
        RawRecord("a", "Y", "", "thôn Đa Hội, Châu Khê"),  # an old ward of Từ Sơn, no province written
        RawRecord("b", "Y", "", "thôn Đa Hội, phường Châu Khê, thị xã Từ Sơn, tỉnh Bắc Ninh"),
    ]
    a, b = placed_in_data_set(records, features_many(records))[-2:]
    assert (a.province, a.commune, a.hamlet) == (b.province, b.commune, b.hamlet) and a.commune != ""


def test_an_island_special_zone_is_a_commune():
    # Since 2025 "đặc khu Vân Đồn" is a commune-level unit: two households with one name, one in the special zone
    # and one in a ward of Uông Bí, are in different communes.
    van_don = _commune("Số 231 đường Trần Khánh Dư, đặc khu Vân Đồn, Quảng Ninh")
    assert van_don and van_don == _commune("Khu Đồng Tâm, Đặc khu Vân Đồn, tỉnh Quảng Ninh")
    assert _commune("Thôn 11, phường Uông Bí, Quảng Ninh") not in ("", van_don)


def test_an_english_commune_and_district():
    assert commune_code("lot no. cn2-2, viet han ip, huong lam commune, hiep hoa district, bac giang") == _commune(
        "xã Hương Lâm, huyện Hiệp Hòa, tỉnh Bắc Giang"
    )


@pytest.mark.parametrize("address", ["", "Bắc Ninh", "Lô CN5, KCN Quế Võ, Bắc Ninh", "Số 12 đường Lý Thái Tổ"])
def test_no_commune_named_no_code(address):
    assert _commune(address) == ""


def test_landline_area_codes_give_the_current_province():
    bac_ninh = features(RawRecord("1", "X", "", "tỉnh Bắc Ninh")).province
    bac_giang = features(RawRecord("1", "X", "", "tỉnh Bắc Giang")).province
    assert bac_ninh == bac_giang  # merged in 2025: one province now
    assert phone_province("(0222) 3 812 345") == bac_ninh
    assert phone_province("0204.3634.464") == bac_ninh
    assert phone_province("0241 3812345") == bac_ninh  # old Bắc Ninh code, renumbered in 2017
    assert phone_province("+84 28 3891 1199") == features(RawRecord("1", "X", "", "TP. Hồ Chí Minh")).province
    assert phone_province("0912 345 678") == ""  # a mobile says nothing about the place
    assert phone_province("0912 345 678 / 0222 3812345") == bac_ninh
    assert phone_province("1900 6483") == phone_province("") == ""


def test_every_area_code_names_a_province():
    for code in AREA_CODES:
        national = code + "0" * (10 - len(code))
        assert area_province(national), code


def test_a_landline_gives_a_province_only_where_the_address_gives_none():
    no_address = features(RawRecord("1", "Nhựa Tân Tiến", "", "", "0222 3812345"))
    elsewhere = features(RawRecord("2", "Nhựa Tân Tiến", "", "Số 5 đường Láng, Hà Nội", "0222 3812345"))
    assert no_address.province == features(RawRecord("3", "X", "", "Bắc Ninh")).province
    assert elsewhere.province == features(RawRecord("4", "X", "", "Hà Nội")).province


def test_same_commune_counts_when_one_side_names_no_park():
    a = features(RawRecord("1", "Cty TNHH Bao bì Hà Tú", "", "Số 81 Lê Quang Đạo, P. Nếnh, Bắc Giang"))
    b = features(RawRecord("2", "Hà Tú Packaging", "", "phường Nếnh, thị xã Việt Yên, tỉnh Bắc Giang"))
    c = features(RawRecord("3", "Hà Tú Packaging", "", "xã Tam Giang, huyện Yên Phong, tỉnh Bắc Ninh"))
    assert "commune: exact" in score_pair(a, b)[1]
    assert "commune: different" in score_pair(a, c)[1]
    # Two records in parks: the park already says where they are; the commune adds nothing.
    p = features(RawRecord("4", "Hà Tú", "", "Lô C1, KCN Quang Châu, xã Quang Châu, Bắc Giang"))
    q = features(RawRecord("5", "Hà Tú", "", "Lô C1, KCN Quang Châu, phường Quang Châu, Bắc Ninh"))
    assert p.commune and p.zone and q.zone
    assert not any(r.startswith("commune: exact") or r.startswith("commune: diff") for r in score_pair(p, q)[1])


def _district(address: str) -> str:
    return features(RawRecord("1", "X", "", address)).district


@pytest.mark.parametrize(
    ("short", "full"),
    [
        # a district written bare, the full address with the old ward, and the new ward of 2025
        ("Việt Yên, Bắc Giang", "Km71+100 Quốc lộ 31, xã Vân Trung, thị xã Việt Yên, tỉnh Bắc Giang"),
        ("Việt Yên, Bắc Giang", "Km 71+100 QL 31, phường Vân Hà, tỉnh Bắc Ninh"),
        # a province abbreviated or cut short; a commune and district without their words
        ("Phuong Lieu, Que Vo, BN", "80/11 Giải Phóng, phường Phương Liễu, huyện Quế Võ, tỉnh Bắc Ninh"),
        ("Tam Giang, Yên Phong, Bắc Nin", "Số 132B, đường Lê Quang Đạo, xã Tam Giang, huyện Yên Phong, tỉnh Bắc Ninh"),
        ("Gia Bình, Gia Bình, BN", "Lo L9, K.C.N Gia Binh, xa Dai Lai, huyen Gia Binh, tinh Bac Ninh"),
        # a province's city written with the province's name
        ("Hải Dương, Hải Dương", "lô CN22 - KCN Việt Hòa, P. Việt Hòa, Tp.Hải Dương, T. Hải Dương"),
        ("Số 5 Trần Phú, P.3, Q.5, TP.HCM", "5 Tran Phu, Ward 3, quận 5, Hồ Chí Minh"),
        # a province whose name starts with T is not "T." and its name ("Thái Nguyên" is not its city)
        ("Phổ Yên, Thái Nguyên", "xã Hồng Tiến, thị xã Phổ Yên, tỉnh Thái Nguyên"),
        ("Số 5 Trần Phú, P.3, Q.5, TP HCM", "5 Tran Phu, Ward 3, quận 5, Hồ Chí Minh"),
        # English unit words after the name
        ("No. 298, Nguyen Van Cu Street, Yen Phong District, Bac Ninh Province", "xã Tam Giang, huyện Yên Phong, BN"),
        ("Lot 3, Tu Son Town, Bac Ninh", "phường Đình Bảng, thị xã Từ Sơn, tỉnh Bắc Ninh"),
        ("No. 5, Tran Phu Street, Ward 3, District 5, Ho Chi Minh City", "5 Trần Phú, P.3, Q.5, TP HCM"),
        ("Dong Village, Bac Giang City, Bac Giang Province", "phường Trần Phú, thành phố Bắc Giang, tỉnh Bắc Giang"),
    ],
)
def test_the_old_district_is_read_from_short_and_new_addresses(short, full):
    assert _district(short) and set(_district(short).split("|")) & set(_district(full).split("|"))


def test_a_district_name_is_not_read_as_the_commune_of_2025():
    # "Yên Phong, Bắc Ninh" names the old district; the new commune Yên Phong is only part of it.
    f = features(RawRecord("1", "X", "", "Yên Phong - Bắc Ninh"))
    assert f.commune == "" and f.district == _district("xã Tam Giang, huyện Yên Phong, tỉnh Bắc Ninh")
    assert _district("Số 12 đường Lý Thái Tổ") == _district("") == _district("Bắc Ninh") == ""
    assert _district("Quế Võ, Bắc Ninh") != _district("Tiên Du, Bắc Ninh")


def test_same_district_counts_only_where_the_communes_do_not_decide():
    full = features(RawRecord("1", "Công ty TNHH Lò xo Hạnh Công", "", "xã Vân Trung, thị xã Việt Yên, tỉnh Bắc Giang"))
    short = features(RawRecord("2", "Lò xo Hạnh Công BG", "", "Việt Yên, Bắc Giang"))
    other = features(RawRecord("3", "Lò xo Hạnh Công", "", "Tân Yên, Bắc Giang"))
    assert "district: same district" in score_pair(full, short)[1]
    assert "district: different" in score_pair(full, other)[1]
    both = features(RawRecord("4", "Lò xo Hạnh Công", "", "xã Nghĩa Trung, huyện Việt Yên, tỉnh Bắc Giang"))
    assert not any(r.startswith("district: same") or r.startswith("district: diff") for r in score_pair(full, both)[1])


# Trade words: mistyped ones and ones the vocabulary lacked before 2026-12-04 (3rd session); in this file to keep
# test_resolve.py under its size.
@pytest.mark.parametrize(
    ("name", "brand", "desc"),
    [
        ("Cơ khíí  Ân Hưng", "an hung", "mechanical"),
        ("Đinệ tử Lộc Yến", "loc yen", "electronics"),
        ("LIEN NGOC DIE CASTINB LTD", "lien ngoc", "casting"),
        # the last word after a brand syllable is the brand's syllable mistyped ("Khang"), not "khay" (trays)
        ("Công ty TNHH Linh kiện điện tử Phú Khag", "phu khag", "components electronics"),
        ("Cty TNHH Thpe Hoa Phat", "hoa phat", "steel"),
        ("Cty cổ phần Bao bì njựa Hồng Nguyên", "hong nguyen", "packaging plastic"),
        ("TAN NAM CONVEYOR ., JSC", "tan nam", "conveyor"),
        ("Công ty TNHH Băng tải Thiên Bắc", "thien bac", "conveyor"),
        ("Ngoc Nam Leather and Footwear Co., Ltd", "ngoc nam", "footwear leather"),
        ("Phát Hòa Aluminium and Glass", "phat hoa", "aluminium glass"),
        ("Công ty CP Nhôm kính Phát Hoà", "phat hoa", "aluminium glass"),
        ("Đại Việt Steel Pipe", "dai viet", "pipes steel"),
        # 2026-12-05: a word of one trade phrase mistyped into another ("thông" of viễn thông), CN for công nghệ
        ("Công ty TNHH Một thành viên Thơng mại Hồng Thảo", "hong thao", "trading"),
        ("Công ty TNHH MTV Viễn thông Hà Nội", "ha noi", "telecom"),
        ("Cty TNHH CN Nhựa Nhật Lân Thăng Long", "nhat lan thang long", "plastic technology"),
        # a name written twice without legal forms, a web title's slogan
        ("Ep nhua Luc Kien 99 - Luc Kien 99 Plastic Injection", "luc kien 99", "plastic"),
        ("Cơ khí Cầu Vồng 368 - Rainbow 368 Mechanical", "cau vong 368", "mechanical"),
        ("Uy Cat Kinh Bac Tech | Tự động hóa uy tín", "uy cat kinh bac", "technology"),
        ("AN NHAN PACK | BAO BÌ CARTON BẮC NINH", "an nhan", "packaging"),
        ("Cơ khí Hòa Bình - Hà Nội", "hoa binh", "mechanical"),
        ("Công nghệ Thông minh Fengming Viet Nam CO.,LTD", "fengming", "technology"),
        ("CONG TY TNHH DAP KIM LOAI HIEU HAO", "hieu hao", "metal stamping"),
        ("Phuong Chien Co | Cơ khí Chính xác Bắc Giang", "phuong chien", ""),
        ("Cty CP ĐT Nhật Mạnh", "nhat manh", "investment"),
    ],
)
def test_trade_words_leave_the_brand(name, brand, desc):
    from lienket.core.resolve.normalise import name_parts

    _, b, d, _, _ = name_parts(name)
    assert (b, d) == (brand, desc)


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Thap Muoi Steel", "thap muoi"),  # "thap" could be "thep" mistyped, but it is a syllable: a name
        ("Cong ty Mai Anh", "mai anh"),
        ("Teck Seng Vina", "teck seng"),
        ("Nhu Y Plastic", "nhu y"),
    ],
)
def test_names_near_a_trade_word_stay_names(name, brand):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[1] == brand


def test_a_short_romanised_word_is_not_read_as_a_trade_word():
    from lienket.core.resolve.normalise import name_parts

    assert name_parts("Cty TNHH Bao bì Woo Seo Vina")[1] == "woo seo"  # not "wood"


def test_a_brand_whose_records_differ_only_by_a_slipped_tax_code_points_at_one_firm():
    from lienket.core.resolve.engine import with_counts

    rows = [
        ("1", "Công ty TNHH Ô tô Yoonchunhae", "2419132054", "Lô E2-4, CCN Đồng Đình, Bắc Giang"),
        ("2", "Yoon Chunhae", "2419123054", "Lô E2.4 CCN Đồng Đình, T. Bắc Giang"),  # two digits swapped
        ("3", "YOONCHUNHAE AUTO VIETNAM CO.LTD", "", "Lot E2-4, Dong Dinh Industrial Cluster, Bac Giang"),
        ("4", "Yoonchunhae", "", ""),
    ]
    feats = with_counts([features(RawRecord(i, n, t, a, "")) for i, n, t, a in rows])
    assert all(f.brand_agree == 3 for f in feats)
    # Two valid codes are two firms: the brand is shared.
    rows[1] = ("2", "Yoon Chunhae", "0101234568", "Lô E2.4 CCN Đồng Đình, T. Bắc Giang")
    feats = with_counts([features(RawRecord(i, n, t, a, "")) for i, n, t, a in rows])
    assert all(f.brand_agree == 0 for f in feats)


@pytest.mark.parametrize(("name", "brand"), [("Tiến Duy BG", "tien duy"), ("Nhua Tin An BG", "tin an")])
def test_a_province_abbreviation_after_the_brand_is_where_the_firm_is(name, brand):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[1] == brand


def test_a_name_cut_before_its_brand_is_unknown_and_two_such_are_not_namesakes():
    from lienket.core.resolve.cutnames import complete_cut_names
    from lienket.core.resolve.engine import with_counts
    from lienket.core.resolve.normalise import features_many

    rows = []
    for i in range(60):  # a power-company list storing 40 characters of every long name
        full = f"Công ty TNHH Một thành viên Cơ khí Số {i:02d} Thạch Nhất Phát"
        rows.append(RawRecord(f"e{i}", full[:40], "", "", f"0912 {100000 + i:06d}"))
    rows.append(RawRecord("a", "CÔNG TY TNHH MỘT THÀNH VIÊN BAO BÌ GIẤY ", "", "231 Mỹ Phước - Tân Vạn, Bình Dương"))
    rows.append(RawRecord("b", "CÔNG TY TNHH MỘT THÀNH VIÊN BAO BÌ GIẤY ", "", "504 Quốc lộ 13, TP Hồ Chí Minh"))
    assert len(rows[-1].name) == 40
    plain = features_many(rows)
    assert plain[-1].name_key  # read as trade words only
    feats = with_counts(complete_cut_names(rows, plain))
    a, b = feats[-2], feats[-1]
    assert a.name_key == b.name_key == "" and a.brand == ""
    assert not any(r.startswith("name: same") for r in score_pair(a, b)[1])
    # A cut name that kept a brand keeps it.
    assert feats[0].brand


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("(0222) 3 812 345", "L"),
        ("0241 3812345", "L"),  # an old Bắc Ninh code
        ("+84 28 3891 1199", "L"),
        ("0912 345 678", "M"),
        ("0168 446 6887", "M"),  # an old eleven-digit mobile
        ("0222 3812345 - 0912 345 678", "LM"),
        ("", ""),
    ],
)
def test_a_phone_cell_says_which_kinds_of_number_it_gives(cell, kind):
    from lienket.core.resolve.phone import phone_kinds

    assert phone_kinds(cell) == kind
    assert features(RawRecord("1", "X", "", "", cell)).phone_kind == kind


def test_two_switchboards_that_differ_count_more_against_than_a_switchboard_and_a_mobile():
    name = "Công ty TNHH Nhựa Tân Tiến"
    landline = features(RawRecord("1", name, "", "", "0222 3812345"))
    other_landline = features(RawRecord("2", name, "", "", "0222 3899999"))
    mobile = features(RawRecord("3", name, "", "", "0912 345 678"))
    other_mobile = features(RawRecord("4", name, "", "", "0988 111 222"))
    ll, lm, mm = (score_pair(*p) for p in ((landline, other_landline), (landline, mobile), (mobile, other_mobile)))
    assert "phone: two landlines differ" in ll[1] and "phone: two mobiles differ" in mm[1]
    assert ll[0] < mm[0] < lm[0]


def test_the_share_of_differing_phones_is_read_per_kind_of_pair():
    from lienket.core.resolve.estimates import PHONE_KIND_M_RANGE, phone_disagreements
    from lienket.core.resolve.normalise import features_many

    rows = []
    for i in range(150):  # each firm: its switchboard in one list, the director's mobile in another
        tax = f"{2300100000 + i * 7:010d}"
        rows.append(RawRecord(f"{i}a", f"Cơ khí Số {i}", tax, "", f"0222 3{100000 + i:06d}"))
        rows.append(RawRecord(f"{i}b", f"Cty Cơ khí Số {i}", tax, "", f"0912 {100000 + i:06d}"))
    shares = phone_disagreements(features_many(rows))
    assert shares["else"] == PHONE_KIND_M_RANGE[1]
    assert shares["landlines"] == shares["mobiles"] == shares["all"]  # no such pairs: the overall share


def test_a_weak_link_does_not_join_two_trades_of_one_group():
    from lienket.core.resolve.clustering import TRADE_OVERRIDE_BITS, constrained_cluster

    f = [
        features(RawRecord("1", "Công ty TNHH Nhựa Hòa Phát", "", "", "")),
        features(RawRecord("2", "Hòa Phát", "", "", "")),  # no trade: may join either
        features(RawRecord("3", "Công ty TNHH Ống thép Hòa Phát", "", "", "")),
    ]
    weak = TRADE_OVERRIDE_BITS - 1
    assert constrained_cluster(3, [(weak + 0.5, 0, 1), (weak, 1, 2)], f) == [0, 0, 2]
    # A strong link (a tax code, a switchboard and the name) joins them: the firm changed its trade words.
    assert constrained_cluster(3, [(weak, 0, 1), (TRADE_OVERRIDE_BITS + 10, 0, 2)], f) == [0, 0, 0]
    # So does a weak link of two records with one tax code: a renamed firm ("Nabo Components" → "Cáp điện Kum-Hak").
    g = [
        features(RawRecord("1", "Công ty TNHH Nabo Components Vina", "2308275667", "", "")),
        features(RawRecord("2", "Công Ty TNHH Cáp Điện Kum-Hak Vina", "2308275667", "", "")),
    ]
    assert constrained_cluster(2, [(weak, 0, 1)], g) == [0, 0]


def test_a_citizen_identity_number_and_a_tax_code_do_not_contradict_each_other():
    from lienket.core.resolve.clustering import constrained_cluster

    # A household written with its owner's ten-digit personal tax code in one list and the twelve-digit CCCD
    # (the tax code of individuals since July 2025) in another: two kinds of number, not two firms.
    f = [
        features(RawRecord("1", "Hộ kinh doanh Gò hàn Sơn", "8372407819", "Thôn Tân Phúc, xã Như Quỳnh", "")),
        features(RawRecord("2", "Đỗ Văn Sơn - Gò hàn Sơn", "033071026171", "Thôn Tân Phúc, xã Như Quỳnh", "")),
        features(RawRecord("3", "Gò hàn Sơn", "033085004321", "Thôn Tân Phúc, xã Như Quỳnh", "")),
    ]
    assert [len(x.tax) for x in f] == [10, 12, 12]
    assert constrained_cluster(3, [(6.0, 0, 1)], f) == [0, 0, 2]
    # two citizens' numbers are two people
    assert constrained_cluster(3, [(6.0, 1, 2)], f) == [0, 1, 2]
    assert constrained_cluster(3, [(6.0, 0, 1), (5.0, 0, 2)], f) == [0, 0, 2]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # a tax code at the end of the name fills the empty tax cell
        (
            ("Công ty TNHH Khuôn mẫu Vinh Yên Khang MST:2306 703 998", "", "Thôn Tây Chi, Bắc Ninh", ""),
            ("Công ty TNHH Khuôn mẫu Vinh Yên Khang", "2306 703 998", "Thôn Tây Chi, Bắc Ninh", ""),
        ),
        # a Word row shifted one cell: the address in the tax cell, the phones in the address cell
        (
            (
                "Công ty CP Logistics Bảo Long - MSDN: 2302121269",
                "Số 27, đường 10, KCN VSIP Bắc Ninh, Tỉnh Bắc Ninh",
                "ĐT: (0222).7853007; DĐ: 0168 537 0541",
                "",
            ),
            (
                "Công ty CP Logistics Bảo Long",
                "2302121269",
                "Số 27, đường 10, KCN VSIP Bắc Ninh, Tỉnh Bắc Ninh",
                "ĐT: (0222).7853007; DĐ: 0168 537 0541",
            ),
        ),
        # a phone at the end of the address joins the phone cell's numbers after them
        (
            ("X", "", "lô E4, KCN Bắc Thăng Long, Đông Anh, Hà Nội. Tel: 0924-297-180", "0909 123 456"),
            ("X", "", "lô E4, KCN Bắc Thăng Long, Đông Anh, Hà Nội", "0909 123 456 / 0924-297-180"),
        ),
        (
            ("X", "", "Lô A57, CCN Phú Lâm, Tỉnh Bắc Ninh - Tel: 0222-693 2647 - Fax: (0222).6932648", ""),
            ("X", "", "Lô A57, CCN Phú Lâm, Tỉnh Bắc Ninh", "0222-693 2647 - Fax: (0222).6932648"),
        ),
        # numbers an address has stay: a road kilometre, a house number, a lot; a real tax code stays
        (("X", "", "Km 55+500, QL18, Bắc Ninh", ""), ("X", "", "Km 55+500, QL18, Bắc Ninh", "")),
        (
            ("X", "0101234567", "Số 174/9 Quốc lộ 18, xã Kép", ""),
            ("X", "0101234567", "Số 174/9 Quốc lộ 18, xã Kép", ""),
        ),
        # a tax code in the name never overrides the tax cell's own
        (("Cty ABC MST 0101234567", "0202222222", "", ""), ("Cty ABC", "0202222222", "", "")),
    ],
)
def test_values_typed_into_the_wrong_cell_are_put_back(cells, expected):
    out = realign(RawRecord("1", *cells))
    assert (out.name, out.tax_code, out.address, out.phone) == expected
    assert realign(out) == out


def test_a_shifted_row_is_read_like_the_clean_one():
    clean = features(
        RawRecord(
            "1", "Công ty CP Bảo Long", "2302121269", "Số 27, đường 10, KCN VSIP Bắc Ninh", "0913347131"
        )
    )
    shifted = features(
        RawRecord(
            "2", "Công ty CP Bảo Long MST: 2302121269", "Số 27, đường 10, KCN VSIP Bắc Ninh", "0913.347.131"
        )
    )
    assert (shifted.tax, shifted.zone, shifted.phone, shifted.brand) == (
        clean.tax,
        clean.zone,
        clean.phone,
        clean.brand,
    )


# Plants, workshops and projects named instead of the firm (permit and inspection lists; 2026-12-05).
@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Nhà máy sản xuất linh kiện điện thoại Dingxin", "dingxin"),
        ("Dự án nhà máy sản xuất bao bì carton Đức Lộc", "duc loc"),
        ("Xưởng sản xuất số 2 - C.ty TNHH Keunkyo Display Vina", "keunkyo"),
        ("Nhà máy Mai Duy thuộc Công ty TNHH Một thành viên Kỹ thuật Mai Duy", "mai duy"),
        ("Dự án nhà máy sản xuất đế giày công suất 1.200.000 đôi/năm của Công ty TNHH Hải Đăng", "hai dang"),
        ("Dự án nhà máy sản xuất đồ gỗ công suất 500.000 m3 sản phẩm/năm của CTY TNHH Wonhan Vina", "wonhan"),
        ("Dự án nhà máy sản xuất đồ gỗ công suất 2.500 sản phẩm/năm của Cơ sở chế biến gỗ Vĩnh Hòa", "vinh hoa"),
        ("Kho xưởng CTY TNHH Tsai Hsing Việt Nam", "tsai hsing"),
        ("Nhà máy Yoosun 3", "yoosun"),
        ("Nhà máy Nghĩa Nhất Từ Sơn", "nghia nhat"),  # its district
        ("Nhà máy Trí Tuệ 168 Hiệp Hòa", "tri tue 168"),  # a number of the name stays
        ("Xưởng sản xuất số 2", ""),  # no name at all: not a namesake of every other workshop 2
        ("Cơ sở sản xuất linh kiện điện tử", ""),
        ("Công ty TNHH Đồng Phát Gia Lâm", "dong phat gia lam"),  # a firm's name may end in a place
    ],
)
def test_a_plant_names_its_firm(name, brand):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[1] == brand


def test_a_plant_named_after_its_own_park_drops_the_park():
    plant = features(RawRecord("1", "Nhà máy Tung Nan Yên Phong II-C", "", "Lô CN2-5, KCN Yên Phong 2C, Bắc Ninh"))
    assert plant.brand == "tung nan"
    vsip = features(RawRecord("3", "Nhà máy Thái Bình Dương 1 VSIP Bắc Ninh", "", "Số 40, đường 14, KCN VSIP Bắc Ninh"))
    assert vsip.brand == "thai binh duong 1"  # the park's first word is enough; the plant's "1" is its name's
    firm = features(RawRecord("2", "Công ty TNHH Quang Châu", "", "Lô B5, KCN Quang Châu, Bắc Ninh"))
    assert firm.brand == "quang chau"  # a firm keeps its name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Lô C53, CCN thép Đa Hội, phường Châu Khê", "Lô C53, CCN Đa Hội, P. Châu Khê"),  # the cluster's trade
        ("Lô 35, CCN giấy Phong Khê, Bắc Ninh", "Lô 35, Cụm công nghiệp làng nghề Phong Khê, Bắc Ninh"),
        ("Lô 4, CCN đa nghề Đông Thọ", "Lô 4, Cụm CN Đông Thọ"),
    ],
)
def test_a_clusters_craft_is_not_its_name(one, other):
    assert features(RawRecord("1", "X", "", one)).zone == features(RawRecord("2", "X", "", other)).zone


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("Lô 5, CCN Mẫn Xá - Văn Môn, Yên Phong", "man xa van mon"),  # "Xá" is not "xã" here
        ("Lô 5, CCN Mẫn Xá, Bắc Ninh", "man xa"),
        ("KCN Quế Võ xã Phương Liễu", "que vo"),  # ... and is here
        ("KCN Gò Dầu, Đồng Nai", "go dau"),  # a place word that looks like a trade stays
    ],
)
def test_a_park_name_with_a_unit_word(address, zone):
    assert features(RawRecord("1", "X", "", address)).zone == zone


@pytest.mark.parametrize(
    ("cell", "numbers"),
    [
        ("0124 318 4204 hoặc +84 162 806 5405", ("843184204", "328065405")),  # "or", both renumbered in 2018
        ("0913.347.131 & 0961431989", ("913347131", "961431989")),
        ("0977 414 177 và 0912 345 678", ("977414177", "912345678")),
        ("0888 123 456 or 0912 345 678", ("888123456", "912345678")),
    ],
)
def test_every_number_of_a_cell_that_lists_several(cell, numbers):
    from lienket.core.resolve.phone import phones

    assert phones(cell) == numbers


def test_a_landline_split_at_its_area_code_is_a_landline():
    from lienket.core.resolve.phone import phone_kinds

    assert phone_kinds("0222 - 3812345") == "L"


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Xi mạ Trường Tiến - CN Vệit Yên", "truong tien"),  # "- CN <place>", the place mistyped
        ("Chi nhánh Anxiang Việt Nam Quế Võ", "anxiang"),  # a branch named by its district
        ("Chi nhánh Công ty TNHH Gia Lâm", "gia lam"),  # ... but a name is never emptied
        # "- Chi nhánh <place>" as "- CN <place>", whether or not the place is a district
        ("DOANH NGHIỆP TƯ NHÂN THƯƠNG MẠI DỊCH VỤ HÀO BẢO AN - CHI NHÁNH PHAN RANG", "hao bao an"),
        ("CTY CP TẬP ĐOÀN THÉP THỊNH PHÚ - CHI NHÁNH VÂN PHONG", "thinh phu"),
        ("Cơ khí Đông Á - Chi nhánh Cty Minh Phát", "dong a minh phat"),  # a company after it: not a place
    ],
)
def test_a_branch_named_by_its_place(name, brand):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[1] == brand and name_parts(name)[4]


def test_parsing_on_several_processes_after_duckdb_ran_and_when_a_worker_dies(monkeypatch):
    # Workers come from a fork server, not from this process (which may hold DuckDB's threads); a pool whose worker
    # dies is broken, and the records are parsed here instead of waiting for ever.
    from concurrent.futures import process

    from lienket.core.resolve.engine import resolve
    from lienket.core.resolve.normalise import features_many

    rows = [RawRecord(str(i), f"Công ty TNHH Cơ khí Số {i} Hòa Phát", "", f"Lô A{i}, KCN Quế Võ", "") for i in range(40)]
    resolve(rows, engine="duckdb")
    expected = [features(r) for r in rows]
    assert features_many(rows, workers=2) == expected

    class Broken:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            raise process.BrokenProcessPool("a worker died")

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", Broken)
    assert features_many(rows, workers=2) == expected


def _attach_case():
    from lienket.core.resolve.engine import with_counts

    return with_counts(
        [
            features(RawRecord("1", "Công ty TNHH Inox Hà Phát", "0818625033", "Số 390 Thiên Đức, Cẩm Phúc", "")),
            features(RawRecord("2", "Cty TNHH MTV Inox Hà Phát", "0818625033", "", "0568 691 506")),
            features(RawRecord("3", "Inox Hà Phát", "", "", "0568 691 506")),  # the firm's phone
            features(RawRecord("4", "Inox Hà Phát", "", "", "0912 000 111")),  # only the name
            features(RawRecord("5", "Công ty TNHH Nhựa Sơn Hà", "2300111226", "KCN Quế Võ", "0222 3123456")),
        ]
    )


def test_a_lone_record_attaches_to_its_one_plausible_firm_on_evidence_besides_the_name():
    from lienket.core.resolve.clustering import constrained_cluster
    from lienket.core.resolve.model import agreeing_levels

    f = _attach_case()
    assert agreeing_levels(f[2], f[1])["phone"].kind == "phone_any"
    assert "phone" not in agreeing_levels(f[3], f[1]) or agreeing_levels(f[3], f[1])["phone"].weight < 1
    strong = [(20.0, 0, 1)]
    # Without weak links nothing changes; with them, record 3 (same phone) attaches, record 4 (name only) does not.
    assert constrained_cluster(5, strong, f) == [0, 0, 2, 3, 4]
    weak = [(-1.0, 1, 2), (-1.0, 0, 3), (-1.0, 1, 3)]
    assert constrained_cluster(5, strong, f, weak) == [0, 0, 0, 3, 4]
    # Two plausible firms for one lone record: it stays alone (an officer decides in the review queue).
    h = f[:4] + [features(RawRecord("5", "Cty TNHH Nhựa Sơn Hà", "2300111226", "KCN Quế Võ", "0568 691 506"))]
    assert constrained_cluster(5, strong, h, [(-1.0, 1, 2), (-1.0, 4, 2)])[2] == 2
    assert constrained_cluster(5, strong, h, [(-1.0, 1, 2)])[2] == 0
    # A link that would put two tax codes in one enterprise never attaches.
    g = f[:4] + [features(RawRecord("5", "Inox Hà Phát", "2300111226", "", "0568 691 506"))]
    assert constrained_cluster(5, [], g, [(-1.0, 0, 4)]) == [0, 1, 2, 3, 4]


def test_both_executors_attach_the_same_lone_records():
    rows = [
        RawRecord("1", "Công ty TNHH Inox Hà Phát", "0818625033", "Số 390 Thiên Đức, Cẩm Phúc, Hải Dương", ""),
        RawRecord("2", "Cty TNHH MTV Inox Hà Phát", "0818625033", "", "0568 691 506"),
        RawRecord("3", "Inox Hà Phát Hải Dương", "", "", "0568 691 506"),
        RawRecord("4", "Inox Hà Phát", "", "", "0912 000 111"),
    ]
    from lienket.core.resolve.engine import resolve

    assert resolve(rows, engine="python") == resolve(rows, engine="duckdb")


def test_an_investment_certificate_in_the_tax_cell_is_not_a_tax_code():
    from lienket.core.resolve.tax import normalise_tax

    assert normalise_tax("GCNĐKĐT 2754706797") == ""
    assert normalise_tax("Số BHXH: TA0849C") == ""
    assert normalise_tax("MST: 2800898675") == "2800898675"
    # the pre-2015 investment certificate (GCNĐT), a project code, a licence number with letters inside
    assert normalise_tax("GCNĐT số 3910684959") == ""
    assert normalise_tax("Mã dự án: 9162615283") == ""
    assert normalise_tax("GCN số 08F8018382") == ""
    # twelve digits laid out as an old investment certificate (province, issuer, "043", serial), written bare
    assert normalise_tax("472043000164") == ""
    assert normalise_tax("352043376246") == ""
    # ... while a branch code that lost its leading zero, a citizen's number and a business registration stay codes
    assert normalise_tax("311603226001") == "0311603226001"
    assert normalise_tax("001203012345") == "001203012345"
    assert normalise_tax("GCNĐKDN 0101234567") == "0101234567"


def test_a_park_board_certificate_that_passes_the_check_digit_does_not_split_the_firm():
    """An old certificate number ("352043439140") whose first ten digits (after a leading zero) happen to pass the
    check digit once read as a branch code "0352043439-140" and vetoed the firm's own code."""
    from lienket.core.resolve.engine import resolve
    from lienket.core.resolve.tax import normalise_tax, tax_check_ok

    assert tax_check_ok("0352043439")  # the trap: one certificate in eleven looks like a lost-zero branch code
    rows = [
        RawRecord("1", "CÔNG TY TNHH NƯỚC ĐÁ THÁI SƠN", "4101110662", "Lô A15 - KCN Phú Tài, Quy Nhơn, Bình Định", ""),
        RawRecord("2", "CÔNG TY TNHH NƯỚC ĐÁ THÁI SƠN", "352043439140", "Khu công nghiệp Phú Tài", "0256 3831 386"),
        RawRecord("3", "Công ty TNHH Nước Đá Thái Sơn", "352043563596", "Lô A15 Khu CN Phú Tài", "0256 3831 386"),
    ]
    assert normalise_tax(rows[1].tax_code) == ""
    labels = resolve(rows, engine="python")
    assert len(set(labels)) == 1


def _firm_rows(n: int, valid: bool) -> list[RawRecord]:
    from lienket.core.resolve.tax import tax_check_ok

    rows, k = [], 0
    while len(rows) < n:
        code = f"{2800100000 + k * 37:010d}"
        k += 1
        if tax_check_ok(code) == valid:
            rows.append(RawRecord(str(len(rows)), f"Công ty TNHH Cơ khí Số {len(rows)}", code, "", ""))
    return rows


def test_numbers_failing_the_check_digit_are_other_numbers_only_where_codes_pass_it():
    from lienket.core.resolve.engine import real_tax_codes, with_counts

    real = _firm_rows(60, True) + [RawRecord("x", "Cty TNHH Cơ khí Số 1", "2651074519", "", "")]
    feats = with_counts([features(r) for r in real])
    assert real_tax_codes(feats)
    assert [f.tax_other for f in feats] == [False] * 60 + [True]
    drawn = with_counts([features(r) for r in _firm_rows(60, False)])  # codes drawn at random
    assert not real_tax_codes(drawn) and not any(f.tax_other for f in drawn)


def test_a_strong_link_passes_another_number_in_the_tax_cell_a_weak_one_does_not():
    from lienket.core.resolve.clustering import (
        OTHER_NUMBER_SILENT_BITS,
        ZONE_OVERRIDE_BITS,
        constrained_cluster,
    )
    from lienket.core.resolve.engine import with_counts

    rows = _firm_rows(60, True)
    rows += [
        RawRecord("a", "CTCP Iltae Precision Mechanics Vina", "2800898675", "Lô CN14, KKT Nghi Sơn, Thanh Hóa", ""),
        RawRecord("b", "ILTAE PRECISION MECHANICS VINA JSC", "2694421312", "Lô CN14, KKT Nghi Sơn, Thanh Hóa", ""),
        RawRecord("c", "Cty CP Iltae Vina", "2800818645", "Lô CN14, KKT Nghi Sơn, Thanh Hóa", ""),
    ]
    f = with_counts([features(r) for r in rows])
    a, b, c = 60, 61, 62
    assert f[b].tax_other and not f[a].tax_other
    assert constrained_cluster(63, [(ZONE_OVERRIDE_BITS + 5, a, b)], f)[b] == a
    assert constrained_cluster(63, [(OTHER_NUMBER_SILENT_BITS + 1, a, b)], f)[b] == a  # a sure link is enough
    assert constrained_cluster(63, [(OTHER_NUMBER_SILENT_BITS - 1, a, b)], f)[b] == b
    # a code two digits from the other's is not "another number": two firms' codes, never joined
    assert f[c].tax_other and constrained_cluster(63, [(ZONE_OVERRIDE_BITS + 5, a, c)], f)[c] == c


def _parks(addresses: list[str]) -> list[str]:
    from lienket.core.resolve.engine import expanded_park_initials

    feats = [features(realign(RawRecord(str(i), "X", "", a))) for i, a in enumerate(addresses)]
    return [f.zone for f in expanded_park_initials(feats)]


def test_a_park_written_as_initials_is_the_one_park_of_the_data_set_with_those_initials():
    written_out = ["Lô CN3, KCN Bình Xuyên, Vĩnh Phúc"] * 3 + ["KCN Bình Xuyên II, Vĩnh Phúc"] * 3
    written_out += ["KCN Sông Công II, Thái Nguyên"] * 3 + ["KCN Bá Thiện, Vĩnh Phúc"] * 3
    zones = _parks(written_out + ["Lô C29, KCN BX, Vĩnh Phúc", "KCN BX II, Vĩnh Phúc", "KCN SC2, Thái Nguyên",
                                  "KCN BT, Vĩnh Phúc", "KCN BX"])  # fmt: skip
    assert zones[-5:] == ["binh xuyen", "binh xuyen ii", "song cong ii", "ba thien", "binh xuyen"]


def test_park_initials_stay_as_written_when_they_could_name_two_parks_or_a_park_seen_once():
    written_out = ["KCN Trung Thành, Thái Nguyên"] * 3 + ["KCN Tân Thành, Thái Nguyên"] * 3
    written_out += ["KCN Yên Bình, Thái Nguyên", "KCN Đình Trám, Bắc Giang"] * 3
    zones = _parks(written_out + ["KCN TT, Thái Nguyên", "KCN DT, Thái Nguyên", "KCN YB, Bắc Ninh", "KCN An"])
    # "TT" fits both; no "DT" park in Thái Nguyên; "YB" lies in Thái Nguyên, not Bắc Ninh; "An" is a name.
    assert zones[-4:] == ["tt", "dt", "yb", "an"]


def test_a_park_run_into_the_places_after_it_is_the_park_of_the_data_set_it_starts_with():
    from lienket.core.resolve.engine import parks_without_places

    written = ["Lô B3-16, KCN Phúc Long, xã Lương Hòa, Tây Ninh"] * 3 + ["KCN Đại An, Hải Dương"] * 3
    written += ["KCN Quế Võ, Bắc Ninh"] * 3
    written += ["kcn phuc long luong hoa tay ninh", "KCN Đại An mở rộng, Hải Dương", "KCN Quế Võ 3, Bắc Ninh"]
    feats = [features(realign(RawRecord(str(i), "X", "", a))) for i, a in enumerate(written)]
    assert [f.zone for f in feats[-3:]] == ["phuc long luong hoa", "dai an mo rong", "que vo 3"]
    # a web form's address without commas; an extension and a park's number are no places
    assert [f.zone for f in parks_without_places(feats)[-3:]] == ["phuc long", "dai an mo rong", "que vo 3"]
    # the shorter park must be written by more records than the longer name
    assert parks_without_places(feats[:1] + feats[-3:])[1].zone == "phuc long luong hoa"


def test_a_record_naming_no_province_reads_park_initials_in_the_data_sets_province():
    written_out = ["KCN Điềm Thụy, Thái Nguyên"] * 6 + ["KCN Đình Trám, Bắc Giang"] * 3
    assert _parks(written_out + ["Lô A2, KCN ĐT"])[-1] == "diem thuy"


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Anh Tuấn - Cty Minh Phát", "minh phat"),  # attendee sheets: the person, then the firm
        ("Đỗ Công Quân (Trưởng phòng KD) - Công ty Đạt Hưng", "dat hung"),
        ("NV mua hàng - Cty Quang Tâm Hưng", "quang tam hung"),
        ("Chị Thủy - xi mạ Thủy", "thuy"),  # the household's trade and its owner's name
        ("Cty Minh Phát - Anh Tuấn", "minh phat"),
        ("VÕ KIM AN - CTY TNHH NHỰA MING CHANG", "ming chang"),
        ("Công ty Tùng Tuệ Bình (Nguyễn Thị Trang (GĐ))", "tung tue binh"),  # brackets inside brackets
        # kept: a brand and its trade, a branch named by its place, a surname-like brand before a bare trade
        ("Hoàng Tường Kim - Cty. TNHH Ống thép", "hoang tuong kim"),
        ("Anh Huy Nam - Thiết bị kỹ thuật", "anh huy nam"),
        ("Hà Bảo Tài - Bao bì nhựa", "ha bao tai"),
        ("Chi nhánh Thái Nguyên - Cty TNHH Sunseong Plastic VN", "sunseong"),
    ],
)
def test_a_person_written_beside_the_firm_is_not_its_name(name, brand):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[1] == brand


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Hộ kinh doanh Trương Đức Hiền", "truong duc hien"),
        ("HKD Trương Đức Hiền", "truong duc hien"),
        ("Hộ KD Trương Đức Hiền", "truong duc hien"),
        ("TRUONG DUC HIEN", "truong duc hien"),
        ("Cơ sở khuôn giày Duy Huy", "duy huy"),
        ("Cơ sở Duy Huy", "duy huy"),
    ],
)
def test_a_household_business_or_establishment_is_named_without_its_form(name, brand):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[1] == brand


def test_a_house_on_a_huong_lo_road_has_no_lot():
    from lienket.core.resolve.address import zone_and_lot

    assert zone_and_lot("Số 782, Đường Hương lộ 24, ấp Thành Toàn, xã Bình Minh") == ("", "", "782 huong lo 24")
    assert zone_and_lot("Lô 24, KCN Hố Nai") == ("ho nai", "24", "")


def test_park_initials_may_carry_the_province_the_parks_name_ends_with():
    written_out = ["Lô E11, KCN Thăng Long Vĩnh Phúc, xã Tam Hợp, tỉnh Vĩnh Phúc"] * 3
    assert _parks(written_out + ["Lô E11 KCN TLVP - X. Tam Hợp - H. Bình Xuyên - Vĩnh Phúc"])[-1] == "thang long"


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Công ty TNHH Ốc vít KAA", "kaa"),  # initials, not "kâ" typed in Telex
        ("công ty tnhh 1 thành viên thành hải sơn", "thanh hai son"),
        ("Cty TNHH 1 TV Thành Hải Sơn", "thanh hai son"),
    ],
)
def test_short_initials_and_one_member_forms(name, brand):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[1] == brand


def test_a_number_many_firms_give_is_weak_evidence():
    from lienket.core.resolve.engine import resolve

    # An accounting-service office files for twelve firms and gives its own number on each; two of them have
    # similar names ("Tân Phát", "Toàn Phát"). Only the shared number links them.
    names = ["Tân Phát", "Toàn Phát", "Minh Long", "Hưng Thịnh", "Phú Cường", "Đức Thành", "Kim Ngân", "Hòa Bình",
             "Thành Công", "Nam Việt", "Bảo Ngọc", "Quang Minh"]  # fmt: skip
    recs = [
        RawRecord(str(i), f"Công ty TNHH Dệt may {n}", "", "tỉnh Đồng Nai", "0251 6545 898")
        for i, n in enumerate(names)
    ]
    feats = with_counts_of(recs)
    assert feats[0].phone_firms == 12
    labels = resolve(recs, engine="python")
    assert labels[0] != labels[1]
    assert len(set(labels)) == len(names)


def with_counts_of(recs):
    from lienket.core.resolve.engine import with_counts
    from lienket.core.resolve.normalise import features_many

    return with_counts(features_many(recs))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Cong ty Co khi chinh xac Hoang Hai", "CÔNG TY CỔ PHẦN CƠ KHÍ CHÍNH XÁC HOÀNG HẢI"),  # not "cong ty cp khi"
        ("CONG TY CO DIEN HOA HOAN", "Hoa Hoan Mechanical Electrical Co., Ltd"),
        ("Công ty TNHH Năng lượng Hengtong (Việt Nam)", "HENGTONG ENERGY (VIETNAM) COMPANY LIMITED"),
        ("Gioăng phớt Hồng Hà", "Hong Ha Seals"),
    ],
)
def test_trade_words_written_without_marks_or_in_english_leave_the_same_brand(one, other):
    from lienket.core.resolve.normalise import name_parts

    a, b = name_parts(one), name_parts(other)
    assert a[1] == b[1] and a[2] == b[2]


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Cty TNHH Tsuruzawa Kogyo Đà Nẵng", "tsuruzawa"),  # a foreign brand named after its site
        ("Tsuruzawa Industries Danang Co.,Ltd", "tsuruzawa"),  # the province's name written joined
        ("Thép Nam Hà Nội", "nam ha noi"),  # a Vietnamese word before it: part of the name
        ("CTY TNHH DICH VUJ NHAN MAC HOANG VINH", "hoang vinh"),  # Telex left on in a word of three letters
    ],
)
def test_a_site_after_a_foreign_brand_and_telex_in_short_words(name, brand):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[1] == brand


def test_park_initials_expand_past_a_slipped_spelling_of_the_park_and_a_rare_namesake():
    written_out = ["KCN Yên Bình, Thái Nguyên"] * 80 + ["KCN Yeen Bình, Thái Nguyên"] * 3  # a slip, 3 times
    written_out += ["KCN Yên Bắc, Thái Nguyên"] * 3  # another "YB", written by a twentieth as many
    assert _parks(written_out + ["Lô A2, KCN YB, Thái Nguyên"])[-1] == "yen binh"
    twice = ["KCN Trung Thành, Thái Nguyên"] * 60 + ["KCN Tân Thành, Thái Nguyên"] * 10
    assert _parks(twice + ["KCN TT, Thái Nguyên"])[-1] == "tt"


def test_a_code_many_firms_give_is_weak_evidence():
    from lienket.core.resolve.engine import resolve

    # A coal group's vendor list writes its dependent units under the group's ten digits.
    units = ["Kho vận Duy Hòa", "Chế tạo máy Minh Uy", "Cơ điện Vạn Lợi", "Vật tư Hiệp Thiện", "Sửa chữa Cường Xuân",
             "Vận tải Luân Thông", "Cơ khí Hồng Minh"]  # fmt: skip
    recs = [RawRecord(str(i), f"Công ty {u} - TKV", "5723381878", "Quảng Ninh", f"0203 38{i:02d} 795")
            for i, u in enumerate(units)]  # fmt: skip
    recs += [RawRecord("x", "CÔNG TY KHO VẬN DUY HÒA - TKV", "5723381878", "", "0203 3800 795")]
    assert with_counts_of(recs)[0].tax_firms == len(units)
    labels = resolve(recs, engine="python")
    assert len(set(labels[: len(units)])) == len(units)  # seven units, not one
    assert labels[-1] == labels[0]  # the same unit again: its name and phone


@pytest.mark.parametrize(
    ("name", "branch"),
    [
        ("XÍ NGHIỆP CƠ KHÍ HỒNG LỰC - CÔNG TY CỔ PHẦN CƠ KHÍ VÀ XÂY LẮP PHÁT ĐĂNG", True),  # a unit of the company
        ("XN Lắp máy Trung Trường - Công ty CP Chế tạo máy Luân Hoàng", True),
        ("Xí nghiệp Cơ khí Quang Trung", False),  # an enterprise of its own
        ("Công ty Cổ phần Cơ khí và Xây lắp Phát Đăng", False),
    ],
)
def test_a_xi_nghiep_named_before_its_company_is_a_dependent_unit(name, branch):
    from lienket.core.resolve.normalise import name_parts

    assert name_parts(name)[4] is branch


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Tianxin Vina Co., Ltd. - Factory 2 (Go Dau)", "TIANXIN VINA CO. LTD"),  # a buyer's name for a plant
        ("SONQUY Zipper Joint Stock Company Factory 2", "Công ty Cổ phần Khóa kéo Sonquy"),
        ("Công Ty TNHH Sản Xuất Thương Mại Kéo Sợi Tùng Lan", "Tung Lan Spinning Production Trading Company Limited"),
        ("CÔNG TY TNHH BĂNG DỆT PHƯƠNG LAN", "Phuong Lan Webbing Co.,Ltd"),
        ("Doanh nghiệp tư nhân Thùng carton Sáng Hòa", "SangHoa Carton Pte."),
    ],
)
def test_textile_and_footwear_trades_and_plant_numbers_leave_one_brand_and_trade(one, other):
    a, b = features(RawRecord("1", one)), features(RawRecord("2", other))
    assert a.brand_key == b.brand_key
    assert a.desc == b.desc or set(a.desc.split()) & set(b.desc.split())


def test_factory_without_a_number_stays_in_the_brand():
    assert features(RawRecord("1", "Smart Factory Solutions Co., Ltd")).brand == "smart factory"


def test_a_foundry_with_no_brand_does_not_break_the_unmarked_casting_pass():
    # A record whose name is only "Đúc" (casting) and whose brand was left unknown (a name cut before its brand)
    # stands beside a name in ASCII: no foundry's brand is "", so nothing is re-read (it raised IndexError).
    from dataclasses import replace

    from lienket.core.resolve.engine import unmarked_casting

    rows = [RawRecord("1", "Đúc", "", "", "0912345678"), RawRecord("2", "ABC Co., Ltd")]
    feats = [replace(features(rows[0]), brand="", name_key=""), features(rows[1])]
    assert feats[0].desc == "casting"
    assert unmarked_casting(rows, feats) == feats


def test_a_project_code_in_the_park_boards_tax_cell_does_not_refuse_a_sure_link():
    """A park board writes its own project number in the tax column ("3519955661", failing the check digit, far from
    the firm's code): with the same rare name in the same park it says nothing, as for a strong link."""
    from lienket.core.resolve.engine import resolve

    rows = [
        RawRecord("1", "CÔNG TY TNHH MTV GẠCH HOÀNG NGUYÊN", "4101172027", "Lô D8, Khu công nghiệp Long Mỹ, Xã "
                  "Phước Mỹ, Thành phố Quy Nhơn, Tỉnh Bình Định", "0971851043"),
        RawRecord("2", "Công ty trách nhiệm hữu hạn một thành viên Gạch Hoàng Nguyên", "4101172027",
                  "Lô D8, KCN Long Mỹ - Xã Phước Mỹ - Thành phố Quy Nhơn", ""),
        RawRecord("3", "CTY TNHH MTV GẠCH HOÀNG NGUYÊN", "3519955661", "Khu công nghiệp Long Mỹ, TP. Quy Nhơn", ""),
        RawRecord("4", "Công ty TNHH Bao bì Tân Thịnh", "4100259237", "KCN Phú Tài, Quy Nhơn", ""),
    ]
    labels = resolve(rows, engine="python")
    assert labels[0] == labels[1] == labels[2] != labels[3]


def test_a_failing_code_still_refuses_a_weak_link():
    """Below ``OTHER_NUMBER_SILENT_BITS`` a code marked as maybe another number still keeps two clusters apart."""
    from dataclasses import replace

    from lienket.core.resolve.clustering import (
        OTHER_NUMBER_SILENT_BITS,
        ZONE_OVERRIDE_BITS,
        constrained_cluster,
    )
    from lienket.core.resolve.normalise import features

    a = replace(features(RawRecord("a", "Cơ khí Đại Ngân", "5901252844", "KCN Trà Đa, Pleiku", "")), tax_valid=True)
    b = replace(features(RawRecord("b", "Cơ khí Đại Ngân", "3921771282", "KCN Trà Đa", "")), tax_other=True)
    assert a.tax and b.tax and a.zone == b.zone
    weak = OTHER_NUMBER_SILENT_BITS - 1
    assert constrained_cluster(2, [(weak, 0, 1)], [a, b]) == [0, 1]
    sure = (OTHER_NUMBER_SILENT_BITS + ZONE_OVERRIDE_BITS) / 2
    assert constrained_cluster(2, [(sure, 0, 1)], [a, b]) == [0, 0]


def test_an_owner_with_the_trade_name_in_brackets_is_read_by_the_trade_name():
    from lienket.core.resolve.normalise import features

    def key(name: str) -> str:
        return features(RawRecord("1", name, "", "", "")).name_key

    assert key("Đặng Quang Quang (Cơ sở mộc dân dụng Trường Cường)") == key("Cơ sở mộc dân dụng Trường Cường")
    assert key("HKD Bùi Văn Quân (hàn xì Quân Đạt)") == key("Hàn xì Quân Đạt")
    assert key("Trần Minh Bình (Bao bì Nga Bình)") == key("Bao bì Nga Bình")
    # a nickname, a bare legal form and a firm's translation stay as they were read before
    assert key("HKD LY CONG TIEN (BA TIEN)") == key("HKD Lý Công Tiến")
    assert key("Nguyễn Quang Tùng (DNTN)") == key("Nguyễn Quang Tùng")
    assert key("Công ty TNHH Minh Phát (Minh Phat Co., Ltd)") == key("Công ty TNHH Minh Phát")


def test_a_trade_name_in_fullwidth_brackets_is_read_and_does_not_crash():
    """``fold`` reads "（", "﹙", "⁽" … as brackets; the trade name is cut from the text as written (a ValueError
    before)."""
    from lienket.core.resolve.names import _CLOSE_BRACKETS, _OPEN_BRACKETS
    from lienket.core.resolve.normalise import features
    from lienket.core.text import fold

    def key(name: str) -> str:
        return features(RawRecord("1", name, "", "", "")).name_key

    assert key("Nguyễn Văn An（Cơ sở mộc Tân Phát）") == key("Cơ sở mộc Tân Phát")
    assert key("Nguyễn Văn An﹙Cơ sở mộc Tân Phát﹚") == key("Cơ sở mộc Tân Phát")
    opens = "".join(chr(i) for i in range(0x3000) if fold(chr(i)) == "(") + "".join(
        chr(i) for i in range(0xFE00, 0x10000) if fold(chr(i)) == "("
    )
    closes = "".join(chr(i) for i in range(0x3000) if fold(chr(i)) == ")") + "".join(
        chr(i) for i in range(0xFE00, 0x10000) if fold(chr(i)) == ")"
    )
    assert set(opens) == set(_OPEN_BRACKETS) and set(closes) == set(_CLOSE_BRACKETS)


def test_a_plant_named_by_its_trade_is_read_by_the_firm_in_brackets():
    from lienket.core.resolve.normalise import features

    def key(name: str) -> str:
        return features(RawRecord("1", name, "", "", "")).name_key

    assert key("Nhà máy cơ điện (Cty TNHH Cơ điện Vĩnh Đạt)") == key("Công ty TNHH Cơ điện Vĩnh Đạt") != ""
    assert key("Dự án đầu tư xây dựng Nhà máy cơ khí (HAESHIN PRECISION VINA)") == key("Haeshin Precision Vina")
    assert key("Xưởng kết cấu thép（DNTN Thép Hải Đại）") == key("DNTN Thép Hải Đại")
    # a plant with a name of its own keeps it; a bracket that names no firm is no owner
    assert key("Dự án nhà máy sản xuất cơ khí Cường Thành (giai đoạn 2)") == key("Nhà máy cơ khí Cường Thành")
    assert key("Xưởng xi mạ Thắng (Trần Văn Thắng)") == key("Xưởng xi mạ Thắng")


def test_an_owner_with_what_the_household_makes_after_a_dash_is_read_by_the_owner():
    from lienket.core.resolve.normalise import features

    def key(name: str) -> str:
        return features(RawRecord("1", name, "", "", "")).name_key

    assert key("Lê Tuấn Hạnh - gốm mỹ nghệ") == key("Hộ kinh doanh Lê Tuấn Hạnh") != ""
    assert key("Phạm Ngọc Anh - chế biến hải sản xuất khẩu") == key("HKD PHẠM NGỌC ANH")
    # a brand in capitals, or a trade name written with capitals, is no owner's name
    assert key("THIÊN ĐỨC - lắp ráp điện tử") != key("Thiên Đức")
    assert key("Nguyễn Văn An - Cơ sở mộc Tân Phát") == key("Cơ sở mộc Tân Phát")


def test_a_number_labelled_as_another_registers_is_no_tax_code_and_two_numbers_in_a_cell_give_the_code():
    from lienket.core.resolve.tax import normalise_tax

    # an audit report, a project ("Mã DA"), a supplier number, a lot: labels that name no tax code
    for cell in ("AUD-2019-1642", "Mã DA: 5531152019", "SUP-0101234565", "TK6738C", "Lô CN 03, KCN Quế Võ"):
        assert normalise_tax(cell) == "", cell
    # the labels of a tax code, an enterprise registration and a citizen's number still read
    assert normalise_tax("M.S.T: 0101234565") == normalise_tax("Tax ID 0101234565") == "0101234565"
    assert normalise_tax("MST cty 0101234565") == normalise_tax("Số: 0101234565") == "0101234565"
    assert normalise_tax("GCNĐKDN 0101234565") == normalise_tax("VAT 0101234565") == "0101234565"
    assert normalise_tax("Số CCCD: 058087087785") == "058087087785"
    # a social-insurance unit code beside the tax code: the code, not the two run together
    assert normalise_tax("YN8832F / 4310932874") == "4310932874"
    assert normalise_tax("MST: 0101234565; BHXH: YN8832F") == "0101234565"
    assert normalise_tax("GCNĐT số 3521456789 / MST 0101234565") == "0101234565"
    # a branch written with a slash, and two phones, are not two numbers of that kind
    assert normalise_tax("3714839131/001") == "3714839131001"
    assert normalise_tax("0889 998 016; 028.6699.2146") == ""
    # a separator with nothing after it, and one code written twice, still give the code
    assert normalise_tax("0101234565;") == normalise_tax("MST: 0101234565 | MST 0101234565") == "0101234565"
    assert normalise_tax(" ; ") == ""
