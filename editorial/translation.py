"""The public change note is written in each site language (French falls back to English)."""

from modeltranslation.translator import TranslationOptions, register

from editorial.models import PublishedVersion


@register(PublishedVersion)
class PublishedVersionTranslationOptions(TranslationOptions):
    fields = ("note",)
