"""bench/data/resolve/gen_quangngai.py checked against its own module docstring.

Every figure below comes from the generator's docstring (sources, truth rule,
codes/phones, measured shape, hard negatives).  The tolerances are bands around
the documented values, not the values the generator happens to produce.  Where
the generator contradicts its docstring, the test states the docstring and is
marked as a strict xfail ("generator slip").
"""
from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench" / "data" / "resolve"))
import gen_quangngai  # noqa: E402

SEED = 7
N_SMALL = 3_000
N_BIG = 20_000
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
# docstring "Sources": id prefix -> share of rows at n = 100,000, seed 0
DOC_SHARE = {"THUE": .193, "KKT": .053, "VSIP": .008, "SCTQ": .120, "SCTK": .049, "TKE": .125, "HQ": .042,
             "BHXH": .124, "NN": .132, "WEB": .096, "NCC": .058}
# docstring "Codes and phones": 430/431 old Quang Ngai, 610/611 old Kon Tum, outside head offices, 8x personal
QN_PREFIXES = ("430", "431")
KT_PREFIXES = ("610", "611")
LOCAL_PREFIXES = QN_PREFIXES + KT_PREFIXES
OUT_PREFIXES = ("010", "030", "031", "040", "350", "020", "400", "410", "590", "280", "360", "370")
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
OUT_PLACES = re.compile(r"\b(?:ha noi|ho chi minh|da nang|vung tau|hai phong|quang nam|binh dinh|gia lai|"
                        r"thanh hoa|dong nai|binh duong)\b")
PARK = re.compile(r"(?i)\bKCN\b|\bKKT\b|\bCCN\b|khu công nghiệp|khu kinh tế|khu KT|cụm (?:công nghiệp|CN)|"
                  r"industrial|economic zone|\bLô\b|\bLot\b|\bVSIP\b")
CJK = re.compile(r"[\u4e00-\u9fff]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3040-\u30ff]")


# --------------------------------------------------------------------------- helpers
def src(r: dict) -> str:
    return r["id"].rsplit("-", 1)[0]


def fold(s: str) -> str:
    """Vietnamese text without diacritics (handles NFC and NFD input)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def low(s: str) -> str:
    return " ".join(fold(s).lower().split())


def has_diacritics(s: str) -> bool:
    return fold(s) != s


def ascii_upper(s: str) -> bool:
    return s.isascii() and s == s.upper()


def mst_ok(code: str) -> bool:
    """10 digits, N10 = 10 - (sum(w_i*N_i) mod 11) with the documented weights."""
    if len(code) != 10 or not code.isdigit():
        return False
    c = 10 - sum(w * int(d) for w, d in zip(WEIGHTS, code[:9], strict=True)) % 11
    return c < 10 and c == int(code[9])


# "X-001", "X - 001", "X001", "X-01", "X/001", "X_001" (docstring "Excel damage")
_CODE = re.compile(r"(?<![\d.,])(\d{10})(?:\s?[-/_]\s?(\d{2,3})|(\d{3}))?(?!\d)")


def codes_in(cell: str) -> list[tuple[str, str | None]]:
    """Check-digit-valid codes in a tax cell: (10-digit base, unit suffix as NNN or None)."""
    out = []
    for m in _CODE.finditer(cell):
        if mst_ok(m.group(1)):
            s = m.group(2) or m.group(3)
            out.append((m.group(1), s.zfill(3) if s else None))
    return out


def enterprise_codes(r: dict) -> list[tuple[str, str | None]]:
    """Valid codes that identify an enterprise: personal codes (8x) left out, and the economic-zone
    board's tax column left out (it also holds project codes and investment-certificate numbers)."""
    if src(r) == "KKT":
        return []
    return [(c, s) for c, s in codes_in(r["tax_code"]) if c[0] != "8"]


def share(rows: list[dict], pred) -> float:
    return sum(1 for r in rows if pred(r)) / len(rows)


def tol(p: float, n: int, floor: float = 0.01) -> float:
    """Sample-size aware band half-width: 4 binomial standard errors, at least `floor`."""
    return max(floor, 4 * math.sqrt(p * (1 - p) / n))


# --------------------------------------------------------------------------- phones
_PH_KINDS = (
    ("mobile", re.compile(r"0(?:3[2-9]|5[689]|7[06-9]|8[1-9]|9\d)\d{7}")),
    ("mobile11", re.compile(r"01(?:6[2-9]|2\d|86|88|99)\d{7}")),        # pre-2018 11-digit mobiles
    ("land", re.compile(r"02(?:55|60)\d{7}")),                          # 0255 Quang Ngai, 0260 Kon Tum
    ("oldland", re.compile(r"0(?:55|60)\d{7}")),                        # pre-2017 055 / 060
    ("outside", re.compile(r"02[48]\d{8}|02(?:36|54|25|35|56|69|37|51|74)\d{7}")),
    ("oldoutside", re.compile(r"0[48]\d{8}|0(?:511|510|650)\d{7}|0(?:64|31|56|59|37|61)\d{7}")),
    ("local", re.compile(r"[236]\d{6}")),                                # local number without area code
)
_PH_NOTE = re.compile(r"\([^)]*[^\d\s().+-][^)]*\)")      # "(anh Hùng)", "(GĐ)"
_PH_SEP = re.compile(r"\s*[;,/–\n&]\s*|\s-\s|\s+hoặc\s+")
_MAIL = re.compile(r"\S+@\S+")


def phone_kind(d: str) -> str:
    if d.startswith("84") and len(d) in (10, 11, 12):
        d = "0" + d[2:]
    for kind, pat in _PH_KINDS:
        if pat.fullmatch(d):
            return kind
    if d[:1] != "0" and any(pat.fullmatch("0" + d) for _, pat in _PH_KINDS[:-1]):
        return "nozero"
    return "?"


def phone_numbers(cell: str) -> list[tuple[str, str]]:
    out = []
    for part in _PH_SEP.split(_PH_NOTE.sub("", _MAIL.sub("", cell))):
        d = re.sub(r"\D", "", part)
        if d:
            out.append((d, phone_kind(d)))
    return out


def phone_key(d: str) -> str | None:
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    return d[-9:] if len(d) >= 9 else None


def phone_load(rows: list[dict]) -> dict[str, set[str]]:
    """phone (last 9 digits) -> truths that give it"""
    out = defaultdict(set)
    for r in rows:
        for d, k in phone_numbers(r["phone"]):
            key = phone_key(d) if k != "?" else None
            if key:
                out[key].add(r["truth"])
    return out


# --------------------------------------------------------------------------- addresses
_DISTRICT = re.compile(r"\b(?:huyen|thi xa|thanh pho|quan|tp|tx)\s+[a-z0-9]|\b(?:tp|tx|h)\.\s*[a-z]")


def local(address: str) -> bool:
    return bool(address) and not OUT_PLACES.search(low(address))


