from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site's content (data files and sample PDFs) and `seed_demo`.

    It sits above every content app and nothing imports it."""

    name = "demo"
    verbose_name = _("Demo content")
