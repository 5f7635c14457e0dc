"""Normalisation of enterprise records as Vietnamese officers and firms write them.

A raw record (name, tax code, address, phone) becomes a ``Features`` value whose fields are what the matcher
compares: the name without legal form and country words, split into a brand and industry descriptors (Vietnamese
and English descriptors map to one canonical word), the cleaned tax code, the national phone number, the current
province (old pre-2025 names mapped by ``lienket.core.geo``), the park/cluster named in the address and the lot.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from lienket.core import geo
from lienket.core.geo import normalise_address
from lienket.core.legacy_text import repair_vietnamese, split_glued
from lienket.core.resolve.places import area_province, commune_code
from lienket.core.resolve.romanisation import readings as _readings
from lienket.core.resolve.scripts import latinised
from lienket.core.resolve.vocabulary import BRANCH_PHRASES as _BRANCH_PHRASES
from lienket.core.resolve.vocabulary import COUNTRY_PHRASES as _COUNTRY_PHRASES
from lienket.core.resolve.vocabulary import DESCRIPTORS as _DESCRIPTORS
from lienket.core.resolve.vocabulary import LEGAL_PHRASES as _LEGAL_PHRASES
from lienket.core.resolve.vocabulary import LEGAL_TOKENS_TAIL as _LEGAL_TOKENS_TAIL
from lienket.core.resolve.vocabulary import TAIL_WORDS as _TAIL_WORDS
from lienket.core.text import fold

__all__ = [
    "Features",
    "RawRecord",
    "features",
    "features_many",
    "name_parts",
    "normalise_lot",
    "normalise_phone",
    "phones",
    "normalise_tax",
    "zone_and_lot",
]


@dataclass(frozen=True)
class RawRecord:
    """One enterprise row as written: any field but ``id`` may be empty."""

    id: str
    name: str = ""
    tax_code: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Features:
    """What the matcher compares; ``""`` means unknown."""

    id: str
    name_key: str  # canonical tokens in written order (legal form and country words removed)
    name_sorted: str  # the same tokens sorted: swapped word order compares equal
    brand: str  # tokens that are not industry descriptors ("thanh tin")
    desc: str  # sorted canonical descriptors ("zipper")
    legal: str  # tnhh | cp | dntn | htx | "" (informational: officers write it inconsistently)
    branch: bool  # a dependent branch (chi nhánh / branch)
    tax: str  # digits (10, or 13 for a branch), "" when missing
    phone: str  # last 9 digits of the national number
    province: str  # current (2025) province code
    commune: str  # current commune code
    zone: str  # folded park/cluster name without its type ("dai an")
    lot: str  # lot as letters+digits ("a5", "cn92")
    street: str  # house number + street, folded ("119 truc chinh")
    # Set by the batch engine: how many records of the data set share this name / brand (1 when unknown).
    name_n: int = 1
    brand_n: int = 1
    bz_n: int = 1  # how many records share this brand in this park (1 when either is unknown)
    phone_firms: int = 1  # how many brands of the data set give this phone (1 when unknown)
    tax_firms: int = 1  # how many brands of the data set give this tax code (1 when unknown)
    # Records carrying this name whose tax code or address is known, when they all agree (one owner in sight);
    # 0 when they disagree or fewer than two carry one.
    name_agree: int = 0
    tax_valid: bool = False  # the first ten digits carry a valid check digit (``tax_check_ok``)
    # The tax cell may hold another number (an investment certificate, an insurance unit code): its code fails the
    # check digit in a data set whose codes pass it (set by ``engine.with_counts``).
    tax_other: bool = False
    # The same for the brand (spaces dropped: ``brand_key``) when at most ``model.AGREE_MAX`` records carry it.
    brand_agree: int = 0
    phone2: str = ""  # a second number written in the same cell ("0222 3812 345 / 0912 345 678"), else ""
    hamlet: str = ""  # village / hamlet / quarter below the commune, folded ("hoi" for "Thôn Hội"), else ""
    phone_kind: str = ""  # the kinds of number the phone cell gives: "L" landline(s), "M" mobile(s), "LM" both
    # The pre-2025 district(s) the address lies in, codes joined by "|": written ("Việt Yên, Bắc Giang", "huyện
    # Quế Võ") or those the current commune was made from ("phường Vân Hà" → Việt Yên); "" when unknown.
    district: str = ""
    # What Excel's scientific notation keeps of the tax code ("4.00155E+09" → "400155e9": six significant digits,
    # rounded, trailing zeros dropped, and the exponent); for a full code, the same digits as Excel would show them.
    tax_sci: str = ""
    # The address cell held something, read or not ("Số 23, Khu vực 6, P5, TP.Vị Thanh, HG" gives no field above).
    address_written: bool = False

    @property
    def brand_key(self) -> str:
        """The brand without spaces: romanised foreign names are written joined or split ("Woo Seo" / "Wooseo")."""
        return self.brand.replace(" ", "")

    @property
    def brand_head(self) -> str:
        """The brand's first two letters: with what Excel kept of a tax code ("4.05293E+08"), a blocking key for a
        name cut short ("Công ty C phần Thương mại và Dịch vụ Ho" for "... Hoàng Đức")."""
        return self.brand_key[:2]

    @property
    def acronym(self) -> str:
        """A brand that is one short word which cannot be a Vietnamese syllable ("PTSE", "HKS", "LLBN"): the
        initials event and customs lists give instead of the name; "" otherwise."""
        b = self.brand
        if 2 <= len(b) <= 5 and b.isalpha() and not VI_SYLLABLE.fullmatch(b):
            return b
        return ""

    @property
    def readings(self) -> tuple[str, ...]:
        """Vietnamese spellings a brand written in pinyin, Wade–Giles or Cantonese can stand for ("Yongfa" →
        "vinhphat", ...: ``romanisation.readings``); ``()`` for a brand in Vietnamese or one outside the table."""
        words = self.brand.split()
        foreign = any(not VI_SYLLABLE.fullmatch(w) for w in words)
        return _readings(self.brand, foreign) if foreign else ()

    @property
    def initials(self) -> str:
        """First letters of a brand of two words or more ("phat thuan sinh" → "pts"); "" otherwise."""
        words = self.brand.split()
        return "".join(w[0] for w in words) if len(words) >= 2 else ""

    @property
    def roman(self) -> str:
        """A brand romanised from Korean, Japanese or Chinese, as a key that its other romanisations share
        ("Gyeongjin" / "Kyeongchin", "Seokin" / "Sukin", "Chang Doo" / "Changdu", "Ohno" / "Ono": ``roman_key``);
        "" for a brand of Vietnamese syllables only or a short one."""
        words = self.brand.split()
        if not words or all(VI_SYLLABLE.fullmatch(w) for w in words):
            return ""
        key = roman_key(self.brand_key)
        return key if len(key) >= 4 else ""


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
# Split glued legal forms written by fast typists ("CTTNHH", "Cty.TNHH").
_GLUED = re.compile(r"(?<![0-9a-z])(ct|cty|ty)(tnhh)(?![0-9a-z])")  # "công tytnhh" too


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
# A folded syllable as Vietnamese or a romanised Korean, Japanese or Chinese name reads: onset, one to three vowels,
# coda ("dae", "yeong", "koyo" are syllables here: a brand word in those is no typo).
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_CODA = r"(?:ch|ng|nh|[cmnpt])?"
VI_SYLLABLE = re.compile(_ONSET + r"[aeiouy]{1,3}" + _CODA)
# A folded syllable Vietnamese writes: only its vowel groups ("ươi" is "uoi", "yêu" is "yeu"; "ei", "ae", "eou" are
# none): "Heein", "Seowoo", "Hyowon" are Korean names, not "hein", "seoo", "hyon" typed in Telex.
VI_SYLLABLE_STRICT = re.compile(
    _ONSET
    # groups that end in a glide take no final consonant ("Thựực" is no syllable: "thuuc")
    + r"(?:(?:oai|oay|oao|oeo|uay|uoi|uou|uya|uyu|yeu|ieu|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|uu)"
    + r"|(?:uye|ie|oa|oe|oo|ua|ue|uo|uy|ye|[aeiouy])"
    + _CODA
    + ")"
)
_ROMAN_NUMERAL = re.compile(r"[ivx]+")  # "KCN Yên Phong II", "Hồng Giang III": a number, not "ii" held down
_TELEX_DOUBLE = re.compile(r"aa|ee|dd")  # â, ê, đ typed in Telex: never in a plain syllable


# English words that would read as a Telex tone mark on a vowel ("Branch Of X" is not "Branch Ò X").
_ENGLISH_SHORT = frozenset({"of", "or", "as", "is", "us", "if"})


@lru_cache(maxsize=50_000)
def _telex(word: str) -> str:
    """A word typed with a Telex keyboard left on ("thuwowng", "duwngj", "vieetj") read as the plain syllable:
    only when the word is not a syllable and the repair makes one."""
    if (
        not word.isalpha()
        or word in _ENGLISH_SHORT
        or (VI_SYLLABLE_STRICT.fullmatch(word) and not _TELEX_DOUBLE.search(word))
        or (len(word) <= 3 and re.search(r"aa|ee|oo", word) is not None)  # "KAA", "SEE": initials, not "kâ"
    ):
        return word
    fixed = re.sub(r"(?<=[aou])w", "", word)  # ư, ơ, ă typed uw, ow, aw
    fixed = re.sub(r"([aeod])\1", r"\1", fixed)
    if fixed[-1:] in ("s", "f", "r", "x", "j") and VI_SYLLABLE_STRICT.fullmatch(fixed[:-1]):
        fixed = fixed[:-1]
    if not VI_SYLLABLE_STRICT.fullmatch(fixed) and not _ROMAN_NUMERAL.fullmatch(word):
        fixed = re.sub(r"([ui])\1", r"\1", fixed)  # "Đứức", "Thựực", "Giiấy": a key held down ("cứu" is "cuu")
    return fixed if VI_SYLLABLE_STRICT.fullmatch(fixed) else word


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


def readable(text: str) -> str:
    """A value as Unicode Vietnamese with glued words split (TCVN3, VNI, mojibake: ``legacy_text``)."""
    return split_glued(repair_vietnamese(text)) if text and not text.isascii() else split_glued(text)


# "Cônh ty", "Cnog ty", "Cwng ty", "Cng ty", "Coong ty": "công ty" with one slip, anywhere in a name
# (``_repair_leading_form`` repairs a leading form, but "Chi nhánh Cogn ty ..." and "Thiên Tùng - Ctng ty ..." put
# it further on); "CT", "Ct.y" for "công ty" after "chi nhánh" or "CN" ("Chi nhánh CT CP Nhựa An Phú").
_CONG_TY_SLIP = re.compile(r"(?<![0-9a-z])(c[a-z]{2,4})(?= ty(?![0-9a-z]))")
_BRANCH_CT = re.compile(r"(?<![0-9a-z])(chi nhanh|cn) ct(?:\.? ?y)?(?= )")


def _cong_ty_slips(s: str) -> str:
    """``s`` (folded) with "công ty" written with a slip read as "cong ty" (``_CONG_TY_SLIP``, ``_BRANCH_CT``)."""
    s = _CONG_TY_SLIP.sub(lambda m: "cong" if OSA.distance(m.group(1), "cong", score_cutoff=1) <= 1 else m.group(1), s)
    return _BRANCH_CT.sub(r"\1 cong ty", s)


def _clean_name(text: str) -> str:
    text = latinised(readable(text))  # 宝成, ナカムラ精工, 화승비나: in the Latin letters other lists use
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
    s = fold(text).replace("&", " and ")
    s = _cong_ty_slips(s)
    tail = _CN_TAIL_RE.search(s)
    # "- CN Bắc Ninh", "- CN Việt Yên", "- CN Vệit Yên": a branch named by its place (a province, a district, or a
    # place mistyped), never a long phrase
    if tail and len(tail.group(1).replace(".", " ").split()) <= 3:
        s = s[: tail.start()] + " chi nhanh"
    s = _FACTORY_OF.sub("", s)
    s = _brand_last(s)
    s = _PUNCT.sub(" ", s)
    s = _GLUED.sub(r"\1 \2", s)
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


_DESC_WORDS = frozenset(w for phrase in _DESCRIPTORS for w in phrase.split() if len(w) >= 3)


@lru_cache(maxsize=50_000)
def _near_desc_words(word: str) -> tuple[str, ...]:
    """Trade words (``DESCRIPTORS``) one keystroke from ``word``: same first letter; one letter dropped, doubled
    or added, two neighbours swapped, or one letter replaced by a neighbouring key."""
    if len(word) < 3 or not word.isalpha():
        return ()
    out = []
    for t in _DESC_WORDS:
        if t == word or t[0] != word[0] or abs(len(t) - len(word)) > 1 or OSA.distance(t, word) != 1:
            continue
        if len(t) == len(word):
            diff = [(a, b) for a, b in zip(t, word, strict=True) if a != b]
            if len(diff) == 1 and diff[0][1] not in _KEY_NEIGHBOURS.get(diff[0][0], ""):
                continue
        out.append(t)
    return tuple(out)


def _desc_typos(words: list[str]) -> list[str]:
    """Mistyped trade words read as meant ("Cơ khíí", "Đinệ tử", "njựa", "CASTINB"), so that they leave the brand:
    a word one keystroke from exactly one trade word that completes a trade phrase with its neighbour ("co khii" →
    "co khi"), else from exactly one trade word standing alone, when the typed word has four letters or more and
    cannot be a Vietnamese syllable ("castinb" → "casting"; "thap" and "Woo" stay, they may be names)."""
    out = list(words)
    for i, w in enumerate(words):
        near = _near_desc_words(w)
        if not near:
            continue
        prev, nxt = (out[i - 1] if i else ""), (words[i + 1] if i + 1 < len(words) else "")
        if prev == "vien" and i > 1 and out[i - 2] == "thanh":
            prev = ""  # "một thành viên" is the legal form: "thành viên thơng mại" is not "viễn thông"
        if w in _DESC_WORDS and (w in _DESCRIPTORS or f"{prev} {w}" in _DESCRIPTORS or f"{w} {nxt}" in _DESCRIPTORS):
            continue  # a trade word where it stands
        # A phrase completed ("dine tu" → "dien tu", "thong mai" → "thuong mai") is better evidence than a lone word
        # ("die"); a word of some trade phrase ("thong" of "viễn thông") is only read as another in a phrase.
        fits = [t for t in near if f"{prev} {t}" in _DESCRIPTORS or f"{t} {nxt}" in _DESCRIPTORS] or [
            t
            for t in near
            if t in _DESCRIPTORS
            and len(w) >= 4
            # "thpe" is thép, "prts" parts, "mmay" may; but "anda", "tbdg" are no "and", "tbd"
            and (len(w) >= 5 or len(t) >= len(w) or VI_SYLLABLE.fullmatch(t))
            and not VI_SYLLABLE.fullmatch(w)
            and w not in _DESC_WORDS
        ]
        if len(fits) == 1:
            out[i] = fits[0]
    return out


@lru_cache(maxsize=20_000)
def _tail_word(word: str) -> str:
    """The legal-form or country word ``word`` is one keystroke from (same first letter, one substitution,
    insertion, deletion or swap), when ``word`` is none of them and cannot be a Vietnamese syllable; else ""."""
    if len(word) < 3 or not word.isalpha() or VI_SYLLABLE.fullmatch(word):
        return ""
    near = [
        t
        for t in _TAIL_WORDS
        if t[0] == word[0] and abs(len(t) - len(word)) <= 1 and OSA.distance(t, word) == 1
    ]
    if len(near) != 1:
        return ""
    t = near[0]
    if len(t) == len(word):  # a substitution must hit a neighbouring key ("vinw", not "vine"); a swap is fine
        diff = [(a, b) for a, b in zip(t, word, strict=True) if a != b]
        if len(diff) == 1 and diff[0][1] not in _KEY_NEIGHBOURS.get(diff[0][0], ""):
            return ""
    return t


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_NEIGHBOURS = {
    ch: "".join(
        _KEY_ROWS[r2][c2]
        for r2 in (r - 1, r, r + 1)
        if 0 <= r2 < 3
        for c2 in (c - 1, c, c + 1)
        if 0 <= c2 < len(_KEY_ROWS[r2]) and (r2, c2) != (r, c)
    )
    for r, row in enumerate(_KEY_ROWS)
    for c, ch in enumerate(row)
}


def _tail_typos(words: list[str]) -> list[str]:
    """Mistyped legal-form and country words at the end of a name ("KANGWHA OPTICS VINW CO., LGD", "DBN Việt
    Nma") read as the words meant, so that they leave the brand like the others; the brand itself is never
    touched (at least one word stays)."""
    out = list(words)
    k = len(out) - 1
    while k >= 1:
        w = out[k]
        if w in _TAIL_WORDS or w == "co":
            k -= 1
            continue
        if out[k - 1] == "viet" and w != "nam" and len(w) == 3 and OSA.distance(w, "nam") == 1:
            out[k] = "nam"
            k -= 2
            continue
        if w == "nam" and (
            out[k - 1] == "viet" or (len(out[k - 1]) >= 3 and OSA.distance(out[k - 1], "viet") == 1)
        ):
            out[k - 1] = "viet"  # "Việf Nam", "Vit Nam"
            k -= 2
            continue
        fixed = _tail_word(w)
        if not fixed:
            break
        out[k] = fixed
        k -= 1
    return out


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
_ONSETS = frozenset("b c d g h k l m n p q r s t v x ch gh gi kh ng nh ph qu th tr ngh".split())


# Both spellings are correct Vietnamese (kĩ/kỹ thuật, lí/lý, mĩ/mỹ, sĩ/sỹ): one is kept.
_IY = {"ki": "ky", "li": "ly", "mi": "my", "si": "sy"}


def _rejoin(words: list[str]) -> list[str]:
    """Words broken by a PDF copy ("s an xuat", "cong t y", "bach d ang"): a lone initial consonant joins the word
    after it when that word starts with a vowel and the join is a Vietnamese syllable."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _ONSETS and i + 1 < len(words):
            nxt = words[i + 1]
            if nxt[:1] in "aeiouy" and VI_SYLLABLE.fullmatch(w + nxt):
                out.append(w + nxt)
                i += 2
                continue
        out.append(w)
        i += 1
    return out


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
_PERSON = re.compile(
    r"^(?!chi\s+nh|c\s+nhanh\b)(?:(?:anh|chi|a|c|ong|ba|em|mr|mrs|ms|miss)(?:\.\s*|\s+)[a-z]+(?:\s+[a-z]+){0,2}"
    r"|(?:chi nhanh\s+)?(?:nv|nhan vien|truong phong|pho phong|giam doc|gd|pgd|ke toan|thu mua|mua hang|phu trach|"
    r"purchasing|purchaser|buyer|sales|manager)\b[a-z ]{0,30}"
    r"|(?:" + "|".join(_SURNAMES) + r")(?:\s+[a-z]+){1,3}(?:\s*\([^()]*\))?)$"
)
_FIRM_WORD = re.compile(r"^(?:cong ty|cty|c ty|ctcp|ct|dntn|htx|doanh nghiep|chi nhanh|xuong|co so|ho kinh doanh|hkd)\b")


def _without_person(name: str) -> str:
    """``name`` without a person written before or after it with a dash (``_PERSON``); as written otherwise."""
    parts = _DASH_SPLIT.split(name)
    if len(parts) != 2:
        return name
    left, right = (_SPACES.sub(" ", re.sub(r"[^0-9a-z()\s]", " ", fold(p))).strip() for p in parts)
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


_UNIT_OF = re.compile(r"^(?:xi nghiep|xn)\s+\S.*?\s(?:cong ty|cty|ctcp|ct)\s")


def _without_joined_repeat(brand: list[str]) -> list[str]:
    """``brand`` without a last word that repeats the words before it joined ("越南荣昌电线有限公司 RONGCHANG" →
    "rong chang rongchang" → "rong chang"): the name in characters, then in Latin letters."""
    if len(brand) >= 3:
        last = brand[-1]
        for k in range(2, len(brand)):
            if "".join(brand[-1 - k : -1]) == last:
                return brand[:-1]
    return brand


@lru_cache(maxsize=200_000)
def _parts(name: str) -> tuple[str, str, str, str, bool, bool]:
    """``name_parts`` and whether the name is a plant's ("Nhà máy …", "Xưởng sản xuất số 2")."""
    name = _without_person(name)
    both = _two_languages(name)
    if both:
        return _parts(both)
    s = _respaced(_clean_name(name))
    plant = bool(_PLANT_HEAD.match(s))
    if plant:  # "Nhà máy sản xuất bao bì Seonhee 2": the plant's words and number say nothing of the firm
        s = _PLANT_NUMBER.sub("", _PLANT_HEAD.sub("", s)).strip()
    if not s:
        return "", "", "", "", False, plant
    if s.startswith("ct ") and len(s) > 6:  # "CT Thép LNHC": CT abbreviates công ty
        s = "cong ty " + s[3:]
    s = _CN_RE.sub("chi nhanh ", s)
    # "Xí nghiệp Cơ điện Hồng Lực - Công ty CP Cơ khí Phát Đăng": a dependent unit named before its company, as a
    # branch is (it keeps its own name; a Xí nghiệp with no company after it is an enterprise of its own).
    branch = bool(_BRANCH_RE.search(s) or _UNIT_OF.match(s))
    if branch:
        s = _BRANCH_PLACE_RE.sub("chi nhanh ", s)
        s = _PLACE_BRANCH_OF_RE.sub("", s)
        s = _BRANCH_TAIL_RE.sub(r"\1 branch", s)
        s = _BRANCH_RE.sub(" ", s)
        s = _BRANCH_AT_RE.sub(r"\1 ", _SPACES.sub(" ", s))
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


# ------------------------------------------------------------------------------------------ tax, phone


def normalise_tax(raw: str | None) -> str:
    """Digits of a written tax code: 10 digits, or 13 for a dependent branch; ``""`` when unusable.

    Spaces, dots and dashes are dropped; a leading zero lost in Excel is put back; fewer than 8 digits is treated
    as missing (a fragment, not a code).
    >>> normalise_tax("0100 109 106 - 001")
    '0100109106001'
    """
    if not raw:
        return ""
    raw = str(raw).strip()
    if _NOT_TAX.search(raw):  # "GCNĐKĐT 2754706797": an investment certificate's number, not a tax code
        return ""
    sci = _SCIENTIFIC.fullmatch(raw)
    if sci:
        # Excel showed the code as a number in scientific notation ("2.31493E+09"): usable only when every digit
        # survived ("2.314926275E+09"); otherwise the code is unknown, not the digits that are left.
        head, tail, exp = sci.group(1), sci.group(2) or "", int(sci.group(3))
        if len(tail) > exp or len(tail) < exp or exp not in (8, 9, 11, 12):
            return ""
        raw = head + tail
    elif _FLOAT_TAIL.search(raw):
        raw = _FLOAT_TAIL.sub("", raw)  # "2314926275.0": a number cell written back as text
    short = _SHORT_BRANCH.search(raw)
    if short:
        # "2415005591-1", "0203643782 - 01": a branch number written without its zeros is "-001" (a lost leading
        # zero is put back below, as for any code).
        number = short.group(2)
        raw = short.group(1) + (number.zfill(3) if int(number) else "")
    digits = re.sub(r"\D", "", raw)
    if len(digits) < 8 or len(digits) > 14 or len(set(digits)) == 1:
        return ""
    if len(digits) in (9, 12) and digits[0] != "0":
        # Excel read the code as a number and dropped its leading zero (codes of Hà Nội, Hải Phòng, ... start 0).
        digits = "0" + digits
    if len(digits) == 13 and digits.endswith("000"):
        # "-000" is not a branch suffix; it is how some exports pad a parent code.
        return digits[:10]
    return digits


_NOT_TAX = re.compile(
    r"(?i)gcn\s*đk\s*đt|gcndkdt|đkđt|\bdkdt\b|\birc\b|đăng ký đầu tư|dang ky dau tu|investment (?:registration )?cert"
    r"|\bbhxh\b|bảo hiểm xã hội|mã đơn vị"
)
_SCIENTIFIC = re.compile(r"(\d)(?:[.,](\d*))?\s*[eE]\s*\+?\s*(\d{1,2})")
_SHORT_BRANCH = re.compile(r"(?<!\d)(\d{9,10})\s*[-–]\s*(\d{1,2})\s*$")
_FLOAT_TAIL = re.compile(r"(?<=^\d{9})\.0+$|(?<=^\d{10})\.0+$|(?<=^\d{12})\.0+$|(?<=^\d{13})\.0+$")
_MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


SCI_DIGITS = 6  # significant digits Excel shows of a long number in a General cell ("4.00155E+09")


def _sci(mantissa: str, exponent: int) -> str:
    digits = mantissa.lstrip("0")
    if not digits:
        return ""
    exponent -= len(mantissa) - len(digits)
    if len(digits) > SCI_DIGITS:
        value = Decimal(digits[: SCI_DIGITS + 1]) / 10
        rounded = str(int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP)))
        if len(rounded) > SCI_DIGITS:  # 9.999995 → 10.0000: one more power of ten
            rounded, exponent = rounded[:SCI_DIGITS], exponent + 1
        digits = rounded
    digits = digits.rstrip("0") or "0"
    return f"{digits}e{exponent}"


