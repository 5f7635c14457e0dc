from django.utils.translation import gettext_lazy as _

ITEMS = [
    {"label": _("Cần xác minh"), "url": "audit:stale", "audience": "officer"},
    {"label": _("Thùng rác"), "url": "audit:trash_index", "audience": "officer"},
]
