"""Independent checks of the Quảng Ninh benchmark generator (bench/data/resolve/gen_quangninh.py).

The rules (tax check digit, phone formats, what makes two rows decidable) are re-implemented here on purpose.
"""

from __future__ import annotations

import importlib.util
import io
import re
import time
import unicodedata
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from itertools import combinations
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_quangninh.py"
_spec = importlib.util.spec_from_file_location("gen_quangninh_under_test", GEN_PATH)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

SOURCES = {"bqlkkt", "haiquan", "tkv_vendor", "vcci", "thongke", "hokd", "pccc"}
TAGS = {
    "tax_missing", "tax_mistyped", "tax_format", "tax_sci", "branch", "branch_parent_code",
    "name_abbrev", "name_typo", "no_diacritics", "english_name", "chinese_name", "facility_name", "person_name",
    "project_name", "vendor_code", "renamed", "group_name", "common_name", "same_brand",
    "old_address", "park_alias",
    "shared_phone", "old_mobile", "old_area_code", "phone_format", "phone_intl", "multi_phone", "phone_missing",
    "dup_in_source",
}
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}


# --------------------------------------------------------------------------- independent re-implementations
def check_digit(nine: str) -> int:
    s = sum(int(d) * w for d, w in zip(nine, (31, 29, 23, 19, 17, 13, 7, 5, 3), strict=True))
    return 10 - s % 11


def valid10(code: str) -> bool:
    return len(code) == 10 and code.isdigit() and check_digit(code[:9]) == int(code[9])


def tax_digits(raw: str) -> str:
    """Digits of a tax cell as an officer would read them; '' when empty or unreadable (scientific notation)."""
    t = raw.strip().lstrip("'")
    if not t or re.search(r"[eE]\+", t):
        return ""
    if re.fullmatch(r"\d{10}\.0", t):
        t = t[:-2]
    d = re.sub(r"\D", "", t)
    return d if len(d) in (10, 13) else ""


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


EXPAND = {"cty": "cong ty", "ct": "cong ty", "ctcp": "cong ty co phan", "cp": "co phan", "ck": "co khi",
          "cd": "co dien", "tm": "thuong mai", "dv": "dich vu", "xnk": "xuat nhap khau", "sx": "san xuat",
          "xn": "xi nghiep", "cn": "chi nhanh", "hkd": "ho kinh doanh", "vn": "viet nam", "qn": "quang ninh",
          "dn": "doanh nghiep"}
# legal forms, sector words, group names, facility words, places in brackets: not distinctive
STOP = set("""
cong ty tnhh trach nhiem huu han co phan mot thanh vien mtv doanh nghiep tu nhan ho kinh chi nhanh xi nghiep tai
va so quang ninh viet nam vietnam vina tap doan than khoang san tkv vinacomin company ltd limited jsc corp inc
det may soi nhuom lieu dien linh kien nghe tung o to chinh xac day khi che tao sua chua thiet bi mo xay lap dong
tau bien thuy thuong mai xuat nhap khau dich vu quoc te ket cau thep khuon mau vat tien kho nha xuong bai du an
giai doan mo rong moi textile yarn electronics electronic precision parts auto trading import export industry
industrial mechanical engineering technology shipbuilding shipyard components wire harness manufacturing
materials garment dyeing accessories branch the of and plant factory project phase
""".split())


def distinctive(name: str) -> list[str]:
    out = []
    for tok in re.findall(r"[0-9a-z\u3400-\u9fff]+", fold(name).lower()):
        for t in EXPAND.get(tok, tok).split():
            if t not in STOP and not re.search(r"\d", t):
                out.append(t)
    return out


