from django.urls import path
from django.utils.translation import gettext_lazy as _

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
    path(_("civil-society/"), views.CivilSocietyView.as_view(), name="civil_society"),
    # The path words above are reserved slugs (RESERVED_SLUGS, Consultation.clean).
    path("<slug:slug>/", views.ConsultationDetailView.as_view(), name="detail"),
]
