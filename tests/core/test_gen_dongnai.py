"""Independent checks of the synthetic Đồng Nai benchmark generator (bench/data/resolve/gen_dongnai.py).

Nothing here imports lienket: check digits, phone rules and the evidence test are re-implemented.
"""

from __future__ import annotations

import difflib
import importlib.util
import io
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_dongnai.py"


def _load():
    spec = importlib.util.spec_from_file_location("gen_dongnai_under_test", _PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load()

SOURCES = {"bhxh", "evn", "customs", "env", "pccc", "fair", "bql", "bp_cnht", "einvoice"}
HARD_TAGS = {"mst_typo", "mst_zero_lost", "mst_excel", "mst_formatted", "mst_in_name", "cccd_tax", "branch",
             "branch_parent_mst", "phone_old_code", "phone_zero_lost", "shared_phone", "multi_phone", "no_diacritics",
             "english_name", "foreign_script", "romanisation", "abbrev", "truncated", "typo", "mojibake", "person_name",
             "project_name", "unit_in_name", "code_in_name", "renamed", "vat_name", "old_address", "partial_address",
             "english_address", "merged_cell", "common_name", "sister_firm", "household", "dup_in_source"}
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}
N = 4000


@pytest.fixture(scope="module")
def data():
    return gen.labelled(N, 3)


@pytest.fixture(scope="module")
def big():
    return gen.labelled(20000, 11)


# ------------------------------------------------------------------ helpers (independent re-implementations)
def tax_ok(code10: str) -> bool:
    if not re.fullmatch(r"\d{10}", code10):
        return False
    s = sum(int(d) * w for d, w in zip(code10[:9], (31, 29, 23, 19, 17, 13, 7, 5, 3), strict=True))
    c = 10 - s % 11
    return c != 10 and c == int(code10[9])


def clean_tax(t: str) -> str | None:
    """Exact tax code (10 or 10-3 digits) written in a field, formatting removed; None if not readable."""
    t = t.strip()
    t = re.sub(r"^MST:?\s*", "", t)
    t = t.replace(" ", "")
    if re.fullmatch(r"\d{10}\.0", t):
        t = t[:-2]
    if re.fullmatch(r"\d{10}(-\d{3})?", t):
        return t
    return None


def taxes_in(rec: dict) -> set[str]:
    out = set()
    c = clean_tax(rec["tax_code"]) if rec["tax_code"] else None
    if c and tax_ok(c[:10]):
        out.add(c)
    if re.fullmatch(r"\d{12}", rec["tax_code"]):
        out.add(rec["tax_code"])
    for m in re.finditer(r"MST:?\s*(\d{10}(?:-\d{3})?)", rec["name"]):
        if tax_ok(m.group(1)[:10]):
            out.add(m.group(1))
    return out


OLD_MOBILE = {"0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037",
              "0168": "038", "0169": "039", "0120": "070", "0121": "079", "0122": "077", "0126": "076",
              "0128": "078", "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
              "0186": "056", "0188": "058", "0199": "059"}
MOBILE_PREFIXES = {"032", "033", "034", "035", "036", "037", "038", "039", "052", "056", "058", "059", "070", "076",
                   "077", "078", "079", "081", "082", "083", "084", "085", "086", "087", "088", "089", "090", "091",
                   "092", "093", "094", "096", "097", "098", "099"}


def split_phones(field: str) -> list[str]:
    parts = re.split(r"\s*/\s*|\s*;\s*|\s+-\s+", field)
    out = []
    for p in parts:
        p = re.sub(r"\(\s*(?:Mr|Ms)[^)]*\)", "", p)
        d = re.sub(r"\D", "", p)
        if d:
            out.append(d)
    return out