def new_style(address: str) -> bool:
    """Post-merger address: new commune + 'tỉnh Quảng Ngãi', no district, no '(nay là ...)' note."""
    a = low(address)
    return "tinh quang ngai" in a and not _DISTRICT.search(a) and not re.search(r"nay la|truoc day|\(cu\)", a)


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def small() -> list[dict]:
    return gen_quangngai.records(N_SMALL, SEED)


@pytest.fixture(scope="module")
def big() -> list[dict]:
    return gen_quangngai.records(N_BIG, SEED)


@pytest.fixture(scope="module")
def folded(big) -> list[dict]:
    return [{k: fold(v) for k, v in r.items()} for r in big]


@pytest.fixture(scope="module")
def by_src(big) -> dict[str, list[dict]]:
    out = defaultdict(list)
    for r in big:
        out[src(r)].append(r)
    return out


@pytest.fixture(scope="module")
def by_truth(big) -> dict[str, list[dict]]:
    out = defaultdict(list)
    for r in big:
        out[r["truth"]].append(r)
    return out


@pytest.fixture(scope="module")
def truth_codes(big) -> dict[str, Counter]:
    """truth -> Counter of enterprise base codes over its rows"""
    out = defaultdict(Counter)
    for r in big:
        for c, _ in enterprise_codes(r):
            out[r["truth"]][c] += 1
    return out


@pytest.fixture(scope="module")
def code_truths(big) -> dict[str, set[str]]:
    out = defaultdict(set)
    for r in big:
        for c, _ in enterprise_codes(r):
            out[c].add(r["truth"])
    return out


@pytest.fixture(scope="module")
def truth_phones(big) -> dict[str, set[str]]:
    out = defaultdict(set)
    for p, ts in phone_load(big).items():
        for t in ts:
            out[t].add(p)
    return out


def main_code(truth_codes, t: str) -> str | None:
    c = truth_codes.get(t)
    return c.most_common(1)[0][0] if c else None


# --------------------------------------------------------------------------- contract
@pytest.mark.parametrize("n", [1, 2, 17, 499])
def test_exactly_n_records_for_small_n(n):
    rows = gen_quangngai.records(n, SEED)
    assert len(rows) == n
    assert all(set(r) == KEYS for r in rows)


def test_exactly_n_records_with_the_documented_keys(small, big):
    for n, rows in ((N_SMALL, small), (N_BIG, big)):
        assert len(rows) == n
        assert all(isinstance(r, dict) and set(r) == KEYS for r in rows)


def test_all_values_are_str(small, big):
    for rows in (small, big):
        assert all(type(v) is str for r in rows for v in r.values())
        assert all(r["id"] and r["truth"] for r in rows)


def test_deterministic_per_n_and_seed(small):
    assert gen_quangngai.records(N_SMALL, SEED) == small


def test_seed_changes_the_records(small):
    other = gen_quangngai.records(N_SMALL, SEED + 1)
    assert len(other) == N_SMALL
    assert [r["name"] for r in other] != [r["name"] for r in small]
    assert {r["name"] for r in other} != {r["name"] for r in small}


def test_ids_are_source_and_row_number(small, big):
    for rows in (small, big):
        ids = [r["id"] for r in rows]
        assert len(set(ids)) == len(ids)
        nums = defaultdict(list)
        for i in ids:
            m = re.fullmatch(r"([A-Z]+)-(\d+)", i)
            assert m, i
            nums[m.group(1)].append(int(m.group(2)))
        assert set(nums) == set(DOC_SHARE) == set(gen_quangngai.SOURCES)
        for s, v in nums.items():     # row numbers 1..k within each source
            assert sorted(v) == list(range(1, len(v) + 1)), s


def test_records_are_shuffled(big):
    same_truth_neighbours = sum(a["truth"] == b["truth"] for a, b in pairwise(big))
    assert same_truth_neighbours / len(big) < 0.01
    assert len({src(r) for r in big[:100]}) >= 9


def test_source_shares_match_the_docstring(big):
    cnt = Counter(src(r) for r in big)
    for s, doc in DOC_SHARE.items():
        got = cnt[s] / len(big)
        assert abs(got - doc) <= max(0.015, 0.15 * doc), (s, got, doc)
    assert 0.004 <= cnt["VSIP"] / len(big) <= 0.014                     # doc 0.8%


def test_stats_recomputes_the_documented_figures(big):
    st = gen_quangngai.stats(big)
    assert st["records"] == len(big)
    assert st["entities"] == len({r["truth"] for r in big})
    assert st["share_valid_tax_code"] == pytest.approx(share(big, lambda r: gen_quangngai.valid_mst(r["tax_code"])),
                                                       abs=1e-4)
    assert set(st["sources"]) == set(DOC_SHARE)


# --------------------------------------------------------------------------- shape
def test_entity_count_scales_with_n(small, big):
    # doc: 45,553 entities at n = 100,000
    for rows in (small, big):
        ents = len({r["truth"] for r in rows})
        assert 0.41 <= ents / len(rows) <= 0.50, ents / len(rows)


def test_records_per_entity_and_singletons(small, big):
    for rows in (small, big):
        sizes = Counter(Counter(r["truth"] for r in rows).values())
        ents = sum(sizes.values())
        assert 2.0 <= len(rows) / ents <= 2.42                  # doc 2.195
        assert 0.40 <= sizes[1] / ents <= 0.51                  # doc 45.37% of entities


def test_entity_size_histogram(by_truth):
    sizes = Counter(len(v) for v in by_truth.values())
    ents = sum(sizes.values())
    hist = {"1": sizes[1], "2": sizes[2], "3": sizes[3], "4": sizes[4],
            "5-9": sum(c for k, c in sizes.items() if 5 <= k <= 9),
            "10-19": sum(c for k, c in sizes.items() if 10 <= k <= 19),
            "20-39": sum(c for k, c in sizes.items() if 20 <= k <= 39)}
    # doc: 1: 20,666 | 2: 13,793 | 3: 5,806 | 4: 2,193 | 5-9: 2,418 | 10-19: 545 | 20-39: 121 of 45,553
    doc = {k: v / 45_553 for k, v in (("1", 20_666), ("2", 13_793), ("3", 5_806), ("4", 2_193), ("5-9", 2_418),
                                        ("10-19", 545), ("20-39", 121))}
    for k, d in doc.items():
        assert abs(hist[k] / ents - d) <= max(0.004, 0.25 * d), (k, hist[k] / ents, d)
    assert hist["20-39"] > 0
    assert 20 <= max(sizes) <= 60                               # doc: largest group 58 at n = 100,000


def test_column_fills(big):
    assert abs(share(big, lambda r: r["name"]) - 0.9971) <= 0.004                                # doc 99.71%
    assert abs(share(big, lambda r: r["tax_code"]) - 0.7484) <= 0.03                             # doc 74.84%
    assert abs(share(big, lambda r: gen_quangngai.valid_mst(r["tax_code"])) - 0.5350) <= 0.03    # doc 53.50%
    assert abs(share(big, lambda r: r["phone"]) - 0.7294) <= 0.03                                # doc 72.94%
    assert abs(share(big, lambda r: r["address"]) - 0.9509) <= 0.015                            # doc 95.09%


