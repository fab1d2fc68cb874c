"""
The read-only JSON API, /api/v1/ (django-ninja: Pydantic schemas, a generated
OpenAPI document at /api/v1/openapi.json and its docs page at /api/v1/docs).

Only published content, ever: every endpoint starts from the models'
`published()` QuerySets, whose rules also keep children of unpublished
parents out. Each endpoint runs a fixed number of queries whatever the amount
of content (the prefetches in the functions below). Responses get an ETag
(ConditionalGetMiddleware, so a revisit costs a 304), CORS headers
(django-cors-headers, for /api/ only) and a per-address throttle (429 with
Retry-After).
"""

from itertools import groupby

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse
from django.utils.http import http_date
from ninja import NinjaAPI, Query
from ninja.errors import ValidationError
from ninja.throttling import AnonRateThrottle

from api import schemas
from api.content import common, files, site_languages, texts, translated
from consultations.models import Consultation, OutcomeDocument
from factsheets.models import Factsheet, Tool
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle, StakeholderType
from practices import regions
from practices.models import RepositoryPractice, parse_link_lines


class ClientAddressThrottle(AnonRateThrottle):
    """Per client address, read where the rest of the site reads it
    (settings.RATELIMIT_IP_META_KEY behind a proxy, as for the share form)."""

    def get_ident(self, request):
        return request.META.get(settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR")


api = NinjaAPI(
    title="MICIC Portal API",
    version="1",
    description=(
        "Read-only open data of the MICIC Portal: the principles, phases and guidelines of "
        "the MICIC Guidelines with their practices, the repository of practices, factsheets "
        "with their tool sheets, and the consultations with their documents. Every item "
        "carries English and French text (null where a translation is missing), its pages in "
        "both languages and its last update. Only published content. Source: MICIC Portal; "
        "please credit it with the address of the page or file you reuse."
    ),
    urls_namespace="api",
    docs_url="docs",
    throttle=[ClientAddressThrottle(settings.MICIC_API_THROTTLE_RATE)],
)

# Where each bad parameter's allowed values are explained in the 400 error.
ALLOWED = {
    "page": "an integer from 1",
    "page_size": "an integer from 1 to 100",
    "guideline": "guideline numbers from 1 to 15",
    "phase": "crisis phase keys, see /api/v1/phases",
    "stakeholder": "stakeholder type keys, see /api/v1/stakeholder-types",
    "crisis": "conflict, natural-disaster",
    "country": "ISO 3166 alpha-2 country codes, e.g. SN",
    "region": "UN M49 sub-region codes, e.g. 011 (Western Africa)",
    "type": "practice types, see the OpenAPI schema",
    "year": "years from 1900 to 2100",
}


class BadParameter(Exception):
    def __init__(self, parameter, message):
        self.parameter, self.message = parameter, message


def _error(parameter, message):
    return {"parameter": parameter, "message": message, "allowed": ALLOWED.get(parameter, "")}


@api.exception_handler(ValidationError)
def bad_parameters(request, exc):
    """400 (not ninja's 422) naming each bad parameter and what it accepts."""
    detail = []
    for error in exc.errors:
        location = [part for part in error.get("loc", ()) if isinstance(part, str)]
        parameter = location[-1] if location else ""
        detail.append(_error(parameter, error.get("msg", "")))
    return api.create_response(request, {"error": "bad_parameter", "detail": detail}, status=400)


@api.exception_handler(BadParameter)
def bad_parameter(request, exc):
    return api.create_response(
        request,
        {"error": "bad_parameter", "detail": [_error(exc.parameter, exc.message)]},
        status=400,
    )


def _reject_unknown(request, schema):
    """A misspelt parameter (`?guidline=3`) is an error, not silently ignored."""
    known = set(schema.model_fields)
    for name in request.GET:
        if name not in known:
            raise BadParameter(name, f"unknown parameter; known: {', '.join(sorted(known))}")


def paginate(request, queryset, params):
    """One page of `queryset` (in a stable order) with the count and links."""
    count = queryset.count()
    start = (params.page - 1) * params.page_size
    items = list(queryset[start : start + params.page_size]) if start < count else []

    def link(page):
        query = request.GET.copy()
        query["page"] = page
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {
        "count": count,
        "page": params.page,
        "page_size": params.page_size,
        "next": link(params.page + 1) if start + params.page_size < count else None,
        "previous": link(params.page - 1) if params.page > 1 and start - 1 < count else None,
    }, items


def _last_modified(response, *times):
    """Last-Modified for one item: its own update and its children's."""
    response["Last-Modified"] = http_date(max(time for time in times if time).timestamp())


# Phases and stakeholder types ---------------------------------------------------


def _phase(phase):
    return {
        "key": phase.key,
        "order": phase.order,
        **translated(phase, "name", "description"),
        "guidelines": [guideline.number for guideline in phase.published_guidelines],
    }


@api.get("/phases", response=schemas.PhaseList, tags=["framework"])
def phase_list(request, params: Query[schemas.Paging]):
    """The three crisis phases, with the numbers of their guidelines."""
    _reject_unknown(request, schemas.Paging)
    page, phases = paginate(request, CrisisPhase.objects.with_published_guidelines(), params)
    return {**page, "results": [_phase(phase) for phase in phases]}


def _stakeholder(kind, parents):
    return {"key": kind.key, **translated(kind, "name"), "parent": parents.get(kind.parent_id)}


@api.get("/stakeholder-types", response=list[schemas.Stakeholder], tags=["framework"])
def stakeholder_list(request):
    """Who practices are addressed to; broad types (States) and narrower ones (Host States)."""
    _reject_unknown(request, schemas.Schema)
    kinds = list(StakeholderType.objects.for_filter())
    parents = {kind.pk: kind.key for kind in kinds}
    return [_stakeholder(kind, parents) for kind in kinds]


# Principles and guidelines --------------------------------------------------------


def _principle(request, principle):
    return {
        **common(request, principle, "title", "short_label", "body"),
        "number": principle.number,
    }


@api.get("/principles", response=schemas.PrincipleList, tags=["framework"])
def principle_list(request, params: Query[schemas.Paging]):
    _reject_unknown(request, schemas.Paging)
    page, principles = paginate(request, Principle.objects.published().order_by("number"), params)
    return {**page, "results": [_principle(request, p) for p in principles]}


@api.get("/principles/{number}", response=schemas.Principle, tags=["framework"])
def principle_detail(request, number: int, response: HttpResponse):
    principle = Principle.objects.published().filter(number=number).first()
    if principle is None:
        raise Http404
    _last_modified(response, principle.updated_at)
    return _principle(request, principle)


def _guidelines():
    """Published guidelines with their phase and published practices (3 queries)."""
    return (
        Guideline.objects.published()
        .select_related("phase")
        .prefetch_related(
            Prefetch(
                "practices",
                queryset=GuidelinePractice.objects.published()
                .select_related("stakeholder_type__parent")
                .order_by("order", "pk"),
                to_attr="public_practices",
            )
        )
        .order_by("number")
    )


def _guideline(request, guideline):
    groups = []
    # Grouped where a stakeholder type first appears, as on the guideline page.
    order = {}
    for practice in guideline.public_practices:
        order.setdefault(practice.stakeholder_type_id, len(order))
    practices = sorted(
        guideline.public_practices, key=lambda practice: order[practice.stakeholder_type_id]
    )
    for _key, group in groupby(practices, key=lambda practice: practice.stakeholder_type_id):
        group = list(group)
        kind = group[0].stakeholder_type
        parents = {kind.parent_id: kind.parent.key} if kind.parent_id else {}
        groups.append(
            {
                "stakeholder": _stakeholder(kind, parents),
                "practices": [
                    {
                        "id": practice.pk,
                        **translated(practice, "title", "body"),
                        "missing_translations": {
                            code: practice.missing_translations(code)
                            for code in texts(practice, "title")
                            if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE
                        },
                        "updated_at": practice.updated_at,
                    }
                    for practice in group
                ],
            }
        )
    return {
        **common(request, guideline, "title", "short_label", "thematic_area", "summary", "body"),
        "number": guideline.number,
        "phase": guideline.phase.key,
        "practices_by_stakeholder": groups,
    }


@api.get("/guidelines", response=schemas.GuidelineList, tags=["framework"])
def guideline_list(request, params: Query[schemas.Paging]):
    """The guidelines with their practices, grouped by the stakeholder they address."""
    _reject_unknown(request, schemas.Paging)
    page, guidelines = paginate(request, _guidelines(), params)
    return {**page, "results": [_guideline(request, g) for g in guidelines]}


@api.get("/guidelines/{number}", response=schemas.Guideline, tags=["framework"])
def guideline_detail(request, number: int, response: HttpResponse):
    guideline = _guidelines().filter(number=number).first()
    if guideline is None:
        raise Http404
    _last_modified(
        response, guideline.updated_at, *(p.updated_at for p in guideline.public_practices)
    )
    return _guideline(request, guideline)


# Repository practices ------------------------------------------------------------------


def _practices():
    """Published practices with their published links, in a stable order (by id)."""
    return (
        RepositoryPractice.objects.published()
        .with_country_codes()
        .prefetch_related(
            Prefetch("guidelines", queryset=Guideline.objects.published().order_by("number")),
            Prefetch("phases", queryset=CrisisPhase.objects.order_by("order")),
            Prefetch("stakeholder_types", queryset=StakeholderType.objects.for_filter()),
        )
        .order_by("pk")
    )


def filter_practices(practices, params):
    """The repository page's filters, in SQL: values of one parameter are
    alternatives, parameters narrow each other down."""
    tagged = RepositoryPractice.objects.values("pk")
    if params.guideline:
        practices = practices.filter(
            pk__in=tagged.filter(
                guidelines__in=Guideline.objects.published().filter(number__in=params.guideline)
            )
        )
    if params.phase:
        practices = practices.filter(pk__in=tagged.filter(phases__key__in=params.phase))
    if params.stakeholder:
        practices = practices.filter(
            pk__in=tagged.filter(
                Q(stakeholder_types__key__in=params.stakeholder)
                | Q(stakeholder_types__parent__key__in=params.stakeholder)
            )
        )
    if params.crisis:
        crisis = Q()
        for kind in params.crisis:
            crisis |= Q(**{RepositoryPractice.CRISIS_FIELDS[kind]: True})
        practices = practices.filter(crisis)
    if params.type:
        practices = practices.filter(practice_type__in=params.type)
    if params.country:
        practices = practices.filter(pk__in=tagged.filter(countries__country__in=params.country))
    if params.region:
        codes = [code for region in params.region for code in regions.countries_by_region()[region]]
        practices = practices.filter(pk__in=tagged.filter(countries__country__in=codes))
    if params.year:
        during = Q()
        for year in params.year:
            during |= Q(start_year__lte=year) & (Q(end_year__isnull=True) | Q(end_year__gte=year))
        practices = practices.filter(during)
    return practices


def _check_keys(params):
    """Phase and stakeholder keys must exist (one query, only when given)."""
    for name, model in (("phase", CrisisPhase), ("stakeholder", StakeholderType)):
        wanted = getattr(params, name)
        if wanted:
            known = set(model.objects.filter(key__in=wanted).values_list("key", flat=True))
            if unknown := [key for key in wanted if key not in known]:
                raise BadParameter(name, f"unknown key {unknown[0]!r}")


def _practice(request, practice):
    countries = [country.code for country in practice.country_list]
    return {
        **common(request, practice, "title", "description", "stakeholder_name"),
        "practice_type": practice.practice_type,
        "crisis_types": practice.crisis_types,
        "countries": countries,
        "regions": sorted({r for code in countries if (r := regions.region_of(code))}),
        "guidelines": [guideline.number for guideline in practice.guidelines.all()],
        "phases": [phase.key for phase in practice.phases.all()],
        "stakeholder_types": [kind.key for kind in practice.stakeholder_types.all()],
        "related_links": {
            code: [
                {"url": url, "title": title}
                for url, title in parse_link_lines(texts(practice, "related_links")[code])
            ]
            for code in site_languages()
        },
        "start_year": practice.start_year,
        "end_year": practice.end_year,
        "source": practice.source,
        "is_example": practice.is_example,
    }


@api.get("/practices", response=schemas.PracticeList, tags=["practices"])
def practice_list(request, params: Query[schemas.PracticeFilters]):
    """The repository of practices, filtered as on its public page (same parameter
    names; repeat a parameter for several values: `?country=SN&country=ML`)."""
    _reject_unknown(request, schemas.PracticeFilters)
    _check_keys(params)
    page, practices = paginate(request, filter_practices(_practices(), params), params)
    return {**page, "results": [_practice(request, p) for p in practices]}


@api.get("/practices/{practice_id}", response=schemas.Practice, tags=["practices"])
def practice_detail(request, practice_id: int, response: HttpResponse):
    practice = _practices().filter(pk=practice_id).first()
    if practice is None:
        raise Http404
    _last_modified(response, practice.updated_at)
    return _practice(request, practice)


# Factsheets and consultations ------------------------------------------------------------


def _document(request, document, *fields):
    return {
        **common(request, document, "title", *fields),
        "slug": document.slug,
        "files": files(request, document),
    }


def _factsheets():
    return (
        Factsheet.objects.published()
        .prefetch_related(
            Prefetch("related_guidelines", queryset=Guideline.objects.published()),
            Prefetch(
                "tools",
                queryset=Tool.objects.published().select_related("factsheet"),
                to_attr="public_tools",
            ),
        )
        .order_by("-published_on", "-pk")
    )


def _factsheet(request, factsheet):
    return {
        **common(request, factsheet, "title", "summary", "body"),
        "kind": factsheet.kind,
        "published_on": factsheet.published_on,
        "guidelines": sorted(g.number for g in factsheet.related_guidelines.all()),
        "tools": [_document(request, tool, "description") for tool in factsheet.public_tools],
    }


@api.get("/factsheets", response=schemas.FactsheetList, tags=["documents"])
def factsheet_list(request, params: Query[schemas.Paging]):
    """Factsheets, infosheets and knowledge sheets (newest first) with their tool
    sheets, each file with its address, language, size and SHA-256."""
    _reject_unknown(request, schemas.Paging)
    page, factsheets = paginate(request, _factsheets(), params)
    return {**page, "results": [_factsheet(request, f) for f in factsheets]}


@api.get("/factsheets/{factsheet_id}", response=schemas.Factsheet, tags=["documents"])
def factsheet_detail(request, factsheet_id: int, response: HttpResponse):
    factsheet = _factsheets().filter(pk=factsheet_id).first()
    if factsheet is None:
        raise Http404
    _last_modified(response, factsheet.updated_at, *(t.updated_at for t in factsheet.public_tools))
    return _factsheet(request, factsheet)


def _consultations():
    return (
        Consultation.objects.published()
        .chronological()
        .with_pairs()
        .prefetch_related(
            Prefetch("guidelines", queryset=Guideline.objects.published()),
            Prefetch(
                "documents",
                queryset=OutcomeDocument.objects.published().select_related("consultation"),
                to_attr="public_documents",
            ),
        )
    )


def _consultation(request, consultation):
    pair = consultation.pair
    return {
        **common(
            request,
            consultation,
            *("title", "summary", "body", "city", "organisers", "funders", "participants"),
        ),
        "kind": consultation.kind,
        "region": consultation.region,
        "country": consultation.country.code or None,
        "start_date": consultation.start_date,
        "end_date": consultation.end_date,
        "held_alongside": pair.pk if pair is not None and pair.is_public else None,
        "guidelines": sorted(g.number for g in consultation.guidelines.all()),
        "documents": [
            {**_document(request, document, "description"), "kind": document.kind}
            for document in consultation.public_documents
        ],
    }


@api.get("/consultations", response=schemas.ConsultationList, tags=["consultations"])
def consultation_list(request, params: Query[schemas.Paging]):
    """The 2015-2016 consultations (earliest first) and their outcome documents."""
    _reject_unknown(request, schemas.Paging)
    page, consultations = paginate(request, _consultations(), params)
    return {**page, "results": [_consultation(request, c) for c in consultations]}


@api.get("/consultations/{consultation_id}", response=schemas.Consultation, tags=["consultations"])
def consultation_detail(request, consultation_id: int, response: HttpResponse):
    consultation = _consultations().filter(pk=consultation_id).first()
    if consultation is None:
        raise Http404
    _last_modified(
        response,
        consultation.updated_at,
        *(d.updated_at for d in consultation.public_documents),
    )
    return _consultation(request, consultation)
