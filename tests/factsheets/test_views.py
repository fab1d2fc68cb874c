"""The factsheet list and pages, and the per-language file responses."""

from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from documents.models import DownloadCounter
from editorial.models import Status
from factsheets.models import Factsheet, Tool
from tests.factories import FactsheetFactory, GuidelineFactory, ToolFactory
from tests.factories.factsheets import PDF_EN, PDF_ES, PDF_FR, PDF_RU, pdf_bytes
from tests.support.urls import page_path

pytestmark = pytest.mark.django_db


def html_of(response):
    return unescape(response.content.decode())


def body_of(response):
    """The bytes of a file response, streamed or (served from the page cache) whole."""
    return b"".join(response.streaming_content) if response.streaming else response.content


# The list ---------------------------------------------------------------------


def test_list_shows_published_sheets_newest_first(client, lang):
    from datetime import date

    FactsheetFactory(title_en="Older", title_fr="Ancienne", published_on=date(2021, 5, 1))
    FactsheetFactory(title_en="Newer", title_fr="Récente", published_on=date(2023, 5, 1))
    FactsheetFactory(title_en="Hidden draft", title_fr="Brouillon", status=Status.DRAFT)

    html = html_of(client.get(page_path(lang, "/factsheets/")))

    newer, older = {"en": ("Newer", "Older"), "fr": ("Récente", "Ancienne")}[lang]
    assert html.index(newer) < html.index(older)
    assert "Hidden draft" not in html and "Brouillon" not in html
    assert {"en": "Factsheets and tools", "fr": "Fiches et outils"}[lang] in html
    assert {"en": "1 May 2023", "fr": "1 mai 2023"}[lang] in html


def test_list_marks_sheets_shown_in_english(client):
    FactsheetFactory(title_en="Only in English", title_fr="", summary_fr="", slug_fr=None)

    html = html_of(client.get("/fr/fiches/"))

    assert 'lang="en">Only in English</a>' in html
    assert "En anglais" in html


def test_list_says_which_languages_tools_exist_in(client):
    ToolFactory(factsheet=FactsheetFactory(title_en="Bilingual"))
    ToolFactory(factsheet=FactsheetFactory(title_en="English tools"), file_fr=None)

    html = html_of(client.get("/en/factsheets/"))

    bilingual = html[html.index("Bilingual") :]
    assert (
        'Tool sheets in: <span lang="en">English</span>, <span lang="fr">Français</span>'
        in (bilingual[: bilingual.index("</li>")])
    )
    english = html[html.index("English tools") :]
    assert 'Tool sheets in: <span lang="en">English</span></p>' in english


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=infosheet", {"Infosheet 2022"}),
        ("year=2023", {"Knowledge 2023"}),
        ("language=fr", {"Knowledge 2023"}),
        ("language=en", {"Infosheet 2022", "Knowledge 2023"}),
        ("kind=factsheet&year=2022", {"Factsheet 2022"}),
    ],
)
def test_facets_filter_the_list(client, query, expected):
    from datetime import date

    infosheet = FactsheetFactory(
        title_en="Infosheet 2022", kind=Factsheet.Kind.INFOSHEET, published_on=date(2022, 3, 2)
    )
    ToolFactory(factsheet=infosheet, file_fr=None)
    knowledge = FactsheetFactory(
        title_en="Knowledge 2023",
        kind=Factsheet.Kind.KNOWLEDGE_SHEET,
        published_on=date(2023, 6, 1),
    )
    ToolFactory(factsheet=knowledge)
    FactsheetFactory(title_en="Factsheet 2022", published_on=date(2022, 8, 1))
    titles = {"Infosheet 2022", "Knowledge 2023", "Factsheet 2022"}

    html = html_of(client.get(f"/en/factsheets/?{query}"))

    assert {title for title in titles if title in html} == expected
    assert "Clear all filters" in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_facets_offer_only_years_with_sheets_and_keep_selection(client):
    from datetime import date

    FactsheetFactory(published_on=date(2019, 1, 1))
    FactsheetFactory(published_on=date(2022, 1, 1))
    FactsheetFactory(published_on=date(2018, 1, 1), status=Status.DRAFT)

    html = html_of(client.get("/fr/fiches/?year=2022&kind=infosheet"))

    assert '<option value="2022" selected>2022</option>' in html
    assert '<option value="2019">2019</option>' in html
    assert "2018" not in html
    assert '<option value="infosheet" selected>' in html
    assert '<label for="id_language">Outil disponible en</label>' in html


