"""Generator E (bench/data/resolve/gen_vendor.py): vendor lists, matchmaking lists, CNHT records, web forms.
ALL DATA IS SYNTHETIC. These tests check the contract and that the promised hard cases and mess really occur."""

from __future__ import annotations

import importlib.util
import re
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _load():
    spec = importlib.util.spec_from_file_location(
        "gen_vendor", ROOT / "bench" / "data" / "resolve" / "gen_vendor.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()


@pytest.fixture(scope="module")
def data():
    return gen._generate(20000, seed=11)


@pytest.fixture(scope="module")
def rows(data):
    return data[0]


@pytest.fixture(scope="module")
def groups(rows):
    g = defaultdict(list)
    for r in rows:
        g[r["truth"]].append(r)
    return g


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _tax10(s: str) -> str:
    """The enterprise part of a tax code as written (leading zeros restored, branch suffix dropped)."""
    if "E+" in s:
        return ""
    s = s[:-2] if s.endswith(".0") else s
    d = _digits(s)
    if len(d) in (8, 9):
        d = d.zfill(10)
    return d[:10] if len(d) >= 10 else ""


def _checksum_ok(code10: str) -> bool:
    """N10 = 10 - (sum of weighted N1..N9 mod 11); a remainder of 0 leaves no valid check digit."""
    c = 10 - sum(int(a) * w for a, w in zip(code10[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and int(code10[9]) == c


def _phones(s: str) -> set[str]:
    out = set()
    for part in re.split(r"[;/]| - ", s):
        d = _digits(part.split("(m")[0])
        if d.startswith("84") and len(d) >= 10:
            d = d[2:]
        d = d.lstrip("0")
        if len(d) >= 9:
            out.add(d)
    return out


def _families(cases):
    fam = defaultdict(list)
    for truth, tags in cases.items():
        for t in tags:
            if t.startswith("fam="):
                fam[t].append(truth)
    return fam


# ---------------------------------------------------------------------------------------------------- contract


def test_module_docstring_says_synthetic():
    assert gen.__doc__.lstrip().startswith("ALL DATA IS SYNTHETIC")


def test_interface_keys_and_types(rows):
    for r in rows:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]
    assert len({r["id"] for r in rows}) == len(rows)


@pytest.mark.parametrize("n", [0, 1, 2, 1000])
def test_exactly_n_rows(n):
    assert len(gen.records(n, seed=3)) == n


def test_negative_n_is_refused():
    with pytest.raises(ValueError):
        gen.records(-1)


def test_deterministic_for_n_and_seed():
    a = gen.records(3000, seed=7)
    assert a == gen.records(3000, seed=7)
    assert a != gen.records(3000, seed=8)


def test_ids_are_sequential_but_say_nothing_about_groups(rows):
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids)
    # after the shuffle, neighbours rarely belong to the same enterprise
    same = sum(rows[i]["truth"] == rows[i + 1]["truth"] for i in range(len(rows) - 1))
    assert same / len(rows) < 0.01


# ---------------------------------------------------------------------------------------------------- groups


def test_group_sizes_are_skewed(groups):
    sizes = Counter(len(g) for g in groups.values())
    n_ent = len(groups)
    assert max(sizes) <= 8
    assert sizes[1] == max(sizes.values())  # singletons are the most common
    assert 0.35 < sizes[1] / n_ent < 0.65
    assert sizes[1] > sizes[2] > sizes[3] > sizes[5] > sizes[8] > 0
    assert 1.5 <= sum(len(g) for g in groups.values()) / n_ent <= 2.6


def test_name_space_grows_with_n():
    small = gen.records(10_000, seed=1)
    big = gen.records(100_000, seed=1)
    t_small = len({r["truth"] for r in small})
    t_big = len({r["truth"] for r in big})
    assert t_big > 8 * t_small
    # legal names do not collapse: the plain names written in CNHT style stay about as many as the enterprises
    names_big = {_plain(r["name"]) for r in big if r["tax_code"]}
    names_small = {_plain(r["name"]) for r in small if r["tax_code"]}
    assert len(names_big) > 8 * len(names_small)
    # the most frequent full name is not shared by more than a handful of enterprises
    owners = defaultdict(set)
    for r in big:
        if r["name"].startswith("Công ty") or r["name"].startswith("Cty"):
            owners[_plain(r["name"])].add(r["truth"])
    assert max(len(v) for v in owners.values()) <= 6


# ---------------------------------------------------------------------------------------------------- hard cases


def test_every_hard_case_is_present(data):
    _, cases = data
    tags = Counter(t for ts in cases.values() for t in ts if not t.startswith("fam="))
    n_ent = len({r["truth"] for r in data[0]})
    expected = {  # tag: (min share, max share) of enterprises
        "sister": (0.02, 0.10),
        "two_provinces": (0.004, 0.03),
        "branch": (0.01, 0.05),
        "head_office": (0.01, 0.04),
        "form_namesake": (0.004, 0.03),
        "converted": (0.004, 0.03),
        "renamed": (0.01, 0.05),
        "moved": (0.01, 0.06),
        "romanised": (0.1, 0.3),
    }
    for tag, (lo, hi) in expected.items():
        assert lo <= tags[tag] / n_ent <= hi, (tag, tags[tag] / n_ent)


def test_branches_are_separate_truths_with_13_digit_codes(data, groups):
    rows, cases = data
    fam = _families(cases)
    seen = agree = 0
    for members in fam.values():
        hos = [t for t in members if "head_office" in cases[t]]
        brs = [t for t in members if "branch" in cases[t]]
        if not hos or not brs:
            continue
        ho_codes = {_tax10(r["tax_code"]) for r in groups.get(hos[0], []) if _tax10(r["tax_code"])}
        for b in brs:
            assert b != hos[0]
            for r in groups.get(b, []):
                d = _digits(r["tax_code"])
                if len(d) == 13:
                    seen += 1
                    assert d[10:] in {"001", "002", "003"}
                    agree += not ho_codes or d[:10] in ho_codes
    assert seen > 20
    assert agree >= 0.9 * seen  # a mistyped digit now and then
    branch_names = [
        _plain(r["name"]) for t, tags in cases.items() if "branch" in tags for r in groups.get(t, [])
    ]
    assert sum("chi nhanh" in n or "branch" in n or n.startswith("cn ") for n in branch_names) > 0.5 * len(
        branch_names
    )
    # some branch records carry no branch marker at all: the hard part
    assert any("chi nhanh" not in n and "branch" not in n and not n.startswith("cn ") for n in branch_names)
    assert any(re.fullmatch(r"\d{10}-\d{3}", r["tax_code"]) for r in rows)


def test_renamed_and_converted_keep_tax_code_and_truth(data, groups):
    _, cases = data
    conv = ren = 0
    for truth, tags in cases.items():
        g = groups.get(truth, [])
        codes = {_tax10(r["tax_code"]) for r in g if _tax10(r["tax_code"])}
        if "converted" in tags and len(codes) == 1:
            names = [_plain(r["name"]) for r in g if r["tax_code"]]
            has_tnhh = any(
                "tnhh" in n or "trach nhiem" in n or "doanh nghiep tu nhan" in n or "dntn" in n for n in names
            )
            has_cp = any("co phan" in n or "ctcp" in n or " cp " in n or n.startswith("cp ") for n in names)
            conv += has_tnhh and has_cp
        if "renamed" in tags and len(codes) == 1:
            ren += (
                len({n for n in (re.sub(r"[^a-z ]", "", _plain(r["name"])) for r in g if r["tax_code"])}) > 1
            )
    assert conv >= 3
    assert ren >= 10


def test_two_provinces_share_the_name_not_the_tax_prefix(data, groups):
    _, cases = data
    fam = _families(cases)
    checked = 0
    for members in fam.values():
        if len(members) != 2 or not all("two_provinces" in cases[t] for t in members):
            continue
        prefixes = [
            {_tax10(r["tax_code"])[:2] for r in groups.get(t, []) if _tax10(r["tax_code"])} for t in members
        ]
        if all(prefixes):
            checked += 1
            assert prefixes[0] != prefixes[1]
    assert checked >= 3


def test_form_namesakes_differ_only_by_form(data, groups):
    _, cases = data
    fam = _families(cases)
    found = 0
    form = re.compile(
        r"^(cong ty tnhh mtv|cong ty tnhh mot thanh vien|cong ty tnhh|cty tnhh mtv|cty tnhh|"
        r"cong ty co phan|cong ty cp|ctcp|cty cp|cty co phan|doanh nghiep tu nhan|dntn|dn tu nhan|"
        r"cong ty trach nhiem huu han|c\.ty tnhh|cong ty tnhh 1tv) "
    )
    for members in fam.values():
        if len(members) != 2 or not all("form_namesake" in cases[t] for t in members):
            continue
        cores = []
        for t in members:
            c = {form.sub("", _plain(r["name"])) for r in groups.get(t, []) if form.match(_plain(r["name"]))}
            cores.append(c)
        if cores[0] & cores[1]:
            found += 1
    assert found >= 3


def test_sisters_share_a_brand_but_not_a_tax_code(data, groups):
    _, cases = data
    fam = _families(cases)
    n = 0
    for members in fam.values():
        if not all("sister" in cases[t] for t in members):
            continue
        codes = [{_tax10(r["tax_code"]) for r in groups.get(t, []) if _tax10(r["tax_code"])} for t in members]
        for i in range(len(codes)):
            for j in range(i + 1, len(codes)):
                # a typo can make two codes collide, never a whole list
                assert not codes[i] or not codes[j] or codes[i] != codes[j]
        n += 1
    assert n >= 100


def test_moved_firms_show_two_sites_under_one_tax_code(data, groups):
    _, cases = data
    moved = 0
    park = re.compile(
        r"\b(?:kcn|ccn|khu cong nghiep|cum cong nghiep)\s+([a-z0-9 \-]+?)(?:,| - |$| xa | phuong )"
    )
    for truth, tags in cases.items():
        if "moved" not in tags:
            continue
        sites = set()
        for r in groups.get(truth, []):
            m = park.search(_plain(r["address"]))
            if m:
                sites.add(m.group(1).strip())
            elif re.search(r"\bso \d+|thon ", _plain(r["address"])) and r["tax_code"]:
                sites.add("street/village")
        moved += len(sites) > 1
    assert moved >= 10


def test_foreign_brands_are_romanised_several_ways(data, groups):
    _, cases = data
    spaced = spelled = 0
    for truth, tags in cases.items():
        if "romanised" not in tags:
            continue
        heads = set()
        for r in groups.get(truth, []):
            name = r["name"]
            if re.match(r"^\[?[A-Z]{1,4}-?\d{5,}", name):
                continue  # a vendor code first
            words = re.split(r"\s+", name.strip())
            heads.add(" ".join(words[:2]).lower())
        letters = {re.sub(r"[^a-z]", "", h)[:6] for h in heads}
        if len(heads) > 1 and len(letters) < len(heads):
            spaced += 1
        if len({h.split(" ")[0][:3] for h in heads}) > 1:
            spelled += 1
    assert spaced >= 20
    assert spelled >= 20
    # the same Korean brand is spelled in several ways (Revised Romanisation vs McCune-Reischauer, joined/spaced)
    import random

    nm = gen._Name("kr", "TNHH")
    nm.syl = ((4, 0), (1, 0))  # Sung + Shin
    spellings = {gen._kr_brand(nm, random.Random(i)) for i in range(400)}
    assert {"Sungshin", "Sung Shin"} <= spellings
    assert any(s.startswith("Seong") for s in spellings)


def test_hangul_and_han_viet_names_appear(rows):
    assert any(re.search(r"[\uac00-\ud7a3]", r["name"]) for r in rows)
    assert any("Khoa học Kỹ thuật" in r["name"] or "Ngũ kim" in r["name"] for r in rows)


# ---------------------------------------------------------------------------------------------------- formats


def test_tax_code_formats(rows):
    codes = [r["tax_code"] for r in rows if r["tax_code"]]
    assert 0.3 < len(codes) / len(rows) < 0.85
    plain10 = [c for c in codes if re.fullmatch(r"\d{10}", c)]
    assert len(plain10) > 0.3 * len(codes)
    valid = sum(_checksum_ok(c) for c in plain10)
    assert 0.95 < valid / len(plain10) < 1.0  # real check digits, a few typos
    assert any(re.fullmatch(r"\d{10}-00[1-3]", c) for c in codes)
    assert any(re.fullmatch(r"\d{13}", c) for c in codes)  # branch code without its dash
    assert any(c.upper().startswith("MST") for c in codes)
    assert any(re.fullmatch(r"\d{4} \d{3} \d{3}", c) for c in codes)
    assert any(re.fullmatch(r"\d{4}\.\d{3}\.\d{3}", c) for c in codes)
    assert any(re.fullmatch(r"[1-9]\d{8}", c) for c in codes)  # leading zero lost in Excel
    assert any(c.endswith(".0") for c in codes)
    prefixes = Counter(_tax10(c)[:2] for c in codes if _tax10(c))
    assert prefixes["23"] > prefixes["24"] > prefixes["01"] > 0  # Bắc Ninh, old Bắc Giang, Hà Nội


def test_phone_formats(rows):
    phones = [r["phone"] for r in rows if r["phone"]]
    assert any(p.startswith("+84") for p in phones)
    assert any(p.startswith("84") for p in phones)
    assert any(re.fullmatch(r"0\d{9}", p) for p in phones)
    assert any(re.fullmatch(r"0\d{3}\.\d{3}\.\d{3}", p) for p in phones)
    assert any(re.search(r"\b0222\b|\(0222\)|02223", p) for p in phones)  # Bắc Ninh from 2017
    assert any(re.search(r"0241|\+84 ?241", p) for p in phones)  # Bắc Ninh before 2017
    assert any(
        re.fullmatch(r"01[2-9]\d[ .]?\d{3}[ .]?\d{4}", p) or re.fullmatch(r"01\d{9}", p) for p in phones
    )
    assert any("Fax" in p for p in phones)
    assert any(re.search(r"\((Mr|Ms|anh|chị)", p) for p in phones)


def test_shared_phones_between_different_enterprises(groups):
    owners = defaultdict(set)
    for truth, g in groups.items():
        for r in g:
            for p in _phones(r["phone"]):
                owners[p].add(truth)
    shared = sum(len(v) > 1 for v in owners.values())
    assert shared > 20  # sister firms, branches, accounting-service numbers
    assert shared < 0.05 * len(owners)


def test_field_mess_occurs(rows):
    names = [r["name"] for r in rows]
    n = len(names)
    upper = sum(x.isupper() for x in names)
    lower = sum(x.islower() for x in names)
    assert upper > 0.15 * n and lower > 0.05 * n
    assert sum(x != unicodedata.normalize("NFC", x) for x in names) > 0.002 * n  # NFD
    mojibake = re.compile(r"á[º»]|Ã[^A-Za-z\s]|Æ°|Ä‘")
    assert sum(bool(mojibake.search(x)) for x in names) > 0.0004 * n  # UTF-8 read as cp1252
    assert any(re.search(r"\b(cty|Cty|CTCP|DNTN|HTX|C\.ty)\b", x) for x in names)
    assert any(x.startswith(("Công ty Cổ phần", "Công ty TNHH", "CÔNG TY TNHH")) for x in names)
    assert any(re.search(r"CO\.,\s?LTD|JSC|JOINT STOCK", x) for x in names)
    assert any(re.search(r"\bVINA\b", x) for x in names)
    assert any(
        re.match(r"^(SV-|V|C|FXV|LGV-)\d{6,7}\b", x) or re.search(r"\((SV-|V|C|FXV|LGV-)\d{6,7}\)", x)
        for x in names
    )  # vendor codes glued to names
    # Telex leftovers typed with the Vietnamese IME off: doubled vowels/dd plus a tone key at the word end
    telex = re.compile(
        r"\b(cow|coong|vieetj|ddieenj|thuwowng|maij|nhuwaj|phats|ddaij|ddoong|hieepj|tuwr|khis|"
        r"hoaf|thanhf|nooij|giaays|ddaats|thinhj|hungw|huwng|phus|tieens|ddwcs|dduwcs)\b"
    )
    assert sum(bool(telex.search(x.lower())) for x in names) > 0.001 * n
    addrs = [r["address"] for r in rows]
    assert sum(a == "" for a in addrs) > 0.05 * n
    assert any("Lot " in a or "LOT " in a for a in addrs)
    assert any(re.search(r"\b(IP|INDUSTRIAL PARK|Industrial Park)\b", a) for a in addrs)
    # old (district level) and new (no district, 2025 province) forms both occur for the same park
    assert any("huyện Yên Phong" in a for a in addrs)
    assert any(re.search(r"xã Yên Phong, (tỉnh )?Bắc Ninh", a) for a in addrs)
    assert any("thị xã Việt Yên" in a for a in addrs) and any("phường Nếnh" in a for a in addrs)
    assert any("huyện Việt Yên" in a for a in addrs)  # before Việt Yên became a town (2024)
    assert any(a and a == _plain(a) for a in addrs)  # lower case without diacritics


def test_most_true_pairs_carry_some_evidence(groups):
    pairs = bare = 0
    for g in groups.values():
        feats = [(_tax10(r["tax_code"]), _phones(r["phone"])) for r in g]
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                pairs += 1
                (ta, pa), (tb, pb) = feats[i], feats[j]
                if not ((ta and ta == tb) or (pa & pb)):
                    bare += 1
    # hard truth exists, but most same-enterprise pairs share a tax code or a phone
    assert 0.15 < bare / pairs < 0.5


def test_speed_at_50k():
    t = time.perf_counter()
    out = gen.records(50_000, seed=2)
    assert len(out) == 50_000
    assert time.perf_counter() - t < 6.0
