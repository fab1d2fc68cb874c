"""Every string of every form follows the language of the request, not the one
active when the module was imported."""

import importlib
import inspect
from html import unescape

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise

pytestmark = pytest.mark.django_db


def test_french_share_form_shows_the_french_description_help_text(client, taxonomy):
    # Import-time formatting would freeze the English text: make sure the form
    # module is loaded (in English) before the French request.
    importlib.import_module("practices.forms")
    with translation.override("fr"):
        url = reverse("practices:share")

    html = unescape(client.get(url).content.decode())

    assert "Au moins 50 caractères." in html
    assert "At least 50 characters" not in html


def test_english_share_form_keeps_the_english_help_text(client, taxonomy):
    html = unescape(client.get(reverse("practices:share")).content.decode())

    assert "At least 50 characters." in html


def project_form_classes():
    for config in apps.get_app_configs():
        if not config.path.startswith(str(settings.BASE_DIR)):
            continue  # Django's and third parties' forms
        try:
            module = importlib.import_module(f"{config.name}.forms")
        except ModuleNotFoundError:
            continue
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                yield cls


def frozen_strings(form_class):
    """Labels and help texts built at import time as plain (already translated) str."""
    for name, field in form_class.base_fields.items():
        for attribute in ("label", "help_text"):
            value = getattr(field, attribute)
            frozen = isinstance(value, str) and not isinstance(value, Promise)
            if frozen and any(character.isalpha() for character in value):
                yield f"{form_class.__name__}.{name}.{attribute}: {value!r}"


def test_no_form_string_is_translated_at_import_time():
    classes = list(project_form_classes())
    assert any(cls.__name__ == "SharePracticeForm" for cls in classes)

    frozen = [text for cls in classes for text in frozen_strings(cls)]

    assert frozen == []