@pytest.mark.parametrize(
    "query",
    [
        "kind=bogus",
        "year=abc",
        "year=1850",
        "language=xx",
        "page=abc",
        "page=999",
        "page=-1",
        "kind=factsheet&kind=<script>",
        "year=99999999999999999999",
    ],
)
def test_invalid_filters_and_pages_never_fail(client, query):
    FactsheetFactory(title_en="Still listed")

    response = client.get(f"/en/factsheets/?{query}")

    assert response.status_code == 200
    assert "Still listed" in html_of(response)


def test_unknown_filter_value_is_ignored_with_a_notice(client):
    FactsheetFactory(title_en="Still listed", kind=Factsheet.Kind.INFOSHEET)

    html = html_of(client.get("/en/factsheets/?kind=bogus&year=abc"))

    assert "Some filter values were not recognised and have been ignored." in html
    assert "Still listed" in html
    assert "aria-invalid" not in html


def test_list_is_paginated_and_pages_keep_filters(client):
    FactsheetFactory.create_batch(23, kind=Factsheet.Kind.INFOSHEET)

    response = client.get("/en/factsheets/?kind=infosheet&page=2")

    html = html_of(response)
    assert len(response.context["factsheet_list"]) == 10
    assert "Page 2 of 3" in html
    assert 'href="?kind=infosheet&amp;page=3"' in response.content.decode()
    assert "23 sheets" in html


def test_empty_result_says_so(client):
    html = html_of(client.get("/fr/fiches/?kind=infosheet"))

    assert "Aucune fiche ne correspond à ces filtres." in html


# The factsheet page ---------------------------------------------------------------


def test_factsheet_page_shows_summary_body_and_tools_with_language_links(client):
    guideline = GuidelineFactory(number=7, title_fr="Organiser la coordination")
    factsheet = FactsheetFactory(
        title_fr="Renforcer la coordination",
        summary_fr="Pourquoi se coordonner.",
        body_fr="Premier paragraphe.\n\nSecond paragraphe.",
        related_guidelines=[guideline],
    )
    ToolFactory(factsheet=factsheet, slug="coordination", title_fr="Guide pas à pas")

    response = client.get(f"/fr/fiches/{factsheet.slug_fr}/")
    html = html_of(response)

    assert response.status_code == 200
    assert "<h1>Renforcer la coordination</h1>" in html
    assert "Pourquoi se coordonner." in html
    assert "<p>Second paragraphe.</p>" in html
    assert "Guide pas à pas" in html
    french_line = f'<span lang="fr">Français</span> — PDF, {round(len(PDF_FR) / 1024)} Ko'
    english_line = f'<span lang="en">English</span> — PDF, {round(len(PDF_EN) / 1024)} Ko'
    assert html.index(french_line) < html.index(english_line)
    assert 'href="/fr/outils/coordination/fr/apercu/" hreflang="fr"' in html
    assert 'href="/fr/outils/coordination/fr/telecharger/" hreflang="fr"' in html
    assert 'href="/fr/outils/coordination/en/telecharger/" hreflang="en"' in html
    assert "Aperçu" in html and "Télécharger" in html
    assert "uniquement" not in html
    assert "Ligne directrice 7\u202f: Organiser la coordination" in html
    assert "/media/" not in html and "factsheets/tool/" not in html


def test_french_visitor_of_english_only_tool_is_told_and_gets_english_file(client):
    """Fallback honesty: no French link, an "English only" note, and the only
    link is labelled English and sends the English PDF."""
    tool = ToolFactory(slug="planner", file_fr=None)

    html = html_of(client.get(f"/fr/fiches/{tool.factsheet.slug_fr}/"))

    assert "Disponible en anglais uniquement" in html
    assert "/fr/outils/planner/fr/" not in html
    assert '<span lang="en">English</span> — PDF' in html
    assert 'href="/fr/outils/planner/en/telecharger/" hreflang="en"' in html
    response = client.get("/fr/outils/planner/en/telecharger/")
    assert body_of(response) == PDF_EN
    assert response["Content-Language"] == "en"
    assert client.get("/fr/outils/planner/fr/telecharger/").status_code == 404


