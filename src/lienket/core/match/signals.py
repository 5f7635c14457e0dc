"""Registry-side ranking signals beside the text ranker: certificate validity, capacity against the asked
quantity, distance, profile freshness, and the small bonus they add to a :class:`MatchIndex` score.

The bonus is at most :data:`MAX_BONUS` (0.5), below the ranker's certificate step (4 × coverage) and its maker
tier (10), so these signals order suppliers that the product evidence and certificates leave tied; they never
lift a firm that does not make the product over one that does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lienket.core.match.analyze import cert_key, cert_satisfies
from lienket.core.text import fold

# Weights of the tie-breaking bonus; they sum to MAX_BONUS.
W_FRESH, W_VERIFIED, W_CAPACITY, W_DISTANCE = 0.15, 0.1, 0.15, 0.1
MAX_BONUS = W_FRESH + W_VERIFIED + W_CAPACITY + W_DISTANCE
# Distance at which the distance signal halves (km): a day's truck run in the Red River delta is ~100 km.
DISTANCE_HALF_KM = 50.0


@dataclass(frozen=True, slots=True)
class CertRecord:
    """A certificate an enterprise holds (chứng nhận), with its validity window (None = open-ended)."""

    standard: str
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        """True when ``day`` lies inside the validity window."""
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day > self.valid_until)


@dataclass(slots=True)
class CertCheck:
    """Required certificates sorted into held (valid today), expired (or not yet valid) and missing."""

    held: list[tuple[str, CertRecord]] = field(default_factory=list)
    expired: list[tuple[str, CertRecord]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        """Share of the required certificates held and valid (1.0 when nothing is required)."""
        n = len(self.held) + len(self.expired) + len(self.missing)
        return len(self.held) / n if n else 1.0

    @property
    def complete(self) -> bool:
        """Every required certificate is held and valid."""
        return not self.expired and not self.missing


def check_certifications(required: list[str], held: list[CertRecord], today: dt.date) -> CertCheck:
    """Compare ``required`` names ("ISO 9001", "IATF 16949") with the records held on ``today``.

    A certificate counts only inside its validity dates; one that satisfies the name but has lapsed is
    reported as expired (so an officer can chase the renewal), not silently as missing.
    """
    out = CertCheck()
    keys = [(cert_key(h.standard), h) for h in held]
    for name in required:
        if not str(name).strip():
            continue
        want = cert_key(name)
        fits = [h for k, h in keys if cert_satisfies(k, want)]
        valid = [h for h in fits if h.valid_on(today)]
        if valid:
            best = max(valid, key=lambda h: h.valid_until or dt.date.max)
            out.held.append((name, best))
        elif fits:
            out.expired.append((name, max(fits, key=lambda h: h.valid_until or dt.date.min)))
        else:
            out.missing.append(name)
    return out


def capacity_ratio(capacity: float | None, quantity: float | None) -> float | None:
    """Annual capacity ÷ asked annual quantity (None when either is unknown or the quantity is not positive)."""
    if capacity is None or quantity is None or quantity <= 0:
        return None
    return float(capacity) / float(quantity)


def capacity_score(ratio: float | None) -> float:
    """0–1: 1 when capacity covers the quantity, proportionally less below it, 0.5 when unknown."""
    if ratio is None:
        return 0.5
    return max(0.0, min(1.0, ratio))


def distance_score(km: float | None) -> float:
    """0–1, halving every :data:`DISTANCE_HALF_KM`; 0 when the distance is unknown."""
    if km is None:
        return 0.0
    return 1.0 / (1.0 + max(0.0, km) / DISTANCE_HALF_KM)


@dataclass(frozen=True, slots=True)
class Freshness:
    """How recently a profile was verified: age in days (None = never), stale flag and a 0–1 score."""

    days: int | None
    stale: bool
    score: float


def freshness(verified_on: dt.date | None, today: dt.date, stale_after_days: int = 365) -> Freshness:
    """Score a profile's verification date: 1 today, falling linearly to 0.5 at ``stale_after_days`` and to 0
    at twice that; never verified scores 0 and is stale."""
    if verified_on is None:
        return Freshness(None, True, 0.0)
    days = max(0, (today - verified_on).days)
    limit = max(1, stale_after_days)
    return Freshness(days, days > limit, max(0.0, 1.0 - days / (2 * limit)))


def bonus(fresh: Freshness, *, capacity: float | None = None, distance_km: float | None = None) -> float:
    """Tie-breaking bonus (0 – :data:`MAX_BONUS`) from freshness, verification, capacity ratio and distance."""
    verified = 0.0 if fresh.days is None or fresh.stale else 1.0
    return (
        W_FRESH * fresh.score
        + W_VERIFIED * verified
        + W_CAPACITY * capacity_score(capacity)
        + W_DISTANCE * distance_score(distance_km)
    )


_PER_YEAR = {
    "year": 1, "yr": 1, "nam": 1, "y": 1, "annum": 1,
    "month": 12, "mo": 12, "thang": 12,
    "week": 52, "wk": 52, "tuan": 52,
    "day": 365, "d": 365, "ngay": 365,
}  # fmt: skip


def annual_capacity(capacity: float | None, capacity_unit: str, quantity_unit: str = "") -> float | None:
    """Capacity per year in the demand's unit: "pcs/month" × 12; None when the units differ or are unclear.

    ``quantity_unit`` empty means "same unit as the capacity"; a capacity without a period counts as per year
    (the registry field is "năng lực / năm").
    """
    if capacity is None:
        return None
    base, _sep, per = fold(capacity_unit or "").replace(" ", "").partition("/")
    factor = _PER_YEAR.get(per, None) if per else 1
    if factor is None:
        return None
    want = fold(quantity_unit or "").replace(" ", "").partition("/")[0]
    if want and base and want != base:
        return None
    return float(capacity) * factor
