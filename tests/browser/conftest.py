"""Browser smoke tests: Playwright's sync API driving Debian's chromium against pytest-django's live_server.

The chromium that apt installs lives at /usr/bin/chromium (Playwright's own download does not work here).
Without it the tests skip with a reason, except in CI (CI=true), where a missing browser is a failure.
Every page a test opens is screenshotted under test-artifacts/ when the test fails.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

# live_server runs in a thread while Playwright's sync API holds an event loop in this one.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("LIENKET_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`"
        if _in_ci():
            pytest.fail(message)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # the test extra is not installed
        if _in_ci():
            pytest.fail(f"playwright is not installed: {exc}")
        pytest.skip(f"playwright is not installed: {exc}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash.setdefault(_FAILED, []).append(report.failed)
    return report


_FAILED = pytest.StashKey[list]()


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def page(request, browser, live_server):
    """A fresh browser page at desktop or phone width; requests leaving the live server are refused."""
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="vi-VN")
    origin = live_server.url
    # No network at test time: anything not served by the live server (map tiles) fails at once.
    context.route(
        re.compile(r"^https?://"),
        lambda route: route.continue_() if route.request.url.startswith(origin) else route.abort(),
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.js_errors = errors
    shots: list[tuple[str, bytes]] = []

    def snap(name: str) -> None:
        """Keep a screenshot of the page as it is now; written to test-artifacts/ if the test fails."""
        shots.append((name, page.screenshot(full_page=True)))

    page.snap = snap
    yield page
    failed = any(request.node.stash.get(_FAILED, []))
    if failed or os.environ.get("LIENKET_SCREENSHOTS") == "always":
        ARTIFACTS.mkdir(exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid.split("::")[-1])
        for index, (name, png) in enumerate(shots):
            (ARTIFACTS / f"{safe}-{index:02d}-{name}.png").write_bytes(png)
        if failed and not page.is_closed():
            page.screenshot(path=str(ARTIFACTS / f"{safe}-final.png"), full_page=True)
    context.close()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each browser test starts with an empty cache (login throttling counts failures from 127.0.0.1)."""
    from django.core.cache import cache

    cache.clear()
    yield