def one_edit(a: str, b: str) -> bool:
    """Equal, or one substitution / insertion / deletion / adjacent swap (words of 3+ letters)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def similar_names(a: str, b: str) -> bool:
    ta, tb = distinctive(a), distinctive(b)
    if not ta or not tb:
        return False
    free = list(tb)
    hits = 0
    for t in ta:
        for k, u in enumerate(free):
            if one_edit(t, u):
                hits += 1
                del free[k]
                break
    return 2 * hits >= max(len(ta), len(tb))


OLD_PREFIX = {"0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037",
              "0168": "038", "0169": "039", "0120": "070", "0121": "079", "0122": "077", "0126": "076",
              "0128": "078", "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
              "0186": "056", "0188": "058", "0199": "059"}
VN_MOBILE = re.compile(r"0(3[2-9]|5[689]|7[06-9]|8[1-689]|9\d)\d{7}")
QN_LAND = re.compile(r"0203[2-9]\d{6}")
CN_PHONE = re.compile(r"cn(1[3-9]\d{9}|770\d{7})")


def phone_parts(cell: str) -> list[str]:
    return [p for p in re.split(r"\s*(?:/|;| - )\s*", cell) if p.strip()]


def canon_phone(part: str) -> set[str]:
    d = re.sub(r"\D", "", part)
    if d.startswith("0086"):
        d = d[2:]
    if d.startswith("86") and len(d) in (12, 13):
        return {"cn" + d[2:]}
    if d.startswith("0084"):
        d = "0" + d[4:]
    elif d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    if len(d) == 9 and d[0] in "35789":
        d = "0" + d  # stored as a number
    if len(d) == 10 and d.startswith("203"):
        d = "0" + d
    if len(d) == 11 and d[:4] in OLD_PREFIX:
        d = OLD_PREFIX[d[:4]] + d[4:]
    out = {d}
    if len(d) == 10 and d.startswith("033"):
        out.add("0203" + d[3:])  # pre-2017 Quảng Ninh area code 033
    return out


def phones(cell: str) -> set[str]:
    out: set[str] = set()
    for p in phone_parts(cell):
        out |= canon_phone(p)
    return out


def site(address: str) -> str:
    first = fold(address.split(",")[0]).lower().strip()
    if not re.match(r"(lo|so|o|km)\b|\d", first):
        return ""  # "Tổ 5", "Thôn 3", "KCN ... - QN": not a site
    first = re.sub(r"\b(lo dat|lo|so|o|duong|pho|d)\b", " ", first)
    key = re.sub(r"[^0-9a-z]", "", first)
    return key if len(key) >= 3 else ""


def decidable(a: dict, b: dict) -> bool:
    ta, tb = tax_digits(a["tax_code"]), tax_digits(b["tax_code"])
    if ta and ta == tb:
        return True
    sim = similar_names(a["name"], b["name"])
    if sim and ta and tb and len(ta) == len(tb):
        diff = [i for i in range(len(ta)) if ta[i] != tb[i]]
        if len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and ta[diff[0]] == tb[diff[1]]):
            return True
    same_site = bool(site(a["address"])) and site(a["address"]) == site(b["address"])
    if phones(a["phone"]) & phones(b["phone"]) and (sim or same_site):
        return True
    return sim and same_site


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def small():
    return gen.labelled(5000, 7)


@pytest.fixture(scope="module")
def big():
    return gen.labelled(20000, 11)


# --------------------------------------------------------------------------- tests
def test_docstring_and_interface(small):
    assert gen.__doc__.startswith("ALL DATA IS SYNTHETIC.")
    recs, tags = small
    assert len(recs) == len(tags) == 5000
    for r in recs:
        assert set(r) == KEYS
        assert all(isinstance(v, str) for v in r.values())
        assert re.fullmatch(r"qn\d{7}", r["id"])
        assert r["truth"]
    assert gen.records(5000, 7) == recs
    for n in (0, 1, 2, 9):
        rs = gen.records(n, 1)
        assert len(rs) == n


def test_ids_unique_and_shuffled(big):
    recs, _ = big
    assert len({r["id"] for r in recs}) == len(recs)
    same_next = sum(a["truth"] == b["truth"] for a, b in zip(recs, recs[1:], strict=False))
    assert same_next < 0.02 * len(recs)


def test_deterministic():
    a = gen.labelled(3000, 5)
    assert a == gen.labelled(3000, 5)
    assert gen.records(3000, 6) != a[0]


def test_tags_well_formed_and_all_present(small):
    recs, tags = small
    src = Counter()
    seen = Counter()
    for t in tags:
        assert isinstance(t, tuple) and t[0].startswith("src:")
        src[t[0][4:]] += 1
        assert set(t[1:]) <= TAGS, set(t[1:]) - TAGS
        assert len(set(t)) == len(t)
        seen.update(t[1:])
    assert set(src) == SOURCES
    assert min(src.values()) >= 100
    assert set(seen) == TAGS, TAGS - set(seen)


def test_tax_codes(big):
    recs, tags = big
    for r, t in zip(recs, tags, strict=True):
        raw = r["tax_code"]
        if not raw:
            continue
        if "tax_sci" in t:
            assert re.fullmatch(r"\d\.\d+E\+09", raw)
            continue
        d = tax_digits(raw)
        assert d, raw
        if "tax_mistyped" in t:
            assert not valid10(d[:10]), raw
            continue
        assert valid10(d[:10]), (raw, t)
        if len(d) == 13:
            assert "branch" in t and "branch_parent_code" not in t
            assert 1 <= int(d[10:]) <= 999
        if "tax_format" not in t and len(d) == 10:
            assert raw == d
        if len(d) == 13 and "tax_format" not in t:
            assert re.fullmatch(r"\d{10}-\d{3}", raw)


def test_tax_codes_identify_enterprises(big):
    recs, tags = big
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        d = tax_digits(r["tax_code"])
        if d and "branch_parent_code" not in t and "tax_mistyped" not in t:
            owners[d].add(r["truth"])
    assert all(len(v) == 1 for v in owners.values())
    # an enterprise has one code (its clean code), apart from the tagged habits
    codes = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        d = tax_digits(r["tax_code"])
        if d and not {"branch_parent_code", "tax_mistyped"} & set(t):
            codes[r["truth"]].add(d)
    assert all(len(v) == 1 for v in codes.values())


def test_branch_parent_code_is_a_trap(big):
    recs, tags = big
    parent_codes = {tax_digits(r["tax_code"]) for r, t in zip(recs, tags, strict=True) if "branch_parent_code" in t}
    assert parent_codes
    assert all(len(c) == 10 for c in parent_codes if c)


def test_phones_real_formats(big):
    recs, tags = big
    intl = 0
    for r, t in zip(recs, tags, strict=True):
        if not r["phone"]:
            continue
        parts = phone_parts(r["phone"])
        assert 1 <= len(parts) <= 2
        assert (len(parts) == 2) == ("multi_phone" in t), r["phone"]
        for p in parts:
            keys = canon_phone(p)
            ok = [k for k in keys if VN_MOBILE.fullmatch(k) or QN_LAND.fullmatch(k) or CN_PHONE.fullmatch(k)]
            assert ok, (r["phone"], t)
            if any(k.startswith("cn") for k in keys):
                intl += 1
                assert "phone_intl" in t
        if "old_mobile" in t:
            assert re.search(r"01\d\d", re.sub(r"\D", "", r["phone"]))
    assert intl > 0


def test_cluster_sizes(big):
    recs, _ = big
    sizes = Counter(Counter(r["truth"] for r in recs).values())
    in_multi = sum(k * v for k, v in sizes.items() if k > 1)
    assert 8000 <= in_multi <= 25000
    assert max(sizes) <= 8
    assert sizes[1] >= 0.3 * sum(sizes.values())
    assert all(sizes[k] > 0 for k in range(1, 8))
    assert sizes[2] > sizes[4] > sizes[6]


def test_every_true_pair_is_decidable(big):
    recs, _ = big
    by = defaultdict(list)
    for r in recs:
        by[r["truth"]].append(r)
    bad = [(a, b) for group in by.values() for a, b in combinations(group, 2) if not decidable(a, b)]
    assert not bad, bad[:3]


def test_traps_exist_across_enterprises(big):
    recs, tags = big
    # shared phones link different enterprises
    phone_owner = defaultdict(set)
    for r in recs:
        for p in phones(r["phone"]):
            phone_owner[p].add(r["truth"])
    assert sum(len(v) > 1 for v in phone_owner.values()) >= 20
    # common short names: unrelated firms with similar distinctive names
    common = [r for r, t in zip(recs, tags, strict=True) if "common_name" in t]
    by_core = defaultdict(set)
    for r in common:
        by_core[" ".join(sorted(distinctive(r["name"])))].add(r["truth"])
    assert any(len(v) > 3 for v in by_core.values())
    # same brand: several enterprises, different codes and sites
    brand = [r for r, t in zip(recs, tags, strict=True) if "same_brand" in t]
    assert len({r["truth"] for r in brand}) >= 10


def test_no_indistinguishable_twins(big):
    recs, _ = big
    seen = {}
    for r in recs:
        key = (fold(r["name"]).lower().strip(" ."), tax_digits(r["tax_code"]), site(r["address"]))
        if key[1] or key[2]:
            assert seen.setdefault(key, r["truth"]) == r["truth"], r


def test_realism_details(big):
    recs, tags = big
    text = " ".join(r["address"] for r in recs[:4000])
    for place in ("KCN Đông Mai", "KCN cảng biển Hải Hà", "Móng Cái", "Cẩm Phả", "Quảng Yên"):
        assert place in text
    old = [r for r, t in zip(recs, tags, strict=True) if "old_address" in t and "src:haiquan" not in t]
    assert any(re.search(r"\b(TP|TX|Thị xã|Thành phố|huyện|H\.)", r["address"]) for r in old)
    chinese = [r for r, t in zip(recs, tags, strict=True) if "chinese_name" in t]
    assert chinese and all(re.search(r"[\u4e00-\u9fff]", r["name"]) for r in chinese)
    hq = [r for r, t in zip(recs, tags, strict=True) if t[0] == "src:haiquan"]
    assert all(r["name"].isascii() and r["name"] == r["name"].upper() for r in hq)
    group = [r for r, t in zip(recs, tags, strict=True) if "group_name" in t]
    assert sum(bool(re.search(r"TKV|VINACOMIN|Vinacomin|VNM", r["name"], re.I)) for r in group) > 0.8 * len(group)


def test_main_prints_summary(capsys=None):
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = gen.main(["300", "2"])
    out = buf.getvalue()
    assert rc == 0
    assert "records: 300" in out and "cluster sizes" in out and "sources:" in out and "tags:" in out
    assert out.count("'id': 'qn") == 12


def test_100k_is_fast_enough():
    t = time.perf_counter()
    recs = gen.records(100_000, 3)
    assert len(recs) == 100_000
    assert time.perf_counter() - t < 60
