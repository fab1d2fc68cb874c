"""Two app servers behind a load balancer behave as one site.

Starts scripts/cluster (PostgreSQL database <test database>_cluster, Redis,
SeaweedFS, gunicorn "a" and "b" with production settings, nginx with its
short-lived page cache, a task worker) and drives it over HTTP: directly to a
or b where the point is which server answers (their X-Served-By header says),
through nginx otherwise. What happened is checked in the cluster's database
through `manage.py shell` in its environment.

Needs PostgreSQL (the cluster's database), so it runs in the PostgreSQL pass
of CI (marked `postgres`) and is skipped on SQLite.
"""

import json
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from html import unescape
from pathlib import Path
from urllib.parse import urlencode

import pytest
import urllib3
from django.db import connection

from tests.factories.factsheets import PDF_FR
from tests.factsheets.test_admin import factsheet_form
from tests.support.seaweed import free_ports

pytestmark = [pytest.mark.cluster, pytest.mark.postgres]

BASE_DIR = Path(__file__).resolve().parents[2]
PASSWORD = "cluster-test-password-9a7"


class Browser:
    """Cookies shared across servers, as a browser keeps them per host name."""

    def __init__(self):
        self.http = urllib3.PoolManager(retries=False, timeout=30)
        self.cookies = {}

    def request(self, method, url, *, fields=None, headers=None, multipart=False):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if fields is not None:
            if multipart:
                body, content_type = urllib3.encode_multipart_formdata(fields)
            else:
                body = urlencode(fields)
                content_type = "application/x-www-form-urlencoded"
            headers["Content-Type"] = content_type
            headers["Referer"] = url
            response = self.http.request(method, url, body=body, headers=headers, redirect=False)
        else:
            response = self.http.request(method, url, headers=headers, redirect=False)
        for value in response.headers.getlist("Set-Cookie"):
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";")[0]
        return response

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, fields, **kwargs):
        fields = [*fields, ("csrfmiddlewaretoken", self.cookies["csrftoken"])]
        return self.request("POST", url, fields=fields, **kwargs)

    def text(self, response):
        return unescape(response.data.decode())


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    if connection.vendor != "postgresql":
        pytest.skip("the cluster needs PostgreSQL (set DATABASE_URL=postgres://...)")
    state_dir = tmp_path_factory.mktemp("cluster")
    env = {
        **os.environ,
        "CLUSTER_DIR": str(state_dir),
        "CLUSTER_PORT": str(free_ports(1)[0]),
        "CLUSTER_DATABASE": f"{connection.settings_dict['NAME']}_cluster",
        # Hashed, compressed static files cost over a minute to collect on 2
        # cores, and nothing here looks at them.
        "CLUSTER_STATIC_STORAGE": "plain",
    }
    command = [sys.executable, str(BASE_DIR / "scripts" / "cluster")]
    started = subprocess.run([*command, "start", "--fresh"], env=env, cwd=BASE_DIR)
    try:
        assert started.returncode == 0, f"scripts/cluster start failed; logs in {state_dir}"
        state = json.loads((state_dir / "state.json").read_text())
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "createsuperuser",
                "--noinput",
                "--username",
                "ops",
                "--email",
                "ops@example.org",
            ],
            env={**state["env"], "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
            cwd=BASE_DIR,
            check=True,
        )
        yield state
    finally:
        subprocess.run([*command, "stop"], env=env, cwd=BASE_DIR, check=False)


