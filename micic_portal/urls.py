"""
Root URLs. Every public page lives under a language prefix (/en/, /fr/);
machine endpoints (robots.txt, sitemap.xml, health check, setlang) do not.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from api.api import api
from pages import views as page_views
from pages.redirects import OLD_FIRST_WORDS, old_path_redirect
from pages.sitemaps import sitemaps

# Errors: Django's own handlers render templates/400.html, 403.html, 404.html
# and 500.html (and 403_csrf.html for a failed CSRF check).

urlpatterns = [
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    # Health: liveness (the process answers) and readiness (database, cache
    # and file storage answer); /healthz is the liveness check's older name.
    path("livez", page_views.livez, name="livez"),
    path("readyz", page_views.readyz, name="readyz"),
    path("healthz", page_views.livez, name="healthz"),
    # Some clients (e.g. Chromium's PDF viewer) ask for /favicon.ico regardless.
    path("favicon.ico", page_views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    # The read-only JSON API (open data), one address for all languages.
    path("api/v1/", api.urls),
]

# "Forgotten your password?" on the admin sign-in: Django's own views and the
# admin's templates, under the admin prefix (the admin login page shows the
# link once `admin_password_reset` exists). Before admin.site.urls, whose
# catch-all would otherwise answer these addresses.
_admin_look = {"site_header": admin.site.site_header, "site_title": admin.site.site_title}
admin_password_reset_patterns = [
    path(
        "admin/password-reset/",
        auth_views.PasswordResetView.as_view(
            extra_context=_admin_look,
            subject_template_name="registration/admin_password_reset_subject.txt",
            email_template_name="registration/admin_password_reset_email.txt",
        ),
        name="admin_password_reset",
    ),
    path(
        "admin/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(extra_context=_admin_look),
        name="password_reset_done",
    ),
    path(
        "admin/password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(extra_context=_admin_look),
        name="password_reset_confirm",
    ),
    path(
        "admin/password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(extra_context=_admin_look),
        name="password_reset_complete",
    ),
]

# Path words are translated (msgstr in locale/fr): /fr/lignes-directrices/,
# /fr/pratiques/... (see old_path_redirect at the end for the old ones).
urlpatterns += i18n_patterns(
    *admin_password_reset_patterns,
    path("admin/", admin.site.urls),
    path(_("practices/"), include("practices.urls")),
    path("", include("pages.urls")),
    path(_("guidelines/"), include("guidelines.urls")),
    path("", include("factsheets.urls")),
    path(_("consultations/"), include("consultations.urls")),
    path("", include("toolkit.urls")),
    path(_("search/"), include("search.urls")),
    path(_("data/"), include("api.urls")),
    path(_("field-documents/"), include("handbook.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Last, so it only sees what nothing else answered: a French address with the
# English path words French pages once had (/fr/guidelines/...) is sent to its
# French address. It only takes paths ending in "/", so APPEND_SLASH still
# works, and only those old first words: a catch-all would make every path
# "valid" to LocaleMiddleware, which would then redirect any unknown
# unprefixed address (/api/v1/...) to a language prefix instead of a 404.
urlpatterns += i18n_patterns(
    re_path(
        rf"^(?P<old_path>(?:{'|'.join(OLD_FIRST_WORDS)})(?:/.*)?)/$",
        old_path_redirect,
        name="old_path_redirect",
    ),
    prefix_default_language=True,
)
