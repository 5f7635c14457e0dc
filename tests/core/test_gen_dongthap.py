"""bench/data/resolve/gen_dongthap.py checked against its own module docstring.

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
import gen_dongthap  # noqa: E402

SEED = 7
N_SMALL = 3_000
N_BIG = 20_000
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
# docstring "Sources": id prefix -> share of rows in records(100_000, seed=0)
DOC_SHARE = {"THUE": .2076, "DKKD": .0933, "BQL": .0515, "SCTDT": .0732, "SCTTG": .0935, "TKE": .1013,
             "HQ": .0415, "BHXH": .1010, "KC": .1267, "WEB": .0686, "VND": .0417}
# docstring "Codes and phones": 12 old Tien Giang, 14 old Dong Thap, head offices elsewhere, 8 personal
LOCAL_PREFIXES = ("12", "14")
OUT_PREFIXES = ("03", "01", "11", "18", "37", "36", "13", "15", "16")
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
# docstring "Addresses": head offices in these cities / provinces, in old or new form
OUT_PLACES = re.compile(r"\b(?:ho chi minh|ha noi|long an|tay ninh|can tho|binh duong|dong nai|ben tre|vinh long|"
                        r"an giang)\b")
OLD_LISTS = ("SCTDT", "SCTTG")
NEW_LISTS = ("THUE", "DKKD", "TKE", "HQ", "BHXH", "WEB", "VND")
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
    s = s.replace("\xa0", " ")
    return s.isascii() and s == s.upper()


def mst_ok(code: str) -> bool:
    """10 digits, N10 = 10 - (sum(w_i*N_i) mod 11) with the documented weights."""
    if len(code) != 10 or not code.isdigit():
        return False
    c = 10 - sum(w * int(d) for w, d in zip(WEIGHTS, code[:9], strict=True)) % 11
    return c < 10 and c == int(code[9])


# "X-001", "X - 001", "X001", "X_001", "X.001" (docstring "Renderings")
_CODE = re.compile(r"(?<![\d.,])(\d{10})(?:\s?[-_.]\s?(\d{3})|(\d{3}))?(?!\d)")


def codes_in(cell: str) -> list[tuple[str, str | None]]:
    """Check-digit-valid codes in a tax cell: (10-digit base, unit suffix or None)."""
    return [(m.group(1), m.group(2) or m.group(3)) for m in _CODE.finditer(cell) if mst_ok(m.group(1))]


_PROJECT = re.compile(r"(?:Mã DA: |/ )(\d{10})")


def enterprise_codes(r: dict) -> list[tuple[str, str | None]]:
    """Valid codes that identify an enterprise: personal codes (8...) left out, and the park board's
    tax column left out (it also holds random 10-digit investment project codes)."""
    if src(r) == "BQL":
        return []
    return [(c, s) for c, s in codes_in(r["tax_code"]) if c[0] != "8"]


def share(rows: list[dict], pred) -> float:
    return sum(1 for r in rows if pred(r)) / len(rows)


def tol(p: float, n: int, floor: float = 0.01) -> float:
    """Sample-size aware band half-width: 4 binomial standard errors, at least `floor`."""
    return max(floor, 4 * math.sqrt(p * (1 - p) / n))


# --------------------------------------------------------------------------- phones
_MOBILE = r"0(?:3[2-9]|5[689]|7[06-9]|8[1-9]|9\d)\d{7}"
_PH_KINDS = (
    ("mobile", re.compile(_MOBILE)),
    ("mobile11", re.compile(r"01(?:6[2-9]|2\d|86|88|99)\d{7}")),          # pre-2018 11-digit mobiles
    ("land", re.compile(r"027[37]\d{7}")),                                # 0273 old TG, 0277 old DT
    ("oldland", re.compile(r"0(?:73|67)\d{7}")),                          # formerly 073 / 067
    ("headoffice", re.compile(r"02[48]\d{8}|02(?:72|92|74|51|75|70|96)\d{7}")),
    ("oldheadoffice", re.compile(r"0[48]\d{8}|0(?:72|75|70|76|61)\d{7}|0(?:710|650)\d{7}")),
)
_PH_NOTE = re.compile(r"\([^)]*[^\d\s().+-][^)]*\)")      # "(Chị Lan - kế toán)", "(ext 123)"
_PH_SEP = re.compile(r"\s*[;,/–\n]\s*|\s-\s")


def phone_kind(d: str) -> str:
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    for kind, pat in _PH_KINDS:
        if pat.fullmatch(d):
            return kind
    if d[:1] != "0" and any(pat.fullmatch("0" + d) for _, pat in _PH_KINDS):
        return "nozero"
    return "?"


def phone_numbers(cell: str) -> list[tuple[str, str]]:
    """(digits, kind) for each number in a cell.  Numbers may also be joined by a bare '-',
    so an unreadable piece is tried as two numbers written back to back."""
    out = []
    for part in _PH_SEP.split(_PH_NOTE.sub("", cell)):
        d = re.sub(r"\D", "", re.sub(r"\.0(?!\d)", "", part))
        if not d:
            continue
        k = phone_kind(d)
        if k == "?":
            for i in range(9, len(d) - 8):
                k1, k2 = phone_kind(d[:i]), phone_kind(d[i:])
                if k1 != "?" and k2 != "?":
                    out += [(d[:i], k1), (d[i:], k2)]
                    break
            else:
                out.append((d, "?"))
        else:
            out.append((d, k))
    return out


def phone_key(d: str) -> str | None:
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    return d[-9:] if len(d) >= 9 else None


# --------------------------------------------------------------------------- addresses
_DISTRICT = re.compile(r"\b(?:huyen|thi xa|thanh pho|tp\.?|tx\.?|h\.)\s*[a-z0-9]|\btp(?:mt|cl|sd|hn)\b|\btx(?:gc|cl)\b")


def old_units(address: str) -> bool:
    """Pre-July-2025 address: a district-level unit (since abolished) or old Tien Giang is named."""
    a = low(address)
    return bool(_DISTRICT.search(a) or "tien giang" in a)


def local(address: str) -> bool:
    return bool(address) and not OUT_PLACES.search(low(address))


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def small() -> list[dict]:
    return gen_dongthap.records(N_SMALL, SEED)


@pytest.fixture(scope="module")
def big() -> list[dict]:
    return gen_dongthap.records(N_BIG, SEED)


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
    for r in big:
        for d, k in phone_numbers(r["phone"]):
            key = phone_key(d) if k != "?" else None
            if key:
                out[r["truth"]].add(key)
    return out


def phone_load(rows: list[dict]) -> dict[str, set[str]]:
    """phone (last 9 digits) -> truths that give it"""
    out = defaultdict(set)
    for r in rows:
        for d, k in phone_numbers(r["phone"]):
            key = phone_key(d) if k != "?" else None
            if key:
                out[key].add(r["truth"])
    return out


# --------------------------------------------------------------------------- contract
@pytest.mark.parametrize("n", [1, 2, 17, 499])
def test_exactly_n_records_for_small_n(n):
    rows = gen_dongthap.records(n, SEED)
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
    assert gen_dongthap.records(N_SMALL, SEED) == small


def test_seed_changes_the_records(small):
    other = gen_dongthap.records(N_SMALL, SEED + 1)
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
        assert set(nums) == set(DOC_SHARE) == set(gen_dongthap.SOURCES)
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


def test_stats_recomputes_the_documented_figures(big):
    st = gen_dongthap.stats(big)
    assert st["rows"] == len(big)
    assert st["entities"] == len({r["truth"] for r in big})
    assert st["share_valid_tax_code"] == pytest.approx(share(big, lambda r: gen_dongthap.tax_code_valid(r["tax_code"])),
                                                       abs=1e-4)
    assert set(st["source_share"]) == set(DOC_SHARE)


# --------------------------------------------------------------------------- shape
def test_entity_count_scales_with_n(small, big):
    # doc: 43,120 entities at n = 100,000
    for rows in (small, big):
        ents = len({r["truth"] for r in rows})
        assert 0.39 <= ents / len(rows) <= 0.47, ents / len(rows)


def test_rows_per_entity_and_singletons(small, big):
    for rows in (small, big):
        sizes = Counter(Counter(r["truth"] for r in rows).values())
        ents = sum(sizes.values())
        assert 2.12 <= len(rows) / ents <= 2.55                 # doc 2.319
        assert 0.42 <= sizes[1] / ents <= 0.52                  # doc 46.77% of entities


def test_entity_size_histogram(by_truth):
    sizes = Counter(len(v) for v in by_truth.values())
    ents = sum(sizes.values())
    hist = {"1": sizes[1], "2": sizes[2], "3": sizes[3], "4": sizes[4], "5": sizes[5],
            "6-10": sum(c for k, c in sizes.items() if 6 <= k <= 10),
            "11-20": sum(c for k, c in sizes.items() if 11 <= k <= 20),
            "21-50": sum(c for k, c in sizes.items() if 21 <= k <= 50)}
    # doc: 1: 20,166 | 2: 10,793 | 3: 5,180 | 4: 2,663 | 5: 1,545 | 6-10: 2,239 | 11-20: 459 | 21-50: 74 of 43,120
    doc = {k: v / 43_120 for k, v in (("1", 20_166), ("2", 10_793), ("3", 5_180), ("4", 2_663), ("5", 1_545),
                                        ("6-10", 2_239), ("11-20", 459), ("21-50", 74))}
    for k, d in doc.items():
        assert abs(hist[k] / ents - d) <= max(0.004, 0.25 * d), (k, hist[k] / ents, d)
    assert hist["21-50"] > 0
    assert 25 <= max(sizes) <= 60                               # doc: max group 53 at n = 100,000


def test_column_fills(big):
    assert abs(share(big, lambda r: r["tax_code"]) - 0.8148) <= 0.03                            # doc 81.48%
    assert abs(share(big, lambda r: gen_dongthap.tax_code_valid(r["tax_code"])) - 0.6026) <= 0.03   # 60.26%
    assert abs(share(big, lambda r: r["phone"]) - 0.6627) <= 0.03                               # doc 66.27%
    assert abs(share(big, lambda r: r["address"]) - 0.9813) <= 0.01                             # doc 98.13%


def test_tax_code_valid_is_the_documented_strict_rule(big):
    cells = {r["tax_code"] for r in big}
    for c in cells:
        strict = bool(re.fullmatch(r"\d{10}(?:-\d{3})?", c)) and mst_ok(c[:10])
        assert gen_dongthap.tax_code_valid(c) == strict, c
    for t in {m for c in cells for m in re.findall(r"(?<!\d)\d{10}(?!\d)", c)}:
        d = gen_dongthap.tax_check_digit(t[:9])
        assert (d is not None and d == int(t[9])) == mst_ok(t), t


# --------------------------------------------------------------------------- codes
def test_valid_codes_follow_the_documented_prefixes(big):
    pre = Counter()
    for r in big:
        if src(r) == "BQL":
            continue
        for c, _ in codes_in(r["tax_code"]):
            pre["8" if c[0] == "8" else c[:2]] += 1
    total = sum(pre.values())
    other = total - sum(pre[p] for p in LOCAL_PREFIXES + OUT_PREFIXES + ("8",))
    assert other / total <= 0.002, pre
    assert (pre["12"] + pre["14"]) / total > 0.75
    assert all(pre[p] > 0 for p in LOCAL_PREFIXES + OUT_PREFIXES + ("8",)), pre


def test_branches_add_numbered_suffixes(big, by_src):
    suf = Counter(s for r in big for _, s in enterprise_codes(r) if s)
    assert suf["001"] > suf["002"] > suf["003"] > 0
    assert suf["001"] > sum(suf.values()) / 3
    assert all(re.fullmatch(r"\d{3}", s) and int(s) >= 1 for s in suf), suf
    thue = by_src["THUE"]
    assert any(re.match(r"CHI NHÁNH|NHÀ MÁY", r["name"]) and re.fullmatch(r"\d{10}-\d{3}", r["tax_code"])
               for r in thue)                                                          # 13-character codes


def test_business_locations_use_five_digit_location_codes(by_src):
    cells = [r["tax_code"] for s in ("THUE", "DKKD") for r in by_src[s]]
    assert sum(bool(re.fullmatch(r"0000\d|000[1-9]\d", c)) for c in cells) >= 5             # "00002"
    assert sum(bool(re.fullmatch(r"\d{10} - ĐĐKD \d{5}", c)) for c in cells) >= 3           # "... - ĐĐKD 00002"
    ddkd = [r for s in ("THUE", "DKKD") for r in by_src[s] if re.search(r"(?i)địa điểm kinh doanh|ĐĐKD", r["name"])]
    assert ddkd
    assert share(ddkd, lambda r: not re.search(r"\d{10}\s?[-_.]\s?\d{3}", r["tax_code"])) >= 0.97   # no -NNN


def test_mistyped_codes_fail_the_check_and_are_rare(big):
    label = re.compile(r"^(?:MST:?|Mã số thuế:|MSDN:|VAT:?|Tax ID:|')\s*")
    ok = bad = 0
    for r in big:
        if src(r) == "BQL":
            continue
        m = re.fullmatch(r"(\d{10})(?:-\d{3})?", label.sub("", r["tax_code"].strip()))
        if m:
            ok += mst_ok(m.group(1))
            bad += not mst_ok(m.group(1))
    assert ok > 5000
    assert 0.001 < bad / (ok + bad) < 0.03


def test_single_digit_and_swap_typos_always_fail_the_check(big, truth_codes):
    """doc: one digit replaced always fails; adjacent digits swapped fails unless the digits are
    equal or the check digit is involved."""
    near = 0
    for r in big:
        if src(r) == "BQL" or r["truth"] not in truth_codes:
            continue
        own = truth_codes[r["truth"]].most_common(1)[0][0]
        for t in re.findall(r"(?<!\d)\d{10}(?!\d)", r["tax_code"]):
            diff = [i for i in range(10) if t[i] != own[i]]
            one_digit = len(diff) == 1
            swap = len(diff) == 2 and diff[1] == diff[0] + 1 <= 8 and t[diff[0]] == own[diff[1]] \
                and t[diff[1]] == own[diff[0]]
            if one_digit or swap:
                near += 1
                assert not mst_ok(t), (t, own)
    assert near >= 20


def test_household_cccd_follows_the_documented_layout(big):
    cccd = [t for r in big for t in re.findall(r"(?<![\d.])0\d{11}(?!\d)", r["tax_code"])]
    assert len(cccd) > 500
    assert sum(c[:3] in ("082", "087") for c in cccd) / len(cccd) >= 0.99               # TG / DT birth province

    def layout(c):                                   # sex/century digit, then a matching birth year
        return c[3] in "0123" and (int(c[4:6]) <= 25 if c[3] in "23" else int(c[4:6]) >= 20)

    assert sum(layout(c) for c in cccd) / len(cccd) >= 0.99


def test_old_cmnd_numbers_are_312_or_341(big):
    nine = [t for r in big for t in re.findall(r"(?<![\d.])\d{9}(?![\d.])", r["tax_code"])
            if not re.search(r"\d{9}\.0", r["tax_code"])]
    cmnd = [t for t in nine if not mst_ok("0" + t)]          # not a code that lost its leading zero
    assert len(cmnd) > 100
    assert sum(t[:3] in ("312", "341") for t in cmnd) / len(cmnd) >= 0.95


def test_personal_codes_start_with_8_and_pass_the_check(big):
    personal = [c for r in big for c, _ in codes_in(r["tax_code"]) if c[0] == "8"]
    assert len(personal) > 200
    bare8 = [t for r in big for t in re.findall(r"(?<![\d.])8\d{9}(?!\d)", r["tax_code"])]
    assert sum(mst_ok(t) for t in bare8) / len(bare8) >= 0.97


def test_investment_project_codes_pass_the_check_about_one_in_eleven(by_src):
    proj = set()
    for r in by_src["BQL"]:
        t = r["tax_code"]
        proj |= set(_PROJECT.findall(t))
        if re.fullmatch(r"5[345]\d{8}", t):
            proj.add(t)
    assert len(proj) >= 60
    assert all(p[:2] in ("53", "54", "55") for p in proj)
    rate = sum(mst_ok(p) for p in proj) / len(proj)
    assert abs(rate - 1 / 11) <= tol(1 / 11, len(proj)), rate


def test_social_insurance_unit_codes_in_about_a_tenth_of_rows(by_src):
    bh = by_src["BHXH"]
    unit = [r["tax_code"] for r in bh if re.fullmatch(r"[A-Z]{2}\d{4}[A-Z]", r["tax_code"])]
    assert all(re.fullmatch(r"(?:TG|DT)\d{4}[A-Z]", u) for u in unit), unit[:5]
    assert 0.06 <= len(unit) / len(bh) <= 0.15


# --------------------------------------------------------------------------- truth rule
def test_one_truth_carries_one_enterprise_code(truth_codes):
    multi = [t for t, c in truth_codes.items() if len(c) > 1]
    assert len(truth_codes) > 3000
    assert len(multi) / len(truth_codes) <= 0.03       # copy slips and check-passing swaps aside


def test_excel_slips_copy_another_firms_code_at_about_0_6_percent(truth_codes, code_truths):
    rows_with_code = sum(sum(c.values()) for c in truth_codes.values())
    minority = sum(k for c in truth_codes.values() for code, k in c.items() if code != c.most_common(1)[0][0])
    assert 0.002 <= minority / rows_with_code <= 0.01, minority / rows_with_code
    shared = [c for c, ts in code_truths.items() if len(ts) > 1]
    assert 0 < len(shared) / len(code_truths) <= 0.02


def test_branches_carry_the_parent_truth(big):
    bare, unit = defaultdict(set), defaultdict(set)
    for r in big:
        for c, s in enterprise_codes(r):
            (unit if s else bare)[c].add(r["truth"])
    both = [c for c in unit if c in bare]
    assert len(both) >= 100
    assert sum(len(bare[c] | unit[c]) == 1 for c in both) / len(both) >= 0.95   # Excel slips aside


def test_out_of_province_head_office_and_local_units_are_one_truth(by_truth):
    hits = 0
    for rows in by_truth.values():
        codes = [(c, s) for r in rows for c, s in enterprise_codes(r)]
        if not any(c.startswith(OUT_PREFIXES) for c, _ in codes):
            continue
        branch = any(s for _, s in codes)
        head_office = any(OUT_PLACES.search(low(r["address"])) for r in rows)
        in_province = any(local(r["address"]) for r in rows)
        hits += branch and head_office and in_province
    assert hits >= 20


def test_out_of_province_head_offices_are_about_a_sixteenth_of_entities(by_truth, truth_codes):
    # doc: draw weight 7 of 100, before related entities (~10% more) are added
    out = sum(any(c.startswith(OUT_PREFIXES) for c in truth_codes.get(t, ())) for t in by_truth)
    assert 0.04 <= out / len(by_truth) <= 0.08, out / len(by_truth)


def _truths_with_both(by_truth, a: re.Pattern, b: re.Pattern) -> int:
    n = 0
    for rows in by_truth.values():
        names = [low(r["name"]) for r in rows]
        n += any(a.search(x) for x in names) and any(b.search(x) for x in names)
    return n


def test_change_of_legal_form_keeps_the_truth(by_truth):
    cp = re.compile(r"\bco phan\b|\bctcp\b|\bcty cp\b|\bct cp\b|\bjsc\b|joint stock")
    tnhh = re.compile(r"\btnhh\b|trach nhiem huu han|co\.,? ?ltd|company limited")
    mtv = re.compile(r"\bmtv\b|mot thanh vien|\b1tv\b|one member")
    assert _truths_with_both(by_truth, cp, tnhh) >= 5                                   # TNHH -> CP
    assert _truths_with_both(by_truth, mtv, re.compile(r"\bcong ty tnhh (?!mtv|mot|1tv)")) >= 5   # MTV dropped


def test_household_that_became_a_company_keeps_its_truth(by_truth):
    hits = 0
    for rows in by_truth.values():
        personal = any(re.search(r"(?<!\d)0?8[27][0-3]\d{8}(?!\d)|(?<!\d)(?:312|341)\d{6}(?!\d)", r["tax_code"])
                       or any(c[0] == "8" for c, _ in codes_in(r["tax_code"])) for r in rows)
        company = any(c.startswith(LOCAL_PREFIXES) for r in rows for c, _ in enterprise_codes(r)) and \
            any(re.search(r"\b(?:cong ty|cty|dntn|doanh nghiep)\b", low(r["name"])) for r in rows)
        household = any(re.match(r"(?:ho kinh doanh|hkd|ho kd|co so|cs|cssx|lo|ho ong|ho ba)\b", low(r["name"]))
                        for r in rows)
        hits += personal and company and household
    assert hits >= 5


def test_renamed_firm_keeps_its_code_and_truth(by_truth, truth_codes):
    hits = 0
    for t, rows in by_truth.items():
        if len(truth_codes.get(t, ())) != 1:
            continue
        names = {low(r["name"]) for r in rows if src(r) in ("THUE", "DKKD") and not re.search(
            r"chi nhanh|nha may|dia diem|ddkd|kho|van phong|vpdd|\bcn\b|\bnm\b", low(r["name"]))}
        brands = {re.sub(r"^(?:cong ty|doanh nghiep|hop tac xa)\s+(?:tnhh|co phan|cp|tu nhan|trach nhiem huu han)?"
                         r"\s*(?:mtv|mot thanh vien)?\s*", "", n) for n in names}
        hits += len(brands) > 1
    assert hits >= 20


# --------------------------------------------------------------------------- hard negatives
def _first_part(address: str) -> str:
    """House number + street, or hamlet / group: the part that makes two addresses 'the same door'."""
    a = re.sub(r"^(?:so|số)\s+", "", low(address))
    return re.sub(r"\s*,\s*", ", ", a).split(", ")[0].replace(" duong ", " ")


def test_sister_firms_share_the_address_and_usually_the_phone(by_truth, truth_phones):
    doors = defaultdict(set)
    for t, rows in by_truth.items():
        for r in rows:
            p = _first_part(r["address"])
            if re.search(r"\d", p) and len(p) >= 6 and not p.startswith(("lo ", "lot ")):
                doors[t].add(p)
    by_phone = defaultdict(set)
    for t, ps in truth_phones.items():
        for p in ps:
            by_phone[p].add(t)
    pairs = set()
    for ts in by_phone.values():
        if 2 <= len(ts) <= 3:                              # not an accounting service
            for a in ts:
                for b in ts:
                    if a < b and doors[a] & doors[b]:
                        pairs.add((a, b))
    assert len(pairs) >= 30


SURNAMES = ("nguyen", "tran", "le", "pham", "huynh", "hoang", "vo", "vu", "phan", "truong", "bui", "dang", "do",
            "ngo", "ho", "duong", "dinh", "lam", "ly", "mai", "to", "chau", "thai", "luong", "doan", "cao", "ta",
            "quach", "la", "hua", "kieu")
_OWNER = re.compile(r"^(?:ho kinh doanh |hkd\.? |ho kd |ho ong |ho ba |ho |ong |ba )?([a-z]+ [a-z]+ [a-z]+)$"
                    r"|\(([a-z]+ [a-z]+ [a-z]+)\)$|^([a-z]+ [a-z]+ [a-z]+) - ")


def owners_of(rows: list[dict]) -> set[tuple[str, str]]:
    """(surname, middle name) of the person a household row is listed under"""
    out = set()
    for r in rows:
        m = _OWNER.search(low(r["name"]))
        if m:
            who = next(g for g in m.groups() if g).split()
            if who[0] in SURNAMES:
                out.add((who[0], who[1]))
    return out


def test_sister_households_of_one_family(by_truth, truth_phones):
    """the spouse's household business: same surname, a 'Thị' / 'Ngọc' name, usually the same phone"""
    by_phone = defaultdict(set)
    for t, ps in truth_phones.items():
        for p in ps:
            by_phone[p].add(t)
    pairs = set()
    for ts in by_phone.values():
        if len(ts) != 2:
            continue
        a, b = sorted(ts)
        oa, ob = owners_of(by_truth[a]), owners_of(by_truth[b])
        if any(sa == sb and ma != mb and "thi" in (ma, mb) or sa == sb and "ngoc" in (ma, mb) and ma != mb
               for sa, ma in oa for sb, mb in ob):
            pairs.add((a, b))
    assert len(pairs) >= 5


