"""Editing factsheets with their tools inline, upload validation and editors' overviews."""

from datetime import date
from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from documents.models import DownloadCounter
from editorial.models import Status
from factsheets.models import Factsheet, Tool
from tests.factories import FactsheetFactory, ToolFactory
from tests.factories.factsheets import PDF_EN, PDF_ES, PDF_FR, PDF_RU

pytestmark = pytest.mark.django_db

ADD_URL = "/en/admin/factsheets/factsheet/add/"


def stored_files(media_root):
    return sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []


def factsheet_form(**fields):
    data = {
        "title_en": "Strengthening coordination",
        "title_fr": "Renforcer la coordination",
        "slug_en": "strengthening-coordination",
        "slug_fr": "renforcer-la-coordination",
        "kind": "factsheet",
        "published_on": "2022-03-02",
        "summary_en": "",
        "summary_fr": "",
        "body_en": "",
        "body_fr": "",
        "status": "published",
        "publish_at_0": "",
        "publish_at_1": "",
        "tools-TOTAL_FORMS": "1",
        "tools-INITIAL_FORMS": "0",
        "tools-MIN_NUM_FORMS": "0",
        "tools-MAX_NUM_FORMS": "1000",
        "tools-0-title_en": "Step-by-step guide",
        "tools-0-title_fr": "Guide pas à pas",
        "tools-0-slug_en": "strengthening-coordination",
        "tools-0-slug_fr": "renforcer-la-coordination",
        "tools-0-description_en": "",
        "tools-0-description_fr": "",
        "tools-0-order": "1",
        "tools-0-status": "published",
        "tools-0-file_en": SimpleUploadedFile("guide.pdf", PDF_EN, "application/pdf"),
        "tools-0-file_fr": SimpleUploadedFile("guide-fr.pdf", PDF_FR, "application/pdf"),
    }
    data.update(fields)
    return data


def test_add_factsheet_with_tool_in_both_languages(admin_client, media_root):
    response = admin_client.post(ADD_URL, factsheet_form())

    assert response.status_code == 302, response.context["errors"] if response.context else ""
    tool = Tool.objects.get()
    assert tool.factsheet == Factsheet.objects.get()
    assert tool.available_languages() == ["en", "fr"]
    assert tool.file_fr.read() == PDF_FR
    assert tool.file_fr.name.startswith("factsheets/tool/")
    assert tool.file_fr.name.endswith("/guide-fr.pdf")


def test_upload_name_with_parent_directories_is_stored_safely(admin_client, media_root):
    form = factsheet_form(
        **{
            "tools-0-file_en": SimpleUploadedFile("../../../escape.PDF", PDF_EN),
            "tools-0-file_fr": SimpleUploadedFile("..\\..\\Fiche d'été.pdf", PDF_FR),
        }
    )

    response = admin_client.post(ADD_URL, form)

    assert response.status_code == 302
    tool = Tool.objects.get()
    for field_file in (tool.file_en, tool.file_fr):
        assert ".." not in field_file.name
        assert field_file.path.startswith(str(media_root))
    assert tool.file_en.name.endswith("/escape.pdf")
    assert tool.file_fr.name.endswith("/fiche-dete.pdf")


def rejected(response):
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_text_file_renamed_pdf_is_rejected_and_nothing_is_saved(admin_client, media_root):
    form = factsheet_form(
        **{"tools-0-file_fr": SimpleUploadedFile("guide-fr.pdf", b"I am only text.\n")}
    )

    html = rejected(admin_client.post(ADD_URL, form))

    assert "This file is not a PDF, Word (DOCX), OpenDocument text (ODT) or Excel (XLSX)" in html
    assert not Factsheet.objects.exists()
    assert not Tool.objects.exists()
    assert stored_files(media_root) == []
    # The editor's typed values are kept.
    assert 'value="Renforcer la coordination"' in html


def test_oversized_upload_is_rejected_with_the_limit(admin_client, media_root, settings):
    settings.MICIC_MAX_UPLOAD_BYTES = 2048
    big = PDF_EN.replace(b"%%EOF", b"%" + b"x" * 4096 + b"\n%%EOF")

    html = rejected(
        admin_client.post(
            ADD_URL, factsheet_form(**{"tools-0-file_en": SimpleUploadedFile("big.pdf", big)})
        )
    )

    assert "Files can be at most 2.0\xa0KB." in html
    assert not Tool.objects.exists()
    assert stored_files(media_root) == []


def test_tool_without_any_file_is_rejected(admin_client):
    form = factsheet_form()
    del form["tools-0-file_en"], form["tools-0-file_fr"]

    html = rejected(admin_client.post(ADD_URL, form))

    assert "Upload the tool sheet in at least one language." in html
    assert not Factsheet.objects.exists()


def test_rejected_replacement_keeps_the_old_file_and_other_changes_unsaved(
    admin_client, media_root
):
    tool = ToolFactory(slug="guide")
    factsheet = tool.factsheet
    old_name = tool.file_fr.name
    url = f"/en/admin/factsheets/factsheet/{factsheet.pk}/change/"
    form = factsheet_form(
        title_en="Changed title",
        slug_en=factsheet.slug_en,
        slug_fr=factsheet.slug_fr,
        **{
            "tools-INITIAL_FORMS": "1",
            "tools-0-id": str(tool.pk),
            "tools-0-factsheet": str(factsheet.pk),
            "tools-0-slug_en": "guide",
            "tools-0-slug_fr": "guide",
            "tools-0-file_en": "",
            "tools-0-file_fr": SimpleUploadedFile("new.pdf", b"not a pdf"),
        },
    )

    rejected(admin_client.post(url, form))

    factsheet.refresh_from_db()
    tool.refresh_from_db()
    assert factsheet.title_en != "Changed title"
    assert tool.file_fr.name == old_name


def test_replacing_a_file_in_the_admin_keeps_the_download_address(admin_client, client, media_root):
    tool = ToolFactory(slug="guide")
    factsheet = tool.factsheet
    new_pdf = PDF_FR.replace(b"Fiche outil", b"Fiche neuve")
    form = factsheet_form(
        slug_en=factsheet.slug_en,
        slug_fr=factsheet.slug_fr,
        **{
            "tools-INITIAL_FORMS": "1",
            "tools-0-id": str(tool.pk),
            "tools-0-factsheet": str(factsheet.pk),
            "tools-0-slug_en": "guide",
            "tools-0-slug_fr": "guide",
            "tools-0-file_en": "",
            "tools-0-file_fr": SimpleUploadedFile("version 2.pdf", new_pdf),
        },
    )

    response = admin_client.post(f"/en/admin/factsheets/factsheet/{factsheet.pk}/change/", form)

    assert response.status_code == 302
    download = client.get("/fr/outils/guide/fr/telecharger/")
    assert b"".join(download.streaming_content) == new_pdf
    assert download["Content-Disposition"] == 'attachment; filename="guide-fr.pdf"'


def test_change_page_shows_file_names_without_storage_links(admin_client):
    tool = ToolFactory()
    DownloadCounter.objects.record(tool, "fr", "download")

    response = admin_client.get(f"/en/admin/factsheets/factsheet/{tool.factsheet.pk}/change/")

    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "/media/" not in html
    assert "tool-fr.pdf</strong>" in html
    assert "Français: 1 download, 0 previews" in html
    assert 'name="tools-0-file_fr"' in html
    assert 'accept=".pdf,.docx,.odt,.xlsx,' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind__exact=infosheet", {"Infosheet 2021"}),
        ("year=2023", {"Factsheet 2023"}),
        ("status__exact=draft", {"Draft 2022"}),
        ("missing_file=fr", {"Infosheet 2021"}),
        ("missing_file=xx", {"Infosheet 2021", "Factsheet 2023", "Draft 2022"}),
    ],
)
def test_factsheet_list_filters(admin_client, query, expected):
    ToolFactory(
        factsheet=FactsheetFactory(
            title_en="Infosheet 2021", kind="infosheet", published_on=date(2021, 1, 1)
        ),
        file_fr=None,
    )
    ToolFactory(
        factsheet=FactsheetFactory(title_en="Factsheet 2023", published_on=date(2023, 1, 1))
    )
    FactsheetFactory(title_en="Draft 2022", status=Status.DRAFT, published_on=date(2022, 1, 1))

    response = admin_client.get(f"/en/admin/factsheets/factsheet/?{query}")

    html = response.content.decode()
    titles = {"Infosheet 2021", "Factsheet 2023", "Draft 2022"}
    assert {title for title in titles if f">{title}</a>" in html} == expected


