"""The page cache shared by several servers: one rebuild per page after a
publication, and what a reverse proxy or CDN in front may keep."""

import pytest
from django.test import Client
from django.utils.cache import get_max_age

from pages import cache as page_cache
from pages.cache import claim_rebuild, content_changed, release_rebuild, versioned_set
from tests.factories import GuidelineFactory
from tests.support.urls import page_path


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.MICIC_PAGE_CACHE = True
    settings.MICIC_PROXY_CACHE_SECONDS = 10
    settings.MICIC_PROXY_STALE_SECONDS = 30
    settings.MICIC_PROXY_STALE_IF_ERROR_SECONDS = 86400


def directives(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.mark.django_db
def test_anonymous_pages_may_be_kept_briefly_by_a_proxy(lang):
    GuidelineFactory(number=3)
    miss = Client().get(page_path(lang, "/guidelines/"))
    hit = Client().get(page_path(lang, "/guidelines/"))

    assert hit["X-Page-Cache"] == "hit"
    for response in (miss, hit):
        assert directives(response) == {
            "public",
            "max-age=0",
            "must-revalidate",
            "s-maxage=10",
            "stale-while-revalidate=30",
            "stale-if-error=86400",
        }
        assert get_max_age(response) == 0  # browsers still revalidate every time


@pytest.mark.django_db
def test_proxy_caching_can_be_turned_off(settings):
    settings.MICIC_PROXY_CACHE_SECONDS = 0

    response = Client().get("/en/about/")

    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"


@pytest.mark.django_db
def test_pages_for_signed_in_staff_are_private_and_not_stored(admin_client, lang):
    response = admin_client.get(page_path(lang, "/about/"))

    assert response.status_code == 200
    assert {"private", "no-store"} <= directives(response)
    assert not {"public", "s-maxage=10"} & directives(response)


@pytest.mark.django_db
def test_responses_that_set_cookies_are_private_and_not_stored(lang):
    response = Client().get(page_path(lang, "/practices/share/"))  # sets the CSRF cookie

    assert response.cookies
    assert {"private", "no-store"} <= directives(response)
    assert "public" not in directives(response)


@pytest.mark.django_db
def test_a_visitor_with_messages_gets_a_private_page():
    client = Client()
    client.cookies["messages"] = "anything"

    assert {"private", "no-store"} <= directives(client.get("/en/about/"))


# One rebuild per page after a publication ------------------------------------


@pytest.mark.django_db
def test_only_the_first_request_claims_a_rebuild():
    assert claim_rebuild("page", 1)
    assert not claim_rebuild("page", 1)
    assert claim_rebuild("page", 2)  # a newer version is a new rebuild
    release_rebuild("page", 1)
    assert claim_rebuild("page", 1)


@pytest.fixture
def another_worker(monkeypatch):
    """Another worker holds the rebuild claim of every page; while this one
    waits, it stores its copy (`finish="store"`) or gives up (`finish="none"`)."""

    class Worker:
        finish = "store"
        claimed = []

    def claims(key, version):
        Worker.claimed.append((key, version))
        return False

    def sleep(seconds):
        key, version = Worker.claimed[-1]
        if Worker.finish == "store":
            page = (200, [("Content-Type", "text/html")], b"rebuilt by the other worker")
            versioned_set(key, page, version)
        page_cache.release_rebuild(key, version)

    monkeypatch.setattr("pages.middleware.claim_rebuild", claims)
    monkeypatch.setattr(page_cache.time, "sleep", sleep)
    return Worker


@pytest.mark.django_db
def test_a_page_being_rebuilt_elsewhere_is_waited_for_not_rebuilt(another_worker, lang):
    GuidelineFactory(number=3)
    Client().get(page_path(lang, "/guidelines/"))
    content_changed()  # a publication: every page must be rebuilt

    response = Client().get(page_path(lang, "/guidelines/"))

    assert response["X-Page-Cache"] == "hit"
    assert response.content == b"rebuilt by the other worker"


@pytest.mark.django_db
def test_a_request_builds_the_page_itself_if_the_rebuild_stored_nothing(another_worker):
    GuidelineFactory(number=3, short_label_en="Empower migrants")
    another_worker.finish = "none"

    response = Client().get("/en/guidelines/")

    assert response["X-Page-Cache"] == "miss"
    assert "Empower migrants" in response.content.decode()


@pytest.mark.django_db
def test_an_address_the_cache_cannot_keep_is_not_waited_for_again(another_worker):
    # The share form sets its form token's cookie: the cache never keeps it, so
    # waiting for another request's copy of it (here, on a rebuild that stores
    # nothing) would only queue visitors behind each other.
    another_worker.finish = "none"
    first = Client().get("/en/practices/share/")
    waits = len(another_worker.claimed)

    second = Client().get("/en/practices/share/")

    assert first.status_code == second.status_code == 200
    assert waits == 1
    assert len(another_worker.claimed) == waits  # built at once, no claim, no wait
