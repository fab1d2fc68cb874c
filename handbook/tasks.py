"""
When the field documents are built: after published content changes, never
in a visitor's request.

The receiver listens to pages.cache.content_version_changed, sent whenever
the content version moves on (saves and deletes of every Publishable model,
changes to their many-to-many relations, admin writes). Once the change is
committed it requests one build for the new content version: a
publication saving fifty rows still makes one build (BuildRequest's unique
version is the debounce, shared by every process).

Scheduled content (`publish_at`) turns public with no save, so a build made
before its time lacks it: each build also schedules `publication_due` for
the next scheduled publication (on a backend that can defer tasks), which
requests one build once that time has come, however many builds scheduled it.

The task is written against Django's task API (`@task`, `.enqueue()`), so it
runs in a worker with a queue backend, or at once with the immediate backend
(settings.TASKS in development and tests).
"""

from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.tasks import task
from django.utils import timezone, translation

from pages import cache as page_cache
from pages.cache import content_version

# Each process asks the database at most once per version (seed_demo and a
# publication commit many saves at once).
_REQUESTED_KEY = "micic:handbook:requested:{version}"


@task
def build_field_documents(version):
    """Build every field document for content `version`, unless a newer
    version has been requested meanwhile (its own build will do it)."""
    from handbook.models import BuildRequest

    if BuildRequest.objects.filter(version__gt=version).exists():
        return "superseded"
    started = timezone.now()
    build_all(version)
    BuildRequest.objects.filter(version=version).update(finished_at=timezone.now())
    schedule_next_publication(after=started)
    return "built"


@task
def publication_due(at):
    """Scheduled content became public at `at` (ISO 8601): build the field
    documents again, once. Every build before `at` scheduled this task; the
    first to run requests the build, the others find it requested."""
    from handbook.models import BuildRequest

    if BuildRequest.objects.filter(requested_at__gte=datetime.fromisoformat(at)).exists():
        return "already requested"
    # The documents built before `at` carry the current content version:
    # a new version is what lets one more build be requested (and moves
    # the cached pages on, as a publication through the admin would).
    page_cache.content_changed()
    request_build()
    return "requested"


def schedule_next_publication(*, after):
    """Run `publication_due` at the first scheduled publication later than
    `after` (when the build read the content: should that time have come
    while it ran, the task runs at once), if the task backend can defer
    tasks (the immediate backend of the tests cannot)."""
    if not publication_due.get_backend().supports_defer:
        return
    upcoming = page_cache.next_publication(after)
    if upcoming is not None:
        publication_due.using(run_after=upcoming).enqueue(at=upcoming.isoformat())


def build_all(version):
    """The handbook, the phase and guideline PDFs, then the offline pack, in
    every site language; editions already built for `version` are kept."""
    from guidelines.models import CrisisPhase, Guideline
    from handbook import builders, pack
    from handbook.models import BuiltDocument

    phase_keys = list(CrisisPhase.objects.values_list("key", flat=True))
    numbers = list(Guideline.objects.published().values_list("number", flat=True))
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            builders.build_pdf(builders.handbook_document(language), version)
            for key in phase_keys:
                if document := builders.phase_document(language, key):
                    builders.build_pdf(document, version)
            for number in numbers:
                if document := builders.guideline_document(language, number):
                    builders.build_pdf(document, version)
            pack.build_pack(language, version)
    return BuiltDocument.objects.filter(version=version).count()


def request_build():
    """Enqueue one build for the current content version (after commit)."""
    from handbook.models import BuildRequest

    version = content_version()
    if not cache.add(_REQUESTED_KEY.format(version=version), True, timeout=24 * 3600):
        return
    _request, created = BuildRequest.objects.get_or_create(version=version)
    if created:
        build_field_documents.enqueue(version=version)


def content_changed(**kwargs):
    if settings.MICIC_BUILD_ON_PUBLISH:
        transaction.on_commit(request_build)


def connect_build_on_publish():
    page_cache.content_version_changed.connect(content_changed, dispatch_uid="micic-handbook")
