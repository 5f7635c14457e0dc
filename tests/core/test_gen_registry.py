"""bench/data/resolve/gen_registry.py, the held-out generator C: interface, determinism, skew and realism."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench" / "data" / "resolve"))

import gen_registry  # noqa: E402

KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
BRANCH_CODE = re.compile(r"^\d{10}-\d{3}$")
PARK = re.compile(r"(?:Khu công nghiệp|Cụm công nghiệp|Khu chế xuất) ([^,]+)")


@pytest.fixture(scope="module")
def big() -> list[dict]:
    return gen_registry.records(20_000, seed=5)


def test_deterministic_for_n_and_seed():
    assert gen_registry.records(700, seed=3) == gen_registry.records(700, seed=3)
    assert gen_registry.records(700, seed=3) != gen_registry.records(700, seed=4)


@pytest.mark.parametrize("n", [0, 1, 2, 9, 1000])
def test_n_honoured_and_keys(n):
    rows = gen_registry.records(n, seed=1)
    assert len(rows) == n
    assert len({r["id"] for r in rows}) == n
    for r in rows:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]


def test_truth_groups_are_skewed(big):
    sizes = Counter(Counter(r["truth"] for r in big).values())
    groups = sum(sizes.values())
    assert 1.9 <= len(big) / groups <= 2.6
    assert max(sizes) <= 8
    assert sizes[1] == max(sizes.values())  # singletons are the most common group size
    assert sizes[1] > 0.3 * groups and sizes[2] + sizes[3] > 0.3 * groups
    assert sum(v for k, v in sizes.items() if k >= 5) > 0.04 * groups


def test_density_of_missing_fields(big):
    n = len(big)
    assert 0.33 < sum(not r["tax_code"] for r in big) / n < 0.47
    assert 0.24 < sum(not r["phone"] for r in big) / n < 0.36


def test_branches_have_13_digit_codes_and_their_own_truth(big):
    heads: dict[str, set[str]] = defaultdict(set)
    branches: dict[str, set[str]] = defaultdict(set)
    for r in big:
        tax, name = r["tax_code"], r["name"].casefold()
        if BRANCH_CODE.match(tax) and name.startswith("chi nhánh"):
            branches[tax[:10]].add(r["truth"])
        elif re.fullmatch(r"\d{10}", tax) and name.startswith("công ty"):
            heads[tax].add(r["truth"])
    both = [h for h in branches if h in heads]
    assert len(branches) > 100 and len(both) > 20
    for h in both:
        assert not heads[h] & branches[h], h
    # a registry-form branch name is "Chi nhánh <head office's legal name> tại <place>" or "Chi nhánh <place> - ..."
    assert all(
        " tại " in r["name"].casefold() or " - " in r["name"]
        for r in big
        if BRANCH_CODE.match(r["tax_code"]) and r["name"].casefold().startswith("chi nhánh")
    )


def test_same_brand_in_different_parks_are_different_enterprises(big):
    seen: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in big:
        m = PARK.search(r["address"])
        if m and r["name"].casefold().startswith("công ty") and r["tax_code"].isdigit():
            brand = " ".join(r["name"].casefold().split()[-2:])
            seen[brand].add((m.group(1), r["truth"]))
    shared = [b for b, s in seen.items() if len({p for p, _ in s}) > 1 and len({t for _, t in s}) > 1]
    assert len(shared) > 20


def test_families_and_namesakes_share_names_not_truth(big):
    """Unrelated or sister firms with the same registry name minus the legal form exist and stay distinct."""
    by_core: dict[str, set[str]] = defaultdict(set)
    for r in big:
        name = r["name"].casefold()
        if name.startswith(("công ty tnhh ", "công ty cổ phần ")) and r["tax_code"].isdigit():
            core = name.removeprefix("công ty tnhh ").removeprefix("công ty cổ phần ").removeprefix("mtv ")
            by_core[core].add(r["truth"])
    assert sum(len(t) > 1 for t in by_core.values()) > 10


def test_registry_tax_codes_carry_the_province_and_check_digit(big):
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    prefixes = {p[2] for p in gen_registry.PROVINCES.values()}
    codes = [r["tax_code"] for r in big if re.fullmatch(r"\d{10}", r["tax_code"])]
    assert codes
    assert all(c[:2] in prefixes for c in codes)  # slips touch digits 3 to 10 only

    def valid(c: str) -> bool:
        s = sum(int(d) * w for d, w in zip(c, weights, strict=False)) % 11
        return s != 0 and (10 - s) % 10 == int(c[9])

    assert sum(map(valid, codes)) / len(codes) > 0.97


def test_a_thousand_records_look_messy():
    rows = gen_registry.records(1000, seed=9)
    names = [r["name"] for r in rows]
    n = len(rows)
    assert sum(x.isascii() for x in names) / n > 0.1  # typed without diacritics
    assert sum(not x.isascii() for x in names) / n > 0.5
    english = re.compile(r"co\.,? ?ltd|company limited|\bjsc\b|joint stock|corporation", re.I)
    assert sum(bool(english.search(x)) for x in names) / n > 0.03
    assert sum(bool(re.match(r"(cty|ctcp)\b", x, re.I)) for x in names) / n > 0.05
    assert sum(x.isupper() for x in names) / n > 0.1
    taxes = [r["tax_code"] for r in rows if r["tax_code"]]
    assert any(not t.replace("-", "").isdigit() for t in taxes)  # spaces, dots, "MST: "
    assert any(re.fullmatch(r"\d{9}", t) for t in taxes)  # Excel lost the leading zero
    phones = [r["phone"] for r in rows if r["phone"]]
    assert any(p.startswith("+84") for p in phones) and any("(" in p for p in phones)
    addresses = [r["address"] for r in rows]
    assert any("Lô " in a for a in addresses) and any("Lot " in a for a in addresses)
    assert any(
        a and "huyện" not in a and "quận" not in a and "Khu công nghiệp" in a for a in addresses
    )  # 2025
