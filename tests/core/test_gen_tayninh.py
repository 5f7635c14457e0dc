"""Independent checks of the synthetic Tây Ninh (Long An + Tây Ninh, merged 2025) CNHT entity-resolution benchmark
generator (bench/data/resolve/gen_tayninh.py).

Nothing is imported from ``lienket``: the tax check digit, the Excel damage to tax codes, the Vietnamese phone
numbering plans (current and pre-2017) and a careful officer's linking evidence are re-implemented here on purpose.
"""

from __future__ import annotations

import importlib.util
import random
import re
import time
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal
from itertools import combinations
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).resolve().parents[2] / "bench" / "data" / "resolve" / "gen_tayninh.py"


def _load():
    spec = importlib.util.spec_from_file_location("gen_tayninh_under_test", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load()

SOURCES = {"tax_tn2025", "bql_kcn", "cnht_la2019", "cnht_tn2020", "buyer_t2", "tw_assoc", "customs", "bhxh",
           "zalo_form"}
TRAPS = {"trap:branch", "trap:branch_head", "trap:sister", "trap:namesake", "trap:renamed", "trap:converted",
         "trap:moved", "trap:hq_hcm", "trap:head_phone"}
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


CJK = re.compile(r"[\u4e00-\u9fff]")


# ---------------------------------------------------------------------------------------------------------------
# independent helpers: tax codes

WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_ok(ten: str) -> bool:
    if len(ten) != 10 or not ten.isdigit():
        return False
    c = 10 - sum(int(d) * w for d, w in zip(ten[:9], WEIGHTS, strict=True)) % 11
    return c != 10 and int(ten[9]) == c


_SCI = re.compile(r"\d\.(\d+)E\+(\d\d)")


def tax_digits(code: str) -> str:
    """The digits an officer reads off the tax cell ('MST:', spaces, dots, dashes, Excel damage undone)."""
    s = code.strip()
    if _SCI.fullmatch(s):
        s = str(int(Decimal(s)))
    d = re.sub(r"\D", "", s)
    if len(d) == 9 or (len(d) == 12 and re.search(r"-\s*00\d$", s)):
        d = "0" + d  # a number-typed cell dropped the leading 0 of a 03... code (of a head office or a branch)
    return d


def sci_is_lossy(code: str) -> bool:
    """3.9012E+09 keeps 5 significant digits of a 10-digit number: the code cannot be recovered."""
    m = _SCI.fullmatch(code.strip())
    return bool(m) and len(m.group(1)) < int(m.group(2))


OTHER_NUMBER = {"tax:typo", "tax:irc", "tax:bhxh_code"}


def usable_tax(code: str, tags) -> str | None:
    """The 10- or 13-digit tax code of a record, or None when empty, mistyped, lossy or another number."""
    if not code or OTHER_NUMBER & set(tags) or sci_is_lossy(code):
        return None
    return tax_digits(code)


# ---------------------------------------------------------------------------------------------------------------
# independent helpers: phones

MOBILE = {"086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039", "088", "091", "094",
          "083", "084", "085", "081", "082", "089", "090", "093", "070", "076", "077", "078", "079", "092", "056",
          "058", "099", "059"}
OLD_MOB = {"0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037", "0168": "038",
           "0169": "039", "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078", "0123": "083",
           "0124": "084", "0125": "085", "0127": "081", "0129": "082", "0186": "056", "0188": "058", "0199": "059"}
# landlines: old Long An 0272, old Tây Ninh 0276 (named in the docstring); HCMC 028 (8-digit subscriber),
# Bình Dương 0274, Đồng Nai 0251 for the head offices and suppliers outside the province
AREA = {"0272": 7, "0276": 7, "028": 8, "0274": 7, "0251": 7}
# pre-2017: Long An 072, Tây Ninh 066 (docstring); Bình Dương 0650, Đồng Nai 061 (head offices' phones)
OLD_AREA = {"072": "0272", "066": "0276", "0650": "0274", "061": "0251"}

_SPLIT = re.compile(r"\s+[-/–|]\s+|[;,]\s*")


def phone_parts(s: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(s) if p.strip()]


def read_phone(part: str) -> tuple[str, str] | None:
    """(kind, canonical current number) of one number as written, or None if it is no real number.

    kind: mobile | land | old_mobile | old_land | tw (a Taiwanese +886 mobile)."""
    if not re.fullmatch(r"[+()\d .\-]+", part):
        return None
    d = re.sub(r"\D", "", part)
    if part.startswith("+886"):
        return ("tw", d) if re.fullmatch(r"8869\d{8}", d) else None
    if d.startswith("84") and len(d) in (11, 12):
        d = "0" + d[2:]  # +84 / 84 prefix
    elif d and d[0] != "0" and len(d) in (9, 10):
        d = "0" + d  # an Excel cell lost the leading zero
    if len(d) == 10 and d[:3] in MOBILE:
        return "mobile", d
    if len(d) == 11 and d[:4] in OLD_MOB:
        return "old_mobile", OLD_MOB[d[:4]] + d[4:]
    for a, n in AREA.items():
        if d.startswith(a) and len(d) == len(a) + n and d[len(a)] in "2356789":
            return "land", d
    for a, new in OLD_AREA.items():
        if d.startswith(a) and len(d) == len(a) + AREA[new]:
            return "old_land", new + d[len(a):]
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

NAME_PHRASES = sorted("""cong ty|co phan|trach nhiem huu han|mot thanh vien|1 tv|doanh nghiep tu nhan|doanh nghiep
|chi nhanh|nha may|san xuat|thuong mai|dich vu|dau tu|ky thuat|xuat nhap khau|keo soi|det nhuom|det may|det kim
|may mac|khoa keo|nhan mac|phu lieu may|de giay|giay da|vat lieu giay|da thuoc|chi may|bang det|mut xop|khuon mau
|co khi|ket cau thep|day cap dien|day dien|thiet bi dien|bao bi nhua|bao bi giay|bao bi|thung carton|oc vit|xi ma
|in bao bi|mang nhua|linh kien dien tu|cong nghiep|viet nam|quoc te|trung quoc|dai loan|han quoc|nhat ban
|joint stock|one member|private enterprise|company limited|narrow fabric|eva foam|pe film|paper box|print pack
|wire cable|steel structure|steel structures|shoe sole|sewing thread|label tag|dyeing finishing|weaving dyeing
|textile garment|plastic packaging|plastics packaging|paper packaging|packaging printing|electronic components
|electrical equipment|electric wire|footwear materials|shoe materials|footwear material|garment accessories
|plastic pack|paper pack|plastic film|import export|production trading service|production trading
|trading service""".replace("\n", "").split("|"), key=len, reverse=True)
_PHRASE_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in NAME_PHRASES) + r")\b")
NAME_STOP = set("""cty c ty tnhh ctcp cp mtv 1tv tv dntn dn tn sx tm dv sxtm sxtmdv tmdv dt kt xnk co ltd jsc j s c
corporation corp pte enterprise company limited vietnam viet nam vina international intl int l branch factory f
tai soi det nhuom nhua duc yarn yarns spinning weaving textile textiles dyeing knitting knit garment garments apparel
zipper zippers zip label labels trims accessories sole outsole footwear shoes shoe leather leathers tannery thread
threads webbing tape foam foams mould mold moulds mechanical mechanics engineering steel cable cables wire wires
electric electrical packaging pack packing carton cartons paper plastic plastics fastener fasteners screw casting
foundry plating electroplating printing film electronics industrial industry industries seiki kogyo denki sangyo
kasei seisakusho giken tech tq dl hq nhat china taiwan korea japan mst and in of the""".split())
ZH_STOP = re.compile("有限公司|股份|越南|國際|国际|企業|企业|分公司|廠|厂|隆安|西寧|二|三|紡紗|纺纱|織造|织造|染整|紡織|纺织|針織"
                     "|针织|製衣|制衣|拉鏈|拉链|商標|商标|輔料|辅料|鞋底|鞋業|鞋业|鞋材|皮革|線業|线业|織帶|织带|泡棉|模具|機械"
                     "|机械|鋼構|钢构|電纜|电缆|電線|电线|電器|电器|包裝|包装|塑膠|塑胶|紙箱|纸箱|紙品|纸品|螺絲|螺丝|鑄造|铸造"
                     "|電鍍|电镀|印刷|膠膜|胶膜|電子|电子|實業|实业")