def test_tool_list_shows_languages_and_download_counts(admin_client):
    tool = ToolFactory(title_en="Guide", file_fr=None)
    DownloadCounter.objects.record(tool, "en", "download")
    DownloadCounter.objects.record(tool, "en", "preview")

    html = admin_client.get("/en/admin/factsheets/tool/").content.decode()

    assert "EN 1 (1)" in html
    assert admin_client.get("/en/admin/factsheets/tool/?missing_file=fr").status_code == 200
    assert (
        ">Guide</a>"
        in admin_client.get("/en/admin/factsheets/tool/?missing_file=fr").content.decode()
    )
    assert (
        ">Guide</a>"
        not in admin_client.get("/en/admin/factsheets/tool/?missing_file=en").content.decode()
    )


def test_address_used_by_another_sheet_is_refused_on_the_form(admin_client):
    FactsheetFactory(slug_en="strengthening-coordination-old", slug_fr="renforcer-la-coordination")

    html = rejected(admin_client.post(ADD_URL, factsheet_form()))

    assert "Another factsheet already uses this address." in html
    assert Factsheet.objects.count() == 1


def test_tool_inline_takes_a_file_in_every_document_language(admin_client, client, media_root):
    form = factsheet_form(
        **{
            "tools-0-file_fr": "",
            "tools-0-file_ru": SimpleUploadedFile("руководство.pdf", PDF_RU),
            "tools-0-file_es": SimpleUploadedFile("guía.pdf", PDF_ES),
        }
    )

    response = admin_client.post(ADD_URL, form)

    assert response.status_code == 302
    tool = Tool.objects.get()
    assert tool.available_languages() == ["en", "es", "ru"]
    # Stored names are ASCII; visitors get "<slug>-ru.pdf" whatever it is.
    assert tool.file_ru.name.endswith("/document.pdf")
    assert tool.file_es.name.endswith("/guia.pdf")
    download = client.get(f"/en/tools/{tool.slug}/ru/download/")
    assert b"".join(download.streaming_content) == PDF_RU


def test_russian_upload_is_validated_like_any_other(admin_client, media_root):
    form = factsheet_form(**{"tools-0-file_ru": SimpleUploadedFile("notes.pdf", b"plain text")})

    html = rejected(admin_client.post(ADD_URL, form))

    assert "This file is not a PDF" in html
    assert not Tool.objects.exists()
    assert stored_files(media_root) == []


def test_change_page_has_an_upload_per_document_language(admin_client):
    tool = ToolFactory()

    html = unescape(
        admin_client.get(
            f"/en/admin/factsheets/factsheet/{tool.factsheet.pk}/change/"
        ).content.decode()
    )

    for code, label in (("en", "English"), ("fr", "French"), ("es", "Spanish"), ("ru", "Russian")):
        assert f'name="tools-0-file_{code}"' in html
        assert f"File in {label}" in html


def test_missing_file_filter_offers_every_document_language(admin_client):
    ToolFactory(title_en="Has Russian", file_ru=ContentFile(PDF_RU, name="ru.pdf"))
    ToolFactory(title_en="No Russian")

    html = admin_client.get("/en/admin/factsheets/tool/?missing_file=ru").content.decode()

    assert ">No Russian</a>" in html
    assert ">Has Russian</a>" not in html
    assert "?missing_file=es" in html
    # (A /fr/ request leaves French active in this thread: restore English after.)
    with translation.override("en"):
        french = admin_client.get("/fr/admin/factsheets/tool/").content.decode()
    assert ">Russe</a>" in french
