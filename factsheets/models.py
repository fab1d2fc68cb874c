"""
Factsheets, infosheets and knowledge sheets, and the tool sheets they offer
with a file per language.

`LanguageFilesModel` and `LanguageFilesQuerySet` are the reusable part: any
document with one file per document language (settings.MICIC_DOCUMENT_LANGUAGES)
inherits them; consultations.OutcomeDocument is the second user.
"""

import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, connections, models, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from editorial.models import Publishable, PublishableQuerySet
from factsheets.files import (
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

logger = logging.getLogger(__name__)


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


# Per-language files --------------------------------------------------------


class PendingCounts:
    """Download and preview counts of this process not yet in the database.

    Counting each download with its own write would put a database round
    trip (and a wait for the commit) on every download, all queuing on the
    same row when a crisis sends everyone to one checklist. Counts are
    gathered here instead and written in one transaction at most every
    settings.MICIC_DOWNLOAD_COUNT_SECONDS, after the response of whichever
    request comes next (see `write_pending_counts`), and when the process exits. A
    worker killed outright loses at most that many seconds of its counts.
    """

    def __init__(self):
        self._counts = Counter()
        self._lock = threading.Lock()
        self._next_write = 0.0

    def add(self, key, amount=1):
        with self._lock:
            self._counts[key] += amount

    def take(self):
        with self._lock:
            counts, self._counts = self._counts, Counter()
            return counts

    def due(self):
        return bool(self._counts) and time.monotonic() >= self._next_write

    def __bool__(self):
        return bool(self._counts)

    def wrote(self):
        self._next_write = time.monotonic() + settings.MICIC_DOWNLOAD_COUNT_SECONDS


pending_counts = PendingCounts()


def count_file_request(content_type_id, object_id, language, action):
    """Count one download or preview (also called for those served from the page cache)."""
    DownloadCounter.objects.record_for(content_type_id, object_id, language=language, action=action)


def write_pending_counts(**kwargs):
    """Write the gathered counts if they are due (connected to request_finished,
    so it runs after a response has gone out) or, with `everything`, whatever
    this process has gathered (at exit, and before editors look at counts)."""
    if pending_counts.due() or (kwargs.get("everything") and pending_counts):
        try:
            DownloadCounter.objects.write_pending()
        except DatabaseError:
            logger.warning("Could not write download counts; will try again", exc_info=True)


class DownloadCounterQuerySet(models.QuerySet):
    def record(self, obj, language, action):
        """Count one download or preview of `obj`'s file in `language`."""
        content_type = ContentType.objects.get_for_model(obj)
        self.record_for(content_type.pk, obj.pk, language=language, action=action)

    def record_for(self, content_type_id, object_id, *, language, action):
        """Count one download or preview of a document's file in `language`,
        the document given by its content type and primary key.

        Written at once when settings.MICIC_DOWNLOAD_COUNT_SECONDS is 0, else
        gathered in `pending_counts`. Nothing about the visitor is stored.
        """
        if action not in FILE_ACTIONS:
            raise ValueError(f"Unknown file action {action!r}")
        if settings.MICIC_DOWNLOAD_COUNT_SECONDS:
            pending_counts.add((content_type_id, object_id, language, action))
        else:
            self._add(content_type_id, object_id, language, action, 1)

    def write_pending(self):
        """Write this process's gathered counts to the database in one
        transaction. If the database fails, the counts stay pending for the
        next try."""
        counts = pending_counts.take()
        try:
            with transaction.atomic(using=self.db):
                for (content_type_id, object_id, language, action), amount in counts.items():
                    self._add(content_type_id, object_id, language, action, amount)
        except DatabaseError:
            for key, amount in counts.items():
                pending_counts.add(key, amount)
            raise
        finally:
            pending_counts.wrote()

    def _add(self, content_type_id, object_id, language, action, amount):
        """Add `amount` to one file's counter: an atomic UPDATE ... SET n = n + k
        (no read-modify-write race); the first count of a file creates its row,
        and a concurrent first count that loses the race to create it falls
        back to the UPDATE."""
        field = {"download": "downloads", "preview": "previews"}[action]
        lookup = {"content_type_id": content_type_id, "object_id": object_id, "language": language}
        if self._increment(field, lookup, amount):
            return
        try:
            with transaction.atomic(using=self.db):
                self.create(**lookup, **{field: amount})
        except IntegrityError:
            self._increment(field, lookup, amount)

    def _increment(self, field, lookup, amount):
        """Add `amount` to `field` of the row matching `lookup`; False if there is none.

        Written as SQL because counting downloads is the busiest write of the
        site and the ORM spends five times longer building this UPDATE than
        the database spends running it. Names come from the model.
        """
        connection = connections[self.db]
        quote, meta = connection.ops.quote_name, self.model._meta
        column = quote(meta.get_field(field).column)
        where = " AND ".join(f"{quote(meta.get_field(name).column)} = %s" for name in lookup)
        sql = f"UPDATE {quote(meta.db_table)} SET {column} = {column} + %s WHERE {where}"
        with connection.cursor() as cursor:
            cursor.execute(sql, [amount, *lookup.values()])
            return cursor.rowcount > 0


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
        name = file_field_name(language)
        # NULL can remain in rows written before the fields were plain FileFields.
        return Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})

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
    `file_url_name` (a URL served by LanguageFileView, taking `language` and
    `action` besides `file_url_kwargs()`) and `no_file_message`, the error
    when an editor saves one without any file.
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


