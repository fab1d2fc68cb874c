"""
Root URLs. Every public page lives under a language prefix (/en/, /fr/);
machine endpoints (robots.txt, sitemap.xml, health check, setlang) do not.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from pages import views as page_views
from pages.middleware import BENCHMARK_FLOOR_ROUTE
from pages.redirects import old_path_redirect
from pages.sitemaps import sitemaps

handler400 = "pages.views.bad_request"
handler403 = "pages.views.permission_denied"
handler404 = "pages.views.page_not_found"
handler500 = "pages.views.server_error"

urlpatterns = [
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    path("healthz", page_views.healthz, name="healthz"),
    # Some clients (e.g. Chromium's PDF viewer) ask for /favicon.ico regardless.
    path("favicon.ico", page_views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
]

# Path words are translated (msgstr in locale/fr): /fr/lignes-directrices/,
# /fr/pratiques/... (see old_path_redirect at the end for the old ones).
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path(_("practices/"), include("practices.urls")),
    path("", include("pages.urls")),
    path(_("guidelines/"), include("guidelines.urls")),
    path("", include("factsheets.urls")),
    path(_("consultations/"), include("consultations.urls")),
    path(_("search/"), include("search.urls")),
    prefix_default_language=True,
)

if settings.MICIC_BENCHMARK:
    # The benchmark harness's floor page (benchmarks/run.py), never routed otherwise.
    urlpatterns += i18n_patterns(
        path(BENCHMARK_FLOOR_ROUTE, page_views.benchmark_floor, name="benchmark_floor"),
        prefix_default_language=True,
    )

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Last, so it only sees what nothing else answered: a French address with the
# English path words French pages once had (/fr/guidelines/...) is sent to its
# French address. It only takes paths ending in "/", so APPEND_SLASH still works.
urlpatterns += i18n_patterns(
    path("<path:old_path>/", old_path_redirect, name="old_path_redirect"),
    prefix_default_language=True,
)
