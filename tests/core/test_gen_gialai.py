"""Independent checks of the synthetic Gia Lai (old Gia Lai + old Bình Định, merged 2025) CNHT
entity-resolution generator (bench/data/resolve/gen_gialai.py), written from its module docstring.

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

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_gialai.py"


def _load():
    spec = importlib.util.spec_from_file_location("gen_gialai_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()

N = 20_000
SEED = 0
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
# documented share of records per source (per cent, n=100k)
SHARES = {"THUE": 25, "BQL": 5, "HHGO": 3, "NMUA": 1, "SCTGL": 9, "SCTBD": 11, "TK": 20, "HQ": 5, "KC": 9,
          "FORM": 12}


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


_VN_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def has_vn_diacritics(s: str) -> bool:
    s = unicodedata.normalize("NFC", s)
    return any(c.lower() in _VN_LETTERS for c in s)


WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_ok(code: str) -> bool:
    """N10 = 10 - (sum N_i*w_i mod 11); a remainder of 0 would need the digit 10 and is never issued."""
    if len(code) != 10 or not code.isdigit():
        return False
    s = sum(int(d) * w for d, w in zip(code[:9], WEIGHTS, strict=True)) % 11
    return s != 0 and int(code[9]) == 10 - s


# 41 old Bình Định, 59 old Gia Lai, 03 HCMC, 04 Đà Nẵng, 8x personal codes of household owners
PREFIXES = ("41", "59", "03", "04") + tuple(str(i) for i in range(80, 90))
SCI = re.compile(r"\d\.\d{5}E\+\d\d")
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
    """Numbers of a cell in national form (0...), undoing +84 / 84 / a lost 0."""
    out = []
    for part in _PHONE_SPLIT.split(cell):
        d = re.sub(r"\D", "", part.split(":")[-1])
        if d.startswith("84") and len(d) >= 11:
            d = "0" + d[2:]
        if len(d) >= 9:
            out.append(d if d.startswith("0") else "0" + d)
    return out


def digits_code(t: str) -> str:
    """Digits of a tax cell with labels / spaces removed ('' for certificates, audit codes, Excel floats)."""
    if SCI.fullmatch(t):
        return ""
    return re.sub(r"\D", "", t)


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
        assert re.fullmatch(r"[A-Z]+-\d+", i), i
    assert {src(r) for r in recs} == set(SHARES)


def test_deterministic_for_n_and_seed():
    a = gen.records(3000, 5)
    assert a == gen.records(3000, 5)
    b = gen.records(3000, 6)
    assert a != b
    assert {(r["name"], r["tax_code"]) for r in a} != {(r["name"], r["tax_code"]) for r in b}


def _adjacent_same_truth(rows):
    return sum(a["truth"] == b["truth"] for a, b in pairwise(rows))


def _corr(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return sxy / (sx * sy)


def test_ids_and_order_say_nothing_about_truth(recs, by_src):
    observed = expected = 0.0
    for rows in by_src.values():
        rows = sorted(rows, key=lambda r: int(r["id"].rsplit("-", 1)[1]))
        c = Counter(r["truth"] for r in rows)
        n = len(rows)
        expected += sum(k * (k - 1) for k in c.values()) / n
        observed += _adjacent_same_truth(rows)
        xs = [int(r["id"].rsplit("-", 1)[1]) for r in rows]
        ys = [int(re.sub(r"\D", "", r["truth"])) for r in rows]
        assert abs(_corr(xs, ys)) < 4 / math.sqrt(n)
    assert observed <= 2 * expected + 10, (observed, expected)
    c = Counter(r["truth"] for r in recs)
    assert _adjacent_same_truth(recs) <= 2 * sum(k * (k - 1) for k in c.values()) / len(recs) + 10


# ---------------------------------------------------------------------------------------------------------------
# records per entity, sources, coverage


def test_records_per_entity_skewed(per_truth):
    """1.87 records per entity, ~54 % singletons, ~23 % with 2, ~12 % with 3, ~10 % with 4-6, a few with 7-12.

    Tolerances: figures are rounded and measured at n=100k; 20k records hold ~10k entities (sampling sd of a share
    ~0.5 pp), so 4 pp for the singleton share, 3 pp for the others and 0.12 records for the mean."""
    n_ent = len(per_truth)
    sizes = Counter(per_truth.values())
    assert abs(N / n_ent - 1.87) < 0.12
    assert abs(sizes[1] / n_ent - 0.54) < 0.04
    assert abs(sizes[2] / n_ent - 0.23) < 0.03
    assert abs(sizes[3] / n_ent - 0.12) < 0.03
    assert abs(sum(sizes[k] for k in (4, 5, 6)) / n_ent - 0.10) < 0.03
    few = sum(v for k, v in sizes.items() if k >= 7)
    assert 0 < few < 0.03 * n_ent
    assert max(per_truth.values()) <= 12


def test_source_shares(by_src):
    """Within 1.5 pp of the documented (rounded, n=100k) shares: 0.5 pp rounding plus ~2.5 sd of a clustered 20k
    sample."""
    for s, pct in SHARES.items():
        share = 100 * len(by_src[s]) / N
        assert abs(share - pct) <= 1.5, (s, share, pct)


def test_coverage_of_tax_and_phone_columns(recs):
    """Tax column filled on ~74 % of rows, ~66 % a check-valid code; a phone on ~66 % (tolerance 4 pp)."""
    filled = sum(bool(r["tax_code"].strip()) for r in recs) / N
    valid = sum(len(d := digits_code(r["tax_code"])) >= 10 and mst_ok(d[:10]) for r in recs) / N
    phone = sum(bool(r["phone"].strip()) for r in recs) / N
    assert abs(filled - 0.74) < 0.04
    assert abs(valid - 0.66) < 0.04
    assert abs(phone - 0.66) < 0.04


# ---------------------------------------------------------------------------------------------------------------
# tax codes


def test_checker_is_sound():
    rng = random.Random(1)
    rand = [f"{rng.randrange(10**10):010d}" for _ in range(5000)]
    assert 0.06 < sum(map(mst_ok, rand)) / len(rand) < 0.12


def test_tax_extract_and_customs_codes_are_clean(by_src):
    """THUE: an MST on every row, branches '<code>-00k'; HQ: MST nearly always, head offices without '-001'."""
    for s in ("THUE", "HQ"):
        kinds = Counter()
        for r in by_src[s]:
            t = r["tax_code"]
            if not t:
                kinds["empty"] += 1
                continue
            m = re.fullmatch(r"(\d{10})(?:-(00[1-9]))?", t)
            assert m, (s, t)
            assert mst_ok(m.group(1)) and m.group(1).startswith(PREFIXES), (s, t)
            kinds["branch" if m.group(2) else "code"] += 1
        n = len(by_src[s])
        assert kinds["empty"] <= (0 if s == "THUE" else 0.06 * n), (s, kinds)
        assert kinds["branch"] > 10, (s, kinds)
    thue = Counter(r["tax_code"][:2] for r in by_src["THUE"])
    assert thue["41"] and thue["59"] and thue["03"] and thue["04"] and sum(thue[str(i)] for i in range(80, 90))


def test_mistyped_codes_usually_fail_the_check(by_src):
    # untyped lists: every 10-digit value passes
    for s in ("THUE", "HQ", "TK", "HHGO", "KC"):
        ten = [r["tax_code"] for r in by_src[s] if re.fullmatch(r"\d{10}", r["tax_code"])]
        assert ten and all(map(mst_ok, ten)), s
    # typed lists: "spaced or mistyped codes", "transposed digits": most pass, some fail
    for s in ("FORM", "SCTBD"):
        ten = [d for d in (digits_code(r["tax_code"]) for r in by_src[s]) if len(d) == 10]
        bad = sum(not mst_ok(d) for d in ten)
        assert 0.02 * len(ten) < bad < 0.2 * len(ten), s


def test_branch_codes_extend_a_parent_code(recs):
    branches = [r for r in recs if re.fullmatch(r"\d{10}-\d{3}", r["tax_code"])]
    assert len(branches) > 200
    assert all(re.fullmatch(r"00[1-9]", r["tax_code"][11:]) for r in branches)
    suffixes = Counter(r["tax_code"][11:] for r in branches)
    assert suffixes["001"] and suffixes["002"]  # "-001".."-00k"
    for r in branches:
        if src(r) in ("THUE", "HQ", "TK", "BQL"):
            assert mst_ok(r["tax_code"][:10]), r


# ---------------------------------------------------------------------------------------------------------------
# the truth rule


def test_one_code_one_truth_and_branches_share_the_parent_truth(recs):
    truths = defaultdict(set)
    kinds = defaultdict(set)
    for r in recs:
        if src(r) not in ("THUE", "HQ", "TK", "HHGO"):
            continue
        m = re.fullmatch(r"(\d{10})(?:-(\d{3}))?", r["tax_code"])
        if m and mst_ok(m.group(1)):
            truths[m.group(1)].add(r["truth"])
            kinds[m.group(1)].add(bool(m.group(2)))
    assert len(truths) > 3000
    for code, ts in truths.items():
        assert len(ts) == 1, (code, ts)
    assert sum(k == {True, False} for k in kinds.values()) > 50


def test_outside_head_office_and_local_branch_are_one_truth(by_src):
    """Head offices in HCMC / Đà Nẵng: customs lists them at the head office (own address, code without '-001'),
    the tax extract at the local branch; one truth."""
    branch_truth = defaultdict(set)
    for r in by_src["THUE"]:
        if "-" in r["tax_code"]:
            branch_truth[r["tax_code"][:10]].add(r["truth"])
    outside = [r for r in by_src["HQ"] if re.fullmatch(r"0[34]\d{8}", r["tax_code"])]
    assert outside
    for r in outside:
        assert re.search(r"HO CHI MINH|DA NANG", r["address"]), r["address"]
    matched = [r for r in outside if r["tax_code"] in branch_truth]
    assert len(matched) > 20
    assert all(branch_truth[r["tax_code"]] == {r["truth"]} for r in matched)


def test_factory_two_belongs_to_the_parent(by_src):
    rows = [r for r in by_src["NMUA"] if re.search(r"(Factory No\.|Factory|Plant) \d\)?$", r["name"])]
    bases = defaultdict(set)
    numbers = defaultdict(set)
    for r in rows:
        m = re.match(r"(.*?)(?: - | \()(?:Factory No\.|Factory|Plant) (\d)\)?$", r["name"])
        assert m, r["name"]
        bases[m.group(1)].add(r["truth"])
        numbers[m.group(1)].add(m.group(2))
    assert sum("2" in v for v in numbers.values()) > 10
    assert all(len(ts) == 1 for ts in bases.values())
    # the certificate of the second plant extends the first one's ("AUD-2023-3675-2")
    assert any(re.fullmatch(r"(AUD-\d{4}-\d{4}|SUP\d{5})-2", r["tax_code"]) for r in rows)


def test_conversions_keep_the_truth(recs):
    names = defaultdict(set)
    for r in recs:
        names[r["truth"]].add(norm(r["name"]))
    converted = [t for t, ns in names.items() if any(re.search(r"\b(dntn|doanh nghiep tu nhan)\b", n) for n in ns)
                 and any(re.search(r"\b(tnhh|trach nhiem huu han|cong ty co phan|ctcp)\b", n) for n in ns)]
    assert len(converted) >= 5


# ---------------------------------------------------------------------------------------------------------------
# hard negatives


def test_popular_trade_names_reused_by_unrelated_holders(recs):
    names = defaultdict(set)
    addrs = defaultdict(set)
    for r in recs:
        if src(r) in ("THUE", "KC", "SCTBD", "SCTGL") and len(r["name"]) < 40:
            n = norm(r["name"])
            if n.startswith(("ho kinh doanh ", "hkd ", "co so ")):
                names[n].add(r["truth"])
                addrs[n].add(norm(r["address"]))
    shared = [n for n, ts in names.items() if len(ts) > 1]
    assert len(shared) >= 15
    assert sum(len(addrs[n]) > 1 for n in shared) >= 0.9 * len(shared)  # in other towns


def test_phones_shared_across_truths(recs, by_src):
    """Accounting services and the association office: one number for many unrelated firms."""
    holders = defaultdict(set)
    for r in recs:
        for k in phone_keys(r["phone"]):
            holders[k].add(r["truth"])
    shared = [k for k, ts in holders.items() if len(ts) > 1]
    assert len(shared) >= 30
    assert max(len(ts) for ts in holders.values()) >= 8
    assert len(shared) < 0.05 * len(holders)
    assoc = defaultdict(set)
    for r in by_src["HHGO"]:
        for k in phone_keys(r["phone"]):
            assoc[k].add(r["truth"])
    assert max(len(ts) for ts in assoc.values()) >= 5


def test_sister_firms_with_near_consecutive_codes(recs):
    """Family groups: own codes issued the same week (stems within 25) and a shared phone, separate truths."""
    code_truth = {}
    phones = defaultdict(set)
    for r in recs:
        phones[r["truth"]].update(phone_keys(r["phone"]))
        if src(r) in ("THUE", "TK", "HQ", "HHGO") and re.fullmatch(r"\d{10}", r["tax_code"]):
            code_truth[r["tax_code"]] = r["truth"]
    codes = sorted(code_truth)
    near = near_linked = 0
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            if b[:2] != a[:2] or int(b[:9]) - int(a[:9]) > 25:
                break
            ta, tb = code_truth[a], code_truth[b]
            assert ta != tb
            near += 1
            near_linked += bool(phones[ta] & phones[tb])
    linked = sum(len(ts) * (len(ts) - 1) // 2 for ts in _phone_groups(code_truth, phones))
    # by chance ~0.02 phone-sharing pairs would hold near codes (the near-pair rate is ~1e-4): two are no accident
    assert near_linked >= 2
    # a near code is far commoner among phone-sharing firms than among all pairs of firms
    all_pairs = len(codes) * (len(codes) - 1) / 2
    assert near_linked / max(1, linked) > 20 * near / all_pairs


def _phone_groups(code_truth, phones):
    by_phone = defaultdict(set)
    for t in set(code_truth.values()):
        for k in phones[t]:
            by_phone[k].add(t)
    return [ts for ts in by_phone.values() if len(ts) > 1]


def test_namesake_places(recs):
    addrs = [r["address"] for r in recs]
    assert any("Nhơn Hòa" in a and "An Nhơn" in a for a in addrs)  # the park in An Nhơn
    assert any("Nhơn Hòa" in a and "Chư Pưh" in a for a in addrs)  # the cluster / town in Chư Pưh
    towns = {m for a in addrs for m in re.findall(r"Ngô Mây, (?:[^,]*?)(Quy Nhơn|Phù Cát|An Khê)", a)}
    assert len(towns) >= 2


# ---------------------------------------------------------------------------------------------------------------
# documented noise


def test_tax_extract_capitals_with_diacritics(by_src):
    rows = by_src["THUE"]
    assert all(r["name"] == r["name"].upper() for r in rows)
    assert sum(has_vn_diacritics(r["name"]) for r in rows) > 0.95 * len(rows)
    assert sum("TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN" in r["name"] for r in rows) > 100
    assert sum(r["name"].startswith(("CHI NHÁNH", "NHÀ MÁY")) for r in rows if "-" in r["tax_code"]) == sum(
        "-" in r["tax_code"] for r in rows)


def test_customs_capitals_without_diacritics(by_src):
    rows = by_src["HQ"]
    assert all(r["name"] == r["name"].upper() and not has_vn_diacritics(r["name"]) for r in rows)
    assert all(not has_vn_diacritics(r["address"]) for r in rows)


def test_statistics_survey(by_src, recs):
    rows = by_src["TK"]
    assert all(len(r["name"]) <= 50 for r in rows)
    assert sum(len(r["name"]) >= 48 for r in rows) > 0.05 * len(rows)
    assert sum(r["address"].count(" - ") >= 2 for r in rows) > 0.9 * len(rows)  # street - commune - district
    with_phone = [r["phone"] for r in rows if r["phone"]]
    assert sum(p[0] != "0" for p in with_phone) > 0.1 * len(with_phone)  # "phones without 0"
    # Excel: '4.10123E+09' agrees with the entity's code to 6 significant digits
    codes = defaultdict(set)
    for r in recs:
        if src(r) in ("THUE", "HQ") and re.fullmatch(r"\d{10}", r["tax_code"]):
            codes[r["truth"]].add(r["tax_code"])
    sci = [r for r in rows if SCI.fullmatch(r["tax_code"])]
    checked = [r for r in sci if codes[r["truth"]]]
    assert len(sci) > 100 and len(checked) > 50
    agree = sum(any(abs(int(c) - float(r["tax_code"])) <= 0.5 * 10 ** (int(r["tax_code"][-2:]) - 5)
                    for c in codes[r["truth"]]) for r in checked)
    assert agree == len(checked)


@pytest.mark.xfail(strict=True, reason="generator slip: TK never drops a leading zero - the only 0-prefixed codes "
                                       "(HCMC 03 / Đà Nẵng 04 head offices) always reach TK as '-001' branch codes")
def test_statistics_survey_loses_leading_zeros(by_src):
    """'codes through Excel (leading zero lost, ...)': 9 digits that form a valid code with the 0 put back."""
    lost = [r["tax_code"] for r in by_src["TK"] if re.fullmatch(r"\d{9}(-\d{3})?", r["tax_code"])]
    assert lost and all(mst_ok("0" + c[:9]) for c in lost)


def test_old_bdinh_survey_drops_leading_zeros_and_spaces_codes(by_src):
    rows = by_src["SCTBD"]
    # nine digits that form a valid code with the zero put back; this list also has mistyped codes (a dropped
    # digit gives nine digits too), so only most of them, against ~1/11 for arbitrary digits
    lost = [r["tax_code"] for r in rows if re.fullmatch(r"\d{9}(-\d{3})?", r["tax_code"])]
    assert len(lost) > 20 and sum(mst_ok("0" + c[:9]) for c in lost) >= 0.5 * len(lost)
    assert sum(bool(re.fullmatch(r"\d{2,4}( \d+)+", r["tax_code"])) for r in rows) > 50  # spaced codes
    assert any(r["name"].startswith(("Cty TNHH", "Cty ")) for r in rows)


_VNI_MARK = set("øöñæïëüåäØÖÑÆÏËÜÅÄ")


def test_old_gia_lai_lists_legacy_encodings_and_old_numbers(by_src):
    rows = by_src["SCTGL"]
    qmark = [r for r in rows if re.search(r"\w\?|\?\w", r["name"] + r["address"])]
    moji = [r for r in rows if re.search(r"Ã|Ä|á»|áº|Æ°|Æ¡", r["name"] + r["address"])]
    vni = [r for r in rows if r not in moji and any(c in _VNI_MARK for c in r["name"] + r["address"])]
    for kind in (qmark, moji, vni):
        assert len(kind) > 0.01 * len(rows)
    damaged = {r["id"] for r in qmark + moji + vni}
    assert 0.08 < len(damaged) / len(rows) < 0.25
    assert any("CÃ´ng" in r["name"] or "CÃ”NG" in r["name"] for r in moji)
    assert sum(not unicodedata.is_normalized("NFC", r["name"]) for r in rows) > 10  # decomposed Unicode
    c = Counter(r["truth"] for r in rows)
    assert sum(k > 1 for k in c.values()) > 20  # repeated rows across years
    nums = [p for r in rows for p in phone_numbers(r["phone"])]
    assert any(p.startswith("059") and len(p) == 10 for p in nums)  # 059 landline before 2017
    assert any(re.match(r"01[2689]\d{8}$", p) for p in nums)  # 11-digit mobiles before 2018


def test_form_typed_by_the_firms(by_src):
    rows = by_src["FORM"]
    lower_plain = sum(r["name"] == r["name"].lower() and not has_vn_diacritics(r["name"]) for r in rows)
    assert lower_plain > 0.3 * len(rows)
    assert any(re.search(r"\bcty tnhh\b", r["name"]) for r in rows)
    assert any(re.search(r"\bdntn\b", r["name"]) for r in rows)
    assert sum(bool(re.match(r"(?i)(mst|mã số thuế)", r["tax_code"])) for r in rows) > 50
    assert sum(bool(re.fullmatch(r"\d{4} \d{3} \d{3}", r["tax_code"])) for r in rows) > 50
    assert sum(len(phone_numbers(r["phone"])) > 1 for r in rows) > 0.03 * len(rows)
    assert any(r["phone"].startswith("+84") for r in rows)
    assert any(re.match(r"84\d{9}", r["phone"]) for r in rows)
    assert sum(not unicodedata.is_normalized("NFC", r["name"]) for r in rows) > 10
    c = Counter(r["truth"] for r in rows)
    assert sum(k > 1 for k in c.values()) > 20  # duplicate submissions


def test_park_board_importer_and_association_lists(by_src):
    bql = by_src["BQL"]
    assert all(re.search(r"KCN|Khu công nghiệp|Khu CN|Industrial|KKT", r["address"]) for r in bql)
    assert sum(r["tax_code"].startswith(("GCNĐT số", "IRC")) for r in bql) > 50
    assert any(r["address"].startswith(("Lô", "Lot")) for r in bql)
    nmua = by_src["NMUA"]
    assert sum(bool(re.match(r"FSC-C\d{6}|AUD-\d{4}-\d{4}|SUP\d{5}", r["tax_code"])) for r in nmua) > 0.5 * len(nmua)
    hhgo = by_src["HHGO"]
    assert sum(not has_vn_diacritics(r["name"] + r["address"]) for r in hhgo) > 0.9 * len(hhgo)
    assert sum(r["phone"].startswith("+84") for r in hhgo) > 0.5 * sum(bool(r["phone"]) for r in hhgo)
    assert sum(not r["tax_code"] for r in hhgo) > 0.6 * len(hhgo)  # few tax codes


def test_khuyen_cong_households(by_src):
    rows = by_src["KC"]
    assert sum(bool(re.match(r"(Hộ (ông|bà) |Ông |Bà )", r["name"])) for r in rows) > 50
    assert sum(bool(re.fullmatch(r"0\d{11}", r["tax_code"])) for r in rows) > 10  # 12-digit CCCD
    assert sum(not r["tax_code"] for r in rows) > 0.6 * len(rows)  # few codes
    assert sum(bool(re.search(r"Thôn|Làng|Tổ", r["address"])) for r in rows) > 0.3 * len(rows)
