"""Site search finds Guidelines in Action, toolkit items and trainings in both
languages, never drafts, and offers them in the type filter."""

import pytest
from django.urls import reverse
from django.utils import translation

from editorial.models import Status
from tests.factories import (
    GuidelineFactory,
    GuidelinesInActionFactory,
    ToolkitItemFactory,
    TrainingFactory,
)
from tests.search.test_publication import STATES, assert_index_agrees
from tests.search.test_views import results

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("index_at_once")]


def search_url(lang):
    """/en/search/ or /fr/recherche/ (the French address is in French)."""
    with translation.override(lang):
        return reverse("search:results")


@pytest.fixture
def content():
    guideline = GuidelineFactory(number=5)
    return {
        "gia": GuidelinesInActionFactory(
            guideline=guideline,
            title_en="Guidelines in Action 5: consular contingency planning",
            title_fr="Lignes directrices en action 5 : planification consulaire d’urgence",
        ),
        "item": ToolkitItemFactory(
            title_en="Consular contingency plan template",
            title_fr="Modèle de plan consulaire d’urgence",
        ),
        "training": TrainingFactory(
            title_en="E-learning course for consular staff",
            title_fr="Formation en ligne pour le personnel consulaire",
        ),
    }


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        (
            "en",
            "consular",
            {
                (
                    "Guidelines in Action · Guideline 5",
                    "Guidelines in Action 5: consular contingency planning",
                ),
                (
                    "Toolkit · Checklist · Home and host countries",
                    "Consular contingency plan template",
                ),
                ("Training · Training course", "E-learning course for consular staff"),
            },
        ),
        (
            "fr",
            "consulaire",
            {
                (
                    "Lignes directrices en action · Ligne directrice 5",
                    "Lignes directrices en action 5 : planification consulaire d’urgence",
                ),
                (
                    "Boîte à outils · Liste de contrôle · Pays d’origine et pays d’accueil",
                    "Modèle de plan consulaire d’urgence",
                ),
                (
                    "Formation · Cours de formation",
                    "Formation en ligne pour le personnel consulaire",
                ),
            },
        ),
    ],
)
def test_search_finds_the_new_types_in_both_languages(client, content, lang, query, expected):
    response = client.get(search_url(lang), {"q": query})
    # Titles as written, no-break spaces included (search.text.plain keeps them).
    assert set(results(response)) == expected


@pytest.mark.parametrize(
    ("kind", "label_en", "label_fr"),
    [
        ("guidelines-in-action", "Guidelines in Action", "Lignes directrices en action"),
        ("toolkit", "Toolkit for implementation", "Boîte à outils pour la mise en œuvre"),
        ("training", "Trainings", "Formations"),
    ],
)
def test_type_filter_offers_the_new_types(client, content, kind, label_en, label_fr):
    english = client.get(search_url("en"), {"q": "consular", "type": kind})
    french = client.get(search_url("fr"), {"q": "consulaire", "type": kind})
    assert len(results(english)) == len(results(french)) == 1
    assert label_en in english.content.decode()
    assert label_fr in french.content.decode()


def test_drafts_are_not_found(client, content):
    for obj in content.values():
        obj.status = Status.DRAFT
        obj.save()
    assert results(client.get(search_url("en"), {"q": "consular"})) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_index_agrees_with_each_models_published_rule(language):
    for number, state in enumerate(STATES, start=1):
        guideline = GuidelineFactory(number=number, **state)
        GuidelinesInActionFactory(guideline=guideline, **STATES[number % len(STATES)])
        ToolkitItemFactory(**state)
        TrainingFactory(**state)
    assert_index_agrees(language)
