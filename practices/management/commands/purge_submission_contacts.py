"""
Erase the contact details of shared practices older than the retention period
(MICIC_SUBMISSION_RETENTION_MONTHS, 24 by default): the submitter's name,
organisation, email address and country. The practices themselves are kept.

Safe to run as often as wanted (e.g. daily from cron): what is already erased
is left alone, so a second run reports 0.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from practices.models import PracticeSubmission
from practices.services import submission_contacts_erase


class Command(BaseCommand):
    help = (
        "Erase the contact details of practice submissions older than "
        "MICIC_SUBMISSION_RETENTION_MONTHS months."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count the submissions whose contact details are due for erasure.",
        )

    def handle(self, *args, dry_run=False, **options):
        months = settings.MICIC_SUBMISSION_RETENTION_MONTHS
        due = PracticeSubmission.objects.contacts_due_for_erasure()
        if dry_run:
            self.stdout.write(
                f"{due.count()} submission(s) older than {months} months would be erased."
            )
            return
        erased = submission_contacts_erase(submissions=due)
        kept = PracticeSubmission.objects.filter(contacts_erased_at__isnull=True).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Erased the contact details of {erased} submission(s) older than {months} "
                f"months; {kept} submission(s) still hold contact details."
            )
        )
