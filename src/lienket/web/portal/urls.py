"""Public portal URLs (Vietnamese by default; the language is chosen by LocaleMiddleware, not the path)."""

from django.urls import path

from lienket.web.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("khu-cum-cong-nghiep/", views.zone_list, name="zone_list"),
    path("khu-cum-cong-nghiep/<str:code>/", views.zone_detail, name="zone_detail"),
    path("doanh-nghiep/", views.enterprise_list, name="enterprise_list"),
    path("doanh-nghiep/<int:pk>/", views.enterprise_detail, name="enterprise_detail"),
    path("danh-muc/", views.taxonomy, name="taxonomy"),
    path("danh-muc/<str:version>/", views.taxonomy, name="taxonomy_version"),
]
