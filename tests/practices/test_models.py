"""Practice rules: who may see it, when it may be published, its links; guideline helpers."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from editorial.models import Status
from guidelines.models import Guideline
from practices.models import (
    RepositoryPractice,
    guideline_practices_prefetch,
    parse_link_lines,
    validate_link_lines,
)
from practices.services import submission_accept
from tests.factories import PracticeSubmissionFactory, RepositoryPracticeFactory


@pytest.mark.django_db
def test_published_excludes_drafts_and_withheld_practices(taxonomy):
    public = RepositoryPracticeFactory()
    RepositoryPracticeFactory(status=Status.DRAFT)
    withheld = RepositoryPracticeFactory()
    PracticeSubmissionFactory(practice=withheld, consent_to_publish=False)
    consented = RepositoryPracticeFactory()
    PracticeSubmissionFactory(practice=consented, consent_to_publish=True)

    assert set(RepositoryPractice.objects.published()) == {public, consented}


@pytest.mark.django_db
def test_practice_from_a_withheld_submission_cannot_be_published(taxonomy, admin_user):
    submission = PracticeSubmissionFactory(stakeholder_type=taxonomy.stakeholders["states"])
    practice = submission_accept(submission=submission, by=admin_user)
    # The submitter withdrew consent after acceptance (e.g. by email).
    submission.refresh_from_db()
    submission.consent_to_publish = False
    submission.save()

    practice.status = Status.PUBLISHED
    with pytest.raises(ValidationError) as error:
        practice.full_clean()

    assert "status" in error.value.message_dict
    practice.status = Status.DRAFT
    practice.full_clean()  # keeping it as a draft is fine


@pytest.mark.django_db
def test_end_year_cannot_precede_start_year(taxonomy):
    practice = RepositoryPracticeFactory.build(start_year=2020, end_year=2019)

    with pytest.raises(ValidationError) as error:
        practice.clean()

    assert "end_year" in error.value.message_dict


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("", []),
        ("https://a.example/x", [("https://a.example/x", "https://a.example/x")]),
        (
            " https://a.example/x  The title \n\nhttp://b.example",
            [("https://a.example/x", "The title"), ("http://b.example", "http://b.example")],
        ),
    ],
)
def test_links_are_parsed_one_per_line(text, links):
    validate_link_lines(text)
    assert parse_link_lines(text) == links


@pytest.mark.parametrize("text", ["ftp://a.example/x", "javascript:alert(1)", "www.example.org"])
def test_links_must_be_web_addresses(text):
    with pytest.raises(ValidationError):
        validate_link_lines(text)


@pytest.mark.django_db
def test_preview_for_guideline_takes_one_query_and_counts_all(taxonomy):
    guideline = taxonomy.guidelines[5]
    real = RepositoryPracticeFactory(guidelines=[guideline], is_example=False)
    examples = [
        RepositoryPracticeFactory(guidelines=[guideline], is_example=True) for _ in range(4)
    ]
    RepositoryPracticeFactory(guidelines=[guideline], status=Status.DRAFT)
    RepositoryPracticeFactory(guidelines=[taxonomy.guidelines[6]])

    with CaptureQueriesContext(connection) as queries:
        preview = RepositoryPractice.objects.preview_for_guideline(guideline, limit=3)

    assert len(queries.captured_queries) == 1
    assert preview.total == 5
    assert preview.practices[0] == real  # real practices before illustrative examples
    assert len(preview.practices) == 3
    assert set(preview.practices[1:]) <= set(examples)
    assert preview.has_more


@pytest.mark.django_db
def test_preview_of_a_guideline_without_practices_is_empty(taxonomy):
    preview = RepositoryPractice.objects.preview_for_guideline(taxonomy.guidelines[1])

    assert preview.practices == [] and preview.total == 0 and not preview.has_more


@pytest.mark.django_db
def test_prefetch_helper_adds_one_query_for_any_number_of_guidelines(taxonomy):
    for guideline in taxonomy.guidelines.values():
        for _ in range(4):
            RepositoryPracticeFactory(guidelines=[guideline])
    RepositoryPracticeFactory(guidelines=[taxonomy.guidelines[1]], status=Status.DRAFT)

    with CaptureQueriesContext(connection) as queries:
        guidelines = list(
            Guideline.objects.order_by("number").prefetch_related(guideline_practices_prefetch())
        )

    assert len(queries.captured_queries) == 2
    assert [len(g.repository_practices_preview) for g in guidelines] == [3] * 15
    assert all(
        practice.status == Status.PUBLISHED
        for guideline in guidelines
        for practice in guideline.repository_practices_preview
    )
