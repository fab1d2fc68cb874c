"""Template helpers for documents with a file per language (see factsheets.files).

{% load documents %}
{% file_links document title %}   the per-language Preview/Download links
{{ size_in_bytes|file_size }}      "412 KB", "1.2 MB" (localised: "412 Ko")
"""

from django import template
from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def file_size(size):
    if size is None:
        return ""
    if size < 1024 * 1024:
        return _("%(size)s KB") % {"size": number_format(max(1, round(size / 1024)))}
    return _("%(size)s MB") % {"size": number_format(size / (1024 * 1024), decimal_pos=1)}


def availability_note(versions):
    """What to tell a visitor whose page language has no file ("" if it has one)."""
    if not versions or versions[0].is_page_language:
        return ""
    if [version.language for version in versions] == [settings.MODELTRANSLATION_DEFAULT_LANGUAGE]:
        return _("Available in English only")
    return _("Not available in the language of this page")


@register.inclusion_tag("factsheets/includes/file_links.html")
def file_links(document, title=""):
    """One line per language that really has a file: its name in that language,
    format, size, Preview (when browsers can show it) and Download links."""
    versions = document.file_versions()
    return {"versions": versions, "note": availability_note(versions), "title": title}
