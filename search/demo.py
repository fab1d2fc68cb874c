"""seed_demo's last step: index all the demo content in one go.

Indexing on every save is paused while the apps seed (during_seeding), and
the whole index is rebuilt at the end: faster than re-indexing each object
as it is created and then again as its translations and relations are
added, and it also covers a database seeded before the search app existed.
"""

from search import indexer

during_seeding = indexer.paused


def seed(command):
    counts = indexer.rebuild()
    command.stdout.write(f"Search index: {sum(counts.values())} items.")
