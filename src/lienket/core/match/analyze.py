"""Text analysis for matching: tokens (latin, CJK bigrams, Hangul), clauses, role cues, certificates.

Everything works on text folded by :func:`lienket.core.text.fold`, so "khóa kéo" and "khoa keo" are the same
tokens. Role cues ("không sản xuất", "we buy", "customers include", "vận chuyển") are found per clause and give
each token a *context*, which later scales how much a product mention counts as evidence that a firm makes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lienket.core.text import fold

# Han, Hiragana, Katakana (incl. the long-vowel mark) and Hangul syllables/jamo.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_WORD_RE = re.compile(rf"[0-9a-z]+|[{_CJK}]+")
_CJK_RUN_RE = re.compile(rf"[{_CJK}]+")
_CLAUSE_RE = re.compile(
    r"[.;!?:\n\u3002\uff01\uff1f\uff1b]+|\s(?:but|however|whereas|while|nhung|tuy nhien)\s"
)

# Contexts a token can be in; the value is how much a product mention there says "this firm makes it".
MAKE, SUPPLY, NEUTRAL, FOR, ROLE, NEG = "make", "supply", "neutral", "for", "role", "neg"
CONTEXT_WEIGHT = {MAKE: 1.0, SUPPLY: 0.8, NEUTRAL: 0.75, FOR: 0.2, ROLE: 0.08, NEG: 0.0}

# Cue phrases, folded. "noun" cues ("nhà sản xuất", "makers") name someone else when they follow a role cue
# ("customers include zipper makers"), so they inherit the context instead of resetting it.
_CUES: dict[str, tuple[str, bool]] = {}


def _add(kind: str, phrases: str, noun: bool = False) -> None:
    for p in phrases.split("|"):
        _CUES[p.strip()] = (kind, noun)


_add(
    MAKE, "sx|san xuat|che tao|gia cong|chuyen san xuat|chuyen|manufacture|manufactures|manufacturing|produce"
)
_add(MAKE, "produces|producing|production of|make|makes|making|fabricate|fabricates|fabricating|fabrication")
_add(MAKE, "specialize in|specializes in|specialise in|specialises in|specialized in|specialised in|oem|odm")
_add(MAKE, "we make|we produce|we manufacture|dap|det|duc|ep phun|xi ma|ma kem|son tinh dien|in an")
_add(MAKE, "nha san xuat|hang san xuat|manufacturer|manufacturers|maker|makers|producer|producers", noun=True)
_add(MAKE, "nha may|xuong|factory|plant|workshop", noun=True)
_add(
    SUPPLY, "cung cap|cung ung|supply|supplies|supplying|supplier|suppliers|provide|provides|providing|offer"
)
_add(SUPPLY, "offers|xuat khau|export|exports|exporting|sell|sells|selling")
_add(NEG, "khong|khong con|chua|ngung|ngung san xuat|khong phai|not|no|never|no longer|dont|doesnt|don t")
_add(NEG, "doesn t|do not|does not|stopped|discontinued|except|excluding|ngoai tru|without|nor")
_add(ROLE, "mua|thu mua|mua vao|nhap|nhap khau|buy|buys|buying|buyer|buyers|purchase|purchases|purchasing")
_add(ROLE, "procure|procures|procurement|source|sources|sourcing|import|imports|importing|importer")
_add(
    ROLE, "khach hang|customer|customers|client|clients|doi tac|partner|partners|phuc vu|serve|serves|serving"
)
_add(
    ROLE, "van chuyen|van tai|giao nhan|logistics|transport|transports|transporting|transportation|ship|ships"
)
_add(ROLE, "shipping|forwarding|freight|kho bai|luu kho|kho van|warehouse|warehousing|storage|delivery")
_add(ROLE, "phan phoi|distribute|distributes|distributor|distributors|distribution|dai ly|agent|agency")
_add(ROLE, "trading|trader|reseller|resells|resell|wholesale|wholesaler|retail|retailer|ban le|ban buon")
_add(ROLE, "sua chua|repair|repairs|bao tri|maintenance|tu van|consulting|consultancy|kiem dinh|inspection")
_add(ROLE, "recycle|recycles|recycling|tai che|thu gom|collect|collects|waste|phe lieu|scrap|rental|cho thue")
_add(ROLE, "khuon cho|molds for|moulds for|tools for")
_add(FOR, "cho|for|dung cho|used in|used for|danh cho|phuc vu cho|tailored to")
_CUE_MAX = max(len(k.split()) for k in _CUES)
_CUE_TUPLES = {tuple(k.split()): v for k, v in _CUES.items()}
# A verb MAKE cue this close after a NEG cue stays negated ("không sản xuất", "do not make").
_NEG_REACH = 3
# A MAKE cue this close after a customer/"for" cue names the customer's trade, unless a purpose or
# coordination word comes between ("mua hạt nhựa để sản xuất", "we import and make").
_ROLE_REACH = 4
_PURPOSE = {"de", "to", "and", "va", "roi", "nham", "also", "con", "cung"}


@dataclass(frozen=True, slots=True)
class Token:
    """One folded token with its clause index and the role context it sits in."""

    text: str
    clause: int
    context: str


def is_cjk(text: str) -> bool:
    """True when ``text`` holds any Han, Kana or Hangul character."""
    return bool(_CJK_RUN_RE.search(text))


def cjk_grams(run: str) -> list[str]:
    """Character bigrams of a CJK/Hangul run (the run itself when it is one character)."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def search_tokens(text: str | None) -> list[str]:
    """Tokens for full-text search: folded latin words and digits, CJK and Hangul character bigrams.

    >>> search_tokens("Khóa kéo 拉链")
    ['khoa', 'keo', '拉链']
    """
    out: list[str] = []
    for w in _WORD_RE.findall(fold(text)):
        if is_cjk(w):
            out.extend(cjk_grams(w))
        else:
            out.append(w)
    return out


