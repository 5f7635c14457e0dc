"""Reading the name cell: legal form, country and branch words, descriptors, and the brand that is left.

``name_parts`` (and ``_parts``, which ``normalise.features`` uses) take a name as officers, firms and registers
write it — legal forms abbreviated or glued, two languages in one cell, a plant named with its owner in brackets, a
household named by its owner and trade — to a canonical key, the brand, the descriptors and flags for a branch or a
plant. ``roman_key`` folds the romanisations of one East Asian name together.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA

from lienket.core import geo
from lienket.core.resolve.address import _province_names
from lienket.core.resolve.branches import (
    _BRANCH_AT_CUT_RE,
    _BRANCH_AT_RE,
    _BRANCH_PLACE_RE,
    _BRANCH_TAIL_RE,
    _CN_RE,
    _CN_TAIL_RE,
    _FORM_ONLY_AFTER,
    _PLACE_BRANCH_OF_RE,
    _UNIT_OF,
    at_for_tai,
)
from lienket.core.resolve.scripts import latin_half, latinised
from lienket.core.resolve.syllables import (
    VI_SYLLABLE,
    _desc_typos,
    _rejoin,
    _tail_typos,
    _telex,
    readable,
)
from lienket.core.resolve.vocabulary import BRANCH_PHRASES as _BRANCH_PHRASES
from lienket.core.resolve.vocabulary import COUNTRY_PHRASES as _COUNTRY_PHRASES
from lienket.core.resolve.vocabulary import DESCRIPTORS as _DESCRIPTORS
from lienket.core.resolve.vocabulary import LEGAL_PHRASES as _LEGAL_PHRASES
from lienket.core.resolve.vocabulary import LEGAL_TOKENS_TAIL as _LEGAL_TOKENS_TAIL
from lienket.core.text import fold

# Romanisations of one Korean, Japanese or Chinese name differ in a few known ways: Revised vs McCune–Reischauer
# or company spelling (eo/u, eu/u, oo/u, g/k, d/t, b/p, j/ch, r/l: "Seong" / "Sung", "Gyeong" / "Kyung"), long vowels
# (ou, oo, oh: "Kougyou" / "Kogyo", "Oono" / "Ohno" / "Ono") and Wade–Giles vs pinyin (hs/x, ts/c, zh/ch). The key
# folds each such pair into one spelling; different names rarely meet on a whole brand.
_ROMAN_STEPS = (
    (re.compile(r"[^a-z]"), ""),
    (re.compile(r"ee"), "i"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"eo|eu|ou|oo|o"), "u"),
    (re.compile(r"(?<=[aeiu])h(?![aeiuy])"), ""),  # "Ohno": a long vowel written with h
    (re.compile(r"w(?=u)"), ""),
    (re.compile(r"zh|ch|j|ts|tz|c(?!h)"), "c"),
    (re.compile(r"hs|sh|x"), "s"),
    (re.compile(r"g"), "k"),
    (re.compile(r"d"), "t"),
    (re.compile(r"b|f"), "p"),
    (re.compile(r"r"), "l"),
    (re.compile(r"([a-z])\1+"), r"\1"),
)


@lru_cache(maxsize=100_000)
def roman_key(text: str) -> str:
    """The key the romanisations of one East Asian name share (``Features.roman``).

    >>> roman_key("gyeongjin") == roman_key("kyeongchin"), roman_key("changdoo") == roman_key("changdu")
    (True, True)
    """
    for pattern, repl in _ROMAN_STEPS:
        text = pattern.sub(repl, text)
    return text


# ----------------------------------------------------------------------------------------------- folding

_SPACES = re.compile(r"\s+")


# ----------------------------------------------------------------------------------------------- names

# Word tables (legal forms, branch and country words, industry descriptors): ``vocabulary``.

_PUNCT = re.compile(r"[^0-9a-z\s]+")


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![0-9a-z])(?:{alternatives})(?![0-9a-z])")


_LEGAL_RE = _phrase_regex([p for p, _ in _LEGAL_PHRASES])
_LEGAL_OF = dict(_LEGAL_PHRASES)
_BRANCH_RE = _phrase_regex(_BRANCH_PHRASES)
_COUNTRY_RE = _phrase_regex(_COUNTRY_PHRASES)
_DESC_RE = _phrase_regex(list(_DESCRIPTORS))
# Trade phrases written with their spaces lost or moved ("Phụtùng", "Lin hkien", "Sả nxuất", "Mây tređan"), by the
# letters they are made of (six at least: "inan", "cokhi" could be names).
_JOINED_DESC = {k.replace(" ", ""): k for k in _DESCRIPTORS if " " in k and len(k.replace(" ", "")) >= 6}


def _respaced(s: str) -> str:
    """``s`` (folded) with one to three words whose letters spell a trade phrase written as that phrase."""
    words = s.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for k in (3, 2, 1):
            phrase = _JOINED_DESC.get("".join(words[i : i + k])) if i + k <= len(words) else None
            if phrase:
                out.append(phrase)
                i += k
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


# Split glued legal forms written by fast typists ("CTTNHH", "Cty.TNHH").
_GLUED = re.compile(r"(?<![0-9a-z])(ct|cty|ty)(tnhh)(?![0-9a-z])")  # "công tytnhh" too
# "CTY TNHHJIHOWOO", "tnhhmtv", "CTCPHoa Sen" in capitals: a legal form glued to the next word (no word starts so)
_GLUED_FORM = re.compile(r"(?<![0-9a-z])(tnhh|ctcp)([a-z]{2,})")
# "CONG TY CPTHIET BI": "cổ phần" glued to a trade word (only a syllable: "CTY CPSSI" may be a brand)
_GLUED_CP = re.compile(r"(?<![0-9a-z])((?:cong ty|cty) cp)([a-z]{2,})(?![0-9a-z])")
# "ADADVIET NAM PACKAGING", "DMPEVIET NAM": a brand glued to "Việt Nam" (split only when what comes before is no
# syllable: "Đạiviet Nam" may be the brand Đại Việt).
_GLUED_VIET = re.compile(r"(?<![0-9a-z])([a-z]{2,})(viet nam)(?![0-9a-z])")


# Legal-form phrases long enough that a one-letter slip at the start of a name is still recognisable
# ("CÔbG TY TNHH", "Cong rY Co phan"): repaired before the phrases are stripped.
_LEADING_FORMS = sorted({p for p, _ in _LEGAL_PHRASES if len(p) >= 7}, key=len, reverse=True)


def _repair_leading_form(s: str) -> str:
    words = s.split(" ")
    for phrase in _LEADING_FORMS:
        k = phrase.count(" ") + 1
        if len(words) <= k:
            continue
        head = " ".join(words[:k])
        if head == phrase:
            return s
        limit = 2 if len(phrase) >= 20 else 1
        if abs(len(head) - len(phrase)) <= limit and OSA.distance(head, phrase, score_cutoff=limit) <= limit:
            if " ".join(words[k - 1 : k + 1]) in _DESCRIPTORS:  # "cong ty co khi" is Cơ khí, not "cong ty cp"
                return s
            return " ".join([phrase, *words[k:]])
    return s


_PAREN = re.compile(r"\([^()]*\)")
_OPEN_PAREN = re.compile(r"\([^()]*$")


@lru_cache(maxsize=1)
def _district_names() -> tuple[str, ...]:
    """Folded short names of the districts before 2025 ("Quế Võ", "Từ Sơn", "Hiệp Hòa"), longest first."""
    return tuple(sorted({fold(d.short_name) for d in geo.legacy_districts() if d.short_name}, key=len, reverse=True))


def _without_trailing_district(brand: list[str]) -> list[str]:
    """A plant named after its district ("Nhà máy Nghĩa Nhất Từ Sơn", "Nhà máy An Mỹ Quế Võ"): the district goes
    when a name is left. Only for plants: a firm's own name may end in a place ("Đồng Phát Gia Lâm")."""
    joined = " ".join(brand)
    for district in _district_names():
        if joined.endswith(" " + district):
            return joined[: -len(district) - 1].split()
    return brand


