from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from documents.views import document_paths
from factsheets import views
from factsheets.models import Tool

app_name = "factsheets"

urlpatterns = [
    path(
        _("factsheets/"),
        include(
            [
                path("", views.FactsheetListView.as_view(), name="list"),
                path("<slug:slug>/", views.FactsheetDetailView.as_view(), name="detail"),
            ]
        ),
    ),
    # /tools/<slug>/ leads to the tool on its factsheet's page; stable addresses
    # by tool and file language, whatever file is stored:
    # /en/tools/<slug>/fr/download/, /fr/outils/<slug>/fr/telecharger/.
    path(
        _("tools/"),
        include(document_paths("<slug:slug>/", Tool, name="tool", file_name="tool_file")),
    ),
]
