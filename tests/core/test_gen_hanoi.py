"""Independent checks of the synthetic Hà Nội CNHT entity-resolution benchmark generator
(bench/data/resolve/gen_hanoi.py).

Nothing is imported from ``lienket``: the tax check digit, the Excel damage to tax codes, the Vietnamese phone
numbering plans (current and pre-2017) and a careful officer's linking evidence are re-implemented here on purpose.
"""

from __future__ import annotations

import importlib.util
import io
import random
import re
import time
import unicodedata
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from decimal import Decimal, InvalidOperation
from itertools import combinations
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_hanoi.py"


def _load():
    spec = importlib.util.spec_from_file_location("gen_hanoi_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()

SOURCES = {"thue", "cnht", "kcn", "jvendor", "hoicho", "tke", "hoadon", "langnghe", "ds2015"}
TRAPS = {
    "trap:namesake", "trap:sister", "trap:branch", "trap:has_branch", "trap:renamed", "trap:converted",
    "trap:moved", "trap:shared_addr", "trap:acct_phone",
}
KEYS = {"id", "name", "tax_code", "address", "phone", "truth"}


@pytest.fixture(scope="module")
def big():
    return gen.labelled(20000, 11)


@pytest.fixture(scope="module")
def small():
    return gen.labelled(4000, 3)


# ---------------------------------------------------------------------------------------------------------------
# independent helpers: text

def strip(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def is_upper(s: str) -> bool:
    return s == s.upper()


def no_diacritics(s: str) -> bool:
    return strip(s) == s.lower()


# ---------------------------------------------------------------------------------------------------------------
# independent helpers: tax codes

WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_ok(ten: str) -> bool:
    if len(ten) != 10 or not ten.isdigit():
        return False
    c = 10 - sum(int(d) * w for d, w in zip(ten[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and int(ten[9]) == c


_SCI = re.compile(r"\d\.\d+E\+\d\d")


def tax_digits(code: str) -> str:
    """The digits an officer reads off the tax cell (Excel damage undone where it is lossless)."""
    s = code.strip()
    if _SCI.fullmatch(s):
        try:
            s = str(int(Decimal(s)))
        except InvalidOperation:  # pragma: no cover - the regex guarantees a number
            return ""
    s = re.sub(r"\.0$", "", s)
    d = re.sub(r"\D", "", s)
    if len(d) == 9:  # a number-typed cell drops the leading 0 of a 01.../05.../09... code
        d = "0" + d
    return d


def sci_is_lossy(code: str) -> bool:
    """1.01235E+08 keeps 6 significant digits of a 9-digit number: the code cannot be recovered."""
    m = re.fullmatch(r"\d\.(\d+)E\+(\d\d)", code.strip())
    return bool(m) and len(m.group(1)) < int(m.group(2))


def is_cccd(d: str) -> bool:
    """12-digit citizen ID of a Hà Nội resident: province 001, gender/century digit, birth year, serial."""
    return len(d) == 12 and d.startswith("001") and d[3] in "0123"


HKD_NAME_TAGS = {"name:hkd_owner", "name:hkd_shop", "name:hkd_shop_owner"}
OTHER_NUMBER = {"tax:typo", "tax:excel_lossy", "tax:cccd"}


def usable_tax(code: str, tags) -> str | None:
    """The 10- or 13-digit tax code of a record, or None when it is empty, mistyped, lossy or another number."""
    if not code or OTHER_NUMBER & set(tags) or sci_is_lossy(code):
        return None
    d = tax_digits(code)
    if len(d) == 12 and HKD_NAME_TAGS & set(tags):
        return None  # a household's citizen ID (the fair sign-up sheet does not say which number it is)
    return d


# ---------------------------------------------------------------------------------------------------------------
# independent helpers: phones

MOBILE = {"086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039", "088", "091", "094",
          "083", "084", "085", "081", "082", "089", "090", "093", "070", "076", "077", "078", "079", "092", "056",
          "058", "099", "059"}
OLD_MOB = {"0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037", "0168": "038",
           "0169": "039", "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078", "0123": "083",
           "0124": "084", "0125": "085", "0127": "081", "0129": "082", "0186": "056", "0188": "058", "0199": "059"}
# current landline area codes: Hà Nội 024 (8-digit subscriber), Hưng Yên 0221, Bắc Ninh 0222, Vĩnh Phúc 0211
AREA = {"024": 8, "0221": 7, "0222": 7, "0211": 7}
# pre-2017 codes: Hà Nội 04, Hưng Yên 0321, Bắc Ninh 0241 (Vĩnh Phúc kept 0211)
OLD_AREA = {"04": "024", "0321": "0221", "0241": "0222"}

_EXT = re.compile(r"\s*(?:\(máy lẻ|ext\.|- số lẻ)\s*\d+\)?")
_LABEL = re.compile(r"\b(?:ĐT|Tel|Fax):\s*")
_NOTE = re.compile(r"\s*\((?:a|chị) [^)]*\)|\bAnh \w+ - | - Mr \w+")
_SPLIT = re.compile(r"\s+[-/|]\s+|[;,]\s*")


def phone_parts(s: str) -> list[str]:
    """The separate numbers written in one phone cell (extensions, labels and contact names removed)."""
    s = _NOTE.sub("", _LABEL.sub("", _EXT.sub("", s)))
    return [p.strip() for p in _SPLIT.split(s) if p.strip()]


def read_phone(part: str) -> tuple[str, str] | None:
    """(kind, canonical current number) of one number as written, or None if it is no Vietnamese number.

    kind: mobile | land | old_mobile | old_land | local (a landline written without its area code)."""
    if not re.fullmatch(r"[+()\d .\-]+", part):
        return None
    d = re.sub(r"\D", "", part)
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]  # +84 / 84 prefix
    elif d and d[0] != "0" and len(d) in (9, 10):
        d = "0" + d  # a number-typed cell lost the leading zero
    if len(d) == 10 and d[:3] in MOBILE:
        return "mobile", d
    if len(d) == 11 and d[:4] in OLD_MOB:
        return "old_mobile", OLD_MOB[d[:4]] + d[4:]
    for a, n in AREA.items():
        if d.startswith(a) and len(d) == len(a) + n and d[len(a)] in "234678":
            return "land", d
    for a, new in OLD_AREA.items():
        n = AREA[new]
        if d.startswith(a) and len(d) == len(a) + n and d[len(a)] in "234678":
            return "old_land", new + d[len(a):]
    if len(d) in (7, 8) and d[0] in "234678":
        return "local", d
    return None


def phone_numbers(s: str) -> list[tuple[str, str]]:
    out = []
    for p in phone_parts(s):
        r = read_phone(p)
        if r is not None:
            out.append(r)
    return out


def phone_keys(s: str) -> set[str]:
    """Last 7 digits of every number: identical across +84, lost zero, old area code and old 11-digit mobile."""
    return {num[-7:] for _, num in phone_numbers(s)}


# ---------------------------------------------------------------------------------------------------------------
# independent helpers: names and addresses as an officer reads them

# legal forms, product descriptors, country/city suffixes and branch wording (phrases first, stripped of diacritics)
NAME_PHRASES = sorted("""cong ty|co phan|trach nhiem huu han|mot thanh vien|doanh nghiep tu nhan|doanh nghiep
|tu nhan|ho kinh doanh|ho kd|co so san xuat|co so|chi nhanh|nha may|co khi chinh xac|co khi|khuon mau chinh xac
|khuon mau|nhua ky thuat|linh kien dien tu|dien tu|bao bi va in|bao bi|cao su ky thuat|cao su|phu lieu may
|day va cap dien|san xuat va thuong mai|thuong mai va san xuat|san xuat|thuong mai|ky thuat|cong nghe
|cong nghiep chinh xac|cong nghiep|co dien|thiet bi dien|gia cong kim loai|gia cong co khi|gia cong|kim loai|xi ma
|oc vit|dau tu va phat trien cong nghe|kim khi|viet nam|ha noi|nhua|joint stock|one member|single member
|limited liability|private enterprise|branch of""".replace("\n", "").split("|"), key=len, reverse=True)
_PHRASE_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in NAME_PHRASES) + r")\b")
NAME_STOP = set("""cty c ty tnhh ctcp cp mtv 1tv dntn dn tn hkd kd cs ct co ltd company limited jsc corp corporation
llc enterprise vietnam vina hanoi vn hn branch factory in of the and va xuong tien ren han duc precision mechanical
mould mold plastic plastics engineering electronic electronics components packaging printing rubber technical
garment accessories electric wire cable production trading technology industrial industry industries
electromechanical electrical equipment casting metal processing plating fastener investment development seiko
kogyo seimitsu denki kasei giken gomu tec kinzoku densen insatsu shiki seisakusho tekko manufacturing package parts
tech e t hitech innotech mechatronics chemical film mobile display mp pp ep mf""".split())
ADDR_STOP = set("""so lo lot no so nha ngo ng ngach pho duong street st str road rd phuong p xa x quan q huyen h
thi tran tt tp thanh pho tinh t ha noi hn hanoi viet nam vietnam district dist ward commune city province town kcn
khu cong nghiep cn ccn cum industrial park zone iz ip cluster tang toa t floor building tower thon xom cum hamlet
km quoc lo national""".split())


def name_tokens(s: str) -> set[str]:
    text = " ".join(re.findall(r"[a-z0-9]+", strip(s)))
    text = _PHRASE_RE.sub(" ", text)
    out = {t for t in text.split() if t not in NAME_STOP and not t.isdigit()}
    # katakana / kanji runs (Japanese vendor names) count as one brand word each
    out |= set(re.findall(r"[\u30a0-\u30ff\u4e00-\u9fff]{2,}", s))
    return out


def names_share_brand(ta: set[str], tb: set[str]) -> bool:
    if ta & tb:
        return True
    # joined / split spellings ("Vietmold" vs "Viet Mold"): a long token inside the other name's squashed tokens
    ja, jb = "".join(sorted(ta)), "".join(sorted(tb))
    return any(len(t) >= 5 and t in jb for t in ta) or any(len(t) >= 5 and t in ja for t in tb)


def addr_keys(s: str) -> tuple[set[str], set[str]]:
    toks = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)?", strip(s)))
    nums = {t for t in toks if any(c.isdigit() for c in t)}
    words = {t for t in toks if not any(c.isdigit() for c in t) and t not in ADDR_STOP and len(t) >= 3}
    return nums, words


# ---------------------------------------------------------------------------------------------------------------
# interface


def test_docstring_and_interface():
    assert gen.__doc__.startswith("ALL DATA IS SYNTHETIC.")
    for s in SOURCES:
        assert f"\n{s} " in gen.__doc__, s  # every source is documented
    recs = gen.records(300, 5)
    assert len(recs) == 300
    for r in recs:
        assert set(r) == KEYS
        assert all(isinstance(r[k], str) for k in KEYS)
        assert r["id"] and r["truth"]
    recs2, tags = gen.labelled(300, 5)
    assert recs2 == recs
    assert len(tags) == 300
    assert all(isinstance(t, tuple) and t and t[0].startswith("src:") for t in tags)
    assert all(isinstance(x, str) for t in tags for x in t)


@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 50, 999])
def test_exact_n_and_unique_ids(n):
    recs, tags = gen.labelled(n, 4)
    assert len(recs) == len(tags) == n
    assert gen.records(n, 4) == recs
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == n
    assert all(re.fullmatch(r"R\d{7}", i) for i in ids)


