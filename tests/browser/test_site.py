"""The site in a real Chromium: language switching and accessibility (axe-core)."""

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import assert_no_axe_violations

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


@pytest.mark.parametrize("path", ["", "about/", "no-such-page/"])
def test_pages_have_no_accessibility_violations(site, page, lang, path):
    page.goto(f"{site.url}/{lang}/{path}")

    assert_no_axe_violations(page)
