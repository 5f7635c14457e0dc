"""Held-out generator bench/data/resolve/gen_south.py: contract, tax codes, hard cases and noise at their shares."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_south.py"
N = 20000
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _load():
    spec = importlib.util.spec_from_file_location("gen_south", PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()


def valid_code(code10: str) -> bool:
    """Mod-11 check digit, written again here so that a bug in the generator's own check cannot hide."""
    if len(code10) != 10 or not code10.isdigit():
        return False
    c = 10 - sum(int(d) * w for d, w in zip(code10, WEIGHTS, strict=False)) % 11
    return c < 10 and c == int(code10[9])


def head_code(raw: str) -> str | None:
    """The 10-digit head-office code a tax-code cell stands for, or None when it cannot be read back."""
    if not raw or "E+" in raw.upper():
        return None
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 13:
        digits = digits[:10]
    elif len(digits) == 9:
        digits = "0" + digits
    return digits if valid_code(digits) else None


def src(rec: dict) -> str:
    return rec["id"].split("-")[0]


@pytest.fixture(scope="module")
def data():
    recs, tags, firms = gen._generate(N, 0, meta=True)
    return recs, tags, firms


@pytest.fixture(scope="module")
def by_truth(data):
    out = defaultdict(list)
    for rec, tags in zip(data[0], data[1], strict=True):
        out[rec["truth"]].append((rec, tags))
    return out


def share(recs, pred) -> float:
    return sum(1 for r in recs if pred(r)) / len(recs)


def tag_share(data, tag: str) -> float:
    return sum(1 for ts in data[1] if tag in ts) / len(data[1])


def firm_share(data, case: str) -> float:
    firms = data[2]
    return sum(1 for f in firms.values() if case in f.cases) / len(firms)


def near(observed: float, stated: float, rel: float = 0.35, floor: float = 0.004) -> bool:
    return abs(observed - stated) <= max(rel * stated, floor)


# ---------------------------------------------------------------- contract


def test_docstring_says_synthetic_and_states_shares():
    doc = gen.__doc__
    assert doc.startswith("ALL DATA IS SYNTHETIC.")
    for word in (
        "sister",
        "branch",
        "legal form",
        "renamed",
        "moved",
        "factory lot",
        "accounting",
        "truncated",
    ):
        assert word in doc


@pytest.mark.parametrize("n", [0, 1, 7, 1000])
def test_exactly_n_records_with_the_keys(n):
    recs = gen.records(n, seed=3)
    assert len(recs) == n
    for r in recs:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]
    assert len({r["id"] for r in recs}) == n


def test_deterministic_per_seed_and_different_across_seeds():
    a = gen.records(3000, seed=11)
    assert a == gen.records(3000, seed=11)
    b = gen.records(3000, seed=12)
    assert a != b
    assert sum(x == y for x, y in zip(a, b, strict=True)) < 30
    assert gen.records(3000) == gen.records(3000, seed=0)


def test_records_per_enterprise_skewed_around_two_and_a_half(data):
    counts = Counter(r["truth"] for r in data[0])
    sizes = Counter(counts.values())
    assert max(sizes) <= 8 and min(sizes) == 1
    assert 2.0 <= N / len(counts) <= 2.7
    assert 0.35 <= sizes[1] / len(counts) <= 0.55
    assert sizes[1] > sizes[2] > sizes[3] > sizes[5] > sizes[8] > 0


def test_six_sources_in_the_ids(data):
    shares = Counter(src(r) for r in data[0])
    assert set(shares) == {"HQ", "EVN", "BHXH", "HCH", "NH", "ZL"}
    assert min(shares.values()) > 0.08 * N


def test_names_grow_with_n():
    small = gen.records(2000, seed=1)
    big = gen.records(40000, seed=1)
    assert len({r["name"] for r in small}) / 2000 > 0.8
    assert len({r["name"] for r in big}) / 40000 > 0.8
    # registered names hardly repeat: brand-only names repeat, full names do not
    full = Counter(r["name"] for r in big if r["id"].startswith("BHXH"))
    assert full.most_common(1)[0][1] <= 12


