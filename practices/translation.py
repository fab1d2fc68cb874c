from modeltranslation.translator import TranslationOptions, register

from practices.models import RepositoryPractice


@register(RepositoryPractice)
class RepositoryPracticeTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description", "stakeholder_name", "related_links")
