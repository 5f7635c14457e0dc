"""Loads reference data (administrative units, taxonomy, thresholds) and datasets from ``lienket.core.synth``.

Everything here is idempotent: reference data is upserted by natural key; dataset records are keyed by
``source_ref`` and records that already exist are left as they are (an officer may have edited them).
Bulk inserts keep 100,000 enterprises within minutes on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources

from django.db import transaction

from lienket.core import geo
from lienket.core import taxonomy as core_taxonomy
from lienket.core.text import fold

from . import models as m

Progress = Callable[[str], None]


@dataclass
class LoadReport:
    """Counts of what a load created (and skipped because it already existed)."""

    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    skipped: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def __str__(self) -> str:
        parts = [f"{k}: +{v}" for k, v in sorted(self.created.items())]
        parts += [f"{k}: {v} already there" for k, v in sorted(self.skipped.items()) if v]
        return ", ".join(parts) or "nothing to do"


def _d(value) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(str(value))


def _date(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# --------------------------------------------------------------------------- reference data


@transaction.atomic
def load_admin_units(progress: Progress | None = None) -> LoadReport:
    """Upsert current provinces and communes, legacy provinces and districts, and the old→new mapping."""
    rep = LoadReport()
    cur, leg = m.AdminUnit.Scheme.CURRENT, m.AdminUnit.Scheme.LEGACY
    P, D, C = m.AdminUnit.Level.PROVINCE, m.AdminUnit.Level.DISTRICT, m.AdminUnit.Level.COMMUNE

    def upsert(rows: list[m.AdminUnit]) -> None:
        for u in rows:
            u.folded_name = fold(u.short_name or u.name)[:120]
        m.AdminUnit.objects.bulk_create(
            rows,
            batch_size=1000,
            update_conflicts=True,
            unique_fields=["scheme", "level", "code"],
            update_fields=[
                "name",
                "short_name",
                "division_type",
                "parent",
                "valid_from",
                "valid_to",
                "lat",
                "lon",
                "folded_name",
            ],
        )

    reform = dt.date(2025, 7, 1)
    provs = geo.provinces()
    upsert(
        [
            m.AdminUnit(
                scheme=cur,
                level=P,
                code=p.code,
                name=p.name,
                short_name=p.short_name,
                division_type=p.division_type,
                valid_from=reform,
                lat=p.lat,
                lon=p.lon,
            )
            for p in provs
        ]
    )
    rep.created["provinces"] = len(provs)
    pid = dict(m.AdminUnit.objects.filter(scheme=cur, level=P).values_list("code", "id"))
    comms = geo.communes()
    upsert(
        [
            m.AdminUnit(
                scheme=cur,
                level=C,
                code=c.code,
                name=c.name,
                short_name=c.short_name,
                division_type=c.division_type,
                parent_id=pid[c.province_code],
                valid_from=reform,
                lat=c.lat,
                lon=c.lon,
            )
            for c in comms
        ]
    )
    rep.created["communes"] = len(comms)
    lprovs = geo.legacy_provinces()
    upsert(
        [
            m.AdminUnit(
                scheme=leg,
                level=P,
                code=lp.code,
                name=lp.name,
                short_name=lp.short_name,
                valid_to=_date(lp.valid_to),
                lat=getattr(lp, "lat", None),
                lon=getattr(lp, "lon", None),
            )
            for lp in lprovs
        ]
    )
    rep.created["legacy_provinces"] = len(lprovs)
    lpid = dict(m.AdminUnit.objects.filter(scheme=leg, level=P).values_list("code", "id"))
    ldist = geo.legacy_districts()
    upsert(
        [
            m.AdminUnit(
                scheme=leg,
                level=D,
                code=d.code,
                name=d.name,
                short_name=d.short_name if hasattr(d, "short_name") else d.name,
                parent_id=lpid.get(d.legacy_province_code),
                valid_to=dt.date(2025, 6, 30),
                lat=getattr(d, "lat", None),
                lon=getattr(d, "lon", None),
            )
            for d in ldist
        ]
    )
    rep.created["legacy_districts"] = len(ldist)
    Through = m.AdminUnit.successors.through
    Through.objects.filter(from_adminunit__scheme=leg, from_adminunit__level=P).delete()
    Through.objects.bulk_create(
        [
            Through(from_adminunit_id=lpid[lp.code], to_adminunit_id=pid[lp.new_province_code])
            for lp in lprovs
            if lp.new_province_code in pid
        ]
    )
    if progress:
        progress(
            f"admin units: {len(provs)} provinces, {len(comms)} communes, {len(lprovs)} legacy provinces, "
            f"{len(ldist)} legacy districts"
        )
    return rep


@transaction.atomic
def load_taxonomies(progress: Progress | None = None) -> LoadReport:
    """Upsert every shipped taxonomy version (sectors, groups, products); the newest becomes current."""
    rep = LoadReport()
    versions = core_taxonomy.available_versions()
    newest = max(versions) if versions else None
    m.TaxonomyVersion.objects.exclude(code=newest).update(is_current=False)
    for code in versions:
        tax = core_taxonomy.load_taxonomy(code)
        ls = tax.legal_source or {}
        ver, _ = m.TaxonomyVersion.objects.update_or_create(
            code=code,
            defaults={
                "title_vi": tax.title_vi,
                "title_en": tax.title_en,
                "legal_source": ls,
                "in_force": _date(ls.get("in_force")),
                "is_current": code == newest,
            },
        )
        products: list[m.Product] = []
        for s_order, sec in enumerate(tax.sectors):
            sector, _ = m.Sector.objects.update_or_create(
                code=sec.code, defaults={"name_vi": sec.name_vi, "name_en": sec.name_en, "order": s_order}
            )
            for g_order, grp in enumerate(sec.groups):
                group, _ = m.ProductGroup.objects.update_or_create(
                    version=ver,
                    code=grp.code,
                    defaults={
                        "sector": sector,
                        "name_vi": grp.name_vi,
                        "name_en": grp.name_en,
                        "order": g_order,
                    },
                )
                for p_order, prod in enumerate(grp.products):
                    obj = m.Product(
                        version=ver,
                        group=group,
                        sector=sector,
                        code=prod.code,
                        name_vi=prod.name_vi,
                        name_en=prod.name_en,
                        names={k: list(v) for k, v in prod.names.items()},
                        synonyms={k: list(v) for k, v in prod.synonyms.items()},
                        hs_codes=list(prod.hs_codes),
                        order=g_order * 1000 + p_order,
                    )
                    obj.search_text = obj.build_search_text()
                    products.append(obj)
        # One upsert per version (bulk_create bypasses save(), so search_text was set above).
        m.Product.objects.bulk_create(
            products,
            update_conflicts=True,
            unique_fields=["version", "code"],
            update_fields=[
                "group",
                "sector",
                "name_vi",
                "name_en",
                "names",
                "synonyms",
                "hs_codes",
                "search_text",
                "order",
            ],
        )
        rep.created[f"products {code}"] += len(products)
    if progress:
        progress("taxonomy: " + ", ".join(f"{k}" for k in rep.created))
    return rep


def _seeds() -> dict:
    text = resources.files("lienket.data").joinpath("demo/seeds.json").read_text(encoding="utf-8")
    return json.loads(text)


@transaction.atomic
def load_thresholds(progress: Progress | None = None) -> LoadReport:
    """Add policy thresholds (Decree 32/2024 cluster rules, ...) from the seeds file; officers' edits are kept."""
    rep = LoadReport()
    for t in _seeds().get("thresholds", []):
        key = t.get("code") or t["key"]
        _obj, created = m.PolicyThreshold.objects.get_or_create(
            key=key,
            defaults={
                "value": _d(t["value"]),
                "comparator": t.get("comparator", ">="),
                "unit": t.get("unit", ""),
                "applies_to": t.get("applies_to", ""),
                "label_vi": t.get("label_vi") or t.get("description_vi") or key,
                "label_en": t.get("label_en") or t.get("description_en") or "",
                "legal_source": t.get("legal_source") or "",
            },
        )
        rep.created["thresholds"] += int(created)
    return rep