ADDR_STOP = set("""so lo lot no dat duong road ap khu pho quarter hamlet phuong p xa x huyen h thi tran tt tx tp thanh
thi quan q tinh t long an tay ninh la tn ho chi minh hcm binh duong bd dong nai viet nam vietnam district ward
commune city province town kcn khu cong nghiep cn ccn cum industrial park zone ip cluster ic tang floor thua ban do
to quoc lo national provincial dt tl ql""".split())


def name_tokens(s: str) -> set[str]:
    text = " ".join(re.findall(r"[a-z0-9]+", strip(s)))
    text = _PHRASE_RE.sub(" ", text)
    out = {t for t in text.split() if t not in NAME_STOP and not t.isdigit()}
    out |= {run for run in re.findall(r"[\u4e00-\u9fff]{2,}", ZH_STOP.sub(" ", s))}
    return out


def names_share_brand(ta: set[str], tb: set[str]) -> bool:
    if ta & tb:
        return True
    # joined / split / hyphenated spellings ("Xingtai", "Xing Tai", "Hsin-Tai"): a token inside the other name
    ja, jb = "".join(sorted(ta)), "".join(sorted(tb))
    return any(len(t) >= 4 and t in jb for t in ta) or any(len(t) >= 4 and t in ja for t in tb)