def tax_sci(raw: str | None, tax: str = "") -> str:
    """The part of a tax code that survives Excel's scientific notation, as a key: ``"4.00155E+09"`` →
    ``"400155e9"``; a full code gives the key Excel would have shown (``"4001550878"`` → ``"400155e9"``,
    ``"0402808164"`` → ``"402808e8"``: the leading zero is lost first). ``tax`` is ``normalise_tax(raw)`` when known.
    ``""`` when the cell holds neither.

    >>> tax_sci("4.00155E+09"), tax_sci("", "4001550878"), tax_sci("4.02808E+08"), tax_sci("1.07261E+11")
    ('400155e9', '400155e9', '402808e8', '')
    """
    if tax:
        digits = tax.lstrip("0")
        return _sci(digits, len(digits) - 1) if digits and len(tax) == 10 else ""
    if not raw:
        return ""
    sci = _SCIENTIFIC.fullmatch(str(raw).strip())
    if not sci:
        return ""
    head, tail, exp = sci.group(1), sci.group(2) or "", int(sci.group(3))
    if exp not in (8, 9):
        # A branch's thirteen digits ("1.07261E+11") keep six of its parent's ten: every branch of the parent
        # would agree.
        return ""
    return _sci(head + tail, exp)


def tax_check_ok(tax: str) -> bool:
    """Whether the tenth digit of a tax code (mã số thuế) is the check digit of the first nine: 10 − (Σ wᵢ·dᵢ mod 11)
    with weights 31, 29, 23, 19, 17, 13, 7, 5, 3. It catches every one-digit slip and every swap of neighbours in
    the first ten digits, so two codes one digit apart that both pass differ in the branch suffix: two branches.

    >>> tax_check_ok("0100109106"), tax_check_ok("0100109107")
    (True, False)
    """
    if len(tax) < 10 or not tax[:10].isdigit():
        return False
    total = sum(w * int(d) for w, d in zip(_MST_WEIGHTS, tax, strict=False))
    return str(10 - total % 11) == tax[9]


