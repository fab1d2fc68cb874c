"""Documents for the field in a real Chromium: the documents page and the kit
builder (its form, and a kit's 400 page) pass axe in both languages."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.a11y import axe_tour
from tests.factories import GuidelineFactory

pytestmark = pytest.mark.browser


def test_field_document_pages_have_no_accessibility_violations(site, page, lang):
    GuidelineFactory(number=1)
    with axe_tour(page) as check:
        pages = [("handbook:documents", ""), ("handbook:kit", ""), ("handbook:kit", "?role=nobody")]
        for name, query in pages:
            with translation.override(lang):
                page.goto(f"{site.url}{reverse(name)}{query}")
            assert page.locator("html").get_attribute("lang") == lang
            check()
