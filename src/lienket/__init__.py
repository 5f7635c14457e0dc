"""lienket — registry, linkage and analytics for a province's supporting industry (công nghiệp hỗ trợ)."""

__version__ = "0.1.0"
