"""The results page: what it finds and shows, in both languages, on either database."""

import datetime
import re
from html import unescape
from unittest import mock

import pytest
from django.utils import timezone

from editorial.models import Status
from search.forms import MAX_QUERY_LENGTH
from tests.factories import (
    ConsultationFactory,
    FactsheetFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    ToolFactory,
)
from tests.support.urls import page_path

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("index_at_once")]


def results(response):
    """(label, title) of each hit, tags removed."""
    html = response.content.decode()
    hits = re.findall(
        r'<p class="search-hit-kind">(.*?)</p>\s*<h3 class="search-hit-title"><a[^>]*>(.*?)</a>',
        html,
        re.S,
    )
    return [
        (unescape(re.sub(r"<[^>]+>", "", a)).strip(), unescape(re.sub(r"<[^>]+>", "", b)))
        for a, b in hits
    ]


def titles(response):
    return [title for _label, title in results(response)]


@pytest.fixture
def content():
    guideline = GuidelineFactory(
        number=9,
        title_en="Communicate widely, effectively and frequently with migrants",
        title_fr="Communiquer largement, efficacement et fréquemment avec les migrants",
        body_en="Hotlines and radio reach migrants during an evacuation.",
        body_fr="Les lignes d'urgence et la radio atteignent les migrants lors d'une évacuation.",
    )
    return {
        "guideline": guideline,
        "principle": PrincipleFactory(
            title_en="Evacuation support for every migrant",
            title_fr="Un soutien à l'évacuation pour chaque migrant",
        ),
        "practice": RepositoryPracticeFactory(
            title_en="Flood hotline in twelve languages",
            title_fr="Une ligne d'urgence inondations en douze langues",
            description_en="Operators answered calls about evacuation routes.",
            description_fr="Les opérateurs répondaient aux appels sur les routes d'évacuation.",
            countries=["KE"],
        ),
        "english_only": RepositoryPracticeFactory(
            title_en="Evacuation buses for seasonal workers",
            title_fr="",
            slug_fr="",
            description_fr="",
            stakeholder_name_fr="",
        ),
        "guideline_practice": GuidelinePracticeFactory(
            guideline=guideline,
            title_en="Set up a hotline",
            title_fr="Mettre en place une ligne d'urgence",
        ),
        "factsheet": FactsheetFactory(
            title_en="Reaching migrants with emergency information",
            title_fr="Atteindre les migrants avec l'information d'urgence",
        ),
        "tool": ToolFactory(title_en="Hotline checklist", title_fr="Liste de contrôle hotline"),
        "consultation": ConsultationFactory(
            title_en="Regional consultation in Manila", title_fr="Consultation régionale à Manille"
        ),
    }


def test_search_page_without_query_explains(client, lang):
    response = client.get(page_path(lang, "/search/"))
    assert response.status_code == 200
    assert b'name="robots" content="noindex"' in response.content
    assert response["X-Robots-Tag"] == "noindex"
    assert b"search-start-title" in response.content


def test_header_has_a_search_box_on_every_page(client, lang):
    html = client.get(f"/{lang}/").content.decode()
    assert f'action="{page_path(lang, "/search/")}"' in html
    assert 'role="search"' in html and 'for="header-search-q"' in html


def test_finds_every_kind_of_content_and_says_what_each_is(client, content):
    response = client.get("/en/search/", {"q": "hotline"})
    assert response.status_code == 200
    labels = {title: label for label, title in results(response)}
    assert labels["Flood hotline in twelve languages"].startswith("Practice from Kenya")
    assert labels["Set up a hotline"].startswith("Practice under Guideline 9")
    assert labels["Hotline checklist"].startswith("Tool sheet")
    manila = client.get("/en/search/", {"q": "Manila"})
    assert results(manila)[0][0].startswith("Regional government consultation · Manila")


