"""Load benchmark: gunicorn + PostgreSQL holding 100,000 synthetic enterprises, 50 concurrent clients.

    python bench/load.py [--n 100000] [--clients 50] [--seconds 30] [--workers 5]
                         [--database-url postgres://postgres@127.0.0.1:5432/lienket_bench] [--skip-load]

Loopback only and bounded in time: loads the data with bench/registry.py (reused when already there), starts
``lienket serve`` (gunicorn, production mode, DEBUG off) on 127.0.0.1, drives it with stdlib threads (each a person: a request, then an exponential pause of mean --think s) and
http.client keep-alive connections over the directory, search, zone pages and API lists for ``--seconds``,
prints p50/p95/p99 per page kind and overall and the error rate, then stops the server. Asserts nothing.
Note: client threads and server share the machine's cores, so figures include the load generator's cost.
The server inherits CACHE_URL (locmem by default; db or redis://… to share the cache between workers).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _targets(database_url: str) -> dict[str, list[str]]:
    """URLs per page kind, with real zone codes and enterprise ids read from the database."""
    import psycopg

    with psycopg.connect(database_url.replace("postgres://", "postgresql://")) as conn:
        zones = [
            r[0] for r in conn.execute("select code from registry_zone where deleted_at is null limit 40")
        ]
        firms = [
            r[0]
            for r in conn.execute(
                "select id from registry_enterprise where deleted_at is null order by random() limit 400"
            )
        ]
    searches = ["khuon+mau", "co+khi", "day+keo", "bao+bi", "linh+kien+dien+tu", "det+may", "cao+su", "son"]
    return {
        "directory": [
            "/doanh-nghiep/",
            *[f"/doanh-nghiep/?page={p}" for p in (2, 10, 50, 200)],
            "/doanh-nghiep/?sector=MEC&ownership=domestic",
            "/doanh-nghiep/?ownership=fdi",
        ],
        "search": [f"/doanh-nghiep/?q={q}" for q in searches],
        "enterprise page": [f"/doanh-nghiep/{i}/" for i in firms],
        "zones": ["/khu-cum-cong-nghiep/", *[f"/khu-cum-cong-nghiep/{c}/" for c in zones]],
        "api lists": [
            "/api/v1/enterprises/",
            "/api/v1/zones/",
            "/api/v1/enterprises/?page=20",
            *[f"/api/v1/enterprises/?q={q}" for q in searches[:4]],
        ],
    }


def _client(port, plan, deadline, results, lock, think):
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    rng = random.Random(threading.get_ident())
    local = []
    while time.perf_counter() < deadline:
        kind = rng.choice(list(plan))
        url = rng.choice(plan[kind])
        t = time.perf_counter()
        try:
            conn.request("GET", url, headers={"Host": HOST, "Accept-Language": "vi"})
            resp = conn.getresponse()
            resp.read()
            ok = resp.status == 200
            if resp.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=30)
        local.append((kind, (time.perf_counter() - t) * 1000, ok, url))
        if think:
            time.sleep(min(rng.expovariate(1 / think), 5 * think))
    with lock:
        results.extend(local)


def _pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--warmup", type=float, default=5)
    ap.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="mean pause (s, exponential) between one client's requests, like a person reading; 0 = closed loop",
    )
    ap.add_argument("--workers", type=int, default=0, help="gunicorn workers (0 = 2 × cores + 1)")
    ap.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/lienket_bench")
    ap.add_argument("--exclude", default="", help="regular expression: leave out URLs that match (diagnosis)")
    ap.add_argument("--skip-load", action="store_true", help="do not run bench/registry.py first")
    ap.add_argument(
        "--server",
        choices=["gunicorn", "serve"],
        default="gunicorn",
        help="gunicorn: gunicorn directly, DEBUG off, static files from the finders; serve: `lienket serve` "
        "in production mode (collectstatic with the manifest storage first)",
    )
    args = ap.parse_args()

    if not args.skip_load:
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "registry.py"),
                "--n",
                str(args.n),
                "--repeat",
                "1",
                "--database-url",
                args.database_url,
            ],
            check=True,
        )
    port = _free_port()
    home = Path("/tmp/lienket-load")
    home.mkdir(exist_ok=True)
    env = dict(os.environ)
    env.update(
        LIENKET_MODE="production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        SECURE_COOKIES="0",
        DATABASE_URL=args.database_url,
        LIENKET_HOME=str(home),
        LOG_LEVEL="ERROR",
    )
    workers = args.workers or 2 * (os.cpu_count() or 1) + 1
    if args.server == "serve":
        cmd = [
            sys.executable,
            "-m",
            "lienket.cli",
            "serve",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
        ]
    else:
        env.update(LIENKET_MODE="test", DEBUG="0")
        cmd = [
            sys.executable,
            "-m",
            "gunicorn",
            "lienket.web.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "error",
        ]
    if env.get("CACHE_URL") == "db":  # the gunicorn path skips `lienket serve`, which creates the cache table
        subprocess.run(
            [sys.executable, "-m", "django", "createcachetable"],
            env={**env, "DJANGO_SETTINGS_MODULE": "lienket.web.settings"},
            check=True,
        )
    server = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        for _ in range(300):
            try:
                c = http.client.HTTPConnection(HOST, port, timeout=2)
                c.request("GET", "/", headers={"Host": HOST})
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            print("server did not start", server.stderr.read(2000) if server.stderr else "", file=sys.stderr)
            return 1
        plan = _targets(args.database_url)
        if args.exclude:
            plan = {k: [u for u in v if not re.search(args.exclude, u)] for k, v in plan.items()}
            plan = {k: v for k, v in plan.items() if v}
        lock = threading.Lock()
        for _phase, seconds in (("warm-up", args.warmup), ("measure", args.seconds)):
            results: list = []
            deadline = time.perf_counter() + seconds
            threads = [
                threading.Thread(target=_client, args=(port, plan, deadline, results, lock, args.think))
                for _ in range(args.clients)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        errors = [r for r in results if not r[2]]
        print(
            f"\n{len(results)} requests in {args.seconds:.0f} s ({len(results) / args.seconds:.0f}/s), "
            f"{args.clients} clients, think {args.think:g} s, error rate {100 * len(errors) / max(1, len(results)):.2f}%"
        )
        print(f"{'page kind':18s} {'n':>6s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s} {'errors':>7s}")
        for kind in [*plan, "all"]:
            rows = [r for r in results if kind == "all" or r[0] == kind]
            ms = [r[1] for r in rows]
            print(
                f"{kind:18s} {len(rows):6d} {_pct(ms, 50):8.1f} {_pct(ms, 95):8.1f} {_pct(ms, 99):8.1f} "
                f"{sum(1 for r in rows if not r[2]):7d}"
            )
        slow = sorted(results, key=lambda r: -r[1])[:5]
        print("slowest:", ", ".join(f"{r[3]} {r[1]:.0f} ms" for r in slow))
        if errors:
            print("errors, e.g.:", ", ".join(sorted({r[3] for r in errors})[:5]))
        print(
            f"mean {statistics.fmean(r[1] for r in results):.1f} ms; server: {args.server}, {workers} workers, "
            f"cache {env.get('CACHE_URL', 'locmem')}"
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
