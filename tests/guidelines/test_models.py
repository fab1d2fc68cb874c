import pytest
from django.utils import translation

from editorial.models import Status
from guidelines.models import CrisisPhase, Guideline
from guidelines.views import group_by_stakeholder
from tests.factories import GuidelineFactory, GuidelinePracticeFactory


@pytest.fixture
def guideline(phases):
    return GuidelineFactory(
        number=9,
        phase=phases["emergency-response"],
        slug_en="communicate-often",
        slug_fr="communiquer-souvent",
    )


def test_absolute_url_uses_the_slug_of_the_active_language(guideline):
    with translation.override("en"):
        assert guideline.get_absolute_url() == "/en/guidelines/9/communicate-often/"
    with translation.override("fr"):
        assert guideline.get_absolute_url() == "/fr/lignes-directrices/9/communiquer-souvent/"
        assert guideline.get_print_url() == "/fr/lignes-directrices/9/communiquer-souvent/imprimer/"
        assert guideline.get_print_alone_url() == (
            "/fr/lignes-directrices/9/communiquer-souvent/imprimer/sans-pratiques/"
        )


def test_french_url_falls_back_to_english_slug_when_french_is_empty(guideline):
    guideline.slug_fr = ""
    guideline.save()

    with translation.override("fr"):
        assert guideline.get_absolute_url() == "/fr/lignes-directrices/9/communicate-often/"


def test_practice_anchor_survives_retitling_and_reordering(guideline, stakeholders):
    practice = GuidelinePracticeFactory(guideline=guideline, order=1)
    anchor = practice.anchor

    practice.title_en = "A new title"
    practice.order = 99
    practice.save()

    assert practice.anchor == anchor == f"practice-{practice.pk}"
    with translation.override("en"):
        assert practice.get_absolute_url() == f"/en/guidelines/9/communicate-often/#{anchor}"


def test_practice_count_counts_published_practices_only(guideline, stakeholders):
    GuidelinePracticeFactory.create_batch(2, guideline=guideline)
    GuidelinePracticeFactory(guideline=guideline, status=Status.DRAFT)

    annotated = Guideline.objects.with_practice_count().get()

    assert annotated.practice_count == 2


def test_practice_count_for_a_parent_type_includes_its_children(phases, stakeholders):
    guideline = GuidelineFactory(phase=phases["preparedness"])
    GuidelinePracticeFactory(guideline=guideline, stakeholder_type=stakeholders["states"])
    GuidelinePracticeFactory(guideline=guideline, stakeholder_type=stakeholders["host-states"])
    GuidelinePracticeFactory(guideline=guideline, stakeholder_type=stakeholders["employers"])

    def count(key):
        return Guideline.objects.with_practice_count(stakeholders[key]).get().practice_count

    assert count("states") == 2
    assert count("host-states") == 1
    assert count("private-sector") == 1
    assert count("multiple-stakeholders") == 0


def test_addressing_keeps_guidelines_with_published_practices_for_the_type(phases, stakeholders):
    for_employers = GuidelineFactory(phase=phases["preparedness"])
    GuidelinePracticeFactory(guideline=for_employers, stakeholder_type=stakeholders["employers"])
    only_draft = GuidelineFactory(phase=phases["preparedness"])
    GuidelinePracticeFactory(
        guideline=only_draft, stakeholder_type=stakeholders["employers"], status=Status.DRAFT
    )
    GuidelineFactory(phase=phases["preparedness"])  # no practices at all

    employers = Guideline.objects.addressing(stakeholders["employers"])
    private_sector = Guideline.objects.addressing(stakeholders["private-sector"])

    assert list(employers) == [for_employers]
    assert list(private_sector) == [for_employers]


def test_phases_prefetch_only_published_guidelines(phases):
    published = GuidelineFactory(phase=phases["preparedness"], number=2)
    GuidelineFactory(phase=phases["preparedness"], number=1, status=Status.DRAFT)

    phase = CrisisPhase.objects.with_published_guidelines().get(key="preparedness")

    assert phase.published_guidelines == [published]


def test_practices_are_grouped_by_stakeholder_in_order_of_first_appearance(guideline, stakeholders):
    first = GuidelinePracticeFactory(
        guideline=guideline, stakeholder_type=stakeholders["multiple-stakeholders"], order=1
    )
    second = GuidelinePracticeFactory(
        guideline=guideline, stakeholder_type=stakeholders["host-states"], order=2
    )
    third = GuidelinePracticeFactory(
        guideline=guideline, stakeholder_type=stakeholders["multiple-stakeholders"], order=3
    )

    groups = group_by_stakeholder(guideline.practices.order_by("order"))

    assert [group.stakeholder_type.key for group in groups] == [
        "multiple-stakeholders",
        "host-states",
    ]
    assert groups[0].practices == [first, third]
    assert groups[1].practices == [second]
