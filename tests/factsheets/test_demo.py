"""seed_demo's factsheets: real PDFs in the right languages, safe to rerun."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from documents.files import PDF, detect_format
from factsheets.demo import build_pdf
from factsheets.models import Factsheet, Tool

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("seed_demo", stdout=io.StringIO())


def test_demo_has_the_required_sheets(seeded):
    assert Factsheet.objects.published().count() >= 6
    coordination = Factsheet.objects.get(slug_en="strengthening-multi-stakeholder-coordination")
    assert coordination.published_on == date(2022, 3, 2)
    assert coordination.tools.get().available_languages() == ["en", "fr"]
    assert Factsheet.objects.filter(
        title_en="Protecting migrant domestic workers: a tool for States of origin"
    ).exists()
    children = Factsheet.objects.get(title_en="Migrant children in crises")
    assert children.tools.count() == 2
    assert Factsheet.objects.filter(
        kind=Factsheet.Kind.KNOWLEDGE_SHEET, published_on__year=2023
    ).exists()
    assert Tool.objects.without_file_in("fr").exists()
    assert coordination.related_guidelines.filter(number=7).exists()


def test_demo_files_are_real_pdfs_in_their_language(seeded):
    tool = Tool.objects.get(slug="strengthening-multi-stakeholder-coordination")
    for language, heading in (
        ("en", b"Strengthening multi-stakeholder coordination"),
        ("fr", b"Renforcer la coordination multipartite"),
    ):
        with tool.file_in(language).open("rb") as handle:
            content = handle.read()
        assert detect_format(io.BytesIO(content)) == PDF
        assert heading in content
        assert f"/Lang ({language})".encode() in content


def test_seeding_twice_changes_nothing(seeded):
    before = {tool.pk: (tool.file_en.name, tool.file_fr.name) for tool in Tool.objects.all()}
    out = io.StringIO()

    call_command("seed_demo", stdout=out)

    after = {tool.pk: (tool.file_en.name, tool.file_fr.name) for tool in Tool.objects.all()}
    assert after == before
    assert "Factsheets: 0 new sheet(s), 0 tool(s) given files" in out.getvalue()


def test_reseeding_restores_lost_files_but_not_removed_ones(seeded):
    lost = Tool.objects.get(slug="migrant-children-checklists")
    lost.file_fr.storage.delete(lost.file_fr.name)
    removed = Tool.objects.get(slug="talking-with-children-in-crises")
    removed.file_fr = None
    removed.save()

    call_command("seed_demo", stdout=io.StringIO())

    lost.refresh_from_db()
    removed.refresh_from_db()
    assert lost.file_fr.storage.exists(lost.file_fr.name)
    assert removed.file_in("fr") is None


def test_russian_pdf_embeds_a_cyrillic_font_from_a_python_package():
    content = build_pdf(
        title="Доклад о консультации",
        kicker="Брюссель",
        paragraphs=["Короткий демонстрационный текст.", "- пункт"],
        language="ru",
    )

    assert detect_format(io.BytesIO(content)) == PDF
    assert b"/Lang (ru)" in content
    assert b"PTSans" in content and b"/FontFile2" in content
    assert b"/ToUnicode" in content  # the text stays searchable and copyable
    assert b"Helvetica" not in content


def test_spanish_and_french_pdfs_keep_their_accents_in_the_standard_fonts():
    for language, title in (("es", "Guía para niños: ¿qué hacer?"), ("fr", "Œuvre d'été « ici »")):
        content = build_pdf(title=title, kicker="K", paragraphs=[title], language=language)

        assert title.encode("windows-1252") in content
        assert b"/FontFile2" not in content
        assert f"/Lang ({language})".encode() in content
