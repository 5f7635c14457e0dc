"""Addresses as written: the park or cluster, lot and street (``zone_and_lot``), the current province and commune
(``province_of``), the pre-2025 district written or implied, and the village or hamlet below the commune
(``hamlet_of``); ``_address`` reads all of them for ``normalise.Features``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from lienket.core import geo
from lienket.core.geo import normalise_address
from lienket.core.resolve.places import commune_code, commune_named
from lienket.core.resolve.syllables import readable
from lienket.core.text import fold

__all__ = ["abbreviated_province", "bare_place", "hamlet_of", "normalise_lot", "province_of", "zone_and_lot"]

_SPACES = re.compile(r"\s+")


_ZONE_RE = re.compile(
    r"(?<![0-9a-z])(?:kcn|khu cong nghiep|ccn|cum cong nghiep|cum cn|khu cn|kcx|khu che xuat|khu kinh te|kkt|"
    r"khu cong nghe cao|kcnc)"
    r"\.?\s+([a-z0-9 \-\.]+?)\s*(?=,|;|\(|$)"
)
_ZONE_EN_RE = re.compile(
    r"(?:^|,)\s*([a-z0-9 \-]+?)\s+(?:industrial park|industrial zone|industrial cluster|industrial complex|hi tech park|hi-tech park|high tech park|"
    r"ip|iz|ic|"
    r"export processing zone|epz)(?![0-9a-z])"
)
# Parks known by their developer's name, written without "KCN" ("Lô N17 VSIP Bắc Ninh", "Khu đô thị, công nghiệp và
# dịch vụ VSIP Hải Phòng", "Lot B4, Deep C 2A"): the name is the park's.
_BRAND_PARK_RE = re.compile(
    r"(?<![0-9a-z])((?:vsip|deep c|amata|nomura)(?:\s+[a-z0-9\-\.]+)*?)\s*(?=,|;|\(|$)"
)
_LOT_RE = re.compile(
    r"(?<![0-9a-z])(?<!quoc )(?<!tinh )(?<!huong )(?:lo dat|lo so|lo|lot no|lot|plot no|plot|o dat)(?![a-z])\s*[:.]?\s*(?:so\s+|no\s*)?"
    # letters, digits, then "-7", "/2", "b": never a following word ("Lô K19-Khu CN ...", "Lô 110-K.C.N ...")
    r"([a-z]{0,4}[\s\-]*[0-9]+(?:[a-z](?![a-z]))?(?:[\-/\.][0-9]+(?:[a-z](?![a-z]))?)*|[a-z]{1,4}(?=[\s,]|$))"
)
# A dash with no spaces before the commune or district ("161 Kinh Dương Vương-Thị trấn Như Quỳnh-HY").
_UNIT_AHEAD = r"(?=\s*(?:thi tran|thi xa|thanh pho|phuong|xa|huyen|quan|tinh|tp|tx|tt|p|x|h|q|t)\b)"
# "Số 78, ngõ 160 Nguyễn Đăng Đạo", "NO. 324, NGO 133, NGUYEN GIA THIEU STREET": a house in a lane off a street.
_LANE_HOUSE_RE = re.compile(
    r"^(?:so nha|so|no\.?)?\s*([0-9]+[a-z]?)\s*,?\s*(?:ngo|ngach|hem|lane|alley)\s*([0-9]+[a-z]?)\s*,?\s*"
    r"(?:duong|pho)?\s*([a-z][a-z0-9 ]{2,}?)(?:\s+(?:street|str|st|road|rd)\.?)?\s*(?=,|;|\s-\s|$)"
)
# A house number: "12", "167A", "282/6", "447/12b".
_HOUSE_NUMBER = r"[0-9]+[a-z]?(?:/[0-9]+[a-z]?)*"
_STREET_RE = re.compile(
    r"(?<![0-9a-z/])(?:so nha|so|no\.?|number)?\s*(" + _HOUSE_NUMBER + r")\s*(?:,\s*)?"
    r"(?:duong|pho|street|st|road|rd)\s+"
    r"([a-z0-9 .]+?(?:-[0-9]+)?)\s*(?=,|;|\s-\s|-" + _UNIT_AHEAD + r"|$)"
)
# "Số 247 Xương Giang, ...", "334 Hai Bà Trưng - ...": a house number and a street name without "đường"/"phố", as
# the first part of the address (never a village, a lane, a lot or a road kilometre).
_BARE_STREET_RE = re.compile(
    r"^(?:so nha|so|no\.?)?\s*(?:k|kiet|lane|hem|alley)?\s*(" + _HOUSE_NUMBER + r")\s*,?\s+"
    r"(?!(?:thon|xom|ap|khu|kp|khu pho|lo|lot|km|ql|tl|dt|xa|phuong|p|quan|q|huyen(?! quang)|h|tt|tx|tp|village|"
    r"hamlet|group|alley|lane)\b|(?:ngo|ngach|hem|kiet|to)\s+[0-9])"
    r"([a-z][a-z ]{2,}?|[0-9]{1,2} thang [0-9]{1,2})(?:\s+(?:street|str|st|road|rd)\.?)?\s*"
    r"(?=,|;|\s-\s|-" + _UNIT_AHEAD + r"|$)"
)
# "Km 61, TL295", "Km61 Quốc lộ 18", "KM 2, NATIONAL ROAD 18", "Km 55+500, ĐT295": a place on a numbered road.
_KM_RE = re.compile(
    r"(?<![0-9a-z])km\s*([0-9]+(?:\s*\+\s*[0-9]+)?)\s*[,\-]?\s*(?:duong\s+|highway no\.?\s*)?"
    r"(ql|quoc lo|national road|national highway|highway no|highway|nh|tl|dt|tinh lo|provincial road)\.?\s*(?:no\.?\s*)?"
    r"([0-9]+[a-z]?)(?![0-9])"
)
# "368 Quốc lộ 1A", "368 National Road 1A", "490/23 ĐT 747", "K67/45 Quốc lộ 1A" (kiệt: a lane in Đà Nẵng): a house
# on a numbered road, as the first part of the address.
_HOUSE_ON_ROAD_RE = re.compile(
    r"^(?:so nha|so|no\.?)?\s*(?:k|kiet|hem|lane|alley)?\s*([0-9]+[a-z]?(?:/[0-9]+[a-z]?)*)\s*,?\s*(?:duong\s+)?"
    r"(ql|quoc lo|national road|national highway|highway|nh|tl|dt|tinh lo|provincial road)\.?\s*(?:no\.?\s*)?"
    r"([0-9]+[a-z]?)(?![0-9])"
)
_ROAD_KIND = {"ql": "ql", "quoc lo": "ql", "national road": "ql", "national highway": "ql", "highway": "ql",
              "highway no": "ql", "nh": "ql", "tl": "tl", "dt": "tl", "tinh lo": "tl", "provincial road": "tl"}  # fmt: skip

_ZONE_STOP = re.compile(
    # a unit word followed by its name ("KCN Quế Võ xã Phương Liễu"), never a word of the park's own name ("CCN Mẫn
    # Xá - Văn Môn", "KCN Mẫn Xá")
    r"(?:\s+|\s*-\s*)(?:xa|phuong|thi tran|thi xa|tt|tx|huyen|quan|tinh|thanh pho|tp)\b(?=\s+[a-z0-9]).*$"
    r"|(?:\s+|\s*-\s*)(?:commune|ward|district|province|city)\b.*$"
    r"|\s*-?\s*(?:p|f|x|h|q|t|tt|tx|tp)\.\s*[a-z].*$"  # "- P.Hạp Lĩnh", "-H. Tiên Du", "TX.", "TP."
    # "KCN Hải Yên - KKT cửa khẩu Móng Cái": the economic zone the park lies in
    r"|\s*-\s*(?:kkt|khu kinh te)\b.*$"
)


def normalise_lot(raw: str) -> str:
    """Lot written as ``A5``, ``A-5``, ``a 05``, ``CN9-2`` → letters + digits without separators or zero padding."""
    s = re.sub(r"[\s\-/\.]", "", raw.lower())
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", s)


@lru_cache(maxsize=1)
def _province_names() -> tuple[str, ...]:
    """Folded short names of current and pre-2025 provinces, longest first, plus the usual abbreviations."""
    full = _province_full_names()
    names = set(full)
    # Abbreviations lists write after a brand ("Tiến Duy BG", "Thắng Trang BN"); only stripped after a name.
    names |= {"hcm", "hcmc", "tp hcm", "sai gon", "hn", "bn", "hp", "bg", "hd", "hy", "vp", "tn", "qn", "bd", "dn"}
    names |= {"brvt", "vt"}
    names |= {n.replace(" ", "") for n in full if " " in n}  # "Danang", "Haiphong", "Bacninh"
    return tuple(sorted(names, key=len, reverse=True))


_DOTTED_EN = re.compile(r"(?<![a-z])([ie])\.([pzc])\.?(?![a-z])")
# A first address part that is only a lot code ("CN18.14", "B12", "A5-2"), when a park follows.
_BARE_LOT_RE = re.compile(
    r"^\s*(?!(?:so|no|km|ql|tl|dt)\b)([a-z]{1,3}[\-\s]?[0-9]+(?:[\.\-/][0-9]+)?[a-z]?)\s*,"
)
# A park's phase is not part of its name: "Bảo Minh (GĐ I)", "Đồng Văn II giai đoạn 2", "Rạng Đông GĐ2".
_PHASE = re.compile(r"\s+(?:gd|giai doan|phase|ph)\s*\.?\s*(?:[0-9]+|[ivx]+)\s*$")


# "CCN làng nghề Phong Khê", "CCN giấy Phong Khê", "CCN thép Đa Hội": a cluster's craft or trade written before its
# name, or not. ("Gò Dầu", "Đồng Văn": place words that look like trades are not in the list.)
_CLUSTER_TRADE = re.compile(
    r"^(?:(?:lang nghe|da nghe|tap trung|tieu thu cong nghiep|thu cong my nghe|giay|thep|det may|det nhuom|det|"
    r"may mac|co khi|nhua|che bien go|gom su|dien tu|tai che)\s+)+(?=[a-z0-9])"
)


@lru_cache(maxsize=1)
def _district_and_province_names() -> frozenset[str]:
    """Folded names of the pre-2025 districts (without "huyện", "thị xã"...) and of the provinces."""
    names = {_UNIT_PREFIX.sub("", fold(d.name)) for d in geo.legacy_districts()}
    return frozenset(names | set(_province_names()))


def _zone_name(name: str) -> str:
    name = _PHASE.sub("", _ZONE_STOP.sub("", name.strip()))
    # "CCN Hoàng Quế - Đông Triều - QN", "KCN Cộng Hòa - Chí Linh": a district or province after a dash is not part
    # of the name ("KCN Nam Sơn - Hạp Lĩnh", "CCN Mẫn Xá - Văn Môn" keep theirs: two places of the park's own name).
    parts = re.split(r"\s+-\s+", name)
    while len(parts) > 1 and parts[-1].strip(" .") in _district_and_province_names():
        parts.pop()
    name = " - ".join(parts)
    # "KKT cửa khẩu Móng Cái" is "KKT Móng Cái": the border gate is a word of the zone's kind, not of its name
    name = re.sub(r"^cua khau\s+", "", name)
    name = re.sub(r"[^a-z0-9 ]", " ", name)
    name = _CLUSTER_TRADE.sub("", _SPACES.sub(" ", name).strip())
    # "Hoa Khanh Expansion Industrial Park" is KCN Hòa Khánh mở rộng.
    name = re.sub(r"\b(?:expansion|extension|extended)\b", "mo rong", name)
    name = re.sub(r"\bviet ?nam singapore\b", "vsip", name)  # VSIP spelled out
    words = [w for w in name.split() if w not in ("so", "no")]
    # "KCN Nam Sách Hải Phòng": a province written after the park's name without a comma is not part of it.
    joined = " ".join(words)
    for prov in _province_names():
        if joined.endswith(" " + prov) and len(joined) > len(prov) + 3:
            words = joined[: -len(prov) - 1].split()
            break
    # "E1 Tien Son Industrial Park": a leading lot written without "Lot" is not part of the park's name.
    while len(words) > 1 and re.fullmatch(r"[a-z]{0,3}[0-9][0-9a-z\-]*", words[0]):
        words = words[1:]
    return " ".join(words)


_STREET_STOP = re.compile(
    r"\s+(?:xa|phuong|thi tran|thi xa|huyen|quan|tinh|thanh pho|tp|commune|ward|district|province|city|p|q|x|h)\b.*$"
)


def _street_name(name: str) -> str:
    """ "le duan phuong thach ban quan long bien": an address written without commas; the street stops at the
    first administrative word ("P. Trần Phú" included)."""
    name = _SPACES.sub(" ", name).strip()
    name = re.sub(r"^(?:so|no\.?)\s+(?=[0-9])", "", name)  # "đường số 11", "Street No. 11": street 11
    cut = _STREET_STOP.sub("", name)
    out = _SPACES.sub(" ", (cut or name).replace(".", " ")).strip()
    # "385 duong To Hien Thanh Bac Giang": a province written after the street without a comma.
    for prov in _province_names():
        if out.endswith(" " + prov) and len(out) > len(prov) + 3:
            return out[: -len(prov) - 1]
    return out


def zone_and_lot(address: str) -> tuple[str, str, str]:
    """``(zone, lot, street)`` read from an address: ``"Lô A5, KCN Đại An"`` → ``("dai an", "a5", "")``.

    Vietnamese (KCN, Khu công nghiệp, CCN, Cụm công nghiệp) and English ("Dai An Industrial Park", "Dai An IP")
    forms give the same zone name.
    """
    s = fold(address).replace("–", "-").replace("—", "-").replace("k.c.n", "kcn").replace("c.c.n", "ccn")
    s = _DOTTED_EN.sub(lambda m: m.group(1) + m.group(2), s)  # "Viet Han I.Z", "Tien Son I.P."
    s = re.sub(r"[\"'()]", ",", s)
    zone = ""
    m = _ZONE_RE.search(s)
    if m:
        zone = _zone_name(m.group(1))
    else:
        m = _ZONE_EN_RE.search(s) or _BRAND_PARK_RE.search(s)
        if m:
            zone = _zone_name(m.group(1))
    lot = ""
    m = _LOT_RE.search(s)
    if m:
        lot = normalise_lot(m.group(1))
    elif zone and (m := _BARE_LOT_RE.match(s)):  # "CN18.14, KCN Khánh Phú": a lot code before the park
        lot = normalise_lot(m.group(1))
    street = ""
    if not zone:
        head = s.strip()
        if road := _HOUSE_ON_ROAD_RE.match(head):
            street = f"{road.group(1)} {_ROAD_KIND[road.group(2)]}{road.group(3)}"
        elif lane := _LANE_HOUSE_RE.match(head):
            street = f"{lane.group(1)} ngo{lane.group(2)} {_street_name(lane.group(3))}"
        elif m := _STREET_RE.search(s):
            street = f"{m.group(1)} {_street_name(m.group(2))}"
        elif m := _KM_RE.search(s):
            km = re.sub(r"\s", "", m.group(1))
            street = f"km{km} {_ROAD_KIND[m.group(2)]}{m.group(3)}"
        elif m := _BARE_STREET_RE.match(head):
            street = f"{m.group(1)} {_street_name(m.group(2))}"
    return zone, lot, street


@lru_cache(maxsize=20_000)
def _segment_unit(segment: str) -> tuple[str, str] | None:
    unit = normalise_address(segment)
    if unit.province_code and unit.matched_on.split("+")[0] in ("province", "legacy_province"):
        return unit.province_code, unit.commune_code or ""
    return None


_DISTRICT_WORD = re.compile(r"^(?:(?:huyen|quan|thi xa|thanh pho|tp|tx)\s+|(?:h|q|tx|tp)\.\s*)")


def _written_district_province(address: str) -> str:
    """The current province of the first part written as a pre-2025 district with its unit word ("TP Sông Công",
    "H. Yên Phong") whose name is unique in the country, else ""."""
    parts = [p.strip(" .") for p in _UNIT_SPLIT.split(_SPACES.sub(" ", fold(address).replace(".", ". ")))]
    parts = [p for p in parts if p]
    for part in parts:
        if not _DISTRICT_WORD.match(part):
            continue
        name = _DISTRICT_WORD.sub("", part).strip(" .")
        if _HAS_DIGIT.search(name):  # "Quận 1": numbered districts repeat in the cities
            continue
        province, _ = _legacy_district(name)
        if province:
            return province
    # The last part an old district's bare name after a commune ("Thôn Như Thiện 3, xã Phước Thái, Ninh Phước"):
    # a list kept inside one province leaves the province out, and so often the "huyện".
    if len(parts) >= 2 and _BARE_PART.match(parts[-1]) and not _NOT_COMMUNE.search(parts[-1]):
        province, _ = _legacy_district(parts[-1])
        if province:
            return province
    return ""


@lru_cache(maxsize=5_000)
def _whole_address_unit(address: str) -> tuple[str, str]:
    unit = normalise_address(address)
    # "X. Tân Quang, TP Sông Công, Thái" (the province cut off): a commune name unique today (Tân Quang of Tuyên
    # Quang) must not outweigh the old district written after it (Sông Công, Thái Nguyên), whose ward it was.
    province = _written_district_province(address)
    if province and unit.province_code != province:
        p = geo.province(province)
        again = normalise_address(f"{address}, {p.name}") if p else None
        if again is not None and again.province_code == province:
            unit = again
    return unit.province_code or "", unit.commune_code or ""


# Parts of an address: commas, and dashes between words ("Lô A3 - CCN Phong Khê - P. Vũ Ninh - T. Bắc Ninh",
# "Lô CN19-KCN Thuận Thành II-xã Mão Điền-Bắc Ninh"), not inside a lot number ("CN-06").
_UNIT_SPLIT = re.compile(r"[,;]|\s+[-–]\s+|(?<=[^\W\d_])[-–](?=[^\W\d_])")


def province_of(address: str) -> tuple[str, str]:
    """``(province code, commune code)`` of an address: the last comma part naming a province decides.

    Parts are few and repeat across records ("tỉnh Bắc Ninh"), so each is parsed once (the full parser costs
    ~2 ms an address); an address with no province part falls back to the full parser.
    """
    parts = [p.strip() for p in _UNIT_SPLIT.split(address) if p.strip()]
    for part in reversed(parts[-3:]):
        found = _segment_unit(part)
        if found:
            return found
    return _whole_address_unit(address)


# "Bà Rịa - Vũng Tàu": one province, whose dash is no separator of parts ("Vũng Tàu" alone is a city of it).
_BRVT = re.compile(r"(?i)\b(b[àa] r[ịi]a)\s*[-–]\s*(v[ũu]ng t[àa]u)\b")


def _address(address: str) -> tuple[str, str, str, str, str, str, str]:
    address = _province_spelled_out(_BRVT.sub(r"\1 \2", readable(address)))
    zone, lot, street = zone_and_lot(address)
    province, commune = province_of(address)
    if not province:
        province, district = _bare_district(address)
        if province:
            return province, "", zone, lot, street, hamlet_of(address), district
    if province and not commune:
        commune = commune_code(_SPACES.sub(" ", fold(address).replace(".", ". ")).strip()) or _bare_commune(address)
    district, bare = _written_district(address, province) if province else ("", "")
    if bare and commune and _commune_short(commune) == bare:
        # "Yên Phong, Bắc Ninh", "Quế Võ - Bắc Ninh": an old district's name, read as the commune that took the name
        # in 2025; the district is what was written, the commune is unknown.
        commune = ""
    if not district and commune:
        district = "|".join(_commune_districts().get(commune, ()))
    return province, commune, zone, lot, street, hamlet_of(address), district


@lru_cache(maxsize=20_000)
def _bare_district(address: str) -> tuple[str, str]:
    """``(province, district)`` of an address that is only a pre-2025 district's name, unique in the country
    ("Bình Xuyên", "huyện Vĩnh Tường", "Cầu Giấy"), else ("", "")."""
    name = _SPACES.sub(" ", fold(address).replace(".", ". ")).strip(" .")
    if not name or _HAS_DIGIT.search(name) or len(name.split()) > 5 or any(c in name for c in ",;-/"):
        return "", ""
    return _legacy_district(name)


def _legacy_district(name: str) -> tuple[str, str]:
    """``(current province, district code)`` of a pre-2025 district's name unique in the country, else ("", "")."""
    d = geo.find_legacy_district(name)
    p = geo.legacy_province(d.legacy_province_code) if d else None
    return (p.new_province_code, d.code) if d and p else ("", "")


