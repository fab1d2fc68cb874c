"""Open data pages under the language prefix: exports and Atom feeds (/en/data/…)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from api import exports, feeds

app_name = "opendata"

urlpatterns = [
    path(_("practices.<str:fmt>"), exports.practices_export, name="practices_export"),
    path(_("framework.<str:fmt>"), exports.framework_export, name="framework_export"),
    path(_("feeds/documents.atom"), feeds.DocumentsFeed(), name="documents_feed"),
    path(_("feeds/practices.atom"), feeds.PracticesFeed(), name="practices_feed"),
]
