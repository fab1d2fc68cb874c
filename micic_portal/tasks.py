"""Background work shared by the apps (Django's task framework, settings.TASKS),
and the retry policy of every task.

django-tasks-db records each run of a task: one that raises is FAILED with its
traceback, listed in the admin (Django tasks -> DB task results, superusers).
It does not retry by itself, so `retrying` does: a failed attempt is recorded
as failed and enqueued again after a delay, up to `max_attempts` in all.
"""

import functools
import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.tasks import task
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


def retrying(max_attempts=3, delays=(60, 600)):
    """Run the task again after `delays[n]` seconds when attempt n+1 fails.

    Wrap the function under @task(); it gets an `attempt` keyword (1 at first).
    Retries need a backend that can defer (the database backend); with the
    immediate backend (tests) a failure is final.
    """

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, attempt=1, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception:
                this_task = import_string(f"{func.__module__}.{func.__name__}")
                backend = this_task.get_backend()
                if attempt < max_attempts and backend.supports_defer:
                    delay = delays[min(attempt, len(delays)) - 1]
                    this_task.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
                        *args, attempt=attempt + 1, **kwargs
                    )
                    logger.warning(
                        "%s failed (attempt %s of %s); trying again in %ss",
                        func.__name__,
                        attempt,
                        max_attempts,
                        delay,
                    )
                raise

        return wrapper

    return decorator


@task()
@retrying()
def send_email(*, subject, body, to, reply_to=()):
    """Send one plain-text email (rendered by the caller, in its language)."""
    try:
        EmailMessage(subject=subject, body=body, to=list(to), reply_to=list(reply_to)).send()
    except Exception:
        logger.exception("Could not send %r to %s", subject, ", ".join(to))
        raise
