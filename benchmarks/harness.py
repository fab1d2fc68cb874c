"""
Shared plumbing for the benchmark scripts: a production-like environment on
PostgreSQL with the demo data, and gunicorn servers started and stopped
cleanly. Everything runs on 127.0.0.1 only.
"""

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/micic_bench"
STATIC_ROOT = Path(tempfile.gettempdir()) / "micic-bench-static"
MEDIA_ROOT = Path(tempfile.gettempdir()) / "micic-bench-media"


# The floor page (benchmarks/urls.py), and what to send with it so the page
# cache steps aside: a session cookie, as a signed-in editor's browser sends.
FLOOR_PATH = "/en/benchmark-floor/"
FLOOR_HEADERS = {"Cookie": "sessionid=benchmark-floor"}


def production_env(*, page_cache, database_url=None):
    """Production settings, except that plain http on 127.0.0.1 is allowed.

    As tooling.md says: to exercise production settings over http, only the SSL
    redirect and the proxy header are turned off; HSTS and secure cookies stay on.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "MICIC_"))}
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_BEHIND_PROXY="0",
        DJANGO_STATIC_STORAGE="manifest",
        DJANGO_STATIC_ROOT=str(STATIC_ROOT),
        DJANGO_MEDIA_ROOT=str(MEDIA_ROOT),
        DJANGO_LOG_LEVEL="WARNING",
        DATABASE_URL=database_url or os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        CONN_MAX_AGE="600",
        # The site plus the floor page (benchmarks/urls.py).
        DJANGO_SETTINGS_MODULE="benchmarks.settings",
        MICIC_PAGE_CACHE="1" if page_cache else "0",
    )
    if page_cache:
        # Production caching: the shared Redis that runs on these machines.
        env.setdefault("CACHE_URL", os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/3"))
    return env


def manage(*args, env, quiet=True):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def _run_probe(env, *args):
    """benchmarks/probe.py's JSON, run in the site's settings (`env`)."""
    output = subprocess.run(
        [PYTHON, str(Path(__file__).with_name("probe.py")), *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=BASE_DIR,
    ).stdout
    return json.loads(output)


def probe(env):
    """The pages under test, in English, as (name, path) tuples, and their SQL query counts."""
    data = _run_probe(env)
    return [tuple(page) for page in data["pages"]], data["counts"]


def pages_by_language(env):
    """{language: [(name, path)]}: the pages under test at their own address
    in every site language."""
    data = _run_probe(env, "--list")
    return {code: [tuple(page) for page in pages] for code, pages in data["pages"].items()}


def ensure_database(database_url):
    """Create the benchmark database if it does not exist (PostgreSQL only)."""
    import dj_database_url
    import psycopg2

    config = dj_database_url.parse(database_url)
    if "postgresql" not in config["ENGINE"]:
        return
    connection = psycopg2.connect(
        dbname="postgres",
        user=config["USER"] or "postgres",
        password=config["PASSWORD"] or None,
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{config["NAME"]}"')
    connection.close()


def prepare_site(env):
    """Migrate, seed the demo content, compile messages and collect static files."""
    ensure_database(env["DATABASE_URL"])
    manage("compilemessages", "--ignore=.venv", env=env)
    manage("migrate", "--noinput", env=env)
    manage("seed_demo", env=env)
    shutil.rmtree(STATIC_ROOT, ignore_errors=True)
    manage("collectstatic", "--noinput", env=env)


def free_port():
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def gunicorn(env, *, workers=2):
    """Run the portal under gunicorn on a free 127.0.0.1 port; yield its base URL."""
    port = free_port()
    pid_file = Path(tempfile.gettempdir()) / f"micic-bench-{port}.pid"
    process = subprocess.Popen(
        [
            str(Path(PYTHON).with_name("gunicorn")),
            "micic_portal.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--pid",
            str(pid_file),
            "--no-control-socket",
            "--access-logfile",
            "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base_url}/healthz", process)
        yield base_url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_up(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not come up within {timeout}s")
