import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from editorial.views import BreadcrumbsMixin, Crumb
from guidelines.models import CrisisPhase

logger = logging.getLogger(__name__)


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["guideline_phases"] = CrisisPhase.objects.with_published_guidelines()
        return context


class AboutView(BreadcrumbsMixin, TemplateView):
    template_name = "pages/about.html"
    breadcrumbs = [Crumb(_("About"))]


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{code}/admin/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Some clients (e.g. Chromium's PDF viewer) ask for /favicon.ico regardless."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def _health(healthy):
    """200 or 503 with a one-word body: nothing about versions, hosts or errors."""
    return HttpResponse(
        "ok\n" if healthy else "unavailable\n",
        content_type="text/plain",
        status=200 if healthy else 503,
        headers={"Cache-Control": "no-store"},
    )


@require_GET
def livez(request):
    """Liveness (also at /healthz): the process answers requests. It checks
    nothing else on purpose: while the database is down the site still serves
    cached pages and 503 pages, so a load balancer should keep sending traffic,
    and restarting the process would not bring the database back."""
    return _health(True)


def _database_ready():
    connection.ensure_connection()
    return connection.is_usable()


def _cache_ready():
    token = secrets.token_hex(8)
    cache.set(HEALTH_CACHE_KEY, token, timeout=10)
    return cache.get(HEALTH_CACHE_KEY) == token


def _storage_ready():
    # Any answer will do (the file need not exist): it proves the storage
    # (the media directory or the bucket) can be reached.
    default_storage.exists(HEALTH_STORAGE_NAME)
    return True


HEALTH_CACHE_KEY = "micic:health"
HEALTH_STORAGE_NAME = "health-check"
READINESS_CHECKS = {"database": _database_ready, "cache": _cache_ready, "storage": _storage_ready}


@require_GET
def readyz(request):
    """Readiness: the database, the cache and file storage all answer. 503 if
    any does not; which one and why goes to the log, never into the response."""
    healthy = True
    for name, check in READINESS_CHECKS.items():
        try:
            ready = check()
        except Exception as error:  # whatever the backend raises means "not ready"
            logger.warning("Readiness check %s failed: %r", name, error)
            ready = False
        healthy = healthy and ready
    return _health(healthy)
