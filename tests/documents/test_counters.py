"""Download and preview counts: written as they happen, one UPDATE each."""

import threading

import pytest
from django.db import connection

from documents.models import DownloadCounter
from factsheets.models import Tool
from tests.factories import ToolFactory

pytestmark = pytest.mark.django_db


def totals(tool):
    return Tool.objects.get(pk=tool.pk).download_totals()


def test_counter_counts_downloads_and_previews_per_language():
    tool = ToolFactory()

    DownloadCounter.objects.record(tool, "fr", "download")
    DownloadCounter.objects.record(tool, "fr", "download")
    DownloadCounter.objects.record(tool, "fr", "preview")
    DownloadCounter.objects.record(tool, "en", "download")

    assert tool.download_totals() == {"fr": (2, 1), "en": (1, 0)}
    assert DownloadCounter.objects.count() == 2


def test_a_download_is_in_the_database_when_its_response_is_sent(client):
    tool = ToolFactory(slug="planner")

    for _ in range(3):
        b"".join(client.get("/en/tools/planner/fr/download/").streaming_content)

    assert totals(tool) == {"fr": (3, 0)}


def test_counter_recovers_when_another_request_created_the_row_first(monkeypatch):
    """The lost race on the first download: the UPDATE found no row, another
    request creates it, the INSERT hits the unique constraint, and the count
    still goes up."""
    tool = ToolFactory()
    DownloadCounter.objects.record(tool, "en", "download")  # the rival's count
    queryset_class = DownloadCounter.objects.none().__class__
    real_update = queryset_class.update
    updates = []

    def update_before_the_rival_committed(queryset, **kwargs):
        updates.append(kwargs)
        return 0 if len(updates) == 1 else real_update(queryset, **kwargs)

    monkeypatch.setattr(queryset_class, "update", update_before_the_rival_committed)
    DownloadCounter.objects.record(tool, "en", "download")

    assert len(updates) == 2
    assert DownloadCounter.objects.get().downloads == 2


def test_unknown_file_action_is_refused():
    with pytest.raises(ValueError):
        DownloadCounter.objects.record(ToolFactory(), "en", "print")


def test_counters_are_deleted_with_their_tool():
    tool = ToolFactory()
    DownloadCounter.objects.record(tool, "en", "download")

    tool.delete()

    assert not DownloadCounter.objects.exists()


def test_editors_see_the_counts(admin_client):
    tool = ToolFactory(slug="planner", title_en="Planner")
    DownloadCounter.objects.record(tool, "fr", "download")

    response = admin_client.get(f"/en/admin/factsheets/factsheet/{tool.factsheet.pk}/change/")

    assert response.status_code == 200
    assert "1 download, 0 previews" in response.content.decode()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_downloads_are_all_counted():
    tool = ToolFactory()
    per_thread, threads = 15, 6
    barrier = threading.Barrier(threads)

    def download_many():
        barrier.wait()
        try:
            for _ in range(per_thread):
                DownloadCounter.objects.record(tool, "fr", "download")
        finally:
            connection.close()

    workers = [threading.Thread(target=download_many) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert DownloadCounter.objects.get(language="fr").downloads == per_thread * threads
