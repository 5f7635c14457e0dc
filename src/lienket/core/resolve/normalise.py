"""Normalisation of enterprise records as Vietnamese officers and firms write them.

A raw record (name, tax code, address, phone) becomes a ``Features`` value whose fields are what the matcher
compares: the name without legal form and country words, split into a brand and industry descriptors (Vietnamese
and English descriptors map to one canonical word), the cleaned tax code, the national phone number, the current
province (old pre-2025 names mapped by ``lienket.core.geo``), the park/cluster named in the address and the lot.

The name cell is read in ``names``, tax codes in ``tax``, phone cells in ``phone``, addresses in ``address``; the
word repairs (Telex, broken and mistyped words) are in ``syllables`` and the patterns of branch names in
``branches``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from lienket.core.resolve.address import _address
from lienket.core.resolve.names import _SPACES, _SURNAMES, _parts, name_parts, other_name, roman_key
from lienket.core.resolve.phone import phone_kinds, phone_province, phones
from lienket.core.resolve.romanisation import readings as _readings
from lienket.core.resolve.syllables import (
    VI_SYLLABLE,
    VI_SYLLABLE_STRICT,
)
from lienket.core.resolve.tax import normalise_tax, tax_check_ok, tax_sci
from lienket.core.text import fold

__all__ = [
    "Features",
    "RawRecord",
    "features",
    "features_many",
    "name_parts",
]


@dataclass(frozen=True)
class RawRecord:
    """One enterprise row as written: any field but ``id`` may be empty."""

    id: str
    name: str = ""
    tax_code: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Features:
    """What the matcher compares; ``""`` means unknown."""

    id: str
    name_key: str  # canonical tokens in written order (legal form and country words removed)
    name_sorted: str  # the same tokens sorted: swapped word order compares equal
    brand: str  # tokens that are not industry descriptors ("thanh tin")
    desc: str  # sorted canonical descriptors ("zipper")
    legal: str  # tnhh | cp | dntn | htx | "" (informational: officers write it inconsistently)
    branch: bool  # a dependent branch (chi nhánh / branch)
    tax: str  # digits (10, or 13 for a branch), "" when missing
    phone: str  # last 9 digits of the national number
    province: str  # current (2025) province code
    commune: str  # current commune code
    zone: str  # folded park/cluster name without its type ("dai an")
    lot: str  # lot as letters+digits ("a5", "cn92")
    street: str  # house number + street, folded ("119 truc chinh")
    # Set by the batch engine: how many records of the data set share this name / brand (1 when unknown).
    name_n: int = 1
    brand_n: int = 1
    bz_n: int = 1  # how many records share this brand in this park (1 when either is unknown)
    phone_firms: int = 1  # how many brands of the data set give this phone (1 when unknown)
    tax_firms: int = 1  # how many brands of the data set give this tax code (1 when unknown)
    # Records carrying this name whose tax code or address is known, when they all agree (one owner in sight);
    # 0 when they disagree or fewer than two carry one.
    name_agree: int = 0
    tax_valid: bool = False  # the first ten digits carry a valid check digit (``tax_check_ok``)
    # The tax cell may hold another number (an investment certificate, an insurance unit code): its code fails the
    # check digit in a data set whose codes pass it (set by ``engine.with_counts``).
    tax_other: bool = False
    # The same for the brand (spaces dropped: ``brand_key``) when at most ``model.AGREE_MAX`` records carry it.
    brand_agree: int = 0
    phone2: str = ""  # a second number written in the same cell ("0222 3812 345 / 0912 345 678"), else ""
    hamlet: str = ""  # village / hamlet / quarter below the commune, "NAME#NUMBER" ("nam#3" for "Xóm 3, thôn Nam")
    phone_kind: str = ""  # the kinds of number the phone cell gives: "L" landline(s), "M" mobile(s), "LM" both
    # The pre-2025 district(s) the address lies in, codes joined by "|": written ("Việt Yên, Bắc Giang", "huyện
    # Quế Võ") or those the current commune was made from ("phường Vân Hà" → Việt Yên); "" when unknown.
    district: str = ""
    # What Excel's scientific notation keeps of the tax code ("4.00155E+09" → "400155e9": six significant digits,
    # rounded, trailing zeros dropped, and the exponent); for a full code, the same digits as Excel would show them.
    tax_sci: str = ""
    # The address cell held something, read or not ("Số 23, Khu vực 6, P5, TP.Vị Thanh, HG" gives no field above).
    address_written: bool = False
    # A household's other name, spaces dropped, when the cell gives its owner and its trade name (``names.other_name``).
    alias: str = ""

    @property
    def brand_key(self) -> str:
        """The brand without spaces: romanised foreign names are written joined or split ("Woo Seo" / "Wooseo")."""
        return self.brand.replace(" ", "")

    @property
    def brand_head(self) -> str:
        """The brand's first two letters: with what Excel kept of a tax code ("4.05293E+08"), a blocking key for a
        name cut short ("Công ty C phần Thương mại và Dịch vụ Ho" for "... Hoàng Đức")."""
        return self.brand_key[:2]

    @property
    def acronym(self) -> str:
        """A brand that is one short word which cannot be a Vietnamese syllable ("PTSE", "HKS", "LLBN"): the
        initials event and customs lists give instead of the name; "" otherwise."""
        b = self.brand
        if 2 <= len(b) <= 5 and b.isalpha() and not VI_SYLLABLE.fullmatch(b):
            return b
        return ""

    @property
    def readings(self) -> tuple[str, ...]:
        """Vietnamese spellings a brand written in pinyin, Wade–Giles or Cantonese can stand for ("Yongfa" →
        "vinhphat", ...: ``romanisation.readings``); ``()`` for a brand in Vietnamese or one outside the table."""
        words = self.brand.split()
        foreign = any(not VI_SYLLABLE_STRICT.fullmatch(w) for w in words)
        read = _readings(self.brand, foreign) if foreign else ()
        return (*read, self.alias) if self.alias else read

    @property
    def given_name(self) -> str:
        """The given name when the brand is a person's full name, as a household business is registered ("Hộ kinh
        doanh Chu Ngọc Dung" → "dung"; a common surname, then two or three syllables); "" otherwise."""
        words = self.brand.split()
        if 3 <= len(words) <= 4 and words[0] in _SURNAMES and all(VI_SYLLABLE.fullmatch(w) for w in words):
            return words[-1]
        return ""

    @property
    def initials(self) -> str:
        """First letters of a brand of two words or more ("phat thuan sinh" → "pts"); "" otherwise."""
        words = self.brand.split()
        return "".join(w[0] for w in words) if len(words) >= 2 else ""

    @property
    def roman(self) -> str:
        """A brand romanised from Korean, Japanese or Chinese, as a key that its other romanisations share
        ("Gyeongjin" / "Kyeongchin", "Seokin" / "Sukin", "Chang Doo" / "Changdu", "Ohno" / "Ono": ``roman_key``);
        "" for a brand of Vietnamese syllables only or a short one."""
        words = self.brand.split()
        if not words or all(VI_SYLLABLE.fullmatch(w) for w in words):
            return ""
        key = roman_key(self.brand_key)
        return key if len(key) >= 4 else ""


