"""Guidelines in Action, the toolkit, the trainings and a guideline's "Put it
into practice" section in a real Chromium: no axe-core violation, and the
toolkit's filters work without JavaScript."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.a11y import axe_tour
from tests.factories import (
    GuidelineFactory,
    GuidelinesInActionFactory,
    ToolkitItemFactory,
    TrainingFactory,
)
from toolkit.models import Audience

pytestmark = pytest.mark.browser

PATHS = {
    "en": ["guidelines-in-action/", "toolkit/", "toolkit/?audience=home&guideline=5", "trainings/"],
    "fr": [
        "lignes-directrices-en-action/",
        "boite-a-outils/",
        "boite-a-outils/?audience=home&guideline=5",
        "formations/",
    ],
}


@pytest.fixture
def content(site):
    guideline = GuidelineFactory(number=5)
    GuidelinesInActionFactory(guideline=guideline, sample_files=True)
    manual = ToolkitItemFactory(audience=Audience.HOME, guidelines=[guideline], is_example=True)
    ToolkitItemFactory(audience=Audience.HOST, guidelines=[guideline], title_fr="")
    TrainingFactory(manual=manual, guidelines=[guideline])
    TrainingFactory(duration_en="", duration_fr="", languages="", guidelines=[guideline])
    return guideline


def test_toolkit_pages_have_no_accessibility_violations(site, content, page, lang):
    with axe_tour(page) as check:
        for path in PATHS[lang]:
            page.goto(f"{site.url}/{lang}/{path}")
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            check()
        # A guideline page with its "Put it into practice" section.
        with translation.override(lang):
            page.goto(f"{site.url}{content.get_absolute_url()}")
        name = {"en": "Put it into practice", "fr": "Mettre en pratique"}[lang]
        expect(page.get_by_role("heading", level=2, name=name)).to_be_visible()
        check()


def test_toolkit_filter_form_works_without_javascript(site, content, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.url}/en/toolkit/")
    page.get_by_label("For").select_option("host")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(f"{site.url}/en/toolkit/?audience=host&guideline=&language=")
    expect(page.locator(".result-count")).to_have_text("1 item")
    context.close()
