"""bench/data/resolve/gen_archive.py (generator F, merged provincial archives): interface, determinism, scale,
skew, name space, each hard case, each officer habit, tax/phone/address formats, evidence, speed."""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_archive.py"
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}


def _load():
    spec = importlib.util.spec_from_file_location("gen_archive", PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load()


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if not unicodedata.combining(c))


@pytest.fixture(scope="module")
def rows():
    """20k rows with the hidden keys (_k: tax, phones, lot/street, tags, related truth, canonical name)."""
    return gen._generate(20_000, seed=11, keys=True)


@pytest.fixture(scope="module")
def groups(rows):
    out = defaultdict(list)
    for r in rows:
        out[r["truth"]].append(r)
    return out


def _tags(group) -> set[str]:
    return set(group[0]["_k"][3].split(",")) - {""}


def _share(rows, pred) -> float:
    return sum(1 for r in rows if pred(r)) / len(rows)


# ---- interface -------------------------------------------------------------------------------------------
def test_module_is_pure_standard_library_and_says_it_is_synthetic():
    tree = ast.parse(PATH.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree).startswith("ALL DATA IS SYNTHETIC")
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported - {"__future__"} <= set(sys.stdlib_module_names)


def test_rows_have_exactly_the_interface_keys_all_strings():
    out = gen.records(800, seed=3)
    for r in out:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]
    assert len({r["id"] for r in out}) == len(out)


@pytest.mark.parametrize("n", [0, 1, 2, 1000])
def test_exactly_n_rows(n):
    assert len(gen.records(n)) == n
    assert len(gen.records(n, seed=9)) == n


def test_deterministic_for_n_and_seed_and_seed_matters():
    assert gen.records(3000, seed=5) == gen.records(3000, seed=5)
    assert gen.records(3000, seed=5) != gen.records(3000, seed=6)


def test_output_does_not_depend_on_hash_randomisation():
    code = (f"import importlib.util, hashlib, json\n"
            f"s = importlib.util.spec_from_file_location('g', {str(PATH)!r})\n"
            f"m = importlib.util.module_from_spec(s); s.loader.exec_module(m)\n"
            f"print(hashlib.sha256(json.dumps(m.records(4000, 2)).encode()).hexdigest())\n")
    digests = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}).stdout.strip()
        for seed in ("0", "4242")
    }
    here = hashlib.sha256(json.dumps(gen.records(4000, 2)).encode()).hexdigest()
    assert digests == {here}


def test_ids_are_sequential_and_say_nothing_about_groups():
    out = gen.records(5000, seed=1)
    assert [r["id"] for r in out] == [f"F{i:07d}" for i in range(1, 5001)]
    adjacent_same = sum(a["truth"] == b["truth"] for a, b in pairwise(out))
    assert adjacent_same / len(out) < 0.02
    # truth keys do not follow id order either
    first_seen = list(dict.fromkeys(r["truth"] for r in out))
    assert first_seen != sorted(first_seen)


# ---- shape of the data -----------------------------------------------------------------------------------
def test_group_sizes_are_skewed_singletons_first(groups):
    sizes = Counter(len(g) for g in groups.values())
    assert max(sizes) <= 10
    assert sizes[1] > sizes[2] > sizes[3] > sizes[4] > sizes[6]
    assert 0.35 < sizes[1] / len(groups) < 0.6
    assert sum(sizes[k] for k in range(6, 11)) > 0
    mean = sum(len(g) for g in groups.values()) / len(groups)
    assert 1.5 <= mean <= 2.5


def test_name_space_grows_with_n():
    small = gen._generate(2000, seed=4, keys=True)
    large = gen._generate(40_000, seed=4, keys=True)
    canon_small = {r["_k"][5] for r in small}
    canon_large = {r["_k"][5] for r in large}
    truths_large = {r["truth"] for r in large}
    assert len(canon_large) > 15 * len(canon_small)
    assert len(canon_large) > 0.95 * len(truths_large)


    def bigrams(canon):
        return {pair for c in canon for pair in pairwise(c.split())}

    assert len(bigrams(canon_large)) > 5 * len(bigrams(canon_small))  # no collapse onto a fixed pool of words
    shown = {" ".join(_fold(r["name"]).lower().split()) for r in large}
    assert len(shown) > len(truths_large)  # the same firm is written many ways


