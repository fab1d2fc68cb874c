from django.urls import path

from documents.views import document_paths
from factsheets import views
from factsheets.models import Tool

app_name = "factsheets"

urlpatterns = [
    path("factsheets/", views.FactsheetListView.as_view(), name="list"),
    path("factsheets/<slug:slug>/", views.FactsheetDetailView.as_view(), name="detail"),
    # /tools/<slug>/ leads to the tool on its factsheet's page; stable addresses
    # by tool and file language, whatever file is stored:
    # /fr/tools/<slug>/fr/download/ and .../preview/.
    *document_paths("tools/<slug:slug>/", Tool, name="tool", file_name="tool_file"),
]