# Factsheets and tools --------------------------------------------------------


def slug_in_any_language_q(slug, field="slug"):
    query = Q()
    for code in site_languages():
        query |= Q(**{build_localized_fieldname(field, code): slug})
    return query


class FactsheetQuerySet(PublishableQuerySet):
    def with_file_in(self, language):
        """Factsheets offering at least one published tool with a file in `language`."""
        return self.filter(
            Exists(Tool.objects.published().with_file_in(language).filter(factsheet=OuterRef("pk")))
        )


class Factsheet(Publishable):
    class Kind(models.TextChoices):
        FACTSHEET = "factsheet", _("Factsheet")
        INFOSHEET = "infosheet", _("Infosheet")
        KNOWLEDGE_SHEET = "knowledge-sheet", _("Knowledge sheet")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    published_on = models.DateField(_("publication date"), db_index=True)
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The last part of the page address, in each language."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences, shown in lists.")
    )
    body = models.TextField(_("body"), blank=True)
    related_guidelines = models.ManyToManyField(
        "guidelines.Guideline",
        verbose_name=_("related guidelines"),
        blank=True,
        related_name="factsheets",
    )

    objects = FactsheetQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("factsheet")
        verbose_name_plural = _("factsheets")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("factsheets:detail", kwargs={"slug": self.slug})

    def clean(self):
        """A slug may not be another factsheet's slug in any language: pages are
        found by their slug in whatever language the address uses."""
        super().clean()
        others = Factsheet.objects.exclude(pk=self.pk)
        errors = {}
        for code in site_languages():
            field = build_localized_fieldname("slug", code)
            if (slug := getattr(self, field, None)) and others.filter(
                slug_in_any_language_q(slug)
            ).exists():
                errors[field] = _("Another factsheet already uses this address.")
        if errors:
            raise ValidationError(errors)

    def tool_languages(self):
        """(code, name in that language) of every language any of its published
        tools has a file in.

        Reads `public_tools`, set by the views' prefetch (no query here).
        """
        languages = {code for tool in self.public_tools for code in tool.available_languages()}
        return [(code, language_name_local(code)) for code in page_order(languages)]


class ToolQuerySet(LanguageFilesQuerySet, PublishableQuerySet):
    def published(self):
        """Published tools of published factsheets: a tool is never public on its own."""
        return super().published().filter(factsheet__in=Factsheet.objects.published().values("pk"))

    def for_guideline(self, guideline):
        """Tools whose factsheet is related to `guideline`, newest factsheet first."""
        return (
            self.filter(factsheet__related_guidelines=guideline)
            .select_related("factsheet")
            .order_by("-factsheet__published_on", "factsheet_id", "order", "pk")
        )


class Tool(Publishable, LanguageFilesModel):
    """A downloadable tool sheet (checklist, template, guide) of a factsheet."""

    factsheet = models.ForeignKey(
        Factsheet, verbose_name=_("factsheet"), on_delete=models.CASCADE, related_name="tools"
    )
    title = models.CharField(_("title"), max_length=250)
    # Translated (/fr/outils/<slug_fr>/fr/telecharger/; the other language's
    # slug redirects), and independent of the file: the download addresses stay
    # the same when an editor replaces a file or retitles the tool.
    slug = models.SlugField(
        _("address name"),
        max_length=120,
        unique=True,
        help_text=_(
            "Used in the download addresses and file names, e.g. "
            "“strengthening-multi-stakeholder-coordination”. Changing it breaks "
            "existing links."
        ),
    )
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ToolQuerySet.as_manager()

    file_url_name = "factsheets:tool_file"
    no_file_message = _("Upload the tool sheet in at least one language.")

    class Meta:
        ordering = ["factsheet", "order", "pk"]
        verbose_name = _("tool")
        verbose_name_plural = _("tools")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{self.factsheet.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        return f"tool-{self.slug}"

    @property
    def is_public(self):
        """Public only while its factsheet is too (the rule of ToolQuerySet.published)."""
        return super().is_public and self.factsheet.is_public