_BARE_UNIT_WORD = re.compile(r"^(?:(?:huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)\s+|(?:h|q|tx|tp|x|p|tt)\.\s*)")


@lru_cache(maxsize=1)
def _bare_names() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Folded short name → ``(province, commune, district)`` of every pre-2025 district (commune ""), current
    commune and pre-2025 ward (the commune it went into) of that name."""
    out: dict[str, dict[tuple[str, str, str], None]] = {}
    for d in geo.legacy_districts():
        p = geo.legacy_province(d.legacy_province_code)
        if p:
            out.setdefault(fold(d.short_name), {})[(p.new_province_code, "", d.code)] = None
    for c in geo.communes():
        out.setdefault(fold(c.short_name), {})[(c.province_code, c.code, _districts_of(c.code))] = None
    for w in geo.legacy_wards():
        p = geo.legacy_province(w.legacy_province_code)
        if p and w.new_commune_code and not w.divided:
            name = _UNIT_PREFIX.sub("", fold(w.name))
            out.setdefault(name, {})[(p.new_province_code, w.new_commune_code, _districts_of(w.new_commune_code))] = None
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of provinces, pre-2025 districts, communes and pre-2025 wards (without their unit words); not
    the numbers of city wards ("Phường 3"), which are a park's number ("Quế Võ 3", "Yên Phong II")."""
    names = frozenset(_bare_names()) | _district_and_province_names()
    return frozenset(n for n in names if not any(w.isdigit() or _ROMAN.fullmatch(w) for w in n.split()))


