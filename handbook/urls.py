from django.urls import path
from django.utils.translation import gettext_lazy as _

from handbook import views

app_name = "handbook"

urlpatterns = [
    path("", views.DocumentsView.as_view(), name="documents"),
    path(_("kit/"), views.KitView.as_view(), name="kit"),
    path(_("download/<slug:kind>/<slug:language>/"), views.download, name="download"),
    path(_("download/<slug:kind>/<slug:language>/<slug:key>/"), views.download, name="download"),
    path(_("guideline/<int:number>/pdf/"), views.guideline_pdf, name="guideline_pdf"),
]
