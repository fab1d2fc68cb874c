"""The include a guideline page uses to list its repository practices."""

from html import unescape

import pytest
from django.template import Context, Template
from django.utils import translation

from editorial.models import Status
from practices.models import RepositoryPractice
from tests.factories import RepositoryPracticeFactory
from tests.support.urls import page_path

INCLUDE = Template(
    '{% include "practices/includes/guideline_practices.html" with guideline=object %}'
)


def render(guideline, lang="en"):
    """What GuidelineDetailView renders: one context entry, one include line."""
    with translation.override(lang):
        preview = RepositoryPractice.objects.preview_for_guideline(guideline)
        return unescape(
            INCLUDE.render(Context({"object": guideline, "repository_practices": preview}))
        )


@pytest.mark.django_db
def test_guideline_page_lists_its_top_practices_and_links_to_all(taxonomy, lang):
    guideline = taxonomy.guidelines[5]
    for number in range(5):
        RepositoryPracticeFactory(
            guidelines=[guideline],
            title_en=f"Plan number {number}",
            title_fr=f"Plan numéro {number}",
            is_example=True,
        )
    RepositoryPracticeFactory(guidelines=[guideline], status=Status.DRAFT, title_en="Secret plan")

    html = render(guideline, lang)

    assert html.count("Plan num") == 3
    assert "Secret plan" not in html
    assert {
        "en": "5 practices in the repository illustrate Guideline 5.",
        "fr": "5 pratiques du répertoire illustrent la ligne directrice 5.",
    }[lang] in html
    assert f'href="{page_path(lang, "/practices/?guideline=5")}"' in html
    assert {"en": "See all 5 practices", "fr": "Voir les 5 pratiques"}[lang] in html
    assert {"en": "Illustrative example", "fr": "Exemple illustratif"}[lang] in html


@pytest.mark.django_db
def test_guideline_without_practices_invites_people_to_share_one(taxonomy):
    html = render(taxonomy.guidelines[12])

    assert "No practice in the repository illustrates Guideline 12 yet." in html
    assert 'href="/en/practices/share/"' in html


@pytest.mark.django_db
def test_include_renders_nothing_without_its_context_entry(taxonomy):
    html = INCLUDE.render(Context({"object": taxonomy.guidelines[1]}))

    assert html.strip() == ""


@pytest.mark.django_db
def test_include_adds_one_query_and_renders_without_any(taxonomy, django_assert_num_queries):
    guideline = taxonomy.guidelines[9]
    for _ in range(6):
        RepositoryPracticeFactory(guidelines=[guideline])

    with django_assert_num_queries(1):
        preview = RepositoryPractice.objects.preview_for_guideline(guideline)
    with django_assert_num_queries(0):
        INCLUDE.render(Context({"object": guideline, "repository_practices": preview}))
