"""Faceted filtering of the repository: each facet, combinations, counts and bad input."""

import pytest
from django.http import QueryDict

from demo.loader import read
from editorial.models import Status
from practices.facets import PracticeFilters
from practices.models import PracticeType
from tests.factories import RepositoryPracticeFactory
from tests.support.demo import GUIDELINES


@pytest.fixture
def practices(taxonomy):
    g, ph, st = taxonomy.guidelines, taxonomy.phases, taxonomy.stakeholders
    made = {
        "senegal-training": RepositoryPracticeFactory(
            title_en="Senegal training",
            guidelines=[g[5]],
            phases=[ph["preparedness"]],
            stakeholder_types=[st["host-states"]],
            countries=["SN"],
            crisis_conflict=True,
            practice_type=PracticeType.TRAINING,
        ),
        "philippines-hotline": RepositoryPracticeFactory(
            title_en="Philippines hotline",
            guidelines=[g[5], g[9]],
            phases=[ph["preparedness"], ph["emergency-response"]],
            stakeholder_types=[st["states-of-origin"]],
            countries=["PH"],
            crisis_conflict=False,
            crisis_natural_disaster=True,
            practice_type=PracticeType.HOTLINE,
        ),
        "two-country-hotline": RepositoryPracticeFactory(
            title_en="Two-country hotline",
            guidelines=[g[9]],
            phases=[ph["emergency-response"]],
            stakeholder_types=[st["civil-society"]],
            countries=["SN", "FR"],
            crisis_conflict=True,
            crisis_natural_disaster=True,
            practice_type=PracticeType.HOTLINE,
        ),
        "thailand-agreement": RepositoryPracticeFactory(
            title_en="Thailand agreement",
            guidelines=[g[14]],
            phases=[ph["post-crisis"]],
            stakeholder_types=[st["employers"]],
            countries=["TH"],
            crisis_conflict=False,
            crisis_natural_disaster=True,
            practice_type=PracticeType.AGREEMENT,
        ),
    }
    # A draft that matches many filters: it must never be listed or counted.
    RepositoryPracticeFactory(
        title_en="Draft practice",
        status=Status.DRAFT,
        guidelines=[g[5]],
        phases=[ph["preparedness"]],
        stakeholder_types=[st["host-states"]],
        countries=["SN"],
    )
    return made


def run(query):
    filters = PracticeFilters(QueryDict(query))
    titles = {practice.title_en for practice in filters.practices()}
    return filters, titles


def counts(filters, param):
    facet = next(facet for facet in filters.facets if facet.param == param)
    return {option.value: option.count for option in facet.options}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("guideline=5", {"Senegal training", "Philippines hotline"}),
        ("phase=emergency-response", {"Philippines hotline", "Two-country hotline"}),
        ("stakeholder=civil-society", {"Two-country hotline"}),
        ("crisis=conflict", {"Senegal training", "Two-country hotline"}),
        ("region=035", {"Philippines hotline", "Thailand agreement"}),
        ("country=FR", {"Two-country hotline"}),
        ("type=hotline", {"Philippines hotline", "Two-country hotline"}),
    ],
)
def test_each_facet_filters_published_practices(practices, query, expected):
    filters, titles = run(query)

    assert titles == expected
    assert filters.total == len(expected)
    assert filters.ignored == []


@pytest.mark.django_db
def test_choosing_a_parent_stakeholder_type_includes_its_sub_types(practices):
    _filters, titles = run("stakeholder=states")

    assert titles == {"Senegal training", "Philippines hotline"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Different facets narrow each other down (AND)...
        ("phase=preparedness&crisis=natural-disaster", {"Philippines hotline"}),
        ("region=011&type=hotline", {"Two-country hotline"}),
        ("guideline=9&crisis=natural-disaster&region=035", {"Philippines hotline"}),
        ("stakeholder=states&phase=preparedness&country=SN", {"Senegal training"}),
        # ...while values of one facet are alternatives (OR).
        ("country=PH&country=TH", {"Philippines hotline", "Thailand agreement"}),
        (
            "guideline=5&guideline=14&crisis=natural-disaster",
            {"Philippines hotline", "Thailand agreement"},
        ),
        ("region=011&type=agreement", set()),
    ],
)
def test_facets_combine(practices, query, expected):
    _filters, titles = run(query)

    assert titles == expected


