"""API tokens in the back office: the secret is shown once, in the message after saving."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from .models import ApiToken, hash_token


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "key_prefix", "created", "last_used", "revoked"]
    list_filter = ["revoked"]
    search_fields = ["name", "user__username", "key_prefix"]
    autocomplete_fields = ["user"]
    readonly_fields = ["key_prefix", "created", "last_used"]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        return (
            ["user", "name"]
            if obj is None
            else ["user", "name", "key_prefix", "created", "last_used", "revoked"]
        )

    def save_model(self, request, obj, form, change):
        if not change:
            import secrets

            from .models import PREFIX

            raw = PREFIX + secrets.token_urlsafe(32)
            obj.key_prefix, obj.key_hash = raw[:10], hash_token(raw)
            super().save_model(request, obj, form, change)
            messages.warning(
                request,
                _("Khóa API (chỉ hiện một lần, hãy lưu lại ngay): %(raw)s") % {"raw": raw},
            )
            return
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Thu hồi các khóa đã chọn"))
    def revoke(self, request, queryset):
        queryset.update(revoked=True)
