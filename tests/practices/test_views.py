"""The public repository pages: list with facets, detail, and what anonymous visitors may see."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import translation

from editorial.models import Status
from practices.models import PracticeType
from practices.views import RepositoryPracticeListView
from tests.factories import PracticeSubmissionFactory, RepositoryPracticeFactory
from tests.practices.bulk import make_practices
from tests.support.urls import page_path


def list_url(lang="en"):
    with translation.override(lang):
        return reverse("practices:list")


def html_of(response):
    return unescape(response.content.decode())


@pytest.fixture
def sample(taxonomy):
    g, ph, st = taxonomy.guidelines, taxonomy.phases, taxonomy.stakeholders
    return {
        "hotline": RepositoryPracticeFactory(
            title_en="Flood hotline in twelve languages",
            title_fr="Une ligne d'urgence en douze langues",
            guidelines=[g[9]],
            phases=[ph["emergency-response"]],
            stakeholder_types=[st["host-states"]],
            countries=["ID"],
            crisis_conflict=False,
            crisis_natural_disaster=True,
            practice_type=PracticeType.HOTLINE,
            is_example=True,
            start_year=2020,
            related_links_en="https://example.org/hotline Hotline leaflet\nhttps://example.org/report",
        ),
        "plan": RepositoryPracticeFactory(
            title_en="Consular contingency plan",
            title_fr="Plan d'urgence consulaire",
            guidelines=[g[5], g[9]],
            phases=[ph["preparedness"]],
            stakeholder_types=[st["states-of-origin"]],
            countries=["GE"],
            practice_type=PracticeType.CONTINGENCY_PLAN,
        ),
        "evacuation": RepositoryPracticeFactory(
            title_en="Sea evacuation",
            title_fr="Évacuation par mer",
            guidelines=[g[13]],
            phases=[ph["emergency-response"]],
            stakeholder_types=[st["multiple-stakeholders"]],
            countries=["LY"],
            practice_type=PracticeType.OPERATION,
        ),
    }


# The list ---------------------------------------------------------------


@pytest.mark.django_db
def test_repository_lists_published_practices_with_facet_counts(client, sample, lang):
    RepositoryPracticeFactory(title_en="Unpublished idea", title_fr="Idée", status=Status.DRAFT)

    response = client.get(list_url(lang))

    html = html_of(response)
    assert response.status_code == 200
    assert {"en": "Repository of practices", "fr": "Répertoire des pratiques"}[lang] in html
    assert {"en": "3 practices", "fr": "3 pratiques"}[lang] in html
    assert sample["hotline"].title_en if lang == "en" else sample["hotline"].title_fr in html
    assert "Unpublished idea" not in html and "Idée" not in html
    # Each option with its count, as a labelled checkbox in a GET form.
    assert 'name="guideline" value="9"' in html
    assert re.search(r"Indonesia|Indonésie", html)
    assert '<form class="facets" method="get"' in html


@pytest.mark.django_db
def test_filtered_url_is_shareable_and_survives_a_language_switch(client, sample):
    query = "?guideline=9&phase=emergency-response&country=ID"

    first = html_of(client.get(list_url("en") + query))
    again = html_of(client.get(list_url("en") + query))

    assert "1 practice" in first
    assert "Flood hotline in twelve languages" in first
    assert "Consular contingency plan" not in first
    assert first == again
    # The language switcher and hreflang links keep the filters.
    assert 'href="/fr/pratiques/?guideline=9&amp;phase=emergency-response&amp;country=ID"' in (
        client.get(list_url("en") + query).content.decode()
    )
    french = html_of(client.get(list_url("fr") + query))
    assert "Une ligne d'urgence en douze langues" in french


@pytest.mark.django_db
def test_each_active_filter_has_a_one_click_removal_link(client, sample):
    response = client.get(list_url() + "?guideline=9&crisis=natural-disaster&country=ID&page=1")

    html = response.content.decode()
    chips = re.findall(r'<a class="filter-chip" href="([^"]+)"', html)
    assert len(chips) == 3
    remaining = [parse_qs(urlsplit(unescape(href)).query) for href in chips]
    assert {"crisis": ["natural-disaster"], "country": ["ID"]} in remaining
    assert {"guideline": ["9"], "country": ["ID"]} in remaining
    assert {"guideline": ["9"], "crisis": ["natural-disaster"]} in remaining
    assert 'class="filter-clear" href="/en/practices/"' in html
    assert "checked" in html


@pytest.mark.django_db
def test_pagination_keeps_the_filters(client, taxonomy, monkeypatch):
    monkeypatch.setattr(RepositoryPracticeListView, "paginate_by", 5)
    for number in range(7):
        RepositoryPracticeFactory(
            title_en=f"Conflict practice {number}", countries=["LB"], crisis_conflict=True
        )
    RepositoryPracticeFactory(title_en="Other", crisis_conflict=False, countries=["FR"])

    first = html_of(client.get(list_url() + "?crisis=conflict&country=LB"))
    next_href = re.search(r'<a href="([^"]+)" rel="next"', first).group(1)
    second = html_of(client.get(list_url() + next_href))

    assert parse_qs(urlsplit(next_href).query) == {
        "crisis": ["conflict"],
        "country": ["LB"],
        "page": ["2"],
    }
    assert "Page 2 of 2" in second
    assert second.count('class="practice-card"') == 2
    assert "Other" not in second


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "2.5", ""])
def test_bad_page_numbers_show_a_page_not_an_error(client, sample, page):
    response = client.get(list_url() + f"?page={page}")

    assert response.status_code == 200
    assert "Flood hotline in twelve languages" in html_of(response)


@pytest.mark.django_db
def test_no_match_shows_a_clear_empty_state(client, sample, lang):
    response = client.get(list_url(lang) + "?country=LY&type=hotline")

    html = html_of(response)
    assert response.status_code == 200
    assert {
        "en": "No practice matches all these filters.",
        "fr": "Aucune pratique ne correspond à tous ces filtres.",
    }[lang] in html
    assert 'class="practice-card"' not in html
    assert f'href="{page_path(lang, "/practices/share/")}"' in html


@pytest.mark.django_db
def test_unrecognised_filters_are_explained(client, sample, lang):
    response = client.get(list_url(lang) + "?country=XX&phase=<b>bad</b>&guideline=9")

    html = response.content.decode()
    assert response.status_code == 200
    assert {
        "en": "Some filters in this address were not recognised and have been ignored",
        "fr": "Certains filtres de cette adresse n’ont pas été reconnus et ont été ignorés",
    }[lang] in unescape(html)
    assert "&lt;b&gt;bad&lt;/b&gt;" in html  # shown escaped, never as markup
    assert "<b>bad</b>" not in html
    # The valid guideline filter still applies.
    assert {"en": "2 practices", "fr": "2 pratiques"}[lang] in html_of(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "guideline=9&guideline=9&guideline=9",
        "country=%00",
        "region=%F0%9F%98%80",
        "phase=" + "a" * 5000,
        "stakeholder[]=states",
        "guideline=1e3",
        "page=1&page=2",
        "type=hotline&type=HOTLINE",
    ],
)
def test_strange_query_strings_never_cause_errors(client, sample, query):
    response = client.get(list_url() + "?" + query)

    assert response.status_code == 200


@pytest.mark.django_db
def test_list_page_with_three_filters_runs_few_queries_at_ten_times_the_data(
    client, taxonomy, django_assert_max_num_queries
):
    make_practices(taxonomy, 480)  # the demo has 48 practices
    url = list_url() + "?guideline=1&phase=preparedness&crisis=conflict"

    with django_assert_max_num_queries(6):
        response = client.get(url)

    assert response.status_code == 200
    assert 'class="practice-card"' in response.content.decode()


@pytest.mark.django_db
def test_list_page_query_count_does_not_grow_with_data(client, taxonomy, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = list_url() + "?stakeholder=states&region=011&type=training"
    make_practices(taxonomy, 30)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    make_practices(taxonomy, 300)
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(url)


# The detail page -----------------------------------------------------------


@pytest.mark.django_db
def test_detail_page_shows_every_field(client, sample, lang):
    practice = sample["hotline"]
    with translation.override(lang):
        url = practice.get_absolute_url()

    html = html_of(client.get(url))

    assert {
        "en": "Flood hotline in twelve languages",
        "fr": "Une ligne d'urgence en douze langues",
    }[lang] in html
    assert {"en": "Illustrative example", "fr": "Exemple illustratif"}[lang] in html
    assert {"en": "Hotline or help desk", "fr": "Ligne d’urgence ou guichet d’aide"}[lang] in html
    assert {"en": "Ministry of Labour", "fr": "Ministère du travail"}[lang] in html
    assert {"en": "Host States", "fr": "États d’accueil"}[lang] in html
    assert {"en": "Indonesia", "fr": "Indonésie"}[lang] in html
    assert {"en": "Southeast Asia", "fr": "Asie du Sud-Est"}[lang] in html
    assert {"en": "Natural disaster", "fr": "Catastrophe naturelle"}[lang] in html
    assert {"en": "Emergency response", "fr": "Réponse d’urgence"}[lang] in html
    assert {"en": "Since 2020", "fr": "Depuis 2020"}[lang] in html
    assert re.search(
        r'<a href="https://example.org/hotline" rel="noopener"[^>]*>Hotline leaflet</a>', html
    )
    assert re.search(
        r'<a href="https://example.org/report"[^>]*>https://example.org/report</a>', html
    )
    assert {"en": "Guideline 9", "fr": "Ligne directrice 9"}[lang] in html


@pytest.mark.django_db
def test_detail_page_suggests_practices_of_the_same_guideline(client, sample):
    html = html_of(client.get(sample["hotline"].get_absolute_url()))

    section = html.split("More practices like this", 1)[1]
    assert "Consular contingency plan" in section  # shares guideline 9
    assert "Sea evacuation" not in section  # guideline 13 only
    assert "/en/practices/?guideline=9" in section


@pytest.mark.django_db
def test_illustrative_examples_are_marked_visibly(client, sample):
    example = html_of(client.get(sample["hotline"].get_absolute_url()))
    real = html_of(client.get(sample["plan"].get_absolute_url()))

    assert "This practice is an illustrative example" in example
    assert "This practice is an illustrative example" not in real


@pytest.mark.django_db
def test_detail_redirects_other_slugs_to_the_canonical_url(client, sample):
    practice = sample["plan"]

    response = client.get(f"/fr/pratiques/{practice.pk}/consular-contingency-plan-old/")

    assert response.status_code == 301
    assert response["Location"] == f"/fr/pratiques/{practice.pk}/{practice.slug_fr}/"


@pytest.mark.django_db
def test_unknown_practice_is_404(client, sample):
    assert client.get("/en/practices/999999/anything/").status_code == 404


@pytest.mark.django_db
def test_french_page_without_french_text_says_it_is_in_english(client, taxonomy):
    practice = RepositoryPracticeFactory(title_fr="", description_fr="", slug_fr="")

    html = html_of(client.get(f"/fr/pratiques/{practice.pk}/{practice.slug_en}/"))

    assert "Ce contenu n’est pas encore disponible en" in html
    assert f'<h1 lang="en">{practice.title_en}</h1>' in html


@pytest.mark.django_db
def test_detail_page_runs_few_queries_at_ten_times_the_data(
    client, taxonomy, sample, django_assert_max_num_queries
):
    make_practices(taxonomy, 480)

    with django_assert_max_num_queries(6):
        response = client.get(sample["plan"].get_absolute_url())

    assert response.status_code == 200
    assert "More practices like this" in response.content.decode()


# What anonymous visitors may never see ---------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_unpublished_practice_is_404_for_anonymous_and_previewable_by_staff(
    client, admin_client, taxonomy, status
):
    practice = RepositoryPracticeFactory(status=status, title_en="Work in progress")

    assert client.get(practice.get_absolute_url()).status_code == 404
    assert "Work in progress" not in html_of(client.get(list_url()))
    staff_view = admin_client.get(practice.get_absolute_url())
    assert staff_view.status_code == 200
    assert "Draft — not public." in html_of(staff_view)


@pytest.mark.django_db
def test_practice_whose_submitter_withheld_consent_is_never_public(client, taxonomy):
    practice = RepositoryPracticeFactory(title_en="Withheld practice")
    PracticeSubmissionFactory(practice=practice, consent_to_publish=False)

    assert client.get(practice.get_absolute_url()).status_code == 404
    assert "Withheld practice" not in html_of(client.get(list_url()))


@pytest.mark.django_db
def test_submitters_personal_data_never_reaches_public_pages(client, taxonomy, admin_user):
    from practices.services import submission_accept

    submission = PracticeSubmissionFactory(
        submitter_name="Zanele Private-Person",
        email="zanele.private@example.org",
        organisation="Coastal Relief Network",
        stakeholder_type=taxonomy.stakeholders["civil-society"],
    )
    practice = submission_accept(submission=submission, by=admin_user)
    practice.status = Status.PUBLISHED
    practice.save()

    pages = [
        client.get(practice.get_absolute_url()),
        client.get(list_url()),
        client.get("/en/practices/share/thanks/"),
        client.get("/sitemap.xml"),
    ]

    for response in pages:
        assert response.status_code == 200
        text = html_of(response)
        assert "Zanele Private-Person" not in text
        assert "zanele.private@example.org" not in text
    assert (
        client.get(f"/en/admin/practices/practicesubmission/{submission.pk}/change/").status_code
        == 302
    )


# Site integration ----------------------------------------------------------


@pytest.mark.django_db
def test_home_page_and_navigation_link_to_the_repository(client, lang):
    html = client.get(f"/{lang}/").content.decode()

    assert f'<a href="{page_path(lang, "/practices/")}">' in html
    assert (
        html.count(f'href="{page_path(lang, "/practices/")}"') >= 2
    )  # main navigation and the home card


@pytest.mark.django_db
def test_sitemap_lists_published_practices_in_both_languages(client, sample):
    RepositoryPracticeFactory(status=Status.DRAFT, slug_en="secret-draft")

    xml = client.get("/sitemap.xml").content.decode()

    plan = sample["plan"]
    assert f"http://testserver/en/practices/{plan.pk}/{plan.slug_en}/" in xml
    assert f"http://testserver/fr/pratiques/{plan.pk}/{plan.slug_fr}/" in xml
    assert "http://testserver/en/practices/share/" in xml
    assert "secret-draft" not in xml


@pytest.mark.django_db
def test_detail_page_links_to_the_guidelines_it_illustrates(client, sample, settings):
    settings.ROOT_URLCONF = "tests.practices.urls_with_guideline_pages"
    guideline = sample["plan"].guidelines.get(number=5)

    html = html_of(client.get(sample["plan"].get_absolute_url()))

    assert f'<a href="/en/guidelines/5/{guideline.slug_en}/">Guideline 5:' in html


@pytest.mark.django_db
def test_detail_page_names_guidelines_even_before_their_pages_exist(client, sample, settings):
    html = html_of(client.get(sample["plan"].get_absolute_url()))

    assert "Guideline 5:" in html
    assert sample["plan"].guidelines.get(number=5).title_en in html
