from modeltranslation.translator import TranslationOptions, register

from factsheets.models import Factsheet, Tool

# A document's files are not registered here: LanguageFilesModel has one plain
# FileField per document language (see its docstring), so a missing file never
# falls back to the English one.


@register(Factsheet)
class FactsheetTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    # An untranslated slug is stored as NULL, so any number of factsheets may
    # lack a French slug while filled slugs stay unique per language.
    empty_values = {"slug": None}


@register(Tool)
class ToolTranslationOptions(TranslationOptions):
    # The slug is translated so French download addresses read in French;
    # an address in another language's slug redirects to the page language's.
    fields = ("title", "slug", "description")
    empty_values = {"slug": None}
