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
