import contextlib

import pytest
from django.tasks import task_backends

# The share form's fixtures, for the test of what it enqueues.
from tests.practices.conftest import *  # noqa: F403
from tests.practices.conftest import valid_data  # noqa: F401


def _reset_task_backends():
    """Django has no setting_changed receiver for TASKS: forget the built backends."""
    task_backends.__dict__.pop("settings", None)
    for alias in list(task_backends.settings):
        with contextlib.suppress(AttributeError):
            del task_backends[alias]


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database and run by `db_worker`, as in production."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    _reset_task_backends()
    yield
    _reset_task_backends()
