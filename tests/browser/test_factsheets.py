"""Factsheets in a real Chromium: downloading and previewing tool sheets, accessibility."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from tests.browser.a11y import axe_tour
from tests.factories import FactsheetFactory, GuidelineFactory, ToolFactory
from tests.support.pdf import pdf_bytes

User = get_user_model()

pytestmark = pytest.mark.browser

SLUG = "strengthening-multi-stakeholder-coordination"
PDF_VIEWER = "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/"


def sheet_pdf(title, language):
    return pdf_bytes(title, language)


@pytest.fixture
def coordination(site):
    factsheet = FactsheetFactory(
        title_en="Strengthening multi-stakeholder coordination",
        title_fr="Renforcer la coordination multipartite",
        slug_en=SLUG,
        slug_fr="renforcer-la-coordination-multipartite",
        related_guidelines=[GuidelineFactory(number=7)],
    )
    ToolFactory(
        factsheet=factsheet,
        slug=SLUG,
        title_en="Step-by-step guide",
        title_fr="Guide pas à pas",
        file_en=ContentFile(sheet_pdf("Coordination guide", "en"), name="guide-en.pdf"),
        file_fr=ContentFile(sheet_pdf("Guide de coordination", "fr"), name="guide-fr.pdf"),
    )
    ToolFactory(
        factsheet=factsheet, title_en="Contact sheet", title_fr="Fiche contacts", file_fr=None
    )
    FactsheetFactory.create_batch(3)
    return factsheet


def console_errors(page):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    return errors


def test_french_visitor_downloads_the_french_tool_sheet(site, page, coordination):
    page.goto(f"{site.url}/fr/fiches/")
    page.get_by_role("link", name="Renforcer la coordination multipartite").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Renforcer la coordination multipartite"
    )
    tool = page.locator(f"#tool-{SLUG}")
    expect(tool.locator(".file-version").first).to_contain_text("Français — PDF")

    with page.expect_download() as download_info:
        tool.get_by_role("link", name=re.compile(r"^Télécharger .*\(Français, PDF")).click()

    download = download_info.value
    assert download.suggested_filename == f"{SLUG}-fr.pdf"
    content = Path(download.path()).read_bytes()
    assert content.startswith(b"%PDF-")
    assert b"Guide de coordination" in content
    assert b"/Lang (fr)" in content
    assert b"Coordination guide" not in content


def test_english_only_tool_is_labelled_for_french_visitors(site, page, coordination):
    page.goto(f"{site.url}/fr/fiches/renforcer-la-coordination-multipartite/")

    tool = page.locator(".tool", has_text="Fiche contacts")
    expect(tool).to_contain_text("Disponible en anglais uniquement")
    expect(tool.locator(".file-version")).to_have_count(1)
    expect(tool.locator(".file-version")).to_contain_text("English — PDF")


def test_preview_opens_in_the_browser_pdf_viewer_under_csp(site, page, coordination):
    errors = console_errors(page)
    page.goto(f"{site.url}/en/factsheets/{SLUG}/")

    page.locator(f"#tool-{SLUG}").get_by_role(
        "link", name=re.compile(r"^Preview .*English")
    ).click()

    expect(page).to_have_url(f"{site.url}/en/tools/{SLUG}/en/preview/")
    # Chromium shows an inline PDF in its viewer, an extension frame in the tab.
    # (No page.evaluate here: the file's own policy, default-src 'none', forbids it.)
    for _ in range(50):
        if any(frame.url.startswith(PDF_VIEWER) for frame in page.frames):
            break
        page.wait_for_timeout(100)
    assert any(frame.url.startswith(PDF_VIEWER) for frame in page.frames), page.frames
    assert not [e for e in errors if "Content Security Policy" in e or "blocked" in e.lower()]


def test_factsheet_pages_have_no_accessibility_violations(site, page, lang, coordination):
    with axe_tour(page) as check:
        for path in ["factsheets/", f"factsheets/{SLUG}/"]:
            page.goto(f"{site.url}/{lang}/{path}")
            if lang == "fr":  # the French page lives at its French slug
                page.wait_for_load_state()
            check()


def test_filters_work_without_javascript(site, browser, coordination):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.url}/en/factsheets/")

    page.get_by_label("Tool available in").select_option("fr")
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"language=fr"))
    expect(page.locator(".factsheet-item")).to_have_count(1)
    expect(page.locator(".factsheet-item")).to_contain_text("Strengthening")
    context.close()


def test_admin_tool_inline_has_language_tabs_under_csp(site, page, coordination):
    User.objects.create_superuser("editor", "editor@example.org", "a-strong-pass-123")
    errors = console_errors(page)
    page.goto(f"{site.url}/en/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-strong-pass-123")
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{site.url}/en/admin/factsheets/factsheet/{coordination.pk}/change/")

    file_tabs = page.locator(".inline-related").first.locator(".ui-tabs-nav a", has_text="FR")
    file_tabs.last.click()
    french_file = page.locator("#id_tools-0-file_fr")
    expect(french_file).to_be_visible()
    expect(page.get_by_role("checkbox", name="Clear").last).to_be_attached()
    assert not [e for e in errors if "Content Security Policy" in e]
