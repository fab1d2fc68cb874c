"""Admin pieces for any LanguageFilesModel: file widgets, file and download
columns, and "missing file in" filters. Documents are edited through their
parents' admins (factsheets, consultations); nothing is registered here."""

from pathlib import PurePosixPath

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Exists, OuterRef
from django.forms import ClearableFileInput
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from documents.files import FORMATS, document_language_name, document_languages, language_name_local


class DocumentFileInput(ClearableFileInput):
    """Shows the current file's name only: storage paths and /media/ links
    never appear, not even in the admin (media is not served directly)."""

    template_name = "documents/widgets/document_file_input.html"

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
                        ", ".join(
                            (
                                ngettext("%(count)s download", "%(count)s downloads", downloads)
                                % {"count": downloads},
                                ngettext("%(count)s preview", "%(count)s previews", previews)
                                % {"count": previews},
                            )
                        ),
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


class ParentMissingFileFilter(MissingFileFilter):
    """Parents (factsheets, consultations) with at least one document lacking a
    file in the language; `document_model` names the Document model."""

    document_model = None

    def missing(self, queryset, language):
        model = self.document_model
        lacking = model.objects.without_file_in(language).filter(
            **{model.publication_parent: OuterRef("pk")}
        )
        return queryset.filter(Exists(lacking))


def document_files_summary(documents):
    """Files per language among `documents`: "EN 2/2 · FR 0/2 · RU 2/2", always
    the site languages, other languages where any file exists."""
    documents = list(documents)
    site = dict(settings.LANGUAGES)
    return (
        " · ".join(
            f"{code.upper()} {count}/{len(documents)}"
            for code in document_languages()
            if (count := sum(1 for document in documents if document.file_in(code))) or code in site
        )
        or "—"
    )
