"""Moderation services: accepting creates a linked draft, declining records why, consent rules."""

import pytest

from editorial.models import Status
from practices.models import PracticeSubmission, RepositoryPractice, Source, SubmissionStatus
from practices.services import (
    SubmissionError,
    submission_accept,
    submission_decline,
    submission_start_review,
)
from tests.factories import PracticeSubmissionFactory


@pytest.fixture
def submission(taxonomy):
    submission = PracticeSubmissionFactory(
        title="Night hotline shared by three consulates",
        description="Three consulates share one night-time hotline during emergencies.",
        organisation="Consular network",
        stakeholder_type=taxonomy.stakeholders["states-of-origin"],
        country="CO",
        crisis_conflict=True,
        crisis_natural_disaster=True,
        links="https://example.org/hotline",
    )
    submission.phases.set([taxonomy.phases["emergency-response"]])
    submission.guidelines.set([taxonomy.guidelines[7], taxonomy.guidelines[9]])
    return submission


@pytest.mark.django_db
def test_accept_creates_a_draft_practice_prefilled_and_linked(submission, admin_user):
    practice = submission_accept(submission=submission, by=admin_user)

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ACCEPTED
    assert submission.practice == practice
    assert submission.reviewed_by == admin_user and submission.reviewed_at
    assert practice.status == Status.DRAFT
    assert practice.source == Source.SUBMISSION
    assert practice.is_example is False
    assert practice.title_en == "Night hotline shared by three consulates"
    assert practice.slug_en == "night-hotline-shared-by-three-consulates"
    assert practice.description_en.startswith("Three consulates")
    assert practice.stakeholder_name_en == ""  # not credited: see test_personal_data.py
    assert practice.related_links_en == "https://example.org/hotline"
    assert practice.crisis_types == ["conflict", "natural-disaster"]
    assert [kind.key for kind in practice.stakeholder_types.all()] == ["states-of-origin"]
    assert [phase.key for phase in practice.phases.all()] == ["emergency-response"]
    assert sorted(g.number for g in practice.guidelines.all()) == [7, 9]
    assert [place.country.code for place in practice.countries.all()] == ["CO"]
    # Personal data stays on the submission.
    assert submission.email not in str(vars(practice))
    assert submission.submitter_name not in str(vars(practice))


@pytest.mark.django_db
def test_french_submission_fills_the_french_fields(submission, admin_user):
    submission.language = "fr"
    submission.title = "Permanence téléphonique de nuit"
    submission.save()

    practice = submission_accept(submission=submission, by=admin_user)

    assert practice.title_fr == "Permanence téléphonique de nuit"
    assert practice.slug_fr == "permanence-telephonique-de-nuit"
    assert not practice.title_en  # an editor translates it before publishing
    assert str(practice) == "Permanence téléphonique de nuit"


@pytest.mark.django_db
def test_submission_without_consent_cannot_be_accepted(submission, admin_user):
    submission.consent_to_publish = False
    submission.save()

    with pytest.raises(SubmissionError) as error:
        submission_accept(submission=submission, by=admin_user)

    assert error.value.code == "no_consent"
    assert RepositoryPractice.objects.count() == 0
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.NEW


@pytest.mark.django_db
def test_a_submission_is_accepted_only_once(submission, admin_user):
    submission_accept(submission=submission, by=admin_user)

    with pytest.raises(SubmissionError) as error:
        submission_accept(submission=submission, by=admin_user)

    assert error.value.code == "already_accepted"
    assert RepositoryPractice.objects.count() == 1


@pytest.mark.django_db
def test_decline_records_the_reason(submission, admin_user):
    submission_decline(submission=submission, by=admin_user, reason="  Out of scope.  ")

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DECLINED
    assert submission.decline_reason == "Out of scope."
    assert submission.reviewed_by == admin_user
    assert RepositoryPractice.objects.count() == 0


@pytest.mark.django_db
def test_decline_needs_a_reason(submission, admin_user):
    with pytest.raises(SubmissionError) as error:
        submission_decline(submission=submission, by=admin_user, reason="   ")

    assert error.value.code == "no_reason"
    assert PracticeSubmission.objects.get().status == SubmissionStatus.NEW


@pytest.mark.django_db
def test_an_accepted_submission_cannot_be_declined(submission, admin_user):
    submission_accept(submission=submission, by=admin_user)

    with pytest.raises(SubmissionError):
        submission_decline(submission=submission, by=admin_user, reason="Changed our minds")


@pytest.mark.django_db
def test_a_declined_submission_can_still_be_accepted_later(submission, admin_user):
    submission_decline(submission=submission, by=admin_user, reason="Needs more detail")

    practice = submission_accept(submission=submission, by=admin_user)

    assert practice.submission.status == SubmissionStatus.ACCEPTED


@pytest.mark.django_db
def test_start_review_only_moves_new_submissions(submission, admin_user):
    submission_start_review(submission=submission, by=admin_user)
    assert submission.status == SubmissionStatus.IN_REVIEW

    submission_decline(submission=submission, by=admin_user, reason="No")
    submission.refresh_from_db()
    submission_start_review(submission=submission, by=admin_user)
    assert submission.status == SubmissionStatus.DECLINED
