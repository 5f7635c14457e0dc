from django.utils.translation import gettext_lazy as _

ITEMS = [
    {"label": _("Tìm nhà cung ứng"), "url": "linkage:search", "audience": "public"},
    {"label": _("Nhu cầu mua"), "url": "linkage:demand_list", "audience": "user"},
    {"label": _("Cơ hội cung ứng"), "url": "linkage:opportunities", "audience": "user"},
    {"label": _("Giới thiệu kết nối"), "url": "linkage:introduction_list", "audience": "user"},
    {"label": _("Ứng viên theo nhu cầu"), "url": "linkage:board", "audience": "officer"},
    {"label": _("Chỉ số kết nối"), "url": "linkage:kpis", "audience": "officer"},
]
