"""The publication actions of every content list (publish, unpublish,
archive, confirm the French), each through its service in editorial.services."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from editorial.services import (
    content_archive,
    content_publish,
    content_unpublish,
    translation_confirm,
)


class PublicationActionsMixin:
    """Publish, unpublish, archive selected items (publishers) and confirm their
    French (editors); items a service refuses are reported one by one."""

    actions = [
        "publish_selected",
        "unpublish_selected",
        "archive_selected",
        "confirm_translation_selected",
    ]

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
