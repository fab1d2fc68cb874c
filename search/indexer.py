"""
Keeping the index in step with the content.

Saving or deleting an indexed object (or something it shows, see
Indexed.watches and Indexed.shown_on) re-indexes it through model signals,
so a search never needs to scan the content tables' text. Inside a
transaction the work waits for the commit and is done once per object: an
admin save writes an object, its inlines and its relations, each with its
own signal, and the index then reads what was committed.
Many-to-many relations are not indexed (no label or text shows them), so
their changes need nothing.
`rebuild()` (manage.py rebuild_search_index) indexes everything in bulk.
"""

import contextlib
import logging
import threading

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import connection, transaction
from django.db.models import Value
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from editorial.signals import publication_changed
from search import registry
from search.models import SearchEntry, SearchWord
from search.text import folded_words, plain

logger = logging.getLogger(__name__)

# The text search configuration for text in each language (migration 0002
# creates them: the language's stemmer after `unaccent`). Text in any other
# language is only folded, not stemmed.
TEXT_SEARCH_CONFIGS = {"en": "micic_english", "fr": "micic_french"}
FALLBACK_CONFIG = "micic_simple"
BATCH_SIZE = 500
# Shorter words are not worth correcting (and would match too much).
MIN_WORD = 4


def uses_postgres():
    return connection.vendor == "postgresql"


def config_for(language):
    return TEXT_SEARCH_CONFIGS.get(language, FALLBACK_CONFIG)


def _join(values):
    return plain(" ".join(str(value) for value in values if value))


def entries_for(item, obj):
    """The index entries of `obj`, one per site language."""
    is_published, publish_at = item.publication(obj)
    for language, _name in settings.LANGUAGES:
        text_language = item.text_language(obj, language)
        with translation.override(text_language):
            title = plain(str(getattr(obj, item.title_field) or "")) or str(obj)
            keywords = _join(item.keywords(obj))
            body = _join(item.body(obj))
        with translation.override(language):
            label = str(item.label(obj))
            url = item.url(obj)
        yield SearchEntry(
            kind=item.kind,
            object_id=obj.pk,
            language=language,
            text_language=text_language,
            is_published=is_published,
            publish_at=publish_at,
            title=title[:300],
            label=label[:300],
            url=url,
            keywords=keywords,
            body=body,
            title_folded=folded_words(title)[:300],
            folded=folded_words(f"{title} {keywords} {body}"),
        )


def _with_vectors(entries):
    """Give each entry its weighted tsvector, computed by PostgreSQL in the
    INSERT itself (a later UPDATE would write every row twice)."""
    from django.contrib.postgres.search import SearchVector

    for entry in entries:
        config = config_for(entry.text_language)
        entry.search_vector = (
            SearchVector(Value(entry.title), weight="A", config=config)
            + SearchVector(Value(f"{entry.label} {entry.keywords}"), weight="B", config=config)
            + SearchVector(Value(entry.body), weight="C", config=config)
        )
    return entries


def _vocabulary(entries):
    """The words of the entries' folded text, for typo correction."""
    words = set()
    for entry in entries:
        words.update(
            word
            for word in entry.folded.split()
            if MIN_WORD <= len(word) <= 60 and not word.isdigit()
        )
    return [SearchWord(word=word) for word in words]


def _store(entries):
    if uses_postgres():
        SearchWord.objects.bulk_create(_vocabulary(entries), ignore_conflicts=True)
        entries = _with_vectors(entries)
    SearchEntry.objects.bulk_create(entries, batch_size=BATCH_SIZE)


def index_objects(item, pks):
    """(Re-)index the objects of `item.model` with these pks; drop the entries of
    those that no longer exist."""
    pks = list(pks)
    if not pks:
        return
    objects = list(item.get_queryset().filter(pk__in=pks))
    with transaction.atomic():
        SearchEntry.objects.filter(kind=item.kind, object_id__in=pks).delete()
        _store([entry for obj in objects for entry in entries_for(item, obj)])


def rebuild(kinds=None, stdout=None):
    """Index every object of every registered model (or of `kinds`) afresh."""
    counts = {}
    if not kinds:
        SearchWord.objects.all().delete()
    for item in registry.indexed():
        if kinds and item.kind not in kinds:
            continue
        with transaction.atomic():
            SearchEntry.objects.filter(kind=item.kind).delete()
            batch = []
            total = 0
            for obj in item.get_queryset().order_by("pk").iterator(chunk_size=BATCH_SIZE):
                batch.extend(entries_for(item, obj))
                total += 1
                if len(batch) >= BATCH_SIZE:
                    _store(batch)
                    batch = []
            _store(batch)
        counts[item.kind] = total
        if stdout is not None:
            stdout.write(f"  {item.kind}: {total}")
    return counts


