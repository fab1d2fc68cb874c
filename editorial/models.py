"""
The publication mechanism shared by every kind of content.

Each content model inherits `Publishable` and gives its QuerySet
`PublishableQuerySet` (or a subclass), so the rule for what the public may see
is written once, here: `Model.objects.published()`.
"""

import datetime
import functools
import json

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Q, StringAgg, Subquery, Value
from django.db.models.functions import Cast, JSONObject
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from reversion.models import Revision

from editorial.languages import missing_translations

# Who may publish, unpublish, archive and schedule content (the Publishers).
PUBLISH_PERMISSION = "editorial.publish_content"


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


def published_q(model, now, prefix=""):
    """The condition for a public `model` row (through the lookup `prefix`,
    e.g. "factsheet__"): published, its time come, and, for an item shown on
    its parent's page only (`publication_parent`), a public parent too. The
    parent's rule is a join, which the query planner handles faster than a
    subquery and which a select_related() of the parent reuses."""
    condition = Q(**{f"{prefix}status": Status.PUBLISHED}) & (
        Q(**{f"{prefix}publish_at__isnull": True}) | Q(**{f"{prefix}publish_at__lte": now})
    )
    if parent := model.publication_parent:
        parent_model = model._meta.get_field(parent).related_model
        condition &= published_q(parent_model, now, prefix=f"{prefix}{parent}__")
    return condition


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """Published items whose publication time, if any, has come.

        Compares with the current time on every query, so scheduled content
        appears by itself with no cron job.
        """
        return self.filter(published_q(self.model, timezone.now()))

    def visible_to(self, user):
        """All items for staff who may see them in the admin (to preview drafts),
        published ones for everyone else.

        The one place that decides who previews: every public view of
        content goes through it (see PublishableViewMixin).
        """
        if user.is_active and user.is_staff:
            opts = self.model._meta
            if any(
                user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")
                for action in ("view", "change")
            ):
                return self.all()
        return self.published()

    def scheduled(self):
        """Published items waiting for their publication time."""
        return self.filter(status=Status.PUBLISHED, publish_at__gt=timezone.now())

    def translation_outdated(self):
        """Items whose English changed after their translation (see services)."""
        return self.filter(translation_outdated_since__isnull=False)


