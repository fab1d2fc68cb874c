"""The admin works in a real browser under the strict CSP, with EN/FR tabs served locally."""

import pytest
from playwright.sync_api import expect

from tests.factories import GuidelineFactory

pytestmark = pytest.mark.browser


def test_admin_translation_tabs_work_under_csp(site, page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-strong-pass-123")
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
