"""Admin sign-in: throttling (django-axes), "Forgotten your password?", and a safe `next`."""

import re
from datetime import timedelta
from html import unescape

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.http import HttpRequest
from django.test import Client
from django.utils import timezone

PASSWORD = "correct horse battery staple"
WRONG = "not-the-password"


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user(
        username="amina", email="amina@example.org", password=PASSWORD, is_staff=True
    )


def sign_in(client, lang, password, username="amina", **extra):
    return client.post(
        f"/{lang}/admin/login/?next=/{lang}/admin/",
        {"username": username, "password": password, "next": f"/{lang}/admin/"},
        **extra,
    )


def text(response):
    return unescape(response.content.decode())


# Throttling ------------------------------------------------------------------

LOCKED = {"en": "Sign-in paused", "fr": "Connexion suspendue"}
WAIT = {
    "en": "paused for 15 minutes",
    "fr": "suspendue pendant 15 minutes",
}


def test_five_wrong_passwords_lock_the_username_with_a_bilingual_429_page(client, staff, lang):
    for _attempt in range(4):
        response = sign_in(client, lang, WRONG)
        assert response.status_code == 200  # the form again, with its error

    response = sign_in(client, lang, WRONG)

    assert response.status_code == 429
    page = text(response)
    assert LOCKED[lang] in page
    assert WAIT[lang] in page
    assert f'<html lang="{lang}"' in page
    assert f'href="/{lang}/admin/password-reset/"' in page


