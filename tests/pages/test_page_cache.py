"""The anonymous page cache never serves stale or someone else's page; HTTP caching headers."""

import gzip
import random
import secrets
import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from editorial.models import Status
from pages.cache import content_version, page_timeout
from tests.factories import GuidelineFactory
from tests.support.demo import seed_demo
from tests.support.forms import form_data
from tests.support.urls import page_path


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.MICIC_PAGE_CACHE = True
    settings.MICIC_PAGE_CACHE_SECONDS = 600


def get(path, client=None, **headers):
    return (client or Client()).get(path, headers=headers)


@pytest.mark.django_db
def test_second_anonymous_request_is_served_from_the_cache(lang, django_assert_num_queries):
    GuidelineFactory(number=3, short_label_en="Empower migrants", short_label_fr="Autonomiser")

    first = get(page_path(lang, "/guidelines/"))
    with django_assert_num_queries(0):
        second = get(page_path(lang, "/guidelines/"))

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Language"] == lang


@pytest.mark.django_db
def test_languages_are_cached_separately():
    GuidelineFactory(number=3, short_label_en="Empower migrants", short_label_fr="Autonomiser")

    get("/en/guidelines/")
    french = get("/fr/lignes-directrices/")

    assert french["X-Page-Cache"] == "miss"
    assert "Autonomiser" in french.content.decode()


@pytest.mark.django_db
def test_an_edit_shows_on_the_next_anonymous_request(lang):
    guideline = GuidelineFactory(number=3, short_label_en="Old label", short_label_fr="Ancien")
    get(page_path(lang, "/guidelines/"))

    guideline.short_label_en = "New label"
    guideline.short_label_fr = "Nouveau"
    guideline.save()
    response = get(page_path(lang, "/guidelines/"))

    assert response["X-Page-Cache"] == "miss"
    assert {"en": "New label", "fr": "Nouveau"}[lang] in response.content.decode()


@pytest.mark.django_db
def test_publishing_shows_on_the_next_anonymous_request():
    guideline = GuidelineFactory(number=4, status=Status.DRAFT, short_label_en="Hidden yet")
    assert "Hidden yet" not in get("/en/guidelines/").content.decode()

    guideline.status = Status.PUBLISHED
    guideline.save()

    assert "Hidden yet" in get("/en/guidelines/").content.decode()


