"""
The online repository of practices, and the practices people share through
the public form before the Secretariat reviews them.

A RepositoryPractice is publishable content (editorial.Publishable). A
PracticeSubmission holds what someone sent, with their contact details, and
never appears on the public site; accepting one creates a draft practice
(see services.submission_accept).
"""

import calendar
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country, CountryField

from editorial.models import Publishable, PublishableQuerySet, Status
from guidelines.models import CrisisPhase, Guideline, StakeholderType

# The six official UN languages, in which the MICIC Guidelines themselves
# exist; names come from Django's own translated language names.
SUBMISSION_LANGUAGE_CODES = ("en", "fr", "es", "ar", "ru", "zh-hans")
OTHER_LANGUAGE = "other"
MAX_LINKS = 10
_NOT_ANNOTATED = object()


def submission_language_choices():
    return [
        *(
            (code, translation.get_language_info(code)["name_translated"])
            for code in SUBMISSION_LANGUAGE_CODES
        ),
        (OTHER_LANGUAGE, _("Another language")),
    ]


class PracticeType(models.TextChoices):
    AGREEMENT = "agreement", _("Agreement or memorandum")
    INTERAGENCY_GROUP = "interagency-group", _("Interagency group")
    CONTINGENCY_PLAN = "contingency-plan", _("Contingency plan")
    TRAINING = "training", _("Training")
    INFORMATION_CAMPAIGN = "information-campaign", _("Information campaign")
    HOTLINE = "hotline", _("Hotline or help desk")
    REGISTRATION = "registration", _("Registration or database")
    TOOL = "tool", _("Tool or guidance")
    POLICY = "policy", _("Law or policy")
    FUNDING = "funding", _("Fund or financial support")
    OPERATION = "operation", _("Assistance or evacuation operation")
    OTHER = "other", _("Other")


class CrisisType(models.TextChoices):
    CONFLICT = "conflict", _("Conflict")
    NATURAL_DISASTER = "natural-disaster", _("Natural disaster")


class Source(models.TextChoices):
    CONSULTATION = "consultation", _("Consultation")
    RESEARCH = "research", _("Research")
    SUBMISSION = "submission", _("Submission")


class CrisisTypeFields(models.Model):
    """The two kinds of crisis the MICIC Guidelines cover; a practice may concern both.

    Two booleans rather than a table: the scope of the Guidelines is fixed,
    and filtering or counting them needs no join.
    """

    crisis_conflict = models.BooleanField(_("conflict"), default=False)
    crisis_natural_disaster = models.BooleanField(_("natural disaster"), default=False)

    # CrisisType value -> field name; the one place the two are tied together.
    CRISIS_FIELDS = {
        CrisisType.CONFLICT: "crisis_conflict",
        CrisisType.NATURAL_DISASTER: "crisis_natural_disaster",
    }

    class Meta:
        abstract = True

    @property
    def crisis_types(self):
        return [kind for kind, field in self.CRISIS_FIELDS.items() if getattr(self, field)]

    def set_crisis_types(self, kinds):
        for kind, field in self.CRISIS_FIELDS.items():
            setattr(self, field, kind in kinds)


def validate_link_lines(value):
    """One link per line: an http(s) address, optionally followed by a space and a title."""
    lines = [line for line in value.splitlines() if line.strip()]
    if len(lines) > MAX_LINKS:
        raise ValidationError(
            _("Please give at most %(max)d links."), code="too_many", params={"max": MAX_LINKS}
        )
    validate_url = URLValidator(schemes=["http", "https"])
    for line in lines:
        url = line.split(maxsplit=1)[0]
        try:
            validate_url(url)
        except ValidationError:
            raise ValidationError(
                _("“%(url)s” is not a web address. Start each line with http:// or https://."),
                code="invalid_link",
                params={"url": url[:80]},
            ) from None


def parse_link_lines(value):
    """[(url, title)] from one-link-per-line text; the title defaults to the address."""
    links = []
    for line in (value or "").splitlines():
        parts = line.strip().split(maxsplit=1)
        if parts:
            links.append((parts[0], parts[1] if len(parts) > 1 else parts[0]))
    return links


