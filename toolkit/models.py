"""
Putting the Guidelines to work: the Guidelines in Action series (2018, one
document per Guideline, each carrying a practical tool), the Toolkit for
Implementation (guidance notes, checklists, templates and forms for home
and host countries) and the trainings that exist.

Guidelines in Action documents and toolkit items are documents with a file
per language (documents.models.Document); trainings link out to their
provider and may point to a toolkit item as their reference manual.
"""

from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from documents.models import Document, DocumentQuerySet
from editorial.models import Publishable, PublishableQuerySet


class Audience(models.TextChoices):
    """The Toolkit for Implementation is split into home and host countries."""

    HOME = "home", _("Home countries")
    HOST = "host", _("Host countries")
    BOTH = "both", _("Home and host countries")


def audience_q(audience):
    """Items for `audience` (home or host): those marked for it and those for both."""
    return models.Q(audience__in=[audience, Audience.BOTH])


class GuidelinesInAction(Document):
    """One document of the Guidelines in Action series, with the practical
    tool it carries; public only while its guideline is."""

    guideline = models.OneToOneField(
        "guidelines.Guideline",
        verbose_name=_("guideline"),
        on_delete=models.PROTECT,
        related_name="guidelines_in_action",
    )
    practical_tool = models.CharField(
        _("practical tool"),
        max_length=250,
        blank=True,
        help_text=_("The tool the document carries, e.g. a contingency plan template."),
    )

    publication_parent = "guideline"
    anchor_prefix = "gia"
    file_url_name = "toolkit:gia_file"
    no_file_message = _("Upload the document in at least one language.")

    class Meta:
        ordering = ["guideline__number"]
        verbose_name = _("Guidelines in Action document")
        verbose_name_plural = _("Guidelines in Action documents")

    def get_absolute_url(self):
        return f"{reverse('toolkit:guidelines_in_action')}#{self.anchor}"


class ToolkitItemQuerySet(DocumentQuerySet):
    def for_audience(self, audience):
        return self.filter(audience_q(audience))


class ToolkitItem(Document):
    """A guidance note, checklist, template or form of the Toolkit for
    Implementation, listed on the toolkit page (no parent page)."""

    class Kind(models.TextChoices):
        GUIDANCE = "guidance", _("Guidance note")
        CHECKLIST = "checklist", _("Checklist")
        TEMPLATE = "template", _("Template")
        FORM = "form", _("Form")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    audience = models.CharField(
        _("for"), max_length=10, choices=Audience.choices, default=Audience.BOTH, db_index=True
    )
    guidelines = models.ManyToManyField(
        "guidelines.Guideline",
        verbose_name=_("guidelines served"),
        blank=True,
        related_name="toolkit_items",
    )
    # Set by seed_demo for items that only show the kind of thing the toolkit
    # holds: labelled "Illustrative example" wherever they appear.
    is_example = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_("An invented item of the demo site, not part of the real toolkit."),
    )

    objects = ToolkitItemQuerySet.as_manager()

    anchor_prefix = "toolkit"
    file_url_name = "toolkit:item_file"
    no_file_message = _("Upload the toolkit item in at least one language.")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("toolkit item")
        verbose_name_plural = _("toolkit items")

    def get_absolute_url(self):
        return f"{reverse('toolkit:toolkit')}#{self.anchor}"


class Training(Publishable):
    """A course or learning tool that exists, described here and provided
    elsewhere (enrolment and downloads are on the provider's site)."""

    class Format(models.TextChoices):
        ELEARNING = "e-learning", _("E-learning course")
        COURSE = "course", _("Training course")
        APP = "app", _("Smartphone application")

    class LinkKind(models.TextChoices):
        ENROL = "enrol", _("Enrol")
        DOWNLOAD = "download", _("Download")
        INFORMATION = "information", _("More information")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("address name"),
        max_length=120,
        unique=True,
        help_text=_("Used in the address of the training on the trainings page."),
    )
    summary = models.TextField(_("summary"), blank=True)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    audience = models.CharField(
        _("for"), max_length=10, choices=Audience.choices, default=Audience.BOTH
    )
    audience_description = models.CharField(
        _("audience"), max_length=250, help_text=_("Who the training is for, in a few words.")
    )
    duration = models.CharField(
        _("duration"),
        max_length=120,
        blank=True,
        help_text=_("As the provider states it, e.g. about six hours in four modules."),
    )
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        help_text=_("Language codes separated by commas, e.g. en, es, fr."),
    )
    link = models.URLField(_("link to the provider"), blank=True)
    link_kind = models.CharField(
        _("the link is to"),
        max_length=20,
        choices=LinkKind.choices,
        default=LinkKind.INFORMATION,
    )
    manual = models.ForeignKey(
        ToolkitItem,
        verbose_name=_("reference manual"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="trainings",
        help_text=_("A toolkit item to download with the training, if any."),
    )
    guidelines = models.ManyToManyField(
        "guidelines.Guideline",
        verbose_name=_("guidelines served"),
        blank=True,
        related_name="trainings",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("training")
        verbose_name_plural = _("trainings")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{reverse('toolkit:trainings')}#{self.anchor}"

    @property
    def anchor(self):
        return f"training-{self.slug}"

    def clean(self):
        super().clean()
        if unknown := [code for code in self.language_codes() if code not in LANG_INFO]:
            message = _("Unknown language code: %(codes)s.") % {"codes": ", ".join(unknown)}
            raise ValidationError({"languages": message})

    def language_codes(self):
        return [code.strip().lower() for code in self.languages.split(",") if code.strip()]

    def language_names(self):
        """The languages' names in the page language (a code Django does not know, as it is)."""
        return [
            get_language_info(code)["name_translated"] if code in LANG_INFO else code
            for code in self.language_codes()
        ]
