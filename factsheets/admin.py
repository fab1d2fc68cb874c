from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline
from modeltranslation.utils import get_translation_fields

from documents.admin import (
    LanguageFilesAdminMixin,
    MissingFileFilter,
    ParentMissingFileFilter,
    document_files_summary,
)
from editorial.admin import PUBLICATION_FIELDS, PublishableAdmin
from editorial.languages import prepopulated_slugs
from factsheets.models import Factsheet, Tool


class FactsheetMissingFileFilter(ParentMissingFileFilter):
    """Factsheets with at least one tool lacking a file in the language."""

    document_model = Tool


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        dates = model_admin.get_queryset(request).dates("published_on", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in dates]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(published_on__year=int(self.value()))
        return queryset


class ToolInline(LanguageFilesAdminMixin, TranslationStackedInline):
    model = Tool
    extra = 0
    fields = (
        "title",
        "slug",
        "description",
        *Tool.file_field_names(),
        ("order", "status"),
        "download_counts",
    )
    readonly_fields = ("download_counts",)
    prepopulated_fields = prepopulated_slugs()


@admin.register(Factsheet)
class FactsheetAdmin(PublishableAdmin):
    list_display = ("title", "kind", "published_on", "status", "french_complete", "tool_files")
    list_filter = ("kind", YearFilter, "status", FactsheetMissingFileFilter)
    search_fields = (*get_translation_fields("title"), *get_translation_fields("summary"))
    ordering = ("-published_on",)
    prepopulated_fields = prepopulated_slugs()
    filter_horizontal = ("related_guidelines",)
    inlines = [ToolInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "published_on", "summary", "body")}),
        (_("Links"), {"fields": ("related_guidelines",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tools")

    @admin.display(description=_("Tool files"))
    def tool_files(self, obj):
        return document_files_summary(obj.tools.all())


@admin.register(Tool)
class ToolAdmin(LanguageFilesAdminMixin, PublishableAdmin):
    list_display = ("title", "factsheet", "languages", "status", "download_counts_short")
    list_filter = ("status", "factsheet__kind", MissingFileFilter)
    list_select_related = ("factsheet",)
    search_fields = (*get_translation_fields("title"), *get_translation_fields("slug"))
    prepopulated_fields = prepopulated_slugs()
    autocomplete_fields = ("factsheet",)
    fieldsets = (
        (None, {"fields": ("factsheet", "title", "slug", "description", "order")}),
        (_("Files"), {"fields": Tool.file_field_names()}),
        (_("Downloads"), {"fields": ("download_counts",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )
    readonly_fields = (*PublishableAdmin.readonly_fields, "download_counts")
