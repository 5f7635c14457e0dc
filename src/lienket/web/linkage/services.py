"""Writes of the linkage app: buyers' demands and the matchmaking pipeline. Each function is one transaction
that checks permission, validates, saves and writes its audit line; errors are domain exceptions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry
from lienket.web.linkage.models import ORDER, Introduction, StageChange
from lienket.web.registry.models import Currency, Demand, Enterprise, Product


class LinkageError(Exception):
    """A request the pipeline refuses (bad stage move, missing value); the message is for the user."""


class NotAllowed(LinkageError):
    """The user may not do this to this record."""


DEMAND_FIELDS = (
    "product",
    "title",
    "specification",
    "year",
    "annual_quantity",
    "quantity_unit",
    "annual_value",
    "currency",
    "exchange_rate",
    "required_certifications",
    "target_date",
    "status",
)


def can_edit_demand(user, demand: Demand) -> bool:
    """Officers edit every demand; a buyer user only the demands of its own enterprise."""
    if user.is_officer:
        return True
    return (
        getattr(user, "role", "") == "buyer"
        and bool(user.enterprise_id)
        and (demand.buyer_id == user.enterprise_id)
    )


def can_post_demand(user) -> bool:
    """Buyer users linked to an enterprise, and officers."""
    return user.is_authenticated and (
        user.is_officer or (getattr(user, "role", "") == "buyer" and bool(user.enterprise_id))
    )


def _clean_certs(value) -> list[str]:
    if isinstance(value, str):
        value = value.replace(";", ",").replace("\n", ",").split(",")
    return [str(c).strip() for c in (value or []) if str(c).strip()]


def _apply(demand: Demand, data: dict) -> None:
    for name in DEMAND_FIELDS:
        if name in data:
            value = data[name]
            if name == "required_certifications":
                value = _clean_certs(value)
            if name == "product" and not isinstance(value, Product):
                value = Product.objects.get(pk=value)
            setattr(demand, name, value)


@transaction.atomic
def create_demand(
    user, data: dict, *, buyer: Enterprise | None = None, via: str = AuditEntry.Via.UI
) -> Demand:
    """A buyer posts a demand for its own enterprise (officers may name any buyer)."""
    if not can_post_demand(user):
        raise NotAllowed(_("Chỉ người dùng bên mua và cán bộ được đăng nhu cầu mua."))
    if not user.is_officer or buyer is None:
        buyer = user.enterprise
    if buyer is None:
        raise NotAllowed(_("Chưa chọn doanh nghiệp bên mua."))
    demand = Demand(buyer=buyer, year=timezone.localdate().year)
    _apply(demand, data)
    demand.full_clean()
    demand.save()
    if not buyer.is_buyer:
        before = audit.snapshot(buyer)
        buyer.is_buyer = True
        buyer.save(update_fields=["is_buyer", "updated_at"])
        audit.record(buyer, action=AuditEntry.Action.UPDATE, actor=user, before=before, via=via)
    audit.record(demand, action=AuditEntry.Action.CREATE, actor=user, via=via)
    return demand


@transaction.atomic
def update_demand(user, demand: Demand, data: dict, *, via: str = AuditEntry.Via.UI) -> Demand:
    """Edit a demand (its buyer never changes here)."""
    demand = Demand.objects.select_for_update().get(pk=demand.pk)
    if not can_edit_demand(user, demand):
        raise NotAllowed(_("Chỉ được sửa nhu cầu mua của doanh nghiệp mình."))
    before = audit.snapshot(demand)
    _apply(demand, data)
    demand.full_clean()
    demand.row_version += 1
    demand.save()
    audit.record(demand, action=AuditEntry.Action.UPDATE, actor=user, before=before, via=via)
    return demand


# --------------------------------------------------------------------------- pipeline


def _require_officer(user) -> None:
    if not getattr(user, "is_officer", False):
        raise NotAllowed(_("Chỉ cán bộ Sở Công Thương quản lý giới thiệu kết nối."))


@transaction.atomic
def introduce(
    user,
    *,
    supplier: Enterprise,
    buyer: Enterprise | None = None,
    demand: Demand | None = None,
    on: dt.date | None = None,
    notes: str = "",
    via: str = AuditEntry.Via.UI,
) -> Introduction:
    """An officer introduces ``supplier`` to ``buyer`` (the demand's buyer when a demand is given)."""
    _require_officer(user)
    buyer = buyer or (demand.buyer if demand else None)
    if buyer is None:
        raise LinkageError(_("Giới thiệu cần bên mua hoặc nhu cầu mua."))
    if demand is not None and demand.buyer_id != buyer.pk:
        raise LinkageError(_("Nhu cầu mua này thuộc bên mua khác."))
    if supplier.pk == buyer.pk:
        raise LinkageError(_("Không thể giới thiệu doanh nghiệp với chính nó."))
    open_same = Introduction.objects.filter(supplier=supplier, buyer=buyer, demand=demand).exclude(
        stage__in=[Introduction.Stage.CONTRACT, Introduction.Stage.DROPPED]
    )
    if open_same.exists():
        raise LinkageError(_("Nhà cung ứng này đã được giới thiệu cho nhu cầu này."))
    on = on or timezone.localdate()
    intro = Introduction.objects.create(
        supplier=supplier, buyer=buyer, demand=demand, introduced_on=on, notes=notes, created_by=user
    )
    StageChange.objects.create(
        introduction=intro, from_stage="", to_stage=intro.stage, on=on, note=notes[:500], actor=user
    )
    audit.record(intro, action=AuditEntry.Action.CREATE, actor=user, via=via)
    return intro


_DATE_FIELD = {
    "meeting": "meeting_on",
    "sample": "sample_on",
    "contract": "contract_on",
    "dropped": "dropped_on",
}


def _decimal(value, name: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        d = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise LinkageError(
            _("%(name)s: không phải là số (%(value)s).") % {"name": name, "value": value}
        ) from None
    if d < 0:
        raise LinkageError(_("%(name)s: không được âm.") % {"name": name})
    return d


@transaction.atomic
def move_stage(
    user,
    intro: Introduction,
    stage: str,
    *,
    on: dt.date | None = None,
    note: str = "",
    contract_value=None,
    currency: str = Currency.VND,
    exchange_rate=None,
    reason: str = "",
    via: str = AuditEntry.Via.UI,
) -> Introduction:
    """Move an introduction forward (stages may be skipped) or drop it. A contract needs its value; a USD value
    its exchange rate; dropping needs a reason. Contracts and drops are final."""
    _require_officer(user)
    intro = Introduction.objects.select_for_update().get(pk=intro.pk)
    if stage not in Introduction.Stage.values:
        raise LinkageError(_("Bước không hợp lệ: %(stage)s.") % {"stage": stage})
    if not intro.is_open:
        raise LinkageError(_("Giới thiệu này đã kết thúc (hợp đồng hoặc dừng)."))
    if stage != Introduction.Stage.DROPPED and ORDER.index(stage) <= ORDER.index(intro.stage):
        raise LinkageError(_("Chỉ được chuyển sang bước sau."))
    on = on or timezone.localdate()
    if on < intro.introduced_on:
        raise LinkageError(_("Ngày trước ngày giới thiệu."))
    before = audit.snapshot(intro)
    if stage == Introduction.Stage.CONTRACT:
        value = _decimal(contract_value, _("giá trị hợp đồng"))
        if value is None:
            raise LinkageError(_("Hợp đồng cần có giá trị."))
        rate = _decimal(exchange_rate, _("tỷ giá"))
        if currency not in Currency.values:
            raise LinkageError(_("Tiền tệ không hợp lệ: %(c)s.") % {"c": currency})
        if currency == Currency.USD and not rate:
            raise LinkageError(_("Hợp đồng bằng USD cần tỷ giá (VND/USD)."))
        intro.contract_value, intro.currency, intro.exchange_rate = value, currency, rate
    if stage == Introduction.Stage.DROPPED:
        if not reason.strip():
            raise LinkageError(_("Cần ghi lý do dừng."))
        intro.dropped_reason = reason.strip()[:300]
    previous = intro.stage
    intro.stage = stage
    setattr(intro, _DATE_FIELD[stage], on)
    if note:
        intro.notes = (intro.notes + "\n" if intro.notes else "") + f"{on.isoformat()}: {note}"
    try:
        intro.full_clean()
    except ValidationError as exc:
        raise LinkageError("; ".join(exc.messages)) from None
    intro.save()
    StageChange.objects.create(
        introduction=intro,
        from_stage=previous,
        to_stage=stage,
        on=on,
        note=(note or reason)[:500],
        actor=user,
    )
    audit.record(
        intro, action=AuditEntry.Action.UPDATE, actor=user, before=before, via=via, reason=reason or note
    )
    return intro
