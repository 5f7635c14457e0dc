"""lienket.core.synth: determinism, sizes, referential integrity, realism, real seeds, CLI (no database)."""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from datetime import date, timedelta

import pytest

from lienket.cli import CommandError
from lienket.core import geo
from lienket.core.synth import (
    AS_OF,
    SynthDataset,
    generate,
    iter_enterprises,
    real_seeds,
    seed_sections,
)
from lienket.core.synth.records import ZoneRec, build
from lienket.core.taxonomy import load_taxonomy
from lienket.core.text import is_valid_tax_code

WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


@pytest.fixture(scope="module")
def ds() -> SynthDataset:
    return generate(seed=11, enterprises=800, extra_zones=8)


@pytest.fixture(scope="module")
def products():
    return {p.code: p for p in load_taxonomy("2025").products()}


# ------------------------------------------------------------------ determinism and sizes


def test_same_seed_and_arguments_give_identical_json():
    a = generate(seed=5, enterprises=200, extra_zones=3).to_json()
    b = generate(seed=5, enterprises=200, extra_zones=3).to_json()
    assert a == b


def test_different_seeds_give_different_data():
    a = generate(seed=5, enterprises=50).to_json()
    b = generate(seed=6, enterprises=50).to_json()
    assert a != b


def test_json_round_trip_rebuilds_equal_records(ds):
    again = SynthDataset.from_json(ds.to_json())
    assert again == ds
    assert again.to_json() == ds.to_json()


def test_sizes(ds):
    synthetic = [e for e in ds.enterprises if e.is_synthetic]
    assert len(synthetic) == 800
    assert len([z for z in ds.zones if z.is_synthetic]) == 8
    assert len([z for z in ds.zones if not z.is_synthetic]) == len(real_seeds().zones)
    c = ds.counts()
    assert c["offerings"] > 500 and c["demands"] > 100 and c["projects"] > 50 and c["links"] > 50
    assert c["zone_figures"] > 10


def test_without_real_data_everything_is_synthetic():
    d = generate(seed=1, enterprises=40, include_real=False, extra_zones=2)
    assert all(z.is_synthetic for z in d.zones) and all(e.is_synthetic for e in d.enterprises)
    assert len(d.enterprises) == 40 and len(d.zones) == 2


def test_province_filter_keeps_only_that_province():
    d = generate(seed=2, enterprises=60, province_codes=["19"], extra_zones=2)
    assert {e.province_code for e in d.enterprises} == {"19"}
    assert {z.province_code for z in d.zones} == {"19"}


def test_unknown_province_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown province code '99'"):
        generate(seed=1, enterprises=5, province_codes=["99"])


# ------------------------------------------------------------------ validity


def test_demand_source_shares_sum_to_one(ds):
    assert ds.demands
    for d in ds.demands:
        assert abs(sum(s.share for s in d.sources) - 1.0) < 1e-9, d.key
        assert all(0 < s.share <= 1 for s in d.sources)
        for s in d.sources:
            assert s.kind in ("import", "domestic", "in_province")
            if s.kind == "import":
                assert s.country and s.country != "VN" and s.supplier_key is None


def test_tax_codes_are_format_valid_unique_and_in_the_synthetic_range(ds):
    codes = [e.tax_code for e in ds.enterprises if e.is_synthetic and e.tax_code]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert is_valid_tax_code(code), code
        assert code.startswith("9"), code
        body = code[:10]
        check = 10 - sum(int(d) * w for d, w in zip(body[:9], WEIGHTS, strict=True)) % 11
        assert check < 10 and int(body[9]) == check, code
    assert any("-" in c for c in codes), "expected some branch codes NNNNNNNNNN-NNN"


def test_datasets_of_different_seeds_share_no_keys_or_tax_codes():
    a = generate(seed=1, enterprises=300, include_real=False, extra_zones=2)
    b = generate(seed=2, enterprises=300, include_real=False, extra_zones=2)
    assert not {e.tax_code for e in a.enterprises} & {e.tax_code for e in b.enterprises} - {None}
    assert not {e.key for e in a.enterprises} & {e.key for e in b.enterprises}
    assert not {z.code for z in a.zones} & {z.code for z in b.zones}
    certs = [p.certificate_no for p in a.projects]
    assert len(certs) == len(set(certs))


