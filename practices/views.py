import logging
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import CreateView, DetailView, ListView, TemplateView
from django_ratelimit.core import is_ratelimited

from editorial.views import (
    BreadcrumbsMixin,
    Crumb,
    LenientPaginationMixin,
    PublicVersionMixin,
    PublishableViewMixin,
)
from guidelines.models import Guideline
from practices.facets import FACETS, PracticeFilters
from practices.forms import SharePracticeForm
from practices.models import RepositoryPractice
from practices.services import submission_notify

logger = logging.getLogger(__name__)


class KnownCountPaginator(Paginator):
    """A paginator told the total up front (the facet query already counted it)."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


def _query_without(query, param, value=None):
    """The query string without one value of `param` (or all of it), and without the page."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(param, None)
    else:
        query.setlist(
            param, [v for v in query.getlist(param) if v.strip().lower() != value.lower()]
        )
    return query.urlencode()


class RepositoryPracticeListView(LenientPaginationMixin, BreadcrumbsMixin, ListView):
    """The repository, filtered by facets in the query string (see practices.facets)."""

    template_name = "practices/practice_list.html"
    context_object_name = "practices"
    paginate_by = 20
    breadcrumbs = [Crumb(_("Repository of practices"))]
    # What the page cache keys this page on (pages.middleware).
    page_cache_params = (*(facet.param for facet in FACETS), "page")

    def get_queryset(self):
        self.filters = PracticeFilters(self.request.GET)
        return self.filters.practices()

    def get_paginator(self, queryset, per_page, **kwargs):
        return KnownCountPaginator(queryset, per_page, count=self.filters.total, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        facets = self.filters.facets
        query = self.request.GET
        legends = {facet.param: facet.legend for facet in facets}
        context.update(
            facets=facets,
            total=self.filters.total,
            is_filtered=self.filters.is_active,
            active_filters=[
                {
                    "legend": facet.legend,
                    "label": option.label,
                    "lang": option.lang,
                    "remove_query": _query_without(query, facet.param, option.value),
                }
                for facet in facets
                for option in facet.selected_options
            ],
            ignored_filters=[
                {"legend": legends[param], "value": value[:60]}
                for param, value in self.filters.ignored
            ],
        )
        return context


class RepositoryPracticeDetailView(
    PublicVersionMixin, PublishableViewMixin, BreadcrumbsMixin, DetailView
):
    model = RepositoryPractice
    template_name = "practices/practice_detail.html"
    context_object_name = "practice"
    related_limit = 4

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .with_country_codes()
            .prefetch_related(
                "phases",
                "stakeholder_types",
                Prefetch(
                    "guidelines",
                    queryset=Guideline.objects.published().select_related("phase"),
                ),
            )
        )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.slug and kwargs["slug"] != self.object.slug:
            # An old or other-language slug: send people (and search engines) to the real URL.
            return redirect(self.object, permanent=True)
        return self.render_reader_page()

    def get_breadcrumbs(self):
        return [
            Crumb(_("Repository of practices"), reverse("practices:list")),
            Crumb(self.object.title),
        ]

    def related_practices(self):
        """Other published practices illustrating the same guidelines, most in common first."""
        guideline_ids = [guideline.pk for guideline in self.object.guidelines.all()]
        if not guideline_ids:
            return []
        return (
            RepositoryPractice.objects.published()
            .filter(guidelines__in=guideline_ids)
            .exclude(pk=self.object.pk)
            .annotate(shared=Count("guidelines", filter=Q(guidelines__in=guideline_ids)))
            .order_by("-shared", "-created_at", "-pk")[: self.related_limit]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["related_practices"] = self.related_practices()
        context["guideline_filter_query"] = "&".join(
            f"guideline={guideline.number}" for guideline in self.object.guidelines.all()
        )
        return context


class SharePracticeView(BreadcrumbsMixin, CreateView):
    """The public form; stores the submission first, then sends the emails."""

    form_class = SharePracticeForm
    template_name = "practices/share_practice.html"
    success_url = reverse_lazy("practices:share_done")
    breadcrumbs = [
        Crumb(_("Repository of practices"), reverse_lazy("practices:list")),
        Crumb(_("Share a practice")),
    ]
    # Every POST counts, valid or not, per IP address (IPv6: per /64 network).
    rate = "10/h"

    def post(self, request, *args, **kwargs):
        self.object = None
        form = self.get_form()
        if is_ratelimited(
            request, group="practices:share", key="ip", rate=self.rate, increment=True
        ):
            return self.rate_limited(form)
        if form.is_bot():
            # Look like success so the robot learns nothing; store and send nothing.
            logger.info("Share-a-practice honeypot filled in; submission discarded.")
            return redirect(self.success_url)
        if form.is_valid():
            return self.form_valid(form)
        return self.form_invalid(form)

    def rate_limited(self, form):
        form.is_valid()  # so the typed values come back, with any field errors
        form.add_error(
            None,
            _(
                "You have sent this form many times in a short while. Please wait an hour "
                "and send it again, or email your practice to the MICIC Secretariat."
            ),
        )
        response = self.form_invalid(form)
        response.status_code = 429
        return response

    def form_valid(self, form):
        submission = form.save()  # stored first: nothing is lost if an email fails
        submission_notify(
            submission=submission,
            base_url=f"{self.request.scheme}://{self.request.get_host()}",
        )
        return redirect(self.success_url)


class SharePracticeDoneView(BreadcrumbsMixin, TemplateView):
    template_name = "practices/share_done.html"
    breadcrumbs = [
        Crumb(_("Repository of practices"), reverse_lazy("practices:list")),
        Crumb(_("Practice received")),
    ]
