"""Programmes and targets, support activities, periodic cluster reporting (Circular 14/2024), and news,
investment calls and events with investors' inquiries.

Targets are data (ADR 0002): every programme, indicator and target is a row an officer can edit.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from lienket.web.registry.models import NON_NEGATIVE, AdminUnit, Enterprise, Sector, Tracked, Zone

YEAR = [MinValueValidator(1990), MaxValueValidator(2100)]
SCORE = [MinValueValidator(0), MaxValueValidator(5)]


def validate_specialties(value) -> None:
    """A JSON list of non-empty strings (Kaizen, 5S, ISO 9001, lean, ...)."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValidationError(_('Cần danh sách chuyên môn, ví dụ ["Kaizen", "5S"].'), code="specialties")


# --------------------------------------------------------------------------- programmes and targets


class Programme(Tracked):
    """Chương trình / đề án phát triển CNHT (quốc gia hoặc của tỉnh) với căn cứ pháp lý và giai đoạn."""

    code = models.SlugField(_("mã"), max_length=80, unique=True)
    name = models.CharField(_("tên chương trình"), max_length=400)
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=200, blank=True)
    start_year = models.PositiveSmallIntegerField(_("từ năm"), validators=YEAR)
    end_year = models.PositiveSmallIntegerField(_("đến năm"), validators=YEAR)
    province = models.ForeignKey(
        AdminUnit,
        verbose_name=_("tỉnh / thành phố"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="programmes",
        help_text=_("Để trống cho chương trình quốc gia."),
    )
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("chương trình")
        verbose_name_plural = _("chương trình")
        ordering = ["province__code", "start_year", "code"]
        constraints = [
            models.CheckConstraint(condition=Q(end_year__gte=F("start_year")), name="programme_years_ordered")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("Năm kết thúc phải sau năm bắt đầu.")})


class Indicator(models.Model):
    """Chỉ tiêu: mã, tên, đơn vị, định nghĩa; tính từ sổ đăng ký hoặc nhập kèm nguồn."""

    class Method(models.TextChoices):
        COMPUTED = "computed", _("Tính từ sổ đăng ký")
        ENTERED = "entered", _("Nhập kèm nguồn")

    class Computation(models.TextChoices):
        NONE = "", _("(không)")
        CNHT_ENTERPRISES = "cnht_enterprises", _("Số doanh nghiệp CNHT có số liệu trong năm")
        FDI_SUPPLIERS = "fdi_suppliers", _("Số doanh nghiệp cung ứng cho bên mua FDI")
        LOCALIZATION_IN_PROVINCE = (
            "localization_in_province",
            _("Tỷ lệ nhu cầu do doanh nghiệp trong tỉnh đáp ứng"),
        )
        LOCALIZATION_DOMESTIC = "localization_domestic", _("Tỷ lệ nhu cầu do doanh nghiệp trong nước đáp ứng")
        LOCALIZATION_TEXTILE = "localization_textile", _("Tỷ lệ cung ứng trong nước — dệt may")
        LOCALIZATION_FOOTWEAR = "localization_footwear", _("Tỷ lệ cung ứng trong nước — da giày")
        CNHT_OUTPUT_SHARE = "cnht_output_share", _("Tỷ trọng giá trị sản xuất CNHT")
        CNHT_OUTPUT_GROWTH = "cnht_output_growth", _("Tăng trưởng giá trị sản xuất CNHT")
        VERIFIED_SHARE = "verified_share", _("Tỷ lệ bản ghi doanh nghiệp đã xác minh")
        FIRMS_CONSULTED = "firms_consulted", _("Số doanh nghiệp được tư vấn trở thành nhà cung ứng FDI")

    code = models.SlugField(_("mã"), max_length=80, unique=True)
    name_vi = models.CharField(_("tên tiếng Việt"), max_length=300)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=300, blank=True)
    unit = models.CharField(_("đơn vị"), max_length=40)
    definition_vi = models.TextField(_("định nghĩa"), blank=True)
    definition_en = models.TextField(_("định nghĩa tiếng Anh"), blank=True)
    method = models.CharField(_("cách lấy số liệu"), max_length=10, choices=Method.choices)
    computation = models.CharField(
        _("công thức"), max_length=32, choices=Computation.choices, blank=True, default=""
    )
    higher_is_better = models.BooleanField(_("càng cao càng tốt"), default=True)

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(method="entered", computation="") | (Q(method="computed") & ~Q(computation="")),
                name="indicator_method_matches_computation",
            )
        ]

    def __str__(self) -> str:
        return self.name_vi

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" and self.name_en else self.name_vi

    def clean(self):
        if self.method == self.Method.COMPUTED and not self.computation:
            raise ValidationError({"computation": _("Chỉ tiêu tính từ sổ đăng ký cần chọn công thức.")})
        if self.method == self.Method.ENTERED and self.computation:
            raise ValidationError({"computation": _("Chỉ tiêu nhập tay không có công thức.")})


