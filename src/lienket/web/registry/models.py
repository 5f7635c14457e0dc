"""The registry: administrative units, zones (KCN/CCN), enterprises, the CNHT taxonomy, offerings, demand,
investment projects, supply links and periodic figures.

Rules that need more than one row (sums of shares, uniqueness across imports) live in ``services.py``;
models carry fields, constraints, ``clean()`` for single-row rules, and single-row properties.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lienket.core.text import clean_tax_code, fold, is_valid_tax_code

NON_NEGATIVE = [MinValueValidator(Decimal("0"))]
SHARE = [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))]
PERCENT = [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))]


def area_ha(label) -> models.DecimalField:
    """An optional, non-negative area in hectares."""
    return models.DecimalField(
        label, max_digits=10, decimal_places=2, null=True, blank=True, validators=NON_NEGATIVE
    )


def amount(label) -> models.DecimalField:
    """An optional, non-negative money amount or quantity (its currency lives on the row: MoneyMixin)."""
    return models.DecimalField(
        label, max_digits=20, decimal_places=2, null=True, blank=True, validators=NON_NEGATIVE
    )


def validate_tax_code(value: str) -> None:
    """Mã số thuế: 10 digits, or 13 written as 10 digits, a dash and a 3-digit branch suffix."""
    if value and not is_valid_tax_code(value):
        raise ValidationError(
            _("Mã số thuế “%(value)s” không hợp lệ: cần 10 chữ số, hoặc 10 chữ số-3 chữ số cho chi nhánh."),
            code="tax_code",
            params={"value": value},
        )


def validate_country_list(value) -> None:
    """A list of ISO 3166-1 alpha-2 codes (``["KR", "JP"]``)."""
    if not isinstance(value, list) or not all(
        isinstance(c, str) and len(c) == 2 and c.isalpha() for c in value
    ):
        raise ValidationError(
            _('Cần danh sách mã quốc gia ISO 2 chữ cái, ví dụ ["KR", "JP"].'), code="countries"
        )


def validate_str_list(value) -> None:
    """A JSON list of non-empty strings."""
    if not isinstance(value, list) or not all(isinstance(c, str) and c.strip() for c in value):
        raise ValidationError(_("Cần một danh sách chuỗi."), code="str_list")


class Currency(models.TextChoices):
    VND = "VND", "VND"
    USD = "USD", "USD"


class AliveManager(models.Manager):
    """Default manager: hides soft-deleted rows (``all_objects`` sees them, e.g. for restore)."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class Tracked(models.Model):
    """Provenance and verification carried by every registry record (nguồn, người xác minh, ngày xác minh),
    plus soft delete and a row version for optimistic locking."""

    source = models.TextField(_("nguồn dữ liệu"), blank=True)
    source_ref = models.CharField(
        _("mã tham chiếu nguồn"),
        max_length=120,
        blank=True,
        db_index=True,
        help_text=_("Mã của bản ghi trong hệ thống / tệp nguồn (để nạp lại không tạo bản trùng)."),
    )
    is_synthetic = models.BooleanField(
        _("dữ liệu tổng hợp"),
        default=False,
        help_text=_("Dữ liệu tổng hợp (minh họa), không phải số liệu thật."),
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xác minh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verified_on = models.DateField(_("ngày xác minh"), null=True, blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    row_version = models.PositiveIntegerField(
        _("phiên bản bản ghi"),
        default=1,
        editable=False,
        help_text="Optimistic locking: bumped on every save.",
    )
    deleted_at = models.DateTimeField(_("đã xóa lúc"), null=True, blank=True, editable=False, db_index=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xóa"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = AliveManager()
    all_objects = models.Manager()

    class Meta:
        abstract = True

    def is_stale(self, today: dt.date | None = None) -> bool:
        """Not verified within ``STALE_AFTER_DAYS`` (default 365)."""
        if self.verified_on is None:
            return True
        today = today or timezone.localdate()
        return (today - self.verified_on).days > settings.STALE_AFTER_DAYS


class MoneyMixin(models.Model):
    """Amounts in VND or USD with the period's exchange rate (VND per USD) stored beside them."""

    currency = models.CharField(_("tiền tệ"), max_length=3, choices=Currency.choices, default=Currency.VND)
    exchange_rate = models.DecimalField(
        _("tỷ giá (VND/USD)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
        help_text=_("Tỷ giá của kỳ số liệu; bắt buộc khi tiền tệ là USD."),
    )

    class Meta:
        abstract = True

    def to_vnd(self, amount: Decimal | None) -> Decimal | None:
        """``amount`` in VND using the stored rate (None when unknown)."""
        if amount is None:
            return None
        if self.currency == Currency.VND:
            return Decimal(amount)
        if self.exchange_rate is None:
            return None
        return Decimal(amount) * self.exchange_rate

    def to_usd(self, amount: Decimal | None) -> Decimal | None:
        """``amount`` in USD using the stored rate (None when unknown)."""
        if amount is None:
            return None
        if self.currency == Currency.USD:
            return Decimal(amount)
        if not self.exchange_rate:
            return None
        return Decimal(amount) / self.exchange_rate

    def clean_money(self) -> dict:
        errors = {}
        if self.currency == Currency.USD and self.exchange_rate is None:
            errors["exchange_rate"] = _("Cần tỷ giá của kỳ khi số tiền tính bằng USD.")
        return errors


# --------------------------------------------------------------------------- administrative units


class AdminUnit(models.Model):
    """Đơn vị hành chính: current (2025: 34 tỉnh/thành, xã/phường/đặc khu) and legacy (63 tỉnh, huyện) units."""

    class Scheme(models.TextChoices):
        CURRENT = "2025", _("Từ 1/7/2025 (34 tỉnh, 2 cấp)")
        LEGACY = "legacy", _("Trước 1/7/2025 (63 tỉnh, 3 cấp)")

    class Level(models.IntegerChoices):
        PROVINCE = 1, _("Tỉnh / thành phố")
        DISTRICT = 2, _("Huyện / quận / thị xã")
        COMMUNE = 3, _("Xã / phường / đặc khu")

    scheme = models.CharField(_("hệ đơn vị"), max_length=8, choices=Scheme.choices)
    level = models.PositiveSmallIntegerField(_("cấp"), choices=Level.choices)
    code = models.CharField(_("mã"), max_length=16)
    name = models.CharField(_("tên"), max_length=120)
    short_name = models.CharField(_("tên ngắn"), max_length=100)
    division_type = models.CharField(_("loại"), max_length=40, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("thuộc"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    successors = models.ManyToManyField(
        "self",
        verbose_name=_("đơn vị mới"),
        symmetrical=False,
        blank=True,
        related_name="predecessors",
        help_text=_("Đơn vị hiện hành thay thế đơn vị cũ này (sáp nhập 2025)."),
    )
    lat = models.FloatField(_("vĩ độ"), null=True, blank=True)
    lon = models.FloatField(_("kinh độ"), null=True, blank=True)
    folded_name = models.CharField(max_length=120, editable=False, db_index=True)

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = _("đơn vị hành chính")
        ordering = ["scheme", "level", "code"]
        constraints = [
            models.UniqueConstraint(fields=["scheme", "level", "code"], name="adminunit_unique_code"),
        ]
        indexes = [models.Index(fields=["scheme", "level", "parent"])]

    def __str__(self) -> str:
        return self.name if self.scheme == self.Scheme.CURRENT else f"{self.name} (cũ)"

    def save(self, *args, **kwargs):
        self.folded_name = fold(self.short_name or self.name)[:120]
        super().save(*args, **kwargs)

    @property
    def is_current(self) -> bool:
        return self.scheme == self.Scheme.CURRENT

    def province(self) -> AdminUnit:
        """The province this unit lies in (itself for a province)."""
        unit = self
        while unit.parent_id is not None and unit.level > self.Level.PROVINCE:
            unit = unit.parent
        return unit


def commune_errors(commune: AdminUnit | None, province_id: int | None) -> list:
    """Why ``commune`` cannot be the commune of a record in province ``province_id`` (empty when it can)."""
    if commune is None:
        return []
    if commune.level != AdminUnit.Level.COMMUNE or commune.scheme != AdminUnit.Scheme.CURRENT:
        return [_("Hãy chọn một xã / phường hiện hành.")]
    if province_id and commune.parent_id != province_id:
        return [_("Xã / phường này không thuộc tỉnh / thành phố đã chọn.")]
    return []


def _current_provinces():
    return {"scheme": AdminUnit.Scheme.CURRENT, "level": AdminUnit.Level.PROVINCE}


def _current_communes():
    return {"scheme": AdminUnit.Scheme.CURRENT, "level": AdminUnit.Level.COMMUNE}


# --------------------------------------------------------------------------- taxonomy


class Sector(models.Model):
    """Ngành CNHT: the six sectors of Decrees 111/2015 and 205/2025 (dệt may, da giày, điện tử, ô tô, cơ khí, CNC)."""

    code = models.CharField(_("mã"), max_length=8, unique=True)
    name_vi = models.CharField(_("tên tiếng Việt"), max_length=200)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=200)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("ngành")
        verbose_name_plural = _("ngành")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name_vi


class TaxonomyVersion(models.Model):
    """Một phiên bản danh mục sản phẩm CNHT ưu tiên (Nghị định 111/2015, Nghị định 205/2025)."""

    code = models.CharField(_("phiên bản"), max_length=16, unique=True)
    title_vi = models.CharField(_("tên"), max_length=300)
    title_en = models.CharField(_("tên tiếng Anh"), max_length=300, blank=True)
    legal_source = models.JSONField(_("căn cứ pháp lý"), default=dict, blank=True)
    in_force = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    is_current = models.BooleanField(_("đang áp dụng"), default=False)

    class Meta:
        verbose_name = _("phiên bản danh mục")
        verbose_name_plural = _("phiên bản danh mục")
        ordering = ["-code"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_current"], condition=Q(is_current=True), name="one_current_taxonomy"
            )
        ]

    def __str__(self) -> str:
        return self.title_vi


class ProductGroup(models.Model):
    """Nhóm sản phẩm CNHT trong một ngành, theo một phiên bản danh mục."""

    version = models.ForeignKey(TaxonomyVersion, on_delete=models.CASCADE, related_name="groups")
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="groups")
    code = models.CharField(_("mã"), max_length=32)
    name_vi = models.CharField(_("tên tiếng Việt"), max_length=300)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=300, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("nhóm sản phẩm")
        verbose_name_plural = _("nhóm sản phẩm")
        ordering = ["version", "order", "code"]
        constraints = [models.UniqueConstraint(fields=["version", "code"], name="group_unique_code")]

    def __str__(self) -> str:
        return self.name_vi


class Product(models.Model):
    """Sản phẩm CNHT (danh mục ưu tiên) with multilingual names, synonyms and HS codes."""

    version = models.ForeignKey(TaxonomyVersion, on_delete=models.CASCADE, related_name="products")
    group = models.ForeignKey(ProductGroup, on_delete=models.CASCADE, related_name="products")
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="products")
    code = models.CharField(_("mã"), max_length=40)
    name_vi = models.CharField(_("tên tiếng Việt"), max_length=300)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=300, blank=True)
    names = models.JSONField(_("tên khác (ko/ja/zh)"), default=dict, blank=True)
    synonyms = models.JSONField(_("từ đồng nghĩa"), default=dict, blank=True)
    hs_codes = models.JSONField(_("mã HS"), default=list, blank=True, validators=[validate_str_list])
    search_text = models.TextField(editable=False, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("sản phẩm CNHT")
        verbose_name_plural = _("sản phẩm CNHT")
        ordering = ["version", "order", "code"]
        constraints = [models.UniqueConstraint(fields=["version", "code"], name="product_unique_code")]

    def __str__(self) -> str:
        return self.name_vi

    def terms(self) -> list[str]:
        out = [self.name_vi, self.name_en]
        for values in list((self.names or {}).values()) + list((self.synonyms or {}).values()):
            out += list(values)
        return [t for t in out if t]

    def build_search_text(self) -> str:
        """Folded names, synonyms (every language) and HS codes, for search."""
        return fold(" | ".join(self.terms() + list(self.hs_codes or [])))

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)


# --------------------------------------------------------------------------- zones


class Zone(Tracked):
    """Khu công nghiệp (KCN), cụm công nghiệp (CCN) hoặc khu kinh tế (KKT)."""

    class Kind(models.TextChoices):
        KCN = "kcn", _("Khu công nghiệp")
        CCN = "ccn", _("Cụm công nghiệp")
        KKT = "kkt", _("Khu kinh tế")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Quy hoạch")
        ESTABLISHED = "established", _("Đã thành lập")
        BUILDING = "building", _("Đang xây dựng hạ tầng")
        OPERATING = "operating", _("Đang hoạt động")

    code = models.CharField(_("mã"), max_length=40, unique=True)
    name_vi = models.CharField(_("tên"), max_length=200)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=200, blank=True)
    kind = models.CharField(_("loại"), max_length=4, choices=Kind.choices)
    status = models.CharField(_("tình trạng"), max_length=12, choices=Status.choices, default=Status.PLANNED)
    province = models.ForeignKey(
        AdminUnit,
        verbose_name=_("tỉnh / thành phố"),
        on_delete=models.PROTECT,
        related_name="zones",
        limit_choices_to=_current_provinces,
    )
    commune = models.ForeignKey(
        AdminUnit,
        verbose_name=_("xã / phường"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="zones_in_commune",
        limit_choices_to=_current_communes,
    )
    location_as_written = models.CharField(_("địa điểm (như ghi trong văn bản)"), max_length=300, blank=True)
    planned_area_ha = area_ha(_("diện tích quy hoạch (ha)"))
    established_area_ha = area_ha(_("diện tích thành lập (ha)"))
    industrial_land_ha = area_ha(_("đất công nghiệp (ha)"))
    leased_land_ha = area_ha(_("đất công nghiệp đã cho thuê (ha)"))
    clean_land_ha = area_ha(_("đất sạch sẵn sàng cho thuê (ha)"))
    infrastructure_investor = models.CharField(_("chủ đầu tư hạ tầng"), max_length=300, blank=True)
    infrastructure_investor_enterprise = models.ForeignKey(
        "Enterprise",
        verbose_name=_("chủ đầu tư hạ tầng (doanh nghiệp)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="infrastructure_zones",
    )
    decision_number = models.CharField(_("số quyết định thành lập"), max_length=100, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    priority_sectors = models.ManyToManyField(
        Sector, verbose_name=_("ngành ưu tiên thu hút"), blank=True, related_name="zones"
    )
    priority_note = models.CharField(_("ngành ưu tiên (ghi chú)"), max_length=300, blank=True)
    anchor_tenants = models.ManyToManyField(
        "Enterprise", verbose_name=_("doanh nghiệp hạt nhân"), blank=True, related_name="anchored_zones"
    )
    lease_price_min = models.DecimalField(
        _("giá thuê thấp nhất"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    lease_price_max = models.DecimalField(
        _("giá thuê cao nhất"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    lease_price_unit = models.CharField(
        _("đơn vị giá thuê"), max_length=40, blank=True, default="USD/m²/chu kỳ"
    )
    lat = models.FloatField(
        _("vĩ độ"), null=True, blank=True, validators=[MinValueValidator(8.0), MaxValueValidator(24.0)]
    )
    lon = models.FloatField(
        _("kinh độ"), null=True, blank=True, validators=[MinValueValidator(102.0), MaxValueValidator(118.0)]
    )
    boundary = models.JSONField(_("ranh giới (GeoJSON)"), null=True, blank=True)
    contact_name = models.CharField(_("người liên hệ"), max_length=200, blank=True)
    contact_phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    description_vi = models.TextField(_("mô tả"), blank=True)
    description_en = models.TextField(_("mô tả tiếng Anh"), blank=True)
    search_text = models.TextField(editable=False, blank=True)

    class Meta:
        verbose_name = _("khu / cụm công nghiệp")
        verbose_name_plural = _("khu / cụm công nghiệp")
        ordering = ["province__code", "kind", "name_vi"]
        constraints = [
            models.CheckConstraint(
                condition=Q(leased_land_ha__isnull=True)
                | Q(industrial_land_ha__isnull=True)
                | Q(leased_land_ha__lte=F("industrial_land_ha")),
                name="zone_leased_le_industrial",
            ),
            models.CheckConstraint(
                condition=Q(planned_area_ha__isnull=True) | Q(planned_area_ha__gte=0),
                name="zone_planned_nonneg",
            ),
            models.CheckConstraint(
                condition=Q(industrial_land_ha__isnull=True) | Q(industrial_land_ha__gte=0),
                name="zone_industrial_nonneg",
            ),
            models.CheckConstraint(
                condition=Q(leased_land_ha__isnull=True) | Q(leased_land_ha__gte=0), name="zone_leased_nonneg"
            ),
            models.CheckConstraint(
                condition=Q(clean_land_ha__isnull=True) | Q(clean_land_ha__gte=0), name="zone_clean_nonneg"
            ),
        ]
        indexes = [models.Index(fields=["province", "kind", "status"])]

    def __str__(self) -> str:
        return self.name_vi

    @property
    def occupancy_pct(self) -> Decimal | None:
        """Tỷ lệ lấp đầy: leased industrial land ÷ industrial land, in % (None when either is unknown or land is 0)."""
        if self.leased_land_ha is None or not self.industrial_land_ha:
            return None
        return (Decimal(self.leased_land_ha) / Decimal(self.industrial_land_ha) * 100).quantize(
            Decimal("0.1")
        )

    @property
    def unleased_land_ha(self) -> Decimal | None:
        if self.leased_land_ha is None or self.industrial_land_ha is None:
            return None
        return Decimal(self.industrial_land_ha) - Decimal(self.leased_land_ha)

    def clean(self):
        errors: dict[str, list] = {}

        def add(field, msg):
            errors.setdefault(field, []).append(msg)

        if (
            self.leased_land_ha is not None
            and self.industrial_land_ha is not None
            and self.leased_land_ha > self.industrial_land_ha
        ):
            add("leased_land_ha", _("Đất đã cho thuê không thể lớn hơn tổng đất công nghiệp."))
        if (
            self.industrial_land_ha is not None
            and self.established_area_ha is not None
            and self.industrial_land_ha > self.established_area_ha
        ):
            add("industrial_land_ha", _("Đất công nghiệp không thể lớn hơn diện tích thành lập."))
        unleased = self.unleased_land_ha
        if self.clean_land_ha is not None and unleased is not None and self.clean_land_ha > unleased:
            add(
                "clean_land_ha",
                _("Đất sạch sẵn sàng cho thuê không thể lớn hơn phần đất công nghiệp chưa cho thuê."),
            )
        if self.lease_price_min is not None and self.lease_price_max is not None:
            if self.lease_price_min > self.lease_price_max:
                add("lease_price_max", _("Giá thuê cao nhất phải lớn hơn hoặc bằng giá thấp nhất."))
        if self.province_id and self.province.level != AdminUnit.Level.PROVINCE:
            add("province", _("Hãy chọn một tỉnh / thành phố."))
        for msg in commune_errors(self.commune if self.commune_id else None, self.province_id):
            add("commune", msg)
        if (self.lat is None) != (self.lon is None):
            add("lon", _("Cần cả vĩ độ và kinh độ."))
        if self.boundary is not None:
            if not isinstance(self.boundary, dict) or self.boundary.get("type") not in {
                "Polygon",
                "MultiPolygon",
                "Feature",
                "FeatureCollection",
            }:
                add(
                    "boundary",
                    _("Ranh giới phải là GeoJSON (Polygon, MultiPolygon, Feature hoặc FeatureCollection)."),
                )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def build_search_text(self) -> str:
        """Folded code, names and location as written, for search."""
        return fold(" ".join([self.code, self.name_vi, self.name_en, self.location_as_written]))


class ZonePhase(models.Model):
    """Giai đoạn đầu tư / quy hoạch của một khu, cụm (vd. 2021–2030, tầm nhìn đến 2050)."""

    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="phases")
    name = models.CharField(_("giai đoạn"), max_length=120)
    area_ha = area_ha(_("diện tích (ha)"))
    start_year = models.PositiveSmallIntegerField(_("từ năm"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("đến năm"), null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("giai đoạn")
        verbose_name_plural = _("giai đoạn")
        ordering = ["zone", "start_year", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_year__isnull=True)
                | Q(end_year__isnull=True)
                | Q(end_year__gte=F("start_year")),
                name="phase_years_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.zone} — {self.name}"

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("Năm kết thúc phải sau năm bắt đầu.")})


class ZoneMilestone(models.Model):
    """Mốc hạ tầng: quy hoạch 1/500, GPMB, nhà máy xử lý nước thải, ĐTM, hoàn thành hạ tầng."""

    class Kind(models.TextChoices):
        PLAN_1_500 = "plan_1_500", _("Quy hoạch chi tiết 1/500")
        SITE_CLEARANCE = "site_clearance", _("Giải phóng mặt bằng")
        WASTEWATER = "wastewater_plant", _("Nhà máy xử lý nước thải tập trung")
        ENV_APPROVAL = "environmental_approval", _("Phê duyệt đánh giá tác động môi trường")
        INFRA_DONE = "infrastructure_done", _("Hoàn thành hạ tầng kỹ thuật")
        OTHER = "other", _("Khác")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Chưa thực hiện")
        IN_PROGRESS = "in_progress", _("Đang thực hiện")
        DONE = "done", _("Đã hoàn thành")

    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="milestones")
    kind = models.CharField(_("mốc"), max_length=32, choices=Kind.choices)
    status = models.CharField(_("tình trạng"), max_length=16, choices=Status.choices, default=Status.PLANNED)
    date = models.DateField(_("ngày"), null=True, blank=True)
    capacity_m3_day = models.DecimalField(
        _("công suất (m³/ngày)"),
        max_digits=10,
        decimal_places=1,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    reference = models.CharField(_("số văn bản"), max_length=120, blank=True)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("mốc hạ tầng")
        verbose_name_plural = _("mốc hạ tầng")
        ordering = ["zone", "date", "kind"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.get_status_display()}"

    def clean(self):
        if self.status == self.Status.DONE and self.date is None:
            raise ValidationError({"date": _("Mốc đã hoàn thành cần có ngày.")})


def zone_photo_path(instance, filename: str) -> str:
    return f"zones/{instance.zone.code}/{filename}"


class ZonePhoto(models.Model):
    """Ảnh khu / cụm công nghiệp."""

    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("ảnh"), upload_to=zone_photo_path, blank=True)
    url = models.CharField(_("đường dẫn ảnh"), max_length=300, blank=True)
    caption = models.CharField(_("chú thích"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("ảnh")
        verbose_name_plural = _("ảnh")
        ordering = ["zone", "order"]

    def __str__(self) -> str:
        return self.caption or f"{self.zone} #{self.order}"

    @property
    def src(self) -> str:
        if self.image:
            return self.image.url
        return self.url

    def clean(self):
        if not self.image and not self.url:
            raise ValidationError(_("Cần tải ảnh lên hoặc nhập đường dẫn ảnh."))


# --------------------------------------------------------------------------- enterprises


class Enterprise(Tracked):
    """Doanh nghiệp: nhà cung ứng CNHT và/hoặc bên mua (doanh nghiệp lắp ráp, FDI)."""

    class LegalForm(models.TextChoices):
        TNHH = "tnhh", _("Công ty TNHH hai thành viên trở lên")
        TNHH_MTV = "tnhh_mtv", _("Công ty TNHH một thành viên")
        CP = "cp", _("Công ty cổ phần")
        DNTN = "dntn", _("Doanh nghiệp tư nhân")
        HOP_DANH = "hop_danh", _("Công ty hợp danh")
        BRANCH = "branch", _("Chi nhánh")
        COOP = "coop", _("Hợp tác xã")
        OTHER = "other", _("Khác")

    class Ownership(models.TextChoices):
        DOMESTIC = "domestic", _("Trong nước (tư nhân)")
        STATE = "state", _("Nhà nước")
        FDI = "fdi", _("Có vốn đầu tư nước ngoài (FDI)")
        JV = "jv", _("Liên doanh")

    tax_code = models.CharField(  # noqa: DJ001 - NULL, not "", so that many firms may lack a tax code (unique)
        _("mã số thuế"), max_length=14, null=True, blank=True, validators=[validate_tax_code], db_index=True
    )
    name_vi = models.CharField(_("tên tiếng Việt"), max_length=300)
    name_en = models.CharField(_("tên tiếng Anh / tên giao dịch"), max_length=300, blank=True)
    name_other = models.CharField(_("tên khác / viết tắt"), max_length=300, blank=True)
    legal_form = models.CharField(
        _("loại hình"), max_length=12, choices=LegalForm.choices, default=LegalForm.TNHH
    )
    ownership = models.CharField(
        _("sở hữu"), max_length=10, choices=Ownership.choices, default=Ownership.DOMESTIC
    )
    investor_countries = models.JSONField(
        _("quốc gia nhà đầu tư"), default=list, blank=True, validators=[validate_country_list]
    )
    is_supplier = models.BooleanField(_("nhà cung ứng"), default=True)
    is_buyer = models.BooleanField(_("bên mua / lắp ráp"), default=False)
    is_cnht = models.BooleanField(_("doanh nghiệp CNHT"), default=False)
    sectors = models.ManyToManyField(Sector, verbose_name=_("ngành"), blank=True, related_name="enterprises")
    zone = models.ForeignKey(
        Zone,
        verbose_name=_("khu / cụm công nghiệp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tenants",
    )
    address_raw = models.CharField(_("địa chỉ (như đã ghi)"), max_length=400, blank=True)
    province = models.ForeignKey(
        AdminUnit,
        verbose_name=_("tỉnh / thành phố"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enterprises",
        limit_choices_to=_current_provinces,
    )
    commune = models.ForeignKey(
        AdminUnit,
        verbose_name=_("xã / phường"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enterprises_in_commune",
        limit_choices_to=_current_communes,
    )
    founded_year = models.PositiveSmallIntegerField(
        _("năm thành lập"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    contact_person = models.CharField(_("người liên hệ"), max_length=200, blank=True)
    description_vi = models.TextField(_("giới thiệu"), blank=True)
    description_en = models.TextField(_("giới thiệu tiếng Anh"), blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("đã gộp vào"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="merged_from",
        help_text=_("Bản ghi trùng đã được gộp vào doanh nghiệp này (giải quyết trùng lặp)."),
    )
    product_text = models.TextField(
        editable=False, blank=True, help_text="Folded product terms (services keep it)."
    )
    search_text = models.TextField(editable=False, blank=True)

    class Meta:
        verbose_name = _("doanh nghiệp")
        verbose_name_plural = _("doanh nghiệp")
        ordering = ["name_vi"]
        constraints = [
            models.UniqueConstraint(
                fields=["tax_code"], condition=Q(tax_code__isnull=False), name="enterprise_unique_tax_code"
            ),
            models.CheckConstraint(condition=~Q(name_vi=""), name="enterprise_name_required"),
        ]
        indexes = [
            models.Index(fields=["province", "ownership"]),
            models.Index(fields=["zone"]),
            models.Index(fields=["name_vi"]),
        ]

    def __str__(self) -> str:
        return self.name_vi

    @property
    def is_fdi(self) -> bool:
        return self.ownership in {self.Ownership.FDI, self.Ownership.JV}

    def clean_fields(self, exclude=None):
        # Normalise the written tax code ("0100 109 106") before the format validator sees it.
        if self.tax_code:
            self.tax_code = clean_tax_code(self.tax_code) or self.tax_code
        super().clean_fields(exclude=exclude)

    def clean(self):
        errors: dict[str, list] = {}
        # The format is checked by the field's validator, after clean_fields() normalised what was written.
        if not self.tax_code:
            self.tax_code = None
        if self.ownership in {self.Ownership.FDI, self.Ownership.JV} and not self.investor_countries:
            errors.setdefault("investor_countries", []).append(
                _("Doanh nghiệp FDI / liên doanh cần quốc gia của nhà đầu tư.")
            )
        if self.investor_countries:
            self.investor_countries = [c.upper() for c in self.investor_countries if isinstance(c, str)]
        for msg in commune_errors(self.commune if self.commune_id else None, self.province_id):
            errors.setdefault("commune", []).append(msg)
        if self.zone_id and self.province_id and self.zone.province_id != self.province_id:
            errors.setdefault("zone", []).append(
                _("Khu / cụm công nghiệp không thuộc tỉnh / thành phố đã chọn.")
            )
        if not self.is_supplier and not self.is_buyer:
            errors.setdefault("is_supplier", []).append(
                _("Doanh nghiệp phải là nhà cung ứng, bên mua, hoặc cả hai.")
            )
        if errors:
            raise ValidationError(errors)

    def build_search_text(self) -> str:
        """Folded text the directory searches: names, tax code, address, description and product terms."""
        parts = [self.name_vi, self.name_en, self.name_other, self.tax_code or "", self.address_raw]
        parts += [self.description_vi[:500], self.description_en[:500], self.product_text]
        return fold(" ".join(p for p in parts if p))

    def save(self, *args, **kwargs):
        if self.tax_code == "":
            self.tax_code = None
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)


class EnterpriseYearFigure(Tracked, MoneyMixin):
    """Số liệu năm của doanh nghiệp: lao động, doanh thu, xuất khẩu, giá trị sản xuất CNHT."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="year_figures")
    year = models.PositiveSmallIntegerField(
        _("năm"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    workforce = models.PositiveIntegerField(_("lao động"), null=True, blank=True)
    revenue = amount(_("doanh thu"))
    exports = amount(_("kim ngạch xuất khẩu"))
    cnht_output = amount(_("giá trị sản xuất CNHT"))

    class Meta:
        verbose_name = _("số liệu năm")
        verbose_name_plural = _("số liệu năm")
        ordering = ["enterprise", "-year"]
        constraints = [models.UniqueConstraint(fields=["enterprise", "year"], name="enterprise_year_unique")]

    def __str__(self) -> str:
        return f"{self.enterprise} {self.year}"

    def clean(self):
        errors = self.clean_money()
        if self.exports is not None and self.revenue is not None and self.exports > self.revenue:
            errors["exports"] = _("Kim ngạch xuất khẩu không thể lớn hơn doanh thu (cùng tiền tệ).")
        if errors:
            raise ValidationError(errors)


class Certification(Tracked):
    """Chứng nhận (ISO 9001, IATF 16949, ISO 14001, ...) với thời hạn hiệu lực."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="certifications")
    standard = models.CharField(_("tiêu chuẩn"), max_length=120)
    certificate_no = models.CharField(_("số chứng nhận"), max_length=120, blank=True)
    issuer = models.CharField(_("tổ chức chứng nhận"), max_length=200, blank=True)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_until = models.DateField(_("hiệu lực đến"), null=True, blank=True)

    class Meta:
        verbose_name = _("chứng nhận")
        verbose_name_plural = _("chứng nhận")
        ordering = ["enterprise", "standard"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_until__isnull=True)
                | Q(valid_until__gte=F("valid_from")),
                name="cert_validity_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.standard

    def is_valid_on(self, day: dt.date | None = None) -> bool:
        day = day or timezone.localdate()
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day > self.valid_until)

    def clean(self):
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("Ngày hết hạn phải sau ngày cấp.")})


# --------------------------------------------------------------------------- supply and demand


class Offering(Tracked):
    """Sản phẩm doanh nghiệp cung ứng (doanh nghiệp × sản phẩm CNHT): năng lực, MOQ, thời gian giao hàng."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="offerings")
    product = models.ForeignKey(Product, on_delete=models.PROTECT, related_name="offerings")
    description = models.TextField(_("mô tả"), blank=True)
    capacity = models.DecimalField(
        _("năng lực / năm"), max_digits=18, decimal_places=2, null=True, blank=True, validators=NON_NEGATIVE
    )
    capacity_unit = models.CharField(_("đơn vị năng lực"), max_length=40, blank=True)
    moq = models.DecimalField(
        _("đơn hàng tối thiểu (MOQ)"),
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    lead_time_days = models.PositiveIntegerField(_("thời gian giao hàng (ngày)"), null=True, blank=True)
    export_share = models.DecimalField(
        _("tỷ trọng xuất khẩu (%)"), max_digits=5, decimal_places=2, null=True, blank=True, validators=PERCENT
    )

    class Meta:
        verbose_name = _("sản phẩm cung ứng")
        verbose_name_plural = _("sản phẩm cung ứng")
        ordering = ["enterprise", "product"]
        constraints = [
            models.UniqueConstraint(fields=["enterprise", "product"], name="offering_unique"),
            models.CheckConstraint(
                condition=Q(export_share__isnull=True) | (Q(export_share__gte=0) & Q(export_share__lte=100)),
                name="offering_export_share_pct",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enterprise} — {self.product}"


class Demand(Tracked, MoneyMixin):
    """Nhu cầu mua (bên mua × sản phẩm): quy cách, sản lượng và giá trị năm, chứng nhận yêu cầu, nguồn hiện tại."""

    class Status(models.TextChoices):
        OPEN = "open", _("Đang tìm nhà cung ứng")
        MATCHED = "matched", _("Đã có ứng viên")
        CLOSED = "closed", _("Đã đóng")

    buyer = models.ForeignKey(
        Enterprise, verbose_name=_("bên mua"), on_delete=models.CASCADE, related_name="demands"
    )
    product = models.ForeignKey(
        Product, verbose_name=_("sản phẩm"), on_delete=models.PROTECT, related_name="demands"
    )
    title = models.CharField(_("tiêu đề"), max_length=300)
    specification = models.TextField(_("quy cách kỹ thuật"), blank=True)
    year = models.PositiveSmallIntegerField(
        _("năm"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    annual_quantity = models.DecimalField(
        _("sản lượng / năm"), max_digits=18, decimal_places=2, null=True, blank=True, validators=NON_NEGATIVE
    )
    quantity_unit = models.CharField(_("đơn vị"), max_length=40, blank=True)
    annual_value = amount(_("giá trị / năm"))
    required_certifications = models.JSONField(
        _("chứng nhận yêu cầu"), default=list, blank=True, validators=[validate_str_list]
    )
    cover_days = models.PositiveIntegerField(
        _("số ngày tồn kho dự phòng"), default=0, help_text=_("Dùng cho kịch bản gián đoạn nhập khẩu.")
    )
    target_date = models.DateField(_("thời hạn"), null=True, blank=True)
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.OPEN)

    class Meta:
        verbose_name = _("nhu cầu mua")
        verbose_name_plural = _("nhu cầu mua")
        ordering = ["-year", "buyer", "product"]
        indexes = [models.Index(fields=["status", "year"])]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        errors = self.clean_money()
        if errors:
            raise ValidationError(errors)


class DemandSource(models.Model):
    """Nguồn cung hiện tại của một nhu cầu: nhập khẩu từ một nước, nhà cung ứng trong nước hoặc trong tỉnh."""

    class Kind(models.TextChoices):
        IMPORT = "import", _("Nhập khẩu")
        DOMESTIC = "domestic", _("Trong nước (ngoài tỉnh)")
        IN_PROVINCE = "in_province", _("Trong tỉnh")

    demand = models.ForeignKey(Demand, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(_("loại nguồn"), max_length=12, choices=Kind.choices)
    country = models.CharField(_("nước nhập khẩu (ISO)"), max_length=2, blank=True)
    supplier = models.ForeignKey(
        Enterprise,
        verbose_name=_("nhà cung ứng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share = models.DecimalField(_("tỷ trọng (0–1)"), max_digits=5, decimal_places=4, validators=SHARE)

    class Meta:
        verbose_name = _("nguồn cung hiện tại")
        verbose_name_plural = _("nguồn cung hiện tại")
        constraints = [
            models.CheckConstraint(
                condition=Q(share__gte=0) & Q(share__lte=1), name="demand_source_share_range"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.country or self.supplier or ''} {self.share}"

    def clean(self):
        if self.kind == self.Kind.IMPORT and not self.country:
            raise ValidationError({"country": _("Nguồn nhập khẩu cần mã nước (ISO 2 chữ cái).")})
        if self.country:
            self.country = self.country.upper()
            if len(self.country) != 2 or not self.country.isalpha():
                raise ValidationError({"country": _("Mã nước phải gồm 2 chữ cái (ISO 3166-1).")})


class InvestmentProject(Tracked, MoneyMixin):
    """Dự án đầu tư trong khu / cụm (đơn vị thống kê: "8 dự án đi vào hoạt động", "492 dự án FDI")."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Đã đăng ký")
        BUILDING = "building", _("Đang xây dựng")
        OPERATING = "operating", _("Đang hoạt động")
        STOPPED = "stopped", _("Ngừng hoạt động")

    name = models.CharField(_("tên dự án"), max_length=300)
    investor = models.ForeignKey(
        Enterprise, verbose_name=_("nhà đầu tư"), on_delete=models.PROTECT, related_name="projects"
    )
    zone = models.ForeignKey(
        Zone,
        verbose_name=_("khu / cụm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("ngành"), null=True, blank=True, on_delete=models.SET_NULL
    )
    certificate_no = models.CharField(_("số GCN đăng ký đầu tư"), max_length=100, blank=True)
    certificate_date = models.DateField(_("ngày cấp"), null=True, blank=True)
    registered_capital = amount(_("vốn đăng ký"))
    implemented_capital = amount(_("vốn thực hiện"))
    land_area_ha = area_ha(_("diện tích đất (ha)"))
    workers = models.PositiveIntegerField(_("lao động"), null=True, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=Status.choices, default=Status.REGISTERED
    )

    class Meta:
        verbose_name = _("dự án đầu tư")
        verbose_name_plural = _("dự án đầu tư")
        ordering = ["zone", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        errors = self.clean_money()
        if errors:
            raise ValidationError(errors)


class SupplyLink(Tracked, MoneyMixin):
    """Quan hệ cung ứng: nhà cung ứng → bên mua, sản phẩm, năm, giá trị."""

    supplier = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="supplies_to")
    buyer = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="buys_from")
    product = models.ForeignKey(
        Product, null=True, blank=True, on_delete=models.PROTECT, related_name="links"
    )
    year = models.PositiveSmallIntegerField(
        _("năm"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    value = amount(_("giá trị"))

    class Meta:
        verbose_name = _("quan hệ cung ứng")
        verbose_name_plural = _("quan hệ cung ứng")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(condition=~Q(supplier=F("buyer")), name="link_not_self"),
            models.UniqueConstraint(fields=["supplier", "buyer", "product", "year"], name="link_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.supplier} → {self.buyer} ({self.year})"

    def clean(self):
        errors = self.clean_money()
        if self.supplier_id and self.supplier_id == self.buyer_id:
            errors["buyer"] = _("Bên mua phải khác nhà cung ứng.")
        if errors:
            raise ValidationError(errors)


class ZoneFigure(Tracked, MoneyMixin):
    """Số liệu định kỳ của khu / cụm (báo cáo 6 tháng, năm theo Thông tư 14/2024/TT-BCT)."""

    class Period(models.TextChoices):
        H1 = "H1", _("6 tháng đầu năm")
        FY = "FY", _("Cả năm")

    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="figures")
    year = models.PositiveSmallIntegerField(
        _("năm"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    period = models.CharField(_("kỳ"), max_length=2, choices=Period.choices)
    tenants = models.PositiveIntegerField(_("số doanh nghiệp / dự án"), null=True, blank=True)
    workers = models.PositiveIntegerField(_("lao động"), null=True, blank=True)
    local_workers = models.PositiveIntegerField(_("lao động địa phương"), null=True, blank=True)
    registered_capital = amount(_("vốn đăng ký"))
    implemented_capital = amount(_("vốn thực hiện"))
    revenue = amount(_("doanh thu"))
    exports = amount(_("xuất khẩu"))
    exports_currency = models.CharField(
        _("tiền tệ xuất khẩu"), max_length=3, choices=Currency.choices, default=Currency.USD
    )
    budget_contribution = amount(_("nộp ngân sách"))

    class Meta:
        verbose_name = _("số liệu định kỳ khu / cụm")
        verbose_name_plural = _("số liệu định kỳ khu / cụm")
        ordering = ["zone", "-year", "period"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "year", "period"], name="zone_figure_unique"),
            models.CheckConstraint(
                condition=Q(local_workers__isnull=True)
                | Q(workers__isnull=True)
                | Q(local_workers__lte=F("workers")),
                name="zone_figure_local_le_workers",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.zone} {self.year} {self.period}"

    @property
    def local_labour_share(self) -> Decimal | None:
        if not self.workers or self.local_workers is None:
            return None
        return (Decimal(self.local_workers) / Decimal(self.workers) * 100).quantize(Decimal("0.1"))

    def clean(self):
        errors = self.clean_money()
        if self.local_workers is not None and self.workers is not None and self.local_workers > self.workers:
            errors["local_workers"] = _("Lao động địa phương không thể lớn hơn tổng lao động.")
        if (
            self.implemented_capital is not None
            and self.registered_capital is not None
            and self.implemented_capital > self.registered_capital * 2
        ):
            errors["implemented_capital"] = _(
                "Vốn thực hiện lớn hơn gấp đôi vốn đăng ký: hãy kiểm tra lại đơn vị."
            )
        if errors:
            raise ValidationError(errors)


class PolicyThreshold(models.Model):
    """Ngưỡng chính sách (dữ liệu, không viết cứng): vd. tỷ lệ lấp đầy bình quân > 50% trước khi lập CCN mới."""

    class Comparator(models.TextChoices):
        GT = ">", ">"
        GE = ">=", "≥"
        LT = "<", "<"
        LE = "<=", "≤"

    key = models.SlugField(_("khóa"), max_length=80, unique=True)
    value = models.DecimalField(_("giá trị"), max_digits=14, decimal_places=4)
    comparator = models.CharField(
        _("so sánh"), max_length=2, choices=Comparator.choices, default=Comparator.GE
    )
    unit = models.CharField(_("đơn vị"), max_length=20, blank=True)
    applies_to = models.CharField(_("áp dụng cho"), max_length=40, blank=True)
    label_vi = models.CharField(_("mô tả"), max_length=300)
    label_en = models.CharField(_("mô tả tiếng Anh"), max_length=300, blank=True)
    legal_source = models.TextField(_("căn cứ pháp lý"), blank=True)

    class Meta:
        verbose_name = _("ngưỡng chính sách")
        verbose_name_plural = _("ngưỡng chính sách")
        ordering = ["key"]

    def __str__(self) -> str:
        return f"{self.label_vi}: {self.comparator} {self.value}{self.unit}"

    def passes(self, observed: Decimal | float | None) -> bool | None:
        """Whether ``observed`` meets this threshold (None when it is unknown)."""
        if observed is None:
            return None
        o, v = Decimal(str(observed)), self.value
        return {">": o > v, ">=": o >= v, "<": o < v, "<=": o <= v}[self.comparator]

    @classmethod
    def values(cls) -> dict[str, Decimal]:
        return dict(cls.objects.values_list("key", "value"))


class ProvinceFact(Tracked):
    """Số liệu tổng hợp cấp tỉnh có nguồn (vd. Hải Dương: 14 KCN, 492 dự án FDI từ 26 quốc gia)."""

    province = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="facts")
    legacy_province = models.CharField(_("tỉnh cũ (trước 2025)"), max_length=100, blank=True)
    indicator_code = models.SlugField(_("chỉ tiêu"), max_length=80)
    value = models.DecimalField(_("giá trị"), max_digits=20, decimal_places=2)
    unit = models.CharField(_("đơn vị"), max_length=40, blank=True)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("số liệu cấp tỉnh")
        verbose_name_plural = _("số liệu cấp tỉnh")
        ordering = ["province", "legacy_province", "indicator_code"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "legacy_province", "indicator_code", "year"], name="province_fact_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.legacy_province or self.province}: {self.indicator_code} = {self.value} {self.unit}"


class ClusterPlan(Tracked):
    """Quy hoạch / phương án phát triển cụm công nghiệp của tỉnh (số cụm, diện tích, giai đoạn)."""

    province = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="cluster_plans")
    legacy_province = models.CharField(_("tỉnh cũ (trước 2025)"), max_length=100, blank=True)
    name = models.CharField(_("tên quy hoạch"), max_length=300)
    clusters = models.PositiveIntegerField(_("số cụm công nghiệp"), null=True, blank=True)
    area_ha = area_ha(_("tổng diện tích (ha)"))
    phases = models.JSONField(_("giai đoạn"), default=list, blank=True)
    priorities = models.JSONField(_("ưu tiên"), default=list, blank=True)
    zones = models.ManyToManyField(
        Zone, verbose_name=_("cụm có trong quy hoạch"), blank=True, related_name="plans"
    )

    class Meta:
        verbose_name = _("quy hoạch cụm công nghiệp")
        verbose_name_plural = _("quy hoạch cụm công nghiệp")
        ordering = ["province", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if not isinstance(self.phases, list) or any(
            not isinstance(p, dict)
            or "name" not in p
            or (p.get("area_ha") is not None and float(p["area_ha"]) < 0)
            for p in self.phases
        ):
            raise ValidationError({"phases": _("Mỗi giai đoạn cần tên và diện tích không âm.")})
