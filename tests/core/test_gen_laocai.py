"""bench/data/resolve/gen_laocai.py checked against its own module docstring.

Every figure below comes from the generator's docstring (sources, truth rule,
codes/phones, shape, hard negatives).  The tolerances are bands around the
documented values, not the values the generator happens to produce.  Where the
generator contradicts its docstring, the test states the docstring and is marked
as a strict xfail ("generator slip").
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench" / "data" / "resolve"))
import gen_laocai  # noqa: E402

SEED = 7
N_SMALL = 3_000
N_BIG = 20_000
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
# docstring "Sources": id prefix -> approximate share at n = 100,000
DOC_SHARE = {"THUE": .16, "BQLKCN": .04, "KKTCK": .04, "SCTLC": .07, "SCTYB": .09, "TKDN": .12,
             "HQLC": .07, "BHXH": .09, "KCHTX": .12, "ZALO": .09, "HDDT": .11}
# docstring "Codes/phones": 53 old Lao Cai (and new), 52 old Yen Bai, 01/02/03/26 head offices, 8 personal
LOCAL_PREFIXES = ("53", "52")
HQ_PREFIXES = ("01", "02", "03", "26")
HQ_CITIES = ("ha noi", "ho chi minh", "phu tho", "hai phong")
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
HAN = re.compile(r"[\u4e00-\u9fff]")


# --------------------------------------------------------------------------- helpers
def src(r: dict) -> str:
    return r["id"].rsplit("-", 1)[0]


def fold(s: str) -> str:
    """Vietnamese text without diacritics (handles NFC and NFD input)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def has_diacritics(s: str) -> bool:
    return fold(s) != s


def mst_ok(code: str) -> bool:
    """10 digits, N10 = 10 - (sum(w_i*N_i) mod 11) with the documented weights."""
    if len(code) != 10 or not code.isdigit():
        return False
    c = 10 - sum(w * int(d) for w, d in zip(WEIGHTS, code[:9], strict=True)) % 11
    return c < 10 and c == int(code[9])


_CODE = re.compile(r"(?<![\d.,])(\d{10})(?:-(\d{3}))?(?!\d)")
_PROJECT = re.compile(r"(?i)dự án|GCN|IRC")


def codes_in(cell: str) -> list[tuple[str, str | None]]:
    """Check-digit-valid codes in a tax cell: (10-digit base, branch suffix or None)."""
    return [(m.group(1), m.group(2)) for m in _CODE.finditer(cell) if mst_ok(m.group(1))]


def enterprise_codes(r: dict) -> list[tuple[str, str | None]]:
    """Valid codes that identify an enterprise: personal codes (8...) left out, and the park
    board column / project-code cells left out (investment certificates are random numbers)."""
    if src(r) == "BQLKCN" or _PROJECT.search(r["tax_code"]):
        return []
    return [(c, s) for c, s in codes_in(r["tax_code"]) if c[0] != "8"]


_PH_SEP = re.compile(r"\s*[;,/–]\s*|\s-\s|\s+hoặc\s+")


def phone_kind(d: str, no_leading_zero_ok: bool = False) -> str:
    if d.startswith("0086") or (d.startswith("86") and len(d) in (12, 13)) \
            or re.fullmatch(r"087[13]\d{7}|1[3-9]\d{9}", d):
        return "cn"
    if re.fullmatch(r"(?:00)?(?:8210|8190|8869)\d{8}", d):
        return "foreign"
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    for kind, pat in (("mobile", r"0[35789]\d{8}"), ("mobile11", r"01[2-9]\d{8}"),
                      ("land", r"021[46]\d{7}"), ("oldland", r"02[09]\d{7}"),
                      ("headoffice", r"02[48]\d{8}|02(?:25|10)\d{7}"), ("oldheadoffice", r"0[48]\d{8}|031\d{7}"),
                      ("local", r"\d{7,8}")):
        if re.fullmatch(pat, d):
            return kind
    if no_leading_zero_ok and re.fullmatch(
            r"[35789]\d{8}|1[2-9]\d{8}|21[46]\d{7}|2[09]\d{7}|2[48]\d{8}|2(?:25|10)\d{7}|[48]\d{8}|31\d{7}", d):
        return "nozero"
    return "?"


