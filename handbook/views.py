"""
Documents for the field: the page listing them, the kit builder, and the
download of a built file (one query: the newest edition; the bytes come from
storage, never from a build).
"""

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from guidelines.models import CrisisPhase, Guideline, StakeholderType
from handbook import builders
from handbook.forms import KitForm
from handbook.models import BuildRequest, BuiltDocument, Kind
from pages.cache import content_version
from pages.views import BreadcrumbsMixin, Crumb

SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]
PUBLIC_KINDS = {Kind.HANDBOOK, Kind.PHASE, Kind.GUIDELINE, Kind.PACK, Kind.KIT_PDF, Kind.KIT_ZIP}


class DocumentsView(BreadcrumbsMixin, TemplateView):
    """The handbook in each language, the phase PDFs, the kit builder and the offline packs."""

    template_name = "handbook/documents.html"
    breadcrumbs = [Crumb(_("Documents for the field"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        newest = BuiltDocument.objects.newest_of_each(
            [Kind.HANDBOOK, Kind.PHASE, Kind.PACK], SITE_LANGUAGES
        )
        # The newest build not finished yet: editions older than it are
        # served meanwhile, with their date.
        pending = BuildRequest.objects.filter(finished_at__isnull=True).order_by("-version").first()
        phases = list(CrisisPhase.objects.all())
        rows = []
        for code, name in settings.LANGUAGES:
            rows.append(
                {
                    "code": code,
                    "name": name,
                    "handbook": newest.get((Kind.HANDBOOK, code, "")),
                    "pack": newest.get((Kind.PACK, code, "")),
                    "phases": [
                        (phase, newest.get((Kind.PHASE, code, phase.key))) for phase in phases
                    ],
                }
            )
        context.update(rows=rows, pending_version=pending.version if pending else None)
        return context


class KitView(BreadcrumbsMixin, TemplateView):
    """Build your kit: a role, phases and a language give one PDF and one ZIP.

    A kit is built on its first request (a second or so) and then served from
    storage until content changes: its files carry the content version. Bad
    parameters give a 400 page with the form, its errors and what is allowed.
    """

    template_name = "handbook/kit.html"

    def get_breadcrumbs(self):
        return [
            Crumb(_("Documents for the field"), reverse("handbook:documents")),
            Crumb(_("Build your kit")),
        ]

    page_cache_params = ("role", "phase", "language")

    def get(self, request, *args, **kwargs):
        stakeholder_types = list(StakeholderType.objects.for_filter())
        phases = list(CrisisPhase.objects.all())
        submitted = any(name in request.GET for name in self.page_cache_params)
        form = KitForm(
            request.GET if submitted else None,
            stakeholder_types=stakeholder_types,
            phases=phases,
            initial={"language": request.LANGUAGE_CODE},
        )
        context = self.get_context_data(
            form=form, stakeholder_types=stakeholder_types, phases=phases
        )
        if not submitted:
            return self.render_to_response(context)
        if not form.is_valid():
            return self.render_to_response(context, status=400)
        kit = form.kit()
        context.update(kit=kit, **self.kit_files(kit))
        return self.render_to_response(context)

    def kit_files(self, kit):
        version = content_version()
        found = {
            document.kind: document
            for document in BuiltDocument.objects.filter(
                kind__in=[Kind.KIT_PDF, Kind.KIT_ZIP],
                language=kit.language,
                key=kit.key,
                version=version,
            )
        }
        if len(found) < 2:
            found = build_kit(kit, version)
        return {"kit_pdf": found[Kind.KIT_PDF], "kit_zip": found[Kind.KIT_ZIP]}


def build_kit(kit, version):
    document = builders.kit_document(kit)
    pdf = builders.render_pdf(document)
    stored_pdf = builders.store(
        kind=Kind.KIT_PDF,
        language=kit.language,
        key=kit.key,
        version=version,
        content=pdf,
        filename=document.filename,
    )
    stored_zip = builders.store(
        kind=Kind.KIT_ZIP,
        language=kit.language,
        key=kit.key,
        version=version,
        content=builders.kit_zip(kit, pdf),
        filename=f"micic-kit-{kit.key}-{kit.language}.zip",
    )
    return {Kind.KIT_PDF: stored_pdf, Kind.KIT_ZIP: stored_zip}


def serve(document):
    """The stored file, with its size and date; one storage open, no query."""
    try:
        handle = document.file.open("rb")
    except OSError:
        raise Http404("File missing from storage") from None
    filename = document.file.name.rsplit("/", 1)[-1]
    response = FileResponse(handle, content_type=document.content_type, filename=filename)
    response["Content-Length"] = str(document.size)
    response["Last-Modified"] = http_date(document.built_at.timestamp())
    response["ETag"] = f'"{document.kind}-{document.language}-{document.key}-{document.version}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def download(request, kind, language, key=""):
    """The newest built edition of a document; a newer one still being built
    never delays it."""
    if kind not in PUBLIC_KINDS or language not in SITE_LANGUAGES:
        raise Http404("No such document")
    document = BuiltDocument.objects.newest(kind, language, key)
    if document is None:
        raise Http404("Not built yet")
    return serve(document)


def guideline_pdf(request, number):
    """A guideline with its practices as PDF in the page language; the HTML
    print version while no PDF has been built yet."""
    document = BuiltDocument.objects.newest(Kind.GUIDELINE, request.LANGUAGE_CODE, str(number))
    if document is not None:
        return serve(document)
    guideline = get_object_or_404(Guideline.objects.published(), number=number)
    return redirect(guideline.get_print_url())
