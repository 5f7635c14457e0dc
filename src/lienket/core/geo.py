"""Vietnamese administrative units after the 2025 reform (34 provinces, 3,321 communes) and the legacy units.

Pure Python: reads the CSV files shipped in ``lienket/data/admin`` lazily and caches them. Codes are official
GSO codes as zero-padded strings: provinces ``"24"``, communes ``"09286"``, legacy districts ``"256"``.
Legacy (pre-2025-07-01) provinces keep their own old codes, which overlap the new ones with other meanings
(old ``"24"`` is Bắc Giang, new ``"24"`` is Bắc Ninh), so never mix the two code spaces.

See docs/admin-units.md for the sources and how the files are rebuilt.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from lienket.core.text import fold

__all__ = [
    "AddressUnit",
    "AdminDataError",
    "Commune",
    "LegacyDistrict",
    "LegacyProvince",
    "LegacyWard",
    "Province",
    "commune",
    "communes",
    "find_commune",
    "find_legacy_district",
    "find_province",
    "haversine_km",
    "legacy_districts",
    "legacy_of_new",
    "legacy_province",
    "legacy_provinces",
    "legacy_wards",
    "normalise_address",
    "province",
    "provinces",
]

REFORM_DATE = "2025-07-01"


class AdminDataError(ValueError):
    """A shipped admin-unit CSV file is malformed (names the file, row and field)."""


@dataclass(frozen=True)
class Province:
    """Tỉnh / thành phố trực thuộc trung ương, valid from 2025-07-01."""

    code: str
    name: str
    short_name: str
    division_type: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Commune:
    """Xã / phường / đặc khu, the level below the province since 2025-07-01."""

    code: str
    name: str
    short_name: str
    division_type: str
    province_code: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class LegacyProvince:
    """One of the 63 provinces in force until 2025-06-30, with the new province it merged into."""

    code: str
    name: str
    short_name: str
    valid_to: str
    new_province_code: str
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class LegacyDistrict:
    """Quận / huyện / thị xã / thành phố thuộc tỉnh: the district level abolished on 2025-07-01."""

    code: str
    name: str
    legacy_province_code: str
    short_name: str = ""
    division_type: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class LegacyWard:
    """A pre-2025 xã / phường / thị trấn and the new commune it became (the default one when it was split)."""

    code: str
    name: str
    legacy_district_code: str
    legacy_province_code: str
    new_commune_code: str
    divided: bool
    other_commune_codes: tuple[str, ...]


@dataclass(frozen=True)
class AddressUnit:
    """Units found in an address as written; any field may be ``None``.

    ``matched_on`` lists the steps that matched, joined by ``+``: ``province`` (a current name),
    ``legacy_province`` (a pre-2025 name), ``legacy_district``, ``commune`` (a current name inside the province),
    ``legacy_ward`` (an old ward mapped to its new commune), ``zone_name`` (an old ward read from a park/cluster
    name: weak), ``commune_unique`` (a commune name unique in the country, no province written). ``""`` when
    nothing matched.
    """

    province_code: str | None
    commune_code: str | None
    legacy_province_code: str | None
    matched_on: str
    legacy_district_code: str | None = None


# ---------------------------------------------------------------- loading


def _read(name: str, required: Iterable[str]) -> list[dict[str, str]]:
    """Rows of a shipped CSV file, checking the header and that required fields are filled."""
    path = resources.files("lienket.data").joinpath("admin", name)
    required = tuple(required)
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [f for f in required if f not in (reader.fieldnames or [])]
        if missing:
            raise AdminDataError(f"{name}: header lacks column(s) {', '.join(missing)}")
        rows = []
        for lineno, row in enumerate(reader, start=2):
            for f in required:
                if not (row.get(f) or "").strip():
                    raise AdminDataError(f"{name}: line {lineno}: field '{f}' is empty")
            rows.append(row)
    return rows


def _coord(row: dict[str, str], field: str, name: str, lineno: int) -> float | None:
    raw = (row.get(field) or "").strip()
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise AdminDataError(f"{name}: line {lineno}: field '{field}' is not a number: {raw!r}") from None


@cache
def _provinces() -> dict[str, Province]:
    rows = _read("provinces.csv", ("code", "name", "short_name", "division_type"))
    return {
        r["code"]: Province(
            r["code"],
            r["name"],
            r["short_name"],
            r["division_type"],
            _coord(r, "lat", "provinces.csv", i),
            _coord(r, "lon", "provinces.csv", i),
        )
        for i, r in enumerate(rows, start=2)
    }


@cache
def _communes() -> dict[str, Commune]:
    rows = _read("communes.csv", ("code", "name", "short_name", "division_type", "province_code"))
    out = {}
    for i, r in enumerate(rows, start=2):
        if r["province_code"] not in _provinces():
            raise AdminDataError(f"communes.csv: line {i}: province_code {r['province_code']!r} is unknown")
        out[r["code"]] = Commune(
            r["code"],
            r["name"],
            r["short_name"],
            r["division_type"],
            r["province_code"],
            _coord(r, "lat", "communes.csv", i),
            _coord(r, "lon", "communes.csv", i),
        )
    return out


@cache
def _legacy_provinces() -> dict[str, LegacyProvince]:
    rows = _read("legacy_provinces.csv", ("code", "name", "short_name", "valid_to", "new_province_code"))
    out = {}
    for i, r in enumerate(rows, start=2):
        if r["new_province_code"] not in _provinces():
            raise AdminDataError(
                f"legacy_provinces.csv: line {i}: new_province_code {r['new_province_code']!r} is unknown"
            )
        out[r["code"]] = LegacyProvince(
            r["code"],
            r["name"],
            r["short_name"],
            r["valid_to"],
            r["new_province_code"],
            _coord(r, "lat", "legacy_provinces.csv", i),
            _coord(r, "lon", "legacy_provinces.csv", i),
        )
    return out


@cache
def _legacy_districts() -> dict[str, LegacyDistrict]:
    rows = _read("legacy_districts.csv", ("code", "name", "legacy_province_code"))
    return {
        r["code"]: LegacyDistrict(
            r["code"],
            r["name"],
            r["legacy_province_code"],
            r.get("short_name") or r["name"],
            r.get("division_type") or "",
            _coord(r, "lat", "legacy_districts.csv", i),
            _coord(r, "lon", "legacy_districts.csv", i),
        )
        for i, r in enumerate(rows, start=2)
    }


@cache
def _legacy_wards() -> dict[str, LegacyWard]:
    rows = _read(
        "legacy_wards_map.csv",
        ("code", "name", "legacy_district_code", "legacy_province_code", "new_commune_code"),
    )
    return {
        r["code"]: LegacyWard(
            r["code"],
            r["name"],
            r["legacy_district_code"],
            r["legacy_province_code"],
            r["new_commune_code"],
            r.get("divided") == "1",
            tuple(c for c in (r.get("other_commune_codes") or "").split(";") if c),
        )
        for r in rows
    }


@cache
def _aliases(name: str) -> dict[str, list[str]]:
    """code → extra spellings from the ``aliases`` column (folded, ``;``-separated)."""
    rows = _read(name, ("code",))
    return {r["code"]: [a for a in (r.get("aliases") or "").split(";") if a] for r in rows}


# ---------------------------------------------------------------- public listing


def provinces() -> list[Province]:
    """The 34 provinces in force since 2025-07-01, in official code order."""
    return sorted(_provinces().values(), key=lambda p: p.code)


def communes(province_code: str | None = None) -> list[Commune]:
    """All 3,321 communes, or those of one province (by new code), in code order."""
    items = _communes().values()
    if province_code is not None:
        items = [c for c in items if c.province_code == province_code]
    return sorted(items, key=lambda c: c.code)


def legacy_provinces() -> list[LegacyProvince]:
    """The 63 provinces in force until 2025-06-30, by their old codes."""
    return sorted(_legacy_provinces().values(), key=lambda p: p.code)


def legacy_districts(legacy_province_code: str | None = None) -> list[LegacyDistrict]:
    """The 696 pre-2025 districts, or those of one legacy province (old code)."""
    items = _legacy_districts().values()
    if legacy_province_code is not None:
        items = [d for d in items if d.legacy_province_code == legacy_province_code]
    return sorted(items, key=lambda d: d.code)


def legacy_wards(legacy_district_code: str | None = None) -> list[LegacyWard]:
    """The pre-2025 wards with the new commune each became, optionally for one legacy district."""
    items = _legacy_wards().values()
    if legacy_district_code is not None:
        items = [w for w in items if w.legacy_district_code == legacy_district_code]
    return sorted(items, key=lambda w: w.code)


def province(code: str) -> Province | None:
    """The current province with this code (``"24"`` or ``24``), or ``None``."""
    return _provinces().get(_pad(code, 2))


def commune(code: str) -> Commune | None:
    """The current commune with this code (``"09286"`` or ``9286``), or ``None``."""
    return _communes().get(_pad(code, 5))


def legacy_province(code: str) -> LegacyProvince | None:
    """The legacy province with this old code, or ``None``."""
    return _legacy_provinces().get(_pad(code, 2))


def _pad(code: str | int, width: int) -> str:
    s = str(code).strip()
    return s.zfill(width) if s.isdigit() else s


# ---------------------------------------------------------------- matching helpers


def _key(text: str) -> str:
    """Folded, letters and digits only: 'Bà Rịa - Vũng Tàu' → 'bariavungtau'."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


