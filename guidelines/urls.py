"""
/guidelines/ URLs. Pages are reached by number; the slug (translated) makes the
URL readable, and any other spelling redirects to the canonical one.
"""

from django.urls import path

from guidelines import views

app_name = "guidelines"

urlpatterns = [
    path("", views.GuidelineOverviewView.as_view(), name="overview"),
    path(
        "principles/<int:number>/",
        views.PrincipleDetailView.as_view(),
        name="principle_by_number",
    ),
    path(
        "principles/<int:number>/<slug:slug>/",
        views.PrincipleDetailView.as_view(),
        name="principle_detail",
    ),
    path("<int:number>/", views.GuidelineDetailView.as_view(), name="guideline_by_number"),
    path(
        "<int:number>/<slug:slug>/",
        views.GuidelineDetailView.as_view(),
        name="guideline_detail",
    ),
    path(
        "<int:number>/<slug:slug>/print/",
        views.GuidelinePrintView.as_view(),
        name="guideline_print",
    ),
    path(
        "<int:number>/<slug:slug>/print/without-practices/",
        views.GuidelinePrintView.as_view(with_practices=False),
        name="guideline_print_alone",
    ),
]
