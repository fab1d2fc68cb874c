import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.csp import CSP
from django.utils.decorators import method_decorator
from django.utils.http import content_disposition_header, http_date
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views import View
from django.views.decorators.csp import csp_override
from django.views.generic import DetailView, ListView
from django.views.generic.detail import SingleObjectMixin

from editorial.views import PublishableViewMixin
from factsheets.files import document_languages, file_field_name, format_of_name
from factsheets.forms import FactsheetFilterForm
from factsheets.models import Factsheet, Tool, count_file_request, slug_in_any_language_q
from guidelines.models import Guideline
from pages.middleware import on_cache_hit
from pages.views import BreadcrumbsMixin, Crumb

logger = logging.getLogger(__name__)

# A file response loads nothing and must never be framed: the tightest policy
# there is. Chromium's PDF viewer renders inline previews under it (checked in
# tests/browser/test_factsheets.py); the site-wide policy is made for HTML.
FILE_CSP = {
    "default-src": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.NONE],
}


def get_by_slug_or_404(queryset, slug):
    """The object whose slug in any site language is `slug` (the first made,
    should two share it), so an address keeps working in the other language."""
    obj = queryset.filter(slug_in_any_language_q(slug)).order_by("pk").first()
    if obj is None:
        raise Http404(f"No such {queryset.model._meta.verbose_name}")
    return obj


@dataclass(frozen=True)
class FileAnswer:
    """Everything a file request is answered with except the bytes."""

    storage_name: str
    mimetype: str
    etag: str
    modified: float
    size: int
    disposition: str
    language: str
    public: bool
    # The DownloadCounter row's identity: (content type id, object id).
    counter: tuple[int, int]


@method_decorator(csp_override(FILE_CSP), name="dispatch")
class LanguageFileView(PublishableViewMixin, SingleObjectMixin, View):
    """Send one language's file of a LanguageFilesModel object.

    URL kwargs: the object's lookup (`slug` by default), `language` (the
    file's language, one of settings.MICIC_DOCUMENT_LANGUAGES, which may go
    beyond the site languages) and `action`: "preview"
    (inline, for formats browsers display) or "download" (attachment).
    Staff can fetch drafts' files; everyone else gets 404 for anything
    unpublished, for a language without a file, or for a file missing from
    storage. GET counts the request; HEAD answers the same headers, no body,
    no count.

    With the page cache on, a public file up to settings.MICIC_PAGE_CACHE_MAX_FILE_BYTES
    is sent whole rather than streamed, so the page cache keeps it like a
    page and counts each download it serves (pages.middleware.on_cache_hit).
    """

    http_method_names = ["get", "head", "options"]

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        return get_by_slug_or_404(queryset, self.kwargs["slug"])

    def redirect_to_own_slug(self):
        """Set self.object; a 301 to its address if the URL has another language's slug
        (e.g. an address from before slugs were translated), else None."""
        self.object = self.get_object()
        if self.object.slug == self.kwargs["slug"]:
            return None
        url = self.object.get_file_url(self.kwargs["language"], self.kwargs["action"])
        return HttpResponsePermanentRedirect(url)

    def answer(self):
        language = self.kwargs["language"]
        if language not in document_languages():
            raise Http404("Unknown language")
        obj = self.object
        field_file = obj.file_in(language)
        fmt = format_of_name(field_file.name) if field_file else None
        if fmt is None:
            raise Http404("No file in this language")
        storage, name = field_file.storage, field_file.name
        try:
            modified = storage.get_modified_time(name).timestamp()
            size = storage.size(name)
        except OSError:
            raise Http404("File missing from storage") from None
        # A replaced file has a new storage name (and time), so a revisit
        # after a replacement gets it.
        digest = hashlib.sha256(f"{name}:{size}:{modified}".encode()).hexdigest()
        inline = self.kwargs["action"] == "preview" and fmt.previewable
        return FileAnswer(
            storage_name=name,
            mimetype=fmt.mimetype,
            etag=f'"{digest[:32]}"',
            modified=modified,
            size=size,
            disposition=content_disposition_header(not inline, obj.download_filename(language)),
            language=language,
            public=obj.is_public,
            counter=(ContentType.objects.get_for_model(obj).pk, obj.pk),
        )

    @staticmethod
    def _headers(response, answer):
        response["ETag"] = answer.etag
        response["Last-Modified"] = http_date(answer.modified)
        response["Content-Disposition"] = answer.disposition
        response["X-Content-Type-Options"] = "nosniff"
        # The file's language, not the page prefix's (LocaleMiddleware only
        # sets this header when the view has not).
        response["Content-Language"] = answer.language
        if answer.public:
            patch_cache_control(response, public=True, max_age=600)
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response

    def get(self, request, *args, **kwargs):
        if redirect_response := self.redirect_to_own_slug():
            return redirect_response
        answer = self.answer()
        not_modified = get_conditional_response(
            request, etag=answer.etag, last_modified=int(answer.modified)
        )
        if not_modified is not None:
            # A revisit of an unchanged file: 304, nothing sent and nothing counted.
            return self._headers(not_modified, answer)
        model = self.model or self.queryset.model
        storage = model._meta.get_field(file_field_name(answer.language)).storage
        try:
            handle = storage.open(answer.storage_name, "rb")
        except OSError:
            logger.warning("Missing file %s [%s]", answer.storage_name, answer.language)
            raise Http404("File missing from storage") from None
        action = self.kwargs["action"]
        if not answer.public:  # staff checking a draft are not visitors: not counted
            return self._headers(FileResponse(handle, content_type=answer.mimetype), answer)
        count = (*answer.counter, answer.language, action)
        if settings.MICIC_PAGE_CACHE and answer.size <= settings.MICIC_PAGE_CACHE_MAX_FILE_BYTES:
            with handle:
                response = HttpResponse(handle.read(), content_type=answer.mimetype)
            on_cache_hit(response, "factsheets.models.count_file_request", *count)
        else:
            response = FileResponse(handle, content_type=answer.mimetype)
        count_file_request(*count)
        return self._headers(response, answer)

    def head(self, request, *args, **kwargs):
        if redirect_response := self.redirect_to_own_slug():
            return redirect_response
        answer = self.answer()
        response = HttpResponse(content_type=answer.mimetype)
        response["Content-Length"] = str(answer.size)
        return self._headers(response, answer)


