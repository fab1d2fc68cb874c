"""The move from a modeltranslation `file` to one FileField per document language
keeps every stored file where it was."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("factsheets", "0001_initial")]
AFTER = [("factsheets", "0002_files_per_document_language")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def latest_schema_afterwards():
    """Leave every app fully migrated for the tests that follow."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_tool_files_survive_the_move_to_document_language_fields(latest_schema_afterwards):
    old_apps = migrate(BEFORE)
    Factsheet = old_apps.get_model("factsheets", "Factsheet")
    Tool = old_apps.get_model("factsheets", "Tool")
    factsheet = Factsheet.objects.create(
        kind="factsheet", published_on="2022-03-02", title="T", title_en="T", slug="t", slug_en="t"
    )
    common = {"factsheet": factsheet, "title": "x", "title_en": "x"}
    both = Tool.objects.create(
        slug="both", file="a/en.pdf", file_en="a/en.pdf", file_fr="a/fr.pdf", **common
    )
    english = Tool.objects.create(
        slug="english", file="b/en.pdf", file_en="b/en.pdf", file_fr=None, **common
    )

    new_apps = migrate(AFTER)

    Tool = new_apps.get_model("factsheets", "Tool")
    assert Tool.objects.get(pk=both.pk).file_en.name == "a/en.pdf"
    assert Tool.objects.get(pk=both.pk).file_fr.name == "a/fr.pdf"
    assert Tool.objects.get(pk=english.pk).file_en.name == "b/en.pdf"
    assert Tool.objects.get(pk=english.pk).file_fr.name == ""
    assert Tool.objects.get(pk=english.pk).file_ru.name == ""
    assert not Tool.objects.filter(file_fr__isnull=True).exists()