def test_french_visitor_of_english_and_russian_tool_is_told_no_french_file_exists(client):
    """Files beyond the site languages: the page lists them in their own names
    and says honestly, in French, which languages exist."""
    tool = ToolFactory(slug="planner", file_fr=None, file_ru=ContentFile(PDF_RU, name="ru.pdf"))

    html = html_of(client.get(f"/fr/fiches/{tool.factsheet.slug_fr}/"))

    assert "Disponible en anglais et en russe" in html
    english = '<span lang="en">English</span> — PDF'
    russian = f'<span lang="ru">Русский</span> — PDF, {round(len(PDF_RU) / 1024)} Ko'
    assert html.index(english) < html.index(russian)
    assert 'href="/fr/outils/planner/ru/telecharger/" hreflang="ru"' in html
    assert "/fr/outils/planner/fr/" not in html


def test_note_lists_every_available_language_in_page_order(client):
    tool = ToolFactory(
        file_en=None,
        file_ru=ContentFile(PDF_RU, name="ru.pdf"),
        file_es=ContentFile(PDF_ES, name="es.pdf"),
    )

    html = html_of(client.get(f"/en/factsheets/{tool.factsheet.slug_en}/"))

    assert "Available in French, Spanish and Russian" in html
    french, spanish = '<span lang="fr">Français</span>', '<span lang="es">Español</span>'
    assert html.index(french) < html.index(spanish) < html.index('<span lang="ru">Русский</span>')


def test_russian_file_is_served_in_russian(client):
    ToolFactory(slug="planner", file_ru=ContentFile(PDF_RU, name="ru.pdf"))

    response = client.get("/fr/outils/planner/ru/telecharger/")

    assert response["Content-Language"] == "ru"
    assert response["Content-Disposition"] == 'attachment; filename="planner-ru.pdf"'
    assert body_of(response) == PDF_RU
    assert client.get("/fr/outils/planner/es/telecharger/").status_code == 404


def test_file_languages_offered_follow_the_setting(client, settings):
    ToolFactory(slug="planner", file_ru=ContentFile(PDF_RU, name="ru.pdf"))
    settings.MICIC_DOCUMENT_LANGUAGES = settings.LANGUAGES

    assert client.get("/en/tools/planner/ru/download/").status_code == 404
    assert client.get("/en/tools/planner/fr/download/").status_code == 200


def test_english_visitor_sees_no_note_for_bilingual_tool(client):
    tool = ToolFactory()

    html = html_of(client.get(f"/en/factsheets/{tool.factsheet.slug_en}/"))

    assert "Available in" not in html


def test_factsheet_in_english_only_says_so_in_french(client):
    factsheet = FactsheetFactory(title_fr="", summary_fr="", body_fr="", slug_fr=None)

    response = client.get(f"/fr/fiches/{factsheet.slug_en}/")

    html = html_of(response)
    assert response.status_code == 200
    assert f'<h1 lang="en">{factsheet.title_en}</h1>' in html
    assert "Ce contenu n’est pas encore disponible en" in html


