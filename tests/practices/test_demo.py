"""The demo content covers what the repository must show, in both languages, and reseeds safely."""

import io
from types import SimpleNamespace

import pytest
from django.db.models import Count

from editorial.models import Status
from guidelines.models import CrisisPhase, Guideline, StakeholderType
from practices import demo, regions
from practices.models import PracticeCountry, PracticeSubmission, RepositoryPractice


def seed():
    output = io.StringIO()
    demo.seed(SimpleNamespace(stdout=output))
    return output.getvalue()


@pytest.mark.django_db
def test_demo_practices_cover_every_facet_in_both_languages(taxonomy):
    seed()

    published = RepositoryPractice.objects.published()
    assert published.count() >= 45
    assert not published.filter(is_example=False).exists()  # all visibly illustrative
    for field in ("title", "slug", "description", "stakeholder_name"):
        assert not published.filter(**{f"{field}_fr": ""}).exists()
        assert not published.filter(**{f"{field}_en": ""}).exists()
    assert not Guideline.objects.annotate(n=Count("repository_practices")).filter(n=0).exists()
    assert (
        not StakeholderType.objects.annotate(n=Count("repository_practices")).filter(n=0).exists()
    )
    assert not CrisisPhase.objects.annotate(n=Count("repository_practices")).filter(n=0).exists()
    assert published.filter(crisis_conflict=True).exists()
    assert published.filter(crisis_natural_disaster=True).exists()
    countries = set(PracticeCountry.objects.values_list("country", flat=True))
    assert len(countries) >= 20
    assert len({regions.region_of(code) for code in countries}) >= 8


@pytest.mark.django_db
def test_demo_submissions_are_in_every_moderation_state(taxonomy):
    seed()

    statuses = PracticeSubmission.objects.values("status").annotate(n=Count("pk"))
    assert {row["status"]: row["n"] for row in statuses} == {
        "new": 2,
        "in-review": 2,
        "accepted": 2,
        "declined": 2,
    }
    accepted = PracticeSubmission.objects.filter(status="accepted")
    assert all(s.practice and s.practice.status == Status.DRAFT for s in accepted)
    assert PracticeSubmission.objects.filter(consent_to_publish=False).exists()
    assert all(s.decline_reason for s in PracticeSubmission.objects.filter(status="declined"))


@pytest.mark.django_db
def test_reseeding_changes_nothing_and_keeps_editors_changes(taxonomy):
    seed()
    practice = RepositoryPractice.objects.get(slug_en="shelters-open-to-all")
    practice.title_en = "Edited by an editor"
    practice.save()
    counts = (RepositoryPractice.objects.count(), PracticeSubmission.objects.count())

    output = seed()

    assert (RepositoryPractice.objects.count(), PracticeSubmission.objects.count()) == counts
    assert "0 new illustrative practices" in output
    practice.refresh_from_db()
    assert practice.title_en == "Edited by an editor"
