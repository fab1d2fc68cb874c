"""
The editorial admin, by responsibility:

- publishable.py: `PublishableAdmin`, the one base class of every content
  admin, and the rules for content edited inline;
- actions.py: publish, unpublish, archive, confirm the French;
- history.py: revisions, history, comparison, restore and recovery;
- filters.py: list filters (publication, outdated French, content type);
- dashboard.py: the French translation dashboard and recent changes.

`PublishableAdmin` is the one base class of every content admin. Through it
every content type, and the rows edited inline on it, gets:

- revisions of every save (django-reversion's VersionAdmin, which follows
  the inlines), a change comment, a paginated history with a field-by-field
  comparison, restore and recovery of deleted items;
- the editorial roles: status choices, actions and buttons by permission,
  enforced on the server by the form (editorial.forms);
- the French publish gate and "French possibly outdated" tracking
  (editorial.services);
- preview links to the public page in each language, and the scheduled
  publication date in the list.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from editorial.admin import dashboard, review  # noqa: F401  (registers the editorial pages)
from editorial.admin.publishable import PUBLICATION_FIELDS, PublishableAdmin

__all__ = ["PUBLICATION_FIELDS", "PublishableAdmin"]

# The admin's name, in one place (translated with the interface).
admin.site.site_header = _("MICIC Portal — Secretariat")
admin.site.site_title = _("MICIC Portal — Secretariat")
admin.site.index_title = _("Content and editorial workflow")
