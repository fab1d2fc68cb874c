"""
The MICIC Guidelines: 10 Principles, 15 Guidelines across three crisis phases,
and the practices that implement each Guideline, addressed to stakeholder types.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from editorial.models import Publishable, PublishableQuerySet


class CrisisPhaseQuerySet(models.QuerySet):
    def with_published_guidelines(self, guidelines=None):
        """Phases with their published guidelines prefetched as `published_guidelines`.

        `guidelines` may be a Guideline QuerySet (e.g. annotated with practice
        counts); it is narrowed to published guidelines here, so callers cannot
        leak drafts by forgetting it.
        """
        if guidelines is None:
            guidelines = Guideline.objects.all()
        return self.prefetch_related(
            Prefetch(
                "guidelines",
                queryset=guidelines.published().order_by("number"),
                to_attr="published_guidelines",
            )
        )


class CrisisPhase(models.Model):
    """Preparedness, emergency response, post-crisis (a fixed, ordered taxonomy)."""

    key = models.SlugField(_("key"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), unique=True)

    objects = CrisisPhaseQuerySet.as_manager()

    class Meta:
        ordering = ["order"]
        verbose_name = _("crisis phase")
        verbose_name_plural = _("crisis phases")

    def __str__(self):
        return self.name


class StakeholderTypeQuerySet(models.QuerySet):
    def for_filter(self):
        """All types, parents before their children, ready for a grouped choice list."""
        return self.order_by("order", "key")


class StakeholderType(models.Model):
    """Who a practice is addressed to; a two-level hierarchy (e.g. States > Host States)."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = StakeholderTypeQuerySet.as_manager()

    class Meta:
        ordering = ["order", "key"]
        verbose_name = _("stakeholder type")
        verbose_name_plural = _("stakeholder types")

    def __str__(self):
        return self.name


class Principle(Publishable):
    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    title = models.CharField(_("title"), max_length=200)
    # Not translated: it says whether the English title is the verified wording
    # of the publication; the French title is always the portal's translation.
    title_is_official = models.BooleanField(
        _("title is the official wording"),
        default=False,
        help_text=_(
            "Tick only if the English title has been checked against the official "
            "publication. Otherwise the page presents it as a label written for this portal."
        ),
    )
    short_label = models.CharField(_("short label"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=200)
    body = models.TextField(_("body"), blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("principle")
        verbose_name_plural = _("principles")

    def __str__(self):
        return f"{self.number}. {self.short_label}"

    def get_absolute_url(self):
        return reverse(
            "guidelines:principle_detail", kwargs={"number": self.number, "slug": self.slug}
        )


class GuidelineQuerySet(PublishableQuerySet):
    def with_practice_count(self, stakeholder_type=None):
        """Annotate `practice_count`: published practices, optionally only those
        addressed to `stakeholder_type` (or one of its children).

        A correlated subquery rather than Count() over a join, so it combines
        with any other filter or annotation and stays one query.
        """
        practices = GuidelinePractice.objects.published().filter(guideline=OuterRef("pk"))
        if stakeholder_type is not None:
            practices = practices.for_stakeholder(stakeholder_type)
        count = practices.order_by().values("guideline").annotate(n=Count("pk")).values("n")
        return self.annotate(practice_count=Coalesce(Subquery(count), 0))

    def addressing(self, stakeholder_type):
        """Guidelines with at least one published practice for `stakeholder_type`
        (or one of its children)."""
        return self.filter(
            pk__in=GuidelinePractice.objects.published()
            .for_stakeholder(stakeholder_type)
            .values("guideline")
        )


class Guideline(Publishable):
    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(15)]
    )
    phase = models.ForeignKey(
        CrisisPhase,
        verbose_name=_("crisis phase"),
        on_delete=models.PROTECT,
        related_name="guidelines",
    )
    title = models.CharField(_("title"), max_length=250)
    # As long as the title: a guideline keeps its one official name everywhere.
    short_label = models.CharField(_("short label"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=200)
    thematic_area = models.CharField(
        _("thematic area"),
        max_length=120,
        help_text=_("The matching thematic area of the repository of practices."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences, used in lists and search.")
    )
    body = models.TextField(_("introduction"), blank=True)

    objects = GuidelineQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("guideline")
        verbose_name_plural = _("guidelines")

    def __str__(self):
        return f"{self.number}. {self.short_label}"

    def get_absolute_url(self):
        return reverse(
            "guidelines:guideline_detail", kwargs={"number": self.number, "slug": self.slug}
        )

    def get_print_url(self):
        """The print version with all its practices."""
        return reverse(
            "guidelines:guideline_print", kwargs={"number": self.number, "slug": self.slug}
        )

    def get_print_alone_url(self):
        """The print version of the guideline text alone, without its practices."""
        return reverse(
            "guidelines:guideline_print_alone", kwargs={"number": self.number, "slug": self.slug}
        )


class GuidelinePracticeQuerySet(PublishableQuerySet):
    def for_stakeholder(self, stakeholder_type):
        """Practices addressed to `stakeholder_type` or to one of its children
        (the hierarchy has two levels: "States" covers "Host States")."""
        return self.filter(
            Q(stakeholder_type=stakeholder_type) | Q(stakeholder_type__parent=stakeholder_type)
        )


class GuidelinePractice(Publishable):
    """An illustrative practice from the Guidelines, addressed to one stakeholder type."""

    guideline = models.ForeignKey(
        Guideline,
        verbose_name=_("guideline"),
        on_delete=models.CASCADE,
        related_name="practices",
    )
    stakeholder_type = models.ForeignKey(
        StakeholderType,
        verbose_name=_("stakeholder type"),
        on_delete=models.PROTECT,
        related_name="guideline_practices",
    )
    title = models.CharField(_("title"), max_length=250)
    body = models.TextField(_("text"), blank=True)
    order = models.PositiveSmallIntegerField(
        _("order"),
        default=0,
        help_text=_(
            "Practices are shown in this order; practices for the same stakeholder type "
            "are grouped where the first of them appears."
        ),
    )

    objects = GuidelinePracticeQuerySet.as_manager()

    # Shown on its guideline's page, so public only while that page is.
    publication_parent = "guideline"

    class Meta:
        ordering = ["guideline__number", "order", "pk"]
        verbose_name = _("guideline practice")
        verbose_name_plural = _("guideline practices")

    def __str__(self):
        return self.title

    @property
    def anchor(self):
        """A stable fragment id, unchanged by reordering or retitling."""
        return f"practice-{self.pk}"

    def get_absolute_url(self):
        return f"{self.guideline.get_absolute_url()}#{self.anchor}"
