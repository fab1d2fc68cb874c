"""
Which translated fields and files of a content object really exist in a language.

modeltranslation falls back to English silently; the portal must say so
visibly, so templates and the admin ask these helpers rather than the
fallback-resolved attribute.

Two kinds of per-language values are told apart:

- text: fields registered with modeltranslation (title_en/title_fr, ...);
  a French page shows the English text when the French one is missing.
- files: file fields named `<name>_<language>` (file_en/file_fr), whether
  modeltranslation generated them or the model declares them as plain
  FileFields, one per document language. A document may honestly exist in
  one language only, so a missing French file is reported to editors but
  never replaced by the English one.
"""

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


def default_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def site_languages():
    """The codes of the site languages, in settings order (en, fr)."""
    return [code for code, _name in settings.LANGUAGES]


def other_languages():
    """The site languages content is translated into (French)."""
    return [code for code in site_languages() if code != default_language()]


def prepopulated_slugs(source="title", slug="slug"):
    """The admin's `prepopulated_fields` for a translated slug: each language's
    slug from the same language's `source` (slug_fr <- title_fr), never from
    the editor's current language."""
    return {
        build_localized_fieldname(slug, code): (build_localized_fieldname(source, code),)
        for code in site_languages()
    }


def slug_in_any_language_q(slug, field="slug"):
    """Objects whose translated `field` is `slug` in any site language."""
    query = Q()
    for code in site_languages():
        query |= Q(**{build_localized_fieldname(field, code): slug})
    return query


def slug_clashes(obj, field="slug"):
    """The names of `obj`'s translated slug fields (slug_en, slug_fr) whose value
    another object of its model uses in any language: pages are found by their
    slug in whatever language the address uses, so it must be unique across
    languages."""
    others = type(obj)._default_manager.exclude(pk=obj.pk)
    clashes = []
    for code in site_languages():
        name = build_localized_fieldname(field, code)
        slug = getattr(obj, name, None)
        if slug and others.filter(slug_in_any_language_q(slug, field)).exists():
            clashes.append(name)
    return clashes


def translated_field_names(model):
    """Names of the model's text fields registered with modeltranslation (e.g. "title")."""
    try:
        return _translated_field_names(model)
    except NotRegistered:
        return ()


@cache
def _translated_field_names(model):
    # Fixed once modeltranslation has registered the model, and asked for every
    # item of a list page (to mark English fallbacks): worked out once. An
    # unregistered model raises, which is not cached.
    fields = translator.get_options_for_model(model).all_fields
    # In the model's field order (the order of the admin form).
    return tuple(
        f.name
        for f in model._meta.concrete_fields
        if f.name in fields and not isinstance(f, models.FileField)
    )


@cache
def language_file_names(model):
    """Base names of the model's per-language file fields (e.g. ["file"] for
    file_en/file_fr), found by name so that translated and plain file fields
    both count."""
    file_fields = {
        field.name for field in model._meta.concrete_fields if isinstance(field, models.FileField)
    }
    bases = []
    suffix = f"_{default_language()}"
    for name in sorted(file_fields):
        base = name.removesuffix(suffix)
        if name.endswith(suffix) and any(
            build_localized_fieldname(base, code) in file_fields for code in other_languages()
        ):
            bases.append(base)
    return bases


@dataclass(frozen=True)
class TranslatedValue:
    """One translatable value of a model: its base name and kind ("text" or "file")."""

    name: str
    kind: str

    def field_name(self, language):
        return build_localized_fieldname(self.name, language)

    def label(self, model, language):
        """The field's name for editors, e.g. "summary", "file" or "file in French"."""
        try:
            return model._meta.get_field(self.name).verbose_name
        except FieldDoesNotExist:  # plain per-language file fields have no base field
            return model._meta.get_field(self.field_name(language)).verbose_name


def translated_values(model):
    """Every translatable text field and per-language file of `model`."""
    return [TranslatedValue(name, "text") for name in translated_field_names(model)] + [
        TranslatedValue(name, "file") for name in language_file_names(model)
    ]


def localized_value(obj, field, language):
    """The raw value of `field` in `language`, with no fallback."""
    return getattr(obj, build_localized_fieldname(field, language), None)


def is_fallback(obj, field, language=None):
    """True when `field` shows English text because `language` has none."""
    language = language or translation.get_language()
    if language == default_language():
        return False
    return not localized_value(obj, field, language) and bool(
        localized_value(obj, field, default_language())
    )


def missing_translations(obj, language):
    """Translated text fields with English text but nothing in `language`."""
    return [
        field for field in translated_field_names(type(obj)) if is_fallback(obj, field, language)
    ]


def missing_files(obj, language):
    """Per-language files that exist in English but not in `language`."""
    return [name for name in language_file_names(type(obj)) if is_fallback(obj, name, language)]


def filled_q(name):
    """Rows with a value in field `name` (neither NULL nor empty)."""
    return Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})


def _missing_q(model, names, language):
    """Rows with some value filled in English but empty in `language` (SQL)."""
    # A never-true condition when there is nothing to translate (unlike
    # pk__in=[], it stays valid inside aggregates' filters).
    query = Q(pk__isnull=True)
    for name in names:
        query |= filled_q(build_localized_fieldname(name, default_language())) & ~filled_q(
            build_localized_fieldname(name, language)
        )
    return query


def missing_translations_q(model, language):
    """The SQL twin of missing_translations(): rows lacking some text in `language`."""
    return _missing_q(model, translated_field_names(model), language)


def missing_files_q(model, language):
    """The SQL twin of missing_files(): rows lacking some file in `language`."""
    return _missing_q(model, language_file_names(model), language)
