"""``lienket demo``: a ready-to-use demo province on SQLite under $LIENKET_HOME (default ./var), served locally.

Safe to re-run: reference data is upserted, the demo dataset is loaded once, the demo accounts are kept.
"""

from __future__ import annotations

import os
import secrets
import sys
import time
from pathlib import Path

DEMO_USERS = [
    ("officer", "officer", "Cán bộ Sở Công Thương (demo)"),
    ("doanhnghiep", "enterprise", "Người dùng doanh nghiệp (demo)"),
    ("benmua", "buyer", "Người dùng bên mua (demo)"),
]


def prepare(seed: int = 2025, enterprises: int = 600, out=print) -> dict[str, str]:
    """Migrate, load reference and demo data, create demo accounts; returns {username: password}."""
    from django.core.management import call_command

    t0 = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    out(f"  database migrated ({time.perf_counter() - t0:.1f} s)")

    from lienket.web.registry import loader
    from lienket.web.registry.models import Enterprise

    loader.load_reference(progress=lambda s: out("  " + s))
    if Enterprise.objects.filter(source_ref__startswith="demo:").exists():
        out("  demo data already loaded (kept as it is)")
    else:
        from lienket.core import synth

        ds = synth.generate(seed=seed, enterprises=enterprises, extra_zones=16, include_real=True)
        rep = loader.load_dataset(ds, ref_prefix="demo")
        out(f"  demo data loaded: {rep}")
    loader.load_seed_facts()
    from lienket.web.programmes.loader import load_demo_samples, load_programmes

    load_programmes()
    load_demo_samples()
    from lienket.web.registry import demo_media

    demo_media.ensure_zone_photos()
    return _ensure_users()


def _ensure_users() -> dict[str, str]:
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from lienket.web.registry.models import Enterprise

    User = get_user_model()
    cred_file = Path(settings.LIENKET_HOME) / "demo-credentials.txt"
    saved: dict[str, str] = {}
    if cred_file.exists():
        for line in cred_file.read_text().splitlines():
            if ":" in line:
                u, p = line.split(":", 1)
                saved[u.strip()] = p.strip()
    creds = {}
    supplier = Enterprise.objects.filter(
        is_supplier=True, is_buyer=False, source_ref__startswith="demo:"
    ).first()
    buyer = Enterprise.objects.filter(is_buyer=True, source_ref__startswith="demo:").first()
    for username, role, label in DEMO_USERS:
        password = saved.get(username) or secrets.token_urlsafe(9)
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, role=role, first_name=label)
            user.set_password(password)
        elif username not in saved:
            user.set_password(password)
        user.role = role
        user.is_staff = role == "officer"
        user.enterprise = supplier if role == "enterprise" else buyer if role == "buyer" else None
        user.save()
        if role == "officer":
            _grant_officer(user)
        creds[username] = password
    cred_file.parent.mkdir(parents=True, exist_ok=True)
    cred_file.write_text("".join(f"{u}: {p}\n" for u, p in creds.items()))
    cred_file.chmod(0o600)
    return creds


def _grant_officer(user) -> None:
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name="Cán bộ Sở Công Thương")
    perms = Permission.objects.filter(content_type__app_label="registry")
    group.permissions.set(perms)
    user.groups.add(group)


def run(args) -> int:
    home = Path(os.environ.get("LIENKET_HOME") or Path.cwd() / "var").resolve()
    home.mkdir(parents=True, exist_ok=True)
    os.environ["LIENKET_HOME"] = str(home)
    os.environ["LIENKET_MODE"] = "demo"
    # The demo is always the SQLite file under LIENKET_HOME, whatever DATABASE_URL says.
    os.environ["DATABASE_URL"] = f"sqlite:///{home / 'lienket.sqlite3'}"
    from lienket.commands._django import setup

    setup("demo")
    print(f"lienket demo — database {home / 'lienket.sqlite3'}")
    creds = prepare(seed=args.seed, enterprises=args.enterprises)
    print("\nDemo accounts (dữ liệu minh họa; saved in demo-credentials.txt):")
    for username, password in creds.items():
        print(f"  {username:12s} {password}")
    if args.no_serve:
        print("\nReady (--no-serve). Start it with: lienket demo")
        return 0
    url = f"http://127.0.0.1:{args.port}/"
    print(f"\nServing on {url}  (officer back office: {url}admin/)  Ctrl+C to stop.")
    sys.stdout.flush()
    from django.core.management import call_command

    call_command("runserver", f"127.0.0.1:{args.port}", use_reloader=False, use_threading=True)
    return 0
