"""
/guidelines/ URLs. Pages are reached by number; the slug (translated) makes the
URL readable, and any other spelling redirects to the canonical one. The path
words are translated too (/fr/lignes-directrices/principes/1/…).
"""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from guidelines import views

app_name = "guidelines"

urlpatterns = [
    path("", views.GuidelineOverviewView.as_view(), name="overview"),
    path(
        _("principles/"),
        include(
            [
                path(
                    "<int:number>/",
                    views.PrincipleDetailView.as_view(),
                    name="principle_by_number",
                ),
                path(
                    "<int:number>/<slug:slug>/",
                    views.PrincipleDetailView.as_view(),
                    name="principle_detail",
                ),
            ]
        ),
    ),
    path("<int:number>/", views.GuidelineDetailView.as_view(), name="guideline_by_number"),
    path(
        "<int:number>/<slug:slug>/",
        include(
            [
                path("", views.GuidelineDetailView.as_view(), name="guideline_detail"),
                path(_("print/"), views.GuidelinePrintView.as_view(), name="guideline_print"),
                path(
                    _("print/without-practices/"),
                    views.GuidelinePrintView.as_view(with_practices=False),
                    name="guideline_print_alone",
                ),
            ]
        ),
    ),
]