class Target(models.Model):
    """Mục tiêu: giá trị của một chỉ tiêu trong một chương trình đến một năm, với giá trị cơ sở."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="targets")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="targets")
    year = models.PositiveSmallIntegerField(_("năm mục tiêu"), validators=YEAR)
    value = models.DecimalField(_("giá trị mục tiêu"), max_digits=16, decimal_places=2)
    baseline_year = models.PositiveSmallIntegerField(_("năm cơ sở"), null=True, blank=True, validators=YEAR)
    baseline_value = models.DecimalField(
        _("giá trị cơ sở"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("mục tiêu")
        verbose_name_plural = _("mục tiêu")
        ordering = ["programme", "indicator__code", "year"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "indicator", "year"], name="target_unique"),
            models.CheckConstraint(
                condition=Q(baseline_year__isnull=True) | Q(baseline_year__lte=F("year")),
                name="target_baseline_before",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.year}: {self.value}"


class ActualValue(Tracked):
    """Số liệu thực hiện nhập tay (chỉ tiêu không tính được từ sổ đăng ký), bắt buộc có nguồn."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="actuals")
    province = models.ForeignKey(
        AdminUnit,
        verbose_name=_("tỉnh / thành phố"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Để trống cho số liệu cả nước."),
    )
    year = models.PositiveSmallIntegerField(_("năm"), validators=YEAR)
    value = models.DecimalField(_("giá trị"), max_digits=16, decimal_places=2)

    class Meta:
        verbose_name = _("số liệu thực hiện")
        verbose_name_plural = _("số liệu thực hiện")
        ordering = ["indicator", "province", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "province", "year"],
                condition=Q(deleted_at__isnull=True),
                name="actual_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.year}: {self.value}"

    def clean(self):
        if not (self.source or "").strip():
            raise ValidationError({"source": _("Số liệu nhập tay phải ghi nguồn.")})


# --------------------------------------------------------------------------- support activities


class Expert(Tracked):
    """Chuyên gia tư vấn (Kaizen, 5S, ISO, lean, ...) trong mạng lưới chuyên gia của Sở."""

    name = models.CharField(_("họ tên"), max_length=200)
    organisation = models.CharField(_("đơn vị"), max_length=300, blank=True)
    specialties = models.JSONField(
        _("chuyên môn"), default=list, blank=True, validators=[validate_specialties]
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("chuyên gia tư vấn")
        verbose_name_plural = _("chuyên gia tư vấn")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SupportActivity(Tracked):
    """Hoạt động hỗ trợ: đào tạo (Kaizen, ISO 31000, 5S, lean...), tư vấn theo tiêu chuẩn nhà cung ứng của bên
    mua, hỗ trợ khuyến công."""

    class Kind(models.TextChoices):
        TRAINING = "training", _("Đào tạo")
        CONSULTING = "consulting", _("Tư vấn")
        GRANT = "grant", _("Hỗ trợ khuyến công")

    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("tên hoạt động"), max_length=300)
    topic = models.CharField(
        _("chủ đề"), max_length=120, blank=True, help_text=_("Kaizen, ISO 31000, 5S, lean...")
    )
    programme = models.ForeignKey(
        Programme, verbose_name=_("chương trình"), null=True, blank=True, on_delete=models.SET_NULL
    )
    province = models.ForeignKey(
        AdminUnit, verbose_name=_("tỉnh / thành phố"), on_delete=models.PROTECT, related_name="+"
    )
    buyer = models.ForeignKey(
        Enterprise,
        verbose_name=_("bên mua (tiêu chuẩn nhà cung ứng)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tư vấn theo tiêu chuẩn nhà cung ứng của bên mua này."),
    )
    supplier_standard = models.CharField(_("tiêu chuẩn nhà cung ứng"), max_length=200, blank=True)
    experts = models.ManyToManyField(
        Expert, verbose_name=_("chuyên gia"), blank=True, related_name="activities"
    )
    start_date = models.DateField(_("bắt đầu"))
    end_date = models.DateField(_("kết thúc"), null=True, blank=True)
    cost_vnd = models.DecimalField(
        _("kinh phí (VND)"), max_digits=18, decimal_places=0, null=True, blank=True, validators=NON_NEGATIVE
    )
    funding = models.CharField(_("nguồn kinh phí"), max_length=200, blank=True)
    outcome = models.TextField(_("kết quả"), blank=True)

    class Meta:
        verbose_name = _("hoạt động hỗ trợ")
        verbose_name_plural = _("hoạt động hỗ trợ")
        ordering = ["-start_date", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")), name="activity_dates"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Ngày kết thúc phải sau ngày bắt đầu.")})


