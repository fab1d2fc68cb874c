"""The demo accounts: an admin, an editor and a publisher, created once."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run():
    out = StringIO()
    call_command("create_demo_admin", stdout=out)
    return out.getvalue()


def test_creates_an_account_per_role_and_prints_their_passwords(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "chosen-admin-pass")

    output = run()

    users = {user.username: user for user in get_user_model().objects.all()}
    assert users["admin"].is_superuser
    assert [g.name for g in users["editor"].groups.all()] == ["Editors"]
    assert [g.name for g in users["publisher"].groups.all()] == ["Publishers"]
    assert users["editor"].is_staff and not users["editor"].is_superuser
    assert "Admin login: username 'admin', password 'chosen-admin-pass'" in output
    assert "Editor login (Editors group): username 'editor', password '" in output
    assert "Publisher login (Publishers group): username 'publisher', password '" in output


def test_rerunning_changes_no_password():
    run()
    hashes = {u.username: u.password for u in get_user_model().objects.all()}

    output = run()

    assert {u.username: u.password for u in get_user_model().objects.all()} == hashes
    assert "password '" not in output
