from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from editorial.admin import PublishableAdmin
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle, StakeholderType


@admin.register(CrisisPhase)
class CrisisPhaseAdmin(TranslationAdmin):
    list_display = ("name", "key", "order")


@admin.register(StakeholderType)
class StakeholderTypeAdmin(TranslationAdmin):
    list_display = ("name", "parent", "key", "order")


@admin.register(Principle)
class PrincipleAdmin(PublishableAdmin):
    list_display = ("number", "short_label", "status", "french_complete")
    ordering = ("number",)


@admin.register(Guideline)
class GuidelineAdmin(PublishableAdmin):
    list_display = ("number", "short_label", "phase", "status", "french_complete")
    list_filter = ("phase", "status")
    ordering = ("number",)


@admin.register(GuidelinePractice)
class GuidelinePracticeAdmin(PublishableAdmin):
    list_display = ("title", "guideline", "stakeholder_type", "status", "french_complete")
    list_filter = ("guideline", "stakeholder_type", "status")
