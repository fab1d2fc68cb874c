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

import time

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

VERSION_KEY = "micic:content-version"
NEXT_PUBLICATION_KEY = "micic:next-publication:{version}"
_NONE = "none"


def content_version():
    """The current content version (created on first use)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def versioned_get(key):
    """(value, version): what `versioned_set` stored under `key` if it was built
    from the current content version, else None; and the current version.

    One round trip to the cache for both (the hit path of every cached page).
    """
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY) or content_version()
    stored = found.get(key)
    if stored is not None and stored[0] == version:
        return stored[1], version
    return None, version


def versioned_set(key, value, version):
    """Keep `value`, built from content `version`, until content changes or the
    next scheduled publication, at most settings.MICIC_PAGE_CACHE_SECONDS."""
    if timeout := page_timeout(version):
        cache.set(key, (version, value), timeout=timeout)


def content_changed(**kwargs):
    """Move the content version on: every cached page is rebuilt on its next request.

    Accepts any signal's arguments, so it is also the signal receiver.
    """
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


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
        upcoming = _next_publication(now) or _NONE
        cache.set(key, upcoming, timeout=_seconds_until(upcoming, now, longest) or 1)
    return _seconds_until(upcoming, now, longest)


def _seconds_until(moment, now, longest):
    if moment == _NONE:
        return longest
    return max(0, min(longest, int((moment - now).total_seconds())))


def _next_publication(now):
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
