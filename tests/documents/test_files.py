"""Recognising uploads by content, the upload validator and storage names."""

import io
import zipfile

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from documents.files import (
    DOCX,
    ODT,
    PDF,
    XLSX,
    check_document_languages,
    clean_file_name,
    detect_format,
    document_language_name,
    document_languages,
    document_upload_to,
    file_field_name,
    language_name_local,
    page_order,
    validate_document_file,
)
from factsheets.models import Tool
from tests.factories.factsheets import PDF_EN


def ooxml(main_content_type):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0"?><Types><Override PartName="/main.xml" '
            f'ContentType="{main_content_type}"/></Types>',
        )
        package.writestr("main.xml", "<document/>")
    return buffer.getvalue()


def odf(mimetype):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", mimetype)
        package.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


DOCX_BYTES = ooxml(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
XLSX_BYTES = ooxml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
DOCM_BYTES = ooxml("application/vnd.ms-word.document.macroEnabled.main+xml")
ODT_BYTES = odf("application/vnd.oasis.opendocument.text")
ODS_BYTES = odf("application/vnd.oasis.opendocument.spreadsheet")


def upload(name, content):
    """What a model's FileField holds right after a form assigned an upload."""
    tool = Tool()
    tool.file_en = SimpleUploadedFile(name, content)
    return tool.file_en


@pytest.mark.parametrize(
    ("content", "expected"),
    [(PDF_EN, PDF), (DOCX_BYTES, DOCX), (XLSX_BYTES, XLSX), (ODT_BYTES, ODT)],
)
def test_accepted_formats_are_recognised_by_content(content, expected):
    assert detect_format(io.BytesIO(content)) == expected


@pytest.mark.parametrize(
    "content",
    [
        b"Just some text, renamed to look like a PDF.\n",
        b"%PDF-1.7 but no end of file marker",
        DOCM_BYTES,  # macro-enabled Word
        ODS_BYTES,  # spreadsheet, not text
        b"PK\x03\x04 not really a zip",
        b"",
    ],
)
def test_other_content_is_not_recognised(content):
    assert detect_format(io.BytesIO(content)) is None


def test_detection_leaves_the_file_at_its_start():
    fileobj = io.BytesIO(DOCX_BYTES)
    detect_format(fileobj)
    assert fileobj.tell() == 0


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("sheet.pdf", PDF_EN),
        ("Sheet.PDF", PDF_EN),
        ("plan.docx", DOCX_BYTES),
        ("budget.xlsx", XLSX_BYTES),
        ("notes.odt", ODT_BYTES),
    ],
)
def test_validator_accepts_supported_files(name, content):
    validate_document_file(upload(name, content))


def test_validator_rejects_text_file_renamed_pdf():
    with pytest.raises(ValidationError) as error:
        validate_document_file(upload("tool.pdf", b"plain text pretending to be a PDF"))

    assert error.value.code == "unsupported_format"
    assert "not a PDF" in error.value.messages[0]


def test_validator_rejects_oversized_file(settings):
    settings.MICIC_MAX_UPLOAD_BYTES = 1000

    with pytest.raises(ValidationError) as error:
        validate_document_file(upload("tool.pdf", PDF_EN + b" " * 1000))

    assert error.value.code == "file_too_large"
    assert "1000\xa0bytes" in error.value.messages[0]


def test_default_size_limit_is_25_mb(settings):
    assert settings.MICIC_MAX_UPLOAD_BYTES == 25 * 1024 * 1024


def test_validator_rejects_extension_that_lies_about_content():
    with pytest.raises(ValidationError) as error:
        validate_document_file(upload("tool.docx", PDF_EN))

    assert error.value.code == "extension_mismatch"
    assert "“.pdf”" in error.value.messages[0]


@pytest.mark.django_db
def test_validator_does_not_recheck_stored_files():
    from tests.factories import ToolFactory

    tool = ToolFactory()
    tool.file_en.storage.delete(tool.file_en.name)

    validate_document_file(tool.file_en)  # no error, no read of the missing file


@pytest.mark.parametrize(
    ("uploaded", "stored"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\windows\\evil.PDF", "evil.pdf"),
        ("Fiche d'outil \u2013 été 2022.pdf", "fiche-doutil-ete-2022.pdf"),
        ("...pdf", "document.pdf"),
        ("noextension", "noextension"),
        ("x" * 300 + ".pdf", "x" * 80 + ".pdf"),
    ],
)
def test_file_names_are_sanitised(uploaded, stored):
    assert clean_file_name(uploaded) == stored


def test_upload_path_stays_in_the_app_directory():
    path = document_upload_to(Tool(), "../../../etc/passwd.pdf")

    parts = path.split("/")
    assert parts[:2] == ["factsheets", "tool"]
    assert ".." not in parts
    assert parts[-1] == "passwd.pdf"
    assert document_upload_to(Tool(), "a.pdf") != document_upload_to(Tool(), "a.pdf")


# Document languages ------------------------------------------------------------


def test_document_languages_come_from_settings_site_languages_first(settings):
    assert document_languages() == ["en", "fr", "es", "ru"]
    assert [code for code, _name in settings.LANGUAGES] == document_languages()[:2]

    settings.MICIC_DOCUMENT_LANGUAGES = [*settings.LANGUAGES, ("ar", "Arabic")]
    assert document_languages() == ["en", "fr", "ar"]


@pytest.mark.parametrize(
    ("languages", "problem"),
    [
        ([("en", "English"), ("ru", "Russian")], "lacks the site language(s) fr"),
        ([("en", "E"), ("fr", "F"), ("en", "E")], "lists en more than once"),
        ([("en", "E"), ("fr", "F"), ("xx", "X")], "Django does not know the language 'xx'"),
        ([("en", "E"), ("fr", "F"), ("RU", "R")], "'RU' is not a lower-case language code"),
        ([("en", "E"), ("fr", "F"), ("../x", "X")], "'../x' is not a lower-case language code"),
    ],
)
def test_unusable_document_languages_stop_the_site_at_startup(settings, languages, problem):
    settings.MICIC_DOCUMENT_LANGUAGES = languages

    with pytest.raises(ImproperlyConfigured) as error:
        check_document_languages()

    assert problem in str(error.value)


def test_file_fields_are_named_after_language_codes():
    assert file_field_name("ru") == "file_ru"
    assert file_field_name("pt-br") == "file_pt_br"
    assert Tool.file_field_names() == ["file_en", "file_fr", "file_es", "file_ru"]


@pytest.mark.parametrize(
    ("page_language", "expected"),
    [("fr", ["fr", "en", "es", "ru"]), ("en", ["en", "fr", "es", "ru"])],
)
def test_page_order_is_page_language_then_site_languages_then_the_rest(page_language, expected):
    assert page_order(["ru", "es", "en", "fr"], page_language) == expected


def test_page_order_drops_languages_that_are_not_document_languages():
    assert page_order(["de", "ru", "en"], "fr") == ["en", "ru"]


def test_language_names_for_running_text_are_translated():
    with translation.override("fr"):
        assert str(document_language_name("ru")) == "russe"
        assert str(document_language_name("en")) == "anglais"
    assert language_name_local("ru") == "Русский"
    assert language_name_local("es") == "Español"