def _one_digit_dropped(short: str, long: str) -> bool:
    return len(long) == len(short) + 1 and Levenshtein.distance(short, long, score_cutoff=1) == 1


# A code this many edits (Levenshtein) or more from another is not a slip of it: a different number.
OTHER_NUMBER_EDITS = 4


def other_number(x: str, y: str) -> bool:
    """Two tax cells' codes so far apart that, when one of them fails the check digit, it is another number (an
    investment certificate typed into the tax column), not this firm's code mistyped nor another firm's code."""
    return Levenshtein.distance(x, y) >= OTHER_NUMBER_EDITS


def tax_slip(x: str, y: str, edits: int = 1) -> bool:
    """``y`` reads as ``x`` mistyped: same length, at most ``edits`` slips (a swap of neighbours is one), and not
    both passing the check digit (two valid codes one digit apart are two branches, not a slip). Also one digit
    dropped or doubled ("461606223" for 4616062233: ``normalise_tax`` read nine digits as a lost leading zero
    and wrote "0461606223"; "46160622333")."""
    if len(x) == len(y):
        if OSA.distance(x, y) <= edits and not (tax_check_ok(x) and tax_check_ok(y)):
            return True
        return len(x) == 10 and (
            (x[0] == "0" and _one_digit_dropped(x[1:], y)) or (y[0] == "0" and _one_digit_dropped(y[1:], x))
        )
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return len(long) >= 10 and _one_digit_dropped(short, long)


