"""
The anonymous page cache's storage: whole public pages in Django's cache,
kept until content changes (the middleware is pages.middleware).

Invalidation is by version, not by key: publishing, saving or deleting
public content moves a site-wide content version on, and each cached page
carries the version it was built from, so the next request finds it
outdated, builds a fresh page and stores it in its place. A cached page
never outlives the next scheduled publication either (`publish_at`), so
scheduled content appears on time with no cron job and no editor action.

What moves the version on:
- a save or delete of any `editorial.models.Publishable` (every content type:
  whatever path the write takes, shell and `seed_demo` included), and a
  change to one of its many-to-many relations;
- any successful write through the admin (the middleware): it covers the
  taxonomies and inline rows edited there, and `queryset.update()` in admin
  actions, which sends no signal.
Rows that never show on a page (download counters, the search index) are
not content and leave cached pages alone.

The version lives in Django's default cache. With several worker processes
that cache must be shared (Redis via CACHE_URL); `check --deploy` warns
otherwise (see pages.checks).
"""

import threading
import time
from collections import OrderedDict
from typing import NamedTuple

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal
from django.utils import timezone

VERSION_KEY = "micic:content-version"
NEXT_PUBLICATION_KEY = "micic:next-publication:{version}"
_NONE = "none"
# A page's rebuild after a publication is claimed by one request; the others
# wait for it at most this long, checking this often.
REBUILD_SECONDS = 5
REBUILD_POLL_SECONDS = 0.01


