"""
Atom feeds per language (Django's syndication framework), under each
language's prefix: /en/data/feeds/documents.atom, /fr/data/feeds/….

Only published items (the models' `published()`, which also hides the
children of unpublished factsheets and consultations). Text is in the feed's
language, English where a translation is missing.
"""

from itertools import chain

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from consultations.models import OutcomeDocument
from factsheets.models import Tool
from practices.models import RepositoryPractice

LIMIT = 30


class _PortalFeed(Feed):
    feed_type = Atom1Feed
    author_name = _("MICIC Portal")

    def item_title(self, item):
        return item.title

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at


class DocumentsFeed(_PortalFeed):
    title = _("MICIC Portal: new and updated documents")
    subtitle = _("Tool sheets and consultation documents, newest changes first.")

    def link(self):
        return reverse("factsheets:list")

    def items(self):
        tools = Tool.objects.published().select_related("factsheet").order_by("-updated_at")
        documents = (
            OutcomeDocument.objects.published()
            .select_related("consultation")
            .order_by("-updated_at")
        )
        items = chain(tools[:LIMIT], documents[:LIMIT])
        return sorted(items, key=lambda item: item.updated_at, reverse=True)[:LIMIT]

    def item_description(self, item):
        return item.description

    def item_categories(self, item):
        return [item._meta.verbose_name]


class PracticesFeed(_PortalFeed):
    title = _("MICIC Portal: new practices")
    subtitle = _("Practices newly added to the repository of practices.")

    def link(self):
        return reverse("practices:list")

    def items(self):
        return RepositoryPractice.objects.published().order_by("-created_at", "-pk")[:LIMIT]

    def item_description(self, item):
        return item.description
