"""bench/data/resolve/gen_delta.py: interface, determinism, tax codes, sizes, sources, hard cases."""

from __future__ import annotations

import ast
import importlib.util
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_delta.py"
N = 20_000
SEED = 11
PREFIXES = {"18", "22", "63", "15", "13", "21", "03", "01"}
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


@cache
def gen():
    spec = importlib.util.spec_from_file_location("gen_delta_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@cache
def sample():
    return gen().labelled(N, SEED)


def check_ok(code: str) -> bool:
    """Independent re-implementation of the mod-11 check digit."""
    if len(code) != 10 or not code.isdigit():
        return False
    c = 10 - sum(int(d) * w for d, w in zip(code[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and c == int(code[9])


def plain(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).upper()


def digits_only(s: str) -> str:
    return re.sub(r"\D", "", s)


# ---------------------------------------------------------------------------------------------

def test_stdlib_only():
    tree = ast.parse(GEN_PATH.read_text(encoding="utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0
            mods.add(node.module.split(".")[0])
    assert mods, "expected some imports"
    assert mods <= set(sys.stdlib_module_names) | {"__future__"}, mods


def test_docstring_first_line():
    doc = ast.get_docstring(ast.parse(GEN_PATH.read_text(encoding="utf-8")))
    assert doc.splitlines()[0] == (
        "ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number.")
    for s in gen().SOURCES:
        assert s in doc


def test_sources_and_shares():
    g = gen()
    assert isinstance(g.SOURCES, tuple) and len(g.SOURCES) >= 6
    assert set(g.SOURCE_SHARES) == set(g.SOURCES)
    assert abs(sum(g.SOURCE_SHARES.values()) - 1.0) < 1e-9
    _, tags = sample()
    counts = Counter(t[0] for t in tags)
    assert set(counts) == {f"src:{s}" for s in g.SOURCES}
    for s, share in g.SOURCE_SHARES.items():
        assert abs(counts[f"src:{s}"] / N - share) < 0.02, (s, counts[f"src:{s}"] / N)


def test_zero_and_exact_n_and_unique_ids():
    g = gen()
    assert g.records(0) == []
    assert g.labelled(0) == ([], [])
    for n in (1, 2, 7, 313):
        recs = g.records(n, 5)
        assert len(recs) == n
        assert len({r["id"] for r in recs}) == n
    recs, tags = sample()
    assert len(recs) == len(tags) == N
    assert len({r["id"] for r in recs}) == N


def test_keys_and_types():
    recs, tags = sample()
    for r, t in zip(recs, tags, strict=True):
        assert set(r) == {"id", "name", "tax_code", "address", "phone", "truth"}
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"] and r["name"]
        assert isinstance(t, tuple) and t[0].startswith("src:")
        assert all(isinstance(x, str) for x in t)


def test_deterministic_and_seed_dependent():
    g = gen()
    a = g.labelled(3000, 4)
    b = g.labelled(3000, 4)
    assert a == b
    c = g.records(3000, 5)
    assert [r["name"] for r in a[0]] != [r["name"] for r in c]


def test_shuffled_order():
    recs, _ = sample()
    first = [r["truth"] for r in recs[:500]]
    assert first != sorted(first)
    same_next = sum(1 for x, y in zip(first, first[1:], strict=False) if x == y)
    assert same_next < 20


def test_tax_codes_valid_prefixes_and_branches():
    recs, tags = sample()
    customs = [r for r, t in zip(recs, tags, strict=True) if t[0] == "src:customs"]
    assert customs
    for r in customs:  # the customs list always carries a clean code
        m = re.fullmatch(r"(\d{10})(?:\s*[-–]?\s*(\d{3}))?", r["tax_code"])
        assert m, r["tax_code"]
        assert check_ok(m.group(1)), r["tax_code"]
        assert m.group(1)[:2] in PREFIXES
        if m.group(2):
            assert m.group(2).startswith("00") and m.group(2) != "000"
    # every record that shows a clean 10-digit code (not tagged as mistyped) is valid
    bad = 0
    total = 0
    for r, t in zip(recs, tags, strict=True):
        m = re.fullmatch(r"(?:MST:?\s*|Mã số thuế:\s*)?(\d{10})(?:\s*[-–]\s*\d{3})?", r["tax_code"])
        if m and "noise:tax_mistyped" not in t:
            total += 1
            bad += not check_ok(m.group(1)) or m.group(1)[:2] not in PREFIXES
    assert total > N * 0.4 and bad == 0
    # never-issued codes (check would be 10) are never generated
    g = gen()
    assert g.check_digit("180000000") is None or g.check_digit("180000000") in range(10)
    for _ in range(2000):
        first9 = "18" + "".join(random.choice("0123456789") for _ in range(7))
        c = g.check_digit(first9)
        assert (c is None) == ((sum(int(d) * w for d, w in zip(first9, WEIGHTS, strict=True)) % 11) == 0)


def test_mistyped_codes_fail_the_check():
    recs, tags = sample()
    seen = 0
    for r, t in zip(recs, tags, strict=True):
        if "noise:tax_mistyped" in t:
            base = digits_only(r["tax_code"])[:10]
            if len(base) == 10:
                seen += 1
                assert not check_ok(base)
    assert seen > 20


def test_records_per_enterprise():
    recs, _ = sample()
    per = Counter(r["truth"] for r in recs)
    sizes = list(per.values())
    mean = N / len(per)
    single = sum(1 for s in sizes if s == 1) / len(per)
    assert 2.3 <= mean <= 3.0, mean
    assert 0.30 <= single <= 0.45, single
    assert 8 <= max(sizes) <= 12, max(sizes)


def test_pool_grows_with_n():
    g = gen()
    ents = [len({r["truth"] for r in g.records(n, 3)}) for n in (1000, 4000, 16000)]
    assert ents[0] < ents[1] < ents[2]
    for n, e in zip((1000, 4000, 16000), ents, strict=True):
        assert n / 3.0 <= e <= n / 2.3, (n, e)


def test_field_presence_rates():
    recs, tags = sample()
    rate = {f: sum(1 for r in recs if r[f]) / N for f in ("name", "tax_code", "address", "phone")}
    assert rate["name"] == 1.0
    assert 0.50 <= rate["tax_code"] <= 0.80, rate
    assert rate["address"] >= 0.90, rate
    assert 0.75 <= rate["phone"] <= 0.95, rate
    brand_only = sum(1 for t in tags if "noise:brand_only" in t) / N
    assert 0.002 <= brand_only <= 0.03
    flat = Counter(x for t in tags for x in t[1:])
    for tag in ("noise:no_diacritics", "noise:upper", "noise:tax_missing", "noise:tax_spaced", "noise:tax_excel",
                "noise:phone_old_area", "noise:phone_old_mobile", "noise:phone_multi", "noise:english",
                "noise:typo", "noise:mojibake", "noise:wrong_column", "noise:owner_in_name", "place:old",
                "place:new"):
        assert flat[tag] > 0, tag


def test_enterprise_records_share_evidence():
    """Nearly every record shares a tax code, phone or name core with another record of its enterprise."""
    recs, _ = sample()
    by = defaultdict(list)
    for r in recs:
        by[r["truth"]].append(r)
    multi = [v for v in by.values() if len(v) > 1]
    linked = 0
    total = 0
    for group in multi:
        for r in group:
            total += 1
            t = digits_only(r["tax_code"])[:10]
            p = {d[-9:] for d in re.findall(r"\d[\d .()+-]{7,}\d", r["phone"])}
            words = set(plain(r["name"]).split()[-2:])
            for o in group:
                if o is r:
                    continue
                if (t and t == digits_only(o["tax_code"])[:10]) or (
                        p & {d[-9:] for d in re.findall(r"\d[\d .()+-]{7,}\d", o["phone"])}) or (
                        words and words <= set(plain(o["name"]).split())):
                    linked += 1
                    break
    assert linked / total > 0.85, linked / total


# ---------------------------------------------------------------------------------------------
# hard cases

def _with_tag(tag):
    recs, tags = sample()
    return [(r, t) for r, t in zip(recs, tags, strict=True) if tag in t]


def test_namesakes_in_different_places_are_different_enterprises():
    rows = _with_tag("hard:namesake")
    assert len(rows) > 200
    by_name = defaultdict(set)
    addr = defaultdict(set)
    for r, _ in rows:
        key = plain(r["name"])
        by_name[key].add(r["truth"])
        addr[key].add(plain(r["address"]))
    shared = [k for k, v in by_name.items() if len(v) >= 2]
    assert len(shared) >= 5, shared[:5]
    assert any(re.search(r"(DNTN|DOANH NGHIEP TU NHAN).*THANH CONG", k) for k in by_name)
    for k in shared:
        assert len(addr[k]) >= 2


def test_pool_hard_case_structure():
    g = gen()
    ents = g._pool(30_000, random.Random(2))
    truths = [e.truth for e in ents]
    assert len(truths) == len(set(truths))
    # namesakes: same form + industry + core in different districts, different tax codes
    ns = defaultdict(list)
    for e in ents:
        if "namesake" in e.hard:
            ns[(e.form, e.ind, e.core)].append(e)
    groups = [v for v in ns.values() if len(v) > 1]
    assert groups
    for v in groups:
        assert len({e.tax for e in v}) == len(v)
    # legal-form twins: same core, different forms, different codes
    tw = defaultdict(list)
    for e in ents:
        if "form_twin" in e.hard:
            tw[e.core].append(e)
    pairs = [v for v in tw.values() if len({e.form for e in v}) > 1]
    assert len(pairs) > 20
    for v in pairs:
        assert len({e.tax for e in v}) == len(v)
    # branches: own truth, code = parent code + -00n
    parents = {e.tax: e for e in ents if "branch_parent" in e.hard}
    branches = [e for e in ents if "branch" in e.hard]
    assert len(branches) > 20
    matched = 0
    for b in branches:
        assert b.bno >= 1 and b.full_tax == f"{b.tax}-{b.bno:03d}"
        if b.tax in parents:
            matched += 1
            assert parents[b.tax].truth != b.truth
    assert matched > 0.8 * len(branches)
    # family firms: shared phone or address, different enterprises
    by_phone = defaultdict(set)
    for e in ents:
        if "family_phone" in e.hard:
            for m in e.mobiles:
                by_phone[m].add(e.truth)
    assert sum(1 for v in by_phone.values() if len(v) > 1) > 20
    by_addr = defaultdict(set)
    for e in ents:
        if "family_addr" in e.hard:
            by_addr[(e.dist, e.comm, e.house, e.street, e.hamlet)].add(e.truth)
    assert sum(1 for v in by_addr.values() if len(v) > 1) > 10
    # renamed / converted keep the tax code and have at least two records
    ren = [e for e in ents if "renamed" in e.hard]
    conv = [e for e in ents if "converted" in e.hard]
    assert ren and conv
    assert all(e.old_core and e.old_core != e.core for e in ren if not e.fdi)
    assert all(e.old_form == "DNTN" and e.form in ("TNHH", "MTV") for e in conv)
    assert all(e.size >= 2 for e in ren + conv if e is not ents[-1])


def test_legal_form_twins_in_records():
    rows = _with_tag("hard:form_twin")
    assert len(rows) > 100
    by_core = defaultdict(set)
    forms = defaultdict(set)
    for r, t in rows:
        if "noise:owner_in_name" in t or "noise:english" in t or "noise:wrong_column" in t:
            continue
        name = plain(r["name"])
        core = " ".join(name.split()[-2:])
        by_core[core].add(r["truth"])
        if re.search(r"\b(CP|CTCP|CO PHAN)\b", name):
            forms[core].add("CP")
        elif "TNHH" in name or "TRACH NHIEM" in name:
            forms[core].add("TNHH")
    assert any(len(by_core[k]) >= 2 and len(forms[k]) >= 2 for k in by_core)


def test_branches_differ_from_parents_in_records():
    recs, tags = sample()
    parent_truth = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "hard:branch_parent" in t:
            code = digits_only(r["tax_code"])
            if len(code) == 10:
                parent_truth[code].add(r["truth"])
    seen = 0
    for r, t in zip(recs, tags, strict=True):
        if "hard:branch" not in t:
            continue
        m = re.search(r"(\d{10})\s*[-–]?\s*(00\d)", r["tax_code"])
        if not m:
            continue
        if m.group(1) in parent_truth:
            seen += 1
            assert r["truth"] not in parent_truth[m.group(1)]
    assert seen > 10


def test_family_firms_share_a_phone_in_records():
    rows = _with_tag("hard:family_phone")
    by_phone = defaultdict(set)
    for r, _ in rows:
        for d in re.findall(r"\d[\d .()+-]{7,}\d", r["phone"]):
            by_phone[digits_only(d)[-9:]].add(r["truth"])
    assert sum(1 for v in by_phone.values() if len(v) > 1) >= 5


def test_renamed_and_converted_keep_one_truth():
    recs, tags = sample()
    old_new = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "hard:renamed" in t or "hard:converted" in t:
            old_new[r["truth"]].add("old" if "hard:old_name" in t else "new")
    both = [k for k, v in old_new.items() if v == {"old", "new"}]
    assert len(both) > 30
    conv = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "hard:converted" in t:
            name = plain(r["name"])
            if "DNTN" in name or "DOANH NGHIEP TU NHAN" in name or "PRIVATE ENTERPRISE" in name:
                conv[r["truth"]].add("dntn")
            elif "TNHH" in name or "CO., LTD" in name or "TRACH NHIEM" in name:
                conv[r["truth"]].add("tnhh")
    assert sum(1 for v in conv.values() if len(v) == 2) > 10


@pytest.mark.parametrize("seed", [0, 1])
def test_small_runs(seed):
    g = gen()
    recs = g.records(50, seed)
    assert len(recs) == 50
    assert len({r["id"] for r in recs}) == 50


def test_cli_summary(capsys):
    gen().main(["500", "2"])
    out = capsys.readouterr().out
    assert "records: 500" in out
    for s in gen().SOURCES:
        assert s in out
