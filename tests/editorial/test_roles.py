"""The Editors and Publishers groups: what each may and may not do, on every content type."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.core.management.sql import emit_post_migrate_signal
from django.urls import reverse

from editorial.models import Publishable, Status, publishable_models
from editorial.roles import EDITORS, PUBLISHERS, role_permissions, roles_sync
from guidelines.models import Guideline
from tests.factories import GuidelineFactory, PracticeSubmissionFactory
from tests.factories.guidelines import CrisisPhaseFactory

pytestmark = pytest.mark.django_db

CONTENT_MODELS = sorted(
    (model for model in admin.site._registry if issubclass(model, Publishable)),
    key=lambda model: model._meta.label,
)


def perm(model, action):
    return f"{model._meta.app_label}.{get_permission_codename(action, model._meta)}"


def admin_url(model, name, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{name}", args=args)


def group_perms(name):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=name).permissions.select_related("content_type")
    }


def test_a_migrated_database_has_both_groups_with_their_permissions():
    editors, publishers = group_perms(EDITORS), group_perms(PUBLISHERS)

    assert "guidelines.change_guideline" in editors
    assert "editorial.publish_content" in publishers
    assert "editorial.publish_content" not in editors
    assert editors < publishers


def test_every_content_model_is_covered_whichever_app_defines_it():
    policy = role_permissions()
    for model in publishable_models():
        for action in ("view", "add", "change"):
            codename = get_permission_codename(action, model._meta)
            assert (model._meta.app_label, codename) in policy[EDITORS]
        delete = (model._meta.app_label, get_permission_codename("delete", model._meta))
        assert delete in policy[PUBLISHERS]
        assert delete not in policy[EDITORS]


def test_no_role_touches_accounts_groups_or_permissions():
    for name in (EDITORS, PUBLISHERS):
        assert not {p for p in group_perms(name) if p.startswith(("auth.", "admin.", "sessions."))}


def test_groups_are_recreated_and_resynced_after_a_flush_like_migrate_does():
    Group.objects.all().delete()

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")

    assert group_perms(EDITORS) == {f"{a}.{c}" for a, c in role_permissions()[EDITORS]}


def test_sync_removes_a_permission_given_by_hand():
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.add(Permission.objects.get(codename="delete_user"))

    roles_sync()

    assert "auth.delete_user" not in group_perms(EDITORS)


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m._meta.label)
def test_editors_may_list_add_and_change_but_not_delete_content(model, editor):
    assert editor.has_perm(perm(model, "view"))
    assert editor.has_perm(perm(model, "add"))
    assert editor.has_perm(perm(model, "change"))
    assert not editor.has_perm(perm(model, "delete"))
    assert not editor.has_perm("editorial.publish_content")


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m._meta.label)
def test_publishers_may_also_delete_and_publish(model, publisher):
    for action in ("view", "add", "change", "delete"):
        assert publisher.has_perm(perm(model, action))
    assert publisher.has_perm("editorial.publish_content")


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m._meta.label)
def test_editor_admin_pages_allow_adding_and_refuse_deleting(model, editor_client):
    assert editor_client.get(admin_url(model, "changelist")).status_code == 200
    assert editor_client.get(admin_url(model, "add")).status_code == 200


def test_editor_cannot_delete_and_publisher_can(editor_client, publisher):
    guideline = GuidelineFactory()
    url = admin_url(Guideline, "delete", guideline.pk)

    assert editor_client.get(url).status_code == 403
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    assert Guideline.objects.filter(pk=guideline.pk).exists()

    editor_client.force_login(publisher)
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    assert not Guideline.objects.filter(pk=guideline.pk).exists()


@pytest.mark.parametrize("name", ["auth_user_changelist", "auth_group_changelist", "auth_user_add"])
@pytest.mark.parametrize("role", ["editor_client", "publisher_client"])
def test_roles_cannot_open_accounts_or_groups(request, role, name):
    client = request.getfixturevalue(role)

    assert client.get(reverse(f"admin:{name}")).status_code == 403


def test_admin_index_shows_editors_only_what_they_may_use(editor_client):
    html = editor_client.get("/en/admin/").content.decode()

    assert "Guidelines" in html and "French translation" in html and "Recent changes" in html
    assert "/admin/auth/" not in html


def test_taxonomies_are_read_only_for_editors(editor_client):
    phase = CrisisPhaseFactory()

    assert editor_client.get(admin_url(type(phase), "changelist")).status_code == 200
    assert editor_client.get(admin_url(type(phase), "add")).status_code == 403
    response = editor_client.post(admin_url(type(phase), "change", phase.pk), {"key": "changed"})
    assert response.status_code == 403


def test_editors_moderate_submissions(editor_client):
    submission = PracticeSubmissionFactory()
    opts = submission._meta

    assert editor_client.get(admin_url(type(submission), "changelist")).status_code == 200
    assert (
        editor_client.get(admin_url(type(submission), "change", submission.pk)).status_code == 200
    )
    assert (
        editor_client.get(
            reverse("admin:practices_submission_accept", args=[submission.pk])
        ).status_code
        == 200
    )
    assert (
        editor_client.get(admin_url(type(submission), "delete", submission.pk)).status_code == 403
    )
    assert opts.model_name == "practicesubmission"


def test_editor_is_offered_no_publishing_or_deleting_actions(editor_client):
    GuidelineFactory()
    editor_html = editor_client.get(admin_url(Guideline, "changelist")).content.decode()

    assert 'value="confirm_translation_selected"' in editor_html
    for action in ("publish_selected", "unpublish_selected", "archive_selected", "delete_selected"):
        assert f'value="{action}"' not in editor_html


def test_publisher_is_offered_publishing_and_deleting_actions(publisher_client):
    GuidelineFactory()
    html = publisher_client.get(admin_url(Guideline, "changelist")).content.decode()

    for action in ("publish_selected", "unpublish_selected", "archive_selected", "delete_selected"):
        assert f'value="{action}"' in html


def test_a_forged_publish_action_from_an_editor_does_nothing(editor_client):
    draft = GuidelineFactory(status=Status.DRAFT)

    editor_client.post(
        admin_url(Guideline, "changelist"),
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )

    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
