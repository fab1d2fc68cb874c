"""'Put it into practice' on the guideline pages, with the demo content, and
the guideline page's query budget with it."""

import re
from html import unescape

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from editorial.models import Status
from guidelines.models import Guideline
from tests.factories import ToolkitItemFactory, TrainingFactory
from tests.support.demo import GUIDELINES
from toolkit.models import GuidelinesInAction, ToolkitItem, Training

HEADING = {"en": "Put it into practice", "fr": "Mettre en pratique"}


def section_of(response):
    html = unescape(response.content.decode())
    match = re.search(r'<section class="put-into-practice".*?</section>', html, re.S)
    assert match, "no 'Put it into practice' section"
    return match.group(0)


def test_every_guideline_page_puts_it_into_practice_in_both_languages(client, demo):
    guidelines = list(Guideline.objects.published().prefetch_related("toolkit_items", "trainings"))
    documents = {doc.guideline_id: doc for doc in GuidelinesInAction.objects.published()}
    assert len(guidelines) == len(GUIDELINES)
    for lang in ("en", "fr"):
        for guideline in guidelines:
            with translation.override(lang):
                url = guideline.get_absolute_url()
                document = documents[guideline.pk]
                expected = [
                    document.title,
                    *(item.title for item in guideline.toolkit_items.published()),
                    *(training.title for training in guideline.trainings.published()),
                ]
            response = client.get(url)
            html = unescape(response.content.decode())
            section = section_of(response)
            assert f'<a href="#put-into-practice">{HEADING[lang]}</a>' in html, url
            assert f">{HEADING[lang]}</h2>" in section
            for title in expected:
                assert title in section, (url, title)
            # The demo's documents exist in English only: the page says so.
            note = "Available in English only" if lang == "en" else "Disponible en anglais"
            if lang == "fr":
                assert note in section, url


def test_french_page_shows_english_only_items_marked(client, demo):
    guideline = Guideline.objects.get(number=6)
    ToolkitItemFactory(title_en="Only English checklist", title_fr="", guidelines=[guideline])
    with translation.override("fr"):
        url = guideline.get_absolute_url()
    section = section_of(client.get(url))
    assert (
        'lang="en">Only English checklist</a> <span class="badge badge-lang">En anglais' in section
    )


def test_drafts_stay_off_the_guideline_page(client, demo):
    guideline = Guideline.objects.get(number=5)
    GuidelinesInAction.objects.filter(guideline=guideline).update(status=Status.DRAFT)
    ToolkitItemFactory(title_en="Draft toolkit item", status=Status.DRAFT, guidelines=[guideline])
    TrainingFactory(title_en="Draft course", status=Status.DRAFT, guidelines=[guideline])
    section = section_of(client.get(guideline.get_absolute_url()))
    assert "Guidelines in Action 5" not in section
    assert "Draft toolkit item" not in section
    assert "Draft course" not in section


def test_guideline_page_stays_within_budget_at_ten_times_the_toolkit(client, demo):
    guideline = Guideline.objects.get(number=5)
    url = guideline.get_absolute_url()
    with CaptureQueriesContext(connection) as before:
        assert client.get(url).status_code == 200

    items = list(ToolkitItem.objects.all())
    trainings = list(Training.objects.all())
    for copy in range(9):
        for item in items:
            ToolkitItemFactory(title_en=f"{item.title_en} {copy}", guidelines=[guideline])
        for training in trainings:
            TrainingFactory(title_en=f"{training.title_en} {copy}", guidelines=[guideline])

    with CaptureQueriesContext(connection) as after:
        response = client.get(url)
    assert len(after) == len(before) <= 6
    assert section_of(response).count("<li>") >= 9 * (len(items) + len(trainings))
