"""The site in a real Chromium: language switching and accessibility (axe-core)."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from consultations.models import Consultation
from tests.browser.a11y import axe_tour
from tests.factories import ConsultationFactory, OutcomeDocumentFactory
from tests.pages.test_detail_layout import ASIDE_NAME

pytestmark = pytest.mark.browser


def test_switch_home_page_to_french(site, page):
    page.goto(f"{site.url}/en/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Protecting migrants when crisis strikes"
    )

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()

    expect(page).to_have_url(f"{site.url}/fr/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Protéger les migrants quand la crise frappe"
    )


def test_skip_link_is_first_and_reaches_main(site, page):
    page.goto(f"{site.url}/en/about/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site.url}/en/about/#main")


def test_pages_have_no_accessibility_violations(site, page, lang):
    paired = ConsultationFactory()
    OutcomeDocumentFactory(
        consultation=ConsultationFactory(kind=Consultation.Kind.CIVIL_SOCIETY, paired_with=paired)
    )
    with axe_tour(page) as check:
        for path in ["", "about/", "no-such-page/"]:
            page.goto(f"{site.url}/{lang}/{path}")
            check()
        # The trust pages and the civil-society page, with their side column.
        for name in ["pages:accessibility", "pages:privacy", "consultations:civil_society"]:
            with translation.override(lang):
                page.goto(f"{site.url}{reverse(name)}")
            expect(page.get_by_role("complementary", name=ASIDE_NAME[lang])).to_be_visible()
            check()


def test_side_column_falls_below_the_text_on_a_phone(site, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site.url}{reverse('pages:privacy')}")

    text = page.locator(".detail-main").bounding_box()
    aside = page.locator(".detail-aside").bounding_box()
    assert aside["y"] >= text["y"] + text["height"]

    page.set_viewport_size({"width": 1280, "height": 900})
    text = page.locator(".detail-main").bounding_box()
    aside = page.locator(".detail-aside").bounding_box()
    assert aside["x"] >= text["x"] + text["width"]  # beside the text on a desktop
