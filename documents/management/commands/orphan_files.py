"""
List, and with --delete remove, the uploaded files no current row and no kept
revision refers to (see documents.orphans for what counts and why files are
not deleted when they are replaced).

Safe to run as often as wanted (e.g. daily from cron). Files younger than
--min-age-hours (24) are left alone: an upload being saved is in storage
before its row is committed. Nothing is deleted if a revision cannot be read,
since its files cannot be told apart from orphans.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from documents.orphans import delete_orphans, find_orphans


class Command(BaseCommand):
    help = "List (and with --delete remove) uploaded files that nothing refers to any more."

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Delete the files listed.")
        parser.add_argument(
            "--min-age-hours",
            type=float,
            default=24,
            help="Leave files younger than this alone (default 24; 0 for all).",
        )

    def handle(self, *args, delete=False, min_age_hours=24, **options):
        if min_age_hours < 0:
            raise CommandError("--min-age-hours cannot be negative.")
        report = find_orphans(min_age=timedelta(hours=min_age_hours))
        for _storage, name in report.orphans:
            self.stdout.write(name)
        for label in report.unknown_roots:
            self.stderr.write(f"Not looked at: where {label} stores its files depends on each row.")
        self.stdout.write(
            f"{len(report.orphans)} orphan file(s); kept: {report.referenced} in use, "
            f"{report.kept_for_revisions} for revisions, {report.too_recent} newer than "
            f"{min_age_hours:g} hour(s)."
        )
        if not delete:
            return
        if report.unreadable_versions:
            raise CommandError(
                f"{report.unreadable_versions} revision(s) could not be read, so their files "
                "cannot be told apart from orphans: nothing was deleted."
            )
        deleted = delete_orphans(report.orphans)
        self.stdout.write(self.style.SUCCESS(f"Deleted {deleted} orphan file(s)."))
