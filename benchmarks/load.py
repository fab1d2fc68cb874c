#!/usr/bin/env python
"""
The site under load and faults, run as production runs it.

    .venv/bin/python benchmarks/load.py                      # 60 s per phase, 64 connections
    .venv/bin/python benchmarks/load.py --duration 20        # shorter, on a busy machine
    .venv/bin/python benchmarks/load.py --phases restart     # only the phase with the restart

It starts a PostgreSQL server of its own (initdb/pg_ctl from
/usr/lib/postgresql/*/bin, in --pgdata, on a free 127.0.0.1 port), so that
restarting it disturbs nothing else on the machine; prepares the database
`micic_cache2_load` there (migrations, demo content, practices generated up to
10,000 by benchmarks/search_latency.py), and serves the site with production
settings under gunicorn (2 workers) with the page cache on Redis (--cache-url),
as benchmarks/harness.py does. Mail goes to a sink in this process.

Each phase sends, from --connections threads for --duration seconds, a mix of
cached public pages (both languages), the same pages with cache-busting query
strings, searches for random words and share-form posts (each from its own
client address, the header named by DJANGO_CLIENT_IP_META_KEY, so the per-address
rate limit does not refuse them), while a publisher changes a guideline through
the ORM every 5 s and checks that the next request shows it. The "restart"
phase also stops PostgreSQL a third of the way in and starts it again
--down-seconds later.

It reports requests/s, p50/p99 latency and status counts per phase, page
rebuilds per publication, and checks the targets: no 5xx but 503 (and 503
only while the database is away), every accepted share-form post stored,
recovery within 5 s of the database returning, every publication visible on
the next request. Results go to benchmarks/results/load.{json,md}. Only
127.0.0.1 is ever contacted; every loop is bounded by --duration.
"""

import argparse
import contextlib
import glob
import http.client
import json
import os
import random
import re
import shutil
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
BENCHMARKS_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS_DIR))

import harness  # noqa: E402
import search_latency  # noqa: E402

# The project first, this directory last (Python and search_latency put it
# first): a script here must never hide a project package of the same name.
sys.path[:] = [str(BASE_DIR), *(p for p in sys.path if Path(p).resolve() != BENCHMARKS_DIR)]
sys.path.append(str(BENCHMARKS_DIR))

RESULTS_DIR = Path(__file__).resolve().parent / "results"
# The pages in each language, with its path words (locale/fr).
SEARCH_PATH = {"en": "/en/search/", "fr": "/fr/recherche/"}
SHARE_PATH = {"en": "/en/practices/share/", "fr": "/fr/pratiques/partager/"}
DATABASE_NAME = "micic_cache2_load"
CLIENT_IP_HEADER = "X-Bench-Client"
PUBLISH_EVERY = 5
RECOVERY_TARGET = 5.0
# Share of each kind of request in the mix (the rest: cached public pages).
MIX = {"busting": 0.2, "search": 0.15, "share": 0.05}
WORDS = [
    *[
        "evacuation",
        "shelter",
        "hotline",
        "consular",
        "flood",
        "drought",
        "embassy",
        "workers",
        "passport",
    ],
    *["remittances", "earthquake", "border", "training", "interpreters", "warning", "documents"],
    *["évacuation", "abri", "inondation", "sécheresse", "ambassade", "travailleurs", "frontière"],
]


# PostgreSQL of our own ---------------------------------------------------------


class PrivatePostgres:
    """A PostgreSQL server in `data_dir` on a free port, run as the postgres
    user when we are root (initdb refuses root)."""

    def __init__(self, data_dir):
        self.data_dir = Path(data_dir)
        self.port = harness.free_port()
        binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if not binaries:
            sys.exit("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin")
        self.bin = Path(binaries[-1])

    def _run(self, *args):
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def init(self):
        if (self.data_dir / "PG_VERSION").exists():
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.data_dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data_dir), "-U", "postgres", "-A", "trust")

    def start(self):
        options = f"-p {self.port} -k {self.data_dir} -c listen_addresses=127.0.0.1"
        self._run(
            "pg_ctl", "-D", str(self.data_dir), "-o", options, "-l",
            str(self.data_dir / "server.log"), "-w", "start",
        )  # fmt: skip

    def stop(self):
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/{DATABASE_NAME}"


# A mail sink, so that share-form posts send their emails somewhere ------------


