"""The editorial pages of the admin: the French translation dashboard and
the recent changes to all content."""

from django.contrib import admin
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from editorial import dashboard
from editorial.admin.filters import ContentTypeFilter
from editorial.forms import (
    TranslationFilterForm,
)
from editorial.languages import other_languages
from editorial.models import ContentChange, PendingChange, TranslationStatus


class ReadOnlyAdmin(admin.ModelAdmin):
    """An admin page that lists and changes nothing: one page, its changelist."""

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "",
                self.admin_site.admin_view(self.changelist_view),
                name=f"{opts.app_label}_{opts.model_name}_changelist",
            )
        ]

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
            "pending_changes": PendingChange.objects.open().count(),
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
