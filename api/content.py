"""
What the API says about each kind of content: plain dicts, in both languages.

Each item carries its translated text per site language (null where a
translation is missing, never the English fallback), the list of what is
missing per language, its page address in each language and its last update.
Reads only what the QuerySets in `queries` prefetched: no query per item.
"""

from django.conf import settings
from django.utils import translation

from api.checksums import file_sha256
from editorial.languages import (
    localized_value,
    missing_files,
    site_languages,
    translated_field_names,
)


def texts(obj, field):
    """{"en": ..., "fr": ...}: the field's own value in each language, None if empty."""
    return {code: localized_value(obj, field, code) or None for code in site_languages()}


def missing(obj):
    """{"fr": ["summary", "file"]}: per other language, the text fields (and
    per-language files) that exist in English but not in it."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return {
        code: [*obj.missing_translations(code), *missing_files(obj, code)]
        for code in site_languages()
        if code != default
    }


def page_urls(request, obj):
    """{"en": "https://…/en/…", "fr": "https://…/fr/…"}: the item's canonical pages."""
    urls = {}
    for code in site_languages():
        with translation.override(code):
            urls[code] = request.build_absolute_uri(obj.get_absolute_url())
    return urls


def common(request, obj, *fields):
    """The fields every item has, plus its translated `fields`."""
    return {
        "id": obj.pk,
        **{field: texts(obj, field) for field in fields},
        "missing_translations": missing(obj),
        "urls": page_urls(request, obj),
        "updated_at": obj.updated_at,
    }


def translated(obj, *fields):
    """Only the translated `fields` of a taxonomy entry (no page of its own)."""
    return {field: texts(obj, field) for field in fields}


def files(request, document):
    """Each language's file of a LanguageFilesModel: address, language, size, checksum.

    A file missing from storage is left out, as on the pages (file_versions).
    The address carries the file's language as page prefix when it is a site
    language (else the default one): the same file whatever the prefix.
    """
    entries = []
    for version in document.file_versions():
        prefix = version.language if version.language in site_languages() else None
        with translation.override(prefix or settings.LANGUAGE_CODE):
            url = document.get_file_url(version.language)
        entries.append(
            {
                "language": version.language,
                "url": request.build_absolute_uri(url),
                "format": version.format.extension,
                "media_type": version.format.mimetype,
                "size": version.size,
                "sha256": file_sha256(document.file_in(version.language)),
            }
        )
    return entries


def translated_fields(model):
    """The model's translated text fields (for the export columns)."""
    return translated_field_names(model)
