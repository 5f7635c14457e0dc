from django.utils.translation import gettext_lazy as _

ITEMS = [{"label": _("Dữ liệu mở"), "url": "opendata:index", "audience": "public"}]
