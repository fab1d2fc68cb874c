from modeltranslation.translator import TranslationOptions, register

from toolkit.models import GuidelinesInAction, ToolkitItem, Training

# Documents' files are not registered: see documents.models.LanguageFilesModel.


@register(GuidelinesInAction)
class GuidelinesInActionTranslationOptions(TranslationOptions):
    fields = ("title", "description", "practical_tool")


@register(ToolkitItem)
class ToolkitItemTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Training)
class TrainingTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "audience_description", "duration")
