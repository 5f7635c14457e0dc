from django.utils.translation import gettext_lazy as _

ITEMS = [
    {"label": _("Tài khoản"), "url": "accounts:home", "audience": "user"},
    {"label": _("Duyệt nhận hồ sơ"), "url": "accounts:claim_queue", "audience": "officer"},
]