def test_thirty_wrong_passwords_then_the_right_one_does_not_sign_in(client, staff):
    for _attempt in range(30):
        sign_in(client, "en", WRONG)

    response = sign_in(client, "en", PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/en/admin/").status_code == 302  # still sent to the sign-in page


def test_lock_is_for_that_username_from_that_address_only(client, staff, admin_user):
    for _attempt in range(5):
        sign_in(client, "en", WRONG)

    # The real user, from another address, still signs in.
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert sign_in(elsewhere, "en", PASSWORD)["Location"] == "/en/admin/"
    # Another account from the locked address too.
    same_address = Client()
    response = sign_in(same_address, "en", "password", username=admin_user.username)
    assert response.status_code == 302


def test_lock_ends_after_15_minutes(client, staff):
    for _attempt in range(5):
        sign_in(client, "en", WRONG)
    assert sign_in(client, "en", PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    assert sign_in(client, "en", PASSWORD)["Location"] == "/en/admin/"


def test_failures_spread_over_more_than_15_minutes_do_not_lock(client, staff):
    for _attempt in range(4):
        sign_in(client, "en", WRONG)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    assert sign_in(client, "en", WRONG).status_code == 200
    assert sign_in(client, "en", PASSWORD)["Location"] == "/en/admin/"


def test_a_successful_sign_in_forgets_earlier_failures(client, staff):
    for _attempt in range(4):
        sign_in(client, "en", WRONG)
    assert sign_in(client, "en", PASSWORD).status_code == 302
    client.post("/en/admin/logout/")

    for _attempt in range(4):
        assert sign_in(client, "en", WRONG).status_code == 200


def test_throttling_state_is_in_the_database_shared_by_every_server(client, staff, settings):
    assert settings.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"
    for _attempt in range(5):
        sign_in(client, "en", WRONG)

    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address, attempt.failures_since_start) == (
        "amina",
        "127.0.0.1",
        5,
    )
    # A second "server" (a new client, same address) is refused as well.
    assert sign_in(Client(), "en", PASSWORD).status_code == 429


def test_client_address_comes_from_the_configured_header_behind_a_proxy(client, staff, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    for _attempt in range(5):
        sign_in(client, "en", WRONG, HTTP_X_REAL_IP="198.51.100.7")

    assert AccessAttempt.objects.get().ip_address == "198.51.100.7"
    # Another client behind the same proxy is not locked out.
    assert sign_in(client, "en", PASSWORD, HTTP_X_REAL_IP="198.51.100.8").status_code == 302


def test_superuser_sees_lockouts_in_the_admin(client, staff, admin_client, lang):
    for _attempt in range(5):
        sign_in(client, lang, WRONG)

    response = admin_client.get(f"/{lang}/admin/axes/accessattempt/")

    assert response.status_code == 200
    assert "amina" in text(response)


@pytest.mark.parametrize("role", ["Editors", "Publishers"])
def test_editorial_roles_do_not_see_lockouts(client, staff, role):
    staff.groups.add(Group.objects.get(name=role))
    client.force_login(staff)

    assert client.get("/en/admin/axes/accessattempt/").status_code == 403


def test_axes_reset_command_lifts_every_lockout(client, staff):
    for _attempt in range(5):
        sign_in(client, "en", WRONG)

    call_command("axes_reset")

    assert not AccessAttempt.objects.exists()
    assert sign_in(client, "en", PASSWORD)["Location"] == "/en/admin/"


def test_test_client_sign_in_still_works(client, staff):
    # Axes' backend needs the request: tests pass one, or use force_login().
    assert client.login(request=HttpRequest(), username="amina", password=PASSWORD)
    assert client.get("/en/admin/").status_code == 200
    other = Client()
    other.force_login(staff)
    assert other.get("/en/admin/").status_code == 200


# Forgotten password ----------------------------------------------------------

FORGOTTEN = {"en": "Forgotten your login credentials?", "fr": "Identifiants de connexion oubliés"}
SUBJECT = {"en": "Choose a new password for the MICIC Portal", "fr": "Choisir un nouveau mot"}
BODY = {"en": "Your username is amina.", "fr": "Votre nom d’utilisateur est amina."}


def test_sign_in_page_offers_a_password_reset(client, db, lang):
    page = text(client.get(f"/{lang}/admin/login/"))

    assert f'href="/{lang}/admin/password-reset/"' in page
    assert FORGOTTEN[lang] in page


def test_password_reset_whole_flow(client, staff, lang, mailoutbox):
    form_page = client.get(f"/{lang}/admin/password-reset/")
    assert form_page.status_code == 200
    assert 'id="site-name"' in form_page.content.decode()  # the admin's look

    response = client.post(f"/{lang}/admin/password-reset/", {"email": "amina@example.org"})

    assert response["Location"] == f"/{lang}/admin/password-reset/sent/"
    assert client.get(response["Location"]).status_code == 200
    (message,) = mailoutbox
    assert message.to == ["amina@example.org"]
    assert message.subject.startswith(SUBJECT[lang])
    assert BODY[lang] in message.body
    link = re.search(rf"http://testserver(/{lang}/admin/password-reset/\S+/\S+/)", message.body)
    assert link, message.body

    set_password_page = client.get(link.group(1), follow=True)
    assert set_password_page.status_code == 200
    set_password_url = set_password_page.redirect_chain[-1][0]
    new_password = "a brand new long passphrase"
    response = client.post(
        set_password_url, {"new_password1": new_password, "new_password2": new_password}
    )
    assert response["Location"] == f"/{lang}/admin/password-reset/done/"
    assert client.get(response["Location"]).status_code == 200

    assert sign_in(Client(), lang, new_password)["Location"] == f"/{lang}/admin/"
    # The link works only once.
    assert "new_password1" not in client.get(link.group(1), follow=True).content.decode()


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(
    client, staff, mailoutbox
):
    response = client.post("/en/admin/password-reset/", {"email": "nobody@example.org"})

    assert response["Location"] == "/en/admin/password-reset/sent/"
    assert mailoutbox == []


# Where a sign-in leads -------------------------------------------------------


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "///evil.example"])
def test_unsafe_next_after_sign_in_lands_on_the_admin_index(client, staff, lang, target):
    response = client.post(
        f"/{lang}/admin/login/",
        {"username": "amina", "password": PASSWORD, "next": target},
    )

    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/admin/"
    assert client.get(response["Location"]).status_code == 200


def test_safe_next_after_sign_in_is_followed(client, staff):
    response = client.post(
        "/en/admin/login/",
        {"username": "amina", "password": PASSWORD, "next": "/en/admin/auth/"},
    )

    assert response["Location"] == "/en/admin/auth/"
