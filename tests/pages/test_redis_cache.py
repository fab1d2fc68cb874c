"""The production cache (Redis, CACHE_URL=redis://…) and the page cache on it."""

import os

import pytest
from django.core.cache import cache
from django.test import Client

from tests.factories import GuidelineFactory, ToolFactory
from tests.factories.factsheets import PDF_FR
from tests.support.urls import page_path

pytestmark = pytest.mark.redis


@pytest.fixture
def redis_cache(settings):
    """The project's Redis backend on a database of its own per test process
    (pytest-xdist runs several), emptied before and after."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    database = 15 - int(worker.removeprefix("gw") or 0) % 8
    settings.CACHES = {
        "default": {
            "BACKEND": "pages.redis_cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:6379/{database}",
            "KEY_PREFIX": "micic-test",
        }
    }
    settings.MICIC_PAGE_CACHE = True
    cache.clear()
    yield cache
    cache.clear()


def test_one_redis_client_per_connection_pool(redis_cache):
    client = redis_cache._cache.get_client()

    assert redis_cache._cache.get_client() is client
    assert redis_cache._cache.get_client(write=True) is client  # one server: one pool
    redis_cache.set("greeting", {"en": "Hello", "fr": "Bonjour"})
    assert redis_cache.get_many(["greeting", "missing"]) == {
        "greeting": {"en": "Hello", "fr": "Bonjour"}
    }


@pytest.mark.django_db
def test_pages_are_served_from_redis_until_content_changes(redis_cache, lang):
    guideline = GuidelineFactory(
        number=9, short_label_en="Communicate", short_label_fr="Communiquer"
    )
    url = page_path(lang, "/guidelines/")
    label = {"en": "Communicate", "fr": "Communiquer"}[lang]

    first, second = Client().get(url), Client().get(url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert label in second.content.decode()

    guideline.short_label_en, guideline.short_label_fr = "Warn early", "Alerter tôt"
    guideline.save()
    after = Client().get(url)

    assert after["X-Page-Cache"] == "miss"
    assert {"en": "Warn early", "fr": "Alerter tôt"}[lang] in after.content.decode()


@pytest.mark.django_db
def test_downloads_always_go_through_their_view(redis_cache):
    ToolFactory(slug="planner")
    client = Client()

    first = client.get("/en/tools/planner/fr/download/")
    second = client.get("/en/tools/planner/fr/download/")

    assert b"".join(first) == b"".join(second) == PDF_FR
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "miss")
