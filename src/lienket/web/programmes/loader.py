"""Load the indicator catalogue and the seeds' programmes (national resolutions, Quảng Ninh, Bắc Ninh, Hải Dương)
into the database. Idempotent: existing rows (officers' edits) are kept; every created row is audited."""

from __future__ import annotations

import re

from django.db import transaction
from django.utils.text import slugify

from lienket.core.text import fold
from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry
from lienket.web.programmes import models as m
from lienket.web.programmes.indicators import CATALOGUE
from lienket.web.registry.models import AdminUnit


class ProgrammeSeedError(ValueError):
    """A seed programme that cannot be loaded (unknown province, unreadable period)."""


def _period(text: str, where: str) -> tuple[int, int]:
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", text or "")]
    if not years:
        raise ProgrammeSeedError(f"{where}: period {text!r} has no year")
    return min(years), max(years)


def load_indicators() -> dict[str, m.Indicator]:
    """Create the catalogue's indicators that do not exist yet; return all indicators by code."""
    for code, (name_vi, name_en, unit, computation, def_vi, def_en) in CATALOGUE.items():
        obj, created = m.Indicator.objects.get_or_create(
            code=code,
            defaults={
                "name_vi": name_vi,
                "name_en": name_en,
                "unit": unit,
                "method": m.Indicator.Method.COMPUTED if computation else m.Indicator.Method.ENTERED,
                "computation": computation,
                "definition_vi": def_vi,
                "definition_en": def_en,
            },
        )
        if created:
            audit.record(obj, action=AuditEntry.Action.CREATE, via=AuditEntry.Via.SYSTEM, reason="seed")
    return {i.code: i for i in m.Indicator.objects.all()}


@transaction.atomic
def load_programmes(sections: dict | None = None) -> dict[str, int]:
    """Load ``seed_sections()["programmes"]``: programmes, their indicators and targets. Returns counts created."""
    from lienket.core.synth.seeds import seed_sections

    rows = (sections or seed_sections()).get("programmes", [])
    indicators = load_indicators()
    provinces = dict(
        AdminUnit.objects.filter(scheme=AdminUnit.Scheme.CURRENT, level=AdminUnit.Level.PROVINCE).values_list(
            "code", "id"
        )
    )
    counts = {"programmes": 0, "targets": 0, "indicators": len(indicators)}
    for i, p in enumerate(rows):
        where = f"seeds.json programmes[{i}] ({p.get('name', '?')})"
        start, end = _period(p.get("period", ""), where)
        code_p = p.get("province_code")
        if code_p and code_p not in provinces:
            raise ProgrammeSeedError(f"{where}: province_code {code_p!r} is not a current province")
        code = slugify(fold(p.get("legal_basis") or "")) or slugify(fold(p["name"]))[:60]
        prog, created = m.Programme.objects.get_or_create(
            code=code[:80],
            defaults={
                "name": p["name"],
                "legal_basis": p.get("legal_basis") or "",
                "start_year": start,
                "end_year": end,
                "province_id": provinces.get(code_p) if code_p else None,
                "note": p.get("note") or "",
                "source": p.get("source") or "",
            },
        )
        if created:
            counts["programmes"] += 1
            audit.record(prog, action=AuditEntry.Action.CREATE, via=AuditEntry.Via.SYSTEM, reason="seed")
        for j, t in enumerate(p.get("targets", [])):
            ind = indicators.get(t["indicator_code"])
            if ind is None:
                raise ProgrammeSeedError(
                    f"{where} targets[{j}]: unknown indicator_code {t['indicator_code']!r}"
                )
            target, created = m.Target.objects.get_or_create(
                programme=prog,
                indicator=ind,
                year=int(t["year"]),
                defaults={"value": t["value"], "note": (t.get("note") or "")[:300]},
            )
            if created:
                counts["targets"] += 1
                audit.record(
                    target, action=AuditEntry.Action.CREATE, via=AuditEntry.Via.SYSTEM, reason="seed"
                )
    return counts


