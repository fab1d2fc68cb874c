"""Revisions: history, compare, restore (translated fields, files, inline rows),
recovery of deleted items, the audit list, and what revisions must not slow down."""

from html import unescape

import pytest
import reversion
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from reversion.models import Version

from editorial.models import Status
from factsheets.models import Tool
from guidelines.models import Guideline, GuidelinePractice
from tests.editorial.conftest import admin_form_data
from tests.factories import (
    FactsheetFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    ToolFactory,
)
from tests.factories.factsheets import pdf_bytes

pytestmark = pytest.mark.django_db


def page(response):
    return unescape(response.content.decode())


def admin_base(obj):
    return f"/en/admin/{obj._meta.app_label}/{obj._meta.model_name}/"


def edit(client, obj, files=None, **changes):
    url = f"{admin_base(obj)}{obj.pk}/change/"
    data = admin_form_data(client.get(url))
    data.update(changes)
    data.update(files or {})
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    return response


def save_revisions(obj, user, numbers):
    """A revision of `obj` by `user` for each of `numbers`, made as the admin
    makes them (django-reversion's API) without posting the change form each
    time: for the tests of what many revisions must not slow down."""
    for n in numbers:
        with reversion.create_revision():
            obj.summary_en = f"Version {n}"
            obj.save()
            reversion.set_user(user)


def versions_of(obj):
    return list(Version.objects.get_for_object(obj))  # newest first


def restore(client, obj, version, **changes):
    url = f"{admin_base(obj)}{obj.pk}/history/{version.pk}/"
    data = admin_form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


def inline_key(data, obj, field):
    id_key = next(k for k, v in data.items() if k.endswith("-id") and v == str(obj.pk))
    return id_key.removesuffix("-id") + f"-{field}"


def test_first_edit_keeps_the_state_before_it(publisher_client):
    guideline = GuidelineFactory(summary_fr="Résumé d'origine.")

    edit(publisher_client, guideline, summary_fr="Résumé modifié.")

    newest, baseline = versions_of(guideline)
    assert baseline.field_dict["summary_fr"] == "Résumé d'origine."
    assert newest.field_dict["summary_fr"] == "Résumé modifié."
    assert newest.revision.user.username == "publisher"


def test_history_lists_versions_with_compare_and_restore(publisher_client):
    guideline = GuidelineFactory()
    edit(
        publisher_client,
        guideline,
        summary_fr="Deuxième version.",
        change_comment="Reprise du résumé",
    )

    html = page(publisher_client.get(f"{admin_base(guideline)}{guideline.pk}/history/"))

    assert "Reprise du résumé" in html
    assert "Compare the selected versions" in html
    assert "Restore this version…" in html
    assert "What changed" in html


def test_compare_shows_changed_fields_word_by_word(publisher_client):
    guideline = GuidelineFactory(summary_fr="Informer souvent les migrants.")
    edit(publisher_client, guideline, summary_fr="Informer clairement les migrants.")
    newest = versions_of(guideline)[0]

    response = publisher_client.get(
        f"{admin_base(guideline)}{guideline.pk}/history/compare/", {"new": newest.pk}
    )

    html = page(response)
    assert response.status_code == 200
    assert "Summary [fr]" in html
    assert "<del>souvent</del>" in html and "<ins>clairement</ins>" in html
    assert "Summary [en]" not in html  # unchanged fields are not listed


@pytest.mark.parametrize("query", [{}, {"new": "x"}, {"new": "999999"}, {"new": "1", "old": "abc"}])
def test_compare_with_bad_parameters_returns_to_the_history(publisher_client, query):
    guideline = GuidelineFactory()
    edit(publisher_client, guideline, summary_en="Changed.")

    response = publisher_client.get(
        f"{admin_base(guideline)}{guideline.pk}/history/compare/", query
    )

    assert response.status_code == 302
    assert response["Location"].endswith(f"/{guideline.pk}/history/")


