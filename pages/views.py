from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from editorial.views import BreadcrumbsMixin, Crumb
from guidelines.models import CrisisPhase


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


@require_GET
def healthz(request):
    """Liveness and database check for load balancers: 200, or 503 while the
    database cannot be reached; never cached."""
    try:
        connection.ensure_connection()
        healthy = connection.is_usable()
    except DatabaseError:
        healthy = False
    response = HttpResponse(
        "ok\n" if healthy else "unavailable\n",
        content_type="text/plain",
        status=200 if healthy else 503,
    )
    response["Cache-Control"] = "no-store"
    return response