def test_parent_and_subsidiary_are_different_truths(by_truth, truth_codes):
    cp_form = re.compile(r"^cong ty (?:co phan|cp)\s+")
    mtv_form = re.compile(r"^cong ty (?:tnhh (?:mtv|mot thanh vien)|trach nhiem huu han mot thanh vien)\s+")
    parents, subs = defaultdict(set), defaultdict(set)
    for t, rows in by_truth.items():
        for r in rows:
            if src(r) not in ("THUE", "DKKD"):
                continue
            n = low(r["name"])
            if cp_form.match(n):
                body = cp_form.sub("", n).split(" (")[0].split()
                if len(body) >= 2:
                    parents[" ".join(body[-2:])].add(t)
            elif mtv_form.match(n):
                subs[t].add(" " + mtv_form.sub("", n) + " ")
    hits = coded = distinct = 0
    for brand, ps in parents.items():
        if re.fullmatch(r"[a-z]+ [a-z]+", brand) is None:
            continue
        for s, bodies in subs.items():
            if s not in ps and any(f" {brand} " in b for b in bodies):
                hits += 1
                for p in ps:
                    if truth_codes.get(p) and truth_codes.get(s):
                        coded += 1
                        distinct += truth_codes[p].most_common(1)[0][0] != truth_codes[s].most_common(1)[0][0]
    assert hits >= 10
    assert distinct >= 0.9 * coded                     # own tax code (an Excel slip may copy the parent's)


