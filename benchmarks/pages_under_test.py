"""The public pages the benchmark measures, found from the demo data (needs Django set up)."""

from django.urls import reverse
from django.utils import translation


def benchmark_pages():
    """[(name, path)] for each page type the benchmark covers, in English."""
    with translation.override("en"):
        return [
            ("home", reverse("pages:home")),
            ("about", reverse("pages:about")),
        ]
