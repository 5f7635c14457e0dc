"""Tests for the held-out Thanh Hóa / Nghệ An CNHT benchmark generator (bench/data/resolve/gen_thanhnghe.py)."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_thanhnghe.py"
CLEAN_TAX = re.compile(r"^(\d{10})(-\d{3})?$")
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
N = 20_000


def _load():
    spec = importlib.util.spec_from_file_location("gen_thanhnghe", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


gen = _load()


@cache
def _data(n: int = N, seed: int = 0):
    return gen.labelled(n, seed)


def _fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _tokens(name: str) -> set[str]:
    s = _fold(name).lower()
    for ch in "()[],/-":
        s = s.replace(ch, " ")
    return {t for t in s.split() if t not in gen.LEGAL_TOKENS}


def _legal_prefixes() -> tuple[str, ...]:
    out = set()
    for full, abbr, _en in gen.FORMS.values():
        out.update(_fold(x).upper() + " " for x in full + abbr)
    return tuple(sorted(out, key=len, reverse=True))


def _core(name: str) -> tuple[str, ...]:
    """Name without its leading legal form, folded, as an ordered word tuple."""
    s = _fold(name).upper()
    for p in _legal_prefixes():
        if s.startswith(p):
            s = s[len(p):]
            break
    return tuple(s.split())


def _valid(code: str) -> bool:
    c = 10 - sum(int(d) * w for d, w in zip(code[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and c == int(code[9])


def _clean_taxes(recs, tags):
    """(truth, tax) pairs for tax cells the labels do not mark as damaged."""
    bad = {"noise:tax_typo", "noise:tax_spaced", "noise:tax_excel", "noise:tax_irc", "noise:wrong_column"}
    out = []
    for r, t in zip(recs, tags, strict=True):
        if r["tax_code"] and not bad.intersection(t):
            tax = r["tax_code"].removeprefix("MST: ")
            out.append((r["truth"], tax))
    return out


def _by_truth(recs, tags):
    groups = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        groups[r["truth"]].append((r, t))
    return groups


# --- interface --------------------------------------------------------------------------------------


def test_stdlib_only_imports():
    tree = ast.parse(GEN_PATH.read_text(encoding="utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0
            mods.add((node.module or "").split(".")[0])
    assert mods, "expected some imports"
    assert mods <= set(sys.stdlib_module_names) | {"__future__"}, mods


def test_docstring_first_line():
    doc = ast.get_docstring(ast.parse(GEN_PATH.read_text(encoding="utf-8")))
    assert doc.splitlines()[0] == (
        "ALL DATA IS SYNTHETIC. No record names a real enterprise, person or telephone number."
    )
    assert gen.__doc__.splitlines()[0] == doc.splitlines()[0]


def test_sources_and_shares_declared():
    assert isinstance(gen.SOURCES, tuple) and len(gen.SOURCES) >= 6
    assert set(gen.SOURCE_SHARES) == set(gen.SOURCES)
    assert abs(sum(gen.SOURCE_SHARES.values()) - 1.0) < 1e-9


def test_zero_and_exact_n():
    assert gen.records(0) == []
    assert gen.labelled(0) == ([], [])
    for n in (1, 2, 7, 133, 1000):
        recs = gen.records(n, seed=5)
        assert len(recs) == n
        recs2, tags = gen.labelled(n, seed=5)
        assert len(tags) == n and recs2 == recs


def test_deterministic_and_seed_dependent():
    a = gen.records(3000, seed=11)
    b = gen.records(3000, seed=11)
    c = gen.records(3000, seed=12)
    assert a == b
    assert [r["name"] for r in a] != [r["name"] for r in c]


def test_keys_types_ids():
    recs, tags = _data()
    keys = {"id", "name", "tax_code", "address", "phone", "truth"}
    for r in recs:
        assert set(r) == keys
        assert all(isinstance(v, str) for v in r.values())
        assert r["name"] and r["truth"]
    assert len({r["id"] for r in recs}) == len(recs)
    for t in tags:
        assert isinstance(t, tuple) and t[0].startswith("src:") and t[0][4:] in gen.SOURCES
        assert all(isinstance(x, str) for x in t)


def test_shuffled():
    recs, _ = _data()
    truths = [r["truth"] for r in recs[:500]]
    adjacent_same = sum(1 for a, b in zip(truths, truths[1:], strict=False) if a == b)
    assert adjacent_same < 25


def test_main_cli(capsys):
    gen.main(["500", "3"])
    out = capsys.readouterr().out
    assert "500 records" in out


# --- tax codes --------------------------------------------------------------------------------------


def test_check_digits_prefixes_and_branch_codes():
    recs, tags = _data()
    pairs = _clean_taxes(recs, tags)
    assert len(pairs) > 0.5 * len(recs)
    prefixes = Counter()
    branch = 0
    for _truth, tax in pairs:
        m = CLEAN_TAX.match(tax)
        assert m, tax
        assert _valid(m.group(1)), tax
        prefixes[tax[:2]] += 1
        if m.group(2):
            branch += 1
            assert m.group(2)[1:3] == "00"
    assert set(prefixes) <= {"28", "29", "30", "01", "03", "37"}
    assert prefixes["28"] > 0.3 * len(pairs) and prefixes["29"] > 0.3 * len(pairs)
    assert sum(prefixes[p] for p in ("30", "01", "03", "37")) > 0
    assert branch > 0.02 * len(pairs)


def test_one_tax_code_per_enterprise():
    recs, tags = _data()
    by_truth = defaultdict(set)
    by_tax = defaultdict(set)
    for truth, tax in _clean_taxes(recs, tags):
        by_truth[truth].add(tax)
        by_tax[tax].add(truth)
    assert all(len(v) == 1 for v in by_truth.values())
    assert all(len(v) == 1 for v in by_tax.values())


def test_tax_noise_present():
    recs, tags = _data()
    cnt = Counter(x for t in tags for x in t)
    for tag in ("noise:tax_missing", "noise:tax_typo", "noise:tax_spaced", "noise:tax_excel", "noise:tax_irc"):
        assert cnt[tag] > 0, tag
    irc = [r["tax_code"] for r, t in zip(recs, tags, strict=True) if "noise:tax_irc" in t]
    assert irc and all(t[0] == "src:nghison_ez" for r, t in zip(recs, tags, strict=True) if "noise:tax_irc" in t)


# --- sizes and shares -------------------------------------------------------------------------------


def test_records_per_enterprise_distribution():
    recs, _ = _data()
    sizes = Counter(r["truth"] for r in recs)
    mean = len(recs) / len(sizes)
    assert 2.3 <= mean <= 3.0
    single = sum(1 for v in sizes.values() if v == 1) / len(sizes)
    assert 0.30 <= single <= 0.45
    assert 8 <= max(sizes.values()) <= 12


def test_pool_grows_with_n():
    small = len({r["truth"] for r in gen.records(5000, 1)})
    big = len({r["truth"] for r in _data()[0]})
    assert 3.5 <= big / small <= 4.5
    assert abs(big - N / 2.6) < 0.12 * N / 2.6


def test_source_shares():
    _, tags = _data()
    cnt = Counter(t[0][4:] for t in tags)
    for s in gen.SOURCES:
        assert abs(cnt[s] / N - gen.SOURCE_SHARES[s]) < 0.015, (s, cnt[s] / N)


def test_field_presence_rates():
    recs, _ = _data()

    def rate(f):
        return sum(1 for r in recs if r[f]) / len(recs)

    assert rate("name") == 1.0
    assert 0.65 <= rate("tax_code") <= 0.9
    assert 0.9 <= rate("address") <= 0.995
    assert 0.45 <= rate("phone") <= 0.8


def test_noise_mix_present():
    recs, tags = _data()
    cnt = Counter(x for t in tags for x in t)
    for tag in ("noise:upper", "noise:no_diacritics", "noise:typo", "noise:mojibake_tcvn3", "noise:mojibake_vni",
                "noise:truncated", "noise:phone_old", "noise:multi_phone", "noise:old_address",
                "noise:wrong_column", "noise:name_en", "noise:name_zh", "noise:director_mobile"):
        assert cnt[tag] > 0, tag
    assert 0.005 < cnt["noise:wrong_column"] / N < 0.03
    assert any("«" in r["name"] or "§" in r["name"] for r, t in zip(recs, tags, strict=True)
               if "noise:mojibake_tcvn3" in t)
    assert any(re.search(r"\b01[2689]\d{8}\b", r["phone"]) for r in recs)
    assert any(re.search(r"\b03[78][ .\-)]", r["phone"]) for r in recs)
    assert any("+84" in r["phone"] for r in recs)
    assert any(re.search(r"[\u4e00-\u9fff]", r["name"]) for r in recs)
    assert all(len(r["name"]) <= 50 for r, t in zip(recs, tags, strict=True)
               if t[0] == "src:tax_dept" and "noise:typo" not in t)


# --- hard cases -------------------------------------------------------------------------------------


def test_hard_case_tags_present():
    _, tags = _data()
    cnt = Counter(x for t in tags for x in t)
    for tag in ("hard:same_name", "hard:legal_twin", "hard:branch", "hard:parent", "hard:sister",
                "hard:renamed", "hard:no_shared_word"):
        assert cnt[tag] > 0.005 * N, tag


def _tax_dept_names(recs, tags):
    out = {}
    for r, t in zip(recs, tags, strict=True):
        if t[0] == "src:tax_dept" and "noise:truncated" not in t and "noise:typo" not in t:
            out[r["truth"]] = (r["name"], r["tax_code"])
    return out


def test_same_name_in_other_province():
    recs, tags = _data()
    names = _tax_dept_names(recs, tags)
    flagged = {r["truth"] for r, t in zip(recs, tags, strict=True) if "hard:same_name" in t}
    by_name = defaultdict(set)
    for truth in flagged & set(names):
        name, tax = names[truth]
        by_name[name].add(tax[:2])
    assert any(v == {"28", "29"} for v in by_name.values())


def test_legal_form_twins():
    recs, tags = _data()
    names = _tax_dept_names(recs, tags)
    flagged = {r["truth"] for r, t in zip(recs, tags, strict=True) if "hard:legal_twin" in t}
    by_core = defaultdict(set)
    for truth in flagged & set(names):
        name, _tax = names[truth]
        by_core[_core(name)].add(name)
    assert any(len(v) > 1 for v in by_core.values())


def test_branches_have_own_code_and_parent_exists():
    recs, tags = _data()
    pairs = _clean_taxes(recs, tags)
    tax_of = {truth: tax for truth, tax in pairs}
    bases = set(tax_of.values())
    branches = [tax for tax in bases if "-" in tax]
    assert branches
    assert any(b.split("-")[0] in bases for b in branches)
    for truth, tax in tax_of.items():
        if "-" in tax:
            assert tax_of.get(truth) == tax
    names = [r["name"] for r, t in zip(recs, tags, strict=True) if "hard:branch" in t]
    assert any("chi nhánh" in n.lower() or "branch" in n.lower() for n in names)


def test_sister_firms_share_brand_address_or_phone():
    recs, tags = _data()
    groups = _by_truth(recs, tags)
    sisters = {truth for truth, rs in groups.items() if any("hard:sister" in t for _, t in rs)}
    by_addr = defaultdict(set)
    for truth in sisters:
        for r, t in groups[truth]:
            if t[0] == "src:tax_dept":
                by_addr[_fold(r["address"]).lower()].add(truth)
    shared_addr = any(len(v) > 1 for v in by_addr.values())
    digits = defaultdict(set)
    for truth in sisters:
        for r, _ in groups[truth]:
            for d in re.findall(r"\d[\d .\-()]{7,}\d", r["phone"]):
                dd = re.sub(r"\D", "", d)[-7:]
                digits[dd].add(truth)
    shared_phone = any(len(v) > 1 for v in digits.values())
    assert shared_addr and shared_phone


def test_renamed_firms_keep_tax_code():
    recs, tags = _data()
    groups = _by_truth(recs, tags)
    found = 0
    for _truth, rs in groups.items():
        olds = [r for r, t in rs if "noise:old_name" in t]
        news = [r for r, t in rs if "hard:renamed" in t and "noise:old_name" not in t and t[0] == "src:tax_dept"]
        if olds and news and _tokens(olds[0]["name"]) != _tokens(news[0]["name"]):
            found += 1
    assert found >= 3


def test_names_sharing_no_word():
    recs, tags = _data()
    groups = _by_truth(recs, tags)
    found = 0
    for rs in groups.values():
        if not any("hard:no_shared_word" in t for _, t in rs):
            continue
        toks = [_tokens(r["name"]) for r, t in rs if "noise:typo" not in t and "noise:vendor_code" not in t]
        toks = [t for t in toks if t]
        if any(not (a & b) for i, a in enumerate(toks) for b in toks[i + 1:]):
            found += 1
    assert found >= 10


def test_names_unique_apart_from_hard_cases():
    recs, tags = _data()
    names = _tax_dept_names(recs, tags)
    hard = {r["truth"] for r, t in zip(recs, tags, strict=True)
            if {"hard:same_name", "hard:legal_twin", "hard:branch", "hard:parent"} & set(t)}
    seen = Counter(_core(name) for truth, (name, _) in names.items() if truth not in hard)
    dup = sum(v - 1 for v in seen.values() if v > 1)
    assert dup == 0, [k for k, v in seen.items() if v > 1]


@pytest.mark.parametrize("seed", [0, 7])
def test_sources_respect_geography(seed):
    recs, tags = gen.labelled(4000, seed)
    for r, t in zip(recs, tags, strict=True):
        if t[0] == "src:doit_th" and r["tax_code"] and CLEAN_TAX.match(r["tax_code"]) and "-" not in r["tax_code"]:
            if "noise:tax_typo" not in t and "noise:wrong_column" not in t:
                assert r["tax_code"][:2] in {"28"}, r