def test_same_foreign_brand_in_two_parks_is_two_truths(by_src, truth_codes):
    places = re.compile(r"\b(?:LONG GIANG|TAN HUONG|SA DEC|MY THO|SONG HAU|BINH DONG|TIEN GIANG|DONG THAP|"
                        r"CHAU THANH|TAN PHUOC|GO CONG|LAI VUNG|CAO LANH|THAP MUOI|HONG NGU|THANH BINH|CAI BE)\b")
    brands = defaultdict(set)
    tailed = set()
    for s in ("BQL", "HQ", "VND", "WEB"):
        for r in by_src[s]:
            n = r["name"].upper()
            if not n.isascii() or not re.search(r"CO\.,? ?LTD|COMPANY LIMITED|JSC|CORPORATION", n):
                continue
            if not re.search(r"\bVINA\b|\bVIETNAM\b|" + places.pattern, n):
                continue
            first = n.split()[0]
            if len(first) >= 5 and len(truth_codes.get(r["truth"], ())) == 1:
                brands[first].add(r["truth"])
                if places.search(n):
                    tailed.add(r["truth"])
    twins = [ts for ts in brands.values() if len(ts) > 1 and ts & tailed]
    assert len(twins) >= 3
    for ts in twins:
        assert len({c for t in ts for c in truth_codes[t]}) == len(ts)          # separate tax codes


