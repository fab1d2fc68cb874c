"""The repository and the "Share a practice" form in a real Chromium, with axe-core checks."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from demo.loader import Loader
from guidelines.models import CrisisPhase, Guideline, StakeholderType
from practices.models import PracticeType
from tests.browser.a11y import assert_no_axe_violations, axe_tour
from tests.factories import RepositoryPracticeFactory
from tests.support.pdf import pdf_bytes
from tests.support.urls import page_path

User = get_user_model()

pytestmark = pytest.mark.browser


@pytest.fixture
def repository(site):
    Loader().framework()
    guideline = {g.number: g for g in Guideline.objects.all()}
    phase = {p.key: p for p in CrisisPhase.objects.all()}
    kind = {k.key: k for k in StakeholderType.objects.all()}
    practices = {
        "target": RepositoryPracticeFactory(
            title_en="Flood hotline in twelve languages",
            title_fr="Une ligne d'urgence inondations en douze langues",
            guidelines=[guideline[9]],
            phases=[phase["emergency-response"]],
            stakeholder_types=[kind["host-states"]],
            countries=["ID"],
            crisis_conflict=False,
            crisis_natural_disaster=True,
            practice_type=PracticeType.HOTLINE,
            is_example=True,
            related_links_en="https://example.org/hotline Hotline leaflet",
        ),
        # Each of these matches two of the three filters, never all three.
        "same-guideline": RepositoryPracticeFactory(
            title_en="Embassy text messages",
            title_fr="Des SMS de l'ambassade",
            guidelines=[guideline[9]],
            phases=[phase["emergency-response"]],
            countries=["LB"],
            crisis_conflict=True,
        ),
        "same-country": RepositoryPracticeFactory(
            title_en="Shelter plans for everyone",
            title_fr="Des plans d'hébergement pour tous",
            guidelines=[guideline[4]],
            phases=[phase["emergency-response"]],
            countries=["ID"],
            crisis_natural_disaster=True,
        ),
        "preparedness": RepositoryPracticeFactory(
            title_en="Storm-season briefings",
            title_fr="Des réunions avant la saison des tempêtes",
            guidelines=[guideline[9]],
            phases=[phase["preparedness"]],
            countries=["ID"],
            crisis_natural_disaster=True,
        ),
    }
    return practices


def test_filter_to_one_practice_open_it_then_share_one_and_find_it_in_the_admin(
    site, page, repository
):
    page.goto(f"{site.url}/en/practices/")
    expect(page.get_by_role("heading", name="4 practices")).to_be_visible()

    # Three facets: a guideline, a crisis phase and a country.
    page.locator("summary", has_text="Guideline / thematic area").click()
    facets = page.locator("form.facets")
    facets.get_by_role("checkbox", name=re.compile(r"^9\. Communication during a crisis")).check()
    facets.get_by_role("checkbox", name=re.compile(r"^Emergency response")).check()
    page.locator("summary", has_text="Country").click()
    facets.get_by_role("checkbox", name=re.compile(r"^Indonesia")).check()
    page.get_by_role("button", name="Apply filters").click()

    expect(page.get_by_role("heading", name="1 practice", exact=True)).to_be_visible()
    assert "guideline=9" in page.url and "country=ID" in page.url
    results = page.locator(".practice-card")
    expect(results).to_have_count(1)
    page.get_by_role("link", name="Flood hotline in twelve languages").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Flood hotline in twelve languages")
    expect(page.get_by_text("Illustrative example").first).to_be_visible()
    expect(page.get_by_role("link", name="Hotline leaflet")).to_be_visible()

    # Share a practice through the public form.
    page.goto(f"{site.url}/en/practices/share/")
    page.get_by_label("Your name").fill("Grace Mensah")
    page.get_by_label("Your email address").fill("grace.mensah@example.org")
    page.get_by_label("Your country").select_option("GH")
    page.get_by_label("Title of the practice").fill("Union phone tree for dock workers")
    page.get_by_label("Description").fill(
        "Shift leaders call ten foreign dock workers each when a storm warning is issued."
    )
    page.get_by_label("Who implemented it?").select_option(label="Civil society")
    page.get_by_label("Country where it took place").select_option("GH")
    page.get_by_role("checkbox", name="Natural disaster", exact=True).check()
    page.get_by_role("checkbox", name="Crisis preparedness", exact=True).check()
    page.set_input_files(
        "#id_attachment",
        files=[
            {
                "name": "guide.pdf",
                "mimeType": "application/pdf",
                "buffer": pdf_bytes("Phone tree guide", "en"),
            }
        ],
    )
    page.get_by_role("button", name="Send the practice").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for sharing your practice")

    # The Secretariat finds it in the moderation queue.
    User.objects.create_superuser("editor", "editor@example.org", "a-strong-pass-123")
    page.goto(f"{site.url}/en/admin/login/?next=/en/admin/practices/practicesubmission/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-strong-pass-123")
    page.get_by_role("button", name="Log in").click()
    row = page.locator("#result_list tbody tr", has_text="Union phone tree for dock workers")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Grace Mensah")
    expect(row).to_contain_text("New")


def test_removing_a_filter_takes_one_click(site, page, repository):
    page.goto(f"{site.url}/en/practices/?guideline=9&phase=emergency-response&country=ID")
    expect(page.get_by_role("heading", name="1 practice", exact=True)).to_be_visible()

    page.get_by_role("link", name="Remove the filter Country: Indonesia").click()

    expect(page.get_by_role("heading", name="2 practices")).to_be_visible()
    assert "country" not in page.url


def test_repository_pages_have_no_accessibility_violations(site, page, repository, lang):
    target = repository["target"]
    slug = target.slug_fr if lang == "fr" else target.slug_en
    with axe_tour(page) as check:
        for path in [
            "/practices/",
            "/practices/?guideline=9&phase=emergency-response&country=ZZ",  # filtered
            "/practices/?country=LB&crisis=natural-disaster",  # nothing found
            f"/practices/{target.pk}/{slug}/",
            "/practices/share/thanks/",
        ]:
            page.goto(site.url + page_path(lang, path))
            expect(page.locator("h1")).to_be_visible()
            check()


def test_share_form_has_no_accessibility_violations_blank_and_with_errors(
    site, page, repository, lang
):
    page.goto(f"{site.url}{page_path(lang, '/practices/share/')}")
    assert_no_axe_violations(page)

    page.locator("#id_email").fill("not-an-email")
    page.locator("#id_description").fill("Too short")
    page.locator("form.share-form button[type=submit]").click()

    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_email")).to_have_value("not-an-email")
    assert_no_axe_violations(page)
