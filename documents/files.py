"""
Per-language document files: what does not touch the database.

Which languages files can be in (settings.MICIC_DOCUMENT_LANGUAGES, a
superset of the site languages), the accepted formats and how they are
recognised by their content with real parsers (`identify_document`, also used
by the practices' share form), the upload validator, the storage path of an
upload and the clean name a visitor's download gets. The abstract models that use them are
in `documents.models`, the view that serves them in `documents.views`.
"""

import logging
import re
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from xml.etree import ElementTree

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.deconstruct import deconstructible
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


# Document languages --------------------------------------------------------

# A code becomes part of a field name (file_pt_br) and of file URLs.
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")


def document_languages():
    """Codes of the languages a document's files can be in, in settings order."""
    return [code for code, _name in settings.MICIC_DOCUMENT_LANGUAGES]


def check_document_languages():
    """The document language codes, or ImproperlyConfigured if the setting is unusable.

    Called when LanguageFilesModel is defined (so at startup, by every
    process): the file fields are generated from this list, and every site
    language must be one of them, or a page could never offer a file in its
    own language.
    """
    codes = document_languages()
    problems = []
    if missing := [code for code, _name in settings.LANGUAGES if code not in codes]:
        problems.append(f"it lacks the site language(s) {', '.join(missing)}")
    if duplicates := sorted({code for code in codes if codes.count(code) > 1}):
        problems.append(f"it lists {', '.join(duplicates)} more than once")
    for code in codes:
        if not _LANGUAGE_CODE.match(code):
            problems.append(f"{code!r} is not a lower-case language code such as 'es' or 'pt-br'")
            continue
        try:
            translation.get_language_info(code)
        except KeyError:
            problems.append(f"Django does not know the language {code!r}")
    if problems:
        raise ImproperlyConfigured(
            "settings.MICIC_DOCUMENT_LANGUAGES must list every code of settings.LANGUAGES "
            "and other languages Django knows, each once: " + "; ".join(problems) + "."
        )
    return codes


def file_field_name(language):
    """The model field holding a document's file in `language` (file_en, file_pt_br)."""
    return f"file_{language.replace('-', '_')}"


def document_language_name(language):
    """The language's name in the page language, as running text uses it
    ("Russian", « russe »), from settings.MICIC_DOCUMENT_LANGUAGES."""
    return dict(settings.MICIC_DOCUMENT_LANGUAGES)[language]


def page_order(languages, page_language=None):
    """`languages` in the order a page lists them: the page language, then the
    other site languages, then the rest, each group in settings order."""
    page_language = page_language or translation.get_language()
    site = [code for code, _name in settings.LANGUAGES]
    order = document_languages()

    def key(code):
        return (code != page_language, code not in site, order.index(code))

    return sorted((code for code in languages if code in order), key=key)


# Formats ---------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentFormat:
    extension: str  # also the key, lower case, without the dot
    label: str  # shown to visitors, e.g. "PDF"
    mimetype: str
    # Browsers display it themselves, so a "Preview" link makes sense.
    previewable: bool = False


PDF = DocumentFormat("pdf", "PDF", "application/pdf", previewable=True)
DOCX = DocumentFormat(
    "docx", "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
)
ODT = DocumentFormat("odt", "ODT", "application/vnd.oasis.opendocument.text")
XLSX = DocumentFormat(
    "xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)
FORMATS = {fmt.extension: fmt for fmt in (PDF, DOCX, ODT, XLSX)}

# Office Open XML packages name their main part's type in [Content_Types].xml.
# Macro-enabled variants (docm, xlsm) and templates declare other types, so
# they are refused along with everything else.
_OOXML_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
}
# An OpenDocument package names its type in a first, uncompressed `mimetype`
# member; its text is in content.xml.
_ODF_MIMETYPES = {b"application/vnd.oasis.opendocument.text": ODT}
# Never decompress more than this to recognise a package (no zip bombs).
_MAX_MANIFEST_BYTES = 1024 * 1024