class Participation(models.Model):
    """Doanh nghiệp tham gia một hoạt động hỗ trợ và kết quả của doanh nghiệp đó."""

    class Outcome(models.TextChoices):
        ENROLLED = "enrolled", _("Đã đăng ký")
        COMPLETED = "completed", _("Hoàn thành")
        CERTIFIED = "certified", _("Đạt chứng nhận")
        BECAME_SUPPLIER = "became_supplier", _("Trở thành nhà cung ứng")
        DROPPED = "dropped", _("Bỏ dở")

    activity = models.ForeignKey(SupportActivity, on_delete=models.CASCADE, related_name="participations")
    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.CASCADE, related_name="support_participations"
    )
    outcome = models.CharField(_("kết quả"), max_length=16, choices=Outcome.choices, default=Outcome.ENROLLED)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("doanh nghiệp tham gia")
        verbose_name_plural = _("doanh nghiệp tham gia")
        ordering = ["activity", "enterprise__name_vi"]
        constraints = [
            models.UniqueConstraint(fields=["activity", "enterprise"], name="participation_unique")
        ]

    def __str__(self) -> str:
        return f"{self.enterprise} — {self.activity}"


class ReadinessAssessment(Tracked):
    """Đánh giá mức sẵn sàng trở thành nhà cung ứng (0–5): chất lượng, chi phí, giao hàng, quy mô, quản lý,
    chứng nhận. Mỗi lần đánh giá là một dòng: lịch sử theo doanh nghiệp."""

    DIMENSIONS = ("quality", "cost", "delivery", "scale", "management", "certifications")

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="readiness_assessments")
    assessed_on = models.DateField(_("ngày đánh giá"))
    activity = models.ForeignKey(
        SupportActivity, verbose_name=_("hoạt động"), null=True, blank=True, on_delete=models.SET_NULL
    )
    quality = models.PositiveSmallIntegerField(_("chất lượng"), validators=SCORE)
    cost = models.PositiveSmallIntegerField(_("chi phí"), validators=SCORE)
    delivery = models.PositiveSmallIntegerField(_("giao hàng"), validators=SCORE)
    scale = models.PositiveSmallIntegerField(_("quy mô sản xuất"), validators=SCORE)
    management = models.PositiveSmallIntegerField(_("quản lý"), validators=SCORE)
    certifications = models.PositiveSmallIntegerField(_("chứng nhận"), validators=SCORE)
    note = models.TextField(_("nhận xét"), blank=True)

    class Meta:
        verbose_name = _("đánh giá mức sẵn sàng")
        verbose_name_plural = _("đánh giá mức sẵn sàng")
        ordering = ["enterprise", "-assessed_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quality__lte=5)
                & Q(cost__lte=5)
                & Q(delivery__lte=5)
                & Q(scale__lte=5)
                & Q(management__lte=5)
                & Q(certifications__lte=5),
                name="readiness_scores_0_5",
            )
        ]

    def __str__(self) -> str:
        return f"{self.enterprise} {self.assessed_on}"

    def scores(self) -> dict[str, int]:
        return {d: getattr(self, d) for d in self.DIMENSIONS}

    @property
    def overall(self) -> Decimal:
        from lienket.core.indicators import readiness_score

        return Decimal(str(readiness_score(self.scores()))).quantize(Decimal("0.1"))


