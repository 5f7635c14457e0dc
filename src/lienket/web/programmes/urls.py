"""URLs of the programmes app (mounted at /chuong-trinh/)."""

from django.urls import path

from lienket.web.programmes import views

app_name = "programmes"

urlpatterns = [
    path("", views.programme_list, name="programme_list"),
    path("chi-tieu/", views.indicator_list, name="indicator_list"),
    path("bao-cao-nam/", views.annual_report, name="annual_report"),
    path("ho-tro/", views.activity_list, name="activity_list"),
    path("ho-tro/moi/", views.activity_create, name="activity_create"),
    path("ho-tro/<int:pk>/", views.activity_detail, name="activity_detail"),
    path("chuyen-gia/", views.expert_list, name="expert_list"),
    path("san-sang/<int:pk>/", views.readiness, name="readiness"),
    path("bao-cao-dinh-ky/", views.filing_overview, name="filing_overview"),
    path("bao-cao-dinh-ky/thao-tac/", views.filing_action, name="filing_action"),
    path("bao-cao-dinh-ky/xlsx/", views.filing_xlsx, name="filing_xlsx"),
    path("bao-cao-dinh-ky/nop/", views.file_report, name="file_report"),
    path("tin-tuc/", views.news_list, name="news_list"),
    path("tin-tuc/atom/", views.NewsFeed(), name="news_feed"),
    path("tin-tuc/moi/", views.announcement_edit, name="announcement_create"),
    path("tin-tuc/<int:pk>/", views.news_detail, name="news_detail"),
    path("tin-tuc/<int:pk>/sua/", views.announcement_edit, name="announcement_edit"),
    path("tin-tuc/<int:pk>/dang-ky/", views.event_register, name="event_register"),
    path("hoi-dap/", views.inquiry, name="inquiry"),
    path("hop-thu/", views.inbox, name="inbox"),
    path("hop-thu/<int:pk>/", views.inquiry_detail, name="inquiry_detail"),
    path("luot-xem/", views.view_stats, name="view_stats"),
    path("luot-xem/<str:kind>/<str:key>/", views.count_page_view, name="count_view"),
    path("<slug:code>/", views.programme_detail, name="programme_detail"),
]