def _accented(text: str) -> str:
    """Lower-case with diacritics, letters and digits only (tells 'Văn Lang' from 'Văn Lăng')."""
    text = unicodedata.normalize("NFC", text).lower()
    return "".join(ch for ch in text if ch.isalnum())


# Folded unit-type prefixes; longer alternatives first so 'thanh pho' wins over 't'.
_PROVINCE_PREFIX = re.compile(r"^(?:thu do|thanh pho|tinh|tp|t)(?:\.|\s|$)\s*")
_DISTRICT_PREFIX = re.compile(r"^(?:quan|huyen|thi xa|thanh pho|tx|tp|q|h)(?:\.|\s|$)\s*")
_COMMUNE_PREFIX = re.compile(r"^(?:phuong|xa|thi tran|dac khu|tt|p|x)(?:\.|\s|$)\s*")
_ENGLISH_SUFFIX = re.compile(r"\s+(?:province|city)$")
_COMMUNE_TYPES = {"phuong": "phường", "p": "phường", "xa": "xã", "x": "xã", "dac khu": "đặc khu"}
_ZONE_PREFIX = re.compile(
    r"^(?:khu cong nghiep|cum cong nghiep|khu che xuat|khu kinh te|kcn|ccn|kcx|kkt|cum cn|khu cn)(?:\.|\s|$)\s*"
)