def test_french_search_finds_english_only_items_and_labels_them(client, content):
    response = client.get("/fr/recherche/", {"q": "évacuation"})
    found = {title: label for label, title in results(response)}
    assert "Evacuation buses for seasonal workers" in found
    assert "En anglais" in found["Evacuation buses for seasonal workers"]
    assert "Un soutien à l'évacuation pour chaque migrant" in found
    assert "En anglais" not in found["Un soutien à l'évacuation pour chaque migrant"]
    assert 'lang="en"' in response.content.decode()


def test_accents_are_ignored_both_ways(client, content, lang):
    with_accent = titles(client.get(page_path(lang, "/search/"), {"q": "évacuation"}))
    without = titles(client.get(page_path(lang, "/search/"), {"q": "evacuation"}))
    assert with_accent and sorted(with_accent) == sorted(without)


def test_title_match_ranks_above_text_match(client, content, lang):
    query = "evacuation" if lang == "en" else "évacuation"
    found = titles(client.get(page_path(lang, "/search/"), {"q": query}))
    principle = content["principle"]
    title_match = principle.title_en if lang == "en" else principle.title_fr
    # The hotline practice mentions evacuation in its text only.
    text_match = content["practice"].title_en if lang == "en" else content["practice"].title_fr
    assert found.index(title_match) < found.index(text_match)


def test_matches_are_highlighted_and_escaped(client, lang):
    RepositoryPracticeFactory(
        title_en="Radio <script>alert(1)</script> in camps",
        title_fr="La radio <script>alert(1)</script> dans les camps",
        description_en="Radio messages & leaflets in camps.",
        description_fr="Des messages radio & des tracts dans les camps.",
    )
    html = client.get(page_path(lang, "/search/"), {"q": "radio"}).content.decode()
    assert "<mark>" in html
    assert "<script>alert" not in html


def test_drafts_scheduled_and_withdrawn_never_appear(client, content, lang):
    guideline = content["guideline"]
    GuidelinePracticeFactory(
        guideline=guideline,
        title_en="Hotline draft",
        title_fr="Hotline brouillon",
        status=Status.DRAFT,
    )
    GuidelinePracticeFactory(
        guideline=guideline,
        title_en="Hotline scheduled",
        title_fr="Hotline programmée",
        publish_at=timezone.now() + datetime.timedelta(days=1),
    )
    # Published practice of an unpublished guideline: not public either.
    GuidelinePracticeFactory(
        guideline=GuidelineFactory(number=guideline.number % 15 + 1, status=Status.DRAFT),
        title_en="Hotline orphan",
        title_fr="Hotline orpheline",
    )
    # A tool of an unpublished factsheet.
    ToolFactory(factsheet=FactsheetFactory(status=Status.REVIEW), title_en="Hotline tool hidden")
    html = client.get(page_path(lang, "/search/"), {"q": "hotline"}).content.decode()
    for hidden in (
        "draft",
        "brouillon",
        "scheduled",
        "programmée",
        "orphan",
        "orpheline",
        "hidden",
    ):
        assert f"Hotline {hidden}" not in html


