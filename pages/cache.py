"""
The anonymous page cache: whole public pages, per URL (and so per language),
kept until content changes.

Invalidation is by version, not by key: any change to the project's content
moves the content version on, and each cached page carries the version it
was built from, so the next request finds it outdated, builds a fresh page
and stores it in its place. A cached page never outlives the next scheduled
publication either (`publish_at`), so scheduled content appears on time with
no cron job and no editor action.

The version lives in Django's default cache. With several worker processes
that cache must be shared (Redis via CACHE_URL); `check --deploy` warns
otherwise (see pages.checks).
"""

import functools
import time
from pathlib import Path

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

    Connected to the save/delete/m2m signals of every model of the project's
    apps (see PagesConfig.ready), and called after every successful admin
    write; the signature accepts any signal's arguments.
    """
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


@functools.cache
def _project_app_labels():
    return frozenset(
        app_config.label
        for app_config in apps.get_app_configs()
        if Path(app_config.path).parent == settings.BASE_DIR
    )


def _is_content(sender):
    """True for models of the project's own apps (content, taxonomies, search index),
    historical models in migrations included, unless the model says its rows
    never show on a public page (`shown_on_public_pages = False`, e.g. download
    counters): a busy download must not rebuild every page."""
    meta = getattr(sender, "_meta", None)
    return (
        meta is not None
        and meta.app_label in _project_app_labels()
        and getattr(sender, "shown_on_public_pages", True)
    )


def _on_change(sender, **kwargs):
    if _is_content(sender):
        content_changed()


# Apps whose rows only mirror content (the search index): their changes always
# follow a content change that already moved the version on.
MIRROR_APPS = {"search"}


def connect_invalidation():
    """Any save, delete or many-to-many change of project data invalidates pages.

    Deletes are watched per model rather than for every sender: a post_delete
    receiver for a model stops Django from deleting its rows in one statement,
    and the search index deletes many rows at a time.
    """
    for signal in (post_save, m2m_changed):
        signal.connect(_on_change, dispatch_uid=f"micic-page-cache-{signal!r}")
    for model in apps.get_models():
        if _is_content(model) and model._meta.app_label not in MIRROR_APPS:
            post_delete.connect(
                _on_change,
                sender=model,
                dispatch_uid=f"micic-page-cache-delete-{model._meta.label}",
            )


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
