"""Middleware for serving public pages fast: text compression and the anonymous page cache."""

from django.conf import settings
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import get_conditional_response, has_vary_header, patch_cache_control
from django.utils.module_loading import import_string

from pages.cache import content_changed, versioned_get, versioned_set

# The benchmark harness's floor page (benchmarks/run.py), routed when MICIC_BENCHMARK=1.
BENCHMARK_FLOOR_ROUTE = "benchmark-floor/"

# Cookies that mean the page may be personal: a signed-in session (staff see
# drafts and banners) or flash messages waiting to be shown.
_PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
_SAFE_METHODS = {"GET", "HEAD"}
_WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class TextGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, for text only.

    Downloads (PDF, DOCX…) are already compressed and must keep their exact
    Content-Length, so they are sent as they are.
    """

    COMPRESSIBLE = ("text/", "application/json", "application/xml", "image/svg+xml")

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith(self.COMPRESSIBLE):
            return response
        return super().process_response(request, response)


def on_cache_hit(response, callback, *args):
    """Have the page cache call `callback(*args)` each time it serves `response`
    to a GET from the cache (e.g. to count a download). `callback` is the
    dotted path of a function; `args` are kept with the page, so plain values."""
    response.page_cache_on_hit = (callback, args)


def _stored(response):
    """A page as kept in the cache: plain values, cheaper to unpickle than a
    response object."""
    on_hit = getattr(response, "page_cache_on_hit", None)
    return (response.status_code, list(response.items()), response.content, on_hit)


def _response_from(stored):
    status, headers, content, _on_hit = stored
    return HttpResponse(content, status=status, headers=dict(headers))


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors' public pages from the cache, per URL and content version.

    Only GET/HEAD requests without a session or messages cookie are served from
    or stored in the cache, so staff (signed in) never get a cached anonymous
    page and anonymous visitors never get a page built for staff. A response is
    stored only if it is a complete 200 page that sets no cookie (a page whose
    form uses a CSRF token always sets one) and is not private. Such requests
    carry no session, so a `Vary: Cookie` added because a view looked at the
    (anonymous) user does not make their pages differ.

    Pages are stored as finally sent by the middleware below (compressed or not,
    hence one entry per encoding), so a hit costs one cache read (the page and
    the content version together) and no database query. Successful admin
    writes and signals move the content version on, so the next anonymous
    request sees a change.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._may_use_cache(request):
            response = self.get_response(request)
            # An editor saved, published or deleted something through the admin:
            # whatever it touched (even through queryset.update(), which sends no
            # signal), pages built before may now be stale. Signals cover the
            # other write paths.
            if (
                request.method in _WRITE_METHODS
                and response.status_code < 400
                and request.path.startswith(self._admin_prefixes())
            ):
                content_changed()
            return response

        if not settings.MICIC_PAGE_CACHE:
            return self._revalidate_in_browser(self.get_response(request))

        encoding = "gzip" if "gzip" in request.headers.get("Accept-Encoding", "") else "identity"
        # "v3": the layout of stored pages; change it with _stored(), so that
        # a deployment never reads entries an older release wrote.
        key = f"micic:page:v3:{encoding}:{request.get_full_path()}"
        stored, version = versioned_get(key)
        if stored is not None:
            response = _response_from(stored)
            response = get_conditional_response(
                request, etag=response.get("ETag"), response=response
            )
            response["X-Page-Cache"] = "hit"
            on_hit = stored[3]
            if on_hit and request.method == "GET" and response.status_code == 200:
                callback, args = on_hit
                import_string(callback)(*args)
            return response

        response = self._revalidate_in_browser(self.get_response(request))
        if request.method == "GET" and response.status_code == 200 and self._may_store(response):
            versioned_set(key, _stored(response), version)
        response["X-Page-Cache"] = "miss"
        return response

    def _revalidate_in_browser(self, response):
        """Browsers keep public pages but ask again each time (a 304 when unchanged,
        thanks to the ETag): an editor never sees a stale copy of a page they just
        changed, and a slow connection only pays for a round trip."""
        if self._may_store(response) and "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        return response

    @staticmethod
    def _may_use_cache(request):
        return (
            request.method in _SAFE_METHODS
            and not any(name in request.COOKIES for name in _PERSONAL_COOKIES)
            and not request.path.startswith(AnonymousPageCacheMiddleware._bypass_prefixes())
        )

    @staticmethod
    def _admin_prefixes():
        return tuple(f"/{code}/admin/" for code, _name in settings.LANGUAGES)

    @staticmethod
    def _bypass_prefixes():
        """Paths never served from or stored in the cache: the admin, and the
        benchmark's floor page, whose whole point is to be rendered each time."""
        prefixes = AnonymousPageCacheMiddleware._admin_prefixes()
        if settings.MICIC_BENCHMARK:
            prefixes += tuple(
                f"/{code}/{BENCHMARK_FLOOR_ROUTE}" for code, _name in settings.LANGUAGES
            )
        return prefixes

    @staticmethod
    def _may_store(response):
        if response.status_code not in {200, 304} or response.streaming or response.cookies:
            return False
        if has_vary_header(response, "*"):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        return "private" not in cache_control and "no-store" not in cache_control
