"""Security defaults: headers, CSP, and a clean `check --deploy` with production settings."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client


@pytest.mark.django_db
def test_public_page_sends_security_headers(client):
    response = client.get("/en/")

    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "http" not in csp  # no other hosts
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/fr/about/", "/en/no-such-page/", "/robots.txt"])
def test_responses_deny_powerful_browser_features(settings, path):
    settings.MICIC_PAGE_CACHE = True

    built, cached = Client().get(path), Client().get(path)

    for response in (built, cached):
        policy = [part.strip() for part in response["Permissions-Policy"].split(",")]
        for feature in (
            "camera",
            "microphone",
            "geolocation",
            "payment",
            "usb",
            "interest-cohort",
            "browsing-topics",
        ):
            assert f"{feature}=()" in policy
        assert "default-src 'self'" in response["Content-Security-Policy"]
        assert response["X-Content-Type-Options"] == "nosniff"
    if cached.status_code == 200:
        assert cached["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_public_page_has_no_inline_script_or_style(client, lang):
    html = client.get(f"/{lang}/").content.decode()

    assert "<script" not in html
    assert "<style" not in html
    assert " style=" not in html


@pytest.mark.django_db
def test_hsts_and_secure_cookies_over_https(settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True

    response = Client().get("/en/", secure=True)

    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")


def _production_env(**extra):
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "MICIC_"))
    }
    env.update(
        DJANGO_SECRET_KEY="a-long-random-production-secret-3f9a8c7b6d5e4f3a2b1c0d9e8f7a6b5c4d",
        DJANGO_ALLOWED_HOSTS="micic.example.org",
        CACHE_URL="redis://127.0.0.1:6379/0",
        **extra,
    )
    return env


def _manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=_production_env())

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_debug_is_off_unless_asked():
    result = _manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        env=_production_env(),
    )

    assert result.stdout.strip() == "False"


def test_secret_key_is_required_without_debug():
    env = _production_env()
    del env["DJANGO_SECRET_KEY"]

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr
