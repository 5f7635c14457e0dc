"""Root URL configuration. Each app owns its URL module; this file only mounts them."""

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
    path("api/v1/", include("lienket.web.api.urls")),
    path("tai-khoan/", include("lienket.web.accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("nhap-du-lieu/", include("lienket.web.intake.urls")),
    path("trung-lap/", include("lienket.web.resolution.urls")),
    path("ket-noi/", include("lienket.web.linkage.urls")),
    path("phan-tich/", include("lienket.web.analytics.urls")),
    path("chuong-trinh/", include("lienket.web.programmes.urls")),
    path("du-lieu-mo/", include("lienket.web.opendata.urls")),
    path("lich-su/", include("lienket.web.audit.urls")),
    path("", include("lienket.web.portal.urls")),
]
if not settings.PRODUCTION:
    # Uploaded photos; in production the web server (or object storage) serves MEDIA_ROOT.
    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}))
