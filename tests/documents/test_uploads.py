"""Uploads are recognised by their content with real parsers (pypdf, zipfile),
polyglots are refused, and sizes are checked before a file is kept: one
checker for the admin's documents and the share form's attachment."""

import io
import zipfile
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from documents.files import DOCX, ODT, PDF, XLSX, identify_document, validate_document_file
from documents.uploads import UploadSizeLimitHandler
from factsheets.models import Factsheet, Tool
from practices.models import PracticeSubmission
from tests.factsheets.test_admin import factsheet_form
from tests.practices import conftest as practices_fixtures
from tests.support.pdf import pdf_bytes
from tests.support.urls import page_path

# The share form's fixtures (a post that passes every check).
taxonomy = practices_fixtures.taxonomy
valid_data = practices_fixtures.valid_data

REAL_PDF = pdf_bytes("Consular contingency plan", "en")
SCRIPT = b"<script>alert(document.domain)</script>"
OOXML_TYPES = {
    "docx": ("word/document.xml", "wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
}


def ooxml(kind, *, with_main_part=True, main_type=None):
    """A minimal Office Open XML package as Word or Excel write it."""
    part, content_type = OOXML_TYPES[kind]
    main_type = main_type or f"application/vnd.openxmlformats-officedocument.{content_type}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="xml" ContentType="application'
            f'/xml"/><Override PartName="/{part}" ContentType="{main_type}"/></Types>',
        )
        package.writestr("_rels/.rels", "<Relationships/>")
        if with_main_part:
            package.writestr(part, "<document/>")
    return buffer.getvalue()


def odt(mimetype="application/vnd.oasis.opendocument.text", *, with_content=True):
    """A minimal OpenDocument package: `mimetype` first and stored, as the standard says."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        if with_content:
            package.writestr("content.xml", "<office:document-content/>")
        package.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    return buffer.getvalue()


def pdf_with(build):
    writer = PdfWriter()
    build(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def upload(name, content):
    """What a model's FileField holds right after a form assigned an upload."""
    tool = Tool()
    tool.file_en = SimpleUploadedFile(name, content)
    return tool.file_en


def refusal(name, content):
    with pytest.raises(ValidationError) as error:
        validate_document_file(upload(name, content))
    return error.value


# Accepted: real files of each format --------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("plan.pdf", REAL_PDF, PDF),
        ("plan.pdf", pdf_with(lambda w: w.add_blank_page(595, 842)), PDF),
        ("plan.docx", ooxml("docx"), DOCX),
        ("budget.xlsx", ooxml("xlsx"), XLSX),
        ("notes.odt", odt(), ODT),
    ],
)
def test_real_documents_are_accepted(name, content, expected):
    assert identify_document(io.BytesIO(content)) == expected
    validate_document_file(upload(name, content))


# Refused: fakes and polyglots ----------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        # The review's finding: HTML carrying a PDF signature in its first kilobyte.
        b"<!DOCTYPE html><html><body>" + SCRIPT + b"<!-- %PDF-1.7 -->\n%%EOF\n</body></html>",
        # A whole, valid PDF behind a web page: a PDF reader would open it.
        b"<html>" + SCRIPT + b"</html>\n" + REAL_PDF,
        b'<svg xmlns="http://www.w3.org/2000/svg">' + SCRIPT + b"</svg>\n%PDF-1.7\n%%EOF",
        b"\xef\xbb\xbf  \n<html>" + SCRIPT + b"%PDF-1.4\n%%EOF",
        # A PDF with a web page in its first kilobyte.
        REAL_PDF.replace(b"%PDF-1.7\n", b"%PDF-1.7\n%<html>" + SCRIPT + b"\n", 1),
    ],
    ids=["html-pdf-signature", "html-then-pdf", "svg", "bom-html", "pdf-with-html-head"],
)
def test_web_page_and_svg_polyglots_are_refused_as_such(content):
    error = refusal("tool.pdf", content)

    assert error.code == "active_content"
    assert "web page, SVG image or script" in error.messages[0]


def open_action_script(writer):
    writer.add_blank_page(595, 842)
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1);"),
        }
    )


def names_tree_script(writer):
    writer.add_blank_page(595, 842)
    writer.add_open_action(JavaScript("app.alert(1);"))


@pytest.mark.parametrize("build", [open_action_script, names_tree_script])
def test_pdf_that_runs_javascript_when_opened_is_refused(build):
    assert refusal("tool.pdf", pdf_with(build)).code == "active_content"


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\nThis is not a PDF at all, only its first bytes.\n%%EOF\n",
        b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
        REAL_PDF[: len(REAL_PDF) // 2],  # cut short
    ],
    ids=["text", "catalog-without-pages", "truncated"],
)
def test_file_starting_like_a_pdf_that_does_not_open_is_refused(content):
    error = refusal("tool.pdf", content)

    assert error.code == "damaged"
    assert "cannot be opened as a PDF" in error.messages[0]


def test_pdf_without_pages_is_refused():
    content = pdf_with(lambda writer: None)

    assert refusal("tool.pdf", content).code == "no_pages"


