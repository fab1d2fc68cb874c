"""seed_demo's consultations: the recorded facts, documents in the recorded
languages as real PDFs, safe to rerun."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from consultations.models import Consultation, OutcomeDocument
from documents.files import PDF, detect_format

pytestmark = pytest.mark.django_db

Kind = Consultation.Kind


@pytest.fixture
def seeded():
    call_command("seed_demo", stdout=io.StringIO())


def read(document, language):
    with document.file_in(language).open("rb") as handle:
        return handle.read()


GOVERNMENT = {
    # city: (start, end, languages of its report and discussion paper)
    "Manila": (date(2015, 3, 23), date(2015, 3, 24), ["en"]),
    "Brussels": (date(2015, 6, 25), date(2015, 6, 26), ["en", "ru"]),
    "Dakar": (date(2015, 12, 8), date(2015, 12, 9), ["en", "fr"]),
    "San José": (date(2016, 2, 17), date(2016, 2, 18), ["en", "es"]),
    "Valletta": (date(2016, 3, 14), date(2016, 3, 15), ["en"]),
    "Kigali": (date(2016, 5, 3), date(2016, 5, 4), ["en"]),
}
CIVIL_SOCIETY = {
    # city: (start, end, city of the government meeting it accompanied)
    "Manila": (date(2015, 3, 21), date(2015, 3, 22), "Manila"),
    "Brussels": (date(2015, 6, 24), None, "Brussels"),
    "Dakar": (date(2015, 12, 7), None, "Dakar"),
    "San José": (date(2016, 2, 16), None, "San José"),
    "Beirut": (date(2016, 3, 11), date(2016, 3, 12), "Valletta"),
    "Nairobi": (date(2016, 4, 29), None, "Kigali"),
}


def test_six_regional_government_consultations_with_their_documents(seeded):
    governments = Consultation.objects.published().filter(kind=Kind.REGIONAL_GOVERNMENT)

    assert {c.city_en: (c.start_date, c.end_date) for c in governments} == {
        city: (start, end) for city, (start, end, _languages) in GOVERNMENT.items()
    }
    for consultation in governments:
        languages = GOVERNMENT[consultation.city_en][2]
        documents = consultation.documents.published()
        assert sorted(d.kind for d in documents) == ["regional-discussion-paper", "report"]
        assert all(d.available_languages() == languages for d in documents), consultation
        assert "ICMPD" in consultation.organisers_en
        assert consultation.funders_en == "European Commission"
        assert consultation.title_fr and consultation.summary_fr and consultation.slug_fr


def test_civil_society_consultations_are_paired_and_have_an_input(seeded):
    civil = Consultation.objects.published().filter(kind=Kind.CIVIL_SOCIETY).with_pairs()

    assert {c.city_en: (c.start_date, c.end_date, c.paired_with.city_en) for c in civil} == (
        CIVIL_SOCIETY
    )
    for consultation in civil:
        document = consultation.documents.get()
        assert document.kind == OutcomeDocument.Kind.CIVIL_SOCIETY_INPUT
        assert document.available_languages() == ["en"]
        assert consultation.paired_with.pair == consultation


def test_stakeholder_consultations_record_only_what_is_known(seeded):
    stakeholder = Consultation.objects.published().filter(kind=Kind.STAKEHOLDER)
    by_slug = {c.slug_en: c for c in stakeholder}

    private = by_slug["private-sector-consultation-geneva-2015"]
    assert (private.start_date, private.end_date) == (date(2015, 12, 2), date(2015, 12, 3))
    civil = by_slug["civil-society-stakeholder-consultation-geneva-2016"]
    assert (civil.start_date, civil.end_date) == (date(2016, 1, 28), date(2016, 1, 29))
    assert civil.participants_en == "More than 60 participants"
    assert sorted(civil.documents.values_list("kind", flat=True)) == [
        "agenda",
        "background-paper",
        "guidelines-practices-paper",
        "report",
    ]
    unknown = by_slug["international-organisations-igc-states-consultation"]
    assert (unknown.start_date, unknown.end_date, unknown.city_en) == (None, None, "")
    assert "neither the date nor the place" in unknown.summary_en
    assert all("Australia" in c.funders_en for c in stakeholder)
    assert stakeholder.count() == 3


def test_demo_files_are_real_pdfs_in_their_own_language_marked_as_demonstrations(seeded):
    report = OutcomeDocument.objects.get(slug="brussels-2015-report")
    russian, english = read(report, "ru"), read(report, "en")
    spanish = read(OutcomeDocument.objects.get(slug="san-jose-2016-report"), "es")
    french = read(OutcomeDocument.objects.get(slug="dakar-2015-regional-discussion-paper"), "fr")

    for content in (russian, english, spanish, french):
        assert detect_format(io.BytesIO(content)) == PDF
    assert b"/Lang (ru)" in russian and b"PTSans" in russian
    title = "Доклад о региональной консультации в Брюсселе"
    assert b"/Title <feff" + title.encode("utf-16-be").hex().encode() + b">" in russian
    assert b"Demonstration copy" in english and b"Report of the regional consultation" in english
    assert "Copia de demostración".encode("windows-1252") in spanish
    assert "Exemplaire de démonstration".encode("windows-1252") in french
    assert "Document de réflexion régional".encode("windows-1252") in french


def test_seeding_twice_changes_nothing(seeded):
    before = {
        d.pk: tuple(getattr(d, name).name for name in OutcomeDocument.file_field_names())
        for d in OutcomeDocument.objects.all()
    }
    out = io.StringIO()

    call_command("seed_demo", stdout=out)

    after = {
        d.pk: tuple(getattr(d, name).name for name in OutcomeDocument.file_field_names())
        for d in OutcomeDocument.objects.all()
    }
    assert after == before
    assert "Consultations: 0 new consultation(s), 0 document(s) given files" in out.getvalue()
    assert Consultation.objects.count() == 15


def test_reseeding_keeps_editors_changes_and_restores_only_lost_files(seeded):
    manila = Consultation.objects.get(slug_en="regional-consultation-manila-2015")
    manila.summary_fr = "Résumé revu par un éditeur."
    manila.save()
    lost = OutcomeDocument.objects.get(slug="brussels-2015-report")
    lost.file_ru.storage.delete(lost.file_ru.name)
    removed = OutcomeDocument.objects.get(slug="dakar-2015-report")
    removed.file_fr = None
    removed.save()

    call_command("seed_demo", stdout=io.StringIO())

    manila.refresh_from_db()
    lost.refresh_from_db()
    removed.refresh_from_db()
    assert manila.summary_fr == "Résumé revu par un éditeur."
    assert lost.file_ru.storage.exists(lost.file_ru.name)
    assert removed.file_in("fr") is None