def _strip(regex: re.Pattern[str], folded: str) -> tuple[str, str]:
    """(prefix found or '', rest) for a folded string."""
    m = regex.match(folded)
    if not m or not folded[m.end() :].strip():
        return "", folded
    return m.group(0).strip(" ."), folded[m.end() :]


@cache
def _province_index() -> dict[str, tuple[str, str | None]]:
    """folded key → (new province code, legacy province code or None when the name is a current one)."""
    index: dict[str, tuple[str, str | None]] = {}
    for lp in _legacy_provinces().values():
        for spelling in (lp.name, lp.short_name, *_aliases("legacy_provinces.csv").get(lp.code, [])):
            index.setdefault(_key(spelling), (lp.new_province_code, lp.code))
    # Current names win over legacy ones ('Bắc Ninh' is first of all the new province).
    for p in _provinces().values():
        for spelling in (p.name, p.short_name, *_aliases("provinces.csv").get(p.code, [])):
            index[_key(spelling)] = (p.code, None)
    return index


def _province_match(text: str) -> tuple[str, str | None] | None:
    folded = fold(text).strip(" .,;-")
    if not folded:
        return None
    folded = _ENGLISH_SUFFIX.sub("", folded)
    index = _province_index()
    hit = index.get(_key(folded))
    if hit:
        return hit
    _, rest = _strip(_PROVINCE_PREFIX, folded)
    return index.get(_key(rest)) if rest != folded else None


def find_province(text: str | None) -> Province | None:
    """The current province named by ``text``, accepting old (pre-2025) names and common spellings.

    Case, diacritics, spacing and prefixes ("Tỉnh", "TP.", "Thành phố", "T.") are ignored:
    ``find_province("Hai Duong")`` is Thành phố Hải Phòng, ``find_province("tỉnh Bắc Kạn")`` is Thái Nguyên.
    Never raises on any string; returns ``None`` when nothing matches.
    """
    if not text or not isinstance(text, str):
        return None
    hit = _province_match(text)
    return _provinces()[hit[0]] if hit else None


def find_legacy_province(text: str | None) -> LegacyProvince | None:
    """The pre-2025 province named by ``text`` (old name or a current one that was also an old name)."""
    if not text or not isinstance(text, str):
        return None
    folded = _ENGLISH_SUFFIX.sub("", fold(text).strip(" .,;-"))
    _, rest = _strip(_PROVINCE_PREFIX, folded)
    for k in (_key(folded), _key(rest)):
        for lp in _legacy_provinces().values():
            spellings = (lp.name, lp.short_name, *_aliases("legacy_provinces.csv").get(lp.code, []))
            if any(_key(s) == k for s in spellings):
                return lp
    return None


