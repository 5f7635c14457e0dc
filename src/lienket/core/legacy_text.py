"""Vietnamese text from old files and broken pipelines, read back as Unicode (pure; no Django).

Provincial Excel archives carry three kinds of damage that no font on a modern machine shows correctly:

* **TCVN3 (ABC)**: one byte per letter for the .VnTime fonts of the 1990s–2000s ("C«ng ty TNHH §iÖn tö" =
  "Công ty TNHH Điện tử"); the upper-case fonts (.VnTimeH) reuse the lower-case codes for toned letters.
* **VNI-Windows**: a base letter followed by a modifier and a tone byte ("COÂNG TY ÑIEÄN TÖÛ" = "CÔNG TY ĐIỆN TỬ");
  i and ỵ have single codes.
* **Mojibake**: UTF-8 bytes read as Windows-1252 ("CÃ´ng ty" = "Công ty").

``repair_vietnamese`` decodes a value only on evidence that cannot occur in Unicode Vietnamese (characters such as
«, §, ®, Ñ, Ö or the pairs "oâ", "aê"), so Unicode text — including the old tone placement "Hoà", "Khoá" — is
never touched. ``split_glued`` undoes words glued by copying from PDF ("Cổ phầnĐầu tư", "TNHHSản xuất").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["repair_vietnamese", "split_glued"]

# ------------------------------------------------------------------------------------------------ TCVN3 (ABC)

_TCVN3_PAIRS = (
    "¸á µà ¶ả ·ã ¹ạ ¨ă ¾ắ »ằ ¼ẳ ½ẵ Æặ ©â Êấ Çầ Èẩ Éẫ Ëậ ®đ Ðé Ìè Îẻ Ïẽ Ñẹ ªê Õế Òề Óể Ôễ Öệ "
    "Ýí ×ì Øỉ Üĩ Þị ãó ßò áỏ âõ äọ «ô èố åồ æổ çỗ éộ ¬ơ íớ êờ ëở ìỡ îợ óú ïù ñủ òũ ôụ "
    "\xadư øứ õừ öử ÷ữ ùự ýý úỳ ûỷ üỹ þỵ ¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
_TCVN3 = str.maketrans({pair[0]: pair[1] for pair in _TCVN3_PAIRS.split(" ")})
# Codes that never occur in Unicode Vietnamese text: one of them says the value is TCVN3.
_TCVN3_MARK = re.compile("[«»§®¬\xad©ª¨µ¶·¹¸¡¢£¤¥¦ÇßÞþ×÷¼½¾]")

# ------------------------------------------------------------------------------------------------ VNI-Windows

_TONES = {"ù": 0, "ø": 1, "û": 2, "õ": 3, "ï": 4}  # sắc, huyền, hỏi, ngã, nặng
_TONED = {  # base vowel → its five toned forms (sắc, huyền, hỏi, ngã, nặng)
    "a": "áàảãạ", "ă": "ắằẳẵặ", "â": "ấầẩẫậ", "e": "éèẻẽẹ", "ê": "ếềểễệ", "o": "óòỏõọ", "ô": "ốồổỗộ",
    "ơ": "ớờởỡợ", "u": "úùủũụ", "ư": "ứừửữự", "y": "ýỳỷỹỵ",
}  # fmt: skip


def _vni_table() -> dict[str, str]:
    lower: dict[str, str] = {
        "ñ": "đ",
        "ô": "ơ",
        "ö": "ư",
        "í": "í",
        "ì": "ì",
        "æ": "ỉ",
        "ó": "ĩ",
        "ò": "ị",
        "î": "ỵ",
    }
    circ = {"á": 0, "à": 1, "å": 2, "ã": 3, "ä": 4}  # circumflex (â ê ô) with a tone, one byte
    breve = {"é": 0, "è": 1, "ú": 2, "ü": 3, "ë": 4}  # breve (ă) with a tone, one byte
    for v, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
        lower[v + "â"] = hat
        for code, k in circ.items():
            lower[v + code] = _TONED[hat][k]
    lower["aê"] = "ă"
    for code, k in breve.items():
        lower["a" + code] = _TONED["ă"][k]
    for base, written in (("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ơ", "ô"), ("ư", "ö")):
        for code, k in _TONES.items():
            lower[written + code] = _TONED[base][k]
    table = dict(lower)
    for seq, out in lower.items():
        table[seq.upper()] = out.upper()
    return table


_VNI = _vni_table()
_VNI_RE = re.compile("|".join(re.escape(s) for s in sorted(_VNI, key=len, reverse=True)))
# Evidence of VNI: a modifier byte after its vowel, or a code that is no Vietnamese letter.
_VNI_MARK = re.compile("[aeoAEO][âÂ]|[aA][êÊ]|[ñÑöÖøØûÛïÏæÆåÅäÄëËüÜîÎ]")

# ------------------------------------------------------------------------------------------------ mojibake

_MOJIBAKE_MARK = re.compile("Ã[\u0080-\u00bf\u0152-\u2122]|á[º»]|Ä[\u0080-\u00bf\u2018\u2019]|Æ[°¡]|Ã")
_UNICODE_VI = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


# Five bytes have no Windows-1252 character: a reader shows them as C1 controls (U+0081 ...) or loses them ("�").
# A lost byte is put back as the one that most often follows its lead bytes in Vietnamese: after E1 BB it is
# mostly an o-vowel (ố ọ ỏ ờ, all "o" when folded; ề is the fifth), after C3 "Á", after C4 "Đ".
_UNDEFINED_1252 = {chr(b): bytes([b]) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_LOST_AFTER = {b"\xe1\xbb": b"\x90", b"\xc3": b"\x81", b"\xc4": b"\x90"}


def _as_1252_bytes(chunk: str) -> bytes | None:
    out = bytearray()
    for ch in chunk:
        if ch in _UNDEFINED_1252:
            out += _UNDEFINED_1252[ch]
        elif ch == "\ufffd":
            lead = bytes(out[-2:]) if bytes(out[-2:]) in _LOST_AFTER else bytes(out[-1:])
            if lead not in _LOST_AFTER:
                return None
            out += _LOST_AFTER[lead]
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                try:
                    out += ch.encode("latin-1")
                except UnicodeEncodeError:
                    return None
    return bytes(out)


def _undo_mojibake(text: str) -> str:
    def one(chunk: str) -> str:
        raw = _as_1252_bytes(chunk)
        if raw is None:
            return chunk
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return chunk

    whole = one(text)
    if whole != text:
        return whole
    return " ".join(one(word) if _MOJIBAKE_MARK.search(word) else word for word in text.split(" "))


@lru_cache(maxsize=100_000)
def repair_vietnamese(text: str) -> str:
    """``text`` as Unicode Vietnamese (NFC) when it is TCVN3, VNI-Windows or UTF-8 read as Windows-1252; unchanged
    otherwise.

    >>> repair_vietnamese("C«ng ty TNHH §iÖn tö Khang TiÕn")
    'Công ty TNHH Điện tử Khang Tiến'
    >>> repair_vietnamese("COÂNG TY TNHH ÑIEÄN TÖÛ")
    'CÔNG TY TNHH ĐIỆN TỬ'
    >>> repair_vietnamese("CÃ´ng ty Hoà Bình")
    'Công ty Hoà Bình'
    >>> repair_vietnamese("Công ty Hoà Bình, Khoá kéo")
    'Công ty Hoà Bình, Khoá kéo'
    """
    if not text or text.isascii():
        return text
    if _MOJIBAKE_MARK.search(text):
        fixed = _undo_mojibake(text)
        if fixed != text:
            return unicodedata.normalize("NFC", fixed)
    if _UNICODE_VI.search(unicodedata.normalize("NFC", text)):
        return text  # real Unicode Vietnamese: the markers below are foreign letters, not codes
    if _TCVN3_MARK.search(text):
        return text.translate(_TCVN3)
    if _VNI_MARK.search(text):
        return _VNI_RE.sub(lambda m: _VNI[m.group(0)], text)
    return text


def split_glued(text: str) -> str:
    """Words glued when text is copied out of a PDF, split where the case changes: "phầnĐầu tư" → "phần Đầu tư",
    "TNHHSản xuất" → "TNHH Sản xuất", "SolminVina" → "Solmin Vina". All-caps and Title Case text is unchanged, and
    so is one lower-case slip in capitals ("CÔbG TY")."""
    if not text:
        return text
    out: list[str] = []
    n = len(text)
    lower_run = 0  # lower-case letters just before: a slip in capitals ("CÔbG", "CONG rY") is one letter
    for i, ch in enumerate(text):
        if i and ch.isupper():
            prev = text[i - 1]
            nxt = text[i + 1] if i + 1 < n else ""
            if lower_run >= 2 or (prev.isupper() and nxt.islower() and i >= 2 and text[i - 2].isupper()):
                out.append(" ")
        lower_run = lower_run + 1 if ch.islower() else 0
        out.append(ch)
    return "".join(out)
