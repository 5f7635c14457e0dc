"""URLs of the linkage app (mounted at /ket-noi/)."""

from django.urls import path

from lienket.web.linkage import views

app_name = "linkage"

urlpatterns = [
    path("tim-kiem/", views.search, name="search"),
    path("ghep-noi/", views.match, name="match"),
    path("san-pham/", views.product_lookup, name="product_lookup"),
    path("nhu-cau/", views.demand_list, name="demand_list"),
    path("nhu-cau/moi/", views.demand_create, name="demand_create"),
    path("nhu-cau/<int:pk>/", views.demand_detail, name="demand_detail"),
    path("nhu-cau/<int:pk>/sua/", views.demand_edit, name="demand_edit"),
    path("nhu-cau/<int:pk>/gioi-thieu/", views.introduce, name="introduce"),
    path("co-hoi/", views.opportunities, name="opportunities"),
    path("ung-vien/", views.board, name="board"),
    path("gioi-thieu/", views.introduction_list, name="introduction_list"),
    path("gioi-thieu/<int:pk>/", views.introduction_detail, name="introduction_detail"),
    path("chi-so/", views.kpi_dashboard, name="kpis"),
]
