import datetime

import factory

from editorial.models import Status
from factsheets.models import Factsheet, Tool
from tests.support.pdf import pdf_bytes as build_pdf

DEFAULT_TITLES = {
    "en": "English tool sheet",
    "fr": "Fiche outil en francais",
    "es": "Hoja de herramientas en espanol",
    "ru": "Инструмент на русском языке",
}


def pdf_bytes(language, title=None):
    """A real, small PDF whose text says which language it is in."""
    title = title or DEFAULT_TITLES[language]
    return build_pdf(title, language)


PDF_EN = pdf_bytes("en")
PDF_FR = pdf_bytes("fr")
PDF_ES = pdf_bytes("es")
PDF_RU = pdf_bytes("ru")


class FactsheetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Factsheet
        skip_postgeneration_save = True

    kind = Factsheet.Kind.FACTSHEET
    published_on = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(n))
    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Factsheet {n}")
    title_fr = factory.Sequence(lambda n: f"Fiche {n}")
    slug_en = factory.Sequence(lambda n: f"factsheet-{n}")
    slug_fr = factory.Sequence(lambda n: f"fiche-{n}")
    summary_en = "What this sheet is about."
    summary_fr = "Ce dont parle cette fiche."
    body_en = "The body of the sheet."
    body_fr = "Le corps de la fiche."

    @factory.post_generation
    def related_guidelines(self, create, extracted, **kwargs):
        if create and extracted:
            self.related_guidelines.set(extracted)


class ToolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tool

    factsheet = factory.SubFactory(FactsheetFactory)
    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Tool {n}")
    title_fr = factory.Sequence(lambda n: f"Outil {n}")
    slug = factory.Sequence(lambda n: f"tool-{n}")
    # The same in French unless a test says otherwise (set slug_fr).
    slug_fr = factory.LazyAttribute(lambda o: o.slug)
    description_en = "What the tool helps with."
    description_fr = "À quoi sert l’outil."
    order = factory.Sequence(lambda n: n)
    file_en = factory.django.FileField(data=PDF_EN, filename="tool-en.pdf")
    file_fr = factory.django.FileField(data=PDF_FR, filename="tool-fr.pdf")