def test_every_product_code_exists_in_the_taxonomy(ds, products):
    used = [o.product_code for o in ds.offerings] + [d.product_code for d in ds.demands]
    used += [li.product_code for li in ds.links]
    assert used and all(code in products for code in used)


def test_offerings_are_in_the_enterprise_sectors(ds, products):
    ent = {e.key: e for e in ds.enterprises}
    for o in ds.offerings:
        e = ent[o.enterprise_key]
        assert e.is_supplier
        assert products[o.product_code].sector_code in e.sector_codes, (o, e.sector_codes)


def test_every_province_and_commune_code_exists_in_geo(ds):
    for rec in [*ds.zones, *ds.enterprises]:
        assert geo.province(rec.province_code) is not None, rec
        if rec.commune_code:
            c = geo.commune(rec.commune_code)
            assert c is not None, rec.commune_code
            assert c.province_code == rec.province_code


def test_references_point_at_records_of_the_dataset(ds):
    ent = {e.key: e for e in ds.enterprises}
    zones = {z.code: z for z in ds.zones}
    assert len(ent) == len(ds.enterprises) and len(zones) == len(ds.zones)
    for e in ds.enterprises:
        if e.zone_code:
            assert zones[e.zone_code].province_code == e.province_code
    for d in ds.demands:
        assert ent[d.buyer_key].is_buyer
        for s in d.sources:
            if s.supplier_key:
                assert ent[s.supplier_key].is_supplier
                if s.kind == "in_province":
                    assert ent[s.supplier_key].province_code == ent[d.buyer_key].province_code
    for li in ds.links:
        assert ent[li.supplier_key].is_supplier and ent[li.buyer_key].is_buyer
    for p in ds.projects:
        assert p.investor_key in ent and p.zone_code in zones
    for f in ds.zone_figures:
        assert f.zone_code in zones
    for z in ds.zones:
        assert all(k in ent for k in z.anchor_tenants)


def test_named_suppliers_offer_what_they_are_said_to_supply(ds):
    offered = {(o.enterprise_key, o.product_code) for o in ds.offerings}
    named = [(s.supplier_key, d.product_code) for d in ds.demands for s in d.sources if s.supplier_key]
    assert named and all(pair in offered for pair in named)
    assert all((li.supplier_key, li.product_code) in offered for li in ds.links)


def test_names_are_unique_and_follow_legal_forms(ds):
    names = [e.name_vi for e in ds.enterprises]
    assert len(names) == len(set(names))
    prefixes = {
        "tnhh": "Công ty TNHH ",
        "tnhh_mtv": "Công ty TNHH ",
        "cp": "Công ty Cổ phần ",
        "dntn": "Doanh nghiệp tư nhân ",
        "branch": "Chi nhánh ",
    }
    for e in ds.enterprises:
        if e.is_synthetic and e.legal_form in prefixes:
            assert e.name_vi.startswith(prefixes[e.legal_form]), e.name_vi
            if e.ownership in ("domestic", "state"):
                assert e.name_en.replace("–", "-").isascii(), e.name_en  # English name without diacritics


def test_zone_land_figures_are_consistent(ds):
    for z in ds.zones:
        if z.industrial_land_ha is not None and z.leased_land_ha is not None:
            assert z.leased_land_ha <= z.industrial_land_ha + 1e-9
        if z.is_synthetic and z.kind == "ccn":
            assert 10 <= z.planned_area_ha <= 75
        if z.is_synthetic and z.clean_land_ha is not None:
            assert z.clean_land_ha <= z.industrial_land_ha - (z.leased_land_ha or 0) + 1e-9


# ------------------------------------------------------------------ realism


def test_garment_buyers_demand_accessories_and_electronics_buyers_pcbs_enclosures_tapes(ds):
    ent = {e.key: e for e in ds.enterprises}
    tex = [d.product_code for d in ds.demands if ent[d.buyer_key].sector_codes[0] == "TEX"]
    ele = [d.product_code for d in ds.demands if ent[d.buyer_key].sector_codes[0] == "ELE"]
    assert tex and sum(c.startswith(("TEX-ACC", "TEX-FIB-THR")) for c in tex) / len(tex) > 0.5
    assert ele and any(c.startswith(("ELE-CMP-PCB", "ELE-MEC-PEN", "ELE-MEC-TAP", "ELE-MEC")) for c in ele)


