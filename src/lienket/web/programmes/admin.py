"""Back office of the programmes app: every save and delete is audited (Tracked models delete softly)."""

from django.contrib import admin

from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry
from lienket.web.registry.admin import TrackedAdmin

from . import models as m


class AuditedAdmin(admin.ModelAdmin):
    """For models without soft delete: saves audited before/after, deletes audited then removed."""

    list_per_page = 50

    def save_model(self, request, obj, form, change):
        current = type(obj)._default_manager.filter(pk=obj.pk).first() if change and obj.pk else None
        request._audit_before = audit.snapshot(current) if current else None
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        audit.record(
            form.instance,
            action=AuditEntry.Action.UPDATE if change else AuditEntry.Action.CREATE,
            actor=request.user,
            before=getattr(request, "_audit_before", None),
            via=AuditEntry.Via.ADMIN,
        )

    def delete_model(self, request, obj):
        audit.record(obj, action=AuditEntry.Action.DELETE, actor=request.user, before=audit.snapshot(obj),
                     after={}, via=AuditEntry.Via.ADMIN)  # fmt: skip
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written only by the application (reminders, view counts)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(m.Programme)
class ProgrammeAdmin(TrackedAdmin):
    list_display = ("name", "legal_basis", "start_year", "end_year", "province")
    list_filter = ("province",)
    search_fields = ("code", "name", "legal_basis")
    list_select_related = ("province",)
    autocomplete_fields = ("province",)


@admin.register(m.Indicator)
class IndicatorAdmin(AuditedAdmin):
    list_display = ("code", "name_vi", "unit", "method", "computation")
    list_filter = ("method",)
    search_fields = ("code", "name_vi", "name_en")


@admin.register(m.Target)
class TargetAdmin(AuditedAdmin):
    list_display = ("programme", "indicator", "year", "value", "baseline_year", "baseline_value")
    list_filter = ("programme", "year")
    search_fields = ("indicator__code", "programme__name")
    list_select_related = ("programme", "indicator")
    autocomplete_fields = ("programme", "indicator")


@admin.register(m.ActualValue)
class ActualValueAdmin(TrackedAdmin):
    list_display = ("indicator", "province", "year", "value", "source")
    list_filter = ("indicator", "year")
    search_fields = ("indicator__code", "source")
    list_select_related = ("indicator", "province")
    autocomplete_fields = ("indicator", "province")


@admin.register(m.Expert)
class ExpertAdmin(TrackedAdmin):
    list_display = ("name", "organisation", "email")
    search_fields = ("name", "organisation")


class ParticipationInline(admin.TabularInline):
    model = m.Participation
    extra = 0
    autocomplete_fields = ("enterprise",)


@admin.register(m.SupportActivity)
class SupportActivityAdmin(TrackedAdmin):
    list_display = ("title", "kind", "topic", "start_date", "province", "cost_vnd")
    list_filter = ("kind", "province")
    search_fields = ("title", "topic", "supplier_standard")
    list_select_related = ("province",)
    autocomplete_fields = ("province", "buyer", "programme")
    filter_horizontal = ("experts",)
    inlines = [ParticipationInline]


@admin.register(m.Participation)
class ParticipationAdmin(AuditedAdmin):
    list_display = ("activity", "enterprise", "outcome")
    list_filter = ("outcome",)
    search_fields = ("activity__title", "enterprise__name_vi")
    list_select_related = ("activity", "enterprise")
    autocomplete_fields = ("activity", "enterprise")


@admin.register(m.ReadinessAssessment)
class ReadinessAssessmentAdmin(TrackedAdmin):
    list_display = (
        "enterprise",
        "assessed_on",
        "quality",
        "cost",
        "delivery",
        "scale",
        "management",
        "certifications",
    )
    search_fields = ("enterprise__name_vi",)
    list_select_related = ("enterprise",)
    autocomplete_fields = ("enterprise", "activity")


@admin.register(m.ReportingPeriod)
class ReportingPeriodAdmin(AuditedAdmin):
    list_display = ("year", "period", "starts_on", "ends_on", "due_on")
    search_fields = ("year",)


@admin.register(m.Filing)
class FilingAdmin(TrackedAdmin):
    list_display = ("enterprise", "period", "zone", "workers", "revenue_vnd", "submitted_on")
    list_filter = ("period",)
    search_fields = ("enterprise__name_vi", "zone__name_vi")
    list_select_related = ("enterprise", "period", "zone")
    autocomplete_fields = ("enterprise", "zone")


@admin.register(m.Reminder)
class ReminderAdmin(ReadOnlyAdmin):
    list_display = ("enterprise", "period", "sent_at", "sent_by")
    search_fields = ("enterprise__name_vi",)
    list_select_related = ("enterprise", "period", "sent_by")


@admin.register(m.Announcement)
class AnnouncementAdmin(TrackedAdmin):
    list_display = ("title", "kind", "is_published", "published_on", "zone")
    list_filter = ("kind", "is_published")
    search_fields = ("title", "summary")
    list_select_related = ("zone",)
    autocomplete_fields = ("zone", "province")
    filter_horizontal = ("priority_sectors",)


@admin.register(m.EventRegistration)
class EventRegistrationAdmin(AuditedAdmin):
    list_display = ("event", "enterprise", "registered_at")
    search_fields = ("event__title", "enterprise__name_vi")
    list_select_related = ("event", "enterprise")
    autocomplete_fields = ("event", "enterprise")


@admin.register(m.Inquiry)
class InquiryAdmin(AuditedAdmin):
    list_display = ("name", "email", "zone", "call", "status", "created_at")
    list_filter = ("status",)
    search_fields = ("name", "email", "organisation", "message")
    list_select_related = ("zone", "call")
    autocomplete_fields = ("zone", "call")


@admin.register(m.PageView)
class PageViewAdmin(ReadOnlyAdmin):
    list_display = ("content_type", "object_id", "day", "count")
    list_filter = ("content_type",)
    search_fields = ("object_id",)
