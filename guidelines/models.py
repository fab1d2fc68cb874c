"""
The MICIC Guidelines: 10 Principles, 15 Guidelines across three crisis phases,
and the practices that implement each Guideline, addressed to stakeholder types.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from editorial.models import Publishable


class CrisisPhase(models.Model):
    """Preparedness, emergency response, post-crisis (a fixed, ordered taxonomy)."""

    key = models.SlugField(_("key"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), unique=True)

    class Meta:
        ordering = ["order"]
        verbose_name = _("crisis phase")
        verbose_name_plural = _("crisis phases")

    def __str__(self):
        return self.name


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
    short_label = models.CharField(_("short label"), max_length=120)
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
    order = models.PositiveSmallIntegerField(_("order"), default=0)

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
