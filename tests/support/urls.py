"""Page paths in each language, for tests parametrized over languages."""

from django.urls import translate_url
from django.utils import translation


def page_path(lang, english_path):
    """The path of the page at `english_path` (without the /en prefix, e.g.
    "/guidelines/9/?x=1") in `lang`, with that language's path words."""
    with translation.override("en"):
        return translate_url(f"/en{english_path}", lang)
