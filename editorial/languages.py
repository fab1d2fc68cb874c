"""
Which translated fields of a content object really exist in a language.

modeltranslation falls back to English silently; the portal must say so
visibly, so templates and the admin ask these helpers rather than the
fallback-resolved attribute.
"""

from django.conf import settings
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


def translated_field_names(model):
    """Names of the model's fields registered with modeltranslation (e.g. "title")."""
    try:
        return sorted(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return []


def localized_value(obj, field, language):
    """The raw value of `field` in `language`, with no fallback."""
    return getattr(obj, build_localized_fieldname(field, language), None)


def is_fallback(obj, field, language=None):
    """True when `field` shows English text because `language` has none."""
    language = language or translation.get_language()
    if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
        return False
    return not localized_value(obj, field, language) and bool(
        localized_value(obj, field, settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
    )


def missing_translations(obj, language):
    """Translated fields with English text but nothing in `language`."""
    return [
        field for field in translated_field_names(type(obj)) if is_fallback(obj, field, language)
    ]