def phone_numbers(cell: str, no_leading_zero_ok: bool = False) -> list[tuple[str, str]]:
    """(digits, kind) for each number in a cell.  ZALO cells also separate numbers by a
    plain space, so an unreadable piece is tried as two numbers written back to back."""
    out = []
    for part in _PH_SEP.split(re.sub(r"(?i)\(zalo\)|sđt", "", cell)):
        d = re.sub(r"\D", "", part)
        if not d:
            continue
        k = phone_kind(d, no_leading_zero_ok)
        if k == "?":
            for i in range(7, len(d) - 6):
                k1, k2 = phone_kind(d[:i], no_leading_zero_ok), phone_kind(d[i:], no_leading_zero_ok)
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
    return d[-9:] if 9 <= len(d) <= 11 else None


_DISTRICT_WORD = re.compile(r"(?i)\b(?:huyen|thi xa|thanh pho|tx\.|tp\.|h\.|tx|tp)\s*[a-z]")


def names_old_district(address: str) -> bool:
    """Old-style address: a district-level unit (abolished on 1 July 2025) is named."""
    return bool(_DISTRICT_WORD.search(fold(address)))


def share(rows: list[dict], pred) -> float:
    return sum(1 for r in rows if pred(r)) / len(rows)


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def small() -> list[dict]:
    return gen_laocai.records(N_SMALL, SEED)


@pytest.fixture(scope="module")
def big() -> list[dict]:
    return gen_laocai.records(N_BIG, SEED)


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
            key = phone_key(d) if k not in ("cn", "foreign", "?") else None
            if key:
                out[r["truth"]].add(key)
    return out


# --------------------------------------------------------------------------- contract
@pytest.mark.parametrize("n", [1, 2, 17, 499])
def test_exactly_n_records_for_small_n(n):
    rows = gen_laocai.records(n, SEED)
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
    assert gen_laocai.records(N_SMALL, SEED) == small


def test_seed_changes_the_records(small):
    other = gen_laocai.records(N_SMALL, SEED + 1)
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
        assert set(nums) == set(DOC_SHARE)
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
        assert abs(got - doc) <= max(0.02, 0.2 * doc), (s, got, doc)


# --------------------------------------------------------------------------- shape
def test_entity_count_scales_with_n(small, big):
    # doc: 42,646 entities at n = 100,000
    for rows in (small, big):
        ents = len({r["truth"] for r in rows})
        assert 0.38 <= ents / len(rows) <= 0.47, ents / len(rows)


def test_records_per_entity_and_singletons(small, big):
    for rows in (small, big):
        sizes = Counter(Counter(r["truth"] for r in rows).values())
        ents = sum(sizes.values())
        assert 2.1 <= len(rows) / ents <= 2.6                 # doc 2.35
        assert 0.40 <= sizes[1] / ents <= 0.50                # doc 44.5% of entities
        assert 0.16 <= sizes[1] / len(rows) <= 0.23           # doc 19% of records


def test_entity_size_histogram(by_truth):
    sizes = Counter(len(v) for v in by_truth.values())
    ents = sum(sizes.values())
    hist = {"1": sizes[1], "2": sizes[2], "3": sizes[3], "4-5": sizes[4] + sizes[5],
            "6-10": sum(c for k, c in sizes.items() if 6 <= k <= 10),
            "11-20": sum(c for k, c in sizes.items() if 11 <= k <= 20),
            "21+": sum(c for k, c in sizes.items() if k >= 21)}
    # doc: 1: 18,990; 2: 10,753; 3: 5,699; 4-5: 4,606; 6-10: 2,197; 11-20: 349; 21+: 52 of 42,646
    doc = {"1": .445, "2": .252, "3": .134, "4-5": .108, "6-10": .0515, "11-20": .0082, "21+": .0012}
    for k, d in doc.items():
        assert abs(hist[k] / ents - d) <= max(0.004, 0.25 * d), (k, hist[k] / ents, d)
    assert hist["21+"] > 0
    assert max(sizes) <= 50                                   # doc: max 45


