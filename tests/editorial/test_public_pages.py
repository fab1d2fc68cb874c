"""Public pages never read the revision tables, whatever history the content has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.editorial.conftest import admin_form_data
from tests.factories import (
    FactsheetFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    ToolFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def content_with_history(editor_client):
    guideline = GuidelineFactory(number=9)
    GuidelinePracticeFactory(guideline=guideline)
    factsheet = FactsheetFactory(related_guidelines=[guideline])
    tool = ToolFactory(factsheet=factsheet)
    principle = PrincipleFactory(number=1)
    practice = RepositoryPracticeFactory()
    for obj in (guideline, factsheet, principle, practice):
        url = f"/en/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"
        data = admin_form_data(editor_client.get(url))
        assert editor_client.post(url, data).status_code == 302
    editor_client.logout()
    return {
        "guideline": guideline,
        "factsheet": factsheet,
        "tool": tool,
        "principle": principle,
        "practice": practice,
    }


def public_urls(content):
    guideline, tool = content["guideline"], content["tool"]
    return [
        reverse("pages:home"),
        reverse("pages:about"),
        reverse("guidelines:overview"),
        content["principle"].get_absolute_url(),
        guideline.get_absolute_url(),
        guideline.get_print_url(),
        guideline.get_print_alone_url(),
        reverse("factsheets:list"),
        content["factsheet"].get_absolute_url(),
        tool.get_file_url("en", "download"),
        reverse("practices:list"),
        content["practice"].get_absolute_url(),
        reverse("practices:share"),
        "/sitemap.xml",
    ]


@pytest.mark.parametrize("as_editor", [False, True], ids=["anonymous", "editor"])
def test_no_public_page_queries_revision_tables(
    client, content_with_history, editor, lang, as_editor
):
    if as_editor:
        client.force_login(editor)
    with translation.override(lang):
        urls = public_urls(content_with_history)
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        touched = [q["sql"] for q in queries if "reversion_" in q["sql"]]
        assert touched == [], url