_ROMAN = re.compile(r"[ivx]+")


def _districts_of(commune: str) -> str:
    return "|".join(_commune_districts().get(commune, ()))


def bare_place(address: str, provinces: frozenset[str]) -> tuple[str, str, str]:
    """``(province, commune, district)`` of an address that is only the name of a district or a commune, read in
    ``provinces`` (the data set's own): "Tam Dương" is a district of Vĩnh Phúc and of Lai Châu, "Bình Nguyên" a
    commune of Phú Thọ and of Hưng Yên. A district before a commune (an old district's name went to one of its
    communes in 2025, which covers only part of it); ("", "", "") when none or several fit."""
    name = _SPACES.sub(" ", fold(address).replace(".", ". ")).strip(" .")
    if "," in name:  # "thôn Đa Hội, Châu Khê": the last part
        name = name.rsplit(",", 1)[1].strip(" .")
    if not name or _HAS_DIGIT.search(name) or any(c in name for c in ",;-/()"):
        return "", "", ""
    hits = [h for h in _bare_names().get(_BARE_UNIT_WORD.sub("", name), ()) if h[0] in provinces]
    districts = [h for h in hits if not h[1]]
    pick = districts or hits
    return pick[0] if len(pick) == 1 else ("", "", "")


_BARE_PART = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,3}$")
_NOT_COMMUNE = re.compile(r"\b(?:kcn|ccn|khu|cum|lo|thon|xom|ap|duong|pho|ngo|so|kp|industrial|park|zone|lot|street|road)\b")


