from django.urls import path
from django.utils.translation import gettext_lazy as _

from consultations import views
from consultations.models import OutcomeDocument
from documents.views import document_paths

app_name = "consultations"

urlpatterns = [
    path("", views.ConsultationListView.as_view(), name="list"),
    path("process/", views.ConsultationProcessView.as_view(), name="process"),
    # /consultations/documents/<slug>/ leads to the document on its consultation's
    # page; stable addresses by document and file language, whatever file is
    # stored: /fr/consultations/documents/<slug>/ru/download/ and .../preview/.
    *document_paths(
        "documents/<slug:slug>/", OutcomeDocument, name="document", file_name="document_file"
    ),
    path(_("civil-society/"), views.CivilSocietyView.as_view(), name="civil_society"),
    # The path words above are reserved slugs (RESERVED_SLUGS, Consultation.clean).
    path("<slug:slug>/", views.ConsultationDetailView.as_view(), name="detail"),
]