def clauses(text: str | None) -> list[str]:
    """Split folded ``text`` into clauses at sentence marks and contrast words ("but", "nhưng")."""
    return [c.strip() for c in _CLAUSE_RE.split(fold(text)) if c and c.strip()]


def contextual_tokens(text: str | None) -> list[Token]:
    """Folded latin/CJK words of ``text``, each tagged with the role context of the nearest cue before it.

    The context resets at each clause. Cue words themselves are tagged with the context they open.
    """
    out: list[Token] = []
    for ci, clause in enumerate(clauses(text)):
        words = _WORD_RE.findall(clause)
        ctx, ctx_at, purpose = NEUTRAL, -99, False
        i = 0
        while i < len(words):
            hit = None
            for n in range(min(_CUE_MAX, len(words) - i), 0, -1):
                cue = _CUE_TUPLES.get(tuple(words[i : i + n]))
                if cue:
                    hit = (n, cue)
                    break
            if hit:
                n, (kind, noun) = hit
                if noun and ctx in (ROLE, FOR, NEG):
                    pass  # "customers include zipper makers": the makers are the customers
                elif kind in (MAKE, SUPPLY) and ctx == NEG and i - ctx_at <= _NEG_REACH:
                    pass  # "không sản xuất", "do not make"
                elif kind == MAKE and ctx in (ROLE, FOR) and i - ctx_at <= _ROLE_REACH and not purpose:
                    pass  # "cho các công ty sản xuất khóa kéo": still the customers' product
                elif noun and kind == MAKE and ctx in (MAKE, SUPPLY):
                    pass  # "we supply the makers" keeps supply; "nhà máy sản xuất" keeps make
                else:
                    ctx, ctx_at, purpose = kind, i, False
                    if noun and kind == MAKE:
                        ctx = MAKE
                for w in words[i : i + n]:
                    out.append(Token(w, ci, ctx))
                i += n
                continue
            if words[i] in _PURPOSE:
                purpose = True
            out.append(Token(words[i], ci, ctx))
            i += 1
    return out


# --- certificates -----------------------------------------------------------------------------------------

_CERT_NUM_RE = re.compile(r"([a-z]+)\s*[/\-]?\s*(?:ts\s*)?(\d{3,6})")
_CERT_ALIASES = {"isots": "iatf", "ts": "iatf", "bs": "ohsas"}
_CERT_FILLER = re.compile(
    r"\b(chung nhan|chung chi|tieu chuan|he thong|quan ly|certificate|certified|certification|standard|"
    r"system|cert|dat|da dat)\b"
)


@dataclass(frozen=True, slots=True)
class CertKey:
    """A certificate name reduced for lenient comparison: compact letters+digits and (scheme, number, year)."""

    raw: str
    compact: str
    scheme: str
    number: str
    year: str


def cert_key(name: str | None) -> CertKey:
    """Reduce a certificate name: "ISO 9001:2015" → scheme "iso", number "9001", year "2015"."""
    f = _CERT_FILLER.sub(" ", fold(name or ""))
    compact = re.sub(r"[^0-9a-z\u3040-\ud7af]", "", f)
    m = _CERT_NUM_RE.search(f.replace("iso/ts", "isots").replace("iso ts", "isots"))
    scheme = number = year = ""
    if m:
        scheme, number = m.group(1), m.group(2)
        scheme = _CERT_ALIASES.get(scheme, scheme)
        if number == "16949":
            scheme = "iatf"  # ISO/TS 16949 was replaced by IATF 16949; officers write either
        y = re.search(rf"{number}\s*[:\-/]\s*((?:19|20)\d\d)", f)
        year = y.group(1) if y else ""
    return CertKey(name or "", compact, scheme, number, year)


def cert_satisfies(held: CertKey, required: CertKey) -> bool:
    """True when a held certificate meets a required one ("ISO 9001:2015" meets "ISO 9001"; "IATF16949" =
    "IATF 16949"); a required year must match, a missing one matches any."""
    if not required.compact:
        return True
    if required.number and held.number:
        if required.number != held.number:
            return False
        if required.scheme and held.scheme and required.scheme != held.scheme:
            return False
        return not required.year or not held.year or required.year == held.year
    return held.compact == required.compact or held.compact.startswith(required.compact)


def find_certs(text: str | None) -> list[str]:
    """Certificate-like mentions in free text ("ISO 9001:2015", "IATF 16949", "RoHS")."""
    f = fold(text or "")
    found = [m.group(0) for m in re.finditer(r"\b(?:iso|iatf|ohsas|as|iso ts|iso/ts)\s*[/\-]?\s*\d{3,6}", f)]
    found += re.findall(r"\b(?:rohs|reach|haccp|gmp|bsci|sedex|wrap|grs|oeko tex|oeko-tex|ul|ce)\b", f)
    return found