def test_slug_of_another_language_redirects_to_this_language(client):
    FactsheetFactory(slug_en="coordination", slug_fr="coordination-fr")

    response = client.get("/fr/fiches/coordination/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/fiches/coordination-fr/"


def test_language_switcher_uses_each_language_slug(client):
    FactsheetFactory(slug_en="coordination", slug_fr="coordination-fr")

    html = html_of(client.get("/en/factsheets/coordination/"))

    assert 'href="/fr/fiches/coordination-fr/" hreflang="fr"' in html


def test_unknown_factsheet_is_404(client, lang):
    assert client.get(page_path(lang, "/factsheets/no-such-sheet/")).status_code == 404


def test_draft_factsheet_is_404_for_anonymous_and_previewable_by_staff(client, admin_client):
    factsheet = FactsheetFactory(status=Status.DRAFT, title_en="Work in progress")
    ToolFactory(factsheet=factsheet, title_en="Draft tool", status=Status.DRAFT)

    url = f"/en/factsheets/{factsheet.slug_en}/"
    assert client.get(url).status_code == 404
    html = html_of(admin_client.get(url))
    assert "Draft — not public." in html
    assert "Draft tool" in html


def test_draft_tool_is_hidden_on_a_published_factsheet(client):
    factsheet = FactsheetFactory()
    ToolFactory(factsheet=factsheet, title_en="Ready")
    ToolFactory(factsheet=factsheet, title_en="Not ready", status=Status.DRAFT, slug="not-ready")

    html = html_of(client.get(f"/en/factsheets/{factsheet.slug_en}/"))

    assert "Ready" in html
    assert "Not ready" not in html
    assert client.get("/en/tools/not-ready/en/download/").status_code == 404


def test_tool_address_leads_to_its_place_on_the_factsheet(client):
    tool = ToolFactory(slug="planner", factsheet=FactsheetFactory(slug_fr="fiche-x"))

    response = client.get("/fr/outils/planner/")

    assert response.status_code == 302
    assert response["Location"] == "/fr/fiches/fiche-x/#tool-planner"
    assert client.get("/fr/outils/nothing/").status_code == 404
    assert tool


# File responses ------------------------------------------------------------------


def test_download_sends_the_file_as_attachment_with_clean_name(client):
    tool = ToolFactory(slug="strengthening-multi-stakeholder-coordination")

    response = client.get("/fr/outils/strengthening-multi-stakeholder-coordination/fr/telecharger/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="strengthening-multi-stakeholder-coordination-fr.pdf"'
    )
    assert response["Content-Length"] == str(len(PDF_FR))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Language"] == "fr"
    assert response["Cache-Control"] == "public, max-age=600"
    assert response["Content-Security-Policy"] == (
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    )
    assert "Set-Cookie" not in response
    assert not response.cookies
    assert body_of(response) == PDF_FR
    assert tool.file_fr.name not in response.serialize_headers().decode()


def test_preview_sends_the_pdf_inline(client):
    ToolFactory(slug="planner")

    response = client.get("/en/tools/planner/en/preview/")

    assert response["Content-Disposition"] == 'inline; filename="planner-en.pdf"'
    assert response["Content-Type"] == "application/pdf"
    assert body_of(response) == PDF_EN


def test_preview_of_a_format_browsers_cannot_show_is_a_download(client):
    from tests.documents.test_files import DOCX_BYTES

    ToolFactory(slug="plan", file_fr=None, file_en=ContentFile(DOCX_BYTES, name="plan.docx"))

    response = client.get("/en/tools/plan/en/preview/")

    assert response["Content-Disposition"] == 'attachment; filename="plan-en.docx"'
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_head_gives_the_same_headers_without_body_or_count(client):
    tool = ToolFactory(slug="planner")
    get = client.get("/en/tools/planner/fr/download/")

    head = client.head("/en/tools/planner/fr/download/")

    assert head.status_code == 200
    assert head.content == b""
    for header in (
        "Content-Type",
        "Content-Disposition",
        "Content-Length",
        "X-Content-Type-Options",
        "Content-Language",
        "Cache-Control",
        "Content-Security-Policy",
        "ETag",
        "Last-Modified",
    ):
        assert head[header] == get[header], header
    assert tool.download_totals() == {"fr": (1, 0)}


def test_revisiting_an_unchanged_file_gets_304_and_is_not_counted(client):
    tool = ToolFactory(slug="planner")
    first = client.get("/en/tools/planner/fr/download/")
    body_of(first)

    by_etag = client.get("/en/tools/planner/fr/download/", headers={"if-none-match": first["ETag"]})
    by_date = client.get(
        "/en/tools/planner/fr/download/", headers={"if-modified-since": first["Last-Modified"]}
    )

    assert by_etag.status_code == 304 and by_date.status_code == 304
    assert by_etag["ETag"] == first["ETag"]
    assert tool.download_totals() == {"fr": (1, 0)}


def test_a_replaced_file_has_a_new_etag(client):
    tool = ToolFactory(slug="planner")
    old = client.get("/en/tools/planner/fr/download/")
    old_body = body_of(old)

    tool.file_fr = ContentFile(pdf_bytes("fr", "Nouvelle version"), name="new.pdf")
    tool.save()
    fresh = client.get("/en/tools/planner/fr/download/", headers={"if-none-match": old["ETag"]})

    assert fresh.status_code == 200
    assert fresh["ETag"] != old["ETag"]
    assert body_of(fresh) != old_body


def test_downloads_and_previews_are_counted(client):
    tool = ToolFactory(slug="planner")

    for _ in range(3):
        body_of(client.get("/en/tools/planner/fr/download/"))
    body_of(client.get("/en/tools/planner/fr/preview/"))
    body_of(client.get("/fr/outils/planner/en/telecharger/"))

    assert tool.download_totals() == {"fr": (3, 1), "en": (1, 0)}


def test_file_missing_from_storage_is_a_404_page(client):
    tool = ToolFactory(slug="planner")
    tool.file_fr.storage.delete(tool.file_fr.name)

    response = client.get("/fr/outils/planner/fr/telecharger/")
    head = client.head("/fr/outils/planner/fr/telecharger/")

    assert response.status_code == 404
    assert head.status_code == 404
    assert "Nous n’avons pas trouvé cette page" in html_of(response)
    assert not DownloadCounter.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/en/tools/planner/de/download/",  # not a site language
        "/en/tools/planner/english/download/",
        "/en/tools/planner/en/open/",
        "/en/tools/nothing/en/download/",
        "/en/tools/planner/en/",
    ],
)
def test_bad_file_addresses_are_404(client, path):
    ToolFactory(slug="planner")

    assert client.get(path).status_code == 404


