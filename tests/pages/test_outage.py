"""A database outage: cached pages still served, a bilingual 503 page for the
rest (never a 500), recovery without a restart; health endpoints."""

import pytest
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.test import Client

from pages.cache import content_changed
from tests.factories import GuidelineFactory
from tests.support.urls import page_path

HEADINGS = {
    "en": "The portal is briefly unavailable",
    "fr": "Le portail est brièvement indisponible",
}


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.MICIC_PAGE_CACHE = True
    settings.MICIC_RETRY_AFTER_SECONDS = 30


class Outage:
    """`start()`: the database cannot be reached (every query raises
    OperationalError, as psycopg does on a refused connection); `end()`: it is back."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch

    def start(self):
        self.monkeypatch.setattr(connection, "ensure_connection", self._unreachable)

    def end(self):
        self.monkeypatch.undo()

    @staticmethod
    def _unreachable():
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


@pytest.fixture
def outage(monkeypatch):
    return Outage(monkeypatch)


@pytest.mark.django_db
def test_cached_pages_are_served_while_the_database_is_down(
    lang, outage, django_assert_num_queries
):
    GuidelineFactory(number=3, short_label_en="Empower migrants", short_label_fr="Autonomiser")
    assert Client().get(page_path(lang, "/guidelines/"))["X-Page-Cache"] == "miss"

    with django_assert_num_queries(0):  # (it opens the connection first)
        outage.start()
        response = Client().get(page_path(lang, "/guidelines/"))

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert {"en": "Empower migrants", "fr": "Autonomiser"}[lang] in response.content.decode()


@pytest.mark.django_db
def test_other_pages_get_a_bilingual_503_with_retry_after(lang, outage):
    GuidelineFactory(number=3)
    outage.start()

    response = Client(raise_request_exception=False).get(page_path(lang, "/guidelines/"))

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert HEADINGS["en"] in page and HEADINGS["fr"] in page
    assert "Traceback" not in page and "OperationalError" not in page


@pytest.mark.django_db
def test_a_page_changed_before_the_outage_is_served_from_its_older_copy(outage):
    GuidelineFactory(number=3, short_label_en="Empower migrants")
    Client().get("/en/guidelines/")
    content_changed()  # a publication just before the database went away

    outage.start()
    response = Client().get("/en/guidelines/")

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "stale"
    assert "Empower migrants" in response.content.decode()


@pytest.mark.django_db
def test_the_site_recovers_by_itself_when_the_database_returns(lang, outage):
    GuidelineFactory(number=3, short_label_en="Empower migrants", short_label_fr="Autonomiser")
    client = Client(raise_request_exception=False)

    outage.start()
    assert client.get(page_path(lang, "/guidelines/")).status_code == 503
    outage.end()

    response = client.get(page_path(lang, "/guidelines/"))
    assert response.status_code == 200
    assert {"en": "Empower migrants", "fr": "Autonomiser"}[lang] in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_connection_lost_in_a_template_is_a_503(error, monkeypatch, lang):
    GuidelineFactory(number=3)

    def lost(*args, **kwargs):
        raise error("server closed the connection unexpectedly")

    # Fails while the page renders (querysets are lazy: templates run them).
    monkeypatch.setattr(connection, "ensure_connection", lost)
    response = Client(raise_request_exception=False).get(page_path(lang, "/guidelines/?page=2"))

    assert response.status_code == 503
    assert HEADINGS[lang] in response.content.decode()


@pytest.mark.django_db
def test_signed_in_staff_get_the_503_page_not_a_500(admin_client, outage, lang):
    outage.start()
    admin_client.raise_request_exception = False

    for path in (page_path(lang, "/"), page_path(lang, "/admin/")):
        response = admin_client.get(path)
        assert response.status_code == 503, path
        assert HEADINGS[lang] in response.content.decode()


@pytest.mark.django_db
def test_sharing_a_practice_during_the_outage_is_a_503(outage, lang):
    outage.start()

    response = Client(raise_request_exception=False).post(
        page_path(lang, "/practices/share/"), {"title": "A practice"}
    )

    assert response.status_code == 503
    assert response["Retry-After"] == "30"


# Health endpoints ------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/livez", "/healthz"])
def test_liveness_stays_up_while_the_database_is_down(client, outage, path):
    """The site still serves cached pages and 503 pages: keep it in the load balancer."""
    assert client.get(path).status_code == 200
    outage.start()

    response = client.get(path)

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readiness_checks_database_cache_and_storage(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readiness_is_503_without_the_database_and_says_nothing_more(client, outage):
    outage.start()

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.content == b"unavailable\n"
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readiness_is_503_without_the_cache(client, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(cache, "set", down)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.content == b"unavailable\n"


@pytest.mark.django_db
def test_readiness_is_503_without_file_storage(client, monkeypatch):
    from django.core.files.storage import default_storage

    def down(name):
        raise OSError("Could not connect to the endpoint URL")

    monkeypatch.setattr(default_storage, "exists", down)

    assert client.get("/readyz").status_code == 503