def _without_trailing_province(brand: list[str]) -> list[str]:
    """ "Sơn Lan Hải Dương", "Thắng Trang BN": a province written after a brand of two words or more is where the
    firm is, not its name (the name key keeps it; only the brand drops it)."""
    if len(brand) < 2:
        return brand
    joined = " ".join(brand)
    for prov in _province_names():
        if joined.endswith(" " + prov):
            rest = joined[: -len(prov) - 1].split()
            # "Tsuruzawa Đà Nẵng", "Satoike Danang": a foreign brand of one word named after its site
            foreign = len(rest) == 1 and len(rest[0]) >= 4 and not VI_SYLLABLE.fullmatch(rest[0])
            return rest if len(rest) >= 2 or foreign else brand
    return brand


# A buyer's vendor code glued in front of the name: "[C388174] RONG LONG ...", "LGV-861384 HEUNG JAE ...",
# "FXV399671-HYEON MOON TECH" (letters and at least four digits; "3M Vietnam" is a name).
_VENDOR_CODE = re.compile(
    r"^\s*(?:\[[A-Za-z]{0,4}[-.]?\d{4,}\]|\([A-Za-z]{0,4}[-.]?\d{4,}\)|[A-Za-z]{1,4}[-.]?\d{4,})"
    r"(?:\s*[-:]\s*|\s+)(?=\D)"
)
# "Gun Tec Vietnam Co., Ltd - Gun Co.": the parent named after the legal form.
_PARENT_TAIL = re.compile(
    r"^(.+?\b(?:co\.?,?\s*ltd\.?|company limited|jsc|joint stock company|corporation|corp\.?))\s+[-–]\s+"
    r"(?!.*\b(?:branch|chi nh))[^-–]+\b(?:co|corp|corporation|group|inc)\.?\s*$",
    re.IGNORECASE,
)


