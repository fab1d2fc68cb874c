from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from pages import views

app_name = "pages"


def static_page(template_name, crumb):
    """A page of interface text only (translated in the .po), with its breadcrumb."""
    return TemplateView.as_view(
        template_name=template_name, extra_context={"breadcrumbs": [views.Crumb(crumb)]}
    )


urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(_("about/"), views.AboutView.as_view(), name="about"),
    path(
        _("accessibility/"),
        static_page("pages/accessibility.html", _("Accessibility")),
        name="accessibility",
    ),
    path(_("privacy/"), static_page("pages/privacy.html", _("Privacy")), name="privacy"),
]
