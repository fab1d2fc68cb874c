from django.urls import include, path, register_converter
from django.urls.converters import SlugConverter
from django.utils.translation import gettext_lazy as _

from consultations import views
from consultations.models import RESERVED_SLUGS, OutcomeDocument
from documents.views import document_paths

app_name = "consultations"


class ConsultationSlugConverter(SlugConverter):
    """A slug that is not a path word of this section in any language, so
    /fr/consultations/process/ (the English word) falls through to the
    old-address redirect instead of looking for a consultation "process"."""

    def to_python(self, value):
        if value in RESERVED_SLUGS:
            raise ValueError(value)
        return value


register_converter(ConsultationSlugConverter, "consultation_slug")

urlpatterns = [
    path("", views.ConsultationListView.as_view(), name="list"),
    path(_("process/"), views.ConsultationProcessView.as_view(), name="process"),
    path(_("civil-society/"), views.CivilSocietyView.as_view(), name="civil_society"),
    # /consultations/documents/<slug>/ leads to the document on its consultation's
    # page; stable addresses by document and file language, whatever file is
    # stored: /fr/consultations/documents/<slug>/ru/telecharger/ and .../apercu/.
    path(
        _("documents/"),
        include(
            document_paths(
                "<slug:slug>/", OutcomeDocument, name="document", file_name="document_file"
            )
        ),
    ),
    # The path words above, in every language, are reserved slugs
    # (RESERVED_SLUGS, Consultation.clean).
    path("<consultation_slug:slug>/", views.ConsultationDetailView.as_view(), name="detail"),
]