def cluster_query(cluster, code):
    """Run `code` (which sets `result`) in a Django shell on the cluster's
    database, and return `result` (JSON-able)."""
    code += "\nimport json; print(json.dumps(result))"
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        env=cluster["env"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def sign_in(browser, server_url):
    login = f"{server_url}/en/admin/login/"
    browser.get(login)
    response = browser.post(
        login, [("username", "ops"), ("password", PASSWORD), ("next", "/en/admin/")]
    )
    assert response.status == 302, browser.text(response)[:2000]


def multipart_fields(form):
    fields = []
    for name, value in form.items():
        if hasattr(value, "read"):
            fields.append((name, (value.name, value.read(), "application/pdf")))
        else:
            for item in value if isinstance(value, list) else [value]:
                fields.append((name, item))
    return fields


def test_two_servers_behave_as_one_site(cluster):
    began = time.monotonic()
    a, b, lb = cluster["urls"]["a"], cluster["urls"]["b"], cluster["urls"]["lb"]
    anonymous, editor = Browser(), Browser()

    # The load balancer spreads requests over both servers (/livez: pages
    # may come from nginx's cache).
    served_by = {anonymous.get(f"{lb}/livez").headers["X-Served-By"] for _ in range(4)}
    assert served_by == {"a", "b"}

    # B caches the list of factsheets for anonymous visitors.
    for _ in range(2):
        listing = anonymous.get(f"{b}/en/factsheets/")
        assert listing.status == 200 and listing.headers["X-Served-By"] == "b"
        assert "Strengthening coordination" not in anonymous.text(listing)

    # An editor signs in on A and publishes a factsheet with a file through A.
    sign_in(editor, a)
    add = f"{a}/en/admin/factsheets/factsheet/add/"
    editor.get(add)
    response = editor.post(add, multipart_fields(factsheet_form()), multipart=True)
    assert response.status == 302, re.findall(
        r"errornote|errorlist[^<]*<li>[^<]*", editor.text(response)
    )

    # The very next request to B shows it, though B had the page cached.
    listing = anonymous.get(f"{b}/en/factsheets/")
    assert listing.headers["X-Served-By"] == "b"
    assert "Strengthening coordination" in anonymous.text(listing)

    # The sign-in on A is valid on B (sessions in the shared database).
    admin_on_b = editor.get(f"{b}/en/admin/")
    assert admin_on_b.status == 200 and admin_on_b.headers["X-Served-By"] == "b"

    # The file uploaded through A downloads through B (and through the balancer).
    page = anonymous.text(anonymous.get(f"{b}/en/factsheets/strengthening-coordination/"))
    download = next(
        url for url in re.findall(r'href="([^"]+/download/)"', page) if "/fr/download/" in url
    )
    for server in (b, lb):
        response = anonymous.get(server + download)
        assert response.status == 200
        assert response.data == PDF_FR

    # The share form's rate limit counts across servers (in Redis).
    share_client = Browser()
    share_client.get(f"{a}/en/practices/share/")
    client_ip = {"X-Real-IP": "203.0.113.9"}
    statuses = []
    for attempt in range(11):
        server = (a, b)[attempt % 2]
        response = share_client.post(
            f"{server}/en/practices/share/", [("title", "x")], headers=client_ip
        )
        statuses.append(response.status)
    assert 429 not in statuses[:10], statuses
    assert statuses[10] == 429, statuses
    # Another visitor is not limited.
    other = share_client.post(
        f"{a}/en/practices/share/", [("title", "x")], headers={"X-Real-IP": "203.0.113.10"}
    )
    assert other.status != 429

    assert time.monotonic() - began < 60


def test_sign_in_throttling_counts_across_servers(cluster):
    a, b = cluster["urls"]["a"], cluster["urls"]["b"]
    visitor = Browser()
    visitor.get(f"{a}/en/admin/login/")
    address = {"X-Real-IP": "203.0.113.21"}
    statuses = []
    # 3 wrong passwords through A, then 2 through B: 5 for one username from
    # one address, which django-axes (database handler) locks.
    for server in (a, a, a, b, b, a, b):
        response = visitor.post(
            f"{server}/en/admin/login/",
            [("username", "throttled-visitor"), ("password", "wrong"), ("next", "/en/admin/")],
            headers=address,
        )
        statuses.append(response.status)
    # Neither server alone saw 5 failures: the count is shared.
    assert statuses == [200, 200, 200, 200, 429, 429, 429], statuses
    assert "Sign-in paused" in visitor.text(response)
    # The same username from another address is not locked.
    elsewhere = visitor.post(
        f"{b}/en/admin/login/",
        [("username", "throttled-visitor"), ("password", "wrong"), ("next", "/en/admin/")],
        headers={"X-Real-IP": "203.0.113.22"},
    )
    assert elsewhere.status == 200
    attempts = cluster_query(
        cluster,
        "from axes.models import AccessAttempt\n"
        "result = list(AccessAttempt.objects.filter(username='throttled-visitor')"
        ".order_by('ip_address').values_list('ip_address', 'failures_since_start'))",
    )
    assert attempts == [["203.0.113.21", 5], ["203.0.113.22", 1]]


def test_scheduled_publication_goes_live_once_on_every_server(cluster):
    a, b = cluster["urls"]["a"], cluster["urls"]["b"]
    anonymous, publisher = Browser(), Browser()
    title = "Scheduled coordination sheet"
    sign_in(publisher, a)
    # Both servers have the factsheet list cached before the publication time.
    for server in (a, b):
        for _ in range(2):
            assert title not in anonymous.text(anonymous.get(f"{server}/en/factsheets/"))

    # Published through A, to go live a few seconds from now.
    live_at = (datetime.now(UTC) + timedelta(seconds=8)).replace(microsecond=0)
    add = f"{a}/en/admin/factsheets/factsheet/add/"
    publisher.get(add)
    form = factsheet_form(
        title_en=title,
        title_fr="Fiche de coordination programmée",
        slug_en="scheduled-coordination",
        slug_fr="coordination-programmee",
        publish_at_0=live_at.strftime("%Y-%m-%d"),
        publish_at_1=live_at.strftime("%H:%M:%S"),
        **{"tools-TOTAL_FORMS": "0"},
    )
    form = {name: value for name, value in form.items() if not name.startswith("tools-0-")}
    response = publisher.post(add, multipart_fields(form), multipart=True)
    assert response.status == 302, re.findall(
        r"errornote|errorlist[^<]*<li>[^<]*", publisher.text(response)
    )

    # Not yet public anywhere, though saved.
    for server in (a, b):
        listing = anonymous.get(f"{server}/en/factsheets/")
        assert title not in anonymous.text(listing)
        assert anonymous.get(f"{server}/en/factsheets/scheduled-coordination/").status == 404
    assert datetime.now(UTC) < live_at, "the setup took too long to see the item before its time"

    # At its time it is public on both servers (their cached lists end there),
    # with no job run by either.
    time.sleep(max(0, (live_at - datetime.now(UTC)).total_seconds()) + 0.5)
    for server in (a, b, a, b):
        listing = anonymous.get(f"{server}/en/factsheets/")
        assert title in anonymous.text(listing), server
        assert anonymous.get(f"{server}/en/factsheets/scheduled-coordination/").status == 200

    # What runs on publication ran once, not once per server: one build of
    # the field documents requested at its time (by the task worker, from the
    # task each earlier build scheduled), and one search entry per language.
    query = (
        "from datetime import datetime\n"
        "from handbook.models import BuildRequest\n"
        "from search.models import SearchEntry\n"
        f"live_at = datetime.fromisoformat({live_at.isoformat()!r})\n"
        "result = {'builds': BuildRequest.objects.filter(requested_at__gte=live_at).count(),\n"
        "  'entries': sorted(SearchEntry.objects.filter(title__in=["
        f"{title!r}, 'Fiche de coordination programmée'"
        "]).values_list('language', flat=True))}"
    )
    deadline = time.monotonic() + 15
    while (found := cluster_query(cluster, query))["builds"] == 0 and time.monotonic() < deadline:
        time.sleep(1)
    # More requests to both servers change nothing.
    for server in (a, b, a, b):
        anonymous.get(f"{server}/en/factsheets/scheduled-coordination/")
    time.sleep(2)
    assert cluster_query(cluster, query) == found == {"builds": 1, "entries": ["en", "fr"]}


def test_nginx_caches_anonymous_pages_never_staff_pages(cluster):
    lb = cluster["urls"]["lb"]
    anonymous, staff = Browser(), Browser()
    page = f"{lb}/en/consultations/"

    states = [anonymous.get(page).headers["X-Cache-Status"] for _ in range(3)]
    assert states[0] in {"MISS", "EXPIRED", "HIT"}
    assert states[1:] == ["HIT", "HIT"], states
    cached = anonymous.get(page)
    assert "s-maxage=" in cached.headers["Cache-Control"]
    assert "stale-while-revalidate=" in cached.headers["Cache-Control"]
    assert "Set-Cookie" not in cached.headers

    # A signed-in member of staff always reaches an app server, and what it
    # answers is never stored for anyone else.
    sign_in(staff, lb)
    for _ in range(3):
        response = staff.get(page)
        assert response.status == 200
        assert response.headers["X-Cache-Status"] == "BYPASS"
        assert "private" in response.headers["Cache-Control"]
    # Nor the admin, nor a response that sets a cookie (the sign-in page).
    assert staff.get(f"{lb}/en/admin/").headers["X-Cache-Status"] == "BYPASS"
    login = [Browser().get(f"{lb}/en/admin/login/") for _ in range(2)]
    assert [r.headers["X-Cache-Status"] for r in login] == ["MISS", "MISS"]
    assert all("Set-Cookie" in r.headers for r in login)
