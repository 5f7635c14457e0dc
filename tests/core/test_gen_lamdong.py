"""Checks of the synthetic new-Lâm Đồng enterprise lists (bench/data/resolve/gen_lamdong.py)."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GEN_DIR = ROOT / "bench" / "data" / "resolve"
sys.path.insert(0, str(GEN_DIR))

import gen_lamdong  # noqa: E402

FIELDS = ["id", "name", "tax_code", "address", "phone", "truth"]
CLEAN_CODE = re.compile(r"\d{10}(-\d{3})?")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def _mst_ok(code: str) -> bool:
    """Independent check digit: weights 31,29,23,19,17,13,7,5,3; c = 10 - sum mod 11; 10 is never issued."""
    base = code[:10]
    total = sum(int(d) * w for d, w in zip(base[:9], (31, 29, 23, 19, 17, 13, 7, 5, 3), strict=True))
    c = 10 - total % 11
    return c != 10 and c == int(base[9])


def _prefix(row: dict) -> str:
    return row["id"].split("-", 1)[0]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return gen_lamdong.records(20000, seed=11)


@pytest.fixture(scope="module")
def groups(rows) -> dict[str, list[dict]]:
    by = defaultdict(list)
    for r in rows:
        by[r["truth"]].append(r)
    return by


@pytest.mark.parametrize("n", [1, 2, 20, 137, 2500])
def test_exact_n_and_unique_ids(n):
    out = gen_lamdong.records(n, seed=5)
    assert len(out) == n
    assert len({r["id"] for r in out}) == n


def test_large_sample_has_exact_n_unique_ids_and_string_fields(rows):
    assert len(rows) == 20000
    assert len({r["id"] for r in rows}) == 20000
    for r in rows:
        assert list(r) == FIELDS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]


def test_same_seed_same_data_other_seed_other_data():
    a, b = gen_lamdong.records(800, seed=3), gen_lamdong.records(800, seed=3)
    assert a == b
    c = gen_lamdong.records(800, seed=4)
    names_a, names_c = {r["name"] for r in a}, {r["name"] for r in c}
    assert len(names_a & names_c) < 0.2 * len(names_a)


def test_rows_are_shuffled_not_grouped(rows):
    adjacent_same = sum(rows[i]["truth"] == rows[i + 1]["truth"] for i in range(len(rows) - 1))
    assert adjacent_same < 0.01 * len(rows)
    first = Counter(_prefix(r) for r in rows[:300])
    assert len(first) >= 10


def test_realistic_multiplicity(groups):
    sizes = Counter(len(v) for v in groups.values())
    n_ent = len(groups)
    assert 0.2 < sizes[1] / n_ent < 0.55
    assert sum(sizes[k] for k in range(2, 7)) / n_ent > 0.35
    assert max(sizes) >= 15
    assert sum(v for k, v in sizes.items() if k >= 15) < 0.03 * n_ent
    assert 2.0 < 20000 / n_ent < 5.0


def test_codes_from_registers_pass_the_check_digit(rows):
    """Tax extract, social insurance and customs copy the register: every clean code there is valid."""
    seen = 0
    for r in rows:
        if _prefix(r) in ("THUE", "BHXH", "HQ") and CLEAN_CODE.fullmatch(r["tax_code"]):
            assert _mst_ok(r["tax_code"]), r
            seen += 1
    assert seen > 3000


def test_clean_looking_codes_are_mostly_valid_and_typos_exist(rows):
    clean = [r["tax_code"] for r in rows if CLEAN_CODE.fullmatch(r["tax_code"])]
    bad = [c for c in clean if not _mst_ok(c)]
    assert len(clean) > 8000
    assert 0.002 < len(bad) / len(clean) < 0.05


def test_each_group_code_is_valid(groups):
    """The most frequent clean code of a group (its real MST or the owner's personal MST) passes the check."""
    checked = 0
    for rs in groups.values():
        codes = Counter(r["tax_code"][:10] for r in rs if CLEAN_CODE.fullmatch(r["tax_code"]))
        if codes:
            code, k = codes.most_common(1)[0]
            if k >= 2:
                assert _mst_ok(code), (code, rs)
                checked += 1
    assert checked > 1500


def test_valid_codes_rarely_cross_truth_groups(rows):
    owner = defaultdict(set)
    for r in rows:
        c = r["tax_code"]
        if CLEAN_CODE.fullmatch(c) and _mst_ok(c):
            owner[c[:10]].add(r["truth"])
    shared = sum(len(t) > 1 for t in owner.values())
    assert shared < 0.01 * len(owner)  # only the rare code pasted from another row


def test_branch_codes_belong_to_the_parent_truth(rows):
    """Rule: a dependent unit (MST-00n) is labelled with its parent enterprise."""
    parent_truth = defaultdict(Counter)
    branch_rows = []
    for r in rows:
        c = r["tax_code"]
        if CLEAN_CODE.fullmatch(c) and _mst_ok(c):
            if "-" in c:
                branch_rows.append(r)
            else:
                parent_truth[c][r["truth"]] += 1
    both = [r for r in branch_rows if r["tax_code"][:10] in parent_truth]
    assert len(branch_rows) > 200 and len(both) > 100
    agree = sum(parent_truth[r["tax_code"][:10]].most_common(1)[0][0] == r["truth"] for r in both)
    assert agree / len(both) > 0.98


def test_truth_groups_contain_varied_spellings(groups):
    multi = [v for v in groups.values() if len(v) > 1]
    varied_name = sum(len({_fold(r["name"]) for r in v}) > 1 for v in multi)
    varied_addr = sum(len({r["address"] for r in v}) > 1 for v in multi)
    assert varied_name / len(multi) > 0.75
    assert varied_addr / len(multi) > 0.75


def test_hard_negatives_same_folded_name_different_truth(rows):
    by_name = defaultdict(set)
    for r in rows:
        by_name[_fold(r["name"])].add(r["truth"])
    shared = [n for n, t in by_name.items() if len(t) > 1]
    assert len(shared) >= 50
    assert sum(n.startswith(("cong ty", "cty", "ctcp")) for n in shared) >= 15
    assert sum(n.startswith(("ho kinh doanh", "hkd")) for n in shared) >= 5


def test_hard_negatives_same_phone_different_truth(rows):
    by_phone = defaultdict(set)
    for r in rows:
        digits = re.sub(r"\D", "", r["phone"])
        if len(digits) >= 10 and len(r["phone"]) <= 16:
            by_phone[digits[-9:]].add(r["truth"])
    assert sum(len(t) > 1 for t in by_phone.values()) >= 20


def test_messy_variants_are_present(rows):
    names = [r["name"] for r in rows]
    addrs = " ".join(r["address"] for r in rows)
    phones = [r["phone"] for r in rows]
    codes = [r["tax_code"] for r in rows]
    assert any("C«ng" in n or "C¤NG" in n for n in names)  # TCVN3
    assert any("Coâng" in n or "COÂNG" in n for n in names)  # VNI
    assert any("Ã" in n for n in names)  # UTF-8 read as cp1252
    assert any(unicodedata.normalize("NFC", n) != n for n in names)  # decomposed Unicode
    assert any(re.search(r"[\u4e00-\u9fff]", n) for n in names)  # Chinese / kanji
    assert any(re.search(r"[\uac00-\ud7af]", n) for n in names)  # Hangul
    assert any(re.search(r"[\u30a0-\u30ff]", n) for n in names)  # katakana
    assert any(re.fullmatch(r"01[2-9]\d{8}", re.sub(r"\D", "", p)) for p in phones)  # old 11-digit mobiles
    assert any(p.startswith("+84") for p in phones)
    assert any(re.fullmatch(r"\d\.\d+E\+1[01]", c) for c in codes)  # CCCD damaged by Excel
    assert any(re.fullmatch(r"06[078]\d{9}", c) for c in codes)  # CCCD of the three old provinces
    units = ("Bình Thuận", "Đắk Nông", "Lâm Đồng", "Đắk R", "Hàm Kiệm", "Lộc Sơn", "Tâm Thắng", "Nhân Cơ")
    for unit in units:
        assert unit in addrs, unit
    assert any(re.search(r"(?i)\b(KCN|Khu công nghiệp|Industrial (Park|Zone))\b", r["address"]) for r in rows)


def test_old_and_new_units_within_one_group(groups):
    mixed = 0
    for rs in groups.values():
        provs = {p for r in rs for p in ("Bình Thuận", "Đắk Nông") if p in r["address"]}
        if provs and any("Lâm Đồng" in r["address"] for r in rs):
            mixed += 1
    assert mixed >= 100


def test_legal_forms_are_written_many_ways(rows):
    folded = [_fold(r["name"]) for r in rows]
    for form in ("cong ty tnhh", "cty tnhh", "tnhh mtv", "trach nhiem huu han mot thanh vien", "co., ltd",
                 "cong ty co phan", "ctcp", "jsc", "dntn", "doanh nghiep tu nhan", "htx", "hop tac xa",
                 "ho kinh doanh", "hkd", "co so", "chi nhanh"):
        assert any(form in f for f in folded), form


def test_ethnic_minority_owners_present(rows):
    names = " ".join(r["name"] for r in rows)
    for marker in ("K'", "Ka ", "Điểu ", "Y ", "Thông Thị", "Lưu Văn", "Touneh"):
        assert marker in names, marker


def test_no_well_known_brand_names(rows):
    blocked = re.compile(r"\b(vinamilk|trung nguyen|samsung|toyota|hoa phat|formosa|vinacomin|hung thinh)\b")
    for r in rows:
        assert not blocked.search(_fold(r["name"])), r


def test_docstring_states_synthetic_rules_and_shares(rows):
    doc = gen_lamdong.__doc__
    assert doc.startswith("ALL DATA IS SYNTHETIC.")
    flat = " ".join(doc.split())
    assert "no record describes a real enterprise" in flat.lower()
    for needle in ("Truth rule", "Hard negatives", "PARENT's truth", "Continuation in law keeps the truth"):
        assert needle in flat
    stated = {m.group(1): int(m.group(2)) for m in re.finditer(r"^([A-Z]{2,4})\s+(\d+)%\s", doc, re.M)}
    assert len(stated) >= 8 and sum(stated.values()) == 100
    seen = Counter(_prefix(r) for r in rows)
    assert set(seen) == set(stated)
    for src, share in stated.items():
        assert abs(100 * seen[src] / len(rows) - share) < 1.5, (src, share, seen[src])


def test_command_line_writes_csv_and_shows_a_group(tmp_path):
    out = tmp_path / "ld.csv"
    script = GEN_DIR / "gen_lamdong.py"
    subprocess.run([sys.executable, str(script), "--n", "300", "--seed", "2", "--out", str(out)], check=True,
                   capture_output=True)
    with out.open(encoding="utf-8", newline="") as f:
        data = list(csv.reader(f))
    assert data[0] == FIELDS
    assert len(data) == 301
    assert data[1:] == [[r[k] for k in FIELDS] for r in gen_lamdong.records(300, seed=2)]
    row_id, truth = data[1][0], data[1][5]
    res = subprocess.run([sys.executable, str(script), "--n", "300", "--seed", "2", "--group", row_id],
                         check=True, capture_output=True, text=True, encoding="utf-8")
    shown = list(csv.reader(res.stdout.splitlines()))
    assert shown[0] == FIELDS
    assert len(shown) > 1 and all(line[5] == truth for line in shown[1:])
    assert len(shown) - 1 == sum(line[5] == truth for line in data[1:])