# --------------------------------------------------------------------------- periodic reporting


class ReportingPeriod(models.Model):
    """Kỳ báo cáo theo Thông tư 14/2024/TT-BCT: 6 tháng (15/12–14/6, hạn 20/6) và năm (15/12–14/12, hạn 20/12)."""

    class Period(models.TextChoices):
        H1 = "H1", _("6 tháng đầu năm")
        FY = "FY", _("Cả năm")

    year = models.PositiveSmallIntegerField(_("năm"), validators=YEAR)
    period = models.CharField(_("kỳ"), max_length=2, choices=Period.choices)
    starts_on = models.DateField(_("từ ngày"))
    ends_on = models.DateField(_("đến ngày"))
    due_on = models.DateField(_("hạn nộp"))

    class Meta:
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")
        ordering = ["-year", "-period"]
        constraints = [models.UniqueConstraint(fields=["year", "period"], name="reporting_period_unique")]

    def __str__(self) -> str:
        return f"{self.get_period_display()} {self.year}"


class Filing(Tracked):
    """Báo cáo định kỳ của một doanh nghiệp trong cụm công nghiệp cho một kỳ (số liệu của chính doanh nghiệp)."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="filings")
    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="filings")
    zone = models.ForeignKey(Zone, on_delete=models.PROTECT, related_name="filings")
    workers = models.PositiveIntegerField(_("lao động"))
    local_workers = models.PositiveIntegerField(_("lao động địa phương"), null=True, blank=True)
    registered_capital_vnd = models.DecimalField(
        _("vốn đăng ký (VND)"),
        max_digits=20,
        decimal_places=0,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    implemented_capital_vnd = models.DecimalField(
        _("vốn thực hiện (VND)"),
        max_digits=20,
        decimal_places=0,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    revenue_vnd = models.DecimalField(
        _("doanh thu (VND)"), max_digits=20, decimal_places=0, null=True, blank=True, validators=NON_NEGATIVE
    )
    exports_usd = models.DecimalField(
        _("xuất khẩu (USD)"), max_digits=16, decimal_places=0, null=True, blank=True, validators=NON_NEGATIVE
    )
    budget_vnd = models.DecimalField(
        _("nộp ngân sách (VND)"),
        max_digits=20,
        decimal_places=0,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_on = models.DateField(_("ngày nộp"))

    class Meta:
        verbose_name = _("báo cáo định kỳ của doanh nghiệp")
        verbose_name_plural = _("báo cáo định kỳ của doanh nghiệp")
        ordering = ["period", "zone", "enterprise__name_vi"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "enterprise"], condition=Q(deleted_at__isnull=True), name="filing_unique"
            ),
            models.CheckConstraint(
                condition=Q(local_workers__isnull=True) | Q(local_workers__lte=F("workers")),
                name="filing_local_le_workers",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enterprise} — {self.period}"

    def clean(self):
        if self.local_workers is not None and self.workers is not None and self.local_workers > self.workers:
            raise ValidationError(
                {"local_workers": _("Lao động địa phương không thể lớn hơn tổng lao động.")}
            )


class Reminder(models.Model):
    """Nhắc nộp báo cáo đã gửi cho một doanh nghiệp (email)."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="reminders")
    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="+")
    recipients = models.JSONField(_("người nhận"), default=list)
    sent_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("nhắc nộp báo cáo")
        verbose_name_plural = _("nhắc nộp báo cáo")
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"{self.enterprise} — {self.period}"


# --------------------------------------------------------------------------- news, calls, events, inquiries