def test_cli_prints_a_summary():
    out = subprocess.run(
        [sys.executable, str(PATH), "3000"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    for word in ("records", "enterprises", "records / enterprise", "with tax code"):
        assert word in out
    assert re.search(r"records\s+3000", out)


# ---------------------------------------------------------------- tax codes


def test_check_digits_on_well_formed_codes(data):
    recs, tags = data[0], data[1]
    checked = bad = 0
    for r, ts in zip(recs, tags, strict=True):
        t = r["tax_code"]
        if re.fullmatch(r"\d{10}", t) or re.fullmatch(r"\d{10}-\d{3}", t):
            checked += 1
            if not valid_code(t[:10]):
                bad += 1
                assert "tax_typo" in ts, r
    assert checked > 0.3 * N
    assert 0 < bad / N < 0.03
    assert gen.check_digit_ok("0301234567") == valid_code("0301234567")
    assert sum(valid_code(f"030123456{d}") for d in range(10)) == 1


def test_branch_codes_are_parent_code_dash_00n(data):
    recs, firms = data[0], data[2]
    branches = [f for f in firms.values() if f.parent is not None]
    assert branches
    for b in branches:
        assert re.fullmatch(r"\d{10}-00[1-9]", b.tax)
        assert b.tax[:10] == b.parent.tax and b.truth != b.parent.truth
    dashed = [r for r in recs if re.fullmatch(r"\d{10}(-| - )00\d", r["tax_code"])]
    assert dashed
    customs13 = [r for r in recs if src(r) == "HQ" and re.fullmatch(r"\d{13}", r["tax_code"])]
    assert customs13


def test_a_truth_never_spans_two_head_office_codes(data):
    codes = defaultdict(set)
    for r in data[0]:
        h = head_code(r["tax_code"])
        if h:
            codes[r["truth"]].add(h)
    assert len(codes) > 0.5 * len({r["truth"] for r in data[0]})
    assert all(len(v) == 1 for v in codes.values())
    # renamed and converted firms keep theirs: old and new names under one code
    firms = data[2]
    renamed = [t for t in codes if firms[t].old is not None]
    assert renamed


def test_a_code_is_shared_only_by_a_head_office_and_its_branches(data):
    holders = defaultdict(set)
    for r in data[0]:
        h = head_code(r["tax_code"])
        if h:
            holders[h].add(r["truth"])
    firms = data[2]
    shared = 0
    for truths in holders.values():
        if len(truths) > 1:
            shared += 1
            heads = [t for t in truths if firms[t].parent is None]
            assert len(heads) <= 1
            for t in truths:
                if firms[t].parent is not None:
                    assert not heads or firms[t].parent.truth == heads[0]
    assert shared > 0


@pytest.mark.parametrize(
    "key,pred",
    [
        ("tax_prefix", lambda t: re.match(r"(?i)(mst|mã số thuế|msdn)", t) is not None),
        ("tax_scientific", lambda t: re.fullmatch(r"\d[.,]\d{5}E\+\d\d", t) is not None),
        ("tax_lost_zero", lambda t: re.fullmatch(r"\d{9}", t) is not None),
        ("tax_dots", lambda t: re.fullmatch(r"\d{4}\.\d{3}\.\d{3}", t) is not None),
        ("tax_spaces", lambda t: re.fullmatch(r"\d{4} \d{3} \d{3}|(\d ){9}\d", t) is not None),
        ("tax_empty", lambda t: t == ""),
    ],
)
def test_tax_code_noise_at_its_share(data, key, pred):
    assert near(share(data[0], lambda r: pred(r["tax_code"])), gen.NOISE[key], rel=0.3)


def test_lost_zero_codes_read_back(data):
    lost = [r for r in data[0] if re.fullmatch(r"\d{9}", r["tax_code"])]
    assert lost and all(head_code(r["tax_code"]) for r in lost)
    assert all(src(r) in ("BHXH", "NH", "EVN") for r in lost)


# ---------------------------------------------------------------- hard cases


@pytest.mark.parametrize("case", list(gen.SHARES))
def test_hard_case_occurs_at_its_share(data, case):
    observed = firm_share(data, "renamed_any" if case == "renamed" else case)
    assert near(observed, gen.SHARES[case], rel=0.35), (case, observed)


def _groups(data, case):
    out = defaultdict(list)
    for f in data[2].values():
        if case in f.cases:
            out[f.group].append(f)
    return out


def test_sister_firms_share_brand_and_premises_not_tax_code(data, by_truth):
    groups = _groups(data, "sister")
    assert len(groups) > 20
    shared_address = 0
    for members in groups.values():
        assert len(members) >= 2
        assert len({f.tax for f in members}) == len(members)
        assert len({f.brand for f in members}) == 1
        assert len({f.vi for f in members}) == len(members)
        premises = [f.old_loc or f.loc for f in members]
        assert all(p is premises[0] for p in premises) or any(f.old_loc for f in members)
        addrs = [{r["address"] for r, _ in by_truth[f.truth]} for f in members]
        if len(members) == 2 and addrs[0] & addrs[1] - {""}:
            shared_address += 1
    assert shared_address > 0


def test_namesakes_across_provinces_have_one_name_two_codes(data):
    groups = _groups(data, "namesake_province")
    assert len(groups) > 20
    for a, b in groups.values():
        assert a.vi == b.vi
        assert a.area != b.area and a.tax != b.tax and a.truth != b.truth
    outside = [g for g in groups.values() if any(f.area not in ("HCM", "BD", "BRVT") for f in g)]
    inside = [g for g in groups.values() if all(f.area in ("HCM", "BD", "BRVT") for f in g)]
    assert outside and inside


def test_namesakes_differing_only_in_legal_form(data):
    forms = ("Công ty TNHH Một thành viên ", "Công ty TNHH ", "Công ty Cổ phần ", "Doanh nghiệp tư nhân ")

    def core(vi):
        for f in forms:
            if vi.startswith(f):
                return vi[len(f) :]
        return vi

    groups = _groups(data, "namesake_form")
    assert len(groups) > 20
    for a, b in groups.values():
        assert a.vi != b.vi and core(a.vi) == core(b.vi) and a.tax != b.tax


def test_branches_are_their_own_enterprise_sometimes_with_only_the_parent_code(data, by_truth):
    recs, tags, firms = data
    coded = sum(1 for ts in tags if "branch_code" in ts)
    parent_only = sum(1 for ts in tags if "branch_parent_code" in ts)
    assert 0.2 <= parent_only / (coded + parent_only) <= 0.4
    for t, rows in by_truth.items():
        f = firms[t]
        for r, ts in rows:
            if "branch_parent_code" in ts:
                assert len(re.sub(r"\D", "", r["tax_code"])) <= 10
                assert head_code(r["tax_code"]) in (f.parent.tax, None)  # None: Excel notation
    named = [
        r
        for r, ts in zip(recs, tags, strict=True)
        if firms[r["truth"]].parent and "chi nh" in r["name"].lower()
    ]
    assert named


def test_renamed_firms_show_both_names_under_one_truth(data, by_truth):
    firms = data[2]
    seen = 0
    for t, rows in by_truth.items():
        f = firms[t]
        if f.old is None or len(rows) < 2:
            continue
        assert f.old[0] != f.vi
        kinds = {"old_name" in ts for _, ts in rows}
        assert kinds == {True, False}
        seen += 1
    assert seen > 50
    converted = [f for f in firms.values() if "converted" in f.cases]
    assert converted and all(f.old[0].split()[-1] == f.vi.split()[-1] for f in converted)


def test_moved_firms_show_old_and_new_address(data, by_truth):
    firms = data[2]
    moved = [f for f in firms.values() if f.old_loc is not None]
    assert moved
    for f in moved:
        assert f.old_loc != f.loc
        kinds = {"old_loc" in ts for _, ts in by_truth[f.truth]}
        assert kinds == {True, False}
    assert near(tag_share(data, "old_loc"), gen.NOISE["old_loc"], rel=0.3)


def test_unrelated_firms_share_a_factory_lot(data):
    lots = defaultdict(set)
    for f in data[2].values():
        if "shared_lot" in f.cases:
            lots[id(f.loc)].add(f.truth)
    multi = [ts for ts in lots.values() if len(ts) >= 2]
    assert len(multi) > 10
    firms = data[2]
    for ts in multi:
        assert len({firms[t].tax for t in ts}) == len(ts)
        assert len({firms[t].group or t for t in ts}) == len(ts)
    assert any("xây sẵn" in r["address"].lower() or "ready-built" in r["address"].lower() for r in data[0])


def test_unrelated_firms_share_an_accounting_phone(data):
    owners = defaultdict(set)
    for f in data[2].values():
        if f.acct:
            owners[f.acct].add(f.truth)
    multi = {p: ts for p, ts in owners.items() if len(ts) >= 2}
    assert len(multi) > 10
    # the shared number really is in the records of two or more firms
    in_records = defaultdict(set)
    last9 = {p[-9:]: p for p in multi}
    for r in data[0]:
        digits = re.sub(r"\D", "", r["phone"])
        for tail, p in last9.items():
            if tail in digits:
                in_records[p].add(r["truth"])
    assert sum(1 for ts in in_records.values() if len(ts) >= 2) > 5


def test_truncated_names_at_a_fixed_width(data):
    recs, tags = data[0], data[1]
    evn = [r for r in recs if src(r) == "EVN"]
    clean = [
        r
        for r, ts in zip(recs, tags, strict=True)
        if src(r) == "EVN" and not {"typo", "nfd", "mojibake"} & set(ts)
    ]
    assert all(len(r["name"]) <= 40 for r in clean)
    assert share(evn, lambda r: len(unicodedata.normalize("NFC", r["name"])) == 40) > 0.2
    assert near(tag_share(data, "truncated"), gen.NOISE["truncated"], rel=0.3)


def test_brand_only_names(data):
    recs, tags = data[0], data[1]
    legal = re.compile(r"(?i)c[oô]ng ty|cty|co\.,|tnhh|c[oổ] ph[aầ]n|jsc|dntn|ltd")
    brand = [r for r, ts in zip(recs, tags, strict=True) if "brand_only" in ts]
    assert near(len(brand) / N, gen.NOISE["brand_only"], rel=0.3)
    assert (
        share(brand, lambda r: not legal.search(unicodedata.normalize("NFC", r["name"]).replace("cty ", "")))
        > 0.9
    )


def test_fdi_names_in_their_own_scripts(data):
    names = [r["name"] for r in data[0]]
    assert any(re.search(r"[\uac00-\ud7a3]", n) for n in names)  # hangul
    assert any(re.search(r"[\u30a0-\u30ff]", n) for n in names)  # katakana
    assert any(re.search(r"株式会社|精機|工業", n) for n in names)  # kanji
    assert any(re.search(r"越南.*有限公司", n) for n in names)  # hanzi
    native_only = [n for n in names if not re.search(r"[A-Za-z]", n)]
    assert native_only
    assert any(re.search(r"\bVINA\b", n) for n in names)
    assert any("(VIETNAM)" in n for n in names)


def test_three_eras_and_park_spellings(data):
    addrs = [unicodedata.normalize("NFC", r["address"]) for r in data[0]]
    bd_parks = re.compile(r"(?i)vsip|sóng thần|song than|mỹ phước|my phuoc|việt nam - singapore")
    assert any(bd_parks.search(a) and re.search(r"(?i)hồ chí minh|tp\.? ?hcm|ho chi minh", a) for a in addrs)
    assert any(bd_parks.search(a) and re.search(r"(?i)bình dương|binh duong|\bbd\b", a) for a in addrs)
    assert any(re.search(r"(?i)quận|\bq\.|huyện|district", a) for a in addrs)
    # a post-merger ward written with the old province
    assert any(
        "Phường Bình Dương" in a
        and "Tỉnh Bình Dương" not in a
        and "Bình Dương" in a.split("Phường Bình Dương")[1]
        for a in addrs
    )
    for form in ("KCN ", "Khu công nghiệp", " IP", "I.Z.", "EPZ", "KCX", "Industrial Park"):
        assert any(form in a for a in addrs), form


# ---------------------------------------------------------------- noise


# UTF-8 lead byte then a continuation byte, both read as cp1252 ("Ã´", "Æ°", "á»")
_CONT = "".join(bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0xC0))
MOJI = re.compile("[ÃÄÆáâ][" + re.escape(_CONT) + "]")


@pytest.mark.parametrize(
    "key,pred",
    [
        ("nfd", lambda r: not unicodedata.is_normalized("NFC", r["name"] + r["address"])),
        ("mojibake", lambda r: MOJI.search(r["name"]) is not None),
        ("phone_empty", lambda r: r["phone"] == ""),
        ("address_empty", lambda r: r["address"] == ""),
        ("multi_phone", lambda r: len(re.findall(r"\d[\d .\-()]{7,}\d", r["phone"].split("Fax")[0])) >= 2),
        (
            "phone_old_mobile",
            lambda r: re.search(r"(^|[^\d])(0|\+84 )1[2689]\d ?\d{3} ?\d{4}", r["phone"]) is not None,
        ),
        ("phone_plus84", lambda r: "+84" in r["phone"]),
    ],
)
def test_noise_at_its_share(data, key, pred):
    observed = share(data[0], pred)
    assert near(observed, gen.NOISE[key], rel=0.3, floor=0.005), (key, observed)


def test_case_and_diacritics_noise(data):
    recs = data[0]
    caps = share(recs, lambda r: r["name"] == r["name"].upper() and re.search(r"[A-Za-z]", r["name"]))
    assert 0.35 < caps < 0.6
    ascii_outside_customs = share(recs, lambda r: src(r) != "HQ" and r["name"].isascii())
    assert 0.15 < ascii_outside_customs < 0.35
    lower = share(recs, lambda r: src(r) == "ZL" and r["name"] == r["name"].lower())
    assert lower > 0.03
    assert near(tag_share(data, "typo"), gen.NOISE["typo"], rel=0.3)


def test_old_area_codes_and_lost_leading_zero_phones(data):
    phones = [r["phone"] for r in data[0]]
    assert any(re.search(r"\(08\)|^08[ .]|\b0650|\(064\)|^064", p) for p in phones)
    assert any(re.fullmatch(r"[1-9]\d{8}", p) for p in phones)  # Excel ate the zero
    assert any(p.startswith("Tel:") and "Fax" in p for p in phones)
    assert near(tag_share(data, "phone_old_area"), gen.NOISE["phone_old_area"], rel=0.3)
