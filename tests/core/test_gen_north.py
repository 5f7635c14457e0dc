"""The northern (Bắc Ninh / Bắc Giang) entity-resolution generator: contract, tax codes, documented shares."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_north.py"
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
N = 20_000
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _load():
    spec = importlib.util.spec_from_file_location("gen_north_under_test", PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load()


def valid(code10: str) -> bool:
    """Mod-11 check digit, written here independently of the generator."""
    if len(code10) != 10 or not code10.isdigit():
        return False
    c = 10 - sum(w * int(d) for w, d in zip(WEIGHTS, code10[:9], strict=True)) % 11
    return c < 10 and c == int(code10[9])


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.fixture(scope="module")
def data():
    recs, tags = gen.labelled(N, 0)
    return recs, [set(t) for t in tags]


# ---- contract -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [0, 1, 2, 7, 333])
def test_exactly_n_records_with_the_contract_keys(n):
    recs = gen.records(n)
    assert isinstance(recs, list) and len(recs) == n
    for r in recs:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"] and r["name"]
    assert len({r["id"] for r in recs}) == n


def test_negative_n_raises():
    with pytest.raises(ValueError):
        gen.records(-1)


def test_deterministic_per_n_and_seed():
    a = gen.records(2_000, 5)
    assert a == gen.records(2_000, 5)
    assert a != gen.records(2_000, 6)
    assert a == gen.labelled(2_000, 5)[0]
    assert gen.records(2_000) == gen.records(2_000, 0)


def test_ids_unique_and_named_by_source(data):
    recs, _ = data
    assert len({r["id"] for r in recs}) == N
    assert {r["id"].split("-")[0] for r in recs} == set(gen.SOURCES)
    assert 5 <= len(gen.SOURCES) <= 7


def test_source_shares(data):
    recs, _ = data
    counts = Counter(r["id"].split("-")[0] for r in recs)
    for src, share in gen.SOURCE_SHARES.items():
        assert abs(counts[src] / N - share) < 0.03, src


def test_records_per_enterprise(data):
    recs, tags = data
    sizes = Counter(r["truth"] for r in recs)
    mean = N / len(sizes)
    singles = sum(1 for v in sizes.values() if v == 1) / len(sizes)
    assert 2.15 <= mean <= 2.5
    assert 0.35 <= singles <= 0.46
    assert max(sizes.values()) <= 8
    fdi = {r["truth"] for r, t in zip(recs, tags, strict=True) if any(x.startswith("fdi_") for x in t)}
    assert 0.30 <= len(fdi) / len(sizes) <= 0.40


def test_main_prints_a_summary():
    out = io.StringIO()
    with redirect_stdout(out):
        assert gen.main(["500", "3"]) == 0
    text = out.getvalue()
    for word in ("500 records", "enterprises", "records/enterprise", "tax code", "phone", "address", "sources"):
        assert word in text


# ---- tax codes ------------------------------------------------------------------------------------------------

SKIP_TAX = {"tax_mistyped", "tax_scientific", "tax_lost_zero", "column_shift"}


def test_tax_codes_carry_a_valid_check_digit_unless_mistyped(data):
    recs, tags = data
    checked = mistyped = 0
    for r, t in zip(recs, tags, strict=True):
        code = r["tax_code"]
        if not code or (SKIP_TAX - {"tax_mistyped"}) & t:
            continue
        d = digits(code)
        assert len(d) in (10, 11, 12, 13), code
        if "tax_mistyped" in t:
            assert not valid(d[:10]), code
            mistyped += 1
        else:
            assert valid(d[:10]), code
            checked += 1
    assert checked > 10_000 and mistyped > 100


def test_a_truth_never_carries_two_head_office_codes(data):
    recs, tags = data
    heads = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if r["tax_code"] and not SKIP_TAX & t:
            heads[r["truth"]].add(digits(r["tax_code"])[:10])
    assert heads and all(len(v) == 1 for v in heads.values())
    # and two unrelated head offices never share a code, except a branch quoting its parent
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if r["tax_code"] and not SKIP_TAX & t and "branch" not in t:
            owners[digits(r["tax_code"])[:10]].add(r["truth"])
    assert all(len(v) == 1 for v in owners.values())


def test_branches_are_their_own_enterprise_with_13_digit_codes(data):
    recs, tags = data
    branch_codes = defaultdict(set)
    parent_only = 0
    for r, t in zip(recs, tags, strict=True):
        if "branch" not in t or not r["tax_code"] or SKIP_TAX & t:
            continue
        d = digits(r["tax_code"])
        if "parent_code" in t:
            assert len(d) == 10
            parent_only += 1
        else:
            assert len(d) in (11, 12, 13)
            branch_codes[r["truth"]].add(d[:10] + d[10:].rjust(3, "0"))
    assert parent_only > 20
    assert all(len(v) == 1 for v in branch_codes.values())
    heads = {}
    for r, t in zip(recs, tags, strict=True):
        if "branch_parent" in t and r["tax_code"] and not SKIP_TAX & t:
            heads[digits(r["tax_code"])[:10]] = r["truth"]
    linked = [(truth, heads[c[:10]]) for truth, codes in branch_codes.items() for c in codes if c[:10] in heads]
    assert linked and all(b != p for b, p in linked)


def test_tax_noise_looks_like_its_tag(data):
    recs, tags = data
    for r, t in zip(recs, tags, strict=True):
        code = r["tax_code"]
        if "tax_empty" in t:
            assert code == ""
        if code == "":
            assert "tax_empty" in t or "column_shift" in t
        if "column_shift" in t:
            continue
        if "tax_scientific" in t:
            assert re.fullmatch(r"\d+\.0|\d\.\d+[eE][+]\d+", code), code
        if "tax_lost_zero" in t and "tax_mistyped" not in t:
            assert not code.startswith("0") and valid("0" + digits(code)[:9]), code
        if "tax_prefix" in t:
            assert re.match(r"(MST|MSDN|Mã số thuế)", code), code
        if "tax_formatted" in t:
            assert re.search(r"\d[ .-]+\d", code), code
        if r["id"].startswith("thue") and code:
            assert re.fullmatch(r"\d{10}(-\d{3})?", code), code


def test_province_prefixes(data):
    recs, tags = data
    prefixes = Counter(digits(r["tax_code"])[:2] for r, t in zip(recs, tags, strict=True)
                       if r["tax_code"] and not SKIP_TAX & t)
    assert {"23", "24", "01", "02", "46", "25"} <= set(prefixes)
    assert prefixes["23"] > prefixes["24"] > prefixes["01"]


# ---- names and addresses --------------------------------------------------------------------------------------


def test_registered_names_unique_among_unrelated_firms(data):
    recs, tags = data
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if r["id"].startswith("thue") and not {"typo", "spacing", "column_shift"} & t:
            owners[r["name"].strip()].add(r["truth"])
    assert len(owners) > 2_000
    assert all(len(v) == 1 for v in owners.values()), [k for k, v in owners.items() if len(v) > 1][:5]


def test_namesakes_share_a_name_but_not_a_truth(data):
    recs, tags = data
    names = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "namesake_province" in t and not {"typo", "spacing", "upper", "no_diacritics", "plant_name"} & t:
            names[gen.fold(r["name"]).lower()].add(r["truth"])
    assert sum(1 for v in names.values() if len(v) > 1) > 10


def _unmojibake(text: str) -> str:
    raw = bytearray()
    for ch in text:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            raw.append(ord(ch))
    return raw.decode("utf-8")


def test_name_noise_looks_like_its_tag(data):
    recs, tags = data
    for r, t in zip(recs, tags, strict=True):
        name = r["name"]
        nfc = unicodedata.is_normalized("NFC", name)
        assert nfc == ("nfd" not in t), name
        if "mojibake" in t and "column_shift" not in t:
            assert _unmojibake(name) != name and not _unmojibake(name).isascii()
        if "no_diacritics" in t and "column_shift" not in t:
            assert gen.fold(name) == name
        if ("upper" in t or r["id"].startswith("thue")) and not {"column_shift", "mojibake"} & t:
            assert name == name.upper()
        if "en_translation" in t or r["id"].startswith("avl"):
            assert name.isascii(), name
        if "cut_name" in t and not {"typo", "spacing"} & t:
            assert len(name) <= 50
        if "vendor_code" in t:
            assert re.search(r"\d{4,}", name)
        if "row_number" in t:
            assert name.lstrip()[0].isdigit()
        if "plant_name" in t and not {"typo", "mojibake"} & t:
            low = gen.fold(unicodedata.normalize("NFC", name)).lower()
            assert any(w in low for w in ("nha may", "xuong", "co so", "du an")), name


def test_address_eras_and_english(data):
    recs, tags = data
    bg_pre = bg_post = 0
    for r, t in zip(recs, tags, strict=True):
        a = r["address"]
        if "column_shift" in t:
            continue
        if "addr_empty" in t:
            assert a == ""
        if "addr_en" in t:
            assert a.isascii()
        if "addr_pre" in t and "addr_en" not in t and digits(r["tax_code"])[:2] == "24":
            bg_pre += "Bắc Giang" in a
        if "addr_post" in t and "addr_en" not in t and "Bắc Giang" not in a:
            bg_post += "Bắc Ninh" in a and digits(r["tax_code"])[:2] == "24"
        if "addr_post" in t and "addr_en" not in t:
            assert not re.search(r"\b(huyện|Huyện|thị xã|Thị xã)\b", a), a
    assert bg_pre > 100 and bg_post > 100


# ---- phones ---------------------------------------------------------------------------------------------------

OLD_AREAS = ("241", "240", "4", "31", "280")


def _old_area(cell: str) -> bool:
    d = digits(cell)
    cands = [d, d[2:]] if d.startswith("84") else [d]
    for c in cands:
        c = c[1:] if c.startswith("0") else c
        for area in OLD_AREAS:
            if c.startswith(area) and len(c) - len(area) == (8 if area == "4" else 7):
                return True
    return False


def test_phone_noise_looks_like_its_tag(data):
    recs, tags = data
    for r, t in zip(recs, tags, strict=True):
        p = r["phone"]
        if "column_shift" in t:
            continue
        if "phone_empty" in t:
            assert p == ""
        if p == "":
            assert "phone_empty" in t
        if "phone_email" in t:
            assert "@" in p
            continue
        if "phone_ext" in t:
            assert re.search(r"máy lẻ|số lẻ|ext", p)
            continue
        if "phone_multi" in t:
            assert len(digits(p)) >= 16, p
            continue
        if not p:
            continue
        assert len(digits(p)) <= 13, p
        if "phone_plus84" in t:
            assert re.match(r"\(?\+?84", p), p
        if "phone_old_mobile" in t:
            assert re.fullmatch(r"01[2-9]\d{8}", digits(p)), p
        if "phone_old_area" in t:
            assert _old_area(p), p
        if "phone_lost_zero" in t:
            assert p[0] in "123456789" and len(digits(p)) in (9, 10), p
        if "phone_hotline" in t:
            assert digits(p)[:4] in ("1900", "1800")


def test_shared_phones_cross_truths(data):
    recs, tags = data
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if {"landlord_phone", "service_phone"} & t and not {"phone_multi", "phone_email", "phone_ext"} & t:
            d = digits(r["phone"])
            owners[d[-7:]].add(r["truth"])
    assert sum(1 for v in owners.values() if len(v) > 1) > 20


# ---- documented shares ----------------------------------------------------------------------------------------


def test_every_tag_has_its_documented_share(data):
    recs, tags = data
    truths = {r["truth"] for r in recs}
    ent = defaultdict(set)
    rec = Counter()
    for r, t in zip(recs, tags, strict=True):
        for x in t:
            ent[x].add(r["truth"])
            rec[x] += 1
    seen = set(rec)
    assert set(gen.SHARES) <= seen
    off = []
    for tag, (basis, share) in gen.SHARES.items():
        if basis == "enterprise":  # enterprises come in groups (2 to 6 firms): wider sampling error
            got, tol = len(ent[tag]) / len(truths), 0.35 * share + 0.004
        else:
            got, tol = rec[tag] / N, 0.3 * share + 0.003
        if abs(got - share) > tol:
            off.append((tag, round(got, 4), share))
    assert not off


def test_docstring_is_the_data_sheet():
    doc = gen.__doc__
    assert doc.startswith("ALL DATA IS SYNTHETIC.")
    for tag, (_, share) in gen.SHARES.items():
        m = re.search(rf"\b{tag}\s+(\d+(?:\.\d+)?) %", doc)
        assert m, tag
        assert abs(float(m.group(1)) - 100 * share) < 0.06, tag
    for src in gen.SOURCES:
        assert re.search(rf"^\s+{src}\s+\d+ %", doc, re.M), src
