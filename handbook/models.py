"""
Documents for the field, built from published content after publication:
the Guidelines handbook, one PDF per phase and per guideline, kits by role
and the offline packs. Each built file is a `BuiltDocument`, stored under a
name carrying the content version it was built from (pages.cache).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    HANDBOOK = "handbook", _("Handbook")
    PHASE = "phase", _("Phase")
    GUIDELINE = "guideline", _("Guideline")
    KIT_PDF = "kit-pdf", _("Kit (PDF)")
    KIT_ZIP = "kit-zip", _("Kit (ZIP)")
    PACK = "pack", _("Offline pack")


# The file extension and content type each kind is served with.
FORMATS = {
    Kind.HANDBOOK: ("pdf", "application/pdf"),
    Kind.PHASE: ("pdf", "application/pdf"),
    Kind.GUIDELINE: ("pdf", "application/pdf"),
    Kind.KIT_PDF: ("pdf", "application/pdf"),
    Kind.KIT_ZIP: ("zip", "application/zip"),
    Kind.PACK: ("zip", "application/zip"),
}


class BuiltDocumentQuerySet(models.QuerySet):
    def newest(self, kind, language, key=""):
        """The newest finished edition of one document, or None (one query)."""
        return self.filter(kind=kind, language=language, key=key).order_by("-version").first()

    def newest_of_each(self, kinds, languages):
        """{(kind, language, key): newest edition} for every document of
        `kinds` in `languages`, in one query (the documents page; at most
        EDITIONS_KEPT rows per document are stored)."""
        newest = {}
        for document in self.filter(kind__in=kinds, language__in=languages).order_by("-version"):
            newest.setdefault((document.kind, document.language, document.key), document)
        return newest


class BuiltDocument(models.Model):
    """One built file: a document (kind, key) in a language, as of a content version.

    Rows are written only once the file is stored, so the newest row is
    always ready to serve; older editions are kept until a newer one exists.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=10)
    # Which phase, guideline or kit; empty for the handbook and the packs.
    key = models.CharField(_("key"), max_length=200, blank=True)
    version = models.BigIntegerField(_("content version"))
    file = models.FileField(_("file"), max_length=255)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    built_at = models.DateTimeField(_("built at"), auto_now_add=True)

    objects = BuiltDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("built document")
        verbose_name_plural = _("built documents")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "language", "key", "version"], name="one_build_per_version"
            )
        ]
        indexes = [models.Index(fields=["kind", "language", "key", "-version"])]

    def __str__(self):
        return f"{self.kind} {self.key} [{self.language}] v{self.version}"

    @property
    def extension(self):
        return FORMATS[self.kind][0]

    @property
    def content_type(self):
        return FORMATS[self.kind][1]


class BuildRequest(models.Model):
    """A build of every field document for one content version, requested once.

    The unique version is the debounce: however many saves a publication
    makes, the first to commit enqueues the build and the others find its row.
    """

    version = models.BigIntegerField(_("content version"), unique=True)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("build request")
        verbose_name_plural = _("build requests")

    def __str__(self):
        return f"v{self.version}"
