from modeltranslation.translator import TranslationOptions, register

from toolkit.models import GuidelinesInAction, ToolkitItem, Training

# Documents' files are not registered: see documents.models.LanguageFilesModel.


# The slug is translated, as for factsheets' tools, so French download
# addresses read in French; an address with another language's slug redirects
# to the page language's (documents.views). An untranslated slug is NULL, so
# unique slugs stay unique per language.


@register(GuidelinesInAction)
class GuidelinesInActionTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description", "practical_tool")
    empty_values = {"slug": None}


@register(ToolkitItem)
class ToolkitItemTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description")
    empty_values = {"slug": None}


@register(Training)
class TrainingTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "audience_description", "duration")
