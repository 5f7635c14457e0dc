"""Vietnamese syllables and words as typed: what a folded word can be (``VI_SYLLABLE``, ``VI_SYLLABLE_STRICT``), a
value in a legacy encoding or with words glued (``readable``), and the repairs of a name's words: typed with Telex
left on (``_telex``), broken by a PDF copy (``_rejoin``), a trade word mistyped (``_desc_typos``), a legal-form or
country word mistyped at the end (``_tail_typos``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from lienket.core.legacy_text import repair_vietnamese, split_glued
from lienket.core.resolve.vocabulary import DESCRIPTORS as _DESCRIPTORS
from lienket.core.resolve.vocabulary import TAIL_WORDS as _TAIL_WORDS

__all__ = ["VI_SYLLABLE", "VI_SYLLABLE_STRICT", "readable"]


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


def readable(text: str) -> str:
    """A value as Unicode Vietnamese with glued words split (TCVN3, VNI, mojibake: ``legacy_text``)."""
    return split_glued(repair_vietnamese(text)) if text and not text.isascii() else split_glued(text)


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


# Words of a legal form or a conjunction: a trade word may follow them.
_FORM_WORDS = frozenset("cong ty cty tnhh cp ctcp mtv dntn htx co phan va and".split()) | _TAIL_WORDS


def _desc_typos(words: list[str]) -> list[str]:
    """Mistyped trade words read as meant ("Cơ khíí", "Đinệ tử", "njựa", "CASTINB"), so that they leave the brand:
    a word one keystroke from exactly one trade word that completes a trade phrase with its neighbour ("co khii" →
    "co khi"), else from exactly one trade word standing alone, when the typed word has four letters or more and
    cannot be a Vietnamese syllable ("castinb" → "casting"; "thap" and "Woo" stay, they may be names)."""
    out = list(words)
    for i, w in enumerate(words):
        near = _near_desc_words(w)
        if not near or w == "thi":  # "Phạm Thị Trang": Thị is a woman's middle name, not "thời trang" mistyped
            continue
        prev, nxt = (out[i - 1] if i else ""), (words[i + 1] if i + 1 < len(words) else "")
        if prev == "vien" and i > 1 and out[i - 2] == "thanh":
            prev = ""  # "một thành viên" is the legal form: "thành viên thơng mại" is not "viễn thông"
        if w in _DESC_WORDS and (w in _DESCRIPTORS or f"{prev} {w}" in _DESCRIPTORS or f"{w} {nxt}" in _DESCRIPTORS):
            continue  # a trade word where it stands
        # A phrase completed ("dine tu" → "dien tu", "thong mai" → "thuong mai") is better evidence than a lone word
        # ("die"); a word of some trade phrase ("thong" of "viễn thông") is only read as another in a phrase.
        # The last word after a brand syllable ("Linh kiện điện tử Phú Khag") is the brand's own syllable
        # mistyped ("Khang") as often as a trade word ("khay"): a lone Vietnamese trade word is not read there.
        prev_trade = prev in _DESCRIPTORS or (i > 1 and f"{out[i - 2]} {prev}" in _DESCRIPTORS)
        after_brand = not nxt and bool(VI_SYLLABLE.fullmatch(prev)) and not prev_trade and prev not in _FORM_WORDS
        fits = [t for t in near if f"{prev} {t}" in _DESCRIPTORS or f"{t} {nxt}" in _DESCRIPTORS] or [
            t
            for t in near
            if t in _DESCRIPTORS
            and len(w) >= 4
            # "thpe" is thép, "prts" parts, "mmay" may; but "anda", "tbdg" are no "and", "tbd"
            and (len(w) >= 5 or len(t) >= len(w) or VI_SYLLABLE.fullmatch(t))
            and not VI_SYLLABLE.fullmatch(w)
            and w not in _DESC_WORDS
            and not (after_brand and VI_SYLLABLE.fullmatch(t))
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


_ONSETS = frozenset("b c d g h k l m n p q r s t v x ch gh gi kh ng nh ph qu th tr ngh".split())


def _rejoin(words: list[str]) -> list[str]:
    """Words broken by a PDF copy ("s an xuat", "cong t y", "bach d ang"): a lone initial consonant joins the word
    after it when that word starts with a vowel and the join is a Vietnamese syllable."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        # "H.T.X Ốc vít", "D.N.T.N Ống thép": a letter of initials stays one
        if w in _ONSETS and i + 1 < len(words) and not (out and len(out[-1]) == 1):
            nxt = words[i + 1]
            if nxt[:1] in "aeiouy" and VI_SYLLABLE.fullmatch(w + nxt):
                out.append(w + nxt)
                i += 2
                continue
        out.append(w)
        i += 1
    return out