def addr_keys(s: str) -> tuple[set[str], set[str]]:
    toks = set(re.findall(r"[a-z0-9]+(?:[-.][a-z0-9]+)?", strip(s)))
    nums = {t for t in toks if any(c.isdigit() for c in t)}
    words = {t for t in toks if not any(c.isdigit() for c in t) and t not in ADDR_STOP and len(t) >= 3}
    return nums, words


# ---------------------------------------------------------------------------------------------------------------
# interface


def test_docstring_and_interface():
    assert gen.__doc__.startswith("ALL DATA IS SYNTHETIC.")
    for s in SOURCES:
        assert re.search(rf"\n{s}\s", gen.__doc__), s  # every source is documented
    for t in TRAPS - {"trap:head_phone"}:
        assert t in gen.__doc__, t
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
    with pytest.raises(ValueError):
        gen.labelled(-1)


@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 50, 999])
def test_exact_n_and_unique_ids(n):
    recs, tags = gen.labelled(n, 4)
    assert len(recs) == len(tags) == n
    assert gen.records(n, 4) == recs
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == n


def test_deterministic_and_seeded():
    a = gen.labelled(2000, 7)
    assert a == gen.labelled(2000, 7)
    b = gen.labelled(2000, 8)
    assert a[0] != b[0]
    assert {r["name"] for r in a[0]} != {r["name"] for r in b[0]}
    assert gen.records(2000) == gen.records(2000, 0)


def test_ids_number_each_source(big):
    """Ids are '<source prefix>-<running number>': one prefix per source, numbered 1..k without gaps."""
    recs, tags = big
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids) == 20000
    prefix_src = defaultdict(set)
    numbers = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        m = re.fullmatch(r"([A-Z0-9]+)-(\d{7})", r["id"])
        assert m, r["id"]
        prefix_src[m.group(1)].add(t[0])
        numbers[m.group(1)].append(int(m.group(2)))
    assert all(len(v) == 1 for v in prefix_src.values())
    assert len(prefix_src) == len(SOURCES)
    for nums in numbers.values():
        assert sorted(nums) == list(range(1, len(nums) + 1))
    assert all(re.fullmatch(r"DN[0-9A-F]{7}", r["truth"]) for r in recs)


