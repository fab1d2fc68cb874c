"""The simpler search used on SQLite, tested on whichever database runs the suite
(the PostgreSQL paths are switched off for it)."""

from unittest import mock

import pytest

from search import engine
from tests.factories import GuidelineFactory, RepositoryPracticeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("index_at_once")]


@pytest.fixture(autouse=True)
def simple_backend():
    with (
        mock.patch("search.indexer.uses_postgres", return_value=False),
        mock.patch("search.engine.uses_postgres", return_value=False),
    ):
        yield


@pytest.fixture
def content():
    GuidelineFactory(
        title_en="Relocate and evacuate migrants",
        title_fr="Relocaliser et évacuer les migrants",
        body_en="Evacuations are complex.",
        body_fr="Les évacuations sont complexes.",
    )
    RepositoryPracticeFactory(
        title_en="Shelter for everyone",
        title_fr="Un abri pour tous",
        description_en="The evacuation centre took in migrants.",
        description_fr="Le centre d'évacuation a accueilli des migrants.",
    )


def titles(query, language):
    return [entry.title for entry in engine.search(query, language)[0:20]]


def test_words_match_from_their_start_ignoring_case_and_accents(content):
    assert titles("EVACUAT", "en") == ["Relocate and evacuate migrants", "Shelter for everyone"]
    # "evacuation" begins "évacuations" too.
    assert titles("evacuation", "fr") == [
        "Relocaliser et évacuer les migrants",
        "Un abri pour tous",
    ]
    assert titles("evacuations", "fr") == ["Relocaliser et évacuer les migrants"]
    assert titles("évacu", "fr") == titles("evacu", "fr")
    # Inside a word does not count.
    assert titles("vacuat", "en") == []


def test_title_matches_first_and_all_words_required(content):
    assert titles("migrants evacuat", "en")[0] == "Relocate and evacuate migrants"
    assert titles("shelter evacuation", "en") == ["Shelter for everyone"]
    assert titles("shelter nowhere", "en") == []


def test_phrases_and_highlighting(content):
    assert titles('"evacuation centre"', "en") == ["Shelter for everyone"]
    entries = engine.search("evacuation", "en")[0:2]
    assert "<mark>Evacuation</mark>s are complex." in entries[0].snippet_html
    assert "The <mark>evacuation</mark> centre" in entries[1].snippet_html
    assert not engine.search("evacuaton", "en").fuzzy  # no typo correction here


def test_a_minus_sign_leaves_words_out(content):
    assert titles("evacuat -shelter", "en") == ["Relocate and evacuate migrants"]
    assert titles("évacuation -abri", "fr") == ["Relocaliser et évacuer les migrants"]
    # Leaving out a word nobody uses changes nothing.
    assert len(titles("evacuat -volcano", "en")) == 2


def test_a_minus_sign_alone_finds_nothing(content):
    assert titles("-shelter", "en") == []
