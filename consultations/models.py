"""
The consultations of 2015 and 2016 that shaped the MICIC Guidelines, and their
outcome documents (reports, discussion papers, civil society inputs...).

An outcome document is a documents.models.Document: it has a file per
document language, served, counted and validated by the documents app.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modeltranslation.utils import build_localized_fieldname

from documents.models import Document, file_languages
from editorial.languages import site_languages, slug_clashes
from editorial.models import Publishable, PublishableQuerySet

# Path segments under /consultations/ that are pages, not consultations: the
# path words of consultations/urls.py in every language (msgstr in locale/fr).
RESERVED_SLUGS = {"process", "processus", "documents", "civil-society", "societe-civile"}


class Region(models.TextChoices):
    """The regions of the regional consultations, plus "global" for the others."""

    ASIA = "asia", _("South, East and South-East Asia")
    EASTERN_EUROPE_CENTRAL_ASIA = (
        "eastern-europe-central-asia",
        _("Eastern Europe and Central Asia"),
    )
    WEST_CENTRAL_AFRICA = "west-central-africa", _("West and Central Africa")
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean", _("Latin America and the Caribbean")
    NORTH_AFRICA_MIDDLE_EAST = "north-africa-middle-east", _("North Africa and the Middle East")
    EAST_SOUTHERN_AFRICA = "east-southern-africa", _("East and Southern Africa")
    GLOBAL = "global", _("Global")


class ConsultationQuerySet(PublishableQuerySet):
    def chronological(self):
        """Earliest first; consultations whose dates are not known come last."""
        return self.order_by(F("start_date").asc(nulls_last=True), "pk")

    def with_pairs(self):
        """The paired meeting on either side, in the same query."""
        return self.select_related("paired_with", "paired_from")

    def with_public_documents(self):
        """Published documents as `public_documents` (one query for all)."""
        return self.prefetch_related(
            Prefetch(
                "documents",
                queryset=OutcomeDocument.objects.published(),
                to_attr="public_documents",
            )
        )


class Consultation(Publishable):
    class Kind(models.TextChoices):
        REGIONAL_GOVERNMENT = "regional-government", _("Regional government consultation")
        CIVIL_SOCIETY = "civil-society", _("Civil society consultation")
        STAKEHOLDER = "stakeholder", _("Stakeholder consultation")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, db_index=True)
    region = models.CharField(_("region"), max_length=40, choices=Region.choices, db_index=True)
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
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    start_date = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("Leave empty if not known.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day meeting.")
    )
    organisers = models.CharField(_("organisers"), max_length=250, blank=True)
    funders = models.CharField(_("funders"), max_length=250, blank=True)
    participants = models.CharField(
        _("participants"),
        max_length=250,
        blank=True,
        help_text=_("Who took part, or how many, e.g. “More than 60 participants”."),
    )
    paired_with = models.OneToOneField(
        "self",
        verbose_name=_("held alongside"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="paired_from",
        limit_choices_to={"kind": Kind.REGIONAL_GOVERNMENT},
        help_text=_(
            "For a civil society consultation: the regional government consultation it "
            "met alongside. Both pages then link to each other."
        ),
    )
    guidelines = models.ManyToManyField(
        "guidelines.Guideline",
        verbose_name=_("Guidelines it informed"),
        blank=True,
        related_name="consultations",
    )

    objects = ConsultationQuerySet.as_manager()

    class Meta:
        ordering = [F("start_date").asc(nulls_last=True), "pk"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("consultations:detail", kwargs={"slug": self.slug})

    @property
    def pair(self):
        """The meeting held alongside this one, on whichever side the link is
        recorded (no query once `with_pairs()` has run)."""
        return self.paired_with or getattr(self, "paired_from", None)

    def document_languages(self):
        """(code, name in that language) of every language its published documents
        have a file in, in page order. Reads `public_documents`, set by the
        views' prefetch (no query here)."""
        return file_languages(self.public_documents)

    def pair_visible_to(self, user):
        pair = self.pair
        if pair is None or pair.is_public or (user.is_active and user.is_staff):
            return pair
        return None

    def clean(self):
        super().clean()
        errors = dict.fromkeys(
            slug_clashes(self), _("Another consultation already uses this address.")
        )
        for code in site_languages():
            field = build_localized_fieldname("slug", code)
            if getattr(self, field, None) in RESERVED_SLUGS:
                errors[field] = _("This address is reserved for a page of the site.")
        if self.end_date and not self.start_date:
            errors["start_date"] = _("Give the start date too, or no dates at all.")
        elif self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if self.paired_with_id:
            if self.paired_with_id == self.pk:
                errors["paired_with"] = _("A consultation cannot be held alongside itself.")
            elif self.kind != self.Kind.CIVIL_SOCIETY:
                errors["paired_with"] = _(
                    "Only a civil society consultation is held alongside a government one."
                )
            elif self.paired_with.kind != self.Kind.REGIONAL_GOVERNMENT:
                errors["paired_with"] = _("Choose a regional government consultation.")
        if errors:
            raise ValidationError(errors)


class OutcomeDocument(Document):
    """A document a consultation produced or used, with a file per language, at
    /<lang>/consultations/documents/<slug>/<file language>/download/."""

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        REGIONAL_DISCUSSION_PAPER = "regional-discussion-paper", _("Regional discussion paper")
        CIVIL_SOCIETY_INPUT = "civil-society-input", _("Civil society input")
        AGENDA = "agenda", _("Agenda")
        BACKGROUND_PAPER = "background-paper", _("Background paper")
        GUIDELINES_PRACTICES_PAPER = (
            "guidelines-practices-paper",
            _("Guidelines and practices paper"),
        )
        OTHER = "other", _("Other document")

    consultation = models.ForeignKey(
        Consultation,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="documents",
    )
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)

    publication_parent = "consultation"
    anchor_prefix = "document"
    file_url_name = "consultations:document_file"
    no_file_message = _("Upload the document in at least one language.")

    class Meta:
        ordering = ["consultation", "order", "pk"]
        verbose_name = _("outcome document")
        verbose_name_plural = _("outcome documents")