# Numbers renumbered in 2017–2018, still printed on old letterheads and in old lists (national number, no 0):
# eleven-digit mobiles 01xx → 0xx, and landline area codes (Decision 2036/QĐ-BTTTT, 2017). Only old codes that
# cannot be read as a current number are mapped (old 033 Quảng Ninh is also a mobile prefix today, so it is not).
_OLD_MOBILE = {
    "120": "70", "121": "79", "122": "77", "126": "76", "128": "78", "123": "83", "124": "84", "125": "85",
    "127": "81", "129": "82", "162": "32", "163": "33", "164": "34", "165": "35", "166": "36", "167": "37",
    "168": "38", "169": "39", "186": "56", "188": "58", "199": "59",
}  # fmt: skip
_OLD_AREA3 = {  # three-digit old codes + 7 digits (ten-digit national numbers)
    "240": "204", "241": "222", "280": "208", "281": "209", "230": "215", "231": "213", "320": "220",
    "321": "221", "350": "228", "351": "226", "500": "262", "501": "261", "510": "235", "511": "236",
    "650": "274", "651": "271", "710": "292", "711": "293", "780": "290", "781": "291",
}  # fmt: skip
_OLD_AREA2 = {  # two-digit old codes + 7 digits, or Hà Nội 4 + 8 digits (nine-digit national numbers)
    "20": "214", "22": "212", "25": "205", "26": "206", "27": "207", "29": "216", "30": "229", "31": "225",
    "53": "233", "54": "234", "57": "257", "60": "260", "61": "251", "62": "252", "63": "263", "64": "254",
    "66": "276", "67": "277", "68": "259", "72": "272", "73": "273", "74": "294", "75": "275",
}  # fmt: skip


def _renumbered(national: str) -> str:
    if len(national) == 10 and national[:3] in _OLD_MOBILE:
        return _OLD_MOBILE[national[:3]] + national[3:]
    if len(national) == 10 and national[:3] in _OLD_AREA3:
        return _OLD_AREA3[national[:3]] + national[3:]
    if len(national) == 9 and national[0] == "4":
        return "24" + national[1:]
    if len(national) == 9 and national[:2] in _OLD_AREA2:
        return _OLD_AREA2[national[:2]] + national[2:]
    return national


_PHONE_SPLIT = re.compile(
    r"[/;,|&]|\s[-–]\s|\b(?:ext|fax|máy lẻ|hotline|tel|đt|dđ|mobile|hoặc|hoac|or|và|va|and)\b", re.IGNORECASE
)


def _national(part: str) -> str:
    """The national number (no leading 0, current numbering) of one number as written."""
    digits = re.sub(r"\D", "", part)
    if digits.startswith("0084"):
        digits = digits[4:]
    elif digits.startswith("84") and len(digits) >= 11:
        digits = digits[2:]
    return _renumbered(digits.lstrip("0"))


def _one_phone(part: str) -> str:
    digits = _national(part)
    if len(digits) < 8:
        return ""
    return digits[-9:]


