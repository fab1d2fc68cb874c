"""French typography on the French pages: a no-break space (U+202F or U+00A0),
never a plain one, before « : ; ? ! » and inside « guillemets », and the
typographic apostrophe (U+2019), never the straight one.

The content comes from factories with correct typography, so what this
catches is the interface: templates and locale/fr/LC_MESSAGES/django.po."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    ConsultationFactory,
    FactsheetFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    OutcomeDocumentFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    ToolFactory,
)

pytestmark = pytest.mark.django_db

NNBSP = "\u202f"

# French text as an editor should type it.
SUMMARY = f"L’essentiel{NNBSP}: prévenir, protéger{NNBSP}; et ensuite{NNBSP}?"
BODY = f"Le guide «{NNBSP}Partenaires{NNBSP}» aide l’équipe consulaire{NNBSP}!"

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
HIDDEN = {"script", "style", "template"}


class VisibleText(HTMLParser):
    """The text a reader sees in French: no tags, no attribute values, nothing
    from <script> or <style>, nothing inside an element marked in another
    language (e.g. the switcher's "English")."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.chunks = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        lang = dict(attrs).get("lang")
        self.stack.append((tag, lang and not lang.startswith("fr")))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if any(tag in HIDDEN or foreign for tag, foreign in self.stack):
            return
        self.chunks.append(data)

    @classmethod
    def of(cls, html):
        parser = cls()
        parser.feed(html)
        # Tags end words; block tags end lines: either way a separator.
        return " ".join(parser.chunks)


RULES = [
    ("plain space before a high sign", re.compile(r"[ \t\r\n]+[:;?!»]")),
    ("plain space after «", re.compile(r"«[ \t\r\n]")),
    ("no space after «", re.compile(r"«[^\s\u202f\u00a0]")),
    ("no space before »", re.compile(r"[^\s\u202f\u00a0]»")),
    ("no space before ; ? !", re.compile(r"[^\W\d_][;?!](?=\s|$)")),
    ("straight apostrophe", re.compile(r"'")),
]


def defects(text):
    found = []
    for name, rule in RULES:
        for match in rule.finditer(text):
            start = max(match.start() - 40, 0)
            context = " ".join(text[start : match.end() + 40].split())
            found.append(f"{name}: …{context}…")
    return found


def test_the_scan_finds_each_defect():
    for text in ["Statut : publié", "Pourquoi ?", "« Partenaires »", "«Partenaires»", "l'équipe"]:
        assert defects(text), text
    assert not defects(f"Statut{NNBSP}: publié, à 10:30, l’équipe «{NNBSP}Partenaires{NNBSP}».")
    assert VisibleText.of('<p title="a : b">x</p><script>a = "b : c"</script>') == "x"


@pytest.fixture
def french_content():
    typography = {"summary_fr": SUMMARY, "body_fr": BODY}
    guideline = GuidelineFactory(number=9, **typography)
    GuidelinePracticeFactory(guideline=guideline, body_fr=BODY)
    principle = PrincipleFactory(number=1, body_fr=BODY)
    practice = RepositoryPracticeFactory(
        description_fr=BODY, guidelines=[guideline], countries=["SN"]
    )
    factsheet = FactsheetFactory(related_guidelines=[guideline], **typography)
    ToolFactory(factsheet=factsheet, description_fr=SUMMARY)
    consultation = ConsultationFactory(guidelines=[guideline], **typography)
    OutcomeDocumentFactory(consultation=consultation, description_fr=SUMMARY)
    with translation.override("fr"):
        return {
            "home": reverse("pages:home"),
            "about": reverse("pages:about"),
            "guidelines": reverse("guidelines:overview"),
            "guidelines, unknown filter": reverse("guidelines:overview") + "?stakeholder=nobody",
            "principle": principle.get_absolute_url(),
            "guideline": guideline.get_absolute_url(),
            "guideline print": guideline.get_print_url(),
            "practices": reverse("practices:list"),
            "practices, no match": reverse("practices:list") + "?country=LY&type=hotline",
            "practice": practice.get_absolute_url(),
            "share a practice": reverse("practices:share"),
            "practice shared": reverse("practices:share_done"),
            "factsheets": reverse("factsheets:list"),
            "factsheet": factsheet.get_absolute_url(),
            "consultations": reverse("consultations:list"),
            "consultation": consultation.get_absolute_url(),
            "consultation process": reverse("consultations:process"),
            "search, no query": reverse("search:results"),
            "search, results": reverse("search:results") + "?q=guide",
            "search, nothing found": reverse("search:results") + "?q=zzzyyyxxx",
            "not found": "/fr/aucune-page/",
        }


PAGES = [
    "home",
    "about",
    "guidelines",
    "guidelines, unknown filter",
    "principle",
    "guideline",
    "guideline print",
    "practices",
    "practices, no match",
    "practice",
    "share a practice",
    "practice shared",
    "factsheets",
    "factsheet",
    "consultations",
    "consultation",
    "consultation process",
    "search, no query",
    "search, results",
    "search, nothing found",
    "not found",
]


@pytest.mark.parametrize("page", PAGES)
def test_french_pages_have_french_typography(client, french_content, page):
    response = client.get(french_content[page])

    assert response.status_code in {200, 404}
    assert not defects(VisibleText.of(response.content.decode()))


def test_every_page_type_is_scanned(french_content):
    assert set(PAGES) == set(french_content)


def test_form_errors_have_french_typography(client):
    with translation.override("fr"):
        url = reverse("practices:share")
    response = client.post(url, {"email": "not an address"})
    assert response.status_code == 200
    assert not defects(VisibleText.of(response.content.decode()))
