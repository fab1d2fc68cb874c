"""Field documents are built again, once, when scheduled content turns public."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from handbook import tasks
from handbook.models import BuildRequest
from tests.factories import FactsheetFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def enqueued_builds(monkeypatch):
    enqueued = []
    monkeypatch.setattr(
        tasks,
        "build_field_documents",
        SimpleNamespace(enqueue=lambda **kwargs: enqueued.append(kwargs)),
    )
    return enqueued


def test_publication_due_requests_one_build_however_often_it_runs(enqueued_builds):
    due = timezone.now() - timedelta(seconds=1)
    BuildRequest.objects.create(version=1)
    BuildRequest.objects.update(requested_at=due - timedelta(minutes=5))  # built before

    assert tasks.publication_due.call(at=due.isoformat()) == "requested"
    assert tasks.publication_due.call(at=due.isoformat()) == "already requested"

    assert BuildRequest.objects.count() == 2
    assert len(enqueued_builds) == 1
    assert enqueued_builds[0]["version"] != 1


def test_a_build_schedules_the_next_scheduled_publication(monkeypatch):
    now = timezone.now()
    later = now + timedelta(hours=2)
    FactsheetFactory(publish_at=now + timedelta(hours=5))
    FactsheetFactory(publish_at=later)
    FactsheetFactory(publish_at=now - timedelta(hours=1))  # public already
    scheduled = []
    monkeypatch.setattr(
        tasks,
        "publication_due",
        SimpleNamespace(
            get_backend=lambda: SimpleNamespace(supports_defer=True),
            using=lambda run_after: SimpleNamespace(
                enqueue=lambda **kwargs: scheduled.append((run_after, kwargs))
            ),
        ),
    )

    tasks.schedule_next_publication(after=now)

    assert scheduled == [(later, {"at": later.isoformat()})]


def test_nothing_is_scheduled_on_a_backend_that_cannot_defer():
    FactsheetFactory(publish_at=timezone.now() + timedelta(hours=2))
    # The tests' immediate backend: would raise if the task were deferred.
    tasks.schedule_next_publication(after=timezone.now())
