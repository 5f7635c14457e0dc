"""Security as tests: CSRF on every form, the permission matrix (tests/web/trust/access.py), escaping of user
text, production settings (secure cookies and headers, no default SECRET_KEY)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from . import access

SKIP_PREFIXES = ("admin/", "api/", "media/", "^media/", "static/")


def _walk(patterns, prefix="", ns=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            name = f"{ns}{p.namespace}:" if p.namespace else ns
            yield from _walk(p.url_patterns, prefix + str(p.pattern), name)
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), (ns + p.name) if p.name else None, p


def site_patterns():
    """(route, name, pattern) of every URL outside the admin, the API and media."""
    return [(r, n, p) for r, n, p in _walk(get_resolver().url_patterns) if not r.startswith(SKIP_PREFIXES)]


def api_write_operations():
    """(method, path, view name) of every write operation of the API."""
    from lienket.web.api.urls import api

    out = []
    for prefix, router in api._routers:
        for path, view in router.path_operations.items():
            for op in view.operations:
                for method in op.methods:
                    if method != "GET":
                        out.append(
                            (
                                method,
                                "/api/v1/"
                                + (prefix.strip("/") + "/" if prefix.strip("/") else "")
                                + path.lstrip("/"),
                                op.view_func.__name__,
                            )
                        )
    return out


# --------------------------------------------------------------------------- classification


def test_every_site_url_is_classified_in_the_access_table():
    names = {n for _r, n, _p in site_patterns() if n}
    missing = sorted(names - set(access.PAGES))
    assert not missing, f"classify these URL names in tests/web/trust/access.py PAGES: {missing}"
    unnamed = [r for r, n, _p in site_patterns() if not n]
    assert not unnamed, f"name these URL patterns so they can be classified: {unnamed}"


def test_every_api_write_operation_is_classified():
    ops = {name for _m, _p, name in api_write_operations()}
    missing = sorted(ops - set(access.API_WRITES))
    assert not missing, (
        f"classify these API write operations in tests/web/trust/access.py API_WRITES: {missing}"
    )


# --------------------------------------------------------------------------- objects and personas


@pytest.fixture
def objects(db, supplier, buyer_user, other_supplier, officer):
    from lienket.web.accounts import services as acc
    from lienket.web.audit.models import AuditEntry
    from lienket.web.registry import services as reg
    from lienket.web.registry.models import Offering, Product, TaxonomyVersion, Zone
    from lienket.web.resolution.models import ResolutionRun

    offering = supplier.offerings.first() or Offering.objects.create(
        enterprise=supplier, product=Product.objects.order_by("pk").first()
    )
    reg.update_record(supplier, {"phone": "0900000000"}, expected_version=supplier.row_version, actor=officer)
    return {
        "supplier": supplier,
        "offering": offering,
        "claim": acc.submit_claim(buyer_user, other_supplier, evidence="x"),
        "entry": AuditEntry.objects.filter(object_id=str(supplier.pk)).first(),
        "zone": Zone.objects.order_by("pk").first(),
        "version": TaxonomyVersion.objects.order_by("pk").first().code,
        "dataset": _first_dataset(),
        "run": ResolutionRun.objects.create(status="done", counts={"merged": 0, "queued": 0}),
    }


def _first_dataset() -> str:
    try:
        from lienket.web.opendata.datasets import DATASETS
    except ImportError:
        return "x"
    return next(iter(DATASETS), "x")


def _url(route: str, name: str, objs: dict) -> str:
    def sub(match):
        arg = match.group(2)
        override = access.ARGS_OF.get(name, {}).get(arg)
        if override is not None:
            return str(override(objs) if callable(override) else override)
        if arg == "pk":
            return str(objs[access.PK_OF.get(name, "supplier")].pk)
        sample = access.SAMPLE_ARGS.get(arg)
        return str(sample(objs)) if sample else "1"

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", sub, route)


PERSONAS = ["anon", "enterprise", "buyer", "officer"]


def _client(request, persona) -> Client:
    c = Client()
    fixture = {"enterprise": "enterprise_user", "buyer": "buyer_user", "officer": "officer"}.get(persona)
    if fixture:
        c.force_login(request.getfixturevalue(fixture))
    return c


def _outcome(resp) -> str:
    if resp.status_code == 404:
        return "missing"
    if resp.status_code == 403:
        return access.DENY
    if (
        resp.status_code in (301, 302)
        and "/login/" in resp.get("Location", "")
        or "/dang-nhap/" in resp.get("Location", "")
    ):
        return access.LOGIN
    if resp.status_code < 400 or resp.status_code == 405:
        return access.OK
    return f"HTTP {resp.status_code}"


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_may_do_exactly_what_its_role_allows(request, objects, persona):
    client = _client(request, persona)
    wrong = []
    # Logging out ends the persona's session: that URL goes last.
    for route, name, _p in sorted(site_patterns(), key=lambda t: t[1] == "logout"):
        if name not in access.PAGES:
            continue  # unclassified: test_every_site_url_is_classified_in_the_access_table names it
        method, expected = access.PAGES[name]
        url = _url(route, name, objects)
        resp = client.post(url, {}) if method == "POST" else client.get(url)
        got = _outcome(resp)
        want = expected[persona]
        if got == "missing" and want in (access.DENY, access.REACH):
            continue
        if got == access.OK and want == access.REACH:
            continue
        if got != want:
            wrong.append(f"{method} {url} ({name}): expected {expected[persona]}, got {got}")
    assert not wrong, "\n".join(wrong)


@pytest.fixture
def tokens(db, officer, enterprise_user, buyer_user):
    from lienket.web.api.models import ApiToken

    return {
        "officer": ApiToken.issue(officer, "t")[1],
        "enterprise": ApiToken.issue(enterprise_user, "t")[1],
        "buyer": ApiToken.issue(buyer_user, "t")[1],
    }


def test_api_writes_need_a_token(client, objects):
    for method, path, _name in api_write_operations():
        url = re.sub(r"\{(\w+)(?::\w+)?\}", "1", path)
        resp = client.generic(method, url, data="{}", content_type="application/json")
        assert resp.status_code == 401, f"{method} {url}: {resp.status_code}"


def test_api_changes_to_others_records_follow_the_table(client, objects, tokens, other_supplier):
    from lienket.web.registry.models import Demand, Offering, Product

    other_offering = other_supplier.offerings.first() or Offering.objects.create(
        enterprise=other_supplier, product=Product.objects.order_by("pk").last()
    )
    demand = Demand.objects.exclude(buyer__users__username="charlie").order_by("pk").first()
    ids = {
        "zone_id": objects["zone"].pk,
        "enterprise_id": other_supplier.pk,
        "offering_id": other_offering.pk,
    }
    if demand:
        ids["demand_id"] = demand.pk
    wrong = []
    for method, path, name in api_write_operations():
        if method not in {"PATCH", "DELETE"}:
            continue  # creations are validated before the permission check; owners' creations: API tests
        arg = re.search(r"\{(\w+)", path).group(1)
        if arg not in ids:
            continue
        url = path.replace("{" + arg + "}", str(ids[arg]))
        for persona in (
            "enterprise",
            "buyer",
        ):  # the officer's DELETE would hide the samples; its PATCH is below
            resp = client.generic(
                method,
                url,
                data="{}",
                content_type="application/json",
                HTTP_AUTHORIZATION=f"Bearer {tokens[persona]}",
            )
            allowed = persona in access.API_WRITES[name]
            if allowed == (resp.status_code in (401, 403, 404)):
                wrong.append(f"{persona} {method} {url}: {resp.status_code}")
        if method == "PATCH":
            resp = client.generic(
                method,
                url,
                data="{}",
                content_type="application/json",
                HTTP_AUTHORIZATION=f"Bearer {tokens['officer']}",
            )
            if resp.status_code in (401, 403):
                wrong.append(f"officer {method} {url}: {resp.status_code}")
    assert not wrong, "\n".join(wrong)


# --------------------------------------------------------------------------- CSRF


def test_every_post_without_a_csrf_token_is_refused(request, objects, admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    accepted = []
    routes = [
        (r, n, p) for r, n, p in _walk(get_resolver().url_patterns) if not r.startswith(("api/", "^media/"))
    ]
    checked = 0
    for route, name, _p in routes:
        if "(?P<" in route or "^" in route:
            continue  # regex routes of the admin: covered by the named admin pages below
        url = _url(route, name or "", {**objects, "pk": objects["supplier"]}) if "<" in route else "/" + route
        url = url.replace("<path:object_id>", "1")
        resp = client.post(url, {"name_vi": "x"})
        checked += 1
        if resp.status_code != 403:
            accepted.append(f"{url} ({name}): {resp.status_code}")
    assert checked > 50
    assert not accepted, "POST accepted without a CSRF token:\n" + "\n".join(accepted)


def test_every_post_form_on_a_page_carries_a_csrf_token(request, objects):
    wrong = []
    for persona in ("anon", "enterprise", "officer"):
        client = _client(request, persona)
        for route, name, _p in site_patterns():
            method, expected = access.PAGES.get(name, ("GET", access.PUBLIC))
            if method != "GET" or expected[persona] != access.OK:
                continue
            resp = client.get(_url(route, name, objects))
            if resp.status_code != 200 or "html" not in resp.get("Content-Type", ""):
                continue
            html = resp.content.decode()
            for form in re.findall(r"<form\b[^>]*method=\"post\"[^>]*>.*?</form>", html, re.S | re.I):
                if "csrfmiddlewaretoken" not in form:
                    wrong.append(f"{persona} {name}: {form[:120]}")
    assert not wrong, "\n".join(wrong)


# --------------------------------------------------------------------------- escaping


def test_script_in_a_profile_field_is_escaped_on_every_page_that_shows_it(
    client, enterprise_user, officer, supplier
):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    client.force_login(enterprise_user)
    resp = client.post(
        reverse("accounts:my_enterprise"),
        {
            "contact_person": payload,
            "description_vi": payload,
            "name_en": payload,
            "row_version": supplier.row_version,
        },
    )
    assert resp.status_code == 302
    pages = [
        reverse("accounts:my_enterprise"),
        reverse("portal:enterprise_detail", args=[supplier.pk]),
        reverse("portal:enterprise_list") + "?q=alert",
        reverse("audit:history", args=["registry", "enterprise", supplier.pk]),
    ]
    officer_pages = [
        reverse("audit:stale") + "?model=enterprise",
        reverse("admin:registry_enterprise_change", args=[supplier.pk]),
    ]
    for c_user, urls in ((enterprise_user, pages), (officer, officer_pages + pages[1:])):
        client.force_login(c_user)
        for url in urls:
            body = client.get(url).content.decode()
            assert "<script>alert(" not in body and "<img src=x onerror" not in body, url


# --------------------------------------------------------------------------- production settings


def _settings_in_subprocess(env_extra: dict, tmp_path) -> subprocess.CompletedProcess:
    code = (
        "import json, django, os\n"
        "os.environ['DJANGO_SETTINGS_MODULE']='lienket.web.settings'\n"
        "from django.conf import settings\n"
        "names=['DEBUG','SESSION_COOKIE_SECURE','CSRF_COOKIE_SECURE','SESSION_COOKIE_HTTPONLY','X_FRAME_OPTIONS',"
        "'SECURE_CONTENT_TYPE_NOSNIFF','SECURE_REFERRER_POLICY','SECRET_KEY','ALLOWED_HOSTS']\n"
        "print(json.dumps({n: getattr(settings, n) for n in names}))\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "SECURE_COOKIES"}
    }
    env.update({"LIENKET_HOME": str(tmp_path / "home"), **env_extra})
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def test_production_mode_has_secure_cookies_and_headers(tmp_path):
    proc = _settings_in_subprocess(
        {"LIENKET_MODE": "production", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "cnht.example.gov.vn"},
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    assert s["DEBUG"] is False
    assert s["SESSION_COOKIE_SECURE"] and s["CSRF_COOKIE_SECURE"] and s["SESSION_COOKIE_HTTPONLY"]
    assert s["X_FRAME_OPTIONS"] == "DENY" and s["SECURE_CONTENT_TYPE_NOSNIFF"]
    assert s["SECURE_REFERRER_POLICY"] == "same-origin"


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    proc = _settings_in_subprocess({"LIENKET_MODE": "production", "ALLOWED_HOSTS": "x.vn"}, tmp_path)
    assert proc.returncode != 0 and "SECRET_KEY" in proc.stderr


def test_demo_generates_its_own_secret_key_per_installation(tmp_path):
    a = _settings_in_subprocess({"LIENKET_MODE": "demo"}, tmp_path / "a")
    b = _settings_in_subprocess({"LIENKET_MODE": "demo"}, tmp_path / "b")
    ka, kb = json.loads(a.stdout)["SECRET_KEY"], json.loads(b.stdout)["SECRET_KEY"]
    assert len(ka) >= 50 and ka != kb


def test_security_headers_on_a_page(client, db):
    resp = client.get("/")
    assert resp["X-Frame-Options"] == "DENY"
    assert resp["X-Content-Type-Options"] == "nosniff"
    assert resp["Referrer-Policy"] == "same-origin"
