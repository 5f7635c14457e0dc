"""The central (new Đà Nẵng, incl. former Quảng Nam) entity-resolution generator: contract and shares."""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import sys
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_central.py"
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
N = 20_000
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _load():
    spec = importlib.util.spec_from_file_location("gen_central_under_test", PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load()


def valid(code10: str) -> bool:
    """Mod-11 check digit, written here independently of the generator."""
    if len(code10) != 10 or not code10.isdigit():
        return False
    c = 10 - sum(w * int(d) for w, d in zip(WEIGHTS, code10[:9], strict=True)) % 11
    return c < 10 and c == int(code10[9])


@pytest.fixture(scope="module")
def data():
    return gen.labelled(N, 0)


def _ent_tags(recs, tags):
    out = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        out[r["truth"]].update(t)
    return out


def test_docstring_and_stdlib_only():
    text = PATH.read_text(encoding="utf-8")
    tree = ast.parse(text)
    doc = ast.get_docstring(tree)
    assert doc.splitlines()[0].startswith("ALL DATA IS SYNTHETIC.")
    assert "real enterprise" in doc.splitlines()[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                pytest.fail("relative import")
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top == "__future__" or top in sys.stdlib_module_names, name


def test_deterministic_and_seed_dependent():
    a = gen.records(3000, 7)
    assert a == gen.records(3000, 7)
    assert a != gen.records(3000, 8)
    recs, tags = gen.labelled(3000, 7)
    assert recs == a and len(tags) == 3000


@pytest.mark.parametrize("n", [1, 2, 17, 999, 4321])
def test_exact_n(n):
    recs = gen.records(n, 3)
    assert len(recs) == n
    assert len({r["id"] for r in recs}) == n


def test_zero():
    assert gen.records(0) == []


def test_keys_types_ids(data):
    recs, tags = data
    assert len(recs) == N == len(tags)
    for r in recs:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert r["truth"]
    assert len({r["id"] for r in recs}) == N
    assert all(isinstance(t, tuple) and t[0].startswith("src:") for t in tags)
    # shuffled: neighbouring records rarely belong to the same enterprise
    same = sum(recs[i]["truth"] == recs[i + 1]["truth"] for i in range(N - 1))
    assert same < N * 0.01


def test_clean_tax_codes_have_valid_check_digit(data):
    recs, tags = data
    seen = 0
    for r, t in zip(recs, tags, strict=True):
        code = r["tax_code"]
        if "tax_typo" in t:
            continue
        m = re.fullmatch(r"(\d{10})(-\d{3})?", code)
        if m:
            seen += 1
            assert valid(m.group(1)), code
    assert seen > N * 0.3
    assert all(c is None or 0 <= c <= 9 for c in (gen.check_digit(f"{i:09d}") for i in range(0, 10**9, 7919**2)))


def test_tax_prefixes_and_branch_codes(data):
    recs, tags = data
    clean = [r["tax_code"] for r, t in zip(recs, tags, strict=True)
             if "tax_typo" not in t and re.fullmatch(r"\d{10}(-\d{3})?", r["tax_code"])]
    prefixes = Counter(c[:2] for c in clean)
    assert prefixes["04"] > prefixes["40"] * 0.5 and prefixes["40"] > 0
    assert prefixes["01"] + prefixes["03"] > 0
    assert any(re.fullmatch(r"\d{10}-00[1-9]", c) for c in clean)


def test_records_per_enterprise(data):
    recs, _ = data
    per = Counter(r["truth"] for r in recs)
    sizes = Counter(per.values())
    singles = sizes[1] / len(per)
    assert 0.30 <= singles <= 0.45
    assert 2.2 <= N / len(per) <= 3.3
    assert max(per.values()) >= 8
    assert sum(v for k, v in sizes.items() if k >= 3) > len(per) * 0.3


def test_enterprise_pool_grows_with_n():
    small = len({r["truth"] for r in gen.records(2000, 0)})
    big = len({r["truth"] for r in gen.records(8000, 0)})
    assert 3.3 < big / small < 4.7


def test_source_shares(data):
    _, tags = data
    c = Counter(t[0][4:] for t in tags)
    assert set(c) == set(gen.SOURCES)
    for src, share in gen.SOURCE_SHARES.items():
        assert abs(c[src] / N - share) < 0.03, (src, c[src] / N, share)
    assert abs(sum(gen.SOURCE_SHARES.values()) - 1) < 0.02


def test_hard_case_shares(data):
    recs, tags = data
    ents = _ent_tags(recs, tags)
    c = Counter(x for s in ents.values() for x in s)
    for tag, share in gen.HARD_CASE_SHARES.items():
        got = c[tag] / len(ents)
        assert share / 2 < got < share * 2, (tag, got, share)


def test_noise_shares(data):
    _, tags = data
    c = Counter(x for t in tags for x in set(t))
    for tag, share in gen.NOISE_SHARES.items():
        got = c[tag] / N
        assert share * 0.6 < got < share * 1.5, (tag, got, share)


def test_field_presence(data):
    recs, _ = data
    for key, lo, hi in (("tax_code", 0.55, 0.8), ("phone", 0.6, 0.8), ("address", 0.8, 0.95), ("name", 0.99, 1)):
        share = sum(1 for r in recs if r[key]) / N
        assert lo <= share <= hi, (key, share)


def test_jetro_only_japanese_and_doit_only_quang_nam(data):
    recs, tags = data
    for r, t in zip(recs, tags, strict=True):
        if t[0] == "src:jetro":
            assert "origin:jp" in t
        if t[0] == "src:qn_doit" and r["address"] and "no_diacritics" not in t and "vni" not in t \
                and "mojibake" not in t and "typo" not in t:
            addr = " ".join(r["address"].split())
            assert "Quảng Nam" in addr or "Quảng Nam" in addr.title(), r["address"]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", gen.strip_marks(s).upper()).strip()


def test_namesakes_are_different_enterprises(data):
    recs, tags = data
    by_name = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "namesake" in t and t[0] == "src:registry":
            by_name[_norm(r["name"])].add(r["truth"])
    assert sum(1 for v in by_name.values() if len(v) > 1) >= 10


def test_legal_form_twins_are_different_enterprises(data):
    recs, tags = data
    forms = r"^(CONG TY TNHH MTV|CONG TY TNHH|CONG TY CO PHAN|DOANH NGHIEP TU NHAN|HOP TAC XA) "
    by_core = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "legal_form_twin" in t and t[0] == "src:registry" and "old_name" not in t:
            name = _norm(r["name"])
            if re.match(forms, name):
                by_core[re.sub(forms, "", name)].add((re.match(forms, name).group(1), r["truth"]))
    pairs = [v for v in by_core.values() if len({f for f, _ in v}) > 1]
    assert len(pairs) >= 5
    for v in pairs:
        assert len({e for _, e in v}) > 1


def test_branches_and_parents(data):
    recs, tags = data
    parent_codes = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "parent" in t and re.fullmatch(r"\d{10}", r["tax_code"]) and "tax_typo" not in t:
            parent_codes[r["tax_code"]].add(r["truth"])
    linked = 0
    for r, t in zip(recs, tags, strict=True):
        m = re.fullmatch(r"(\d{10})-(\d{3})", r["tax_code"])
        if "branch" in t and m and "tax_typo" not in t and m.group(1) in parent_codes:
            assert r["truth"] not in parent_codes[m.group(1)]
            linked += 1
    assert linked >= 10
    # some branch records carry only the parent's 10-digit code
    assert any("parent_code" in t and re.fullmatch(r"\d{10}", r["tax_code"])
               for r, t in zip(recs, tags, strict=True))


def test_sister_firms_share_switchboard_not_truth(data):
    recs, tags = data
    by_phone = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "sister" in t and t[0] == "src:registry" and r["phone"]:
            digits = re.sub(r"\D", "", r["phone"].split("m")[0].split("e")[0])
            by_phone[digits[-7:]].add(r["truth"])
    assert sum(1 for v in by_phone.values() if len(v) > 1) >= 3


def test_hard_spellings_present(data):
    recs, tags = data
    c = Counter(x for t in tags for x in t)
    for tag in ("katakana", "romaji_variant", "parent_name", "han_viet", "vendor_code", "truncated", "vni",
                "mojibake", "old_phone", "abbrev", "english_name", "old_name", "old_site"):
        assert c[tag] > 0, tag
    names = [r["name"] for r in recs]
    assert any(re.search(r"[\u30a0-\u30ff]", n) for n in names)
    assert any(re.search(r"E\+\d\d$", r["tax_code"]) for r in recs)
    assert any(r["phone"].startswith(("0511", "(0511)", "0510", "(0510)")) for r in recs)
    assert any(re.fullmatch(r"01\d{9}", r["phone"]) for r in recs)
    assert any("@" in r["phone"] for r in recs)
    assert any(r["phone"].startswith(("1900", "1800")) for r in recs)


def test_main_prints_summary():
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert gen.main(["1500", "2"]) == 0
    out = buf.getvalue()
    assert "records            1500" in out and "enterprises" in out and "sources" in out
    assert "with tax_code" in out and "time" in out