def norm_phone(d: str) -> tuple[str, str]:
    """(canonical number, kind) with kind in new | old | zero_lost | bad."""
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]
    if not d.startswith("0"):
        z = "0" + d
        n, k = norm_phone(z)
        return (n, "zero_lost") if k == "new" else (n, "bad")
    if len(d) == 10 and d[:3] in MOBILE_PREFIXES:
        return d, "new"
    if len(d) == 11 and d[:4] in ("0251", "0271", "0274"):
        return d, "new"
    if len(d) == 11 and d.startswith("028"):
        return d, "new"
    if len(d) == 11 and d[:4] in OLD_MOBILE:
        return OLD_MOBILE[d[:4]] + d[4:], "old"
    if len(d) == 10 and d.startswith("061"):
        return "0251" + d[3:], "old"
    if len(d) == 11 and d.startswith("0651"):
        return "0271" + d[4:], "old"
    if len(d) == 10 and d.startswith("08") and d[2] in "23":
        return "028" + d[2:], "old"
    return d, "bad"


def unacc(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


PHRASES = ("trach nhiem huu han", "mot thanh vien", "co phan", "doanh nghiep tu nhan", "chi nhanh", "ho kinh doanh",
           "du an nha may san xuat", "cong suat", "san xuat", "thuong mai", "dich vu", "xuat nhap khau", "viet nam",
           "nha may", "nha xuong", "kho xuong", "co so", "cong ty", "c.ty", "ho kd")
STOP = {"cty", "tnhh", "mtv", "cp", "co", "ltd", "company", "limited", "jsc", "one", "member", "joint", "stock",
        "dntn", "private", "enterprise", "cn", "branch", "tai", "cua", "vn", "vietnam", "vina", "hkd", "sx", "tm",
        "dv", "xnk", "production", "trading", "service", "import", "export", "manufacturing", "corporation",
        "industrial", "kogyo", "seiki", "precision", "seisakusho", "xuong", "moc", "giay", "da", "de", "phu", "lieu",
        "go", "che", "bien", "noi", "that", "do", "van", "ep", "may", "mac", "det", "nhan", "nhua", "bao", "bi",
        "in", "thung", "carton", "mut", "xop", "khuon", "khi", "xi", "ma", "mau", "footwear", "shoes", "shoe",
        "materials", "sole", "wood", "furniture", "wooden", "products", "woodworking", "garment", "textile",
        "label", "apparel", "plastic", "packaging", "packing", "mechanical", "mould", "engineering", "global"}


def name_tokens(s: str) -> set[str]:
    s = unacc(s)
    s = re.sub(r"^pb\d+\s*-\s*", "", s)
    s = re.sub(r"\(?mst:?\s*[\d-]+\)?", " ", s)
    s = re.sub(r"^du an .*? cua ", " ", s)  # project wording: keep the owner
    for ph in PHRASES:
        s = s.replace(ph, " ")
    toks = re.findall(r"[a-z0-9]+", s)
    return {t for t in toks if t not in STOP and not t.isdigit()}


def similar(a: str, b: str) -> bool:
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    hit = sum(1 for t in small if t in large or any(
        len(t) >= 3 and difflib.SequenceMatcher(None, t, u).ratio() >= 0.65 for u in large))
    return hit >= 1 and hit / len(small) >= 0.5


def addr_keys(a: str) -> set[str]:
    s = unacc(a)
    keys = set()
    for m in re.finditer(r"\b(?:lo|lot)\s*(?:so\s*)?([a-z]\d+(?:-?\d+)?)", s):
        keys.add("lot:" + m.group(1).replace("-", ""))
    m = re.match(r"(?:pb\d+\s+)?(?:so|no\.)?\s*(\d+[a-z]?)\b", s)
    if m:
        keys.add("no:" + m.group(1))
    return keys


# ------------------------------------------------------------------ tests
def test_docstring_and_interface(data):
    assert gen.__doc__.startswith("ALL DATA IS SYNTHETIC.")
    recs, tags = data
    assert len(recs) == N and len(tags) == N
    for r, t in zip(recs, tags, strict=True):
        assert set(r) == KEYS
        assert all(isinstance(r[k], str) for k in KEYS)
        assert r["id"].startswith("dn") and r["truth"]
        assert isinstance(t, tuple) and t[0].startswith("src:") and t[0][4:] in SOURCES
        assert set(t[1:]) <= HARD_TAGS
    assert len({r["id"] for r in recs}) == N
    assert gen.records(N, 3) == recs
    assert gen.records(0) == [] and len(gen.records(1, 5)) == 1


def test_deterministic():
    assert gen.labelled(700, 7) == gen.labelled(700, 7)
    assert gen.records(700, 7) != gen.records(700, 8)


def test_every_source_and_tag_appears(data):
    for tags in (data[1], gen.labelled(3000, 1)[1], gen.labelled(3000, 2)[1]):
        src = {t[0][4:] for t in tags}
        seen = {x for t in tags for x in t[1:]}
        assert src == SOURCES
        assert HARD_TAGS <= seen, HARD_TAGS - seen


def test_shuffled(data):
    recs, _ = data
    adjacent = sum(1 for a, b in zip(recs, recs[1:], strict=False) if a["truth"] == b["truth"])
    assert adjacent < 0.02 * N


def test_tax_codes(data):
    recs, tags = data
    checked = 0
    for r, t in zip(recs, tags, strict=True):
        tx, tg = r["tax_code"], set(t)
        if not tx:
            continue
        if "mst_typo" in tg:
            d = re.sub(r"\D", "", tx)[:10]
            assert not (len(re.sub(r"\D", "", tx.split("-")[0])) == 10 and tax_ok(d)), tx
            continue
        if "mst_zero_lost" in tg:
            assert re.fullmatch(r"\d{9}", tx) and tax_ok("0" + tx), tx
            continue
        if "mst_excel" in tg:
            assert re.fullmatch(r"\d{10}\.0|\d\.\d+E\+09", tx), tx
            continue
        if "cccd_tax" in tg:
            assert re.fullmatch(r"07[05][0-3]\d{8}", tx), tx
            continue
        c = clean_tax(tx)
        assert c is not None, tx
        assert tax_ok(c[:10]), tx
        if "-" in c:
            assert "branch" in tg
        checked += 1
    assert checked > N * 0.4


def test_tax_code_belongs_to_one_enterprise(big):
    recs, tags = big
    owner = defaultdict(set)
    parent_lines = []
    for r, t in zip(recs, tags, strict=True):
        for c in taxes_in(r):
            if "branch_parent_mst" in t:
                parent_lines.append((c, r["truth"]))
            else:
                owner[c].add(r["truth"])
    assert all(len(v) == 1 for v in owner.values())
    assert parent_lines
    for c, truth in parent_lines:
        assert len(c) == 10
        assert truth not in owner.get(c, set())  # the parent's code, not the branch's own


def test_phones(big):
    recs, tags = big
    owners = defaultdict(set)
    kinds = Counter()
    for r, t in zip(recs, tags, strict=True):
        if not r["phone"]:
            continue
        nums = split_phones(r["phone"])
        assert nums, r["phone"]
        if "multi_phone" in t:
            assert len(nums) >= 2
        for d in nums:
            n, kind = norm_phone(d)
            assert kind != "bad", r["phone"]
            kinds[kind] += 1
            if kind == "old":
                assert "phone_old_code" in t, r["phone"]
            if kind == "zero_lost":
                assert "phone_zero_lost" in t, r["phone"]
            if "shared_phone" not in t:
                owners[n].add(r["truth"])
    assert kinds["new"] > 10 * (kinds["old"] + kinds["zero_lost"]) > 0
    # an enterprise's own numbers are its own
    assert all(len(v) == 1 for v in owners.values())
    # shared numbers (park hotlines, accounting offices, consultants) really are shared
    shared = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "shared_phone" in t:
            shared[norm_phone(split_phones(r["phone"])[0])[0]].add(r["truth"])
    assert max(len(v) for v in shared.values()) >= 10


def test_cluster_sizes(big):
    recs, _ = big
    per = Counter(r["truth"] for r in recs)
    sizes = Counter(per.values())
    multi = sum(k * v for k, v in sizes.items() if k > 1)
    assert 8000 <= multi <= 16000, sizes
    assert max(sizes) <= 8
    assert set(range(1, 9)) <= set(sizes)
    assert sizes[1] > sizes[2] > sizes[3] > sizes[5] > sizes[8]


def test_true_pairs_are_decidable(big):
    """Each multi-record enterprise is connected by evidence an officer would accept."""
    recs, _ = big
    phone_owners = defaultdict(set)
    for r in recs:
        for d in split_phones(r["phone"]):
            phone_owners[norm_phone(d)[0]].add(r["truth"])
    groups = defaultdict(list)
    for r in recs:
        groups[r["truth"]].append(r)
    bad = 0
    multi = 0
    for rs in groups.values():
        if len(rs) < 2:
            continue
        multi += 1
        feats = []
        for r in rs:
            ph = {n for n in (norm_phone(d)[0] for d in split_phones(r["phone"])) if len(phone_owners[n]) == 1}
            feats.append((taxes_in(r), ph, addr_keys(r["address"]), r["name"]))
        comp = {0}
        grew = True
        while grew:
            grew = False
            for j in range(len(rs)):
                if j in comp:
                    continue
                for i in comp:
                    a, b = feats[i], feats[j]
                    if (a[0] & b[0]) or ((a[1] & b[1] or a[2] & b[2]) and similar(a[3], b[3])):
                        comp.add(j)
                        grew = True
                        break
        bad += len(comp) < len(rs)
    assert multi > 2000
    assert bad <= 0.01 * multi, (bad, multi)


def test_lookalikes_stay_distinguishable(big):
    recs, tags = big

    def key(r):
        return tuple(re.sub(r"[\W_]+", "", unacc(r[k])) for k in ("name", "tax_code", "address", "phone"))

    seen = defaultdict(set)
    for r in recs:
        seen[key(r)].add(r["truth"])
    assert all(len(v) == 1 for v in seen.values())
    # the traps exist: one short name used by several enterprises, sister firms in different places
    common = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "common_name" in t:
            common[" ".join(sorted(name_tokens(r["name"])))].add(r["truth"])
    assert max(len(v) for v in common.values()) >= 5


def test_realistic_text(big):
    recs, tags = big
    addr = " ".join(r["address"] for r in recs[:6000])
    for place in ("Nhơn Trạch", "Minh Hưng", "Becamex Bình Phước", "Chơn Thành", "Biên Hòa", "Long Thành",
                  "Trảng Bom", "Amata", "tỉnh Bình Phước", "tỉnh Đồng Nai"):
        assert place in addr, place
    simplified = set("业兴丰华东长国联庆顺荣伟宝胜装胶机纺织制")
    for r, t in zip(recs, tags, strict=True):
        if "foreign_script" in t:
            assert re.search(r"[\u4e00-\u9fff\uac00-\ud7a3]", r["name"]), r["name"]
            assert not simplified & set(r["name"]), r["name"]
        if "no_diacritics" in t:
            assert unacc(r["name"]) == r["name"].lower() or "mst" in r["name"].lower(), r["name"]
        if "english_address" in t:
            assert "Vietnam" in r["address"]
        if "mojibake" in t:
            assert re.search("[«¬¸µ¶·¹ÊÇÈÉË¾»¼½ÆÐÌÎÏÑÕÒÓÔÖÝ×ØÜÞãßáâäèåæçéíêëìîóïñòôøõö÷ùýúûüþ©ª®¨]", r["name"])
        if "household" in t and "cccd_tax" not in t and r["tax_code"] and "mst_" not in "".join(t):
            assert r["tax_code"][0] == "8"


def test_main_prints_summary(capsys):
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert gen.main(["300", "2"]) == 0
    out = buf.getvalue()
    assert "cluster sizes" in out and "sources" in out and "tags" in out
    assert sum(1 for line in out.splitlines() if line.startswith("dn")) == 12


def test_speed_100k():
    t0 = time.perf_counter()
    recs = gen.records(100_000, 1)
    assert len(recs) == 100_000
    assert time.perf_counter() - t0 < 60
