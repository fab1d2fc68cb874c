"""
Review of changes to published content, and the record of what the public saw.

- An editor's save of a published item becomes a `PendingChange` (the admin
  lets the form save inside a transaction, serializes the result with
  `item_serialize`, then rolls the writes back): the public keeps the
  published version.
- A publisher approves it (`pending_approve`: applied, saved as a
  django-reversion revision, recorded as a `PublishedVersion`) or sends it
  back with a comment (`pending_send_back`: the editor is told in the admin
  and by email).
- Unpublishing or deleting an item discards its open change, with a record
  (`pending_discard`): nothing is lost silently.
- Every publication records a numbered `PublishedVersion` (`version_record`),
  which readers see as "Last updated", "Updates to this page" and `?version=N`.
"""

import json
import logging

import reversion
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from reversion.models import Version

from editorial.languages import language_file_names, translated_field_names
from editorial.models import PendingChange, Publishable, PublishedVersion, Status
from editorial.services import RESTORE_KEEPS, revision_ensure_baseline, user_can_publish

logger = logging.getLogger(__name__)


def review_needed(*, obj, user):
    """An edit of `obj` by `user` waits for a publisher: the item is published
    (or scheduled) and `user` may not publish."""
    return (
        isinstance(obj, Publishable)
        and obj.pk is not None
        and obj.status == Status.PUBLISHED
        and not user_can_publish(user)
    )


# The proposed version as data ------------------------------------------------


def _key(obj):
    return (obj._meta.label_lower, str(obj.pk))


def item_serialize(*, obj, children=(), new_rows=()):
    """`obj` and its rows under the `children` accessors (inline rows), as
    stored in PendingChange.data. Rows in `new_rows` (keys of rows the edit
    created) lose their primary key, so approving creates them afresh.

    modeltranslation's original column (`title`, which mirrors one language)
    is left out: the language columns (`title_en`, `title_fr`) are the data.
    """
    # Read back from the database: an admin's get_queryset may have
    # prefetched the rows (e.g. a guideline's practices) before the save.
    obj = type(obj)._base_manager.get(pk=obj.pk)
    rows = [obj]
    for accessor in children:
        rows.extend(getattr(obj, accessor).all())
    new_rows = set(new_rows)
    objects = json.loads(serializers.serialize("json", rows))
    for row, entry in zip(rows, objects, strict=True):
        model = type(row)
        for name in (*translated_field_names(model), *language_file_names(model)):
            entry["fields"].pop(name, None)
        if _key(row) in new_rows:
            entry["pk"] = None
    return {"objects": objects, "children": list(children)}


def item_apply(data):
    """Write the proposed version `data` over the item (run it in a
    transaction). Returns (item, keys of the rows created).

    The publication state (status, publish date) stays as it is now: it is a
    publisher's decision, not part of the change. Rows under the item's
    inline relations that the change removed are deleted.
    """
    restored = list(serializers.deserialize("json", json.dumps(data["objects"])))
    main = restored[0].object
    current = type(main)._base_manager.get(pk=main.pk)
    for name in RESTORE_KEEPS:
        setattr(main, name, getattr(current, name))
    kept, created = set(), set()
    for item in restored:
        is_new = item.object.pk is None
        item.object.save()
        for name, values in (item.m2m_data or {}).items():
            getattr(item.object, name).set(values)
        kept.add(_key(item.object))
        if is_new:
            created.add(_key(item.object))
    for accessor in data.get("children", ()):
        for row in getattr(main, accessor).all():
            if _key(row) not in kept:
                row.delete()
    return main, created


def _content_type(obj):
    return ContentType.objects.get_for_model(obj, for_concrete_model=False)


# Editors: propose ------------------------------------------------------------


def pending_submit(*, obj, data, by, comment=""):
    """Keep `data` as the open change of `obj` (created, or updated by a
    second save); a change sent back goes back to review."""
    change = PendingChange.objects.open().for_object(obj).first() or PendingChange(
        content_type=_content_type(obj), object_id=str(obj.pk), author=by
    )
    change.data = data
    change.object_repr = str(obj)[:300]
    change.status = PendingChange.Status.PENDING
    change.comment = comment[:300]
    if change.author is None:
        change.author = by
    change.save()
    return change


def public_since(obj):
    """When the version the public sees now went live (for editors' notices)."""
    latest = PublishedVersion.objects.for_object(obj).public().first()
    return latest.published_at if latest else obj.updated_at


# Publishers: approve or send back --------------------------------------------


