"""The civil society page: its record in our own words, the civil society
consultations with their documents, and the links that lead to it."""

import datetime
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

from consultations.models import Consultation
from editorial.models import Status
from tests.factories import ConsultationFactory, OutcomeDocumentFactory

pytestmark = pytest.mark.django_db

Kind = Consultation.Kind

TEXT = {
    "en": {
        "heading": "<h1>Civil society and MICIC</h1>",
        "sentences": [
            "The MADE network and the Global Coalition on Migration (GCM) organised",
            "“5-Year 8-Point Action Plan”",
            "points 3 to 6",
            "migrants who are stranded and in distress",
            "whatever caused it",
            "the best protection when a crisis comes",
            "including migrants and refugees themselves",
        ],
        "link": "Civil society and MICIC",
    },
    "fr": {
        "heading": "<h1>La société civile et MICIC</h1>",
        "sentences": [
            "Le réseau MADE et la Coalition mondiale sur les migrations",
            '«\u202f<span lang="en">5-Year 8-Point Action Plan</span>\u202f»',
            "les points 3 à 6",
            "migrants bloqués et en détresse",
            "quelle qu’en soit la cause",
            "la meilleure protection quand une crise survient",
            "y compris les migrants et les réfugiés eux-mêmes",
        ],
        "link": "La société civile et MICIC",
    },
}


def url_in(name, lang):
    with translation.override(lang):
        return reverse(name)


def html_of(response):
    return unescape(response.content.decode())


@pytest.fixture
def consultations():
    government = ConsultationFactory(title_en="Government meeting in Dakar")
    dakar = ConsultationFactory(
        kind=Kind.CIVIL_SOCIETY,
        title_en="Civil society meeting in Dakar",
        title_fr="Réunion de la société civile à Dakar",
        start_date=datetime.date(2015, 12, 7),
        end_date=None,
        paired_with=government,
    )
    manila = ConsultationFactory(
        kind=Kind.CIVIL_SOCIETY,
        title_en="Civil society meeting in Manila",
        title_fr="Réunion de la société civile à Manille",
        start_date=datetime.date(2015, 3, 21),
    )
    draft = ConsultationFactory(
        kind=Kind.CIVIL_SOCIETY, title_en="Draft civil society meeting", status=Status.DRAFT
    )
    input_paper = OutcomeDocumentFactory(
        consultation=dakar, title_en="Civil society input, Dakar", title_fr="Contribution, Dakar"
    )
    hidden = OutcomeDocumentFactory(
        consultation=dakar, title_en="Unfinished paper", status=Status.DRAFT
    )
    return {
        "government": government,
        "listed": [manila, dakar],  # in date order
        "draft": draft,
        "document": input_paper,
        "hidden": hidden,
    }


def test_page_tells_the_civil_society_record_in_each_language(client, lang):
    response = client.get(url_in("consultations:civil_society", lang))

    assert response.status_code == 200
    html = html_of(response)
    assert TEXT[lang]["heading"] in html
    for sentence in TEXT[lang]["sentences"]:
        assert sentence in html
    assert "Sources" in html and "MADE" in html


def test_page_lists_published_civil_society_consultations_in_date_order(
    client, lang, consultations
):
    html = html_of(client.get(url_in("consultations:civil_society", lang)))

    positions = []
    for consultation in consultations["listed"]:
        with translation.override(lang):
            title, url = consultation.title, consultation.get_absolute_url()
        assert f'<a href="{url}">{title}</a>' in html
        positions.append(html.index(title))
    assert positions == sorted(positions)
    assert consultations["draft"].title_en not in html
    with translation.override(lang):
        government = consultations["government"].title
    assert f"{government}</a></p>" in html  # as the meeting Dakar accompanied, not listed
    assert html.count('class="cso-consultation"') == len(consultations["listed"])


def test_page_offers_the_published_documents_of_each_consultation(client, lang, consultations):
    html = html_of(client.get(url_in("consultations:civil_society", lang)))

    document = consultations["document"]
    with translation.override(lang):
        assert document.title in html
        download = reverse(
            "consultations:document_file",
            kwargs={"slug": document.slug, "language": "en", "action": "download"},
        )
    assert download in html
    assert consultations["hidden"].title_en not in html


def test_page_ends_with_an_invitation_to_share_a_practice(client, lang):
    html = html_of(client.get(url_in("consultations:civil_society", lang)))

    share = html.rindex(f'href="{url_in("practices:share", lang)}"')
    assert html.index('id="cso-consultations"') < share < html.index("</article>")


def test_page_without_consultations_says_so(client):
    html = html_of(client.get(url_in("consultations:civil_society", "en")))

    assert "No civil society consultation is published yet." in html


@pytest.mark.parametrize("name", ["consultations:list", "pages:home"])
def test_consultations_index_and_home_link_to_the_page(client, lang, name):
    html = html_of(client.get(url_in(name, lang)))

    link = f'<a href="{url_in("consultations:civil_society", lang)}">{TEXT[lang]["link"]}'
    assert link in html


def test_french_address_is_in_french(client):
    assert url_in("consultations:civil_society", "fr") == "/fr/consultations/societe-civile/"


def test_civil_society_is_a_reserved_consultation_slug():
    from django.core.exceptions import ValidationError

    consultation = ConsultationFactory.build(slug_en="civil-society", slug_fr="societe-civile")
    with pytest.raises(ValidationError) as error:
        consultation.clean()
    assert {"slug_en", "slug_fr"} <= set(error.value.message_dict)


def test_sitemap_lists_the_page_in_both_languages(client):
    xml = client.get("/sitemap.xml").content.decode()

    for lang in ("en", "fr"):
        assert f"<loc>http://testserver{url_in('consultations:civil_society', lang)}</loc>" in xml


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_queries_stay_within_budget_at_ten_times_the_data(
    client, django_assert_max_num_queries, lang
):
    url = url_in("consultations:civil_society", lang)

    def build(count):
        for _ in range(count):
            government = ConsultationFactory()
            consultation = ConsultationFactory(kind=Kind.CIVIL_SOCIETY, paired_with=government)
            OutcomeDocumentFactory.create_batch(2, consultation=consultation)

    build(6)
    with django_assert_max_num_queries(6) as small:
        assert client.get(url).status_code == 200
    build(54)  # ten times the data
    with django_assert_max_num_queries(6) as large:
        html = html_of(client.get(url))
    assert html.count('class="cso-consultation"') == 60
    assert len(large.captured_queries) == len(small.captured_queries)
