"""The editorial workflow in a real Chromium, under the strict CSP: an editor
edits French text, finds the revision in the history, restores the earlier
version, and the public French page shows it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from editorial.roles import EDITORS, PUBLISHERS
from tests.browser.a11y import assert_no_axe_violations, axe_tour
from tests.factories import GuidelineFactory, RepositoryPracticeFactory, ToolFactory

User = get_user_model()

pytestmark = pytest.mark.browser

PASSWORD = "a-strong-pass-123"


def make_staff(username, group):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(site):
    return make_staff("editor", EDITORS)


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


def log_in(page, site, username="editor"):
    page.goto(f"{site.url}/en/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Content and editorial workflow")).to_be_visible()


def french_tab_of(page, field_id):
    """The FR tab of the modeltranslation tab group holding `field_id`."""
    group = page.locator(f"#{field_id}").locator(
        "xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ui-tabs ')][1]"
    )
    return group.locator(".ui-tabs-nav a", has_text="FR")


def test_editor_edits_french_then_restores_the_previous_version(site, page, editor, csp_errors):
    # A draft: an editor's edits of a published item wait for review instead
    # (test_editor_change_is_reviewed_then_public below).
    guideline = GuidelineFactory(
        number=9, slug_fr="communiquer", body_fr="Texte français d'origine.", status="draft"
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

    # The French page (previewed by the editor) shows the restored text.
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


@pytest.fixture
def publisher(site):
    return make_staff("publisher", PUBLISHERS)


def test_editor_change_is_reviewed_then_public(site, page, editor, publisher, csp_errors):
    guideline = GuidelineFactory(number=9, body_en="Published text.", body_fr="Texte publié.")
    public_en = f"{site.url}{guideline.get_absolute_url()}"
    log_in(page, site)
    page.goto(f"{site.url}/en/admin/guidelines/guideline/{guideline.pk}/change/")
    page.locator("#id_body_en").fill("Reviewed text.")
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("waiting for review")
    expect(page.locator("#id_body_en")).to_have_value("Reviewed text.")

    # Anyone else still sees the published text.
    anonymous = page.context.browser.new_page()
    anonymous.goto(public_en)
    expect(anonymous.locator("main")).to_contain_text("Published text.")

    page.context.clear_cookies()
    log_in(page, site, "publisher")
    page.goto(f"{site.url}/en/admin/editorial/pendingchange/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name=str(guideline)).click()
    expect(page.locator("ins")).to_contain_text("Reviewed")
    assert_no_axe_violations(page)
    page.get_by_label("Public change note (English)").fill("Clarified the text.")
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.locator(".messagelist")).to_contain_text("is live")

    anonymous.goto(public_en)
    expect(anonymous.locator("main")).to_contain_text("Reviewed text.")
    expect(anonymous.locator("main")).to_contain_text("Clarified the text.")
    # The text published before the change stays readable as version 1.
    anonymous.goto(public_en + "?version=1")
    expect(anonymous.locator("main")).to_contain_text("Published text.")
    expect(anonymous.locator("main")).to_contain_text("You are reading the version of")
    assert csp_errors == []


def test_admin_pages_have_no_serious_axe_violations(site, page, publisher):
    guideline = GuidelineFactory(number=3)
    factsheet = ToolFactory().factsheet
    practice = RepositoryPracticeFactory()
    with axe_tour(page, serious_only=True) as check:
        page.goto(f"{site.url}/en/admin/login/")
        check()
        log_in(page, site, "publisher")
        for path in [
            "/en/admin/",
            "/en/admin/guidelines/guideline/",
            f"/en/admin/guidelines/guideline/{guideline.pk}/change/",
            f"/en/admin/factsheets/factsheet/{factsheet.pk}/change/",
            f"/en/admin/practices/repositorypractice/{practice.pk}/change/",
            "/en/admin/editorial/translationstatus/",
        ]:
            page.goto(site.url + path)
            check()