def test_a_scheduled_publication_appears_on_time(client, content):
    practice = content["practice"]
    practice.publish_at = timezone.now() + datetime.timedelta(hours=1)
    practice.save()
    assert titles(client.get("/en/search/", {"q": "flood"})) == []
    # An hour later, with no save and no re-indexing, it is found.
    later = timezone.now() + datetime.timedelta(hours=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert titles(client.get("/en/search/", {"q": "flood"})) == [practice.title_en]


def test_unpublishing_removes_at_once(client, content):
    practice = content["practice"]
    practice.status = Status.DRAFT
    practice.save()
    assert titles(client.get("/en/search/", {"q": "flood"})) == []


def test_type_filter_counts_and_narrows(client, content):
    response = client.get("/en/search/", {"q": "hotline", "type": "tool"})
    html = response.content.decode()
    assert titles(response) == ["Hotline checklist"]
    assert re.search(r'aria-current="true">Tools <span class="facet-count">\(1\)', html)
    assert "All types" in html


def test_unknown_type_is_reported_and_ignored(client, content, lang):
    response = client.get(page_path(lang, "/search/"), {"q": "hotline", "type": "nonsense"})
    assert response.status_code == 400
    assert b'role="alert"' in response.content
    assert titles(response)  # still searched every type


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed phrase',
        "'; DROP TABLE search_searchentry; --",
        "1' OR '1'='1",
        "hotline & | ! ( ) : * <-> \\",
        "😀🔥 emoji",
        "-",
        "OR",
        "\x00nul",
        "%",
        "_",
        " ",
    ],
)
def test_odd_queries_get_a_friendly_page(client, content, lang, query):
    response = client.get(page_path(lang, "/search/"), {"q": query})
    assert response.status_code == 200
    assert b"results-title" in response.content or b"search-start-title" in response.content


def test_too_long_query_is_shortened_with_a_note(client, content, lang):
    response = client.get(page_path(lang, "/search/"), {"q": "hotline " * 100})
    assert response.status_code == 200
    assert response.context["query"] and len(response.context["query"]) <= MAX_QUERY_LENGTH
    assert str(MAX_QUERY_LENGTH).encode() in response.content


def test_bad_page_numbers_show_a_page(client, content, lang):
    for page in ("0", "999", "abc", "-1", "9" * 40, "2.5", ""):
        response = client.get(page_path(lang, "/search/"), {"q": "hotline", "page": page})
        assert response.status_code == 200


def test_language_switcher_keeps_the_query(client, content):
    html = client.get("/en/search/", {"q": "hotline"}).content.decode()
    assert 'href="/fr/recherche/?q=hotline"' in html


def test_results_page_queries_stay_constant(client, django_assert_max_num_queries, lang):
    guideline = GuidelineFactory()
    for number in range(60):
        RepositoryPracticeFactory(
            title_en=f"Shelter practice {number}",
            title_fr=f"Pratique d'abri {number}",
            description_en="Shelter for migrants.",
            description_fr="Un abri pour les migrants.",
            countries=["KE", "SN"],
        )
        GuidelinePracticeFactory(
            guideline=guideline, title_en=f"Shelter {number}", title_fr=f"Abri {number}"
        )
    query = "shelter" if lang == "en" else "abri"
    # One query on PostgreSQL (page and counts together), two on SQLite.
    with django_assert_max_num_queries(2):
        response = client.get(page_path(lang, "/search/"), {"q": query})
    assert response.context["results"].total == 120
    assert len(titles(response)) == 20
    with django_assert_max_num_queries(2):
        client.get(page_path(lang, "/search/"), {"q": query, "type": "practice", "page": "3"})


HELP = {
    # What the help promises on PostgreSQL: stemming and typo correction...
    "stemming": {"en": "Words in any form", "fr": "Les mots sous toutes leurs formes"},
    # ...and on SQLite: words found from their beginning, no correction.
    "prefix": {
        "en": "Words are found from their beginning",
        "fr": "Les mots sont trouvés par leur début",
    },
}


@pytest.mark.postgres
def test_help_on_postgresql_promises_word_forms(client, lang):
    html = client.get(page_path(lang, "/search/"), {"q": "hotline"}).content.decode()

    assert HELP["stemming"][lang] in html
    assert HELP["prefix"][lang] not in html


def test_help_on_sqlite_says_words_match_from_their_beginning(client, lang):
    with mock.patch("search.engine.uses_postgres", return_value=False):
        html = client.get(page_path(lang, "/search/")).content.decode()

    assert HELP["prefix"][lang] in html
    assert HELP["stemming"][lang] not in html
    # Quotes and -word, which the help offers, work there too (test_simple_backend).
    assert "-drought" in html or "-sécheresse" in html
