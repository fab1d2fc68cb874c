"""Changes to review: publishers see every editor's proposed change to
published content, compare it with the published version field by field and
language by language, preview it, and approve or send it back; editors see
their own (and what was sent back to them, with the comment)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from editorial.admin.dashboard import ReadOnlyAdmin
from editorial.admin.filters import ContentTypeFilter
from editorial.forms import publication_note_fields, publication_notes
from editorial.history import data_changes
from editorial.models import PendingChange
from editorial.review import item_serialize, pending_approve, pending_send_back
from editorial.services import user_can_publish


class ReviewForm(forms.Form):
    """Approve (with a public change note, or as a minor change) or send back."""

    reviewer_comment = forms.CharField(
        label=_("Comment for the editor"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
        help_text=_("Required to send the change back: say what to change."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(publication_note_fields())

    def clean(self):
        cleaned_data = super().clean()
        if "send_back" in self.data and not cleaned_data.get("reviewer_comment", "").strip():
            self.add_error(
                "reviewer_comment", _("Say what to change: the editor sees this comment.")
            )
        return cleaned_data


class MineFilter(admin.SimpleListFilter):
    title = _("whose")
    parameter_name = "mine"

    def lookups(self, request, model_admin):
        return [("sent_back", _("My changes sent back")), ("all", _("All my changes"))]

    def queryset(self, request, queryset):
        if self.value() == "sent_back":
            return queryset.filter(author=request.user, status=PendingChange.Status.SENT_BACK)
        if self.value() == "all":
            return queryset.filter(author=request.user)
        return queryset


class OpenFilter(admin.SimpleListFilter):
    """Open changes by default: the queue a publisher works through."""

    title = _("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("open", _("Open")), *PendingChange.Status.choices, ("any", _("Any"))]

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": (self.value() or "open") == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or "open"
        if value == "open":
            return queryset.open()
        if value in PendingChange.Status.values:
            return queryset.filter(status=value)
        return queryset


@admin.register(PendingChange)
class PendingChangeAdmin(ReadOnlyAdmin):
    list_display = ("item", "content_type", "author", "updated_at", "status")
    list_display_links = None
    list_filter = (OpenFilter, MineFilter, ContentTypeFilter)
    list_select_related = ("content_type", "author")
    search_fields = ("object_repr",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if user_can_publish(request.user):
            return queryset
        return queryset.filter(author=request.user)

    def get_urls(self):
        opts = self.model._meta
        return [
            *super().get_urls(),
            path(
                "<int:object_id>/",
                self.admin_site.admin_view(self.review_view),
                name=f"{opts.app_label}_{opts.model_name}_change",
            ),
        ]

    @admin.display(description=_("item"), ordering="object_repr")
    def item(self, change):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:editorial_pendingchange_change", args=[change.pk]),
            change.object_repr,
        )

    def review_view(self, request, object_id):
        if not self.has_view_permission(request):
            raise PermissionDenied
        change = get_object_or_404(self.get_queryset(request), pk=object_id)
        obj = change.live_object()
        can_review = user_can_publish(request.user) and change.is_open and obj is not None
        form = ReviewForm(request.POST if request.method == "POST" else None)
        if request.method == "POST":
            if not can_review:
                raise PermissionDenied
            if form.is_valid():
                return self._decide(request, change, form)
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Review: %(item)s") % {"item": change.object_repr},
            "subtitle": None,
            "opts": self.model._meta,
            "change": change,
            "obj": obj,
            "form": form,
            "can_review": can_review,
            "edit_url": _change_url(obj),
            "preview_links": _preview_links(obj, change) if obj is not None else [],
        }
        if obj is not None:
            live = item_serialize(obj=obj, children=change.data.get("children", ()))
            context["changes"], context["row_groups"] = data_changes(live, change.data)
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "editorial/admin/review.html", context)

    def _decide(self, request, change, form):
        if "send_back" in request.POST:
            pending_send_back(
                change=change, by=request.user, comment=form.cleaned_data["reviewer_comment"]
            )
            self.message_user(
                request,
                gettext("Sent back to %(author)s, who was notified.") % {"author": change.author},
                messages.SUCCESS,
            )
        else:
            obj = pending_approve(
                change=change,
                by=request.user,
                minor=form.cleaned_data["minor_change"],
                notes=publication_notes(form.cleaned_data),
            )
            if obj is None:
                self.message_user(
                    request, gettext("The item no longer exists: change discarded."), messages.ERROR
                )
            elif obj.is_scheduled:
                self.message_user(
                    request,
                    gettext("Approved: “%(item)s” goes live as scheduled, %(date)s.")
                    % {"item": obj, "date": obj.publication_state},
                    messages.SUCCESS,
                )
            else:
                self.message_user(
                    request,
                    gettext("Approved: “%(item)s” is live.") % {"item": obj},
                    messages.SUCCESS,
                )
        return HttpResponseRedirect(reverse("admin:editorial_pendingchange_changelist"))


def _change_url(obj):
    if obj is None:
        return None
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return None


def _preview_links(obj, change):
    """The public page with the change applied, in each language (staff only:
    see editorial.views.PublicVersionMixin)."""
    from django.conf import settings

    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = f"{obj.get_absolute_url()}?pending={change.pk}"
        links.append(
            {"url": url, "language": translation.get_language_info(code)["name_translated"]}
        )
    return links
