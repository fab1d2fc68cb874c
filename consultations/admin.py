from django.conf import settings
from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline
from modeltranslation.utils import get_translation_fields

from consultations.models import Consultation, OutcomeDocument
from editorial.admin import PUBLICATION_FIELDS, PublishableAdmin
from factsheets.admin import LanguageFilesAdminMixin, MissingFileFilter
from factsheets.files import document_languages


class ConsultationMissingFileFilter(MissingFileFilter):
    """Consultations with at least one document lacking a file in the language."""

    def missing(self, queryset, language):
        lacking = OutcomeDocument.objects.without_file_in(language).filter(
            consultation=OuterRef("pk")
        )
        return queryset.filter(Exists(lacking))


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
    prepopulated_fields = {f"slug_{code}": (f"title_{code}",) for code, _name in settings.LANGUAGES}


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
    prepopulated_fields = {"slug_en": ("title_en",), "slug_fr": ("title_fr",)}
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
        """Files per language: "EN 2/2 · FR 0/2 · RU 2/2" (languages with any file)."""
        documents = list(obj.documents.all())
        counts = {
            code: sum(1 for document in documents if document.file_in(code))
            for code in document_languages()
        }
        return (
            " · ".join(
                f"{code.upper()} {count}/{len(documents)}"
                for code, count in counts.items()
                if count
            )
            or "—"
        )


@admin.register(OutcomeDocument)
class OutcomeDocumentAdmin(LanguageFilesAdminMixin, PublishableAdmin):
    list_display = ("title", "kind", "consultation", "languages", "status", "download_counts_short")
    list_filter = ("status", "kind", "consultation__kind", MissingFileFilter)
    list_select_related = ("consultation",)
    search_fields = (*get_translation_fields("title"), *get_translation_fields("slug"))
    prepopulated_fields = {f"slug_{code}": (f"title_{code}",) for code, _name in settings.LANGUAGES}
    autocomplete_fields = ("consultation",)
    fieldsets = (
        (None, {"fields": ("consultation", "kind", "title", "slug", "description", "order")}),
        (_("Files"), {"fields": OutcomeDocument.file_field_names()}),
        (_("Downloads"), {"fields": ("download_counts",)}),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )
    readonly_fields = (*PublishableAdmin.readonly_fields, "download_counts")