def _bare_commune(address: str) -> str:
    """The commune of an address whose last three parts are a commune, a district and a province written without
    "xã" or "huyện" ("Thôn Hạ, Tiền Phong, Yên Dũng, Bắc Giang"; "Tam Giang, Yên Phong, BN"), or ""."""
    parts = [p.strip(" .") for p in re.split(r"[,;]", address) if p.strip(" .")]
    if parts and fold(parts[-1]) in ("viet nam", "vietnam", "vn"):
        parts.pop()
    if len(parts) < 3 or not all(_BARE_PART.match(p) for p in parts[-3:-1]):
        return ""
    if _NOT_COMMUNE.search(fold(parts[-3])):
        return ""
    commune, district, province = (_SPACES.sub(" ", fold(p)) for p in parts[-3:])
    # read as if written "xã Tiền Phong, Yên Dũng, Bắc Giang", so both writings give one commune
    return commune_named(commune, district, _PROVINCE_WORD.sub("", province))


# Province abbreviations written as the last part of an address ("Phương Liễu, Quế Võ, BN"), and a province name
# cut short ("Tam Giang, Yên Phong, Bắc Nin"): spelled out, so the parts before them are read in that province.
_PROVINCE_ABBREVIATIONS = {
    "bn": "Bắc Ninh", "bg": "Bắc Giang", "hd": "Hải Dương", "hy": "Hưng Yên", "hn": "Hà Nội", "hp": "Hải Phòng",
    "vp": "Vĩnh Phúc", "hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh", "hcmc": "Hồ Chí Minh",
    "brvt": "Bà Rịa Vũng Tàu", "bd": "Bình Dương", "th": "Thanh Hóa", "na": "Nghệ An", "nd": "Nam Định",
    "tb": "Thái Bình", "ht": "Hà Tĩnh", "pt": "Phú Thọ", "hb": "Hòa Bình", "ct": "Cần Thơ",
}  # fmt: skip
# Abbreviations several provinces share, or that are letters of other words too ("QN": Quảng Ninh, Quảng Nam,
# Quảng Ngãi; "HG": Hậu Giang, Hà Giang): read only in the data set's own provinces (``engine.placed_in_data_set``).
_DATA_SET_ABBREVIATIONS = {
    "qn": ("Quảng Ninh", "Quảng Nam", "Quảng Ngãi"), "dn": ("Đà Nẵng", "Đồng Nai", "Đắk Nông"),
    "tn": ("Thái Nguyên", "Tây Ninh"), "hg": ("Hậu Giang", "Hà Giang"), "bd": ("Bình Dương", "Bình Định"),
    "bt": ("Bến Tre", "Bình Thuận"), "lc": ("Lào Cai", "Lai Châu"), "st": ("Sóc Trăng",), "la": ("Long An",),
    "ag": ("An Giang",), "tg": ("Tiền Giang",), "kg": ("Kiên Giang",), "vl": ("Vĩnh Long",), "dt": ("Đồng Tháp",),
    "ld": ("Lâm Đồng",), "kh": ("Khánh Hòa",), "tv": ("Trà Vinh",), "cm": ("Cà Mau",), "bl": ("Bạc Liêu",),
    "qb": ("Quảng Bình",), "qt": ("Quảng Trị",), "ls": ("Lạng Sơn",), "tq": ("Tuyên Quang",), "yb": ("Yên Bái",),
    "tth": ("Thừa Thiên Huế",), "bp": ("Bình Phước",), "gl": ("Gia Lai",), "kt": ("Kon Tum",), "nb": ("Ninh Bình",),
    "hnam": ("Hà Nam",), "tb": ("Thái Bình",),
}  # fmt: skip


