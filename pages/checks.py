"""System checks for the page cache."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.caches, deploy=True)
def check_page_cache_is_shared(app_configs, **kwargs):
    """The page cache's content version must be seen by every worker process."""
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.MICIC_PAGE_CACHE and backend in PER_PROCESS_CACHES:
        return [
            Warning(
                "The page cache is on but the default cache is per process "
                f"({backend}): with several workers, a worker would keep serving "
                "pages another worker's edit made stale.",
                hint="Set CACHE_URL to a shared cache, e.g. redis://127.0.0.1:6379/0, "
                "or turn the page cache off with MICIC_PAGE_CACHE=0.",
                id="micic.W001",
            )
        ]
    return []
