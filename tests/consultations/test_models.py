"""Consultations, their pairing and their outcome documents."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone, translation

from consultations.models import Consultation, OutcomeDocument
from editorial.models import Status
from tests.factories import ConsultationFactory, OutcomeDocumentFactory
from tests.factories.factsheets import PDF_RU

pytestmark = pytest.mark.django_db

Kind = Consultation.Kind


def test_chronological_puts_consultations_without_dates_last():
    later = ConsultationFactory(start_date=datetime.date(2016, 5, 3), end_date=None)
    undated = ConsultationFactory(start_date=None, end_date=None)
    earlier = ConsultationFactory(start_date=datetime.date(2015, 3, 23))

    assert list(Consultation.objects.chronological()) == [earlier, later, undated]


def test_pair_is_seen_from_both_sides_without_extra_queries(django_assert_num_queries):
    government = ConsultationFactory(title_en="Government")
    civil_society = ConsultationFactory(kind=Kind.CIVIL_SOCIETY, paired_with=government)
    alone = ConsultationFactory()

    with django_assert_num_queries(1):
        by_pk = {c.pk: c for c in Consultation.objects.with_pairs()}
        assert by_pk[government.pk].pair == civil_society
        assert by_pk[civil_society.pk].pair == government
        assert by_pk[alone.pk].pair is None


def test_draft_pair_is_hidden_from_visitors_but_shown_to_staff(admin_user):
    government = ConsultationFactory(status=Status.DRAFT)
    civil_society = ConsultationFactory(kind=Kind.CIVIL_SOCIETY, paired_with=government)

    assert civil_society.pair_visible_to(AnonymousUser()) is None
    assert civil_society.pair_visible_to(admin_user) == government


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"slug_en": "process"}, "slug_en", "reserved for a page"),
        ({"slug_fr": "documents"}, "slug_fr", "reserved for a page"),
        (
            {"start_date": datetime.date(2016, 5, 4), "end_date": datetime.date(2016, 5, 3)},
            "end_date",
            "cannot be before the start date",
        ),
        ({"start_date": None, "end_date": datetime.date(2016, 5, 3)}, "start_date", "start date"),
    ],
)
def test_invalid_consultations_are_refused(fields, field, message):
    consultation = ConsultationFactory.build(**fields)

    with pytest.raises(ValidationError) as error:
        consultation.full_clean()

    assert field in error.value.message_dict
    assert message in " ".join(error.value.message_dict[field])


def test_a_slug_may_not_reuse_another_consultations_slug_in_any_language():
    ConsultationFactory(slug_en="manila", slug_fr="manille")
    clash = ConsultationFactory.build(slug_en="new", slug_fr="manila")

    with pytest.raises(ValidationError) as error:
        clash.full_clean()

    assert list(error.value.message_dict) == ["slug_fr"]


def test_only_a_civil_society_consultation_is_paired_with_a_government_one():
    government = ConsultationFactory()
    other_government = ConsultationFactory()
    civil_society = ConsultationFactory(kind=Kind.CIVIL_SOCIETY)

    ConsultationFactory.build(kind=Kind.CIVIL_SOCIETY, paired_with=government).full_clean()
    for consultation in (
        ConsultationFactory.build(kind=Kind.REGIONAL_GOVERNMENT, paired_with=other_government),
        ConsultationFactory.build(kind=Kind.CIVIL_SOCIETY, paired_with=civil_society),
    ):
        with pytest.raises(ValidationError) as error:
            consultation.full_clean()
        assert "paired_with" in error.value.message_dict


def test_consultations_without_place_or_dates_are_valid():
    ConsultationFactory.build(
        city_en="", city_fr="", country="", start_date=None, end_date=None, kind=Kind.STAKEHOLDER
    ).full_clean()


def test_published_documents_need_a_published_consultation():
    visible = OutcomeDocumentFactory()
    OutcomeDocumentFactory(status=Status.DRAFT)
    OutcomeDocumentFactory(consultation=ConsultationFactory(status=Status.DRAFT))
    OutcomeDocumentFactory(
        consultation=ConsultationFactory(publish_at=timezone.now() + datetime.timedelta(days=1))
    )

    assert list(OutcomeDocument.objects.published()) == [visible]
    assert list(OutcomeDocument.objects.visible_to(AnonymousUser())) == [visible]
    assert not OutcomeDocumentFactory(
        consultation=ConsultationFactory(status=Status.DRAFT)
    ).is_public


def test_document_needs_a_file_in_at_least_one_language():
    document = OutcomeDocumentFactory.build(
        file_en=None, file_fr=None, consultation=ConsultationFactory()
    )

    with pytest.raises(ValidationError) as error:
        document.full_clean()

    assert "file_en" in error.value.message_dict


def test_document_in_english_and_russian_offers_exactly_those(settings):
    document = OutcomeDocumentFactory(
        slug="brussels-2015-report", file_fr=None, file_ru=ContentFile(PDF_RU, name="ru.pdf")
    )

    assert document.available_languages() == ["en", "ru"]
    assert list(OutcomeDocument.objects.with_file_in("ru")) == [document]
    assert document.download_filename("ru") == "brussels-2015-report-ru.pdf"
    with translation.override("fr"):
        assert document.get_file_url("ru") == (
            "/fr/consultations/documents/brussels-2015-report/ru/telecharger/"
        )
        versions = document.file_versions()
    assert [(v.language, v.name_local) for v in versions] == [
        ("en", "English"),
        ("ru", "Русский"),
    ]


def test_document_languages_of_a_consultation_come_from_its_public_documents():
    consultation = ConsultationFactory()
    OutcomeDocumentFactory(consultation=consultation, file_fr=None)
    OutcomeDocumentFactory(
        consultation=consultation, file_fr=None, file_ru=ContentFile(PDF_RU, name="ru.pdf")
    )
    consultation = Consultation.objects.with_public_documents().get()

    with translation.override("fr"):
        assert consultation.document_languages() == [("en", "English"), ("ru", "Русский")]


def test_document_address_is_its_place_on_the_consultation_page():
    document = OutcomeDocumentFactory(
        slug="manila-report", consultation=ConsultationFactory(slug_en="manila")
    )

    assert document.get_absolute_url() == "/en/consultations/manila/#document-manila-report"
