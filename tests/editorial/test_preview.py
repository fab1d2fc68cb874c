"""Scheduled publishing and previews on the public site: who sees what, when."""

from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from editorial.models import Status
from guidelines.models import Guideline
from tests.factories import FactsheetFactory, GuidelineFactory, RepositoryPracticeFactory
from tests.support.urls import page_path

pytestmark = pytest.mark.django_db

PUBLISH_AT = datetime(2030, 6, 1, 9, 0, tzinfo=UTC)


def page(response):
    return unescape(response.content.decode())


def guideline_url(guideline, lang):
    slug = guideline.slug_en if lang == "en" else guideline.slug_fr
    return page_path(lang, f"/guidelines/{guideline.number}/{slug}/")


@pytest.fixture
def frozen_now(monkeypatch):
    """Set django.utils.timezone.now(), which published() compares with."""

    def freeze(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return freeze


def test_scheduled_item_becomes_visible_exactly_at_its_time(client, frozen_now, lang):
    guideline = GuidelineFactory(publish_at=PUBLISH_AT)

    frozen_now(PUBLISH_AT - timedelta(microseconds=1))
    assert not Guideline.objects.published().exists()
    assert not guideline.is_public
    assert client.get(guideline_url(guideline, lang)).status_code == 404

    frozen_now(PUBLISH_AT)
    assert list(Guideline.objects.published()) == [guideline]
    assert client.get(guideline_url(guideline, lang)).status_code == 200


def test_scheduled_item_shows_its_date_to_staff(admin_client):
    guideline = GuidelineFactory(publish_at=PUBLISH_AT)  # in the future

    html = page(admin_client.get(guideline_url(guideline, "en")))

    assert "Scheduled — not public yet." in html
    assert "This is a preview: only signed-in editors can see this page." in html
    assert "Publication: Scheduled for June 1, 2030, 9 a.m. (UTC)." in html


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_editors_preview_unpublished_items_in_both_languages(editor_client, client, status, lang):
    guideline = GuidelineFactory(status=status)
    url = guideline_url(guideline, lang)

    response = editor_client.get(url)

    assert response.status_code == 200
    expected = {
        "en": "This is a preview: only signed-in editors can see this page.",
        "fr": "Ceci est un aperçu\u00a0: seule l’équipe éditoriale connectée voit cette page.",
    }[lang]
    assert expected in page(response)


@pytest.mark.parametrize(
    "make",
    [GuidelineFactory, FactsheetFactory, RepositoryPracticeFactory],
    ids=["guideline", "factsheet", "practice"],
)
def test_anonymous_visitors_get_404_for_drafts_in_both_languages(client, make, lang):
    obj = make(status=Status.DRAFT)
    from django.utils import translation

    with translation.override(lang):
        url = obj.get_absolute_url()

    assert client.get(url).status_code == 404


def test_staff_without_content_permissions_cannot_preview(client, django_user_model):
    user = django_user_model.objects.create_user("helpdesk", password="x-pass-12345", is_staff=True)
    draft = GuidelineFactory(status=Status.DRAFT)
    client.force_login(user)

    assert client.get(guideline_url(draft, "en")).status_code == 404
    assert list(Guideline.objects.visible_to(user)) == []
    assert list(Guideline.objects.visible_to(AnonymousUser())) == []


def test_published_page_has_no_preview_banner(editor_client):
    guideline = GuidelineFactory()

    assert "This is a preview" not in page(editor_client.get(guideline_url(guideline, "en")))


def test_english_only_waiver_shows_the_english_only_notice_in_french(client):
    guideline = GuidelineFactory(english_only=True, body_fr="", summary_fr="")

    html = page(client.get(guideline_url(guideline, "fr")))

    assert "Ce contenu n’existe pour l’instant qu’en anglais." in html
    assert "pas encore disponible" not in html


def test_english_only_item_with_complete_french_shows_no_notice(client):
    guideline = GuidelineFactory(english_only=True)

    html = page(client.get(guideline_url(guideline, "fr")))

    assert "qu'en anglais" not in html
