"""Restoring an earlier version of a published item is a change like any
other: an editor's restore waits for a publisher's review, in English and
French, while publishers still restore directly."""

from html import unescape

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from editorial.models import PendingChange, Status
from guidelines.models import Guideline, GuidelinePractice
from tests.editorial.conftest import admin_form_data
from tests.factories import GuidelineFactory, GuidelinePracticeFactory

pytestmark = pytest.mark.django_db


def admin_url(obj, rest):
    return f"/en/admin/{obj._meta.app_label}/{obj._meta.model_name}/{rest}"


def save_form(client, url, **changes):
    data = admin_form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


def restore(client, obj, version, **changes):
    return save_form(client, admin_url(obj, f"{obj.pk}/history/{version.pk}/"), **changes)


def public_page(obj, language):
    with translation.override(language):
        url = obj.get_absolute_url()
    return unescape(Client().get(url).content.decode())


@pytest.fixture
def guideline(publisher_client):
    """Published as "Original" (version 1), then edited by a publisher
    to "Current" (live)."""
    guideline = GuidelineFactory(
        number=9,
        status=Status.PUBLISHED,
        body_en="Original English.",
        body_fr="Français d’origine.",
    )
    response = save_form(
        publisher_client,
        admin_url(guideline, f"{guideline.pk}/change/"),
        body_en="Current English.",
        body_fr="Français actuel.",
    )
    assert response.status_code == 302
    return guideline


def original_version(obj):
    return Version.objects.get_for_object(obj).last()


def test_editor_restore_of_published_item_waits_for_review(
    editor_client, publisher_client, guideline
):
    revisions = Version.objects.get_for_object(guideline).count()

    response = restore(editor_client, guideline, original_version(guideline))

    assert response.status_code == 302
    assert response.url == admin_url(guideline, f"{guideline.pk}/change/")
    messages = [str(m) for m in editor_client.get(response.url).context["messages"]]
    assert any("waiting for review" in m for m in messages)
    guideline.refresh_from_db()
    assert (guideline.body_en, guideline.body_fr) == ("Current English.", "Français actuel.")
    assert Version.objects.get_for_object(guideline).count() == revisions
    for language, live, restored in [
        ("en", "Current English.", "Original English."),
        ("fr", "Français actuel.", "Français d’origine."),
    ]:
        html = public_page(guideline, language)
        assert live in html and restored not in html

    change = PendingChange.objects.open().for_object(guideline).get()
    assert change.author.username == "editor"
    fields = change.data["objects"][0]["fields"]
    assert (fields["body_en"], fields["body_fr"]) == ("Original English.", "Français d’origine.")

    url = reverse("admin:editorial_pendingchange_change", args=[change.pk])
    assert publisher_client.post(url, {"approve": "1"}).status_code == 302
    assert "Original English." in public_page(guideline, "en")
    assert "Français d’origine." in public_page(guideline, "fr")
    assert "Français actuel." not in public_page(guideline, "fr")


def test_editor_restore_replaces_their_open_change(editor_client, guideline):
    save_form(editor_client, admin_url(guideline, f"{guideline.pk}/change/"), body_en="Proposed.")
    restore(editor_client, guideline, original_version(guideline))

    change = PendingChange.objects.open().for_object(guideline).get()
    assert change.data["objects"][0]["fields"]["body_en"] == "Original English."
    assert Guideline.objects.get(pk=guideline.pk).body_en == "Current English."


def test_editor_sees_that_a_restore_of_a_published_item_goes_to_review(editor_client, guideline):
    url = admin_url(guideline, f"{guideline.pk}/history/{original_version(guideline).pk}/")

    html = unescape(editor_client.get(url).content.decode())

    assert "Original English." in html
    assert "wait for a publisher’s review" in html


def test_editor_restore_brings_back_practices_only_on_approval(editor_client, publisher_client):
    guideline = GuidelineFactory(status=Status.PUBLISHED)
    practice = GuidelinePracticeFactory(guideline=guideline, title_en="Removed since")
    # The publisher deletes the practice (a revision of the guideline without it).
    data = admin_form_data(publisher_client.get(admin_url(guideline, f"{guideline.pk}/change/")))
    delete_key = next(
        key.removesuffix("-id") + "-DELETE"
        for key, value in data.items()
        if key.endswith("-id") and value == str(practice.pk)
    )
    data[delete_key] = "on"
    publisher_client.post(admin_url(guideline, f"{guideline.pk}/change/"), data)
    assert not GuidelinePractice.objects.filter(pk=practice.pk).exists()

    restore(editor_client, guideline, original_version(guideline))
    assert not GuidelinePractice.objects.filter(pk=practice.pk).exists()

    change = PendingChange.objects.open().for_object(guideline).get()
    url = reverse("admin:editorial_pendingchange_change", args=[change.pk])
    publisher_client.post(url, {"approve": "1"})
    assert guideline.practices.get().title_en == "Removed since"


def test_publisher_restore_of_published_item_is_live_at_once(publisher_client, guideline):
    response = restore(publisher_client, guideline, original_version(guideline))

    assert response.status_code == 302
    assert not PendingChange.objects.exists()
    assert "Original English." in public_page(guideline, "en")
    assert "Français d’origine." in public_page(guideline, "fr")


def test_editor_restore_of_a_draft_is_saved_directly(editor_client):
    guideline = GuidelineFactory(status=Status.DRAFT, body_en="Draft one.")
    save_form(editor_client, admin_url(guideline, f"{guideline.pk}/change/"), body_en="Draft two.")

    restore(editor_client, guideline, original_version(guideline))

    assert not PendingChange.objects.exists()
    assert Guideline.objects.get(pk=guideline.pk).body_en == "Draft one."


def test_editor_recovers_a_deleted_published_item_as_a_draft(editor_client, publisher_client):
    guideline = GuidelineFactory(status=Status.PUBLISHED, short_label_en="Deleted one")
    publisher_client.post(admin_url(guideline, f"{guideline.pk}/delete/"), {"post": "yes"})
    version = Version.objects.get_deleted(Guideline).get()

    response = save_form(editor_client, admin_url(guideline, f"recover/{version.pk}/"))

    assert response.status_code == 302
    assert Guideline.objects.get(pk=guideline.pk).status == Status.DRAFT
    assert not PendingChange.objects.exists()