def test_deterministic_and_seeded():
    a = gen.labelled(2000, 7)
    assert a == gen.labelled(2000, 7)
    b = gen.labelled(2000, 8)
    assert a[0] != b[0]
    # not merely shuffled differently: the content differs
    assert {r["name"] for r in a[0]} != {r["name"] for r in b[0]}
    assert gen.records(2000) == gen.records(2000, 0)


def test_ids_and_truths(big):
    recs, _ = big
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids) == 20000
    assert all(re.fullmatch(r"R\d{7}", i) for i in ids)
    assert all(re.fullmatch(r"HN-E\d{7}", r["truth"]) for r in recs)


def test_shuffled(big):
    recs, _ = big
    same = sum(a["truth"] == b["truth"] for a, b in zip(recs[:5000], recs[1:5001], strict=True))
    assert same < 50


def test_sources_documented_and_sized(big, small):
    for recs, tags in (big, small):
        src = Counter(t[0][4:] for t in tags)
        assert set(src) == SOURCES
        assert min(src.values()) >= 0.025 * len(recs), src
        assert max(src.values()) <= 0.30 * len(recs), src
        for t in tags:
            assert sum(x.startswith("src:") for x in t) == 1
    _, tags = big
    traps = Counter(x for t in tags for x in t if x.startswith("trap:"))
    assert set(traps) == TRAPS
    assert min(traps.values()) >= 40, traps


