import hashlib
import logging
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.http import FileResponse, Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.urls import path
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.csp import CSP
from django.utils.decorators import method_decorator
from django.utils.http import content_disposition_header, http_date
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy
from django.views import View
from django.views.decorators.csp import csp_override
from django.views.generic.detail import SingleObjectMixin

from documents.files import document_languages, file_field_name, format_of_name
from documents.models import DownloadCounter
from editorial.views import AnyLanguageSlugMixin, PublishableViewMixin

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


@method_decorator(csp_override(FILE_CSP), name="dispatch")
class LanguageFileView(AnyLanguageSlugMixin, PublishableViewMixin, SingleObjectMixin, View):
    """Send one language's file of a LanguageFilesModel object.

    URL kwargs: the object's lookup (`slug` by default), `language` (the
    file's language, one of settings.MICIC_DOCUMENT_LANGUAGES, which may go
    beyond the site languages) and `action`: "preview"
    (inline, for formats browsers display) or "download" (attachment).
    Staff can fetch drafts' files; everyone else gets 404 for anything
    unpublished, for a language without a file, or for a file missing from
    storage. A GET of a public file is counted as it is sent; HEAD answers the
    same headers, no body, no count. Files are streamed, never kept by the
    page cache (which would serve them without counting).
    """

    http_method_names = ["get", "head", "options"]

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
        model = type(self.object)
        storage = model._meta.get_field(file_field_name(answer.language)).storage
        try:
            handle = storage.open(answer.storage_name, "rb")
        except OSError:
            logger.warning("Missing file %s [%s]", answer.storage_name, answer.language)
            raise Http404("File missing from storage") from None
        if answer.public:  # staff checking a draft are not visitors: not counted
            DownloadCounter.objects.record_for(
                ContentType.objects.get_for_model(model).pk,
                self.object.pk,
                language=answer.language,
                action=self.kwargs["action"],
            )
        return self._headers(FileResponse(handle, content_type=answer.mimetype), answer)

    def head(self, request, *args, **kwargs):
        if redirect_response := self.redirect_to_own_slug():
            return redirect_response
        answer = self.answer()
        response = HttpResponse(content_type=answer.mimetype)
        response["Content-Length"] = str(answer.size)
        return self._headers(response, answer)


class DocumentRedirectView(AnyLanguageSlugMixin, PublishableViewMixin, SingleObjectMixin, View):
    """A document's own address (/tools/<slug>/) leads to it on its parent's page."""

    http_method_names = ["get", "head", "options"]

    def get(self, request, *args, **kwargs):
        return redirect(self.get_object().get_absolute_url())


# The last word of a file address, in the page's language: /en/.../download/,
# /fr/.../telecharger/. The view receives the action ("download", "preview").
FILE_ACTION_WORDS = {
    "preview": pgettext_lazy("URL path word", "preview"),
    "download": pgettext_lazy("URL path word", "download"),
}


def document_paths(route, model, *, name, file_name):
    """The URL patterns of a Document: `route` (e.g. "<slug:slug>/" under a
    translated "tools/", a redirect to the document on its parent's page) and
    `route` followed by `<language>/<action word>/` (its files), one pattern
    per action, reversed with `action=` like one pattern. The language is
    checked against settings.MICIC_DOCUMENT_LANGUAGES by the view (anything
    else is a 404); a slug of another language redirects to the page
    language's (slugs are translated)."""
    queryset = model.objects.select_related(model.publication_parent)
    file_view = LanguageFileView.as_view(queryset=queryset)
    return [
        path(route, DocumentRedirectView.as_view(queryset=queryset), name=name),
        *(
            # Lazy, so that the translated action word follows the request.
            path(
                format_lazy("{}<slug:language>/{}/", route, word),
                file_view,
                {"action": action},
                name=file_name,
            )
            for action, word in FILE_ACTION_WORDS.items()
        ),
    ]