class Publishable(models.Model):
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Optional. A published item stays hidden until this date and time (UTC)."),
    )
    english_only = models.BooleanField(
        _("English only for now"),
        default=False,
        help_text=_(
            "Tick to publish before the French translation is ready. "
            "French visitors are told the content is available in English only."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)
    # Set when the English of a published item changes but its French does
    # not (editorial.services.translation_note_changes), cleared when an
    # editor updates or confirms the French.
    translation_outdated_since = models.DateTimeField(
        _("translation possibly outdated since"), null=True, blank=True, editable=False
    )
    translation_outdated_fields = models.JSONField(
        _("possibly outdated translations"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Translated fields whose English changed after them, e.g. body_fr."),
    )

    objects = PublishableQuerySet.as_manager()

    # The name of the foreign key to the Publishable whose page shows this
    # item (a tool's factsheet), if any: the item is then public only while
    # that parent is too, in `published()` and `is_public` alike.
    publication_parent = None

    class Meta:
        abstract = True

    @property
    def is_public(self):
        public = self.status == Status.PUBLISHED and (
            self.publish_at is None or self.publish_at <= timezone.now()
        )
        if public and self.publication_parent:
            return getattr(self, self.publication_parent).is_public
        return public

    @property
    def is_scheduled(self):
        return (
            self.status == Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at > timezone.now()
        )

    @property
    def publication_state(self):
        """The status in words, with the date of a scheduled publication."""
        if self.is_scheduled:
            return gettext("Scheduled for %(date)s (%(timezone)s)") % {
                "date": formats.date_format(timezone.localtime(self.publish_at), "DATETIME_FORMAT"),
                "timezone": timezone.get_current_timezone_name(),
            }
        return self.get_status_display()

    def missing_translations(self, language):
        """Translated fields that have English text but none in `language`."""
        return missing_translations(self, language)


def publishable_models():
    """Every concrete content model, whichever app defines it (new apps included)."""
    return [model for model in apps.get_models() if issubclass(model, Publishable)]


class EditorialRights(models.Model):
    """No table: carries the workflow's own permission, which is not about one model."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("publish_content", _("Can publish, unpublish, archive and schedule content"))
        ]
        verbose_name = _("editorial rights")

    def __str__(self):
        return str(self._meta.verbose_name)


class TranslationStatus(models.Model):
    """No table: the admin's translation dashboard hangs on it, so that it has
    its place in the admin index and its own view permission."""

    class Meta:
        managed = False
        default_permissions = ("view",)
        verbose_name = _("French translation")
        verbose_name_plural = _("French translation")

    def __str__(self):
        return str(self._meta.verbose_name)


class ContentChange(Revision):
    """The revisions of all content, as the admin's "Recent changes" audit list."""

    class Meta:
        proxy = True
        default_permissions = ("view",)
        ordering = ("-date_created", "-pk")
        verbose_name = _("content change")
        verbose_name_plural = _("recent changes")


# Review of changes to published content ---------------------------------------


class PendingChangeQuerySet(models.QuerySet):
    def open(self):
        """Changes still waiting for a publisher, or sent back to their editor."""
        return self.filter(
            status__in=(PendingChange.Status.PENDING, PendingChange.Status.SENT_BACK)
        )

    def for_object(self, obj):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=str(obj.pk),
        )


class PendingChange(models.Model):
    """An editor's change to a published item, kept apart until a publisher
    approves it: the public sees the published version meanwhile.

    `data` is the item and the rows edited with it (inline rows, many-to-many
    choices), as Django's JSON serializer writes them; uploaded files are
    already in storage and referenced there by name. One open change per item:
    a second save updates it (see editorial.review).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        SENT_BACK = "sent_back", _("Sent back")
        APPROVED = "approved", _("Approved")
        DISCARDED = "discarded", _("Discarded")

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("item"), max_length=300)
    data = models.JSONField(_("proposed version"), default=list)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="pending_changes",
        verbose_name=_("author"),
    )
    comment = models.CharField(_("comment from the editor"), max_length=300, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_changes",
        verbose_name=_("reviewer"),
    )
    reviewer_comment = models.TextField(_("comment from the reviewer"), blank=True)
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        ordering = ("-updated_at", "-pk")
        verbose_name = _("change to review")
        verbose_name_plural = _("changes to review")
        constraints = [
            models.UniqueConstraint(
                fields=("content_type", "object_id"),
                condition=Q(status__in=("pending", "sent_back")),
                name="editorial_one_open_change_per_item",
            )
        ]

    def __str__(self):
        return self.object_repr

    @property
    def is_open(self):
        return self.status in (self.Status.PENDING, self.Status.SENT_BACK)

    def live_object(self):
        """The item as the public sees it now, or None if it was deleted."""
        model = self.content_type.model_class()
        return model._base_manager.filter(pk=self.object_id).first() if model else None


class PublishedVersionQuerySet(models.QuerySet):
    def for_object(self, obj):
        # Joined by name rather than through ContentType's cache, whose first
        # use costs public pages a query of its own.
        opts = obj._meta
        return self.filter(
            content_type__app_label=opts.app_label,
            content_type__model=opts.model_name,
            object_id=str(obj.pk),
        )

    def public(self):
        """Versions that went live (a scheduled one only once its time has come)."""
        return self.filter(published_at__lte=timezone.now())

    def history_column(self, model):
        """An expression for a query of `model`: each row's public versions
        as one JSON array (text), so a page reads its history
        with its own row instead of a query of its own (the guideline page
        is at its budget of six queries). Read back by `from_history_column`.
        """
        return Subquery(_history_rows(model).public())

    def from_history_column(self, text):
        """The unsaved PublishedVersion objects of a `history_column` value."""
        versions = []
        for row in json.loads(f"[{text or ''}]"):
            published_at = parse_datetime(str(row["published_at"]))
            if timezone.is_naive(published_at):  # SQLite keeps UTC without an offset
                published_at = timezone.make_aware(published_at, datetime.UTC)
            versions.append(
                self.model(**{**row, "published_at": published_at, "minor": bool(row["minor"])})
            )
        # Sorted here: SQLite before 3.44 cannot order inside an aggregate.
        return sorted(versions, key=lambda version: version.number, reverse=True)


@functools.cache
def _history_rows(model):
    """Each `model` row's versions as one JSON array: `history_column`
    before its time filter, which is applied on each use. Built once per
    model, as building it took about 0.4 ms of every detail page; each use
    clones it (`.public()`), so the cached copy itself never changes."""
    opts = model._meta
    return (
        PublishedVersion.objects.filter(
            content_type__app_label=opts.app_label,
            content_type__model=opts.model_name,
            object_id=Cast(OuterRef("pk"), models.CharField()),
        )
        .order_by()
        .values("object_id")
        .annotate(
            history=StringAgg(
                Cast(
                    JSONObject(**{name: name for name in HISTORY_COLUMN_FIELDS}),
                    models.TextField(),
                ),
                delimiter=Value(","),
            )
        )
        .values("history")
    )


# What readers' pages need of a version (the saved text stays in reversion).
HISTORY_COLUMN_FIELDS = (
    "id",
    "number",
    "published_at",
    "minor",
    *(f"note_{code}" for code, _name in settings.LANGUAGES),
    "revision_version_id",
)


class PublishedVersion(models.Model):
    """A version of an item the public saw: numbered per item, with the date
    and the public change note readers see under "Updates to this page".

    Written whenever content is published or a change approved
    (editorial.review.version_record); `revision_version` is the
    django-reversion Version holding the item's text at that moment, which
    `?version=N` shows. Drafts and pending changes never get one.
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.CharField(_("object id"), max_length=64)
    number = models.PositiveIntegerField(_("version"))
    published_at = models.DateTimeField(_("published"), db_index=True)
    minor = models.BooleanField(
        _("minor change"),
        default=False,
        help_text=_("A minor change (a typo, a link) keeps the “Last updated” date and no note."),
    )
    note = models.CharField(_("public change note"), max_length=300, blank=True)
    revision_version = models.ForeignKey(
        "reversion.Version",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("saved version"),
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )

    objects = PublishedVersionQuerySet.as_manager()

    class Meta:
        ordering = ("-number",)
        verbose_name = _("published version")
        verbose_name_plural = _("published versions")
        constraints = [
            models.UniqueConstraint(
                fields=("content_type", "object_id", "number"),
                name="editorial_version_number_per_item",
            )
        ]
        indexes = [models.Index(fields=("content_type", "object_id", "-number"))]

    def __str__(self):
        return f"{self.object_id} v{self.number}"
