"""Reminders to enterprise users whose profile is stale (chưa được cập nhật / xác minh trong STALE_AFTER_DAYS)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail

from . import selectors

SUBJECT = "[lienket] Đề nghị cập nhật hồ sơ doanh nghiệp / Please update your company profile"
BODY = (
    "Kính gửi {name},\n\n"
    "Hồ sơ của {firm} trên cổng công nghiệp hỗ trợ chưa được cập nhật hoặc xác minh từ {since}.\n"
    "Xin vui lòng đăng nhập, kiểm tra và cập nhật sản phẩm, năng lực, số liệu năm: {url}\n\n"
    "The profile of {firm} has not been updated or verified since {since}. Please sign in and update it.\n\n"
    "Sở Công Thương"
)


def send_stale_reminders(*, dry_run: bool = False, limit: int = 500) -> list[tuple[str, str]]:
    """One e-mail per active enterprise user (with an address) whose enterprise is stale; returns (email, firm)."""
    from lienket.web.registry.models import Enterprise

    stale_ids = selectors.stale(Enterprise).values("pk")
    users = (
        get_user_model()
        .objects.filter(is_active=True, enterprise__in=stale_ids)
        .exclude(email="")
        .select_related("enterprise")
        .order_by("pk")[:limit]
    )
    base = getattr(settings, "LIENKET_BASE_URL", "").rstrip("/")
    out = []
    for user in users:
        firm = user.enterprise
        since = firm.verified_on.strftime("%d/%m/%Y") if firm.verified_on else "—"
        if not dry_run:
            send_mail(
                SUBJECT,
                BODY.format(
                    name=user.get_full_name() or user.get_username(),
                    firm=firm,
                    since=since,
                    url=f"{base}/tai-khoan/doanh-nghiep-cua-toi/",
                ),
                None,
                [user.email],
            )
        out.append((user.email, str(firm)))
    return out
