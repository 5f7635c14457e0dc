"""Mount the NinjaAPI; routers are discovered from ``lienket.web.<app>.api`` modules (attribute ``router``,
mounted at ``api_prefix`` or the app label)."""

from __future__ import annotations

import importlib

from django.conf import settings
from django.urls import path
from ninja import NinjaAPI

api = NinjaAPI(
    title="lienket API",
    version="1",
    description="Công nghiệp hỗ trợ: khu/cụm công nghiệp, doanh nghiệp, sản phẩm, nhu cầu, chỉ tiêu. "
    "Supporting-industry registry: zones, enterprises, products, demand, indicators.",
    urls_namespace="api",
    docs_url="/docs",
)

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

urlpatterns = [path("", api.urls)]