def phone_province(raw: str | None) -> str:
    """Current province code of the first landline in a phone cell ("(0222) 3 812 345" → Bắc Ninh; old codes
    such as 0241 too), or "" when the cell has none (mobiles carry no place)."""
    if not raw:
        return ""
    for part in _PHONE_SPLIT.split(str(raw)):
        if found := area_province(_national(part)):
            return found
    return ""


def phone_kinds(raw: str | None) -> str:
    """Which kinds of number a phone cell gives: "L" (landlines: an area code, the firm's switchboard), "M"
    (mobiles and service numbers: often a person's), "LM" (both) or "". A landline and a mobile that differ say
    little against a match; two landlines that differ say much."""
    kinds = set()
    parts = _PHONE_SPLIT.split(str(raw or ""))
    for part in parts if any(len(_national(p)) >= 8 for p in parts) else [str(raw or "")]:
        digits = _national(part)  # "0222 - 3812345": one number split at its area code, as in ``phones``
        if len(digits) >= 8:
            kinds.add("L" if len(digits) == 10 and digits[0] == "2" else "M")
    return "".join(sorted(kinds))


def phones(raw: str | None) -> tuple[str, ...]:
    """Every number of a phone cell, normalised like ``normalise_phone``, in written order without repeats:
    ``"Tel: 0251 7333285 - Fax: 0251 7333286"`` and ``"0383.774.631 / 0983089618"`` give two."""
    if not raw:
        return ()
    out = [p for part in _PHONE_SPLIT.split(str(raw)) if (p := _one_phone(part))]
    if not out:  # "0222 - 3812345": one number split at its area code
        out = [p] if (p := _one_phone(str(raw))) else []
    return tuple(dict.fromkeys(out))


def normalise_phone(raw: str | None) -> str:
    """Last 9 digits of the national number: ``+84 208 5801 275``, ``0208.5801.275``, ``(0208) 5801275`` agree,
    and so do renumbered ones (``0280 3 801 275`` and ``0208 3 801 275``; ``0163 …`` and ``033 …``). The first
    number of a cell that lists several (``phones`` gives them all).

    >>> normalise_phone("+84 96 437 3295") == normalise_phone("0964373295")
    True
    """
    found = phones(raw)
    return found[0] if found else ""


# ------------------------------------------------------------------------------------------- addresses

_ZONE_RE = re.compile(
    r"(?<![0-9a-z])(?:kcn|khu cong nghiep|ccn|cum cong nghiep|cum cn|khu cn|kcx|khu che xuat|khu kinh te|kkt|"
    r"khu cong nghe cao|kcnc)"
    r"\.?\s+([a-z0-9 \-\.]+?)\s*(?=,|;|\(|$)"
)
_ZONE_EN_RE = re.compile(
    r"(?:^|,)\s*([a-z0-9 \-]+?)\s+(?:industrial park|industrial zone|industrial cluster|industrial complex|hi tech park|hi-tech park|high tech park|"
    r"ip|iz|ic|"
    r"export processing zone|epz)(?![0-9a-z])"
)
_LOT_RE = re.compile(
    r"(?<![0-9a-z])(?<!quoc )(?<!tinh )(?<!huong )(?:lo dat|lo so|lo|lot no|lot|plot no|plot|o dat)(?![a-z])\s*[:.]?\s*(?:so\s+|no\s*)?"
    # letters, digits, then "-7", "/2", "b": never a following word ("Lô K19-Khu CN ...", "Lô 110-K.C.N ...")
    r"([a-z]{0,4}[\s\-]*[0-9]+(?:[a-z](?![a-z]))?(?:[\-/\.][0-9]+(?:[a-z](?![a-z]))?)*|[a-z]{1,4}(?=[\s,]|$))"
)
# A dash with no spaces before the commune or district ("161 Kinh Dương Vương-Thị trấn Như Quỳnh-HY").
_UNIT_AHEAD = r"(?=\s*(?:thi tran|thi xa|thanh pho|phuong|xa|huyen|quan|tinh|tp|tx|tt|p|x|h|q|t)\b)"
# "Số 78, ngõ 160 Nguyễn Đăng Đạo", "NO. 324, NGO 133, NGUYEN GIA THIEU STREET": a house in a lane off a street.
_LANE_HOUSE_RE = re.compile(
    r"^(?:so nha|so|no\.?)?\s*([0-9]+[a-z]?)\s*,?\s*(?:ngo|ngach|hem|lane|alley)\s*([0-9]+[a-z]?)\s*,?\s*"
    r"(?:duong|pho)?\s*([a-z][a-z0-9 ]{2,}?)(?:\s+(?:street|str|st|road|rd)\.?)?\s*(?=,|;|\s-\s|$)"
)
_STREET_RE = re.compile(
    r"(?<![0-9a-z/])(?:so nha|so|no\.?|number)?\s*([0-9]+[a-z]?)\s*(?:,\s*)?(?:duong|pho|street|st|road|rd)\s+"
    r"([a-z0-9 .]+?(?:-[0-9]+)?)\s*(?=,|;|\s-\s|-" + _UNIT_AHEAD + r"|$)"
)
# "Số 247 Xương Giang, ...", "334 Hai Bà Trưng - ...": a house number and a street name without "đường"/"phố", as
# the first part of the address (never a village, a lane, a lot or a road kilometre).
_BARE_STREET_RE = re.compile(
    r"^(?:so nha|so|no\.?)?\s*(?:k|kiet|lane|hem|alley)?\s*([0-9]+[a-z]?(?:/[0-9]+[a-z]?)*)\s*,?\s+"
    r"(?!(?:thon|xom|ap|khu|kp|khu pho|lo|lot|km|ql|tl|dt|xa|phuong|p|quan|q|huyen(?! quang)|h|tt|tx|tp|village|"
    r"hamlet|group|alley|lane)\b|(?:ngo|ngach|hem|kiet|to)\s+[0-9])"
    r"([a-z][a-z ]{2,}?|[0-9]{1,2} thang [0-9]{1,2})(?:\s+(?:street|str|st|road|rd)\.?)?\s*"
    r"(?=,|;|\s-\s|-" + _UNIT_AHEAD + r"|$)"
)
# "Km 61, TL295", "Km61 Quốc lộ 18", "KM 2, NATIONAL ROAD 18", "Km 55+500, ĐT295": a place on a numbered road.
_KM_RE = re.compile(
    r"(?<![0-9a-z])km\s*([0-9]+(?:\s*\+\s*[0-9]+)?)\s*[,\-]?\s*(?:duong\s+|highway no\.?\s*)?"
    r"(ql|quoc lo|national road|national highway|highway no|highway|nh|tl|dt|tinh lo|provincial road)\.?\s*(?:no\.?\s*)?"
    r"([0-9]+[a-z]?)(?![0-9])"
)
# "368 Quốc lộ 1A", "368 National Road 1A", "490/23 ĐT 747", "K67/45 Quốc lộ 1A" (kiệt: a lane in Đà Nẵng): a house
# on a numbered road, as the first part of the address.
_HOUSE_ON_ROAD_RE = re.compile(
    r"^(?:so nha|so|no\.?)?\s*(?:k|kiet|hem|lane|alley)?\s*([0-9]+[a-z]?(?:/[0-9]+[a-z]?)*)\s*,?\s*(?:duong\s+)?"
    r"(ql|quoc lo|national road|national highway|highway|nh|tl|dt|tinh lo|provincial road)\.?\s*(?:no\.?\s*)?"
    r"([0-9]+[a-z]?)(?![0-9])"
)
_ROAD_KIND = {"ql": "ql", "quoc lo": "ql", "national road": "ql", "national highway": "ql", "highway": "ql",
              "highway no": "ql", "nh": "ql", "tl": "tl", "dt": "tl", "tinh lo": "tl", "provincial road": "tl"}  # fmt: skip

