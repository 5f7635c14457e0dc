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
