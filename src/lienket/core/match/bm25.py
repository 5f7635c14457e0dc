"""A small BM25 index over weighted token counts, stored as numpy postings (fast at 100k documents)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np


class BM25:
    """Okapi BM25 (k1, b) over documents given as ``{token: weighted count}``.

    Postings are one concatenated array per field (documents, precomputed term weights) with per-token offsets,
    so a query costs one vectorised add per query token.
    """

    def __init__(self, docs: Sequence[Mapping[str, float]], k1: float = 1.2, b: float = 0.75) -> None:
        self.n_docs = len(docs)
        self.vocab: dict[str, int] = {}
        lengths = np.zeros(self.n_docs, dtype=np.float32)
        doc_ids: list[int] = []
        term_ids: list[int] = []
        tfs: list[float] = []
        vocab = self.vocab
        for d, counts in enumerate(docs):
            total = 0.0
            for tok, tf in counts.items():
                if tf <= 0:
                    continue
                tid = vocab.get(tok)
                if tid is None:
                    tid = vocab[tok] = len(vocab)
                doc_ids.append(d)
                term_ids.append(tid)
                tfs.append(tf)
                total += tf
            lengths[d] = total
        avg = float(lengths.mean()) if self.n_docs else 1.0
        avg = avg or 1.0
        d_arr = np.asarray(doc_ids, dtype=np.int32)
        t_arr = np.asarray(term_ids, dtype=np.int32)
        tf_arr = np.asarray(tfs, dtype=np.float32)
        order = np.argsort(t_arr, kind="stable")
        d_arr, t_arr, tf_arr = d_arr[order], t_arr[order], tf_arr[order]
        df = np.bincount(t_arr, minlength=len(vocab)).astype(np.float32)
        self.offsets = np.concatenate([[0], np.cumsum(df)]).astype(np.int64)
        idf = np.log1p((self.n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        norm = k1 * (1 - b + b * lengths[d_arr] / avg)
        self.postings_doc = d_arr
        self.postings_w = (idf[t_arr] * tf_arr * (k1 + 1) / (tf_arr + norm)).astype(np.float32)
        self.idf = idf

    def scores(self, query: Mapping[str, float]) -> np.ndarray:
        """Dense BM25 scores of every document for ``{token: query weight}``."""
        out = np.zeros(self.n_docs, dtype=np.float32)
        for tok, qw in query.items():
            tid = self.vocab.get(tok)
            if tid is None:
                continue
            s, e = self.offsets[tid], self.offsets[tid + 1]
            out[self.postings_doc[s:e]] += self.postings_w[s:e] * qw
        return out

    def df(self, tok: str) -> int:
        """How many documents hold ``tok``."""
        tid = self.vocab.get(tok)
        return 0 if tid is None else int(self.offsets[tid + 1] - self.offsets[tid])

    def idf_of(self, tok: str) -> float:
        """The token's idf (0 when unknown)."""
        tid = self.vocab.get(tok)
        return 0.0 if tid is None else float(self.idf[tid])


def max_idf(n_docs: int) -> float:
    """The idf of a token seen in one document: an upper bound used to normalise."""
    return math.log1p((n_docs - 0.5) / 1.5)