def test_main_prints():
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert gen.main(["400", "2"]) == 0
    out = buf.getvalue()
    assert "records: 400" in out and "cluster-size histogram" in out and "source counts" in out
    for s in SOURCES:
        assert re.search(rf"^\s+{s}\s+\d+$", out, re.M), s


# ---------------------------------------------------------------------------------------------------------------
# cluster structure


def test_cluster_sizes_sane(big):
    recs, _ = big
    sizes = Counter(r["truth"] for r in recs)
    hist = Counter(sizes.values())
    ratio = len(recs) / len(sizes)
    assert 2.2 <= ratio <= 3.4, ratio
    assert hist[1] >= 0.25 * len(sizes)  # many enterprises appear in one list only
    assert sum(v for k, v in hist.items() if k >= 2) >= 0.5 * len(sizes)
    assert hist[1] > hist[2] > hist[3] > hist[5] > hist[8] > 0
    assert max(hist) <= 40
    in_multi = sum(k * v for k, v in hist.items() if k > 1)
    assert in_multi >= 0.75 * len(recs)


def test_small_n_has_multi_record_enterprises(small):
    recs, _ = small
    sizes = Counter(r["truth"] for r in recs)
    assert 1 in sizes.values() and max(sizes.values()) >= 5


# ---------------------------------------------------------------------------------------------------------------
# tax codes