def test_outside_head_offices_are_about_a_twentieth_of_entities(by_truth, truth_codes):
    # doc: outside head offices 5.5% of fresh draws, plus related firms drawn next to their relative
    out = sum(any(c.startswith(OUT_PREFIXES) for c in truth_codes.get(t, ())) for t in by_truth)
    assert 0.035 <= out / len(by_truth) <= 0.07, out / len(by_truth)


# --------------------------------------------------------------------------- codes
def test_valid_mst_is_the_documented_rule(big):
    for c in {r["tax_code"] for r in big}:
        m = re.fullmatch(r"(\d{10})(?:-\d{3})?", c.strip())
        assert gen_quangngai.valid_mst(c) == bool(m and mst_ok(m.group(1))), c


def test_valid_codes_follow_the_documented_prefixes(big):
    pre = Counter()
    for r in big:
        if src(r) == "KKT":
            continue
        for c, _ in codes_in(r["tax_code"]):
            pre["8" if c[0] == "8" else c[:3]] += 1
    total = sum(pre.values())
    other = total - sum(pre[p] for p in LOCAL_PREFIXES + OUT_PREFIXES + ("8",))
    assert other / total <= 0.003, pre
    assert sum(pre[p] for p in LOCAL_PREFIXES) / total > 0.7
    assert all(pre[p] > 0 for p in LOCAL_PREFIXES + ("8",)), pre
    assert sum(pre[p] > 0 for p in OUT_PREFIXES) >= 10, pre


def test_personal_codes_are_8x_with_a_valid_check_digit(big):
    bare8 = [t for r in big if src(r) != "KKT"                       # KKT: project codes 86...
             for t in re.findall(r"(?<![\d.,])8\d{9}(?!\d)", r["tax_code"])]
    assert len(bare8) > 200
    assert sum(mst_ok(t) for t in bare8) / len(bare8) >= 0.97


def test_dependent_units_are_numbered_001_to_004(big, by_src):
    suf = Counter(s for r in big for _, s in enterprise_codes(r) if s)
    assert suf["001"] > suf["002"] > 0
    assert set(suf) <= {"001", "002", "003", "004"}, suf
    assert any(re.fullmatch(r"\d{10}-00[1-4]", r["tax_code"]) for r in by_src["THUE"])       # 13 characters
    cells = [r["tax_code"] for r in big]
    for form in (r"\d{13}", r"\d{10}-0[1-4]", r"\d{10}/00[1-4]", r"\d{10} - 00[1-4]"):   # "001" "-01" "/001" " - 001"
        assert any(re.fullmatch(form, c) for c in cells), form


def test_mistyped_codes_fail_the_check_and_are_rare(big):
    label = re.compile(r"^(?:MST:?|')\s*")
    ok = bad = 0
    for r in big:
        if src(r) == "KKT":
            continue
        m = re.fullmatch(r"(\d{10})(?:-\d{3})?", label.sub("", r["tax_code"].strip()))
        if m:
            ok += mst_ok(m.group(1))
            bad += not mst_ok(m.group(1))
    assert ok > 5000
    assert 0.001 < bad / (ok + bad) < 0.03


def test_single_wrong_digit_or_swap_among_the_first_nine_always_fails(big, truth_codes):
    near = 0
    for r in big:
        own = main_code(truth_codes, r["truth"])
        if src(r) == "KKT" or own is None:
            continue
        for t in re.findall(r"(?<!\d)\d{10}(?!\d)", r["tax_code"]):
            diff = [i for i in range(10) if t[i] != own[i]]
            one_digit = len(diff) == 1
            swap = len(diff) == 2 and diff[1] == diff[0] + 1 <= 8 and t[diff[0]] == own[diff[1]] \
                and t[diff[1]] == own[diff[0]]
            if one_digit or swap:
                near += 1
                assert not mst_ok(t), (t, own)
    assert near >= 20


def test_household_ids_follow_the_documented_birthplaces(big):
    cccd = [t for r in big for t in re.findall(r"(?<![\d.,])0\d{11}(?!\d)", r["tax_code"])]
    assert len(cccd) > 500
    pre = Counter(c[:3] for c in cccd)
    assert (pre["051"] + pre["062"]) / len(cccd) >= 0.8                     # Quang Ngai / Kon Tum
    assert pre["051"] and pre["062"] and len(pre) > 2                         # ... and others
    nine = [t for r in big if src(r) == "NN" for t in re.findall(r"(?<![\d.,])\d{9}(?![\d.,])", r["tax_code"])
            if not mst_ok("0" + t) and not t.startswith(("43", "61"))]     # not a code that lost a digit
    assert len(nine) > 50
    assert sum(t[:3] in ("212", "233") for t in nine) / len(nine) >= 0.9    # old CMND 212 / 233


def test_economic_zone_board_tax_column(by_src):
    kkt = by_src["KKT"]
    assert any(re.fullmatch(r"GCNĐKĐT số \d{10,12}", r["tax_code"]) for r in kkt)
    assert any(re.fullmatch(r"MST: \d{10}(?:-\d{3})?; MSDA: \d{10,12}", r["tax_code"]) for r in kkt)
    project = share(kkt, lambda r: re.search(r"GCNĐKĐT|MSDA", r["tax_code"]) or (
        re.fullmatch(r"\d{10,12}", r["tax_code"]) and not r["tax_code"].startswith(LOCAL_PREFIXES + OUT_PREFIXES)))
    assert project >= 0.2                                                       # "often"


def test_social_insurance_unit_codes_sometimes(by_src):
    bh = by_src["BHXH"]
    unit = share(bh, lambda r: re.search(r"\b[A-Z]{2}\d{4}[A-Z]\b", r["tax_code"]))
    assert 0.08 <= unit <= 0.35                                                 # "sometimes" ("TA1560N")


# --------------------------------------------------------------------------- truth rule
def test_one_truth_carries_one_enterprise_code(truth_codes):
    multi = [t for t, c in truth_codes.items() if len(c) > 1]
    assert len(truth_codes) > 3000
    assert len(multi) / len(truth_codes) <= 0.01        # check-passing swaps with the check digit aside


def test_different_truths_do_not_share_an_enterprise_code(code_truths):
    shared = [c for c, ts in code_truths.items() if len(ts) > 1]
    assert len(shared) / len(code_truths) <= 0.002


def test_dependent_units_carry_the_parent_truth(big):
    bare, unit = defaultdict(set), defaultdict(set)
    for r in big:
        for c, s in enterprise_codes(r):
            (unit if s else bare)[c].add(r["truth"])
    both = [c for c in unit if c in bare]
    assert len(both) >= 100
    assert sum(len(bare[c] | unit[c]) == 1 for c in both) / len(both) >= 0.99


def test_outside_head_office_and_its_site_offices_are_one_truth(by_truth):
    hits = 0
    for rows in by_truth.values():
        codes = [(c, s) for r in rows for c, s in enterprise_codes(r)]
        if not any(c.startswith(OUT_PREFIXES) for c, _ in codes):
            continue
        unit = any(s for _, s in codes) or any(re.search(r"(?i)ban (?:điều hành|chỉ huy)|BĐH|BCH|site office|"
                                                         r"chi nhánh|branch", r["name"]) for r in rows)
        head_office = any(OUT_PLACES.search(low(r["address"])) for r in rows)
        in_province = any(local(r["address"]) for r in rows)
        hits += unit and head_office and in_province
    assert hits >= 30