def test_legal_names_unique_except_namesakes_and_sisters(rows):
    by_name = defaultdict(set)
    related = {}
    for r in rows:
        by_name[r["_k"][5]].add(r["truth"])
        related[r["truth"]] = r["_k"][4]
    shared = [ts for ts in by_name.values() if len(ts) > 1]
    assert shared  # namesakes exist
    for ts in shared:
        for t in ts:
            assert any(related[t] == u or related[u] == t for u in ts if u != t), ts


# ---- hard cases ------------------------------------------------------------------------------------------
def _with(groups, tag, min_rows=1):
    return [g for g in groups.values() if tag in _tags(g) and len(g) >= min_rows]


def test_hard_case_frequencies(groups):
    counts = Counter(t for g in groups.values() for t in _tags(g))
    n = len(groups)
    for tag, lo, hi in [("rename", 0.02, 0.09), ("convert", 0.015, 0.08), ("move", 0.01, 0.06),
                        ("sister", 0.01, 0.06), ("namesake", 0.005, 0.03), ("branch", 0.02, 0.09),
                        ("hq", 0.015, 0.08), ("fdi", 0.07, 0.2)]:
        assert lo < counts[tag] / n < hi, (tag, counts[tag] / n)


def test_renamed_firm_keeps_truth_and_tax_code(groups):
    seen = 0
    for g in _with(groups, "rename", 2):
        names = {r["_k"][5] for r in g}
        taxes = {r["_k"][0] for r in g if r["_k"][0]}
        if len(names) > 1:
            seen += 1
            assert len(taxes) <= 1 or any(len(t) == 0 for t in taxes)
    assert seen > 20
    assert any("trước đây là" in r["name"] or "tên cũ" in r["name"] for g in groups.values() for r in g)


def test_converted_firm_changes_legal_form_not_truth(groups):
    tnhh = re.compile(r"TNHH|Trách nhiệm|TRACH NHIEM|DNTN|tư nhân|TU NHAN", re.I)
    cp = re.compile(r"Cổ phần|CO PHAN|\bCTCP\b|\bCP\b", re.I)
    both = [g for g in _with(groups, "convert", 2)
            if any(tnhh.search(r["name"]) for r in g) and any(cp.search(r["name"]) for r in g)]
    assert len(both) > 20
    for g in both:
        assert len({r["_k"][5] for r in g}) == 1  # same legal name apart from the form


def test_moved_firm_shows_cluster_then_park(groups):
    moved = 0
    for g in _with(groups, "move", 2):
        zones = {r["_k"][2].split(":")[0] for r in g if r["_k"][2].startswith("Z")}
        if len(zones) > 1:
            moved += 1
    assert moved > 10


def test_sister_firm_is_another_truth_with_a_similar_name_and_its_own_tax_code(groups):
    sisters = [g for g in _with(groups, "sister") if g[0]["_k"][4] in groups]
    assert len(sisters) > 50
    similar = 0
    for g in sisters:
        origin = groups[g[0]["_k"][4]]
        assert g[0]["truth"] != origin[0]["truth"]
        assert not ({r["_k"][0] for r in g if r["_k"][0]} & {r["_k"][0] for r in origin if r["_k"][0]})
        a, b = set(g[0]["_k"][5].split()), set(origin[0]["_k"][5].split())
        similar += len(a & b) >= 2
    assert similar > 0.8 * len(sisters)


def test_namesake_after_dissolution_has_the_same_name_elsewhere(groups):
    pairs = [(g, groups[g[0]["_k"][4]]) for g in _with(groups, "namesake") if g[0]["_k"][4] in groups]
    assert len(pairs) > 30
    other_place = 0
    for new, old in pairs:
        assert new[0]["_k"][5] == old[0]["_k"][5]
        assert not ({r["_k"][0] for r in new if r["_k"][0]} & {r["_k"][0] for r in old if r["_k"][0]})
        assert "dissolved" in _tags(old)
        districts_new = {r["_k"][2].split(":")[0] for r in new if r["_k"][2].startswith("D")}
        districts_old = {r["_k"][2].split(":")[0] for r in old if r["_k"][2].startswith("D")}
        other_place += bool(districts_new) and bool(districts_old) and not (districts_new & districts_old)
    assert other_place > 0