# ------------------------------------------------------------------------------------------- shifted cells

# "… Vinh Yên Khang MST:2306 703 998", "… - MSDN: 2318255363", "(Mã số thuế 0101234567-001)": a tax code typed into
# the name cell of a list pasted from Word.
_TAX_IN_NAME = re.compile(
    r"[\s,;:(\-–]*\b(?:mst|msdn|ms dn|mã số thuế|ma so thue|mã số doanh nghiệp|ma so doanh nghiep|mã dn|"
    r"tax code|tax id)\s*[:.]?\s*(\d[\d .\-]{6,18}\d)\s*\)?",
    re.IGNORECASE,
)
# "… Hà Nội. Tel: 0924-297-180", "… Bắc Ninh - ĐT: (0241) 3366 306", "… Bắc Ninh - 090 400 5252": a phone written at
# the end of the address cell.
_PHONE_LABEL = r"(?:đt|dt|đ\.t|tel|tel\.|phone|điện thoại|dien thoai|sđt|sdt|dđ|dd|mobile|hotline|fax)"
_PHONE_TAIL = re.compile(
    r"(?:^|[\s,;.\-–])\s*(?:" + _PHONE_LABEL + r"\s*[:.]?\s*)*"
    r"((?:\+|\(|0|84)[\d\s.\-()+]*\d(?:(?:\s*(?:/|;|&|,|-|–|hoặc|hoac|or|và|" + _PHONE_LABEL + r")\s*[:.]?)+\s*"
    r"[\d\s.\-()+]*\d)*)\s*\.?\s*$",
    re.IGNORECASE,
)
_NON_DIGITS = re.compile(r"\D+")
_ADDRESS_WORDS = re.compile(
    r"(?<![a-z])(?:lo|so|duong|pho|thon|xom|ap|khu|kcn|ccn|xa|phuong|huyen|quan|tinh|thanh pho|tp|thi xa|"
    r"thi tran|lot|plot|street|road|ward|commune|district|province|industrial)(?![a-z])"
)


