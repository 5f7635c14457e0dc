"""Navigation entries of the programmes app (read by the portal's app_nav)."""

from django.utils.translation import gettext_lazy as _

ITEMS = [
    {"label": _("Chương trình"), "url": "programmes:programme_list", "audience": "public"},
    {"label": _("Tin tức, sự kiện"), "url": "programmes:news_list", "audience": "public"},
    {"label": _("Nộp báo cáo định kỳ"), "url": "programmes:file_report", "audience": "user"},
    {"label": _("Hỗ trợ doanh nghiệp"), "url": "programmes:activity_list", "audience": "officer"},
    {"label": _("Báo cáo định kỳ"), "url": "programmes:filing_overview", "audience": "officer"},
    {"label": _("Hộp thư nhà đầu tư"), "url": "programmes:inbox", "audience": "officer"},
    {"label": _("Báo cáo năm"), "url": "programmes:annual_report", "audience": "officer"},
]
