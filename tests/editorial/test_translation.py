"""What is missing in French, and French that may be older than the English."""

from html import unescape

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from editorial.dashboard import type_summary
from editorial.languages import (
    missing_files,
    missing_files_q,
    missing_translations,
    missing_translations_q,
)
from editorial.models import Status
from factsheets.models import Tool
from guidelines.models import Guideline
from tests.editorial.conftest import admin_form_data
from tests.factories import GuidelineFactory, GuidelinePracticeFactory, ToolFactory
from tests.factories.factsheets import pdf_bytes

pytestmark = pytest.mark.django_db

DASHBOARD = "/en/admin/editorial/translationstatus/"


def page(response):
    return unescape(response.content.decode())


def change_url(obj):
    return f"/en/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def edit(client, obj, files=None, **changes):
    data = admin_form_data(client.get(change_url(obj)))
    data.update(changes)
    data.update(files or {})
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    obj.refresh_from_db()
    return obj


# Missing French: text and files ------------------------------------------------


def test_missing_files_are_told_apart_from_missing_text():
    tool = ToolFactory(file_fr=None, description_fr="")

    assert missing_translations(tool, "fr") == ["description"]
    assert missing_files(tool, "fr") == ["file"]


def test_sql_conditions_match_the_python_checks():
    complete = ToolFactory()
    no_text = ToolFactory(title_fr="")
    no_file = ToolFactory(file_fr=None)

    assert set(Tool.objects.filter(missing_translations_q(Tool, "fr"))) == {no_text}
    assert set(Tool.objects.filter(missing_files_q(Tool, "fr"))) == {no_file}
    assert complete not in Tool.objects.filter(
        missing_translations_q(Tool, "fr") | missing_files_q(Tool, "fr")
    )


def test_french_complete_column_counts_files_too():
    model_admin = admin.site._registry[Tool]

    assert model_admin.french_complete(ToolFactory())
    assert not model_admin.french_complete(ToolFactory(file_fr=None))


# French possibly outdated ------------------------------------------------------


def test_changing_only_the_english_of_a_published_item_flags_the_french(publisher_client):
    guideline = GuidelineFactory()

    edit(publisher_client, guideline, summary_en="A new English summary.")

    assert guideline.translation_outdated_fields == ["summary_fr"]
    assert guideline.translation_outdated_since is not None
    listing = page(publisher_client.get("/en/admin/guidelines/guideline/"))
    assert "summary [fr]" in listing


def test_changing_both_languages_flags_nothing(editor_client):
    guideline = GuidelineFactory()

    edit(editor_client, guideline, summary_en="New.", summary_fr="Nouveau.")

    assert guideline.translation_outdated_fields == []


def test_drafts_are_not_flagged(editor_client):
    guideline = GuidelineFactory(status=Status.DRAFT)

    edit(editor_client, guideline, summary_en="Still being written.")

    assert guideline.translation_outdated_since is None


def test_resubmitted_text_with_browser_line_endings_is_not_a_change(editor_client):
    guideline = GuidelineFactory(
        body_en="First paragraph.\n\nSecond.", body_fr="Premier.\n\nSecond."
    )

    edit(editor_client, guideline, body_en="First paragraph.\r\n\r\nSecond.")

    assert guideline.translation_outdated_fields == []
    assert guideline.body_en == "First paragraph.\n\nSecond."


def test_updating_the_french_clears_its_flag(publisher_client):
    guideline = GuidelineFactory()
    edit(publisher_client, guideline, summary_en="New.", body_en="New body.")

    edit(publisher_client, guideline, summary_fr="Nouveau.")

    assert guideline.translation_outdated_fields == ["body_fr"]
    edit(publisher_client, guideline, body_fr="Nouveau corps.")
    assert guideline.translation_outdated_since is None


def test_editor_confirms_the_french_in_the_form(editor_client):
    guideline = GuidelineFactory()
    edit(editor_client, guideline, summary_en="Reworded.")

    html = page(editor_client.get(change_url(guideline)))
    assert "The English changed after the French" in html and "Summary [fr]" in html
    edit(editor_client, guideline, translation_checked="on")

    assert guideline.translation_outdated_since is None


