"""What of the Guidelines in Action, the toolkit and the trainings site search
finds (see search.registry)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from search.registry import Indexed, register
from toolkit.models import GuidelinesInAction, ToolkitItem, Training


@register
class GuidelinesInActionIndex(Indexed):
    model = GuidelinesInAction
    kind = "guidelines-in-action"
    kind_label = _("Guidelines in Action")
    order = 62
    keyword_fields = ("practical_tool",)
    body_fields = ("description",)
    # Public only while its guideline is (GuidelinesInAction.publication_parent).
    shown_on = "guideline"

    def label(self, obj):
        return gettext("Guidelines in Action · Guideline %(number)s") % {
            "number": obj.guideline.number
        }


@register
class ToolkitItemIndex(Indexed):
    model = ToolkitItem
    kind = "toolkit"
    kind_label = _("Toolkit for implementation")
    order = 64
    body_fields = ("description",)

    def label(self, obj):
        return gettext("Toolkit · %(kind)s · %(audience)s") % {
            "kind": obj.get_kind_display(),
            "audience": obj.get_audience_display(),
        }


@register
class TrainingIndex(Indexed):
    model = Training
    kind = "training"
    kind_label = _("Trainings")
    order = 66
    keyword_fields = ("audience_description",)
    body_fields = ("summary",)

    def label(self, obj):
        return gettext("Training · %(format)s") % {"format": obj.get_format_display()}
