"""Tests for the synthetic Thái Nguyên CNHT supplier benchmark generator (bench/data/resolve/gen_thainguyen.py).

The checks re-implement the tax-code check digit and the phone-number rules independently of the generator.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_thainguyen.py"
N = 20_000
SOURCES = ("tax", "kr_vendor", "park_board", "cnht_app", "bhxh", "fair_form", "commune_list")
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}


def _load():
    spec = importlib.util.spec_from_file_location("gen_thainguyen_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()


@pytest.fixture(scope="module")
def data():
    recs, tags = gen.labelled(N, 11)
    return recs, tags


@pytest.fixture(scope="module")
def groups(data):
    recs, tags = data
    by = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        by[r["truth"]].append((r, set(t)))
    return by


# ------------------------------------------------------------------------------------------ helpers
_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_valid(code: str) -> bool:
    """Independent mod-11 check of a 10-digit Vietnamese tax code."""
    if not re.fullmatch(r"\d{10}", code):
        return False
    total = 0
    for digit, weight in zip(code[:9], _W, strict=True):
        total += int(digit) * weight
    check = 10 - total % 11
    return check != 10 and check == int(code[9])


def clean_tax(s: str) -> str:
    s = re.sub(r"^\s*(MST\s*:?|Mã số thuế\s*:|Tax code\s*:)\s*", "", s, flags=re.IGNORECASE)
    return s.replace(" ", "")


_MOBILE = {"086", "088", "089", "090", "091", "093", "094", "096", "097", "098", "070", "076", "077", "078",
           "079", "081", "082", "083", "084", "085", "056", "058", "059"} | {f"03{d}" for d in range(2, 10)}
_OLD_TO_NEW = {"0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078", "0123": "083",
               "0124": "084", "0125": "085", "0127": "081", "0129": "082", "0186": "056", "0188": "058",
               "0199": "059"} | {f"016{d}": f"03{d}" for d in range(2, 10)}
_LAND4 = {"0208": "0208", "0209": "0209", "0280": "0208", "0281": "0209", "0222": "0222", "0204": "0204",
          "0211": "0211", "0225": "0225"}
_LAND3 = {"024", "028"}


def parse_phone(s: str) -> str | None:
    """National form of one Vietnamese number, or None if it is not a valid number."""
    digits = re.sub(r"\D", "", s)
    if digits.startswith("84"):
        digits = "0" + digits[2:]
    if not digits.startswith("0"):
        return None
    if len(digits) == 10 and digits[:3] in _MOBILE:
        return digits
    if len(digits) == 11 and digits[:4] in _OLD_TO_NEW:
        return digits
    if len(digits) == 11 and digits[:4] in _LAND4:
        return digits
    if len(digits) == 11 and digits[:3] in _LAND3:
        return digits
    return None


def canonical_phone(national: str) -> str:
    """Map pre-2018 mobiles and pre-2017 area codes to today's number."""
    if len(national) == 11 and national[:4] in _OLD_TO_NEW:
        return _OLD_TO_NEW[national[:4]] + national[4:]
    if national[:4] in _LAND4:
        return _LAND4[national[:4]] + national[4:]
    return national


def split_phones(s: str) -> list[str]:
    return [p for p in re.split(r"\s*(?:/|;|\s-\s)\s*", s) if p.strip()]


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.lower()


_FORM_WORDS = {"cong", "ty", "cty", "tnhh", "mtv", "1tv", "trach", "nhiem", "huu", "han", "mot", "thanh", "vien",
               "co", "phan", "cp", "ctcp", "jsc", "j", "s", "c", "ltd", "company", "limited", "joint", "stock",
               "corporation", "one", "member", "liability", "vina", "vietnam", "viet", "nam", "vn"}


def name_key(name: str) -> str:
    return " ".join(t for t in re.findall(r"[a-z0-9]+", fold(name)) if t not in _FORM_WORDS)


_PARK_NAMES = ("yen binh", "diem thuy", "song cong ii", "song cong i ", "nam pho yen", "tay pho yen", "quyet thang",
               "trung thanh", "thanh binh", "kha son", "ha thuong", "phu lac", "nguyen gon", "tan thanh", "huyen tung")


def parks_in(addr: str) -> set[str]:
    a = fold(addr) + " "
    found = set()
    for p in _PARK_NAMES:
        if p in a and ("kcn" in a or "ccn" in a or "industrial" in a or " ic" in a or " ip" in a):
            found.add(p.strip())
    if "nam pho yen" in found or "tay pho yen" in found:
        found.discard("trung thanh")
    return found


