"""
The editorial rules that change content: publishing (with the French gate),
translation tracking and revisions. The admin (forms, actions, views) calls
these and nothing else, so every path that publishes applies the same rules.
"""

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from editorial.languages import (
    default_language,
    missing_translations,
    other_languages,
    translated_values,
)
from editorial.models import PUBLISH_PERMISSION, Publishable, Status
from editorial.signals import publication_changed

# Statuses only Publishers may give or take away.
PUBLISHER_STATUSES = (Status.PUBLISHED, Status.ARCHIVED)


def user_can_publish(user):
    return user.has_perm(PUBLISH_PERMISSION)


# The publish gate ------------------------------------------------------------


def publication_blockers(*, obj, parent=None):
    """Names (for editors) of the text fields whose translation keeps `obj` from
    being published; empty when it may be published.

    The "English only for now" waiver of the item, or of the item it is
    edited with (a guideline for its practices), lifts the gate.
    """
    if obj.english_only or (isinstance(parent, Publishable) and parent.english_only):
        return []
    model = type(obj)
    names = []
    for language in other_languages():
        for field in missing_translations(obj, language):
            label = str(model._meta.get_field(field).verbose_name)
            if label not in names:
                names.append(label)
    return names


def publication_check(*, obj, parent=None):
    """Raise ValidationError if `obj` is (to be) published without its French text."""
    if obj.status != Status.PUBLISHED:
        return
    missing = publication_blockers(obj=obj, parent=parent)
    if not missing:
        return
    fields = ", ".join(missing)
    if parent is not None:
        message = _(
            "“%(item)s” cannot be published while its French is missing (%(fields)s). "
            "Translate it, or tick “English only for now” on the %(parent)s."
        )
        params = {"item": obj, "fields": fields, "parent": parent._meta.verbose_name}
    else:
        message = _(
            "This cannot be published while its French is missing (%(fields)s). "
            "Translate it, or tick “English only for now” to publish it in English."
        )
        params = {"fields": fields}
    raise ValidationError(message, code="french_missing", params=params)


def content_set_status(*, obj, status, by, comment=""):
    """Change the status of `obj` as `by`, applying the role and the French gate.

    Giving or taking away "published" or "archived" needs the publish
    permission. Saves a revision recording who did it.
    """
    if (status in PUBLISHER_STATUSES or obj.status in PUBLISHER_STATUSES) and not (
        user_can_publish(by)
    ):
        raise PermissionDenied(gettext("Only publishers can publish, unpublish or archive."))
    # editorial.review builds on this module (imported here, not at the top).
    from editorial.review import pending_discard_for, version_record

    was_published = obj.status == Status.PUBLISHED
    obj.status = status
    publication_check(obj=obj)
    comment = comment or gettext("Status: %(status)s") % {"status": obj.get_status_display()}
    if was_published and status != Status.PUBLISHED:
        # Nobody will approve a change to what is no longer public: keep it
        # discarded, with a line in the item's history.
        discarded = pending_discard_for(obj=obj, by=by, reason=comment)
        comment = f"{comment} {discarded}".strip()
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(comment)
        obj.save()
    if status == Status.PUBLISHED and not was_published:
        version_record(obj=obj, by=by)
    return obj


def content_publish(*, obj, by):
    return content_set_status(
        obj=obj, status=Status.PUBLISHED, by=by, comment=gettext("Published.")
    )


def content_unpublish(*, obj, by):
    return content_set_status(
        obj=obj, status=Status.DRAFT, by=by, comment=gettext("Unpublished (back to draft).")
    )


def content_archive(*, obj, by):
    return content_set_status(obj=obj, status=Status.ARCHIVED, by=by, comment=gettext("Archived."))


# Translations that may be out of date ----------------------------------------


def translation_pairs(model):
    """[(English field, [translated fields])] for every text field and file of `model`."""
    return [
        (
            value.field_name(default_language()),
            [value.field_name(code) for code in other_languages()],
        )
        for value in translated_values(model)
    ]


def translation_note_changes(*, obj, changed):
    """Flag translations the English changed after, and clear the ones updated.

    `changed` names the fields this save changes (e.g. a form's
    changed_data). Only published items are flagged: a draft is still being
    written and translated. Sets the fields on `obj`; the caller saves it.
    """
    changed = set(changed)
    outdated = set(obj.translation_outdated_fields or [])
    for english, translations in translation_pairs(type(obj)):
        for name in translations:
            if name in changed:
                outdated.discard(name)
            elif english in changed and obj.status == Status.PUBLISHED and getattr(obj, name, None):
                outdated.add(name)
    obj.translation_outdated_fields = sorted(outdated)
    if not outdated:
        obj.translation_outdated_since = None
    elif obj.translation_outdated_since is None:
        obj.translation_outdated_since = timezone.now()
    return obj


