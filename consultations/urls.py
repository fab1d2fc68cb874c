from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from consultations import views
from factsheets.views import language_file_path

app_name = "consultations"

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
    path("<slug:slug>/", views.ConsultationDetailView.as_view(), name="detail"),
]
