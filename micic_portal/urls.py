"""
Root URLs. Every public page lives under a language prefix (/en/, /fr/);
machine endpoints (robots.txt, sitemap.xml, health check, setlang) do not.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from pages import views as page_views
from pages.sitemaps import sitemaps

# Errors: Django's own handlers render templates/400.html, 403.html, 404.html
# and 500.html (and 403_csrf.html for a failed CSRF check).

urlpatterns = [
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    path("healthz", page_views.healthz, name="healthz"),
    # Some clients (e.g. Chromium's PDF viewer) ask for /favicon.ico regardless.
    path("favicon.ico", page_views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("practices/", include("practices.urls")),
    path("", include("pages.urls")),
    path("guidelines/", include("guidelines.urls")),
    path("", include("factsheets.urls")),
    path("consultations/", include("consultations.urls")),
    path("search/", include("search.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