@cache
def _commune_index() -> dict[str, list[Commune]]:
    index: dict[str, list[Commune]] = {}
    for c in _communes().values():
        index.setdefault(_key(c.short_name), []).append(c)
    return index


def _pick(cands: list, text_rest: str, name_of) -> object | None:
    """One candidate, using diacritics to break a tie between folded-equal names; else ``None``."""
    if len(cands) == 1:
        return cands[0]
    exact = [c for c in cands if _accented(name_of(c)) == _accented(text_rest)]
    return exact[0] if len(exact) == 1 else None


def _split_prefix(regex: re.Pattern[str], text: str) -> tuple[str, str, str]:
    """(folded prefix, folded rest, original rest) of a written unit name."""
    original = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip(" .,;-")
    folded = fold(original)
    prefix, rest = _strip(regex, folded)
    if prefix:
        # fold() maps one character to one, so the rest keeps its place (else fall back to folded text).
        original = original[len(original) - len(rest) :].strip() if len(folded) == len(original) else rest
    return prefix, rest, original


def find_commune(text: str | None, province_code: str | None = None) -> Commune | None:
    """The current commune named by ``text`` ("Phường Nam Sơn", "xa Tan Yen", "P. Kinh Bắc").

    Limited to one province when ``province_code`` (new code) is given; without it the name must be unique in
    the country. A written type ("Phường"/"Xã") narrows the choice; diacritics break ties between names that
    fold alike. Returns ``None`` when nothing, or more than one commune, matches.
    """
    if not text or not isinstance(text, str):
        return None
    prefix, rest, original = _split_prefix(_COMMUNE_PREFIX, text)
    cands = list(_commune_index().get(_key(rest), []))
    if province_code is not None:
        cands = [c for c in cands if c.province_code == _pad(province_code, 2)]
    if prefix in _COMMUNE_TYPES and len(cands) > 1:
        typed = [c for c in cands if c.division_type == _COMMUNE_TYPES[prefix]]
        cands = typed or cands
    return _pick(cands, original, lambda c: c.short_name)  # type: ignore[return-value]


def _legacy_short(name: str) -> str:
    _, _, original = _split_prefix(_COMMUNE_PREFIX, name)
    return original


@cache
def _legacy_ward_index() -> dict[tuple[str, str], list[LegacyWard]]:
    """(legacy province code, folded short name) → wards."""
    index: dict[tuple[str, str], list[LegacyWard]] = {}
    for w in _legacy_wards().values():
        index.setdefault((w.legacy_province_code, _key(_legacy_short(w.name))), []).append(w)
    return index


def _find_legacy_ward(
    text: str, legacy_province_codes: Iterable[str], legacy_district_code: str | None
) -> LegacyWard | None:
    prefix, rest, original = _split_prefix(_COMMUNE_PREFIX, text)
    cands: list[LegacyWard] = []
    for lpc in legacy_province_codes:
        cands.extend(_legacy_ward_index().get((lpc, _key(rest)), []))
    if legacy_district_code:
        cands = [w for w in cands if w.legacy_district_code == legacy_district_code]
    if prefix and len(cands) > 1:
        wanted = {
            "phuong": "phường",
            "p": "phường",
            "xa": "xã",
            "x": "xã",
            "thi tran": "thị trấn",
            "tt": "thị trấn",
        }
        typed = [w for w in cands if fold(w.name).startswith(fold(wanted.get(prefix, prefix)) + " ")]
        cands = typed or cands
    if not cands or not all(w.new_commune_code for w in cands):
        return None
    if len({w.new_commune_code for w in cands}) == 1:
        return cands[0]  # same destination, whichever old ward was meant
    return _pick(cands, original, lambda w: _legacy_short(w.name))  # type: ignore[return-value]


def find_legacy_district(
    text: str | None, legacy_province_codes: Iterable[str] | None = None
) -> LegacyDistrict | None:
    """The pre-2025 district named by ``text`` ("huyện Lạng Giang", "TP. Bắc Ninh", "TX Việt Yên").

    Limited to the given legacy provinces (old codes) when given; otherwise the name must be unique.
    """
    if not text or not isinstance(text, str):
        return None
    prefix, rest, original = _split_prefix(_DISTRICT_PREFIX, text)
    allowed = set(legacy_province_codes) if legacy_province_codes is not None else None
    cands = [
        d
        for d in _legacy_districts().values()
        if (allowed is None or d.legacy_province_code in allowed)
        and _key(_district_short(d.name)) == _key(rest)
    ]
    if prefix and len(cands) > 1:
        want = {"q": "quan", "h": "huyen", "tx": "thi xa", "tp": "thanh pho"}.get(prefix, prefix)
        typed = [d for d in cands if fold(d.name).startswith(want + " ")]
        cands = typed or cands
    return _pick(cands, original, lambda d: _district_short(d.name))  # type: ignore[return-value]