def test_site_offices_are_listed_under_the_contractor(big, truth_codes):
    site = [r for r in big if re.search(r"(?i)ban điều hành|ban chỉ huy công trường|\bBĐH\b|\bBCH công trường",
                                        r["name"])]
    assert len(site) >= 30
    coded = [r for r in site if enterprise_codes(r)]
    assert coded
    assert share(coded, lambda r: enterprise_codes(r)[0][0] == main_code(truth_codes, r["truth"])) >= 0.95


def _truths_with_both(by_truth, a: re.Pattern, b: re.Pattern) -> int:
    n = 0
    for rows in by_truth.values():
        names = [low(r["name"]) for r in rows]
        n += any(a.search(x) for x in names) and any(b.search(x) for x in names)
    return n


def test_conversion_tnhh_to_cp_keeps_the_truth(by_truth):
    cp = re.compile(r"\bco phan\b|\bctcp\b|\bcty cp\b|\bc\.ty cp\b|\bjsc\b|joint stock|\bcorp")
    tnhh = re.compile(r"\btnhh\b|trach nhiem huu han|co\.,? ?ltd|company limited|limited company")
    assert _truths_with_both(by_truth, cp, tnhh) >= 10
    assert any("(nay là " in r["name"] for rows in by_truth.values() for r in rows)


def test_renamed_firm_keeps_its_code_and_truth(by_truth, truth_codes):
    renamed = 0
    for t, rows in by_truth.items():
        if len(truth_codes.get(t, ())) != 1:
            continue
        names = {low(r["name"]) for r in rows if src(r) == "THUE" and not re.search(
            r"chi nhanh|nha may|dia diem|kho |van phong|ban dieu hanh|cua hang", low(r["name"]))}
        bodies = {re.sub(r"^(?:cong ty|doanh nghiep|hop tac xa)\s+(?:tnhh|co phan|tu nhan|trach nhiem huu han)?"
                         r"\s*(?:mtv|mot thanh vien)?\s*", "", n) for n in names}
        renamed += len(bodies) > 1
    assert renamed >= 1
    now = [r for rows in by_truth.values() for r in rows if "(nay là " in r["name"]]      # old name (nay là new)
    assert len(now) >= 10
    coded = [r for r in now if truth_codes.get(r["truth"])]
    assert coded and share(coded, lambda r: len(truth_codes[r["truth"]]) == 1) >= 0.9


def test_household_converted_into_a_company_carries_the_company_label(by_truth):
    hits = with_id = 0
    for rows in by_truth.values():
        personal = any(re.search(r"(?<![\d.,])0\d{11}(?!\d)", r["tax_code"]) or                 # CCCD
                       any(c[0] == "8" for c, _ in codes_in(r["tax_code"])) for r in rows)       # personal code
        company = any(c.startswith(LOCAL_PREFIXES) for r in rows for c, _ in enterprise_codes(r))
        household = any(re.match(r"(?:ho kinh doanh|hkd|ho kd|ho ong|ho ba|ho gia dinh|co so|xuong)\b",
                                 low(r["name"])) for r in rows)
        hits += company and household
        with_id += company and household and personal
    assert hits >= 5
    assert with_id >= 1


# --------------------------------------------------------------------------- hard negatives
_FORM_WORDS = set("cong ty cty c.ty cty. ct tnhh mtv 1tv 1 tv mot thanh vien trach nhiem huu han co phan cp ctcp "
                  "doanh nghiep tu nhan dntn dn tn d.n.t.n".split())


def registered_body(name: str) -> str:
    """Folded name without the legal-form words ('Công ty TNHH MTV', 'CTCP', ...)."""
    return " ".join(w for w in low(name).replace("(", " ").replace(")", " ").split() if w not in _FORM_WORDS)


def test_namesakes_in_the_two_old_provinces_are_different_truths(big, truth_codes):
    by_name = defaultdict(set)
    for r in big:
        n = low(r["name"])
        if src(r) in ("THUE", "TKE", "BHXH", "HQ") and n.startswith(("cong ty", "cty", "doanh nghiep", "dntn")) \
                and len(truth_codes.get(r["truth"], ())) == 1:
            by_name[n].add(r["truth"])
    pairs = 0
    for ts in by_name.values():
        prefixes = {main_code(truth_codes, t)[:2] for t in ts}
        pairs += len(ts) > 1 and {"43", "61"} <= prefixes
    assert pairs >= 5


def test_sister_firms_have_close_serials_share_a_phone_and_the_core(by_truth, truth_codes, truth_phones):
    seq = sorted((int(c[:9]), t) for t, cs in truth_codes.items() for c in cs if c.startswith(LOCAL_PREFIXES))
    pairs = [(ta, tb) for (a, ta), (b, tb) in pairwise(seq)
             if ta != tb and b - a <= 40 and truth_phones[ta] & truth_phones[tb]]
    assert len(pairs) >= 10

    def words(t):
        return {w for r in by_truth[t] for w in registered_body(r["name"]).split() if len(w) >= 2}

    same_core = sum(bool(words(a) & words(b)) for a, b in pairs)
    assert same_core >= 0.8 * len(pairs)                    # same core, another sector or suffix


def test_parent_and_local_subsidiary_are_different_truths(by_truth, truth_codes):
    """an outside or FDI parent and its local TNHH MTV '... Dung Quất' / '... Miền Trung' subsidiary,
    frequently at the parent's site office address"""
    place = re.compile(r"\s+(?:dung quat|mien trung|quang ngai|van tuong|dq|kon tum|viet nam|vina|vn|sai gon|"
                       r"ha noi|thang long|phuong nam|mien nam|da nang)$")

    def core(name):
        b = registered_body(name)
        while place.search(" " + b):
            b = place.sub("", " " + b).strip()
        return " ".join(b.split()[-2:]) if len(b.split()) >= 2 else ""

    parents, subs, doors = defaultdict(set), defaultdict(set), defaultdict(set)
    for t, rows in by_truth.items():
        c = main_code(truth_codes, t)
        if c is None:
            continue
        for r in rows:
            door = low(r["address"]).split(",")[0]
            if re.search(r"\d", door):
                doors[t].add(door)
            if re.search(r"(?i)chi nhánh|nhà máy|ban |\bCN\b|BĐH|BCH|VPĐD|văn phòng|kho", r["name"]):
                continue
            n, k = low(r["name"]), core(r["name"])
            if not k:
                continue
            if c.startswith(OUT_PREFIXES) or re.search(r"\bvina\b", n):          # outside or FDI parent
                parents[k].add(t)
            if c.startswith(LOCAL_PREFIXES) and re.search(r"\b(?:mtv|mot thanh vien|1 ?tv|one member)\b", n) and \
                    re.search(r"(?:dung quat|mien trung|quang ngai|van tuong|\bdq|kon tum)(?: one member.*| co\..*)?$", n):
                subs[k].add(t)
    pairs = {(p, s) for k in subs for s in subs[k] for p in parents.get(k, ()) if p != s}
    assert len(pairs) >= 10
    assert sum(bool(doors[p] & doors[s]) for p, s in pairs) >= 2             # at the parent's site
    assert all(main_code(truth_codes, p) != main_code(truth_codes, s) for p, s in pairs)


