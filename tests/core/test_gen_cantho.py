"""Independent checks of the synthetic Cần Thơ entity-resolution benchmark generator (bench/data/resolve/gen_cantho.py).

Everything (check digit, phone formats, name and address similarity) is re-implemented here on purpose.
"""

from __future__ import annotations

import difflib
import importlib.util
import itertools
import re
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_cantho.py"


def _load():
    spec = importlib.util.spec_from_file_location("gen_cantho_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()

SOURCES = {"thue", "nganhang", "bql", "hiephoi", "st_cu", "hg_cu", "nongnghiep", "hoicho"}
TAGS = {
    "upper", "no_diacritics", "abbrev", "typo", "trade_name", "english_name", "renamed", "owner_name", "nfd",
    "old_address", "new_address", "short_address", "addr_missing",
    "phone_format", "old_phone", "phone_alt", "phone_multi", "phone_missing", "shared_phone",
    "tax_missing", "tax_mistyped", "tax_format", "tax_cccd",
    "household", "khmer", "foreign", "branch", "two_parks", "common_name", "family",
}
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}


@pytest.fixture(scope="module")
def big():
    return gen.labelled(20000, 11)


@pytest.fixture(scope="module")
def small():
    return gen.labelled(4000, 3)


# ---------------------------------------------------------------------------------------------------------------
# independent helpers

WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def valid_mst(code: str) -> bool:
    if len(code) != 10 or not code.isdigit():
        return False
    c = 10 - sum(int(d) * w for d, w in zip(code[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and c == int(code[9])


def norm_tax(s: str) -> str:
    s = s.strip().lstrip("'")
    s = re.sub(r"\.0$", "", s)
    d = re.sub(r"\D", "", s)
    return d.zfill(10) if len(d) == 9 else d  # a number-typed cell loses the leading 0 of a 03... code


MOBILE = {"086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039", "088", "091", "094",
          "083", "084", "085", "081", "082", "089", "090", "093", "070", "076", "077", "078", "079", "092", "056",
          "058", "099", "059"}
OLD_MOB = {"0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037", "0168": "038",
           "0169": "039", "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078", "0123": "083",
           "0124": "084", "0125": "085", "0127": "081", "0129": "082", "0186": "056", "0188": "058", "0199": "059"}
LANDLINE = ("0292", "0293", "0299", "028")


def phone_parts(s: str) -> list[str]:
    return [p for p in re.split(r"\s+[-/]\s+|;", s) if p.strip()]


def phone_candidates(part: str) -> set[str]:
    """All current-format readings of one phone as written (old codes converted)."""
    d = re.sub(r"\D", "", part)
    if d.startswith("84") and len(d) in (11, 12) and not part.strip().startswith("0"):
        d = "0" + d[2:]
    if len(d) == 9 and d[0] != "0":
        d = "0" + d
    if len(d) == 10 and d[0] == "2":
        d = "0" + d
    out = set()
    if len(d) == 11 and d[:4] in OLD_MOB:
        out.add(OLD_MOB[d[:4]] + d[4:])
    if len(d) == 11 and d[:4] == "0710":
        out.add("0292" + d[4:])
    if len(d) == 11 and d[:4] == "0711":
        out.add("0293" + d[4:])
    if len(d) == 10 and d[:3] == "079":
        out.add("0299" + d[3:])  # old Sóc Trăng landline, or a current 079 mobile
    if len(d) == 10 and d[:3] in MOBILE:
        out.add(d)
    if len(d) == 11 and d.startswith(LANDLINE):
        out.add(d)
    return out


def strip(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d").replace("Đ", "D").lower()


# what an officer reads past when comparing names: legal forms and trade words (phrases first, so that brand
# syllables such as Mai, Bảo, An, Hòa, Thủy, Đông, Gia and nicknames such as Năm, Tư, Lành survive)
NAME_PHRASES = sorted("""cong ty|co phan|mot thanh vien|doanh nghiep tu nhan|tu nhan|doanh nghiep|san xuat|thuong mai
|dich vu|bao bi|co khi|che tao may|che tao|nong nghiep|dien lanh|ky thuat|kho lanh|in an|nhan mac|hoa chat|thuc an
|thuy san|chan nuoi|tau thuy|may say|thiet bi|che bien|dau tu|nha may|ho kinh doanh|co so|chi nhanh|viet nam
|han tien|dong ghe|sua chua|gia cong|xay xat|lam lo say|may nong nghiep|may ghe|in lua|nhua|giay|cold storage
|food machinery|food equipment|agri machinery|co ltd""".replace("\n", "").split("|"), key=len, reverse=True)
_PHRASE_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in NAME_PHRASES) + r")\b")
NAME_STOP = set("""cty c ty tnhh ctcp cp mtv 1tv dntn dn tn cs sx tm dv co ltd cn hkd kd cssx bb ck ctm nn dl kt nm hc
ta ts tacn tb dt vietnam packaging paper plastic mechanical machinery refrigeration cooling engineering printing
label chemicals aquafeed feed marine dryer ho kinh doanh""".split())
ADDR_STOP = set("""so to ap a kv khu vuc khom phuong p xa x huyen h quan q thi tran tt tp thanh pho tinh t can tho
tpct viet nam duong lo kcn cum cn ccn cong nghiep st hg""".split())


def name_tokens(s: str) -> set[str]:
    text = " ".join(re.findall(r"[a-z0-9]+", strip(s)))
    text = _PHRASE_RE.sub(" ", text)
    return {t for t in text.split() if t not in NAME_STOP}


def _tok_match(t: str, others: set[str]) -> bool:
    if t in others:
        return True
    return len(t) >= 3 and any(len(o) >= 3 and (sorted(t) == sorted(o) or
                                                 difflib.SequenceMatcher(None, t, o).ratio() >= 0.75) for o in others)


def _variants(name: str) -> list[str]:
    """The name, and with a parenthesised part (owner, English name) read separately."""
    out = [name]
    inner = re.findall(r"\(([^)]*)\)", name)
    if inner:
        out.append(re.sub(r"\([^)]*\)", " ", name))
        out += inner
    return out


def name_similar(a: str, b: str) -> bool:
    return any(_name_similar(x, y) for x in _variants(a) for y in _variants(b))


def _name_similar(a: str, b: str) -> bool:
    """Overlap of the distinctive name tokens, tolerant to one-letter typos (what an officer reads as 'same name')."""
    ta, tb = name_tokens(a), name_tokens(b)
    if ta and tb:
        small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        if sum(_tok_match(t, large) for t in small) / len(small) >= 0.5:
            return True
    return difflib.SequenceMatcher(None, " ".join(sorted(ta)), " ".join(sorted(tb))).ratio() >= 0.75


def addr_similar(a: str, b: str) -> bool:
    ta = set(re.findall(r"[a-z0-9]+", strip(a)))
    tb = set(re.findall(r"[a-z0-9]+", strip(b)))
    common = ta & tb
    has_num = any(any(c.isdigit() for c in t) for t in common)
    has_word = any(not any(c.isdigit() for c in t) and t not in ADDR_STOP for t in common)
    return has_num and has_word


def tax_key(s: str) -> str:
    return norm_tax(s)


# ---------------------------------------------------------------------------------------------------------------
# interface


def test_docstring_and_interface():
    assert gen.__doc__.startswith("ALL DATA IS SYNTHETIC.")
    recs = gen.records(300, 5)
    assert len(recs) == 300
    for r in recs:
        assert set(r) == KEYS
        assert all(isinstance(r[k], str) for k in KEYS)
        assert r["id"].startswith("ct") and r["truth"]
    recs2, tags = gen.labelled(300, 5)
    assert recs2 == recs
    assert len(tags) == 300
    assert all(isinstance(t, tuple) and t[0].startswith("src:") for t in tags)
    assert gen.records(0) == []
    assert len(gen.records(1, 2)) == 1


def test_deterministic_and_seeded():
    assert gen.labelled(2000, 7) == gen.labelled(2000, 7)
    assert gen.records(2000, 7) != gen.records(2000, 8)


def test_ids_unique(big):
    recs, _ = big
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids) == 20000
    assert all(re.fullmatch(r"ct\d{7}", i) for i in ids)


def test_shuffled(big):
    recs, _ = big
    # neighbours in the list rarely belong to the same enterprise
    same = sum(a["truth"] == b["truth"] for a, b in itertools.pairwise(recs[:5000]))
    assert same < 50


def test_every_source_and_tag_appears(small):
    _, tags = small
    src = Counter(t[0][4:] for t in tags)
    assert set(src) == SOURCES
    assert min(src.values()) >= 50
    seen = Counter(x for t in tags for x in t[1:])
    assert TAGS <= set(seen), TAGS - set(seen)
    assert set(seen) <= TAGS, set(seen) - TAGS
    for t in tags:
        assert len(t) == len(set(t))
        assert all(not x.startswith("src:") for x in t[1:])


def test_main_prints(capsys):
    assert gen.main(["500", "2"]) == 0
    out = capsys.readouterr().out
    assert "cluster sizes" in out and "sources" in out and "tags" in out
    assert out.count("'id': 'ct") == 12


# ---------------------------------------------------------------------------------------------------------------
# identifiers


def test_tax_codes_valid_unless_mistyped(big):
    recs, tags = big
    n_mis = 0
    for r, t in zip(recs, tags, strict=True):
        if not r["tax_code"]:
            assert "tax_missing" in t
            continue
        assert "tax_missing" not in t
        d = tax_key(r["tax_code"])
        if len(d) == 12:
            assert "tax_cccd" in t, r
            assert d[:3] in ("092", "093", "094")
            continue
        assert len(d) in (10, 13), r
        if len(d) == 13:
            assert "-" in r["tax_code"] or len(re.sub(r"\D", "", r["tax_code"])) == 13
            assert d[10:] in ("001", "002", "003")
        if "tax_mistyped" in t:
            n_mis += 1
            assert not valid_mst(d[:10]), r
        else:
            assert valid_mst(d[:10]), r
    assert n_mis > 20


def test_tax_code_never_shared_by_two_enterprises(big):
    recs, tags = big
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if r["tax_code"] and "tax_mistyped" not in t:
            owners[tax_key(r["tax_code"])].add(r["truth"])
    assert all(len(v) == 1 for v in owners.values())
    # branches: same 10-digit root as the parent, but a different enterprise
    roots = defaultdict(set)
    for k, v in owners.items():
        roots[k[:10]] |= v
    assert sum(len(v) > 1 for v in roots.values()) > 10


def test_phones_in_real_formats(big):
    recs, tags = big
    for r, t in zip(recs, tags, strict=True):
        if not r["phone"]:
            assert "phone_missing" in t
            continue
        parts = phone_parts(r["phone"])
        assert 1 <= len(parts) <= 2
        assert (len(parts) == 2) == ("phone_multi" in t), r
        for p in parts:
            assert phone_candidates(p), r
        if "old_phone" in t:
            assert any(re.sub(r"\D", "", p)[:4] in OLD_MOB or re.sub(r"\D", "", p)[:4] in ("0710", "0711")
                       or re.sub(r"\D", "", p)[:3] == "079" for p in parts), r


def test_shared_phones_are_tagged(big):
    recs, tags = big
    users = defaultdict(set)
    per_rec = []
    for r in recs:
        cands = set()
        for p in phone_parts(r["phone"]):
            cands |= phone_candidates(p)
        per_rec.append(cands)
        for c in cands:
            users[c].add(r["truth"])
    shared = {c for c, v in users.items() if len(v) > 1}
    assert len(shared) >= 10  # park hotlines, accounting offices, branches
    untagged = 0
    for cands, t in zip(per_rec, tags, strict=True):
        if cands & shared and "shared_phone" not in t:
            untagged += 1
    assert untagged <= 3  # only chance collisions of random numbers


# ---------------------------------------------------------------------------------------------------------------
# realism


def test_cluster_sizes_sane(big):
    recs, _ = big
    sizes = Counter(r["truth"] for r in recs)
    hist = Counter(sizes.values())
    assert max(hist) <= 8
    in_multi = sum(k * v for k, v in hist.items() if k > 1)
    assert 8000 <= in_multi <= 25000
    assert hist[1] >= 3000
    assert hist[1] > hist[2] > hist[3] > hist[5] > hist[8] > 0


def _phones(r):
    out = set()
    for p in phone_parts(r["phone"]):
        out |= phone_candidates(p)
    return out


def test_every_true_pair_is_decidable(big):
    recs, tags = big
    shared_phone = defaultdict(set)
    for r in recs:
        for c in _phones(r):
            shared_phone[c].add(r["truth"])
    clusters = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        clusters[r["truth"]].append((r, t))
    bad = []
    n_pairs = 0
    for members in clusters.values():
        for (a, ta), (b, tb) in itertools.combinations(members, 2):
            n_pairs += 1
            ka, kb = tax_key(a["tax_code"]), tax_key(b["tax_code"])
            if ka and ka == kb and "tax_mistyped" not in ta and "tax_mistyped" not in tb:
                continue
            phones = {c for c in _phones(a) & _phones(b) if len(shared_phone[c]) == 1}
            nsim = name_similar(a["name"], b["name"])
            asim = addr_similar(a["address"], b["address"])
            if phones and (nsim or asim) or nsim and asim:
                continue
            bad.append((a, b))
    assert n_pairs > 10000
    assert not bad, bad[:3]


def test_traps_are_real_different_enterprises(big):
    recs, tags = big
    by_tag = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        for x in ("two_parks", "common_name", "family", "branch"):
            if x in t:
                by_tag[x].add(r["truth"])
    for x, truths in by_tag.items():
        assert len(truths) >= 20, x
    # same short name in two places: at least some common_name enterprises share a name token set exactly
    names = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if "common_name" in t and "src:thue" not in t:
            names[frozenset(name_tokens(r["name"]))].add(r["truth"])
    assert sum(len(v) > 1 for v in names.values()) >= 5


def test_place_names_follow_the_source(big):
    recs, tags = big
    for r, t in zip(recs, tags, strict=True):
        a = strip(r["address"])
        if t[0] == "src:st_cu" and r["address"] and "short_address" not in t:
            assert "soc trang" in a or re.search(r"\bst\b", a), r
        if t[0] == "src:hg_cu" and r["address"] and "short_address" not in t:
            assert "hau giang" in a or re.search(r"\bhg\b", a) or "vi thanh" in a, r
        if "new_address" in t:
            assert "can tho" in a
            assert not re.search(r"\b(huyen|quan|thi xa)\b", a), r
            assert "tinh soc trang" not in a and "tinh hau giang" not in a
        if "old_address" in t:
            assert re.search(r"\b(huyen|quan|thi xa|thanh pho \w+|h|q|tx|tp)\b", a), r
    blob = " ".join(strip(r["address"]) for r in recs)
    for park in ("tra noc", "hung phu", "thot not", "an nghiep", "song hau", "tan phu thanh"):
        assert park in blob, park


def test_khmer_and_foreign_names(big):
    recs, tags = big
    khmer = [r["name"] for r, t in zip(recs, tags, strict=True) if "khmer" in t]
    assert sum(any(s in strip(n).split() for s in ("thach", "son", "kim", "lam", "danh")) for n in khmer) \
        > 0.5 * len(khmer)
    foreign = [r["name"] for r, t in zip(recs, tags, strict=True) if "foreign" in t]
    assert foreign and sum("viet nam" in strip(n) or "vietnam" in strip(n) for n in foreign) > 0.5 * len(foreign)


def test_100k_is_reasonably_fast():
    t0 = time.perf_counter()
    recs = gen.records(100_000, 1)
    assert len(recs) == 100_000
    assert time.perf_counter() - t0 < 60
