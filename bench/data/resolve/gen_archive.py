"""ALL DATA IS SYNTHETIC. Generator F: a merged province's own Excel archives 2015–2025 (entity resolution).

Every enterprise, name, tax code, lot, address line and phone number is drawn at random; only the
administrative units, parks and clusters are real places, used as a backdrop. Any resemblance of a generated
firm to a real one is chance.

Scenario
--------
The new Ninh Bình province (1 July 2025: old Ninh Bình + Hà Nam + Nam Định) merged the archives of three
departments of industry and trade. A row is one line of one list:

* ``stat`` yearly industrial statistics lists (about 54% of rows), one per old province per year, typed by
  officers with habits: one types ALL CAPS WITHOUT DIACRITICS, one abbreviates legal forms ("Cty TNHH",
  "CTCP", "SX&TM"), one writes the legal form at the end ("Minh Phát, Công ty TNHH"), one pastes from PDFs
  (split and glued words, double spaces, line breaks), two keep rows from old .doc files in TCVN3 (ABC) or
  VNI fonts (mojibake such as "C«ng ty" / "Coâng ty") now and then, and the merged department exports NFD
  text; a quarter of the rows of a firm already listed are copied unchanged from an earlier list (stale
  names included);
* ``bql`` park and cluster tenant lists (about 13%): lot and phase instead of a street, investor names as in
  investment certificates, FDI firms under their English name ("HANSOL VINA CO., LTD"), few tax codes;
* ``cnht`` the supporting-industry census, 2019–2025 (about 20%): tax code on ~90% of rows, old district and
  province names before July 2025, new commune names and "tỉnh Ninh Bình" after (sometimes with the old
  unit in brackets, sometimes a district left in by habit);
* ``env`` inspection and environment-permit lists (about 13%): the factory's address, not the head office
  (head offices in Hà Nội, tax codes 01xxxxxxxx), sometimes "Nhà máy ... - Công ty ...".

Everything is also damaged at random: typos, lost diacritics, raw Telex ("Phats"), lower case, stray
spaces and punctuation, NFD text. Phones cross the 2017 landline area-code change (030 → 0229, 0351 → 0226,
0350 → 0228, 04 → 024) and the 2018 move of 11-digit mobiles to 10 digits (0166 → 036 ...); fax numbers,
hotlines, labels ("ĐT:", "Fax:"), "+84", lost leading zeros. Tax codes carry valid check digits and appear
with spaces, dots, "MST:", an apostrophe, a lost leading zero, ".0", scientific notation (13-digit branch
codes), the parent's code for a branch, or one digit mistyped. About 71% of rows show a tax code, 95% an
address, 62% a phone, 99.6% a name.

Enterprises and truth
---------------------
``truth`` names the real enterprise. An enterprise has 1..10 rows, skewed: about 45% have one, 26% two,
12% three, and about 2.2 rows per enterprise overall. Same truth: renamed firms (same tax code, ~5% of
enterprises, the old name in brackets on some later rows), TNHH/DNTN converted to joint-stock or TNHH (~4%),
firms moved from a cluster to a park (~2.5%, new lot and often a new phone), the Vietnamese and English
names of an FDI firm (~13% of enterprises), a head office in Hà Nội and its factory here (~4%). Different
truth: branches and registered factories ("Chi nhánh", "Nhà máy", 13-digit codes such as 0101234567-001;
~5%, their parent is in the archive half of the time), a sister firm split off a firm (~2.7%: a similar name,
its own tax code, often the same park or the owner's mobile), a namesake registered in another district
after the first firm was dissolved (~1.3%: the exact same name), and the ordinary clash of common name
cores ("Minh Phát") across sectors.

Legal names of distinct enterprises are unique (folded, legal form aside) except for the namesakes and the
sister firms (about one in eight) that differ only in legal form; the name space grows with n (two- and
three-syllable cores, family names, acronyms, foreign brands, sixty sectors); park lots are subdivided as
the scale needs.

Evidence: a careful officer can usually link a true pair by a shared tax code, phone number or lot/street
address; about 13% of true pairs share none of the three (a renamed firm's row without a tax code, a stale
list against a moved firm, head office against factory, missing fields) and can be linked by name alone,
if at all.

``records(n, seed)`` is deterministic, pure standard library, and makes 1,000,000 rows in about 25 s
(about 1 GB of Python objects).
"""

from __future__ import annotations

import random
import unicodedata

__all__ = ["records"]

FIRST_YEAR, LAST_YEAR = 2015, 2025

# ---------------------------------------------------------------------------------------------------------
# Text damage tables: folding, TCVN3 (ABC) and VNI-Windows mojibake
# ---------------------------------------------------------------------------------------------------------
_VN_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_TCVN3_LOWER = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ®"
_TCVN3_UPPER_BASE = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}


def _build_tables() -> tuple[dict, dict, dict]:
    fold, tcvn3, vni = {}, {}, {}
    tones_vni = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
    hat_tones_vni = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
    breve_tones_vni = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
    i_vni = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
    for low, code in zip(_VN_LOWER, _TCVN3_LOWER, strict=True):
        for ch in (low, low.upper()):
            upper = ch != low
            if ch in "đĐ":
                fold[ch] = "d" if ch == "đ" else "D"
                tcvn3[ch] = _TCVN3_UPPER_BASE["Đ"] if upper else code
                vni[ch] = "Ñ" if upper else "ñ"
                continue
            parts = unicodedata.normalize("NFD", ch)
            base, marks = parts[0], parts[1:]
            fold[ch] = base
            tcvn3[ch] = _TCVN3_UPPER_BASE.get(ch, code) if upper else code
            tone = next((m for m in marks if m in tones_vni), "")
            shape = next((m for m in marks if m in ("\u0302", "\u0306", "\u031b")), "")
            if base in "iI" and tone:
                out = i_vni[tone]
            elif base in "yY" and tone == "\u0323":
                out = "î"
            elif shape == "\u0302":
                out = base + hat_tones_vni[tone]
            elif shape == "\u0306":
                out = base + breve_tones_vni[tone]
            elif shape == "\u031b":
                out = ("ô" if base in "oO" else "ö") + (tones_vni[tone] if tone else "")
            else:
                out = base + tones_vni[tone]
            vni[ch] = out.upper() if upper else out
    return str.maketrans(fold), str.maketrans(tcvn3), str.maketrans(vni)


_FOLD, _TCVN3, _VNI = _build_tables()

_TELEX_TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_KEY_NEAR = {
    "a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "g": "fh", "h": "gj", "i": "uo", "k": "jl",
    "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "wa", "r": "et", "s": "ad", "t": "ry",
    "u": "yi", "v": "cb", "x": "zc", "y": "tu",
}

# ---------------------------------------------------------------------------------------------------------
# Places. Old districts of the three provinces with communes (2015 type + type early 2025 : old name > new
# type : new commune after 1 July 2025). Source: the old→new mapping of the 2025 reform (the vietnamadminunits
# data), a subset per district.
# ---------------------------------------------------------------------------------------------------------
_PROV = {
    # part: province name, tax-code prefix, landline area code before / after 2017, highways
    "NB": ("Ninh Bình", "27", "030", "0229", ("1A", "10", "12B", "45")),
    "HN": ("Hà Nam", "07", "0351", "0226", ("1A", "21A", "21B", "38")),
    "ND": ("Nam Định", "06", "0350", "0228", ("10", "21", "21B", "37B")),
}
_NEW_PROVINCE = "Ninh Bình"