def test_replaced_file_is_served_at_the_same_address(client):
    tool = ToolFactory(slug="planner")
    url = "/fr/outils/planner/fr/telecharger/"
    assert body_of(client.get(url)) == PDF_FR

    new_version = PDF_FR.replace(b"Fiche outil", b"Fiche neuve")
    tool.file_fr = ContentFile(new_version, name="version-2.pdf")
    tool.save()

    response = client.get(url)
    assert body_of(response) == new_version
    assert response["Content-Disposition"] == 'attachment; filename="planner-fr.pdf"'


def test_staff_can_fetch_draft_files_without_counting_or_caching(client, admin_client):
    ToolFactory(slug="planner", status=Status.DRAFT)

    assert client.get("/en/tools/planner/en/download/").status_code == 404
    response = admin_client.get("/en/tools/planner/en/download/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert not DownloadCounter.objects.exists()


# Files and the page cache (on) ---------------------------------------------


@pytest.fixture
def page_cache(settings):
    from django.core.cache import cache

    settings.MICIC_PAGE_CACHE = True
    cache.clear()


@pytest.mark.usefixtures("page_cache")
def test_downloads_are_streamed_and_counted_never_served_from_the_page_cache(client):
    tool = ToolFactory(slug="planner")

    responses = [client.get("/en/tools/planner/fr/download/") for _ in range(2)]

    assert all(response.streaming for response in responses)
    assert [body_of(response) for response in responses] == [PDF_FR, PDF_FR]
    assert all(response.get("X-Page-Cache") != "hit" for response in responses)
    assert responses[1]["Content-Disposition"] == 'attachment; filename="planner-fr.pdf"'
    assert "public" in responses[1]["Cache-Control"]
    assert tool.download_totals() == {"fr": (2, 0)}


@pytest.mark.usefixtures("page_cache")
def test_cached_answers_follow_unpublishing_and_replacement(client):
    tool = ToolFactory(slug="planner")
    url = "/en/tools/planner/fr/download/"
    old = client.get(url)
    assert body_of(old) == PDF_FR

    new_version = PDF_FR.replace(b"Fiche outil", b"Fiche neuve")
    tool.file_fr = ContentFile(new_version, name="version-2.pdf")
    tool.save()
    fresh = client.get(url, headers={"if-none-match": old["ETag"]})
    assert fresh.status_code == 200 and fresh["ETag"] != old["ETag"]
    assert body_of(fresh) == new_version

    tool.status = Status.DRAFT
    tool.save()
    assert client.get(url).status_code == 404
    assert client.head(url).status_code == 404


@pytest.mark.usefixtures("page_cache")
def test_a_drafts_file_fetched_by_staff_is_never_kept_for_visitors(client, admin_client):
    ToolFactory(slug="planner", status=Status.DRAFT)
    url = "/en/tools/planner/en/download/"

    for _ in range(2):
        response = admin_client.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]

    assert client.get(url).status_code == 404
    assert not DownloadCounter.objects.exists()


@pytest.mark.usefixtures("page_cache")
def test_a_file_gone_from_storage_is_a_404_page_at_once(client):
    tool = ToolFactory(slug="planner")
    body_of(client.get("/fr/outils/planner/fr/telecharger/"))
    tool.file_fr.storage.delete(tool.file_fr.name)

    response = client.get("/fr/outils/planner/fr/telecharger/")

    assert response.status_code == 404
    assert "Nous n’avons pas trouvé cette page" in html_of(response)
    assert tool.download_totals() == {"fr": (1, 0)}


