"""The Guidelines in a real Chromium: a reader's journey, and axe-core on every page type."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils.text import slugify
from playwright.sync_api import expect

from demo.loader import Loader
from tests.browser.a11y import axe_tour
from tests.support.demo import GUIDELINES, guidelines_with_practices_for

User = get_user_model()

TITLES = {g["number"]: g["title"] for g in GUIDELINES}
G10 = TITLES[10]
G10_PRACTICES = next(g["practice"] for g in GUIDELINES if g["number"] == 10)

pytestmark = pytest.mark.browser


def test_reader_finds_guideline_10_filters_by_stakeholder_and_switches_to_french(demo_site, page):
    page.goto(f"{demo_site.url}/en/")

    page.get_by_role("link", name=f"10. {G10['en']}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(G10["en"])
    expect(page).to_have_url(f"{demo_site.url}/en/guidelines/10/{slugify(G10['en'])}/")

    page.get_by_role("navigation", name="Breadcrumb").get_by_role(
        "link", name="Principles and Guidelines"
    ).click()
    page.get_by_label("Show the guidelines with practices for").select_option(label="Employers")
    page.get_by_role("button", name="Show").click()

    expect(page).to_have_url(f"{demo_site.url}/en/guidelines/?stakeholder=employers#guidelines")
    employers = guidelines_with_practices_for("employers")
    assert 10 in employers and 2 not in employers
    expect(page.get_by_role("status")).to_have_text(
        f"{len(employers)} guidelines have practices for Employers."
    )
    guideline_10 = page.get_by_role("link", name=f"Guideline 10 {G10['en']}")
    expect(guideline_10).to_be_visible()
    expect(page.get_by_role("link", name="Guideline 2 Collect and share")).to_have_count(0)

    guideline_10.click()
    expect(page).to_have_url(
        f"{demo_site.url}/en/guidelines/10/{slugify(G10['en'])}/#stakeholder-employers"
    )
    expect(page.get_by_role("heading", name="Employers", level=3)).to_be_in_viewport()

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    expect(page).to_have_url(f"{demo_site.url}/fr/lignes-directrices/10/{slugify(G10['fr'])}/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(G10["fr"])


def test_link_to_a_practice_highlights_it(demo_site, page):
    page.goto(f"{demo_site.url}/en/guidelines/9/{slugify(TITLES[9]['en'])}/")

    name = re.compile(r"Link to this practice\W+Keep workers informed")
    link = page.get_by_role("link", name=name)
    anchor = link.get_attribute("href").split("#")[1]
    link.click()

    expect(page).to_have_url(
        f"{demo_site.url}/en/guidelines/9/{slugify(TITLES[9]['en'])}/#{anchor}"
    )
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()


# Number-only and wrong-slug URLs redirect to each page's canonical URL.
GUIDELINE_PAGES = [
    "",
    "guidelines/",
    "guidelines/?stakeholder=private-sector",
    "guidelines/?stakeholder=nobody",
    "guidelines/principles/1/",
    "guidelines/9/",
    "guidelines/9/x/print/",
    "guidelines/9/x/print/without-practices/",
]


def test_guideline_pages_have_no_accessibility_violations(demo_site, page, lang):
    with axe_tour(page) as check:
        for path in GUIDELINE_PAGES:
            page.goto(f"{demo_site.url}/{lang}/{path}")
            expect(page.locator("h1")).to_be_visible()
            check()


def test_editor_edits_practices_inline_with_language_tabs(site, page):
    # The admin writes: a live server of its own (`site`), with the demo's Guidelines.
    Loader().framework()
    first_practice = G10_PRACTICES[0]
    User.objects.create_superuser("editor", "editor@example.org", "a-strong-pass-123")
    page.goto(f"{site.url}/en/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-strong-pass-123")
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{site.url}/en/admin/guidelines/guideline/?q=move+to+safety")
    page.get_by_role("link", name="10", exact=True).click()

    inline = page.locator("#practices-0")
    expect(inline.locator("[name=practices-0-order]")).to_have_value("10")
    inline.locator(".ui-tabs-nav a", has_text="FR").first.click()
    expect(inline.locator("#id_practices-0-title_fr")).to_be_visible()
    expect(inline.locator("#id_practices-0-title_fr")).to_have_value(first_practice["title"]["fr"])