def test_sources_mix_imports_domestic_and_in_province(ds):
    kinds = Counter(s.kind for d in ds.demands for s in d.sources)
    assert kinds["import"] and kinds["in_province"] and kinds["domestic"]
    countries = {s.country for d in ds.demands for s in d.sources if s.kind == "import"}
    assert {"CN", "KR", "JP"} <= countries


def test_foreign_investors_come_from_several_countries(ds):
    countries = Counter(c for e in ds.enterprises for c in e.investor_countries)
    assert {"KR", "JP", "CN", "TW"} <= set(countries)
    assert countries.most_common(1)[0][0] in ("KR", "CN")
    fdi_projects = {p.investor_key for p in ds.projects if p.currency == "USD"}
    assert len({c for e in ds.enterprises if e.key in fdi_projects for c in e.investor_countries}) >= 3


def test_some_profiles_are_stale_or_never_verified(ds):
    cutoff = (AS_OF - timedelta(days=365)).isoformat()
    synthetic = [e for e in ds.enterprises if e.is_synthetic]
    stale = [e for e in synthetic if e.verified_on and e.verified_on < cutoff]
    never = [e for e in synthetic if e.verified_on is None]
    fresh = [e for e in synthetic if e.verified_on and e.verified_on >= cutoff]
    assert stale and never and fresh


def test_zone_figures_cover_h1_and_fy_for_several_years(ds):
    synth_codes = {z.code for z in ds.zones if z.is_synthetic}
    seen = {(f.year, f.period) for f in ds.zone_figures if f.zone_code in synth_codes}
    for year in (2021, 2022, 2023, 2024):
        assert (year, "H1") in seen and (year, "FY") in seen
    assert (2025, "H1") in seen


def test_synthetic_zones_are_marked_and_real_ones_are_sourced(ds):
    for z in ds.zones:
        if z.is_synthetic:
            assert "(tổng hợp)" in z.name_vi and "(synthetic)" in z.name_en
            assert "synthetic" in z.description_vi.lower()
        else:
            assert z.source


def test_real_zone_tenant_count_stays_near_reality(ds):
    tenants = sum(1 for e in ds.enterprises if e.zone_code == "TN-KCN-THANHBINH")
    assert tenants <= 10  # the park reported 8 operating projects


# ------------------------------------------------------------------ real seeds


def test_real_seeds_hold_the_reported_figures():
    r = real_seeds()
    zones = {z.code: z for z in r.zones}
    assert all(not z.is_synthetic and z.source for z in r.zones)
    nh = zones["BN-CCN-NGHIAHOA"]
    assert nh.province_code == "24" and nh.clean_land_ha == 34.0 and nh.planned_area_ha is None
    assert "Lạng Giang" in nh.legacy_location
    tb = zones["TN-KCN-THANHBINH"]
    assert tb.province_code == "19" and tb.phases[0].area_ha == 73.0
    (fig,) = [f for f in r.zone_figures if f.zone_code == "TN-KCN-THANHBINH"]
    assert (fig.period, fig.tenants, fig.workers, fig.revenue) == ("H1", 8, 775, 350e9)
    assert fig.exports == pytest.approx(5.5e6 * fig.exchange_rate)
    assert fig.is_synthetic is False and fig.source
    plans = [z for z in r.zones if z.code.startswith("TN-CCN-")]
    assert len(plans) == 6
    for z in plans:
        assert [(m.kind, m.status) for m in z.milestones] == [("plan_1_500", "done")]
    hd = {z.code: z for z in r.zones if z.code.startswith("HP-KCN-")}
    assert len(hd) == 12
    assert [c for c, z in hd.items() if z.planned_area_ha is not None] == ["HP-KCN-GIALOC"]
    assert hd["HP-KCN-GIALOC"].planned_area_ha == 197.94
    ccn = {z.code: z for z in r.zones if z.code.startswith("HP-CCN-")}
    assert len(ccn) == 5
    ba_hang = ccn["HP-CCN-BAHANG"]
    assert (ba_hang.established_area_ha, ba_hang.industrial_land_ha) == (46.04, 42.77)
    assert ba_hang.leased_land_ha == pytest.approx(42.77 * 0.6205, abs=0.01)  # derived from 62.05% occupancy