def test_column_fills(big):
    assert 0.76 <= share(big, lambda r: r["tax_code"]) <= 0.86                   # doc 81%
    assert 0.55 <= share(big, lambda r: codes_in(r["tax_code"])) <= 0.67         # doc 61%
    assert 0.64 <= share(big, lambda r: r["phone"]) <= 0.74                      # doc 69%
    assert 0.97 <= share(big, lambda r: r["address"]) <= 1.0                     # doc 99%


# --------------------------------------------------------------------------- codes
def test_valid_codes_follow_the_documented_series(big):
    pre = Counter()
    for r in big:
        if src(r) == "BQLKCN" or _PROJECT.search(r["tax_code"]):
            continue
        for c, _ in codes_in(r["tax_code"]):
            pre["8" if c[0] == "8" else c[:2]] += 1
    total = sum(pre.values())
    other = total - sum(pre[p] for p in LOCAL_PREFIXES + HQ_PREFIXES + ("8",))
    assert other / total <= 0.002, pre
    assert (pre["53"] + pre["52"]) / total > 0.75
    assert all(pre[p] > 0 for p in LOCAL_PREFIXES + HQ_PREFIXES + ("8",)), pre


def test_branches_add_numbered_suffixes(big, by_src):
    suf = Counter(s for r in big for _, s in enterprise_codes(r) if s)
    assert suf["001"] > suf["002"] > 0
    assert suf["001"] > sum(suf.values()) / 2
    assert all(re.fullmatch(r"\d{3}", s) and 1 <= int(s) <= 20 for s in suf), suf
    assert any(r["name"].startswith("CHI NHÁNH") and re.search(r"\d{10}-\d{3}", r["tax_code"])
               for r in by_src["THUE"])


def test_mistyped_codes_fail_the_check_and_are_rare(big):
    label = re.compile(r"^(?:MST:?|Mã số thuế|mst:?)\s*")
    ok = bad = 0
    for r in big:
        if src(r) == "BQLKCN":
            continue
        m = re.fullmatch(r"(\d{10})(?:-\d{3})?", label.sub("", r["tax_code"].strip()))
        if m:
            ok += mst_ok(m.group(1))
            bad += not mst_ok(m.group(1))
    assert ok > 5000
    assert 0.002 < bad / (ok + bad) < 0.05


