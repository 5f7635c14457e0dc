"""End-to-end journeys in a real browser (Debian chromium through Playwright), one per persona's main task.

1. An enterprise signs up (password validators), claims its profile, an officer approves with a reason, the
   enterprise edits it; the public page shows the change as text and the history page shows who changed what.
2. A buyer posts a demand (product found by an unaccented search) and sees the matching suppliers.
3. An officer imports an Excel file built from the import template, confirms it, finds the new firm in the
   directory, resolves a duplicate and builds the annual report (HTML).
   On the way, the file carries the zip maker again under another spelling: the officer resolves the duplicate
   in the resolution queue (keeps the older record, merges; audited).
"""

from __future__ import annotations

import re

import pytest

from tests.web.portal_fixtures import build_portal_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "S3cure-pass-for-tests"


@pytest.fixture
def data(transactional_db):
    return build_portal_data()


@pytest.fixture
def officer_account(transactional_db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(
        "can-bo-lan", password=PASSWORD, role="officer", is_staff=True, email="lan@so-ct.example"
    )


def _login(page, base, username, password=PASSWORD):
    page.goto(f"{base}/tai-khoan/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Đăng nhập").click()


def _logout(page):
    page.locator(".logout-form button").click()


@pytest.mark.parametrize("page", ["desktop"], indirect=True)
def test_enterprise_claims_and_edits_its_profile(page, live_server, data, officer_account):
    from playwright.sync_api import expect

    base = live_server.url
    firm = data.zip_maker

    # 1. Sign up as an enterprise user (Django's password validators apply).
    page.goto(f"{base}/tai-khoan/dang-ky/")
    page.fill("#id_username", "dong-tien")
    page.fill("#id_email", "ketoan@dongtien.example")
    page.select_option("#id_role", "enterprise")
    page.fill("#id_password1", "12345678")
    page.fill("#id_password2", "12345678")
    page.get_by_role("button", name="Đăng ký").click()
    expect(page.locator("form.stacked-form")).to_contain_text(re.compile(r"short|ngắn", re.I))  # validators
    page.fill("#id_password1", "Khoa-keo-Dong-Tien-2026")
    page.fill("#id_password2", "Khoa-keo-Dong-Tien-2026")
    page.get_by_role("button", name="Đăng ký").click()
    expect(page).to_have_url(re.compile(r"/tai-khoan/$"))
    page.snap("signed-up")

    # 2. Claim the existing profile with evidence.
    page.goto(f"{base}/tai-khoan/nhan-ho-so/{firm.pk}/")
    page.fill("#id_tax_code", firm.tax_code or "")
    page.fill("#id_evidence", "Kế toán trưởng; gọi 0912 000 000 để xác nhận.")
    page.get_by_role("button", name="Gửi yêu cầu").click()
    expect(page.locator("main")).to_contain_text("Chờ duyệt")
    _logout(page)

    # 3. An officer approves it with a reason.
    _login(page, base, "can-bo-lan")
    page.goto(f"{base}/tai-khoan/yeu-cau-nhan-ho-so/")
    claim = page.locator(".item-list li", has_text=firm.name_vi)
    expect(claim).to_contain_text("Kế toán trưởng")
    claim.get_by_label("Lý do").fill("Đã gọi điện xác nhận")
    claim.get_by_role("button", name="Duyệt").click()
    expect(page.locator("main")).to_contain_text("Không có yêu cầu nào đang chờ")
    page.snap("approved")
    _logout(page)

    # 4. The enterprise edits its profile; the public page shows it, escaped, with the history behind it.
    _login(page, base, "dong-tien", "Khoa-keo-Dong-Tien-2026")
    page.goto(f"{base}/tai-khoan/")
    page.get_by_role("link", name=firm.name_vi).click()
    expect(page).to_have_url(re.compile(r"/doanh-nghiep-cua-toi/$"))
    page.fill("#id_contact_person", "Chị Hoa <b>kinh doanh</b>")
    page.fill("#id_phone", "0222 3333 444")
    page.get_by_role("button", name="Lưu hồ sơ").click()
    expect(page.locator("main")).to_contain_text("Đã lưu hồ sơ")
    page.snap("edited")
    page.get_by_role("link", name="Xem trang công khai").click()
    expect(page.locator("main")).to_contain_text("Chị Hoa <b>kinh doanh</b>")  # shown as text, not markup
    page.goto(f"{base}/tai-khoan/doanh-nghiep-cua-toi/")
    page.get_by_role("link", name="Lịch sử thay đổi").first.click()
    expect(page.locator(".audit-history")).to_contain_text("0222 3333 444")
    expect(page.locator(".audit-history")).to_contain_text("dong-tien")
    page.snap("history")
    assert page.js_errors == []


@pytest.mark.parametrize("page", ["desktop"], indirect=True)
def test_buyer_posts_a_demand_and_sees_matches(page, live_server, data):
    from django.contrib.auth import get_user_model
    from playwright.sync_api import expect

    base = live_server.url
    get_user_model().objects.create_user(
        "mua-hang", password=PASSWORD, role="buyer", enterprise=data.fdi_buyer, email="mua@fdi.example"
    )
    _login(page, base, "mua-hang")
    page.goto(f"{base}/ket-noi/nhu-cau/moi/")
    page.fill("#id_product_q", "khoa keo")
    page.get_by_role("button", name="Tìm sản phẩm").click()
    page.select_option("#id_product", str(data.product_zip.pk))
    page.fill("#id_title", "Khóa kéo nhựa cho áo khoác 2027")
    page.fill("#id_annual_quantity", "500000")
    page.locator(".demand-form").get_by_role("button", name="Lưu", exact=True).click()
    expect(page).to_have_url(re.compile(r"/ket-noi/nhu-cau/\d+/$"))
    expect(page.locator("main")).to_contain_text("Khóa kéo nhựa cho áo khoác 2027")
    expect(page.locator("main")).to_contain_text(data.zip_maker.name_vi)  # the zip maker is proposed
    page.snap("demand-matches")
    from lienket.web.audit.models import AuditEntry
    from lienket.web.registry.models import Demand

    demand = Demand.objects.get(title="Khóa kéo nhựa cho áo khoác 2027")
    assert demand.buyer_id == data.fdi_buyer.pk
    assert AuditEntry.objects.filter(
        object_id=str(demand.pk), action="create", actor__username="mua-hang"
    ).exists()
    assert page.js_errors == []


def _enterprise_workbook(path, rows):
    """An import file built from the import's own template (headers as an officer downloads them)."""
    import io

    import openpyxl

    from lienket.web.intake import services

    wb = openpyxl.load_workbook(io.BytesIO(services.template_xlsx("enterprises")))
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    for row in rows:
        ws.append([row.get(h.rstrip(" *")) for h in headers])
    wb.save(path)
    return path


@pytest.mark.parametrize("page", ["desktop"], indirect=True)
def test_officer_imports_resolves_a_duplicate_and_builds_the_report(
    page, live_server, data, officer_account, tmp_path, settings
):
    from playwright.sync_api import expect

    from lienket.web.audit.models import AuditEntry
    from lienket.web.registry.models import Enterprise

    settings.RESOLUTION_RUN_INLINE = True  # the live server shares this process's test database
    base = live_server.url
    xlsx = _enterprise_workbook(
        tmp_path / "doanh-nghiep-moi.xlsx",
        [
            {
                "Mã số thuế": "0109990091",
                "Tên doanh nghiệp": "Công ty TNHH Bu Lông Thử Nghiệm",
                "Tỉnh / thành phố": "Bắc Ninh",
                "Người liên hệ": "Anh Nam",
            },
            {
                "Mã số thuế": "0109990092",
                "Tên doanh nghiệp": "Công ty CP Lò Xo Thử Nghiệm",
                "Tỉnh / thành phố": "Bắc Ninh",
            },
            # The zip maker again, written differently and without its tax code: a duplicate to resolve.
            {
                "Tên doanh nghiệp": "Cty TNHH Khoá Kéo Đồng Tiến",
                "Tên tiếng Anh": "Dong Tien Zipper Co., Ltd",
                "Tỉnh / thành phố": "Bắc Ninh",
            },
        ],
    )
    _login(page, base, "can-bo-lan")
    page.goto(f"{base}/nhap-du-lieu/")
    page.select_option("#id_kind", "enterprises")
    page.set_input_files("#id_file", str(xlsx))
    page.get_by_role("button", name="Tải lên và xem trước").click()
    expect(page).to_have_url(re.compile(r"/nhap-du-lieu/lo/\d+/$"))
    confirm = page.get_by_role("button", name="Xác nhận và ghi các dòng hợp lệ")
    expect(confirm).to_be_visible(timeout=30_000)  # read and planned in the background
    expect(page.locator("#batch-status")).to_contain_text("3 dòng")
    page.snap("import-preview")
    confirm.click()
    expect(page.locator("#batch-status")).to_contain_text("Đã nhập", timeout=30_000)
    page.snap("import-done")
    firm = Enterprise.objects.get(tax_code="0109990091")
    assert AuditEntry.objects.filter(object_id=str(firm.pk), actor__username="can-bo-lan").exists()

    # The imported firm is in the public directory straight away.
    page.goto(f"{base}/doanh-nghiep/?q=bu+long+thu+nghiem")
    expect(page.locator("#results")).to_contain_text("Bu Lông Thử Nghiệm")

    # The duplicate: run the resolution, open the pair, keep the older record, merge.
    page.goto(f"{base}/trung-lap/")
    if page.get_by_role("link", name="Xem cặp").count() == 0:
        page.goto(f"{base}/trung-lap/chay/")
        page.get_by_role("button", name="Chạy ngay").click()
        # The run's own page; its status fragment polls until the run ends (inline here: no process spawned).
        expect(page).to_have_url(re.compile(r"/trung-lap/chay/\d+/$"))
        expect(page.locator("#run-status")).to_have_class(re.compile(r"run-done"), timeout=60_000)
        page.goto(f"{base}/trung-lap/")
    page.get_by_role("link", name="Xem cặp").first.click()
    expect(page.locator("main")).to_contain_text("Đồng Tiến")
    page.snap("duplicate-pair")
    page.locator(f"input[name=canonical][value='{data.zip_maker.pk}']").check()
    page.get_by_role("button", name="Gộp", exact=True).click()
    expect(page.locator("#actions")).to_contain_text("Đã gộp", timeout=30_000)
    dup = Enterprise.all_objects.get(name_vi="Cty TNHH Khoá Kéo Đồng Tiến")
    assert dup.merged_into_id == data.zip_maker.pk
    assert AuditEntry.objects.filter(action="merge", actor__username="can-bo-lan").exists()

    # The annual report, as HTML in the browser.
    page.goto(f"{base}/chuong-trinh/bao-cao-nam/")
    page.select_option("#id_format", "html")
    page.get_by_role("button", name="Lập báo cáo").click()
    expect(page).to_have_url(re.compile(r"format=html"), timeout=60_000)
    expect(page.get_by_role("button", name="Lập báo cáo")).to_have_count(0)  # the report, not the form again
    expect(page.locator("body")).to_contain_text(re.compile(r"phụ lục|phương pháp", re.I))
    page.snap("report")
