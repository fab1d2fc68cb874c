"""Build the demo site in English and French from demo/data. Safe to rerun."""

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.loader import Loader
from handbook import tasks as handbook_tasks
from pages.cache import content_version
from search import indexer


class Command(BaseCommand):
    help = "Create the demo content (both languages) from demo/data. Idempotent."

    def handle(self, *args, **options):
        # Indexing each save is paused and the index rebuilt once at the end:
        # faster, and it also covers a database seeded before search existed.
        with indexer.paused(), transaction.atomic():
            created, updated = Loader().load()
        counts = indexer.rebuild()
        self.stdout.write(
            f"{created} item(s) created, {updated} corrected or completed; "
            f"search index: {sum(counts.values())} entries."
        )
        # The documents for the field (handbooks, phase and guideline PDFs,
        # offline packs) for this content, so `make run` offers them at once.
        built = handbook_tasks.build_all(content_version())
        self.stdout.write(f"Documents for the field: {built} file(s) built.")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
