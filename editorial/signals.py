"""Signals of the editorial workflow."""

from django.dispatch import Signal

# Sent with sender=<content model> and pks=[...] when the publication state of
# items changed without save() (e.g. a restore resetting status with update()),
# so that what mirrors content elsewhere (the search index) can follow.
publication_changed = Signal()
