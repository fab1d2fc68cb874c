"""Plain text for the index: no markup, and a folded form for accent-free matching."""

import re
import unicodedata

from django.utils.html import strip_tags

from editorial.text import squeeze

# Control characters never belong in text; the search highlighter uses two of
# them as its markers (search.engine), so they must not occur in the index.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text):
    """Text without control characters, whitespace collapsed (e.g. a query)."""
    return squeeze(_CONTROL.sub(" ", text or ""))


def plain(text):
    """Text without HTML tags or control characters, whitespace collapsed; the
    no-break spaces of French typography are kept (editorial.text.squeeze), and
    PostgreSQL's parser takes them for word breaks as the folded text does."""
    return squeeze(_CONTROL.sub(" ", strip_tags(text or "")))


def fold(text):
    """Lower case without accents ("Évacuation" -> "evacuation"), for matching
    that ignores both; the same folding is applied to queries."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Ligatures French uses ("œuvre") have no decomposition.
    return stripped.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").casefold()


_NON_WORD = re.compile(r"[\W_]+")


def folded_words(text):
    """Folded text as words between single spaces, with a space at each end, so
    that " term" finds a word beginning with `term` wherever it stands."""
    return f" {' '.join(_NON_WORD.sub(' ', fold(text)).split())} "