@pytest.mark.django_db
def test_an_admin_save_shows_on_the_next_anonymous_request(admin_client):
    guideline = GuidelineFactory(number=5, short_label_en="Before the edit")
    assert "Before the edit" in get("/en/guidelines/").content.decode()
    change_url = f"/en/admin/guidelines/guideline/{guideline.pk}/change/"
    page = admin_client.get(change_url).content.decode()

    response = admin_client.post(
        change_url, form_data(page, "guideline_form", short_label_en="After the edit")
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    fresh = get("/en/guidelines/")
    assert fresh["X-Page-Cache"] == "miss"
    assert "After the edit" in fresh.content.decode()


@pytest.mark.django_db
def test_staff_never_get_the_cached_anonymous_page_and_vice_versa(admin_client):
    draft = GuidelineFactory(number=6, status=Status.DRAFT, short_label_en="Draft for staff")
    url = f"/en/guidelines/6/{draft.slug_en}/"

    assert get(url).status_code == 404
    staff_page = admin_client.get(url)
    anonymous_again = get(url)
    overview_for_anonymous = get("/en/guidelines/")
    overview_for_staff = admin_client.get("/en/guidelines/")

    assert staff_page.status_code == 200
    assert "X-Page-Cache" not in staff_page
    assert "Draft — not public." in staff_page.content.decode()
    assert anonymous_again.status_code == 404
    assert overview_for_anonymous["X-Page-Cache"] == "miss"
    assert "X-Page-Cache" not in overview_for_staff


@pytest.mark.django_db
def test_pages_with_a_form_token_are_not_cached():
    get("/en/practices/share/")
    again = get("/en/practices/share/")

    assert again["X-Page-Cache"] == "miss"
    assert "csrfmiddlewaretoken" in again.content.decode()


@pytest.mark.django_db
def test_a_visitor_with_flash_messages_is_not_served_from_the_cache():
    get("/en/about/")
    client = Client()
    client.cookies["messages"] = "anything"

    assert "X-Page-Cache" not in client.get("/en/about/")


@pytest.mark.django_db
def test_cached_pages_expire_when_scheduled_content_is_due():
    due = timezone.now() + timedelta(seconds=2)
    GuidelineFactory(number=7, publish_at=due, short_label_en="Scheduled guideline")

    assert 0 < page_timeout(content_version()) <= 2
    assert "Scheduled guideline" not in get("/en/guidelines/").content.decode()
    time.sleep(max(0, (due - timezone.now()).total_seconds()) + 0.2)

    response = get("/en/guidelines/")

    assert response["X-Page-Cache"] == "miss"
    assert "Scheduled guideline" in response.content.decode()


@pytest.mark.django_db
def test_page_timeout_without_scheduled_content_is_the_configured_maximum():
    GuidelineFactory(number=8)

    assert page_timeout(content_version()) == 600


@pytest.mark.django_db
def test_seeding_changes_the_content_version():
    version = content_version()

    seed_demo()

    assert content_version() != version


@pytest.mark.django_db
@pytest.mark.parametrize("page_cache_on", [True, False])
def test_public_pages_revalidate_with_an_etag(settings, page_cache_on):
    settings.MICIC_PAGE_CACHE = page_cache_on
    first = get("/en/about/")

    not_modified = get("/en/about/", **{"if-none-match": first["ETag"]})

    assert first["Cache-Control"].startswith("public, max-age=0, must-revalidate")
    assert first["ETag"]
    assert not_modified.status_code == 304
    assert not_modified.content == b""


@pytest.mark.django_db
def test_html_is_compressed(lang):
    response = get(page_path(lang, "/about/"), **{"accept-encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert f'<html lang="{lang}"' in gzip.decompress(response.content).decode()
    assert "Accept-Encoding" in response["Vary"]


def test_page_cache_on_a_per_process_cache_is_a_deploy_warning(settings):
    from pages.checks import check_page_cache_is_shared

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [w.id for w in check_page_cache_is_shared(None)] == ["micic.W001"]

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
        }
    }
    assert check_page_cache_is_shared(None) == []


@pytest.mark.django_db
def test_detail_pages_are_cached_for_anonymous_visitors(django_assert_num_queries):
    guideline = GuidelineFactory(number=9, title_en="Communicate often")
    url = guideline.get_absolute_url()

    get(url)
    with django_assert_num_queries(0):
        hit = get(url)

    assert hit["X-Page-Cache"] == "hit"
    assert "Communicate often" in hit.content.decode()


@pytest.mark.django_db
def test_a_cache_hit_answers_a_revalidation_with_304():
    first = get("/en/about/")

    revalidated = get("/en/about/", **{"if-none-match": first["ETag"]})

    assert revalidated["X-Page-Cache"] == "hit"
    assert revalidated.status_code == 304
    assert revalidated.content == b""


@pytest.mark.django_db
def test_compressed_and_plain_copies_are_cached_apart():
    compressed = get("/en/about/", **{"accept-encoding": "gzip"})
    plain = get("/en/about/")
    plain_again = get("/en/about/")
    compressed_again = get("/en/about/", **{"accept-encoding": "gzip, br"})

    assert plain["X-Page-Cache"] == "miss"
    assert "Content-Encoding" not in plain_again
    assert plain_again.content.decode().startswith("<!DOCTYPE html>")
    assert compressed_again["X-Page-Cache"] == "hit"
    assert compressed_again["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed_again.content) == gzip.decompress(compressed.content)


@pytest.mark.django_db
def test_finding_the_next_scheduled_publication_is_one_query(django_assert_num_queries):
    soon = timezone.now() + timedelta(minutes=5)
    GuidelineFactory(number=10, publish_at=soon)

    with django_assert_num_queries(1):
        timeout = page_timeout(content_version())

    assert 290 <= timeout <= 300


@pytest.mark.django_db
def test_counting_a_download_leaves_cached_pages_alone(media_root):
    """Counters never show on public pages: a busy download must not rebuild them all."""
    from documents.models import DownloadCounter
    from tests.factories import ToolFactory

    tool = ToolFactory()
    before = content_version()

    DownloadCounter.objects.record(tool, "en", "download")  # creates the row
    DownloadCounter.objects.record(tool, "en", "download")  # updates it

    assert content_version() == before
    assert DownloadCounter.objects.get().downloads == 2


@pytest.mark.django_db
def test_files_are_never_kept_by_the_page_cache(rf):
    """Downloads always go through their view (which counts them)."""
    from django.http import HttpResponse

    from pages.middleware import AnonymousPageCacheMiddleware

    calls = []

    def view(request):
        calls.append(request.path)
        response = HttpResponse(b"%PDF-1.7 ...", content_type="application/pdf")
        response["Content-Disposition"] = 'attachment; filename="planner.pdf"'
        return response

    middleware = AnonymousPageCacheMiddleware(view)
    responses = [middleware(rf.get("/en/tools/planner/en/download/")) for _ in range(3)]

    assert len(calls) == 3
    assert [r["X-Page-Cache"] for r in responses] == ["miss"] * 3


# Hosts and schemes -----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/en/about/", "/fr/a-propos/", "/en/no-such-page/", "/robots.txt", "/", "/healthz"]
)
def test_a_host_not_allowed_gets_a_plain_400_on_every_path(path):
    get("/en/about/")  # a page the cache holds for the real host
    get("/fr/a-propos/")

    response = Client().get(path, headers={"host": "attacker.example"})

    assert response.status_code == 400
    assert "X-Page-Cache" not in response
    html = response.content.decode()
    assert "We could not understand that request" in html
    assert '<section lang="fr">' in html
    assert "attacker.example" not in html


@pytest.mark.django_db
def test_pages_are_cached_per_host_and_scheme(settings):
    settings.ALLOWED_HOSTS = ["one.example", "two.example"]

    one = Client().get("/en/about/", headers={"host": "one.example"})
    two = Client().get("/en/about/", headers={"host": "two.example"})
    one_https = Client().get("/en/about/", headers={"host": "one.example"}, secure=True)
    one_again = Client().get("/en/about/", headers={"host": "one.example"})

    assert [r["X-Page-Cache"] for r in (one, two, one_https, one_again)] == [
        "miss",
        "miss",
        "miss",
        "hit",
    ]
    assert 'rel="canonical" href="http://two.example/en/about/"' in two.content.decode()
    assert "one.example" not in two.content.decode()
    assert 'href="https://one.example/en/about/"' in one_https.content.decode()


# Query strings ---------------------------------------------------------------


def _page_entries():
    """Stored pages in the test cache (local memory)."""
    from django.core.cache import cache

    return [key for key in cache._cache if ":micic:page:" in key]


@pytest.mark.django_db
def test_unknown_query_parameters_cannot_flood_the_cache():
    pages = ["/en/guidelines/", "/en/practices/", "/fr/pratiques/", "/en/about/"]

    statuses = set()
    for number in range(200):  # 200 different addresses, about 50 per page
        junk = {secrets.token_hex(4): str(number), "utm_source": secrets.token_hex(3)}
        statuses.add(Client().get(random.choice(pages), junk).status_code)

    assert statuses == {200}
    assert len(_page_entries()) <= len(pages)


@pytest.mark.django_db
def test_declared_parameters_vary_the_page_in_a_normalised_order():
    first = get("/en/practices/?phase=emergency-response&guideline=9&utm_source=mail")
    same = get("/en/practices/?guideline=9&fbclid=abc&phase=emergency-response")
    other = get("/en/practices/?guideline=10&phase=emergency-response")

    assert [first["X-Page-Cache"], same["X-Page-Cache"], other["X-Page-Cache"]] == [
        "miss",
        "hit",
        "miss",
    ]
    # The page was built without the parameters it does not read, so none of
    # them (here in its language links) is kept for the next visitor.
    assert "utm_source" not in first.content.decode()
    assert len(_page_entries()) == 2


@pytest.mark.django_db
def test_a_query_string_to_a_page_that_declares_no_parameters_is_not_cached():
    get("/en/about/")

    response = get("/en/about/?page=2")

    assert "X-Page-Cache" not in response
    assert 'href="/fr/a-propos/?page=2"' in response.content.decode()
    assert len(_page_entries()) == 1
