"""Independent checks of the synthetic Hưng Yên (old Hưng Yên + old Thái Bình, merged 2025) CNHT
entity-resolution generator (bench/data/resolve/gen_hungyen.py), written from its module docstring.

Nothing is imported from ``lienket`` and none of the generator's helpers is used: the mod-11 check digit,
the reading of Excel-damaged codes, the phone normaliser and the legacy-encoding detectors are
re-implemented here on purpose.
"""

from __future__ import annotations

import ast
import importlib.util
import math
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_hungyen.py"


def _load():
    spec = importlib.util.spec_from_file_location("gen_hungyen_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()

N = 20_000
SEED = 0
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
# documented share of records per source (per cent, measured at n=100k)
SHARES = {"thue": 19, "bql": 8, "nmjp": 4, "sct": 5, "jetro": 4, "tke": 14, "bhxh": 11, "form": 13, "hdon": 13,
          "hkd": 9}


@pytest.fixture(scope="module")
def recs():
    return gen.records(N, SEED)


@pytest.fixture(scope="module")
def by_src(recs):
    out = defaultdict(list)
    for r in recs:
        out[src(r)].append(r)
    return out


@pytest.fixture(scope="module")
def per_truth(recs):
    return Counter(r["truth"] for r in recs)


# ---------------------------------------------------------------------------------------------------------------
# independent helpers


def src(r: dict) -> str:
    return r["id"].rsplit("-", 1)[0]


def strip(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if not unicodedata.combining(c))


def norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", strip(s).lower()).split())


_VN_ONLY = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def has_vn_diacritics(s: str) -> bool:
    return any(c.lower() in _VN_ONLY or c.lower() in "àáãèéìíòóõùúý" for c in s)


WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_ok(code: str) -> bool:
    """Vietnamese enterprise code: d10 = 10 - (sum d_i*w_i mod 11); a remainder of 0 (check 10) is never issued."""
    if len(code) != 10 or not code.isdigit():
        return False
    s = sum(int(d) * w for d, w in zip(code[:9], WEIGHTS, strict=True)) % 11
    return s != 0 and int(code[9]) == 10 - s


PREFIXES = ("0900", "0901", "1000", "1001") + tuple(f"01{i:02d}" for i in range(11)) + tuple(
    str(i) for i in range(80, 87))
CCCD = re.compile(r"0\d{2}[0-3]\d{8}")
SCI = re.compile(r"\d\.\d{5}E\+\d\d")
_LABEL = re.compile(r"^(?:MST:?|mst|Mã số thuế:|Tax code:)\s*")
_PHONE_SPLIT = re.compile(r"\s*(?:/|;|,|\s[-–]|hoặc|\n)\s*")


def phone_keys(cell: str) -> list[str]:
    """Last nine digits of every number in a phone cell (+84 / 84 / 0 / lost-0 forms coincide)."""
    out = []
    for part in _PHONE_SPLIT.split(cell):
        d = re.sub(r"\D", "", part)
        if len(d) >= 9:
            out.append(d[-9:])
    return out


def phone_numbers(cell: str) -> list[str]:
    """Numbers of a cell in national form (0...), undoing +84 / 84."""
    out = []
    for part in _PHONE_SPLIT.split(cell):
        d = re.sub(r"\D", "", part.split(":")[-1])
        if d.startswith("84") and len(d) >= 11:
            d = "0" + d[2:]
        if len(d) >= 9:
            out.append(d if d.startswith("0") else "0" + d)
    return out


def clean_base(r: dict) -> tuple[str, str] | None:
    """(10-digit code, branch suffix or '') of a record from a list whose codes carry no typos or row shifts."""
    t = _LABEL.sub("", r["tax_code"]).replace(" ", "")
    m = re.fullmatch(r"(\d{9,10})(?:-(\d{3}))?", t)
    if not m:
        return None
    base = m.group(1)
    if len(base) == 9:  # a number column dropped the leading zero
        base = "0" + base
    return (base, m.group(2) or "") if mst_ok(base) else None


# ---------------------------------------------------------------------------------------------------------------
# the module itself


def _tree():
    return ast.parse(GEN_PATH.read_text(encoding="utf-8"))


def test_docstring_starts_with_synthetic_notice():
    doc = ast.get_docstring(_tree())
    assert doc and doc.startswith("ALL DATA IS SYNTHETIC")


def test_standard_library_only_and_no_io():
    mods = set()
    opens = 0
    for node in ast.walk(_tree()):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "relative import"
            mods.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
            opens += 1
    assert mods, "no imports found"
    assert mods <= set(sys.stdlib_module_names) | {"__future__"}, mods - set(sys.stdlib_module_names)
    # "nothing is read from disk or the network"
    assert not mods & {"socket", "urllib", "http", "requests", "pathlib", "os", "io", "shutil", "sqlite3"}
    assert opens == 0


# ---------------------------------------------------------------------------------------------------------------
# shape of the output


def test_exactly_n_records_with_string_values(recs):
    assert len(recs) == N
    for r in recs:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]
    assert gen.records(0) == []
    assert len(gen.records(1, 3)) == 1


