"""Firm names written in Chinese characters, Japanese kana/kanji or Korean Hangul, read in Latin letters.

An assembler's vendor master or a parent company's paperwork writes its suppliers as 宝成工业(越南)有限公司,
ナカムラ精工ベトナム有限会社 or 화승비나, while the province's lists write "Bảo Thành", "Nakamura Seiko Vietnam Co.,
Ltd" or "Hwaseung Vina". ``latinised`` turns each such run into the Latin words the other lists use, so the rest of
the name pipeline (legal forms, country words, trade words, brand) reads it like any other name:

- Chinese: legal forms, "Vietnam" and common trade words (电子 electronics, 塑胶 plastic, 精密 precision …) become
  their English words; the remaining characters become pinyin syllables ("bao cheng"), which
  ``romanisation.readings`` reads the Vietnamese way ("bảo thành") like a pinyin brand typed in a customs list.
  Simplified and traditional characters alike.
- Japanese (any kana, or a Japanese legal form): Hepburn romaji from pykakasi's dictionary (kanji read the Japanese
  way: 精工 "seiko", 大野 "ono"), long vowels written short as firms romanise them ("kougyou" → "kogyo", "oono" →
  "ono"); ベトナム "Vietnam", 有限会社 "Co., Ltd", 株式会社 "company" (written for TNHH and CP firms alike); trade
  words (工業, 電子, 部品 …) read apart from the brand before them; a branch office (…支店) a branch.
- Korean: Revised Romanisation per word ("hwaseung"), with 비나 "Vina", 베트남 "Vietnam" and legal forms read.

Both packages carry their tables (no download at run time) and are imported only when a name holds such characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["latin_half", "latinised"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_ANY = re.compile(f"[{_HAN}{_KANA}{_HANGUL}]")
_KANA_RE = re.compile(f"[{_KANA}]")
_RUN = re.compile(f"[{_HAN}{_KANA}{_HANGUL}・ー]+")
_HANGUL_RUN = re.compile(f"[{_HANGUL}]+")

# Japanese legal forms written only in Japanese (a Chinese name never carries them).
_JA_LEGAL = ("株式会社", "有限会社", "合同会社", "合資会社")

# Chinese words → the English words other lists use (longest first when applied). Simplified and traditional.
_ZH_WORDS = {
    "股份有限公司": " jsc ",
    "有限责任公司": " co ltd ",
    "有限責任公司": " co ltd ",
    "有限公司": " co ltd ",
    "分公司": " branch ",
    "集团": " group ",
    "集團": " group ",
    "公司": " company ",
    "越南": " vietnam ",
    "电子科技": " electronics technology ",
    "電子科技": " electronics technology ",
    "电子": " electronics ",
    "電子": " electronics ",
    "科技": " technology ",
    "技术": " technology ",
    "技術": " technology ",
    "精密": " precision ",
    "塑胶": " plastic ",
    "塑膠": " plastic ",
    "塑料": " plastic ",
    "五金": " hardware ",
    "包装": " packaging ",
    "包裝": " packaging ",
    "实业": " industrial ",
    "實業": " industrial ",
    "工业": " industrial ",
    "工業": " industrial ",
    "制品": " products ",
    "製品": " products ",
    "模具": " mould ",
    "鞋业": " footwear ",
    "鞋業": " footwear ",
    "家具": " furniture ",
    "傢俱": " furniture ",
    "家俱": " furniture ",
    "纺织": " textile ",
    "紡織": " textile ",
    "贸易": " trading ",
    "貿易": " trading ",
    "机械": " mechanical ",
    "機械": " mechanical ",
    "光电": " optoelectronics ",
    "光電": " optoelectronics ",
    "印刷": " printing ",
    "木业": " wood ",
    "木業": " wood ",
    "材料": " materials ",
    "新材料": " new materials ",
    "电器": " electrical ",
    "電器": " electrical ",
    "化工": " chemical ",
    "国际": " international ",
    "國際": " international ",
    "物流": " logistics ",
    "金属": " metal ",
    "金屬": " metal ",
    "制造": " manufacturing ",
    "製造": " manufacturing ",
    "服装": " garment ",
    "服裝": " garment ",
    "针织": " knitting ",
    "針織": " knitting ",
    # 2026-12-06: wire and cable, supply chain, rubber, steel ... ("越南荣昌电线有限公司" beside "RONGCHANG")
    "电线电缆": " wire cable ",
    "電線電纜": " wire cable ",
    "电线": " wire ",
    "電線": " wire ",
    "电缆": " cable ",
    "電纜": " cable ",
    "线缆": " cable ",
    "線纜": " cable ",
    "供应链": " logistics ",
    "供應鏈": " logistics ",
    "橡胶": " rubber ",
    "橡膠": " rubber ",
    "钢铁": " steel ",
    "鋼鐵": " steel ",
    "铝业": " aluminium ",
    "鋁業": " aluminium ",
    "玻璃": " glass ",
    "纸业": " paper ",
    "紙業": " paper ",
    "配件": " components ",
    "零件": " components ",
    "新能源": " energy ",
    "能源": " energy ",
}
_ZH_RE = re.compile("|".join(sorted(map(re.escape, _ZH_WORDS), key=len, reverse=True)))

_KO_WORDS = {
    "주식회사": " co ltd ",
    "(주)": " co ltd ",
    "㈜": " co ltd ",
    "(유)": " co ltd ",
    "유한회사": " co ltd ",
    "베트남": " vietnam ",
    "비나": " vina ",
    "지점": " branch ",
    "지사": " branch ",
    "전자": " electronics ",
    "전기": " electric ",
    "산업": " industrial ",
    "공업": " industrial ",
    "정밀": " precision ",
    "화학": " chemical ",
    "케미칼": " chemical ",
    "물산": " trading ",
    "상사": " trading ",
    "금형": " mould ",
    "포장": " packaging ",
    "기계": " mechanical ",
    "하이테크": " hitech ",
    "테크놀로지": " technology ",
    "테크": " tech ",
    "엔지니어링": " engineering ",
    "디스플레이": " display ",
    "오토메이션": " automation ",
    "솔루션": " solution ",
    "시스템": " system ",
    "글로벌": " global ",
    "플라스틱": " plastic ",
    "인더스트리": " industry ",
    "머티리얼": " material ",
    "코리아": " korea ",
    "로지스틱스": " logistics ",
    # trade words of Korean suppliers' names (고무 rubber, 광학 optics, 부품 parts ...), read apart from the brand
    "고무": " rubber ",
    "광학": " optical ",
    "부품": " components ",
    "소재": " material ",
    "메탈": " metal ",
    "금속": " metal ",
    "서비스": " services ",
    "스틸": " steel ",
    "철강": " steel ",
    "중공업": " heavy industrial ",
    "조선": " shipbuilding ",
    "건설": " construction ",
    "용접": " welding ",
    "에너지": " energy ",
    "전선": " cable ",
    "섬유": " textile ",
    "식품": " food ",
    "수산": " seafood ",
    "물류": " logistics ",
    "무역": " trading ",
    "개발": " development ",
}
_KO_RE = re.compile("|".join(sorted(map(re.escape, _KO_WORDS), key=len, reverse=True)))

_JA_WORDS = {
    "betonamu": "vietnam",
    # 株式会社 is written for a Vietnamese TNHH as often as for a CP (2026-12-07: one list for each, another for
    # both), so it says a firm, not which form: 有限会社 is the TNHH.
    "kabushikigaisha": "company",
    "kabushikikaisha": "company",
    "yugengaisha": "co ltd",
    "yugenkaisha": "co ltd",
    "godogaisha": "llc",
    "gaisha": "company",
    "kaisha": "company",
}
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("uu", "u"))
# Trade words of Japanese firm names, read apart from the brand before them: the dictionary would otherwise read
# across the boundary (山金工業 "yama kinkou gyou", 原北電子 "hara hokuden ko", 芝野中部品 "shibano chuubu hin")
# where the Latin lists write "Yamakane Kogyo", "Harakita Denshi". Each becomes the romaji those lists write, which
# ``vocabulary`` reads as a trade (kogyo → industrial).
_JA_TRADE = {
    "製作所": "seisakusho",
    "工業": "kogyo",
    "産業": "sangyo",
    "商事": "shoji",
    "精機": "seiki",
    "精工": "seiko",
    "精密": "seimitsu",
    "電子": "denshi",
    "電機": "denki",
    "電気": "denki",
    "電線": "densen",
    "化成": "kasei",
    "化学": "kagaku",
    "鉄工": "tekko",
    "鍍金": "mekki",
    "メッキ": "mekki",
    "塗装": "toso",
    "樹脂": "jushi",
    "金型": "kanagata",
    "部品": "buhin",
    "発条": "hatsujo",
    "金属": "kinzoku",
    "機械": "kikai",
    "印刷": "insatsu",
    "包装": "hoso",
    "ゴム": "gomu",
}
_JA_TRADE_RE = re.compile("|".join(sorted(map(re.escape, _JA_TRADE), key=len, reverse=True)))
# A branch office (支店, 支社, 営業所) named after its place in katakana: "ヴィンフック支店" is the Vĩnh Phúc branch.
# The place, spelt the Japanese way, is no part of the brand.
_JA_BRANCH = re.compile(r"[\u30a1-\u30fa\u30fc・]*(?:支店|支社|営業所)")


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


def _pinyin(run: str) -> str:
    from anyascii import anyascii

    # anyascii writes each character's syllable capitalised ("BaoCheng"): split there.
    return " ".join(re.findall(r"[A-Z][a-z]*|[^A-Z\s]+", anyascii(run))).lower()


def _chinese(run: str) -> str:
    parts = []
    last = 0
    for m in _ZH_RE.finditer(run):
        if m.start() > last:
            parts.append(_pinyin(run[last : m.start()]))
        parts.append(_ZH_WORDS[m.group(0)])
        last = m.end()
    if last < len(run):
        parts.append(_pinyin(run[last:]))
    return " ".join(parts)


def _short_vowels(word: str) -> str:
    for long, short in _LONG_VOWELS:
        word = word.replace(long, short)
    return word


def _japanese(text: str) -> str:
    words = []
    text, branches = _JA_BRANCH.subn(" ", text)
    for legal in _JA_LEGAL:  # 有限会社X (the form first) is X Co., Ltd, as the Latin lists write it
        if text.startswith(legal):
            text = text[len(legal) :] + legal
    text = _JA_TRADE_RE.sub(lambda m: " " + _JA_TRADE[m.group(0)] + " ", text)
    for item in _kakasi().convert(text):
        for w in re.split(r"[^0-9a-z]+", item["hepburn"].lower()):
            if w:
                w = _short_vowels(w)
                words.append(_JA_WORDS.get(w, w))
    return " ".join(words + (["branch"] if branches else []))


_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ["", *"k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()]


def _korean_word(run: str) -> str:
    """Revised Romanisation, each syllable as written alone (석인 → "seokin", as firms write "Seokin"/"Sukin")."""
    out = []
    for ch in run:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            initial = _INITIALS[code // 588]
            out.append(("" if initial == "-" else initial) + _VOWELS[code % 588 // 28] + _FINALS[code % 28])
    return "".join(out)


def _korean(text: str) -> str:
    text = _KO_RE.sub(lambda m: _KO_WORDS[m.group(0)], text)
    return _HANGUL_RUN.sub(lambda m: " " + _korean_word(m.group(0)) + " ", text)


# Words that name no firm: legal forms, country words, "branch", "factory" (a Latin half of only these is no name).
_NO_NAME_WORDS = frozenset(
    "co ltd limited company corp corporation inc llc jsc joint stock one member mtv tnhh cp cong ty cty trach nhiem "
    "huu han mot thanh vien co phan vietnam viet nam vina vn the and of branch factory plant int intl international "
    "group holdings no tel fax".split()
)
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ỹ]{2,}")


def latin_half(text: str) -> str:
    """``text`` without its Chinese, Japanese or Korean runs when it also writes the name in Latin letters
    ("越南新順有限公司 Hsin Shun Vina Company Limited", "源益染整(越南)股份有限公司 Yuan-Yi (Vietnam) JSC"): the
    other lists write the Latin name, and the two halves read together make a brand nobody writes. A Latin half of
    only legal and country words ("宝成 Vietnam Co., Ltd") is no name: the text is kept whole."""
    if not _ANY.search(text):
        return text
    rest = re.sub(r"[(（]\s*[)）]", " ", _RUN.sub(" ", text))
    if not any(w.lower() not in _NO_NAME_WORDS for w in _LATIN_WORD.findall(rest)):
        return text
    return re.sub(r"\s+", " ", rest).strip(" -/|")


def latinised(text: str) -> str:
    """``text`` with its Chinese, Japanese and Korean runs in Latin letters; other text is kept as written.

    >>> latinised("宝成工业(越南)有限公司")
    'bao cheng industrial ( vietnam ) co ltd'
    >>> latinised("ナカムラ精工ベトナム有限会社")
    'nakamura seiko vietnam co ltd'
    >>> latinised("화승비나")
    'hwaseung vina'
    """
    if not _ANY.search(text):
        return text
    if _KANA_RE.search(text) or any(w in text for w in _JA_LEGAL):
        out = _RUN.sub(lambda m: " " + _japanese(m.group(0)) + " ", text)
    else:
        out = _korean(text) if _HANGUL_RUN.search(text) else text
        out = _RUN.sub(lambda m: " " + _chinese(m.group(0)) + " ", out)
    return re.sub(r"\s+", " ", out).strip()
