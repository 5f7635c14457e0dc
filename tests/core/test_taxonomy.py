"""Tests for the versioned CNHT product taxonomy and its multilingual lexicon."""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from lienket.core import taxonomy as tx
from lienket.core.text import fold


def _raw(version: str) -> dict:
    name = {"2015": "nd111-2015.json", "2025": "nd205-2025.json"}[version]
    return json.loads(resources.files("lienket.data").joinpath("taxonomy", name).read_text(encoding="utf-8"))


def test_available_versions_are_2015_and_2025():
    assert tx.available_versions() == ["2015", "2025"]


@pytest.mark.parametrize("version", ["2015", "2025"])
def test_data_file_validates(version):
    assert tx.validate(_raw(version), f"v{version}") == []
    tax = tx.load_taxonomy(version)
    assert tax.version == version
    assert [s.code for s in tax.sectors] == list(tx.SECTOR_CODES)


def test_2025_has_a_useful_number_of_products():
    n = len(tx.load_taxonomy("2025").products())
    assert 120 <= n <= 200, n


def test_shared_codes_mean_the_same_thing_in_both_versions():
    old, new = tx.load_taxonomy("2015"), tx.load_taxonomy("2025")
    new_codes = {p.code for p in new.products()}
    shared = [p for p in old.products() if p.code in new_codes]
    assert shared, "the two versions share no product code"
    for p in shared:
        q = new.product(p.code)
        assert (p.sector_code, p.group_code) == (q.sector_code, q.group_code), p.code
        assert p.name_en == q.name_en, p.code


@pytest.mark.parametrize("version", ["2015", "2025"])
def test_every_product_has_cjk_names_synonyms_and_hs(version):
    for p in tx.load_taxonomy(version).products():
        for lang in ("ko", "ja", "zh"):
            assert p.names.get(lang), f"{p.code} has no {lang} name"
        assert p.synonyms.get("vi") and p.synonyms.get("en"), p.code
        assert p.hs_codes, p.code


def test_product_codes_carry_their_group_and_sector():
    for p in tx.load_taxonomy().products():
        assert p.code.startswith(p.group_code + "-")
        assert p.group_code.startswith(p.sector_code + "-")


@pytest.mark.parametrize(
    "term", ["khoa keo", "Khóa kéo", "phéc mơ tuya", "zipper", "지퍼", "ファスナー", "拉链"]
)
def test_lexicon_finds_the_zipper_in_every_language(term):
    lex = tx.lexicon("2025")
    assert "TEX-ACC-ZIP" in lex[fold(term)]


def test_lexicon_keeps_trade_words_apart():
    lex = tx.lexicon()
    assert "MEC-STD-FAS" in lex["bu long"]
    assert "MEC-STD-FAS" in lex["oc vit"]
    assert "TEX-ACC-BTN" in lex["nut ao"] and "TEX-ACC-BTN" in lex["cuc ao"]
    assert "ELE-CMP-PBA" in lex["bo mach"]
    assert "MEC-MLD-INJ" in lex["khuon mau"]
    assert "TEX-ACC-ZIP" not in lex["bu long"]


