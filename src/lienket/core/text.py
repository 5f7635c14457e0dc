"""Vietnamese text handling: diacritic folding, tokens, tax codes.

Pure standard library (Unidecode is GPL, so folding is done with unicodedata).
"""

from __future__ import annotations

import re
import unicodedata

_SPACE_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(r"[0-9a-z]+", re.UNICODE)
_TAX_RE = re.compile(r"^\d{10}(-\d{3})?$")


def _fold_char(ch: str) -> str:
    # Only Latin letters lose their marks: kana voicing (ジ → シ) and Hangul must stay as written.
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF or 0x300 <= code <= 0x36F:
        return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return ch


class _FoldMap(dict):
    """``str.translate`` table that learns each character's folded form on first sight (fold is on every hot
    path: search text of 100,000 imported rows, entity resolution over a million names)."""

    def __missing__(self, code: int) -> str:
        self[code] = out = _fold_char(chr(code))
        return out


_FOLD_MAP = _FoldMap({ord("đ"): "d", ord("Đ"): "D"})


def fold(text: str | None) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics (đ → d); other scripts (CJK, kana, Hangul) are kept.

    >>> fold("Khóa kéo ĐỒNG Nai")
    'khoa keo dong nai'
    >>> fold("ジッパー 지퍼")
    'ジッパー 지퍼'
    """
    if not text:
        return ""
    if not text.isascii():
        # NFKC first: full-width Latin (ＡＢＣ) and half-width kana from CJK keyboards become ordinary forms.
        text = unicodedata.normalize("NFKC", text).translate(_FOLD_MAP)
    return _SPACE_RE.sub(" ", text.lower()).strip()


def normalize_space(text: str | None) -> str:
    """Collapse runs of whitespace and trim; ``None`` becomes ``''``."""
    return _SPACE_RE.sub(" ", text or "").strip()


def latin_tokens(text: str | None) -> list[str]:
    """Folded latin/digit tokens of ``text`` (CJK and Hangul are dropped; see ``core.match`` for those)."""
    return _TOKEN_RE.findall(fold(text))


def clean_tax_code(raw: str | None) -> str:
    """Remove spaces, dots and stray characters from a written tax code, keeping the branch dash.

    ``'0100 109 106'`` → ``'0100109106'``; ``'0100109106 - 001'`` → ``'0100109106-001'``.
    """
    if raw is None:
        return ""
    s = str(raw).strip()
    digits_and_dash = re.sub(r"[^0-9\-]", "", s)
    parts = [p for p in digits_and_dash.split("-") if p]
    if len(parts) == 2 and len(parts[0]) == 10 and len(parts[1]) == 3:
        return f"{parts[0]}-{parts[1]}"
    if len(parts) == 1 and len(parts[0]) == 13:
        return f"{parts[0][:10]}-{parts[0][10:]}"
    return "".join(parts)


def is_valid_tax_code(code: str | None) -> bool:
    """True when ``code`` is a 10-digit enterprise tax code or a 13-digit branch code written ``NNNNNNNNNN-NNN``."""
    return bool(code) and bool(_TAX_RE.match(code))  # type: ignore[arg-type]