def test_cccd_numbers_follow_the_documented_layout(big):
    cccd = [m.group(0) for r in big for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", r["tax_code"])]
    assert len(cccd) > 500
    assert sum(c[:3] in ("010", "015") for c in cccd) / len(cccd) >= 0.6    # birth province

    def layout(c):                                   # sex/century digit, then a matching birth year
        return c[0] == "0" and c[3] in "0123" and (int(c[4:6]) <= 25 if c[3] in "23" else int(c[4:6]) >= 20)

    assert sum(layout(c) for c in cccd) / len(cccd) >= 0.98          # a few carry a documented typo


def test_personal_codes_start_with_8_and_pass_the_check(big):
    personal = [c for r in big for c, _ in codes_in(r["tax_code"]) if c[0] == "8"]
    assert len(personal) > 200
    bare8 = [t for r in big for t in re.findall(r"(?<!\d)8\d{9}(?!\d)", r["tax_code"])]
    assert sum(mst_ok(t) for t in bare8) / len(bare8) >= 0.95


# --------------------------------------------------------------------------- truth rule
def test_one_truth_carries_one_enterprise_code(truth_codes):
    multi = [t for t, c in truth_codes.items() if len(c) > 1]
    assert len(truth_codes) > 3000
    assert len(multi) / len(truth_codes) <= 0.01       # only the ~0.2% copy errors


def test_copied_codes_are_rare_but_present(truth_codes, code_truths):
    # doc: ~0.2% of codes are another firm's valid code (copy error)
    rows_with_code = sum(sum(c.values()) for c in truth_codes.values())
    minority = sum(k for c in truth_codes.values() for code, k in c.items() if code != c.most_common(1)[0][0])
    assert 0 < minority / rows_with_code <= 0.006
    shared = [c for c, ts in code_truths.items() if len(ts) > 1]
    assert 0 < len(shared) / len(code_truths) <= 0.015


def test_branches_carry_the_parent_truth(big):
    bare, unit = defaultdict(set), defaultdict(set)
    for r in big:
        for c, s in enterprise_codes(r):
            (unit if s else bare)[c].add(r["truth"])
    both = [c for c in unit if c in bare]
    assert len(both) >= 100
    assert sum(len(bare[c] | unit[c]) == 1 for c in both) / len(both) >= 0.98   # copy errors aside


def test_head_office_records_share_the_branch_truth(by_truth):
    hits = 0
    for rows in by_truth.values():
        codes = [(c, s) for r in rows for c, s in enterprise_codes(r)]
        if not any(c.startswith(HQ_PREFIXES) for c, _ in codes):
            continue
        branch = any(s for _, s in codes)
        head_office = any(any(h in fold(r["address"]).lower() for h in HQ_CITIES) for r in rows)
        hits += branch and head_office
    assert hits >= 20


def _truths_with_both(by_truth, a: re.Pattern, b: re.Pattern) -> int:
    n = 0
    for rows in by_truth.values():
        names = [fold(r["name"]).lower() for r in rows]
        n += any(a.search(x) for x in names) and any(b.search(x) for x in names)
    return n


def test_change_of_legal_form_keeps_the_truth(by_truth):
    dntn = re.compile(r"\bdntn\b|doanh nghiep tu nhan|\bdn tu nhan|\bdn tn\b")
    tnhh = re.compile(r"\btnhh\b|trach nhiem huu han")
    tht = re.compile(r"to hop tac|\btht\b|\bto ht\b")
    htx = re.compile(r"hop tac xa|\bhtx\b|h\.t\.x")
    assert _truths_with_both(by_truth, dntn, tnhh) >= 5
    assert _truths_with_both(by_truth, tht, htx) >= 2


def test_household_that_became_a_company_keeps_its_truth(by_truth):
    hits = 0
    for rows in by_truth.values():
        personal = any(c[0] == "8" for r in rows for c, _ in codes_in(r["tax_code"])) or \
            any(re.search(r"(?<!\d)0\d{11}(?!\d)", r["tax_code"]) for r in rows)
        company = any(c.startswith(LOCAL_PREFIXES) for r in rows for c, _ in enterprise_codes(r))
        hits += personal and company
    assert hits >= 3


def test_cooperative_and_director_household_are_different_truths(big, by_truth):
    htx = re.compile(r"(?i)\bHTX\b|hợp tác xã|H\.T\.X")
    household = re.compile(r"(?i)^(?:hộ kinh doanh|hộ ông|hộ bà|hkd)\b")
    assert not any(any(htx.search(r["name"]) for r in rows) and any(household.search(r["name"]) for r in rows)
                   for rows in by_truth.values())
    plain = defaultdict(set)       # household-style names (no company or cooperative words)
    for r in big:
        if not re.search(r"(?i)htx|hợp tác|công ty|cty|tnhh|\bcp\b|dntn|tổ hợp", r["name"]):
            plain[fold(r["name"]).lower()].add(r["truth"])
    hits = 0
    for r in big:
        m = re.search(r"\(GĐ: ([^)]+)\)", r["name"])
        if m and htx.search(r["name"]):
            who = fold(m.group(1)).lower()
            hits += any(who in n and ts - {r["truth"]} for n, ts in plain.items())
    assert hits >= 5


def test_chinese_investor_abroad_is_its_own_truth(by_truth, truth_codes):
    city = re.compile(r"(?i)^\s*(?:yunnan|hekou|honghe|kunming|mengzi|gejiu)\s+([a-z]+)")
    investors = {}
    for t, rows in by_truth.items():
        if truth_codes.get(t):
            continue
        if all(src(r) in ("KKTCK", "HQLC") for r in rows) and \
                any(re.search(r"CHINA|Trung Quốc|云南省", r["address"]) for r in rows):
            pys = {m.group(1).lower() for r in rows for m in [city.match(r["name"])] if m}
            if pys:
                investors[t] = pys
    assert len(investors) >= 10
    linked = 0
    for t, pys in investors.items():
        pats = [re.compile(r"(?i)\b" + p + r"\b") for p in pys]
        linked += any(tt != t and truth_codes.get(tt) and any(p.search(r["name"]) for p in pats for r in rows)
                      for tt, rows in by_truth.items())
    assert linked >= 5


def test_subsidiary_is_a_different_truth_from_its_parent(big, by_truth, truth_codes):
    marked = [(r["truth"], m.group(1)) for r in big for m in [re.search(r"\(thuộc (.+)\)$", r["name"])] if m]
    assert marked
    for t, parent in marked:
        core = re.sub(r"^cong ty (?:cp|tnhh)\s+", "", fold(parent).lower())
        others = {tt for tt, rows in by_truth.items() if tt != t and any(core in fold(r["name"]).lower() for r in rows)}
        assert others, parent
        assert all(set(truth_codes.get(tt, ())) != set(truth_codes.get(t, ())) for tt in others)


# --------------------------------------------------------------------------- hard negatives
def test_popular_trade_names_are_shared_by_unrelated_firms(by_truth, truth_codes):
    hits = 0
    for brand in ("Hoàng Long", "Minh Phát"):
        pat = re.compile(r"(?i)\b" + brand + r"\b")
        ts = [t for t, rows in by_truth.items() if truth_codes.get(t) and any(pat.search(r["name"]) for r in rows)]
        codes = {c for t in ts for c in truth_codes[t]}
        hits += len(ts) >= 2 and len(codes) >= 2
    assert hits >= 1


def test_sister_firms_share_a_phone_and_have_near_codes(truth_codes, truth_phones):
    seq = sorted((int(c[:9]), t) for t, cs in truth_codes.items() for c in cs)
    pairs = sum(1 for (a, ta), (b, tb) in pairwise(seq)
                if ta != tb and b - a <= 45 and truth_phones[ta] & truth_phones[tb])
    assert pairs >= 5


def test_phones_shared_by_many_small_firms(truth_phones):
    by_phone = defaultdict(set)
    for t, ps in truth_phones.items():
        for p in ps:
            by_phone[p].add(t)
    shared = [len(ts) for ts in by_phone.values() if len(ts) > 1]
    assert len(shared) >= 50
    assert max(shared) >= 5                   # accounting services


def test_household_owner_namesakes(big):
    hh = re.compile(r"^(?:Hộ (?:ông|bà)|Hộ kinh doanh|HKD)\s+(\D+)$", re.I)
    owners = defaultdict(set)
    for r in big:
        m = hh.match(r["name"].strip())
        if m and len(m.group(1).split()) >= 3:
            owners[fold(m.group(1)).lower().strip()].add(r["truth"])
    assert sum(len(ts) > 1 for ts in owners.values()) >= 5


def test_same_chinese_brand_under_different_truths(big, truth_codes):
    pinyin = re.compile(r"(?i)^([a-z]+) (?:\(vietnam\) |international )")
    brands = defaultdict(set)
    for r in big:
        m = pinyin.match(r["name"])
        if m and len(truth_codes.get(r["truth"], ())) == 1:
            brands[m.group(1).lower()].add(r["truth"])
    shared = [ts for ts in brands.values() if len(ts) > 1]
    assert shared
    assert all(len({c for t in ts for c in truth_codes[t]}) == len(ts) for ts in shared)


# --------------------------------------------------------------------------- sources
def test_tax_extract_habits(by_src):
    thue = by_src["THUE"]
    assert share(thue, lambda r: r["name"] == r["name"].upper()) >= 0.8           # UPPER CASE
    hh = [r for r in thue if re.match(r"HỘ KINH DOANH |HKD ", r["name"])]
    assert hh
    assert share(hh, lambda r: re.fullmatch(r"8\d{9}|\d{12}", r["tax_code"])) >= 0.9   # personal / CCCD
    assert any(re.match(r"Tầng \d", r["address"]) for r in thue)                  # virtual offices


def test_park_board_habits(by_src):
    bql = by_src["BQLKCN"]
    assert share(bql, lambda r: re.search(r"\bLô\b|\bLot\b", r["address"])) >= 0.6
    assert any(re.fullmatch(r"Lô [\w.-]+", r["address"]) for r in bql)            # just "Lô C4"
    assert share(bql, lambda r: _PROJECT.search(r["tax_code"]) or re.fullmatch(r"\d{10}", r["tax_code"])
                 and not mst_ok(r["tax_code"])) >= 0.1                             # IRC / project codes
    assert share(bql, lambda r: re.search(r"(?i)co\.,? ?ltd|company|\bjsc\b|corporation|limited", r["name"])) >= 0.05


def test_border_zone_board_habits(by_src):
    kkt = by_src["KKTCK"]
    assert share(kkt, lambda r: HAN.search(r["name"])) >= 0.2                    # simplified Chinese
    assert any(re.search(r"[āēīōūǎěǐǒǔ]", r["name"]) for r in kkt)               # pinyin with tones
    assert any(re.match(r"(?i)công ty|cty", r["name"]) and re.search(r"\b[A-Z][a-z]*[jqzfw][a-z]*\b", r["name"])
               for r in kkt)                                                     # pinyin Vietnamese names
    assert any(re.search(r"[A-Za-z].*\([^)]*[\u4e00-\u9fff][^)]*\)$", r["name"]) for r in kkt)   # VN (中文)
    assert share(kkt, lambda r: HAN.search(r["address"])) >= 0.1                 # Chinese addresses
    assert share(kkt, lambda r: re.search(r"\+86|0086|\b86-", r["phone"])) >= 0.1
    assert any(r["tax_code"] == "Đang cập nhật" for r in kkt)


def test_old_lao_cai_lists_habits(by_src):
    slc = by_src["SCTLC"]
    assert share(slc, lambda r: "Cty" in r["name"]) >= 0.1
    assert any(re.search(r"TM&DV|XNK", r["name"]) for r in slc)
    assert share(slc, lambda r: r["tax_code"].startswith("MST:")) >= 0.03
    assert share(slc, lambda r: names_old_district(r["address"])) >= 0.55          # old districts
    kinds = Counter(k for r in slc for _, k in phone_numbers(r["phone"]))
    assert kinds["oldland"] > 0 and kinds["mobile11"] > 0
    assert any(re.search(r"(?<!\d)\(?020\)?[ .-]?\d", r["phone"]) for r in slc)   # area code 020


_VIET = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
_VIET |= {c.upper() for c in _VIET}
_MOJI = re.compile(r"[ÃÄÆ][\u0080-\u00bf\u0152-\u2122]|á[º»]")
_VNI = re.compile(r"[oOaAeE][âÂêÊ]|[A-Za-z][øûïØÛÏ]")
_TCVN3 = set("µ¶·¸¹»¼½¾¨©ª«¬\xad®")
_QMARK = re.compile(r"[A-Za-z]\?|\?[A-Za-z]")


def _encoding(r: dict) -> str:
    s = r["name"] + " " + r["address"]
    if _MOJI.search(s):
        return "utf8-as-cp1252"
    if any(c in _TCVN3 for c in s):
        return "tcvn3"
    if _VNI.search(s):
        return "vni"
    if _QMARK.search(s):
        return "qmark"
    return "clean"


def test_old_yen_bai_lists_have_legacy_encoding_damage(by_src):
    syb, slc = by_src["SCTYB"], by_src["SCTLC"]
    enc = Counter(_encoding(r) for r in syb)
    for k in ("tcvn3", "vni", "utf8-as-cp1252", "qmark"):
        assert enc[k] / len(syb) >= 0.02, (k, enc)
    damaged = 1 - enc["clean"] / len(syb)
    assert damaged >= 0.3
    assert damaged > 2 * share(slc, lambda r: _encoding(r) != "clean")    # "plus" the damage
    text = "".join(r["name"] + r["address"] for r in syb)
    assert "\xad" in text and any(0x80 <= ord(c) <= 0x9f for c in text)    # soft hyphen, C1 controls


def test_old_yen_bai_lists_habits(by_src):
    syb = by_src["SCTYB"]
    assert any(re.search(r"(?<!\d)\(?029\)?[ .-]?\d", r["phone"]) for r in syb)   # area code 029
    assert any(re.search(r"\b(?:Hoà|Thuỷ|Hoá|Thuý|hoà|thuỷ)\b", r["name"] + " " + r["address"]) for r in syb)
    kinds = Counter(k for r in syb for _, k in phone_numbers(r["phone"]))
    assert kinds["oldland"] > 0 and kinds["mobile11"] > 0


def test_statistics_survey_habits(by_src):
    tk = by_src["TKDN"]
    assert share(tk, lambda r: len(r["name"]) <= 40) >= 0.99                     # names cut at 40
    assert share(tk, lambda r: len(r["name"]) >= 39) >= 0.1                      # ... and the cut shows
    assert share(tk, lambda r: r["name"] == r["name"].upper() or not has_diacritics(r["name"])) >= 0.55
    cells = [r["tax_code"] for r in tk]
    assert any(re.fullmatch(r"\d\.\d{5}E\+\d\d", c) for c in cells)              # 5.30012E+09
    assert any(re.fullmatch(r"\d{10,12}\.0", c) for c in cells)                  # .0
    assert any(re.fullmatch(r"[1-9]\d{8}|1\d{10}", c) for c in cells)            # lost leading zero
    assert any(r["phone"].isdigit() and r["phone"][0] != "0" for r in tk)       # phone lost its 0


@pytest.mark.xfail(strict=True, reason="generator slip: TKDN cuts only half of the addresses longer than 60 "
                                       "characters (p = 0.5), ~11% of TKDN addresses exceed 60")
def test_statistics_survey_cuts_addresses_at_60(by_src):
    assert share(by_src["TKDN"], lambda r: len(r["address"]) <= 60) >= 0.99


def test_customs_habits(by_src):
    hq = by_src["HQLC"]
    assert share(hq, lambda r: r["name"].isascii() and r["name"] == r["name"].upper()) >= 0.98
    assert share(hq, lambda r: r["address"].isascii() and r["address"] == r["address"].upper()) >= 0.98
    assert share(hq, lambda r: codes_in(r["tax_code"])) >= 0.9
    assert any(c.startswith(HQ_PREFIXES) for r in hq for c, _ in codes_in(r["tax_code"]))   # head-office codes
    assert share(hq, lambda r: re.search(r"CO\.,? ?LTD|COMPANY|\bJSC\b|CORPORATION|LIMITED", r["name"])) >= 0.1


@pytest.mark.xfail(strict=True, reason="generator slip: HQLC rows of Chinese investors abroad keep hanzi names "
                                       "(20%) and Chinese addresses, so HQLC is not all ASCII upper case")
def test_customs_names_and_addresses_are_all_ascii_upper_case(by_src):
    for r in by_src["HQLC"]:
        for v in (r["name"], r["address"]):
            assert v.isascii() and v == v.upper(), r


def test_social_insurance_unit_codes_instead_of_tax_codes(by_src):
    bh = by_src["BHXH"]
    unit = re.compile(r"(?:Mã ĐV: |Mã đơn vị )?(?:LC|YB)\d{4}[A-Z]")
    assert 0.1 <= share(bh, lambda r: unit.fullmatch(r["tax_code"])) <= 0.4


def test_khuyen_cong_lists_habits(by_src, by_truth):
    kc = by_src["KCHTX"]
    assert share(kc, lambda r: re.match(r"Hộ (?:ông|bà) ", r["name"])) >= 0.05
    assert any("(GĐ: " in r["name"] and re.search(r"HTX|Hợp tác xã|H\.T\.X", r["name"]) for r in kc)
    assert share(kc, lambda r: re.search(r"(?<!\d)\d{12}(?!\d)", r["tax_code"])) >= 0.1       # CCCD
    assert any(re.search(r"(?<!\d)06[03]\d{6}(?!\d)", r["tax_code"]) for r in kc)            # CMND
    variants = [("Sùng", "Xùng"), ("Thào", "Thò"), ("Tẩn", "Tản"), ("Chảo", "Chẩu"), ("Seo", "Sèo"),
                ("Páo", "Pao"), ("Mẩy", "Mẫy"), ("Lở", "Lỡ"), ("Quẩy", "Quảy")]

    def spelled(rows, w):
        return any(re.search(r"(?<!\w)" + w + r"(?!\w)", r["name"]) for r in rows)

    same_truth = sum(any(spelled(rows, a) and spelled(rows, b) for a, b in variants) for rows in by_truth.values())
    assert same_truth >= 3                    # Hmong/Dao name spelled two ways for one household


def test_self_registration_habits(by_src):
    zalo = by_src["ZALO"]
    assert share(zalo, lambda r: r["name"] == r["name"].lower()) >= 0.45
    assert share(zalo, lambda r: not has_diacritics(r["name"])) >= 0.5
    assert share(zalo, lambda r: r["address"] == r["address"].lower()) >= 0.6           # informal
    assert any(r["tax_code"] == "chưa có" for r in zalo)
    assert share(zalo, lambda r: len(phone_numbers(r["phone"])) > 1) >= 0.05           # several phones


def test_einvoice_list_habits(by_src):
    hd, slc = by_src["HDDT"], by_src["SCTLC"]
    assert 0.3 <= share(hd, lambda r: r["tax_code"].startswith("MST: ")) <= 0.6
    assert share(hd, lambda r: r["name"] == r["name"].title() and r["name"] != r["name"].upper()) >= 0.05
    old_hd = share([r for r in hd if r["address"]], lambda r: names_old_district(r["address"]))
    old_slc = share([r for r in slc if r["address"]], lambda r: names_old_district(r["address"]))
    assert old_hd < old_slc - 0.2                                                      # new addresses


@pytest.mark.parametrize("what, field, pattern", [
    ("NFD text", "name", None), ("double spaces", "name", r"\S  \S"),
    ("有限公司", "name", r"有限公司"), ("股份有限公司", "name", r"股份有限公司"), ("Tổ hợp tác", "name", r"Tổ hợp tác"),
    ("X Vina", "name", r"\bVina\b"), ("X (Vietnam) ... Co., Ltd", "name", r"(?i)\(vietnam\) .*co\., ?ltd"),
    ("TM&DV", "name", r"TM&DV"), ("+82", "phone", r"\+82|0082|\b82-10"),
    ("(nay là ...)", "address", r"\(nay là "), ("new commune (mới)", "address", r"\(mới\)"),
    ("virtual office", "address", r"^Tầng \d"),
])
def test_documented_variation_exists(big, what, field, pattern):
    if pattern is None:
        hits = sum(not unicodedata.is_normalized("NFC", r[field]) for r in big)
    else:
        hits = sum(bool(re.search(pattern, r[field])) for r in big)
    assert hits >= 5, what


# --------------------------------------------------------------------------- phones
def test_phone_numbers_have_documented_formats(by_src):
    kinds = Counter()
    bad = []
    for s, rows in by_src.items():
        for r in rows:
            for _, k in phone_numbers(r["phone"], no_leading_zero_ok=(s == "TKDN")):
                kinds[k] += 1
                if k == "?":
                    bad.append((s, r["phone"]))
    total = sum(kinds.values())
    assert kinds["?"] / total <= 0.01, bad[:10]
    for k in ("mobile", "mobile11", "land", "oldland", "headoffice", "cn", "foreign", "nozero"):
        assert kinds[k] > 0, k
    assert kinds["mobile"] + kinds["land"] > 0.7 * total


def test_area_codes_of_the_two_old_provinces(big):
    nums = [d for r in big for d, k in phone_numbers(r["phone"]) if k in ("land", "oldland")]
    nums = ["0" + d[2:] if d.startswith("84") else d for d in nums]
    assert {d[:4] for d in nums if len(d) == 11} == {"0214", "0216"}
    assert {d[:3] for d in nums if len(d) == 10} == {"020", "029"}


def test_pre_2018_mobiles_appear_in_old_lists(by_src):
    old_prefixes = {"0162", "0163", "0164", "0165", "0166", "0167", "0168", "0169", "0120", "0121", "0122",
                    "0126", "0128", "0123", "0124", "0125", "0127", "0129", "0186", "0188", "0199"}

    def rate(rows):
        ks = [(d, k) for r in rows for d, k in phone_numbers(r["phone"])]
        return sum(k == "mobile11" for _, k in ks) / len(ks), {d[:4] for d, k in ks if k == "mobile11"}

    old_rate, pre = rate(by_src["SCTLC"] + by_src["SCTYB"])
    new_rate, _ = rate(by_src["HDDT"] + by_src["ZALO"])
    assert pre <= old_prefixes
    assert old_rate > 0.1 and old_rate > 3 * new_rate
