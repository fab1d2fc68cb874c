from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from editorial.views import BreadcrumbsMixin, Crumb, LenientPaginationMixin, TranslatedSlugMixin
from factsheets.forms import FactsheetFilterForm
from factsheets.models import Factsheet, Tool
from guidelines.models import Guideline


class FactsheetListView(LenientPaginationMixin, BreadcrumbsMixin, ListView):
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


class FactsheetDetailView(TranslatedSlugMixin, BreadcrumbsMixin, DetailView):
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
