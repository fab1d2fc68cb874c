"""The site's URLs plus a stand-in privacy page, until the pages app routes its own."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import NoReverseMatch, include, path, reverse

from micic_portal.urls import urlpatterns as site_urlpatterns
from pages.urls import urlpatterns as pages_urlpatterns

urlpatterns = list(site_urlpatterns)

try:
    reverse("pages:privacy", urlconf="micic_portal.urls")
except NoReverseMatch:
    stand_in = [
        path("privacy/", lambda request: HttpResponse("privacy"), name="privacy"),
        *pages_urlpatterns,
    ]
    # First, so that its "pages" namespace (the real pages plus this one) wins.
    urlpatterns = i18n_patterns(path("", include((stand_in, "pages")))) + urlpatterns