# "Cônh ty", "Cnog ty", "Cwng ty", "Cng ty", "Coong ty": "công ty" with one slip, anywhere in a name
# (``_repair_leading_form`` repairs a leading form, but "Chi nhánh Cogn ty ..." and "Thiên Tùng - Ctng ty ..." put
# it further on); "CT", "Ct.y" for "công ty" after "chi nhánh" or "CN" ("Chi nhánh CT CP Nhựa An Phú").
_CONG_TY_SLIP = re.compile(r"(?<![0-9a-z])(c[a-z]{2,4})(?= ty(?![0-9a-z]))")
_CTY_HELD = re.compile(r"(?<![0-9a-z])c{1,2}t{1,2}y{1,2}(?![0-9a-z])")  # "Ctyy", "CCty", "Cttyy": a key held down
_BRANCH_CT = re.compile(r"(?<![0-9a-z])(chi nhanh|cn) ct(?:\.? ?y)?(?= )")


def _cong_ty_slips(s: str) -> str:
    """``s`` (folded) with "công ty" written with a slip read as "cong ty" (``_CONG_TY_SLIP``, ``_CTY_HELD``,
    ``_BRANCH_CT``)."""
    s = _CONG_TY_SLIP.sub(lambda m: "cong" if OSA.distance(m.group(1), "cong", score_cutoff=1) <= 1 else m.group(1), s)
    s = _CTY_HELD.sub("cty", s)
    return _BRANCH_CT.sub(r"\1 cong ty", s)


# "Đúc" (casting) and "Đức" (a given name) fold to one word; written with its marks, "Công ty TNHH Đúc Hữu Tín" is a
# foundry named Hữu Tín, as "Hữu Tín Casting" is.
_CASTING = re.compile(r"(?<!\w)đúc(?!\w)", re.IGNORECASE)


def _clean_name(text: str) -> str:
    text = latinised(latin_half(readable(text)))  # 宝成, ナカムラ精工, 화승비나: in the Latin letters other lists use
    text = _trade_in_brackets(text)
    text = _CASTING.sub("casting", unicodedata.normalize("NFC", text))
    text = _VENDOR_CODE.sub("", text)
    text = _PARENT_TAIL.sub(r"\1", text)
    # "CÔNG TY TNHH X (X COMPANY LIMITED)": the bracketed translation repeats the name.
    unbracketed = text
    while True:  # "Công ty Tùng Tuệ (Nguyễn Thị Trang (GĐ))": brackets inside brackets
        inner = _PAREN.sub(" ", unbracketed)
        if inner == unbracketed:
            break
        unbracketed = inner
    unbracketed = _OPEN_PAREN.sub(" ", unbracketed)  # "... (JANG KYUNG M": a bracket cut off
    if unbracketed.strip():
        text = unbracketed
    s = fold(at_for_tai(text)).replace("&", " and ")
    s = _cong_ty_slips(s)
    tail = _CN_TAIL_RE.search(s)
    # "- CN Bắc Ninh", "- CN Việt Yên", "- CN Vệit Yên": a branch named by its place (a province, a district, or a
    # place mistyped), never a long phrase
    if tail and len(tail.group(1).replace(".", " ").split()) <= 3:
        s = s[: tail.start()] + " chi nhanh"
    s = _FACTORY_OF.sub("", s)
    s = _brand_last(s)
    s = _FACTORY_NUMBER.sub("", s)
    s = _PUNCT.sub(" ", s)
    s = _GLUED.sub(r"\1 \2", s)
    s = _GLUED_FORM.sub(r"\1 \2", s)
    s = _GLUED_CP.sub(lambda m: f"{m.group(1)} {m.group(2)}" if VI_SYLLABLE.fullmatch(m.group(2)) else m.group(0), s)
    s = _GLUED_VIET.sub(lambda m: m.group(0) if VI_SYLLABLE.fullmatch(m.group(1)) else f"{m.group(1)} viet nam", s)
    s = " ".join(_tail_typos(_desc_typos([_IY.get(w) or _telex(w) for w in _rejoin(s.split())])))
    return _repair_leading_form(s)


