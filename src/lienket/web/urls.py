"""Root URL configuration."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

admin.site.site_header = "lienket — Quản trị CNHT"
admin.site.site_title = "lienket"
admin.site.index_title = "Sổ đăng ký công nghiệp hỗ trợ / Supporting-industry registry"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("lienket.web.portal.urls")),
]
if not settings.PRODUCTION:
    # Uploaded photos; in production the web server (or object storage) serves MEDIA_ROOT.
    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}))
