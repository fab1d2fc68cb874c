from django.urls import path

from consultations import views
from factsheets.views import language_file_path

app_name = "consultations"

urlpatterns = [
    path("", views.ConsultationListView.as_view(), name="list"),
    path("process/", views.ConsultationProcessView.as_view(), name="process"),
    path("documents/<slug:slug>/", views.document_redirect, name="document"),
    # Stable addresses by document and file language, whatever file is stored:
    # /fr/consultations/documents/<slug>/ru/download/ and .../preview/.
    language_file_path("documents/<slug:slug>/", views.DocumentFileView.as_view(), "document_file"),
    # Slugs "process" and "documents" are reserved (Consultation.clean).
    path("<slug:slug>/", views.ConsultationDetailView.as_view(), name="detail"),
]