# "Tín Sang - CT TNHH Đột dập", "Khang Phương - CTCP": the brand written first, then the firm's legal form and
# trade. Read as registered ("CT TNHH Đột dập Tín Sang"), so both writings give one name in one word order. Not a
# branch, plant, unit or project named before its company, nor a person (``_without_person``).
_BRAND_FIRST = re.compile(
    r"^(?!(?:chi nhanh|c\W?\s*nhanh|c\W?\s*n|nha may|nha xuong|xuong|xi nghiep|xn|kho|du an|co so"
    r"|ho kinh doanh|hkd|van phong)\b)"
    r"([a-z .&']+?)\s+[-–]\s+"
    r"((?:cong\s*ty|c\.?\s*ty|cty|ctty|ct|ctcp|dntn|doanh nghiep|htx|hop tac xa)\b[^-–]*)$"
)


def _brand_last(s: str) -> str:
    """``s`` (folded) with a brand written before its firm's legal form moved after it (``_BRAND_FIRST``)."""
    m = _BRAND_FIRST.match(s)
    if not m or _PERSON.match(m.group(1).strip(" .")):
        return s
    brand, firm = m.group(1).strip(), m.group(2).strip()
    if set(_PUNCT.sub(" ", brand).split()) <= set(_PUNCT.sub(" ", firm).split()):
        return firm  # "Minh Phát - Công ty TNHH Cơ khí Minh Phát": the name repeated
    return f"{firm} {brand}"


# A plant, workshop or project named instead of the firm (inspection and permit lists): "Nhà máy", "Nhà xưởng",
# "Xưởng sản xuất số 2", "Cơ sở sản xuất", "Dự án (đầu tư xây dựng) nhà máy", "Kho xưởng".
_PLANT = r"(?:du an\s+(?:dau tu\s+)?(?:xay dung\s+)?(?:mo rong\s+)?)?(?:nha may|nha xuong|kho xuong|xuong|co so san xuat)\b"
# "Nhà máy nhựa - Công ty TNHH X", "Xưởng sản xuất số 2 - C.ty TNHH X", "Nhà máy X thuộc Công ty TNHH X", "Dự án nhà
# máy sản xuất đế giày công suất 500.000 đôi/năm của Công ty TNHH X" (an environmental permit): the plant
# named before the firm that runs it.
_FACTORY_OF = re.compile(
    r"^\s*" + _PLANT + r"(?:[^-]*?-|.*?\b(?:thuoc|cua)\b)\s*"
    r"(?=(?:cong\s*ty|c\.?\s*ty|cty|ctty|ct|co so|ho kinh doanh|hkd|dntn|doanh nghiep|htx|hop tac xa)\b)"
)
# What names only the plant: the words above, "sản xuất", its number ("số 2", "2") and a phase.
_PLANT_HEAD = re.compile(r"^\s*" + _PLANT + r"(?:\s+san xuat)?(?:\s+so\s+[0-9]{1,2}\b)?\s*")
_PLANT_NUMBER = re.compile(r"\s+(?:so\s+)?[0-9]$")


# "X Co., Ltd - Factory 2 (Gò Dầu)", "SONQUY ZIPPER JSC FACTORY 2", "… Plant No. 3": a buyer's name for one of the
# firm's plants; the number and what follows name the plant, not the firm ("Factory" alone may be a brand's word).
_FACTORY_NUMBER = re.compile(r"\s*[-–,]?\s*\b(?:factory|plant)\s*(?:no\.?\s*|#\s*)?[0-9]{1,2}\b.*$")


# Both spellings are correct Vietnamese (kĩ/kỹ thuật, lí/lý, mĩ/mỹ, sĩ/sỹ): one is kept.
_IY = {"ki": "ky", "li": "ly", "mi": "my", "si": "sy"}


_SLASH_SPLIT = re.compile(r"\s+[/|]\s+")
_DASH_SPLIT = re.compile(r"\s+[-–]\s+")


