"""The site's URLs plus the floor: the benchmark's reference page (see benchmarks/run.py)."""

from django.conf.urls.i18n import i18n_patterns
from django.shortcuts import render
from django.urls import path
from django.utils import timezone

from micic_portal.urls import urlpatterns as site_urlpatterns

FLOOR_PATH = "benchmark-floor/"


def floor(request):
    """A small template, no database: the cost of serving a page through the
    whole middleware stack without building any content. The harness requests
    it with a session cookie, so the page cache steps aside as it does for staff
    (no lookup, nothing stored): the floor is rendered on every request."""
    return render(request, "benchmarks/floor.html", {"now": timezone.now()})


urlpatterns = [
    *site_urlpatterns,
    *i18n_patterns(path(FLOOR_PATH, floor, name="benchmark_floor"), prefix_default_language=True),
]
