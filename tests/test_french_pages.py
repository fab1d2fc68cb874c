"""The French site after `seed_demo`, page by page: no English sentence of the
interface (only content shown with its "English only" notice, marked
lang="en"), French typography in the demo content too, and French slugs in
French addresses wherever the content has a French title.

The tests read the session's demo site (`demo`, tests/conftest.py), and every
French page is fetched once for the module: the pages of the sitemap, and the
page types the sitemap does not list (print views, forms, search, the 404
page)."""

import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import polib
import pytest
from django.conf import settings
from django.contrib import admin
from django.db import connections
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify
from modeltranslation.translator import translator

from consultations.models import OutcomeDocument
from demo.loader import read
from factsheets.models import Tool
from tests.search.test_views import results
from tests.test_typography import VisibleText, defects
from toolkit.models import GuidelinesInAction, ToolkitItem

PO_FILE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Placeholders of the catalogue (%(name)s, %s, {name}) and the markup some
# messages hold: an English message is looked for piece by piece between them.
_PLACEHOLDER = re.compile(r"%\([^)]*\)[sd]|%[sd]|\{[^}]*\}|<[^>]+>")
# Shorter pieces are too often the same in both languages ("MICIC", "PDF").
MIN_WORDS = 4


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return [urlsplit(loc.text).path for loc in root.iterfind("sm:url/sm:loc", SITEMAP_NS)]


def other_french_pages():
    """Public French page types the sitemap leaves out (or lists without the
    query that makes them a page of their own)."""
    from guidelines.models import Guideline

    guideline = Guideline.objects.published().order_by("number").first()
    with translation.override("fr"):
        search = reverse("search:results")
        return [
            guideline.get_print_url(),
            reverse(
                "guidelines:guideline_print_alone",
                kwargs={"number": guideline.number, "slug": guideline.slug},
            ),
            reverse("guidelines:overview") + "?stakeholder=nobody",
            reverse("practices:list") + "?page=2",
            reverse("practices:list") + "?country=LY&type=hotline",
            reverse("practices:share"),
            reverse("practices:share_done"),
            reverse("consultations:process"),
            reverse("handbook:documents"),
            search,
            search + "?q=migrants",
            search + "?q=migrants&page=2",
            search + "?q=zzzyyyxxx",
            "/fr/aucune-page/",
        ]


@pytest.fixture(scope="module")
def french_pages(demo_database, demo_media, django_db_blocker):
    """{path: visible text} of every French page of the demo site."""
    client = Client()
    pages = {}
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=demo_media):
        paths = [path for path in sitemap_urls(client) if path.startswith("/fr/")]
        for path in [*paths, *other_french_pages()]:
            response = client.get(path)
            assert response.status_code in {200, 404}, path
            assert response["Content-Language"] == "fr", path
            pages[path] = response.content.decode()
        # Not the tests' connection (see demo_database in tests/conftest.py).
        connections.close_all()
    translation.activate(settings.LANGUAGE_CODE)
    return pages