def test_shuffled(big):
    recs, _ = big
    same = sum(a["truth"] == b["truth"] for a, b in zip(recs[:5000], recs[1:5001], strict=True))
    assert same < 50


def test_sources_documented_and_sized(big, small):
    for recs, tags in (big, small):
        src = Counter(t[0][4:] for t in tags)
        assert set(src) == SOURCES
        assert min(src.values()) >= 0.02 * len(recs), src
        assert max(src.values()) <= 0.30 * len(recs), src
        for t in tags:
            assert sum(x.startswith("src:") for x in t) == 1
    _, tags = big
    traps = Counter(x for t in tags for x in t if x.startswith("trap:"))
    assert set(traps) == TRAPS
    assert min(traps.values()) >= 20, traps


def test_main_prints(capsys):
    gen.main(["400", "2", "--show", "2"])
    out = capsys.readouterr().out
    assert "records: 400" in out and "cluster sizes" in out and "sources:" in out
    assert out.count("=== DN") == 2
    with pytest.raises(SystemExit):
        gen.main([])


# ---------------------------------------------------------------------------------------------------------------
# cluster structure


def test_cluster_sizes_sane(big):
    recs, _ = big
    sizes = Counter(r["truth"] for r in recs)
    hist = Counter(sizes.values())
    ratio = len(recs) / len(sizes)
    assert 2.2 <= ratio <= 3.4, ratio
    assert hist[1] >= 0.25 * len(sizes)
    assert sum(v for k, v in hist.items() if k >= 2) >= 0.5 * len(sizes)
    assert hist[1] > hist[2] > hist[3] > hist[5] > hist[8] > 0
    assert max(hist) <= 30
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
    n_ok = n_typo = n_typo_valid = n_other = 0
    for r, t in zip(recs, tags, strict=True):
        code = r["tax_code"]
        if not code:
            continue
        d = tax_digits(code)
        if "tax:typo" in t:
            n_typo += 1
            n_typo_valid += len(d) in (10, 13) and mst_ok(d[:10])
            continue
        if "tax:irc" in t:  # investment registration number: 10-digit project code or old 12-digit '..2043..' IC
            n_other += 1
            assert re.fullmatch(r"(50|45|46)\d{8}|(50|45|46)2043\d{6}", d), r
            continue
        if "tax:bhxh_code" in t:  # social-insurance unit code
            n_other += 1
            assert re.fullmatch(r"[A-Z]{2}\d{4}[A-Z]", code), r
            continue
        if sci_is_lossy(code):
            assert "tax:sci" in t, r
            continue
        assert len(d) in (10, 13), r
        assert mst_ok(d[:10]), r
        if len(d) == 13:
            assert d[10:] in ("001", "002", "003"), r
        n_ok += 1
    assert n_ok > 8000
    assert n_typo > 50 and n_other > 200
    assert n_typo_valid <= 0.02 * n_typo  # a swap of the last two digits may survive the check by chance


def test_clean_ten_digit_codes(big):
    recs, tags = big
    clean = [(r, t) for r, t in zip(recs, tags, strict=True) if re.fullmatch(r"\d{10}", r["tax_code"])]
    assert len(clean) > 5000
    bad = [r for r, t in clean if not mst_ok(r["tax_code"]) and not OTHER_NUMBER & set(t)]
    assert not bad, bad[:3]


def _owners(recs, tags):
    owners = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        d = usable_tax(r["tax_code"], t)
        if d and "tax:head_code" not in t:
            owners[d].add(r["truth"])
    return owners


def test_tax_code_belongs_to_one_enterprise(big):
    owners = _owners(*big)
    assert len(owners) > 3000
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, list(shared.items())[:3]