_ZONE_STOP = re.compile(
    # a unit word followed by its name ("KCN Quế Võ xã Phương Liễu"), never a word of the park's own name ("CCN Mẫn
    # Xá - Văn Môn", "KCN Mẫn Xá")
    r"(?:\s+|\s*-\s*)(?:xa|phuong|thi tran|thi xa|tt|tx|huyen|quan|tinh|thanh pho|tp)\b(?=\s+[a-z0-9]).*$"
    r"|(?:\s+|\s*-\s*)(?:commune|ward|district|province|city)\b.*$"
    r"|\s*-?\s*(?:p|f|x|h|q|t|tt|tx|tp)\.\s*[a-z].*$"  # "- P.Hạp Lĩnh", "-H. Tiên Du", "TX.", "TP."
)


def normalise_lot(raw: str) -> str:
    """Lot written as ``A5``, ``A-5``, ``a 05``, ``CN9-2`` → letters + digits without separators or zero padding."""
    s = re.sub(r"[\s\-/\.]", "", raw.lower())
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", s)


@lru_cache(maxsize=1)
def _province_names() -> tuple[str, ...]:
    """Folded short names of current and pre-2025 provinces, longest first, plus the usual abbreviations."""
    full = _province_full_names()
    names = set(full)
    # Abbreviations lists write after a brand ("Tiến Duy BG", "Thắng Trang BN"); only stripped after a name.
    names |= {"hcm", "hcmc", "tp hcm", "sai gon", "hn", "bn", "hp", "bg", "hd", "hy", "vp", "tn", "qn", "bd", "dn"}
    names |= {"brvt", "vt"}
    names |= {n.replace(" ", "") for n in full if " " in n}  # "Danang", "Haiphong", "Bacninh"
    return tuple(sorted(names, key=len, reverse=True))


_DOTTED_EN = re.compile(r"(?<![a-z])([ie])\.([pzc])\.?(?![a-z])")
# A first address part that is only a lot code ("CN18.14", "B12", "A5-2"), when a park follows.
_BARE_LOT_RE = re.compile(
    r"^\s*(?!(?:so|no|km|ql|tl|dt)\b)([a-z]{1,3}[\-\s]?[0-9]+(?:[\.\-/][0-9]+)?[a-z]?)\s*,"
)
# A park's phase is not part of its name: "Bảo Minh (GĐ I)", "Đồng Văn II giai đoạn 2", "Rạng Đông GĐ2".
_PHASE = re.compile(r"\s+(?:gd|giai doan|phase|ph)\s*\.?\s*(?:[0-9]+|[ivx]+)\s*$")


# "CCN làng nghề Phong Khê", "CCN giấy Phong Khê", "CCN thép Đa Hội": a cluster's craft or trade written before its
# name, or not. ("Gò Dầu", "Đồng Văn": place words that look like trades are not in the list.)
_CLUSTER_TRADE = re.compile(
    r"^(?:(?:lang nghe|da nghe|tap trung|tieu thu cong nghiep|thu cong my nghe|giay|thep|det may|det nhuom|det|"
    r"may mac|co khi|nhua|che bien go|gom su|dien tu|tai che)\s+)+(?=[a-z0-9])"
)


def _zone_name(name: str) -> str:
    name = _PHASE.sub("", _ZONE_STOP.sub("", name.strip()))
    name = re.sub(r"[^a-z0-9 ]", " ", name)
    name = _CLUSTER_TRADE.sub("", _SPACES.sub(" ", name).strip())
    # "Hoa Khanh Expansion Industrial Park" is KCN Hòa Khánh mở rộng.
    name = re.sub(r"\b(?:expansion|extension|extended)\b", "mo rong", name)
    name = re.sub(r"\bviet ?nam singapore\b", "vsip", name)  # VSIP spelled out
    words = [w for w in name.split() if w not in ("so", "no")]
    # "KCN Nam Sách Hải Phòng": a province written after the park's name without a comma is not part of it.
    joined = " ".join(words)
    for prov in _province_names():
        if joined.endswith(" " + prov) and len(joined) > len(prov) + 3:
            words = joined[: -len(prov) - 1].split()
            break
    # "E1 Tien Son Industrial Park": a leading lot written without "Lot" is not part of the park's name.
    while len(words) > 1 and re.fullmatch(r"[a-z]{0,3}[0-9][0-9a-z\-]*", words[0]):
        words = words[1:]
    return " ".join(words)


_STREET_STOP = re.compile(
    r"\s+(?:xa|phuong|thi tran|thi xa|huyen|quan|tinh|thanh pho|tp|commune|ward|district|province|city|p|q|x|h)\b.*$"
)


def _street_name(name: str) -> str:
    """ "le duan phuong thach ban quan long bien": an address written without commas; the street stops at the
    first administrative word ("P. Trần Phú" included)."""
    name = _SPACES.sub(" ", name).strip()
    cut = _STREET_STOP.sub("", name)
    out = _SPACES.sub(" ", (cut or name).replace(".", " ")).strip()
    # "385 duong To Hien Thanh Bac Giang": a province written after the street without a comma.
    for prov in _province_names():
        if out.endswith(" " + prov) and len(out) > len(prov) + 3:
            return out[: -len(prov) - 1]
    return out


def zone_and_lot(address: str) -> tuple[str, str, str]:
    """``(zone, lot, street)`` read from an address: ``"Lô A5, KCN Đại An"`` → ``("dai an", "a5", "")``.

    Vietnamese (KCN, Khu công nghiệp, CCN, Cụm công nghiệp) and English ("Dai An Industrial Park", "Dai An IP")
    forms give the same zone name.
    """
    s = fold(address).replace("–", "-").replace("—", "-").replace("k.c.n", "kcn").replace("c.c.n", "ccn")
    s = _DOTTED_EN.sub(lambda m: m.group(1) + m.group(2), s)  # "Viet Han I.Z", "Tien Son I.P."
    s = re.sub(r"[\"'()]", ",", s)
    zone = ""
    m = _ZONE_RE.search(s)
    if m:
        zone = _zone_name(m.group(1))
    else:
        m = _ZONE_EN_RE.search(s)
        if m:
            zone = _zone_name(m.group(1))
    lot = ""
    m = _LOT_RE.search(s)
    if m:
        lot = normalise_lot(m.group(1))
    elif zone and (m := _BARE_LOT_RE.match(s)):  # "CN18.14, KCN Khánh Phú": a lot code before the park
        lot = normalise_lot(m.group(1))
    street = ""
    if not zone:
        head = s.strip()
        if road := _HOUSE_ON_ROAD_RE.match(head):
            street = f"{road.group(1)} {_ROAD_KIND[road.group(2)]}{road.group(3)}"
        elif lane := _LANE_HOUSE_RE.match(head):
            street = f"{lane.group(1)} ngo{lane.group(2)} {_street_name(lane.group(3))}"
        elif m := _STREET_RE.search(s):
            street = f"{m.group(1)} {_street_name(m.group(2))}"
        elif m := _KM_RE.search(s):
            km = re.sub(r"\s", "", m.group(1))
            street = f"km{km} {_ROAD_KIND[m.group(2)]}{m.group(3)}"
        elif m := _BARE_STREET_RE.match(head):
            street = f"{m.group(1)} {_street_name(m.group(2))}"
    return zone, lot, street


@lru_cache(maxsize=20_000)
def _segment_unit(segment: str) -> tuple[str, str] | None:
    unit = normalise_address(segment)
    if unit.province_code and unit.matched_on.split("+")[0] in ("province", "legacy_province"):
        return unit.province_code, unit.commune_code or ""
    return None


@lru_cache(maxsize=5_000)
def _whole_address_unit(address: str) -> tuple[str, str]:
    unit = normalise_address(address)
    return unit.province_code or "", unit.commune_code or ""


def province_of(address: str) -> tuple[str, str]:
    """``(province code, commune code)`` of an address: the last comma part naming a province decides.

    Parts are few and repeat across records ("tỉnh Bắc Ninh"), so each is parsed once (the full parser costs
    ~2 ms an address); an address with no province part falls back to the full parser.
    """
    parts = [p.strip() for p in re.split(r"[,;]", address) if p.strip()]
    for part in reversed(parts[-3:]):
        found = _segment_unit(part)
        if found:
            return found
    return _whole_address_unit(address)