def _digit_count(text: str) -> int:
    return len(_NON_DIGITS.sub("", text))


def _phone_like(text: str) -> bool:
    """A cell that holds phone numbers and nothing else an address would have."""
    if not text or _digit_count(text) < 9:
        return False
    rest = _PHONE_TAIL.sub("", text).strip(" ,;.-–")
    return not rest and bool(phones(text))


def realign(rec: RawRecord) -> RawRecord:
    """The record with values typed into the wrong cell put back: a tax code at the end of the name ("… MST:
    2306 703 998"), an address in the tax-code cell (its phone then shifted into the address cell), a phone at the end
    of the address ("… Hà Nội. Tel: 0924-297-180"). A moved code fills only an empty tax cell; a moved phone joins the
    phone cell's numbers after them. Lists pasted from Word or typed by firms do this."""
    name, tax, address, phone = rec.name or "", rec.tax_code or "", rec.address or "", rec.phone or ""
    changed = False
    tax_in_name = ""
    if _digit_count(name) >= 8 and (m := _TAX_IN_NAME.search(name)) and normalise_tax(m.group(1)):
        name = _SPACES.sub(" ", name[: m.start()] + " " + name[m.end() :]).strip(" ,;-–")
        tax_in_name, changed = m.group(1), True
    if _tax_cell_is_address(tax):
        if not address.strip():
            address = tax
        elif _phone_like(address):
            phone = f"{phone} / {address}" if phone.strip() else address
            address = tax
        tax, changed = "", True
    if tax_in_name and not normalise_tax(tax):
        tax = tax_in_name
    if _digit_count(address) >= 9 and (m := _PHONE_TAIL.search(address)) and (m.start() > 0 or _phone_like(address)):
        number = m.group(1)
        if _digit_count(number) >= 9 and phones(number):
            address = address[: m.start()].strip(" ,;.-–")
            phone = f"{phone} / {number}" if phone.strip() else number
            changed = True
    return RawRecord(rec.id, name, tax, address, phone) if changed else rec


def _tax_cell_is_address(tax: str) -> bool:
    """A tax-code cell that holds an address: no usable code, and words and commas an address has."""
    if not tax or len(tax) < 12 or normalise_tax(tax):
        return False
    return "," in tax and bool(_ADDRESS_WORDS.search(fold(tax)))


def _make(
    rec: RawRecord,
    names: tuple[str, str, str, str, bool, bool, str],
    addr: tuple[str, str, str, str, str, str, str],
) -> Features:
    name_key, brand, desc, legal, branch, plant, alias = names
    tax = normalise_tax(rec.tax_code)
    if len(tax) == 13 and tax_check_ok(tax):
        # a dependent unit's code; thirteen digits whose first ten fail the check digit are another number
        # (twelve digits of a social-insurance code with a zero put back)
        branch = True
    province, commune, zone, lot, street, hamlet, district = addr
    if plant and zone:  # "Nhà máy HQ Đại Đồng - Hoàn Sơn" in KCN Đại Đồng - Hoàn Sơn: the plant of HQ there
        name_key, brand = _without_own_park(name_key, zone), _without_own_park(brand, zone)
    nums = phones(rec.phone)
    if not province and nums:
        province = phone_province(rec.phone)  # a list with a landline and no address
    return Features(
        id=rec.id,
        name_key=name_key,
        name_sorted=" ".join(sorted(name_key.split())),
        brand=brand,
        desc=desc,
        legal=legal,
        branch=branch,
        tax=tax,
        tax_valid=tax_check_ok(tax),
        tax_sci=tax_sci(rec.tax_code, tax),
        phone=nums[0] if nums else "",
        phone2=nums[1] if len(nums) > 1 else "",
        phone_kind=phone_kinds(rec.phone) if nums else "",
        province=province,
        commune=commune,
        zone=zone,
        lot=lot,
        street=street,
        hamlet=hamlet,
        district=district,
        address_written=bool(rec.address.strip()),
        alias=alias,
    )


