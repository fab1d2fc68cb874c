"""
Writes that span several models: notifying people of a new submission, the
Secretariat's moderation decisions (accept, decline), and the submitters'
personal data (export, erasure).
"""

import logging

from django.conf import settings
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from editorial.models import Status
from micic_portal.tasks import send_email
from practices.models import (
    PracticeCountry,
    PracticeSubmission,
    PracticeType,
    RepositoryPractice,
    Source,
    SubmissionStatus,
)

logger = logging.getLogger(__name__)


class SubmissionError(ValidationError):
    """A moderation step that the submission's state does not allow."""


def _send(*, subject, template, context, to, reply_to=None):
    """Send one plain-text email; log and swallow any failure (the data is already stored)."""
    try:
        body = render_to_string(template, context)
        # Sent by the task worker: the visitor's request never waits for the
        # mail server, and a failed send is retried (micic_portal.tasks).
        send_email.enqueue(
            subject=" ".join(subject.split()),  # one line, whatever the title holds
            body=body,
            to=to,
            reply_to=reply_to or [],
        )
    except Exception:
        logger.exception("Could not send %s to %s", template, ", ".join(to))
        return False
    return True


def submission_notify(*, submission, base_url):
    """Tell the Secretariat about a new submission and thank the submitter.

    The submission is already saved: an email that fails is logged and
    nothing else happens. `base_url` (scheme and host) makes the admin link
    absolute. Returns how many of the two emails went out.
    """
    sent = 0
    # The Secretariat works in the site's default language.
    with translation.override(settings.LANGUAGE_CODE):
        admin_url = base_url + reverse(
            "admin:practices_practicesubmission_change", args=[submission.pk]
        )
        sent += _send(
            subject=_("New practice shared: %(title)s") % {"title": submission.title},
            template="practices/email/submission_notification.txt",
            context={"submission": submission, "admin_url": admin_url},
            to=[settings.MICIC_SECRETARIAT_EMAIL],
            reply_to=[submission.email],
        )
    # The submitter reads the acknowledgement in the language they used the site in.
    # It repeats nothing they typed (only a reference number): the form must not
    # be a way to send any text to any address.
    sent += _send(
        subject=_("Thank you for sharing your practice with the MICIC Secretariat"),
        template="practices/email/submission_acknowledgement.txt",
        context={
            "reference": submission.reference,
            "consent_to_publish": submission.consent_to_publish,
        },
        to=[submission.email],
        reply_to=[settings.MICIC_SECRETARIAT_EMAIL],
    )
    return sent


def _content_language(submission):
    """The site language whose fields receive the submitted text (English otherwise)."""
    languages = [code for code, _name in settings.LANGUAGES]
    return submission.language if submission.language in languages else languages[0]


@transaction.atomic
def submission_accept(*, submission, by):
    """Create a draft repository practice pre-filled from the submission, linked to it.

    An editor then completes, translates and publishes it. A submission whose
    author did not consent to publication cannot be accepted into the
    repository (it can still be kept, declined or deleted).
    """
    submission = PracticeSubmission.objects.select_for_update().get(pk=submission.pk)
    if not submission.consent_to_publish:
        raise SubmissionError(
            _(
                "“%(title)s” cannot be accepted into the repository: its author did not "
                "agree to publication."
            )
            % {"title": submission.title},
            code="no_consent",
        )
    if submission.status == SubmissionStatus.ACCEPTED or submission.practice_id:
        raise SubmissionError(
            _("“%(title)s” has already been accepted.") % {"title": submission.title},
            code="already_accepted",
        )
    language = _content_language(submission)
    practice = RepositoryPractice(
        status=Status.DRAFT,
        source=Source.SUBMISSION,
        practice_type=PracticeType.OTHER,
        is_example=False,
    )
    practice.set_crisis_types(submission.crisis_types)
    for field, value in {
        "title": submission.title,
        "slug": slugify(submission.title)[:200] or "practice",
        "description": submission.description,
        # Contact details stay private unless the submitter asked to be credited.
        "stakeholder_name": submission.organisation if submission.credit_organisation else "",
        "related_links": submission.links,
    }.items():
        setattr(practice, f"{field}_{language}", value)
    practice.save()
    practice.stakeholder_types.set([submission.stakeholder_type])
    practice.phases.set(submission.phases.all())
    practice.guidelines.set(submission.guidelines.all())
    PracticeCountry.objects.create(practice=practice, country=submission.country)

    submission.practice = practice
    submission.status = SubmissionStatus.ACCEPTED
    submission.reviewed_by = by
    submission.reviewed_at = timezone.now()
    submission.save(
        update_fields=["practice", "status", "reviewed_by", "reviewed_at", "updated_at"]
    )
    return practice


@transaction.atomic
def submission_decline(*, submission, by, reason):
    """Decline a submission, recording why (for the Secretariat's records)."""
    reason = reason.strip()
    if not reason:
        raise SubmissionError(_("Please give a reason for declining."), code="no_reason")
    submission = PracticeSubmission.objects.select_for_update().get(pk=submission.pk)
    if submission.status == SubmissionStatus.ACCEPTED:
        raise SubmissionError(
            _("“%(title)s” was accepted; edit or delete its practice instead.")
            % {"title": submission.title},
            code="already_accepted",
        )
    submission.status = SubmissionStatus.DECLINED
    submission.decline_reason = reason
    submission.reviewed_by = by
    submission.reviewed_at = timezone.now()
    submission.save(
        update_fields=["status", "decline_reason", "reviewed_by", "reviewed_at", "updated_at"]
    )
    return submission


def submission_start_review(*, submission, by):
    """Mark a new submission as being reviewed (so colleagues know someone has it)."""
    if submission.status != SubmissionStatus.NEW:
        return submission
    submission.status = SubmissionStatus.IN_REVIEW
    submission.reviewed_by = by
    submission.save(update_fields=["status", "reviewed_by", "updated_at"])
    return submission


# Personal data ---------------------------------------------------------------


def person_data_export(*, email):
    """Everything kept about the person who sent practices from `email`: each of
    their submissions whole, as plain data (Django's serializer)."""
    submissions = PracticeSubmission.objects.of_person(email).order_by("created_at", "pk")
    rows = serializers.serialize("python", submissions)
    return {
        "email": email.strip(),
        "submissions": [
            {"reference": submission.reference, **row["fields"]}
            for submission, row in zip(submissions, rows, strict=True)
        ],
    }


def submission_contacts_erase(*, submissions):
    """Blank the contact details of `submissions` (a queryset), keeping the
    practice itself. Returns how many were erased; already erased ones are skipped."""
    return submissions.filter(contacts_erased_at__isnull=True).update(
        submitter_name="",
        organisation="",
        email="",
        submitter_country="",
        contacts_erased_at=timezone.now(),
        updated_at=timezone.now(),
    )


def person_data_erase(*, email):
    """Erase the contact details of every submission sent from `email`."""
    return submission_contacts_erase(submissions=PracticeSubmission.objects.of_person(email))
