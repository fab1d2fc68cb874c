"""
The offline pack: the public site in one language as static HTML in a ZIP,
which opens from a USB stick or a phone's files app with no server.

Pages are rendered by Django's test client as an anonymous visitor of
settings.MICIC_SITE_URL (the real middleware, templates and publication
rules: only what the public sees), starting from the sitemap and the
documents page and following the links they hold within the language.
Every internal link is rewritten to a relative file path: pages become
`<path>/index.html`, static files and documents (tool sheets, consultation
documents, the handbook) are copied in. Forms (search, filters, the share
form, the kit builder) are replaced by a note that they need a connection,
and a link to anything not in the pack leads to a page that says so and
gives the online address.
"""

import hashlib
import io
import posixpath
import re
import zipfile
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.http import Http404
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.html import escape

from documents.views import LanguageFileView
from handbook import builders
from handbook.models import Kind
from pages.sitemaps import sitemaps

MAX_PAGES = 5000
OFFLINE_PAGE = "offline.html"
_ATTRIBUTE = re.compile(r'\b(href|src|content)="([^"]*)"')
_FORM = re.compile(r"<form\b.*?</form>", re.DOTALL)
_JSON_LD = re.compile(r'<script type="application/ld\+json">.*?</script>', re.DOTALL)
_FILENAME = re.compile(r'filename="?([^";]+)"?')
_PAGE_QUERY = re.compile(r"^page=(\d+)$")


def pack_filename(language):
    return f"micic-offline-{language}.zip"


def start_paths(language):
    """The sitemap's pages in `language`, the documents page and the guidelines overview."""
    paths = []
    with translation.override(language):
        for sitemap_class in sitemaps.values():
            sitemap = sitemap_class()
            for item in sitemap.items():
                paths.append(sitemap.location(item))
        paths += [reverse("handbook:documents"), reverse("guidelines:overview")]
    return paths


