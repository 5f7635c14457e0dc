"""Checks of the synthetic new-Vĩnh Long entity-resolution generator (bench/data/resolve/gen_vinhlong.py)."""

from __future__ import annotations

import collections
import csv
import io
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GEN_DIR = ROOT / "bench" / "data" / "resolve"
sys.path.insert(0, str(GEN_DIR))

import gen_vinhlong as gen  # noqa: E402

FIELDS = ["id", "name", "tax_code", "address", "phone", "truth"]
CLEAN = re.compile(r"^\d{10}(-\d{3})?$")
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_ok(code: str) -> bool:
    """Independent check-digit test: 10 - (weighted sum mod 11), 10 never issued."""
    base = code[:10]
    c = 10 - sum(int(d) * w for d, w in zip(base[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and c == int(base[9])


def folded(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def one_typo_apart(a: str, b: str) -> bool:
    """a is b with one digit changed or two adjacent digits swapped."""
    diff = [i for i in range(10) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return gen.records(20000, seed=11)


@pytest.fixture(scope="module")
def groups(rows) -> dict[str, list[dict]]:
    g: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        g[r["truth"]].append(r)
    return g


@pytest.mark.parametrize("n", [0, 1, 20, 777])
def test_exact_n_unique_ids_and_str_fields(n):
    out = gen.records(n, seed=3)
    assert len(out) == n
    assert len({r["id"] for r in out}) == n
    for r in out:
        assert list(r) == FIELDS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]


def test_deterministic_per_seed_and_varies_across_seeds():
    a, b = gen.records(1500, seed=7), gen.records(1500, seed=7)
    assert a == b
    c = gen.records(1500, seed=8)
    assert a != c
    names_a, names_c = {r["name"] for r in a}, {r["name"] for r in c}
    assert len(names_a & names_c) < 0.2 * len(names_a)


def test_rows_are_shuffled(rows):
    same_next = sum(rows[i]["truth"] == rows[i + 1]["truth"] for i in range(len(rows) - 1))
    assert same_next < 0.01 * len(rows)


def test_multiplicity_is_realistic(groups, rows):
    sizes = collections.Counter(len(v) for v in groups.values())
    n_groups = len(groups)
    assert 0.25 < sizes[1] / n_groups < 0.7  # many singletons
    assert sum(sizes[k] for k in range(2, 7)) / n_groups > 0.3  # many with 2-6 rows
    assert max(sizes) >= 25  # a few large
    assert 2.0 < len(rows) / n_groups < 5.0


def test_every_clean_code_passes_the_check_digit_or_is_a_typo_of_its_group_code(groups):
    n_clean = n_fail = 0
    for rs in groups.values():
        valid = {r["tax_code"][:10] for r in rs if CLEAN.match(r["tax_code"]) and check_ok(r["tax_code"])}
        for r in rs:
            code = r["tax_code"]
            if not CLEAN.match(code):
                continue
            n_clean += 1
            if check_ok(code):
                continue
            n_fail += 1
            # a failing clean code must be one typo away from a valid code of the same group, if it shows one
            if valid:
                assert any(one_typo_apart(code[:10], v) for v in valid), (code, valid)
    assert n_clean > 5000
    assert 0 < n_fail < 0.05 * n_clean  # typos exist, but are rare


def test_generator_check_digit_agrees_with_independent_one():
    for code in ("1300123456", "0312634812", "2100342579", "1500885962"):
        assert gen.is_valid_mst(code) == check_ok(code)
    assert gen.is_valid_mst("0312634812-003")
    assert not gen.is_valid_mst("0312634812-03")


def test_a_valid_code_belongs_to_one_group_and_branches_to_their_parent(rows):
    by_code: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        code = r["tax_code"]
        if CLEAN.match(code) and check_ok(code):
            by_code[code[:10]].add(r["truth"])  # branch -00n rows join their parent's 10 digits
    assert by_code
    assert all(len(t) == 1 for t in by_code.values())
    branch_rows = [r for r in rows if re.match(r"^\d{10}-\d{3}$", r["tax_code"]) and check_ok(r["tax_code"])]
    assert len(branch_rows) > 50
    parents = {r["tax_code"][:10] for r in branch_rows}
    joined = [c for c in parents if any(r["tax_code"] == c for r in rows)]
    assert joined  # some parents also appear under their own code: same truth by the check above


def test_truth_groups_contain_varied_spellings(groups):
    multi = [rs for rs in groups.values() if len(rs) > 1]
    raw = sum(len({r["name"] for r in rs}) > 1 for rs in multi) / len(multi)
    deep = sum(len({folded(r["name"]) for r in rs}) > 1 for rs in multi) / len(multi)
    assert raw > 0.85
    assert deep > 0.7  # not only case and diacritics: legal forms, abbreviations, English, renames
    no_shared_code = sum(
        any(not CLEAN.match(r["tax_code"]) for r in rs) for rs in multi
    ) / len(multi)
    assert no_shared_code > 0.4  # many groups have a row without a usable code


def test_hard_negatives_same_folded_name_different_truth(rows):
    truths: dict[str, set[str]] = collections.defaultdict(set)
    codes: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        key = folded(r["name"])
        if len(key) < 8:
            continue
        truths[key].add(r["truth"])
        if CLEAN.match(r["tax_code"]) and check_ok(r["tax_code"]):
            codes[key].add(r["tax_code"][:10])
    shared = [k for k, t in truths.items() if len(t) > 1]
    assert len(shared) > 60
    # namesakes with evidence: the same name under two different valid codes
    assert sum(len(codes[k]) > 1 for k in shared) > 10
    companies = [k for k in shared if k.startswith(("cong ty", "cty", "dntn", "doanh nghiep"))]
    households = [k for k in shared if k.startswith(("co so", "lo ", "hkd", "ho kinh doanh", "nha may"))]
    assert companies and households


def test_households_converted_to_companies_share_a_group(groups):
    hh = re.compile(r"^(co so|cs|hkd|ho kinh doanh|ho kd|lo |nha may xay|keo dua|ho ong|ho ba)")
    co = re.compile(r"^(cong ty|cty|c ty|ct |dntn|doanh nghiep)")
    mixed = 0
    for rs in groups.values():
        names = [folded(r["name"]) for r in rs]
        if any(hh.match(n) for n in names) and any(co.match(n) for n in names):
            mixed += 1
    assert mixed > 20


def test_old_and_new_addresses_mix_within_groups(groups):
    old = re.compile(r"(huyen|h\.|tp\.|thanh pho|thi xa).*(ben tre|tra vinh|vinh long)", re.I)
    both = 0
    for rs in groups.values():
        addrs = [folded(r["address"]) for r in rs if r["address"]]
        has_new = any(a.endswith("vinh long") and not re.search(r"huyen|thanh pho|tp ", a) for a in addrs)
        has_old = any(old.search(a) for a in addrs)
        both += has_new and has_old
    assert both > 100


def test_messy_encodings_and_scripts_occur(rows):
    text = {p: " ".join(r["name"] + " " + r["address"] for r in rows if r["id"].startswith(p + "-"))
            for p in ("STV", "SVL", "FDI", "TK")}
    assert "C«ng ty" in text["STV"] or "«" in text["STV"]  # TCVN3 read as Windows-1252
    assert "Coâng ty" in text["SVL"] or "COÂNG TY" in text["SVL"]  # VNI read as Windows-1252
    assert re.search(r"[\u4e00-\u9fff]", text["FDI"]) and re.search(r"[\uac00-\ud7a3]", text["FDI"])
    tk_codes = [r["tax_code"] for r in rows if r["id"].startswith("TK-")]
    assert any("E+" in c for c in tk_codes) and any(c.endswith(".0") for c in tk_codes)


def test_no_blocked_brand_appears(rows):
    blocked = set(gen.BLOCKED) | {"pou chen", "betrimex", "luong quoi", "samsung", "vinamilk", "nike"}
    for r in rows:
        name = f" {folded(r['name'])} "
        assert not any(f" {b} " in name for b in blocked), r["name"]


def test_docstring_states_synthetic_and_shares_match_rows(rows):
    doc = gen.__doc__
    assert doc.startswith("ALL DATA IS SYNTHETIC.")
    assert "No record describes a real enterprise" in doc
    stated = {m[0]: int(m[1]) for m in re.findall(r"^    ([A-Z]{2,5})\s+(\d+)%\s", doc, flags=re.M)}
    assert len(stated) >= 8
    assert sum(stated.values()) == 100
    counts = collections.Counter(r["id"].split("-")[0] for r in rows)
    assert set(counts) == set(stated)
    for prefix, share in stated.items():
        observed = 100 * counts[prefix] / len(rows)
        assert abs(observed - share) < 2.0, (prefix, observed, share)
    for word in ("Truth rule", "Hard negatives", "-00n"):
        assert word in doc


def test_command_line_writes_csv_and_prints_groups(tmp_path):
    out = tmp_path / "vl.csv"
    script = str(GEN_DIR / "gen_vinhlong.py")
    run = subprocess.run([sys.executable, script, "--n", "300", "--seed", "5", "--out", str(out)],
                         capture_output=True, text=True, timeout=60, check=True)
    assert run.returncode == 0
    with open(out, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        body = list(reader)
    assert header == FIELDS
    assert len(body) == 300
    assert [dict(zip(FIELDS, b, strict=True)) for b in body] == gen.records(300, seed=5)

    first = body[0]
    run = subprocess.run([sys.executable, script, "--n", "300", "--seed", "5", "--group", first[0]],
                         capture_output=True, text=True, timeout=60, check=True)
    printed = list(csv.reader(io.StringIO(run.stdout)))
    assert printed[0] == FIELDS
    assert printed[1:] and all(p[5] == first[5] for p in printed[1:])
    assert len(printed) - 1 == sum(b[5] == first[5] for b in body)

    run = subprocess.run([sys.executable, script, "--n", "300", "--seed", "5", "--show", "7"],
                         capture_output=True, text=True, timeout=60, check=True)
    assert len(list(csv.reader(io.StringIO(run.stdout)))) == 8
