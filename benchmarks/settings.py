"""
The site's own settings plus the benchmark's floor page (benchmarks/urls.py).

The harness selects this module (DJANGO_SETTINGS_MODULE=benchmarks.settings),
so the production URLconf and middleware know nothing about benchmarks.
"""

from micic_portal.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "benchmarks" / "templates"]  # noqa: F405