class PackBuilder:
    def __init__(self, language):
        self.language = language
        site = urlsplit(settings.MICIC_SITE_URL)
        self.origin = f"{site.scheme}://{site.netloc}"
        self.client = Client(
            HTTP_HOST=site.netloc, secure=site.scheme == "https", raise_request_exception=False
        )
        self.prefix = f"/{language}/"
        self.files = {}  # path in the ZIP -> bytes
        self.targets = {}  # URL (path and query) -> path in the ZIP, or None (not in the pack)
        self.queue = []
        self.digests = {}  # sha256 of a copied document -> its path in the ZIP

    # Where each URL goes -------------------------------------------------

    def page_file(self, path, query=""):
        name = path.lstrip("/")
        if not name.endswith("/"):
            name += "/"
        if match := _PAGE_QUERY.match(query):
            return f"{name}page-{match[1]}.html"
        return f"{name}index.html"

    def target(self, url):
        """The ZIP path a site URL becomes (fetching it the first time), or
        None when the pack cannot hold it."""
        parts = urlsplit(url)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        if key in self.targets:
            return self.targets[key]
        self.targets[key] = None
        if parts.path.startswith(settings.STATIC_URL):
            self.targets[key] = self.copy_static(unquote(parts.path[len(settings.STATIC_URL) :]))
        elif parts.path.startswith(self.prefix) and (
            not parts.query or _PAGE_QUERY.match(parts.query)
        ):
            self.targets[key] = self.fetch(parts.path, parts.query)
        return self.targets[key]

    def fetch(self, path, query):
        """Render a page (queued for link rewriting) or copy a document."""
        try:
            match = resolve(path)
        except Resolver404:
            return None
        view_class = getattr(match.func, "view_class", None)
        if view_class is not None and issubclass(view_class, LanguageFileView):
            return self.copy_document(match)
        if match.namespace == "handbook" and match.url_name == "download":
            return self.copy_built(match.kwargs)
        if match.namespace == "handbook" and match.url_name == "guideline_pdf":
            key = str(match.kwargs["number"])
            return self.copy_built({"kind": Kind.GUIDELINE, "language": self.language, "key": key})
        if len(self.queue) >= MAX_PAGES:
            return None
        response = self.client.get(path, query or {}, headers={"accept-language": self.language})
        if response.status_code in (301, 302) and response["Location"].startswith("/"):
            return self.target(response["Location"])
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            return None
        name = self.page_file(path, query)
        self.queue.append((name, response.content.decode()))
        return name

    def copy_static(self, name):
        try:
            with staticfiles_storage.open(name) as handle:
                content = handle.read()
        except (OSError, ValueError):
            found = finders.find(name)
            if not found:
                return None
            with open(found, "rb") as handle:
                content = handle.read()
        path = f"static/{name}"
        self.files[path] = content
        return path

    def add_document(self, filename, content):
        digest = hashlib.sha256(content).hexdigest()
        if digest not in self.digests:
            path = f"files/{filename}"
            if path in self.files:
                path = f"files/{digest[:8]}-{filename}"
            self.files[path] = content
            self.digests[digest] = path
        return self.digests[digest]

    def copy_document(self, match):
        """A tool sheet or consultation document, read from storage (a request
        to its download view would count a download nobody made)."""
        request = RequestFactory().get(match.route)
        request.user = AnonymousUser()
        view = match.func.view_class(**match.func.view_initkwargs)
        view.setup(request, *match.args, **match.kwargs)
        try:
            # The view's get() looks the document up (any language's slug) first.
            view.object = view.get_object()
            answer = view.answer()
            with default_storage.open(answer.storage_name, "rb") as handle:
                content = handle.read()
        except (Http404, OSError):
            return None
        filename = _FILENAME.search(answer.disposition)
        return self.add_document(
            filename[1] if filename else posixpath.basename(answer.storage_name), content
        )

    def copy_built(self, kwargs):
        """A built PDF (the handbook, a phase, a guideline); never a pack or a kit."""
        from handbook.models import BuiltDocument

        if kwargs["kind"] not in (Kind.HANDBOOK, Kind.PHASE, Kind.GUIDELINE):
            return None
        document = BuiltDocument.objects.newest(
            kwargs["kind"], kwargs["language"], kwargs.get("key", "")
        )
        if document is None:
            return None
        with document.file.open("rb") as handle:
            return self.add_document(posixpath.basename(document.file.name), handle.read())

    # Rewriting -----------------------------------------------------------

    def relative(self, page, url):
        if url.startswith("#") or url.startswith(("mailto:", "tel:", "data:")):
            return url
        if url.startswith(self.origin):
            url = url[len(self.origin) :] or "/"
        elif not url.startswith("/") or url.startswith("//"):
            return url  # another site: left as it is
        fragment = ""
        if "#" in url:
            url, fragment = url.split("#", 1)
            fragment = f"#{fragment}"
        target = self.target(url) or OFFLINE_PAGE
        if target == page and fragment:
            return fragment
        return posixpath.relpath(target, posixpath.dirname(page) or ".") + fragment

    def rewrite(self, page, html):
        note = render_to_string("handbook/offline_form_note.html", {"language": self.language})
        html = _JSON_LD.sub("", _FORM.sub(note, html))

        def replace(match):
            attribute, value = match[1], match[2].replace("&amp;", "&")
            if attribute == "content" and not value.startswith(self.origin):
                return match[0]
            return f'{attribute}="{escape(self.relative(page, value))}"'

        return _ATTRIBUTE.sub(replace, html)

    # Building ------------------------------------------------------------

    def build(self):
        with translation.override(self.language):
            for path in start_paths(self.language):
                self.target(path)
            done = 0
            while done < len(self.queue):
                name, html = self.queue[done]
                self.files[name] = self.rewrite(name, html).encode()
                done += 1
            offline = render_to_string(
                "handbook/offline_page.html", {"origin": self.origin, "language": self.language}
            )
            self.files[OFFLINE_PAGE] = offline.encode()
            self.files["index.html"] = render_to_string(
                "handbook/offline_index.html",
                {"start": self.page_file(self.prefix), "language": self.language},
            ).encode()
        root = f"micic-offline-{self.language}"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path, content in sorted(self.files.items()):
                archive.writestr(f"{root}/{path}", content)
        return buffer.getvalue()


def build_pack(language, version):
    """Build and store the offline pack of `language` for `version` unless it exists."""
    from handbook.models import BuiltDocument

    existing = BuiltDocument.objects.filter(
        kind=Kind.PACK, language=language, key="", version=version
    ).first()
    if existing:
        return existing
    return builders.store(
        kind=Kind.PACK,
        language=language,
        version=version,
        content=PackBuilder(language).build(),
        filename=pack_filename(language),
    )
