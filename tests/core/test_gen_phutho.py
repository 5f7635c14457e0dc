"""Tests for the held-out Phú Thọ supporting-industry benchmark generator (bench/data/resolve/gen_phutho.py).

Every check here is written independently of the generator: the tax-code check digit, the phone-number
parser, the 2018 mobile-prefix conversion table and the name normaliser are re-implemented below.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_phutho.py"
N = 12_000
SEED = 3
SOURCES = {"tax", "asm_car", "asm_moto", "park", "cnht_old", "training", "stats", "household"}
KNOWN_TAGS = {
    "same_name", "branch", "parent", "renamed", "tnhh_to_cp", "moved", "outside_tax", "old_name", "old_form",
    "old_location", "old_address", "old_mobile", "old_landline", "shared_phone_park", "shared_phone_accounting",
    "jp_translated", "katakana", "romaji_variant", "supplier_no", "person_in_name", "brand_only",
    "name_truncated", "telex_typo", "old_tone", "tax_typo", "tax_spaced", "tax_prefixed", "tax_excel",
    "tax_lost_zero", "vsic_in_tax", "phone_lost_zero",
}


def _load():
    spec = importlib.util.spec_from_file_location("gen_phutho_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load()


@pytest.fixture(scope="module")
def data():
    t0 = time.perf_counter()
    recs, tags = gen.labelled(N, SEED)
    elapsed = time.perf_counter() - t0
    return recs, tags, elapsed


# ---------------------------------------------------------------------------------------------------------
# independent helpers


def valid_tax10(code: str) -> bool:
    if not re.fullmatch(r"\d{10}", code):
        return False
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    total = sum(w * int(c) for w, c in zip(weights, code[:9], strict=True))
    check = 10 - total % 11
    return check != 10 and check == int(code[9])


def parse_tax(raw: str) -> str | None:
    """The 10-digit code (or 10+3 branch code, without hyphen) when the field is a well-formed tax code."""
    s = re.sub(r"^(MST|Mã số thuế|MSDN|Tax code)\s*:?\s*", "", raw.strip())
    s = s.replace(" ", "").replace(".", "")
    if re.fullmatch(r"\d{10}", s):
        return s
    m = re.fullmatch(r"(\d{10})-?(\d{3})", s)
    if m:
        return m.group(1) + m.group(2)
    return None


OLD_TO_NEW = {  # 2018 conversion of 11-digit mobile prefixes
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037", "0168": "038",
    "0169": "039", "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082", "0186": "056", "0188": "058",
    "0199": "059",
}
MOBILE_3 = {
    "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",  # Viettel
    "070", "076", "077", "078", "079", "089", "090", "093",  # MobiFone
    "081", "082", "083", "084", "085", "088", "091", "094",  # VinaPhone
    "052", "056", "058", "092",  # Vietnamobile
    "059", "099", "087",  # Gmobile, iTel
}
AREA_LOCAL = {"0211", "0210", "0218"}


def parse_phone(part: str) -> str | None:
    """Canonical digits of one Vietnamese phone number, or None if it is not a valid one."""
    p = part.strip()
    p = re.sub(r"^[^\d+(]*", "", p)  # labels like 'Tel:', 'ĐT:', 'Hotline'
    if re.search(r"[A-Za-zÀ-ỹ]", p):
        return None
    intl = p.startswith("+")
    d = re.sub(r"\D", "", p)
    if intl or (d.startswith("84") and len(d) in (11, 12)):
        if not d.startswith("84"):
            return None
        d = "0" + d[2:]
    if len(d) == 9 and d[0] in "35789":
        d = "0" + d
    elif len(d) == 10 and d[0] == "2":
        d = "0" + d
    if len(d) == 10 and d[:3] in MOBILE_3:
        return d
    if len(d) == 11 and d[:4] in OLD_TO_NEW:
        return d
    if len(d) == 11 and d[:4] in AREA_LOCAL and d[4] in "2345678":
        return d
    if len(d) == 11 and d[:3] == "024":
        return d
    if len(d) == 10 and d[:2] == "04":  # Hà Nội before 2017
        return d
    return None


def split_phones(field: str) -> list[str]:
    return [x for x in re.split(r"\s*[/;,]\s*|\s+-\s+", field) if x.strip()]


def to_new_mobile(d: str) -> str:
    return OLD_TO_NEW[d[:4]] + d[4:] if len(d) == 11 and d[:4] in OLD_TO_NEW else d


LEGAL_TOKENS = {"cong", "ty", "cty", "ctcp", "tnhh", "mtv", "1tv", "mot", "thanh", "vien", "1", "co", "phan",
                "cp", "trach", "nhiem", "huu", "han", "doanh", "nghiep", "tu", "nhan", "dntn", "dn", "tn",
                "ltd", "company", "limited", "jsc", "one", "member", "hkd", "ho", "kinh"}


def norm_name(s: str) -> str:
    s = unicodedata.normalize("NFD", s.casefold().replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    toks = re.findall(r"[a-z0-9]+", s)
    return " ".join(t for t in toks if t not in LEGAL_TOKENS)


def has_kana(s: str) -> bool:
    return any("\u30a0" <= c <= "\u30ff" or "\u3040" <= c <= "\u309f" for c in s)


def by_truth(recs, tags):
    g = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        g[r["truth"]].append((r, t))
    return g


# ---------------------------------------------------------------------------------------------------------
# the interface


def test_stdlib_only():
    tree = ast.parse(GEN_PATH.read_text(encoding="utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "no relative imports"
            mods.add(node.module.split(".")[0])
    assert mods, "expected some imports"
    bad = {m for m in mods if m not in sys.stdlib_module_names and m != "__future__"}
    assert not bad, f"non-stdlib imports: {bad}"


def test_docstring_says_synthetic():
    doc = ast.get_docstring(ast.parse(GEN_PATH.read_text(encoding="utf-8")))
    assert doc and "ALL DATA IS SYNTHETIC" in doc.split("\n\n")[0] + doc.split("\n\n")[1]


@pytest.mark.parametrize("n", [0, 1, 2, 17, 999])
def test_exact_n_small(n):
    recs = gen.records(n, seed=9)
    assert len(recs) == n
    recs2, tags2 = gen.labelled(n, seed=9)
    assert len(recs2) == len(tags2) == n


def test_keys_types_unique_ids(data):
    recs, tags, _ = data
    assert len(recs) == len(tags) == N
    keys = {"id", "name", "tax_code", "address", "phone", "truth"}
    for r in recs:
        assert set(r) == keys
        assert all(isinstance(v, str) for v in r.values())
        assert r["id"] and r["truth"]
    assert len({r["id"] for r in recs}) == N


def test_deterministic_and_seed_sensitive():
    a = gen.labelled(2500, seed=42)
    b = gen.labelled(2500, seed=42)
    c = gen.labelled(2500, seed=43)
    assert a == b
    assert a[0] != c[0]
    strip = [(r["name"], r["address"]) for r in a[0]]
    assert strip != [(r["name"], r["address"]) for r in c[0]]


def test_shuffled(data):
    recs, _, _ = data
    # records of one entity must not come out in contiguous runs
    adjacent_same = sum(1 for x, y in zip(recs, recs[1:], strict=False) if x["truth"] == y["truth"])
    assert adjacent_same < 0.02 * N


def test_speed(data):
    _, _, elapsed = data
    assert elapsed < 6.0, f"{N} records took {elapsed:.1f}s"


def test_main_prints(capsys):
    assert gen.main(["300", "2"]) == 0
    out = capsys.readouterr().out
    assert "300 records" in out and "src:" not in out.splitlines()[0]


# ---------------------------------------------------------------------------------------------------------
# value checks


def test_text_is_nfc(data):
    recs, _, _ = data
    for r in recs:
        for k in ("name", "tax_code", "address", "phone", "truth", "id"):
            assert unicodedata.is_normalized("NFC", r[k]), (k, r[k])


def test_tax_codes_check_digit(data):
    recs, tags, _ = data
    nonempty = wellformed = typos = 0
    for r, t in zip(recs, tags, strict=True):
        if not r["tax_code"]:
            continue
        nonempty += 1
        code = parse_tax(r["tax_code"])
        if "tax_typo" in t:
            typos += 1
            assert code is not None and not valid_tax10(code[:10]), r
            continue
        if code is None:
            continue
        wellformed += 1
        assert valid_tax10(code[:10]), r
    assert nonempty > 0.4 * N
    assert wellformed > 0.85 * nonempty
    assert typos > 0


def test_tax_prefixes(data):
    recs, _, _ = data
    pref = Counter()
    for r in recs:
        code = parse_tax(r["tax_code"])
        if code:
            pref[code[:2]] += 1
    for p in ("25", "26", "54", "01"):  # Vĩnh Phúc, Phú Thọ, Hòa Bình, FDI registered in Hà Nội
        assert pref[p] > 0, pref
    assert pref["25"] > pref["54"]


def test_phones_parse(data):
    recs, _, _ = data
    area = Counter()
    for r in recs:
        if not r["phone"]:
            continue
        for part in split_phones(r["phone"]):
            d = parse_phone(part)
            assert d is not None, (part, r["phone"])
            if d[:4] in AREA_LOCAL:
                area[d[:4]] += 1
    assert set(area) == AREA_LOCAL


# ---------------------------------------------------------------------------------------------------------
# realism


def test_cluster_sizes(data):
    recs, _, _ = data
    sizes = Counter(r["truth"] for r in recs)
    hist = Counter(sizes.values())
    singles = hist[1]
    assert 0.20 <= singles / N <= 0.35, singles / N
    assert hist[2] > 0.1 * len(sizes)
    large = sum(v for k, v in hist.items() if 5 <= k <= 15)
    assert large > 0.01 * len(sizes)
    assert max(sizes.values()) <= 16


def test_every_source_appears(data):
    _, tags, _ = data
    first = Counter(t[0] for t in tags)
    assert all(k.startswith("src:") for k in first)
    assert {k[4:] for k in first} == SOURCES
    for k, v in first.items():
        assert v > 0.02 * N, (k, v)
    for t in tags:
        assert not any(x.startswith("src:") for x in t[1:])
        assert set(t[1:]) <= KNOWN_TAGS, t


def test_all_hard_cases_tagged(data):
    _, tags, _ = data
    seen = Counter(x for t in tags for x in t[1:])
    missing = KNOWN_TAGS - set(seen)
    assert not missing, missing


# ---------------------------------------------------------------------------------------------------------
# hard cases, each with a real example


def test_same_name_different_entities(data):
    recs, tags, _ = data
    groups = defaultdict(set)
    addrs = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "same_name" in t and r["name"]:
            key = norm_name(r["name"])
            groups[key].add(r["truth"])
            addrs[key].add(r["address"])
    clashes = [k for k, v in groups.items() if len(v) >= 2 and k]
    assert len(clashes) >= 3, clashes
    # the same-name firms are in different places: their tax codes differ
    g = by_truth(recs, tags)
    for k in clashes[:20]:
        codes = []
        for tr in groups[k]:
            cs = {parse_tax(r["tax_code"]) for r, t in g[tr] if "tax_typo" not in t} - {None}
            codes.append(cs)
        for i in range(len(codes)):
            for j in range(i + 1, len(codes)):
                assert not (codes[i] & codes[j]), k


def test_branch_is_own_entity(data):
    recs, tags, _ = data
    parent_codes = {}
    for r, t in zip(recs, tags, strict=True):
        code = parse_tax(r["tax_code"])
        if "parent" in t and code and len(code) == 10 and "tax_typo" not in t:
            parent_codes[code] = r["truth"]
    linked = 0
    markers = re.compile(r"chi nhánh|\bcn\b|branch|支店", re.IGNORECASE)
    for r, t in zip(recs, tags, strict=True):
        if "branch" not in t:
            continue
        assert markers.search(r["name"]), r["name"]
        code = parse_tax(r["tax_code"])
        if code and "tax_typo" not in t:
            assert len(code) == 13, r
            if code[:10] in parent_codes:
                assert parent_codes[code[:10]] != r["truth"]
                linked += 1
    assert linked > 0


def test_renamed_keeps_tax_code(data):
    recs, tags, _ = data
    found = 0
    for rows in by_truth(recs, tags).values():
        if "renamed" not in rows[0][1]:
            continue
        old = [(parse_tax(r["tax_code"]), norm_name(r["name"])) for r, t in rows
               if "old_name" in t and "tax_typo" not in t]
        new = [(parse_tax(r["tax_code"]), norm_name(r["name"])) for r, t in rows
               if "old_name" not in t and "tax_typo" not in t]
        for oc, on in old:
            for nc, nn in new:
                if oc and oc == nc and on != nn:
                    found += 1
    assert found >= 3


def test_tnhh_to_cp(data):
    recs, tags, _ = data
    tnhh = re.compile(r"tnhh|trách nhiệm hữu hạn|co\.?,? ?ltd|limited|有限会社", re.IGNORECASE)
    cp = re.compile(r"cổ phần|co phan|\bcp\b|ctcp|jsc|joint|j\.s\.c|corporation", re.IGNORECASE)
    found = 0
    for rows in by_truth(recs, tags).values():
        if "tnhh_to_cp" not in rows[0][1]:
            continue
        olds = [r for r, t in rows if "old_form" in t]
        news = [r for r, t in rows if "old_form" not in t]
        if any(tnhh.search(r["name"]) for r in olds) and any(cp.search(r["name"]) for r in news):
            found += 1
        for r in news:
            assert not tnhh.search(r["name"]), r["name"]
    assert found >= 3


def test_moved_from_phu_tho_to_vinh_phuc(data):
    recs, tags, _ = data
    pt_parks = re.compile(r"Thụy Vân|Thuy Van|Phú Hà|Phu Ha|Trung Hà|Trung Ha|Cẩm Khê|Cam Khe|KCN (TV|PH|TH|CK)\b")
    vp_parks = re.compile(r"Khai Quang|Bình Xuyên|Binh Xuyen|Bá Thiện|Ba Thien|Tam Dương|Tam Duong|Thăng Long|"
                          r"Thang Long|Chấn Hưng|Chan Hung|Sơn Lôi|Son Loi|KCN (KQ|BX|BT|TD|TLVP|CH|SL)\b|"
                          r"ビンスエン|カイクアン|バーティエン|タムズオン|タンロン|チャンフン|ソンロイ")
    found = 0
    for rows in by_truth(recs, tags).values():
        if "moved" not in rows[0][1]:
            continue
        for r, t in rows:
            code = parse_tax(r["tax_code"])
            if code and "tax_typo" not in t and "outside_tax" not in t:
                assert code.startswith("26"), r
        olds = [r for r, t in rows if "old_location" in t and r["address"]]
        news = [r for r, t in rows if "old_location" not in t and r["address"]]
        if any(pt_parks.search(r["address"]) for r in olds) and any(vp_parks.search(r["address"]) for r in news):
            found += 1
    assert found >= 3


@pytest.mark.parametrize("tag", ["shared_phone_park", "shared_phone_accounting"])
def test_shared_phones_span_entities(data, tag):
    recs, tags, _ = data
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if tag in t:
            for part in split_phones(r["phone"]):
                owners[parse_phone(part)].add(r["truth"])
    assert owners
    assert max(len(v) for v in owners.values()) >= 3


def test_jp_translated(data):
    recs, tags, _ = data
    g = by_truth(recs, tags)
    found = 0
    for r, t in zip(recs, tags, strict=True):
        if "jp_translated" not in t:
            continue
        assert r["name"] != fold_ascii(r["name"]), r["name"]  # Vietnamese words with diacritics
        others = [x for x, _ in g[r["truth"]] if x is not r]
        if any(has_kana(x["name"]) or re.search(r"\bVIET ?NAM\b|\(VIETNAM\)", x["name"]) for x in others):
            found += 1
    assert found >= 3


def fold_ascii(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def test_katakana_and_romaji(data):
    recs, tags, _ = data
    kana = [r for r, t in zip(recs, tags, strict=True) if "katakana" in t]
    assert kana and all(has_kana(r["name"]) for r in kana)
    variants = [r for r, t in zip(recs, tags, strict=True) if "romaji_variant" in t]
    assert variants and all(r["name"].isascii() or not has_kana(r["name"]) for r in variants)


def test_old_mobile_converts_to_current(data):
    recs, tags, _ = data
    g = by_truth(recs, tags)
    found = 0
    for r, t in zip(recs, tags, strict=True):
        if "old_mobile" not in t:
            continue
        olds = [d for d in map(parse_phone, split_phones(r["phone"])) if d and len(d) == 11 and d[:4] in OLD_TO_NEW]
        assert olds, r["phone"]
        news = {to_new_mobile(d) for x, _ in g[r["truth"]] if x is not r
                for d in map(parse_phone, split_phones(x["phone"])) if d}
        if any(to_new_mobile(d) in news for d in olds):
            found += 1
    assert found >= 3


def test_tax_noise_forms(data):
    recs, tags, _ = data
    g = by_truth(recs, tags)
    typo_linked = 0
    for r, t in zip(recs, tags, strict=True):
        tc = r["tax_code"]
        if "tax_excel" in t:
            assert re.fullmatch(r"\d\.\d{5}E\+0\d", tc), tc
        if "tax_lost_zero" in t:
            assert re.fullmatch(r"[1-9]\d{8}", tc) and valid_tax10("0" + tc), tc
        if "vsic_in_tax" in t:
            assert parse_tax(tc) is None and len(tc) <= 6, tc
        if "tax_typo" in t:
            bad = parse_tax(tc)[:10]
            for x, xt in g[r["truth"]]:
                good = parse_tax(x["tax_code"])
                if good and "tax_typo" not in xt and sum(a != b for a, b in zip(good[:10], bad, strict=True)) == 1:
                    typo_linked += 1
                    break
    assert typo_linked >= 2


def test_name_noise(data):
    recs, tags, _ = data
    for r, t in zip(recs, tags, strict=True):
        if "name_truncated" in t:
            assert len(r["name"]) <= 40, r["name"]
        if "person_in_name" in t:
            assert " - " in r["name"] or "(" in r["name"], r["name"]
        if "src:training" in t and "brand_only" in t:
            assert not re.search(r"công ty|cty|tnhh|cổ phần", r["name"], re.IGNORECASE), r["name"]
    legal = re.compile(r"Công ty TNHH|Cty TNHH|TNHH MTV|trách nhiệm hữu hạn một thành viên|Co\., ?Ltd|"
                       r"Company Limited|Cổ phần|\bCP\b|CTCP|JSC|株式会社|HTX|DNTN|Hộ kinh doanh", re.IGNORECASE)
    forms = Counter(m.group(0).casefold() for r in recs for m in [legal.search(r["name"])] if m)
    assert len(forms) >= 10, forms


def test_old_admin_names_and_new(data):
    recs, tags, _ = data
    old = sum(1 for r, t in zip(recs, tags, strict=True) if "old_address" in t)
    assert old > 0.1 * N
    text = "\n".join(r["address"] for r in recs)
    for s in ("huyện Bình Xuyên", "tỉnh Vĩnh Phúc", "TP Vĩnh Yên", "phường Vĩnh Phúc, tỉnh Phú Thọ",
              "Hòa Bình", "KCN BX", "Binh Xuyen IZ", "Lô CN"):
        assert s in text, s
    for r, t in zip(recs, tags, strict=True):
        if "old_address" not in t and "src:tax" in t and "tỉnh" in r["address"]:
            assert "tỉnh Vĩnh Phúc" not in r["address"] and "huyện" not in r["address"], r["address"]