# The last word of a file address, in the page's language: /en/.../download/,
# /fr/.../telecharger/. The view receives the action ("download", "preview").
FILE_ACTION_WORDS = {
    "preview": pgettext_lazy("URL path word", "preview"),
    "download": pgettext_lazy("URL path word", "download"),
}


def language_file_path(route, view, name):
    """The URL patterns of a LanguageFileView: `route` followed by
    `<language>/<action word>/`, one pattern per action (reversed with
    `action=` like one pattern). The language is checked against
    settings.MICIC_DOCUMENT_LANGUAGES by the view (anything else is a 404)."""
    return [
        path(format_lazy("{}<slug:language>/{}/", route, word), view, {"action": action}, name=name)
        for action, word in FILE_ACTION_WORDS.items()
    ]


class ToolFileView(LanguageFileView):
    queryset = Tool.objects.select_related("factsheet")


def tool_redirect(request, slug):
    """/tools/<slug>/ leads to the tool on its factsheet's page."""
    tool = get_by_slug_or_404(
        Tool.objects.visible_to(request.user).select_related("factsheet"), slug
    )
    return redirect(tool.get_absolute_url())


class FactsheetListView(BreadcrumbsMixin, ListView):
    """Published factsheets, newest first, with facets that work without JavaScript."""

    model = Factsheet
    paginate_by = 10
    breadcrumbs = [Crumb(_("Factsheets and tools"))]

    def get_queryset(self):
        published = Factsheet.objects.published()
        self.years = [day.year for day in published.dates("published_on", "year", order="DESC")]
        self.filter_form = FactsheetFilterForm(self.request.GET or None, years=self.years)
        return self.filter_form.filter(published).prefetch_related(
            Prefetch("tools", queryset=Tool.objects.published(), to_attr="public_tools")
        )

    def paginate_queryset(self, queryset, page_size):
        """A page number out of range or not a number shows the nearest page, not a 404."""
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        form = self.filter_form
        active_filters = form.filters()
        return super().get_context_data(
            # Shown unbound with the filters that applied: a dropped value is
            # simply not selected, with one notice instead of field errors.
            filter_form=FactsheetFilterForm(initial=active_filters, years=self.years),
            active_filters=active_filters,
            ignored_filters=form.is_bound and bool(form.errors),
            **kwargs,
        )


class TranslatedSlugMixin:
    """A DetailView of an object whose slug is translated: found by its slug in
    any language, then the visitor is sent to the page language's own slug."""

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        return get_by_slug_or_404(queryset, self.kwargs["slug"])

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.slug != kwargs["slug"]:
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


class FactsheetDetailView(TranslatedSlugMixin, PublishableViewMixin, BreadcrumbsMixin, DetailView):
    model = Factsheet

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                Prefetch(
                    "tools",
                    queryset=Tool.objects.visible_to(self.request.user),
                    to_attr="public_tools",
                ),
                Prefetch(
                    "related_guidelines",
                    queryset=Guideline.objects.published().order_by("number"),
                    to_attr="public_guidelines",
                ),
            )
        )

    def get_breadcrumbs(self):
        return [
            Crumb(_("Factsheets and tools"), reverse("factsheets:list")),
            Crumb(self.object.title),
        ]