_PDF_SIGNATURE = b"%PDF-"
_ZIP_SIGNATURE = b"PK\x03\x04"
# Markup a browser would run if it ever took the file for a web page. Checked
# in the first kilobyte, where browsers sniff; a real document never has it
# there (PDF text sits in (strings), office XML is compressed).
_ACTIVE_MARKUP = (b"<html", b"<!doctype", b"<script", b"<svg", b"<iframe", b"<body")
_SNIFFED_BYTES = 1024


# What a file URL can ask for: the last part of every per-language file
# address (.../<language>/<action>/, see views.language_file_path).
FILE_ACTIONS = ("preview", "download")


def format_of_name(name):
    """The format a stored file name stands for (uploads are validated, so the
    extension matches the content), or None."""
    return FORMATS.get(PurePosixPath(name or "").suffix.lower().lstrip("."))


ACTIVE_CONTENT_MESSAGE = _(
    "This file holds web page, SVG image or script code, instead of or besides a "
    "document, so it is refused: such code could run in a visitor's browser or PDF "
    "reader. Export the document again from the program that made it and upload "
    "that copy."
)
DAMAGED_MESSAGE = _(
    "This file looks like a %(format)s document but cannot be opened as a %(format)s: "
    "it may be damaged or incomplete. Export it again and upload the new copy."
)


def _active_content():
    return ValidationError(ACTIVE_CONTENT_MESSAGE, code="active_content")


def _damaged(fmt):
    return ValidationError(DAMAGED_MESSAGE, code="damaged", params={"format": fmt.label})


def identify_document(fileobj):
    """The format of an upload, judged by its content with real parsers; None
    when it is none of the accepted formats.

    The one check behind every upload (admin documents, the share form's
    attachment). Raises ValidationError when the file is worse than
    unsupported: web page, SVG or script code in it (`active_content`), or the
    signature of a format it does not open as (`damaged`, `no_pages`,
    `encrypted`). A file must *start* with its format's signature: a PDF or
    ZIP behind other data is exactly what a polyglot is.

    Reads from the (seekable) file object what the parsers need, not the whole
    file, and leaves it at position 0.
    """
    try:
        fileobj.seek(0)
        head = fileobj.read(_SNIFFED_BYTES)
        lowered = head.lower()
        # A file that opens with markup (an XML declaration, a comment, a
        # tag) is a web page or an image at best, whatever follows.
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") or any(
            markup in lowered for markup in _ACTIVE_MARKUP
        ):
            raise _active_content()
        if head.startswith(_PDF_SIGNATURE):
            return _check_pdf(fileobj)
        if head.startswith(_ZIP_SIGNATURE):
            return _check_package(fileobj)
        return None
    finally:
        fileobj.seek(0)


def detect_format(fileobj):
    """identify_document() for callers that only ask "which format, if any?":
    None for anything refused."""
    try:
        return identify_document(fileobj)
    except ValidationError:
        return None


def _check_pdf(fileobj):
    # Imported here: pypdf is only needed when a PDF is uploaded.
    from pypdf import PdfReader

    fileobj.seek(0)
    try:
        reader = PdfReader(fileobj)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(
                _(
                    "This PDF is protected by a password, so visitors could not open it. "
                    "Upload a copy without a password."
                ),
                code="encrypted",
            )
        pages = len(reader.pages)
        runs_scripts = _pdf_runs_javascript(reader)
    except ValidationError:
        raise
    except Exception as error:
        # pypdf raises many kinds of errors on malformed input (its own, and
        # KeyError, ValueError, RecursionError…): any of them means the file
        # does not open as a PDF.
        logger.info("Upload refused, not a readable PDF: %r", error)
        raise _damaged(PDF) from None
    if pages < 1:
        raise ValidationError(_("This PDF has no pages."), code="no_pages")
    if runs_scripts:
        raise _active_content()
    return PDF


def _pdf_runs_javascript(reader):
    """True if the document runs JavaScript when it is opened or on a document
    event: a JavaScript names tree, or a JavaScript open or additional action
    in its catalog."""
    catalog = reader.trailer["/Root"].get_object()
    names = catalog.get("/Names")
    if names is not None and "/JavaScript" in names.get_object():
        return True
    actions = [catalog.get("/OpenAction")]
    if (additional := catalog.get("/AA")) is not None:
        actions.extend(additional.get_object().values())
    for action in actions:
        action = action.get_object() if action is not None else None
        if isinstance(action, dict) and action.get("/S") == "/JavaScript":
            return True
    return False


