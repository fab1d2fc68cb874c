"""The consultation timeline, detail and process pages, and document files."""

import datetime
import re
from html import unescape

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from consultations.models import Consultation, Region
from documents.models import DownloadCounter
from editorial.models import Status
from tests.factories import ConsultationFactory, GuidelineFactory, OutcomeDocumentFactory
from tests.factories.factsheets import PDF_EN, PDF_ES, PDF_RU
from tests.support.urls import page_path

pytestmark = pytest.mark.django_db

Kind = Consultation.Kind


def html_of(response):
    return unescape(response.content.decode())


def body_of(response):
    return b"".join(response.streaming_content)


def listed(html):
    """Titles of the consultations on the timeline, in page order (not the
    paired meetings they mention)."""
    return re.findall(r'<h3 class="consultation-title"><a [^>]*>([^<]+)</a>', html)


@pytest.fixture
def process():
    """A small version of the real process: a government meeting with its civil
    society meeting, a stakeholder meeting without dates, a draft."""
    manila = ConsultationFactory(
        title_en="Regional consultation in Manila",
        title_fr="Consultation régionale de Manille",
        slug_en="regional-consultation-manila-2015",
        slug_fr="consultation-regionale-manille-2015",
        start_date=datetime.date(2015, 3, 23),
        end_date=datetime.date(2015, 3, 24),
    )
    civil_society = ConsultationFactory(
        kind=Kind.CIVIL_SOCIETY,
        title_en="Civil society consultation in Manila",
        title_fr="Consultation de la société civile à Manille",
        slug_en="civil-society-consultation-manila-2015",
        slug_fr="consultation-societe-civile-manille-2015",
        start_date=datetime.date(2015, 3, 21),
        end_date=datetime.date(2015, 3, 22),
        paired_with=manila,
    )
    brussels = ConsultationFactory(
        title_en="Regional consultation in Brussels",
        title_fr="Consultation régionale de Bruxelles",
        slug_en="regional-consultation-brussels-2015",
        slug_fr="consultation-regionale-bruxelles-2015",
        region=Region.EASTERN_EUROPE_CENTRAL_ASIA,
        city_en="Brussels",
        city_fr="Bruxelles",
        country="BE",
        start_date=datetime.date(2015, 6, 25),
        end_date=datetime.date(2015, 6, 26),
    )
    stakeholder = ConsultationFactory(
        kind=Kind.STAKEHOLDER,
        region=Region.GLOBAL,
        title_en="Consultation with international organisations",
        title_fr="Consultation des organisations internationales",
        city_en="",
        city_fr="",
        country="",
        start_date=None,
        end_date=None,
    )
    ConsultationFactory(title_en="Secret draft", title_fr="Brouillon secret", status=Status.DRAFT)
    OutcomeDocumentFactory(
        consultation=brussels,
        slug="brussels-2015-report",
        title_en="Report of the Brussels consultation",
        title_fr="Rapport de la consultation de Bruxelles",
        file_fr=None,
        file_ru=ContentFile(PDF_RU, name="report-ru.pdf"),
    )
    return {
        "manila": manila,
        "civil_society": civil_society,
        "brussels": brussels,
        "stakeholder": stakeholder,
    }


# The timeline ----------------------------------------------------------------------


def test_timeline_groups_consultations_by_kind_in_date_order(client, lang, process):
    html = html_of(client.get(page_path(lang, "/consultations/")))

    headings = {
        "en": [
            "Regional government consultations",
            "Civil society consultations",
            "Stakeholder consultations",
        ],
        "fr": [
            "Consultations régionales des gouvernements",
            "Consultations de la société civile",
            "Consultations des parties prenantes",
        ],
    }[lang]
    positions = [html.index(heading) for heading in headings]
    assert positions == sorted(positions)
    title = f"title_{lang}"
    assert listed(html) == [
        getattr(process["manila"], title),
        getattr(process["brussels"], title),
        getattr(process["civil_society"], title),
        getattr(process["stakeholder"], title),
    ]
    assert positions[1] < html.index(f">{process['civil_society'].title}</a></h3>") < positions[2]
    assert "Secret draft" not in html and "Brouillon secret" not in html


def test_timeline_shows_localised_dates_place_pairing_and_document_languages(client, process):
    html = html_of(client.get("/fr/consultations/"))

    assert (
        '<time datetime="2015-03-23">23</time>–<time datetime="2015-03-24">24 mars 2015</time>'
        in html
    )
    assert "Bruxelles, Belgique" in html
    assert "Dates non indiquées" in html
    assert (
        "Tenue en parallèle de\u202f: "
        '<a href="/fr/consultations/consultation-regionale-manille-2015/"' in html
    )
    assert "Réunion de la société civile en parallèle\u202f:" in html
    assert '1 document · <span lang="en">English</span>, <span lang="ru">Русский</span>' in html


