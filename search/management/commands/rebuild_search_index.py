from django.core.management.base import BaseCommand, CommandError

from search import indexer, registry
from search.tasks import rebuild_search_index


class Command(BaseCommand):
    help = (
        "Index all searchable content afresh (after loaddata, a bulk import or "
        "a change to what is indexed). Saving content in the admin keeps the "
        "index up to date by itself."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "kinds", nargs="*", help=f"Only these kinds: {', '.join(registry.kinds())}"
        )
        parser.add_argument(
            "--background",
            action="store_true",
            help="Enqueue the rebuild for the task worker (db_worker) and return at once.",
        )

    def handle(self, *args, kinds, background=False, **options):
        unknown = set(kinds) - set(registry.kinds())
        if unknown:
            raise CommandError(f"Unknown kinds: {', '.join(sorted(unknown))}")
        if background:
            result = rebuild_search_index.enqueue(kinds=kinds)
            self.stdout.write(f"Enqueued the rebuild as task {result.id}.")
            return
        counts = indexer.rebuild(kinds=kinds or None, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Indexed {sum(counts.values())} items."))
