"""The index's publication state agrees with each model's own published() rule."""

import datetime

import pytest
from django.utils import timezone

from editorial.models import Status
from search import registry
from search.engine import public_entries
from tests.factories import (
    ConsultationFactory,
    FactsheetFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    OutcomeDocumentFactory,
    PracticeSubmissionFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    ToolFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("index_at_once")]

PAST = timezone.now() - datetime.timedelta(days=1)
FUTURE = timezone.now() + datetime.timedelta(days=1)
STATES = [
    {"status": Status.PUBLISHED},
    {"status": Status.PUBLISHED, "publish_at": PAST},
    {"status": Status.PUBLISHED, "publish_at": FUTURE},
    {"status": Status.DRAFT},
    {"status": Status.REVIEW},
    {"status": Status.ARCHIVED},
]


def make_everything():
    for state in STATES:
        PrincipleFactory(**state)
        guideline = GuidelineFactory(**state)
        factsheet = FactsheetFactory(**state)
        consultation = ConsultationFactory(**state)
        RepositoryPracticeFactory(**state)
        for child_state in STATES:
            GuidelinePracticeFactory(guideline=guideline, **child_state)
            ToolFactory(factsheet=factsheet, **child_state)
            OutcomeDocumentFactory(consultation=consultation, **child_state)
    # Published, but its submitter withheld consent.
    practice = RepositoryPracticeFactory()
    PracticeSubmissionFactory(practice=practice, consent_to_publish=False)


def assert_index_agrees(language):
    for item in registry.indexed():
        indexed = set(
            public_entries(language).filter(kind=item.kind).values_list("object_id", flat=True)
        )
        assert indexed == set(item.public().values_list("pk", flat=True)), item.kind


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_kind_agrees_with_its_model(language):
    make_everything()
    assert_index_agrees(language)


def test_parents_and_consent_changes_follow():
    make_everything()
    from consultations.models import Consultation
    from factsheets.models import Factsheet
    from guidelines.models import Guideline
    from practices.models import PracticeSubmission

    for model in (Guideline, Factsheet, Consultation):
        for obj in model.objects.all():
            obj.status = Status.DRAFT if obj.status == Status.PUBLISHED else Status.PUBLISHED
            obj.publish_at = None
            obj.save()
    for submission in PracticeSubmission.objects.exclude(practice=None):
        submission.consent_to_publish = not submission.consent_to_publish
        submission.save()
    assert_index_agrees("en")