def test_branches_are_their_own_truth_with_13_digit_codes(groups):
    branches = _with(groups, "branch")
    assert len(branches) > 100
    assert any(re.search(r"Chi nh|^CN |CHI NHANH", r["name"]) for g in branches for r in g)
    assert any("Nhà máy" in r["name"] or "NHA MAY" in r["name"] for g in branches for r in g)
    in_archive = 0
    for g in branches:
        codes = {r["_k"][0] for r in g if r["_k"][0]}
        assert all(re.fullmatch(r"\d{10}(-\d{3})?", c) for c in codes)
        parent = g[0]["_k"][4]
        if parent in groups:
            in_archive += 1
            assert parent != g[0]["truth"]
            ptax = {r["_k"][0] for r in groups[parent] if r["_k"][0]}
            assert all(c[:10] in ptax or not ptax for c in codes)
    assert in_archive > 20


def test_head_office_in_hanoi_and_factory_here_are_one_truth(groups):
    both = 0
    for g in _with(groups, "hq", 2):
        hanoi = [r for r in g if "Hà Nội" in r["address"] or "HA NOI" in _fold(r["address"]).upper()]
        local = [r for r in g if r["address"] and r not in hanoi]
        both += bool(hanoi and local)
        assert all(r["_k"][0].startswith("01") for r in g if r["_k"][0])
    assert both > 20


def test_fdi_firms_appear_under_english_and_vietnamese_names(groups):
    mixed = 0
    for g in _with(groups, "fdi", 2):
        en = any(re.search(r"CO\., LTD|COMPANY LIMITED|JSC", r["name"], re.I) for r in g)
        vi = any(re.search(r"Công ty|Cty|CONG TY|CTCP", r["name"], re.I) for r in g)
        mixed += en and vi
    assert mixed > 30


# ---- officer habits --------------------------------------------------------------------------------------
def test_each_officer_habit_is_visible(rows):
    names = [r["name"] for r in rows if r["name"]]

    def share(pred):
        return sum(1 for s in names if pred(s)) / len(names)

    form = r"(Công ty|Cty|CTCP|C\.ty|CT|Doanh nghiệp|DNTN|HTX|Hợp tác xã)"
    shares = {
        "caps without diacritics": (share(lambda s: s == s.upper() and s.isascii() and len(s) > 12), 0.03),
        "abbreviated form": (share(lambda s: re.match(r"(Cty|CTCP|CT TNHH|C\.ty|CTY)\b", s) is not None),
                             0.05),
        "form at the end": (share(lambda s: re.search(r"(, | - |\()" + form + r"[^,()]*\)?$", s) is not None
                                  and not s.startswith(("Công ty", "Cty"))), 0.02),
        "pdf spacing": (share(lambda s: "\n" in s or "  " in s.strip()), 0.01),
        "tcvn3": (share(lambda s: any(c in s for c in "«¬§®µ¸")), 0.003),
        "vni": (share(lambda s: re.search(r"oâ|OÂ|eä|EÄ|ñ|Ñ|öô", s) is not None), 0.003),
        "nfd": (share(lambda s: not unicodedata.is_normalized("NFC", s)), 0.01),
    }
    for label, (value, lo) in shares.items():
        assert value > lo, (label, value)
    for label in ("caps without diacritics", "tcvn3", "vni"):  # habits, not the whole archive
        assert shares[label][0] < 0.3, label


def test_typos_and_lost_diacritics_on_top_of_habits(groups):
    differ = sum(1 for g in groups.values() if len({r["name"] for r in g if r["name"]}) > 1)
    multi = sum(1 for g in groups.values() if len(g) > 1)
    assert differ > 0.6 * multi


# ---- identifiers -----------------------------------------------------------------------------------------
def _valid_mst(code10: str) -> bool:
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    return 10 - sum(int(d) * w for d, w in zip(code10[:9], weights, strict=True)) % 11 == int(code10[9])


