from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandbookConfig(AppConfig):
    name = "handbook"
    verbose_name = _("Documents for the field")

    def ready(self):
        from handbook.tasks import connect_build_on_publish

        connect_build_on_publish()