def test_one_foreign_brand_two_legal_entities(by_src, truth_codes):
    tail = re.compile(r"\b(?:DUNG QUAT|QUANG NGAI|MIEN TRUNG|KON TUM)\b")
    brands = defaultdict(set)
    tailed = set()
    for s in ("VSIP", "HQ", "NCC", "WEB", "KKT"):
        for r in by_src[s]:
            n = r["name"].upper()
            if not n.isascii() or not re.search(r"CO\.,? ?LTD|COMPANY|\bJSC\b|CORP", n):
                continue
            if not re.search(r"\bVINA\b|\bVIETNAM\b|" + tail.pattern, n):
                continue
            first = n.split()[0]
            if len(first) >= 5 and len(truth_codes.get(r["truth"], ())) == 1:
                brands[first].add(r["truth"])
                if tail.search(n):
                    tailed.add(r["truth"])
    twins = [ts for ts in brands.values() if len(ts) > 1 and ts & tailed]
    assert len(twins) >= 3
    for ts in twins:
        assert len({main_code(truth_codes, t) for t in ts}) == len(ts)      # separate tax codes


def test_accounting_phones_shared_by_many_small_firms_and_the_pool_grows(big, small):
    heavy = {}
    for n, rows in ((N_BIG, big), (N_SMALL, small)):
        load = phone_load(rows)
        heavy[n] = sorted((len(ts) for ts in load.values()), reverse=True)
    assert heavy[N_BIG][0] >= 8
    assert sum(k >= 5 for k in heavy[N_BIG]) > sum(k >= 5 for k in heavy[N_SMALL])     # pool grows with n


def test_virtual_office_addresses_are_shared_by_several_firms(by_truth, truth_codes):
    doors = defaultdict(set)
    for t, rows in by_truth.items():
        c = main_code(truth_codes, t)
        if c is None or not c.startswith(LOCAL_PREFIXES):
            continue
        for r in rows:
            a = low(r["address"])
            m = re.match(r"tang \d+, ([^,]+)", a)
            if m and "toa nha" not in a:
                doors[m.group(0)].add(t)
    shared = [ts for ts in doors.values() if len(ts) >= 3]
    assert shared
    assert all(len({main_code(truth_codes, t) for t in ts}) == len(ts) for ts in shared)


def test_cooperatives_named_after_the_commune_are_different_truths(by_truth, truth_codes):
    names = defaultdict(set)
    for t, rows in by_truth.items():
        for r in rows:
            n = low(r["name"])
            if re.match(r"(?:hop tac xa|htx|h\.t\.x) ", n) and src(r) in ("THUE", "SCTQ", "NN", "BHXH"):
                names[re.sub(r"^(?:hop tac xa|htx|h\.t\.x) ", "", n)].add(t)
    shared = [ts for ts in names.values() if len(ts) > 1]
    assert len(shared) >= 5
    coded = [ts for ts in shared if all(truth_codes.get(t) for t in ts)]
    assert coded and all(len({main_code(truth_codes, t) for t in ts}) == len(ts) for ts in coded)


def test_common_owner_names_in_other_communes(big):
    owners = defaultdict(set)
    for r in big:
        m = re.match(r"(?:ho kinh doanh|hkd|ho kd|ho ong|ho ba|ho gia dinh)\s+(\D+)$", low(r["name"]))
        if m and len(m.group(1).split()) >= 3:
            owners[m.group(1)].add(r["truth"])
    assert sum(len(ts) > 1 for ts in owners.values()) >= 10


# --------------------------------------------------------------------------- sources
def _thue_households(by_src) -> list[dict]:
    out = []
    for r in by_src["THUE"]:
        n = r["name"]
        if re.search(r"(?i)công ty|cty|tnhh|htx|hợp tác|doanh nghiệp|dntn|chi nhánh|nhà máy|văn phòng|ban |kho",
                     n):
            continue
        if re.fullmatch(r"(?i)(?:hộ kinh doanh )?[^\W\d_]+(?:[ '-][^\W\d_]+)+", n) or n.upper().startswith("HKD "):
            out.append(r)
    return out


def test_tax_extract_habits(by_src):
    thue = by_src["THUE"]
    assert abs(share(thue, lambda r: r["name"] == r["name"].upper()) - 0.55) <= 0.08       # ~55% upper case
    firms = [r for r in thue if enterprise_codes(r)]
    assert share(firms, lambda r: re.fullmatch(r"\d{10}(?:-00[1-4])?", r["tax_code"])) >= 0.95   # clean codes
    units = [r for r in thue if re.match(r"(?i)chi nhánh|nhà máy|văn phòng đại diện", r["name"])]
    assert share(units, lambda r: re.fullmatch(r"\d{10}-00[1-4]", r["tax_code"])) >= 0.9      # own -NNN code
    local_rows = [r for r in thue if local(r["address"])]
    assert 0.38 <= share(local_rows, lambda r: new_style(r["address"])) <= 0.62             # about half rewritten
    assert any(re.search(r"\(nay là ", r["address"]) for r in thue)                         # some half-updated
    hh = _thue_households(by_src)
    assert len(hh) >= 200
    assert any(r["name"].startswith("HỘ KINH DOANH ") for r in hh)
    assert share(hh, lambda r: re.fullmatch(r"0\d{11}", r["tax_code"])) >= 0.25            # 12-digit CCCD
    assert share(hh, lambda r: re.fullmatch(r"8\d{9}", r["tax_code"])) >= 0.1              # old personal code


@pytest.mark.xfail(strict=True, reason="generator slip: _hkd_tax turns ~28% of CCCDs into Excel damage "
                                       "('5.1089E+10', lost leading zero) even in the tax-authority extract")
def test_tax_extract_households_carry_a_12_digit_cccd_or_an_old_personal_code(by_src):
    cells = [r["tax_code"] for r in _thue_households(by_src) if r["tax_code"]]
    assert sum(bool(re.fullmatch(r"0\d{11}|8\d{9}", c)) for c in cells) / len(cells) >= 0.97


def test_economic_zone_board_habits(by_src, by_truth, truth_codes):
    kkt = by_src["KKT"]
    assert share(kkt, lambda r: re.fullmatch(r"Lô [\w-]+, (?:KCN|KKT|Khu|CCN|Cụm)[^,]+", r["address"])) >= 0.1
    inside = [r for r in kkt if r["address"] and not any(
        c.startswith(OUT_PREFIXES) for c in truth_codes.get(r["truth"], ()))]
    assert share(inside, lambda r: PARK.search(r["address"])) >= 0.75          # park tenants
    assert any(re.search(r"[À-ỹ][^()]* \([A-Za-z0-9 .,&-]+(?:Co\.,? ?Ltd\.?|Company Limited|JSC|Corp\.)[^()]*\)$",
                         r["name"]) for r in kkt)                               # English name in brackets
    assert any(re.search(r" \([^()]*[\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff][^()]*\)$", r["name"]) for r in kkt)
    outside = [t for t in {r["truth"] for r in kkt} if any(c.startswith(OUT_PREFIXES) for c in truth_codes.get(t, ()))]
    assert outside                                                              # outside contractors' sites