# Signals ---------------------------------------------------------------------

_state = threading.local()


@contextlib.contextmanager
def paused():
    """Do not index on save or delete inside this block (bulk work that
    rebuilds the index afterwards, e.g. seed_demo)."""
    depth = getattr(_state, "paused", 0)
    _state.paused = depth + 1
    try:
        yield
    finally:
        _state.paused = depth


def _is_paused():
    return getattr(_state, "paused", 0) > 0


def _index_pending():
    pending, _state.pending = getattr(_state, "pending", {}), {}
    # What is shown on the saved objects' pages (a factsheet's tools) joins the
    # set first, so an object both saved and shown is indexed once.
    for item, (_pks, shown_on) in list(pending.items()):
        if not shown_on:
            continue
        for child in registry.indexed():
            if child.shown_on_model is item.model:
                shown = child.model._default_manager.filter(**{f"{child.shown_on}__in": shown_on})
                pending.setdefault(child, (set(), set()))[0].update(
                    shown.values_list("pk", flat=True)
                )
    for item, (pks, _shown_on) in pending.items():
        index_objects(item, pks)


def _index_at_commit(item, pks, with_dependants=False):
    """Index these objects (and, `with_dependants`, what is shown on their
    pages) now, or when the transaction commits if one is open.

    Each save adds its objects to this thread's pending set and asks for one
    more on_commit call; the first call at the commit indexes the whole set and
    the others find it empty. What a rolled-back transaction left pending is
    indexed at the next commit: indexing reads the database, so an object that
    does not exist just loses its entries.
    """
    pks = set(pks)
    indexed, shown_on = _state.__dict__.setdefault("pending", {}).setdefault(item, (set(), set()))
    indexed.update(pks)
    if with_dependants:
        shown_on.update(pks)
    # robust: the content is saved by then; a failure is logged (and repaired
    # by rebuild_search_index), not shown to the editor as an error.
    transaction.on_commit(_index_pending, robust=True)


def _reindex_watchers(sender, instance):
    """Index the objects whose entries show `instance` (Indexed.watches)."""
    for watcher in registry.indexed():
        if sender in watcher.watches:
            _index_at_commit(watcher, watcher.watches[sender](instance))


def _on_save(sender, instance, raw=False, **kwargs):
    if _is_paused():
        return
    # Raw saves come from loaddata and from restoring a revision: the latter
    # must be indexed, the former may reference rows not loaded yet (then
    # rebuild_search_index after loading).
    if raw:
        try:
            _index_saved(sender, instance)
        except ObjectDoesNotExist:
            logger.info("Not indexed while loading: %s %s", sender.__name__, instance.pk)
        return
    _index_saved(sender, instance)


def _index_saved(sender, instance):
    item = registry.for_model(sender)
    if item is not None:
        _index_at_commit(item, [instance.pk], with_dependants=True)
    _reindex_watchers(sender, instance)


def _on_delete(sender, instance, **kwargs):
    if _is_paused():
        return
    item = registry.for_model(sender)
    if item is not None:
        SearchEntry.objects.filter(kind=item.kind, object_id=instance.pk).delete()
    # The watched row is gone; its parent may be going too (cascade), in which
    # case index_objects just finds nothing to index.
    _reindex_watchers(sender, instance)


def _on_publication_changed(sender, pks, **kwargs):
    item = registry.for_model(sender)
    if item is not None:
        _index_at_commit(item, pks, with_dependants=True)


def connect_signals():
    watched = set()
    for item in registry.indexed():
        watched.add(item.model)
        watched.update(item.watches)
    for model in watched:
        uid = f"search-index-{model._meta.label}"
        post_save.connect(_on_save, sender=model, dispatch_uid=uid)
        post_delete.connect(_on_delete, sender=model, dispatch_uid=uid)
    publication_changed.connect(_on_publication_changed, dispatch_uid="search-index-publication")


def fill_empty_index(**kwargs):
    """After `migrate`: index existing content if the index is empty (a new
    installation, or the first deployment of search on an existing site)."""
    using = kwargs.get("using", "default")
    if using != "default":
        return
    if SearchEntry._meta.db_table not in connection.introspection.table_names():
        return  # migrated backwards past the index
    if SearchEntry.objects.exists():
        return
    if any(item.get_queryset().exists() for item in registry.indexed()):
        counts = rebuild()
        logger.info("Search index built: %s", counts)
