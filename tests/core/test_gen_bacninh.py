"""Independent checks of the held-out Bắc Ninh resolution-benchmark generator (bench/data/resolve/gen_bacninh.py).

Nothing is imported from ``lienket``: the tax check digit, the phone formats and a careful officer's evidence rules
are re-implemented here.
"""

from __future__ import annotations

import importlib.util
import io
import re
import time
import unicodedata
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_bacninh.py"


def _load():
    spec = importlib.util.spec_from_file_location("gen_bacninh_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()

SOURCES = {"bql_irc", "einvoice", "erp_vendor", "work_permit", "cnht_survey", "bg_legacy", "ccn_centre"}
TAGS = {
    "name_zh", "name_pinyin", "name_hanviet", "name_en", "name_hangul", "abbrev", "no_diacritics", "truncated",
    "typo", "tone_style", "short_name", "owner_name", "former_name", "tax_missing", "tax_mistyped", "tax_format",
    "excel_zero", "tax_in_name", "cccd_taxid", "parent_taxcode", "old_address", "addr_partial", "addr_missing",
    "old_phone", "foreign_phone", "shared_phone", "multi_phone", "dup_in_source", "branch", "group_twin",
    "name_collision", "shared_lot",
}
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}

# --- tax codes ------------------------------------------------------------------------------------------------
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_ok(ten: str) -> bool:
    if len(ten) != 10 or not ten.isdigit():
        return False
    c = 10 - sum(int(d) * w for d, w in zip(ten[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and int(ten[9]) == c


def cccd_ok(d: str) -> bool:
    return len(d) == 12 and d.isdigit() and 1 <= int(d[:3]) <= 96 and d[3] in "0123"


def canon_tax(code: str, tags) -> str | None:
    """Canonical tax identifier an officer would read off the field, or None."""
    d = re.sub(r"\D", "", code)
    if "cccd_taxid" in tags:
        return d if cccd_ok(d) else None
    if len(d) == 9 and mst_ok("0" + d):
        return "0" + d
    if len(d) == 10 and mst_ok(d):
        return d
    if len(d) == 13 and mst_ok(d[:10]):
        return d[:10] + "-" + d[10:]
    return None


def test_check_digit_reimplementation():
    # weights 31,29,23,19,17,13,7,5,3; check = 10 - sum mod 11
    d9 = "230012345"
    s = sum(int(a) * w for a, w in zip(d9, WEIGHTS, strict=True))
    assert s % 11 != 0
    assert mst_ok(d9 + str(10 - s % 11))
    assert not mst_ok(d9 + str((10 - s % 11 + 1) % 10))


# --- phones ---------------------------------------------------------------------------------------------------
VN_MOBILE = {"032", "033", "034", "035", "036", "037", "038", "039", "052", "055", "056", "058", "059", "070",
             "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "087", "088", "089", "090",
             "091", "092", "093", "094", "096", "097", "098", "099"}
OLD_MOBILE = {"0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037",
              "0168": "038", "0169": "039", "0120": "070", "0121": "079", "0122": "077", "0126": "076",
              "0128": "078", "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
              "0186": "056", "0188": "058", "0199": "059"}
LANDLINE = {"0222": "0222", "0204": "0204", "0241": "0222", "0240": "0204"}
SPLIT = re.compile(r"\s/\s|;\s|\s-\s")


def canon_phone(part: str) -> str | None:
    p = part.strip()
    d = re.sub(r"\D", "", p)
    if p.startswith("+") or d.startswith("00"):
        d = d[2:] if d.startswith("00") else d
        if d.startswith("84"):
            d = "0" + d[2:]
        elif d.startswith("886"):
            return "+" + d if len(d) - 3 in (8, 9) else None
        elif d.startswith("86"):
            rest = d[2:]
            ok = (len(rest) == 11 and rest[0] == "1" and rest[1] in "3456789") or \
                 (len(rest) in (10, 11) and rest[0] in "23456789")
            return "+" + d if ok else None
        elif d.startswith("82"):
            return "+" + d if len(d) - 2 in (9, 10) else None
        else:
            return None
    if len(d) == 10 and d[:3] in VN_MOBILE:
        return d
    if len(d) == 11 and d[:4] in OLD_MOBILE:
        return OLD_MOBILE[d[:4]] + d[4:]
    if len(d) == 11 and d[:4] in LANDLINE and d[4] in "23456789":
        return LANDLINE[d[:4]] + d[4:]
    return None


def phones_of(field: str) -> list[str]:
    return [p for p in SPLIT.split(field) if p.strip()] if field else []


# --- officer's similarity -------------------------------------------------------------------------------------
def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower()


NAME_STOP = {"cong", "ty", "cty", "ct", "ctcp", "tnhh", "mtv", "1tv", "cp", "ltd", "co", "company", "limited",
             "jsc", "vietnam", "vn", "vina", "hkd", "mst", "c"}
ADDR_STOP = {"lo", "lot", "kcn", "ccn", "khu", "cong", "nghiep", "cum", "ip", "ic", "phuong", "xa", "huyen", "thi",
             "tran", "tinh", "t", "h", "tx", "tp", "thanh", "pho", "province", "vietnam", "v", "bac", "ninh",
             "giang", "so", "no", "nha", "factory", "street", "thon", "xom", "village", "hamlet",
             "quarter", "provinc", "provin", "prov"}


def has_cjk(s: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in s)


def name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[^0-9a-z]+", fold(name)) if t and t not in NAME_STOP
            and not re.fullmatch(r"v\d+|\d+", t)]


def trigrams(toks: list[str]) -> set[str]:
    s = "".join(toks)
    return {s[i:i + 3] for i in range(len(s) - 2)}


def near(x: str, y: str) -> bool:
    """Same word up to one slip: a swapped, dropped, doubled or changed letter."""
    if x == y:
        return True
    if abs(len(x) - len(y)) > 1 or min(len(x), len(y)) < 3:
        return False
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        return len(diff) == 1 or (len(diff) == 2 and sorted(x) == sorted(y))
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def name_similar(a: str, b: str) -> bool:
    """Chinese/Korean script is taken as readable by a bilingual officer; otherwise a shared brand-like word
    (4+ letters, spaces ignored) or a strong character-trigram overlap."""
    if has_cjk(a) or has_cjk(b):
        return True
    ka, kb = name_tokens(a), name_tokens(b)
    if {t for t in ka if len(t) >= 4} & set(kb) or {t for t in kb if len(t) >= 4} & set(ka):
        return True
    hits = [x for x in set(ka) if any(near(x, y) for y in kb)]
    if len(hits) >= 2 or any(len(x) >= 4 for x in hits):
        return True
    ta, tb = trigrams(ka), trigrams(kb)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.4


def addr_tokens(a: str) -> set[str]:
    return {t for t in re.split(r"[^0-9a-z]+", fold(a)) if t and t not in ADDR_STOP}


def addr_similar(a: str, b: str) -> bool:
    ta, tb = addr_tokens(a), addr_tokens(b)
    if not ta or not tb:
        return False
    common = ta & tb
    return len(common) >= min(2, len(ta), len(tb)) or any(len(t) >= 4 for t in common)


# --- fixtures -------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big():
    return gen.labelled(20000, 11)


@pytest.fixture(scope="module")
def small():
    return gen.labelled(4000, 5)


def test_interface(small):
    recs, tags = small
    assert len(recs) == len(tags) == 4000
    for r, t in zip(recs, tags, strict=True):
        assert set(r) == KEYS
        assert all(isinstance(r[k], str) for k in KEYS)
        assert r["id"].startswith("bn") and r["truth"]
        assert isinstance(t, tuple) and t[0].startswith("src:")
        assert t[0][4:] in SOURCES
        assert set(t[1:]) <= TAGS, set(t[1:]) - TAGS
    assert len({r["id"] for r in recs}) == len(recs)
    assert gen.records(4000, 5) == recs


@pytest.mark.parametrize("n", [0, 1, 2, 17, 999])
def test_exact_count(n):
    recs, tags = gen.labelled(n, 3)
    assert len(recs) == len(tags) == n
    assert len({r["id"] for r in recs}) == n


def test_deterministic_and_seeded():
    a = gen.labelled(1500, 7)
    assert a == gen.labelled(1500, 7)
    assert gen.records(1500, 8) != a[0]
    assert gen.records(1500) == gen.records(1500, 0)


def test_shuffled(big):
    recs, _ = big
    same_next = sum(1 for a, b in zip(recs, recs[1:], strict=False) if a["truth"] == b["truth"])
    assert same_next < 0.01 * len(recs)
    ids = [r["id"] for r in recs]
    assert ids == sorted(ids)  # ids are assigned after shuffling: their order says nothing about the truth


def test_every_source_and_tag_appears(small):
    _, tags = small
    src = Counter(t[0][4:] for t in tags)
    assert set(src) == SOURCES
    assert min(src.values()) >= 40, src
    tc = Counter(x for t in tags for x in t[1:])
    missing = {t for t in TAGS if tc[t] < 2}
    assert not missing, (missing, tc)


def test_tax_codes_valid_unless_mistyped(big):
    recs, tags = big
    checked = 0
    for r, t in zip(recs, tags, strict=True):
        code = r["tax_code"]
        if not code or "tax_mistyped" in t:
            continue
        checked += 1
        assert canon_tax(code, t) is not None, (code, t)
    assert checked > 12000
    # mistyped codes really are wrong
    bad = [r["tax_code"] for r, t in zip(recs, tags, strict=True) if "tax_mistyped" in t]
    assert bad and sum(canon_tax(c, ()) is None for c in bad) >= 0.9 * len(bad)


def test_tax_code_identifies_one_enterprise(big):
    recs, tags = big
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if r["tax_code"] and "tax_mistyped" not in t and "parent_taxcode" not in t:
            owners[canon_tax(r["tax_code"], t)].add(r["truth"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared


def test_phones_real_formats(big):
    recs, tags = big
    n = 0
    for r in recs:
        for p in phones_of(r["phone"]):
            n += 1
            assert canon_phone(p) is not None, (p, r["phone"])
    assert n > 14000


def test_shared_phones_are_tagged(big):
    recs, tags = big
    users = defaultdict(set)
    for r in recs:
        for p in phones_of(r["phone"]):
            users[canon_phone(p)].add(r["truth"])
    multi = {p for p, v in users.items() if len(v) > 1}
    assert multi  # hotlines, accounting offices, visa agents exist
    for r, t in zip(recs, tags, strict=True):
        if any(canon_phone(p) in multi for p in phones_of(r["phone"])):
            assert "shared_phone" in t, (r, t)


def test_cluster_sizes(big):
    recs, _ = big
    sizes = Counter(Counter(r["truth"] for r in recs).values())
    multi = sum(k * v for k, v in sizes.items() if k > 1)
    assert 8000 <= multi <= 20000 * 0.85, sizes
    assert max(sizes) <= 9
    assert sizes[1] >= 3000 and sizes[2] > sizes[4] > 0 and max(sizes) >= 6


def test_every_true_pair_is_decidable(big):
    """Each multi-record enterprise is connected by evidence an officer would accept."""
    recs, tags = big
    phone_users = defaultdict(set)
    for r in recs:
        for p in phones_of(r["phone"]):
            phone_users[canon_phone(p)].add(r["truth"])
    clusters = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        clusters[r["truth"]].append((r, t))
    failures = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        info = []
        for r, t in members:
            tax = None
            if r["tax_code"] and "tax_mistyped" not in t:
                tax = canon_tax(r["tax_code"], t)
            m = re.search(r"MST:?\s*([\d\-]+)", r["name"])
            if tax is None and m:
                tax = canon_tax(m.group(1), t)
            private = {canon_phone(p) for p in phones_of(r["phone"])}
            private = {p for p in private if p and len(phone_users[p]) == 1}
            info.append((r, tax, private))

        def edge(a, b):
            ra, ta, pa = a
            rb, tb, pb = b
            if ta and ta == tb:
                return True
            if not name_similar(ra["name"], rb["name"]):
                return False
            return bool(pa & pb) or addr_similar(ra["address"], rb["address"])

        seen, stack = {0}, [0]
        while stack:
            i = stack.pop()
            for j in range(len(info)):
                if j not in seen and edge(info[i], info[j]):
                    seen.add(j)
                    stack.append(j)
        if len(seen) != len(info):
            failures.append([(m[0]["name"], m[0]["tax_code"], m[0]["address"], m[0]["phone"]) for m in members])
    assert not failures, failures[:3]


def test_different_enterprises_with_same_name_are_tagged(big):
    recs, tags = big
    by_name = defaultdict(set)
    for r in recs:
        by_name[fold(r["name"]).strip()].add(r["truth"])
    for r, t in zip(recs, tags, strict=True):
        if len(by_name[fold(r["name"]).strip()]) > 1 and len(r["name"]) > 12:
            assert {"name_collision", "group_twin", "branch", "owner_name", "short_name", "truncated",
                    "former_name", "name_hanviet", "name_zh", "name_en", "name_pinyin"} & set(t), (r, t)


def test_places_and_scripts(big):
    recs, tags = big
    text = " ".join(r["address"] for r in recs[:5000])
    for place in ("Yên Phong", "Quế Võ", "VSIP", "Tiên Sơn", "Quang Châu", "Đình Trám", "Vân Trung",
                  "Song Khê", "Việt Hàn", "Đa Hội", "Đồng Kỵ", "Phong Khê", "tỉnh Bắc Giang"):
        assert place in text, place
    names = [r["name"] for r in recs]
    assert any(re.search(r"[\u4e00-\u9fff]", n) for n in names)
    assert any(re.search(r"[\uac00-\ud7af]", n) for n in names)
    assert any(re.search(r"[āáǎàēéěèīíǐìōóǒòūúǔù]", n) for n in names)  # pinyin with tones
    district = ("huyện", "thị xã", "thành phố", "H. ", "TX ", "TP ")
    full = [(r["address"], "old_address" in t) for r, t in zip(recs, tags, strict=True)
            if r["address"] and not {"addr_partial", "truncated"} & set(t) and "Vietnam" not in r["address"]]
    old = [a for a, is_old in full if is_old]
    new = [a for a, is_old in full if not is_old]
    assert len(old) > 3000 and len(new) > 3000
    # pre-merger addresses name a district or old Bắc Giang; post-merger ones have no district level
    assert all(any(d in a for d in district) or "Bắc Giang" in a for a in old)
    assert not any(any(d in a for d in district) or "tỉnh Bắc Giang" in a for a in new)


def test_main_prints_summary():
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert gen.main(["300", "2"]) == 0
    out = buf.getvalue()
    assert "records=300" in out and "cluster sizes" in out and "sources:" in out and "tags:" in out
    assert len([ln for ln in out.splitlines() if ln.startswith("bn")]) == 12


def test_100k_is_fast():
    t = time.perf_counter()
    recs = gen.records(100_000, 1)
    assert len(recs) == 100_000
    assert time.perf_counter() - t < 60  # generous bound; usually a few seconds