def english_messages():
    """The pieces of the interface's English messages that French says
    otherwise, at least MIN_WORDS words long."""
    pieces = set()
    for entry in polib.pofile(str(PO_FILE)).translated_entries():
        pairs = (
            [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
            if entry.msgid_plural
            else [(entry.msgid, entry.msgstr)]
        )
        for english, french in pairs:
            if english == french:
                continue
            for piece in _PLACEHOLDER.split(english):
                piece = " ".join(piece.split())
                if len(piece.split()) >= MIN_WORDS and piece not in french:
                    pieces.add(piece)
    return pieces


class ReadText(VisibleText):
    """The visible text, and the text read out or shown on demand: labels,
    alternatives, tooltips and placeholders. (Not the page's description: it
    is content, and in English where the content is.)"""

    SPOKEN = {"aria-label", "alt", "title", "placeholder"}

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        if any(foreign for _tag, foreign in self.stack):
            return
        values = dict(attrs)
        self.chunks.extend(values[name] for name in self.SPOKEN if values.get(name))


def readable(html):
    """What a French reader sees or hears of a page (elements in another
    language left out), every space a plain one, to compare with English."""
    return " ".join(ReadText.of(html).split())


# Words a French sentence does not use: two of them in one sentence make it
# English, whether or not the catalogue knows it (hard-coded text).
_ENGLISH_WORDS = re.compile(r"\b(the|and|of|with|this|your|you|from|is|are|for)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?:;·—|])\s")


def english_sentences(text):
    return [
        sentence
        for sentence in _SENTENCE_END.split(text)
        if len(set(_ENGLISH_WORDS.findall(sentence))) >= 2
    ]


def test_the_checks_find_english():
    messages = english_messages()
    assert "Check the spelling, or try a more general word." in messages
    assert "Nothing matched" not in messages  # too short to tell
    html = (
        '<p title="Vérifiez">Rien. <span lang="en">Check the spelling, or try a'
        ' more general word.</span></p><img alt="The map of the region">'
    )
    assert "Check the spelling" not in readable(html)
    assert english_sentences(readable(html)) == ["The map of the region"]
    assert english_sentences("Le texte de l’OIM est publié. Partners in Preparedness.") == []


def test_the_demo_has_many_french_pages(demo, french_pages):
    assert len(french_pages) > 100


def test_no_english_sentence_on_a_french_page(demo, french_pages):
    messages = english_messages()
    found = {}
    for path, html in french_pages.items():
        text = readable(html)
        english = sorted(message for message in messages if message in text)
        if english := english + english_sentences(text):
            found[path] = english
    assert found == {}


def test_french_pages_of_the_demo_have_french_typography(demo, french_pages):
    found = {path: defects(VisibleText.of(html)) for path, html in french_pages.items()}
    problems = {path: problems for path, problems in found.items() if problems}
    assert not problems, "\n".join(f"{path}: {found}" for path, found in problems.items())


# French slugs -----------------------------------------------------------------


def models_with_translated_slugs():
    return [
        model
        for model in translator.get_registered_models()
        if "slug" in translator.get_options_for_model(model).all_fields
    ]


def test_toolkit_documents_have_translated_slugs():
    assert {GuidelinesInAction, ToolkitItem, Tool, OutcomeDocument} <= set(
        models_with_translated_slugs()
    )


def english_slugs_with_a_french_title():
    """{English slug: object} of everything with a French title whose French
    slug should therefore differ from the English one."""
    slugs = {}
    for model in models_with_translated_slugs():
        for obj in model._default_manager.all():
            title = obj.title_fr or ""
            if title and slugify(title) != obj.slug_en:
                slugs[obj.slug_en] = obj
    return slugs


def test_every_french_title_has_a_french_slug(demo):
    objects = english_slugs_with_a_french_title()

    assert len(objects) > 100
    english = {slug: obj for slug, obj in objects.items() if obj.slug_fr in (None, slug)}
    assert english == {}


def test_documents_french_slugs_come_from_their_french_titles(demo):
    for model in (GuidelinesInAction, ToolkitItem, Tool, OutcomeDocument):
        for document in model.objects.exclude(title_fr__isnull=True).exclude(title_fr=""):
            assert document.slug_fr == slugify(document.title_fr)[:120].rstrip("-"), document


def test_no_french_address_in_the_sitemap_uses_an_english_slug(demo, french_pages):
    english = english_slugs_with_a_french_title()
    french_paths = [path for path in french_pages if path.startswith("/fr/")]

    assert [path for path in french_paths if set(path.strip("/").split("/")) & set(english)] == []


def test_french_pages_link_to_documents_by_their_french_slug(demo, french_pages):
    english = english_slugs_with_a_french_title()
    links = {
        link
        for html in french_pages.values()
        for link in re.findall(r'href="(/fr/[^"?#]+)', html)
        if "/apercu/" in link or "/telecharger/" in link
    }

    assert links
    assert [link for link in links if set(link.strip("/").split("/")) & set(english)] == []


@pytest.mark.parametrize("model", [GuidelinesInAction, ToolkitItem])
def test_admin_fills_each_languages_slug_from_that_languages_title(model, rf, admin_user):
    request = rf.get("/")
    request.user = admin_user
    model_admin = admin.site.get_model_admin(model)

    assert model_admin.get_prepopulated_fields(request) == {
        "slug_en": ("title_en",),
        "slug_fr": ("title_fr",),
    }


# Official names ---------------------------------------------------------------

# Verbatim from the MICIC Guidelines (June 2016), as ../shared/domain.md lists
# them: pinned here, so the demo data cannot drift back to paraphrases.
OFFICIAL_GUIDELINES = {
    1: "Track information on conflicts and natural disasters, and the potential impact on migrants",
    2: "Collect and share information on migrants, subject to privacy, confidentiality, and "
    "the security and safety of migrants",
    3: "Empower migrants to help themselves, their families, and communities during and in "
    "the aftermath of crises",
    4: "Incorporate migrants in prevention, preparedness, and emergency response systems",
    5: "Involve migrants in contingency planning and integrate their needs and capacities",
    6: "Communicate effectively with migrants",
    7: "Establish coordination agreements in advance to leverage strengths and foster trust",
    8: "Build capacity and learn lessons for emergency response and post-crisis action",
    9: "Communicate widely, effectively, and often with migrants on evolving crises and how "
    "to access help",
    10: "Facilitate migrants’ ability to move to safety",
    11: "Provide humanitarian assistance to migrants without discrimination",
    12: "Establish clear referral procedures among stakeholders",
    13: "Relocate and evacuate migrants when needed",
    14: "Address migrants’ immediate needs and support migrants to rebuild lives",
    15: "Support migrants’ host communities",
}
OFFICIAL_PHASES = {
    "Crisis preparedness": range(1, 9),
    "Emergency response": range(9, 14),
    "Post-crisis action": range(14, 16),
}
# The portal's French titles (no official French wording is known).
FRENCH_TITLES = {item["number"]: item["title"]["fr"] for item in read("guidelines")["guideline"]}
FRENCH_PHASES = {item["name"]["en"]: item["name"]["fr"] for item in read("phases")["phase"]}


def phase_of(number):
    return next(name for name, numbers in OFFICIAL_PHASES.items() if number in numbers)


def test_the_demo_data_holds_the_official_titles():
    data = read("guidelines")["guideline"]
    assert {item["number"]: item["title"]["en"] for item in data} == OFFICIAL_GUIDELINES
    assert set(OFFICIAL_PHASES) <= set(FRENCH_PHASES)


def test_overview_names_the_official_titles_and_phases(client, demo):
    page = client.get(reverse("guidelines:overview")).content.decode()
    for title in [*OFFICIAL_GUIDELINES.values(), *OFFICIAL_PHASES]:
        assert escape(title) in page, title


def test_each_guideline_page_carries_its_official_title_and_phase(client, demo):
    from guidelines.models import Guideline

    for guideline in Guideline.objects.all():
        page = client.get(guideline.get_absolute_url()).content.decode()
        title = escape(OFFICIAL_GUIDELINES[guideline.number])
        assert f">{title}</h1>" in page, guideline.number
        assert f"<title>Guideline {guideline.number}: {title} · MICIC</title>" in page
        assert phase_of(guideline.number) in page, guideline.number


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_searching_a_guideline_finds_it_under_its_official_title(client, demo, lang):
    """A reader who types a guideline's title (a straight apostrophe, as on a
    keyboard) finds the guideline under that title, labelled with its number
    and phase."""
    with translation.override(lang):
        url = reverse("search:results")
    for number, english in OFFICIAL_GUIDELINES.items():
        title = english if lang == "en" else FRENCH_TITLES[number]
        phase = phase_of(number) if lang == "en" else FRENCH_PHASES[phase_of(number)]
        label = {"en": "Guideline", "fr": "Ligne directrice"}[lang]
        response = client.get(url, {"q": title.replace("’", "'"), "type": "guideline"})
        assert (f"{label} {number} · {phase}", title) in results(response), number
