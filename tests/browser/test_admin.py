"""The admin works in a real browser under the strict CSP, with EN/FR tabs served locally."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.factories import GuidelineFactory

User = get_user_model()

pytestmark = pytest.mark.browser


def test_admin_translation_tabs_work_under_csp(site, page):
    User.objects.create_superuser("editor", "editor@example.org", "a-strong-pass-123")
    guideline = GuidelineFactory(title_en="Communicate often", title_fr="Communiquer souvent")
    csp_errors = []
    page.on(
        "console",
        lambda message: (
            csp_errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    page.goto(f"{site.url}/en/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-strong-pass-123")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{site.url}/en/admin/guidelines/guideline/{guideline.pk}/change/")

    # modeltranslation turns the per-language fields into jQuery UI tabs.
    french_tab = page.locator(".ui-tabs-nav a", has_text="FR").first
    expect(french_tab).to_be_visible()
    french_tab.click()
    expect(page.locator("#id_title_fr")).to_be_visible()
    expect(page.locator("#id_title_fr")).to_have_value("Communiquer souvent")
    assert csp_errors == []


def test_translation_tabs_are_single_controls_for_keyboard_and_screen_readers(site, page):
    """jQuery UI's tab (the <li>) no longer holds a link of its own
    (editorial/static/editorial/admin_tabs.js): one control per language,
    named by its label, moved between with the arrow keys."""
    User.objects.create_superuser("editor", "editor@example.org", "a-strong-pass-123")
    guideline = GuidelineFactory(
        title_en="Communicate often", title_fr="Communiquer souvent", summary_fr=""
    )
    page.goto(f"{site.url}/en/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-strong-pass-123")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{site.url}/en/admin/guidelines/guideline/{guideline.pk}/change/")

    title_tabs = page.get_by_role("tablist").first
    expect(title_tabs.get_by_role("link")).to_have_count(0)
    english, french = title_tabs.get_by_role("tab").all()
    expect(english).to_have_attribute("aria-selected", "true")
    english.focus()
    page.keyboard.press("ArrowRight")
    expect(french).to_be_focused()
    expect(french).to_have_attribute("aria-selected", "true")
    expect(page.locator("#id_title_fr")).to_be_visible()
    french.click()
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#id_title_en")).to_be_visible()
    # A language with nothing written says so in the tab's name.
    summary_tabs = page.locator("#id_summary_fr").locator(
        "xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ui-tabs ')][1]"
    )
    expect(summary_tabs.get_by_role("tab", name="fr (missing)")).to_be_visible()