_CORRUPT = {"tax_typo", "tax_excel", "tax_lead_zero", "email_in_tax"}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


# ------------------------------------------------------------------------------------------ generic
def test_stdlib_only_and_no_global_random():
    tree = ast.parse(GEN_PATH.read_text(encoding="utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0
            mods.add(node.module.split(".")[0])
    assert mods, "expected some imports"
    assert mods <= set(sys.stdlib_module_names) | {"__future__"}, mods - set(sys.stdlib_module_names)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "random":
                assert f.attr == "Random", f"global random.{f.attr}() used"
            assert not (isinstance(f, ast.Name) and f.id == "hash"), "hash() is not stable across runs"
    doc = ast.get_docstring(tree)
    assert "ALL DATA IS SYNTHETIC" in doc.split("\n\n")[1]


@pytest.mark.parametrize("n", [0, 1, 13, 2_500])
def test_shape(n):
    recs = gen.records(n, 3)
    assert len(recs) == n
    assert all(set(r) == KEYS for r in recs)
    assert all(isinstance(v, str) for r in recs for v in r.values())
    assert len({r["id"] for r in recs}) == n
    recs2, tags = gen.labelled(n, 3)
    assert recs2 == recs
    assert len(tags) == n
    assert all(isinstance(t, tuple) and t[0].startswith("src:") and t[0][4:] in SOURCES for t in tags)


def test_determinism_and_seed():
    a = gen.records(3_000, 5)
    assert a == gen.records(3_000, 5)
    b = gen.records(3_000, 6)
    assert a != b
    assert sum(x == y for x, y in zip(a, b, strict=True)) < 30


def test_stable_across_hash_seeds():
    code = ("import importlib.util,hashlib,json;"
            f"s=importlib.util.spec_from_file_location('g',{str(GEN_PATH)!r});m=importlib.util.module_from_spec(s);"
            "s.loader.exec_module(m);print(hashlib.sha1(json.dumps(m.labelled(1500,9)).encode()).hexdigest())")
    outs = set()
    for hs in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.add(res.stdout.strip())
    here = hashlib.sha1(json.dumps(gen.labelled(1500, 9)).encode()).hexdigest()
    assert outs == {here}


def test_shuffled(data):
    recs, tags = data
    same_truth = sum(a["truth"] == b["truth"] for a, b in zip(recs, recs[1:], strict=False))
    assert same_truth / len(recs) < 0.02
    same_src = sum(a[0] == b[0] for a, b in zip(tags, tags[1:], strict=False))
    assert same_src / len(recs) < 0.4


def test_nfc(data):
    recs, _ = data
    for r in recs:
        for k in ("name", "address", "tax_code", "phone", "truth", "id"):
            assert unicodedata.is_normalized("NFC", r[k]), (k, r[k])


# ------------------------------------------------------------------------------------------ clusters
def test_cluster_sizes(data, groups):
    recs, _ = data
    sizes = Counter(len(v) for v in groups.values())
    singles = sizes[1] / len(recs)
    assert 0.20 <= singles <= 0.35, singles
    assert max(sizes) <= 16
    assert sizes[2] > 0.1 * len(groups)
    big = sum(c for s, c in sizes.items() if s >= 5)
    assert big >= 0.05 * len(groups)
    assert sum(c for s, c in sizes.items() if s >= 10) >= 50


def test_sources(data, groups):
    _, tags = data
    counts = Counter(t[0][4:] for t in tags)
    for s in SOURCES:
        assert counts[s] >= 0.02 * N, (s, counts[s])
    for rows in groups.values():  # the tax list holds each taxpayer once
        assert sum("src:tax" in t for _, t in rows) <= 1


def test_source_habits(data):
    recs, tags = data
    by = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        by[t[0][4:]].append((r, t))
    cnht = [r["name"] for r, _ in by["cnht_app"]]
    assert sum(n.isascii() for n in cnht) / len(cnht) > 0.95
    form = [r["name"] for r, _ in by["fair_form"]]
    assert sum(n == n.lower() for n in form) / len(form) > 0.85
    bh = [r["name"] for r, _ in by["bhxh"]]
    assert max(len(n) for n in bh) <= 40
    assert sum(len(n) >= 38 for n in bh) > 50
    tax_names = [r["name"] for r, _ in by["tax"]]
    assert all(n == n.upper() for n in tax_names)
    assert sum(not n.isascii() for n in tax_names) / len(tax_names) > 0.6
    assert any(_HANGUL.search(r["name"]) for r, _ in by["kr_vendor"])
    assert not any(_HANGUL.search(r["name"]) for s in ("tax", "cnht_app", "commune_list") for r, _ in by[s])
    hotline_like = [r for r, t in by["park_board"] if "shared_phone_park" in t]
    assert hotline_like


# ------------------------------------------------------------------------------------------ tax codes
def test_tax_codes(data, groups):
    recs, tags = data
    prefixes = Counter()
    code_truths = defaultdict(set)
    checked = 0
    for r, t in zip(recs, tags, strict=True):
        tc, ts = r["tax_code"], set(t)
        if not tc:
            continue
        if ts & _CORRUPT:
            continue
        code = clean_tax(tc)
        m = re.fullmatch(r"(\d{10})(?:-(\d{3}))?", code)
        assert m, (tc, t)
        assert mst_valid(m.group(1)), (tc, t)
        checked += 1
        prefixes[code[:2]] += 1
        if "branch_parent_code" not in ts:
            code_truths[code].add(r["truth"])
    assert checked > 0.4 * N
    assert all(len(v) == 1 for v in code_truths.values()), "one tax code must name one entity"
    assert prefixes["46"] > prefixes["47"] > 100
    assert sum(prefixes[p] for p in ("01", "02", "03", "23", "24", "25")) > 100
    # each entity carries a single code (renamed / converted / moved firms keep theirs)
    for rows in groups.values():
        codes = {clean_tax(r["tax_code"]) for r, t in rows
                 if r["tax_code"] and not (t & _CORRUPT) and "branch_parent_code" not in t}
        assert len(codes) <= 1, codes


def test_tax_corruptions(data, groups):
    recs, tags = data
    seen = Counter()
    truth_code = {}
    for rows in groups.values():
        for r, t in rows:
            if r["tax_code"] and not (t & _CORRUPT) and "branch_parent_code" not in t:
                truth_code[r["truth"]] = clean_tax(r["tax_code"])[:10]
    for r, t in zip(recs, tags, strict=True):
        tc = r["tax_code"]
        if "email_in_tax" in t:
            assert "@" in tc
        elif "tax_typo" in t:
            seen["typo"] += 1
            digits = clean_tax(tc)[:10]
            assert not mst_valid(digits), tc
            true = truth_code.get(r["truth"])
            if true:
                assert sum(a != b for a, b in zip(digits, true, strict=True)) == 1
        elif "tax_excel" in t:
            seen["excel"] += 1
            assert re.fullmatch(r"\d\.\d{5}E\+0[89]", tc), tc
            true = truth_code.get(r["truth"])
            if true:
                assert f"{int(true):.5E}" == tc
        elif "tax_lead_zero" in t:
            seen["lead_zero"] += 1
            assert re.fullmatch(r"[1-9]\d{8}", tc) and mst_valid("0" + tc), tc
        elif "tax_spaced" in t:
            seen["spaced"] += 1
            assert re.fullmatch(r"\d{4} \d{3} \d{3}( - \d{3})?", tc), tc
        elif "tax_prefixed" in t:
            seen["prefixed"] += 1
            assert not tc[0].isdigit()
        elif "tax_missing" in t:
            seen["missing"] += 1
            assert tc == ""
    for k in ("typo", "excel", "lead_zero", "spaced", "prefixed", "missing"):
        assert seen[k] >= 20, (k, seen)


def test_check_digit_helper_is_strict():
    good = "4600123456"
    while not mst_valid(good):
        good = str(int(good) + 1)
    for i in range(10):
        for d in "0123456789":
            if d != good[i]:
                assert not mst_valid(good[:i] + d + good[i + 1:])
    assert not mst_valid(good[:9])


# ------------------------------------------------------------------------------------------ phones
def test_phones_valid(data):
    recs, tags = data
    n_old_mobile = n_old_area = n_multi = 0
    for r, t in zip(recs, tags, strict=True):
        ph = r["phone"]
        if not ph:
            continue
        if "email_in_phone" in t:
            assert "@" in ph
            continue
        assert "@" not in ph
        parts = split_phones(ph)
        assert 1 <= len(parts) <= 2, ph
        nats = [parse_phone(p) for p in parts]
        assert all(nats), (ph, nats)
        if "phone_old_mobile" in t:
            assert any(len(x) == 11 and x.startswith("01") for x in nats)
            n_old_mobile += 1
        if "phone_old_area" in t:
            assert any(x[:4] in ("0280", "0281") for x in nats)
            n_old_area += 1
        n_multi += len(parts) == 2
    assert n_old_mobile > 100 and n_old_area > 50 and n_multi > 50
    raw = " ".join(r["phone"] for r in recs)
    for pattern in (r"\+84", r"(?<![\d+])84\d{9}", r"\d{4}\.\d{3}\.\d{3}", r"\(0\d{3}\)", r"(?<!\d)0209"):
        assert re.search(pattern, raw), pattern


def test_shared_phones(data):
    recs, tags = data
    owners = defaultdict(set)
    park, acct = set(), set()
    for r, t in zip(recs, tags, strict=True):
        ph = r["phone"]
        if not ph or "@" in ph:
            continue
        nums = [canonical_phone(parse_phone(p)) for p in split_phones(ph)]
        for c in nums:
            owners[c].add(r["truth"])
        if "shared_phone_park" in t:
            park.add(nums[0])
        if "shared_phone_accountant" in t:
            acct.add(nums[0])
    assert park and acct
    assert max(len(owners[p]) for p in park) >= 10  # a park board hotline stands for many tenants
    assert sum(len(owners[p]) >= 3 for p in acct) >= 5  # accounting-service firms keep many clients' books
    shared = {p for p, ts in owners.items() if len(ts) > 1}
    assert shared <= park | acct, "outside hotlines and accountants a number belongs to one entity"


# ------------------------------------------------------------------------------------------ hard cases
def test_same_name_in_two_parks(data):
    recs, tags = data
    by_key = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        if "same_name_diff_park" in t:
            by_key[name_key(r["name"])].append(r)
    hits = 0
    for rows in by_key.values():
        truths = {r["truth"] for r in rows}
        if len(truths) < 2:
            continue
        parks = {r["truth"]: parks_in(r["address"]) for r in rows if parks_in(r["address"])}
        if len({frozenset(v) for v in parks.values()}) >= 2:
            hits += 1
    assert hits >= 5


def test_branch_and_parent(data, groups):
    recs, tags = data
    parent_code_truth = {}
    for r, t in zip(recs, tags, strict=True):
        if "parent_of_branch" in t and r["tax_code"] and not (set(t) & _CORRUPT):
            parent_code_truth[clean_tax(r["tax_code"])] = r["truth"]
    linked = parent_code = 0
    for r, t in zip(recs, tags, strict=True):
        if "branch" not in t:
            continue
        folded = fold(r["name"])
        assert "typo" in t or re.search(r"chi nhanh|\bcn\b|branch", folded) or "지점" in r["name"], r["name"]
        code = clean_tax(r["tax_code"]) if r["tax_code"] and not (set(t) & _CORRUPT) else ""
        if re.fullmatch(r"\d{10}-\d{3}", code):
            assert mst_valid(code[:10])
            if code[:10] in parent_code_truth:
                assert parent_code_truth[code[:10]] != r["truth"]
                linked += 1
        if "branch_parent_code" in t and code:
            assert re.fullmatch(r"\d{10}", code)
            parent_code += 1
    assert linked >= 20 and parent_code >= 5


def test_renamed_keeps_code(groups):
    hits = 0
    for rows in groups.values():
        old = [(r, t) for r, t in rows if "old_name" in t]
        new = [(r, t) for r, t in rows if "renamed" in t and "old_name" not in t]
        if not old or not new:
            continue
        for ro, to in old:
            for rn, tn in new:
                if ro["tax_code"] and rn["tax_code"] and not ((to | tn) & _CORRUPT) \
                        and clean_tax(ro["tax_code"]) == clean_tax(rn["tax_code"]) \
                        and to & {"src:tax", "src:bhxh", "src:park_board", "src:cnht_app"} \
                        and tn & {"src:tax", "src:bhxh", "src:park_board", "src:cnht_app"} \
                        and name_key(ro["name"]) != name_key(rn["name"]):
                    hits += 1
    assert hits >= 5


_TNHH = re.compile(r"\btnhh\b|trach nhiem huu han|co\., ?ltd|company limited|limited company")
_CP = re.compile(r"\bco phan\b|\bcp\b|\bctcp\b|\bjsc\b|joint stock|corporation|j\.s\.c")


def test_converted_tnhh_to_cp(groups):
    hits = 0
    for rows in groups.values():
        if not any("old_form" in t for _, t in rows):
            continue
        old_tnhh = any(_TNHH.search(fold(r["name"])) for r, t in rows if "old_form" in t)
        new_cp = any(_CP.search(fold(r["name"])) for r, t in rows if "converted" in t and "old_form" not in t)
        hits += old_tnhh and new_cp
    assert hits >= 5


def test_moved_park(groups):
    hits = 0
    for rows in groups.values():
        if not any("old_site" in t for _, t in rows):
            continue
        assert all("moved_park" in t for _, t in rows)
        old = set().union(*(parks_in(r["address"]) for r, t in rows if "old_site" in t))
        new = set().union(*(parks_in(r["address"]) for r, t in rows if "old_site" not in t))
        hits += bool(old and new and old != new)
    assert hits >= 5


def test_korean_translated_and_romanisation(groups):
    translated = roman = 0
    pairs = (("hyun", "hyeon"), ("jeong", "jung"), ("seong", "sung"), ("kyung", "gyeong"), ("young", "yeong"),
             ("shin", "sin"), ("kwang", "gwang"))
    for rows in groups.values():
        names = [r["name"] for r, _ in rows]
        if any("kr_translated" in t for _, t in rows):
            vi = [r["name"] for r, t in rows if "kr_translated" in t and not r["name"].isascii()]
            foreign = [n for n in names
                       if _HANGUL.search(n) or (n.isascii() and re.search(r"VINA|VIETNAM", n.upper()))]
            translated += bool(vi and foreign)
        if any("romanisation" in t for _, t in rows):
            low = [n.lower() for n in names]
            for a, b in pairs:
                if any(a in n and b not in n for n in low) and any(b in n and a not in n for n in low):
                    roman += 1
                    break
    assert translated >= 5 and roman >= 5


def test_old_admin_and_bac_kan(data):
    recs, tags = data
    old = [fold(r["address"]) for r, t in zip(recs, tags, strict=True) if "old_admin" in t]
    assert len(old) > 0.1 * N
    pat = re.compile(r"\bhuyen\b|\bh\. |\btx\b|\btp\b|thi xa|thanh pho|district|town|city|\btt\b|\bq\. ")
    assert sum(bool(pat.search(a)) for a in old) / len(old) > 0.85
    new = [fold(r["address"]) for r, t in zip(recs, tags, strict=True) if "src:tax" in t and "old_admin" not in t]
    assert not any(re.search(r"\bhuyen\b(?! tung)|thi xa", a) for a in new)  # CCN Huyền Tụng is a name
    assert any("bac kan" in a and ("huyen" in a or "h. " in a) for a in old)
    bk = [clean_tax(r["tax_code"]) for r, t in zip(recs, tags, strict=True)
          if "bac_kan" in t and r["tax_code"] and not (set(t) & _CORRUPT)]
    bk = [c for c in bk if not c.startswith("8")]  # household businesses use the owner's personal code
    assert bk and sum(c.startswith("47") for c in bk) / len(bk) > 0.9


def test_emails_in_wrong_columns(data):
    recs, tags = data
    for col, tag in (("phone", "email_in_phone"), ("tax_code", "email_in_tax"), ("address", "email_in_address")):
        tagged = [r for r, t in zip(recs, tags, strict=True) if tag in t]
        assert len(tagged) >= 20
        assert all("@" in r[col] for r in tagged)
        assert not any("@" in r[col] for r, t in zip(recs, tags, strict=True) if tag not in t)


def test_korean_sources_style(data):
    recs, tags = data
    kv = [r for r, t in zip(recs, tags, strict=True) if "src:kr_vendor" in t]
    addr = " ".join(r["address"] for r in kv)
    assert re.search(r"Lot [A-Z]+[- ]?\d+, Yen Binh (IC|IP)", addr)
    assert "타이응우옌" in addr
    names = " ".join(r["name"] for r in kv)
    for token in ("(주)", "주식회사", "VINA", "CO., LTD", "JSC"):
        assert token in names.upper() or token in names, token
    assert re.search(r"\((?:V|S)\d{5}\)|\[(?:V|S)\d{5}\]", names)