def abbreviated_province(address: str) -> tuple[int, tuple[tuple[str, str], ...]]:
    """Where the last part of ``address`` starts and ``(province name, current province code)`` of each province
    it may abbreviate ("…, Châu Thành, HG": Hậu Giang, 92, and Hà Giang, 08), or ``(-1, ())``."""
    m, _, last = _last_part(address)
    if not m:
        return -1, ()
    names = _DATA_SET_ABBREVIATIONS.get(re.sub(r"[\s.]", "", last), ())
    out = []
    for name in names:
        p = geo.find_legacy_province(name)
        if p:
            out.append((name, p.new_province_code))
    return (m.start(2), tuple(out)) if out else (-1, ())


# "DN" alone is Đà Nẵng or Đồng Nai; as a city ("TP.ĐN") it is Đà Nẵng.
_CITY_ABBREVIATIONS = {"tpdn": "Đà Nẵng", "tpđn": "Đà Nẵng", "tphn": "Hà Nội", "tphp": "Hải Phòng", "tpct": "Cần Thơ"}
# "tỉnh", "thành phố", "TP.", "T." before a province's name; a word of its own, never the T of "Thái Bình".
_PROVINCE_WORD = re.compile(r"^(?:tinh|thanh pho|tp|t)(?:\.\s*|\s+)")
_LAST_PART = re.compile(r"([,;\-–]\s*)([^,;\-–]+?)\s*\.?\s*$")


