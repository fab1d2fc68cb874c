"""
Building the field documents: PDFs rendered by WeasyPrint from the same
template partials as the site (guidelines/includes/*) with print CSS, and the
kits' ZIPs. Nothing here runs in a visitor's request except a kit's first
build (see views.KitView); the handbook, phase and guideline PDFs are built by
handbook.tasks after publication.
"""

import io
import logging
import zipfile
from dataclasses import dataclass, field

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from factsheets.models import Tool
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle
from guidelines.views import group_by_stakeholder
from handbook.models import BuiltDocument, Kind

# WeasyPrint reports each layout step at INFO: noise in a worker's log.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

# How many editions of each document stay stored: the newest, and the one
# before it for downloads that started before the newest was recorded.
EDITIONS_KEPT = 2


def absolute_url(path):
    """The live address of a page, for QR codes and links inside documents."""
    return settings.MICIC_SITE_URL.rstrip("/") + path


def qr_data_uri(url):
    """A QR code of `url` as an inline SVG (no Pillow, no file)."""
    return segno.make(url, error="m").svg_data_uri(scale=3, border=2, dark="#000")


def framework(*, phase_keys=None, guideline_number=None, role=None):
    """Published phases, each with its published guidelines and their
    published practices grouped by stakeholder (`practice_groups`).

    `role` keeps only the practices addressed to that stakeholder type or to
    one of its children. Three queries whatever the amount of content.
    """
    practices = (
        GuidelinePractice.objects.published()
        .select_related("stakeholder_type")
        .order_by("order", "pk")
    )
    if role is not None:
        practices = practices.for_stakeholder(role)
    guidelines = Guideline.objects.prefetch_related(
        Prefetch("practices", queryset=practices, to_attr="shown_practices")
    )
    if guideline_number is not None:
        guidelines = guidelines.filter(number=guideline_number)
    phases = CrisisPhase.objects.with_published_guidelines(guidelines)
    if phase_keys:
        phases = phases.filter(key__in=phase_keys)
    result = []
    for phase in phases:
        for guideline in phase.published_guidelines:
            guideline.practice_groups = group_by_stakeholder(guideline.shown_practices)
            guideline.id_prefix = f"g{guideline.number}-"
            guideline.live_url = absolute_url(guideline.get_absolute_url())
            guideline.qr = qr_data_uri(guideline.live_url)
        if phase.published_guidelines:
            result.append(phase)
    return result


@dataclass
class Document:
    """What one PDF holds; rendered in `language` by render_pdf()."""

    kind: str
    language: str
    key: str = ""
    title: str = ""
    subtitle: str = ""
    filename: str = ""
    principles: list = field(default_factory=list)
    phases: list = field(default_factory=list)
    role: object = None
    live_url: str = ""


def handbook_document(language):
    with translation.override(language):
        return Document(
            kind=Kind.HANDBOOK,
            language=language,
            title=_("The MICIC Guidelines: a summary for the field"),
            filename=f"micic-guidelines-{language}.pdf",
            principles=list(Principle.objects.published()),
            phases=framework(),
            live_url=absolute_url(reverse("guidelines:overview")),
        )


def phase_document(language, phase_key):
    with translation.override(language):
        phases = framework(phase_keys=[phase_key])
        if not phases:
            return None
        return Document(
            kind=Kind.PHASE,
            language=language,
            key=phase_key,
            title=phases[0].name,
            subtitle=_("The MICIC Guidelines: a summary for the field"),
            filename=f"micic-guidelines-{phase_key}-{language}.pdf",
            phases=phases,
            live_url=absolute_url(reverse("guidelines:overview")),
        )


def guideline_document(language, number):
    with translation.override(language):
        phases = framework(guideline_number=number)
        if not phases:
            return None
        guideline = phases[0].published_guidelines[0]
        return Document(
            kind=Kind.GUIDELINE,
            language=language,
            key=str(number),
            title=_("Guideline %(number)s") % {"number": number},
            subtitle=guideline.title,
            filename=f"micic-guideline-{number}-{language}.pdf",
            phases=phases,
            live_url=guideline.live_url,
        )


