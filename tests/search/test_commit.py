"""The index waits for the commit, then indexes each saved object once."""

from unittest import mock

import pytest
from django.db import transaction

from search import indexer
from search.models import SearchEntry
from tests.factories import GuidelineFactory, GuidelinePracticeFactory

pytestmark = pytest.mark.django_db


def entries(obj, kind):
    return SearchEntry.objects.filter(kind=kind, object_id=obj.pk)


def test_a_save_is_indexed_when_its_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guideline = GuidelineFactory(title_en="Keep registers of nationals abroad")
        assert not entries(guideline, "guideline").exists()

    assert entries(guideline, "guideline").get(language="en").title == (
        "Keep registers of nationals abroad"
    )


def test_an_object_saved_many_times_in_one_transaction_is_indexed_once(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        guideline = GuidelineFactory()
    index_objects = mock.Mock(wraps=indexer.index_objects)

    with (
        mock.patch.object(indexer, "index_objects", index_objects),
        django_capture_on_commit_callbacks(execute=True),
    ):
        # An admin save: the object, then each inline that shows on its page.
        guideline.title_en = "Map who is where"
        guideline.save()
        GuidelinePracticeFactory.create_batch(3, guideline=guideline)
        guideline.save()

    indexed_guidelines = [
        pks for (item, pks), _kwargs in index_objects.call_args_list if item.kind == "guideline"
    ]
    assert indexed_guidelines == [{guideline.pk}]
    assert entries(guideline, "guideline").get(language="en").title == "Map who is where"


def test_a_rolled_back_save_leaves_no_entry(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            GuidelineFactory(title_en="Never saved")
            transaction.set_rollback(True)
        kept = GuidelineFactory(title_en="Saved")

    titles = set(SearchEntry.objects.filter(kind="guideline").values_list("title", flat=True))
    assert "Never saved" not in titles
    assert entries(kept, "guideline").get(language="en").title == "Saved"
