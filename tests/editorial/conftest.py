"""Accounts in each editorial role, and a helper that fills an admin form as a browser would."""

import pytest
from django import forms
from django.contrib.auth.models import Group
from django.db.models.fields.files import FieldFile
from django.test import Client

from editorial.roles import EDITORS, PUBLISHERS


def make_member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw-12345-x")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return make_member(django_user_model, "editor", EDITORS)


@pytest.fixture
def publisher(db, django_user_model):
    return make_member(django_user_model, "publisher", PUBLISHERS)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def publisher_client(publisher):
    """Its own client, so that a test can act as an editor and a publisher in turn."""
    client = Client()
    client.force_login(publisher)
    return client


def _add_form(data, form):
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(field, forms.SplitDateTimeField):
            if hasattr(value, "date"):
                data[f"{key}_0"], data[f"{key}_1"] = (
                    value.date().isoformat(),
                    value.strftime("%H:%M:%S"),
                )
            else:
                data[f"{key}_0"], data[f"{key}_1"] = (
                    (value or ["", ""])[:2] if isinstance(value, list) else ("", "")
                )
        elif isinstance(value, FieldFile) or isinstance(field, forms.FileField):
            continue  # a stored file stays as it is unless a new one is uploaded
        elif isinstance(value, bool):
            if value:
                data[key] = "on"
        elif isinstance(value, (list, tuple)):
            data[key] = [str(v) for v in value]
        elif value is not None:
            data[key] = str(value)


def admin_form_data(response):
    """The POST data of the admin change form in `response`, as it stands."""
    context = response.context
    data = {}
    _add_form(data, context["adminform"].form)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = str(management[name].value())
        for form in formset.forms:
            _add_form(data, form)
    return data
