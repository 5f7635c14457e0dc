"""Account pages: login, sign-up, claims, the own-enterprise page, TOTP."""

from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.home, name="home"),
    path("dang-nhap/", views.LoginView.as_view(), name="login"),
    path("dang-ky/", views.signup, name="signup"),
    path("nhan-ho-so/<int:enterprise_id>/", views.claim, name="claim"),
    path("yeu-cau-nhan-ho-so/", views.claim_queue, name="claim_queue"),
    path("yeu-cau-nhan-ho-so/<int:pk>/", views.claim_decide, name="claim_decide"),
    path("doanh-nghiep-cua-toi/", views.my_enterprise, name="my_enterprise"),
    path("doanh-nghiep-cua-toi/<str:kind>/them/", views.my_child, name="my_child_add"),
    path("doanh-nghiep-cua-toi/<str:kind>/<int:pk>/", views.my_child, name="my_child"),
    path("doanh-nghiep-cua-toi/<str:kind>/<int:pk>/xoa/", views.my_child_delete, name="my_child_delete"),
    path("xac-thuc-hai-lop/", views.totp_setup, name="totp"),
]
