import io
import posixpath
import re
import zipfile
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from guidelines.models import Guideline
from handbook import builders, tasks
from handbook.models import BuildRequest, BuiltDocument, Kind
from handbook.pack import PackBuilder
from tests.conftest import LANGUAGE_CODES
from tests.factories import CrisisPhaseFactory, GuidelineFactory
from tests.support.pdf import pdf_bytes


def pdf_text(reader):
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def outline_titles(reader):
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def test_handbook_pdf_holds_the_framework_in_its_language(framework, lang):
    reader = PdfReader(io.BytesIO(builders.render_pdf(builders.handbook_document(lang))))
    text = pdf_text(reader)
    for guideline in framework["guidelines"]:
        expected = getattr(guideline, f"title_{lang}") or guideline.title_en
        assert expected in text
    if lang == "fr":
        assert "Handbook guideline 3 in English" not in text
        # The one title missing in French is shown in English and marked.
        assert "Ce contenu n’est pas encore disponible" in text or "anglais" in text
    with translation.override(lang):
        notice = translation.gettext(
            "This page summarises the official text in the portal’s own words."
        )
    assert notice in text
    outline = outline_titles(reader)
    assert len(reader.pages) > 15
    assert any("Preparedness" in title or "Préparation" in title for title in outline)
    assert (
        sum(
            "guideline" in title.lower() or "ligne directrice" in title.lower() for title in outline
        )
        >= 15
    )
    assert reader.trailer["/Root"]["/Lang"] == lang


def test_guideline_pdf_has_its_practices(framework):
    document = builders.guideline_document("en", 9)
    text = pdf_text(PdfReader(io.BytesIO(builders.render_pdf(document))))
    assert "Handbook guideline 9 in English" in text
    assert "Host practice 9" in text and "Employer practice 9" in text
    assert "Handbook guideline 10" not in text


def test_kit_has_only_the_roles_practices(framework, client):
    url = reverse("handbook:kit")
    query = {"role": "host-states", "phase": ["preparedness", "post-crisis"], "language": "fr"}
    response = client.get(url, query)
    assert response.status_code == 200
    kit_pdf = BuiltDocument.objects.get(kind=Kind.KIT_PDF)
    download = client.get(
        reverse(
            "handbook:download",
            kwargs={"kind": kit_pdf.kind, "language": "fr", "key": kit_pdf.key},
        )
    )
    text = pdf_text(PdfReader(io.BytesIO(b"".join(download.streaming_content))))
    assert "Pratique hôte 1" in text and "Pratique hôte 14" in text
    assert "Pratique employeur" not in text
    assert "Pratique hôte 9" not in text  # an emergency-response guideline: not chosen
    kit_zip = BuiltDocument.objects.get(kind=Kind.KIT_ZIP)
    with kit_zip.file.open("rb") as handle, zipfile.ZipFile(handle) as archive:
        names = archive.namelist()
        readme = archive.read("README.txt").decode()
    assert any(name.startswith("tools/host-checklist-en") for name in names)
    # No French file: included in English, and the README says so.
    assert readme.count("Liste hôte") == 2


@pytest.mark.parametrize(
    "query",
    [
        {"role": "nobody", "phase": "preparedness", "language": "en"},
        {"role": "host-states", "phase": "someday", "language": "en"},
        {"role": "host-states", "language": "en"},
        {"role": "host-states", "phase": "preparedness", "language": "xx"},
    ],
)
def test_bad_kit_parameters_give_a_400_page_saying_what_is_allowed(framework, client, query):
    response = client.get(reverse("handbook:kit"), query)
    assert response.status_code == 400
    content = response.content.decode()
    assert "host-states" in content and "preparedness" in content
    assert not BuiltDocument.objects.exists()


