"""Changes to published content wait for a publisher's review; the public keeps
the published version until then, in English and French."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from editorial.models import PendingChange, PublishedVersion, Status
from tests.editorial.conftest import admin_form_data
from tests.factories import GuidelineFactory, GuidelinePracticeFactory

pytestmark = pytest.mark.django_db


def change_url(obj):
    return f"/en/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def public_page(client, obj, language):
    with translation.override(language):
        url = obj.get_absolute_url()
    return client.get(url).content.decode()


def propose(client, obj, **changes):
    data = admin_form_data(client.get(change_url(obj)))
    data.update(changes)
    return client.post(change_url(obj), data)


@pytest.fixture
def guideline(db):
    return GuidelineFactory(number=9, body_en="Published English.", body_fr="Français publié.")


def test_editor_save_of_published_item_waits_for_review(client, editor_client, guideline):
    response = propose(
        editor_client, guideline, body_en="Proposed English.", body_fr="Français proposé."
    )
    assert response.status_code == 302
    guideline.refresh_from_db()
    assert guideline.body_en == "Published English."
    assert guideline.body_fr == "Français publié."
    change = PendingChange.objects.get()
    assert change.status == PendingChange.Status.PENDING
    assert change.author.username == "editor"
    messages = [str(m) for m in editor_client.get(response.url).context["messages"]]
    assert any("waiting for review" in m for m in messages)
    editor_client.logout()
    assert "Published English." in public_page(client, guideline, "en")
    assert "Proposed English." not in public_page(client, guideline, "en")
    assert "Français publié." in public_page(client, guideline, "fr")
    assert "Français proposé." not in public_page(client, guideline, "fr")


def test_second_save_updates_the_same_change_and_form_shows_it(editor_client, guideline):
    propose(editor_client, guideline, body_en="First proposal.")
    response = editor_client.get(change_url(guideline))
    assert response.context["adminform"].form.initial["body_en"] == "First proposal."
    propose(editor_client, guideline, title_en="New title")
    change = PendingChange.objects.get()
    fields = change.data["objects"][0]["fields"]
    assert fields["body_en"] == "First proposal."
    assert fields["title_en"] == "New title"


def test_inline_rows_are_part_of_the_change(editor_client, guideline, publisher_client):
    practice = GuidelinePracticeFactory(guideline=guideline, body_en="Old practice text.")
    data = admin_form_data(editor_client.get(change_url(guideline)))
    key = next(k for k, v in data.items() if v == "Old practice text.")
    data[key] = "New practice text."
    editor_client.post(change_url(guideline), data)
    practice.refresh_from_db()
    assert practice.body_en == "Old practice text."
    change = PendingChange.objects.get()
    publisher_client.post(
        reverse("admin:editorial_pendingchange_change", args=[change.pk]), {"approve": "1"}
    )
    practice.refresh_from_db()
    assert practice.body_en == "New practice text."


def test_publisher_compares_both_languages_then_approves(
    client, editor_client, publisher, guideline
):
    propose(editor_client, guideline, body_en="Proposed English.", body_fr="Français proposé.")
    change = PendingChange.objects.get()
    client.force_login(publisher)
    url = reverse("admin:editorial_pendingchange_change", args=[change.pk])
    page = client.get(url).content.decode()
    assert "body [en]" in page.lower() or "[en]" in page
    assert "<ins>Proposed</ins>" in page
    assert "proposé" in page and "publié" in page
    response = client.post(
        url, {"approve": "1", "public_note_en": "Clarified.", "public_note_fr": "Clarifié."}
    )
    assert response.status_code == 302
    guideline.refresh_from_db()
    assert guideline.body_en == "Proposed English."
    assert guideline.body_fr == "Français proposé."
    change.refresh_from_db()
    assert change.status == PendingChange.Status.APPROVED
    version = PublishedVersion.objects.for_object(guideline).first()
    assert (version.note_en, version.note_fr) == ("Clarified.", "Clarifié.")
    assert version.revision_version is not None
    client.logout()
    assert "Proposed English." in public_page(client, guideline, "en")
    assert "Clarifié." in public_page(client, guideline, "fr")


def test_send_back_notifies_the_editor(editor_client, publisher_client, guideline):
    propose(editor_client, guideline, body_en="Proposed English.")
    change = PendingChange.objects.get()
    url = reverse("admin:editorial_pendingchange_change", args=[change.pk])
    assert publisher_client.post(url, {"send_back": "1"}).status_code == 200  # comment required
    publisher_client.post(url, {"send_back": "1", "reviewer_comment": "Cite the source."})
    change.refresh_from_db()
    assert change.status == PendingChange.Status.SENT_BACK
    assert len(mail.outbox) == 1
    assert "Cite the source." in mail.outbox[0].body
    assert mail.outbox[0].to == ["editor@example.org"]
    page = editor_client.get(change_url(guideline)).content.decode()
    assert "Cite the source." in page
    mine = editor_client.get(
        reverse("admin:editorial_pendingchange_changelist") + "?mine=sent_back"
    ).content.decode()
    assert str(guideline) in mine
    # Saving again sends it back to review, same change.
    propose(editor_client, guideline, body_en="Proposed English, with source.")
    change.refresh_from_db()
    assert change.status == PendingChange.Status.PENDING
    assert PendingChange.objects.count() == 1


def test_editor_cannot_approve(editor_client, guideline):
    propose(editor_client, guideline, body_en="Proposed English.")
    change = PendingChange.objects.get()
    url = reverse("admin:editorial_pendingchange_change", args=[change.pk])
    assert editor_client.post(url, {"approve": "1"}).status_code == 403
    guideline.refresh_from_db()
    assert guideline.body_en == "Published English."


def test_unpublishing_discards_the_change_with_a_record(editor_client, publisher, guideline):
    from editorial.services import content_unpublish

    propose(editor_client, guideline, body_en="Proposed English.")
    content_unpublish(obj=guideline, by=publisher)
    change = PendingChange.objects.get()
    assert change.status == PendingChange.Status.DISCARDED
    from reversion.models import Version

    assert "discarded" in Version.objects.get_for_object(guideline).first().revision.comment


def test_approved_change_of_scheduled_item_goes_live_at_its_time(
    client, editor_client, publisher_client, guideline
):
    later = timezone.now() + timezone.timedelta(days=2)
    type(guideline).objects.filter(pk=guideline.pk).update(publish_at=later)
    propose(editor_client, guideline, body_en="Proposed English.")
    change = PendingChange.objects.get()
    publisher_client.post(
        reverse("admin:editorial_pendingchange_change", args=[change.pk]), {"approve": "1"}
    )
    guideline.refresh_from_db()
    assert guideline.body_en == "Proposed English."
    assert guideline.status == Status.PUBLISHED and guideline.publish_at == later
    assert PublishedVersion.objects.for_object(guideline).first().published_at == later


def test_publisher_edits_directly_and_records_a_version(publisher_client, guideline):
    response = propose(publisher_client, guideline, body_en="Direct.", minor_change="on")
    assert response.status_code == 302
    guideline.refresh_from_db()
    assert guideline.body_en == "Direct."
    assert not PendingChange.objects.exists()
    assert PublishedVersion.objects.for_object(guideline).count() == 1
