"""Reading a branch's name: where a dependent branch or unit ("Chi nhánh … tại Bắc Ninh", "CN Hồ Chí Minh - Cty
…", "Da Nang Branch of …", "Xí nghiệp … - Công ty …") writes its place or its parent, so that what is left names the
firm (``names._parts`` and ``names._clean_name`` apply these patterns to a folded name).
"""

from __future__ import annotations

import re

from lienket.core.text import fold

# "Chi nhánh Công ty X tại Bắc Ninh": the place after the last "tại"/"at" names the branch, not the firm.
# "Băng tải", "vận tải", "trở tải" (conveyor, transport, load) and "tái chế", "tài chính", "tài nguyên" (recycling,
# finance, resources) fold to "tai" as well: no place follows them. "In" is a place word only after an English legal
# form or "Việt Nam" ("X Co., Ltd in Bac Ninh", "Branch of Cty X Viet Nam in Bac Ninh"); otherwise it is printing
# ("Chi nhánh Công ty TNHH In Việt Hạnh tại Đà Nẵng", "Chi nhánh Cty CP In và Bao bì Quân Hải").
_TAI_TRADES = ("bang", "van", "tro")  # "băng tải", "vận tải", "trở tải"
_NOT_A_TRADE = "".join(f"(?<!{w} )" for w in _TAI_TRADES)
_BRANCH_AT_RE = re.compile(
    r"^(.*)(?<![0-9a-z])"
    rf"(?:{_NOT_A_TRADE}tai(?!\s+(?:che|chinh|nguyen|san)\b)|at"
    r"|(?:(?<=ltd )|(?<=limited )|(?<=company )|(?<=jsc )|(?<=corp )"
    r"|(?<=corporation )|(?<=co )|(?<=branch )|(?<=viet nam )|(?<=vietnam )|(?<=vina ))in)\s+[a-z0-9 ]+$"
)
# "Chi nhánh Công ty CP Gỗ Hoàng Thái Group tại": a fixed-width column cut the place off after "tại".
_BRANCH_AT_CUT_RE = re.compile(rf"\s{_NOT_A_TRADE}(?:tai|at)$")
# "Nghĩa An Vạn tại Cai Lậy", "Bằng tại Hà Nội": written with its tone, "tại" after a word that folds to "van",
# "bang" or "tro" is "at", not the "tải" of "vận tải" (``names._clean_name`` writes it "at" before folding:
# ``at_for_tai``).
_TAI_AFTER = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,4})(\s+)tại(?![^\W\d_])", re.IGNORECASE)


def at_for_tai(text: str) -> str:
    """``text`` with "tại" written "at" where folding would make it the "tải" of "vận tải", "băng tải", "trở tải"."""
    if "ại" not in text and "ẠI" not in text:
        return text
    return _TAI_AFTER.sub(
        lambda m: f"{m.group(1)}{m.group(2)}at" if fold(m.group(1)) in _TAI_TRADES else m.group(0), text
    )
# "Thép Thái Hợp - CN Bắc Giang": a branch named by the province after a dash ("Nhựa CN Hà Nội" is not one).
# "Doanh nghiệp tư nhân Hào Bảo An - Chi nhánh Phan Rang", "… - Chi nhánh Vân Phong" too, not "… - Chi nhánh Cty
# X".
_CN_TAIL_RE = re.compile(
    r"\s[-–]\s*(?:cn\.?|chi nhanh)\s+(?!(?:cong ty|cty|ctcp|ct|dntn|htx)\b)([a-z .]+)$"
)
# "CN Công ty ...", "CN Hồ Chí Minh - Cty ...": CN abbreviates chi nhánh when a company word follows, at once or
# after the branch's place.
_CN_RE = re.compile(r"^c ?n\s+(?=(?:[a-z0-9]+\s+){0,4}(?:cong ty|cty|ctcp|ct)\b)")  # "C/N Cty ..." too
# "Chi nhánh Hồ Chí Minh - Công ty TNHH X": the place between "chi nhánh" and the company word names the branch.
# "Chi nhánh Thành Kim, Cty CP tại Hồng Ngự": with only a legal form (and the branch's place) after the company word,
# the words before it name the firm (``_FORM_ONLY_AFTER``).
_BRANCH_PLACE_RE = re.compile(r"^c(?:hi)? nhanh\s+(?:[a-z0-9]+\s+){1,4}?(?=(?:cong ty|cty|ctcp|ct)\b)")
_FORM_ONLY_AFTER = re.compile(
    r"^(?:cong ty|cty|ct)\s+(?:co phan|cp|tnhh|trach nhiem huu han)(?:\s+(?:mtv|1tv|mot thanh vien))?"
    r"(?:\s+tai\s+[a-z0-9 ]+)?\s*$|^ctcp(?:\s+tai\s+[a-z0-9 ]+)?\s*$"
)
# "Da Nang Branch of Bao Dong Steel Structure Corp.": the words before "branch of" name the branch.
_PLACE_BRANCH_OF_RE = re.compile(r"^(?:[a-z0-9]+\s+){1,4}?(?=branch of\b)")
# "X Co., Ltd - Hop Thinh Branch": the words between the legal form and "branch" name the branch.
_BRANCH_TAIL_RE = re.compile(
    r"(?<![0-9a-z])(co ltd|company limited|jsc|corporation|corp|llc|ltd)\s+[a-z0-9 ]+?\s+branch$"
)


_UNIT_OF = re.compile(r"^(?:xi nghiep|xn)\s+\S.*?\s(?:cong ty|cty|ctcp|ct)\s")