def test_ids_unique_and_name_their_source(recs):
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids)
    for i in ids:
        assert re.fullmatch(r"[a-z]+-\d+", i), i
    assert {src(r) for r in recs} == set(SHARES)
    assert all(re.fullmatch(r"E\d{7}", r["truth"]) for r in recs)


def test_deterministic_for_n_and_seed():
    a = gen.records(3000, 5)
    assert a == gen.records(3000, 5)
    b = gen.records(3000, 6)
    assert a != b
    assert {(r["name"], r["tax_code"]) for r in a} != {(r["name"], r["tax_code"]) for r in b}


def test_stream_is_cut_at_n():
    """Entities are generated lazily in a stream cut at exactly n records: a smaller n is a prefix of the stream."""

    def content(rs):
        return Counter((src(r), r["name"], r["tax_code"], r["address"], r["phone"], r["truth"]) for r in rs)

    small, big = content(gen.records(1500, 9)), content(gen.records(4000, 9))
    assert not small - big


def _adjacent_same_truth(rows):
    return sum(a["truth"] == b["truth"] for a, b in pairwise(rows))


def test_ids_and_order_say_nothing_about_truth(recs, by_src):
    # ids are numbered after shuffling: consecutive ids of a source share a truth no more often than chance
    observed = expected = 0.0
    for rows in by_src.values():
        rows = sorted(rows, key=lambda r: int(r["id"].rsplit("-", 1)[1]))
        c = Counter(r["truth"] for r in rows)
        n = len(rows)
        expected += sum(k * (k - 1) for k in c.values()) / n
        observed += _adjacent_same_truth(rows)
        # no trend between the id number and the entity number either
        xs = [int(r["id"].rsplit("-", 1)[1]) for r in rows]
        ys = [int(r["truth"][1:]) for r in rows]
        assert abs(_corr(xs, ys)) < 4 / math.sqrt(n)
    assert observed <= 2 * expected + 10, (observed, expected)
    # the list order is shuffled too
    c = Counter(r["truth"] for r in recs)
    exp_list = sum(k * (k - 1) for k in c.values()) / len(recs)
    assert _adjacent_same_truth(recs) <= 2 * exp_list + 10