def _last_part(address: str) -> tuple[re.Match[str] | None, str, str]:
    """The last part of an address (its match), folded as written, and without "tỉnh" / "TP." before it."""
    m = _LAST_PART.search(address)
    if not m:
        return None, "", ""
    written = _SPACES.sub(" ", fold(m.group(2)).strip(" .")).strip()
    return m, written, _PROVINCE_WORD.sub("", written)


@lru_cache(maxsize=1)
def _province_full_names() -> dict[str, str]:
    """Folded name → name, current and pre-2025 provinces."""
    out = {fold(p.short_name): p.short_name for p in geo.legacy_provinces()}
    out.update({fold(p.short_name): p.short_name for p in geo.provinces()})
    return out


@lru_cache(maxsize=20_000)
def _province_spelled_out(address: str) -> str:
    m, written, last = _last_part(address)
    if not m:
        return address
    names = _province_full_names()
    if last in names:
        return address
    full = _CITY_ABBREVIATIONS.get(re.sub(r"[\s.]", "", written)) or _PROVINCE_ABBREVIATIONS.get(last.replace(".", ""))
    if full and len(last.replace(".", "")) <= 3 and _names_another_province(address[: m.start(2)], full):
        full = None  # "…, TP Thái Nguyên, Th": a name cut short, not Thanh Hóa
    if not full and len(last) >= 5 and " " in last:
        starts = [n for k, n in names.items() if k.startswith(last)]
        # or one slip from one province's name: "Bắcc Ninh", "Bắc Nih", "Vnĩh Phúc", "Đng Nai"
        # ("Phổ Yên", a district, is no slip of the province Phú Yên)
        near = starts or [
            n
            for k, n in names.items()
            if len(k) >= 6 and abs(len(k) - len(last)) <= 1 and OSA.distance(k, last) <= 1
            and last not in _unit_names()
        ]
        full = near[0] if len(near) == 1 else None
    return address[: m.start(2)] + full if full else address


