"""Portal-wide template context and the province every page filters by.

The selected province comes from ``?province=<code>`` (an empty value clears it) and is kept in the session,
so it follows the visitor from page to page; an instance holding a single province always selects it.
"""

from __future__ import annotations

import importlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from lienket.web.portal import selectors

PROVINCE_PARAM = "province"
SESSION_KEY = "portal_province"
_UNSET = object()


def provinces(request: HttpRequest) -> list:
    """The provinces this instance shows (cached on the request: one query per page)."""
    cached = getattr(request, "_portal_provinces", None)
    if cached is None:
        # Shared for a minute: finding the provinces that hold data scans every firm (~50 ms at 100k), on every page.
        key = "portal:provinces:" + ",".join(settings.LIENKET_PROVINCES)
        cached = cache.get(key)
        if cached is None:
            cached = list(selectors.portal_provinces(settings.LIENKET_PROVINCES))
            cache.set(key, cached, 60)
        request._portal_provinces = cached
    return cached


def selected_province(request: HttpRequest):
    """The province the visitor chose (an ``AdminUnit``), or None for every province of the instance."""
    cached = getattr(request, "_portal_province", _UNSET)
    if cached is not _UNSET:
        return cached
    available = provinces(request)
    session = getattr(request, "session", None)
    if PROVINCE_PARAM in request.GET:
        code = request.GET.get(PROVINCE_PARAM, "").strip()
        if session is not None and session.get(SESSION_KEY, "") != code:
            session[SESSION_KEY] = code
    else:
        code = session.get(SESSION_KEY, "") if session is not None else ""
    chosen = next((p for p in available if p.code == code), None)
    if chosen is None and len(available) == 1:
        chosen = available[0]
    request._portal_province = chosen
    return chosen


def app_nav(request: HttpRequest) -> list[dict]:
    """Navigation entries other apps contribute in ``<app>/nav.py`` (``ITEMS``: label, url name, audience).

    audience: "public" (everyone), "user" (signed in), "officer" (officers and admins).
    """
    from django.urls import NoReverseMatch, reverse

    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    officer = bool(signed_in and getattr(user, "is_officer", False))
    out = []
    for app in getattr(settings, "LIENKET_APPS", []):
        try:
            module = importlib.import_module(f"{app}.nav")
        except ModuleNotFoundError as exc:
            if exc.name != f"{app}.nav":
                raise
            continue
        for item in getattr(module, "ITEMS", []):
            audience = item.get("audience", "public")
            if (audience == "user" and not signed_in) or (audience == "officer" and not officer):
                continue
            try:
                url = reverse(item["url"])
            except NoReverseMatch:
                continue
            out.append({"label": item["label"], "url": url, "active": request.path.startswith(url)})
    return out


def portal(request: HttpRequest) -> dict:
    """Context processor: lazy values, so pages that do not show them (the admin) pay no query."""
    match = getattr(request, "resolver_match", None)
    return {
        "portal_provinces": lambda: provinces(request),
        "portal_province": lambda: selected_province(request),
        "portal_section": match.url_name.split("_")[0] if match and match.url_name else "",
        "portal_freshness": lambda: selectors.data_freshness(),
        "app_nav": lambda: app_nav(request),
        "MAP_TILE_URL": settings.MAP_TILE_URL,
        "MAP_TILE_ATTRIBUTION": settings.MAP_TILE_ATTRIBUTION,
        "STALE_AFTER_DAYS": settings.STALE_AFTER_DAYS,
    }
