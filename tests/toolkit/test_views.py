"""The Guidelines in Action, toolkit and trainings pages, from factories."""

import re
from html import unescape

import pytest
from django.core.files.base import ContentFile

from editorial.models import Status
from tests.factories import (
    CrisisPhaseFactory,
    GuidelineFactory,
    GuidelinesInActionFactory,
    ToolkitItemFactory,
    TrainingFactory,
)
from tests.factories.factsheets import PDF_FR
from toolkit.models import Audience, ToolkitItem

pytestmark = pytest.mark.django_db

PAGES = {
    "en": ("guidelines-in-action", "toolkit", "trainings"),
    "fr": (
        "lignes-directrices-en-action",
        "boite-a-outils",
        "formations",
    ),
}


def url(lang, page):
    index = ("gia", "toolkit", "trainings").index(page)
    return f"/{lang}/{PAGES[lang][index]}/"


def html_of(response):
    return unescape(response.content.decode())


def item_titles(response):
    return re.findall(
        r'<li class="tool toolkit-item" id="toolkit-([^"]+)"', response.content.decode()
    )


@pytest.fixture
def framework(db):
    phases = [
        CrisisPhaseFactory(key=key, order=order, name_en=en, name_fr=fr)
        for order, (key, en, fr) in enumerate(
            [
                ("preparedness", "Crisis preparedness", "Préparation aux crises"),
                ("emergency-response", "Emergency response", "Réponse d’urgence"),
                ("post-crisis", "Post-crisis action", "Action post-crise"),
            ],
            start=1,
        )
    ]
    phase_of = {
        n: phases[0] if n <= 8 else phases[1] if n <= 13 else phases[2] for n in range(1, 16)
    }
    return {n: GuidelineFactory(number=n, phase=phase_of[n]) for n in range(1, 16)}


# Guidelines in Action ----------------------------------------------------------


def test_guidelines_in_action_page_lists_the_fifteen_by_phase(client, framework, lang):
    for guideline in framework.values():
        GuidelinesInActionFactory(guideline=guideline)

    response = client.get(url(lang, "gia"))
    html = html_of(response)

    assert response.status_code == 200
    sections = re.split(r'<section class="phase-block', html)[1:]
    counts = [section.count('<li class="tool" id="gia-') for section in sections]
    assert counts == [8, 5, 2]
    assert html.index(
        "Guidelines in Action 1" if lang == "en" else "Lignes directrices en action 1"
    ) < html.index("Guidelines in Action 15" if lang == "en" else "Lignes directrices en action 15")
    assert "15 documents" in html


def test_guidelines_in_action_hidden_while_draft_or_its_guideline_is(client, framework):
    GuidelinesInActionFactory(guideline=framework[1], title_en="Shown")
    GuidelinesInActionFactory(guideline=framework[2], title_en="Draft doc", status=Status.DRAFT)
    framework[3].status = Status.DRAFT
    framework[3].save()
    GuidelinesInActionFactory(guideline=framework[3], title_en="Draft guideline's doc")

    html = html_of(client.get("/en/guidelines-in-action/"))

    assert "Shown" in html
    assert "Draft doc" not in html
    assert "Draft guideline&#x27;s doc" not in html and "Draft guideline's doc" not in html


def test_guidelines_in_action_files_download_in_their_language(client, framework):
    GuidelinesInActionFactory(guideline=framework[5], slug_en="gia-5", slug_fr="ld-en-action-5")
    response = client.get("/fr/lignes-directrices-en-action/ld-en-action-5/fr/telecharger/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_FR
    assert client.get("/en/guidelines-in-action/gia-5/es/download/").status_code == 404
    # The slug is translated: the other language's slug redirects to this one's.
    response = client.get("/fr/lignes-directrices-en-action/gia-5/fr/telecharger/")
    assert response.status_code == 301
    assert response["Location"] == "/fr/lignes-directrices-en-action/ld-en-action-5/fr/telecharger/"


# Toolkit ------------------------------------------------------------------------


@pytest.fixture
def toolkit(framework):
    items = [
        ToolkitItemFactory(audience=Audience.HOME, guidelines=[framework[5]]),
        ToolkitItemFactory(audience=Audience.HOME, guidelines=[framework[2], framework[5]]),
        ToolkitItemFactory(audience=Audience.HOST, guidelines=[framework[4]]),
        ToolkitItemFactory(audience=Audience.BOTH, guidelines=[framework[5], framework[12]]),
        ToolkitItemFactory(
            audience=Audience.HOST,
            guidelines=[framework[12]],
            file_fr=ContentFile(PDF_FR, name="x-fr.pdf"),
        ),
        ToolkitItemFactory(audience=Audience.HOME, status=Status.DRAFT, guidelines=[framework[5]]),
    ]
    return items


def expected_slugs(audience=None, number=None, language=None):
    """The published items a filter should keep, worked out from the data."""
    kept = []
    for item in ToolkitItem.objects.published().prefetch_related("guidelines"):
        if audience and item.audience not in (audience, Audience.BOTH):
            continue
        if number and number not in [g.number for g in item.guidelines.all()]:
            continue
        if language and not item.file_in(language):
            continue
        kept.append(item.slug)
    return sorted(kept)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"audience": "home"},
        {"audience": "host"},
        {"guideline": "5"},
        {"guideline": "12", "audience": "host"},
        {"language": "fr"},
        {"audience": "home", "guideline": "5", "language": "en"},
    ],
)
def test_toolkit_filters_keep_what_the_data_says(client, toolkit, lang, params):
    response = client.get(url(lang, "toolkit"), params)
    expected = expected_slugs(
        audience=params.get("audience"),
        number=int(params["guideline"]) if "guideline" in params else None,
        language=params.get("language"),
    )
    assert response.status_code == 200
    assert sorted(item_titles(response)) == expected
    count = len(expected)
    word = (
        ("item" if count == 1 else "items")
        if lang == "en"
        else ("élément" if count <= 1 else "éléments")
    )
    assert f"{count} {word}" in html_of(response)


