"""Editing consultations with their documents inline: uploads per language,
validation, filters, search and the French-completeness column."""

from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from consultations.models import Consultation, OutcomeDocument
from documents.models import DownloadCounter
from editorial.models import Status
from tests.factories import ConsultationFactory, OutcomeDocumentFactory
from tests.factories.factsheets import PDF_EN, PDF_RU

pytestmark = pytest.mark.django_db

ADD_URL = "/en/admin/consultations/consultation/add/"


def stored_files(media_root):
    return sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []


def consultation_form(**fields):
    data = {
        "title_en": "Regional consultation in Brussels",
        "title_fr": "Consultation régionale de Bruxelles",
        "slug_en": "regional-consultation-brussels-2015",
        "slug_fr": "consultation-regionale-bruxelles-2015",
        "kind": "regional-government",
        "region": "eastern-europe-central-asia",
        "summary_en": "States of the region met.",
        "summary_fr": "Les États de la région se sont réunis.",
        "body_en": "",
        "body_fr": "",
        "city_en": "Brussels",
        "city_fr": "Bruxelles",
        "country": "BE",
        "start_date": "2015-06-25",
        "end_date": "2015-06-26",
        "organisers_en": "ICMPD",
        "organisers_fr": "ICMPD",
        "funders_en": "European Commission",
        "funders_fr": "Commission européenne",
        "participants_en": "",
        "participants_fr": "",
        "paired_with": "",
        "status": "published",
        "publish_at_0": "",
        "publish_at_1": "",
        "documents-TOTAL_FORMS": "1",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
        "documents-0-kind": "report",
        "documents-0-order": "1",
        "documents-0-status": "published",
        "documents-0-title_en": "Report of the Brussels consultation",
        "documents-0-title_fr": "Rapport de la consultation de Bruxelles",
        "documents-0-slug_en": "brussels-2015-report",
        "documents-0-slug_fr": "bruxelles-2015-rapport",
        "documents-0-description_en": "",
        "documents-0-description_fr": "",
        "documents-0-file_en": SimpleUploadedFile("report.pdf", PDF_EN, "application/pdf"),
        "documents-0-file_ru": SimpleUploadedFile("доклад.pdf", PDF_RU, "application/pdf"),
    }
    data.update(fields)
    return data


def rejected(response):
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_add_consultation_with_a_document_in_english_and_russian(admin_client, client, media_root):
    response = admin_client.post(ADD_URL, consultation_form())

    assert response.status_code == 302, response.context["errors"] if response.context else ""
    consultation = Consultation.objects.get()
    assert consultation.city_fr == "Bruxelles"
    assert consultation.country.code == "BE"
    document = OutcomeDocument.objects.get()
    assert document.consultation == consultation
    assert document.available_languages() == ["en", "ru"]
    assert document.file_ru.name.startswith("consultations/outcomedocument/")
    download = client.get("/fr/consultations/documents/bruxelles-2015-rapport/ru/telecharger/")
    assert b"".join(download.streaming_content) == PDF_RU


def test_text_file_renamed_pdf_is_rejected_and_nothing_is_saved(admin_client, media_root):
    form = consultation_form(
        **{"documents-0-file_ru": SimpleUploadedFile("доклад.pdf", b"I am only text.\n")}
    )

    html = rejected(admin_client.post(ADD_URL, form))

    assert "This file is not a PDF, Word (DOCX), OpenDocument text (ODT) or Excel (XLSX)" in html
    assert not Consultation.objects.exists()
    assert not OutcomeDocument.objects.exists()
    assert stored_files(media_root) == []
    assert 'value="Consultation régionale de Bruxelles"' in html


def test_oversized_upload_is_rejected(admin_client, media_root, settings):
    settings.MICIC_MAX_UPLOAD_BYTES = 2048
    big = PDF_EN.replace(b"%%EOF", b"%" + b"x" * 4096 + b"\n%%EOF")

    html = rejected(
        admin_client.post(
            ADD_URL,
            consultation_form(**{"documents-0-file_en": SimpleUploadedFile("big.pdf", big)}),
        )
    )

    assert "Files can be at most 2.0\xa0KB." in html
    assert stored_files(media_root) == []