@pytest.mark.django_db
def test_counts_without_filters_cover_every_facet(practices):
    filters, _titles = run("")

    assert filters.total == 4
    assert {k: v for k, v in counts(filters, "guideline").items() if v} == {"5": 2, "9": 2, "14": 1}
    assert len(counts(filters, "guideline")) == len(GUIDELINES)  # every thematic area is listed
    assert counts(filters, "phase") == {
        "preparedness": 2,
        "emergency-response": 2,
        "post-crisis": 1,
    }
    stakeholders = counts(filters, "stakeholder")
    assert stakeholders["states"] == 2  # host + origin, counted once each
    assert stakeholders["private-sector"] == 1  # through employers
    assert stakeholders["civil-society"] == 1
    assert stakeholders["recruiters"] == 0
    assert counts(filters, "crisis") == {"conflict": 2, "natural-disaster": 3}
    assert counts(filters, "region") == {"011": 2, "035": 2, "155": 1}
    assert counts(filters, "country") == {"SN": 2, "PH": 1, "FR": 1, "TH": 1}
    assert counts(filters, "type") == {"training": 1, "hotline": 2, "agreement": 1}


@pytest.mark.django_db
def test_counts_apply_the_other_facets_but_not_their_own(practices):
    filters, _titles = run("phase=preparedness")

    # Its own options keep their full counts, so choosing another is meaningful...
    assert counts(filters, "phase") == {
        "preparedness": 2,
        "emergency-response": 2,
        "post-crisis": 1,
    }
    # ...while every other facet counts only preparedness practices.
    assert {k: v for k, v in counts(filters, "guideline").items() if v} == {"5": 2, "9": 1}
    assert counts(filters, "country") == {"SN": 1, "PH": 1}
    assert counts(filters, "crisis") == {"conflict": 1, "natural-disaster": 1}
    assert filters.total == 2


@pytest.mark.django_db
def test_selected_options_are_marked_and_kept_when_they_match_nothing(practices):
    filters, titles = run("country=TH&type=training")

    assert titles == set()
    country = next(facet for facet in filters.facets if facet.param == "country")
    selected = [option for option in country.options if option.selected]
    assert [(option.value, option.label, option.count) for option in selected] == [
        ("TH", "Thailand", 0)
    ]


@pytest.mark.django_db
def test_place_options_are_named_in_the_active_language(practices, settings):
    from django.utils import translation

    with translation.override("fr"):
        filters, _titles = run("")
        labels = {
            facet.param: {option.value: option.label for option in facet.options}
            for facet in filters.facets
        }

    assert labels["country"]["SN"] == "Sénégal"
    assert labels["region"]["011"] == "Afrique occidentale"
    phase = next(p for p in read("phases")["phase"] if p["key"] == "preparedness")
    assert labels["phase"]["preparedness"] == phase["name"]["fr"]
    guideline = next(g for g in read("guidelines")["guideline"] if g["number"] == 5)
    assert labels["guideline"]["5"] == f"5. {guideline['thematic_area']['fr']}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "guideline=abc",
        "guideline=-3",
        "guideline=99",
        "phase=%3Cscript%3E",
        "phase=flood",
        "stakeholder=nobody",
        "crisis=fire",
        "region=999",
        "region=011x",
        "country=ZZ",
        "country=France",
        "type=" + "x" * 500,
    ],
)
def test_malformed_or_unknown_values_are_ignored_and_reported(practices, query):
    filters, titles = run(query)

    assert titles == {
        "Senegal training",
        "Philippines hotline",
        "Two-country hotline",
        "Thailand agreement",
    }
    param, _value = query.split("=", 1)
    assert [ignored[0] for ignored in filters.ignored] == [param]
    assert not filters.is_active


@pytest.mark.django_db
def test_valid_values_survive_next_to_ignored_ones(practices):
    filters, titles = run("country=sn&country=zz&phase=bogus-phase&phase=preparedness")

    assert titles == {"Senegal training"}
    assert filters.selected == {"country": ["SN"], "phase": ["preparedness"]}
    assert sorted(filters.ignored) == [("country", "zz"), ("phase", "bogus-phase")]


@pytest.mark.django_db
def test_empty_values_from_a_blank_choice_are_not_errors(practices):
    filters, titles = run("country=&phase=")

    assert len(titles) == 4
    assert filters.ignored == []


@pytest.mark.django_db
def test_practice_withheld_by_its_submitter_is_never_counted(practices, taxonomy):
    from tests.factories import PracticeSubmissionFactory

    practice = practices["senegal-training"]
    PracticeSubmissionFactory(practice=practice, consent_to_publish=False)

    filters, titles = run("country=SN")

    assert titles == {"Two-country hotline"}
    assert counts(filters, "country")["SN"] == 1


@pytest.mark.django_db
def test_all_counts_come_from_one_query(practices, django_assert_num_queries):
    filters = PracticeFilters(QueryDict("guideline=9&crisis=natural-disaster&region=035"))

    with django_assert_num_queries(1):
        filters.facets  # noqa: B018
        assert filters.total == 1
