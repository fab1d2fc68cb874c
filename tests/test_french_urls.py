"""French pages have French addresses; the English ones are unchanged; the
addresses French pages had before (English path words, English slugs)
redirect permanently to the new ones; the switcher and hreflang pair them."""

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    ConsultationFactory,
    FactsheetFactory,
    GuidelineFactory,
    OutcomeDocumentFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    ToolFactory,
)

pytestmark = pytest.mark.django_db

# The path words of the English site: none may appear in a French address.
ENGLISH_PATH_WORDS = {
    "about",
    "download",
    "factsheets",
    "guidelines",
    "practices",
    "preview",
    "principles",
    "print",
    "process",
    "search",
    "share",
    "thanks",
    "tools",
    "without-practices",
}


@pytest.fixture
def content():
    guideline = GuidelineFactory(
        number=9, slug_en="communicate-often", slug_fr="communiquer-souvent"
    )
    principle = PrincipleFactory(number=1, slug_en="save-lives", slug_fr="sauver-des-vies")
    practice = RepositoryPracticeFactory(
        slug_en="hotline-for-migrants", slug_fr="ligne-d-assistance", guidelines=[guideline]
    )
    factsheet = FactsheetFactory(slug_en="coordination", slug_fr="coordination-de-crise")
    tool = ToolFactory(factsheet=factsheet, slug_en="planner", slug_fr="planificateur")
    consultation = ConsultationFactory(slug_en="brussels-2015", slug_fr="bruxelles-2015")
    document = OutcomeDocumentFactory(
        consultation=consultation, slug_en="brussels-report", slug_fr="rapport-de-bruxelles"
    )
    return {
        "guideline": guideline,
        "principle": principle,
        "practice": practice,
        "factsheet": factsheet,
        "tool": tool,
        "consultation": consultation,
        "document": document,
    }


def public_urls(content):
    """Every public page type, in the active language."""
    guideline, tool, document = content["guideline"], content["tool"], content["document"]
    return {
        "home": reverse("pages:home"),
        "about": reverse("pages:about"),
        "guidelines": reverse("guidelines:overview"),
        "principle": content["principle"].get_absolute_url(),
        "guideline": guideline.get_absolute_url(),
        "guideline print": guideline.get_print_url(),
        "guideline print alone": reverse(
            "guidelines:guideline_print_alone",
            kwargs={"number": guideline.number, "slug": guideline.slug},
        ),
        "practices": reverse("practices:list"),
        "practice": content["practice"].get_absolute_url(),
        "share a practice": reverse("practices:share"),
        "practice shared": reverse("practices:share_done"),
        "factsheets": reverse("factsheets:list"),
        "factsheet": content["factsheet"].get_absolute_url(),
        "tool download": tool.get_file_url("fr", "download"),
        "tool preview": tool.get_file_url("en", "preview"),
        "consultations": reverse("consultations:list"),
        "consultation": content["consultation"].get_absolute_url(),
        "consultation process": reverse("consultations:process"),
        "document download": document.get_file_url("en", "download"),
        "search": reverse("search:results") + "?q=migrants",
    }


def urls_in(lang, content):
    with translation.override(lang):
        return public_urls(content)


def test_every_public_page_answers_at_its_own_address(client, lang, content):
    for name, url in urls_in(lang, content).items():
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)


def test_french_addresses_are_in_french(content):
    french = urls_in("fr", content)
    for name, url in french.items():
        assert url.startswith("/fr/"), name
        words = set(urlsplit(url).path.strip("/").split("/"))
        assert not words & ENGLISH_PATH_WORDS, (name, url)
        assert url.isascii(), (name, url)
    assert french["guidelines"] == "/fr/lignes-directrices/"
    assert french["principle"] == "/fr/lignes-directrices/principes/1/sauver-des-vies/"
    assert french["guideline print alone"] == (
        "/fr/lignes-directrices/9/communiquer-souvent/imprimer/sans-pratiques/"
    )
    assert french["practices"] == "/fr/pratiques/"
    assert french["factsheets"] == "/fr/fiches/"
    assert french["tool download"] == "/fr/outils/planificateur/fr/telecharger/"
    assert french["document download"] == (
        "/fr/consultations/documents/rapport-de-bruxelles/en/telecharger/"
    )
    assert french["search"] == "/fr/recherche/?q=migrants"


def test_english_addresses_are_unchanged(content):
    english = urls_in("en", content)
    practice = content["practice"]
    assert english == {
        "home": "/en/",
        "about": "/en/about/",
        "guidelines": "/en/guidelines/",
        "principle": "/en/guidelines/principles/1/save-lives/",
        "guideline": "/en/guidelines/9/communicate-often/",
        "guideline print": "/en/guidelines/9/communicate-often/print/",
        "guideline print alone": "/en/guidelines/9/communicate-often/print/without-practices/",
        "practices": "/en/practices/",
        "practice": f"/en/practices/{practice.pk}/hotline-for-migrants/",
        "share a practice": "/en/practices/share/",
        "practice shared": "/en/practices/share/thanks/",
        "factsheets": "/en/factsheets/",
        "factsheet": "/en/factsheets/coordination/",
        "tool download": "/en/tools/planner/fr/download/",
        "tool preview": "/en/tools/planner/en/preview/",
        "consultations": "/en/consultations/",
        "consultation": "/en/consultations/brussels-2015/",
        "consultation process": "/en/consultations/process/",
        "document download": "/en/consultations/documents/brussels-report/en/download/",
        "search": "/en/search/?q=migrants",
    }


