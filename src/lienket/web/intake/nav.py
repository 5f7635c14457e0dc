from django.utils.translation import gettext_lazy as _

ITEMS = [{"label": _("Nhập dữ liệu"), "url": "intake:upload", "audience": "officer"}]
