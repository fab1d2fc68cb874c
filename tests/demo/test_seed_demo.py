"""seed_demo: the demo site from demo/data, safe to rerun, respectful of editors."""

import pytest
from django.apps import apps
from django.utils import translation

from consultations.models import Consultation, OutcomeDocument
from demo.loader import read
from factsheets.models import Factsheet, Tool
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle
from pages.cache import content_version
from practices.models import PracticeSubmission, RepositoryPractice
from tests.support.demo import seed_demo

GUIDELINES = read("guidelines")["guideline"]
PRINCIPLES = read("principles")["principle"]
PHASES = read("phases")["phase"]
FACTSHEETS = read("factsheets")["factsheet"]
DOCUMENT_TITLE = {
    "en": "Guidelines to Protect Migrants in Countries Experiencing Conflict or Natural Disaster",
    "fr": "Lignes directrices relatives à la protection des migrants dans les pays touchés "
    "par un conflit ou une catastrophe naturelle",
}
MODELS = [
    model
    for model in apps.get_models()
    if model._meta.app_label in {"guidelines", "practices", "factsheets", "consultations"}
]


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def url_of(obj, lang):
    with translation.override(lang):
        return obj.get_absolute_url()


def test_seed_demo_creates_what_the_data_files_hold(demo):
    assert Guideline.objects.published().count() == len(GUIDELINES)
    assert Principle.objects.published().count() == len(PRINCIPLES)
    assert CrisisPhase.objects.count() == len(PHASES)
    assert GuidelinePractice.objects.count() == sum(len(g["practice"]) for g in GUIDELINES)
    assert Factsheet.objects.count() == len(FACTSHEETS)
    assert Consultation.objects.count() == len(read("consultations")["consultation"])
    assert PracticeSubmission.objects.count() == len(read("practices")["submission"])


def test_seed_demo_builds_the_documents_for_the_field_of_its_content(demo):
    # The build itself (handbook, phase and guideline PDFs, offline packs) is
    # tested in tests/handbook; here, that seeding asks for it, for what it seeded.
    build_all = seed_demo()
    build_all.assert_called_once_with(content_version())


def test_seed_demo_twice_creates_no_duplicates_and_changes_nothing(demo):
    before = counts()
    snapshot = list(Guideline.objects.order_by("pk").values())
    seed_demo()
    assert counts() == before
    assert list(Guideline.objects.order_by("pk").values()) == snapshot


def test_seed_demo_keeps_an_editors_title(demo):
    Guideline.objects.filter(number=6).update(title_en="Edited by an editor")
    seed_demo()
    assert Guideline.objects.get(number=6).title_en == "Edited by an editor"


def test_seed_demo_corrects_a_title_still_holding_its_old_demo_value(demo):
    item = next(g for g in GUIDELINES if "title" in g.get("old", {}))
    Guideline.objects.filter(number=item["number"]).update(
        title_en=item["old"]["title"]["en"], title_fr=item["old"]["title"]["fr"]
    )
    CrisisPhase.objects.filter(key=PHASES[0]["key"]).update(name_en=PHASES[0]["old"]["name"]["en"])
    seed_demo()
    guideline = Guideline.objects.get(number=item["number"])
    assert (guideline.title_en, guideline.title_fr) == (item["title"]["en"], item["title"]["fr"])
    assert CrisisPhase.objects.get(key=PHASES[0]["key"]).name_en == PHASES[0]["name"]["en"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_overview_names_every_guideline_and_phase_by_its_title(client, demo, lang):
    with translation.override(lang):
        from django.urls import reverse

        page = html(client, reverse("guidelines:overview"))
    for item in GUIDELINES:
        assert item["title"][lang] in page, item["number"]
    for phase in PHASES:
        assert phase["name"][lang] in page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_guideline_page_has_its_official_title_as_h1_and_title(client, demo, lang):
    for item in GUIDELINES:
        guideline = Guideline.objects.get(number=item["number"])
        page = html(client, url_of(guideline, lang))
        title = item["title"][lang]
        assert f">{title}</h1>" in page, item["number"]
        head_title = page.split("<title>", 1)[1].split("</title>", 1)[0]
        assert title in head_title, item["number"]
        assert next(p["name"][lang] for p in PHASES if p["key"] == item["phase"]) in page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_principle_and_guideline_pages_name_the_official_publication(client, demo, lang):
    pages = [*Principle.objects.all(), *Guideline.objects.all()]
    for obj in pages:
        page = html(client, url_of(obj, lang))
        assert DOCUMENT_TITLE[lang] in page, obj
        assert 'href="https://micicinitiative.iom.int/"' in page, obj
        assert ("2016" in page) and ("MICIC" in page)
        translation_note = "traduction du portail" in page
        assert translation_note == (lang == "fr"), obj


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_unverified_principle_titles_are_not_presented_as_the_official_wording(client, demo, lang):
    note = {"en": "Short label written for this portal", "fr": "Intitulé court rédigé"}[lang]
    for item in PRINCIPLES:
        page = html(client, url_of(Principle.objects.get(number=item["number"]), lang))
        assert (note in page) == (not item["title_is_official"]), item["number"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_invented_practices_show_their_example_label(client, demo, lang):
    label = {"en": "Illustrative example", "fr": "Exemple"}[lang]
    practice = RepositoryPractice.objects.published().first()
    assert practice.is_example
    assert label in html(client, url_of(practice, lang))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sample_files_are_labelled_on_factsheet_and_consultation_pages(client, demo, lang):
    label = {"en": "Sample file of the demo site", "fr": "Fichier d’exemple"}[lang]
    tool = Tool.objects.filter(sample_files=True).select_related("factsheet").first()
    assert label in html(client, url_of(tool.factsheet, lang))
    document = OutcomeDocument.objects.filter(sample_files=True).first()
    assert label in html(client, url_of(document.consultation, lang))


def test_real_factsheets_keep_their_titles_and_dates(demo):
    for item in FACTSHEETS:
        sheet = Factsheet.objects.get(slug_en=item["slug"]["en"])
        assert sheet.title_en == item["title"]["en"]
        assert sheet.published_on == item["published_on"]