def test_tax_codes_pass_check_digit_unless_mistyped(big):
    recs, tags = big
    n_ok = n_typo = n_typo_valid = n_cccd = 0
    for r, t in zip(recs, tags, strict=True):
        code = r["tax_code"]
        if not code:
            continue
        d = tax_digits(code)
        if "tax:typo" in t:
            n_typo += 1
            n_typo_valid += len(d) in (10, 13) and mst_ok(d[:10])
            continue
        if "tax:cccd" in t or (len(d) == 12 and HKD_NAME_TAGS & set(t)):
            n_cccd += 1
            # an Excel cell may also have eaten the two leading zeros of the citizen ID
            assert is_cccd(d) or is_cccd("00" + d) or "tax:excel_lossy" in t, r
            continue
        if "tax:excel_lossy" in t:
            assert sci_is_lossy(code), r
            continue
        assert len(d) in (10, 13), r
        assert mst_ok(d[:10]), r
        if len(d) == 13:
            assert d[10:] in ("001", "002", "003"), r
        n_ok += 1
    assert n_ok > 8000
    assert n_typo > 50 and n_cccd > 50
    assert n_typo_valid <= 0.02 * n_typo  # a swap of the last two digits may survive the check by chance


def test_clean_ten_digit_codes(big):
    recs, tags = big
    clean = [(r, t) for r, t in zip(recs, tags, strict=True) if re.fullmatch(r"\d{10}", r["tax_code"])]
    assert len(clean) > 5000
    bad = [r for r, t in clean if not mst_ok(r["tax_code"]) and not {"tax:typo", "tax:cccd"} & set(t)]
    assert not bad, bad[:3]


