"""URLs of the audit app: history, revert, trash, stale queue, verify."""

from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("can-xac-minh/", views.stale, name="stale"),
    path("xac-minh/<str:model_name>/<int:pk>/", views.verify, name="verify"),
    path("thung-rac/", views.trash_index, name="trash_index"),
    path("thung-rac/<str:model_name>/", views.trash, name="trash"),
    path("hoan-tac/<int:entry_id>/", views.revert, name="revert"),
    path("<str:app_label>/<str:model_name>/<str:pk>/", views.history, name="history"),
]