def test_vsip_tenant_list_habits(by_src):
    vsip = by_src["VSIP"]
    assert len(vsip) >= 50
    assert share(vsip, lambda r: r["name"].isascii()) >= 0.8                                  # English
    assert share(vsip, lambda r: re.search(r"(?i)co\.,? ?ltd|company|\bjsc\b|corp|enterprise", r["name"])) >= 0.8
    assert any(HANGUL.search(r["name"]) or CJK.search(r["name"]) or KANA.search(r["name"]) for r in vsip)
    assert share([r for r in vsip if r["address"]], lambda r: r["address"].isascii()) >= 0.98   # English addresses
    assert any(re.search(r"Lot [A-K]\d+(?:-\d)?, VSIP Quang Ngai Industrial Park, Tinh Phong Commune, "
                         r"Son Tinh District", r["address"]) for r in vsip)
    nums = [d for r in vsip for d, _ in phone_numbers(r["phone"])]
    assert nums and all(d.startswith("84") for d in nums)                                     # +84 phones


def _old_lists_common(rows):
    assert any(re.search(r"\bCty TNHH\b", r["name"]) for r in rows)
    assert any(re.search(r"\bCTCP\b", r["name"]) for r in rows)
    assert share(rows, lambda r: len(phone_numbers(r["phone"])) > 1) >= 0.05                  # several phones
    kinds = Counter(k for r in rows for _, k in phone_numbers(r["phone"]))
    assert kinds["oldland"] > 0 and kinds["mobile11"] > 0                                    # old numbering


def test_old_quang_ngai_doit_lists_habits(by_src):
    sctq = by_src["SCTQ"]
    _old_lists_common(sctq)
    for abbr in (r"\bTNHH 1TV\b", r"\bTM&DV\b", r"\bXD\b", r"\bKCT\b"):
        assert any(re.search(abbr, r["name"]) for r in sctq), abbr
    assert any("(nay là " in r["name"] for r in sctq)
    assert any("(GĐ: " in r["name"] for r in sctq)
    assert any("(tạm ngừng KD)" in r["name"] for r in sctq)
    local_rows = [r for r in sctq if local(r["address"])]
    assert share(local_rows, lambda r: new_style(r["address"])) <= 0.15                     # pre-merger
    addrs = [r["address"] for r in sctq]
    assert sum(bool(re.search(r"(?: - |-)(?:QNgãi|Q\.Ngãi|QN|T\.Quảng Ngãi)$", a)) for a in addrs) >= 5   # short forms
    assert any(re.match(r"Lô [\w-]+ ?[-,] ?(?:KCN|KKT|CCN|Khu)", a) and re.search(r"(?:QNgãi|Q\.Ngãi|QN)$", a)
               for a in addrs)                                    # "Lô A5-1 - KCN P.Đông DQ - Bình Sơn - QNgãi"
    cells = [r["tax_code"] for r in sctq]
    assert sum(bool(re.fullmatch(r"[1-9]\d{8}|\d{10}\.0|'\d{10}|\d,\d{3},\d{3},\d{3}", c)) for c in cells) >= 20


_TCVN3 = set("µ¶·¸¹»¼½¾¨©ª«¬\xad®")
_VNI = re.compile(r"[oOaAeE][âÂêÊ]|[A-Za-z][øûïØÛÏæÆ]|ñ|Ñ")


def _encoding(r: dict) -> str:
    s = r["name"] + " " + r["address"]
    if any(c in _TCVN3 for c in s):
        return "tcvn3"
    if _VNI.search(s):
        return "vni"
    return "clean"


def test_old_kon_tum_doit_lists_habits_and_legacy_encodings(by_src):
    sctk = by_src["SCTK"]
    _old_lists_common(sctk)
    enc = Counter(_encoding(r) for r in sctk)
    n = len(sctk)
    assert abs(enc["tcvn3"] / n - 0.24) <= tol(0.24, n, 0.03), enc             # ~24% TCVN3 (ABC)
    assert abs(enc["vni"] / n - 0.08) <= tol(0.08, n, 0.02), enc                # ~8% VNI
    assert any("C«ng ty" in r["name"] for r in sctk) and any("Coâng ty" in r["name"] for r in sctk)
    for s in ("THUE", "SCTQ", "TKE", "HQ", "BHXH", "WEB", "NCC", "KKT", "VSIP"):
        assert share(by_src[s], lambda r: _encoding(r) != "clean") <= 0.002, s


def test_statistics_survey_habits(by_src):
    tke = by_src["TKE"]
    named = [r for r in tke if r["name"]]
    assert abs(share(named, lambda r: ascii_upper(r["name"])) - 0.38) <= 0.06          # ~38% ASCII upper
    cells = [r["tax_code"] for r in tke]
    assert any(re.fullmatch(r"\d{10}\.0", c) for c in cells)                              # ".0"
    assert any(re.fullmatch(r"\d,\d{3},\d{3},\d{3}", c) for c in cells)                  # "4,318,225,919"
    assert any(re.fullmatch(r"[1-9]\d{8}", c) and mst_ok("0" + c) or re.fullmatch(r"(?:51|62)\d{9}", c)
               for c in cells)                                                          # lost leading zero
    assert any(re.fullmatch(r"\d\.\d{4,5}E\+1[12]", c) for c in cells)                   # 12-13 digits
    assert any(re.fullmatch(r"'\d{10}(?:-\d{3})?", c) for c in cells)                    # leading apostrophe


def test_customs_habits(by_src):
    hq = by_src["HQ"]
    assert all(ascii_upper(r["name"]) for r in hq)                                       # ASCII upper case
    assert share(hq, lambda r: re.search(r"\bJSC\b|CO\.,? ?LTD\.?|COMPANY LIMITED|LIMITED COMPANY|CORP",
                                         r["name"])) >= 0.3                              # English names
    assert share(hq, lambda r: r["tax_code"] == "" or gen_quangngai.valid_mst(r["tax_code"]) or
                 re.fullmatch(r"\d{13}", r["tax_code"])) >= 0.93                       # clean codes
    branches = [c for r in hq for c in [r["tax_code"]] if re.fullmatch(r"\d{10}-\d{3}|\d{13}", c)]
    assert len(branches) >= 20
    assert sum(len(c) == 13 for c in branches) / len(branches) >= 0.2               # often without the dash
    assert share(hq, lambda r: r["phone"]) <= 0.5                                   # few phones


@pytest.mark.xfail(strict=True, reason="generator slip: _r_hq leaves ~20% of addresses in mixed case with "
                                       "diacritics (ascii-upper only with p = 0.8)")