def test_branch_codes_are_separate_enterprises(big):
    recs, tags = big
    owners = _owners(recs, tags)
    pairs = 0
    for code, truths in owners.items():
        if len(code) == 13:
            head = owners.get(code[:10])
            if head:
                pairs += 1
                assert not truths & head, code
    assert pairs > 100
    n_branch_coded = 0
    for r, t in zip(recs, tags, strict=True):
        d = usable_tax(r["tax_code"], t)
        if not d:
            continue
        if "trap:branch" in t and "tax:head_code" not in t:
            assert len(d) == 13, r
            n_branch_coded += 1
        else:
            assert len(d) == 10, r
    assert n_branch_coded > 200
    # a branch record showing the head-office code is tagged, and the code is the head's
    for r, t in zip(recs, tags, strict=True):
        if "tax:head_code" in t:
            assert "trap:branch" in t
            d = tax_digits(r["tax_code"])
            assert r["truth"] not in owners.get(d, set()), r


def test_provincial_tax_extract(big):
    """Only entities registered in old Long An / old Tây Ninh (codes 11..., 39...) and local branches of outside
    firms; the code is always there."""
    recs, tags = big
    roots = Counter()
    for r, t in zip(recs, tags, strict=True):
        if t[0] != "src:tax_tn2025":
            continue
        assert re.fullmatch(r"\d{10}(-00[1-3])?", r["tax_code"]), r
        d = r["tax_code"]
        if len(d) == 10:
            assert d[:2] in ("11", "39"), r
        else:
            roots[d[:2]] += 1
    assert roots["03"] > 20 and roots["37"] + roots["36"] > 10  # branches of HCMC / Bình Dương / Đồng Nai firms


def test_customs_always_has_the_code(big):
    recs, tags = big
    glued = dashed = 0
    for r, t in zip(recs, tags, strict=True):
        if t[0] != "src:customs":
            continue
        d = tax_digits(r["tax_code"])
        assert len(d) in (10, 13) and mst_ok(d[:10]), r
        if len(d) == 13:
            glued += "-" not in r["tax_code"]
            dashed += "-" in r["tax_code"]
    assert glued > 20 and dashed > 20


def test_excel_damage_only_in_social_insurance(big):
    recs, tags = big
    seen = Counter()
    for r, t in zip(recs, tags, strict=True):
        code = r["tax_code"]
        if _SCI.fullmatch(code):
            assert t[0] == "src:bhxh", r
            seen["lossy" if sci_is_lossy(code) else "exact"] += 1
        if re.fullmatch(r"3\d{8}(-00\d)?", code):  # HCMC 03... code without its leading zero
            assert t[0] in ("src:bhxh", "src:zalo_form") and "tax:lead0" in t, r
            seen["lead0"] += 1
    assert seen["lossy"] > 50 and seen["exact"] > 5 and seen["lead0"] > 20


def test_investment_numbers_only_in_park_lists(big):
    recs, tags = big
    n = 0
    for r, t in zip(recs, tags, strict=True):
        if "tax:irc" in t:
            assert t[0] == "src:bql_kcn"
            n += 1
        if re.search(r"(50|45|46)2043\d{6}", re.sub(r"\D", "", r["tax_code"])):
            assert "tax:irc" in t, r
    assert n > 100


# ---------------------------------------------------------------------------------------------------------------
# phones


def test_phones_in_real_formats(big):
    recs, tags = big
    kinds = Counter()
    for r, t in zip(recs, tags, strict=True):
        if not r["phone"] or "phone:staff" in t:  # staff mobiles: see the xfail below
            continue
        parts = phone_parts(r["phone"])
        assert 1 <= len(parts) <= 4, r
        for p in parts:
            got = read_phone(p)
            assert got is not None, (p, r)
            kinds[got[0]] += 1
            if got[0] == "tw":
                assert t[0] == "src:tw_assoc" and "phone:tw_mobile" in t, r
    assert kinds["mobile"] > 5000 and kinds["land"] > 2000
    assert kinds["old_mobile"] > 30 and kinds["old_land"] > 100 and kinds["tw"] > 30


@pytest.mark.xfail(strict=True, reason="generator bug: zalo_form staff mobiles are drawn from 090-099, which "
                   "includes 095 (S-Fone, closed 2012; absent from the generator's own prefix table)")
def test_staff_mobiles_use_live_prefixes(big):
    recs, tags = big
    staff = [r for r, t in zip(recs, tags, strict=True) if "phone:staff" in t]
    assert len(staff) > 50
    for r in staff:
        assert all(read_phone(p) is not None for p in phone_parts(r["phone"])), r