def kit_document(kit):
    """The PDF of a kit (forms.KitChoice): its phases, only its role's practices."""
    with translation.override(kit.language):
        return Document(
            kind=Kind.KIT_PDF,
            language=kit.language,
            key=kit.key,
            title=_("Field kit: %(role)s") % {"role": kit.role.name},
            subtitle=_("The MICIC Guidelines: a summary for the field"),
            filename=f"micic-kit-{kit.key}-{kit.language}.pdf",
            phases=framework(phase_keys=kit.phase_keys, role=kit.role),
            role=kit.role,
            live_url=absolute_url(kit.get_absolute_url()),
        )


def render_pdf(document):
    """The document as a tagged PDF (PDF/UA-1) with an outline, in its language."""
    from weasyprint import CSS, HTML

    with translation.override(document.language):
        html = render_to_string(
            "handbook/pdf/document.html",
            {
                "document": document,
                "edition_date": timezone.localdate(),
                "cover_qr": qr_data_uri(document.live_url),
                "LANGUAGE_CODE": document.language,
            },
        )
    stylesheet = CSS(filename=finders.find("handbook/print.css"))
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(
        stylesheets=[stylesheet], pdf_variant="pdf/ua-1"
    )


def kit_zip(kit, pdf_bytes):
    """The kit's ZIP: its PDF, then the tool sheets of the factsheets related
    to the guidelines the role's practices address, in the kit's language or
    in English (with a note saying which)."""
    tools = (
        Tool.objects.published()
        .filter(
            factsheet__related_guidelines__in=Guideline.objects.published()
            .filter(phase__key__in=kit.phase_keys)
            .addressing(kit.role)
        )
        .select_related("factsheet")
        .distinct()
        .order_by("factsheet_id", "order", "pk")
    )
    notes = []
    buffer = io.BytesIO()
    with translation.override(kit.language), zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"micic-kit-{kit.key}-{kit.language}.pdf", pdf_bytes)
        for tool in tools:
            language = kit.language if tool.file_in(kit.language) else "en"
            field_file = tool.file_in(language)
            if field_file is None:
                continue
            with field_file.open("rb") as handle:
                archive.writestr(f"tools/{tool.download_filename(language)}", handle.read())
            if language != kit.language:
                notes.append(
                    _("%(title)s: not available in this language, included in English.")
                    % {"title": tool.title}
                )
        readme = render_to_string(
            "handbook/kit_readme.txt", {"kit": kit, "notes": notes, "tools": tools}
        )
        archive.writestr("README.txt", readme)
    return buffer.getvalue()


def store(*, kind, language, key="", version, content, filename):
    """Store a built file under its content version and record it; keep only
    the newest EDITIONS_KEPT editions of the document."""
    name = default_storage.save(f"handbook/{version}/{filename}", ContentFile(content))
    try:
        with transaction.atomic():
            document = BuiltDocument.objects.create(
                kind=kind, language=language, key=key, version=version, file=name, size=len(content)
            )
    except IntegrityError:
        # Built twice for one version (two kit requests at once): keep the first.
        default_storage.delete(name)
        return BuiltDocument.objects.get(kind=kind, language=language, key=key, version=version)
    prune(kind=kind, language=language, key=key)
    return document


def prune(*, kind, language, key):
    older = BuiltDocument.objects.filter(kind=kind, language=language, key=key).order_by(
        "-version"
    )[EDITIONS_KEPT:]
    for document in older:
        default_storage.delete(document.file.name)
        document.delete()


def build_pdf(document, version):
    """Render and store `document` for `version` unless that edition exists."""
    existing = BuiltDocument.objects.filter(
        kind=document.kind, language=document.language, key=document.key, version=version
    ).first()
    if existing:
        return existing
    return store(
        kind=document.kind,
        language=document.language,
        key=document.key,
        version=version,
        content=render_pdf(document),
        filename=document.filename,
    )
