"""View mixins shared by the public pages of every content type: who sees
what (staff preview), canonical addresses, breadcrumbs and pagination."""

from typing import NamedTuple

from django.http import Http404, HttpResponsePermanentRedirect

from editorial.languages import slug_in_any_language_q


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


class CanonicalSlugMixin(PublishableViewMixin):
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
            return HttpResponsePermanentRedirect(self.get_canonical_url())
        return self.render_to_response(self.get_context_data(object=self.object))


class TranslatedSlugMixin(CanonicalSlugMixin):
    """A DetailView of an object whose slug is translated: found by its slug in
    any language, then the visitor is sent to the page language's own slug."""

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        return get_by_slug_or_404(queryset, self.kwargs["slug"])


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