def _district_short(name: str) -> str:
    return _split_prefix(_DISTRICT_PREFIX, name)[2]


# ---------------------------------------------------------------- addresses

_PART_SPLIT = re.compile(r"[,;\n]+")
# Before a written unit word (with its diacritics, so 'Phúc Xá' is not cut at 'xa'), when no comma separates.
_UNIT_WORD = re.compile(
    r"(?<!thị)\s+(?=(?:tỉnh|thành phố|tp\.|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s)",
    flags=re.IGNORECASE,
)
_COUNTRY = {"vietnam", "vn", "vietnamese", "nuocconghoaxahoichunghiavietnam"}


def _parts(address: str) -> list[str]:
    parts: list[str] = []
    for chunk in _PART_SPLIT.split(unicodedata.normalize("NFC", address)):
        chunk = re.sub(r"\s+", " ", chunk)  # one space, so the lookbehind for 'thị xã' holds
        parts.extend(p.strip(" .-") for p in _UNIT_WORD.split(chunk))
    parts = [p for p in parts if p and _key(p)]
    while parts and (_key(parts[-1]) in _COUNTRY or _key(parts[-1]).isdigit()):
        parts.pop()  # trailing country name or postal code
    return parts


def _trailing_province(part: str) -> tuple[tuple[str, str | None], str] | None:
    """Province named by the whole part, or by its last words (for 'Quế Võ Bắc Ninh'); with the part's head."""
    hit = _province_match(part)
    if hit:
        return hit, ""
    folded = fold(part)
    if _COMMUNE_PREFIX.match(folded) or _DISTRICT_PREFIX.match(folded):
        return None  # 'Xã Hà Nam' names a commune, not the province Hà Nam
    words = part.split()
    for n in range(min(5, len(words) - 1), 0, -1):
        hit = _province_match(" ".join(words[-n:]))
        if hit:
            return hit, " ".join(words[:-n])
    return None


def legacy_of_new(province_code: str) -> list[str]:
    """Codes of the pre-2025 provinces merged into the current province ``province_code``."""
    return [lp.code for lp in _legacy_provinces().values() if lp.new_province_code == province_code]


@cache
def _commune_legacy_provinces() -> dict[str, frozenset[str]]:
    """new commune code → legacy provinces whose wards (default mapping) went into it."""
    out: dict[str, set[str]] = {}
    for w in _legacy_wards().values():
        out.setdefault(w.new_commune_code, set()).add(w.legacy_province_code)
    return {k: frozenset(v) for k, v in out.items()}