def _address(address: str) -> tuple[str, str, str, str, str, str, str]:
    address = _province_spelled_out(readable(address))
    zone, lot, street = zone_and_lot(address)
    province, commune = province_of(address)
    if province and not commune:
        commune = commune_code(_SPACES.sub(" ", fold(address).replace(".", ". ")).strip())
    district, bare = _written_district(address, province) if province else ("", "")
    if bare and commune and _commune_short(commune) == bare:
        # "Yên Phong, Bắc Ninh", "Quế Võ - Bắc Ninh": an old district's name, read as the commune that took the name
        # in 2025; the district is what was written, the commune is unknown.
        commune = ""
    if not district and commune:
        district = "|".join(_commune_districts().get(commune, ()))
    return province, commune, zone, lot, street, hamlet_of(address), district


# Province abbreviations written as the last part of an address ("Phương Liễu, Quế Võ, BN"), and a province name
# cut short ("Tam Giang, Yên Phong, Bắc Nin"): spelled out, so the parts before them are read in that province.
_PROVINCE_ABBREVIATIONS = {
    "bn": "Bắc Ninh", "bg": "Bắc Giang", "hd": "Hải Dương", "hy": "Hưng Yên", "hn": "Hà Nội", "hp": "Hải Phòng",
    "vp": "Vĩnh Phúc", "hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh", "hcmc": "Hồ Chí Minh",
    "brvt": "Bà Rịa - Vũng Tàu", "bd": "Bình Dương", "th": "Thanh Hóa", "na": "Nghệ An", "nd": "Nam Định",
    "tb": "Thái Bình", "ht": "Hà Tĩnh", "pt": "Phú Thọ", "hb": "Hòa Bình", "ct": "Cần Thơ",
}  # fmt: skip
# "tỉnh", "thành phố", "TP.", "T." before a province's name; a word of its own, never the T of "Thái Bình".
_PROVINCE_WORD = re.compile(r"^(?:tinh|thanh pho|tp|t)(?:\.\s*|\s+)")
_LAST_PART = re.compile(r"([,;\-–]\s*)([^,;\-–]+?)\s*\.?\s*$")


@lru_cache(maxsize=1)
def _province_full_names() -> dict[str, str]:
    """Folded name → name, current and pre-2025 provinces."""
    out = {fold(p.short_name): p.short_name for p in geo.legacy_provinces()}
    out.update({fold(p.short_name): p.short_name for p in geo.provinces()})
    return out


@lru_cache(maxsize=20_000)
def _province_spelled_out(address: str) -> str:
    m = _LAST_PART.search(address)
    if not m:
        return address
    last = _PROVINCE_WORD.sub("", _SPACES.sub(" ", fold(m.group(2)).strip(" .")).strip())
    names = _province_full_names()
    if last in names:
        return address
    full = _PROVINCE_ABBREVIATIONS.get(last.replace(".", ""))
    if not full and len(last) >= 5 and " " in last:
        starts = [n for k, n in names.items() if k.startswith(last)]
        full = starts[0] if len(starts) == 1 else None
    return address[: m.start(2)] + full if full else address


@lru_cache(maxsize=1)
def _commune_districts() -> dict[str, tuple[str, ...]]:
    """Current commune code → the pre-2025 districts whose wards went into it (split wards counted in each)."""
    out: dict[str, set[str]] = {}
    for w in geo.legacy_wards():
        for c in (w.new_commune_code, *w.other_commune_codes):
            if c:
                out.setdefault(c, set()).add(w.legacy_district_code)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=10_000)
def _commune_short(code: str) -> str:
    c = geo.commune(code)
    return fold(c.short_name) if c else ""


_DISTRICT_PART_SPLIT = re.compile(r"\s*[,;\-–/]\s*")
_HAS_DIGIT = re.compile(r"[0-9]")
_URBAN = re.compile(r"^(?:quan|q)\.?\s*[0-9]{1,2}$")  # "Quận 5", "Q.12"


def _written_district(address: str, province: str) -> tuple[str, str]:
    """(code of the pre-2025 district the address writes, its folded name when written bare, without "huyện" or
    "quận"), read from the end; ("", "") when none is written. A province's name before the province is its city
    ("P. Việt Hòa, Hải Dương, Hải Dương")."""
    parts = [
        p for p in _DISTRICT_PART_SPLIT.split(fold(address)) if p and (not _HAS_DIGIT.search(p) or _URBAN.match(p))
    ]
    after_province = False
    for part in reversed(parts[-5:]):
        part = _SPACES.sub(" ", part.replace(".", ". ")).strip(" .")
        if len(part.split()) > 5:
            continue
        found = _district_in(part, province, after_province)
        if found:
            return found, ("" if _DISTRICT_WORD.match(part) else part)
        after_province = after_province or _is_province(part)
    return "", ""


def _is_province(part: str) -> bool:
    part = _PROVINCE_WORD.sub("", part)
    return part in _province_full_names() or part in _PROVINCE_ABBREVIATIONS


_DISTRICT_WORD = re.compile(r"^(?:quan|huyen|thi xa|thanh pho|tx|tp|q|h)(?:\.|\s|$)")


@lru_cache(maxsize=50_000)
def _district_in(part: str, province: str, after_province: bool) -> str:
    if not after_province and _is_province(part):
        return ""
    if after_province and part in _province_full_names():
        part = "thanh pho " + part
    d = geo.find_legacy_district(part, geo.legacy_of_new(province))
    return d.code if d else ""


# "Thôn Hội", "Ấp Trong", "Xóm 6", "Khu phố 3", "Tổ dân phố 12", "Bản Lướt": the place below the commune, whose name
# survives the 2025 reform that renamed wards and communes. "Tô Ký" (a street) and "Khu công nghiệp" are not.
_HAMLET_RE = re.compile(
    r"(?<![a-z0-9])(?:thon|ap|xom|ban|lang|khu pho|kp|to dan pho|tdp|khu(?=\s+\d)|to(?=\s+\d))\.?\s+"
    r"(?!cong nghiep|cn\b|che xuat|do thi|kinh te)([a-z0-9]+(?:\s+[a-z0-9]+){0,2}?)\s*"
    r"(?=[,\-/;]|$|\s(?:xa|x|phuong|p|thi tran|tt|quan|q|huyen|h|tp|thanh pho|thi xa|tx|tinh|t)\b)"
)


@lru_cache(maxsize=50_000)
def hamlet_of(address: str) -> str:
    """The village, hamlet or quarter an address names, folded ("Thôn Hội, P. Liên Bảo" → "hoi"), else ""."""
    s = _SPACES.sub(" ", fold(address).replace(".", ". ")).strip()
    m = _HAMLET_RE.search(s)
    return m.group(1) if m else ""


# ------------------------------------------------------------------------------------------- shifted cells

# "… Vinh Yên Khang MST:2306 703 998", "… - MSDN: 2318255363", "(Mã số thuế 0101234567-001)": a tax code typed into
# the name cell of a list pasted from Word.
_TAX_IN_NAME = re.compile(
    r"[\s,;:(\-–]*\b(?:mst|msdn|ms dn|mã số thuế|ma so thue|mã số doanh nghiệp|ma so doanh nghiep|mã dn|"
    r"tax code|tax id)\s*[:.]?\s*(\d[\d .\-]{6,18}\d)\s*\)?",
    re.IGNORECASE,
)
# "… Hà Nội. Tel: 0924-297-180", "… Bắc Ninh - ĐT: (0241) 3366 306", "… Bắc Ninh - 090 400 5252": a phone written at
# the end of the address cell.
_PHONE_LABEL = r"(?:đt|dt|đ\.t|tel|tel\.|phone|điện thoại|dien thoai|sđt|sdt|dđ|dd|mobile|hotline|fax)"
_PHONE_TAIL = re.compile(
    r"(?:^|[\s,;.\-–])\s*(?:" + _PHONE_LABEL + r"\s*[:.]?\s*)*"
    r"((?:\+|\(|0|84)[\d\s.\-()+]*\d(?:(?:\s*(?:/|;|&|,|-|–|hoặc|hoac|or|và|" + _PHONE_LABEL + r")\s*[:.]?)+\s*"
    r"[\d\s.\-()+]*\d)*)\s*\.?\s*$",
    re.IGNORECASE,
)
_NON_DIGITS = re.compile(r"\D+")
_ADDRESS_WORDS = re.compile(
    r"(?<![a-z])(?:lo|so|duong|pho|thon|xom|ap|khu|kcn|ccn|xa|phuong|huyen|quan|tinh|thanh pho|tp|thi xa|"
    r"thi tran|lot|plot|street|road|ward|commune|district|province|industrial)(?![a-z])"
)


