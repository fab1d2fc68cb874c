from modeltranslation.translator import TranslationOptions, register

from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle, StakeholderType


@register(CrisisPhase)
class CrisisPhaseTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(StakeholderType)
class StakeholderTypeTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Principle)
class PrincipleTranslationOptions(TranslationOptions):
    fields = ("title", "short_label", "slug", "body")


@register(Guideline)
class GuidelineTranslationOptions(TranslationOptions):
    fields = ("title", "short_label", "slug", "thematic_area", "summary", "body")


@register(GuidelinePractice)
class GuidelinePracticeTranslationOptions(TranslationOptions):
    fields = ("title", "body")
