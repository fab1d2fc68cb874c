from django.core.management.base import BaseCommand, CommandError

from search import indexer, registry


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

    def handle(self, *args, kinds, **options):
        unknown = set(kinds) - set(registry.kinds())
        if unknown:
            raise CommandError(f"Unknown kinds: {', '.join(sorted(unknown))}")
        counts = indexer.rebuild(kinds=kinds or None, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Indexed {sum(counts.values())} items."))
