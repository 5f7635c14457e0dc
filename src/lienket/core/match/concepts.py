"""Product concepts: map words in any of our languages to taxonomy product codes.

The lexicon is ``{folded term: [product codes]}`` (from :func:`lienket.core.taxonomy.lexicon`). Latin terms are
matched as token n-grams, CJK/Hangul terms as substrings (no spaces needed), and a query word that is in no
vocabulary is matched fuzzily (rapidfuzz) so "zipperr" and "khoa keoo" still land on zippers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from lienket.core.match.analyze import (
    CONTEXT_WEIGHT,
    FOR,
    MAKE,
    NEG,
    NEUTRAL,
    SUPPLY,
    Token,
    contextual_tokens,
    is_cjk,
)
from lienket.core.text import fold

_MAKER_NOUNS = {"maker", "makers", "manufacturer", "manufacturers", "producer", "producers", "factory", "oem"}
_SUB_SPAN_WEIGHT = 0.6  # a query asking for "metal zippers" still half-wants any zipper maker
_FUZZY_CUTOFF = 87.0
# Folded one-syllable terms ("nut", "tan", "nhan", "loa") collide with common words once accents are gone.
_WEAK = 0.6
_VOWELS = set("aeiouy")


def _syllable_like(word: str) -> bool:
    return len(word) <= 4 and bool(_VOWELS & set(word)) and not word.isdigit()


@dataclass(slots=True)
class Mention:
    """One product-code mention found in a text: the code, the words that matched, and its evidence weight."""

    code: str
    term: str
    weight: float
    context: str


@dataclass(slots=True)
class QueryConcept:
    """A product asked for by a query: candidate codes with weights (ambiguous words map to several)."""

    term: str
    codes: dict[str, float]
    weight: float = 1.0
    fuzzy: bool = False


@dataclass
class ConceptLexicon:
    """Compiled lexicon: latin n-grams, CJK strings, and a fuzzy vocabulary."""

    latin: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    cjk: dict[str, list[str]] = field(default_factory=dict)
    max_latin: int = 1
    max_cjk: int = 1
    words: set[str] = field(default_factory=set)
    fuzzy_terms: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, lexicon: Mapping[str, Iterable[str]]) -> ConceptLexicon:
        """Compile a ``{term: [codes]}`` mapping (terms are folded again, so raw names work too)."""
        lex = cls()
        for raw, codes in lexicon.items():
            term = fold(raw)
            codes = [str(c) for c in codes]
            if not term or not codes:
                continue
            if is_cjk(term):
                key = term.replace(" ", "")
                if len(key) >= 2 or len(term) == 1:
                    lex.cjk.setdefault(key, [])
                    lex.cjk[key] += [c for c in codes if c not in lex.cjk[key]]
                    lex.max_cjk = max(lex.max_cjk, len(key))
                continue
            words = tuple(w for w in "".join(ch if ch.isalnum() else " " for ch in term).split() if w)
            if not words:
                continue
            lex.latin.setdefault(words, [])
            lex.latin[words] += [c for c in codes if c not in lex.latin[words]]
            lex.max_latin = max(lex.max_latin, len(words))
            lex.words.update(words)
        for key, codes in list(lex.latin.items()):  # English plurals: "gear" also matches "gears"
            last = key[-1]
            if len(last) >= 3 and last[-1] not in "s0123456789":
                plural = key[:-1] + (last + ("es" if last.endswith(("x", "ch", "sh")) else "s"),)
                lex.latin.setdefault(plural, list(codes))
                lex.words.add(plural[-1])
        lex.fuzzy_terms = [" ".join(k) for k in lex.latin if len(" ".join(k)) >= 5]
        return lex

    def __bool__(self) -> bool:
        return bool(self.latin or self.cjk)

    # --- documents ------------------------------------------------------------------------------------------

    def mentions(
        self, text: str | None, base: float = 1.0, force_context: str | None = None
    ) -> list[Mention]:
        """Every product mention in ``text`` with its evidence weight (context weight × ``base``).

        All matching spans are kept (so "khóa kéo kim loại" counts for metal zippers and for zippers).
        ``force_context`` treats the whole text as one context (e.g. a "products" list is MAKE).
        """
        toks = contextual_tokens(text)
        out: list[Mention] = []
        n_toks = len(toks)
        inside = self._longest_spans(toks)
        for i, tok in enumerate(toks):
            if is_cjk(tok.text):
                out += self._cjk_mentions(tok, base, force_context)
                continue
            for n in range(1, min(self.max_latin, n_toks - i) + 1):
                span = toks[i : i + n]
                if span[-1].clause != tok.clause:
                    break
                key = tuple(t.text for t in span)
                codes = self.latin.get(key)
                if not codes:
                    continue
                weak = n == 1 and _syllable_like(key[0])
                if weak and (inside.get(i, 0) > 1 or (i > 0 and toks[i - 1].text.isdigit())):
                    continue  # "nhan" inside "da nhan tao", "tan" in "500 tan": not a product
                ctx = force_context or tok.context
                after = {t.text for t in toks[i + n : i + n + 2] if t.clause == tok.clause}
                if ctx in (NEUTRAL, SUPPLY) and after & _MAKER_NOUNS:
                    ctx = MAKE  # "zipper manufacturer"
                w = CONTEXT_WEIGHT[ctx] * base * (_WEAK if weak else 1.0)
                term = " ".join(t.text for t in span)
                out += [Mention(c, term, w, ctx) for c in codes]
        return out

    def _longest_spans(self, toks: list[Token]) -> dict[int, int]:
        """For each token position, the length of the longest lexicon term covering it."""
        cover: dict[int, int] = {}
        for i in range(len(toks)):
            for n in range(min(self.max_latin, len(toks) - i), 1, -1):
                if tuple(t.text for t in toks[i : i + n]) in self.latin:
                    for k in range(i, i + n):
                        cover[k] = max(cover.get(k, 0), n)
                    break
        return cover

    def _cjk_mentions(self, tok: Token, base: float, force_context: str | None) -> list[Mention]:
        out: list[Mention] = []
        s = tok.text
        ctx = force_context or tok.context
        for i in range(len(s)):
            for j in range(i + 1, min(len(s), i + self.max_cjk) + 1):
                codes = self.cjk.get(s[i:j])
                if codes:
                    out += [Mention(c, s[i:j], CONTEXT_WEIGHT[ctx] * base, ctx) for c in codes]
        return out

    # --- queries --------------------------------------------------------------------------------------------

    def query_concepts(self, text: str | None, known_words: set[str] | frozenset[str] = frozenset()) -> list:
        """Products a query asks for, longest match first; words after "for"/"cho" weigh less, negated ones
        are dropped, unknown words are matched fuzzily."""
        toks = contextual_tokens(text)
        out: list[QueryConcept] = []
        covered = [False] * len(toks)
        # CJK: join adjacent CJK words (Korean spaces, particles) and take greedy longest substrings.
        i = 0
        while i < len(toks):
            if not is_cjk(toks[i].text):
                i += 1
                continue
            j = i
            while j < len(toks) and is_cjk(toks[j].text):
                j += 1
            out += self._cjk_query("".join(t.text for t in toks[i:j]))
            for k in range(i, j):
                covered[k] = True
            i = j
        i = 0
        while i < len(toks):
            if covered[i]:
                i += 1
                continue
            best = None
            for n in range(min(self.max_latin, len(toks) - i), 0, -1):
                key = tuple(t.text for t in toks[i : i + n])
                if key in self.latin:
                    best = (n, key)
                    break
            if not best:
                i += 1
                continue
            n, key = best
            codes = {c: 1.0 for c in self.latin[key]}
            for a in range(n):  # sub-spans: "khoa keo kim loai" also half-asks for "khoa keo"
                for b in range(a + 1, n + 1):
                    if (a, b) != (0, n):
                        for c in self.latin.get(key[a:b], []):
                            codes.setdefault(c, _SUB_SPAN_WEIGHT)
            ctx = toks[i].context
            if ctx != NEG:
                out.append(QueryConcept(" ".join(key), codes, 0.35 if ctx == FOR else 1.0))
            for k in range(i, i + n):
                covered[k] = True
            i += n
        out += self._fuzzy_query(toks, covered, known_words)
        return out

    def _cjk_query(self, s: str) -> list[QueryConcept]:
        out: list[QueryConcept] = []
        i = 0
        while i < len(s):
            for j in range(min(len(s), i + self.max_cjk), i, -1):
                codes = self.cjk.get(s[i:j])
                if codes:
                    out.append(QueryConcept(s[i:j], {c: 1.0 for c in codes}))
                    i = j
                    break
            else:
                i += 1
        return out

    def _fuzzy_query(self, toks: list[Token], covered: list[bool], known: set[str] | frozenset[str]) -> list:
        if not self.fuzzy_terms:
            return []
        out: list[QueryConcept] = []
        used = set()
        for i, tok in enumerate(toks):
            w = tok.text
            if covered[i] or is_cjk(w) or len(w) < 3 or w in self.words or w in known or w.isdigit():
                continue
            # An unknown word: try it alone and with its neighbours ("khoa keoo").
            spans = [(i, i + 1), (i - 1, i + 1), (i, i + 2), (i - 2, i + 1), (i - 1, i + 2)]
            best = None
            for a, b in spans:
                if a < 0 or b > len(toks) or any(is_cjk(t.text) for t in toks[a:b]):
                    continue
                q = " ".join(t.text for t in toks[a:b])
                if len(q) < 5:
                    continue
                hit = process.extractOne(q, self.fuzzy_terms, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
                if hit and (best is None or hit[1] > best[1]):
                    best = hit
            if best and best[0] not in used:
                used.add(best[0])
                key = tuple(best[0].split())
                out.append(QueryConcept(best[0], {c: 0.9 for c in self.latin[key]}, 1.0, fuzzy=True))
        return out


def default_lexicon() -> ConceptLexicon:
    """The taxonomy's multilingual lexicon, compiled; an empty lexicon when the taxonomy is not installed."""
    try:
        from lienket.core.taxonomy import lexicon
    except ImportError:  # the engine still works (BM25 + fuzzy) without the taxonomy
        return ConceptLexicon()
    return ConceptLexicon.build(lexicon())