@pytest.mark.usefixtures("page_cache")
def test_head_of_a_cached_file_is_not_counted(client):
    tool = ToolFactory(slug="planner")
    body_of(client.get("/en/tools/planner/fr/download/"))

    head = client.head("/en/tools/planner/fr/download/")

    assert head.status_code == 200
    assert head["Content-Disposition"] == 'attachment; filename="planner-fr.pdf"'
    assert tool.download_totals() == {"fr": (1, 0)}


@pytest.mark.usefixtures("page_cache")
def test_cached_revisits_still_get_304_uncounted(client):
    tool = ToolFactory(slug="planner")
    first = client.get("/en/tools/planner/fr/preview/")
    body_of(first)

    again = client.get("/en/tools/planner/fr/preview/", headers={"if-none-match": first["ETag"]})

    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert tool.download_totals() == {"fr": (0, 1)}


# Query counts -----------------------------------------------------------------


def make_sheets(count):
    guideline = GuidelineFactory()
    for _ in range(count):
        factsheet = FactsheetFactory(related_guidelines=[guideline])
        ToolFactory(factsheet=factsheet)
        ToolFactory(factsheet=factsheet, file_fr=None)
    return Factsheet.objects.first()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_list_and_detail_queries_stay_constant_as_data_grows(
    client, django_assert_max_num_queries, lang
):
    factsheet = make_sheets(3)
    list_url = page_path(lang, "/factsheets/?language=fr")
    with translation.override(lang):
        detail_url = factsheet.get_absolute_url()
    small = (count_queries(client, list_url), count_queries(client, detail_url))

    for _ in range(9):  # ten times the data, and more tools on the same sheet
        make_sheets(3)
    for _ in range(10):
        ToolFactory(factsheet=factsheet)

    large = (count_queries(client, list_url), count_queries(client, detail_url))
    print(f"queries [{lang}] list, detail: 3 sheets {small}, 30 sheets {large}")
    assert large == small
    with django_assert_max_num_queries(6):
        client.get(list_url)
    with django_assert_max_num_queries(6):
        client.get(detail_url)


# Integration points ---------------------------------------------------------------


def test_related_tools_include_renders_a_guidelines_tools_in_one_query(
    rf, django_assert_num_queries
):
    guideline = GuidelineFactory()
    factsheet = FactsheetFactory(related_guidelines=[guideline], title_fr="Fiche liée")
    ToolFactory(factsheet=factsheet, title_fr="Outil A", slug="outil-a")
    ToolFactory(factsheet=factsheet, title_fr="Outil B", file_fr=None)
    ToolFactory(factsheet=factsheet, title_fr="Brouillon", status=Status.DRAFT)

    with translation.override("fr"), django_assert_num_queries(1):
        tools = Tool.objects.published().for_guideline(guideline)
        html = unescape(
            render_to_string("factsheets/includes/related_tools.html", {"tools": tools})
        )

    assert "Outil A" in html and "Outil B" in html and "Brouillon" not in html
    assert f'href="/fr/fiches/{factsheet.slug_fr}/#tool-outil-a"' in html
    assert "Fiche liée" in html
    assert "/fr/outils/outil-a/fr/telecharger/" in html
    assert "Disponible en anglais uniquement" in html


def test_related_tools_include_renders_nothing_without_tools():
    assert render_to_string("factsheets/includes/related_tools.html", {"tools": []}).strip() == ""


def test_home_page_links_to_factsheets(client, lang):
    html = html_of(client.get(f"/{lang}/"))

    assert f'href="{page_path(lang, "/factsheets/")}"' in html


def test_sitemap_lists_factsheets_in_both_languages(client):
    FactsheetFactory(slug_en="coordination", slug_fr="coordination-fr")
    FactsheetFactory(slug_en="secret", status=Status.DRAFT)

    xml = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://testserver/en/factsheets/coordination/</loc>" in xml
    assert "<loc>http://testserver/fr/fiches/coordination-fr/</loc>" in xml
    assert "<loc>http://testserver/fr/fiches/</loc>" in xml
    assert "secret" not in xml


def test_staff_fetching_a_tool_of_a_draft_factsheet_is_not_cached_publicly(admin_client):
    ToolFactory(slug="planner", factsheet=FactsheetFactory(status=Status.DRAFT))

    response = admin_client.get("/en/tools/planner/en/download/")

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert not DownloadCounter.objects.exists()