def test_seed_sections_hold_programmes_facts_and_thresholds():
    s = seed_sections()
    th = {t["code"]: t for t in s["thresholds"]}
    assert th["ccn_new_min_avg_occupancy"]["value"] == 50 and th["ccn_expansion_max_area_ha"]["value"] == 75
    assert all("32/2024" in t["legal_source"] for t in s["thresholds"])
    progs = {p["province_code"]: p for p in s["programmes"] if p["province_code"]}
    assert {(t["year"], t["value"]) for t in progs["22"]["targets"]} == {(2020, 30), (2025, 50)}
    assert "295/QĐ-UBND" in progs["24"]["legal_basis"]
    facts = {f["indicator_code"]: f["value"] for f in s["province_facts"] if f["province_code"] == "31"}
    assert facts["kcn_count"] == 14 and facts["ccn_industrial_land_ha"] == 1860.24
    (plan,) = s["cluster_plans"]
    assert plan["clusters"] == 27 and sum(p["area_ha"] for p in plan["phases"]) == pytest.approx(903.4)
    for section in s.values():
        for item in section:
            assert item.get("source") or item.get("legal_source")


def test_bad_seed_record_names_the_place_and_field():
    with pytest.raises(ValueError, match=r"seeds.json: zones\[3\].*unknown field\(s\) \['areaa'\]"):
        build(ZoneRec, {"areaa": 1}, "seeds.json: zones[3]")


# ------------------------------------------------------------------ streaming


def test_iter_enterprises_is_deterministic_and_streams():
    a = [e.tax_code for e in iter_enterprises(3, 300)]
    b = [e.tax_code for e in iter_enterprises(3, 300)]
    assert a == b and len(set(a) - {None}) == len([x for x in a if x])


def test_iter_enterprises_speed_100k():
    t0 = time.perf_counter()
    n = 0
    keys = set()
    for e in iter_enterprises(1, 100_000):
        n += 1
        keys.add(e.key)
    dt = time.perf_counter() - t0
    print(f"\niter_enterprises: 100,000 enterprises in {dt:.2f} s ({n / dt:,.0f}/s)")
    assert n == 100_000 and len(keys) == n


# ------------------------------------------------------------------ CLI


def _args(**kw):
    base = dict(seed=4, enterprises=30, zones=2, province=None, out=None)
    base.update(kw)
    return argparse.Namespace(**base)


def test_cli_writes_json(tmp_path):
    from lienket.commands import synth as cmd

    out = tmp_path / "p.json"
    assert cmd.run(_args(out=str(out))) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len([e for e in data["enterprises"] if e["is_synthetic"]]) == 30
    assert SynthDataset.from_dict(data).counts()["zones"] >= 2


def test_cli_rejects_bad_arguments(tmp_path):
    from lienket.commands import synth as cmd

    with pytest.raises(CommandError, match="--enterprises"):
        cmd.run(_args(enterprises=-1, out=str(tmp_path / "x.json")))
    with pytest.raises(CommandError, match="unknown province code '77x'"):
        cmd.run(_args(province="77x", out=str(tmp_path / "x.json")))


def test_as_of_is_fixed():
    assert AS_OF == date(2025, 10, 31)


def test_output_does_not_depend_on_the_process_hash_seed():
    import hashlib
    import os
    import subprocess
    import sys

    code = (
        "import hashlib; from lienket.core.synth import generate; "
        "print(hashlib.sha256(generate(seed=8, enterprises=120, extra_zones=2).to_json().encode()).hexdigest())"
    )
    digests = set()
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        digests.add(out.stdout.strip())
    here = hashlib.sha256(generate(seed=8, enterprises=120, extra_zones=2).to_json().encode()).hexdigest()
    assert digests == {here}