def test_tax_code_belongs_to_one_enterprise(big):
    recs, tags = big
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        d = usable_tax(r["tax_code"], t)
        if d and "tax:branch_suffix_dropped" not in t:
            owners[d].add(r["truth"])
    assert len(owners) > 3000
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, list(shared.items())[:3]


def test_branch_codes_are_separate_enterprises(big):
    recs, tags = big
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        d = usable_tax(r["tax_code"], t)
        if d and "tax:branch_suffix_dropped" not in t:
            owners[d].add(r["truth"])
    pairs = 0
    for code, truths in owners.items():
        if len(code) == 13:
            head = owners.get(code[:10])
            if head:
                pairs += 1
                assert not truths & head, code
    assert pairs > 30
    # branch records carry the -00k code (or nothing, or the head code when the bank dropped the suffix)
    n_branch_coded = 0
    for r, t in zip(recs, tags, strict=True):
        d = usable_tax(r["tax_code"], t)
        if "trap:branch" in t and d:
            if "tax:branch_suffix_dropped" in t:
                assert len(d) == 10
            else:
                assert len(d) == 13, r
                n_branch_coded += 1
        elif d and "trap:branch" not in t:
            assert len(d) != 13, r
    assert n_branch_coded > 50


def test_branches_of_one_head_share_the_root(big):
    recs, tags = big
    roots = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        d = usable_tax(r["tax_code"], t)
        if d and len(d) == 13:
            roots[d[:10]].add(d)
    assert sum(len(v) >= 2 for v in roots.values()) >= 1  # a head with -001 and -002


def test_registers_hold_only_hanoi_codes(big):
    """The tax department and the statistics office hold firms registered in Hà Nội only (01..., 05... of Hà Tây);
    households keep a personal tax code (8...) or, since 7/2025, the citizen ID.  A Hà Nội branch keeps the code
    of its head office, wherever that is registered."""
    recs, tags = big
    n = Counter()
    for r, t in zip(recs, tags, strict=True):
        if t[0] not in ("src:thue", "src:tke"):
            continue
        if t[0] == "src:thue":
            assert r["tax_code"], r  # always present in the tax extract
            assert "tax:typo" not in t and "tax:spaced" not in t
            assert re.fullmatch(r"\d{10}(-00\d)?|001\d{9}", r["tax_code"]), r
        d = usable_tax(r["tax_code"], t)
        if d is None or len(d) == 13:
            continue
        assert d[:2] in ("01", "05", "80"), r
        n[d[:2]] += 1
    assert n["01"] > 1000 and n["05"] > 20 and n["80"] > 20


def test_excel_damage_only_in_bank_list(big):
    recs, tags = big
    seen = Counter()
    for r, t in zip(recs, tags, strict=True):
        code = r["tax_code"]
        excel = bool(_SCI.fullmatch(code) or code.endswith(".0") or re.fullmatch(r"[1-9]\d{8}", code))
        if excel:
            assert t[0] == "src:hoadon", r
            seen["sci" if _SCI.fullmatch(code) else "dot0" if code.endswith(".0") else "nine"] += 1
    assert min(seen.values()) > 20 and len(seen) == 3


# ---------------------------------------------------------------------------------------------------------------
# phones


def test_phones_in_real_formats(big):
    recs, tags = big
    kinds = Counter()
    for r, t in zip(recs, tags, strict=True):
        if not r["phone"]:
            continue
        parts = phone_parts(r["phone"])
        assert 1 <= len(parts) <= 2, r
        for p in parts:
            got = read_phone(p)
            assert got is not None, (p, r)
            kind, num = got
            kinds[kind] += 1
            if kind == "local":
                # park hotlines are written without the format tags; every other local-only number is tagged
                assert "phone:local_only" in t or "phone:park_hotline" in t, (p, r)
    assert kinds["mobile"] > 5000 and kinds["land"] > 5000
    assert kinds["old_mobile"] > 50 and kinds["old_land"] > 100 and kinds["local"] > 50


