"""Everything that touches uploaded files works the same on the local disk and
in S3-compatible object storage (SeaweedFS): uploads and their checks,
downloads through the portal's own URLs, replacement behind a stable URL,
deletion, restoring a revision with its file, download counts.

Downloads are streamed from the storage by the portal (never a redirect to
the bucket): the download URL stays the one stable address, the portal
counts every download and answers conditional requests, the bucket stays
private, and a file is read in chunks, never whole into memory.
"""

from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from reversion.models import Version

from documents.models import DownloadCounter
from factsheets.models import Tool
from tests.editorial.conftest import admin_form_data
from tests.factories import FactsheetFactory, ToolFactory
from tests.factories.factsheets import PDF_EN, PDF_FR, pdf_bytes
from tests.factsheets.test_admin import ADD_URL, factsheet_form

pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_storage_in_use_is_the_one_configured(storage):
    default_storage.exists("anything")  # sets up the lazy object
    backend = type(default_storage._wrapped).__name__
    assert backend == {"local": "FileSystemStorage", "s3": "S3Storage"}[storage.kind]


def test_upload_through_the_admin_is_stored(storage, admin_client, media_root):
    response = admin_client.post(ADD_URL, factsheet_form())

    assert response.status_code == 302
    tool = Tool.objects.get()
    assert storage.stored_names(media_root) == sorted([tool.file_en.name, tool.file_fr.name])
    assert storage.raw_bytes(tool.file_fr.name, media_root) == PDF_FR
    assert tool.file_fr.name.startswith("factsheets/tool/")


def test_a_refused_upload_stores_nothing(storage, admin_client, media_root):
    form = factsheet_form(**{"tools-0-file_fr": SimpleUploadedFile("fr.pdf", b"only text\n")})

    response = admin_client.post(ADD_URL, form)

    assert response.status_code == 200
    assert "This file is not a PDF" in unescape(response.content.decode())
    assert storage.stored_names(media_root) == []


def test_download_streams_the_file_and_counts_it(storage, client, media_root):
    tool = ToolFactory()
    url = tool.get_file_url("fr")

    response = client.get(url)

    assert response.status_code == 200
    assert response.streaming  # read from the storage in chunks, not whole
    assert body(response) == PDF_FR
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(len(PDF_FR))
    assert response["Content-Disposition"] == f'attachment; filename="{tool.slug}-fr.pdf"'
    assert response["Content-Language"] == "fr"
    counter = DownloadCounter.objects.get(object_id=tool.pk, language="fr")
    assert (counter.downloads, counter.previews) == (1, 0)

    preview = client.get(tool.get_file_url("en", "preview"))
    assert body(preview) == PDF_EN
    assert preview["Content-Disposition"].startswith("inline")


def test_head_and_revisit_answer_without_sending_or_counting(storage, client):
    tool = ToolFactory()
    url = tool.get_file_url("en")

    head = client.head(url)
    assert head.status_code == 200
    assert head["Content-Length"] == str(len(PDF_EN))
    first = client.get(url)
    body(first)
    revisit = client.get(url, headers={"If-None-Match": first["ETag"]})

    assert revisit.status_code == 304
    assert DownloadCounter.objects.get(object_id=tool.pk, language="en").downloads == 1


def test_a_replaced_file_is_served_at_the_same_address(storage, client, media_root):
    tool = ToolFactory()
    url = tool.get_file_url("fr")
    old_name, old_etag = tool.file_fr.name, client.get(url)["ETag"]
    new_pdf = pdf_bytes("fr", "Fiche remplacée")

    tool.file_fr.save("nouvelle-fiche.pdf", ContentFile(new_pdf))

    assert tool.get_file_url("fr") == url
    response = client.get(url, headers={"If-None-Match": old_etag})
    assert response.status_code == 200
    assert body(response) == new_pdf
    assert tool.file_fr.name != old_name
    # The old file stays stored: a revision may bring it back.
    assert storage.raw_bytes(old_name, media_root) == PDF_FR


def test_a_deleted_tool_is_gone_from_its_address(storage, client, media_root):
    tool = ToolFactory()
    url = tool.get_file_url("en")

    tool.delete()

    assert client.get(url).status_code == 404


def test_a_file_missing_from_storage_is_a_404(storage, client):
    tool = ToolFactory()
    tool.file_fr.storage.delete(tool.file_fr.name)

    assert client.get(tool.get_file_url("fr")).status_code == 404
    assert client.head(tool.get_file_url("fr")).status_code == 404
    assert client.get(tool.get_file_url("en")).status_code == 200


def test_restoring_a_revision_brings_back_its_file(storage, admin_client):
    factsheet = FactsheetFactory()
    tool = ToolFactory(factsheet=factsheet)
    original = tool.file_fr.name
    change_url = f"/en/admin/factsheets/factsheet/{factsheet.pk}/change/"
    assert (
        admin_client.post(change_url, admin_form_data(admin_client.get(change_url))).status_code
        == 302
    )
    before = Version.objects.get_for_object(factsheet).first()

    data = admin_form_data(admin_client.get(change_url))
    key = next(k for k, v in data.items() if k.endswith("-id") and v == str(tool.pk))
    data[key.removesuffix("-id") + "-file_fr"] = SimpleUploadedFile(
        "remplacee.pdf", pdf_bytes("fr", "Remplacée"), "application/pdf"
    )
    assert admin_client.post(change_url, data).status_code == 302
    tool.refresh_from_db()
    assert tool.file_fr.name != original

    history_url = f"/en/admin/factsheets/factsheet/{factsheet.pk}/history/{before.pk}/"
    response = admin_client.post(history_url, admin_form_data(admin_client.get(history_url)))

    assert response.status_code == 302
    tool.refresh_from_db()
    assert tool.file_fr.name == original
    assert body(admin_client.get(tool.get_file_url("fr"))) == PDF_FR


def test_a_large_file_is_streamed_in_chunks(storage, client, settings):
    """A 5 MB tool sheet: the response iterates the storage's file, never holding it whole."""
    settings.MICIC_PAGE_CACHE = True  # small files would be sent whole for the page cache
    big = PDF_EN.replace(b"%%EOF", b"%" + b"x" * (5 * 1024 * 1024) + b"\n%%EOF")
    tool = ToolFactory(file_en=ContentFile(big, name="big.pdf"))

    response = client.get(tool.get_file_url("en"))

    assert response.streaming
    chunks = list(response.streaming_content)
    assert len(chunks) > 1
    assert max(len(chunk) for chunk in chunks) <= 1024 * 1024
    assert b"".join(chunks) == big
