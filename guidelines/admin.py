"""
Admin for Secretariat editors: tabbed EN/FR editing, practices inline on their
guideline, lists by number, searchable in every language.
"""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from modeltranslation.utils import get_translation_fields

from editorial.admin import PUBLICATION_FIELDS, PublishableAdmin
from editorial.languages import prepopulated_slugs
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle, StakeholderType

# modeltranslation would fill every slug_xx from the editor's current language;
# each language's slug comes from that language's short label (short, readable
# URLs such as /fr/guidelines/9/communiquer-souvent-par-de-multiples-canaux/).
TRANSLATED_SLUGS = prepopulated_slugs("short_label")


@admin.register(CrisisPhase)
class CrisisPhaseAdmin(TabbedTranslationAdmin):
    list_display = ("name", "key", "order")
    ordering = ("order",)


@admin.register(StakeholderType)
class StakeholderTypeAdmin(TabbedTranslationAdmin):
    list_display = ("name", "parent", "key", "order")
    list_select_related = ("parent",)
    ordering = ("order", "key")
    search_fields = ("key", *get_translation_fields("name"))


@admin.register(Principle)
class PrincipleAdmin(PublishableAdmin):
    list_display = ("number", "short_label", "title", "status", "french_complete")
    list_display_links = ("number", "short_label")
    ordering = ("number",)
    search_fields = ("=number", *get_translation_fields("title", "short_label", "body"))
    prepopulated_fields = TRANSLATED_SLUGS
    fieldsets = (
        (None, {"fields": ("number", "title", "short_label", "slug", "body")}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )


class GuidelinePracticeInline(TranslationStackedInline):
    """The practices of a guideline, edited on the guideline itself.

    Editors order them with the `order` number (shown first, and the inline is
    sorted by it): plain inputs work with the keyboard and need no extra script
    under the admin's strict CSP.
    """

    model = GuidelinePractice
    fields = ("order", "stakeholder_type", "title", "body", "status")
    ordering = ("order", "pk")
    extra = 0
    show_change_link = True


@admin.register(Guideline)
class GuidelineAdmin(PublishableAdmin):
    list_display = (
        "number",
        "short_label",
        "phase",
        "practice_count",
        "status",
        "french_complete",
    )
    list_display_links = ("number", "short_label")
    list_filter = ("phase", "status")
    list_select_related = ("phase",)
    ordering = ("number",)
    search_fields = (
        "=number",
        *get_translation_fields("title", "short_label", "thematic_area", "summary", "body"),
    )
    prepopulated_fields = TRANSLATED_SLUGS
    inlines = [GuidelinePracticeInline]
    fieldsets = (
        (None, {"fields": ("number", "phase", "title", "short_label", "slug")}),
        (_("Text"), {"fields": ("thematic_area", "summary", "body")}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )

    def get_queryset(self, request):
        # Practices are prefetched for the French-completeness column.
        return (
            super()
            .get_queryset(request)
            .annotate(practices_total=Count("practices"))
            .prefetch_related("practices")
        )

    @admin.display(description=_("practices"), ordering="practices_total")
    def practice_count(self, obj):
        return obj.practices_total

    @admin.display(description=_("French complete"), boolean=True)
    def french_complete(self, obj):
        """Complete only when the guideline and every one of its practices have French text."""
        item_complete = super().french_complete
        return item_complete(obj) and all(
            item_complete(practice) for practice in obj.practices.all()
        )


@admin.register(GuidelinePractice)
class GuidelinePracticeAdmin(PublishableAdmin):
    list_display = (
        "title",
        "guideline_number",
        "stakeholder_type",
        "order",
        "status",
        "french_complete",
    )
    list_filter = ("guideline__phase", "stakeholder_type", "status", "guideline")
    list_select_related = ("guideline", "stakeholder_type")
    ordering = ("guideline__number", "order", "pk")
    search_fields = ("=guideline__number", *get_translation_fields("title", "body"))
    fieldsets = (
        (None, {"fields": ("guideline", "stakeholder_type", "order", "title", "body")}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )

    @admin.display(description=_("guideline"), ordering="guideline__number")
    def guideline_number(self, obj):
        return obj.guideline
