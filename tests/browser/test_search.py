"""Search from the header in a real Chromium, and axe-core on the results page."""

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import assert_no_axe_violations, axe_tour
from tests.factories import GuidelineFactory, RepositoryPracticeFactory
from tests.support.urls import page_path

pytestmark = pytest.mark.browser


@pytest.fixture
def searchable(site):
    GuidelineFactory(
        number=13,
        title_en="Relocate and evacuate migrants when necessary",
        title_fr="Relocaliser et évacuer les migrants lorsque c'est nécessaire",
        slug_en="relocate-and-evacuate",
        slug_fr="relocaliser-et-evacuer",
        body_en="Evacuations are complex and costly.",
        body_fr="Les évacuations sont complexes et coûteuses.",
    )
    RepositoryPracticeFactory(
        title_en="Evacuation buses for seasonal workers",
        title_fr="",
        slug_fr="",
        description_en="Buses took farm workers out of the flooded valley.",
        description_fr="",
        stakeholder_name_fr="",
        countries=["MZ"],
    )
    return site


def test_search_in_french_from_the_header_and_open_a_result(page, searchable):
    site = searchable
    page.goto(f"{site.url}/fr/")
    page.get_by_role("search").get_by_label("Rechercher dans le portail").fill("evacuation")
    page.get_by_role("search").get_by_role("button", name="Rechercher").click()

    expect(
        page.get_by_role("heading", level=2, name="2 résultats pour « evacuation »")
    ).to_be_visible()
    assert "/fr/recherche/?q=evacuation" in page.url
    english = page.locator(".search-hit", has_text="Evacuation buses for seasonal workers")
    expect(english.get_by_text("En anglais")).to_be_visible()
    expect(page.locator(".search-hit mark").first).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role(
        "link", name="Relocaliser et évacuer les migrants lorsque c'est nécessaire"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Relocaliser et évacuer")
    assert "/fr/lignes-directrices/" in page.url


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_results_pages_have_no_axe_violations(page, searchable, lang):
    site = searchable
    with axe_tour(page) as check:
        for query in ("evacuation", "zzzqqq", ""):
            page.goto(f"{site.url}{page_path(lang, f'/search/?q={query}')}")
            expect(page.locator("h1")).to_be_visible()
            check()
        page.goto(f"{site.url}{page_path(lang, '/search/?q=evacuation&type=nonsense')}")
        expect(page.get_by_role("alert")).to_be_visible()
        check()


def test_type_filter_and_language_switch_keep_the_search(page, searchable):
    site = searchable
    page.goto(f"{site.url}/en/search/?q=evacuation")
    page.get_by_role("navigation", name="Results by type").get_by_role(
        "link", name="Repository practices"
    ).click()
    expect(page.locator(".search-hit")).to_have_count(1)
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    assert (
        "/fr/recherche/" in page.url and "q=evacuation" in page.url and "type=practice" in page.url
    )
    expect(page.locator(".search-hit")).to_have_count(1)