# key, part, (type, name) until the change, year of change, (type, name) after, urban streets
_DISTRICTS = (
    ("ninhbinh", "NB", ("tp", "Ninh Bình"), 2025, ("tp", "Hoa Lư"),
     ("Lê Hồng Phong", "Trần Hưng Đạo", "Đinh Tiên Hoàng", "Lê Thái Tổ", "Nguyễn Huệ", "Tràng An",
      "Lương Văn Thăng", "Xuân Thành", "Hải Thượng Lãn Ông"),
     "pp:Bích Đào>p:Hoa Lư; pp:Nam Bình>p:Hoa Lư; pp:Nam Thành>p:Hoa Lư; pp:Ninh Khánh>p:Hoa Lư; "
     "pp:Ninh Phong>p:Nam Hoa Lư; pp:Ninh Phúc>p:Đông Hoa Lư; pp:Ninh Sơn>p:Nam Hoa Lư; "
     "pp:Tân Thành>p:Hoa Lư; pp:Vân Giang>p:Hoa Lư; pp:Đông Thành>p:Hoa Lư; xx:Ninh Nhất>p:Hoa Lư; "
     "xx:Ninh Tiến>p:Hoa Lư"),
    ("hoalu", "NB", ("h", "Hoa Lư"), 2025, ("tp", "Hoa Lư"), (),
     "xp:Ninh Giang>p:Tây Hoa Lư; xp:Ninh Mỹ>p:Hoa Lư; xx:Ninh An>p:Nam Hoa Lư; xx:Ninh Hòa>p:Tây Hoa Lư; "
     "xx:Ninh Hải>p:Nam Hoa Lư; xx:Ninh Khang>p:Hoa Lư; xx:Ninh Vân>p:Nam Hoa Lư; "
     "xx:Trường Yên>p:Tây Hoa Lư"),
    ("tamdiep", "NB", ("tp", "Tam Điệp"), 0, None,
     ("Quang Trung", "Đồng Giao", "Chi Lăng", "Lê Lợi"),
     "pp:Bắc Sơn>p:Tam Điệp; pp:Nam Sơn>p:Trung Sơn; pp:Trung Sơn>p:Trung Sơn; pp:Tân Bình>p:Yên Sơn; "
     "pp:Tây Sơn>p:Tam Điệp; pp:Yên Bình>p:Yên Thắng; xx:Quang Sơn>p:Tam Điệp; xx:Yên Sơn>p:Yên Sơn; "
     "xx:Đông Sơn>p:Trung Sơn"),
    ("giavien", "NB", ("h", "Gia Viễn"), 0, None, (),
     "tt:Thịnh Vượng>x:Gia Viễn; xx:Gia Hòa>x:Gia Viễn; xx:Gia Hưng>x:Gia Hưng; xx:Gia Lạc>x:Gia Phong; "
     "xx:Gia Lập>x:Gia Vân; xx:Gia Minh>x:Gia Phong; xx:Gia Phú>x:Gia Hưng; xx:Gia Phương>x:Đại Hoàng; "
     "xx:Gia Sinh>p:Tây Hoa Lư; xx:Gia Thanh>x:Gia Trấn; xx:Gia Trấn>x:Gia Trấn; xx:Gia Tân>x:Gia Vân; "
     "xx:Gia Vân>x:Gia Vân; xx:Gia Xuân>x:Gia Trấn; xx:Tiến Thắng>x:Đại Hoàng"),
    ("nhoquan", "NB", ("h", "Nho Quan"), 0, None, (),
     "tt:Nho Quan>x:Nho Quan; xx:Cúc Phương>x:Cúc Phương; xx:Gia Lâm>x:Gia Lâm; xx:Gia Sơn>x:Gia Lâm; "
     "xx:Gia Tường>x:Gia Tường; xx:Phú Long>x:Phú Long; xx:Phú Sơn>x:Phú Sơn; xx:Phúc Sơn>p:Tây Hoa Lư; "
     "xx:Quảng Lạc>p:Yên Sơn; xx:Quỳnh Lưu>x:Quỳnh Lưu; xx:Thạch Bình>x:Phú Sơn; xx:Xích Thổ>x:Gia Lâm; "
     "xx:Đồng Phong>x:Nho Quan"),
    ("yenkhanh", "NB", ("h", "Yên Khánh"), 0, None, (),
     "tt:Yên Ninh>x:Yên Khánh; xx:Khánh An>p:Đông Hoa Lư; xx:Khánh Công>x:Khánh Trung; "
     "xx:Khánh Cư>x:Yên Khánh; xx:Khánh Hòa>p:Đông Hoa Lư; xx:Khánh Hải>x:Yên Khánh; "
     "xx:Khánh Hồng>x:Khánh Nhạc; xx:Khánh Hội>x:Khánh Hội; xx:Khánh Lợi>x:Khánh Thiện; "
     "xx:Khánh Nhạc>x:Khánh Nhạc; xx:Khánh Phú>p:Đông Hoa Lư; xx:Khánh Thiện>x:Khánh Thiện; "
     "xx:Khánh Trung>x:Khánh Trung"),
    ("yenmo", "NB", ("h", "Yên Mô"), 0, None, (),
     "tt:Yên Thịnh>x:Yên Mô; xx:Khánh Dương>x:Yên Mô; xx:Khánh Thượng>p:Yên Thắng; xx:Yên Lâm>x:Yên Mạc; "
     "xx:Yên Mạc>x:Yên Mạc; xx:Yên Mỹ>x:Yên Mạc; xx:Yên Phong>x:Yên Từ; xx:Yên Thái>x:Đồng Thái; "
     "xx:Yên Thắng>p:Yên Thắng; xx:Yên Từ>x:Yên Từ"),
    ("kimson", "NB", ("h", "Kim Sơn"), 0, None, (),
     "tt:Bình Minh>x:Bình Minh; tt:Phát Diệm>x:Phát Diệm; xx:Chất Bình>x:Chất Bình; "
     "xx:Cồn Thoi>x:Bình Minh; xx:Hùng Tiến>x:Kim Sơn; xx:Kim Chính>x:Phát Diệm; xx:Kim Đông>x:Kim Đông; "
     "xx:Lai Thành>x:Lai Thành; xx:Như Hòa>x:Quang Thiện; xx:Quang Thiện>x:Quang Thiện; "
     "xx:Văn Hải>x:Định Hóa; xx:Đồng Hướng>x:Quang Thiện"),
    ("phuly", "HN", ("tp", "Phủ Lý"), 0, None,
     ("Lê Hoàn", "Trần Phú", "Biên Hòa", "Quy Lưu", "Lê Công Thanh", "Đinh Tiên Hoàng", "Lý Thường Kiệt",
      "Nguyễn Văn Trỗi"),
     "pp:Châu Cầu>p:Phủ Lý; pp:Châu Sơn>p:Châu Sơn; pp:Lam Hạ>p:Hà Nam; pp:Liêm Chính>p:Phủ Lý; "
     "pp:Lê Hồng Phong>p:Phù Vân; pp:Quang Trung>p:Hà Nam; pp:Thanh Châu>p:Phủ Lý; "
     "pp:Thanh Tuyền>p:Châu Sơn; pp:Tân Hiệp>p:Hà Nam; pp:Tân Liêm>p:Liêm Tuyền; xx:Kim Bình>p:Phù Vân; "
     "xx:Phù Vân>p:Phù Vân; xx:Trịnh Xá>p:Liêm Tuyền; xx:Đinh Xá>p:Liêm Tuyền"),
    ("duytien", "HN", ("h", "Duy Tiên"), 2020, ("tx", "Duy Tiên"), (),
     "xp:Bạch Thượng>p:Đồng Văn; xp:Châu Giang>p:Duy Tân; xp:Duy Hải>p:Duy Hà; xp:Duy Minh>p:Duy Hà; "
     "xp:Hoàng Đông>p:Duy Hà; tp:Hòa Mạc>p:Duy Tiên; xp:Tiên Nội>p:Hà Nam; xp:Yên Bắc>p:Đồng Văn; "
     "tp:Đồng Văn>p:Đồng Văn; xx:Chuyên Ngoại>p:Duy Tiên; xx:Mộc Hoàn>p:Duy Tân; xx:Tiên Sơn>p:Tiên Sơn; "
     "xx:Trác Văn>p:Duy Tiên; xx:Yên Nam>p:Duy Tiên"),
    ("kimbang", "HN", ("h", "Kim Bảng"), 2025, ("tx", "Kim Bảng"), (),
     "tp:Ba Sao>p:Tam Chúc; xp:Lê Hồ>p:Lê Hồ; xp:Ngọc Sơn>p:Kim Bảng; tp:Quế>p:Kim Bảng; "
     "xp:Thi Sơn>p:Lý Thường Kiệt; xp:Tân Sơn>p:Nguyễn Úy; xp:Tân Tựu>p:Kim Thanh; "
     "xp:Tượng Lĩnh>p:Nguyễn Úy; xp:Đại Cương>p:Lê Hồ; xp:Đồng Hóa>p:Lê Hồ; xx:Hoàng Tây>p:Kim Thanh; "
     "xx:Khả Phong>p:Tam Chúc; xx:Liên Sơn>p:Lý Thường Kiệt; xx:Nguyễn Úy>p:Nguyễn Úy; "
     "xx:Thụy Lôi>p:Tam Chúc; xx:Văn Xá>p:Kim Bảng"),
    ("thanhliem", "HN", ("h", "Thanh Liêm"), 0, None, (),
     "tt:Kiện Khê>p:Châu Sơn; tt:Tân Thanh>x:Tân Thanh; xx:Liêm Cần>x:Liêm Hà; xx:Liêm Phong>x:Liêm Hà; "
     "xx:Liêm Sơn>x:Thanh Bình; xx:Liêm Thuận>x:Thanh Bình; xx:Thanh Hà>x:Liêm Hà; "
     "xx:Thanh Hương>x:Thanh Liêm; xx:Thanh Hải>x:Thanh Lâm; xx:Thanh Nghị>x:Thanh Lâm; "
     "xx:Thanh Nguyên>x:Thanh Liêm; xx:Thanh Phong>x:Tân Thanh; xx:Thanh Thủy>x:Tân Thanh; "
     "xx:Thanh Tâm>x:Thanh Liêm; xx:Thanh Tân>x:Thanh Lâm"),
    ("binhluc", "HN", ("h", "Bình Lục"), 0, None, (),
     "tt:Bình Mỹ>x:Bình Mỹ; xx:An Lão>x:Bình Sơn; xx:An Ninh>x:Bình Giang; xx:An Đổ>x:Bình Sơn; "
     "xx:Bình An>x:Bình An; xx:Bình Nghĩa>x:Bình Lục; xx:Bồ Đề>x:Bình Giang; xx:La Sơn>x:Bình Mỹ; "
     "xx:Ngọc Lũ>x:Bình An; xx:Tiêu Động>x:Bình Sơn; xx:Tràng An>x:Bình Lục; xx:Đồn Xá>x:Bình Mỹ"),
    ("lynhan", "HN", ("h", "Lý Nhân"), 0, None, (),
     "tt:Vĩnh Trụ>x:Vĩnh Trụ; xx:Bắc Lý>x:Bắc Lý; xx:Chân Lý>x:Bắc Lý; xx:Chính Lý>x:Lý Nhân; "
     "xx:Công Lý>x:Nam Xang; xx:Hòa Hậu>x:Nam Lý; xx:Hợp Lý>x:Lý Nhân; xx:Nhân Khang>x:Vĩnh Trụ; "
     "xx:Nhân Mỹ>x:Nhân Hà; xx:Nhân Nghĩa>x:Trần Thương; xx:Trần Hưng Đạo>x:Trần Thương; xx:Đạo Lý>x:Bắc Lý"),
    ("namdinh", "ND", ("tp", "Nam Định"), 0, None,
     ("Trần Hưng Đạo", "Hùng Vương", "Điện Biên", "Lê Hồng Phong", "Văn Cao", "Giải Phóng", "Trần Đăng Ninh",
      "Hàn Thuyên", "Trường Chinh", "Đặng Xuân Thiều", "Trần Nhân Tông"),
     "pp:Cửa Bắc>p:Nam Định; pp:Cửa Nam>p:Nam Định; pp:Lộc Hòa>p:Đông A; pp:Lộc Hạ>p:Thiên Trường; "
     "pp:Lộc Vượng>p:Nam Định; pp:Mỹ Xá>p:Thành Nam; pp:Nam Phong>p:Vị Khê; pp:Nam Vân>p:Hồng Quang; "
     "pp:Năng Tĩnh>p:Nam Định; pp:Quang Trung>p:Nam Định; pp:Trường Thi>p:Trường Thi; "
     "pp:Trần Hưng Đạo>p:Nam Định; pp:Vị Xuyên>p:Nam Định"),
    ("myloc", "ND", ("h", "Mỹ Lộc"), 2025, ("tp", "Nam Định"), (),
     "xx:Mỹ Hà>p:Đông A; tx:Mỹ Lộc>p:Mỹ Lộc; xx:Mỹ Phúc>p:Nam Định; xx:Mỹ Thuận>p:Mỹ Lộc; "
     "xx:Mỹ Thắng>p:Đông A; xx:Mỹ Trung>p:Thiên Trường; xx:Mỹ Tân>p:Thiên Trường"),
    ("vuban", "ND", ("h", "Vụ Bản"), 0, None, (),
     "tt:Gôi>x:Vụ Bản; xx:Cộng Hòa>x:Minh Tân; xx:Hiển Khánh>x:Hiển Khánh; xx:Hợp Hưng>x:Hiển Khánh; "
     "xx:Kim Thái>x:Vụ Bản; xx:Liên Minh>x:Liên Minh; xx:Minh Tân>x:Minh Tân; xx:Quang Trung>x:Hiển Khánh; "
     "xx:Tam Thanh>x:Vụ Bản; xx:Thành Lợi>p:Trường Thi; xx:Trung Thành>x:Hiển Khánh; xx:Đại An>p:Thành Nam; "
     "xx:Đại Thắng>x:Liên Minh"),
    ("yyen", "ND", ("h", "Ý Yên"), 0, None, (),
     "tt:Lâm>x:Ý Yên; xx:Phú Hưng>x:Phong Doanh; xx:Trung Nghĩa>x:Tân Minh; xx:Tân Minh>x:Tân Minh; "
     "xx:Yên Bình>x:Vũ Dương; xx:Yên Chính>x:Phong Doanh; xx:Yên Cường>x:Yên Cường; "
     "xx:Yên Khang>x:Yên Đồng; xx:Yên Lương>x:Vạn Thắng; xx:Yên Ninh>x:Vũ Dương; xx:Yên Phong>x:Ý Yên; "
     "xx:Yên Thắng>x:Vạn Thắng; xx:Yên Trị>x:Yên Đồng; xx:Yên Đồng>x:Yên Đồng"),
    ("namtruc", "ND", ("h", "Nam Trực"), 0, None, (),
     "tt:Nam Giang>x:Nam Trực; xx:Bình Minh>x:Nam Minh; xx:Hồng Quang>p:Hồng Quang; "
     "xx:Nam Cường>x:Nam Trực; xx:Nam Dương>x:Nam Minh; xx:Nam Hoa>x:Nam Ninh; xx:Nam Hồng>x:Nam Hồng; "
     "xx:Nam Thanh>x:Nam Ninh; xx:Nam Thái>x:Nam Đồng; xx:Nam Điền>p:Vị Khê; xx:Nghĩa An>p:Hồng Quang; "
     "xx:Đồng Sơn>x:Nam Đồng"),
    ("trucninh", "ND", ("h", "Trực Ninh"), 0, None, (),
     "tt:Cát Thành>x:Cát Thành; tt:Cổ Lễ>x:Cổ Lễ; tt:Ninh Cường>x:Ninh Cường; xx:Liêm Hải>x:Ninh Giang; "
     "xx:Phương Định>x:Ninh Giang; xx:Trung Đông>x:Cổ Lễ; xx:Trực Hùng>x:Ninh Cường; "
     "xx:Trực Hưng>x:Trực Ninh; xx:Trực Khang>x:Quang Hưng; xx:Trực Nội>x:Trực Ninh; "
     "xx:Trực Thái>x:Minh Thái; xx:Trực Tuấn>x:Cổ Lễ; xx:Trực Đại>x:Minh Thái; xx:Việt Hùng>x:Cát Thành"),
    ("xuantruong", "ND", ("h", "Xuân Trường"), 0, None, (),
     "tt:Xuân Trường>x:Xuân Trường; xx:Thọ Nghiệp>x:Xuân Hưng; xx:Trà Lũ>x:Xuân Hưng; "
     "xx:Xuân Châu>x:Xuân Hồng; xx:Xuân Giang>x:Xuân Giang; xx:Xuân Hồng>x:Xuân Hồng; "
     "xx:Xuân Ngọc>x:Xuân Trường; xx:Xuân Ninh>x:Xuân Trường; xx:Xuân Phú>x:Xuân Giang; "
     "xx:Xuân Thành>x:Xuân Hồng; xx:Xuân Tân>x:Xuân Giang; xx:Xuân Vinh>x:Xuân Hưng"),
    ("giaothuy", "ND", ("h", "Giao Thủy"), 0, None, (),
     "tt:Giao Thủy>x:Giao Thủy; tt:Quất Lâm>x:Giao Ninh; xx:Bình Hòa>x:Giao Thủy; xx:Bạch Long>x:Giao Bình; "
     "xx:Giao An>x:Giao Hòa; xx:Giao Châu>x:Giao Hưng; xx:Giao Hà>x:Giao Phúc; xx:Giao Hương>x:Giao Minh; "
     "xx:Giao Lạc>x:Giao Hòa; xx:Giao Nhân>x:Giao Hưng; xx:Giao Thiện>x:Giao Minh; "
     "xx:Giao Thịnh>x:Giao Ninh; xx:Giao Tân>x:Giao Bình; xx:Giao Yến>x:Giao Bình; xx:Hồng Thuận>x:Giao Hòa"),
    ("haihau", "ND", ("h", "Hải Hậu"), 0, None, (),
     "tt:Cồn>x:Hải Tiến; tt:Thịnh Long>x:Hải Thịnh; tt:Yên Định>x:Hải Hậu; xx:Hải An>x:Hải An; "
     "xx:Hải Anh>x:Hải Anh; xx:Hải Châu>x:Hải Thịnh; xx:Hải Giang>x:Hải An; xx:Hải Hòa>x:Hải Xuân; "
     "xx:Hải Hưng>x:Hải Hưng; xx:Hải Long>x:Hải Hậu; xx:Hải Minh>x:Hải Anh; xx:Hải Nam>x:Hải Hưng; "
     "xx:Hải Phong>x:Hải An; xx:Hải Quang>x:Hải Quang; xx:Hải Sơn>x:Hải Tiến; xx:Hải Trung>x:Hải Hậu; "
     "xx:Hải Tây>x:Hải Quang; xx:Hải Xuân>x:Hải Xuân; xx:Hải Đông>x:Hải Quang; xx:Hải Đường>x:Hải Anh"),
    ("nghiahung", "ND", ("h", "Nghĩa Hưng"), 0, None, (),
     "tt:Liễu Đề>x:Nghĩa Hưng; tt:Quỹ Nhất>x:Quỹ Nhất; tt:Rạng Đông>x:Rạng Đông; xx:Hoàng Nam>x:Đồng Thịnh; "
     "xx:Nam Điền>x:Rạng Đông; xx:Nghĩa Châu>x:Nghĩa Hưng; xx:Nghĩa Hùng>x:Nghĩa Lâm; "
     "xx:Nghĩa Hồng>x:Hồng Phong; xx:Nghĩa Lâm>x:Nghĩa Lâm; xx:Nghĩa Lạc>x:Nghĩa Sơn; "
     "xx:Nghĩa Phong>x:Hồng Phong; xx:Nghĩa Sơn>x:Nghĩa Sơn; xx:Nghĩa Thành>x:Quỹ Nhất; "
     "xx:Nghĩa Thái>x:Nghĩa Hưng; xx:Phúc Thắng>x:Rạng Đông; xx:Đồng Thịnh>x:Đồng Thịnh"),
)


