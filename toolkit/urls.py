"""
The pages of "Putting the Guidelines to work", with translated address words
(/en/toolkit/, /fr/boite-a-outils/), and the documents' stable file
addresses: /<lang>/toolkit/<slug>/<file language>/download/ (and preview/).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from documents.views import document_paths
from toolkit import views
from toolkit.models import GuidelinesInAction, ToolkitItem

app_name = "toolkit"

urlpatterns = [
    path(
        _("guidelines-in-action/"),
        views.GuidelinesInActionListView.as_view(),
        name="guidelines_in_action",
    ),
    path(_("toolkit/"), views.ToolkitView.as_view(), name="toolkit"),
    path(_("trainings/"), views.TrainingListView.as_view(), name="trainings"),
    *document_paths(
        _("guidelines-in-action/<slug:slug>/"),
        GuidelinesInAction,
        name="gia",
        file_name="gia_file",
    ),
    *document_paths(_("toolkit/<slug:slug>/"), ToolkitItem, name="item", file_name="item_file"),
]
