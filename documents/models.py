"""
Documents with a file per language, and how often each file is fetched.

`LanguageFilesModel` is the file mechanism (one FileField per document
language); `Document` adds what every publishable per-language document of
the site shares: a title, a stable address name, a description, its order
on its parent's page, and publication through that parent. Factsheets' tool
sheets and consultations' outcome documents are Documents: each only
declares its parent and its messages.
"""

import logging

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from documents.files import (
    FILE_ACTIONS,
    FileVersion,
    check_document_languages,
    document_language_name,
    document_languages,
    document_upload_to,
    file_field_name,
    format_of_name,
    language_name_local,
    page_order,
    validate_document_file,
)
from editorial.languages import filled_q
from editorial.models import Publishable, PublishableQuerySet

logger = logging.getLogger(__name__)

# The counter column each file action adds to.
COUNTED_FIELDS = {"download": "downloads", "preview": "previews"}


class DownloadCounterQuerySet(models.QuerySet):
    def record(self, obj, language, action):
        """Count one download or preview of `obj`'s file in `language`."""
        content_type = ContentType.objects.get_for_model(obj)
        self.record_for(content_type.pk, obj.pk, language=language, action=action)

    def record_for(self, content_type_id, object_id, *, language, action):
        """Count one download or preview, written at once: an UPDATE adding 1
        in the database (no read-modify-write race); the first count of a file
        creates its row, and a concurrent first count that loses the race to
        create it adds its 1 to the row the winner created. Nothing about the
        visitor is stored."""
        if action not in FILE_ACTIONS:
            raise ValueError(f"Unknown file action {action!r}")
        field = COUNTED_FIELDS[action]
        lookup = {"content_type_id": content_type_id, "object_id": object_id, "language": language}
        if self.filter(**lookup).update(**{field: F(field) + 1}):
            return
        try:
            with transaction.atomic(using=self.db):
                self.create(**lookup, **{field: 1})
        except IntegrityError:
            self.filter(**lookup).update(**{field: F(field) + 1})


