from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from factsheets import views

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
    path(
        _("tools/"),
        include(
            [
                path("<slug:slug>/", views.tool_redirect, name="tool"),
                # Stable addresses by tool and file language, whatever file is stored:
                # /en/tools/<slug>/fr/download/, /fr/outils/<slug>/fr/telecharger/.
                *views.language_file_path(
                    "<slug:slug>/", views.ToolFileView.as_view(), "tool_file"
                ),
            ]
        ),
    ),
]
