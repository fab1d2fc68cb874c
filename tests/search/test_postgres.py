"""PostgreSQL full-text search: stemming per language, accents, ranking, phrases, typos."""

import pytest

from search import engine
from tests.factories import FactsheetFactory, GuidelineFactory, RepositoryPracticeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres, pytest.mark.usefixtures("index_at_once")]


def found(query, language, **kwargs):
    results = engine.search(query, language, **kwargs)
    return [entry.title for entry in results[0:50]]


@pytest.fixture
def practices():
    return {
        "evacuating": RepositoryPracticeFactory(
            title_en="Evacuating nationals by sea",
            title_fr="Évacuer les ressortissants par la mer",
            description_en="A ship was chartered.",
            description_fr="Un navire a été affrété.",
        ),
        "workers": RepositoryPracticeFactory(
            title_en="Protecting domestic workers",
            title_fr="Protéger les travailleuses domestiques",
            description_en="Employers kept passports safe.",
            description_fr="Les employeurs ont gardé les passeports en lieu sûr.",
        ),
        "body_only": RepositoryPracticeFactory(
            title_en="A transit centre by the border",
            title_fr="Un centre de transit à la frontière",
            description_en=(
                "Buses brought evacuees; evacuation took two days; evacuations continued."
            ),
            description_fr="Des bus amenaient les évacués ; l'évacuation a duré deux jours.",
        ),
    }


def test_english_stemming(practices):
    assert "Evacuating nationals by sea" in found("evacuation", "en")
    assert "Protecting domestic workers" in found("protect worker", "en")


def test_french_stemming(practices):
    assert "Évacuer les ressortissants par la mer" in found("évacuation", "fr")
    assert "Protéger les travailleuses domestiques" in found("protège travailleur", "fr")


def test_accents_do_not_matter(practices):
    assert found("evacuer", "fr") == found("évacuer", "fr")
    assert "Protéger les travailleuses domestiques" in found("proteger", "fr")


def test_title_match_ranks_above_body_match(practices):
    titles = found("evacuation", "en")
    # The body-only practice mentions it three times; the title match still comes first.
    assert titles.index("Evacuating nationals by sea") < titles.index(
        "A transit centre by the border"
    )


def test_phrase_and_exclusion_syntax(practices):
    assert found('"domestic workers"', "en") == ["Protecting domestic workers"]
    # A quoted phrase is taken exactly: no similar-word fallback either.
    assert found('"workers domestic"', "en") == []
    assert "Evacuating nationals by sea" not in found("evacuation -sea", "en")


def test_typo_tolerance_for_short_queries(practices, client):
    results = engine.search("evacuatoin", "en")
    assert results.fuzzy and results.corrected == "evacuating"
    assert "Evacuating nationals by sea" in [e.title for e in results[0:10]]
    assert not engine.search("evacuation", "en").fuzzy
    french = engine.search("travailleses domestiqes", "fr")
    assert french.corrected == "travailleuses domestiques"
    assert [e.title for e in french[0:10]] == ["Protéger les travailleuses domestiques"]
    # Nothing close at all: no correction, an honest empty result.
    assert not engine.search("zzzqqqxxx", "en").fuzzy
    html = client.get("/en/search/", {"q": "evacuatoin"}).content.decode()
    assert "closest words" in html and "“evacuating”" in html


def test_french_query_finds_english_only_content():
    FactsheetFactory(
        title_en="Consular crisis management", title_fr="", slug_fr="", summary_fr="", body_fr=""
    )
    results = engine.search("consulaire", "fr")
    entries = results[0:10]
    # "consulaire" and "consular" share no French stem; the English stemmer
    # reads the English text, so the English word form finds it.
    english = engine.search("consular", "fr")[0:10]
    assert [e.title for e in english] == ["Consular crisis management"]
    assert english[0].is_in_other_language and english[0].text_language == "en"
    assert all(e.title != "Consular crisis management" or e.is_in_other_language for e in entries)


def test_highlighted_snippets_mark_matches(practices):
    entry = engine.search("evacuation", "en")[0:10][1]
    assert "<mark>" in entry.snippet_html or "<mark>" in entry.title_html


def test_stored_vectors_are_indexed(django_db_blocker):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'search_searchentry'")
        definitions = " ".join(row[0] for row in cursor.fetchall())
    assert "gin (search_vector)" in definitions


def test_guideline_number_search():
    GuidelineFactory(number=9, title_en="Communicate with migrants", title_fr="Communiquer")
    assert "Communicate with migrants" in found("guideline 9", "en")
