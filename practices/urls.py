"""/practices/ URLs: the repository, a practice (by id, with its translated slug), and the form."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from practices import views

app_name = "practices"

urlpatterns = [
    path("", views.RepositoryPracticeListView.as_view(), name="list"),
    path(
        _("share/"),
        include(
            [
                path("", views.SharePracticeView.as_view(), name="share"),
                path(_("thanks/"), views.SharePracticeDoneView.as_view(), name="share_done"),
            ]
        ),
    ),
    path("<int:pk>/<slug:slug>/", views.RepositoryPracticeDetailView.as_view(), name="detail"),
]
