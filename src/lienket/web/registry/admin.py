"""Back office: the Django admin customised per model for province officers."""

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lienket.web.audit import services as audit
from lienket.web.audit.models import AuditEntry

from . import models as m
from . import services


class VersionedAdminForm(forms.ModelForm):
    """Carries the row version the officer opened (optimistic locking); a stale one is a form error that
    names who changed the record and when."""

    row_version_seen = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["row_version_seen"].initial = self.instance.row_version

    def clean(self):
        data = super().clean()
        seen = data.get("row_version_seen")
        if self.instance.pk and seen is not None:
            current = (
                type(self.instance)
                .all_objects.filter(pk=self.instance.pk)
                .values_list("row_version", flat=True)
            )
            current = current.first()
            if current is not None and current != seen:
                by, at = services._last_writer(self.instance)
                raise forms.ValidationError(
                    str(services.ConflictError(self.instance, expected=seen, current=current, by=by, at=at))
                )
        return data


class TrackedAdmin(admin.ModelAdmin):
    """Shared pieces: every save is audited (before/after) and optimistically locked, deletes are soft (bulk
    too), verification stamps the officer, each record links to its history page."""

    form = VersionedAdminForm
    readonly_fields = ("created_at", "updated_at", "history_link")
    list_per_page = 50
    actions = ["verify_selected", "soft_delete_selected"]

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        return fields if "row_version_seen" in fields else [*fields, "row_version_seen"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        names = {f for _n, opts in fieldsets for f in opts["fields"] if isinstance(f, str)}
        extra = [f for f in ("row_version_seen", "history_link") if f not in names]
        return [*fieldsets, (None, {"fields": extra, "classes": ("lienket-meta",)})] if extra else fieldsets

    @admin.display(description=_("lịch sử"))
    def history_link(self, obj):
        if not obj or not obj.pk:
            return "—"
        url = reverse("audit:history", args=[obj._meta.app_label, obj._meta.model_name, obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Xem lịch sử thay đổi"))

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop(
            "delete_selected", None
        )  # Django's bulk delete would bypass soft delete: ours replaces it
        return actions

    @admin.action(description=_("Xác minh các bản ghi đã chọn (hôm nay)"))
    def verify_selected(self, request, queryset):
        for obj in queryset:
            services.verify(obj, actor=request.user, via=AuditEntry.Via.ADMIN)
        self.message_user(request, _("Đã xác minh %(n)d bản ghi.") % {"n": queryset.count()})

    @admin.action(description=_("Xóa (mềm) các bản ghi đã chọn"), permissions=["delete"])
    def soft_delete_selected(self, request, queryset):
        n = 0
        for obj in queryset:
            services.soft_delete(obj, actor=request.user, via=AuditEntry.Via.ADMIN)
            n += 1
        self.message_user(request, _("Đã chuyển %(n)d bản ghi vào thùng rác.") % {"n": n})

    def save_model(self, request, obj, form, change):
        before = None
        if change and obj.pk:
            current = type(obj).all_objects.filter(pk=obj.pk).first()
            before = audit.snapshot(current) if current else None
            # Compare-and-swap inside the save's transaction: a concurrent save between clean() and here loses.
            services.claim_version(obj, form.cleaned_data.get("row_version_seen"))
        request._audit_before = before
        if "verified_on" in form.changed_data and obj.verified_on and not obj.verified_by_id:
            obj.verified_by = request.user
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

    def get_deleted_objects(self, objs, request):
        # A soft delete hides only the record itself: nothing cascades and nothing is protected.
        objs = list(objs)
        return [str(o) for o in objs], {self.model._meta.verbose_name_plural: len(objs)}, set(), []

    def delete_model(self, request, obj):
        services.soft_delete(obj, actor=request.user, via=AuditEntry.Via.ADMIN)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.soft_delete(obj, actor=request.user, via=AuditEntry.Via.ADMIN)


@admin.register(m.AdminUnit)
class AdminUnitAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "level", "scheme", "parent", "valid_to")
    list_filter = ("scheme", "level")
    search_fields = ("code", "name", "folded_name")
    autocomplete_fields = ("parent",)
    filter_horizontal = ("successors",)
    list_select_related = ("parent",)


@admin.register(m.Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ("code", "name_vi", "name_en", "order")
    search_fields = ("code", "name_vi", "name_en")


class ProductGroupInline(admin.TabularInline):
    model = m.ProductGroup
    extra = 0
    fields = ("code", "sector", "name_vi", "name_en", "order")


@admin.register(m.TaxonomyVersion)
class TaxonomyVersionAdmin(admin.ModelAdmin):
    list_display = ("code", "title_vi", "in_force", "is_current")
    inlines = [ProductGroupInline]


@admin.register(m.ProductGroup)
class ProductGroupAdmin(admin.ModelAdmin):
    list_display = ("code", "name_vi", "sector", "version")
    list_filter = ("version", "sector")
    search_fields = ("code", "name_vi", "name_en")


@admin.register(m.Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("code", "name_vi", "name_en", "sector", "group", "version", "hs")
    list_filter = ("version", "sector")
    search_fields = ("code", "name_vi", "name_en", "search_text")
    list_select_related = ("sector", "group", "version")
    autocomplete_fields = ("group",)

    @admin.display(description=_("mã HS"))
    def hs(self, obj):
        return ", ".join(obj.hs_codes or [])


class ZonePhaseInline(admin.TabularInline):
    model = m.ZonePhase
    extra = 0


class ZoneMilestoneInline(admin.TabularInline):
    model = m.ZoneMilestone
    extra = 0


class ZonePhotoInline(admin.TabularInline):
    model = m.ZonePhoto
    extra = 0


class ZoneFigureInline(admin.TabularInline):
    model = m.ZoneFigure
    extra = 0
    fields = ("year", "period", "tenants", "workers", "local_workers", "revenue", "exports", "currency")
    show_change_link = True


@admin.register(m.Zone)
class ZoneAdmin(TrackedAdmin):
    list_display = (
        "code",
        "name_vi",
        "kind",
        "status",
        "province",
        "industrial_land_ha",
        "leased_land_ha",
        "occupancy",
        "clean_land_ha",
        "is_synthetic",
        "verified_on",
    )
    list_filter = ("kind", "status", "province", "priority_sectors", "is_synthetic")
    search_fields = ("code", "name_vi", "name_en", "search_text", "decision_number")
    autocomplete_fields = ("province", "commune", "anchor_tenants", "infrastructure_investor_enterprise")
    filter_horizontal = ("priority_sectors",)
    list_select_related = ("province",)
    inlines = [ZonePhaseInline, ZoneMilestoneInline, ZonePhotoInline, ZoneFigureInline]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "code",
                    "name_vi",
                    "name_en",
                    "kind",
                    "status",
                    "province",
                    "commune",
                    "location_as_written",
                )
            },
        ),
        (
            _("Diện tích (ha)"),
            {
                "fields": (
                    "planned_area_ha",
                    "established_area_ha",
                    "industrial_land_ha",
                    "leased_land_ha",
                    "clean_land_ha",
                )
            },
        ),
        (
            _("Đầu tư và thu hút"),
            {
                "fields": (
                    "infrastructure_investor",
                    "infrastructure_investor_enterprise",
                    "decision_number",
                    "decision_date",
                    "priority_sectors",
                    "priority_note",
                    "anchor_tenants",
                    ("lease_price_min", "lease_price_max", "lease_price_unit"),
                )
            },
        ),
        (_("Vị trí"), {"fields": (("lat", "lon"), "boundary")}),
        (
            _("Liên hệ và giới thiệu"),
            {
                "fields": (
                    "contact_name",
                    "contact_phone",
                    "contact_email",
                    "website",
                    "description_vi",
                    "description_en",
                )
            },
        ),
        (
            _("Nguồn và xác minh"),
            {"fields": ("source", "is_synthetic", "verified_by", "verified_on", "created_at", "updated_at")},
        ),
    )

    @admin.display(description=_("lấp đầy (%)"))
    def occupancy(self, obj):
        pct = obj.occupancy_pct
        return "—" if pct is None else f"{pct}%"


