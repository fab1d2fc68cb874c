from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from pages import views

app_name = "pages"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("about/", views.AboutView.as_view(), name="about"),
    path(
        _("accessibility/"),
        TemplateView.as_view(
            template_name="pages/accessibility.html",
            extra_context={"breadcrumbs": [views.Crumb(_("Accessibility"))]},
        ),
        name="accessibility",
    ),
    path(
        _("privacy/"),
        TemplateView.as_view(
            template_name="pages/privacy.html",
            extra_context={"breadcrumbs": [views.Crumb(_("Privacy"))]},
        ),
        name="privacy",
    ),
]