def test_old_numbering_only_in_2015_list(big):
    recs, tags = big
    old_src = Counter()
    ds_total = 0
    for r, t in zip(recs, tags, strict=True):
        if t[0] == "src:ds2015":
            ds_total += 1
        for kind, _ in phone_numbers(r["phone"]):
            if kind.startswith("old_"):
                old_src[t[0]] += 1
                assert t[0] == "src:ds2015", r
                assert "phone:old_area_code" in t or "phone:old_11digit" in t, r
    assert old_src["src:ds2015"] > 0.2 * ds_total


def test_intl_and_lost_zero_formats(big):
    recs, tags = big
    plus84 = lost0 = 0
    for r in recs:
        for p in phone_parts(r["phone"]):
            d = re.sub(r"\D", "", p)
            plus84 += d.startswith("84") and len(d) in (11, 12)
            lost0 += d[:1] in ("2", "3", "5", "7", "8", "9") and len(d) in (9, 10) and not d.startswith("84")
    assert plus84 > 500 and lost0 > 500


def test_shared_phones_explained(big):
    """Numbers used by several enterprises are park hotlines, accounting offices, sisters or branches."""
    recs, tags = big
    users = defaultdict(set)
    keys = []
    for r in recs:
        k = {num for _, num in phone_numbers(r["phone"])}
        keys.append(k)
        for x in k:
            users[x].add(r["truth"])
    shared = {x for x, v in users.items() if len(v) > 1}
    assert sum(len(users[x]) >= 5 for x in shared) >= 10  # hotlines and accounting-service offices
    explain = {"phone:park_hotline", "phone:acct_shared", "trap:acct_phone", "trap:shared_addr", "trap:sister",
               "trap:branch", "trap:has_branch", "trap:namesake"}
    hit = unexplained = 0
    for k, t in zip(keys, tags, strict=True):
        if k & shared:
            hit += 1
            unexplained += not (explain & set(t))
    assert hit > 500
    assert unexplained <= 0.02 * hit, unexplained


# ---------------------------------------------------------------------------------------------------------------
# sources behave as documented


def test_source_habits(big):
    recs, tags = big
    by = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        by[t[0][4:]].append((r, t))
    # tax extract: official name in capitals with diacritics
    thue = by["thue"]
    assert all(is_upper(r["name"]) for r, _ in thue)
    assert sum(strip(r["name"]) != r["name"].lower() for r, _ in thue) > 0.9 * len(thue)
    # statistics office: capitals, cut at 45 characters, administrative address in old units
    for r, t in by["tke"]:
        assert is_upper(r["name"]), r
        assert len(r["name"]) <= 45 + ("name:typo" in t), r
        assert re.search(r"\b(quan|huyen|thi xa) ", strip(r["address"])), r
    assert sum(re.match(r"\d{4}-", r["name"]) is not None for r, _ in by["tke"]) > 0.05 * len(by["tke"])
    # bank list: no diacritics, upper case, name and address
    for r, _ in by["hoadon"]:
        assert no_diacritics(r["name"]) and is_upper(r["name"]), r
        assert no_diacritics(r["address"]) and is_upper(r["address"]), r
    # CNHT centre: spaced tax codes ("0101 234 567")
    assert sum(re.fullmatch(r"\d{4} \d{3} \d{3}(-\d{3})?", r["tax_code"]) is not None for r, _ in by["cnht"]) > 50
    # bank list and Japanese vendor list: "84..." / "+84" phones
    for src, share in (("hoadon", 0.2), ("jvendor", 0.3)):
        phones = [p for r, _ in by[src] for p in phone_parts(r["phone"])]
        assert sum(re.sub(r"\D", "", p).startswith("84") for p in phones) > share * len(phones), src
    # fair sign-up sheet: mostly lower case, often without diacritics, tax code rarely given
    hc = by["hoicho"]
    assert sum(r["name"] == r["name"].lower() for r, _ in hc) > 0.6 * len(hc)
    assert sum(bool(r["tax_code"]) for r, _ in hc) < 0.3 * len(hc)
    # Japanese vendor list: mostly English (ASCII) names, occasionally katakana
    jv = by["jvendor"]
    assert sum(r["name"].isascii() for r, _ in jv) > 0.8 * len(jv)
    assert any(re.search(r"[\u30a0-\u30ff]", r["name"]) for r, _ in jv)
    # craft-village list: Phùng Xá / Thạch Thất
    for r, _ in by["langnghe"]:
        assert "thach that" in strip(r["address"]), r
    # old 2015 list: some mojibake
    assert any("Ã" in r["name"] or "Ä" in r["name"] for r, _ in by["ds2015"])


