"""The index follows the content: saves, deletes, translations, labels."""

import pytest
from django.core.management import call_command

from editorial.models import Status
from search.models import SearchEntry
from search.text import fold, folded_words, plain
from tests.factories import (
    ConsultationFactory,
    FactsheetFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    ToolFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("index_at_once")]


def entry(obj, kind, language):
    return SearchEntry.objects.get(kind=kind, object_id=obj.pk, language=language)


def test_text_helpers():
    assert plain("<p>Hello\x00 <b>world</b></p>\n") == "Hello world"
    assert fold("Évacuation ŒUVRE") == "evacuation oeuvre"
    assert folded_words("L'évacuation, (consulaire)") == " l evacuation consulaire "


def test_saving_indexes_each_language_with_its_label_and_address():
    guideline = GuidelineFactory(number=9, title_en="Communicate widely", title_fr="Communiquer")
    en, fr = entry(guideline, "guideline", "en"), entry(guideline, "guideline", "fr")
    assert en.title == "Communicate widely" and en.text_language == "en"
    assert fr.title == "Communiquer" and fr.text_language == "fr"
    assert en.label.startswith("Guideline 9 · ")
    assert fr.label.startswith("Ligne directrice 9 · ")
    assert en.url.startswith("/en/guidelines/") and fr.url.startswith("/fr/")
    assert not fr.is_in_other_language


def test_missing_french_is_indexed_in_english_for_french_readers():
    practice = RepositoryPracticeFactory(
        title_en="Hotline for fishermen", title_fr="", description_fr="", slug_fr=""
    )
    fr = entry(practice, "practice", "fr")
    assert fr.title == "Hotline for fishermen"
    assert fr.text_language == "en" and fr.is_in_other_language


def test_english_only_flag_indexes_english_for_french_readers():
    factsheet = FactsheetFactory(english_only=True)
    assert entry(factsheet, "factsheet", "fr").text_language == "en"


def test_edit_reindexes_and_delete_removes():
    principle = PrincipleFactory(title_en="Old words")
    principle.title_en = "New words"
    principle.save()
    assert entry(principle, "principle", "en").title == "New words"
    pk = principle.pk
    principle.delete()
    assert not SearchEntry.objects.filter(kind="principle", object_id=pk).exists()


def test_practice_label_names_its_countries_and_follows_changes():
    practice = RepositoryPracticeFactory(countries=["KE"], is_example=True)
    assert entry(practice, "practice", "en").label == "Practice from Kenya · Illustrative example"
    assert entry(practice, "practice", "fr").label.startswith("Pratique – Kenya")
    practice.countries.create(country="SN")
    assert "Senegal" in entry(practice, "practice", "en").label
    practice.countries.all().delete()
    assert entry(practice, "practice", "en").label.startswith("Practice ·") or entry(
        practice, "practice", "en"
    ).label.startswith("Practice")


def test_parent_change_reindexes_children_addresses():
    guideline = GuidelineFactory(slug_en="old-address")
    practice = GuidelinePracticeFactory(guideline=guideline)
    assert "old-address" in entry(practice, "guideline-practice", "en").url
    guideline.slug_en = "new-address"
    guideline.save()
    assert "new-address" in entry(practice, "guideline-practice", "en").url

    tool = ToolFactory()
    factsheet = tool.factsheet
    factsheet.slug_en = "renamed-sheet"
    factsheet.save()
    assert "renamed-sheet" in entry(tool, "tool", "en").url


def test_drafts_are_indexed_but_public_entries_exclude_them():
    from search.engine import public_entries

    draft = ConsultationFactory(status=Status.DRAFT)
    assert SearchEntry.objects.filter(kind="consultation", object_id=draft.pk).count() == 2
    assert not public_entries("en").filter(object_id=draft.pk, kind="consultation").exists()


def test_rebuild_command_indexes_everything_afresh():
    GuidelinePracticeFactory()
    ToolFactory()
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", verbosity=0)
    kinds = set(SearchEntry.objects.values_list("kind", flat=True))
    assert {"guideline", "guideline-practice", "factsheet", "tool"} <= kinds
    assert (
        SearchEntry.objects.filter(language="fr").count()
        == SearchEntry.objects.filter(language="en").count()
    )
