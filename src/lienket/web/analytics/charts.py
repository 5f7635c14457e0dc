"""Server-rendered SVG charts (no JavaScript): bars with optional target markers, and a weekly column chart.
Output is escaped SVG markup for ``|safe`` in templates; every chart carries a <title> and a text table
elsewhere on the page for screen readers."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

BRAND = "#0b5394"
ACCENT = "#c0392b"
MUTED = "#6b7785"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    second: float | None = None  # a second series drawn beside (e.g. in-Vietnam next to in-province)
    marker: float | None = None  # a target line across the bar


def _fmt(v: float, pct: bool) -> str:
    return f"{v * 100:.1f}%" if pct else f"{v:,.0f}"


def bar_chart(bars: list[Bar], *, title: str, pct: bool = False, legend: tuple[str, str] | None = None,
              width: int = 640, height: int = 240) -> str:  # fmt: skip
    """Vertical bars (one or two series) with optional target markers; values ≥ 0."""
    if not bars:
        return ""
    pad_l, pad_b, pad_t = 56, 28, 24
    top = max([b.value for b in bars] + [b.second or 0 for b in bars] + [b.marker or 0 for b in bars]) or 1.0
    if pct:
        top = max(top, 1.0) if top > 0.8 else min(1.0, top * 1.25)
    else:
        top *= 1.1
    plot_w, plot_h = width - pad_l - 8, height - pad_b - pad_t
    slot = plot_w / len(bars)
    two = any(b.second is not None for b in bars)
    bw = slot * (0.36 if two else 0.6)
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    ]
    for i in range(5):
        y = pad_t + plot_h * (1 - i / 4)
        out.append(f'<line x1="{pad_l}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e8ee"/>')
        out.append(
            f'<text x="{pad_l - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="{MUTED}">'
            f"{escape(_fmt(top * i / 4, pct))}</text>"
        )
    for i, b in enumerate(bars):
        x0 = pad_l + slot * i + (slot - (2 * bw if two else bw)) / 2
        for j, (v, color) in enumerate(((b.value, BRAND), (b.second, "#6fa8dc"))):
            if v is None:
                continue
            h = plot_h * max(0.0, v) / top
            x = x0 + j * bw
            out.append(
                f'<rect x="{x:.1f}" y="{pad_t + plot_h - h:.1f}" width="{bw:.1f}" height="{h:.1f}" fill="{color}">'
                f"<title>{escape(b.label)}: {escape(_fmt(v, pct))}</title></rect>"
            )
        if b.marker is not None:
            y = pad_t + plot_h * (1 - b.marker / top)
            out.append(
                f'<line x1="{x0 - 4:.1f}" x2="{x0 + (2 * bw if two else bw) + 4:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
                f'stroke="{ACCENT}" stroke-width="3"><title>{escape(_fmt(b.marker, pct))}</title></line>'
            )
        out.append(
            f'<text x="{pad_l + slot * i + slot / 2:.1f}" y="{height - 10}" text-anchor="middle" font-size="11" '
            f'fill="#1f2a37">{escape(b.label[:18])}</text>'
        )
    if legend:
        out.append(f'<rect x="{pad_l}" y="4" width="10" height="10" fill="{BRAND}"/>')
        out.append(f'<text x="{pad_l + 14}" y="13" font-size="11">{escape(legend[0])}</text>')
        if two:
            out.append(f'<rect x="{pad_l + 170}" y="4" width="10" height="10" fill="#6fa8dc"/>')
            out.append(f'<text x="{pad_l + 184}" y="13" font-size="11">{escape(legend[1])}</text>')
    out.append("</svg>")
    return "".join(out)


def hbar_chart(items: list[tuple[str, float]], *, title: str, width: int = 640) -> str:
    """Horizontal bars for a ranked list (e.g. value at risk per buyer)."""
    if not items:
        return ""
    row, pad_l = 22, 220
    height = row * len(items) + 8
    top = max(v for _, v in items) or 1.0
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    ]
    for i, (label, v) in enumerate(items):
        y = 4 + i * row
        w = (width - pad_l - 90) * max(0.0, v) / top
        out.append(
            f'<text x="{pad_l - 6}" y="{y + 14}" text-anchor="end" font-size="11">{escape(label[:34])}</text>'
            f'<rect x="{pad_l}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{BRAND}"/>'
            f'<text x="{pad_l + w + 4:.1f}" y="{y + 14}" font-size="11" fill="{MUTED}">{v:,.0f}</text>'
        )
    out.append("</svg>")
    return "".join(out)
