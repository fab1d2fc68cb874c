"""Background work: what a request enqueues runs in the worker, never in the
request; failures are recorded, retried later, and listed for superusers."""

import logging
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from micic_portal.tasks import send_email
from practices.models import PracticeSubmission
from tests.practices.test_share import DONE, SHARE

ADMIN_RESULTS = "/en/admin/django_tasks_database/dbtaskresult/"


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_the_share_form_does_not_wait_for_the_mail_server(
    client, valid_data, database_tasks, mailoutbox, settings
):
    settings.MICIC_SECRETARIAT_EMAIL = "secretariat@example.org"

    response = client.post(SHARE, valid_data)

    assert response.status_code == 302 and response["Location"] == DONE
    assert PracticeSubmission.objects.exists()
    assert mailoutbox == []  # nothing sent during the request
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 2

    run_worker()

    assert sorted(m.to[0] for m in mailoutbox) == [
        "grace.mensah@example.org",
        "secretariat@example.org",
    ]
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
        TaskResultStatus.SUCCESSFUL
    }


@pytest.mark.django_db(transaction=True)
def test_a_failed_send_is_recorded_and_retried_later(database_tasks, monkeypatch, caplog):
    def broken_send(self, *args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken_send)
    send_email.enqueue(subject="Hello", body="Text", to=["someone@example.org"])

    with caplog.at_level(logging.WARNING):
        run_worker()

    failed = DBTaskResult.objects.get(status=TaskResultStatus.FAILED)
    assert "ConnectionRefusedError" in failed.traceback
    retry = DBTaskResult.objects.get(status=TaskResultStatus.READY)
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now() + timedelta(seconds=30)
    assert "Could not send" in caplog.text and "trying again" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_retries_stop_after_the_last_attempt(database_tasks, monkeypatch):
    monkeypatch.setattr("django.core.mail.EmailMessage.send", lambda self, *a, **k: 1 / 0)
    send_email.enqueue(subject="Hello", body="Text", to=["a@example.org"], attempt=3)

    run_worker()

    assert DBTaskResult.objects.get().status == TaskResultStatus.FAILED


@pytest.mark.django_db(transaction=True)
def test_search_rebuild_can_be_enqueued_and_run_by_the_worker(database_tasks, capsys):
    call_command("rebuild_search_index", "--background")

    assert "Enqueued" in capsys.readouterr().out
    result = DBTaskResult.objects.get()
    assert result.task_path == "search.tasks.rebuild_search_index"
    run_worker()
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


@pytest.mark.django_db
def test_immediate_backend_runs_the_task_at_once(mailoutbox):
    result = send_email.enqueue(subject="Now", body="Text", to=["b@example.org"])

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert mailoutbox[0].subject == "Now"


@pytest.mark.django_db
def test_superusers_see_failed_tasks_in_the_admin(admin_client, client, django_user_model):
    DBTaskResult.objects.create(
        task_path="micic_portal.tasks.send_email",
        args_kwargs={"args": [], "kwargs": {}},
        status=TaskResultStatus.FAILED,
        traceback="Traceback: ConnectionRefusedError",
        backend_name="default",
        queue_name="default",
    )

    listing = admin_client.get(ADMIN_RESULTS, {"status__exact": "FAILED"})
    assert listing.status_code == 200
    assert "send_email" in listing.content.decode()

    staff = django_user_model.objects.create_user("staff", password="x", is_staff=True)
    client.force_login(staff)
    assert client.get(ADMIN_RESULTS).status_code == 403
