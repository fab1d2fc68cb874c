"""
The publication mechanism shared by every kind of content.

Each content model inherits `Publishable` and gives its QuerySet
`PublishableQuerySet` (or a subclass), so the rule for what the public may see
is written once, here: `Model.objects.published()`.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from editorial.languages import missing_translations


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
        return self.filter(status=Status.PUBLISHED).filter(
            Q(publish_at__isnull=True) | Q(publish_at__lte=timezone.now())
        )

    def visible_to(self, user):
        """All items for staff (to preview drafts), published ones for everyone else."""
        if user.is_active and user.is_staff:
            return self.all()
        return self.published()


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

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED and (
            self.publish_at is None or self.publish_at <= timezone.now()
        )

    def missing_translations(self, language):
        """Translated fields that have English text but none in `language`."""
        return missing_translations(self, language)
