"""
What is searchable, declared by each content app in its `search_index` module.

    @register
    class GuidelineIndex(Indexed):
        model = Guideline
        kind = "guideline"
        ...

An `Indexed` class says how to turn one object into text (title, keywords,
body), how to describe it to a visitor ("Guideline 9", "Practice from
Kenya"), where it lives, and which objects are public (`public()`, normally
the model's `published()` rule). The search app does the rest.
"""

from django.conf import settings

from editorial.languages import default_language, localized_value
from editorial.models import Status

_registry = {}


class Indexed:
    model = None
    # Stable key, used in the index and in the ?type= filter.
    kind = ""
    # What one result is and what a group of them is called, e.g. "Guidelines".
    kind_label = ""
    # Order of the type filter.
    order = 100
    title_field = "title"
    # Weighted B: short descriptive text (summary, names, places).
    keyword_fields = ()
    # Weighted C: the text itself.
    body_fields = ("body",)
    # The foreign key to the object whose page shows this one (a tool is shown
    # on its factsheet's page): it is public only while that page is, its
    # address and label come from it, so it is re-indexed when that changes.
    shown_on = None
    # Other models whose change alters how an object of this model is indexed:
    # {OtherModel: function(instance) -> iterable of this model's pks}.
    watches = {}

    @property
    def shown_on_model(self):
        return self.model._meta.get_field(self.shown_on).related_model if self.shown_on else None

    def get_queryset(self):
        """Every object to index, with what label() and url() need joined in."""
        queryset = self.model._default_manager.all()
        return queryset.select_related(self.shown_on) if self.shown_on else queryset

    def public(self):
        """The objects anonymous visitors may see: the model's own rule, which
        publication() must agree with (tests/search/test_publication.py)."""
        return self.model._default_manager.published()

    def publication(self, obj):
        """(published, publish_at) of `obj` as the public sees it: published
        means public once `publish_at` (if any) has passed."""
        if self.shown_on:
            return publication_state(obj, getattr(obj, self.shown_on))
        return publication_state(obj)

    def label(self, obj):
        """What the object is, in the active language."""
        return str(self.kind_label)

    def url(self, obj):
        return obj.get_absolute_url()

    def keywords(self, obj):
        return [getattr(obj, field) for field in self.keyword_fields]

    def body(self, obj):
        return [getattr(obj, field) for field in self.body_fields]

    def text_language(self, obj, language):
        """The language a visitor in `language` reads this object in: its own
        if the title is translated, else English (or, for an item that only
        exists in another language, that one)."""
        english_only = getattr(obj, "english_only", False)
        if language != default_language() and english_only:
            return default_language()
        candidates = [language, default_language()] + [code for code, _ in settings.LANGUAGES]
        for code in candidates:
            if localized_value(obj, self.title_field, code):
                return code
        return language


def publication_state(*objects):
    """The combined state of an object and the objects it is shown on: all
    must be published, and it shows from the latest of their publish_at."""
    published = all(obj.status == Status.PUBLISHED for obj in objects)
    times = [obj.publish_at for obj in objects if obj.publish_at is not None]
    return published, max(times) if times else None


def register(cls):
    if cls.kind in _registry:
        raise ValueError(f"Search kind {cls.kind!r} is registered twice.")
    _registry[cls.kind] = cls()
    return cls


def indexed():
    """All registered Indexed, in filter order."""
    return sorted(_registry.values(), key=lambda item: (item.order, item.kind))


def for_model(model):
    return next((item for item in _registry.values() if item.model is model), None)


def kinds():
    return [item.kind for item in indexed()]
