"""What of the consultations site search finds (see search.registry)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from consultations.models import Consultation, OutcomeDocument
from search.registry import Indexed, register


@register
class ConsultationIndex(Indexed):
    model = Consultation
    kind = "consultation"
    kind_label = _("Consultations")
    order = 70
    keyword_fields = ("summary", "city", "organisers")

    def keywords(self, obj):
        return [*super().keywords(obj), obj.country.name if obj.country else ""]

    def label(self, obj):
        where = ", ".join(str(part) for part in (obj.city, obj.country.name) if part)
        parts = [obj.get_kind_display()]
        if where:
            parts.append(where)
        if obj.start_date:
            parts.append(str(obj.start_date.year))
        return " · ".join(parts)


@register
class OutcomeDocumentIndex(Indexed):
    model = OutcomeDocument
    kind = "consultation-document"
    kind_label = _("Consultation documents")
    order = 80
    body_fields = ("description",)
    # Shown on its consultation's page only (see OutcomeDocumentQuerySet.published).
    shown_on = "consultation"

    def keywords(self, obj):
        return [obj.consultation.title]

    def label(self, obj):
        return gettext("%(kind)s · %(consultation)s") % {
            "kind": obj.get_kind_display(),
            "consultation": obj.consultation.title,
        }