def test_old_numbering_only_in_the_old_survey_lists(big):
    """Pre-2017 numbering: 072 (Long An) in the 2019 Long An list, 066 (Tây Ninh) in the 2020 Tây Ninh list,
    11-digit mobiles in those hand-kept lists only."""
    recs, tags = big
    seen = Counter()
    for r, t in zip(recs, tags, strict=True):
        for p in phone_parts(r["phone"]):
            got = read_phone(p)
            if got is None or not got[0].startswith("old_"):
                continue
            d = re.sub(r"\D", "", p)
            seen[(t[0], got[0], d[:3])] += 1
            assert t[0] in ("src:cnht_la2019", "src:cnht_tn2020"), r
            if got[0] == "old_land":
                assert "phone:old_area" in t, r
                if (t[0], d[:3]) not in (("src:cnht_la2019", "072"), ("src:cnht_tn2020", "066")):
                    # a local branch listing the phone of its head office in the other old province, Bình Dương
                    # or Đồng Nai
                    assert "trap:head_phone" in t, r
            else:
                assert "phone:old_mobile" in t, r
    assert seen[("src:cnht_la2019", "old_land", "072")] > 50
    assert seen[("src:cnht_tn2020", "old_land", "066")] > 30
    assert sum(v for k, v in seen.items() if k[:2] == ("src:cnht_la2019", "old_mobile")) > 10


def test_shared_phones_explained(big):
    """Numbers used by several enterprises are park hotlines, accounting services, sisters or branches."""
    recs, tags = big
    users = defaultdict(set)
    keys = []
    for r in recs:
        k = {num for _, num in phone_numbers(r["phone"])}
        keys.append(k)
        for x in k:
            users[x].add(r["truth"])
    shared = {x for x, v in users.items() if len(v) > 1}
    assert sum(len(users[x]) >= 5 for x in shared) >= 10
    explain = {"phone:hotline", "phone:shared_acct", "phone:acct", "trap:sister", "trap:branch",
               "trap:branch_head", "trap:head_phone", "trap:namesake", "phone:staff", "name:generic"}
    hit = unexplained = 0
    for k, t in zip(keys, tags, strict=True):
        if k & shared:
            hit += 1
            unexplained += not (explain & set(t))
    assert hit > 500
    assert unexplained <= 0.03 * hit, unexplained


# ---------------------------------------------------------------------------------------------------------------
# sources behave as documented


def test_source_habits(big):
    recs, tags = big
    by = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        by[t[0][4:]].append((r, t))
    # provincial tax office: mostly capitals with diacritics
    tx = by["tax_tn2025"]
    assert sum(is_upper(r["name"]) for r, _ in tx) > 0.8 * len(tx)
    assert sum(not no_diacritics(r["name"]) for r, _ in tx) > 0.9 * len(tx)
    # customs: capitals without diacritics, names cut at 40 characters
    for r, _ in by["customs"]:
        assert is_upper(r["name"]) and no_diacritics(r["name"]) and len(r["name"]) <= 40, r
        assert is_upper(r["address"]) and no_diacritics(r["address"]), r
    assert sum(len(r["name"]) == 40 for r, _ in by["customs"]) > 0.1 * len(by["customs"])
    # social insurance: names (mostly) in capitals
    bh = by["bhxh"]
    assert sum(is_upper(r["name"]) for r, _ in bh) > 0.75 * len(bh)
    # Zalo form: lower case, usually without diacritics
    zl = by["zalo_form"]
    assert all(r["name"] == r["name"].lower() for r, _ in zl)
    assert sum(no_diacritics(r["name"]) for r, _ in zl) > 0.6 * len(zl)
    # global buyer's tier-2 list: English, +84 phones, tax code rarely
    t2 = by["buyer_t2"]
    assert all(r["name"].isascii() for r, _ in t2)
    phones = [p for r, _ in t2 for p in phone_parts(r["phone"])]
    assert sum(p.lstrip("(").startswith(("+84", "84")) for p in phones) > 0.5 * len(phones)
    assert sum(bool(r["tax_code"]) for r, _ in t2) < 0.35 * len(t2)
    # Taiwanese association: Chinese characters in a good share of names
    tw = by["tw_assoc"]
    assert sum(bool(CJK.search(r["name"])) for r, _ in tw) > 0.2 * len(tw)
    assert not any(CJK.search(r["name"]) for s, rows in by.items() if s not in ("tw_assoc", "bql_kcn")
                   for r, _ in rows)
    # park management boards: every address is in an industrial park or cluster
    zone = re.compile(r"(?<!\w)(kcn|k\.c\.n|khu cong nghiep|ccn|cum cong nghiep|cum cn|industrial|ip|i\.p\.|ic)(?!\w)")
    for r, _ in by["bql_kcn"]:
        assert zone.search(strip(r["address"])), r