def _digit_count(text: str) -> int:
    return len(_NON_DIGITS.sub("", text))


def _phone_like(text: str) -> bool:
    """A cell that holds phone numbers and nothing else an address would have."""
    if not text or _digit_count(text) < 9:
        return False
    rest = _PHONE_TAIL.sub("", text).strip(" ,;.-–")
    return not rest and bool(phones(text))


def realign(rec: RawRecord) -> RawRecord:
    """The record with values typed into the wrong cell put back: a tax code at the end of the name ("… MST:
    2306 703 998"), an address in the tax-code cell (its phone then shifted into the address cell), a phone at the end
    of the address ("… Hà Nội. Tel: 0924-297-180"). A moved code fills only an empty tax cell; a moved phone joins the
    phone cell's numbers after them. Lists pasted from Word or typed by firms do this."""
    name, tax, address, phone = rec.name or "", rec.tax_code or "", rec.address or "", rec.phone or ""
    changed = False
    tax_in_name = ""
    if _digit_count(name) >= 8 and (m := _TAX_IN_NAME.search(name)) and normalise_tax(m.group(1)):
        name = _SPACES.sub(" ", name[: m.start()] + " " + name[m.end() :]).strip(" ,;-–")
        tax_in_name, changed = m.group(1), True
    if _tax_cell_is_address(tax):
        if not address.strip():
            address = tax
        elif _phone_like(address):
            phone = f"{phone} / {address}" if phone.strip() else address
            address = tax
        tax, changed = "", True
    if tax_in_name and not normalise_tax(tax):
        tax = tax_in_name
    if _digit_count(address) >= 9 and (m := _PHONE_TAIL.search(address)) and (m.start() > 0 or _phone_like(address)):
        number = m.group(1)
        if _digit_count(number) >= 9 and phones(number):
            address = address[: m.start()].strip(" ,;.-–")
            phone = f"{phone} / {number}" if phone.strip() else number
            changed = True
    return RawRecord(rec.id, name, tax, address, phone) if changed else rec


def _tax_cell_is_address(tax: str) -> bool:
    """A tax-code cell that holds an address: no usable code, and words and commas an address has."""
    if not tax or len(tax) < 12 or normalise_tax(tax):
        return False
    return "," in tax and bool(_ADDRESS_WORDS.search(fold(tax)))


def _make(
    rec: RawRecord,
    names: tuple[str, str, str, str, bool, bool],
    addr: tuple[str, str, str, str, str, str, str],
) -> Features:
    name_key, brand, desc, legal, branch, plant = names
    tax = normalise_tax(rec.tax_code)
    if len(tax) == 13:
        branch = True
    province, commune, zone, lot, street, hamlet, district = addr
    if plant and zone:  # "Nhà máy HQ Đại Đồng - Hoàn Sơn" in KCN Đại Đồng - Hoàn Sơn: the plant of HQ there
        name_key, brand = _without_own_park(name_key, zone), _without_own_park(brand, zone)
    nums = phones(rec.phone)
    if not province and nums:
        province = phone_province(rec.phone)  # a list with a landline and no address
    return Features(
        id=rec.id,
        name_key=name_key,
        name_sorted=" ".join(sorted(name_key.split())),
        brand=brand,
        desc=desc,
        legal=legal,
        branch=branch,
        tax=tax,
        tax_valid=tax_check_ok(tax),
        tax_sci=tax_sci(rec.tax_code, tax),
        phone=nums[0] if nums else "",
        phone2=nums[1] if len(nums) > 1 else "",
        phone_kind=phone_kinds(rec.phone) if nums else "",
        province=province,
        commune=commune,
        zone=zone,
        lot=lot,
        street=street,
        hamlet=hamlet,
        district=district,
        address_written=bool(rec.address.strip()),
    )


_NO_ADDRESS = ("",) * 7
_PHASE_WORDS = frozenset("i ii iii iv v 1 2 3 4 5 a b c".split())


def _without_own_park(text: str, zone: str) -> str:
    """``text`` without trailing words naming the record's own park ("hq dai dong hoan son", zone "dai dong hoan
    son" → "hq"; "tung nan yen phong ii c", zone "yen phong 2c" → "tung nan"; "thai binh duong 1 vsip", zone "vsip
    bac ninh" → "thai binh duong 1"): the words dropped start the park's name, and a name is left."""
    words, zone_words = text.split(), zone.split()
    park = set(zone_words)
    k = len(words)
    while k > 1 and words[k - 1] in _PHASE_WORDS and words[k - 1] not in park:
        k -= 1
    j = k
    while j > 1 and words[j - 1] in park:
        j -= 1
    dropped = words[j:k]
    if dropped and (dropped == zone_words[: len(dropped)] or (len(dropped) >= 2 and zone_words[0] in dropped)):
        return " ".join(words[:j])
    return text


def features(rec: RawRecord) -> Features:
    """The comparable ``Features`` of one raw record (pure; caches repeated names and address parts); values in the
    wrong cell are put back first (``realign``)."""
    rec = realign(rec)
    address = (rec.address or "").strip()
    return _make(rec, _parts((rec.name or "").strip()), _address(address) if address else _NO_ADDRESS)


def _parse_in_processes(jobs: list[tuple[list[str], list[str]]], workers: int) -> list[tuple[list, list]]:
    """``_parse_chunk`` of each job on ``workers`` processes started from a fork server, not forked from this
    process: a process that has run DuckDB holds its allocator's threads, and a child forked from it can crash
    (seen 2026-12-05: every worker segfaulted in libc's thread join and ``Pool.map`` waited for ever). A worker
    that dies anyway breaks the pool; the jobs are then parsed here."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = mp.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            return list(pool.map(_parse_chunk, jobs))
    except BrokenProcessPool:
        return [_parse_chunk(job) for job in jobs]


def _parse_chunk(job: tuple[list[str], list[str]]) -> tuple[list, list]:
    names, addresses = job
    return [_parts(n) for n in names], [_address(a) for a in addresses]


def features_many(
    records: Sequence[RawRecord], workers: int | None = None, realigned: bool = False
) -> list[Features]:
    """``features`` of many records: each distinct name and address is parsed once, on ``workers`` processes
    (default: all cores when there are more than 50,000 records). Same output as ``[features(r) ...]``;
    ``realigned``: the records have been through ``realign`` already.
    """
    if not realigned:
        records = [realign(r) for r in records]
    names = list(dict.fromkeys((r.name or "").strip() for r in records))
    addresses = list(dict.fromkeys(a for r in records if (a := (r.address or "").strip())))
    if workers is None:
        workers = (os.cpu_count() or 1) if len(records) > 50_000 else 1
    name_of: dict[str, tuple] = {}
    addr_of: dict[str, tuple] = {}
    if workers > 1:
        k = workers * 4
        jobs = [(names[i::k], addresses[i::k]) for i in range(k)]
        for (ns, as_), (np_, ap) in zip(jobs, _parse_in_processes(jobs, workers), strict=True):
            name_of.update(zip(ns, np_, strict=True))
            addr_of.update(zip(as_, ap, strict=True))
    else:
        name_of = {n: _parts(n) for n in names}
        addr_of = {a: _address(a) for a in addresses}
    return [
        _make(
            r,
            name_of[(r.name or "").strip()],
            addr_of[a] if (a := (r.address or "").strip()) else _NO_ADDRESS,
        )
        for r in records
    ]
