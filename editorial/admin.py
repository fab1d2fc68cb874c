"""
Admin building blocks shared by every content type, and the editorial admin
pages (translation dashboard, recent changes).

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

import json
from contextlib import nullcontext
from functools import cache

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connections, models, transaction
from django.db.models import Prefetch
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import formats, timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin, _RollBackRevisionView
from reversion.errors import RevertError
from reversion.models import Version
from reversion.revisions import set_comment
from reversion.utils import mute_signals

from editorial import dashboard
from editorial.forms import (
    EDITORIAL_FORM_FIELDS,
    PublishableAdminForm,
    PublishableInlineForm,
    TranslationFilterForm,
    with_editorial_rules,
)
from editorial.history import row_changes, version_changes
from editorial.languages import missing_files, missing_translations, other_languages
from editorial.models import ContentChange, Publishable, TranslationStatus, publishable_models
from editorial.services import (
    PUBLISHER_STATUSES,
    content_archive,
    content_publish,
    content_unpublish,
    revision_ensure_baseline,
    revision_revert,
    revision_snapshot,
    translation_confirm,
    translation_outdated_labels,
    user_can_publish,
)

PUBLICATION_FIELDS = ("status", "publish_at", "english_only")


class PublicationFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [("public", _("Public now")), ("scheduled", _("Scheduled"))]

    def queryset(self, request, queryset):
        if self.value() == "public":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.scheduled()
        return queryset


class TranslationOutdatedFilter(admin.SimpleListFilter):
    title = _("French translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [("outdated", _("Possibly outdated"))]

    def queryset(self, request, queryset):
        if self.value() == "outdated":
            return queryset.translation_outdated()
        return queryset


class PublishableInlineMixin:
    """The editorial rules for inline rows that are content themselves (a
    guideline's practices, a factsheet's tools)."""

    def get_formset(self, request, obj=None, **kwargs):
        kwargs["form"] = with_editorial_rules(
            kwargs.get("form", self.form), base=PublishableInlineForm
        )
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.can_publish = user_can_publish(request.user)
        return formset


@cache
def publishable_inline(inline_class):
    """`inline_class` with the editorial rules (made once per class)."""
    return type(
        inline_class.__name__,
        (PublishableInlineMixin, inline_class),
        {"__module__": inline_class.__module__},
    )


def preview_links(obj):
    """The object's public page in each site language (staff see drafts there)."""
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = obj.get_absolute_url()
        links.append(
            {
                "code": code,
                "url": url,
                "language": translation.get_language_info(code)["name_translated"],
            }
        )
    return links


