from django.urls import include, path, register_converter
from django.urls.converters import SlugConverter
from django.utils.translation import gettext_lazy as _

from consultations import views
from consultations.models import RESERVED_SLUGS
from factsheets.views import language_file_path

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
    path(
        _("documents/"),
        include(
            [
                path("<slug:slug>/", views.document_redirect, name="document"),
                # Stable addresses by document and file language, whatever file is stored:
                # /en/consultations/documents/<slug>/ru/download/ and .../preview/.
                *language_file_path(
                    "<slug:slug>/", views.DocumentFileView.as_view(), "document_file"
                ),
            ]
        ),
    ),
    # The path words of "process" and "documents" in every language are
    # reserved slugs (Consultation.clean).
    path("<consultation_slug:slug>/", views.ConsultationDetailView.as_view(), name="detail"),
]
