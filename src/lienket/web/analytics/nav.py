"""Navigation entries of the analytics app."""

from django.utils.translation import gettext_lazy as _

ITEMS = [
    {"label": _("Nội địa hóa"), "url": "analytics:localization", "audience": "public"},
    {"label": _("Xúc tiến đầu tư"), "url": "analytics:promotion", "audience": "public"},
    {"label": _("Tìm địa điểm"), "url": "analytics:sites", "audience": "public"},
    {"label": _("Kịch bản gián đoạn"), "url": "analytics:scenario_list", "audience": "officer"},
]