def _parse_communes(text: str) -> tuple:
    out = []
    for item in text.split("; "):
        old, new = item.split(">")
        types, old_name = old.split(":")
        new_type, new_name = new.split(":")
        out.append((types[0], types[1], old_name, new_type, new_name))
    return tuple(out)


_DIST = tuple((key, part, before, year, after, streets, _parse_communes(c))
              for key, part, before, year, after, streets, c in _DISTRICTS)
_DIST_INDEX = {d[0]: i for i, d in enumerate(_DIST)}
_DIST_BY_PART = {p: tuple(i for i, d in enumerate(_DIST) if d[1] == p) for p in _PROV}

# Parks (KCN) and clusters (CCN): kind, name, district key, old commune, lot style, phases
_ZONES_SRC = (
    ("KCN", "Gián Khẩu", "giavien", "Gia Xuân", 0, True),
    ("KCN", "Khánh Phú", "yenkhanh", "Khánh Phú", 1, True),
    ("KCN", "Phúc Sơn", "ninhbinh", "Ninh Sơn", 0, False),
    ("KCN", "Tam Điệp", "tamdiep", "Quang Sơn", 2, True),
    ("KCN", "Khánh Cư", "yenkhanh", "Khánh Cư", 0, False),
    ("CCN", "Gia Sinh", "giavien", "Gia Sinh", 3, False),
    ("CCN", "Gia Vân", "giavien", "Gia Vân", 3, False),
    ("CCN", "Khánh Nhạc", "yenkhanh", "Khánh Nhạc", 4, False),
    ("CCN", "Đồng Hướng", "kimson", "Đồng Hướng", 3, False),
    ("CCN", "Xích Thổ", "nhoquan", "Xích Thổ", 4, False),
    ("CCN", "Ninh Phong", "ninhbinh", "Ninh Phong", 3, False),
    ("CCN", "Khánh Thượng", "yenmo", "Khánh Thượng", 4, False),
    ("KCN", "Đồng Văn I", "duytien", "Bạch Thượng", 0, False),
    ("KCN", "Đồng Văn II", "duytien", "Duy Minh", 1, True),
    ("KCN", "Đồng Văn III", "duytien", "Hoàng Đông", 1, True),
    ("KCN", "Đồng Văn IV", "kimbang", "Đại Cương", 2, True),
    ("KCN", "Hòa Mạc", "duytien", "Hòa Mạc", 0, False),
    ("KCN", "Châu Sơn", "phuly", "Châu Sơn", 0, True),
    ("KCN", "Thanh Liêm", "thanhliem", "Thanh Hải", 2, False),
    ("KCN", "Thái Hà", "lynhan", "Bắc Lý", 1, True),
    ("CCN", "Kiện Khê I", "thanhliem", "Kiện Khê", 3, False),
    ("CCN", "Thanh Hải", "thanhliem", "Thanh Hải", 4, False),
    ("CCN", "Tiêu Động", "binhluc", "Tiêu Động", 3, False),
    ("CCN", "An Đổ", "binhluc", "An Đổ", 4, False),
    ("CCN", "Cầu Giát", "duytien", "Chuyên Ngoại", 3, False),
    ("CCN", "Hoàng Đông", "duytien", "Hoàng Đông", 4, False),
    ("KCN", "Hòa Xá", "namdinh", "Mỹ Xá", 0, False),
    ("KCN", "Bảo Minh", "vuban", "Liên Minh", 1, True),
    ("KCN", "Mỹ Trung", "myloc", "Mỹ Trung", 2, False),
    ("KCN", "Mỹ Thuận", "myloc", "Mỹ Thuận", 1, False),
    ("KCN", "Dệt may Rạng Đông", "nghiahung", "Rạng Đông", 2, True),
    ("KCN", "Thành An", "myloc", "Mỹ Thắng", 0, False),
    ("CCN", "An Xá", "namdinh", "Lộc Hòa", 3, False),
    ("CCN", "Vân Chàng", "namtruc", "Nam Giang", 4, False),
    ("CCN", "Thịnh Lâm", "giaothuy", "Giao Thịnh", 3, False),
    ("CCN", "La Xuyên", "yyen", "Yên Ninh", 4, False),
    ("CCN", "Cổ Lễ", "trucninh", "Cổ Lễ", 3, False),
    ("CCN", "Nghĩa Sơn", "nghiahung", "Nghĩa Sơn", 4, False),
    ("CCN", "Trung Thành", "vuban", "Trung Thành", 3, False),
)


def _zones() -> tuple:
    out = []
    for kind, name, dkey, commune, lot_style, phases in _ZONES_SRC:
        di = _DIST_INDEX[dkey]
        ci = next(i for i, c in enumerate(_DIST[di][6]) if c[2] == commune)
        out.append((kind, name, di, ci, lot_style, phases, _DIST[di][1]))
    return tuple(out)


_ZONES = _zones()
_ZONES_BY = {(p, k): tuple(i for i, z in enumerate(_ZONES) if z[6] == p and z[0] == k)
             for p in _PROV for k in ("KCN", "CCN")}

_HAMLETS = ("Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Đoài", "An Lạc", "Phú Thứ", "Yên Lạc",
            "Đồng Tâm", "Tân Tiến", "Quyết Tiến", "Vạn Thắng", "Hưng Long", "Tiền Phong", "Đại Đồng",
            "Bình Hải", "Trung Thành", "Cầu Không", "Lạc Thiện", "Phù Sa", "Đồng Xuân", "Thọ Lão", "Mai Xá",
            "Nội", "Ngoại")

