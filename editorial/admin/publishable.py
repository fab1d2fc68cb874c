"""PublishableAdmin, the admin base class of every content type, and the
editorial rules for content edited inline."""

import json
from functools import cache

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from editorial.admin.actions import PublicationActionsMixin
from editorial.admin.filters import PublicationFilter, TranslationOutdatedFilter
from editorial.admin.history import RevisionHistoryMixin
from editorial.forms import (
    EDITORIAL_FORM_FIELDS,
    PublishableAdminForm,
    PublishableInlineForm,
    with_editorial_rules,
)
from editorial.languages import missing_files, missing_translations, other_languages
from editorial.models import Publishable
from editorial.services import (
    PUBLISHER_STATUSES,
    translation_outdated_labels,
    user_can_publish,
)

PUBLICATION_FIELDS = ("status", "publish_at", "english_only")


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