def _require_publisher(user):
    if not user_can_publish(user):
        raise PermissionDenied(gettext("Only publishers can approve or send back changes."))


def pending_approve(*, change, by, minor=False, notes=None):
    """Put the change live as `by`: applied, saved as a revision, recorded as a
    published version (with the public change note `notes`, {language: text},
    unless `minor`). A scheduled item still goes live at its time."""
    _require_publisher(by)
    with transaction.atomic():
        if change.live_object() is None:
            pending_discard(change=change, by=by, reason=gettext("The item was deleted."))
            return None
        live = change.live_object()
        if not PublishedVersion.objects.for_object(live).exists():
            # Published before versions were recorded (or by a command): keep
            # what the public saw until now as version 1.
            revision_ensure_baseline(model=type(live), object_id=live.pk, user=None)
            version_record(obj=live, by=None, at=live.updated_at)
        with reversion.create_revision():
            reversion.set_user(by)
            author = change.author.get_username() if change.author else "?"
            reversion.set_comment(
                gettext("Approved the change proposed by %(author)s.") % {"author": author}
                + (f" {change.comment}" if change.comment else "")
            )
            obj, _created = item_apply(change.data)
            reversion.add_to_revision(obj)
        change.status = PendingChange.Status.APPROVED
        change.reviewer, change.reviewed_at = by, timezone.now()
        change.save()
        version_record(obj=obj, by=by, minor=minor, notes=notes)
    return obj


def pending_send_back(*, change, by, comment):
    """Return the change to its editor with `comment`; they are told by email too."""
    _require_publisher(by)
    change.status = PendingChange.Status.SENT_BACK
    change.reviewer, change.reviewed_at = by, timezone.now()
    change.reviewer_comment = comment
    change.save()
    _notify_sent_back(change)
    return change


def _notify_sent_back(change):
    author = change.author
    if author is None or not author.email:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Your change to “%(item)s” was sent back") % {"item": change.object_repr}
        body = gettext(
            "%(reviewer)s sent back your change to “%(item)s” with this comment:\n\n"
            "%(comment)s\n\n"
            "Open the item in the admin (Editorial workflow → Changes to review) to "
            "update it; the public still sees the published version."
        ) % {
            "reviewer": change.reviewer.get_username() if change.reviewer else "",
            "item": change.object_repr,
            "comment": change.reviewer_comment,
        }
    try:
        send_mail(subject, body, None, [author.email])
    except OSError:  # the change is saved; the admin shows it anyway
        logger.exception("Could not email %s about a change sent back", author.email)


def pending_discard(*, change, by, reason):
    """Close an open change nobody will approve (its item was unpublished or
    deleted), keeping it with the reason in the reviewer's comment."""
    change.status = PendingChange.Status.DISCARDED
    change.reviewer, change.reviewed_at = by, timezone.now()
    change.reviewer_comment = reason
    change.save()
    return change


def pending_discard_for(*, obj, by, reason):
    """Discard the open change of `obj`, if any; returns a sentence for the
    item's history ("" when there was none)."""
    change = PendingChange.objects.open().for_object(obj).first()
    if change is None:
        return ""
    pending_discard(change=change, by=by, reason=reason)
    author = change.author.get_username() if change.author else "?"
    return gettext("The change waiting for review (by %(author)s) was discarded.") % {
        "author": author
    }


# What the public saw ---------------------------------------------------------


def version_record(*, obj, by, minor=False, notes=None, at=None):
    """Record that `obj`, as its latest revision holds it, is (or at its
    scheduled time will be) what the public sees: the next version number,
    the date readers see (kept from the last version for a minor change) and
    the public change note per language."""
    content_type = _content_type(obj)
    versions = PublishedVersion.objects.filter(content_type=content_type, object_id=str(obj.pk))
    number = (versions.aggregate(last=Max("number"))["last"] or 0) + 1
    now = at or timezone.now()
    notes = {} if minor else {code: text.strip() for code, text in (notes or {}).items()}
    version = PublishedVersion(
        content_type=content_type,
        object_id=str(obj.pk),
        number=number,
        published_at=max(now, obj.publish_at) if obj.publish_at else now,
        minor=minor and number > 1,
        revision_version=Version.objects.get_for_object(obj).first(),
        published_by=by,
    )
    for code, _name in settings.LANGUAGES:
        setattr(version, f"note_{code}", notes.get(code, "")[:300])
    version.save()
    return version


def version_date_display(value):
    return formats.date_format(timezone.localtime(value), "DATE_FORMAT")