def test_merged_province_in_new_units(big):
    """Since 7/2025 the tax extract writes the new commune and 'Tây Ninh' also for places of old Long An."""
    recs, tags = big
    n = old_la = 0
    for r, t in zip(recs, tags, strict=True):
        if t[0] != "src:tax_tn2025":
            continue
        a = strip(r["address"])
        if "trap:hq_hcm" in t:
            continue  # see the xfail below
        if "addr:old_units" in t or "addr:mixed" in t:
            old_la += "long an" in a and "tay ninh" not in a
            continue
        n += 1
        assert "tay ninh" in a, r
        assert not re.search(r"\b(huyen|h\.|thi xa|tx)\b", a), r
    assert n > 0.7 * sum(t[0] == "src:tax_tn2025" for t in tags)
    assert old_la > 20


@pytest.mark.xfail(strict=True, reason="generator bug: a sister firm that gets its own HCMC head office keeps the "
                   "base firm's Long An / Tây Ninh registration (11... / 39... code) and so shows up in the provincial "
                   "tax extract with an HCMC address")
def test_hcmc_head_offices_carry_hcmc_codes(big):
    recs, tags = big
    n = 0
    for r, t in zip(recs, tags, strict=True):
        d = usable_tax(r["tax_code"], t)
        if "trap:hq_hcm" in t and d and len(d) == 10 and "tax:head_code" not in t:
            n += 1
            assert d.startswith("03"), r
    assert n > 100


def test_old_survey_lists_use_old_provinces(big):
    recs, tags = big
    for src, prov, ab in (("src:cnht_la2019", "long an", "la"), ("src:cnht_tn2020", "tay ninh", "tn")):
        rows = [strip(r["address"]) for r, t in zip(recs, tags, strict=True) if t[0] == src]
        ok = sum(prov in a or re.search(rf"\b{ab}\b", a) is not None for a in rows)
        assert ok > 0.95 * len(rows), src
        assert not any("tay ninh" in a and "long an" in a for a in rows)
    # Trảng Bàng became a town in 2020: the 2020 list still says 'huyện' for some rows, 'thị xã' for others
    tb = [strip(r["address"]) for r, t in zip(recs, tags, strict=True)
          if t[0] == "src:cnht_tn2020" and "trang bang" in strip(r["address"])]
    assert any(re.search(r"\b(huyen|h\.) ?trang bang", a) for a in tb)
    assert any(re.search(r"\b(thi xa|tx\.?) ?trang bang", a) for a in tb)


def test_encoding_habits_of_the_2020_list(big):
    recs, tags = big
    # 'Hoà', 'Thuỵ' (tone on the second vowel of oa/oe/uy at the end of a syllable); 'Quý' is spelled so either way
    oldtone = re.compile(r"(?<!q)(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![^\W\d_])", re.I)
    nfd = old = 0
    for r, t in zip(recs, tags, strict=True):
        nfc = unicodedata.normalize("NFC", r["name"])
        if nfc != r["name"]:
            assert t[0] == "src:cnht_tn2020" and "enc:nfd" in t, r
            nfd += 1
        if oldtone.search(nfc) or oldtone.search(unicodedata.normalize("NFC", r["address"])):
            if "name:typo" in t or "addr:typo" in t:
                continue  # a swapped letter can move the tone mark ('Bảo' -> 'Boả')
            assert t[0] == "src:cnht_tn2020", r
            old += 1
    assert nfd > 30 and old > 40


