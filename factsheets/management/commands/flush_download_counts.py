from django.core.management.base import BaseCommand

from factsheets.models import DownloadCounter, counts_are_buffered


class Command(BaseCommand):
    help = (
        "Write the download and preview counts waiting in Redis to the database "
        "(workers also do it every 30 seconds while files are being downloaded)."
    )

    def handle(self, *args, **options):
        if not counts_are_buffered():
            self.stdout.write("Download counts are written straight to the database (no Redis).")
            return
        written = DownloadCounter.objects.flush_pending()
        self.stdout.write(self.style.SUCCESS(f"Wrote {written} buffered downloads and previews."))
