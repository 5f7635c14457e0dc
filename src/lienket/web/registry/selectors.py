"""Read queries shared by the portal, the API and other apps."""

from __future__ import annotations

from django.db.models import QuerySet

from lienket.core.text import fold


def search_words(qs: QuerySet, q: str | None, max_words: int | None = None) -> QuerySet:
    """Every folded word of ``q`` must occur in the rows' folded ``search_text`` (diacritics and case ignored).

    ``max_words`` caps the words used (the public API bounds the work one request may ask for)."""
    words = fold(q or "").split()
    for word in words[:max_words] if max_words is not None else words:
        qs = qs.filter(search_text__contains=word)
    return qs
