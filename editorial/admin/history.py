"""Revisions in the admin: a change comment, a paginated history, a
field-by-field comparison of two versions, and restore and recovery with the
editorial rules, built on django-reversion's public API (VersionAdmin, its
revision_view/recover_view, Version.objects.get_for_object, Revision.revert
through editorial.services.revision_revert)."""

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.core.paginator import Paginator
from django.db import connections, models, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version
from reversion.revisions import set_comment

from editorial.history import row_changes, version_changes
from editorial.services import (
    revision_ensure_baseline,
    revision_revert,
    revision_snapshot,
)


class FormRolledBack(Exception):
    """Carries a rendered admin response out of a transaction whose writes
    are undone (the restore form over an old version, an editor's proposed
    change)."""

    def __init__(self, response):
        super().__init__(response)
        self.response = response


class RevisionHistoryMixin(VersionAdmin):
    """VersionAdmin (a revision for every save, following the inlines) with the
    portal's history, comparison and restore pages."""

    object_history_template = "editorial/admin/object_history.html"
    compare_template = "editorial/admin/compare.html"
    revision_form_template = "editorial/admin/revision_form.html"
    recover_form_template = "editorial/admin/recover_form.html"
    history_latest_first = True
    history_per_page = 50

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST" and self.has_change_permission(request):
            revision_ensure_baseline(
                model=self.model, object_id=unquote(object_id), user=request.user
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        if request.method == "POST" and "action" in request.POST:
            # Actions record their own revisions (editorial.services), and a
            # deletion must save the item's last state before it is gone:
            # outside VersionAdmin's revision block, which would save it after.
            context = {"has_change_permission": self.has_change_permission(request)}
            return super(VersionAdmin, self).changelist_view(
                request, {**context, **(extra_context or {})}
            )
        return super().changelist_view(request, extra_context)

    def delete_model(self, request, obj):
        # Keep the last state (with its inline rows) so "Recover deleted" can bring it back.
        revision_snapshot(objects=[obj], user=request.user, comment=gettext("Deleted."))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        # One revision per item, so that recovering one does not bring back the others.
        for obj in queryset:
            revision_snapshot(objects=[obj], user=request.user, comment=gettext("Deleted."))
        super().delete_queryset(request, queryset)

    def child_accessors(self):
        """The relations of the inline rows saved with each revision (e.g.
        "tools" for a factsheet's tool inline)."""
        accessors = []
        for inline in self.inlines:
            for field in inline.model._meta.get_fields():
                if (
                    field.many_to_one
                    and field.related_model is self.model
                    and inline.fk_name in (None, field.name)
                ):
                    accessors.append(field.remote_field.get_accessor_name())
                    break
        return accessors

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """The form to restore a version of the item (django-reversion's view,
        with the editorial rules)."""
        version = get_object_or_404(
            Version.objects.get_for_model(self.model), pk=version_id, object_id=unquote(object_id)
        )
        context = {"title": gettext("Revert %(name)s") % {"name": version.object_repr}}
        return self.restore_form_view(
            request,
            version,
            self.revision_form_template,
            {**context, "revert": True, **(extra_context or {})},
        )

    def recover_view(self, request, version_id, extra_context=None):
        """The form to bring back a deleted item (django-reversion's view, with
        the editorial rules)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        context = {"title": gettext("Recover %(name)s") % {"name": version.object_repr}}
        return self.restore_form_view(
            request,
            version,
            self.recover_form_template,
            {**context, "recover": True, **(extra_context or {})},
        )

    def restore_form_view(self, request, version, template_name, extra_context=None):
        """The restore/recover form, with the editorial rules: see
        editorial.services.revision_revert for what a restore keeps."""
        if not connections[version.db].features.uses_savepoints:
            raise ImproperlyConfigured("Restoring revisions needs a database with savepoints.")
        try:
            return self.restore_response(request, version, template_name, extra_context)
        except (RevertError, models.ProtectedError) as error:
            messages.error(request, str(error))
            opts = self.model._meta
            return redirect(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")

    def restore_response(self, request, version, template_name, extra_context=None):
        """Restore `version` as a new revision of the item. Showing the form
        (GET, or a form with errors) loads the version inside a transaction
        that is rolled back, so nothing changes until the user saves.
        (PublishableAdmin sends an editor's restore of a published item to
        review instead.)"""
        try:
            with transaction.atomic(using=version.db):
                self.restore_revert(request, version)
                with self.create_revision(request):
                    response = self.restore_form(request, version, template_name, extra_context)
                    if response.status_code == 200:
                        raise FormRolledBack(response)
                    restored = gettext("Restored the version of %(date)s.") % {
                        "date": formats.date_format(
                            timezone.localtime(version.revision.date_created), "DATETIME_FORMAT"
                        )
                    }
                    comment = getattr(request, "_editorial_comment", "")
                    set_comment(f"{restored} {comment}".strip())
        except FormRolledBack as rollback:
            return rollback.response
        return response

    def restore_revert(self, request, version):
        """Put the item back as `version` has it (in the caller's transaction)."""
        user = request.user
        kept = revision_revert(
            version=version,
            user=user,
            children=self.child_accessors(),
            may_delete=lambda model: user.has_perm(
                f"{model._meta.app_label}.delete_{model._meta.model_name}"
            ),
        )
        if kept and request.method == "GET":
            messages.warning(
                request,
                gettext(
                    "Added since this version and kept, as only publishers delete "
                    "content: %(items)s."
                )
                % {"items": ", ".join(str(row) for row in kept)},
            )

    def restore_form(self, request, version, template_name, extra_context=None):
        """The change form over the restored item: rendered (a form to show)
        or a redirect (saved)."""
        response = self.changeform_view(
            request, quote(version.object_id), request.path, extra_context
        )
        if response.status_code == 200:
            response.template_name = template_name
            response.render()
        elif not (request.method == "POST" and response.status_code == 302):
            raise RevertError(gettext("This version could not be loaded."))
        return response

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{opts.app_label}_{opts.model_name}_compare",
            ),
            *super().get_urls(),
        ]

    def _url(self, name, *args):
        opts = self.model._meta
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{name}", args=args
        )

    def history_view(self, request, object_id, extra_context=None):
        """The item's revisions, newest first, a page at a time, to compare or restore."""
        obj = self._history_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        versions = versions.order_by(*self.get_version_ordering(request))
        page = Paginator(versions, self.history_per_page).get_page(request.GET.get("p"))
        rows = list(page.object_list)
        last_on_page = page.number == page.paginator.num_pages
        for index, version in enumerate(rows):
            version.restore_url = self._url("revision", quote(obj.pk), version.pk)
            version.is_oldest = last_on_page and index == len(rows) - 1
            version.is_current = page.number == 1 and index == 0
            version.changes_url = (
                None
                if version.is_oldest
                else f"{self._url('compare', quote(obj.pk))}?new={version.pk}"
            )
        return self._history_page(
            request,
            self.object_history_template,
            obj,
            gettext("Change history: %s") % obj,
            page_obj=page,
            versions=rows,
            compare_url=self._url("compare", quote(obj.pk)),
            preserved_filters=self.get_preserved_filters(request),
            **(extra_context or {}),
        )

    def compare_view(self, request, object_id):
        """Two versions of the item side by side, field by field, with its inline rows.

        `?new=<version>` compares it with the version before; `&old=<version>`
        picks the other one. Anything else returns to the history.
        """
        obj = self._history_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        history_url = self._url("history", quote(obj.pk))
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        new = old = None
        try:
            new = versions.get(pk=int(request.GET.get("new", "")))
            if old_id := request.GET.get("old"):
                old = versions.get(pk=int(old_id))
            else:
                old = versions.filter(pk__lt=new.pk).order_by("-pk").first()
        except (ValueError, Version.DoesNotExist):
            pass
        if new is not None and old is None and not request.GET.get("old"):
            messages.info(
                request,
                gettext(
                    "This is the first saved version: there is nothing older to compare it with."
                ),
            )
            return HttpResponseRedirect(history_url)
        if new is None or old is None or old.pk == new.pk:
            messages.info(request, gettext("Choose two different versions to compare."))
            return HttpResponseRedirect(history_url)
        if old.pk > new.pk:
            old, new = new, old
        return self._history_page(
            request,
            self.compare_template,
            obj,
            gettext("Compare versions: %s") % obj,
            old=old,
            new=new,
            changes=version_changes(old, new),
            row_groups=row_changes(old, new),
            history_url=history_url,
            old_restore_url=self._url("revision", quote(obj.pk), old.pk),
            new_restore_url=self._url("revision", quote(obj.pk), new.pk),
        )

    def _history_object(self, request, object_id):
        """The item whose history is asked for (None if there is none), if the
        user may see it."""
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def _history_page(self, request, template_name, obj, title, **context):
        opts = self.model._meta
        request.current_app = self.admin_site.name
        return TemplateResponse(
            request,
            template_name,
            {
                **self.admin_site.each_context(request),
                "title": title,
                "subtitle": None,
                "object": obj,
                "opts": opts,
                "module_name": str(opts.verbose_name_plural).capitalize(),
                "can_restore": self.has_change_permission(request, obj),
                **context,
            },
        )