@pytest.mark.parametrize(
    ("term", "code"),
    [
        # ko
        ("재봉실", "TEX-FIB-THR"),
        ("재봉사", "TEX-FIB-THR"),
        ("사출 부품", "MEC-PRC-PLS"),
        ("사출품", "MEC-PRC-PLS"),
        ("사출물", "MEC-PRC-PLS"),
        ("프레스 부품", "MEC-PRC-SHM"),
        ("프레스품", "MEC-PRC-SHM"),
        ("금형", "MEC-MLD-INJ"),
        ("직조 라벨", "TEX-ACC-LAB"),
        ("인쇄회로기판", "ELE-CMP-PCB"),
        # ja
        ("織りネーム", "TEX-ACC-LAB"),
        ("織ネーム", "TEX-ACC-LAB"),
        ("靴ひも", "LEA-CMP-LAC"),
        ("靴紐", "LEA-CMP-LAC"),
        ("プレス部品", "MEC-PRC-SHM"),
        ("樹脂成形品", "MEC-PRC-PLS"),
        ("射出成形品", "MEC-PRC-PLS"),
        ("金型", "MEC-MLD-INJ"),
        ("ボタン", "TEX-ACC-BTN"),
        ("ファスナー", "TEX-ACC-ZIP"),
        ("ジッパー", "TEX-ACC-ZIP"),
        ("基板", "ELE-CMP-PCB"),
        ("プリント基板", "ELE-CMP-PCB"),
        ("PCB", "ELE-CMP-PCB"),
        # zh, Simplified and the Traditional forms Taiwanese buyers write
        ("橡胶垫圈", "ELE-MEC-GSK"),
        ("冲压件", "MEC-PRC-SHM"),
        ("注塑件", "MEC-PRC-PLS"),
        ("模具", "MEC-MLD-INJ"),
        ("拉链", "TEX-ACC-ZIP"),
        ("拉鍊", "TEX-ACC-ZIP"),
        ("纽扣", "TEX-ACC-BTN"),
        ("鈕扣", "TEX-ACC-BTN"),
        ("线路板", "ELE-CMP-PCB"),
        ("电路板", "ELE-CMP-PCB"),
        ("電路板", "ELE-CMP-PCB"),
        # vi phrases that replace bare short words
        ("ốc vít", "MEC-STD-FAS"),
        ("bu lông", "MEC-STD-FAS"),
        ("pin lithium", "ELE-PWR-BAT"),
        ("bộ côn", "AUT-DRV-CLU"),
        ("gia công hàn", "MEC-PRC-WLD"),
        ("chi tiết dập", "MEC-PRC-SHM"),
    ],
)
def test_lexicon_knows_the_words_buyers_write(term, code):
    for version in ("2015", "2025"):
        assert code in tx.lexicon(version).get(fold(term), []), (version, term)


# Folded short Latin words that are unambiguous trade words or acronyms; anything else of <= 3 letters
# collides with everyday Vietnamese or English once accents are gone ("con", "tan", "han", "ma").
_SHORT_TRADE_WORDS = {
    "ccm", "dye", "ecu", "fpc", "ic", "ics", "jig", "lcd", "led", "loa", "mex", "mic", "mim", "pcb", "plc", "pom",
    "poy", "rim", "ron", "smt", "zip",
}  # fmt: skip


@pytest.mark.parametrize("version", ["2015", "2025"])
def test_short_latin_terms_are_trade_words(version):
    # Only one-word terms: two-syllable phrases ("ổ bi", "ê cu", "ô dê") are matched as a whole.
    short = {k for k in tx.lexicon(version) if k.isascii() and k.isalnum() and len(k) <= 3}
    assert short <= _SHORT_TRADE_WORDS, sorted(short - _SHORT_TRADE_WORDS)


@pytest.mark.parametrize(
    "word", ["con", "nut", "tan", "tu", "oc", "vit", "mac", "pin", "han", "duc", "ma", "lap", "dap", "po",
             "van", "tro", "toi", "ram", "ren", "dong", "thang", "lop", "last", "down", "khuon"],
)  # fmt: skip
def test_everyday_words_are_not_product_terms(word):
    assert word not in tx.lexicon("2025")


def test_clutch_is_not_found_by_the_word_con():
    lex = tx.lexicon("2025")
    assert not any("AUT-DRV-CLU" in codes for term, codes in lex.items() if term.split() == ["con"])
    assert "AUT-DRV-CLU" in lex["ly hop"] and "AUT-DRV-CLU" in lex["bo con"]


def test_an_ordinary_company_profile_mentions_no_product():
    """Words like đáp ứng, Hàn Quốc, tấn, mã số thuế, hỗ trợ, lắp ráp, con, PO must not read as products."""
    from lienket.core.match.concepts import ConceptLexicon

    lex = ConceptLexicon.build(tx.lexicon("2025"))
    text = (
        "Công ty vốn Hàn Quốc, mã số thuế 0101234567, đáp ứng PO trong 3 tháng, công suất 500 tấn mỗi năm, "
        "lắp ráp theo yêu cầu, con người là tài sản; được Sở hỗ trợ; văn phòng tại Đức và Mexico; từ 2015."
    )
    assert lex.mentions(text) == []


def test_single_character_cjk_terms_are_few_and_known():
    # A one-character term matches inside any longer word (轴 in 轴承 bearing, 销 in 销售 sales).
    single = {k for k in tx.lexicon("2025") if not k.isascii() and len(k) == 1}
    assert single <= {"훅", "끈", "굽", "힐", "혼", "휠", "핀", "칩", "泵"}, single


