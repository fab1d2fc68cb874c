"""
Demo content for the repository of practices: invented practices in English
and French, each marked as an illustrative example, and a few submissions in
every moderation state. Seeding only creates what is missing.
"""

from django.utils.text import slugify

from editorial.models import Status
from guidelines.models import CrisisPhase, Guideline, StakeholderType
from practices.demo_content import PRACTICES, SUBMISSIONS
from practices.models import (
    CrisisType,
    PracticeCountry,
    PracticeSubmission,
    RepositoryPractice,
    Source,
    SubmissionStatus,
)
from practices.services import submission_accept, submission_decline, submission_start_review

CRISIS_CODES = {"c": CrisisType.CONFLICT, "n": CrisisType.NATURAL_DISASTER}
# Demo practices did not come through the form, which has its own demo submissions.
SOURCES = [Source.CONSULTATION, Source.RESEARCH]


def _crisis_types(codes):
    return [CRISIS_CODES[code] for code in codes]


def _seed_practices(phases, stakeholder_types, guidelines):
    created = 0
    for index, entry in enumerate(PRACTICES):
        (
            slug,
            practice_type,
            stakeholder_keys,
            countries,
            crisis,
            phase_keys,
            guideline_numbers,
            start_year,
            title,
            stakeholder_name,
            description,
        ) = entry
        if RepositoryPractice.objects.filter(slug_en=slug).exists():
            continue  # never overwrite what an editor may have changed
        practice = RepositoryPractice(
            status=Status.PUBLISHED,
            is_example=True,
            practice_type=practice_type,
            source=SOURCES[index % len(SOURCES)],
            start_year=start_year,
            title_en=title[0],
            title_fr=title[1],
            slug_en=slug,
            slug_fr=slugify(title[1])[:200],
            stakeholder_name_en=stakeholder_name[0],
            stakeholder_name_fr=stakeholder_name[1],
            description_en=description[0],
            description_fr=description[1],
        )
        practice.set_crisis_types(_crisis_types(crisis))
        practice.save()
        practice.stakeholder_types.set([stakeholder_types[key] for key in stakeholder_keys])
        practice.phases.set([phases[key] for key in phase_keys])
        practice.guidelines.set([guidelines[number] for number in guideline_numbers])
        PracticeCountry.objects.bulk_create(
            PracticeCountry(practice=practice, country=code) for code in countries
        )
        created += 1
    return created


def _seed_submissions(phases, stakeholder_types, guidelines):
    created = 0
    for entry in SUBMISSIONS:
        (
            status,
            consent,
            decline_reason,
            name,
            organisation,
            email,
            submitter_country,
            title,
            description,
            stakeholder_key,
            country,
            crisis,
            phase_keys,
            guideline_numbers,
            language,
        ) = entry
        submission, was_created = PracticeSubmission.objects.get_or_create(
            email=email,
            title=title,
            defaults={
                "submitter_name": name,
                "organisation": organisation,
                "submitter_country": submitter_country,
                "description": description,
                "stakeholder_type": stakeholder_types[stakeholder_key],
                "country": country,
                "consent_to_publish": consent,
                "language": language,
            },
        )
        if not was_created:
            continue
        submission.set_crisis_types(_crisis_types(crisis))
        submission.save()
        submission.phases.set([phases[key] for key in phase_keys])
        submission.guidelines.set([guidelines[number] for number in guideline_numbers])
        # Move it through the same moderation steps the admin uses.
        if status == SubmissionStatus.IN_REVIEW:
            submission_start_review(submission=submission, by=None)
        elif status == SubmissionStatus.ACCEPTED:
            practice = submission_accept(submission=submission, by=None)
            practice.is_example = True  # invented, like everything in the demo
            practice.save(update_fields=["is_example"])
        elif status == SubmissionStatus.DECLINED:
            submission_decline(submission=submission, by=None, reason=decline_reason)
        created += 1
    return created


def seed(command):
    phases = {phase.key: phase for phase in CrisisPhase.objects.all()}
    stakeholder_types = {kind.key: kind for kind in StakeholderType.objects.all()}
    guidelines = {guideline.number: guideline for guideline in Guideline.objects.all()}
    if len(guidelines) < 15 or len(phases) < 3:
        command.stdout.write("Practices: skipped (seed the guidelines first).")
        return
    practices = _seed_practices(phases, stakeholder_types, guidelines)
    submissions = _seed_submissions(phases, stakeholder_types, guidelines)
    command.stdout.write(
        f"Practices: {practices} new illustrative practices "
        f"({RepositoryPractice.objects.count()} in all), {submissions} new submissions "
        f"({PracticeSubmission.objects.count()} in all)."
    )