class DownloadCounter(models.Model):
    """How often one language's file of a document was downloaded or previewed."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    document = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=10)
    downloads = models.PositiveIntegerField(_("downloads"), default=0)
    previews = models.PositiveIntegerField(_("previews"), default=0)

    objects = DownloadCounterQuerySet.as_manager()

    # Only editors see counts: counting a download never invalidates cached pages.
    shown_on_public_pages = False

    class Meta:
        # Created by the factsheets app, where the model lived first; kept so
        # no count is lost (documents/migrations/0001_initial.py).
        db_table = "factsheets_downloadcounter"
        verbose_name = _("download counter")
        verbose_name_plural = _("download counters")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="factsheets_downloadcounter_unique_file",
            )
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id} [{self.language}]"


class LanguageFilesQuerySet(models.QuerySet):
    """Filters on which languages really have a file."""

    @staticmethod
    def file_in_language_q(language):
        # NULL can remain in rows written before the fields were plain FileFields.
        return filled_q(file_field_name(language))

    def with_file_in(self, language):
        return self.filter(self.file_in_language_q(language))

    def without_file_in(self, language):
        return self.exclude(self.file_in_language_q(language))


class LanguageFilesModel(models.Model):
    """A document with one file per document language.

    One plain FileField per code of settings.MICIC_DOCUMENT_LANGUAGES (file_en,
    file_fr, file_es, file_ru), generated below: a new language is a settings
    change plus a migration. They are deliberately not modeltranslation
    fields, which would hand out the English file when another language has
    none. Read files through `file_in()` / `file_versions()`.

    Subclasses have a `slug` (their download addresses and file names), set
    `file_url_name` (a URL served by documents.views.LanguageFileView, taking
    `language` and `action` besides `file_url_kwargs()`) and
    `no_file_message`, the error when an editor saves one without any file.
    """

    for _code in check_document_languages():
        locals()[file_field_name(_code)] = models.FileField(
            format_lazy(_("file in {language}"), language=document_language_name(_code)),
            upload_to=document_upload_to,
            max_length=255,
            blank=True,
            validators=[validate_document_file],
            help_text=_("PDF, DOCX, ODT or XLSX."),
        )
    del _code

    download_counters = GenericRelation(DownloadCounter)

    file_url_name = None
    no_file_message = _("Upload the file in at least one language.")

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if not self.available_languages():
            default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
            raise ValidationError({file_field_name(default): self.no_file_message})

    @classmethod
    def file_field_names(cls):
        """file_en, file_fr, ... in settings order (e.g. for admin fieldsets)."""
        return [file_field_name(code) for code in document_languages()]

    def file_in(self, language):
        """The file in exactly `language`, or None: never another language's."""
        if language not in document_languages():
            return None
        field_file = getattr(self, file_field_name(language), None)
        return field_file if field_file else None

    def available_languages(self):
        """Document languages (settings order) that have a file, from the database alone."""
        return [code for code in document_languages() if self.file_in(code)]

    def file_format(self, language):
        field_file = self.file_in(language)
        return format_of_name(field_file.name) if field_file else None

    def download_basename(self):
        return self.slug

    def download_filename(self, language):
        """A clean name for the visitor's copy, e.g. `my-tool-fr.pdf`."""
        fmt = self.file_format(language)
        extension = fmt.extension if fmt else "bin"
        return f"{self.download_basename()}-{language}.{extension}"

    def file_url_kwargs(self):
        return {"slug": self.slug}

    def get_file_url(self, language, action="download"):
        return reverse(
            self.file_url_name,
            kwargs={**self.file_url_kwargs(), "language": language, "action": action},
        )

    def file_versions(self):
        """The files a visitor can get: the page language first, then the other
        site languages, then the rest (settings order; see files.page_order).

        Each comes with its format and size. A file missing from storage is
        left out (and logged), so a page never links to a broken download.
        """
        page_language = translation.get_language()
        versions = []
        for code in page_order(self.available_languages(), page_language):
            field_file = self.file_in(code)
            fmt = format_of_name(field_file.name)
            try:
                size = field_file.storage.size(field_file.name)
            except OSError:
                logger.warning("Missing file %s for %r [%s]", field_file.name, self, code)
                continue
            if fmt is None:
                continue
            versions.append(
                FileVersion(
                    language=code,
                    name_local=language_name_local(code),
                    format=fmt,
                    size=size,
                    preview_url=self.get_file_url(code, "preview") if fmt.previewable else None,
                    download_url=self.get_file_url(code, "download"),
                    is_page_language=code == page_language,
                )
            )
        return versions

    def download_totals(self):
        """{language: (downloads, previews)} from the (prefetched) counters."""
        return {
            counter.language: (counter.downloads, counter.previews)
            for counter in self.download_counters.all()
        }


def file_languages(documents):
    """(code, name in that language) of every language any of `documents` has
    a file in, in page order (no query: reads the files' names)."""
    languages = {code for document in documents for code in document.available_languages()}
    return [(code, language_name_local(code)) for code in page_order(languages)]


class DocumentQuerySet(LanguageFilesQuerySet, PublishableQuerySet):
    """Published documents are those of published parents (see Publishable.publication_parent)."""


class Document(Publishable, LanguageFilesModel):
    """A publishable document with a file per language, shown on its parent's page.

    A concrete document declares its parent foreign key (and names it in
    `publication_parent`), `anchor_prefix`, `file_url_name`,
    `no_file_message`, its ordering and names.
    """

    title = models.CharField(_("title"), max_length=250)
    # Independent of the files: the download addresses
    # (/<lang>/…/<slug>/<file language>/download/) stay the same when an
    # editor replaces a file or retitles the document. Concrete documents
    # translate it (their translation.py: slug_en, slug_fr), so that French
    # addresses read in French.
    slug = models.SlugField(
        _("address name"),
        max_length=120,
        unique=True,
        help_text=_(
            "Used in the download addresses and file names. Changing it breaks existing links."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Set by seed_demo: the files stand in for the real document on a demo
    # site, and the page says so next to them.
    sample_files = models.BooleanField(
        _("sample files"),
        default=False,
        help_text=_("The files are samples of the demo site, not the real document."),
    )

    objects = DocumentQuerySet.as_manager()

    anchor_prefix = "document"

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{self.parent.get_absolute_url()}#{self.anchor}"

    @property
    def parent(self):
        return getattr(self, self.publication_parent)

    @property
    def anchor(self):
        return f"{self.anchor_prefix}-{self.slug}"
