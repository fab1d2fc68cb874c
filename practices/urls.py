"""/practices/ URLs: the repository, a practice (by id, with its translated slug), and the form."""

from django.urls import path

from practices import views

app_name = "practices"

urlpatterns = [
    path("", views.RepositoryPracticeListView.as_view(), name="list"),
    path("share/", views.SharePracticeView.as_view(), name="share"),
    path("share/thanks/", views.SharePracticeDoneView.as_view(), name="share_done"),
    path("<int:pk>/<slug:slug>/", views.RepositoryPracticeDetailView.as_view(), name="detail"),
]
