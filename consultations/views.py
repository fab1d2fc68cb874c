from itertools import groupby

from django.db.models import Prefetch
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from consultations.forms import ConsultationFilterForm
from consultations.models import Consultation, OutcomeDocument
from editorial.views import PublishableViewMixin
from factsheets.views import LanguageFileView, TranslatedSlugMixin, get_by_slug_or_404
from guidelines.models import CrisisPhase, Guideline
from pages.views import BreadcrumbsMixin, Crumb

# Headings and one-line introductions of the timeline's groups, in Kind order.
KIND_GROUPS = {
    Consultation.Kind.REGIONAL_GOVERNMENT: (
        _("Regional government consultations"),
        _(
            "Governments of each region met to share their experience of crises and to "
            "say what the Guidelines should contain."
        ),
    ),
    Consultation.Kind.CIVIL_SOCIETY: (
        _("Civil society consultations"),
        _(
            "Civil society organisations met just before each government meeting and "
            "brought their input to the States."
        ),
    ),
    Consultation.Kind.STAKEHOLDER: (
        _("Stakeholder consultations"),
        _(
            "Meetings with the private sector, civil society, international organisations "
            "and other States on the draft Guidelines."
        ),
    ),
}


def timeline_groups(consultations):
    """[{kind, heading, intro, consultations}] in Kind order, chronological
    within each group, empty groups left out."""
    order = list(Consultation.Kind)
    ordered = sorted(consultations, key=lambda c: order.index(c.kind))  # stable: keeps dates
    return [
        {
            "kind": kind,
            "heading": KIND_GROUPS[kind][0],
            "intro": KIND_GROUPS[kind][1],
            "consultations": list(items),
        }
        for kind, items in groupby(ordered, key=lambda c: c.kind)
    ]


class ConsultationListView(BreadcrumbsMixin, ListView):
    """The 2015-2016 consultations as a timeline grouped by kind, with filters
    that work without JavaScript. A closed, historical set: no pagination."""

    model = Consultation
    breadcrumbs = [Crumb(_("Consultations"))]

    def get_queryset(self):
        self.filter_form = ConsultationFilterForm(self.request.GET or None)
        return (
            self.filter_form.filter(Consultation.objects.published())
            .chronological()
            .with_pairs()
            .with_public_documents()
        )

    def get_context_data(self, **kwargs):
        active_filters = self.filter_form.filters()
        return super().get_context_data(
            groups=timeline_groups(self.object_list),
            # Shown unbound with the filters that applied: a dropped value is
            # simply not selected, with one notice instead of field errors.
            filter_form=ConsultationFilterForm(initial=active_filters),
            active_filters=active_filters,
            ignored_filters=self.filter_form.is_bound and bool(self.filter_form.errors),
            **kwargs,
        )


class ConsultationDetailView(
    TranslatedSlugMixin, PublishableViewMixin, BreadcrumbsMixin, DetailView
):
    model = Consultation

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .with_pairs()
            .prefetch_related(
                Prefetch(
                    "documents",
                    queryset=OutcomeDocument.objects.visible_to(self.request.user),
                    to_attr="public_documents",
                ),
                Prefetch(
                    "guidelines",
                    queryset=Guideline.objects.published().order_by("number"),
                    to_attr="public_guidelines",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            pair=self.object.pair_visible_to(self.request.user), **kwargs
        )

    def get_breadcrumbs(self):
        return [
            Crumb(_("Consultations"), reverse("consultations:list")),
            Crumb(self.object.title),
        ]


class ConsultationProcessView(BreadcrumbsMixin, TemplateView):
    """How the consultations led to the Guidelines, and which Guidelines each
    is recorded as having informed."""

    template_name = "consultations/process.html"

    def get_breadcrumbs(self):
        return [
            Crumb(_("Consultations"), reverse("consultations:list")),
            Crumb(_("The consultation process")),
        ]

    def get_context_data(self, **kwargs):
        consultations = Consultation.objects.published().chronological().with_pairs()
        guidelines = Guideline.objects.prefetch_related(
            Prefetch(
                "consultations",
                queryset=Consultation.objects.published().chronological(),
                to_attr="public_consultations",
            )
        )
        return super().get_context_data(
            groups=timeline_groups(consultations),
            # with_published_guidelines() keeps only published guidelines.
            phases=CrisisPhase.objects.with_published_guidelines(guidelines),
            **kwargs,
        )


class DocumentFileView(LanguageFileView):
    queryset = OutcomeDocument.objects.select_related("consultation")


def document_redirect(request, slug):
    """/consultations/documents/<slug>/ leads to the document on its consultation's page."""
    document = get_by_slug_or_404(
        OutcomeDocument.objects.visible_to(request.user).select_related("consultation"), slug
    )
    return redirect(document.get_absolute_url())
