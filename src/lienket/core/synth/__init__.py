"""Realistic, deterministic synthetic province generator (``lienket synth``) and the real demo seeds.

``generate(seed, enterprises, province_codes, extra_zones, include_real)`` → ``SynthDataset``;
``iter_enterprises(seed, n, province_codes)`` streams enterprises for load tests;
``real_seeds()`` reads ``lienket/data/demo/seeds.json``. Everything generated is marked ``is_synthetic``.
"""

from .generator import AS_OF, DEFAULT_PROVINCES, generate, iter_enterprises
from .records import (
    CertRec,
    DemandRec,
    DemandSourceRec,
    EnterpriseRec,
    LinkRec,
    MilestoneRec,
    OfferingRec,
    PhaseRec,
    ProjectRec,
    SynthDataset,
    YearFigureRec,
    ZoneFigureRec,
    ZoneRec,
)
from .seeds import real_seeds, seed_sections

__all__ = [
    "AS_OF",
    "DEFAULT_PROVINCES",
    "CertRec",
    "DemandRec",
    "DemandSourceRec",
    "EnterpriseRec",
    "LinkRec",
    "MilestoneRec",
    "OfferingRec",
    "PhaseRec",
    "ProjectRec",
    "SynthDataset",
    "YearFigureRec",
    "ZoneFigureRec",
    "ZoneRec",
    "generate",
    "iter_enterprises",
    "real_seeds",
    "seed_sections",
]
