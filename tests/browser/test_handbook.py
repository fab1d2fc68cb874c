"""Documents for the field in a real Chromium: the documents page and the kit
builder (its form, and a kit's 400 page) pass axe in both languages."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.a11y import assert_no_axe_violations
from tests.factories import GuidelineFactory

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("name", "query"),
    [("handbook:documents", ""), ("handbook:kit", ""), ("handbook:kit", "?role=nobody")],
)
def test_field_document_pages_have_no_accessibility_violations(site, page, lang, name, query):
    GuidelineFactory(number=1)
    with translation.override(lang):
        path = reverse(name)
    page.goto(f"{site.url}{path}{query}")

    assert page.locator("html").get_attribute("lang") == lang
    assert_no_axe_violations(page)