# Head offices outside the province: city, tax prefixes, area code before / after 2017, districts
_HANOI = (("Cầu Giấy", "Cầu Giấy", ("Trần Duy Hưng", "Xuân Thủy", "Cầu Giấy", "Trung Kính", "Duy Tân")),
          ("Đống Đa", "Đống Đa", ("Láng Hạ", "Tây Sơn", "Chùa Bộc", "Thái Hà")),
          ("Thanh Xuân", "Thanh Xuân", ("Nguyễn Trãi", "Khuất Duy Tiến", "Lê Văn Lương")),
          ("Hai Bà Trưng", "Hai Bà Trưng", ("Minh Khai", "Bạch Mai", "Đại Cồ Việt")),
          ("Long Biên", "Long Biên", ("Nguyễn Văn Cừ", "Ngọc Lâm", "Nguyễn Văn Linh")),
          ("Hoàng Mai", "Hoàng Mai", ("Giải Phóng", "Tam Trinh", "Lĩnh Nam")),
          ("Nam Từ Liêm", "Từ Liêm", ("Phạm Hùng", "Lê Đức Thọ", "Mễ Trì")),
          ("Hà Đông", "Hà Đông", ("Quang Trung", "Tố Hữu", "Trần Phú")))
_OTHER_HQ = (("01", "04", "024", 8), ("02", "031", "0225", 7), ("23", "0241", "0222", 7),
             ("03", "08", "028", 8))

# ---------------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------------
_SYL = ("Minh", "Phát", "Hưng", "Thịnh", "Long", "An", "Phúc", "Thành", "Đạt", "Việt", "Hoàng", "Tân",
        "Quang", "Hải", "Nam", "Đức", "Trung", "Kim", "Bảo", "Gia", "Hòa", "Thuận", "Tiến", "Vĩnh", "Hồng",
        "Thái", "Phú", "Quý", "Khang", "Lộc", "Tài", "Tín", "Nghĩa", "Sơn", "Hà", "Linh", "Anh", "Dũng",
        "Cường", "Huy", "Khánh", "Mạnh", "Ngọc", "Phong", "Quân", "Toàn", "Trường", "Tuấn", "Vinh", "Xuân",
        "Đông", "Bắc", "Thăng", "Hạnh", "Lâm", "Lợi", "Mai", "Nguyên", "Nhật", "Thắng", "Thiện", "Thủy",
        "Trí", "Uy", "Vân", "Hiếu", "Hiển", "Cát", "Đăng", "Hào", "Kiên", "Tâm", "Thông", "Tường", "Tùng",
        "Hậu", "Đại", "Thiên", "Hợp", "Sáng", "Tuệ", "Bình", "Châu", "Dương", "Giang", "Hùng", "Lực", "Nhân",
        "Phương", "Thịnh Vượng")
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Đinh", "Lương",
           "Trịnh", "Mai", "Phan", "Đoàn", "Cao", "Tạ")
_NATURE = ("Sao Mai", "Sông Hồng", "Ánh Dương", "Hoa Sen", "Bạch Đằng", "Thăng Long", "Trường Sơn", "Đông Á",
           "Hồng Hà", "Sông Đáy", "Tràng An", "Thiên Trường", "Hoa Lư", "Vân Long", "Cúc Phương", "Đồng Tiến",
           "Thành Nam", "Kim Long", "Rồng Vàng", "Sao Việt", "Mặt Trời", "Đại Dương", "Phương Đông",
           "Hoàng Gia")
_PLACES = ("Nam Định", "Hà Nam", "Ninh Bình", "Phủ Lý", "Tam Điệp", "Hải Hậu", "Ý Yên", "Kim Sơn", "Duy Tiên",
           "Kim Bảng", "Gia Viễn", "Nghĩa Hưng", "Vụ Bản", "Trực Ninh", "Giao Thủy", "Xuân Trường",
           "Đồng Văn")
_SECTORS = ("Cơ khí", "Cơ khí chính xác", "Cơ khí Chế tạo", "Khuôn mẫu", "Đúc", "Đúc kim loại", "Rèn dập",
            "Xi mạ", "Gia công cơ khí", "Kết cấu thép", "Thép", "Inox", "Kim khí", "Bu lông", "Lò xo", "Nhựa",
            "Bao bì", "Bao bì nhựa", "In và Bao bì", "May", "May mặc", "Dệt", "Dệt may", "Sợi",
            "Phụ liệu may", "Thêu", "Giày da", "Da giày", "Đế giày", "Điện tử", "Linh kiện điện tử",
            "Dây và Cáp điện", "Thiết bị điện", "Điện cơ", "Phụ tùng ô tô", "Ô tô", "Cao su", "Hóa chất",
            "Sơn", "Vật liệu", "Kỹ thuật", "Công nghệ", "Thiết bị", "Cơ điện", "Gỗ", "Mây tre đan",
            "Thủ công mỹ nghệ", "Vật liệu xây dựng", "Tem nhãn", "Màng nhựa", "Khóa kéo", "Chỉ may",
            "Keo dán", "Đồ gỗ", "Điện lạnh", "Nội thất", "Gốm sứ", "Thực phẩm", "Xây dựng", "Vận tải")
_PREFIXES = ("Sản xuất và Thương mại", "Sản xuất Thương mại", "Thương mại và Dịch vụ", "Đầu tư và Phát triển",
             "Xuất nhập khẩu", "Đầu tư", "Sản xuất", "Thương mại", "Đầu tư Xây dựng", "Sản xuất và Dịch vụ")
_ASCII_END = ("tech", "co", "tex", "mex", "pro", "tek", "vina", "com")
_ACRO = "ABCDGHKLMNPQSTVX"
_KOR = ("Han", "Sol", "Sung", "Dae", "Kwang", "Young", "Jin", "Woo", "Seo", "Hyun", "Dong", "Il", "Shin",
        "Kum", "Sam", "Hwa", "Seung", "Joo", "Myung", "Chang", "Yong", "Sang", "Won", "Hee", "Min", "Tae",
        "Kyung", "Jung", "Bu", "Chung", "Hae", "In", "Ho")
_JP1 = ("Nichi", "Toyo", "Fuji", "Yama", "Taka", "Matsu", "Kawa", "Naka", "Shima", "Hira", "Mori", "Sumi",
        "Asa", "Kita", "Hoshi", "Tomo", "Dai", "Sei", "Mitsu", "Oka")
_JP2 = ("wa", "ta", "moto", "da", "no", "kawa", "ko", "zaki", "shima", "hara", "mura", "yama", "ki", "den",
        "tec", "kou", "hei", "sho")
_CN = ("Xin", "Hong", "Jia", "Tian", "Hua", "Sheng", "Long", "Feng", "Da", "Fu", "Rui", "Yuan", "Tai", "Li",
       "Heng", "Jin", "Wei", "Kai", "Yu", "Bao")
_EN = ("Pacific", "Crystal", "Global", "Ever", "Ace", "Royal", "Unity", "Grand", "Star", "Sun", "Apex",
       "Delta", "Nova", "Prime", "Summit", "Bright", "Orient", "Zenith")
_EN_PRODUCTS = (("Electronics", "Điện tử"), ("Precision", "Cơ khí chính xác"), ("Textile", "Dệt"),
                ("Garment", "May mặc"), ("Apparel", "May mặc"), ("Industrial", "Công nghiệp"),
                ("Tech", "Công nghệ"), ("Components", "Linh kiện"), ("Plastics", "Nhựa"),
                ("Metal", "Kim loại"), ("Packaging", "Bao bì"), ("Auto Parts", "Phụ tùng ô tô"),
                ("Cable", "Cáp điện"), ("Mold", "Khuôn mẫu"), ("Footwear", "Giày dép"),
                ("Materials", "Vật liệu"))
_FACTORY_PRODUCTS = ("may", "may mặc", "sản xuất bao bì", "cơ khí", "linh kiện điện tử", "sợi", "giày",
                     "gạch", "đúc", "nhựa", "thức ăn chăn nuôi", "chế biến gỗ", "dệt nhuộm")

_FORMS_OFFICIAL = {
    "TNHH": ("Công ty TNHH", "Công ty TNHH", "Công ty TNHH", "Công ty Trách nhiệm hữu hạn"),
    "TNHH1": ("Công ty TNHH một thành viên", "Công ty TNHH MTV", "Công ty TNHH MTV", "Công ty TNHH"),
    "TNHH2": ("Công ty TNHH hai thành viên trở lên", "Công ty TNHH", "Công ty TNHH", "Công ty TNHH",
              "Công ty TNHH", "Công ty TNHH 2TV"),
    "CP": ("Công ty Cổ phần", "Công ty Cổ phần", "Công ty CP"),
    "DNTN": ("Doanh nghiệp tư nhân", "Doanh nghiệp tư nhân", "DNTN"),
    "HTX": ("Hợp tác xã", "HTX"),
}
_FORMS_ABBREV = {
    "TNHH": ("Cty TNHH", "CT TNHH", "C.ty TNHH", "Cty TNHH"),
    "TNHH1": ("Cty TNHH MTV", "Cty TNHH 1TV", "CT TNHH MTV"),
    "TNHH2": ("Cty TNHH 2TV", "Cty TNHH"),
    "CP": ("CTCP", "Cty CP", "Cty Cổ phần", "C.ty CP", "CTCP"),
    "DNTN": ("DNTN",),
    "HTX": ("HTX",),
}
_BODY_ABBREV = (("Sản xuất và Thương mại", ("SX&TM", "SX và TM", "SXTM")),
                ("Sản xuất Thương mại", ("SXTM", "SX TM")),
                ("Thương mại và Dịch vụ", ("TM&DV", "TMDV", "TM và DV")),
                ("Đầu tư và Phát triển", ("ĐT&PT", "ĐTPT")), ("Xuất nhập khẩu", ("XNK",)),
                ("Thương mại", ("TM",)), ("Sản xuất", ("SX",)), ("Dịch vụ", ("DV",)),
                ("Xây dựng", ("XD",)), ("Việt Nam", ("VN",)), ("Trách nhiệm hữu hạn", ("TNHH",)))

_MOBILE_CONVERTED = (("0162", "032"), ("0163", "033"), ("0164", "034"), ("0165", "035"), ("0166", "036"),
                     ("0167", "037"), ("0168", "038"), ("0169", "039"), ("0120", "070"), ("0121", "079"),
                     ("0122", "077"), ("0126", "076"), ("0128", "078"), ("0123", "083"), ("0124", "084"),
                     ("0125", "085"), ("0127", "081"), ("0129", "082"), ("0186", "056"), ("0188", "058"))
_MOBILE_NATIVE = ("090", "093", "089", "091", "094", "088", "096", "097", "098", "086", "092", "095")

