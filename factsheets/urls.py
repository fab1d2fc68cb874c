from django.urls import path, re_path

from factsheets import views

app_name = "factsheets"

urlpatterns = [
    path("factsheets/", views.FactsheetListView.as_view(), name="list"),
    path("factsheets/<slug:slug>/", views.FactsheetDetailView.as_view(), name="detail"),
    # Stable addresses by tool and file language, whatever file is stored:
    # /fr/tools/<slug>/fr/download/ and .../preview/.
    path("tools/<slug:slug>/", views.tool_redirect, name="tool"),
    re_path(
        r"^tools/(?P<slug>[-a-zA-Z0-9_]+)/(?P<language>[a-z]{2,3}(?:-[a-z0-9]+)?)/"
        r"(?P<action>preview|download)/$",
        views.ToolFileView.as_view(),
        name="tool_file",
    ),
]
