"""bench/data/resolve/gen_survey.py, the held-out generator D: interface, determinism, skew, hard cases, mess."""

from __future__ import annotations

import ast
import gc
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench" / "data" / "resolve"))

import gen_survey  # noqa: E402

KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
BRANCH_CODE = re.compile(r"^\d{10}-\d{3}$")
STANDARD = re.compile(
    r"^(Công ty TNHH Một thành viên|Công ty TNHH|Công ty Cổ phần|Doanh nghiệp tư nhân|Hợp tác xã) (.+)$"
)


@pytest.fixture(scope="module")
def big() -> list[dict]:
    return gen_survey.records(20_000, seed=5)


def test_deterministic_for_n_and_seed():
    assert gen_survey.records(700, seed=3) == gen_survey.records(700, seed=3)
    assert gen_survey.records(700, seed=3) != gen_survey.records(700, seed=4)


@pytest.mark.parametrize("n", [0, 1, 2, 9, 1000])
def test_n_honoured_and_keys(n):
    rows = gen_survey.records(n, seed=1)
    assert len(rows) == n
    for r in rows:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]
    assert [r["id"] for r in rows] == sorted({r["id"] for r in rows})  # sequential, unique


def test_ids_say_nothing_about_groups(big):
    same = sum(a["truth"] == b["truth"] for a, b in zip(big, big[1:], strict=False))
    assert same / len(big) < 0.01


def test_truth_groups_are_skewed(big):
    sizes = Counter(Counter(r["truth"] for r in big).values())
    groups = sum(sizes.values())
    assert 2.2 <= len(big) / groups <= 3.2
    assert set(sizes) <= set(range(1, 11)) and sizes[10] > 0
    assert sizes[1] > sizes[2] > sizes[3] > sizes[4] > sizes[6] > sizes[9]
    assert 0.3 < sizes[1] / groups < 0.45


def test_missing_fields_within_five_points(big):
    n = len(big)
    assert abs(sum(not r["tax_code"] for r in big) / n - 0.45) < 0.05
    assert abs(sum(not r["phone"] for r in big) / n - 0.35) < 0.05
    assert abs(sum(not r["address"] for r in big) / n - 0.15) < 0.05


def test_about_a_quarter_fdi(big):
    fdi = re.compile(r"\bvina\b|vi[eệ]t ?nam|\bvn\b", re.I)
    share = sum(bool(fdi.search(r["name"])) for r in big) / len(big)
    assert 0.15 < share < 0.4
    assert any(re.search(r"[A-Z]+ (VINA|VIETNAM) CO\.", r["name"]) for r in big)


