"""
Every public page of the Guidelines runs a small, constant number of queries
(anonymous visitor): the same with the demo content and with ten times as many
practices.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from guidelines.models import Guideline, GuidelinePractice, Principle
from tests.support.demo import GUIDELINES
from tests.support.urls import page_path

MAX_QUERIES = 6


def _multiply_practices(factor):
    """Add (factor - 1) copies of every practice: `factor` times the demo's practices."""
    fields = [
        field.attname
        for field in GuidelinePractice._meta.concrete_fields
        if field.attname not in ("id", "created_at", "updated_at")
    ]
    originals = list(GuidelinePractice.objects.values(*fields))
    GuidelinePractice.objects.bulk_create(
        GuidelinePractice(**{**values, "order": values["order"] + copy})
        for copy in range(1, factor)
        for values in originals
    )


def _pages(lang):
    with translation.override(lang):
        guideline = Guideline.objects.get(number=9)
        return {
            "home": f"/{lang}/",
            "overview": page_path(lang, "/guidelines/"),
            "overview filtered": page_path(lang, "/guidelines/?stakeholder=states"),
            "overview invalid filter": page_path(lang, "/guidelines/?stakeholder=nobody"),
            "principle": Principle.objects.get(number=3).get_absolute_url(),
            "guideline": guideline.get_absolute_url(),
            "print with practices": guideline.get_print_url(),
            "print without practices": guideline.get_print_alone_url(),
        }


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_query_counts_are_small_and_constant_at_ten_times_the_practices(client, demo, lang):
    pages = _pages(lang)
    before = {name: _count_queries(client, url) for name, url in pages.items()}

    _multiply_practices(10)
    assert GuidelinePractice.objects.count() == 10 * sum(len(g["practice"]) for g in GUIDELINES)

    after = {name: _count_queries(client, url) for name, url in pages.items()}
    assert after == before
    assert max(after.values()) <= MAX_QUERIES, after


def test_overview_and_guideline_page_stay_within_budget_at_ten_times_the_practices(
    client, demo, django_assert_max_num_queries
):
    _multiply_practices(10)
    pages = _pages("en")

    with django_assert_max_num_queries(MAX_QUERIES):
        overview = client.get(pages["overview"])
    with django_assert_max_num_queries(MAX_QUERIES):
        filtered = client.get("/en/guidelines/?stakeholder=employers")
    with django_assert_max_num_queries(MAX_QUERIES):
        guideline = client.get(pages["guideline"])

    assert overview.status_code == filtered.status_code == guideline.status_code == 200
    demo_practices = next(len(g["practice"]) for g in GUIDELINES if g["number"] == 9)
    assert guideline.content.decode().count('class="practice"') == 10 * demo_practices