class RepositoryPracticeQuerySet(PublishableQuerySet):
    def published(self):
        """Published practices, never one whose submitter withheld consent to publish.

        The admin refuses to publish such a practice; this makes sure the
        public never sees it even if its status was changed some other way.
        """
        return super().published().exclude(submission__consent_to_publish=False)

    def for_listing(self):
        """What a list of practices shows, prefetched (published relations only)."""
        return self.with_country_codes().prefetch_related(
            models.Prefetch(
                "guidelines", queryset=Guideline.objects.published().order_by("number")
            ),
        )

    def with_country_codes(self):
        """Annotate `country_codes` ("PH,SN"), read by RepositoryPractice.country_list:
        the countries come with the practices, in the same query (a correlated
        subquery, so no join multiplies the rows)."""
        codes = (
            PracticeCountry.objects.filter(practice=models.OuterRef("pk"))
            .order_by()
            .values("practice")
            .annotate(codes=models.StringAgg("country", models.Value(",")))
            .values("codes")
        )
        return self.annotate(country_codes=models.Subquery(codes))

    def for_guideline(self, guideline):
        return self.published().filter(guidelines=guideline)

    def preview_for_guideline(self, guideline, limit=3):
        """A guideline's first few published practices and how many there are, in ONE query.

        For the guideline page: real practices before illustrative examples,
        newest first. The total comes from a window function over the same rows.
        """
        practices = list(
            self.for_guideline(guideline)
            .annotate(repository_total=models.Window(models.Count("pk")))
            .order_by("is_example", "-created_at", "-pk")[:limit]
        )
        total = practices[0].repository_total if practices else 0
        return GuidelinePracticesPreview(guideline=guideline, practices=practices, total=total)


@dataclass
class GuidelinePracticesPreview:
    """What practices/includes/guideline_practices.html shows on a guideline page."""

    guideline: Guideline
    practices: list
    total: int

    @property
    def has_more(self):
        return self.total > len(self.practices)


def guideline_practices_prefetch(limit=3, to_attr="repository_practices_preview"):
    """Prefetch each guideline's first published practices, for pages listing many guidelines.

    `Guideline.objects.prefetch_related(guideline_practices_prefetch())` adds
    ONE query whatever the number of guidelines (Django limits each guideline's
    share with a window function).
    """
    return models.Prefetch(
        "repository_practices",
        queryset=RepositoryPractice.objects.published().order_by(
            "is_example", "-created_at", "-pk"
        )[:limit],
        to_attr=to_attr,
    )


class RepositoryPractice(CrisisTypeFields, Publishable):
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=200)
    description = models.TextField(_("description"))
    practice_type = models.CharField(
        _("type of practice"),
        max_length=40,
        choices=PracticeType.choices,
        default=PracticeType.OTHER,
    )
    stakeholder_name = models.CharField(
        _("implementing stakeholder"),
        max_length=250,
        blank=True,
        help_text=_("The organisation or authority that carried out the practice."),
    )
    stakeholder_types = models.ManyToManyField(
        StakeholderType,
        verbose_name=_("type of stakeholder implementing the practice"),
        related_name="repository_practices",
        blank=True,
    )
    phases = models.ManyToManyField(
        CrisisPhase,
        verbose_name=_("crisis phases"),
        related_name="repository_practices",
        blank=True,
    )
    guidelines = models.ManyToManyField(
        Guideline,
        verbose_name=_("guidelines / thematic areas"),
        related_name="repository_practices",
        blank=True,
    )
    related_links = models.TextField(
        _("related links"),
        blank=True,
        validators=[validate_link_lines],
        help_text=_(
            "One per line: the address, then optionally a space and the link's title, "
            "e.g. “https://example.org/plan.pdf National contingency plan”."
        ),
    )
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.RESEARCH
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Leave empty if the practice is ongoing."),
    )
    is_example = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_(
            "Tick for an invented example (e.g. demonstration content). "
            "The public site marks it visibly as an illustrative example."
        ),
    )

    objects = RepositoryPracticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("repository practice")
        verbose_name_plural = _("repository practices")

    def __str__(self):
        # A practice accepted from a French submission may have no English title yet.
        return self.title or self.title_en or self.title_fr or f"#{self.pk}"

    def get_absolute_url(self):
        return reverse("practices:detail", kwargs={"pk": self.pk, "slug": self.slug or "practice"})

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot be before the start year.")})
        if self.status == Status.PUBLISHED and not self.may_be_published:
            raise ValidationError(
                {
                    "status": _(
                        "This practice comes from a submission whose author did not agree "
                        "to publication. It can be kept as a draft but never published."
                    )
                }
            )

    @property
    def may_be_published(self):
        """False when the practice comes from a submission that withheld consent."""
        if self.pk is None:
            return True
        # Asked afresh: consent may have been withdrawn since the submission was loaded.
        return not PracticeSubmission.objects.filter(
            practice=self, consent_to_publish=False
        ).exists()

    def links(self):
        return parse_link_lines(self.related_links)

    @property
    def country_list(self):
        """Where the practice took place (django-countries Country objects, by
        code), from the `country_codes` annotation when the queryset has it
        (RepositoryPracticeQuerySet.with_country_codes), else from the database."""
        codes = getattr(self, "country_codes", _NOT_ANNOTATED)
        if codes is _NOT_ANNOTATED:
            return [place.country for place in self.countries.all()]
        return [Country(code) for code in sorted(codes.split(","))] if codes else []


