from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
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


def benchmark_floor(request):
    """The benchmark harness's reference page: a small template, no database.

    Only routed when MICIC_BENCHMARK=1 (see micic_portal/urls.py), and then
    rendered on every request: the page cache leaves it alone, so cached pages
    are compared with the cost of rendering, not with another cache hit.
    """
    return render(request, "pages/floor.html", {"now": timezone.now()})


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
    """Liveness and database check for load balancers; never cached."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    response = HttpResponse("ok\n", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


# Error pages ---------------------------------------------------------------
# Each renders in the request's language with the site's layout; the 500 page
# is a self-contained bilingual template that needs no context at all.


@requires_csrf_token
def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    return HttpResponseServerError(loader.get_template("500.html").render())


def csrf_failure(request, reason=""):
    """A form posted without a valid CSRF token: explain, keep it friendly."""
    return render(request, "403_csrf.html", status=403)