def normalise_address(text: str | None) -> AddressUnit:
    """Best-effort current province and commune of an address as written, old or new style.

    The province is searched from the end of the address (current names, then old names such as "Bắc Giang");
    then, walking back towards the start, an old district ("huyện Lạng Giang", "TP. Bắc Ninh") and a commune:
    a current one inside the province, or an old ward mapped to the commune it became. An old ward that was split
    between several communes gets the package's default one. Never raises; unknown parts are skipped.
    """
    empty = AddressUnit(None, None, None, "")
    if not text or not isinstance(text, str):
        return empty
    parts = _parts(text)
    steps: list[str] = []
    prov: tuple[str, str | None] | None = None
    idx = len(parts)
    for i in range(len(parts) - 1, -1, -1):
        found = _trailing_province(parts[i])
        if found:
            prov, head = found
            parts = parts[:i] + ([head] if head else [])
            idx = len(parts)
            break
    if prov is None:
        return _commune_without_province(parts) or empty

    new_code, legacy_code = prov
    steps.append("legacy_province" if legacy_code else "province")
    legacy_scope = [legacy_code] if legacy_code else legacy_of_new(new_code)
    district: LegacyDistrict | None = None
    commune_code: str | None = None
    head = parts[:idx]
    kinds = [_part_kind(p) for p in head]
    # A bare old district name ('Tiên Du') counts when a commune is written with its type or the province is old.
    loose_districts = "commune" in kinds or legacy_code is not None
    district_at = None
    for i in range(len(head) - 1, -1, -1):
        if kinds[i] == "district" or (kinds[i] == "plain" and loose_districts):
            district = find_legacy_district(head[i], legacy_scope)
            if district:
                district_at = i
                steps.append("legacy_district")
                legacy_scope = [district.legacy_province_code]
                break
    old_style = bool(legacy_code or district)
    # Parts that say 'Xã'/'Phường' first, then bare names, each from the end of the address.
    order = [i for i in range(len(head) - 1, -1, -1) if kinds[i] == "commune"]
    order += [i for i in range(len(head) - 1, -1, -1) if kinds[i] == "plain" and i != district_at]
    for i in order:
        found_commune = _match_commune(head[i], new_code, legacy_scope, district, old_style)
        if found_commune:
            commune_code, step, lpc = found_commune
            steps.append(step)
            if lpc:
                legacy_scope = [lpc]
            break
    zone_parts = [p for p, k in zip(head, kinds, strict=True) if k == "zone"]
    if commune_code is None and zone_parts and (district or legacy_code):
        # A cluster is often named after the old commune it sits in ('CCN Nghĩa Hòa' in xã Nghĩa Hòa).
        for part in zone_parts:
            _, rest = _strip(_ZONE_PREFIX, fold(part))
            words = part.split()
            original = " ".join(words[len(words) - len(rest.split()) :])
            ward = _find_legacy_ward(original, legacy_scope, district.code if district else None)
            if ward:
                commune_code = ward.new_commune_code
                legacy_scope = [ward.legacy_province_code]
                steps.append("zone_name")
                break

    legacy_out = legacy_code
    if district:
        legacy_out = district.legacy_province_code
    elif len(legacy_scope) == 1 and ("legacy_ward" in steps or "zone_name" in steps):
        legacy_out = legacy_scope[0]
    elif legacy_out is None and commune_code:
        olds = _commune_legacy_provinces().get(commune_code, frozenset())
        legacy_out = next(iter(olds)) if len(olds) == 1 else None
    return AddressUnit(
        new_code, commune_code, legacy_out, "+".join(steps), district.code if district else None
    )


def _part_kind(part: str) -> str:
    """'commune', 'district', 'zone' (a park or cluster) or 'plain', from the words a part starts with."""
    folded = fold(part)
    if _COMMUNE_PREFIX.match(folded):
        return "commune"
    if _DISTRICT_PREFIX.match(folded):
        return "district"
    if _ZONE_PREFIX.match(folded):
        return "zone"
    return "plain"


def _match_commune(
    part: str, new_code: str, legacy_scope: list[str], district: LegacyDistrict | None, old_style: bool
) -> tuple[str, str, str | None] | None:
    """(commune code, step name, legacy province code) for one address part, or ``None``."""

    def as_new() -> tuple[str, str, str | None] | None:
        c = find_commune(part, new_code)
        return (c.code, "commune", None) if c else None

    def as_legacy() -> tuple[str, str, str | None] | None:
        w = _find_legacy_ward(part, legacy_scope, district.code if district else None)
        return (w.new_commune_code, "legacy_ward", w.legacy_province_code) if w else None

    order = (as_legacy, as_new) if old_style else (as_new, as_legacy)
    hits = [h for h in (attempt() for attempt in order) if h]
    if len(hits) == 2 and hits[0][0] != hits[1][0]:
        # Written diacritics decide between an old and a current name that fold alike (Cẩm Giang / Cẩm Giàng).
        written = _accented(_split_prefix(_COMMUNE_PREFIX, part)[2])
        exact = [h for h in hits if written in _names_of(h)]
        if len(exact) == 1:
            return exact[0]
    return hits[0] if hits else None


def _names_of(hit: tuple[str, str, str | None]) -> set[str]:
    code, step, _ = hit
    if step == "commune":
        return {_accented(_communes()[code].short_name)}
    return {_accented(_legacy_short(w.name)) for w in _legacy_wards().values() if w.new_commune_code == code}


def _commune_without_province(parts: list[str]) -> AddressUnit | None:
    for part in reversed(parts):
        if not _COMMUNE_PREFIX.match(fold(part)):
            continue  # without a province only a written 'Xã'/'Phường' is trusted
        c = find_commune(part)
        if c:
            olds = _commune_legacy_provinces().get(c.code, frozenset())
            return AddressUnit(
                c.province_code, c.code, next(iter(olds)) if len(olds) == 1 else None, "commune_unique"
            )
    return None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points (mean Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
