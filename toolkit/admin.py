from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import get_translation_fields

from documents.admin import LanguageFilesAdminMixin, MissingFileFilter
from editorial.admin import PUBLICATION_FIELDS, PublishableAdmin
from editorial.languages import default_language, prepopulated_slugs
from toolkit.models import GuidelinesInAction, ToolkitItem, Training

# A training's slug is not translated (only an anchor on the trainings page).
SLUG_FROM_TITLE = {"slug": (f"title_{default_language()}",)}


class DocumentAdmin(LanguageFilesAdminMixin, PublishableAdmin):
    """A document with a file per language, edited on its own page."""

    search_fields = (
        *get_translation_fields("title"),
        *get_translation_fields("description"),
        *get_translation_fields("slug"),
    )
    # slug_fr from title_fr, slug_en from title_en.
    prepopulated_fields = prepopulated_slugs()
    readonly_fields = (*PublishableAdmin.readonly_fields, "download_counts")


@admin.register(GuidelinesInAction)
class GuidelinesInActionAdmin(DocumentAdmin):
    list_display = ("title", "guideline", "languages", "status", "download_counts_short")
    list_filter = ("status", "guideline__phase", MissingFileFilter)
    list_select_related = ("guideline",)
    autocomplete_fields = ("guideline",)
    fieldsets = (
        (None, {"fields": ("guideline", "title", "slug", "practical_tool", "description")}),
        (_("Files"), {"fields": (*GuidelinesInAction.file_field_names(), "sample_files")}),
        (_("Downloads"), {"fields": ("download_counts",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )


@admin.register(ToolkitItem)
class ToolkitItemAdmin(DocumentAdmin):
    list_display = ("title", "kind", "audience", "languages", "status", "download_counts_short")
    list_filter = ("status", "kind", "audience", MissingFileFilter)
    filter_horizontal = ("guidelines",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "audience", "description", "order")}),
        (_("Links"), {"fields": ("guidelines",)}),
        (
            _("Files"),
            {"fields": (*ToolkitItem.file_field_names(), "sample_files", "is_example")},
        ),
        (_("Downloads"), {"fields": ("download_counts",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )


@admin.register(Training)
class TrainingAdmin(PublishableAdmin):
    list_display = ("title", "format", "audience", "duration", "status")
    list_filter = ("status", "format", "audience")
    search_fields = (*get_translation_fields("title"), *get_translation_fields("summary"), "slug")
    prepopulated_fields = SLUG_FROM_TITLE
    filter_horizontal = ("guidelines",)
    autocomplete_fields = ("manual",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "format", "summary", "order")}),
        (
            _("Audience and practicalities"),
            {"fields": ("audience", "audience_description", "duration", "languages")},
        ),
        (_("Where to enrol or download"), {"fields": ("link", "link_kind", "manual")}),
        (_("Links"), {"fields": ("guidelines",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )
