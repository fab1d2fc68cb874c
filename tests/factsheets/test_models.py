"""Tools' files in each language, factsheet and tool querysets, factsheet slugs."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone, translation

from editorial.models import Status
from factsheets.models import Factsheet, Tool
from tests.factories import FactsheetFactory, GuidelineFactory, ToolFactory
from tests.factories.factsheets import PDF_ES, PDF_RU

pytestmark = pytest.mark.django_db


def test_missing_french_file_is_not_replaced_by_the_english_one():
    tool = ToolFactory(file_fr=None)

    with translation.override("fr"):
        # Plain per-language fields: there is no translated `file` that could
        # fall back to the English one.
        assert not hasattr(tool, "file")
        assert tool.file_in("fr") is None
        assert tool.available_languages() == ["en"]
        assert [version.language for version in tool.file_versions()] == ["en"]


def test_every_document_language_has_its_own_plain_file_field():
    fields = {field.name: field for field in Tool._meta.get_fields()}

    for code in ("en", "fr", "es", "ru"):
        assert type(fields[f"file_{code}"]).__name__ == "FileField"
        assert not fields[f"file_{code}"].null
    assert "file" not in fields
    with translation.override("fr"):
        assert str(fields["file_ru"].verbose_name) == "fichier en russe"


def test_files_beyond_the_site_languages_are_available():
    tool = ToolFactory(
        file_fr=None,
        file_ru=ContentFile(PDF_RU, name="tool-ru.pdf"),
        file_es=ContentFile(PDF_ES, name="tool-es.pdf"),
    )

    assert tool.available_languages() == ["en", "es", "ru"]
    assert list(Tool.objects.with_file_in("ru")) == [tool]
    assert list(Tool.objects.without_file_in("ru")) == []
    assert tool.file_in("ru").read() == PDF_RU


def test_file_versions_order_page_language_then_site_languages_then_others():
    tool = ToolFactory(
        file_ru=ContentFile(PDF_RU, name="tool-ru.pdf"),
        file_es=ContentFile(PDF_ES, name="tool-es.pdf"),
    )

    with translation.override("fr"):
        versions = tool.file_versions()

    assert [(v.language, v.name_local) for v in versions] == [
        ("fr", "Français"),
        ("en", "English"),
        ("es", "Español"),
        ("ru", "Русский"),
    ]
    assert versions[3].download_url == f"/fr/outils/{tool.slug}/ru/telecharger/"


def test_a_language_dropped_from_settings_is_no_longer_offered(settings):
    tool = ToolFactory(file_ru=ContentFile(PDF_RU, name="tool-ru.pdf"))

    settings.MICIC_DOCUMENT_LANGUAGES = settings.LANGUAGES

    assert tool.available_languages() == ["en", "fr"]
    assert tool.file_in("ru") is None


def test_file_versions_put_page_language_first_with_format_and_size():
    tool = ToolFactory(slug="coordination")

    with translation.override("fr"):
        versions = tool.file_versions()

    assert [(v.language, v.name_local, v.is_page_language) for v in versions] == [
        ("fr", "Français", True),
        ("en", "English", False),
    ]
    french = versions[0]
    assert french.format.label == "PDF"
    assert french.size == tool.file_fr.size
    assert french.download_url == "/fr/outils/coordination/fr/telecharger/"
    assert french.preview_url == "/fr/outils/coordination/fr/apercu/"


def test_file_missing_from_storage_is_left_out_of_versions():
    tool = ToolFactory()
    tool.file_fr.storage.delete(tool.file_fr.name)

    assert [version.language for version in tool.file_versions()] == ["en"]


def test_download_filename_is_slug_language_and_real_extension():
    tool = ToolFactory(slug="strengthening-multi-stakeholder-coordination")

    assert tool.download_filename("fr") == "strengthening-multi-stakeholder-coordination-fr.pdf"


def test_tool_needs_a_file_in_at_least_one_language():
    tool = ToolFactory.build(file_en=None, file_fr=None, factsheet=FactsheetFactory())

    with pytest.raises(ValidationError) as error:
        tool.full_clean()

    assert "file_en" in error.value.message_dict


def test_published_tools_need_a_published_factsheet():
    visible = ToolFactory()
    ToolFactory(status=Status.DRAFT)
    ToolFactory(factsheet=FactsheetFactory(status=Status.DRAFT))
    ToolFactory(factsheet=FactsheetFactory(publish_at=timezone.now() + timedelta(days=1)))

    assert list(Tool.objects.published()) == [visible]
    assert list(Tool.objects.visible_to(AnonymousUser())) == [visible]


def test_tools_for_guideline_are_published_ones_of_related_factsheets():
    guideline = GuidelineFactory()
    older = ToolFactory(factsheet=FactsheetFactory(related_guidelines=[guideline]))
    newer_sheet = FactsheetFactory(related_guidelines=[guideline])
    second = ToolFactory(factsheet=newer_sheet, order=2)
    first = ToolFactory(factsheet=newer_sheet, order=1)
    ToolFactory(factsheet=newer_sheet, status=Status.DRAFT)
    ToolFactory(factsheet=FactsheetFactory(related_guidelines=[guideline], status=Status.DRAFT))
    ToolFactory()  # unrelated

    assert list(Tool.objects.published().for_guideline(guideline)) == [first, second, older]


def test_factsheets_with_file_in_a_language():
    both = ToolFactory().factsheet
    english_only = ToolFactory(file_fr=None).factsheet
    ToolFactory(status=Status.DRAFT, factsheet=english_only)  # a draft French tool does not count

    assert set(Factsheet.objects.with_file_in("en")) == {both, english_only}
    assert list(Factsheet.objects.with_file_in("fr")) == [both]
    assert list(Tool.objects.without_file_in("fr")) != []


def test_empty_string_file_counts_as_missing():
    tool = ToolFactory()
    Tool.objects.filter(pk=tool.pk).update(file_fr="")

    assert list(Tool.objects.with_file_in("fr")) == []
    assert Tool.objects.get(pk=tool.pk).available_languages() == ["en"]


def test_replacing_a_file_keeps_the_download_url():
    tool = ToolFactory()
    url = tool.get_file_url("fr")
    old_name = tool.file_fr.name

    tool.file_fr = ContentFile(b"%PDF-1.4 new\n%%EOF", name="nouvelle-version.pdf")
    tool.save()

    tool.refresh_from_db()
    assert tool.file_fr.name != old_name
    assert tool.get_file_url("fr") == url


def test_factsheet_slug_may_not_reuse_another_sheets_slug_in_any_language():
    FactsheetFactory(slug_en="coordination", slug_fr="coordination-fr")
    clash = FactsheetFactory.build(slug_en="new-sheet", slug_fr="coordination")

    with pytest.raises(ValidationError) as error:
        clash.full_clean()

    assert list(error.value.message_dict) == ["slug_fr"]
    assert "Another factsheet already uses this address." in error.value.messages


def test_several_factsheets_may_lack_a_french_slug():
    FactsheetFactory(slug_fr=None)
    second = FactsheetFactory.build(slug_fr=None)

    second.full_clean()
    second.save()