class Announcement(Tracked):
    """Tin tức, lời mời gọi đầu tư vào một khu / cụm (đất sạch, ngành ưu tiên) hoặc sự kiện kết nối."""

    class Kind(models.TextChoices):
        NEWS = "news", _("Tin tức")
        INVESTMENT_CALL = "call", _("Mời gọi đầu tư")
        EVENT = "event", _("Sự kiện kết nối")

    kind = models.CharField(_("loại"), max_length=8, choices=Kind.choices)
    title = models.CharField(_("tiêu đề"), max_length=300)
    summary = models.CharField(_("tóm tắt"), max_length=500, blank=True)
    body = models.TextField(_("nội dung"))
    published_on = models.DateField(_("ngày đăng"), null=True, blank=True)
    is_published = models.BooleanField(_("đã đăng"), default=False)
    province = models.ForeignKey(
        AdminUnit,
        verbose_name=_("tỉnh / thành phố"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    zone = models.ForeignKey(
        Zone,
        verbose_name=_("khu / cụm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="calls",
    )
    clean_land_ha = models.DecimalField(
        _("đất sạch mời gọi (ha)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NON_NEGATIVE,
        help_text=_("Để trống để dùng số liệu đất sạch hiện tại của khu / cụm."),
    )
    priority_sectors = models.ManyToManyField(
        Sector, verbose_name=_("ngành ưu tiên"), blank=True, related_name="+"
    )
    starts_at = models.DateTimeField(_("bắt đầu"), null=True, blank=True)
    ends_at = models.DateTimeField(_("kết thúc"), null=True, blank=True)
    venue = models.CharField(_("địa điểm"), max_length=300, blank=True)
    capacity = models.PositiveIntegerField(_("số chỗ"), null=True, blank=True)

    class Meta:
        verbose_name = _("tin / mời gọi / sự kiện")
        verbose_name_plural = _("tin / mời gọi / sự kiện")
        ordering = ["-published_on", "-id"]
        indexes = [models.Index(fields=["is_published", "kind", "published_on"])]

    def __str__(self) -> str:
        return self.title

    @property
    def land_ha(self) -> Decimal | None:
        if self.clean_land_ha is not None:
            return self.clean_land_ha
        return self.zone.clean_land_ha if self.zone_id else None

    def clean(self):
        errors = {}
        if self.kind == self.Kind.INVESTMENT_CALL and not self.zone_id:
            errors["zone"] = _("Lời mời gọi đầu tư cần chọn khu / cụm.")
        if self.kind == self.Kind.EVENT and not self.starts_at:
            errors["starts_at"] = _("Sự kiện cần thời gian bắt đầu.")
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("Thời gian kết thúc phải sau thời gian bắt đầu.")
        if errors:
            raise ValidationError(errors)


class EventRegistration(models.Model):
    """Doanh nghiệp đăng ký tham dự một sự kiện kết nối."""

    event = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="registrations")
    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="event_registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    registered_at = models.DateTimeField(_("đăng ký lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("đăng ký sự kiện")
        verbose_name_plural = _("đăng ký sự kiện")
        ordering = ["event", "registered_at"]
        constraints = [
            models.UniqueConstraint(fields=["event", "enterprise"], name="event_registration_unique")
        ]

    def __str__(self) -> str:
        return f"{self.enterprise} → {self.event}"


class Inquiry(models.Model):
    """Yêu cầu thông tin của nhà đầu tư gửi từ trang khu / cụm hoặc lời mời gọi đầu tư."""

    class Status(models.TextChoices):
        NEW = "new", _("Mới")
        IN_PROGRESS = "in_progress", _("Đang xử lý")
        ANSWERED = "answered", _("Đã trả lời")
        CLOSED = "closed", _("Đã đóng")

    zone = models.ForeignKey(Zone, null=True, blank=True, on_delete=models.SET_NULL, related_name="inquiries")
    call = models.ForeignKey(
        Announcement, null=True, blank=True, on_delete=models.SET_NULL, related_name="inquiries"
    )
    name = models.CharField(_("họ tên"), max_length=200)
    organisation = models.CharField(_("tổ chức / công ty"), max_length=300, blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    country = models.CharField(_("quốc gia"), max_length=80, blank=True)
    message = models.TextField(_("nội dung"))
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.NEW)
    follow_up = models.TextField(_("ghi chú xử lý"), blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("yêu cầu của nhà đầu tư")
        verbose_name_plural = _("yêu cầu của nhà đầu tư")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.email})"


class PageView(models.Model):
    """Lượt xem trang khu / cụm, doanh nghiệp hoặc tin, đếm theo ngày bởi chính lienket (không dùng bên thứ ba)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("lượt xem")
        verbose_name_plural = _("lượt xem")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "day"], name="page_view_unique")
        ]

    def __str__(self) -> str:
        return f"{self.content_type.model}#{self.object_id} {self.day}: {self.count}"