class PracticeCountry(models.Model):
    """A country where a practice took place.

    One row per country (rather than a multi-value column) so the repository
    can filter and count practices by country and region in SQL.
    """

    practice = models.ForeignKey(
        RepositoryPractice,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="countries",
    )
    country = CountryField(_("country"))

    class Meta:
        ordering = ["country"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.UniqueConstraint(fields=["practice", "country"], name="unique_practice_country")
        ]

    def __str__(self):
        return str(self.country.name)


class SubmissionStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in-review", _("In review")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


def submission_upload_to(instance, filename):
    """A random name: attachments are private and their names must not be guessable."""
    return f"practice-submissions/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:10]}"


def months_before(moment, months):
    """The same day and time `months` calendar months earlier (the month's last
    day when it is shorter: 31 March less one month is 28 or 29 February)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


class PracticeSubmissionQuerySet(models.QuerySet):
    # The submitter's contact details: erased after the retention period or on
    # request (practices.services.submission_contacts_erase).
    CONTACT_FIELDS = ("submitter_name", "organisation", "email", "submitter_country")

    def of_person(self, email):
        """Everything one person sent, whatever the case of their address."""
        return self.filter(email__iexact=email.strip()) if email.strip() else self.none()

    def contacts_due_for_erasure(self, *, now=None):
        """Submissions older than MICIC_SUBMISSION_RETENTION_MONTHS whose contact
        details are still kept."""
        cutoff = months_before(now or timezone.now(), settings.MICIC_SUBMISSION_RETENTION_MONTHS)
        return self.filter(created_at__lt=cutoff, contacts_erased_at__isnull=True)


class PracticeSubmission(CrisisTypeFields):
    """A practice shared through the public form, waiting for the Secretariat's review.

    Holds personal data (the submitter's contact details): only ever shown
    in the admin, and never copied to the public site except the organisation
    when the submitter asked to be credited (`credit_organisation`).
    """

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.NEW,
        db_index=True,
    )
    # The person who shared it.
    submitter_name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("email address"), max_length=254)
    submitter_country = CountryField(_("country of the submitter"))
    # The practice.
    title = models.CharField(_("title of the practice"), max_length=250)
    description = models.TextField(_("description"), max_length=10000)
    stakeholder_type = models.ForeignKey(
        StakeholderType,
        verbose_name=_("type of stakeholder implementing the practice"),
        on_delete=models.PROTECT,
        related_name="practice_submissions",
    )
    country = CountryField(_("country where the practice took place"))
    phases = models.ManyToManyField(
        CrisisPhase,
        verbose_name=_("crisis phases"),
        related_name="practice_submissions",
        blank=True,
    )
    guidelines = models.ManyToManyField(
        Guideline,
        verbose_name=_("related guidelines"),
        related_name="practice_submissions",
        blank=True,
    )
    links = models.TextField(
        _("links"), max_length=2000, blank=True, validators=[validate_link_lines]
    )
    attachment = models.FileField(
        _("attachment"), upload_to=submission_upload_to, max_length=200, blank=True
    )
    consent_to_publish = models.BooleanField(
        _("consent to publish"),
        default=True,
        help_text=_(
            "The submitter agreed that the practice may appear in the public repository. "
            "Without it, the practice can never be published."
        ),
    )
    credit_organisation = models.BooleanField(
        _("credit the organisation"),
        default=False,
        help_text=_(
            "The submitter asked that their organisation be named as the implementer when "
            "the practice is published. Without it, the organisation is never published."
        ),
    )
    contacts_erased_at = models.DateTimeField(
        _("contact details erased"),
        null=True,
        blank=True,
        help_text=_("When the submitter's name, organisation, email and country were erased."),
    )
    language = models.CharField(
        _("language of the submission"),
        max_length=10,
        choices=submission_language_choices,
    )
    # Moderation.
    reviewer_notes = models.TextField(_("reviewer notes"), blank=True)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    practice = models.OneToOneField(
        RepositoryPractice,
        verbose_name=_("repository practice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    objects = PracticeSubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("practice submission")
        verbose_name_plural = _("practice submissions")

    def __str__(self):
        return self.title

    @property
    def reference(self):
        """The number quoted to the submitter (in place of anything they wrote)."""
        return f"MICIC-P-{self.pk:06d}"