def _names_another_province(head: str, province: str) -> bool:
    """Whether ``head`` (an address without its last part) names a province other than ``province`` in full."""
    words = f" {_SPACES.sub(' ', re.sub(r'[^a-z0-9 ]', ' ', fold(head)))} "
    own = fold(province)
    return any(f" {k} " in words for k in _province_full_names() if k != own and len(k) >= 6)


@lru_cache(maxsize=1)
def _commune_districts() -> dict[str, tuple[str, ...]]:
    """Current commune code → the pre-2025 districts whose wards went into it (split wards counted in each)."""
    out: dict[str, set[str]] = {}
    for w in geo.legacy_wards():
        for c in (w.new_commune_code, *w.other_commune_codes):
            if c:
                out.setdefault(c, set()).add(w.legacy_district_code)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=10_000)
def _commune_short(code: str) -> str:
    c = geo.commune(code)
    return fold(c.short_name) if c else ""


_DISTRICT_PART_SPLIT = re.compile(r"\s*[,;\-–/]\s*")
_HAS_DIGIT = re.compile(r"[0-9]")
_URBAN = re.compile(r"^(?:quan|q)\.?\s*[0-9]{1,2}$")  # "Quận 5", "Q.12"


def _written_district(address: str, province: str) -> tuple[str, str]:
    """(code of the pre-2025 district the address writes, its folded name when written bare, without "huyện" or
    "quận"), read from the end; ("", "") when none is written. A province's name before the province is its city
    ("P. Việt Hòa, Hải Dương, Hải Dương")."""
    parts = [
        _english_unit(p.strip(" ."))
        for p in _DISTRICT_PART_SPLIT.split(fold(address))
        if p and (not _HAS_DIGIT.search(p) or p.startswith("dist") or _URBAN.match(p))
    ]
    parts = [p for p in parts if not _HAS_DIGIT.search(p) or _URBAN.match(p)]
    after_province = False
    for part in reversed(parts[-5:]):
        part = _SPACES.sub(" ", part.replace(".", ". ")).strip(" .")
        if len(part.split()) > 5:
            continue
        found = _district_in(part, province, after_province)
        if found:
            return found, ("" if _DISTRICT_WORD.match(part) else part)
        after_province = after_province or _is_province(part)
    return "", ""


