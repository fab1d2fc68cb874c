"""
The three pages of "Putting the Guidelines to work": the Guidelines in
Action series by phase, the toolkit (filterable) and the trainings. Each
runs a fixed number of queries whatever the amount of content; staff also
see drafts (marked), to preview them.
"""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from editorial.views import BreadcrumbsMixin, Crumb
from guidelines.models import Guideline
from toolkit.forms import ToolkitFilterForm
from toolkit.models import GuidelinesInAction, ToolkitItem, Training


def published_guidelines():
    return Guideline.objects.published().order_by("number")


class GuidelinesInActionListView(BreadcrumbsMixin, ListView):
    """The 15 documents of the series, grouped by their guideline's phase
    (regrouped in the template: one query)."""

    template_name = "toolkit/guidelines_in_action.html"
    context_object_name = "documents"
    breadcrumbs = [Crumb(_("Guidelines in Action"))]

    def get_queryset(self):
        return (
            GuidelinesInAction.objects.visible_to(self.request.user)
            .select_related("guideline__phase")
            .order_by("guideline__phase__order", "guideline__number")
        )


class ToolkitView(BreadcrumbsMixin, ListView):
    """The Toolkit for Implementation, filterable by audience, guideline and
    file language without JavaScript."""

    template_name = "toolkit/toolkit.html"
    context_object_name = "items"
    breadcrumbs = [Crumb(_("Toolkit for implementation"))]
    # What the page cache keys this page on (pages.middleware).
    page_cache_params = tuple(ToolkitFilterForm.base_fields)

    def get_queryset(self):
        self.form = ToolkitFilterForm(
            self.request.GET or None, guidelines=list(published_guidelines())
        )
        return self.form.filter(ToolkitItem.objects.visible_to(self.request.user)).prefetch_related(
            Prefetch("guidelines", queryset=published_guidelines(), to_attr="public_guidelines")
        )

    def get_context_data(self, **kwargs):
        form = self.form
        active_filters = form.filters()
        context = super().get_context_data(**kwargs)
        context.update(
            # Shown unbound with the filters that applied: a dropped value is
            # simply not selected, with one notice instead of field errors.
            filter_form=ToolkitFilterForm(initial=active_filters, guidelines=form.guidelines),
            active_filters=active_filters,
            ignored_filters=form.ignored,
        )
        return context


class TrainingListView(BreadcrumbsMixin, ListView):
    template_name = "toolkit/trainings.html"
    context_object_name = "trainings"
    breadcrumbs = [Crumb(_("Trainings and learning"))]

    def get_queryset(self):
        return Training.objects.visible_to(self.request.user).prefetch_related(
            Prefetch("manual", queryset=ToolkitItem.objects.published()),
            Prefetch("guidelines", queryset=published_guidelines(), to_attr="public_guidelines"),
        )