def test_namesake_cooperatives_and_households_are_different_truths(by_truth):
    htx = defaultdict(set)
    owners = defaultdict(set)
    for t, rows in by_truth.items():
        for r in rows:
            n = low(r["name"])
            m = re.match(r"(?:hop tac xa|htx|h\.t\.x)\s+(.+)$", n)
            if m and src(r) in ("THUE", "DKKD", "KC"):
                htx[m.group(1)].add(t)
            m = re.match(r"(?:ho kinh doanh|hkd\.?|ho kd|ho ong|ho ba)\s+(\D+)$", n)
            if m and len(m.group(1).split()) >= 3:
                owners[m.group(1)].add(t)
    assert sum(len(ts) > 1 for ts in htx.values()) >= 5           # a cooperative with the same name
    assert sum(len(ts) > 1 for ts in owners.values()) >= 10       # person-name collisions


def test_accounting_service_phones_are_shared_by_many_truths(big, small):
    # doc: 16% of limited companies and private enterprises give an accounting service's phone, pool of
    # max(3, n/1800) numbers per former province; the most shared number is under 19 truths at n = 100,000
    for n, rows in ((N_BIG, big), (N_SMALL, small)):
        load = phone_load(rows)
        heavy = sorted((len(ts) for ts in load.values()), reverse=True)
        pool = 2 * max(3, n // 1800)
        assert (5 if n == N_BIG else 3) <= heavy[0] <= 25, (n, heavy[:5])
        many = sum(k >= (4 if n == N_BIG else 3) for k in heavy)     # sister families share with 1-2 others
        assert pool // 3 <= many <= pool + 4, (n, many, pool)


def test_two_districts_of_the_same_name(big):
    addrs = [low(r["address"]) for r in big]

    def seen(pattern):
        return any(re.search(pattern, a) for a in addrs)

    assert seen(r"huyen chau thanh, tinh tien giang") and seen(r"huyen chau thanh, tinh dong thap")
    assert seen(r"thi xa cai lay") and seen(r"huyen cai lay")
    assert seen(r"thanh pho cao lanh") and seen(r"huyen cao lanh")
    assert seen(r"thanh pho hong ngu") and seen(r"huyen hong ngu")


def test_dt_means_dong_thap_phone_or_provincial_road(big):
    assert any(re.search(r", ĐT$", r["address"]) for r in big)                         # Đồng Tháp
    assert any(re.search(r"ĐT[ .]?8[46]\d", r["address"]) for r in big)                # đường tỉnh
    assert any(re.search(r"ĐT:? ?\(?0", r["phone"] + " " + r["address"]) for r in big)  # điện thoại


# --------------------------------------------------------------------------- sources
def test_tax_extract_habits(by_src):
    thue = by_src["THUE"]
    assert 0.72 <= share(thue, lambda r: r["name"] == r["name"].upper()) <= 0.88       # mostly UPPER CASE
    assert share(thue, lambda r: has_diacritics(r["name"])) >= 0.9                    # ... with diacritics
    assert any("TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN" in r["name"] for r in thue)        # statute-long forms
    hh = _thue_households(by_src)                                                     # owner / HỘ KINH DOANH
    assert len(hh) >= 100
    assert share(hh, lambda r: re.fullmatch(r"0\d{11}", r["tax_code"])) >= 0.3        # 12-digit CCCD
    assert share(hh, lambda r: re.fullmatch(r"\d{10}", r["tax_code"]) and mst_ok(r["tax_code"])) >= 0.1  # older
    local_rows = [r for r in thue if local(r["address"])]
    assert 0.4 <= share(local_rows, lambda r: old_units(r["address"])) <= 0.72      # about half old units
    assert 0.35 <= share(thue, lambda r: not r["phone"]) <= 0.7                      # phone often empty


def _thue_households(by_src) -> list[dict]:
    return [r for r in by_src["THUE"] if re.fullmatch(r"HỘ KINH DOANH [^\d(]+|[^\W\d_]+(?: [^\W\d_]+){2,3}", r["name"])
            and not re.search(r"CÔNG TY|DOANH NGHIỆP|HỢP TÁC|CHI NHÁNH|NHÀ MÁY|KHO|ĐỊA ĐIỂM", r["name"])]


@pytest.mark.xfail(strict=True, reason="generator slip: hkd_tax(e, 0.55, 0.35, 0.0) still returns the old "
                                       "9-digit CMND for households without a personal code (the running r goes "
                                       "negative, so r < cmnd_p = 0.0 holds); ~7% of THUE household cells")
def test_tax_extract_lists_households_with_cccd_or_a_personal_code(by_src):
    hh = _thue_households(by_src)
    assert share(hh, lambda r: re.fullmatch(r"|0\d{11}|\d{10}", r["tax_code"])) >= 0.98


def test_business_registration_habits(by_src):
    dk = by_src["DKKD"]
    hh = re.compile(r"(?i)^(?:hộ kinh doanh|hkd|hộ kd|cơ sở|cssx|lò|hộ ông|hộ bà)\b")
    assert not any(hh.match(r["name"]) for r in dk)                                     # no households
    assert not any(re.fullmatch(r"0?8[27][0-3]\d{8}|\d{9}|8\d{9}", r["tax_code"]) for r in dk)
    assert 0.3 <= share(dk, lambda r: r["address"].endswith(", Việt Nam")) <= 0.6     # ", Việt Nam" suffix
    assert any(re.search(r"\((?:[A-Z0-9&.,]+ )+(?:CO\.,? ?LTD|COMPANY LIMITED|JSC|CORPORATION)[^)]*\)$", r["name"])
               for r in dk)                                                            # English name in brackets
    local_rows = [r for r in dk if local(r["address"])]
    assert share(local_rows, lambda r: not old_units(r["address"])) >= 0.55           # mostly new two-level


def test_park_board_habits(by_src):
    bql = by_src["BQL"]
    park = re.compile(r"\bKCN\b|\bCCN\b|Khu công nghiệp|Cụm công nghiệp")
    assert share(bql, lambda r: park.search(r["address"])) >= 0.95                   # park investors
    assert any(re.fullmatch(r"Lô [A-K]\d+(?:-[A-K]\d+)?, KCN [^,]+", r["address"]) for r in bql)   # "Lô C17, KCN ..."
    assert any(re.search(r"Lô [A-K]\d+-[A-K]\d+", r["address"]) for r in bql)       # "Lô A5-A6"
    assert any(re.search(r"Lô số \d+", r["address"]) for r in bql)                  # "Lô số 84"
    assert any(re.search(r"Lô (?:I|II|III|IV)-\d+", r["address"]) for r in bql)     # "Lô II-5"
    assert share(bql, lambda r: re.fullmatch(r"5[345]\d{8}|Mã DA: 5[345]\d{8}", r["tax_code"])) >= 0.05
    assert any(re.fullmatch(r"\d{10} / 5[345]\d{8}", r["tax_code"]) for r in bql)    # both
    assert any(r["tax_code"] in ("Đang cập nhật", "chưa có", "Chưa cấp", "N/A") for r in bql)  # a note
    assert share(bql, lambda r: re.search(r"(?i)one member company limited|co\.,? ?ltd|company limited|\bjsc\b",
                                          r["name"])) >= 0.1                           # English names (FDI)
    assert any(re.search(r"[A-Za-zÀ-ỹ] \([^)]*[\u4e00-\u9fff][^)]*\)$", r["name"]) for r in bql)  # VN (中文)
    assert any(re.fullmatch(r"[^A-Za-z]*[\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff][^A-Za-z]*", r["name"])
               for r in bql)                                                           # only the foreign script


def test_old_doit_lists_habits(by_src):
    sct = by_src["SCTDT"] + by_src["SCTTG"]
    assert any(re.search(r"\bTNHH 1TV\b", r["name"]) for r in sct)
    assert any(re.search(r"\bDN TN\b", r["name"]) for r in sct)
    assert any(re.search(r"\bCBTS\b|\bXNK TS\b", r["name"]) for r in sct)
    assert share(sct, lambda r: re.match(r"(?i)cty\b|ctcp\b", r["name"])) >= 0.1
    assert any(re.search(r"\((?:Cty|Công ty|CTCP|DNTN|DN)[^()]*\)$", r["name"]) for r in sct)   # brand first
    assert any(re.search(r"\(nay là (?:Cty|Công ty|CTCP|CT|TNHH|DNTN|DN)", r["name"]) for r in sct)
    assert any(re.search(r"\((?:ngưng hoạt động|tạm ngừng KD)\)", r["name"]) for r in sct)
    assert any("(GĐ: " in r["name"] for r in sct)
    assert any(re.search(r"\bP\.?\s?\d+\b", r["address"]) for r in sct)                   # P.1
    assert any(re.search(r"\bTX\.", r["address"]) for r in sct)
    assert any(re.search(r"\bTPMT\b", r["address"]) for r in sct)
    assert any(re.search(r"\bTPCL\b", r["address"]) for r in sct)
    assert any(re.search(r"\bH\.", r["address"]) for r in sct)
    assert share(sct, lambda r: len(phone_numbers(r["phone"])) > 1) >= 0.05              # several phones
    assert any(re.search(r" - (?:ĐT:? ?)?\(?0\d", r["address"]) for r in sct)          # phone in the address
    cells = [r["tax_code"] for r in sct]
    assert any(re.fullmatch(r"\d{4} \d{3} \d{3}|\d{3} \d{3} \d{4}", c) for c in cells)    # spaces
    assert any(re.fullmatch(r"\d{4}\.\d{3}\.\d{3}", c) for c in cells)                  # dots
    assert any(c.startswith("MST") for c in cells)
    for note in ("chưa có", "Đang cập nhật", "x"):
        assert note in cells, note
    local_rows = [r for r in sct if local(r["address"])]
    assert share(local_rows, lambda r: old_units(r["address"])) >= 0.75              # old communes / districts


_TCVN3 = set("µ¶·¸¹»¼½¾¨©ª«¬\xad®")
_VNI = re.compile(r"[oOaAeE][âÂêÊ]|[A-Za-z][øûïØÛÏæÆ]|ñ|Ñ")


def _encoding(r: dict) -> str:
    s = r["name"] + " " + r["address"]
    if any(c in _TCVN3 for c in s):
        return "tcvn3"
    if _VNI.search(s):
        return "vni"
    return "clean"


def test_old_doit_lists_have_legacy_encoding_damage_more_often_in_tien_giang(by_src):
    tcvn3 = {}
    for s in OLD_LISTS:
        enc = Counter(_encoding(r) for r in by_src[s])
        assert enc["tcvn3"] > 10 and enc["vni"] > 10, (s, enc)
        assert 0.03 <= 1 - enc["clean"] / len(by_src[s]) <= 0.2, (s, enc)
        tcvn3[s] = enc["tcvn3"] / len(by_src[s])
    assert tcvn3["SCTTG"] > tcvn3["SCTDT"], tcvn3          # the bulk of the damage: .VnTime files
    for s in ("THUE", "DKKD", "HQ", "VND", "TKE", "BHXH", "WEB"):
        assert share(by_src[s], lambda r: _encoding(r) != "clean") <= 0.002, s
    text = "".join(r["name"] + r["address"] for s in OLD_LISTS for r in by_src[s])
    assert "C«ng ty" in text and "Coâng ty" in text


def test_statistics_survey_habits(by_src):
    tke = by_src["TKE"]
    cells = [r["tax_code"] for r in tke]
    assert any(re.fullmatch(r"\d{10}\.0", c) for c in cells)                            # "1202783820.0"
    assert any(re.fullmatch(r"\d\.\d{5}E\+12", c) for c in cells)                       # "1.22942E+12"
    assert any(re.fullmatch(r"[13]\d{8}(?:\.0)?", c) and mst_ok("0" + c.split(".")[0]) for c in cells)   # lost 0
    assert 0.06 <= share(tke, lambda r: r["name"] == r["name"].title() and r["name"] != r["name"].upper()) <= 0.2
    assert any(re.search(r"Công Ty Tnhh", r["name"]) for r in tke)                      # PROPER()
    assert any(r["name"] == r["name"].lower() and re.search(r"[a-z]", r["name"]) for r in tke)
    assert 0.12 <= share(tke, lambda r: not has_diacritics(r["name"])) <= 0.4
    addr = [r["address"] for r in tke if r["address"]]
    thue = [r["address"] for r in by_src["THUE"] if r["address"]]
    assert sum(map(len, addr)) / len(addr) < 0.75 * sum(map(len, thue)) / len(thue)   # short addresses
    assert any(re.fullmatch(r"[^,]+ - [^,]+", a) for a in addr)                         # "commune - district"


def test_customs_habits(by_src):
    hq = by_src["HQ"]
    assert not any(re.search(r"\d{10}\s*[-_.]?\s*\d{3}(?!\d)|\d{13}", r["tax_code"]) for r in hq)   # never a branch
    assert share(hq, lambda r: codes_in(r["tax_code"])) >= 0.95
    assert share(hq, lambda r: re.search(r"CO\.,? ?LTD|COMPANY LIMITED|\bJSC\b|CORPORATION|JOINT STOCK",
                                         r["name"])) >= 0.15                          # the English name
    assert share(hq, lambda r: re.search(r"\+84-27[37]-", r["phone"])) >= 0.05        # "+84-273-..."
    assert share(hq, lambda r: re.search(r"(?i)\b(?:commune|ward|district|province|industrial)\b",
                                         r["address"])) >= 0.15                        # English addresses


@pytest.mark.xfail(strict=True, reason="generator slip: r_hq keeps the registry spelling (diacritics, mixed "
                                       "case) for ~10% of HQ names")
def test_customs_names_are_upper_case_without_diacritics(by_src):
    assert share(by_src["HQ"], lambda r: ascii_upper(r["name"])) >= 0.98


@pytest.mark.xfail(strict=True, reason="generator slip: r_hq renders ~15% of in-province addresses in the "
                                       "registry style with diacritics")
def test_customs_addresses_are_unaccented_or_english(by_src):
    assert share(by_src["HQ"], lambda r: not has_diacritics(r["address"])) >= 0.98


def test_social_insurance_habits(by_src):
    bh = by_src["BHXH"]
    assert 0.18 <= share(bh, lambda r: not has_diacritics(r["name"])) <= 0.4            # a quarter
    assert share(bh, lambda r: re.match(r"(?i)cty\b|ctcp\b|ct cp\b|dntn\b|htx\b|tnhh\b", r["name"])) >= 0.3
    assert share(bh, lambda r: re.search(r"\((?:Ông|Bà|ông|bà|Anh|Chị|A\.|C\.|Cô|Chú) [^)]+\)", r["phone"])) >= 0.1
    assert any(re.search(r"\(C\. [^\W\d_]+ KT\)", r["phone"]) for r in bh)              # "(C. Lan KT)"
    units = [r for r in bh if re.search(r"(?i)chi nh[aá]nh|nhà máy|nha may|địa điểm|\bCN\b", r["name"])]
    assert len(units) >= 50                                                            # paying units separately


def test_khuyen_cong_lists_habits(by_src):
    kc = by_src["KC"]
    assert any(re.match(r"Cơ sở nước đá ", r["name"]) for r in kc)                     # "Cơ sở nước đá Tư Lành"
    assert share(kc, lambda r: re.match(r"Hộ (?:ông|bà) ", r["name"])) >= 0.02          # "Hộ ông Nguyễn Văn Tám"
    assert any(re.fullmatch(r"CS \S.* \([^()]+\)", r["name"]) for r in kc)             # "CS kẹo Út Hiền (...)"
    cells = [r["tax_code"] for r in kc]
    full = sum(bool(re.fullmatch(r"08[27]\d{9}", c)) for c in cells)
    lost0 = sum(bool(re.fullmatch(r"8[27]\d{9}", c)) for c in cells)
    assert full and lost0 / (full + lost0) >= 0.2                                     # leading 0 often lost
    assert sum(bool(re.fullmatch(r"(?:312|341)\d{6}", c)) for c in cells) >= 50         # 9-digit CMND
    assert share(kc, lambda r: re.search(r"(?i)\b(?:ấp|a\.)\s?\w", r["address"])) >= 0.3   # hamlets
    assert any(re.search(r"\(nay là (?:xã|Xã|phường|Phường) [^,]+, (?:tỉnh|Tỉnh) Đồng Tháp\)", r["address"])
               for r in kc)
    assert share(kc, lambda r: sum(k in ("mobile", "mobile11") for _, k in phone_numbers(r["phone"])) > 1) >= 0.03


def test_self_registration_habits(by_src):
    web = by_src["WEB"]
    assert 0.12 <= share(web, lambda r: not has_diacritics(r["name"])) <= 0.45
    assert sum(not unicodedata.is_normalized("NFC", r["name"]) for r in web) >= 20      # NFD
    assert share(web, lambda r: r["name"] == r["name"].lower() and re.search(r"[a-z]", r["name"])) >= 0.04
    assert share(web, lambda r: r["name"] == r["name"].upper() and re.search(r"[A-Z]", r["name"])) >= 0.03
    telex = re.compile(r"(?i)\bcoong\b|\bcoor\b|\bphaanf\b|\b\w+(?:aa|ee|oo|dd|aw|ow|uw)\w*[sfrxj]\b")
    assert sum(bool(telex.search(r["name"])) for r in web) >= 3                        # Telex residue
    assert any(re.search(r"Hoà|Thuỷ|Hoá|Khoẻ", r["name"]) for r in web)                 # old tone placement
    assert share(web, lambda r: re.search(r"(?i)co\.,? ?ltd|company limited|\bjsc\b|joint stock", r["name"])) >= 0.02
    assert any(re.fullmatch(r"\d \d \d \d \d \d \d \d \d \d|\d{4} \d{3} \d{3}", r["tax_code"]) for r in web)
    assert share(web, lambda r: re.search(r"\+84|^84\d", r["phone"])) >= 0.03


def test_vendor_master_habits(by_src):
    vnd = by_src["VND"]
    assert share(vnd, lambda r: ascii_upper(r["name"]) and re.search(
        r"CO\.,? ?LTD|COMPANY LIMITED|\bJSC\b|CORPORATION|JOINT STOCK|ENTERPRISE|CORP\.", r["name"])) >= 0.15
    assert any(CJK.search(r["name"]) or HANGUL.search(r["name"]) or KANA.search(r["name"]) for r in vnd)
    assert any(r["tax_code"].startswith("VAT") for r in vnd)
    assert any(r["tax_code"].startswith("Tax ID: ") for r in vnd)
    assert share(vnd, lambda r: re.search(r"\b(?:Commune|Ward|District|Province|Industrial Park|Hamlet)\b",
                                          r["address"], re.I)) >= 0.3                  # English addresses
    assert any(re.match(r"Lot [A-K]\d+-[A-K]\d+, \w+ \w+ Industrial Park", r["address"]) for r in vnd)


@pytest.mark.xfail(strict=True, reason="generator slip: r_vnd keeps the registry spelling with diacritics for "
                                       "~22% of vendor names (r in [0.75, 0.87), or up to 1.0 without a "
                                       "foreign-script name)")
def test_vendor_names_are_english_vietnamese_without_diacritics_or_chinese(by_src):
    def ok(r):
        return not has_diacritics(r["name"]) or bool(CJK.search(r["name"]) or HANGUL.search(r["name"])
                                                     or KANA.search(r["name"]))
    assert share(by_src["VND"], ok) >= 0.97


@pytest.mark.parametrize("what, field, pattern", [
    # legal forms in all spellings
    ("Công ty TNHH MTV", "name", r"Công ty TNHH MTV"), ("TNHH Một thành viên", "name", r"TNHH Một thành viên"),
    ("Cty TNHH 1TV", "name", r"Cty TNHH 1TV"), ("statute-long", "name", r"(?i)trách nhiệm hữu hạn một thành viên"),
    ("TNHH MTV", "name", r"^TNHH MTV\b"), ("Co., Ltd", "name", r"Co\., Ltd"),
    ("One Member Company Limited", "name", r"(?i)one member company limited"),
    ("Công ty Cổ phần", "name", r"Công ty Cổ phần"), ("Cty CP", "name", r"Cty CP\b"), ("CTCP", "name", r"\bCTCP\b"),
    ("JSC", "name", r"\bJSC\b"), ("Joint Stock Company", "name", r"(?i)joint stock company"),
    ("Corporation", "name", r"(?i)\bcorporation\b"), ("DNTN", "name", r"\bDNTN\b"),
    ("Doanh nghiệp tư nhân", "name", r"Doanh nghiệp tư nhân"), ("DN TN", "name", r"\bDN TN\b"),
    ("HTX", "name", r"\bHTX\b"), ("Hợp tác xã", "name", r"Hợp tác xã"),
    ("Hộ kinh doanh", "name", r"Hộ kinh doanh"), ("HKD", "name", r"^HKD\b"), ("Hộ KD", "name", r"^Hộ KD\b"),
    ("Cơ sở", "name", r"^Cơ sở "), ("CSSX", "name", r"^CSSX "), ("Lò", "name", r"^Lò "),
    ("Hộ ông", "name", r"^Hộ ông "), ("Hộ bà", "name", r"^Hộ bà "),
    # industry words full or abbreviated
    ("Chế biến Thủy sản", "name", r"Chế biến Thủy sản"), ("CBTS", "name", r"\bCBTS\b"),
    ("CB Thủy sản", "name", r"CB Thủy sản"),
    # FDI names
    ("(Việt Nam)", "name", r"\(Việt Nam\)"), ("Vina", "name", r"\bVina\b"), ("(Vietnam) Co., Ltd", "name",
                                                                            r"(?i)\(vietnam\) co\., ?ltd"),
    ("Hán-Việt", "name", r"(?i)^(?:công ty|cty)[^,]* (?:Tân|Thái|Phong|Thịnh|Hoa|Quảng|Mỹ|Phú) "
                         r"(?:Tân|Thái|Phong|Thịnh|Hoa|Quảng|Mỹ|Phú|Long|Gia|Lợi|Hưng)$"),
    ("traditional hanzi", "name", r"[業織製膠裝電實紙龍飼義運發國後紗標瀝]"),
    ("simplified hanzi", "name", r"[业织制胶装电实纸龙饲义运发国后纱标沥]"),
    ("hangul", "name", r"[\uac00-\ud7a3]"), ("kana", "name", r"[\u3040-\u30ff]"),
    ("kanji", "name", r"(?:精機|工業|電子|産業|化成|技研|製作所|食品|繊維|包装|水産)"),
    # addresses
    ("khóm", "address", r"(?i)\bkhóm \d"), ("khu phố", "address", r"(?i)\bkhu phố \d"), ("ấp", "address", r"\bấp "),
    ("tổ", "address", r"\bTổ \d+"), ("Quốc lộ 1A", "address", r"Quốc lộ 1A"), ("ĐT.864", "address", r"ĐT\.864"),
    ("TL864", "address", r"TL864"), ("park lot", "address", r"^Lô "), ("(nay là ...)", "address", r"\(nay là "),
    ("English", "address", r"(?i)Industrial Park|Industrial Zone|\bIZ\b"),
    # spacing habits
    ("non-breaking space", "name", r"\xa0"), ("double space", "name", r"\S  \S"), ("leading space", "name", r"^ \S"),
    ("trailing space", "name", r"\S $"),
])
def test_documented_variation_exists(big, what, field, pattern):
    pat = re.compile(pattern)
    assert sum(bool(pat.search(r[field])) for r in big) >= (1 if what == "kana" else 3), what


def test_head_offices_in_the_documented_cities_old_and_new_form(big):
    addrs = [low(r["address"]) for r in big]
    for city in ("ho chi minh", "ha noi", "long an", "can tho", "binh duong", "dong nai", "ben tre", "vinh long",
                 "an giang"):
        assert any(re.search(r"\b" + city + r"\b", a) for a in addrs), city
    assert any(re.search(r"\blong an\b", a) for a in addrs) and any("tinh tay ninh" in a for a in addrs)
    assert any("tinh binh duong" in a for a in addrs)                            # old form
    assert any(re.search(r"phuong (?:phu loi|binh hoa), tp\. ho chi minh", a) for a in addrs)   # now HCMC


def test_mixed_era_addresses(big):
    # old district with the new province name; new commune with the old district
    local_rows = [low(r["address"]) for r in big if local(r["address"])]
    assert sum(bool(re.search(r"huyen (?:cai be|chau thanh|tan phuoc|cho gao|go cong tay), tinh dong thap", a))
               for a in local_rows) >= 5
    assert sum(bool(re.search(r"xa tan phuoc \d, huyen tan phuoc", a)) for a in local_rows) >= 1


def test_about_two_percent_of_addresses_are_empty(big):
    assert 0.01 <= share(big, lambda r: not r["address"]) <= 0.03


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
    for k in ("mobile", "mobile11", "land", "oldland", "headoffice", "nozero"):
        assert kinds[k] > 0, k
    assert kinds["mobile"] + kinds["land"] > 0.7 * total


def test_landline_area_codes(big):
    nums = [d for r in big for d, k in phone_numbers(r["phone"]) if k in ("land", "headoffice")]
    nums = ["0" + d[2:] if d.startswith("84") else d for d in nums]
    areas = Counter(d[:3] if d[:3] in ("028", "024") else d[:4] for d in nums)
    assert set(areas) <= {"0273", "0277", "028", "024", "0272", "0292", "0274", "0251", "0275", "0270", "0296"}
    assert (areas["0273"] + areas["0277"]) / sum(areas.values()) >= 0.75
    assert areas["0273"] and areas["0277"] and areas["028"]
    old = Counter(d[:3] for r in big for d, k in phone_numbers(r["phone"]) if k == "oldland")
    assert old["073"] and old["067"]


def test_pre_2018_mobiles_only_in_old_lists(by_src):
    old_prefixes = {"0162", "0163", "0164", "0165", "0166", "0167", "0168", "0169", "0120", "0121", "0122",
                    "0126", "0128", "0123", "0124", "0125", "0127", "0129", "0186", "0188", "0199"}

    def rate(rows):
        ks = [(d, k) for r in rows for d, k in phone_numbers(r["phone"])]
        return sum(k == "mobile11" for _, k in ks) / len(ks), {d[:4] for d, k in ks if k == "mobile11"}

    old_rate, pre = rate([r for s in OLD_LISTS for r in by_src[s]])
    new_rate, _ = rate([r for s in NEW_LISTS for r in by_src[s]])
    assert pre <= old_prefixes
    assert old_rate > 0.03
    assert new_rate < old_rate / 10


def test_phone_cell_separators_and_labels(big):
    cells = [r["phone"] for r in big]
    for sep in (" - ", "; ", " / ", ", ", " – ", "\n"):
        assert sum(sep in c for c in cells) >= 3, repr(sep)
    for label in ("ĐT:", "DĐ:", "Fax:"):
        assert any(label in c for c in cells), label
    assert any(re.search(r"\(ext \d{3}\)", c) for c in cells)
    assert any(re.search(r"\(Chị [^\W\d_]+ - kế toán\)", c) for c in cells)
    assert any(re.search(r"\(0\d{2,3}\) \d", c) for c in cells)                     # bracketed area code
    assert any(re.search(r"^84\d{9,10}$", c) for c in cells)                          # 84 without +