def test_restore_brings_back_translated_fields_and_tool_files(publisher_client, media_root):
    factsheet = FactsheetFactory(title_fr="Titre d'origine")
    tool = ToolFactory(factsheet=factsheet, title_fr="Outil d'origine")
    original_fr_file = tool.file_fr.name
    edit(publisher_client, factsheet, summary_en="First admin save.")
    before_change = versions_of(factsheet)[0]

    data_url = f"{admin_base(factsheet)}{factsheet.pk}/change/"
    data = admin_form_data(publisher_client.get(data_url))
    data["title_fr"] = "Titre remplacé"
    data[inline_key(data, tool, "title_fr")] = "Outil remplacé"
    data[inline_key(data, tool, "file_fr")] = SimpleUploadedFile(
        "nouvelle-fiche.pdf", pdf_bytes("fr", "Nouvelle fiche"), "application/pdf"
    )
    assert publisher_client.post(data_url, data).status_code == 302
    tool.refresh_from_db()
    assert tool.file_fr.name != original_fr_file

    response = restore(publisher_client, factsheet, before_change)

    assert response.status_code == 302
    factsheet.refresh_from_db()
    tool.refresh_from_db()
    assert factsheet.title_fr == "Titre d'origine"
    assert tool.title_fr == "Outil d'origine"
    assert tool.file_fr.name == original_fr_file
    assert tool.file_fr.read().startswith(b"%PDF")
    assert "Restored the version of" in versions_of(factsheet)[0].revision.get_comment()


def test_restore_brings_back_a_guideline_with_its_practices(publisher_client):
    guideline = GuidelineFactory()
    practice = GuidelinePracticeFactory(guideline=guideline, body_fr="Texte d'origine.")
    edit(publisher_client, guideline, summary_en="Saved once.")
    saved = versions_of(guideline)[0]
    data = admin_form_data(publisher_client.get(f"{admin_base(guideline)}{guideline.pk}/change/"))
    data[inline_key(data, practice, "body_fr")] = "Texte réécrit."
    publisher_client.post(f"{admin_base(guideline)}{guideline.pk}/change/", data)

    restore(publisher_client, guideline, saved)

    practice.refresh_from_db()
    assert practice.body_fr == "Texte d'origine."


def test_restore_keeps_the_current_publication_status(publisher_client):
    guideline = GuidelineFactory(status=Status.DRAFT)
    edit(publisher_client, guideline, summary_en="Draft text.")
    draft_version = versions_of(guideline)[0]
    guideline.status = Status.PUBLISHED
    guideline.save()

    response = restore(publisher_client, guideline, draft_version)

    assert response.status_code == 302
    guideline.refresh_from_db()
    assert guideline.status == Status.PUBLISHED
    assert guideline.summary_en == "Draft text."


def test_editor_restore_keeps_practices_added_since_publisher_restore_removes_them(
    editor_client, publisher
):
    # A draft: editors' changes to published items wait for review instead.
    guideline = GuidelineFactory(status=Status.DRAFT)
    edit(editor_client, guideline, summary_en="Before the new practice.")
    older = versions_of(guideline)[0]
    added = GuidelinePracticeFactory(guideline=guideline, title_en="Added later")
    edit(editor_client, guideline, summary_en="After the new practice.")

    preview = page(editor_client.get(f"{admin_base(guideline)}{guideline.pk}/history/{older.pk}/"))
    assert "Added later" in preview and "kept, as only publishers delete content" in preview
    restore(editor_client, guideline, older)
    assert GuidelinePractice.objects.filter(pk=added.pk).exists()

    editor_client.force_login(publisher)
    restore(editor_client, guideline, older)
    assert not GuidelinePractice.objects.filter(pk=added.pk).exists()


def test_previewing_a_restore_changes_nothing(publisher_client):
    guideline = GuidelineFactory(summary_fr="Ancien.")
    edit(publisher_client, guideline, summary_fr="Nouveau.")
    old = versions_of(guideline)[-1]

    response = publisher_client.get(f"{admin_base(guideline)}{guideline.pk}/history/{old.pk}/")

    assert response.status_code == 200 and "Ancien." in page(response)
    guideline.refresh_from_db()
    assert guideline.summary_fr == "Nouveau."