def old_french_urls(content):
    """(the address the French page had, the one it has now)."""
    pk = content["practice"].pk
    return [
        ("/fr/guidelines/", "/fr/lignes-directrices/"),
        ("/fr/guidelines/9/communicate-often/", "/fr/lignes-directrices/9/communiquer-souvent/"),
        ("/fr/guidelines/9/communiquer-souvent/", "/fr/lignes-directrices/9/communiquer-souvent/"),
        (
            "/fr/guidelines/9/communicate-often/print/",
            "/fr/lignes-directrices/9/communiquer-souvent/imprimer/",
        ),
        (
            "/fr/guidelines/principles/1/save-lives/",
            "/fr/lignes-directrices/principes/1/sauver-des-vies/",
        ),
        ("/fr/practices/", "/fr/pratiques/"),
        ("/fr/practices/?guideline=9", "/fr/pratiques/?guideline=9"),
        (f"/fr/practices/{pk}/hotline-for-migrants/", f"/fr/pratiques/{pk}/ligne-d-assistance/"),
        ("/fr/practices/share/", "/fr/pratiques/partager/"),
        ("/fr/factsheets/", "/fr/fiches/"),
        ("/fr/factsheets/coordination/", "/fr/fiches/coordination-de-crise/"),
        ("/fr/tools/planner/fr/download/", "/fr/outils/planificateur/fr/telecharger/"),
        ("/fr/tools/planner/en/preview/", "/fr/outils/planificateur/en/apercu/"),
        ("/fr/consultations/brussels-2015/", "/fr/consultations/bruxelles-2015/"),
        ("/fr/consultations/process/", "/fr/consultations/processus/"),
        (
            "/fr/consultations/documents/brussels-report/en/download/",
            "/fr/consultations/documents/rapport-de-bruxelles/en/telecharger/",
        ),
        ("/fr/search/?q=migrants", "/fr/recherche/?q=migrants"),
        ("/fr/about/", "/fr/a-propos/"),
    ]


def test_old_french_addresses_redirect_permanently_to_the_new_ones(client, content):
    for old, new in old_french_urls(content):
        response = client.get(old, follow=True)
        assert response.redirect_chain, old
        assert all(status == 301 for _url, status in response.redirect_chain), old
        assert response.redirect_chain[-1][0] == new, old
        assert response.status_code == 200, old


def test_old_addresses_of_unknown_pages_are_404(client, content):
    assert client.get("/fr/guidelines/99/", follow=True).status_code == 404
    assert client.get("/fr/no-such-section/").status_code == 404
    assert client.get("/fr/tools/no-such-tool/fr/download/", follow=True).status_code == 404
    # The English site keeps its own words only.
    assert client.get("/en/lignes-directrices/").status_code == 404


def test_a_tool_address_with_the_other_languages_slug_redirects(client, content):
    response = client.get("/en/tools/planificateur/en/download/")
    assert response.status_code == 301
    assert response["Location"] == "/en/tools/planner/en/download/"
    response = client.head("/fr/outils/planner/fr/telecharger/")
    assert response.status_code == 301
    assert response["Location"] == "/fr/outils/planificateur/fr/telecharger/"


def switcher_links(html):
    """{language: url} of the language switcher's links to the other languages."""
    nav = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="([^"]*)" hreflang="([a-z-]+)"', nav)
    return {code: unescape(url) for url, code in links}


def hreflang_links(html):
    return {
        code: unescape(url)
        for code, url in re.findall(
            r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]*)"', html
        )
    }


PAIRED_PAGES = [
    "home",
    "about",
    "guidelines",
    "principle",
    "guideline",
    "guideline print",
    "practices",
    "practice",
    "share a practice",
    "factsheets",
    "factsheet",
    "consultations",
    "consultation",
    "consultation process",
    "search",
]


@pytest.mark.parametrize("page", PAIRED_PAGES)
def test_switcher_and_hreflang_pair_the_same_page(client, lang, content, page):
    other = "en" if lang == "fr" else "fr"
    url, other_url = urls_in(lang, content)[page], urls_in(other, content)[page]

    html = client.get(url).content.decode()

    assert switcher_links(html) == {other: other_url}
    alternates = hreflang_links(html)
    assert alternates[lang] == f"http://testserver{url}"
    assert alternates[other] == f"http://testserver{other_url}"


def test_sitemap_lists_the_french_addresses(client, content):
    xml = client.get("/sitemap.xml").content.decode()

    french = urls_in("fr", content)
    for page in ["guidelines", "principle", "guideline", "practices", "factsheet", "consultation"]:
        assert f"<loc>http://testserver{french[page]}</loc>" in xml, page
    locations = re.findall(r"<loc>http://testserver(/fr/[^<]*)</loc>", xml)
    assert locations
    for location in locations:
        assert not set(location.strip("/").split("/")) & ENGLISH_PATH_WORDS, location
