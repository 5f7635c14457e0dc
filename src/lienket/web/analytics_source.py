"""The registry's supply network as :class:`lienket.core.network.Network` (for the officer pages and the CLI).

``lienket scenario`` without ``--network`` imports this module and calls :func:`load_network`; the officer
pages call the same function, so both give the same figures. Mapping (see docs/analytics.md, "Database mode"):

- firms = enterprises that are not deleted and not merged: id = primary key as text, province = the current
  province code (``"24"``), country = ``"VN"`` for domestic and state ownership, else the first investor country
  (an FDI firm with no recorded country has country ``""``: never stopped by country, never counted as domestic),
  zone = zone code.
- demand lines = ``Demand`` rows with an annual value, in VND (``to_vnd()``; a USD line without a rate is left
  out with a warning); product = product code, sector = the product's sector code, cover_days, year.
- sources = ``DemandSource`` rows: import → ``import:<country>``; a named supplier → its firm id (a merged
  supplier → the firm it was merged into); a domestic or in-province source without a named supplier becomes an
  *anonymous* origin ``anon:in_province:<buyer province code>`` / ``anon:domestic``. No enterprise is invented:
  these are network-only pseudo firms with country VN; the in-province one carries the buyer's province (local and
  domestic), the domestic one has no province (domestic, never local). They are never stopped by name or zone.
"""

from __future__ import annotations

from collections.abc import Iterable

from lienket.core.network import DOMESTIC_COUNTRY, DemandLine, Firm, Network, NetworkError, Source

ANON_IN_PROVINCE = "anon:in_province:"
ANON_DOMESTIC = "anon:domestic"


def is_anonymous(origin: str) -> bool:
    """True for the pseudo origins that stand for an unnamed domestic or in-province supplier."""
    return origin.startswith("anon:")


def firm_country(ownership: str, investor_countries: list | None) -> str:
    """``VN`` for domestic/state firms, else the first investor country (upper-case), else ``''``."""
    if ownership in {"domestic", "state"}:
        return DOMESTIC_COUNTRY
    for c in investor_countries or []:
        if isinstance(c, str) and c.strip():
            return c.strip().upper()
    return ""


def resolve_province(province: str | None) -> str | None:
    """A province code from a code (``"24"``) or a name (``"Bắc Ninh"``, folded); None when not given.

    Raises NetworkError naming the value when nothing matches.
    """
    from lienket.core.text import fold
    from lienket.web.registry.models import AdminUnit

    if province is None or not str(province).strip():
        return None
    text = str(province).strip()
    qs = AdminUnit.objects.filter(level=1, scheme=AdminUnit.Scheme.CURRENT)
    if qs.filter(code=text).exists():
        return text
    key = fold(text)
    for code, name, short in qs.values_list("code", "name", "short_name"):
        if key in {fold(name), fold(short)}:
            return code
    raise NetworkError(f"province {province!r}: no province with that code or name")


def demand_years() -> list[int]:
    """Years that have demand lines with a value, ascending."""
    from lienket.web.registry.models import Demand

    return sorted(
        set(Demand.objects.filter(annual_value__isnull=False).values_list("year", flat=True).distinct())
    )


def load_network(*, year: int | None = None, province: str | None = None) -> Network:
    """The registry's network for one ``year`` (None → the latest year with demand) and buyers in ``province``
    (a code or a name; None → every province). This is the CLI's database mode and the officer pages' source."""
    _ensure_django()
    if year is None:
        years = demand_years()
        year = years[-1] if years else None
    return build_network(years=None if year is None else [year], province=province)


def _ensure_django() -> None:
    """Start Django when called from the CLI (``lienket scenario`` does not start it in file mode)."""
    from django.apps import apps

    if not apps.ready:
        from lienket.commands._django import setup

        setup()


def build_network(*, years: Iterable[int] | None, province: str | None = None) -> Network:
    """Network over demand lines of ``years`` (None → all years) whose buyer is in ``province``."""
    from lienket.web.registry.models import Demand, DemandSource, Enterprise

    code = resolve_province(province)
    net = Network()
    warnings = net.warnings
    merged: dict[int, int] = {}
    for e in Enterprise.objects.values(
        "id", "province__code", "ownership", "investor_countries", "zone__code", "name_vi", "merged_into_id"
    ):
        if e["merged_into_id"]:
            merged[e["id"]] = e["merged_into_id"]
            continue
        fid = str(e["id"])
        net.firms[fid] = Firm(
            id=fid,
            province=e["province__code"] or "",
            country=firm_country(e["ownership"], e["investor_countries"]),
            zone=e["zone__code"] or "",
            name=e["name_vi"],
        )

    demands = Demand.objects.filter(annual_value__isnull=False).order_by("year", "id")
    if years is not None:
        demands = demands.filter(year__in=list(years))
    if code is not None:
        demands = demands.filter(buyer__province__code=code, buyer__province__scheme="2025")
    rows = list(
        demands.values(
            "id",
            "buyer_id",
            "buyer__province__code",
            "product__code",
            "product__sector__code",
            "annual_value",
            "currency",
            "exchange_rate",
            "cover_days",
            "year",
        )
    )
    sources: dict[int, list[dict]] = {}
    ids = [r["id"] for r in rows]
    for i in range(0, len(ids), 5000):  # bounded IN lists (SQLite's variable limit)
        for s in (
            DemandSource.objects.filter(demand_id__in=ids[i : i + 5000])
            .order_by("id")
            .values("demand_id", "kind", "country", "supplier_id", "share")
        ):
            sources.setdefault(s["demand_id"], []).append(s)

    for index, r in enumerate(rows):
        value = Demand(
            annual_value=r["annual_value"], currency=r["currency"], exchange_rate=r["exchange_rate"]
        ).to_vnd(r["annual_value"])
        where = f"demand #{r['id']}"
        if value is None:
            warnings.append(f"{where}: amount in {r['currency']} without an exchange rate; left out")
            continue
        buyer = str(merged.get(r["buyer_id"], r["buyer_id"]))
        line_sources = []
        for s in sources.get(r["id"], []):
            line_sources.append(Source(origin=_origin(s, r, merged, net), share=float(s["share"])))
        net.demand.append(
            DemandLine(
                buyer=buyer,
                product=r["product__code"],
                annual_value=float(value),
                cover_days=float(r["cover_days"] or 0),
                sources=tuple(line_sources),
                year=r["year"],
                sector=r["product__sector__code"] or "",
                index=index,
            )
        )
        share_sum = sum(s.share for s in line_sources)
        if abs(share_sum - 1.0) > 1e-6:
            warnings.append(f"{where}: shares sum to {share_sum:.6g}, not 1; used as given")
    return net


def _origin(s: dict, r: dict, merged: dict[int, int], net: Network) -> str:
    """The origin id of one DemandSource row (adds the anonymous pseudo firm to ``net`` when needed)."""
    if s["kind"] == "import":
        return f"import:{(s['country'] or '').upper()}"
    if s["supplier_id"]:
        return str(merged.get(s["supplier_id"], s["supplier_id"]))
    if s["kind"] == "in_province":
        prov = r["buyer__province__code"] or ""
        oid = f"{ANON_IN_PROVINCE}{prov}"
        if oid not in net.firms:
            net.firms[oid] = Firm(id=oid, province=prov, country=DOMESTIC_COUNTRY, name="")
        return oid
    if ANON_DOMESTIC not in net.firms:
        net.firms[ANON_DOMESTIC] = Firm(id=ANON_DOMESTIC, province="", country=DOMESTIC_COUNTRY, name="")
    return ANON_DOMESTIC
