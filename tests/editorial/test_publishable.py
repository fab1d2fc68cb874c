from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from editorial.languages import is_fallback, missing_translations
from editorial.models import Status
from guidelines.models import Guideline
from tests.factories import GuidelineFactory


@pytest.mark.django_db
def test_published_excludes_drafts_reviews_and_archived():
    published = GuidelineFactory(status=Status.PUBLISHED)
    for status in (Status.DRAFT, Status.REVIEW, Status.ARCHIVED):
        GuidelineFactory(status=status)

    assert list(Guideline.objects.published()) == [published]


@pytest.mark.django_db
def test_scheduled_item_is_hidden_until_its_time():
    now = timezone.now()
    due = GuidelineFactory(publish_at=now - timedelta(seconds=1))
    GuidelineFactory(publish_at=now + timedelta(hours=1))

    assert list(Guideline.objects.published()) == [due]


@pytest.mark.django_db
def test_staff_see_everything_anonymous_only_published(admin_user):
    published = GuidelineFactory()
    draft = GuidelineFactory(status=Status.DRAFT)

    assert set(Guideline.objects.visible_to(admin_user)) == {published, draft}
    assert list(Guideline.objects.visible_to(AnonymousUser())) == [published]


@pytest.mark.django_db
def test_missing_translations_lists_fields_without_french():
    guideline = GuidelineFactory(summary_fr="", body_fr="")

    assert missing_translations(guideline, "fr") == ["summary", "body"]
    assert missing_translations(guideline, "en") == []
    assert is_fallback(guideline, "body", "fr")
    assert not is_fallback(guideline, "title", "fr")
