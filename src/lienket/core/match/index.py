"""The supplier index and the ranker: product evidence first, then certificate coverage, then text.

Score of a supplier for a query (see docs/matching.md):

    10 × tier(E) + 4 × coverage × min(1, 2·tier(E)) + 1 × E + 1 × BM25ₙ + 0.3 × province + 0.5 × embedding

E is product evidence in [0, 1] (the firm's mentions of the asked product codes, weighted by role context:
"sản xuất" 1.0, a plain mention 0.75, "we buy" 0.08, "không sản xuất" 0). tier() lifts every real maker
(E ≥ 0.7) to 1 so that, among makers, certificates decide and phrasing does not.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from lienket.core.match.analyze import (
    CONTEXT_WEIGHT,
    CertKey,
    cert_key,
    cert_satisfies,
    contextual_tokens,
    find_certs,
    is_cjk,
    search_tokens,
)
from lienket.core.match.bm25 import BM25
from lienket.core.match.concepts import ConceptLexicon, Mention, QueryConcept, default_lexicon
from lienket.core.text import fold

_TEXT_SKIP = {
    "id",
    "name",
    "name_en",
    "certifications",
    "province",
    "products",
    "zone",
    "capacity",
    "verified",
}
_MAKER_TIER = 0.7


@dataclass
class Supplier:
    """A supplier profile (doanh nghiệp CNHT) as read from a catalog line."""

    id: Any
    name: str = ""
    description: str = ""
    certifications: list[str] = field(default_factory=list)
    province: str = ""
    products: list[str] = field(default_factory=list)
    extra_text: list[str] = field(default_factory=list)
    certs_declared: bool = True

    @classmethod
    def from_record(cls, rec: Mapping[str, Any]) -> Supplier:
        """Build from a JSON object; unknown string fields count as free text, missing keys are fine."""
        products = rec.get("products") or []
        if isinstance(products, str):
            products = [products]
        products = [
            p if isinstance(p, str) else str(p.get("name", "")) if isinstance(p, dict) else str(p)
            for p in products
        ]
        certs = rec.get("certifications")
        if isinstance(certs, str):
            certs = [c for c in certs.replace(";", ",").split(",") if c.strip()]
        extra = [str(rec.get("name_en") or "")]
        for k, v in rec.items():
            if k not in _TEXT_SKIP and k != "description" and isinstance(v, str):
                extra.append(v)
        return cls(
            id=rec.get("id"),
            name=str(rec.get("name") or ""),
            description=str(rec.get("description") or ""),
            certifications=[str(c) for c in (certs or [])],
            province=str(rec.get("province") or ""),
            products=[p for p in products if p],
            extra_text=[e for e in extra if e],
            certs_declared=certs is not None,
        )


@dataclass
class Query:
    """A buyer's request: free text and required certificates."""

    id: Any
    text: str = ""
    required_certifications: list[str] = field(default_factory=list)

    @classmethod
    def from_record(cls, rec: Mapping[str, Any]) -> Query:
        """Build from a JSON object."""
        req = rec.get("required_certifications") or []
        if isinstance(req, str):
            req = [c for c in req.replace(";", ",").split(",") if c.strip()]
        return cls(
            id=rec.get("id"), text=str(rec.get("text") or ""), required_certifications=[str(c) for c in req]
        )