# ---------------------------------------------------------------------------------------------------------
# Officers: who typed which list, and their habits
# fields: caps_nodiac, caps, abbrev, form_last, pdf, legacy ("", "tcvn3", "vni"), nfd share, phone style,
#         share of tax codes losing their leading zero, share of "MST:" prefixes
# ---------------------------------------------------------------------------------------------------------
_OFFICERS = {
    "nb_careful": (False, False, False, False, False, "", 0.0, 0, 0.05, 0.05),
    "nb_caps": (True, False, False, False, False, "", 0.0, 4, 0.10, 0.0),
    "nb_abbrev": (False, False, True, False, False, "", 0.0, 1, 0.10, 0.15),
    "hn_tcvn3": (False, False, True, False, False, "tcvn3", 0.0, 2, 0.30, 0.0),
    "hn_abbrev": (False, False, True, False, False, "", 0.0, 0, 0.15, 0.25),
    "hn_formlast": (False, False, False, True, False, "", 0.0, 3, 0.10, 0.0),
    "nd_vni": (False, True, False, False, False, "vni", 0.0, 2, 0.30, 0.0),
    "nd_pdf": (False, False, False, False, True, "", 0.0, 1, 0.05, 0.30),
    "nd_caps": (True, False, True, False, False, "", 0.0, 4, 0.15, 0.0),
    "merged": (False, False, False, False, False, "", 0.35, 0, 0.05, 0.05),
    "bql_nb": (False, True, False, False, False, "", 0.0, 0, 0.05, 0.0),
    "bql_hn": (False, False, False, False, False, "", 0.0, 3, 0.05, 0.0),
    "bql_nd": (False, False, False, False, True, "", 0.0, 1, 0.05, 0.0),
    "ccn": (False, False, True, True, False, "", 0.0, 0, 0.20, 0.0),
    "bql_new": (False, True, False, False, False, "", 0.2, 3, 0.02, 0.0),
    "cnht_a": (False, False, False, False, False, "", 0.0, 0, 0.05, 0.0),
    "cnht_b": (False, False, False, False, False, "", 0.6, 3, 0.02, 0.10),
    "env": (False, False, True, False, True, "", 0.0, 1, 0.05, 0.35),
}
_STAT_ROSTER = {
    "NB": ((2018, "nb_careful"), (2022, "nb_caps"), (2025, "nb_abbrev")),
    "HN": ((2017, "hn_tcvn3"), (2021, "hn_abbrev"), (2025, "hn_formlast")),
    "ND": ((2018, "nd_vni"), (2021, "nd_pdf"), (2025, "nd_caps")),
}
# per source: share of rows after 1 July 2025 among the 2025 rows, and shares showing tax / address / phone
_NEW_ADMIN = {"stat": 0.65, "cnht": 0.85, "bql": 0.6, "env": 0.5}
_HAS_ADDRESS = {"stat": 0.93, "cnht": 0.97, "bql": 0.98, "env": 0.97}
_HAS_PHONE = {"stat": 0.65, "cnht": 0.85, "bql": 0.3, "env": 0.45}
_SIZE_CUM = (0.53, 0.72, 0.825, 0.89, 0.93, 0.956, 0.975, 0.988, 0.996, 1.0)
_PART_CUM = (("NB", 0.30), ("HN", 0.62), ("ND", 1.0))
_PART_CUM_FDI = (("NB", 0.25), ("HN", 0.75), ("ND", 1.0))


def _check_digit(nine: str) -> int:
    total = sum(int(d) * w for d, w in zip(nine, (31, 29, 23, 19, 17, 13, 7, 5, 3), strict=True))
    return 10 - total % 11


class _Ent:
    """One real enterprise (or branch) and its history."""

    __slots__ = ("truth", "part", "fdi", "names", "english", "tax", "locs", "hq", "phones", "lo", "hi",
                 "tags", "rel", "cnht", "factory", "event", "parent_phone", "branch")

    def name_at(self, year):
        cur = self.names[0]
        for item in self.names:
            if item[0] <= year:
                cur = item
        return cur

    def loc_at(self, year):
        cur = self.locs[0][1]
        for start, loc in self.locs:
            if start <= year:
                cur = loc
        return cur

    def phone_at(self, year):
        cur = self.phones[0][1]
        for start, ph in self.phones:
            if start <= year:
                cur = ph
        return cur