def _two_languages(name: str) -> str:
    """One of the two names when a list gives the name twice, in English and in Vietnamese ("YANGKUM VINA CO., LTD /
    Công ty TNHH Yangkum Vina", "Công ty TNHH Bao bì Khải Vạn - KHAI VAN PACKAGING CO., LTD", "Ép nhựa Lực Kiên 99 -
    Luc Kien 99 Plastic Injection"): the Vietnamese one, when both halves name the same brand, or when the English
    half translates the brand too ("Cơ khí Cầu Vồng 368 - Rainbow 368 Mechanical"). A web page's title gives its
    brand first and a slogan after a bar ("Uy Cát Tech | Tự động hóa uy tín"). "" when the name is not written
    twice."""
    parts = _SLASH_SPLIT.split(name)
    if len(parts) != 2:
        parts = _DASH_SPLIT.split(name)
        if len(parts) != 2:
            return ""
    if not all(len(p.split()) >= 2 for p in parts):
        return ""
    a, b = (name_parts(p) for p in parts)
    ka, kb = a[1].replace(" ", ""), b[1].replace(" ", "")
    short, long_ = sorted((ka, kb), key=len)
    if ((len(short) >= 4 and short in long_) or (len(short) >= 2 and short == long_)) and a[4] == b[4]:
        # one brand (an untranslated word may stay; a short one must be the whole brand: "EXG")
        return parts[1] if parts[0].isascii() and not parts[1].isascii() else parts[0]
    if a[4] or b[4]:
        return ""  # a branch and its firm: both halves count
    if "|" in name and a[1] and not _has_legal_form(parts[1]):
        # "Phuong Chien Co | …": an English title's "Co" is the company
        return re.sub(r"(?i)\s+co\.?$", "", parts[0]) if parts[0].isascii() else parts[0]
    if not parts[0].isascii() and parts[1].isascii() and _ENGLISH_NAME.search(parts[1]) and a[2] and a[2] == b[2]:
        return parts[0]  # the same trade in both languages, the brand translated
    if (
        parts[0].isascii()
        and not parts[1].isascii()
        and _ENGLISH_NAME.search(parts[0])
        and _has_legal_form(parts[1])
        and a[2]
        and a[2] == b[2]
    ):
        return parts[1]  # "SHENGYI RUBBER (VIETNAM) CO., LTD / Công ty TNHH Cao su Thắng Ức"
    return ""


# An English name's words: its legal form or a trade word written in English.
_ENGLISH_NAME = re.compile(
    r"(?i)\b(?:co\.?,?\s*ltd|company|limited|jsc|corp|corporation|mechanical|plastic|plastics|mould|mold|"
    r"packaging|electronics?|logistics|trading|technology|precision|injection|printing|industrial)\b"
)


def _has_legal_form(part: str) -> bool:
    return any(_LEGAL_OF.get(m.group(0)) for m in _LEGAL_RE.finditer(_PUNCT.sub(" ", fold(part))))


def name_parts(name: str) -> tuple[str, str, str, str, bool]:
    """``(name_key, brand, desc, legal, branch)`` of an enterprise name as written.

    >>> name_parts("Công ty TNHH Khóa kéo Thành Tín Việt Nam")[:4]
    ('zipper thanh tin', 'thanh tin', 'zipper', 'tnhh')
    >>> name_parts("Thanh Tin Zipper Co., Ltd")[:3]
    ('thanh tin zipper', 'thanh tin', 'zipper')
    """
    return _parts(name)[:5]


# The beginnings (two words or more) of the legal forms' words, where a fixed-width field cuts a name.
_LEGAL_STARTS = frozenset(
    " ".join(words[:k])
    for words in (p.split() for p, _ in _LEGAL_PHRASES)
    for k in range(2, len(words))
)