def translation_outdated_labels(obj):
    """The flagged fields as editors know them, e.g. ["introduction [fr]"]."""
    model = type(obj)
    labels = []
    for name in obj.translation_outdated_fields or []:
        try:
            labels.append(str(model._meta.get_field(name).verbose_name))
        except FieldDoesNotExist:  # a field renamed since it was flagged
            labels.append(name)
    return labels


def translation_confirm(*, obj, by):
    """An editor checked the French: clear the "possibly outdated" flag."""
    if obj.translation_outdated_since is None:
        return obj
    obj.translation_outdated_fields = []
    obj.translation_outdated_since = None
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(gettext("French checked: up to date with the English."))
        obj.save()
    return obj


# Revisions -------------------------------------------------------------------


def revision_snapshot(*, objects, user, comment):
    """Save a revision of `objects` as they are in the database now (with the
    rows reversion follows, e.g. a guideline's practices)."""
    objects = list(objects)
    if not objects:
        return
    with reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(comment)
        for obj in objects:
            reversion.add_to_revision(type(obj)._base_manager.get(pk=obj.pk))


def revision_ensure_baseline(*, model, object_id, user):
    """Keep the state an item had before its first change in the admin.

    Content created by a command, a service or an import has no revision
    yet: without this, its first edit would leave nothing to go back to.
    One query when a revision exists.
    """
    if Version.objects.get_for_object_reference(model, object_id).exists():
        return
    obj = model._base_manager.filter(pk=object_id).first()
    if obj is not None:
        revision_snapshot(
            objects=[obj],
            user=None,
            comment=gettext("State before the first change in the admin."),
        )


# What a restore leaves as it is now: the publication state is a decision of
# its own (a Publisher's), not part of the text being restored.
RESTORE_KEEPS = ("status", "publish_at")


def revision_revert(*, version, user, children=(), may_delete=lambda model: False):
    """Put an item back as `version`'s revision saved it, as `user`.

    Run it inside a transaction (the admin previews a restore in one and
    rolls it back). What is restored: every field of the item and of the
    rows saved with it (a guideline's practices, a factsheet's tools),
    translations and file references included; rows deleted since come
    back. What is not:

    - the publication state (status, publish_at) of what exists now: a
      restore changes content, not whether it is public. Rows that come
      back from deletion return as drafts unless `user` may publish.
    - rows added since the version, under the `children` accessors, that
      `user` may not delete (`may_delete(model)`): editors keep them,
      publishers' restores remove them. Returns the rows kept.

    Translations whose English the restore changes are flagged as possibly
    outdated, like any other change of the English.
    """
    revision = version.revision
    versions = list(revision.version_set.select_related("content_type"))
    in_revision = {(v.content_type_id, v.object_id) for v in versions}
    ids_by_model = {}
    for v in versions:
        if issubclass(v._model, Publishable):
            ids_by_model.setdefault(v._model, []).append(v.object_id)
    before = {
        (model, obj.pk): obj
        for model, ids in ids_by_model.items()
        for obj in model._base_manager.filter(pk__in=ids)
    }

    revision.revert(delete=False)

    kept = []
    main_model = version._model
    main = main_model._base_manager.filter(pk=version.object_id).first()
    for accessor in children if main is not None else ():
        for row in getattr(main, accessor).all():
            key = (_content_type_id(row), str(row.pk))
            if key in in_revision:
                continue
            if may_delete(type(row)):
                row.delete()
            else:
                kept.append(row)

    can_publish = user_can_publish(user)
    for model, ids in ids_by_model.items():
        for obj in model._base_manager.filter(pk__in=ids):
            current = before.get((model, obj.pk))
            if current is None:
                if not can_publish and obj.status in PUBLISHER_STATUSES:
                    obj.status, obj.publish_at = Status.DRAFT, None
            else:
                for name in RESTORE_KEEPS:
                    setattr(obj, name, getattr(current, name))
                obj.translation_outdated_fields = current.translation_outdated_fields
                obj.translation_outdated_since = current.translation_outdated_since
                changed = [
                    name
                    for english, translations in translation_pairs(model)
                    for name in (english, *translations)
                    if getattr(obj, name) != getattr(current, name)
                ]
                translation_note_changes(obj=obj, changed=changed)
            model._base_manager.filter(pk=obj.pk).update(
                status=obj.status,
                publish_at=obj.publish_at,
                translation_outdated_fields=obj.translation_outdated_fields,
                translation_outdated_since=obj.translation_outdated_since,
            )
        publication_changed.send(sender=model, pks=list(ids))
    return kept


def _content_type_id(obj):
    return ContentType.objects.get_for_model(obj).pk