def test_records_keep_something_recognisable(big):
    recs, _ = big
    bare = sum(not r["tax_code"] and not r["phone"] and not r["address"] for r in recs)
    assert bare <= 0.02 * len(recs)
    assert all(r["name"].strip() for r in recs)


# ---------------------------------------------------------------------------------------------------------------
# traps


def _truth_tokens(recs, tags, srcs=("src:tax_tn2025", "src:bhxh", "src:cnht_la2019", "src:cnht_tn2020")):
    out = defaultdict(set)
    for r, t in zip(recs, tags, strict=True):
        if t[0] in srcs and "name:old" not in t and "trap:branch" not in t:
            toks = name_tokens(r["name"])
            if toks:
                out[r["truth"]].add(frozenset(toks))
    return out


def test_namesakes_share_a_brand_but_not_the_truth(big):
    """A namesake trap is a pair of firms, both tagged, that read the same once legal form, trade and product
    words are set aside (or whose Chinese brand is a homophone)."""
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
    assert trap_rate > 0.3 and trap_rate > 4 * plain_rate, (trap_rate, plain_rate)


def test_sisters_share_site_or_phone(big):
    recs, tags = big
    users = defaultdict(set)
    sisters = set()
    for r, t in zip(recs, tags, strict=True):
        if "trap:sister" in t:
            sisters.add(r["truth"])
        for num in {num for _, num in phone_numbers(r["phone"])}:
            users[("P", num)].add(r["truth"])
        nums, words = addr_keys(r["address"])
        for x in nums:
            for w in words:
                users[("A", x, w)].add(r["truth"])
    linked = set()
    for v in users.values():
        s = v & sisters
        if len(s) > 1:
            linked |= s
    assert len(sisters) > 100
    assert len(linked) > 0.5 * len(sisters), (len(linked), len(sisters))


def test_renamed_firms_keep_their_tax_code(big):
    recs, tags = big
    by_truth = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        if "trap:renamed" in t:
            by_truth[r["truth"]].append((r, t))
    both = 0
    for rows in by_truth.values():
        old = {usable_tax(r["tax_code"], t) for r, t in rows if "name:old" in t} - {None}
        new = {usable_tax(r["tax_code"], t) for r, t in rows if "name:old" not in t} - {None}
        if old and new:
            both += 1
            assert old == new, rows
    assert both > 10


def test_hcmc_head_offices_show_two_addresses(big):
    recs, tags = big
    by_truth = defaultdict(list)
    for r, t in zip(recs, tags, strict=True):
        if "trap:hq_hcm" in t and r["address"]:
            by_truth[r["truth"]].append(strip(r["address"]))
    both = 0
    for addrs in by_truth.values():
        hcm = any("ho chi minh" in a or "hcm" in a for a in addrs)
        park = any(re.search(r"\b(kcn|khu cong nghiep|industrial|ip)\b", a) for a in addrs)
        both += hcm and park
    assert len(by_truth) > 100
    assert both > 0.15 * len(by_truth), both


# ---------------------------------------------------------------------------------------------------------------
# every enterprise is recoverable by a careful officer


def _link_stats(recs, tags):
    """Within each multi-record enterprise, join records sharing a tax digit run, a phone number that belongs
    to this enterprise only, a brand word, or a lot / house number with a place word.  Return (records in the
    largest chain, records in multi-record enterprises, enterprises fully chained, multi-record enterprises)."""
    phone_users = defaultdict(set)
    feats = []
    for r in recs:
        ph = phone_keys(r["phone"])
        for k in ph:
            phone_users[k].add(r["truth"])
        d = "" if not r["tax_code"] or sci_is_lossy(r["tax_code"]) else tax_digits(r["tax_code"])
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