class PublishableAdmin(VersionAdmin, TabbedTranslationAdmin):
    """Tabbed EN/FR editing with publication fields, roles, revisions and the
    French gate; see the module docstring. Subclasses add their own fields,
    inlines and columns as for any ModelAdmin; subclasses that declare
    `actions` should extend `PublishableAdmin.actions`."""

    form = PublishableAdminForm
    list_filter = ("status",)
    readonly_fields = ("created_at", "updated_at")
    save_on_top = True
    change_form_template = "editorial/admin/change_form.html"
    object_history_template = "editorial/admin/object_history.html"
    compare_template = "editorial/admin/compare.html"
    history_latest_first = True
    history_per_page = 50
    actions = [
        "publish_selected",
        "unpublish_selected",
        "archive_selected",
        "confirm_translation_selected",
    ]

    # Permissions ---------------------------------------------------------------

    def has_publish_permission(self, request):
        return user_can_publish(request.user)

    # Forms -----------------------------------------------------------------------

    def get_form(self, request, obj=None, **kwargs):
        kwargs["form"] = with_editorial_rules(kwargs.get("form", self.form))
        form = super().get_form(request, obj, **kwargs)
        form.can_publish = self.has_publish_permission(request)
        return form

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (
                name,
                {
                    **options,
                    "fields": [f for f in options["fields"] if f not in EDITORIAL_FORM_FIELDS],
                },
            )
            for name, options in super().get_fieldsets(request, obj)
        ]
        if obj is not None and obj.translation_outdated_since:
            fieldsets.append(
                (
                    _("French possibly outdated"),
                    {
                        "fields": ["translation_checked"],
                        "description": gettext(
                            "The English changed after the French on %(date)s, in: %(fields)s."
                        )
                        % {
                            "date": formats.date_format(
                                timezone.localtime(obj.translation_outdated_since),
                                "DATETIME_FORMAT",
                            ),
                            "fields": ", ".join(translation_outdated_labels(obj)),
                        },
                    },
                )
            )
        # The change comment is rendered after the inlines, next to the save
        # buttons (editorial/admin/change_form.html), not in a fieldset.
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        """Editors see the publication date, and a published or archived item's
        status, as text: only publishers change them (the form enforces it too)."""
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            locked = ["publish_at"]
            if obj is not None and obj.status in PUBLISHER_STATUSES:
                locked.append("status")
            fields += [name for name in locked if name not in fields]
        return fields

    def get_inlines(self, request, obj):
        return [
            publishable_inline(inline) if issubclass(inline.model, Publishable) else inline
            for inline in super().get_inlines(request, obj)
        ]

    def construct_change_message(self, request, form, formsets, add=False):
        """The editor's comment, followed by Django's summary of the changed fields."""
        message = super().construct_change_message(request, form, formsets, add)
        comment = (form.cleaned_data.get("change_comment") or "").strip()
        request._editorial_comment = comment
        if not comment:
            return message
        summary = LogEntry(change_message=json.dumps(message)).get_change_message()
        return f"{comment} ({summary})" if summary else comment

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.is_scheduled:
            self.message_user(
                request,
                gettext(
                    "“%(item)s” is scheduled: it appears on the public site by itself on %(date)s."
                )
                % {"item": obj, "date": obj.publication_state},
                messages.INFO,
            )
        elif obj.publish_at and obj.status != "published":
            self.message_user(
                request,
                gettext(
                    "“%(item)s” has a publication date but is not published: it will not "
                    "appear until a publisher sets its status to “Published”."
                )
                % {"item": obj},
                messages.WARNING,
            )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk and hasattr(obj, "get_absolute_url"):
            context["preview_links"] = preview_links(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    # List ----------------------------------------------------------------------

    def get_list_display(self, request):
        columns = []
        for name in super().get_list_display(request):
            columns.append("publication_status" if name == "status" else name)
            if name == "french_complete":
                columns.append("french_outdated")
        return columns

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), PublicationFilter, TranslationOutdatedFilter]

    @admin.display(description=_("status"), ordering="status")
    def publication_status(self, obj):
        return obj.publication_state

    @admin.display(description=_("French complete"), boolean=True)
    def french_complete(self, obj):
        """French text and files: everything that exists in English exists in French."""
        return not any(
            missing_translations(obj, code) or missing_files(obj, code)
            for code in other_languages()
        )

    @admin.display(description=_("French to check"))
    def french_outdated(self, obj):
        return ", ".join(translation_outdated_labels(obj))

    # Actions -------------------------------------------------------------------

    def _apply(self, request, queryset, service, done_message):
        done = 0
        for obj in queryset:
            try:
                service(obj=obj, by=request.user)
            except (ValidationError, PermissionDenied) as error:
                text = " ".join(getattr(error, "messages", [str(error)]))
                self.message_user(request, f"{obj}: {text}", messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(request, done_message(done) % {"count": done}, messages.SUCCESS)

    @admin.action(description=_("Publish selected items"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._apply(
            request,
            queryset,
            content_publish,
            lambda n: ngettext("%(count)d item published.", "%(count)d items published.", n),
        )

    @admin.action(
        description=_("Unpublish selected items (back to draft)"), permissions=["publish"]
    )
    def unpublish_selected(self, request, queryset):
        self._apply(
            request,
            queryset,
            content_unpublish,
            lambda n: ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", n),
        )

    @admin.action(description=_("Archive selected items"), permissions=["publish"])
    def archive_selected(self, request, queryset):
        self._apply(
            request,
            queryset,
            content_archive,
            lambda n: ngettext("%(count)d item archived.", "%(count)d items archived.", n),
        )

    @admin.action(description=_("Confirm the French is up to date"), permissions=["change"])
    def confirm_translation_selected(self, request, queryset):
        self._apply(
            request,
            queryset.translation_outdated(),
            translation_confirm,
            lambda n: ngettext(
                "French confirmed up to date for %(count)d item.",
                "French confirmed up to date for %(count)d items.",
                n,
            ),
        )

    # Revisions -----------------------------------------------------------------

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
        """The relations of the inline rows saved with each revision."""
        accessors = []
        for inline in self.inlines:
            _model, accessor = self._reversion_introspect_inline_admin(inline)
            if accessor:
                accessors.append(accessor)
        return accessors

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        """django-reversion's restore/recover form, with the editorial rules:
        see editorial.services.revision_revert for what a restore keeps."""
        if not connections[version.db].features.uses_savepoints:
            raise ImproperlyConfigured("Restoring revisions needs a database with savepoints.")
        user = request.user
        signals = (
            mute_signals(pre_save, post_save, pre_delete, post_delete, m2m_changed)
            if request.method == "GET"
            else nullcontext()
        )
        try:
            with transaction.atomic(using=version.db), signals:
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
                with self.create_revision(request):
                    response = self.changeform_view(
                        request, quote(version.object_id), request.path, extra_context
                    )
                    if request.method == "POST" and response.status_code == 302:
                        restored = gettext("Restored the version of %(date)s.") % {
                            "date": formats.date_format(
                                timezone.localtime(version.revision.date_created),
                                "DATETIME_FORMAT",
                            )
                        }
                        comment = getattr(request, "_editorial_comment", "")
                        set_comment(f"{restored} {comment}".strip())
                    elif response.status_code == 200:
                        response.template_name = template_name
                        response.render()
                        raise _RollBackRevisionView(response)
                    else:
                        raise RevertError(gettext("This version could not be loaded."))
        except (RevertError, models.ProtectedError) as error:
            messages.error(request, str(error))
            opts = self.model._meta
            return redirect(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")
        except _RollBackRevisionView as rollback:
            return rollback.response
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
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        versions = self._reversion_order_version_queryset(request, versions)
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
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Change history: %s") % obj,
            "subtitle": None,
            "object": obj,
            "opts": opts,
            "module_name": str(opts.verbose_name_plural).capitalize(),
            "page_obj": page,
            "versions": rows,
            "compare_url": self._url("compare", quote(obj.pk)),
            "can_restore": self.has_change_permission(request, obj),
            "preserved_filters": self.get_preserved_filters(request),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_template, context)

    def compare_view(self, request, object_id):
        """Two versions of the item side by side, field by field, with its inline rows.

        `?new=<version>` compares it with the version before; `&old=<version>`
        picks the other one. Anything else returns to the history.
        """
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
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
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Compare versions: %s") % obj,
            "subtitle": None,
            "object": obj,
            "opts": opts,
            "module_name": str(opts.verbose_name_plural).capitalize(),
            "old": old,
            "new": new,
            "changes": version_changes(old, new),
            "row_groups": row_changes(old, new),
            "history_url": history_url,
            "can_restore": self.has_change_permission(request, obj),
            "old_restore_url": self._url("revision", quote(obj.pk), old.pk),
            "new_restore_url": self._url("revision", quote(obj.pk), new.pk),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.compare_template, context)


# The editorial pages of the admin ---------------------------------------------


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(TranslationStatus)
class TranslationStatusAdmin(ReadOnlyAdmin):
    """The translation dashboard: French completeness of every content type."""

    per_type = 10
    per_page = 50

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "",
                self.admin_site.admin_view(self.changelist_view),
                name=f"{opts.app_label}_{opts.model_name}_changelist",
            )
        ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        models_ = dashboard.content_models()
        form = TranslationFilterForm(request.GET or None, models=models_)
        selected_key = form.value("type")
        problem = form.value("problem") or None
        status = form.value("status") or None
        language = other_languages()[0]
        summaries = [dashboard.type_summary(model, language, status) for model in models_]
        sections = []
        for summary in summaries:
            if selected_key and summary.key != selected_key:
                continue
            queryset = dashboard.issues(summary.model, language, problem=problem, status=status)
            if selected_key:
                page = Paginator(queryset, self.per_page).get_page(request.GET.get("p"))
                objects, total = list(page.object_list), page.paginator.count
            else:
                page = None
                objects = list(queryset[: self.per_type + 1])
                total = None
            more = not selected_key and len(objects) > self.per_type
            sections.append(
                {
                    "summary": summary,
                    "issues": dashboard.describe(
                        objects[: self.per_type] if more else objects, language
                    ),
                    "page_obj": page,
                    "total": total,
                    "more": more,
                    "more_query": _query(request.GET, type=summary.key),
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "title": _("French translation"),
            "subtitle": None,
            "opts": self.model._meta,
            "form": form,
            "summaries": summaries,
            "sections": sections,
            "language": translation.get_language_info(language),
            "page_query": _query(request.GET, p=None),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "editorial/admin/translation_dashboard.html", context)


def _query(params, **changes):
    query = params.copy()
    for key, value in changes.items():
        query.pop(key, None)
        if value is not None:
            query[key] = value
    return query.urlencode()


class ContentTypeFilter(admin.SimpleListFilter):
    title = _("content type")
    parameter_name = "type"

    def lookups(self, request, model_admin):
        return [
            (
                ContentType.objects.get_for_model(model).pk,
                str(model._meta.verbose_name_plural).capitalize(),
            )
            for model in dashboard.content_models()
        ]

    def queryset(self, request, queryset):
        if self.value() and str(self.value()).isdigit():
            return queryset.filter(version__content_type_id=int(self.value())).distinct()
        return queryset


@admin.register(ContentChange)
class ContentChangeAdmin(ReadOnlyAdmin):
    """Recent changes across all content: who changed what, and when."""

    list_display = ("date_created", "user", "comment_display", "items")
    list_display_links = None
    list_filter = (ContentTypeFilter, ("user", admin.RelatedOnlyFieldListFilter))
    date_hierarchy = "date_created"
    search_fields = ("comment", "version__object_repr")
    list_select_related = ("user",)
    list_per_page = 50

    def get_queryset(self, request):
        versions = Version.objects.select_related("content_type").order_by("pk")
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("version_set", queryset=versions))
        )

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "",
                self.admin_site.admin_view(self.changelist_view),
                name=f"{opts.app_label}_{opts.model_name}_changelist",
            )
        ]

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(
            request, {"title": _("Recent changes"), **(extra_context or {})}
        )

    @admin.display(description=_("comment"))
    def comment_display(self, revision):
        return revision.get_comment()

    @admin.display(description=_("changed"))
    def items(self, revision):
        """The item saved (linked to its form and to what changed), and how
        many rows were saved with it."""
        versions = list(revision.version_set.all())
        if not versions:
            return "—"
        main, others = versions[0], len(versions) - 1
        model = main.content_type.model_class()
        links = [format_html("{} <em>({})</em>", main.object_repr, _verbose_name(model))]
        if model is not None:
            opts = model._meta
            try:
                change_url = reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(main.object_id)]
                )
                compare_url = reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_compare",
                    args=[quote(main.object_id)],
                )
            except NoReverseMatch:
                change_url = compare_url = None
            if change_url:
                links = [
                    format_html(
                        '<a href="{}">{}</a> <em>({})</em> · <a href="{}?new={}">{}</a>',
                        change_url,
                        main.object_repr,
                        _verbose_name(model),
                        compare_url,
                        main.pk,
                        gettext("what changed"),
                    )
                ]
        if others:
            links.append(
                ngettext(
                    "and %(count)d row saved with it", "and %(count)d rows saved with it", others
                )
                % {"count": others}
            )
        return format_html_join(" ", "{}", ((link,) for link in links))


def _verbose_name(model):
    return model._meta.verbose_name if model is not None else gettext("deleted type")


__all__ = [
    "PUBLICATION_FIELDS",
    "PublishableAdmin",
    "publishable_models",
]
