"""What of the Guidelines site search finds (see search.registry)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from guidelines.models import Guideline, GuidelinePractice, Principle
from search.registry import Indexed, register


@register
class PrincipleIndex(Indexed):
    model = Principle
    kind = "principle"
    kind_label = _("Principles")
    order = 10
    keyword_fields = ("short_label",)

    def label(self, obj):
        return gettext("Principle %(number)s") % {"number": obj.number}


@register
class GuidelineIndex(Indexed):
    model = Guideline
    kind = "guideline"
    kind_label = _("Guidelines")
    order = 20
    keyword_fields = ("short_label", "thematic_area", "summary")

    def get_queryset(self):
        return super().get_queryset().select_related("phase")

    def label(self, obj):
        return gettext("Guideline %(number)s · %(phase)s") % {
            "number": obj.number,
            "phase": obj.phase.name,
        }


@register
class GuidelinePracticeIndex(Indexed):
    model = GuidelinePractice
    kind = "guideline-practice"
    kind_label = _("Practices in the Guidelines")
    order = 30
    # Shown on its guideline's page, whose number and address it carries.
    shown_on = "guideline"

    def get_queryset(self):
        return super().get_queryset().select_related("stakeholder_type")

    def keywords(self, obj):
        return [obj.stakeholder_type.name]

    def label(self, obj):
        return gettext("Practice under Guideline %(number)s · for %(stakeholder)s") % {
            "number": obj.guideline.number,
            "stakeholder": obj.stakeholder_type.name,
        }
