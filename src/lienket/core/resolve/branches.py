"""Reading a branch's name: where a dependent branch or unit ("Chi nhánh … tại Bắc Ninh", "CN Hồ Chí Minh - Cty
…", "Da Nang Branch of …", "Xí nghiệp … - Công ty …") writes its place or its parent, so that what is left names the
firm (``names._parts`` and ``names._clean_name`` apply these patterns to a folded name).
"""

from __future__ import annotations

import re

# "Chi nhánh Công ty X tại Bắc Ninh": the place after the last "tại"/"at" names the branch, not the firm.
# "Băng tải", "vận tải", "trở tải" (conveyor, transport, load) and "tái chế", "tài chính", "tài nguyên" (recycling,
# finance, resources) fold to "tai" as well: no place follows them. "In" is a place word only after an English legal
# form or "Việt Nam" ("X Co., Ltd in Bac Ninh", "Branch of Cty X Viet Nam in Bac Ninh"); otherwise it is printing
# ("Chi nhánh Công ty TNHH In Việt Hạnh tại Đà Nẵng", "Chi nhánh Cty CP In và Bao bì Quân Hải").
_BRANCH_AT_RE = re.compile(
    r"^(.*)(?<![0-9a-z])(?<!bang )(?<!van )(?<!tro )"
    r"(?:tai(?!\s+(?:che|chinh|nguyen|san)\b)|at|(?:(?<=ltd )|(?<=limited )|(?<=company )|(?<=jsc )|(?<=corp )"
    r"|(?<=corporation )|(?<=co )|(?<=branch )|(?<=viet nam )|(?<=vietnam )|(?<=vina ))in)\s+[a-z0-9 ]+$"
)
# "Thép Thái Hợp - CN Bắc Giang": a branch named by the province after a dash ("Nhựa CN Hà Nội" is not one).
_CN_TAIL_RE = re.compile(r"\s[-–]\s*cn\.?\s+([a-z .]+)$")
# "CN Công ty ...", "CN Hồ Chí Minh - Cty ...": CN abbreviates chi nhánh when a company word follows, at once or
# after the branch's place.
_CN_RE = re.compile(r"^c ?n\s+(?=(?:[a-z0-9]+\s+){0,4}(?:cong ty|cty|ctcp|ct)\b)")  # "C/N Cty ..." too
# "Chi nhánh Hồ Chí Minh - Công ty TNHH X": the place between "chi nhánh" and the company word names the branch.
_BRANCH_PLACE_RE = re.compile(r"^c(?:hi)? nhanh\s+(?:[a-z0-9]+\s+){1,4}?(?=(?:cong ty|cty|ctcp|ct)\b)")
# "Da Nang Branch of Bao Dong Steel Structure Corp.": the words before "branch of" name the branch.
_PLACE_BRANCH_OF_RE = re.compile(r"^(?:[a-z0-9]+\s+){1,4}?(?=branch of\b)")
# "X Co., Ltd - Hop Thinh Branch": the words between the legal form and "branch" name the branch.
_BRANCH_TAIL_RE = re.compile(
    r"(?<![0-9a-z])(co ltd|company limited|jsc|corporation|corp|llc|ltd)\s+[a-z0-9 ]+?\s+branch$"
)


_UNIT_OF = re.compile(r"^(?:xi nghiep|xn)\s+\S.*?\s(?:cong ty|cty|ctcp|ct)\s")