@transaction.atomic
def load_province_facts(progress: Progress | None = None) -> LoadReport:
    """Province-level sourced figures and cluster plans from the seeds file (real data, each with its source)."""
    rep = LoadReport()
    seeds = _seeds()
    pid = dict(
        m.AdminUnit.objects.filter(
            scheme=m.AdminUnit.Scheme.CURRENT, level=m.AdminUnit.Level.PROVINCE
        ).values_list("code", "id")
    )
    for f in seeds.get("province_facts", []):
        _obj, created = m.ProvinceFact.objects.get_or_create(
            province_id=pid[f["province_code"]],
            legacy_province=f.get("legacy_province") or "",
            indicator_code=f["indicator_code"],
            year=f.get("year"),
            defaults={
                "value": _d(f["value"]),
                "unit": f.get("unit", ""),
                "note": (f.get("note") or "")[:300],
                "source": f.get("source") or "",
            },
        )
        rep.created["province facts"] += int(created)
    zid = dict(m.Zone.objects.values_list("code", "id"))
    for p in seeds.get("cluster_plans", []):
        plan, created = m.ClusterPlan.objects.get_or_create(
            province_id=pid[p["province_code"]],
            name=p["name"],
            defaults={
                "legacy_province": p.get("legacy_province") or "",
                "clusters": p.get("clusters"),
                "area_ha": _d(p.get("area_ha")),
                "phases": p.get("phases", []),
                "priorities": p.get("priorities", []),
                "source": p.get("source") or "",
            },
        )
        if created:
            plan.zones.set([zid[c] for c in p.get("approved_1_500", []) if c in zid])
        rep.created["cluster plans"] += int(created)
    return rep


