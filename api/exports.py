"""
Downloads of the repository (as the reader filtered it) and of the framework,
built with tablib through the content apps' django-import-export resources.

Text is in the page's language (English where a translation is missing), the
file name says which and when (`micic-practices-fr-2026-12-06.csv`), and each
file says how to credit the source: a first "#" line in CSV, an "About" sheet
in XLSX, a "source" member in JSON.
"""

import json

import tablib
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404, HttpResponse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from guidelines.models import Guideline, GuidelinePractice, Principle, StakeholderType
from guidelines.resources import GuidelinePracticeResource, GuidelineResource, PrincipleResource
from practices.facets import PracticeFilters
from practices.resources import RepositoryPracticeResource

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def credit_line(request):
    """How to credit the data, with the address it came from and the date."""
    return _("Source: MICIC Portal, %(url)s, %(date)s") % {
        "url": request.build_absolute_uri(),
        "date": formats.date_format(timezone.localdate(), "DATE_FORMAT"),
    }


def _download(content, fmt, name):
    filename = f"micic-{name}-{translation.get_language()}-{timezone.localdate():%Y-%m-%d}.{fmt}"
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _render(request, datasets, fmt, name):
    """One file from tablib datasets with the same columns (CSV: stacked)."""
    credit = credit_line(request)
    if fmt == "csv":
        combined = datasets[0]
        for dataset in datasets[1:]:
            combined = combined.stack(dataset)
        # A leading comment line: readers such as pandas skip it (comment="#").
        return _download(f"# {credit}\r\n{combined.export('csv')}", fmt, name)
    if fmt == "xlsx":
        about = tablib.Dataset([credit], headers=[_("About")], title=_("About"))
        return _download(tablib.Databook([*datasets, about]).export("xlsx"), fmt, name)
    payload = {"source": credit, **{dataset.title: dataset.dict for dataset in datasets}}
    return _download(json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False), fmt, name)


def _base_url(request):
    return request.build_absolute_uri("/").rstrip("/")


@require_safe
def practices_export(request, fmt):
    """The repository's practices matching the page's filters (same query string)."""
    if fmt not in ("csv", "xlsx"):
        raise Http404
    practices = list(PracticeFilters(request.GET).practices())
    prefetch_related_objects(
        practices,
        "phases",
        Prefetch("stakeholder_types", queryset=StakeholderType.objects.for_filter()),
    )
    dataset = RepositoryPracticeResource(base_url=_base_url(request)).export(queryset=practices)
    dataset.title = _("Practices")
    return _render(request, [dataset], fmt, "practices")


@require_safe
def framework_export(request, fmt):
    """The published principles, guidelines and their published practices."""
    if fmt not in FORMATS:
        raise Http404
    base_url = _base_url(request)
    guidelines = Guideline.objects.published().select_related("phase").order_by("number")
    sections = [
        (_("Principles"), PrincipleResource, Principle.objects.published().order_by("number")),
        (_("Guidelines"), GuidelineResource, guidelines),
        (
            _("Practices"),
            GuidelinePracticeResource,
            GuidelinePractice.objects.published()
            .filter(guideline__in=guidelines)
            .select_related("guideline__phase", "stakeholder_type"),
        ),
    ]
    datasets = []
    for title, resource, queryset in sections:
        dataset = resource(base_url=base_url).export(queryset=queryset)
        dataset.title = title
        datasets.append(dataset)
    return _render(request, datasets, fmt, "framework")
