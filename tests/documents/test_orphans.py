"""`manage.py orphan_files`: lists and removes only the stored files no
current row and no kept revision refers to, so restoring a revision still
brings its file back."""

import io
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from reversion.models import Version

from factsheets.models import Tool
from practices.models import PracticeSubmission
from tests.editorial import conftest as editorial_fixtures
from tests.editorial.conftest import admin_form_data
from tests.factories import FactsheetFactory, ToolFactory
from tests.factories.factsheets import pdf_bytes
from tests.factories.practices import PracticeSubmissionFactory

pytestmark = pytest.mark.django_db

# Accounts of the editorial roles.
publisher = editorial_fixtures.publisher
publisher_client = editorial_fixtures.publisher_client


def orphan_files(*args):
    out = io.StringIO()
    call_command("orphan_files", "--min-age-hours=0", *args, stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    return lines


def change_url(factsheet):
    return f"/en/admin/factsheets/factsheet/{factsheet.pk}/change/"


def replace_french_file(client, factsheet, tool):
    """A publisher uploads a new French file for `tool` in the admin."""
    data = admin_form_data(client.get(change_url(factsheet)))
    id_key = next(k for k, v in data.items() if k.endswith("-id") and v == str(tool.pk))
    data[id_key.removesuffix("-id") + "-file_fr"] = SimpleUploadedFile(
        "nouvelle-fiche.pdf", pdf_bytes("fr", "Nouvelle fiche"), "application/pdf"
    )
    assert client.post(change_url(factsheet), data).status_code == 302


@pytest.fixture
def edited_tool(publisher_client):
    """A tool whose French file a publisher replaced in the admin: the old
    file is only referred to by the revision before the change."""
    factsheet = FactsheetFactory()
    tool = ToolFactory(factsheet=factsheet)
    old_fr = tool.file_fr.name
    data = admin_form_data(publisher_client.get(change_url(factsheet)))
    assert publisher_client.post(change_url(factsheet), data).status_code == 302  # a revision
    replace_french_file(publisher_client, factsheet, tool)
    tool.refresh_from_db()
    assert tool.file_fr.name != old_fr
    return factsheet, tool, old_fr


def stray(name, content=b"left behind"):
    return default_storage.save(name, ContentFile(content))


def test_lists_only_files_nothing_refers_to(edited_tool):
    _factsheet, tool, old_fr = edited_tool
    orphan = stray("factsheets/tool/0123abcd/deleted-tool.pdf")
    submission_file = stray("practice-submissions/4f2a.pdf")  # its submission was deleted
    elsewhere = stray("handbook/micic-guidelines-en.pdf")  # no file field uploads there

    lines = orphan_files()

    assert sorted(lines[:-1]) == sorted([orphan, submission_file])
    assert lines[-1] == (
        "2 orphan file(s); kept: 2 in use, 1 for revisions, 0 newer than 0 hour(s)."
    )
    for name in (orphan, submission_file, elsewhere, old_fr, tool.file_en.name):
        assert default_storage.exists(name)  # listing deletes nothing


def test_delete_removes_orphans_and_keeps_files_a_revision_refers_to(
    edited_tool, publisher_client, media_root
):
    factsheet, tool, old_fr = edited_tool
    orphan = stray("factsheets/tool/0123abcd/deleted-tool.pdf")
    elsewhere = stray("handbook/micic-guidelines-en.pdf")

    lines = orphan_files("--delete")

    assert lines[-1] == "Deleted 1 orphan file(s)."
    assert not default_storage.exists(orphan)
    assert not (media_root / "factsheets/tool/0123abcd").exists()  # no empty directory left
    assert default_storage.exists(elsewhere)
    assert default_storage.exists(old_fr)
    assert orphan_files()[-1].startswith("0 orphan file(s)")

    # History → restore the version before the replacement: its file is back.
    version = Version.objects.get_for_object(factsheet)[1]
    url = f"/en/admin/factsheets/factsheet/{factsheet.pk}/history/{version.pk}/"
    response = publisher_client.post(url, admin_form_data(publisher_client.get(url)))
    assert response.status_code == 302
    tool.refresh_from_db()
    assert tool.file_fr.name == old_fr
    assert tool.file_fr.read() == pdf_bytes("fr")


def test_file_of_a_deleted_row_is_kept_while_a_revision_can_recover_it(edited_tool):
    _factsheet, tool, old_fr = edited_tool
    current_fr = tool.file_fr.name
    Tool.objects.filter(pk=tool.pk).delete()

    assert orphan_files("--delete")[-1] == "Deleted 0 orphan file(s)."
    assert default_storage.exists(current_fr) and default_storage.exists(old_fr)

    Version.objects.get_for_model(Tool).delete()  # revisions pruned (deleterevisions)

    lines = orphan_files("--delete")
    assert lines[-1] == "Deleted 3 orphan file(s)."  # EN, the old FR and the current FR
    assert not default_storage.exists(current_fr)


def test_files_of_unversioned_rows_count_while_the_row_exists():
    submission = PracticeSubmissionFactory()
    submission.attachment.save("plan.pdf", ContentFile(pdf_bytes("en")))
    name = submission.attachment.name

    assert name not in orphan_files()

    PracticeSubmission.objects.all().delete()
    assert name in orphan_files()


def test_recent_files_are_left_alone_by_default():
    orphan = stray("factsheets/tool/0123abcd/just-uploaded.pdf")
    out = io.StringIO()

    call_command("orphan_files", "--delete", stdout=out)

    assert "0 orphan file(s)" in out.getvalue()
    assert "1 newer than 24 hour(s)" in out.getvalue()
    assert default_storage.exists(orphan)


def test_nothing_is_deleted_when_a_revision_cannot_be_read(edited_tool):
    orphan = stray("factsheets/tool/0123abcd/deleted-tool.pdf")
    Version.objects.get_for_model(Tool).update(serialized_data="not json")

    with pytest.raises(CommandError, match="could not be read"):
        orphan_files("--delete")

    assert default_storage.exists(orphan)


def test_works_through_the_storage_api_alone(settings):
    """The in-memory storage has no disk paths: only listdir, get_modified_time, delete."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    tool = ToolFactory()
    orphan = stray("factsheets/tool/0123abcd/deleted-tool.pdf")
    nested = stray("consultations/outcomedocument/feed/a/b/c.pdf")

    assert sorted(orphan_files("--delete")[:-2]) == sorted([nested, orphan])
    assert not default_storage.exists(orphan) and not default_storage.exists(nested)
    assert default_storage.exists(tool.file_en.name)


def test_min_age_is_checked_against_the_files_time(monkeypatch):
    from documents import orphans

    orphan = stray("factsheets/tool/0123abcd/old.pdf")
    report = orphans.find_orphans(min_age=timedelta(hours=1))
    assert report.orphans == [] and report.too_recent == 1

    later = orphans.timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(orphans.timezone, "now", lambda: later)
    report = orphans.find_orphans(min_age=timedelta(hours=1))
    assert [name for _storage, name in report.orphans] == [orphan]