# A person written before or after the firm on attendee sheets and contact lists ("Anh Tuấn - Cty Minh Phát", "Chị
# Thủy - xi mạ Thủy", "Đỗ Công Quân (Trưởng phòng KD) - Công ty Đạt Hưng", "NV mua hàng - Cty X", "Cty X - Nguyễn
# Văn Nam"): an honorific and a given name, a job title, or a full name starting with a common surname.
_SURNAMES = (
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao dinh trinh mai truong lam luong ha "
    "cao ta kieu doan chu lai la luu quach tang thai tong trieu van vuong"
).split()
# "Hộ ông Ngô Công Đức", "Hộ bà Nguyễn Thị Lan", "Hộ gia đình Y", "HGĐ Y", "CS xay bột An Việt" (cơ sở), "Lò lạp
# xưởng Xuân Ngân": a household or an establishment named by its owner or its trade; the words before the name are
# no name.
_HOUSEHOLD_HEAD = re.compile(
    r"^(?:(?:ho kinh doanh|ho kd|hkd|ho gia dinh|hgd|ho)\s+(?:ong|ba)\s+|(?:ho gia dinh|hgd|cs)\s+"
    r"|lo\s+(?!van\b|thi\b|xo\b)(?=\S+\s+\S))"  # "Lò sấy quế …", "Lò gạch Minh Trang"; not "Lò Văn Sinh", "lò xo"
)
_HO_WRITTEN = re.compile(r"^\s*hộ\s", re.IGNORECASE)
# "Ông Lê Văn Tám", "Bà Võ Thị Hiền" written with their tones ("Ba Vu Private Enterprise" is a firm's name).
_MR_MRS = re.compile(r"^\s*(?:ông|bà)\s", re.IGNORECASE)
_MR_MRS_NAME = re.compile(r"^(?:ong|ba)\s+(?=(?:" + "|".join(_SURNAMES) + r")(?:\s+[a-z]+){1,3}$)")
_PERSON = re.compile(
    r"^(?!chi\s+nh|c\s+nhanh\b)(?:(?:anh|chi|a|c|ong|ba|em|mr|mrs|ms|miss)(?:\.\s*|\s+)[a-z]+(?:\s+[a-z]+){0,2}"
    r"|(?:chi nhanh\s+)?(?:nv|nhan vien|truong phong|pho phong|tp|pp|giam doc|gd|pgd|ke toan|thu mua|mua hang|"
    r"phu trach|purchasing|purchaser|buyer|sales|manager)\b[a-z ]{0,30}"
    r"|(?:" + "|".join(_SURNAMES) + r")(?:\s+[a-z]+){1,3}(?:\s*\([^()]*\))?)$"
)
_FIRM_WORD = re.compile(r"^(?:cong ty|cty|c ty|ctcp|ct|dntn|htx|doanh nghiep|chi nhanh|xuong|co so|ho kinh doanh|hkd)\b")


# "Đặng Quang Quang (Cơ sở mộc dân dụng Trường Cường)", "HKD Bùi Văn Quân (hàn xì Quân Đạt)": a household written
# by its owner, the trade name in brackets. The trade name is what other lists write ("Cơ sở mộc Trường Cường").
_OWNER_THEN_TRADE = re.compile(
    r"^\s*(?:(?:ho kinh doanh|ho kd|hkd|ho)\s+(?:ong\s+|ba\s+)?)?([a-z ]+?)\s*\(([^()]+)\)\s*$"
)
_OWNER_NAME = re.compile(r"^(?:" + "|".join(_SURNAMES) + r")(?:\s+[a-z]+){1,3}$")
_TRADE_START = re.compile(r"^(?:co so|cs|hkd|ho kinh doanh|dntn|dn tn|doanh nghiep|xuong|cong ty|cty|htx|hop tac xa)\b")


# The characters ``fold`` reads as a bracket: ASCII, superscript, subscript, vertical, small and fullwidth forms.
_OPEN_BRACKETS = "(\u207d\u208d\ufe35\ufe59\uff08"
_CLOSE_BRACKETS = ")\u207e\u208e\ufe36\ufe5a\uff09"


def _trade_in_brackets(text: str) -> str:
    """The trade name when ``text`` is an owner's name with the trade name in brackets (``_OWNER_THEN_TRADE``), else
    ``text``."""
    if not any(c in text for c in _OPEN_BRACKETS):  # most names: no folding on the hot path
        return text
    m = _OWNER_THEN_TRADE.match(fold(text))
    if not m or not _OWNER_NAME.match(m.group(1).strip()):
        return text
    trade = m.group(2).strip()
    rest = _TRADE_START.sub("", trade).strip()
    if not (_TRADE_START.match(trade) or _DESC_RE.search(trade)) or not _DESC_RE.sub(" ", rest).strip():
        return text  # a nickname, a bare legal form, or a trade without a name ("cơ sở ván bóc")
    return text[_bracket_start(text) + 1 : _bracket_end(text)]


def _bracket_start(text: str) -> int:
    """Where the first bracket of ``text`` opens, in any of the forms fold reads as one ("（…）"); the callers' patterns
    have found one."""
    return next(i for i, c in enumerate(text) if c in _OPEN_BRACKETS)


def _bracket_end(text: str) -> int:
    """Where the last bracket of ``text`` closes (``_bracket_start``)."""
    return next(i for i in range(len(text) - 1, -1, -1) if text[i] in _CLOSE_BRACKETS)


