"""The editorial workflow in a real Chromium, under the strict CSP: an editor
edits French text, finds the revision in the history, restores the earlier
version, and the public French page shows it."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from editorial.roles import EDITORS
from tests.factories import GuidelineFactory, ToolFactory

pytestmark = pytest.mark.browser

PASSWORD = "a-strong-pass-123"


@pytest.fixture
def editor(site, django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD)
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def csp_errors(page):
    errors = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return errors


def log_in(page, site):
    page.goto(f"{site.url}/en/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()


def french_tab_of(page, field_id):
    """The FR tab of the modeltranslation tab group holding `field_id`."""
    group = page.locator(f"#{field_id}").locator(
        "xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ui-tabs ')][1]"
    )
    return group.locator(".ui-tabs-nav a", has_text="FR")


def test_editor_edits_french_then_restores_the_previous_version(site, page, editor, csp_errors):
    guideline = GuidelineFactory(
        number=9, slug_fr="communiquer", body_fr="Texte français d'origine."
    )
    public_fr = f"{site.url}/fr/lignes-directrices/9/communiquer/"
    log_in(page, site)

    # Edit the French introduction and save with a comment.
    page.goto(f"{site.url}/en/admin/guidelines/guideline/{guideline.pk}/change/")
    french_tab_of(page, "id_body_fr").click()
    page.locator("#id_body_fr").fill("Texte français remanié.")
    page.get_by_label("Change comment").fill("Introduction française reformulée")
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.goto(public_fr)
    expect(page.locator("main")).to_contain_text("Texte français remanié.")

    # The history shows the revision; restore the earlier version.
    page.goto(f"{site.url}/en/admin/guidelines/guideline/{guideline.pk}/history/")
    history = page.locator("#change-history")
    expect(history).to_contain_text("Introduction française reformulée")
    expect(history).to_contain_text("editor")
    page.get_by_role("link", name="What changed").first.click()
    expect(page.locator("ins")).to_contain_text("remanié")
    page.get_by_role("link", name="Restore the older version…").click()
    expect(page.locator("#id_body_fr")).to_have_value("Texte français d'origine.")
    page.locator("input[name=_save]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    # The guideline stayed published: the public French page shows the restored text.
    page.goto(public_fr)
    expect(page.locator("main")).to_contain_text("Texte français d'origine.")
    expect(page.locator("main")).not_to_contain_text("remanié")
    assert csp_errors == []


def test_editorial_admin_pages_work_under_the_csp(site, page, editor, csp_errors):
    ToolFactory(title_en="Checklist without French file", file_fr=None)
    log_in(page, site)

    page.goto(f"{site.url}/en/admin/editorial/translationstatus/")
    expect(page.get_by_role("heading", name="French translation")).to_be_visible()
    expect(page.get_by_role("link", name="Checklist without French file")).to_be_visible()
    page.get_by_label("What").select_option("files")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("link", name="Checklist without French file")).to_be_visible()

    page.goto(f"{site.url}/fr/admin/editorial/contentchange/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Modifications récentes")
    assert csp_errors == []