def test_deleted_items_can_be_recovered_even_without_earlier_history(publisher_client, editor):
    guideline = GuidelineFactory(short_label_en="Deleted one")
    GuidelinePracticeFactory(guideline=guideline, title_en="Its practice")
    base = admin_base(guideline)
    publisher_client.post(f"{base}{guideline.pk}/delete/", {"post": "yes"})
    assert not Guideline.objects.filter(pk=guideline.pk).exists()

    publisher_client.force_login(editor)
    html = page(publisher_client.get(f"{base}recover/"))
    assert "Deleted one" in html
    version = Version.objects.get_deleted(Guideline).get()
    url = f"{base}recover/{version.pk}/"
    response = publisher_client.post(url, admin_form_data(publisher_client.get(url)))

    assert response.status_code == 302
    recovered = Guideline.objects.get(pk=guideline.pk)
    assert recovered.practices.get().title_en == "Its practice"
    # An editor's recovery comes back as a draft: only publishers publish.
    assert recovered.status == Status.DRAFT


def test_recent_changes_lists_who_changed_what(publisher_client):
    guideline = GuidelineFactory(short_label_en="Communicate often")
    edit(publisher_client, guideline, summary_en="New summary.", change_comment="Clearer summary")

    html = page(publisher_client.get("/en/admin/editorial/contentchange/"))

    assert "Recent changes" in html
    assert "Clearer summary" in html
    assert "editor" in html
    assert f'href="/en/admin/guidelines/guideline/{guideline.pk}/change/"' in html
    assert "what changed" in html


def test_recent_changes_filter_by_content_type(publisher_client):
    edit(publisher_client, GuidelineFactory(short_label_en="A guideline"), summary_en="x")
    edit(publisher_client, FactsheetFactory(title_en="A factsheet"), summary_en="y")
    from django.contrib.contenttypes.models import ContentType

    factsheet_type = ContentType.objects.get(app_label="factsheets", model="factsheet")
    html = page(
        publisher_client.get("/en/admin/editorial/contentchange/", {"type": factsheet_type.pk})
    )

    assert "A factsheet" in html and "A guideline" not in html


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_change_form_does_not_slow_down_as_revisions_accumulate(publisher_client, publisher):
    guideline = GuidelineFactory()
    GuidelinePracticeFactory(guideline=guideline)
    url = f"{admin_base(guideline)}{guideline.pk}/change/"
    edit(publisher_client, guideline, summary_en="Version 1")
    few = count_queries(publisher_client, url)

    save_revisions(guideline, publisher, range(2, 30))

    assert Version.objects.get_for_object(guideline).count() >= 30
    assert count_queries(publisher_client, url) == few


def test_history_and_audit_pages_use_constant_queries(publisher_client, publisher):
    guideline = GuidelineFactory()
    history = f"{admin_base(guideline)}{guideline.pk}/history/"
    for n in range(3):
        edit(publisher_client, guideline, summary_en=f"Version {n}")

    def queries():
        return (
            count_queries(publisher_client, history),
            count_queries(publisher_client, "/en/admin/editorial/contentchange/"),
        )

    queries()  # the first visit fills the content types' cache (the audit's type filter)
    few = queries()

    save_revisions(guideline, publisher, range(3, 60))

    assert queries() == few
    assert "Older versions" in page(publisher_client.get(history))


def test_saving_a_tool_alone_also_keeps_a_revision(publisher_client):
    tool = ToolFactory()

    edit(publisher_client, tool, title_fr="Nouveau titre")

    assert Version.objects.get_for_object(Tool.objects.get(pk=tool.pk)).count() == 2


def test_items_deleted_together_are_recovered_one_by_one(publisher_client):
    first = GuidelineFactory(short_label_en="First")
    second = GuidelineFactory(short_label_en="Second")
    publisher_client.post(
        "/en/admin/guidelines/guideline/",
        {"action": "delete_selected", "_selected_action": [first.pk, second.pk], "post": "yes"},
    )
    assert not Guideline.objects.exists()

    version = Version.objects.get_deleted(Guideline).get(object_id=str(first.pk))
    url = f"/en/admin/guidelines/guideline/recover/{version.pk}/"
    publisher_client.post(url, admin_form_data(publisher_client.get(url)))

    assert list(Guideline.objects.values_list("short_label_en", flat=True)) == ["First"]
    assert Guideline.objects.get().status == Status.PUBLISHED  # a publisher's recovery
