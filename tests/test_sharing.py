"""Open Graph and Twitter card tags on every public page, and JSON-LD on
content pages, in the page's language and within the strict CSP."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

from editorial.models import Status
from pages.sharing import csp_hash
from tests.factories import (
    ConsultationFactory,
    FactsheetFactory,
    GuidelineFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    ToolFactory,
)

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
OG_LOCALE = {"en": "en_GB", "fr": "fr_FR"}


def meta(html, name):
    """The content of every <meta property/name="name"> tag."""
    pattern = rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">'
    return [unescape(value) for value in re.findall(pattern, html)]


def in_language(lang, url_or_callable):
    with translation.override(lang):
        return url_or_callable() if callable(url_or_callable) else url_or_callable


@pytest.fixture
def content(db):
    """One published item of each content type with a page of its own."""
    factsheet = FactsheetFactory()
    ToolFactory(factsheet=factsheet, title_en="Published tool", title_fr="Outil publié")
    ToolFactory(
        factsheet=factsheet,
        status=Status.DRAFT,
        title_en="Draft tool",
        title_fr="Outil en brouillon",
    )
    return {
        "guideline": GuidelineFactory(number=3),
        "principle": PrincipleFactory(number=1),
        "practice": RepositoryPracticeFactory(countries=["SN"]),
        "factsheet": factsheet,
        "consultation": ConsultationFactory(),
    }


@pytest.fixture
def pages(content):
    """Every public page type (a callable giving its address in the active language)."""
    return {
        "home": lambda: reverse("pages:home"),
        "about": lambda: reverse("pages:about"),
        "accessibility": lambda: reverse("pages:accessibility"),
        "privacy": lambda: reverse("pages:privacy"),
        "overview": lambda: reverse("guidelines:overview"),
        "repository": lambda: reverse("practices:list"),
        "share": lambda: reverse("practices:share"),
        "factsheets": lambda: reverse("factsheets:list"),
        "consultations": lambda: reverse("consultations:list"),
        "process": lambda: reverse("consultations:process"),
        "civil society": lambda: reverse("consultations:civil_society"),
        "search": lambda: reverse("search:results") + "?q=migrants",
        **{name: obj.get_absolute_url for name, obj in content.items()},
    }


PAGE_NAMES = [
    "home",
    "about",
    "accessibility",
    "privacy",
    "overview",
    "repository",
    "share",
    "factsheets",
    "consultations",
    "process",
    "civil society",
    "search",
    "guideline",
    "principle",
    "practice",
    "factsheet",
    "consultation",
]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_public_page_has_open_graph_and_twitter_tags(client, pages, name, lang):
    url = in_language(lang, pages[name])

    html = client.get(url).content.decode()

    title = unescape(re.search(r"<title>(.*?) · MICIC</title>", html, re.S).group(1))
    assert meta(html, "og:title") == [title]
    assert meta(html, "og:description") == meta(html, "description") != [""]
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
    assert meta(html, "og:url") == [unescape(canonical)]
    assert meta(html, "og:locale") == [OG_LOCALE[lang]]
    assert meta(html, "og:locale:alternate") == [
        locale for code, locale in OG_LOCALE.items() if code != lang
    ]
    assert meta(html, "og:site_name") == [{"en": "MICIC Portal", "fr": "Portail MICIC"}[lang]]
    assert meta(html, "og:image") == ["http://testserver/static/img/share.png"]
    assert meta(html, "og:type") == [
        "article"
        if name in {"guideline", "principle", "practice", "factsheet", "consultation"}
        else "website"
    ]
    assert meta(html, "twitter:card") == ["summary"]


def test_sharing_tags_are_in_the_pages_language(client, content):
    with translation.override("fr"):
        url = content["guideline"].get_absolute_url()

    html = client.get(url).content.decode()

    assert meta(html, "og:title")[0].startswith("Ligne directrice 3")
    assert meta(html, "og:url") == [f"http://testserver{url}"]


def json_ld(response):
    blocks = JSON_LD.findall(response.content.decode())
    assert len(blocks) == 1
    return json.loads(blocks[0]), blocks[0]


@pytest.mark.parametrize(
    ("name", "schema_type"),
    [
        ("guideline", "CreativeWork"),
        ("principle", "CreativeWork"),
        ("practice", "CreativeWork"),
        ("factsheet", "CreativeWork"),
        ("consultation", "Event"),
    ],
)
def test_content_pages_carry_json_ld_in_their_language(client, content, name, schema_type, lang):
    obj = content[name]
    url = in_language(lang, obj.get_absolute_url)

    data, _text = json_ld(client.get(url))

    item, trail = data["@graph"]
    assert data["@context"] == "https://schema.org"
    assert item["@type"] == schema_type
    assert item["inLanguage"] == lang
    assert item["url"] == f"http://testserver{url}"
    with translation.override(lang):
        assert item["name"] == obj.title
    assert item["dateModified"] == obj.updated_at.isoformat()
    assert item["publisher"]["name"] == {"en": "MICIC Portal", "fr": "Portail MICIC"}[lang]
    assert trail["@type"] == "BreadcrumbList"
    positions = trail["itemListElement"]
    assert positions[0]["item"] == f"http://testserver/{lang}/"
    assert positions[-1]["item"] == item["url"]
    assert [entry["position"] for entry in positions] == list(range(1, len(positions) + 1))


def test_consultation_json_ld_says_where_and_when(client, content):
    consultation = content["consultation"]

    item = json_ld(client.get(consultation.get_absolute_url()))[0]["@graph"][0]

    assert item["startDate"] == consultation.start_date.isoformat()
    assert item["location"]["name"] == consultation.city


def test_factsheet_json_ld_lists_published_tools_only(client, content):
    item = json_ld(client.get(content["factsheet"].get_absolute_url()))[0]["@graph"][0]

    assert [part["name"] for part in item["hasPart"]] == ["Published tool"]


def test_english_fallback_is_declared_in_json_ld(client, db):
    practice = RepositoryPracticeFactory(title_fr="", english_only=True)
    with translation.override("fr"):
        url = practice.get_absolute_url()

    item = json_ld(client.get(url))[0]["@graph"][0]

    assert item["inLanguage"] == "en"


def test_json_ld_escapes_html(client, db):
    practice = RepositoryPracticeFactory(title_en="Plans </script><b> & more")

    response = client.get(practice.get_absolute_url())

    data, text = json_ld(response)
    assert "</script><b>" not in text and "&" not in text
    assert data["@graph"][0]["name"] == "Plans </script><b> & more"


def test_csp_allows_the_json_ld_block_by_hash(client, content):
    response = client.get(content["guideline"].get_absolute_url())

    _data, text = json_ld(response)
    csp = response["Content-Security-Policy"]
    script_src = next(d for d in csp.split("; ") if d.startswith("script-src "))
    assert csp_hash(text) in script_src.split()
    assert "unsafe-inline" not in csp
    assert "nonce-" not in csp


def test_cached_page_keeps_its_matching_csp_hash(client, content, settings):
    settings.MICIC_PAGE_CACHE = True
    url = content["practice"].get_absolute_url()

    client.get(url)
    response = client.get(url)

    assert response["X-Page-Cache"] == "hit"
    _data, text = json_ld(response)
    assert csp_hash(text) in response["Content-Security-Policy"]


def test_pages_without_json_ld_keep_the_site_policy(client, db, settings):
    response = client.get(reverse("pages:about"))

    assert not JSON_LD.search(response.content.decode())
    assert "sha256-" not in response["Content-Security-Policy"]


def test_staff_preview_of_a_draft_has_no_json_ld(admin_client, db):
    draft = RepositoryPracticeFactory(status=Status.DRAFT)

    response = admin_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert not JSON_LD.search(response.content.decode())
    assert meta(response.content.decode(), "og:type") == ["website"]
