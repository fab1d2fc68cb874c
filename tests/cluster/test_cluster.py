"""Two app servers behind a load balancer behave as one site.

Starts scripts/cluster (PostgreSQL database micic_cluster_test, Redis, SeaweedFS,
gunicorn "a" and "b" with production settings, nginx, a task worker) and
drives it over HTTP: directly to a or b where the point is which server
answers (their X-Served-By header says), through nginx otherwise.

Needs PostgreSQL (the cluster's database), so it runs in the PostgreSQL pass
of CI (marked `postgres`) and is skipped on SQLite.
"""

import json
import os
import re
import subprocess
import sys
import time
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

    # The load balancer spreads requests over both servers.
    served_by = {anonymous.get(f"{lb}/en/").headers["X-Served-By"] for _ in range(4)}
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