def content_version():
    """The current content version (created on first use)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


class _LocalCopies:
    """The pages this process served last, by key, as stored in the shared
    cache ((version, page, expiry)): a hit then reads only the small content
    version from the shared cache, not the whole page. Bounded by count (least
    recently used first out); a copy past its expiry (the next scheduled
    publication) is never returned."""

    def __init__(self):
        self._pages = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            found = self._pages.get(key)
            if found is not None:
                if found[2] <= time.time():
                    del self._pages[key]
                    return None
                self._pages.move_to_end(key)
            return found

    def put(self, key, stored):
        with self._lock:
            self._pages[key] = stored
            self._pages.move_to_end(key)
            while len(self._pages) > settings.MICIC_PAGE_CACHE_LOCAL_ENTRIES:
                self._pages.popitem(last=False)

    def clear(self):
        with self._lock:
            self._pages.clear()


local_copies = _LocalCopies()


class Lookup(NamedTuple):
    """What the cache holds for a key: `value` if it was built from the current
    content `version` (else None), `stale`, an older value if there is one
    (served only when the page cannot be rebuilt, e.g. the database is down),
    and `not_kept`, whether the last response for the key was one the cache
    cannot keep (see remember_not_kept)."""

    value: object
    version: int
    stale: object = None
    not_kept: bool = False


def versioned_get(key):
    """Look `key` up for the current content version.

    A page this process already holds costs one small read (the version); any
    other costs one read too, of the version and the shared copy together.
    Publishing moves the version on, so every server sees a change on its next
    request: the local copy never outlives an invalidation.
    """
    not_kept_key = _not_kept_key(key)
    local = local_copies.get(key)
    if local is not None:
        version = cache.get(VERSION_KEY) or content_version()
        if local[0] == version:
            return Lookup(local[1], version)
        # Another server may have rebuilt it already.
        found = cache.get_many([key, not_kept_key])
    else:
        found = cache.get_many([VERSION_KEY, key, not_kept_key])
        version = found.get(VERSION_KEY) or content_version()
    stored = found.get(key)
    if stored is not None and stored[0] == version:
        local_copies.put(key, stored)
        return Lookup(stored[1], version)
    older = stored or local
    return Lookup(None, version, older[1] if older else None, not_kept_key in found)


def versioned_set(key, value, version):
    """Keep `value`, built from content `version`, until content changes or the
    next scheduled publication, at most settings.MICIC_PAGE_CACHE_SECONDS.
    Not kept if the database cannot say when that publication is."""
    try:
        timeout = page_timeout(version)
    except DatabaseError:
        return
    if timeout:
        stored = (version, value, time.time() + timeout)
        cache.set(key, stored, timeout=timeout)
        local_copies.put(key, stored)


def claim_rebuild(key, version):
    """True for the one request that should rebuild `key` for `version`; the
    others wait for it (`wait_for_rebuild`) rather than all building the same
    page at once after a publication. The claim lapses by itself after
    REBUILD_SECONDS should its holder die."""
    return cache.add(_rebuild_key(key, version), 1, timeout=REBUILD_SECONDS)


def release_rebuild(key, version):
    cache.delete(_rebuild_key(key, version))


def wait_for_rebuild(key, version):
    """The page another request is rebuilding for `version`, once stored; None
    if it stored nothing (e.g. the page is not cacheable) or took longer than
    REBUILD_SECONDS, and the caller then builds the page itself."""
    claim = _rebuild_key(key, version)
    deadline = time.monotonic() + REBUILD_SECONDS
    while time.monotonic() < deadline:
        time.sleep(REBUILD_POLL_SECONDS)
        found = cache.get_many([key, claim])
        stored = found.get(key)
        if stored is not None and stored[0] == version:
            local_copies.put(key, stored)
            return stored[1]
        if claim not in found:
            return None
    return None


def remember_not_kept(key):
    """Remember (for the cache's longest time) that the response for `key` was
    one the cache cannot keep (a file, a form with its token): versioned_get
    then says so, and the middleware does not wait for a rebuild of it."""
    cache.set(_not_kept_key(key), 1, timeout=settings.MICIC_PAGE_CACHE_SECONDS)


def forget_not_kept(key):
    cache.delete(_not_kept_key(key))


def _not_kept_key(key):
    return f"{key}:not-kept"


def _rebuild_key(key, version):
    return f"{key}:rebuild:{version}"


# Sent each time the content version moves on, for work that follows the
# published content (handbook builds): the one place that decides what counts
# as a content change is connect_invalidation() below (and admin writes).
content_version_changed = Signal()


def content_changed(**kwargs):
    """Move the content version on: every cached page is rebuilt on its next request.

    Accepts any signal's arguments, so it is also the signal receiver.
    """
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)
    content_version_changed.send(sender=None)


def _relation_changed(sender, instance, action, **kwargs):
    from editorial.models import Publishable

    if action.startswith("post_") and isinstance(instance, Publishable):
        content_changed()


def connect_invalidation():
    """Every Publishable model's saves and deletes move the content version on.

    Connected per model rather than for every sender: a post_delete receiver
    for all senders would stop Django from deleting any model's rows in one
    statement (the search index deletes many at a time).
    """
    from editorial.models import Publishable

    for model in apps.get_models():
        if issubclass(model, Publishable):
            for signal in (post_save, post_delete):
                signal.connect(content_changed, sender=model, dispatch_uid="micic-page-cache")
    m2m_changed.connect(_relation_changed, dispatch_uid="micic-page-cache")


def page_timeout(version):
    """Seconds a page built now may be kept: until the next scheduled
    publication, at most settings.MICIC_PAGE_CACHE_SECONDS."""
    longest = settings.MICIC_PAGE_CACHE_SECONDS
    now = timezone.now()
    key = NEXT_PUBLICATION_KEY.format(version=version)
    upcoming = cache.get(key)
    if upcoming is None or (upcoming != _NONE and upcoming <= now):
        upcoming = next_publication(now) or _NONE
        cache.set(key, upcoming, timeout=_seconds_until(upcoming, now, longest) or 1)
    return _seconds_until(upcoming, now, longest)


def _seconds_until(moment, now, longest):
    if moment == _NONE:
        return longest
    return max(0, min(longest, int((moment - now).total_seconds())))


def next_publication(now):
    """The earliest future `publish_at` of published content, across all types,
    in one query (a UNION over the content tables)."""
    from editorial.models import Publishable, Status

    upcoming = [
        model.objects.filter(status=Status.PUBLISHED, publish_at__gt=now)
        .order_by()
        .values_list("publish_at", flat=True)
        for model in apps.get_models()
        if issubclass(model, Publishable)
    ]
    return upcoming[0].union(*upcoming[1:], all=True).order_by("publish_at").first()
