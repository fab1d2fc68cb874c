import atexit
import functools

from django.apps import AppConfig
from django.core.signals import request_finished
from django.utils.translation import gettext_lazy as _


class FactsheetsConfig(AppConfig):
    name = "factsheets"
    verbose_name = _("Factsheets and tools")

    def ready(self):
        from factsheets.models import write_pending_counts

        # Download counts are gathered per process and written in batches
        # (factsheets.models.PendingCounts): after a response when due, and
        # whatever is left when the process exits.
        request_finished.connect(write_pending_counts, dispatch_uid="micic-download-counts")
        atexit.register(functools.partial(write_pending_counts, everything=True))
