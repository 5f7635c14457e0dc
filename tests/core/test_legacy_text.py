"""lienket.core.legacy_text: TCVN3, VNI-Windows and mojibake read back as Unicode; glued words split."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienket.core.legacy_text import repair_vietnamese, split_glued


@pytest.mark.parametrize(
    ("written", "unicode"),
    [
        # TCVN3 (.VnTime): one byte per letter
        ("C«ng ty TNHH §iÖn tö Khang TiÕn", "Công ty TNHH Điện tử Khang Tiến"),
        ("Sè 219 ®\xadêng NguyÔn V¨n Trçi, ph\xadêng Lª Hång Phong", "Số 219 đường Nguyễn Văn Trỗi, phường Lê Hồng Phong"),
        ("L« E-24, KCN §ång V¨n IV, §¹i C\xad¬ng, Kim B¶ng, Hµ Nam", "Lô E-24, KCN Đồng Văn IV, Đại Cương, Kim Bảng, Hà Nam"),
        ("Cty TNHH §Çu t\xad XD May MÆt Trêi", "Cty TNHH Đầu tư XD May Mặt Trời"),
        ("C.ty TNHH Lß xo V©n Kh¸nh", "C.ty TNHH Lò xo Vân Khánh"),
        # VNI-Windows: base letter + modifier + tone
        ("COÂNG TY TNHH ÑIEÄN TÖÛ TIAN JIN VIEÄT NAM", "CÔNG TY TNHH ĐIỆN TỬ TIAN JIN VIỆT NAM"),
        ("COÂNG TY TNHH XUAÁT NHAÄP KHAÅU TUØNG TOAØN", "CÔNG TY TNHH XUẤT NHẬP KHẨU TÙNG TOÀN"),
        ("KHU COÂNG NGHIEÄP MYÕ TRUNG, HUYEÄN MYÕ LOÄC", "KHU CÔNG NGHIỆP MỸ TRUNG, HUYỆN MỸ LỘC"),
        ("Loâ 4.47, Cuïm CN Thònh Laâm", "Lô 4.47, Cụm CN Thịnh Lâm"),
        ("Coâng ty Tröôøng Thònh, Ñaø Naüng", "Công ty Trường Thịnh, Đà Nẵng"),
        # UTF-8 read as Windows-1252
        ("CÃ´ng ty TNHH Nhá»±a", "Công ty TNHH Nhựa"),
    ],
)
def test_legacy_encodings_are_read_back(written, unicode):
    assert repair_vietnamese(written) == unicode


@pytest.mark.parametrize(
    "text",
    [
        "Công ty Hoà Bình, Khoá kéo Thuỷ",  # old tone placement: "oà", "oá" are not VNI codes here
        "Hoa Binh Khoa",
        "CÔNG TY TNHH NHỰA ĐÔNG Á",
        "NGÃ TƯ SỞ",
        "Müller Precision GmbH",
        "",
    ],
)
def test_unicode_text_is_left_alone(text):
    assert repair_vietnamese(text) == text


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ,.", max_size=40))
def test_any_unicode_vietnamese_is_unchanged(text):
    text = unicodedata.normalize("NFC", text)
    assert repair_vietnamese(text) == text
    assert repair_vietnamese(text.upper()) == text.upper()


@pytest.mark.parametrize(
    ("glued", "split"),
    [
        ("Công ty Cổ phầnĐầu tư", "Công ty Cổ phần Đầu tư"),
        ("Cty TNHH TMKim Long", "Cty TNHH TM Kim Long"),
        ("TNHHSản xuất", "TNHH Sản xuất"),
        ("tỉnhNinh Bình", "tỉnh Ninh Bình"),
        ("SolminVina", "Solmin Vina"),
        ("CÔNG TY TNHH MTV", "CÔNG TY TNHH MTV"),
        ("Công Ty Tnhh Nhựa", "Công Ty Tnhh Nhựa"),
    ],
)
def test_words_glued_in_a_pdf_copy_are_split(glued, split):
    assert split_glued(glued) == split


def test_one_lower_case_slip_in_capitals_is_not_a_glue():
    assert split_glued("CÔbG TY") == "CÔbG TY"
    assert split_glued("CONG rY TNHH") == "CONG rY TNHH"