def test_branches_have_13_digit_codes_and_their_own_truth(big):
    heads: dict[str, set[str]] = defaultdict(set)
    branches: dict[str, set[str]] = defaultdict(set)
    for r in big:
        tax, name = r["tax_code"], r["name"].casefold()
        if BRANCH_CODE.match(tax) and name.startswith(("chi nhánh", "cn ")):
            branches[tax[:10]].add(r["truth"])
        elif re.fullmatch(r"\d{10}", tax) and name.startswith("công ty"):
            heads[tax].add(r["truth"])
    both = [h for h in branches if h in heads]
    assert len(branches) > 100 and len(both) > 20
    # a branch answering the survey with its head office's name and code is the rare exception
    assert sum(bool(heads[h] & branches[h]) for h in both) <= max(1, len(both) // 25)
    assert any(" tại " in r["name"] for r in big if BRANCH_CODE.match(r["tax_code"]))


def _brand_and_industry(core: str) -> tuple[str, str]:
    for scope, *_ in gen_survey._SCOPES:
        if core.startswith(scope + " "):
            core = core[len(scope) + 1 :]
            break
    for vn, _ in sorted(gen_survey._INDUSTRIES, key=lambda x: -len(x[0])):
        if core.startswith(vn + " "):
            return core[len(vn) + 1 :], vn
    return core, ""


def test_firms_sharing_a_brand_with_other_industry_words_are_different(big):
    """Sister firms (Nhựa Hòa Phát, Ống thép Hòa Phát) and unrelated firms of the same brand."""
    by_brand: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in big:
        m = STANDARD.match(r["name"])
        if m and r["tax_code"].isdigit() and not r["name"].startswith("Chi nhánh"):
            brand, industry = _brand_and_industry(m.group(2))
            if industry:
                by_brand[brand][industry].add(r["truth"])
    shared = [b for b, inds in by_brand.items() if len(inds) > 1]
    assert len(shared) > 50
    disjoint = 0
    for b in shared:
        truths = list(by_brand[b].values())
        disjoint += all(not (x & y) for i, x in enumerate(truths) for y in truths[i + 1 :])
    assert disjoint / len(shared) > 0.9  # the rest: a firm that changed its industry word


def test_switchboard_numbers_are_shared_across_enterprises(big):
    hotlines: dict[str, set[str]] = defaultdict(set)
    for r in big:
        if re.search(r"\b1[89]00\b|^1[89]00", r["phone"]):
            hotlines[re.sub(r"\D", "", r["phone"])].add(r["truth"])
    assert hotlines
    assert sum(len(t) > 1 for t in hotlines.values()) > 5


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


FOLDED = re.compile(
    r"^(cong ty tnhh mot thanh vien|cong ty tnhh|cong ty co phan|doanh nghiep tu nhan|hop tac xa) (.+)$"
)


def test_the_same_name_in_two_provinces_is_two_enterprises(big):
    seen: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in big:
        m = FOLDED.match(_fold(r["name"]))
        tax = re.sub(r"\D", "", r["tax_code"])
        if m and len(tax) == 10:
            seen[m.group(2)].add((tax[:2], r["truth"]))
    twins = [c for c, s in seen.items() if len({p for p, _ in s}) > 1 and len({t for _, t in s}) > 1]
    assert len(twins) > 10


def test_a_renamed_enterprise_keeps_its_tax_code_and_truth(big):
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    truths: dict[str, set[str]] = defaultdict(set)
    for r in big:
        if re.fullmatch(r"\d{10}", r["tax_code"]):
            truths[r["tax_code"]].add(r["truth"])
            if STANDARD.match(r["name"]):
                names[(r["tax_code"], r["truth"])].add(STANDARD.match(r["name"]).group(2).casefold())
    assert sum(len(v) > 1 for v in names.values()) > 10
    # a clean 10-digit code is one enterprise (slips rarely land on another firm's code)
    assert sum(len(t) > 1 for t in truths.values()) / len(truths) < 0.01


def test_tax_codes_carry_a_valid_check_digit(big):
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)

    def valid(c: str) -> bool:
        s = sum(int(d) * w for d, w in zip(c, weights, strict=False)) % 11
        return s != 0 and (10 - s) % 10 == int(c[9])

    codes = [r["tax_code"][:10] for r in big if re.fullmatch(r"\d{10}(-\d{3})?", r["tax_code"])]
    assert sum(map(valid, codes)) / len(codes) > 0.97


def test_names_look_messy(big):
    names = [r["name"] for r in big]
    n = len(names)
    share = lambda pred: sum(map(pred, names)) / n  # noqa: E731
    assert share(str.isascii) > 0.15  # no diacritics, English, customs
    assert share(lambda x: not x.isascii()) > 0.5
    assert share(str.isupper) > 0.1
    assert share(lambda x: bool(re.match(r"(cty|ct|c\.ty|ctcp)\b", x, re.I))) > 0.05
    assert (
        share(lambda x: bool(re.search(r"co\.,? ?ltd|\bjsc\b|\bcorp|company limited|joint stock", x, re.I)))
        > 0.05
    )
    for habit in (
        r"TNHH MTV|1 ?TV",
        r"^DNTN ",
        r"^HTX ",
        r"SX ?& ?TM|TM ?& ?DV|TM-DV|\bXNK\b",
        r"Công ty TNHH$",
        r"^Chi nhánh .+ tại ",
        r"^CN ",
        r"Plastic$",
        r"\(Việt Nam\)|\(VIETNAM\)",
        r" Vina\b",
    ):
        assert any(re.search(habit, x) for x in names), habit
    assert any(not unicodedata.is_normalized("NFC", x) for x in names)  # typed on a Mac, pasted from the web
    assert any(
        re.search(r"\b\w*(uw|ow|aw|aa|ee|oo|dd)\w*[sfrxj]\b", x) for x in names if x.isascii()
    )  # Telex
    assert any("Ã" in x for x in names)  # UTF-8 read as cp1252
    assert any(re.search(r"\bHoà\b|\bThuỷ\b", x) for x in names) and any(
        re.search(r"\bHòa\b|\bThủy\b", x) for x in names
    )
    assert any(x != x.strip() or "  " in x for x in names)


