"""
Build the demo site in English and French. Safe to rerun: it only creates
what is missing and never overwrites what an editor has changed.

Each app that has demo content provides a `demo` module with a
`seed(command)` function; apps are seeded in INSTALLED_APPS order.
"""

import contextlib
import importlib
import importlib.util
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Create the demo content (both languages). Idempotent."

    def handle(self, *args, **options):
        modules = []
        for app_config in apps.get_app_configs():
            if Path(app_config.path).parent != settings.BASE_DIR:
                continue  # only the project's own apps
            module_name = f"{app_config.name}.demo"
            if importlib.util.find_spec(module_name) is not None:
                modules.append(importlib.import_module(module_name))
        with contextlib.ExitStack() as stack:
            # A demo module may wrap the whole seeding in its `during_seeding()`
            # (the search app indexes once at the end rather than on every save).
            for module in modules:
                if hasattr(module, "during_seeding"):
                    stack.enter_context(module.during_seeding())
            for module in modules:
                with transaction.atomic():
                    module.seed(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