class _Gen:
    def __init__(self, rng: random.Random, keys: bool):
        self.rng = rng
        self.keys = keys
        self.rows: list[dict] = []
        self.count = 0
        self.used_names: set[str] = set()
        self.used_tax: set[str] = set()
        self.used_phone: set[str] = set()
        self.used_lot: set[tuple] = set()

    # ---- identifiers ------------------------------------------------------------------------------------
    def tax_code(self, prefix: str) -> str:
        r = self.rng.random
        while True:
            if prefix == "01":
                head = "01" + ("00", "01", "02", "04", "05", "06", "07", "08", "09", "10")[int(r() * 10)]
                nine = head + f"{int(r() * 100000):05d}"
            else:
                nine = prefix + ("0" if r() < 0.9 else "1") + f"{int(r() * 1000000):06d}"
            c = _check_digit(nine)
            if c == 10:
                continue
            code = nine + str(c)
            if code not in self.used_tax:
                self.used_tax.add(code)
                return code

    def landline(self, part: str) -> tuple:
        r = self.rng.random
        while True:
            local = ("3" if r() < 0.8 else "6") + f"{int(r() * 1000000):06d}"
            key = part + local
            if key not in self.used_phone:
                self.used_phone.add(key)
                return (part, local)

    def hq_landline(self, city: int) -> tuple:
        r = self.rng.random
        digits = _OTHER_HQ[city][3]
        while True:
            local = "3" + f"{int(r() * 10 ** (digits - 1)):0{digits - 1}d}"
            key = f"X{city}{local}"
            if key not in self.used_phone:
                self.used_phone.add(key)
                return (f"X{city}", local)

    def mobile(self, founded: int) -> tuple:
        r = self.rng.random
        while True:
            sub = f"{int(r() * 10000000):07d}"
            if founded < 2018 and r() < 0.45:
                old, new = _MOBILE_CONVERTED[int(r() * len(_MOBILE_CONVERTED))]
            else:
                old, new = "", _MOBILE_NATIVE[int(r() * len(_MOBILE_NATIVE))]
            if new + sub not in self.used_phone:
                self.used_phone.add(new + sub)
                return ("M", new, old, sub)

    def phone_set(self, part: str, founded: int, hq_city: int = -1) -> tuple:
        r = self.rng.random
        land = self.hq_landline(hq_city) if hq_city >= 0 else (self.landline(part) if r() < 0.8 else None)
        fax = None
        if land is not None and r() < 0.45:
            if r() < 0.7:  # the next number on the same line
                fax = (land[0], land[1][:-1] + str((int(land[1][-1]) + 1) % 10))
            else:
                fax = self.landline(part)
        mob = self.mobile(founded) if (land is None or r() < 0.45) else None
        hot = ("1900 " if r() < 0.5 else "1800 ") + f"{int(r() * 10000):04d}" if r() < 0.03 else None
        return (land, fax, mob, hot)

    # ---- names ------------------------------------------------------------------------------------------
    def core(self) -> str:
        r = self.rng.random
        x = r()
        if x < 0.52:
            a = _SYL[int(r() * len(_SYL))]
            b = _SYL[int(r() * len(_SYL))]
            return a + " " + b if a != b else a + " Phát"
        if x < 0.70:
            return " ".join(_SYL[int(r() * len(_SYL))] for _ in range(3))
        if x < 0.78:
            return _FAMILY[int(r() * len(_FAMILY))] + " " + _SYL[int(r() * len(_SYL))]
        if x < 0.84:
            return _NATURE[int(r() * len(_NATURE))]
        if x < 0.92:
            return "".join(_ACRO[int(r() * len(_ACRO))] for _ in range(2 + int(r() * 3)))
        syl = _SYL[int(r() * len(_SYL))].translate(_FOLD).replace(" ", "")
        return syl + _ASCII_END[int(r() * len(_ASCII_END))]

    def body(self) -> tuple[str, str]:
        """A legal name without its legal form, and its distinctive core."""
        r = self.rng.random
        x = r()
        sector = _SECTORS[int(r() * len(_SECTORS))]
        prefix = _PREFIXES[int(r() * len(_PREFIXES))]
        if x < 0.04:
            place = _PLACES[int(r() * len(_PLACES))]
            return sector + " " + place, place
        core = self.core()
        if x < 0.52:
            body = sector + " " + core
        elif x < 0.64:
            body = prefix + " " + sector + " " + core
        elif x < 0.76:
            body = prefix + " " + core
        elif x < 0.90:
            body = core
        else:
            tail = " Việt Nam" if r() < 0.7 else " " + _PLACES[int(r() * len(_PLACES))]
            body = sector + " " + core + tail
        return body, core

    def claim(self, body: str) -> bool:
        key = " ".join(body.translate(_FOLD).lower().split())
        if key in self.used_names:
            return False
        self.used_names.add(key)
        return True

    def unique_body(self) -> tuple[str, str]:
        for _ in range(30):
            b, c = self.body()
            if self.claim(b):
                return b, c
        while True:  # practically unreachable: add a syllable until free
            b, c = self.body()
            extra = _SYL[int(self.rng.random() * len(_SYL))]
            if self.claim(b + " " + extra):
                return b + " " + extra, c + " " + extra

    def fdi_names(self) -> tuple[str, str, str]:
        r = self.rng.random
        for _ in range(50):
            x = r()
            if x < 0.45:
                a, b = _KOR[int(r() * len(_KOR))], _KOR[int(r() * len(_KOR))]
                brand = a + b.lower() if r() < 0.5 else a + " " + b
            elif x < 0.70:
                brand = _JP1[int(r() * len(_JP1))] + _JP2[int(r() * len(_JP2))]
            elif x < 0.88:
                brand = _CN[int(r() * len(_CN))] + " " + _CN[int(r() * len(_CN))]
            else:
                brand = _EN[int(r() * len(_EN))] + (" " + _EN[int(r() * len(_EN))] if r() < 0.5 else "")
            en_prod, vi_prod = _EN_PRODUCTS[int(r() * len(_EN_PRODUCTS))]
            y = r()
            if y < 0.35:
                vi, en = brand + " Vina", brand + " Vina Co., Ltd"
            elif y < 0.75:
                vi, en = vi_prod + " " + brand + " Việt Nam", f"{brand} {en_prod} Vietnam Co., Ltd"
            elif y < 0.9:
                vi, en = brand + " Việt Nam", brand + " Vietnam Company Limited"
            else:
                vi, en = brand + " " + vi_prod + " Vina", f"{brand} {en_prod} Vina Co., Ltd"
            if self.claim(vi):
                return vi, en, brand
        vi, core = self.unique_body()
        return vi, vi.translate(_FOLD) + " Co., Ltd", core

    def renamed_body(self, body: str, core: str) -> tuple[str, str]:
        r = self.rng.random
        for _ in range(20):
            x = r()
            new_core = core
            if x < 0.45:
                new, new_core = self.body()
            elif x < 0.75:
                new = _SECTORS[int(r() * len(_SECTORS))] + " " + core
            else:
                new = body + (" Việt Nam" if r() < 0.5 else " Group")
            if self.claim(new):
                return new, new_core
        return self.unique_body()

    def sister_body(self, body: str, core: str) -> tuple[str, str]:
        r = self.rng.random
        for _ in range(20):
            x = r()
            if x < 0.3:
                new = body + " " + ("Hà Nam", "Nam Định", "Ninh Bình", "Việt Nam", "Miền Bắc")[int(r() * 5)]
            elif x < 0.55:
                new = body + (" 2", " II", " Số 2", " Một")[int(r() * 4)]
            elif x < 0.85:
                new = _SECTORS[int(r() * len(_SECTORS))] + " " + core
            else:
                new = _PREFIXES[int(r() * len(_PREFIXES))] + " " + core
            if self.claim(new):
                return new, core
        return self.unique_body()

    # ---- places -----------------------------------------------------------------------------------------
    def detail(self, di: int) -> str:
        r = self.rng.random
        streets = _DIST[di][5]
        if streets and r() < 0.75:
            st = streets[int(r() * len(streets))]
            n = 1 + int(r() * 400)
            x = r()
            if x < 0.5:
                return f"Số {n} đường {st}"
            if x < 0.8:
                return f"Số {n} {st}"
            return f"Tổ {1 + int(r() * 30)}, đường {st}"
        x = r()
        if x < 0.35:
            return "Thôn " + _HAMLETS[int(r() * len(_HAMLETS))]
        if x < 0.55:
            return f"Xóm {1 + int(r() * 18)}"
        if x < 0.65:
            return f"Đội {1 + int(r() * 12)}"
        if x < 0.75:
            return f"Thôn {1 + int(r() * 12)}"
        if x < 0.9:
            roads = _PROV[_DIST[di][1]][4]
            return f"Km {1 + int(r() * 40)}, QL{roads[int(r() * len(roads))]}"
        return f"Cụm dân cư số {1 + int(r() * 9)}"

    def lot(self, zi: int) -> str:
        r = self.rng.random
        style = _ZONES[zi][4]
        for _ in range(20):
            if style == 0:
                lot = "ABCDEFGH"[int(r() * 8)] + str(1 + int(r() * 30))
            elif style == 1:
                lot = f"CN{1 + int(r() * 60):02d}"
            elif style == 2:
                lot = "ABCDEF"[int(r() * 6)] + "-" + str(1 + int(r() * 25))
            elif style == 3:
                lot = str(1 + int(r() * 60))
            else:
                lot = "ABCD"[int(r() * 4)] + str(1 + int(r() * 20))
            if (zi, lot) not in self.used_lot:
                self.used_lot.add((zi, lot))
                return lot
        while True:  # a full park: lots are subdivided (Lô B5.3), as many as the scale needs
            sub = f"{lot}.{1 + int(r() * (9 + len(self.used_lot) // 50))}"
            if (zi, sub) not in self.used_lot:
                self.used_lot.add((zi, sub))
                return sub
            lot = sub.rsplit(".", 1)[0]

    def loc(self, part: str, kind: str = "") -> tuple:
        """(zone index or -1, lot, district index, commune index, detail)."""
        r = self.rng.random
        if not kind:
            x = r()
            kind = "KCN" if x < 0.28 else ("CCN" if x < 0.48 else "")
        if kind:
            zs = _ZONES_BY[(part, kind)]
            zi = zs[int(r() * len(zs))]
            z = _ZONES[zi]
            return (zi, self.lot(zi), z[2], z[3], "")
        ds = _DIST_BY_PART[part]
        di = ds[int(r() * len(ds))]
        comms = _DIST[di][6]
        return (-1, "", di, int(r() * len(comms)), self.detail(di))

    def hq_loc(self) -> tuple:
        r = self.rng.random
        old_d, new_w, streets = _HANOI[int(r() * len(_HANOI))]
        st = streets[int(r() * len(streets))]
        n = 1 + int(r() * 300)
        det = f"Số {n} {st}" if r() < 0.6 else f"Số {n}, ngõ {1 + int(r() * 200)} {st}"
        return ("HQ", det, old_d, new_w)

    # ---- enterprises ------------------------------------------------------------------------------------
    def new_truth(self) -> str:
        self.count += 1
        return f"F{self.count:07d}"

    def span(self) -> tuple[int, int, int]:
        r = self.rng.random
        while True:
            founded = 1993 + int(r() * 17) if r() < 0.3 else 2010 + int(r() * 16)
            lo = max(FIRST_YEAR, founded)
            hi = LAST_YEAR
            if r() < 0.12 and lo < LAST_YEAR:
                hi = lo + int(r() * (LAST_YEAR - lo))
            return founded, lo, hi

    def base(self, part: str | None = None, fdi: bool = False, kind: str = "") -> _Ent:
        r = self.rng.random
        e = _Ent()
        e.truth = self.new_truth()
        e.fdi = fdi
        if part is None:
            cum = _PART_CUM_FDI if fdi else _PART_CUM
            x = r()
            part = next(p for p, c in cum if x < c)
        e.part = part
        founded, e.lo, e.hi = self.span()
        if fdi:
            vi, en, core = self.fdi_names()
            e.names = [(0, "CP" if r() < 0.08 else "TNHH", vi, core)]
            e.english = en.replace("Co., Ltd", "JSC") if e.names[0][1] == "CP" else en
            e.locs = [(0, self.loc(part, kind or ("KCN" if r() < 0.92 else "CCN")))]
        else:
            x = r()
            form = ("TNHH" if x < 0.42 else "TNHH1" if x < 0.56 else "TNHH2" if x < 0.60 else
                    "CP" if x < 0.86 else "DNTN" if x < 0.96 else "HTX")
            e.names = [(0, form, *self.unique_body())]
            e.english = ""
            e.locs = [(0, self.loc(part, kind))]
        e.tax = self.tax_code(_PROV[part][1])
        e.hq = None
        e.phones = [(0, self.phone_set(part, founded))]
        e.cnht = r() < 0.8
        e.factory = r() < 0.75
        e.event = 0
        e.parent_phone = None
        e.branch = None
        e.tags = "fdi" if fdi else ""
        e.rel = ""
        return e

    def event_year(self, e: _Ent) -> int:
        if e.hi - e.lo < 1:
            return 0
        return e.lo + 1 + int(self.rng.random() * (e.hi - e.lo))

    def single(self) -> _Ent:
        r = self.rng.random
        fdi = r() < 0.14
        x = r()
        move = not fdi and x < 0.035
        e = self.base(fdi=fdi, kind="CCN" if move else "")
        if move:
            y = self.event_year(e)
            if y:
                zs = _ZONES_BY[(e.part, "KCN")]
                zi = zs[int(r() * len(zs))]
                z = _ZONES[zi]
                e.locs.append((y, (zi, self.lot(zi), z[2], z[3], "")))
                if r() < 0.6:
                    land, fax, mob, hot = e.phone_at(0)
                    new_land = self.landline(e.part)
                    e.phones.append((y, (new_land, None if fax is None else self.landline(e.part), mob, hot)))
                e.event = y
                e.tags += ",move"
        elif x < 0.035 + (0.03 if fdi else 0.055):
            y = self.event_year(e)
            if y:
                _, form, body, core = e.names[0]
                e.names.append((y, form, *self.renamed_body(body, core)))
                if fdi and r() < 0.5:
                    e.english = e.names[-1][2].translate(_FOLD) + " Co., Ltd"
                e.event = y
                e.tags += ",rename"
        elif not fdi and x < 0.09 + 0.075 and e.names[0][1] in ("TNHH", "TNHH1", "TNHH2", "DNTN"):
            y = self.event_year(e)
            if y:
                _, form, body, core = e.names[0]
                e.names.append((y, "TNHH" if form == "DNTN" else "CP", body, core))
                e.event = y
                e.tags += ",convert"
        if not fdi and r() < 0.05:  # head office in Hà Nội, factory here
            e.hq = self.hq_loc()
            e.tags += ",hq"
            self.used_tax.discard(e.tax)
            e.tax = self.tax_code("01")
            e.parent_phone = self.hq_landline(0)
            e.factory = True
        return e

    def sister(self, a: _Ent) -> _Ent:
        r = self.rng.random
        b = self.base(part=a.part, fdi=a.fdi)
        b.lo = min(LAST_YEAR, max(b.lo, a.lo + 1 + int(r() * 4)))
        b.hi = max(b.hi, b.lo)
        self.used_names.discard(" ".join(b.names[0][2].translate(_FOLD).lower().split()))
        _, form, body, core = a.names[-1]
        if r() < 0.12:  # same name core, other legal form
            b.names = [(0, "CP" if form != "CP" else "TNHH", body, core)]
        else:
            b.names = [(0, form if r() < 0.7 else b.names[0][1], *self.sister_body(body, core))]
        if a.fdi:
            b.english = b.names[0][2].translate(_FOLD) + " Co., Ltd"
        if r() < 0.5:
            zi, lot, di, ci, det = a.loc_at(LAST_YEAR)
            if zi >= 0 and r() < 0.6:
                lot = self.lot(zi)
            b.locs = [(0, (zi, lot, di, ci, det))]
        land, fax, mob, hot = b.phone_at(0)
        a_land, _, a_mob, _ = a.phone_at(LAST_YEAR)
        if a_mob is not None and r() < 0.35:
            mob = a_mob
        if a_land is not None and r() < 0.1:
            land = a_land
        b.phones = [(0, (land, fax, mob, hot))]
        b.tags += ",sister"
        b.rel = a.truth
        return b

    def namesake(self) -> tuple[_Ent, _Ent]:
        r = self.rng.random
        a = self.base(fdi=False)
        a.lo = min(a.lo, 2019)
        a.hi = min(LAST_YEAR - 1, a.lo + int(r() * 5))
        b = self.base(part=a.part if r() < 0.7 else None, fdi=False)
        self.used_names.discard(" ".join(b.names[0][2].translate(_FOLD).lower().split()))
        b.names = [a.names[0]]
        b.lo = a.hi + 1 + int(r() * 2)
        b.lo = min(b.lo, LAST_YEAR)
        b.hi = LAST_YEAR
        for _ in range(10):  # registered in another district
            loc = self.loc(b.part)
            if loc[2] != a.locs[0][1][2]:
                b.locs = [(0, loc)]
                break
        a.tags += ",dissolved"
        b.tags += ",namesake"
        b.rel = a.truth
        return a, b

    def branch(self, parent: _Ent | None, ptax: str, pname: tuple, city: int, seq: int) -> _Ent:
        """A dependent branch or registered factory: its own truth, the parent's code plus -00k."""
        r = self.rng.random
        e = self.base(fdi=False)
        self.used_names.discard(" ".join(e.names[0][2].translate(_FOLD).lower().split()))
        if parent is None:
            e.parent_phone = self.hq_landline(city) if r() < 0.3 else None
        else:
            if r() < 0.4 and e.part != parent.part:
                e.part = parent.part
                e.phones = [(0, self.phone_set(e.part, e.lo))]
            e.lo = max(e.lo, parent.lo)
            e.hi = max(e.hi, e.lo)
            e.parent_phone = parent.phone_at(LAST_YEAR)[0] if r() < 0.2 else None
        e.locs = [(0, self.loc(e.part))]
        self.used_tax.discard(e.tax)
        e.tax = f"{ptax}-{seq:03d}"
        where = _PROV[e.part][0]
        product = _FACTORY_PRODUCTS[int(r() * len(_FACTORY_PRODUCTS))]
        place = _DIST[e.locs[0][1][2]][2][1]
        e.branch = (int(r() * 4), pname, where, f"{product} {place}")
        e.names = [(0, "CN", "", "")]
        e.factory = True
        e.tags += ",branch"
        e.rel = parent.truth if parent is not None else ""
        return e

    def family(self) -> None:
        r = self.rng.random
        x = r()
        if x < 0.045:
            if r() < 0.5:
                parent = self.single()
                self.emit(parent)
                ptax, pname, city = parent.tax, parent.name_at(LAST_YEAR)[1:3], -1
            else:  # head office outside the province, not in these archives
                parent = None
                city = 0 if r() < 0.6 else 1 + int(r() * 3)
                ptax = self.tax_code(_OTHER_HQ[city][0])
                y = r()
                pname = ("CP" if y < 0.55 else "TNHH" if y < 0.9 else "TNHH1", self.unique_body()[0])
            seq = 1 + int(r() ** 3 * 5)
            for i in range(1 if r() < 0.8 else 2):
                self.emit(self.branch(parent, ptax, pname, city, seq + i))
        elif x < 0.075:
            a = self.single()
            self.emit(a)
            self.emit(self.sister(a))
        elif x < 0.088:
            a, b = self.namesake()
            self.emit(a)
            self.emit(b)
        else:
            self.emit(self.single())

    # ---- rows -------------------------------------------------------------------------------------------
    def emit(self, e: _Ent) -> None:
        r = self.rng.random
        x = r()
        k = 1
        while x >= _SIZE_CUM[k - 1]:
            k += 1
        span = e.hi - e.lo + 1
        k = min(k, 1 + 2 * span)
        if e.event or e.hq is not None:
            k = max(k, 2)
        years = []
        if e.event and k >= 2:
            years.append(e.lo + int(r() * (e.event - e.lo)))
            years.append(e.event + int(r() * (e.hi - e.event + 1)))
        while len(years) < k:
            years.append(e.lo + int(r() * span))
        years.sort()
        prev = []
        for y in years:
            self.rows.append(self.row(e, y, prev))

    def source(self, e: _Ent, year: int) -> str:
        r = self.rng.random
        zone = e.loc_at(year)[0] >= 0
        w_stat = 0.45
        w_cnht = 0.35 if (e.cnht and year >= 2019) else 0.0
        w_bql = (0.3 if e.fdi else 0.2) if zone else 0.0
        w_env = 0.15 if e.factory else 0.0
        x = r() * (w_stat + w_cnht + w_bql + w_env)
        if x < w_stat:
            return "stat"
        if x < w_stat + w_cnht:
            return "cnht"
        if x < w_stat + w_cnht + w_bql:
            return "bql"
        return "env"

    def officer(self, src: str, part: str, year: int, new_admin: bool) -> str:
        if src == "stat":
            if new_admin:
                return "merged"
            return next(o for last, o in _STAT_ROSTER[part] if year <= last)
        if src == "cnht":
            return "cnht_a" if year < 2022 else "cnht_b"
        if src == "bql":
            if new_admin:
                return "bql_new"
            return {"NB": "bql_nb", "HN": "bql_hn", "ND": "bql_nd"}[part]
        return "env"

    def row(self, e: _Ent, year: int, prev: list) -> dict:
        r = self.rng.random
        src = self.source(e, year)
        part = e.part
        if src == "stat" and prev and r() < 0.25:  # last year's row copied into this year's list
            old = prev[int(r() * len(prev))]
            row = {"id": "", "name": old["name"], "tax_code": old["tax_code"], "address": old["address"],
                   "phone": old["phone"], "truth": e.truth}
            if self.keys:
                row["_k"] = old["_k"]
            return row
        new_admin = year == LAST_YEAR and r() < _NEW_ADMIN[src]
        oname = self.officer(src, part, year, new_admin)
        zone = e.loc_at(year)[0]
        if src == "bql" and zone >= 0 and _ZONES[zone][0] == "CCN" and not new_admin:
            oname = "ccn"  # cluster centres keep their own tenant lists
        off = _OFFICERS[oname]
        legacy = off[5] if off[5] and r() < 0.35 else ""
        name = self.name(e, year, src, off, legacy)
        tax, tax_key = self.tax(e, src, year, off)
        address, addr_key = self.address(e, year, src, off, legacy, new_admin)
        phone, phone_key = self.phone(e, year, src, off)
        row = {"id": "", "name": name, "tax_code": tax, "address": address, "phone": phone, "truth": e.truth}
        if self.keys:
            row["_k"] = (tax_key, phone_key, addr_key, e.tags, e.rel, self.canon(e, year))
        if src == "stat":
            prev.append(row)
        return row

    def canon(self, e: _Ent, year: int) -> str:
        """The legal name at ``year``, folded, legal form aside (the key that must be unique)."""
        if e.branch is not None:
            return "branch " + e.tax
        return " ".join(e.name_at(year)[2].translate(_FOLD).lower().split())

    # ---- name rendering ---------------------------------------------------------------------------------
    def legal(self, form: str, abbrev: bool) -> str:
        opts = (_FORMS_ABBREV if abbrev else _FORMS_OFFICIAL)[form]
        return opts[int(self.rng.random() * len(opts))]

    def abbrev_body(self, body: str) -> str:
        r = self.rng.random
        for long, shorts in _BODY_ABBREV:
            if long in body and r() < 0.75:
                body = body.replace(long, shorts[int(r() * len(shorts))])
        return body

    def full_name(self, form: str, body: str, off: tuple, allow_last: bool = True) -> str:
        r = self.rng.random
        abbrev = off[2] and r() < 0.85
        lf = self.legal(form, abbrev)
        if abbrev:
            body = self.abbrev_body(body)
        if allow_last and off[3] and r() < 0.85:
            x = r()
            if x < 0.4:
                return f"{body}, {lf}"
            if x < 0.7:
                return f"{body} - {lf}"
            return f"{body} ({lf})"
        return f"{lf} {body}"

    def name(self, e: _Ent, year: int, src: str, off: tuple, legacy: str) -> str:
        r = self.rng.random
        if r() < 0.004:
            return ""
        english = False
        if e.branch is not None:
            pattern, (pform, pbody), where, factory = e.branch
            parent = self.full_name(pform, pbody, off, allow_last=False)
            cn = "CN" if off[2] and r() < 0.7 else "Chi nhánh"
            if pattern == 0:
                s = f"{cn} {parent} tại {where}"
            elif pattern == 1:
                s = f"{cn} {parent} - Nhà máy {factory}"
            elif pattern == 2:
                s = f"Nhà máy {factory} - {cn} {parent}"
            else:
                s = f"{cn} {factory.split(' ', 1)[-1]} - {parent}"
        else:
            start, form, body, _ = e.name_at(year)
            if e.fdi and ((src == "bql" and r() < 0.75) or (src == "env" and r() < 0.4)
                          or (src == "cnht" and r() < 0.1)):
                s = e.english.upper() if r() < 0.5 else e.english
                english = True
            else:
                s = self.full_name(form, body, off)
            if src == "env" and e.factory and not english and r() < 0.12:
                s = f"Nhà máy {_FACTORY_PRODUCTS[int(r() * len(_FACTORY_PRODUCTS))]} - {s}"
            if start and src in ("stat", "cnht") and r() < 0.15:
                old_form, old_body = e.names[0][1], e.names[0][2]
                old = self.full_name(old_form, old_body, off, allow_last=False)
                s += f" (trước đây là {old})" if r() < 0.6 else f" (tên cũ: {old})"
        return self.style(s, off, legacy, 1.0)

    def style(self, s: str, off: tuple, legacy: str, weight: float) -> str:
        """Officer habits, then random damage; weight < 1 damages addresses a little less."""
        r = self.rng.random
        if off[0] and r() < 0.95:
            s = s.upper().translate(_FOLD)
        elif off[1] and r() < 0.8:
            s = s.upper()
        if off[4] and r() < 0.6 * weight:
            s = self.pdf(s)
        if legacy:
            s = s.translate(_TCVN3 if legacy == "tcvn3" else _VNI)
        elif off[6] and r() < off[6]:
            s = unicodedata.normalize("NFD", s)
        x = r()
        if x < 0.035 * weight:
            s = self.typo(s)
        elif x < 0.085 * weight:
            s = s.translate(_FOLD)
        elif x < 0.095 * weight:
            s = self.telex(s)
        elif x < 0.115 * weight:
            s = s.lower()
        elif x < 0.14 * weight:
            s = ("  " + s) if r() < 0.3 else (s + (" ", ".", " ;", "  ")[int(r() * 4)])
        elif x < 0.16 * weight:
            s = unicodedata.normalize("NFD", s)
        return s

    def pdf(self, s: str) -> str:
        r = self.rng.random
        for _ in range(1 + int(r() * 2)):
            x = r()
            if len(s) < 6:
                break
            i = 1 + int(r() * (len(s) - 2))
            if x < 0.35 and s[i] != " " and s[i - 1] != " ":
                s = s[:i] + " " + s[i:]
            elif x < 0.65:
                spaces = [j for j, c in enumerate(s) if c == " "]
                if spaces:
                    j = spaces[int(r() * len(spaces))]
                    s = s[:j] + s[j + 1:]
            elif x < 0.85:
                s = s.replace(" ", "  ", 1 + int(r() * 3))
            else:
                spaces = [j for j, c in enumerate(s) if c == " "]
                if spaces:
                    j = spaces[int(r() * len(spaces))]
                    s = s[:j] + ("\n" if r() < 0.5 else "-\n") + s[j + 1:]
        return s

    def typo(self, s: str) -> str:
        r = self.rng.random
        if len(s) < 5:
            return s
        i = 1 + int(r() * (len(s) - 3))
        x = r()
        if x < 0.3:
            return s[:i] + s[i + 1:]
        if x < 0.55:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if x < 0.7:
            return s[:i] + s[i] + s[i:]
        c = s[i]
        near = _KEY_NEAR.get(c.lower())
        if near:
            n = near[int(r() * len(near))]
            return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1:]
        return s[:i] + c.translate(_FOLD) + s[i + 1:]

    def telex(self, s: str) -> str:
        """Unikey switched off: one word typed as raw Telex keys ("Phats", "Coong")."""
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if w != w.translate(_FOLD)]
        if not idx:
            return s
        i = idx[int(self.rng.random() * len(idx))]
        out, tone = [], ""
        for c in unicodedata.normalize("NFD", words[i]):
            if c in _TELEX_TONE:
                tone = _TELEX_TONE[c]
            elif c == "\u0302":
                out.append(out[-1].lower() if out else "")
            elif c in ("\u0306", "\u031b"):
                out.append("w")
            elif c in "đĐ":
                out.append("dd" if c == "đ" else "DD")
            else:
                out.append(c)
        words[i] = "".join(out) + tone
        return " ".join(words)

    # ---- tax codes --------------------------------------------------------------------------------------
    def tax(self, e: _Ent, src: str, year: int, off: tuple) -> tuple[str, str]:
        r = self.rng.random
        p = {"stat": 0.6 if year <= 2016 else 0.75, "cnht": 0.92, "bql": 0.35, "env": 0.65}[src]
        if r() >= p:
            return "", ""
        code = e.tax
        key = code
        if "-" in code:
            head, tail = code.split("-")
            x = r()
            if x < 0.55:
                s = code
            elif x < 0.70:
                s = head + tail
            elif x < 0.78:
                s = f"{head} - {tail}"
            elif x < 0.84:
                num = int(head + tail)
                s = format(float(num), ".5E")
            elif x < 0.92:
                s, key = head, head  # the officer wrote the parent's code
            else:
                s = "MST: " + code
        else:
            x = r()
            lost0, mst = off[8], off[9]
            if code[0] == "0" and x < lost0:
                s = code[1:] + (".0" if r() < 0.2 else "")
            elif x < lost0 + mst:
                s = ("MST: ", "MST ", "Mã số thuế: ", "MST:")[int(r() * 4)] + code
            elif x < lost0 + mst + 0.05:
                s = f"{code[:4]} {code[4:7]} {code[7:]}"
            elif x < lost0 + mst + 0.09:
                s = f"{code[:4]}.{code[4:7]}.{code[7:]}"
            elif x < lost0 + mst + 0.11:
                s = code + ".0"
            elif x < lost0 + mst + 0.13:
                s = "'" + code
            else:
                s = code
        if r() < 0.015:  # one digit mistyped
            digits = [i for i, c in enumerate(s) if c.isdigit()]
            if digits:
                i = digits[int(r() * len(digits))]
                s = s[:i] + str((int(s[i]) + 1 + int(r() * 8)) % 10) + s[i + 1:]
                key = ""
        return s, key

    # ---- addresses --------------------------------------------------------------------------------------
    def address(self, e: _Ent, year: int, src: str, off: tuple, legacy: str, new_admin: bool):
        r = self.rng.random
        if r() >= _HAS_ADDRESS[src]:
            return "", ""
        loc = e.loc_at(year)
        if e.hq is not None and src in ("stat", "cnht") and r() < 0.5:
            _, det, old_d, new_w = e.hq
            if new_admin:
                s = f"{det}, phường {new_w}, TP Hà Nội" if r() < 0.8 else f"{det}, {old_d}, Hà Nội"
            else:
                dword = "quận " if r() < 0.6 else ("Q. ", "")[int(r() * 2)]
                s = f"{det}, {dword}{old_d}, {'TP Hà Nội' if r() < 0.5 else 'Hà Nội'}"
            return self.style(s, off, legacy, 0.6), "HQ" + det + old_d
        zi, lot, di, ci, det = loc
        s, shown = self.render_loc(zi, lot, di, ci, det, year, src, new_admin)
        # a park without its lot, or a commune without the street, identifies nobody
        key = (f"Z{zi}:{lot}" if zi >= 0 else f"D{di}:{ci}:{det}") if shown else ""
        return self.style(s, off, legacy, 0.6), key

    def render_loc(self, zi, lot, di, ci, det, year, src, new_admin) -> tuple[str, bool]:
        """The address as one officer wrote it, and whether the lot or street line is in it."""
        r = self.rng.random
        dkey, part, before, change, after, _, comms = _DIST[di]
        t0, t1, old_c, new_t, new_c = comms[ci]
        ctype = t1 if (change and year >= change) else t0
        dtype, dname = after if (change and year >= change) else before
        prov = _PROV[part][0]
        head = det
        shown = True
        if zi >= 0:
            kind, zname, _, _, _, phases, _ = _ZONES[zi]
            x = r()
            if kind == "KCN":
                zs = ("KCN ", "Khu công nghiệp ", "Khu CN ", "KCN ")[int(x * 4)] + zname
            else:
                zs = ("CCN ", "Cụm công nghiệp ", "Cụm CN ", "CCN ")[int(x * 4)] + zname
            if src == "bql" or r() < 0.7:
                y = r()
                lot_s = f"Lô {lot}" if y < 0.6 else (f"lô {lot}" if y < 0.75 else
                                                      (f"Lô số {lot}" if y < 0.9 else lot))
                head = f"{lot_s}, {zs}"
                if phases and r() < 0.3:
                    head += (" (giai đoạn II)", " GĐ2", " mở rộng", " (GĐ I)")[int(r() * 4)]
            else:
                head = zs
                shown = False
            if src == "bql" and r() < 0.6:
                return head, shown
        if new_admin:
            cword = {"x": "xã", "p": "phường"}[new_t]
            x = r()
            if x < 0.6:
                return f"{head}, {cword} {new_c}, tỉnh {_NEW_PROVINCE}", shown
            if x < 0.75:
                oword = {"x": "xã", "p": "phường", "t": "thị trấn"}[ctype]
                return f"{head}, {cword} {new_c} ({oword} {old_c} cũ), tỉnh {_NEW_PROVINCE}", shown
            if x < 0.85:
                return f"{head}, {cword} {new_c}, {dname}, {_NEW_PROVINCE}", shown  # district kept by habit
            if x < 0.93:
                return f"{head}, {cword.capitalize()} {new_c}, Ninh Bình (trước đây là {prov})", shown
            # the rest: the officer has not caught up and writes the old units
        x = r()
        if x < 0.45:
            cword = {"x": "xã", "p": "phường", "t": "thị trấn"}[ctype]
            dword = {"h": "huyện", "tp": "thành phố", "tx": "thị xã"}[dtype]
            pword = "tỉnh " if r() < 0.7 else ""
            parts = [head, f"{cword} {old_c}", f"{dword} {dname}", f"{pword}{prov}"]
            if zi >= 0 and r() < 0.6:
                parts.pop(1)
            return ", ".join(parts), shown
        if x < 0.7:
            cword = {"x": "X.", "p": "P.", "t": "TT."}[ctype]
            dword = {"h": "H.", "tp": "TP.", "tx": "TX."}[dtype]
            sep = " - " if r() < 0.5 else ", "
            parts = [head, f"{cword} {old_c}" if r() < 0.5 else f"{cword}{old_c}", f"{dword} {dname}", prov]
            return sep.join(parts), shown
        if x < 0.88:
            parts = [head, old_c, dname, prov]
            if r() < 0.4:
                parts.pop()
            return ", ".join(parts), shown
        if r() < 0.7:
            return f"{head}, {dname}", shown
        return f"{old_c}, {dname}, {prov}", False

    # ---- phones -----------------------------------------------------------------------------------------
    def fmt_land(self, land: tuple, year: int, style: int) -> tuple[str, str]:
        r = self.rng.random
        area_key, local = land
        if area_key[0] == "X":
            _, old, new, _ = _OTHER_HQ[int(area_key[1:])]
        else:
            _, _, old, new, _ = _PROV[area_key]
        if year <= 2016 or (year == 2017 and r() < 0.5) or r() < 0.08:
            area = old
        else:
            area = new
        key = f"L{new}{local}"
        if style == 0:
            s = f"{area}.{local}"
        elif style == 1:
            s = f"{area} {local[:3]} {local[3:]}" if r() < 0.5 else f"{area} {local}"
        elif style == 2:
            s = f"({area}) {local}"
        elif style == 3:
            s = f"+84 {area[1:]} {local}" if r() < 0.6 else f"{area}-{local}"
        else:
            s = f"{area[1:]}{local}" if r() < 0.6 else f"{area}{local}"
        return s, key

    def fmt_mobile(self, mob: tuple, year: int, style: int) -> tuple[str, str]:
        r = self.rng.random
        _, new, old, sub = mob
        key = "M" + new + sub
        if old and (year <= 2017 or (year == 2018 and r() < 0.6) or r() < 0.08):
            num = old + sub
            if style == 0:
                s = f"{num[:4]}.{num[4:7]}.{num[7:]}"
            elif style == 1:
                s = f"{num[:4]} {num[4:7]} {num[7:]}"
            elif style == 3:
                s = f"+84 {num[1:4]} {num[4:7]} {num[7:]}"
            elif style == 4:
                s = num[1:]
            else:
                s = num
            return s, key
        num = new + sub
        if style == 0:
            s = f"{num[:4]}.{num[4:7]}.{num[7:]}"
        elif style == 1:
            s = f"{num[:4]} {num[4:7]} {num[7:]}"
        elif style == 3:
            s = f"+84 {num[1:4]} {num[4:7]} {num[7:]}" if r() < 0.5 else "+84" + num[1:]
        elif style == 4:
            s = num[1:]
        else:
            s = num
        return s, key

    def phone(self, e: _Ent, year: int, src: str, off: tuple) -> tuple[str, tuple]:
        r = self.rng.random
        if r() >= _HAS_PHONE[src]:
            return "", ()
        land, fax, mob, hot = e.phone_at(year)
        if e.parent_phone is not None and r() < 0.3:
            land = e.parent_phone
        style = off[7] if r() < 0.7 else int(r() * 5)
        parts, keys = [], []
        x = r()
        if land is not None and (mob is None or x < 0.65):
            s, k = self.fmt_land(land, year, style)
            parts.append(("ĐT: " if r() < 0.2 else "") + s)
            keys.append(k)
            if fax is not None and r() < 0.4:
                s, k = self.fmt_land(fax, year, style)
                parts.append("Fax: " + s)
                keys.append(k)
            if mob is not None and r() < 0.25:
                s, k = self.fmt_mobile(mob, year, style)
                parts.append(s)
                keys.append(k)
        elif mob is not None:
            s, k = self.fmt_mobile(mob, year, style)
            parts.append(("DĐ: " if r() < 0.1 else "") + s)
            keys.append(k)
        if hot is not None and (not parts or r() < 0.5):
            parts.append("Hotline: " + hot)
            keys.append("H" + hot)
        sep = (" - ", " / ", "; ", ", ", "\n")[int(r() * 5)]
        return sep.join(parts), tuple(keys)


def _generate(n: int, seed: int = 0, keys: bool = False) -> list[dict]:
    """Rows as ``records`` makes them; with ``keys`` each row also carries ``_k``: the identifiers it shows
    in canonical form (tax code, phone numbers, lot/street address), the enterprise's tags, the truth it is
    related to (parent, origin of a sister, dissolved namesake) and its legal name, for tests and measures."""
    if n <= 0:
        return []
    gen = _Gen(random.Random(seed), keys)
    rows = gen.rows
    while len(rows) < n:
        gen.family()
    del rows[n:]
    gen.rng.shuffle(rows)
    width = max(7, len(str(n)))
    for i, row in enumerate(rows, 1):
        row["id"] = f"F{i:0{width}d}"
    return rows


def records(n: int, seed: int = 0) -> list[dict]:
    """Exactly ``n`` synthetic archive rows ``{id, name, tax_code, address, phone, truth}``, all strings,
    deterministic for ``(n, seed)``; rows with the same ``truth`` belong to the same enterprise."""
    return _generate(n, seed)
