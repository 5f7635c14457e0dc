"""Deterministic generator of a realistic synthetic province (all records marked ``is_synthetic``).

One ``random.Random(seed)`` per stream and no iteration over sets or hashes, so the same seed and arguments give
byte-identical JSON in every process.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from lienket.core.text import fold

from . import profiles as P
from . import refs
from .records import (
    CertRec,
    DemandRec,
    DemandSourceRec,
    EnterpriseRec,
    LinkRec,
    MilestoneRec,
    OfferingRec,
    PhaseRec,
    ProjectRec,
    SynthDataset,
    YearFigureRec,
    ZoneFigureRec,
    ZoneRec,
)
from .seeds import real_seeds

# Fixed "today" of the demo data, so freshness (verified_on) does not depend on when the generator runs.
AS_OF = date(2025, 10, 31)
FIGURE_YEARS = (2021, 2022, 2023, 2024)
DEFAULT_PROVINCES = ("19", "24", "31")
SYNTHETIC_SOURCE = "lienket.core.synth (dữ liệu tổng hợp / synthetic)"
SYNTH_MARK_VI = "Dữ liệu tổng hợp (synthetic), không phải doanh nghiệp thật."
SYNTH_MARK_EN = "Synthetic record, not a real company."


def _weighted(rng: random.Random, items: Sequence, weights: Sequence[float]):
    """One item drawn with the given weights (cumulative table built per call; lists here are short)."""
    total = 0.0
    cum = []
    for w in weights:
        total += w
        cum.append(total)
    return items[bisect.bisect_right(cum, rng.random() * total)] if total > 0 else items[0]


class _Picker:
    """Weighted choice over a fixed list with a prebuilt cumulative table (O(log n) per draw)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple]):
        self.items = [p[0] for p in pairs]
        self.cum = list(itertools.accumulate(float(p[1]) for p in pairs))
        self.total = self.cum[-1] if self.cum else 0.0

    def __call__(self, rng: random.Random):
        return self.items[min(bisect.bisect_right(self.cum, rng.random() * self.total), len(self.items) - 1)]


def _unit_price(code: str) -> tuple[str, float, float]:
    """(unit, min, max VND) of the longest UNIT_PRICES prefix matching a product code."""
    parts = code.split("-")
    for n in range(len(parts), 0, -1):
        hit = P.UNIT_PRICES.get("-".join(parts[:n]))
        if hit:
            return hit
    return ("pcs", 1_000, 100_000)


def _ri(rng: random.Random, a: int, b: int) -> int:
    """Like ``randint`` but faster (one ``random()`` call); the hot path calls it ~20 times per enterprise."""
    return a + int(rng.random() * (b - a + 1))


def _pick(rng: random.Random, seq: Sequence):
    """Like ``choice`` with one ``random()`` call."""
    return seq[int(rng.random() * len(seq))]


def _loguniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _sig(x: float, digits: int = 3) -> float:
    """Round to ``digits`` significant figures (reported figures are rarely exact to the dong)."""
    return float(f"{x:.{digits}g}")


