"""URLs of the intake app (officers only)."""

from django.urls import path

from . import views

app_name = "intake"

urlpatterns = [
    path("", views.upload, name="upload"),
    path("mau/<str:kind>.xlsx", views.template, name="template"),
    path("lo/<int:pk>/", views.batch, name="batch"),
    path("lo/<int:pk>/trang-thai/", views.status, name="status"),
    path("lo/<int:pk>/xac-nhan/", views.confirm, name="confirm"),
    path("lo/<int:pk>/huy/", views.cancel, name="cancel"),
    path("lo/<int:pk>/loi.<str:fmt>", views.errors, name="errors"),
]