def test_tax_department_addresses_mostly_new_units(big):
    recs, tags = big
    thue = [strip(r["address"]) for r, t in zip(recs, tags, strict=True) if t[0] == "src:thue"]
    no_district = sum(not re.search(r"\b(quan|huyen|thi xa|q|h|tx)\b\.?", a) for a in thue)
    assert no_district > 0.7 * len(thue)


def test_park_lists_hold_park_addresses(big):
    recs, tags = big
    parks = ("thang long", "noi bai", "quang minh", "thach that", "phu nghia", "sai dong", "hoa lac")
    n = 0
    for r, t in zip(recs, tags, strict=True):
        if t[0] == "src:kcn":
            a = strip(r["address"])
            assert any(p in a for p in parks), r
            n += 1
    assert n > 500


def test_records_keep_something_recognisable(big):
    recs, _ = big
    bare = sum(not r["tax_code"] and not r["phone"] and not r["address"] for r in recs)
    assert bare <= 0.01 * len(recs)
    assert all(r["name"].strip() for r in recs)


# ---------------------------------------------------------------------------------------------------------------
# traps


def _truth_tokens(recs, tags, srcs=("src:thue", "src:tke", "src:hoadon", "src:cnht")):
    out = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if t[0] in srcs and "name:old_name" not in t:
            toks = name_tokens(r["name"])
            if toks:
                out[r["truth"]].add(frozenset(toks))
    return out


def test_namesakes_share_a_brand_but_not_the_truth(big):
    """Brand collisions are common among Vietnamese firms anyway; a namesake trap is a pair of firms, both tagged,
    that read the same once legal form, product words and 'Việt Nam' / 'Hà Nội' are set aside."""
    recs, tags = big
    toks = _truth_tokens(recs, tags)
    trap = {r["truth"] for r, t in zip(recs, tags, strict=True) if "trap:namesake" in t}
    plain = {r["truth"] for r, t in zip(recs, tags, strict=True) if not any(x.startswith("trap:") for x in t)}
    by_key = defaultdict(set)
    for truth, keys in toks.items():
        for k in keys:
            by_key[k].add(truth)

    def twin_in_trap(truth):
        return any((by_key[k] & trap) - {truth} for k in toks.get(truth, ()))

    trap_seen = [x for x in trap if x in toks]
    plain_seen = [x for x in plain if x in toks]
    trap_rate = sum(map(twin_in_trap, trap_seen)) / len(trap_seen)
    plain_rate = sum(map(twin_in_trap, plain_seen)) / len(plain_seen)
    assert len(trap_seen) > 100
    assert trap_rate > 0.4 and trap_rate > 4 * plain_rate, (trap_rate, plain_rate)


