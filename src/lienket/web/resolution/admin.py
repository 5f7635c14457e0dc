from django.contrib import admin

from .models import ResolutionRun


@admin.register(ResolutionRun)
class ResolutionRunAdmin(admin.ModelAdmin):
    """Read-only: runs are started from the officer page (/trung-lap/chay/) or ``lienket dedupe``."""

    list_display = ("pk", "status", "started_by", "created_at", "started_at", "finished_at", "counts")
    list_filter = ("status",)
    search_fields = ("error", "started_by__username")
    readonly_fields = [f.name for f in ResolutionRun._meta.fields]
    list_select_related = ("started_by",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
