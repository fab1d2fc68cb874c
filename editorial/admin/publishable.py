"""PublishableAdmin, the admin base class of every content type, and the
editorial rules for content edited inline."""

import json
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import quote, unquote
from django.db import router, transaction
from django.http import HttpResponseRedirect
from django.utils import formats, timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from editorial.admin.actions import PublicationActionsMixin
from editorial.admin.filters import PublicationFilter, TranslationOutdatedFilter
from editorial.admin.history import FormRolledBack, RevisionHistoryMixin
from editorial.forms import (
    EDITORIAL_FORM_FIELDS,
    PUBLIC_NOTE_FIELDS,
    PublishableAdminForm,
    PublishableInlineForm,
    publication_notes,
    with_editorial_rules,
)
from editorial.languages import missing_files, missing_translations, other_languages
from editorial.models import PendingChange, Publishable, Status
from editorial.review import (
    item_apply,
    item_serialize,
    pending_discard_for,
    pending_submit,
    public_since,
    review_needed,
    version_date_display,
    version_record,
)
from editorial.services import (
    PUBLISHER_STATUSES,
    translation_outdated_labels,
    user_can_publish,
)

PUBLICATION_FIELDS = ("status", "publish_at", "english_only")


@dataclass
class ProposedChange:
    """An editor's save of a published item in progress (see
    PublishableAdmin.propose_change)."""

    change: PendingChange | None
    created: set = field(default_factory=set)
    data: dict | None = None
    comment: str = ""


@dataclass
class Publication:
    """A publisher's save that puts (a new version of) an item live."""

    obj: object
    minor: bool
    notes: dict


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


