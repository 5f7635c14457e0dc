"""Mount the NinjaAPI; routers are discovered from ``lienket.web.<app>.api`` modules (attribute ``router``,
mounted at ``api_prefix`` or the app label). Errors share one body shape (``errors.py``); every operation is
rate-limited (``security.CacheRateLimit``)."""

from __future__ import annotations

import importlib

from django.conf import settings
from django.http import JsonResponse
from django.urls import path, re_path
from ninja import NinjaAPI

from . import errors
from .security import CacheRateLimit

api = NinjaAPI(
    title="lienket API",
    version="1",
    description=(
        "Công nghiệp hỗ trợ: khu/cụm công nghiệp, doanh nghiệp, sản phẩm, nhu cầu, chỉ tiêu. "
        "Supporting-industry registry: zones, enterprises, products, demand, indicators. "
        "Reads are public; writes need `Authorization: Bearer <token>`. Every error has the body "
        '`{"error": {"code", "message", "details"}}`. See docs/api.md.'
    ),
    urls_namespace="api",
    docs_url="/docs",
    throttle=[CacheRateLimit()],
)
errors.install(api)

for app in settings.LIENKET_APPS:
    try:
        module = importlib.import_module(f"{app}.api")
    except ModuleNotFoundError as exc:
        if exc.name != f"{app}.api":
            raise
        continue
    router = getattr(module, "router", None)
    if router is not None:
        api.add_router(getattr(module, "api_prefix", app.rsplit(".", 1)[1]), router)


def not_found(request, rest=""):
    """Unknown paths under /api/v1/ answer with the same error body as the API."""
    return JsonResponse(errors.body(404, f"No API endpoint at {request.path}."), status=404)


urlpatterns = [path("", api.urls), re_path(r"^(?P<rest>.*)$", not_found)]
