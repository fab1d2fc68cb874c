"""View mixins shared by the public pages of every content type: who sees
what (staff preview), canonical addresses, breadcrumbs and pagination."""

import copy
from dataclasses import dataclass
from typing import NamedTuple

from django.db import transaction
from django.db.models import Case, TextField, Value, When
from django.http import Http404, HttpResponsePermanentRedirect
from reversion.models import Version

from editorial.citations import CITATION_FORMATS, citation_for, citation_response
from editorial.languages import language_file_names, slug_in_any_language_q, translated_field_names
from editorial.models import PendingChange, PublishedVersion
from editorial.review import item_apply

# Fields a version shown to readers leaves as they are now: the publication
# state, and modeltranslation's original columns (the language columns carry the text).
VERSION_KEEPS = ("id", "status", "publish_at", "english_only")


@dataclass
class PageHistory:
    """What readers see of a page's history: its published versions, newest first."""

    obj: object
    versions: list

    @classmethod
    def of(cls, obj):
        """The versions that went live: from the page's own row where its view
        asked for them (`with_history`), else one query."""
        if hasattr(obj, "public_history"):
            return cls(obj, PublishedVersion.objects.from_history_column(obj.public_history))
        return cls(
            obj,
            list(PublishedVersion.objects.for_object(obj).public().defer("revision_version")),
        )

    @property
    def current(self):
        return self.versions[0] if self.versions else None

    @property
    def last_updated(self):
        """The date of the last version that was not a minor change."""
        for version in self.versions:
            if not version.minor:
                return version.published_at
        return self.obj.updated_at

    @property
    def last_note(self):
        current = self.current
        return current.note if current is not None and not current.minor else ""

    @property
    def updates(self):
        """The change notes readers see under "Updates to this page"."""
        return [version for version in self.versions if version.note and not version.minor]

    def version(self, number):
        """The published version `number` (a 404 for anything else)."""
        for version in self.versions:
            if str(version.number) == number:
                return version
        raise Http404("No such published version")


def with_history(queryset, rows=None):
    """`queryset` with each row's public versions (read by PageHistory.of), or
    only those of the `rows` (a Q) that show it: the database then skips the
    others' lookups (a guideline page loads every guideline, for its previous
    and next links, and shows the history of one)."""
    history = PublishedVersion.objects.history_column(queryset.model)
    if rows is not None:
        history = Case(When(rows, then=history), default=Value(None), output_field=TextField())
    return queryset.annotate(public_history=history)


def with_version(obj, version):
    """A copy of `obj` showing the text `version` saved (its own fields; rows
    shown with it, such as a guideline's practices, are today's)."""
    saved = Version.objects.filter(pk=version.revision_version_id).first()
    if saved is None:
        raise Http404("This version's text is not kept")
    model = type(obj)
    skip = {*VERSION_KEEPS, *translated_field_names(model), *language_file_names(model)}
    shown = copy.copy(obj)
    shown._state = copy.copy(obj._state)
    shown._state.fields_cache = dict(obj._state.fields_cache)
    values = saved.field_dict
    for field in model._meta.concrete_fields:
        if field.name in skip or field.attname not in values:
            continue
        if field.is_relation and values[field.attname] != getattr(obj, field.attname):
            shown._state.fields_cache.pop(field.name, None)
        setattr(shown, field.attname, values[field.attname])
    return shown


def get_by_slug_or_404(queryset, slug):
    """The object whose slug in any site language is `slug` (the first made,
    should two share it), so an address keeps working in the other language."""
    obj = queryset.filter(slug_in_any_language_q(slug)).order_by("pk").first()
    if obj is None:
        raise Http404(f"No such {queryset.model._meta.verbose_name}")
    return obj


class PublishableViewMixin:
    """Return all objects for staff, published ones for everyone else.

    Staff can open drafts on the public site (with a "draft, not public"
    banner, see includes/draft_banner.html); anonymous visitors get a 404.
    """

    def get_queryset(self):
        return super().get_queryset().visible_to(self.request.user)


class PublicVersionMixin:
    """A content page as readers see it: "Last updated", its change notes and
    a citation (`page_history`, `citation` in the context); `?version=N`
    shows an earlier published version read-only, `?cite=bibtex|ris`
    downloads the citation. `?pending=ID` previews a change waiting for
    review, to staff only (applied in a transaction that is rolled back).

    The published versions come with the page's own row (`with_history`), so
    the page costs no more queries; `?version` costs one (the saved text).
    Views call `render_reader_page()` once `self.object` is set.
    """

    # The page cache keeps one page per version (pages.middleware).
    page_cache_params = ("version", "cite")

    def get_queryset(self):
        return with_history(super().get_queryset())

    def render_reader_page(self):
        params = self.request.GET
        if "pending" in params:
            return self.render_pending_preview(params["pending"])
        history = PageHistory.of(self.object)
        shown = None
        if "version" in params:
            shown = history.version(params["version"])
            self.object = with_version(self.object, shown)
        citation = citation_for(request=self.request, obj=self.object, history=history, shown=shown)
        if (cite := params.get("cite")) is not None:
            if cite not in CITATION_FORMATS:
                raise Http404("Unknown citation format")
            return citation_response(citation, cite)
        context = self.get_context_data(
            object=self.object, page_history=history, shown_version=shown, citation=citation
        )
        return self.render_to_response(context)

    def render_pending_preview(self, change_id):
        user = self.request.user
        opts = self.object._meta
        if not (
            user.is_active
            and user.is_staff
            and user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
        ):
            raise Http404("Not a public page")
        change = (
            PendingChange.objects.open().for_object(self.object).filter(pk=change_id).first()
            if change_id.isdigit()
            else None
        )
        if change is None:
            raise Http404("No such change waiting for review")
        with transaction.atomic():
            item_apply(change.data)
            self.object = self.get_object()
            response = self.render_to_response(
                self.get_context_data(object=self.object, pending_preview=change)
            )
            response.render()
            transaction.set_rollback(True)
        return response


class CanonicalSlugMixin(PublicVersionMixin, PublishableViewMixin):
    """A DetailView that answers any other spelling of its address (an outdated
    or other-language slug, a missing one) with a permanent redirect to the
    canonical address in the page's language.

    Drafts are looked up through PublishableViewMixin, so an anonymous visitor
    gets a 404 before any redirect could reveal a draft's slug.
    """

    def get_canonical_url(self):
        return self.object.get_absolute_url()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.kwargs.get("slug") != self.object.slug:
            url = self.get_canonical_url()
            if query := request.META.get("QUERY_STRING"):
                url = f"{url}?{query}"
            return HttpResponsePermanentRedirect(url)
        return self.render_reader_page()


class AnyLanguageSlugMixin:
    """A single-object view of an object whose slug is translated: found by its
    slug in any site language (the `slug` URL argument)."""

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        return get_by_slug_or_404(queryset, self.kwargs["slug"])


class TranslatedSlugMixin(AnyLanguageSlugMixin, CanonicalSlugMixin):
    """A DetailView of an object whose slug is translated: found by its slug in
    any language, then the visitor is sent to the page language's own slug."""


class LenientPaginationMixin:
    """A page number out of range or not a number shows the nearest page, not a 404."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()


class Crumb(NamedTuple):
    label: str
    url: str | None = None


class BreadcrumbsMixin:
    """Adds `breadcrumbs` (a list of Crumb, the current page last) to the context."""

    breadcrumbs = ()

    def get_breadcrumbs(self):
        return list(self.breadcrumbs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = self.get_breadcrumbs()
        return context