def test_sisters_share_address_or_phone(big):
    recs, tags = big
    addr_users = defaultdict(set)
    phone_users = defaultdict(set)
    sisters = set()
    for r, t in zip(recs, tags, strict=True):
        if "trap:sister" in t:
            sisters.add(r["truth"])
        if r["address"]:
            addr_users[strip(r["address"])].add(r["truth"])
        for num in {num for _, num in phone_numbers(r["phone"])}:
            phone_users[num].add(r["truth"])
    linked = set()
    for users in list(addr_users.values()) + list(phone_users.values()):
        s = users & sisters
        if len(s) > 1:
            linked |= s
    assert len(sisters) > 100
    assert len(linked) > 0.3 * len(sisters), (len(linked), len(sisters))


def test_renamed_firms_keep_their_tax_code(big):
    recs, tags = big
    by_truth = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        if "trap:renamed" in t:
            by_truth[r["truth"]].append((r, t))
    both = 0
    for rows in by_truth.values():
        old = {usable_tax(r["tax_code"], t) for r, t in rows if "name:old_name" in t} - {None}
        new = {usable_tax(r["tax_code"], t) for r, t in rows if "name:old_name" not in t} - {None}
        if old and new:
            both += 1
            assert old == new, rows
    assert both > 20


# ---------------------------------------------------------------------------------------------------------------
# every enterprise is recoverable by a careful officer


def _link_stats(recs, tags):
    """Within each multi-record enterprise, join records sharing a tax digit run, a phone number that belongs
    to this enterprise only, a brand word, or a lot / house number with a place word.  Return (records in the
    largest chain, records in multi-record enterprises, enterprises fully chained, multi-record enterprises)."""
    phone_users = defaultdict(set)
    feats = []
    for r, t in zip(recs, tags, strict=True):
        ph = phone_keys(r["phone"])
        for k in ph:
            phone_users[k].add(r["truth"])
        d = tax_digits(r["tax_code"]) if r["tax_code"] and "tax:excel_lossy" not in t else ""
        feats.append((d[:10] if len(d) >= 10 else "", ph, name_tokens(r["name"]), addr_keys(r["address"])))
    clusters = defaultdict(list)
    for i, r in enumerate(recs):
        clusters[r["truth"]].append(i)
    in_main = total = full = multi = 0
    for members in clusters.values():
        if len(members) < 2:
            continue
        parent = {i: i for i in members}

        def find(i, parent=parent):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, j in combinations(members, 2):
            (ta, pa, na, (aa, wa)), (tb, pb, nb, (ab, wb)) = feats[i], feats[j]
            ok = (ta and ta == tb) or any(len(phone_users[k]) == 1 for k in pa & pb) \
                or names_share_brand(na, nb) or (aa & ab and wa & wb)
            if ok:
                parent[find(i)] = find(j)
        comp = Counter(find(i) for i in members)
        biggest = max(comp.values())
        in_main += biggest
        total += len(members)
        multi += 1
        full += biggest == len(members)
    return in_main, total, full, multi


def test_records_of_one_enterprise_are_linkable(big):
    recs, tags = big
    in_main, total, full, multi = _link_stats(recs, tags)
    assert total > 10000
    assert in_main >= 0.98 * total, in_main / total
    assert full >= 0.975 * multi, full / multi
    # the same evidence does not chain records of unrelated firms: with the truths permuted, it falls apart
    perm = [r["truth"] for r in recs]
    random.Random(0).shuffle(perm)
    fake = [dict(r, truth=x) for r, x in zip(recs, perm, strict=True)]
    f_main, f_total, f_full, f_multi = _link_stats(fake, tags)
    assert f_main < 0.6 * f_total and f_full < 0.1 * f_multi, (f_main / f_total, f_full / f_multi)


# ---------------------------------------------------------------------------------------------------------------
# speed


def test_100k_is_reasonably_fast():
    t0 = time.perf_counter()
    recs = gen.records(100_000, 1)
    assert len(recs) == 100_000
    assert len({r["id"] for r in recs}) == 100_000
    assert time.perf_counter() - t0 < 60
