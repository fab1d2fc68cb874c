"""Middleware for serving public pages fast: text compression and the anonymous page cache."""

import functools
import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, QueryDict
from django.middleware.gzip import GZipMiddleware
from django.template import loader
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_conditional_response, has_vary_header, patch_cache_control
from django.utils.http import urlencode

from pages.cache import (
    claim_rebuild,
    content_changed,
    forget_not_kept,
    release_rebuild,
    remember_not_kept,
    versioned_get,
    versioned_set,
    wait_for_rebuild,
)

# Cookies that mean the page may be personal: a signed-in session (staff see
# drafts and banners) or flash messages waiting to be shown.
_PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
_SAFE_METHODS = {"GET", "HEAD"}
_WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

logger = logging.getLogger(__name__)


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


class DatabaseUnavailableMiddleware:
    """A database that cannot be reached gives a 503 page with Retry-After, not a 500.

    Catches what views and their templates raise (process_exception sees both,
    TemplateResponse rendering included) when PostgreSQL is down, restarting or
    dropped the connection. Nothing else needs doing to recover: Django closes
    a connection that failed at the end of the request and, with
    CONN_HEALTH_CHECKS, checks a kept one before reusing it, so the first
    request after the database returns is served normally. Pages the page
    cache holds are served throughout (a hit never touches the database).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("Database unavailable, answering 503: %s", exception)
        return service_unavailable()


def service_unavailable():
    """The bilingual 503 page: rendered without the request, the database or any
    URL lookup, since any of them may be what failed."""
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(settings.MICIC_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


@functools.lru_cache(maxsize=1024)
def declared_query_params(path):
    """The query parameters the view at `path` declares it reads (its
    `page_cache_params` attribute: a class attribute of a class-based view, or
    an attribute of a function view), or None if it declares none or `path`
    leads to no view.

    Remembered per path: resolving costs about 170 µs on these machines, a
    large part of what a cached page costs, and the URLconf does not change
    while the process runs.
    """
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):  # i18n_patterns match the active language
        try:
            match = resolve(path)
        except Resolver404:
            return None
    view = getattr(match.func, "view_class", match.func)
    return getattr(view, "page_cache_params", None)


def _cacheable_query(request):
    """The query string a page is cached under: only the parameters its view
    declares, sorted, so unknown parameters (tracking tags, cache busters) and
    their order never add an entry. None if a page with this query string may
    not be cached at all (its view declares nothing, so it might read anything)."""
    if not request.META.get("QUERY_STRING"):
        return ""
    declared = declared_query_params(request.path_info)
    if declared is None:
        return None
    return urlencode(
        sorted(
            (name, value)
            for name, values in request.GET.lists()
            if name in declared
            for value in values
        )
    )


def _stored(response):
    """A page as kept in the cache: plain values, cheaper to unpickle than a
    response object."""
    return (response.status_code, list(response.items()), response.content)


def _response_from(stored):
    status, headers, content = stored
    return HttpResponse(content, status=status, headers=dict(headers))


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors' public pages from the cache, per address and content version.

    Every request's Host is checked first: a host not in ALLOWED_HOSTS gets
    Django's 400 page, even for a page the cache holds. The key is the scheme,
    host, language, compression, path and the query parameters the page's view
    declares (`page_cache_params`), in a normalised order; the view then sees
    those parameters only, so the page stored matches its key. A query string
    to a view that declares nothing is served uncached.

    Only GET/HEAD requests without a session or messages cookie are served from
    or stored in the cache, so staff (signed in) never get a cached anonymous
    page and anonymous visitors never get a page built for staff. A response is
    stored only if it is a complete 200 page that sets no cookie (a page whose
    form uses a CSRF token always sets one), is not private and is not a file
    (downloads always go through their view, which counts them). Such requests
    carry no session, so a `Vary: Cookie` added because a view looked at the
    (anonymous) user does not make their pages differ.

    Pages are stored as finally sent by the middleware below (compressed or not,
    hence one entry per encoding), so a hit costs one cache read (the page and
    the content version together) and no database query. Successful admin
    writes and content signals (pages.cache) move the content version on, so
    the next anonymous request sees a change.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = tuple(f"/{code}/admin/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        response = self._respond(request)
        # What no shared cache (reverse proxy, CDN) may keep: a response that
        # sets a cookie, or one built for a visitor with a session or messages
        # (signed-in staff see drafts and banners).
        if response.cookies or self._is_personal(request):
            patch_cache_control(response, private=True, no_store=True)
        return response

    def _respond(self, request):
        # Raises DisallowedHost (a 400) for a host not in ALLOWED_HOSTS, before
        # anything could answer from the cache.
        host = request.get_host()
        if not self._may_use_cache(request):
            response = self.get_response(request)
            # An editor saved, published or deleted something through the admin:
            # whatever it touched (even through queryset.update(), which sends no
            # signal), pages built before may now be stale.
            if (
                request.method in _WRITE_METHODS
                and response.status_code < 400
                and request.path.startswith(self.admin_prefixes)
            ):
                content_changed()
            return response

        if not settings.MICIC_PAGE_CACHE:
            return self._public_headers(self.get_response(request))

        query = _cacheable_query(request)
        if query is None:
            return self._public_headers(self.get_response(request))
        if query != request.META.get("QUERY_STRING", ""):
            request.GET = QueryDict(query)
            request.META["QUERY_STRING"] = query

        encoding = "gzip" if "gzip" in request.headers.get("Accept-Encoding", "") else "identity"
        language = translation.get_language_from_request(request, check_path=True)
        # "v5": the layout of keys and stored pages; change it with them, so
        # that a deployment never reads entries an older release wrote.
        key = (
            f"micic:page:v5:{request.scheme}://{host}:{language}:{encoding}:{request.path}?{query}"
        )
        found = versioned_get(key)
        if found.value is not None:
            return self._from_cache(request, found.value, "hit")

        # After a publication, one request rebuilds the page; the others for
        # the same page wait for its copy instead of all building it at once.
        # Not for an address whose last response could not be kept (a file, a
        # form with its token): its rebuild stores nothing, and waiting for it
        # would queue visitors (concurrent downloads of one file) behind each other.
        claimed = False
        if not found.not_kept:
            claimed = claim_rebuild(key, found.version)
            if not claimed and (rebuilt := wait_for_rebuild(key, found.version)) is not None:
                return self._from_cache(request, rebuilt, "hit")
        try:
            response = self._public_headers(self.get_response(request))
            if request.method == "GET" and response.status_code == 200:
                if self._is_page(response):
                    versioned_set(key, _stored(response), found.version)
                    if found.not_kept:
                        forget_not_kept(key)
                elif not found.not_kept:
                    remember_not_kept(key)
        finally:
            if claimed:
                release_rebuild(key, found.version)
        if response.status_code == 503 and found.stale is not None:
            # The page cannot be rebuilt now (the database is unreachable):
            # the copy from before the last change beats an error page.
            return self._from_cache(request, found.stale, "stale")
        response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _from_cache(request, stored, state):
        response = _response_from(stored)
        response = get_conditional_response(request, etag=response.get("ETag"), response=response)
        response["X-Page-Cache"] = state
        return response

    def _public_headers(self, response):
        """Browsers keep public pages but ask again each time (a 304 when unchanged,
        thanks to the ETag): an editor never sees a stale copy of a page they just
        changed, and a slow connection only pays for a round trip. A shared cache
        in front (reverse proxy, CDN) may keep them MICIC_PROXY_CACHE_SECONDS,
        refresh them in the background for a while after that, and serve its
        copy while the site answers with errors."""
        if self._may_store(response) and "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            if settings.MICIC_PROXY_CACHE_SECONDS:
                patch_cache_control(
                    response,
                    s_maxage=settings.MICIC_PROXY_CACHE_SECONDS,
                    stale_while_revalidate=settings.MICIC_PROXY_STALE_SECONDS,
                    stale_if_error=settings.MICIC_PROXY_STALE_IF_ERROR_SECONDS,
                )
        return response

    @staticmethod
    def _is_personal(request):
        return any(name in request.COOKIES for name in _PERSONAL_COOKIES)

    def _may_use_cache(self, request):
        return (
            request.method in _SAFE_METHODS
            and not self._is_personal(request)
            and not request.path.startswith(self.admin_prefixes)
        )

    @classmethod
    def _is_page(cls, response):
        """A page the cache may keep: not a file (a file says how to save it)."""
        return cls._may_store(response) and "Content-Disposition" not in response

    @staticmethod
    def _may_store(response):
        if response.status_code not in {200, 304} or response.streaming or response.cookies:
            return False
        if has_vary_header(response, "*"):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        return "private" not in cache_control and "no-store" not in cache_control
