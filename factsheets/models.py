"""
Factsheets, infosheets and knowledge sheets, and the tool sheets they offer
with a file per language (documents.models.Document).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from documents.models import Document, DocumentQuerySet, file_languages
from editorial.languages import slug_clashes
from editorial.models import Publishable, PublishableQuerySet


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
        super().clean()
        if clashes := slug_clashes(self):
            message = _("Another factsheet already uses this address.")
            raise ValidationError(dict.fromkeys(clashes, message))

    def tool_languages(self):
        """(code, name in that language) of every language any of its published
        tools has a file in.

        Reads `public_tools`, set by the views' prefetch (no query here).
        """
        return file_languages(self.public_tools)


class ToolQuerySet(DocumentQuerySet):
    def for_guideline(self, guideline):
        """Tools whose factsheet is related to `guideline`, newest factsheet first."""
        return (
            self.filter(factsheet__related_guidelines=guideline)
            .select_related("factsheet")
            .order_by("-factsheet__published_on", "factsheet_id", "order", "pk")
        )


class Tool(Document):
    """A downloadable tool sheet (checklist, template, guide) of a factsheet,
    at /<lang>/tools/<slug>/<file language>/download/."""

    factsheet = models.ForeignKey(
        Factsheet, verbose_name=_("factsheet"), on_delete=models.CASCADE, related_name="tools"
    )

    objects = ToolQuerySet.as_manager()

    publication_parent = "factsheet"
    anchor_prefix = "tool"
    file_url_name = "factsheets:tool_file"
    no_file_message = _("Upload the tool sheet in at least one language.")

    class Meta:
        ordering = ["factsheet", "order", "pk"]
        verbose_name = _("tool")
        verbose_name_plural = _("tools")