def test_tax_codes_look_messy(big):
    taxes = [r["tax_code"] for r in big if r["tax_code"]]
    assert any(t.startswith(("MST", "Mã số thuế")) for t in taxes)
    assert any(re.fullmatch(r"\d{4} \d{3} \d{3}", t) for t in taxes)
    assert any(re.fullmatch(r"\d{4}\.\d{3}\.\d{3}", t) for t in taxes)
    assert any(re.fullmatch(r"[1-9]\d{8}", t) for t in taxes)  # Excel lost the leading zero
    assert any(re.fullmatch(r"[1-9]\d{8}\.0", t) for t in taxes)
    assert any("E+" in t for t in taxes)
    assert any(t.startswith("'") for t in taxes)
    assert any(re.fullmatch(r"\d{11}", t) for t in taxes)  # a digit too many
    assert any(re.fullmatch(r"\d{13}", t) for t in taxes)  # branch code without its dash


def test_phones_look_messy(big):
    phones = [r["phone"] for r in big if r["phone"]]
    for habit in (
        r"^0\d{3}\.\d{4}\.\d{3}$",
        r"^\+84 \(0\)\d{3} \d{7}$",
        r"^0\d{3}-\d{3}-\d{3}$",
        r"^84\d{9}$",
        r"^Hotline: 1[89]00",
        r"^\(0\d{3}\) \d \d{3} \d{3}$",
        r"^[1-9]\d{8}$",
        r"^01\d{9}$",
        r"Fax",
        r"\((A\.|anh|Mr|chị|C\.|Ms) \w+\)$",
        r"^0\d{2}\.\d{4}\.\d{4}$",
    ):
        assert any(re.search(habit, p) for p in phones), habit


def test_addresses_look_messy(big):
    addresses = [r["address"] for r in big if r["address"]]
    for habit in (
        "Lô ",
        "Lot ",
        "Plot ",
        "Factory No.",
        "Xưởng",
        "Km",
        "QL",
        "P.",
        "Q.",
        "TX.",
        "TP.",
        "H.",
        "TT.",
        "KCN ",
        "Khu công nghiệp ",
        "Industrial Park",
        "Cụm công nghiệp",
        "Thôn ",
        "Việt Nam",
    ):
        assert any(habit in a for a in addresses), habit
    # 2025 units: a ward of the new province straight after the street, no district
    assert any(
        re.search(r"phường [^,]+, tỉnh Bắc Ninh$", a) and "huyện" not in a and "thị xã" not in a
        for a in addresses
    )
    assert any("huyện" in a for a in addresses)  # and the old ones
    # a park name without "KCN" ("Lô 48, Quế Võ, ...")
    assert any(
        re.match(r"Lô [^,]+, (Quế Võ|Yên Phong|Tiên Sơn|Quang Châu|Đình Trám), ", a) for a in addresses
    )


def test_pure_stdlib_and_synthetic_docstring():
    tree = ast.parse(Path(gen_survey.__file__).read_text(encoding="utf-8"))
    mods = {
        a.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
    }
    mods |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert mods <= set(sys.stdlib_module_names) | {"__future__"}
    assert "SYNTHETIC" in gen_survey.__doc__.upper()


def test_garbage_collector_state_is_restored():
    assert gc.isenabled()
    gen_survey.records(50, seed=2)
    assert gc.isenabled()
    gc.disable()
    try:
        gen_survey.records(50, seed=2)
        assert not gc.isenabled()
    finally:
        gc.enable()