def test_english_dates_are_english(client, process):
    html = html_of(client.get("/en/consultations/"))

    assert '<time datetime="2015-03-24">24 March 2015</time>' in html
    assert "Dates not recorded" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=civil-society", {"Civil society consultation in Manila"}),
        ("region=eastern-europe-central-asia", {"Regional consultation in Brussels"}),
        ("kind=regional-government&region=asia", {"Regional consultation in Manila"}),
        ("region=global", {"Consultation with international organisations"}),
    ],
)
def test_filters_narrow_the_timeline(client, process, query, expected):
    html = html_of(client.get(f"/en/consultations/?{query}"))

    assert set(listed(html)) == expected
    assert "Clear all filters" in html
    assert '<meta name="robots" content="noindex, follow">' in html


@pytest.mark.parametrize(
    "query",
    [
        "kind=bogus",
        "region=atlantis",
        "kind=<script>alert(1)</script>",
        "kind=civil-society&kind=stakeholder",
        "region=" + "x" * 5000,
        "page=abc",
    ],
)
def test_invalid_filter_values_never_fail(client, process, query):
    response = client.get(f"/en/consultations/?{query}")

    assert response.status_code == 200
    assert listed(html_of(response))


def test_unknown_filter_value_is_ignored_with_a_notice_and_the_rest_applies(client, process):
    html = html_of(client.get("/fr/consultations/?kind=bogus&region=eastern-europe-central-asia"))

    assert "Certaines valeurs de filtre n’ont pas été reconnues" in html
    assert listed(html) == ["Consultation régionale de Bruxelles"]
    assert '<option value="eastern-europe-central-asia" selected>' in html
    assert "aria-invalid" not in html


def test_empty_result_says_so(client, process):
    html = html_of(client.get("/fr/consultations/?kind=stakeholder&region=asia"))

    assert "Aucune consultation ne correspond à ces filtres." in html


def test_timeline_marks_consultations_shown_in_english(client):
    ConsultationFactory(title_en="Only English", title_fr="", summary_fr="", slug_fr=None)

    html = html_of(client.get("/fr/consultations/"))

    assert 'lang="en">Only English</a>' in html
    assert "En anglais" in html


# The detail page -------------------------------------------------------------------


def test_detail_shows_summary_dates_place_organisers_and_documents(client, lang, process):
    brussels = process["brussels"]
    with translation.override(lang):
        url = brussels.get_absolute_url()

    html = html_of(client.get(url))

    assert f"<h1>{getattr(brussels, f'title_{lang}')}</h1>" in html
    assert getattr(brussels, f"summary_{lang}") in html
    assert {"en": "25–26 June 2015", "fr": "25–26 juin 2015"}[lang] in html.replace(
        '<time datetime="2015-06-25">', ""
    ).replace('</time>–<time datetime="2015-06-26">', "–").replace("</time>", "")
    assert {"en": "Brussels, Belgium", "fr": "Bruxelles, Belgique"}[lang] in html
    assert {"en": "Eastern Europe and Central Asia", "fr": "Europe orientale et Asie centrale"}[
        lang
    ] in html
    assert "ICMPD" in html
    assert getattr(brussels.documents.get(), f"title_{lang}") in html
    download = page_path(lang, "/consultations/documents/brussels-2015-report/ru/download/")
    assert f'href="{download}"' in html


def test_french_visitor_of_an_english_and_russian_document_is_told_honestly(client, process):
    html = html_of(client.get("/fr/consultations/consultation-regionale-bruxelles-2015/"))

    assert "Disponible en anglais et en russe" in html
    assert f'<span lang="ru">Русский</span> — PDF, {round(len(PDF_RU) / 1024)} Ko' in html
    assert 'hreflang="ru"' in html
    assert "/documents/brussels-2015-report/fr/" not in html
    english = html.index('<span lang="en">English</span> — PDF')
    assert english < html.index('<span lang="ru">Русский</span> — PDF')


def test_detail_links_the_paired_meetings_both_ways(client, process):
    civil = html_of(client.get("/en/consultations/civil-society-consultation-manila-2015/"))
    government = html_of(client.get("/en/consultations/regional-consultation-manila-2015/"))

    assert "The government meeting it accompanied" in civil
    assert 'href="/en/consultations/regional-consultation-manila-2015/"' in civil
    assert "The civil society meeting alongside" in government
    assert 'href="/en/consultations/civil-society-consultation-manila-2015/"' in government


def test_draft_pair_is_not_linked_for_visitors(client, process):
    Consultation.objects.filter(pk=process["civil_society"].pk).update(status=Status.DRAFT)

    html = html_of(client.get("/en/consultations/regional-consultation-manila-2015/"))

    assert "civil-society-consultation-manila-2015" not in html
    assert "The civil society meeting alongside" not in html


def test_detail_without_place_or_dates_says_so(client, process):
    with translation.override("fr"):
        url = process["stakeholder"].get_absolute_url()

    html = html_of(client.get(url))

    assert "Dates non indiquées" in html
    assert "Non indiqué" in html
    assert "Aucun document de cette consultation n’est disponible ici." in html


def test_detail_lists_the_guidelines_it_informed(client):
    guideline = GuidelineFactory(number=7, title_fr="Organiser la coordination")
    draft = GuidelineFactory(number=8, status=Status.DRAFT, title_fr="Brouillon de ligne")
    consultation = ConsultationFactory(guidelines=[guideline, draft])

    html = html_of(client.get(f"/fr/consultations/{consultation.slug_fr}/"))

    assert "Ligne directrice 7\u202f: Organiser la coordination" in html
    assert "Brouillon de ligne" not in html
    assert "Lignes directrices MICIC, publiées en juin 2016" in html


def test_draft_document_is_hidden_and_its_file_is_404(client, process):
    OutcomeDocumentFactory(
        consultation=process["brussels"], title_en="Unfinished", slug="unfinished", status="draft"
    )

    html = html_of(client.get("/en/consultations/regional-consultation-brussels-2015/"))

    assert "Unfinished" not in html
    assert client.get("/en/consultations/documents/unfinished/en/download/").status_code == 404


def test_slug_of_another_language_redirects(client, process):
    response = client.get("/fr/consultations/regional-consultation-brussels-2015/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/consultations/consultation-regionale-bruxelles-2015/"


def test_language_switcher_uses_each_language_slug(client, process):
    html = html_of(client.get("/en/consultations/regional-consultation-brussels-2015/"))

    assert 'href="/fr/consultations/consultation-regionale-bruxelles-2015/" hreflang="fr"' in html


def test_unknown_and_draft_consultations_are_404(client, admin_client, lang):
    draft = ConsultationFactory(status=Status.DRAFT, title_en="Work in progress")

    assert client.get(page_path(lang, "/consultations/no-such-meeting/")).status_code == 404
    assert client.get(page_path(lang, f"/consultations/{draft.slug_en}/")).status_code == 404
    assert "Draft — not public." in html_of(admin_client.get(f"/en/consultations/{draft.slug_en}/"))


def test_document_address_leads_to_its_place_on_the_consultation_page(client, process):
    response = client.get("/fr/consultations/documents/brussels-2015-report/")

    assert response.status_code == 302
    assert response["Location"] == (
        "/fr/consultations/consultation-regionale-bruxelles-2015/#document-brussels-2015-report"
    )
    assert client.get("/fr/consultations/documents/nothing/").status_code == 404


# The process page -------------------------------------------------------------------


def test_process_page_explains_the_steps_and_lists_every_consultation(client, lang, process):
    html = html_of(client.get(page_path(lang, "/consultations/process/")))

    assert {
        "en": "How the consultations shaped the Guidelines",
        "fr": "Comment les consultations ont façonné les Lignes directrices",
    }[lang] in html
    assert {"en": "June 2016", "fr": "Juin 2016"}[lang] in html
    for key in ("manila", "civil_society", "brussels", "stakeholder"):
        assert getattr(process[key], f"title_{lang}") in html
    assert "Secret draft" not in html and "Brouillon secret" not in html
    assert f'href="{page_path(lang, "/guidelines/")}"' in html


def test_process_page_links_consultations_to_the_guidelines_they_fed(client, process):
    fed = GuidelineFactory(number=9, title_en="Communicate often")
    GuidelineFactory(number=10, title_en="Help migrants move to safety")
    GuidelineFactory(number=11, title_en="Draft guideline", status=Status.DRAFT)
    process["brussels"].guidelines.add(fed)
    process["manila"].guidelines.add(fed)

    html = html_of(client.get("/en/consultations/process/"))

    assert "Guideline 9: Communicate often" in html
    assert "Guideline 10: Help migrants move to safety" in html
    assert "Draft guideline" not in html
    informed = html[html.index("Guideline 9: Communicate often") :]
    informed = informed[: informed.index("</li>")]
    assert "Informed in particular by:" in informed
    assert informed.index("Regional consultation in Manila") < informed.index(
        "Regional consultation in Brussels"
    )


# Document files, through the shared mechanism ----------------------------------------


def test_russian_file_downloads_with_clean_name_and_headers(client, process):
    response = client.get("/fr/consultations/documents/brussels-2015-report/ru/telecharger/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="brussels-2015-report-ru.pdf"'
    assert response["Content-Length"] == str(len(PDF_RU))
    assert response["Content-Language"] == "ru"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert body_of(response) == PDF_RU
    assert process["brussels"].documents.get().download_totals() == {"ru": (1, 0)}


def test_preview_and_head_work_for_consultation_documents(client, process):
    preview = client.get("/en/consultations/documents/brussels-2015-report/en/preview/")
    head = client.head("/en/consultations/documents/brussels-2015-report/en/download/")

    assert preview["Content-Disposition"] == 'inline; filename="brussels-2015-report-en.pdf"'
    assert body_of(preview) == PDF_EN
    assert head.status_code == 200
    assert head["Content-Length"] == str(len(PDF_EN))
    assert head.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "brussels-2015-report/fr/download/",  # no French file
        "brussels-2015-report/es/download/",  # no Spanish file
        "brussels-2015-report/de/download/",  # not a document language
        "brussels-2015-report/ru/open/",
        "nothing/en/download/",
    ],
)
def test_bad_document_file_addresses_are_404(client, process, path):
    assert client.get(f"/en/consultations/documents/{path}").status_code == 404


