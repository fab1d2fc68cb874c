"""Consultations in a real Chromium: from the timeline to a downloaded document,
filters without JavaScript, and accessibility of every page type."""

import datetime
import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from consultations.models import Consultation, Region
from tests.browser.a11y import axe_tour
from tests.factories import ConsultationFactory, GuidelineFactory, OutcomeDocumentFactory
from tests.support.pdf import pdf_bytes

pytestmark = pytest.mark.browser

SLUGS = {
    "en": "regional-consultation-brussels-2015",
    "fr": "consultation-regionale-bruxelles-2015",
}
REPORT_RU = pdf_bytes("Доклад о региональной консультации в Брюсселе", "ru")
REPORT_EN = pdf_bytes("Report of the Brussels consultation", "en")


@pytest.fixture
def brussels(site):
    guideline = GuidelineFactory(number=7)
    consultation = ConsultationFactory(
        title_en="Regional consultation in Brussels",
        title_fr="Consultation régionale de Bruxelles",
        slug_en=SLUGS["en"],
        slug_fr=SLUGS["fr"],
        region=Region.EASTERN_EUROPE_CENTRAL_ASIA,
        city_en="Brussels",
        city_fr="Bruxelles",
        country="BE",
        start_date=datetime.date(2015, 6, 25),
        end_date=datetime.date(2015, 6, 26),
        guidelines=[guideline],
    )
    ConsultationFactory(
        kind=Consultation.Kind.CIVIL_SOCIETY,
        title_en="Civil society consultation in Brussels",
        title_fr="Consultation de la société civile à Bruxelles",
        start_date=datetime.date(2015, 6, 24),
        end_date=None,
        paired_with=consultation,
    )
    ConsultationFactory(
        kind=Consultation.Kind.STAKEHOLDER,
        region=Region.GLOBAL,
        title_en="Consultation with international organisations",
        start_date=None,
        end_date=None,
        city_en="",
        city_fr="",
        country="",
    )
    OutcomeDocumentFactory(
        consultation=consultation,
        slug="brussels-2015-report",
        title_en="Report of the Brussels consultation",
        title_fr="Rapport de la consultation de Bruxelles",
        file_en=ContentFile(REPORT_EN, name="report-en.pdf"),
        file_fr=None,
        file_ru=ContentFile(REPORT_RU, name="report-ru.pdf"),
    )
    return consultation


def test_visitor_opens_a_consultation_and_downloads_its_russian_report(site, page, brussels):
    page.goto(f"{site.url}/en/consultations/")
    # The timeline entry's heading (the civil society meeting links to it too).
    page.get_by_role("heading", name="Regional consultation in Brussels").get_by_role(
        "link"
    ).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Regional consultation in Brussels")
    document = page.locator("#document-brussels-2015-report")
    russian = document.locator(".file-version", has_text="Русский")
    expect(russian).to_contain_text("Русский — PDF")
    expect(russian.locator('[lang="ru"]').first).to_have_text("Русский")

    with page.expect_download() as download_info:
        document.get_by_role("link", name=re.compile(r"^Download .*\(Русский, PDF")).click()

    download = download_info.value
    assert download.suggested_filename == "brussels-2015-report-ru.pdf"
    content = Path(download.path()).read_bytes()
    assert content == REPORT_RU
    assert content.startswith(b"%PDF-") and b"/Lang (ru)" in content


def test_french_visitor_is_told_which_languages_exist(site, page, brussels):
    page.goto(f"{site.url}/fr/consultations/{SLUGS['fr']}/")

    document = page.locator("#document-brussels-2015-report")
    expect(document).to_contain_text("Disponible en anglais et en russe")
    expect(document.locator(".file-version")).to_have_count(2)
    expect(document.locator(".file-version").first).to_contain_text("English — PDF")
    expect(
        page.get_by_role("link", name="Consultation de la société civile à Bruxelles")
    ).to_be_visible()


def test_filters_work_without_javascript(site, browser, brussels):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.url}/en/consultations/")

    page.get_by_label("Region", exact=True).select_option("global")
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"region=global"))
    expect(page.locator(".consultation-item")).to_have_count(1)
    expect(page.locator(".consultation-item")).to_contain_text("international organisations")
    context.close()


def test_consultation_pages_have_no_accessibility_violations(site, page, lang, brussels):
    with axe_tour(page) as check:
        for path in ["consultations/", f"consultations/{SLUGS[lang]}/", "consultations/process/"]:
            page.goto(f"{site.url}/{lang}/{path}")
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            check()
