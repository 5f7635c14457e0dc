"""Firm names in Chinese characters, Japanese kana/kanji and Korean Hangul are read in Latin letters
(``lienket.core.resolve.scripts``) and then like any other name."""

from __future__ import annotations

import pytest

from lienket.core.match.analyze import is_cjk as has_cjk
from lienket.core.resolve.normalise import RawRecord, features, realign
from lienket.core.resolve.scripts import latinised


def _brand(name: str) -> tuple[str, str]:
    f = features(realign(RawRecord("1", name)))
    return f.brand_key, f.desc


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("ナカムラ精工ベトナム有限会社", "NAKAMURA SEIKO (VIETNAM) CO., LTD"),
        ("大野精工株式会社", "Ono Seiko Co., Ltd"),  # kanji read the Japanese way, long vowel written short
        ("オオノ工業株式会社", "ONO KOGYO CO.,LTD"),
        ("화승비나", "HWASEUNG VINA CO., LTD"),
        ("주식회사 도우테크비나", "Dou Tech Vina Co., Ltd"),
        ("우민금형베트남(주)", "Công ty TNHH Khuôn mẫu Umin Việt Nam"),
        ("혁민고무비나", "HYEOKMIN RUBBER VINA CO., LTD"),  # a trade word read apart from the brand
        ("㈜서강서비스 비나", "Seogang Service Vina"),
        ("대성부품베트남", "Daeseong Components Vietnam"),
        ("宝成工业(越南)有限公司", "Bao Cheng Industrial (Vietnam) Co., Ltd"),
        ("寶成鞋業", "BAOCHENG FOOTWEAR"),  # traditional characters
    ],
)
def test_a_name_in_another_script_gives_the_brand_and_trade_of_its_latin_writing(written, latin):
    assert has_cjk(written)
    assert _brand(written) == _brand(latin)
    assert _brand(written)[0]


def test_chinese_characters_read_as_pinyin_meet_the_vietnamese_reading():
    f = features(realign(RawRecord("1", "永发塑胶有限公司")))
    assert f.brand_key == "yongfa"
    assert "vinhphat" in f.readings  # "Công ty TNHH Nhựa Vĩnh Phát"


def test_latin_text_is_left_as_written():
    for text in ("Công ty TNHH Cơ khí Minh Phát", "HWASEUNG VINA", ""):
        assert not has_cjk(text)
        assert latinised(text) == text
    assert latinised("Công ty TNHH 永发") == "Công ty TNHH yong fa"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Gyeongjin Automation Vina", "KYEONGCHIN AUTOMATION VINA CO., LTD"),  # Revised / McCune–Reischauer
        ("Công ty TNHH Seokin Hitech", "SUKIN HITECH VIETNAM CO.,LTD"),
        ("Changdoo Vina", "CHANGDU VINA"),
        ("Bomyeong Engineering Vina", "Bomyung Engineering Vina Co., Ltd."),
        ("Oohara Seiko Vietnam", "OHARA SEIKO (VIETNAM) CO., LTD"),  # a Japanese long vowel
        ("주식회사 보명엔지니어링비나", "bomyung engineering vina co., ltd."),  # Hangul, then the company spelling
    ],
)
def test_one_east_asian_name_romanised_two_ways_shares_its_key(one, other):
    a, b = (features(realign(RawRecord("1", n))) for n in (one, other))
    assert a.roman and a.roman == b.roman
    from lienket.core.resolve.model import score_pair

    assert not any(r == "name: different" for r in score_pair(a, b)[1])


def test_vietnamese_brands_and_different_names_get_no_common_key():
    vi, ko1, ko2 = (features(realign(RawRecord("1", n))) for n in ("Cơ khí Minh Phát", "Eunnam Vina", "Dongwon Vina"))
    assert vi.roman == ""
    assert ko1.roman != ko2.roman


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("越南新順有限公司 Hsin Shun Vina Company Limited", "Hsin Shun Vina Company Limited"),
        ("源益染整(越南)股份有限公司 Yuan-Yi (Vietnam) JSC", "Yuan-Yi (Vietnam) JSC"),
        ("Pao Hsin Vina Company Limited (寶新)", "Pao Hsin Vina Company Limited"),
        # a Latin half of legal, country and number words only is no name: the whole is read
        ("宝成 Vietnam Co., Ltd", "宝成 Vietnam Co., Ltd"),
        ("幸芝発条（ベトナム） / No.893756 ホアビン支店", "幸芝発条（ベトナム） / No.893756 ホアビン支店"),
        ("ヒラサワ金型ベトナム有限会社", "ヒラサワ金型ベトナム有限会社"),
        ("Công ty TNHH Hòa Bình", "Công ty TNHH Hòa Bình"),
    ],
)
def test_a_name_written_in_two_scripts_is_read_in_latin_letters(written, kept):
    from lienket.core.resolve.scripts import latin_half

    assert latin_half(written) == kept


def test_a_name_in_two_scripts_has_the_brand_of_its_latin_half():
    from lienket.core.resolve.normalise import RawRecord, features

    both = features(RawRecord("1", "越南新順有限公司 Hsin Shun Vina Company Limited"))
    assert both.brand == features(RawRecord("2", "Cty TNHH MTV Hsin Shun Vina")).brand == "hsin shun"


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        # the dictionary would read across the brand and the trade ("yama kinkou gyou", "hara hokuden ko")
        ("株式会社竹山工業ベトナム", "Takeyama Kogyo Vietnam JSC"),
        ("原北電子ベトナム", "Harakita Denshi Vietnam Co., Ltd"),
        ("有限会社芝野中部品ベトナム", "Công ty TNHH Linh kiện Shibanonaka Việt Nam"),
        ("モリサカ塗装ベトナム有限会社", "Morisaka Toso Vietnam Co., Ltd"),
    ],
)
def test_a_japanese_trade_word_is_read_apart_from_the_brand(written, latin):
    assert _brand(written) == _brand(latin)


def test_a_japanese_branch_office_named_after_its_place_is_a_branch_of_the_brand():
    f = features(realign(RawRecord("1", "有限会社竹山鉄工ベトナム ヴィンフック支店")))
    assert (f.brand_key, f.desc, f.branch) == ("takeyama", "steel", True)


def test_kabushiki_kaisha_names_no_vietnamese_legal_form_and_yugen_kaisha_the_tnhh():
    # 株式会社 is written for Vietnamese TNHH and CP firms alike; 有限会社 is the TNHH
    assert features(realign(RawRecord("1", "株式会社竹山工業ベトナム"))).legal == ""
    assert features(realign(RawRecord("1", "有限会社竹山工業ベトナム"))).legal == "tnhh"
