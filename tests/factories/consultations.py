import datetime

import factory

from consultations.models import Consultation, OutcomeDocument, Region
from editorial.models import Status
from tests.factories.factsheets import PDF_EN, PDF_FR


class ConsultationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consultation
        skip_postgeneration_save = True

    kind = Consultation.Kind.REGIONAL_GOVERNMENT
    region = Region.ASIA
    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Consultation {n}")
    title_fr = factory.Sequence(lambda n: f"Consultation FR {n}")
    slug_en = factory.Sequence(lambda n: f"consultation-{n}")
    slug_fr = factory.Sequence(lambda n: f"consultation-fr-{n}")
    summary_en = "What the meeting was about."
    summary_fr = "Ce dont la réunion a traité."
    body_en = "More about the meeting."
    body_fr = "Plus de détails sur la réunion."
    city_en = "Manila"
    city_fr = "Manille"
    country = "PH"
    start_date = factory.Sequence(lambda n: datetime.date(2015, 3, 1) + datetime.timedelta(n))
    end_date = factory.LazyAttribute(lambda o: o.start_date + datetime.timedelta(1))
    organisers_en = "ICMPD"
    organisers_fr = "ICMPD"

    @factory.post_generation
    def guidelines(self, create, extracted, **kwargs):
        if create and extracted:
            self.guidelines.set(extracted)


class OutcomeDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutcomeDocument

    consultation = factory.SubFactory(ConsultationFactory)
    kind = OutcomeDocument.Kind.REPORT
    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Report {n}")
    title_fr = factory.Sequence(lambda n: f"Rapport {n}")
    slug = factory.Sequence(lambda n: f"document-{n}")
    # The same in French unless a test says otherwise (set slug_fr).
    slug_fr = factory.LazyAttribute(lambda o: o.slug)
    description_en = "What the document contains."
    description_fr = "Ce que contient le document."
    order = factory.Sequence(lambda n: n)
    file_en = factory.django.FileField(data=PDF_EN, filename="report-en.pdf")
    file_fr = factory.django.FileField(data=PDF_FR, filename="report-fr.pdf")