# "Yen Phong District", "District 5", "Tu Son Town", "Vinh Yen City", "Bac Ninh Province": English unit words.
_EN_DISTRICT = (
    (re.compile(r"^(?:district|dist\.?)\s+([0-9]{1,2})$"), r"quan \1"),
    (re.compile(r"^([a-z ]+?)\s+(?:district|dist\.?)$"), r"huyen \1"),
    (re.compile(r"^([a-z ]+?)\s+town$"), r"thi xa \1"),
    (re.compile(r"^([a-z ]+?)\s+city$"), r"thanh pho \1"),
    (re.compile(r"^([a-z ]+?)\s+(?:province|prov\.?)$"), r"tinh \1"),
)
_EN_UNIT_WORD = re.compile(r"^dist|(?:district|dist\.?|town|city|province|prov\.?)$")  # any of them


def _english_unit(part: str) -> str:
    if not _EN_UNIT_WORD.search(part):
        return part
    for pattern, vietnamese in _EN_DISTRICT:
        if pattern.match(part):
            return pattern.sub(vietnamese, part)
    return part


def _is_province(part: str) -> bool:
    part = _PROVINCE_WORD.sub("", part)
    return part in _province_full_names() or part in _PROVINCE_ABBREVIATIONS


_DISTRICT_WORD = re.compile(r"^(?:quan|huyen|thi xa|thanh pho|tx|tp|q|h)(?:\.|\s|$)")


@lru_cache(maxsize=50_000)
def _district_in(part: str, province: str, after_province: bool) -> str:
    if not after_province and _is_province(part):
        return ""
    if after_province and part in _province_full_names():
        part = "thanh pho " + part
    d = geo.find_legacy_district(part, geo.legacy_of_new(province))
    return d.code if d else ""


# "Thôn Hội", "Ấp Trong", "Xóm 6", "Khu phố 3", "Tổ dân phố 12", "Bản Lướt": the place below the commune, whose name
# survives the 2025 reform that renamed wards and communes. "Tô Ký" (a street) and "Khu công nghiệp" are not.
_HAMLET_RE = re.compile(
    r"(?<![a-z0-9])(thon|ap|xom|ban|lang(?: nghe)?|khu pho|kp|to dan pho|tdp|khu(?=\s+\d)|to(?=\s+\d))\.?\s+"
    r"(?!cong nghiep|cn\b|che xuat|do thi|kinh te|ward|commune|town|district|city|province)"
    r"([a-z0-9]+(?:\s+[a-z0-9]+){0,2}?)\s*"
    r"(?=[,\-/;]|$|\s(?:xa|x|phuong|p|thi tran|tt|quan|q|huyen|h|tp|thanh pho|thi xa|tx|tinh|t)\b)"
)
# "Làng" and "Bản" are also syllables of names: "huyện Lạng Giang", "Lạng Sơn", "TT. Bần Yên Nhân", "đường Lũy Bán
# Bích", "P. Thạch Bàn". They name a village only at the start of a part, and not as a unit's name.
_PART_START = re.compile(r"(?:^|[,;\-/(])\s*$")
_EN_UNIT = re.compile(r"\s+(?:ward|commune|town|district|city|province)$")
_UNIT_PREFIX = re.compile(r"^(?:tinh|thanh pho|quan|huyen|thi xa|xa|phuong|thi tran|dac khu)\s+")


@lru_cache(maxsize=1)
def _unit_names() -> frozenset[str]:
    """Folded names, without "huyện" or "xã", of the provinces, districts and communes before and after 2025."""
    names = [p.short_name for p in geo.legacy_provinces()] + [d.name for d in geo.legacy_districts()]
    names += [w.name for w in geo.legacy_wards()] + [c.short_name for c in geo.communes()]
    return frozenset(_UNIT_PREFIX.sub("", fold(n)) for n in names)


@lru_cache(maxsize=50_000)
def hamlet_of(address: str) -> str:
    """The village, hamlet or quarter an address names, folded, as "VILLAGE#GROUP": the part written last (nearest
    the commune) and the one written before it, if any ("Xóm 3, thôn Nam, xã Tân Dĩnh" → "nam#3", "Tổ 12, ấp Phú
    Lợi" → "phu loi#12", "Thôn Hội, P. Liên Bảo" → "hoi#", "Ấp 6" → "6#"), else "" (``model.hamlets_agree``)."""
    s = _SPACES.sub(" ", fold(address).replace(".", ". ")).strip()
    parts = []
    for m in _HAMLET_RE.finditer(s):
        word, name = m.group(1), m.group(2)
        if word in ("lang", "ban") and (
            not _PART_START.search(s[: m.start()]) or _EN_UNIT.sub("", f"{word} {name}") in _unit_names()
        ):
            continue
        parts.append(name)
    if not parts:
        return ""
    return f"{parts[-1]}#{parts[-2]}" if len(parts) > 1 else f"{parts[0]}#"
