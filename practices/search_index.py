"""What of the repository of practices site search finds (see search.registry)."""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from practices.models import PracticeCountry, PracticeSubmission, RepositoryPractice
from search.registry import Indexed, publication_state, register


@register
class RepositoryPracticeIndex(Indexed):
    model = RepositoryPractice
    kind = "practice"
    kind_label = _("Repository practices")
    order = 40
    keyword_fields = ("stakeholder_name",)
    body_fields = ("description",)
    watches = {
        # The label names its countries, kept in their own table.
        PracticeCountry: lambda place: [place.practice_id],
        # Withdrawn consent unpublishes it (RepositoryPracticeQuerySet.published).
        PracticeSubmission: lambda submission: (
            [submission.practice_id] if submission.practice_id else []
        ),
    }

    def get_queryset(self):
        withheld = PracticeSubmission.objects.filter(
            practice=OuterRef("pk"), consent_to_publish=False
        )
        return (
            super()
            .get_queryset()
            .prefetch_related("countries")
            .annotate(consent_withheld=Exists(withheld))
        )

    def publication(self, obj):
        published, publish_at = publication_state(obj)
        return published and not obj.consent_withheld, publish_at

    def keywords(self, obj):
        return [
            *super().keywords(obj),
            *(str(place.country.name) for place in obj.countries.all()),
            obj.get_practice_type_display(),
        ]

    def label(self, obj):
        countries = [str(place.country.name) for place in obj.countries.all()]
        if not countries:
            label = gettext("Practice")
        elif len(countries) <= 3:
            label = gettext("Practice from %(countries)s") % {"countries": ", ".join(countries)}
        else:
            label = gettext("Practice from %(countries)s and %(more)s more") % {
                "countries": ", ".join(countries[:2]),
                "more": len(countries) - 2,
            }
        if obj.is_example:
            label = f"{label} · {gettext('Illustrative example')}"
        return label
