from pathlib import PurePosixPath

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Exists, OuterRef
from django.forms import ClearableFileInput
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline
from modeltranslation.utils import get_translation_fields

from editorial.admin import PUBLICATION_FIELDS, PublishableAdmin
from factsheets.files import (
    FORMATS,
    document_language_name,
    document_languages,
    language_name_local,
)
from factsheets.models import Factsheet, Tool, write_pending_counts

# Reusable pieces for any admin of a LanguageFilesModel -----------------------


class DocumentFileInput(ClearableFileInput):
    """Shows the current file's name only: storage paths and /media/ links
    never appear, not even in the admin (media is not served directly)."""

    template_name = "factsheets/widgets/document_file_input.html"

    def __init__(self, attrs=None):
        accept = ",".join(
            [f".{ext}" for ext in FORMATS] + [fmt.mimetype for fmt in FORMATS.values()]
        )
        super().__init__({"accept": accept, **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if value and getattr(value, "name", None):
            context["widget"]["file_name"] = PurePosixPath(value.name).name
        return context


DOCUMENT_FILE_WIDGETS = {models.FileField: {"widget": DocumentFileInput}}


class LanguageFilesAdminMixin:
    """Admin of a LanguageFilesModel (page or inline): the file widgets, a
    "Files" column, read-only "Downloads" column and field, with the counters
    prefetched."""

    formfield_overrides = DOCUMENT_FILE_WIDGETS

    def get_queryset(self, request):
        # The counts this process has gathered but not yet written (all of
        # them with a single process, e.g. runserver) are written first.
        write_pending_counts(everything=True)
        return super().get_queryset(request).prefetch_related("download_counters")

    @admin.display(description=_("Files"))
    def languages(self, obj):
        return ", ".join(code.upper() for code in obj.available_languages()) or "—"

    @admin.display(description=_("Downloads"))
    def download_counts(self, obj):
        totals = obj.download_totals()
        lines = []
        for code in document_languages():
            downloads, previews = totals.get(code, (0, 0))
            if obj.file_in(code) or downloads or previews:
                lines.append(
                    (
                        language_name_local(code),
                        _("%(downloads)s downloads, %(previews)s previews")
                        % {"downloads": downloads, "previews": previews},
                    )
                )
        return format_html_join("", "<div>{}: {}</div>", lines) or "—"

    @admin.display(description=_("Downloads (previews)"))
    def download_counts_short(self, obj):
        """Compact, for change lists: "EN 12 (3) · FR 4 (0)"."""
        totals = obj.download_totals()
        return (
            " · ".join(
                "{} {} ({})".format(code.upper(), *totals.get(code, (0, 0)))
                for code in document_languages()
                if obj.file_in(code) or code in totals
            )
            or "—"
        )


class MissingFileFilter(admin.SimpleListFilter):
    """Objects with no file in a given language (one choice per document language)."""

    title = _("missing file in")
    parameter_name = "missing_file"

    def lookups(self, request, model_admin):
        return [(code, capfirst(document_language_name(code))) for code in document_languages()]

    def queryset(self, request, queryset):
        if self.value() in document_languages():
            return self.missing(queryset, self.value())
        return queryset

    def missing(self, queryset, language):
        return queryset.without_file_in(language)


# Factsheets and tools --------------------------------------------------------


class FactsheetMissingFileFilter(MissingFileFilter):
    """Factsheets with at least one tool lacking a file in the language."""

    def missing(self, queryset, language):
        lacking = Tool.objects.without_file_in(language).filter(factsheet=OuterRef("pk"))
        return queryset.filter(Exists(lacking))


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
    prepopulated_fields = {f"slug_{code}": (f"title_{code}",) for code, _name in settings.LANGUAGES}


@admin.register(Factsheet)
class FactsheetAdmin(PublishableAdmin):
    list_display = ("title", "kind", "published_on", "status", "french_complete", "tool_files")
    list_filter = ("kind", YearFilter, "status", FactsheetMissingFileFilter)
    search_fields = (*get_translation_fields("title"), *get_translation_fields("summary"))
    ordering = ("-published_on",)
    prepopulated_fields = {f"slug_{code}": (f"title_{code}",) for code, _name in settings.LANGUAGES}
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
        """Files per language: always the site languages, others where any exist."""
        tools = list(obj.tools.all())
        counts = {
            code: sum(1 for tool in tools if tool.file_in(code)) for code in document_languages()
        }
        site = dict(settings.LANGUAGES)
        return " · ".join(
            f"{code.upper()} {count}/{len(tools)}"
            for code, count in counts.items()
            if code in site or count
        )


@admin.register(Tool)
class ToolAdmin(LanguageFilesAdminMixin, PublishableAdmin):
    list_display = ("title", "factsheet", "languages", "status", "download_counts_short")
    list_filter = ("status", "factsheet__kind", MissingFileFilter)
    list_select_related = ("factsheet",)
    search_fields = (*get_translation_fields("title"), *get_translation_fields("slug"))
    prepopulated_fields = {f"slug_{code}": (f"title_{code}",) for code, _name in settings.LANGUAGES}
    autocomplete_fields = ("factsheet",)
    fieldsets = (
        (None, {"fields": ("factsheet", "title", "slug", "description", "order")}),
        (_("Files"), {"fields": Tool.file_field_names()}),
        (_("Downloads"), {"fields": ("download_counts",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )
    readonly_fields = (*PublishableAdmin.readonly_fields, "download_counts")