def test_password_protected_pdf_is_refused_with_a_hint():
    content = pdf_with(lambda w: (w.add_blank_page(595, 842), w.encrypt("secret")))

    error = refusal("tool.pdf", content)

    assert error.code == "encrypted"
    assert "password" in error.messages[0]


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("plan.docx", ooxml("docx", with_main_part=False), "damaged"),
        ("budget.xlsx", ooxml("xlsx", with_main_part=False), "damaged"),
        ("notes.odt", odt(with_content=False), "damaged"),
        ("notes.odt", odt("application/vnd.oasis.opendocument.spreadsheet"), "unsupported_format"),
        (
            "macro.docx",
            ooxml("docx", main_type="application/vnd.ms-word.document.macroEnabled.main+xml"),
            "unsupported_format",
        ),
        ("plan.docx", b"PK\x03\x04" + b"\x00" * 200, "damaged"),
        ("plan.docx", b"<html>" + SCRIPT + b"</html>" + ooxml("docx"), "active_content"),
        ("plan.docx", b"#!/bin/sh\nrm -rf ~\n" + ooxml("docx"), "unsupported_format"),
    ],
    ids=[
        "docx-without-document",
        "xlsx-without-workbook",
        "odt-without-content",
        "ods",
        "docm",
        "broken-zip",
        "html-then-zip",
        "script-then-zip",
    ],
)
def test_fake_office_documents_are_refused(name, content, code):
    assert refusal(name, content).code == code


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This file holds web page, SVG image or script code"),
        ("fr", "Ce fichier contient du code de page web, d’image SVG ou de script"),
    ],
)
def test_svg_renamed_pdf_is_refused_on_the_admin_form(admin_client, language, message):
    svg = SimpleUploadedFile(
        "guide.pdf", b'<svg xmlns="http://www.w3.org/2000/svg">' + SCRIPT + b"</svg>"
    )

    response = admin_client.post(
        f"/{language}/admin/factsheets/factsheet/add/", factsheet_form(**{"tools-0-file_en": svg})
    )

    assert response.status_code == 200
    assert message in unescape(response.content.decode())
    assert not Factsheet.objects.exists()


# Sizes ------------------------------------------------------------------------------

LIMIT = 4096


def one_byte_over(name="big.pdf"):
    """A real PDF padded with a comment to one byte more than LIMIT."""
    padding = LIMIT + 1 - len(REAL_PDF) - 2
    return SimpleUploadedFile(name, REAL_PDF + b"%" + b"x" * padding + b"\n")


def test_upload_handler_stops_keeping_a_file_past_the_limit():
    handler = UploadSizeLimitHandler()
    with override_settings(MICIC_MAX_UPLOAD_BYTES=100):
        handler.new_file("file", "big.pdf", "application/pdf", 10_000)
        kept = [handler.receive_data_chunk(b"x" * 60, 0), handler.receive_data_chunk(b"y" * 60, 60)]
        oversized = handler.file_complete(120)

    assert kept == [b"x" * 60, None]  # later handlers never get the rest
    assert oversized.size == 120
    assert oversized.read() == b""


def test_upload_handler_passes_files_within_the_limit():
    handler = UploadSizeLimitHandler()
    with override_settings(MICIC_MAX_UPLOAD_BYTES=100):
        handler.new_file("file", "ok.pdf", "application/pdf", None)
        assert handler.receive_data_chunk(b"x" * 100, 0) == b"x" * 100
        assert handler.file_complete(100) is None  # the next handler builds the file


@pytest.mark.django_db
@override_settings(MICIC_MAX_UPLOAD_BYTES=LIMIT)
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This file is 4.0\xa0KB. Files can be at most 4.0\xa0KB."),
        ("fr", "Ce fichier fait 4,0\xa0Kio. Les fichiers ne peuvent pas dépasser 4,0\xa0Kio."),
    ],
)
def test_admin_refuses_a_file_one_byte_over_the_limit(admin_client, language, message):
    response = admin_client.post(
        f"/{language}/admin/factsheets/factsheet/add/",
        factsheet_form(**{"tools-0-file_en": one_byte_over()}),
    )

    assert response.status_code == 200
    assert message in unescape(response.content.decode())
    assert not Tool.objects.exists()


@pytest.mark.django_db
@override_settings(MICIC_MAX_UPLOAD_BYTES=LIMIT)
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This file is too large (4.0\xa0KB). The limit is 4.0\xa0KB."),
        ("fr", "Ce fichier est trop volumineux (4,0\xa0Kio). La limite est de 4,0\xa0Kio."),
    ],
)
def test_share_form_refuses_a_file_one_byte_over_the_limit(client, valid_data, language, message):
    response = client.post(
        page_path(language, "/practices/share/"), {**valid_data, "attachment": one_byte_over()}
    )

    assert response.status_code == 200
    assert message in unescape(response.content.decode())
    assert PracticeSubmission.objects.count() == 0


@pytest.mark.django_db
@override_settings(MICIC_MAX_UPLOAD_BYTES=LIMIT)
def test_share_form_accepts_a_real_pdf_at_the_limit(client, valid_data):
    padding = LIMIT - len(REAL_PDF) - 2
    exactly = SimpleUploadedFile("plan.pdf", REAL_PDF + b"%" + b"x" * padding + b"\n")

    response = client.post("/en/practices/share/", {**valid_data, "attachment": exactly})

    assert response.status_code == 302
    assert PracticeSubmission.objects.get().attachment.size == LIMIT


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("plan.pdf", b"<html>" + SCRIPT + b"</html>\n" + REAL_PDF, "active_content"),
        ("plan.pdf", b"%PDF-1.7\nnot really a PDF\n%%EOF\n", "damaged"),
        ("plan.docx", ooxml("docx", with_main_part=False), "damaged"),
        ("budget.xlsx", ooxml("xlsx"), "bad_type"),  # a real spreadsheet, not what the form takes
    ],
)
def test_share_form_uses_the_same_checker(client, valid_data, name, content, code):
    response = client.post(
        "/en/practices/share/",
        {**valid_data, "attachment": SimpleUploadedFile(name, content)},
    )

    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["attachment"]
    assert [error.code for error in errors] == [code]
    assert PracticeSubmission.objects.count() == 0
