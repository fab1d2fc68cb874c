from django.urls import path

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
    # Slugs "process" and "documents" are reserved (Consultation.clean).
    path("<slug:slug>/", views.ConsultationDetailView.as_view(), name="detail"),
]