def _title_words(text: str) -> bool:
    """A person's name as written in a mixed-case list: each word capitalised, none in capitals."""
    words = text.split()
    return all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words) and bool(words)


def _without_person(name: str) -> str:
    """``name`` without a person written before or after it with a dash (``_PERSON``); as written otherwise."""
    parts = _DASH_SPLIT.split(name)
    if len(parts) != 2:
        return name
    left, right = (_SPACES.sub(" ", re.sub(r"[^0-9a-z()\s]", " ", fold(p))).strip() for p in parts)
    if _OWNER_NAME.match(left) and _title_words(parts[0]) and parts[1].strip().islower():
        # "Lê Tuấn Hạnh - gốm mỹ nghệ": a household by its owner, what it makes written after in lower case
        return parts[0]
    # Without a firm word after it, the person is dropped only when the rest repeats the name ("Chị Thủy - xi mạ
    # Thủy"): "Anh Huy Nam - Thiết bị kỹ thuật", "Hà Bảo Tài - Màng phủ nano" are brands and their trade.
    if _PERSON.match(left) and (_FIRM_WORD.match(right) or left.split()[-1] in right.split()[1:]):
        if _names_a_firm(parts[1]):  # "Hoàng Tường Kim - Cty TNHH Ống thép": the brand before, the trade after
            return parts[1]
    elif _PERSON.match(right) and _FIRM_WORD.match(left) and not _FIRM_WORD.match(right) and _names_a_firm(parts[0]):
        return parts[0]
    return name


def _names_a_firm(part: str) -> bool:
    """``part`` has a brand beside its trade words."""
    _, brand, desc, *_ = _parts(part)
    return bool(brand) and not set(brand.split()) <= set(desc.split())


def _without_joined_repeat(brand: list[str]) -> list[str]:
    """``brand`` without a last word that repeats the words before it joined ("越南荣昌电线有限公司 RONGCHANG" →
    "rong chang rongchang" → "rong chang"): the name in characters, then in Latin letters."""
    if len(brand) >= 3:
        last = brand[-1]
        for k in range(2, len(brand)):
            if "".join(brand[-1 - k : -1]) == last:
                return brand[:-1]
    return brand


# "Nhà máy cơ điện (Cty TNHH Cơ điện Vĩnh Đạt)", "Dự án đầu tư xây dựng Nhà máy cơ khí (HAESHIN PRECISION VINA)": a
# park board's plant or project named by its trade, the firm that runs it in brackets.
_PLANT_THEN_OWNER = re.compile(r"^\s*" + _PLANT + r"[^()]*\(([^()]+)\)\s*\.?\s*$")


def _plant_owner(name: str) -> str:
    """The firm in brackets after a plant or project named only by its trade (``_PLANT_THEN_OWNER``), else ""."""
    if not any(c in name for c in _OPEN_BRACKETS) or not _PLANT_THEN_OWNER.match(fold(name)):
        return ""
    start = _bracket_start(name)
    inner = name[start + 1 : _bracket_end(name)]
    if _parts(name[:start])[1] or not _names_a_firm(inner):
        return ""  # the plant has a name of its own ("Nhà máy cơ khí Cường Thành (giai đoạn 2)")
    return inner


@lru_cache(maxsize=100_000)
def other_name(name: str) -> str:
    """The household's other name when the cell gives both its owner and its trade name ("PHAN VĂN LỰC (LÒ SẤY TRÁI
    CÂY THÀNH ĐẠI)", "CS sấy trái cây Thành Đại (Phan Văn Lực)", "Lò nước đá - Trần Minh Minh"): of the owner's full
    name and the trade name's brand, the one that is not the name's brand (``_parts``), spaces dropped; "" when the
    cell gives one name. Other lists write the household by either."""
    if any(c in name for c in _OPEN_BRACKETS) and any(c in name for c in _CLOSE_BRACKETS):
        start, end = _bracket_start(name), _bracket_end(name)
        if end <= start:
            return ""
        sides = [name[:start] + " " + name[end + 1 :], name[start + 1 : end]]
    else:
        sides = _DASH_SPLIT.split(name)
        if len(sides) != 2:
            return ""
    parsed = [_parts(side.strip()) for side in sides]
    brands = [p[1] for p in parsed]
    owners = [bool(_OWNER_NAME.match(b)) for b in brands]
    if owners[0] == owners[1] or not all(brands):
        return ""
    trade = parsed[owners.index(False)]
    if trade[3] or len(trade[1].split()) < 2:  # a company and its director; a bare trade word ("gốm")
        return ""
    brand = _parts(name)[1]
    other = [b for b in brands if b != brand]
    return other[0].replace(" ", "") if len(other) == 1 else ""