@pytest.mark.parametrize("version", ["2015", "2025"])
def test_every_product_has_several_names_per_cjk_language(version):
    thin = [
        (p.code, lang)
        for p in tx.load_taxonomy(version).products()
        for lang in ("ko", "ja", "zh")
        if len(p.names[lang]) < 2
    ]
    assert not thin, thin


def test_lexicon_returns_a_copy():
    lex = tx.lexicon()
    lex["zipper"].append("X")
    assert "X" not in tx.lexicon()["zipper"]


def test_terms_by_language():
    zip_ = tx.load_taxonomy().product("TEX-ACC-ZIP")
    assert zip_.terms("ja")[:2] == ["ファスナー", "ジッパー"]
    assert "phéc mơ tuya" in zip_.terms("vi")
    assert zip_.terms()[:2] == [zip_.name_vi, zip_.name_en]


def test_by_hs_matches_headings_and_full_lines():
    tax = tx.load_taxonomy()
    assert "TEX-ACC-ZIP" in {p.code for p in tax.by_hs("9607")}
    assert {p.code for p in tax.by_hs("8544.30.19")} == {"AUT-ELC-WIR"}
    assert "ELE-CMP-PCB" in {p.code for p in tax.by_hs("853400")}
    assert tax.by_hs("0101") == []


def test_unknown_codes_raise_clear_key_errors():
    tax = tx.load_taxonomy()
    with pytest.raises(KeyError, match="NOPE"):
        tax.product("NOPE")
    with pytest.raises(KeyError, match="XXX"):
        tax.sector("XXX")
    with pytest.raises(KeyError, match="1999"):
        tx.load_taxonomy("1999")


def test_broken_dict_gives_named_errors():
    data = copy.deepcopy(_raw("2025"))
    products = data["sectors"][0]["groups"][0]["products"]
    first, second = products[0], products[1]
    second["code"] = first["code"]  # duplicate
    first["hs_codes"] = ["96A7"]
    del first["names"]["ko"]
    data["sectors"][1]["groups"][0]["code"] = "TEX-BAD"  # wrong sector prefix
    errors = tx.validate(data, "broken.json")
    text = "\n".join(errors)
    assert all(e.startswith("broken.json: ") for e in errors)
    assert f"{first['code']}: duplicate code" in text
    assert f"{first['code']}: HS code '96A7'" in text
    assert f"{first['code']}: names.ko" in text
    assert "'TEX-BAD' must look like 'LEA-XXX'" in text
    with pytest.raises(ValueError, match="broken.json"):
        tx.taxonomy_from_dict(data, "broken.json")


def test_empty_and_malformed_top_level():
    assert tx.validate([], "x.json") == ["x.json: top level must be an object"]
    errors = tx.validate({"version": "2025"}, "y.json")
    assert any("title_vi" in e for e in errors) and any("sectors" in e for e in errors)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A temporary taxonomy folder in place of the shipped one (caches cleared before and after)."""
    monkeypatch.setattr(tx, "_taxonomy_dir", lambda: tmp_path)
    tx.load_taxonomy.cache_clear()
    yield tmp_path
    tx.load_taxonomy.cache_clear()


def test_invalid_json_names_file_and_line(data_dir):
    (data_dir / "nd1-2099.json").write_text('{\n "version": "2099",\n oops\n}', encoding="utf-8")
    assert tx.available_versions() == ["2099"]
    with pytest.raises(ValueError, match=r"nd1-2099.json: line 3"):
        tx.load_taxonomy("2099")


def test_invalid_file_lists_every_problem(data_dir):
    data = _raw_shipped("2025")
    data["version"] = "2099"
    data["sectors"][0]["groups"][0]["products"][0]["hs_codes"] = []
    (data_dir / "nd1-2099.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=r"nd1-2099.json: TEX-FIB-SYN: hs_codes must be a non-empty list"):
        tx.load_taxonomy("2099")


def test_version_must_match_file_name(data_dir):
    (data_dir / "nd1-2099.json").write_text(
        json.dumps(_raw_shipped("2025"), ensure_ascii=False), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="declares version '2025'"):
        tx.load_taxonomy("2099")


def _raw_shipped(version: str) -> dict:
    return copy.deepcopy(_raw(version))