@dataclass
class Match:
    """One ranked supplier with its reasons."""

    supplier_id: Any
    score: float
    why: str
    matched_products: list[str] = field(default_factory=list)
    matched_terms: list[str] = field(default_factory=list)
    certs_held: list[str] = field(default_factory=list)
    certs_missing: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The output object of the CLI contract."""
        return {
            "supplier_id": self.supplier_id,
            "score": round(self.score, 4),
            "why": self.why,
            "matched_products": self.matched_products,
            "matched_terms": self.matched_terms,
            "certs_held": self.certs_held,
            "certs_missing": self.certs_missing,
        }


def _weighted_tokens(text: str, weights: Counter, scale: float) -> None:
    for tok in contextual_tokens(text):
        w = scale * (0.15 if CONTEXT_WEIGHT[tok.context] < 0.5 else 1.0)
        if is_cjk(tok.text):
            for g in search_tokens(tok.text):
                weights[g] += w
        else:
            weights[tok.text] += w


def supplier_tokens(s: Supplier, role_aware: bool = True) -> Counter:
    """Weighted search tokens of a supplier: name and products count double; with ``role_aware`` words in
    "we buy"/"không sản xuất" clauses count little."""
    c: Counter = Counter()
    if not role_aware:
        for t in search_tokens(" ".join([s.name, *s.products, s.description, *s.extra_text])):
            c[t] += 1
        return c
    for t in search_tokens(s.name):
        c[t] += 2
    for p in s.products:
        for t in search_tokens(p):
            c[t] += 2
    _weighted_tokens(s.description, c, 1.0)
    for e in s.extra_text:
        _weighted_tokens(e, c, 1.0)
    return c


class MatchIndex:
    """Index of a supplier catalog; :meth:`search` ranks suppliers for a :class:`Query`."""

    def __init__(
        self,
        suppliers: Iterable[Supplier],
        lexicon: ConceptLexicon | None = None,
        embed: bool | None = None,
    ) -> None:
        self.suppliers = list(suppliers)
        self.lexicon = default_lexicon() if lexicon is None else lexicon
        n = len(self.suppliers)
        self.evidence: list[dict[str, tuple[float, str]]] = []
        postings: dict[str, tuple[list[int], list[float]]] = {}
        docs = []
        for i, s in enumerate(self.suppliers):
            ev = self._evidence(s)
            self.evidence.append(ev)
            for code, (w, _term) in ev.items():
                p = postings.setdefault(code, ([], []))
                p[0].append(i)
                p[1].append(w)
            docs.append(supplier_tokens(s))
        self.concepts = {
            c: (np.asarray(d, dtype=np.int32), np.asarray(w, dtype=np.float32))
            for c, (d, w) in postings.items()
        }
        self.bm25 = BM25(docs)
        self.cert_keys: list[list[CertKey]] = [
            [cert_key(c) for c in (s.certifications if s.certs_declared else find_certs(s.description))]
            for s in self.suppliers
        ]
        self.province_fold = [fold(s.province) for s in self.suppliers]
        self.n = n
        self._vocab: list[str] | None = None
        self.embedder = None
        if embed is None:
            embed = os.environ.get("LIENKET_MATCH_EMBED", "") not in ("", "0", "false", "no")
        if embed and n:
            from lienket.core.match.embed import PassageEmbeddings

            self.embedder = PassageEmbeddings([_passage(s) for s in self.suppliers])

    def _evidence(self, s: Supplier) -> dict[str, tuple[float, str]]:
        lex = self.lexicon
        if not lex:
            return {}
        mentions: list[Mention] = []
        for p in s.products:
            mentions += lex.mentions(p, 1.0, force_context="make")
        mentions += lex.mentions(s.name, 0.95)
        mentions += lex.mentions(s.description)
        for e in s.extra_text:
            mentions += lex.mentions(e)
        ev: dict[str, tuple[float, str]] = {}
        for m in mentions:
            if m.code not in ev or m.weight > ev[m.code][0]:
                ev[m.code] = (m.weight, m.term)
        return ev

    # --- ranking --------------------------------------------------------------------------------------------

    def analyse_query(self, q: Query) -> tuple[list[QueryConcept], dict[str, float]]:
        """The query's product concepts and its BM25 token weights (certificate words removed)."""
        text = q.text
        concepts = self.lexicon.query_concepts(text, self.bm25.vocab.keys()) if self.lexicon else []
        cert_words = set()
        for c in find_certs(text):
            cert_words.update(search_tokens(c))
        toks: dict[str, float] = {}
        for t in search_tokens(text):
            if t in cert_words:
                continue
            if t not in self.bm25.vocab and not is_cjk(t) and len(t) >= 5:
                hit = process.extractOne(t, self._vocab_list(), scorer=fuzz.ratio, score_cutoff=85)
                if hit:
                    toks[hit[0]] = max(toks.get(hit[0], 0.0), 0.8)
                continue
            toks[t] = max(toks.get(t, 0.0), 1.0)
        return concepts, toks

    def _vocab_list(self) -> list[str]:
        if self._vocab is None:
            self._vocab = [t for t in self.bm25.vocab if len(t) >= 4 and not is_cjk(t)]
        return self._vocab

    def product_evidence(self, concepts: list[QueryConcept]) -> np.ndarray:
        """Per supplier, how strongly it makes what the query asks for (0–1)."""
        e = np.zeros(self.n, dtype=np.float32)
        if not concepts:
            return e
        groups = []
        for qc in concepts:
            g = np.zeros(self.n, dtype=np.float32)
            for code, cw in qc.codes.items():
                p = self.concepts.get(code)
                if p is not None:
                    np.maximum.at(g, p[0], p[1] * cw)
            groups.append(g * qc.weight)
        stack = np.vstack(groups)
        wsum = sum(qc.weight for qc in concepts)
        return 0.7 * stack.max(axis=0) + 0.3 * stack.sum(axis=0) / wsum

    def search(self, q: Query, top: int = 10, mask: np.ndarray | None = None) -> list[Match]:
        """Rank suppliers for ``q``: best first, at most ``top``; ``mask`` (bool per supplier, optional) keeps
        only the suppliers where it is True (facet filters)."""
        if self.n == 0 or top <= 0:
            return []
        concepts, toks = self.analyse_query(q)
        bm = self.bm25.scores(toks)
        bm_max = float(bm.max()) if toks else 0.0
        bmn = bm / bm_max if bm_max > 0 else bm
        e = self.product_evidence(concepts)
        e_max = float(e.max()) if concepts else 0.0
        use_e = e_max >= 0.3
        # Every real maker is tier 1 (E ≥ 0.7, or near the best when only weak one-syllable terms matched);
        # weaker mentions keep a small value; text alone can reach 0.5.
        thr = min(_MAKER_TIER, _MAKER_TIER * e_max)
        rel = np.maximum(np.where(e >= thr, 1.0, e * 0.6), 0.5 * bmn) if use_e else bmn
        pre = 10 * rel + e + bmn
        if mask is not None:
            pre = np.where(mask, pre, 0.0)
        k = min(self.n, max(top * 20, 200))
        cand = np.argpartition(-pre, k - 1)[:k] if k < self.n else np.arange(self.n)
        cand = cand[pre[cand] > 0]
        req = [cert_key(c) for c in q.required_certifications]
        qfold = fold(q.text)
        emb = self.embedder.similarities(q.text, cand) if self.embedder is not None and len(cand) else None
        scored = []
        for j, d in enumerate(cand):
            d = int(d)
            held = self.cert_keys[d]
            have = [r for r in req if any(cert_satisfies(h, r) for h in held)]
            cov = len(have) / len(req) if req else 1.0
            prov = 1.0 if self.province_fold[d] and self.province_fold[d] in qfold else 0.0
            r = float(rel[d])
            s = 10 * r + 4 * cov * min(1.0, 2 * r) + float(e[d]) + float(bmn[d]) + 0.3 * prov
            if emb is not None:
                s += 0.5 * float(emb[j])
            scored.append((s, d, have))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return [self._explain(q, d, s, have, concepts, toks) for s, d, have in scored[:top]]

    def _explain(self, q, d, score, have, concepts, toks) -> Match:
        sup = self.suppliers[d]
        ev = self.evidence[d]
        prods, terms = [], []
        for qc in concepts:
            best = max(((ev[c][0] * w, c) for c, w in qc.codes.items() if c in ev), default=None)
            if best and best[0] > 0:
                prods.append(best[1])
                terms.append(ev[best[1]][1])
        missing = [r.raw for r in (cert_key(c) for c in q.required_certifications) if r not in have]
        held = [r.raw for r in have]
        doc = self._doc_tokens(d)  # once per result, not once per query token
        text_hits = [t for t in toks if self.bm25.vocab.get(t) is not None and t in doc][:6]
        parts = []
        if prods:
            strength = max(ev[c][0] for c in prods)
            verb = "makes" if strength >= _MAKER_TIER else "mentions"
            parts.append(f"{verb} {', '.join(dict.fromkeys(terms))} ({', '.join(dict.fromkeys(prods))})")
        elif text_hits:
            parts.append("text matches " + ", ".join(text_hits))
        if q.required_certifications:
            if held:
                parts.append("holds " + ", ".join(held))
            if missing:
                parts.append("missing " + ", ".join(missing))
        if sup.province and fold(sup.province) in fold(q.text):
            parts.append(f"in {sup.province}")
        return Match(
            supplier_id=sup.id,
            score=score,
            why="; ".join(parts) or "weak text match",
            matched_products=list(dict.fromkeys(prods)),
            matched_terms=list(dict.fromkeys(terms + text_hits)),
            certs_held=held,
            certs_missing=missing,
        )

    def _doc_tokens(self, d: int) -> set[str]:
        cache = self.__dict__.setdefault("_doc_cache", {})
        hit = cache.get(d)
        if hit is None:
            if len(cache) > 20_000:  # bounded: explanations touch only the top results
                cache.clear()
            s = self.suppliers[d]
            hit = cache[d] = set(search_tokens(" ".join([s.name, *s.products, s.description, *s.extra_text])))
        return hit


def _passage(s: Supplier) -> str:
    return " ".join([s.name, *s.products, s.description, *s.extra_text])[:1000]


class BaselineIndex:
    """The comparison baseline: plain BM25 over folded text (no lexicon, no roles, no certificates)."""

    def __init__(self, suppliers: Iterable[Supplier]) -> None:
        self.suppliers = list(suppliers)
        self.bm25 = BM25([supplier_tokens(s, role_aware=False) for s in self.suppliers])

    def search(self, q: Query, top: int = 10) -> list[Match]:
        """Top suppliers by BM25 score of the query's folded tokens."""
        toks = dict.fromkeys(search_tokens(q.text), 1.0)
        sc = self.bm25.scores(toks)
        k = min(len(sc), top)
        if k == 0:
            return []
        idx = np.argpartition(-sc, k - 1)[:k] if k < len(sc) else np.arange(len(sc))
        idx = sorted((int(i) for i in idx if sc[i] > 0), key=lambda i: (-sc[i], i))
        return [Match(self.suppliers[i].id, float(sc[i]), "bm25") for i in idx]
