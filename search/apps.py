from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        # Each content app says what of it is searchable in its `search_index`
        # module (see search.registry); importing them registers the models and
        # connects the signals that keep the index up to date.
        from django.db.models.signals import post_migrate
        from django.utils.module_loading import autodiscover_modules

        from search import indexer

        autodiscover_modules("search_index")
        indexer.connect_signals()
        post_migrate.connect(indexer.fill_empty_index, sender=self)