@transaction.atomic
def load_demo_samples(province_code: str | None = None) -> dict[str, int]:
    """SYNTHETIC examples so the demo's pages are not empty: two experts, a Kaizen training and a consulting
    activity towards an FDI buyer's supplier standard, investment calls for up to three clusters with clean land,
    and a supplier-day event. Every row is ``is_synthetic``; run once (skips when samples exist)."""
    import datetime as dt

    from django.utils import timezone

    from lienket.web.registry.models import Enterprise, Zone

    if m.Expert.all_objects.filter(source="demo samples").exists():
        return {"samples": 0}
    zones = Zone.objects.filter(kind=Zone.Kind.CCN, clean_land_ha__gt=0)
    if province_code:
        zones = zones.filter(province__code=province_code)
    zones = list(zones.select_related("province").prefetch_related("priority_sectors").order_by("code")[:3])
    province = (
        zones[0].province
        if zones
        else AdminUnit.objects.filter(level=1, scheme="2025").order_by("code").first()
    )
    tag = {"is_synthetic": True, "source": "demo samples"}

    def save(obj):
        obj.save()
        audit.record(obj, action=AuditEntry.Action.CREATE, via=AuditEntry.Via.SYSTEM, reason="demo samples")
        return obj

    e1 = save(
        m.Expert(
            name="Chuyên gia Kaizen (minh họa)",
            organisation="Trung tâm Khuyến công",
            specialties=["Kaizen", "5S", "lean"],
            **tag,
        )
    )
    e2 = save(
        m.Expert(
            name="Chuyên gia ISO (minh họa)",
            organisation="Tổ chức chứng nhận",
            specialties=["ISO 9001", "ISO 31000"],
            **tag,
        )
    )
    n = 2
    firms = list(Enterprise.objects.filter(province=province, is_supplier=True).order_by("id")[:6])
    buyer = (
        Enterprise.objects.filter(province=province, is_buyer=True, ownership__in=["fdi", "jv"])
        .order_by("id")
        .first()
    )
    if province is not None:
        training = save(m.SupportActivity(kind="training", title="Đào tạo Kaizen và 5S (minh họa)", topic="Kaizen",
                                          province=province, start_date=dt.date(2025, 3, 10), end_date=dt.date(2025, 3, 12),
                                          cost_vnd=85_000_000, funding="Khuyến công địa phương", **tag))  # fmt: skip
        training.experts.set([e1])
        for f in firms[:4]:
            save(m.Participation(activity=training, enterprise=f, outcome="completed"))
        n += 1 + len(firms[:4])
        if buyer is not None:
            consulting = save(m.SupportActivity(kind="consulting", title=f"Tư vấn theo tiêu chuẩn nhà cung ứng của {buyer.name_vi} (minh họa)",
                                                topic="lean", province=province, buyer=buyer, supplier_standard="Supplier quality manual",
                                                start_date=dt.date(2025, 4, 1), cost_vnd=150_000_000, **tag))  # fmt: skip
            consulting.experts.set([e1, e2])
            for f in firms[4:6]:
                save(m.Participation(activity=consulting, enterprise=f, outcome="enrolled"))
            n += 1 + len(firms[4:6])
    for i, z in enumerate(zones):
        call = save(m.Announcement(kind="call", title=f"Mời gọi đầu tư vào {z.name_vi} (minh họa)",
                                   summary=f"{z.clean_land_ha} ha đất sạch sẵn sàng cho thuê.",
                                   body="Dữ liệu minh họa: lời mời gọi đầu tư mẫu cho cổng thông tin.", zone=z,
                                   province=z.province, is_published=True, published_on=dt.date(2025, 5, 1 + i), **tag))  # fmt: skip
        call.priority_sectors.set(list(z.priority_sectors.all()))
        n += 1
    save(m.Announcement(kind="event", title="Ngày nhà cung ứng CNHT (minh họa)", body="Gặp gỡ bên mua FDI và nhà cung ứng.",
                        province=province, is_published=True, published_on=dt.date(2025, 6, 1), venue="Trung tâm Hội nghị tỉnh",
                        starts_at=timezone.make_aware(dt.datetime(2025, 9, 15, 8, 0)), capacity=80, **tag))  # fmt: skip
    return {"samples": n + 1}
