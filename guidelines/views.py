"""
Public pages of the Guidelines: the overview, a Principle, a Guideline and its
print versions. Each page runs a fixed, small number of queries whatever the
amount of content (see tests/guidelines/test_queries.py).
"""

from typing import NamedTuple

from django.conf import settings
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from editorial.views import BreadcrumbsMixin, CanonicalSlugMixin, Crumb, with_history
from factsheets.models import Tool
from guidelines.forms import StakeholderFilterForm
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle, StakeholderType
from practices.models import RepositoryPractice
from toolkit.models import ToolkitItem, Training


class GuidelineOverviewView(BreadcrumbsMixin, ListView):
    """The whole framework on one page: the Principles, then the Guidelines by phase.

    `?stakeholder=<key>` keeps only the guidelines that have practices for that
    stakeholder type or its children; an unknown key is reported next to the
    filter and the full list is shown.
    """

    template_name = "guidelines/guideline_overview.html"
    context_object_name = "phases"
    breadcrumbs = [Crumb(_("Principles and Guidelines"))]
    # What the page cache keys this page on (pages.middleware).
    page_cache_params = tuple(StakeholderFilterForm.base_fields)

    def get(self, request, *args, **kwargs):
        self.form = StakeholderFilterForm(
            request.GET, stakeholder_types=list(StakeholderType.objects.for_filter())
        )
        self.stakeholder = self.form.selected
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        guidelines = Guideline.objects.with_practice_count(self.stakeholder)
        if self.stakeholder is not None:
            guidelines = guidelines.addressing(self.stakeholder)
        return CrisisPhase.objects.with_published_guidelines(guidelines)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        phases = context["phases"]
        context.update(
            principles=Principle.objects.published(),
            form=self.form,
            stakeholder=self.stakeholder,
            practice_anchor=self.get_practice_anchor(),
            matching_count=sum(len(phase.published_guidelines) for phase in phases),
        )
        return context

    def get_practice_anchor(self):
        """Where a filtered guideline link lands: the stakeholder's own group of
        practices, or the whole practices section for a group of types."""
        if self.stakeholder is None:
            return ""
        if self.form.selected_has_children:
            return "practices"
        return f"stakeholder-{self.stakeholder.key}"


class CanonicalNumberSlugMixin(CanonicalSlugMixin):
    """Find the object by its number; any other spelling of its URL (number
    only, an outdated or other-language slug) redirects to the canonical one."""

    canonical_url_name = None

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        return get_object_or_404(queryset, number=self.kwargs["number"])

    def get_canonical_url(self):
        return reverse(
            self.canonical_url_name,
            kwargs={"number": self.object.number, "slug": self.object.slug},
        )


class Neighbours(NamedTuple):
    previous: object = None
    next: object = None


def neighbours(items, current):
    """The items just before and after `current` in `items` (ordered by number)."""
    numbers = [item.number for item in items]
    try:
        index = numbers.index(current.number)
    except ValueError:
        return Neighbours()
    return Neighbours(
        previous=items[index - 1] if index > 0 else None,
        next=items[index + 1] if index + 1 < len(items) else None,
    )


class PracticeGroup(NamedTuple):
    stakeholder_type: StakeholderType
    practices: list


def group_by_stakeholder(practices):
    """Practices grouped by stakeholder type, groups in the order of their first practice.

    Editors order practices within a guideline; the grouping keeps that order
    and never repeats a stakeholder heading.
    """
    groups = {}
    for practice in practices:
        key = practice.stakeholder_type_id
        if key not in groups:
            groups[key] = PracticeGroup(practice.stakeholder_type, [])
        groups[key].practices.append(practice)
    return list(groups.values())