class _SMTPSink(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 sink\r\n")
        in_data = False
        for line in self.rfile:
            if in_data:
                if line in {b".\r\n", b".\n"}:
                    in_data = False
                    self.wfile.write(b"250 kept\r\n")
                continue
            command = line[:4].upper()
            if command == b"DATA":
                in_data = True
                self.wfile.write(b"354 go on\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            elif command in {b"EHLO", b"HELO"}:
                self.wfile.write(b"250 sink\r\n")
            else:
                self.wfile.write(b"250 ok\r\n")


@contextlib.contextmanager
def mail_sink():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPSink)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


# The site ---------------------------------------------------------------------


def site_env(database_url, cache_url, smtp_port):
    env = harness.production_env(page_cache=True, database_url=database_url)
    env.update(
        CACHE_URL=cache_url,
        DJANGO_CLIENT_IP_META_KEY="HTTP_" + CLIENT_IP_HEADER.upper().replace("-", "_"),
        DJANGO_MAILER="smtp",
        DJANGO_EMAIL_HOST="127.0.0.1",
        DJANGO_EMAIL_PORT=str(smtp_port),
        DJANGO_STATIC_ROOT=str(Path(tempfile.gettempdir()) / "micic-load-static"),
        # The benchmark process sets Django up too (publisher, checks).
        DJANGO_SETTINGS_MODULE="micic_portal.settings",
    )
    return env


def prepare(env):
    harness.ensure_database(env["DATABASE_URL"])
    harness.manage("compilemessages", "--ignore=.venv", env=env)
    harness.manage("migrate", "--noinput", env=env)
    harness.manage("seed_demo", env=env)
    harness.manage("collectstatic", "--noinput", "--clear", env=env)


def setup_django(env):
    os.environ.update(env)
    import django

    django.setup()


def share_choices():
    """Valid choices for the share form, from the database."""
    from guidelines.models import CrisisPhase, Guideline
    from practices.models import StakeholderType

    return {
        "stakeholder_type": StakeholderType.objects.order_by("pk").first().pk,
        "phases": CrisisPhase.objects.order_by("pk").first().pk,
        "guidelines": Guideline.objects.published().order_by("number").first().pk,
    }


def pages():
    """(path, declares_parameters) of the public pages in every language."""
    from django.conf import settings

    from benchmarks.pages_under_test import benchmark_pages

    found = []
    for code, _name in settings.LANGUAGES:
        for name, path in benchmark_pages(code):
            if name != "tool download":
                found.append(path)
    return found


# The load ---------------------------------------------------------------------


class Recorder:
    def __init__(self):
        self.rows = []  # (start, end, kind, status, page_cache)
        self.accepted = []  # titles of share-form posts the site accepted
        self.lock = threading.Lock()

    def add(self, *row):
        with self.lock:
            self.rows.append(row)


def request(port, method, path, *, body=None, headers=None):
    """One request on a new connection (gunicorn's sync workers close each one)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def client_loop(port, paths, choices, deadline, recorder, rng):
    while time.monotonic() < deadline:
        roll = rng.random()
        started = time.monotonic()
        kind = "page"
        try:
            if roll < MIX["share"]:
                kind = "share"
                status, headers = share(port, rng, choices, recorder)
            else:
                if roll < MIX["share"] + MIX["search"]:
                    kind = "search"
                    language = rng.choice(["en", "fr"])
                    words = " ".join(rng.sample(WORDS, rng.choice([1, 2])))
                    path = f"{SEARCH_PATH[language]}?" + urlencode({"q": words})
                elif roll < MIX["share"] + MIX["search"] + MIX["busting"]:
                    kind = "busting"
                    path = rng.choice(paths)
                    path += ("&" if "?" in path else "?") + f"nocache={rng.random()}"
                else:
                    path = rng.choice(paths)
                status, headers, _body = request(
                    port, "GET", path, headers={"Accept-Encoding": "gzip"}
                )
            page_cache = headers.get("X-Page-Cache", "")
        except OSError:
            status, page_cache = 0, ""
        recorder.add(started, time.monotonic(), kind, status, page_cache)


def share(port, rng, choices, recorder):
    """Fetch the form (CSRF cookie and token), then post a practice from a new address."""
    language = rng.choice(["en", "fr"])
    address = f"2001:db8:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::1"
    status, headers, body = request(port, "GET", SHARE_PATH[language])
    if status != 200:
        return status, headers
    cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if not (cookie and token):
        return 0, headers
    cookie, token = cookie.group(1), token.group(1).decode()
    title = f"Load test practice {uuid.uuid4()}"
    form = {
        "csrfmiddlewaretoken": token,
        "submitter_name": "Load Test",
        "organisation": "Benchmark",
        "email": "load-test@example.org",
        "submitter_country": "GH",
        "title": title,
        "description": "A practice posted by the load benchmark to check that no "
        "accepted submission is ever lost, even while the database restarts.",
        "stakeholder_type": choices["stakeholder_type"],
        "country": "GH",
        "crisis_types": "natural-disaster",
        "phases": choices["phases"],
        "guidelines": choices["guidelines"],
        "language": language,
        "consent_to_publish": "on",
        "website": "",
    }
    status, headers, _body = request(
        port,
        "POST",
        SHARE_PATH[language],
        body=urlencode(form),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            CLIENT_IP_HEADER: address,
        },
    )
    if status == 302 and "/thanks/" in headers.get("Location", ""):
        with recorder.lock:
            recorder.accepted.append(title)
    return status, headers


def publisher(port, deadline, results):
    """Every PUBLISH_EVERY seconds, change a guideline's label through the ORM
    (as an editor's save does) and check that the very next request shows it."""
    from django.db import DatabaseError, close_old_connections

    from guidelines.models import Guideline

    guideline = Guideline.objects.published().get(number=9)
    original = guideline.short_label_en
    number = 0
    try:
        while time.monotonic() + PUBLISH_EVERY < deadline:
            time.sleep(PUBLISH_EVERY)
            number += 1
            label = f"{original} [load {number}]"
            try:
                close_old_connections()  # a connection the restart broke is replaced
                guideline.short_label_en = label
                guideline.save()
            except DatabaseError:
                results.append({"at": time.monotonic(), "published": False})
                continue
            status, _headers, body = request(port, "GET", "/en/guidelines/")
            results.append(
                {"at": time.monotonic(), "published": True, "status": status,
                 "visible": label in body.decode("utf-8", "replace")}
            )  # fmt: skip
    finally:
        for _attempt in range(20):
            try:
                close_old_connections()
                guideline.short_label_en = original
                guideline.save()
                break
            except DatabaseError:
                time.sleep(0.5)


def run_phase(name, args, port, paths, choices, postgres):
    print(f"Phase {name}: {args.duration} s, {args.connections} connections", flush=True)
    recorder = Recorder()
    publications = []
    started = time.monotonic()
    deadline = started + args.duration
    threads = [
        threading.Thread(
            target=client_loop,
            args=(port, paths, choices, deadline, recorder, random.Random(number)),
        )
        for number in range(args.connections)
    ]
    threads.append(threading.Thread(target=publisher, args=(port, deadline, publications)))
    for thread in threads:
        thread.start()
    outage = None
    if name == "restart":
        time.sleep(args.duration / 3)
        down = time.monotonic()
        postgres.stop()
        time.sleep(args.down_seconds)
        postgres.start()
        outage = (down, time.monotonic())
        print(f"  PostgreSQL stopped for {outage[1] - outage[0]:.1f} s", flush=True)
    for thread in threads:
        thread.join()
    return summarise(name, recorder, publications, started, outage)


def summarise(name, recorder, publications, started, outage):
    rows = recorder.rows
    ended = max(row[1] for row in rows)
    latencies = sorted((row[1] - row[0]) * 1000 for row in rows)
    statuses = {}
    for row in rows:
        statuses[str(row[3])] = statuses.get(str(row[3]), 0) + 1
    bad_5xx = [row for row in rows if row[3] >= 500 and row[3] != 503]
    unavailable = [row for row in rows if row[3] == 503]
    recovery = None
    misplaced_503 = 0
    if outage:
        back = outage[1]
        after = [row[1] for row in unavailable if row[0] > back]
        recovery = round(max(after) - back, 2) if after else 0.0
        misplaced_503 = sum(1 for row in unavailable if row[1] < outage[0])
    else:
        misplaced_503 = len(unavailable)
    published = [p for p in publications if p["published"]]
    # Pages built for the fixed set of cached addresses (the cache-busting
    # requests to views that declare no parameters are never stored, so their
    # misses are not rebuilds).
    rebuilds = sum(1 for row in rows if row[2] == "page" and row[4] == "miss")
    result = {
        "phase": name,
        "requests": len(rows),
        "seconds": round(ended - started, 1),
        "rps": round(len(rows) / (ended - started), 1),
        "p50_ms": round(statistics.median(latencies), 1),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 1),
        "statuses": dict(sorted(statuses.items())),
        "by_kind": {
            kind: sum(1 for row in rows if row[2] == kind)
            for kind in ("page", "busting", "search", "share")
        },
        "page_cache": {
            state: sum(1 for row in rows if row[2] == "page" and row[4] == state)
            for state in ("hit", "miss", "stale")
        },
        "other_5xx": len(bad_5xx),
        "connection_errors": statuses.get("0", 0),
        "503_outside_outage": misplaced_503,
        "outage_seconds": round(outage[1] - outage[0], 1) if outage else None,
        "recovery_seconds": recovery,
        "publications": len(published),
        "publications_skipped": len(publications) - len(published),
        "publications_visible_next_request": sum(1 for p in published if p["visible"]),
        "page_rebuilds": rebuilds,
        "rebuilds_per_publication": round(rebuilds / len(published), 1) if published else None,
        "accepted_posts": recorder.accepted,
    }
    print(
        f"  {result['rps']} req/s, p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, "
        f"statuses {result['statuses']}",
        flush=True,
    )
    return result


def check(results, distinct_pages):
    from django.db import close_old_connections

    from practices.models import PracticeSubmission

    close_old_connections()  # this thread's connection may predate the restart

    failures = []
    for result in results:
        phase = result["phase"]
        titles = result.pop("accepted_posts")
        stored = PracticeSubmission.objects.filter(title__in=titles).count()
        result["accepted_share_posts"] = len(titles)
        result["lost_share_posts"] = len(titles) - stored
        result["distinct_cached_addresses"] = distinct_pages
        if result["other_5xx"]:
            failures.append(f"{phase}: {result['other_5xx']} responses 5xx other than 503")
        if result["503_outside_outage"]:
            failures.append(f"{phase}: {result['503_outside_outage']} 503 outside the outage")
        if result["lost_share_posts"]:
            failures.append(f"{phase}: {result['lost_share_posts']} accepted posts lost")
        if result["recovery_seconds"] is not None and result["recovery_seconds"] > RECOVERY_TARGET:
            failures.append(f"{phase}: recovery took {result['recovery_seconds']} s")
        if result["publications_visible_next_request"] != result["publications"]:
            failures.append(f"{phase}: a publication was not visible on the next request")
    return failures


def markdown(results, args):
    lines = [
        f"Load: {args.connections} connections, {args.duration} s per phase, gunicorn 2 workers, "
        "PostgreSQL (own server), Redis page cache; mix: cached pages, cache-busting query "
        "strings, random searches, share-form posts, a publication every 5 s.",
        "",
        "| phase | req/s | p50 ms | p99 ms | statuses | page hits/misses/stale | 503 outside "
        "outage | other 5xx | posts accepted/lost | recovery s | publications (visible) "
        "| rebuilds per publication |",
        "|---|---:|---:|---:|---|---|---:|---:|---|---:|---|---:|",
    ]
    for r in results:
        cache = r["page_cache"]
        lines.append(
            f"| {r['phase']} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | "
            f"{', '.join(f'{k}: {v}' for k, v in r['statuses'].items())} | "
            f"{cache['hit']}/{cache['miss']}/{cache['stale']} | {r['503_outside_outage']} | "
            f"{r['other_5xx']} | {r['accepted_share_posts']}/{r['lost_share_posts']} | "
            f"{r['recovery_seconds'] if r['recovery_seconds'] is not None else 'n/a'} | "
            f"{r['publications']} ({r['publications_visible_next_request']}) | "
            f"{r['rebuilds_per_publication']} (of {r['distinct_cached_addresses']} addresses) |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds per phase")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--phases", default="steady,restart")
    parser.add_argument("--down-seconds", type=float, default=3.0)
    parser.add_argument(
        "--pgdata",
        default=str(Path(tempfile.gettempdir()) / "micic-load-pg"),
        help="the private PostgreSQL's data directory (kept between runs)",
    )
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/10")
    parser.add_argument("--skip-setup", action="store_true")
    parser.add_argument("--refill", action="store_true", help="regenerate the practices")
    args = parser.parse_args()
    os.chdir(BASE_DIR)

    postgres = PrivatePostgres(args.pgdata)
    postgres.init()
    postgres.start()
    try:
        with mail_sink() as smtp_port:
            env = site_env(postgres.url, args.cache_url, smtp_port)
            if not args.skip_setup:
                print("Preparing the database (demo data, 10,000 practices)...", flush=True)
                prepare(env)
            setup_django(env)
            from django.core.cache import cache

            search_latency.fill(args.refill, sys.stdout)
            cache.clear()
            choices, paths = share_choices(), pages()
            results = []
            with harness.gunicorn(env) as base_url:
                port = int(base_url.rsplit(":", 1)[1])
                for path in paths:  # warm the workers and the page cache
                    request(port, "GET", path, headers={"Accept-Encoding": "gzip"})
                for phase in [p.strip() for p in args.phases.split(",") if p.strip()]:
                    results.append(run_phase(phase, args, port, paths, choices, postgres))
            failures = check(results, len(paths))
    finally:
        postgres.stop()

    RESULTS_DIR.mkdir(exist_ok=True)
    report = markdown(results, args)
    (RESULTS_DIR / "load.json").write_text(json.dumps(results, indent=2))
    (RESULTS_DIR / "load.md").write_text(report + "\n")
    print()
    print(report)
    print("Targets missed:\n  " + "\n  ".join(failures) if failures else "All targets met.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