@lru_cache(maxsize=200_000)
def _parts(name: str) -> tuple[str, str, str, str, bool, bool]:
    """``name_parts`` and whether the name is a plant's ("Nhà máy …", "Xưởng sản xuất số 2")."""
    owner = _plant_owner(name)
    if owner:
        return _parts(owner)
    name = _without_person(name)
    both = _two_languages(name)
    if both:
        return _parts(both)
    s = _respaced(_clean_name(name))
    if not s.startswith("ho ba ") or _HO_WRITTEN.match(name) or _OWNER_NAME.match(s[6:]):
        s = _HOUSEHOLD_HEAD.sub("", s) or s  # "Ho Ba Thuy Electronics" is Hồ Ba Thủy's firm
    if _MR_MRS.match(name):
        s = _MR_MRS_NAME.sub("", s)
    plant = bool(_PLANT_HEAD.match(s))
    if plant:  # "Nhà máy sản xuất bao bì Seonhee 2": the plant's words and number say nothing of the firm
        s = _PLANT_NUMBER.sub("", _PLANT_HEAD.sub("", s)).strip()
    if not s:
        return "", "", "", "", False, plant
    if s.startswith("ct ") and len(s) > 5:  # "CT Thép LNHC", "CT TQQ": CT abbreviates công ty
        s = "cong ty " + s[3:]
    s = _CN_RE.sub("chi nhanh ", s)
    # "Xí nghiệp Cơ điện Hồng Lực - Công ty CP Cơ khí Phát Đăng": a dependent unit named before its company, as a
    # branch is (it keeps its own name; a Xí nghiệp with no company after it is an enterprise of its own).
    branch = bool(_BRANCH_RE.search(s) or _UNIT_OF.match(s))
    if branch:
        if (m := _BRANCH_PLACE_RE.match(s)) and not _FORM_ONLY_AFTER.match(s[m.end() :]):
            s = "chi nhanh " + s[m.end() :]
        s = _PLACE_BRANCH_OF_RE.sub("", s)
        s = _BRANCH_TAIL_RE.sub(r"\1 branch", s)
        s = _BRANCH_RE.sub(" ", s)
        s = _SPACES.sub(" ", s)
        at = _BRANCH_AT_RE.sub(r"\1 ", s)
        s = _BRANCH_AT_CUT_RE.sub("", s.rstrip()) if at == s else at  # "… Group tại": the place cut off
    legal = ""
    if s.endswith(" cp"):  # "Kỹ thuật An Hồng, CP": the form written after the name
        s, legal = s[:-3], "cp"
    for m in _LEGAL_RE.finditer(s):
        legal = legal or _LEGAL_OF.get(m.group(0), "")
    s = _SPACES.sub(" ", _LEGAL_RE.sub(" ", s)).strip()
    if legal and s in _LEGAL_STARTS:  # "công ty tnhh một thành": a name cut inside its legal form names nobody
        return "", "", "", legal, branch, plant
    stripped = _SPACES.sub(" ", _COUNTRY_RE.sub(" ", s)).strip()
    # A name that is only a country word ("Việt Nam") keeps it.
    s = stripped or s
    tokens: list[str] = []
    brand: list[str] = []
    desc: list[str] = []
    pos = 0
    for m in _DESC_RE.finditer(s):
        before = s[pos : m.start()].split()
        tokens += before
        brand += before
        canon = _DESCRIPTORS[m.group(0)]
        if canon:
            tokens += canon.split()
            desc += canon.split()
        pos = m.end()
    rest = s[pos:].split()
    tokens += rest
    brand += rest
    brand = _without_joined_repeat([t for t in brand if t not in _LEGAL_TOKENS_TAIL])
    brand = _without_trailing_province(brand)
    if plant or branch:  # "Nhà máy An Mỹ Quế Võ", "Chi nhánh Anxiang Việt Nam Quế Võ": named by the place
        brand = _without_trailing_district(brand)
        if plant and not brand:  # "Cơ sở sản xuất linh kiện điện tử": no name at all
            return "", "", "", "", False, plant
    if not brand:
        # Only descriptors ("Cơ khí Chính xác"): they are the brand.
        brand = desc
    return " ".join(tokens), " ".join(brand), " ".join(sorted(set(desc))), legal, branch, plant