def load_reference(progress: Progress | None = None) -> None:
    """Administrative units, taxonomies and thresholds: everything a fresh database needs."""
    load_admin_units(progress)
    load_taxonomies(progress)
    load_thresholds(progress)


def load_seed_facts(progress: Progress | None = None) -> None:
    """Real province figures and plans (after the seed zones are loaded)."""
    load_province_facts(progress)


# --------------------------------------------------------------------------- datasets


class _Lookups:
    def __init__(self) -> None:
        cur = m.AdminUnit.Scheme.CURRENT
        self.province = dict(
            m.AdminUnit.objects.filter(scheme=cur, level=m.AdminUnit.Level.PROVINCE).values_list("code", "id")
        )
        self.commune = dict(
            m.AdminUnit.objects.filter(scheme=cur, level=m.AdminUnit.Level.COMMUNE).values_list("code", "id")
        )
        self.sector = dict(m.Sector.objects.values_list("code", "id"))
        current = m.TaxonomyVersion.objects.filter(is_current=True).first()
        self.product = (
            dict(m.Product.objects.filter(version=current).values_list("code", "id")) if current else {}
        )
        self.product_terms = (
            {
                p.code: [p.name_vi, p.name_en]
                for p in m.Product.objects.filter(version=current).only("code", "name_vi", "name_en")
            }
            if current
            else {}
        )
        self.zone = dict(m.Zone.objects.values_list("code", "id"))

    def need(self, table: dict, code, what: str, where: str):
        if code in (None, ""):
            return None
        try:
            return table[code]
        except KeyError:
            raise ValueError(f"{where}: unknown {what} {code!r}") from None


def _pct(v) -> Decimal | None:
    # Generators give export share as a fraction (0–1); the model stores percent.
    if v is None:
        return None
    v = Decimal(str(v))
    return (v * 100).quantize(Decimal("0.01")) if v <= 1 else v


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


