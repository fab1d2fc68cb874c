"""
The search index: one entry per searchable object and site language.

An entry holds what a visitor in that language would read (the French text,
or the English one standing in for a missing translation), already reduced to
plain text. On PostgreSQL `search_vector` holds it as a weighted tsvector
(title A, keywords B, text C) built with the dictionary of the language the
text is in, behind a GIN index. On SQLite the folded columns are searched
directly; on PostgreSQL `folded` tells which exact words a published entry
holds (search.engine.published_vocabulary).

Whether an entry may be shown is stored with it (`is_published` and
`publish_at`, from the object and whatever it is shown on, see
Indexed.publication), kept current by the same signals as the text, and
compared with the clock at query time, so a scheduled publication appears on
time without re-indexing. Filtering on two columns instead of each model's
queryset keeps a search fast with many thousands of entries.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    kind = models.CharField(_("kind"), max_length=40)
    object_id = models.PositiveBigIntegerField(_("object id"))
    # The visitor's language this entry serves...
    language = models.CharField(_("language"), max_length=10)
    # ...and the language its text is really in (English for a missing translation).
    text_language = models.CharField(_("text language"), max_length=10)
    title = models.CharField(_("title"), max_length=300)
    label = models.CharField(_("label"), max_length=300, blank=True)
    url = models.CharField(_("address"), max_length=500)
    keywords = models.TextField(_("keywords"), blank=True)
    body = models.TextField(_("text"), blank=True)
    title_folded = models.CharField(max_length=300, blank=True)
    folded = models.TextField(blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    publish_at = models.DateTimeField(_("publish at"), null=True, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)
    indexed_at = models.DateTimeField(_("indexed"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="unique_search_entry"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_language_kind")]
        # The full-text index (and the vocabulary's trigram index) exist on
        # PostgreSQL only (migration 0002).

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.language}): {self.title}"

    @property
    def is_in_other_language(self):
        return self.text_language != self.language


class SearchWord(models.Model):
    """Every word of the indexed text, folded (no case, no accents): the
    candidates a misspelt query is corrected against (PostgreSQL trigram
    similarity, behind an index). Words are added as content is indexed,
    drafts included, and only cleared by a full rebuild: a correction offers
    only those that published content holds now
    (search.engine.published_vocabulary)."""

    word = models.CharField(_("word"), max_length=60, unique=True)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.word
