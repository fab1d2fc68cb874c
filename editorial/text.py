"""Whitespace that French typography survives.

French puts a no-break space (U+202F, or U+00A0) before « : ; ? ! » and inside
« guillemets ». Python takes both for whitespace (str.split(), the regex \\s),
so collapsing or splitting text the usual way turns them into plain spaces,
and the browser may then break a line before the colon. These helpers only
touch the spaces a line may break at."""

import re

# Any whitespace except the two no-break spaces.
BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


def squeeze(text):
    """`text` with each run of breaking whitespace made one space, stripped;
    no-break spaces are kept as they are."""
    return BREAKING_SPACE.sub(" ", text or "").strip()


def truncate_words(text, count, ellipsis="…"):
    """The first `count` words of `text` and an ellipsis when there were more,
    as Django's truncatewords does, but keeping no-break spaces: "protéger :"
    stays one unbreakable unit."""
    words = BREAKING_SPACE.split(squeeze(text))
    if len(words) <= count:
        return " ".join(words)
    return " ".join(words[:count]) + " " + ellipsis
