"""What of the factsheets and tools site search finds (see search.registry)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from factsheets.models import Factsheet, Tool
from search.registry import Indexed, register


@register
class FactsheetIndex(Indexed):
    model = Factsheet
    kind = "factsheet"
    kind_label = _("Factsheets")
    order = 50
    keyword_fields = ("summary",)

    def label(self, obj):
        return gettext("%(kind)s · %(year)s") % {
            "kind": obj.get_kind_display(),
            "year": obj.published_on.year,
        }


@register
class ToolIndex(Indexed):
    model = Tool
    kind = "tool"
    kind_label = _("Tools")
    order = 60
    body_fields = ("description",)
    # Shown on its factsheet's page only (see ToolQuerySet.published).
    shown_on = "factsheet"

    def keywords(self, obj):
        return [obj.factsheet.title]

    def label(self, obj):
        return gettext("Tool sheet · %(factsheet)s") % {"factsheet": obj.factsheet.title}