def test_document_without_any_file_is_rejected(admin_client):
    form = consultation_form()
    del form["documents-0-file_en"], form["documents-0-file_ru"]

    html = rejected(admin_client.post(ADD_URL, form))

    assert "Upload the document in at least one language." in html
    assert not Consultation.objects.exists()


def test_invalid_dates_and_reserved_address_are_shown_on_the_form(admin_client):
    form = consultation_form(slug_en="process", start_date="2015-06-26", end_date="2015-06-25")

    html = rejected(admin_client.post(ADD_URL, form))

    assert "This address is reserved for a page of the site." in html
    assert "The end date cannot be before the start date." in html


def test_civil_society_consultation_is_paired_in_the_admin(admin_client, client):
    government = ConsultationFactory(slug_en="manila-gov", title_en="Manila government")
    form = consultation_form(
        kind="civil-society",
        slug_en="manila-civil-society",
        slug_fr="manille-societe-civile",
        paired_with=str(government.pk),
        **{"documents-TOTAL_FORMS": "0"},
    )

    response = admin_client.post(ADD_URL, form)

    assert response.status_code == 302
    html = unescape(client.get("/en/consultations/manila-gov/").content.decode())
    assert 'href="/en/consultations/manila-civil-society/"' in html


def test_change_page_has_tabs_uploads_per_language_and_counts(admin_client):
    document = OutcomeDocumentFactory()
    DownloadCounter.objects.record(document, "fr", "download")

    response = admin_client.get(
        f"/en/admin/consultations/consultation/{document.consultation.pk}/change/"
    )

    html = unescape(response.content.decode())
    assert response.status_code == 200
    for code in ("en", "fr", "es", "ru"):
        assert f'name="documents-0-file_{code}"' in html
    assert "File in Russian" in html
    assert "Français: 1 download, 0 previews" in html
    assert 'name="title_fr"' in html and "mt-field-title-fr" in html  # EN/FR tabs
    assert "/media/" not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind__exact=civil-society", {"Beirut civil society"}),
        ("region__exact=asia", {"Manila government"}),
        ("status__exact=draft", {"Draft meeting"}),
        ("missing_file=ru", {"Manila government"}),
        ("missing_file=xx", {"Manila government", "Beirut civil society", "Draft meeting"}),
        ("q=Beyrouth", {"Beirut civil society"}),
        ("q=Manila", {"Manila government"}),
    ],
)
def test_consultation_list_filters_and_search_both_languages(admin_client, query, expected):
    OutcomeDocumentFactory(
        consultation=ConsultationFactory(title_en="Manila government", city_en="Manila")
    )
    ConsultationFactory(
        title_en="Beirut civil society",
        title_fr="Société civile à Beyrouth",
        kind="civil-society",
        region="north-africa-middle-east",
        city_en="Beirut",
        city_fr="Beyrouth",
    )
    ConsultationFactory(
        title_en="Draft meeting", status=Status.DRAFT, region="global", city_en="Geneva"
    )

    html = admin_client.get(f"/en/admin/consultations/consultation/?{query}").content.decode()

    titles = {"Manila government", "Beirut civil society", "Draft meeting"}
    assert {title for title in titles if f">{title}</a>" in html} == expected


def test_list_shows_french_completeness_and_document_files(admin_client):
    OutcomeDocumentFactory(consultation=ConsultationFactory(title_en="Complete"))
    ConsultationFactory(title_en="English only", title_fr="", summary_fr="")

    html = admin_client.get("/en/admin/consultations/consultation/").content.decode()

    assert "French complete" in html
    assert 'alt="True"' in html and 'alt="False"' in html
    assert "EN 1/1 · FR 1/1" in html


def test_document_admin_lists_languages_and_filters_missing_files(admin_client):
    OutcomeDocumentFactory(title_en="Bilingual report")
    OutcomeDocumentFactory(title_en="English report", file_fr=None)

    html = admin_client.get(
        "/en/admin/consultations/outcomedocument/?missing_file=fr"
    ).content.decode()

    assert ">English report</a>" in html
    assert ">Bilingual report</a>" not in html
    listing = admin_client.get("/en/admin/consultations/outcomedocument/").content.decode()
    assert "EN, FR" in listing


def test_admin_is_staff_only(client):
    response = client.get("/en/admin/consultations/consultation/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
