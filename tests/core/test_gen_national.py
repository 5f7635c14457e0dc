"""Tests for the held-out national CNHT benchmark generator (bench/data/resolve/gen_national.py)."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_national.py"
N = 20_000
HARD_CASES = ("hc:same_name_diff_prov", "hc:same_name_diff_park", "hc:legal_form_twin", "hc:branch",
              "hc:branch_parent", "hc:sister", "hc:renamed", "hc:old_name", "hc:hq_plant", "hc:plant_address")
PREFIXES = {"01", "02", "03", "04", "06", "07", "08", "09", "10", "11", "23", "24", "25", "26", "27", "28",
            "29", "35", "36", "37", "38", "39", "40", "46", "47", "54", "57"}
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _load():
    spec = importlib.util.spec_from_file_location("gen_national_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load()


@pytest.fixture(scope="module")
def data():
    recs, tags = gen.labelled(N, 11)
    return recs, tags


def _valid(code: str) -> bool:
    if not re.fullmatch(r"\d{10}", code):
        return False
    c = 10 - sum(int(d) * w for d, w in zip(code[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and c == int(code[9])


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).upper()
    return " ".join(s.replace("TRACH NHIEM HUU HAN", "TNHH").split())


def _by_truth(recs, tags):
    by = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        by[r["truth"]].append((r, t))
    return by


# --- interface ----------------------------------------------------------------------------------
def test_stdlib_only():
    tree = ast.parse(GEN_PATH.read_text(encoding="utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0
            mods.add(node.module.split(".")[0])
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    assert mods <= allowed, mods - allowed


def test_docstring_first_line():
    doc = ast.get_docstring(ast.parse(GEN_PATH.read_text(encoding="utf-8")), clean=False)
    assert doc.splitlines()[0] == (
        "ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number.")
    assert gen.__doc__.splitlines()[0] == doc.splitlines()[0]


def test_zero_and_negative():
    assert gen.records(0) == []
    assert gen.labelled(0) == ([], [])


@pytest.mark.parametrize("n", [1, 2, 7, 100, 3001])
def test_exact_n_unique_ids_keys(n):
    recs = gen.records(n, seed=3)
    assert len(recs) == n
    assert len({r["id"] for r in recs}) == n
    for r in recs:
        assert set(r) == {"id", "name", "tax_code", "address", "phone", "truth"}
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"] and r["name"]


def test_deterministic_and_seed_dependent():
    a = gen.records(1500, seed=5)
    assert a == gen.records(1500, seed=5)
    assert a != gen.records(1500, seed=6)
    la, ta = gen.labelled(1500, seed=5)
    assert la == a and len(ta) == len(a)


def test_sources_and_shares_declared():
    assert isinstance(gen.SOURCES, tuple) and len(gen.SOURCES) >= 6
    assert set(gen.SOURCE_SHARES) == set(gen.SOURCES)
    assert abs(sum(gen.SOURCE_SHARES.values()) - 1.0) < 1e-9


def test_tags_structure(data):
    recs, tags = data
    assert len(tags) == len(recs)
    ids_by_src = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        assert isinstance(t, tuple) and t[0].startswith("src:")
        assert t[0][4:] in gen.SOURCES
        assert all(isinstance(x, str) for x in t)
        ids_by_src[t[0]].add(r["id"].split("-")[0])
    assert all(len(v) == 1 for v in ids_by_src.values())


def test_source_shares_observed(data):
    _recs, tags = data
    c = Counter(t[0][4:] for t in tags)
    for s, share in gen.SOURCE_SHARES.items():
        assert abs(c[s] / N - share) < 0.02, (s, c[s] / N, share)


# --- tax codes ----------------------------------------------------------------------------------
def test_check_digit_function():
    # 0*31+1*29+0*23+1*19+2*17+3*13+4*7+5*5+6*3 = 192; 192 mod 11 = 5; check = 10 - 5 = 5
    assert gen.check_digit("010123456") == 5
    assert gen.tax_valid("0101234565") and not gen.tax_valid("0101234566")
    for first9 in ("010000000", "370123456", "230987654", "031111111"):
        c = 10 - sum(int(d) * w for d, w in zip(first9, WEIGHTS, strict=True)) % 11
        assert gen.check_digit(first9) == (None if c == 10 else c)


def test_registry_tax_codes_valid(data):
    recs, tags = data
    seen = {}
    n_branch = 0
    for r, t in zip(recs, tags, strict=True):
        if t[0] != "src:dkkd_registry":
            continue
        code = r["tax_code"]
        m = re.fullmatch(r"(\d{10})(-00[1-9])?", code)
        assert m, code
        assert _valid(m.group(1)), code
        assert m.group(1)[:2] in PREFIXES
        if m.group(2):
            n_branch += 1
            assert "hc:branch" in t
        assert seen.setdefault(code, r["truth"]) == r["truth"], "one tax code, one enterprise"
    assert n_branch > 50


def test_clean_tax_codes_map_one_to_one(data):
    recs, _tags = data
    code_truth = {}
    truth_code = defaultdict(set)
    for r in recs:
        code = r["tax_code"]
        if re.fullmatch(r"\d{10}(-\d{3})?", code) and _valid(code[:10]):
            code_truth.setdefault(code, set()).add(r["truth"])
            truth_code[r["truth"]].add(code)
    assert all(len(v) == 1 for v in code_truth.values())
    multi = sum(1 for v in truth_code.values() if len(v) > 1)
    # only mistyped codes that happen to pass the check digit may add a second code
    assert multi < 0.01 * len(truth_code)


def test_branch_codes_link_to_parent(data):
    recs, tags = data
    truths_by_code = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if t[0] == "src:dkkd_registry":
            truths_by_code[r["tax_code"]].add(r["truth"])
    branches = [c for c in truths_by_code if "-" in c]
    linked = [c for c in branches if c.split("-")[0] in truths_by_code]
    assert linked
    for c in linked:
        assert truths_by_code[c] != truths_by_code[c.split("-")[0]], "branch is its own enterprise"


# --- sizes --------------------------------------------------------------------------------------
def test_records_per_enterprise(data):
    recs, _tags = data
    sizes = Counter(Counter(r["truth"] for r in recs).values())
    ents = sum(sizes.values())
    assert 2.3 <= N / ents <= 3.0
    assert 0.30 <= sizes[1] / ents <= 0.45
    assert 8 <= max(sizes) <= 12


def test_pool_grows_with_n():
    small = len({r["truth"] for r in gen.records(5_000, 2)})
    large = len({r["truth"] for r in gen.records(20_000, 2)})
    assert 3.5 <= large / small <= 4.5
    assert 20_000 / 3.0 <= large <= 20_000 / 2.3


# --- fields -------------------------------------------------------------------------------------
def test_field_presence(data):
    recs, _tags = data
    rate = {f: sum(1 for r in recs if r[f]) / N for f in ("name", "tax_code", "address", "phone")}
    assert rate["name"] == 1.0
    assert 0.50 <= rate["tax_code"] <= 0.75
    assert 0.80 <= rate["address"] <= 0.97
    assert 0.70 <= rate["phone"] <= 0.90


def test_noise_present(data):
    _recs, tags = data
    flat = Counter(x for t in tags for x in t)
    for tag in ("noise:upper", "noise:no_diacritics", "noise:form_variant", "noise:form_dropped",
                "noise:english_name", "noise:typo", "noise:truncated", "noise:tax_excel", "noise:tax_spaced",
                "noise:tax_typo", "noise:phone_intl", "noise:phone_old_area", "noise:phone_old_mobile",
                "noise:phone_multi", "noise:phone_ext", "noise:addr_old_province", "noise:addr_english",
                "noise:addr_missing", "noise:swapped_columns", "noise:hanviet", "noise:romanisation"):
        assert flat[tag] > 0, tag
    assert flat["noise:mojibake_vni"] + flat["noise:mojibake_tcvn3"] > 0


def test_vcci_names_cut(data):
    recs, tags = data
    vcci = [r["name"] for r, t in zip(recs, tags, strict=True) if t[0] == "src:vcci_dir"]
    assert vcci and max(len(x) for x in vcci) <= 40


# --- hard cases ---------------------------------------------------------------------------------
def test_every_hard_case_present(data):
    _recs, tags = data
    flat = Counter(x for t in tags for x in t)
    for hc in HARD_CASES:
        assert flat[hc] >= 30, hc


def test_same_name_different_enterprises(data):
    recs, tags = data
    groups = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if t[0] == "src:dkkd_registry" and ("hc:same_name_diff_prov" in t or "hc:same_name_diff_park" in t):
            groups[_norm(r["name"])].add(r["truth"])
    assert sum(1 for v in groups.values() if len(v) >= 2) >= 10


def test_legal_form_twins(data):
    recs, tags = data
    by_core = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if t[0] == "src:dkkd_registry" and "hc:legal_form_twin" in t:
            nm = _norm(r["name"])
            core = re.sub(r"^(CONG TY TNHH MOT THANH VIEN|CONG TY TNHH|CONG TY CO PHAN|DOANH NGHIEP TU NHAN) ",
                          "", nm)
            by_core[core].add((nm, r["truth"]))
    twins = [v for v in by_core.values() if len({x[1] for x in v}) >= 2 and len({x[0] for x in v}) >= 2]
    assert len(twins) >= 5


def test_renamed_share_tax_code(data):
    recs, tags = data
    found = 0
    for lst in _by_truth(recs, tags).values():
        if not any("hc:renamed" in t for _r, t in lst):
            continue
        olds = {_norm(r["name"]) for r, t in lst if "hc:old_name" in t}
        news = {_norm(r["name"]) for r, t in lst if "hc:old_name" not in t}
        if olds and news and not olds & news:
            found += 1
    assert found >= 20


def test_hq_plant_records_linked(data):
    recs, tags = data
    found = 0
    for lst in _by_truth(recs, tags).values():
        plant = [r for r, t in lst if "hc:plant_address" in t]
        hq = [r for r, t in lst if "hc:hq_plant" in t and "hc:plant_address" not in t]
        if plant and hq:
            found += 1
            for r in plant:
                assert r["tax_code"] or r["phone"] or "ĐT:" in r["address"]
    assert found >= 30


def test_sisters_share_address_or_phone(data):
    recs, tags = data
    reg = [(r, t) for r, t in zip(recs, tags, strict=True) if "hc:sister" in t and t[0] == "src:dkkd_registry"]
    by_addr = defaultdict(set)
    for r, _t in reg:
        by_addr[_norm(r["address"]).split(",")[0]].add(r["truth"])
    assert any(len(v) >= 2 for v in by_addr.values())


def test_hard_case_records_carry_an_identifier(data):
    recs, tags = data
    need = {"hc:same_name_diff_prov", "hc:same_name_diff_park", "hc:legal_form_twin", "hc:sister",
            "hc:old_name", "hc:plant_address"}
    tot = bad = 0
    for r, t in zip(recs, tags, strict=True):
        if need & set(t):
            tot += 1
            bad += not (r["tax_code"] or r["phone"])
    assert tot and bad / tot < 0.02


def test_main_prints_summary(capsys):
    gen.main(["300", "2"])
    out = capsys.readouterr().out
    assert "300 records" in out and "sources:" in out
