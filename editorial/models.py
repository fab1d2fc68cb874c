"""
The publication mechanism shared by every kind of content.

Each content model inherits `Publishable` and gives its QuerySet
`PublishableQuerySet` (or a subclass), so the rule for what the public may see
is written once, here: `Model.objects.published()`.
"""

from django.apps import apps
from django.contrib.auth import get_permission_codename
from django.db import models
from django.db.models import Q
from django.utils import formats, timezone
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


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """Published items whose publication time, if any, has come.

        Compares with the current time on every query, so scheduled content
        appears by itself with no cron job.
        """
        published = self.filter(status=Status.PUBLISHED).filter(
            Q(publish_at__isnull=True) | Q(publish_at__lte=timezone.now())
        )
        if parent := self.model.publication_parent:
            # Shown on its parent's page only, so public only while that page is.
            parent_model = self.model._meta.get_field(parent).related_model
            published = published.filter(
                **{f"{parent}__in": parent_model.objects.published().values("pk")}
            )
        return published

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
