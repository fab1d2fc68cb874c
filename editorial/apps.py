from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from editorial.roles import sync_after_migrate

        # Connected after django.contrib.auth's own receiver (auth comes first
        # in INSTALLED_APPS), so the permissions exist when the roles are synced.
        post_migrate.connect(sync_after_migrate, dispatch_uid="editorial.roles.sync")
