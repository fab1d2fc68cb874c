"""Sharing metadata and the practices import in a real Chromium, under the strict CSP."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from demo.loader import Loader
from practices.resources import SAMPLE_FILE
from tests.browser.a11y import assert_no_axe_violations
from tests.browser.test_editorial import csp_errors, editor, log_in  # noqa: F401
from tests.factories import RepositoryPracticeFactory

pytestmark = pytest.mark.browser


def test_practice_page_with_json_ld_is_axe_clean_and_within_the_csp(site, page, csp_errors):  # noqa: F811
    practice = RepositoryPracticeFactory(
        title_fr="Plans & lignes <pour> migrants", countries=["SN"]
    )

    with translation.override("fr"):
        page.goto(f"{site.url}{practice.get_absolute_url()}")

    data = page.locator('script[type="application/ld+json"]').text_content()
    assert '"@type":"CreativeWork"' in data and '"inLanguage":"fr"' in data
    assert page.evaluate("(text) => JSON.parse(text)['@graph'][0].name", data) == (
        "Plans & lignes <pour> migrants"
    )
    assert_no_axe_violations(page)
    assert csp_errors == []


def test_editor_imports_the_sample_file_under_the_csp(site, page, editor, csp_errors):  # noqa: F811
    Loader().framework()
    log_in(page, site)

    page.goto(f"{site.url}/en/admin/practices/repositorypractice/")
    page.get_by_role("link", name="Import").click()
    page.get_by_label("File to import").set_input_files(str(SAMPLE_FILE))
    expect(page.get_by_label("Format")).to_have_value(
        "0"
    )  # guessed from the name by the library's script
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_role("heading", name="What the import will do")).to_be_visible()
    page.get_by_role("button", name="Confirm the import").click()

    expect(page.get_by_text("Import finished: 2 new practices (drafts)")).to_be_visible()
    assert csp_errors == []
