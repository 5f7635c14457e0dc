"""Limit/offset pagination with a total count; every list has a stable order ending in the primary key."""

from __future__ import annotations

from django.conf import settings
from ninja import Field, Schema

from lienket.web.counts import cached_count

MAX_OFFSET = 10**9


def max_limit() -> int:
    return int(getattr(settings, "API_MAX_LIMIT", 200))


class PageParams(Schema):
    limit: int = Field(50, ge=1, le=1000, description="Rows per page (capped by API_MAX_LIMIT, default 200).")
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


def page_schema(item: type[Schema]) -> type[Schema]:
    """``{count, limit, offset, items: [item]}`` as a named schema for the OpenAPI document."""
    return type(
        f"{item.__name__.removesuffix('Out')}Page",
        (Schema,),
        {"__annotations__": {"count": int, "limit": int, "offset": int, "items": list[item]}},
    )


def paginate(queryset, params: PageParams) -> dict:
    """One page of ``queryset`` (already ordered) and its total count (large totals from the count cache)."""
    limit = min(params.limit, max_limit())
    count = cached_count(queryset)
    items = list(queryset[params.offset : params.offset + limit]) if params.offset < count else []
    return {"count": count, "limit": limit, "offset": params.offset, "items": items}
