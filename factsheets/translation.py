from modeltranslation.translator import TranslationOptions, register

from factsheets.models import Factsheet, LanguageFilesModel, Tool


@register(LanguageFilesModel)
class LanguageFilesTranslationOptions(TranslationOptions):
    """One `file_<code>` per site language for every LanguageFilesModel subclass.

    Subclasses register their own translated fields and inherit this one.
    """

    fields = ("file",)


@register(Factsheet)
class FactsheetTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    # An untranslated slug is stored as NULL, so any number of factsheets may
    # lack a French slug while filled slugs stay unique per language.
    empty_values = {"slug": None}


@register(Tool)
class ToolTranslationOptions(TranslationOptions):
    fields = ("title", "description")
