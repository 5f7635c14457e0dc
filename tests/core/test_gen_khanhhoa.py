"""bench/data/resolve/gen_khanhhoa.py checked against its own module docstring.

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
import gen_khanhhoa  # noqa: E402

SEED = 7
N_SMALL = 3_000
N_BIG = 20_000
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
# docstring "Sources": id prefix -> approximate share of records
DOC_SHARE = {"TAX": .17, "HDDT": .10, "TK": .11, "BHXH": .10, "NTCT": .10, "FORM": .11,
             "KC": .095, "BQL": .08, "HQ": .07, "SHIP": .066}
# docstring "Codes/phones": 42 old Khanh Hoa, 45 old Ninh Thuan, head offices elsewhere, 8 personal TINs
LOCAL_PREFIXES = ("42", "45")
OUT_PREFIXES = ("03", "01", "04", "37", "36", "34", "02")
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
# docstring: head-office towns of out-of-province companies appear in their own rows
OUT_TOWNS = ("ho chi minh", "ha noi", "da nang", "binh duong", "dong nai", "binh thuan", "hai phong")


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
    """10 digits, N10 = 10 - (sum(w*Ni) mod 11) with the documented weights."""
    if len(code) != 10 or not code.isdigit():
        return False
    c = 10 - sum(w * int(d) for w, d in zip(WEIGHTS, code[:9], strict=True)) % 11
    return c < 10 and c == int(code[9])


_CODE = re.compile(r"(?<![\d.,])(\d{10})(?:\s?-\s?(\d{3})|(\d{3}))?(?!\d)")


def codes_in(cell: str) -> list[tuple[str, str | None]]:
    """Check-digit-valid codes in a tax cell: (10-digit base, unit suffix or None).
    Accepts 'X-001', 'X - 001' and the old 13-digit form 'X001'."""
    out = []
    for m in _CODE.finditer(cell):
        if mst_ok(m.group(1)):
            out.append((m.group(1), m.group(2) or m.group(3)))
    return out


def enterprise_codes(r: dict) -> list[tuple[str, str | None]]:
    """Valid codes that identify an enterprise: personal TINs (8...) left out, and the
    BQL column left out because it also holds random 10-digit investment certificates."""
    if src(r) == "BQL":
        return []
    return [(c, s) for c, s in codes_in(r["tax_code"]) if c[0] != "8"]


_PH_SEP = re.compile(r"\s*[;,/–]\s*|\s-\s")
_PH_NOTE = re.compile(r"\([^)]*[^\d\s().+-][^)]*\)")   # "(Kim Min-jun)" after a Korean mobile


def phone_tokens(cell: str) -> list[str]:
    out = []
    for part in _PH_SEP.split(_PH_NOTE.sub("", cell)):
        d = re.sub(r"\D", "", part)
        if d:
            out.append(("+" if "+" in part else "") + d)
    return out


def phone_kind(tok: str, no_leading_zero_ok: bool = False) -> str:
    d = tok.lstrip("+")
    if re.fullmatch(r"8210\d{8}|010\d{8}", d):
        return "kr"
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    for kind, pat in (("mobile", r"0[35789]\d{8}"), ("mobile11", r"01[2-9]\d{8}"),
                      ("land", r"025[89]\d{7}"), ("oldland", r"0[56]8\d{7}"),
                      ("headoffice", r"02[48]\d{8}|02(?:36|74|51|52|25)\d{7}"), ("local", r"\d{7}")):
        if re.fullmatch(pat, d):
            return kind
    if no_leading_zero_ok and re.fullmatch(
            r"[35789]\d{8}|1[2-9]\d{8}|25[89]\d{7}|[56]8\d{7}|2[48]\d{8}|2(?:36|74|51|52|25)\d{7}", d):
        return "nozero"
    return "?"


def phone_key(tok: str) -> str | None:
    """Last nine digits of a Vietnamese number, for spotting one number written many ways."""
    d = tok.lstrip("+")
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    return d[-9:] if len(d) >= 9 else None


_DISTRICTS = ("nha trang", "cam ranh", "ninh hoa", "van ninh", "dien khanh", "cam lam", "khanh vinh",
              "khanh son", "phan rang - thap cham", "phan rang-thap cham", "phan rang – thap cham",
              "pr-tc", "phan rang", "ninh hai", "thuan bac", "ninh phuoc", "thuan nam", "ninh son", "bac ai")
_DTYPE = re.compile(r"^(?:huyen|thi xa|thanh pho|tp\.|tx\.|h\.)\s*")


def new_admin(address: str) -> bool:
    """Address written in the post-2025 units: no old district, or the '(... cu)' note.
    Conservative: a new address that still names a district counts as old."""
    f = fold(address).lower()
    if "cu)" in f:
        return True
    for part in re.split(r",| - ", f):
        if _DTYPE.sub("", part.strip()) in _DISTRICTS:
            return False
    return True


def share(rows: list[dict], pred) -> float:
    return sum(1 for r in rows if pred(r)) / len(rows)


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def small() -> list[dict]:
    return gen_khanhhoa.records(N_SMALL, SEED)


@pytest.fixture(scope="module")
def big() -> list[dict]:
    return gen_khanhhoa.records(N_BIG, SEED)


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
def code_truths(big) -> dict[str, set[str]]:
    """enterprise base code -> truths whose rows carry it (bare or with a unit suffix)"""
    out = defaultdict(set)
    for r in big:
        for c, _ in enterprise_codes(r):
            out[c].add(r["truth"])
    return out


@pytest.fixture(scope="module")
def truth_codes(big) -> dict[str, set[str]]:
    out = defaultdict(set)
    for r in big:
        for c, _ in enterprise_codes(r):
            out[r["truth"]].add(c)
    return out


@pytest.fixture(scope="module")
def phone_truths(big) -> dict[str, set[str]]:
    out = defaultdict(set)
    for r in big:
        for t in phone_tokens(r["phone"]):
            k = phone_key(t)
            if k:
                out[k].add(r["truth"])
    return out


# --------------------------------------------------------------------------- contract
@pytest.mark.parametrize("n", [1, 2, 17, 499])
def test_exactly_n_records_for_small_n(n):
    rows = gen_khanhhoa.records(n, SEED)
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
    assert gen_khanhhoa.records(N_SMALL, SEED) == small


def test_seed_changes_the_records(small):
    other = gen_khanhhoa.records(N_SMALL, SEED + 1)
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
    assert len({src(r) for r in big[:100]}) >= 8


def test_source_shares_match_the_docstring(big):
    cnt = Counter(src(r) for r in big)
    for s, doc in DOC_SHARE.items():
        got = cnt[s] / len(big)
        assert abs(got - doc) <= max(0.02, 0.2 * doc), (s, got, doc)


# --------------------------------------------------------------------------- shape
def test_entities_scale_with_n(small, big):
    for rows in (small, big):
        ents = len({r["truth"] for r in rows})
        assert 0.36 <= ents / len(rows) <= 0.44, ents / len(rows)


def test_records_per_entity_and_singletons(small, big):
    for rows in (small, big):
        sizes = Counter(Counter(r["truth"] for r in rows).values())
        ents = sum(sizes.values())
        assert 2.25 <= len(rows) / ents <= 2.75
        assert 0.29 <= sizes[1] / ents <= 0.40          # doc: singletons 34.4%


def test_entity_size_histogram(by_truth):
    sizes = Counter(len(v) for v in by_truth.values())
    ents = sum(sizes.values())
    hist = {"1": sizes[1], "2": sizes[2], "3": sizes[3],
            "4-5": sizes[4] + sizes[5],
            "6-10": sum(c for k, c in sizes.items() if 6 <= k <= 10),
            "11-20": sum(c for k, c in sizes.items() if 11 <= k <= 20)}
    # doc at 100k: 13,748 | 11,228 | 6,869 | 5,779 | 2,013 | 316 of 39,953
    doc = {"1": .344, "2": .281, "3": .172, "4-5": .145, "6-10": .050, "11-20": .0079}
    for k, d in doc.items():
        assert abs(hist[k] / ents - d) <= max(0.004, 0.25 * d), (k, hist[k] / ents, d)
    assert 11 <= max(sizes) <= 30                    # doc: max 20 (the yard, big firms)


def test_column_fills(big):
    assert 0.71 <= share(big, lambda r: r["tax_code"]) <= 0.81                  # doc 76.0%
    assert 0.565 <= share(big, lambda r: codes_in(r["tax_code"])) <= 0.67        # doc 61.7%
    assert 0.555 <= share(big, lambda r: r["phone"]) <= 0.655                    # doc 60.6%
    assert 0.95 <= share(big, lambda r: r["address"]) <= 1.0                     # doc 97.7%


# --------------------------------------------------------------------------- codes
def test_valid_codes_follow_the_provincial_series(big):
    pre = Counter()
    for r in big:
        if src(r) == "BQL":
            continue
        for c, _ in codes_in(r["tax_code"]):
            pre["8" if c[0] == "8" else c[:2]] += 1
    total = sum(pre.values())
    other = total - sum(pre[p] for p in LOCAL_PREFIXES + OUT_PREFIXES + ("8",))
    assert other / total <= 0.002, pre
    assert (pre["42"] + pre["45"]) / total > 0.75
    assert pre["42"] > 0 and pre["45"] > 0
    assert all(pre[p] > 0 for p in OUT_PREFIXES)
    assert pre["8"] > 0


def test_dependent_units_add_numbered_suffixes(big, by_src):
    suf = Counter(s for r in big for _, s in enterprise_codes(r) if s)
    assert suf["001"] > suf["002"] > suf["003"] > 0
    assert all(re.fullmatch(r"00[1-9]", s) for s in suf), suf
    tax = by_src["TAX"]
    assert any(re.search(r"\d{10}-00\d", r["tax_code"]) for r in tax)
    old13 = [r for r in tax if re.fullmatch(r"\d{13}", r["tax_code"])]
    assert old13, "TAX: old 13-digit form without dash"
    # a few carry a mistyped digit (documented typos), the rest are a valid code + unit number
    assert share(old13, lambda r: mst_ok(r["tax_code"][:10]) and r["tax_code"][10:].startswith("00")) >= 0.9


def test_mistyped_codes_fail_the_check_and_are_rare(big):
    label = re.compile(r"^(?:MST:?|Mã số thuế:|mst:|MSDN:|Tax ID|Tax code:|TAX:|')\s*")
    ok = bad = 0
    for r in big:
        if src(r) == "BQL":
            continue
        m = re.fullmatch(r"(\d{10})(?:-\d{3})?", label.sub("", r["tax_code"].strip()))
        if m:
            ok += mst_ok(m.group(1))
            bad += not mst_ok(m.group(1))
    assert ok > 5000
    assert 0.002 < bad / (ok + bad) < 0.05


def test_cccd_numbers_follow_the_documented_layout(big):
    cccd = [m.group(0) for r in big for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", r["tax_code"])]
    assert len(cccd) > 300
    assert sum(c[:3] in ("056", "058") for c in cccd) / len(cccd) >= 0.7     # birth province

    def layout(c):                                   # sex/century digit, then a matching birth year
        return c[0] == "0" and c[3] in "0123" and (int(c[4:6]) <= 25 if c[3] in "23" else int(c[4:6]) >= 20)

    assert sum(layout(c) for c in cccd) / len(cccd) >= 0.98


def test_households_carry_personal_tin_or_cccd_in_tax(by_src):
    tax = by_src["TAX"]
    personal = [r for r in tax if re.fullmatch(r"8\d{9}", r["tax_code"])]
    cccd = [r for r in tax if re.fullmatch(r"\d{12}", r["tax_code"])]
    assert personal and cccd
    assert all(mst_ok(r["tax_code"]) for r in personal)


def test_cmnd_and_cccd_in_khuyen_cong_lists(by_src):
    kc = by_src["KC"]
    assert sum(bool(re.search(r"(?<!\d)(?:225|264)\d{6}(?!\d)", r["tax_code"])) for r in kc) >= 20
    assert sum(bool(re.search(r"(?<!\d)\d{12}(?!\d)", r["tax_code"])) for r in kc) >= 100


# --------------------------------------------------------------------------- truth rule
def test_one_truth_carries_one_enterprise_code(truth_codes):
    multi = [t for t, cs in truth_codes.items() if len(cs) > 1]
    assert len(truth_codes) > 3000
    assert len(multi) / len(truth_codes) <= 0.005


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
    assert sum(len(bare[c] | unit[c]) == 1 for c in both) / len(both) >= 0.995


def test_out_of_province_company_is_one_truth_with_its_branches(by_truth, code_truths):
    hits = 0
    for rows in by_truth.values():
        codes = [(c, s) for r in rows for c, s in enterprise_codes(r)]
        if not any(c.startswith(OUT_PREFIXES) for c, _ in codes):
            continue
        branch = any(s for c, s in codes)
        head_office = any(any(t in fold(r["address"]).lower() for t in OUT_TOWNS) for r in rows)
        hits += branch and head_office
    assert hits >= 10
    out_codes = [c for c in code_truths if c.startswith(OUT_PREFIXES)]
    assert out_codes and all(len(code_truths[c]) == 1 for c in out_codes)


def test_household_that_became_a_company_keeps_its_truth(by_truth):
    hits = 0
    for rows in by_truth.values():
        personal = any(c[0] == "8" for r in rows for c, _ in codes_in(r["tax_code"])) or \
            any(re.search(r"(?<!\d)0\d{11}(?!\d)", r["tax_code"]) for r in rows)
        company = any(c.startswith(LOCAL_PREFIXES) for r in rows for c, _ in enterprise_codes(r))
        hits += personal and company
    assert hits >= 5


def test_conversion_of_legal_form_keeps_the_truth(by_truth, truth_codes):
    dntn = re.compile(r"\bdntn\b|doanh nghiep tu nhan|\bdn tu nhan|doanh nghiep tn\b")
    tnhh = re.compile(r"\btnhh\b|trach nhiem huu han")
    hits = 0
    for t, rows in by_truth.items():
        names = [fold(r["name"]).lower() for r in rows]
        if any(dntn.search(n) for n in names) and any(tnhh.search(n) for n in names):
            hits += len(truth_codes.get(t, ())) == 1
    assert hits >= 5


# --------------------------------------------------------------------------- hard negatives
def test_identical_legal_names_in_the_two_old_provinces_are_different_truths(big, truth_codes):
    by_name = defaultdict(set)
    for r in big:
        if src(r) == "TK":                 # TK cuts names at 40 characters
            continue
        n = fold(r["name"]).lower().strip()
        if n.startswith(("cong ty", "cty", "doanh nghiep", "dntn")) and len(truth_codes.get(r["truth"], ())) == 1:
            by_name[n].add(r["truth"])
    pairs = 0
    for ts in by_name.values():
        prefixes = {next(iter(truth_codes[t]))[:2] for t in ts}
        pairs += len(ts) > 1 and {"42", "45"} <= prefixes
    assert pairs >= 3


def test_sister_firms_share_a_phone_and_have_near_codes(truth_codes, phone_truths):
    phones = defaultdict(set)
    for p, ts in phone_truths.items():
        for t in ts:
            phones[t].add(p)
    seq = sorted((int(c[:9]), t) for t, cs in truth_codes.items() for c in cs if c.startswith(LOCAL_PREFIXES))
    pairs = sum(1 for (a, ta), (b, tb) in pairwise(seq)
                if ta != tb and b - a <= 12 and phones[ta] & phones[tb])
    assert pairs >= 5


def test_phones_shared_by_unrelated_firms(phone_truths):
    shared = [len(ts) for ts in phone_truths.values() if len(ts) > 1]
    assert len(shared) >= 50
    assert max(shared) >= 4                   # accounting services, virtual offices


def test_household_owner_namesakes(big):
    hh = re.compile(r"^(?:Hộ kinh doanh|HKD|Hộ KD)\s+(\D+)$", re.I)
    owners = defaultdict(set)
    for r in big:
        m = hh.match(r["name"])
        if m and len(m.group(1).split()) >= 3:
            owners[fold(m.group(1)).lower().strip()].add(r["truth"])
    assert sum(len(ts) > 1 for ts in owners.values()) >= 3


def test_numbered_project_companies_are_different_truths(big, truth_codes):
    stems = defaultdict(set)
    for r in big:
        m = re.fullmatch(r"(.*\S)\s+(\d)", fold(r["name"]).lower().strip())
        if m and truth_codes.get(r["truth"]):
            stems[m.group(1)].add((m.group(2), r["truth"]))
    hits = [v for v in stems.values() if len({d for d, _ in v}) > 1 and len({t for _, t in v}) > 1]
    assert hits
    for v in hits:
        codes = [truth_codes[t] for _, t in v]
        assert len(set().union(*codes)) > 1


# --------------------------------------------------------------------------- sources
def test_tax_extract_habits(by_src):
    tax = by_src["TAX"]
    assert 0.45 <= share(tax, lambda r: r["name"] == r["name"].upper()) <= 0.65     # doc 55% upper
    firms = [r for r in tax if enterprise_codes(r) and not any(t in fold(r["address"]).lower() for t in OUT_TOWNS)]
    assert 0.30 <= share(firms, lambda r: new_admin(r["address"])) <= 0.55          # doc 55% old words
    assert share(tax, lambda r: codes_in(r["tax_code"]) or re.fullmatch(r"\d{12}", r["tax_code"])) >= 0.9


def test_einvoice_list_habits(by_src):
    hd = by_src["HDDT"]
    assert share(hd, lambda r: r["tax_code"]) >= 0.95                     # tax code almost always
    assert share(hd, lambda r: r["name"] != r["name"].upper()) >= 0.75    # proper case
    assert sum(not unicodedata.is_normalized("NFC", r["name"] + r["address"]) for r in hd) >= 10
    shapes = {re.sub(r"\d", "9", r["phone"]) for r in hd if r["phone"]}
    assert len(shapes) >= 8                                                # phones in many formats


@pytest.mark.xfail(strict=True, reason="generator slip: HDDT writes new admin units in ~27% of rows, not 65% "
                                       "(NEWADM 65% is applied only to rows dated after the merge)")
def test_einvoice_list_uses_new_admin_units_for_65_percent(by_src):
    hd = [r for r in by_src["HDDT"] if not any(t in fold(r["address"]).lower() for t in OUT_TOWNS)]
    # new_admin() misses new addresses that still name a district, hence 0.50 for a documented 65%
    assert share(hd, lambda r: new_admin(r["address"])) >= 0.50


def test_statistics_survey_habits(by_src):
    tk = by_src["TK"]
    assert share(tk, lambda r: len(r["name"]) <= 40) >= 0.95                # names cut at 40
    assert share(tk, lambda r: 38 <= len(r["name"]) <= 40) >= 0.25          # ... and the cut shows
    assert share(tk, lambda r: r["name"] == r["name"].upper()) >= 0.4
    cells = [r["tax_code"] for r in tk]
    assert any(re.fullmatch(r"\d[.,]\d{5}E\+09", c) for c in cells)          # 4.20123E+09
    assert any(re.fullmatch(r"\d{10}\.0", c) for c in cells)                # ".0"
    assert any(re.fullmatch(r"[1-9]\d{8}(?:\.0)?", c) for c in cells)       # dropped leading zero
    assert sum(bool(re.fullmatch(r"[1-9]\d{8,9}", r["phone"])) for r in tk) >= 50   # phone without 0
    assert share(tk, lambda r: r["address"] and new_admin(r["address"])) <= 0.03   # old addresses
    assert any(re.match(r"(?i)chi nhánh|cn ", r["name"]) for r in tk)         # establishments as rows


@pytest.mark.xfail(strict=True, reason="generator slip: the BHXH unit code fills ~22% of BHXH tax cells, "
                                       "not ~30% (firms without a unit code leave the cell empty)")
def test_social_insurance_unit_code_in_about_30_percent(by_src):
    bh = by_src["BHXH"]
    assert 0.24 <= share(bh, lambda r: re.fullmatch(r"[A-Z]{2}\d{4}[A-Z]", r["tax_code"])) <= 0.36


def test_social_insurance_list_habits(by_src):
    bh = by_src["BHXH"]
    assert share(bh, lambda r: re.fullmatch(r"T[A-Z]\d{4}[A-Z]|Y[A-Z]\d{4}[A-Z]", r["tax_code"])) >= 0.1
    assert share(bh, lambda r: r["name"] == r["name"].upper()) >= 0.6
    assert any(re.match(r"CTY |CN ", r["name"]) for r in bh)
    assert share(bh, lambda r: r["phone"]) <= 0.35                          # phone rarely
    assert share(bh, lambda r: new_admin(r["address"])) <= 0.2              # short old addresses


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
    if any(ord(c) > 127 and c not in _VIET and c != "–" for c in s):
        return "other"
    return "clean"


def test_old_ninh_thuan_lists_have_legacy_encoding_damage(by_src):
    nt = by_src["NTCT"]
    enc = Counter(_encoding(r) for r in nt)
    n = len(nt)
    doc = {"tcvn3": .30, "vni": .15, "utf8-as-cp1252": .08, "qmark": .04}
    for k, d in doc.items():
        assert abs(enc[k] / n - d) <= max(0.025, 0.3 * d), (k, enc[k] / n)
    assert 0.45 <= (n - enc["clean"]) / n <= 0.70
    text = "".join(r["name"] + r["address"] for r in nt)
    assert "\xad" in text                                                 # soft hyphen
    assert any(0x80 <= ord(c) <= 0x9f for c in text)                      # C1 controls


def test_old_ninh_thuan_lists_habits(by_src):
    nt = by_src["NTCT"]
    toks = [t for r in nt for t in phone_tokens(r["phone"])]
    assert any(phone_kind(t) == "oldland" and t.lstrip("+").startswith("068") for t in toks)
    assert any(phone_kind(t) == "mobile11" for t in toks)
    assert any("MST" in r["tax_code"] or "MST:" in r["name"] for r in nt)
    clean = [r for r in nt if _encoding(r) == "clean" and r["address"]]
    assert share(clean, lambda r: new_admin(r["address"])) <= 0.05        # old districts
    copies = Counter(r["truth"] for r in nt)
    assert sum(v > 1 for v in copies.values()) / len(copies) >= 0.15      # several yearly copies


def test_self_registration_form_habits(by_src):
    form = by_src["FORM"]
    low = share(form, lambda r: r["name"] == r["name"].lower() and not has_diacritics(r["name"]))
    assert 0.30 <= low <= 0.60
    assert share(form, lambda r: r["tax_code"]) <= 0.40                     # tax code rarely
    # Telex residue: 'Thủy sản' typed with the input method off -> 'Thuyr sanr', 'Đạt' -> 'DDatj'
    telex = re.compile(r"(?i)\b[a-z]{2,}j\b|\bdd[aeiouy]")
    others = [r for s, rows in by_src.items() if s != "FORM" for r in rows]
    assert sum(bool(telex.search(r["name"])) for r in form) >= 5
    assert share(form, lambda r: telex.search(r["name"])) > 5 * share(others, lambda r: telex.search(r["name"]))
    assert share(form, lambda r: len(phone_tokens(r["phone"])) > 1) >= 0.05       # several phones


def test_khuyen_cong_lists_habits(by_src, by_truth):
    kc = by_src["KC"]
    assert share(kc, lambda r: re.search(r"(?i)\b(?:thôn|xóm)\b", r["address"])) >= 0.4
    assert sum(bool(re.search(r"\b(?:Đàng|Trượng|Quảng|Thập|Nại|Báo)\b", r["name"])) for r in kc) >= 10
    raglai = [("Pinăng", "Pi Năng", "Pinang"), ("Katơr", "Ka Tơr", "Catơr"), ("Chamaléa", "Chamalé", "Cha Ma Léa")]

    def spellings(rows, group):
        return {v for r in rows for v in group if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", r["name"])}

    assert any(len(spellings(kc, g)) > 1 for g in raglai)
    assert any(len(spellings(rows, g)) > 1 for rows in by_truth.values() for g in raglai)


def test_park_board_lists_habits(by_src):
    bql = by_src["BQL"]
    park = re.compile(r"(?i)\bKCN\b|K\.C\.N|khu công nghiệp|\bCCN\b|cụm công nghiệp|cụm CN|industrial|\bIP\b|"
                      r"\bIC\b|Mỹ Giang|My Giang|\bDHV\b|\bLô\b|\bLot\b")
    assert share(bql, lambda r: park.search(r["address"])) >= 0.99         # park firms only

    def irc(r):
        t = r["tax_code"]
        if re.search(r"GCN|IRC", t):
            return True
        return bool(re.fullmatch(r"\d{11}", t) or (re.fullmatch(r"\d{10}", t) and not mst_ok(t)))

    assert share(bql, irc) >= 0.15                                          # IRC instead of tax code
    assert share(bql, lambda r: re.search(r"(?i)co\.,? ?ltd|company limited|joint stock|\bjsc\b", r["name"])) >= 0.05
    assert sum(bool(re.search(r"Dự án|Nhà máy|Xưởng", r["name"])) for r in bql) >= 20   # project rows


def test_customs_lists_habits(by_src):
    hq = by_src["HQ"]
    assert all(r["name"] == r["name"].upper() and not has_diacritics(r["name"]) for r in hq)
    assert all(not has_diacritics(r["address"]) for r in hq)
    assert share(hq, lambda r: codes_in(r["tax_code"])) >= 0.97              # clean tax codes
    assert share(hq, lambda r: re.search(r"(?i)co\.,? ?ltd|company|jsc|corporation", r["name"])) >= 0.1


def test_shipyard_vendor_list_habits(by_src):
    ship = by_src["SHIP"]
    hangul = re.compile(r"[\uac00-\ud7a3]")
    assert share(ship, lambda r: hangul.search(r["name"])) >= 0.03
    assert any("(주)" in r["name"] or "㈜" in r["name"] for r in ship)
    assert any(re.search(r"\+82 10-\d{4}-\d{4}", r["phone"]) for r in ship)
    assert any(r["tax_code"].startswith("Tax ID") for r in ship)
    assert any(re.fullmatch(r"V\d{5}|VD-\d{3,4}", r["tax_code"]) for r in ship)
    english = re.compile(r"Industrial|\bIP\b|\bIC\b|Province|Prov\.|Vietnam|Viet Nam|Commune|Ward|District|Lot ")
    assert share(ship, lambda r: english.search(r["address"])) >= 0.4
    assert any(" - CEO " in r["name"] for r in ship) or any(re.search(r"\(Mr\. |\([A-Z][a-z]+ [A-Z]", r["phone"]) for r in ship)


@pytest.mark.parametrize("what, field, pattern", [
    # legal forms in all spellings
    ("Cty TNHH", "name", r"\bCty TNHH\b"), ("TNHH MTV", "name", r"\bTNHH MTV\b"),
    ("written out", "name", r"(?i)trách nhiệm hữu hạn một thành viên"), ("Co., Ltd", "name", r"Co\., Ltd"),
    ("CTCP", "name", r"\bCTCP\b"), ("JSC", "name", r"\bJSC\b"), ("DNTN", "name", r"\bDNTN\b"),
    ("HTX", "name", r"\bHTX\b"), ("ho kinh doanh", "name", r"(?i)hộ kinh doanh"), ("co so", "name", r"^Cơ sở "),
    # descriptor abbreviations, old tone placement, English names
    ("SX-TM-DV", "name", r"SX-TM-DV"), ("XNK", "name", r"\bXNK\b"), ("VLXD", "name", r"\bVLXD\b"),
    ("Hoà / Thuỷ", "name", r"Hoà|Thuỷ"), ("X Vina", "name", r"\bVina\b"),
    # tax codes spaced and labelled, phones with +84 and fax numbers
    ("spaced code", "tax_code", r"^\d{4} \d{3} \d{3}$"), ("MST label", "tax_code", r"^MST:? ?\d"),
    ("+84", "phone", r"\+84"), ("fax", "phone", r"Fax: "),
    # addresses: park words, English park names, virtual offices
    ("KCN", "address", r"\bKCN\b"), ("Khu công nghiệp", "address", r"Khu công nghiệp"), ("IP", "address", r"\bIP\b"),
    ("virtual office", "address", r"^Tầng \d, tòa nhà "),
])
def test_documented_variation_exists(big, what, field, pattern):
    pat = re.compile(pattern)
    assert sum(bool(pat.search(r[field])) for r in big) >= 5, what


# --------------------------------------------------------------------------- phones
def test_phone_numbers_have_documented_formats(by_src):
    kinds = Counter()
    bad = []
    for s, rows in by_src.items():
        for r in rows:
            for t in phone_tokens(r["phone"]):
                k = phone_kind(t, no_leading_zero_ok=(s == "TK"))
                kinds[k] += 1
                if k == "?":
                    bad.append((s, r["phone"]))
    total = sum(kinds.values())
    assert kinds["?"] / total <= 0.01, bad[:10]
    for k in ("mobile", "mobile11", "land", "oldland", "headoffice", "kr", "nozero"):
        assert kinds[k] > 0, k
    assert kinds["mobile"] + kinds["land"] > 0.7 * total


def test_landlines_use_the_two_provincial_area_codes(big):
    lands = [t.lstrip("+") for r in big for t in phone_tokens(r["phone"]) if phone_kind(t) == "land"]
    lands = ["0" + t[2:] if t.startswith("84") else t for t in lands]
    pre = Counter(t[:4] for t in lands)
    assert set(pre) == {"0258", "0259"}
    # old area codes 058 / 068 (an old 058 number reads like a 058 mobile, so look at the written form)
    assert any("(058)" in r["phone"] for r in big) and any("(068)" in r["phone"] for r in big)
