"""Tests for the held-out benchmark generator bench/data/resolve/gen_coast.py (new Hải Phòng, 2025)."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_coast.py"
N = 20000
SEED = 3
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
TAX_NOISE = {
    "no_tax",
    "tax_typo",
    "tax_lost_zero",
    "tax_sci",
    "tax_spaced",
    "tax_dotted",
    "tax_prefixed",
    "branch_no_dash",
    "tax_parent_for_branch",
    "vendor_code_in_tax",
}
PREFIXES = {"01", "02", "03", "08", "23", "57"}
PARKS = (
    "NAM DINH VU",
    "DINH VU",
    "DEEP C",
    "TRANG DUE",
    "VSIP",
    "NOMURA",
    "AN DUONG",
    "DAI AN",
    "NAM SACH",
    "PHUC DIEN",
    "TAN TRUONG",
    "LAI VU",
    "CONG HOA",
    "LAI KHE",
    "BA HANG",
    "CAM THUONG",
    "VIET HOA",
    "CAO AN",
    "VINH NIEM",
)
FORMS = (
    ("CONG TY TRACH NHIEM HUU HAN MOT THANH VIEN", "tnhh"),
    ("CONG TY TRACH NHIEM HUU HAN", "tnhh"),
    ("CONG TY TNHH MOT THANH VIEN", "tnhh"),
    ("CONG TY TNHH MTV", "tnhh"),
    ("CONG TY TNHH 1TV", "tnhh"),
    ("CTY TNHH 1 TV", "tnhh"),
    ("CTY TNHH MTV", "tnhh"),
    ("CONG TY TNHH", "tnhh"),
    ("CTY TNHH", "tnhh"),
    ("CONG TY CO PHAN", "cp"),
    ("CONG TY CP", "cp"),
    ("CTY CO PHAN", "cp"),
    ("CTY CP", "cp"),
    ("CTCP", "cp"),
)


def _load():
    spec = importlib.util.spec_from_file_location("gen_coast", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_coast"] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load()


@pytest.fixture(scope="module")
def data():
    recs, tags = gen.labelled(N, SEED)
    return recs, tags


def _fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _check_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{10}", code):
        return False
    c = 10 - sum(int(d) * w for d, w in zip(code[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and int(code[9]) == c


def _clean_tax(rec, tags):
    """The tax code of a record whose tax cell carries no formatting noise, else None."""
    if TAX_NOISE & set(tags):
        return None
    code = rec["tax_code"].replace(" ", "")
    return code if re.fullmatch(r"\d{10}(-\d{3})?", code) else None


def _split_form(name: str):
    """(legal form kind, body) of an official-looking Vietnamese name, or None."""
    up = _fold(name).upper().strip()
    for form, kind in FORMS:
        if up.startswith(form + " "):
            return kind, up[len(form) + 1 :].strip()
    return None


# --- module contract ----------


def test_generator_imports_only_stdlib():
    tree = ast.parse(GEN_PATH.read_text(encoding="utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0
            mods.add(node.module.split(".")[0])
    assert mods, "expected some imports"
    assert mods <= set(sys.stdlib_module_names) | {"__future__"}, mods - set(sys.stdlib_module_names)


def test_docstring_first_line():
    doc = ast.get_docstring(ast.parse(GEN_PATH.read_text(encoding="utf-8")))
    assert doc.splitlines()[0] == (
        "ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number."
    )
    for src in gen.SOURCES:
        assert src in doc


def test_sources_and_shares_declared():
    assert isinstance(gen.SOURCES, tuple) and len(gen.SOURCES) >= 6
    assert set(gen.SOURCE_SHARES) == set(gen.SOURCES)
    assert abs(sum(gen.SOURCE_SHARES.values()) - 1.0) < 1e-9


def test_zero_and_tiny():
    assert gen.records(0) == []
    assert gen.labelled(0) == ([], [])
    for n in (1, 2, 3, 7, 40):
        recs = gen.records(n, 1)
        assert len(recs) == n
        assert len({r["id"] for r in recs}) == n


def test_exact_n_unique_ids_keys_and_types(data):
    recs, tags = data
    assert len(recs) == N and len(tags) == N
    assert len({r["id"] for r in recs}) == N
    for r in recs:
        assert set(r) == {"id", "name", "tax_code", "address", "phone", "truth"}
        assert all(isinstance(v, str) for v in r.values())
        assert r["name"].strip() and r["truth"]


def test_deterministic_and_seed_dependent():
    a = gen.records(3000, 7)
    assert a == gen.records(3000, 7)
    b = gen.records(3000, 8)
    assert [r["name"] for r in a] != [r["name"] for r in b]
    recs, tags = gen.labelled(3000, 7)
    assert recs == a
    assert all(t[0].startswith("src:") and t[0][4:] in gen.SOURCES for t in tags)


def test_records_of_one_enterprise_are_never_adjacent(data):
    recs, _ = data
    assert all(recs[i]["truth"] != recs[i - 1]["truth"] for i in range(1, len(recs)))


# --- tax codes ----------


def test_clean_tax_codes_have_valid_check_digits_and_prefixes(data):
    recs, tags = data
    seen = 0
    for r, t in zip(recs, tags, strict=True):
        code = _clean_tax(r, t)
        if code is None:
            continue
        seen += 1
        assert _check_ok(code[:10]), (code, t)
        assert code[:2] in PREFIXES, code
        if len(code) > 10:
            assert re.fullmatch(r"\d{10}-00[1-9]", code), code
    assert seen > N * 0.5


HP_PARKS = ("TRANG DUE", "VSIP HAI PHONG", "NOMURA", "DINH VU", "DEEP C", "KCN AN DUONG", "VINH NIEM")
HD_PARKS = (
    "DAI AN",
    "NAM SACH",
    "PHUC DIEN",
    "TAN TRUONG",
    "LAI VU",
    "CONG HOA",
    "LAI KHE",
    "BA HANG",
    "CAM THUONG",
    "CCN VIET HOA",
    "CAO AN",
)


def test_tax_prefix_matches_the_old_province_of_the_site(data):
    recs, tags = data
    checked = 0
    for r, t in zip(recs, tags, strict=True):
        code = _clean_tax(r, t)
        if not code or len(code) != 10 or "branch" in t:
            continue
        addr = _fold(r["address"]).upper()
        if code.startswith("02"):
            assert not any(p in addr for p in HD_PARKS), (code, r["address"])
            checked += 1
        elif code.startswith("08"):
            assert not any(p in addr for p in HP_PARKS), (code, r["address"])
            checked += 1
    assert checked > N * 0.4


def test_tax_typos_break_the_check_digit(data):
    recs, tags = data
    typos = [r["tax_code"] for r, t in zip(recs, tags, strict=True) if "tax_typo" in t]
    assert len(typos) > 100
    digits = [re.sub(r"\D", "", c)[:10] for c in typos]
    bad = sum(1 for d in digits if len(d) == 10 and not _check_ok(d))
    assert bad / len(typos) > 0.75


def test_one_tax_code_per_enterprise(data):
    recs, tags = data
    by_truth, by_code = defaultdict(set), defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        code = _clean_tax(r, t)
        if code:
            by_truth[r["truth"]].add(code)
            by_code[code].add(r["truth"])
    assert all(len(v) == 1 for v in by_truth.values())
    assert all(len(v) == 1 for v in by_code.values())


def test_tax_format_noise_present(data):
    _, tags = data
    c = Counter(x for t in tags for x in t)
    for tag in ("tax_lost_zero", "tax_spaced", "tax_dotted", "tax_prefixed", "tax_typo", "no_tax"):
        assert c[tag] > 20, tag
    assert 0 < c["tax_sci"] + c["branch_no_dash"]


def test_customs_always_has_tax_code(data):
    recs, tags = data
    cust = [r for r, t in zip(recs, tags, strict=True) if t[0] == "src:customs"]
    assert cust and all(r["tax_code"] for r in cust)


# --- structure ----------


def test_records_per_enterprise_distribution(data):
    recs, _ = data
    per = Counter(r["truth"] for r in recs)
    sizes = Counter(per.values())
    ents = len(per)
    assert 2.3 <= N / ents <= 3.0
    assert 0.30 <= sizes[1] / ents <= 0.45
    assert 8 <= max(per.values()) <= 12


def test_pool_grows_with_n():
    small = len({r["truth"] for r in gen.records(4000, 1)})
    big = len({r["truth"] for r in gen.records(16000, 1)})
    assert 3.5 <= big / small <= 4.5
    assert abs(big - 16000 / 2.6) / (16000 / 2.6) < 0.15


def test_source_shares_within_tolerance(data):
    _, tags = data
    c = Counter(t[0][4:] for t in tags)
    for src, share in gen.SOURCE_SHARES.items():
        assert abs(c[src] / N - share) < 0.015, (src, c[src] / N, share)


def test_field_presence_rates(data):
    recs, _ = data
    rate = {k: sum(1 for r in recs if r[k]) / N for k in ("tax_code", "address", "phone")}
    assert 0.70 <= rate["tax_code"] <= 0.88, rate
    assert rate["address"] >= 0.92, rate
    assert 0.55 <= rate["phone"] <= 0.80, rate
    # a small, realistic share of records is only a brand plus a phone
    thin = sum(1 for r in recs if not r["tax_code"] and not r["address"])
    assert thin / N < 0.05


def test_source_habits(data):
    recs, tags = data
    by = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        by[t[0][4:]].append((r, t))
    moj = sum(1 for _, t in by["hd_doit"] if "mojibake_vni" in t or "mojibake_tcvn3" in t)
    assert moj > 0
    assert any("§" in r["name"] or "«" in r["name"] or "oâ" in r["name"] for r, _ in by["hd_doit"])
    eng = sum(1 for _, t in by["anchor_avl"] if "english_name" in t)
    assert eng / len(by["anchor_avl"]) > 0.7
    assert all(r["name"] == r["name"].upper() for r, _ in by["customs"])
    assert any("(máy lẻ" in r["phone"] or "ext" in r["phone"] for r, _ in by["port_dir"] + by["anchor_avl"])
    assert any("@" in r["phone"] for r, _ in by["fair"])
    hd_old = sum(
        1 for r, _ in by["hd_doit"] if "Hải Phòng" in r["address"] and "Hải Dương" not in r["address"]
    )
    assert hd_old / len(by["hd_doit"]) < 0.02  # a pre-merger list never says the new city


def test_old_and_new_admin_units_both_present(data):
    recs, tags = data
    c = Counter(x for t in tags for x in t)
    assert c["old_admin"] > N * 0.2 and c["new_admin"] > N * 0.1 and c["mixed_admin"] > 0
    text = " ".join(r["address"] for r in recs)
    assert "huyện Cẩm Giàng" in text or "H. Cẩm Giàng" in text
    assert "Mao Điền" in text and "An Phong" in text


# --- hard cases ----------


def _bodies(recs, tags, tag):
    groups = defaultdict(lambda: defaultdict(set))
    for r, t in zip(recs, tags, strict=True):
        if tag not in t or "mojibake_vni" in t or "mojibake_tcvn3" in t or "old_name" in t:
            continue
        got = _split_form(r["name"])
        if got:
            groups[got[1]][r["truth"]].add(got[0])
    return groups


def test_namesakes_in_different_parks_are_different_enterprises(data):
    recs, tags = data
    groups = _bodies(recs, tags, "namesake")
    multi = {b: g for b, g in groups.items() if len(g) >= 2}
    assert len(multi) >= 10
    info = defaultdict(lambda: (set(), set()))
    for r, t in zip(recs, tags, strict=True):
        if "namesake" in t:
            code = _clean_tax(r, t)
            if code:
                info[r["truth"]][0].add(code[:2])
            addr = _fold(r["address"]).upper()
            park = next((p for p in PARKS if p in addr), None)
            if park:
                info[r["truth"]][1].add(park)
    diff_prefix = diff_park = 0
    for g in multi.values():
        a, b = list(g)[:2]
        if info[a][0] and info[b][0] and info[a][0] != info[b][0]:
            diff_prefix += 1
        if info[a][1] and info[b][1] and not info[a][1] & info[b][1]:
            diff_park += 1
    assert diff_prefix >= 5 and diff_park >= 5


def test_legal_form_twins_are_different_enterprises(data):
    recs, tags = data
    groups = _bodies(recs, tags, "form_twin")
    twins = 0
    for g in groups.values():
        kinds = [k for ks in g.values() for k in ks]
        if len(g) >= 2 and "cp" in kinds and "tnhh" in kinds:
            twins += 1
    assert twins >= 10


def test_branches_differ_from_their_parents(data):
    recs, tags = data
    parents = {}
    branches = []
    for r, t in zip(recs, tags, strict=True):
        code = _clean_tax(r, t)
        if not code:
            continue
        if "parent" in t and len(code) == 10:
            parents[code] = r["truth"]
        if "branch" in t and len(code) == 14:
            branches.append((code, r))
    pairs = [(parents[c[:10]], r["truth"]) for c, r in branches if c[:10] in parents]
    assert len(pairs) >= 20
    assert all(p != b for p, b in pairs)
    # a branch row that carries the parent's 10-digit code still belongs to the branch
    for r, t in zip(recs, tags, strict=True):
        if "tax_parent_for_branch" in t:
            assert parents.get(r["tax_code"]) != r["truth"]
            assert "Chi nh" in r["name"] or r["name"].startswith("CN ")


def test_sister_firms_share_a_phone_but_not_a_truth(data):
    recs, tags = data
    phones = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "sister" in t and "shared_phone" in t and r["phone"] and "@" not in r["phone"]:
            cell = r["phone"].replace("Tel: ", "").replace("ĐT: ", "")
            first = re.split(r";| - |/|,|Fax|ext|\(máy", cell)[0]
            digits = re.sub(r"\D", "", first)
            if len(digits) >= 9:
                phones[digits[-7:]].add(r["truth"])
    shared = [v for v in phones.values() if len(v) >= 2]
    assert len(shared) >= 10


def test_renamed_firms_keep_their_truth_and_tax_code(data):
    recs, tags = data
    old, new = defaultdict(set), defaultdict(set)
    codes = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "renamed" not in t:
            continue
        key = _split_form(r["name"])
        (old if "old_name" in t else new)[r["truth"]].add(key[1] if key else _fold(r["name"]).upper())
        code = _clean_tax(r, t)
        if code:
            codes[r["truth"]].add(code)
    both = [k for k in old if k in new]
    assert len(both) >= 20
    assert all(len(codes[k]) <= 1 for k in both)
    changed = sum(1 for k in both if not old[k] & new[k])
    assert changed >= len(both) * 0.4


def test_old_name_records_can_be_linked(data):
    recs, tags = data
    for r, t in zip(recs, tags, strict=True):
        if "old_name" in t:
            assert r["tax_code"] or r["phone"]


def test_hard_case_rates(data):
    recs, tags = data
    ents = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        ents[r["truth"]].update(t)
    total = len(ents)
    for tag, lo, hi in (
        ("namesake", 0.02, 0.08),
        ("form_twin", 0.015, 0.07),
        ("sister", 0.03, 0.12),
        ("branch", 0.02, 0.10),
        ("parent", 0.01, 0.07),
        ("renamed", 0.02, 0.08),
    ):
        share = sum(1 for v in ents.values() if tag in v) / total
        assert lo <= share <= hi, (tag, share)


def test_speed_smoke():
    t0 = time.perf_counter()
    recs = gen.records(60000, 11)
    assert len(recs) == 60000
    assert time.perf_counter() - t0 < 20
