"""Template helpers for documents with a file per language (see documents.files).

{% load documents %}
{% file_links document title %}   the per-language Preview/Download links
{{ size_in_bytes|file_size }}      "412 KB", "1.2 MB" (localised: "412 Ko")
"""

from django import template
from django.utils.formats import number_format
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from documents.files import document_language_name
from editorial.languages import default_language, is_fallback

register = template.Library()


@register.filter
def file_size(size):
    if size is None:
        return ""
    if size < 1024 * 1024:
        return _("%(size)s KB") % {"size": number_format(max(1, round(size / 1024)))}
    return _("%(size)s MB") % {"size": number_format(size / (1024 * 1024), decimal_pos=1)}


def language_list(languages):
    """The languages' names as running text in the page language: "English and
    Russian", « en anglais et en russe »."""
    names = [
        # Translators: one language in a list after "Available in"; French
        # repeats the preposition: "en anglais, en espagnol et en russe".
        pgettext("language in a list", "%(language)s") % {"language": document_language_name(code)}
        for code in languages
    ]
    return get_text_list(names, _("and"))


def availability_note(versions):
    """What to tell a visitor whose page language has no file ("" if it has one):
    the languages that do exist, never a file passed off as another language."""
    if not versions or versions[0].is_page_language:
        return ""
    languages = language_list([version.language for version in versions])
    if len(versions) == 1:
        return _("Available in %(languages)s only") % {"languages": languages}
    return _("Available in %(languages)s") % {"languages": languages}


@register.inclusion_tag("documents/includes/file_links.html")
def file_links(document, title=""):
    """One line per language that really has a file: its name in that language,
    format, size, Preview (when browsers can show it) and Download links, the
    page language first."""
    versions = document.file_versions()
    return {
        "versions": versions,
        "note": availability_note(versions),
        "title": title,
        # The document's title in English on a French page: said in English.
        "title_lang": default_language() if is_fallback(document, "title") else "",
    }
