"""The content admin under the editorial rules: status by role, the French
publish gate (form and actions), scheduling, preview links."""

from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from editorial.models import PendingChange, Status
from guidelines.models import Guideline, GuidelinePractice
from tests.editorial.conftest import admin_form_data
from tests.factories import GuidelineFactory, GuidelinePracticeFactory

pytestmark = pytest.mark.django_db


def change_url(obj):
    return f"/en/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def changelist_url(model):
    return f"/en/admin/{model._meta.app_label}/{model._meta.model_name}/"


def html(response):
    return unescape(response.content.decode())


def post_change(client, obj, follow=False, **changes):
    url = change_url(obj)
    data = admin_form_data(client.get(url))
    data.update(changes)
    return client.post(url, data, follow=follow)


def errors_of(response):
    return response.context["errors"] if response.context and "errors" in response.context else []


# Status by role ---------------------------------------------------------------


def test_editor_status_choices_exclude_published_and_archived(editor_client):
    draft = GuidelineFactory(status=Status.DRAFT)

    form = editor_client.get(change_url(draft)).context["adminform"].form

    assert [value for value, _label in form.fields["status"].choices] == ["draft", "review"]
    assert "publish_at" not in form.fields


def test_editor_cannot_publish_with_a_forged_post(editor_client):
    draft = GuidelineFactory(status=Status.DRAFT)

    response = post_change(editor_client, draft, status="published")

    assert response.status_code == 200
    assert "Select a valid choice" in html(response)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_editor_can_send_a_draft_for_review(editor_client):
    draft = GuidelineFactory(status=Status.DRAFT)

    response = post_change(editor_client, draft, status="review")

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.REVIEW


def test_editor_edits_a_published_item_which_stays_published(editor_client):
    guideline = GuidelineFactory(status=Status.PUBLISHED)

    response = post_change(
        editor_client,
        guideline,
        summary_fr="Un nouveau résumé.",
        status="draft",  # forged: the field is read-only for editors
        publish_at_0="2099-01-01",
        publish_at_1="10:00:00",
    )

    assert response.status_code == 302
    guideline.refresh_from_db()
    # The edit waits for review (tests/editorial/test_review.py); the forged
    # publication fields are in neither the item nor the change.
    assert guideline.summary_fr == "Ce que demande cette ligne directrice."
    assert guideline.status == Status.PUBLISHED
    assert guideline.publish_at is None
    proposed = PendingChange.objects.get().data["objects"][0]["fields"]
    assert proposed["summary_fr"] == "Un nouveau résumé."
    assert (proposed["status"], proposed["publish_at"]) == ("published", None)


def test_editor_cannot_publish_an_inline_practice(editor_client):
    guideline = GuidelineFactory()
    practice = GuidelinePracticeFactory(guideline=guideline, status=Status.DRAFT)
    data = admin_form_data(editor_client.get(change_url(guideline)))
    prefix = next(
        key for key, value in data.items() if key.endswith("-id") and value == str(practice.pk)
    )

    data[prefix.replace("-id", "-status")] = "published"
    response = editor_client.post(change_url(guideline), data)

    assert response.status_code == 200
    practice.refresh_from_db()
    assert practice.status == Status.DRAFT


def test_editor_cannot_unpublish_an_inline_practice(editor_client):
    guideline = GuidelineFactory()
    practice = GuidelinePracticeFactory(guideline=guideline, status=Status.PUBLISHED)
    data = admin_form_data(editor_client.get(change_url(guideline)))
    prefix = next(
        key for key, value in data.items() if key.endswith("-id") and value == str(practice.pk)
    )

    data[prefix.replace("-id", "-status")] = "draft"
    response = editor_client.post(change_url(guideline), data)

    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == Status.PUBLISHED


def test_publisher_may_publish_and_schedule(publisher_client):
    draft = GuidelineFactory(status=Status.DRAFT)

    response = post_change(
        publisher_client,
        draft,
        status="published",
        publish_at_0="2099-01-01",
        publish_at_1="09:30:00",
    )

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED and draft.is_scheduled


# The French publish gate ------------------------------------------------------


def test_publishing_without_french_is_refused_with_a_clear_message(publisher_client):
    draft = GuidelineFactory(status=Status.DRAFT, summary_fr="", body_fr="")

    response = post_change(publisher_client, draft, status="published")

    assert response.status_code == 200
    text = html(response)
    assert "cannot be published while its French is missing (summary, introduction)" in text
    assert "English only for now" in text
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_the_english_only_waiver_lets_it_be_published(publisher_client):
    draft = GuidelineFactory(status=Status.DRAFT, summary_fr="", body_fr="")

    response = post_change(publisher_client, draft, status="published", english_only="on")

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED and draft.english_only


