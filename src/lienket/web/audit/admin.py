from django.contrib import admin

from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at", "actor", "action", "via", "content_type", "object_repr", "reason")
    list_filter = ("action", "via", "content_type")
    search_fields = ("object_repr", "reason", "object_id", "batch")
    readonly_fields = [f.name for f in AuditEntry._meta.fields]
    list_select_related = ("actor", "content_type")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
