"""Bulk import of repository practices in the admin (django-import-export):
a dry run reporting each row, then a confirmed, all-or-nothing import of drafts."""

import io
import re
from html import unescape

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from editorial.models import Status
from practices.models import RepositoryPractice
from practices.resources import IMPORT_COLUMNS, SAMPLE_FILE, RepositoryPracticeImportResource
from search.models import SearchEntry
from tests.factories import RepositoryPracticeFactory

CSV, XLSX = "0", "1"  # the form's format choices, in PracticeImportForm's order
HEADER = ",".join(IMPORT_COLUMNS)


def csv_file(*rows, header=HEADER, name="practices.csv"):
    text = "\n".join([header, *rows]) + "\n"
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def row(**values):
    """A CSV line with these columns filled (no commas in the values)."""
    return ",".join(values.get(column, "") for column in IMPORT_COLUMNS)


def url(name, lang="en"):
    with translation.override(lang):
        return reverse(f"admin:practices_repositorypractice_{name}")


def dry_run(client, upload, file_format=CSV, lang="en"):
    return client.post(url("import", lang), {"import_file": upload, "format": file_format})


def confirm(client, response, lang="en"):
    form = response.context["confirm_form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    return client.post(url("process_import", lang), data)


def report(response):
    """(row, column, message) of every error in the dry run's table."""
    html = unescape(response.content.decode())
    cells = re.findall(
        r"<tr><td>(\d+)</td><td>(?:<code>([^<]+)</code>|—)</td><td>([^<]+)</td></tr>", html
    )
    return [(int(number), column, message) for number, column, message in cells]


GOOD = row(
    title_en="Hotline for stranded workers",
    title_fr="Ligne d’assistance pour les travailleurs bloqués",
    description_en="A consular hotline.",
    description_fr="Une ligne consulaire.",
    countries="SN; Philippines; Liban",
    guidelines="9; 12",
    crisis_types="conflict",
    practice_type="Hotline or help desk",
)


def test_dry_run_reports_each_error_with_its_row_and_column(editor_client, taxonomy):
    response = dry_run(
        editor_client,
        csv_file(
            GOOD,
            row(title_en="Unknown places", description_en="x", countries="Atlantis"),
            row(title_en="Unknown guideline", description_en="x", guidelines="16"),
            row(title_fr="Sans titre anglais", description_en="x"),
            row(title_en="T" * 251, description_en="x"),
        ),
    )

    assert response.status_code == 200
    errors = report(response)
    assert (2, "countries", next(m for r, c, m in errors if c == "countries")) in errors
    assert "Atlantis" in next(m for r, c, m in errors if c == "countries")
    assert any(r == 3 and c == "guidelines" and "16" in m for r, c, m in errors)
    assert any(r == 4 and c == "title_en" and "required" in m for r, c, m in errors)
    assert any(r == 5 and c == "title_en" and "250" in m for r, c, m in errors)
    assert not [e for e in errors if e[0] == 1]
    assert "confirm_form" not in response.context
    assert not RepositoryPractice.objects.exists()


def test_sample_file_dry_run_shows_what_will_be_created_and_saves_nothing(editor_client, taxonomy):
    upload = SimpleUploadedFile("sample.csv", SAMPLE_FILE.read_bytes())

    response = dry_run(editor_client, upload)

    assert report(response) == []
    rows = list(response.context["result"].valid_rows())
    assert [r.import_type for r in rows] == ["new", "new"]
    assert rows[0].preview["countries"] == "PH, TH"
    assert rows[1].preview["countries"] == "SN"
    assert not RepositoryPractice.objects.exists()
    assert "Confirm the import" in response.content.decode()


def test_confirm_creates_drafts_in_both_languages_indexed_for_search(
    index_at_once, editor_client, taxonomy
):
    response = dry_run(editor_client, csv_file(GOOD))

    confirmed = confirm(editor_client, response)

    assert confirmed.status_code == 302
    practice = RepositoryPractice.objects.get()
    assert practice.status == Status.DRAFT
    assert practice.title_en == "Hotline for stranded workers"
    assert practice.title_fr == "Ligne d’assistance pour les travailleurs bloqués"
    assert practice.slug_en == "hotline-for-stranded-workers"
    assert practice.slug_fr.startswith("ligne-dassistance")
    assert sorted(c.code for c in practice.country_list) == ["LB", "PH", "SN"]
    assert sorted(g.number for g in practice.guidelines.all()) == [9, 12]
    assert practice.crisis_types == ["conflict"]
    assert practice.practice_type == "hotline"
    entry = SearchEntry.objects.get(kind="practice", object_id=practice.pk, language="en")
    assert "Senegal" in entry.label and not entry.is_published


def test_a_row_with_an_id_updates_that_practice_and_keeps_its_status(editor_client, taxonomy):
    practice = RepositoryPracticeFactory(countries=["KE"])
    upload = csv_file(f"{practice.pk},New title,New text.", header="id,title_en,description_en")

    confirm(editor_client, dry_run(editor_client, upload))

    practice.refresh_from_db()
    assert practice.title_en == "New title"
    assert practice.status == Status.PUBLISHED
    assert [c.code for c in practice.country_list] == ["KE"]  # no countries column


def test_an_unknown_id_is_an_error(editor_client, taxonomy):
    response = dry_run(editor_client, csv_file(row(id="9999", title_en="x", description_en="y")))

    assert report(response) == [(1, "id", "No practice has the id 9999.")]


def test_xlsx_file_imports_like_csv(editor_client, taxonomy):
    response = editor_client.get(
        reverse("admin:practices_repositorypractice_import_sample", args=["xlsx"])
    )
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert [cell.value for cell in workbook.active[1]] == list(IMPORT_COLUMNS)
    upload = SimpleUploadedFile("sample.xlsx", response.content)

    confirm(editor_client, dry_run(editor_client, upload, XLSX))

    assert RepositoryPractice.objects.filter(status=Status.DRAFT).count() == 2


def test_wrong_file_type_is_refused_with_a_clear_message(editor_client, taxonomy):
    upload = SimpleUploadedFile("report.pdf", b"%PDF-1.7\n\x00\x01binary")

    response = dry_run(editor_client, upload)

    assert "This is not a CSV or Excel (.xlsx) file" in unescape(response.content.decode())
    assert "result" not in response.context


def test_format_must_match_the_file(editor_client, taxonomy):
    response = dry_run(editor_client, csv_file(GOOD), XLSX)

    assert "The file is a .csv file: choose that format." in response.content.decode()


def test_an_error_during_confirm_rolls_back_the_whole_import(editor_client, taxonomy, monkeypatch):
    response = dry_run(editor_client, csv_file(GOOD, GOOD.replace("Hotline for", "Second for")))
    calls = []
    original = RepositoryPracticeImportResource.after_save_instance

    def fail_on_second_row(self, instance, row, **kwargs):
        calls.append(instance.pk)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, instance, row, **kwargs)

    monkeypatch.setattr(RepositoryPracticeImportResource, "after_save_instance", fail_on_second_row)

    confirmed = confirm(editor_client, response)

    assert len(calls) == 2
    assert not RepositoryPractice.objects.exists()
    assert confirmed["Location"] == url("import")
    page = editor_client.get(confirmed["Location"]).content.decode()
    assert "The import failed and nothing was saved. Row 2: disk full" in page


@pytest.mark.parametrize(
    ("lang", "heading", "sample"),
    [
        ("en", "Download a sample file:", "Check the file"),
        ("fr", "Télécharger un fichier d’exemple", "Vérifier le fichier"),
    ],
)
def test_import_page_in_each_language(editor_client, taxonomy, lang, heading, sample):
    response = editor_client.get(url("import", lang))

    html = response.content.decode()
    assert response.status_code == 200
    assert heading in html and sample in html
    assert "<script>" not in html and "style=" not in html


def test_import_button_and_sample_for_editors_and_publishers(client, editor, publisher, taxonomy):
    for user in (editor, publisher):
        client.force_login(user)
        listing = client.get(url("changelist"))
        assert url("import") in listing.content.decode()
        sample = client.get(
            reverse("admin:practices_repositorypractice_import_sample", args=["csv"])
        )
        assert sample.status_code == 200
        assert sample["Content-Disposition"].endswith('.csv"')


def test_staff_without_add_permission_cannot_import(client, django_user_model, taxonomy):
    viewer = django_user_model.objects.create_user("viewer", password="pw-12345-x", is_staff=True)
    client.force_login(viewer)

    assert client.get(url("import")).status_code == 403
