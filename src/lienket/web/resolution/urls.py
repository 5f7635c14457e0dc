"""URLs of the resolution app (officers only), mounted at /trung-lap/."""

from django.urls import path

from . import views

app_name = "resolution"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("cap/<int:pk>/", views.pair, name="pair"),
    path("cap/<int:pk>/xac-nhan/", views.confirm, name="confirm"),
    path("cap/<int:pk>/khong-trung/", views.reject, name="reject"),
    path("cap/<int:pk>/bo-qua/", views.skip, name="skip"),
    path("lich-su/", views.merge_list, name="merges"),
    path("gop/<int:pk>/hoan-tac/", views.undo, name="undo"),
    path("doanh-nghiep/<int:pk>/nguon/", views.source_values, name="source_values"),
    path("chay/", views.run, name="run"),
    path("chay/<int:pk>/", views.run_detail, name="run_detail"),
    path("chay/<int:pk>/trang-thai/", views.run_status, name="run_status"),
]
