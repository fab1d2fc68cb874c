from django.urls import path

from factsheets import views

app_name = "factsheets"

urlpatterns = [
    path("factsheets/", views.FactsheetListView.as_view(), name="list"),
    path("factsheets/<slug:slug>/", views.FactsheetDetailView.as_view(), name="detail"),
    path("tools/<slug:slug>/", views.tool_redirect, name="tool"),
    # Stable addresses by tool and file language, whatever file is stored:
    # /fr/tools/<slug>/fr/download/ and .../preview/.
    views.language_file_path("tools/<slug:slug>/", views.ToolFileView.as_view(), "tool_file"),
]