def _corr(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return sxy / (sx * sy)


# ---------------------------------------------------------------------------------------------------------------
# records per entity, sources


def test_records_per_entity_skewed(per_truth):
    """~2.2 records per entity, ~48 % singletons, a few Vietnamese firms with 12-20 records.

    Tolerances: the docstring figures are rounded and measured at n=100k; 20k records hold ~9k entities, so the
    singleton share has a sampling sd of ~0.5 pp; 4 pp and 0.15 records leave room for rounding and the smaller n."""
    n_ent = len(per_truth)
    sizes = Counter(per_truth.values())
    assert abs(N / n_ent - 2.2) < 0.15
    assert abs(sizes[1] / n_ent - 0.48) < 0.04
    assert sizes[2] > sizes[3] > sizes[5] > sizes[8]  # a long, decreasing tail
    big = [t for t, k in per_truth.items() if k > 12]
    assert 1 <= len(big) <= 0.01 * n_ent  # "a few"
    assert max(per_truth.values()) <= 20


def test_households_mostly_single_and_fdi_up_to_twelve(recs, per_truth):
    # a 12-digit citizen-ID number in the tax column marks a household business (only their owners carry one)
    hh = {r["truth"] for r in recs if src(r) in ("thue", "hkd", "bhxh", "form") and CCCD.fullmatch(r["tax_code"])}
    assert len(hh) > 500
    assert max(per_truth[t] for t in hh) <= 5
    assert sum(per_truth[t] == 1 for t in hh) > 0.5 * len(hh)
    # katakana / kanji names at a Vietnamese address: Japanese FDI suppliers, up to ~12 records
    jp = {r["truth"] for r in recs if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", r["name"])
          and not r["address"].endswith(("Japan", "Korea"))}
    assert len(jp) > 30
    assert 8 <= max(per_truth[t] for t in jp) <= 12


def test_source_shares(by_src):
    """Shares of records per source within 1.5 pp of the documented (rounded, n=100k) figures: 0.5 pp rounding plus
    ~2.5 sd of a clustered 20k sample."""
    for s, pct in SHARES.items():
        share = 100 * len(by_src[s]) / N
        assert abs(share - pct) <= 1.5, (s, share, pct)


# ---------------------------------------------------------------------------------------------------------------
# tax codes


def test_checker_is_sound():
    rng = random.Random(1)
    rand = [f"{rng.randrange(10**10):010d}" for _ in range(5000)]
    share = sum(map(mst_ok, rand)) / len(rand)
    assert 0.06 < share < 0.12  # 10 valid check digits in 11 remainders, one digit in ten: ~1/11


def test_tax_extract_codes_are_clean(by_src):
    """thue: clean codes; branches '<code>-001'; households the personal code 8xxxxxxxxx or a 12-digit CCCD."""
    kinds = Counter()
    for r in by_src["thue"]:
        t = r["tax_code"]
        if CCCD.fullmatch(t):
            kinds["cccd"] += 1
            continue
        m = re.fullmatch(r"(\d{10})(?:-(00[1-9]))?", t)
        assert m, t
        assert mst_ok(m.group(1)), t
        assert m.group(1).startswith(PREFIXES), t
        kinds["branch" if m.group(2) else "personal" if t[0] == "8" else "code"] += 1
    assert min(kinds.values()) > 20 and len(kinds) == 4, kinds


def test_ten_digit_codes_pass_the_check_except_documented_typos(by_src):
    # lists without typos or other numbers in the tax column: every 10-digit value passes the check digit
    for s in ("thue", "tke", "bhxh", "hdon", "nmjp", "jetro", "hkd"):
        ten = [r["tax_code"] for r in by_src[s] if re.fullmatch(r"\d{10}", r["tax_code"])]
        assert ten and all(map(mst_ok, ten)), s
    # the typed form has "mistyped or wrong codes": most pass, some do not
    ten = [c for c in (_LABEL.sub("", r["tax_code"]).replace(" ", "") for r in by_src["form"])
           if re.fullmatch(r"\d{10}", c)]
    bad = sum(not mst_ok(c) for c in ten)
    assert 0 < bad < 0.15 * len(ten)


def test_branch_codes_extend_a_parent_code(recs):
    branches = [r for r in recs if re.fullmatch(r"\d{10}-\d{3}", r["tax_code"])]
    assert len(branches) > 200
    assert all(re.fullmatch(r"00[1-9]", r["tax_code"][11:]) for r in branches)
    # outside the lists with documented typos (sct, form) the 10 digits before the suffix are a valid code
    for r in branches:
        if src(r) not in ("sct", "form"):
            assert mst_ok(r["tax_code"][:10]), r
    typed = [r for r in branches if src(r) in ("sct", "form")]
    assert sum(mst_ok(r["tax_code"][:10]) for r in typed) > 0.8 * len(typed)


def test_thue_branch_rows_are_named_as_branches(by_src):
    rows = [r for r in by_src["thue"] if "-" in r["tax_code"]]
    assert rows
    for r in rows:
        assert re.match(r"(?i)(chi nhánh|nhà máy|cn )", r["name"]), r["name"]


def test_citizen_ids_follow_the_documented_layout(by_src):
    ids = [r["tax_code"] for s in ("hkd", "thue") for r in by_src[s] if re.fullmatch(r"\d{12}", r["tax_code"])]
    assert len(ids) > 500
    assert all(CCCD.fullmatch(c) for c in ids)  # 0pp + sex/century digit 0-3 + yy + 6 digits
    prov = Counter(c[:3] for c in ids)
    assert (prov["033"] + prov["034"]) / len(ids) > 0.75  # mostly born in Hưng Yên / Thái Bình


# ---------------------------------------------------------------------------------------------------------------
# the truth rule


def test_one_code_one_truth_and_branches_share_the_parent_truth(recs):
    """Lists without typos or row shifts: a 10-digit code never names two truths, and a '-00n' unit shares the truth
    of its parent code (dependent units are not legal persons)."""
    truths = defaultdict(set)
    linked = set()
    kinds = defaultdict(set)
    for r in recs:
        if src(r) not in ("thue", "bql", "tke", "nmjp", "jetro"):
            continue
        cb = clean_base(r)
        if cb:
            truths[cb[0]].add(r["truth"])
            kinds[cb[0]].add(bool(cb[1]))
    for code, ts in truths.items():
        assert len(ts) == 1, (code, ts)
        if kinds[code] == {True, False}:
            linked.add(code)
    assert len(linked) > 50  # parent rows and branch rows of the same enterprise were really compared


def test_hanoi_head_offices_reach_the_tax_extract_through_their_branch(by_src):
    rows = [r for r in by_src["thue"] if r["tax_code"].startswith("01") and "-" in r["tax_code"]]
    assert len(rows) > 20
    assert all("Hà Nội" not in r["address"] for r in rows)  # the branch's address in the province


@pytest.mark.xfail(strict=True, reason="generator slip: a firm that moves from Hà Nội after the Aug 2025 tax "
                                       "extract appears in 'thue' at its Hà Nội head office under the bare code")
def test_no_hanoi_head_office_rows_in_the_tax_extract(by_src):
    """'firms with the head office in Hà Nội appear only through their branch' (at the province's address)."""
    rows = [r for r in by_src["thue"] if "Hà Nội" in r["address"]]
    assert rows == []


def test_foreign_parent_and_vietnamese_subsidiary_are_separate_truths(recs):
    where = defaultdict(set)
    for r in recs:
        where[r["truth"]].add("abroad" if r["address"].endswith(("Japan", "Korea")) else "vn")
    mix = Counter(frozenset(v) for v in where.values())
    assert mix[frozenset({"abroad"})] > 10
    assert mix[frozenset({"abroad", "vn"})] == 0


def test_parent_name_at_the_vietnamese_factory_belongs_to_the_subsidiary(recs):
    names = defaultdict(set)
    for r in recs:
        names[r["truth"]].add(r["name"])
    kk = [r for r in recs if r["name"].startswith("株式会社")]
    local = [r for r in kk if not r["address"].endswith("Japan")]
    abroad = [r for r in kk if r["address"].endswith("Japan")]
    assert local and abroad
    assert not {r["truth"] for r in local} & {r["truth"] for r in abroad}
    # the local rows are linked to the subsidiary's other rows (its Vietnamese / English names)
    with_sub = sum(any(not n.startswith("株式会社") for n in names[r["truth"]]) for r in local)
    assert with_sub >= 0.7 * len(local)


def test_conversions_keep_the_truth(recs):
    names = defaultdict(set)
    for r in recs:
        names[r["truth"]].add(norm(r["name"]))
    company = re.compile(r"\b(cong ty|cty|ctcp)\b")
    # a household business that incorporated: its workshop ("Cơ sở ...") and the company are one truth
    hh_to_co = [t for t, ns in names.items() if any(n.startswith("co so ") for n in ns) and any(
        company.search(n) for n in ns)]
    # DNTN -> TNHH
    dntn_to_tnhh = [t for t, ns in names.items() if any(re.search(r"\b(dntn|doanh nghiep tu nhan)\b", n) for n in ns)
                    and any(re.search(r"\b(tnhh|trach nhiem huu han)\b", n) for n in ns)]
    assert len(hh_to_co) >= 3
    assert len(dntn_to_tnhh) >= 5


# ---------------------------------------------------------------------------------------------------------------
# hard negatives


def test_groups_share_a_brand_across_truths(recs):
    """Vietnamese groups: holding 'Tập đoàn X' + subsidiaries named after X, separate truths."""
    holding = defaultdict(set)
    for r in recs:
        m = re.search(r"\btap doan (.+)$", norm(r["name"]))
        if m and len(r["name"]) < 45:  # not cut by a fixed-width field
            holding[r["truth"]].add(m.group(1))
    assert len(holding) >= 15
    names = [(f" {norm(r['name'])} ", r["truth"]) for r in recs]
    sisters = 0
    for t, brands in holding.items():
        b = f" {min(brands, key=len)} "
        sisters += any(b in n and tt != t for n, tt in names)
    assert sisters >= 0.8 * len(holding)


def test_namesake_households_in_different_communes(recs):
    names = defaultdict(set)
    addrs = defaultdict(set)
    for r in recs:
        if src(r) in ("thue", "hkd", "sct", "bhxh") and len(r["name"]) < 40:
            n = norm(r["name"])
            if n.startswith(("ho kinh doanh ", "co so ")):
                names[n].add(r["truth"])
                addrs[n].add(norm(r["address"]))
    shared = [n for n, ts in names.items() if len(ts) > 1]
    assert len(shared) >= 15
    assert sum(len(addrs[n]) > 1 for n in shared) >= 0.9 * len(shared)


def test_phones_shared_across_truths(recs):
    """Group switchboards, accounting services and park landlords: one number, several unrelated truths."""
    holders = defaultdict(set)
    for r in recs:
        for k in phone_keys(r["phone"]):
            holders[k].add(r["truth"])
    shared = [k for k, ts in holders.items() if len(ts) > 1]
    assert len(shared) >= 30
    assert max(len(ts) for ts in holders.values()) >= 5
    assert len(shared) < 0.05 * len(holders)  # an exception, not the rule


def test_same_code_never_shared_by_the_tax_extract(by_src):
    seen = defaultdict(set)
    for r in by_src["thue"]:
        seen[r["tax_code"]].add(r["truth"])
    assert all(len(ts) == 1 for ts in seen.values())


# ---------------------------------------------------------------------------------------------------------------
# documented noise


def test_tax_extract_upper_case_with_diacritics(by_src):
    rows = by_src["thue"]
    assert sum(r["name"] == r["name"].upper() for r in rows) > 0.7 * len(rows)
    assert sum(has_vn_diacritics(r["name"]) for r in rows) > 0.95 * len(rows)
    assert any("TRÁCH NHIỆM HỮU HẠN" in r["name"] for r in rows)


def test_form_typed_lower_case_without_diacritics(by_src):
    rows = by_src["form"]
    assert sum(not has_vn_diacritics(r["name"]) for r in rows) > 0.3 * len(rows)
    assert sum(r["name"] == r["name"].lower() for r in rows) > 0.3 * len(rows)
    assert sum("cty tnhh" in r["name"] for r in rows) > 50
    assert sum(bool(re.match(r"(?i)(mst|mã số thuế)", r["tax_code"])) for r in rows) > 50


def test_form_phone_habits(by_src):
    rows = by_src["form"]
    multi = sum(len(phone_numbers(r["phone"])) > 1 for r in rows)
    assert multi > 0.05 * len(rows)  # several phones in one cell
    assert any(r["phone"].startswith("+84") for r in rows)
    assert any(re.match(r"84\d{9}", r["phone"]) for r in rows)
    assert any(re.match(r"0\d", r["phone"]) for r in rows)


def test_form_duplicate_submissions(by_src):
    c = Counter(r["truth"] for r in by_src["form"])
    assert sum(k > 1 for k in c.values()) > 20


def test_excel_damage_in_the_invoice_list(by_src, recs):
    rows = by_src["hdon"]
    codes = defaultdict(set)
    for r in recs:
        cb = clean_base(r) if src(r) in ("thue", "bql", "tke") else None
        if cb:
            codes[r["truth"]].add(cb[0])
    # scientific notation: the float agrees with the entity's code to 6 significant digits
    sci = [r for r in rows if SCI.fullmatch(r["tax_code"])]
    assert len(sci) > 50
    checked = [r for r in sci if codes[r["truth"]]]
    agree = 0
    for r in checked:
        v = float(r["tax_code"])
        tol = 0.5 * 10 ** (int(r["tax_code"][-2:]) - 5)
        agree += any(abs(int(c) - v) <= tol for c in codes[r["truth"]])
    assert len(checked) > 30 and agree >= 0.9 * len(checked)  # a few "rare row shifts" are allowed
    # leading zero lost: nine digits that become a valid code with the zero put back
    nine = [r["tax_code"] for r in rows if re.fullmatch(r"\d{9}", r["tax_code"])]
    assert len(nine) > 50 and sum(mst_ok("0" + c) for c in nine) >= 0.95 * len(nine)
    # "-001" glued on: 13 digits = a valid code + 00n
    glued = [r["tax_code"] for r in rows if re.fullmatch(r"\d{13}", r["tax_code"])
             and mst_ok(r["tax_code"][:10]) and r["tax_code"][10:12] == "00"]
    assert glued
    # bank account names: UPPER CASE without diacritics, "CTY TNHH"
    assert sum("CTY TNHH" in r["name"] and not has_vn_diacritics(r["name"]) for r in rows) > 100


def test_statistics_survey_cut_names_and_numeric_codes(by_src):
    rows = by_src["tke"]
    assert all(len(r["name"]) <= 50 for r in rows)
    assert sum(len(r["name"]) >= 49 for r in rows) > 0.05 * len(rows)  # the cut really happens
    nine = [r["tax_code"] for r in rows if re.fullmatch(r"\d{9}", r["tax_code"])]
    assert len(nine) > 100 and all(mst_ok("0" + c) for c in nine)


_TCVN3_MARK = set("¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾")  # TCVN3 code points that are never letters in Unicode Vietnamese
_VNI_MARK = set("øöñæïëüåäØÖÑÆÏËÜÅÄ")


def test_old_thai_binh_list_legacy_fonts_and_old_numbers(by_src):
    rows = by_src["sct"]
    tcvn3 = [r for r in rows if any(c in _TCVN3_MARK for c in r["name"] + r["address"])]
    vni = [r for r in rows if r not in tcvn3 and any(c in _VNI_MARK for c in r["name"] + r["address"])]
    assert 0.15 < len(tcvn3) / len(rows) < 0.35  # "a quarter"
    assert any(r["name"].startswith("C«ng ty") for r in tcvn3)
    assert 0.02 < len(vni) / len(rows) < len(tcvn3) / len(rows)  # "some"
    assert any("Coâng ty" in r["name"] for r in vni)
    nums = [p for r in rows for p in phone_numbers(r["phone"])]
    old_mobile = [p for p in nums if len(p) == 11 and re.match(r"01[2689]", p)]
    old_land = [p for p in nums if (p.startswith("0321") and len(p) == 11) or (p.startswith("04") and len(p) == 10)
                or (p.startswith("036") and len(p) == 10)]
    assert old_mobile and old_land


def test_insurance_list_mixes_unit_codes(by_src):
    rows = by_src["bhxh"]
    unit = [r for r in rows if re.fullmatch(r"[YTH][A-Z]\d{4}[A-Z]", r["tax_code"])]
    codes = [r for r in rows if re.fullmatch(r"\d{10}(-\d{3})?", r["tax_code"])]
    assert len(unit) > 0.1 * len(rows) and len(codes) > 0.3 * len(rows)
    assert all(r["name"] == r["name"].upper() for r in rows)


def test_japanese_supplier_master(by_src):
    rows = by_src["nmjp"]
    assert sum(bool(re.fullmatch(r"V\d{5}|SUP-\d{4}", r["tax_code"])) for r in rows) > 0.2 * len(rows)
    assert sum(bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", r["name"])) for r in rows) > 30
    assert any(r["phone"].startswith("+84-") for r in rows)
    assert all(not has_vn_diacritics(r["address"]) for r in rows)  # English addresses


def test_park_boards_and_jetro(by_src):
    bql = by_src["bql"]
    assert all(re.search(r"KCN|Khu công nghiệp|Khu CN", r["address"]) for r in bql)  # only firms in a KCN
    assert sum("Fax" in r["phone"] for r in bql) > 20
    assert any(re.match(r"(GCNĐKĐT số|IRC|Mã dự án)", r["tax_code"]) for r in bql)
    jetro = by_src["jetro"]
    assert sum(not r["tax_code"] for r in jetro) > 0.6 * len(jetro)  # rarely a tax code
    assert sum(not has_vn_diacritics(r["name"]) for r in jetro) > 0.9 * len(jetro)
    assert any(r["address"].endswith("Japan") for r in jetro)


def test_household_lists(by_src):
    rows = by_src["hkd"]
    assert sum(bool(CCCD.fullmatch(r["tax_code"])) for r in rows) > 0.2 * len(rows)
    assert sum(not r["tax_code"] for r in rows) > 0.1 * len(rows)
    assert any(r["tax_code"].startswith("GCN số") for r in rows)
    assert sum("thôn" in r["address"].lower() for r in rows) > 0.5 * len(rows)
