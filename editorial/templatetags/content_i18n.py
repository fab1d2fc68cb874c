"""Template helpers that make the English fallback of content visible and accessible."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

from editorial.languages import is_fallback, missing_translations

register = template.Library()


@register.simple_tag
def lang_attr(obj, field):
    """` lang="en"` on an element whose content fell back to English, so screen
    readers switch voice; nothing otherwise."""
    if is_fallback(obj, field):
        return format_html(' lang="{}"', settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
    return ""


@register.filter
def is_in_fallback(obj, field="title"):
    """True when `obj.<field>` is shown in English because the page language has none."""
    return is_fallback(obj, field)


@register.filter
def lacks_translation(obj):
    """True when any translated field of `obj` is missing in the page language."""
    return bool(missing_translations(obj, translation.get_language()))
