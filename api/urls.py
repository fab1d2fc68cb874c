"""Open data pages under the language prefix: exports and Atom feeds (/en/data/…)."""

from django.urls import path

from api import exports, feeds

app_name = "opendata"

urlpatterns = [
    path("practices.<str:fmt>", exports.practices_export, name="practices_export"),
    path("framework.<str:fmt>", exports.framework_export, name="framework_export"),
    path("feeds/documents.atom", feeds.DocumentsFeed(), name="documents_feed"),
    path("feeds/practices.atom", feeds.PracticesFeed(), name="practices_feed"),
]