def test_a_spanish_file_is_served_when_uploaded(client, process):
    document = process["brussels"].documents.get()
    document.file_es = ContentFile(PDF_ES, name="es.pdf")
    document.save()

    response = client.get("/en/consultations/documents/brussels-2015-report/es/download/")

    assert body_of(response) == PDF_ES
    assert response["Content-Language"] == "es"


def test_documents_of_a_draft_consultation_are_not_served_or_counted(client, process):
    Consultation.objects.filter(pk=process["brussels"].pk).update(status=Status.DRAFT)

    assert (
        client.get("/en/consultations/documents/brussels-2015-report/en/download/").status_code
        == 404
    )
    assert not DownloadCounter.objects.exists()


# Query counts, sitemap, navigation ---------------------------------------------------------


def make_process(count):
    """`count` government meetings, each with a civil society meeting and two documents."""
    guideline = GuidelineFactory()
    for _ in range(count):
        government = ConsultationFactory(guidelines=[guideline])
        OutcomeDocumentFactory(consultation=government)
        OutcomeDocumentFactory(consultation=government, file_fr=None)
        civil = ConsultationFactory(kind=Kind.CIVIL_SOCIETY, paired_with=government)
        OutcomeDocumentFactory(consultation=civil, file_ru=ContentFile(PDF_RU, name="ru.pdf"))
    ConsultationFactory(kind=Kind.STAKEHOLDER, start_date=None, end_date=None)
    return Consultation.objects.filter(kind=Kind.REGIONAL_GOVERNMENT).first()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_queries_stay_constant_as_data_grows_tenfold(client, django_assert_max_num_queries, lang):
    consultation = make_process(2)
    with translation.override(lang):
        detail_url = consultation.get_absolute_url()
    urls = [
        page_path(lang, "/consultations/"),
        page_path(lang, "/consultations/?kind=civil-society"),
        detail_url,
        page_path(lang, "/consultations/process/"),
    ]
    small = [count_queries(client, url) for url in urls]

    make_process(18)  # ten times the data
    for _ in range(10):  # and more documents on the same consultation
        OutcomeDocumentFactory(consultation=consultation)

    large = [count_queries(client, url) for url in urls]
    print(f"queries [{lang}] list, filtered list, detail, process: {small} -> {large}")
    assert large == small
    for url in urls:
        with django_assert_max_num_queries(6):
            client.get(url)


def test_sitemap_lists_consultations_in_both_languages(client, process):
    xml = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://testserver/en/consultations/</loc>" in xml
    assert "<loc>http://testserver/fr/consultations/processus/</loc>" in xml
    assert (
        "<loc>http://testserver/fr/consultations/consultation-regionale-bruxelles-2015/</loc>"
        in xml
    )
    assert "Secret" not in xml


def test_home_page_and_navigation_link_to_consultations(client, lang):
    html = html_of(client.get(f"/{lang}/"))

    assert html.count(f'href="/{lang}/consultations/"') == 2  # menu and card
    assert "Coming soon" not in html.split("Consultations")[-1].split("</li>")[0]

    page = html_of(client.get(page_path(lang, "/consultations/")))
    assert f'<a href="/{lang}/consultations/" aria-current="page">Consultations</a>' in page
