"""core.text: folding and tax codes."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from lienket.core.text import clean_tax_code, fold, is_valid_tax_code


def test_fold_strips_vietnamese_marks_and_d():
    assert fold("Công ty TNHH Khóa kéo ĐỒNG Nai") == "cong ty tnhh khoa keo dong nai"
    assert fold("Thuỷ") == fold("Thủy") == "thuy"


def test_fold_keeps_kana_voicing_hangul_and_hanzi():
    assert fold("ジッパー") == "ジッパー"
    assert fold("ベルト") != fold("ヘルト")
    assert fold("지퍼 拉链") == "지퍼 拉链"


def test_fold_accepts_decomposed_input():
    assert fold(unicodedata.normalize("NFD", "Bắc Ninh")) == "bac ninh"


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_tax_codes():
    assert is_valid_tax_code("0100109106")
    assert is_valid_tax_code("0100109106-001")
    assert not is_valid_tax_code("010010910")
    assert not is_valid_tax_code("0100109106001")
    assert clean_tax_code(" 0100 109 106 ") == "0100109106"
    assert clean_tax_code("0100109106001") == "0100109106-001"
    assert clean_tax_code("0100109106 - 001") == "0100109106-001"


def _fold_reference(text):
    # The per-character definition fold's memoised translate table must reproduce exactly.
    from lienket.core.text import _fold_char

    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).replace("đ", "d").replace("Đ", "D")
    return " ".join("".join(_fold_char(ch) for ch in text).lower().split())


@given(st.text(max_size=60))
def test_fold_equals_its_per_character_definition(text):
    assert fold(text) == _fold_reference(text)


def test_fold_equals_its_definition_on_vietnamese_and_cjk():
    for text in ("Công ty TNHH Khóa Kéo ĐỒNG Nai", "ジッパー 지퍼 Ｖｉｎａ", "  Cơ khí\tchính  xác ", "Đ̂"):
        assert fold(text) == _fold_reference(text)