class PublishableAdmin(PublicationActionsMixin, RevisionHistoryMixin, TabbedTranslationAdmin):
    """Tabbed EN/FR editing with publication fields, roles, revisions and the
    French gate; see the module docstring. Subclasses add their own fields,
    inlines and columns as for any ModelAdmin; subclasses that declare
    `actions` should extend `PublishableAdmin.actions`."""

    form = PublishableAdminForm
    list_filter = ("status",)
    readonly_fields = ("created_at", "updated_at")
    save_on_top = True
    change_form_template = "editorial/admin/change_form.html"

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

    # Editors' changes to published items wait for review --------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if (
            obj is not None
            and review_needed(obj=obj, user=request.user)
            and self.has_change_permission(request, obj)
        ):
            return self.proposed_change_view(request, object_id, obj, form_url, extra_context)
        response = super().change_view(request, object_id, form_url, extra_context)
        self._record_publication(request)
        return response

    def add_view(self, request, form_url="", extra_context=None):
        response = super().add_view(request, form_url, extra_context)
        self._record_publication(request)
        return response

    def proposed_change_view(self, request, object_id, obj, form_url="", extra_context=None):
        """The change form of a published item for an editor: it shows the item
        with their open change (if any), and saving keeps the result as that
        change instead of writing the item (propose_change)."""
        context = {
            "proposed_change": PendingChange.objects.open().for_object(obj).first(),
            "public_since": version_date_display(public_since(obj)),
            **(extra_context or {}),
        }

        def change_form(proposal):
            # The open change is applied so the form (inline rows included) shows it.
            if proposal.change is not None:
                proposal.created |= item_apply(proposal.change.data)[1]
            return super(VersionAdmin, self).change_view(request, object_id, form_url, context)

        return self.propose_change(request, obj, change_form)

    def restore_response(self, request, version, template_name, extra_context=None):
        """An editor's restore of a published item is a change like their
        edits: the restored version becomes the item's change waiting for
        review (replacing their open one); the public keeps the published
        version."""
        obj = self.model._base_manager.filter(pk=version.object_id).first()
        if obj is None or not review_needed(obj=obj, user=request.user):
            return super().restore_response(request, version, template_name, extra_context)
        context = {"public_since": version_date_display(public_since(obj)), **(extra_context or {})}

        def restore_form(proposal):
            self.restore_revert(request, version)
            return self.restore_form(request, version, template_name, context)

        return self.propose_change(request, obj, restore_form)

    def propose_change(self, request, obj, form_view):
        """Run `form_view(proposal)`, the change form of `obj` (shown, or saved
        by Django's own form handling), and keep what a save wrote as the
        open change of `obj`, with the editor's notice.

        It runs in a transaction that is rolled back: save_related serializes
        the saved item, and every write is undone. No revision is made
        (VersionAdmin's revision block is skipped): the item did not change.
        """
        proposal = ProposedChange(change=PendingChange.objects.open().for_object(obj).first())
        request._editorial_proposal = proposal
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                response = form_view(proposal)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                raise FormRolledBack(response)
        except FormRolledBack as rolled_back:
            response = rolled_back.response
        if proposal.data is not None:
            pending_submit(obj=obj, data=proposal.data, by=request.user, comment=proposal.comment)
            self.message_user(
                request,
                gettext(
                    "Your changes are waiting for review; the public still sees the "
                    "version of %(date)s."
                )
                % {"date": version_date_display(public_since(obj))},
                messages.WARNING,
            )
        return response

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        proposal = getattr(request, "_editorial_proposal", None)
        if proposal is not None:
            new_rows = {
                (row._meta.label_lower, str(row.pk))
                for formset in formsets
                for row in getattr(formset, "new_objects", ())
            }
            proposal.data = item_serialize(
                obj=form.instance,
                children=self.child_accessors(),
                new_rows=proposal.created | new_rows,
            )
            proposal.comment = (form.cleaned_data.get("change_comment") or "").strip()
        elif form.instance.status == Status.PUBLISHED and (
            form.has_changed()
            or any(formset.has_changed() for formset in formsets)
            or "status" in form.changed_data
        ):
            # Recorded once the revision is saved (_record_publication).
            request._editorial_publication = Publication(
                obj=form.instance,
                minor=bool(form.cleaned_data.get("minor_change")),
                notes=publication_notes(form.cleaned_data),
            )

    def _record_publication(self, request):
        publication = getattr(request, "_editorial_publication", None)
        if publication is not None:
            del request._editorial_publication
            version_record(
                obj=publication.obj,
                by=request.user,
                minor=publication.minor,
                notes=publication.notes,
            )

    def response_change(self, request, obj):
        if getattr(request, "_editorial_proposal", None) is not None:
            # The message is given once the change is kept (propose_change).
            # Back to the change form (also after a restore), which shows the change.
            return HttpResponseRedirect(self._url("change", quote(obj.pk)))
        return super().response_change(request, obj)

    def delete_model(self, request, obj):
        self._discard_proposal(request, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self._discard_proposal(request, obj)
        super().delete_queryset(request, queryset)

    def _discard_proposal(self, request, obj):
        if note := pending_discard_for(obj=obj, by=request.user, reason=gettext("Deleted.")):
            self.message_user(request, f"{obj}: {note}", messages.WARNING)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if getattr(request, "_editorial_proposal", None) is not None:
            return
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
        form = context["adminform"].form
        if obj is not None and obj.pk and hasattr(obj, "get_absolute_url"):
            context["preview_links"] = preview_links(obj)
            # After a refused save the form's instance holds what was asked
            # for (e.g. "Published"): the header shows what is stored.
            context["stored_state"] = (
                self.model._base_manager.filter(pk=obj.pk).first() if form.errors else obj
            )
            if self.has_publish_permission(request):
                context["proposed_change"] = PendingChange.objects.open().for_object(obj).first()
            context["sent_back"] = (
                PendingChange.objects.for_object(obj)
                .filter(status=PendingChange.Status.SENT_BACK)
                .first()
            )
        context["editorial_fields"] = [
            form[name]
            for name in ("change_comment", "minor_change", *PUBLIC_NOTE_FIELDS)
            if name in form.fields
        ]
        context["publication_errors"] = [
            *form.non_field_errors(),
            *(form.errors.get("status") or []),
        ]
        return super().render_change_form(request, context, add, change, form_url, obj)

    # List ----------------------------------------------------------------------

    def get_list_display(self, request):
        columns = []
        has_titles = hasattr(self.model, f"title_{settings.LANGUAGE_CODE}")
        for name in super().get_list_display(request):
            if name == "title" and has_titles:
                name = "title_any_language"
            columns.append("publication_status" if name == "status" else name)
            if name == "french_complete":
                columns.append("french_outdated")
        return columns

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), PublicationFilter, TranslationOutdatedFilter]

    def get_list_display_links(self, request, list_display):
        links = super().get_list_display_links(request, list_display)
        if links and "title" in links and "title_any_language" in list_display:
            return ["title_any_language" if name == "title" else name for name in links]
        return links

    @admin.display(description=_("title"), ordering="title")
    def title_any_language(self, obj):
        """The title in the admin's language, else in another one, marked (a
        practice shared in French only has no English title)."""
        current = translation.get_language()
        codes = [current, *(code for code, _name in settings.LANGUAGES if code != current)]
        for code in codes:
            if value := getattr(obj, f"title_{code}", ""):
                if code == current:
                    return value
                return format_html('<span lang="{}">{}</span> ({})', code, value, code.upper())
        return str(obj)

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