class CertificationInline(admin.TabularInline):
    model = m.Certification
    extra = 0
    fields = ("standard", "certificate_no", "issuer", "valid_from", "valid_until")


class YearFigureInline(admin.TabularInline):
    model = m.EnterpriseYearFigure
    extra = 0
    fields = ("year", "workforce", "revenue", "exports", "cnht_output", "currency", "exchange_rate")


class OfferingInline(admin.TabularInline):
    model = m.Offering
    extra = 0
    fields = ("product", "capacity", "capacity_unit", "moq", "lead_time_days", "export_share")
    autocomplete_fields = ("product",)


@admin.register(m.Enterprise)
class EnterpriseAdmin(TrackedAdmin):
    list_display = (
        "name_vi",
        "tax_code",
        "ownership",
        "countries",
        "is_supplier",
        "is_buyer",
        "zone",
        "province",
        "is_synthetic",
        "verified_on",
    )
    list_filter = (
        "ownership",
        "is_supplier",
        "is_buyer",
        "is_cnht",
        "legal_form",
        "sectors",
        "province",
        "is_synthetic",
    )
    search_fields = ("name_vi", "name_en", "name_other", "tax_code", "search_text")
    autocomplete_fields = ("zone", "province", "commune")
    filter_horizontal = ("sectors",)
    list_select_related = ("zone", "province")
    inlines = [OfferingInline, CertificationInline, YearFigureInline]
    show_full_result_count = False

    @admin.display(description=_("nước đầu tư"))
    def countries(self, obj):
        return ", ".join(obj.investor_countries or [])