def test_tax_codes_have_check_digits_and_many_formats(rows):
    canon = {r["_k"][0] for r in rows if r["_k"][0]}
    assert all(_valid_mst(c[:10]) for c in canon)
    shown = [r["tax_code"] for r in rows if r["tax_code"]]
    patterns = {
        "plain": r"\d{10}", "branch": r"\d{10}-\d{3}", "branch glued": r"\d{13}",
        "mst": r"(MST|Mã số thuế).*",
        "spaced": r"\d{4} \d{3} \d{3}", "dotted": r"\d{4}\.\d{3}\.\d{3}", "lost zero": r"[1-9]\d{8}",
        "float": r"\d{9,10}\.0", "scientific": r"\d\.\d{5}E\+1[12]", "apostrophe": r"'\d{10}",
    }
    for label, pat in patterns.items():
        assert any(re.fullmatch(pat, s) for s in shown), label
    assert 0.5 < _share(rows, lambda r: bool(r["tax_code"])) < 0.9


LANDLINE_OLD = {"0229": "030", "0226": "0351", "0228": "0350"}
MOBILE_OLD = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
              "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
              "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
              "056": "0186", "058": "0188"}


def test_phones_cross_the_2017_and_2018_numbering_changes(rows, groups):
    shown = [r["phone"] for r in rows if r["phone"]]
    for label, pat in [("old NB", r"\b030[ .)-]"), ("old HN", r"0351"), ("old ND", r"0350"),
                       ("new", r"0229|0226|0228"), ("11-digit mobile", r"\b01[2-9]\d[ .]?\d{3}[ .]?\d{4}\b"),
                       ("+84", r"\+84"), ("fax", r"Fax"), ("hotline", r"Hotline: 1[89]00"),
                       ("lost zero", r"^[1-9]\d{8,9}$")]:
        assert any(re.search(pat, s) for s in shown), label
    # one number written before and after the change carries one key
    landlines = mobiles = 0
    for g in groups.values():
        by_key = defaultdict(set)
        for r in g:
            for k in r["_k"][1]:
                by_key[k].add(re.sub(r"\D", "", r["phone"]))
        for k, texts in by_key.items():
            if k[:5] in ("L0229", "L0226", "L0228"):
                new, local = k[1:5], k[5:]
                old = LANDLINE_OLD[new]
                landlines += (any(old[1:] + local in t for t in texts)
                              and any(new[1:] + local in t for t in texts))
            elif k.startswith("M") and k[1:4] in MOBILE_OLD:
                new, sub = k[1:4], k[4:]
                old = MOBILE_OLD[new]
                mobiles += any(old[1:] + sub in t for t in texts) and any(new[1:] + sub in t for t in texts)
    assert landlines > 20 and mobiles > 5


def test_addresses_cross_the_2025_reform(rows, groups):
    new_style = _share(rows, lambda r: re.search(r"(phường|xã) [^,]+, tỉnh Ninh Bình", r["address"]))
    old_style = _share(rows, lambda r: re.search(r"huyện|H\. |thị xã|TX\.", r["address"]) is not None)
    assert new_style > 0.01 and old_style > 0.2
    assert any("cũ)" in r["address"] for r in rows)
    assert any(re.search(r"Lô [^,]+, (KCN|Khu công nghiệp) ", r["address"]) for r in rows)
    assert any("CCN" in r["address"] or "Cụm công nghiệp" in r["address"] for r in rows)
    # the same site written with old units and with the new commune
    crossed = 0
    for g in groups.values():
        by_key = defaultdict(list)
        for r in g:
            if r["_k"][2]:
                by_key[r["_k"][2]].append(r["address"])
        for texts in by_key.values():
            crossed += any("Ninh Bình" in t and "tỉnh Ninh Bình" in t for t in texts) and \
                any(re.search(r"Hà Nam|Nam Định", t) and "tỉnh Ninh Bình" not in t for t in texts)
    assert crossed > 10


def test_most_true_pairs_carry_evidence_but_not_all(groups):
    pairs = none = 0
    for g in groups.values():
        for i, a in enumerate(g):
            for b in g[i + 1:]:
                ka, kb = a["_k"], b["_k"]
                shared = (ka[0] and ka[0] == kb[0]) or set(ka[1]) & set(kb[1]) or (ka[2] and ka[2] == kb[2])
                pairs += 1
                none += not shared
    assert 0.05 < none / pairs < 0.3


def test_fifty_thousand_rows_are_fast():
    start = time.perf_counter()
    out = gen.records(50_000, seed=8)
    assert len(out) == 50_000
    assert time.perf_counter() - start < 15