class PrincipleDetailView(CanonicalNumberSlugMixin, BreadcrumbsMixin, DetailView):
    model = Principle
    canonical_url_name = "guidelines:principle_detail"

    def get_breadcrumbs(self):
        return [
            Crumb(_("Principles and Guidelines"), reverse("guidelines:overview")),
            Crumb(_("Principle %(number)s") % {"number": self.object.number}),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        siblings = list(Principle.objects.visible_to(self.request.user).order_by("number"))
        context["neighbours"] = neighbours(siblings, self.object)
        return context


class GuidelineMixin(CanonicalNumberSlugMixin, BreadcrumbsMixin):
    """A guideline with its phase and the practices this visitor may see, in one
    query each (staff also see draft practices, marked as such)."""

    model = Guideline
    with_practices = True

    def get_queryset(self):
        return super().get_queryset().select_related("phase").prefetch_related(*self.prefetches())

    def prefetches(self):
        if not self.with_practices:
            return []
        practices = (
            GuidelinePractice.objects.visible_to(self.request.user)
            .select_related("stakeholder_type")
            .order_by("order", "pk")
        )
        return [Prefetch("practices", queryset=practices, to_attr="shown_practices")]

    def get_breadcrumbs(self):
        return [
            Crumb(_("Principles and Guidelines"), reverse("guidelines:overview")),
            Crumb(_("Guideline %(number)s") % {"number": self.object.number}),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.with_practices:
            context["practice_groups"] = group_by_stakeholder(self.object.shown_practices)
        return context


class GuidelineDetailView(GuidelineMixin, DetailView):
    """A Guideline with its practices grouped by stakeholder type.

    Other apps add their lists of related content (tools, repository practices)
    with one line each: an entry in `get_context_data` below (prefetched,
    published only) and an include in the marked place of
    guidelines/guideline_detail.html.
    """

    canonical_url_name = "guidelines:guideline_detail"

    def get_object(self, queryset=None):
        """The guideline, taken from all those this visitor may see (which give
        the previous and next links): one query for both, with each one's
        Guidelines in Action document joined in."""
        self.siblings = list(
            with_history(
                Guideline.objects.visible_to(self.request.user),
                rows=Q(number=self.kwargs["number"]),
            )
            .select_related("phase", "guidelines_in_action")
            .order_by("number")
        )
        guideline = next((g for g in self.siblings if g.number == self.kwargs["number"]), None)
        if guideline is None:
            raise Http404("No such guideline")
        prefetch_related_objects([guideline], *self.prefetches())
        return guideline

    def prefetches(self):
        """The practices, and "Put it into practice": published toolkit items
        and trainings (one query each)."""
        return [
            *super().prefetches(),
            Prefetch(
                "toolkit_items",
                queryset=ToolkitItem.objects.published().order_by("order", "pk"),
                to_attr="public_toolkit_items",
            ),
            Prefetch(
                "trainings",
                queryset=Training.objects.published().order_by("order", "pk"),
                to_attr="public_trainings",
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["neighbours"] = neighbours(self.siblings, self.object)
        # Joined with the guideline (no query of its own, see get_object), so
        # its own publication rule is checked here.
        document = getattr(self.object, "guidelines_in_action", None)
        context["guidelines_in_action"] = document if document and document.is_public else None
        # Related content from other apps, one query each.
        context["related_tools"] = Tool.objects.published().for_guideline(self.object)
        context["repository_practices"] = RepositoryPractice.objects.preview_for_guideline(
            self.object
        )
        return context


class GuidelinePrintView(GuidelineMixin, DetailView):
    """A printer-friendly guideline, with all its practices or without them."""

    template_name = "guidelines/guideline_print.html"

    @property
    def canonical_url_name(self):
        if self.with_practices:
            return "guidelines:guideline_print"
        return "guidelines:guideline_print_alone"

    def get_breadcrumbs(self):
        guideline_crumb = Crumb(
            _("Guideline %(number)s") % {"number": self.object.number},
            self.object.get_absolute_url(),
        )
        return [*super().get_breadcrumbs()[:-1], guideline_crumb, Crumb(_("Print version"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            with_practices=self.with_practices,
            # The language switcher and hreflang links of a print page point to
            # the same print page in each language, with that language's slug.
            alternate_urls=self.get_alternate_urls(),
        )
        return context

    def get_alternate_urls(self):
        urls = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls[code] = self.get_canonical_url()
        return urls