@admin.register(m.Offering)
class OfferingAdmin(TrackedAdmin):
    list_display = ("enterprise", "product", "capacity", "capacity_unit", "lead_time_days")
    list_filter = ("product__sector",)
    search_fields = ("enterprise__name_vi", "product__name_vi", "product__code", "description")
    autocomplete_fields = ("enterprise", "product")
    list_select_related = ("enterprise", "product")


class DemandSourceInline(admin.TabularInline):
    model = m.DemandSource
    extra = 0
    autocomplete_fields = ("supplier",)


@admin.register(m.Demand)
class DemandAdmin(TrackedAdmin):
    list_display = ("title", "buyer", "product", "year", "annual_value", "currency", "status")
    list_filter = ("status", "year", "product__sector")
    search_fields = ("title", "buyer__name_vi", "product__name_vi", "specification")
    autocomplete_fields = ("buyer", "product")
    list_select_related = ("buyer", "product")
    inlines = [DemandSourceInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        from .services import check_demand_shares

        problem = check_demand_shares(form.instance)
        if problem:
            self.message_user(request, problem, level="warning")


@admin.register(m.InvestmentProject)
class InvestmentProjectAdmin(TrackedAdmin):
    list_display = (
        "name",
        "investor",
        "zone",
        "sector",
        "status",
        "registered_capital",
        "currency",
        "workers",
    )
    list_filter = ("status", "sector", "zone__kind")
    search_fields = ("name", "investor__name_vi", "certificate_no")
    autocomplete_fields = ("investor", "zone")
    list_select_related = ("investor", "zone", "sector")


@admin.register(m.SupplyLink)
class SupplyLinkAdmin(TrackedAdmin):
    list_display = ("supplier", "buyer", "product", "year", "value", "currency")
    list_filter = ("year",)
    search_fields = ("supplier__name_vi", "buyer__name_vi", "product__name_vi")
    autocomplete_fields = ("supplier", "buyer", "product")
    list_select_related = ("supplier", "buyer", "product")


@admin.register(m.ZoneFigure)
class ZoneFigureAdmin(TrackedAdmin):
    list_display = ("zone", "year", "period", "tenants", "workers", "local_share", "revenue", "exports")
    list_filter = ("year", "period", "zone__kind")
    search_fields = ("zone__name_vi", "zone__code")
    autocomplete_fields = ("zone",)
    list_select_related = ("zone",)

    @admin.display(description=_("LĐ địa phương (%)"))
    def local_share(self, obj):
        v = obj.local_labour_share
        return "—" if v is None else f"{v}%"


@admin.register(m.Certification)
class CertificationAdmin(TrackedAdmin):
    list_display = ("enterprise", "standard", "certificate_no", "valid_from", "valid_until")
    list_filter = ("standard",)
    search_fields = ("enterprise__name_vi", "standard", "certificate_no")
    autocomplete_fields = ("enterprise",)
    list_select_related = ("enterprise",)


@admin.register(m.PolicyThreshold)
class PolicyThresholdAdmin(admin.ModelAdmin):
    list_display = ("key", "label_vi", "value", "unit", "legal_source")
    search_fields = ("key", "label_vi")


@admin.register(m.EnterpriseYearFigure)
class EnterpriseYearFigureAdmin(TrackedAdmin):
    list_display = ("enterprise", "year", "workforce", "revenue", "exports", "currency")
    list_filter = ("year",)
    search_fields = ("enterprise__name_vi",)
    autocomplete_fields = ("enterprise",)
    list_select_related = ("enterprise",)


@admin.register(m.ProvinceFact)
class ProvinceFactAdmin(TrackedAdmin):
    list_display = ("province", "legacy_province", "indicator_code", "value", "unit", "year", "source")
    list_filter = ("province", "indicator_code")
    search_fields = ("indicator_code", "legacy_province", "note")


@admin.register(m.ClusterPlan)
class ClusterPlanAdmin(TrackedAdmin):
    list_display = ("name", "province", "legacy_province", "clusters", "area_ha")
    list_filter = ("province",)
    search_fields = ("name",)
    filter_horizontal = ("zones",)