def test_clearing_the_french_of_a_published_item_is_refused(editor_client):
    guideline = GuidelineFactory(status=Status.PUBLISHED)

    response = post_change(editor_client, guideline, title_fr="")

    assert response.status_code == 200
    assert "French is missing (title)" in html(response)


def test_an_inline_practice_without_french_cannot_be_published(publisher_client):
    guideline = GuidelineFactory()
    practice = GuidelinePracticeFactory(guideline=guideline, status=Status.DRAFT, body_fr="")
    data = admin_form_data(publisher_client.get(change_url(guideline)))
    prefix = next(
        key for key, value in data.items() if key.endswith("-id") and value == str(practice.pk)
    )

    data[prefix.replace("-id", "-status")] = "published"
    response = publisher_client.post(change_url(guideline), data)

    assert response.status_code == 200
    assert f"“{practice.title}” cannot be published while its French is missing (text)" in html(
        response
    )
    # The guideline's own waiver covers the practices edited with it.
    data["english_only"] = "on"
    assert publisher_client.post(change_url(guideline), data).status_code == 302
    practice.refresh_from_db()
    assert practice.status == Status.PUBLISHED


def test_publish_action_applies_the_gate(publisher_client):
    ready = GuidelineFactory(status=Status.DRAFT)
    untranslated = GuidelineFactory(status=Status.DRAFT, title_fr="")

    response = publisher_client.post(
        changelist_url(Guideline),
        {"action": "publish_selected", "_selected_action": [ready.pk, untranslated.pk]},
        follow=True,
    )

    text = html(response)
    assert "1 item published." in text
    assert "cannot be published while its French is missing (title)" in text
    ready.refresh_from_db()
    untranslated.refresh_from_db()
    assert ready.status == Status.PUBLISHED
    assert untranslated.status == Status.DRAFT


def test_unpublish_and_archive_actions(publisher_client):
    first, second = GuidelineFactory(), GuidelineFactory()

    publisher_client.post(
        changelist_url(Guideline), {"action": "unpublish_selected", "_selected_action": [first.pk]}
    )
    publisher_client.post(
        changelist_url(Guideline), {"action": "archive_selected", "_selected_action": [second.pk]}
    )

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.DRAFT, Status.ARCHIVED)


# Scheduling in the admin ------------------------------------------------------


def test_list_shows_when_a_scheduled_item_will_appear(editor_client):
    GuidelineFactory(short_label_en="Later", publish_at=timezone.now() + timedelta(days=3))

    text = html(editor_client.get(changelist_url(Guideline)))

    assert "Scheduled for" in text and "(UTC)" in text


def test_scheduled_filter(editor_client):
    GuidelineFactory(short_label_en="Soon", publish_at=timezone.now() + timedelta(days=1))
    GuidelineFactory(short_label_en="Already out")

    text = html(editor_client.get(changelist_url(Guideline), {"publication": "scheduled"}))

    assert "Soon" in text and "Already out" not in text


def test_saving_a_scheduled_item_says_when_it_will_appear(publisher_client):
    guideline = GuidelineFactory(status=Status.DRAFT)

    response = post_change(
        publisher_client,
        guideline,
        status="published",
        publish_at_0="2099-05-01",
        publish_at_1="08:00:00",
        follow=True,
    )

    assert "is scheduled: it appears on the public site by itself" in html(response)


# Preview links and the change comment -----------------------------------------


def test_change_form_links_to_the_public_page_in_each_language(editor_client):
    guideline = GuidelineFactory(status=Status.DRAFT, slug_en="talk", slug_fr="parler", number=9)

    text = html(editor_client.get(change_url(guideline)))

    assert 'href="/en/guidelines/9/talk/"' in text and "Preview in English" in text
    assert 'href="/fr/lignes-directrices/9/parler/"' in text and "Preview in French" in text


def test_change_comment_is_kept_with_the_revision(publisher_client):
    guideline = GuidelineFactory()

    post_change(
        publisher_client, guideline, summary_en="Shorter.", change_comment="Tightened the summary"
    )

    from reversion.models import Version

    latest = Version.objects.get_for_object(guideline).first()
    assert latest.revision.user.username == "publisher"
    assert latest.revision.get_comment().startswith("Tightened the summary (Changed Summary [en]")


def test_practice_inline_rows_are_saved_with_the_guideline_revision(publisher_client):
    guideline = GuidelineFactory()
    GuidelinePracticeFactory(guideline=guideline)

    post_change(publisher_client, guideline, summary_en="Changed.")

    from reversion.models import Version

    revision = Version.objects.get_for_object(guideline).first().revision
    models = {version.content_type.model_class() for version in revision.version_set.all()}
    assert models == {Guideline, GuidelinePractice}
