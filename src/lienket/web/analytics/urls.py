"""URLs of the analytics app (mounted at /phan-tich/)."""

from django.urls import path

from . import views

app_name = "analytics"

urlpatterns = [
    path("", views.index, name="index"),
    path("noi-dia-hoa/", views.localization, name="localization"),
    path("kich-ban/", views.scenario_list, name="scenario_list"),
    path("kich-ban/so-sanh/", views.scenario_compare, name="scenario_compare"),
    path("kich-ban/<int:pk>/", views.scenario_detail, name="scenario_detail"),
    path("kich-ban/<int:pk>/xoa/", views.scenario_delete, name="scenario_delete"),
    path("xuc-tien-dau-tu/", views.promotion, name="promotion"),
    path("xuc-tien-dau-tu/trong-so/", views.weights, name="weights"),
    path("dia-diem/", views.sites, name="sites"),
]