def _check_package(fileobj):
    try:
        with zipfile.ZipFile(fileobj) as package:
            entries = {info.filename: info for info in package.infolist()}
            if (info := entries.get("mimetype")) and info.file_size <= 200:
                fmt = _ODF_MIMETYPES.get(package.read(info).strip())
                if fmt is not None and "content.xml" not in entries:
                    raise _damaged(fmt)
                return fmt
            info = entries.get("[Content_Types].xml")
            if info is None or info.file_size > _MAX_MANIFEST_BYTES:
                return None
            return _check_ooxml(package.read(info), entries)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, KeyError):
        raise ValidationError(
            _(
                "This file looks like a Word, OpenDocument or Excel document but cannot be "
                "opened: it may be damaged or incomplete. Export it again and upload the new copy."
            ),
            code="damaged",
        ) from None


def _check_ooxml(manifest, entries):
    """The Office format whose main part [Content_Types].xml declares, if that
    part is really in the package."""
    try:
        types = ElementTree.fromstring(manifest)
    except ElementTree.ParseError:
        return None
    # Matched by local name: some writers leave out the namespace.
    for override in (e for e in types.iter() if e.tag.rpartition("}")[2] == "Override"):
        fmt = _OOXML_MAIN_TYPES.get(override.get("ContentType", ""))
        if fmt is not None:
            if override.get("PartName", "").lstrip("/") not in entries:
                raise _damaged(fmt)
            return fmt
    return None


@deconstructible
class DocumentFileValidator:
    """Accept only PDF, DOCX, ODT and XLSX files, recognised by their content
    (identify_document), no larger than settings.MICIC_MAX_UPLOAD_BYTES,
    whose name's extension matches what they are.

    The size is checked first, from `size` alone: documents.uploads has
    already stopped keeping the bytes of a file past the limit.
    Files already stored are not checked again: only new uploads are.
    """

    def __call__(self, value):
        if not value or getattr(value, "_committed", True):
            return
        limit = settings.MICIC_MAX_UPLOAD_BYTES
        if value.size > limit:
            raise ValidationError(
                _("This file is %(size)s. Files can be at most %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(value.size), "limit": filesizeformat(limit)},
            )
        fmt = identify_document(value.file)
        if fmt is None:
            raise ValidationError(
                _(
                    "This file is not a PDF, Word (DOCX), OpenDocument text (ODT) or "
                    "Excel (XLSX) document. Only these formats can be uploaded."
                ),
                code="unsupported_format",
            )
        extension = PurePosixPath(value.name).suffix.lower().lstrip(".")
        if extension != fmt.extension:
            raise ValidationError(
                _(
                    "This file is a %(format)s document but its name ends in "
                    "“.%(extension)s”. Rename it to end in “.%(expected)s” and upload it again."
                ),
                code="extension_mismatch",
                params={
                    "format": fmt.label,
                    "extension": extension,
                    "expected": fmt.extension,
                },
            )

    def __eq__(self, other):
        return isinstance(other, DocumentFileValidator)


validate_document_file = DocumentFileValidator()


def clean_file_name(filename):
    """A safe name for storage: no directories, ASCII slug, lower-case extension."""
    name = PurePosixPath(str(filename).replace("\\", "/")).name
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = extension, ""
    stem = slugify(stem)[:80].strip("-") or "document"
    extension = slugify(extension)[:10]
    return f"{stem}.{extension}" if extension else stem


def document_upload_to(instance, filename):
    """<app>/<model>/<random>/<clean name>: a replaced file never overwrites or
    collides with the old one, and no visitor ever sees this path (downloads go
    through the portal's own URLs)."""
    meta = instance._meta
    return f"{meta.app_label}/{meta.model_name}/{secrets.token_hex(6)}/{clean_file_name(filename)}"


def language_name_local(code):
    """A language's name in that language, capitalised ("Français")."""
    name = translation.get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:]


@dataclass(frozen=True)
class FileVersion:
    """One language's file of a document, as a page shows it."""

    language: str
    name_local: str
    format: DocumentFormat
    size: int
    preview_url: str | None
    download_url: str
    is_page_language: bool
