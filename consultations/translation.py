from modeltranslation.translator import TranslationOptions, register

from consultations.models import Consultation, OutcomeDocument


@register(Consultation)
class ConsultationTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "slug",
        "summary",
        "body",
        "city",
        "organisers",
        "funders",
        "participants",
    )
    # An untranslated slug is stored as NULL, so any number of consultations
    # may lack a French slug while filled slugs stay unique per language.
    empty_values = {"slug": None}


@register(OutcomeDocument)
class OutcomeDocumentTranslationOptions(TranslationOptions):
    # The files are not translated fields: see factsheets.models.LanguageFilesModel.
    # The slug is, so French download addresses read in French.
    fields = ("title", "slug", "description")
    empty_values = {"slug": None}
