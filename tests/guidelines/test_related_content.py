"""A guideline page lists the content other apps relate to it, published only."""

from html import unescape

import pytest

from editorial.models import Status
from tests.factories import GuidelineFactory
from tests.factories.factsheets import FactsheetFactory, ToolFactory
from tests.factories.practices import RepositoryPracticeFactory
from tests.support.urls import page_path


@pytest.mark.django_db
def test_guideline_page_lists_tools_of_related_published_factsheets(client, lang):
    guideline = GuidelineFactory(number=5)
    factsheet = FactsheetFactory(related_guidelines=[guideline])
    ToolFactory(factsheet=factsheet, title_en="Consular plan template", title_fr="Modèle de plan")
    hidden = FactsheetFactory(status=Status.DRAFT, related_guidelines=[guideline])
    ToolFactory(factsheet=hidden, title_en="Secret draft tool", title_fr="Outil brouillon")
    unrelated = FactsheetFactory()
    ToolFactory(factsheet=unrelated, title_en="Unrelated tool", title_fr="Outil sans rapport")

    html = unescape(client.get(page_path(lang, "/guidelines/5/"), follow=True).content.decode())

    expected = {"en": "Consular plan template", "fr": "Modèle de plan"}[lang]
    assert expected in html
    assert "Secret draft tool" not in html and "Outil brouillon" not in html
    assert "Unrelated tool" not in html and "Outil sans rapport" not in html


@pytest.mark.django_db
def test_guideline_page_queries_stay_constant_with_many_related_tools(
    client, django_assert_max_num_queries
):
    guideline = GuidelineFactory(number=5)
    factsheet = FactsheetFactory(related_guidelines=[guideline])
    ToolFactory.create_batch(2, factsheet=factsheet)
    url = guideline.get_absolute_url()
    with django_assert_max_num_queries(6) as few:
        client.get(url)

    for extra in FactsheetFactory.create_batch(10, related_guidelines=[guideline]):
        ToolFactory.create_batch(2, factsheet=extra)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_guideline_page_lists_its_published_repository_practices(client, lang):
    guideline = GuidelineFactory(number=10)
    RepositoryPracticeFactory(
        guidelines=[guideline], title_en="Bus corridor to the border", title_fr="Couloir de bus"
    )
    RepositoryPracticeFactory(
        guidelines=[guideline], status=Status.DRAFT, title_en="Unpublished idea", title_fr="Idée"
    )

    html = unescape(client.get(page_path(lang, "/guidelines/10/"), follow=True).content.decode())

    assert {"en": "Bus corridor to the border", "fr": "Couloir de bus"}[lang] in html
    assert "Unpublished idea" not in html
    assert page_path(lang, "/practices/?guideline=10") in html
