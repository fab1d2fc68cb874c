""" "Did you mean": a misspelt query is only ever corrected to words that content
published now holds (issue 16.4). Typo correction exists on PostgreSQL only."""

import datetime

import pytest
from django.utils import timezone

from editorial.models import Status
from search import engine
from tests.factories import RepositoryPracticeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres, pytest.mark.usefixtures("index_at_once")]

# A word each for English and French readers, with a misspelling of it.
WORDS = {
    "en": ("lighthouse", "lighthose"),
    "fr": ("phare", "pharre"),
}
SECRET = {
    "en": ("nightingale", "nightingle"),
    "fr": ("rossignol", "rossignl"),
}


def practice(word_en, word_fr, **kwargs):
    return RepositoryPracticeFactory(
        title_en=f"The {word_en} programme",
        title_fr=f"Le programme {word_fr}",
        description_en=f"A {word_en} for migrants.",
        description_fr=f"Un {word_fr} pour les migrants.",
        **kwargs,
    )


def correction(query, language):
    results = engine.search(query, language)
    return results.corrected if results.fuzzy else None


@pytest.fixture
def published():
    return practice(WORDS["en"][0], WORDS["fr"][0])


@pytest.mark.parametrize("language", ["en", "fr"])
def test_published_words_are_offered(published, language):
    word, typo = WORDS[language]

    assert correction(typo, language) == word


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    "hidden",
    [
        {"status": Status.DRAFT},
        {"status": Status.REVIEW},
        {"publish_at": datetime.timedelta(days=1)},
    ],
    ids=["draft", "in-review", "scheduled"],
)
def test_words_only_in_unpublished_content_are_never_offered(published, language, hidden):
    if "publish_at" in hidden:
        hidden = {"publish_at": timezone.now() + hidden["publish_at"]}
    practice(SECRET["en"][0], SECRET["fr"][0], **hidden)
    _word, typo = SECRET[language]

    assert correction(typo, language) is None
    assert engine.search(typo, language).total == 0


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_scheduled_word_is_offered_once_published(published, language):
    practice(
        SECRET["en"][0], SECRET["fr"][0], publish_at=timezone.now() + datetime.timedelta(hours=1)
    )
    word, typo = SECRET[language]
    later = timezone.now() + datetime.timedelta(hours=1, minutes=1)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        assert correction(typo, language) == word


@pytest.mark.parametrize("language", ["en", "fr"])
def test_words_go_when_their_content_is_unpublished(published, language):
    word, typo = WORDS[language]
    assert correction(typo, language) == word

    published.status = Status.DRAFT
    published.save()

    assert correction(typo, language) is None


@pytest.mark.parametrize("language", ["en", "fr"])
def test_words_go_when_their_content_is_deleted(published, language):
    _word, typo = WORDS[language]

    published.delete()

    assert correction(typo, language) is None


def test_a_form_only_in_a_draft_is_not_offered_for_a_published_one():
    """The published text says "evacuation"; only a draft says "evacuating"
    (same stem): the correction offers the published form."""
    RepositoryPracticeFactory(title_en="Sea evacuation", description_en="By ship.")
    RepositoryPracticeFactory(
        title_en="Evacuating by air", description_en="By plane.", status=Status.DRAFT
    )

    assert correction("evacuatin", "en") == "evacuation"