def test_editor_confirms_the_french_with_the_list_action(editor_client):
    guideline = GuidelineFactory()
    edit(editor_client, guideline, summary_en="Reworded.")

    editor_client.post(
        "/en/admin/guidelines/guideline/",
        {"action": "confirm_translation_selected", "_selected_action": [guideline.pk]},
    )

    guideline.refresh_from_db()
    assert guideline.translation_outdated_fields == []


def test_a_new_english_file_flags_the_french_file(publisher_client, media_root):
    tool = ToolFactory()

    edit(
        publisher_client,
        tool,
        files={"file_en": SimpleUploadedFile("new.pdf", pdf_bytes("en", "New"), "application/pdf")},
    )

    assert tool.translation_outdated_fields == ["file_fr"]


def test_practices_edited_inline_are_tracked_too(publisher_client):
    guideline = GuidelineFactory()
    practice = GuidelinePracticeFactory(guideline=guideline)
    data = admin_form_data(publisher_client.get(change_url(guideline)))
    key = next(k for k, v in data.items() if k.endswith("-id") and v == str(practice.pk))
    data[key.replace("-id", "-body_en")] = "Reworded practice."

    publisher_client.post(change_url(guideline), data)

    practice.refresh_from_db()
    assert practice.translation_outdated_fields == ["body_fr"]


# The dashboard ------------------------------------------------------------------


def test_dashboard_counts_complete_items_per_content_type():
    GuidelineFactory()
    GuidelineFactory(summary_fr="")
    GuidelineFactory(
        translation_outdated_fields=["body_fr"], translation_outdated_since="2026-01-01T00:00Z"
    )

    summary = type_summary(Guideline, "fr")

    assert (summary.total, summary.complete, summary.missing_text, summary.outdated) == (3, 2, 1, 1)


def test_dashboard_lists_what_is_missing_with_edit_links(editor_client):
    guideline = GuidelineFactory(short_label_en="Untranslated", summary_fr="", body_fr="")
    ToolFactory(title_en="Tool without French file", file_fr=None)

    html = page(editor_client.get(DASHBOARD))

    assert "Guidelines" in html and "Tools" in html
    assert f'href="{change_url(guideline)}"' in html
    assert "Text: summary, introduction" in html
    assert "Files: file" in html


@pytest.mark.parametrize(
    "query, shown, hidden",
    [
        ({"problem": "files"}, "No French file", "No French text"),
        ({"problem": "text"}, "No French text", "No French file"),
        ({"type": "guidelines.guideline"}, "Checked", "No French file"),
        ({"status": "draft"}, "No French text", "No French file"),
    ],
)
def test_dashboard_filters(editor_client, query, shown, hidden):
    ToolFactory(title_en="No French file", file_fr=None)
    ToolFactory(title_en="No French text", title_fr="", status=Status.DRAFT)
    GuidelineFactory(short_label_en="Checked", summary_fr="")

    html = page(editor_client.get(DASHBOARD, query))

    assert shown in html and hidden not in html


def test_dashboard_ignores_invalid_filters(editor_client):
    GuidelineFactory(short_label_en="Shown anyway", summary_fr="")

    response = editor_client.get(DASHBOARD, {"type": "auth.user", "problem": "???", "p": "x"})

    assert response.status_code == 200 and "Shown anyway" in page(response)


def test_dashboard_queries_do_not_grow_with_content(editor_client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(DASHBOARD).status_code == 200
        return len(captured)

    GuidelineFactory(summary_fr="")
    few = queries()
    for _ in range(10):
        GuidelineFactory(summary_fr="")
        ToolFactory(file_fr=None)

    assert queries() == few


def test_editors_only_open_the_dashboard_with_permission(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_user("x", password="p-123456", is_staff=True)
    )

    assert client.get(DASHBOARD).status_code == 403
