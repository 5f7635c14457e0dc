"""Entity resolution core: normalisation, the pairwise model, blocking and clustering (no database)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienket.core.resolve.address import zone_and_lot
from lienket.core.resolve.clustering import constrained_cluster
from lienket.core.resolve.engine import candidate_pairs, resolve
from lienket.core.resolve.model import COMPARISONS, match_probability, score_pair
from lienket.core.resolve.normalise import RawRecord, features, name_parts
from lienket.core.resolve.phone import normalise_phone
from lienket.core.resolve.tax import normalise_tax, tax_sci

HAND = Path(__file__).parents[1] / "data" / "resolve" / "hand.csv"


@pytest.mark.parametrize(
    "written",
    [
        "Công ty TNHH Khóa kéo Thành Tín",
        "Cty TNHH Khoa keo Thanh Tin",
        "CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN KHÓA KÉO THÀNH TÍN",
        "TNHH MTV Khóa kéo Thành Tín Việt Nam",
        "Thanh Tin Zipper Co., Ltd",
        "Thanh Tin Zipper Vietnam Company Limited",
        "Khóa kéo Thành Tín Vina",
    ],
)
def test_legal_forms_country_words_and_language_reduce_to_one_brand(written):
    _, brand, desc, _, _ = name_parts(written)
    assert (brand, desc) == ("thanh tin", "zipper")


@pytest.mark.parametrize(
    ("written", "legal"),
    [("CTCP Nhựa Hòa Bình", "cp"), ("Hoa Binh Plastics JSC", "cp"), ("DNTN Nhựa Hòa Bình", "dntn")],
)
def test_legal_form_is_recognised(written, legal):
    assert name_parts(written)[3] == legal
    assert name_parts(written)[1] == "hoa binh"


def test_branch_is_flagged():
    assert name_parts("Chi nhánh Công ty TNHH Seongjae tại Bắc Ninh")[4] is True
    assert features(RawRecord("x", "Seongjae", "0800555667-001")).branch is True
    # twelve digits whose first ten (a zero put back) fail the check digit: another number, not a branch code
    assert features(RawRecord("x", "Seongjae", "452043265017")).branch is False
    assert features(RawRecord("x", "Seongjae", "800555667001")).branch is True


def test_tax_codes_spaced_dotted_or_prefixed_agree():
    assert {normalise_tax(t) for t in ["0101234567", "0101 234 567", "MST: 0101.234.567"]} == {"0101234567"}
    assert normalise_tax("123") == "" and normalise_tax("0000000000") == ""


def test_phone_formats_agree():
    forms = ["0222 3712 345", "+84 222 371 2345", "(0222) 3712345", "84-222-371-2345", "0084 2223712345"]
    assert len({normalise_phone(p) for p in forms}) == 1


@pytest.mark.parametrize(
    "address",
    [
        "Lô A5, KCN Quế Võ, tỉnh Bắc Ninh",
        "Lot A-05, Que Vo Industrial Park, Bac Ninh",
        "lô a5, Khu công nghiệp Quế Võ, Bắc Ninh",
        "Plot A5, Que Vo IP, Bac Ninh Province",
        "Lô số A5, K.C.N Quế Võ",
    ],
)
def test_park_and_lot_read_in_both_languages(address):
    assert zone_and_lot(address)[:2] == ("que vo", "a5")


def test_old_and_new_province_names_agree():
    old = features(RawRecord("a", "X", address="Lô 1, KCN Đại An, tỉnh Hải Dương"))
    new = features(RawRecord("b", "X", address="Lô 1, KCN Đại An, thành phố Hải Phòng"))
    assert old.province == new.province != ""


@given(st.text(max_size=60))
def test_normalisers_never_raise(text):
    f = features(RawRecord("p", text, text, text, text))
    assert isinstance(f.name_key, str)


def test_every_level_has_probabilities_in_range():
    for comp in COMPARISONS:
        # Every column can be unknown except the branch flag (a name says "chi nhánh" or it does not); the site
        # comparison asks whether one side is known and the other is not.
        assert (comp.levels[0].kind == "null") is (comp.name not in ("branch", "site"))
        assert comp.levels[-1].kind == "else"
        for level in comp.levels:
            assert 0 < level.m <= 1 and 0 < level.u <= 1


def test_same_name_in_another_park_is_a_different_enterprise():
    a = features(RawRecord("a", "Công ty TNHH Khóa kéo Thành Tín", "", "Lô A5, KCN Quế Võ, tỉnh Bắc Ninh"))
    b = features(RawRecord("b", "Cty TNHH Khoa keo Thanh Tin", "", "Lot C12, Dai An IP, Hai Phong"))
    c = features(RawRecord("c", "Thanh Tin Zipper Co., Ltd", "", "Lot A-05, Que Vo Industrial Park"))
    assert match_probability(a, b) < 0.5
    assert match_probability(a, c) > 0.97


def test_name_only_record_does_not_chain_twins_in_two_parks():
    recs = [
        RawRecord("1", "Công ty TNHH Khóa kéo Thành Tín", "", "Lô A5, KCN Quế Võ, tỉnh Bắc Ninh"),
        RawRecord("2", "Công ty TNHH Khóa kéo Thành Tín", ""),
        RawRecord("3", "Công ty TNHH Khóa kéo Thành Tín", "", "Lô C12, KCN Đại An, tỉnh Hải Dương"),
    ]
    labels = resolve(recs, engine="python")
    assert labels[0] != labels[2]


def test_constrained_cluster_refuses_two_tax_codes():
    f = [features(RawRecord(str(i), "A", t)) for i, t in enumerate(["0101234567", "", "0109999999"])]
    assert constrained_cluster(3, [(10.0, 0, 1), (9.0, 1, 2)], f) == [0, 0, 2]


def test_blocking_finds_pairs_sharing_any_key():
    f = [
        features(RawRecord("a", "X", phone="0912345678")),
        features(RawRecord("b", "Y", phone="+84912345678")),
    ]
    assert list(candidate_pairs(f)) == [(0, 1)]


def _hand():
    with HAND.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [RawRecord(r["id"], r["name"], r["tax_code"], r["address"], r["phone"]) for r in rows], [
        r["truth"] for r in rows
    ]


def test_hand_written_set_is_resolved_exactly():
    # The set labels a dependent branch apart from its head office (h12, "S2"): read with branches="separate"; by
    # default the branch joins its head office, the legal person (ADR 0006).
    records, truth = _hand()
    labels = resolve(records, engine="python", branches="separate")
    joined = resolve(records, engine="python")
    assert joined[11] == joined[8] != labels[11]
    by_truth: dict[str, set[str]] = {}
    for t, lab in zip(truth, labels, strict=True):
        by_truth.setdefault(t, set()).add(lab)
    assert all(len(v) == 1 for v in by_truth.values()), by_truth
    assert len({next(iter(v)) for v in by_truth.values()}) == len(by_truth)


EXCEL = Path(__file__).parents[1] / "data" / "resolve" / "excel_upper.csv"


def _rows(path: Path):
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [RawRecord(r["id"], r["name"], r["tax_code"], r["address"], r["phone"]) for r in rows], [
        r["truth"] for r in rows
    ]


@pytest.mark.parametrize("path", [HAND, EXCEL], ids=["hand", "excel_upper"])
def test_hand_written_sets_resolve_exactly(path):
    records, truth = _rows(path)
    labels = resolve(records, engine="python", branches="separate")  # both label a branch apart
    pairs_truth = {(i, j) for i in range(len(truth)) for j in range(i) if truth[i] == truth[j]}
    pairs_pred = {(i, j) for i in range(len(labels)) for j in range(i) if labels[i] == labels[j]}
    assert pairs_pred == pairs_truth


def test_batch_features_equal_one_by_one():
    from lienket.core.resolve.normalise import features_many

    records, _ = _rows(HAND)
    assert features_many(records * 3, workers=2) == [features(r) for r in records * 3]


def test_swapped_tax_digits_and_brand_typo_still_match():
    from lienket.core.resolve.engine import candidate_pairs as pairs

    a = features(RawRecord("a", "Công ty TNHH Nhựa Thịnh Quang", "4841107207", "KCN Quang Châu, Bắc Giang"))
    b = features(RawRecord("b", "Cty TNHH Nhua Tginh Quang", "4841170207", ""))
    assert list(pairs([a, b])) == [(0, 1)]
    assert match_probability(a, b) > 0.9


def test_common_name_alone_is_weaker_than_a_rare_one():
    from dataclasses import replace

    a = features(RawRecord("a", "Công ty TNHH Hoàng Vĩnh"))
    b = features(RawRecord("b", "Hoang Vinh Co., Ltd"))
    rare = match_probability(a, b)
    common = match_probability(replace(a, name_n=30, brand_n=30), replace(b, name_n=30, brand_n=30))
    assert rare > 0.9 > common


@pytest.mark.parametrize(
    ("written", "brand", "legal"),
    [
        ("CÔbG TY CỔ PHẦN THÉP HYODA VINA", "hyoda", "cp"),
        ("CONG rY TNHH Det may Tan Toan", "tan toan", "tnhh"),
        ("Công tu cổ phần ABC", "abc", "cp"),
        ("Cong ty trach nhiem huu hn mot thanh vien Minh Phat", "minh phat", "tnhh"),
        ("Công ty TNHH Công Tú", "cong tu", "tnhh"),  # exact form first: the brand keeps its words
        ("Cong Tien Co Ltd", "cong tien", "tnhh"),  # two letters off "cong ty": a brand, not a slip
    ],
)
def test_one_letter_slip_in_a_leading_legal_form(written, brand, legal):
    _key, got_brand, _desc, got_legal, _branch = name_parts(written)
    assert (got_brand, got_legal) == (brand, legal)


def test_a_slipped_brand_is_read_as_its_only_common_neighbour():
    from collections import Counter

    from lienket.core.resolve.engine import corrected_brands

    brands = Counter(
        {"son tien": 20, "son tieb": 1, "thanh phat": 30, "thinh phat": 1, "changwoo": 9, "chanwgoo": 1}
    )
    fixes = corrected_brands(brands)
    assert fixes["son tieb"] == "son tien"  # "tieb" cannot be a Vietnamese syllable
    assert fixes["chanwgoo"] == "changwoo"  # one-word foreign brand, two letters swapped
    assert "thinh phat" not in fixes  # a real name one letter from another real name stays itself
    # "veit" reads as a syllable to a romanisation but Vietnamese writes no "ei": a slip of "viet"; "dae" and "jae"
    # are both Korean syllables, two names
    more = corrected_brands(Counter({"hon viet": 29, "hon veit": 1, "sang jae": 6, "sang dae": 1}))
    assert more == {"hon veit": "hon viet"}
    # Two common neighbours: no way to tell which one was meant.
    assert "son tieb" not in corrected_brands(Counter({"son tien": 9, "son tiep": 9, "son tieb": 1}))


def test_a_tax_code_with_swapped_digits_is_a_candidate_without_any_other_key():
    recs = [
        RawRecord("1", "Công ty CP Changwoo Việt Nam", "6571283431", "", ""),
        RawRecord("2", "CTCP Thép Changwoo", "6517283431", "KCN Điềm Thụy, tỉnh Thái Nguyên", "0926494544"),
    ] + [
        RawRecord(f"x{i}", "Công ty CP Changwoo", "", "", "") for i in range(500)
    ]  # the brand block is too big
    from lienket.core.resolve.engine import with_counts
    from lienket.core.resolve.normalise import features_many

    assert (0, 1) in set(candidate_pairs(with_counts(features_many(recs))))


def test_same_brand_in_the_same_park_is_strong_when_few_there():
    from dataclasses import replace

    a = features(RawRecord("1", "Shinlink JSC", "", "Lô C35, Điềm Thụy Industrial Park, Thái Nguyên", ""))
    b = features(RawRecord("2", "Cty CP Thép Shinlink", "", "KCN Điềm Thụy, tỉnh Thái Nguyên", ""))
    few = match_probability(
        replace(a, brand_n=40, bz_n=2, name_n=9), replace(b, brand_n=40, bz_n=2, name_n=9)
    )
    many = match_probability(
        replace(a, brand_n=40, bz_n=12, name_n=9), replace(b, brand_n=40, bz_n=12, name_n=9)
    )
    assert few >= 0.9 > many


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("286710197", "0286710197"),  # Excel dropped the leading zero
        ("241 929 953 6-001", "2419299536-001"),
        ("33092641557", "033092641557"),  # a citizen's twelve-digit number (CCCD) that lost its zero in Excel
    ],
)
def test_tax_code_forms_agree(written, same_as):
    assert normalise_tax(written) == normalise_tax(same_as)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("01636 847 536", "033 684 7536"),  # eleven-digit mobile renumbered in 2018
        ("+84 1662 111 222", "0362 111 222"),
        ("(0241) 3.465.902", "0222 3465902"),  # Bắc Ninh area code changed in 2017
        ("0280 3801275", "0208 3801275"),  # Thái Nguyên
        ("031 3 855 123", "0225 3855123"),  # Hải Phòng
        ("04 3730 2415", "024 3730 2415"),  # Hà Nội
    ],
)
def test_renumbered_phones_agree(old, new):
    assert normalise_phone(old) == normalise_phone(new) != ""


def test_film_makers_share_brand_and_trade_in_both_languages():
    vi = features(RawRecord("1", "CÔNG TY TNHH SẢN XUẤT THƯƠNG MẠI DỊCH VỤ MÀNG PE THU BỒN", "", "", ""))
    en = features(RawRecord("2", "Thu Bon PE Film Production Trading Service Limited Company", "", "", ""))
    assert vi.brand == en.brand == "thu bon"
    assert "film" in vi.desc.split() and vi.desc == en.desc
    assert features(RawRecord("3", "Công ty TNHH Mạng Việt", "", "", "")).brand == "mang viet"  # network, not film


@pytest.mark.parametrize(
    ("two", "one"),
    [
        ("Công ty Cổ phần Bao bì Giấy EXG - EXG PAPER PACKAGING JOINT STOCK COMPANY", "CTY CỔ PHẦN BAO BÌ GIẤY EXG"),
        ("SHENGYI RUBBER (VIETNAM) CO., LTD / Công ty TNHH Cao su Thắng Ức", "Công ty TNHH Cao su Thắng Ức"),
    ],
)
def test_a_name_written_in_two_languages_is_read_once(two, one):
    a, b = features(RawRecord("1", two, "", "", "")), features(RawRecord("2", one, "", "", ""))
    assert (a.brand, a.desc) == (b.brand, b.desc)


def test_a_name_cut_inside_its_legal_form_names_nobody():
    f = features(RawRecord("1", "công ty tnhh một thành", "", "", ""))
    assert (f.brand, f.name_key, f.legal) == ("", "", "tnhh")
    assert features(RawRecord("2", "Công ty TNHH Một thành viên Đế giày Nguyên Long", "", "", "")).brand == "nguyen long"


def test_a_current_mobile_is_never_renumbered():
    # 033… is a mobile today and was Quảng Ninh's area code before 2017: it is left alone.
    assert normalise_phone("0336 847 536") == "336847536"


@pytest.mark.parametrize(
    ("address", "zone", "lot"),
    [
        ("Lô K19-Khu CN Nam Sơn - Hạp Lĩnh-Thành phố Bắc Ninh-tỉnh Bắc Ninh", "nam son hap linh", "k19"),
        ("Lô C9-Khu CN Đại Đồng - Hoàn Sơn-xã Đại Đồng-H. Tiên Du-tỉnh Bắc Ninh", "dai dong hoan son", "c9"),
        ("Lô K17-4-KCN Điềm Thụy-huyện Phú Bình-TN", "diem thuy", "k174"),
        ("Nhà xưởng số 3, Lô 110-K.C.N Sóng Thần 1-Phường Dĩ An-tỉnh Bình Dương", "song than 1", "110"),
        ("Lô E16 KCN Nam Sách Hải Phòng", "nam sach", "e16"),
        ("Lô E14-Khu CN Bình Xuyên-TT Hương Canh-huyện Bình Xuyên", "binh xuyen", "e14"),
        # an expansion park in English and in Vietnamese
        ("Lot N41-2, Hoa Khanh Expansion I.P., Lien Chieu Ward, Danang City", "hoa khanh mo rong", "n412"),
        ("Lô số N41-2, Khu công nghiệp Hòa Khánh mở rộng, Phường Hòa Khánh Bắc", "hoa khanh mo rong", "n412"),
        # VSIP spelled out
        ("Lô A-2, Khu công nghiệp Việt Nam - Singapore III, T. Bình Dương", "vsip iii", "a2"),
        ("Lô A-2, KCN VSIP III, P. Vĩnh Tân", "vsip iii", "a2"),
    ],
)
def test_dash_separated_addresses_give_park_and_lot(address, zone, lot):
    assert zone_and_lot(address)[:2] == (zone, lot)


@pytest.mark.parametrize(
    ("written", "brand", "legal", "branch"),
    [
        ("Ky thuat An Hong, CP", "an hong", "cp", False),
        ("CN CONG TY TNHH MOT THANH VIEN KHUON MAU KIM THANG TAI QUANG NINH", "kim thang", "tnhh", True),
        ("Chi nhánh Hồ Chí Minh - Cty TNHH 1TV Hiếu Thịnh Việt Nam", "hieu thinh", "tnhh", True),
        ("THAI XUAN PAPER ONE MEMBER CO., LTD - HOP THINH BRANCH", "thai xuan", "tnhh", True),
        (
            "CÔNG TY TNHH MTV JIACON SOLUTIONS VINA (JIACON SOLUTIONS VINA COMPANY LIMITED)",
            "jiacon",  # "Solutions" is a generic trade word, like "Technology"
            "tnhh",
            False,
        ),
        ("Cty CP SXTM Vinh Duy", "vinh duy", "cp", False),
        ("H.T.X Dịch vụ nông nghiệp Duy Việt", "duy viet", "htx", False),
        ("DN tư nhân Kết cấu thép Thịnh Phú", "thinh phu", "dntn", False),
    ],
)
def test_excel_list_name_habits(written, brand, legal, branch):
    _, b, _, lg, br = name_parts(written)
    assert (b, lg, br) == (brand, legal, branch)


def test_paper_and_shoes_fold_alike_and_both_readings_stay_open():
    from lienket.core.resolve.model import _desc_ok

    giay = features(RawRecord("1", "Công ty TNHH Giấy Thái Xuân", "", "", ""))
    paper = features(RawRecord("2", "Thai Xuan Paper Co., Ltd", "", "", ""))
    steel = features(RawRecord("3", "Công ty TNHH Thép Thái Xuân", "", "", ""))
    plastic_sx = features(RawRecord("4", "Công ty TNHH Nhựa SX TM Thái Xuân", "", "", ""))
    plastic = features(RawRecord("5", "Thai Xuan Plastic Co., Ltd", "", "", ""))
    assert _desc_ok(giay, paper)
    assert not _desc_ok(paper, steel)  # sister firms of one group
    assert _desc_ok(plastic_sx, plastic)  # "SX TM" (generic) added in one list only


def test_a_shared_tax_code_lets_a_firm_that_moved_park_be_one():
    recs = [
        RawRecord("1", "Công ty TNHH Nhựa Trường Sơn", "2584819203", "Lô E14, KCN Bình Xuyên, Vĩnh Phúc", ""),
        RawRecord("2", "CTY TNHH NHỰA TRƯỜNG SƠN", "2584819203", "Lô 11, Cụm CN Ngọc Hồi, Hà Nội", ""),
        RawRecord("3", "Công ty TNHH Nhựa Trường Sơn", "", "Lô A2, KCN Quế Võ, Bắc Ninh", ""),
    ]
    labels = resolve(recs, engine="python")
    assert labels[0] == labels[1]
    assert labels[2] != labels[0]  # same name, third park, no tax code: not the same without more evidence


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("công ty tnhh thuwowng mại dịch vụ thịnh khôi", "Công ty TNHH Thương mại Dịch vụ Thịnh Khôi"),
        ("DN tư nhân Nguyễn Đức Vieetj", "DNTN Nguyễn Đức Việt"),
        ("cty cổ phần may mawcj minh sáng", "Công ty CP May mặc Minh Sáng"),
    ],
)
def test_telex_residue_is_read_as_the_syllable(typed, meant):
    assert name_parts(typed)[:4] == name_parts(meant)[:4]


def test_foreign_brands_are_not_telex():
    assert name_parts("Changwoo Vina Co., Ltd")[1] == "changwoo"


def test_a_name_whose_records_all_point_at_one_firm_is_that_firms():
    from lienket.core.resolve.engine import with_counts
    from lienket.core.resolve.normalise import features_many

    def probability(rows):
        feats = with_counts(features_many([RawRecord(str(i), *row) for i, row in enumerate(rows)]))
        return match_probability(feats[0], feats[1])

    name = "Công ty TNHH Nhựa Tân Tiến"
    one_firm = [(name, "", "", "")] * 2 + [(name, "2300123456", "Lô A2, KCN Quế Võ, Bắc Ninh", "")] * 3
    two_firms = [(name, "", "", "")] * 2 + [
        (name, "2300123456", "Lô A2, KCN Quế Võ, Bắc Ninh", ""),
        (name, "2300123456", "Lô A2, KCN Quế Võ, Bắc Ninh", ""),
        (name, "0100654321", "Lô 7, KCN Thăng Long, Hà Nội", ""),
    ]
    assert probability(one_firm) >= 0.9 > probability(two_firms)
    # A third of the name's records carrying the same code is enough (lists repeat a name without its code) ...
    third = [(name, "", "", "")] * 4 + [(name, "2300123456", "Lô A2, KCN Quế Võ, Bắc Ninh", "")] * 2
    assert probability(third) >= 0.9
    # ... but one record alone agrees with nobody.
    alone = [(name, "", "", "")] * 3 + [(name, "2300123456", "Lô A2, KCN Quế Võ, Bắc Ninh", "")]
    assert probability(alone) < 0.9


def test_tax_check_digit():
    from lienket.core.resolve.tax import tax_check_ok

    assert tax_check_ok("0100109106") and tax_check_ok("0314409058") and tax_check_ok("0314409058002")
    assert not tax_check_ok("0100109107") and not tax_check_ok("") and not tax_check_ok("12345")


def test_two_branches_one_digit_apart_are_two_firms_and_a_slip_is_not():
    # The check digit catches every one-digit slip or swap in the first ten digits, so two valid codes one digit
    # apart can only be two branches of one firm (-001, -002); an invalid code one digit off is a slip.
    a = features(RawRecord("1", "Chi nhánh Công ty TNHH Minh Phát tại Bắc Ninh", "0314409058-001", "", ""))
    b = features(RawRecord("2", "Chi nhánh Công ty TNHH Minh Phát tại Bắc Ninh", "0314409058-002", "", ""))
    head = features(RawRecord("3", "Công ty TNHH Minh Phát", "0314409058", "", ""))
    slip = features(RawRecord("4", "Công ty TNHH Minh Phát", "0314409085", "", ""))
    assert match_probability(head, slip) > 0.9 > match_probability(a, b)


def test_a_romanised_brand_written_joined_or_split_is_one_brand():
    a = features(
        RawRecord("1", "WOOSEO PACKAGING VINA CO.LTD", "", "Lô CN24, KCN Thuận Thành II, Bắc Ninh", "")
    )
    b = features(RawRecord("2", "Cty TNHH Bao bì Woo Seo Vina", "", "KCN Thuận Thành II, tỉnh Bắc Ninh", ""))
    assert a.brand_key == b.brand_key == "wooseo"
    assert (
        "name: same brand in the same park, few there" in score_pair(a, b)[1]
    )  # brands compare without spaces
    # Telex repair leaves foreign words alone.
    assert name_parts("Moon Woo Vina")[1] == "moon woo"


@pytest.mark.parametrize(
    ("written", "brand", "legal"),
    [
        ("C.ty Linh Hữu", "linh huu", ""),
        ("CT Thép LNHC", "lnhc", ""),
        ("DN TN TM Màng nhựa Trần Mạnh Nga", "tran manh nga", "dntn"),
        ("Công ty TNHH Thép không gỉ Sang Đạt", "sang dat", "tnhh"),
    ],
)
def test_more_list_habits(written, brand, legal):
    parts = name_parts(written)
    assert (parts[1], parts[3]) == (brand, legal)


# --------------------------------------------------------------------------- session 4: several phones, streets


def test_every_number_of_a_phone_cell_is_read():
    from lienket.core.resolve.phone import phones

    assert phones("0383.774.631 / 0983089618") == ("383774631", "983089618")
    assert phones("Tel: 0251 7333285 - Fax: 0251 7333286") == ("517333285", "517333286")
    assert phones("(0222) 3278135; 0356 832 109 (anh Quý)") == ("223278135", "356832109")
    assert phones("0222 - 3812345") == ("223812345",)  # one number split at its area code
    assert phones("0912 345 678 / 0912.345.678") == ("912345678",)  # written twice: once
    assert phones("") == () and phones("ext 12") == ()
    f = features(RawRecord("x", "A", phone="0383.774.631 / 0983089618"))
    assert (f.phone, f.phone2) == ("383774631", "983089618")


def test_a_second_number_in_the_cell_links_records_and_meets_in_a_block():
    full = features(RawRecord("1", "Công ty TNHH Cơ khí Gia Khải Tâm", phone="(0222) 3278135 / 0356832109"))
    short = features(RawRecord("2", "Cơ khí Gia Khải Tâm", phone="0356832109 (anh Quý)"))
    other = features(RawRecord("3", "Cơ khí Gia Khải Tâm", phone="0912 000 111"))
    assert "phone: exact" in score_pair(short, full)[1]
    assert "phone: exact" in score_pair(full, short)[1]
    assert "phone: different" in score_pair(other, full)[1]
    # Only the second number is shared, and the names differ: the pair is still compared.
    a = RawRecord("a", "Nhựa Vinh Ngân", phone="0204 3642517 / 0912 888 777")
    b = RawRecord("b", "VNP", phone="0912888777")
    feats = [features(a), features(b)]
    assert (0, 1) in set(candidate_pairs(feats))


@pytest.mark.parametrize(
    ("address", "street"),
    [
        ("Số 247 Xương Giang, X. Phật Tích, H.Tiên Du, Bắc Ninh", "247 xuong giang"),
        ("Số 247, đường Xương Giang, X. Phật Tích", "247 xuong giang"),
        ("334 Hai Bà Trưng - X.Yên Dũng - tỉnh Bắc Ninh", "334 hai ba trung"),
        ("105 TAM TRINH ST., HOA SON COMMUNE, HIEP HOA", "105 tam trinh"),
        ("NO. 69, NGUYEN TRAI STREET, KIM CHUNG", "69 nguyen trai"),
        ("Km 61, TL295, Phù Lãng, Quế Võ", "km61 tl295"),
        ("Km 61, ĐT295, xã Phù Lãng", "km61 tl295"),
        ("Km61 Quốc lộ 18, P. Việt Hùng", "km61 ql18"),
        ("KM 61, NATIONAL ROAD 18, VIET HUNG WARD", "km61 ql18"),
        ("KM55+500, HIGHWAY NO.TL295, TAM GIANG", "km55+500 tl295"),
        ("Km 55 + 500, TL295, X.Tam Giang", "km55+500 tl295"),
        ("149 Le Duan phuong Thach Ban quan Long Bien Ha Noi", "149 le duan"),  # no commas
        ("số 149 đường Lê Duẩn - Q.Long Biên - Hanoi", "149 le duan"),
        ("12 đường Quang Trung P. Trần Phú", "12 quang trung"),
        ("so 385 duong To Hien Thanh Bac Giang", "385 to hien thanh"),  # the province after the street
        ("14 Mạc Đĩnh Chi Ninh Bình", "14 mac dinh chi"),
        # a house on a numbered road; a house in a kiệt (Đà Nẵng's lanes) off a road or street
        ("368 Quốc lộ 1A, Điện Bàn", "368 ql1a"),
        ("368 National Road 1A, Dien Ban Ward", "368 ql1a"),
        ("490/23 ĐT 747, P. Hòa Lợi", "490/23 tl747"),
        ("K67/45 Quốc lộ 1A, Hòa Xuân", "67/45 ql1a"),
        ("Lane 67/45 National Road 1A, Hoa Chau", "67/45 ql1a"),
        ("Số K338/51 Ngô Quyền, TP.ĐN", "338/51 ngo quyen"),
        ("420 Tô Ký, Tân Phong, Quận 7", "420 to ky"),  # Tô Ký is a street; "tổ 5" is a group of houses
        ("Số 5 tổ 12, P. Tân Phong", ""),
        # a street with a number in its name, a dash without spaces before the ward, a house in a lane off a street
        ("Số 6 Đường CN-4, xã Tân Sơn, tỉnh Bắc Ninh", "6 cn-4"),
        ("161 Kinh Dương Vương-Thị trấn Như Quỳnh-HY", "161 kinh duong vuong"),
        ("447/12 30 Tháng 4, Phường An Phú", "447/12 30 thang 4"),
        # a house number with a slash before "đường" / "phố"; a street named by a number (2026-12-07, ninth session)
        ("Số 6 đường số 11, P. Tân Phong", "6 11"),
        ("No. 6, Street No. 11, Tan Phong Ward", "6 11"),
        ("Số 282/6 phố Xương Giang, xã Trung Kênh", "282/6 xuong giang"),
        ("Số 282/6, đường Xương Giang, xã Trung Kênh", "282/6 xuong giang"),
        ("36 Huyền Quang, phường Dị Sử", "36 huyen quang"),
        ("NO. 324, NGO 133, NGUYEN GIA THIEU STREET, DONG THO COMMUNE", "324 ngo133 nguyen gia thieu"),
        ("Số 324 ngõ 133 Nguyễn Gia Thiều, xã Đông Thọ", "324 ngo133 nguyen gia thieu"),
        ("Số 211, xã Cờ Đỏ, TP. Cần Thơ", ""),
        # villages, lanes and kilometres without a road are not streets
        ("Thôn Tiền, xã Lâm Thao, Bắc Ninh", ""),
        ("Số 5, thôn Đông, xã Tam Giang", ""),
        ("Km 12, xã Đại Lai", ""),
    ],
)
def test_house_number_and_street_or_road_kilometre_are_read(address, street):
    assert zone_and_lot(address)[2] == street


@pytest.mark.parametrize(
    ("address", "zone", "lot"),
    [
        ("Lô N17 VSIP Bắc Ninh, phường Phù Chẩn, thành phố Từ Sơn", "vsip", "n17"),
        ("Số 11, Đường số 11, VSIP Bắc Ninh, P. Từ Sơn", "vsip", ""),
        ("Khu đô thị, công nghiệp và dịch vụ VSIP Hải Phòng, P. Nam Triệu", "vsip", ""),
        ("Lot B4, Deep C 2A, Hai Phong", "deep c 2a", "b4"),
    ],
)
def test_a_park_known_by_its_developers_name_without_kcn(address, zone, lot):
    assert zone_and_lot(address)[:2] == (zone, lot)
    assert zone_and_lot("Lô 110 - KCN VSIP Bắc Ninh")[0] == "vsip"


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        # the economic zone the park lies in, a district or province after a dash, the border gate's word
        ("Lô D22, KCN Hải Yên - KKT cửa khẩu Móng Cái, P Hải Yên", "hai yen"),
        ("Cụm công nghiệp Hoàng Quế - Đông Triều - QN", "hoang que"),
        ("LO K48-5, KCN CONG HOA - CHI LINH, PHUONG CONG HOA", "cong hoa"),
        ("Lô G49, KKT cửa khẩu Móng Cái, P Ka Long", "mong cai"),
        # two places of the park's own name stay
        ("KCN Nam Sơn - Hạp Lĩnh, lô CN01", "nam son hap linh"),
        ("CCN Mẫn Xá - Văn Môn", "man xa van mon"),
    ],
)
def test_what_follows_a_parks_name_is_not_part_of_it(address, zone):
    assert zone_and_lot(address)[0] == zone


def test_a_park_and_its_extension_are_similar_not_different():
    a = features(RawRecord("1", "Công ty TNHH Minh Đạt", "", "Lô G24, KCN Đại An mở rộng"))
    b = features(RawRecord("2", "Công ty TNHH Minh Đạt", "", "Lô G24, Khu công nghiệp Đại An, tỉnh HD"))
    c = features(RawRecord("3", "Công ty TNHH Minh Đạt", "", "Lô G24, KCN Phúc Điền, tỉnh HD"))
    assert "zone: similar" in score_pair(a, b)[1]
    assert "zone: different" in score_pair(a, c)[1]


def test_park_written_with_a_dot_after_kcn_and_hi_tech_parks():
    assert zone_and_lot("Lô J15, KCN. Yên Phong II-C, X.Tam Giang")[:2] == ("yen phong ii c", "j15")
    assert zone_and_lot("Lot M4-8, Saigon Hi-Tech Park")[:2] == ("saigon", "m48")


@pytest.mark.parametrize(
    ("written", "brand"),
    [
        ("Sơn Lan Hải Dương", "son lan"),
        ("Dệt may Thắng Đức Cát BN", "thang duc cat"),
        ("Chi nhánh Tiên Châu Hà Nội", "tien chau"),
        ("Cơ khí Hà Nội", "ha noi"),  # the province is the whole brand: kept
        ("Bắc Ninh Sơn", "bac ninh son"),  # not at the end
        ("Công ty CP Hogwang Hi-Tech Việt Nam", "hogwang"),
        ("Công ty TNHH 1 TV ĐTSX&TM Bao bì Thái Bình Dương", "thai binh duong"),
        ("In - Bao bì Thành Phong, CTCP", "thanh phong"),
        ("Công ty Cổ phần In và Bao bì Thành Phong", "thanh phong"),
        ("CTY TNHH LINH KIỆN ĐT QUANG LẠC", "quang lac"),
    ],
)
def test_province_after_the_brand_and_trade_words_are_not_the_brand(written, brand):
    assert name_parts(written)[1] == brand


def test_province_after_the_brand_stays_in_the_name_key():
    assert name_parts("Sơn Lan Hải Dương")[0] == "son lan hai duong"


def _firm(i: str, name: str, tax: str = "", address: str = "", phone: str = "") -> RawRecord:
    return RawRecord(i, name, tax, address, phone)


def test_a_bare_brand_joins_the_one_firm_all_its_records_point_at():
    park = "Lô CN09, KCN Quế Võ II, phường Nhân Hòa, tỉnh Bắc Ninh"
    recs = [
        _firm("1", "Công ty Cổ phần Hogwang Hi-Tech Việt Nam", "2312594345", park),
        _firm("2", "HOGWANG HI-TECH VIETNAM CORPORATION", "2312594345", "Lot CN9, Que Vo II IP, Bac Ninh"),
        _firm("3", "Hogwang Hi-tech Vietnam Corp", "", park),
        _firm("4", "Hogwang", "", "", "0938 572497"),
    ]
    labels = resolve(recs, engine="python")
    assert len(set(labels)) == 1
    assert resolve(recs, engine="duckdb") == labels


def test_a_bare_brand_stays_apart_when_its_records_name_two_firms():
    recs = [
        _firm(
            "1", "Samjoo Electronics Vina Co., Ltd", "2316298202", "Lô 112, KCN Đại Đồng - Hoàn Sơn, Bắc Ninh"
        ),
        _firm("2", "SAMJOO ELECTRONICS VINA LTD", "2316298202", "PLOT 112, DAI DONG - HOAN SON IP, BAC NINH"),
        _firm("3", "Samjoo Optics Vietnam Co., Ltd", "2411244655", "Lô E3, KCN Việt Hàn, Bắc Giang"),
        _firm("4", "SAMJOO OPTICS VIETNAM COMPANY LIMITED", "2411244655", "LO E3, KCN VIET HAN, BAC GIANG"),
        _firm("5", "Samjoo", "", "", "0948152235"),
    ]
    labels = resolve(recs, engine="python")
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]
    assert labels[4] == "5"  # a group of two plants: the bare brand could be either


@pytest.mark.parametrize(
    ("x", "y", "slip"),
    [
        ("4616062233", "461606223", True),  # a digit dropped, read as a lost leading zero ("0461606223")
        ("4616062233", "46160622333", True),  # a digit doubled
        ("4616062233", "4616062223", True),  # one digit off
        ("4616062233", "4616062233001", False),  # a branch: its own code
        ("4616062233", "5616062234", False),
        ("0123456789", "0234567891", False),
    ],
)
def test_tax_code_slips_include_a_digit_dropped_or_doubled(x, y, slip):
    from lienket.core.resolve.tax import tax_slip

    a, b = normalise_tax(x), normalise_tax(y)
    assert tax_slip(a, b) is slip and tax_slip(b, a) is slip
    assert normalise_tax("101234567") == "0101234567"  # a real lost leading zero is the same code


def test_a_dropped_tax_digit_is_scored_and_clustered_as_a_slip_on_every_engine():
    park = "Lô CN-05, KCN Yên Bình, P. Đồng Tiến, Tp Phổ Yên, tỉnh Thái Nguyên"
    recs = [
        RawRecord(
            "1", "CHING KUO JUI VIETNAM LTD", "4616062233", "PLOT CN05, YEN BINH IZ, PHO YEN, THAI NGUYEN"
        ),
        RawRecord("2", "Công ty TNHH Ching Kuo Jui Việt Nam", "461606223", park),
        RawRecord("3", "Ching Kuo Jui Vietnam Co., Ltd", "46160622333", park),
    ]
    a, b = features(recs[0]), features(recs[1])
    assert "tax: one digit differs or two swapped" in score_pair(a, b)[1]
    labels = resolve(recs, engine="python")
    assert len(set(labels)) == 1 and resolve(recs, engine="duckdb") == labels


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Công ty TNHH Kỹ thuật Phát Thuận Sinh", "PTSE"),
        ("Cty CP Long Linh Bắc Ninh", "LLBN"),
        ("Cty TNHH Inox Hưng Kim", "HKS"),
    ],
)
def test_initials_with_the_same_phone_are_the_firm(full, short):
    a, b = (
        features(RawRecord("1", full, phone="0912 345 678")),
        features(RawRecord("2", short, phone="0912345678")),
    )
    weight, reasons = score_pair(a, b)
    assert "name: initials of the other's brand" in reasons
    assert match_probability(a, b) >= 0.9
    # Initials alone, or a phone with other initials, are not enough.
    assert match_probability(features(RawRecord("1", full)), features(RawRecord("2", short))) < 0.5
    other = features(RawRecord("3", "XQZ", phone="0912345678"))
    assert match_probability(a, other) < 0.5


def test_a_syllable_is_not_an_acronym():
    assert features(RawRecord("1", "Cty Minh")).acronym == ""
    assert features(RawRecord("1", "HKS")).acronym == "hks"
    assert features(RawRecord("1", "Hưng Kim")).initials == "hk"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kyminh Die Casting Manufacturing And Trading Co., Ltd.", "Công ty TNHH Khuôn đúc Kỳ Minh"),
        ("Vinhminh Spring Co.,Ltd", "CT Lò xo Vinh Minh"),
    ],
)
def test_trade_words_in_either_language_leave_the_same_brand(a, b):
    assert name_parts(a)[1].replace(" ", "") == name_parts(b)[1].replace(" ", "")


@pytest.mark.parametrize(
    "written",
    ["Công ty TNHH Đúc Thành Đông", "CÔNG TY TNHH ĐÚC THÀNH ĐÔNG", "Thanh Dong Casting Co., Ltd", "C.TY THÀNH ĐÔNG"],
)
def test_casting_written_with_its_marks_is_a_trade_not_the_given_name(written):
    # "Đúc" (casting) folds to the "Đức" of given names; with its marks it is the foundry's trade
    assert name_parts(written)[1] == "thanh dong"
    assert name_parts("Cơ khí Đức Thành")[1] == "duc thanh"


def test_an_unmarked_duc_before_a_foundrys_brand_is_that_foundry():
    from lienket.core.resolve.engine import unmarked_casting
    from lienket.core.resolve.normalise import features_many

    records = [
        RawRecord("1", "Công ty TNHH Đúc Uy An Thái"),
        RawRecord("2", "CONG TY TNHH DUC UY AN THAI"),  # a customs list: capitals without marks
        RawRecord("3", "Đúc Sơn"),
        RawRecord("4", "DUC SON"),  # one syllable after it: as likely Đức Sơn
        RawRecord("5", "Cty Đức Uy An Thái"),  # written with the marks of a given name
    ]
    brands = [f.brand for f in unmarked_casting(records, features_many(records))]
    assert brands == ["uy an thai", "uy an thai", "son", "duc son", "duc uy an thai"]
    assert [f.brand for f in features_many(records)][1] == "duc uy an thai"


def test_an_english_co_operative_is_a_cooperative():
    assert name_parts("Xuan O Technology Co-operative")[1:4] == name_parts("Hợp tác xã Công nghệ Xuân Ổ")[1:4]


def test_a_branch_and_a_firm_that_is_not_one_weigh_against_a_match():
    hq = features(RawRecord("1", "Công ty TNHH Điện tử Thu Hưng", "", "Số 33 Trần Hưng Đạo, Thái Nguyên"))
    branch = features(
        RawRecord("2", "Chi nhánh Cty TNHH Điện tử Thu Hưng tại Thái Nguyên", "", "Thái Nguyên")
    )
    same = features(
        RawRecord("3", "Cty TNHH Điện tử Thu Hưng", "", "Thái Nguyên")
    )  # the branch's row, unmarked
    assert "branch: one is a branch" in score_pair(hq, branch)[1]
    assert "branch: both or neither a branch" in score_pair(hq, same)[1]
    assert score_pair(hq, branch)[0] < score_pair(hq, same)[0] - 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("C«ng ty TNHH §iÖn tö Khang TiÕn", "Cty TNHH Điện tử Khang Tiến"),
        ("COÂNG TY TNHH ÑIEÄN TÖÛ TIAN JIN VIEÄT NAM", "Công ty TNHH Điện tử Tian Jin Việt Nam"),
        ("CTCP Hóa chấtDũng Phúc", "Công ty Cổ phần Hóa chất Dũng Phúc"),
        ("[C388174] RONG LONG ELECTRONIC VIETNAM CO., LTD", "Rong Long Electronics Vietnam Co., Ltd"),
        ("FXV399671-HYEON MOON TECH", "Hyeon Moon Tech"),
        ("LGV-861384 HEUNG JAE TELECOM VINA", "HEUNG JAE TELECOM VINA LTD"),
        ("Gun Tec Vietnam Co., Ltd - Gun Co.", "GUN TEC VIETNAM CO., LTD"),
    ],
)
def test_old_encodings_glued_words_vendor_codes_and_parents_leave_the_same_name(a, b):
    assert name_parts(a)[:3] == name_parts(b)[:3]


def test_numbers_that_are_names_are_not_vendor_codes():
    assert name_parts("2020 Plastics")[1] == "2020"
    assert name_parts("3M Vietnam")[1] == "3m"


@pytest.mark.parametrize(
    ("address", "zone", "lot"),
    [
        ("CN18.14, KCN KHÁNH PHÚ", "khanh phu", "cn1814"),  # a lot code before the park
        ("B12, CCN An Đổ", "an do", "b12"),
        ("12, Nguyễn Trãi, KCN Quế Võ", "que vo", ""),  # a house number is not a lot
        ("Lô số CN54.2, KCN Bảo Minh GĐ2", "bao minh", "cn542"),  # the phase is not the park's name
        ("Lo CN54, KCN Dong Van II (GD I), huyen Duy Tien", "dong van ii", "cn54"),
        ("KCN Bảo Minh giai đoạn 2", "bao minh", ""),
        ("Viet Han I.Z, Huong Lam Commune", "viet han", ""),
        ("Tien Son I.P., Bac Ninh", "tien son", ""),
    ],
)
def test_lot_codes_phases_and_dotted_park_types(address, zone, lot):
    assert zone_and_lot(address)[:2] == (zone, lot)


def test_addresses_in_old_encodings_are_read():
    f = features(RawRecord("1", "x", "", "L« E-24, KCN §ång V¨n IV, §¹i C\xad¬ng, Kim B¶ng, Hµ Nam"))
    assert (f.zone, f.lot) == ("dong van iv", "e24")
    assert features(RawRecord("1", "x", "", "KCN ĐồngVăn II, thị xã Duy Tiên")).zone == "dong van ii"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Côngty TNHH PDDM", "CT TNHH PDDM"),
        ("Công t y TNHHTâm Phong", "Công ty TNHH Tâm Phong"),  # words broken and glued by a PDF copy
        ("Công ty TNHH MTV S ản xuất Hóa chất Nhanvina", "Công ty TNHH MTV Sản xuất Hóa chất Nhanvina"),
        ("Côngty TNHH Thiết bị Bạch Đ ằng", "Công ty TNHHThiết bị BạchĐằng"),
        ("Nhà máy nhựa - C.ty- TNHH Cơ khí Chế tạo Nam Hòa", "Công ty TNHH Cơ khí Chế tạo Nam Hòa"),
    ],
)
def test_pdf_breaks_and_factory_prefixes_leave_the_same_name(a, b):
    assert name_parts(a)[:3] == name_parts(b)[:3]


def test_a_lone_letter_before_a_consonant_stays_a_word():
    assert name_parts("Công ty TNHH K Việt")[1] == "k viet"
    assert name_parts("Nhà máy Z119")[1] == "z119"  # "nhà máy" (factory) is not "may" (garment)
    assert name_parts("CN CTCP Cơ khí Hoàng Đạt")[4] is True  # CN before CTCP: a branch


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "NO.4 NGO GIA TU STR., TIEN AN WARD, BAC NINH CITY",
            "Số 4 Ngô Gia Tự - phường Tiền An - TP Bắc Ninh",
        ),
        ("No.12 Le Quang Dao Str., Dong Nguyen Ward", "Số 12, đường Lê Quang Đạo - phường Đồng Nguyên"),
    ],
)
def test_english_street_addresses_agree_with_vietnamese(a, b):
    assert zone_and_lot(a)[2] == zone_and_lot(b)[2] != ""


def test_lanes_and_house_numbers_are_not_lots_or_streets():
    # house 5 in lane 12 off Lê Lợi: neither house 5 nor house 12 on Lê Lợi
    assert zone_and_lot("Số 5 ngõ 12 Lê Lợi")[2] == "5 ngo12 le loi"
    assert zone_and_lot("Số 5 Lê Lợi")[2] != zone_and_lot("Số 5 ngõ 12 Lê Lợi")[2] != zone_and_lot("Số 12 Lê Lợi")[2]
    assert zone_and_lot("Ngõ 12, xã Tam Giang")[2] == ""
    assert zone_and_lot("Số 1, đường số 2, CCN Châu Khê")[:2] == ("chau khe", "")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("THINH HUY INDUSTRIAL SUPPLIES CO., LTD", "CÔNG TY TNHH VẬT TƯ CÔNG NGHIỆP THỊNH HUY"),
        ("KIEN TRUNG FOAM BAC NINH CO.,LTD", "Cty TNHH Xốp Kiên Trung Bắc Ninh"),
        ("Tien Loi International JSC", "Công ty Cổ phần Tiến Lợi Quốc tế"),
    ],
)
def test_more_trade_words_in_both_languages(a, b):
    assert name_parts(a)[1:3] == name_parts(b)[1:3]


def test_romanised_brands_compare_with_and_without_spaces():
    a = features(RawRecord("1", "LIAN YUAN METAL VIETNAM"))
    b = features(RawRecord("2", "Lienyuan Metal Vietnam Co.,Ltd"))
    assert "name: similar brand" in score_pair(a, b)[1]


def test_a_branch_writing_its_head_office_code_is_the_branch_not_the_head_office():
    hq = "Công ty TNHH Gỗ TL"
    rows = [
        RawRecord("1", hq, "3723861895", "Lô A1, KCN Amata, Biên Hòa, Đồng Nai"),
        RawRecord(
            "2",
            f"Chi nhánh {hq} tại Đồng Nai",
            "3723861895-001",
            "Ấp Phù, phường An Bình, Biên Hòa, Đồng Nai",
        ),
        RawRecord(
            "3", f"CN {hq} tại Đồng Nai", "3723861895", "Ấp Phù - P.An Bình - TP Biên Hòa - Đồng Nai", ""
        ),
    ]
    from lienket.core.resolve.clustering import _conflict, _tax_key

    f = [features(r) for r in rows]
    assert [_tax_key(x) for x in f] == ["3723861895", "3723861895001", "3723861895*"]
    # The branch's own code and its parent's code written by the branch can be one unit ...
    assert not _conflict(set(), set(), {"3723861895001"}, {"3723861895*"})
    # ... the head office and a branch writing the head office's code cannot.
    assert _conflict(set(), set(), {"3723861895"}, {"3723861895*"})
    labels = resolve(rows, engine="python", branches="separate")
    assert labels[0] != labels[2]
    assert resolve(rows, engine="duckdb", branches="separate") == labels


def test_a_lot_written_without_its_park_meets_the_same_brand_in_that_lot():
    recs = [
        RawRecord("1", "Luân Minh Logistics JSC", "", "Lô CN20-2, KCN Lai Vu, Xã Lai Vu, Hải Dương"),
        RawRecord("2", "Cty CP Vận tải Luân Minh", "", "Lô CN20-2", ""),
    ]
    assert (0, 1) in set(candidate_pairs([features(r) for r in recs]))


def _firms_with_phones(n: int, same_phone: bool) -> list:
    from lienket.core.resolve.normalise import features_many

    rows = []
    for i in range(n):
        tax = f"{2300100000 + i * 7:010d}"
        rows.append(RawRecord(f"{i}a", f"Cơ khí Số {i}", tax, "", f"0912 {100000 + i:06d}"))
        phone = f"0912 {100000 + i:06d}" if same_phone else f"0988 {200000 + i:06d}"
        rows.append(RawRecord(f"{i}b", f"Cty Cơ khí Số {i}", tax, "", phone))
    return features_many(rows)


def test_phone_disagreement_is_read_from_pairs_sharing_a_tax_code():
    from lienket.core.resolve.estimates import PHONE_M_RANGE, model_for, phone_disagreement
    from lienket.core.resolve.model import COMPARISONS

    assert phone_disagreement(_firms_with_phones(150, same_phone=True)) == PHONE_M_RANGE[0]
    assert phone_disagreement(_firms_with_phones(150, same_phone=False)) == PHONE_M_RANGE[1]
    assert phone_disagreement(_firms_with_phones(50, same_phone=False)) is None  # too few pairs: the default
    assert model_for(_firms_with_phones(50, same_phone=False)) == COMPARISONS
    phone = {c.name: c for c in model_for(_firms_with_phones(150, same_phone=False))}["phone"]
    # Every pair here is two mobiles: that kind and the overall share are read; the others take the overall one.
    assert [(lv.kind, lv.m) for lv in phone.levels] == [
        ("null", 1),
        ("phone_shared", 0.005),  # a number many firms give is read from its own counts, not this share
        ("phone_any", 0.4),
        ("landlines", 0.6),
        ("mobiles", 0.95),
        ("else", 0.6),
    ]


def _firms_in_two_places(n: int, split: int) -> list:
    # n firms, each with a tax code and two records; the first ``split`` of them give a park lot in one list and a
    # street address in town (the head office) in the other.
    from lienket.core.resolve.normalise import features_many

    rows = []
    for i in range(n):
        tax = f"{2300100000 + i * 7:010d}"
        rows.append(RawRecord(f"{i}a", f"Cơ khí Số {i}", tax, f"Lô A{i}, KCN Quế Võ, Bắc Ninh"))
        other = f"Số {i + 10} đường Lý Thái Tổ, Bắc Ninh" if i < split else f"Lô A{i}, KCN Quế Võ, tỉnh Bắc Ninh"
        rows.append(RawRecord(f"{i}b", f"Cty Cơ khí Số {i}", tax, other))
    return features_many(rows)


def test_a_park_and_a_street_address_count_against_a_match_as_often_as_the_data_says():
    from lienket.core.resolve.estimates import SITE_M_RANGE, model_for, site_shares
    from lienket.core.resolve.model import COMPARISONS

    park = features(RawRecord("1", "Công ty TNHH Điện tử Honda Vina", "", "Lot No. 54, KCN Tiên Sơn, tỉnh Bắc Ninh"))
    town = features(RawRecord("2", "CÔNG TY TNHH Điện tử Honda", "", "Số 270 đường Yên Tài, tỉnh Bắc Ninh"))
    same = features(RawRecord("3", "Cty TNHH Điện tử Honda", "", "Lô 54, KCN Tiên Sơn, Bắc Ninh"))
    village = features(RawRecord("4", "Cty TNHH Điện tử Honda", "", "Thôn Đông, xã Phù Chẩn, Bắc Ninh"))
    label = "site: one in a park, the other at a street address"
    assert label in score_pair(park, town)[1]
    assert label not in score_pair(park, same)[1] and label not in score_pair(park, village)[1]
    assert not any(r.startswith("site") for r in score_pair(park, same)[1])  # no "site: else" among the reasons
    assert score_pair(park, town)[0] < score_pair(park, village)[0]
    assert "site: one in a park, the other in a village" in score_pair(park, village)[1]
    assert "site: one at a street address, the other in a village" in score_pair(town, village)[1]

    assert site_shares(_firms_in_two_places(150, 0))["park_street"] == SITE_M_RANGE[0]
    assert site_shares(_firms_in_two_places(150, 150))["park_street"] == SITE_M_RANGE[1]
    assert site_shares(_firms_in_two_places(150, 15))["park_street"] == pytest.approx(0.1)
    assert site_shares(_firms_in_two_places(150, 150))["park_village"] == SITE_M_RANGE[0]
    assert site_shares(_firms_in_two_places(50, 50)) == {}  # too few pairs: the model's values
    site = {c.name: c for c in model_for(_firms_in_two_places(150, 0))}["site"]
    assert site.levels[0].m == SITE_M_RANGE[0] != {c.name: c for c in COMPARISONS}["site"].levels[0].m
    # Where lists often give a firm's head office and its plant, the split says less against a match.
    assert score_pair(park, town, model_for(_firms_in_two_places(150, 150)))[0] > score_pair(park, town)[0]


def _firms_in_parks(n: int, moved: int) -> list:
    # n firms, each with a tax code and two records in a park; the first ``moved`` of them are in another park in
    # the second list.
    from lienket.core.resolve.normalise import features_many

    rows = []
    for i in range(n):
        tax = f"{2300100000 + i * 7:010d}"
        rows.append(RawRecord(f"{i}a", f"Cơ khí Số {i}", tax, f"Lô A{i}, KCN Quế Võ, Bắc Ninh"))
        park = "KCN Tiên Sơn" if i < moved else "KCN Quế Võ"
        rows.append(RawRecord(f"{i}b", f"Cty Cơ khí Số {i}", tax, f"Lô A{i}, {park}, tỉnh Bắc Ninh"))
    return features_many(rows)


def test_place_levels_are_read_from_pairs_sharing_a_tax_code():
    from lienket.core.resolve.estimates import READ_M_FLOOR, READ_PRIOR_PAIRS, model_for, read_level_shares
    from lienket.core.resolve.model import COMPARISONS

    def levels(comparisons, name):
        return {lv.label: lv.m for lv in {c.name: c for c in comparisons}[name].levels}

    fixed = levels(COMPARISONS, "zone")
    stay = levels(read_level_shares(_firms_in_parks(150, 0)), "zone")
    moved = levels(read_level_shares(_firms_in_parks(150, 150)), "zone")
    # Shrunk towards the model's value by READ_PRIOR_PAIRS pseudo-pairs, never below the floor
    assert stay["different"] == max(READ_M_FLOOR, READ_PRIOR_PAIRS * fixed["different"] / (150 + READ_PRIOR_PAIRS))
    assert stay["exact"] == pytest.approx((150 + READ_PRIOR_PAIRS * fixed["exact"]) / (150 + READ_PRIOR_PAIRS))
    assert moved["different"] == pytest.approx((150 + READ_PRIOR_PAIRS * fixed["different"]) / 200)
    assert stay["null"] == moved["null"] == 1
    # Levels that only say both values are known are left alone, and comparisons with no pair keep their values.
    assert levels(read_level_shares(_firms_in_parks(150, 0)), "commune")["both in a park"] == 1
    assert levels(read_level_shares(_firms_in_parks(150, 0)), "hamlet") == levels(COMPARISONS, "hamlet")
    a = features(RawRecord("1", "Công ty TNHH Nhựa Tân Tiến", "", "Lô B2, KCN Quế Võ, Bắc Ninh"))
    b = features(RawRecord("2", "Nhựa Tân Tiến", "", "Lô B2, KCN Tiên Sơn, Bắc Ninh"))
    # Where the lists put one firm in two parks, a second park says less against a match, and more where they never do.
    weight = {k: score_pair(a, b, model_for(_firms_in_parks(150, k)))[0] for k in (0, 150)}
    assert weight[0] < score_pair(a, b)[0] < weight[150]


def test_only_the_phone_levels_change_with_the_data():
    from lienket.core.resolve.model import COMPARISONS, with_phone_disagreement

    changed = with_phone_disagreement(0.5)
    assert [c.name for c in changed] == [c.name for c in COMPARISONS]
    assert [c for c in changed if c.name != "phone"] == [c for c in COMPARISONS if c.name != "phone"]
    a = features(RawRecord("1", "Công ty TNHH Nhựa Tân Tiến", "", "", "0912 345 678"))
    b = features(RawRecord("2", "Nhựa Tân Tiến", "", "", "0988 111 222"))
    # Where firms' records often carry different numbers, a different number says less against a match.
    assert score_pair(a, b, changed)[0] > score_pair(a, b)[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("KANGWHA OPTICS VINW CO., LTD.", "KANGWHA OPTICS VINA CO., LTD"),
        ("KANGWHA OPTICS VINA LGD", "Kangwha Optics Vina Co., Ltd"),
        ("Công ty TNHH Gia công cơ khí DBN Việt Nma", "Công ty TNHH Gia công cơ khí DBN Việt Nam"),
        ("ABC Comapny Limted", "ABC Company Limited"),
    ],
)
def test_a_mistyped_legal_form_or_country_word_leaves_the_brand(a, b):
    assert name_parts(a)[1:4] == name_parts(b)[1:4]


@pytest.mark.parametrize("name", ["Golden Corn", "Samsung Vine", "Hanshin Co", "Tân Việt"])
def test_real_words_one_letter_from_a_legal_word_stay_in_the_brand(name):
    # "Corn"/"Vine" are a non-neighbouring key away from corp/vina; one word alone is never taken.
    assert len(name_parts(name)[1].split()) == len(name.split())


@pytest.mark.parametrize(
    ("written", "tax"),
    [
        ("2.31493E+09", ""),  # Excel kept six digits: the code is unknown, not 23149309
        ("1.22171E+08", ""),
        ("2.314926275E+09", "2314926275"),
        ("2,314926275E+09", "2314926275"),
        ("2314926275.0", "2314926275"),
        ("231492627.0", "0231492627"),
        ("401052100001.0", "0401052100001"),  # a branch's code as a number: its leading zero put back
    ],
)
def test_tax_codes_shown_as_numbers_by_excel(written, tax):
    assert normalise_tax(written) == tax


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("4.00155E+09", "4001550878"),
        ("3,72908E+09", "3729084151"),
        ("4.02808E+08", "0402808164"),  # the leading zero went first, then the digits
        ("4.013E+09", "4012999921"),  # rounded up, trailing zeros not shown
        ("4.0128E+09", "4012800117"),
    ],
)
def test_what_excel_keeps_of_a_code_matches_the_code(written, code):
    assert normalise_tax(written) == ""
    assert tax_sci(written) == tax_sci("", code) != ""


def test_what_excel_keeps_tells_codes_apart():
    assert tax_sci("4.00155E+09") != tax_sci("", "4001560878")
    assert tax_sci("4.00155E+09") != tax_sci("", "0400155087")  # one digit shorter: another power of ten
    assert tax_sci("1.07261E+11") == tax_sci("", "0107260882001") == ""  # a branch keeps only its parent's digits
    a = features(RawRecord("1", "Cty TNHH Kỹ thuật Quang Phong", "4.00155E+09"))
    same = features(RawRecord("2", "Quang Phong Engineering", "4001550878"))
    other = features(RawRecord("3", "Quang Phong Engineering", "4001590875"))
    assert "tax_sci: same six digits" in score_pair(a, same)[1]
    assert "tax_sci: different" in score_pair(a, other)[1]
    assert score_pair(a, same)[0] > score_pair(a, other)[0] + 10


def test_a_code_excel_cut_to_six_digits_does_not_split_the_firm():
    rows = [
        RawRecord(
            "1", "Công ty Cổ phần Gỗ Trường Khang", "2314926275", "35 Lê Quang Đạo, Từ Sơn, Bắc Ninh", ""
        ),
        RawRecord("2", "CTCP Gỗ Trường Khang", "2.31493E+09", "Số 35 phố Lê Quang Đạo, Từ Sơn, Bắc Ninh", ""),
    ]
    labels = resolve(rows, engine="python")
    assert labels[0] == labels[1]
    assert resolve(rows, engine="duckdb") == labels


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cao su kĩ thuật Sông Đà", "Cao su kỹ thuật Sông Đà"),
        ("CT TNHH Khoa học Kỹ thuật Taifengda VN", "Taifengda Technology VN"),
        ("Cty TNHH Công nghệ cao Changhansei Việt Nam", "Changhansei Hi-Tech VN"),
        (
            "Branch Of Nakasaki Parts Vietnam Co., Ltd In Hai Duong",
            "Chi nhánh Công ty TNHH Linh kiện Nakasaki",
        ),
        (
            "Thép không gỉ Thái Hợp - CN Bắc Giang",
            "Chi nhánh Công ty TNHH Thép không gỉ Thái Hợp tại Bắc Giang",
        ),
        ("YANGKUM VINA CO., LTD / Công ty TNHH Yangkum Vina", "Công ty TNHH Yangkum Vina"),
        (
            "PHUONG THINH FOAM ONE MEMBER CO., LTD / Công ty TNHH Một thành viên Mút xốp Phương Thịnh",
            "Mút xốp Phương Thịnh",
        ),
        (
            "TNHH Xuất nhập khẩu Bao bì Khải Vạn - KHAI VAN IMPORT EXPORT PACKAGING ONE MEMBER CO., LTD",
            "Công ty TNHH XNK Bao bì Khải Vạn",
        ),
        ("CTY TNHH CHUNJUNG VIỆT NAM (JANG KYUNG M", "Công ty TNHH Chunjung Việt Nam"),
    ],
)
def test_spelling_variants_branch_tails_and_names_written_twice(a, b):
    assert name_parts(a)[1] == name_parts(b)[1]
    assert name_parts(a)[4] == name_parts(b)[4]  # a branch on both sides or on neither


def test_a_dash_or_slash_between_two_firms_is_not_one_name_written_twice():
    assert name_parts("Công ty TNHH Minh Anh / Công ty TNHH Hoàng Long")[1] == "minh anh hoang long"
    assert name_parts("Nhựa CN Hà Nội")[4] is False  # CN without a dash: công nghiệp, not a branch


def test_utf8_read_as_windows_1252_with_lost_bytes_is_repaired():
    from lienket.core.legacy_text import repair_vietnamese

    assert (
        repair_vietnamese("CÃ”NG TY TNHH PHá»¤ TÃ™NG Ã” TÃ” QUá»\ufffdC THANH")
        == "CÔNG TY TNHH PHỤ TÙNG Ô TÔ QUỐC THANH"
    )
    assert repair_vietnamese("Ä\ufffdiá»‡n tá»­ Ä\x90Ã´ng") == "Điện tử Đông"


def test_a_strong_link_may_join_two_parks_a_weak_one_may_not():
    from lienket.core.resolve.clustering import ZONE_OVERRIDE_BITS

    rows = [
        RawRecord(
            "1",
            "Hsinchia Mould (Vietnam) Co., Ltd.",
            "2308865218",
            "Nam Sơn - Hạp Lĩnh IP, Bắc Ninh",
            "0209 819 839",
        ),
        RawRecord(
            "2", "Hsinchia Mould (Vietnam) Company Limited", "", "Viet Han IP, Bac Ninh", "0209.819.839"
        ),
    ]
    f = [features(r) for r in rows]
    weight = score_pair(f[0], f[1])[0]
    assert weight >= ZONE_OVERRIDE_BITS
    assert constrained_cluster(2, [(weight, 0, 1)], f) == [0, 0]
    assert constrained_cluster(2, [(ZONE_OVERRIDE_BITS - 1, 0, 1)], f) == [0, 1]


_SYLLABLES = (
    "Minh Phát Hưng Thịnh Long An Bình Tân Tiến Hoàng Gia Quang Đức Việt Phúc Lộc Thành Đạt Kim".split()
)


def _cut_list(extra_full: tuple[tuple[str, str], ...] = ()) -> list[RawRecord]:
    """A data set where one source stores 40 characters of the name (as power-company lists do); the full names
    have all sorts of lengths."""
    rows = []
    for i in range(80):
        words = [_SYLLABLES[(i * 7 + k * 3) % len(_SYLLABLES)] for k in range(2 + i % 6)]
        full = f"Công ty TNHH Cơ khí Số{i:02d} {' '.join(words)}"
        rows.append(RawRecord(f"f{i}", full, "", "", f"0912 {100000 + i:06d}"))
        if len(full) > 40:
            rows.append(RawRecord(f"c{i}", full[:40], "", "", f"0912 {100000 + i:06d}"))
    for rid, name in extra_full:
        rows.append(RawRecord(rid, name, "", "", ""))
    return rows


def test_the_width_names_were_cut_at_is_read_from_the_lengths():
    from lienket.core.resolve.cutnames import cut_width

    rows = _cut_list()
    assert cut_width([len(r.name) for r in rows]) == 40
    # Ordinary lists have no spike in their name lengths.
    assert cut_width([len(f"Công ty {'x' * (i % 30)}") for i in range(3000)]) is None


def test_a_cut_name_takes_the_one_longer_name_that_starts_with_it():
    from lienket.core.resolve.cutnames import complete_cut_names
    from lienket.core.resolve.normalise import features_many

    rows = _cut_list()
    cut = next(k for k, r in enumerate(rows) if r.id.startswith("c"))
    full = rows.index(next(r for r in rows if r.id == "f" + rows[cut].id[1:]))
    plain = features_many(rows)
    assert plain[cut].brand != plain[full].brand
    feats = complete_cut_names(rows, plain)
    assert (feats[cut].brand, feats[cut].name_key) == (feats[full].brand, feats[full].name_key)
    # Two firms start that way: the cut record stays as it was.
    twin = (("t", rows[cut].name + "ZZZ Trading"),)
    rows = _cut_list(twin)
    plain = features_many(rows)
    assert complete_cut_names(rows, plain)[cut] == plain[cut]


def test_a_name_cut_inside_a_trade_word_names_nobody():
    # "CÔNG TY CP XUẤT NHẬP KHẨU THIẾT BỊ CÔNG " (40 characters) for "... Công nghiệp Quang Nhân Lực": "cong" is the
    # start of a trade phrase ("công nghiệp"), not a brand; no longer name completes it (two firms start that way).
    from lienket.core.resolve.cutnames import complete_cut_names
    from lienket.core.resolve.normalise import features_many

    name = "CÔNG TY CP XUẤT NHẬP KHẨU THIẾT BỊ CÔNG NGHIỆP"
    extra = (("q", name + " QUANG NHÂN LỰC"), ("h", name + " HÒA PHÁT"), ("x", name[:40]))
    rows = _cut_list(extra)
    assert len(rows[-1].name) == 40
    plain = features_many(rows)
    assert plain[-1].brand == "cong"
    assert complete_cut_names(rows, plain)[-1].name_key == ""


def test_a_name_cut_inside_its_legal_form_or_trimmed_after_a_cut_names_nobody():
    # Customs stores 40 characters: "... MOT THANH VI" is the start of "một thành viên", not a brand; a cut that fell
    # on a space leaves 39 characters once trimmed ("... THUONG MAI DICH" of "dịch vụ"), and 39 is then as much a
    # cut length as 40 (its excess over the lengths around it shows it).
    from lienket.core.resolve.cutnames import complete_cut_names
    from lienket.core.resolve.normalise import features_many

    legal = "CONG TY TRACH NHIEM HUU HAN MOT THANH VI"
    trimmed = "CTY TNHH MOT THANH VIEN THUONG MAI DICH"
    assert (len(legal), len(trimmed)) == (40, 39)
    rows = _cut_list((("l", legal), ("d", trimmed)))
    plain = features_many(rows)
    assert (plain[-2].brand, plain[-1].brand) == ("mot thanh vi", "dich")
    done = complete_cut_names(rows, plain)
    assert done[-2].name_key == "" and done[-1].brand == "dich"  # 39 is no cut length in this list
    others = tuple((f"t{i}", f"CTY TNHH MOT THANH VIEN THUONG MAI {i:02d} A") for i in range(40))
    assert {len(n) for _, n in others} == {39}
    rows = _cut_list((("l", legal), *others, ("d", trimmed)))
    assert complete_cut_names(rows, features_many(rows))[-1].name_key == ""


@pytest.mark.parametrize(
    ("romanised", "vietnamese"),
    [
        ("Yongfa Precision", "Công ty TNHH Chính xác Vĩnh Phát"),  # pinyin, glued
        ("WEITAIYU PRECISION (VIETNAM) CO., LTD", "CÔNG TY TNHH CHÍNH XÁC VĨ THÁI DỤ"),
        ("TALUNG METAL CO., LTD.", "CÔNG TY TNHH KIM LOẠI ĐẠT LONG"),  # Wade–Giles
        ("Wing Fat Plastic", "Nhựa Vĩnh Phát"),  # Cantonese
        ("Sheng Shun Ming Hardware", "Kim khí Thắng Thuận Minh"),
    ],
)
def test_a_chinese_brand_in_latin_letters_is_read_the_vietnamese_way(romanised, vietnamese):
    a, b = features(RawRecord("1", romanised)), features(RawRecord("2", vietnamese))
    assert b.brand_key in a.readings
    assert "name: the brand read in Hán-Việt" in score_pair(a, b)[1]
    assert (0, 1) in set(candidate_pairs([a, b]))


def test_vietnamese_brands_and_unknown_syllables_have_no_reading():
    from lienket.core.resolve.romanisation import readings, syllables

    assert features(RawRecord("1", "Công ty TNHH Minh Anh")).readings == ()
    assert (
        features(RawRecord("1", "Samsung Electronics")).readings == ()
    )  # "sam sung"? "sung" is no syllable here
    assert syllables("fengbaolian") == ("feng", "bao", "lian")
    assert syllables("xyz") == ()
    assert readings("yongfa", foreign=False) == ()
    # Plastic and steel: sister trades, not one firm, even when the brand reads the same.
    a, b = features(RawRecord("1", "Yongfa Plastic")), features(RawRecord("2", "Thép Vĩnh Phát"))
    assert "name: the brand read in Hán-Việt" not in score_pair(a, b)[1]


def test_the_reading_level_gives_the_same_clusters_on_every_engine():
    rows = [
        RawRecord(
            "1", "Yongfa Precision (Vietnam) Co., Ltd", "", "Lot A5, Que Vo IP, Bac Ninh", "0222 3812 345"
        ),
        RawRecord(
            "2", "Công ty TNHH Chính xác Vĩnh Phát Việt Nam", "2300123456", "Lô A5, KCN Quế Võ, Bắc Ninh", ""
        ),
        RawRecord("3", "Công ty TNHH Nhựa Vĩnh Phát", "2300654321", "Lô C2, KCN Tiên Sơn, Bắc Ninh", ""),
    ]
    labels = resolve(rows, engine="python")
    assert labels[0] == labels[1] != labels[2]
    assert resolve(rows, engine="duckdb") == labels


@pytest.mark.parametrize(
    ("written", "tax"),
    [
        ("MST:2415005591-1", "2415005591001"),
        ("203643782-1", "0203643782001"),
        ("0203643782 - 01", "0203643782001"),
    ],
)
def test_a_branch_number_written_without_its_zeros(written, tax):
    assert normalise_tax(written) == tax


def test_a_strong_link_never_joins_two_parks_for_a_branch_or_across_provinces():
    hq = RawRecord(
        "1", "TIENLI PRINTING VINA CO., LTD", "", "Que Vo II IP, Ngoc Xa Commune, Bac Ninh", "0222 699 7204"
    )
    branch = RawRecord(
        "2",
        "TIENLI PRINTING VINA CO LTD - BAC NINH BRANCH",
        "",
        "VSIP Bac Ninh I.Z, Bac Ninh",
        "0222 699 7204",
    )
    elsewhere = RawRecord("3", "Tienli Printing Vina Co., Ltd", "", "Dinh Vu IP, Hai Phong", "0222 699 7204")
    f = [features(r) for r in (hq, branch, elsewhere)]
    for other in (1, 2):
        weight = score_pair(f[0], f[other])[0]
        assert constrained_cluster(3, [(weight + 20, 0, other)], f)[other] == other


def test_one_brand_inside_the_other_needs_compatible_trades():
    a = features(RawRecord("1", "Kien Loc Printing Co., Ltd"))
    b = features(RawRecord("2", "Công ty TNHH Khuôn mẫu Kiên Lộc Sài Gòn"))
    c = features(RawRecord("3", "Công ty TNHH In Kiên Lộc Sài Gòn"))
    assert "name: brand inside the other" not in score_pair(a, b)[1]
    assert "name: brand inside the other" in score_pair(a, c)[1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kuo Fu Việf Nam", "Kuo Fu Việt Nam"),
        ("Aoihara Ishioka Seiki Vietnam", "Công ty TNHH Chính xác Aoihara Ishioka Việt Nam"),
        ("Higashi Chuo Tekko Vietnam", "Higashi Chuo Steel Vietnam Co., Ltd"),
    ],
)
def test_a_mistyped_viet_nam_and_japanese_trade_words(a, b):
    assert name_parts(a)[1:3] == name_parts(b)[1:3]


@pytest.mark.parametrize(
    ("address", "hamlet"),
    [
        ("Thôn Hội, P. Liên Bảo, Vĩnh Phúc", "hoi#"),
        ("Ấp Trong-Q.7-TP Hồ Chí Minh", "trong#"),
        ("Thon Van Trai, Luong Son, Thai Nguyen", "van trai#"),
        ("Khu phố 7, TT. Kẻ Sặt", "7#"),
        ("Tổ dân phố 12, huyện Cẩm Giàng", "12#"),
        ("573A Tô Ký, P. 14, Quận 10", ""),  # a street called Tô Ký
        ("Lô 4, Khu công nghiệp Yên Phong", ""),
        ("Làng nghề Phong Khê, Bắc Ninh", "phong khe#"),
        ("Bản Lướt, xã Mường Hum, Lào Cai", "luot#"),
        # the part written last is the village, the one before it the group within it
        ("Xóm 3, thôn Nam, xã Tân Dĩnh, huyện Lạng Giang", "nam#3"),
        ("TỔ 12, ẤP PHÚ LỢI, X. PHÚ HỮU, TP CẦN THƠ", "phu loi#12"),
        ("Tổ 6, xóm Soi Vàng, Thái Nguyên", "soi vang#6"),
        # "Làng", "Bản" inside the name of a district, a province, a town, a street or a ward are no village
        ("Số 159 Lý Anh Tông, xã Phi Mô, huyện Lạng Giang, tỉnh Bắc Giang", ""),
        ("Km 5, Lạng Giang, Bắc Giang", ""),
        ("Số 3, Lang Giang District, Bac Giang", ""),
        ("36 Minh Khai, Ban Yen Nhan Ward, Hung Yen", ""),
        ("260 đường Lũy Bán Bích, phường Tân Thới Hòa", ""),
        ("KCN Sài Đồng B, phường Thạch Bàn Hà Nội", ""),
    ],
)
def test_the_village_or_quarter_below_the_commune_is_read(address, hamlet):
    from lienket.core.resolve.address import hamlet_of

    assert hamlet_of(address) == hamlet
    assert features(RawRecord("1", "X", "", address)).hamlet == hamlet


@pytest.mark.parametrize(
    ("x", "y", "agree"),
    [
        ("nam#3", "nam#3", True),
        ("nam#3", "nam#", True),  # the village alone
        ("nam#3", "3#", True),  # the group alone ("Xóm 3")
        ("nam#3", "nam#5", False),  # another group of the village
        ("nam#3", "bac#3", False),  # the same number in another village
        ("nam#", "bac#", False),
        ("6#", "van thuan#", False),  # "Ấp 6" and "Ấp Vạn Thuận": two hamlets of one commune
    ],
)
def test_a_village_and_its_group_compare_as_one_place(x, y, agree):
    from lienket.core.resolve.model import hamlets_agree

    assert hamlets_agree(x, y) is agree and hamlets_agree(y, x) is agree


def test_the_same_village_and_group_weigh_more_than_the_village_alone():
    def rec(i, address):
        return features(RawRecord(i, "Công ty TNHH Cơ khí Đại Lâm", "", address))

    full = rec("1", "Xóm 3, thôn Nam, xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc Giang")
    same = rec("2", "Xóm 3, thôn Nam, X. Tân Dĩnh, H. Lạng Giang, Bắc Giang")
    village = rec("3", "Thôn Nam, xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc Giang")
    other = rec("4", "Xóm 5, thôn Nam, xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc Giang")
    assert "hamlet: same village and number" in score_pair(full, same)[1]
    assert "hamlet: exact" in score_pair(full, village)[1]
    assert "hamlet: different" in score_pair(full, other)[1]
    assert score_pair(full, same)[0] > score_pair(full, village)[0] > score_pair(full, other)[0]


def test_same_village_counts_for_a_match_and_another_village_against():
    a = features(RawRecord("1", "Cty TNHH VLXD Đức Phát", "", "Ấp Trong, quận 7, Sài Gòn"))
    b = features(
        RawRecord(
            "2", "CÔNG TY TNHH VẬT LIỆU XÂY DỰNG ĐỨC PHÁT", "", "Ấp Trong, phường Tân Phong, quận 7, HCM"
        )
    )
    c = features(
        RawRecord("3", "Công ty TNHH Vật liệu xây dựng Đức Phát", "", "Ấp Ngoài, quận 7, TP Hồ Chí Minh")
    )
    assert "hamlet: exact" in score_pair(a, b)[1]
    assert "hamlet: different" in score_pair(a, c)[1]
    assert score_pair(a, b)[0] > score_pair(a, c)[0] + 4


@pytest.mark.parametrize(
    ("written", "brand", "desc"),
    [
        # "tải" (conveyor, transport) and "tái chế" (recycling) are no "tại" (at) before a branch's place.
        ("Chi nhánh Công ty TNHH Băng tải Tây Đô - Nhà máy Việt Yên", "tay do", "conveyor"),
        ("Chi nhánh Công ty Vận tải Hoàng Long tại Bắc Ninh", "hoang long", "logistics"),
        ("Chi nhánh Công ty CP Nhựa tái chế Minh Phát", "minh phat", "plastic recycling"),
        ("Chi nhánh Công ty TNHH Whabu Việt Nam tại Bắc Giang", "whabu", ""),
        # written with its tone, "tại" after "Vạn" is "at": the brand is "Nghĩa An Vạn", not "Nghĩa An" + transport
        ("Chi nhánh Công ty Cổ phần Nghĩa An Vạn tại Cai Lậy", "nghia an van", ""),
        ("CHI NHÁNH CÔNG TY TNHH VẠN TẠI HÀ NỘI", "van", ""),
        ("CHI NHÁNH CÔNG TY TNHH BĂNG TẢI TẠI BÌNH DƯƠNG", "conveyor", "conveyor"),
        # a fixed-width column cut the place off after "tại"
        ("CHI NHÁNH CÔNG TY CỔ PHẦN GỖ HOÀNG THÁI GROUP TẠI", "go hoang thai", "group"),
        # the brand between "chi nhánh" and a company word followed by nothing but a legal form
        ("Chi nhánh Thành Kim, Cty CP tại Hồng Ngự", "thanh kim", ""),
        ("Chi nhánh Hồ Chí Minh - Công ty TNHH An Phát", "an phat", ""),
    ],
)
def test_trade_words_that_fold_to_tai_are_not_a_branch_place(written, brand, desc):
    assert name_parts(written)[1:3] == (brand, desc)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tohirakami Toso Vietnam One Member Co., Ltd", "Công ty TNHH 1 thành viên Sơn phủ Tohirakami Việt Nam"),
        ("CÔNG TY TNHH SUGIKANEHASHI MEKKI VIỆT NAM", "Công ty TNHH Xi mạ Sugikanehashi Việt Nam"),
        ("TÍN SANG - CT TNHH ĐỘT DẬP", "Cty TNHH Đột dập Tín Sang"),
        ("Thông Đông - CTCP Lót giày", "Công ty cổ phần Lót giày Thông Đông"),
        ("Hoàng Giang - Cty TNHH MTV", "Công ty TNHH MTV Hoàng Giang"),
    ],
)
def test_a_brand_written_before_its_legal_form_and_japanese_trade_words(a, b):
    (key_a, *rest_a), (key_b, *rest_b) = name_parts(a)[:4], name_parts(b)[:4]
    assert sorted(key_a.split()) == sorted(key_b.split()) and rest_a == rest_b


def test_the_same_words_in_another_order_are_another_name():
    # "Kim Thành" and "Thành Kim", "Huy Giang" and "Giang Huy": Vietnamese names are read in order.
    a = features(RawRecord("1", "Công ty TNHH Cơ khí Kim Thành", "", "Cụm công nghiệp Đa Hội, Bắc Ninh"))
    b = features(RawRecord("2", "Cơ sở Cơ khí Thành Kim", "", "Cụm công nghiệp Đa Hội, Bắc Ninh"))
    c = features(RawRecord("3", "Kim Thành Mechanical Co., Ltd", "", "Cụm công nghiệp Đa Hội, Bắc Ninh"))
    assert a.name_sorted == b.name_sorted
    assert not any(r.startswith("name: same words") for r in score_pair(a, b)[1])
    assert any(r.startswith("name: same words") for r in score_pair(a, c)[1])
    assert match_probability(a, c) > match_probability(a, b)


def test_a_name_one_firm_repeats_fourteen_times_is_still_its_own():
    # A list that repeats one firm many times must not make its name "common": the records that carry a tax code
    # or an address all point at one firm, so a contact's line naming it ("Chị Loan - cty SKD") joins them.
    addr = "Xóm Phú Sơn, xã Nhuận Trạch, huyện Lương Sơn, tỉnh Hòa Bình"
    recs = [_firm(str(i), "Công ty TNHH SKD", "5471747578", addr) for i in range(11)]
    recs += [_firm(str(i), "Công ty TNHH SKD") for i in range(11, 13)]
    recs.append(_firm("x", "Chị Loan - cty SKD", "", "Lương Sơn", "0359 081 710"))
    # other firms, so that the blocks are small beside the data set (``PAIRS_PER_RECORD``)
    others = [_firm(f"o{k}", f"Công ty TNHH Thương mại {k:03d}", f"0100{k:06d}") for k in range(300)]
    labels = resolve(recs + others, engine="python")
    assert len(set(labels[: len(recs)])) == 1
    assert resolve(recs + others, engine="duckdb") == labels


@pytest.mark.parametrize(
    ("written", "brand", "legal"),
    [
        ("Chi Nhanh Ct Cp San Xuat Nhua An Phu Tai Hung Yen", "an phu", "cp"),
        ("Chi nhánh Cogn ty TNHH Thành Đại tại Bắc Giang", "thanh dai", "tnhh"),
        ("Thiên Tùng - Ctng ty TNHH MTV Tự động hóa", "thien tung", "tnhh"),
        ("Khuôn mẫu Châu Uy Thành, Cônh ty TNHH MTV", "chau uy thanh", "tnhh"),
        ("Linh kiện điện tử Phong Khê, Cng ty TNHH", "phong khe", "tnhh"),
        ("Ô tô Sáng Đại, Coong ty TNHH", "sang dai", "tnhh"),
        ("Công ty TNHH Long Ty", "long ty", "tnhh"),  # a brand, not a slip
    ],
)
def test_cong_ty_written_with_a_slip_is_no_brand(written, brand, legal):
    parts = name_parts(written)
    assert (parts[1], parts[3]) == (brand, legal)


@pytest.mark.parametrize(
    ("written", "brand"),
    [
        # the place after the last "tại" names the branch; a "Tài" or an "In" (printing) before it is the name's
        ("Chi nhánh Công ty TNHH Tài Phát tại Hải Dương", "tai phat"),
        ("Chi nhánh Công ty TNHH Đúc kim loại Heng Tai tại Hà Nam", "heng tai"),
        ("Chi nhánh Cty CP In và Bao bì Quân Hải tại Bắc Ninh", "quan hai"),
        ("CN Công ty trách nhiệm hữu hạn In - Bao bì Văn Minh tại Hưng Yên", "van minh"),
        ("Chi nhánh Công ty TNHH Vận tải Nam Hưng tại KCN Bá Thiện II", "nam hung"),
        # "C.nhánh" is chi nhánh (not "Chị Nhánh"), and a name cut at "- CHI NH" is a branch's
        ("C.nhánh C.ty TNHH Jintronic Việt Nam tại Bắc Ninh", "jintronic"),
        ("C.nhánh Bắc Ninh - Cty TNHH Jintronic", "jintronic"),
        ("CÔNG TY TNHH SUNGCHUN METAL STAMPING VINA - CHI NH", "sungchun"),
        # "CN" then the branch's place then the company: CN is chi nhánh, not công nghệ
        ("CN Hồ Chí Minh - Cty TNHH TM Tự động hóa Hậu Phúc", "hau phuc"),
        ("CN GIAO THUY - CONG TY TNHH CO KHI DAI BAC", "dai bac"),
        # "<place> Branch of X": the place names the branch
        ("Da Nang Branch of Bao Dong Steel Structure Corp.", "bao dong"),
        # "in" names a place after an English legal form or "Việt Nam"
        ("Hanwha Co., Ltd branch in Bac Ninh", "hanwha"),
        ("BRANCH OF CTY TNHH DET MAY LOC UY VIET NAM IN BAC NINH", "loc uy"),
    ],
)
def test_a_branch_keeps_its_name_up_to_the_last_place_word(written, brand):
    parts = name_parts(written)
    assert parts[1] == brand and parts[4] is True


def test_a_name_a_head_office_and_its_branch_share_points_at_two_firms():
    # "Công ty CP Đầu tư In Bao bì Thuận Đạt" and "CN Cty CP ĐT In Bao bì Thuận Đạt tại Sóc Trăng" are two
    # enterprises (the branch has its own 13-digit code): their shared name does not point at one firm.
    from lienket.core.resolve.engine import with_counts
    from lienket.core.resolve.normalise import features_many

    head = "Tổ 13, ấp Phú Trí A, xã Phú Hữu, TP Cần Thơ"
    recs = [_firm(str(i), "Công ty Cổ phần Đầu tư In Bao bì Thuận Đạt", "6347676797", head) for i in range(3)]
    alone = with_counts(features_many(recs))
    assert alone[0].name_agree == 3
    recs.append(_firm("b", "CN Cty CP Đầu tư In Bao bì Thuận Đạt tại Sóc Trăng", "", "83/7 Quốc lộ 1A, P7, TP Sóc Trăng"))
    both = with_counts(features_many(recs))
    assert both[0].name_agree == 0 and both[3].branch


@pytest.mark.parametrize(
    ("written", "brand"),
    [
        # Korean names with vowel groups Vietnamese never writes are not Telex ("ee" → ê, "w" → ư/ơ)
        ("Công ty TNHH Seowoo Việt Nam", "seowoo"),
        ("HEEIN VINA CO., LTD", "heein"),
        ("Cty TNHH Hệ thống Hyowon VN", "hyowon"),
        # English words ending in a Telex tone letter stay words: the trade, not part of the brand
        ("PHUC TAN GEAR JSC", "phuc tan"),
        ("Son Phat Auto Seats", "son phat"),
        # Telex is still read where it is one
        ("Công ty TNHH Thuwowng maij Vieetj Anh", "viet anh"),
        ("cong ty Tem nhãn Hươơng Cường", "huong cuong"),
        # a vowel key held down ("Đứức", "Giiấy") is one letter, but "ưu" is a vowel group and "II" a number
        ("Cty TNHH Sợi Đứức Công", "duc cong"),
        ("Cong Ty Co Phan Giiay Minh Nguyen", "minh nguyen"),
        ("Công ty TNHH Cứu Long", "cuu long"),
        ("Thức ăn Chăn nuôi Cuuj Long Nguyên", "cuu long nguyen"),
        ("CTY TNHH BU LONG KIM NHAN II", "kim nhan ii"),
        # a four-letter brand word is no trade word one letter shorter ("anda" is not "and")...
        ("Công ty TNHH Điện tử Anda Việt Nam", "anda"),
        # ...while a slip in a trade word is still read as the trade
        ("Nhat Hoa Auto Prts Company Limited", "nhat hoa"),
        ("Công ty TNHH Kết cấu thpé Tài Phú Việt Nam", "tai phu"),
        # "máy sấy", "máy xay xát", "máy nông nghiệp" are machines and "sửa chữa" a trade: none is the brand
        ("Cơ sở chế tạo máy sấy lúa Hai Tiền", "hai tien"),
        ("Cơ khí máy xay xát Hòa Bình", "hoa binh"),
        ("Sửa chữa máy nông nghiệp Tư Sang", "tu sang"),
        ("Công ty May Tiến Thành", "tien thanh"),
        # a trade phrase with its spaces lost or moved is that phrase
        ("Cty TNHH MTVMay tredan Thinh Thien", "thinh thien"),
        ("Cty TNHH MTV Lin hkien Dien tu Sang Gia", "sang gia"),
        ("cty tnhh phụtùng ô tô đông đăng", "dong dang"),
        ("Thang Uy New Materials Private Enterprise", "thang uy"),
        ("腾隆线缆(越南)有限公司", "teng long"),  # 线缆 cable: a trade in Chinese too
        ("越南荣昌电线有限公司", "rong chang"),
        ("越南荣昌电线有限公司 RONGCHANG", "rongchang"),  # the name again in Latin letters: that half is read
        ("công tytnhh Hòa Lạc", "hoa lac"),
        # trade phrases that stood first in many firms' brands
        ("CÔNG TY CỔ PHẦN VÁN ÉP HUY KHẢI", "huy khai"),
        ("Huy Khai Plywood Joint Stock Company", "huy khai"),
        ("Công ty TNHH MTV Thức ăn Chăn nuôi Vạn Trung", "van trung"),
        ("CÔNG TY CỔ PHẦN CƠ KHÍ ĐÓNG TÀU YÊN LỰC", "yen luc"),
        ("DOANH NGHIỆP TƯ NHÂN KHO LẠNH CHÍN HIỀN", "chin hien"),
    ],
)
def test_telex_and_trade_word_slips_are_read_only_where_vietnamese_writes_them(written, brand):
    assert name_parts(written)[1] == brand


def test_a_rare_brand_with_its_own_tax_code_is_no_slip_of_a_common_one():
    # "Onishi" is one letter from "Inishi", but its records give a code the Inishi records never give: two firms.
    from lienket.core.resolve.engine import with_counts
    from lienket.core.resolve.normalise import features_many

    inishi = [
        _firm(str(i), "Công ty TNHH Inishi Tekkou Việt Nam", "2566922582", "Lô E6, KCN Thăng Long Vĩnh Phúc")
        for i in range(5)
    ]
    onishi = [_firm(f"o{i}", "Công ty TNHH Onishi Seiko Việt Nam", "2532914022", "") for i in range(2)]
    slipped = [_firm("s", "Công ty TNHH Inishu Tekkou Việt Nam", "2566922582", "")]  # Inishi's own code: a slip
    feats = with_counts(features_many(inishi + onishi + slipped))
    assert [f.brand for f in feats[5:7]] == ["onishi", "onishi"]
    assert feats[7].brand == "inishi"


def test_a_record_with_nothing_but_a_name_joins_the_one_firm_of_that_name():
    # A list of names only ("Jintek Viet Nam LLC"): no other fact can ever agree, so the one firm with those words
    # is the one; with two such firms, or for a branch, or another legal form, it stays alone (the officer decides).
    firm = [_firm(str(i), "Công ty TNHH Jintek Việt Nam", "", "", "0222 3712 345") for i in range(3)]
    others = [_firm(f"o{k}", f"Công ty TNHH Thương mại {k:03d}", f"0100{k:06d}") for k in range(300)]
    lone = _firm("n", "Jintek Viet Nam LLC")
    labels = resolve(firm + [lone] + others, engine="python", branches="separate")
    assert labels[3] == labels[0]
    for other_form in ("Jintek Viet Nam JSC", "Chi nhánh Công ty TNHH Jintek Việt Nam"):
        labels = resolve(firm + [_firm("n", other_form)] + others, engine="python", branches="separate")
        assert labels[3] != labels[0]
    namesake = [_firm(f"x{i}", "Công ty TNHH Jintek Việt Nam", "", "", "0211 3888 777") for i in range(3)]
    labels = resolve(firm + [lone] + namesake + others, engine="python", branches="separate")
    assert labels[3] not in (labels[0], labels[4])
    assert resolve(firm + [lone] + namesake + others, engine="duckdb", branches="separate") == labels


def test_a_code_excel_showed_in_scientific_notation_meets_its_firm_with_a_name_cut_short():
    # "4.05293E+08" keeps six digits of 0405292777 and the name is cut at the column's width ("... Dịch vụ Ho"): the
    # six digits and the brand's first letters make the two records candidates.
    from lienket.core.resolve.engine import with_counts
    from lienket.core.resolve.normalise import features_many

    full = "CÔNG TY CỔ PHẦN THƯƠNG MẠI VÀ DỊCH VỤ HOÀNG ĐỨC"
    firm = _firm("f", full, "0405292777", "Lô N77, Đường số 2, KCN Hòa Khánh, Q. Liên Chiểu, Đà Nẵng", "0236 2131 555")
    cut = _firm("c", "Công ty C phần Thương mại và Dịch vụ Ho", "4.05293E+08", "K.C.N Hòa Khnh, TP Đà Nẵng")
    other = _firm("o", "Công ty CP Thương mại và Dịch vụ Minh Anh", "0405293123", "")  # same six digits, other name
    pairs = set(candidate_pairs(with_counts(features_many([firm, cut, other]))))
    assert (0, 1) in pairs and (1, 2) not in pairs


@pytest.mark.parametrize(
    ("written", "brand", "legal"),
    [
        ("H.T.X Ốc vít Việt Séc", "viet sec", "htx"),  # a letter of initials does not join the next word
        ("Ctyy Vinh Kim", "vinh kim", ""),  # a key held down in "cty"
        ("Ctyy. CP May Mỹ Hiếu", "my hieu", "cp"),
        ("CCty TNHH KT Bao bì Giấy Nghĩa Huy", "nghia huy", "tnhh"),
        ("CT TQQ", "tqq", ""),  # CT abbreviates công ty before a three-letter brand too
        ("ADADVIET NAM PACKAGING CO.,LTD", "adad", "tnhh"),  # a brand glued to "Việt Nam"
        ("DMPEVIET NAM PRECISION MECHANICAL .,JSC", "dmpe", "cp"),
        ("Cong t y TNHH s an xuat Hoa Lan", "hoa lan", "tnhh"),  # words a PDF copy broke still join
    ],
)
def test_initials_held_keys_and_a_brand_glued_to_viet_nam(written, brand, legal):
    parts = name_parts(written)
    assert (parts[1], parts[3]) == (brand, legal)


@pytest.mark.parametrize(
    ("written", "brand", "legal"),
    [
        ("CTY TNHHJIHOWOO HI-TECH VIET NAM", "jihowoo", "tnhh"),  # a legal form glued to the brand in capitals
        ("cty tnhhmtv co dien bep", "bep", "tnhh"),
        ("CTCPHOA SEN", "hoa sen", "cp"),
        ("CONG TY CPTHIET BI DIEN VU TUONG", "vu tuong", "cp"),  # "cổ phần" glued to a trade word
    ],
)
def test_a_legal_form_glued_to_the_next_word_is_split(written, brand, legal):
    parts = name_parts(written)
    assert (parts[1], parts[3]) == (brand, legal)


@pytest.mark.parametrize(
    ("written", "brand"), [("DAIVIET NAM", "daiviet nam"), ("CT AB", "ct ab"), ("CTY TNHH CPSSI", "cpssi")]
)
def test_a_syllable_before_viet_nam_and_two_letters_after_ct_stay_the_name(written, brand):
    assert name_parts(written)[1] == brand


def test_a_household_meets_its_trade_name_on_the_owners_given_name_and_phone():
    # "Hộ kinh doanh Chu Ngọc Dung" is registered under the owner; the village knows it as "Cơ sở đúc Dung". The
    # given name in the other's brand and one phone join them; the given name alone, or two owners, do not.
    from lienket.core.resolve.model import agreeing_levels
    from lienket.core.resolve.normalise import features_many

    hkd = _firm("h", "Hộ kinh doanh Chu Ngọc Dung", "", "thôn 6, TT Yên Lạc, H. Yên Lạc, Vĩnh Phúc", "0798968226")
    shop = _firm("s", "cơ sở đúc dung", "", "", "0798 968 226")
    other = _firm("o", "cơ sở đúc dung", "", "", "0912 345 678")
    owner2 = _firm("p", "Hộ kinh doanh Lê Văn Dung", "", "", "0798968226")
    fh, fs, fo, fp = features_many([hkd, shop, other, owner2])
    assert (fh.given_name, fs.given_name, fp.given_name) == ("dung", "", "dung")
    assert match_probability(fh, fs) > 0.9
    assert match_probability(fh, fo) < 0.5
    assert "owner" not in {lv.kind for lv in agreeing_levels(fh, fp).values()}
    fillers = [_firm(f"x{k}", f"Công ty TNHH Thương mại {k:03d}", f"0100{k:06d}") for k in range(50)]
    labels = resolve([hkd, shop, *fillers], engine="duckdb")
    assert resolve([hkd, shop, *fillers], engine="python") == labels
    assert labels[1] == "h"


@pytest.mark.parametrize(
    ("written", "brand"),
    [
        ("HKD Phạm Thị Trang", "pham thi trang"),  # Thị is a middle name, not "thời trang" mistyped
        ("TP QC - Công ty Kouishi", "kouishi"),  # a department head before the firm
        ("PP KD - Cty Minh Long", "minh long"),
    ],
)
def test_a_middle_name_and_a_department_head_are_not_the_brand(written, brand):
    assert name_parts(written)[1] == brand


@pytest.mark.parametrize(
    ("written", "brand", "desc"),
    [
        ("Công ty TNHH ĐT và PT Cơ khí chính xác Hưng Hòa", "hung hoa", "development investment mechanical precision"),
        ("CÔNG TY TNHH Đầu tư & PT Cơ điện Hùng Phúc", "hung phuc", "development electromechanical investment"),
        ("JUNGTEL COMMUNICATION VIETNAM LTD", "jungtel", "telecom"),
    ],
)
def test_development_and_communication_are_trades(written, brand, desc):
    parts = name_parts(written)
    assert (parts[1], parts[2]) == (brand, desc)


def test_a_cell_of_pasted_text_is_read_only_to_its_first_characters():
    from lienket.core.resolve.engine import MAX_CELL, TYPO_MAX_LEN, typo_keys

    words = " ".join(["An Bình Phát Thịnh Long"] * 1000)  # 23,000 characters pasted into the name cell
    recs = [
        RawRecord("1", "Công ty TNHH " + words, "", "KCN Quế Võ, " * 500, "0912 345 678"),
        RawRecord("2", "Cty TNHH " + words, "", "KCN Quế Võ", "0912345678"),
        RawRecord("3", "Công ty TNHH Nhựa Tân Phú", "", "", ""),
    ]
    labels = resolve(recs)
    assert labels[0] == labels[1] != labels[2]
    # no slip keys for a brand no firm has: a brand's deletions cost its length squared
    long = features(RawRecord("4", "Công ty TNHH " + words[:MAX_CELL]))
    assert len(long.brand) > TYPO_MAX_LEN
    assert typo_keys([long, long]) == [[], []]


def test_branches_join_their_head_office_by_default_and_stay_apart_when_asked():
    recs = [
        RawRecord("1", "Công ty TNHH Cơ khí Phuplast", "0110146139", "279 Ngọc Lâm, Long Biên, Hà Nội", ""),
        RawRecord("2", "CÔNG TY TNHH CƠ KHÍ PHUPLAST", "0110146139", "Số 279 phố Ngọc Lâm, Hà Nội", "0986655679"),
        RawRecord("3", "Chi nhánh Công ty TNHH Cơ khí Phuplast tại Thái Bình", "0110146139-001", "Lô 47, KCN Tiền Hải", ""),
        RawRecord("4", "CN CTY TNHH CO KHI PHUPLAST", "0110146139-001", "Lo 47, KCN Tien Hai, Thai Binh", ""),
        # a branch written without a code, of a brand with one head office
        RawRecord("5", "Chi nhánh Công ty TNHH Nhựa Vietgear", "", "Lô 9, KCN Cầu Nghìn, Thái Bình", ""),
        RawRecord("6", "Công ty TNHH Nhựa Vietgear", "1001475551", "Thôn Thái Lạc, Quỳnh Phụ, Thái Bình", ""),
        # two head offices share the brand: the branch stays apart
        RawRecord("7", "Chi nhánh Công ty TNHH Bao bì Hòa An", "", "Lô 3, KCN Phố Nối A", ""),
        RawRecord("8", "Công ty TNHH Bao bì Hòa An", "0900123459", "Thôn Nhân Lý, Yên Mỹ, Hưng Yên", ""),
        RawRecord("9", "Công ty TNHH Bao bì Hòa An", "0100109106", "Số 8 Lê Duẩn, Hà Nội", ""),
    ]
    sep = resolve(recs, engine="python", branches="separate")
    assert sep[0] == sep[1] and sep[2] == sep[3] and sep[0] != sep[2]
    assert sep[4] != sep[5]
    joined = resolve(recs, engine="python")
    assert joined == resolve(recs, engine="python", branches="joined")
    assert len({joined[i] for i in range(4)}) == 1
    assert joined[4] == joined[5]
    assert len({joined[6], joined[7], joined[8]}) == 3
    with pytest.raises(ValueError):
        resolve(recs, branches="merged")


def test_branches_of_one_parent_code_and_brand_are_one_enterprise_without_their_head_office():
    recs = [
        RawRecord("1", "Chi nhánh Công ty TNHH Cơ khí Phuplast tại Thái Bình", "0110146139-001", "Lô 47, KCN Tiền Hải", ""),
        RawRecord("2", "Chi nhánh Công ty TNHH Cơ khí Phuplast tại Nam Định", "0110146139-002", "Lô 5, KCN Hòa Xá", ""),
        # the head office's lists left its code out: it is the one head office of the brand
        RawRecord("3", "Công ty TNHH Cơ khí Phuplast", "", "279 Ngọc Lâm, Long Biên, Hà Nội", "0986655679"),
        # units of a group, each with a name of its own, under the group's code: not joined to each other
        RawRecord("4", "Công ty Vật tư Vạn Kim - TKV", "5723381878-250", "Số 482 Trần Nhân Tông, Uông Bí", ""),
        RawRecord("5", "Công ty Cơ điện Phát Quý - TKV", "5723381878-087", "Số 186 Tuệ Tĩnh, Uông Bí", ""),
    ]
    joined = resolve(recs, engine="python")
    assert joined[0] == joined[1] == joined[2]
    assert joined[3] != joined[4]
    sep = resolve(recs, engine="python", branches="separate")
    assert sep[0] != sep[1] and sep[0] != sep[2]


def test_branches_of_one_parent_code_sharing_a_brand_join_and_a_cluster_with_its_firm_looks_no_further():
    recs = [
        # one branch written in Vietnamese, the other in Vietnamese and in English: brands "go hoang thai" and
        # "hoang thai" in one cluster; they share "go hoang thai"
        RawRecord("1", "CHI NHÁNH CÔNG TY CỔ PHẦN GỖ HOÀNG THÁI GROUP", "0401432173-002", "95 Xuân Diệu, Quy Nhơn", ""),
        RawRecord("2", "Hoang Thai Wood Group Corporation (Plant 2)", "0401432173-002", "95 Xuan Dieu, Quy Nhon", ""),
        RawRecord("3", "Chi nhánh Công ty CP Gỗ Hoàng Thái Group", "0401432173-001", "Làng Plei Rơ Wai, Krông Pa", ""),
        # a branch cluster holding its own firm's record does not look for another head office by brand
        RawRecord("4", "Chi nhánh Công ty TNHH Công nghệ Hải Long tại Thái Bình", "0107650642-001", "Lô A6, KCN Sông Trà", ""),
        RawRecord("5", "Công ty TNHH Công nghệ Hải Long", "", "Lô A6, KCN Sông Trà", "0227 6577 299"),
        RawRecord("6", "Công ty TNHH Công nghệ Hải Long", "", "Lô 22, CCN Tân Quang, Văn Lâm, Hưng Yên", "0334 161 958"),
    ]
    joined = resolve(recs, engine="python")
    assert joined[0] == joined[1] == joined[2]
    assert joined[3] == joined[4] != joined[5]


@pytest.mark.parametrize(
    ("written", "brand"),
    [
        ("Hộ ông Ngô Công Đức", "ngo cong duc"),
        ("Hộ bà Nguyễn Thị Lan", "nguyen thi lan"),
        ("HKD bà Lê Thị Hoa", "le thi hoa"),
        ("Hộ gia đình Lò Văn Sinh", "lo van sinh"),
        ("Ông Lê Văn Tám", "le van tam"),
        ("CS xay bột An Việt", "xay bot an viet"),  # CS: cơ sở
        ("CS. Minh Tâm", "minh tam"),
        # not a household's head: "Ba" before a word that is no full name, a name that would be emptied
        ("Ba Vu Private Enterprise", "ba vu"),
        ("Ho Ba Thuy Electronics Private Enterprise", "ho ba thuy"),  # Hồ Ba Thủy's
        ("Ho ba Le Ngoc Mai", "le ngoc mai"),
        ("Lò lạp xưởng Xuân Ngân", "lap xuong xuan ngan"),  # lò: the kiln or oven the household works
        ("Lò Văn Sinh", "lo van sinh"),  # Lò: a surname
        ("Lò xo Bình Khang", "binh khang"),  # lò xo: springs, a trade word
        ("Công ty Ba Lan", "ba lan"),
        ("CS", "cs"),
    ],
)
def test_a_household_named_with_ho_ong_ho_ba_or_cs_is_named_by_its_owner_or_trade(written, brand):
    assert name_parts(written)[1] == brand


@pytest.mark.parametrize(
    ("written", "brand", "alias"),
    [
        ("PHAN VĂN LỰC (LÒ SẤY TRÁI CÂY THÀNH ĐẠI)", "phan van luc", "saytraicaythanhdai"),
        ("CS sấy trái cây Thành Đại (Phan Văn Lực)", "say trai cay thanh dai", "phanvanluc"),
        ("TRẦN MINH MINH (HỘ KD NƯỚC ĐÁ CHÍN MINH)", "tran minh minh", "nuocdachinminh"),
        # a company and its director, a trade word without a name: one name
        ("Công ty TNHH ABC (Nguyễn Văn An)", "abc", ""),
        ("Lê Tuấn Hạnh - gốm mỹ nghệ", "le tuan hanh", ""),
        ("Cơ sở mộc Trường Cường", "moc truong cuong", ""),
    ],
)
def test_a_household_written_by_owner_and_trade_name_meets_the_lists_that_write_either(written, brand, alias):
    f = features(RawRecord("1", written))
    assert (f.brand, f.alias) == (brand, alias)
    assert not alias or alias in f.readings


def test_the_owner_in_brackets_links_a_household_to_the_list_that_names_it_by_its_owner():
    recs = [
        RawRecord("1", "CS sấy trái cây Thành Đại (Phan Văn Lực)", "", "389 Thủ Khoa Huân, K.2, X.Lấp Vò, Đồng Tháp", ""),
        RawRecord("2", "PHAN VĂN LỰC", "", "389 đường Thủ Khoa Huân, Xã Lấp Vò, Tỉnh Đồng Tháp", ""),
        RawRecord("3", "PHAN VĂN LỰC", "", "12 Lê Lợi, phường Cao Lãnh, Đồng Tháp", "0912 345 678"),
    ]
    labels = resolve(recs, engine="python")
    assert labels[0] == labels[1] != labels[2]


def test_an_owner_beside_a_household_trade_name_weighs_less_against_a_match_than_two_names():
    from lienket.core.resolve.model import score_pair

    owner = features(RawRecord("1", "HỘ KINH DOANH HUỲNH VĂN THIỆN", "", "224A Lê Đại Hành, Khóm 5, Tràm Chim, Tam Nông"))
    trade = features(RawRecord("2", "Hộ kinh doanh Linh Tân", "", "Số 224A đường Lê Đại Hành, Khóm 5, Tràm Chim"))
    firm = features(RawRecord("3", "Công ty TNHH Linh Tân", "", "Số 224A đường Lê Đại Hành, Khóm 5, Tràm Chim"))
    other = features(RawRecord("4", "Hộ kinh doanh Phú Hưng", "", "Số 224A đường Lê Đại Hành, Khóm 5, Tràm Chim"))
    assert "name: an owner beside a household's trade name" in score_pair(owner, trade)[1]
    assert "name: different" in score_pair(owner, firm)[1]  # a company is no household's trade name
    assert "name: different" in score_pair(trade, other)[1]
    assert score_pair(owner, trade)[0] > score_pair(owner, firm)[0]
