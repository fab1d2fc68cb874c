"""The site's URLs plus stand-in guideline pages, until the guidelines app routes its own."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import get_resolver, include, path

from micic_portal.urls import urlpatterns as site_urlpatterns

urlpatterns = list(site_urlpatterns)

if "guidelines" not in get_resolver("micic_portal.urls").namespace_dict:
    stand_in = (
        [
            path(
                "<int:number>/<slug:slug>/",
                lambda request, **kwargs: HttpResponse("guideline"),
                name="guideline_detail",
            )
        ],
        "guidelines",
    )
    urlpatterns += i18n_patterns(path("guidelines/", include(stand_in)))