def test_customs_list_addresses_are_ascii_upper_case(by_src):
    rows = [r for r in by_src["HQ"] if r["address"]]
    assert share(rows, lambda r: ascii_upper(r["address"])) >= 0.97


def test_social_insurance_habits(by_src):
    bh = by_src["BHXH"]
    assert any(re.fullmatch(r"[A-Z]{2}\d{4}[A-Z]", r["tax_code"]) for r in bh)                # "TA1560N"
    units = [r for r in bh if re.search(r"(?i)chi nhánh|nhà máy|ban điều hành|ban chỉ huy|BĐH|BCH|VPĐD|"
                                        r"văn phòng đại diện", r["name"])]
    assert len(units) / len(bh) >= 0.03                                                       # many unit rows
    assert sum(len(r["name"]) == 80 for r in bh) >= 3                                         # the cut shows


@pytest.mark.xfail(strict=True, reason="generator slip: _r_bhxh cuts names longer than 80 characters only "
                                       "with p = 0.3, so longer names remain in the fixed-width export")
def test_social_insurance_names_are_cut_at_80(by_src):
    assert all(len(r["name"]) <= 80 for r in by_src["BHXH"])


def test_khuyen_cong_agriculture_lists_habits(by_src):
    nn = by_src["NN"]
    assert share(nn, lambda r: re.match(r"Hộ (?:ông|bà|gia đình|ông/bà) ", r["name"])) >= 0.05   # "Hộ ông ..."
    assert any(re.match(r"Cơ sở chế biến tinh bột sắn", r["name"]) for r in nn)
    assert any(re.match(r"HKD ", r["name"]) for r in nn)
    assert any(re.match(r"HTX NN ", r["name"]) for r in nn)                                     # "HTX NN Bình Minh"
    assert share(nn, lambda r: re.search(r"(?i)\b(?:thôn|làng|tổ dân phố)\b", r["address"])) >= 0.3   # villages
    kinds = Counter(k for r in nn for _, k in phone_numbers(r["phone"]))
    assert kinds["mobile"] > 0.6 * sum(kinds.values()) and kinds["mobile11"] > 0             # owners' mobiles
    assert share(nn, lambda r: not r["tax_code"]) >= 0.6                                      # mostly empty
    cells = [r["tax_code"] for r in nn]
    assert any(re.fullmatch(r"0\d{11}", c) for c in cells)                                   # CCCD
    assert any(re.fullmatch(r"(?:212|233)\d{6}", c) for c in cells)                         # old CMND


def test_self_registration_habits(by_src):
    web = by_src["WEB"]
    assert share(web, lambda r: r["name"] == r["name"].lower() and re.search(r"[a-z]", r["name"])) >= 0.06
    assert 0.1 <= share(web, lambda r: not has_diacritics(r["name"])) <= 0.45
    assert sum(not unicodedata.is_normalized("NFC", r["name"]) for r in web) >= 20                # NFD
    assert any(re.match(r"\s{2}\S|.*\S\s{2}$", r["name"]) for r in web)                          # stray spaces
    assert any(HANGUL.search(r["name"]) for r in web) and any(CJK.search(r["name"]) or KANA.search(r["name"])
                                                             for r in web)
    assert share(web, lambda r: re.search(r"(?i)co\.,? ?ltd|company|\bjsc\b|corp", r["name"])) >= 0.02   # English
    assert share(web, lambda r: re.search(r"\+84", r["phone"])) >= 0.03
    assert 0.01 <= share(web, lambda r: re.search(r"\S+@\S+\.\w+", r["phone"])) <= 0.1                # e-mail


def test_vendor_list_of_a_korean_anchor_habits(by_src):
    ncc = by_src["NCC"]
    assert share(ncc, lambda r: ascii_upper(r["name"]) and re.search(
        r"CO\.,? ?LTD|COMPANY|\bJSC\b|CORP|ENTERPRISE|BRANCH|OFFICE", r["name"])) >= 0.15      # English upper case
    assert sum(bool(HANGUL.search(r["name"])) for r in ncc) >= 5
    assert any(r["name"].startswith("(주)") for r in ncc)                                        # "(주)삼금테크비나"
    assert share(ncc, lambda r: OUT_PLACES.search(low(r["address"]))) >= 0.1                  # outside head offices
    kinds = Counter(k for r in ncc for _, k in phone_numbers(r["phone"]))
    assert kinds["mobile"] > 0.4 * sum(kinds.values())                                       # sales mobiles