@lru_cache(maxsize=65536)
def _slug(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _cut(rng: random.Random, parts: int, total: int = 100) -> list[int]:
    """Split ``total`` into ``parts`` positive integers (random cut points)."""
    if parts <= 1:
        return [total]
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _province_phrase(p) -> str:
    """'tỉnh Bắc Ninh' / 'thành phố Hải Phòng' as written in an address."""
    return p.name[0].lower() + p.name[1:]


@dataclass
class _Product:
    code: str
    sector: str
    name_vi: str
    name_en: str
    unit: str
    price_lo: float
    price_hi: float


@dataclass
class _ZoneSlot:
    zone: ZoneRec
    capacity: int
    lots: int = 0
    commune: object | None = None


@dataclass
class _Made:
    """An enterprise with the products it offers (for offerings) and its scale (for projects)."""

    rec: EnterpriseRec
    products: list[_Product]
    workforce: int
    country: str | None
    usd: bool
    extra: dict = field(default_factory=dict)


class _EnterpriseFactory:
    """Makes one enterprise at a time; O(1) per enterprise apart from a short zone scan."""

    def __init__(
        self,
        rng: random.Random,
        province_codes: Sequence[str],
        zone_slots: list[_ZoneSlot],
        key_prefix: str,
        seed: int = 0,
    ):
        self.key_prefix = key_prefix
        self._pools: dict[tuple[str, str], list[_Product]] = {}
        self.rng = rng
        self.names = refs.names()
        self.province_codes = list(province_codes)
        self.provinces = {c: refs.province(c) for c in self.province_codes}
        # Island special zones (đặc khu) host no CNHT workshops; addresses go to wards and communes.
        self.communes = {
            c: tuple(x for x in refs.communes(c) if x.division_type != "đặc khu") or refs.communes(c)
            for c in self.province_codes
        }
        for c, cs in self.communes.items():
            if not cs:
                raise ValueError(f"province {c}: no communes in the geo data")
        self.slots_by_province: dict[str, list[_ZoneSlot]] = {c: [] for c in self.province_codes}
        for s in zone_slots:
            if s.zone.province_code in self.slots_by_province:
                self.slots_by_province[s.zone.province_code].append(s)
        self.products: dict[str, list[_Product]] = {}
        for p in refs.products("2025"):
            unit, lo, hi = _unit_price(p.code)
            self.products.setdefault(p.sector_code, []).append(
                _Product(p.code, p.sector_code, p.name_vi, p.name_en, unit, lo, hi)
            )
        self.sector_pickers = {
            prov: _Picker(
                [
                    (s, w * P.PROVINCE_SECTOR_BOOST.get(prov, {}).get(s, 1.0))
                    for s, w in P.SECTOR_WEIGHTS.items()
                ]
            )
            for prov in self.province_codes
        }
        n = self.names
        self.surnames = _Picker(n["vn_surnames"])
        self.fdi_country = _Picker(n["fdi_country_weights"])
        self.used_names: set[str] = set()
        self.name_serial = 0
        # Start each seed at its own place in the code sequence, so datasets of different seeds can share a database.
        self.tax_counter = (seed * 7_368_787) % 100_000_000
        self.branch_counter = (seed * 1_299_709) % 10_000_000
        self.issuers = n["cert_issuers"]

    # ------------------------------------------------------------------ small parts

    def person(self) -> str:
        rng, n = self.rng, self.names
        if rng.random() < 0.55:
            return f"{self.surnames(rng)} {_pick(rng, n['vn_middle_male'])} {_pick(rng, n['vn_given_male'])}"
        return f"{self.surnames(rng)} {_pick(rng, n['vn_middle_female'])} {_pick(rng, n['vn_given_female'])}"

    def tax_code(self) -> str:
        """Next code of the synthetic range '9xxxxxxxxx' with a valid MST check digit (unique by construction)."""
        while True:
            self.tax_counter += 1
            # Multiply by a constant coprime to 10^8 so consecutive firms do not get consecutive codes.
            body = "9" + f"{(self.tax_counter * 48_271 + 1_234_567) % 100_000_000:08d}"
            check = _mst_check_digit(body)
            if check is not None:
                return body + str(check)

    def branch_tax_code(self) -> str:
        """A dependent-unit code 'NNNNNNNNNN-NNN' under a synthetic parent outside the generated set."""
        self.branch_counter += 1
        while True:
            body = "98" + f"{(self.branch_counter * 7_919 + 424_242) % 10_000_000:07d}"
            check = _mst_check_digit(body)
            if check is not None:
                return f"{body}{check}-{(self.branch_counter % 899) + 1:03d}"
            self.branch_counter += 1

    def phone(self, province_code: str) -> str:
        rng = self.rng
        area = P.AREA_CODES.get(province_code, "024")
        if rng.random() < 0.6:
            rest = f"{_ri(rng, 3, 8)}{_ri(rng, 100, 999)} {_ri(rng, 100, 999)}"
            if rng.random() < 0.5:
                return f"+84 {area[1:]} {rest}"
            return f"{area} {rest}"
        prefix = _pick(
            rng, ["090", "091", "093", "094", "096", "097", "098", "086", "088", "083", "035", "039"]
        )
        if rng.random() < 0.4:
            return f"+84 {prefix[1:]} {_ri(rng, 100, 999)} {_ri(rng, 1000, 9999)}"
        return f"{prefix}{_ri(rng, 0, 9)} {_ri(rng, 100, 999)} {_ri(rng, 100, 999)}"

    def commune_for(self, province_code: str):
        return _pick(self.rng, self.communes[province_code])

    # ------------------------------------------------------------------ names

    def _brand(self) -> tuple[str, str]:
        """A Vietnamese brand stem and its folded, title-cased form ('Minh Phát', 'Minh Phat')."""
        rng, n = self.rng, self.names
        r = rng.random()
        if r < 0.08:
            stem = _pick(rng, n["brand_acronyms"])
        elif r < 0.88:
            stem = f"{_pick(rng, n['brand_first'])} {_pick(rng, n['brand_second'])}"
        else:
            stem = f"{_pick(rng, n['brand_first'])} {_pick(rng, n['brand_second'])} {_pick(rng, n['brand_second'])}"
        return stem, _ascii_title(stem)

    def name_domestic(self, form: str, activity: tuple, province) -> tuple[str, str, str, str]:
        """(name_vi, name_en, name_other, brand stem) following Vietnamese legal-name habits, unique per run."""
        act_vi, act_en = activity[0], activity[1]
        for attempt in range(12):
            stem, stem_en = self._brand()
            if attempt >= 6:
                # Real habit when a name is taken: add the place ("Minh Phát Bắc Ninh").
                stem, stem_en = (
                    f"{stem} {province.short_name}",
                    f"{stem_en} {_ascii_title(province.short_name)}",
                )
            if attempt >= 10:
                # Last resort for very large runs: a running number no other name carries.
                self.name_serial += 1
                stem, stem_en = f"{stem} {self.name_serial}", f"{stem_en} {self.name_serial}"
            if form == "tnhh":
                vi, en = f"Công ty TNHH {act_vi} {stem}", f"{stem_en} {act_en} Company Limited"
            elif form == "tnhh_mtv":
                vi, en = f"Công ty TNHH MTV {act_vi} {stem}", f"{stem_en} {act_en} One Member Co., Ltd"
            elif form == "cp":
                vi, en = f"Công ty Cổ phần {act_vi} {stem}", f"{stem_en} {act_en} Joint Stock Company"
            elif form == "dntn":
                vi, en = f"Doanh nghiệp tư nhân {act_vi} {stem}", f"{stem_en} {act_en} Private Enterprise"
            elif form == "hop_danh":
                vi, en = f"Công ty Hợp danh {act_vi} {stem}", f"{stem_en} {act_en} Partnership"
            else:  # branch
                vi = f"Chi nhánh Công ty TNHH {act_vi} {stem} tại {province.short_name}"
                en = f"{stem_en} {act_en} Co., Ltd – {_ascii_title(province.short_name)} Branch"
            if vi not in self.used_names:
                self.used_names.add(vi)
                return vi, en, "", stem_en
        raise RuntimeError("could not find a free enterprise name")  # unreachable: serial names are new

    def name_foreign(self, country: str, sector: str, jv: bool) -> tuple[str, str, str, str]:
        """(name_vi, name_en, name in the investor's script, brand stem) of a foreign-invested firm."""
        rng = self.rng
        stems = self.names["fdi_stems"][country]
        for attempt in range(40):
            stem, native = _pick(rng, stems) if attempt < 4 else self._gen_stem(country)
            word = _pick(rng, P.FDI_WORDS[sector])
            suffix = _pick(rng, self.names["fdi_suffix_vi"])
            if attempt >= 30:
                self.name_serial += 1
                word = f"{word} {self.name_serial}"
            if jv:
                vn_stem, vn_en = self._brand()
                vi = f"Công ty TNHH Liên doanh {vn_stem} – {stem}"
                en = f"{vn_en} – {stem} Joint Venture Co., Ltd"
            else:
                vi = f"Công ty TNHH {stem} {word} {suffix}"
                en_suffix = "Vina" if suffix == "Vina" else "Vietnam"
                en = f"{stem} {word} {en_suffix} Co., Ltd"
            if vi in self.used_names:
                continue
            self.used_names.add(vi)
            other = f"{native}{P.NATIVE_SUFFIX[country]}" if native and country in P.NATIVE_SUFFIX else ""
            return vi, en, other, f"{vn_en} {stem}" if jv else stem
        raise RuntimeError("could not find a free foreign enterprise name")

    def activity_pool(self, sector: str, activity: tuple) -> list[_Product]:
        """Products an activity makes (cached); the whole sector when no product matches its prefixes."""
        key = (sector, activity[0])
        pool = self._pools.get(key)
        if pool is None:
            everything = self.products.get(sector, [])
            pool = [p for p in everything if not activity[2] or p.code.startswith(tuple(activity[2]))]
            pool = self._pools[key] = pool or everything
        return pool

    def _gen_stem(self, country: str) -> tuple[str, str]:
        """An invented stem from syllables: three for East-Asian investors, prefix + suffix for the others."""
        rng = self.rng
        syl = self.names["fdi_syllables"][country]
        if country in ("SG", "US", "DE"):
            head = _pick(rng, [x for x in syl if x[0][0].isupper()])[0]
            tail = _pick(rng, [x for x in syl if x[0][0].islower()])[0]
            return head + tail, ""
        parts = [_pick(rng, syl) for _ in range(3)]
        latin = "".join(p[0].lower() for p in parts).capitalize()
        return latin, "".join(p[1] for p in parts)

    # ------------------------------------------------------------------ one enterprise

    def choose_zone(self, province_code: str, ownership: str, capped: bool) -> _ZoneSlot | None:
        rng = self.rng
        slots = [s for s in self.slots_by_province[province_code] if not capped or s.lots < s.capacity]
        # Foreign firms sit in parks; domestic workshops often in clusters or villages.
        p_zone = 0.92 if ownership in ("fdi", "jv") else 0.55
        if not slots or rng.random() > p_zone:
            return None
        weights = []
        for s in slots:
            w = float(max(s.capacity - s.lots, 1) if capped else max(s.capacity, 1))
            if ownership in ("fdi", "jv"):
                w *= 3.0 if s.zone.kind == "kcn" else 0.3
            weights.append(w)
        return _weighted(rng, slots, weights)

    def make(self, index: int, province_code: str, capped: bool) -> _Made:
        rng = self.rng
        prov = self.provinces[province_code]
        r = rng.random()
        ownership = "fdi" if r < 0.30 else "jv" if r < 0.34 else "state" if r < 0.36 else "domestic"
        slot = self.choose_zone(province_code, ownership, capped)
        zone = slot.zone if slot else None
        sector = self.sector_pickers[province_code](rng)
        if zone and zone.priority_sectors and rng.random() < 0.7:
            sector = _pick(rng, zone.priority_sectors)
        sectors = [sector]
        if rng.random() < 0.12:
            other = self.sector_pickers[province_code](rng)
            if other != sector:
                sectors.append(other)

        # Roles: most registry firms are CNHT suppliers; assemblers are mostly foreign.
        r = rng.random()
        buyer_bias = 0.45 if ownership in ("fdi", "jv") else 0.12
        if r < buyer_bias * 0.8:
            is_supplier, is_buyer = False, True
        elif r < buyer_bias:
            is_supplier, is_buyer = True, True
        else:
            is_supplier, is_buyer = True, False

        country = None
        investor_countries: list[str] = []
        if ownership in ("fdi", "jv"):
            country = self.fdi_country(rng)
            investor_countries = [country]
            if ownership == "fdi" and rng.random() < 0.06:
                second = self.fdi_country(rng)
                if second != country:
                    investor_countries.append(second)

        # Products first, so the activity in the name matches what the firm makes.
        activity = _pick(rng, P.SUPPLIER_ACTIVITIES[sector])
        products: list[_Product] = []
        if is_supplier:
            pool = self.activity_pool(sector, activity)
            k = min(len(pool), 1 + int(rng.random() * 3.2))
            products = rng.sample(pool, k) if pool else []
            for extra_sector in sectors[1:]:
                extra_pool = self.products.get(extra_sector, [])
                if extra_pool:
                    products.append(_pick(rng, extra_pool))
        if not is_supplier:
            ba = _pick(rng, P.BUYER_ACTIVITIES[sector])
            activity = (ba[0], ba[1], [])

        if ownership in ("fdi", "jv"):
            legal_form = "tnhh_mtv" if ownership == "fdi" and rng.random() < 0.25 else "tnhh"
            name_vi, name_en, name_other, stem = self.name_foreign(country, sector, ownership == "jv")
        else:
            if ownership == "state":
                legal_form = _weighted(rng, ["tnhh_mtv", "cp"], [0.6, 0.4])
            else:
                legal_form = _weighted(
                    rng, ["tnhh", "tnhh_mtv", "cp", "dntn", "branch", "hop_danh"], [45, 15, 27, 8, 4.5, 0.5]
                )
            name_vi, name_en, name_other, stem = self.name_domestic(legal_form, activity, prov)

        tax_code = (
            None
            if rng.random() < 0.03
            else (self.branch_tax_code() if legal_form == "branch" else self.tax_code())
        )

        # Address: in a zone ("Lô CN-05, KCN …, xã …, tỉnh …"), some still written with pre-2025 units.
        if zone:
            slot.lots += 1
            lot = _lot(rng, zone.kind, slot.lots)
            commune = refs.commune(zone.commune_code) if zone.commune_code else None
            if rng.random() < 0.25 and zone.legacy_location:
                address = f"{lot}, {zone.name_vi}, {zone.legacy_location}"
            elif commune:
                address = f"{lot}, {zone.name_vi}, {_lower_first(commune.name)}, {_province_phrase(prov)}"
            else:
                address = f"{lot}, {zone.name_vi}, {_province_phrase(prov)}"
        else:
            commune = self.commune_for(province_code)
            n = self.names
            form = rng.random()
            if form < 0.4 and commune.division_type == "phường":
                place = f"Tổ dân phố số {_ri(rng, 1, 25)}"
            elif form < 0.4:
                place = _pick(rng, n["village_words"])
            elif form < 0.75:
                place = f"Số {_ri(rng, 1, 480)} {_pick(rng, n['streets'])}"
            else:
                roads = n["highways_by_province"].get(province_code) or n["highways"]
                place = f"Km {_ri(rng, 2, 95)}, {_pick(rng, roads)}"
            address = f"{place}, {_lower_first(commune.name)}, {_province_phrase(prov)}"
        commune_code = commune.code if commune else None

        # Scale and yearly figures.
        if is_buyer and not is_supplier:
            lo, hi = {"TEX": (600, 9000), "LEA": (1500, 20000), "ELE": (800, 30000)}.get(sector, (200, 4000))
        elif ownership in ("fdi", "jv"):
            lo, hi = 80, 2500
        else:
            lo, hi = 8, 450
        workforce = int(_loguniform(rng, lo, hi))
        founded = _founded(rng, ownership)
        usd = ownership in ("fdi", "jv") and rng.random() < 0.5
        export_share = _export_share(rng, sector, ownership, is_buyer and not is_supplier)
        figures = []
        w = workforce
        for year in reversed(FIGURE_YEARS):
            if year < founded:
                break
            rate = P.USD_RATE[year]
            revenue = w * P.REVENUE_PER_WORKER[sector] * rng.uniform(0.55, 1.5)
            if ownership == "domestic":
                revenue *= 0.7
            reported = rng.random() > 0.08
            cnht = revenue * rng.uniform(0.55, 1.0) if is_supplier else None
            div = rate if usd else 1.0
            figures.append(
                YearFigureRec(
                    year=year,
                    workforce=w,
                    revenue=_sig(revenue / div) if reported else None,
                    exports=_sig(revenue * export_share / div) if reported else None,
                    cnht_output=_sig(cnht / div) if (reported and cnht is not None) else None,
                    currency="USD" if usd else "VND",
                    exchange_rate=rate,
                )
            )
            # Walk back in time: firms grew on average.
            w = max(3, int(w / rng.uniform(0.92, 1.2)))
        figures.reverse()

        # Certificates, more for foreign and larger firms.
        certs = []
        pool_c = P.SECTOR_CERTS[sector]
        k = _pick(rng, [0, 0, 1, 1, 2]) if ownership == "domestic" else _pick(rng, [1, 2, 2, 3])
        for std in rng.sample(pool_c, min(k, len(pool_c))):
            start = date(_ri(rng, 2019, 2025), _ri(rng, 1, 12), _ri(rng, 1, 28))
            abbrev = "".join(ch for ch in std.split(":")[0] if ch.isalnum())[:8].upper()
            certs.append(
                CertRec(
                    standard=std,
                    certificate_no=f"SYN-{abbrev}-{start.year}-{_ri(rng, 10000, 99999)}",
                    issuer=_pick(rng, self.issuers),
                    valid_from=start.isoformat(),
                    valid_until=date(start.year + 3, start.month, start.day).isoformat(),
                )
            )

        # Freshness: some profiles checked recently, many stale (> 12 months), some never.
        r = rng.random()
        if r < 0.45:
            verified = AS_OF - timedelta(days=_ri(rng, 5, 360))
        elif r < 0.8:
            verified = AS_OF - timedelta(days=_ri(rng, 370, 1100))
        else:
            verified = None

        slug = f"{_slug(stem)}-{_slug(activity[1].split()[0])}"[:32]
        website = f"https://www.{slug}.example" if rng.random() < 0.55 else ""
        email = (
            f"{_pick(rng, ['info', 'sales', 'contact', 'purchasing', 'hr'])}@{slug}.example"
            if rng.random() < 0.8
            else ""
        )
        desc_vi, desc_en = _describe(ownership, country, sector, is_supplier, is_buyer, products, activity)

        key = f"{self.key_prefix}-E{index:06d}"
        rec = EnterpriseRec(
            key=key,
            tax_code=tax_code,
            name_vi=name_vi,
            name_en=name_en,
            name_other=name_other,
            legal_form=legal_form,
            ownership=ownership,
            investor_countries=investor_countries,
            is_supplier=is_supplier,
            is_buyer=is_buyer,
            is_cnht=is_supplier and bool(products),
            zone_code=zone.code if zone else None,
            address_raw=address,
            province_code=province_code,
            commune_code=commune_code,
            sector_codes=list(dict.fromkeys(sectors)),
            founded_year=founded,
            website=website,
            email=email,
            phone=self.phone(province_code),
            contact_person=self.person(),
            description_vi=desc_vi,
            description_en=desc_en,
            year_figures=figures,
            certifications=certs,
            is_synthetic=True,
            source=SYNTHETIC_SOURCE,
            verified_on=_iso(verified),
        )
        return _Made(rec, products, workforce, country, usd, {"export_share": export_share})


def _mst_check_digit(body9: str) -> int | None:
    """Check digit of a 10-digit Vietnamese tax code (weights 31,29,23,19,17,13,7,5,3); None when it would be 10."""
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    c = 10 - sum(int(d) * w for d, w in zip(body9, weights, strict=True)) % 11
    return None if c == 10 else c


def _deaccent(text: str) -> str:
    """Strip Vietnamese diacritics keeping case ('Đông Á' → 'Dong A')."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


@lru_cache(maxsize=65536)
def _ascii_title(text: str) -> str:
    """English-style form of a Vietnamese name: no diacritics, words capitalised, acronyms kept."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.capitalize() for w in _deaccent(text).split())


def _lower_first(name: str) -> str:
    return name[0].lower() + name[1:] if name else name


def _lot(rng: random.Random, kind: str, n: int) -> str:
    if kind == "kcn":
        return _pick(rng, [f"Lô CN-{n:02d}", f"Lô CN{_ri(rng, 1, 12)}-{n}", f"Lô {_pick(rng, 'ABCDE')}{n}"])
    return _pick(rng, [f"Lô số {n}", f"Lô {_pick(rng, 'ABC')}-{n:02d}"])


def _founded(rng: random.Random, ownership: str) -> int:
    if ownership in ("fdi", "jv"):
        return int(
            _weighted(rng, list(range(2005, 2025)), [1 + (y - 2005) * 0.25 for y in range(2005, 2025)])
        )
    return _ri(rng, 1993, 2024)


def _export_share(rng: random.Random, sector: str, ownership: str, assembler: bool) -> float:
    if ownership in ("fdi", "jv"):
        lo, hi = (0.7, 0.98) if assembler else (0.2, 0.85)
    else:
        lo, hi = (0.3, 0.9) if assembler and sector in ("TEX", "LEA") else (0.0, 0.35)
    return round(rng.uniform(lo, hi), 2)


def _describe(ownership, country, sector, is_supplier, is_buyer, products, activity) -> tuple[str, str]:
    who_vi = "Doanh nghiệp " + P.OWNERSHIP_VI[ownership]
    who_en = {
        "domestic": "Domestic",
        "fdi": "Foreign-invested",
        "jv": "Joint-venture",
        "state": "State-owned",
    }[ownership]
    if country:
        who_vi += f" ({P.COUNTRY_VI.get(country, country)})"
        who_en += f" ({P.COUNTRY_EN.get(country, country)} investor)"
    if is_supplier and products:
        pv = ", ".join(p.name_vi[0].lower() + p.name_vi[1:] for p in products[:3])
        pe = ", ".join(p.name_en[0].lower() + p.name_en[1:] for p in products[:3])
        vi = f"{who_vi} sản xuất {pv}."
        en = f"{who_en} maker of {pe}."
        if is_buyer:
            vi += f" Đồng thời lắp ráp sản phẩm ngành {activity[0].lower()}."
            en += f" Also assembles {activity[1].lower()} products."
    else:
        vi = f"{who_vi} sản xuất, lắp ráp sản phẩm {activity[0].lower()}; có nhu cầu mua linh kiện, phụ liệu."
        en = f"{who_en} {activity[1].lower()} manufacturer; buys parts and materials locally and abroad."
    return f"{vi} {SYNTH_MARK_VI}", f"{en} {SYNTH_MARK_EN}"


# ---------------------------------------------------------------------- zones


def _zone_capacity(z: ZoneRec) -> int:
    """How many synthetic tenants a zone can take (real zones with known tenants stay close to reality)."""
    if z.status in ("planned", "established"):
        return 0
    land = z.industrial_land_ha or (z.phases[0].area_ha if z.phases else None)
    if z.status == "building":
        return 2 if land is None else max(1, int(land / 25))
    if land is None:
        return 18 if z.kind == "kcn" else 8
    return max(2, int(land / (9.0 if z.kind == "kcn" and not z.is_synthetic else 4.0)))


def _make_zones(
    rng: random.Random, n: int, province_codes: Sequence[str], taken: set[str], prefix: str
) -> list[ZoneRec]:
    names = refs.names()
    out: list[ZoneRec] = []
    used_names = set(taken)
    sector_picker = _Picker(list(P.SECTOR_WEIGHTS.items()))
    for i in range(n):
        prov_code = province_codes[i % len(province_codes)]
        prov = refs.province(prov_code)
        kind = "kcn" if rng.random() < 0.35 else "ccn"
        for _ in range(50):
            commune = _pick(rng, [c for c in refs.communes(prov_code) if c.division_type != "đặc khu"])
            name_vi = f"{'KCN' if kind == 'kcn' else 'CCN'} {commune.short_name} (tổng hợp)"
            if name_vi not in used_names:
                break
        else:
            name_vi = f"{'KCN' if kind == 'kcn' else 'CCN'} {commune.short_name} {i + 1} (tổng hợp)"
        used_names.add(name_vi)
        place_en = _ascii_title(name_vi.split(" ", 1)[1].replace(" (tổng hợp)", ""))
        name_en = f"{place_en} {'Industrial Park' if kind == 'kcn' else 'Industrial Cluster'} (synthetic)"
        status = _weighted(rng, ["planned", "established", "building", "operating"], [10, 15, 20, 55])
        planned = round(rng.uniform(120, 600), 1) if kind == "kcn" else round(rng.uniform(10, 75), 1)
        established = planned if status != "planned" else None
        industrial = round(established * rng.uniform(0.62, 0.72), 1) if established else None
        occ = {"planned": None, "established": (0, 0.08), "building": (0.0, 0.4), "operating": (0.4, 1.0)}[
            status
        ]
        leased = round(industrial * rng.uniform(*occ), 1) if (industrial and occ) else None
        clean = (
            round((industrial - (leased or 0)) * rng.uniform(0.3, 0.9), 1)
            if industrial and status in ("building", "operating")
            else None
        )
        decided = date(_ri(rng, 2008, 2024), _ri(rng, 1, 12), _ri(rng, 1, 28))
        if status == "planned":
            decision_number, decision_date = "", None
        elif kind == "kcn":
            decision_number, decision_date = f"{_ri(rng, 100, 1999)}/QĐ-TTg", decided.isoformat()
        else:
            decision_number, decision_date = f"{_ri(rng, 100, 4999)}/QĐ-UBND", decided.isoformat()
        sectors = []
        for _ in range(_ri(rng, 1, 3)):
            s = sector_picker(rng)
            if s not in sectors:
                sectors.append(s)
        if kind == "kcn":
            lo = _pick(rng, [70, 80, 90, 100, 110])
            price = (float(lo), float(lo + _pick(rng, [20, 30, 40, 60])), "USD/m²/term")
        else:
            lo = _pick(rng, [30_000, 40_000, 50_000, 60_000])
            price = (float(lo), float(lo + _pick(rng, [10_000, 20_000, 30_000])), "VND/m²/year")
        start = decided.year if decision_date else AS_OF.year + 1
        phases = [
            PhaseRec(
                "Giai đoạn I", round(planned * (0.55 if kind == "kcn" else 1.0), 1), start, start + 4, ""
            )
        ]
        if kind == "kcn":
            phases.append(PhaseRec("Giai đoạn II", round(planned * 0.45, 1), start + 5, start + 10, ""))
        milestones = _milestones(rng, status, decided, kind)
        investor = f"Công ty Cổ phần {_pick(rng, names['zone_investor_stems'])} (tổng hợp)"
        slug = _slug(place_en)
        out.append(
            ZoneRec(
                code=f"{prefix}-{prov_code}-{kind.upper()}-{i + 1:02d}",
                name_vi=name_vi,
                name_en=name_en,
                kind=kind,
                status=status,
                province_code=prov_code,
                commune_code=commune.code,
                legacy_location="",
                planned_area_ha=planned,
                established_area_ha=established,
                industrial_land_ha=industrial,
                leased_land_ha=leased,
                clean_land_ha=clean,
                infrastructure_investor=investor if status != "planned" else "",
                decision_number=decision_number,
                decision_date=decision_date,
                priority_sectors=sectors,
                anchor_tenants=[],
                lease_price_min=price[0],
                lease_price_max=price[1],
                lease_price_unit=price[2],
                lat=round((commune.lat or prov.lat or 21.0) + rng.uniform(-0.01, 0.01), 5),
                lon=round((commune.lon or prov.lon or 105.8) + rng.uniform(-0.01, 0.01), 5),
                phases=phases,
                milestones=milestones,
                contact_name=f"{_pick(rng, names['vn_surnames'][:10])[0]} Văn {_pick(rng, names['vn_given_male'])}",
                contact_phone=f"{P.AREA_CODES.get(prov_code, '024')} {_ri(rng, 3, 8)}{_ri(rng, 100, 999)} {_ri(rng, 100, 999)}",
                contact_email=f"{kind}.{slug}@synthetic.example",
                description_vi=f"{'Khu' if kind == 'kcn' else 'Cụm'} công nghiệp ở {_lower_first(commune.name)}, "
                f"{_province_phrase(prov)}. Dữ liệu tổng hợp / synthetic.",
                description_en=f"{'Industrial park' if kind == 'kcn' else 'Industrial cluster'} in "
                f"{_ascii_title(commune.name)}, {_ascii_title(prov.short_name)}. Synthetic data.",
                is_synthetic=True,
                source=SYNTHETIC_SOURCE,
            )
        )
    return out


def _milestones(rng: random.Random, status: str, decided: date, kind: str) -> list[MilestoneRec]:
    order = [
        "plan_1_500",
        "site_clearance",
        "environmental_approval",
        "wastewater_plant",
        "infrastructure_done",
    ]
    done = {"planned": 0, "established": 1, "building": 3, "operating": 5}[status]
    out = []
    d = decided
    for i, k in enumerate(order):
        d = d + timedelta(days=_ri(rng, 90, 400))
        st = "done" if i < done else ("in_progress" if i == done and status != "planned" else "planned")
        cap = float(_pick(rng, [1000, 1500, 2000, 3000, 4500, 6000])) if k == "wastewater_plant" else None
        if cap and kind == "ccn":
            cap = float(_pick(rng, [300, 500, 800, 1000, 1500]))
        ref = f"{_ri(rng, 100, 3999)}/QĐ-UBND (tổng hợp)" if st == "done" else ""
        out.append(MilestoneRec(k, st, d.isoformat() if st == "done" else None, cap, ref, ""))
    return out


# ---------------------------------------------------------------------- public API


def iter_enterprises(
    seed: int, n: int, province_codes: Sequence[str] | None = None
) -> Iterator[EnterpriseRec]:
    """Stream ``n`` synthetic enterprises (for load tests: 100,000 rows in seconds, memory O(names)).

    Enterprises are placed in the real seed zones of the chosen provinces (no capacity limit) or outside zones.
    The same ``seed``, ``n`` and provinces give the same records.
    """
    codes = list(province_codes or DEFAULT_PROVINCES)
    rng = random.Random(f"lienket-synth-stream:{seed}")
    real = real_seeds()
    slots = [_ZoneSlot(z, max(_zone_capacity(z), 1)) for z in real.zones if z.province_code in codes]
    slots = [s for s in slots if s.zone.status in ("operating", "building")]
    factory = _EnterpriseFactory(rng, codes, slots, f"SYN{seed}", seed)
    for i in range(n):
        yield factory.make(i + 1, codes[i % len(codes)], capped=False).rec


def generate(
    seed: int = 1,
    enterprises: int = 500,
    province_codes: list[str] | None = None,
    extra_zones: int = 0,
    include_real: bool = True,
) -> SynthDataset:
    """Generate a realistic province: real seed zones (``include_real``) plus ``extra_zones`` synthetic zones,
    ``enterprises`` synthetic enterprises with offerings, demand, investment projects, supply links and zone
    figures. Same arguments → byte-identical ``to_json()``.
    """
    if enterprises < 0 or extra_zones < 0:
        raise ValueError("enterprises and extra_zones must be >= 0")
    codes = list(province_codes or DEFAULT_PROVINCES)
    for c in codes:
        refs.province(c)
    rng = random.Random(f"lienket-synth:{seed}")
    # Keys carry the seed so datasets of different seeds can live in one database.
    prefix = f"SYN{seed}"
    ds = SynthDataset()
    if include_real:
        real = real_seeds()
        ds.zones.extend(z for z in real.zones if z.province_code in codes)
        keep_zones = {z.code for z in ds.zones}
        ds.enterprises.extend(
            e
            for e in real.enterprises
            if e.province_code in codes and (e.zone_code is None or e.zone_code in keep_zones)
        )
        ds.zone_figures.extend(f for f in real.zone_figures if f.zone_code in keep_zones)
    synth_zones = _make_zones(rng, extra_zones, codes, {z.name_vi for z in ds.zones}, prefix)
    ds.zones.extend(synth_zones)

    slots = [_ZoneSlot(z, _zone_capacity(z)) for z in ds.zones]
    factory = _EnterpriseFactory(rng, codes, slots, prefix, seed)
    made: list[_Made] = []
    for i in range(enterprises):
        m = factory.make(
            i + 1, codes[i % len(codes)] if rng.random() < 0.5 else _pick(rng, codes), capped=True
        )
        made.append(m)
        ds.enterprises.append(m.rec)

    _offerings(rng, ds, made)
    _demands_and_links(rng, ds, made, factory)
    _projects(rng, ds, made, prefix, seed)
    _finish_zones(rng, ds, made, synth_zones)
    return ds


def _offerings(rng: random.Random, ds: SynthDataset, made: list[_Made]) -> None:
    for m in made:
        fig = next((f for f in reversed(m.rec.year_figures) if f.revenue), None)
        revenue_vnd = (fig.revenue * (fig.exchange_rate if fig.currency == "USD" else 1.0)) if fig else 0.0
        for p in m.products:
            price = math.sqrt(p.price_lo * p.price_hi) * rng.uniform(0.6, 1.6)
            monthly = revenue_vnd / max(len(m.products), 1) / 12 / price if revenue_vnd else None
            ds.offerings.append(
                OfferingRec(
                    enterprise_key=m.rec.key,
                    product_code=p.code,
                    description=f"{p.name_vi} — {p.name_en}",
                    capacity=_sig(monthly) if monthly else None,
                    capacity_unit=f"{p.unit}/month",
                    moq=_sig(monthly * rng.uniform(0.002, 0.03)) if monthly else None,
                    lead_time_days=_pick(rng, [7, 10, 14, 15, 21, 30, 45, 60]),
                    export_share=m.extra["export_share"],
                )
            )


def _demands_and_links(
    rng: random.Random, ds: SynthDataset, made: list[_Made], factory: _EnterpriseFactory
) -> None:
    # product code → suppliers, per province (lists in enterprise order keep the output deterministic).
    offers: dict[str, dict[str, list[_Made]]] = {}
    for m in made:
        for p in m.products:
            offers.setdefault(p.code, {}).setdefault(m.rec.province_code, []).append(m)
    all_products: dict[str, _Product] = {p.code: p for ps in factory.products.values() for p in ps}
    by_prefix: dict[str, list[str]] = {}
    n_demand = 0
    for m in made:
        if not m.rec.is_buyer:
            continue
        sector = m.rec.sector_codes[0]
        needs = P.BUYER_NEEDS[sector]
        chosen: list[str] = []
        for _ in range(_ri(rng, 2, 5)):
            prefix = _weighted(rng, [n[0] for n in needs], [n[1] for n in needs])
            pool = by_prefix.get(prefix)
            if pool is None:
                pool = by_prefix[prefix] = sorted(c for c in all_products if c.startswith(prefix))
            if pool:
                c = _pick(rng, pool)
                if c not in chosen:
                    chosen.append(c)
        scale = max(m.workforce, 50)
        for code in chosen:
            p = all_products[code]
            n_demand += 1
            year = _pick(rng, [2024, 2025, 2025])
            rate = P.USD_RATE[year]
            price = math.sqrt(p.price_lo * p.price_hi) * rng.uniform(0.6, 1.6)
            value_vnd = scale * _loguniform(rng, 0.4e6, 12e6) * (3 if sector in ("ELE", "AUT", "HTE") else 1)
            qty = max(1.0, _sig(value_vnd / price))
            usd = m.usd
            value = _sig(qty * price / (rate if usd else 1.0))
            foreign = m.rec.ownership in ("fdi", "jv")
            sources = _sources(rng, m, code, sector, offers, foreign)
            status = _weighted(rng, ["open", "matched", "closed"], [60, 25, 15])
            certs = rng.sample(P.SECTOR_CERTS[sector], _ri(rng, 0, 2))
            ds.demands.append(
                DemandRec(
                    key=f"{factory.key_prefix}-D{n_demand:06d}",
                    buyer_key=m.rec.key,
                    product_code=code,
                    title=f"Mua {p.name_vi[0].lower() + p.name_vi[1:]}",
                    specification=_spec(rng, p),
                    year=year,
                    annual_quantity=qty,
                    quantity_unit=p.unit,
                    annual_value=value,
                    currency="USD" if usd else "VND",
                    exchange_rate=rate,
                    required_certifications=certs,
                    target_date=(AS_OF + timedelta(days=_ri(rng, 30, 365))).isoformat(),
                    status=status,
                    cover_days=_pick(rng, [7, 10, 14, 21, 30, 45, 60, 90]),
                    sources=sources,
                )
            )
            for s in sources:
                if s.supplier_key:
                    ds.links.append(
                        LinkRec(
                            s.supplier_key,
                            m.rec.key,
                            code,
                            year,
                            _sig(value * s.share),
                            "USD" if usd else "VND",
                            rate,
                        )
                    )
                    if rng.random() < 0.5 and year > FIGURE_YEARS[0]:
                        prev = year - 1
                        ds.links.append(
                            LinkRec(
                                s.supplier_key,
                                m.rec.key,
                                code,
                                prev,
                                _sig(value * s.share * rng.uniform(0.6, 1.0)),
                                "USD" if usd else "VND",
                                P.USD_RATE[prev],
                            )
                        )


def _sources(rng, m: _Made, code: str, sector: str, offers, foreign: bool) -> list[DemandSourceRec]:
    kinds: list[tuple[str, str | None, str | None]] = []
    # Suppliers per province: O(provinces) per demand, not O(suppliers), so large runs stay linear.
    per_province = offers.get(code, {})
    local_all = per_province.get(m.rec.province_code, [])
    others = [lst for prov, lst in sorted(per_province.items()) if prov != m.rec.province_code]
    n_other = sum(len(lst) for lst in others)
    countries = P.IMPORT_COUNTRIES.get(sector, [("CN", 1)])
    n_import = _pick(rng, [1, 1, 2, 2, 3]) if foreign else _pick(rng, [0, 1, 1, 2])
    for c in _distinct(rng, countries, n_import):
        kinds.append(("import", c, None))
    if local_all and rng.random() < 0.75:
        want = _pick(rng, [1, 1, 2])
        picked = rng.sample(local_all, min(len(local_all), want + 1))
        for s in [x for x in picked if x.rec.key != m.rec.key][:want]:
            kinds.append(("in_province", "VN", s.rec.key))
    if rng.random() < (0.5 if n_other else 0.35):
        supplier = None
        if n_other:
            i = int(rng.random() * n_other)
            for lst in others:
                if i < len(lst):
                    supplier = lst[i].rec.key
                    break
                i -= len(lst)
        kinds.append(("domestic", "VN", supplier))
    if not kinds:
        kinds.append(("import", "CN", None))
    pcts = _cut(rng, len(kinds))
    if foreign and kinds[0][0] == "import" and len(kinds) > 1:
        # Foreign assemblers still import most of their inputs: give the largest cut to the first import.
        pcts.sort(reverse=True)
    return [DemandSourceRec(k, c, s, pct / 100) for (k, c, s), pct in zip(kinds, pcts, strict=True)]


def _distinct(rng, weighted: list[tuple[str, float]], n: int) -> list[str]:
    out: list[str] = []
    items = list(weighted)
    for _ in range(min(n, len(items))):
        c = _weighted(rng, [i[0] for i in items], [i[1] for i in items])
        out.append(c)
        items = [i for i in items if i[0] != c]
    return out


def _spec(rng: random.Random, p: _Product) -> str:
    specs = {
        "TEX-ACC-ZIP": [
            "Khóa kéo nylon số 3, đầu khóa kim loại, màu theo bảng màu",
            "Khóa kéo đồng số 5, răng YKK-tương đương",
        ],
        "TEX-ACC-BTN": ["Cúc nhựa 4 lỗ 18L, màu theo mẫu", "Cúc kim loại 15 mm mạ niken không chì"],
        "TEX-FIB-THR": ["Chỉ polyester 40/2, 5.000 m/cuộn, đạt OEKO-TEX", "Chỉ core-spun 60/3"],
        "ELE-CMP-PCB": ["PCB 4 lớp FR-4, độ dày 1,6 mm, phủ ENIG", "PCB 2 lớp, HASL không chì"],
        "ELE-MEC-TAP": ["Băng keo hai mặt 3M-tương đương, dày 0,1 mm, cắt theo bản vẽ", "Băng keo dẫn điện"],
        "ELE-MEC-PEN": ["Vỏ nhựa ABS+PC, chống cháy UL94 V-0", "Vỏ nhựa PC trong suốt, sơn phủ UV"],
    }
    options = specs.get(p.code)
    if options:
        return _pick(rng, options)
    return f"{p.name_vi} theo bản vẽ/mẫu của khách hàng; giao hàng theo lô hằng tháng"


def _projects(rng: random.Random, ds: SynthDataset, made: list[_Made], prefix: str, seed: int) -> None:
    zones = {z.code: z for z in ds.zones}
    n = 0
    for m in made:
        e = m.rec
        if not e.zone_code:
            continue
        if e.ownership == "domestic" and rng.random() > 0.35:
            continue
        zone = zones[e.zone_code]
        count = 2 if (e.ownership in ("fdi", "jv") and rng.random() < 0.15) else 1
        for j in range(count):
            n += 1
            year = max(e.founded_year or 2010, 2005) + j * _ri(rng, 2, 6)
            year = min(year, AS_OF.year)
            cert_date = date(year, _ri(rng, 1, 12), _ri(rng, 1, 28))
            foreign = e.ownership in ("fdi", "jv")
            rate = P.USD_RATE.get(year, P.USD_RATE[2020])
            if foreign:
                reg = _sig(_loguniform(rng, 1.5e6, 25e6) * (4 if e.is_buyer else 1))
                currency = "USD"
            else:
                reg = _sig(_loguniform(rng, 15e9, 300e9))
                currency = "VND"
            # An established firm's first project runs; new firms and expansions are still registered/building.
            if zone.status == "building" or year >= AS_OF.year - 1:
                status = _weighted(rng, ["registered", "building"], [1, 2])
            elif j == 0:
                status = _weighted(rng, ["operating", "stopped"], [97, 3])
            else:
                status = _weighted(rng, ["registered", "building", "operating"], [3, 4, 3])
            share = {
                "registered": (0.0, 0.1),
                "building": (0.2, 0.6),
                "operating": (0.6, 1.0),
                "stopped": (0.2, 0.8),
            }
            product = m.products[0].name_vi if m.products else e.description_vi.split(";")[0]
            name = f"Dự án {'mở rộng ' if j else ''}nhà máy {_lower_first(product.split('.')[0])}"
            ds.projects.append(
                ProjectRec(
                    key=f"{prefix}-P{n:06d}",
                    investor_key=e.key,
                    zone_code=zone.code,
                    sector_code=e.sector_codes[0],
                    name=name[:200],
                    certificate_no=f"9{(n * 48_271 + seed * 7_368_787) % 1_000_000_000:09d}",
                    certificate_date=cert_date.isoformat(),
                    registered_capital=reg,
                    implemented_capital=_sig(reg * rng.uniform(*share[status])),
                    currency=currency,
                    exchange_rate=rate,
                    land_area_ha=round(_loguniform(rng, 0.3, 4.0) * (3 if e.is_buyer else 1), 2),
                    workers=m.workforce if j == 0 else int(m.workforce * rng.uniform(0.1, 0.4)),
                    status=status,
                )
            )


def _finish_zones(
    rng: random.Random, ds: SynthDataset, made: list[_Made], synth_zones: list[ZoneRec]
) -> None:
    """Anchor tenants, leased land ≥ tenants' land, and H1/FY figures for the synthetic zones."""
    by_zone: dict[str, list[_Made]] = {}
    for m in made:
        if m.rec.zone_code:
            by_zone.setdefault(m.rec.zone_code, []).append(m)
    land: dict[str, float] = {}
    projects_by_zone: dict[str, list[ProjectRec]] = {}
    for p in ds.projects:
        if p.zone_code:
            land[p.zone_code] = land.get(p.zone_code, 0.0) + (p.land_area_ha or 0.0)
            projects_by_zone.setdefault(p.zone_code, []).append(p)
    for z in synth_zones:
        tenants = by_zone.get(z.code, [])
        buyers = sorted((m for m in tenants if m.rec.is_buyer), key=lambda m: (-m.workforce, m.rec.key))
        z.anchor_tenants = [m.rec.key for m in buyers[:2]]
        if z.industrial_land_ha and land.get(z.code):
            z.leased_land_ha = round(min(z.industrial_land_ha, max(z.leased_land_ha or 0.0, land[z.code])), 1)
            if z.clean_land_ha is not None:
                z.clean_land_ha = round(min(z.clean_land_ha, z.industrial_land_ha - z.leased_land_ha), 1)
        if z.status not in ("operating", "building") or not tenants:
            continue
        local_share = rng.uniform(0.6, 0.88)
        for year in (*FIGURE_YEARS, 2025):
            rate = P.USD_RATE[year]
            active = [m for m in tenants if (m.rec.founded_year or 0) <= year]
            if not active:
                continue
            workers = revenue = exports = 0.0
            for m in active:
                f = next((f for f in m.rec.year_figures if f.year == min(year, FIGURE_YEARS[-1])), None)
                if not f:
                    continue
                mult = f.exchange_rate if f.currency == "USD" else 1.0
                workers += f.workforce or 0
                revenue += (f.revenue or 0) * mult
                exports += (f.exports or 0) * mult
            if year > FIGURE_YEARS[-1]:
                revenue *= 1.06
                exports *= 1.06
            reg = impl = 0.0
            for p in projects_by_zone.get(z.code, []):
                if p.certificate_date and int(p.certificate_date[:4]) <= year:
                    mult = p.exchange_rate if p.currency == "USD" else 1.0
                    reg += (p.registered_capital or 0) * mult
                    impl += (p.implemented_capital or 0) * mult
            periods = ["H1", "FY"] if year <= FIGURE_YEARS[-1] else ["H1"]
            for period in periods:
                k = rng.uniform(0.44, 0.5) if period == "H1" else 1.0
                ds.zone_figures.append(
                    ZoneFigureRec(
                        zone_code=z.code,
                        year=year,
                        period=period,
                        tenants=len(active),
                        workers=int(workers),
                        local_workers=int(workers * local_share),
                        registered_capital=_sig(reg) if reg else None,
                        implemented_capital=_sig(impl) if impl else None,
                        revenue=_sig(revenue * k) if revenue else None,
                        exports=_sig(exports * k) if exports else None,
                        budget_contribution=_sig(revenue * k * rng.uniform(0.03, 0.06)) if revenue else None,
                        currency="VND",
                        exchange_rate=rate,
                        is_synthetic=True,
                        source=SYNTHETIC_SOURCE,
                    )
                )
