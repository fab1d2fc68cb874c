"""Background work of the search index (see micic_portal.tasks)."""

from django.tasks import task

from micic_portal.tasks import retrying
from search import indexer


@task()
@retrying()
def rebuild_search_index(kinds=None):
    """Index all searchable content afresh (or only `kinds`); returns the counts."""
    return indexer.rebuild(kinds=kinds or None)
