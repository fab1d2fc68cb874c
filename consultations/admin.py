from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline
from modeltranslation.utils import get_translation_fields

from consultations.models import Consultation, OutcomeDocument
from documents.admin import (
    LanguageFilesAdminMixin,
    MissingFileFilter,
    ParentMissingFileFilter,
    document_files_summary,
)
from editorial.admin import PUBLICATION_FIELDS, PublishableAdmin
from editorial.languages import prepopulated_slugs


class ConsultationMissingFileFilter(ParentMissingFileFilter):
    """Consultations with at least one document lacking a file in the language."""

    document_model = OutcomeDocument


class OutcomeDocumentInline(LanguageFilesAdminMixin, TranslationStackedInline):
    model = OutcomeDocument
    extra = 0
    fields = (
        ("kind", "order", "status"),
        "title",
        "slug",
        "description",
        *OutcomeDocument.file_field_names(),
        "download_counts",
    )
    readonly_fields = ("download_counts",)
    prepopulated_fields = prepopulated_slugs()


@admin.register(Consultation)
class ConsultationAdmin(PublishableAdmin):
    list_display = (
        "title",
        "kind",
        "region",
        "city",
        "start_date",
        "status",
        "french_complete",
        "document_files",
    )
    list_filter = ("kind", "region", "status", ConsultationMissingFileFilter)
    search_fields = (
        *get_translation_fields("title"),
        *get_translation_fields("city"),
        *get_translation_fields("summary"),
        *get_translation_fields("organisers"),
    )
    ordering = ("start_date", "pk")
    prepopulated_fields = prepopulated_slugs()
    filter_horizontal = ("guidelines",)
    inlines = [OutcomeDocumentInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "region", "summary", "body")}),
        (_("Place and dates"), {"fields": ("city", "country", ("start_date", "end_date"))}),
        (
            _("Organisation"),
            {"fields": ("organisers", "funders", "participants", "paired_with")},
        ),
        (_("Links"), {"fields": ("guidelines",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("documents")

    @admin.display(description=_("Document files"))
    def document_files(self, obj):
        return document_files_summary(obj.documents.all())


@admin.register(OutcomeDocument)
class OutcomeDocumentAdmin(LanguageFilesAdminMixin, PublishableAdmin):
    list_display = ("title", "kind", "consultation", "languages", "status", "download_counts_short")
    list_filter = ("status", "kind", "consultation__kind", MissingFileFilter)
    list_select_related = ("consultation",)
    search_fields = (*get_translation_fields("title"), *get_translation_fields("slug"))
    prepopulated_fields = prepopulated_slugs()
    autocomplete_fields = ("consultation",)
    fieldsets = (
        (None, {"fields": ("consultation", "kind", "title", "slug", "description", "order")}),
        (_("Files"), {"fields": OutcomeDocument.file_field_names()}),
        (_("Downloads"), {"fields": ("download_counts",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )
    readonly_fields = (*PublishableAdmin.readonly_fields, "download_counts")
