"""End-to-end journeys in a real browser (Debian chromium through Playwright), one per persona's main task.

Written: an enterprise signs up, claims its profile, an officer approves, the enterprise edits it and the public
page shows the change (with its freshness and history). Other journeys are listed at the bottom of this file's
module docstring in docs/security.md until their pages exist.
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