@pytest.mark.parametrize("what, field, pattern", [
    # legal forms in every spelling
    ("Công ty TNHH", "name", r"Công ty TNHH"), ("Cty TNHH", "name", r"Cty TNHH"), ("C.ty TNHH", "name", r"C\.ty TNHH"),
    ("TNHH MTV", "name", r"TNHH MTV"), ("1TV", "name", r"\b1TV\b"),
    ("long MTV", "name", r"Công ty trách nhiệm hữu hạn một thành viên"), ("Co., Ltd", "name", r"Co\., Ltd"),
    ("One Member Co., Ltd", "name", r"One Member Co\., Ltd"), ("Công ty Cổ phần", "name", r"Công ty Cổ phần"),
    ("CTCP", "name", r"\bCTCP\b"), ("JSC", "name", r"\bJSC\b"), ("Corp.", "name", r"\bCorp\."),
    ("DNTN", "name", r"\bDNTN\b"), ("Doanh nghiệp tư nhân", "name", r"Doanh nghiệp tư nhân"),
    ("Private Enterprise", "name", r"(?i)Private Enterprise"), ("HTX", "name", r"\bHTX\b"),
    ("H.T.X", "name", r"\bH\.T\.X\b"), ("Hộ kinh doanh", "name", r"Hộ kinh doanh"), ("HKD", "name", r"\bHKD\b"),
    ("form in brackets after the name", "name", r"^[^(]+ \((?:Cty|Công ty|CTCP|DNTN|DN|TNHH|CT|C\.ty)[^()]*\)$"),
    # sector words, spelling and script variation
    ("TM&DV", "name", r"TM&DV"), ("Hoà / Thuỷ", "name", r"Hoà|Thuỷ|Hoá|Thuý"), ("X Vina", "name", r"\bVina\b"),
    ("X Việt Nam", "name", r"\bViệt Nam\b"), ("X Vietnam", "name", r"\bVietnam\b"), ("X VN", "name", r"\bVN$"),
    ("hangul", "name", r"[\uac00-\ud7a3]"), ("kana", "name", r"[\u3040-\u30ff]"),
    ("traditional hanzi (TW)", "name", r"[豐華國達長億錦興凱寶順鞋業紡織塑膠裝紙業鋼鐵機械]"),
    ("Wade-Giles", "name", r"\b(?:Hsin|Chia|Kuo|Hsing|Tung|Pao|Lung)\b"),
    ("pinyin", "name", r"\b(?:Xin|Jia|Guo|Xing|Tong|Bao|Zhen)[a-z]*\b"),
    # dependent units built around the parent name
    ("Chi nhánh ... tại Dung Quất", "name", r"^Chi nhánh .+ tại Dung Quất$"),
    ("Nhà máy ... - Chi nhánh Công ty", "name", r"^Nhà máy .+ - Chi nhánh Công ty"),
    ("Ban điều hành dự án ... - Cty CP", "name", r"^Ban điều hành dự án .+ - (?:Cty|Công ty|CTCP|C\.ty)"),
    ("CN ... tại Kon Tum", "name", r"(?i)^cn .+ tai kon tum$"), ("warehouse", "name", r"- Kho "),
    ("representative office", "name", r"Văn phòng đại diện|VPĐD"),
    # addresses
    ("old commune + district + province", "address", r"xã [^,]+, huyện [^,]+, tỉnh (?:Quảng Ngãi|Kon Tum)$"),
    ("new commune + tỉnh Quảng Ngãi", "address", r"(?:xã|phường) [^,]+, tỉnh Quảng Ngãi$"),
    ("xã Vạn Tường, huyện Bình Sơn", "address", r"xã Vạn Tường, huyện Bình Sơn"),
    ("phường Kon Tum, tỉnh Kon Tum", "address", r"phường Kon Tum, tỉnh Kon Tum"),
    ("xã Bình Trị (nay là xã Vạn Tường)", "address", r"xã Bình Trị \(nay là xã Vạn Tường\)"),
    ("Lô C2-6, KKT DQ", "address", r"Lô [A-K]\d+-\d, KKT DQ"), ("Số 27 đường VSIP 1", "address", r"Số \d+ đường VSIP \d"),
    ("kiệt", "address", r"Kiệt \d+"), ("hẻm", "address", r"Hẻm \d+"), ("thôn", "address", r"Thôn "),
    ("làng Kon Klor", "address", r"(?i)làng Kon Klor"), ("km post", "address", r"Km \d+, Quốc lộ"),
    ("English", "address", r"(?:Commune|Ward), [^,]+ (?:District|City|Town), (?:Quang Ngai|Kon Tum) Province"),
    ("Vũng Tàu now in HCMC", "address", r"(?i)phuong (?:vung tau|rach dua), tp ho chi minh"),
    ("Vũng Tàu before", "address", r"(?i)tp vung tau, tinh ba ria - vung tau"),
    ("Quy Nhơn now in Gia Lai", "address", r"(?i)phuong quy nhon bac, tinh gia lai"),
    ("a cell with a line break", "address", r"\n"), ("line break in a phone cell", "phone", r"\n"),
    # tax-cell damage
    ("lost leading zero", "tax_code", r"^[1-9]\d{8}$"), (".0", "tax_code", r"^\d{10}\.0$"),
    ("4.30254E+12", "tax_code", r"^\d\.\d{5}E\+12$"), ("5.1089E+10", "tax_code", r"^\d\.\d{4}E\+10$"),
    ("thousands separators", "tax_code", r"^\d,\d{3},\d{3},\d{3}$"), ("leading apostrophe", "tax_code", r"^'\d"),
    ("spaced digits", "tax_code", r"^\d{4} \d{3} \d{3}"), ("dotted digits", "tax_code", r"^\d{4}\.\d{3}\.\d{3}"),
    # phones
    ("+84", "phone", r"\+84"), ("84 without +", "phone", r"(?<![+\d])84\d{9,10}\b"),
    ("brackets", "phone", r"\(0\d{2,3}\) \d"), ("dots", "phone", r"\d{4}\.\d{3}\.\d{3}"),
    ("dashes", "phone", r"\d{4}-\d{3}-\d{3}"), (" hoặc ", "phone", r" hoặc "), (" / ", "phone", r"\d / \+?\d"),
    ("; ", "phone", r"\d; \+?\d"), (" - ", "phone", r"\d - \+?\d"),
    ("ĐT:", "phone", r"ĐT: "), ("DĐ:", "phone", r"DĐ: "), ("Fax:", "phone", r"Fax:? "), ("Hotline:", "phone", r"Hotline: "),
    ("(anh Hùng)", "phone", r"\((?:anh|chị) [^\W\d_]+\)"),
])
def test_documented_variation_exists(big, folded, what, field, pattern):
    pat = re.compile(pattern)
    cells = [r[field] for r in big] + ([r[field] for r in folded] if pattern.startswith("(?i)") else [])
    rare = what in ("kana", "Quy Nhơn now in Gia Lai", "CN ... tại Kon Tum")
    assert sum(bool(pat.search(c)) for c in cells) >= (1 if rare else 3), what


def test_empty_cells_exist_in_every_column_but_id_and_truth(big):
    for field in ("name", "tax_code", "address", "phone"):
        assert any(not r[field] for r in big), field


# --------------------------------------------------------------------------- phones
def test_phone_numbers_have_documented_formats(by_src):
    kinds = Counter()
    bad = []
    for s, rows in by_src.items():
        for r in rows:
            for _, k in phone_numbers(r["phone"]):
                kinds[k] += 1
                if k == "?":
                    bad.append((s, r["phone"]))
    total = sum(kinds.values())
    assert kinds["?"] / total <= 0.01, bad[:10]
    for k in ("mobile", "mobile11", "land", "oldland", "outside", "nozero", "local"):
        assert kinds[k] > 0, k
    assert kinds["mobile"] + kinds["land"] > 0.75 * total


def test_landline_area_codes(big):
    nums = [d for r in big for d, k in phone_numbers(r["phone"]) if k in ("land", "outside")]
    nums = ["0" + d[2:] if d.startswith("84") else d for d in nums]
    areas = Counter(d[:3] if d[:3] in ("024", "028") else d[:4] for d in nums)
    assert (areas["0255"] + areas["0260"]) / sum(areas.values()) >= 0.6
    assert areas["0255"] and areas["0260"] and areas["024"] and areas["028"] and areas["0236"] and areas["0254"]
    assert all(len(d) == 11 for d in nums)                                  # 0255/0260 + 7, 024/028 + 8
    old = Counter(("0" + d[2:] if d.startswith("84") else d)[:3]
                  for r in big for d, k in phone_numbers(r["phone"]) if k == "oldland")
    assert old["055"] and old["060"]


def test_pre_2018_mobiles_appear_in_old_lists(by_src):
    old_prefixes = {"0162", "0163", "0164", "0165", "0166", "0167", "0168", "0169", "0120", "0121", "0122",
                    "0126", "0128", "0123", "0124", "0125", "0127", "0129", "0186", "0188", "0199"}

    def rate(rows):
        ks = [(("0" + d[2:]) if d.startswith("84") else d, k) for r in rows for d, k in phone_numbers(r["phone"])]
        return sum(k == "mobile11" for _, k in ks) / len(ks), {d[:4] for d, k in ks if k == "mobile11"}

    old_rate, pre = rate(by_src["SCTQ"] + by_src["SCTK"])
    new_rate, _ = rate(by_src["THUE"] + by_src["VSIP"] + by_src["HQ"] + by_src["NCC"] + by_src["BHXH"])
    assert pre <= old_prefixes
    assert old_rate > 0.05
    assert new_rate < old_rate / 10