_NO_ADDRESS = ("",) * 7
_PHASE_WORDS = frozenset("i ii iii iv v 1 2 3 4 5 a b c".split())


def _without_own_park(text: str, zone: str) -> str:
    """``text`` without trailing words naming the record's own park ("hq dai dong hoan son", zone "dai dong hoan
    son" → "hq"; "tung nan yen phong ii c", zone "yen phong 2c" → "tung nan"; "thai binh duong 1 vsip", zone "vsip
    bac ninh" → "thai binh duong 1"): the words dropped start the park's name, and a name is left."""
    words, zone_words = text.split(), zone.split()
    park = set(zone_words)
    k = len(words)
    while k > 1 and words[k - 1] in _PHASE_WORDS and words[k - 1] not in park:
        k -= 1
    j = k
    while j > 1 and words[j - 1] in park:
        j -= 1
    dropped = words[j:k]
    if dropped and (dropped == zone_words[: len(dropped)] or (len(dropped) >= 2 and zone_words[0] in dropped)):
        return " ".join(words[:j])
    return text


def features(rec: RawRecord) -> Features:
    """The comparable ``Features`` of one raw record (pure; caches repeated names and address parts); values in the
    wrong cell are put back first (``realign``)."""
    rec = realign(rec)
    address = (rec.address or "").strip()
    return _make(rec, _name_reading((rec.name or "").strip()), _address(address) if address else _NO_ADDRESS)


def _name_reading(name: str) -> tuple[str, str, str, str, bool, bool, str]:
    """``names._parts`` of the name cell and its other name (``names.other_name``): what ``_make`` reads, computed
    where the names are parsed (on the worker processes for a large batch)."""
    return (*_parts(name), other_name(name))


def _parse_in_processes(jobs: list[tuple[list[str], list[str]]], workers: int) -> list[tuple[list, list]]:
    """``_parse_chunk`` of each job on ``workers`` processes started from a fork server, not forked from this
    process: a process that has run DuckDB holds its allocator's threads, and a child forked from it can crash
    (seen 2026-12-05: every worker segfaulted in libc's thread join and ``Pool.map`` waited for ever). A worker
    that dies anyway breaks the pool; the jobs are then parsed here."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = mp.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            return list(pool.map(_parse_chunk, jobs))
    except BrokenProcessPool:
        return [_parse_chunk(job) for job in jobs]


def _parse_chunk(job: tuple[list[str], list[str]]) -> tuple[list, list]:
    names, addresses = job
    return [_name_reading(n) for n in names], [_address(a) for a in addresses]


def features_many(
    records: Sequence[RawRecord], workers: int | None = None, realigned: bool = False
) -> list[Features]:
    """``features`` of many records: each distinct name and address is parsed once, on ``workers`` processes
    (default: all cores when there are more than 50,000 records). Same output as ``[features(r) ...]``;
    ``realigned``: the records have been through ``realign`` already.
    """
    if not realigned:
        records = [realign(r) for r in records]
    names = list(dict.fromkeys((r.name or "").strip() for r in records))
    addresses = list(dict.fromkeys(a for r in records if (a := (r.address or "").strip())))
    if workers is None:
        workers = (os.cpu_count() or 1) if len(records) > 50_000 else 1
    name_of: dict[str, tuple] = {}
    addr_of: dict[str, tuple] = {}
    if workers > 1:
        k = workers * 4
        jobs = [(names[i::k], addresses[i::k]) for i in range(k)]
        for (ns, as_), (np_, ap) in zip(jobs, _parse_in_processes(jobs, workers), strict=True):
            name_of.update(zip(ns, np_, strict=True))
            addr_of.update(zip(as_, ap, strict=True))
    else:
        name_of = {n: _name_reading(n) for n in names}
        addr_of = {a: _address(a) for a in addresses}
    return [
        _make(
            r,
            name_of[(r.name or "").strip()],
            addr_of[a] if (a := (r.address or "").strip()) else _NO_ADDRESS,
        )
        for r in records
    ]