def test_previous_edition_is_served_while_a_newer_build_is_pending(db, client):
    old = BuiltDocument.objects.create(
        kind=Kind.HANDBOOK, language="en", version=1, size=9, file="handbook/1/x.pdf"
    )
    old.file.save("handbook/1/micic-guidelines-en.pdf", ContentFile(b"%PDF-old!"), save=True)
    BuildRequest.objects.create(version=2)
    response = client.get(
        reverse("handbook:download", kwargs={"kind": "handbook", "language": "en"})
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-old!"
    page = client.get(reverse("handbook:documents")).content.decode()
    assert "A new edition is being prepared" in page
    assert "edition of" in page


def test_documents_page_in_few_queries(framework, client, lang, django_assert_max_num_queries):
    for kind, key in [(Kind.HANDBOOK, ""), (Kind.PACK, ""), (Kind.PHASE, "preparedness")]:
        builders.store(
            kind=kind, language=lang, key=key, version=1, content=b"x" * 1500, filename="f"
        )
    with translation.override(lang):
        url = reverse("handbook:documents")
    with django_assert_max_num_queries(6):
        response = client.get(url)
    assert response.status_code == 200
    assert re.search(r"PDF, 1[.,]5", response.content.decode())


def test_kit_page_served_from_storage_in_few_queries(
    framework, client, django_assert_max_num_queries
):
    query = {"role": "employers", "phase": "emergency-response", "language": "en"}
    client.get(reverse("handbook:kit"), query)
    with django_assert_max_num_queries(6):
        response = client.get(reverse("handbook:kit"), query)
    assert response.status_code == 200
    assert "ZIP, " in response.content.decode()


def test_one_build_per_content_version(
    framework, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.MICIC_BUILD_ON_PUBLISH = True
    enqueued = []
    monkeypatch.setattr(
        tasks,
        "build_field_documents",
        SimpleNamespace(enqueue=lambda **kwargs: enqueued.append(kwargs)),
    )
    with django_capture_on_commit_callbacks(execute=True):
        for guideline in Guideline.objects.all()[:3]:
            guideline.save()
    assert len(enqueued) == 1
    assert BuildRequest.objects.count() == 1


def test_offline_pack_is_self_contained(framework):
    # The pack takes the handbook as it was built; any PDF stands in for it
    # (tests above render the real one).
    handbook = builders.handbook_document("en")
    builders.store(
        kind=handbook.kind,
        language="en",
        version=1,
        content=pdf_bytes("Handbook", "en"),
        filename=handbook.filename,
    )
    archive = zipfile.ZipFile(io.BytesIO(PackBuilder("en").build()))
    names = set(archive.namelist())
    pages = [name for name in names if name.endswith(".html")]
    assert "micic-offline-en/en/index.html" in names
    assert any(name.startswith("micic-offline-en/files/micic-guidelines-en") for name in names)
    checked = 0
    for name in pages:
        html = archive.read(name).decode()
        assert not re.search(r'(href|src|action)="(https?:)?//(127\.0\.0\.1|testserver)', html), (
            name
        )
        assert 'role="search"' not in html
        for link in re.findall(r'(?:href|src)="([^"#]*)(?:#[^"]*)?"', html):
            if not link or re.match(r"^[a-z]+:", link):
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), link))
            assert target in names, f"{name} links to {link}"
            checked += 1
    assert checked > 100


def test_build_all_makes_each_document_once_in_every_language(db):
    # What seed_demo and the build task run; tests/demo leaves it out of its seeds.
    phase = CrisisPhaseFactory(key="preparedness")
    GuidelineFactory(number=1, phase=phase)
    GuidelineFactory(number=2, phase=phase, status="draft")
    expected = {
        (kind, language, key)
        for language in LANGUAGE_CODES
        for kind, key in [
            (Kind.HANDBOOK, ""),
            (Kind.PHASE, "preparedness"),
            (Kind.GUIDELINE, "1"),
            (Kind.PACK, ""),
        ]
    }

    assert tasks.build_all(7) == len(expected)
    assert set(BuiltDocument.objects.values_list("kind", "language", "key")) == expected
    assert tasks.build_all(7) == len(expected)  # what was built for this version is kept
