from django.utils.translation import gettext_lazy as _

ITEMS = [{"label": _("Trùng lặp"), "url": "resolution:queue", "audience": "officer"}]