@pytest.mark.parametrize(
    "params",
    [{"audience": "everyone"}, {"guideline": "99"}, {"guideline": "five"}, {"language": "xx"}],
)
def test_toolkit_invalid_filter_is_ignored_with_a_notice(client, toolkit, lang, params):
    response = client.get(
        url(lang, "toolkit"), {**params, "audience": params.get("audience", "host")}
    )
    html = html_of(response)
    assert response.status_code == 200
    notice = "were not recognised" if lang == "en" else "pas été reconnues"
    assert notice in html
    valid_audience = None if params.get("audience") == "everyone" else "host"
    assert sorted(item_titles(response)) == expected_slugs(audience=valid_audience)


def test_toolkit_page_declares_its_filters_to_the_page_cache():
    from toolkit.views import ToolkitView

    assert set(ToolkitView.page_cache_params) == {"audience", "guideline", "language"}


def test_toolkit_queries_stay_constant_at_ten_times_the_items(
    client, framework, toolkit, django_assert_max_num_queries
):
    for _copy in range(9):
        for guideline in (framework[4], framework[5]):
            ToolkitItemFactory(audience=Audience.HOME, guidelines=[guideline])
    with django_assert_max_num_queries(6):
        response = client.get("/en/toolkit/", {"guideline": "5"})
    assert response.status_code == 200


# Trainings ---------------------------------------------------------------------


def test_trainings_page_lists_trainings_with_audience_duration_and_external_links(client, lang):
    manual = ToolkitItemFactory(
        title_en="Reference manual of the course", title_fr="Manuel du cours"
    )
    trainings = [
        TrainingFactory(manual=manual),
        TrainingFactory(duration_en="", duration_fr="", languages=""),
        TrainingFactory(),
        TrainingFactory(),
    ]
    TrainingFactory(title_en="Draft training", title_fr="Formation brouillon", status=Status.DRAFT)

    html = html_of(client.get(url(lang, "trainings")))

    assert html.count('<li class="tool training"') == len(trainings)
    for training in trainings:
        assert training.title_en in html if lang == "en" else training.title_fr in html
    assert html.count("Audience</dt>" if lang == "en" else "Public</dt>") == len(trainings)
    assert html.count("Duration</dt>" if lang == "en" else "Durée</dt>") == len(trainings)
    assert ("Eight sessions" if lang == "en" else "Huit séances") in html
    assert ("Not recorded here" if lang == "en" else "Non précisé ici") in html
    assert ("(external site)" if lang == "en" else "(site externe)") in html
    assert ("Reference manual of the course" if lang == "en" else "Manuel du cours") in html
    assert "Draft training" not in html and "Formation brouillon" not in html


def test_english_only_training_says_so_in_french(client):
    TrainingFactory(title_fr="", summary_fr="", title_en="Only in English")
    html = html_of(client.get("/fr/formations/"))
    assert 'lang="en">Only in English' in html
    assert "En anglais" in html


@pytest.mark.parametrize("page", ["gia", "toolkit", "trainings"])
def test_pages_have_their_address_in_each_language(client, page):
    en = client.get(url("en", page))
    fr = client.get(url("fr", page))
    assert en.status_code == fr.status_code == 200
    assert f'hreflang="fr" href="http://testserver{url("fr", page)}"' in en.content.decode()


def test_guidelines_in_action_and_trainings_pages_stay_within_budget_at_ten_times(
    client, framework, django_assert_max_num_queries
):
    for guideline in framework.values():
        GuidelinesInActionFactory(guideline=guideline)
    manual = ToolkitItemFactory()
    for _copy in range(40):
        TrainingFactory(manual=manual, guidelines=[framework[5], framework[8]])
    for page in ("gia", "trainings"):
        with django_assert_max_num_queries(6):
            assert client.get(url("en", page)).status_code == 200
