"""Illustrative zone photos for the demo: drawn, not photographed, and captioned as such.

No photo library is reachable offline, so the demo draws a deterministic aerial-plan picture per zone
(plots, roads, green buffer) and labels it "Ảnh minh họa (tổng hợp)".
"""

from __future__ import annotations

import hashlib
import io
import random

from django.core.files.base import ContentFile

from . import models as m


def draw_plan(seed: str, leased_share: float, size=(960, 540)) -> bytes:
    """A PNG aerial-plan illustration: grey roads, leased plots dark, free plots light, a green buffer."""
    from PIL import Image, ImageDraw

    rnd = random.Random(hashlib.sha256(seed.encode()).digest())
    w, h = size
    img = Image.new("RGB", size, (120, 160, 90))
    d = ImageDraw.Draw(img)
    margin = 40
    d.rectangle([margin, margin, w - margin, h - margin], fill=(200, 190, 160))
    cols, rows = rnd.randint(5, 8), rnd.randint(3, 5)
    road = 14
    cw = (w - 2 * margin - (cols + 1) * road) / cols
    rh = (h - 2 * margin - (rows + 1) * road) / rows
    d.rectangle([margin, margin, w - margin, h - margin], fill=(150, 150, 150))
    for r in range(rows):
        for c in range(cols):
            x0 = margin + road + c * (cw + road)
            y0 = margin + road + r * (rh + road)
            leased = rnd.random() < leased_share
            colour = (70, 90, 120) if leased else (225, 215, 185)
            d.rectangle([x0, y0, x0 + cw, y0 + rh], fill=colour)
            if leased:
                for _ in range(rnd.randint(1, 3)):
                    bx = x0 + rnd.uniform(4, cw * 0.5)
                    by = y0 + rnd.uniform(4, rh * 0.5)
                    d.rectangle([bx, by, bx + cw * 0.4, by + rh * 0.4], fill=(180, 190, 200))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def ensure_zone_photos() -> int:
    """Give every zone without a photo one illustration (idempotent); returns how many were drawn."""
    drawn = 0
    for zone in m.Zone.objects.filter(photos__isnull=True).only(
        "id", "code", "leased_land_ha", "industrial_land_ha"
    ):
        occ = zone.occupancy_pct
        share = float(occ) / 100 if occ is not None else 0.3
        photo = m.ZonePhoto(zone=zone, caption="Ảnh minh họa (tổng hợp) / illustration (synthetic)", order=0)
        photo.image.save(
            f"{zone.code.lower()}-plan.png", ContentFile(draw_plan(zone.code, share)), save=False
        )
        photo.save()
        drawn += 1
    return drawn
