"""
Shared test fixtures.

CI sets MICIC_STRICT_TESTS=1: then a browser or Redis test that is skipped,
or a PostgreSQL test skipped while running on PostgreSQL, fails the run, so a
green CI always means those tests really ran. MICIC_EXPECT_DB names the
database vendor the run must be using (sqlite or postgresql).

The demo site (`demo`, `demo_site`) is seeded once per test session (per
xdist worker) and committed; the tests that read it run last in each session
(see pytest_collection_modifyitems), so no other test sees it.
"""

import contextlib
import functools
import os
import shutil

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test import override_settings
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation

from search import indexer
from tests.support.demo import seed_demo

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STRICT = os.environ.get("MICIC_STRICT_TESTS") == "1"


@pytest.fixture(params=LANGUAGE_CODES)
def lang(request):
    """Run the test once per site language."""
    return request.param


@pytest.fixture(autouse=True)
def _reset_language():
    """A request to a /fr/ page leaves French active in this thread; start each test in English."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (pages, rate limits, content version):
    a rolled-back database sends no signal to invalidate what an earlier test cached."""
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and generated files go to a throw-away directory."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """admin_client's password hash would otherwise cost seconds per test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def index_at_once(monkeypatch):
    """Search-index each write at once, as if its transaction had committed.

    The indexer waits for the commit (search.indexer._index_at_commit) and a
    test on `db` never commits: with this, a test can write content and then
    search it. tests/search/test_commit.py covers the wait itself.
    """
    wait_for_commit = indexer._index_at_commit

    def at_once(*args, **kwargs):
        wait_for_commit(*args, **kwargs)
        indexer._index_pending()

    monkeypatch.setattr(indexer, "_index_at_commit", at_once)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive Debian's Chromium: Playwright cannot download its own browser here."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings
):
    """The test database, created once per session (per xdist worker).

    Replaces pytest-django's, which creates it only when a collected test names
    `db`, `transactional_db` or `live_server`: a run of browser tests alone
    names none of them (see `site`).
    """
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            aliases={DEFAULT_DB_ALIAS},
            serialized_aliases=set(),  # no test uses serialized_rollback
        )
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=request.config.option.verbose)


@contextlib.contextmanager
def _live_server(request):
    """pytest-django's live server with its settings for the test (allowed
    host), asked for here rather than as a fixture argument: pytest-django
    gives any test naming live_server transactional_db."""
    server = request.getfixturevalue("live_server")
    server._live_server_modified_settings.enable()
    try:
        yield server
    finally:
        server._live_server_modified_settings.disable()


# What migrate leaves in the test database for every test: the content types,
# and the permissions and editor groups post_migrate builds from them.
_MADE_BY_MIGRATE = (ContentType, Permission, Group, Group.permissions.through)


def _empty_the_tables_tests_fill(using=DEFAULT_DB_ALIAS):
    """Django's flush for a test that committed, less what migrate made.

    TransactionTestCase flushes every table, then replays post_migrate to
    rebuild the content types, permissions and groups: a second per test,
    most of a browser test's cost. They are left as they are instead.
    """
    connection = connections[using]
    kept = {model._meta.db_table for model in _MADE_BY_MIGRATE}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in kept
    ]
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables))


@pytest.fixture
def site(request, django_db_setup, django_db_blocker):
    """A live server whose database the test fills: what the test writes is
    committed (the server sees it, on PostgreSQL through its own connection)
    and emptied after the test.

    Not pytest-django's transactional_db, whose flush costs a second per test
    (see _empty_the_tables_tests_fill).
    """
    if "db" in request.fixturenames or "transactional_db" in request.fixturenames:
        pytest.fail(
            f"{request.node.nodeid}: a test on `site` commits what it writes; it must not"
            " also ask for `db` (a transaction the server cannot see) or"
            " `transactional_db` (use get_user_model() rather than django_user_model)",
            pytrace=False,
        )
    with _live_server(request) as server, django_db_blocker.unblock():
        try:
            yield server
        finally:
            _empty_the_tables_tests_fill()
            # An open connection would keep PostgreSQL from dropping the test
            # database; SQLite's in-memory one is the server's as well.
            if connection.vendor != "sqlite":
                connections.close_all()


@pytest.fixture(scope="session")
def demo_media(tmp_path_factory):
    """Where the session's demo site keeps its sample files."""
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, demo_media):
    """The demo site, seeded once per session into the test database and
    committed; the stand-in for the documents build that seed_demo called."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=demo_media):
        build_all = seed_demo()
        # Session fixtures and tests may not share a connection (asgiref's
        # context-local connections): an open one here would keep PostgreSQL
        # from dropping the test database at the end.
        connections.close_all()
    return build_all


@pytest.fixture
def _close_connections_afterwards():
    """Close this test's connections once its transaction is rolled back (an
    open one would keep PostgreSQL from dropping the test database)."""
    yield
    connections.close_all()


@pytest.fixture
def demo(demo_database, _close_connections_afterwards, db, settings, demo_media):
    """The demo site (seed_demo, both languages), for a test that reads it and
    may change it: the test runs in a transaction, rolled back afterwards."""
    settings.MEDIA_ROOT = demo_media


@pytest.fixture
def demo_site(request, demo):
    """A live server on the demo site, for browser tests that only read it.

    Not `site` (transactional_db), which empties every table after the test,
    the session's demo with them. The test runs in a transaction like `demo`:
    on SQLite the server shares the test's connection, so whatever it writes
    is rolled back; on PostgreSQL it has its own connection and sees the
    committed demo, not what the test itself writes (give such a test `site`
    and its own data).
    """
    with _live_server(request) as server:
        yield server


def _reads_the_demo(item):
    return bool({"demo", "demo_site"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Skip browser tests without Chromium and PostgreSQL tests on another
    database (here, before any of their fixtures, such as the session's
    SeaweedFS server, is set up); run the demo's readers last.

    The demo is committed once per session (per worker), so any test that
    comes after the first reader would see it. Readers go last, the browser
    ones (which cannot roll back) after the others. xdist hands each worker
    its tests in this order. Runs after pytest-django's own ordering.
    """
    skip_browser = pytest.mark.skip(reason="chromium is not installed")
    skip_postgres = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
    for item in items:
        if "browser" in item.keywords and not CHROMIUM:
            item.add_marker(skip_browser)
        if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
            item.add_marker(skip_postgres)
    readers = [item for item in items if _reads_the_demo(item)]
    others = [item for item in items if not _reads_the_demo(item)]
    in_browser = [item for item in readers if "demo_site" in item.fixturenames]
    items[:] = others + [item for item in readers if item not in in_browser] + in_browser


@functools.cache
def _redis_answers():
    import redis

    try:
        return redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.fixture(autouse=True)
def _require_redis(request):
    if request.node.get_closest_marker("redis") and not _redis_answers():
        pytest.skip("needs Redis at 127.0.0.1:6379 (.ci/run starts it)")


def pytest_sessionstart(session):
    expected = os.environ.get("MICIC_EXPECT_DB")
    if expected and connection.vendor != expected:
        raise pytest.UsageError(
            f"MICIC_EXPECT_DB={expected} but the tests would run on {connection.vendor}"
        )


_unexpected_skips = []


def pytest_runtest_logreport(report):
    if not (STRICT and report.skipped):
        return
    allowed = "postgres" in report.keywords and connection.vendor != "postgresql"
    if not allowed:
        _unexpected_skips.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if _unexpected_skips:
        print("\nMICIC_STRICT_TESTS: these tests were skipped but must run:")
        for nodeid in _unexpected_skips:
            print(f"  {nodeid}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
