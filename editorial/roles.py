"""
The two editorial roles and what each may do, as Django groups.

- Editors create and edit all content and its files, and moderate shared
  practices. They cannot publish, unpublish, archive, schedule or delete.
- Publishers are editors who can also publish, unpublish, archive,
  schedule and delete content.
- Superusers manage accounts; neither group has any permission on users,
  groups or other settings.

The permissions are worked out from the code, not listed by hand: every
concrete `Publishable` model is content, whichever app defines it, and the
rows edited inline on a content item's admin page (e.g. a practice's
countries) go with it. So a new content app is covered as soon as it is
migrated: `roles_sync()` runs after every `migrate` (post_migrate, once
every app's permissions exist) and sets both groups' permissions to exactly
what this module says. Give anyone extra rights through another group.
"""

from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

from editorial.models import (
    ContentChange,
    PendingChange,
    Publishable,
    TranslationStatus,
    publishable_models,
)

EDITORS = "Editors"
PUBLISHERS = "Publishers"

# Not content, but editors work on them: the moderation queue of practices
# shared through the public form. Publishers may also delete submissions
# (they hold personal data).
MODERATION_MODELS = ["practices.PracticeSubmission"]


def _perm(model, action):
    opts = model._meta
    return (opts.app_label, get_permission_codename(action, opts))


def inline_models():
    """Models edited as rows inside a content item's admin page, that are not
    content themselves (a practice's countries)."""
    from editorial.admin import PublishableAdmin

    found = []
    for model_admin in admin.site._registry.values():
        if isinstance(model_admin, PublishableAdmin):
            for inline in model_admin.inlines:
                if not issubclass(inline.model, Publishable) and inline.model not in found:
                    found.append(inline.model)
    return found


def role_permissions():
    """{group name: {(app_label, codename), ...}}: the whole policy."""
    editors, publishers = set(), set()
    content = publishable_models()
    for model in content:
        editors |= {_perm(model, action) for action in ("view", "add", "change")}
        publishers.add(_perm(model, "delete"))
    for model in inline_models():
        editors |= {_perm(model, action) for action in ("view", "add", "change", "delete")}
    for label in MODERATION_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        editors |= {_perm(model, "view"), _perm(model, "change")}
        publishers.add(_perm(model, "delete"))
    # The other lists of the content apps' admin (the crisis phases and
    # stakeholder types of the Guidelines) are fixed reference data: both
    # roles may look them up, only superusers change them.
    content_apps = {model._meta.app_label for model in content}
    handled = {*content, *inline_models()}
    for model in admin.site._registry:
        if model._meta.app_label in content_apps and model not in handled:
            editors.add(_perm(model, "view"))
    editors |= {
        _perm(TranslationStatus, "view"),
        _perm(ContentChange, "view"),
        # Editors see their own changes to review (the admin filters the list).
        _perm(PendingChange, "view"),
    }
    publishers |= editors | {("editorial", "publish_content")}
    return {EDITORS: editors, PUBLISHERS: publishers}


def roles_sync(*, using=DEFAULT_DB_ALIAS):
    """Create both groups if needed and give them exactly the policy's permissions
    (those that exist yet: migrate creates the rest, then calls this again)."""
    for name, wanted in role_permissions().items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        query = Q(pk__isnull=True)
        for app_label, codename in wanted:
            query |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(Permission.objects.using(using).filter(query))


def sync_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate receiver: migrate sends the signal once per app, each after
    that app's permissions are created; sync once, after the last one."""
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender.label == last.label:
        roles_sync(using=using)