@transaction.atomic
def load_dataset(
    ds, *, ref_prefix: str = "synth", batch_size: int = 2000, progress: Progress | None = None
) -> LoadReport:
    """Insert a ``SynthDataset`` (or any object with the same lists); existing records (same ref) are kept."""
    rep = LoadReport()
    lk = _Lookups()
    say = progress or (lambda s: None)

    # Zones (natural key: code).
    new_zone_objs = []
    for z in ds.zones:
        if z.code in lk.zone:
            rep.skipped["zones"] += 1
            continue
        where = f"zone {z.code}"
        zone = m.Zone(
            code=z.code,
            name_vi=z.name_vi,
            name_en=z.name_en,
            kind=z.kind,
            status=z.status,
            province_id=lk.need(lk.province, z.province_code, "province", where),
            commune_id=lk.commune.get(z.commune_code) if z.commune_code else None,
            location_as_written=z.legacy_location or "",
            planned_area_ha=_d(z.planned_area_ha),
            established_area_ha=_d(z.established_area_ha),
            industrial_land_ha=_d(z.industrial_land_ha),
            leased_land_ha=_d(z.leased_land_ha),
            clean_land_ha=_d(z.clean_land_ha),
            infrastructure_investor=z.infrastructure_investor or "",
            decision_number=z.decision_number or "",
            decision_date=_date(z.decision_date),
            lease_price_min=_d(z.lease_price_min),
            lease_price_max=_d(z.lease_price_max),
            lease_price_unit=z.lease_price_unit or "",
            lat=z.lat,
            lon=z.lon,
            contact_name=z.contact_name or "",
            contact_phone=z.contact_phone or "",
            contact_email=z.contact_email or "",
            description_vi=z.description_vi or "",
            description_en=z.description_en or "",
            is_synthetic=z.is_synthetic,
            source=z.source or "",
            source_ref=f"{ref_prefix}:zone:{z.code}",
        )
        zone.search_text = zone.build_search_text()
        new_zone_objs.append((z, zone))
    m.Zone.objects.bulk_create([zone for _, zone in new_zone_objs], batch_size=batch_size)
    lk.zone = dict(m.Zone.objects.values_list("code", "id"))
    phases, milestones, zsectors = [], [], []
    ZS = m.Zone.priority_sectors.through
    for z, _zone in new_zone_objs:
        zid = lk.zone[z.code]
        phases += [
            m.ZonePhase(
                zone_id=zid,
                name=p.name,
                area_ha=_d(p.area_ha),
                start_year=p.start_year,
                end_year=p.end_year,
                note=p.note or "",
            )
            for p in z.phases
        ]
        milestones += [
            m.ZoneMilestone(
                zone_id=zid,
                kind=ms.kind,
                status=ms.status,
                date=_date(ms.date),
                capacity_m3_day=_d(getattr(ms, "capacity_m3_day", None)),
                reference=ms.reference or "",
                note=ms.note or "",
            )
            for ms in z.milestones
        ]
        zsectors += [ZS(zone_id=zid, sector_id=lk.sector[s]) for s in z.priority_sectors if s in lk.sector]
    m.ZonePhase.objects.bulk_create(phases)
    m.ZoneMilestone.objects.bulk_create(milestones)
    ZS.objects.bulk_create(zsectors, ignore_conflicts=True)
    rep.created["zones"] += len(new_zone_objs)
    say(f"zones: +{len(new_zone_objs)}")

    # Enterprises (key: source_ref). Real records keep one ref whatever dataset brings them, so loading the demo
    # and then another synthetic set does not duplicate a real enterprise.
    real_keys = {e.key for e in ds.enterprises if not e.is_synthetic}

    def ent_ref(key: str) -> str:
        return f"real:ent:{key}" if key in real_keys else f"{ref_prefix}:ent:{key}"

    ent_refs = {ent_ref(e.key) for e in ds.enterprises}
    existing = set()
    refs = list(ent_refs)
    for chunk in _chunks(refs, 5000):
        existing |= set(
            m.Enterprise.objects.filter(source_ref__in=chunk).values_list("source_ref", flat=True)
        )
    offer_terms: dict[str, list[str]] = defaultdict(list)
    for o in ds.offerings:
        offer_terms[o.enterprise_key] += lk.product_terms.get(o.product_code, []) + [o.description[:120]]
    taken_tax = set()
    new_ents = []
    for e in ds.enterprises:
        ref = ent_ref(e.key)
        if ref in existing:
            rep.skipped["enterprises"] += 1
            continue
        where = f"enterprise {e.key}"
        ent = m.Enterprise(
            tax_code=e.tax_code or None,
            name_vi=e.name_vi,
            name_en=e.name_en or "",
            name_other=e.name_other or "",
            legal_form=e.legal_form,
            ownership=e.ownership,
            investor_countries=list(e.investor_countries or []),
            is_supplier=e.is_supplier,
            is_buyer=e.is_buyer,
            is_cnht=e.is_cnht,
            zone_id=lk.zone.get(e.zone_code) if e.zone_code else None,
            address_raw=e.address_raw or "",
            province_id=lk.need(lk.province, e.province_code, "province", where),
            commune_id=lk.commune.get(e.commune_code) if e.commune_code else None,
            founded_year=e.founded_year,
            website=e.website or "",
            email=e.email or "",
            phone=e.phone or "",
            contact_person=e.contact_person or "",
            description_vi=e.description_vi or "",
            description_en=e.description_en or "",
            is_synthetic=e.is_synthetic,
            source=e.source or "",
            source_ref=ref,
            verified_on=_date(e.verified_on),
            product_text=fold(" ".join(t for t in offer_terms.get(e.key, []) if t)),
        )
        if ent.tax_code:
            taken_tax.add(ent.tax_code)
        ent.search_text = ent.build_search_text()
        new_ents.append((e, ent))
    if taken_tax:
        clash = set()
        tax_list = list(taken_tax)
        for chunk in _chunks(tax_list, 5000):
            clash |= set(m.Enterprise.objects.filter(tax_code__in=chunk).values_list("tax_code", flat=True))
        if clash:
            raise ValueError(f"tax codes already used by other records: {sorted(clash)[:5]} ...")
    for i, chunk in enumerate(_chunks([x for _, x in new_ents], batch_size)):
        m.Enterprise.objects.bulk_create(chunk, batch_size=batch_size)
        if i % 10 == 9:
            say(f"enterprises: {min((i + 1) * batch_size, len(new_ents))}/{len(new_ents)}")
    rep.created["enterprises"] += len(new_ents)
    ent_id: dict[str, int] = {}
    for chunk in _chunks(refs, 5000):
        ent_id.update(dict(m.Enterprise.objects.filter(source_ref__in=chunk).values_list("source_ref", "id")))

    def eid(key: str, where: str) -> int:
        for ref in (ent_ref(key), f"real:ent:{key}"):
            if ref in ent_id:
                return ent_id[ref]
            found = m.Enterprise.objects.filter(source_ref=ref).values_list("id", flat=True).first()
            if found:
                ent_id[ref] = found
                return found
        raise ValueError(f"{where}: unknown enterprise key {key!r}")

    new_keys = {e.key for e, _ in new_ents}
    ES = m.Enterprise.sectors.through
    rows, certs, figs = [], [], []
    for e, _ in new_ents:
        i = eid(e.key, "enterprise")
        rows += [ES(enterprise_id=i, sector_id=lk.sector[s]) for s in e.sector_codes if s in lk.sector]
        certs += [
            m.Certification(
                enterprise_id=i,
                standard=c.standard,
                certificate_no=c.certificate_no or "",
                issuer=c.issuer or "",
                valid_from=_date(c.valid_from),
                valid_until=_date(c.valid_until),
                is_synthetic=e.is_synthetic,
                source=e.source or "",
            )
            for c in e.certifications
        ]
        figs += [
            m.EnterpriseYearFigure(
                enterprise_id=i,
                year=f.year,
                workforce=f.workforce,
                revenue=_d(f.revenue),
                exports=_d(f.exports),
                cnht_output=_d(f.cnht_output),
                currency=f.currency,
                exchange_rate=_d(f.exchange_rate),
                is_synthetic=e.is_synthetic,
                source=e.source or "",
            )
            for f in e.year_figures
        ]
    ES.objects.bulk_create(rows, batch_size=batch_size, ignore_conflicts=True)
    m.Certification.objects.bulk_create(certs, batch_size=batch_size)
    m.EnterpriseYearFigure.objects.bulk_create(figs, batch_size=batch_size, ignore_conflicts=True)
    rep.created["certifications"] += len(certs)
    rep.created["year figures"] += len(figs)

    # Anchor tenants now that enterprises exist.
    ZA = m.Zone.anchor_tenants.through
    anchors = []
    for z, _zone in new_zone_objs:
        for key in z.anchor_tenants:
            ref = ent_ref(key)
            if ref in ent_id:
                anchors.append(ZA(zone_id=lk.zone[z.code], enterprise_id=ent_id[ref]))
    ZA.objects.bulk_create(anchors, ignore_conflicts=True)

    synthetic_key = {e.key: e.is_synthetic for e in ds.enterprises}
    offers = []
    for o in ds.offerings:
        if o.enterprise_key not in new_keys:
            continue
        offers.append(
            m.Offering(
                enterprise_id=eid(o.enterprise_key, "offering"),
                product_id=lk.need(lk.product, o.product_code, "product", f"offering of {o.enterprise_key}"),
                description=o.description or "",
                capacity=_d(o.capacity),
                capacity_unit=o.capacity_unit or "",
                moq=_d(o.moq),
                lead_time_days=o.lead_time_days,
                export_share=_pct(o.export_share),
                is_synthetic=synthetic_key.get(o.enterprise_key, True),
                source="",
            )
        )
    m.Offering.objects.bulk_create(offers, batch_size=batch_size, ignore_conflicts=True)
    rep.created["offerings"] += len(offers)

    # Demand with current sources.
    existing_d = set(
        m.Demand.objects.filter(source_ref__startswith=f"{ref_prefix}:dem:").values_list(
            "source_ref", flat=True
        )
    )
    new_dem = []
    for d in ds.demands:
        ref = f"{ref_prefix}:dem:{d.key}"
        if ref in existing_d:
            rep.skipped["demands"] += 1
            continue
        where = f"demand {d.key}"
        new_dem.append(
            (
                d,
                m.Demand(
                    buyer_id=eid(d.buyer_key, where),
                    product_id=lk.need(lk.product, d.product_code, "product", where),
                    title=d.title,
                    specification=d.specification or "",
                    year=d.year,
                    annual_quantity=_d(d.annual_quantity),
                    quantity_unit=d.quantity_unit or "",
                    annual_value=_d(d.annual_value),
                    currency=d.currency,
                    exchange_rate=_d(d.exchange_rate),
                    required_certifications=list(d.required_certifications or []),
                    target_date=_date(d.target_date),
                    status=d.status,
                    cover_days=d.cover_days or 0,
                    is_synthetic=True,
                    source_ref=ref,
                ),
            )
        )
    m.Demand.objects.bulk_create([x for _, x in new_dem], batch_size=batch_size)
    dem_id = dict(
        m.Demand.objects.filter(source_ref__startswith=f"{ref_prefix}:dem:").values_list("source_ref", "id")
    )
    srcs = []
    for d, _ in new_dem:
        did = dem_id[f"{ref_prefix}:dem:{d.key}"]
        for s in d.sources:
            srcs.append(
                m.DemandSource(
                    demand_id=did,
                    kind=s.kind,
                    country=(s.country or "").upper(),
                    supplier_id=ent_id.get(ent_ref(s.supplier_key)) if s.supplier_key else None,
                    share=Decimal(str(round(s.share, 4))),
                )
            )
    m.DemandSource.objects.bulk_create(srcs, batch_size=batch_size)
    rep.created["demands"] += len(new_dem)

    # Investment projects.
    existing_p = set(
        m.InvestmentProject.objects.filter(source_ref__startswith=f"{ref_prefix}:prj:").values_list(
            "source_ref", flat=True
        )
    )
    projects = []
    for p in ds.projects:
        ref = f"{ref_prefix}:prj:{p.key}"
        if ref in existing_p:
            continue
        where = f"project {p.key}"
        projects.append(
            m.InvestmentProject(
                name=p.name,
                investor_id=eid(p.investor_key, where),
                zone_id=lk.zone.get(p.zone_code),
                sector_id=lk.sector.get(p.sector_code),
                certificate_no=p.certificate_no or "",
                certificate_date=_date(p.certificate_date),
                registered_capital=_d(p.registered_capital),
                implemented_capital=_d(p.implemented_capital),
                currency=p.currency,
                exchange_rate=_d(p.exchange_rate),
                land_area_ha=_d(p.land_area_ha),
                workers=p.workers,
                status=p.status,
                is_synthetic=True,
                source_ref=ref,
            )
        )
    m.InvestmentProject.objects.bulk_create(projects, batch_size=batch_size)
    rep.created["projects"] += len(projects)

    links = []
    for li in ds.links:
        if li.supplier_key not in new_keys and li.buyer_key not in new_keys:
            continue
        links.append(
            m.SupplyLink(
                supplier_id=eid(li.supplier_key, "link"),
                buyer_id=eid(li.buyer_key, "link"),
                product_id=lk.product.get(li.product_code),
                year=li.year,
                value=_d(li.value),
                currency=li.currency,
                exchange_rate=_d(li.exchange_rate),
                is_synthetic=True,
            )
        )
    m.SupplyLink.objects.bulk_create(links, batch_size=batch_size, ignore_conflicts=True)
    rep.created["links"] += len(links)

    figures = []
    for f in ds.zone_figures:
        zid = lk.zone.get(f.zone_code)
        if zid is None:
            raise ValueError(f"zone figure {f.zone_code} {f.year} {f.period}: unknown zone")
        figures.append(
            m.ZoneFigure(
                zone_id=zid,
                year=f.year,
                period=f.period,
                tenants=f.tenants,
                workers=f.workers,
                local_workers=f.local_workers,
                registered_capital=_d(f.registered_capital),
                implemented_capital=_d(f.implemented_capital),
                revenue=_d(f.revenue),
                exports=_d(f.exports),
                budget_contribution=_d(f.budget_contribution),
                currency=f.currency,
                exchange_rate=_d(f.exchange_rate),
                is_synthetic=getattr(f, "is_synthetic", True),
                source=getattr(f, "source", "") or "",
            )
        )
    m.ZoneFigure.objects.bulk_create(figures, batch_size=batch_size, ignore_conflicts=True)
    rep.created["zone figures"] += len(figures)
    say(str(rep))
    return rep
